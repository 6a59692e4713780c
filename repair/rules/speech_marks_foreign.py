"""Direct speech set off with the pivot language's marks: dashes and low-high quotes (QM007, QM008),
and Hebrew's gershayim (QM036).

Split from :mod:`repair.rules.speech_marks`, whose docstring tells the whole family; the
registry lists these two rules just before that module's, in the order they always ran.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.line_index import end_of_line, start_of_line
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.quote_completion import completed_pair
from repair.rules.speech_marks import _quote_style
from repair.rules.speech_quotes import INVERTED_VERB

# The verbs that open a speech tag after a quotation.
_SPEECH_VERBS = r"(?:said|says|told|added|asked|explained|insisted|stressed|warned|declared|replied|admitted)"
# A paragraph whose speech opens with a dash and closes with a dash before the tag:
# "— We will rebuild — said the mayor." / "—We will rebuild— the mayor said."
_DASH_SPEECH = lazy_compile(
    r"[—–][ \t]?(?P<speech>[A-Z][^—–\n]{8,400}?)(?P<end>[.,!?]?)[ \t]?[—–],?[ \t]*"
    # The verb first may be any regular past before its speaker ("— lamented the mayor").
    r"(?=(?:" + _SPEECH_VERBS + r"|[a-z]{3,}ed[ \t]+(?=[A-Z]|(?:the|a|an|his|her|its|their)[ \t])"
    r"|(?:he|she|they)[ \t]+" + _SPEECH_VERBS + r"|(?:the[ \t]+)?[A-Z]?[\w.'’-]+"
    r"(?:[ \t]+[\w.'’-]+){0,4}?[ \t]+" + _SPEECH_VERBS + r")\b)"
)
# A dash that opens the speech again after the tag's sentence: "… said the mayor. —We …".
_SPEECH_AGAIN = lazy_compile(r"(?<=[.!?])[ \t]+[—–][ \t]?(?=[A-Z])")
# „…“ / „…" / „…”: a quotation opened low, closed by whatever mark the pivot left.
# The comma after the closing mark goes inside when a tag follows it: a lower-case word, or a
# capitalised speaker (a name, a title, "Judge Ana Ruiz of the court") with a reporting verb
# later in the same sentence ("“…,” Ana Ruiz wrote"); "„Faust“, a play by …" has none.
_TAG_AFTER_COMMA = (r",(?=[ \t]+(?:[a-z]|[A-Z][^.!?;:“”„\"\n]{0,60}?(?<![\w-])(?<!was )(?<!were )(?<!is )"
                    r"(?:" + INVERTED_VERB + r"|told|says|writes|adds)\b))")
_LOW_HIGH = lazy_compile(r"„(?P<quoted>[^„“”\"\n]{1,400}?)[“”\"](?P<comma>" + _TAG_AFTER_COMMA + r")?")
# A low mark opening a capitalised quotation at a word's start whose line has no closing mark
# after it (no pair for _LOW_HIGH): the pivot lost the close as well.
_LOW_UNCLOSED = lazy_compile(r"(?<![\w„“”\"])„(?=[A-Z][^„“”\"\n]*(?:\n|$))")
# The single low mark (‚…‘ or ‚…'), opening a capitalised quotation at a word start and
# closed by a single mark that no letter follows (an inner "don't" is no close).
_LOW_SINGLE = lazy_compile(
    r"(?<![\w,])‚(?P<quoted>[A-Z][^‚„“”\"\n]{1,400}?)[‘’'](?![\w])(?P<comma>" + _TAG_AFTER_COMMA + r")?")


# A verb (or phrase) that reports speech, read back from a quoted fragment to its sentence's start.
# "called" names ("called the plan «a betrayal»"): a label, as a title or a term is, no report.
_REPORTING = lazy_compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|described|describes|warned"
                          r"|warns|insisted|stressed|promised|vowed|claimed|argued|according to)\b")
# Any stop and space ends a sentence here (the next may open in lower case: "de Waal said").
_SENTENCE_START = re.compile(r"[.!?][”\"»]?\s+")
MAX_SENTENCE_CHARS = 400


def reported_fragment_end(text: str, opened: int, quoted: str, after: int) -> bool:
    """Whether the quotation ``quoted``, opened at ``opened`` and closed just before ``after``,
    is a fragment of reported speech that ends its sentence with the stop at ``after``
    ("… said the line will „change the map of the city”."): opened inside a sentence that
    reports speech, in lower case, three words or more, no stop of its own. Wire style sets
    that stop inside the closing mark; the golds restyle a pivot's marks so, while a phrase
    quoted in English marks keeps the writer's stop, as a title or a term does anywhere."""
    if text[after : after + 1] != "." or not (after + 1 == len(text) or text[after + 1].isspace()):
        return False
    words = quoted.split()
    if len(words) < 3 or not quoted[:1].islower() or quoted[-1:] in ".,;:!?…":
        return False
    if not text[opened - 1 : opened].isspace() or text[opened - 2 : opened - 1] in ".!?:":
        return False  # a quotation that opens its sentence is QM002's
    back = max(0, opened - MAX_SENTENCE_CHARS, start_of_line(text, opened))
    start = back
    for stop in _SENTENCE_START.finditer(text, back, opened):
        start = stop.end()
    return _REPORTING.search(text, start, opened) is not None


@rule(
    "QM007",
    "dash-speech",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("— We will rebuild every school in the valley — said the governor on Monday.",
         "“We will rebuild every school in the valley,” said the governor on Monday."),
        ('The river rose overnight.\n\n—The bridge held, but the road is gone— a farmer told "El Sol".',
         'The river rose overnight.\n\n"The bridge held, but the road is gone," a farmer told "El Sol".'),
        ("—We will rebuild every house— lamented the mayor.", "“We will rebuild every house,” lamented the mayor."),
        ("—Are we safe here?— asked a resident of the lower town.",
         "“Are we safe here?” asked a resident of the lower town."),
        ("—The water came at night —a fisherman told reporters. —We lost all our nets.",
         "“The water came at night,” a fisherman told reporters. “We lost all our nets.”"),
    ],
    good=[
        "The bridge — built in 1902 — said to be the oldest in the valley, was closed.",
        "— Editing by Ana Ruiz",
        "The plan — which the mayor said would cost $2 million — was approved.",
        "“We will rebuild,” said the governor.",
    ],
)
def dash_speech(doc: Document, self: Rule) -> Iterator[Edit]:
    """Direct speech set off with dashes ("—We will rebuild— said the mayor").

    Spanish, Russian and Polish mark dialogue with a dash before the words and another
    before the tag; MT keeps them, so the quotation reads as a parenthesis with no
    speaker. The fix writes English marks in the text's own style, with the tag's comma
    inside. Only a dash that opens a paragraph, a capital after it, a closing dash and a
    speech verb straight after are taken. Unsafe: the words may be a paraphrase.
    """
    text = doc.text
    if "—" not in text and "–" not in text:
        return
    opening, closing = _quote_style(doc.evidence_text)
    for para in doc.paragraphs:
        if text[para.start] not in "—–":
            continue
        match = _DASH_SPEECH.match(text, para.start, para.end)
        if match is None:
            continue
        speech, end = match.group("speech").rstrip(), match.group("end")
        stop = end if end in ("?", "!") else ","
        yield self.edit(match.start(), match.end(), f"{opening}{speech}{stop}{closing} ",
                        "Speech set off with dashes, not quotation marks.", 0.8)
        # "… the mayor said. —We start on Monday.": after the tag's sentence a dash opens
        # the speech again, and it runs to the paragraph's end.
        again = _SPEECH_AGAIN.search(text, match.end(), para.end)
        if again is not None and not re.search("[—–“”\"]", text[again.end() : para.end]):
            rest = text[again.end() : para.end].rstrip()
            yield self.edit(again.start(), match.start() + len(text[match.start() : para.end].rstrip()),
                            f" {opening}{rest}{closing}", "Speech set off with a dash, not quotation marks.", 0.8)


@rule(
    "QM008",
    "low-high-quotes",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("„We have done our part“, said the coach after the match.",
         "“We have done our part,” said the coach after the match."),
        ('The union called the offer „an insult" and walked out.\n"We stay out," a steward said.',
         'The union called the offer "an insult" and walked out.\n"We stay out," a steward said.'),
        ("‚The first half was hard, but I didn't give up', Kiptoo said.",
         "“The first half was hard, but I didn't give up,” Kiptoo said."),
        ("‚We will be back‘, the coach said.", "“We will be back,” the coach said."),
        ("The mayor said the new bridge will „bring the two halves of the town together”.",
         "The mayor said the new bridge will “bring the two halves of the town together.”"),
        ("„We will rebuild, the mayor, Ana Ruiz, said. “But it will take years.”",
         "“We will rebuild, the mayor, Ana Ruiz, said. “But it will take years.”"),
        ("„We will rebuild the pier by May, the mayor said on Monday.",
         "“We will rebuild the pier by May, the mayor said on Monday."),
    ],
    good=["The union called the offer “an insult” and walked out.", "„", "The Russian title „Война и мир“ was kept.",
          "Prices„ rose on Monday.",
          "The port‚ the biggest in the region‚ reopened.", "He said ‚we don't know' and left."],
)
def low_high_quotes(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation opened with a low mark („…“ or the single ‚…‘), the German and Polish style.

    English news opens with “ (or a straight mark). The fix writes the pair in the
    text's own style and, when the quoted words are a sentence before its tag, moves the
    tag's comma inside (“…,” said). Unsafe: quoting style.
    """
    text = doc.text
    if "„" not in text and "‚" not in text:
        return
    outside = doc.evidence_text.replace("„", "")
    opening, closing = _quote_style(outside)
    if "‚" in text:
        for match in _LOW_SINGLE.finditer(text):
            quoted, comma = match.group("quoted"), match.group("comma") or ""
            inside = comma if quoted[-1:] not in ".,!?" else ""
            yield self.edit(match.start(), match.end(), f"{opening}{quoted}{inside}{closing}{'' if inside else comma}",
                            "Single low opening quotation mark (‚) in English text.", 0.75)
        if "„" not in text:
            return
    restyled: set[int] = set()
    for match in _LOW_HIGH.finditer(text):
        restyled.add(match.start())
        quoted = match.group("quoted")
        if not re.search(r"[A-Za-z]{2}", quoted):
            continue
        close_at = match.end("quoted")
        if text[close_at] == "“" and text[close_at - 1].isspace():
            # '„We will, Ana Ruiz said. “But …': a “ after a blank opens the next quotation in
            # English, so it closes nothing; only the low mark is restyled (QM003 then closes
            # the first quotation before its tag).
            yield self.edit(match.start(), match.start() + 1, opening,
                            "Low opening quotation mark („) in English text.", 0.8)
            continue
        comma = match.group("comma") or ""
        # A quoted sentence (a capital, two words or more) takes its tag's comma inside; a
        # one-word title ("„Faust“, a play …") keeps it outside.
        inside = comma if quoted[:1].isupper() and " " in quoted.strip() and quoted[-1:] not in ".,!?" else ""
        end = match.end()
        if not comma and reported_fragment_end(text, match.start(), quoted, end):
            inside, end = ".", end + 1  # a reported fragment's stop goes inside as the pair is restyled
        replacement = f"{opening}{quoted}{inside}{closing}{'' if inside else comma}"
        # The punctuation at the closing mark goes in the same edit (see quote_completion).
        start, end, replacement = completed_pair(text, match.start(), end, replacement)
        yield self.edit(start, end, replacement, "Low opening quotation mark („) in English text.", 0.8)
    for match in _LOW_UNCLOSED.finditer(text):
        if match.start() not in restyled:
            # '„We will rebuild, the mayor said.': the pivot's closing mark is lost too. The low
            # mark is restyled alone; QM001 then closes the quotation before its tag.
            yield self.edit(match.start(), match.start() + 1, opening,
                            "Low opening quotation mark („) in English text.", 0.75)


# Hebrew's gershayim (״), which a Hebrew pivot writes for an abbreviation inside a word and
# MT leaves for the quotation marks: one at a word's start (after the line's start, a blank
# or a bracket) opens a quotation, one after a word or a mark before a blank, a mark or the
# line's end closes it. One between two letters (an abbreviation's) is neither.
_GERSHAYIM = "\u05f4"
_GERSHAYIM_OPENS = lazy_compile(r"(?:^|(?<=[\s(\[—–-]))\u05f4(?=[^\s\u05f4])", re.MULTILINE)
_GERSHAYIM_CLOSES = lazy_compile(r"(?<=[^\s\u05f4])\u05f4(?=[\s,.;:!?)\]—–-]|$)", re.MULTILINE)


def _gershayim_pairs(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The gershayim of the line ``text[start:end]`` as (opening, closing) positions, when
    every one of them opens or closes a quotation and they alternate from an opening one;
    else None (an abbreviation's mark, or a quotation left open)."""
    opens = {match.start() for match in _GERSHAYIM_OPENS.finditer(text, start, end)}
    closes = {match.start() for match in _GERSHAYIM_CLOSES.finditer(text, start, end)}
    marks = [at for at in range(start, end) if text[at] == _GERSHAYIM]
    pairs = list(zip(marks[0::2], marks[1::2], strict=False))
    if len(marks) % 2 or opens & closes or any(first not in opens or last not in closes for first, last in pairs):
        return None
    return pairs


@rule(
    "QM036",
    "gershayim-quotes",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("\u05f4We have a healthy boat,\u05f4 the captain said. \u05f4Now the long trip begins.\u05f4",
         "“We have a healthy boat,” the captain said. “Now the long trip begins.”"),
        ("The union called the offer \u05f4an insult\u05f4 and walked out.",
         "The union called the offer “an insult” and walked out."),
    ],
    good=["The army (\u05e6\u05d4\u05f4\u05dc) said so.", "“We have a healthy boat,” the captain said.",
          "\u05f4We have a healthy boat, the captain said.", "He wrote 5\u05f4 of text."],
    scope="line",
)
def gershayim_quotes(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quotation set off with Hebrew's gershayim (״…״), which a Hebrew pivot left.

    English has no use for the mark outside Hebrew words; set around words, at their
    start and end, it stands for quotation marks. The fix writes the text's own marks,
    only on a line whose gershayim all pair up so. Unsafe: quoting style.
    """
    text = doc.text
    if _GERSHAYIM not in text:
        return
    opening, closing = _quote_style(doc.evidence_text.replace(_GERSHAYIM, ""))
    start = 0
    while start <= len(text):
        end = end_of_line(text, start)
        end = len(text) if end < 0 else end
        for first, last in _gershayim_pairs(text, start, end) or ():
            yield self.edit(first, first + 1, opening, "Hebrew gershayim (״) for a quotation mark.", 0.8)
            yield self.edit(last, last + 1, closing, "Hebrew gershayim (״) for a quotation mark.", 0.8)
        start = end + 1


RULES = (dash_speech, low_high_quotes, gershayim_quotes)
