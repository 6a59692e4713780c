"""Training recipe: ``python -m models.train --config models/configs/shipped.toml``.

Everything that shapes the checkpoint is in the config file (data rates, operator
weights, tokenizer size, network size, steps, learning rate, seed), so a run is
reproduced from its config alone. The run logs loss and dev metrics as it goes and
writes a Hugging Face checkpoint directory (atomically, so a crash never leaves half a
checkpoint), plus ``training.json`` with time, steps and peak memory for the model card.
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
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.corrupt import OPERATORS
from models.data import DEFAULT_DATA, DataError, iter_docs
from models.pairs import COPY, QUOTE_COPY, Pair, make_pairs

FRAMING_FILE = "repair.json"


class ConfigError(Exception):
    """A config file that cannot be used; the message is one line naming it."""


def load_config(path: Path, tables: Sequence[str] = ("data", "tokenizer", "model", "train")) -> dict[str, Any]:
    """Read a TOML config and check the parts a recipe needs (``tables``); ConfigError
    names the file and what is wrong."""
    try:
        config = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    for table in tables:
        if not isinstance(config.get(table), dict):
            raise ConfigError(f"{path}: missing [{table}] table")
    unknown = set(config["data"].get("operators", {})) - set(OPERATORS)
    if unknown:
        raise ConfigError(f"{path}: unknown operators {sorted(unknown)}")
    return config


def _paragraphs(data_root: Path, split: str, max_docs: int) -> list[str]:
    out: list[str] = []
    for count, doc in enumerate(iter_docs(data_root, split)):
        if max_docs and count >= max_docs:
            break
        out.extend(doc.paragraphs)
    return out


def build_pairs(config: dict[str, Any], data_root: Path, split: str, seed: int) -> list[Pair]:
    """Training or dev pairs for a split, as the config describes."""
    spec = config["data"]
    weights = {name: float(spec.get("operators", {}).get(name, 1.0)) for name in OPERATORS}
    max_docs = int(spec.get("max_docs", 0) if split == "train" else spec.get("max_dev_docs", 0))
    pairs = make_pairs(
        _paragraphs(data_root, split, max_docs),
        seed=seed,
        rate=float(spec.get("rate", 0.6)),
        weights=weights,
        copy_fraction=float(spec.get("copy_fraction", 0.3)),
        passes=int(spec.get("passes", 1)) if split == "train" else 1,
        plain_copy_rate=float(spec.get("plain_copy_rate", 0.0)),
        requote_rate=float(spec.get("requote_rate", 0.0)),
    )
    return pairs


def _batches(lengths: Sequence[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Index batches of similar length (less padding), in random order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    chunk = batch_size * 50
    batches: list[list[int]] = []
    for i in range(0, len(order), chunk):
        block = sorted(order[i : i + chunk], key=lambda j: lengths[j])
        batches.extend(block[k : k + batch_size] for k in range(0, len(block), batch_size))
    rng.shuffle(batches)
    return batches


def evaluate(
    model: Any, tokenizer: Any, pairs: list[Pair], framing: dict[str, Any], batch: int = 64
) -> dict[str, float]:
    """Dev metrics: exact match overall, on damaged windows, and copies kept intact."""
    import torch

    from models.modeling import greedy_decode
    from models.tok import encode_source

    model.eval()
    exact = damaged_ok = damaged = copies_ok = copies = 0
    with torch.inference_mode():
        for i in range(0, len(pairs), batch):
            chunk = pairs[i : i + batch]
            sources = [encode_source(tokenizer, p.source, framing["max_source_tokens"]) for p in chunk]
            outputs = greedy_decode(model, sources, framing["max_target_tokens"])
            for pair, out in zip(chunk, outputs, strict=True):
                ok = tokenizer.decode(list(out.ids), skip_special_tokens=False) == pair.target
                exact += ok
                if pair.kind in (COPY, QUOTE_COPY):
                    copies += 1
                    copies_ok += ok
                else:
                    damaged += 1
                    damaged_ok += ok
    model.train()
    return {
        "exact": exact / max(1, len(pairs)),
        "repaired": damaged_ok / max(1, damaged),
        "copied": copies_ok / max(1, copies),
    }


def train(config: dict[str, Any], data_root: Path, out_dir: Path, log: Any = sys.stdout) -> dict[str, Any]:
    """Run the recipe and write the checkpoint; returns the training summary."""
    import torch

    from models.modeling import build_model, count_parameters, label_batch, pad_batch
    from models.tok import encode_batch, encode_source, train_tokenizer

    started = time.time()
    seed = int(config.get("seed", 0))
    spec = config["train"]
    torch.manual_seed(seed)
    torch.set_num_threads(int(spec.get("threads", 2)))
    rng = random.Random(seed)

    def say(event: str, **fields: Any) -> None:
        fields = {"t": round(time.time() - started, 1), "event": event, **fields}
        print(json.dumps(fields), file=log, flush=True)

    train_pairs = build_pairs(config, data_root, "train", seed)
    dev_pairs = build_pairs(config, data_root, "dev", seed + 1)
    dev_pairs = random.Random(seed + 2).sample(dev_pairs, min(len(dev_pairs), int(spec.get("dev_pairs", 400))))
    kinds: dict[str, int] = {}
    for pair in train_pairs:
        kinds[pair.kind] = kinds.get(pair.kind, 0) + 1
    say("data", train_pairs=len(train_pairs), dev_pairs=len(dev_pairs), kinds=kinds)

    tok_spec = config["tokenizer"]
    sample = [p.source for p in train_pairs[: int(tok_spec.get("sample", 40000))]]
    tokenizer = train_tokenizer(sample, int(tok_spec.get("vocab_size", 4000)))
    framing: dict[str, Any] = {
        "max_source_tokens": int(spec.get("max_source_tokens", 96)),
        "max_target_tokens": int(spec.get("max_target_tokens", 40)),
        "min_confidence": float(config.get("proposer", {}).get("min_confidence", 0.9)),
    }
    sources = [encode_source(tokenizer, p.source, framing["max_source_tokens"]) for p in train_pairs]
    targets = encode_batch(tokenizer, [p.target for p in train_pairs], framing["max_target_tokens"])
    say("tokenizer", vocab=tokenizer.get_vocab_size(), mean_source=sum(map(len, sources)) / len(sources))

    model = build_model(tokenizer.get_vocab_size(), config["model"])
    params = count_parameters(model)
    say("model", parameters=params)
    steps = int(spec.get("steps", 1000))
    warmup = int(spec.get("warmup", 200))
    lr = float(spec.get("lr", 1e-3))
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=float(spec.get("weight_decay", 0.01)))

    def schedule(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        progress = (step - warmup) / max(1, steps - warmup)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
    batch_size = int(spec.get("batch_size", 32))
    max_seconds = float(spec.get("max_minutes", 55)) * 60
    lengths = [len(s) + len(t) for s, t in zip(sources, targets, strict=True)]
    batches: list[list[int]] = []
    model.train()
    step, running, last_log, history = 0, 0.0, time.time(), []
    stopped_early = False
    while step < steps:
        if not batches:
            batches = _batches(lengths, batch_size, rng)
        idx = batches.pop()
        ids, mask = pad_batch([sources[j] for j in idx])
        labels = label_batch([targets[j] for j in idx])
        loss = model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        running += float(loss.detach())
        step += 1
        if step % int(spec.get("log_every", 50)) == 0:
            now = time.time()
            say("train", step=step, loss=round(running / spec.get("log_every", 50), 4),
                lr=scheduler.get_last_lr()[0], steps_per_s=round(spec.get("log_every", 50) / (now - last_log), 2))
            running, last_log = 0.0, now
        if step % int(spec.get("eval_every", 500)) == 0 or step == steps:
            metrics = evaluate(model, tokenizer, dev_pairs, framing)
            history.append({"step": step, **metrics})
            say("dev", step=step, **{k: round(v, 4) for k, v in metrics.items()})
        if time.time() - started > max_seconds:
            stopped_early = True
            say("stop", reason=f"time budget of {spec.get('max_minutes')} minutes reached", step=step)
            break
    summary = {
        "seed": seed,
        "steps": step,
        "stopped_early": stopped_early,
        "parameters": params,
        "train_pairs": len(train_pairs),
        "pair_kinds": kinds,
        "train_seconds": round(time.time() - started, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "threads": torch.get_num_threads(),
        "dev_history": history,
    }
    save_checkpoint(model, tokenizer, framing, summary, config, out_dir)
    say("saved", path=str(out_dir), **{k: v for k, v in summary.items() if k != "dev_history"})
    return summary


def save_checkpoint(model: Any, tokenizer: Any, framing: dict[str, Any], summary: dict[str, Any],
                    config: dict[str, Any], out_dir: Path) -> None:
    """Write the checkpoint to a temporary sibling and rename it into place."""
    from models.tok import save_tokenizer

    out_dir = Path(out_dir)
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    model.generation_config.max_new_tokens = framing["max_target_tokens"]
    model.save_pretrained(str(tmp), safe_serialization=True)
    save_tokenizer(tokenizer, tmp, framing["max_source_tokens"])
    (tmp / FRAMING_FILE).write_text(json.dumps(framing, indent=2) + "\n", encoding="utf-8")
    (tmp / "training.json").write_text(json.dumps({"config": config, **summary}, indent=2) + "\n", encoding="utf-8")
    readme = out_dir / "README.md"
    if readme.exists():
        shutil.copy(readme, tmp / "README.md")
    if out_dir.exists():
        old = out_dir.with_name(out_dir.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        out_dir.rename(old)
        tmp.rename(out_dir)
        shutil.rmtree(old)
    else:
        tmp.rename(out_dir)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.train", description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True, type=Path, help="TOML recipe (see models/configs/)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (default ../shared/data)")
    parser.add_argument("--out", type=Path, help="checkpoint directory (default: the config's `out`)")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        out = args.out or Path(str(config.get("out", "models/checkpoint")))
        train(config, args.data, out)
    except (ConfigError, DataError) as exc:
        print(f"models.train: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
