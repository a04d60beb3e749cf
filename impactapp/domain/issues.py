"""Problems the method's rules find in a case: data with a field path, a code and a sentence.

The messages live here, one template per code, so every rule speaks the same way and a test can
check that each code reads as a sentence in both languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .location import Location, locate
from .messages import Value as MessageValue
from .messages import render
from .model import Text

if TYPE_CHECKING:
    from .model import Case


@dataclass(frozen=True)
class Issue:
    """One thing to fix: where it is (``where``, structured, for the window to route it by;
    ``path`` in case-file notation, e.g. ``alternatives[1].name``, for the CLI and case file
    messages), a code and its sentence."""

    path: str
    code: str  # stable machine id, a key of MESSAGES
    message: Text
    step: str | None = None  # the wizard step (STEP_IDS) the field belongs to
    criterion: str | None = None  # the criterion concerned, when a rating is missing
    where: Location = field(default=None, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.where is None:  # made without the case: positions stay unresolved
            object.__setattr__(self, "where", locate(self.path, None, self.criterion))


# Templates take their values through str.format; values given as Text are filled in per language.
MESSAGES: dict[str, Text] = {
    "required": Text("Feltet må fylles ut.", "This field is required."),
    "invalid_choice": Text(
        "«{value}» er ikke en gyldig verdi; velg en av: {allowed}.",
        "“{value}” is not a valid value; choose one of: {allowed}.",
    ),
    "text_too_long": Text(
        "Teksten har {length} tegn, men høyst {limit} er tillatt.",
        "The text has {length} characters, but at most {limit} are allowed.",
    ),
    "not_finite": Text("Verdien må være et vanlig tall.", "The value must be an ordinary number."),
    "basis_missing": Text(
        "En sak som er unntatt offentlighet, må ha hjemmel for unntaket (f.eks. offl. § 14).",
        "A case exempt from public access needs the legal basis (e.g. offl. § 14).",
    ),
    "unknown_question": Text(
        "«{value}» er ikke et av avgrensningsspørsmålene.",
        "“{value}” is not one of the screening questions.",
    ),
    "depth_reason_missing": Text(
        "Valgt nivå ({depth}) avviker fra nivået avgrensningen foreslår ({suggested}); "
        "begrunn valget.",
        "The chosen depth ({depth}) differs from the depth the screening suggests "
        "({suggested}); give a reason.",
    ),
    "screening_reason_missing": Text(
        "Skriv kort hvorfor «{criterion}» ikke er relevant.",
        "Write briefly why “{criterion}” is not relevant.",
    ),
    "duplicate_screening": Text(
        "«{criterion}» er avgrenset mer enn én gang.",
        "“{criterion}” is screened more than once.",
    ),
    "principled_questions_missing": Text(
        "Avgrensningen sier at saken reiser prinsipielle spørsmål; beskriv dem.",
        "The screening says the case raises principled questions; describe them.",
    ),
    "zero_alternative_missing": Text(
        "Legg til et nullalternativ: å fortsette som i dag eller som allerede vedtatt.",
        "Add a zero alternative: continuing as today or as already decided.",
    ),
    "zero_alternative_duplicate": Text(
        "Bare ett alternativ kan være nullalternativet.",
        "Only one alternative can be the zero alternative.",
    ),
    "measure_missing": Text(
        "Legg til minst ett tiltak i tillegg til nullalternativet.",
        "Add at least one measure beside the zero alternative.",
    ),
    "duplicate_id": Text(
        "Id-en «{value}» brukes av mer enn ett alternativ.",
        "The id “{value}” is used by more than one alternative.",
    ),
    "unknown_alternative": Text(
        "Det finnes ikke noe alternativ med id «{value}».",
        "There is no alternative with the id “{value}”.",
    ),
    "unknown_criterion": Text(
        "«{value}» er ikke et kriterium i katalogen.",
        "“{value}” is not a criterion in the catalog.",
    ),
    "duplicate_assessment": Text(
        "«{criterion}» er vurdert mer enn én gang for dette alternativet.",
        "“{criterion}” is rated more than once for this alternative.",
    ),
    "rating_off_scale": Text(
        "«{value}» er ikke en verdi på skalaen «{scale}» ({minimum} til {maximum}).",
        "“{value}” is not a value of the scale “{scale}” ({minimum} to {maximum}).",
    ),
    "justification_missing": Text(
        "Begrunn vurderingen av «{criterion}».",
        "Give the reasons for the rating of “{criterion}”.",
    ),
    "not_relevant_reason_missing": Text(
        "Skriv hvorfor «{criterion}» ikke er relevant for dette alternativet.",
        "Write why “{criterion}” is not relevant for this alternative.",
    ),
    "gap_note_missing": Text(
        "Skriv hvilken kunnskap som mangler om «{criterion}», og hvordan den kan skaffes.",
        "Write what knowledge about “{criterion}” is missing and how it could be found.",
    ),
    "certainty_missing": Text(
        "Angi hvor sikker vurderingen av «{criterion}» er.",
        "State how certain the rating of “{criterion}” is.",
    ),
    "mitigation_missing": Text(
        "Beskriv hva som reduserer eller kompenserer den negative virkningen på «{criterion}».",
        "Describe what reduces or compensates the negative effect on “{criterion}”.",
    ),
    "districts_missing": Text(
        "Angi virkningen for hver berørt bydel.",
        "Give the effect for each district affected.",
    ),
    "districts_not_allowed": Text(
        "Virkning per bydel kan bare angis for kriteriet om forskjeller mellom bydeler.",
        "An effect per district can only be given for the criterion on differences "
        "between districts.",
    ),
    "unknown_region": Text(
        "«{value}» er ikke en kjent kommune eller bydel.",
        "“{value}” is not a known municipality or district.",
    ),
    "unknown_district": Text(
        "«{value}» er ikke en kjent bydel.",
        "“{value}” is not a known district.",
    ),
    "pillar_unrated": Text(
        "«{alternative}» har ingen vurdering innen {pillar}; vurder minst ett kriterium.",
        "“{alternative}” has no rating in {pillar}; rate at least one criterion.",
    ),
    "rating_missing": Text(
        "«{alternative}» mangler vurdering av «{criterion}».",
        "“{alternative}” has no rating of “{criterion}”.",
    ),
    "climate_quantity_missing": Text(
        "Oppgi forventet endring i tonn CO2e per år mot nullalternativet, eller hvorfor den "
        "ikke kan tallfestes.",
        "Give the expected change in tonnes CO2e per year against the zero alternative, or "
        "why it cannot be quantified.",
    ),
    "ghg_reason_missing": Text(
        "Skriv hvorfor klimaeffekten ikke kan tallfestes.",
        "Write why the climate effect cannot be quantified.",
    ),
    "cost_missing": Text(
        "Oppgi kostnadene i kroner: investering og årlig drift (0 om det ikke er noen).",
        "Give the costs in NOK: investment and annual operating cost (0 if there are none).",
    ),
    "indicator_missing": Text(
        "Velg minst én indikator som kan vise om vedtaket virker.",
        "Choose at least one indicator that can show whether the decision works.",
    ),
    "unknown_target": Text(
        "«{value}» er ikke et delmål under bærekraftsmålene.",
        "“{value}” is not an SDG target.",
    ),
    "duplicate_target": Text(
        "Delmålet «{value}» er oppført mer enn én gang.",
        "The target “{value}” is listed more than once.",
    ),
    "trade_off_unhandled": Text(
        "Avveiningen mellom den negative virkningen på «{negative}» og den positive virkningen "
        "på {positives} mangler håndtering.",
        "The trade-off between the negative effect on “{negative}” and the positive effect "
        "on {positives} has no handling.",
    ),
    "review_note_missing": Text(
        "Skriv hva som bør forbedres.",
        "Write what should be improved.",
    ),
    "review_redo": Text(
        "Steget «{step}» skal gjøres om før saken kan godkjennes.",
        "The step “{step}” must be redone before the case can be approved.",
    ),
    "review_unanswered": Text(
        "Svar på merknaden til steget «{step}» før saken kan godkjennes.",
        "Answer the note on the step “{step}” before the case can be approved.",
    ),
    "illegal_transition": Text(
        "Saken kan ikke gå fra {old} til {new}.",
        "The case cannot go from {old} to {new}.",
    ),
    "not_locked": Text(
        "Bare en godkjent eller vedtatt sak kan få en ny revisjon.",
        "Only an approved or decided case can get a new revision.",
    ),
    # --- who is acting, and the two-person rule (domain/approval.py) ---
    "actor_missing": Text(
        "Oppgi navnet ditt først: hver statusendring registrerer hvem som gjorde den.",
        "Give your name first: every status change records who made it.",
    ),
    "actor_system_account": Text(
        "«{name}» er en systemkonto, ikke en person; oppgi ditt eget navn.",
        "“{name}” is a system account, not a person; give your own name.",
    ),
    "approver_is_caseworker": Text(
        "{name} er saksbehandler for saken og kan ikke godkjenne den selv; en annen person må "
        "godkjenne.",
        "{name} is the case's caseworker and cannot approve it; another person must approve.",
    ),
    "approver_is_last_editor": Text(
        "{name} endret saken sist og kan ikke godkjenne den selv; en annen person må godkjenne.",
        "{name} edited the case last and cannot approve it; another person must approve.",
    ),
    "reviewer_is_author": Text(
        "{name} har skrevet saken og kan ikke vurdere den selv; en annen person må vurdere.",
        "{name} wrote the case and cannot review it; another person must review.",
    ),
    "review_missing": Text(
        "Steget «{step}» mangler vurdering.",
        "The step “{step}” has no verdict.",
    ),
    "review_stale": Text(
        "Vurderingen av steget «{step}» ble gitt før saken ble tatt tilbake til utkast; "
        "bekreft den på nytt.",
        "The verdict on the step “{step}” was given before the case was taken back to draft; "
        "confirm it again.",
    ),
    "review_not_in_review": Text(
        "Vurderinger gis bare mens saken er til godkjenning (saken er {status}).",
        "Verdicts are given only while the case is in review (the case is {status}).",
    ),
    "review_unknown_step": Text(
        "«{value}» er ikke et steg som vurderes; velg en av: {allowed}.",
        "“{value}” is not a step that is reviewed; choose one of: {allowed}.",
    ),
    "read_only_in_review": Text(
        "Saken er til godkjenning og kan ikke endres av saksbehandleren; ta den tilbake til "
        "utkast for å endre den.",
        "The case is in review and cannot be changed by its caseworker; take it back to draft "
        "to change it.",
    ),
}

Value = MessageValue


def make_issue(
    path: str,
    code: str,
    step: str | None,
    criterion: str | None = None,
    /,
    *,
    case: Case | None = None,
    **values: Value,
) -> Issue:
    """An Issue with the message of ``code`` filled in with ``values`` in both languages.

    The leading parameters are positional-only so that templates may use any name, including
    ``criterion`` (the criterion's name in the sentence, where the Issue keeps its id).
    """
    message = render(MESSAGES[code], values)
    return Issue(path=path, code=code, message=message, step=step, criterion=criterion,
                 where=locate(path, case, criterion))


class IssueList:
    """Collects issues in the order the rules find them."""

    def __init__(self, case: Case | None = None) -> None:
        self.items: list[Issue] = []
        self.case = case  # the case checked: issues locate their alternative and criterion

    def add(
        self,
        path: str,
        code: str,
        step: str | None,
        criterion: str | None = None,
        /,
        **values: Value,
    ) -> None:
        self.items.append(make_issue(path, code, step, criterion, case=self.case, **values))


def issues_by_step(issues: Sequence[Issue]) -> dict[str | None, list[Issue]]:
    """The issues grouped by wizard step, so each page can show (and count) its own."""
    grouped: dict[str | None, list[Issue]] = {}
    for issue in issues:
        grouped.setdefault(issue.step, []).append(issue)
    return grouped
