"""Which confidence method holds on text the rules never saw? python -m tests.extract.confidence_study

The measurement behind docs/extraction.md, "Confidence — methods compared", made without
validation: the untuned snapshot (the facts extractor 1.37.0 gave on train-real before anyone read
it, tests/data/untuned-1.37.0-train-real.jsonl) plays the unseen domain, the current rules' facts on
dev and train-real the tuned one, and each snapshot fact's confidence is held out (the whole fit
redone without its fold of passages, folds by source_url; etl/extract/confidence_fit.held_out).
Variants: the shipped method; without the domain indicators (tuned and unseen pooled); without the
Platt step; without the context features added at 1.40.2; without the error cues
(etl/extract/confidence_cues.py). Needs scikit-learn (the `dev` extra).
"""

from __future__ import annotations

from unittest import mock

import numpy as np

from etl.extract import calibrate as cal
from etl.extract import confidence_fit as cf
from etl.extract.confidence import FEATURES
from etl.extract.confidence_cues import CUES
from etl.extract.reliability import reliability

CONTEXT = (*FEATURES[FEATURES.index("target_words"):FEATURES.index(CUES[0])], "note_period_carried",
           "note_year_so_far", "note_several_years")


def measure(tuned: list[dict], snapshot: list[dict], names=FEATURES) -> dict:
    """The snapshot's held-out reliability with the features `names`."""
    rows = cf.Rows.of(tuned, "tuned", names) + cf.Rows.of(snapshot, "unseen", names)
    with mock.patch.object(cf, "FEATURES", names):
        probs, ys = cf.held_out(rows)
    report = reliability(probs, ys)
    report["log_loss"] = float(-np.mean(ys * np.log(np.clip(probs, 1e-3, 1)) +
                                        (1 - ys) * np.log(np.clip(1 - probs, 1e-3, 1))))
    return report


def main() -> None:
    tuned = [p for name in cal.TUNED_SETS for p in cal.load_set(name)]
    snapshot = cal.load_set(*cal.UNTUNED)
    no_platt = mock.patch.object(cf.Model, "predict",
                                 lambda self, X: 1 / (1 + np.exp(-self.logistic.unseen_logit(X))))
    variants = {
        "shipped: domain indicators, C by CV, Platt": lambda: measure(tuned, snapshot),
        "no domain indicators (tuned and unseen pooled)": lambda: _with(mock.patch.object(cf, "DOMAINS", ()),
                                                                        tuned, snapshot),
        "no Platt step": lambda: _with(no_platt, tuned, snapshot),
        "without the 1.40.2 context features": lambda: measure(tuned, snapshot,
                                                               tuple(n for n in FEATURES if n not in CONTEXT)),
        "without the error cues (confidence_cues.py)": lambda: measure(tuned, snapshot,
                                                                       tuple(n for n in FEATURES if n not in CUES)),
    }
    print("| method | AUC | log loss | Brier (constant) | ECE (calibrated model: mean) | deciles within 0.10 | "
          "Spiegelhalter z |\n|---|---|---|---|---|---|---|")
    for label, run in variants.items():
        r = run()
        print(f"| {label} | {r['auc']:.3f} | {r['log_loss']:.3f} | {r['brier']:.3f} ({r['brier_constant']:.3f}) | "
              f"{r['ece']:.3f} ({r['ece_if_calibrated']['mean']:.3f}) | {r['within']} | {r['spiegelhalter_z']:+.2f} |",
              flush=True)


def _with(patch, tuned: list[dict], snapshot: list[dict]) -> dict:
    with patch:
        return measure(tuned, snapshot)


if __name__ == "__main__":
    main()
