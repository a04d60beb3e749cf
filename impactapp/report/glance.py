"""Page 1 apart from the matrix: header, recommendation, SDG goal marks, climate lines, counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from impactapp.domain.model import Alternative, Case, Catalog, SdgLink
from impactapp.domain.ratings import rating_sign
from impactapp.domain.sdg import goal_contributions
from impactapp.domain.summary import knowledge_gaps, negative_distributional_effects
from impactapp.domain.tradeoffs import DISTRIBUTION, case_trade_offs
from impactapp.domain.vocabulary import DEPTH_LABELS, STATUS_LABELS, label

from .formats import MINUS, format_date, format_number
from .model import (
    ClimateLine,
    Counts,
    DocumentInfo,
    Field,
    GoalMark,
    Header,
    RecommendationView,
    SdgGoals,
)

SYMBOLS: dict[str, str] = {"positive": "+", "negative": MINUS, "mixed": "±"}
METADATA_LANGUAGE: dict[str, str] = {"nb": "nb-NO", "en": "en"}


def _word(value: object, lang: str, table: Mapping) -> str:
    found = label(table, str(value))
    return found if isinstance(found, str) else found.get(lang)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def exempt_marking(case: Case, labels: Mapping[str, str]) -> str:
    """ "Unntatt offentlighet, <basis>" for an exempt case, "" for a public one."""
    if not case.confidentiality.exempt:
        return ""
    basis = case.confidentiality.basis.strip()
    return labels["exempt"].format(basis=basis) if basis else labels["exempt_no_basis"]


#: Statuses whose memo records a decision basis someone approved; any other is a draft.
SETTLED = ("approved", "decided")


def memo_day(case: Case, issued: date | None) -> date | None:
    """The memo's date: the day it is issued when the caller says, else the case's last save."""
    if issued is not None:
        return issued
    moment = case.updated or case.approved_at or case.created
    return moment.date() if moment is not None else None


def build_header(
    case: Case, lang: str, labels: Mapping[str, str], issued: date | None = None
) -> Header:
    status = _capitalised(_word(case.status, lang, STATUS_LABELS))
    day = memo_day(case, issued)
    memo_date = format_date(day, lang) if day is not None else ""
    depth = _word(case.depth, lang, DEPTH_LABELS)
    decision_date = format_date(case.decision_date, lang) if case.decision_date else ""
    revision = str(case.revision)
    given = labels["not_given"]
    fields = (
        Field(labels["case_number"], case.case_number or given),
        Field(labels["unit"], case.unit or given),
        Field(labels["decision_body"], case.decision_body or given),
        Field(labels["decision_date"], decision_date or given),
        Field(labels["status"], status),
        Field(labels["revision"], revision),
        Field(labels["caseworker"], case.caseworker or given),
        Field(labels["depth"], depth),
    )
    return Header(
        title=case.title,
        case_number=case.case_number,
        unit=case.unit,
        decision_body=case.decision_body,
        decision_date=decision_date,
        status=status,
        memo_date=memo_date,
        banner="" if case.status in SETTLED else labels[
            "review_banner" if case.status == "in_review" else "draft_banner"],
        revision=revision,
        caseworker=case.caseworker,
        depth=depth,
        exempt_marking=exempt_marking(case, labels),
        fields=fields,
    )


def build_info(
    case: Case, lang: str, labels: Mapping[str, str], target_ids: Sequence[str]
) -> DocumentInfo:
    """Document metadata; an exempt case is titled by its case number, never by its title."""
    if case.confidentiality.exempt:
        title = case.case_number.strip() or labels["memo"]
    else:
        title = case.title
    return DocumentInfo(
        title=title,
        author=case.caseworker,
        subject=labels["subject"],
        keywords=tuple(dict.fromkeys(target_ids)),
        language=METADATA_LANGUAGE[lang],
    )


def recommended_alternative(case: Case) -> Alternative | None:
    if case.recommendation is None:
        return None
    return case.alternative(case.recommendation.alternative)


def build_recommendation(case: Case, labels: Mapping[str, str]) -> RecommendationView:
    rec = case.recommendation
    if rec is None or not rec.alternative:
        return RecommendationView("", "", "", labels["no_recommendation"])
    alt = case.alternative(rec.alternative)
    name = alt.name if alt is not None else rec.alternative
    return RecommendationView(
        alternative_id=rec.alternative,
        alternative_name=name,
        justification=rec.justification,
        text=rec.justification if rec.justification.strip() else labels["none_stated"],
    )


def confirmed_links(alt: Alternative) -> list[SdgLink]:
    """The alternative's confirmed targets: the only links the memo shows (METHOD.md), never
    the mechanical suggestions the wizard offers."""
    return list(alt.sdg_targets)


def build_sdg_goals(
    alt: Alternative | None, catalog: Catalog, lang: str, labels: Mapping[str, str]
) -> SdgGoals:
    """The 17 goals, each marked by the recommended alternative's contribution to it."""
    contributions: dict[int, str] = {}
    if alt is None:
        note = labels["sdg_no_recommendation"]
    else:
        contributions = goal_contributions(confirmed_links(alt))
        note = "" if contributions else labels["sdg_none_confirmed"]
    marks = tuple(
        GoalMark(
            number=goal.number,
            name=goal.short.get(lang),
            colour=goal.colour,
            contribution=contributions.get(goal.number),
            symbol=SYMBOLS.get(contributions.get(goal.number, ""), ""),
            word=labels[f"contribution_{contributions[goal.number]}"]
            if goal.number in contributions else "",
        )
        for goal in sorted(catalog.goals.values(), key=lambda g: g.number)
    )
    return SdgGoals(marks=marks, note=note, legend=labels["sdg_legend"])


def climate_line(alt: Alternative, lang: str, labels: Mapping[str, str]) -> ClimateLine:
    """The measure's t CO2e per year against the zero alternative, or why there is no figure."""
    ghg = alt.ghg
    if ghg is None:
        return ClimateLine(alt.id, alt.name, labels["not_given"], False, None)
    scope = labels.get(f"scope_{ghg.scope}", "") if ghg.scope else ""
    if not ghg.quantifiable:
        reason = ghg.reason.strip()
        text = labels["not_quantifiable"] + (f": {ghg.reason}" if reason else "")
        return ClimateLine(alt.id, alt.name, text, False, None, ghg.method, scope)
    if ghg.tonnes_co2e_per_year is None:
        return ClimateLine(alt.id, alt.name, labels["not_given"], True, None, ghg.method, scope)
    value = format_number(ghg.tonnes_co2e_per_year, lang, signed=True)
    text = labels["climate_value"].format(value=value)
    if ghg.from_year:
        text += " " + labels["climate_from"].format(year=ghg.from_year)
    return ClimateLine(
        alt.id, alt.name, text, True, ghg.tonnes_co2e_per_year, ghg.method, scope
    )


def negative_groups(case: Case, catalog: Catalog, lang: str) -> tuple[str, ...]:
    """The distributional criteria (groups) rated negative for any measure, in catalog order."""
    negative = {
        a.criterion for alt in case.measures for a in alt.assessments
        if (rating_sign(a.rating) or 0) < 0
    }
    return tuple(
        c.name.get(lang) for c in catalog.criteria.values()
        if c.pillar == DISTRIBUTION and c.id in negative
    )


def negative_districts(case: Case, catalog: Catalog) -> tuple[str, ...]:
    """The bydeler rated negative for any measure, in catalog order."""
    negative = {
        code for alt in case.measures for a in alt.assessments
        for code, value in a.districts.items() if (rating_sign(value) or 0) < 0
    }
    return tuple(
        region.name for code, region in catalog.regions.items() if code in negative
    ) + tuple(sorted(code for code in negative if code not in catalog.regions))


def build_counts(
    case: Case, catalog: Catalog, labels: Mapping[str, str], lang: str = "nb"
) -> Counts:
    """Trade-offs (and whether all are handled), knowledge gaps, negative distributional
    effects: the counts from the domain rules."""
    trade_offs = case_trade_offs(case, catalog)
    unhandled = sum(1 for t in trade_offs if not t.handled)
    gaps = knowledge_gaps(case)
    negative = negative_distributional_effects(case, catalog)
    first = labels["trade_offs_count"].format(n=len(trade_offs))
    if trade_offs:
        state = labels["unhandled_count"].format(n=unhandled) if unhandled \
            else labels["all_handled"]
        first += f", {state}"
    groups = negative_groups(case, catalog, lang)
    districts = negative_districts(case, catalog)
    none = labels["none"]
    lines = (
        first,
        labels["gaps_count"].format(n=gaps),
        labels["negative_distribution_count"].format(n=negative),
        labels["negative_groups"].format(names=", ".join(groups) or none),
        labels["negative_districts"].format(names=", ".join(districts) or none),
    )
    return Counts(len(trade_offs), unhandled, gaps, negative, lines, groups, districts)
