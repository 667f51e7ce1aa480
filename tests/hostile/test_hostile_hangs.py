"""No hang: regexes that backtrack catastrophically are refused when the lexicon is read."""

from __future__ import annotations

import textwrap

import pytest
from conftest import PLAN_EN, one_line_error, run

from screener.errors import EXIT_BAD_DATA
from screener.limits import nested_quantifier


@pytest.mark.parametrize("rx", [r"(a+)+$", r"(\w+\s?)*migra", r"((ab)*)+c", r"(?:x*y?)+z", r"(.*,)*end"])
def test_nested_quantifiers_are_named(rx):
    assert nested_quantifier(rx)


@pytest.mark.parametrize("rx", [r"\bmigra\w*", r"(?:\w+\s+){0,3}?to", r"remesas?\s+(de\s+)?los", r"(a|b)*c", r"(?>a+)+", r"a++b"])
def test_safe_regexes_pass(rx):
    assert nested_quantifier(rx) is None


def test_bundled_lexicon_has_no_dangerous_regex():
    res = run("lexicon", "check")
    assert res.exit_code == 0, res.output


def test_user_lexicon_with_catastrophic_regex_is_refused(tmp_path):
    lex = tmp_path / "mine.yaml"
    lex.write_text(textwrap.dedent(r"""
        schema: screener.lexicon/1
        name: mine
        version: 1.0.0
        concepts:
          - id: immigration
            terms:
              en: [{regex: '(\w+\s?)*migrants!'}]
        """), encoding="utf-8")
    res = run("lexicon", "check", lex)
    assert res.exit_code == EXIT_BAD_DATA and "repeats a repeated part" in res.output
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN + "\n" + "word " * 5000 + "\n", encoding="utf-8")  # would take hours
    assert "repeats a repeated part" in one_line_error(run("scan", plan, "--lexicon", lex, "--no-classifier"),
                                                       EXIT_BAD_DATA)
