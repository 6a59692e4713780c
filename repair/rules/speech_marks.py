"""Direct speech marked the way the pivot language marks it: dashes, low-high quotes, a stop before the tag.

Spanish, Russian and Polish set speech off with dashes ("—We will rebuild— said the
mayor"), German and Polish open a quotation low („…“), and MT that translates sentence
by sentence closes a quoted sentence with its own full stop and then starts the tag as a
new sentence ("… money.” Said Ruiz."). English news writes “…,” said Ruiz. Each rule
here reads marks that English text never uses, or a tag that cannot stand alone, so a
clean English article gives them nothing to fix. The rules of a tag cut off by a stop
(QM009, QM012) live in :mod:`repair.rules.speech_marks_tag_stops`; this module keeps the
quotation's lost or foreign marks (QM010, QM011) and lists all four in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.speech_marks_tag_stops import stop_after_tag_before_quote, stop_before_speech_tag
from repair.rules.speech_quote_ends import quoted_sentences

OPEN, CLOSE = "“", "”"


def _quote_style(text: str) -> tuple[str, str]:
    """The text's own marks: straight where it quotes with them and never curly, else curly."""
    if '"' in text and OPEN not in text and CLOSE not in text:
        return '"', '"'
    return OPEN, CLOSE


# "Deputy Ana Ruiz said: The small farmer will pay.": a speech verb, a colon, a capital.
_SPEECH_VERB = (
    r"\b(?:said|says|added|declared|stated|replied|answered|responded|explained|insisted|warned|stressed"
    r"|wrote|remarked|concluded|told(?:[ \t]+(?:the|a|an|his|her|their|its))?[ \t]+\w+)"
    # "said in a statement:", "said outside the court:": a short place or occasion before the colon.
    r"(?:[ \t]+(?:in|outside|at|on|after|before|during|to)[ \t]+[^\n:“”\"«»„.!?,]{1,40})?"
)
_COLON_SPEECH = lazy_compile(
    _SPEECH_VERB +
    # The closing mark may have survived alone at the end ("…: Classes resume on Monday.”").
    r":[ \t]+(?P<speech>[A-Z][^\n“”\"«»„]{10,600}?[.!?])(?P<close>[”\"])?[ \t]*$",
    re.MULTILINE,
)
# "Ana Ruiz told reporters, Nobody will lose a seat.”": news also opens a quotation after a
# comma; only the surviving closing mark says one was opened there.
_COMMA_SPEECH = lazy_compile(
    _SPEECH_VERB + r",[ \t]+(?P<speech>[A-Z][^\n“”\"«»„]{10,600}?[.!?])(?P<close>[”\"])[ \t]*$",
    re.MULTILINE,
)
MIN_SPEECH_WORDS = 5
_SENTENCE_GAP = lazy_compile(r"(?<=[.!?])[ \t]+(?=[A-Z])")


@rule(
    "QM010",
    "colon-speech-without-marks",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The mayor said: The bridge will open again in the spring.",
         "The mayor said: “The bridge will open again in the spring.”"),
        ('Rain fell all week. "We are tired," a farmer said.\n\nHer neighbour added: Nobody has come to help us.',
         'Rain fell all week. "We are tired," a farmer said.\n\nHer neighbour added: "Nobody has come to help us."'),
        ("The port authority said in a statement: We will reopen the quay as soon as it is safe.",
         "The port authority said in a statement: “We will reopen the quay as soon as it is safe.”"),
        ("The judge told the jury: I have heard no word of regret. The sentence must match the harm.",
         "The judge told the jury: “I have heard no word of regret. The sentence must match the harm.”"),
        # The quotation ends where the writer takes over: narration with a news time, or a report.
        ("The judge told the jury: I have heard no regret. The trial ended on Friday.",
         "The judge told the jury: “I have heard no regret.” The trial ended on Friday."),
        ("A fisherman, 61, told reporters at the harbour: The nets are torn and fuel costs too much. "
         "The port office said new fuel would come soon.",
         "A fisherman, 61, told reporters at the harbour: “The nets are torn and fuel costs too much.” "
         "The port office said new fuel would come soon."),
        ("The coach said after the match: We lost our shape and we paid for it. You cannot defend like that. "
         "The club announced a review of its tactics.",
         "The coach said after the match: “We lost our shape and we paid for it. You cannot defend like that.” "
         "The club announced a review of its tactics."),
        # Only the opening mark was lost; the closing one survived.
        ("The dean wrote to staff on Friday: Lectures will restart on Tuesday in the east wing.”",
         "The dean wrote to staff on Friday: “Lectures will restart on Tuesday in the east wing.”"),
        ('The ministry said in a statement: All flights will resume once the ash cloud clears."',
         'The ministry said in a statement: "All flights will resume once the ash cloud clears."'),
        # … and after a comma, where the surviving closing mark shows a quotation was opened.
        ("The coach told the players at half-time, Nobody leaves early. We play to the whistle.”",
         "The coach told the players at half-time, “Nobody leaves early. We play to the whistle.”"),
        ("A nurse, Ana Ruiz, said on Monday, The ward has been short of staff since the summer.”",
         "A nurse, Ana Ruiz, said on Monday, “The ward has been short of staff since the summer.”"),
    ],
    good=[
        "The mayor said: “The bridge will open again in the spring.”",
        "The mayor said: The bridge. Then she left the hall.",
        "The winners, the jury said: Ana Ruiz and Tom Lee.",
        "The mayor said: The bridge will open. Officials doubt it.",
        "The mayor said in May: The bridge will open. Officials doubt it.",
        "The coach said: The team is tired. The season ends in May.",
        "The union said: Workers will strike. The company said it had offered more.”",
        "“We are ready,” she said. The mayor added: The bridge will open in spring.",
        "The envoy told reporters: This is a fair deal for both towns. The border will reopen on Friday.",
        "The mayor said, The bridge will open in spring.",
        "“We lost,” the coach said. The captain added, Nobody played well in the rain.”",
    ],
)
def colon_speech_without_marks(doc: Document, self: Rule) -> Iterator[Edit]:
    """Direct speech after "said:" that lost its quotation marks ("X said: The farmer will pay.").

    English introduces a quotation with a speech verb and a colon; the colon and the
    capital after it show the words were quoted, and MT or a scraper dropped the marks.
    The fix quotes the words after the colon, in the text's own style, when they hold a
    verb (five words or more), no mark opens before the tag in its paragraph, and their
    end is read off the sentences (:func:`quoted_sentences`: the speaker's sentences, up
    to the writer's narration or report); where only the closing mark survived it puts
    back the opening one. Unsafe: the words may be a paraphrase introduced with a colon.
    """
    text = doc.text
    if ":" not in text and CLOSE not in text and '"' not in text:
        return
    opening, closing = _quote_style(doc.evidence_text)
    for para in doc.paragraphs:
        # A colon, or a closing mark ending the paragraph, is in every match: a find or a
        # look at one character is far cheaper than the pattern.
        if text.find(": ", para.start, para.end) >= 0:
            match = _COLON_SPEECH.search(text, para.start, para.end)
        elif text[para.start : para.end].rstrip()[-1:] in ("”", '"'):
            match = _COMMA_SPEECH.search(text, para.start, para.end)
        else:
            continue
        if match is None or re.search("[“”\"«»„]", text[para.start : match.start()]):
            continue  # marks before the tag: the words after it may sit inside a quotation
        speech = match.group("speech")
        gaps = list(_SENTENCE_GAP.finditer(speech))
        parts = [speech[a:b] for a, b in zip([0] + [g.end() for g in gaps], [g.start() for g in gaps] + [len(speech)],
                                             strict=True)]
        count = quoted_sentences(parts)
        if match.group("close"):
            # Only the opening mark was lost: the closing one says where the quotation ends,
            # unless the writer's narration comes before it (then the marks are another slip).
            if count is not None and count < len(parts):
                continue
            if len(speech.split()) >= MIN_SPEECH_WORDS and lexicon.has_clause(lexicon.words(speech)):
                mark = '"' if match.group("close") == '"' else OPEN
                yield self.edit(match.start("speech"), match.start("speech"), mark,
                                "Quotation after “said:” lost its opening mark.", 0.7)
            continue
        # More than one sentence: the quotation runs on while each has a speaker's word
        # ("I", "we", "must", "will") and ends where the writer's narration or report takes
        # over ("… The company said it would …"); elsewhere its end is a guess.
        if count is None:
            continue
        speech = speech[: gaps[count - 1].start()] if count < len(parts) else speech
        words = speech.split()
        if len(words) < MIN_SPEECH_WORDS or not lexicon.has_clause(lexicon.words(speech)):
            continue
        start = match.start("speech")
        yield self.edit(start, start + len(speech), f"{opening}{speech}{closing}",
                        "Quotation after “said:” lost its marks.", 0.7)


# "«My coach told me to wait." with no » after it: a guillemet opening a sentence's quotation.
_LONE_GUILLEMET = lazy_compile(r"(?:^|(?<=[.!?,:] ))«[ \t]?(?=[A-Z])", re.MULTILINE)


@rule(
    "QM011",
    "lone-guillemet",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("“We lost the first set,” she said. «Then the wind dropped and I found my serve.",
         "“We lost the first set,” she said. “Then the wind dropped and I found my serve."),
    ],
    good=[
        "«We lost the first set», she said.",
        "The Russian title «Война и мир» was kept.",
        "She said «Война» twice.",
    ],
)
def lone_guillemet(doc: Document, self: Rule) -> Iterator[Edit]:
    """A guillemet that opens a quotation no guillemet closes in its paragraph
    ("… she said. «Then the wind dropped …").

    The pivot's mark survived where the paragraph's quotation runs on into the next
    paragraph (English leaves such a quotation open). The pairs are QM006's; this turns
    the lone opening mark into “ when a Latin capital follows it. Unsafe: the closing
    mark may have been lost instead of left off.
    """
    text = doc.text
    if "«" not in text:
        return
    for para in doc.paragraphs:
        # A closing guillemet after a match is one at or before the paragraph's last: read
        # once per paragraph (a slice to its end per match was quadratic on one line).
        last_close = text.rfind("»", para.start, para.end)
        for match in _LONE_GUILLEMET.finditer(text, para.start, para.end):
            if last_close >= match.end():
                continue  # closed in the paragraph: a pair, QM006's to turn
            yield self.edit(match.start(), match.end(), OPEN, "Guillemet opening a quotation in English text.", 0.75)


# QM007 and QM008 live in speech_marks_foreign; the registry lists them just before these.
# QM009 and QM012 are speech_marks_tag_stops'; listed here, the codes keep their order.
RULES = (stop_before_speech_tag, colon_speech_without_marks, lone_guillemet,
         stop_after_tag_before_quote)
