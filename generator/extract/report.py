"""Plain views of an `Analysis` for the `extract` command: JSON-ready dicts and a text listing.

Pure functions: model in, dict/str out. `id_for(mention)` is supplied by the caller (the
resolver knows entity ids; the extractor does not).
"""
from __future__ import annotations

import logging
from typing import Callable

from ..model import Analysis, Article, Mention

log = logging.getLogger(__name__)


def _mention(m: Mention, id_for: Callable[[Mention], str]) -> dict:
    d = {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind, "id": id_for(m), "key": m.key,
         "sentence": [m.sentence.start, m.sentence.end]}
    for f in ("role", "affiliation", "descriptor"):
        v = getattr(m, f)
        if v:
            d[f] = v
    if m.forms:
        d["forms"] = list(m.forms)
    if m.confidence != 1.0:
        d["confidence"] = round(m.confidence, 2)
    return d


def analysis_to_json(article: Article, analysis: Analysis, id_for: Callable[[Mention], str]) -> dict:
    return {
        "article": article.id,
        "mentions": [_mention(m, id_for) for m in analysis.mentions],
        "terms": [{"term": t.term, "start": t.start, "end": t.end, "glosses": list(t.glosses),
                   "definition": t.definition, "how": t.how} for t in analysis.terms],
        "quotes": [{"text": q.text, "speaker": q.speaker, "start": q.start, "end": q.end, "verb": q.verb}
                   for q in analysis.quotes],
        "figures": [{"text": f.text, "start": f.start, "end": f.end, "conversion": f.conversion, "kind": f.kind}
                    for f in analysis.figures],
        "dates": [{"text": d.text, "start": d.start, "end": d.end,
                   "resolved": d.resolved.isoformat() if d.resolved else None} for d in analysis.dates],
        "key_sentences": [article.text[s.start:s.end] for s in analysis.key_sentences],
    }


def analysis_to_text(article: Article, analysis: Analysis) -> str:
    """A readable listing, one finding per line."""
    out = [f"# {article.id}: {article.title}"]
    seen: set[tuple[str, str]] = set()
    out.append("## actors")
    for m in analysis.mentions:
        if m.kind == "term" or (m.kind, m.key) in seen:
            continue
        seen.add((m.kind, m.key))
        extra = ", ".join(x for x in (m.role, m.affiliation, m.descriptor and f"({m.descriptor})") if x)
        out.append(f"  {m.kind:12} {m.key}" + (f" — {extra}" if extra else ""))
    out.append("## terms")
    for t in analysis.terms:
        g = f" ({' · '.join(t.glosses)})" if t.glosses else ""
        d = f": {t.definition}" if t.definition else ""
        out.append(f"  {t.term}{g}{d}  [{t.how}]")
    out.append("## quotes")
    for q in analysis.quotes:
        text = q.text if len(q.text) <= 60 else q.text[:57] + "…"
        out.append(f"  {q.speaker or '?'} {q.verb or ''}: “{text}”")
    if analysis.figures:
        out.append("## figures")
        out.extend(f"  {f.text}" + (f" (= {f.conversion})" if f.conversion else "") for f in analysis.figures)
    if analysis.dates:
        out.append("## dates")
        out.extend(f"  {d.text}" + (f" -> {d.resolved.isoformat()}" if d.resolved else "") for d in analysis.dates)
    out.append("## key sentences")
    out.extend(f"  - {article.text[s.start:s.end]}" for s in analysis.key_sentences)
    return "\n".join(out) + "\n"
