"""Shared fixtures.

Tests marked ``shared`` read the seed article and the benchmarks from
``../shared`` beside the repository.  Where it is missing they are skipped —
except in CI (``CI=true``), where a missing ``../shared`` is a failure.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventatlas.cli import main

# The tests see the embedded gazetteer only, and never the user's own event store or loaded dumps.
_ISOLATED = Path(tempfile.mkdtemp(prefix="eventatlas-tests-"))
os.environ["EVENTATLAS_GAZETTEER"] = str(_ISOLATED / "no-dumps.sqlite")
os.environ["EVENTATLAS_DB"] = str(_ISOLATED / "events.db")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTATLAS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_823e125711c4bcac.txt"
REPORTS = ROOT / "tests" / "reports"


def pytest_collection_modifyitems(config, items):
    if SHARED.is_dir():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI needs the shared data beside the repository, at {SHARED}")
    skip = pytest.mark.skip(reason=f"{SHARED} is not there")
    for item in items:
        if "shared" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture
def cli(db):
    """Run the CLI in-process against a fresh database; returns the click Result."""
    runner = CliRunner()

    def run(*args, input=None):
        return runner.invoke(main, [*args[:1], *args[1:], "--db", str(db)] if args and args[0] in ("process", "events") else list(args),
                             input=input, catch_exceptions=False)

    return run
