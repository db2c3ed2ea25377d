"""Fitting the confidence model, and the held-out confidences that judge it (scikit-learn, to refit only).

Every labelled real set trains one logistic regression, each fact tagged with the *domain* it comes
from, because the rules are right far more often on text they were tuned on:
- "tuned": the current rules' facts on dev.jsonl and train-real.jsonl (tuned on: 90–98 % right);
- "snapshot": the facts extractor 1.37.0 gave on train-real before anyone read it (frozen errors of
  unseen text, tests/data/untuned-1.37.0-train-real.jsonl);
- "blind": the current rules' facts on the held-out blind-written sets (tests/data/blind/held-2.jsonl and
  held-para.jsonl, tests/data/BLIND.md): today's errors on text no rule was written from, whose level sits
  between the tuned sets and real news;
- "unseen": the current rules' facts on validation-real.jsonl — text the rules never saw, which is
  what every article of a build is.
Three indicator columns (tuned, snapshot, blind) let the domains differ in level while sharing every feature's
weight; a fact is scored as "unseen" (every indicator 0), so the level comes from the current rules on
unseen text and follows the rules when they change, while the slopes learn from every labelled fact.
C is chosen by cross-validated log loss on the unseen domain, and a Platt rescaling of the logit is
fitted on out-of-fold unseen-domain logits (it corrects the over- or under-confidence regularization
leaves). Folds are by `source_url`: a passage and every set's facts of it stay on one side.

`held_out` gives each validation fact a confidence from the whole procedure (C, logistic, Platt)
refitted without its fold's passages — the honest measure of the committed model, which is fitted on
everything.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import numpy as np

from etl.extract.confidence import FEATURES, sigmoid

FOLDS = 5
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
DOMAINS = ("tuned", "snapshot", "blind")   # indicator columns; the last domain, "unseen", is all zeros


@dataclass(frozen=True)
class Rows:
    """Facts as a matrix: features, labels, domain and source URL of each."""

    X: np.ndarray
    y: np.ndarray
    domain: tuple[str, ...]
    url: tuple[str, ...]

    @classmethod
    def of(cls, passages: list[dict], domain: str, names=FEATURES) -> Rows:
        xs = [[x[n] for n in names] for p in passages for x in p["x"]]
        return cls(np.array(xs, dtype=float).reshape(-1, len(names)),
                   np.array([y for p in passages for y in p["y"]], dtype=int),
                   tuple(domain for p in passages for _ in p["y"]),
                   tuple(p["gold"]["source_url"] for p in passages for _ in p["y"]))

    def __add__(self, other: Rows) -> Rows:
        return Rows(np.vstack([self.X, other.X]), np.concatenate([self.y, other.y]),
                    self.domain + other.domain, self.url + other.url)

    def take(self, mask) -> Rows:
        idx = np.flatnonzero(mask)
        return Rows(self.X[idx], self.y[idx], tuple(self.domain[i] for i in idx), tuple(self.url[i] for i in idx))

    @property
    def unseen(self) -> np.ndarray:
        return np.array([d == "unseen" for d in self.domain], dtype=bool)

    def design(self) -> np.ndarray:
        """Features and the domain indicators."""
        ind = np.array([[float(d == k) for k in DOMAINS] for d in self.domain], dtype=float).reshape(len(self.y),
                                                                                                      len(DOMAINS))
        return np.hstack([self.X, ind])


def fold_of(url: str, salt: str = "") -> int:
    """A source URL's fold: stable across runs and sets (a hash, not the order of the files)."""
    return int(hashlib.sha256((salt + url).encode()).hexdigest(), 16) % FOLDS


def _folds(rows: Rows, salt: str):
    """(training rows, held-out unseen rows) for each fold of the unseen domain's source URLs."""
    fold = np.array([fold_of(u, salt) for u in rows.url])
    for k in range(FOLDS):
        test = (fold == k) & rows.unseen
        if test.any():
            yield rows.take(fold != k), rows.take(test)


@dataclass(frozen=True)
class Logistic:
    """A fitted logistic regression over standardized features and domain indicators."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def fit(cls, rows: Rows, c: float) -> Logistic:
        from sklearn.linear_model import LogisticRegression

        Z = rows.design()
        mean, scale = Z.mean(axis=0), Z.std(axis=0)
        scale[scale == 0] = 1.0
        model = LogisticRegression(C=c, max_iter=5000).fit((Z - mean) / scale, rows.y)
        return cls(mean, scale, model.coef_[0], float(model.intercept_[0]))

    def unseen_logit(self, X: np.ndarray) -> np.ndarray:
        """Log-odds of facts of the unseen domain (indicators 0)."""
        Z = np.hstack([X, np.zeros((len(X), len(DOMAINS)))])
        return ((Z - self.mean) / self.scale) @ self.coef + self.intercept

    def as_params(self) -> dict:
        """The feature part for confidence.json: the indicators at 0 are folded into the intercept."""
        f = len(FEATURES)
        shift = float(sum(-c * m / s for m, s, c in zip(self.mean[f:], self.scale[f:], self.coef[f:], strict=True)))
        def listed(values) -> list[float]:
            return [round(float(v), 6) for v in values[:f]]

        return {"mean": listed(self.mean), "scale": listed(self.scale), "coef": listed(self.coef),
                "intercept": round(self.intercept + shift, 6),
                "domain_coef": {d: round(float(c / s), 6) for d, c, s in zip(DOMAINS, self.coef[f:], self.scale[f:],
                                                                              strict=True)}}


def _log_loss(p: np.ndarray, y: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose_c(rows: Rows, grid: tuple[float, ...] = C_GRID) -> tuple[float, dict[str, float]]:
    """C with the lowest cross-validated log loss on the unseen domain's held-out facts."""
    losses = {}
    for c in grid:
        ps, ys = [], []
        for train, test in _folds(rows, "C"):
            ps.append(1 / (1 + np.exp(-Logistic.fit(train, c).unseen_logit(test.X))))
            ys.append(test.y)
        losses[c] = _log_loss(np.concatenate(ps), np.concatenate(ys))
    return min(losses, key=losses.get), {str(k): round(v, 4) for k, v in losses.items()}


def fit_platt(z, y, ridge: float = 0.01) -> tuple[float, float]:
    """(slope, shift) maximizing the likelihood of sigmoid(slope·z + shift) — Newton's method on two
    numbers with step halving, and a small pull towards (1, 0) so a tiny or separable set stays finite."""
    z, y = [float(v) for v in z], [int(v) for v in y]
    a, b = 1.0, 0.0
    loss = _platt_loss(z, y, a, b, ridge)
    for _ in range(100):
        ga, gb, haa, hab, hbb = ridge * (a - 1), ridge * b, ridge, 0.0, ridge
        for zi, yi in zip(z, y, strict=True):
            p = sigmoid(a * zi + b)
            w = p * (1 - p)
            ga, gb = ga + (p - yi) * zi, gb + p - yi
            haa, hab, hbb = haa + w * zi * zi, hab + w * zi, hbb + w
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


def _platt_loss(z: list[float], y: list[int], a: float, b: float, ridge: float) -> float:
    loss = 0.5 * ridge * ((a - 1) ** 2 + b ** 2)
    for zi, yi in zip(z, y, strict=True):
        t = a * zi + b
        loss += math.log1p(math.exp(-abs(t))) + max(t, 0.0) - yi * t   # log(1 + e^t) - y·t, stable
    return loss


@dataclass(frozen=True)
class Model:
    """C, the logistic regression and the Platt rescaling, fitted together."""

    c: float
    cv_log_loss: dict[str, float]
    logistic: Logistic
    platt: tuple[float, float]

    @classmethod
    def fit(cls, rows: Rows, grid: tuple[float, ...] = C_GRID) -> Model:
        c, losses = choose_c(rows, grid)
        zs, ys = [], []
        for train, test in _folds(rows, "platt"):
            zs.append(Logistic.fit(train, c).unseen_logit(test.X))
            ys.append(test.y)
        platt = fit_platt(np.concatenate(zs), np.concatenate(ys))
        return cls(c, losses, Logistic.fit(rows, c), platt)

    def predict(self, X: np.ndarray) -> np.ndarray:
        slope, shift = self.platt
        return 1 / (1 + np.exp(-(slope * self.logistic.unseen_logit(X) + shift)))


def held_out(rows: Rows, grid: tuple[float, ...] = C_GRID) -> tuple[np.ndarray, np.ndarray]:
    """Every unseen-domain fact's confidence from a Model fitted without its fold's passages (folds by
    source_url), in the order of the rows, and its label."""
    out = np.zeros(int(rows.unseen.sum()))
    order = np.cumsum(rows.unseen) - 1
    fold = np.array([fold_of(u) for u in rows.url])
    for k in range(FOLDS):
        test = (fold == k) & rows.unseen
        if test.any():
            out[order[test]] = np.round(Model.fit(rows.take(fold != k), grid).predict(rows.X[test]), 2)
    return out, rows.y[rows.unseen]
