"""A hard corpus: every paragraph a trade-news paragraph with places and numbers, most not facts.

Articles of 4–8 paragraphs drawn from the labelled passages we tune on (`tests/data/dev.jsonl`,
`tests/data/train-real.jsonl`; never the validation part), positives and negatives alike, with
their own publication dates. `iter_hard(n, seed)` yields {"id", "published", "title", "text"}.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
PARTS = ("dev.jsonl", "train-real.jsonl")


def _passages() -> list[dict]:
    rows = []
    for name in PARTS:
        with open(DATA / name, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def iter_hard(n: int = 2_000, seed: int = 20261206) -> Iterator[dict]:
    """n articles one at a time, the same for the same seed."""
    rng = random.Random(seed)
    passages = _passages()
    for k in range(n):
        chosen = rng.sample(passages, rng.randrange(4, 9))
        yield {"id": f"hard-{k:06d}", "published": chosen[0]["published"],
               "title": "Экономика: сотрудничество регионов", "text": "\n\n".join(p["text"] for p in chosen)}


def generate_hard(n: int = 2_000, seed: int = 20261206) -> list[dict]:
    """n hard articles, the same for the same seed."""
    return list(iter_hard(n, seed))
