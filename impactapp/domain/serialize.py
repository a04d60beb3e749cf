"""Plain-data form of a case: the ``case:`` mapping of ``impactapp-case/1``.

One conversion serves the case file (export and, after validation, import) and the store (the
case content column), so the two can never drift apart. ``case_from_data`` trusts its input:
validation with field paths and line numbers is the case file layer's job.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .model import (
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

Data = dict[str, Any]


def _put(out: Data, key: str, value: Any) -> None:
    """Set ``key`` unless the value is empty (optional keys stay out of the file)."""
    if value is None or value == "" or value == [] or value == {}:
        return
    out[key] = value


def _number(value: float | None) -> float | int | None:
    """Whole numbers as int, so files read 12000000 rather than 12000000.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def assessment_to_data(a: Assessment) -> Data:
    out: Data = {"criterion": a.criterion, "rating": a.rating}
    _put(out, "certainty", a.certainty)
    _put(out, "directness", a.directness)
    _put(out, "horizon", a.horizon)
    _put(out, "justification", a.justification)
    _put(out, "mitigation", a.mitigation)
    _put(out, "districts", dict(a.districts))
    return out


def alternative_to_data(alt: Alternative) -> Data:
    out: Data = {"id": alt.id, "name": alt.name}
    if alt.zero:
        out["zero"] = True
    _put(out, "description", alt.description)
    if alt.cost is not None:
        cost: Data = {}
        _put(cost, "investment_nok", _number(alt.cost.investment_nok))
        _put(cost, "annual_nok", _number(alt.cost.annual_nok))
        out["cost"] = cost
    if alt.ghg is not None:
        g = alt.ghg
        ghg: Data = {}
        _put(ghg, "tonnes_co2e_per_year", _number(g.tonnes_co2e_per_year))
        _put(ghg, "from_year", g.from_year)
        ghg["quantifiable"] = g.quantifiable
        _put(ghg, "scope", g.scope)
        _put(ghg, "method", g.method)
        _put(ghg, "reason", g.reason)
        out["ghg"] = ghg
    _put(out, "assessments", [assessment_to_data(a) for a in alt.assessments])
    _put(
        out,
        "sdg_targets",
        [_drop_empty({"target": s.target, "contribution": s.contribution, "note": s.note})
         for s in alt.sdg_targets],
    )
    _put(
        out,
        "trade_offs",
        [{"negative": t.negative, "handling": t.handling} for t in alt.trade_offs],
    )
    _put(
        out,
        "sdg_dismissed",
        [{"target": d.target, "reason": d.reason} for d in alt.sdg_dismissed],
    )
    return out


def _drop_empty(d: Data) -> Data:
    out: Data = {}
    for k, v in d.items():
        _put(out, k, v)
    return out


def case_to_data(case: Case) -> Data:
    """The ``case:`` mapping of a case file, with empty optional keys left out."""
    out: Data = {"title": case.title}
    _put(out, "case_number", case.case_number)
    _put(out, "unit", case.unit)
    _put(out, "caseworker", case.caseworker)
    _put(out, "decision_body", case.decision_body)
    _put(out, "municipality", case.municipality)
    if case.decision_date is not None:
        out["decision_date"] = case.decision_date.isoformat()
    out["language"] = case.language
    if case.confidentiality.exempt or case.confidentiality.basis:
        conf: Data = {"exempt": case.confidentiality.exempt}
        _put(conf, "basis", case.confidentiality.basis)
        out["confidentiality"] = conf
    out["depth"] = case.depth
    _put(out, "depth_reason", case.depth_reason)
    out["status"] = case.status
    _put(out, "problem", case.problem)
    _put(out, "goals", case.goals)
    _put(out, "principled_questions", case.principled_questions)
    _put(out, "screening_answers", dict(case.screening_answers))
    _put(
        out,
        "screening",
        [{"criterion": s.criterion, "relevant": s.relevant} | _drop_empty({"reason": s.reason})
         for s in case.screening],
    )
    out["alternatives"] = [alternative_to_data(a) for a in case.alternatives]
    _put(
        out,
        "indicators",
        [{"indicator": i.indicator, "region": i.region, "expected": i.expected}
         for i in case.indicators],
    )
    if case.recommendation is not None:
        out["recommendation"] = _drop_empty(
            {"alternative": case.recommendation.alternative,
             "justification": case.recommendation.justification}
        )
    _put(out, "prerequisites", case.prerequisites)
    _put(
        out,
        "review",
        [_drop_empty({"step": r.step, "verdict": r.verdict, "note": r.note, "answer": r.answer,
                      "by": r.by, "stale": r.stale or None})
         for r in case.review],
    )
    return out


def _text(d: Data, key: str) -> str:
    value = d.get(key)
    return "" if value is None else str(value)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def assessment_from_data(d: Data) -> Assessment:
    return Assessment(
        criterion=d["criterion"],
        rating=d["rating"],
        certainty=d.get("certainty"),
        directness=d.get("directness"),
        horizon=d.get("horizon"),
        justification=_text(d, "justification"),
        mitigation=_text(d, "mitigation"),
        districts={str(k): int(v) for k, v in (d.get("districts") or {}).items()},
    )


def alternative_from_data(d: Data) -> Alternative:
    cost = d.get("cost")
    ghg = d.get("ghg")
    return Alternative(
        id=str(d["id"]),
        name=_text(d, "name"),
        zero=bool(d.get("zero", False)),
        description=_text(d, "description"),
        cost=None if cost is None else Cost(
            investment_nok=_float(cost.get("investment_nok")),
            annual_nok=_float(cost.get("annual_nok")),
        ),
        ghg=None if ghg is None else GhgEstimate(
            tonnes_co2e_per_year=_float(ghg.get("tonnes_co2e_per_year")),
            from_year=ghg.get("from_year"),
            quantifiable=bool(ghg.get("quantifiable", True)),
            scope=ghg.get("scope"),
            method=_text(ghg, "method"),
            reason=_text(ghg, "reason"),
        ),
        assessments=[assessment_from_data(a) for a in d.get("assessments") or []],
        sdg_targets=[
            SdgLink(target=str(s["target"]), contribution=s["contribution"], note=_text(s, "note"))
            for s in d.get("sdg_targets") or []
        ],
        trade_offs=[
            TradeOffHandling(negative=t["negative"], handling=_text(t, "handling"))
            for t in d.get("trade_offs") or []
        ],
        sdg_dismissed=[
            SdgDismissal(target=str(s["target"]), reason=_text(s, "reason"))
            for s in d.get("sdg_dismissed") or []
        ],
    )


def case_from_data(d: Data) -> Case:
    """Build a Case from an already validated ``case:`` mapping."""
    conf = d.get("confidentiality") or {}
    rec = d.get("recommendation")
    decision_date = d.get("decision_date")
    if isinstance(decision_date, str):
        decision_date = date.fromisoformat(decision_date)
    return Case(
        title=_text(d, "title"),
        case_number=_text(d, "case_number"),
        unit=_text(d, "unit"),
        caseworker=_text(d, "caseworker"),
        decision_body=_text(d, "decision_body"),
        municipality=_text(d, "municipality"),
        decision_date=decision_date,
        language=d.get("language", "nb"),
        confidentiality=Confidentiality(
            exempt=bool(conf.get("exempt", False)), basis=_text(conf, "basis")
        ),
        depth=d.get("depth", "simplified"),
        depth_reason=_text(d, "depth_reason"),
        status=d.get("status", "draft"),
        problem=_text(d, "problem"),
        goals=_text(d, "goals"),
        principled_questions=_text(d, "principled_questions"),
        screening_answers={str(k): str(v) for k, v in (d.get("screening_answers") or {}).items()},
        screening=[
            ScreeningEntry(criterion=s["criterion"], relevant=bool(s["relevant"]),
                           reason=_text(s, "reason"))
            for s in d.get("screening") or []
        ],
        alternatives=[alternative_from_data(a) for a in d.get("alternatives") or []],
        indicators=[
            IndicatorLink(indicator=i["indicator"], region=str(i["region"]),
                          expected=i["expected"])
            for i in d.get("indicators") or []
        ],
        recommendation=None if rec is None else Recommendation(
            alternative=str(rec["alternative"]), justification=_text(rec, "justification")
        ),
        prerequisites=_text(d, "prerequisites"),
        review=[
            ReviewVerdict(step=r["step"], verdict=r["verdict"], note=_text(r, "note"),
                          answer=_text(r, "answer"), by=_text(r, "by"),
                          stale=r.get("stale") is True)
            for r in d.get("review") or []
        ],
    )


def content_equal(a: Case, b: Case) -> bool:
    """Whether two cases have the same content (ignoring store bookkeeping)."""
    return case_to_data(a) == case_to_data(b)
