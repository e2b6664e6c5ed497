"""What a change does to the knowledge base, for reviewers (pull-request job summary).

Compares two `kb.json` exports and lists new, removed and changed terms and actors:
definitions, descriptions, forms, kinds; and articles added or removed.
"""
from __future__ import annotations

import json
from pathlib import Path


def _load(path: Path) -> dict:
    if not path.exists():
        return {"articles": [], "entities": []}
    return json.loads(path.read_text(encoding="utf-8"))


def _defn(e: dict) -> str:
    if e.get("description"):
        return e["description"]
    return e["definitions"][0]["text"] if e.get("definitions") else ""


def diff(base: dict, head: dict) -> str:
    b = {e["id"]: e for e in base.get("entities", [])}
    h = {e["id"]: e for e in head.get("entities", [])}
    ba = {a["id"]: a for a in base.get("articles", [])}
    ha = {a["id"]: a for a in head.get("articles", [])}
    lines = ["## Knowledge base changes", ""]

    def section(title: str, items: list[str]) -> None:
        if items:
            lines.append(f"### {title} ({len(items)})")
            lines.append("")
            lines.extend(items[:200])
            if len(items) > 200:
                lines.append(f"- … and {len(items) - 200} more")
            lines.append("")

    section("New articles", [f"- `{i}` {ha[i]['title']}" for i in sorted(set(ha) - set(ba))])
    section("Removed articles", [f"- `{i}` {ba[i]['title']}" for i in sorted(set(ba) - set(ha))])
    for kind_label, is_term in (("terms", True), ("actors", False)):
        def pick(d):
            return {i: e for i, e in d.items() if (e["kind"] == "term") == is_term}
        bb, hh = pick(b), pick(h)
        section(f"New {kind_label}", [f"- **{hh[i]['name']}** (`{i}`, {hh[i]['kind']})"
                                      + (f": {_defn(hh[i])}" if _defn(hh[i]) else "") for i in sorted(set(hh) - set(bb))])
        section(f"Removed {kind_label}", [f"- **{bb[i]['name']}** (`{i}`)" for i in sorted(set(bb) - set(hh))])
        changed = []
        for i in sorted(set(bb) & set(hh)):
            o, n = bb[i], hh[i]
            if _defn(o) != _defn(n):
                changed.append(f"- **{n['name']}** (`{i}`) definition: “{_defn(o) or '—'}” → “{_defn(n) or '—'}”")
            if o["kind"] != n["kind"]:
                changed.append(f"- **{n['name']}** (`{i}`) kind: {o['kind']} → {n['kind']}")
            if o["name"] != n["name"]:
                changed.append(f"- `{i}` name: {o['name']} → {n['name']}")
            added = [f for f in n["forms"] + n["glosses"] if f not in o["forms"] + o["glosses"]]
            removed = [f for f in o["forms"] + o["glosses"] if f not in n["forms"] + n["glosses"]]
            if added or removed:
                changed.append(f"- **{n['name']}** (`{i}`) forms: "
                               + ", ".join([f"+{f}" for f in added] + [f"−{f}" for f in removed]))
        section(f"Changed {kind_label}", changed)
    if len(lines) == 2:
        lines.append("No change to terms, actors or articles.")
    return "\n".join(lines) + "\n"


def diff_files(base: Path, head: Path) -> str:
    return diff(_load(base), _load(head))
