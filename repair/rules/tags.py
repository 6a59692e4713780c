"""Rebuilding a speech tag whose tail an MT system cut off into a sentence of its own.

The stop after "said" is false, but a join is not the repair: the cut-off part has to go
back into the tag in English order ("the director said. of the Weather Service, Ann Lee."
-> "Weather Service director Ann Lee said."). Pure functions of the text, shared by the
attribution rule (AT010) and the split rule (SP001, which leaves these pieces to it).
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile

# "…, the director said on Friday." + "of the National Weather Service, Ann Lee."
_TITLED_TAG = lazy_compile(
    r"(?P<lead>.*?)\b(?P<article>the|a|an) (?P<title>[a-z]+(?: [a-z]+)?) said(?P<rest>(?: [A-Za-z0-9]+){0,3})\.$")
_ORG_AND_NAME = lazy_compile(
    r"^(?:of|for) (?:the )?(?P<org>[A-Z][\w&'’-]*(?: (?:of|for|and|the|[A-Z][\w&'’-]*))*), "
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.$")
# "…, a spokeswoman said." + "of the company.": the speaker's organisation alone.
_ORG_ONLY = lazy_compile(r"^(?:of|for|at) (?:the )?(?P<org>[A-Za-z][\w&'’-]*(?: [A-Za-z][\w&'’-]*){0,3})\.$")
# Titles that take their organisation in front ("a company spokeswoman", "a UN official").
_ROLES = frozenset(
    """spokesman spokeswoman spokesperson official officials director head chief executive minister
    secretary president chairman chairwoman chair manager officer representative analyst economist
    engineer lawyer researcher adviser advisor""".split())
ROLES = _ROLES | frozenset("""economist strategist spokeswoman governor mayor inspector coach captain commander
    superintendent prosecutor judge professor scientist""".split())
_ORGANISATION_NOUNS = frozenset(
    """company firm group ministry agency bank union council government department police army
    hospital university school party club airline court committee board commission office authority
    utility operator embassy regulator insurer carrier museum""".split())
ORGANISATION_NOUNS = _ORGANISATION_NOUNS  # bodies that speak: an inverted tag's subject ("Warned the bank")


# "…, the police said." + "of Kent in a statement.": the body's place cut off, with the
# tag's own adjunct after it.
_ORG_TAG = lazy_compile(r", (?P<article>the) (?P<noun>[a-z]+) said\.$")
_OF_PLACE = lazy_compile(
    r"^of (?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?: (?P<rest>(?:in|at|on) [a-z][\w ]{0,40}))?\.$")
# "…, said in a statement." + "the city's water board.": a tag whose speaker the stop cut off.
_SUBJECTLESS_TAG = lazy_compile(r", said(?P<rest>(?: (?:in|on|at|to) [\w ]{1,40})?)\.$")
_SPEAKER_NP = lazy_compile(r"^(?P<speaker>(?:the|a|an) [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3})\.$")


def _is_organisation(org: str) -> bool:
    """A name ("Energy Ministry", "Acme") or a common noun for an organisation ("company"),
    not any noun phrase ("the plan")."""
    words = org.split()
    if any(lexicon.is_function_word(w) for w in words):
        return False
    return all(w[:1].isupper() for w in words) or words[-1].lower() in _ORGANISATION_NOUNS


# "…, the minister said." + "by the local radio station.": the source of the report.
_BY_SOURCE = lazy_compile(
    r"^by (?P<source>(?:the |a )?(?:[\w'’-]+ ){0,3}(?:radio|television|TV|station|agency|newspaper|"
    r"broadcaster|channel|outlet|media|paper|website|magazine|news|daily|network))\.$")
_TAG_AT_END = lazy_compile(r"\b(?:said|reported|told reporters|added)(?: [A-Za-z0-9]+){0,3}\.$")
# "…, the chief said. to the local radio.": the outlet the speaker told, cut off.
_SAID_AT_END = lazy_compile(r"\bsaid(?P<rest>(?: [A-Za-z0-9]+){0,3})\.$")
_TO_OUTLET = lazy_compile(
    r"^to (?P<outlet>(?:the |a )?(?:[\w'’-]+ ){0,3}(?:radio|television|TV|station|newspaper|broadcaster|"
    r"channel|media|press|paper|website|magazine|reporters|journalists|daily|network))\.$")
# "told local radio", "told state television": the article goes with such an outlet.
_BARE_OUTLET = lazy_compile(r"^the ((?:local|state|national|public) (?:radio|television|TV|media))$")

# A speech tag left in lower case by the cut ("… over six years. prosecutors said.", "…
# at sea. the Danish foreign minister said in a statement."): its subject (a name's or a
# title's capital may sit inside it: "the Danish Premier said"), the verb, and at most a
# short "in a statement"/"on Friday" after it.
_LOWER_TAG = lazy_compile(
    r"^(?:the )?(?:[A-Za-z][\w'’-]* ){0,2}[A-Za-z][\w'’-]* (?:said|reported|added|told reporters"
    # a hearing's tag: "… the court was told.", "… the jury heard." (not "nothing was heard.")
    r"|(?:was|were) told|(?<!was )(?<!were )(?<!been )heard)"
    r"(?: (?:in|on|at) (?:a |an |the )?[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*)?"
    # a bare day after the verb: "… the county said Wednesday."
    r"| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\.$")


# "The agency said this.": an object that only points back at the sentence before, which
# pivot MT adds to a tag it cut off; the tag goes back after a comma without it.
POINTING_OBJECT = lazy_compile(r" (this|so)\.$")


# Indefinite pronouns: "Nobody said so." is a statement, no detached tag.
INDEFINITE_SUBJECTS = frozenset(
    "nobody everyone everybody someone somebody anyone anybody none few many all both others each".split())


def is_lower_case_tag(piece: str) -> bool:
    """``piece`` is a whole speech tag that a false stop cut off and left in lower case
    (AT003 puts it back after a comma; the split rule leaves it alone)."""
    if not piece[:1].islower():
        return False
    if _LOWER_TAG.match(piece) is not None:
        return True
    # A wider tag read as if capitalised ("the ministry announced on Friday.", "the regional
    # water agency confirmed."): the subject and adjunct checks of the capitalised tags.
    from repair.rules.tag_detached import loose_detached_tag  # (tag_detached imports this module)

    return bool(loose_detached_tag(piece[0].upper() + piece[1:]))


# "said." (and at most a time: "on Monday", "last week", "earlier") alone after the stop.
_BARE_TAG = lazy_compile(
    r"^(?P<verb>said|says|added)(?P<rest>(?: (?:on|in|at|last|this|earlier|late|early|later)"
    r"(?: [A-Za-z0-9]+){0,2}| (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?)\.$")
# "said the statistics office." / "said Ana Ruiz.": an inverted tag, speaker after the verb.
_INVERTED_TAG = lazy_compile(
    r"^(?:said|says|added|reported) (?:the [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})"
    r"(?: (?:on|in) [A-Za-z]+)?\.$")
# "Ukrenergo, the grid operator, repairs will take days.": a subject and its appositive, then
# a clause with a subject of its own; the verb of the tag was cut off to after the stop.
_SUBJECT_APPOSITIVE = lazy_compile(
    r"^(?P<subject>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}|The [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,2}), "
    r"(?P<appositive>(?:the|a|an|its|their|his|her) [^,]{2,60}), (?P<clause>[A-Za-z][^,]*(?:,[^,]+)*)\.$")


def cut_off_speech_verb(prev_text: str, piece: str) -> tuple[int, str] | None:
    """The tag rebuilt when ``piece`` is a bare speech verb ("said.") cut off a sentence that
    opens with its speaker and an appositive ("Ukrenergo, the grid operator, repairs will
    take days." + "said." -> "Ukrenergo, the grid operator, said repairs will take days."):
    (offset in ``prev_text`` where the reported clause starts, its replacement running to
    the end of ``piece``), or None.

    The clause must have a subject of its own (a verb after its first word), or the
    sentence was already complete ("X, the firm, plans to cut jobs.") and "said" cannot go
    in front of it. Words after the verb ("said on Monday.") stay with it and take "that".
    """
    bare = _BARE_TAG.match(piece)
    shape = _SUBJECT_APPOSITIVE.match(prev_text) if bare else None
    if bare is None or shape is None:
        return None
    clause = lexicon.words(shape["clause"])
    first = clause[0].lower() if clause else ""
    if len(clause) < 3 or first in lexicon.AUXILIARIES or first in lexicon.IRREGULAR_PAST \
            or first.endswith("ed") or not lexicon.has_clause(clause[1:]):
        return None
    that = " that" if bare["rest"] else ""
    return shape.start("clause"), f"{bare['verb']}{bare['rest']}{that} {shape['clause']}."


def is_bare_speech_verb(piece: str) -> bool:
    """``piece`` is a speech verb alone, with at most a time ("said.", "said on Monday.")."""
    return _BARE_TAG.match(piece) is not None


def is_inverted_tag(piece: str) -> bool:
    """``piece`` is a whole inverted speech tag ("said the statistics office.", "said Ana Ruiz.")."""
    return _INVERTED_TAG.match(piece) is not None


# How many words open a sentence's subject: "Fishing communities near ...", "The company blames".
INVERTED_ECHO_SUBJECT_WORDS = 3
ECHO_SUBJECT_NOTE = ("Attribution (delete-invented-tag): “{}” names again the subject of the sentence before it; "
                     "deleted.")


def inverted_tag_echoes_subject(prev_text: str, piece: str) -> bool:
    """``piece`` is an inverted tag ("said the company.") whose speaker's last word stands
    among the first words of ``prev_text`` ("The company blames the lake ..."): the sentence
    already says who holds the view, so the tag is an invented echo, not one cut off it
    (a reattached ", said the company" would name its subject twice). Singular and plural
    match ("communities" / "community" by their first seven letters)."""
    if not is_inverted_tag(piece):
        return False
    words = lexicon.words(piece)
    subject = lexicon.words(prev_text)[:INVERTED_ECHO_SUBJECT_WORDS]
    if len(words) < 2 or not subject:
        return False
    head = words[-1].lower()
    return len(head) >= 4 and any(w.lower()[:7].rstrip("s") == head[:7].rstrip("s") or
                                  w.lower().rstrip("s") == head.rstrip("s") for w in subject)


def severed_attribution(prev_text: str, piece: str) -> tuple[int, str, str] | None:
    """The rebuilt attribution when ``piece`` is a severed part of the tag closing
    ``prev_text``: (offset in ``prev_text`` where the replacement starts, replacement
    running to the end of ``piece``, the fix kind's explanation), or None.

    Eight shapes: the speech verb itself cut off a sentence that names its speaker first
    (:func:`cut_off_speech_verb`), the speaker's organisation and name cut off ("the director said. of the
    Weather Service, Ann Lee." -> "Weather Service director Ann Lee said."), the
    organisation alone ("a spokeswoman said. of the company." -> "a company spokeswoman
    said.") and the
    outlet that reported it ("the minister said. by the local radio." -> "the minister
    said, according to the local radio."), and the outlet the speaker spoke to ("the
    chief said. to the local radio." -> "the chief told local radio."), the place of the
    speaking body ("the police said. of Kent in a statement." -> "the police of Kent said in
    a statement."), the speaker of a tag that has only its verb ("…, said in a statement.
    the port's board." -> "…, the port's board said in a statement.") and the speaker's
    title and name after a body's tag ("the port company said. spokeswoman Ana Ruiz." ->
    "the port company spokeswoman Ana Ruiz said.").
    """
    verb = cut_off_speech_verb(prev_text, piece)
    if verb is not None:
        return verb[0], verb[1], "the speech verb was cut off its speaker"
    org = _ORG_AND_NAME.match(piece)
    tag = _TITLED_TAG.match(prev_text)
    if org and tag and tag.group("lead").rstrip().endswith(","):
        replacement = f"{org['org']} {tag['title']} {org['name']} said{tag['rest']}."
        return tag.start("article"), replacement, "the speaker's name and office were cut off the tag"
    alone = _ORG_ONLY.match(piece)
    if alone and tag and tag.group("lead").rstrip().endswith(",") and tag["title"].split()[-1] in _ROLES \
            and _is_organisation(alone["org"]):
        article = tag["article"] if tag["article"] == "the" else ("an" if alone["org"][0] in "AEIOUaeiou" else "a")
        replacement = f"{article} {alone['org']} {tag['title']} said{tag['rest']}."
        return tag.start("article"), replacement, "the speaker's organisation was cut off the tag"
    told = _TO_OUTLET.match(piece)
    said = _SAID_AT_END.search(prev_text)
    if told and said:
        outlet = _BARE_OUTLET.sub(r"\1", told["outlet"])
        return said.start(), f"told {outlet}{said['rest']}.", "the outlet the speaker told was cut off"
    place = _OF_PLACE.match(piece)
    org_tag = _ORG_TAG.search(prev_text)
    if place and org_tag and org_tag["noun"] in _ORGANISATION_NOUNS:
        # "…, the police said. of Kent in a statement." -> "…, the police of Kent said in a statement."
        rest = f" {place['rest']}" if place["rest"] else ""
        return (org_tag.start("article"), f"{org_tag['article']} {org_tag['noun']} of {place['place']} said{rest}.",
                "the place the speaking body belongs to was cut off the tag")
    subjectless = _SUBJECTLESS_TAG.search(prev_text)
    speaker = _SPEAKER_NP.match(piece)
    if subjectless and speaker and not lexicon.has_clause(
            [w for w in lexicon.words(piece) if not w.endswith(("'s", "’s"))]):
        # "…, said in a statement. the city's water board." -> "…, the city's water board said in a statement."
        if not subjectless["rest"]:  # "…, said. the county engineer." -> "…, said the county engineer.": inverted
            return (subjectless.start() + 1, f" said {speaker['speaker']}.",
                    "the tag's speaker was cut off after its verb")
        return (subjectless.start() + 1, f" {speaker['speaker']} said{subjectless['rest']}.",
                "the tag's speaker was cut off after its verb")
    role = _ROLE_AND_NAME.match(piece)
    body_tag = _BODY_TAG.search(prev_text) if role else None
    if role and body_tag and role["role"].split()[-1] in _ROLES and _is_organisation(
            body_tag["body"].removeprefix("the ").removeprefix("The ").replace("'s", "").replace("’s", "")):
        # "…, the port company said. spokeswoman Ana Ruiz." -> "…, the port company spokeswoman Ana Ruiz said."
        return (body_tag.start("body"), f"{body_tag['body']} {role['role']} {role['name']} {body_tag['verb']}"
                f"{body_tag['rest']}.", "the speaker's title and name were cut off the tag")
    source = _BY_SOURCE.match(piece)
    if source and _TAG_AT_END.search(prev_text):
        return len(prev_text) - 1, f", according to {source['source']}.", "the source of the report was cut off"
    return None


# "…, the port company said." + "spokeswoman Ana Ruiz.": the speaker's title and name,
# which stand between the body and the verb.
_BODY_TAG = lazy_compile(
    r", (?P<body>(?:the |The )?[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3}) (?P<verb>said|says|added|reported)"
    r"(?P<rest>(?: [A-Za-z0-9]+){0,3})\.$")
_ROLE_AND_NAME = lazy_compile(
    r"^(?P<role>(?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]*) (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.$")


# A whole tag cut off between two halves of its sentence: "the race doctor said.", "The
# court said.", "according to the researchers.".
_CAPITAL_TAG = lazy_compile(r"^The (?:[a-z][\w'’-]* ){0,2}[a-z][\w'’-]* (?:said|reported|added)\.$")
_ACCORDING = lazy_compile(r"^according to (?:the |a )?[A-Za-z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,4}\.$")
# Adverbs that open an adjunct of the whole sentence ("mainly because of …").
_ADJUNCT_ADVERBS = frozenset("mainly partly largely mostly chiefly especially particularly notably".split())
_ATTRIBUTES = lazy_compile(r"\b(?:said|says|told|added|reported|stated|according to)\b")


# Where a speaker spoke ("in a statement", "at a news conference", "on its website"): a
# phrase the tag takes, not the rest of the sentence before the tag.
_MEDIUM_PIECE = lazy_compile(
    r"(?i:in|on|at|to|during) (?:a|an|the|its|his|her|their) (?:[\w'’-]+ ){0,2}"
    r"(?:statement|interview|briefing|conference|letter|post|speech|website|broadcast|report|note|hearing)\.$")


def tag_between(prev_text: str, tag: str, piece: str, adjunct: bool) -> str | None:
    """The sentence rebuilt when a false stop cut it in two around its own speech tag:
    ``prev_text`` (no speech verb of its own), then ``tag`` ("the race doctor said.", "The
    court said.", "according to the researchers."), then ``piece``, the rest of the sentence
    (a preposition- or conjunction-led phrase, "And" with a verb of the same subject, or an
    adjunct a comma sets off: ``adjunct``). Returns the replacement of the text from the
    stop closing ``prev_text`` to the end of ``piece``: the piece joined back and the tag
    at the end ("… fell by 68% in the children who …, according to the researchers."),
    or None when the three do not fit."""
    if _ATTRIBUTES.search(prev_text) or not piece.endswith(".") or not piece[-2:-1].isalnum():
        return None
    if is_lower_case_tag(tag) or _CAPITAL_TAG.match(tag):
        tail = ", " + tag[0].lower() + tag[1:-1]
    elif _ACCORDING.match(tag):
        tail = ", " + tag[:-1]
    else:
        return None
    q = lexicon.words(piece)
    if len(q) < 2 or _MEDIUM_PIECE.match(piece):
        return None  # "… police said. in a statement.": where the tag's speaking was done, its own
    head = q[0].lower()
    body = piece[:-1]
    if adjunct or (head in _ADJUNCT_ADVERBS and len(q) >= 3):
        # "Among them …", "Mainly because of the strikes.": set off with a comma.
        return ", " + body[0].lower() + body[1:] + tail + "."
    if head in ("and", "or") and (q[1].lower() in lexicon.IRREGULAR_PAST or q[1].lower().endswith("ed")) \
            and q[1].islower():
        # "And banned from office for ten years.": a second verb of the sentence's subject.
        return " " + body[0].lower() + body[1:] + tail + "."
    if piece[0].islower() and head in lexicon.PREPOSITIONS:
        from repair.rules.stops_clauses import clause_after_opener  # here: stops_clauses imports rule modules

        if clause_after_opener(q):
            return None  # "… said. in the morning two ships left.": a sentence of its own, no half
        return " " + body + tail + "."
    return None
