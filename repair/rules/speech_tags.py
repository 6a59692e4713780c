"""Telling direct speech from narration: a speech tag closing a paragraph (``_TAG``) and a
sentence in the first person or the imperative (``_is_speech``).

Split from :mod:`repair.rules.speech_quotes`, which re-exports these for the quotation
rules that read them (QM005, speech_runs, speech_quotes_split, dash_dialogue).
"""

from __future__ import annotations

from repair.rules.base import lazy_compile

# An appositive after the speaker's name is a noun phrase, never a clause going on with the
# speaker's words ("…, said Ana Ruiz, but I could not …": the tag sits mid-sentence).
_NOT_CLAUSE = r"(?!(?:and|but|or|so|yet|because|although|while|which|I|we)\b)"
# A speaker's age set off by commas after the name ("Ana Ruiz, 58, said", "said Ana Ruiz, 58, a
# nurse."): news style writes an age so and nothing else, so the number is never a clause.
# Its closing comma or the sentence's stop follows; the patterns that use it write which.
AGE_APPOSITIVE = r",[ \t]+\d{1,3}"
# Lower-case particles inside a name ("Ana de Souza", "Rosa dela Cruz", "Ali bin Said").
_PARTICLES = "(?:ole|van|von|de|da|del|dela|della|di|dos|bin|ibn)"
_NOT_TITLE = "(?:on|in|at|by|to|from|with|for|of|after|before|during|late|earlier|this|last|through|outside|via)"
# ', the minister said.' / ', Ruiz told reporters on Monday.': a speech tag closing a paragraph.
# The speaker is a noun phrase or a third-person pronoun ("..., she told reporters."); the
# tag may also be inverted ("..., said Ana Ruiz, a nurse.", "..., declared the head of the
# union, Ana Ruiz, on the radio."), or a role before a name ("coach Ana Ruiz"). First person is speech.
# A name may hold a lower-case particle ("Ana de Souza", "Rosa dela Cruz"); a hearer after
# "told" may be a press or news conference ("she told a regular press conference").
_TAG = lazy_compile(
    r",[ \t]+(?:(?:he|she|they|(?:the|a|an|his|her|their|its|one|another"
    r"|(?!(?:and|but|or|so|as|when|while|if)\b)(?:[a-z]+[ \t]+){1,2}[A-Z][\w.'’-]*"
    r"|[A-Z][\w.'’-]*)(?:[ \t]+[\w.'’-]+){0,7}?)(?:" + AGE_APPOSITIVE + r",)?"
    # the speaker's name set off as an appositive ("…, the head of the team, Ana Ruiz, told …")
    r"(?:,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|" + _PARTICLES + r")){0,3},)?"
    r"[ \t]+"
    # "told" and its hearer: a noun, or an outlet's name of up to three capitalised words
    # ("told a news conference": an article, a noun and its head)
    r"(?:said|says|told(?:[ \t]+(?:the|a|an|local|state|national|public))*[ \t]+[\w]+"
    r"(?:[ \t]+(?:press|news))?(?:[ \t]+(?:conference|briefing|meeting|hearing|rally|gathering|session))?"
    r"(?:[ \t]+[A-Z][\w'’-]*){0,2}|added"
    r"|wrote|explained|insisted|warned|stressed|complained|admitted|recalled|replied|shouted|chanted)"
    # an inverted tag: the words between its verb and the speaker's name are a title, never
    # a preposition ("…, said on Monday." has no speaker)
    r"|(?:said|added|assured|affirmed|declared|stated|insisted|complained|admitted|recalled|replied)[ \t]+"
    r"(?:the[ \t]+)?(?:(?!" + _NOT_TITLE + r"\b)[a-z]+['’]?[ \t]+){0,2}"
    r"[A-Z][\w.'’-]*"
    r"(?:[ \t]+(?:[A-Z][\w.'’-]*|" + _PARTICLES + r")){0,3}(?:,[ \t]+" + _NOT_CLAUSE + r"[\w ,'’-]{1,60}?)?"
    r"|(?:said|added|declared|estimated|stressed|insisted|warned|explained|noted)[ \t]+the[ \t]+[\w'’-]+"
    r"(?:[ \t]+[\w'’-]+){0,6}?,[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    r"(?:,[ \t]+" + _NOT_CLAUSE + r"[\w ,'’-]{1,60}?)?"
    # an inverted tag whose speaker is a description alone ("said the 22-year-old from Lyon")
    r"|(?:said|added|declared|stressed|insisted|warned|explained|complained|admitted|recalled|replied)[ \t]+"
    r"(?:the|a|an|one)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,5}?)"
    # an adjunct, or the speaker's body after the name ("… Amira Haddad of the University of Leeds")
    r"(?:[ \t]+(?:on|in|at|outside|after|late|earlier|this|last|through|via|during|from|with|of)[ \t]+[\w ]{1,30}?)?"
    r"\.$"
)
# Not after a dot or hyphen and not before one inside a word: "R.I." and "My-K" are not speakers.
# A sentence's own stop may follow ("... than any of us."); a dot inside a word may not.
# Written first letter first, the look-behind after it, so that the scan tests only the
# eight letters a word can open on (one C charset test per position, where a leading
# look-behind ran at every position): the same matches, alternatives in the same order per
# letter, as ``(?<![\w.’'-])(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|our|Our|us|my|My|me)``
# (tests/rules/test_first_person_pattern.py). QM005 asks it of every sentence: 26 -> 13 ms per MB.
_FP_NOT_AFTER = r"(?<![\w.’'-].)"  # the character before the word's first letter
_FIRST_PERSON = lazy_compile(
    rf"(?:I{_FP_NOT_AFTER}(?:|'m|’m|'ve|’ve)|w{_FP_NOT_AFTER}e(?:|'re|’re)|W{_FP_NOT_AFTER}e"
    rf"|o{_FP_NOT_AFTER}ur|O{_FP_NOT_AFTER}ur|u{_FP_NOT_AFTER}s|m{_FP_NOT_AFTER}(?:y|e)|M{_FP_NOT_AFTER}y)"
    r"(?![\w’'-]|\.\w)")
# Imperatives that open direct speech; too few base verbs stand unambiguous at a start.
_IMPERATIVE = lazy_compile(r"^(?:Let us|Let's|Let’s|Do not|Don't|Don’t|Please|Stop|Give|Stay|Look|Imagine)\b")


def _is_speech(sentence: str) -> bool:
    """First person or an imperative; a capital "I" after a name is a numeral ("World War I")."""
    if _IMPERATIVE.match(sentence):
        return True
    for match in _FIRST_PERSON.finditer(sentence):
        before = sentence[: match.start()].rstrip().rpartition(" ")[2]
        if match.group() == "I" and before[:1].isupper():
            continue
        return True
    return False
