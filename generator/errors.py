"""Problems in the input, reported together with file and line.

Every stage that reads user files appends `Problem`s instead of raising on the first
one, so a contributor sees all mistakes of a run at once.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str
    line: int | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity}: {self.message}"

    def github(self) -> str:
        """GitHub workflow command that annotates the offending line in a pull request."""
        level = "error" if self.severity == "error" else "warning"
        loc = f"file={self.path}" + (f",line={self.line}" if self.line else "")
        msg = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{level} {loc}::{msg}"


class InputError(Exception):
    """Raised when the input has errors; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
