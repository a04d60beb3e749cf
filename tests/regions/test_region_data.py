"""regions/: the 2024 municipalities, districts and KOSTRA groups, read and checked."""

import shutil

import pytest

from impactapp.catalog import CatalogInvalid
from impactapp.catalog.municipalities import read_region_data, region_data
from impactapp.resources import resource_dir


def test_all_357_municipalities_with_counties_and_the_four_cities_districts():
    data = region_data()
    assert len(data.municipalities) == 357
    assert len(data.counties) == 15
    assert data.municipality("3405").name == "Lillehammer"
    assert data.municipality("3405").county == "34"
    assert data.municipality("5001").official_name == "Trondheim - Tråante"
    assert {k: len(v) for k, v in data.districts.items()} == {
        "0301": 17, "1103": 9, "4601": 8, "5001": 4}
    # SSB's "Uoppgitt" codes are no districts a case can affect
    assert all(not d.code.endswith("99") for ds in data.districts.values() for d in ds)
    assert [d.name for d in data.districts["5001"]] == [
        "Midtbyen", "Østbyen", "Lerkendal", "Heimdal"]
    assert "3405" not in data.districts


def test_search_by_name_part_number_or_sami_name_ignores_case_and_accents():
    data = region_data()
    assert [m.code for m in data.search("Lille")] == ["3205", "3405", "4215"]
    assert [m.code for m in data.search("kautokeino")] == ["5612"]
    assert [m.code for m in data.search("guovdageaidnu")] == ["5612"]
    assert [m.code for m in data.search("3405")] == ["3405"]
    assert [m.code for m in data.search("alesund")] == ["1508"]


def test_default_comparison_is_the_kostra_group_where_known_else_county_and_largest():
    data = region_data()
    # Bergen's KOSTRA group 12 has two other known members
    assert data.default_comparison("4601") == ("1103", "4204")
    # Lillehammer's group 9 has no other known member: Innlandet's largest, the ten largest
    lillehammer = data.default_comparison("3405")
    assert lillehammer[0] == "3411"
    assert lillehammer[1:] == data.ten_largest
    # never itself
    assert "0301" not in data.default_comparison("0301")
    assert "3411" not in data.default_comparison("3411")


def test_place_carries_districts_and_comparison():
    data = region_data()
    bergen = data.place("4601")
    assert (bergen.code, bergen.name) == ("4601", "Bergen")
    assert [d.code for d in bergen.districts][:2] == ["460101", "460102"]
    assert data.place("3405", ["0301", "3405", "0301"]).comparison == ("0301",)
    with pytest.raises(KeyError):
        data.place("9999")


@pytest.fixture
def regions_copy(tmp_path):
    folder = tmp_path / "regions"
    shutil.copytree(resource_dir("regions"), folder)
    return folder


def test_a_damaged_region_folder_is_refused_with_every_problem_and_its_line(regions_copy):
    municipalities = regions_copy / "kommuner_2024.csv"
    lines = municipalities.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("1101;", "110;", 1)  # a three-digit code on line 3
    lines.append(lines[1])  # Oslo twice
    municipalities.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (regions_copy / "bydeler.csv").unlink()
    with pytest.raises(CatalogInvalid) as raised:
        read_region_data(regions_copy)
    messages = [str(e) for e in raised.value.errors]
    assert "regions/kommuner_2024.csv:3: kommunenummer: '110' is not a code of 4 digits" in messages
    assert any(m.startswith("regions/kommuner_2024.csv:359: kommunenummer: '0301' is listed")
               for m in messages)
    assert "regions/bydeler.csv: the file is missing" in messages


def test_a_district_of_the_wrong_municipality_and_a_short_list_are_refused(regions_copy):
    districts = regions_copy / "bydeler.csv"
    text = districts.read_text(encoding="utf-8").replace("4601;460101;", "4601;030199x;", 1)
    districts.write_text(text.replace("4601;460102;", "3405;460102;", 1), encoding="utf-8")
    with pytest.raises(CatalogInvalid) as raised:
        read_region_data(regions_copy)
    messages = "\n".join(str(e) for e in raised.value.errors)
    assert "'030199x' is not a code of 6 digits" in messages
    assert "district 460102 does not belong to a known municipality '3405'" in messages

    municipalities = regions_copy / "kommuner_2024.csv"
    shutil.copy(resource_dir("regions") / "bydeler.csv", districts)
    lines = municipalities.read_text(encoding="utf-8").splitlines()
    municipalities.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(CatalogInvalid, match="356 municipalities found, 357 expected"):
        read_region_data(regions_copy)


def test_the_regions_folder_ships_with_its_provenance():
    folder = resource_dir("regions")
    assert (folder / "PROVENANCE-2024.md").is_file()
    assert "Kartverket" in (folder / "README.md").read_text(encoding="utf-8")


def test_a_query_is_rewritten_for_the_place_in_its_region_dimension_only():
    from impactapp.catalog.place_query import query_for_place

    data = region_data()
    query = (("Region", ("0301", "030101", "030102", "0", "EAK")), ("Tid", ("2023", "top(5)")),
             ("ContentsCode", ("EUskala60",)))
    assert query_for_place(query, data.place("3405")) == (
        ("Region", ("3405", "0", "EAK")), ("Tid", ("2023", "top(5)")),
        ("ContentsCode", ("EUskala60",)))
    bergen = query_for_place((("GEO", ("0301", "030101")), ("AAR", ("top(5)",))),
                             data.place("4601"))
    assert bergen[0] == ("GEO", ("4601", *(f"4601{n:02d}" for n in range(1, 9))))
    # idempotent: asking again for the same place changes nothing
    assert query_for_place(bergen, data.place("4601")) == bergen


def test_a_geography_rating_needs_districts_only_where_the_municipality_has_some():
    import dataclasses

    from impactapp.domain.model import Region
    from impactapp.domain.validation import validate_for_depth
    from tests.domain.sample import CATALOG, complete_case

    def geography_unsplit(catalog):
        case = complete_case()
        for alt in case.measures:
            for a in alt.assessments:
                if a.criterion == "dist.geography":
                    a.rating, a.districts = 1, {}
        return [i.code for i in validate_for_depth(case, catalog, "full")]

    assert "districts_missing" in geography_unsplit(CATALOG)  # Oslo: rate its districts
    lillehammer = dataclasses.replace(
        CATALOG, regions={"3405": Region("3405", "Lillehammer", "kommune")})
    assert "districts_missing" not in geography_unsplit(lillehammer)
