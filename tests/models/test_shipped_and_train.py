"""The shipped checkpoint on a sentence it never saw, and the training recipe's front door."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from models.train import ConfigError, load_config, main

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def test_shipped_checkpoint_repairs_an_unseen_sentence(shipped: Any) -> None:
    from repair.document import Document

    # Written for this test, not taken from any data.
    proposer = shipped
    text = "The library extended its opening hours on weekdays. For students."
    edits = proposer.propose(Document.from_text(text))
    fixed = text
    for edit in sorted(edits, key=lambda e: -e.start):
        fixed = fixed[: edit.start] + edit.replacement + fixed[edit.end :]
    assert fixed == "The library extended its opening hours on weekdays for students."
    assert all(e.source == proposer.name and e.rule.startswith("ML") for e in edits)


def test_bad_config_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "absent.toml")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "absent.toml: config file not found" in err
    bad = tmp_path / "bad.toml"
    bad.write_text("[data\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    partial = tmp_path / "partial.toml"
    partial.write_text("[data]\nrate = 0.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"missing \[tokenizer\]"):
        load_config(partial)


CONFIGS = sorted((Path(__file__).resolve().parents[2] / "models" / "configs").glob("*.toml"))


@pytest.mark.parametrize("path", CONFIGS, ids=[p.name for p in CONFIGS])
def test_every_recipe_config_is_valid(path: Path) -> None:
    if 'framing = "tags"' in path.read_text(encoding="utf-8"):
        from models.tag_train import load_tag_config

        config = load_tag_config(path)
    elif 'framing = "ranker"' in path.read_text(encoding="utf-8"):
        from models.ranker_train import load_ranker_config

        config = load_ranker_config(path)
    elif 'framing = "lm"' in path.read_text(encoding="utf-8"):  # counts, no training steps
        from models.lm_train import load_config as load_lm_config

        assert load_lm_config(path)["lm"]["order"] >= 1
        return
    elif 'framing = "boundary"' in path.read_text(encoding="utf-8"):
        from models.boundary_train import load_config as load_boundary_config

        config = load_boundary_config(path)
    else:
        config = load_config(path)
    assert config["seed"] and config["train"]["steps"] > 0


@pytest.mark.skipif(not (SHARED / "news-clean").is_dir(), reason="needs ../shared/data/news-clean")
def test_recipe_runs_end_to_end_and_writes_a_loadable_checkpoint(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from models.proposer import ModelProposer

    config = tmp_path / "tiny.toml"
    config.write_text(
        """
seed = 3
[data]
rate = 0.7
max_docs = 30
max_dev_docs = 5
[tokenizer]
vocab_size = 400
[model]
d_model = 32
d_ff = 64
d_kv = 16
num_heads = 2
num_layers = 1
num_decoder_layers = 1
[train]
steps = 4
warmup = 2
batch_size = 8
log_every = 2
eval_every = 4
dev_pairs = 8
""",
        encoding="utf-8",
    )
    out = tmp_path / "ckpt"
    assert main(["--config", str(config), "--data", str(SHARED), "--out", str(out)]) == 0
    proposer = ModelProposer.from_pretrained(out)
    assert proposer.name == "model:ckpt"
    assert (out / "training.json").is_file()


def test_fix_with_rules_and_the_shipped_model_is_idempotent(shipped: Any) -> None:
    """A second `repair fix` over fixed text changes nothing, with the model on too."""
    from repair.apply import Policy
    from repair.edits import Safety
    from repair.pipeline import Pipeline, RuleProposer

    pipeline = Pipeline([RuleProposer(), shipped], Policy(min_safety=Safety.UNSAFE))
    # Written for this test: each line carries one kind of damage the engine repairs.
    texts = [
        "The council approved the plan on Tuesday. In the northern districts. He said that work starts soon.",
        "Officials said the bridge will reopen, the agency said. The agency said.",
        "The minister said: “We will reopen the bridge.” “If the weather allows.” Work began in May.",
        "Sales rose in the first quarter. . Demand was strong. story continues",
        "Prices fell sharply after the. announcement on Monday, traders said.",
        # The false-stop repairs of issue 14 and the abbreviation stops of issue 15.
        "Wool sales rose to a record wool. in March. The firms back storage. grid storage for towns.",
        "The plan is ready, Diallo said. Diallo. Profit rose 3% to 12 million pounds. Reached.",
        "The dam is full, the engineer said on Sunday. of the River Authority, Tomas Reyes.",
        "She moved to the U.S. In the spring. They met at 9 p.m. In the lobby. The plant is in Reno, Nev. and hires.",
        "The committee met . . . . . . In the town hall. The deal was backed by the council. Housing.",
    ]
    for text in texts:
        once = pipeline.fix(text).fixed
        assert pipeline.fix(once).fixed == once, text


def test_shipped_model_joins_a_quotation_tail_but_not_two_quoted_sentences(shipped: Any) -> None:
    from repair.document import Document

    proposer = shipped
    # Written for this test, curly quotes as feeds have them (the training news has none).
    tail = "The minister said: “We will reopen the bridge to traffic.” “If the weather allows.” Work began in May."
    edits = proposer.propose(Document.from_text(tail))
    assert [(tail[e.start : e.end], e.replacement) for e in edits] == [(".” “I", " i")]
    whole = "The mayor said: “The plan is ready.” “The council votes next week.” Work began in May."
    assert proposer.propose(Document.from_text(whole)) == []


def test_shipped_model_leaves_a_long_capitalised_sentence_alone(shipped: Any) -> None:
    from repair.document import Document

    # Written for this test: the shipped model joined this imperative at 0.98 (a false
    # change on clean text); a capitalised piece of six words or more is not joined.
    text = "The show closes on Sunday. For more details visit the gallery website."
    assert shipped.propose(Document.from_text(text)) == []
    short = "The library extended its opening hours on weekdays. For students."
    assert [e.replacement for e in shipped.propose(Document.from_text(short))] == [" f"]


def test_dropping_a_speech_tag_needs_the_strict_bar(shipped: Any) -> None:
    from models.actions import UNTAG
    from models.proposer import STRICT_MIN_CONFIDENCE, Rewrite
    from repair.document import Document

    # Written for this test: a genuine second report after a quotation. The model's
    # <untag> here would turn the analyst's claim into the writer's own.
    text = '"Demand will recover," the analyst said. He said that prices would stay firm.'
    windows = [w for w in shipped.windows(Document.from_text(text)) if "He said" in w.marked(text)]
    assert windows, "the proposer opens a window at the tag"
    below = [Rewrite(windows[0], UNTAG, STRICT_MIN_CONFIDENCE - 0.02)]
    above = [Rewrite(windows[0], UNTAG, STRICT_MIN_CONFIDENCE + 0.01)]
    assert shipped.edits_from(text, below) == []
    assert [e.rule for e in shipped.edits_from(text, above)] == ["ML003"]
