"""The command line: a thin layer over the library.

Domain errors become one-line messages here and nowhere else.
"""

from __future__ import annotations

import sys
from pathlib import Path
import click

from . import export, ingest
from .errors import EventAtlasError, InputError
from .pipeline import Outcome, check_date, process_document, process_many
from .records import TYPE_MAP
from .store import Store, default_path


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"eventatlas: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eventatlas")
def main() -> None:
    """eventatlas: news reports about armed conflict in, sourced and geolocated events out."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--published", help="Publication date, YYYY-MM-DD (dates like 'Oct. 14' are read relative to it).")
@click.option("--outlet", help="The outlet that published the article (last link of every source chain).")
@click.option("--url", help="The article's URL, when the input is a file.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help=f"SQLite database [default: {default_path()}]")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default=None,
              help="Output: one JSON record per event, or a table [default: table on a terminal, else jsonl].")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines on stderr.")
def process(inputs, published, outlet, url, db_path, fmt, quiet):
    """Extract events from INPUT (a .txt/.html file, a directory, '-', a URL or a .jsonl file) and store them."""
    try:
        published = check_date(published)
    except EventAtlasError as exc:
        _fail(str(exc), 2)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    batch = ingest.is_batch(list(inputs))
    try:
        store = Store(db_path)
    except EventAtlasError as exc:
        _fail(str(exc))
    skipped: list[tuple[str, str]] = []
    processed = new_events = total_events = 0
    meta = {"published": published, "outlet": outlet, "url": url}
    with store:
        docs = ingest.documents(list(inputs), meta)
        # a batch is cleaned and parsed in chunks by worker processes; one document goes straight through
        outcomes = process_many(docs) if batch else (_one(doc) for doc in docs)
        for number, outcome in enumerate(outcomes, start=1):
            doc = outcome.doc
            if isinstance(doc, ingest.Skipped):
                skipped.append((doc.input, doc.reason))
                if not batch:
                    _fail(f"{doc.input}: {doc.reason}")
                if not quiet:
                    click.echo(f"[{number}] skipped {doc.input}: {doc.reason}", err=True)
                continue
            try:
                if outcome.error is not None:
                    raise outcome.error
                article, events = outcome.article, outcome.events
                saved = store.save(article, events)
            except InputError as exc:
                skipped.append((exc.input_name, exc.reason))
                if not batch:
                    _fail(str(exc))
                if not quiet:
                    click.echo(f"[{number}] skipped {exc}", err=True)
                continue
            except EventAtlasError as exc:
                if not batch:
                    _fail(f"{doc.input}: {exc}")
                skipped.append((doc.input, str(exc)))
                continue
            except Exception as exc:  # noqa: BLE001 - one bad document must not end a batch
                if not batch:
                    raise
                skipped.append((doc.input, f"internal error ({type(exc).__name__}: {exc}); please report it"))
                continue
            processed += 1
            total_events += len(events)
            new_events += saved.events_new
            if batch and not quiet:
                click.echo(f"[{number}] {doc.input}: {len(events)} events", err=True)
            if fmt == "jsonl":
                click.echo(export.jsonl(events), nl=False)
            else:
                title = article.title or doc.input
                click.echo(f"{title} — {article.outlet or 'unknown outlet'}, {article.published or 'date unknown'}")
                click.echo(export.table(events))
    if batch or not quiet:
        summary = f"processed {processed} article(s): {total_events} events, {new_events} new in {store.path}"
        click.echo(summary, err=True)
        if skipped:
            click.echo(f"skipped {len(skipped)}:", err=True)
            for name, why in skipped:
                click.echo(f"  {name}: {why}", err=True)
    if processed == 0 and skipped:
        sys.exit(1)


def _must_exist(db_path) -> None:
    """Reading commands do not create a database: a mistyped --db is an error, not an empty answer."""
    path = Path(db_path) if db_path else default_path()
    if not path.exists():
        _fail(f"{path}: no event database here (store articles with 'eventatlas process --db {path}' first)")


def _one(doc) -> Outcome:
    """One document through the pipeline here, its error kept for the caller to report."""
    if not isinstance(doc, ingest.RawDocument):
        return Outcome(doc)
    try:
        article, events = process_document(doc)
    except Exception as exc:  # noqa: BLE001 - reported by the caller
        return Outcome(doc, error=exc)
    return Outcome(doc, article, events)


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help=f"SQLite database [default: {default_path()}]")
@click.option("--type", "event_type", help="Only events of this type.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def events(db_path, event_type, fmt):
    """Print the stored events."""
    _must_exist(db_path)
    try:
        with Store(db_path) as store:
            found = store.events(event_type=event_type)
    except EventAtlasError as exc:
        _fail(str(exc))
    click.echo(export.jsonl(found) if fmt == "jsonl" else export.table(found), nl=False)


@main.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False), help=f"SQLite database [default: {default_path()}]")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default=None,
              help="One JSON object per story, or a table [default: table on a terminal, else jsonl].")
@click.option("--since", help="Only stories with a report published on or after this day (YYYY-MM-DD).")
@click.option("--type", "event_type", type=click.Choice(sorted(TYPE_MAP)), help="Only stories with an event of this type.")
@click.option("--all", "show_all", is_flag=True, help="In the table, also stories of a single event.")
def stories(db_path, fmt, since, event_type, show_all):
    """Print the stored events grouped into stories: one real-world happening each, with its
    reports, outlets, independent source lines and the points on which reports disagree."""
    try:
        since = check_date(since, "--since")
    except EventAtlasError as exc:
        _fail(str(exc), 2)
    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    _must_exist(db_path)
    try:
        with Store(db_path) as store:
            found = store.stories(since=since, event_type=event_type)
    except EventAtlasError as exc:
        _fail(str(exc))
    if fmt == "jsonl":
        click.echo(export.stories_jsonl(found), nl=False)
    else:
        click.echo(export.stories_table(found, show_all=show_all), nl=False)


@main.group()
def gazetteer():
    """The place gazetteer: what is loaded, and bigger GeoNames dumps to add."""


@gazetteer.command("load")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def gazetteer_load(files):
    """Add GeoNames dumps (CC.txt/CC.zip, allCountries, alternateNamesV2) to the gazetteer."""
    from pathlib import Path

    from . import geonames

    try:
        loaded = geonames.load_files([Path(f) for f in files],
                                     progress=lambda n: click.echo(f"  {n} rows", err=True))
    except EventAtlasError as exc:
        _fail(str(exc))
    for item in loaded:
        click.echo(f"loaded {item.rows} {item.kind.replace('_', ' ')} rows from {item.file}")


@gazetteer.command("download")
@click.argument("codes", nargs=-1, required=True)
@click.option("--base-url", help="Where the GeoNames dump files are [default: the GeoNames export server].")
def gazetteer_download(codes, base_url):
    """Download GeoNames country files (RU, UA, ... or 'all') and load them."""
    from . import geonames

    try:
        loaded = geonames.download(list(codes), base_url)
    except EventAtlasError as exc:
        _fail(str(exc))
    for item in loaded:
        click.echo(f"loaded {item.rows} rows from {item.file.rsplit('/', 1)[-1]}")


@gazetteer.command("info")
def gazetteer_info():
    """Show what the gazetteer holds."""
    from . import geonames

    data = geonames.info()
    counts = ", ".join(f"{n} {level}" for level, n in sorted(data["embedded"].items()) if level != "path")
    click.echo(f"embedded index: {data['embedded']['path']} ({counts})")
    if not data["loaded"]:
        click.echo("loaded dumps: none (eventatlas gazetteer load FILE, or download CC)")
        return
    click.echo(f"loaded dumps: {data['extra_path']} ({data['extra_entries']} entries)")
    for item in data["loaded"]:
        click.echo(f"  {item['file']}: {item['rows']} {item['kind'].replace('_', ' ')} rows, {item['loaded_at']}")


class _EvalCommand(click.Command):
    def format_epilog(self, ctx, formatter):
        from .evaluation import describe

        with formatter.section("Benchmarks and metrics"):
            for line in describe().splitlines():  # written as laid out in the docstrings, not re-wrapped
                formatter.write(" " * formatter.current_indent + line + "\n" if line else "\n")


@main.command("eval", cls=_EvalCommand)
@click.argument("name")
@click.option("--split", help="Which split to score (default: the benchmark's first: dev where there is one).")
@click.option("--data", "data_path", type=click.Path(file_okay=False, exists=True),
              help="The benchmark's folder [default: ../shared/benchmarks/<its folder>].")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents (a fast subset).")
@click.option("--corpus", help="For geo: gwn, lgl, trnews or geovirus [default: gwn]; for events: wikievents or rams [default: wikievents].")
@click.option("--json", "as_json", is_flag=True, help="One JSON object of metrics on stdout.")
def eval_command(name, split, data_path, limit, corpus, as_json):
    """Score eventatlas on benchmark NAME: types, attribution, boilerplate, time, geo, stories or events."""
    import json as jsonlib
    from pathlib import Path

    from .evaluation import evaluate

    def progress(done, total):
        if sys.stderr.isatty() and (done == total or done % 10 == 0):
            click.echo(f"\r{name}: {done}/{total}", err=True, nl=done == total)

    try:
        metrics = evaluate(name, split, Path(data_path) if data_path else None, limit, progress, corpus=corpus)
    except EventAtlasError as exc:
        _fail(str(exc), 2)
    if as_json:
        click.echo(jsonlib.dumps(metrics, ensure_ascii=False))
        return
    for key, value in metrics.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for sub, subvalue in value.items():
                click.echo(f"  {sub}: {subvalue}")
        else:
            click.echo(f"{key}: {value}")


if __name__ == "__main__":  # pragma: no cover
    main()
