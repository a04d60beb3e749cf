"""A municipality switches a criterion to another scale by editing YAML only."""

import shutil

import pytest

from impactapp.casefile import CaseFileInvalid, parse_case
from impactapp.catalog import load_catalog
from impactapp.domain.summary import pillar_summaries
from impactapp.domain.tradeoffs import detect_trade_offs
from impactapp.resources import resource_dir

CASE = """\
format: impactapp-case/1
case:
  title: Støyskjerming langs Ring 3
  language: nb
  depth: minimum
  status: draft
  alternatives:
    - {id: a0, name: Dagens situasjon, zero: true}
    - id: a1
      name: Støyskjermer
      assessments:
        - {criterion: env.noise, rating: RATING, justification: Skjermene demper trafikkstøyen.}
        - {criterion: dist.low_income, rating: -1, justification: Kostnaden fordeles likt.}
"""


@pytest.fixture(scope="module")
def dfo9_catalog(tmp_path_factory):
    criteria = tmp_path_factory.mktemp("muni") / "criteria"
    shutil.copytree(resource_dir("criteria"), criteria)
    path = criteria / "criteria.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "  - id: env.noise\n    pillar: env\n    scale: impact7\n"
    assert marker in text
    path.write_text(text.replace(marker, marker.replace("impact7", "dfo9")), encoding="utf-8")
    return load_catalog(criteria)


def test_the_switched_criterion_uses_the_nine_step_scale(dfo9_catalog):
    assert dfo9_catalog.criteria["env.noise"].scale == "dfo9"
    assert dfo9_catalog.scale_of("env.noise").values == tuple(range(-4, 5))
    assert dfo9_catalog.criteria["env.air_quality"].scale == "impact7"


def test_rating_against_the_nine_step_scale(dfo9_catalog):
    case = parse_case(CASE.replace("RATING", "4").encode(), dfo9_catalog, "støy.yaml")
    measure = case.alternatives[1]
    assert measure.assessment("env.noise").rating == 4
    env = pillar_summaries(measure, dfo9_catalog)["env"]
    assert (env.positive, env.maximum) == (1, 4)
    assert [t.positives for t in detect_trade_offs(measure, dfo9_catalog)] == [("env.noise",)]
    with pytest.raises(CaseFileInvalid) as refused:
        parse_case(CASE.replace("RATING", "5").encode(), dfo9_catalog, "støy.yaml")
    assert "not on the scale dfo9" in str(refused.value)
