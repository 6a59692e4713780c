"""Where a quotation that lost its opening mark begins: the paragraph's start, or the
speaker's last run of sentences after the narration (QM015 and PU006 open it there).

The sentence classes (first or second person, a report of speech, the past tense) and
their counts come from clean news (`python -m models.quote_start_stats`).
"""

from __future__ import annotations

from repair.rules.base import lazy_compile
from repair.rules.marks_style import _TAG_VERBS

# Where a sentence starts: after a stop (and a closing mark) and a space, at a capital or at
# an opening mark of another style before one ("… season. „We are …”"): a quotation that
# opens with „, « or ‚ has its opening mark (QM008 restyles it), so none is inserted there,
# nor a sentence earlier.
_SENTENCE_END = lazy_compile(r"[.!?][”’\"]? +(?=[„‚«‹]?[A-Z])")


# First-person words: narration does not use them, so a sentence with one, before a quotation
# that lost its opening mark, is the speaker's too ("Our crews use poles. They are not …,” he said).
_FIRST_PERSON = lazy_compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
# A clause that only answers the sentence before ("Wages have not,” he said): it cannot open a quotation.
_ELLIPTICAL = lazy_compile(r"[A-Z][a-z]+ (?:have|has|had|do|does|did|is|are|was|were|will|can) not\W{0,2}$")
# A sentence that addresses someone: a second-person word, or an imperative's opening ("Do not
# believe the rumours.", "Let us wait."). News narration speaks to nobody, so it reads as speech.
_SECOND_PERSON = lazy_compile(r"\b[Yy]ou(?:r|rs|rself|rselves)?\b|^(?:Do not|Don't|Don’t|Let us|Let's|Let’s|Please)\b")
# A sentence that reports speech ("Ruiz said the town needed help.", "Critics argue the
# road …", "…, according to the council."): narration, unless a first- or second-person word
# makes it the speaker's own ("We say no to this plan.").
_REPORT = lazy_compile(r"\b(?:" + _TAG_VERBS[3:-1] + r"|say|tell|adds|explains|insists|stresses|notes|declares"
                       r"|states|warn|warns|warned|recalls|recalled|argue|argues|argued|claim|claims|claimed"
                       r"|announced|reported|according to)\b")


def _reads_as_speech(sentence: str) -> bool:
    """Whether ``sentence`` (one sentence of a paragraph) has a first- or second-person word
    or opens as an imperative."""
    return bool(_FIRST_PERSON.search(sentence) or _SECOND_PERSON.search(sentence))


# A verb in the past tense ("was", "had", "voted", "met"): a paragraph's first sentence with
# one and no first- or second-person word is outside its quotation 255 times to 119 in the
# train split of clean news (`python -m models.quote_start_stats`); one in the present is
# inside 278 to 120, one with a person word 254 to 6, one that reports speech outside 395 to 4.
_PAST = lazy_compile(r"\b(?:was|were|had|[a-z]{3,}ed|met|rose|fell|took|made|went|came|gave|lost|won|left|began"
                     r"|became|saw|found|held|kept|paid|sold|spent|brought|bought|thought|knew|grew|drew|ran|sat"
                     r"|stood|struck|fought|led|built|sent|felt|chose|broke|spoke|wrote|hit|cut|set|put)\b")


def _may_be_quoted(sentence: str) -> bool:
    """Whether ``sentence`` may be a speaker's, inside a quotation running on from the
    paragraph's start: no quotation mark, and a first- or second-person word, or neither a
    report of speech nor a verb in the past tense (narration's)."""
    if any(mark in sentence for mark in "“”\"„«»"):
        return False
    return _reads_as_speech(sentence) or not (_REPORT.search(sentence) or _PAST.search(sentence))


# Longer than any quotation a wire paragraph holds (a few hundred characters each sentence).
MAX_QUOTATION_CHARS = 4000


def next_sentence_start(text: str, start: int, pos: int) -> int:
    """Where the first sentence after ``start`` begins before ``pos`` (see
    :data:`_SENTENCE_END`), or -1 when none does."""
    found = _SENTENCE_END.search(text, start, pos)
    return found.end() if found else -1


def quotation_start(text: str, start: int, pos: int) -> int:
    """Where a quotation closed at ``pos`` that lost its opening mark begins, in the paragraph
    starting at ``start``.

    The paragraph's start when every sentence before the one the mark closes may be quoted
    (:func:`_may_be_quoted`): a wire quotation runs from the paragraph's start over several
    sentences ("We lost everything. The roads are gone. Nobody came,” she said). Otherwise
    the sentence the mark closes, and before it each sentence with a first- or second-person
    word or whose next one is elliptical, back to a quotation mark, a report of speech or the
    start: the speaker's last run of sentences after the narration."""
    # A paragraph longer than any wire quotation (a one-line feed record) is read back only
    # from the first sentence start within reach: read from its start, every mark cost the
    # whole paragraph and the rules were quadratic in it (issue 13). Clipped, it cannot run on
    # from the paragraph's start.
    reach = next_sentence_start(text, pos - MAX_QUOTATION_CHARS, pos) if pos - start > MAX_QUOTATION_CHARS else -1
    clipped = reach > start
    if clipped:
        start = reach
    start = text.rfind("\n", start, pos) + 1 or start  # a line of its own is the speaker's paragraph
    starts = [start] + [stop.end() for stop in _SENTENCE_END.finditer(text, start, pos)]
    sentences = [text[begin:end] for begin, end in zip(starts, starts[1:] + [pos], strict=True)]
    if not clipped and all(_may_be_quoted(sentence) for sentence in sentences[:-1]):
        return start
    at = len(starts) - 1
    while at > 0:
        previous, current = sentences[at - 1], text[starts[at] : pos]
        if any(mark in previous for mark in "“”\"") or not (
                _reads_as_speech(previous) or _ELLIPTICAL.fullmatch(current.rstrip(","))):
            break
        at -= 1
    return starts[at]
