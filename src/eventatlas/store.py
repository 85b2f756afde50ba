"""Stage 6 — store: articles and events in SQLite.

The default database is ``$EVENTATLAS_DB`` or, when that is not set,
``$XDG_DATA_HOME/eventatlas/events.db`` (``~/.local/share/eventatlas/events.db``).

- The schema is versioned with SQLite's ``user_version``; ``MIGRATIONS`` are
  applied in order when a database is opened, each in its own transaction.
- Ids are content hashes, so storing the same article twice adds nothing.
- Each article and its events are written in one transaction: a failure
  half-way leaves the database as it was before that article.
- Stories are kept up to date as articles arrive: each new event is compared
  (``linking.compare``) with the stored events that could be the same
  happening (a related type, a date range within reach), the links are
  stored with their reasons, and the stories they join are merged — in the
  same transaction as the article. Nothing already stored is re-processed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import StoreError
from . import linking, stories
from .records import Article, Event, Removed, event_from_dict, event_to_dict

MIGRATIONS: list[str] = [
    # 1: articles and events
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_source TEXT,
        title TEXT,
        text TEXT NOT NULL,
        input TEXT,
        removed TEXT NOT NULL DEFAULT '[]',
        stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        modality TEXT NOT NULL,
        verification TEXT,
        time_start TEXT,
        time_end TEXT,
        country_code TEXT,
        lat REAL,
        lon REAL,
        extractor TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_time ON events(time_start, time_end);
    """,
    # 2: stories — links between events and each event's story
    """
    CREATE TABLE links (
        a TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        reasons TEXT NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE INDEX links_b ON links(b);
    ALTER TABLE events ADD COLUMN story_id TEXT;
    CREATE INDEX events_story ON events(story_id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
# An event's day range in SQL, as linking.days_of reads it: start and end; an open
# window from one of them; the week up to the article's publication; else none.
_START = "(CASE WHEN length(time_start) >= 10 THEN date(substr(time_start, 1, 10)) END)"
_END = "(CASE WHEN length(time_end) >= 10 THEN date(substr(time_end, 1, 10)) END)"
_PUB = "date(substr(json_extract(record, '$.article.published'), 1, 10))"
DAY_FIRST = (f"CASE WHEN {_START} IS NOT NULL AND {_END} IS NOT NULL THEN min({_START}, {_END})"
             f" WHEN {_END} IS NOT NULL THEN date({_END}, '-{linking.OPEN_WINDOW} days')"
             f" WHEN {_START} IS NOT NULL THEN {_START} ELSE date({_PUB}, '-{linking.UNDATED_WINDOW} days') END")
DAY_LAST = (f"CASE WHEN {_START} IS NOT NULL AND {_END} IS NOT NULL THEN max({_START}, {_END})"
            f" WHEN {_END} IS NOT NULL THEN {_END}"
            f" WHEN {_START} IS NOT NULL THEN date({_START}, '+{linking.OPEN_WINDOW} days') ELSE {_PUB} END")
PROFILE_CACHE = 50_000  # linking profiles kept in memory (a few KB each)


def default_path() -> Path:
    if os.environ.get("EVENTATLAS_DB"):
        return Path(os.environ["EVENTATLAS_DB"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "eventatlas" / "events.db"


@dataclass
class Saved:
    article_new: bool
    events_new: int


class Store:
    """An eventatlas SQLite database."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_path()
        self._profiles: dict[str, linking.Profile] = {}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from None
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the database ({exc.strerror or exc})") from None
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this eventatlas understands "
                f"({SCHEMA_VERSION}); upgrade eventatlas"
            )
        if version == 0 and self._has_foreign_tables():
            raise StoreError(f"{self.path}: this SQLite file is not an eventatlas database")
        self._migrate(version)
        self._link_pending()

    def _has_foreign_tables(self) -> bool:
        names = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return bool(names)

    def _migrate(self, version: int) -> None:
        for number in range(version, SCHEMA_VERSION):
            try:
                self.conn.execute("BEGIN")
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self.conn.execute("ROLLBACK")
                raise StoreError(f"{self.path}: migration {number + 1} failed ({exc})") from None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def save(self, article: Article, events: list[Event]) -> Saved:
        """Store an article and its events in one transaction; existing ids are left alone."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO articles (id, url, outlet, published, published_source, title, text, input, removed)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.url, article.outlet, article.published, article.published_source, article.title,
                 article.text, article.input, json.dumps([asdict(r) for r in article.removed], ensure_ascii=False)),
            )
            article_new = cur.rowcount == 1
            new = 0
            for event in events:
                record = event_to_dict(event)
                loc, time = record["location"] or {}, record["time"] or {}
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO events (id, article_id, type, modality, verification, time_start, time_end,"
                    " country_code, lat, lon, extractor, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (event.id, article.id, event.type, event.modality, event.verification, time.get("start"),
                     time.get("end"), loc.get("country_code"), loc.get("lat"), loc.get("lon"), event.extractor,
                     json.dumps(record, ensure_ascii=False)),
                )
                new += cur.rowcount
            self._link_pending()
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not store article {article.id} ({exc})") from None
        return Saved(article_new=article_new, events_new=new)

    def article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            "SELECT id, text, url, outlet, published, title, published_source, input, removed FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return Article(*row[:8], removed=[Removed(**r) for r in json.loads(row[8])])

    def events(self, article_id: str | None = None, event_type: str | None = None) -> list[Event]:
        sql, args = "SELECT record FROM events WHERE 1=1", []
        if article_id:
            sql += " AND article_id = ?"
            args.append(article_id)
        if event_type:
            sql += " AND type = ?"
            args.append(event_type)
        sql += " ORDER BY article_id, json_extract(record, '$.evidence.start'), id"
        return [event_from_dict(json.loads(r[0])) for r in self.conn.execute(sql, args)]

    # --- stories --------------------------------------------------------------

    def _link_pending(self) -> None:
        """Link every event that has no story yet (new events; all events of a pre-story
        database), then regroup the stories they touch."""
        rows = self.conn.execute("SELECT id, record FROM events WHERE story_id IS NULL ORDER BY id").fetchall()
        if not rows:
            return
        own = not self.conn.in_transaction
        if own:
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            for event_id, record in rows:
                profile = linking.Profile.of(json.loads(record))
                self._link_one(profile)
                self._remember(profile)
            done: set[str] = set()
            for event_id, _ in rows:
                if event_id not in done:
                    done |= self._regroup(event_id)
            if own:
                self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if own and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: could not link events into stories ({exc})") from None

    def _regroup(self, start: str) -> set[str]:
        """Re-cluster the connected group of linked events around ``start``; returns its members."""
        members, frontier, scores = {start}, [start], {}
        while frontier:
            marks = ",".join("?" * len(frontier))
            found = self.conn.execute(
                f"SELECT a, b, score FROM links WHERE a IN ({marks}) OR b IN ({marks})", frontier + frontier).fetchall()
            frontier = []
            for a, b, score in found:
                scores[(a, b)] = score
                for x in (a, b):
                    if x not in members:
                        members.add(x)
                        frontier.append(x)
        for group in stories.cluster(members, scores, stories.STORY_SCORE, stories.SCORE_CAP):
            self.conn.execute(f"UPDATE events SET story_id = ? WHERE id IN ({','.join('?' * len(group))})",
                              (stories.story_id(group), *group))
        return members

    def _candidates(self, p: linking.Profile) -> list[linking.Profile]:
        types = [t for t in linking.TYPES if linking.types_relation(p.type, t)]
        sql = (f"SELECT id FROM events WHERE story_id IS NOT NULL AND id != ?"
               f" AND type IN ({','.join('?' * len(types))})")
        args: list = [p.id, *types]
        if p.days:
            # The candidate's day range as linking.days_of reads it, in SQL; undated ones always qualify.
            near = linking.SEQUENCE_TOLERANCE
            lo, hi = (p.days.first - dt.timedelta(days=near)).isoformat(), (p.days.last + dt.timedelta(days=near)).isoformat()
            sql += f" AND (({DAY_FIRST}) IS NULL OR (({DAY_LAST}) >= ? AND ({DAY_FIRST}) <= ?))"
            args += [lo, hi]
        country = (p.place or {}).get("country_code")
        if country:
            sql += " AND (country_code IS NULL OR country_code = ?)"
            args.append(country)
        ids = [r[0] for r in self.conn.execute(sql, args)]
        missing = [i for i in ids if i not in self._profiles]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            for event_id, record in self.conn.execute(
                    f"SELECT id, record FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                self._remember(linking.Profile.of(json.loads(record)))
        return [self._profiles[i] for i in ids if i in self._profiles]

    def _remember(self, profile: linking.Profile) -> None:
        """Keep an event's linking profile; stored records do not change, so it stays true."""
        if len(self._profiles) >= PROFILE_CACHE:
            self._profiles.clear()
        self._profiles[profile.id] = profile

    def _link_one(self, p: linking.Profile) -> None:
        for other in self._candidates(p):
            link = linking.compare(p, other)
            if link is not None:
                self.conn.execute("INSERT OR REPLACE INTO links (a, b, score, reasons) VALUES (?, ?, ?, ?)",
                                  (link.a, link.b, link.score, json.dumps(link.to_dict(), ensure_ascii=False)))
        self.conn.execute("UPDATE events SET story_id = ? WHERE id = ?", (stories.story_id([p.id]), p.id))

    def stories(self, since: str | None = None, event_type: str | None = None) -> list[dict]:
        """Stories as public JSON objects (see ``stories.describe``), newest first report last.

        ``since``: only stories with a report published on or after that day;
        ``event_type``: only stories with an event of that type.
        """
        sql, args = "SELECT DISTINCT e.story_id FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1", []
        if since:
            sql += " AND a.published >= ?"
            args.append(since)
        if event_type:
            sql += " AND e.type = ?"
            args.append(event_type)
        wanted = [r[0] for r in self.conn.execute(sql, args)]
        out = []
        for sid in wanted:
            records = [json.loads(r[0]) for r in self.conn.execute(
                "SELECT record FROM events WHERE story_id = ? ORDER BY id", (sid,))]
            ids = [r["id"] for r in records]
            marks = ",".join("?" * len(ids))
            links = [json.loads(r[0]) for r in self.conn.execute(
                f"SELECT reasons FROM links WHERE a IN ({marks}) AND b IN ({marks}) ORDER BY a, b", ids + ids)]
            out.append(stories.describe(records, links))
        out.sort(key=lambda s: ((s["first_reported"] or {}).get("published") or "", s["id"]))
        return out

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            "events": self.conn.execute("SELECT count(*) FROM events").fetchone()[0],
            "stories": self.conn.execute("SELECT count(DISTINCT story_id) FROM events").fetchone()[0],
        }
