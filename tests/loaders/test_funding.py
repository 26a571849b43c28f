"""Paying for initiatives: sums set aside, given or contributed, passive and 'med stöd från'
funding, grants, 'står för finansieringen', and sums proposed in a party's list of demands."""

from __future__ import annotations

import pytest

from loaders.relations.politics.amounts import find_amounts
from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_sets_aside_a_sum_in_mnkr_for_an_initiative() -> None:
    found = read(
        "Kommunstyrelsen i Lund avsatte 4,5 mnkr till Trygg hemma.",
        [("Kommunstyrelsen i Lund", E.MUNICIPAL_BODY, None), ("Trygg hemma", E.INITIATIVE, None)],
    )
    funds = edge(found, R.FUNDS, "Kommunstyrelsen i Lund", "Trygg hemma")
    assert funds.properties == {"status": "decided", "amount_sek": 4_500_000}


def test_sets_aside_a_sum_in_tkr() -> None:
    found = read(
        "Socialnämnden avsätter 800 tkr till nattvandringen i Skövde.",
        [
            ("Socialnämnden", E.MUNICIPAL_BODY, None),
            ("nattvandringen i Skövde", E.INITIATIVE, None),
        ],
    )
    assert (
        edge(found, R.FUNDS, "Socialnämnden", "nattvandringen i Skövde").properties["amount_sek"] == 800_000
    )


def test_gives_the_project_a_sum() -> None:
    found = read(
        "Allmänna arvsfonden ger projektet Unga ledare 14,2 miljoner kronor.",
        [("Allmänna arvsfonden", E.AGENCY, None), ("Unga ledare", E.INITIATIVE, None)],
    )
    assert edge(found, R.FUNDS, "Allmänna arvsfonden", "Unga ledare").properties["amount_sek"] == 14_200_000


def test_gives_a_sum_to_the_project_named_before() -> None:
    found = read(
        "Trygga Borlänge startar i höst. Länsstyrelsen i Dalarna ger projektet 2 mkr under tre år.",
        [("Trygga Borlänge", E.INITIATIVE, None), ("Länsstyrelsen i Dalarna", E.AGENCY, None)],
    )
    assert (
        edge(found, R.FUNDS, "Länsstyrelsen i Dalarna", "Trygga Borlänge").properties["amount_sek"]
        == 2_000_000
    )


def test_contributes_a_sum() -> None:
    found = read(
        "Sparbanksstiftelsen Kronan bidrar med 1,5 miljoner kronor till Läxhjälpen i Kalmar.",
        [("Sparbanksstiftelsen Kronan", E.ORGANISATION, None), ("Läxhjälpen i Kalmar", E.INITIATIVE, None)],
    )
    funds = edge(found, R.FUNDS, "Sparbanksstiftelsen Kronan", "Läxhjälpen i Kalmar")
    assert funds.properties["amount_sek"] == 1_500_000


def test_financed_by_and_with_support_from() -> None:
    found = read(
        "Fältgruppen Natt finansieras av Brottsofferfonden. "
        "Projektet genomförs med stöd från Länsstyrelsen Skåne och Region Skåne.",
        [
            ("Fältgruppen Natt", E.INITIATIVE, None),
            ("Brottsofferfonden", E.AGENCY, None),
            ("Länsstyrelsen Skåne", E.AGENCY, None),
            ("Region Skåne", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.FUNDS, "Brottsofferfonden", "Fältgruppen Natt")
    edge(found, R.FUNDS, "Länsstyrelsen Skåne", "Fältgruppen Natt")
    edge(found, R.FUNDS, "Region Skåne", "Fältgruppen Natt")


def test_run_by_one_and_financed_by_another() -> None:
    found = read(
        "Projektet Trygg kväll drivs av Lerums kommun och finansieras av Allmänna arvsfonden.",
        [
            ("Trygg kväll", E.INITIATIVE, None),
            ("Lerums kommun", E.MUNICIPALITY, None),
            ("Allmänna arvsfonden", E.AGENCY, None),
        ],
    )
    edge(found, R.RUNS, "Lerums kommun", "Trygg kväll")
    edge(found, R.FUNDS, "Allmänna arvsfonden", "Trygg kväll")
    no_edge(found, R.FUNDS, "Allmänna arvsfonden", "Lerums kommun")


def test_granted_funds() -> None:
    found = read(
        "Brottsförebyggande rådet har beviljat medel till Projekt Nattljus. "
        "Polismyndigheten har även beviljat Mora kommun medel för Trygg sommar.",
        [
            ("Brottsförebyggande rådet", E.AGENCY, None),
            ("Projekt Nattljus", E.INITIATIVE, None),
            ("Polismyndigheten", E.POLICE_UNIT, "Polisen"),
            ("Mora kommun", E.MUNICIPALITY, None),
            ("Trygg sommar", E.INITIATIVE, None),
        ],
    )
    edge(found, R.FUNDS, "Brottsförebyggande rådet", "Projekt Nattljus")
    edge(found, R.FUNDS, "Polisen", "Trygg sommar")


def test_stands_for_the_financing() -> None:
    found = read(
        "Region Halland står för finansieringen av Halmstadmodellen. "
        "Stiftelsen Tryggare Ungdom står för hela finansieringen av Sommarjobb Halmstad.",
        [
            ("Region Halland", E.MUNICIPALITY, None),
            ("Halmstadmodellen", E.INITIATIVE, None),
            ("Stiftelsen Tryggare Ungdom", E.ORGANISATION, None),
            ("Sommarjobb Halmstad", E.INITIATIVE, None),
        ],
    )
    edge(found, R.FUNDS, "Region Halland", "Halmstadmodellen")
    edge(found, R.FUNDS, "Stiftelsen Tryggare Ungdom", "Sommarjobb Halmstad")


def test_financing_of_the_project_named_before() -> None:
    found = read(
        "Växjö kommun startar Ung i Växjö. Familjen Kamprads stiftelse står för finansieringen.",
        [
            ("Växjö kommun", E.MUNICIPALITY, None),
            ("Ung i Växjö", E.INITIATIVE, None),
            ("Familjen Kamprads stiftelse", E.ORGANISATION, None),
        ],
    )
    edge(found, R.FUNDS, "Familjen Kamprads stiftelse", "Ung i Växjö")
    no_edge(found, R.FUNDS, "Växjö kommun")


def test_imperative_list_under_a_party_proposal() -> None:
    text = (
        "Ett tryggare Gävle\n\n"
        "Vi i Centerpartiet föreslår:\n\n"
        "1. Avsätt 12 miljoner kronor till fältgruppen.\n"
        "2. Inför en trygghetsfond för föreningslivet.\n"
        "3. Starta en avhopparverksamhet i Sandviken.\n\n"
        "Per Holm (C), gruppledare"
    )
    found = read(
        text,
        [
            ("Centerpartiet", E.POLITICAL_PARTY, None),
            ("fältgruppen", E.INITIATIVE, "fältgrupp"),
            ("trygghetsfond", E.INITIATIVE, None),
            ("avhopparverksamhet", E.INITIATIVE, None),
            ("Sandviken", E.PLACE, None),
            ("Per Holm", E.PERSON, None),
        ],
    )
    funds = edge(found, R.FUNDS, "Centerpartiet", "fältgrupp")
    assert funds.properties == {"status": "proposed", "amount_sek": 12_000_000}
    for initiative in ("fältgrupp", "trygghetsfond", "avhopparverksamhet"):
        edge(found, R.PROPOSES, "Centerpartiet", initiative)
    no_edge(found, R.ACTIVE_IN, "avhopparverksamhet")


def test_a_decided_sum_in_a_protocol_is_not_a_proposal() -> None:
    found = read(
        "Kultur- och fritidsnämnden beslutade att ge Fritidsbanken Luleå 300 000 kr.",
        [
            ("Kultur- och fritidsnämnden", E.MUNICIPAL_BODY, None),
            ("Fritidsbanken Luleå", E.INITIATIVE, None),
        ],
    )
    funds = edge(found, R.FUNDS, "Kultur- och fritidsnämnden", "Fritidsbanken Luleå")
    assert funds.properties == {"status": "decided", "amount_sek": 300_000}


@pytest.mark.parametrize(
    ("text", "sek"),
    [
        ("4,5 mnkr", 4_500_000),
        ("2 mkr", 2_000_000),
        ("800 tkr", 800_000),
        ("14,2 miljoner kronor", 14_200_000),
        ("12 miljoner", 12_000_000),
        ("250 000 kr", 250_000),
        ("1,2 miljarder kronor", 1_200_000_000),
        ("350 000 kronor", 350_000),
    ],
)
def test_amount_units(text: str, sek: int) -> None:
    amounts = find_amounts(f"Nämnden anslår {text} till arbetet.")
    assert [a.sek for a in amounts] == [sek]


def test_giving_an_assignment_or_a_chance_is_no_funding() -> None:
    found = read(
        "Länsstyrelsen Skåne har gett Malmö stad i uppdrag att ta fram Trygg i Malmö. "
        "Malmö stad ger föreningarna möjlighet att söka bidrag till Trygg i Malmö.",
        [
            ("Länsstyrelsen Skåne", E.AGENCY, None),
            ("Malmö stad", E.MUNICIPALITY, None),
            ("föreningarna", E.GROUP, "föreningar"),
            ("Trygg i Malmö", E.INITIATIVE, None),
        ],
    )
    no_edge(found, R.FUNDS)


def test_a_sum_a_party_wants_set_aside_is_proposed_and_the_party_proposes() -> None:
    found = read(
        "Moderaterna anser att kommunen ska avsätta 2 miljoner kronor till Trygg i Lund.",
        [
            ("Moderaterna", E.POLITICAL_PARTY, None),
            ("kommunen", E.MUNICIPALITY, "Lunds kommun"),
            ("Trygg i Lund", E.INITIATIVE, None),
        ],
    )
    assert edge(found, R.FUNDS, "Lunds kommun", "Trygg i Lund").properties["status"] == "proposed"
    edge(found, R.PROPOSES, "Moderaterna", "Trygg i Lund")


def test_help_from_another_unit_is_no_money() -> None:
    text = "Insatsen leddes av lokalpolisområde Mora med stöd av polisregion Bergslagen."
    found = read(
        text,
        [
            ("lokalpolisområde Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
            ("polisregion Bergslagen", E.POLICE_UNIT, "Polisregion Bergslagen"),
        ],
    )
    no_edge(found, R.FUNDS, "Polisregion Bergslagen", "Lokalpolisområde Mora")


def test_an_agency_that_distributes_funds_to_a_project_funds_it() -> None:
    found = read(
        "Länsstyrelsen fördelar utvecklingsmedel till projektet Lugn kväll.",
        [("Länsstyrelsen", E.AGENCY, None), ("projektet Lugn kväll", E.INITIATIVE, "Lugn kväll")],
    )
    edge(found, R.FUNDS, "Länsstyrelsen", "Lugn kväll")


def test_money_drawn_from_a_fund_funds_the_effort() -> None:
    found = read(
        "Satsningen Trygga Byn får medel ur Allmänna arvsfonden.",
        [("Satsningen Trygga Byn", E.INITIATIVE, None), ("Allmänna arvsfonden", E.AGENCY, None)],
    )
    edge(found, R.FUNDS, "Allmänna arvsfonden", "Satsningen Trygga Byn")
