"""Rewrite the README's example sessions with what `eventatlas process` and
`eventatlas stories` (on the reports of tests/stories/) print now.

    python scripts/update_readme_session.py

tests/test_docs.py fails when the README's session and the real output differ;
this script is how the README is brought back in step after a deliberate change.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from click.testing import CliRunner

from eventatlas.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMAND = '$ eventatlas process examples/report.txt --published 2025-03-10 --outlet "Example News"'
STORIES = "$ eventatlas stories --format table"
# tests/stories/ reports with their outlet and publication day, as tests/test_stories.py stores them
STORY_REPORTS = [
    ("a1_courier", "Sumy Courier", "2025-03-11"),
    ("a2_ledger", "Northern Ledger", "2025-03-12"),
    ("a3_wire", "Dnipro Daily Wire", "2025-03-12"),
    ("a4_monitor", "Eastern Monitor", "2025-03-13"),
    ("a5_borderland", "Borderland Post", "2025-03-12"),
    ("b1_courier", "Sumy Courier", "2025-03-19"),
    ("c1_wire", "Dnipro Daily Wire", "2025-03-11"),
]


def stories_table() -> str:
    """The first story of the table ``eventatlas stories`` prints for the tests/stories/ reports."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "s.db")
        for name, outlet, published in STORY_REPORTS:
            CliRunner().invoke(main, ["process", str(ROOT / "tests" / "stories" / f"{name}.txt"), "--outlet", outlet,
                                      "--published", published, "--db", db, "--quiet"])
        out = CliRunner().invoke(main, ["stories", "--db", db, "--format", "table"]).stdout
    return max(out.split("\n\n"), key=lambda block: block.count("\n")).strip("\n")


def record_block(record: dict) -> str:
    """One key a line: valid JSON that still reads as the record."""
    return "{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in record.items()) + "\n}"


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        args = ["process", str(ROOT / "examples" / "report.txt"), "--published", "2025-03-10", "--outlet",
                "Example News", "--db", os.path.join(tmp, "e.db")]
        result = CliRunner().invoke(main, [*args, "--format", "table"], env={"COLUMNS": "120"})
        records = CliRunner().invoke(main, [*args, "--format", "jsonl"])
    first = json.loads(records.stdout.splitlines()[0])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    before, block = readme.split("```json\n", 1)
    readme = before + "```json\n" + record_block(first) + "\n```" + block.split("```", 1)[1]
    head, rest = readme.split(COMMAND + "\n", 1)
    old_output, tail = rest.split("\nprocessed ", 1)
    readme = head + COMMAND + "\n" + result.stdout.rstrip("\n") + "\n" + "\nprocessed " + tail
    head, rest = readme.split(STORIES + "\n", 1)
    readme = head + STORIES + "\n" + stories_table() + "\n```" + rest.split("\n```", 1)[1]
    (ROOT / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    run()
