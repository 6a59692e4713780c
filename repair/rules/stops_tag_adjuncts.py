"""A piece after a false stop that closes a trailing speech tag, but belongs to the reported clause.

"…, police said. as a precaution." and "…, scientists said on Wednesday. the fastest since
1960." were one sentence whose last phrase the MT cut came after the tag. A bare join hangs
the phrase on the speaking ("police said as a precaution", "said on Wednesday the fastest
…"), which is not what was meant: a reason or precaution qualifies what was done, not the
saying, and a superlative noun phrase renames the figure the clause reports. The repair
moves the phrase back before the tag's comma. A time phrase ("… police said. on Sunday.")
may place the saying as well as the event: after a tag with no time of its own the move
back before the tag is only shown (display), the join offered beside it. A clock time cut
off after a date ("… closed on Sunday. at noon.") goes before the date, the order
English news writes ("at noon on Sunday").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.glued import TITLES, zipf
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import _NOT_SUPERLATIVES, _SUPERLATIVE

__all__ = ["BODY_NOUNS", "clause_phrase", "owner_after_tag", "participle_then_tag", "phrase_before_tag",
           "time_after_tag"]

# A trailing tag: its comma, a short subject, a speech verb, and at most a short time or
# place phrase after it ("…, police said.", "…, scientists said on Wednesday.").
_TRAILING_TAG = lazy_compile(
    r", (?:(?:the|a|an) )?(?:[\w'’.-]+ ){0,4}?(?:said|says|added|reported|announced|stated|confirmed)"
    r"(?: (?:on|in|at|late|early) [\w'’ .-]{1,30})?\.$")
# Openers of a phrase giving a reason or precaution, which qualifies the reported act and
# never the speaking ("as a precaution", "because of the heat", "due to high winds").
_REASON_OPENERS = frozenset("as because due despite".split())
_RENAMING_DETERMINERS = frozenset("the its their".split())
# Focusing adverbs that narrow the figure the clause reports ("mostly in the north",
# "mainly older people"): they qualify the figure, set off with commas, never the speaking.
_FOCUS_ADVERBS = frozenset("mostly mainly largely chiefly mainly particularly especially notably including".split())
# A piece that is a participle phrase and a trailing tag after its comma ("buried under the
# dunes, the museum said on Friday.").
_PARTICIPLE_THEN_TAG = lazy_compile(
    r"^[a-z]+(?:ed|en|wn|ung|ept|elt|ilt|ent) [^,]{3,60}, (?:(?:the|a|an) )?(?:[\w'’.()-]+ ){0,8}?"
    r"(?:said|says|added|reported)(?: (?:on|in|at|late|early) [\w'’ .-]{1,30})?\.$")


# A clock time alone ("at 8 p.m.", "at 10:30 a.m.", "at noon"), the whole piece.
_CLOCK_PIECE = lazy_compile(r"(?i)(?:at|at about|at around|around|about|shortly after|shortly before|just after|"
                          r"just before) "
                          r"(?:\d{1,2}(?:[:.]\d\d)? ?(?:a\.m\.|p\.m\.|am|pm|GMT)|noon|midnight)\.?$")
# A date phrase that ends the sentence before the stop ("on Friday", "on Friday evening",
# "on 3 May", "on May 3").
_DATE_END = lazy_compile(
    r"\b(?:on|late on|early on) (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?|\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\.$")
# Openers and heads of a time phrase with no clause ("on Sunday morning", "late on Friday",
# "early this week", "overnight").
_TIME_HEADS = frozenset("on at late early overnight last this shortly".split())
# Parts of the day and clock times: a statement is dated by its day, rarely by its hour, so
# only with one of these does the phrase read as the event's time as much as the saying's.
_TIME_NAMES = frozenset("morning afternoon evening night overnight a.m p.m noon midnight dawn dusk".split())


def _time_phrase(q: list[str]) -> bool:
    """``q`` (the false stop's capital lowered) is a short time phrase and nothing else: a
    time opener, at most six words, a day, a part of the day or a clock time among them, no
    clause and no place name after a preposition ("on Sunday in Leeds")."""
    if not 1 <= len(q) <= 6 or q[0] not in _TIME_HEADS or lexicon.has_clause(q):
        return False
    if not any(w.lower().rstrip(".") in _TIME_NAMES for w in q):
        return False
    return not any(w.lower() in ("in", "near", "from", "to", "for") for w in q[1:])


def time_after_tag(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                   q: list[str]) -> list[StopRepair]:
    """The repair of a time phrase cut off after the sentence's end: a clock time after a
    date goes before the date ("… left on Monday morning. at 6 a.m." -> "… left at 6 a.m. on
    Friday evening."); any time phrase after a trailing tag with no time of its own ("…,
    police said. late on Tuesday night.") may time the event or the saying, so its move back
    before the tag is only shown, with the join beside it. [] when the piece is neither."""
    if not q or text[piece_end - 1 : piece_end] != "." or "," in text[piece_start:piece_end]:
        return []
    piece = text[piece_start:piece_end]
    # "at 8 p.m.": the abbreviation's stop is the piece's stop too, and stays with it.
    phrase = piece[0].lower() + (piece[1:] if piece.endswith(".m.") else piece[1:-1])
    if _CLOCK_PIECE.match(piece):
        date = _DATE_END.search(text, max(prev_start, stop - 40), stop + 1)
        if date is not None and date.start() > prev_start:
            at = date.start()
            dated = text[at:stop]
            return [StopRepair("move-displaced", at, piece_end, f"{phrase} {dated}.", 0.65,
                               f"“{phrase}” is the clock time of “{dated}”; it goes before the date.")]
    lowered = [q[0].lower(), *q[1:]]
    if not _time_phrase(lowered):
        return []
    window = max(prev_start, stop - 80)
    tag = _TRAILING_TAG.search(text, window, stop + 1)
    if tag is None or tag.start() <= prev_start or text[stop - 1] in "”\"" or " on " in text[tag.start() : stop] \
            or " at " in text[tag.start() : stop]:
        return []  # no tag, a quotation's tag, or a tag that has its time already
    comma = tag.start()
    if not lexicon.has_clause(lexicon.words(text[prev_start:comma])):
        return []
    moved = StopRepair("move-displaced", comma, piece_end, f" {phrase}{text[comma : stop + 1]}", 0.4,
                       f"“{phrase}” may time the event the clause reports rather than the speaking; an editor "
                       "should choose between moving it back before the tag and joining it.", display=True)
    join = StopRepair("join", stop, piece_start + 1, " " + piece[0].lower(), 0.4,
                      f"“{piece}” continues the sentence before it; the stop is dropped.", display=True)
    return [moved, join]


# A trailing tag whose speaker is a bare role ("…," the coach said.): "the", one or two
# lower-case words, the verb.
_ROLE_TAG_END = lazy_compile(
    r"(?<=[,”\"] )(?P<role>(?:the|a|an) (?P<noun>[a-z]+(?: [a-z]+)?)) (?P<verb>said|says|added)\.$")
# The body a role speaks for, cut off after the tag: "for", "of" or "at" and a noun phrase
# with a name in it or ending on a body noun ("For the Kelmar fire service.", "of the
# health ministry."), with the speaker's name after a comma or none.
_BODY_PIECE = lazy_compile(r"(?i:for|of|at) (?P<body>the (?:[\w'’-]+ ){0,4}[\w'’-]+)"
                         r"(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})?\.$")
# Roles that speak for a body with no agent ending ("official", "spokesperson").
_BODY_ROLES = frozenset("official spokesperson head representative aide source".split())


def _body_speaker_noun(word: str) -> bool:
    """``word`` names a role in which a person speaks for a body ("the spokesman said. For the
    fire service."): a listed title, a listed body role ("official", "aide", "source") or an
    agent noun by its form. Looser than :func:`attribution_neighbours.role_noun` (no screen for
    "-er" adverbs): the body piece after the tag is the evidence here."""
    return word in TITLES or word in _BODY_ROLES or lexicon.agent_noun(word)


BODY_NOUNS = frozenset(
    """service ministry department agency council company firm bank police union club team group office board
    commission committee authority government court army navy party embassy hospital school university""".split())
# The rest of the speaker cut off after the tag: "of", the owner ("the club", "the
# national team") and the speaker's name after a comma. Without the name "of" may open what
# the speaking was about ("the coach said. of the defeat."), so the piece is left to the join.
_OWNER_PIECE = lazy_compile(r"of (?P<owner>the [a-z]+(?: [a-z]+){0,2})"
                          r"(?:, (?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}))\.$")


def owner_after_tag(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int) -> list[StopRepair]:
    """The rebuild of a trailing tag whose speaker was cut after its verb: "…," the coach
    said. of the side, Ana Ruiz." -> "…," the side's coach, Ana Ruiz, said."; "…, a
    spokeswoman said. For the port authority." -> "…, a spokeswoman for the port authority
    said." A join would hang the owner on the speaking ("said of the club", "said for the
    fire service"), which changes what is said. [] when the tag or the piece has another
    shape."""
    piece = text[piece_start:piece_end]
    tag = _ROLE_TAG_END.search(text, max(prev_start, stop - 40), stop + 1)
    if tag is None or any(lexicon.is_function_word(w) or w in lexicon.SPEECH_VERBS for w in tag["noun"].split()):
        return []
    owned = _OWNER_PIECE.match(piece)
    if owned is not None and not any(lexicon.is_function_word(w) for w in owned["owner"].split()[1:]) \
            and tag["role"].startswith("the "):
        window = text[max(0, stop - 2000) : stop]  # the text's own apostrophe style, from a bounded window
        apostrophe = "’" if "’" in window or "“" in window else "'"
        owner = owned["owner"]
        possessive = owner + (apostrophe if owner.endswith("s") else apostrophe + "s")
        speaker = f"{possessive} {tag['noun']}, {owned['name']},"
        return [StopRepair("rebuild-attribution", tag.start(), piece_end, f"{speaker} {tag['verb']}.", 0.6,
                           f"“{piece[:-1]}” is the rest of the speaker cut off the tag; the tag is rebuilt "
                           "around it.")]
    body = _BODY_PIECE.match(piece)
    if body is None or not _body_speaker_noun(tag["noun"].split()[-1]) or not (
            any(w[:1].isupper() for w in body["body"].split()[1:]) or body["body"].split()[-1] in BODY_NOUNS):
        return []
    # "for the first time", "of the plan": no named body and no body noun, so no speaker.
    phrase = piece[0].lower() + piece[1:-1]
    closer = "," if "," in phrase else ""  # the name after the body is set off on both sides
    return [StopRepair("rebuild-attribution", tag.start(), piece_end, f"{tag['role']} {phrase}{closer} {tag['verb']}.",
                       0.6,
                       f"“{phrase}” names the body the speaker speaks for, cut off the tag; the tag is rebuilt "
                       "around it.")]


def _reason_phrase(q: list[str]) -> bool:
    """``q`` is a short reason phrase with no clause ("as a precaution", "due to high winds")."""
    return q[0] in _REASON_OPENERS and 2 <= len(q) <= 6 and not lexicon.has_clause(q[1:])


# How often clean English writes a word's "-ing" form (wordfreq's Zipf scale) for the word to
# be a verb an infinitive "to" can govern ("to unload": "unloading" 3.2, "to refuel":
# "refueling" 2.9); a noun after "to" ("to reporters", "to hospital") has no such form.
ING_FORM_ZIPF = 2.5


def _base_verb(word: str) -> bool:
    """``word`` (lower case) is a verb's base form by the frequency of its "-ing" form, whose
    spelling drops a final "e" ("move" -> "moving") or doubles a final consonant ("stop")."""
    if len(word) < 3 or not word.isalpha() or not word.islower() or lexicon.is_function_word(word) \
            or word.endswith(("ing", "ed", "ly")) or (word.endswith("s") and not word.endswith("ss")):
        return False
    forms = {word + "ing", word[:-1] + "ing" if word.endswith("e") else word + word[-1] + "ing"}
    return max(zipf(form) for form in forms) >= ING_FORM_ZIPF


def _purpose_phrase(q: list[str]) -> bool:
    """``q`` is a short infinitive of purpose with no clause ("to unload", "to cross the
    border"): it says what the reported act is for, never the speaking ("he said to unload")."""
    return q[0] == "to" and 2 <= len(q) <= 6 and _base_verb(q[1]) and not lexicon.has_clause(q[2:])


def _focus_phrase(q: list[str]) -> bool:
    """``q`` is a focusing adverb and a short phrase with no clause ("mostly in the north")."""
    return q[0] in _FOCUS_ADVERBS and 2 <= len(q) <= 7 and not lexicon.has_clause(q[1:])


def participle_then_tag(stop: int, piece_start: int, piece: str, q: list[str]) -> list[StopRepair]:
    """The comma join of a lower-case participle phrase that ends on a trailing tag ("… a
    fortress of 900 years. buried under the dunes, the museum said."): the phrase describes
    the noun before the stop and the tag's comma closes it, so the stop opens it with a comma."""
    if not q or not piece[:1].islower() or _PARTICIPLE_THEN_TAG.match(piece) is None:
        return []
    head = lexicon.words(piece.split(",", 1)[0])
    if lexicon.has_clause(head[1:]) or any(w in lexicon.SUBJECT_PRONOUNS for w in head):
        return []
    if len(head) == 2 and not lexicon.is_function_word(head[1]) and not head[1].endswith("ly"):
        # "… a shortage. trained midwives, the union said.": the "-ed" word is an adjective
        # before its noun, no participle phrase; the stop swallowed a word ("of"), which only
        # an editor can restore.
        return [StopRepair("join-comma", stop, piece_start, ", ", 0.35,
                           f"“{piece}” opens with a noun phrase, not a participle phrase; a word before it was "
                           "lost with the stop, so an editor should restore it.", display=True)]
    return [StopRepair("join-comma", stop, piece_start, ", ", 0.6,
                       f"“{piece}” is a participle phrase describing the noun before the stop, closed by the "
                       "tag's comma; the stop becomes the comma that opens it.")]


_SAYING_PARTICIPLES = frozenset("stated said noted reported announced written explained mentioned".split())


def _renaming_phrase(q: list[str]) -> bool:
    """``q`` is a superlative noun phrase that renames a figure ("the fastest since records
    began", "its highest level in a decade"): a determiner and a superlative adjective."""
    return len(q) >= 3 and q[0] in _RENAMING_DETERMINERS and q[1] not in _NOT_SUPERLATIVES \
        and _SUPERLATIVE.fullmatch(q[1]) is not None


def clause_phrase(q: list[str]) -> bool:
    """``q`` is a phrase that qualifies a reported clause, never its speaking: a reason or a
    renaming superlative (the split rule lets it past a complete tag for :func:`phrase_before_tag`)."""
    lowered = [q[0].lower(), *q[1:]] if q else q
    return bool(q) and (_reason_phrase(lowered) or _renaming_phrase(lowered) or _focus_phrase(lowered)
                        or _purpose_phrase(lowered))


def phrase_before_tag(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                      q: list[str]) -> list[StopRepair]:
    """The move of a reason phrase or a renaming superlative phrase after the stop back before
    the trailing tag that ends the sentence (see the module docstring), or [] when the
    sentence ends on no such tag or the piece is neither."""
    if not q or not text[piece_end - 1 : piece_end] == ".":
        return []
    if timed := time_after_tag(text, prev_start, stop, piece_start, piece_end, q):
        return timed
    if owned := owner_after_tag(text, prev_start, stop, piece_start, piece_end):
        return owned
    q = [q[0].lower(), *q[1:]]  # "As a precaution.": the false stop's capital
    if len(q) > 1 and q[0] == "as" and q[1] in _SAYING_PARTICIPLES:
        # "…, the agency said. As stated in the report.": it names the source again, no
        # reason; AT001 deletes it after a tag, so the join is only shown.
        return [StopRepair("join", stop, piece_start + 1, " a", 0.35,
                           f"“{text[piece_start:piece_end]}” only names the source again; an editor should "
                           "delete it or join it.", display=True)]
    renaming = _renaming_phrase(q) or _focus_phrase(q)  # both are set off with commas
    purpose = _purpose_phrase(q)
    if not (renaming or purpose or _reason_phrase(q)):
        return []
    window = max(prev_start, stop - 80)  # the tag is short: no whole-sentence copy
    tag = _TRAILING_TAG.search(text, window, stop + 1)
    if tag is None or tag.start() <= prev_start:
        return []
    comma = tag.start()
    reported = lexicon.words(text[prev_start:comma])
    # The tag must follow a reported clause the phrase can go back into. (A plain present,
    # "Ships wait four days", escapes the clause test; an infinitive after a tag's "said" is
    # no English either way, so for a purpose phrase four words before the tag will do.)
    if not (lexicon.has_clause(reported) or (purpose and len(reported) >= 4)):
        return []
    phrase = text[piece_start].lower() + text[piece_start + 1 : piece_end - 1]
    if renaming:
        return [StopRepair("move-displaced", comma, piece_end, f", {phrase}{text[comma : stop + 1]}", 0.65,
                           f"“{phrase}” renames what the clause before the tag reports; moved back before "
                           "the tag, set off with commas.")]
    reason = "purpose" if purpose else "reason"
    return [StopRepair("move-displaced", comma, piece_end, f" {phrase}{text[comma : stop + 1]}", 0.65,
                       f"“{phrase}” gives the {reason} of what the clause reports, not of the speaking; moved "
                       "back before the tag.")]
