"""One build at a time per work folder.

A build (and each rebuild of the `serve` preview) holds an exclusive `fcntl.flock` on
`<work>/.lock` from start to end. A second build that wants the same work folder does
not wait: it fails at once with `WorkFolderBusy`, naming the folder and the holder's pid,
before it has read or written anything else. The lock dies with its process (the kernel
releases it), so a killed build never leaves a stale lock behind; the file itself stays.

The lock is re-entrant within one process (`build` calls `generate`), counted per
resolved work folder.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from pathlib import Path
from typing import Iterator

_HELD: dict[Path, tuple[int, int]] = {}
"""Resolved work folder -> (open file descriptor, depth) held by this process."""
_GUARD = threading.Lock()


class WorkFolderBusy(Exception):
    def __init__(self, work: Path, pid: int | None):
        self.work, self.pid = work, pid
        holder = f"pid {pid}" if pid else "pid unknown"
        super().__init__(f"another build ({holder}) is using {work}; wait for it or pass --work DIR")


def _holder(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


@contextlib.contextmanager
def work_lock(work: Path) -> Iterator[None]:
    """Hold `<work>/.lock` for the duration of the block, or raise `WorkFolderBusy` at once."""
    key = Path(work).resolve()
    with _GUARD:
        if key in _HELD:
            fd, depth = _HELD[key]
            _HELD[key] = (fd, depth + 1)
        else:
            key.mkdir(parents=True, exist_ok=True)
            fd = os.open(key / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                pid = _holder(fd)
                os.close(fd)
                raise WorkFolderBusy(key, pid) from None
            except BaseException:
                os.close(fd)
                raise
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            _HELD[key] = (fd, 1)
    try:
        yield
    finally:
        with _GUARD:
            fd, depth = _HELD[key]
            if depth > 1:
                _HELD[key] = (fd, depth - 1)
            else:
                del _HELD[key]
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                os.close(fd)  # releases the flock
