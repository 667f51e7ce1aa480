"""The fusion rule: lexicon, classifier, false friends."""

from screener.classify.fusion import fuse


def test_fusion_table():
    assert fuse(True, False, 0.9, 0.5) == "both"
    assert fuse(True, False, 0.1, 0.5) == "lexicon"
    assert fuse(True, False, None, None) == "lexicon"
    assert fuse(False, False, 0.9, 0.5) == "classifier"
    assert fuse(False, False, 0.4, 0.5) is None
    # a passage whose only migration-looking words are false friends is never rescued
    assert fuse(False, True, 0.99, 0.5) is None
    assert fuse(False, False, None, None) is None
