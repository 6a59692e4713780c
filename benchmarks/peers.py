"""Peer tools that run offline here, behind the same adapter interface as our systems.

Each peer is optional: when its package is missing it is reported as unavailable with the
reason (and the install line), never silently dropped. LanguageTool cannot run: it
downloads its server jar on first use, and nothing may download at run time.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from typing import Any

from benchmarks.systems import Output, System, Unavailable
from repair.apply import Policy, apply_edits
from repair.document import Document
from repair.edits import Edit, Safety, Span

# Debian's python3-link-grammar installs here; the bindings are built for CPython 3.11.
_DEBIAN_DIST = "/usr/lib/python3/dist-packages"


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


@dataclass
class Harper:
    """Harper (harper-py): applies the first suggestion of every lint except spelling.

    Spelling lints are left out: on news they rewrite every unfamiliar name (``Rafah`` to
    ``Rajah``), which would only measure the size of Harper's dictionary.
    """

    name: str = "harper"
    kind: str = "peer"
    reports_findings: bool = True
    _linter: Any = field(default=None, repr=False)

    def run(self, text: str) -> Output:
        import harper

        if self._linter is None:
            self._linter = harper.Linter()
        edits = []
        for lint in self._linter.lint(text):
            if lint.lint_kind == "Spelling" or not lint.suggestions:
                continue
            s = lint.suggestions[0]
            start, end = lint.span.start, lint.span.end
            if s.kind == harper.SuggestionKind.INSERT_AFTER:
                start, replacement = end, s.replacement_text
            elif s.kind == harper.SuggestionKind.REMOVE:
                replacement = ""
            else:
                replacement = s.replacement_text
            edits.append(Edit(Span(start, end), replacement, f"harper:{lint.lint_kind}",
                              _harper_category(lint.lint_kind), 0.5, Safety.UNSAFE, "harper", lint.message))
        result = apply_edits(text, edits, Policy(min_safety=Safety.UNSAFE))
        return Output(result.text, result.applied, tuple(edits))


def _harper_category(kind: str) -> str:
    return {"Punctuation": "punctuation", "Repetition": "grammar", "Capitalization": "punctuation",
            "Formatting": "spacing"}.get(kind, "grammar")


_CLAUSE_WALLS = frozenset("dijqsev")


@dataclass
class LinkGrammar:
    """link-grammar as a fragment detector: merge short sentences with no clausal wall link.

    A full sentence attaches to the left wall with a clause link (``Wd`` declarative,
    ``Wi`` imperative, ``Wq``/``Ws``/``Wj`` questions); a dangling piece gets none or a
    phrase link. Short such pieces after another sentence are merged into it, as FR001 does.
    """

    max_words: int = 6
    name: str = "link-grammar"
    kind: str = "peer"
    reports_findings: bool = True
    _state: dict[str, Any] = field(default_factory=dict, repr=False)

    def _parse_ok(self, sentence: str) -> bool:
        lg = self._state["lg"]
        parsed = lg.Sentence(sentence, self._state["dict"], self._state["opts"]).parse()
        linkage = next(iter(parsed), None)
        if linkage is None:
            return False
        walls = [str(link.left_label).lstrip("h") for link in linkage.links() if link.left_word == "LEFT-WALL"]
        return any(w.startswith("W") and len(w) > 1 and w[1].lower() in _CLAUSE_WALLS for w in walls)

    def run(self, text: str) -> Output:
        if not self._state:
            self._state.update(_load_link_grammar())
        doc = Document.from_text(text)
        edits = []
        for i, sent in enumerate(doc.sentences):
            prev = doc.previous_in_paragraph(i)
            body = doc.sentence_text(sent)
            if prev is None or len(body.split()) > self.max_words or not body.endswith("."):
                continue
            before = doc.text[prev.span.start : prev.span.end]
            if not before.endswith(".") or self._parse_ok(body):
                continue
            first = body[0]
            word = body.split()[0]
            lower = first.lower() if word[1:].islower() and word.isalpha() else first
            edits.append(Edit(Span(prev.span.end - 1, sent.span.start + 1), " " + lower, "LG-fragment",
                              "fragment", 0.5, Safety.UNSAFE, "link-grammar",
                              "no clausal link to the wall: a fragment of the previous sentence"))
        result = apply_edits(text, edits, Policy(min_safety=Safety.UNSAFE))
        return Output(result.text, result.applied, tuple(edits))


def _load_link_grammar() -> dict[str, Any]:
    import os

    if _DEBIAN_DIST not in sys.path:
        sys.path.append(_DEBIAN_DIST)
    # The C library prints locale notes on fd 2 when the dictionary opens; keep the
    # benchmark's stderr for real problems.
    saved = os.dup(2), os.dup(1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        sys.stderr.flush()
        sys.stdout.flush()
        os.dup2(devnull, 2)
        os.dup2(devnull, 1)
        import linkgrammar as lg

        opts = lg.ParseOptions(min_null_count=0, max_null_count=0, verbosity=0)
        opts.max_parse_time = 1
        dictionary = lg.Dictionary("en")
    finally:
        os.dup2(saved[0], 2)
        os.dup2(saved[1], 1)
        os.close(saved[0])
        os.close(saved[1])
        os.close(devnull)
    return {"lg": lg, "dict": dictionary, "opts": opts}


def _as_html(text: str) -> str:
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return f"<html><body>{body}</body></html>"


@dataclass(frozen=True)
class JusText:
    """jusText boilerplate removal: paragraphs it classifies as boilerplate are deleted."""

    name: str = "jusText"
    kind: str = "peer"

    def run(self, text: str) -> Output:
        import justext

        paragraphs = justext.justext(_as_html(text), justext.get_stoplist("English"))
        kept = [p.text for p in paragraphs if not p.is_boilerplate]
        return Output("\n".join(kept))


@dataclass(frozen=True)
class Trafilatura:
    """trafilatura main-text extraction; when it finds no main text the input is kept."""

    name: str = "trafilatura"
    kind: str = "peer"

    def run(self, text: str) -> Output:
        import trafilatura

        extracted = trafilatura.extract(_as_html(text), include_comments=False, include_tables=False,
                                        favor_recall=True, deduplicate=False)
        return Output(extracted if extracted else text)


def peer_systems() -> list[System | Unavailable]:
    """Every peer, or the reason it cannot run here."""
    peers: list[System | Unavailable] = []
    peers.append(Harper() if _has("harper") else
                 Unavailable("harper", "peer", "harper-py not installed (pip install harper-py)"))
    peers.append(_link_grammar_or_reason())
    peers.append(JusText() if _has("justext") else
                 Unavailable("jusText", "peer", "justext not installed (pip install justext)"))
    peers.append(Trafilatura() if _has("trafilatura") else
                 Unavailable("trafilatura", "peer", "trafilatura not installed (pip install trafilatura)"))
    peers.append(Unavailable("LanguageTool", "peer",
                             "cannot run offline: language_tool_python downloads the LanguageTool jar on first use"))
    return peers


def _link_grammar_or_reason() -> System | Unavailable:
    try:
        system = LinkGrammar()
        system._state.update(_load_link_grammar())
        return system
    except Exception as exc:  # missing Debian package, wrong ABI or dictionary: report, not crash
        return Unavailable("link-grammar", "peer",
                           f"link-grammar unavailable ({type(exc).__name__}: {exc}); "
                           "apt-get install python3-link-grammar link-grammar")
