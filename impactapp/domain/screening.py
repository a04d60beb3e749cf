"""Screening: the questions that suggest a depth, and which criteria a case treats as relevant.

The depth rule is proportional, after Utredningsinstruksen: the more people, money and
irreversibility at stake, the deeper the assessment.

- ``full`` when any answer is a strong signal: very many people affected, large costs, or
  irreversible effects on nature or land (a socio-economic analysis is warranted).
- ``simplified`` when any answer is a moderate signal: many people, medium costs, principled
  questions, or effects on children (barnets beste must be assessed, not assumed).
- ``minimum`` otherwise.

The question ids (``people_affected``, ``costs``, ``irreversible_nature``, ``principled``,
``children_affected``) and their answers are stable: case files store them in
``screening_answers``. Answers with unknown question ids or values are ignored here (validation
reports them); a case with no valid answer gets no suggestion.

Criterion screening: a ``ScreeningEntry`` names a criterion id, or a pillar id (``econ``) to mark
the pillar not relevant as a whole with one reason. An entry for a single criterion overrides its
pillar's entry. Criteria without an entry are relevant.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .model import Case, Catalog, Criterion, Text

PEOPLE_AFFECTED = "people_affected"
COSTS = "costs"
IRREVERSIBLE = "irreversible_nature"
PRINCIPLED = "principled"
CHILDREN = "children_affected"


@dataclass(frozen=True)
class ScreeningAnswer:
    id: str
    label: Text


@dataclass(frozen=True)
class ScreeningQuestion:
    """One screening question and the answers it allows."""

    id: str
    text: Text
    help: Text
    answers: tuple[ScreeningAnswer, ...]

    @property
    def answer_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.answers)


_NO = ScreeningAnswer("no", Text("Nei", "No"))
_YES = ScreeningAnswer("yes", Text("Ja", "Yes"))

QUESTIONS: tuple[ScreeningQuestion, ...] = (
    ScreeningQuestion(
        PEOPLE_AFFECTED,
        Text("Hvor mange mennesker berøres?", "How many people are affected?"),
        Text(
            "Tenk på dem som merker vedtaket i hverdagen: beboere, brukere, ansatte.",
            "Think of those who notice the decision in daily life: residents, users, staff.",
        ),
        (
            ScreeningAnswer(
                "few", Text("Få (et nabolag eller en liten gruppe)",
                            "Few (a neighbourhood or a small group)")
            ),
            ScreeningAnswer(
                "many", Text("Mange (en bydel eller en stor gruppe)",
                             "Many (a district or a large group)")
            ),
            ScreeningAnswer(
                "very_many", Text("Svært mange (flere bydeler eller hele byen)",
                                  "Very many (several districts or the whole city)")
            ),
        ),
    ),
    ScreeningQuestion(
        COSTS,
        Text("Hvor store er kostnadene?", "How large are the costs?"),
        Text(
            "Regn med investering og drift over tiltakets levetid.",
            "Count investment and operation over the measure's lifetime.",
        ),
        (
            ScreeningAnswer(
                "small", Text("Små (innenfor ordinært budsjett)",
                              "Small (within the ordinary budget)")
            ),
            ScreeningAnswer(
                "medium", Text("Middels (krever egen bevilgning)",
                               "Medium (needs a separate appropriation)")
            ),
            ScreeningAnswer(
                "large", Text("Store (vesentlige for kommunens økonomi)",
                              "Large (significant for the municipality's finances)")
            ),
        ),
    ),
    ScreeningQuestion(
        IRREVERSIBLE,
        Text(
            "Kan tiltaket gi varige eller irreversible virkninger på natur eller arealer?",
            "Can the measure have lasting or irreversible effects on nature or land?",
        ),
        Text(
            "For eksempel nedbygging av natur, matjord eller grøntområder.",
            "For example building on nature, farmland or green areas.",
        ),
        (_NO, _YES),
    ),
    ScreeningQuestion(
        PRINCIPLED,
        Text("Reiser saken prinsipielle spørsmål?", "Does the case raise principled questions?"),
        Text(
            "For eksempel nye roller for kommunen, rettigheter, eller presedens for andre saker.",
            "For example new roles for the municipality, rights, or a precedent for other cases.",
        ),
        (_NO, _YES),
    ),
    ScreeningQuestion(
        CHILDREN,
        Text("Berører saken barn og unge?", "Does the case affect children and young people?"),
        Text(
            "Barnets beste skal være et grunnleggende hensyn (Grunnloven § 104).",
            "The best interests of the child shall be a fundamental consideration "
            "(Constitution § 104).",
        ),
        (_NO, _YES),
    ),
)

QUESTION_IDS: tuple[str, ...] = tuple(q.id for q in QUESTIONS)
ALLOWED_ANSWERS: dict[str, tuple[str, ...]] = {q.id: q.answer_ids for q in QUESTIONS}

#: Answers that each call for a full assessment.
FULL_SIGNALS: frozenset[tuple[str, str]] = frozenset(
    {(PEOPLE_AFFECTED, "very_many"), (COSTS, "large"), (IRREVERSIBLE, "yes")}
)
#: Answers that each call for at least a simplified assessment.
SIMPLIFIED_SIGNALS: frozenset[tuple[str, str]] = frozenset(
    {(PEOPLE_AFFECTED, "many"), (COSTS, "medium"), (PRINCIPLED, "yes"), (CHILDREN, "yes")}
)


def valid_answers(answers: Mapping[str, str]) -> dict[str, str]:
    """The answers whose question and value are both known."""
    return {
        q: a for q, a in answers.items() if q in ALLOWED_ANSWERS and a in ALLOWED_ANSWERS[q]
    }


def suggest_depth(answers: Mapping[str, str]) -> str | None:
    """The depth the screening answers call for, or None when there is no valid answer."""
    given = set(valid_answers(answers).items())
    if not given:
        return None
    if given & FULL_SIGNALS:
        return "full"
    if given & SIMPLIFIED_SIGNALS:
        return "simplified"
    return "minimum"


def screened_out(case: Case, catalog: Catalog) -> dict[str, str]:
    """Criterion id -> reason, for every catalog criterion screened as not relevant."""
    pillar_entries = {s.criterion: s for s in case.screening if s.criterion in catalog.pillars}
    criterion_entries = {s.criterion: s for s in case.screening if s.criterion in catalog.criteria}
    out: dict[str, str] = {}
    for criterion in catalog.criteria.values():
        entry = criterion_entries.get(criterion.id) or pillar_entries.get(criterion.pillar)
        if entry is not None and not entry.relevant:
            out[criterion.id] = entry.reason
    return out


def relevant_criteria(case: Case, catalog: Catalog) -> list[Criterion]:
    """The catalog's criteria the case has not screened out, in catalog order."""
    out = screened_out(case, catalog)
    return [c for c in catalog.criteria.values() if c.id not in out]


def screened_relevant(case: Case, catalog: Catalog, criterion_id: str) -> bool:
    """Whether the caseworker screened ``criterion_id`` as relevant.

    METHOD.md asks for a justification of a 0 rating "when the criterion was screened as
    relevant". A criterion counts as screened relevant when the case has done criterion
    screening (it has at least one screening entry) and the criterion is not screened out; an
    entry with ``relevant: true`` is one such case. Without any screening entry nothing was
    screened, so a 0 needs no justification.
    """
    return bool(case.screening) and criterion_id not in screened_out(case, catalog)
