"""The pipeline: ingest → clean → nlp → extract → resolve → (store).

``process_document`` runs one raw document through every stage and returns
the cleaned ``Article`` and its ``Event`` records; ``store.Store`` keeps
them.  Each stage is a plain function over typed records, so a stage can be
replaced without touching its neighbours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import clean, gazetteer, narrative, nlp, timex
from .errors import InputError, ValueProblem
from .records import Article, Event


MIN_HTML_WORDS = 12  # less than this from a whole page is navigation, not an article


@dataclass
class RawDocument:
    """What ingest hands on: text or HTML with whatever metadata came with it."""

    input: str  # a name for messages: the path, URL, "<stdin>" or "file.jsonl:3"
    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    id: str | None = None


def check_date(value: str | None, what: str = "--published") -> str | None:
    """A YYYY-MM-DD date, or a ValueProblem naming the value."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat() if len(str(value)) >= 10 else dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueProblem(f"{what}: '{value}' is not a date in the form YYYY-MM-DD") from None


def to_article(doc: RawDocument) -> Article:
    """Clean one raw document into an Article (stage 2), or raise InputError."""
    published = check_date(doc.published, f"{doc.input}: published")
    published_source = "given" if published else None
    title, outlet, url = doc.title, doc.outlet, doc.url
    if doc.html is not None:
        page = clean.extract_html(doc.html, url=doc.url)
        if len(page.text.split()) < MIN_HTML_WORDS:
            raise InputError(doc.input, "the HTML page has no article text")
        raw = page.text
        title = title or page.title
        outlet = outlet or page.outlet
        url = url or page.url
        if not published and page.published:
            published, published_source = page.published, "html"
        cleaned = clean.clean_text(raw, title_from_first_line=False)
    else:
        raw = doc.text or ""
        cleaned = clean.clean_text(raw)
        title = title or cleaned.title
    text = cleaned.text
    if not text.strip() and cleaned.title:  # (a page's title is never taken from its text's first line)
        text = cleaned.title  # a lone headline ("Rebels Storm Army Base Near Border", a feed item's title) is the report
    if not text.strip():
        raise InputError(doc.input, "no article text left after removing page furniture")
    if not published:
        published, found_in = timex.publication_date(text, url)
        published_source = found_in or published_source
    return Article(
        id=doc.id or Article.make_id(text),
        text=text,
        url=url,
        outlet=outlet,
        published=published,
        title=title,
        published_source=published_source or "none",
        input=doc.input,
        removed=cleaned.removed,
    )


def extract_events(article: Article) -> list[Event]:
    """Stages 3–5 on a cleaned article: parse, extract, resolve time and place."""
    doc = nlp.parse(article.text)
    return narrative.assemble(article, doc, gazetteer.load())


def process_document(doc: RawDocument) -> tuple[Article, list[Event]]:
    article = to_article(doc)
    return article, extract_events(article)


BATCH_DOCUMENTS = 64  # documents cleaned, then parsed together by the worker processes


@dataclass
class Outcome:
    """What became of one document of a batch: its article and events, or the error that stopped it."""

    doc: object  # the RawDocument, or what ingest handed on instead (a Skipped)
    article: Article | None = None
    events: list[Event] | None = None
    error: Exception | None = None


def process_many(docs, workers: int = nlp.WORKERS):
    """``process_document`` over many documents, in order, parsing in ``workers`` processes.

    Items that are not RawDocuments (ingest's Skipped) pass through as they are; a
    document that fails comes out with its error, and the rest go on."""
    chunk: list = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) >= BATCH_DOCUMENTS:
            yield from _process_chunk(chunk, workers)
            chunk = []
    if chunk:
        yield from _process_chunk(chunk, workers)


def _process_chunk(chunk: list, workers: int):
    outcomes = [Outcome(doc) for doc in chunk]
    ready = []
    for outcome in outcomes:
        if isinstance(outcome.doc, RawDocument):
            try:
                outcome.article = to_article(outcome.doc)
                ready.append(outcome)
            except Exception as exc:  # noqa: BLE001 - reported with its document
                outcome.error = exc
    parsed = nlp.parse_many([o.article.text for o in ready], workers=workers)
    try:
        for outcome, doc in zip(ready, parsed):
            try:
                outcome.events = narrative.assemble(outcome.article, doc, gazetteer.load())
            except Exception as exc:  # noqa: BLE001
                outcome.error = exc
    finally:
        parsed.close()
    yield from outcomes
