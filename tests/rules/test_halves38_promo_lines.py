"""halves38: a promo line deleted whole, not by halves (our own sentences).

When PF015 cuts a button word off a paragraph's end ("... Subscribe") or PF010 cuts a
prompt after its last stop ("... Follow us"), what is left of the line is judged too: if
it is more of the publisher's promo (it names the publisher's or the reader's copy, "our
journalism", "your inbox", or calls the reader to act on it, reporting no one), the whole
line goes. A story sentence before the button stays, and only the button goes.
"""

from __future__ import annotations

import pytest

from tests.rules.unsafe_fix import fix_unsafe

LEAD = "The harbour board approved the new ferry terminal on Monday."
NEXT = "Work on the quay will start in the spring, the chairman said."


def _around(*lines: str) -> str:
    return "\n\n".join((LEAD, *lines, NEXT))


@pytest.mark.parametrize(
    "line",
    [
        "Get the week's best stories delivered to your inbox every Friday. Subscribe",
        "The best of our reporting, straight to your inbox. Sign up",
        "Enjoy unlimited access to all our articles for a small monthly fee. Subscribe",
        "Our journalists work day and night to bring you the news. Subscribe",
        "Stay up to date with the latest news from the coast. Follow us",
        "Your stories matter to us. Share",
    ],
)
def test_promo_line_goes_whole(line: str) -> None:
    assert fix_unsafe(_around(line)) == _around()


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # Speaking to the reader, but about the story's own matter.
        ("If you were born after 1970, your pension age rises to 68. Subscribe",
         "If you were born after 1970, your pension age rises to 68."),
        ("The good news for you is that fares will fall. Subscribe", "The good news for you is that fares will fall."),
        # Someone reported or quoted: article text.
        ("The mayor said our news service would close. Subscribe", "The mayor said our news service would close."),
        ("“Our journalists deserve better,” the union wrote. Subscribe",
         "“Our journalists deserve better,” the union wrote."),
        ("The station's news bulletin was cut to five minutes. Subscribe",
         "The station's news bulletin was cut to five minutes."),
        ("We lost our jobs when the factory closed. Share", "We lost our jobs when the factory closed."),
        ("Residents were told to stay indoors. Share | 12 comments", "Residents were told to stay indoors."),
    ],
)
def test_story_sentence_keeps_and_loses_only_the_button(line: str, kept: str) -> None:
    assert fix_unsafe(_around(line)) == _around(kept)


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Sport » Cycling » Riders cross the pass in snow", "Riders cross the pass in snow"),
        ("World › Asia › Tokyo › Ferry strike ends after two weeks", "Ferry strike ends after two weeks"),
        # One crumb: cut as before.
        ("Sport » Riders cross the pass in snow", "Riders cross the pass in snow"),
        # No section's name first: no trail, left alone.
        ("Lions » Bears » Riders cross the pass in snow", "Lions » Bears » Riders cross the pass in snow"),
    ],
)
def test_breadcrumb_trail_goes_whole(title: str, kept: str) -> None:
    assert fix_unsafe(f"{title}\n\n{LEAD}\n\n{NEXT}") == f"{kept}\n\n{LEAD}\n\n{NEXT}"
