"""The review app's keys: one table from which the bindings, the help screen and the command
palette are all generated, so they cannot disagree with each other."""

from __future__ import annotations

from textual.binding import Binding

# (key, action, footer label or "" to hide it there, description). The help screen and
# the command palette are generated from this table, so they cannot disagree with it.
KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("n", "next_pending", "Next", "Next pending edit"),
    ("p", "prev_pending", "", "Previous pending edit"),
    ("j", "next_edit", "", "Next edit (any status)"),
    ("k", "prev_edit", "", "Previous edit (any status)"),
    ("a", "accept", "Accept", "Accept the edit (also changes a decision already made)"),
    ("r", "reject", "Reject", "Reject: the suggestion is wrong (counts against its rule)"),
    ("e", "edit", "Edit", "Edit the whole phrase, then accept it"),
    ("E", "external_edit", "", "Edit the phrase in $EDITOR (also ctrl+e)"),
    ("u", "undo", "Undo", "Undo the last action (a batch as a whole; works after a resume)"),
    ("A", "batch('safe')", "", "Accept all pending safe edits… (lists them first)"),
    ("C", "batch('category')", "", "Accept all pending edits of this category…"),
    ("R", "batch('rule')", "", "Accept all pending edits of this rule…"),
    ("i", "ignore", "", "Ignore this occurrence: leave it, no verdict on the rule"),
    ("I", "ignore_rule", "", "Ignore this rule in every document… (asks first)"),
    ("right_square_bracket", "document(1)", "", "Next document"),
    ("left_square_bracket", "document(-1)", "", "Previous document"),
    ("f", "filter", "", "Filter by category, rule, confidence…"),
    ("s", "save", "Save", "Save: read the final text through, then write it"),
    ("q", "quit_review", "Quit", "Quit (asks when the text is unsaved)"),
    ("question_mark", "help", "Help", "Help: all keys"),
)
# How a key whose Textual name is a word is shown to the reader.
SHOWN_KEY = {"right_square_bracket": "]", "left_square_bracket": "[", "question_mark": "?"}


def shown(key: str) -> str:
    """``key`` as the footer, help and palette show it ("]" for "right_square_bracket")."""
    return SHOWN_KEY.get(key, key)


def bindings() -> list[Binding]:
    """The app's bindings: the table's keys, 1-9 for an edit's alternatives, ctrl+e for
    $EDITOR, and ctrl+c / ctrl+q routed through the quit that asks about unsaved text."""
    return [
        *(Binding(key, action, label or description, show=bool(label), key_display=SHOWN_KEY.get(key),
                  tooltip=description) for key, action, label, description in KEYS),
        *(Binding(str(n), f"choose({n})", f"Alternative {n}", show=False) for n in range(1, 10)),
        Binding("ctrl+e", "external_edit", "Edit in $EDITOR", show=False),
        # Textual's own ctrl+q quits at once; here every way out asks when the text is unsaved.
        *(Binding(key, "quit_review", "Quit", show=False, priority=True) for key in ("ctrl+c", "ctrl+q")),
    ]


def help_keys() -> list[tuple[str, str]]:
    """(key as shown, description) for the help screen: the table, then what no binding names."""
    keys = [(shown(k), d) for k, _, _, d in KEYS]
    keys += [("1-9", "Accept alternative N of the edit (listed under it)"),
             ("click", "Select an edit (text or list)"), ("ctrl+p", "Command palette: every action by name")]
    return keys
