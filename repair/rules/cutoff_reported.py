"""Reported clauses cut off a speech tag, for FR003 (:mod:`repair.rules.cutoffs`).

A tag that needs its reported clause ("Ana Ruiz told reporters.", a bare "The clinic
said.") with the clause standing after the stop as a sentence of its own, and a second
"that" clause ("… . And that it would appeal.") cut off a sentence that reports one.

Pure functions of the sentence before the stop (``prev_text``) and of the piece's words
(``q``, from :func:`repair.lexicon.words`); each returns a bool, except
:func:`without_speaker_aside`, which returns the tag's text.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.document import Document
from repair.rules import stops_words, tag_second
from repair.rules.base import lazy_compile

# Subjects a cut-off reported clause opens with (a name is checked apart).
_CLAUSE_SUBJECTS = lexicon.DETERMINERS | frozenset("he she it they we there".split())
# "told reporters" and the like: a tag whose verb needs its reported clause.
_TOLD = lazy_compile(r"\btold (?:reporters|journalists)\.$")
# A match of _TOLD ends the text (before a final line break at most), and its longest,
# "told journalists." and that break, is 18 characters: searched from there, not from the
# sentence start (``\b`` still reads the character before). FR003 asks at every stop.
_TOLD_REACH = 18


def _told_at_end(prev_text: str) -> re.Match[str] | None:
    """``_TOLD.search(prev_text)``, searched only over the text's last characters."""
    if "told " not in prev_text[-_TOLD_REACH:]:
        return None  # (a match's "told " lies in the tail searched: a substring test before the search)
    return _TOLD.search(prev_text, max(0, len(prev_text) - _TOLD_REACH))


_QUOTE_MARK = lazy_compile("[\"“”‘’']")  # one scan, not a ``in`` per mark


# A speaker with a relative aside set off by a pair of commas before a bare speech verb
# ("The clinic, which has 90 staff, said."): the aside describes the speaker, so the tag
# is read without it.
_ASIDE_TAG = lazy_compile(
    r"^(?P<speaker>[A-Z][^,“”\"]*), (?:which|who) [^,“”\"]+, (?P<verb>said|says|added|stated|announced)\.$")
_ASIDE_TAG_ENDS = (" said.", " says.", " added.", " stated.", " announced.")


def without_speaker_aside(prev_text: str) -> str:
    """``prev_text`` without a relative aside between its speaker and a closing bare speech
    verb ("The clinic, which has 90 staff, said." -> "The clinic said."); else unchanged."""
    if not prev_text.endswith(_ASIDE_TAG_ENDS) or ", " not in prev_text:
        return prev_text
    found = _ASIDE_TAG.match(prev_text)
    return f"{found['speaker']} {found['verb']}." if found else prev_text


def tag_wants_clause(prev_text: str) -> bool:
    """The sentence before is only a speaker and "told reporters" (or a bare "said"), with
    no comma and no quotation marks: what :func:`reported_clause_after_tag` asks of it."""
    if "," in prev_text or _QUOTE_MARK.search(prev_text):
        return False
    told = _told_at_end(prev_text)
    if told:
        speaker = lexicon.words(prev_text[: told.start()])
        if not speaker or len(speaker) > 8 or any(
                lexicon.looks_finite(w.lower()) and w.islower() and not w.endswith("s") for w in speaker):
            return False
    elif not stops_words.bare_tag(prev_text):
        return False
    return True


# A closing quotation mark, and perhaps a dash, right before a sentence: the sentence is the
# quotation's own tag ("“…” - Ana Ruiz told reporters.").
_CLOSED_QUOTE_BEFORE = lazy_compile(r"[”\"][ \t]*(?:[-–—][ \t]*)?\Z")


def tags_quotation_before(whole: str, tag_start: int) -> bool:
    """The sentence at ``tag_start`` follows a quotation's closing mark (and perhaps a dash)
    on its line: a tag there attributes that quotation, and its stop is a real sentence end;
    the sentence after it is no reported clause cut off it."""
    return _CLOSED_QUOTE_BEFORE.search(whole, max(0, tag_start - 4), tag_start) is not None


def reported_clause_after_tag(prev_text: str, q: list[str]) -> bool:
    """The sentence before is only a speaker and "told reporters" (or a bare "said"), with
    no comma and no quotation marks, and the piece is a clause with its own subject: the
    reported clause, cut off ("Ana Ruiz told reporters. The port would reopen in May.")."""
    if not tag_wants_clause(prev_text):
        return False
    if len(q) < 3 or not lexicon.has_clause(q):
        return False
    if q[0] in ("It", "He", "She", "They") and prev_text.endswith(f" {q[1]}."):
        return False  # "GSP said. It said the tram …": the verb again, which AT003 deletes
    head = q[0].lower()
    return head in _CLAUSE_SUBJECTS or (q[0][:1].isupper() and not lexicon.is_function_word(q[0])
                                        and lexicon.looks_finite(q[1].lower()))


# A sentence that reports a "that" clause: "X said in a statement that …".
_REPORTS_THAT = lazy_compile(
    r"\b(?:said|says|added|stated|warned|argued|noted|insisted|claimed|told [a-z]+)\b[^.]{0,60}?\bthat\b")


def second_that_clause(prev_text: str, q: list[str]) -> bool:
    """"And that it would appeal.": a second reported "that" clause cut off a sentence that
    reports one ("X said that the ruling … . And that it would …"). "That" then opens a
    clause with its own subject and verb; "And that is why …" (a demonstrative) has none."""
    if len(q) < 4 or q[0] != "And" or q[1] != "that" or not _REPORTS_THAT.search(prev_text):
        return False
    subject = q[2].lower()
    return (subject in _CLAUSE_SUBJECTS and subject not in ("that", "this")) and lexicon.has_clause(q[2:])


def told_reporters(prev_text: str) -> bool:
    """``prev_text`` ends on "told reporters." (a tag whose verb needs its clause)."""
    return _told_at_end(prev_text) is not None


def tag_of_statement_before(doc: Document, tag_position: int, first_word: str) -> bool:
    """The bare "X said." tag at ``tag_position`` follows, in its paragraph, a statement with
    no attribution of its own, ended by a plain stop ("Prices have halved since 2022. The
    company said. The drop pushed …"): the tag is that statement's, cut off it (AT003 sets
    it back after a comma). Joined forward as well, it would also become the subject and
    verb of the next sentence, a complete one that opens on a capital ("…, the company said
    the drop pushed …"): a report the text never made. "X told reporters." still joins: its
    verb needs the clause after it, and so does a piece that opens on "That" (``first_word``,
    the piece's): a reported clause, not a sentence ("The mayor said. That work would begin.")."""
    if first_word == "That":
        return False
    prev = doc.previous_in_paragraph(tag_position)
    if prev is None or told_reporters(doc.sentence_text(doc.sentences[tag_position])):
        return False
    before = doc.sentence_text(prev).rstrip()
    return len(before) > 1 and before[-1] == "." and before[-2].isalnum() \
        and not _QUOTE_MARK.search(before) and not tag_second.has_own_attribution(before)
