"""The review queue page: low-confidence items, each with a ready-to-paste curated entry."""
from __future__ import annotations

import re
from collections import defaultdict

from .. import urls
from ..model import KnowledgeBase
from . import esc
from .common import front_matter

TITLES = {
    "no-definition": "설명이 필요한 용어",
    "weak-actor": "근거가 약한 이름",
    "candidate-merge": "합칠지 확인할 이름",
    "slug-collision": "주소가 겹치는 항목",
    "unresolved": "확인이 필요한 이름",
}
ACTIONS = {
    "no-definition": "기사에 나오지만 설명이 없어 용어집에 싣지 않은 말입니다. 많이 쓰인 것부터 "
                     "적었습니다. 정의를 한두 문장으로 써서 `seeds/curated/glossary.yml`에 붙여 넣거나 "
                     "'정의 제안하기'로 이슈를 열어 주세요.",
    "weak-actor": "인물·기관·장소인지 근거가 부족해 페이지를 만들지 않은 이름입니다. 맞다면 "
                  "`seeds/curated/actors.yml`에 붙여 넣어 주세요.",
    "candidate-merge": "같은 사람일 수 있는 이름입니다. 맞다면 별칭(aliases)으로 합쳐 주세요.",
    "slug-collision": "주소가 겹쳐 뒤에 구분 문자가 붙었습니다. 필요하면 `id`를 정해 주세요.",
}
ORDER = ("no-definition", "candidate-merge", "weak-actor", "slug-collision", "unresolved")


def _item(it) -> str:
    """One review item: its message, a one-click proposal, and the entry folded away."""
    name = it.message.split("'")[1] if it.message.count("'") >= 2 else ""
    links = ""
    if it.kind == "no-definition" and name:
        art = urls.article_url(it.article_ids[0]) if it.article_ids else None
        prop = urls.propose_url(name, (urls.SITE_URL + art) if art and urls.SITE_URL else None)
        if prop:
            links = f' <a href="{esc.html(prop)}" rel="nofollow">정의 제안하기</a>'
    out = f"- {esc.md(it.message)}{links}\n"
    if it.suggestion:
        out += '\n    ??? example "붙여 넣을 YAML"\n\n' + fenced(it.suggestion, indent="        ") + "\n"
    return out


PAGE_SIZE = 60
"""Items per page of one kind (each item folds a YAML entry): pages stay light on a phone."""


def _kind_pages(kind: str, items: list) -> dict[str, str]:
    chunks = [items[i:i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
    pages = {}
    for n, chunk in enumerate(chunks, 1):
        title = TITLES.get(kind, kind) + (f" ({n}/{len(chunks)})" if len(chunks) > 1 else "")
        out = [front_matter(title, "기여자가 확인할 항목"), f"# {esc.md(title)}\n\n",
               "[← 검토 대기열](index.md)\n\n"]
        if kind in ACTIONS:
            out.append(ACTIONS[kind] + "\n\n")
        out += [_item(it) for it in chunk]
        if len(chunks) > 1:
            others = [f"[{i}쪽]({kind}{'' if i == 1 else f'-{i}'}.md)" for i in range(1, len(chunks) + 1) if i != n]
            out.append("\n다른 쪽: " + " · ".join(others) + "\n")
        pages[f"review/{kind}{'' if n == 1 else f'-{n}'}.md"] = "".join(out)
    return pages


def render_review_pages(kb: KnowledgeBase) -> dict[str, str]:
    """`review/index.md` (what to do, with counts and the first items) and a paged list per kind."""
    groups = defaultdict(list)
    for item in kb.review:
        groups[item.kind].append(item)
    out = [front_matter("검토 대기열", "기여자가 확인할 항목"), "# 검토 대기열\n\n",
           "자동 추출이 확신하지 못한 항목입니다. 할 일별로 모았습니다.\n\n"]
    if not kb.review:
        out.append("검토할 항목이 없습니다.\n")
    kinds = [k for k in ORDER if k in groups] + sorted(k for k in groups if k not in ORDER)
    pages: dict[str, str] = {}
    for kind in kinds:
        items = groups[kind]
        out.append(f"## {TITLES.get(kind, kind)} ({len(items)})\n\n")
        if kind in ACTIONS:
            out.append(ACTIONS[kind] + "\n\n")
        out += [f"- {esc.md(it.message)}\n" for it in items[:5]]
        out.append(f"\n[{TITLES.get(kind, kind)} {len(items)}건 모두 보기 →]({kind}.md)\n\n")
        pages.update(_kind_pages(kind, items))
    pages["review/index.md"] = "".join(out)
    return pages


def render_review(kb: KnowledgeBase) -> str:
    """The queue's first page (kept for callers that want one page)."""
    return render_review_pages(kb)["review/index.md"]


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
