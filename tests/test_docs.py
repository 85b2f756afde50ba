"""The README is checked like code: its commands and options exist, and its example output is real."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from eventatlas.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_documented():
    for name, command in main.commands.items():
        assert f"eventatlas {name}" in README, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt}"


def test_the_readme_session_is_what_the_example_gives(tmp_path):
    block = README.split("$ eventatlas process examples/report.txt", 1)[1].split("```", 1)[0]
    expected = block.split("\n", 1)[1].split("\nprocessed ", 1)[0].rstrip("\n")
    result = CliRunner().invoke(
        main,
        ["process", str(ROOT / "examples" / "report.txt"), "--published", "2025-03-10", "--outlet", "Example News",
         "--format", "table", "--db", str(tmp_path / "e.db")],
        env={"COLUMNS": "120"},
    )
    assert result.exit_code == 0
    assert result.stdout.rstrip("\n") == expected


def test_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick)
    assert commands == [
        'pip install . && eventatlas process examples/report.txt --published 2025-03-10 --outlet "Example News"',
        "pip install -e '.[test]' && python -m pytest",
    ]


def test_benchmark_docs_match_the_modules():
    from eventatlas.evaluation import BENCHMARKS

    page = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    for name, module in BENCHMARKS.items():
        assert f"## {name}\n" in page
        assert (module.__doc__ or "").strip() in page, f"docs/evaluation.md is out of date for {name}"


def test_the_readme_record_is_the_first_event_of_the_example(tmp_path):
    import json

    block = README.split("```json\n", 1)[1].split("```", 1)[0]
    documented = json.loads(block)
    result = CliRunner().invoke(
        main,
        ["process", str(ROOT / "examples" / "report.txt"), "--published", "2025-03-10", "--outlet", "Example News",
         "--format", "jsonl", "--db", str(tmp_path / "e.db")],
    )
    assert json.loads(result.stdout.splitlines()[0]) == documented


def test_the_readme_stories_session_is_real():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_readme_session", ROOT / "scripts" / "update_readme_session.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    block = README.split(script.STORIES + "\n", 1)[1].split("\n```", 1)[0]
    assert block == script.stories_table()
