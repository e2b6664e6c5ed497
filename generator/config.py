"""Build options, as one frozen dataclass with defaults."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "0.1.0"


@dataclass(frozen=True)
class Options:
    seeds: Path = ROOT / "seeds"
    site: Path = ROOT / "site"
    work: Path = ROOT / ".build"
    """Work folder: the assembled docs (hand-written + generated) and the analysis cache."""
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

    @property
    def docs_out(self) -> Path:
        return self.work / "docs"

    @property
    def cache_dir(self) -> Path:
        return self.work / "cache"
