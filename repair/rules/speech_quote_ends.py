"""Where a quotation that lost a mark ends, read off its sentences (for QM001 and QM010).

A quotation introduced by "said:" runs until its closing mark; when MT or a scraper drops
that mark, the sentences after the colon are either all the speaker's or the speaker's
and then the writer's. The speaker's words are told by the person and mood of speech: a
first- or second-person word ("I", "we", "our", "you") or a modal of judgement ("must",
"will", "should", "cannot"). The writer's narration is told by the shape of news copy:
no such word, a verb in the past, and a news time ("last month", "on Monday", "in 2019")
or a participle tag (", citing …", ", saying …").
"""

from __future__ import annotations

import bisect

from repair import lexicon
from repair.document import Document, Sentence
from repair.rules.base import lazy_compile

_SPEAKER_WORDS = lazy_compile(
    r"(?<![\w’'-])(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Oo]ur|us|[Mm]y|me|[Yy]ou|[Yy]our|must|will|should|cannot|can't|"
    r"can’t|won't|won’t|need to)(?![\w’'-])")
_NEWS_TIME = lazy_compile(
    r"\b(?:last (?:week|month|year|night)|(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|in (?:19|20)\d\d|\w+ (?:days|weeks|months|years) ago|, (?:citing|saying|adding|according to)\b)")


def speaker_sentence(text: str) -> bool:
    """``text`` has a first- or second-person word or a modal of judgement."""
    return _SPEAKER_WORDS.search(text) is not None


def narration_sentence(text: str) -> bool:
    """``text`` reads as the writer's narration (see the module): no speaker's word, a
    past verb and a news time or a participle tag."""
    if speaker_sentence(text) or _NEWS_TIME.search(text) is None:
        return False
    return any(w in lexicon.IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4)
               for w in lexicon.words(text.lower()))


# A verb that reports someone's words in the past: a sentence with one and no speaker's word is
# the writer reporting ("The council said it would meet again."), not the speaker going on.
_REPORTING = lazy_compile(r"\b(?:said|told|announced|added|stated|confirmed|reported|according to)\b")


def reported_sentence(text: str) -> bool:
    """``text`` is the writer reporting speech: a past verb of saying and no speaker's word."""
    return not speaker_sentence(text) and _REPORTING.search(text) is not None


def quoted_sentences(sentences: list[str]) -> int | None:
    """How many of ``sentences`` (the sentences after "said:", in order) are the quotation.

    The first is the speaker's (the colon and capital say so). The first ``k`` when those
    after the first up to ``k`` have a speaker's word and every sentence from ``k`` on is
    narration (:func:`narration_sentence`) or reported speech (:func:`reported_sentence`);
    all of them when there is one, or when every one has a speaker's word (a third-person
    first sentence then a "will" may be the writer's: "… This is a good day. The border
    will reopen on Friday."). None otherwise: the end of the quotation is a guess.
    """
    k = 1
    while k < len(sentences) and speaker_sentence(sentences[k]):
        k += 1
    if k < len(sentences):
        tail = all(narration_sentence(s) or reported_sentence(s) for s in sentences[k:])
        return k if tail else None
    return k if k == 1 or speaker_sentence(sentences[0]) else None


def narrated_tail(doc: Document, opened: int, end: int) -> int | None:
    """The end of the last speaker's sentence in ``[opened, end)`` when the sentences after
    it are all narration (see the module) or the writer reporting speech ("She said the
    nurses had been offered jobs."), else None: a dropped closing mark belongs there.
    (In clean news a sentence opening "He said …" follows a closed quotation 121 times
    and stands inside one 5 times.)"""
    sentences = _sentences_in(doc, opened, end)
    if len(sentences) < 2:
        return None
    cut = len(sentences)
    while cut > 1 and (narration_sentence(text := doc.sentence_text(sentences[cut - 1]))
                       or reported_sentence(text)):
        cut -= 1
    if cut == len(sentences):
        return None
    return sentences[cut - 1].span.end


def _sentences_in(doc: Document, start: int, end: int) -> list[Sentence]:
    """The sentences of ``doc`` that hold ``start`` or follow it, up to ``end``."""
    position = max(0, bisect.bisect_right(doc._sentence_starts, start) - 1)
    found: list[Sentence] = []
    while position < len(doc.sentences) and doc.sentences[position].span.start < end:
        sentence = doc.sentences[position]
        if sentence.span.end > start:
            found.append(sentence)
        position += 1
    return found


# A sentence boundary inside a quoted phrase: the phrase is then more than its own sentence.
_INNER_STOP = lazy_compile(r"[.!?] +[A-Z“]")


def phrase_runs_to_end(doc: Document, index: int, opened: int) -> bool:
    """Whether the phrase opened at ``opened`` runs, as one sentence of 3+ words with no other
    mark, to the end of paragraph ``index``, which ends with a stop and is not the last (a
    feed excerpt may stop inside a quotation). The caller checks that the next paragraph
    does not go on with the quotation."""
    para = doc.paragraphs[index]
    text = doc.text
    if text[para.end - 1] not in ".!?" or index + 1 >= len(doc.paragraphs):
        return False
    inside = text[opened + 1 : para.end]
    return len(inside.split()) >= 3 and '"' not in inside and "’" not in inside and not _INNER_STOP.search(inside)


# '… called the offer “an insult to us, and announced a strike.': the narration's subject
# goes on with a second verb after the quoted phrase, a past verb of saying or of taking a
# stand (never a participle a quoted phrase coordinates: "drafted in haste, and revised
# …"); the phrase ends at the comma.
_COORDINATED = lazy_compile(
    r", (?:and|but) (?:then |later |also )?(?P<verb>asked|announced|added|called|urged|warned|demanded|vowed"
    r"|promised|said|declined|refused|threatened|accused|insisted|pledged|appealed|argued|rejected|welcomed"
    r"|criticised|criticized|blamed|dismissed) ")
_SENTENCE_STOP = lazy_compile(r"[.!?](?= |$)")


def coordinated_end(text: str, opened: int, end: int) -> int | None:
    """The comma ending a quoted phrase opened at ``opened`` before ", and <past verb>" in
    its own sentence (two words or more quoted), or None."""
    stop = _SENTENCE_STOP.search(text, opened, end)
    limit = stop.start() if stop is not None else end
    found = _COORDINATED.search(text, opened, limit)
    if found is None or len(text[opened : found.start()].split()) < 2:
        return None
    return found.start()


def turned_close(text: str, pos: int) -> bool:
    """True when the opening mark “ at ``pos`` stands where a quotation closes: after a word,
    a comma or a stop, and before a blank, a comma, a stop or the text's end ('“…,“ he wrote.',
    '“…palaces“, said …', 'called it “modest“. “It …'). An opening mark opens a word; QM006
    turns such a one back."""
    before, after = text[pos - 1 : pos], text[pos + 1 : pos + 2]
    return (before in (",", ".", "!", "?") or before.isalnum()) and after in ("", " ", "\t", "\n", ",", ".", ";")
