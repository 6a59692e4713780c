"""The candidate ranker's recipe: ``python -m models.ranker_train --config models/configs/ranker.toml``.

Data (``models.ranker_data``): stops found by FR001/SP001 in train-split paragraphs of
``shared/data/news-clean``, about ``rate`` of them garbled by one corruption operator;
gold = the candidate that gives back the clean paragraph (*leave* at a real stop). Dev
split stops pick nothing but are scored every ``eval_every`` steps and fit the
calibration at the end; the test split is left to ``models.reliability``/``stops_eval``.

Training: listwise softmax cross-entropy over each stop's candidates, AdamW, linear
warm-up then decay, on CPU (``threads``; run it under ``nice``), stopping at ``steps`` or
``max_minutes``. Writes ``--out`` (default the config's ``out``): ``model.safetensors``
(trained layers + head only), ``config.json``, ``tokenizer.json``, ``repair.json``
(framing ``ranker``, calibration map, threshold), ``training.json`` (log, data counts,
dev figures) and ``README.md`` (the card, ``models.ranker_card``).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.calibration import fit_isotonic, reliability
from models.data import DataError, iter_docs
from models.ranker_data import N_FEATURES, Example, examples_from_paragraph
from models.ranker_model import (
    BASE_PACKAGE,
    BASE_SHA256,
    BASE_VERSION,
    base_dir,
    base_sha256,
    build,
    encode,
    group_softmax,
)
from models.recipe_config import add_override_arguments, apply_overrides, read_recipe_config


def collect(data: Path, split: str, max_docs: int, settings: dict[str, Any], seed: int,
            counts: Counter[str]) -> list[Example]:
    """Examples from the first ``max_docs`` documents of ``split`` (paragraphs of >= 12 words)."""
    rng = random.Random(f"{seed}:{split}")
    weights = {str(k): float(v) for k, v in settings["operators"].items()}
    out: list[Example] = []
    for number, doc in enumerate(iter_docs(data, split)):
        if number >= max_docs:
            break
        for paragraph in doc.paragraphs:
            if len(paragraph.split()) >= 12:
                out += examples_from_paragraph(paragraph, rng, float(settings["rate"]), weights, counts,
                                               float(settings.get("negative_rate", 0.0)))
    return out


def score(model: Any, tok: Any, examples: Sequence[Example], batch: int = 16) -> list[list[float]]:
    """Each example's candidate probabilities (no gradient)."""
    import torch

    out: list[list[float]] = []
    with torch.no_grad():
        for i in range(0, len(examples), batch):
            part = examples[i : i + batch]
            inputs = encode(tok, [t for e in part for t in e.texts], [f for e in part for f in e.feats])
            scores = model(**inputs)
            out += [p.tolist() for p in group_softmax(scores, [len(e.texts) for e in part])]
    return out


def evaluate(model: Any, tok: Any, examples: Sequence[Example]) -> dict[str, Any]:
    """Top-1 accuracy of the ranker and of the rules' order, overall and per operator."""
    probs = score(model, tok, examples)
    rows: dict[str, Counter[str]] = {}
    points = []
    for e, p in zip(examples, probs, strict=True):
        top = max(range(len(p)), key=p.__getitem__)
        row = rows.setdefault(e.operator, Counter())
        row["n"] += 1
        row["ranker"] += top == e.gold
        row["rules"] += e.rule_first == e.gold
        points.append((max(p), top == e.gold))
    n = max(1, len(examples))
    return {"n": len(examples), "ranker": sum(r["ranker"] for r in rows.values()) / n,
            "rules": sum(r["rules"] for r in rows.values()) / n,
            "per_operator": {k: {"n": v["n"], "ranker": round(v["ranker"] / v["n"], 3),
                                 "rules": round(v["rules"] / v["n"], 3)} for k, v in sorted(rows.items())},
            "points": points}


def train(config: dict[str, Any], data: Path, out: Path) -> dict[str, Any]:
    """Run the recipe; returns the training record also written to ``training.json``."""
    import torch

    from models.ranker_model import tokenizer

    if base_sha256(base_dir()) != BASE_SHA256:
        raise DataError(f"{base_dir()}: base encoder weights are not the pinned all-MiniLM-L6-v2 ({BASE_SHA256[:12]}…)")
    seed = int(config["seed"])
    random.seed(seed)
    torch.manual_seed(seed)
    t = config["train"]
    torch.set_num_threads(int(t["threads"]))
    started = time.time()
    counts: Counter[str] = Counter()
    train_ex = collect(data, "train", int(config["data"]["max_docs"]), config["data"], seed, counts)
    dev_counts: Counter[str] = Counter()
    dev_ex = collect(data, "dev", int(config["data"]["max_dev_docs"]), config["data"], seed, dev_counts)
    print(f"data: {len(train_ex)} training stops, {len(dev_ex)} dev stops in {time.time() - started:.0f}s; "
          f"{dict(sorted(counts.items()))}", flush=True)
    m = config["model"]
    model = build(int(m["train_layers"]), N_FEATURES, int(m["head_hidden"]))
    tok = tokenizer(base_dir() / "tokenizer.json", int(m["max_tokens"]))
    if m.get("init"):  # warm start from an earlier ranker checkpoint's trained tensors
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
    # Stops where the rules' first choice is wrong teach what the rules' features cannot;
    # ``hard_weight`` visits them that many times as often.
    hard = int(t.get("hard_weight", 1))
    pool = [i for i, e in enumerate(train_ex) for _ in range(hard if e.gold != e.rule_first else 1)]
    order: list[int] = []
    log: list[dict[str, Any]] = []
    deadline = started + 60 * float(t["max_minutes"])
    batch = int(t["batch_stops"])
    running = 0.0
    step = 0
    model.train()
    for step in range(1, steps + 1):
        if len(order) < batch:
            order += rng.sample(pool, len(pool))
        part = [train_ex[order.pop()] for _ in range(batch)]
        inputs = encode(tok, [x for e in part for x in e.texts], [f for e in part for f in e.feats])
        scores = model(**inputs)
        sizes = [len(e.texts) for e in part]
        loss = torch.stack([-torch.log_softmax(s, 0)[e.gold]
                            for s, e in zip(torch.split(scores, sizes), part, strict=True)]).mean()
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
            result = evaluate(model, tok, dev_ex[: int(t["eval_stops"])])
            model.train()
            print(f"  dev top-1 ranker {result['ranker']:.3f} rules {result['rules']:.3f} (n {result['n']})",
                  flush=True)
            log.append({"step": step, "dev_ranker": round(result["ranker"], 4), "dev_rules": round(result["rules"], 4)})
            # a checkpoint at every evaluation, so a late failure never loses the run
            save_checkpoint(model, out, int(m["train_layers"]), int(m["head_hidden"]), int(m["max_tokens"]),
                            float(config["proposer"]["min_confidence"]), None)
        if time.time() > deadline:
            print(f"stopping at step {step}: max_minutes reached", flush=True)
            break
    model.eval()
    final = evaluate(model, tok, dev_ex)
    calibration = fit_isotonic(final["points"])
    save_checkpoint(model, out, int(m["train_layers"]), int(m["head_hidden"]), int(m["max_tokens"]),
                    float(config["proposer"]["min_confidence"]), calibration)
    record = {"seed": seed, "config": config, "steps_run": step, "minutes": round((time.time() - started) / 60, 1),
              "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
              "base_sha256": base_sha256(base_dir()), "train_counts": dict(sorted(counts.items())),
              "train_stops": len(train_ex), "dev_stops": len(dev_ex), "log": log,
              "dev": {k: v for k, v in final.items() if k != "points"},
              "dev_reliability_raw": reliability(final["points"])}
    (out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"dev top-1 ranker {final['ranker']:.3f} rules {final['rules']:.3f}; wrote {out}", flush=True)
    return record


def save_checkpoint(model: Any, out: Path, train_layers: int, head_hidden: int, max_tokens: int,
                    min_confidence: float, calibration: dict[str, list[float]] | None) -> None:
    """Write the loadable part of a ranker checkpoint to ``out``: the trained tensors,
    ``config.json`` (the network), the base tokenizer and ``repair.json`` (the framing)."""
    from safetensors.torch import save_file

    from models.ranker_model import trainable_state

    out.mkdir(parents=True, exist_ok=True)
    save_file(trainable_state(model), str(out / "model.safetensors"), metadata={"format": "pt"})
    shutil.copyfile(base_dir() / "tokenizer.json", out / "tokenizer.json")
    net = {"architecture": "minilm-ranker", "base_package": BASE_PACKAGE, "base_version": BASE_VERSION,
           "train_layers": train_layers, "n_features": N_FEATURES, "head_hidden": head_hidden, "max_tokens": max_tokens}
    (out / "config.json").write_text(json.dumps(net, indent=2) + "\n", encoding="utf-8")
    framing = {"framing": "ranker", "min_confidence": min_confidence, "calibration": calibration}
    (out / "repair.json").write_text(json.dumps(framing, indent=2) + "\n", encoding="utf-8")


_REQUIRED = {"data": ("rate", "max_docs", "max_dev_docs", "operators"),
             "model": ("train_layers", "head_hidden", "max_tokens"),
             "train": ("threads", "batch_stops", "steps", "warmup", "lr", "head_lr", "weight_decay", "log_every",
                       "eval_every", "eval_stops", "max_minutes"),
             "proposer": ("min_confidence",)}


def load_ranker_config(path: Path) -> dict[str, Any]:
    """A ranker recipe config (``framing = "ranker"``); ValueError naming the file and the
    first missing or unknown entry (`models.recipe_config.read_recipe_config`, then the operators)."""
    config = read_recipe_config(path, "ranker", _REQUIRED)
    from models.corrupt import OPERATORS

    unknown = sorted(set(config["data"]["operators"]) - set(OPERATORS))
    if unknown:
        raise ValueError(f"{path}: unknown operators {', '.join(unknown)}")
    return config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.ranker_train", description=__doc__.split("\n\n")[0])
    add_override_arguments(parser, "warm start from this ranker checkpoint (overrides model.init)")
    args = parser.parse_args(argv)
    try:
        config = load_ranker_config(args.config)
    except ValueError as exc:
        parser.error(str(exc))
    apply_overrides(config, args)
    try:
        train(config, args.data, args.out or Path(config["out"]))
    except DataError as exc:
        parser.error(str(exc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
