"""Optional sentence-embedding features for junk lines: is this line about the passage's story?

A related-story link or a share prompt is off the passage's topic; a title or subhead is on
it. The frozen all-MiniLM-L6-v2 encoder from the pinned package (``models.ranker_model.
base_dir``, loaded offline) embeds each line (384 floats, unit length); the features are the
cosine to the mean of the passage's other lines and the largest cosine to any one of them.
``raw=True`` appends the 384 embedding values too. About 1 CPU second per 500 short lines.
"""

from __future__ import annotations

import os

EMBED_FEATURES = ("emb_cos_rest", "emb_cos_max")


class LineEncoder:
    """Embeds lines with the frozen MiniLM encoder (BaseModelError if the package is absent)."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        from models.ranker_model import base_dir

        self._model = SentenceTransformer(str(base_dir()), device="cpu")

    def features(self, texts: list[str], raw: bool = False) -> list[list[float]]:
        """One row per text: ``EMBED_FEATURES`` (+ 384 raw values when ``raw``)."""
        import numpy as np

        if not texts:
            return []
        emb = self._model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False)
        emb = np.asarray(emb, dtype=float)
        total = emb.sum(axis=0)
        rows = []
        for i in range(len(texts)):
            if len(texts) == 1:
                cos_rest = cos_max = 0.0
            else:
                rest = total - emb[i]
                norm = float(np.linalg.norm(rest)) or 1.0
                cos_rest = float(emb[i] @ rest / norm)
                sims = emb @ emb[i]
                sims[i] = -1.0
                cos_max = float(sims.max())
            row = [cos_rest, cos_max]
            if raw:
                row.extend(emb[i].tolist())
            rows.append(row)
        return rows
