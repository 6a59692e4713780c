"""Byte-faithful JSONL: change one string value in a line and keep every other byte.

Re-serialising a record loses what the producer wrote: ``1.10`` becomes ``1.1``, ``1e5``
``100000.0``, a long decimal loses digits, ``\\u00e9`` turns into ``é``, and ``1.0e400``
becomes ``Infinity`` (not JSON at all). A cleaner may only change the text, so we find
where the text field's value sits in the original line and splice the new value in.
"""

from __future__ import annotations

import json
from json.decoder import scanstring  # type: ignore[attr-defined]

_DECODER = json.JSONDecoder()
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _skip(line: str, at: int) -> int:
    """The first index at or after ``at`` that is not JSON whitespace."""
    while at < len(line) and line[at] in " \t\n\r":
        at += 1
    return at


def value_span(line: str, key: str) -> tuple[int, int] | None:
    """``[start, end)`` of the value of top-level ``key`` in the JSON object ``line``.

    For a repeated key the last one counts, as in ``json.loads``. None when the line is
    not an object or has no such key. The line must already be known to be valid JSON.
    """
    at = _skip(line, 1 if line.startswith("\ufeff") else 0)
    if line[at : at + 1] != "{":
        return None
    at = _skip(line, at + 1)
    found = None
    while line[at : at + 1] == '"':
        name, at = scanstring(line, at + 1, True)
        at = _skip(line, at) + 1  # past ':'
        start = _skip(line, at)
        _, end = _DECODER.raw_decode(line, start)
        if name == key:
            found = (start, end)
        at = _skip(line, end)
        if line[at : at + 1] != ",":
            break
        at = _skip(line, at + 1)
    return found


def json_string(text: str) -> str:
    """``text`` as a JSON string literal on one line, valid UTF-8 (ASCII escapes for lone surrogates).

    The characters some line splitters take for line breaks are escaped, so a record
    stays one line for every consumer.
    """
    literal = json.dumps(text, ensure_ascii=False).translate(_LINE_BREAKS)
    try:
        literal.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(text)
    return literal


def replace_value(line: str, key: str, text: str) -> str | None:
    """``line`` with the string value of top-level ``key`` replaced by ``text``; None if not found."""
    span = value_span(line, key)
    if span is None:
        return None
    start, end = span
    return line[:start] + json_string(text) + line[end:]
