"""How often clean news makes a noun the speaker of a speech verb ("the police said").

A false stop can cut a speech tag's real speaker off after a pronoun the MT system put in
its place: "…, it said. The fire service." The piece is the speaker when its head noun is one
clean news writes before "said" ("police", "organisers", "mayor"); a head it never writes
there ("toll", "day", "rest") makes the piece a label or a time phrase instead. For every
lower-case noun heading a noun phrase (a determiner, then up to three lower-case content
words, the last one the head) right before a speech verb or right after an inverted "said",
this counts those uses. Heads seen at least :data:`MIN_SPOKEN` times are kept with their count.

Source: the ``news-clean`` **train** split (:func:`models.data.iter_docs`), documents set in
capitals skipped. ``repair.rules.speaker_heads`` reads the table.

    python -m models.speaker_heads --data ../shared/data --out repair/rules/speaker_heads.json.gz

Deterministic (sorted output, fixed gzip mtime); a few seconds on one CPU.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from models.table_io import table_main, train_texts_in_case, write_gzip_json
from repair import lexicon

MIN_SPOKEN = 5  # uses before a speech verb for a head to be kept
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[,.;:]|\d[\d,.]*")
_RUN = 3  # content words of a noun phrase read after the determiner
_SPEECH = frozenset("said says told added stated announced reported warned".split())
_INVERTED = frozenset("said says added".split())
# Words that end no speaker's noun phrase: verbs, time words ("the company last week said").
_NOT_HEADS = _SPEECH | lexicon.AUXILIARIES | lexicon.TIME_WORDS | lexicon.TIME_OPENERS | frozenset(
    "also previously earlier recently now still then already here there".split())


def _run_after(toks: list[str], j: int) -> tuple[list[str], int]:
    """The lower-case content words (at most :data:`_RUN`) from ``toks[j]`` on, and where they end."""
    run: list[str] = []
    while j < len(toks) and len(run) < _RUN and toks[j].isalpha() and toks[j].islower() \
            and toks[j] not in _NOT_HEADS and not toks[j].endswith("ly") and not lexicon.is_function_word(toks[j]):
        run.append(toks[j])
        j += 1
    return run, j


def count(texts: Iterable[str]) -> Counter[str]:
    """How often each lower-case noun-phrase head is a speaker: right before a speech verb
    ("the police said") or right after an inverted one ("said the spokesman."; not "told the
    conference.", whose noun is the listener)."""
    spoken: Counter[str] = Counter()
    for text in texts:
        toks = _TOKEN.findall(text)
        for i, tok in enumerate(toks):
            low = tok.lower()
            if low in lexicon.DETERMINERS:
                run, j = _run_after(toks, i + 1)
                if run and j < len(toks) and toks[j] in _SPEECH:
                    spoken[run[-1]] += 1  # "the police said"
            elif tok in _INVERTED and i + 1 < len(toks) and toks[i + 1].lower() in lexicon.DETERMINERS:
                run, j = _run_after(toks, i + 2)
                if run and (j == len(toks) or toks[j] in (".", ",")):
                    spoken[run[-1]] += 1  # "said the spokesman."
    return spoken


def build(data_root: Path) -> dict[str, object]:
    spoken = count(train_texts_in_case(data_root))
    heads = {noun: n for noun, n in sorted(spoken.items()) if n >= MIN_SPOKEN}
    return {"min_spoken": MIN_SPOKEN, "heads": heads}


def _summary(table: dict[str, object]) -> str:
    return f"{len(table['heads'])} speaker heads"  # type: ignore[arg-type]


def main() -> None:
    table_main(__doc__ or "", build, write_gzip_json, _summary)


if __name__ == "__main__":
    main()
