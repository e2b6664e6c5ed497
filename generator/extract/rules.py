"""The registry of named extraction rules: `python -m generator rules` prints it.

A rule is a small function decorated with `@rule(stage, example, test)`. Its name is the
function's name (without a leading underscore), its description the first line of its
docstring, `example` a Korean sentence (or phrase) that shows it, and `test` the id of the
test case that exercises it (a case id in `tests/extract/`). The decorator returns the
function unchanged, so a rule is called like any function; the registry only lists.

    @rule("people", "조 바이든 미국 대통령은 … → person 조 바이든, role 대통령", "title-after-name")
    def title_after_name(...):
        \"\"\"A name followed by a post noun is a person holding that post.\"\"\"
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

STAGES = ("tokens", "labels", "people", "organisations", "places", "actors", "terms", "quotes",
          "speakers", "figures", "resolve")
"""Stages in the order the pipeline runs them (see generator/extract/README.md)."""


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    description: str
    example: str
    test: str
    module: str
    func: Callable


REGISTRY: dict[str, Rule] = {}


def rule(stage: str, example: str, test: str) -> Callable[[Callable], Callable]:
    """Register the decorated function as a named rule of `stage`."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; expected one of: {', '.join(STAGES)}")

    def deco(fn: Callable) -> Callable:
        name = fn.__name__.lstrip("_")
        doc = (fn.__doc__ or "").strip()
        if not doc:
            raise ValueError(f"rule {name} ({fn.__module__}) needs a docstring: one line saying what it does")
        if name in REGISTRY and REGISTRY[name].func is not fn:
            raise ValueError(f"two rules are called {name}: {REGISTRY[name].module} and {fn.__module__}")
        REGISTRY[name] = Rule(name, stage, doc.splitlines()[0], example, test, fn.__module__, fn)
        return fn
    return deco


def all_rules() -> list[Rule]:
    """Every registered rule (importing the engine's modules first), in stage order."""
    from .. import explain, extract

    for pkg in (extract, explain):
        for info in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{pkg.__name__}.{info.name}")
    return sorted(REGISTRY.values(), key=lambda r: (STAGES.index(r.stage), r.module, r.name))


def rules_table() -> str:
    """The registry as a plain text table (name, stage, what it does, example)."""
    rows = all_rules()
    lines = [f"{len(rows)} rules", ""]
    for r in rows:
        lines.append(f"{r.name}  [{r.stage}]  {r.description}")
        lines.append(f"    e.g. {r.example}    (test: {r.test})")
    return "\n".join(lines)
