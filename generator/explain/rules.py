"""Registration of the explanation rules in the engine's rule registry (stages `terms`)."""
from __future__ import annotations

from ..extract.rules import rule


def explain_rule(step: str, example: str, test: str):
    """`@rule("terms", …)` for the glossary's explanation rules; `step` is kept in the test id."""
    return rule("terms", example, test)
