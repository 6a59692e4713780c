"""The boundary classifier's GPU recipe, device side: ``python -m models.boundary_gpu --carry .devcarry --out $OUT``.

Runs on the lent GPU machine, which has torch, transformers, tokenizers, numpy and
safetensors but not ``repair`` or its dependencies, so this module imports only those,
the standard library, :mod:`models.calibration` and :mod:`models.ranker_model` (standard
library only at their tops); a test checks it. The data were built on the CPU
(:mod:`models.boundary_gpu_data`), the encoder exported in float16
(:mod:`models.encoder_export`), both into the carried folder.

Network: :func:`models.ranker_model.build` with a 3-way head, the module tree of
:func:`models.boundary_model.build` (``encoder`` = the MiniLM ``BertModel``, ``head`` =
Linear(384 + 5, hidden), GELU, Linear(hidden, 3); mean pooling), so the checkpoint's
tensor names are the ones ``boundary_model.load`` expects.
Training: cross-entropy, AdamW, warm-up then linear decay over the wall-time budget,
bf16 autocast on CUDA, examples drawn with replacement by weight (``keep`` examples
rescaled to ``negative_share`` of the mass). Every ``checkpoint_minutes`` and at the end
the whole dev file is scored; when its loss is the lowest so far a loadable checkpoint is
written to ``--out`` (atomically; the test table uses that best one): ``model.safetensors`` (the
trained tensors, ``save_dtype``), ``config.json``, ``tokenizer.json``, ``repair.json``
(framing, threshold, calibration fitted on the dev file), ``training.json`` (log, counts)
and, at the end, ``synthetic_test.json`` (per-kind table as ``boundary_eval --synthetic``).
"""

from __future__ import annotations

import argparse
import json
import lzma
import os
import random
import shutil
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.calibration import apply_map, fit_isotonic, reliability
from models.ranker_model import BASE_PACKAGE, BASE_VERSION
from models.ranker_model import build as build_ranker

LABELS = ("keep", "join", "join-comma")  # = models.boundary_data.LABELS (a test checks)
N_FEATURES = 5  # = models.boundary_data.N_FEATURES


def read_examples(path: Path) -> list[dict[str, Any]]:
    """The records of an xz JSON-lines file written by ``boundary_gpu_data.write_examples``."""
    with lzma.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def build(encoder_dir: Path, train_layers: int, hidden: int) -> Any:
    """The classifier over the exported encoder (upcast to float32), lower layers frozen:
    :func:`models.ranker_model.build` with a ``len(LABELS)``-way head."""
    return build_ranker(train_layers, N_FEATURES, hidden, outputs=len(LABELS), encoder_dir=encoder_dir)


class Batches:
    """Pre-tokenised examples; ``tensors(indices)`` pads a batch to its longest pair."""

    def __init__(self, tok: Any, records: Sequence[dict[str, Any]]) -> None:
        import numpy as np

        enc = tok.encode_batch([(r["prev"], r["piece"]) for r in records])
        self.ids = [np.asarray(e.ids, dtype=np.int64) for e in enc]
        self.types = [np.asarray(e.type_ids, dtype=np.int64) for e in enc]
        self.feats = np.asarray([r["feats"] for r in records], dtype=np.float32)
        self.labels = np.asarray([r["label"] for r in records], dtype=np.int64)

    def tensors(self, idx: Sequence[int], device: Any) -> tuple[dict[str, Any], Any]:
        import numpy as np
        import torch

        width = max(len(self.ids[i]) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        types = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for row, i in enumerate(idx):
            n = len(self.ids[i])
            ids[row, :n], types[row, :n], mask[row, :n] = self.ids[i], self.types[i], 1
        batch = {"input_ids": torch.from_numpy(ids), "attention_mask": torch.from_numpy(mask),
                 "token_type_ids": torch.from_numpy(types), "feats": torch.from_numpy(self.feats[list(idx)])}
        return ({k: v.to(device, non_blocking=True) for k, v in batch.items()},
                torch.from_numpy(self.labels[list(idx)]).to(device))


def probabilities(model: Any, data: Batches, n: int, device: Any, bf16: bool, batch: int = 512) -> list[list[float]]:
    """Label probabilities of the first ``n`` examples of ``data`` (eval mode, no gradients)."""
    import torch

    out: list[list[float]] = []
    with torch.inference_mode(), torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
        for i in range(0, n, batch):
            inputs, _ = data.tensors(range(i, min(n, i + batch)), device)
            out += torch.softmax(model(**inputs).float(), dim=-1).tolist()
    return out


def per_kind(records: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]],
             calibration: dict[str, list[float]] | None, threshold: float) -> dict[str, Any]:
    """The synthetic table of ``boundary_eval.synthetic`` for these scored records."""
    kinds: dict[str, Counter[str]] = {}
    points: list[tuple[float, bool]] = []
    for r, p in zip(records, probs, strict=True):
        top = max(range(len(p)), key=lambda i: (p[i], -i))
        confidence = apply_map(calibration, p[top])
        hit = top != 0 and confidence >= threshold
        row = kinds.setdefault(r["kind"], Counter())
        row["n"] += 1
        row["joined"] += hit
        row["exact"] += hit and top == r["label"]
        if top != 0:
            points.append((confidence, top == r["label"]))
    negatives = {r["kind"] for r in records if r["label"] == 0}  # real boundaries, v2's clause-* cuts
    real: Counter[str] = Counter()
    for k in negatives:
        real.update(kinds[k])
    positives = sum(r["n"] for k, r in kinds.items() if k not in negatives)
    joined = sum(r["joined"] for k, r in kinds.items() if k not in negatives)
    exact = sum(r["exact"] for k, r in kinds.items() if k not in negatives)
    table = {k: {"n": r["n"], "recall_join": round(r["joined"] / r["n"], 3),
                 "recall_exact": round(r["exact"] / r["n"], 3),
                 "precision_join": round(r["joined"] / max(1, r["joined"] + real["joined"]), 3)}
             for k, r in sorted(kinds.items()) if k not in negatives}
    return {"threshold": threshold, "examples": len(records), "positives": positives,
            "real_boundaries": real["n"], "real_joined": real["joined"],
            "join_precision": round(joined / max(1, joined + real["joined"]), 3),
            "join_recall": round(joined / max(1, positives), 3),
            "exact_recall": round(exact / max(1, positives), 3),
            "per_kind": table, "reliability_calibrated": reliability(points)}


def false_joins(probs: Sequence[Sequence[float]], calibration: dict[str, list[float]] | None,
                threshold: float) -> int:
    """How many examples of the all-``keep`` check set would be joined: top label not
    ``keep`` and calibrated confidence at least ``threshold``."""
    n = 0
    for p in probs:
        top = max(range(len(p)), key=lambda i: (p[i], -i))
        n += top != 0 and apply_map(calibration, p[top]) >= threshold
    return n


def check_summary(probs: Sequence[Sequence[float]], calibration: dict[str, list[float]] | None,
                  threshold: float) -> dict[str, Any]:
    """False joins on the clean check set at ``threshold``, at 0.8 and uncalibrated (top label)."""
    return {"n": len(probs), "threshold": threshold, "false_joins": false_joins(probs, calibration, threshold),
            "false_joins_0.8": false_joins(probs, calibration, 0.8),
            "false_joins_raw_top": false_joins(probs, None, 0.0)}


def selection_key(false: int | None, loss: float, dev_recall: float = 1.0,
                  min_recall: float = 0.0) -> tuple[bool, int, float]:
    """The checkpoint order: a checkpoint that joins at least ``min_recall`` of the dev
    cuts at the threshold first (a model that joins nothing has no false joins either), then
    the fewest false joins on the clean check set (at the threshold), then the lowest dev
    loss; without a check set (v1 data) the dev loss alone."""
    return (dev_recall < min_recall, false if false is not None else 0, loss)


def dev_points(records: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]]) -> list[tuple[float, bool]]:
    """(raw confidence, exactly right) of every predicted join: the calibration's input."""
    out = []
    for r, p in zip(records, probs, strict=True):
        top = max(range(len(p)), key=lambda i: (p[i], -i))
        if top != 0:
            out.append((p[top], top == r["label"]))
    return out


def _write_json(path: Path, value: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(value, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def save(model: Any, out: Path, carry: Path, config: dict[str, Any], framing: dict[str, Any]) -> None:
    """A checkpoint ``boundary_model.load`` reads: trained tensors, config, tokenizer, framing."""
    import torch
    from safetensors.torch import save_file

    dtype = getattr(torch, config["model"].get("save_dtype", "float32"))
    state = {n: p.detach().to("cpu", dtype).contiguous() for n, p in model.named_parameters() if p.requires_grad}
    tmp = out / "model.safetensors.tmp"
    save_file(state, str(tmp), metadata={"format": "pt"})
    os.replace(tmp, out / "model.safetensors")
    if not (out / "tokenizer.json").exists():
        shutil.copyfile(carry / "minilm" / "tokenizer.json", out / "tokenizer.json")
    m = config["model"]
    _write_json(out / "config.json", {"architecture": "minilm-boundary", "base_package": BASE_PACKAGE,
                                      "base_version": BASE_VERSION, "labels": list(LABELS),
                                      "n_features": N_FEATURES, "train_layers": int(m["train_layers"]),
                                      "head_hidden": int(m["head_hidden"]), "max_tokens": int(m["max_tokens"]),
                                      "trained_on": "float16 export of the base (frozen layers fp16-rounded)",
                                      "saved_dtype": str(m.get("save_dtype", "float32"))})
    _write_json(out / "repair.json", framing)


def sampling_weights(records: Sequence[dict[str, Any]], negative_share: float) -> list[float]:
    """Per-example weights with the ``keep`` examples' total at ``negative_share`` of all."""
    neg = sum(r["weight"] for r in records if r["label"] == 0)
    pos = sum(r["weight"] for r in records if r["label"] != 0)
    scale_neg = negative_share / max(neg, 1e-9)
    scale_pos = (1 - negative_share) / max(pos, 1e-9)
    return [r["weight"] * (scale_neg if r["label"] == 0 else scale_pos) for r in records]


def train(config: dict[str, Any], carry: Path, out: Path, device_name: str, max_minutes: float) -> dict[str, Any]:
    """Run the recipe (see the module doc); returns the record also in ``training.json``."""
    import torch
    from tokenizers import Tokenizer

    started = time.time()
    seed = int(config["seed"])
    random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device(device_name)
    d, m, t = config["data"], config["model"], config["train"]
    bf16 = bool(t.get("bf16", True)) and device.type == "cuda"
    out.mkdir(parents=True, exist_ok=True)
    train_rec = read_examples(carry / "boundary_train.jsonl.xz")
    dev_rec = read_examples(carry / "boundary_dev.jsonl.xz")
    test_rec = read_examples(carry / "boundary_test.jsonl.xz")
    tok = Tokenizer.from_file(str(carry / "minilm" / "tokenizer.json"))
    tok.enable_truncation(max_length=int(m["max_tokens"]), strategy="longest_first")
    tok.no_padding()
    check_path = carry / "boundary_check.jsonl.xz"
    check_rec = read_examples(check_path) if check_path.is_file() else []
    train_b, dev_b, test_b = Batches(tok, train_rec), Batches(tok, dev_rec), Batches(tok, test_rec)
    check_b = Batches(tok, check_rec) if check_rec else None
    counts = Counter(r["kind"] for r in train_rec)
    print(f"data: {len(train_rec)} train {dict(sorted(counts.items()))}, {len(dev_rec)} dev, {len(test_rec)} test, "
          f"{len(check_rec)} clean check; "
          f"tokenised in {time.time() - started:.0f}s", flush=True)
    model = build(carry / "minilm", int(m["train_layers"]), int(m["head_hidden"])).to(device)
    encoder_params = [p for n, p in model.named_parameters() if p.requires_grad and n.startswith("encoder.")]
    optimizer = torch.optim.AdamW([{"params": encoder_params, "lr": float(t["lr"])},
                                   {"params": list(model.head.parameters()), "lr": float(t["head_lr"])}],
                                  weight_decay=float(t["weight_decay"]), fused=device.type == "cuda")
    weights = torch.tensor(sampling_weights(train_rec, float(d["negative_share"])), dtype=torch.double)
    gen = torch.Generator().manual_seed(seed)
    batch, warmup, log_every = int(t["batch_size"]), int(t["warmup"]), int(t["log_every"])
    budget = 60 * max_minutes
    t0 = time.time()
    framing: dict[str, Any] = {"framing": "boundary", "min_confidence": float(config["proposer"]["min_confidence"]),
                               "calibration": None}
    log: list[dict[str, Any]] = []
    record: dict[str, Any] = {"seed": seed, "config": config, "device": device_name, "labels": list(LABELS),
                              "train_examples": len(train_rec), "train_counts": dict(sorted(counts.items())),
                              "dev_examples": len(dev_rec), "test_examples": len(test_rec),
                              "check_examples": len(check_rec),
                              "selection": "false joins on the clean check set, then dev loss" if check_rec
                              else "dev loss", "log": log}
    if device.type == "cuda":
        record["gpu"] = torch.cuda.get_device_name(0)
    next_checkpoint = t0 + 60 * float(t["checkpoint_minutes"])
    step, seen = 0, 0
    best: dict[str, Any] = {}
    running: Any = 0.0
    model.train()
    while True:
        elapsed = time.time() - t0
        if elapsed >= budget or step >= int(t.get("steps", 10**9)):
            break
        step += 1
        scale = min(1.0, step / warmup) * max(0.02, 1 - elapsed / budget)  # decay over wall time
        for group, base in zip(optimizer.param_groups, (float(t["lr"]), float(t["head_lr"])), strict=True):
            group["lr"] = base * scale
        idx = torch.multinomial(weights, batch, replacement=True, generator=gen).tolist()
        inputs, labels = train_b.tensors(idx, device)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=bf16):
            logits = model(**inputs)
        loss = torch.nn.functional.cross_entropy(logits.float(), labels)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
        optimizer.step()
        running = running + loss.detach()  # a device tensor: no sync per step
        seen += batch
        if step % log_every == 0:
            mean = float(running) / log_every
            log.append({"step": step, "loss": round(mean, 4), "seconds": round(time.time() - t0, 1)})
            print(f"step {step} loss {mean:.4f} {time.time() - t0:.0f}s", flush=True)
            running = 0.0
        if time.time() >= next_checkpoint:
            next_checkpoint += 60 * float(t["checkpoint_minutes"])
            _checkpoint(model, (dev_b, dev_rec, check_b), device, bf16, out, carry, config, framing, record, step,
                        seen, t0, best)
    record["steps_run"], record["examples_seen"] = step, seen
    record["train_minutes"] = round((time.time() - t0) / 60, 2)
    if not record["log"] or record["log"][-1].get("step") != step or "dev_loss" not in record["log"][-1]:
        _checkpoint(model, (dev_b, dev_rec, check_b), device, bf16, out, carry, config, framing, record, step,
                    seen, t0, best)
    if best.get("state") is not None and best["step"] != step:  # a later minute overfitted: back to the best
        model.load_state_dict({k: v.to(device) for k, v in best["state"].items()}, strict=False)
    record["kept_step"] = best.get("step")
    model.eval()
    probs = probabilities(model, test_b, len(test_rec), device, bf16)
    table = per_kind(test_rec, probs, best["framing"]["calibration"], framing["min_confidence"])
    table["at_0.8"] = {k: v for k, v in per_kind(test_rec, probs, best["framing"]["calibration"], 0.8).items()
                       if k != "reliability_calibrated"}
    table["kept_step"] = best.get("step")
    if check_b is not None:
        check_probs = probabilities(model, check_b, len(check_rec), device, bf16)
        table["clean_check"] = check_summary(check_probs, best["framing"]["calibration"], framing["min_confidence"])
    _write_json(out / "synthetic_test.json", table)
    print(json.dumps({k: table[k] for k in ("kept_step", "join_precision", "join_recall", "exact_recall",
                                            "real_joined", "clean_check") if k in table}), flush=True)
    for kind, row in table["per_kind"].items():
        print(f"  {kind:12} n {row['n']:4} joined {row['recall_join']:.3f} exact {row['recall_exact']:.3f}", flush=True)
    record["total_minutes"] = round((time.time() - started) / 60, 2)
    _write_json(out / "training.json", record)
    return record


def _checkpoint(model: Any, scored: tuple[Batches, Sequence[dict[str, Any]], Batches | None], device: Any,
                bf16: bool, out: Path, carry: Path, config: dict[str, Any], framing: dict[str, Any],
                record: dict[str, Any], step: int, seen: int, t0: float, best: dict[str, Any]) -> None:
    """Score the whole dev file (and the clean check set, when carried); when this
    checkpoint comes first in :func:`selection_key` order so far, write it as a loadable
    checkpoint with the calibration refitted on dev (and keep its tensors in ``best``);
    always the record."""
    import math

    dev_b, dev_rec, check_b = scored
    model.eval()
    probs = probabilities(model, dev_b, len(dev_rec), device, bf16)
    check_probs = probabilities(model, check_b, len(check_b.labels), device, bf16) if check_b is not None else None
    model.train()
    loss = sum(-math.log(max(p[r["label"]], 1e-12)) for r, p in zip(dev_rec, probs, strict=True)) / max(1, len(dev_rec))
    points = dev_points(dev_rec, probs)
    calibration = fit_isotonic(points)
    dev = per_kind(dev_rec, probs, None, 0.5)
    check = check_summary(check_probs, calibration, framing["min_confidence"]) if check_probs is not None else None
    dev_recall = per_kind(dev_rec, probs, calibration, framing["min_confidence"])["join_recall"]
    key = selection_key(check["false_joins"] if check else None, loss, dev_recall,
                        float(config["train"].get("min_dev_recall", 0.0)) if check else 0.0)
    improved = key < best.get("key", (True, math.inf, math.inf))
    entry = {"step": step, "examples_seen": seen, "seconds": round(time.time() - t0, 1), "dev_n": len(dev_rec),
             "dev_loss": round(loss, 4), "dev_join_precision_raw": dev["join_precision"],
             "dev_join_recall_raw": dev["join_recall"], "dev_exact_raw": dev["exact_recall"],
             "dev_join_recall_at_threshold": dev_recall, "saved": improved}
    if check:
        entry.update(check_false_joins=check["false_joins"], check_false_joins_08=check["false_joins_0.8"],
                     check_false_joins_raw=check["false_joins_raw_top"], check_n=check["n"])
    record["log"].append(entry)
    if improved:
        framing["calibration"] = calibration
        record["dev_reliability_raw"] = reliability(points)
        save(model, out, carry, config, framing)
        best.update(key=key, loss=loss, step=step, framing=json.loads(json.dumps(framing)),
                    state={n: p.detach().to("cpu", copy=True) for n, p in model.named_parameters() if p.requires_grad})
    _write_json(out / "training.json", record)
    falses = (f" clean false joins {check['false_joins']}/{check['n']} (0.8: {check['false_joins_0.8']}, "
              f"raw {check['false_joins_raw_top']})") if check else ""
    print(f"  checkpoint at step {step}: dev loss {loss:.4f} join P {dev['join_precision']:.3f} "
          f"R {dev['join_recall']:.3f} (at {framing['min_confidence']}: {dev_recall:.3f}) "
          f"exact {dev['exact_recall']:.3f} (n {len(dev_rec)}){falses}"
          f"{' saved' if improved else ' (not before step ' + str(best['step']) + ': not saved)'}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.boundary_gpu", description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("models/configs/boundary_gpu.toml"))
    parser.add_argument("--carry", type=Path, default=Path(".devcarry"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--device", default="cuda")
    parser.add_argument("--max-minutes", type=float, help="override train.max_minutes")
    args = parser.parse_args(argv)
    try:
        config = tomllib.loads(args.config.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        parser.error(f"{args.config}: {exc}")
    missing = [p for p in ("boundary_train.jsonl.xz", "boundary_dev.jsonl.xz", "boundary_test.jsonl.xz",
                           "minilm/model.safetensors", "minilm/tokenizer.json") if not (args.carry / p).is_file()]
    if missing:
        parser.error(f"{args.carry}: missing {', '.join(missing)} (build them with models.boundary_gpu_data "
                     "and models.encoder_export)")
    minutes = args.max_minutes if args.max_minutes is not None else float(config["train"]["max_minutes"])
    train(config, args.carry, args.out, args.device, minutes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
