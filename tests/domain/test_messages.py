"""Coded refusals: every code reads in nb and en; the English is what the CLI printed."""

from __future__ import annotations

import string

import pytest

from impactapp.domain.followup import FollowUpRefused, check_report
from impactapp.domain.lang import Text
from impactapp.domain.messages import Phrase, Verbatim, in_language, render
from impactapp.domain.model import Alternative, Case
from impactapp.domain.plans import Plan, plan_problems


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(FollowUpRefused.MESSAGES))
def test_every_follow_up_code_has_the_same_values_in_both_languages(code):
    template = FollowUpRefused.MESSAGES[code]
    assert template.nb and template.en
    assert _fields(template.nb) == _fields(template.en)


def test_a_follow_up_refusal_reads_in_bokmal_and_english_with_the_status_word():
    case = Case(id=7, title="Bom", status="in_review",
                alternatives=[Alternative(id="a0", name="Null", zero=True)])
    with pytest.raises(FollowUpRefused) as caught:
        check_report(case, "a1", "done")
    assert caught.value.code == "not_decided"
    assert caught.value.message("nb") == (
        "Sak 7 er til godkjenning, ikke vedtatt: bare tiltakene i en vedtatt sak følges opp.")
    assert str(caught.value) == (
        "Case 7 is in review, not decided: only a decided case's measures are followed up.")


def test_an_unknown_code_is_refused_at_once():
    with pytest.raises(KeyError):
        FollowUpRefused("no_such_code")


def test_a_phrase_is_its_english_and_carries_bokmal():
    problems = dict(plan_problems(Plan(" ", start_year=2030, end_year=2020), set(), set()))
    assert problems["end_year"] == "ends (2020) before it starts (2030)"
    assert in_language(problems["end_year"], "nb") == "slutter (2020) før den starter (2030)"
    assert in_language(problems["name"], "nb") == "en plan må ha et navn"
    assert in_language("plain", "nb") == "plain"


def test_render_fills_every_language_of_the_template_and_keeps_verbatim_values_whole():
    long = "x" * 100
    text = render(Text(nb="{a} og {b}", en="{a} and {b}", nn="{a} og {b}"),
                  {"a": Text("ja", "yes"), "b": Verbatim(long)})
    assert text.as_dict() == {"nb": f"ja og {long}", "en": f"yes and {long}",
                              "nn": f"ja og {long}"}
    assert Phrase(Text("hei {n}", "hello {n}"), n=3).get("nb") == "hei 3"
