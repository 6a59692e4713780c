"""Reading inputs and writing outputs without ever losing or half-writing data.

Inputs are read as bytes and decoded strictly, so a bad file is reported (not silently
"fixed" by a lossy decoder) and a good one round-trips byte for byte: line endings, a
byte-order mark and trailing whitespace are all preserved.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path


class InputError(Exception):
    """A problem with an input the user can act on; the message is one line."""


BOM = "\ufeff"
GZIP_MAGIC = b"\x1f\x8b"  # the first two bytes of every gzip stream


def decode(data: bytes, name: str, *, one_line: bool = False) -> str:
    """Decode UTF-8 strictly; reject binary data with a message naming the input.

    ``one_line``: ``data`` is one line of a larger file (a JSONL record) whose ``name``
    already says which line; a bad byte is then placed within that line (``at byte 20 of
    the line``), not at a "line 1" that is not the file's.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a UTF-16 byte-order mark: text, just not UTF-8
        raise InputError(f"{name}: UTF-16 text, not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)")
    if data[:2] == GZIP_MAGIC:
        raise InputError(f"{name}: gzip-compressed, not text; decompress it first (zcat), "
                         "or name it .gz for `repair batch`")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _control_bytes(data[:8192]):
            raise InputError(f"{name}: looks like a binary file (control bytes), not text") from None
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"byte {exc.start + 1} of the line" if one_line else f"line {line}, offset {exc.start}"
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at {where}); "
            "convert it to UTF-8 first (iconv -f ENCODING -t UTF-8)"
        ) from None


# C0 control bytes no text in any 8-bit encoding holds (tab, line feed, form feed and
# carriage return left out): random or compiled data has about 1 in 9, text none.
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}


def _control_bytes(sample: bytes) -> bool:
    """More than 1 % of ``sample`` control bytes: binary data with no NUL in its first
    8 KiB, which "convert it to UTF-8 (iconv)" would not help (a cp1251 or Latin-1 text has
    none, and keeps that advice)."""
    return sum(byte in _CONTROL_BYTES for byte in sample) * 100 > len(sample)


def read_text(path: str) -> str:
    """Read a text input; ``-`` means stdin (a feed or JSONL piped in is refused as a file is)."""
    if path == "-":
        text = _decode_input(sys.stdin.buffer.read(), "<stdin>", path)
        refuse_records(path, text)
        return text
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory (use `repair batch` for directories)")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = _decode_input(data, path, path)
    refuse_records(path, text)
    return text


def _decode_input(data: bytes, name: str, path: str) -> str:
    """:func:`decode`, but a feed in another encoding (``<?xml ... encoding="windows-1252"?>``,
    which `repair batch` reads as declared) is refused as a feed, not met with advice to
    convert it: converted, its declaration would lie. Binary and gzip data keep their own
    message."""
    try:
        return decode(data, name)
    except InputError:
        if data[:2] != GZIP_MAGIC and b"\x00" not in data[:8192]:
            _refuse_feed(path, _first_line(data[:4096].decode("latin-1")))
        raise


def _first_line(text: str) -> str:
    return text.lstrip(BOM + " \t\r\n").split("\n", 1)[0].rstrip("\r")


# Files of records, not prose. `check`, `fix` and `review` read a file as one text, so a
# feed's markup or the JSON around each record would be "repaired" along with the prose
# (an escaped "&amp;" unescaped leaves the XML broken, and `fix --in-place` saved it so).
# `repair batch` reads them item by item, as the same extensions tell it to.
_FEED_EXTENSIONS = (".rss", ".atom", ".rdf", ".xml")
_JSONL_EXTENSIONS = (".jsonl", ".ndjson")
_FEED_STARTS = ("<?xml", "<rss", "<feed", "<rdf:RDF")


def refuse_records(path: str, text: str) -> None:
    """InputError for a file that holds a feed (XML) or JSONL records rather than text.

    Told by the extension (as `repair batch` tells them), or by the first line: an XML
    declaration or feed element, or a JSON object. A text that only mentions markup
    further down is text.
    """
    name = Path(path).name.lower()
    first = _first_line(text)
    _refuse_feed(path, first)
    if _json_document(text):
        raise InputError(f"{path}: JSON, not text: read as one text, its quotes and brackets would be edited "
                         f"too; make it JSONL (jq -c '.[]' FILE > FILE.jsonl for an array) and clean it with "
                         "`repair batch FILE.jsonl --out DIR`")
    if name.endswith(_JSONL_EXTENSIONS) or _json_object(first):
        forced = "" if name.endswith(_JSONL_EXTENSIONS) else " --format jsonl"
        raise InputError(f"{path}: JSONL records, not text: read as one text, the JSON around each record "
                         f"would be edited too; clean them with `repair batch {path}{forced} --out DIR` "
                         "(--field KEY when the text is not under \"text\")")


def _refuse_feed(path: str, first: str) -> None:
    """InputError for a feed, told by ``path``'s extension or by its ``first`` line."""
    name = Path(path).name.lower()
    if name.endswith(_FEED_EXTENSIONS) or first.startswith(_FEED_STARTS):
        forced = "" if name.endswith(_FEED_EXTENSIONS) else " --format feed"
        raise InputError(f"{path}: XML (an RSS/Atom feed?), not text: read as one text, its markup would be "
                         f"edited too; clean a feed's items with `repair batch {path}{forced} --out DIR`")


def _json_document(text: str) -> bool:
    """The whole text is one JSON array or object (an export, ``jq .`` output), or opens
    like one of objects (``[{``, or ``{`` alone on its first line, as `repair batch` tells
    them) though it is cut short. Prose that opens with a bracket ("[Photo] The port...",
    "{Brackets} open this story") is neither."""
    body = text.lstrip(BOM + " \t\r\n")
    if not body.startswith(("[", "{")):
        return False
    first = body.split("\n", 1)[0].rstrip("\r")
    if body[1:].lstrip(" \t\r\n").startswith("{") and body.startswith("["):
        return True  # an array of objects, even cut off
    if first.strip() == "{" and "\n" in body:
        return True  # a pretty-printed object: never a JSONL record, never prose
    import json

    try:
        return isinstance(json.loads(body), (dict, list)) and "\n" in body.rstrip()
    except ValueError:
        return False


def _json_object(line: str) -> bool:
    if not (line.startswith("{") and line.endswith("}")):
        return False
    import json

    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def atomic_write_text(path: str | os.PathLike[str], text: str, *, parents: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``path`` via a temporary file and an atomic rename.

    A crash leaves either the old file or the new one, never a truncated mix. The file
    mode of an existing target is kept. ``parents``: as :func:`atomic_write_bytes`.
    """
    atomic_write_bytes(path, text.encode("utf-8"), parents=parents)


def _umask() -> int:
    """The process umask (reading it requires setting it; restored at once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def is_special_file(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` (a link followed) exists and is neither a regular file nor a
    directory: a device (/dev/null, /dev/stdout), a FIFO or a socket."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, parents: bool = False) -> None:
    """Byte version of :func:`atomic_write_text`.

    A device, FIFO or socket at ``path`` is written to directly (opened and written), never
    renamed over: as root, a rename would put a regular file in place of /dev/null, and a
    reader waiting on a FIFO would never get the text. Raises NotADirectoryError when a
    parent on the path is a file (``notes.txt/out.txt``), other OSErrors as the system does.

    ``parents`` False (single-file outputs such as ``fix -o``): a missing folder is a
    FileNotFoundError naming that folder, since a typo in it (``-o /tmp/typo_dir/x.txt``)
    would otherwise leave the text somewhere nobody looks. True (an output folder's tree,
    ``batch --out DIR``): missing folders are made.
    """
    if is_special_file(path):
        with open(path, "wb") as handle:
            handle.write(data)
        return
    import tempfile  # here, not at the top: it brings shutil, random, bz2 and lzma (2.4 ms of
    # every start-up, a check that writes nothing included)

    target = Path(path)
    if parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # the parent is a file: "File exists" would name neither it nor the problem
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target.parent)) from None
    else:
        require_folder(target.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def require_folder(folder: Path) -> None:
    """Raise unless ``folder`` is an existing directory: NotADirectoryError when it, or a
    parent of it, is a file; FileNotFoundError (filename = ``folder``) when it is missing."""
    if folder.is_dir():
        return
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if existing.exists() and not existing.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(existing))
    raise FileNotFoundError(errno.ENOENT, "folder does not exist", str(folder))


def require_utf8_name(path: str | os.PathLike[str]) -> None:
    """Refuse a path whose name is not valid UTF-8 (bytes Python keeps as surrogates).

    Batch reports and review's decisions log name each input in UTF-8 JSON, so such a name
    would fail only after the work (batch) or at the first decision (review). Raises
    InputError naming the path (undecodable bytes shown as ``\\xNN``) and the way out.
    """
    absolute = os.path.abspath(path)
    try:
        absolute.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(absolute).decode("utf-8", "backslashreplace")
        raise InputError(f"{shown}: file name is not valid UTF-8; rename it first "
                         "(convmv -f ENCODING -t UTF-8 --notest FILE)") from None
