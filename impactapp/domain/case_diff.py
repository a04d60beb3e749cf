"""Two versions of a case, field by field, in the wizard's own words (for the compare dialog).

Each difference names the wizard step and the field as the form labels them, and for what
belongs to one alternative, the alternative's name; values are short readable text. Pure
Python on the domain model and the catalog, so it is tested without windows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from .fields import get_field
from .model import Alternative, Assessment, Case, Catalog, Text
from .screening import QUESTIONS
from .vocabulary import (
    CERTAINTY_LABELS,
    DEPTH_LABELS,
    PILLAR_STEPS,
    RATING_LABELS,
    STATUS_LABELS,
    STEP_LABELS,
    VERDICT_LABELS,
)

_SIMPLE_TYPES = ("text", "textarea", "date", "choice", "bool")

_WORDS = {
    "yes": Text("ja", "yes"),
    "no": Text("nei", "no"),
    "name": Text("navn", "name"),
    "description": Text("beskrivelse", "description"),
    "status": Text("Status", "Status"),
    "not_relevant": RATING_LABELS["not_relevant"],
    "unknown": Text(f"{RATING_LABELS['unknown'].nb} (kunnskapshull)",
                    f"{RATING_LABELS['unknown'].en} (knowledge gap)"),
    "relevant": Text("relevant", "relevant"),
    "mitigation": Text("avbøtende tiltak", "mitigation"),
    "certainty": Text("sikkerhet", "certainty"),
    "districts": Text("bydeler", "districts"),
    "t_per_year": Text("tonn CO2e per år", "t CO2e per year"),
    "from_year": Text("fra", "from"),
    "not_quantifiable": Text("kan ikke tallfestes", "cannot be quantified"),
    "investment": Text("investering", "investment"),
    "annual": Text("årlig", "annual"),
    "positive": Text("positivt", "positive"),
    "negative": Text("negativt", "negative"),
    "mixed": Text("blandet", "mixed"),
    "up": Text("opp", "up"),
    "down": Text("ned", "down"),
    **VERDICT_LABELS,
    "answer": Text("svar", "answer"),
    **CERTAINTY_LABELS,
}


@dataclass(frozen=True, slots=True)
class Difference:
    """One field that differs: where it is in the wizard, and its two values as text."""

    step: str
    field: str
    stored: str
    copy: str


def case_differences(stored: Case, copy: Case, catalog: Catalog, lang: str) -> list[Difference]:
    """The fields whose values differ, in the wizard's order (empty values as "")."""
    words = _Words(catalog, lang)
    before = {key: (label, value) for key, label, value in _entries(stored, words)}
    after = {key: (label, value) for key, label, value in _entries(copy, words)}
    order = list(before) + [key for key in after if key not in before]
    order.sort(key=lambda key: words.step_order.get(key[0], len(words.step_order)))
    differences = []
    for key in order:
        old = before.get(key, ("", ""))
        new = after.get(key, ("", ""))
        # The recommendation is shown by name, but is the same when only the name changed.
        same = key == _RECOMMENDED and _recommended(stored) == _recommended(copy)
        if old[1] != new[1] and not same:
            differences.append(Difference(words.step(key[0]), new[0] or old[0], old[1], new[1]))
    return differences


_RECOMMENDED = ("recommendation", "recommendation.alternative")


def _recommended(case: Case) -> str | None:
    return None if case.recommendation is None else case.recommendation.alternative


#: An entry: ((step id, a key that stays the same when names change), label, value text).
_Entry = tuple[tuple[str, str], str, str]


class _Words:
    """Labels and value texts in one language."""

    def __init__(self, catalog: Catalog, lang: str):
        self.catalog = catalog
        self.lang = lang
        steps = catalog.form.steps if catalog.form is not None else ()
        self.step_order = {s.id: i for i, s in enumerate(steps)}
        self.step_titles = {s.id: s.title.get(lang) for s in steps}
        self.fields = [(s.id, f) for s in steps for f in s.fields]

    def __call__(self, key: str) -> str:
        return _WORDS[key].get(self.lang)

    def step(self, step_id: str) -> str:
        return self.step_titles.get(step_id) or STEP_LABELS.get(step_id, Text(step_id, step_id)
                                                                 ).get(self.lang)

    def label(self, field_id: str) -> str:
        for _, f in self.fields:
            if f.id == field_id:
                return f.label.get(self.lang)
        return field_id

    def criterion(self, criterion_id: str) -> str:
        found = self.catalog.criteria.get(criterion_id)
        return criterion_id if found is None else found.name.get(self.lang)

    def value(self, value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self("yes") if value else self("no")
        if isinstance(value, date):
            return value.strftime("%d.%m.%Y") if self.lang == "nb" else value.isoformat()
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int):
            return f"{value:,}".replace(",", "\u00a0")
        if isinstance(value, float):
            text = f"{value:,.2f}".replace(",", "\u00a0")
            return text.replace(".", ",") if self.lang == "nb" else text
        return str(value)

    def word(self, key: str) -> str:
        return _WORDS[key].get(self.lang) if key in _WORDS else key


def _entries(case: Case, words: _Words) -> Iterator[_Entry]:
    """Everything a person can fill in, as (key, label, value text)."""
    for step_id, field in words.fields:
        if field.type in _SIMPLE_TYPES:
            label = words.label(field.id)
            yield (step_id, field.id), label, _simple(case, field.id, words)
    status = STATUS_LABELS.get(case.status)
    yield ("review", "status"), words("status"), status.get(words.lang) if status else case.status
    yield from _screening(case, words)
    for alt in case.alternatives:
        yield from _alternative(alt, words)
    for link in case.indicators:
        indicator = words.catalog.indicators.get(link.indicator)
        name = link.indicator if indicator is None else indicator.name.get(words.lang)
        region = words.catalog.regions.get(link.region)
        yield (("indicators", f"{link.indicator}@{link.region}"),
               f"{words.label('indicators')}: {name}",
               f"{region.name if region else link.region}, {words.word(link.expected)}")
    for verdict in case.review:
        parts = [words.word(verdict.verdict), verdict.note,
                 f"{words('answer')}: {verdict.answer}" if verdict.answer else ""]
        yield (("review", f"review:{verdict.step}"),
               f"{words.label('review')}: {words.step(verdict.step)}", _join(parts))


def _join(parts: list[str]) -> str:
    return " · ".join(p for p in parts if p)


def _simple(case: Case, path: str, words: _Words) -> str:
    try:
        value = get_field(case, path)
    except KeyError:
        return ""
    if path == "depth" and isinstance(value, str) and value in DEPTH_LABELS:
        return DEPTH_LABELS[value].get(words.lang)
    if path == "language":
        return {"nb": "norsk bokmål", "en": "English"}.get(value, value or "")
    if path == "recommendation.alternative" and value:
        chosen = case.alternative(value)
        return value if chosen is None else chosen.name
    return words.value(value)


def _screening(case: Case, words: _Words) -> Iterator[_Entry]:
    label = words.label("screening_answers")
    for question in QUESTIONS:
        answer = case.screening_answers.get(question.id)
        if answer is None:
            continue
        chosen = next((a.label.get(words.lang) for a in question.answers if a.id == answer),
                      answer)
        yield (("screening", f"answer:{question.id}"),
               f"{label}: {question.text.get(words.lang)}", chosen)
    for entry in case.screening:
        relevance = words("relevant") if entry.relevant else words("not_relevant")
        yield (("screening", f"screening:{entry.criterion}"),
               f"{words.label('screening')}: {words.criterion(entry.criterion)}",
               _join([relevance, entry.reason]))


def _alternative(alt: Alternative, words: _Words) -> Iterator[_Entry]:
    name = alt.name or alt.id
    own = f"alt:{alt.id}"
    yield ("alternatives", f"{own}:name"), f"{words.label('alternatives')}: {words('name')}", \
        alt.name
    yield (("alternatives", f"{own}:description"), f"{name}: {words('description')}",
           alt.description)
    for a in alt.assessments:
        criterion = words.catalog.criteria.get(a.criterion)
        pillar = criterion.pillar if criterion else a.criterion.split(".")[0]
        yield ((PILLAR_STEPS.get(pillar, "environment"), f"{own}:rating:{a.criterion}"),
               f"{name}: {words.criterion(a.criterion)}", _rating(a, words))
    if alt.ghg is not None:
        ghg = alt.ghg
        amount = (f"{words.value(ghg.tonnes_co2e_per_year)} {words('t_per_year')}"
                  if ghg.quantifiable else f"{words('not_quantifiable')}: {ghg.reason}")
        since = f"{words('from_year')} {ghg.from_year}" if ghg.from_year else ""
        yield (("environment", f"{own}:ghg"), f"{name}: {words.label('ghg')}",
               _join([amount, since, ghg.method]))
    if alt.cost is not None:
        cost = alt.cost
        yield (("economy", f"{own}:cost"), f"{name}: {words.label('cost')}", _join([
            f"{words('investment')} {words.value(cost.investment_nok)} kr"
            if cost.investment_nok is not None else "",
            f"{words('annual')} {words.value(cost.annual_nok)} kr"
            if cost.annual_nok is not None else ""]))
    for link in alt.sdg_targets:
        yield (("sdg", f"{own}:sdg:{link.target}"), f"{name}: {link.target}",
               _join([words.word(link.contribution), link.note]))
    for trade_off in alt.trade_offs:
        yield (("trade_offs", f"{own}:trade_off:{trade_off.negative}"),
               f"{name}: {words.criterion(trade_off.negative)}", trade_off.handling)


def _rating(a: Assessment, words: _Words) -> str:
    rating = a.rating
    if isinstance(rating, int) and not isinstance(rating, bool):
        text = f"{rating:+d}" if rating else "0"
    else:
        text = words.word(str(rating))
    districts = ", ".join(
        f"{words.catalog.regions[d].name if d in words.catalog.regions else d} {v:+d}"
        for d, v in sorted(a.districts.items()))
    return _join([
        text,
        f"{words('certainty')}: {words.word(a.certainty)}" if a.certainty else "",
        a.justification,
        f"{words('mitigation')}: {a.mitigation}" if a.mitigation else "",
        f"{words('districts')}: {districts}" if districts else "",
    ])
