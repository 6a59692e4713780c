"""The plan of a batch run: which files are read, in which format, and where each goes.

The plan is made once, before anything is written, so every refusal (a missing input,
``--out`` inside the input tree, two inputs that would write the same output) happens
while nothing has been touched. It is deterministic (sorted walk), which is what lets a
resumed run check that it is finishing the same job.
"""

from __future__ import annotations

import errno
import gzip
import io
import os
import sys
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any, BinaryIO

from repair.batch.lock import LOCK_NAME
from repair.textio import InputError, require_utf8_name

EXTENSIONS = {".txt": "text", ".md": "text", ".jsonl": "jsonl", ".ndjson": "jsonl",
              ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed"}
GZIP = ".gz"  # any known extension may be followed by .gz: read and written compressed
FORMATS = ("text", "jsonl", "feed")
# Files the run itself writes at the top of --out; no input may map onto them.
RESERVED = frozenset({"edits.jsonl", "errors.jsonl", "report.json"})
STATE_DIR = ".repair-batch"  # the run's own folder at the top of --out (its journal: repair.batch.journal)
STDIN_NAME = "stdin"
STDIN_PATH = "-"  # a Source's path when it is read from stdin as it arrives
_HEAD_BYTES = 4096


@dataclass(frozen=True)
class Source:
    """One input file: where to read it, what it is, where its output goes.

    ``name`` is the path shown in logs and ids (relative to the input directory, or the
    file's own name); ``output`` is relative to ``--out``.
    """

    path: str
    name: str
    output: str
    format: str
    size: int
    mtime_ns: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def compressed(self) -> bool:
        """The input is gzip-compressed (``NAME.jsonl.gz``)."""
        return self.path.lower().endswith(GZIP)

    @property
    def streamed(self) -> bool:
        """Read from stdin as it arrives: no size known, no seeking, so no resume."""
        return self.path == STDIN_PATH


class _Prefixed(io.RawIOBase):
    """The bytes already taken from a stream (to detect its format), then the rest of it.

    The rest is read from the file descriptor (``os.read``: what has arrived so far, not a
    full block), so a reader on top sees each line as soon as it is written into the pipe,
    and no lock of ``sys.stdin`` is held while waiting: a process forked meanwhile (a pool
    worker closes its copy of ``sys.stdin`` first thing) cannot deadlock on it.
    """

    def __init__(self, head: bytes, fd: int) -> None:
        super().__init__()
        self._head = head
        self._fd = fd

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            count = min(len(view), len(self._head))
            view[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = os.read(self._fd, len(view))
        view[: len(data)] = data
        return len(data)


_stdin: tuple[bytes, BinaryIO] | None = None


def stdin_input() -> tuple[bytes, BinaryIO]:
    """Stdin as a stream: its first bytes (at most 4 KiB, for format detection) and a reader of all of it.

    Taken once per process: stdin cannot be read twice. Waits only for the first bytes
    (or the end of the stream), never for the whole input.
    """
    global _stdin
    if _stdin is None:
        fd = sys.stdin.fileno()
        head = b""
        while len(head) < _HEAD_BYTES and not head.lstrip():  # up to the first non-blank byte
            block = os.read(fd, _HEAD_BYTES - len(head))
            if not block:
                break
            head += block
        _stdin = (head, io.BufferedReader(_Prefixed(head, fd), 1 << 16))  # type: ignore[arg-type]
    return _stdin


def suffix(name: str) -> str:
    """The extension that decides the format: ``.jsonl`` for both ``a.jsonl`` and ``a.jsonl.gz``."""
    path = Path(name)
    if path.suffix.lower() == GZIP:
        path = Path(path.stem)
    return path.suffix.lower()


def open_input(path: str | Path) -> BinaryIO:
    """An input opened for reading bytes, decompressed when its name ends in ``.gz``; ``-`` is stdin."""
    if str(path) == STDIN_PATH:
        return stdin_input()[1]
    if str(path).lower().endswith(GZIP):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - the caller closes it


def detect_format(path: Path, forced: str | None) -> str:
    """``--format`` if given, else the extension, else a look at the first bytes.

    Content decides only when the extension says nothing: ``<`` starts a feed, ``{`` a
    JSONL file, anything else is text.
    """
    if forced:
        return forced
    if str(path) == STDIN_PATH:
        head = stdin_input()[0]
    else:
        known = EXTENSIONS.get(suffix(path.name))
        if known:
            return known
        try:
            with open_input(path) as handle:
                head = handle.read(_HEAD_BYTES)
        except (OSError, EOFError):
            return "text"
    name = "-" if str(path) == STDIN_PATH else str(path)
    if _json_array(head):  # read as prose, its quotes and brackets would be "repaired"
        raise InputError(f"{name}: a JSON array, not JSONL (one record per line); convert it first "
                         f"(jq -c '.[]' FILE > FILE.jsonl), or pass --format text to treat it as text")
    if _json_over_lines(head):  # read as JSONL, every one of its lines would fail on its own
        raise InputError(f"{name}: JSON spread over several lines, not JSONL (one record per line); "
                         f"convert it first (jq -c . FILE > FILE.jsonl), or pass --format text to treat it as text")
    return _format_of(head)


def _json_array(head: bytes) -> bool:
    """The content opens a JSON array of objects (``[{``), the shape JSON exports take."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"[") and head[1:].lstrip().startswith(b"{")


def _json_over_lines(head: bytes) -> bool:
    """The content opens with a ``{`` alone on its line: pretty-printed JSON (``jq .``, an API's
    export), never a JSONL record, which holds a whole object on one line."""
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith(b"{") and b"\n" in head and not head.split(b"\n", 1)[0][1:].strip()


def _format_of(head: bytes) -> str:
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"<"):
        return "feed"
    if head.startswith(b"{"):
        return "jsonl"
    return "text"


def output_name(relative: str, fmt: str) -> str:
    """Texts keep their relative path; JSONL and feeds become ``.jsonl`` files (``.jsonl.gz`` from ``.gz``)."""
    if fmt == "text":
        return relative
    zipped = relative.lower().endswith(GZIP)
    plain = relative[: -len(GZIP)] if zipped else relative
    stem, ext = os.path.splitext(plain)
    name = plain if ext.lower() in (".jsonl", ".ndjson") else f"{stem}.jsonl"
    return name + GZIP if zipped else name


def plan(inputs: list[str], out: Path, forced: str | None) -> tuple[list[Source], int]:
    """Every source to process, in order, and how many files in input folders were skipped.

    Raises InputError before anything is written. ``-`` is stdin, read as it arrives
    (its format from ``--format`` or its first bytes; it has no size and cannot be resumed).
    """
    if inputs.count("-") > 1:
        raise InputError("-: stdin can be given only once")
    out_resolved = out.resolve()
    sources: list[Source] = []
    roots: list[Path] = []
    skipped = 0
    for given in inputs:
        if given == STDIN_PATH:
            fmt = detect_format(Path(STDIN_PATH), forced)
            output = STDIN_NAME + (".txt" if fmt == "text" else ".jsonl")
            sources.append(Source(STDIN_PATH, STDIN_NAME, output, fmt, 0, 0))
            continue
        path = Path(given)
        if path.is_dir():
            root = path.resolve()
            if out_resolved == root or root in out_resolved.parents:
                raise InputError(f"--out {out}: is inside the input directory {given}; choose a folder outside it")
            roots.append(root)
            found, passed = _walk(path, forced)
            sources.extend(found)
            skipped += passed
        elif path.is_file():
            fmt = detect_format(path, forced)
            sources.append(_source(path, path.name, fmt, output_name(path.name, fmt)))
        elif path.exists():
            raise InputError(f"{given}: not a regular file or directory")
        elif path.is_symlink():
            _source(path, path.name, "text", "")  # raises, naming the link and its target
        else:
            raise InputError(f"{given}: no such file or directory")
    _check_outputs(sources, out_resolved, roots)
    return sources, skipped


def _walk(root: Path, forced: str | None) -> tuple[list[Source], int]:
    """Known files under ``root``, sorted, skipping hidden files and folders; and the count of unknown ones.

    A FIFO, socket or device file is skipped (and counted) whatever its name: opening a FIFO
    with no writer blocks forever, and a device never ends.
    """
    wanted = {ext for ext, fmt in EXTENSIONS.items() if forced is None or fmt == forced}
    found = []
    skipped = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if suffix(name) not in wanted or _special(path):
                skipped += 1
                continue
            relative = path.relative_to(root).as_posix()
            fmt = detect_format(path, forced)
            found.append(_source(path, relative, fmt, output_name(relative, fmt)))
    return found, skipped


def _special(path: Path) -> bool:
    """The path is there but not a regular file (a FIFO, socket or device; symlinks followed).

    A dangling link or an unreadable entry is not judged here: :func:`_source` names it in
    its one-line error.
    """
    try:
        return not S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _source(path: Path, name: str, fmt: str, output: str) -> Source:
    absolute = os.path.abspath(path)
    # A name in another encoding cannot be written in the run's UTF-8 logs and report: the run
    # would fail at its very end, unfinishable.
    require_utf8_name(absolute)
    try:
        stat = path.stat()
    except OSError as exc:
        if path.is_symlink():  # ls lists it, so "No such file" alone would puzzle
            raise InputError(f"{path}: cannot read: a link to {os.readlink(path)}, which {_missing(exc)}; "
                             "remove the link or restore its target") from None
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    # Absolute: a resumed run names the same file however the path was spelled.
    return Source(absolute, name, output, fmt, stat.st_size, stat.st_mtime_ns)


def _missing(exc: OSError) -> str:
    """Why a link's target cannot be read, as the end of a sentence."""
    if exc.errno == errno.ENOENT:
        return "does not exist"
    if exc.errno == errno.ELOOP:
        return "is a loop of links"
    return f"cannot be read ({exc.strerror})"


def _check_outputs(sources: list[Source], out: Path, roots: list[Path]) -> None:
    """Refuse plans that would write over an input, into an input tree, or one output twice.

    ``--out`` can sit above an input directory (``repair batch data/in --out data``), and
    then ``data/in/in/x.txt`` would land in ``data/in/x.txt``: every target is checked.
    Outputs are compared as a case-insensitive filesystem (macOS, Windows) sees them:
    ``A.txt`` and ``a.txt`` (or ``x.jsonl`` and ``X.JSONL``) are one file there, and the
    second would silently replace the first; so is an output named like one of the run's
    own files (``EDITS.JSONL``), or one used as a folder by another output (``a.txt`` and
    ``a.txt/b.txt``). The run's own names (its files, its state folder, its lock) are
    refused in any case, as a folder too.
    """
    inputs = {Path(s.path).resolve() for s in sources if not s.streamed}
    own = {_caseless(name): name for name in (*RESERVED, STATE_DIR, LOCK_NAME)}
    claimed: dict[str, Source] = {}
    for source in sources:
        target = out / source.output
        key = _caseless(source.output)
        top = key.split("/", 1)[0]  # edits.jsonl, or a folder of that name: either way in the run's way
        if top in own:
            raise InputError(f"{source.path}: its output {target} would clash with the run's own {own[top]}")
        resolved = target.resolve()
        if resolved in inputs or any(root in resolved.parents for root in roots):
            raise InputError(f"{source.path}: its output {target} would be written into the input; "
                             "choose another --out")
        if key in claimed:
            first = claimed[key]
            if _same_file(first.path, source.path):  # the same file named twice
                raise InputError(f"{source.path}: given twice (directly or inside a folder also given); "
                                 "name it once")
            if first.output == source.output:
                raise InputError(f"{first.path} and {source.path} would both write {target}; "
                                 f"{_APART}")
            raise InputError(f"{first.path} and {source.path} would write {out / first.output} and {target}, "
                             f"one file on a case-insensitive filesystem; {_APART}")
        claimed[key] = source
    _check_folders(claimed, out)
    _check_no_folder_in_the_way(sources, out)


def _check_no_folder_in_the_way(sources: list[Source], out: Path) -> None:
    """Refuse a folder standing where an output file goes (``out/a.txt/``, ``out/edits.jsonl/``):
    found only at its atomic rename, it stopped the run after all the work, with a
    ``--resume`` that fails the same way."""
    for target in [out / s.output for s in sources] + [out / name for name in sorted(RESERVED)]:
        if target.is_dir():
            raise InputError(f"--out {out}: {target} is a folder where an output file goes; "
                             "move it away or choose another --out")


# Not "run them separately": a second run into the same --out replaces the first's outputs,
# edits.jsonl and report.json without a word.
_APART = "rename one, or run them one at a time, each into its own --out folder"


def _check_folders(claimed: dict[str, Source], out: Path) -> None:
    """Refuse an output that another output needs as a folder (``a.txt`` and ``a.txt/b.txt``).

    ``claimed`` maps each output's caseless form to its source. Such a run would fail
    halfway, after writing the outputs before the clash.
    """
    for key, source in claimed.items():
        parts = key.split("/")
        for depth in range(1, len(parts)):
            folder = claimed.get("/".join(parts[:depth]))
            if folder is not None:
                raise InputError(f"{folder.path} and {source.path}: the output {out / folder.output} would be a "
                                 f"file and the folder of {out / source.output}; {_APART}")


def _same_file(one: str, other: str) -> bool:
    """Both paths name one file: the same resolved path, or (``A.txt`` and ``a.txt`` on a
    case-insensitive filesystem, where resolving keeps the case typed) the same inode."""
    if Path(one).resolve() == Path(other).resolve():
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _caseless(relative: str) -> str:
    """An output path as a case-insensitive filesystem compares it (Unicode canonical caseless form).

    ``casefold`` rather than ``lower`` (``STRASSE`` and ``straße`` fold alike: stricter than
    some filesystems, which keep them apart, but a rare needless refusal beats a lost
    output), between NFD normalisations (an ``é`` typed as one code point or as ``e`` and an
    accent is one name on macOS).
    """
    return unicodedata.normalize("NFD", unicodedata.normalize("NFD", relative).casefold())
