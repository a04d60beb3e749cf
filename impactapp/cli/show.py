"""A plain-text rendering of one case for ``case show``."""

from __future__ import annotations

from ..domain.model import Alternative, Case, Catalog
from ..domain.summary import knowledge_gaps, pillar_summaries
from ..domain.tradeoffs import case_trade_offs
from ..domain.validation import validate_case


def _rating_text(rating: object) -> str:
    if rating == "unknown":
        return "?"
    if rating == "not_relevant":
        return "–"
    return f"{rating:+d}" if isinstance(rating, int) and rating else str(rating)


def _measure_lines(alt: Alternative, catalog: Catalog, lang: str) -> list[str]:
    lines = [f"  {alt.id}  {alt.name}"]
    for pillar_id, s in pillar_summaries(alt, catalog).items():
        if not (s.rated or s.unknown):
            continue
        extremes = "" if s.minimum is None else f", min {s.minimum:+d}, max {s.maximum:+d}"
        lines.append(
            f"      {catalog.pillars[pillar_id].name.get(lang)}: {s.positive} positive, "
            f"{s.negative} negative, {s.zero} zero, {s.unknown} unknown{extremes}"
        )
    for a in alt.assessments:
        name = catalog.criteria[a.criterion].name.get(lang) if a.criterion in catalog.criteria \
            else a.criterion
        lines.append(f"        {_rating_text(a.rating):>3}  {name}")
    if alt.ghg is not None:
        if alt.ghg.quantifiable and alt.ghg.tonnes_co2e_per_year is not None:
            lines.append(f"      Climate: {alt.ghg.tonnes_co2e_per_year:+,.0f} t CO2e per year")
        else:
            lines.append("      Climate: not quantifiable")
    return lines


def render_case(case: Case, catalog: Catalog) -> str:
    """Metadata, per-measure consequences, trade-offs, knowledge gaps and validation issues."""
    lang = "en"
    exempt = (
        f"exempt from public access ({case.confidentiality.basis})"
        if case.confidentiality.exempt else "public"
    )
    lines = [
        case.title,
        "=" * min(len(case.title), 80),
        f"Id: {case.id}    Case no.: {case.case_number or '-'}    Revision: {case.revision}",
        f"Unit: {case.unit or '-'}    Caseworker: {case.caseworker or '-'}",
        f"Decision body: {case.decision_body or '-'}    Decision date: "
        f"{case.decision_date.isoformat() if case.decision_date else '-'}",
        f"Status: {case.status}    Depth: {case.depth}    Language: {case.language}    "
        f"Access: {exempt}",
        "",
        "Alternatives:",
    ]
    for alt in case.alternatives:
        if alt.zero:
            lines.append(f"  {alt.id}  {alt.name}  (zero alternative, the reference)")
        else:
            lines.extend(_measure_lines(alt, catalog, lang))
    if case.recommendation is not None:
        lines += ["", f"Recommended: {case.recommendation.alternative}"]
    trade_offs = case_trade_offs(case, catalog)
    unhandled = [t for t in trade_offs if not t.handled]
    lines += [
        "",
        f"Trade-offs: {len(trade_offs)} ({len(unhandled)} without handling)",
        f"Knowledge gaps: {knowledge_gaps(case)}",
    ]
    issues = validate_case(case, catalog)
    if issues:
        lines += ["", f"Not yet complete for depth '{case.depth}':"]
        lines += [f"  {i.path}: {i.message.get(lang)}" for i in issues]
    else:
        lines += ["", f"Complete for depth '{case.depth}'."]
    return "\n".join(lines)
