"""Score the extraction engine against the gold annotations in tests/gold/.

Usage:  python scripts/eval_extract.py [--split dev|heldout|heldout2|...|heldout-all|all] [--exclude SPLIT] [-v] [--strict-terms]

Matching rule (per article, then micro-averaged over articles):
- Names are normalised with NFKC, lower-cased, and stripped of spaces, middle dots and
  quote marks ("미 항공우주국" == "미항공우주국").
- Predicted actors of a kind are the distinct normalised `Mention.key`s of that kind (the
  fullest form the engine found in the article), so "바이든" and "조 바이든" count once.
- A gold entry may list alternatives "A|B"; it is found (TP) when any predicted name of the
  same kind equals one of them. A predicted name that matches no gold entry and no
  `optional` entry of that kind is a false positive; several predicted names matching the
  same gold entry count once. Gold entries not found are false negatives.
- Terms: the same rule over the distinct normalised `TermInfo.term`s, where a glossary entry is
  the pair of a term and its glosses whichever side is the headword: a predicted `UFO` glossed
  `미확인 비행물체` matches a gold `미확인 비행물체` glossed `UFO` and the other way round. Project convention: the
  glossary explains any name the article glosses or explains, actors included (`세계보건기구(WHO)`),
  so a predicted term equal to a gold person/organisation/place of the same article is not a
  false positive (it is a true positive when the gold also lists it as a term). `--strict-terms`
  counts such terms as false positives instead.
- Quote speakers: a gold quote is located by the predicted quote whose normalised text
  starts with the gold `starts`; it is right when the predicted speaker normalises to one
  of the gold alternatives. Accuracy = right / gold quotes (a quote not found is wrong).
- Person roles (extra figure): a found gold person with a role is right when a predicted
  mention with that key has a role that contains the gold role or is contained in it.
"""
from __future__ import annotations

import argparse
import logging
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.extract import analyse_many, get_analyser  # noqa: E402
from generator.extract.devcorpus import DEV_CSV, article_from_row, load_file, read_rows  # noqa: E402

log = logging.getLogger(__name__)
GOLD = ROOT / "tests" / "gold"
SEEDS = ROOT / "seeds"  # the founding article (gold `path: seed/<file>` names its file there)
KINDS = ("person", "organization", "place", "term")


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).lower()
    return "".join(c for c in s if not c.isspace() and c not in "·‧'\"‘’“”`")


def alts(entry) -> set[str]:
    if not isinstance(entry, dict):  # (YAML reads a bare 1000 as a number)
        entry = str(entry)
    name = entry if isinstance(entry, str) else (entry.get("name") or entry.get("term") or "")
    return {norm(a) for a in str(name).split("|") if a.strip()}


def load_gold(split: str):
    rows = None
    out = []
    for path in sorted(GOLD.glob("*.yml")):
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
        if split != "all" and g.get("split") != split:
            continue
        if g["source"] == "seed":
            art = load_file(SEEDS / Path(g["path"]).name)
        else:
            rows = rows or read_rows(DEV_CSV)
            row = rows[int(g["row"])]
            if row["제목"].strip() != str(g["title"]).strip():
                raise SystemExit(f"{path.name}: row {g['row']} has title {row['제목']!r}, "
                                 f"not {g['title']!r}; fix 'row' or 'title'")
            art = article_from_row(row, int(g["row"]))
        out.append((path.name, g, art))
    return out


def score(items, verbose: bool = False, strict_terms: bool = False):
    counts = {k: [0, 0, 0] for k in KINDS}  # tp, fp, fn
    q_right = q_total = q_found = 0
    r_right = r_total = 0
    arts = [a for _, _, a in items]
    for (name, g, art), an in zip(items, analyse_many(arts, get_analyser())):
        opt = g.get("optional") or {}
        pred = defaultdict(set)
        for m in an.mentions:
            if m.kind in ("person", "organization", "place"):
                pred[m.kind].add(norm(m.key))
        pred["term"] = {norm(t.term) for t in an.terms}
        # a glossary entry is the pair (term, glosses) whichever side is the headword:
        # UFO(미확인 비행물체) may be listed under either name
        term_names = [{norm(t.term)} | {norm(x) for x in t.glosses} for t in an.terms]
        gold_of = {"person": g.get("persons") or [], "organization": g.get("organizations") or [],
                   "place": g.get("places") or [], "term": g.get("terms") or []}
        opt_of = {"person": opt.get("persons") or [], "organization": opt.get("organizations") or [],
                  "place": opt.get("places") or [], "term": opt.get("terms") or []}
        actor_names = set()
        if not strict_terms:
            for kind in ("person", "organization", "place"):
                for e in gold_of[kind] + opt_of[kind]:
                    actor_names |= alts(e)
        for kind in KINDS:
            entries = [alts(e) for e in gold_of[kind]]
            optional = set().union(*[alts(e) for e in opt_of[kind]]) if opt_of[kind] else set()
            if kind == "term":
                optional |= actor_names
            if kind == "term":
                # (the headword of one side is the other side's gloss; a gloss alone matching a gloss
                # does not count: 서울방향 한국고속철도(KTX) is not 한국고속철도(KTX))
                gold_gl = [{norm(str(x)) for x in (e.get("glosses") or [])} if isinstance(e, dict) else set()
                           for e in gold_of[kind]]

                def hit(e, gl, t, names):
                    return norm(t.term) in e or norm(t.term) in gl or bool((names - {norm(t.term)}) & e)

                found = [any(hit(e, gl, t, n) for t, n in zip(an.terms, term_names)) for e, gl in zip(entries, gold_gl)]
                fps = sorted({norm(t.term) for t, n in zip(an.terms, term_names)
                              if norm(t.term) and norm(t.term) not in optional
                              and not any(hit(e, gl, t, n) for e, gl in zip(entries, gold_gl))})
            else:
                found = [bool(e & pred[kind]) for e in entries]
                allowed = set().union(*entries) if entries else set()
                fps = sorted(p for p in pred[kind] if p and p not in allowed and p not in optional)
            tp = sum(found)
            counts[kind][0] += tp
            counts[kind][1] += len(fps)
            counts[kind][2] += len(entries) - tp
            if verbose and (fps or not all(found)):
                miss = ["|".join(sorted(e)) for e, f in zip(entries, found) if not f]
                print(f"  {name} {kind}: missed {miss} wrong {fps}")
        # roles
        roles = defaultdict(set)
        for m in an.mentions:
            if m.kind == "person" and m.role:
                roles[norm(m.key)].add(norm(m.role))
        for e in g.get("persons") or []:
            if isinstance(e, dict) and e.get("role"):
                a = alts(e)
                if a & pred["person"]:
                    r_total += 1
                    gr = norm(e["role"])
                    if any(gr in r or r in gr for k in a for r in roles.get(k, ())):
                        r_right += 1
        # quotes
        for q in g.get("quotes") or []:
            q_total += 1
            start = norm(str(q["starts"]))
            hit = next((p for p in an.quotes if norm(p.text).startswith(start)), None)
            if hit is None:
                if verbose:
                    print(f"  {name} quote not found: {q['starts']!r}")
                continue
            q_found += 1
            if norm(hit.speaker) in alts(q["speaker"]):
                q_right += 1
            elif verbose:
                print(f"  {name} quote {q['starts']!r}: speaker {hit.speaker!r}, gold {q['speaker']!r}")
    return counts, (q_right, q_found, q_total), (r_right, r_total)


def report(title: str, counts, quotes, roles) -> None:
    print(f"== {title}")
    print(f"{'kind':14}{'P':>7}{'R':>7}{'F1':>7}   tp  fp  fn")
    for kind, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:14}{p:7.3f}{r:7.3f}{f:7.3f}  {tp:3d} {fp:3d} {fn:3d}")
    qr, qf, qt = quotes
    print(f"quote speakers right: {qr}/{qt} = {qr / qt if qt else 0:.3f} (quotes found {qf}/{qt})")
    rr, rt = roles
    print(f"person roles right:   {rr}/{rt} = {rr / rt if rt else 0:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    known = all_splits()
    ap.add_argument("--split", default="dev", choices=(*known, "heldout-all", "all"),
                    help="one split; heldout-all = every split but dev, pooled; all = each split, then "
                         "the held-out splits pooled")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and false positives")
    ap.add_argument("--exclude", action="append", default=[], metavar="SPLIT",
                    help="leave a split out (e.g. a blind split while tuning); may repeat")
    ap.add_argument("--strict-terms", action="store_true",
                    help="count a term that is also a gold actor as a false positive")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    known = [s for s in known if s not in args.exclude]
    held = [s for s in known if s != "dev"]
    if args.split == "heldout-all":
        runs = [("held-out pooled", held)]
    elif args.split == "all":
        runs = [(s, [s]) for s in known] + [("held-out pooled", held)]
    else:
        runs = [(args.split, [args.split])]
    for title, splits in runs:
        items = [it for s in splits for it in load_gold(s)]
        counts, quotes, roles = score(items, args.verbose and title != "held-out pooled", args.strict_terms)
        report(f"{title} ({len(items)} articles)", counts, quotes, roles)
    return 0


def all_splits() -> list[str]:
    """The splits named in tests/gold/, dev first."""
    names = {yaml.safe_load(p.read_text(encoding="utf-8")).get("split") for p in GOLD.glob("*.yml")}
    return sorted((n for n in names if n), key=lambda s: (s != "dev", s))


if __name__ == "__main__":
    raise SystemExit(main())
