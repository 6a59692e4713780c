"""wordfreq's English word list, read straight from its data file: frequency buckets,
the word -> frequency table, and which words the list lacks.

Split from :mod:`repair.lexicon` (which re-exports the public names): the closed-class
word lists there answer clause questions; this module answers "how common is this word?"
for the rules that need a frequency (glued words, encoding repairs, casing). Reading the
list costs start-up time, so everything here loads on first use and as little as it can.
"""

from __future__ import annotations

import bisect
import importlib.util
import threading
import zlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

# wordfreq stores each language as a gzipped msgpack list: a header, then one bucket of
# words per centibel of frequency (bucket ``i`` holds the words used 10 ** (-i / 100) of
# the time). "best" is the large list when installed, else the small one.
_WORDFREQ_LISTS = ("large_en.msgpack.gz", "small_en.msgpack.gz")


def _wordfreq_file() -> Path | None:
    """wordfreq's English "best" list file, or None when it is not where wordfreq 3 keeps
    it. Raises ImportError when wordfreq is not installed."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None:
        raise ImportError("wordfreq is not installed")
    for folder in spec.submodule_search_locations or ():
        for name in _WORDFREQ_LISTS:
            path = Path(folder) / "data" / name
            if path.is_file():
                return path
    return None


class _BucketStream:
    """wordfreq's buckets read from its file in order, as far as asked, and kept.

    The file is decompressed and unpacked as a stream, one bucket at a time, so a caller
    that needs only the most frequent words (the first few thousand, at the head of the
    file) reads only them; reading on to the end costs what reading the file whole did
    (about 30 ms either way). ``buckets`` holds every bucket read so far, most frequent
    first; ``done`` says the file is read to its end.
    """

    def __init__(self, path: Path) -> None:
        import msgpack

        self._name = str(path)
        self._packed = path.read_bytes()  # 1.5 MB, read whole (the file closes at once)
        self._at = 0
        self._inflate = zlib.decompressobj(wbits=31)  # gzip framing
        self._unpacker = msgpack.Unpacker(raw=False)
        self._out_of_data = msgpack.OutOfData
        self._left = self._read(self._unpacker.read_array_header) - 1
        header = self._read(self._unpacker.unpack)
        if not (isinstance(header, dict) and header.get("format") == "cB" and header.get("version") == 1):
            raise ValueError(f"{path}: not a wordfreq cB list")
        self.buckets: list[tuple[str, ...]] = []
        self.head_words: set[str] = set()  # the words of the first ``head_read`` buckets
        self.head_read = 0
        self.done = self._left <= 0
        self.lock = threading.RLock()  # batch may ask from several threads

    def _read(self, step: Callable[[], Any]) -> Any:
        while True:
            try:
                return step()
            except self._out_of_data:
                chunk = self._packed[self._at : self._at + (1 << 16)]
                self._at += len(chunk)
                if not chunk:
                    raise ValueError(f"{self._name}: truncated") from None
                self._unpacker.feed(self._inflate.decompress(chunk))

    def read_to(self, count: int) -> None:
        """Read until ``count`` buckets are held or the file ends."""
        with self.lock:
            while not self.done and len(self.buckets) < count:
                self.buckets.append(tuple(self._read(self._unpacker.unpack)))
                self._left -= 1
                if self._left <= 0:
                    self.done = True
                    self._packed = b""


@lru_cache(maxsize=1)
def _bucket_stream() -> _BucketStream | None:
    path = _wordfreq_file()
    return _BucketStream(path) if path is not None else None


@lru_cache(maxsize=1)
def frequency_buckets() -> tuple[tuple[str, ...], ...]:
    """wordfreq's English "best" word list as centibel buckets, most frequent first.

    Bucket ``i`` holds the words of frequency ``10 ** (-i / 100)`` (Zipf ``9 - i / 100``).
    Read straight from the package's data file: importing ``wordfreq`` itself (its
    tokenizers and language matching) cost as much as the table, and a plain ``check``
    needs only the table. Falls back to ``wordfreq.get_frequency_list`` when the file is
    not where wordfreq 3 keeps it. Raises ImportError when wordfreq is not installed.
    """
    stream = _bucket_stream()
    if stream is not None:
        stream.read_to(1 << 30)
        return tuple(stream.buckets)
    from wordfreq import get_frequency_list

    return tuple(tuple(bucket) for bucket in get_frequency_list("en", wordlist="best"))


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, float]:
    """English word -> frequency (a proportion, 0..1), equal to
    ``wordfreq.get_frequency_dict("en", wordlist="best")`` (tests/test_lexicon.py checks
    it), built about twice as fast. Loaded once per process, and only by the rules that
    need a frequency. Callers must not change it."""
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(frequency_buckets()):
        # The same expression as wordfreq's cB_to_freq, so every float is identical.
        freqs.update(dict.fromkeys(bucket, 10 ** (-index / 100)))
    return freqs


# How many words :func:`unknown_words` may answer from the buckets before it builds the
# dictionary instead: a bucket search costs about 0.2 ms a word, the dictionary about
# 50 ms once, so a short text never builds it and a long run builds it early.
BUCKET_SEARCH_BUDGET = 200
_budget = {"left": BUCKET_SEARCH_BUDGET}  # per process, like the lru_caches above
# The head of wordfreq's list that :func:`unknown_words` reads first: the buckets down to
# Zipf 4 (about 7,000 words, 500 buckets; the two-line clean sample of benchmarks.speed
# needs 438). Reading that far costs about 4 ms where the whole table cost about 35; a
# text with a rarer word reads on (the head's buckets are kept, not read twice), paying
# only for the head's word set (under 1 ms; down to Zipf 3, 29,000 words, it was ~3 ms).
HEAD_BUCKETS = 500


def _outside_head(candidates: set[str]) -> set[str]:
    """The words of ``candidates`` not in the first :data:`HEAD_BUCKETS` buckets, reading
    the head only as far as the candidates need (all found: no further)."""
    stream = _bucket_stream()
    if stream is None:
        return set(candidates)
    with stream.lock:
        missing = candidates.difference(stream.head_words)
        while missing and stream.head_read < HEAD_BUCKETS:
            stream.read_to(stream.head_read + 1)
            if stream.head_read >= len(stream.buckets):
                break  # the list ends before the head's depth
            bucket = stream.buckets[stream.head_read]
            stream.head_words.update(bucket)
            missing.difference_update(bucket)
            stream.head_read += 1
    return missing


def unknown_words(candidates: set[str]) -> set[str]:
    """The words of ``candidates`` that wordfreq's English list lacks: exactly
    ``candidates - word_frequencies().keys()``.

    Start-up cost is the reason: ``repair check`` on a short clean text needs to know
    only that its few long words are known, and building the table's dictionary was a
    quarter of that command's CPU, reading the table a fifth. The words are first looked
    up in the head of the list (read only as far as they need, :data:`HEAD_BUCKETS`);
    the rest by binary search in each frequency bucket (each is sorted, which
    ``tests/test_lexicon.py`` checks); once the dictionary exists, or the budget of
    bucket searches is spent, it is used instead.
    """
    if word_frequencies.cache_info().currsize or len(candidates) > _budget["left"]:
        return candidates.difference(word_frequencies())
    _budget["left"] -= len(candidates)
    missing = _outside_head(candidates)
    if not missing:
        return missing
    buckets = [bucket for bucket in frequency_buckets() if bucket]
    return {word for word in missing if not any(_in_sorted(bucket, word) for bucket in buckets)}


def _in_sorted(bucket: tuple[str, ...], word: str) -> bool:
    at = bisect.bisect_left(bucket, word)
    return at < len(bucket) and bucket[at] == word
