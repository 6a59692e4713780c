"""RSS 2.0 and Atom feeds: items out of XML, HTML reduced to plain text.

XML is parsed with defusedxml, which rejects entity declarations (billion laughs) and
external references, so a hostile feed costs an error line, not the machine. Item bodies
are usually HTML (escaped or in CDATA); editors and rules want prose, so tags become
paragraph breaks and entities are decoded.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.etree.ElementTree import Element, ParseError

from repair.textio import InputError

_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre hr figure".split()
)
_SKIP = frozenset({"script", "style", "head", "noscript"})
_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


class _TextExtractor(HTMLParser):
    """Collects text, turning block elements into paragraph breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per line, entities decoded.

    Paragraphs are separated by a blank line, whitespace inside a paragraph is collapsed
    (HTML whitespace is not significant), and text without tags passes through with only
    that normalisation.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return _paragraphs("".join(parser.parts))


def _paragraphs(text: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        line = " ".join(block.split())
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def parse_feed(data: bytes, name: str) -> list[tuple[tuple[str, str], ...]]:
    """Items of an RSS 2.0 or Atom feed as ``(field, value)`` pairs, in document order.

    Fields: ``id`` (guid/id, else link, else empty), ``title``, ``text``, ``link``,
    ``published``, ``author``. Raises InputError naming ``name`` for unsafe, malformed or
    non-feed XML.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    if not data.strip():
        raise InputError(f"{name}: empty feed")
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        what = getattr(exc, "name", None)
        detail = f"{type(exc).__name__} {what!r}" if what else type(exc).__name__
        raise InputError(f"{name}: unsafe XML rejected ({detail}; entities and external references "
                         "are not allowed)") from None
    except ParseError as exc:
        raise InputError(f"{name}: not well-formed XML ({exc})") from None
    try:
        if root.tag == "rss":
            return [_rss_item(item) for item in root.iter("item")]
        if root.tag == f"{_ATOM}feed":
            return [_atom_entry(entry) for entry in root.iter(f"{_ATOM}entry")]
    except RecursionError:
        raise InputError(f"{name}: markup nested too deeply") from None
    raise InputError(f"{name}: XML root <{_local(root.tag)}> is neither an RSS 2.0 <rss> nor an Atom <feed>")


def _rss_item(item: Element) -> tuple[tuple[str, str], ...]:
    link = _text(item, "link")
    body = _text(item, _CONTENT) or _text(item, "description")
    return _fields(
        ident=_text(item, "guid") or link,
        title=html_to_text(_text(item, "title")),
        text=html_to_text(body),
        link=link,
        published=_text(item, "pubDate") or _text(item, "{http://purl.org/dc/elements/1.1/}date"),
        author=_text(item, "author") or _text(item, _DC_CREATOR),
    )


def _atom_entry(entry: Element) -> tuple[tuple[str, str], ...]:
    link = ""
    for candidate in entry.findall(f"{_ATOM}link"):
        if candidate.get("rel", "alternate") == "alternate":
            link = candidate.get("href", "")
            break
    body = entry.find(f"{_ATOM}content")
    if body is None:
        body = entry.find(f"{_ATOM}summary")
    author = entry.find(f"{_ATOM}author")
    return _fields(
        ident=_text(entry, f"{_ATOM}id") or link,
        title=_atom_text(entry.find(f"{_ATOM}title")),
        text=_atom_text(body),
        link=link,
        published=_text(entry, f"{_ATOM}published") or _text(entry, f"{_ATOM}updated"),
        author=_text(author, f"{_ATOM}name") if author is not None else "",
    )


def _atom_text(element: Element | None) -> str:
    """Atom text constructs: ``text`` as is, ``html`` escaped markup, ``xhtml`` child elements."""
    if element is None:
        return ""
    kind = element.get("type", "text")
    if kind == "xhtml":
        parts: list[str] = [element.text or ""]
        for child in element:
            _walk_xhtml(child, parts)
        return _paragraphs("".join(parts))
    raw = element.text or ""
    return html_to_text(raw) if kind == "html" or "<" in raw else " ".join(raw.split())


def _walk_xhtml(element: Element, parts: list[str]) -> None:
    """Text of inline XHTML, with block elements as paragraph breaks (like the HTML path)."""
    tag = _local(element.tag)
    block = "\n\n" if tag in _BLOCK else ""
    parts.append(block)
    if tag not in _SKIP:
        parts.append(element.text or "")
        for child in element:
            _walk_xhtml(child, parts)
    parts.append(block)
    parts.append(element.tail or "")


def _text(parent: Element, tag: str) -> str:
    found = parent.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _fields(*, ident: str, title: str, text: str, link: str, published: str,
            author: str) -> tuple[tuple[str, str], ...]:
    return (("id", ident), ("title", title), ("text", text), ("link", link), ("published", published),
            ("author", author))
