"""Bigger gazetteers: full GeoNames dumps added to the embedded one.

``eventatlas gazetteer load FILE...`` reads GeoNames export files — a country
file (``RU.txt`` or ``RU.zip``), ``allCountries``, or ``alternateNamesV2`` — into
a local SQLite file beside the event store (``$EVENTATLAS_GAZETTEER`` or
``~/.local/share/eventatlas/gazetteer.sqlite``).  Look-ups read it together with
the embedded index, so villages such as Kolyachek resolve once ``RU.zip`` is
loaded.  ``download CC...`` fetches country files from GeoNames first.

Each file is loaded in one transaction: a malformed or truncated file raises
``GazetteerError`` naming the file, the line and the problem, and leaves what
was loaded before as it was.  GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import tempfile
import urllib.error
import urllib.request
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import EventAtlasError
from .gazetteer import SCHEMA, code_like, norm, script_ok, stem

GEONAMES_URL = "https://download.geonames.org/export/dump/"
LEVELS = {"ADM1": "adm1", "ADM2": "adm2", "PCLI": "country", "PCLD": "country", "PCLIX": "country"}


class GazetteerError(EventAtlasError):
    """A gazetteer file cannot be read or loaded."""


@dataclass
class Loaded:
    file: str
    kind: str  # geonames | alternate_names
    rows: int


def extra_path() -> Path:
    if os.environ.get("EVENTATLAS_GAZETTEER"):
        return Path(os.environ["EVENTATLAS_GAZETTEER"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "eventatlas" / "gazetteer.sqlite"


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        SCHEMA.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS")
        + "CREATE TABLE IF NOT EXISTS sources (file TEXT, kind TEXT, rows INTEGER, loaded_at TEXT);"
        "CREATE INDEX IF NOT EXISTS names_key ON names(key); CREATE INDEX IF NOT EXISTS stems_key ON stems(key);"
        "CREATE INDEX IF NOT EXISTS entries_division ON entries(level, country_code, admin1, admin2);"
        "CREATE INDEX IF NOT EXISTS entries_id ON entries(geonameid);"
    )
    return conn


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines of a GeoNames text file, or of the table inside its zip."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GazetteerError(f"{path}: no GeoNames table (.txt) inside the zip")
            with archive.open(members[0]) as raw:
                for number, line in enumerate(io.TextIOWrapper(raw, encoding="utf-8"), start=1):
                    yield number, line
        except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
            raise GazetteerError(f"{path}: not a readable zip archive, perhaps truncated ({exc})") from None
        return
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                yield number, line
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 text at byte {exc.start}") from None


def _kind(path: Path) -> str:
    return "alternate_names" if "alternatenames" in path.name.lower() else "geonames"


def load_files(paths: list[Path], target: Path | None = None, progress=None) -> list[Loaded]:
    """Load GeoNames files into the extra gazetteer, each in one transaction."""
    target = target or extra_path()
    conn = _open(target)
    done = []
    try:
        for path in paths:
            path = Path(path)
            kind = _kind(path)
            conn.execute("BEGIN")
            try:
                rows = _load_alternates(conn, path) if kind == "alternate_names" else _load_geonames(conn, path, progress)
                if rows == 0:
                    raise GazetteerError(f"{path}: no rows in the file")
                conn.execute("INSERT INTO sources VALUES (?, ?, ?, ?)",
                             (path.name, kind, rows, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            done.append(Loaded(str(path), kind, rows))
    finally:
        conn.close()
    from . import gazetteer

    gazetteer.load.cache_clear()
    return done


def _load_geonames(conn: sqlite3.Connection, path: Path, progress=None) -> int:
    rows = 0
    for number, line in _lines(path):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 19:
            raise GazetteerError(f"{path}: line {number}: expected 19 tab-separated GeoNames columns, found {len(cols)}"
                                 " (is the file truncated or of another kind?)")
        try:
            gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
            population = int(cols[14] or 0)
        except ValueError:
            raise GazetteerError(
                f"{path}: line {number}: geonameid, latitude, longitude or population is not a number") from None
        fclass, fcode = cols[6], cols[7]
        level = LEVELS.get(fcode) if fclass == "A" else ("place" if fclass == "P" else None)
        if level is None:
            continue
        conn.execute("INSERT OR REPLACE INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (gid, level, cols[1], lat, lon, cols[8], cols[10] or None, cols[11] or None, population, None))
        names = {cols[1], cols[2], *[n for n in cols[3].split(",") if n and script_ok(n) and not code_like(n)]}
        conn.executemany("INSERT INTO names VALUES (?,?,?)", [(k, gid, level) for k in {norm(n) for n in names} - {""}])
        if level in ("adm1", "adm2") and stem(cols[1]):
            conn.execute("INSERT INTO stems VALUES (?,?,?)", (stem(cols[1]), gid, level))
        rows += 1
        if progress and rows % 50000 == 0:
            progress(rows)
    return rows


def _load_alternates(conn: sqlite3.Connection, path: Path) -> int:
    """alternateNamesV2: more names for places already in a gazetteer (embedded or loaded)."""
    from . import gazetteer

    embedded = gazetteer.load()
    rows = 0
    for number, line in _lines(path):
        if not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or not cols[1].isdigit():
            raise GazetteerError(f"{path}: line {number}: expected alternateNames columns (id, geonameid, language,"
                                 f" name, ...), found {len(cols)} columns")
        language, name = cols[2], cols[3]
        if language in ("link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc") or not script_ok(name):
            continue
        gid = int(cols[1])
        levels = {r[0] for r in conn.execute("SELECT level FROM entries WHERE geonameid = ?", (gid,))}
        levels |= embedded.levels_of(gid)
        key = norm(name)
        if key:
            conn.executemany("INSERT INTO names VALUES (?,?,?)", [(key, gid, level) for level in levels])
        rows += 1
    return rows


def download(codes: list[str], base_url: str | None = None, target: Path | None = None) -> list[Loaded]:
    """Fetch GeoNames country files (``RU`` -> ``RU.zip``) and load them."""
    base = (base_url or os.environ.get("EVENTATLAS_GEONAMES_URL") or GEONAMES_URL).rstrip("/") + "/"
    loaded = []
    with tempfile.TemporaryDirectory() as tmp:
        for code in codes:
            name = "allCountries.zip" if code.lower() in ("all", "allcountries") else f"{code.upper()}.zip"
            local = Path(tmp) / name
            try:
                with urllib.request.urlopen(base + name, timeout=60) as response, local.open("wb") as out:
                    while chunk := response.read(1 << 20):
                        out.write(chunk)
            except urllib.error.HTTPError as exc:
                raise GazetteerError(f"{base + name}: could not download (HTTP {exc.code} {exc.reason})") from None
            except (urllib.error.URLError, OSError) as exc:
                raise GazetteerError(f"{base + name}: could not download ({getattr(exc, 'reason', exc)})") from None
            loaded += load_files([local], target)
    return loaded


def info(target: Path | None = None) -> dict:
    """What the gazetteer holds: the embedded index and every loaded file."""
    from . import gazetteer

    embedded = gazetteer.load()
    out = {"embedded": {"path": str(embedded.path), **embedded.counts()}, "loaded": [], "extra_path": None}
    target = target or extra_path()
    if target.exists():
        conn = sqlite3.connect(target)
        out["extra_path"] = str(target)
        out["loaded"] = [dict(zip(("file", "kind", "rows", "loaded_at"), r)) for r in conn.execute("SELECT * FROM sources")]
        out["extra_entries"] = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        conn.close()
    return out
