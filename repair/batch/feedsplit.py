"""Large feeds read item by item: a streaming XML pass finds the items, feedparser reads them in groups.

feedparser parses a document whole, at several times its size in memory (about 7x for a
plain RSS 2.0 file). For a large feed, one pass of the standard library's expat parser,
fed 1 MiB at a time, records where each item (``<item>``, ``<entry>``) starts and ends;
then each group of items is handed to feedparser as a small feed of its own: the bytes
before the first item (declaration, channel metadata), the group's bytes, and the end
tags of the elements that were open around the items. Items come out exactly as the
whole parse gives them, at the memory cost of one group.

Only plain, well-formed feeds take this road. The pass stops, and the feed is read whole
as before (with its size limit and every protection and repair of :mod:`feeds`), at the
first of: a DOCTYPE (so no entity can be declared, nothing external loaded: the
defusedxml rules hold by construction), an XML error (a bare ``&``, an HTML entity, a
truncated feed: the cases feed readers repair), an encoding expat does not know or one
whose bytes are not ASCII-compatible (UTF-16), items that are not all siblings, or a
channel element after the first item (each group's header holds only what precedes it).
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from repair.batch.feeds import Feed, parse_feed
from repair.batch.xmlsafety import is_ascii_compatible

# Feeds at least this large are read item by item when they allow it.
SPLIT_BYTES = 16 * 1024 * 1024
# A group handed to feedparser holds items up to about this many bytes (at least one item).
GROUP_BYTES = 2 * 1024 * 1024
_BLOCK = 1 << 20
_MAX_HEADER = 4 * 1024 * 1024  # channel metadata larger than this: read the feed whole instead
_ITEMS = frozenset({"item", "entry"})


class NotSplittable(Exception):
    """The feed must be read whole (the reason is in the message; it is not an error)."""


@dataclass(frozen=True)
class Layout:
    """Where the items lie: byte ``(start, end)`` of each, and the end tags that close the document around them."""

    items: list[tuple[int, int]]
    closers: bytes


def find_items(handle: BinaryIO) -> Layout:
    """One streaming pass over a feed (any file object giving bytes): the items' byte ranges.

    Raises NotSplittable when the feed has to be read whole (see the module docstring).
    Memory: one 1 MiB block and two integers per item.
    """
    parser = xml.parsers.expat.ParserCreate()
    stack: list[str] = []
    items: list[tuple[int, int]] = []
    parent: tuple[str, ...] | None = None
    opened = -1
    blocks: list[tuple[int, bytes]] = []  # the last two blocks fed, with their offsets: to find a tag's '>'

    def doctype(*_: object) -> None:
        raise NotSplittable("has a DOCTYPE")

    def start(name: str, attrs: object) -> None:
        nonlocal parent, opened
        if name.rpartition(":")[2].lower() in _ITEMS and opened < 0:
            here = tuple(stack)
            if parent is None:
                parent = here
            elif here != parent:
                raise NotSplittable("items at more than one place in the document")
            if len(stack) == len(parent):
                opened = parser.CurrentByteIndex
        elif parent is not None and opened < 0 and tuple(stack) == parent:
            # Channel metadata after the first item (a <title> at the end, an RSS 1.0
            # <textinput>): groups after the one holding it would be parsed without it (no
            # feed name for FD001 to cut from titles), so their items would differ.
            raise NotSplittable("channel elements after its first item")
        stack.append(name)

    def end(name: str) -> None:
        nonlocal opened
        stack.pop()
        if opened >= 0 and parent is not None and len(stack) == len(parent):
            items.append((opened, _tag_end(blocks, parser.CurrentByteIndex)))
            opened = -1

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    offset = 0
    first = True
    try:
        while True:
            block = handle.read(_BLOCK)
            if first:
                if not is_ascii_compatible(block):
                    raise NotSplittable("not in an ASCII-compatible encoding")
                first = False
            blocks = [*blocks[-1:], (offset, block)]
            offset += len(block)
            parser.Parse(block, not block)
            if not block:
                break
    except xml.parsers.expat.ExpatError as exc:
        raise NotSplittable(f"not plain well-formed XML ({exc})") from None
    except (LookupError, ValueError) as exc:  # an encoding expat does not know
        raise NotSplittable(str(exc)) from None
    if not items or parent is None:
        raise NotSplittable("no items")
    if items[0][0] > _MAX_HEADER:
        raise NotSplittable("channel metadata too large")
    return Layout(items, "".join(f"</{name}>" for name in reversed(parent)).encode("ascii", "xmlcharrefreplace"))


def _tag_end(blocks: list[tuple[int, bytes]], at: int) -> int:
    """The offset just after the element whose end event expat reported at ``at``.

    For an end tag (``</item>``) expat reports where the tag starts: the element ends at
    the next ``>``. For an empty-element tag (``<item/>``) it reports the offset just
    after the tag, which is then the answer.
    """
    tail = b""  # the bytes from ``at`` on: up to 1 KiB, across the boundary of the two blocks
    for base, data in blocks:
        if tail or base <= at < base + len(data):
            tail += data[max(0, at - base) : max(0, at - base) + 1024]
    if not tail.startswith(b"</"):
        return at
    found = tail.find(b">")
    if found < 0:
        raise NotSplittable("an end tag not found where the parser reported it")
    return at + found + 1


def read_groups(handle: BinaryIO, layout: Layout, name: str, after: int = 0,
                group_bytes: int = GROUP_BYTES) -> Iterator[tuple[Feed, int]]:
    """Parse the items of ``layout`` in groups, reading ``handle`` once from its start, forward only.

    Yields each group's Feed (items numbered as in the whole feed) and the byte offset
    just after its last item. Groups whose items are all numbered ``after`` or less are
    skipped unparsed (a resumed run). Raises InputError as :func:`parse_feed` does.
    """
    header = handle.read(layout.items[0][0])
    position = len(header)
    index = 0
    while index < len(layout.items):
        first = index
        begin = layout.items[first][0]
        while index < len(layout.items) and (index == first or layout.items[index][1] - begin <= group_bytes):
            index += 1
        finish = layout.items[index - 1][1]
        _skip(handle, begin - position)
        body = handle.read(finish - begin)
        position = finish
        if index <= after:
            continue
        feed = parse_feed(header + body + layout.closers, name, first_number=first + 1)
        yield feed, finish


def _skip(handle: BinaryIO, count: int) -> None:
    while count > 0:
        data = handle.read(min(count, _BLOCK))
        if not data:
            return
        count -= len(data)
