"""Opening a review: read every input, decide where each output and log goes, resume.

Every input is read and every output planned before the first screen is drawn, so a bad
input or an output that would overwrite an input is a one-line error, not a half-started
review. Checking can be partial: the first file's rules run at once, the rest (later
files, the model) arrive while the reviewer works.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from repair.edits import Edit
from repair.textio import InputError, read_text, require_utf8_name
from tui.decisions import DecisionLog, last_saved_hash, text_hash
from tui.docreview import DocState
from tui.session import ReviewDocument, ReviewSession

DEFAULT_SUFFIX = ".reviewed"


def output_path(path: Path, out_dir: Path | None, suffix: str) -> Path:
    """``DIR/name`` with ``--out DIR``, else ``stem + suffix + ext`` beside the input."""
    if out_dir is not None:
        return out_dir / path.name
    return path.with_name(path.stem + suffix + path.suffix)


def log_path(output: Path) -> Path:
    """The decisions log sits beside the output it explains."""
    return output.with_name(output.name + ".decisions.jsonl")


def plan_outputs(paths: Sequence[str], out_dir: str | None, suffix: str) -> list[tuple[Path, Path]]:
    """(input, output) pairs, refusing any plan that could overwrite an input or collide."""
    if "-" in paths:
        raise InputError("-: review needs files (stdin is the terminal here)")
    if out_dir is None and not suffix:
        raise InputError("--suffix: must not be empty without --out (the output would overwrite the input)")
    if out_dir is None and any(sep and sep in suffix for sep in (os.sep, os.altsep)):
        # The output would land in another folder (Path.with_name raised ValueError, a traceback).
        raise InputError(f"--suffix {suffix}: must not contain a path separator; "
                         "use --out DIR to write the reviewed files elsewhere")
    for given in [*paths, *([out_dir] if out_dir else [])]:
        require_utf8_name(given)  # the decisions log names each document in UTF-8 JSON
    target = Path(out_dir) if out_dir else None
    if target is not None and target.exists() and not target.is_dir():
        raise InputError(f"{out_dir}: --out must be a directory")
    # A file named twice (`review *.txt story.txt`) is reviewed once: two documents would
    # share one log and one output, each blind to the other's decisions.
    unique: dict[Path, Path] = {}
    for p in paths:
        unique.setdefault(Path(p).resolve(), Path(p))
    pairs = [(p, output_path(p, target, suffix)) for p in unique.values()]
    inputs = {p.resolve(): p for p, _ in pairs}
    seen: dict[Path, Path] = {}
    for source, out in pairs:
        for written in (out, log_path(out)):
            resolved = written.resolve()
            if resolved in inputs:
                raise InputError(f"{inputs[resolved]}: would be overwritten by the review of {source}; "
                                 "use --out DIR or another --suffix")
            if resolved in seen and seen[resolved] != source:
                raise InputError(f"{written}: {seen[resolved]} and {source} would both write here; use --suffix")
            seen[resolved] = source
        _check_writable(out)
    return pairs


def _check_writable(output: Path) -> None:
    """Refuse an output folder this process cannot write to, before the first decision is made.

    Every decision is logged beside the output at once, so a read-only folder would
    otherwise fail on the reviewer's first key, not here. A folder that does not exist yet
    (``--out new/``) is judged by its nearest existing parent.
    """
    folder = output.parent.absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():  # `--out notes.txt`: a file where the folder should be
        raise InputError(f"{output}: cannot write the review there ({folder} is a file, not a folder); "
                         "use --out DIR")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{output}: cannot write the review there ({folder} is not writable); use --out DIR")
    if output.is_dir():  # every save would fail, after the reviewer's work
        raise InputError(f"{output}: is a folder, where the review writes its output; move it, or use "
                         "--out DIR or another --suffix")


def open_session(
    paths: Sequence[str], check: Callable[[str], list[Edit]], out_dir: str | None = None,
    suffix: str = DEFAULT_SUFFIX, check_now: int | None = None, complete: bool = True,
) -> ReviewSession:
    """Read, check and resume every input (from its decisions log); InputError on bad input.

    Every input is read now (a bad one stops the review before it starts), but only the
    first ``check_now`` are checked (all when None): the others start with no edits and
    are merged in later (:meth:`ReviewSession.merge`). ``complete`` False says more edits
    (the model's) will arrive for every document.
    """
    docs: list[ReviewDocument] = []
    for n, (source, output) in enumerate(plan_outputs(paths, out_dir, suffix)):
        text = read_text(str(source))
        log = DecisionLog(log_path(output))
        try:
            exists = output.is_file()
            saved = output.read_text(encoding="utf-8", errors="replace") if exists else text
        except OSError as exc:
            raise InputError(f"{output}: cannot read the earlier output ({exc.strerror or exc})") from None
        # An output this review did not last write (changed by hand since, or another
        # file of that name) is flagged, so a save never replaces it unannounced.
        foreign = exists and last_saved_hash(log.read()[0], source.name) != text_hash(saved)
        now = check_now is None or n < check_now
        docs.append(ReviewDocument(path=source, doc_id=source.name, input_text=text, output=output, log=log,
                                   state=DocState.initial(text, check(text) if now else []), saved_text=saved,
                                   complete=complete and now, checked=now, foreign=foreign))
    return ReviewSession.resume(docs)
