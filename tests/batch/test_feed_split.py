"""Large feeds read item by item give exactly what the whole parse gives; odd feeds are still read whole."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from batch_helpers import NEWS, REPO, batch, tree_bytes

from repair.batch import readers
from repair.batch.feeds import parse_feed
from repair.batch.feedsplit import NotSplittable, find_items, read_groups

CASES = REPO / "tests" / "cases"

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
<entry><id>urn:1</id><title>Port reopens</title>
<content type="html">&lt;p&gt;The port &lt;b&gt;reopened&lt;/b&gt; on Monday.&lt;/p&gt;
&lt;p&gt;Ships queued.&lt;/p&gt;</content>
</entry>
<entry><id>urn:2</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Rates <i>hold</i></div></title>
<summary>Rates held steady, the bank said.</summary></entry>
<entry/>
</feed>
"""


def _whole_and_split(data: bytes, name: str) -> tuple[list[object], list[object]]:
    layout = find_items(io.BytesIO(data))
    split = [item for feed, _ in read_groups(io.BytesIO(data), layout, name, group_bytes=1) for item in feed.items]
    return parse_feed(data, name).items, split


@pytest.mark.parametrize("name", ["feed_categories_enclosures.rss", "feed_inline_markup.rss", "feed_rdf.rdf",
                                  "feed_xhtml_description.rss"])
def test_plain_feeds_split_one_item_per_group_give_the_whole_parse(name: str) -> None:
    whole, split = _whole_and_split((CASES / name).read_bytes(), name)
    assert whole and split == whole


def test_atom_entries_including_an_empty_one_split_exactly() -> None:
    whole, split = _whole_and_split(ATOM, "desk.atom")
    assert len(whole) == 3 and split == whole


LATE_TITLE = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><link>https://desk.example/</link>
<item><title>Port reopens - Harbour Desk</title><description>The port reopened.</description></item>
<item><title>Rates hold - Harbour Desk</title><description>Rates held.</description></item>
<title>Harbour Desk</title></channel></rss>
"""


def test_a_channel_element_after_the_first_item_sends_the_feed_to_the_whole_parse() -> None:
    # Each group is parsed with the bytes before the first item as its header: a channel
    # title after the items would be missing there, and FD001 could not cut the feed's name.
    with pytest.raises(NotSplittable, match="after its first item"):
        find_items(io.BytesIO(LATE_TITLE))


def test_a_large_feed_with_its_title_after_the_items_cuts_the_feed_name_as_the_whole_parse(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "desk.rss").write_bytes(LATE_TITLE)
    assert batch(src, "--out", tmp_path / "whole", "--workers", "1") == 0
    monkeypatch.setattr(readers, "SPLIT_BYTES", 0)  # every feed counts as large
    assert batch(src, "--out", tmp_path / "split", "--workers", "1") == 0
    titles = [row["title"] for row in map(json.loads, (tmp_path / "split" / "desk.jsonl").read_text().splitlines())]
    assert titles == ["Port reopens", "Rates hold"]
    whole, split = tree_bytes(tmp_path / "whole"), tree_bytes(tmp_path / "split")
    whole.pop("report.json"), split.pop("report.json")
    assert split == whole


@pytest.mark.parametrize(("name", "why"), [
    ("feed_billion_laughs.xml", "DOCTYPE"), ("feed_external_entity.rss", "DOCTYPE"),
    ("feed_entities.rss", "well-formed"), ("feed_truncated.rss", "well-formed"),
    ("feed_usascii_utf8.rss", "well-formed")])
def test_unsafe_or_damaged_feeds_are_left_to_the_whole_parse(name: str, why: str) -> None:
    with pytest.raises(NotSplittable, match=why):
        find_items(io.BytesIO((CASES / name).read_bytes()))


def test_a_feed_over_the_split_size_is_read_item_by_item_with_identical_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    items = []
    with (NEWS / "bbc.jsonl").open(encoding="utf-8") as handle:
        for number, line in zip(range(60), handle, strict=False):
            text = json.loads(line)["text"]
            body = "".join(f"&lt;p&gt;{p.replace('&', '&amp;amp;').replace('<', '&amp;lt;')}&lt;/p&gt;"
                           for p in text.split("\n\n") if p.strip())
            items.append(f"<item><guid>bbc-{number}</guid><title>Story {number}</title>"
                         f"<description>{body}</description><category>World</category></item>\n")
    (src / "wire.rss").write_text('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
                                  "<title>Wire</title>\n" + "".join(items) + "</channel></rss>\n", "utf-8")
    with (src / "wire.rss").open("rb") as handle:
        assert len(find_items(handle).items) == 60, "a feed the item-by-item road takes"
    assert batch(src, "--out", tmp_path / "whole", "--workers", "1") == 0
    monkeypatch.setattr(readers, "SPLIT_BYTES", 0)  # every feed counts as large: the item-by-item road
    assert batch(src, "--out", tmp_path / "split", "--workers", "1") == 0
    whole, split = tree_bytes(tmp_path / "whole"), tree_bytes(tmp_path / "split")
    assert json.loads(split.pop("report.json"))["records"] == json.loads(whole.pop("report.json"))["records"] == 60
    assert split == whole
