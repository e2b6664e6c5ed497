"""Segmentation cache: each search document's term weights, kept between builds.

Segmenting every page again is most of the index step (140 s of a 10,000-article build)
and all of it after one article changed. `index.build_index` asks this cache first: a
document whose entry is here is not sent to the analyser.

* Key of a document: SHA-256 of its weighted fields (the only input of its terms and
  weights; URL, title and teaser go to the result records, not through the analyser),
  the segmenter's configuration (`Segmenter.cache_config`: kiwipiepy and model versions,
  the analyser wrapper and its word list) and a fingerprint of the source of
  `generator/search/*.py` (editing a weight or a segmentation rule invalidates every
  entry without a version bump).
* Value: the document's `{term: weight}` as `build_index` computes it, packed as
  (terms joined by newlines, weights as bytes; `index.pack_weights`), so the index
  written from cached entries is the same, byte for byte, as without the cache.
* Storage: `<cache_dir>/search/<xx>.pickle`, one pickle of `{key: weights}` per first
  byte of the key (256 files at most), read in bulk. Measured against one file per
  document (`layout="files"`, also supported) with scripts/bench_search.py: see
  `LAYOUT` below.
* Entries the current build did not use are dropped when it saves, so the cache holds
  one build's documents.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Iterable

log = logging.getLogger(__name__)

FORMAT = 1
LAYOUT = "buckets"
"""Measured on the dev corpus (2,242 documents) and 10,000 synthetic articles (11,877):
see the README's "Korean search" section for the figures."""


@functools.lru_cache(maxsize=1)
def source_fingerprint() -> str:
    """Hash of `generator/search/*.py`: a change to any of them can change terms or weights."""
    h = hashlib.sha256()
    for p in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    from ..extract.wordlists import fingerprint
    h.update(fingerprint().encode())  # the segmenter reads the extractor's word lists too
    return h.hexdigest()[:16]


Weights = tuple[str, bytes]
"""`index.pack_weights` of a document's `{term: weight}`."""


class SegmentCache:
    """Term weights of search documents by key, in `root` (`<cache_dir>/search`)."""

    def __init__(self, root: Path, config: str, layout: str = LAYOUT) -> None:
        if layout not in ("buckets", "files"):
            raise ValueError(f"unknown cache layout {layout!r}")
        self.root = Path(root)
        self.layout = layout
        self._salt = f"{FORMAT}\0{source_fingerprint()}\0{config}\0".encode()
        self._loaded: dict[str, dict[str, Weights]] = {}
        """Bucket contents as read (buckets layout), to rewrite only changed buckets."""
        self.hits = 0
        self.misses = 0

    def key(self, fields: Iterable[tuple[int, str, bool]]) -> str:
        h = hashlib.sha256(self._salt)
        for weight, text, whole in fields:
            b = text.encode("utf-8", "surrogatepass")
            h.update(b"%d %d %d\0" % (weight, whole, len(b)))
            h.update(b)
        return h.hexdigest()

    # -- reading -------------------------------------------------------------------

    def load(self, keys: Iterable[str]) -> dict[str, Weights]:
        """Entries present for `keys` (missing or unreadable ones are left out)."""
        keys = set(keys)
        found = self._load_buckets(keys) if self.layout == "buckets" else self._load_files(keys)
        self.hits = len(found)
        self.misses = len(keys) - len(found)
        return found

    def _bucket_path(self, b: str) -> Path:
        return self.root / f"{b}.pickle"

    def _load_buckets(self, keys: set[str]) -> dict[str, Weights]:
        found: dict[str, Weights] = {}
        for b in sorted({k[:2] for k in keys}):
            try:
                with self._bucket_path(b).open("rb") as f:
                    data = pickle.load(f)
                if not isinstance(data, dict):
                    raise ValueError("not a dict")
            except FileNotFoundError:
                data = {}
            except Exception as e:  # noqa: BLE001 - a damaged bucket means "segment again"
                log.debug("ignoring search cache bucket %s: %s", b, e)
                data = {}
            self._loaded[b] = data
            for k in keys.intersection(data):
                found[k] = data[k]
        return found

    def _file_path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def _load_files(self, keys: set[str]) -> dict[str, Weights]:
        found: dict[str, Weights] = {}
        for k in sorted(keys):
            try:
                with self._file_path(k).open("rb") as f:
                    found[k] = pickle.load(f)
            except FileNotFoundError:
                pass
            except Exception as e:  # noqa: BLE001
                log.debug("ignoring search cache entry %s: %s", k, e)
        return found

    # -- writing -------------------------------------------------------------------

    def save(self, new: dict[str, Weights], keep: set[str]) -> None:
        """Store `new` entries; drop every entry whose key is not in `keep` (entries
        this build did not use)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            if self.layout == "buckets":
                self._save_buckets(new, keep)
            else:
                self._save_files(new, keep)
        except OSError as e:  # a cache that cannot be written only costs time next build
            log.warning("search segmentation cache not saved in %s: %s", self.root, e)

    @staticmethod
    def _write(path: Path, obj) -> None:
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)

    def _save_buckets(self, new: dict[str, Weights], keep: set[str]) -> None:
        by_bucket: dict[str, dict[str, Weights]] = defaultdict(dict)
        for k, w in new.items():
            by_bucket[k[:2]][k] = w
        wanted = {k[:2] for k in keep}
        for b in sorted(wanted):
            old = self._loaded.get(b, {})
            data = {k: w for k, w in old.items() if k in keep}
            data.update(by_bucket.get(b, {}))
            if data.keys() != old.keys():
                self._write(self._bucket_path(b), dict(sorted(data.items())))
        for e in os.scandir(self.root):
            stem, _, ext = e.name.partition(".")
            if stem not in wanted or ext not in ("pickle",):
                _unlink(e.path)

    def _save_files(self, new: dict[str, Weights], keep: set[str]) -> None:
        for k, w in new.items():
            p = self._file_path(k)
            p.parent.mkdir(exist_ok=True)
            self._write(p, w)
        for d in os.scandir(self.root):
            if not d.is_dir():
                _unlink(d.path)
                continue
            for e in os.scandir(d.path):
                stem, _, ext = e.name.partition(".")
                if stem not in keep or ext != "pickle":
                    _unlink(e.path)


def _unlink(path: str) -> None:
    try:
        if os.path.isdir(path):
            import shutil
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except OSError:
        pass
