"""Peer adapters: each installed peer runs through the common interface; missing ones say why."""

from __future__ import annotations

import pytest

from benchmarks.peers import Harper, JusText, LinkGrammar, Trafilatura, _link_grammar_or_reason, peer_systems
from benchmarks.systems import Unavailable

TEXT = "He said he would step up efforts. In the main field.\nRead more\nPrices rose 2% in May. Not so."


def test_every_peer_is_listed_runnable_or_with_a_reason() -> None:
    peers = peer_systems()
    assert {p.name for p in peers} == {"harper", "link-grammar", "jusText", "trafilatura", "LanguageTool"}
    for peer in peers:
        if isinstance(peer, Unavailable):
            assert peer.reason
        else:
            assert isinstance(peer.run(TEXT).text, str)


def test_harper_applies_suggestions_but_not_spelling() -> None:
    pytest.importorskip("harper")
    out = Harper().run("This is is a test , with Rafah.")
    assert out.text == "This is a test, with Rafah."  # repetition and comma fixed, the name left alone
    assert all(e.source == "harper" for e in out.applied)


def test_link_grammar_merges_a_verbless_fragment() -> None:
    peer = _link_grammar_or_reason()
    if isinstance(peer, Unavailable):
        pytest.skip(peer.reason)
    assert isinstance(peer, LinkGrammar)
    out = peer.run("He said he would step up efforts. In the main field.")
    assert out.text == "He said he would step up efforts in the main field."
    assert peer.run("He declined. The talks ended.").text == "He declined. The talks ended."


@pytest.mark.parametrize("peer_cls,module", [(JusText, "justext"), (Trafilatura, "trafilatura")])
def test_boilerplate_peers_return_text(peer_cls: type, module: str) -> None:
    pytest.importorskip(module)
    out = peer_cls().run(TEXT)
    assert isinstance(out.text, str)
