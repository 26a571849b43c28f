"""Money put into a measure that no mention names."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, read


def test_we_put_money_within_a_board_into_a_measure() -> None:
    text = (
        "Anna Ek är kommunalråd i Mora kommun. "
        "– Vi lade extra pengar i budgeten 2024 inom kommunstyrelsen för just förebyggande åtgärder, säger Anna Ek."
    )
    found = read(
        text,
        [
            ("Anna Ek", E.PERSON, None),
            ("Mora kommun", E.MUNICIPALITY, None),
            ("kommunstyrelsen", E.MUNICIPAL_BODY, "Kommunstyrelsen i Mora"),
        ],
    )
    funds = edge(found, R.FUNDS, "Kommunstyrelsen i Mora", "förebyggande åtgärder")
    assert funds.properties["status"] == "decided"


def test_a_sum_set_aside_by_a_board() -> None:
    text = "Socialnämnden avsätter 2 miljoner kronor till fältarbete bland unga i år."
    found = read(text, [("Socialnämnden", E.MUNICIPAL_BODY, None)])
    funds = edge(found, R.FUNDS, "Socialnämnden", "fältarbete bland unga")
    assert funds.properties == {"status": "decided", "amount_sek": 2_000_000}


def test_money_for_a_purpose_clause_is_no_measure() -> None:
    text = "Socialnämnden avsätter medel för att stärka arbetet."
    found = read(text, [("Socialnämnden", E.MUNICIPAL_BODY, None)])
    assert not edges(found, R.FUNDS)


def test_a_party_that_wants_a_sum_for_a_measure_proposes_to_fund_it() -> None:
    text = "I sin budget vill Liberalerna ha 4 miljoner kronor mer till nattvandring i centrum."
    found = read(text, [("Liberalerna", E.POLITICAL_PARTY, None)])
    funds = edge(found, R.FUNDS, "Liberalerna", "nattvandring")
    assert funds.properties == {"status": "proposed", "amount_sek": 4_000_000}


def test_a_board_that_grants_a_sum() -> None:
    text = "Kulturnämnden beviljade 300 000 kronor till sommarlovsaktiviteter för unga."
    found = read(text, [("Kulturnämnden", E.MUNICIPAL_BODY, None)])
    funds = edge(found, R.FUNDS, "Kulturnämnden", "sommarlovsaktiviteter")
    assert funds.properties == {"status": "decided", "amount_sek": 300_000}


def test_money_for_a_named_project_funds_the_project_not_its_descriptor() -> None:
    text = "Länsstyrelsen beviljar 400 000 kronor för projektet Unga i Byn."
    found = read(
        text,
        [("Länsstyrelsen", E.AGENCY, None), ("Unga i Byn", E.INITIATIVE, None)],
    )
    edge(found, R.FUNDS, "Länsstyrelsen", "Unga i Byn")
    assert all(f.target.canonical != "projektet" for f in found)
