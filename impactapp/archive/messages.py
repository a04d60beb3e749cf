"""The sentences of the archive export's refusals, one template per code, in nb and en."""

from __future__ import annotations

from impactapp.domain.model import Text

MESSAGES: dict[str, Text] = {
    "no_uid": Text(
        "Saken har ingen lagret identifikator; lagre den før du arkiverer den.",
        "The case has no stored identifier; save it before filing it.",
    ),
    "no_title": Text(
        "Saken har ingen tittel; gi den en før du arkiverer den.",
        "The case has no title; give it one before filing it.",
    ),
    "no_basis": Text(
        "Saken er unntatt offentlighet, men nevner ingen hjemmel; legg inn hjemmelen før du "
        "arkiverer den.",
        "The case is exempt from public disclosure but names no legal basis; add the basis "
        "before filing it.",
    ),
    "is_a_file": Text(
        "{folder} er en fil; oppgi mappen arkivuttrekket skal skrives til.",
        "{folder} is a file; give the folder to write the filing to.",
    ),
    "schema": Text(
        "Arkivmeldingen stemmer ikke med Fiks Arkiv-skjemaet: {problem}.",
        "The arkivmelding does not match the Fiks Arkiv schema: {problem}.",
    ),
    "cannot_write": Text("Kan ikke skrive {where}: {why}.", "Cannot write {where}: {why}."),
    "cannot_read": Text("Kan ikke lese {where}: {why}.", "Cannot read {where}: {why}."),
    "exists": Text(
        "Mappen {folder} inneholder allerede {what}; velg en annen mappe eller bekreft at "
        "det skal erstattes.",
        "The folder {folder} already holds {what}; choose another folder or confirm that "
        "it is to be replaced.",
    ),
    "what_filing": Text("arkivuttrekket {existing}", "the filing {existing}"),
    "what_other": Text(
        "en {message} eller {document} som ikke er arkivuttrekket for denne revisjonen",
        "a {message} or {document} that is not this revision's filing",
    ),
}
