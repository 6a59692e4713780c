"""Feed item bodies (HTML) read as the prose a reader sees.

Item bodies are HTML; editors and rules want prose, so :func:`html_to_text` keeps the
text of every element a reader sees (inline ones in place; not a player's or a graphic's
fallback text) and turns block elements into paragraph breaks. Measured against html2text
(Markdown: ``1\\.`` escapes, ``*`` bullets, ``>`` quotes) and BeautifulSoup ``get_text``
(paragraphs glued: "end.Two."), the standard library's HTML parser with this small walker
was the only one to keep the text as is.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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
