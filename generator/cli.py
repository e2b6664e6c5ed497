"""Command line: build, serve, check, extract, import, kb, diff, linkcheck."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .config import Options
from .errors import InputError, Problem

log = logging.getLogger("generator")


def _opts(args: argparse.Namespace) -> Options:
    kw = {}
    for name in ("seeds", "site", "work", "config"):
        v = getattr(args, name, None)
        if v is not None:
            kw[name] = Path(v).resolve()
    for name in ("strict", "keep_going", "executor", "scheduler"):
        if hasattr(args, name) and getattr(args, name) is not None:
            kw[name] = getattr(args, name)
    if getattr(args, "no_cache", False):
        kw["use_cache"] = False
    return Options(**kw)  # work folder: --work, else derived from seeds and site


def _report_problems(problems: list[Problem], github: bool = False) -> None:
    for p in problems:
        print(p.github() if github else str(p), file=sys.stdout if github else sys.stderr)


EXIT_BUSY = 75
"""Exit status when another build holds the work folder (EX_TEMPFAIL: try again later)."""


def _busy(e) -> int:
    print(f"error: {e}", file=sys.stderr)
    return EXIT_BUSY


def cmd_build(args) -> int:
    from .pipeline import build
    from .site import SiteBuildError
    from .worklock import WorkFolderBusy
    opts = _opts(args)
    try:
        rep = build(opts)
    except WorkFolderBusy as e:
        print(f"error: {e}; the site in {opts.site} was not changed", file=sys.stderr)
        return EXIT_BUSY
    except InputError as e:
        _report_problems(e.problems)
        n = len(e.problems)
        print(f"build stopped: {n} problem{'s' if n != 1 else ''} in the input; the site in {opts.site} "
              "was not changed", file=sys.stderr)
        return 1
    except SiteBuildError as e:
        print(f"error: {e}; the site in {opts.site} was not changed", file=sys.stderr)
        return 1
    _report_problems(rep.warnings)
    if rep.skipped:
        print(f"skipped {len(rep.skipped)} bad file(s) (--keep-going):", file=sys.stderr)
        _report_problems(rep.skipped)
    t = " ".join(f"{k} {v:.1f}s" for k, v in rep.timings.items())
    print(f"built {rep.articles} articles, {rep.entities} entities, {rep.pages} pages into {opts.site} ({t})")
    print(f"view it: python -m generator serve   (or open {opts.site / 'index.html'})")
    return 1 if rep.skipped else 0


def cmd_check(args) -> int:
    from .pipeline import check
    problems = check(_opts(args))
    _report_problems(problems, github=args.github)
    errors = [p for p in problems if p.severity == "error"]
    if not args.github:
        print(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def cmd_serve(args) -> int:
    from .serve import serve
    from .worklock import WorkFolderBusy
    try:
        return serve(_opts(args), args.dev_addr)
    except WorkFolderBusy as e:
        return _busy(e)


def cmd_extract(args) -> int:
    from .curated import load_curated
    from .corpus import read_article
    from .extract import analyse_article, get_analyser
    from .extract.report import analysis_to_json, analysis_to_text
    from .resolve import resolve
    path = Path(args.file)
    art, problems = read_article(path)
    if art is None:
        _report_problems(problems)
        return 1
    seeds = Path(args.seeds).resolve() if args.seeds else Options().seeds
    curated, cprob = load_curated(seeds)
    if any(p.severity == "error" for p in cprob):
        _report_problems(cprob)
        return 1
    an = analyse_article(art, get_analyser(curated.user_words()))
    kb = resolve([art], {art.id: an}, curated)

    def id_for(m) -> str | None:
        return kb.mention_entity.get((art.id, m.start, m.end))

    if args.json:
        json.dump(analysis_to_json(art, an, id_for), sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    else:
        print(analysis_to_text(art, an, id_for))
    return 0


def cmd_rules(args) -> int:
    from .extract.rules import rules_table
    print(rules_table())
    return 0


def cmd_import(args) -> int:
    from .importer import import_file, parse_mapping
    try:
        written, problems = import_file(Path(args.file), Path(args.seeds), parse_mapping(args.map),
                                        source=args.source, licence=args.licence, author=args.author,
                                        overwrite=args.overwrite)
    except (ValueError, OSError, UnicodeDecodeError) as e:
        print(f"{args.file}: error: {e}", file=sys.stderr)
        return 1
    _report_problems(problems)
    print(f"imported {len(written)} article(s) into {args.seeds}")
    return 1 if problems else 0


def cmd_kb(args) -> int:
    from .export import kb_to_json
    from .pipeline import knowledge_base
    from .worklock import WorkFolderBusy, work_lock
    opts = _opts(args)
    try:
        with work_lock(opts.work_dir):  # the analysis cache is written
            kb = knowledge_base(opts, allow_empty=True)
    except WorkFolderBusy as e:
        return _busy(e)
    except InputError as e:
        _report_problems(e.problems)
        return 1
    Path(args.out).write_text(kb_to_json(kb), encoding="utf-8")
    print(f"wrote {args.out}: {len(kb.articles)} articles, {len(kb.entities)} entities")
    return 0


def cmd_diff(args) -> int:
    from .kbdiff import diff_files
    print(diff_files(Path(args.base), Path(args.head)))
    return 0


def cmd_linkcheck(args) -> int:
    from .linkcheck import check_site
    broken = check_site(Path(args.site))
    for src, href in broken:
        print(f"{src}: broken link: {href}", file=sys.stderr)
    print(f"{len(broken)} broken internal link(s)")
    return 1 if broken else 0


def _common(p, site: bool = True) -> None:
    p.add_argument("--seeds", help="article and curated data folder (default: seeds/)")
    if site:
        p.add_argument("--site", help="output folder (default: site/)")
    p.add_argument("--work", help="work folder for generated pages, cache and lock (default: .build/ for "
                        "seeds/ + site/, else .build/<hash of the seeds and site paths>/)")
    p.add_argument("--config", help="MkDocs configuration (default: mkdocs.yml)")


def _site_commands(sub) -> None:
    """build, serve, check: the commands that work on a seeds folder."""
    p = sub.add_parser("build", help="generate pages and build the site")
    _common(p)
    p.add_argument("--strict", action="store_true", help="fail on any MkDocs warning")
    p.add_argument("--keep-going", action="store_true", help="skip bad article files, build the rest")
    p.add_argument("--no-cache", action="store_true", help="analyse every article again")
    p.add_argument("--executor", choices=["local", "dask"], help="where to run the analysis")
    p.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://127.0.0.1:8786")
    p.set_defaults(fn=cmd_build)

    p = sub.add_parser("serve", help="preview the site; rebuilds when seeds or docs change")
    _common(p, site=False)
    p.add_argument("--dev-addr", default="127.0.0.1:8000")
    p.set_defaults(fn=cmd_serve)

    p = sub.add_parser("check", help="validate articles and curated data without building")
    _common(p, site=False)
    p.add_argument("--github", action="store_true", help="print GitHub workflow annotations")
    p.set_defaults(fn=cmd_check)

    p = sub.add_parser("kb", help="export the knowledge base as JSON without building the site")
    _common(p, site=False)
    p.add_argument("--out", required=True)
    p.set_defaults(fn=cmd_kb)


def _tool_commands(sub) -> None:
    """extract, rules, import, diff, linkcheck: tools around the build."""
    p = sub.add_parser("extract", help="show what the generator sees in one article")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.add_argument("--seeds", help="folder with curated/ data (default: seeds/)")
    p.set_defaults(fn=cmd_extract)

    p = sub.add_parser("rules", help="list the extraction engine's named rules (stage, what each does, example)")
    p.set_defaults(fn=cmd_rules)

    p = sub.add_parser("import", help="CSV or JSON Lines -> one article file per row")
    p.add_argument("file")
    p.add_argument("--seeds", required=True, help="folder to write article files into")
    p.add_argument("--map", help="field=column pairs, e.g. title=제목,body=내용,date=작성일,url=출처")
    p.add_argument("--source", help="source name for every row (e.g. 위키뉴스)")
    p.add_argument("--licence", help="licence for every row (e.g. CC BY 2.5)")
    p.add_argument("--author", help="author/attribution for every row")
    p.add_argument("--overwrite", action="store_true")
    p.set_defaults(fn=cmd_import)

    p = sub.add_parser("diff", help="Markdown summary of what changed between two kb.json files")
    p.add_argument("base")
    p.add_argument("head")
    p.set_defaults(fn=cmd_diff)

    p = sub.add_parser("linkcheck", help="find broken internal links in a built site")
    p.add_argument("site")
    p.set_defaults(fn=cmd_linkcheck)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m generator",
                                 description="Build an explainer site from Korean news articles.")
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)
    _site_commands(sub)
    _tool_commands(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not args.verbose:
        logging.getLogger("mkdocs").setLevel(logging.WARNING)
    return args.fn(args)
