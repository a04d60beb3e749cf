"""Export then import gives back the same case, for generated cases in YAML and JSON."""

from __future__ import annotations

import functools
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from impactapp.casefile import dump_case, parse_case
from impactapp.domain.model import (
    CERTAINTIES,
    CONTRIBUTIONS,
    DEPTHS,
    DIRECTIONS,
    DIRECTNESS,
    HORIZONS,
    LANGUAGES,
    SCOPES,
    SPECIAL_RATINGS,
    STATUSES,
    STEP_IDS,
    VERDICTS,
    Alternative,
    Assessment,
    Case,
    Confidentiality,
    Cost,
    GhgEstimate,
    IndicatorLink,
    Recommendation,
    ReviewVerdict,
    ScreeningEntry,
    SdgDismissal,
    SdgLink,
    TradeOffHandling,
)
from impactapp.domain.screening import ALLOWED_ANSWERS
from impactapp.domain.serialize import case_to_data, content_equal
from tests.casefile.casefile_catalog import OSLO_DISTRICTS, build_catalog

CATALOG = build_catalog()
CRITERIA = tuple(CATALOG.criteria)
TARGETS = tuple(CATALOG.targets)
REGIONS = list(CATALOG.regions)

# Text YAML readers like to turn into something else, or that needs quoting or escaping.
TRICKY = [
    "0301", "030108", "11.6", "11.10", "1e5", "0x1F", "12:30", "yes", "no", "on", "off", "y",
    "n", "null", "~", "true", "2026-03-01", ".inf", ".nan", "-", "- a", "a: b", "#", "'", '"',
    "!x", "&a", "*a", "|", ">", "%", "@", "`", "", " ", "  lead", "trail  ", "\t", "\n",
    "a\n", "\na", "a\n\n", " a\n b", "a \nb", "Sápmi: á č đ ŋ š ŧ ž", "Blåbærsyltetøy Æ Ø Å",
    "\u2028", "a\u2029b", "a\n\u2028b", "\u2028\n", "\n\n", "\ufeffstart", "end\ufeff",
    "\U0001f600", "\ufffe", "\u00a0",
]

_chars = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# The strategies are made once and reused (hypothesis strategies are immutable values): made
# anew inside every draw, each was validated again, which took a third of the tests' time.
@functools.cache
def texts(max_size: int = 30) -> st.SearchStrategy[str]:
    return st.one_of(st.text(_chars, max_size=max_size).map(_nfc), st.sampled_from(TRICKY))


@functools.cache
def names() -> st.SearchStrategy[str]:
    """Non-blank text, as ids and required reasons must be."""
    return texts().filter(lambda s: s.strip() != "")


amounts = st.none() | st.integers(-(10**15), 10**15) | st.floats(
    -1e15, 1e15, allow_nan=False, allow_infinity=False
)


@functools.cache
def optional(values: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(values)


@functools.cache
def _ratings(criterion: str) -> st.SearchStrategy[str]:
    return st.sampled_from(CATALOG.scale_of(criterion).values + SPECIAL_RATINGS)


@functools.cache
def _subsets(values: tuple[str, ...], max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(values), unique=True, max_size=max_size)


_indicator_links = st.lists(
    st.tuples(st.from_regex(r"ind\.[a-z0-9_]{1,12}", fullmatch=True), st.sampled_from(REGIONS)),
    unique=True, max_size=3,
)
_case_numbers = texts() | st.from_regex(r"[0-9]{2}/[0-9]{5}|[0-9]{1,8}", fullmatch=True)


@st.composite
def assessments(draw: st.DrawFn) -> list[Assessment]:
    out = []
    for crit in draw(_subsets(CRITERIA, 5)):
        scale = CATALOG.scale_of(crit)
        districts: dict[str, int] = {}
        if crit == "dist.geography":
            districts = draw(
                st.dictionaries(st.sampled_from(list(OSLO_DISTRICTS)),
                                st.sampled_from(scale.values), max_size=4)
            )
        out.append(
            Assessment(
                criterion=crit,
                rating=draw(_ratings(crit)),
                certainty=draw(optional(CERTAINTIES)),
                directness=draw(optional(DIRECTNESS)),
                horizon=draw(optional(HORIZONS)),
                justification=draw(texts()),
                mitigation=draw(texts()),
                districts=districts,
            )
        )
    return out


_costs = st.none() | st.builds(Cost, investment_nok=amounts, annual_nok=amounts)
_ghg_estimates = st.none() | st.builds(
    GhgEstimate,
    tonnes_co2e_per_year=amounts,
    from_year=st.none() | st.integers(1900, 2200),
    quantifiable=st.booleans(),
    scope=optional(SCOPES),
    method=texts(),
    reason=texts(),
)


@st.composite
def alternatives(draw: st.DrawFn, alt_id: str, zero: bool) -> Alternative:
    cost = draw(_costs)
    ghg = draw(_ghg_estimates)
    targets = draw(_subsets(TARGETS, 3))
    negatives = draw(_subsets(CRITERIA, 2))
    dismissed = draw(_subsets(TARGETS, 2))
    return Alternative(
        id=alt_id,
        name=draw(texts()),
        zero=zero,
        description=draw(texts()),
        cost=cost,
        ghg=ghg,
        assessments=draw(assessments()),
        sdg_targets=[
            SdgLink(t, draw(st.sampled_from(CONTRIBUTIONS)), draw(texts())) for t in targets
        ],
        trade_offs=[TradeOffHandling(n, draw(texts())) for n in negatives],
        sdg_dismissed=[SdgDismissal(t, draw(names())) for t in dismissed],
    )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    ids = draw(st.lists(names(), unique_by=_nfc, min_size=1, max_size=3))
    zero_at = draw(st.integers(0, len(ids) - 1))
    alts = [draw(alternatives(a, i == zero_at)) for i, a in enumerate(ids)]
    screening = []
    for crit in draw(_subsets(CRITERIA, 3)):
        relevant = draw(st.booleans())
        screening.append(ScreeningEntry(crit, relevant, draw(texts() if relevant else names())))
    indicators = draw(_indicator_links)
    steps = draw(_subsets(STEP_IDS, 3))
    status = draw(st.sampled_from(STATUSES))
    approved = status in ("approved", "decided")
    case = Case(
        title=draw(texts()),
        unit=draw(texts()),
        caseworker=draw(texts()),
        decision_body=draw(texts()),
        case_number=draw(_case_numbers),
        decision_date=draw(st.none() | st.dates()),
        language=draw(st.sampled_from(LANGUAGES)),
        confidentiality=Confidentiality(draw(st.booleans()), draw(texts())),
        depth=draw(st.sampled_from(DEPTHS)),
        depth_reason=draw(texts()),
        status=status,
        problem=draw(texts(200)),
        goals=draw(texts()),
        principled_questions=draw(texts()),
        screening_answers={
            q: draw(st.sampled_from(ALLOWED_ANSWERS[q]))
            for q in draw(st.lists(st.sampled_from(list(ALLOWED_ANSWERS)), unique=True))
        },
        screening=screening,
        alternatives=alts,
        indicators=[
            IndicatorLink(ind, region, draw(st.sampled_from(DIRECTIONS)))
            for ind, region in indicators
        ],
        recommendation=draw(
            st.none() | st.builds(Recommendation, st.sampled_from(ids), texts())
        ),
        prerequisites=draw(texts()),
        review=[
            ReviewVerdict(s, draw(st.sampled_from(VERDICTS)), draw(texts()), draw(texts()),
                          draw(texts()), draw(st.booleans()))
            for s in steps
        ],
    )
    if approved:  # an approved or decided case carries its approval record
        case.approved_by = draw(texts().filter(str.strip))
        case.approved_at = draw(moments)
        case.revision = draw(st.integers(1, 99))
    return case


# Aware moments with offsets as in real files (Oslo's +01:00 and +02:00, UTC, and others).
_offsets = st.integers(-12 * 4, 14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))
moments = st.builds(
    lambda moment, zone: moment.replace(tzinfo=UTC).astimezone(zone),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    _offsets,
)


def _record(case: Case) -> tuple[str, str | None, int]:
    """The approval record as it must come back: who, the moment with its offset, revision."""
    at = None if case.approved_at is None else case.approved_at.isoformat()
    return case.approved_by, at, case.revision


@pytest.mark.slow(seconds=7)
@settings(max_examples=200, deadline=None)
@given(case=cases(), fmt=st.sampled_from(["yaml", "json"]))
def test_export_then_import_gives_back_the_same_case(case: Case, fmt: str) -> None:
    back = parse_case(dump_case(case, fmt), CATALOG, f"generated.{fmt}")
    assert case_to_data(back) == case_to_data(case)
    assert content_equal(back, case)
    assert _record(back) == _record(case)
    assert [r.by for r in back.review] == [r.by for r in case.review]


@settings(max_examples=50, deadline=None)
@given(case=cases())
def test_export_is_stable_after_one_round_trip(case: Case) -> None:
    once = dump_case(case)
    assert dump_case(parse_case(once, CATALOG)) == once
