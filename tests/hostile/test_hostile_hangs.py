"""No hang: regexes that backtrack catastrophically are refused when the lexicon is read, and
what the static check cannot see is stopped by the regex time budget (exit 11, one line)."""

from __future__ import annotations

import textwrap

import pytest
from conftest import PLAN_EN, cli, one_line, one_line_error, run

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
    lex = lexicon_with(tmp_path, r"(\w+\s?)*migrants!")
    res = run("lexicon", "check", lex)
    assert res.exit_code == EXIT_BAD_DATA and "repeats a repeated part" in res.output
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN + "\n" + "word " * 5000 + "\n", encoding="utf-8")  # would take hours
    assert "repeats a repeated part" in one_line_error(run("scan", plan, "--lexicon", lex, "--no-classifier"),
                                                       EXIT_BAD_DATA)


@pytest.mark.parametrize("rx", [r"(a|a)+b", r"(a|aa)+b", r"(?:a|a?)+b", r"(.|\s)*end", r"(a|b|ab)*c", r"(?:\w+|\d)+!"])
def test_repeated_choices_whose_alternatives_overlap_are_named(rx):
    assert "alternatives can match the same text" in (nested_quantifier(rx) or "") or "repeated part" in (nested_quantifier(rx) or "")


@pytest.mark.parametrize("rx", [r"(a|ab)*c", r"(ab|a)*c", r"(foo|foobar)+x", r"(\w|\d)+$", r"(\w|\s)*x", r"(?:\s|-)+y",
                                r"(?:de|del)\s+x", r"(?:[Mm]igra|inmigra)\w*",
                                r"(?:migrant|migrants)+x"])
def test_repeated_choices_that_cannot_overlap_pass(rx):
    """Python's parser folds (\\w|\\d) into one character class, [\\w\\d], and (a|ab) into a(?:|b):
    one way to match, linear time; they are not refused."""
    assert nested_quantifier(rx) is None


def lexicon_with(tmp_path, rx: str):
    lex = tmp_path / "mine.yaml"
    lex.write_text(textwrap.dedent(f"""
        schema: screener.lexicon/1
        name: mine
        version: 1.0.0
        concepts:
          - id: immigration
            terms:
              en: [{{regex: '{rx}'}}]
        """), encoding="utf-8")
    return lex


@pytest.mark.parametrize("rx", [r"(a|a)*", r"(a|ab)*c", r"(\w|\d)+$", r"(a|aa)+b"])
def test_the_issues_examples_are_refused_or_run_in_bounded_time(tmp_path, rx):
    """Each is refused when read (exit 11), or screens a plan full of the text it would
    backtrack on well inside the time budget."""
    lex = lexicon_with(tmp_path, rx)
    check = run("lexicon", "check", lex)
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN + "\n" + " ".join(["a" * 40 + "!", "ab" * 40, "1" * 40 + "!"] * 50) + "\n", encoding="utf-8")
    # a fresh process with a timeout: a regression fails the test instead of hanging the suite
    res = cli("scan", plan, "--lexicon", lex, "--no-classifier", "--format", "json", "-q",
              env={"SCREENER_REGEX_SECONDS": "5"}, timeout=300)
    if check.exit_code == EXIT_BAD_DATA:
        one_line(res, EXIT_BAD_DATA)
    else:
        assert check.exit_code == 0 and res.returncode == 0, res.stderr


@pytest.mark.parametrize("rx", [r"\w*\w*\w*\w*x", r"(a+){10}b"])
def test_a_regex_the_check_cannot_see_is_stopped_by_its_time_budget(tmp_path, rx):
    """Polynomial backtracking passes the static check; the budget stops it with one line
    naming the term (exit 11) instead of a scan that never ends."""
    lex = lexicon_with(tmp_path, rx)
    assert run("lexicon", "check", lex).exit_code == 0
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_EN + "\n" + "a" * 3000 + "\n", encoding="utf-8")  # hours without the budget
    res = cli("scan", plan, "--lexicon", lex, "--no-classifier", env={"SCREENER_REGEX_SECONDS": "1"}, timeout=300)
    line = one_line(res, EXIT_BAD_DATA)
    assert "ran past its time budget (1 s per document)" in line and "mine.yaml:" in line and rx in line


def test_the_regex_budget_leaves_an_outer_budget_in_force():
    from screener.limits import HookTimeout, RegexTimeout, time_budget

    with pytest.raises(HookTimeout):
        with time_budget(0.2):
            with time_budget(5, RegexTimeout):  # the outer one ends first: it fires as itself
                while True:
                    pass
    with pytest.raises(RegexTimeout):
        with time_budget(30):
            with time_budget(0.2, RegexTimeout):
                while True:
                    pass


def test_a_very_long_line_does_not_widen_the_two_column_search(tmp_path, monkeypatch):
    """A TXT plan with one 1,000,000-character line beside ordinary ones (it made the gutter
    search quadratic: minutes). The search never scans wider than MAX_WIDTH, the long line is
    kept whole, and a two-column run beside it is still read column by column."""
    from screener.loaders import columns
    from screener.loaders import load

    widths = []
    real_runs = columns._runs
    monkeypatch.setattr(columns, "_runs", lambda mask, width: widths.append(width) or real_runs(mask, width))
    left = "the left column of this page runs on with its words"
    right = "and the right column carries other words"
    two_columns = "".join(f"{left:<55}    {right}\n" for _ in range(10))
    long_line = "migrant workers send remittances home " * 26316
    plan = tmp_path / "plan.txt"
    plan.write_text("Ordinary paragraph line of the plan.\n\n" + long_line + "\n\n" + two_columns, encoding="utf-8")
    doc = load(plan)
    assert widths and max(widths) <= columns.MAX_WIDTH + 1
    assert doc.metadata.get("two_column_runs") == 1
    assert sum(len(b.text) for b in doc.blocks) >= len(long_line.strip())
