"""comparison_frame: one row per case (or measure) with every consequence, checked by hand and
against the domain's own rules."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pandas.testing as pdt
import pytest

from impactapp.analysis import column_labels, comparison_frame
from impactapp.analysis.frame import CONTRIBUTION
from impactapp.domain.model import Alternative, Assessment, Case, Catalog, Recommendation
from impactapp.domain.sdg import goal_contributions
from impactapp.domain.summary import knowledge_gaps, pillar_summaries
from impactapp.domain.tradeoffs import detect_trade_offs
from impactapp.store import Store

from .cases import ZERO

TEXT = pd.StringDtype()


def _int(values):
    return pd.array(values, dtype="Int64")


def test_each_case_shows_its_recommended_alternative(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    columns = ["case_id", "case_number", "status", "exempt", "alternative", "recommended"]
    expected = pd.DataFrame({
        "case_id": pd.Series([1, 2, 3], dtype="int64"),
        "case_number": pd.array(["26/00001", "27/00002", ""], dtype=TEXT),
        "status": pd.array(["decided", "approved", "draft"], dtype=TEXT),
        "exempt": [False, True, False],
        "alternative": pd.array(["a1", "a2", pd.NA], dtype=TEXT),
        "recommended": [True, True, False],
    })
    pdt.assert_frame_equal(frame[columns], expected)
    assert frame.loc[0, "title"].endswith("(á č đ ŋ š ŧ ž)")
    assert frame["decision_date"].tolist()[:2] == [pd.Timestamp(2026, 3, 1),
                                                    pd.Timestamp(2027, 1, 15)]
    assert pd.isna(frame.loc[2, "decision_date"])


def test_pillar_summaries_count_and_keep_the_extremes(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    parts = ["positive", "negative", "zero", "unknown", "min", "max"]
    got = frame[[f"{p}:{part}" for p in ("env", "soc", "dist", "econ") for part in parts]]
    # case 1 / a1: env +2 (noise not relevant); soc unknown; dist −1, −1; econ 0
    # case 2 / a2: dist −1; econ +2; case 3: no recommendation, so nothing
    expected = {
        "env": ([1, 0, pd.NA], [0, 0, pd.NA], [0, 0, pd.NA], [0, 0, pd.NA],
                [2.0, pd.NA, pd.NA], [2.0, pd.NA, pd.NA]),
        "soc": ([0, 0, pd.NA], [0, 0, pd.NA], [0, 0, pd.NA], [1, 0, pd.NA],
                [pd.NA] * 3, [pd.NA] * 3),
        "dist": ([0, 0, pd.NA], [2, 1, pd.NA], [0, 0, pd.NA], [0, 0, pd.NA],
                 [-1.0, -1.0, pd.NA], [-1.0, -1.0, pd.NA]),
        "econ": ([0, 1, pd.NA], [0, 0, pd.NA], [1, 0, pd.NA], [0, 0, pd.NA],
                 [0.0, 2.0, pd.NA], [0.0, 2.0, pd.NA]),
    }
    want = pd.DataFrame({
        f"{p}:{part}": pd.array(values, dtype="Float64" if part in ("min", "max") else "Int64")
        for p, columns in expected.items() for part, values in zip(parts, columns, strict=True)
    })
    pdt.assert_frame_equal(got, want)


def test_ratings_say_unknown_and_not_relevant_in_the_domains_words(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    got = frame[["env.climate_mitigation", "env.noise", "soc.public_health",
                 "dist.children_youth", "soc.housing"]]
    expected = pd.DataFrame({
        "env.climate_mitigation": pd.Series([2.0, pd.NA, pd.NA], dtype=object),
        "env.noise": pd.Series(["not_relevant", pd.NA, pd.NA], dtype=object),
        "soc.public_health": pd.Series(["unknown", pd.NA, pd.NA], dtype=object),
        "dist.children_youth": pd.Series([pd.NA, -1.0, pd.NA], dtype=object),
        "soc.housing": pd.Series([pd.NA, pd.NA, pd.NA], dtype=object),
    })
    pdt.assert_frame_equal(got, expected)


def test_goals_climate_costs_gaps_and_trade_offs(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    got = frame[["sdg:4", "sdg:10", "sdg:11", "sdg:13", "sdg:1", "ghg_tonnes",
                 "ghg_from_year", "ghg_quantifiable", "investment_nok", "knowledge_gaps",
                 "trade_offs", "trade_offs_unhandled", "trade_offs_handled"]]
    expected = pd.DataFrame({
        "sdg:4": pd.Series(["none", "mixed", None], dtype=CONTRIBUTION),  # 4.a +, 4.5 −
        "sdg:10": pd.Series(["negative", "none", None], dtype=CONTRIBUTION),
        "sdg:11": pd.Series(["positive", "negative", None], dtype=CONTRIBUTION),
        "sdg:13": pd.Series(["positive", "none", None], dtype=CONTRIBUTION),
        "sdg:1": pd.Series(["none", "none", None], dtype=CONTRIBUTION),
        "ghg_tonnes": pd.array([-4200.0, pd.NA, pd.NA], dtype="Float64"),  # 2: not quantified
        "ghg_from_year": _int([2027, pd.NA, pd.NA]),
        "ghg_quantifiable": pd.array([True, False, pd.NA], dtype="boolean"),
        "investment_nok": pd.array([12_000_000.0, pd.NA, pd.NA], dtype="Float64"),
        # the case's unknown ratings over all its measures: case 1 has one in a1 and one in a2
        "knowledge_gaps": _int([2, 0, 1]),
        # case 1 / a1: +2 climate against −1 low income (handled) and −1 geography
        "trade_offs": _int([2, 1, pd.NA]),
        "trade_offs_unhandled": _int([1, 1, pd.NA]),
        "trade_offs_handled": pd.array([False, False, pd.NA], dtype="boolean"),
    })
    pdt.assert_frame_equal(got, expected)


def test_per_measure_has_a_row_for_every_measure(store, hand_made, catalog):
    frame = comparison_frame(store.comparison_rows(per_measure=True), catalog, per_measure=True)
    got = frame[["case_id", "alternative", "recommended", "knowledge_gaps", "trade_offs",
                 "econ.municipal_budget"]]
    expected = pd.DataFrame({
        "case_id": pd.Series([1, 1, 2, 2, 3], dtype="int64"),
        "alternative": pd.array(["a1", "a2", "a1", "a2", "a1"], dtype=TEXT),
        "recommended": [True, False, False, True, False],
        "knowledge_gaps": _int([1, 1, 0, 0, 1]),
        # 1/a2: climate +1 against budget −2; 2/a1: climate +1 against education −1 and
        # children −2 (the negative pair within env has no partner)
        "trade_offs": _int([2, 1, 2, 1, 0]),
        "econ.municipal_budget": pd.Series([0.0, -2.0, pd.NA, 2.0, pd.NA], dtype=object),
    })
    pdt.assert_frame_equal(got, expected)


def test_no_cases_give_an_empty_frame_with_every_column(store, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    assert frame.empty
    assert {"case_id", "title", "env:min", "sdg:17", "trade_offs_handled"} <= set(frame.columns)
    assert set(catalog.criteria) <= set(frame.columns)
    assert frame["env:positive"].dtype == "Int64"


def test_a_frame_from_no_rows_at_all_matches_an_empty_store(store, catalog):
    pdt.assert_frame_equal(comparison_frame({}, catalog),
                           comparison_frame(store.comparison_rows(), catalog))


def _fan_catalog(catalog: Catalog) -> Catalog:
    """The shipped catalog with env.nature on DFØ's nine-step fan (−4..+4)."""
    nature = replace(catalog.criteria["env.nature"], scale="dfo9")
    return replace(catalog, criteria={**catalog.criteria, "env.nature": nature})


def _nature_case(title: str, rating: int | str) -> Case:
    measure = Alternative(id="a1", name="Tiltak", assessments=[
        Assessment("env.nature", rating, justification="Inngrep."),
        Assessment("env.energy", 1, justification="Sparer energi."),
    ])
    return Case(title=title, alternatives=[ZERO, measure],
                recommendation=Recommendation("a1"))


def test_another_scale_is_normalised_onto_the_same_ends_and_keeps_its_raw_value(
    store: Store, catalog: Catalog
):
    fan = _fan_catalog(catalog)
    for title, rating in (("Verst", -4), ("Litt", -1), ("Ukjent", "unknown")):
        store.add_case(_nature_case(title, rating))
    frame = comparison_frame(store.comparison_rows(), fan, lang="en")
    got = frame[["env.nature", "env.nature@dfo9", "env:min", "env:negative"]]
    expected = pd.DataFrame({
        "env.nature": pd.Series([-3.0, -0.75, "unknown"], dtype=object),
        "env.nature@dfo9": pd.Series([-4, -1, "unknown"], dtype=object),
        "env:min": pd.array([-3.0, -0.75, 1.0], dtype="Float64"),
        "env:negative": _int([1, 1, 0]),
    })
    pdt.assert_frame_equal(got, expected)
    labels = frame.attrs["labels"]
    name, scale = fan.criteria["env.nature"].name.en, fan.scales["dfo9"].name.en
    assert labels["env.nature@dfo9"] == f"{name} ({scale}, original value)"
    assert labels["env.nature"] == f"{name} (converted to −3..+3)"
    # impact7 criteria need no raw column
    assert "env.energy@impact7" not in frame.columns


def test_headers_come_in_the_ui_language(store, hand_made, catalog):
    nb = comparison_frame(store.comparison_rows(), catalog, lang="nb").attrs["labels"]
    en = column_labels(nb, catalog, "en")
    assert (nb["title"], en["title"]) == ("Tittel", "Title")
    assert nb["env:negative"] == "Miljø: negative"
    assert en["sdg:13"].startswith("Goal 13: ")
    assert nb["env.climate_mitigation"] == catalog.criteria["env.climate_mitigation"].name.nb


# --- the same answers as the domain's rules, on the example cases ------------------------------


def test_per_measure_rows_agree_with_the_domain_on_the_examples(store, examples, catalog):
    frame = comparison_frame(store.comparison_rows(per_measure=True), catalog, per_measure=True)
    measures = {(c.id, a.id): (c, a) for c in examples for a in c.measures}
    assert len(frame) == len(measures)
    for row in frame.to_dict("records"):
        case, alt = measures[(row["case_id"], row["alternative"])]
        for pillar, summary in pillar_summaries(alt, catalog).items():
            got = [row[f"{pillar}:{part}"] for part in ("positive", "negative", "zero", "unknown")]
            assert got == [summary.positive, summary.negative, summary.zero, summary.unknown]
        trade_offs = detect_trade_offs(alt, catalog)
        assert row["trade_offs"] == len(trade_offs)
        assert row["trade_offs_unhandled"] == sum(not t.handled for t in trade_offs)
        goals = goal_contributions(alt.sdg_targets)
        assert {n: row[f"sdg:{n}"] for n in catalog.goals} == {
            n: goals.get(n, "none") for n in catalog.goals
        }
        assert row["recommended"] == (case.recommendation is not None
                                      and case.recommendation.alternative == alt.id)


def test_case_rows_count_the_domains_knowledge_gaps_on_the_examples(store, examples, catalog):
    frame = comparison_frame(store.comparison_rows(), catalog)
    expected = pd.DataFrame({
        "case_id": pd.Series([c.id for c in examples], dtype="int64"),
        "title": pd.array([c.title for c in examples], dtype=TEXT),
        "alternative": pd.array([c.recommendation.alternative if c.recommendation else pd.NA
                                 for c in examples], dtype=TEXT),
        "knowledge_gaps": _int([knowledge_gaps(c) for c in examples]),
        "trade_offs": _int([
            len(detect_trade_offs(c.alternative(c.recommendation.alternative), catalog))
            if c.recommendation else pd.NA for c in examples
        ]),
    })
    pdt.assert_frame_equal(frame[list(expected.columns)], expected)


@pytest.mark.parametrize("per_measure", [False, True])
def test_values_are_on_the_common_footing(store, examples, catalog, per_measure):
    frame = comparison_frame(store.comparison_rows(per_measure=per_measure), catalog,
                             per_measure=per_measure)
    values = frame[list(catalog.criteria)].stack().dropna()
    numbers = pd.to_numeric(values, errors="coerce").dropna()
    assert len(numbers) and numbers.between(-3, 3).all()
    texts = values[values.map(lambda v: isinstance(v, str))]
    assert set(texts) <= {"unknown", "not_relevant"}
    assert set(values.map(type)) <= {float, str}


def test_the_headers_are_read_only_and_handed_on_to_columns_uncopied(store, hand_made,
                                                                    catalog):
    frame = comparison_frame(store.comparison_rows(), catalog, lang="nb")
    labels = frame.attrs["labels"]
    assert dict(labels) == column_labels(frame.columns, catalog, "nb")
    assert frame["title"].attrs["labels"] is labels  # pandas copies attrs on every column
    with pytest.raises(TypeError):
        labels["title"] = "Overskrift"  # type: ignore[index]
