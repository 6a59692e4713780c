"""A speaker's title cut in two by a false stop after its tag (for AT003).

MT that splits a long noun phrase ends the tag's sentence after the verb and leaves the
rest of the speaker's description as a piece of its own:

- "…, the spokesman told reporters on Monday. For the city's water board, Ana Ruiz."
- "…, a spokesman said. For the county fire service."
- "…, the commissioner said. responsible for the budget, Ana Ruiz."
- "…, the deputy mayor told reporters on Friday. Ana Ruiz."

The piece is what the title lost: a phrase that completes it (a "for"/"of"/"at" phrase,
"responsible for …", "in charge of …") and/or the speaker's name. Its place is right
after the title, before the verb: "…, the spokesman for the city's water board, Ana
Ruiz, told reporters on Monday." The grammar that marks it: the sentence before ends on
", the/a <title noun> <verb of saying> …" with nothing reported after the verb, and the
piece has no verb (only the phrase and a run of capitalised words). Unsafe: an editor
confirms the name belongs to that title.
"""

from __future__ import annotations

from repair import lexicon
from repair.document import Document, Sentence
from repair.edits import Edit
from repair.rules import tag_detached, tag_role_pieces
from repair.rules.base import Rule, lazy_compile
from repair.rules.glued import TITLES
from repair.rules.stops_tag_adjuncts import BODY_NOUNS

# Lower-case particles inside personal and outlet names ("das", "van", "du", "bin").
_PARTICLES = frozenset("da das de del della der di do dos du la le van von bin al el".split())
# ", said the coordinator of the shelter." : an inverted tag closing the sentence before the
# piece; the piece goes on right after it.
_TRAILING_INVERTED_TAG = lazy_compile(
    r",[”\"]? (?:said|told|added|stated|explained) (?:the|a|an) (?P<np>(?:[a-z][\w'’-]* ){0,5}[a-z][\w'’-]*)\.$")
# Heads of outlets, whose name follows with no commas: "the local newspaper La Voix du Nord".
_OUTLET_HEADS = frozenset("newspaper paper daily weekly broadcaster channel station magazine agency website".split())
# ", the deputy mayor told reporters on Friday." closing the sentence before the piece.
_TRAILING_TITLE_TAG = lazy_compile(
    r",[”\"]? (?:the|a|an|its|their) (?P<title>(?:[a-z][\w'’-]* ){0,2}(?P<head>[a-z][\w'’-]*))"
    r"(?P<tag> (?:said|says|told|added|stated|announced|explained|wrote|confirmed|reported)"
    r"(?: (?!that\b)[^,.;:“”\"]{1,50})?)\.$")
# The piece: a phrase completing the title, then a name; or a name alone.
# (The phrase may name a place or body with a capital: "Of Tula", "In Pacaraima"; a name
# may hold the lower-case particles of many languages: "Maria das Dores Lima".)
_TITLE_PIECE = lazy_compile(
    r"(?P<phrase>(?:[Ff]or|[Oo]f|[Aa]t|[Ii]n|[Rr]esponsible for|[Ii]n charge of) [\w'’-]+(?: [\w'’-]+){0,6})?"
    r"(?:(?(phrase), )(?P<name>[A-Z][\w'’-]+(?: (?:(?:" + "|".join(sorted(_PARTICLES))
    + r") )?[A-Z][\w'’-]+){1,3}))?\.")
# A surname is rarer than this share of English words ("Ruiz", "Dahl"); "Times", "Street"
# and "City" end the names of papers and places, never of a speaker the title lost.
MAX_SURNAME_FREQUENCY = 3e-5
_AGENT_SUFFIXES = ("or", "er", "ist")  # "coordinator", "manager", "economist": a role in an inverted tag
_ROLE_SUFFIXES = ("man", "woman", "person", "officer", "head", "chief")
MAX_PIECE_CHARS = 90


def _is_title(head: str) -> bool:
    """``head`` is a noun for an office or role ("mayor", "spokesman", "commissioner")."""
    return head in TITLES or head.endswith(_ROLE_SUFFIXES)


def _names_a_body(phrase: str) -> bool:
    """A "for"/"of"/"at" phrase names the body a title belongs to: a capitalised word after
    its preposition ("For the Ferrand coastguard") or a body noun at its end ("of the county
    council"). Without a name after it, nothing else tells it from a time or a topic ("for
    the first time", "of the plan"), which the speaking may take."""
    words = phrase.split()
    return any(w[:1].isupper() for w in words[1:]) or words[-1].lower() in BODY_NOUNS


def title_piece_edit(doc: Document, position: int, self: Rule) -> Edit | None:
    """The move of the title's lost piece at sentence ``position`` back after the title
    (see the module), or None when the sentence is no such piece."""
    sentence = doc.sentences[position]
    if sentence.span.end - sentence.span.start > MAX_PIECE_CHARS:
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is None:
        return None
    piece = _TITLE_PIECE.fullmatch(doc.text, sentence.span.start, sentence.span.end)
    if piece is None or not (piece["phrase"] or piece["name"]):
        return _fuller_speaker_edit(doc, prev, sentence.span.start, sentence.span.end, self) \
            or tag_role_pieces.role_piece_edit(doc, position, self)
    end = sentence.span.end
    name_text = piece["name"]
    following = doc.next_in_paragraph(position)
    if piece["phrase"] and not name_text and following is not None and len(following.span) <= MAX_PIECE_CHARS:
        # "…, the mayor said. Of Tula. Dmitri Orlov.": the phrase and the name each cut off.
        more = _TITLE_PIECE.fullmatch(doc.text, following.span.start, following.span.end)
        if more is not None and more["name"] and not more["phrase"]:
            name_text, end = more["name"], following.span.end
    if piece["phrase"] and piece["phrase"].startswith(("In ", "in ")) and not piece["phrase"].startswith(
            ("In charge", "in charge")) and not (name_text and piece["phrase"][3:4].isupper()):
        return None  # "…, the minister said. In a statement.": where the words were said, FR001's join
    rest = (piece["phrase"] or "").split()[1:]
    if len(rest) >= 2 and all(w[:1].isupper() for w in rest):
        return None  # "…, the coach said. Of Ana Ruiz.": a person's name after "of", no title's rest
    if name_text and (any(lexicon.is_function_word(w) for w in name_text.split())
                          or lexicon.word_frequencies().get(name_text.split()[-1].lower(), 0.0)
                          > MAX_SURNAME_FREQUENCY):
        return None  # "The Board Of …", "New York Times": a heading or a paper, no person's name
    if piece["phrase"] and any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in lexicon.IRREGULAR_PAST
                               for w in lexicon.words(piece["phrase"].lower())):
        return None  # "For the rest of the year, prices will hold.": a clause of its own
    if piece["phrase"] and not piece["name"] and not _names_a_body(piece["phrase"]):
        return None  # "… the mayor said. For the first time.", "… said. of the plan.": no body, no title
    window = max(prev.span.start, prev.span.end - 120)
    phrase = piece["phrase"] or ""
    if phrase:
        phrase = " " + (phrase[0].lower() if phrase.split()[0] in _LOWERED_OPENERS else phrase[0]) + phrase[1:]
    cut_off = doc.text[sentence.span.start : end]
    inverted = _TRAILING_INVERTED_TAG.search(doc.text, window, prev.span.end)
    if inverted is not None and phrase and any(_is_title(w) or (len(w) > 5 and w.endswith(_AGENT_SUFFIXES))
                                    for w in inverted["np"].split()):
        # "…, said the coordinator of the shelter. In Pacaraima, Maria Lima.": the tag ends
        # on its title, so the piece goes on right after it.
        name = f", {name_text}" if name_text else ""
        return self.edit(prev.span.end - 1, end, f"{phrase}{name}.",
                         f"Attribution (rebuild-attribution): “{cut_off}” is the rest of the speaker's title, "
                         "cut off after the inverted tag; joined back.", 0.6)
    tag = _TRAILING_TITLE_TAG.search(doc.text, window, prev.span.end)
    if tag is None:
        return None
    if tag["head"] in _OUTLET_HEADS and name_text and not phrase:
        # "…, the local newspaper reported. La Voix du Nord.": an outlet's name follows its
        # noun with no commas.
        return self.edit(tag.end("title"), end, f" {name_text}{tag['tag']}.",
                         f"Attribution (rebuild-attribution): “{cut_off}” is the name of the outlet "
                         f"“{tag['title']}”, cut off after the tag; moved back after it.", 0.6)
    if not _is_title(tag["head"]):
        return None
    name = f", {name_text}," if name_text else ""
    replacement = f"{phrase}{name}{tag['tag']}."
    message = (f"Attribution (rebuild-attribution): “{cut_off}” is the rest of the speaker's "
               f"title “{tag['title']}”, cut off after the tag; moved back after the title.")
    return self.edit(tag.end("title"), end, replacement, message, 0.6)


# A phrase's first word that only has a capital from the false stop; a place after it keeps its own.
_LOWERED_OPENERS = frozenset("For Of At In Responsible".split())


# "…, according to." / "According to.": the preposition a false stop cut off its object.
_ACCORDING_TO_END = lazy_compile(r"\b[Aa]ccording to\.$")
MAX_SOURCE_CHARS = 120


def according_to_source_edit(doc: Document, position: int, self: Rule) -> Edit | None:
    """The join of a source cut off "according to" by a false stop ("…, according to.
    Bayernwerk, the grid operator." -> "…, according to Bayernwerk, the grid operator."),
    or None when the sentence at ``position`` is no such source.

    "To" never ends an English sentence, so the stop is false; the piece after it must be
    a noun phrase (no clause of its own: "According to. The ministry said …" is left), and
    its first word keeps its capital unless it is a determiner or a common plural ("An
    internal audit" -> "an internal audit"; "Bayernwerk" stays).
    """
    sentence = doc.sentences[position]
    if sentence.span.end - sentence.span.start > MAX_SOURCE_CHARS or not doc.text[sentence.span.start].isupper():
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is None or _ACCORDING_TO_END.search(doc.text, max(prev.span.start, prev.span.end - 14),
                                                prev.span.end) is None:
        return None
    text = doc.sentence_text(sentence)
    words = lexicon.words(text)
    if not words or lexicon.has_clause(words) or any(c in text for c in "“”\"?!;:"):
        return None
    first = words[0]
    lead = text[0].lower() if tag_detached.lowers(first) else text[0]
    return self.edit(prev.span.end - 1, sentence.span.start + 1, " " + lead,
                     f"Attribution (rebuild-attribution): “{text}” is the source a false stop cut off "
                     "“according to”; joined back.", 0.65)


# "The UN refugee agency, UNHCR.": the speaker's fuller name, with the tag's head noun last
# before an optional name or acronym set off by a comma.
_FULLER_SPEAKER = lazy_compile(
    r"The (?P<words>(?:[\w'’-]+ ){1,4})(?P<head>[a-z][\w'’-]*)(?P<name>, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})?\.")


def _fuller_speaker_edit(doc: Document, prev: Sentence, start: int, end: int, self: Rule) -> Edit | None:
    """The speaker's fuller name cut off after a tag with the same head noun ("…, the agency
    said. The UN refugee agency, UNHCR." -> "…, the UN refugee agency, UNHCR, said."), put in
    the place of the short one; None when the piece is no such name."""
    found = _FULLER_SPEAKER.fullmatch(doc.text, start, end)
    if found is None or any(w.lower() in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS
                            for w in lexicon.words(found["words"])):
        return None
    window = max(prev.span.start, prev.span.end - 120)
    tag = _TRAILING_TITLE_TAG.search(doc.text, window, prev.span.end)
    if tag is None or tag["head"] != found["head"] or " " in tag["title"] \
            or doc.text[tag.start("title") - 4 : tag.start("title")] != "the ":
        return None  # only a bare "the agency" is the short form of the fuller name
    fuller = "the " + doc.text[found.start("words") : found.end("head")]
    if found["name"]:
        fuller += found["name"] + ","
    return self.edit(tag.start("title") - 4, end, f"{fuller}{tag['tag']}.",
                     f"Attribution (rebuild-attribution): “{doc.text[start:end]}” is the speaker's fuller name, "
                     "cut off after the tag; it takes the short name's place.", 0.6)
