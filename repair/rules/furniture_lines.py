"""Page furniture told by a line's shape: reader prompts, player counters, marker rules, page notices.

The lines :mod:`repair.rules.furniture` recognises by their label ("Also read:") have
relatives that carry no fixed label. What they share is a shape no article sentence has:

* **addressed to the reader**: an imperative call to act ("sign up", "download",
  "subscribe") on the publisher's own channel ("our newsletter", "here", "your inbox");
* **a media counter**: a player's running time ("(1:42)", "4 min") on a line with no
  sentence stop;
* **a marker between rules of symbols** ("--- ADVERTISING ---", "*** Sponsored ***");
* **a notice about the page itself**: "This article was translated ..." as the first or
  last line, the publisher speaking about its own copy;
* **a link list**: a short label with no verb over stop-less headline lines
  (:mod:`repair.rules.furniture_link_lists`, PF008, which reads lines with this
  module's ``_body`` and ``_stops``).

Every deletion removes whole lines, so sentences are never cut. Unsafe, like the rest of
the furniture family: publishers keep some furniture on purpose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import MAX_LINE_CHARS, _delete, _lines

# Decoration before a line's words: bullets, arrows and play glyphs a player or list shows.
_LEAD_GLYPHS = "▶►▸▷→»•·■□◆◇●○★☆✓✔-–—|>* \t"
MAX_PROMPT_WORDS = 25
# A call to act on the publisher's channel: the verb (imperative, so lower-case after a
# dash or opening the line) ...
_CALL_VERB = lazy_compile(
    r"(?i)(?:^|[—–:|?]\s*|\s-\s)(?:please\s+|you\s+(?:can|may|could)\s+(?:also\s+)?)?(?:sign\s+up|subscribe|download|register|follow\s+us|click|tap|"
    # "Follow all the results in our live coverage": "follow" is a call only toward "our"/"live".
    r"(?:follow|keep\s+up\s+with)\b(?=[^\n]{0,80}\b(?:our|live)\b)|"
    r"read|share|print|copy|e-?mail|sign\s+in|log\s+in|"
    # "Get the week's best in your inbox": a call whatever is offered, when the reader's inbox receives it
    r"get\s+(?:our|the\s+latest|breaking|free|(?=[^\n.!?]{0,60}\bin\s+your\s+inbox\b))|join\s+(?:us|our)|turn\s+on|contact\s+us|write\s+to\s+us|(?:send|tell)\s+us|listen\s+to|watch|stay\s+(?:informed|updated|"
    r"up\s+to\s+date)|never\s+miss|want\s+(?:more|the\s+latest)|don[’']t\s+miss)\b"
)
# ... and the channel it points at: the publisher's own (first person plural, second person,
# "here") or a product of the page (app, newsletter, alerts).
_CHANNEL = lazy_compile(
    r"(?i)\b(?:our|your|you|us|here|newsletters?|app|alerts?|inbox|podcasts?|briefing|notifications|link|"
    r"comments?|(?:new|this)\s+(?:article|story|video|episode|page|window|tab))\b"
)
# A sentence reporting someone ("the agency said", "told reporters") is article text, and
# so is one in the first person singular ("click here to see my plans"): a publisher's
# prompt speaks as "we" and "our", a person quoted in the story as "I".
_REPORTING = lazy_compile(r"\b(?:said|says|told|according|announced|urged|asked|warned|I|my|me|mine)\b")
# A player's running time: "(1:42)", "[03:15]", "4 min", "12 mins", "5 min read".
_COUNTER = lazy_compile(r"(?:[(\[]\d{1,2}(?::\d{2}){1,2}[)\]]|\b\d{1,3}\s?mins?\.?(?:\s(?:read|listen|watch))?"
                      r"|[(\[]\d{1,3}\s?mins?\.?[)\]]|(?i:\b(?:reading|listening|running)\s+time:?\s+\d{1,3}\s?"
                      r"(?:mins?|minutes?))|\b\d{1,3}\s(?:photos|images|pictures|videos|slides))[ \t]*$")
_RULE_SYMBOLS = "-=*_~#+<>|"  # the first character of a ``_MARKER`` line
# A label with the count of what it links to: "Comments (14)", "Replies [3]".
_COUNTED_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?[ \t]?[(\[]\d{1,5}[)\]]$")
# A marker word alone in brackets: "[ADVERTISEMENT]", "(Sponsored)" (a longer bracketed
# line is a table's note or a pointer to another page: "(See index on page 4)").
_BRACKETED_MARKER = re.compile(r"^[(\[](?:[A-Z]{4,20}|[A-Z][a-z]{3,20})[)\]]$")
# A marker word set between runs of symbols: "--- ADVERTISING ---", "*** Sponsored ***".
_MARKER = lazy_compile(r"^[ \t]*([-=*_~#+<>|]{2,})[ \t]*[A-Za-z][A-Za-z' ]{1,30}[ \t]*([-=*_~#+<>|]{2,})[ \t]*$")
# The publisher speaking about its own copy: "This article was automatically translated
# from ...", "This story was produced with ...", "Translated from the Spanish by ...".
_SELF_NOTICE = lazy_compile(
    # A label may head the notice: "Disclaimer: This article was generated from ...".
    r"(?i)^(?:(?:disclaimer|note|notice|editor[’']s\s+note|important|transparency\s+note)\s*:\s*)?"
    r"(?:the\s+(?:article|story|report|text|content|piece)\s+(?:was|has\s+been|is)\s+(?:\w+ly\s+)*"
    r"(?:machine[- ])?translated\b"
    r"|(?:this|the\s+present)\s+(?:article|story|report|text|content|piece|page|version|transcript)"
    r"\s+(?:was|has\s+been|is|had\s+been)\s+(?:\w+ly\s+|partly\s+|partially\s+|first\s+|also\s+)*"
    r"(?:translated|machine[- ]translated|generated|produced|written|adapted|published|created|part\s+of"
    r"|reproduced|republished|reprinted|syndicated)\b"
    # The source is a language or a publication, named with its capital ("Adapted from a
    # novel by ..." is a credit of the story's own).
    r"|(?:automatically\s+|machine[- ])?(?:translated|adapted)\s+(?:automatically\s+)?from\s+(?:the\s+)?(?-i:[A-Z]))"
)
_TRANSLATED = lazy_compile(r"(?i)\btranslat")
# The words a ``_SELF_NOTICE`` match opens with (lower-cased): its label or its subject.
_NOTICE_OPENERS = ("disclaimer", "note", "notice", "editor", "important", "transparency", "the", "this",
                   "automatically", "machine", "translated", "adapted")
_NOTICE_HEAD = max(map(len, _NOTICE_OPENERS))


def _may_open_notice(body: str) -> bool:
    """False only where ``_SELF_NOTICE.match(body)`` must fail (asked first, as
    :func:`_may_open_call` is): the line opens with one of _NOTICE_OPENERS, or with a head
    that is not ASCII once lower-cased (a letter (?i) equates with an ASCII one)."""
    head = body[:_NOTICE_HEAD].lower()
    return head.startswith(_NOTICE_OPENERS) or not head.isascii()

# A notice's second sentence about the same copy: "The original version prevails ...".
_ABOUT_VERSION = lazy_compile(r"(?i)^(?:the\s+)?(?:original|source|\w+-language)\s+(?:version|text|article|edition)\b"
                              r"[^.!?]{0,80}[.!?]?$|^in\s+case\s+of\s+(?:doubt|discrepanc)")
# A service piece's title, a link to another page: it speaks to the reader ("how to protect
# yourself", "what you need to know"); a story's own cross-head names its subject.
_SERVICE_TITLE = lazy_compile(
    r"(?i)\b(?:how|what|when|where|why|whether)\s+(?:to|you|your)\b[^\n.!?]{0,60}?\b(?:you|your|yourself|yourselves)\b"
    r"|\b(?:what|everything|all)\s+you\s+(?:need|should|must|have)\s+to\s+know\b"
)


def _body(text: str) -> str:
    """The line's words without the glyphs a list or player puts before them (an emoji
    too: "📲 Download ...", a symbol no sentence opens with)."""
    body = text.lstrip(_LEAD_GLYPHS)
    while body and ord(body[0]) >= 0x2190 and not body[0].isalnum() and body[0] not in "“‘„«‹":
        body = body[1:].lstrip(_LEAD_GLYPHS)
    return body


def _stops(text: str) -> bool:
    """Whether the line ends as a sentence does (a stop, a closing quote after one)."""
    return text.rstrip()[-1:] in ".!?\"”’'"


def reader_prompt(text: str) -> bool:
    """Whether a whole line is a prompt addressed to the reader: short, a call to act on
    the publisher's channel, and no report of what someone said.

    >>> reader_prompt("Get breaking news on your phone: download our app.")
    True
    >>> reader_prompt("The firm said users must download the app by May.")
    False
    """
    return _prompt(_body(text))


def _prompt(body: str) -> bool:
    """:func:`reader_prompt` of a line whose leading glyphs are cut (``_body``)."""
    # The call verb first (rarest): it stands at the line's start or after a separator, so
    # an anchored match and a look for the separators settle most lines without a search.
    if not ((_may_open_call(body) and _CALL_VERB.match(body)) or _call_after_separator(body)):
        return False
    if len(lexicon.words(body)) > MAX_PROMPT_WORDS or _REPORTING.search(body):
        return False
    return bool(_CHANNEL.search(body))


# The next sentence opens with a capital, or with a widget's symbol ("... a draw. 💬 7 comments").
_SENTENCE_BREAK = re.compile(r"[a-z0-9]\. +(?=[A-Z]|[^\w\s\"“‘'(\[])")
# The reader or the publisher addressed: a first sentence naming them is part of the prompt.
_ADDRESSED = re.compile(r"(?i)\b(?:you|your|our|us|we)\b")


def _story_first(body: str) -> bool:
    """Whether a line opens with a story sentence before its prompt ("The council met on
    Tuesday. Don't miss a story: sign up ..."): a first sentence holding a clause and no
    call. Only the prompt after it is furniture (PF010 cuts it); the line is not. A
    question or a sentence speaking to the reader ("Want the best reads in your inbox?")
    opens the prompt itself."""
    stop = _SENTENCE_BREAK.search(body)
    if stop is None:
        return False
    first = body[: stop.start() + 2]
    return (lexicon.has_clause(lexicon.words(first)) and not reader_prompt(first)
            and _ADDRESSED.search(first) is None)


# What a promo offers: the publisher's own copy or its delivery ("our journalism", "your
# inbox", "unlimited access"). A story that speaks to the reader ("If you were born after
# 1960, your pension age rises") names none of these.
_COPY_NOUNS = (r"(?:news|stories|story|articles?|journalism|journalists|reporting|newsletters?|inbox|briefing|"
               r"updates|alerts|headlines|access|subscription|app|podcasts?|edition)\b")
_PUBLISHER_COPY = re.compile(r"(?i)\b" + _COPY_NOUNS)
# The copy owned by the publisher or the reader, "our journalism", "your daily inbox": a
# story's "good news for you" owns nothing.
_OWN_COPY = re.compile(r"(?i)\b(?:our|your)\s+(?:[\w'’-]+\s+){0,2}" + _COPY_NOUNS)
_QUOTE_MARKS = frozenset("\"“”„«»")
# The reader's own delivery channel a promo sends the copy to ("... news every morning in
# your email"), beside a copy noun; a story's "check your email" names no copy.
_OWN_DELIVERY = re.compile(r"(?i)\b(?:in|to|on|into)\s+your\s+(?:[\w'’-]+\s+)?(?:e-?mail|mailbox)\b")
# A reading wall's call: "Subscribe to continue reading", "Log in to keep reading".
_READING_WALL = re.compile(r"(?i)^(?:subscribe|sign\s+up|sign\s+in|log\s+in|register)\b[^.!?]{0,30}"
                           r"\bto\s+(?:continue|keep|start)\s+read")  # the split may take "reading"'s last letter
# The wall's question about the reader's account: "Already a subscriber?", "Not a member yet?".
_ACCOUNT_QUESTION = re.compile(r"(?i)^(?:already|not)\s+(?:yet\s+)?(?:a\s+)?(?:subscriber|member|registered|"
                               r"signed\s+up|have\s+an\s+account)(?:\s+yet)?\s*\?$")


def _promo_sentence(part: str) -> bool:
    """Whether one sentence of a promo line is the promo's: it names the publisher's or the
    reader's copy ("our journalism", "your inbox"), calls the reader to act on it, sends the
    copy to the reader's channel ("news ... in your email"), walls the text off ("Subscribe
    to continue reading") or asks after the reader's account ("Already a subscriber?")."""
    part = part.strip()
    return (_OWN_COPY.search(part) is not None
            or (_may_open_call(part) and _CALL_VERB.match(part) is not None
                and _PUBLISHER_COPY.search(part) is not None)
            or (_PUBLISHER_COPY.search(part) is not None and _OWN_DELIVERY.search(part) is not None)
            or _READING_WALL.match(part) is not None or _ACCOUNT_QUESTION.match(part) is not None)


def promo_remainder(text: str) -> bool:
    """Whether what is left of a line once a button is cut from its end is more of the same
    promo, so the whole line is furniture: a prompt to the reader (:func:`reader_prompt`),
    or one or two sentences of at most ``MAX_PROMPT_WORDS`` words, each naming the copy of
    the publisher or the reader ("our journalism", "your inbox") or calling the reader to
    act on it ("Stay up to date with the latest news"), quoting and reporting no one.

    >>> promo_remainder("Get the day's top stories delivered to your inbox every morning.")
    True
    >>> promo_remainder("If you were born after 1960, your pension age rises to 67.")
    False
    >>> promo_remainder("The mayor said our news service would close.")
    False
    >>> promo_remainder("The good news for you is that fares will fall.")
    False
    """
    body = _body(text).strip()
    if not body or reader_prompt(body):
        return bool(body)
    if _QUOTE_MARKS.intersection(body) or _REPORTING.search(body):
        return False
    if len(lexicon.words(body)) > MAX_PROMPT_WORDS:
        return False
    sentences = [part for part in _SENTENCE_BREAK.split(body) if part.strip()]
    return len(sentences) <= 2 and all(_promo_sentence(part) for part in sentences)


# The words a ``_CALL_VERB`` match at a line's start opens with (lower-cased; "e" for "e-mail").
_CALL_OPENERS = ("please", "you", "sign", "subscribe", "download", "register", "follow", "click", "tap", "keep",
                 "read", "share", "print", "copy", "e", "get", "join", "turn", "contact", "write", "send", "tell",
                 "listen", "watch", "stay", "never", "want", "don", "log")
_CALL_HEAD = max(map(len, _CALL_OPENERS))


def _may_open_call(body: str) -> bool:
    """False only where ``_CALL_VERB.match(body)`` must fail: asked first, since the
    pattern's case-insensitive branches cost about 0.5 µs a line. A line opening with a
    letter opens with one of _CALL_OPENERS; one opening otherwise (a separator) is left to
    the pattern, and so is a head that is not ASCII once lower-cased (it may hold a letter
    that (?i) equates with an ASCII one: "ſ", "ı")."""
    head = body[:_CALL_HEAD].lower()
    return not head[:1].isalpha() or head.startswith(_CALL_OPENERS) or not head.isascii()


# Where ``_CALL_VERB`` can match other than at the line's start: after one of these (a
# hyphen only between spaces, `\s-\s`). Only whether there is one is asked; one leading
# character set lets the engine skip to a candidate in C (``[—–:|?]|\s-\s`` was tried at
# every space: 8 ms per MB of news against 2.4; same answer by test, test_hot_paths.py).
_CALL_SEPARATOR = lazy_compile(r"[-—–:|?](?:(?<=-)(?<=\s-)(?=\s)|(?<!-))")


def _call_after_separator(body: str) -> bool:
    """``bool(_CALL_SEPARATOR.search(body) and _CALL_VERB.search(body))`` where
    ``_CALL_VERB.match(body)`` fails: a match after the start opens at a separator (a mark,
    or the space before a spaced hyphen), so it is tried at each ``_CALL_SEPARATOR`` hit
    only, where the search, led by an alternation with a start and a blank, was tried at every
    position of each line holding a separator (PF007 on 4 MB of news: 56 -> 49 ms)."""
    # Every separator is one of these characters: a line with none (most) needs no scan.
    if not ("-" in body or ":" in body or "?" in body or "|" in body or "—" in body or "–" in body):
        return False
    for separator in _CALL_SEPARATOR.finditer(body):
        at = separator.start()
        if _CALL_VERB.match(body, at - 1 if body[at] == "-" else at):
            return True
    return False


@rule(
    "PF007",
    "reader-prompt-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Rates rose.\n\nGet the day's top stories in your inbox — sign up for our briefing.\n\nIt fell.",
         "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nDownload our app for breaking news alerts.", "Rates rose."),
        ("Rates rose.\n\nHear this story read aloud 6 min\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\n► Video: Flooded streets in the old town (2:05)\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\n*** SPONSORED CONTENT ***\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nThis story was machine-translated from the German original.", "Rates rose."),
        ("Translated from the Portuguese by our foreign desk.\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nComments (14)\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\n[ADVERTISEMENT]\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nPrint this page\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Listening time: 6 min.\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nSpotted something wrong? Write to us", "Rates rose."),
        ("Rates rose.\n\n📱 Get our app for live results", "Rates rose."),
        ("Rates rose.\n\nThis story was translated from Greek. The original text is the reference.", "Rates rose."),
        ("Rates rose.\n\nNote: This story was produced with the help of an automated system.", "Rates rose."),
    ],
    good=[
        "The bank urged customers to download its app before the old one closes.",
        "Subscribers to the newsletter fell by 4% last year, the company said.",
        "Please register your vote before Friday, the election board told residents.",
        "The race lasted 4 min 12 s.",
        "Rates rose.\n\nThe winner ran the last lap in 1 min.",
        "Rates rose.\n\nThe race lasted 4 min.",
        "Rates rose.\n\nTHE DEBATE\n\nIt fell.",
        "Rates rose.\n\n* * *\n\nIt fell.",
        "This article was the third in the series.",
        "Rates rose.\n\nPlease click on the link below to see my drawings of the new hall.",
        "Rates rose.\n\nTranslated from Peruvian soles at 3.7 soles to the dollar.",
        "Rates rose.\n\nRead the report, the minister told us, and judge for yourselves.",
        "Rates rose (by 4%).\n\nPrint media lost readers\n\nIt fell.",
        "The port reopened on Monday. Never miss an update: join our channel!",
        "Talks (round 2)",
        "Rates rose.\n\nThis report was written by the central bank's staff, the minister said, and it is final.",
        "Rates rose. This story was first published in 2019 and has since been updated.\n\nIt fell.",
    ],
)
def reader_prompt_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A line addressed to the reader or to the page, not part of the story: a call to act
    on the publisher's channel ("Download our app", "... — sign up here"), a player's
    label with its running time ("Listen to this article 4 min", "▶ Watch: ... (1:42)"),
    a marker word between rules of symbols ("--- ADVERTISING ---"), or the publisher's
    notice about its own copy as the text's first or last line ("This article was
    translated from ...").

    Each is told by its shape (an imperative to the reader with "our"/"your"/"here", a
    counter on a stop-less line, symbol rules on both sides, the page naming itself), not
    by a list of phrases. A line that reports what someone said is never one. Unsafe: a
    publisher may keep its prompts and notices.
    """
    paragraphs = doc.paragraphs
    last = len(paragraphs) - 1
    for index, para, text in _lines(doc):
        if len(text) > MAX_LINE_CHARS:
            continue
        body = _body(text)
        if not body:
            continue
        # "Reading time: 3 min.": the stop after "min" closes the abbreviation, not a sentence
        # (one with a clause, "The race lasted 4 min.", is a sentence).
        stops = _stops(body)
        counter = ((not stops or (body.endswith(("min.", "mins."))
                                         and not lexicon.has_clause(lexicon.words(body))))
                   and _COUNTER.search(body) is not None and len(lexicon.words(body)) <= 16)
        # Each marker pattern is anchored: a rule of symbols opens the line (a paragraph
        # opens at its first non-space), a counted or bracketed label closes it with a bracket.
        marker = ((text[0] in _RULE_SYMBOLS and _MARKER.match(text) is not None and len(body.split()) <= 6)
                  or (body[-1] in ")]" and (_COUNTED_LABEL.match(body) is not None
                                            or _BRACKETED_MARKER.match(body) is not None)))
        # A notice that the copy was translated is the page's wherever it stands (a scrape may
        # drop it between paragraphs); other notices only open or close the text.
        # The anchored notice match first: it settles nearly every line (0.9 ms per MB of
        # news against 4.5 for the "translat" search it used to follow).
        # The notice may stand in brackets: "(This article is reproduced from ...)".
        plain = body[1:-1] if body[:1] == "(" and body[-1:] == ")" else body
        notice = (_may_open_notice(plain) and _SELF_NOTICE.match(plain) is not None
                  and (index in (0, last) or _TRANSLATED.search(body[:80]) is not None)
                  and len(lexicon.words(body)) <= MAX_PROMPT_WORDS and not _REPORTING.search(body)
                  and (body.count(". ") == 0 or _ABOUT_VERSION.search(body.split(". ", 1)[1]) is not None)
                  and not any(c.isdigit() for c in body))
        # Not a line of the page's own title block (its kicker, headline and standfirst, before
        # the story's first sentence): a headline may speak to the reader; a link comes later.
        service = (index > 0 and not stops and _SERVICE_TITLE.search(body) is not None
                   and len(lexicon.words(body)) <= 16 and not _REPORTING.search(body)
                   and index > _first_sentence(doc))
        if notice and 0 < index < last and not (counter or marker or service):
            # Inside the text the notice goes with the break before it, so the lines after it
            # stay whole for the rules that read them as one block (a closing link list).
            yield self.edit(paragraphs[index - 1].end, para.end, "", "Page notice, not article text.", 0.75)
        elif counter or marker or notice or service or (_prompt(body) and not _story_first(body)):
            yield _delete(self, doc, para.start, para.end, "Reader prompt or page notice, not article text.", 0.75)


def _first_sentence(doc: Document) -> int:
    """The index of the story's first prose paragraph: the first that ends as a sentence
    does or is longer than a line; the number of paragraphs when none is."""
    for index in range(len(doc.paragraphs)):
        text = doc.paragraph_text(index)
        if len(text) > MAX_LINE_CHARS or _stops(text):
            return index
    return len(doc.paragraphs)


RULES = (reader_prompt_line,)
