"""Direct speech marked the way the pivot language marks it: dashes, low-high quotes, a stop before the tag.

Spanish, Russian and Polish set speech off with dashes ("—We will rebuild— said the
mayor"), German and Polish open a quotation low („…“), and MT that translates sentence
by sentence closes a quoted sentence with its own full stop and then starts the tag as a
new sentence ("… money.” Said Ruiz."). English news writes “…,” said Ruiz. Each rule
here reads marks that English text never uses, or a tag that cannot stand alone, so a
clean English article gives them nothing to fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.speech_marks_inverted import cut_tags_before_quotes, fronted_tags_before_quotes, inverted_tags
from repair.rules.speech_quote_ends import quoted_sentences

OPEN, CLOSE = "“", "”"

# '… money.” Lunde said.' / '… roof." Said Ana Ruiz, a resident.' / '….” he told the radio.':
# the tag set apart by the quotation's own full stop. The tag must end its sentence (no
# colon and new quote). A stop that ends an abbreviation ("the U.S.”") is no stop of its own.
_TAG_VERBS = r"(?:said|says|added|told|asked|wrote|declared|stated|explained|insisted|stressed|noted|warned)"
_STOP_BEFORE_TAG = lazy_compile(
    # The stop first and the looks behind it after (the same test): a pattern that opens on a
    # literal lets the engine search for it instead of trying both looks at every character.
    r"\.(?<!\.[A-Za-z]\.)(?<!\.\.\.)(?P<mark>[”\"])[ \t]+(?:"
    # The tag capitalised as a sentence of its own, or already in lower case (only the stop is wrong).
    r"(?P<said>[Ss]aid|[Ss]ays|[Aa]dded|[Tt]old)[ \t]+(?=(?:the[ \t]+|Dr\.[ \t]+)?[A-Z][\w'’-]"
    # "said the returning officer, Ana Ruiz.": a role noun phrase, its comma or the tag's stop after it.
    r"|the(?:[ \t]+(?!(?:was|were|is|are|has|had|have|will|would|could|can|did)\b)[a-z][\w'’-]*){1,4}[,.])"
    # The speaker first: a pronoun, a determiner and up to three words, or a name.
    r"|(?P<speaker>(?:[Hh]e|[Ss]he|[Tt]hey|we|it"
    r"|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[ \t]+[\w'’-]+){1,3}(?:[ \t]+(?:of|for|at)(?:[ \t]+[\w'’-]+){1,5})?"
    r"|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}))[ \t]+"
    # A verb that takes a hearer may name one ("told the local radio", "asked him"); "said the
    # vote was …" is reported speech, so "said" takes none.
    r"(?P<verb>(?:told|asked|warned)(?:[ \t]+(?:reporters|journalists|him|her|them|us"
    r"|the[ \t]+(?:[a-z]+[ \t]+){0,2}[A-Za-z]+|[A-Z][A-Za-z]+))?|" + _TAG_VERBS + r")"
    # then at most a time, place or occasion ("to reporters outside the court", "on Monday"),
    # never a "that" clause ("said to reporters that …" reports speech of its own).
    r"(?=(?:[ \t]+(?:on|in|at|outside|after|before|during|to|from|by|with|late|early|earlier|later|this|last)"
    r"[ \t]+(?:(?!\bthat\b)[^.“”\"\n]){0,50})?\.(?:\s|$)))"
)
# Pronouns and determiners that open a tag's speaker and go lower case inside the sentence.
_LOWER_OPENERS = frozenset({"He", "She", "They", "The", "His", "Her", "Their", "Its"})
# A pronoun that cannot be a speaker's name ("It said." after a quotation is a slip of another kind).
_NOT_SPEAKERS = frozenset({"It", "This", "That", "There", "A", "An", "We", "I", "You"})


def _quote_style(text: str) -> tuple[str, str]:
    """The text's own marks: straight where it quotes with them and never curly, else curly."""
    if '"' in text and OPEN not in text and CLOSE not in text:
        return '"', '"'
    return OPEN, CLOSE


def _opens_a_sentence(text: str, close: int, mark: str) -> bool:
    """Whether the quotation closed at ``close`` opened a sentence (no tag before it).

    The opening mark is the last ``“`` (or, for a straight ``mark``, the straight mark
    before ``close``) in the same paragraph; before it there must be nothing but the
    paragraph start or the end of another sentence.
    """
    line_start = text.rfind("\n", 0, close) + 1
    opened = text.rfind(OPEN if mark == CLOSE else '"', line_start, close)
    if opened < 0:
        return False
    before = text[line_start:opened].rstrip()
    return not before or before[-1] in ".!?”\""


def _inside_quotation(text: str, close: int, mark: str) -> bool:
    """Whether a quotation is open in the paragraph where ``close`` (a closing ``mark``) stands:
    an opening ``“`` after the last ``”``, or for a straight mark any straight mark before it
    (which ones open is not written; a quotation that runs on over paragraphs opens twice)."""
    line_start = text.rfind("\n", 0, close) + 1
    if mark == CLOSE:
        return text.rfind(OPEN, line_start, close) > text.rfind(CLOSE, line_start, close)
    return text.rfind('"', line_start, close) >= 0


@rule(
    "QM009",
    "stop-before-speech-tag",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ('"The road is closed until spring." Said Ana Ruiz, a driver, by telephone.',
         '"The road is closed until spring," said Ana Ruiz, a driver, by telephone.'),
        ("Pay was the issue. “This is about our safety.” Ruiz said.",
         "Pay was the issue. “This is about our safety,” Ruiz said."),
        ("“We are ready for the vote.” The mayor said on Monday.",
         "“We are ready for the vote,” the mayor said on Monday."),
        ("“She did nothing wrong. The jury will see that.” Her lawyer said to reporters outside the court.",
         "“She did nothing wrong. The jury will see that,” her lawyer said to reporters outside the court."),
        ("“The line will reopen in May.” Its operator told reporters on Friday.",
         "“The line will reopen in May,” its operator told reporters on Friday."),
        ("“Our sales doubled in a year.” she added.", "“Our sales doubled in a year,” she added."),
        ("“The bridge is safe again.” said Ana Ruiz, the city engineer.",
         "“The bridge is safe again,” said Ana Ruiz, the city engineer."),
        ('"The count is over. We start again." said the returning officer, Tom Hale.',
         '"The count is over. We start again," said the returning officer.'[:-1] + ', Tom Hale.'),
        ("“Nobody saw the fire start.” said the night guard.", "“Nobody saw the fire start,” said the night guard."),
        ("“Nobody was hurt.” the fire chief said on Monday.", "“Nobody was hurt,” the fire chief said on Monday."),
        ("Sales fell. “The winter was the worst in years.” the shop's owner said.",
         "Sales fell. “The winter was the worst in years,” the shop's owner said."),
        ("“We will fight on.” she told reporters.", "“We will fight on,” she told reporters."),
        ("“Prices will fall by June.” he told the local radio on Tuesday.",
         "“Prices will fall by June,” he told the local radio on Tuesday."),
        ("“The plant stays open.” it said in a statement.", "“The plant stays open,” it said in a statement."),
        ("She called the plan “a fair deal for the town.” the Interior Ministry stated.",
         "She called the plan “a fair deal for the town,” the Interior Ministry stated."),
        ("“We got the timing wrong.” Conceded site foreman Ana Ruiz after the vote.",
         "“We got the timing wrong,” conceded site foreman Ana Ruiz after the vote."),
        ("“I had to find my best game in the second set”. Estimated Novak.",
         "“I had to find my best game in the second set,” estimated Novak."),
        ("“Who pays for the new roof?” Asked one tenant, to loud applause.",
         "“Who pays for the new roof?” asked one tenant, to loud applause."),
        ("“The ward is full.” Warned the chief nurse of the county hospital.",
         "“The ward is full,” warned the chief nurse of the county hospital."),
        ("“Our prices will not rise this year.” the owner of the largest bakery in town added.",
         "“Our prices will not rise this year,” the owner of the largest bakery in town added."),
    ],
    good=[
        '"We are still talking." Said another official, who asked not to be named: "There is no deal."',
        "“We are ready.” Ruiz said the vote would be held in May.",
        "“We are ready,” Ruiz said.",
        "“Is it over?” Ruiz said.",
        "“The plant will close.” It said the staff would be told.",
        "“We lost.” His coach said to reporters that the team was tired.",
        'He said on Monday, "There were talks." He added. "Talks are not a one-way street."',
        "“We are ready.” he said the vote would be held in May.",
        "She called it “a fine result.” the mayor said nothing.",
        "“Our rents have doubled.” She added that they would move.",
        "“We are ready.” he said the vote was in May.",
        "The guards read the sign. No entry.” the guards said.",
        "“The talks were held in the U.S.” Ruiz said.",
        "“We are ready.” Asked about the delay, Ruiz said the weather was to blame.",
        "“We are ready.” Warned by the police, the crowd left.",
        "The plan is “ready to go.” Conceded points cost the team the match.",
        '"We won." Said the vote was fair, Ruiz left.',
        "“We are ready.” said the old report, it was in May: “Go.”",
        '"We will make an offer in writing...." said the company.',
    ],
)
def stop_before_speech_tag(doc: Document, self: Rule) -> Iterator[Edit]:
    """A quoted sentence closed with a full stop before its own tag ("… safety.” Ruiz said.").

    MT that translates sentence by sentence ends the quotation with a stop and makes the
    tag a sentence of its own, capitalised ("Said Ana Ruiz."), or keeps the tag in lower case
    after the stop ("….” he added."). English closes a quoted statement before its tag with
    a comma. Only a tag that is nothing but a speaker and a speech verb (a hearer after
    "told"/"asked"/"warned", then a time or place, may follow) and ends its sentence is
    taken; "Said X:" before a new quotation is good English and stays. A capitalised tag
    needs a quotation that opened its sentence, a lower-case one a quotation open in the
    paragraph. A question or exclamation keeps its mark.
    Unsafe: the words may be two sentences whose tag was lost.
    """
    text = doc.text
    for match in _STOP_BEFORE_TAG.finditer(text):
        mark = match.group("mark")
        if text[match.start("said") if match.group("said") else match.start("speaker")].islower():
            # A lower-case tag continues the sentence; only the stop is the source's.
            if not _inside_quotation(text, match.start(), mark):
                continue
        elif not _opens_a_sentence(text, match.start(), mark):
            continue  # 'He said on Monday, "… States." He added.': the quotation has its tag already
        if match.group("said"):
            said = match.group("said")
            # The tag must end its sentence: no colon (a new quotation follows) before the stop.
            tail_end = text.find("\n", match.end())
            tail = text[match.end() : tail_end if tail_end >= 0 else len(text)]
            first_stop = re.search(r"[.:!?](?:\s|$)", tail)
            if first_stop is None or first_stop.group()[0] != "." or '"' in tail[: first_stop.start()] \
                    or OPEN in tail[: first_stop.start()]:
                continue
            replacement = f",{mark} {said.lower()} "
        else:
            speaker = match.group("speaker")
            if speaker.split()[0] in _NOT_SPEAKERS:
                continue
            first = speaker.split()[0]
            # "He"/"She"/"The" start the tag mid-sentence in lower case; a name keeps its capital.
            lowered = first.lower() + speaker[len(first):] if first in _LOWER_OPENERS else speaker
            replacement = f",{mark} {lowered} {match.group('verb')}"
        yield self.edit(match.start(), match.end(), replacement,
                        "Quotation closed with a stop before its speech tag.", 0.75)
    for start, end, replacement in inverted_tags(text):
        # '.” Conceded coach Ana Ruiz …' (speech_marks_inverted): only after a quotation that opened its sentence.
        mark_at = start if text[start] in "”\"" else start + 1
        if _opens_a_sentence(text, mark_at, text[mark_at]):
            yield self.edit(start, end, replacement, "Quotation closed with a stop before its inverted speech tag.",
                            0.7)


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
    opening, closing = _quote_style(text)
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
        for match in _LONE_GUILLEMET.finditer(text, para.start, para.end):
            if "»" in text[match.end() : para.end]:
                continue  # closed in the paragraph: a pair, QM006's to turn
            yield self.edit(match.start(), match.end(), OPEN, "Guillemet opening a quotation in English text.", 0.75)


# 'Ruiz said. “We will …”': a sentence that is nothing but a speaker and "said", then a quotation.
_BARE_TAG_BEFORE_QUOTE = lazy_compile(
    r"(?:^|(?<=[.!?] ))(?:He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}) (?:said|added)(?P<stop>\.)"
    r"(?= [“\"][A-Z])",
    re.MULTILINE,
)
# Every match ends with ". " and an opening mark before a capital: a literal the engine
# scans for in C, so the look-behinds above run only in the few words before each one.
_STOP_BEFORE_QUOTE = lazy_compile(r"\. [“\"][A-Z]")


def _bare_tags_before_quotes(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BARE_TAG_BEFORE_QUOTE.finditer(text)``, searched for only in the
    window before each ``said. “X`` / ``added. “X``: a match's speaker is at most three
    words with one space between them, so it starts after the fourth space back (or at
    its line's start)."""
    done = 0  # where the last match ended: finditer's matches never overlap
    for hint in _STOP_BEFORE_QUOTE.finditer(text):
        stop = hint.start()
        verb = stop - 5 if text.endswith(" said", 0, stop) else stop - 6 if text.endswith(" added", 0, stop) else -1
        if verb < 0:
            continue
        line_start = text.rfind("\n", 0, stop) + 1
        space = verb
        for _ in range(3):
            space = text.rfind(" ", line_start, space) if space > line_start else -1
        match = _BARE_TAG_BEFORE_QUOTE.search(text, max(done, space + 1 if space >= 0 else line_start), stop + 4)
        while match is not None and match.end() < stop + 1:
            match = _BARE_TAG_BEFORE_QUOTE.search(text, match.end(), stop + 4)
        if match is not None:
            done = match.end()
            yield match


@rule(
    "QM012",
    "stop-after-tag-before-quote",
    "punctuation",
    Safety.UNSAFE,
    bad=[
        ("The dig ends in May.\n\nRuiz said. “We will need two more years to finish.”",
         "The dig ends in May.\n\nRuiz said: “We will need two more years to finish.”"),
        ("Rain fell. Judge Ana Ruiz told the jury. “You must set aside what you read in the papers.”",
         "Rain fell. Judge Ana Ruiz told the jury: “You must set aside what you read in the papers.”"),
        ("The vote was close. Mayor Tom Reed told reporters afterwards. “Nobody won tonight.”",
         "The vote was close. Mayor Tom Reed told reporters afterwards: “Nobody won tonight.”"),
        ("The pool will shut. The head of the swim club wrote in a letter. “We have nowhere to train.”",
         "The pool will shut. The head of the swim club wrote in a letter: “We have nowhere to train.”"),
        ("Rain fell. Speaking after the match, Ruiz said. “We gave everything.”",
         "Rain fell. Speaking after the match, Ruiz said: “We gave everything.”"),
        ("In a statement on Friday, the ministry added. “No date has been set.”",
         "In a statement on Friday, the ministry added: “No date has been set.”"),
    ],
    good=[
        "Ruiz said: “We will need two more years.”",
        "“The dig ends in May,” Ruiz said. “We will need two more years.”",
        "The dig ends in May, Ruiz said. “We will need two more years.”",
        "It said. “The plan is set.”",
        "“The dig is over.” Ruiz said. “We will need two more years.”",
        "“It is quiet,” a trader at a U.S. Bank said. “Nobody is buying.”",
        "Judge Ana Ruiz told the jury. “You must decide,” she said.",
        "Rain fell. Ruiz told the story again. “It was cold,” she said.",
        "The dig is over, Ruiz told reporters. “We will need two more years.”",
        "Ruiz told the jury that the case was simple. “You must decide.”",
        "The talks failed on Friday, Ruiz said. “We will try again.”",
        "In May, prices rose, the ministry said. “Demand is strong.”",
    ],
)
def stop_after_tag_before_quote(doc: Document, self: Rule) -> Iterator[Edit]:
    """A speech tag made a sentence of its own before the quotation it introduces
    ("Ruiz said. “We will …”").

    MT that splits at every verb ends the tag with a stop; English introduces a quotation
    with a colon. Only a sentence that is nothing but a speaker and "said"/"added", right
    before an opening mark and a capital, at a paragraph start or after a plain sentence,
    is taken; a tag that closes the sentence before it ("…, Ruiz said. “We …") is good
    English, and one after a quotation is QM009's. Unsafe: the tag may belong to the sentence
    before, cut off by a false stop.
    """
    text = doc.text
    for stop in fronted_tags_before_quotes(text):
        yield self.edit(stop, stop + 1, ":", "Speech tag cut off the quotation it opens.", 0.7)
    for stop in cut_tags_before_quotes(text):
        # 'Judge Ana Ruiz told the jury. “You …”' (speech_marks_inverted): a hearer or a time after the verb.
        yield self.edit(stop, stop + 1, ":", "Speech tag cut off the quotation it opens.", 0.7)
    if "said. " not in text and "added. " not in text:
        return
    for match in _bare_tags_before_quotes(text):
        if match.group().split()[0] in _NOT_SPEAKERS:
            continue
        before = text[max(0, match.start() - 30) : match.start()].split()
        if before and "." in before[-1][:-1]:
            continue  # "… of C.J. Lawrence said.", "a U.S. Bank said.": an abbreviation, not a stop
        yield self.edit(match.start("stop"), match.end("stop"), ":", "Speech tag cut off the quotation it opens.", 0.7)


# QM007 and QM008 live in speech_marks_foreign; the registry lists them just before these.
RULES = (stop_before_speech_tag, colon_speech_without_marks, lone_guillemet,
         stop_after_tag_before_quote)
