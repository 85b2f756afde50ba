"""Rewrite the README's example session with what `eventatlas process` prints now.

    python scripts/update_readme_session.py

tests/test_docs.py fails when the README's session and the real output differ;
this script is how the README is brought back in step after a deliberate change.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from click.testing import CliRunner

from eventatlas.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMAND = '$ eventatlas process examples/report.txt --published 2025-03-10 --outlet "Example News"'


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        result = CliRunner().invoke(
            main, ["process", str(ROOT / "examples" / "report.txt"), "--published", "2025-03-10", "--outlet",
                   "Example News", "--format", "table", "--db", os.path.join(tmp, "e.db")],
            env={"COLUMNS": "120"},
        )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head, rest = readme.split(COMMAND + "\n", 1)
    old_output, tail = rest.split("\nprocessed ", 1)
    (ROOT / "README.md").write_text(head + COMMAND + "\n" + result.stdout.rstrip("\n") + "\n" + "\nprocessed " + tail,
                                    encoding="utf-8")


if __name__ == "__main__":
    run()
