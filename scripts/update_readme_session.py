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


def story_reports() -> list[tuple[str, str, str]]:
    """tests/stories/ reports with their outlet and publication day (tests/stories/index.tsv)."""
    lines = (ROOT / "tests" / "stories" / "index.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def stories_table() -> str:
    """The largest story of the table ``eventatlas stories`` prints for the tests/stories/ reports."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "s.db")
        for name, outlet, published in story_reports():
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
