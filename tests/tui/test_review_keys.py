"""tui.keys: the bindings, the help rows and the palette all come from one table."""

from __future__ import annotations

from tui.keys import KEYS, bindings, help_keys, shown


def test_every_table_key_is_bound_and_in_help() -> None:
    bound = {b.key: b.action for b in bindings()}
    assert all(bound[key] == action for key, action, _, _ in KEYS)
    described = dict(help_keys())
    assert all(described[shown(key)] == description for key, _, _, description in KEYS)


def test_extra_bindings_and_shown_names() -> None:
    bound = {b.key: b for b in bindings()}
    assert bound["3"].action == "choose(3)" and not bound["3"].show
    assert bound["ctrl+q"].action == bound["ctrl+c"].action == "quit_review" and bound["ctrl+q"].priority
    assert bound["ctrl+e"].action == "external_edit"
    assert shown("question_mark") == "?" and shown("n") == "n"
    assert [k for k, _ in help_keys()][-3:] == ["1-9", "click", "ctrl+p"]
