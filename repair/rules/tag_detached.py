"""A capitalised speech tag cut off the sentence it attributes, read by its shape.

AT003 (:func:`repair.rules.attribution_detached.detached_speech_tag`) first knew the tag by a
pattern of one to three names and "said"/"reported"/"added". A tag's shape is wider: a
subject noun phrase with no verb of its own ("Officials at the statistics office",
"Engineers", "Captain Ana Ruiz of the coastguard"), a verb of saying or warning, and at
most a time or place adjunct ("on Friday", "in a statement") or, after "told", the
hearer ("told the local radio station", "told reporters"). Anything more (a "that", a
clause, a comma, a quotation) makes the piece a sentence of its own.
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.document import Document
from repair.rules import tags
from repair.rules.base import lazy_compile
from repair.rules.choice_signals import BARE_PRONOUN_TAG
from repair.rules.glued import zipf
from repair.rules.stops import ends_with_abbreviation
from repair.rules.tag_forward_signals import FORWARD_SUBORDINATORS, quotation_attributed

# Verbs of saying that end a tag; "told" takes its hearer as an object.
TAG_VERBS = frozenset(
    """said says added reported told warned stated noted explained announced confirmed wrote
    insisted declared argued claimed cautioned conceded admitted showed estimated predicted""".split())
# Verbs of belief and evidence that close a tag in the present ("…, police believe.",
# "…, figures show."): with no object after them they can be nothing else. Loose tags only,
# after a plural subject (the forms in "-s" are nouns too: "TV shows").
EVIDENCE_VERBS = frozenset("believe show suggest estimate fear".split())
# The verbs that are only ever tags' verbs here; the others may be intransitive verbs of
# their own ("argued for hours"), so only a time may follow them.
_CORE_VERBS = frozenset("said says told reported added".split())
_TIME_ONLY = lexicon.TIME_WORDS | lexicon.TIME_OPENERS | frozenset(
    """on in this that late early january february march april may june july august september october
    november december""".split())


def _by_first_letter(words: frozenset[str]) -> str:
    """An alternation of ``words`` grouped by first letter ("a(?:dded|rgued)|s(?:aid|ays)"): the
    same matches as the plain one, with one literal test per letter at each position tried,
    not one per word (the engine does not group a branch's alternatives itself)."""
    rests: dict[str, list[str]] = {}
    for word in sorted(words):
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(ends)})" for first, ends in rests.items())


# A cheap look before tokenising (asked of every short sentence by AT001, AT003 and others).
_ANY_TAG_VERB = lazy_compile(r"\b(?:" + _by_first_letter(TAG_VERBS | EVIDENCE_VERBS) + r")\b")
# The marks no tag holds, one character class (a scan in C, not a test per mark).
_NOT_IN_TAG = lazy_compile("[;:\"“”‘’?!]")
# A name set off by commas after the subject's title, before the verb.
_APPOSITIVE_NAME = lazy_compile(r", [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},(?= [a-z])")
# An age set off by commas after a capitalised name, before the verb ("Ana Ruiz, 58, said").
_AGE_AFTER_NAME = lazy_compile(r"(?P<name>\b[A-Z][\w'’-]+), \d{1,3},(?= [a-z])")
# A trailing participle that names the tag's own source: ", citing two officials.".
_CITING = lazy_compile(r", (?:citing|quoting|without (?:giving|offering|naming|providing|elaborating)"
                      r"|declining to|adding no|giving no) ?[^,;:\"“”]{0,60}\.$")
MAX_APPOSITIVE_CHARS = 40  # ", Maria das Dores Lima,": a name set off by commas is not counted
MAX_CHARS = 100  # a subject with an "of" phrase and an adjunct: "Captain … of the … told the … station."
_MAX_SUBJECT_WORDS = 10  # "A spokeswoman for the national theatre's board of trustees"
_MAX_TAIL_WORDS = 6
_MAX_CHAINED_TAIL_WORDS = 11
_COMMON_ZIPF = 3.5  # wordfreq Zipf of a common word: "manager" 4.2; a name's stem ("reuter") is rare


def _noun_phrase(words: list[str]) -> bool:
    """Words with no verb form: no auxiliary, speech verb, past form or pronoun subject."""
    for i, word in enumerate(words):
        w = word.lower()
        if w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in TAG_VERBS or w == "that":
            return False
        if i > 0 and (w in lexicon.IRREGULAR_PAST or (len(w) > 4 and w.endswith("ed"))) and not (
                i + 1 < len(words) and words[i + 1].lower() in lexicon.PREPOSITIONS):
            return False  # "Economists polled by the bank", "a firm based in Oslo": a participle phrase
    return True


def _adjunct_tail(tail: list[str], verb: str) -> bool:
    """What may follow the tag's verb: nothing, a time word or a prepositional phrase, and
    after "told" its hearer first ("reporters", "the local radio station", "Reuters")."""
    if not tail:
        return True
    # "said on Wednesday in a filing to the stock exchange": a time and the occasion of the
    # saying, two or three short phrases, may run longer than one adjunct.
    # ("said in a poll they wanted to stay" has a clause of its own after the phrase: no tag.)
    limit = _MAX_CHAINED_TAIL_WORDS if verb in _CORE_VERBS and tail[0].lower() in ("on", "in", "at") \
        and sum(w.lower() in ("on", "in", "at", "to") for w in tail) >= 2 and not lexicon.has_clause(tail) \
        and not any(w.lower() in lexicon.SUBJECT_PRONOUNS for w in tail) else _MAX_TAIL_WORDS
    if len(tail) > limit or not _noun_phrase(tail):
        return False
    if verb not in _CORE_VERBS:
        # "Lawmakers argued for hours.", "She wrote for the paper.": a verb that can stand
        # alone takes only a time after it in a tag ("Analysts warned on Monday"), or the
        # document it was said in first ("predicted in a note on Monday").
        if len(tail) >= 3 and tail[0].lower() in ("in", "at") and tail[1].lower() in _MEDIUM_ARTICLES \
                and tail[2].lower() in _MEDIUM_NOUNS:
            tail = tail[3:]
        return all(w.lower() in _TIME_ONLY or w[:1].isdigit() for w in tail)
    head = tail[0].lower()
    if verb == "told" and (head in lexicon.DETERMINERS or head == "reporters" or tail[0][:1].isupper()):
        return True
    if verb == "told" and head not in lexicon.PREPOSITIONS and _bare_hearer(tail):
        return True  # "told party agents", "told local radio": a hearer with no article
    return head in lexicon.PREPOSITIONS or head in lexicon.TIME_OPENERS or head in lexicon.TIME_WORDS


def _plural_head(subject: list[str]) -> bool:
    """The head of ``subject`` (its last word before any preposition) is a plural noun or
    a noun of people that takes a plural verb ("Figures from the ministry", "Police")."""
    at = next((i for i, w in enumerate(subject) if i and w.lower() in lexicon.PREPOSITIONS), len(subject))
    head = subject[at - 1].lower()
    return head in ("police", "data", "people", "staff") or (head.endswith("s") and not head.endswith("ss"))


_MEDIUM_ARTICLES = frozenset("a an the its their his her".split())
# Where a tag's words were given: "in a note", "at a briefing", "in its report".
_MEDIUM_NOUNS = frozenset("note report statement interview briefing speech letter filing forecast survey".split())


def _bare_hearer(tail: list[str]) -> bool:
    """``tail`` is a hearer with no article ("party agents", "state television", "local
    reporters in Lagos"): up to three words before any prepositional phrase, none a
    function word or time word."""
    at = next((i for i, w in enumerate(tail) if w.lower() in lexicon.PREPOSITIONS), len(tail))
    head = tail[:at]
    if not 1 <= len(head) <= 3:
        return False
    if any(lexicon.is_function_word(w) or w.lower() in _TIME_ONLY for w in head):
        return False
    # The hearer is people or a channel to them ("agents", "members", "fishermen", "state
    # radio"), never a thing told ("told lies", "told stories").
    last = head[-1].lower()
    singular = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    return singular in _HEARER_NOUNS or singular.endswith(_PERSON_ENDINGS)


_HEARER_NOUNS = frozenset("parliament television radio police staff congress media press senate crowd".split())
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee")


def loose_detached_tag(text: str) -> str:
    """The tag's verb when ``text`` is a whole capitalised speech tag (see the module doc),
    else ""."""
    if not text.endswith(".") or not text[:1].isupper() or len(text) > MAX_CHARS + MAX_APPOSITIVE_CHARS \
            or _NOT_IN_TAG.search(text) or not _ANY_TAG_VERB.search(text):
        return ""
    cited = _CITING.search(text)
    if cited is not None:
        # "Agence Sud wrote, citing two officials.": a participle naming the tag's source
        # closes the tag; the tag is read without it.
        text = text[: cited.start()] + "."
    # "Ana Ruiz, 58, said on Friday.": the speaker's age set off by commas is part of the subject.
    text = _AGE_AFTER_NAME.sub(r"\g<name>", text, count=1)
    if "," in text:
        # "The head of the union, Ana Ruiz, said on Friday.": the speaker's name set off as an
        # appositive is part of the subject; any other comma makes the piece a sentence.
        appositive = _APPOSITIVE_NAME.search(text)
        if appositive is None or "," in text[: appositive.start()] + text[appositive.end() :]:
            return ""
        text = text[: appositive.start()] + text[appositive.end() - 1 :]
    if len(text) > MAX_CHARS:
        return ""  # (the length is the tag's without the speaker's name set off by commas)
    words = lexicon.words(text)
    at = next((i for i, w in enumerate(words) if w in TAG_VERBS or w in EVIDENCE_VERBS), -1)
    if not 1 <= at <= _MAX_SUBJECT_WORDS:
        return ""
    subject = words[:at]
    tail = words[at + 1 :]
    if words[at] in EVIDENCE_VERBS and not _plural_head(subject):
        return ""  # "TV show.": a noun, no verb
    if words[at] == "added" and tail and tail[0].lower() == "to":
        return ""  # "Lower prices added to the decline.": "add to" is a verb of its own, no tag
    opener = subject[0].lower()
    if (lexicon.is_function_word(opener) and opener not in lexicon.DETERMINERS) or opener in lexicon.SUBJECT_PRONOUNS \
            or subject[0].lower() in ("nobody", "everyone", "someone", "none", "few", "many", "all", "others") \
            or not _noun_phrase(subject) or not _adjunct_tail(tail, words[at]):
        return ""
    return words[at]


_CONTENT_WORD = r"(?!(?:of|for|at|in|on|to|with|from|by|the|a|an|and)\b)[a-z][\w'’-]*"
# A capitalised inverted tag: the verb, then its speaker: a determiner's noun phrase ("the
# chief economist") or a name with up to two title words ("site manager Ana Ruiz").
# (A body's name may stand inside its noun phrase: "the São Paulo state fire department";
# a name may follow a capitalised body's title: "Test-Achats director Ana Ruiz".)
_NAME_WORD = r"[^\W\d_a-z][\w'’-]*"  # a capitalised word, whatever its script ("Ó", "Ł")
_CAPITAL_INVERTED = lazy_compile(
    r"^(?P<verb>[A-Z][a-z]+) (?:(?P<np>(?:the|a|an)(?: (?:" + _CONTENT_WORD + "|" + _NAME_WORD + r")){1,5})"
    r"|(?:(?:[a-z]+|" + _NAME_WORD + r") ){0,2}(?P<name>" + _NAME_WORD + r"(?: " + _NAME_WORD + r"){1,3}))"
    # ("Said the plant's manager, Ivo Berg, on Friday.": a role's name set off by commas.)
    r"(?:, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3},)?(?P<rest>(?: [^,;:\"“”?!]{1,70})?)\.$")


# The role of the named speaker set off after the name, to the end: ", head of the …".
_ROLE_APPOSITIVE = lazy_compile(r", (?:the |a |an )?(?:[a-z][\w'’-]* ){0,2}?(?P<role>[a-z][\w'’-]+)"
                                r"(?: (?:of|for|at|in) [^,;:\"“”?!]{2,60})?\.$")
_ROLE_HEADS = frozenset("head chief director chairman chairwoman chair president secretary".split())


def _role_head(word: str) -> bool:
    """``word`` names a person's role: a listed role or an agent noun ("-er", "-or", "-ist")."""
    return word in tags.ROLES or word in _ROLE_HEADS or (len(word) > 4 and word.endswith(("er", "or", "ist", "man",
                                                                                          "woman", "ian")))


# An inverted tag's verb: a tag verb or another reporting verb that takes a quotation.
_INVERTED_VERBS = TAG_VERBS | frozenset(
    "promised vowed stressed complained acknowledged recalled remarked indicated affirmed specified underlined".split())
CAPITAL_VERBS = tuple(sorted(v.capitalize() + " " for v in _INVERTED_VERBS))  # a cheap look: "Warned "


# What may close an inverted tag after its speaker: a non-restrictive relative clause on
# the speaker (", who was not involved in the study."), or the name of the role's holder
# set off by a comma (", Harbour Live.").
_TRAILING_RELATIVE = lazy_compile(r", (?:who|which) [^,;:\"“”?!]{3,80}\.$")
_TRAILING_NAME = lazy_compile(r", " + _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,3}\.$")


def capital_inverted_tag(text: str) -> bool:
    """``text`` is a whole inverted speech tag that kept the false stop's capital ("Warned
    the chief economist of the bank in a note.", "Said site manager Ana Ruiz."): a verb of
    saying, a person (a role noun or a name) and only prepositional phrases after it; a
    relative clause on the speaker or the role holder's name may close it ("Said the
    promoter, Harbour Live, which sold the tickets.")."""
    if _inverted_tag(text):
        return True
    if (relative := _TRAILING_RELATIVE.search(text)) is not None:
        # (Only after a role's noun phrase: "Said Tomas Berg, who runs the port." may be a
        # man named Said, tests/rules/test_gen18c_tag_kinds.py.)
        text = text[: relative.start()] + "."
        if _inverted_tag(text, role_only=True):
            return True
    name = _TRAILING_NAME.search(text)
    return name is not None and _inverted_tag(text[: name.start()] + ".", role_only=True)


def lowered_inverted_tag(text: str) -> bool:
    """``text`` is a :func:`capital_inverted_tag` whose verb lost its capital with the false
    stop's lower case ("declared the customs officers.", "warned the bank in a note.")."""
    capital = text[:1].upper() + text[1:]
    return capital[: capital.find(" ") + 1] in CAPITAL_VERBS and capital_inverted_tag(capital)


def opens_tag(first_word: str, text: str) -> bool:
    """The lower-case ``text`` opens on a verb of saying (``first_word``) or is a whole
    inverted tag (:func:`lowered_inverted_tag`: "declared the customs officers.")."""
    return first_word in lexicon.SPEECH_VERBS or lowered_inverted_tag(text)


def _inverted_tag(text: str, role_only: bool = False) -> bool:
    """:func:`capital_inverted_tag` of ``text`` as it stands; ``role_only``: the speaker must be
    a noun phrase (a name set off after a name would be a second speaker)."""
    found = _CAPITAL_INVERTED.match(text)
    if found is None and (role := _ROLE_APPOSITIVE.search(text)) is not None and _role_head(role["role"]):
        # "Said Ana Ruiz, head of the city's schools office.": the name's role set off by a
        # comma closes the tag; the tag is read without it.
        found = _CAPITAL_INVERTED.match(text[: role.start()] + ".")
        if found is not None and found["name"] is None:
            return False
    if found is None or found["verb"] in ("Told", "Showed", "Estimated") \
            or found["verb"].lower() not in _INVERTED_VERBS:
        return False
    if role_only and found["np"] is None:
        return False
    if found["np"] is not None and any(w in lexicon.AUXILIARIES for w in found["np"].split()[1:]):
        return False  # "said the piece was inspired by …": a clause the verb reports, no speaker
    if found["np"] is not None and found["verb"] != "Said":
        head = found["np"].split()[-1]
        # A person's role or a body that speaks ("Indicated the company in a note."): "Added
        # the sugar." names no speaker. ("Said" takes nothing else after it.)
        # (A plural role too: "Declared the customs officers.")
        if head not in tags.ROLES and head not in tags.ORGANISATION_NOUNS \
                and not (head.endswith("s") and head[:-1] in tags.ROLES):
            return False
    rest = lexicon.words(found["rest"] or "")
    if rest and (rest[0].lower() not in lexicon.PREPOSITIONS or len(rest) > 12 or not _noun_phrase(rest)):
        return False
    return True


_ATTRIBUTED = lazy_compile(r"\b(?:said|saying|says|told|added|stated|according to)\b")


def loose_tag_after(prev_text: str, text: str) -> str:
    """:func:`loose_detached_tag` of ``text`` when the sentence before can take it: it has
    no attribution of its own (a second tag would be an echo, AT003's other branch) and
    does not end on an abbreviation ("… the U.S. And Japanese delegates said." is one
    sentence the splitter cut at "U.S.")."""
    verb = loose_detached_tag(text)
    if not verb or _ATTRIBUTED.search(prev_text) or ends_with_abbreviation(prev_text):
        return ""
    return verb


# "The Evening Ledger reported.": a title with "The" in it, as papers and broadcasters have.
_TITLED_OUTLET = lazy_compile(r"^The (?:[A-Z][\w'’-]+ ){0,3}(?P<head>[A-Z][\w'’-]+) (?:reported|wrote)\b")
# Heads of the names of institutions, which take a lower-case "the" in running text ("the
# Interior Ministry reported"); any other capitalised head after "The" is a title.
INSTITUTION_HEADS = frozenset(
    """ministry office council agency bank court police department authority authorities commission government
    service board committee institute union party army navy company group bureau centre center
    federation association fund organisation organization parliament senate assembly
    cabinet tribunal embassy""".split())


def outlet_title(text: str) -> bool:
    """``text`` is a tag whose speaker is a titled outlet ("The Evening Ledger reported."):
    its "The" is part of the name and keeps its capital after the comma."""
    found = _TITLED_OUTLET.match(text)
    return found is not None and found["head"].lower() not in INSTITUTION_HEADS


def lowers(word: str) -> bool:
    """The tag's first word takes a lower-case letter after the comma: a determiner ("A
    spokeswoman", "Her deputy") or a common plural (:func:`common_plural`), never a name."""
    return word.lower() in lexicon.DETERMINERS or common_plural(word)


def common_plural(word: str) -> bool:
    """``word`` is the regular plural of a common noun ("Officials", "Managers"), so its
    capital is only the false sentence start's; a name ("Reuters") has no common singular."""
    w = word.lower()
    if not w.isalpha() or not w.endswith("s") or w.endswith("ss") or zipf(w) < _COMMON_ZIPF:
        return False
    return zipf(w[:-1]) >= _COMMON_ZIPF or (w.endswith("es") and zipf(w[:-2]) >= _COMMON_ZIPF)


# A quotation's closing mark and a tag verb with no speaker after it (",” said.").
_BARE_VERB_END = lazy_compile(r"[,?!][”\"] (?:said|added|asked|declared|explained)\.$")


def after_bare_verb(doc: Document, position: int) -> bool:
    """The sentence at ``position`` follows, in its paragraph, a quotation that ends on a tag
    verb with no speaker ("“…,” said. Ana Ruiz, who chairs the board."): it is the verb's
    speaker cut off by the stop, so the quotation has its attribution once they are joined,
    and a pronoun tag after it ("she said.") only repeats it."""
    sentence = doc.sentences[position]
    if not sentence.index_in_paragraph:
        return False
    before = doc.sentences[position - 1]
    return _BARE_VERB_END.search(doc.text, before.span.start, before.span.end) is not None


def reports_forward(tag: str, before: str, following: str) -> bool:
    """``tag`` is a bare pronoun tag ("He said.") after ``before``, a reported statement, and
    ``following`` a clause a determiner (or a subordinator of time or cause: "Since May, …")
    opens with no speech verb and no quotation mark of its own ("The early rains gave the
    mosquitoes a head start."): the tag lost that reported clause to the stop ("He said the
    early rains …"); its pronoun takes up the speaker of the sentence before. After a
    quotation with no speech verb outside its marks the tag is the quotation's own, cut
    off; a clause with its own speech verb ("The government said …") is no reported clause
    of the tag."""
    words = lexicon.words(following)
    if BARE_PRONOUN_TAG.fullmatch(tag) is None or len(words) < 3 or not following[:1].isupper():
        return False
    if any(mark in following for mark in "“”\"") or any(w.lower() in lexicon.SPEECH_VERBS for w in words):
        return False
    if any(mark in before for mark in "“”\"") and not quotation_attributed(before):
        return False
    first = words[0].lower()
    return (first in lexicon.DETERMINERS and first not in ("that", "this") or first in FORWARD_SUBORDINATORS) \
        and lexicon.has_clause(words[1:])


# A tag that is a whole sentence: a subject of one to four capitalised words, or "The" and
# one to three lower-case ones ("The port authority"), and its verb.
_NAMED_TAG = lazy_compile(r"(?:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}|The [a-z]+(?: [a-z]+){0,2}) "
                          r"(said|says|added)\.")
# The same verb again after a subject pronoun, then a lower-case clause ("It said the tram …").
_PRONOUN_AGAIN = lazy_compile(r"(?:It|He|She|They) (said|says|added)(?= [a-z])")


def pronoun_repeats_tag(tag: str, following: str) -> int:
    """The length of the pronoun and verb that open ``following`` when they only repeat the
    whole-sentence tag ``tag`` before it ("GSP said." / "It said the tram had passed …"): the
    tag lost its reported clause to the stop and the MT gave the clause a subject and verb
    of its own. 0 when the shape differs (another verb, a clause in capitals, no clause)."""
    named = _NAMED_TAG.fullmatch(tag)
    again = _PRONOUN_AGAIN.match(following)
    if named is None or again is None or named[1] != again[1] or len(lexicon.words(following)) < 4:
        return 0
    return again.end()
