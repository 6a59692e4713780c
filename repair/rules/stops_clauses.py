"""Whether a lower-case piece after a stop is a sentence of its own or a fragment.

Two readings the stop rules (SP001) and the capital rule (CA003) get wrong when they look
only at the first word:

- a piece that opens with a preposition but holds a whole clause after its opening phrase
  ("… will take weeks. after the last vote it took 90 days.") is a sentence that lost its
  capital: a join makes a run-on, so its capital is restored (:func:`clause_after_opener`);
- a piece whose only verb-like word is a raising verb's participle ("… paid bonuses to
  units. each rebel reported killed.") has no finite verb: capitalising it makes a fake
  sentence (:func:`participle_fragment`).

Both take word tokens as :func:`repair.lexicon.words` gives them. A third kind is a speech
tag cut off its sentence (:func:`speech_tag_piece`, "… on Friday. Said the company.").
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.glued import zipf
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_words import ends_with_complete_tag, ends_with_subject, is_bare_verb

# Pronouns that are a clause's subject ("it took", "they agreed"); "this"/"that" are left
# out (determiners as often as subjects).
_SUBJECTS = frozenset("he she it they we i there".split())
# Words that end an opening phrase without a clause after it: a relative or a conjunction
# makes the piece a subordinate continuation ("in the hall where they voted").
# A wh-word after the preposition opens a nominal clause whose subject and verb are its own
# ("to look at what these women had lost", "about how the money was spent").
_PHRASE_BREAKERS = lexicon.CONJUNCTIONS | frozenset("which who whom whose where when that what how why whether".split())
# Openers whose phrase is no adverbial of the clause after it ("of", "than", "as", "like").
_NOT_OPENERS = frozenset("of than as like per via".split())
# Verbs that take a passive participle as their complement in a reduced clause ("reported
# killed", "feared trapped", "believed stolen").
_RAISING = frozenset("reported believed feared thought presumed confirmed listed said".split())
MAX_OPENING_WORDS = 6


def _finite(word: str) -> bool:
    w = word.lower()
    return w in lexicon.AUXILIARIES or w in lexicon.IRREGULAR_PAST or w in lexicon.SPEECH_VERBS or (
        len(w) > 3 and w.endswith("ed"))


def clause_after_opener(tokens: list[str]) -> bool:
    """True when the tokens open with a prepositional phrase and a subject and finite verb
    follow it: "after the last vote it took 90 days", "in the first quarter the firm lost
    money". False for a bare phrase ("in the parliament building"), one a relative or
    conjunction continues ("in the hall where they voted") or one opened by "of"/"than"."""
    if len(tokens) < 4 or tokens[0].lower() not in lexicon.PREPOSITIONS or tokens[0].lower() in _NOT_OPENERS:
        return False
    lowered = [t.lower() for t in tokens]
    for j in range(2, min(len(tokens) - 1, MAX_OPENING_WORDS + 1)):
        before = lowered[j - 1]
        if before in _PHRASE_BREAKERS or _finite(before):
            return False  # the opening phrase itself holds a verb or a link word
        if before in lexicon.DETERMINERS or before in lexicon.PREPOSITIONS:
            continue  # the phrase is still looking for its noun
        word = lowered[j]
        if word in _SUBJECTS and _finite(lowered[j + 1]):
            return True  # "… election it took"
        if word in lexicon.DETERMINERS and j + 2 < len(tokens) and not lexicon.is_function_word(lowered[j + 1]) \
                and (lowered[j + 2] in lexicon.AUXILIARIES or lowered[j + 2] in lexicon.IRREGULAR_PAST
                     or lowered[j + 2] in lexicon.SPEECH_VERBS):
            # "… quarter the firm lost"; but "on request, the operator said" is the phrase and
            # its speech tag: what the tag attributes has no verb of its own.
            return not (lowered[j + 2] in lexicon.SPEECH_VERBS and len(tokens) - (j + 2) <= 3)
    return False


_PARTICLES = frozenset("off out up down away back over".split())
# Words a count opens with ("both players", "three people"): the subject of a counted piece.
_COUNT_WORDS = frozenset(
    """both most many several few two three four five six seven eight nine ten eleven twelve
    dozens hundreds thousands""".split())


# Irregular past forms that are never the participle ("took", not "taken"): finite for sure.
_PAST_ONLY = frozenset(
    """rose fell went came took gave saw knew became began drew broke drove chose threw sank shook
    flew rode spoke grew ate did wrote stole tore withdrew underwent overcame oversaw hid""".split())


def counted_by_participle(tokens: list[str]) -> bool:
    """The verb of a counted piece ("both players sent off late on") may be a past
    participle with no object, the piece an absolute phrase: a past form that may be a
    participle (no auxiliary, not "took"/"went") with a particle after it and no object
    between ("sent off", "carried out", "taken away"): a phrasal verb that lost its object is
    passive. Then a comma join may be the repair as well as a capital. An intransitive verb
    and a place ("three people died in floods") is a sentence and not counted here."""
    lowered = [t.lower() for t in tokens]
    for j, word in enumerate(lowered[1:6], 1):
        if word in lexicon.AUXILIARIES:
            return False
        if word in lexicon.IRREGULAR_PAST or (len(word) > 3 and word.endswith("ed")):
            after = lowered[j + 1] if j + 1 < len(lowered) else ""
            return word not in _PAST_ONLY and after in _PARTICLES
    return False


def participle_fragment(tokens: list[str]) -> bool:
    """True for a determiner-led noun phrase whose only verb is a raising verb with a
    participle after it, which ends the piece or meets a preposition: "each rebel reported
    killed", "two miners feared trapped in the shaft". Such a piece modifies a noun of
    the sentence before (an editor joins it, often with a word such as "for"), so it must not
    be capitalised as a sentence."""
    lowered = [t.lower() for t in tokens]
    if lowered and (lowered[0] in _COUNT_WORDS or lowered[0][:1].isdigit()) and counted_by_participle(tokens):
        return True  # "both players sent off in the last minute": an absolute phrase, no sentence
    if len(lowered) < 4 or not (lowered[0] in lexicon.DETERMINERS or lowered[0][:1].isdigit()):
        return False
    if any(t in lexicon.AUXILIARIES for t in lowered):
        return False
    for i in range(2, len(lowered) - 1):
        if lowered[i] in _RAISING and is_bare_verb(lowered[i + 1]):
            tail_ok = i + 2 == len(lowered) or lowered[i + 2] in lexicon.PREPOSITIONS
            head_ok = not any(_finite(t) for t in lowered[1:i])
            return tail_ok and head_ok
    return False


# A quotation already attributed by its tag ("“…,” said Mayor Ana Ruiz."): a second tag after
# the stop repeats its speaker (AT001 deletes the echo); joined, it would say it twice.
_QUOTE_TAGGED = lazy_compile(r"[,?!][”\"] (?:said|says|added|told)\b")


# A name-led piece that can follow a lone "Said." as its speaker ("Governor Ana Ruiz at a
# press conference."): capitalised words, then at most a short phrase, no verb.
_SPEAKER_AFTER = lazy_compile(r" ((?:[A-Z][\w'’.-]+ ){1,4}(?:(?:at|in|on|to|during)\b[^.!?\n]{0,60})?)\.(?=\s|$)")


# A phrase that can follow a lone "Said." as its speaker's post-modifier ("Aware of the
# plan.", "Close to the talks."): an adjective or participle and a prepositional phrase.
_SPEAKER_MODIFIER = lazy_compile(
    r" ((?:[A-Z][a-z]+(?:ed|ar|ose|ant|ent|ive|ble|are)) (?:with|to|in|on|of|about|for|at)\b"
    r"[^.!?\n,;:]{2,50})\.(?=\s|$)")


def speech_tag_piece(text: str, stop: int, piece_start: int, piece_end: int, prev_text: str,
                     q: list[str]) -> StopRepair | None:
    """The repair for a speech tag a false stop cut off the sentence it attributes.

    "… on Friday. Said the company." -> "… on Friday, said the company." (reattached with a
    comma); "… the orders. Said. Governor Ana Ruiz at a briefing." -> "… the orders, said
    Governor Ana Ruiz at a briefing." (a tag cut twice); a lone "Said." with no speaker
    after it is deleted: "orders said" would make the sentence's last noun the speaker.
    None when the piece is no such tag, or the sentence before already ends on a tag."""
    if not q or q[0].lower() not in lexicon.SPEECH_VERBS or not text[piece_start].isupper():
        return None
    if ends_with_complete_tag(prev_text) or prev_text.rstrip(".").endswith(("”", '"')) \
            or _QUOTE_TAGGED.search(prev_text):
        return None  # a quotation's own tag is the quote rules' (restore-quotes) business
    verb = q[0].lower()
    if len(q) == 1:
        if ends_with_subject(lexicon.words(prev_text), prev_text):
            modifier = _SPEAKER_MODIFIER.match(text, piece_end)
            if modifier and not lexicon.has_clause(lexicon.words(modifier.group(1))):
                # ", an adviser. Said. Close to the talks.": the phrase after the verb
                # describes the speaker; the tag is rebuilt in English order.
                phrase = modifier.group(1)
                return StopRepair("rebuild-attribution", stop, piece_end + modifier.end() - piece_end,
                                  f" {phrase[0].lower()}{phrase[1:]} {verb}.", 0.55,
                                  f"“{q[0]}” and “{phrase}” were cut off the speaker before them; the tag is "
                                  "rebuilt with the phrase after the speaker.")
            return None  # ", the board. Said.": the verb completes the tag (a join)
        speaker = _SPEAKER_AFTER.match(text, piece_end)
        if speaker and not lexicon.has_clause(lexicon.words(speaker.group(1))):
            return StopRepair("reattach-tag", stop, piece_end + 1, f", {verb} ", 0.55,
                              f"“{q[0]}” and the name after it are the sentence's speech tag, cut twice; "
                              "reattached with a comma.")
        return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.5,
                          f"“{q[0]}.” is a speech verb with no speaker; deleted.")
    rest = [t.lower() for t in q[1:]]
    if len(rest) > 4 or lexicon.has_clause(q[1:]) or any(t in lexicon.PREPOSITIONS for t in rest):
        return None
    if rest[0] not in ("the", "a", "an", "its", "his", "her", "their") and not q[1][:1].isupper():
        return None
    piece = text[piece_start:piece_end]
    return StopRepair("reattach-tag", stop, piece_start + 1, ", " + piece[0].lower(), 0.65,
                      f"“{piece}” is the sentence's speech tag; reattached with a comma.")


# Verbs that take a to-infinitive and, as an "-s" form before "to", are a verb, not a plural
# noun followed by a preposition ("plans to add", "hopes to sell").
_INFINITIVE_VERBS = frozenset("plans hopes expects aims intends wants seeks promises vows pledges".split())


def second_predicate(q: list[str]) -> bool:
    """The piece is a second verb phrase of the sentence's subject: an "-s" verb that takes
    a to-infinitive, "to" and a plain verb, and no finite verb later ("plans to add six
    more by 2027"; not "plans to add six more were dropped")."""
    if len(q) < 3 or q[0] not in _INFINITIVE_VERBS or q[1] != "to":
        return False
    later = [t.lower() for t in q[3:]]
    return not any(t in lexicon.AUXILIARIES or t in lexicon.IRREGULAR_PAST or (len(t) > 4 and t.endswith("ed"))
                   for t in later)


# Months and days: a name that is a date is complete ("until Tuesday").
CALENDAR = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split())
_COMMON_ZIPF = 4.0  # wordfreq Zipf of a common English word ("research" 5.0, "railway" 4.2)


def stray_after_name(p: list[str], word: str) -> bool:
    """A lone capitalised common word after a sentence that ends on a complete name: a
    preposition's object ("in Zurich") or a calendar word ("until Tuesday"). A name still
    open after "the" ("the White. House.") is no such case."""
    if len(p) < 3 or not p[-1][:1].isupper() or not word.isalpha():
        return False
    # The name may run over several words ("under Station Road", "of Upper Kolda and
    # Tambacounda"): the preposition stands before its first word.
    at = len(p) - 1
    while at > 1 and len(p) - at < _NAME_RUN and (
            p[at - 1] in _NAME_LINKS or (p[at - 1][:1].isupper() and not lexicon.is_function_word(p[at - 1]))):
        at -= 1
    while p[at] in _NAME_LINKS:
        at += 1
    before = p[at - 1].lower()
    if before == "the" and at > 1 and len(p) - at >= 2:
        # "from the Western Balkans": the article after the preposition. One word after "the"
        # may be a name still open ("in the White. House."), which the join completes.
        before = p[at - 2].lower()
    if before not in lexicon.PREPOSITIONS and p[-1].lower() not in CALENDAR:
        return False
    return zipf(word) >= _COMMON_ZIPF


_NAME_RUN = 6  # the most words a place name before the stop is read over
# Lower-case words inside a place name or a list of them ("Upper Kolda and Tambacounda",
# "Notre Dame de Lorette").
_NAME_LINKS = frozenset("and of de del da di du la le van von".split())


# A bare tag of a full name and a speech verb ("Ana Ruiz said."), and the piece after the
# stop opening with the speaker's title and then the reported "that" clause.
_NAME_TAG = lazy_compile(r"(?P<speaker>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) (?P<verb>said|says|added|stated|warned)\.")
_TITLE_THEN_THAT = lazy_compile(r"(?P<title>(?:the|a|an) [^,.;:!?“”\"]{3,80}?), that ")


def title_after_bare_tag(prev_text: str, prev_start: int, piece: str, piece_start: int) -> StopRepair | None:
    """"Ana Ruiz said. the head of the board, that fares would rise.": the false stop cut the
    tag after its verb and the speaker's title followed it; the title goes back beside the
    name and the verb before "that" ("Ana Ruiz, the head of the board, said that …"). The
    title must be a noun phrase (no clause of its own); anything else is left to the join."""
    title = _TITLE_THEN_THAT.match(piece)
    if not title or lexicon.has_clause(lexicon.words(title["title"])):
        return None
    tag = _NAME_TAG.fullmatch(prev_text)
    if not tag:
        if lexicon.words(prev_text)[-1:] in (["said"], ["says"], ["added"]):
            # "Officials said. the harbour master, that …": a title no bare name can stand
            # beside; a join reads "said the harbour master, that", so only an editor can mend it.
            return StopRepair("join", prev_start + len(prev_text) - 1, piece_start + 1, " " + piece[0], 0.35,
                              f"“{title['title']}” names a speaker, cut off the tag before it, which has a "
                              "speaker already; an editor should rebuild the tag.", display=True)
        return None
    start = prev_start + tag.end("speaker")
    end = piece_start + title.end("title") + 1
    return StopRepair("rebuild-attribution", start, end, f", {title['title']}, {tag['verb']}", 0.6,
                      f"“{title['title']}” is the title of {tag['speaker']}, cut off the tag by a false stop; "
                      "it goes back beside the name, the verb before its “that” clause.")
