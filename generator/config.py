"""Build options, as one frozen dataclass with defaults."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "0.1.0"
DEFAULT_SEEDS = ROOT / "seeds"
DEFAULT_SITE = ROOT / "site"
WORK_ROOT = ROOT / ".build"


def default_work(seeds: Path, site: Path) -> Path:
    """The work folder of a seeds/site pair: `.build/` for the project's own `seeds/` and
    `site/`, `.build/<12 hex digits>/` (a hash of both resolved paths) for any other pair,
    so two builds of different corpora or into different sites never share pages."""
    seeds, site = Path(seeds).resolve(), Path(site).resolve()
    if seeds == DEFAULT_SEEDS and site == DEFAULT_SITE:
        return WORK_ROOT
    digest = hashlib.sha256(f"{seeds}\0{site}".encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return WORK_ROOT / digest


@dataclass(frozen=True)
class Options:
    seeds: Path = DEFAULT_SEEDS
    site: Path = DEFAULT_SITE
    work: Path | None = None
    """Work folder: the assembled docs (hand-written + generated), the analysis cache and
    the build lock. None: `default_work(seeds, site)` (read it as `work_dir`)."""
    config: Path = ROOT / "mkdocs.yml"
    docs: Path = ROOT / "docs"
    """Hand-written pages, copied into the work folder next to generated ones."""
    strict: bool = False
    keep_going: bool = False
    use_cache: bool = True
    executor: str = "local"
    """"local" (both cores of this machine) or "dask" (a Dask distributed cluster)."""
    scheduler: str | None = None
    """Dask scheduler address, e.g. tcp://host:8786."""
    base_glossary: Path = ROOT / "generator" / "explain" / "base"
    """The base glossary shipped with the generator (a folder of YAML files)."""
    search: bool = True
    """Rewrite the search index with Korean segmentation after the MkDocs build."""
    incremental: bool = True
    """Build the site over a copy of the previous one, rebuilding only pages whose
    Markdown changed (`site.py`); False always builds from scratch."""

    @property
    def work_dir(self) -> Path:
        return self.work if self.work is not None else default_work(self.seeds, self.site)

    @property
    def docs_out(self) -> Path:
        return self.work_dir / "docs"

    @property
    def cache_dir(self) -> Path:
        return self.work_dir / "cache"
