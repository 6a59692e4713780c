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
from repair.document import Document
from repair.edits import Edit
from repair.rules.base import Rule, lazy_compile
from repair.rules.glued import TITLES
from repair.rules.stops_tag_adjuncts import BODY_NOUNS

# ", the deputy mayor told reporters on Friday." closing the sentence before the piece.
_TRAILING_TITLE_TAG = lazy_compile(
    r",[”\"]? (?:the|a|an|its|their) (?P<title>(?:[a-z][\w'’-]* ){0,2}(?P<head>[a-z][\w'’-]*))"
    r"(?P<tag> (?:said|says|told|added|stated|announced|explained|wrote|confirmed)"
    r"(?: (?!that\b)[^,.;:“”\"]{1,50})?)\.$")
# The piece: a phrase completing the title, then a name; or a name alone.
_TITLE_PIECE = lazy_compile(
    r"(?P<phrase>(?:[Ff]or|[Oo]f|[Aa]t|[Rr]esponsible for|[Ii]n charge of) [a-z][\w'’-]*(?: [\w'’-]+){0,6})?"
    r"(?:(?(phrase), )(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}))?\.")
# A surname is rarer than this share of English words ("Ruiz", "Dahl"); "Times", "Street"
# and "City" end the names of papers and places, never of a speaker the title lost.
MAX_SURNAME_FREQUENCY = 3e-5
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
    if len(sentence.span) > MAX_PIECE_CHARS:
        return None
    prev = doc.previous_in_paragraph(position)
    if prev is None:
        return None
    piece = _TITLE_PIECE.fullmatch(doc.text, sentence.span.start, sentence.span.end)
    if piece is None or not (piece["phrase"] or piece["name"]):
        return None
    if piece["name"] and (any(lexicon.is_function_word(w) for w in piece["name"].split())
                          or lexicon.word_frequencies().get(piece["name"].split()[-1].lower(), 0.0)
                          > MAX_SURNAME_FREQUENCY):
        return None  # "The Board Of …", "New York Times": a heading or a paper, no person's name
    if piece["phrase"] and any(w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in lexicon.IRREGULAR_PAST
                               for w in lexicon.words(piece["phrase"].lower())):
        return None  # "For the rest of the year, prices will hold.": a clause of its own
    if piece["phrase"] and not piece["name"] and not _names_a_body(piece["phrase"]):
        return None  # "… the mayor said. For the first time.", "… said. of the plan.": no body, no title
    window = max(prev.span.start, prev.span.end - 120)
    tag = _TRAILING_TITLE_TAG.search(doc.text, window, prev.span.end)
    if tag is None or not _is_title(tag["head"]):
        return None
    phrase = piece["phrase"] or ""
    if phrase:
        phrase = " " + phrase[0].lower() + phrase[1:]
    name = f", {piece['name']}," if piece["name"] else ""
    replacement = f"{phrase}{name}{tag['tag']}."
    message = (f"Attribution (rebuild-attribution): “{doc.sentence_text(sentence)}” is the rest of the speaker's "
               f"title “{tag['title']}”, cut off after the tag; moved back after the title.")
    return self.edit(tag.end("title"), sentence.span.end, replacement, message, 0.6)
