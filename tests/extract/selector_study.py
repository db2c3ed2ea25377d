"""Would a learned selector over the rules' facts raise strict F1? python -m tests.extract.selector_study

The measurement behind docs/extraction.md, "Design": a logistic regression (scikit-learn, the `dev`
extra) decides which of the rules' facts to keep, from the confidence features
(etl/extract/confidence.py) with or without lexical features (the words in the clause around the
figure, before it and after it, cut to their first five letters). It is judged by 5-fold
cross-validation with folds by `source_url`, never on validation.

The rules were tuned on dev.jsonl and train-real.jsonl, so their facts there are right far more often
than on text they never saw, and a selector trained and judged on them alone learns little about the
errors of new text. `tests/data/untuned-1.37.0-train-real.jsonl` holds the facts extractor 1.37.0
gave on train-real before anyone read those passages (commit b225b93, where they were split off;
strict F1 0.665 there, as the current rules score on validation): errors of unseen text. They are
featurized by the current code (the features read only a finished fact and its quote), so the
selector trains on them and on the current facts of the training folds, and the held-out fold's
untuned facts say what it does to unseen text. Prints one row per design and cut: strict F1 on the
untuned facts / on the current train-real / on the current dev, and negatives left clean.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from etl.extract import raw_facts
from etl.extract.calibrate import labels_for
from etl.extract.confidence import _figure_position, _quote_info, features
from etl.model import Fact

DATA = Path(__file__).resolve().parents[1] / "data"
sys.path.insert(0, str(DATA.parent))
from score_facts import load, score  # noqa: E402

UNTUNED = DATA / "untuned-1.37.0-train-real.jsonl"
FOLDS = 5
CUTS = (0.0, 0.2, 0.3, 0.4, 0.5)
C_GRID = (0.01, 0.03, 0.1, 0.3)
_WORD = re.compile(r"[а-яёa-z]+")
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:(]|\s[—–-]\s")


def fold_of(url: str) -> int:
    return int(hashlib.sha256(url.encode()).hexdigest(), 16) % FOLDS


def lexical(fact: Fact) -> dict[str, float]:
    """Words before the figure (L:), after it (R:) and in its clause (C:), first five letters."""
    q = fact.quote.lower()
    pos = _figure_position(fact, _quote_info(fact.quote), fact.quote) or 0
    lo = max((m.end() for m in _BREAK.finditer(q, 0, pos)), default=0)
    brk = _BREAK.search(q, pos + 1)
    out = {"L:" + w[:5]: 1.0 for w in _WORD.findall(q[max(0, pos - 90):pos])[-8:]}
    out.update({"R:" + w[:5]: 1.0 for w in _WORD.findall(q[pos:pos + 60])[:5]})
    out.update({"C:" + w[:5]: 1.0 for w in _WORD.findall(q[lo:brk.start() if brk else len(q)])})
    return out


def passages(name: str, saved: Path | None = None) -> list[dict]:
    """Each passage with its facts (the current rules', or saved ones), features, labels and fold."""
    stored = {}
    if saved:
        stored = {r["id"]: r["facts"] for r in map(json.loads, saved.open(encoding="utf-8"))}
    out = []
    for pid, row in load(str(DATA / name)).items():
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        facts = [Fact.from_dict(d) for d in stored[pid]] if saved else raw_facts(row["text"], published)
        pred = [f.to_dict() for f in facts]
        xs = [{**x, **lexical(f)} for f, x in zip(facts, features(facts, published), strict=True)]
        out.append({"id": pid, "gold": row, "pred": pred, "x": xs, "y": labels_for(row.get("facts") or [], pred),
                    "fold": fold_of(row["source_url"])})
    return out


def _rows(ps: list[dict], use_lexical: bool, vocab: set[str] | None = None):
    xs = [{k: v for k, v in x.items() if ":" not in k or (use_lexical and (vocab is None or k in vocab))}
          for p in ps for x in p["x"]]
    return xs, [y for p in ps for y in p["y"]]


def out_of_fold(sets: dict[str, list[dict]], use_lexical: bool, c: float) -> dict[str, list[float]]:
    """Each fact's kept-probability from a model fitted on the other folds of every set."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    probs = {name: [0.0] * sum(len(p["y"]) for p in ps) for name, ps in sets.items()}
    for k in range(FOLDS):
        train = [p for ps in sets.values() for p in ps if p["fold"] != k]
        seen = Counter(f for p in train for x in p["x"] for f in x if ":" in f)
        vocab = {f for f, n in seen.items() if n >= 2}
        X, y = _rows(train, use_lexical, vocab)
        model = make_pipeline(DictVectorizer(sparse=False), StandardScaler(),
                              LogisticRegression(C=c, max_iter=3000)).fit(X, y)
        for name, ps in sets.items():
            i = 0
            for p in ps:
                n = len(p["y"])
                if p["fold"] == k and n:
                    probs[name][i:i + n] = model.predict_proba(_rows([p], use_lexical, vocab)[0])[:, 1].tolist()
                i += n
    return probs


def f1_after(ps: list[dict], probs: list[float], cut: float) -> tuple[float, int, int]:
    """Strict F1 and clean negatives when facts below `cut` are dropped."""
    it = iter(probs)
    pred = {p["id"]: {"facts": [f for f in p["pred"] if next(it) >= cut]} for p in ps}
    r = score({p["id"]: p["gold"] for p in ps}, pred)
    return r["strict"]["f1"], r["negative_passages_clean"], r["negative_passages"]


def main(argv: list[str] | None = None) -> None:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
                            ).parse_args(argv)
    sets = {"untuned": passages("train-real.jsonl", UNTUNED), "train": passages("train-real.jsonl"),
            "dev": passages("dev.jsonl")}
    print("design                 C     " + "  ".join(f"cut {t:.1f}: untuned/train/dev (neg)" for t in CUTS))
    for use_lexical in (False, True):
        for c in C_GRID:
            probs = out_of_fold(sets, use_lexical, c)
            cells = []
            for t in CUTS:
                (u, un, _), (tr, tn, _), (d, dn, _) = (f1_after(sets[s], probs[s], t)
                                                       for s in ("untuned", "train", "dev"))
                cells.append(f"{u:.3f}/{tr:.3f}/{d:.3f} ({un + tn + dn})")
            name = "features + words" if use_lexical else "features"
            print(f"{name:22s} {c:<5} " + "  ".join(cells), flush=True)


if __name__ == "__main__":
    main()
