"""Stage 2 — clean: raw text or HTML in, article text plus what was removed out.

HTML goes through trafilatura (main text, title, site name) and htmldate
(publication date); the result, like plain text, then passes the line filter
below, which drops what scraped news text carries besides the article:
advertisement markers, teasers of other stories and their "related" headers,
headlines standing alone, and correction / share / subscribe footers.  Every
removed line is kept as a ``Removed`` span with its reason, so nothing is lost
silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .records import Removed

_AD_MARKER = re.compile(
    r"^\W*(advertisement|advertising|advert|ad|sponsored( content)?|promoted( content)?|paid content|"
    r"scroll to continue( with content)?|story continues below( advertisement)?|continue reading( below)?)\W*$",
    re.I,
)
_RELATED_HEADER = re.compile(
    r"^\W*(other topics of interest|related( articles| stories| news| content| posts| coverage)?|"
    r"read (more|also|next)|see also|more (from|on|in|stories|news)( [\w' ]{0,30})?|recommended( for you| stories)?|"
    r"you (may|might) (also )?(like|be interested in)|most (read|popular|viewed)|trending( now| stories)?|"
    r"latest (news|stories)|editor'?s picks|also read|top stories|what to read next|don'?t miss)\W*$",
    re.I,
)
_INLINE_TEASER = re.compile(r"^\W*(read (more|also|next)|related|see also|also read|watch)\s*[:|»>-]\s*\S", re.I)
_FOOTER = re.compile(
    r"(suggest a correction|correction or clarification|report an error|spotted an error|press ctrl|ctrl\s*\+\s*enter|"
    r"all rights reserved|^\W*(©|\(c\)|copyright\b)|subscribe (to|for|now)|sign up (for|to)|follow us on|"
    r"share (this|on|via)|click here|our newsletter|join our (telegram|channel)|download (our|the) app|"
    r"cookie (policy|settings)|privacy policy|terms of (use|service)|write to us|send us (a tip|your)|"
    r"support (our|independent) journalism|become a (member|patron|subscriber))",
    re.I,
)
_TERMINAL = re.compile(r"[.!?:;\"”’'»)\]]\s*$")
_SMALL_WORDS = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "as", "is", "vs", "vs.", "into", "over", "after", "amid", "near", "its", "his", "her", "their",
}


@dataclass
class Cleaned:
    text: str
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None


def _is_headline(line: str) -> bool:
    """Title Case, no closing punctuation, short: a headline, not a sentence."""
    words = line.split()
    if not 2 <= len(words) <= 16 or _TERMINAL.search(line):
        return False
    content = [w for w in words if w.lower().strip("\"'‘’“”") not in _SMALL_WORDS]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return capitalised / len(content) >= 0.75


def _is_sentence_case_headline(lines: list[tuple[int, int, str]], index: int) -> bool:
    """A short first line with no closing punctuation, set off by a blank line: a
    headline in sentence case ("Death toll rises after strike on port")."""
    words = lines[index][2].split()
    if not 3 <= len(words) <= 16 or _TERMINAL.search(lines[index][2]) or not words[0][0].isupper():
        return False
    following = lines[index + 1][2] if index + 1 < len(lines) else None
    return following is not None and not following.strip()


def _lines(raw: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            out.append((pos + lead, pos + lead + len(stripped), stripped))
        else:
            out.append((pos, pos, ""))
        pos += len(piece)
    return out


def clean_text(raw: str, *, title_from_first_line: bool = True) -> Cleaned:
    """Filter boilerplate lines out of plain article text."""
    lines = _lines(raw.replace("\u00a0", " "))
    reasons: dict[int, str] = {}
    content_idx = [i for i, (_, _, t) in enumerate(lines) if t]
    seen: dict[str, int] = {}
    for i in content_idx:
        seen[lines[i][2].lower()] = seen.get(lines[i][2].lower(), 0) + 1

    title = None
    first = content_idx[0] if content_idx else None
    if title_from_first_line and first is not None and (
            _is_headline(lines[first][2]) or _is_sentence_case_headline(lines, first)):
        title = lines[content_idx[0]][2]
        reasons[content_idx[0]] = "title"

    in_related = False
    after_teaser = False
    for i in content_idx:
        text = lines[i][2]
        if i in reasons:
            continue
        if _AD_MARKER.match(text):
            reasons[i] = "advertisement"
        elif _RELATED_HEADER.match(text):
            reasons[i] = "related-header"
            in_related = True
            after_teaser = False
            continue
        elif _INLINE_TEASER.match(text):
            reasons[i] = "teaser"
        elif _FOOTER.search(text) and len(text.split()) <= 40:
            reasons[i] = "footer"
        elif _is_headline(text):
            is_teaser = in_related or seen[text.lower()] > 1
            reasons[i] = "teaser" if is_teaser else "heading"
            after_teaser = is_teaser
            continue
        elif after_teaser and len(text.split()) <= 25:
            # the standfirst under a teaser headline
            reasons[i] = "teaser"
        in_related = False
        after_teaser = False

    kept_paragraphs: list[list[str]] = [[]]
    removed: list[Removed] = []
    for i, (start, end, text) in enumerate(lines):
        if not text:
            if kept_paragraphs[-1]:
                kept_paragraphs.append([])
            continue
        if i in reasons:
            removed.append(Removed(text=text, start=start, end=end, reason=reasons[i]))
            if kept_paragraphs[-1]:
                kept_paragraphs.append([])
            continue
        kept_paragraphs[-1].append(text)
    body = "\n\n".join(" ".join(p) for p in kept_paragraphs if p)
    return Cleaned(text=body, removed=removed, title=title)


@dataclass
class HtmlExtract:
    text: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Main text and metadata of a web page (trafilatura + htmldate)."""
    import trafilatura
    from htmldate import find_date

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=True,
    )
    text = (doc.text if doc is not None else "") or ""
    published = None
    try:
        published = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):  # htmldate raises on unparseable documents
        published = None
    if not published and doc is not None and doc.date:
        published = doc.date[:10]
    return HtmlExtract(
        text=text,
        title=doc.title if doc is not None else None,
        outlet=doc.sitename if doc is not None else None,
        published=published,
        url=(doc.url if doc is not None and doc.url else url),
    )
