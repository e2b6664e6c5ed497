"""The extract command's output: an analysis as JSON and as text."""
from __future__ import annotations

from generator.extract.report import analysis_to_json, analysis_to_text

from ..extract_support import analyse_body


def test_report_json_and_text(analyser):
    art, an = analyse_body("김철수 장관은 “예산을 늘리겠다”고 밝혔다.", analyser)
    d = analysis_to_json(art, an, lambda m: f"{m.kind}:{m.key}")
    assert d["article"] == art.id
    assert {"text", "start", "end", "kind", "id"} <= set(d["mentions"][0])
    assert d["quotes"][0]["speaker"] == "김철수"
    assert "김철수" in analysis_to_text(art, an)
