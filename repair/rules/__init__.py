"""The rule registry: every rule module, listed explicitly, in a stable order."""

from __future__ import annotations

from repair.rules import (
    apostrophes,
    apostrophes_names,
    attribution,
    banners,
    boilerplate,
    breaks,
    casing,
    casing_name_words,
    casing_names,
    casing_phrases,
    casing_pronouns,
    casing_runs,
    casing_starts,
    casing_time,
    casing_words,
    cutoffs,
    dash_dialogue,
    echo_pieces,
    encoding,
    furniture,
    furniture_inline,
    furniture_lines,
    furniture_navigation,
    furniture_notes,
    glued,
    glued_marks,
    glued_names,
    glued_small,
    invented_reports,
    leftovers,
    marks_style,
    marks_style_spacing,
    punctuation,
    quote_commas,
    quotes,
    reported_commas,
    speech_marks,
    speech_quotes,
    speech_quotes_split,
    speech_runs,
    stops_openers,
    tag_calques,
    tag_gaps,
    tag_lone_speaker,
    tag_pieces,
    words,
)
from repair.rules.base import Example, Rule
from repair.rules.measured import load_measurements, with_earned_safety

# Each rule as its author wrote it (``safety`` is the author's proposal).
DECLARED_RULES: tuple[Rule, ...] = (
    *encoding.RULES,
    *boilerplate.RULES,
    *banners.RULES,
    *breaks.RULES,
    *stops_openers.RULES,
    *cutoffs.RULES,
    *tag_pieces.RULES,
    *tag_gaps.RULES,
    *attribution.RULES,
    *invented_reports.RULES,
    *echo_pieces.RULES,
    *tag_calques.RULES,
    *tag_lone_speaker.RULES,
    *quotes.RULES,
    *punctuation.RULES,
    *words.RULES,
    # Issue 16 families (recall where the real damage is).
    *leftovers.RULES,
    *speech_quotes.RULES,
    *speech_marks.RULES,
    *furniture.RULES,
    *furniture_navigation.RULES,
    *furniture_inline.RULES,
    *glued.RULES,
    *glued_names.RULES,
    *glued_marks.RULES,
    *glued_small.RULES,
    *apostrophes.RULES,
    *apostrophes_names.RULES,
    *casing.RULES,
    *casing_starts.RULES,
    *casing_phrases.RULES,
    # Issue r5: marks from other languages' conventions.
    *marks_style.RULES,
    *marks_style_spacing.RULES,
    *casing_words.RULES,
    *casing_pronouns.RULES,
    *casing_time.RULES,
    *casing_runs.RULES,
    # Issue r6: furniture told by a line's shape.
    *furniture_lines.RULES,
    # gen8: page notes told by a label and a shape.
    *furniture_notes.RULES,
    *casing_names.RULES,
    *casing_name_words.RULES,
    *speech_runs.RULES,
    *speech_quotes_split.RULES,
    *quote_commas.RULES,
    *dash_dialogue.RULES,
    *reported_commas.RULES,
)

# What every front end runs: the same rules with the safety they earned on the committed
# measurements (``python -m benchmarks safety``); a rule not measured yet is ``unsafe``.
ALL_RULES: tuple[Rule, ...] = with_earned_safety(DECLARED_RULES, load_measurements())

__all__ = ["ALL_RULES", "DECLARED_RULES", "Example", "Rule"]
