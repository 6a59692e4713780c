"""Feed item titles are checked as headlines: their own rules, the feed's own name cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_helpers import batch, read_jsonl

from repair.apply import Policy
from repair.batch.titles import HEADLINE_RULE_CODES, HEADLINE_RULES, site_suffix, title_pipeline
from repair.edits import Safety

SAFE, UNSAFE = Policy(min_safety=Safety.SAFE), Policy(min_safety=Safety.UNSAFE)


@pytest.mark.parametrize(("title", "site", "cut"), [
    ("Ferry fares rise again - Coastal Courier", "Coastal Courier", " - Coastal Courier"),
    ("Ferry fares rise again | Coastal Courier", "Coastal Courier", " | Coastal Courier"),
    ("Ferry fares rise again \u2013 COASTAL  courier", "Coastal Courier", " \u2013 COASTAL  courier"),
    ("Ferry fares rise again \u00b7 Coastal Courier", "Coastal Courier", " \u00b7 Coastal Courier"),
    ("Ferry fares rise again :: Coastal Courier", "Coastal Courier", " :: Coastal Courier"),
    ("Ferry fares rise again \u2014 Coastal Courier", "Coastal Courier", " \u2014 Coastal Courier"),
    ("Ferry fares rise again \u2022 Coastal Courier", "Coastal Courier", " \u2022 Coastal Courier"),
    # The feed's title may carry its own trailer: its name is the part before it.
    ("Ferry fares rise again - Coastal Courier", "Coastal Courier - Latest News", " - Coastal Courier"),
    ("Ferry fares rise again - Coastal Courier - Latest News", "Coastal Courier - Latest News",
     " - Coastal Courier - Latest News"),
])
def test_the_feeds_own_name_after_a_separator_is_cut(title: str, site: str, cut: str) -> None:
    at = site_suffix(title, site)
    assert at is not None and title[at:] == cut


@pytest.mark.parametrize(("title", "site"), [
    ("Readers of the Coastal Courier vote", "Coastal Courier"),  # the name inside the headline
    ("Why we love the Coastal Courier", "Coastal Courier"),  # no separator before it
    ("Ferry fares rise - Courier", "Coastal Courier"),  # a part of the name is no name
    ("News - Coastal Courier", "Coastal Courier"),  # one word left: the title would be lost
    ("Ferry fares rise - Coastal Courier Weekly", "Coastal Courier"),  # another name
    ("Ferry fares rise - Coastal Courier", ""),  # a feed without a title
    ("Ferry fares rise - ---", "---"),  # a title without a letter
    ("Ferry fares rise-Coastal Courier", "Coastal Courier"),  # a hyphenated word, no separator
])
def test_look_alikes_are_left(title: str, site: str) -> None:
    assert site_suffix(title, site) is None


def test_only_headline_rules_run_on_titles() -> None:
    assert {r.code for r in HEADLINE_RULES} == HEADLINE_RULE_CODES
    pipe = title_pipeline(UNSAFE, "")
    # Title Case and a short line: no casing change, no "headline bar" deletion, no split.
    for title in ("Lions Beat Bears - Smith Scores Twice", "What Next For The Harbour?",
                  "Port strike ends: what it means", "Storm Hits Coast, Thousands Without Power"):
        assert pipe.fix(title).fixed == title, title


@pytest.mark.parametrize(("title", "fixed"), [
    ("Council approves budget , mayor says", "Council approves budget, mayor says"),
    ("Ferry fares rise,, unions say", "Ferry fares rise, unions say"),
    ("Port strike ends,unions say", "Port strike ends, unions say"),
    ("Rain expected on monday", "Rain expected on Monday"),
    ("Port strike ends | Business News", "Port strike ends"),
    ("Prices riseâ€™s shock", "Prices rise’s shock"),
    ("Jury picks Dvo\u0139\u2122\u0102\u02c7k cycle", "Jury picks Dvořák cycle"),
    ("Fund raises 4,382\u00c2 jobs target", "Fund raises 4,382 jobs target"),
])
def test_headline_damage_is_fixed(title: str, fixed: str) -> None:
    assert title_pipeline(UNSAFE, "").fix(title).fixed == fixed


def test_the_site_cut_is_safe_and_one_decision() -> None:
    pipe = title_pipeline(SAFE, "Coastal Courier")
    result = pipe.fix("Ferry fares rise again | Coastal Courier")
    assert result.fixed == "Ferry fares rise again"
    # PF004 reads the same " | Coastal Courier" as a section name: not offered twice.
    assert [e.rule for e in pipe.check("Ferry fares rise again | Coastal Courier")] == ["FD001"]


def test_select_and_ignore_reach_titles() -> None:
    title = "Ferry fares rise again - Coastal Courier"
    assert title_pipeline(Policy(ignore=frozenset({"boilerplate"})), "Coastal Courier").fix(title).fixed == title
    assert title_pipeline(Policy(select=frozenset({"CA"})), "Coastal Courier").fix(title).fixed == title


FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastal Courier</title><link>https://c.example/</link>
<item><title>Ferry Fares Rise Again - Coastal Courier</title><guid>c1</guid>
<description>&lt;p&gt;Fares rose on Monday.&lt;/p&gt;</description></item>
<item><title>Port strike ends | Business News</title><guid>c2</guid>
<description>&lt;p&gt;The strike ended.&lt;/p&gt;</description></item>
<item><title>Harbour Works Start In June</title><guid>c3</guid>
<description>&lt;p&gt;Works start in June.&lt;/p&gt;</description></item>
</channel></rss>
"""


def test_batch_cleans_titles_with_their_own_edits(tmp_path: Path) -> None:
    (tmp_path / "c.rss").write_text(FEED, "utf-8")
    assert batch(tmp_path / "c.rss", "--out", tmp_path / "out") == 0
    items = read_jsonl(tmp_path / "out" / "c.jsonl")
    assert [i["title"] for i in items] == ["Ferry Fares Rise Again", "Port strike ends | Business News",
                                           "Harbour Works Start In June"]
    rows = [r for r in read_jsonl(tmp_path / "out" / "edits.jsonl") if r["field"] == "title"]
    assert [(r["id"], r["rule"], r["applied"]) for r in rows] == [("c1", "FD001", True), ("c2", "PF004", False)]
    assert rows[0]["original"] == " - Coastal Courier"


def test_body_links_are_kept_beside_the_text() -> None:
    from repair.batch.feed_html import html_text_and_links

    html = ('<p>The council published <a href="https://c.example/r.pdf">its  report</a> and '
            '<a href="/maps/7"><b>a map</b></a>.</p><p><a name="top">No address</a> '
            '<a href="https://c.example/x">left open')
    text, links = html_text_and_links(html)
    assert text == "The council published its report and a map.\n\nNo address left open"
    assert links == [{"text": "its report", "href": "https://c.example/r.pdf"},
                     {"text": "a map", "href": "/maps/7"},  # relative: as written
                     {"text": "left open", "href": "https://c.example/x"}]


def test_batch_writes_each_items_links(tmp_path: Path) -> None:
    feed = FEED.replace("Fares rose on Monday.", 'Fares rose on &lt;a href="https://c.example/f"&gt;Monday&lt;/a&gt;.')
    (tmp_path / "c.rss").write_text(feed, "utf-8")
    assert batch(tmp_path / "c.rss", "--out", tmp_path / "out") == 0
    items = read_jsonl(tmp_path / "out" / "c.jsonl")
    assert items[0]["links"] == [{"text": "Monday", "href": "https://c.example/f"}]
    assert items[1]["links"] == [] and list(items[0])[-1] == "links"


def test_the_site_cut_can_be_ignored_by_code(tmp_path: Path) -> None:
    (tmp_path / "c.rss").write_text(FEED, "utf-8")
    assert batch(tmp_path / "c.rss", "--out", tmp_path / "out", "--ignore", "FD001") == 0
    assert read_jsonl(tmp_path / "out" / "c.jsonl")[0]["title"] == "Ferry Fares Rise Again - Coastal Courier"


def test_the_message_names_what_is_cut() -> None:
    (edit,) = title_pipeline(SAFE, "Coastal Courier - Latest News").check("Ferry fares rise - Coastal Courier")
    assert edit.message == "The feed's own name (“Coastal Courier”) after the title."


def test_readme_names_every_title_separator_the_code_accepts() -> None:
    """It missed the em dash, the bullet and the single colon."""
    import re

    from batch_helpers import REPO

    from repair.batch.titles import _SEPARATOR

    readme = (REPO / "README.md").read_text("utf-8")
    listed = re.search(r"cut from the end of the title after (.*?)\.\n", readme, re.DOTALL)
    assert listed is not None
    named = set(re.findall(r'" (\S+) "', listed.group(1)))
    candidates = {"-", "\u2013", "\u2014", "\u2015", "|", "\u00b7", "\u2022", ":", "::", "/", "~", "\u00bb"}
    assert named == {sep for sep in candidates if re.fullmatch(_SEPARATOR, f" {sep} ")}
