"""The sustainability portfolio: what all cases together do, goal by goal and group by group.

Oslo's climate budget adds up the t CO2e of every decided measure; the portfolio does the same
for every consequence. The climate budget follows ``domain.climate_budget``: only direct
effects count in a total (indirect ones are shown beside it), and decided or approved
measures and the pipeline (draft, in review) are separate totals. Each case counts with its
recommended alternative (a case without a recommendation has nothing to count yet). Counts
are of cases, never weighted sums of ratings, except the per-bydel net, which is a sum of
ratings on −3..+3 and says so.

Every function takes the store's rows (``Store.comparison_rows(portfolio=True)``), or
``Tables`` built from them to convert only once, and returns one DataFrame indexed by the thing
counted.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from impactapp.domain.climate_budget import (
    DIRECT,
    PIPELINE,
    STAGE_STATUSES,
    STAGES,
    Effect,
    climate_totals,
    scope_group,
)
from impactapp.domain.model import Catalog
from impactapp.domain.sdg import goal_of

from .frame import chosen_alternatives, comparison_frame
from .labels import word
from .scales import criterion_factors
from .tables import TEXT, RowTables, Tables, as_tables

#: The statuses a climate budget counts: measures that are approved or decided.
BUDGET_STATUSES: tuple[str, ...] = STAGE_STATUSES["decided"]
#: The pipeline, never added to the budget: drafts and cases in review.
PIPELINE_STATUSES: tuple[str, ...] = STAGE_STATUSES[PIPELINE]
_CONTRIBUTIONS = ("positive", "negative", "mixed")


def restrict(rows: RowTables | Tables, catalog: Catalog, case_ids: Iterable[int]) -> Tables:
    """The tables of only these cases (e.g. those left in a filtered comparison table)."""
    tables = as_tables(rows, catalog)
    keep_ids = set(int(i) for i in case_ids)
    alt_keep = tables.alternatives["case_id"].isin(keep_ids).to_numpy()

    def only(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["case_id"].isin(keep_ids)].reset_index(drop=True)

    return Tables(
        cases=only(tables.cases),
        alternatives=tables.alternatives[alt_keep].reset_index(drop=True),
        criteria=tables.criteria,
        raw=tables.raw[alt_keep],
        normalised=tables.normalised[alt_keep],
        state=tables.state[alt_keep],
        mitigated=tables.mitigated[alt_keep],
        goals=tables.goals[alt_keep],
        sdg_links=only(tables.sdg_links),
        handled_trade_offs=only(tables.handled_trade_offs),
        district_ratings=only(tables.district_ratings),
        present=tables.present,
    )


def _counts(frame: pd.DataFrame, key: str, order: list) -> pd.DataFrame:
    """Cases per key and contribution, as columns positive/negative/mixed_cases and cases."""
    table = pd.crosstab(frame[key], frame["contribution"]).reindex(
        index=order, columns=list(_CONTRIBUTIONS), fill_value=0
    )
    out = pd.DataFrame(
        {f"{c}_cases": table[c].astype("int64") for c in _CONTRIBUTIONS}, index=table.index
    )
    out["cases"] = out.sum(axis=1).astype("int64")
    return out


def sdg_goal_counts(rows: RowTables | Tables, catalog: Catalog, lang: str = "nb") -> pd.DataFrame:
    """Per SDG goal (1-17): how many cases contribute positively, negatively, mixed."""
    return _goal_counts(comparison_frame(rows, catalog), catalog, lang)


def _goal_counts(frame: pd.DataFrame, catalog: Catalog, lang: str) -> pd.DataFrame:
    goals = sorted(catalog.goals)
    long = pd.DataFrame({
        "goal": np.repeat(goals, len(frame)),
        "contribution": np.concatenate(
            [frame[f"sdg:{g}"].astype(object).to_numpy() for g in goals]
        ) if goals else np.array([], dtype=object),
    })
    out = _counts(long, "goal", goals)
    out.index.name = "goal"
    out.insert(0, "goal_name", pd.array([catalog.goals[g].short.get(lang) for g in out.index],
                                        dtype=TEXT))
    return out


def _recommended_links(tables: Tables) -> pd.DataFrame:
    """The confirmed SDG links of each case's recommended alternative."""
    links = tables.sdg_links
    if links.empty:
        return links.assign(target=pd.Series(dtype=object))
    recommended = tables.cases.set_index("case_id")["recommended"]
    wanted = links["case_id"].map(recommended)
    return links[(links["alt_id"] == wanted).fillna(False).astype(bool)]


def sdg_target_counts(
    rows: RowTables | Tables, catalog: Catalog, lang: str = "nb"
) -> pd.DataFrame:
    """Per SDG target that any case touches (in UN order): how many cases contribute
    positively, negatively, mixed (one case's links to a target combined as for a goal)."""
    tables = as_tables(rows, catalog)
    tables.require("sdg_links", "counting cases per SDG target")
    links = _recommended_links(tables)
    if links.empty:
        combined = pd.DataFrame({"target": [], "contribution": []})
    else:
        flags = links.assign(
            positive=links["contribution"] == "positive",
            negative=links["contribution"] == "negative",
        ).groupby(["case_id", "target"], sort=False)[["positive", "negative"]].all()
        combined = pd.DataFrame({
            "target": flags.index.get_level_values("target"),
            "contribution": np.where(
                flags["positive"], "positive", np.where(flags["negative"], "negative", "mixed")
            ),
        })
    position = {t: i for i, t in enumerate(catalog.targets)}
    order = sorted(combined["target"].astype(object).unique().tolist(),
                   key=lambda t: (position.get(t, len(position)), t))
    out = _counts(combined, "target", order)
    out.index = pd.Index(order, dtype=object, name="target")
    out.insert(0, "goal", pd.array([goal_of(str(t)) for t in out.index], dtype="Int64"))
    out.insert(1, "target_text", pd.array([
        catalog.targets[t].text.get(lang) if t in catalog.targets else "" for t in out.index
    ], dtype=TEXT))
    return out


def climate_frame(rows: RowTables | Tables, catalog: Catalog) -> pd.DataFrame:
    """The comparison frame with ``ghg_scope`` (direct, indirect, unstated) of the alternative
    each row shows: what the climate budget rule needs."""
    tables = as_tables(rows, catalog)
    return _with_scope(comparison_frame(tables, catalog), tables)


def _with_scope(frame: pd.DataFrame, tables: Tables) -> pd.DataFrame:
    alts = tables.alternatives
    scopes = dict(zip(zip(alts["case_id"].tolist(), alts["alt_id"].tolist(), strict=True),
                      alts["ghg_scope"].tolist(), strict=True))
    keys = zip(frame["case_id"].tolist(), frame["alternative"].tolist(), strict=True)
    scope = [scope_group(None if pd.isna(s := scopes.get(k)) else s) for k in keys]
    return frame.assign(ghg_scope=pd.array(scope, dtype=TEXT))


def _stage(frame: pd.DataFrame, statuses: Iterable[str]) -> pd.DataFrame:
    """The recommended measures of cases with these statuses, whatever their scope."""
    return frame[frame["status"].isin(list(statuses)) & frame["recommended"]]


def _budget(frame: pd.DataFrame, statuses: Iterable[str] = BUDGET_STATUSES) -> pd.DataFrame:
    """The rows of the comparison a climate budget total counts: direct effects only."""
    rows = _stage(frame, statuses)
    return rows[(rows["ghg_scope"] == DIRECT).fillna(False).astype(bool)]


def climate_stages(
    rows: RowTables | Tables, catalog: Catalog, lang: str = "nb"
) -> pd.DataFrame:
    """The climate budget (approved and decided) and the pipeline (draft, in review) side by
    side, never added together: per stage the cases with a recommended measure, the direct
    total, and beside it the indirect effects and those whose scope is not stated."""
    return _climate_stages(climate_frame(rows, catalog), lang)


def _climate_stages(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    chosen = frame[frame["recommended"]]
    effects = [
        Effect(str(status), str(scope), None if pd.isna(tonnes) else float(tonnes))
        for status, scope, tonnes in zip(chosen["status"].tolist(), chosen["ghg_scope"].tolist(),
                                         chosen["ghg_tonnes"].tolist(), strict=True)
    ]
    totals = climate_totals(effects)
    out = pd.DataFrame({
        "cases": [totals[s].cases for s in STAGES],
        "tonnes_direct": [totals[s].direct for s in STAGES],
        "cases_direct": [totals[s].direct_cases for s in STAGES],
        "tonnes_indirect": [totals[s].indirect for s in STAGES],
        "cases_indirect": [totals[s].indirect_cases for s in STAGES],
        "tonnes_unstated": [totals[s].unstated for s in STAGES],
        "cases_unstated": [totals[s].unstated_cases for s in STAGES],
        "cases_not_quantified": [totals[s].not_quantified for s in STAGES],
    }, index=pd.Index(list(STAGES), dtype=object, name="stage"))
    for column in out.columns:
        out[column] = out[column].astype("Float64" if column.startswith("tonnes") else "int64")
    out.insert(0, "stage_name", pd.array([word(f"stage_{s}", lang) for s in STAGES], dtype=TEXT))
    return out


def climate_by_year(
    rows: RowTables | Tables, catalog: Catalog, statuses: Iterable[str] = BUDGET_STATUSES
) -> pd.DataFrame:
    """t CO2e per year of the recommended measures of approved and decided cases, by the year
    their effect starts: the new effect of each year and the total in force from then on (a
    quantified effect without a year comes last, outside the running total). Direct effects
    only, as the climate budget rule says."""
    return _climate_by_year(_budget(climate_frame(rows, catalog), statuses))


def _climate_by_year(budget: pd.DataFrame) -> pd.DataFrame:
    counted = budget[budget["ghg_tonnes"].notna()]
    grouped = counted.groupby("ghg_from_year", dropna=False, sort=True)["ghg_tonnes"]
    out = pd.DataFrame({
        "cases": grouped.size().astype("int64"),
        "tonnes_co2e": grouped.sum().astype("Float64"),
    })
    out.index = pd.Index(out.index, dtype="Int64", name="year")
    in_force = out["tonnes_co2e"].where(out.index.notna()).cumsum()
    out["tonnes_in_force"] = in_force.where(out.index.notna(), pd.NA).astype("Float64")
    return out


def climate_by_unit(
    rows: RowTables | Tables, catalog: Catalog, statuses: Iterable[str] = BUDGET_STATUSES
) -> pd.DataFrame:
    """t CO2e per year of the recommended measures of approved and decided cases, per unit
    (direct effects only)."""
    return _climate_by_unit(_budget(climate_frame(rows, catalog), statuses))


def _climate_by_unit(budget: pd.DataFrame) -> pd.DataFrame:
    counted = budget[budget["ghg_tonnes"].notna()]
    grouped = counted.groupby("unit", sort=True)["ghg_tonnes"]
    out = pd.DataFrame({
        "cases": grouped.size().astype("int64"),
        "tonnes_co2e": grouped.sum().astype("Float64"),
    })
    out.index = pd.Index(list(out.index), dtype=object, name="unit")
    return out


def climate_not_quantified(
    rows: RowTables | Tables, catalog: Catalog, statuses: Iterable[str] = BUDGET_STATUSES
) -> pd.DataFrame:
    """The climate budget's separate list: approved and decided cases whose recommended
    measure has a climate effect that is not quantified (of any scope)."""
    return _not_quantified(_stage(climate_frame(rows, catalog), statuses))


def _not_quantified(budget: pd.DataFrame) -> pd.DataFrame:
    listed = budget[budget["ghg_quantifiable"].eq(False).fillna(False).astype(bool)]
    columns = ["case_id", "case_number", "title", "unit", "status", "exempt"]
    return listed[columns].set_index("case_id")


def distribution_groups(
    rows: RowTables | Tables, catalog: Catalog, lang: str = "nb"
) -> pd.DataFrame:
    """Per distributional group (each ``dist`` criterion): the cases whose recommended
    alternative harms it, how many of those have a written mitigation (a trade-off handling
    may also be an explicit acceptance, so it does not count), and the cases where it gains."""
    tables = as_tables(rows, catalog)
    base = chosen_alternatives(tables, per_measure=False)
    index = base["_row"].to_numpy()
    picked = index[index >= 0]
    groups = [c for c in catalog.criteria_in("dist")]
    columns = [tables.criteria.index(c.id) for c in groups]
    values = tables.raw[np.ix_(picked, columns)]
    mitigated = tables.mitigated[np.ix_(picked, columns)]
    negative = values < 0
    out = pd.DataFrame({
        "group_name": pd.array([c.name.get(lang) for c in groups], dtype=TEXT),
        "negative_cases": negative.sum(axis=0).astype("int64"),
        "mitigated": (negative & mitigated).sum(axis=0).astype("int64"),
        "not_mitigated": (negative & ~mitigated).sum(axis=0).astype("int64"),
        "positive_cases": (values > 0).sum(axis=0).astype("int64"),
    }, index=pd.Index([c.id for c in groups], name="group"))
    return out


def district_effects(
    rows: RowTables | Tables, catalog: Catalog, lang: str = "nb"
) -> pd.DataFrame:
    """Per bydel rated in any case: the cases whose recommended alternative affects it
    positively or negatively, and the net, the sum of those ratings on −3..+3."""
    tables = as_tables(rows, catalog)
    tables.require("district_ratings", "adding up effects per bydel")
    ratings = tables.district_ratings
    recommended = tables.cases.set_index("case_id")["recommended"]
    if not ratings.empty:
        ratings = ratings[(ratings["alt_id"] == ratings["case_id"].map(recommended))
                          .fillna(False).astype(bool)]
        ratings = ratings[ratings["criterion"].isin(list(catalog.criteria))]
    if ratings.empty:
        values = pd.DataFrame({"district": pd.Series(dtype=object),
                               "value": pd.Series(dtype=float)})
    else:
        factor = dict(zip(catalog.criteria, criterion_factors(catalog, list(catalog.criteria)),
                          strict=True))
        values = pd.DataFrame({
            "district": ratings["district"].astype(str).to_numpy(),
            "value": ratings["value"].astype(float).to_numpy()
            * ratings["criterion"].map(factor).to_numpy(dtype=float),
        })
    known = list(catalog.regions)
    order = sorted(set(values["district"]),
                   key=lambda d: (known.index(d) if d in known else len(known), d))
    sums = values.assign(
        positive_cases=values["value"] > 0, negative_cases=values["value"] < 0, net=values["value"]
    ).groupby("district")[["positive_cases", "negative_cases", "net"]].sum().reindex(order)
    out = pd.DataFrame({
        "district_name": pd.array(
            [catalog.regions[d].name if d in catalog.regions else d for d in order], dtype=TEXT
        ),
        "positive_cases": sums["positive_cases"].astype("int64").to_numpy(),
        "negative_cases": sums["negative_cases"].astype("int64").to_numpy(),
        "net": sums["net"].astype("Float64").array,
    }, index=pd.Index(order, name="district", dtype=object))
    return out


OVERVIEW_MEASURES: tuple[str, ...] = (
    "cases", "recommended_cases", "budget_cases", "tonnes_budget", "pipeline_cases",
    "tonnes_pipeline", "knowledge_gaps", "trade_offs_unhandled", "cases_unhandled",
)


def portfolio_overview(
    rows: RowTables | Tables, catalog: Catalog, lang: str = "nb"
) -> pd.DataFrame:
    """The figures leadership reads first: cases, how many are recommended, approved or
    decided and their direct t CO2e per year, the same for the pipeline (draft, in review)
    apart from them, knowledge gaps, and trade-offs still without handling."""
    return _overview(climate_frame(rows, catalog), lang)


def _overview(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    budget = _budget(frame)
    pipeline = _budget(frame, PIPELINE_STATUSES)
    unhandled = frame["trade_offs_unhandled"].fillna(0)
    values: dict[str, object] = {
        "cases": len(frame),
        "recommended_cases": int(frame["recommended"].sum()),
        "budget_cases": int(frame["status"].isin(BUDGET_STATUSES).sum()),
        "tonnes_budget": float(budget["ghg_tonnes"].sum()),
        "pipeline_cases": int(frame["status"].isin(PIPELINE_STATUSES).sum()),
        "tonnes_pipeline": float(pipeline["ghg_tonnes"].sum()),
        "knowledge_gaps": int(frame["knowledge_gaps"].fillna(0).sum()),
        "trade_offs_unhandled": int(unhandled.sum()),
        "cases_unhandled": int((unhandled > 0).sum()),
    }
    out = pd.DataFrame({
        "measure_name": pd.array([word(m, lang) for m in OVERVIEW_MEASURES], dtype=TEXT),
        "value": pd.Series([values[m] for m in OVERVIEW_MEASURES], dtype=object).to_numpy(),
    }, index=pd.Index(OVERVIEW_MEASURES, name="measure"))
    return out


def portfolio_aggregates(
    rows: RowTables | Tables, catalog: Catalog, lang: str = "nb"
) -> dict[str, pd.DataFrame]:
    """Every aggregate, by name, in the order a report shows them."""
    tables = as_tables(rows, catalog)
    frame = _with_scope(comparison_frame(tables, catalog), tables)  # once, for every aggregate
    budget = _budget(frame)
    return {
        "overview": _overview(frame, lang),
        "climate_stages": _climate_stages(frame, lang),
        "sdg_goals": _goal_counts(frame, catalog, lang),
        "sdg_targets": sdg_target_counts(tables, catalog, lang),
        "climate_by_year": _climate_by_year(budget),
        "climate_by_unit": _climate_by_unit(budget),
        "climate_not_quantified": _not_quantified(_stage(frame, BUDGET_STATUSES)),
        "distribution": distribution_groups(tables, catalog, lang),
        "districts": district_effects(tables, catalog, lang),
    }
