"""Picture credits told by their shape, for PF001 (:mod:`repair.rules.furniture`).

A caption keeps its credit in the form its site and wire use, and the agency is any
short code in capitals, not a list of names:

* an agency's code with a picture word in brackets: "(XYZ photo)", "(XYZ/Archive)",
  "(KNA/File)", or a partner's credit through the wire: "[XYZ=Valley News]";
* a provider's credit in brackets: "(Provided by Valley Transit)", "(Courtesy of the
  museum)";
* the file label set off by a bar: ". PHOTO | FILE";
* a bare agency code after a caption's only stop: "Swimmers at the start. XYZ", told
  from a wire's signature on a story sentence by what comes before it (one sentence, no
  reporting verb, no quotation); an institution's name in brackets in the same place
  ("Divers at the wreck. (Coast Guard Service)"), an agency's code and its photographer's
  name ("Divers at the wreck. (XYZ/Novak)") or where a picture came from when no agency took
  it ("Divers at the wreck. (Social media)"), told the same way;
* a bracketed picture label opening the line: "[Photo] Old trams in the depot";
* a credit made only of names, codes and picture words after a caption's only stop, in
  whatever order and with whatever separator the site uses (:func:`named_credit`): "— XYZ
  photo", "(XYZ FOTO/Jo Hart)", "XYZ Photo: Jo Hart", "Photo – Supplied", "/ Valley News
  Agency", "XYZ/Ana María Ruiz". The tail names no agency from a list; it is told by holding
  no word but names and picture words, and by a credit mark (a picture word, or a slash
  between names, or a slash opening it).

Pure functions of one line; :func:`credit_tail` and :func:`picture_label` return bools.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from repair import lexicon
from repair.abbreviations import abbreviation_kind
from repair.rules.base import lazy_compile

# A capital of any Latin, Greek or Cyrillic alphabet, for a regex class: credits spell the
# agencies and photographers they name in their own alphabet ("ČTK", "Ørsted", "Ωμέγα").
CAPITALS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x530)) if ch.isupper())
_PICTURE_WORDS = r"(?i:photos?|files?|archives?|handout|pool)"
_NAMES = r"[" + CAPITALS + r"][\w'’.&-]*(?:[ \t](?:of[ \t]|the[ \t]|and[ \t]|&[ \t])*[A-Z][\w'’.&-]*){0,4}"
_CREDIT_TAIL = lazy_compile(
    r"(?:"
    # "(XYZ photo)", "(XYZ/Archive)", "[XYZ=Valley News]"
    r"[ \t]*[(\[][A-Z]{2,6}(?:[ \t]" + _PICTURE_WORDS + r"|[ \t]?/[ \t]?" + _PICTURE_WORDS
    + r"|=" + _NAMES + r")[)\]]"
    # "(Provided by Valley Transit)", "(Courtesy of the museum)"
    r"|[ \t]*[(\[](?:Provided|Supplied|Courtesy)(?:[ \t](?:by|of))?(?:[ \t]the)?[ \t]+" + _NAMES + r"[)\]]"
    # ". PHOTO | FILE"
    r"|[.!?][ \t]+(?i:photo)[ \t]?[|/][ \t]?(?i:file)"
    r")[ \t]*$"
)
# A bare agency code after the caption's full stop: "... at the start of the race. XYZ".
_BARE_CODE = lazy_compile(r"(?<=\.)[ \t]+(?P<code>[A-Z]{2,5})[ \t]*$")
# An institution's name in brackets after the caption's stop: "... at the site. (Ministry of Culture)".
_BRACKETED_NAME = lazy_compile(r"(?<=\.)[ \t]+\((?:the )?[A-Z][a-z][\w'’.&-]*"
                               r"(?:[ \t](?:of[ \t]|the[ \t]|and[ \t]|for[ \t]|&[ \t])*[A-Z][\w'’.&-]*){1,5}\)[ \t]*$")
# Where the picture came from, in brackets after the caption's stop, when no agency took it:
# "... in Madrid on Thursday. (Social media)", "(Screenshot)", "(Supplied)", "(Facebook)".
_BRACKETED_SOURCE = lazy_compile(
    r"(?<=\.)[ \t]+[(\[](?i:social media|social networks?|screenshots?|screen ?grabs?|video grabs?|supplied"
    r"|handout|file photo|archive photo|facebook|instagram|twitter|telegram|tiktok|youtube)[)\]][ \t]*$")
# An agency's code and its photographer's one name in brackets after the caption's stop:
# "... on Saturday. (XYZ/Novak)" (before the stop, "(EU/UK)" is the sentence's own).
_CODE_AND_NAME = lazy_compile(r"(?<=\.)[ \t]+[(\[][A-Z]{2,6}[ \t]?/[ \t]?[A-Z][a-z][\w'’.-]*[)\]][ \t]*$")
# A wire's own marks after a story's last stop ("... 1.7 billion stg. MORE") are no credits.
_WIRE_MARKS = frozenset("MORE END ENDS LOL OK".split())
# A story sentence reports, looks back or ahead; a caption shows the picture, in the present
# tense or with no verb ("Swimmers at the start of the race.").
_NOT_A_CAPTION = lazy_compile(r"\b(?:said|says|told|tells|according|added|stated|was|were|had|did|will|would"
                              r"|could|should|might)\b|\d")
# Nor does a caption argue: a condition, a cause, a concession or a contrast ("... are free if
# the doctor prescribes them, but waiting times are long") is the story's reasoning.
_ARGUES = lazy_compile(r"(?i:\b(?:if|because|although|though|unless|but|however|whether)\b)")
# Told as narration or argument, not shown: the words above less the figures (a caption may
# carry its date when a credit line of its own follows it: "... in Lima, May 4, 2025.").
_TELLS = lazy_compile(r"\b(?:said|says|told|tells|according|added|stated|was|were|had|did|will|would"
                      r"|could|should|might)\b|(?i:\b(?:if|because|although|though|unless|but|however|whether)\b)")
# Who gave the picture, in brackets closing the line, in lower case: "(provided by the
# company)", "(supplied)", "(courtesy of the family)"; a story sentence says it with a verb and
# ends in its stop, so only a line with no stop before it, or one caption sentence, has it.
_GIVEN_BY = lazy_compile(r"[ \t]*[(\[](?:provided|supplied|courtesy|photo courtesy|photo provided)"
                         r"(?:[ \t]+(?:by|of)[ \t]+[^()\[\]\n.!?]{2,40})?[)\]][ \t]*$")
# A picture credit after an equals sign, as Japanese pages set it off: "... shipyard in Onomichi
# = Photo by Jo Hart", "... on Monday =Kyodo": no sentence joins its words with " = Photo".
_EQUALS_CREDIT = lazy_compile(r"[ \t]*=[ \t]*(?:(?:Photos?|Pictures?|Images?)(?:[ \t]+(?:by|courtesy of)|[ \t]?:)"
                              r"[ \t]*)?[" + CAPITALS + r"][\w'’.&-]*(?:[ \t][" + CAPITALS + r"][\w'’.&-]*){0,4}"
                              r"[ \t]*$")
_PICTURE_LABEL = lazy_compile(r"^[\[(](?:Photo|Photos|Picture|Image|Video|PHOTO|PICTURE|IMAGE|VIDEO)[\])][ \t]+\S")
MAX_CAPTION_WORDS = 30


def credit_tail(text: str) -> bool:
    """Whether the line ``text`` ends in a picture credit of one of the shapes above.

    >>> credit_tail("Dockers unload grain at the quay. (XYZ/Archive)")
    True
    >>> credit_tail("The plan was backed by both sides (EU/UK).")
    False
    """
    last = text.rstrip(" \t")[-1:]
    if "=" in text[-60:] and (equals := _EQUALS_CREDIT.search(text, max(0, len(text) - 60))) is not None:
        caption = text[: equals.start()]
        return caption[-1:] not in "=<>" and shows_not_tells(caption) and len(caption.split()) >= 4
    if last in (")", "]"):
        if _CREDIT_TAIL.search(text, max(0, len(text) - 80)) is not None:
            return True
        given = _GIVEN_BY.search(text, max(0, len(text) - 80))
        if given is not None:
            caption = text[: given.start()]
            no_stop = re.search(r"[.!?](?:\s|$)", caption) is None and shows_not_tells(caption)
            return len(caption.split()) >= 4 and (no_stop or _one_caption_sentence(caption))
        name = (_BRACKETED_NAME.search(text, max(0, len(text) - 80))
                or _CODE_AND_NAME.search(text, max(0, len(text) - 40))
                or _BRACKETED_SOURCE.search(text, max(0, len(text) - 30)))
        return name is not None and _one_caption_sentence(text[: name.start()])
    if last.isupper():
        if _CREDIT_TAIL.search(text, max(0, len(text) - 20)) is not None:
            return True
        code = _BARE_CODE.search(text, max(0, len(text) - 10))
        if code is None or code.group("code") in _WIRE_MARKS:
            return False
        return _one_caption_sentence(text[: code.start()])
    return False


def _one_caption_sentence(caption: str) -> bool:
    """One sentence showing a picture: no second stop, no figure, nothing reported or told
    in the past, no quotation."""
    return (len(re.findall(r"[.!?](?:\s|$)", caption)) == 1 and _NOT_A_CAPTION.search(caption) is None
            and _ARGUES.search(caption) is None and not any(q in caption for q in "\"“”«»")
            and len(caption.split()) <= MAX_CAPTION_WORDS)


# Words that name a picture in a credit, in English and in the spellings translated pages keep.
_CREDIT_PICTURE = (r"(?i:photos?|fotos?|fotó|photographs?|pictures?|pics?|images?|handout|supplied|files?"
                   r"|archives?|pool)")
# A name in a credit: a capitalised word or an initial ("Jo", "W", "XYZ", "María", "O'Neil").
_CREDIT_NAME = r"[" + CAPITALS + r"][\w'’.&-]*"
_CREDIT_WORD = r"(?:" + _CREDIT_PICTURE + r"|" + _CREDIT_NAME + r")"
# Between two words of a credit: a space (maybe with a joining word of a name or a credit:
# "of", "via", "de"), a slash, a bar, a colon or a spaced dash.
_CREDIT_JOIN = (r"(?:[ \t]*[/|:][ \t]*|[ \t]+[–—-][ \t]+|,[ \t]+"
                r"|[ \t]+(?:(?:via|of|by|for|the|and|de|da|di|do|dos|del|van|von|der|den|le|la|al|bin|el)[ \t]+)*)")
# The whole tail after the caption's stop: an opening bracket, or a dash, slash or bar that
# sets the credit off, then up to eight words of names and picture words.
_NAMED_CREDIT = lazy_compile(
    r"(?<=[.!?])[ \t]+(?:(?P<open>[(\[])|(?P<lead>[—–-]{1,2}|/|\|)[ \t]*)?"
    r"(?P<credit>" + _CREDIT_WORD + r"(?:" + _CREDIT_JOIN + _CREDIT_WORD + r"){0,7})"
    r"(?(open)[)\]])[ \t]*$"
)
_HAS_PICTURE_WORD = lazy_compile(r"\b" + _CREDIT_PICTURE + r"\b")
_LOWER_PICTURE_WORD = lazy_compile(r"\b(?:photos?|fotos?|fotó|pictures?|pics?|images?|handout|supplied|file|archive)\b")
# A join that is a mark, not a space: a slash, a bar, a colon or a spaced dash.
_MARKED_JOIN = lazy_compile(r"[/|:]|[ \t][–—-][ \t]")
# A slash between two names ("XYZ/Jo Hart", "City Zoo / Handout"): a credit's, not a sentence's.
_NAME_SLASH_NAME = lazy_compile(r"[\w.'’][ \t]?/[ \t]?[A-Z]")
# A sentence that reports or quotes belongs to the story, whatever stands after it.
_STORY_SIGNS = lazy_compile(r"\b(?:said|says|told|tells|according to|added|stated)\b|[\"“”«»]")
MIN_CAPTION_WORDS = 4


def named_credit(text: str, first_line: bool = False) -> bool:
    """Whether the line ``text`` is one caption sentence and a credit of names: the tail after
    its only stop holds nothing but names, codes and picture words, and is marked as a credit
    by a picture word ("— XYZ photo", "Photo – Supplied") or a slash ("XYZ/Jo Hart",
    "/ Valley News Agency"). A tail of names alone ("... on Monday. Jo Hart") is no credit: it
    may be a signature or a stray name. With only a slash to mark it, the caption must show,
    not tell (no figure, no past or future, :func:`_one_caption_sentence`); with a picture
    word, a caption may carry a date or a figure ("... on 4 May 2025. XYZ Photo: Jo Hart").

    On the text's first line the title may have been run onto the caption ("Dockers win pay
    deal Dockers cheer at the gate. Photo / Jo Hart"): there a capital after a lower-case word
    that is no function word ("deal Dockers") says so, and the line is left alone.

    >>> named_credit("Divers search the wreck in the bay. — XYZ photo")
    True
    >>> named_credit("Divers search the wreck in the bay. XYZ/Ana María Ruiz")
    True
    >>> named_credit("The bank raised rates. EU/UK")
    False
    """
    match = _NAMED_CREDIT.search(text, max(0, len(text) - 120))
    if match is None:
        return False
    credit = match.group("credit")
    caption = text[: match.start()]
    if _STORY_SIGNS.search(caption) or len(re.findall(r"[.!?](?:\s|$)", caption)) != 1:
        return False
    words = caption.split()
    if not MIN_CAPTION_WORDS <= len(words) <= MAX_CAPTION_WORDS:
        return False
    if first_line and _run_on_title(lexicon.words(caption)):
        return False
    if _HAS_PICTURE_WORD.search(credit):
        # "Photo Finish", "Canon Photo": a name that holds a picture word; a credit sets its
        # picture word off (a bracket, a mark, or the word in lower case: "XYZ photo").
        return (match.group("open") is not None or match.group("lead") is not None
                or _MARKED_JOIN.search(credit) is not None or _LOWER_PICTURE_WORD.search(credit) is not None)
    if match.group("lead") == "/":
        after = credit
    elif (slash := _NAME_SLASH_NAME.search(credit)) is not None:
        after = credit[slash.end() - 1 :]
    else:
        return False
    # "EU/UK", "Brent / WTI" after a sentence are its own aside: a slash credit names a person
    # or a body after the slash with a word in lower case ("XYZ/Jo Hart", "/ Valley News
    # Agency"); and the caption shows the picture, it does not narrate ("prices rose").
    return (re.search(r"[a-z]", after) is not None and _one_caption_sentence(caption)
            and not any(word.lower() in lexicon.IRREGULAR_PAST for word in lexicon.words(caption)))


def _run_on_title(words: list[str]) -> bool:
    """Whether a capitalised word follows a lower-case word that is no function word
    ("... trawler Fishermen wrapped ..."): two lines run together, a title before a caption."""
    return any(word[:1].isupper() and before[:1].islower() and not lexicon.is_function_word(before)
               for before, word in zip(words, words[1:], strict=False))


def shows_not_tells(line: str) -> bool:
    """Whether the one-sentence ``line`` reads as a caption above its own credit line: nothing
    reported, narrated in the past or future, or argued (:data:`_TELLS`), and no quotation.

    >>> shows_not_tells("Crowds gather in the square in Lima on May 4, 2025.")
    True
    >>> shows_not_tells("The vote was close, with seven members against the plan.")
    False
    >>> shows_not_tells("The council approved the budget after a long debate.")
    False
    """
    if _TELLS.search(line) is not None or any(q in line for q in "\"“”«»"):
        return False
    words = lexicon.words(line)
    lowered = [word.lower() for word in words]
    # A capital marks a name's word ("the United Nations"), not a verb.
    return not any(_narrates(lowered, i) for i in range(1, len(words)) if not words[i][:1].isupper())


# The main clause's verb of being, told from a caption's present passive ("is carried").
_BE_FORMS = frozenset("is are was were remain remains".split())
# A clause opened before the verb is a subordinate one ("... before it was shipped"): its verb
# is not the caption's.
_SUBORDINATORS = frozenset("before after when while as since until which that who where because if once".split())


def states_not_shows(sentence: str) -> bool:
    """Whether ``sentence``, a line's one sentence before a picture credit, is a statement of
    the story rather than a caption: its main verb is a present "is"/"are"/"remains" with an
    adjective for predicate ("The scheme is voluntary."), or a past passive "was"/"were" and a
    participle that no place phrase follows ("Outbreaks were traced partly to the wells."). A
    caption names what the picture shows, with no verb or a present one, passive included ("A
    wolf is released from its crate."), or says where it is ("Crews are at the scene.", "The
    ship was anchored off the port."); a be-form after a subordinator ("before it was
    shipped") is not the main verb.

    >>> states_not_shows("A similar tax in Lyon, brought in last year, is voluntary.")
    True
    >>> states_not_shows("A grey seal is released into the bay on Monday.")
    False
    >>> states_not_shows("Pupils with the robot before it was sent to the fair.")
    False
    """
    words = [word.lower() for word in lexicon.words(sentence)]
    for i, word in enumerate(words):
        if word in _SUBORDINATORS:
            return False
        if word in _BE_FORMS and i:
            after = words[i + 1] if i + 1 < len(words) else ""
            then = words[i + 2] if i + 2 < len(words) else ""
            participle = after in lexicon.IRREGULAR_PAST or len(after) > 3 and after.endswith(("ed", "en"))
            if word in ("was", "were"):
                return participle and then not in _AFTER_PARTICIPLE
            return bool(after) and not (participle or after == "being" or lexicon.is_function_word(after)
                                        or after[:1].isdigit())
    return False


# Before a past participle that is the present passive of a caption ("is carried").
_PRESENT_PASSIVE = frozenset("is are be being been get gets".split())
# After a past participle that describes a noun ("fishermen wrapped in blankets arrive",
# "laptops seized from the villa"): a preposition, so the form is no finite verb.
_AFTER_PARTICIPLE = frozenset("in by at on from with after during near for as into under over off".split())


def _narrates(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a past-tense verb of narration ("approved the budget", "rose
    sharply"): a past form ("-ed" or irregular) neither after a present auxiliary nor before
    the preposition of a participle that describes a noun."""
    word = words[i]
    if not (word in lexicon.IRREGULAR_PAST or len(word) > 4 and word.endswith("ed")):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return words[i - 1] not in _PRESENT_PASSIVE and after not in _AFTER_PARTICIPLE


def picture_label(text: str) -> bool:
    """Whether the line opens with a bracketed picture label ("[Photo] Old trams in the depot")."""
    return text[:1] in "[(" and _PICTURE_LABEL.match(text) is not None


# A caption over the story is short: a lead runs longer (25 words or more in most wire copy).
MAX_OPENING_CAPTION_WORDS = 25


# The lead's dateline under the picture: a place in capitals ("TBILISI ", "HARBOURTOWN, May 4 —").
_LEAD_DATELINE = lazy_compile(r"[A-Z][A-Z'’.-]{2,}(?:[ \t][A-Z][A-Z'’.-]+)*(?=[ \t]*[,—–(]|[ \t]+[A-Z][a-z])")


def opening_caption(lines: list[tuple[int, object, str]], paragraphs: int,
                    is_credit_line: Callable[[str], object], paragraph_text: Callable[[int], str]) -> int | None:
    """The paragraph index of the caption that opens the text above its own credit line, if
    one does: the first line (or the second, under a title with no final stop) is one short
    sentence that shows a picture (:func:`shows_not_tells`), the line under it is a labelled
    credit alone ("Photo: Jo Hart / AFP", told by ``is_credit_line``), and the story's lead
    follows, opened by its dateline in capitals (so the line over the credit is no lead).
    Mid-text, the line over such a credit may be the story's own sentence, so only the
    opening, where the page set its picture over the lead, is read. ``lines`` are
    :func:`repair.rules.furniture._lines`' (index, span, text) triples; ``paragraphs`` is the
    document's paragraph count."""
    by_index = {index: text for index, _, text in lines[:3]}
    for index in (0, 1):
        text = by_index.get(index, "").strip()
        if not text:
            return None
        if text[-1:] not in ".!?":
            continue  # a title: the caption may stand under it
        credit = by_index.get(index + 1, "")
        if index + 2 >= paragraphs or not credit or not is_credit_line(credit):
            return None
        if _LEAD_DATELINE.match(paragraph_text(index + 2)) is None:
            return None
        words = text.split()
        one_sentence = len(re.findall(r"[.!?](?:\s|$)", text)) == 1
        if (one_sentence and text[:1].isupper() and MIN_CAPTION_WORDS <= len(words) <= MAX_OPENING_CAPTION_WORDS
                and shows_not_tells(text)):
            return index
        return None
    return None


# A sentence's stop: before a space or the line's end.
_FIRST_STOP = re.compile(r"[.!?](?:\s|$)")
# Past forms and auxiliaries that mark narration (captions describe a picture in the present).
_NARRATION_VERBS = frozenset("was were had said told".split())
_PRESENT_AUXILIARIES = frozenset("is are be being been".split())


def story_sentence_end(text: str) -> int | None:
    """Where the first of the line's two sentences ends (after its stop), when that sentence
    is story narration: a clause whose verb is past ("were published", "opened", "said")
    and no present-tense caption verb first ("Rescuers search the rubble."); else None."""
    stop = _FIRST_STOP.search(text)
    if stop is None or not text[stop.end() : stop.end() + 1].isupper():
        return None
    before = text[: stop.start()]
    if abbreviation_kind(before.rsplit(" ", 1)[-1]) is not None:
        return None  # "… Netherlands, Jan. 10, 2024. (AP Photo)": the stop is the month's
    words = lexicon.words(before)
    if len(words) < 4 or not lexicon.has_clause(words):
        return None
    lowered = [w.lower() for w in words]
    # A past form after "is"/"are" is a present passive, a caption's ("is displayed").
    if not any(w in _NARRATION_VERBS or (w in lexicon.IRREGULAR_PAST or len(w) > 4 and w.endswith("ed"))
               and lowered[i - 1] not in _PRESENT_AUXILIARIES for i, w in enumerate(lowered) if i):
        return None
    return stop.start() + 1
