"""models.year_links: the link word between a lower-case head and a bare year, on our own
sentences; ranges, dates and function-word heads are not counted."""

from __future__ import annotations

from models.year_links import count


def test_count_reads_the_link_before_a_bare_year() -> None:
    links = count([
        "Output fell in the first half of 2024. The plant was founded in 1998.",
        "It was the wettest month since 2011. The season of 2024-25 starts soon.",
        "Sales rose in 2023. Prices in 2021/22 were high. The outlook for 2026 is weak.",
    ])
    assert links["half"]["of"] == 1
    assert links["founded"]["in"] == 1
    assert links["month"]["since"] == 1
    assert links["outlook"]["for"] == 1
    assert "season" not in links  # "2024-25": a range, no bare year
    assert "prices" not in links  # "2021/22"
    assert "rose" in links and "sales" not in links  # the word right before the link only
