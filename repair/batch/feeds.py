"""Feeds (RSS 0.9x/1.0/RDF/2.0, Atom 0.3/1.0) read as feed readers read them, items as plain text.

Parsing is feedparser's: encoding detection, namespaces, RDF, Atom text constructs, and
``bozo`` feeds (not well-formed) read best-effort instead of rejected whole. Before it
sees a byte, :mod:`repair.batch.xmlsafety` refuses entity declarations and external
entities and repairs bare ampersands and HTML entities. What feedparser only flags is
reported: a feed-level problem becomes a warning line, an item cut off by a truncated
feed an error line with its index and id, and the complete items go on.

Item bodies are HTML; editors and rules want prose, so :func:`html_to_text` keeps the
text of every element a reader sees (inline ones in place; not a player's or a graphic's
fallback text) and turns block elements into paragraph breaks. Measured against html2text
(Markdown: ``1\\.`` escapes, ``*`` bullets, ``>`` quotes) and BeautifulSoup ``get_text``
(paragraphs glued: "end.Two."), the standard library's HTML parser with this small walker
was the only one to keep the text as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from repair.batch.xmlsafety import is_ascii_compatible, refuse_unsafe, repair_references
from repair.textio import GZIP_MAGIC, InputError

# A feed parsed whole takes a few times its size in memory; past this it is refused.
# (Plain well-formed feeds over feedsplit.SPLIT_BYTES are read item by item instead.)
MAX_FEED_BYTES = 256 * 1024 * 1024
_BLOCK = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer pre hr figure"
    " dl dt dd caption figcaption aside nav main address details summary".split()
)
# Table cells sit side by side on screen: a space keeps "Leeds" and "12" two words.
_CELL = frozenset({"td", "th"})
# Private-use marks the walker leaves where a block element or a <br> was, so a line
# break can be told from a paragraph break once the text on both sides is known.
_BLOCK_MARK, _BR_MARK = "\ue001", "\ue000"
# A line break inside <pre>: kept as a line break (not judged, not collapsed).
_PRE_MARK = "\ue002"
# <q> is drawn with quotation marks by browsers (HTML's defaults for English: double
# outside, single inside): its text without them would lose who said what.
_Q_MARKS = (("\u201c", "\u201d"), ("\u2018", "\u2019"))
_BREAKS = re.compile(f"([{_BR_MARK}{_BLOCK_MARK}](?:\\s*[{_BR_MARK}{_BLOCK_MARK}])*)")
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = "\"'”’)]»"
_SKIP = frozenset({"script", "style", "head", "noscript"})
# Lower-case words after which a line cannot end a sentence, a heading or a label: a line
# break after one is a hard wrap whatever the next line starts with (a name, a figure).
_CANNOT_END = frozenset("a an the and or nor of for from with by into onto than between among".split())
_LAST_WORD = re.compile(r"(?:^|[^\w'’-])([a-z]+)$")
# Elements whose text is a browser's fallback, drawn only when it cannot show the element
# itself ("Your browser does not support the video tag."), or a graphic's own labels: no
# reader of the item sees it, so it is left out. (feedparser's sanitizer already removes
# the iframe, object and template tags themselves but keeps their text; video, audio,
# canvas and svg reach us.) Unlike _SKIP, one left open keeps its text: a missing end
# tag must not cost the rest of the article.
_FALLBACK = frozenset({"video", "audio", "canvas", "svg", "iframe", "object", "template", "applet",
                       # Form controls (a share bar's buttons, a sort menu, a sign-up box's label)
                       # reach us too; their words are the page's, not the story's.
                       "button", "select", "option", "optgroup", "datalist", "textarea", "label"})
# Where an <img> stood: a picture between two words parts them on screen ("came<img>back"),
# where <wbr> (a line-break chance, dropped) does not: see _images_resolved.
_IMG_MARK = "\ue003"
# A body its publisher escaped twice reads, once unescaped, as HTML source: it starts with
# a tag and closes one ("<p>The quay reopened.</p>"). Prose does not.
_ESCAPED_HTML = re.compile(
    r"<(?:p|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|blockquote|figure|section|article|br|img)\b[^<>]*>"
    r".*(?:</[a-z][a-z0-9]*\s*>|<br\s*/?>)", re.S | re.I)
_CLOSED_ITEM = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")


class _TextExtractor(HTMLParser):
    """Collects text, turning block elements into paragraph breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.structured = False  # saw a block element or a <br>: its own newlines are then only layout
        self.pre_depth = 0  # inside <pre>: its newlines are line breaks
        self.q_depth = 0  # open <q> elements: the next one takes the inner marks
        self.links: list[dict[str, str]] = []  # {"text", "href"} per <a href>, in document order
        self.anchor: tuple[str, int] | None = None  # the open <a>'s href and where its text starts
        self.fallback: list[str] = []  # open _FALLBACK elements, outermost first
        self.fallback_at = (0, 0)  # len(parts), len(links) where the outermost one began

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FALLBACK:
            if not self.fallback:
                self.fallback_at = (len(self.parts), len(self.links))
            self.fallback.append(tag)
        elif tag in _SKIP:
            self.skip_depth += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            if href and self.anchor is None:  # an <a> inside an <a> is not HTML: the outer one counts
                self.anchor = (href, len(self.parts))
        elif tag == "q":
            self.parts.append(_Q_MARKS[self.q_depth % 2][0])
            self.q_depth += 1
        elif tag in _BLOCK:
            self.parts.append(_BLOCK_MARK)
            self.structured = True
            self.pre_depth += tag == "pre"
        elif tag == "br":  # <br/> comes here too (then to handle_endtag, which skips it)
            self.parts.append(_BR_MARK)
            self.structured = True
        elif tag in _CELL:
            self.parts.append(" ")
        elif tag == "img":
            self.parts.append(_IMG_MARK)

    def handle_endtag(self, tag: str) -> None:
        if tag in _FALLBACK:
            self.close_fallback(tag)
        elif tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "a":
            self.close_anchor()
        elif tag == "q" and self.q_depth:
            self.q_depth -= 1
            self.parts.append(_Q_MARKS[self.q_depth % 2][1])
        elif tag in _BLOCK:
            self.parts.append(_BLOCK_MARK)
            if tag == "pre":
                self.pre_depth = max(0, self.pre_depth - 1)

    def close_fallback(self, tag: str) -> None:
        """Drop what the outermost fallback element held once it closes (a stray end tag: nothing)."""
        if tag not in self.fallback:
            return
        del self.fallback[self.fallback.index(tag):]  # misnested ones inside close with it
        if not self.fallback:
            parts, links = self.fallback_at
            del self.parts[parts:]
            del self.links[links:]
            if self.anchor is not None and self.anchor[1] > parts:  # a link opened inside it
                self.anchor = None
            self.parts.append(" ")  # the player or picture stood between the words around it

    def close_anchor(self) -> None:
        """Record the open link with its text as it reads (marks out, spaces collapsed)."""
        if self.anchor is not None:
            href, at = self.anchor
            self.anchor = None
            text = "".join(self.parts[at:])
            for mark in (_BR_MARK, _BLOCK_MARK, _PRE_MARK):
                text = text.replace(mark, " ")
            text = _images_resolved(text)
            self.links.append({"text": " ".join(text.split()), "href": href})

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            for mark in (_BR_MARK, _BLOCK_MARK, _PRE_MARK, _IMG_MARK):
                data = data.replace(mark, "")
            if self.pre_depth:
                data = re.sub(r"\r\n?|\n", _PRE_MARK, data)
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: one paragraph per line, entities decoded.

    Paragraphs are separated by a blank line and whitespace inside a paragraph is
    collapsed (HTML whitespace is not significant). A fragment with no block element and
    no ``<br>`` is plain text in an HTML label (feedparser labels every RSS description
    HTML): its newlines are the only structure it has, so each is read like a ``<br>``.
    """
    return html_text_and_links(html)[0]


def html_text_and_links(html: str) -> tuple[str, list[dict[str, str]]]:
    """:func:`html_to_text`, and the fragment's links: ``{"text", "href"}`` per ``<a href>``
    in document order (``href`` as written, relative ones not resolved; ``text`` the
    link's words as the text reads them before any edit)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    while parser.q_depth:  # a <q> left open ends with the fragment, as a browser draws it
        parser.handle_endtag("q")
    parser.close_anchor()  # an <a> left open ends with the fragment too
    text = _images_resolved("".join(parser.parts))
    return paragraphs(_resolve_breaks(text if parser.structured else plain_breaks(text))), parser.links


def _images_resolved(text: str) -> str:
    """A space where an image stood between two word characters, else nothing (no space
    is made before a stop: "the logo<img>." stays "the logo.")."""
    return re.sub(f"(?<=\\w){_IMG_MARK}+(?=\\w)", " ", text).replace(_IMG_MARK, "")


def plain_breaks(text: str) -> str:
    """Each line break of plain text as a ``<br>`` mark, for :func:`_resolve_breaks` to judge.

    A blank line (two marks in a row) stays a paragraph break; a single line break stays a
    break too ("story continues" or a dateline on a line of its own must not be glued into
    the sentence after it), unless it is a hard wrap inside a sentence.
    """
    text = text.replace(_BR_MARK, "").replace(_BLOCK_MARK, "")
    return re.sub(r"\r\n?|\n", _BR_MARK, text)


def _resolve_breaks(text: str) -> str:
    """Block marks become paragraph breaks; so does a ``<br>``, except inside a sentence.

    A lone ``<br>`` between a line that does not end a sentence and one that goes on in
    lower case is a hard wrap ("opened the expo<br>on Friday"): the lines are joined with
    a space, so no sentence is cut into two paragraphs (a paragraph is one line here, and
    the piece after would read as a fragment to every rule after). Two or more ``<br>`` in a row, a line ending a
    sentence ("First point.<br>2. Second") or one going on in capitals (a byline, a list
    of facts) keep the break.
    """
    pieces = _BREAKS.split(text)
    out = [pieces[0]]
    for n in range(1, len(pieces), 2):
        marks, after = pieces[n], pieces[n + 1]
        out.append(" " if marks == _BR_MARK and _inside_sentence(out[-1], after) else "\n\n")
        out.append(after)
    return "".join(out)


def _inside_sentence(before: str, after: str) -> bool:
    """The break falls inside a sentence: the next line goes on in lower case, or the line
    before ends where no sentence, heading, byline or label can (a comma, an article, a
    conjunction, a preposition that needs its object), so a capital, a figure or a quote
    after it is the sentence going on ("the budget for<br>London schools")."""
    head, tail = before.rstrip().rstrip(_CLOSERS), after.lstrip()
    if not head or not tail or head[-1] in _SENTENCE_END:
        return False
    if tail[:1].islower() or head[-1] == ",":
        return True
    last = _LAST_WORD.search(before.rstrip())
    return bool(last) and last.group(1) in _CANNOT_END


def paragraphs(text: str) -> str:
    """Paragraphs (split at blank lines) with their inner whitespace collapsed, one blank line apart.

    A ``<pre>`` line break (its mark) becomes a line break inside its paragraph; several in
    a row (a blank line in the ``<pre>``) a paragraph break; at a paragraph's ends, nothing.
    """
    found = []
    for block in re.split(r"\n\s*\n", text):
        line = " ".join(block.split())
        if _PRE_MARK in line:
            line = line.strip(_PRE_MARK + " ")
            line = re.sub(f" ?{_PRE_MARK}(?: ?{_PRE_MARK})+ ?", "\n\n", line)
            line = re.sub(f" ?{_PRE_MARK} ?", "\n", line)
        if line:
            found.append(line)
    return "\n\n".join(found)


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
