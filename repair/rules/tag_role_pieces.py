"""A named speaker's role cut off after the tag as a sentence of its own (for AT003).

MT that splits a long tag ends the sentence on the speaker's name and leaves the name's
appositive, the speaker's role, as a verbless piece:

- "…,” said Ana Ruiz. Director of the museum since 2021."
- "…, Ana Ruiz said. Head of the port authority."
- "…, said Ana Ruiz. The port's deputy director."

English sets the role off after the name: at the sentence's end after an inverted tag
("…, said Ana Ruiz, director of the museum since 2021."), between commas before the
verb otherwise ("…, Ana Ruiz, head of the port authority, said."). The grammar that marks
it: the sentence before ends on the name (2-4 capitalised words) with "said" just before
or just after it; the piece has no verb, its head is a title or role noun ("director",
"head", "spokeswoman") after at most an article, a possessive and two modifiers, and at
most a prepositional phrase follows it ("of the museum", "since 2021"). A role noun's
capital after the comma was only the false stop's. Unsafe: an editor confirms the role
is the named speaker's.
"""

from __future__ import annotations

from repair import lexicon
from repair.document import Document
from repair.edits import Edit
from repair.rules import tag_lead_case, tags
from repair.rules.base import Rule, lazy_compile
from repair.rules.glued import TITLES

_CAPITAL = r"[^\W\d_a-z][\w'’-]*"  # a capitalised word, whatever its script
_NAME = r"(?P<name>(?:Dr\. |Mr\. |Ms\. |Mrs\. )?" + _CAPITAL + r"(?: (?:de |da |van |von )?" + _CAPITAL + r"){1,3})"
# "…, said Ana Ruiz." / "…,” said Dr. Ana Ruiz.": an inverted tag ending on the name.
_SAID_NAME_END = lazy_compile(r"[,”\"] (?:said|says|added|told [a-z]+) " + _NAME + r"\.$")
# "…, Ana Ruiz said." / "…,” Ana Ruiz said on Friday.": the name just before the verb.
_NAME_SAID_END = lazy_compile(r"[,”\"] " + _NAME + r"(?P<tag> (?:said|says|added)(?: on [A-Z][a-z]+day)?)\.$")
# Role nouns beyond the titles: "head of …", "director of …".
_ROLE_HEADS = tags.ROLES | frozenset("head chief director founder owner partner member curator editor".split())
# What may follow the role: a prepositional phrase ("of the museum since 2021").
_ROLE_TAIL_OPENERS = frozenset("of for at in since from with on".split())
MAX_ROLE_WORDS = 12
# The tag's adjunct cut off after the role: "in a speech on Tuesday.", "at a briefing."
_TAG_ADJUNCT = lazy_compile(r"((?:in|at|on|during) [^.;:!?“”\"]{2,60})\.")


def _role_phrase(piece: str) -> str | None:
    """``piece`` (a sentence, its stop included) as a role phrase with its first letter in
    running-text case ("Director of the museum." -> "director of the museum"), or None
    when it is no verbless role phrase."""
    if not piece.endswith(".") or any(c in piece for c in ",;:“”\"?!()"):
        return None
    words = piece[:-1].split(" ")
    if not 2 <= len(words) <= MAX_ROLE_WORDS:  # (a bare "Governor." is an echo or a label)
        return None
    at = 1 if words[0] in ("The", "A", "An") else 0
    role = next((i for i in range(at, min(at + 4, len(words))) if words[i].lower() in TITLES
                 or words[i].lower() in _ROLE_HEADS), None)
    while role is not None and role + 1 < len(words) and (words[role + 1].lower() in TITLES
                                                          or words[role + 1].lower() in _ROLE_HEADS):
        role += 1  # "Deputy Minister of Health": the last of the role words is the head
    if role is None or (role + 1 < len(words) and words[role + 1] not in _ROLE_TAIL_OPENERS):
        return None  # "Director Ana Ruiz …", "Head office staff": the role is no head of the phrase
    for word in words[at:role]:
        if lexicon.is_function_word(word) and not word.endswith(("'s", "’s")):
            return None
    for word in words[role + 1 :]:
        w = word.lower()
        if w in lexicon.AUXILIARIES or w in lexicon.SPEECH_VERBS or w in lexicon.IRREGULAR_PAST \
                or (word.islower() and len(w) > 4 and w.endswith("ed")):
            return None  # "Head of the board resigned.": a clause of its own
    phrase = piece[:-1]
    if at or words[0].lower() in TITLES or words[0].lower() in _ROLE_HEADS:
        return phrase[0].lower() + phrase[1:] if at or words[1:2] == [] or words[1][:1].islower() else phrase
    return tag_lead_case.lead_letter(phrase) + phrase[1:]


def role_piece_edit(doc: Document, position: int, self: Rule) -> Edit | None:
    """The move of a named speaker's role, cut off as the sentence at ``position``, back
    beside the name (see the module); None when the sentence is no such piece."""
    sentence = doc.sentences[position]
    prev = doc.previous_in_paragraph(position)
    if prev is None or not doc.text[sentence.span.start].isupper():
        return None
    piece = doc.sentence_text(sentence)
    phrase = _role_phrase(piece)
    if phrase is None:
        return None
    following = doc.next_in_paragraph(position)
    adjunct = None
    if following is not None and doc.text[following.span.start].islower():
        # "… Governor of the central bank. in a speech on Tuesday.": the tag's own adjunct was
        # cut off too, after the role; anything else opens what follows ("… Head of the board.
        # said …").
        adjunct = _TAG_ADJUNCT.fullmatch(doc.sentence_text(following))
        if adjunct is None or lexicon.has_clause(lexicon.words(adjunct[1])):
            return None
    window = max(prev.span.start, prev.span.end - 120)
    before = doc.text[window : prev.span.end].lower()
    if any(w.lower() in before for w in piece[:-1].split(" ") if w.lower() in TITLES or w.lower() in _ROLE_HEADS):
        return None  # "…, Governor Rui Matos said. The governor of the region.": the tag has the role already
    message = (f"Attribution (rebuild-attribution): “{piece}” is the named speaker's role, cut off after "
               "the tag; set off after the name.")
    if _SAID_NAME_END.search(doc.text, window, prev.span.end) is not None:
        if adjunct is not None and following is not None:
            return self.edit(prev.span.end - 1, following.span.end, f", {phrase}, {adjunct[1]}.", message, 0.6)
        return self.edit(prev.span.end - 1, sentence.span.end, f", {phrase}.", message, 0.6)
    if adjunct is not None:
        return None
    if (named := _NAME_SAID_END.search(doc.text, window, prev.span.end)) is not None:
        return self.edit(named.end("name"), sentence.span.end, f", {phrase},{named['tag']}.", message, 0.6)
    return None
