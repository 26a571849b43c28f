"""Goals written as verbs are initiatives run by those who are to carry them out."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, read


def test_the_subject_of_a_goal_runs_it() -> None:
    text = "Socialtjänsten i Mora ska under året arbeta mot langning av alkohol till unga."
    found = read(text, [("Socialtjänsten i Mora", E.MUNICIPAL_BODY, None)])
    runs = edge(found, R.RUNS, "Socialtjänsten i Mora", "arbete mot langning av alkohol till unga")
    assert runs.target.type == E.INITIATIVE


def test_the_parties_of_an_agreement_run_its_goals() -> None:
    text = (
        "En överenskommelse mellan Mora kommun, lokalpolisområde Mora och Kriminalvården har antagits. "
        "Syftet är att samarbeta kring unga som riskerar att återfalla i brott, samt att "
        "arbeta för bättre belysning i stadskärnan, skriver kommunen."
    )
    found = read(
        text,
        [
            ("Mora kommun", E.MUNICIPALITY, None),
            ("lokalpolisområde Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
            ("Kriminalvården", E.AGENCY, None),
            ("kommunen", E.MUNICIPALITY, "Mora kommun"),
        ],
    )
    for party in ("Mora kommun", "Lokalpolisområde Mora", "Kriminalvården"):
        edge(found, R.RUNS, party, "samarbete kring unga")
        edge(found, R.RUNS, party, "arbete för bättre belysning i stadskärnan")


def test_a_purpose_clause_or_a_partner_is_no_goal() -> None:
    text = (
        "Fältgruppen i Mora vill arbeta för att minska skadegörelsen och samarbeta med Polisen. "
        "Fältgruppen i Mora ska arbeta med för att färre ska känna oro."
    )
    found = read(text, [("Fältgruppen i Mora", E.MUNICIPAL_BODY, None), ("Polisen", E.POLICE_UNIT, None)])
    assert not [e for e in edges(found, R.RUNS) if e[2].startswith(("arbete", "samarbete"))]
