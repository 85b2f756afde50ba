"""Loading GeoNames dumps, with a small file in the GeoNames format made of real rows of the shared extract."""

from __future__ import annotations

import gzip
import threading
import zipfile
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from eventatlas import gazetteer
from eventatlas.cli import main

from .conftest import SHARED

pytestmark = pytest.mark.shared
ROWS = SHARED / "benchmarks" / "geonames" / "cities15000.txt.gz"


@pytest.fixture
def extra(tmp_path, monkeypatch):
    path = tmp_path / "gazetteer.sqlite"
    monkeypatch.setenv("EVENTATLAS_GAZETTEER", str(path))
    gazetteer.load.cache_clear()
    yield path
    gazetteer.load.cache_clear()


@pytest.fixture
def dump(tmp_path):
    """Real GeoNames rows: the towns of Bryansk Oblast (RU.10) from cities15000."""
    with gzip.open(ROWS, "rt", encoding="utf-8") as rows:
        lines = [line for line in rows if line.split("\t")[8] == "RU" and line.split("\t")[10] == "10"]
    path = tmp_path / "RU.txt"
    path.write_text("".join(lines), encoding="utf-8")
    return path, lines


def invoke(*args):
    return CliRunner().invoke(main, list(args))


def test_load_then_look_up_with_the_district(extra, dump):
    path, lines = dump
    result = invoke("gazetteer", "load", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"loaded {len(lines)} geonames rows from {path}\n"
    pochep = next(e for e in gazetteer.load().places("Pochep") if e.country_code == "RU")
    assert pochep.admin2 == "508648"  # the embedded cities500 rows have no district; the dump does
    info = invoke("gazetteer", "info")
    assert f"  RU.txt: {len(lines)} geonames rows" in info.stdout


def test_zip_files_load_too(extra, dump, tmp_path):
    path, lines = dump
    archive = tmp_path / "RU.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(path, "RU.txt")
        z.writestr("readme.txt", "GeoNames readme")
    assert invoke("gazetteer", "load", str(archive)).exit_code == 0


def test_a_malformed_dump_fails_and_keeps_what_was_loaded(extra, dump, tmp_path):
    path, lines = dump
    assert invoke("gazetteer", "load", str(path)).exit_code == 0
    broken = tmp_path / "UA.txt"
    broken.write_text(lines[0] + lines[1][:40] + "\n", encoding="utf-8")  # cut off mid-row
    result = invoke("gazetteer", "load", str(broken))
    assert result.exit_code == 1
    assert result.stderr == (f"eventatlas: error: {broken}: line 2: expected 19 tab-separated GeoNames columns, "
                             f"found {len(lines[1][:40].split(chr(9)))} (is the file truncated or of another kind?)\n")
    assert f"RU.txt: {len(lines)} geonames rows" in invoke("gazetteer", "info").stdout
    assert "UA.txt" not in invoke("gazetteer", "info").stdout
    assert any(e.admin2 == "508648" for e in gazetteer.load().places("Pochep"))


def test_a_truncated_zip_is_refused(extra, dump, tmp_path):
    path, _ = dump
    archive = tmp_path / "RU.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.write(path, "RU.txt")
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    result = invoke("gazetteer", "load", str(archive))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"eventatlas: error: {archive}: not a readable zip archive, perhaps truncated (")


def test_download_from_a_local_server(extra, dump, tmp_path):
    path, lines = dump
    served = tmp_path / "served"
    served.mkdir()
    with zipfile.ZipFile(served / "RU.zip", "w") as z:
        z.write(path, "RU.txt")

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(served)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{httpd.server_address[1]}/"
        result = invoke("gazetteer", "download", "RU", "--base-url", base)
        assert result.exit_code == 0, result.output
        assert result.stdout == f"loaded {len(lines)} rows from RU.zip\n"
        missing = invoke("gazetteer", "download", "XX", "--base-url", base)
        assert missing.exit_code == 1
        assert missing.stderr == f"eventatlas: error: {base}XX.zip: could not download (HTTP 404 File not found)\n"
    finally:
        httpd.shutdown()
        httpd.server_close()
