"""A lone plural common noun after a complete sentence ("… too many mistakes in the first
half. Errors.", "… against 83 percent in 2019. Statistics."): a label the translation left
behind, which repeats or names what the sentence already says.

Joined, it is glued after the sentence's last word as a made-up name ("half Errors");
moved, it has no slot: a plural noun does not modify the noun after it the way a singular
one can ("a record high", "the benchmark rate"), so unlike a lone singular noun it is no
displaced modifier. It is deleted when all of these hold:

- the word is capitalised only by the stop, and clean news says so: both the word and its
  singular are printed lower case mid-sentence (:func:`lower_evidence`, learned from
  ``news-clean``), so a name ("Reuters", "Athens") is never taken;
- it is no adverb in "-s" ("Indoors", "Afterwards") and no person noun ("Officials",
  "Researchers"), which may be a cut-off speaker the sentence should name (by ending where
  the ending tells, else from a short list of the commonest);
- the sentence before is a clause that ends on a content word that is no verb (a verb may
  want the noun as its object: "… the firm will cut. Jobs.") and no speech tag (after
  "…, the ministry said." a plural noun may be the real speaker);
- the piece ends its paragraph or a new sentence follows it (never "… Diplomats. told AP").

Shared arguments as in :mod:`repair.rules.stops_candidates`.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.casing_learned_table import lower_evidence
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import is_place_adverb
from repair.rules.stops_words import ends_with_speech_tag, is_bare_verb

# Adverbs and other words in "-s" that no plural noun is.
_NOT_PLURAL = frozenset(
    """afterwards towards always perhaps besides sometimes nowadays indoors outdoors overseas upwards
    downwards backwards forwards onwards downstairs upstairs whereas regardless nevertheless nonetheless
    thus less unless news series species means""".split())
# Nouns for people (agents, members, nationals): possibly a speaker cut off. By ending
# where the ending is one ("-ists", "-ians"), else by name: "-ers" and "-ents" end
# "numbers" and "events" as often as "workers" and "residents".
_PERSON_ENDINGS = ("ists", "ians")
_PERSONS = frozenset(
    """officials residents workers officers researchers analysts experts diplomats authorities leaders
    members voters farmers doctors nurses teachers students employees refugees migrants participants
    opponents protesters investors traders lawyers prosecutors judges witnesses sources organisers
    organizers spokesmen spokeswomen ministers lawmakers legislators activists fans players
    passengers customers consumers parents children villagers citizens tourists visitors""".split())
# Endings of singulars that look plural ("status", "analysis", "glass", "famous").
_SINGULAR_ENDINGS = ("ss", "us", "is", "ous", "ics")


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def is_plural_label(word: str) -> bool:
    """``word`` (capitalised, alone after a stop) is a plural common noun by its form and by
    clean news' casing of it and its singular."""
    lower = word.lower()
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= 5 and lower.endswith("s")):
        return False
    if lower.endswith(_SINGULAR_ENDINGS + _PERSON_ENDINGS) or lower in _PERSONS:
        return False
    if lower in _NOT_PLURAL or is_place_adverb(lower) or lexicon.is_function_word(lower):
        return False
    return lower_evidence(lower) is not None and lower_evidence(_singular(lower)) is not None


def plural_label(text: str, stop: int, piece_end: int, piece: str, p: list[str], word: str) -> StopRepair | None:
    """The deletion of a lone plural label (see the module doc), or None."""
    if not is_plural_label(word) or len(p) < 3 or not lexicon.has_clause(p):
        return None
    last = p[-1]
    if not last[:1].isalnum() or lexicon.is_function_word(last) or is_bare_verb(last) \
            or lexicon.looks_finite(last.lower()) or last.lower() in lexicon.SPEECH_VERBS:
        return None
    if ends_with_speech_tag(text[max(0, stop - 80) : stop + 1]):
        return None
    after = text[piece_end : piece_end + 2]
    if after and after[0] != "\n" and not (after[0] == " " and after[1:2] and not after[1].islower()):
        return None
    return StopRepair("delete-content-free", stop + 1, piece_end, "", 0.6,
                      f"“{piece}” is a lone plural label after a complete sentence; it adds nothing and is deleted.")
