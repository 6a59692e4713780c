"""The boundary classifier's recipe: ``python -m models.boundary_train --config models/configs/boundary_clf.toml``.

Data (:mod:`models.boundary_data`): train-split paragraphs of ``shared/data/news-clean``
(``models.data`` splits by document-id hash); with chance ``rate`` a paragraph gives one
positive (a clean sentence cut at a clause or phrase boundary, capitalised, stopped),
and every real boundary that passes the run-time pre-filter gives a negative (``keep``),
visited ``negative_weight`` times as often. Dev-split paragraphs, built the same way, are
scored every ``eval_every`` steps and fit the calibration at the end; the test split is
left to :mod:`models.boundary_eval`.

Training: cross-entropy over the three labels, AdamW, linear warm-up then decay, on CPU
(``threads``; run it under ``nice``), stopping at ``steps`` or ``max_minutes``. Writes
``--out``: ``model.safetensors`` (trained layers + head only), ``config.json``,
``tokenizer.json``, ``repair.json`` (framing ``boundary``, calibration, threshold) and
``training.json`` (log, data counts, dev figures).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.boundary_data import LABELS, Example, examples_from_paragraph
from models.calibration import fit_isotonic, reliability
from models.data import DataError, iter_docs
from models.recipe_config import add_override_arguments, apply_overrides, read_recipe_config


def collect(data: Path, split: str, max_docs: int, rate: float, seed: int, counts: Counter[str]) -> list[Example]:
    """Examples from the first ``max_docs`` documents of ``split`` (0: all)."""
    rng = random.Random(f"{seed}:{split}")
    out: list[Example] = []
    for number, doc in enumerate(iter_docs(data, split)):
        if max_docs and number >= max_docs:
            break
        for paragraph in doc.paragraphs:
            out += examples_from_paragraph(paragraph, rng, rate, counts)
    return out


def evaluate(model: Any, tok: Any, examples: Sequence[Example]) -> dict[str, Any]:
    """Per kind: how often the boundary is joined (any join label) and exactly right; the
    overall join precision / recall, and the (confidence, exactly right) points of every
    predicted join for calibration."""
    from models.boundary_model import probabilities

    probs = probabilities(model, tok, [(e.prev, e.piece) for e in examples])
    kinds: dict[str, Counter[str]] = {}
    points: list[tuple[float, bool]] = []
    for e, p in zip(examples, probs, strict=True):
        top = max(range(len(p)), key=p.__getitem__)
        row = kinds.setdefault(e.kind, Counter())
        row["n"] += 1
        row["joined"] += top != 0
        row["exact"] += top == e.label
        if top != 0:
            points.append((p[top], top == e.label))
    tp = sum(r["joined"] for k, r in kinds.items() if k != "real")
    fp = kinds.get("real", Counter())["joined"]
    positives = sum(r["n"] for k, r in kinds.items() if k != "real")
    return {"n": len(examples), "join_precision": round(tp / max(1, tp + fp), 4),
            "join_recall": round(tp / max(1, positives), 4),
            "exact": round(sum(r["exact"] for r in kinds.values()) / max(1, len(examples)), 4),
            "per_kind": {k: {"n": r["n"], "joined": round(r["joined"] / r["n"], 3),
                             "exact": round(r["exact"] / r["n"], 3)} for k, r in sorted(kinds.items())},
            "points": points}


def train(config: dict[str, Any], data: Path, out: Path) -> dict[str, Any]:
    """Run the recipe; returns the training record also written to ``training.json``."""
    import torch

    from models.boundary_model import build, encode, save
    from models.ranker_model import BASE_SHA256, base_dir, base_sha256, tokenizer

    if base_sha256(base_dir()) != BASE_SHA256:
        raise DataError(f"{base_dir()}: base encoder weights are not the pinned all-MiniLM-L6-v2")
    seed = int(config["seed"])
    random.seed(seed)
    torch.manual_seed(seed)
    d, m, t = config["data"], config["model"], config["train"]
    torch.set_num_threads(int(t["threads"]))
    started = time.time()
    counts: Counter[str] = Counter()
    train_ex = collect(data, "train", int(d["max_docs"]), float(d["rate"]), seed, counts)
    dev_counts: Counter[str] = Counter()
    dev_ex = collect(data, "dev", int(d["max_dev_docs"]), float(d["rate"]), seed, dev_counts)
    print(f"data: {len(train_ex)} training boundaries, {len(dev_ex)} dev in {time.time() - started:.0f}s; "
          f"{dict(sorted(counts.items()))}", flush=True)
    model = build(int(m["train_layers"]), int(m["head_hidden"]))
    tok = tokenizer(base_dir() / "tokenizer.json", int(m["max_tokens"]))
    if m.get("init"):  # continue from an earlier boundary checkpoint's trained tensors
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(Path(m["init"]) / "model.safetensors")), strict=False)
    encoder_params = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith("encoder.")]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": float(t["lr"])},
                                   {"params": list(model.head.parameters()), "lr": float(t["head_lr"])}],
                                  weight_decay=float(t["weight_decay"]))
    steps, warmup = int(t["steps"]), int(t["warmup"])
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.05, 1 - s / steps))
    rng = random.Random(seed)
    weight = int(d.get("negative_weight", 1))
    pool = [i for i, e in enumerate(train_ex) for _ in range(weight if e.label == 0 else 1)]
    net_config = {"train_layers": int(m["train_layers"]), "head_hidden": int(m["head_hidden"]),
                  "max_tokens": int(m["max_tokens"])}
    framing = {"framing": "boundary", "min_confidence": float(config["proposer"]["min_confidence"]),
               "calibration": None}
    order: list[int] = []
    log: list[dict[str, Any]] = []
    deadline = started + 60 * float(t["max_minutes"])
    batch = int(t["batch_size"])
    running = 0.0
    step = 0
    model.train()
    for step in range(1, steps + 1):
        if len(order) < batch:
            order += rng.sample(pool, len(pool))
        part = [train_ex[order.pop()] for _ in range(batch)]
        logits = model(**encode(tok, [(e.prev, e.piece) for e in part]))
        loss = torch.nn.functional.cross_entropy(logits, torch.tensor([e.label for e in part]))
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
        optimizer.step()
        schedule.step()
        running += loss.item()
        if step % int(t["log_every"]) == 0:
            print(f"step {step} loss {running / int(t['log_every']):.4f} {time.time() - started:.0f}s", flush=True)
            log.append({"step": step, "loss": round(running / int(t["log_every"]), 4),
                        "seconds": round(time.time() - started)})
            running = 0.0
        if step % int(t["eval_every"]) == 0 or time.time() > deadline:
            model.eval()
            result = evaluate(model, tok, dev_ex[: int(t["eval_examples"])])
            model.train()
            print(f"  dev join P {result['join_precision']:.3f} R {result['join_recall']:.3f} "
                  f"exact {result['exact']:.3f} (n {result['n']})", flush=True)
            log.append({"step": step, **{k: v for k, v in result.items() if k not in ("points", "per_kind")}})
            save(model, out, net_config, framing)  # a checkpoint at every evaluation
        if time.time() > deadline:
            print(f"stopping at step {step}: max_minutes reached", flush=True)
            break
    model.eval()
    final = evaluate(model, tok, dev_ex)
    framing["calibration"] = fit_isotonic(final["points"])
    save(model, out, net_config, framing)
    record = {"seed": seed, "config": config, "steps_run": step, "minutes": round((time.time() - started) / 60, 1),
              "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
              "base_sha256": base_sha256(base_dir()), "train_counts": dict(sorted(counts.items())),
              "dev_counts": dict(sorted(dev_counts.items())), "train_examples": len(train_ex),
              "dev_examples": len(dev_ex), "log": log, "dev": {k: v for k, v in final.items() if k != "points"},
              "dev_reliability_raw": reliability(final["points"]), "labels": list(LABELS)}
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"dev join P {final['join_precision']:.3f} R {final['join_recall']:.3f}; wrote {out}", flush=True)
    return record


_REQUIRED = {"data": ("rate", "max_docs", "max_dev_docs"),
             "model": ("train_layers", "head_hidden", "max_tokens"),
             "train": ("threads", "batch_size", "steps", "warmup", "lr", "head_lr", "weight_decay", "log_every",
                       "eval_every", "eval_examples", "max_minutes"),
             "proposer": ("min_confidence",)}


def load_config(path: Path) -> dict[str, Any]:
    """A boundary recipe config (``framing = "boundary"``); ValueError naming the file and
    the first missing entry (`models.recipe_config.read_recipe_config`)."""
    return read_recipe_config(path, "boundary", _REQUIRED)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.boundary_train", description=__doc__.split("\n\n")[0])
    add_override_arguments(parser, "continue from this boundary checkpoint (overrides model.init)")
    parser.add_argument("--max-minutes", type=float, help="override train.max_minutes")
    parser.add_argument("--seed", type=int, help="override seed (a continued run should see other data orders)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except ValueError as exc:
        parser.error(str(exc))
    apply_overrides(config, args)
    if args.max_minutes:
        config["train"]["max_minutes"] = args.max_minutes
    if args.seed:
        config["seed"] = args.seed
    try:
        train(config, args.data, args.out or Path(config["out"]))
    except DataError as exc:
        parser.error(str(exc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
