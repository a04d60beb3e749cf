"""Hypothesis strategies: arbitrary cases (valid or not) and rated alternatives over the sample
catalog."""

from __future__ import annotations

from hypothesis import strategies as st

from impactapp.domain.model import (
    CERTAINTIES,
    CONTRIBUTIONS,
    DEPTHS,
    DIRECTNESS,
    HORIZONS,
    MAX_TEXT,
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
    SdgLink,
    TradeOffHandling,
)
from impactapp.domain.screening import QUESTIONS

from .sample import CATALOG, DISTRICTS, TARGETS

CRITERION_IDS = list(CATALOG.criteria)
PILLAR_IDS = list(CATALOG.pillars)

texts = st.one_of(
    st.text(max_size=12), st.sampled_from(["", "  ", "x" * (MAX_TEXT + 1)])
)
criterion_ids = st.sampled_from([*CRITERION_IDS, "env.typo", "", "soc"])
ratings = st.one_of(
    st.integers(-5, 5), st.sampled_from([*SPECIAL_RATINGS, "junk"]), st.booleans()
)
numbers = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))


def choices(values: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.one_of(st.none(), st.sampled_from([*values, "junk"]))


assessments = st.builds(
    Assessment,
    criterion=criterion_ids,
    rating=ratings,
    certainty=choices(CERTAINTIES),
    directness=choices(DIRECTNESS),
    horizon=choices(HORIZONS),
    justification=texts,
    mitigation=texts,
    districts=st.dictionaries(
        st.sampled_from([*DISTRICTS, "0301", "x"]), st.integers(-5, 5), max_size=3
    ),
)

alternatives = st.builds(
    Alternative,
    id=st.sampled_from(["a0", "a1", "a2", ""]),
    name=texts,
    zero=st.booleans(),
    description=texts,
    cost=st.one_of(st.none(), st.builds(Cost, investment_nok=numbers, annual_nok=numbers)),
    ghg=st.one_of(
        st.none(),
        st.builds(
            GhgEstimate,
            tonnes_co2e_per_year=numbers,
            from_year=st.one_of(st.none(), st.integers(2000, 2100)),
            quantifiable=st.booleans(),
            scope=choices(SCOPES),
            method=texts,
            reason=texts,
        ),
    ),
    assessments=st.lists(assessments, max_size=12),
    sdg_targets=st.lists(
        st.builds(
            SdgLink,
            target=st.sampled_from([*TARGETS, "99.9", "x"]),
            contribution=st.sampled_from([*CONTRIBUTIONS, "junk"]),
            note=texts,
        ),
        max_size=3,
    ),
    trade_offs=st.lists(
        st.builds(TradeOffHandling, negative=criterion_ids, handling=texts), max_size=3
    ),
)

_answers = sorted({a.id for q in QUESTIONS for a in q.answers} | {"junk"})

cases = st.builds(
    Case,
    title=texts,
    unit=texts,
    caseworker=texts,
    decision_body=texts,
    case_number=texts,
    language=st.sampled_from(["nb", "en", "de", ""]),
    confidentiality=st.builds(Confidentiality, exempt=st.booleans(), basis=texts),
    depth=st.sampled_from([*DEPTHS, "deep", ""]),
    depth_reason=texts,
    status=st.sampled_from([*STATUSES, "archived"]),
    problem=texts,
    goals=texts,
    principled_questions=texts,
    screening_answers=st.dictionaries(
        st.sampled_from([q.id for q in QUESTIONS] + ["colour"]), st.sampled_from(_answers),
        max_size=6,
    ),
    screening=st.lists(
        st.builds(
            ScreeningEntry,
            criterion=st.sampled_from([*CRITERION_IDS, *PILLAR_IDS, "x"]),
            relevant=st.booleans(),
            reason=texts,
        ),
        max_size=4,
    ),
    alternatives=st.lists(alternatives, max_size=4),
    indicators=st.lists(
        st.builds(
            IndicatorLink,
            indicator=texts,
            region=st.sampled_from(["0301", "030101", "x"]),
            expected=st.sampled_from(["up", "down", "x"]),
        ),
        max_size=2,
    ),
    recommendation=st.one_of(
        st.none(),
        st.builds(
            Recommendation,
            alternative=st.sampled_from(["a0", "a1", "a9", ""]),
            justification=texts,
        ),
    ),
    prerequisites=texts,
    review=st.lists(
        st.builds(
            ReviewVerdict,
            step=st.sampled_from([*STEP_IDS, "x"]),
            verdict=st.sampled_from([*VERDICTS, "x"]),
            note=texts,
            answer=texts,
        ),
        max_size=3,
    ),
)

# A measure rating catalog criteria once each, on values of both scales or the special values.
rated_assessments = st.builds(
    Assessment,
    criterion=st.sampled_from(CRITERION_IDS),
    rating=st.one_of(st.integers(-4, 4), st.sampled_from(SPECIAL_RATINGS)),
)
rated_measures = st.builds(
    Alternative,
    id=st.just("a1"),
    name=st.just("Tiltak"),
    assessments=st.lists(rated_assessments, unique_by=lambda a: a.criterion),
    trade_offs=st.lists(
        st.builds(
            TradeOffHandling,
            negative=st.sampled_from(CRITERION_IDS),
            handling=st.sampled_from(["", "Accepted: the gain is larger."]),
        ),
        max_size=4,
    ),
)
