"""Evidence that a "He said …" sentence was invented by the MT system, for AT001.

Japanese- and Chinese-pivot MT adds a tag sentence ("He said he is ready to work
together.") whose report carries no fact of its own. These pure functions of the words
tell such a report (vague words, words the sentence before already has, the trend of
figures it gives) and a subject no "He" can refer to (a plural list, "The two sides").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.stops_words import stem

# Words that carry no fact of their own in such a report: readiness, need, hope, effort.
_VAGUE = frozenset(
    """ready happy pleased glad proud confident important necessary needed need expected expect
    work efforts effort steps measures cooperation carry do done make achieve achieved implement
    continue understand more good possible hope sure committed determined try get see step stepped
    strengthen promote advance further jointly together push forward ahead""".split())
# Words that only restate a comparison of two figures the sentence before gives ("31
# countries, compared with 24" -> "the number of countries has increased").
_FIGURE_TREND = frozenset(
    """number numbers total figure figures increase increased increases rise risen rose fall fallen fell
    grow grown grew decline declined drop dropped higher lower fewer""".split())
# "Officials, experts and executives spoke ...": a plural subject no "He" can refer to.
# A list of plural nouns, each with at most one modifier: "Port operators, shipping lines
# and logistics firms".
# Or a counted or paired one: "The two sides", "Both governments", "The three ministers".
_PLURAL_SUBJECT = lazy_compile(
    r"^(?:(?:[A-Z][a-z]+ )?[A-Za-z][a-z]+s(?:, (?:[a-z]+ )?[a-z]+s)*,? and (?:[a-z]+ )?[a-z]+s"
    r"|(?:The (?:two|three|four|five)|Both|Both the|All (?:the )?(?:two|three|four|five)?) ?(?:[a-z]+ )?[a-z]+s)\b")


def plural_subject(prev_text: str) -> bool:
    """``prev_text`` opens with a plural subject no "He" can refer to."""
    return _PLURAL_SUBJECT.match(prev_text) is not None


def only_vague(reported: list[str], prev_text: str) -> bool:
    """Every content word of the report is vague (``_VAGUE``) or repeats ``prev_text``, or
    only names the trend (``_FIGURE_TREND``) of two figures ``prev_text`` gives."""
    have = {stem(t) for t in lexicon.words(prev_text)}
    compares = sum(t[0].isdigit() for t in lexicon.words(prev_text)) >= 2
    content = [t.lower() for t in reported
               if not lexicon.is_function_word(t) and t.lower() not in lexicon.AUXILIARIES]
    return all(t in _VAGUE or t in _POINTING_BACK or stem(t) in have or (compares and t in _FIGURE_TREND)
               for t in content)


# Reported content that only points back at the sentence before: an object pronoun, or a
# vague noun standing for the plan just reported ("step up efforts", "build it jointly").
_POINTING_BACK = frozenset("it them efforts work steps measures cooperation".split())


def adds_nothing(reported: list[str], prev_text: str) -> bool:
    """True when the words after "He said" add no fact of their own: they end by pointing
    back (an object "it", a vague "efforts") or every content word is already in
    ``prev_text``. Used to delete the whole invented sentence rather than its tag."""
    lowered = [t.lower() for t in reported]
    if len(reported) >= 3 and ("it" in lowered[:2] or any(w in _POINTING_BACK for w in lowered[-2:])):
        return True
    if 3 <= len(reported) <= 5 and lowered[0] in ("he", "she", "they", "it") and lowered[-1] in ("this", "that") \
            and not lexicon.is_function_word(lowered[-2]):
        return True  # "he accepted this", "they would welcome that": a pronoun, a verb, a pointer
    content = [w for w in lowered if not lexicon.is_function_word(w) and w not in lexicon.AUXILIARIES]
    have = {w.lower() for w in lexicon.words(prev_text)}
    return bool(content) and all(w in have for w in content)
