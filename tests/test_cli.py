"""The CLI in-process: formats, inputs of every kind, bad input, batches, idempotency."""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventatlas.records import EVENT_TYPES

from .conftest import REPORTS

R01 = str(REPORTS / "r01_shelling.txt")
PAGE = str(REPORTS / "page.html")


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def server(tmp_path):
    """A real HTTP server on 127.0.0.1 serving tests/reports and a folder of our own."""
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):  # keep the CLI's stderr to itself
            pass

    handler = partial(Quiet, directory=str(REPORTS))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_jsonl_records_follow_the_contract(cli):
    result = cli("process", R01, "--published", "2025-03-10", "--outlet", "Test Wire", "--format", "jsonl")
    assert result.exit_code == 0
    [event] = records(result)
    assert list(event)[:17] == ["id", "article", "type", "acled", "plover", "modality", "verification", "actors",
                                "count", "fatalities", "injured", "location", "time", "sources", "evidence",
                                "trigger", "mentions"]
    assert event["type"] in EVENT_TYPES
    assert event["article"] == {"id": event["article"]["id"], "url": None, "outlet": "Test Wire",
                                "published": "2025-03-10", "title": None}
    assert event["acled"] == {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack"}
    assert event["plover"] == "ASSAULT"


def test_table_output(cli):
    result = cli("process", R01, "--published", "2025-03-10", "--format", "table")
    assert result.exit_code == 0
    assert "remote_strike" in result.stdout and "Vovchansk" in result.stdout and "2025-03-08" in result.stdout


def test_stdin(cli):
    text = (REPORTS / "r05_interception.txt").read_text()
    result = cli("process", "-", "--published", "2024-12-01", "--format", "jsonl", input=text)
    assert result.exit_code == 0
    [event] = records(result)
    assert event["type"] == "interception" and event["count"]["value"] == 24


def test_html_file_takes_title_outlet_and_date_from_the_page(cli):
    result = cli("process", PAGE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    events = records(result)
    assert [e["type"] for e in events] == ["armed_clash"]
    article = events[0]["article"]
    assert article["outlet"] == "Example Herald" and article["published"] == "2025-02-11"
    assert "Troops Repel Night Assault" in article["title"]
    assert events[0]["time"]["start"] == "2025-02-10"  # "on Monday" before a Tuesday publication
    assert events[0]["location"]["name"].startswith("Kup")


def test_url_from_a_real_local_server(cli, server):
    result = cli("process", f"{server}/page.html", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    [event] = records(result)
    assert event["article"]["url"] == f"{server}/page.html"
    assert event["type"] == "armed_clash"


def test_unreachable_url(cli, server):
    missing = cli("process", f"{server}/no-such-page.html")
    assert missing.exit_code == 1
    assert missing.stderr == f"eventatlas: error: {server}/no-such-page.html: could not fetch the URL (HTTP 404 File not found)\n"
    refused = cli("process", "http://127.0.0.1:9/article")
    assert refused.exit_code == 1
    assert refused.stderr.startswith("eventatlas: error: http://127.0.0.1:9/article: could not fetch the URL (")


def test_jsonl_input_with_per_line_metadata(cli, tmp_path):
    lines = [
        {"text": (REPORTS / "r07_exchange.txt").read_text(), "published": "2025-02-06", "outlet": "Wire A"},
        {"text": (REPORTS / "r10_withdrawal.txt").read_text(), "published": "2024-02-19", "url": "https://example.org/a"},
        "not an object",
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n")
    result = cli("process", str(path), "--format", "jsonl", "--outlet", "Fallback Outlet")
    assert result.exit_code == 0
    events = records(result)
    assert [e["type"] for e in events] == ["prisoner_exchange", "withdrawal"]
    assert events[0]["article"]["outlet"] == "Wire A"
    assert events[1]["article"]["outlet"] == "Fallback Outlet" and events[1]["article"]["url"] == "https://example.org/a"
    assert f"  {path}:3: each line must be a JSON object\n" in result.stderr
    assert f"  {path}:4: not valid JSON (Expecting property name enclosed in double quotes at column 2)\n" in result.stderr


@pytest.fixture
def bad_inputs(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes("Les soldats ont quitt\xe9 la ville.".encode("latin-1"))
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (folder / "good.txt").write_text((REPORTS / "r03_desertion.txt").read_text())
    return folder


@pytest.mark.parametrize("name, message", [
    ("missing.txt", "no such file or directory"),
    ("empty.txt", "the file is empty"),
    ("latin1.txt", "not UTF-8 text (byte 0xe9 at offset 21); convert it to UTF-8, e.g. with 'iconv -f cp1252 -t utf-8'"),
    ("binary.txt", "binary file, not text (it contains NUL bytes)"),
    ("nav.html", "the HTML page has no article text"),
])
def test_bad_single_input_is_one_line_and_exit_1(cli, bad_inputs, name, message):
    path = bad_inputs / name
    result = cli("process", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"eventatlas: error: {path}: {message}\n"
    assert result.stdout == ""


def test_invalid_published_date(cli):
    result = cli("process", R01, "--published", "2024-13-01")
    assert result.exit_code == 2
    assert result.stderr == "eventatlas: error: --published: '2024-13-01' is not a date in the form YYYY-MM-DD\n"


def test_batch_continues_stores_the_rest_and_summarises(cli, bad_inputs, db):
    result = cli("process", str(bad_inputs), "--published", "2024-01-02", "--format", "jsonl")
    assert result.exit_code == 0
    assert [e["type"] for e in records(result)] == ["desertion"]
    summary = result.stderr.split("processed ", 1)[1]
    assert summary.startswith(f"1 article(s): 1 events, 1 new in {db}\nskipped 4:\n")
    for name in ("binary.txt", "empty.txt", "latin1.txt", "nav.html"):
        assert f"  {bad_inputs / name}: " in summary
    listed = cli("events", "--format", "jsonl")
    assert [e["type"] for e in records(listed)] == ["desertion"]


def test_processing_twice_stores_nothing_new(cli, db):
    first = cli("process", R01, "--published", "2025-03-10", "--format", "jsonl")
    second = cli("process", R01, "--published", "2025-03-10", "--format", "jsonl")
    assert "1 events, 1 new" in first.stderr and "1 events, 0 new" in second.stderr
    assert records(first) == records(second)
    assert len(records(cli("events"))) == 1


def test_a_file_that_is_not_a_database(cli, tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 100)
    from click.testing import CliRunner

    from eventatlas.cli import main

    result = CliRunner().invoke(main, ["process", R01, "--db", str(bogus)])
    assert result.exit_code == 1
    assert result.stderr == f"eventatlas: error: {bogus}: cannot open the database (file is not a database)\n"
    assert bogus.read_text().startswith("these are my notes")


@pytest.mark.shared
def test_eval_json_on_a_subset():
    from click.testing import CliRunner

    from eventatlas.cli import main

    result = CliRunner().invoke(main, ["eval", "boilerplate", "--limit", "5", "--json"])
    assert result.exit_code == 0
    metrics = json.loads(result.stdout)
    assert metrics["benchmark"] == "boilerplate" and metrics["documents"] == 5
    assert 0.0 <= metrics["f1"] <= 1.0


def test_eval_unknown_benchmark_and_split():
    from click.testing import CliRunner

    from eventatlas.cli import main

    result = CliRunner().invoke(main, ["eval", "weather"])
    assert result.exit_code == 2
    assert result.stderr == "eventatlas: error: unknown benchmark 'weather'; choose one of: attribution, boilerplate, events, geo, stories, time, types\n"
    result = CliRunner().invoke(main, ["eval", "types", "--split", "dev"])
    assert result.exit_code == 2
    assert result.stderr == "eventatlas: error: benchmark 'types' has no split 'dev'; it has: test\n"


def test_a_big_batch_is_parsed_by_workers_and_keeps_its_order(cli, tmp_path, db):
    towns = ["Kherson", "Nikopol", "Sumy", "Kharkiv", "Odesa", "Pokrovsk", "Kramatorsk"]
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(1, 71):  # more than one chunk of the worker pool
        (folder / f"{n:03d}.txt").write_text(
            f"Russian forces shelled {towns[n % len(towns)]} {n} times on Monday, the regional governor said.\n")
    (folder / "050b.txt").write_text("")  # a bad document in the middle of a chunk
    result = cli("process", str(folder), "--published", "2025-03-10", "--format", "jsonl")
    assert result.exit_code == 0
    got = records(result)
    assert [e["count"]["value"] for e in got] == list(range(1, 71))
    assert [e["location"]["name"] for e in got] == [towns[n % len(towns)] for n in range(1, 71)]
    assert "processed 70 article(s): 70 events, 70 new" in result.stderr
    assert f"{folder / '050b.txt'}: " in result.stderr
    assert len(records(cli("events"))) == 70


@pytest.mark.parametrize("command", ["events", "stories"])
def test_reading_a_database_that_does_not_exist_is_an_error(tmp_path, command):
    from click.testing import CliRunner

    from eventatlas.cli import main

    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [command, "--db", str(missing)])
    assert result.exit_code == 1
    assert f"{missing}: no event database here" in result.stderr
    assert not missing.exists()  # nothing created
