"""Punctuation shapes widened in punct35: a dateline with a date and no dash (PU008), a
quoted sentence after "said," with its stop outside (QM002), a quotation before a tag whose
verb takes an object before a place (QM013). Our own sentences, with look-alikes left alone."""

from __future__ import annotations

import pytest
from rule_helpers import fix_unsafe

from repair.document import Document
from repair.rules.banners import dateline_dash
from repair.rules.marks_style import quote_before_tag_without_comma
from repair.rules.speech_quotes import stop_outside_quote


@pytest.mark.parametrize(("text", "fixed"), [
    ("OSLO, March 3 The council voted on Monday to close two schools.",
     "OSLO, March 3 — The council voted on Monday to close two schools."),
    ("PORT ELM, Ore., Sept. 14 Two boats sank in the harbour on Sunday.",
     "PORT ELM, Ore., Sept. 14 — Two boats sank in the harbour on Sunday."),
    ("KOŠICE The council voted on Monday to close two schools.",
     "KOŠICE — The council voted on Monday to close two schools."),
    ("QUITO, Ecuador A Canadian miner bought a copper mine on Friday.",
     "QUITO, Ecuador — A Canadian miner bought a copper mine on Friday."),
])
def test_dateline_dash_comes_back(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "OSLO, March 3 - The council voted on Monday.",
    "OSLO, March 3 -- The council voted on Monday.",
    "OSLO, March 3 (Reuters) - The council voted on Monday.",
    "SANTA FE, New Mexico A Canadian miner bought a mine.",
    "ACME CEO, March 3 The deal closed.",
    "The council in OSLO voted on March 3 to close two schools.",
])
def test_dateline_look_alikes_keep_their_text(text: str) -> None:
    assert dateline_dash.run(Document.from_text(text)) == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("The mayor said, “We will rebuild the bridge by May”.", "The mayor said, “We will rebuild the bridge by May.”"),
    ("Ruiz told reporters, “Nobody expected the flood so early”.",
     "Ruiz told reporters, “Nobody expected the flood so early.”"),
])
def test_stop_goes_inside_a_quoted_sentence_after_a_comma(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "The firm sold the software package, “Falcon Office Suite”.",
    "The firm sold the package, “Falcon MS-DOS”.",
    "The mayor said, “We will rebuild the bridge by May.”",
    "He said, in effect, that it was “going to take years”.",
    "He called the plan, at first, “a good start”.",
])
def test_stop_after_a_title_or_phrase_stays(text: str) -> None:
    assert stop_outside_quote.run(Document.from_text(text)) == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("“We can still win the league” head coach Ana Ruiz told reporters after the match.",
     "“We can still win the league,” head coach Ana Ruiz told reporters after the match."),
    ("“The harvest is lost” farmer Rui Costa told journalists in the village.",
     "“The harvest is lost,” farmer Rui Costa told journalists in the village."),
])
def test_tag_comma_before_a_verb_with_its_object(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "“The harvest is lost” farmer Rui Costa told journalists was a lie.",
    "“The harvest is lost” was what Rui Costa told journalists in the village.",
    "“The Old Mill” Ruiz told buyers at the auction was for sale.",
])
def test_quotation_inside_a_clause_keeps_its_text(text: str) -> None:
    assert quote_before_tag_without_comma.run(Document.from_text(text)) == []


@pytest.mark.parametrize(("text", "fixed"), [
    ("Costs fell by about 30％ in May, the firm said.", "Costs fell by about 30% in May, the firm said."),
    ("Farmers asked for help with feed and fertilizer။ Prices rose.",
     "Farmers asked for help with feed and fertilizer. Prices rose."),
    ("The line will open next year។ Fares are not set.", "The line will open next year. Fares are not set."),
])
def test_other_scripts_marks_become_ascii(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "The banner read ကြို။ in red.",
    "The fee rose 5 ％ in June.",
    "Costs fell by about 30% in May.",
])
def test_marks_beside_their_script_or_already_ascii_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("Fuel was sent to thecity's hospitals on Monday.", "Fuel was sent to the city's hospitals on Monday."),
    ("The strike hit theregion’s mills.", "The strike hit the region’s mills."),
])
def test_glued_pair_before_a_possessive_is_split(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("“Children who practised don t freeze,” she said.", "“Children who practised don't freeze,” she said."),
    ("The council won t raise fares, and it can t cut them.", "The council won't raise fares, and it can't cut them."),
    ("“It’s a cough that wont go away,” he said.", "“It’s a cough that won’t go away,” he said."),
])
def test_negative_contraction_gets_its_apostrophe(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "Ian t-shirts sold out in May.",
    "The clan t rules were old.",
    "As was his wont, he spoke last.",
    "She was wont to walk by the river.",
    "He disliked that cant of the campaign.",
])
def test_negative_look_alikes_stay(text: str) -> None:
    assert fix_unsafe(text) == text


@pytest.mark.parametrize(("text", "fixed"), [
    ("Ducks were found at 11 sites along the river . .", "Ducks were found at 11 sites along the river."),
    ("Output rose 40% last year, the growers'cooperative said.",
     "Output rose 40% last year, the growers' cooperative said."),
])
def test_doubled_spaced_stop_and_glued_plural_possessive(text: str, fixed: str) -> None:
    assert fix_unsafe(text) == fixed


@pytest.mark.parametrize("text", [
    "It was over . . . or so we thought.",
    "He sang rock'n'roll all night.",
    "The growers' cooperative said no.",
])
def test_ellipsis_and_kept_apostrophes_stay(text: str) -> None:
    assert fix_unsafe(text) == text
