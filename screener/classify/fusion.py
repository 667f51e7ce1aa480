"""The one rule that combines lexicon evidence and classifier probability for a passage.

- a lexicon match that no false-friend exclusion set aside -> migration ("lexicon", or
  "both" when the classifier agrees);
- no such match, classifier probability >= threshold, and no false friend in the passage
  -> "possible" (classifier only; shown with its probability and weightiest terms);
- otherwise nothing. A passage whose only migration-looking words are false friends is never
  rescued by the classifier: the exclusions still apply.
Used by the screen and by ``screener evaluate``, so what is measured is what runs.
"""

from __future__ import annotations


def fuse(lexicon_hit: bool, false_friend_only: bool, probability: float | None, threshold: float | None) -> str | None:
    """Return "lexicon", "both", "classifier" or None (not migration)."""
    classifier_yes = probability is not None and threshold is not None and probability >= threshold
    if lexicon_hit:
        return "both" if classifier_yes else "lexicon"
    if classifier_yes and not false_friend_only:
        return "classifier"
    return None
