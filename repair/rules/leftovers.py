"""Leftovers of the MT and tokenizer plumbing: escaped entities and split contractions."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from repair.document import Document
from repair.edits import Edit, Safety
from repair.markup import has_tags
from repair.rules.base import Rule, lazy_compile, rule

# A named or numeric character reference as MT services and XML pipelines leave them
# (the named ones are restricted to what HTML defines; html.unescape decides).
_ENTITY = lazy_compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# Entities whose decoded character would be invisible or a control: leave those alone.
_INVISIBLE = lazy_compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


@rule(
    "LO001",
    "escaped-entity",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("It&apos;s a good start, she said.", "It's a good start, she said."),
        ("He called it &quot;a turning point&quot; for the region.",
         "He called it \"a turning point\" for the region."),
        ("Smith &amp; Jones won the contract.", "Smith & Jones won the contract."),
        ("The caf&#233; reopened.", "The café reopened."),
        ("“We won,” she said. He called it &quot;a fluke.&quot;", "“We won,” she said. He called it “a fluke.”"),
    ],
    good=[
        "Smith & Jones won the contract.",
        "The code &foo is not an entity; neither is AT&T.",
        "Type &nbsp to see the symbol.",
        "<p>Smith &amp; Jones won the contract.</p>",
    ],
    scope="document",  # the text's quoting style is read from all of it
)
def escaped_entity(doc: Document, self: Rule) -> Iterator[Edit]:
    """An HTML/XML character reference left in the text ("It&apos;s", "&quot;", "&amp;").

    MT services return escaped markup and feeds often escape twice, so the reader sees
    the code instead of the character. Decoded with the standard library's
    ``html.unescape``; a reference it does not know, or one that decodes to an invisible
    character, is left alone; "&quot;" takes the text's own curly marks when it quotes
    with no straight ones. A text with HTML tags (a JSONL body in HTML) keeps its references:
    they are its markup. Unsafe: a text about markup may show a reference on purpose.
    """
    if "&" not in doc.text:
        return  # a substring test is far cheaper than the pattern scan
    text = doc.text
    if has_tags(text):
        return  # HTML: its references are markup, and "&lt;" decoded would open a tag
    # A text that quotes with curly marks only gets curly ones for "&quot;" too.
    curly = ("“" in text or "”" in text) and '"' not in text
    for match in _ENTITY.finditer(text):
        ref = match.group()
        char = html.unescape(ref)
        if char == ref or _INVISIBLE.search(char):
            continue
        if char == "\u00a0":
            char = " "
        if char == '"' and curly:
            before = text[match.start() - 1 : match.start()] if match.start() else ""
            char = "“" if before in ("", " ", "\t", "\n", "(", "[", "—", "–") else "”"
        yield self.edit(match.start(), match.end(), char, f"Escaped character “{ref}” left in the text.", 0.9)


# "do n't", "it 's", "we 're": a tokenizer split the clitic off and nobody joined it back.
_SPLIT_CLITIC = lazy_compile(r"\b([A-Za-z]+) (n[’']t|[’'](?:s|re|ve|ll|d|m))\b(?![’'\w])")
# A clitic split happens to whole texts; a lone " 's" may be a quote ("the 's' key").
_CLITIC_HINT = re.compile(r" n[’']t| [’'](?:s|re|ve|ll|d|m)\b")
_CLITIC_SUBSTRINGS = (" n'", " n’", " '", " ’")
_CLITIC_WORDS = frozenset(
    """do does did is are was were has have had could would should wo ca can must might need
    ai sha""".split()
)


@rule(
    "LO002",
    "split-contraction",
    "spacing",
    Safety.UNSAFE,
    bad=[
        ("We do n't expect a deal, he said.", "We don't expect a deal, he said."),
        ("It 's too early, and they 're tired.", "It's too early, and they're tired."),
        ("The bank wo n't cut rates.", "The bank won't cut rates."),
    ],
    good=[
        "We don't expect a deal.",
        "Press the 's' key twice.",
        "Rock 'n' roll is back.",
        "The word 'd' is a letter.",
    ],
)
def split_contraction(doc: Document, self: Rule) -> Iterator[Edit]:
    """A contraction split by a tokenizer ("do n't", "it 's"): detokenisation left undone.

    MT systems work on tokens and some publish them without joining clitics back. The fix
    removes the space. ``n't`` is joined after any word; ``'s``/``'re``/``'ll`` and the like
    only when followed by a space or punctuation, so a quoted letter ("the 's' key") stays.
    Unsafe: quoting styles vary.
    """
    text = doc.text
    # Every _CLITIC_HINT match holds one of these; substring tests come first (they are far cheaper).
    if not any(hint in text for hint in _CLITIC_SUBSTRINGS):
        return
    for match in _split_clitics(text):
        word, clitic = match.group(1), match.group(2)
        if clitic[0] != "n" and word.lower() in ("the", "a", "an", "press", "word", "letter", "key"):
            continue
        if word.endswith(("'s", "’s")) or (match.start() > 0 and doc.text[match.start() - 1] in "'’"):
            continue  # "SpA's 's": a doubled possessive, not a split one
        if clitic[0] == "n" and word.lower() not in _CLITIC_WORDS:
            continue
        end = match.end()
        if end < len(doc.text) and doc.text[end] in "’'":
            continue
        message = f"Contraction split by a tokenizer: “{word} {clitic}”."
        yield self.edit(match.start(), end, word + clitic, message, 0.85)


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _split_clitics(text: str) -> Iterator[re.Match[str]]:
    """``_SPLIT_CLITIC.finditer(text)``, tried only at the word before each hint.

    Every match holds a hint at its space (the hint is the space and the clitic), and can
    only start where the run of ASCII letters before that space starts; the full pattern
    tried at every word of a long text cost 25 ms a MB. Equal by test
    (tests/rules/test_hot_paths.py)."""
    end = 0
    for hint in _CLITIC_HINT.finditer(text):
        start = space = hint.start()
        while start > 0 and text[start - 1] in _ASCII_LETTERS:
            start -= 1
        if start == space or start < end:
            continue  # no word before the space, or the word is inside the last match
        match = _SPLIT_CLITIC.match(text, start)
        if match is not None:
            end = match.end()
            yield match


# An invisible character between two Latin letters: a zero-width space, a (non-)joiner, a
# direction mark, a word joiner or a soft hyphen that a web page or a converter left inside a
# word ("share\u200cholders"). Between the letters of scripts that need them (Persian, Indic)
# joiners shape the text; between Latin ones they only break search and spelling.
_INVISIBLE_IN_WORD = lazy_compile(r"(?<=[A-Za-z])[\u00ad\u200b-\u200f\u2060\ufeff]+(?=[A-Za-z])")
_INVISIBLE_CHARS = ("\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff")


@rule(
    "LO003",
    "invisible-in-word",
    "encoding",
    Safety.UNSAFE,
    bad=[
        ("Share\u200cholders will vote in May.", "Shareholders will vote in May."),
        ("The vote is on Mon\u200bday.", "The vote is on Monday."),
        ("The inter\u00adnational office shut.", "The international office shut."),
    ],
    good=["The vote is on Monday.", "The word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 is Persian.",
          "A\u200b B stays spaced."],
    scope="line",
)
def invisible_in_word(doc: Document, self: Rule) -> Iterator[Edit]:
    """An invisible character inside a Latin word ("share\u200cholders", "Mon\u200bday"):
    a zero-width space or joiner, a direction mark, a word joiner or a soft hyphen.

    Web pages and converters leave them; the reader sees one word but search, spelling and
    every later rule see two. Removed only between two Latin letters: between the letters
    of scripts that use joiners (Persian, Indic) they are part of the spelling. Unsafe until
    measured.
    """
    text = doc.text
    if not doc.beyond_latin1 and "\u00ad" not in text:
        return
    if not any(char in text for char in _INVISIBLE_CHARS):
        return
    for match in _INVISIBLE_IN_WORD.finditer(text):
        yield self.edit(match.start(), match.end(), "", "Invisible character inside a word.", 0.9)


RULES = (escaped_entity, split_contraction, invisible_in_word)
