"""Passage classifier: training data, model, fusion with the lexicon, evaluation."""

from .model import Classifier, load_model

__all__ = ["Classifier", "load_model"]
