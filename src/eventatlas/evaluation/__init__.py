"""Benchmarks: each module measures one capability on public data in ``../shared/benchmarks``.

A benchmark module has ``NAME``, ``DATA`` (its folder under the benchmarks
root), ``SPLITS`` (the first is the default) and
``run(data, split, limit=None, progress=None) -> dict``; its docstring
defines the metrics (shown by ``eventatlas eval --help``).  Adding a
benchmark is adding a module to ``BENCHMARKS``.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

from ..errors import ValueProblem
from . import boilerplate, events, geo, plover, polnear, stories, tempeval

BENCHMARKS: dict[str, ModuleType] = {m.NAME: m for m in (plover, polnear, boilerplate, tempeval, geo, stories, events)}


def benchmarks_root() -> Path:
    """``$EVENTATLAS_BENCHMARKS``, else ``../shared/benchmarks`` beside the working directory or the repository."""
    if os.environ.get("EVENTATLAS_BENCHMARKS"):
        return Path(os.environ["EVENTATLAS_BENCHMARKS"])
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "benchmarks"
        if candidate.is_dir():
            return candidate
    return Path.cwd().parent / "shared" / "benchmarks"


def evaluate(name: str, split: str | None = None, data: Path | None = None, limit: int | None = None,
             progress=None, **options) -> dict:
    """Run one benchmark and return its metrics."""
    if name not in BENCHMARKS:
        raise ValueProblem(f"unknown benchmark '{name}'; choose one of: {', '.join(sorted(BENCHMARKS))}")
    module = BENCHMARKS[name]
    split = split or module.SPLITS[0]
    if split not in module.SPLITS:
        raise ValueProblem(f"benchmark '{name}' has no split '{split}'; it has: {', '.join(module.SPLITS)}")
    folder = data or (benchmarks_root() / module.DATA).resolve()
    if not folder.is_dir():
        raise ValueProblem(f"{folder}: benchmark data for '{name}' not found; give its folder with --data")
    options = {k: v for k, v in options.items() if v is not None}
    return module.run(folder, split, limit=limit, progress=progress, **options)


def describe() -> str:
    """The metric definitions of every benchmark, for --help and the docs."""
    parts = []
    for name, module in BENCHMARKS.items():
        doc = (module.__doc__ or "").strip()
        parts.append(f"{name} (splits: {', '.join(module.SPLITS)}): {doc}")
    return "\n\n".join(parts)
