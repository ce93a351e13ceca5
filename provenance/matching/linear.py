"""Small logistic models whose weights live in data files (``data/models.toml``).

A model is a name, a list of features and their weights, and a bias; its
probability is the logistic of the weighted sum. The weights are fitted by
``tools/fit_models.py`` on the development corpus with leave-one-event-out
cross-validation and written with the figures of that fit, so a reader can
see where each weight comes from and refit it on other data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..lang import read_data_toml


@dataclass(frozen=True)
class LinearModel:
    name: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def logit(self, values: dict[str, float]) -> float:
        return self.bias + sum(w * float(values[f]) for f, w in zip(self.features, self.weights))

    def probability(self, values: dict[str, float]) -> float:
        z = self.logit(values)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def contributions(self, values: dict[str, float]) -> dict[str, float]:
        """Each feature's share of the logit: the 'why' of a verdict."""
        return {f: round(w * float(values[f]), 3) for f, w in zip(self.features, self.weights)}


VECTOR_KINDS = ("model", "static", "words")


def model_for(name: str, vectors: str) -> LinearModel:
    """The model of that name fitted for a kind of claim vectors: the full model's
    (``claim_match``), the static table's (``claim_match_static``) or words only
    (``claim_match_words``)."""
    return model(name + ("" if vectors == "model" else f"_{vectors}"))


@lru_cache(maxsize=None)
def model(name: str) -> LinearModel:
    return read_model(name)


def read_model(name: str) -> LinearModel:
    """The model of that name as ``data/models.toml`` has it (KeyError if it has none)."""
    data = read_data_toml("models.toml")[name]
    feats = tuple(data["weights"])
    return LinearModel(name, feats, tuple(float(data["weights"][f]) for f in feats), float(data["bias"]))
