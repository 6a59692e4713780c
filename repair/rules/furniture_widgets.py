"""Page widgets kept as body lines: share bars, ad slots, player labels, shortcut hints.

A page's widgets survive a scrape as short lines and a translation round trip renders
their labels word for word ("Publicité" comes back as "Publicity", "Anzeige" as
"Display", "Escuchar la nota" as "Listen to the note"). Each kind is told by the class
of the line, not by the words of an example:

* **a share bar**: share or send actions and the names of the channels they post to,
  with no other words ("Share on X  Send by email");
* **an ad slot**: a word of the advertising class alone on a line, or a prompt to read
  on past the slot ("Read on after the ad");
* **an action on the page's own copy**: one UI verb before "this/the" and a noun naming
  the copy ("Comment on this article", "Rate this story");
* **a shortcut hint**: an instruction holding a key combination ("press Ctrl+Enter");
* **a weather widget**: a temperature reading beside a sky condition, no verb;
* **a media or more-on label before a title**: "Photo gallery: ...", "More on Site: ...";
* **a link label left with nothing after it**: a verbless line of link words ending in
  a colon as the text's last line ("Also worth a look:").

The link labels are read in :mod:`repair.rules.furniture_widget_labels`, the page's own
controls and notes (buttons, contact lines, cookie banners, pagers) in
:mod:`repair.rules.furniture_page_chrome`.

Every deletion removes a whole line. Unsafe, like the rest of the furniture family.
"""

from __future__ import annotations

from collections.abc import Iterator

from repair import lexicon
from repair.document import Document
from repair.edits import Edit, Safety
from repair.rules.base import Rule, lazy_compile, rule
from repair.rules.furniture import _delete, _lines
from repair.rules.furniture_lines import _REPORTING
from repair.rules.furniture_notes import _holds_verb
from repair.rules.furniture_page_chrome import contact_line, control_line, page_note
from repair.rules.furniture_widget_labels import dangling_label, inner_label, labelled_link

MAX_WIDGET_CHARS = 160
# Share-bar actions, and the words that join them to a channel ("on", "to", "by", "via").
_SHARE_VERBS = frozenset("share send email e-mail mail tweet print copy post forward pin save".split())
_SHARE_GLUE = frozenset("to on by via with this the a link article story page friend email e-mail mail "
                        "it".split())
# The advertising class: the English markers and their word-for-word renderings back from
# the languages feeds come from (Anzeige, Publicité, Publicidad, Publicidade, Werbung, Reklama).
_AD_WORDS = frozenset(
    """advertisement advertisements advertising advert adverts ad ads publicity display sponsored anzeige
    publicité publicidad publicite werbung reklama pubblicità promoted publicidade publicitate reklame reklam
    advertentie reclame mainos hirdetés""".split()
)
_AD_PHRASES = frozenset({"sponsored content", "paid content", "paid post", "paid partnership",
                         "advertising content", "promoted content", "partner content"})
# Reading on past the slot: "Read on after the ad", "The article continues below the advertising".
_PAST_THE_AD = lazy_compile(
    r"(?i)^(?:(?:please )?(?:read on|keep reading|continue reading|reading continues|read more|read the rest)"
    r"|(?:the )?(?:article|story|text|report|news|content) (?:continues|goes on)"
    # The subject dropped, as a translation of "Continua após a publicidade" leaves it.
    r"|(?:it )?(?:continues|continued)(?: reading)?)"
    r"(?: (?:here|below))? (?:after|below|under|beneath|following|past) (?:the |this |an? )?"
    r"(?:ad|ads|advert|advertisement|advertising|publicity|display|commercial|break|announcement)\.?$"
    # The slot's marker with its prompt: "Advertisement - Scroll to continue".
    r"|^(?:advertisement|advertising|advert|ad|publicity|sponsored)[ \t]*[-–—|·:][ \t]*(?:scroll(?: down)? to"
    r" continue(?: reading)?|continue (?:reading|below)|skip(?: this)?(?: ad)?|story continues below)\.?$"
)
# One UI verb acting on the page's copy: "Listen to the note", "Comment on this article".
_COPY_ACTION = lazy_compile(
    r"(?i)^(?:click to |tap to )?(?:listen|comment|rate|share|print|save|bookmark|report|read|watch|hear|play"
    r"|download|like|follow|subscribe|cite|translate|send|email|recommend|copy|discuss|review)"
    r"(?: (?:on|to|about|for|in))? (?:this|the|our) "
    r"(?:(?:full|whole|complete|original) )?"
    r"(?:note|article|story|page|post|text|piece|report|item|news(?: item)?|video|audio|gallery|comments?|link)$"
)
# A key combination: "Ctrl+Enter", "Cmd + D", "Alt+F4".
_SHORTCUT = lazy_compile(r"\b(?:Ctrl|CTRL|Cmd|Alt|Shift|Control|Command)[ \t]?\+[ \t]?[A-Z0-9]\w*")
_SHORTCUT_VERBS = frozenset("press hit use select highlight mark tap type click".split())
# A temperature reading and a sky condition: a weather box.
_TEMPERATURE = lazy_compile(r"-?\d{1,2}(?:[.,]\d)?[ \t]?°[ \t]?[CF]?\b")
_SKY = frozenset("""rain rainy showers shower snow snowy sleet sunny sun cloudy clouds overcast clear fog foggy
    mist misty drizzle windy wind storms stormy thunderstorms thunder fair hail haze hazy""".split())


def share_bar(body: str) -> bool:
    """Whether a stop-less line is only share actions and the channels they post to.

    >>> share_bar("Share on Facebook  Share on X  Send by email")
    True
    >>> share_bar("Share prices rose on Monday")
    False
    """
    if body[-1:] in ".!?":
        # Asked first (the split below is the costly part): a stop stays on the last word,
        # which is then no "link"/"url", and a bar of actions ends in no stop.
        return False
    words = body.replace(":", " : ").replace("|", " ").replace("/", " ").replace(",", " ").split()
    if 4 <= len(words) <= 10 and words[-2].lower() == "copy" and words[-1].lower() in ("link", "url"):
        # The buttons named by their channels alone, the bar closed by its copy-link button
        # ("Messenger Facebook X Copy link"): capitalised names and nothing else before it.
        return all(w[:1].isupper() for w in words[:-2])
    if not words or words[0].lower() not in _SHARE_VERBS or len(words) > 14:
        return False
    # A bar says where to post: a second action, or the first one's "to"/"on"/"by"/"via"/":"
    # ("Save the Children", "Post Office Horizon" name things and post nowhere).
    if len(words) < 2 or words[1].lower() not in ("to", "on", "by", "via", ":") and \
            sum(w.lower() in _SHARE_VERBS for w in words) < 2:
        return False
    channels = 0
    for word in words[1:]:
        lowered = word.lower()
        if lowered in _SHARE_VERBS or lowered in _SHARE_GLUE or word == ":":
            channels += lowered in ("email", "e-mail", "mail", "friend")
        elif word[:1].isupper() or word[:1] in "@#":
            channels += 1
        else:
            return False
    return channels > 0


def ad_slot(body: str) -> bool:
    """Whether a line marks an ad slot: an advertising word alone, or a prompt to read on past one.

    >>> ad_slot("Publicity")
    True
    >>> ad_slot("Read on after the ad")
    True
    >>> ad_slot("Reaction")
    False
    """
    plain = body.strip(" \t-–—*·•|[]()").rstrip(".:")
    # Lower-casing never shortens a string: a longer line is no word or phrase of the class.
    if len(plain) <= _AD_LONGEST and (plain.lower() in _AD_WORDS or plain.lower() in _AD_PHRASES):
        return True
    # Every _PAST_THE_AD match ends in one of _PAST_THE_AD_ENDS: the pattern (a dozen
    # case-insensitive branches) is tried only on such a line. A tail that is not ASCII once
    # lower-cased may hold a letter (?i) equates with an ASCII one ("ſ", "ı"): tried too.
    tail = body[-_PAST_THE_AD_TAIL - 1 :].lower().removesuffix("\n")  # "$" also matches before a final "\n"
    return (tail.endswith(_PAST_THE_AD_ENDS) or not tail.isascii()) and _PAST_THE_AD.match(body) is not None


_AD_LONGEST = max(map(len, _AD_WORDS | _AD_PHRASES))
# The last words of _PAST_THE_AD's branches, each with its optional stop.
_PAST_THE_AD_ENDS = tuple(word + stop for word in """ad ads advert advertisement advertising publicity display
    commercial break announcement continue reading below skip this""".split() for stop in ("", "."))
_PAST_THE_AD_TAIL = max(map(len, _PAST_THE_AD_ENDS))


def shortcut_hint(body: str) -> bool:
    """Whether a line tells the reader to press a key combination (and reports no one).

    >>> shortcut_hint("Spotted a typo? Highlight it and press Ctrl + Enter")
    True
    >>> shortcut_hint("Users can press Ctrl+Z to undo, the company said.")
    False
    """
    if _SHORTCUT.search(body) is None or _REPORTING.search(body):
        return False
    words = [w.lower() for w in lexicon.words(body)]
    return len(words) <= 25 and not _SHORTCUT_VERBS.isdisjoint(words)


def weather_box(body: str) -> bool:
    """Whether a stop-less, verbless line reads a temperature beside a sky condition.

    >>> weather_box("Oslo now: -3 °C | light snow")
    True
    >>> weather_box("Record 44°C in Seville")
    False
    >>> weather_box("Snow at 5°C in June")
    False
    """
    reading = _TEMPERATURE.search(body)
    if body[-1:] in ".!?" or reading is None:
        return False
    tokens = lexicon.words(body)
    if len(tokens) > 12 or _holds_verb([t for t in tokens if not t[:1].isupper()]):
        return False
    # A box's fields end on the reading and its sky ("6°C, rain", "18°C partly cloudy"); a
    # headline goes on after the figure ("Snow at 5°C in June").
    after = [w.lower() for w in lexicon.words(body[reading.end() :])]
    if len(after) > 4 or any(w not in _SKY and w not in _SKY_QUALIFIERS for w in after):
        return False
    return not _SKY.isdisjoint(t.lower() for t in tokens)


_SKY_QUALIFIERS = frozenset("light heavy partly mostly scattered few some and with c f".split())


# A disclaimer under its label: the page's legal note, whatever it says.
_DISCLAIMER = lazy_compile(r"^(?:Disclaimer|DISCLAIMER|Note to readers|NOTE TO READERS)[ \t]*:[ \t]*\S[^\n]{0,300}$")


@rule(
    "PF014",
    "page-widget-line",
    "boilerplate",
    Safety.UNSAFE,
    bad=[
        ("Rates rose.\n\nShare to: Line Telegram\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nShare on Facebook Share on X Send by email", "Rates rose."),
        ("Rates rose.\n\nPublicity\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nDisplay\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nThe story continues after the advertising\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nContinues after the publicity\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Listen to this story\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nRate this article", "Rates rose."),
        ("Rates rose.\n\nNoticed a mistake? Select the text and hit Ctrl+Enter.", "Rates rose."),
        ("Rates rose.\n\nLisbon today: 24 °C, sunny", "Rates rose."),
        ("Rates rose.\n\nSlideshow: a day on the trawlers\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nMore from Harbour Times: the full list of closures", "Rates rose."),
        ("Rates rose.\n\nOf related interest:", "Rates rose."),
        ("Rates rose.\n\nSee also:\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nDisclaimer: Views here are the writer's own.", "Rates rose."),
        ("Rates rose.\n\nAdvertising - Scroll down to continue\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nLeave a comment\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nShare this:\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nThis site uses cookies to improve your experience.", "Rates rose."),
        ("Rates rose.\n\nArchive photo: Harbour Press\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nCopyright Valley Media 2025", "Rates rose."),
        ("Rates rose.\n\n01:05 / 04:30\n\nIt fell.", "Rates rose.\n\nIt fell."),
        ("Rates rose.\n\nPage 1 of 4", "Rates rose."),
        ("By Jo Hart, harbour reporter | jo.hart@example.org\n\nRates rose.", "Rates rose."),
        ("Rates rose.\n\nFollow Ana Ruiz on @anaruiz_news", "Rates rose."),
    ],
    good=[
        "Share prices rose on Monday.\n\nIt fell.",
        "Rates rose.\n\nShare of the vote\n\nIt fell.",
        "Rates rose.\n\nSave the Children\n\nIt fell.",
        "Rates rose.\n\nReaction\n\nIt fell.",
        "Rates rose.\n\nPublicity stunts backfire\n\nIt fell.",
        "Rates rose.\n\nFollow the money\n\nIt fell.",
        "Rates rose.\n\nThe app lets users press Ctrl+Z to undo, the developer said.",
        "Rates rose.\n\nRecord 44°C in Seville\n\nIt fell.",
        "Temperatures reached 38 °C under clear skies on Monday.",
        "Rates rose.\n\nVideo evidence: the court saw the footage twice.\n\nIt fell.",
        "Rates rose.\n\nThe minister said:",
        "Rates rose.\n\nKey figures:\n\nOutput: 4%.",
        "Rates rose.\n\nOther measures:\n\nA tax on fuel.",
        "Rates rose.\n\nTalks continue after the break\n\nIt fell.",
        "The bakery sold 4,000 cookies on Saturday, the owner said.",
        "Rates rose.\n\nCopyright law\n\nIt fell.",
        "Rates rose.\n\nThe 2-1 win came at 90:00.\n\nIt fell.",
        "Rates rose.\n\n1 2 3 4\n\nIt fell.",
        "Rates rose.\n\nSign of the times\n\nIt fell.",
        "Rates rose.\n\nFile photos show the ship at sea before it sank.",
        "Rates rose.\n\nThe account @harbourpolice posted a warning on Monday",
    ],
)
def page_widget_line(doc: Document, self: Rule) -> Iterator[Edit]:
    """A page widget left as a body line: a share bar, an ad slot (or a prompt to read on
    past it), a UI action on the page's copy ("Comment on this article"), a key-shortcut
    hint, a weather box, a media or more-on label before a title, or a link label with
    nothing after it closing the text.

    Each is a class of line no story sentence has: only share actions and channel names;
    a word of the advertising class alone; one UI verb and "this/the" + the copy's noun;
    a key combination with "press"; a temperature beside a sky condition and no verb; a
    media noun as the label. Unsafe: a publisher may keep its widgets.
    """
    paragraphs = doc.paragraphs
    last = len(paragraphs) - 1
    for index, para, text in _lines(doc):
        body = text.strip()
        if not body or len(body) > MAX_WIDGET_CHARS or (index == 0 and last == 0):
            continue
        # _COPY_ACTION ends on a noun: a line ending in anything but a letter is none.
        hit = (share_bar(body) or ad_slot(body) or (body[-1].isalpha() and _COPY_ACTION.match(body) is not None)
               or ("+" in body and shortcut_hint(body)) or ("°" in body and weather_box(body))
               or labelled_link(body) or (index == last and index > 0 and dangling_label(body))
               or control_line(body) or page_note(body) or ("@" in body and contact_line(body))
               or (body[:1] in "DdN" and _DISCLAIMER.match(body) is not None and not _REPORTING.search(body))
               or (0 < index < last and body.endswith(":") and inner_label(body, doc.paragraph_text(index + 1))))
        if hit:
            yield _delete(self, doc, para.start, para.end, "Page widget, not article text.", 0.75)


RULES = (page_widget_line,)
