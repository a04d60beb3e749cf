"""Targets per indicator set in the program, and the register of plans (schema 6).

The store checks what it can without the catalog (a target's value, year and direction; a
plan's name, kind and years); whether an indicator or SDG target exists is checked by the
callers against the catalog before they store anything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from impactapp.domain.indicator_targets import FROM_DATABASE, IndicatorTarget, target_problems
from impactapp.domain.lang import Text
from impactapp.domain.messages import CodedError, Verbatim, in_language

from ..errors import StoreError
from .core import StoreCore, guarded
from .retry import writes

if TYPE_CHECKING:  # the plan register is loaded by the views and commands that use it
    from impactapp.domain.plans import Plan


class PlanNotFound(StoreError):
    """No plan with this id is in the register (it may have been removed)."""

    def __init__(self, plan_id: int):
        super().__init__(plan_id)
        self.plan_id = plan_id

    @property
    def text(self) -> Text:
        return Text(nb=f"Det finnes ingen plan med nummer {self.plan_id}.",
                    en=f"There is no plan with id {self.plan_id}.")


class _Everything:
    """A container that holds every id (the catalog checks are the callers')."""

    def __contains__(self, item: object) -> bool:
        return True


class SteeringRefused(CodedError, ValueError):
    """A plan or indicator target the domain's rules refuse, in one sentence (nb or en)."""

    MESSAGES: ClassVar[dict[str, Text]] = {
        "plan": Text("plan «{name}»: {problems}", "plan '{name}': {problems}"),
        "target": Text("mål for {indicator}: {problems}", "target for {indicator}: {problems}"),
    }


#: The fields the problems name, in bokmål (English keeps the ids the CLI has always shown).
_FIELDS_NB: dict[str, str] = {
    "name": "navn", "kind": "type", "start_year": "fra år", "end_year": "til år",
    "targets": "delmål", "indicators": "indikatorer", "value": "verdi", "year": "år",
    "direction": "retning",
}


def _field(field: str, lang: str) -> str:
    """``targets[1]`` as the CLI shows it, or in bokmål for a window ("delmål 2")."""
    if lang == "en":
        return field
    head, _, rest = field.partition("[")
    word = _FIELDS_NB.get(head, head)
    return f"{word} {int(rest.rstrip(']')) + 1}" if rest else word


def _refuse(problems: list[tuple[str, str]], what: str, name: str) -> None:
    """Raise the domain's problems as one refusal; the field ids stay as the CLI shows them."""
    if problems:
        joined = Text({lang: "; ".join(f"{_field(f, lang)}: {in_language(m, lang)}"
                                       for f, m in problems)
                       for lang in ("nb", "en")})
        raise SteeringRefused(what, name=Verbatim(name), indicator=Verbatim(name),
                              problems=joined)


class Steering(StoreCore):
    """Reading and writing indicator targets and plans; every change is in the audit log."""

    @guarded
    def indicator_targets(self) -> dict[str, IndicatorTarget]:
        """The targets set in the program, by indicator id."""
        cursor = self._db.execute(
            "SELECT indicator, value, year, direction, set_by, set_at FROM indicator_targets"
            " ORDER BY indicator"
        )
        return {ind: IndicatorTarget(ind, value, year, direction, FROM_DATABASE, by, at)
                for ind, value, year, direction, by, at in cursor.fetchall()}

    @writes
    def set_indicator_target(self, target: IndicatorTarget) -> IndicatorTarget:
        """Store (or replace) the indicator's target, signed by the store's user."""
        _refuse(target_problems(target.value, target.year, target.direction, None),
                "target", target.indicator)
        moment, now = self._now()
        stored = IndicatorTarget(target.indicator, float(target.value), target.year,
                                 target.direction, FROM_DATABASE, self._who, now)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO indicator_targets"
                " (indicator, value, year, direction, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (indicator) DO UPDATE SET value = excluded.value,"
                " year = excluded.year, direction = excluded.direction,"
                " set_by = excluded.set_by, set_at = excluded.set_at",
                [stored.indicator, stored.value, stored.year, stored.direction, self._who, now],
            )
            self._audit(None, "set_target", moment, {
                "indicator": stored.indicator, "value": stored.value, "year": stored.year,
                "direction": stored.direction})
        return stored

    @writes
    def remove_indicator_target(self, indicator: str) -> bool:
        """Remove the program's target of the indicator; False when it had none."""
        moment, _ = self._now()
        with self._db.atomic():
            gone = self._db.execute(
                "DELETE FROM indicator_targets WHERE indicator = ?", [indicator]).rowcount
            if gone:
                self._audit(None, "remove_target", moment, {"indicator": indicator})
        return bool(gone)

    @guarded
    def indicator_case_links(self) -> list[tuple[int, str, str, str]]:
        """(case id, title, status, indicator id) for every indicator a case outside the bin
        links to (read from the stored content: no projection table needed)."""
        cursor = self._db.execute(
            "SELECT DISTINCT c.id, c.title, c.status, json_extract(j.value, '$.indicator')"
            " FROM cases c, json_each(c.content, '$.indicators') j"
            " WHERE c.deleted_at IS NULL ORDER BY c.id"
        )
        return [(int(i), str(t), str(s), str(ind)) for i, t, s, ind in cursor.fetchall()
                if ind]

    @guarded
    def plans(self) -> list[Plan]:
        """Every plan in the register, by name."""
        from impactapp.domain.plans import Plan

        links: dict[int, dict[str, list[str]]] = {}
        for plan_id, kind, ref in self._db.execute(
            "SELECT plan_id, kind, ref FROM plan_links ORDER BY plan_id, kind, position"
        ).fetchall():
            links.setdefault(plan_id, {"target": [], "indicator": []})[kind].append(ref)
        cursor = self._db.execute(
            "SELECT id, name, unit, kind, start_year, end_year, reference FROM plans"
            " ORDER BY name COLLATE NOCASE, id"
        )
        out: list[Plan] = []
        for pid, name, unit, kind, start, end, reference in cursor.fetchall():
            own = links.get(pid, {"target": [], "indicator": []})
            out.append(Plan(name, unit, kind, start, end, reference,
                            tuple(own["target"]), tuple(own["indicator"]), pid))
        return out

    @guarded
    def plan(self, plan_id: int) -> Plan:
        """One plan; NotFound when there is none with that id."""
        for plan in self.plans():
            if plan.id == plan_id:
                return plan
        raise PlanNotFound(plan_id)

    @writes
    def add_plan(self, plan: Plan) -> Plan:
        """Store a new plan; returns it with its id."""
        return self.add_plans([plan])[0]

    @writes
    def add_plans(self, plans: list[Plan]) -> list[Plan]:
        """Store new plans, all or none (an import); returns them with their ids."""
        from impactapp.domain.plans import plan_problems

        for plan in plans:
            _refuse(plan_problems(plan, _Everything(), _Everything()), "plan", plan.name)
        moment, now = self._now()
        stored: list[Plan] = []
        with self._db.atomic():
            for plan in plans:
                cursor = self._db.execute(
                    "INSERT INTO plans (name, unit, kind, start_year, end_year, reference,"
                    " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [plan.name.strip(), plan.unit, plan.kind, plan.start_year, plan.end_year,
                     plan.reference, now, now],
                )
                new = replace(plan, name=plan.name.strip(), id=int(cursor.lastrowid or 0))
                self._write_links(new)
                self._audit(None, "add_plan", moment, _plan_detail(new))
                stored.append(new)
        return stored

    @writes
    def update_plan(self, plan: Plan) -> Plan:
        """Replace a stored plan's fields and links."""
        if plan.id is None:
            raise ValueError("only a stored plan can be updated")
        from impactapp.domain.plans import plan_problems

        _refuse(plan_problems(plan, _Everything(), _Everything()), "plan", plan.name)
        moment, now = self._now()
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE plans SET name = ?, unit = ?, kind = ?, start_year = ?, end_year = ?,"
                " reference = ?, updated = ? WHERE id = ?",
                [plan.name.strip(), plan.unit, plan.kind, plan.start_year, plan.end_year,
                 plan.reference, now, plan.id],
            )
            if cursor.rowcount != 1:
                raise PlanNotFound(plan.id)
            self._db.execute("DELETE FROM plan_links WHERE plan_id = ?", [plan.id])
            self._write_links(plan)
            self._audit(None, "update_plan", moment, _plan_detail(plan))
        return replace(plan, name=plan.name.strip())

    @writes
    def remove_plan(self, plan_id: int) -> None:
        """Remove a plan and its links; NotFound when there is none with that id."""
        moment, _ = self._now()
        with self._db.atomic():
            row = self._db.execute("SELECT name FROM plans WHERE id = ?", [plan_id]).fetchone()
            if row is None:
                raise PlanNotFound(plan_id)
            self._db.execute("DELETE FROM plan_links WHERE plan_id = ?", [plan_id])
            self._db.execute("DELETE FROM plans WHERE id = ?", [plan_id])
            self._audit(None, "remove_plan", moment, {"plan": plan_id, "name": row[0]})

    def _write_links(self, plan: Plan) -> None:
        rows = [(plan.id, "target", ref, i) for i, ref in enumerate(plan.targets)]
        rows += [(plan.id, "indicator", ref, i) for i, ref in enumerate(plan.indicators)]
        for row in rows:
            self._db.execute(
                "INSERT INTO plan_links (plan_id, kind, ref, position) VALUES (?, ?, ?, ?)",
                list(row))


def _plan_detail(plan: Plan) -> dict[str, Any]:
    return {"plan": plan.id, "name": plan.name, "unit": plan.unit, "kind": plan.kind,
            "targets": list(plan.targets), "indicators": list(plan.indicators)}
