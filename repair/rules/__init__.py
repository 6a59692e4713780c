"""The rule registry: every rule module, listed explicitly, in a stable order."""

from __future__ import annotations

from repair.rules import (
    apostrophes,
    apostrophes_counted,
    apostrophes_its,
    apostrophes_learned,
    apostrophes_marks,
    apostrophes_names,
    apostrophes_nouns,
    appositive_pairs,
    attribution,
    attribution_detached,
    attribution_severed,
    attribution_source,
    banners,
    boilerplate,
    breaks,
    casing,
    casing_clause_openers,
    casing_closed_words,
    casing_common_nouns,
    casing_demonyms,
    casing_learned,
    casing_listed_names,
    casing_name_phrases,
    casing_name_words,
    casing_names,
    casing_phrases,
    casing_places,
    casing_pronouns,
    casing_quote_starts,
    casing_roles,
    casing_runs,
    casing_starts,
    casing_tag_end,
    casing_time,
    casing_title_small_words,
    casing_word_class,
    casing_words,
    comma_splices,
    cutoffs,
    dash_dialogue,
    dash_pairs,
    echo_pieces,
    encoding,
    encoding_codepages,
    encoding_lost_bytes,
    encoding_scripts,
    furniture,
    furniture_closing_line,
    furniture_glued_tails,
    furniture_inline,
    furniture_inner_lines,
    furniture_lines,
    furniture_link_lists,
    furniture_metadata,
    furniture_navigation,
    furniture_notes,
    furniture_page_labels,
    furniture_page_tags,
    furniture_prompt_tails,
    furniture_runs,
    furniture_tail_shapes,
    furniture_title_labels,
    furniture_title_repeats,
    furniture_title_runs,
    furniture_widgets,
    furniture_widgets_inline,
    glued,
    glued_commas,
    glued_figures,
    glued_learned,
    glued_marks,
    glued_names,
    glued_shapes,
    glued_small,
    invented_reports,
    leftovers,
    lone_connectives,
    marks_style,
    marks_style_spacing,
    punctuation,
    punctuation_final_stop,
    punctuation_mixed_pair,
    punctuation_question_mark,
    quote_commas,
    quote_commas_house,
    quote_doubled,
    quote_spacing,
    quote_tag_dash,
    quotes,
    reported_commas,
    speech_marks,
    speech_marks_foreign,
    speech_quotes,
    speech_quotes_dropped,
    speech_quotes_flipped,
    speech_quotes_inner_tags,
    speech_quotes_split,
    speech_quotes_straight,
    speech_runs,
    stops_openers,
    surface_marks,
    swapped_marks,
    tag_calques,
    tag_doubled,
    tag_fronted,
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
    # enc33: Windows-1250 mojibake; a garbled letter or no-break space that lost a byte.
    *encoding_codepages.RULES,
    *encoding_lost_bytes.RULES,
    # glue37: other scripts' digits, dotless i and direction marks in English prose.
    *encoding_scripts.RULES,
    *boilerplate.RULES,
    *banners.RULES,
    *breaks.RULES,
    *stops_openers.RULES,
    *cutoffs.RULES,
    *tag_pieces.RULES,
    *tag_gaps.RULES,
    # tags29: the same speaker and verb of saying twice in a row.
    *tag_doubled.RULES,
    *attribution.RULES,
    *attribution_detached.RULES,
    *attribution_severed.RULES,
    *attribution_source.RULES,
    *tag_fronted.RULES,
    *invented_reports.RULES,
    *echo_pieces.RULES,
    *lone_connectives.RULES,
    *tag_calques.RULES,
    *tag_lone_speaker.RULES,
    *quotes.RULES,
    *punctuation.RULES,
    *punctuation_final_stop.RULES,  # punct38: a prose paragraph that lost its final stop
    *punctuation_question_mark.RULES,  # punct38: a question closed by a semicolon (Greek mark)
    *punctuation_mixed_pair.RULES,  # gap44e: a comma and a stop side by side
    *words.RULES,
    # Issue 16 families (recall where the real damage is).
    *leftovers.RULES,
    *speech_quotes.RULES,
    *speech_quotes_dropped.RULES,
    *speech_quotes_flipped.RULES,
    *speech_quotes_straight.RULES,  # quote25: the curly rules' kinds in straight-quoted text
    *speech_marks_foreign.RULES,
    *speech_marks.RULES,
    *furniture.RULES,
    *furniture_navigation.RULES,
    *furniture_page_labels.RULES,
    *furniture_inline.RULES,
    *glued.RULES,
    *glued_commas.RULES,
    *glued_names.RULES,
    *glued_marks.RULES,
    *glued_small.RULES,
    *apostrophes.RULES,
    *apostrophes_names.RULES,
    *apostrophes_its.RULES,
    *apostrophes_nouns.RULES,
    *apostrophes_marks.RULES,
    # words27: apostrophes decided by word pairs learned from clean English.
    *apostrophes_learned.RULES,
    # apos31: a noun's possessive after a determiner, decided by clean-news counts.
    *apostrophes_counted.RULES,
    *casing.RULES,
    *casing_starts.RULES,
    # case29: a quotation opening a sentence in lower case.
    *casing_quote_starts.RULES,
    # case29: a role word capitalised before a name, decided by the learned case table.
    *casing_roles.RULES,
    # case29: a speech verb capitalised after the speaker's name at a tag's end.
    *casing_tag_end.RULES,
    *casing_phrases.RULES,
    # Issue r5: marks from other languages' conventions.
    *marks_style.RULES,
    *marks_style_spacing.RULES,
    *casing_words.RULES,
    *casing_word_class.RULES,
    *casing_pronouns.RULES,
    *casing_time.RULES,
    *casing_runs.RULES,
    # Issue r6: furniture told by a line's shape.
    *furniture_lines.RULES,
    *furniture_link_lists.RULES,
    # gen8: page notes told by a label and a shape.
    *furniture_notes.RULES,
    *furniture_prompt_tails.RULES,
    *casing_names.RULES,
    *casing_name_words.RULES,
    # gen22a: casing decided by a table learned from clean English.
    *casing_learned.RULES,
    # case36: a nationality's or a language's adjective in lower case, on clean news' evidence.
    *casing_demonyms.RULES,
    # case35: a lower-case name in a list beside a capitalised one ("Vietnam and pakistan").
    *casing_listed_names.RULES,
    # case35b: a body sentence in headline style with its small words in lower case.
    *casing_title_small_words.RULES,
    # case33: a closed-class word capitalised inside a prose sentence.
    *casing_closed_words.RULES,
    # case50: a determiner or "that" capitalised where a clause opens ("say The scheme's", ", Its owner").
    *casing_clause_openers.RULES,
    # capnoun34: a run of common words capitalised inside a prose sentence.
    *casing_common_nouns.RULES,
    *casing_places.RULES,
    # caps38: a multi-word name after "the" in lower case ("the world bank"), on clean news' phrase table.
    *casing_name_phrases.RULES,
    # casing_acronyms (CA023, case28) is measured, not registered: shown-only, it gained no segment on
    # any set and cost 56 ms per MB of news (9 % of all rules' time, issue 13).
    *speech_runs.RULES,
    *speech_quotes_split.RULES,
    *speech_quotes_inner_tags.RULES,
    *quote_commas.RULES,
    # punct29: a quoted sentence's comma outside its closing mark before the tag (any house style).
    *quote_commas_house.RULES,
    # punct29: quotation marks spaced off, typed twice or glued where a quotation ends or opens.
    *quote_spacing.RULES,
    *quote_doubled.RULES,
    # quote26: a dash between a quoted sentence and its tag (Polish, Russian, Czech pivots).
    *quote_tag_dash.RULES,
    *dash_dialogue.RULES,
    *reported_commas.RULES,
    # gen17: surface marks of other scripts and lost spaces, told by shape.
    *surface_marks.RULES,
    *glued_shapes.RULES,
    # words27: lost spaces told by word pairs learned from clean English.
    *glued_learned.RULES,
    # glue37: a small word glued to a figure, told by closed classes and the figure's marks.
    *glued_figures.RULES,
    *furniture_runs.RULES,
    # gen19a: page widgets (share bars, ad slots, player labels) told by their class.
    *furniture_widgets.RULES,
    *furniture_widgets_inline.RULES,
    # junk26: a page's metadata line told by its composition; a wire code glued to the end.
    *furniture_metadata.RULES,
    # junk27: the headline set again under it, reworded or with the site's name.
    *furniture_title_repeats.RULES,
    # junk40: the headline printed twice on the first line, or glued to the lead's dateline.
    *furniture_title_runs.RULES,
    # junk27: a junk line glued onto a paragraph's last stop, judged by the whole-line rules.
    *furniture_glued_tails.RULES,
    # junk27: a breadcrumb, a colon run or a bracketed section label on the title line.
    *furniture_title_labels.RULES,
    # junk27: a stop-less, clause-less line closing the text after the story's last sentence.
    *furniture_closing_line.RULES,
    # junk27: a headline-shaped page line between two paragraphs of prose.
    *furniture_inner_lines.RULES,
    # junk33: page labels told by their function (sourcing credits, sections, breadcrumbs, hash tags),
    # and a copyright, tag list or ad marker run onto the prose.
    *furniture_page_tags.RULES,
    # junk51: a colon-less wire credit or a labelled numbered link list run onto a paragraph's end.
    *furniture_tail_shapes.RULES,
    # recall23a: a comma that took a full stop's place, told by the capital kept after it.
    *comma_splices.RULES,
    # recall23a: a dash pair around an aside that lost its shape.
    *dash_pairs.RULES,
    # recall23a: a space on the wrong side of a mark, a bracket glued to the words around it.
    *swapped_marks.RULES,
    *appositive_pairs.RULES,
)

# What every front end runs: the same rules with the safety they earned on the committed
# measurements (``python -m benchmarks safety``); a rule not measured yet is ``unsafe``.
ALL_RULES: tuple[Rule, ...] = with_earned_safety(DECLARED_RULES, load_measurements())

__all__ = ["ALL_RULES", "DECLARED_RULES", "Example", "Rule"]
