"""The quality gate: key metrics on fast benchmark subsets may not drop below their floors.

``eval_floors.json`` holds the floors (``min``) and ceilings (``max``); they move
only one way, which the second test checks against the file's git history.
"""

from __future__ import annotations

import json
import subprocess
from functools import lru_cache

import pytest

from eventatlas.evaluation import evaluate

from .conftest import ROOT, SHARED

FLOORS = json.loads((ROOT / "eval_floors.json").read_text())["gates"]


def gate_id(gate):
    corpus = f"-{gate['corpus']}" if gate.get("corpus") else ""
    return f"{gate['benchmark']}{corpus}-{gate['split']}-{gate['metric']}"


@lru_cache(maxsize=None)
def metrics(benchmark: str, split: str, limit: int | None, corpus: str | None = None) -> dict:
    return evaluate(benchmark, split, SHARED / "benchmarks" / _folder(benchmark), limit, corpus=corpus)


def _folder(benchmark: str) -> str:
    from eventatlas.evaluation import BENCHMARKS

    return BENCHMARKS[benchmark].DATA


def value_of(result: dict, dotted: str) -> float:
    for part in dotted.split("."):
        result = result[part]
    return result


@pytest.mark.shared
@pytest.mark.parametrize("gate", FLOORS, ids=gate_id)
def test_metric_holds_its_floor(gate):
    value = value_of(metrics(gate["benchmark"], gate["split"], gate.get("limit"), gate.get("corpus")), gate["metric"])
    if "min" in gate:
        assert value >= gate["min"], f"{gate_id(gate)} fell to {value}, below its floor {gate['min']}"
    if "max" in gate:
        assert value <= gate["max"], f"{gate_id(gate)} rose to {value}, above its ceiling {gate['max']}"


def _history() -> list[list[dict]]:
    try:
        revs = subprocess.run(["git", "log", "--format=%H", "--", "eval_floors.json"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no git history to compare the floors with")
    out = []
    for rev in revs:
        shown = subprocess.run(["git", "show", f"{rev}:eval_floors.json"], cwd=ROOT, capture_output=True, text=True)
        if shown.returncode == 0:
            out.append(json.loads(shown.stdout)["gates"])
    return out


def test_floors_are_never_lowered():
    current = {gate_id(g): g for g in FLOORS}
    for earlier in _history():
        for gate in earlier:
            now = current.get(gate_id(gate))
            assert now is not None, f"the gate {gate_id(gate)} was removed"
            if "min" in gate:
                assert now["min"] >= gate["min"], f"the floor of {gate_id(gate)} was lowered"
            if "max" in gate:
                assert now["max"] <= gate["max"], f"the ceiling of {gate_id(gate)} was raised"
