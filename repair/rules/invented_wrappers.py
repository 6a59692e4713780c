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
  (a run of capitals with no article). Where no name may stand before it and the sentence
  before is about a thing (its subject a plural or a noun for no person: "The orchestra has
  cancelled …"), no one can be "he": the unwrapping is applied (``unsafe``).
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile
from repair.rules.invented_reports import thing_subject
from repair.rules.stops_words import ends_with_speech_tag

_WRAPPER = lazy_compile(
    r"(?P<pronoun>He|She) said(?: that)? (?P<first>[it])(?:t|here) (?:is|was|will|would|has|had|could|may)\b")
# Words that show a person in the text: a personal pronoun, a title, a verb of
# communication (its subject is someone who could be "he" or "she").
_ANY_PERSON = lazy_compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|Mr|Mrs|Ms|Dr|said|says|told|added|stated|according|announced"
    r"|announces|reported|wrote|warned|noted|explained|confirmed|insisted|declared|argued|claimed|asked|urged"
    r"|promised|proposed|presented|unveiled|introduced|criticised|criticized|welcomed)\b")
_SAME_KIND = {"He": lazy_compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|Mr)\b"),
              "She": lazy_compile(r"\b(?:[Ss]he|[Hh]er|Mrs|Ms)\b")}
# Two or more capitalised words in a row, and the word before them: a person's name takes
# no article ("Mayor Ana Lind", "by Prime Minister Ivo Kask"), an institution's usually
# does ("the Northern Philharmonic").
_NAME_RUN = lazy_compile(r"(?:\b(?P<before>\w+) )?(?P<run>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)")
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
    prev = doc.previous_in_paragraph(position)
    if not _may_name_person(before):
        why = f"no one before “{pronoun} said” is named or called “{pronoun.lower()}”"
        if prev is not None and thing_subject(doc.sentence_text(prev)):
            # "The orchestra has cancelled its season … He said it is the first time …": no
            # name, no person word, and the sentence before is about a thing: no one is "he".
            return self.edit(start, first + 1, replacement,
                             f"Attribution (delete-invented-tag): {why}, and the sentence before is about a "
                             "thing; the invented tag is dropped.", 0.5)
    else:
        why = f"no one before “{pronoun} said” is called “{pronoun.lower()}” or speaks"
    # Only shown: a person noun ("the minister toured …") or a lone name ("Okafor …") can be
    # the speaker, and neither can be told from an institution by its form.
    return self.edit(start, first + 1, replacement,
                     f"Attribution (delete-invented-tag): {why}; the tag may be invented around a "
                     "statement that stands alone.",
                     0.4, Safety.DISPLAY)


# A sentence that only points back at the report before it and names its speaker again:
# "This was stated by the manager." / "That is what she wrote." It carries no fact.
_PASSIVE_POINTER = lazy_compile(
    r"(?:This|That|It) (?:was|is|has been|had been) (?:also )?(?:said|stated|announced|explained|written|declared)"
    r" by (?:the |a |an |his |her |their |its )?(?P<head>[\w'’-]+(?: [\w'’-]+){0,3})\.")
_WHAT_POINTER = lazy_compile(
    r"(?:That|This) (?:is|was) (?:exactly |just )?what (?P<head>he|she|they|the [a-z]+(?: [a-z]+)?|[A-Z][\w'’-]+)"
    r" (?:said|says|wrote|writes|announced|stated|declared|told (?:us|them|reporters|the [a-z]+))\.")
# "According to her, it is like that.": a source and a clause that only points back.
_ACCORDING_POINTER = lazy_compile(
    r"(?:According to (?:him|her|them|the [a-z]+(?: [a-z]+)?|[A-Z][\w'’-]+)|In (?:his|her|their) words), "
    r"(?:it|this|that) (?:is|was) (?:like that|like this|so|the case|true)\.")
# "…, the mayor said. According to her.": a bare pronoun source and no clause, after a
# sentence that closes on its own tag; the pronoun can only point back at that speaker.
_ACCORDING_PRONOUN = lazy_compile(r"According to (?:him|her|them)\.")
POINTER_LOOKBACK = 600  # characters before the sentence where its speaker must stand


def pointing_tag(doc: Document, position: int, self: Rule) -> Edit | None:
    """The deletion of a sentence that only points back at the report before it and names
    its speaker again ("This was stated by the manager.", "That is what she wrote."); None
    when it is not one. The speaker must stand in the text just before: the head word of a
    "by" phrase or a name in the sentence before, a "he"/"she" after someone who speaks."""
    sentence = doc.sentences[position]
    start, end = sentence.span.start, sentence.span.end
    if end - start > 70 or doc.text[start] not in "TIA":
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is not None and _ACCORDING_PRONOUN.fullmatch(doc.text, start, end) \
            and ends_with_speech_tag(doc.sentence_text(prev)):
        return self.edit(prev.span.end, end, "",
                         f"Attribution (delete-invented-tag): “{doc.sentence_text(sentence)}” only points back "
                         "at the speaker the tag before it names; deleted.", 0.6)
    if doc.text.startswith(("According ", "In "), start) and _ACCORDING_POINTER.fullmatch(doc.text, start, end):
        if prev is None and position > 0 and doc.next_in_paragraph(position) is None:
            prev = doc.sentences[position - 1]  # a paragraph of its own, after the report it points at
        if prev is None or not _ANY_PERSON.search(doc.sentence_text(prev)):
            return None  # a source named only further back may be pointed at for a reason
        text = doc.sentence_text(sentence)
        return self.edit(prev.span.end, end, "",
                         f"Attribution (delete-invented-tag): “{text}” only points back at the report before it "
                         "and names its speaker again; deleted.", 0.6)
    if prev is None:
        return None
    before = doc.text[max(0, start - POINTER_LOOKBACK) : start]
    passive = _PASSIVE_POINTER.fullmatch(doc.text, start, end)
    what = None if passive else _WHAT_POINTER.fullmatch(doc.text, start, end)
    if passive is not None:
        head = passive["head"].split()[-1]
        prev_text = doc.sentence_text(prev)
        if not _ANY_PERSON.search(prev_text) or not re.search(r"\b" + re.escape(head) + r"\b", prev_text, re.I):
            return None  # "This was announced by the ministry." after an unattributed fact: news of its own
    elif what is not None:
        head = what["head"]
        if head in ("he", "she", "they"):
            if not _ANY_PERSON.search(before):
                return None
        elif not re.search(r"\b" + re.escape(head.split()[-1]) + r"\b", before, re.I):
            return None
    else:
        return None
    text = doc.sentence_text(sentence)
    return self.edit(prev.span.end, end, "",
                     f"Attribution (delete-invented-tag): “{text}” only points back at the report before it "
                     "and names its speaker again; deleted.", 0.6)


# A short pronoun report after a sentence that attributes the same statement: "He announced
# that fees would be lowered." after "… fees by 8 percent, its director announced."
_PRONOUN_REPORT = lazy_compile(
    r"(?:(?:He|She|They) (?:said|says|announced|announces|added|adds|stated|explained|confirmed|noted|notes"
    r"|stressed|stresses|emphasised|emphasized|pointed out"
    r"|told (?:them|him|her|us|reporters|journalists))(?: that)?|According to (?:him|her|them),)"
    r" (?P<report>[a-z][^.,;:!?\"“”0-9]*(?:, [a-z][^.,;:!?\"“”0-9]*)*)\.")
_REPORTED = lazy_compile(r"\b(?:said|says|told|added|stated|announced|according to)\b")
MAX_RESTATED_WORDS = 10


def restated_report(doc: Document, position: int, self: Rule) -> Edit | None:
    """A short pronoun report that restates the attributed sentence before it ("He says it
    will drop." after "… output will fall, according to its chairman."): its deletion is
    shown, not applied (``display``), since whether the report adds a fact can't be read
    off the words (a synonym, "lowered" for "cut", restates; a new verb reports news).
    Half or more of its content words stand in the sentence before, or it is a pronoun
    subject and one verb ("it will drop")."""
    sentence = doc.sentences[position]
    start, end = sentence.span.start, sentence.span.end
    if end - start > 80 or doc.text[start] not in "HSTA":
        return None
    found = _PRONOUN_REPORT.fullmatch(doc.text, start, end)
    prev = doc.previous_in_paragraph(position)
    if found is None or prev is None:
        return None
    words = lexicon.words(found["report"])
    if len(lexicon.words(doc.sentence_text(sentence))) > MAX_RESTATED_WORDS:
        return None
    prev_text = doc.sentence_text(prev)
    if not _REPORTED.search(prev_text):
        return None
    content = [w.lower() for w in words if len(w) > 2 and not lexicon.is_function_word(w)
               and w.lower() not in lexicon.AUXILIARIES]
    prev_words = lexicon.words(prev_text)
    stems = {w.lower()[:4] for w in prev_words}
    shared = sum(w[:4] in stems for w in content)
    pointing = len(words) <= 4 and words[0] in ("it", "this", "they") and len(content) <= 1
    if not content or not (pointing or 2 * shared >= len(content)):
        return None
    text = doc.sentence_text(sentence)
    if len(content) >= 3 and all(_shared(w, stems, prev_words) for w in content):
        # "They noted that the measures aim to curb volatility." after "The measures are aimed at
        # curbing volatility, the regulator said …": every content word is the sentence before's.
        return self.edit(prev.span.end, end, "",
                         f"Attribution (delete-invented-tag): “{text}” repeats every content word of the "
                         "attributed sentence before it; deleted.", 0.55)
    if _restates(found, words, content, stems, prev_words, prev_text):
        return self.edit(prev.span.end, end, "",
                         f"Attribution (delete-invented-tag): “{text}” restates the attributed sentence before "
                         "it with the same speech verb or the same trend; deleted.", 0.55)
    return self.edit(prev.span.end, end, "",
                     f"Attribution (delete-invented-tag): “{text}” may only restate the attributed sentence "
                     "before it; an editor should check whether it adds a fact.", 0.4, Safety.DISPLAY)


def _shared(word: str, stems: set[str], prev_words: list[str]) -> bool:
    """``word`` stands in the sentence before by its first four letters, or whole as the
    start of one of its words ("aim" in "aimed")."""
    if word in _NEGATIONS:
        # "children should not study …" after "No child should study …": a negation restates
        # a negation, whichever word carries it.
        return any(w.lower() in _NEGATIONS for w in prev_words)
    return word[:4] in stems or (len(word) < 4 and any(w.lower().startswith(word) for w in prev_words))


_NEGATIONS = frozenset("not no never none nobody nothing".split())


# Verbs that give a trend, by its direction: a report whose only verb repeats the direction
# of one in the sentence before ("it will drop" after "output will fall") restates it.
_DOWN = frozenset("fall falls fell fallen drop drops dropped decline declines declined decrease decreased shrink "
                  "shrinks shrank ease eased lower lowered cut cuts slow slows slowed reduce reduces reduced".split())
_UP = frozenset("rise rises rose risen grow grows grew grown increase increases increased climb climbs climbed "
                "gain gains gained raise raised jump jumps jumped".split())


def _restates(found: re.Match[str], words: list[str], content: list[str], stems: set[str],
              prev_words: list[str], prev_text: str) -> bool:
    """The short pronoun report surely restates the sentence before, so its deletion is
    applied (``unsafe``), not only shown. Its tag repeats the speech verb of the sentence
    before, or its subject is a pronoun ("it will drop"); and each content word it does not
    share with the sentence before is either a trend verb going the way of one there
    ("lowered" after "cut", "drop" after "fall", none the other way) or a linking verb whose
    complement is shared ("the clinics will remain open" after "… would stay open")."""
    verb = found.group(0).split(" ", 2)[1]
    lowered = [w.lower() for w in words]
    if not (re.search(r"\b" + verb + r"\b", prev_text) or lowered[0] in ("it", "they")):
        return False
    prev_trends = {w.lower() for w in prev_words} & (_DOWN | _UP)
    for at, word in enumerate(lowered):
        if word not in content or word[:4] in stems:
            continue
        same_way = _DOWN if word in _DOWN else _UP if word in _UP else None
        if same_way is not None and prev_trends and prev_trends <= same_way:
            continue
        linking = 0 < at < len(lowered) - 1 and lowered[at - 1] in ("will", "would", "to") \
            and lowered[at + 1][:4] in stems and not lexicon.is_function_word(lowered[at + 1])
        if not linking:
            return False  # "… would reopen", "… for a month": a new fact, not a restatement
    return True
