"""An invented "He said it is …" wrapper around a plain statement of fact.

MT systems from pronoun-dropping languages wrap a sentence with no speaker ("It is the
first season the choir has cancelled.") in a tag with an invented subject: "He said it is
…", "She said that it was …". The report inside is a whole sentence with an impersonal
subject ("it", "this", "there") and its verb. Whether "he" or "she" can refer to anyone is
read off the text before it ("this" is left alone: it points back at what someone before
did, "He said this will …"):

- someone of that pronoun's kind (a "he"/"his"/"him"/"Mr" before a "He", a
  "she"/"her"/"Mrs"/"Ms" before a "She") or anyone who speaks (a verb of communication, a
  title, any personal pronoun) -> left alone, the tag may be genuine;
- none -> the unwrapping is only shown (``display``): a person noun ("the minister") or a
  lone name the text never gave a pronoun may still be the speaker, and neither is told
  from an institution by its form. The message says whether a name may stand before it
  (a run of capitals with no article).
"""

from __future__ import annotations

import re

from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule

_WRAPPER = re.compile(
    r"(?P<pronoun>He|She) said(?: that)? (?P<first>[it])(?:t|here) (?:is|was|will|would|has|had|could|may)\b")
# Words that show a person in the text: a personal pronoun, a title, a verb of
# communication (its subject is someone who could be "he" or "she").
_ANY_PERSON = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|Mr|Mrs|Ms|Dr|said|says|told|added|stated|according|announced"
    r"|announces|reported|wrote|warned|noted|explained|confirmed|insisted|declared|argued|claimed|asked|urged"
    r"|promised|proposed|presented|unveiled|introduced|criticised|criticized|welcomed)\b")
_SAME_KIND = {"He": re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|Mr)\b"), "She": re.compile(r"\b(?:[Ss]he|[Hh]er|Mrs|Ms)\b")}
# Two or more capitalised words in a row, and the word before them: a person's name takes
# no article ("Mayor Ana Lind", "by Prime Minister Ivo Kask"), an institution's usually
# does ("the Northern Philharmonic").
_NAME_RUN = re.compile(r"(?:\b(?P<before>\w+) )?(?P<run>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)")
PERSON_SCAN_CHARS = 4000  # further into a story someone has been named: the scan stops


def _may_name_person(before: str) -> bool:
    """A run of capitalised words with no "the" before it (nor "The" opening it)."""
    for match in _NAME_RUN.finditer(before):
        if match["run"].startswith("The ") or (match["before"] or "").lower() == "the":
            continue
        return True
    return False


def unwrap_invented(doc: Document, position: int, self: Rule) -> Edit | None:
    """The unwrapping of an invented "He said it is …" at sentence ``position`` (see the
    module doc), or None."""
    sentence = doc.sentences[position]
    start = sentence.span.start
    match = _WRAPPER.match(doc.text, start, sentence.span.end)
    if not match or start > PERSON_SCAN_CHARS:
        return None
    before = doc.text[:start]
    pronoun = match["pronoun"]
    if _SAME_KIND[pronoun].search(before) or _ANY_PERSON.search(before):
        return None  # "… Amberg said he would leave. He said it is time …": a real speaker
    first = match.start("first")
    replacement = doc.text[first].upper()
    if not _may_name_person(before):
        why = f"no one before “{pronoun} said” is named or called “{pronoun.lower()}”"
    else:
        why = f"no one before “{pronoun} said” is called “{pronoun.lower()}” or speaks"
    # Only shown: a person noun ("the minister toured …") or a lone name ("Okafor …") can be
    # the speaker, and neither can be told from an institution by its form.
    return self.edit(start, first + 1, replacement,
                     f"Attribution (delete-invented-tag): {why}; the tag may be invented around a "
                     "statement that stands alone.",
                     0.4, Safety.DISPLAY)
