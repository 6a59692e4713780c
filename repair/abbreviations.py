"""What a full stop after an abbreviation means: the knowledge behind sentence boundaries.

The lists start from pysbd's English abbreviation knowledge (``pysbd/lang/common/standard.py``,
MIT licence, version 0.3.4), which measured best of the splitters we compared on clean news
(``python -m benchmarks splitters``), and add the AP-style forms wire copy uses (state and
street abbreviations, military ranks, company suffixes). Words are lower-case, without the
final stop; inner stops are kept ("u.s", "e.g").

Three kinds, after pysbd:

* ``PREPOSITIVE``: titles and ranks that stand before a name ("Brig. Gen. Ana Ruiz",
  "Sen. Cole"). Their stop never ends a sentence.
* ``ABBREVIATIONS``: everything else ("Calif.", "Ave.", "Inc.", "p.m."). Their stop ends a
  sentence only when the next word plainly opens one (a capitalised ``SENTENCE_OPENERS``
  word); before a lower-case word, a number or a name it does not.
* ``COMMON_WORDS``: abbreviations that are also English words ("Ill.", "Miss.", "Wash.",
  "Pa."). They count as abbreviations only when written with a capital, since a lower-case
  "ill." before a lower-case word is the false stop machine translation leaves. (Forms we
  always trusted, such as "no." and "gen.", stay trusted in either case.)
"""

from __future__ import annotations

# Titles and ranks written before a name: pysbd's prepositive list plus AP ranks, "Ste."
# (Sainte) and the old abbreviated given names of firm names ("Alex. Brown", "Wm.").
PREPOSITIVE = frozenset(
    """mr mrs ms messrs mssrs dr drs prof sen sens rep reps gov govs lt gen brig col capt cmdr comdr
    adm maj sgt cpl pvt pfc spc ens sfc msgr rev hon supt insp det atty attys amb pres st ste mt ft fr ing
    alex chas geo jas thos wm
    fig figs no nos vol vols pp art sec ch para approx vs v cf e.g i.e al dept univ assn bros cia cie
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

# Abbreviations that may end a sentence (pysbd's general list, AP state and street forms,
# company suffixes such as "Cos.", "Div.", "Int.", clock times, and the units of time a
# figure takes: "about 90 min. after launch" goes on as one sentence).
ABBREVIATIONS = frozenset(
    """min mins hr hrs adj adv ala alta ariz ark asst ave bldg blvd cal calif co colo conn corp cres ct dak del dist
    esp esq etc exp expy ext fla fwy ga hosp hwy hway ia ida ill inc ind jr kan kans ky la ltd
    mass md me mex mfg mich minn miss mo mont mtn neb nebr nev okla ont ore pa penn penna pkwy pl
    plc que rd sask sq sr tenn tex ut va vt wash wis wisc wyo wy llc u.s u.k u.n e.u a.m p.m
    n.y n.j n.h n.m n.c n.d s.c s.d r.i w.va d.c ph.d cos div int""".split()
)

# Abbreviations that are also ordinary words: trusted only when capitalised.
COMMON_WORDS = frozenset(
    "ill ind del miss mass wash ore me mo pa la ga cal ct pl sq ext exp dist ing cos div int".split()
)

# Capitalised words that show a new sentence began after an abbreviation's stop (ours
# plus pysbd's English SENTENCE_STARTERS).
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i this that these those there its his her their our
    but and however in on at for after before when while if as meanwhile also being did how
    millions more what where who why""".split()
)


def abbreviation_kind(raw: str) -> str | None:
    """``"prepositive"``, ``"abbreviation"`` or ``None`` for the word before a stop.

    ``raw`` is the word as written, without its final stop ("Calif", "U.S", "ill"). A
    capitalised single letter is an initial ("J. K. Rowling") and counts as an abbreviation.
    """
    if "-" in raw:  # party and state: "(D-Calif.)", "(R-Wash.)"
        raw = raw.rsplit("-", 1)[1]
    word = raw.lower()
    if word in COMMON_WORDS and not raw[:1].isupper():
        return None
    if word in PREPOSITIVE:
        return "prepositive"
    if word in ABBREVIATIONS or "." in word:
        return "abbreviation"
    if len(word) == 1 and word.isalpha() and raw.isupper():
        return "abbreviation"
    return None


def title_before(word: str) -> bool:
    """``word`` (as written, with its stop: "Mr.", "Dr.") is a title that stands before a
    name: a pattern that starts a speaker right after it ("Mr. Tom Reed said") has cut the
    speaker's name off its title; the stop is no sentence end."""
    return word.endswith(".") and abbreviation_kind(word[:-1]) == "prepositive"
