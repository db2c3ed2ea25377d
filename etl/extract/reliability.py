"""How well confidences match what happened: the reliability table, Brier, ECE, and what sampling
alone would do to them.

Bins are of equal count (facts sorted by confidence, cut into `bins` parts of n/bins facts), not of
equal width: with about a hundred validation facts, equal-width bins would leave some nearly empty.
With ~10 facts a bin, a bin's observed share right has a sampling error of about ±0.14, so each row
carries its 95 % Wilson interval, and the table says how many bins a *perfectly* calibrated model
would be expected to keep within 0.10 of their mean confidence (exact, from each fact's own
probability). Spiegelhalter's z tests calibration over all facts at once, without bins.
Plain Python: the tests recompute it.
"""

from __future__ import annotations

import math
import random

TOLERANCE = 0.10   # issue 9: each decile's observed accuracy within 0.10 of its mean confidence
Z95 = 1.959964


def wilson(right: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The 95 % Wilson score interval of a binomial share (sound at n ≈ 10 and shares near 0 or 1)."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _count_distribution(probs: list[float]) -> list[float]:
    """P(k of these facts are right) for each k, the facts independent with their own probability."""
    dist = [1.0]
    for p in probs:
        nxt = [0.0] * (len(dist) + 1)
        for k, q in enumerate(dist):
            nxt[k] += q * (1 - p)
            nxt[k + 1] += q * p
        dist = nxt
    return dist


def chance_within(probs: list[float], tol: float = TOLERANCE) -> float:
    """If these probabilities were exactly right: the chance that the bin's observed share lands
    within `tol` of their mean."""
    n, mean = len(probs), sum(probs) / len(probs)
    return sum(q for k, q in enumerate(_count_distribution(probs)) if abs(k / n - mean) <= tol + 1e-9)


def ece_if_calibrated(bins: list[list[float]], draws: int = 4000, seed: int = 0) -> tuple[float, float]:
    """The ECE a perfectly calibrated model would show with these bins — each fact right with its own
    probability — as its mean and 99th percentile over `draws` simulated label sets (seeded: the
    same bins give the same figures). With ~10 facts a bin it is far from 0, so an observed ECE is
    judged against it, not against 0."""
    rng = random.Random(seed)
    n = sum(len(b) for b in bins)
    tables = []
    for probs in bins:
        mean, cumulative, acc = sum(probs) / len(probs), [], 0.0
        for k, q in enumerate(_count_distribution(probs)):
            acc += q
            cumulative.append((acc, abs(k - len(probs) * mean)))
        tables.append(cumulative)
    eces = sorted(sum(next((gap for c, gap in table if u <= c), table[-1][1])
                      for table, u in ((t, rng.random()) for t in tables)) / n for _ in range(draws))
    return sum(eces) / draws, eces[int(0.99 * draws)]


def spiegelhalter(probs, ys) -> tuple[float, float]:
    """Spiegelhalter's z and its two-sided p-value: are the labels consistent with the probabilities?"""
    num = sum((y - p) * (1 - 2 * p) for p, y in zip(probs, ys, strict=True))
    var = sum((1 - 2 * p) ** 2 * p * (1 - p) for p in probs)
    z = num / math.sqrt(var) if var > 0 else 0.0
    return z, math.erfc(abs(z) / math.sqrt(2))


def auc(probs, ys) -> float | None:
    """The chance a right fact is more confident than a wrong one (ties count half): discrimination,
    which calibration alone does not give."""
    right = [p for p, y in zip(probs, ys, strict=True) if y]
    wrong = [p for p, y in zip(probs, ys, strict=True) if not y]
    if not right or not wrong:
        return None
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def reliability(probs, ys, bins: int = 10) -> dict:
    """Equal-count bins by confidence: mean confidence, observed share right, gap, its 95 % interval,
    and the chance a calibrated model keeps the bin within the tolerance; Brier, ECE, Spiegelhalter."""
    pairs = sorted(zip([float(p) for p in probs], [int(y) for y in ys], strict=True))
    n = len(pairs)
    rows, parts = [], []
    for k in range(bins):
        part = pairs[k * n // bins:(k + 1) * n // bins]
        if not part:
            continue
        ps = [p for p, _ in part]
        parts.append(ps)
        right = sum(y for _, y in part)
        mean, acc = sum(ps) / len(part), right / len(part)
        lo, hi = wilson(right, len(part))
        rows.append({"bin": k + 1, "n": len(part), "mean_confidence": round(mean, 3), "observed": round(acc, 3),
                     "gap": round(acc - mean, 3), "interval": [round(lo, 3), round(hi, 3)],
                     "chance_within": round(chance_within(ps), 3)})
    right = sum(y for _, y in pairs)
    z, p_value = spiegelhalter([p for p, _ in pairs], [y for _, y in pairs])
    ece_mean, ece_p99 = ece_if_calibrated(parts)
    return {
        "facts": n, "right": right, "bins": bins, "binning": "equal count, sorted by confidence",
        "brier": round(sum((p - y) ** 2 for p, y in pairs) / n, 4),
        "brier_constant": round(sum((right / n - y) ** 2 for _, y in pairs) / n, 4),
        "ece": round(sum(r["n"] * abs(r["gap"]) for r in rows) / n, 4),
        "ece_if_calibrated": {"mean": round(ece_mean, 4), "p99": round(ece_p99, 4)},
        "within": sum(abs(r["gap"]) <= TOLERANCE + 1e-9 for r in rows),
        "within_expected_if_calibrated": round(sum(r["chance_within"] for r in rows), 2),
        "all_within_chance_if_calibrated": round(math.prod(r["chance_within"] for r in rows), 3),
        "mean_inside_interval": sum(r["interval"][0] <= r["mean_confidence"] <= r["interval"][1] for r in rows),
        "spiegelhalter_z": round(z, 3), "spiegelhalter_p": round(p_value, 3),
        "auc": round(auc([p for p, _ in pairs], [y for _, y in pairs]) or 0.0, 3),
        "rows": rows,
    }
