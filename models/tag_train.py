"""Recipe for the edit-tag model: ``python -m models.tag_train --config models/configs/tagger.toml``.

A T5 encoder with a token-classification head (``T5ForTokenClassification``, a stock
``transformers`` class) reads a window (``models.tag_data.encode``) and tags each window
token (``models.tags``). Tagging instead of decoding means the model never copies text:
every output is one of a closed set of tags, and the framing (not the network) is what
guarantees no new content words. It reuses the shipped checkpoint's BPE tokenizer.

The run writes a Hugging Face checkpoint directory (atomically) whose ``repair.json``
holds ``framing = "tags"``, the tag list and the calibration map fitted on synthetic dev
windows (``models.calibration``), plus ``training.json`` (time, steps, losses, coverage).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import shutil
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.calibration import fit_isotonic, reliability
from models.corrupt import OPERATORS
from models.data import DEFAULT_DATA
from models.tag_data import COPY, TagPair, encode, make_tag_pairs
from models.tags import KEEP
from models.tok import PAD_ID, load_tokenizer, save_tokenizer
from models.train import FRAMING_FILE, ConfigError, _paragraphs, load_config

SHIPPED_TOKENIZER = Path(__file__).resolve().parent / "repair-t5-mini"


def load_tag_config(path: Path) -> dict[str, Any]:
    """Read an edit-tag recipe config (no [tokenizer] table: it reuses the shipped one);
    ValueError names the file and the missing part."""
    try:
        return load_config(path, tables=("data", "model", "train"))
    except ConfigError as exc:
        raise ValueError(str(exc)) from None


def build(config: dict[str, Any], data_root: Path, split: str, seed: int) -> tuple[list[TagPair], Counter[str]]:
    """Pairs of one split as the config's ``[data]`` table describes."""
    spec = config["data"]
    weights = {name: float(spec.get("operators", {}).get(name, 0.0)) for name in OPERATORS}
    max_docs = int(spec.get("max_docs", 0) if split == "train" else spec.get("max_dev_docs", 0))
    return make_tag_pairs(_paragraphs(data_root, split, max_docs), seed, float(spec.get("rate", 0.7)), weights,
                          float(spec.get("copy_rate", 0.15)), int(spec.get("passes", 1)) if split == "train" else 1)


def encode_pairs(tokenizer: Any, pairs: Sequence[TagPair], label_ids: dict[str, int],
                 max_len: int) -> list[tuple[list[int], list[int]]]:
    """(input ids, labels with -100 off the first sub-tokens) for pairs whose tags are all known."""
    rows = []
    for pair in pairs:
        if any(tag not in label_ids for tag in pair.tags):
            continue
        ids, firsts = encode(tokenizer, pair.left, pair.tokens, pair.right, max_len)
        if len(firsts) != len(pair.tags):
            continue
        labels = [-100] * len(ids)
        for at, tag in zip(firsts, pair.tags, strict=True):
            labels[at] = label_ids[tag]
        rows.append((ids, labels))
    return rows


def _tensor(rows: Sequence[Sequence[int]], fill: int) -> Any:
    import torch

    width = max(len(r) for r in rows)
    out = torch.full((len(rows), width), fill, dtype=torch.long)
    for i, row in enumerate(rows):
        out[i, : len(row)] = torch.tensor(row, dtype=torch.long)
    return out


def predict(model: Any, rows: Sequence[Sequence[int]], firsts: Sequence[Sequence[int]],
            batch_size: int = 128) -> list[tuple[list[int], list[float]]]:
    """(tag ids, their probabilities) at each row's first sub-tokens; no gradients."""
    import torch

    out: list[tuple[list[int], list[float]]] = [([], []) for _ in rows]
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]))
    with torch.inference_mode():
        for lo in range(0, len(order), batch_size):
            chunk = order[lo : lo + batch_size]
            ids = _tensor([rows[i] for i in chunk], PAD_ID)
            mask = (ids != PAD_ID).long()
            mask[:, 0] = 1
            probs = model(input_ids=ids, attention_mask=mask).logits.float().softmax(-1)
            best = probs.max(-1)
            for k, i in enumerate(chunk):
                at = list(firsts[i])
                out[i] = (best.indices[k, at].tolist(), best.values[k, at].tolist())
    return out


def evaluate(model: Any, rows: Sequence[tuple[list[int], list[int]]], kinds: Sequence[str]) -> dict[str, Any]:
    """Window exact match per kind, false changes on copies, and (confidence, right) points."""
    firsts = [[i for i, lab in enumerate(labels) if lab != -100] for _, labels in rows]
    gold = [[lab for lab in labels if lab != -100] for _, labels in rows]
    preds = predict(model, [ids for ids, _ in rows], firsts)
    per: dict[str, list[int]] = {}
    points = []
    keep_id = model.config.label2id[KEEP]
    for (tags, probs), want, kind in zip(preds, gold, kinds, strict=True):
        per.setdefault(kind, [0, 0])
        per[kind][0] += tags == want
        per[kind][1] += 1
        if any(t != keep_id for t in tags):
            points.append((math.prod(probs), tags == want))
    copies = per.get(COPY, [0, 0])
    return {
        "exact": {k: round(v[0] / v[1], 3) for k, v in sorted(per.items())},
        "edit_exact": round(sum(v[0] for k, v in per.items() if k != COPY)
                            / max(1, sum(v[1] for k, v in per.items() if k != COPY)), 3),
        "copy_false_change": round(1 - copies[0] / max(1, copies[1]), 4),
        "points": points,
    }


def train(config: dict[str, Any], data_root: Path, out_dir: Path, log: Any = sys.stdout) -> dict[str, Any]:
    """Run the recipe; returns the summary written to ``training.json``."""
    import torch
    from transformers import T5Config, T5ForTokenClassification

    began = time.time()
    seed = int(config.get("seed", 1))
    spec, net = config["train"], config["model"]
    torch.manual_seed(seed)
    torch.set_num_threads(int(spec.get("threads", 1)))
    rng = random.Random(seed)

    def say(event: str, **fields: Any) -> None:
        print(json.dumps({"t": round(time.time() - began, 1), "event": event, **fields}), file=log, flush=True)

    train_pairs, coverage = build(config, data_root, "train", seed)
    dev_pairs, _ = build(config, data_root, "dev", seed + 1)
    counts = Counter(tag for pair in train_pairs for tag in pair.tags)
    tags = [KEEP, *sorted((t for t, n in counts.items() if n >= int(spec.get("min_tag_count", 3)) and t != KEEP),
                          key=lambda t: -counts[t])]
    label_ids = {t: i for i, t in enumerate(tags)}
    tokenizer = load_tokenizer(SHIPPED_TOKENIZER)
    max_len = int(spec.get("max_source_tokens", 96))
    rows = encode_pairs(tokenizer, train_pairs, label_ids, max_len)
    dev_kept = [p for p in dev_pairs if all(t in label_ids for t in p.tags)]
    dev_rows = encode_pairs(tokenizer, dev_kept, label_ids, max_len)
    dev_kinds = [p.kind for p in dev_kept
                 if len(encode(tokenizer, p.left, p.tokens, p.right, max_len)[1]) == len(p.tags)]
    say("data", train=len(rows), dev=len(dev_rows), tags=len(tags),
        kinds=dict(Counter(p.kind for p in train_pairs).most_common()), coverage=dict(sorted(coverage.items())))

    model = T5ForTokenClassification(T5Config(  # type: ignore[call-arg]  # generic config kwargs
        vocab_size=tokenizer.get_vocab_size(), d_model=int(net["d_model"]), d_kv=int(net["d_kv"]),
        d_ff=int(net["d_ff"]), num_layers=int(net["num_layers"]), num_heads=int(net["num_heads"]),
        dropout_rate=float(net.get("dropout", 0.1)), classifier_dropout=float(net.get("dropout", 0.1)),
        feed_forward_proj="relu", pad_token_id=PAD_ID, num_labels=len(tags),
        id2label=dict(enumerate(tags)), label2id=label_ids, is_encoder_decoder=False))
    # The stock init draws the head at std 1 (T5's factor), which starts the loss near 12;
    # a small head starts it at ln(number of tags).
    torch.nn.init.normal_(model.classifier.weight, std=0.02)
    torch.nn.init.zeros_(model.classifier.bias)
    say("model", parameters=sum(p.numel() for p in model.parameters()))
    steps, batch_size = int(spec["steps"]), int(spec["batch_size"])
    optimizer = torch.optim.AdamW(model.parameters(), lr=float(spec["lr"]),
                                  weight_decay=float(spec.get("weight_decay", 0.01)))
    warmup = int(spec.get("warmup", 200))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.05, 1 - s / steps))
    max_seconds = float(spec.get("max_minutes", 20)) * 60
    order: list[int] = []
    losses: list[float] = []
    step = 0
    model.train()
    dev_every = int(spec.get("eval_every", 0))
    while step < steps:
        if not order:
            order = list(range(len(rows)))
            rng.shuffle(order)
        chunk, order = order[:batch_size], order[batch_size:]
        ids = _tensor([rows[i][0] for i in chunk], PAD_ID)
        labels = _tensor([rows[i][1] for i in chunk], -100)
        mask = (ids != PAD_ID).long()
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
        losses.append(loss.item())
        step += 1
        if step % int(spec.get("log_every", 200)) == 0:
            say("train", step=step, loss=round(sum(losses[-200:]) / len(losses[-200:]), 4))
        if dev_every and step % dev_every == 0:
            model.eval()
            quick = evaluate(model, dev_rows[:1500], dev_kinds[:1500])
            say("dev", step=step, edit_exact=quick["edit_exact"], copy_false_change=quick["copy_false_change"])
            model.train()
        if time.time() - began > max_seconds:
            say("stop", reason="time budget reached", step=step)
            break
    model.eval()
    report = evaluate(model, dev_rows, dev_kinds)
    points = report.pop("points")
    calibration = fit_isotonic(points)
    summary = {
        "seed": seed, "steps": step, "minutes": round((time.time() - began) / 60, 1),
        "train_windows": len(rows), "dev_windows": len(dev_rows),
        "final_loss": round(sum(losses[-200:]) / max(1, len(losses[-200:])), 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "coverage": dict(sorted(coverage.items())), "dev": report,
        "reliability_raw": reliability(points), "threads": int(spec.get("threads", 1)),
    }
    say("eval", **report)
    framing = {"framing": "tags", "tags": tags, "max_source_tokens": max_len,
               "min_confidence": float(config.get("proposer", {}).get("min_confidence", 0.5)),
               "calibration": calibration}
    save(model, tokenizer, framing, {"config": config, **summary}, Path(out_dir), max_len)
    return summary


def save(model: Any, tokenizer: Any, framing: dict[str, Any], summary: dict[str, Any], out_dir: Path,
         max_len: int) -> None:
    """Write the checkpoint to a temporary sibling and rename it into place (keeps a README)."""
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    model.save_pretrained(str(tmp), safe_serialization=True)
    save_tokenizer(tokenizer, tmp, max_len)
    (tmp / FRAMING_FILE).write_text(json.dumps(framing, indent=2) + "\n", encoding="utf-8")
    (tmp / "training.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if (out_dir / "README.md").exists():
        shutil.copy(out_dir / "README.md", tmp / "README.md")
    old = out_dir.with_name(out_dir.name + ".old")
    if out_dir.exists():
        shutil.rmtree(old, ignore_errors=True)
        out_dir.rename(old)
    tmp.rename(out_dir)
    shutil.rmtree(old, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.tag_train", description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        config = load_tag_config(args.config)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = args.out or Path(str(config.get("out", "models/repair-tagger")))
    train(config, args.data, out)
    shutil.rmtree(out.with_name(out.name + ".old"), ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
