"""Refusals of a shared database's access rules (row-level security): the login may not
change the case, or may not read it. SQLite, used by one person, never raises them."""

from __future__ import annotations

from impactapp.domain.lang import Text

from .errors import StoreError


class NotAllowed(StoreError):
    """The login may not change this case (the server's row-level security refused it).

    On a shared database a refused update touches no row, as a version conflict does; the
    store re-reads the case to tell them apart (the version is unchanged: not a conflict).
    ``owner`` is the login that owns the case ("" when it cannot be read).
    """

    code = "not_allowed"

    def __init__(self, case_id: int, owner: str = ""):
        super().__init__(case_id, owner)
        self.case_id = case_id
        self.owner = owner

    @property
    def text(self) -> Text:
        if self.owner:
            return Text(
                nb=f"Du har ikke lov til å endre sak {self.case_id} (den eies av {self.owner}).",
                en=f"You may not change case {self.case_id} (it is owned by {self.owner}).",
            )
        return Text(
            nb=f"Du har ikke lov til å endre sak {self.case_id}.",
            en=f"You may not change case {self.case_id}.",
        )




class CaseWithheld(StoreError):
    """The case is exempt from public access (offentleglova) and this login may not read its
    title and text: only the owning unit, reviewers and admins may. It is still counted."""

    code = "case_withheld"

    def __init__(self, case_id: int):
        super().__init__(case_id)
        self.case_id = case_id

    @property
    def text(self) -> Text:
        return Text(
            nb=f"Sak {self.case_id} er unntatt offentlighet; bare enheten som eier den, "
            "godkjennere og administratorer kan lese den.",
            en=f"Case {self.case_id} is exempt from public access; only the unit that owns it, "
            "reviewers and administrators may read it.",
        )
