"""A person's name cut off a subject that is a bare title ("Coach said …. Ana Ruiz.").

MT output sometimes moves a speaker's name out of the subject and strands it after the
sentence: "Head coach said on Monday the squad was fit. Ana Ruiz." English does not let a
singular title stand as a subject without an article or a name ("Head coach said" is no
English; "The head coach said" and "Head coach Ana Ruiz said" are), so the gap the name
left is right after the title, before the verb. :func:`name_after_bare_title` finds that
gap; :func:`repair.rules.stops.choose` moves the name back into it (``move-displaced``).
"""

from __future__ import annotations

import re

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.glued_splits import zipf
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_role_names import is_person_role

# The clause start: the sentence start, or the end of a dateline ("LIMA, Peru — ").
_DATELINE = lazy_compile(r"^[A-Z][A-Z .'’-]+(?:, [A-Z][\w .'’-]*)? [—–-]{1,2} ")
# A bare title (one to three words, none a function word), then a finite verb.
_BARE_TITLE = lazy_compile(
    r"(?P<title>(?:[A-Z][\w'’-]* ){0,2}[A-Za-z][\w'’-]*) "
    r"(?=(?:said|says|told|added|announced|warned|confirmed|insisted|admitted|will|would|has|had|is|was|could"
    r"|can|must|may|might|should)\b)")
# Collective or mass subjects that stand bare in good English ("Police said …").
_BARE_SUBJECTS = frozenset("police staff management security parliament congress government".split())
COMMON_NOUN_ZIPF = 3.0  # "coach" (4.6), "executive" (4.5), "spokesman" (3.9); rare surnames fall below


def name_after_bare_title(prev_text: str, prev_start: int, stop: int, piece_end: int, piece: str,
                          q: list[str], text: str = "") -> StopRepair | None:
    """Move the full name ``piece`` (two or three capitalised words after the stop at
    ``stop``) back beside the bare title that opens the sentence (``prev_text``, which
    starts at ``prev_start``): "Chief executive said … Usak. Selim Aydin." -> "Chief
    executive Selim Aydin said … Usak." None when the subject is no bare singular title
    (an article, a name, a pronoun or a plural before the verb, or one word the document
    ``text`` writes capitalised inside a sentence: a surname there, "Minister Ahn Su said")."""
    if not 2 <= len(q) <= 3 or "," in piece or not all(w[:1].isupper() and not lexicon.is_function_word(w)
                                                          for w in q):
        return None
    dateline = _DATELINE.match(prev_text)
    offset = dateline.end() if dateline else 0
    match = _BARE_TITLE.match(prev_text, offset)
    if not match:
        return None
    title = match["title"].split()
    head = title[-1]
    lower_head = head.lower()
    if any(lexicon.is_function_word(w) or w.lower() in lexicon.AUXILIARIES for w in title) \
            or lower_head in _BARE_SUBJECTS or (lower_head.endswith("s") and not lower_head.endswith("ss")):
        return None  # "The coach said", "He said", "Officials said", "Police said": a subject already
    if head[:1].isupper() and len(title) > 1:
        return None  # "Ana Ruiz said", "John Smith said": capitalised words before the verb are a name
    if len(title) == 1 and (zipf(lower_head) < COMMON_NOUN_ZIPF or not is_person_role(head)):
        # "Ruiz said": a surname, not a title, common in wordfreq or not ("Ahn" 3.1, "Ruiz" 3.2);
        # a bare title names a role or office ("Coach said", "Spokesman said")
        return None
    if len(title) == 1 and re.search(rf"[\w,] {re.escape(head)}\b", text):
        return None  # "Lee said" where the text has "… Minister Lee Min-ho …": a surname
    if any(w in prev_text for w in q):
        return None  # the name is in the sentence already: an echo, not a displaced name
    at = prev_start + match.end("title")
    name = piece[:-1]
    return StopRepair("move-displaced", at, piece_end, f" {name}{prev_text[match.end('title'):]}",
                      0.65, f"“{name}” names the person the bare title “{match['title']}” stands for; "
                      "moved back beside it.")
