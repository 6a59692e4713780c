"""speed29 (issue 13): CA015's reading of a text that folds names asks whether the text has
a lower-case date once, not at every lower-case copy of a country (a scan of the whole text
each: 0.35 s a MB on dense garbled text); the answers are those of the plain reading."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from repair.document import Document
from repair.rules import casing_time
from repair.rules.casing_names import _has_lower_date


def _plain_folds_names(doc: Document) -> bool:
    """``_folds_names`` as it was written before: the date asked at every copy."""
    text = doc.text
    countries = casing_time._country_names()
    stems = casing_time._country_stems()
    lower_countries = 0
    for name in casing_time.alone_names(doc):
        country = name in countries
        if country or (name.endswith(casing_time._DEMONYM_ENDINGS)
                       and name[:casing_time.STEM_LETTERS].lower() in stems):
            for copy in re.finditer(re.escape(name.lower()) + r"\b", text):
                at = copy.start()
                if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "@/.-_#"):
                    if _has_lower_date(text):
                        return True
                    lower_countries += country
    return lower_countries > 1


FOLD_TEXTS = st.lists(st.sampled_from(["Peru", "peru", "Chile", "chile", "Chilean", "chilean", "Oman", "woman",
                                       " ", ". ", ", ", "talks with ", "june 4", "June 4", "#peru", "x", "\n"]),
                      max_size=16).map("".join)


@given(FOLD_TEXTS)
def test_folded_names_read_with_the_date_asked_once(text: str) -> None:
    assert casing_time._folds_names(Document.from_text(text)) == _plain_folds_names(Document.from_text(text))


def test_lower_case_countries_ask_for_the_date_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Many lower-case copies of countries the text also capitalises, no date: one scan for it."""
    asked = []

    def counted(text: str) -> bool:
        asked.append(text)
        return _has_lower_date(text)

    monkeypatch.setattr(casing_time, "_has_lower_date", counted)
    text = "Peru and Chile met. " + "Talks with the Peruvian team went on. " * 3 + "talks with peruvian staff. " * 40
    doc = Document.from_text(text)
    assert casing_time._folds_names(doc) is False
    assert len(asked) == 1
    # More than one lower-case country: folded, whatever the rest of the text holds.
    doc = Document.from_text("Peru and Chile met. Officials from peru and chile spoke. " * 30)
    assert casing_time._folds_names(doc) is True
    assert len(asked) == 2
