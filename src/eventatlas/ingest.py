"""Stage 1 — ingest: what the user gives in, raw documents out.

An input is a ``.txt`` or ``.html`` file, a directory (walked recursively
for .txt, .html, .htm and .jsonl files), ``-`` for standard input, an
``http(s)://`` URL, or a ``.jsonl`` file with one article per line (``text``
or ``html``, and optional ``url``, ``outlet``, ``published``, ``title``,
``id``).  Each input yields ``RawDocument``s, or ``Skipped`` records that
name the input and the reason — never an exception that ends a batch.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import FetchError, InputError
from .pipeline import RawDocument

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
WALKED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".jsonl"}
FETCH_TIMEOUT = 20
MAX_BYTES = 20 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.I)


@dataclass
class Skipped:
    input: str
    reason: str


def _decode_text(name: str, data: bytes) -> str:
    if not data.strip():
        raise InputError(name, "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            name,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8, "
            f"e.g. with 'iconv -f cp1252 -t utf-8'",
        ) from None


def _decode_html(name: str, data: bytes, charset: str | None = None) -> str:
    if not data.strip():
        raise InputError(name, "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file, not HTML (it contains NUL bytes)")
    declared = charset or (m.group(1).decode("ascii", "replace") if (m := _META_CHARSET.search(data[:4096])) else None)
    for encoding in filter(None, [declared, "utf-8"]):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(name, f"cannot decode the HTML as {declared or 'UTF-8'}")


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:1024]))


def read_file(path: Path) -> Iterator[RawDocument | Skipped]:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield Skipped(name, "no such file or directory")
        return
    except IsADirectoryError:
        yield Skipped(name, "is a directory")
        return
    except OSError as exc:
        yield Skipped(name, f"cannot read the file ({exc.strerror or exc})")
        return
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from read_jsonl(name, data)
        elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(data)):
            yield RawDocument(input=name, html=_decode_html(name, data))
        else:
            yield RawDocument(input=name, text=_decode_text(name, data))
    except InputError as exc:
        yield Skipped(exc.input_name, exc.reason)


def read_jsonl(name: str, data: bytes) -> Iterator[RawDocument | Skipped]:
    try:
        text = _decode_text(name, data)
    except InputError as exc:
        yield Skipped(exc.input_name, exc.reason)
        return
    allowed = {"text", "html", "url", "outlet", "published", "title", "id"}
    for number, line in enumerate(text.splitlines(), start=1):
        where = f"{name}:{number}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Skipped(where, "each line must be a JSON object")
            continue
        if not isinstance(record.get("text"), str) and not isinstance(record.get("html"), str):
            yield Skipped(where, "the object needs a 'text' or 'html' string")
            continue
        fields = {k: (str(v) if v is not None else None) for k, v in record.items() if k in allowed}
        yield RawDocument(input=where, **fields)


def fetch_url(url: str) -> RawDocument:
    request = urllib.request.Request(url, headers={"User-Agent": "eventatlas/0.1 (+news event extraction)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset()
            content_type = response.headers.get_content_type()
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise FetchError(url, f"could not fetch the URL (HTTP {exc.code} {exc.reason})") from None
    except urllib.error.URLError as exc:
        raise FetchError(url, f"could not fetch the URL ({exc.reason})") from None
    except (TimeoutError, OSError) as exc:
        raise FetchError(url, f"could not fetch the URL ({exc})") from None
    if len(data) > MAX_BYTES:
        raise FetchError(url, f"the page is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if content_type == "text/plain":
        return RawDocument(input=url, text=_decode_text(url, data), url=final_url)
    return RawDocument(input=url, html=_decode_html(url, data, charset), url=final_url)


def read_stdin() -> Iterator[RawDocument | Skipped]:
    data = sys.stdin.buffer.read()
    try:
        if looks_like_html(data):
            yield RawDocument(input="<stdin>", html=_decode_html("<stdin>", data))
        else:
            yield RawDocument(input="<stdin>", text=_decode_text("<stdin>", data))
    except InputError as exc:
        yield Skipped(exc.input_name, exc.reason)


def is_batch(inputs: list[str]) -> bool:
    """More than one document may come out: several inputs, a directory or a .jsonl file."""
    if len(inputs) != 1:
        return True
    only = inputs[0]
    if only == "-" or re.match(r"https?://", only, re.I):
        return False
    path = Path(only)
    return path.is_dir() or path.suffix.lower() == ".jsonl"


def documents(inputs: list[str], meta: dict | None = None) -> Iterator[RawDocument | Skipped]:
    """Every document of every input, in order; problems come out as ``Skipped``.

    ``meta`` (outlet, published, url, title) fills what a document does not carry itself.
    """
    meta = {k: v for k, v in (meta or {}).items() if v is not None}
    for doc in _documents(inputs):
        if isinstance(doc, RawDocument):
            for key, value in meta.items():
                if getattr(doc, key) is None:
                    setattr(doc, key, value)
        yield doc


def _documents(inputs: list[str]) -> Iterator[RawDocument | Skipped]:
    for item in inputs:
        if item == "-":
            yield from read_stdin()
        elif re.match(r"https?://", item, re.I):
            try:
                doc = fetch_url(item)
            except InputError as exc:
                yield Skipped(exc.input_name, exc.reason)
                continue
            yield doc
        else:
            path = Path(item)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in WALKED_SUFFIXES)
                if not files:
                    yield Skipped(item, "the directory holds no .txt, .html or .jsonl files")
                for file in files:
                    yield from read_file(file)
            else:
                yield from read_file(path)
