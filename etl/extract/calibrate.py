"""Refit the confidence model: `python -m etl.extract.calibrate` (needs the `calibrate` extra).

Runs the current rules over the passages we tune on (tests/data/dev.jsonl and train-real.jsonl),
labels each fact 1 when the project's scorer (tests/score_facts.py) counts it right — a strict match
of a required gold fact, or a fact set aside by an optional one — and fits a logistic regression
(scikit-learn) on the features of etl/extract/confidence.py. Isotonic calibration of its
probability is kept only when it lowers the cross-validated log loss. The validation passages
(tests/data/validation-real.jsonl) are only scored, as a whole: they choose the "unsure"
threshold and give the reliability table; nothing is fitted on them.
Writes data/reference/confidence.json; `--check` recomputes and compares instead of writing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from dataclasses import replace
from pathlib import Path

from etl.extract import EXTRACTOR_VERSION, raw_facts
from etl.extract.confidence import FEATURES, PARAMS_FILE, Params, features, logit, probability, sigmoid
from etl.model import Fact
from etl.reference import PROJECT_ROOT, reference_dir

TESTS = PROJECT_ROOT / "tests"
FIT_SETS = ("dev.jsonl", "train-real.jsonl")
# The facts extractor 1.37.0 gave on train-real before the rules were tuned on it: the errors of
# text the rules never saw (tests/extract/selector_study.py). Fitting the ranking on them too keeps
# it from learning only the rare errors left on passages the rules were fitted to.
UNTUNED = ("train-real.jsonl", "untuned-1.37.0-train-real.jsonl")
VALIDATION = "validation-real.jsonl"
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5
THRESHOLD_GRID = tuple(round(0.05 * i, 2) for i in range(2, 19))
CUT_GRID = tuple(round(0.05 * i, 2) for i in range(0, 15))


def _scorer():
    sys.path.insert(0, str(TESTS))
    import score_facts

    return score_facts


def labels_for(gold: list[dict], pred: list[dict]) -> list[int]:
    """1 for each predicted fact the scorer counts right (the same greedy matching), else 0."""
    sf = _scorer()
    required = [g for g in gold if not g.get("optional")]
    right = {pi for _, pi in sf.match(required, pred, sf.strict)}
    rest = [i for i in range(len(pred)) if i not in right]
    for g in (g for g in gold if g.get("optional")):
        for i in rest:
            if sf.core(g, pred[i]):
                rest.remove(i)
                right.add(i)
                break
    return [int(i in right) for i in range(len(pred))]


def load_set(name: str, saved: str | None = None) -> list[dict]:
    """Each passage of a labelled set with our facts (or the facts saved in tests/data/`saved`),
    their features and their labels."""
    stored = {}
    if saved:
        with (TESTS / "data" / saved).open(encoding="utf-8") as fh:
            stored = {r["id"]: [Fact.from_dict(d) for d in r["facts"]] for r in map(json.loads, fh)}
    out = []
    for pid, row in _scorer().load(str(TESTS / "data" / name)).items():
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        facts = stored[pid] if saved else raw_facts(row["text"], published, row.get("title"))
        pred = [f.to_dict() for f in facts]
        out.append({"id": f"untuned:{pid}" if saved else pid, "gold": row, "pred": pred,
                    "x": features(facts, published), "y": labels_for(row.get("facts") or [], pred)})
    return out


def matrix(passages: list[dict], names=FEATURES):
    import numpy as np

    xs = [[x[n] for n in names] for p in passages for x in p["x"]]
    ys = [y for p in passages for y in p["y"]]
    return np.array(xs, dtype=float).reshape(-1, len(names)), np.array(ys, dtype=int)


def _logistic(X, y, c: float):
    from sklearn.linear_model import LogisticRegression

    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((X - mean) / scale, y)
    return mean, scale, model


def _oof(passages: list[dict], c: float):
    """Out-of-fold logistic probabilities, folds by passage (facts of one passage stay together)."""
    import numpy as np

    # A passage's saved untuned facts ("untuned:<id>") share its fold: the same text never stands
    # on both sides of a split.
    ids = list(dict.fromkeys(p["id"].removeprefix("untuned:") for p in passages))
    fold = {pid: k % FOLDS for k, pid in enumerate(ids)}
    folds = [[p for p in passages if fold[p["id"].removeprefix("untuned:")] == k] for k in range(FOLDS)]
    probs = []
    for k in range(FOLDS):
        train = [p for j, f in enumerate(folds) if j != k for p in f]
        X, y = matrix(train)
        mean, scale, model = _logistic(X, y, c)
        Xk, _ = matrix(folds[k])
        probs.append(model.predict_proba((Xk - mean) / scale)[:, 1] if len(Xk) else np.array([]))
    order = [p for f in folds for p in f]
    return order, np.concatenate(probs)


def _log_loss(p, y) -> float:
    return float(-sum(math.log(max(1e-9, q if t else 1 - q)) for q, t in zip(p, y, strict=True)) / len(y))


def _platt_loss(z: list[float], y: list[int], a: float, b: float, ridge: float) -> float:
    loss = 0.5 * ridge * ((a - 1) ** 2 + b ** 2)
    for zi, yi in zip(z, y, strict=True):
        t = a * zi + b
        loss += math.log1p(math.exp(-abs(t))) + max(t, 0.0) - yi * t   # log(1 + e^t) - y·t, stable
    return loss


def fit_platt(z: list[float], y: list[int], ridge: float = 0.01) -> tuple[float, float]:
    """(slope, shift) maximizing the likelihood of sigmoid(slope·z + shift) — Newton's method on two
    numbers with step halving, and a small pull towards (1, 0) so a tiny or separable set stays finite."""
    a, b = 1.0, 0.0
    loss = _platt_loss(z, y, a, b, ridge)
    for _ in range(100):
        ga, gb = ridge * (a - 1), ridge * b
        haa, hab, hbb = ridge, 0.0, ridge
        for zi, yi in zip(z, y, strict=True):
            p = sigmoid(a * zi + b)
            w = p * (1 - p)
            ga += (p - yi) * zi
            gb += p - yi
            haa += w * zi * zi
            hab += w * zi
            hbb += w
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        step = 1.0
        while step > 1e-6 and _platt_loss(z, y, a - step * da, b - step * db, ridge) > loss:
            step /= 2
        a, b = a - step * da, b - step * db
        new = _platt_loss(z, y, a, b, ridge)
        if loss - new < 1e-10:
            break
        loss = new
    return a, b


def reliability(probs, ys, bins: int = 10) -> dict:
    """Deciles by predicted confidence (equal counts): mean confidence and observed accuracy, with
    the Brier score and the expected calibration error over those bins."""
    pairs = sorted(zip(probs, ys, strict=True))
    n = len(pairs)
    rows = []
    for k in range(bins):
        part = pairs[k * n // bins:(k + 1) * n // bins]
        if part:
            mean = sum(p for p, _ in part) / len(part)
            acc = sum(y for _, y in part) / len(part)
            rows.append({"decile": k + 1, "n": len(part), "mean_confidence": round(mean, 3),
                         "observed": round(acc, 3), "gap": round(acc - mean, 3)})
    brier = sum((p - y) ** 2 for p, y in pairs) / n if n else None
    ece = sum(r["n"] * abs(r["gap"]) for r in rows) / n if n else None
    return {"facts": n, "right": sum(ys), "brier": round(brier, 4), "ece": round(ece, 4), "deciles": rows,
            "brier_constant": round(sum((sum(ys) / n - y) ** 2 for y in ys) / n, 4) if n else None}


def choose_threshold(probs, ys) -> tuple[float, dict]:
    """The "unsure" threshold: the grid value with the best Youden index on validation — the share
    of wrong facts flagged minus the share of right facts flagged (ties: the lower threshold)."""
    wrong = sum(1 for y in ys if not y) or 1
    right = sum(ys) or 1
    table = {}
    for t in THRESHOLD_GRID:
        tpr = sum(1 for p, y in zip(probs, ys, strict=True) if p < t and not y) / wrong
        fpr = sum(1 for p, y in zip(probs, ys, strict=True) if p < t and y) / right
        table[t] = round(tpr - fpr, 4)
    best = max(table, key=lambda t: (table[t], -t))
    return best, table


def strict_f1(passages: list[dict], probs, cut: float) -> float:
    """Strict F1 of the scorer over the passages when facts below `cut` are dropped."""
    sf = _scorer()
    it = iter(probs)
    gold, pred = {}, {}
    for p in passages:
        keep = [f for f in p["pred"] if next(it) >= cut]
        gold[p["id"]] = p["gold"]
        pred[p["id"]] = {"id": p["id"], "facts": keep}
    return sf.score(gold, pred)["strict"]["f1"]


def fit(passages: list[dict]) -> dict:
    """Choose C by cross-validation on `passages` (folds by passage), measure the cut on the
    out-of-fold probabilities, then fit the logistic regression on all of them."""
    losses = {}
    for c in C_GRID:
        order, oof = _oof(passages, c)
        losses[c] = _log_loss(oof, matrix(order)[1])
    c = min(losses, key=losses.get)
    order, oof = _oof(passages, c)
    cut_cv = {str(t): strict_f1(order, oof, t) for t in CUT_GRID}
    X, y = matrix(passages)
    mean, scale, model = _logistic(X, y, c)
    return {"C": c, "cv_log_loss": {str(k): round(v, 4) for k, v in losses.items()},
            "features": list(FEATURES), "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale], "coef": [round(float(v), 6) for v in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6), "cut_cv_strict_f1": cut_cv,
            "cut_cv_best": float(max(CUT_GRID, key=lambda t: (cut_cv[str(t)], -t)))}


def cross_fitted_platt(val: list[dict], z: list[float], ys: list[int]) -> list[float]:
    """Each validation fact's confidence with the Platt rescaling fitted on the other folds'
    passages, so that the reliability table is not measured on what was fitted."""
    fold = [i % FOLDS for i, p in enumerate(val) for _ in p["y"]]
    out = [0.0] * len(z)
    for k in range(FOLDS):
        rest = [i for i, f in enumerate(fold) if f != k]
        slope, shift = fit_platt([z[i] for i in rest], [ys[i] for i in rest])
        for i, f in enumerate(fold):
            if f == k:
                out[i] = sigmoid(slope * z[i] + shift)
    return out


def calibrate() -> dict:
    """Everything confidence.json holds, recomputed from the labelled sets and the current rules."""
    fit_passages = [p for name in FIT_SETS for p in load_set(name)] + load_set(*UNTUNED)
    fitted = fit(fit_passages)
    ranking = Params.from_json({**fitted, "threshold": 0.5, "extractor_version": EXTRACTOR_VERSION})
    val = load_set(VALIDATION)
    z = [logit(x, ranking) for p in val for x in p["x"]]
    ys = [y for p in val for y in p["y"]]
    slope, shift = fit_platt(z, ys)
    params = replace(ranking, platt=(slope, shift))
    probs = [probability(x, params) for p in val for x in p["x"]]
    held_out = cross_fitted_platt(val, z, ys)
    threshold, youden = choose_threshold(held_out, ys)
    stage1_cut = fitted["cut_cv_best"]
    cut_at = round(sigmoid(slope * math.log(stage1_cut / (1 - stage1_cut)) + shift), 3) if stage1_cut else 0.0
    no_cut, with_cut = strict_f1(val, probs, 0.0), strict_f1(val, probs, cut_at)
    cv_gain = fitted["cut_cv_strict_f1"][str(stage1_cut)] - fitted["cut_cv_strict_f1"]["0.0"]
    _, y_fit = matrix(fit_passages)
    return {
        "extractor_version": EXTRACTOR_VERSION, "command": "python -m etl.extract.calibrate",
        "fitted_on": {"sets": [*FIT_SETS, UNTUNED[1]], "passages": len(fit_passages), "facts": int(len(y_fit)),
                      "right": int(y_fit.sum())},
        **fitted, "platt": {"slope": round(slope, 6), "shift": round(shift, 6),
                            "fitted_on": f"{VALIDATION}, aggregate (two numbers)"},
        "threshold": threshold, "threshold_rule": "best Youden index on validation, cross-fitted confidences",
        "threshold_youden": {str(k): v for k, v in youden.items()},
        "cut": cut_at if stage1_cut and cv_gain >= 0.005 and with_cut > no_cut else None,
        "cut_validation": {"confidence": cut_at, "strict_f1_no_cut": no_cut, "strict_f1_with_cut": with_cut},
        "validation": {"set": VALIDATION, "passages": len(val), "held_out": "Platt fitted on the other 4 folds",
                       **reliability(held_out, ys),
                       "flagged_unsure": sum(1 for p in held_out if p < threshold),
                       "flagged_unsure_wrong": sum(1 for p, y in zip(held_out, ys, strict=True)
                                                   if p < threshold and not y)},
        "validation_without_platt": reliability([sigmoid(v) for v in z], ys),
        "validation_in_sample": reliability(probs, ys),
    }


def markdown(report: dict) -> str:
    """The reliability table for docs/extraction.md."""
    v = report["validation"]
    lines = ["| decile | facts | mean confidence | observed right | gap |", "|---|---|---|---|---|"]
    lines += [f"| {r['decile']} | {r['n']} | {r['mean_confidence']:.3f} | {r['observed']:.3f} | {r['gap']:+.3f} |"
              for r in v["deciles"]]
    lines.append(f"\n{v['facts']} facts ({v['right']} right) in {v['passages']} passages; Brier {v['brier']:.4f} "
                 f"(a constant guess: {v['brier_constant']:.4f}); ECE {v['ece']:.4f}; threshold "
                 f"{report['threshold']}: {v['flagged_unsure']} flagged, {v['flagged_unsure_wrong']} of them wrong.")
    return "\n".join(lines)


def summary(report: dict) -> str:
    """The README's lines: what the committed model gives on validation."""
    v, cut = report["validation"], report["cut_validation"]
    within = sum(abs(r["gap"]) <= 0.10 for r in v["deciles"])
    return (f"Fitted on extractor {report['extractor_version']} ({report['fitted_on']['facts']} facts of "
            f"{report['fitted_on']['passages']} passages, {report['fitted_on']['right']} right). On the validation "
            f"part ({v['facts']} facts, {v['right']} right; confidences held out by passage): Brier {v['brier']:.3f} "
            f"against {v['brier_constant']:.3f} for a constant guess, ECE {v['ece']:.3f}, {within} of "
            f"{len(v['deciles'])} deciles within 0.10 of their mean confidence. Unsure below {report['threshold']}: "
            f"{v['flagged_unsure']} facts flagged, {v['flagged_unsure_wrong']} of them wrong. Dropping facts below "
            f"a cut: strict F1 {cut['strict_f1_no_cut']:.4f} → {cut['strict_f1_with_cut']:.4f} on validation at "
            f"{cut['confidence']} (cross-validated on the fitting sets: "
            f"{report['cut_cv_strict_f1']['0.0']:.4f} → {report['cut_cv_strict_f1'][str(report['cut_cv_best'])]:.4f}); "
            + ("offered as `extract(..., cut=True)`." if report["cut"] else "too small to offer, so no cut."))


DOC_BLOCKS = {"docs/extraction.md": ("confidence-table", markdown), "README.md": ("confidence-summary", summary)}


def update_docs(report: dict) -> list[Path]:
    """Rewrite the generated blocks (between `<!-- NAME -->` and `<!-- /NAME -->`) of the docs."""
    changed = []
    for rel, (name, render) in DOC_BLOCKS.items():
        path = PROJECT_ROOT / rel
        text = path.read_text(encoding="utf-8")
        start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
        if start not in text or end not in text:
            continue
        head, rest = text.split(start, 1)
        new = f"{head}{start}\n{render(report)}\n{end}{rest.split(end, 1)[1]}"
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


def same_fit(old: dict, new: dict, tol: float = 1e-4) -> bool:
    """The same model up to rounding: version, features, threshold, cut and every number within tol."""
    def numbers(d: dict) -> list[float]:
        return [*d["mean"], *d["scale"], *d["coef"], d["intercept"], d["platt"]["slope"], d["platt"]["shift"]]

    return (all(old.get(k) == new.get(k) for k in ("extractor_version", "features", "threshold", "cut"))
            and all(abs(a - b) <= tol for a, b in zip(numbers(old), numbers(new), strict=True)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.extract.calibrate", description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="recompute and compare with the committed file")
    ap.add_argument("-o", "--output", type=Path, default=reference_dir() / PARAMS_FILE)
    args = ap.parse_args(argv)
    report = calibrate()
    print(markdown(report))
    print(f"cross-validated strict F1 by cut: {report['cut_cv_strict_f1']}")
    cv = report["cut_validation"]
    print(f"validation strict F1: no cut {cv['strict_f1_no_cut']}, cut below {cv['confidence']}: "
          f"{cv['strict_f1_with_cut']}; cut offered: {report['cut']}")
    text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = args.output.exists() and same_fit(json.loads(args.output.read_text(encoding="utf-8")), report)
        print(f"{args.output}: {'up to date' if same else 'differs from a refit'}", file=sys.stderr)
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    for path in update_docs(report):
        print(f"updated {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
