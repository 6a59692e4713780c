#!/usr/bin/env bash
# Issue 14, GPU recipe of the boundary classifier: ONE run on the lent GPU machine.
#   bash scripts/device_boundary.sh          (from the repo root, $OUT set; carry .devcarry)
# Env: OUT (required: where the checkpoint and reports go), DEVICE (default cuda; "cpu" only
# for the dry run), MAX_MINUTES (training wall time, default from the config: 6),
# PYTHON (default: the first of python3, python that imports torch), CONFIG (default models/configs/boundary_gpu.toml;
# the v2 recipe: CONFIG=models/configs/boundary_gpu_v2.toml, whose data add boundary_check.jsonl.xz, the clean
# false-join check set scored at every checkpoint and used to pick it).
# .devcarry/ is built on the CPU machine first (with the same CONFIG):
#   python -m models.encoder_export --dtype float16 --out .devcarry/minilm
#   python -m models.boundary_gpu_data --config "$CONFIG" --out .devcarry
set -euo pipefail
: "${OUT:?OUT must name the output folder}"
if [ -z "${PYTHON:-}" ]; then  # the first interpreter that has torch
  for candidate in python3 python; do
    if command -v "$candidate" >/dev/null && "$candidate" -c "import torch" 2>/dev/null; then PYTHON="$candidate"; break; fi
  done
fi
: "${PYTHON:?no python with torch found (set PYTHON)}"
DEVICE="${DEVICE:-cuda}"
CONFIG="${CONFIG:-models/configs/boundary_gpu.toml}"
mkdir -p "$OUT"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}" TOKENIZERS_PARALLELISM=true PYTHONUNBUFFERED=1
"$PYTHON" - "$DEVICE" <<'PY'
import sys, torch
print(f"python {sys.version.split()[0]}  torch {torch.__version__}  cuda build {torch.version.cuda}  "
      f"cuda available {torch.cuda.is_available()}")
if torch.cuda.is_available():
    p = torch.cuda.get_device_properties(0)
    print(f"gpu {p.name}  {p.total_memory / 2**30:.0f} GiB  bf16 {torch.cuda.is_bf16_supported()}")
if sys.argv[1] == "cuda" and not torch.cuda.is_available():
    sys.exit("device_boundary.sh: CUDA is not available here (DEVICE=cuda); stopping before any work")
import transformers, tokenizers, numpy, safetensors
print(f"transformers {transformers.__version__}  tokenizers {tokenizers.__version__}  numpy {numpy.__version__}")
PY
ls -la .devcarry .devcarry/minilm
if [ -f .devcarry/boundary_data.json ]; then head -c 600 .devcarry/boundary_data.json; echo; fi
args=(--config "$CONFIG" --carry .devcarry --out "$OUT" --device "$DEVICE")
if [ -n "${MAX_MINUTES:-}" ]; then args+=(--max-minutes "$MAX_MINUTES"); fi
"$PYTHON" -m models.boundary_gpu "${args[@]}" 2>&1 | tee "$OUT/train.log"
ls -la "$OUT"
