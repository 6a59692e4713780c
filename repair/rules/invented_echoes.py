"""An invented tag sentence that reports nothing: only a speaker, a verb of saying and a
word pointing back (AT001's empty-echo shape).

Japanese-, Chinese- and Korean-pivot MT closes an attributed sentence with one more of its
own making, whose report is empty: a pronoun or the same speaker, a verb of saying in any
tense, and at most an object that points back at the sentence before ("this", "that",
"it", "so", "this point") and a phrase whose words that sentence already has:

- "He underlined this point." / "They were saying this to the crew." / "The firm says."
- "That was the minister's view." (a pointer, a copula and a noun for what was said)
- "This came in a statement issued by the agency." (where the words were said, again)
- "As noted in the report." (a bare "as"-clause of saying, after a sentence that has it)
- "She added that this was what she had seen." (a report that is only a pointer)

The sentence before must attribute its statement (a verb of saying, "according to"), or
use the sentence's own verb ("… has asked farmers to … It had asked this."), and a noun or
name the sentence gives as its speaker must stand in it: a pointer can only point at what
is there. A word the sentence before does not have ("He said so again on Friday.", "She
disputed this.") is news, and the sentence is left alone; so is a bare "Police believe."
after a sentence with no tag (the tag that sentence lost, for the tag rules to reattach).
Deleting is ``unsafe``: an editor confirms.
"""

from __future__ import annotations

from functools import lru_cache

from repair import lexicon
from repair.document import Document
from repair.edits import Edit
from repair.rules.base import Rule, lazy_compile
from repair.rules.choice_signals import pronoun_tag_before_clause, pronoun_tag_before_report
from repair.rules.invented_generic import empty_echo
from repair.rules.invented_short_reports import short_present_report
from repair.rules.stops_words import stem
from repair.rules.tag_speaker_part import speaker_part

# Verbs that only say that something was said: a second use adds no fact. Verbs that take
# a side ("denied", "disputed", "welcomed", "confirmed") report news and are not here.
_SAYING = frozenset(
    """say says said saying tell tells told telling add adds added adding state states stated stating
    note notes noted noting stress stresses stressed stressing write writes wrote writing written
    explain explains explained explaining repeat repeats repeated repeating underline underlines underlined
    emphasise emphasises emphasised emphasize emphasizes emphasized emphasising emphasizing mention mentions
    mentioned report reports reported announce announces announced insist insists insisted""".split())
# Past participles of the verbs that only report, for "This was reported by …".
_SAYING_PASSIVE = frozenset(
    """said told added stated noted stressed written explained repeated underlined emphasised emphasized
    mentioned reported announced specified indicated clarified""".split())
# Speaker, optional auxiliaries, the verb, an optional pointing object, an optional phrase.
_EMPTY_TAG = lazy_compile(
    r"(?P<subject>He|She|They|It|The (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*"
    r"|(?!(?:Th(?:is|at|ese|ose)|As) )[A-Z][a-z][\w'’-]*)"
    r" (?:(?:has|have|had|was|were|is|are|also|again|had been|has been) ){0,2}"
    r"(?P<verb>(?!(?:this|that|it|so|the)\b)[a-z]+)"
    # ("the importance of this": a noun for the weight of what was said, and the pointer)
    r"(?: (?P<object>this point|that point|the same"
    r"|the (?:importance|significance|necessity|urgency) of (?:this|that|it)|this|that|it|so))?"
    r"(?P<rest>(?: (?:to|in|at|on|with|for|before) [A-Za-z][^.,;:!?“”\"0-9]{0,40})?)\.")
# "That was the minister's view." / "This is what the report says." spelled as a noun.
_POINTER_NOUN = lazy_compile(
    r"(?:That|This|It) (?:was|is) (?:also )?(?P<owner>the [a-z]+(?: [a-z]+)?['’]s|his|her|their|its"
    r"|[A-Z][\w-]*['’]s) (?:own )?(?:explanation|words|view|statement|position|assessment|argument|message"
    r"|comment|remarks|point|reasoning|account)\.")
# "This came in a statement issued by the agency."
_POINTER_SOURCE = lazy_compile(
    r"(?:This|That|It) (?:came|comes|was contained|was included|was stated|was said) in (?:a|an|the|its|their)"
    r" (?P<noun>statement|report|letter|notice|post|interview|speech|release|note|filing)"
    r"(?: (?:issued|released|published|posted|made|given|sent) by (?P<by>[^.,;:!?“”\"0-9]{2,40}))?\.")
# "As stated in the report." / "As the agency said."
_AS_CLAUSE = lazy_compile(
    r"As (?:(?:was )?(?:stated|said|noted|reported|announced|written|explained|mentioned) (?:in|by)"
    r" (?:the|a|an|its|their|his|her) (?P<noun>[a-z]+(?: [a-z]+)?)"
    r"|(?:the|a) (?P<speaker>[a-z]+(?: [a-z]+)?) (?:said|says|noted|stated|reported))\.")
# "This was reported by the press office of the ministry." / "It was specified by the
# prefecture.": a pointer as the subject of a passive verb of saying, and who said it.
_PASSIVE_POINTER = lazy_compile(
    r"(?:This|That|It) was (?:also )?(?P<verb>[a-z]+) by (?P<by>(?:the |a |an |its |their )?[^.,;:!?“”\"0-9]{2,60})\.")
# "That is what the forecasters said." / "This is what officials told us.": a pointer, a
# copula and a free relative whose verb is one of saying.
_WHAT_SAID = lazy_compile(
    r"(?:That|This|It) (?:is|was) (?:exactly |also )?what (?P<speaker>[^.,;:!?“”\"0-9]{2,40}?)"
    r" (?:had |have |has )?(?P<verb>[a-z]+)(?: us| reporters)?\.")
# A bare time adjunct after a pointer ("The ministry announced this on Thursday."): when the
# words were said is no new fact about what was said.
_TIME_ADJUNCT = lazy_compile(
    r" (?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:earlier |later )?"
    r"(?:today|yesterday|on the same day|last week|this week|this morning|this afternoon|this evening)"
    r"|earlier|later)")
# "She added that this was what she had seen."
_WHAT_REPORT = lazy_compile(
    r"(?:He|She|They|It) (?:said|added|noted|stressed|explained|stated) (?:that )?(?:this|that|it) (?:was|is)"
    r" (?:exactly |just )?what (?:he|she|they|it) (?:had )?[a-z]+\.")
# "It was reported that …": an impersonal passive of saying and its reported clause.
_IMPERSONAL_REPORT = lazy_compile(
    r"(?:It|This) (?:was|has been|is) (?:also )?(?:reported|said|stated|noted|announced|indicated|specified)"
    r" that (?P<report>[^;:!?“”\"]{3,120})\.")
# Verbs of holding a view: a "That is what they assume." after a sentence with one restates it.
_THINKING = frozenset("""assume assumes assumed believe believes believed think thinks thought expect expects
    expected estimate estimates estimated fear fears feared predict predicts predicted forecast forecasts""".split())
_THINKING_BEFORE = lazy_compile(r"\b(?:assum|believ|think|thought|expect|estimat|fear|predict|forecast)[a-z]*\b")
_ATTRIBUTED = lazy_compile(r"\b(?:said|says|say|told|added|stated|noted|wrote|reported|announced|explained|stressed"
                         r"|according to|insisted)\b")
MAX_CHARS = 70
# The verb of a tag closing a sentence after a comma: ", doctors advise." / ", the agency warned."
_CLOSING_TAG_VERB = lazy_compile(r", (?:the |a |an )?(?:[\w'’-]+ ){0,3}?[\w'’-]+ (?P<verb>[a-z]+)\.[”\"’]?$")


def _all_in(words: list[str], prev_text: str) -> bool:
    """Every content word of ``words`` stands, by its stem, in ``prev_text``."""
    have = {stem(w.lower()) for w in lexicon.words(prev_text)}
    return all(stem(w.lower()) in have for w in words
               if not lexicon.is_function_word(w) and w.lower() not in lexicon.AUXILIARIES)


def empty_report_tag(doc: Document, position: int, self: Rule) -> Edit | None:
    """The deletion of a tag sentence at ``position`` that reports nothing (see the
    module), or None when it is not one."""
    sentence = doc.sentences[position]
    start, end = sentence.span.start, sentence.span.end
    if end - start > MAX_CHARS or not doc.text[start].isupper():
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is None:
        return None
    text = doc.sentence_text(sentence)
    prev_text = doc.sentence_text(prev)
    # An inverted tag ("Said Dr. Ruiz.") after a sentence whose quotation is already closed
    # and attributed introduces nothing: English writes "Ruiz said:" before a quotation.
    inverted_echo = text.split(" ", 1)[0] in ("Said", "Says", "Added") and ("”" in prev_text or '"' in prev_text)
    if doc.text[end : end + 2].lstrip()[:1] in ("“", '"') and not inverted_echo:
        return None  # 'He said. "Budgets …"': a tag that lost its colon introduces the quotation
    if text.endswith(" that.") and doc.text[end:end + 3].lstrip()[:1].islower():
        return None  # "He told that. more would follow.": the stop cut "that" off the clause it opens
    following = doc.next_in_paragraph(position)
    if following is not None and (pronoun_tag_before_clause(text, doc.sentence_text(following))
                                  or pronoun_tag_before_report(text, doc.sentence_text(following))):
        return None  # "He said. the plan was ready.": the stop cut the verb off its reported clause
    if following is not None and _bare_tag_before_lower_report(text, doc.sentence_text(following)):
        return None  # "The agency said. prices would rise.": the same cut after a noun or "They say"
    if _empty_or_echo(text, prev_text):
        return self.edit(prev.span.end, end, "",
                         f"Attribution (delete-invented-tag): “{text}” only says again that the sentence "
                         "before was said; it adds no fact, deleted.", 0.55)
    if short_present_report(text, prev_text,
                            None if following is None else doc.sentence_text(following)):
        return self.edit(prev.span.end, end, "",
                         f"Attribution (delete-invented-tag): “{text}” is an invented tag: a pronoun, a verb of "
                         "saying and a report that only points back (a bare “it”/“that”, or a pronoun and a "
                         "short present-tense verb), which published news does not write; deleted.", 0.55)
    return None


# Words that open a lower-case piece that is no reported clause (a relative clause about the
# speaker, or a clause joined by a conjunction): the tag before it may still be an echo.
_ECHO_NO_REPORT_OPENERS = frozenset("who whom whose which where when while because but and or as".split())


def _bare_tag_before_lower_report(text: str, following: str) -> bool:
    """``text`` is only a speaker and a verb of saying ("The ministry said.", "They say.",
    no object, no phrase) and ``following``, the piece after its stop, opens in lower case
    with a clause of its own ("the plan was ready."): the stop cut the verb off its
    reported clause, so the tag is the attribution of what follows, not an empty echo of
    the sentence before; deleting it would leave the clause unattributed and in lower case."""
    if not following[:1].islower() or following.split(" ", 1)[0] in _ECHO_NO_REPORT_OPENERS:
        return False
    found = _EMPTY_TAG.fullmatch(text)
    if found is None or found["object"] is not None or found["rest"] or found["verb"] not in _SAYING:
        return False
    return lexicon.has_clause(lexicon.words(following))


@lru_cache(maxsize=8192)
def _empty_or_echo(text: str, prev_text: str) -> bool:
    """:func:`_empty` or :func:`empty_echo`: both read the two sentences' texts alone, so
    the answer is kept by text. ``fix`` re-runs AT001 over the whole text every round, and
    each round asked again about every short sentence of the lines it left unchanged
    (issue 13); the answer is the same, only found again."""
    return bool(_empty(text, prev_text) or empty_echo(text, prev_text))


# What every shape :func:`_empty` asks of an attributed sentence before opens with (the
# patterns from _IMPERSONAL_REPORT to _WHAT_REPORT): a pronoun or "As", then a space.
_SHAPE_OPENERS = ("It ", "This ", "That ", "As ", "He ", "She ", "They ")


def _empty(text: str, prev_text: str) -> bool:
    """``text`` is an empty tag sentence after ``prev_text`` (see the module)."""
    found = _EMPTY_TAG.fullmatch(text)
    if found is not None:
        attributed = _ATTRIBUTED.search(prev_text) is not None
        verb = found["verb"]
        # "… has asked farmers to … It had asked this.": the verb of the sentence before, again.
        again = found["object"] is not None and stem(verb) in {stem(w.lower()) for w in lexicon.words(prev_text)}
        # "He stressed this." / "She underlined the importance of this.": a pronoun, a verb of
        # saying and a pointer name no source and report nothing, whatever the sentence before.
        # ("They said that." is left: the stop may have cut "that" off the clause it opens.)
        pointer_only = found["subject"] in ("He", "She", "They") and found["object"] not in (None, "so", "that") \
            and not found["rest"]
        # "…, doctors advise. They advise.": a bare pronoun and the very verb of the tag that
        # closes the sentence before; the speaker and the verb again, nothing else.
        retagged = found["subject"] in ("He", "She", "They", "It") and found["object"] is None \
            and not found["rest"] and (closing := _CLOSING_TAG_VERB.search(prev_text)) is not None \
            and closing["verb"] == verb
        if not (again or retagged or (verb in _SAYING and (attributed or pointer_only))):
            return False  # "Police believe." / "They said that." after a bare statement: its lost tag
        if found["subject"] not in ("He", "She", "They", "It") and not _all_in(
                lexicon.words(found["subject"]), speaker_part(prev_text)):
            # "The union says." after the company spoke: a second source; "Ruiz said." after
            # "… said the title goes to Ana Ruiz": she is named, but not as the speaker.
            return False
        if found["object"] is None and found["rest"]:
            return False  # "He said in Paris.": a cut report, not an empty one
        rest = found["rest"]
        if found["object"] is not None and _TIME_ADJUNCT.fullmatch(rest.lower()):
            return True  # "The ministry announced this on Thursday.": when, not what
        return _all_in(lexicon.words(rest), prev_text)
    what = _WHAT_SAID.fullmatch(text)
    if what is not None and what["verb"] in _THINKING and _THINKING_BEFORE.search(prev_text):
        # "The weather service expects snow to ease. That is what the forecasters assume.": the
        # view the sentence before gives, given again to a vaguer holder.
        return len(lexicon.words(what["speaker"])) <= 4 and not any(w[:1].isupper() for w in
                                                                    lexicon.words(what["speaker"])[1:])
    if not text.startswith(_SHAPE_OPENERS) or _ATTRIBUTED.search(prev_text) is None:
        return False  # (the sentence before is searched only when a shape below can fit)
    impersonal = _IMPERSONAL_REPORT.fullmatch(text)
    if impersonal is not None:
        # "It was reported that the mine produced 900 ounces." after "… produced 900 ounces last
        # year, the operator said": every word, figures too, is the attributed sentence's.
        words = lexicon.words(impersonal["report"])
        have = {w.lower() for w in lexicon.words(prev_text)}
        return len(words) >= 3 and all(w.lower() in have for w in words if w[:1].isdigit()) \
            and _all_in(words, prev_text)
    noun = _POINTER_NOUN.fullmatch(text)
    if noun is not None:
        owner = noun["owner"]
        return owner in ("his", "her", "their", "its") or _all_in(lexicon.words(owner.replace("’s", "")
                                                                                 .replace("'s", "")), prev_text)
    source = _POINTER_SOURCE.fullmatch(text)
    if source is not None:
        return source["by"] is None or _all_in(lexicon.words(source["by"]), prev_text)
    passive = _PASSIVE_POINTER.fullmatch(text)
    if passive is not None:
        # Who said it must be the speaker the sentence before names: the head of the by-phrase
        # ("… the press service of the regional government" -> "government") stands in it.
        by = [w for w in lexicon.words(passive["by"]) if not lexicon.is_function_word(w)]
        return passive["verb"] in _SAYING_PASSIVE and bool(by) and _all_in(by[-1:], prev_text)
    what = _WHAT_SAID.fullmatch(text)
    if what is not None:
        speaker = lexicon.words(what["speaker"])
        # A name must be the one the sentence before gives ("… Ruiz said. That is what Lee
        # said." names a second source); a common noun ("the forecasters") only restates it.
        names = [w for w in speaker if w[:1].isupper()]
        return what["verb"] in _SAYING and len(speaker) <= 4 and not any(w[:1].isdigit() for w in speaker) \
            and _all_in(names, prev_text)
    clause = _AS_CLAUSE.fullmatch(text)
    if clause is not None:
        return _all_in(lexicon.words(clause["noun"] or clause["speaker"]), prev_text)
    return _WHAT_REPORT.fullmatch(text) is not None
