"""The review queue page: low-confidence items, each with a ready-to-paste curated entry."""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import KnowledgeBase
from . import esc
from .common import front_matter

TITLES = {
    "candidate-merge": "합칠지 확인할 이름",
    "slug-collision": "주소가 겹치는 항목",
    "no-definition": "정의가 없는 용어",
    "unresolved": "확인이 필요한 이름",
}
MAX_PER_KIND = 300


def render_review(kb: KnowledgeBase) -> str:
    groups = defaultdict(list)
    for item in kb.review:
        groups[item.kind].append(item)
    out = [front_matter("검토 대기열", "기여자가 확인할 항목"), "# 검토 대기열\n\n",
           "자동 추출이 확신하지 못한 항목입니다. 아래 YAML을 `seeds/curated/`의 파일에 붙여 넣고 고쳐서 "
           "풀 리퀘스트를 보내 주세요.\n\n"]
    if not kb.review:
        out.append("검토할 항목이 없습니다.\n")
    for kind, items in sorted(groups.items()):
        out.append(f"## {TITLES.get(kind, kind)} ({len(items)})\n\n")
        for it in items[:MAX_PER_KIND]:
            out.append(f"- {esc.md(it.message)}\n")
            if it.suggestion:
                out.append("\n" + fenced(it.suggestion, indent="    ") + "\n")
        if len(items) > MAX_PER_KIND:
            out.append(f"\n…그리고 {len(items) - MAX_PER_KIND}건 더 (`review.md` 참고).\n")
        out.append("\n")
    return "".join(out)


def review_text(kb: KnowledgeBase) -> str:
    """Plain Markdown summary for CI logs and job summaries."""
    counts = defaultdict(int)
    for it in kb.review:
        counts[it.kind] += 1
    lines = ["# Review queue", ""]
    lines += [f"- {TITLES.get(k, k)} ({k}): {n}" for k, n in sorted(counts.items())] or ["- nothing to review"]
    lines.append("")
    for it in kb.review:
        lines.append(f"- [{it.kind}] {it.message}")
        if it.suggestion:
            lines += ["  ```yaml", *("  " + line for line in it.suggestion.rstrip().splitlines()), "  ```"]
    return "\n".join(lines) + "\n"


def fenced(code: str, lang: str = "yaml", indent: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run in `code`
    (code blocks are shown verbatim, so no other escaping is needed)."""
    longest = max((len(r) for r in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    lines = [f"{fence}{lang}", *code.rstrip("\n").splitlines(), fence]
    return "".join(f"{indent}{line}\n" for line in lines)
