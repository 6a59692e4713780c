"""words27: the learned tables behind GL015/GL016 (models.glue_stats) and AP017/AP018
(models.apostrophe_stats), built from our own paragraphs: what is kept, what is left out, and
that the shipped tables read back with the shape the rules expect."""

from __future__ import annotations

import gzip
import json

from models import apostrophe_stats, glue_stats
from repair.rules import apostrophes_learned, glued_learned

_NEWS = [
    "The ministry said prices rose, according to the survey.",
    "Exports fell, according to the agency, and imports rose according to the bank.",
    "Rents rose according to a report; according to the report, sales fell.",
    "The plan, according to its authors, is new; according to critics it is old.",
    "According to the poll the manager Ross Byrne will stay, the manager Anna Berg said.",
    "Talks in international fora went on. He spoke at two fora on trade.",
    "He spoke for a while, and for a moment, for a day, for a week and for a year.",
]


def test_glue_table_keeps_a_frequent_pair_never_written_together() -> None:
    tokens, pairs, total, lower_uses, before_name = glue_stats.count(_NEWS)
    assert pairs["according", "to"] == 8 and tokens["accordingto"] == 0
    table = glue_stats.table(tokens, pairs, total, lower_uses, before_name)
    assert table["pairs"]["accordingto"] == [[8, len("according")]]
    # "for a" is frequent, but the text writes "fora" twice: a word, never split.
    assert "fora" not in table["pairs"]


def test_glue_table_name_openers_need_enough_uses() -> None:
    tokens, pairs, total, lower_uses, before_name = glue_stats.count(_NEWS * 10)
    table = glue_stats.table(tokens, pairs, total, lower_uses, before_name)
    assert "manager" in table["before_name"]  # 20 uses, all before a name
    assert "said" not in table["before_name"]


def test_apostrophe_tables_keep_possessed_words_and_verb_bases() -> None:
    text = ["Its budget fell and its budget rose.", "The firm cut its budget, its budget and its budget.",
            "It is likely to rain, and it's likely to snow; its likely rival lost.",
            "They will cover the cost; we can't cover it; firms cannot cover losses; it would cover all;"
            " you must cover it.", "The cover of the book."]
    after_its, after_it_is, after_modal, uses = apostrophe_stats.count(text)
    table = apostrophe_stats.table(after_its, after_it_is, after_modal, uses)
    assert table["its"]["budget"] == [5, 0]
    assert "likely" not in table["its"]  # after "it is" too often
    assert table["after_modal"]["cover"][0] == 5
    assert "the" not in table["after_modal"]


def test_shipped_tables_read_back() -> None:
    with gzip.open(glued_learned.TABLE, "rt", encoding="utf-8") as handle:
        glue = json.load(handle)
    assert glue["pairs"]["accordingto"][0][1] == len("according")
    assert "manager" in glue["before_name"]
    its, modal = apostrophes_learned._tables()
    assert "budget" in its and "cover" in modal and "to" not in modal


def test_possessive_tables_keep_possessed_heads_and_owner_forms() -> None:
    from models import possessive_stats
    from repair.rules import apostrophes_counted

    text = ["The council's website was down; its website was new; their website was old.",
            "The council's budget rose. The sales figures fell. Its figures and their figures and his figures rose.",
            "The sales figures rose, the sales figures fell. They plan to go; we plan more; its plan failed.",
            "The workers' union met. The workers' website is new."]
    after_possessive, after_subject, as_head, owners = possessive_stats.count(text)
    table = possessive_stats.table(after_possessive, after_subject, as_head, owners)
    assert table["nouns"]["website"] == [3, 0, 3]  # each time the end of its phrase ("website was")
    assert "budget" not in table["nouns"]  # once after a possessive: too rare to keep
    assert "plan" not in table["nouns"]  # after "they"/"we" as often as after "its"
    assert table["owners"]["council"] == [1, 0, 0, 1, 0, 0]  # "The council's website"
    assert table["owners"]["sale"] == [0, 0, 3, 0, 0, 3]  # "The sales figures", three times
    assert table["owners"]["worker"] == [0, 1, 0, 0, 1, 0]  # "The workers' website" ("union" is kept by no count)
    nouns, owners = apostrophes_counted._tables()
    assert all(len(counts) == 3 for counts in nouns.values())
    assert all(len(counts) == 6 for counts in owners.values())
