"""A bare speech tag ("he said.", "the organisers said.") and its speaker's name and role
cut off after it as a verbless sentence of their own (AT010's appositive shape).

The MT system ended the sentence at "said" and stranded the speaker's name with its
appositive; the tag kept only a pronoun, a placeholder noun or a short form of the name:

- "“…,” he said. Rina Kusuma, a psychologist who trained the staff."
  -> "“…,” said Rina Kusuma, a psychologist who trained the staff."
- "…, the organisers said. The chairman of the panel, Sir Alun Morgan."
  -> "…, said the chairman of the panel, Sir Alun Morgan."
- "“…,” Mr. Khoa said. Tran Minh Khoa, general director of the company."
  -> "“…,” said Tran Minh Khoa, general director of the company."

The speaker goes after the verb, as English writes a tag whose speaker carries an
appositive ("said Ana Ruiz, the mayor of Lyon"); only the words already there are used.

Guards, each a look-alike left alone: the piece must be a name of two to five capitalised
words and, across one comma, a verbless role phrase with a noun for a person or body
("director", "psychologist", "spokesman"); a place with a description ("New York, the
largest city.") names no speaker; a credit line ("Reporting by …") has "by"; a tag with
a time or place ("he said on Friday.") is left; a short name in the tag must be the
piece's ("Mr. Khoa" -> "Tran Minh Khoa"), else the piece names a second person.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules import tag_lead_case
from repair.rules.base import lazy_compile
from repair.rules.glued import TITLES

# The bare tag closing the sentence before: after a comma (in or out of a closing mark),
# a pronoun, a placeholder ("the organisers") or a short name ("Mr. Khoa", "Ruiz"), "said".
_BARE_TAG = lazy_compile(
    r"(?:, |[,?!][”\"] )(?P<subject>he|she|they|(?:the|a|an) [a-z][a-z-]+(?: [a-z][a-z-]+)?"
    r"|(?:(?:Mr|Mrs|Ms|Dr|Prof)\. )?[A-Z][\w'’-]+) said\.$")
# The cut-off piece: two parts across one comma, then the stop.
# (An ellipsis is no stop: "producer of the show Later... With …" is a title cut by the splitter.)
_PIECE = lazy_compile(r"(?P<first>[^,.;:!?“”\"()…]{2,80}), (?P<second>[^,;:!?“”\"()…]{2,120})(?<!\.)\.")
# A name's words: capitalised words and the honorifics before them.
_HONORIFICS = frozenset("Mr. Mrs. Ms. Dr. Prof. Sir Dame".split())
# A relative clause closing the role ("a psychologist who trained the staff").
_RELATIVE = lazy_compile(r" (?:who|which|whose) ")
# Nouns for a speaker beyond the titles and the agent-noun endings.
_SPEAKER_NOUNS = frozenset("""head chief official officer expert analyst psychologist economist scientist
    founder owner member secretary envoy deputy spokesperson nurse doctor teacher farmer resident witness
    activist student pupil survivor victim""".split())


def _is_name(part: str) -> bool:
    """``part`` is a name: two to five words, each capitalised or an honorific."""
    words = part.split(" ")
    if not 2 <= len(words) <= 5:
        return False
    return all(w in _HONORIFICS or (w[:1].isupper() and w.replace("-", "").replace("’", "").replace("'", "")
                                    .isalpha() and not lexicon.is_function_word(w)) for w in words)


def _is_role(part: str) -> bool:
    """``part`` is a verbless role phrase with a noun for a person or body, a relative clause
    allowed at its end ("a psychologist who trained the staff", "general director of the
    company", "The chairman of the panel")."""
    head = _RELATIVE.split(part, maxsplit=1)[0]
    # (A possessive's "'s" is no verb: "the hospital's director" is a noun phrase.)
    words = [w.removesuffix("'s").removesuffix("’s") for w in lexicon.words(head)]
    if not 1 <= len(words) <= 10 or "by" in words or any(w[:1].isdigit() for w in words):
        return False
    if lexicon.has_clause(words):
        return False
    lowered = [w.lower() for w in words]
    return any(w in TITLES or w in _SPEAKER_NOUNS or lexicon.agent_noun(w) for w in lowered)


def appositive_speaker(prev_text: str, piece: str) -> tuple[int, str] | None:
    """The rebuilt tag when ``piece`` is the name and role of the speaker of the bare tag
    that closes ``prev_text``: (offset in ``prev_text`` where the replacement starts, the
    replacement running to the end of ``piece``), or None (see the module)."""
    tag = _BARE_TAG.search(prev_text)
    found = _PIECE.fullmatch(piece)
    if tag is None or found is None:
        return None
    first, second = found["first"], found["second"]
    if _is_name(first) and _is_role(second) and not _is_name(second):
        name = first
    elif _is_name(second) and _is_role(first):
        name = second
    else:
        return None
    subject = tag["subject"]
    if subject[:1].isupper() and subject.split(" ")[-1] not in name.split(" "):
        return None  # "Ruiz said." + "Ivo Berg, the mayor.": a second person, not the speaker
    speaker = tag_lead_case.lead_letter(piece) + piece[1:-1]
    return tag.start("subject"), f"said {speaker}."
