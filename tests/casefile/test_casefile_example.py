"""The example case file reads into the expected Case, and export/import keep it intact."""

from __future__ import annotations

import json
import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest
import yaml

from impactapp.casefile import (
    FORMAT,
    CaseFileInvalid,
    dump_case,
    parse_case,
    read_case_file,
    write_case_file,
)
from impactapp.domain.model import (
    Alternative,
    Assessment,
    Case,
    Catalog,
    Confidentiality,
    Cost,
    GhgEstimate,
    IndicatorLink,
    Recommendation,
    ReviewVerdict,
    ScreeningEntry,
    SdgLink,
    TradeOffHandling,
)
from impactapp.domain.serialize import case_to_data, content_equal

EXAMPLE = Path(__file__).parent / "data" / "low_emission_zone.yaml"

EXPECTED = Case(
    title="Lavutslippssone for tunge kjøretøy i indre by",
    case_number="25/01234",
    unit="Bymiljøetaten",
    caseworker="Kari Nordmann",
    decision_body="Bystyret",
    decision_date=date(2026, 3, 1),
    language="nb",
    confidentiality=Confidentiality(exempt=False, basis=""),
    depth="simplified",
    depth_reason="Screeningen foreslo full utredning, men tiltaket bygger på en utredning fra "
    "2024 som allerede har samfunnsøkonomisk analyse.",
    status="draft",
    problem="Tungtrafikken i indre by gir høye utslipp av klimagasser og NO₂, og støy langs\n"
    "hovedveiene i Gamle Oslo og Grünerløkka.\n",
    goals="Redusere utslippene fra tunge kjøretøy med 30 % innen 2030.",
    principled_questions="Skal kommunen regulere næringstransport som i dag er lovlig?",
    screening_answers={"children_affected": "yes", "irreversible_nature": "no"},
    screening=[
        ScreeningEntry(
            "env.noise",
            False,
            "Tunge elektriske kjøretøy gir omtrent samme dekkstøy; ingen vesentlig endring.",
        )
    ],
    alternatives=[
        Alternative(
            id="a0",
            name="Nullalternativ – dagens ordning",
            zero=True,
            description="Dagens miljøsone med piggdekkgebyr videreføres.",
        ),
        Alternative(
            id="a1",
            name="Lavutslippssone fra 2027",
            description="Bare tunge kjøretøy med Euro VI eller nullutslipp får kjøre innenfor "
            "Ring 2.\nInformasjon på nordsamisk: Dát lea ođđa njuolggadus, mii guoská buot "
            "stuorra biillaide;\nŋ, š, ŧ, ž og č brukes i samiske stedsnavn langs ruten.",
            cost=Cost(investment_nok=12_000_000, annual_nok=3_000_000),
            ghg=GhgEstimate(
                tonnes_co2e_per_year=-4200,
                from_year=2027,
                quantifiable=True,
                scope="direct",
                method="Beregnet med klimaetatens modell for kjøretøyparken, 2024-tall.",
            ),
            assessments=[
                Assessment(
                    "env.climate_mitigation", 2, certainty="medium", directness="direct",
                    horizon="long",
                    justification="Færre dieselkjøretøy i sonen gir lavere utslipp.",
                ),
                Assessment(
                    "dist.geography", -1, certainty="low",
                    justification="Omkjøring kan flytte trafikk til bydelene i Groruddalen.",
                    mitigation="Følge opp med målinger i Grorud og Stovner.",
                    districts={"030110": -1, "030111": -2, "030105": 1},
                ),
                Assessment(
                    "dist.low_income", -1,
                    justification="Små transportbedrifter med eldre biler får økte kostnader.",
                    mitigation="Tilskuddsordning for utskifting av kjøretøy.",
                ),
                Assessment(
                    "econ.municipal_budget", -2,
                    justification="Investering i kameraer og drift av ordningen.",
                ),
                Assessment(
                    "soc.public_health", "unknown",
                    justification="Effekten på luftveissykdom er ikke beregnet; krever "
                    "helsekonsekvensanalyse.",
                ),
            ],
            sdg_targets=[
                SdgLink("11.6", "positive", "Bedre luftkvalitet i byen."),
                SdgLink("13.2", "positive"),
                SdgLink("1.2", "negative"),
            ],
            trade_offs=[
                TradeOffHandling(
                    "dist.low_income",
                    "Kompenseres med tilskudd til små bedrifter i en overgangsperiode.",
                )
            ],
        ),
    ],
    indicators=[
        IndicatorLink("ind.ghg_per_inhabitant", "0301", "down"),
        IndicatorLink("ind.low_income_households", "030110", "down"),
    ],
    recommendation=Recommendation(
        "a1", "Størst klimaeffekt; fordelingsvirkningene kan kompenseres."
    ),
    prerequisites="Endring i forskrift og avtale med Statens vegvesen om kameraer.",
    review=[
        ReviewVerdict(
            "distribution", "improve", "Beskriv hvem som rammes i Groruddalen.",
            "Lagt til vurdering per bydel.",
        )
    ],
)


def test_example_file_reads_into_the_expected_case(catalog: Catalog) -> None:
    case = read_case_file(EXAMPLE, catalog)
    assert case == EXPECTED
    assert isinstance(case.alternatives[1].assessments[0].rating, int)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_example_survives_export_and_import(catalog: Catalog, fmt: str) -> None:
    case = read_case_file(EXAMPLE, catalog)
    back = parse_case(dump_case(case, fmt), catalog, f"export.{fmt}")
    assert content_equal(back, case)
    assert "Dát lea ođđa" in back.alternatives[1].description


def test_yaml_export_starts_with_the_format_and_keeps_letters_readable(catalog: Catalog) -> None:
    text = dump_case(read_case_file(EXAMPLE, catalog)).decode("utf-8")
    assert text.startswith(f"format: {FORMAT}\ncase:\n  title: Lavutslippssone")
    assert "ŋ, š, ŧ, ž og č" in text
    assert "\\u" not in text
    # Multi-line text is written as a literal block, line by line.
    assert "  problem: |\n    Tungtrafikken i indre by" in text


def test_json_export_is_indented_utf8(catalog: Catalog) -> None:
    raw = dump_case(read_case_file(EXAMPLE, catalog), "json")
    text = raw.decode("utf-8")
    assert text.startswith('{\n  "format": "impactapp-case/1",\n  "case": {\n    "title": ')
    assert "Bymiljøetaten" in text
    assert json.loads(text)["case"]["alternatives"][1]["cost"]["investment_nok"] == 12_000_000


def test_json_is_recognised_by_its_first_character(catalog: Catalog) -> None:
    raw = b"\n  " + dump_case(EXPECTED, "json")
    assert content_equal(parse_case(raw, catalog), EXPECTED)


def test_unknown_export_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown case file format 'xml'"):
        dump_case(EXPECTED, "xml")


# --- strings that look like other types -----------------------------------------------------


def _lookalike_case() -> Case:
    return Case(
        title="2026",
        case_number="2401234",
        unit="yes",
        caseworker="no",
        decision_body="on",
        depth_reason="2026-03-01",
        problem="1e5",
        goals="y",
        screening_answers={"irreversible_nature": "no", "principled": "yes"},
        alternatives=[
            Alternative(id="030108", name="11.10", zero=True),
            Alternative(
                id="0301",
                name="Tiltak",
                assessments=[
                    Assessment(
                        "dist.geography", 1,
                        districts={"030101": 1, "030108": -1, "030109": 2, "030115": -3},
                    )
                ],
                sdg_targets=[SdgLink("11.6", "positive"), SdgLink("1.2", "mixed"),
                             SdgLink("11.a", "negative")],
            ),
        ],
        indicators=[IndicatorLink("ind.x", "0301", "up"), IndicatorLink("ind.x", "030108", "up")],
        recommendation=Recommendation("0301"),
    )


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_codes_and_target_ids_reload_as_text(catalog: Catalog, fmt: str) -> None:
    case = _lookalike_case()
    back = parse_case(dump_case(case, fmt), catalog, f"x.{fmt}")
    assert case_to_data(back) == case_to_data(case)
    assert list(back.alternatives[1].assessments[0].districts) == [
        "030101", "030108", "030109", "030115"
    ]
    assert [s.target for s in back.alternatives[1].sdg_targets] == ["11.6", "1.2", "11.a"]
    assert [i.region for i in back.indicators] == ["0301", "030108"]
    assert (back.title, back.unit, back.caseworker, back.decision_body) == (
        "2026", "yes", "no", "on"
    )


def test_yaml_export_quotes_every_number_like_text() -> None:
    text = dump_case(_lookalike_case()).decode("utf-8")
    data = yaml.safe_load(text)["case"]
    assert data["case_number"] == "2401234"
    assert data["alternatives"][0]["id"] == "030108"
    # Quoted even where PyYAML alone would write them plain, so YAML 1.2 readers get text too.
    for value in ("030108", "030109", "030115", "1e5", "y", "2401234", "11.6"):
        assert re.search(rf"'{re.escape(value)}'", text), value
        assert not re.search(rf"(: |- ){re.escape(value)}\n", text), value


# --- import details -------------------------------------------------------------------------


def _minimal(**lines: str) -> bytes:
    extra = "".join(f"  {k}: {v}\n" for k, v in lines.items())
    return (
        "format: impactapp-case/1\ncase:\n  title: Sak\n  language: en\n  depth: full\n"
        "  status: draft\n" + extra +
        "  alternatives:\n    - {id: a0, name: Zero, zero: true}\n"
    ).encode("utf-8")


def test_text_is_normalized_to_nfc(catalog: Catalog) -> None:
    decomposed = "Ra\u030ade og c\u030c"  # å and č written as letter + combining mark
    case = parse_case(_minimal(unit=decomposed), catalog)
    assert case.unit == "R\u00e5de og \u010d"


def test_empty_optional_keys_count_as_absent(catalog: Catalog) -> None:
    case = parse_case(_minimal(problem="", recommendation="", decision_date="null"), catalog)
    assert (case.problem, case.recommendation, case.decision_date) == ("", None, None)


def test_decision_date_may_be_a_yaml_date_or_iso_text(catalog: Catalog) -> None:
    as_date = parse_case(_minimal(decision_date="2026-03-01"), catalog)
    as_text = parse_case(_minimal(decision_date="'2026-03-01'"), catalog)
    assert as_date.decision_date == as_text.decision_date == date(2026, 3, 1)


def test_text_of_exactly_the_limit_is_accepted(catalog: Catalog) -> None:
    case = parse_case(_minimal(problem="ŧ" * 20_000), catalog)
    assert len(case.problem) == 20_000


def test_missing_ghg_quantifiable_means_quantifiable(catalog: Catalog) -> None:
    second = b"\n    - {id: a1, name: B, ghg: {quantifiable: , from_year: 2030}}"
    raw = _minimal().replace(b"zero: true}", b"zero: true}" + second)
    ghg = parse_case(raw, catalog).alternatives[1].ghg
    assert ghg == GhgEstimate(quantifiable=True, from_year=2030)


def test_unreadable_file_is_left_to_the_caller_as_oserror(
    catalog: Catalog, tmp_path: Path
) -> None:
    with pytest.raises(FileNotFoundError):
        read_case_file(tmp_path / "borte.yaml", catalog)


def test_oversized_file_is_refused_without_reading_it(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "stor.yaml"
    with open(path, "wb") as f:
        f.truncate(6 * 1024 * 1024)  # sparse: large on paper, nothing to read
    with pytest.raises(CaseFileInvalid) as info:
        read_case_file(path, catalog)
    assert str(info.value) == (
        f"{path}: the file is 6,291,456 bytes, more than the limit of 5,242,880 bytes"
    )


# --- writing --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["sak.yaml", "sak.json"])
def test_write_then_read_gives_the_same_case(catalog: Catalog, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    write_case_file(EXPECTED, path)
    assert content_equal(read_case_file(path, catalog), EXPECTED)
    assert path.read_bytes() == dump_case(EXPECTED, name.split(".")[1])
    assert os.listdir(tmp_path) == [name]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_written_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "sak.yaml"
    path.write_text("old")
    path.chmod(0o644)
    write_case_file(EXPECTED, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sak.yaml"
    path.write_text("old content")

    def refuse(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("impactapp.files.os.replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_case_file(EXPECTED, path)
    assert path.read_text() == "old content"
    assert os.listdir(tmp_path) == ["sak.yaml"]
