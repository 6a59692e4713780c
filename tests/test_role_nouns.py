"""The shared agent-noun form test and the three role tests built on it, which differ on
purpose: the strict one decides a speaker, the body one reads a tag that a body piece
follows, the appositive one only declines an edit."""

from repair import lexicon
from repair.rules.attribution_neighbours import role_noun
from repair.rules.choice_signals import _close_appositive_head
from repair.rules.stops_tag_adjuncts import _body_speaker_noun


def test_agent_noun_form() -> None:
    for word in ("inspector", "economist", "spokeswoman", "chairperson", "treasurer", "miner"):
        assert lexicon.agent_noun(word), word
    for word in ("over", "doer", "man", "nominee", "consultant", ""):
        assert not lexicon.agent_noun(word), word
    assert lexicon.agent_noun("consultant", lexicon.AGENT_ENDINGS + ("ant",))


def test_strict_role_noun_screens_look_alikes() -> None:
    assert role_noun("prosecutor") and role_noun("spokesman")
    for word in ("together", "however", "another", "later", "whether"):
        assert not role_noun(word), word


def test_body_speaker_noun_adds_listed_roles() -> None:
    assert _body_speaker_noun("official") and _body_speaker_noun("aide") and _body_speaker_noun("spokesman")
    assert not role_noun("aide")
    assert not _body_speaker_noun("board") and not _body_speaker_noun("man")


def test_close_appositive_head_is_loosest() -> None:
    assert _close_appositive_head("nominee") and _close_appositive_head("Mayor") and _close_appositive_head("doer")
    assert not role_noun("nominee") and not _body_speaker_noun("nominee")
    assert not _close_appositive_head("ascent") and not _close_appositive_head("bloc")
