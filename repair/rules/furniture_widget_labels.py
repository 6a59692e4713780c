"""Link labels left as body lines by a page's widgets, for PF014 (:mod:`repair.rules.furniture_widgets`).

Three kinds, each told by the class of the line, not by the words of an example:

* **a media or more-on label before a title**: "Photo gallery: ...", "More on Site: ...";
* **a link label left with nothing after it**: a verbless line of link words ending in
  a colon ("Also worth a look:"), deleted as the text's last line;
* **a link label inside the text whose link was lost**: strong link words and a colon
  ("Read also:") before a story sentence.

Pure functions of one stripped line (``body``) and, for the inner label, the paragraph
after it (``after``); each returns a bool.
"""

from __future__ import annotations

from repair import lexicon
from repair.rules.base import lazy_compile
from repair.rules.furniture_lines import _REPORTING
from repair.rules.furniture_notes import _holds_verb

# A media label and a title: "Photo gallery: ...", "In pictures: ...", "Video: ...".
_MEDIA_LABEL = lazy_compile(
    # A player's verb may lead the label: "Watch video: ...", "Listen to the podcast: ...".
    # ... after "Also": "Also watch the video: ...".
    r"^(?:(?:Watch|See|View|Listen(?: to)?|Play|Also (?:watch|see|view|listen to))(?: the| our)? )?"
    r"(?:(?:Photo|Video|Picture|Audio)s? (?:report|essay|special|feature)"
    r"|(?:(?:Photo|Video|Picture|Image|Audio)s? )?(?:[Gg]allery|[Ss]lide ?show|[Pp]hotos|[Pp]ictures|[Ii]mages"
    r"|[Vv]ideos?|[Aa]udio|[Pp]odcast|[Ii]nfographic|[Ii]nteractive|[Mm]ap|[Tt]imeline|[Qq]uiz|[Pp]oll"
    r"|In (?:pictures|photos|images|video)))[ \t]?:[ \t]+(?P<rest>\S[^\n]*)$"
)
# A gallery's link with its count and no title: "Photo gallery (12 photos)", "Slideshow (8 images)".
_COUNTED_GALLERY = lazy_compile(r"^(?:(?:Photo|Picture|Image)s? )?(?:[Gg]allery|[Ss]lide ?show)[ \t]*"
                                r"[(\[]\d{1,3} (?:photos|pictures|images|pics|slides)[)\]]$")
# "More on Site: ...", "More from Name: ...", a link label naming another page or outlet;
# a glued "More onSite" is the same label.
_MORE_ON = lazy_compile(
    r"^(?:More|Latest|Also|Read more|More news|More stories) (?:on|from|at) ?"
    r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}[ \t]?:[ \t]+(?P<rest>\S[^\n]*)$"
)
MAX_TITLE_WORDS = 20
_PLAYER_GLYPHS = "▶►▸▷→»•■□◆◇●○★☆"
# Words of a link label: one of these must stand in a dangling label ("Also interesting:").
_POINTER_WORDS = frozenset("""also more related interesting interest like read reading see other latest
    recommended popular next further similar too trending picks""".split())
MAX_DANGLING_WORDS = 6


def _title(rest: str) -> bool:
    """Whether the words after a label read as a linked title: no final stop, no report."""
    return (rest[-1:] not in ".!" and _REPORTING.search(rest) is None
            and 0 < len(lexicon.words(rest)) <= MAX_TITLE_WORDS)


def labelled_link(body: str) -> bool:
    """Whether a line is a media label or a more-on label before a title.

    >>> labelled_link("In pictures: the harbour after the storm")
    True
    >>> labelled_link("More from Riverside Post: council budget explained")
    True
    >>> labelled_link("Video evidence: the court saw the footage twice.")
    False
    """
    if ":" not in body:
        return body[-1:] in ")]" and _COUNTED_GALLERY.match(body) is not None
    if body[:1] in _PLAYER_GLYPHS:  # "▶ Watch video: ...": the player's glyph before its label
        body = body.lstrip(_PLAYER_GLYPHS + " \t")
    match = _MEDIA_LABEL.match(body) or _MORE_ON.match(body)
    return match is not None and _title(match.group("rest").rstrip())


def dangling_label(body: str) -> bool:
    """Whether a line is a link label with nothing after it: a few verbless link words and a colon.

    >>> dangling_label("You might also like:")
    True
    >>> dangling_label("The minister said:")
    False
    """
    if not body.endswith(":") or not body[:1].isupper():
        return False
    tokens = lexicon.words(body)
    lowered = [t.lower() for t in tokens]
    if not 0 < len(tokens) <= MAX_DANGLING_WORDS or any(c.isdigit() for c in body) \
            or _POINTER_WORDS.isdisjoint(lowered) or not lexicon.SPEECH_VERBS.isdisjoint(lowered):
        return False
    # The page may address the reader with a modal ("You might also like:"); any other verb
    # makes the line a story's own lead-in to something lost.
    return lowered[0] in ("you", "don't", "don’t") or not _holds_verb(tokens)


# Link words strong enough to mark a label inside the text, where "Other measures:" or "More
# cuts:" may head a list.
_STRONG_POINTERS = frozenset("also read related interesting interested miss recommended like".split())


def inner_label(body: str, after: str) -> bool:
    """Whether a line inside the text is a link label whose link was lost: a dangling label of
    strong link words ("See also:", "Read also:") with a story sentence after it.

    >>> inner_label("Read also:", "The port reopened on Monday.")
    True
    >>> inner_label("Other measures:", "The port reopened on Monday.")
    False
    """
    return (dangling_label(body) and not _STRONG_POINTERS.isdisjoint(w.lower() for w in lexicon.words(body))
            and after[:1].isupper() and after.rstrip()[-1:] in ".!?\"”")
