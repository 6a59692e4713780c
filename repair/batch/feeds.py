"""Feeds (RSS 0.9x/1.0/RDF/2.0, Atom 0.3/1.0) read as feed readers read them, items as plain text.

Parsing is feedparser's: encoding detection, namespaces, RDF, Atom text constructs, and
``bozo`` feeds (not well-formed) read best-effort instead of rejected whole. Before it
sees a byte, :mod:`repair.batch.xmlsafety` refuses entity declarations and external
entities and repairs bare ampersands and HTML entities. What feedparser only flags is
reported: a feed-level problem becomes a warning line, an item cut off by a truncated
feed an error line with its index and id, and the complete items go on.

Item bodies are HTML, read as prose by :func:`repair.batch.feed_html.html_to_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from repair.batch.feed_html import _resolve_breaks, html_text_and_links, paragraphs, plain_breaks
from repair.batch.xmlsafety import is_ascii_compatible, refuse_unsafe, repair_references
from repair.textio import GZIP_MAGIC, InputError

# A feed parsed whole takes a few times its size in memory; past this it is refused.
# (Plain well-formed feeds over feedsplit.SPLIT_BYTES are read item by item instead.)
MAX_FEED_BYTES = 256 * 1024 * 1024
# A body its publisher escaped twice reads, once unescaped, as HTML source: it starts with
# a tag and closes one ("<p>The quay reopened.</p>"). Prose does not.
_ESCAPED_HTML = re.compile(
    r"<(?:p|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|blockquote|figure|section|article|br|img)\b[^<>]*>"
    r".*(?:</[a-z][a-z0-9]*\s*>|<br\s*/?>)", re.S | re.I)
_CLOSED_ITEM = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")


@dataclass(frozen=True)
class Feed:
    """A parsed feed: numbered items as ``(field, value)`` pairs, and what went wrong on the way.

    ``warning``: a feed-level problem the feed was read despite (not well-formed, wrong
    encoding label, references repaired). ``dropped``: ``(number, id, message)`` for items
    left out (cut off by the feed's end, or unreadable); the other items keep their numbers.
    """

    items: list[tuple[int, tuple[tuple[str, Any], ...]]]
    warning: str | None = None
    dropped: list[tuple[int, str, str]] = field(default_factory=list)
    site: str = ""  # the feed's own title ("" when it has none): its items' titles may end with it


def parse_feed(data: bytes, name: str, first_number: int = 1) -> Feed:
    """Items of a feed in document order, numbered from ``first_number``.

    (A number above 1 is for a group of items cut from a larger feed, see :mod:`feedsplit`.)

    Fields: ``id`` (guid/id, else link, else ``NAME#N``), ``title``, ``text``, ``link``,
    ``published``, ``author``, ``categories`` (terms), ``enclosures`` (url, type,
    length) and ``links`` (the body's ``<a href>``: text and href, in order). Raises
    InputError naming ``name`` for an empty, oversized, unsafe or
    unreadable feed, or a document that is not a feed.
    """
    import feedparser

    if not data.strip():
        raise InputError(f"{name}: empty feed")
    if data[:2] == GZIP_MAGIC:  # not "not well-formed XML (invalid token)", which hides what it is
        raise InputError(f"{name}: gzip-compressed, not XML; add .gz to its name (it is then read and written "
                         "compressed), or decompress it first (zcat)")
    if len(data) > MAX_FEED_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes, over the {MAX_FEED_BYTES:,}-byte limit for one feed; "
                         "split it")
    refuse_unsafe(data, name)
    data, repaired = repair_references(data)
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except RecursionError:
        raise InputError(f"{name}: markup nested too deeply") from None
    problems = []
    if repaired:
        problems.append(f"{repaired:,} bare '&' or HTML-only entities read as text")
    if parsed.get("bozo"):
        problems.append(_describe(parsed.get("bozo_exception")))
    entries = list(parsed.get("entries", []))
    complete = len(entries)
    if parsed.get("bozo") and is_ascii_compatible(data):
        complete = min(complete, len(_CLOSED_ITEM.findall(data)))
    if not parsed.get("version") and not entries:
        detail = f" ({problems[-1]})" if problems else ""
        raise InputError(f"{name}: not an RSS, RDF or Atom feed{detail}")
    if complete == 0 and parsed.get("bozo"):
        raise InputError(f"{name}: {problems[-1]} and no complete item in it")  # names the XML fault once
    items, dropped, twice = [], [], 0
    for number, entry in enumerate(entries, start=first_number):
        if number - first_number >= complete:
            dropped.append((number, _ident(entry, name, number),
                            f"{name}#{number}: item cut off by the end of the feed; left out"))
            continue
        try:
            fields = _item(entry, name, number)
            twice += fields[-1][1]
            items.append((number, fields[:-1]))
        except Exception as exc:  # one odd item must not cost the others
            dropped.append((number, _ident(entry, name, number),
                            f"{name}#{number}: unreadable item ({type(exc).__name__}: {exc}); left out"))
    if twice:
        problems.append(f"{twice:,} item bod{'y' if twice == 1 else 'ies'} HTML-escaped twice (its tags "
                        "would show as text: '<p>'), read as HTML")
    warning = f"{name}: {'; '.join(problems)}; read best-effort" if problems else None
    site = _text(parsed.get("feed", {}).get("title_detail"))
    return Feed(items, warning, dropped, site)


def _describe(exc: object) -> str:
    if exc is None:
        return "not well-formed"
    kind = type(exc).__name__
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else kind
    if kind == "CharacterEncodingOverride":
        return message
    return f"not well-formed XML ({message})"


def _ident(entry: Any, name: str, number: int) -> str:
    return str(entry.get("id") or entry.get("link") or f"{name}#{number}")


def _item(entry: Any, name: str, number: int) -> tuple[tuple[str, Any], ...]:
    """The item's fields, then ``("escaped_twice", bool)``: the body was HTML escaped twice."""
    # The full content when it has text, else the summary: an empty <content:encoded/> or
    # an Atom <content src="..."/> (the body kept elsewhere) must not cost the summary.
    text, links = "", []
    for body in [*(entry.get("content") or []), entry.get("summary_detail")]:
        text, links = _text_and_links(body)
        if text.strip():
            break
    twice = bool(_ESCAPED_HTML.match(text))
    if twice:
        text, links = html_text_and_links(text)
    return (
        ("id", _ident(entry, name, number)),
        ("title", _text(entry.get("title_detail"))),
        ("text", text),
        ("link", _link(entry)),
        ("published", str(entry.get("published") or entry.get("updated") or "")),
        ("author", str(entry.get("author") or "")),
        ("categories", [str(t["term"]) for t in entry.get("tags") or [] if t.get("term")]),
        ("enclosures", [{"url": str(e.get("href") or ""), "type": str(e.get("type") or ""),
                         "length": str(e.get("length") or "")} for e in entry.get("enclosures") or []]),
        ("links", links),
        ("escaped_twice", twice),
    )


def _link(entry: Any) -> str:
    """The item's address; "" when it has none.

    feedparser copies an item's id into ``link`` when the item has no link of its own
    (``guidislink``): right for an RSS guid that is a permalink, wrong for an Atom id
    ("tag:...", "urn:...") or any id that is no web address. A link of the item's own
    (``links``) that is the same address says it is one; an enclosure's is not.
    """
    link = str(entry.get("link") or "")
    own = {str(each.get("href") or "") for each in entry.get("links") or []}
    if entry.get("guidislink") and link not in own and not link.startswith(("http://", "https://")):
        return ""
    return link


def _text(detail: Any) -> str:
    """Plain text of a feedparser text construct: HTML reduced, plain text only normalised."""
    return _text_and_links(detail)[0]


def _text_and_links(detail: Any) -> tuple[str, list[dict[str, str]]]:
    """:func:`_text`, and the links of an HTML construct (plain text has none)."""
    if not detail:
        return "", []
    value = str(detail.get("value") or "")
    if detail.get("type") == "text/plain":
        return paragraphs(_resolve_breaks(plain_breaks(value))), []
    return html_text_and_links(value)
