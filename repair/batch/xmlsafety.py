"""What a feed's raw bytes must pass before a parser sees them, and the repairs feed readers make.

Refusal (the defusedxml rules, applied to the bytes): an entity declaration (billion
laughs and its kin) or an external entity reference rejects the whole feed before any
parser expands anything. An external DTD (``<!DOCTYPE rss PUBLIC ... "rss-0.91.dtd">``,
common in old RSS) is allowed: nothing ever fetches it.

Repair: real feeds carry a bare ``&`` ("R&D") and HTML entities that XML does not define
(``&eacute;``, ``&nbsp;``, ``&rsquo;``). A strict XML parser rejects the whole document
for one of them; feed readers keep reading. We rewrite them to what the author meant
(``&amp;``, numeric character references) outside CDATA sections and comments, so the
document parses strictly and not one character of text is lost or invented.
"""

from __future__ import annotations

import re
from html.entities import html5
from xml.etree.ElementTree import ParseError

from repair.textio import InputError

# Entities XML itself defines; every other named reference needs a DTD.
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
# CDATA sections and comments are copied as they are; the rest is scanned for '&'.
_OPAQUE = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.DOTALL)
_AMPERSAND = re.compile(rb"&(?:(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9._-]*);)?")
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


class _RootReached(Exception):
    """Raised from the parser's target: past the prolog, where no declaration can follow."""


class _StopAtRoot:
    """A parser target that ends parsing at the first element."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        pass


def is_ascii_compatible(data: bytes) -> bool:
    """False for UTF-16/UTF-32 documents, where byte patterns for ``&`` and ``<`` do not apply."""
    head = data[:4]
    return not (head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head)


def refuse_unsafe(data: bytes, name: str) -> None:
    """Raise InputError naming ``name`` if the feed declares entities or references external ones.

    defusedxml's parser reads the prolog with its rules (and stops at the root element,
    after which no declaration can come). If the prolog itself is malformed, the raw bytes before the first element
    are searched for an entity declaration instead, so a broken document cannot smuggle
    one past the check into a lenient parser.
    """
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser

    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        parser.close()
    except DefusedXmlException as exc:
        what = getattr(exc, "name", None)
        detail = f"{type(exc).__name__} {what!r}" if what else type(exc).__name__
        raise InputError(f"{name}: unsafe XML rejected ({detail}; entities and external references "
                         "are not allowed)") from None
    except _RootReached:
        return
    except (ParseError, RecursionError):
        prolog = data if is_ascii_compatible(data) else data.decode("utf-16", "replace").encode("utf-8")
        first = _FIRST_ELEMENT.search(prolog)
        if _ENTITY_DECL.search(prolog, 0, first.start() if first else len(prolog)):
            raise InputError(f"{name}: unsafe XML rejected (an entity declaration in a malformed prolog; "
                             "entities and external references are not allowed)") from None


def repair_references(data: bytes) -> tuple[bytes, int]:
    """Bare ampersands and HTML-only entities rewritten to well-formed XML; returns (bytes, count).

    ``R&D`` becomes ``R&amp;D``; ``&eacute;`` becomes ``&#233;``; an unknown name such as
    ``&foo;`` becomes ``&amp;foo;`` (kept as the literal text it must have been). Only
    ASCII-compatible encodings are touched; CDATA and comments are left alone.
    """
    if not is_ascii_compatible(data) or b"&" not in data:
        return data, 0
    count = 0

    def fix(match: re.Match[bytes]) -> bytes:
        nonlocal count
        ref = match.group(1)
        if ref is not None and (ref.startswith(b"#") or ref.decode("ascii") in _XML_ENTITIES):
            return match.group(0)
        count += 1
        if ref is None:
            return b"&amp;"
        char = html5.get(ref.decode("ascii") + ";")
        if char is None:
            return b"&amp;" + ref + b";"
        return b"".join(b"&#%d;" % ord(c) for c in char)

    pieces: list[bytes] = []
    at = 0
    for opaque in _OPAQUE.finditer(data):
        pieces.append(_AMPERSAND.sub(fix, data[at : opaque.start()]))
        pieces.append(opaque.group(0))
        at = opaque.end()
    pieces.append(_AMPERSAND.sub(fix, data[at:]))
    return b"".join(pieces), count
