"""Capitalised pieces whose first words forbid them to stand as a sentence (FR004; how the
piece's words read: :mod:`repair.rules.stops_opener_shapes`).

A false stop gives the tail of a sentence a capital, and some tails open with words a
sentence of edited English cannot open with unless a main clause follows in the same
sentence: a subordinator with only its own clause ("… after Thursday. When showers are
expected.", "… stay shut. Until the pumps are fixed.", "… rose. Although costs fell." with
a comma), read by shape (one verb group, no later subject, no second noun phrase before
the verb, no time word or participle after the subordinator), "Such as" and the other
example-givers ("… shrinking fast. Such as the glacier at Pizol."), a preposition of cause
("… before half-time. Thanks to a header by the captain."), "And" with only a name or
figure ("… on Route 9. And Route 12."). A sentence that ends on a copula with a noun
subject ("… said the result was.") cannot end there either; the verbless adjective phrase
after it is its complement ("Intriguing but not conclusive."; read in :mod:`repair.rules.stops_copula`).

The evidence is grammatical: the piece's opening word class, no main clause after it (no
comma that could close a fronted clause), and a complete sentence before the stop. The
repair joins the piece back, lower-casing its first word, with a comma where English sets
the tail off (a non-restrictive "when" after a time, "where" after a place, the
example-givers) and none where it does not ("because", "thanks to"). Unsafe: it rejoins sentences.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.choice_signals import relative_adverb_aside
from repair.rules.stops import ends_with_abbreviation
from repair.rules.stops_copula import COPULAS, copula_complement
from repair.rules.stops_lone import repeats_tail
from repair.rules.stops_opener_shapes import (
    _BARE_TAG_END,
    _complete_before,
    _ed_form,
    _past_simple,
    _perfect,
    _role_then_name,
    _second_noun_phrase,
    _speaker_after_bare_verb,
    _subject_after_phrase,
    _subject_at,
    _verbs,
    _without_participles,
    lone_reason_clause,
    speaker_keeps_capital,
)

MAX_PIECE_CHARS = 160
# The opening words this rule reads (a cheap anchored look before any slicing).
_OPENER = lazy_compile(
    r"(?:When|While|If|Where|Because|Until|Unless|As long as|So long as|Even though|Although|Though|Whereas|After"
    r"|Before|Once|Since|As|By|Such as|Including|Especially"
    r"|Particularly|Notably|Thanks to|Due to|Owing to|Because of|Ahead of|Except|In spite of|Despite|Prior to"
    r"|Regardless of|So that|In order that|And)\b")
# Subordinators whose clause alone is no sentence. "While", "Although", "Which" and "Until"
# open real sentences whose main clause follows without a comma ("Although initially free
# it …") or a columnist's own fragment ("Which is odd."), so they are not read here; the
# broad reading takes "while" and "if" (see below).
_SUBORDINATORS = frozenset("when where because".split())
# A condition ("if") or a contrast ("while") whose clause alone is no sentence either; read
# narrowly, like "until". Training gold: such pieces after a complete sentence were rejoined
# (no main clause after them); "while" of contrast takes a comma, "if" none. Read with the
# broad subordinators' limits (one verb group, no comma, at most MAX_CLAUSE_WORDS words).
_CONDITION_CONTRAST = frozenset("if while".split())
_FUTURE = lazy_compile(r"\b(?:will|would|is to|are to)\b")
# Concessive subordinators: English sets their clause off with a comma.
_CONCESSIVE = frozenset("although though whereas even_though".split())
# Subordinators read like them when the piece holds one clause and no later subject pronoun
# ("Until then it was shut." has its main clause after the time phrase); the multi-word ones
# are joined into one word first.
_NARROW_SUBORDINATORS = frozenset(
    "until unless as_long_as so_long_as after before once since as so_that in_order_that".split()) | _CONCESSIVE
# After "As" these open a phrase, not a clause ("As many as 300 …", "As a result …", "As of May").
_AS_PHRASE = frozenset("many much well soon far long often early late of part such usual ever a an if".split())
_MULTI_WORD = (("as", "long", "as"), ("so", "long", "as"), ("even", "though"), ("so", "that"),
               ("in", "order", "that"))
_TIME_ADVERBS = frozenset("now then recently lately today yesterday tomorrow recent".split())
MAX_CLAUSE_WORDS = 8  # a longer piece may hold a main clause after its subordinate one
# "Until"/"unless" pieces are read with the subject-pronoun test too, so they may run longer.
MAX_NARROW_CLAUSE_WORDS = 12
# Temporal subordinators (and "where") whose clause may run long when it holds one verb group (its
# subject a noun phrase with a reduced relative, its object an embedded wh- or "that" clause).
# "Once" is left out: it is also an adverb opening a sentence ("Once it shared …").
_TEMPORAL = frozenset("after before until".split())
MAX_LONG_CLAUSE_WORDS = 20
# Words that open an embedded clause: a verb after one belongs to it, not to a main clause.
_EMBEDDERS = frozenset("how what that who which whether why whom whose".split())
_EXAMPLE_GIVERS = frozenset("such including especially particularly notably".split())
# Prepositions of cause, time or exception that govern a phrase, never a sentence's subject:
# a piece they open with no clause after them is the tail of the sentence before.
_CAUSE = ("thanks to ", "due to ", "owing to ", "because of ", "ahead of ", "except ", "in spite of ",
          "despite ", "prior to ", "regardless of ")
# A comma before one of these opens a relative clause inside the phrase, not a main clause
# ("Except the plant in Ghent, where work goes on.").
_RELATIVE_AFTER_COMMA = lazy_compile(r", (?:where|which|who|whose|whom)\b")
# Objects of "Thanks to" that make it a thank-you, a sentence of its own ("Thanks to all who came.").
_THANKED = frozenset("all everyone everybody you our my the readers".split())
# A passive verb: a form of "be" and a participle ("was made", "were built", "had been seen").
_PASSIVE = lazy_compile(r"\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?(?:\w+ed|made|built|found|seen|held|"
                      r"taken|given|led|run|won|shown|known|written|told|sold|paid|struck|hit|set|brought|caught)\b")
_COPULA_END = lazy_compile(r" (?:" + "|".join(sorted(COPULAS)) + r"|be)\.$")
_TIME_END = lazy_compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|\d{4}|morning|afternoon|evening|night|week|month|year|weekend)$")


def _subject_follows(q: list[str]) -> bool:
    """The word after "if"/"while" opens the clause's subject (a determiner, a number, a
    noun or name) and no subject pronoun comes later: "While in Paris he met …" fronts a
    phrase before its main clause, "While visiting …" a participle, "If so" nothing."""
    second = q[1].lower()
    if second in lexicon.PREPOSITIONS or second.endswith("ing") or _ed_form(second) or second in ("so", "not", "any"):
        return False
    return not any(w.lower() in lexicon.SUBJECT_PRONOUNS for w in q[2:]) and not _second_noun_phrase(q)


def _embedded_at(q: list[str]) -> int:
    """Index of the first word after the opener that opens an embedded clause, else ``len(q)``."""
    return next((i for i in range(2, len(q)) if q[i].lower() in _EMBEDDERS), len(q))


def _one_clause(q: list[str]) -> bool:
    """The subordinate clause ``q`` holds one verb group and nothing a main clause could
    open with: its verbs are counted without the participles of reduced relatives ("a
    leader shown in the film") and without what an embedded clause ("to how he was
    portrayed", "that it was clear") holds, and no subject pronoun or second noun phrase
    follows that verb (a main clause after the subordinate one needs a subject of its own)."""
    if q[1].lower() in lexicon.SUBJECT_PRONOUNS:
        return False  # a pronoun subject keeps a clause short; a long one reads as a sentence of its own
    cut = _embedded_at(q)
    lowered = [w.lower() for w in q[:cut]]
    past = [i for i in range(2, cut) if (lowered[i] in lexicon.IRREGULAR_PAST or _ed_form(lowered[i]))
            and lowered[i - 1] not in lexicon.DETERMINERS]
    # Every past form but the last that a preposition follows is a reduced relative's participle.
    reduced = {i for i in past[:-1] if i + 1 < cut and lowered[i + 1] in lexicon.PREPOSITIONS}
    head_clause = [w for i, w in enumerate(q[:cut]) if i not in reduced]
    if _verbs(head_clause) != 1:
        return False
    lowered = [w.lower() for w in head_clause]
    first_verb = next((i for i in range(1, len(lowered)) if _verbs(head_clause[: i + 1]) == 1), len(lowered))
    # After the verb, a determiner not after a preposition opens a new subject ("… objected the
    # mayor resigned"); an object right after a transitive verb is read the same way, so the
    # verb must be followed by a preposition, an infinitive "to" or an embedder only.
    after = lowered[first_verb + 1 : first_verb + 2]
    return not after or after[0] in lexicon.PREPOSITIONS or after[0] == "to" or after[0] in _EMBEDDERS


def opener_join(prev_text: str, piece: str) -> tuple[str, str] | None:
    """``(joiner, kind)`` for the capitalised ``piece`` after ``prev_text`` when it cannot
    stand alone: the joiner (" " or ", ") replaces the stop and the space, and the piece's
    first letter is lower-cased; None when the piece may be a sentence of its own."""
    if not piece.endswith(".") or piece.endswith("..") or any(m in piece for m in "“”\"?!:;"):
        return None
    # An Arabic or full-width comma is a comma (PU011 writes it so): "After the debate، the bill passed."
    piece = piece.replace("\u060c", ",").replace("\uff0c", ",")
    q = lexicon.words(piece)
    p = lexicon.words(prev_text)
    if (speaker := _speaker_after_bare_verb(prev_text, piece)) is not None:
        return speaker  # "“…,” said. The union's leader, Ana Ruiz."
    if len(q) < 2 or not p or ends_with_abbreviation(prev_text):
        return None  # "… in the U.S. And Europe.": the abbreviation's stop ends no sentence
    if p[-1].lower() in COPULAS or p[-1].lower() == "be":
        # "… are. Once again open …": the copula's complement, whatever word opens it.
        complement = copula_complement(prev_text, p, piece, q)
        if complement is not None:
            return complement
    head = q[0].lower()
    low = piece.lower()
    for words in _MULTI_WORD:
        if tuple(w.lower() for w in q[: len(words)]) == words:
            q, head = ["_".join(words), *q[len(words) :]], "_".join(words)
            break
    long_clause = (head in _TEMPORAL or head == "where") and len(q) <= MAX_LONG_CLAUSE_WORDS and _one_clause(q)
    if head in _NARROW_SUBORDINATORS and (
            any(_subject_at(q, i) for i in range(2, _embedded_at(q) if long_clause else len(q)))
            or q[1].lower() in lexicon.TIME_WORDS or q[1].lower() in _TIME_ADVERBS or q[1][:1].isdigit()
            or _ed_form(q[1].lower()) or q[1].lower().endswith("en")):
        # "Until then it was shut.", "Until now nobody knew.": a subject after the opening phrase
        # starts a main clause; "Unless stated otherwise …": a participle, no clause of its own.
        return None
    if head == "as" and (len(q) < 4 or q[1].lower() in _AS_PHRASE):
        return None
    if head in _NARROW_SUBORDINATORS and _second_noun_phrase(q):
        return None  # "After the count the mayor resigned.": a phrase, then the main clause's subject
    if (head in _SUBORDINATORS or head in _CONDITION_CONTRAST or head in _NARROW_SUBORDINATORS) \
            and not low.startswith("because of ") \
            and len(q) > 1:
        if q[1].lower() in lexicon.AUXILIARIES:
            return None  # "Where will this end.": a question, its auxiliary before the subject
        if head in _CONDITION_CONTRAST and not _subject_follows(q):
            return None  # "While in Paris he met …", "If so.": a fronted phrase, or no clause at all
        longest = MAX_NARROW_CLAUSE_WORDS if head in _NARROW_SUBORDINATORS else MAX_CLAUSE_WORDS
        if long_clause or lone_reason_clause(q):
            longest = MAX_LONG_CLAUSE_WORDS  # "After the head of a group based in Lyon objected to how …"
        if "," in piece or not _complete_before(prev_text, p) or len(q) > longest \
                or _verbs(q) > 1 and longest != MAX_LONG_CLAUSE_WORDS \
                or not any(lexicon.looks_finite(w.lower()) for w in q[1:]):
            return None  # "When the storm hit, we ran.", "When it opened sales rose.": a main clause follows
        if head == "while":  # simultaneity with a coming event takes none: "… will close while crews …"
            return (" ", "join") if _FUTURE.search(prev_text) else (", ", "join-comma")
        if head in _CONCESSIVE or head == "since" and not _past_simple(q) and not _perfect(p):
            return ", ", "join-comma"  # "… no choice, since prices have doubled": a cause
        if head == "when":
            return (", ", "join-comma") if _TIME_END.search(prev_text[:-1]) else (" ", "join")
        if head == "where":  # after a name, a year or "on shallow reefs": non-restrictive
            aside = p[-1][:1].isupper() or relative_adverb_aside(p, ["where", *q[1:]])
            return (", ", "join-comma") if aside else (" ", "join")
        return " ", "join"
    if head in _EXAMPLE_GIVERS:
        if head == "such" and q[1].lower() != "as":
            return None
        if (head != "such" and "," in piece) or not _complete_before(prev_text, p) or lexicon.has_clause(q[:4]):
            return None  # "Including bonuses, pay rose 5%.": a fronted phrase before its clause
        return ", ", "join-comma"
    if low.startswith(_CAUSE):
        relative = _RELATIVE_AFTER_COMMA.search(piece)
        if relative:  # judge the phrase before its relative clause
            q = lexicon.words(piece[: relative.start()])
        phrase = piece[: relative.start()] if relative else piece
        if "," in phrase or not _complete_before(prev_text, p) or lexicon.has_clause(_without_participles(q)) \
                or len(q) < 3:
            return None
        if head == "thanks" and q[2].lower() in _THANKED:
            return None  # "Thanks to all our readers.": a thank-you, not a cause
        if _subject_after_phrase(q):
            return None  # "Ahead of the vote the party met.": a main clause after the phrase
        if head == "except" and (len(q) < 2 or q[1].lower() in ("that", "when", "if")):
            return None  # "Except that it failed.": a clause of its own
        return " ", "join"
    if head == "by" and _PASSIVE.search(prev_text):
        # "… was made beneath the old fort. By a team from the museum.": the passive's agent.
        plain = [w[:-2] if w.endswith(("'s", "’s")) else w for w in q]  # a possessive is no "is"
        if "," in piece or lexicon.has_clause(plain) or not _complete_before(prev_text, p) or len(q) < 3:
            return None
        plural = len(q[1]) > 3 and q[1].endswith("s") and not q[1].endswith(("ss", "us", "is"))
        if q[1].lower() not in lexicon.DETERMINERS and not q[1][:1].isupper() and not plural:
            return None  # "By contrast …", "By far …": an adverbial opening a sentence of its own
        tail = prev_text[:-1].rpartition(", ")
        # After an appositive closing the sentence ("…, the city's oldest fort.") the agent is set
        # off by a comma as well; otherwise it follows the verb's phrase plainly.
        appositive = bool(tail[1]) and tail[2].split(" ", 1)[0].lower() in lexicon.DETERMINERS \
            and not _verbs(["x", *lexicon.words(tail[2])])
        return (", ", "join-comma") if appositive else (" ", "join")
    if head == "and":
        if len(q) > 5 or "," in piece or lexicon.has_clause(q) or not _complete_before(prev_text, p):
            return None
        named = q[2] if q[1].lower() == "the" and len(q) > 2 else q[1]  # "And the A82."
        parallel = (p[-1][:1].isupper() or p[-1][:1].isdigit()) and (named[:1].isupper() or named[:1].isdigit())
        return (" ", "join") if parallel else None  # "… on Route 9. And Route 12."
    return copula_complement(prev_text, p, piece, q)


@rule(
    "FR004",
    "tail-that-cannot-stand",
    "fragment",
    Safety.UNSAFE,
    bad=[
        ("Rain should ease after Thursday. When cooler air is expected.",
         "Rain should ease after Thursday, when cooler air is expected."),
        ("The match was abandoned. Because the pitch had flooded.",
         "The match was abandoned because the pitch had flooded."),
        ("Small lakes are drying out fastest. Such as the one near Brienz, which vanished in 2020.",
         "Small lakes are drying out fastest, such as the one near Brienz, which vanished in 2020."),
        ("The side levelled before the break. Thanks to a header by its captain from a corner.",
         "The side levelled before the break thanks to a header by its captain from a corner."),
        ("Crews cleared snow on Route 9. And Route 12.", "Crews cleared snow on Route 9 and Route 12."),
        ("The find was made under the chapel, the town's oldest building. By a team from the university.",
         "The find was made under the chapel, the town's oldest building, by a team from the university."),
        ("The bridge was built in 1890. By a firm from Glasgow.",
         "The bridge was built in 1890 by a firm from Glasgow."),
        ("An analyst said the outlook was. Uncertain but improving.",
         "An analyst said the outlook was uncertain but improving."),
        ("Ferries will stay in port. Until the wind drops below gale force.",
         "Ferries will stay in port until the wind drops below gale force."),
        ("The pool will reopen in June. Unless the new pumps arrive late.",
         "The pool will reopen in June unless the new pumps arrive late."),
        ("Farmers may sell the grain abroad. As long as prices stay above cost.",
         "Farmers may sell the grain abroad as long as prices stay above cost."),
        ("The match was abandoned at half-time. Due to a flooded pitch caused by the city's burst main.",
         "The match was abandoned at half-time due to a flooded pitch caused by the city's burst main."),
        ("Turnout rose in the south. Although it fell in most northern towns.",
         "Turnout rose in the south, although it fell in most northern towns."),
        ("The clinic closed its doors in 2019. After the last doctor retired to Spain.",
         "The clinic closed its doors in 2019 after the last doctor retired to Spain."),
        ("The mill has stood empty for years. Since its last owner moved production abroad.",
         "The mill has stood empty for years since its last owner moved production abroad."),
        ("Fuel prices rose sharply in the spring. As demand for diesel outstripped supply across Europe.",
         "Fuel prices rose sharply in the spring as demand for diesel outstripped supply across Europe."),
        ("Buses will run every ten minutes. Once the new depot opens in the spring.",
         "Buses will run every ten minutes once the new depot opens in the spring."),
        ("“Nobody asked us,” said. The head of the tenants' group, Ana Ruiz.",
         "“Nobody asked us,” said the head of the tenants' group, Ana Ruiz."),
        ("Many stalls stay empty. Since rents have tripled in the old market.",
         "Many stalls stay empty, since rents have tripled in the old market."),
        ("The ministry will print extra forms. So that every village gets enough before polling day.",
         "The ministry will print extra forms so that every village gets enough before polling day."),
        ("Traders sold their stock early. Ahead of the long holiday weekend.",
         "Traders sold their stock early ahead of the long holiday weekend."),
        ("Every branch reopened on Monday. Except the one in Ghent, where the roof is still leaking.",
         "Every branch reopened on Monday except the one in Ghent, where the roof is still leaking."),
        ("Shoppers were asked to stay inside. Because the fumes were toxic.",
         "Shoppers were asked to stay inside because the fumes were toxic."),
        ("Both terminals are. Once again open to passengers after the strike.",
         "Both terminals are once again open to passengers after the strike."),
        ("The new fares, the operator said on Friday, will be. Valid from the start of June.",
         "The new fares, the operator said on Friday, will be valid from the start of June."),
        ("The school closed in June. After the head of a trust based in Leeds decided that it was too small.",
         "The school closed in June after the head of a trust based in Leeds decided that it was too small."),
        ("“We will appeal,” added. Tom Reed, the club's lawyer.",
         "“We will appeal,” added Tom Reed, the club's lawyer."),
        ("The vote was a disgrace, declared. the head of the farmers' group, Rui Costa.",
         "The vote was a disgrace, declared the head of the farmers' group, Rui Costa."),
    ],
    good=[
        "“The tide is rising,” Lena Moss, a spokeswoman for the fire service, said. Moss.",
        "“We will appeal,” the club's lawyer, Tom Reed, added. Reed.",
        "The storm passed. When it hit, we ran.",
        "We close today. Thanks to all our readers.",
        "The plan failed. Including bonuses, pay rose 5%.",
        "He is older than he was. Tired but happy.", "The fans, who knew what the score was. Tired.",
        "Nobody knew what the reason was. Leeds United won.",
        "Prices rose. And then they fell.", "The bridge was built in 1890. By then, the town had grown.",
        "The mayor opened the bridge. By all accounts it went well.",
        "The old tools were designed for experts. By contrast many new tools suit beginners.",
        "Sales fell in the U.S. And Europe.", "It opened in 2001. When it was set up the firm had six staff.",
        "“We lost,” he said. The crowd went home.", "“We lost,” said. The crowd went home quietly.",
        "He says it is cheap. Which is odd.", "Nobody knows how far it will go. Where will it end.",
        "The firm grew. Although initially small it now employs 90.",
        "The road was shut for years. Until then it was the only way north.",
        "Talks went on. Unless told otherwise, staff stay home.",
        "The shop will close. As long as I live I will miss it.",
        "The race was cancelled. Due to the storm the club cancelled the match.",
        "The plant shut. Until last year.", "The project stalled. Until now nobody has explained why.",
        "Prices rose. Unless stated otherwise all figures are in euros.",
        "The vote was close. After the count the mayor resigned.", "The dam held. Before long it cracked.",
        "The shop shut. Once a week the market opens.", "The mill closed. Although small it employs 90.",
        "Rain fell. After the storm.", "Prices rose. Though not by much.",
        "Voters moved. Before 2010 most farmers voted Green.", "Rents rose. Since then the city has grown.",
        "Rents rose. Since the crash the city has grown fast.",
        "Sales fell. As a result the firm cut jobs.", "Rain fell. As expected the vote was close.",
        "The team lost. As the storm hit the town lost power.", "Floods hit. As many as 300 people died.",
        "The firm grew. As part of the deal the firm sold its stake.", "It ended. As it stands.",
        "Sales fell. So that is why the firm cut jobs.", "Rain fell. Except that nobody minded.",
        "Ahead of the vote, the party met in Lyon.", "The port shut. Ahead of the vote the party met in Lyon.",
        "Rents rose. Since then this has been the rule.", "It is what it will be. Tired but happy.",
        "Nobody knows if it will be. Final results come in May.",
        "The club lost. After the owner of a firm based in Lyon objected the players went on strike.",
    ],
)
def tail_that_cannot_stand(doc: Document, self: Rule) -> Iterator[Edit]:
    """A capitalised piece after a full sentence whose opening words cannot open a
    sentence with no main clause after them (see the module); joined back, lower-cased,
    with a comma where English sets the tail off."""
    text = doc.text
    for position, sentence in enumerate(doc.sentences):
        if sentence.index_in_paragraph == 0 or sentence.span.end - sentence.span.start > MAX_PIECE_CHARS:
            continue
        start = sentence.span.start
        prev = doc.sentences[position - 1]
        stop = prev.span.end - 1
        if not _OPENER.match(text, start) and not _COPULA_END.search(text, max(0, stop - 10), stop + 1) \
                and not _BARE_TAG_END.search(text, max(0, stop - 12), stop + 1):
            continue
        if text[stop] != "." or text[stop + 1 : start] != " ":
            continue
        found = opener_join(doc.sentence_text(prev), doc.sentence_text(sentence))
        if found is None:
            continue
        joiner, kind = found
        piece = doc.sentence_text(sentence)
        if repeats_tail(lexicon.words(doc.sentence_text(prev)), lexicon.words(piece)):
            # "… after 12 years. After twelve years.": a join would say it twice; the echo goes.
            yield self.edit(stop + 1, sentence.span.end, "",
                            f"Fragment (delete-echo): “{piece}” only repeats the words the sentence ends on; "
                            "it is deleted.", 0.82)
            continue
        keep = kind == "reattach-tag" and speaker_keeps_capital(piece)
        if kind == "reattach-tag" and (rebuilt := _role_then_name(doc, position, piece)):
            yield self.edit(stop, rebuilt[0], rebuilt[1],
                            f"Fragment (rebuild-attribution): “{piece}” and the name after it were both cut off "
                            "the speech verb; the tag is rebuilt with the name and its role.", 0.8)
            continue
        # Above FR001's plain join (0.8) of a short phrase: this rule has read the comma it needs.
        yield self.edit(stop, start + 1, joiner + (text[start] if keep else text[start].lower()),
                        f"Fragment ({kind}): “{piece}” cannot stand as a sentence; joined to the one before.", 0.82)


RULES = (tail_that_cannot_stand,)
