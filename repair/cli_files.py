"""Where `repair fix` and `repair calibrate` write, checked before any work, and `fix --diff`.

An output is written atomically (:mod:`repair.textio`); whatever can be known to fail
(a missing folder, one we may not write into, a read-only input for ``--in-place``) is
refused up front, naming the path, so no run stops half done after minutes of work.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from repair.textio import InputError, atomic_write_text, is_special_file, require_folder


def _write(path: str, text: str) -> None:
    """Write an output atomically; a failure is a one-line error naming the output.

    A symlink is written through (its target gets the new text): the atomic rename would
    otherwise put a plain file in the link's place and leave the real file unchanged. A
    device or FIFO is written as named (``-o /dev/stdout`` into a pipe resolves to a
    ``pipe:[…]`` path that does not exist).
    """
    try:
        atomic_write_text(path if is_special_file(path) else os.path.realpath(path), text)
    except OSError as exc:
        raise _write_error(path, exc) from None


def _check_output_folder(path: str) -> None:
    """Refuse, before any work, an output whose folder is missing or is a file: ``-o`` names
    one file and never makes folders (a typo in one would hide the output)."""
    if is_special_file(path):
        return
    folder = Path(os.path.realpath(path)).parent
    try:
        require_folder(folder)
    except OSError as exc:
        raise _write_error(path, exc) from None
    _require_writable_folder(path, folder)


def _require_writable_folder(path: str, folder: Path) -> None:
    """An atomic write makes its temporary file beside the output: a folder we cannot write
    into fails only then, after all the work (minutes on a large text), so it is asked first."""
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{path}: cannot write into folder {folder} (permission denied)")


def _check_rewritable(path: str) -> None:
    """Refuse, before any work, an input ``fix --in-place`` could not or should not rewrite.

    A read-only file is refused as ruff and black refuse it: the atomic rename would replace
    it regardless (the folder allows that), undoing a protection its owner chose.
    """
    if is_special_file(path):
        return
    real = os.path.realpath(path)
    if not os.access(real, os.W_OK) or _no_write_bit(real):
        raise InputError(f"{path}: read-only file, not rewritten (make it writable first: chmod u+w {path})")
    _require_writable_folder(path, Path(real).parent)


def _no_write_bit(path: str) -> bool:
    """True when nobody may write the file by its mode (``chmod 444``). ``os.access`` says
    yes to root whatever the mode (a container's usual user), and the rename would then
    replace a file its owner marked read-only."""
    try:
        return not os.stat(path).st_mode & 0o222
    except OSError:  # a missing input is reported where it is read
        return False


def _write_error(path: str, exc: OSError) -> InputError:
    """The one-line error for an output that could not be written."""
    if isinstance(exc, NotADirectoryError):  # -o notes.txt/out.txt
        return InputError(f"{path}: parent is not a directory")
    if isinstance(exc, FileNotFoundError):  # -o typo_dir/out.txt: made by nobody, rather than by us silently
        return InputError(f"{path}: folder {os.path.dirname(path) or '.'} does not exist (create it first)")
    return InputError(f"{path}: cannot write ({exc.strerror or exc})")


def _diff_lines(text: str) -> list[str]:
    """Lines as `diff` and `patch` see them: ended by ``\n`` only (a ``\r`` stays on its
    line). ``str.splitlines`` also breaks at form feeds, ``\x1c``-``\x1e``, NEL and
    U+2028/U+2029, which left hunk counts that no longer matched the file's lines."""
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])


def unified_diff(original: str, fixed: str, name: str) -> Iterator[str]:
    """The unified diff of one input, as GNU diff writes it: a last line without a line
    break is followed by ``\\ No newline at end of file`` (else it ran into the next
    line of the diff, and `patch` read a broken hunk)."""
    import difflib  # here, not at the top: only --diff needs it (about 5 ms of start-up, issue 13)

    for line in difflib.unified_diff(_diff_lines(original), _diff_lines(fixed), fromfile=name, tofile=name):
        if line.endswith("\n"):
            yield line
        else:
            yield line + "\n\\ No newline at end of file\n"
