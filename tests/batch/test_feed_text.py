"""Item bodies reach the rules with the lines and words an editor sees in the feed.

Plain-text bodies (an Atom ``type="text"`` summary, an RSS description with no tags,
which feedparser labels HTML) keep a line of their own as a paragraph, so a feed prompt
or a dateline is not glued into the sentence after it; table cells and definition lists
keep their words apart.
"""

from __future__ import annotations

from pathlib import Path

from batch_helpers import batch, read_jsonl

from repair.batch.feed_html import html_to_text
from repair.batch.feeds import parse_feed

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id><updated>2026-03-02T00:00:00Z</updated>
<entry><id>urn:e1</id><title>Ferries</title><updated>2026-03-02T00:00:00Z</updated>
<summary type="text">The ferry service resumed on Tuesday after the storm.
story continues
Tickets for the first crossing sold out
by noon, the operator said.

A second boat joins the route in May.</summary></entry></feed>"""


def _texts(feed: bytes) -> list[str]:
    return [dict(fields)["text"] for _, fields in parse_feed(feed, "f").items]


def test_a_plain_text_body_keeps_its_lines_and_joins_only_a_hard_wrap() -> None:
    assert _texts(ATOM.encode()) == [
        "The ferry service resumed on Tuesday after the storm.\n\n"
        "story continues\n\n"
        "Tickets for the first crossing sold out by noon, the operator said.\n\n"
        "A second boat joins the route in May."]


def test_an_rss_description_without_tags_is_read_as_plain_text() -> None:
    feed = (b'<rss version="2.0"><channel><title>t</title><item><guid>g1</guid><description>'
            b" date 2026-03-02 \nThe council approved the budget on Monday.\r\nRates rise 2%."
            b"</description></item></channel></rss>")
    assert _texts(feed) == ["date 2026-03-02\n\nThe council approved the budget on Monday.\n\nRates rise 2%."]


def test_newlines_inside_html_blocks_are_only_layout() -> None:
    assert html_to_text("<p>The council approved\nthe budget.</p>\n<p>Rates rise.</p>") == (
        "The council approved the budget.\n\nRates rise.")
    assert html_to_text("<p>One line<br>\nTwo</p>") == "One line\n\nTwo"


def test_table_cells_and_definition_lists_keep_their_words_apart() -> None:
    table = "<table><tr><th>Team</th><th>Points</th></tr><tr><td>Leeds</td><td>12</td></tr></table>"
    assert html_to_text(table) == "Team Points\n\nLeeds 12"
    assert html_to_text("<dl><dt>Ferry</dt><dd>A boat for passengers.</dd></dl>") == "Ferry\n\nA boat for passengers."
    assert html_to_text("<p>Before.</p><aside>Read more</aside><p>After.</p>") == "Before.\n\nRead more\n\nAfter."


def test_a_feed_prompt_on_its_own_line_is_found_and_removed_by_batch(tmp_path: Path) -> None:
    (tmp_path / "wire.atom").write_text(ATOM, "utf-8")
    assert batch(tmp_path / "wire.atom", "--out", tmp_path / "out", "--no-model", "--apply", "all") == 0
    (row,) = read_jsonl(tmp_path / "out" / "wire.jsonl")
    assert "story continues" not in row["text"]
    assert row["text"].startswith("The ferry service resumed on Tuesday after the storm.\n\nTickets")


def test_q_elements_keep_their_quotation_marks_nested_as_a_browser_draws_them() -> None:
    assert html_to_text("<p>The mayor called it <q>a fair deal</q> on Monday.</p>") == \
        "The mayor called it \u201ca fair deal\u201d on Monday."
    assert html_to_text("<p><q>She told us <q>wait</q> twice</q>, he said.</p>") == \
        "\u201cShe told us \u2018wait\u2019 twice\u201d, he said."
    assert html_to_text("<p>It was <q>over") == "It was \u201cover\u201d"  # left open: closed at the end
    assert html_to_text("<p>No quote here</q>.</p>") == "No quote here."  # a stray end tag adds nothing


def test_pre_keeps_its_line_breaks_and_paragraphs_around_it() -> None:
    html = "<p>The timetable:</p><pre>\n08:15  Leeds\n  09:40  York\n\n10:05  Hull\n</pre><p>Trains run daily.</p>"
    assert html_to_text(html) == "The timetable:\n\n08:15 Leeds\n09:40 York\n\n10:05 Hull\n\nTrains run daily."
    assert html_to_text("<pre>first line\r\nsecond line</pre>") == "first line\nsecond line"
    # Outside <pre> a newline is still only layout.
    assert html_to_text("<p>one\ntwo</p><pre>a\nb</pre>") == "one two\n\na\nb"


def test_a_link_keeps_its_text_in_place() -> None:
    assert html_to_text('<p>Read <a href="https://example.org/r">the report</a> first.</p>') == \
        "Read the report first."


def test_a_players_fallback_text_is_not_article_text() -> None:
    """What a browser shows only when it cannot play or draw an element is not the story."""
    body = ("<p>The ferry left at noon.</p><video controls><source src='f.mp4' type='video/mp4'>"
            "Your browser cannot play this clip.</video><p>It docked an hour later.</p>")
    assert html_to_text(body) == "The ferry left at noon.\n\nIt docked an hour later."
    assert html_to_text("<p>The choir sang.<audio src='c.mp3'>No audio here.</audio> Then it rained.</p>") == (
        "The choir sang. Then it rained.")
    assert html_to_text("<p>Sales rose<svg><title>arrow up</title><path d='M0'/></svg> again.</p>") == (
        "Sales rose again.")
    # Through feedparser's sanitizer, as batch reads a feed.
    feed = ("<rss version='2.0'><channel><title>t</title><item><guid>g1</guid><description>"
            "&lt;p&gt;Rain fell.&lt;/p&gt;&lt;video src='r.mp4'&gt;Video not supported.&lt;/video&gt;"
            "&lt;canvas&gt;Chart needs a newer browser.&lt;/canvas&gt;&lt;p&gt;Rivers rose.&lt;/p&gt;"
            "</description></item></channel></rss>")
    assert _texts(feed.encode()) == ["Rain fell.\n\nRivers rose."]


def test_a_player_left_open_keeps_the_text_after_it() -> None:
    """A missing end tag must not cost the rest of the article; a stray end tag is nothing."""
    assert html_to_text("<p>Rain fell.</p><video src='r.mp4'><p>Rivers rose.</p>") == "Rain fell.\n\nRivers rose."
    assert html_to_text("<p>Rain</audio> fell.</p>") == "Rain fell."


def test_form_controls_words_are_not_story_text() -> None:
    """A share bar's buttons, a sort menu or a sign-up box glued into the body ("ShareEmail",
    "NewestOldest") are the page's words; the story's words around them are kept apart."""
    body = ("<p>The bridge reopened on Monday.</p><button>Share</button><button>Email</button>"
            "<select name='s'><option>Newest</option><option>Oldest</option></select>"
            "<label for='m'>Your email</label><input id='m'><textarea>Write to us</textarea>"
            "<p>Traffic eased by noon.</p>")
    assert html_to_text(body) == "The bridge reopened on Monday.\n\nTraffic eased by noon."
    assert html_to_text("<p>Fares rose<button>Tweet</button>again in May.</p>") == "Fares rose again in May."
    assert html_to_text("<select><option>A<option>B</select><p>Options left open close with it.</p>") == (
        "Options left open close with it.")
    assert html_to_text("<p><label>A label left open keeps the story after it.</p>") == (
        "A label left open keeps the story after it.")
    feed = ("<rss version='2.0'><channel><title>t</title><item><guid>g1</guid><description>"
            "&lt;p&gt;Rain fell.&lt;/p&gt;&lt;button&gt;Share&lt;/button&gt;&lt;button&gt;Print&lt;/button&gt;"
            "&lt;p&gt;Rivers rose.&lt;/p&gt;</description></item></channel></rss>")
    assert _texts(feed.encode()) == ["Rain fell.\n\nRivers rose."]  # through feedparser's sanitizer


def test_an_image_between_two_words_parts_them_and_a_wbr_does_not() -> None:
    """A browser draws the picture between "came" and "back"; <wbr> only allows a line break."""
    assert html_to_text("<p>The boats came<img src='b.png'>back at dawn.</p>") == "The boats came back at dawn."
    assert html_to_text("<p>An extra<wbr>ordinary crowd came.</p>") == "An extraordinary crowd came."
    assert html_to_text("<p>See the logo<img src='l.png'>. Then <img src='a.png'> more.</p>") == (
        "See the logo. Then more.")  # no space made before a stop; a spaced one stays one space
    assert html_to_text("<p><img src='t.png'>The tide turned.</p>") == "The tide turned."


def test_a_hard_wrap_before_a_capital_or_a_figure_is_joined_only_where_no_line_can_end() -> None:
    """A line ending in a comma, an article, a conjunction or a preposition needing its
    object goes on in the next line whatever that starts with; other lines keep their break."""
    assert html_to_text("The board met on Monday to set the fares for\nDover ferries, it said.") == (
        "The board met on Monday to set the fares for Dover ferries, it said.")
    assert html_to_text("Ticket sales rose by\n12 percent in June.") == "Ticket sales rose by 12 percent in June."
    assert html_to_text("The harbour master,\nOla Berg, opened the quay.") == (
        "The harbour master, Ola Berg, opened the quay.")
    assert html_to_text("<p>“We will build it,”<br>Mayor Ruiz said.</p>") == "“We will build it,” Mayor Ruiz said."
    assert html_to_text("<p>A new route to<br>Oslo opens in May and<br>Bergen in June.</p>") == (
        "A new route to\n\nOslo opens in May and Bergen in June.")  # "to" can end a clause: kept
    # Look-alikes that keep their break: a line that can stand alone, then a capital.
    for alone in ("story continues", "By Ola Berg", "Plan A", "OSLO (Wire)", "Sign in", "He met Mr."):
        assert html_to_text(f"{alone}\nThe quay opened.") == f"{alone}\n\nThe quay opened."
    assert html_to_text("Fares for\n\nDover rose.") == "Fares for\n\nDover rose."  # a blank line is a paragraph


def test_an_empty_content_element_does_not_cost_the_summary() -> None:
    """An empty <content:encoded/>, or an Atom <content src> kept elsewhere, leaves the summary as the text."""
    rss = ("<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>t</title>"
           "<item><guid>g1</guid><description>The quay reopened on Friday.</description>"
           "<content:encoded></content:encoded></item>"
           "<item><guid>g2</guid><description>Fares rose.</description>"
           "<content:encoded><![CDATA[<p>&nbsp;</p>]]></content:encoded></item>"
           "<item><guid>g3</guid><description>Short.</description>"
           "<content:encoded><![CDATA[<p>The full story of the quay.</p>]]></content:encoded></item>"
           "</channel></rss>")
    assert _texts(rss.encode()) == ["The quay reopened on Friday.", "Fares rose.", "The full story of the quay."]
    atom = ("<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:f</id><entry><id>urn:e1</id>"
            "<title>Quay</title><summary>The quay reopened.</summary>"
            "<content type='text/html' src='https://example.test/quay'/></entry></feed>")
    assert _texts(atom.encode()) == ["The quay reopened."]


def test_a_body_escaped_twice_is_read_as_html_with_a_warning() -> None:
    """'&amp;lt;p&amp;gt;' in the XML is a publisher's double escape: its tags are not the story's text."""
    feed = ("<rss version='2.0'><channel><title>t</title>"
            "<item><guid>g1</guid><description>&amp;lt;p&amp;gt;The quay reopened.&amp;lt;/p&amp;gt;"
            "&amp;lt;p&amp;gt;Fares rose.&amp;lt;/p&amp;gt;</description></item>"
            "<item><guid>g2</guid><description>Type &amp;lt;b&amp;gt; for bold, the guide says.</description></item>"
            "<item><guid>g3</guid><description>&lt;p&gt;Ferries run.&lt;/p&gt;</description></item>"
            "</channel></rss>")
    parsed = parse_feed(feed.encode(), "f.rss")
    assert [dict(fields)["text"] for _, fields in parsed.items] == [
        "The quay reopened.\n\nFares rose.", "Type <b> for bold, the guide says.", "Ferries run."]
    assert parsed.warning is not None and "1 item body HTML-escaped twice" in parsed.warning
    assert all("escaped_twice" not in dict(fields) for _, fields in parsed.items)
