"""Queries built for a place and written in a table's own codes; ratios; the workbook reader."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from impactapp.catalog import default_catalog
from impactapp.domain.observation import Observation
from impactapp.domain.place import District, Place
from impactapp.indicators.emissions import workbook_totals
from impactapp.indicators.errors import IndicatorDataError, ObservationError, SsbError
from impactapp.indicators.fetching import ratio_observations
from impactapp.indicators.fhi import dimension_filter, parse_dimensions
from impactapp.indicators.resolve import expand, ours_only, resolve, table_code

from .simulator import emissions_workbook, simulated_value

PLACE = Place("4601", "Bergen", (District("460101", "Arna"), District("460102", "Bergenhus")),
              comparison=("0301", "0"))
QUERY = (("Region", ("{municipality}", "{districts}", "{comparison}")),
         ("ContentsCode", ("EUskala60",)), ("Tid", ("top(5)",)))


def test_a_query_is_expanded_for_the_place_with_every_code_once():
    assert expand(QUERY, PLACE, ["0301", "1103"])[0] == (
        "Region", ("4601", "460101", "460102", "0301", "0", "1103"))
    alone = expand(QUERY, Place("3405", "Lillehammer"))
    assert alone[0] == ("Region", ("3405",))
    assert alone[1:] == QUERY[1:]


@pytest.mark.parametrize(("ours", "held", "theirs"), [
    ("030101", ("0301", "030101a", "030102a"), "030101a"),
    ("030101", ("0301", "030101"), "030101"),
    ("030101", ("0301", "30101"), "30101"),
    ("0", ("EAK", "0301"), "EAK"),
    ("0", ("0", "0301"), "0"),
    ("030101", ("030101a", "030101b"), None),  # ambiguous: never guessed
    ("3405", ("0301", "4601"), None),
])
def test_a_region_is_written_as_the_table_writes_it(ours, held, theirs):
    assert table_code(ours, held) == theirs


def test_resolution_leaves_out_missing_regions_and_refuses_other_unknown_codes():
    dims = {"Region": ("0", "4601", "460101a"), "ContentsCode": ("EUskala60",),
            "Tid": ("2023", "2024")}
    resolved = resolve(expand(QUERY, PLACE), dims, "table 06947")
    assert resolved.query[0] == ("Region", ("4601", "460101a", "0"))
    assert resolved.left_out == ("460102", "0301")
    assert "460102, 0301" in resolved.note()
    with pytest.raises(ObservationError, match="has no code 'EUskala99'"):
        resolve((("Region", ("4601",)), ("ContentsCode", ("EUskala99",))), dims, "t")
    with pytest.raises(ObservationError, match="is not a dimension of the table"):
        resolve((("Kommune", ("4601",)),), dims, "t")
    with pytest.raises(ObservationError, match="none of the codes"):
        resolve((("Region", ("3405",)),), dims, "t")
    with pytest.raises(ObservationError, match="was not replaced"):
        resolve(QUERY, dims, "t")


def _obs(region, period, value, table="07849"):
    return Observation("ind.x", region, period, value, "", "", table, "", datetime(2026, 1, 1,
                                                                                    tzinfo=UTC))


def test_only_the_regions_asked_for_are_kept_under_our_codes():
    dims = {"Region": ("4601", "460101a", "460199a"), "Tid": ("2024",)}
    resolved = resolve((("Region", ("4601", "460101")), ("Tid", ("2024",))), dims, "t")
    kept = ours_only([_obs("460101a", "2024", 1.0), _obs("460199a", "2024", 2.0),
                      _obs("4601", "2024", 3.0)], resolved)
    assert [(o.region, o.value) for o in kept] == [("460101", 1.0), ("4601", 3.0)]


def test_a_ratio_has_no_figure_where_a_part_is_missing_or_the_denominator_is_zero():
    indicator = default_catalog().indicators["ind.zero_emission_cars"]
    top = [_obs("3405", "2023", 10.0), _obs("3405", "2024", None), _obs("3405", "2022", 5.0)]
    bottom = [_obs("3405", "2023", 40.0), _obs("3405", "2024", 50.0), _obs("3405", "2022", 0.0)]
    out = {o.period: o for o in ratio_observations(indicator, top, bottom, 100)}
    assert out["2023"].value == 25.0 and out["2023"].status == ""
    assert out["2024"].value is None and out["2024"].status == ".."
    assert out["2022"].value is None
    assert out["2023"].indicator == "ind.zero_emission_cars"


def test_fhi_filters_say_what_fhi_is_sent():
    assert dimension_filter("AAR", ["bottom(5)"]) == {"code": "AAR", "filter": "bottom",
                                                      "values": ["5"]}
    assert dimension_filter("AAR", ["top(2)"])["filter"] == "top"
    assert dimension_filter("GEO", ["0301", "030101"])["filter"] == "item"
    assert dimension_filter("GEO", ["03*"])["filter"] == "all"


def test_fhi_dimension_lists_are_read_with_nested_districts():
    text = ('{"dimensions": [{"code": "GEO", "categories": [{"value": "0301", "label": "Oslo",'
            ' "children": [{"value": "030101", "label": "Gamle Oslo"}]}]},'
            ' {"code": "AAR", "categories": [{"value": "2024_2024"}]}]}')
    assert parse_dimensions(text, "nokkel/1") == {"GEO": ("0301", "030101"),
                                                   "AAR": ("2024_2024",)}
    with pytest.raises(SsbError, match="could not be read"):
        parse_dimensions("[]", "nokkel/1")


def test_the_workbook_sums_sectors_and_gases_but_not_its_total_rows():
    totals = workbook_totals(emissions_workbook(["0301", "3405"], ["2023"]))
    assert totals[("3405", "2023")] == pytest.approx(simulated_value(["3405", "2023"]) * 100
                                                     + 10.0)
    assert set(totals) == {("0301", "2023"), ("3405", "2023")}


def test_a_workbook_of_another_shape_is_refused_plainly():
    from io import BytesIO

    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Oversikt - detaljert"
    book.active.append(["Kommunenummer", "År", "Utslipp"])
    buffer = BytesIO()
    book.save(buffer)
    with pytest.raises(SsbError, match="missing columns Sektor, Klimagass"):
        workbook_totals(buffer.getvalue())
    with pytest.raises(SsbError, match="not an xlsx workbook"):
        workbook_totals(b"not a workbook")
    assert issubclass(ObservationError, IndicatorDataError)


@pytest.mark.parametrize(("period", "end"), [("2022_2024", (2024, 12, 31)),
                                             ("2024_2024", (2024, 12, 31)),
                                             ("2022-2024", (2024, 12, 31))])
def test_fhi_periods_end_with_their_last_year(period, end):
    from datetime import date

    from impactapp.indicators.periods import period_end

    assert period_end(period) == date(*end)


def test_every_indicator_is_fetched_or_imported_with_its_reason():
    catalog = default_catalog()
    for indicator in catalog.indicators.values():
        if indicator.source.kind == "other":
            assert not indicator.confirmed and "import" in indicator.verify.lower(), indicator.id
        else:
            assert indicator.source.kind in ("ssb", "fhi", "oslo_statistikkbank",
                                             "miljodirektoratet", "ratio"), indicator.id


def test_a_real_pxweb_v1_table_description_is_read_as_dimensions_and_codes():
    from impactapp.indicators.oslo import parse_variables

    from .builders import DATA

    text = (DATA / "pxweb_v1_metadata_05300.json").read_text(encoding="utf-8")
    dims = parse_variables(text, "05300")
    assert dims["Avstand1"] == ("01", "02", "03", "04", "05", "06")
    assert "Tid" in dims and "ContentsCode" in dims
    with pytest.raises(SsbError, match="could not be read"):
        parse_variables('{"title": "x"}', "05300")


def test_a_ratio_is_credited_to_the_publisher_of_its_figures():
    from impactapp.indicators.latest import publisher

    catalog = default_catalog()
    cars = catalog.indicators["ind.zero_emission_cars"].source
    assert publisher(cars, "nb") == "SSB"
    ghg = catalog.indicators["ind.ghg_emissions_per_inhabitant"].source
    assert publisher(ghg, "nb") == "Miljødirektoratet"
    assert publisher(catalog.indicators["ind.neet_youth"].source, "en") == (
        "Norwegian Institute of Public Health")
