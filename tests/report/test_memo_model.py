"""build_memo: the view model says what page 1 and the sections must say, in the memo's language."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from impactapp.domain.sdg import suggest_sdg_targets
from impactapp.report import build_memo
from impactapp.report.formats import MINUS, NBSP

MINUS_ONE = f"{MINUS}1"


def test_header_carries_the_case_facts_with_norwegian_date_and_status_word(parking_memo):
    header = parking_memo.header
    assert header.title == "Økte parkeringsavgifter i indre by"
    assert header.case_number == "26/00412"
    assert header.decision_date == "17.06.2026"
    assert header.status == "Utkast"
    assert header.exempt_marking == ""
    assert ("Saksbehandler", "Ánde Bierŋa Čuđe") in [(f.label, f.value) for f in header.fields]


@pytest.mark.parametrize(("status", "nb", "en"), [
    ("draft", "Utkast", "Draft"),
    ("in_review", "Til godkjenning", "In review"),
    ("approved", "Godkjent", "Approved"),
    ("decided", "Vedtatt", "Decided"),
])
def test_status_is_a_word_in_the_memo_language(parking_case, catalog, status, nb, en):
    case = dataclasses.replace(parking_case, status=status)
    assert build_memo(case, catalog, "nb").header.status == nb
    assert build_memo(case, catalog, "en").header.status == en


def test_recommendation_names_the_recommended_alternative(parking_memo):
    rec = parking_memo.recommendation
    assert rec.alternative_id == "a1"
    assert rec.alternative_name == "Avgiftsøkning på 40 prosent"
    assert rec.text.startswith("Avgiftsøkningen gir klart lavere trafikk")


def test_matrix_puts_the_zero_alternative_first_as_the_reference(parking_memo):
    columns = parking_memo.matrix.columns
    assert [c.alternative_id for c in columns] == ["a0", "a1"]
    assert columns[0].reference and not columns[0].recommended
    assert columns[1].recommended
    env = parking_memo.matrix.row("env")
    assert env.cells[0].text == "ref."
    assert parking_memo.matrix.cell("env.climate_mitigation", "a0").text == "0"


def test_matrix_cells_show_sign_number_and_palette_colour(parking_memo):
    cell = parking_memo.matrix.cell
    assert (cell("econ.municipal_budget", "a1").text, cell("econ.municipal_budget", "a1").fill) \
        == ("+2", "#67a9cf")
    assert (cell("dist.low_income", "a1").text, cell("dist.low_income", "a1").fill) \
        == (MINUS_ONE, "#fddbc7")
    assert (cell("dist.minorities", "a1").text, cell("dist.minorities", "a1").fill) \
        == ("?", "#bdbdbd")
    assert cell("env.climate_mitigation", "a1").swatches[0].ink == "#000000"


def test_the_two_darkest_classes_have_white_text(full_memo):
    plus3 = full_memo.matrix.cell("env.climate_mitigation", "a1").swatches[0]
    minus3 = full_memo.matrix.cell("dist.low_income", "a1").swatches[0]
    assert (plus3.text, plus3.fill, plus3.ink) == ("+3", "#2166ac", "#ffffff")
    assert (minus3.text, minus3.fill, minus3.ink) == (f"{MINUS}3", "#b2182b", "#ffffff")


def test_key_criteria_are_those_rated_non_zero_or_unknown(parking_memo):
    keys = [r.key for r in parking_memo.matrix.rows if r.kind == "criterion"]
    assert "dist.minorities" in keys  # unknown
    assert "env.green_spaces" not in keys  # rated 0
    assert "dist.disability" not in keys  # rated 0
    assert keys.index("env.noise") < keys.index("soc.public_health")  # catalog order


def test_pillar_rows_show_extremes_and_counts_never_an_average(parking_memo, full_memo):
    dist = parking_memo.matrix.cell("dist", "a1")
    assert dist.text == f"{MINUS}1 … +1"
    assert dist.detail == "2 pos. · 3 neg. · 1 null · 1 ukjent"
    severe = full_memo.matrix.cell("dist", "a1")
    assert severe.text == f"{MINUS}3 … {MINUS}1"
    assert full_memo.matrix.cell("econ", "a2").text == "–"  # nothing rated


def test_sdg_marks_follow_the_confirmed_targets_of_the_recommended_alternative(
        parking_memo, full_memo):
    assert len(parking_memo.sdg.marks) == 17
    touched = {m.number: (m.contribution, m.symbol) for m in parking_memo.sdg.touched}
    assert touched == {10: ("negative", MINUS), 11: ("positive", "+"), 13: ("positive", "+")}
    assert parking_memo.sdg.marks[12].colour == "#3F7E44"
    assert parking_memo.sdg.note == ""
    mixed = {m.number: m.symbol for m in full_memo.sdg.touched}
    assert mixed[11] == "±"  # 11.6 positive, 11.2 negative


def test_without_confirmed_targets_no_goal_is_marked_and_one_line_says_so(
        parking_case, catalog):
    case = dataclasses.replace(parking_case, alternatives=[
        dataclasses.replace(a, sdg_targets=[]) for a in parking_case.alternatives
    ])
    # the ratings would suggest targets: the memo must still not show them
    assert suggest_sdg_targets(case.alternative("a1"), catalog)
    for lang, words in (("nb", "Ingen delmål er bekreftet"), ("en", "No targets are confirmed")):
        memo = build_memo(case, catalog, lang)
        assert memo.sdg.touched == ()
        assert memo.sdg.note.startswith(words) and "\n" not in memo.sdg.note
        assert all(m.lines == () for m in memo.targets)
        assert memo.info.keywords == ()


def test_only_confirmed_targets_are_listed_never_suggestions(parking_case, catalog):
    confirmed = {link.target for link in parking_case.alternative("a1").sdg_targets}
    suggested = {s.target for s in suggest_sdg_targets(parking_case.alternative("a1"), catalog)}
    assert suggested - confirmed  # some suggestion was not confirmed
    memo = build_memo(parking_case, catalog)
    listed = {line.target for line in memo.targets[0].lines}
    assert listed == confirmed


def test_climate_lines_use_norwegian_numbers_and_the_real_minus(parking_memo, full, catalog):
    line = parking_memo.climate[0]
    # the unit never breaks from its number: no-break spaces bind "−850 t CO2e"
    assert line.text == f"{MINUS}850{NBSP}t{NBSP}CO2e per år fra 2027"
    assert line.quantifiable and line.tonnes_co2e_per_year == -850
    nb = build_memo(full, catalog, "nb").climate
    assert nb[0].text.startswith(f"{MINUS}1{NBSP}234,5{NBSP}t{NBSP}CO2e")


def test_a_climate_effect_that_cannot_be_quantified_gives_its_reason(full_memo):
    line = full_memo.climate[1]
    assert not line.quantifiable and line.tonnes_co2e_per_year is None
    assert line.text == ("not quantifiable: Depends on the regional transport model run due "
                         "in 2027.")
    assert full_memo.climate[0].text == f"{MINUS}1,234.5{NBSP}t{NBSP}CO2e per year from 2027"


def test_counts_of_trade_offs_gaps_and_negative_distributional_effects(parking_memo, full_memo):
    c = parking_memo.counts
    assert (c.trade_offs, c.unhandled_trade_offs, c.knowledge_gaps,
            c.negative_distributional_effects) == (4, 0, 1, 3)
    assert c.all_handled and c.lines[0] == "Avveininger: 4, alle håndtert"
    f = full_memo.counts
    assert (f.trade_offs, f.unhandled_trade_offs, f.knowledge_gaps) == (4, 1, 2)
    assert f.lines[0] == "Trade-offs: 4, 1 without handling"


def test_exempt_case_is_marked_and_titled_by_its_case_number(full_memo):
    assert full_memo.header.exempt_marking == "Exempt from public disclosure, offl. § 14"
    assert full_memo.info.title == "25/07777"
    assert full_memo.info.language == "en"


def test_keywords_are_the_listed_target_ids_in_un_order(full_memo, full, catalog):
    listed = {"10.4", "11.2", "11.6", "13.2"}  # confirmed for a1; a2 has none confirmed
    assert not full.alternative("a2").sdg_targets
    assert set(full_memo.info.keywords) == listed
    order = list(catalog.targets)
    assert list(full_memo.info.keywords) == sorted(listed, key=order.index)


def test_english_memo_has_english_labels_and_dates(full_memo):
    assert full_memo.header.decision_date == "26 November 2026"
    assert full_memo.labels["recommendation"] == "Recommendation"
    assert full_memo.consequences[0].heading == "Environmental consequences"


def test_the_memo_language_can_differ_from_the_case_language(parking_case, catalog):
    memo = build_memo(parking_case, catalog, "en")
    assert memo.lang == "en" and memo.info.language == "en"
    assert memo.counts.lines[1] == "Knowledge gaps: 1"
    with pytest.raises(ValueError):
        build_memo(parking_case, catalog, "sv")


def test_sections_carry_ratings_with_certainty_justification_and_mitigation(parking_memo):
    distribution = next(s for s in parking_memo.consequences if s.step == "distribution")
    line = next(x for x in distribution.measures[0].lines if x.criterion_id == "dist.low_income")
    assert (line.swatch.text, line.certainty) == (MINUS_ONE, "høy")
    assert line.mitigation == "Gratis beboerparkering for husholdninger med bostøtte."
    assert ("Bolig", "Påvirker ikke boligtilbud eller boutgifter vesentlig.") in [
        (f.label, f.value) for f in distribution.screened_out]


def test_district_grid_lists_every_bydel_with_the_rated_ones_coloured(parking_memo, catalog):
    grid = parking_memo.districts[0]
    assert len(grid.cells) == len(catalog.districts_of("0301"))
    rated = {c.name: c.swatch.text for c in grid.cells if c.swatch is not None}
    assert rated == {"Gamle Oslo": MINUS_ONE, "Frogner": "+1", "Søndre Nordstrand": f"{MINUS}2"}


def test_sdg_targets_have_their_texts_and_unofficial_translations_marked(parking_memo, catalog):
    lines = {t.target: t for t in parking_memo.targets[0].lines}
    assert list(lines) == ["10.2", "11.6", "13.2"]
    assert lines["11.6"].text == catalog.targets["11.6"].text.nb
    assert lines["10.2"].unofficial == catalog.targets["10.2"].unofficial_nb
    assert lines["10.2"].note == "Rammer lavinntektshusholdninger."


def test_trade_offs_carry_their_handling(full_memo):
    unhandled = [t for t in full_memo.trade_offs if not t.handled]
    assert [(t.alternative_id, t.negative) for t in unhandled] == [("a2", "dist.elderly")]
    low_income = next(t for t in full_memo.trade_offs if t.negative == "dist.low_income")
    assert low_income.handling == "Toll discount for households on housing benefit."


def test_indicators_show_the_latest_value_and_source_or_that_there_is_none(full_memo):
    first, second = full_memo.indicators
    assert first.latest == "13.7 % (2023)"
    assert first.source == "Source: SSB, table 06947, retrieved 2026-11-02"
    assert second.latest == "no data imported" and second.source == ""
    assert first.name != first.indicator_id  # the catalog's name


def test_indicator_source_line_in_norwegian(full, catalog):
    from .conftest import INDICATOR_VALUES

    memo = build_memo(full, catalog, "nb", indicator_values=INDICATOR_VALUES)
    assert memo.indicators[0].source == "Kilde: SSB, tabell 06947, hentet 2026-11-02"
    assert memo.indicators[0].latest == "13,7 % (2023)"
    assert memo.indicators[1].latest == "ingen data importert"


def test_review_record_and_approval(full_memo):
    first = full_memo.review.lines[0]
    assert (first.step, first.verdict) == ("Social and distributional consequences", "improve")
    assert first.answer == "About 14 000 households."
    assert full_memo.review.approval == "Approved by Ola Nordmann, 20 November 2026 14:02."


def test_user_text_is_kept_as_typed_in_the_view_model(hostile_memo):
    assert hostile_memo.header.title == "<b>Bold?</b> & <font size=99>huge</font>"
    assert hostile_memo.recommendation.alternative_name == "Tiltak <script>alert(1)</script>"


def test_key_figures_name_the_groups_and_districts_with_negative_effects(parking_memo, catalog):
    counts = parking_memo.counts
    # dist.low_income −1, dist.elderly −1, dist.geography −1; unknown and positive ones are not
    assert counts.negative_groups == tuple(
        catalog.criteria[c].name.nb for c in ("dist.low_income", "dist.elderly", "dist.geography")
    )
    # 030101 −1 and 030115 −2 are negative; 030105 +1 is not
    assert counts.negative_districts == (catalog.regions["030101"].name,
                                         catalog.regions["030115"].name)
    assert counts.lines[-2] == "Grupper med negative virkninger: " + ", ".join(
        counts.negative_groups)
    assert counts.lines[-1].startswith("Bydeler med negative virkninger: ")


def test_matrix_money_rows_give_investment_and_annual_cost_in_nok(parking_memo, parking_case):
    money = {row.label: row.values for row in parking_memo.matrix.money}
    assert set(money) == {"Investering", "Årlig drift"}
    for column, value in zip(parking_memo.matrix.columns, money["Investering"], strict=True):
        alt = parking_case.alternative(column.alternative_id)
        given = alt.cost.investment_nok if alt.cost else None
        assert (value == "–") == (given is None)
        if given is not None:
            assert value.endswith(f"{NBSP}kr") and " " not in value  # no breakable space


def test_the_memo_date_is_the_issue_date_or_the_last_save(parking_case, catalog):
    assert build_memo(parking_case, catalog, issued=date(2026, 12, 1)).header.memo_date \
        == "01.12.2026"
    saved = dataclasses.replace(parking_case, updated=datetime(2026, 11, 30, 9, 15))
    assert build_memo(saved, catalog).header.memo_date == "30.11.2026"
    assert build_memo(saved, catalog, "en").header.memo_date == "30 November 2026"


def test_an_unconfirmed_source_says_so_beside_its_figure(full, catalog):
    import dataclasses

    from .conftest import INDICATOR_VALUES

    first = full.indicators[0].indicator
    unconfirmed = dataclasses.replace(catalog.indicators[first], verify="Unconfirmed: a guess.")
    changed = dataclasses.replace(catalog, indicators={**catalog.indicators, first: unconfirmed})
    memo = build_memo(full, changed, "nb", indicator_values=INDICATOR_VALUES)
    assert memo.indicators[0].source == (
        "Kilde: SSB, tabell 06947, hentet 2026-11-02 (kilde ikke bekreftet)")
    memo = build_memo(full, changed, "en", indicator_values=INDICATOR_VALUES)
    assert memo.indicators[0].source.endswith("retrieved 2026-11-02 (source not confirmed)")
    confirmed = build_memo(full, catalog, "nb", indicator_values=INDICATOR_VALUES)
    assert "ikke bekreftet" not in confirmed.indicators[0].source


def test_a_ratio_indicator_is_credited_to_its_numerator_s_publisher(full, catalog):
    import dataclasses

    first = full.indicators[0].indicator
    cars = catalog.indicators["ind.zero_emission_cars"]
    changed = dataclasses.replace(catalog, indicators={**catalog.indicators, first: cars})
    values = {(first, full.indicators[0].region): {"value": 24.5, "period": "2024"}}
    memo = build_memo(full, changed, "nb", indicator_values=values)
    assert memo.indicators[0].source.startswith("Kilde: SSB, tabell 07849")
    assert memo.indicators[0].source.endswith("(kilde ikke bekreftet)")
