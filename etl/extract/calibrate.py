"""Refit the confidence model: `python -m etl.extract.calibrate` (needs scikit-learn: the `calibrate` extra).

Runs the current rules over every labelled real set — dev.jsonl and train-real.jsonl (tuned on),
validation-real.jsonl (never tuned on) — and takes the facts extractor 1.37.0 gave on train-real
before it was read (tests/data/untuned-1.37.0-train-real.jsonl). Each fact is labelled 1 when the
project's scorer (tests/score_facts.py) counts it right — a strict match of a required gold fact, or
a fact set aside by an optional one. etl/extract/confidence_fit.py fits one logistic regression over
the features of etl/extract/confidence.py with the set's domain as an offset, C by cross-validation
and a Platt rescaling on top, folds by source_url. The reliability table is measured on validation
with held-out confidences: each validation fact's from the whole procedure refitted without its
passage's fold. Validation is only ever looked at in aggregate. The "unsure" threshold is chosen on
those held-out confidences.
Writes data/reference/confidence.json and the docs' generated blocks; `--check` refits and compares.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from etl.extract import EXTRACTOR_VERSION, raw_facts
from etl.extract.confidence import FEATURES, PARAMS_FILE, features
from etl.extract.confidence_fit import DOMAINS, FOLDS, Model, Rows, fit_platt, held_out
from etl.extract.reliability import TOLERANCE, reliability
from etl.model import Fact
from etl.reference import PROJECT_ROOT, reference_dir

__all__ = ["fit_platt", "labels_for", "load_set", "fitting_rows", "calibrate", "main"]

TESTS = PROJECT_ROOT / "tests"
TUNED_SETS = ("dev.jsonl", "train-real.jsonl")
# The facts extractor 1.37.0 gave on train-real before the rules were tuned on it: errors of text the
# rules never saw (tests/extract/selector_study.py, docs/extraction.md "Design").
UNTUNED = ("train-real.jsonl", "untuned-1.37.0-train-real.jsonl")
VALIDATION = "validation-real.jsonl"
# Labelled text no rule was written from (tests/data/BLIND.md): the held-out blind-written sets lend the fit
# today's errors on unseen wording (their labels train the confidence model; their passages stay unread).
BLIND_HELD = ("blind/held-para.jsonl", "blind/held-2.jsonl")
THRESHOLD_GRID = tuple(round(0.05 * i, 2) for i in range(2, 19))


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
                    "x": features(facts, published, row["text"]), "y": labels_for(row.get("facts") or [], pred)})
    return out


def fitting_rows() -> tuple[Rows, list[dict]]:
    """Every labelled fact with its domain (confidence_fit.py), and the validation passages."""
    val = load_set(VALIDATION)
    rows = (Rows.of([p for name in TUNED_SETS for p in load_set(name)], "tuned")
            + Rows.of(load_set(*UNTUNED), "snapshot")
            + Rows.of([p for name in BLIND_HELD for p in load_set(name)], "blind") + Rows.of(val, "unseen"))
    return rows, val


def choose_threshold(probs, ys) -> tuple[float, dict]:
    """The "unsure" threshold: the highest grid value below which the validation facts are right at
    most half the time — an unsure fact is more likely wrong than right, measured, not assumed. (The
    best Youden index, used before, flagged four facts in five once the ranking grew weak: the
    Overview's sure-only totals would have lost most figures for a ranking that is barely better than
    chance.) With no such value, the lowest. The table gives each value's share right below it."""
    table = {}
    for t in THRESHOLD_GRID:
        below = [y for p, y in zip(probs, ys, strict=True) if p < t]
        table[t] = round(sum(below) / len(below), 4) if below else None
    ok = [t for t, share in table.items() if share is not None and share <= 0.5]
    return (max(ok) if ok else THRESHOLD_GRID[0]), table


def calibrate() -> dict:
    """Everything confidence.json holds, recomputed from the labelled sets and the current rules."""
    rows, val = fitting_rows()
    model = Model.fit(rows)
    probs, ys = held_out(rows)
    probs, ys = [float(p) for p in probs], [int(y) for y in ys]
    threshold, shares = choose_threshold(probs, ys)
    counts = {d: {"facts": int(sum(1 for x in rows.domain if x == d)),
                  "right": int(sum(y for x, y in zip(rows.domain, rows.y, strict=True) if x == d))}
              for d in (*DOMAINS, "unseen")}
    flagged = [y for p, y in zip(probs, ys, strict=True) if p < threshold]
    return {
        "extractor_version": EXTRACTOR_VERSION, "command": "python -m etl.extract.calibrate",
        "fitted_on": {"tuned": list(TUNED_SETS), "snapshot": UNTUNED[1], "blind": list(BLIND_HELD),
                       "unseen": VALIDATION, "facts": counts,
                      "scored_as": "unseen", "folds": f"{FOLDS}, by source_url"},
        "C": model.c, "cv_log_loss": model.cv_log_loss, "features": list(FEATURES),
        **model.logistic.as_params(),
        "platt": {"slope": round(model.platt[0], 6), "shift": round(model.platt[1], 6),
                  "fitted_on": "out-of-fold logits of the unseen domain"},
        "threshold": threshold,
        "threshold_rule": "highest value below which the held-out validation facts are right at most half the time",
        "threshold_share_right_below": {str(k): v for k, v in shares.items()},
        "validation": {"set": VALIDATION, "passages": len(val),
                       "held_out": f"each fact's confidence from the whole fit without its fold ({FOLDS} folds by "
                                   "source_url)",
                       "flagged_unsure": len(flagged), "flagged_unsure_wrong": len(flagged) - sum(flagged),
                       "deciles": reliability(probs, ys, 10), "quintiles": reliability(probs, ys, 5)},
    }


def _table(rel: dict) -> list[str]:
    lines = ["| bin | facts | mean confidence | observed right | gap | 95 % interval of observed | "
             "chance within ±0.10 if calibrated |", "|---|---|---|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['n']} | {r['mean_confidence']:.3f} | {r['observed']:.3f} | {r['gap']:+.3f} | "
              f"{r['interval'][0]:.2f}–{r['interval'][1]:.2f} | {r['chance_within']:.2f} |" for r in rel["rows"]]
    return lines


def _verdict(rel: dict) -> str:
    return (f"{rel['within']} of {len(rel['rows'])} bins within {TOLERANCE:.2f} (a perfectly calibrated model: "
            f"{rel['within_expected_if_calibrated']:.1f} expected, all of them with chance "
            f"{rel['all_within_chance_if_calibrated']:.3f}); mean confidence inside the observed share's 95 % "
            f"interval in {rel['mean_inside_interval']} of {len(rel['rows'])}; Spiegelhalter z "
            f"{rel['spiegelhalter_z']:+.2f} (p {rel['spiegelhalter_p']:.2f}); AUC {rel['auc']:.3f}")


def markdown(report: dict) -> str:
    """The reliability tables for docs/extraction.md (deciles, then quintiles; equal-count bins)."""
    v = report["validation"]
    d, q = v["deciles"], v["quintiles"]
    return "\n".join([
        "Deciles (10 bins of equal count, by confidence):", "", *_table(d), "",
        f"{d['facts']} facts ({d['right']} right) in {v['passages']} passages; Brier {d['brier']:.4f} (a constant "
        f"guess: {d['brier_constant']:.4f}); ECE {d['ece']:.4f} (a perfectly calibrated model, these bins: "
        f"{d['ece_if_calibrated']['mean']:.3f} on average, {d['ece_if_calibrated']['p99']:.3f} at the 99th "
        f"percentile); {_verdict(d)}.", "",
        "Quintiles (5 bins of equal count, about 21 facts each):", "", *_table(q), "",
        f"ECE over quintiles {q['ece']:.4f}; {_verdict(q)}. Unsure below {report['threshold']}: "
        f"{v['flagged_unsure']} facts flagged, {v['flagged_unsure_wrong']} of them wrong."])


def summary(report: dict) -> str:
    """The README's lines: what the committed model gives on validation."""
    v, d = report["validation"], report["validation"]["deciles"]
    n = report["fitted_on"]["facts"]
    return (f"Fitted on extractor {report['extractor_version']} ({sum(c['facts'] for c in n.values())} labelled facts: "
            f"{n['tuned']['facts']} on the tuned sets, {n['snapshot']['facts']} of the untuned snapshot, "
            f"{n['blind']['facts']} of the held-out blind-written sets, {n['unseen']['facts']} on validation). "
            f"On validation, each fact's confidence held out (the whole fit "
            f"redone without its fold of passages): Brier {d['brier']:.3f} against {d['brier_constant']:.3f} for a "
            f"constant guess, ECE {d['ece']:.3f} over deciles of equal count (a perfectly calibrated model: "
            f"{d['ece_if_calibrated']['mean']:.3f} on average), {d['within']} of 10 deciles within "
            f"0.10 of their mean confidence (a perfectly calibrated model would average "
            f"{d['within_expected_if_calibrated']:.1f}: with ~10 facts a decile the sampling error is about ±0.14); "
            f"Spiegelhalter z {d['spiegelhalter_z']:+.2f}. Unsure below {report['threshold']}: {v['flagged_unsure']} "
            f"facts flagged, {v['flagged_unsure_wrong']} of them wrong.")


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
    """The same model up to rounding: version, features, threshold and every number within tol."""
    def numbers(d: dict) -> list[float]:
        return [*d["mean"], *d["scale"], *d["coef"], d["intercept"], d["platt"]["slope"], d["platt"]["shift"]]

    return (all(old.get(k) == new.get(k) for k in ("extractor_version", "features", "threshold"))
            and all(abs(a - b) <= tol for a, b in zip(numbers(old), numbers(new), strict=True)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.extract.calibrate", description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="recompute and compare with the committed file")
    ap.add_argument("-o", "--output", type=Path, default=reference_dir() / PARAMS_FILE)
    args = ap.parse_args(argv)
    report = calibrate()
    print(markdown(report))
    text = json.dumps(report, ensure_ascii=False, indent=1) + "\n"
    if args.check:
        same = args.output.exists() and same_fit(json.loads(args.output.read_text(encoding="utf-8")), report)
        print(f"{args.output}: {'up to date' if same else 'differs from a refit'}", file=sys.stderr)
        return 0 if same else 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    if args.output.resolve() == (reference_dir() / PARAMS_FILE).resolve():
        for path in update_docs(report):
            print(f"updated {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
