"""Issue messages: one sentence per code in both languages, filled in per language."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import impactapp.domain
from impactapp.domain.issues import MESSAGES, Issue, issues_by_step, make_issue
from impactapp.domain.model import Text

DOMAIN = Path(impactapp.domain.__file__).parent


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _domain_trees() -> list[ast.AST]:
    """The syntax trees of the domain's modules other than the one defining the messages."""
    return [
        ast.parse(path.read_text(encoding="utf-8"))
        for path in DOMAIN.glob("*.py")
        if path.name != "issues.py"
    ]


def _codes_in_calls() -> set[str]:
    """The code argument of every ``issues.add(...)`` and ``make_issue(...)`` in the domain."""
    codes: set[str] = set()
    for node in (n for tree in _domain_trees() for n in ast.walk(tree)):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in ("add", "make_issue") and isinstance(node.args[1], ast.Constant):
            codes.add(node.args[1].value)
    return codes


def _string_constants() -> set[str]:
    return {
        n.value
        for tree in _domain_trees()
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_is_a_sentence_in_both_languages(code):
    template = MESSAGES[code]
    assert _fields(template.nb) == _fields(template.en)
    issue = make_issue("title", code, "details", **{f: "X" for f in _fields(template.en)})
    for text in (issue.message.nb, issue.message.en):
        assert text.lstrip("«“")[0].isupper() and text.endswith(".")
        assert "{" not in text and "}" not in text


def test_every_code_the_rules_use_has_a_message():
    codes = _codes_in_calls()
    assert len(codes) > 30
    assert codes <= set(MESSAGES)


def test_every_message_is_used_by_a_rule():
    assert set(MESSAGES) - _string_constants() == set()


def test_a_text_value_is_filled_in_per_language():
    issue = make_issue("x", "justification_missing", None, criterion=Text("Støy", "Noise"))
    assert "«Støy»" in issue.message.nb
    assert "“Noise”" in issue.message.en


def test_the_criterion_id_and_the_criterion_name_travel_separately():
    issue = make_issue("x", "certainty_missing", "environment", "env.noise",
                       criterion=Text("Støy", "Noise"))
    assert issue.criterion == "env.noise"
    assert "Noise" in issue.message.en


def test_a_sequence_of_values_reads_as_a_list():
    issue = make_issue(
        "x", "trade_off_unhandled", "trade_offs",
        negative=Text("Lavinntekt", "Low income"),
        positives=[Text("Klima", "Climate"), "Helse"],
    )
    assert "Klima, Helse" in issue.message.nb
    assert "Climate, Helse" in issue.message.en


@pytest.mark.parametrize(("length", "shown"), [(60, 60), (61, 60), (5000, 60)])
def test_a_long_user_value_is_cut_short_in_the_message(length, shown):
    value = "v" * length
    issue = make_issue("x", "unknown_alternative", None, value=value)
    quoted = issue.message.en.split("“")[1].split("”")[0]
    assert len(quoted) == shown
    assert quoted.endswith("…") is (length > shown)


def test_issues_are_grouped_by_step_in_their_order():
    a = Issue("title", "required", Text("a", "a"), "details")
    b = Issue("problem", "required", Text("b", "b"), "problem")
    c = Issue("unit", "required", Text("c", "c"), "details")
    d = Issue("x", "required", Text("d", "d"), None)
    assert issues_by_step([a, b, c, d]) == {"details": [a, c], "problem": [b], None: [d]}
