"""Feed item titles: checked as headlines, not as article prose.

A title is one line in headline style: Title Case is normal there, it has no final stop,
and it often carries the site's name (" - Harbour Gazette"). The body rules read it as a
paragraph of prose and get it wrong: a "headline bar" to delete whole, capitals to lower,
a clause to split. So a title goes through its own pipeline: only the rules whose shapes
mean the same in a headline (broken encoding, doubled or mis-spaced punctuation,
full-width marks, a portal's section trail), no model (it rewrites sentences), plus
:class:`HeadlineProposer`'s cut of the feed's own name when the title ends with it.

The feed says what its name is (``<channel><title>``, Atom ``<feed><title>``), so that cut
needs no guess about which trailing words are a site: only the exact name, after a
separator a headline sets off a trailer with, is cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from repair.apply import Policy
from repair.document import Document
from repair.edits import Edit, Safety, Span
from repair.pipeline import Pipeline, RuleProposer
from repair.rules import ALL_RULES

# Rules whose shapes read the same in a headline as in prose (checked on titles in
# tests/batch/test_feed_titles.py). Left out on purpose: casing but CA015 (headline capitals
# are not errors), sentence splits and fragments (a headline is no sentence), quotation and
# speech-tag rules (headlines drop them), line-level boilerplate (BP005 reads every
# short title line as a "headline bar" to delete).
HEADLINE_RULE_CODES = frozenset({
    "EN001", "EN002", "EN003", "EN004",  # mojibake, look-alike letters, stripped letters, U+FFFD
    "EN005", "EN006", "EN007",  # Windows-1250/1251 mojibake, a lost no-break space, a lost second byte
    "PU001", "PU002", "PU004", "PU011",  # doubled, space before, no space after comma, full-width
    "GL003",  # comma with no space after it
    "PF004",  # " | Business News": a portal's section name after the title
    "CA015",  # "on monday": a month or weekday is capitalised in every style (only raises)
})
HEADLINE_RULES = tuple(r for r in ALL_RULES if r.code in HEADLINE_RULE_CODES)
SITE_RULE = "FD001"
# Separators a title sets its site name off with (spaced): dashes (- – —), a bar, a middle dot,
# a bullet, a colon or two (README's list names each).
_SEPARATOR = r"[ \t\u00a0]+(?:[-\u2013\u2014|\u00b7\u2022]|::?)[ \t\u00a0]+"
# A site name longer than this is no name (a feed titled with a whole sentence).
MAX_SITE_CHARS = 80


def site_suffix(title: str, site: str) -> int | None:
    """Where the feed's name, set off after the title, starts (its separator included).

    ``site`` is the feed's own title (see :func:`site_names`). Matched whole, case and
    inner spacing aside, at the very end of ``title``, after a separator, with at least
    two words of title before it. None when there is no such suffix (or no usable name).
    """
    for name in site_names(site):
        words = r"[ \t\u00a0]+".join(re.escape(w) for w in name.split())
        found = re.search(_SEPARATOR + words + r"[ \t\u00a0]*$", title, re.IGNORECASE)
        if found is not None and len(title[: found.start()].split()) >= 2:
            return found.start()
    return None


def site_names(site: str) -> list[str]:
    """The names a feed titled ``site`` goes by: its whole title, and the part before its
    own separator ("Harbour Gazette - Latest News" is also "Harbour Gazette")."""
    whole = " ".join(site.split())
    names = [whole, re.split(_SEPARATOR, whole)[0]]
    return [n for i, n in enumerate(names) if n and n not in names[:i] and len(n) <= MAX_SITE_CHARS
            and any(c.isalnum() for c in n)]


@dataclass(frozen=True)
class HeadlineProposer:
    """The headline rules, plus the cut of the feed's own name from the end of a title
    (rule ``FD001``, safe: the words cut are the name the feed gives itself, never the
    headline's). A rule edit inside that name (PF004 reading " | Site" as a section) is
    dropped, so one change is one decision for a reviewer."""

    site: str
    name: str = "rules"
    rules: RuleProposer = RuleProposer(rules=HEADLINE_RULES)

    def propose(self, doc: Document) -> Iterable[Edit]:
        found = list(self.rules.propose(doc))
        cut = self.site_cut(doc.text)
        if cut is None:
            return found
        return [cut] + [e for e in found if not cut.start <= e.start <= e.end <= cut.end]

    def site_cut(self, text: str) -> Edit | None:
        """The FD001 edit for ``text`` (a title: one line), or None."""
        end = len(text.rstrip())
        at = site_suffix(text[:end], self.site) if "\n" not in text.strip() else None
        if at is None:
            return None
        name = re.sub("^" + _SEPARATOR, "", text[at:end])
        return Edit(Span(at, end), "", SITE_RULE, "boilerplate", 0.95, Safety.SAFE, "rule",
                    f"The feed's own name (“{name}”) after the title.")


@lru_cache(maxsize=64)
def title_pipeline(policy: Policy, site: str) -> Pipeline:
    """The pipeline for titles of a feed named ``site``: headline rules plus the site-name
    cut, under the run's ``policy`` (--apply, --select/--ignore, --min-confidence).
    Per-rule calibration is not applied to titles (it was measured on article text)."""
    return Pipeline(proposers=[HeadlineProposer(site)], policy=policy)
