"""A false stop that also swallowed a small word, where the shape of the piece says which word.

Most pieces after a "dropped preposition" stop ("tightened security. its archives.") cannot
be mended from the text: "in", "for" or "around" would each make English, so the join is only
shown. Four shapes name the missing word themselves:

=========================================  ==============================================
piece after the stop                        repair
=========================================  ==============================================
a figure and a past time after ", up."      "…, up from 7.5 percent a year ago." (the old
or ", down."                                level a change is measured from takes "from")
a vote tally "N votes to M" after a clause  "… approved the bill by 312 votes to 287."
a superlative noun phrase with no article   "… rose 4.6%, the highest level since March."
after a clause with a figure                (a renaming appositive needs "the" and a comma)
a bare singular noun after a price          "… 210 million rials a kilogram in May." (the
                                            unit the price is given for takes "a", "an")
=========================================  ==============================================
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.change_verbs import FROM_BASE_PAST
from repair.rules.stops_candidates import StopRepair
from repair.rules.stops_classes import _NOT_SUPERLATIVES, _SUPERLATIVE
from repair.rules.stops_dates import clause_ends_before_date, date_head, lone_month_head
from repair.rules.stops_lost_commas import main_clause_after_subordinate
from repair.rules.stops_tallies import change_figure_cut, vote_count_cut
from repair.rules.year_links import year_link

__all__ = ["aside_after_conjunction", "figure_piece", "infinitive_cut", "inserted_word",
           "named_by_shape", "phrase_then_subordinate"]

_FIGURE_START = lazy_compile(r"[$€£¥]?\d")
# A past point a level is compared with: "five years ago", "a year earlier", "in 2020",
# "last year", "at the last election".
_PAST_POINT = lazy_compile(r"\b(?:ago|earlier|previously|before|last|in (?:19|20)\d\d|a year before)\b")
# A tally of votes: "312 votes to 287", "45 to 12 votes".
_VOTE_TALLY = lazy_compile(r"^\d[\d,]* (?:votes? )?to \d[\d,]*(?: votes?)?(?=[,.]| with| against| in| on| at| after)")


def figure_piece(prev_text: str, piece: str) -> bool:
    """The piece opens with a figure and has one of the shapes :func:`inserted_word` mends:
    the cheap test the fragment rule runs before it takes a figure-led piece at all."""
    if not _FIGURE_START.match(piece):
        return False
    if vote_count_cut(prev_text, piece) is not None or change_figure_cut(prev_text, piece):
        return True  # "… passed by 52 votes. 19.", "… reserves fell. 62 billion to 41 billion …"
    if _YEAR_ALONE.match(piece) or _BETWEEN.search(prev_text):
        return True  # "… first tried. 2006, is …", "… between 18. 35 years old"
    if prev_text.endswith((", up.", ", down.")):
        return _PAST_POINT.search(piece) is not None
    return _VOTE_TALLY.match(piece) is not None


def _superlative_fragment(q: list[str], p: list[str], piece: str) -> bool:
    """``q`` is a short capitalised superlative noun phrase without its article ("Highest
    level since March."), and the sentence ``p`` reports a figure it can rename."""
    if not 2 <= len(q) <= 7 or "," in piece or not q[0][:1].isupper():
        return False
    head = q[0].lower()
    if head in _NOT_SUPERLATIVES or _SUPERLATIVE.fullmatch(head) is None or head in ("most", "least"):
        return False
    # Its noun ("Highest level since …") or a phrase of its own ("Highest in two years").
    follows = not lexicon.is_function_word(q[1]) or q[1].lower() in _SUPERLATIVE_PREPOSITIONS
    return follows and not lexicon.has_clause([w.lower() for w in q]) and any(w[:1].isdigit() for w in p)


_SUPERLATIVE_PREPOSITIONS = frozenset("in since for on of".split())


def inserted_word(text: str, prev_start: int, stop: int, piece_start: int, piece_end: int,
                  p: list[str], q: list[str]) -> list[StopRepair]:
    """The join inserting the word the piece's shape names (see the module table), or []."""
    prev_text = text[prev_start : stop + 1]
    piece = text[piece_start:piece_end]
    if word := change_figure_cut(prev_text, piece):
        return [StopRepair("join-insert", stop, piece_start, f" {word} ", 0.6,
                           f"“{piece}” is the figure the change before the stop runs {word}; joined with "
                           f"“{word}”.")]
    if (tally := vote_count_cut(prev_text, piece)) is not None:
        return [StopRepair("join-insert", stop, piece_start + tally, " to ", 0.6,
                           f"“{piece}” is the count of votes against, cut off the tally with its “to”; joined "
                           "with it.")]
    if word := _named_by_shape(prev_text, piece, p, q):
        if _year_after_clause(p, piece) and not year_link(p, prev_text)[1]:
            return [StopRepair("join-insert", stop, piece_start + 1, f" {word} " + _lowered_head(piece, q), 0.4,
                               f"“{piece}” is a year cut off the sentence; clean news links it to “{p[-1]}” with "
                               "several words, so an editor should pick one.", display=True)]
        return [StopRepair("join-insert", stop, piece_start + 1, f" {word} " + _lowered_head(piece, q), 0.6,
                           f"“{piece}” is cut off the sentence with the word “{word}” the shape at the stop "
                           "needs; joined with it.")]
    if figure_piece(prev_text, piece):
        if prev_text.endswith((", up.", ", down.")):
            return [StopRepair("join-insert", stop, piece_start, " from ", 0.65,
                               f"“{piece}” is the level the change is measured from; joined with “from”.")]
        if lexicon.has_clause(p):
            return [StopRepair("join-insert", stop, piece_start, " by ", 0.6,
                               f"“{piece}” is the vote's tally; joined with “by”.")]
        return []
    if infinitive_cut(prev_text, piece):
        return [StopRepair("join-insert", stop, piece_start + 1, " to " + piece[0].lower(), 0.6,
                           f"“{piece}” is the infinitive “{p[-1]}” takes, cut off with its “to”; joined with “to”.")]
    if comparison_base(prev_text, piece):
        return [StopRepair("join-insert", stop, piece_start + 1, " from " + piece[0].lower(), 0.6,
                           f"“{piece}” is the period the change is measured from; joined with “from”.")]
    if _rate_unit(prev_text, piece, q):
        # Wire style gives a rate with the article ("$84 a barrel", "9 dollars an hour").
        article = "an" if q[0].lower().startswith(("a", "e", "i", "o", "hour")) else "a"
        return [StopRepair("join-insert", stop, piece_start, f" {article} ", 0.6,
                           f"“{q[0]}” is the unit the price before the stop is given for; joined with “{article}”.")]
    if _superlative_fragment(q, p, piece) and lexicon.has_clause(p):
        return [StopRepair("join-insert", stop, piece_start + 1, ", the " + piece[0].lower(), 0.6,
                           f"“{piece}” is a superlative renaming the figure the sentence reports; joined with "
                           "a comma and its article.")]
    return []


# A price closing the sentence: a currency sign and a figure ("$84"), or a figure and a
# currency's name ("210 million rials", "1.92 euros").
_CURRENCIES = ("dollars euros pounds yen yuan renminbi rupees rials riyals dinars dirhams pesos francs kronor kroner "
               "krona rubles roubles lira liras naira rand shillings won baht ringgit kyat dong zlotys forints "
               "cents pence taka").split()
_PRICE_AT_END = lazy_compile(r"(?:[$€£¥]\d[\d,.]*|\d[\d,.]*(?: (?:thousand|million|billion))? (?:"
                           + "|".join(_CURRENCIES) + r"))\.$")
# What may follow the unit in its own phrase: the end, a comma, or a time or place phrase.
_AFTER_UNIT = frozenset("in on at before after during since this last a an for".split())


def _rate_unit(prev_text: str, piece: str, q: list[str]) -> bool:
    """The piece opens with a bare singular noun (no article) after a sentence ending on a
    price ("… rose to 210 million rials. kilogram in the first week."): the unit the price
    is for, cut off with its "a" ("per")."""
    if not piece[:1].islower() or not _PRICE_AT_END.search(prev_text):
        return False
    unit = q[0].lower()
    if not unit.isalpha() or len(unit) < 3 or lexicon.is_function_word(unit) or unit.endswith(("s", "ly", "ing")):
        return False
    from repair.rules.stops_words import is_bare_verb

    return not is_bare_verb(unit) and (len(q) == 1 or q[1].lower() in _AFTER_UNIT or piece[len(q[0])] == ",")


# Verbs of change whose figure a "from" phrase measures ("rose 8 percent from …").
_CHANGE_VERBS = lazy_compile(r"\b(?:" + "|".join(FROM_BASE_PAST) + r"|was up|was down|were up|were down)\b")
# A percentage or a figure near the stop ("… 8 percent.", "… 12%.", "… 3.5 points.").
# A time phrase may close it ("… 12 percent in March.", "… 4% in the first quarter.").
_FIGURE_AT_END = lazy_compile(r"(?:\d[\d.,]*\s?(?:%|percent|per cent|percentage points?|points?)|\d[\d.,]*)"
                            r"(?: (?:in|during|for) (?:the )?[\w-]+(?: [\w-]+)?)?\.$")
# "The same period last year.", "the same quarter a year earlier.", "The same month of 2023.".
_SAME_PERIOD = lazy_compile(
    r"(?i)the same (?:period|quarter|month|week|weekend|season|day|half|time)"
    r"(?: (?:last year|a year earlier|a year ago|the year before|the previous year|of \d{4}|in \d{4}))\.$")


def comparison_base(prev_text: str, piece: str) -> bool:
    """The piece is the period a change is measured against ("The same quarter a year
    earlier.") and the sentence before reports a change of a figure and ends on it ("…
    fell 8 percent."): the "from" that linked them was lost with the stop."""
    return _SAME_PERIOD.fullmatch(piece) is not None and _CHANGE_VERBS.search(prev_text) is not None \
        and _FIGURE_AT_END.search(prev_text) is not None


# Verbs that take a "to" infinitive ("plans to cut", "agreed to sell"), by their base form.
_CATENATIVES = frozenset(
    "plan want aim hope intend expect agree decide promise vow pledge seek refuse threaten try fail need wish "
    "offer prepare attempt".split())
# Words before an "-s" form that make it a verb, not a plural noun ("it plans", "also hopes").
_VERB_MAKERS = lexicon.SUBJECT_PRONOUNS | frozenset("also still now only just".split())
_OBJECT_STARTS = lexicon.DETERMINERS | frozenset("him her them us it more".split())
# Words that open a noun phrase or a date, never a bare verb ("All the money", "May 21").
_NOT_BARE_VERBS = frozenset(
    """all both each every many most some several few half such what when why how january february march
    april may june july august september october november december""".split())


def _catenative_form(word: str) -> str:
    """"s", "ed" or "base" when ``word`` is a form of a catenative verb, else ""."""
    w = word.lower()
    if w in _CATENATIVES:
        return "base"
    if w == "sought" or w.endswith("ed") and (w[:-1] in _CATENATIVES or w[:-2] in _CATENATIVES
                                              or w[:-3] in _CATENATIVES or w[:-3] + "y" in _CATENATIVES):
        return "ed"  # "sought", "agreed", "planned", "tried"
    if w.endswith("s") and (w[:-1] in _CATENATIVES or w[:-2] in _CATENATIVES or w[:-3] + "y" in _CATENATIVES):
        return "s"  # "plans", "wishes", "tries"
    return ""


def _infinitive_after_catenative(p: list[str], q: list[str]) -> bool:
    """"… said it plans. Cut 140 jobs …": the sentence ends on a verb that takes a "to"
    infinitive, and the piece opens with a bare verb and its object (a determiner, a figure
    or a pronoun after it): the stop cut the "to" away. An "-s" form counts only after a
    pronoun or a mid adverb ("it plans"; "the expansion plans" is a noun), a base form only
    after a pronoun or modal; the piece's first word is no function word, no "-ing" or
    "-ed" form and no capitalised name (the word after it is lower case)."""
    if len(p) < 3 or len(q) < 3 or not p[-1].islower() or not _catenative_form(p[-1]):
        return False
    before = p[-2].lower()
    if before not in _VERB_MAKERS and before not in lexicon.AUXILIARIES:
        return False  # "as originally planned.", "the expansion plans.": no subject or auxiliary next to it
    head = q[0].lower()
    if lexicon.is_function_word(head) or head.endswith(("ing", "ed", "ly")) or head in _NOT_BARE_VERBS \
            or not q[1][:1].islower() and not q[1][:1].isdigit():
        return False
    return (q[1].lower() in _OBJECT_STARTS or q[1][:1].isdigit()) and not lexicon.has_clause(q)


def infinitive_cut(prev_text: str, piece: str) -> bool:
    """The cheap gate the fragment rule asks before it takes a bare-verb piece at all: the
    sentence ends on a catenative verb ("… it plans.") and :func:`inserted_word` will
    insert its "to"."""
    if not prev_text[-2:-1].islower() or not piece[:1].isalpha() or " - " in piece \
            or not _catenative_form(prev_text[-16:-1].rsplit(" ", 1)[-1]):
        return False  # a cheap look at the last word first: the rule asks at every stop
    words = lexicon.words(piece)
    return len(words) > 1 and piece.startswith(f"{words[0]} {words[1]}") \
        and _infinitive_after_catenative(lexicon.words(prev_text), words)


# Words that open a subordinate clause: after an opening phrase and its comma, one of them
# leaves the piece without a main clause ("Until Wednesday, when showers are expected.").
_SUBORDINATORS = frozenset(
    "when where which who whom whose while as because although though before after until since unless".split())
_MAX_HEAD_WORDS = 8
# Prepositions that open a subject as often as a phrase: approximators before a figure
# ("About 10 million people live …", "Over 200 homes were …") and "as"/"like".
_NOT_PHRASE_HEADS = frozenset("about around over under up near as like per".split())
_PHRASE_HEADS = lexicon.PREPOSITIONS - _NOT_PHRASE_HEADS
# A word token opening on an ASCII letter, as ``lexicon.words`` reads it.
_ASCII_OPENER = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")


def phrase_then_subordinate(piece: str) -> bool:
    """A capitalised piece that is a prepositional phrase, a comma, and only a subordinate
    clause or a subjectless "but"/"and" + verb ("From 21.5% a year earlier, but should
    stabilise.", "Until at least Friday, when the rain stops."): no main clause, so it is
    the tail of the sentence before, however long. A main clause after the comma ("From May,
    the fee rises.") or a second comma leaves it alone."""
    if not piece[:1].isupper() or piece.count(",") != 1 or not piece.endswith("."):
        return False
    # The head's first token read off the start when it opens on an ASCII letter (the token
    # pattern's own reading there) before any split or tokenising: the fragment rule asks
    # at every piece with a comma (issue 13).
    opener = _ASCII_OPENER.match(piece)
    if opener is not None and opener.group().lower() not in _PHRASE_HEADS:
        return False
    head, rest = piece.split(",", 1)
    tokens = lexicon.words(head)
    if not tokens or tokens[0].lower() not in lexicon.PREPOSITIONS or tokens[0].lower() in _NOT_PHRASE_HEADS:
        return False
    if len(tokens) > _MAX_HEAD_WORDS:
        return False
    after = lexicon.words(rest)
    if len(after) < 2:
        return False
    first = after[0]
    if first not in _SUBORDINATORS and first not in ("but", "and"):
        return False  # (what follows the comma is read before the head's clause test: most pieces fail here)
    # A capitalised word is a name ("until May"), not the modal "may".
    if lexicon.has_clause([tokens[0], *(t for t in tokens[1:] if t.islower())]):
        return False
    if first in _SUBORDINATORS:
        # A verb of its own ("when the new winch arrives"); "when in Rome ..." is an elliptical saying.
        if main_clause_after_subordinate(after):
            return False  # "In 2005, when the stock was close to collapse he backed a ban.": a lost comma
        return "..." not in rest and (lexicon.has_clause(after) or any(
            lexicon.looks_finite(w.lower()) and after[k].lower() not in lexicon.DETERMINERS | lexicon.PREPOSITIONS
            for k, w in enumerate(after[2:], start=1)))
    return first in ("but", "and") and after[1].lower() not in lexicon.SUBJECT_PRONOUNS and (
        after[1].lower() in lexicon.AUXILIARIES or lexicon.looks_finite(after[1].lower())) \
        and after[1].lower() not in lexicon.DETERMINERS


def aside_after_conjunction(text: str, stop: int, piece_start: int, piece: str, p: list[str]) -> list[StopRepair]:
    """The join of a lower-case piece that opens with an aside closed by a comma, after a
    sentence cut right after "and"/"but" ("… larger than the Earth and. according to the
    researchers, may keep …"): the aside needs its opening comma too, where the stop was."""
    if len(p) < 3 or p[-1] not in ("and", "but") or not piece[:1].islower() or "," not in piece:
        return []
    head = lexicon.words(piece.split(",", 1)[0])
    if not head or not (head[0] in lexicon.PREPOSITIONS or head[0] == "according") or len(head) > 6 \
            or lexicon.has_clause(head):
        return []
    return [StopRepair("join-comma", stop, piece_start, ", ", 0.65,
                       f"“{piece}” opens with an aside its comma closes; the stop becomes the comma that "
                       "opens it.")]


# A year standing alone at the head of the piece ("2006, is credited …", "1998."): a time.
_YEAR_ALONE = lazy_compile(r"(?:19|20)\d\d(?=[,.]| and | but | when | after | before )")
# "between" with its first term and no "and" yet ("between 18.", "between the two.").
_BETWEEN = lazy_compile(r"\bbetween (?:[\w$€£%.,-]+ ){0,2}[\w$€£%-]+\.$")
_BETWEEN_PLURAL = lazy_compile(r"\bbetween [a-z]{3,}s\b")
# Nouns of a round quantity that need "of" before what they count ("Thousands of tenants").
_QUANTITY_NOUNS = frozenset("hundreds thousands millions billions dozens tens scores".split())
_NOMINAL = lazy_compile(r"(?:ment|tion|sion|ance|ence|al)$")  # "evacuation", "removal": a nominalised verb
_COUNTS = frozenset("two three four five six seven eight nine ten dozens hundreds several".split())


def _lowered_head(piece: str, q: list[str]) -> str:
    """The piece's first letter as it joins on: a name or a figure keeps its form."""
    first = piece[0]
    if first.isupper() and (q[0].lower() in lexicon.DETERMINERS or lexicon.is_function_word(q[0])
                            or q[0].lower() in _QUANTITY_NOUNS):
        return first.lower()
    return first


def named_by_shape(prev_text: str, piece: str) -> bool:
    """The cheap gate for the fragment rule: :func:`_named_by_shape` names a word for the join."""
    return bool(_named_by_shape(prev_text, piece, lexicon.words(prev_text), lexicon.words(piece)))


def _named_by_shape(prev_text: str, piece: str, p: list[str], q: list[str]) -> str:
    """The one word the grammar at the stop names for a join, or "" (round 1 read only a
    figure's change, a vote tally and a superlative; each shape here is as closed):

    * "between" and its first term, no "and" yet: "… between 18. 35 years old" -> "and";
    * "together" at the end, a noun phrase after: "handed out together. uniforms" -> "with";
    * a lone round-quantity noun before a plural noun: "Thousands. tenants marched" -> "of";
    * a subject that is only an article and a nominalised verb, then its object and the
      verb: "The closure. the two mines was announced …" -> "of";
    * a year alone after a verb or participle: "first tried. 2006," -> "in", or the word
      :mod:`repair.rules.year_links` names ("second half. 2027." -> "of") (a month after
      the stop, "take effect. mid-December", is not reached: the split rule skips a word
      with an inner capital);
    * a past verb and its object after a clause with a past verb, listed with a comma before:
      "… worked all night, cleared the roads. reopened the ring road" -> "and".
    """
    if len(p) < 1 or len(q) < 1 or not piece.endswith("."):
        return ""
    head = q[0].lower()
    last = p[-1].lower()
    # (A bare plural after "between" names both terms: "between hospitals in Crete"; a phrase a
    # preposition opens, "According to.", is no second term.)
    if _BETWEEN.search(prev_text) and " and " not in prev_text[prev_text.rfind("between") :] \
            and not _BETWEEN_PLURAL.search(prev_text) and head not in lexicon.PREPOSITIONS | {"according"} \
            and (q[0][:1].isdigit() or head in lexicon.DETERMINERS or q[0][:1].isupper() and len(p) >= 2
                 and p[-1][:1].isupper()) and not lexicon.has_clause(q[:3]):
        return "and"
    if last == "together" and len(p) >= 3 and piece[:1].islower() and not lexicon.has_clause(q[:4]) \
            and (head in lexicon.DETERMINERS or not lexicon.is_function_word(head)):
        return "with"
    if len(p) == 2 and p[0].lower() in ("the", "a", "an") and _NOMINAL.search(last) and piece[:1].islower() \
            and (head in lexicon.DETERMINERS or q[0][:1].isdigit()) and _singular_verb_after_plural(q):
        # "The evacuation. the 140 residents … was completed": the subject's noun lost its
        # object; the singular verb after the plural noun is the nominalisation's, so the
        # piece is no sentence of its own.
        return "of"
    if len(p) == 1 and last in _QUANTITY_NOUNS and piece[:1].islower() and head.endswith("s") \
            and not lexicon.is_function_word(head):
        return "of"
    if _year_after_clause(p, piece):
        return year_link(p, prev_text)[0]  # "in", or the word clean news puts after the head (year_links)
    if (dated := date_head(piece)) and clause_ends_before_date(p):
        return dated
    if dated := lone_month_head(prev_text, piece):
        return dated  # "… a record level of $5,720. February." -> "in"
    if piece[:1].islower() and len(q) >= 3 and len(p) >= 5 and _past(head) and (
            q[1].lower() in lexicon.DETERMINERS or q[1][:1].isdigit() or q[1].lower() in _COUNTS) and "," in prev_text \
            and _past(prev_text.rsplit(",", 1)[1].split()[0].lower()) and not lexicon.has_clause(q[1:]):
        return "and"
    return ""


def _year_after_clause(p: list[str], piece: str) -> bool:
    """A year alone after a clause ending on a content word ("first tried. 2006,")."""
    return len(p) >= 3 and not lexicon.is_function_word(p[-1]) and not p[-1][:1].isdigit() \
        and _YEAR_ALONE.match(piece) is not None


def _past(word: str) -> bool:
    return word in lexicon.IRREGULAR_PAST or len(word) > 4 and word.endswith("ed")


def _singular_verb_after_plural(q: list[str]) -> bool:
    """The first finite verb of ``q`` is singular ("was", "is", "has") and the noun phrase
    before it holds a plural noun and no singular head after it ("the 140 residents of the
    valley was"): the verb cannot be that noun phrase's."""
    lowered = [w.lower() for w in q]
    for k, w in enumerate(lowered[1:9], start=1):
        if w in ("was", "is", "has"):
            return any(len(x) > 3 and x.endswith("s") and not x.endswith(("ss", "us", "is")) for x in lowered[:k])
        if w in lexicon.AUXILIARIES:
            return False
    return False
