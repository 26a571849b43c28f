"""Measures wished for by parties and politicians are initiatives they propose."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, edges, no_edge, read


def test_parties_that_want_a_list_of_measures() -> None:
    text = (
        "Liberalerna, Centerpartiet och Moderaterna presenterade i dag sitt gemensamma budgetförslag. "
        "Partierna vill ha fler fältassistenter, fler väktare och utökade så kallade trygghetszoner där polisen patrullerar."
    )
    found = read(
        text,
        [
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("Centerpartiet", E.POLITICAL_PARTY, None),
            ("Moderaterna", E.POLITICAL_PARTY, None),
            ("polisen", E.POLICE_UNIT, "Polisen"),
        ],
    )
    for party in ("Liberalerna", "Centerpartiet", "Moderaterna"):
        edge(found, R.PROPOSES, party, "budgetförslag")
        edge(found, R.PROPOSES, party, "fler fältassistenter")
        edge(found, R.PROPOSES, party, "fler väktare")
        edge(found, R.PROPOSES, party, "utökade trygghetszoner")


def test_a_quoted_politician_who_wants_a_sum_for_a_measure() -> None:
    text = (
        "Eva Ek (L) är kommunalråd. "
        "– Totalt vill vi ha 4 miljoner kronor mer för förebyggande åtgärder än i år, säger Eva Ek."
    )
    found = read(text, [("Eva Ek", E.PERSON, None), ("(L)", E.POLITICAL_PARTY, "Liberalerna")])
    edge(found, R.PROPOSES, "Eva Ek", "förebyggande åtgärder")
    funds = edge(found, R.FUNDS, "Eva Ek", "förebyggande åtgärder")
    assert funds.properties == {"amount_sek": 4_000_000, "status": "proposed"}


def test_an_inverted_demand() -> None:
    text = "Efter skjutningen kräver kommunalrådet Eva Ek, (L), hårdare tag från regeringen – och hon får medhåll."
    found = read(
        text,
        [
            ("Eva Ek", E.PERSON, None),
            ("(L)", E.POLITICAL_PARTY, "Liberalerna"),
            ("regeringen", E.AGENCY, "Regeringen"),
        ],
    )
    edge(found, R.PROPOSES, "Eva Ek", "hårdare tag från regeringen")


def test_the_signatories_of_a_motion_propose_its_demand() -> None:
    text = (
        "Motion till kommunfullmäktige\n\n"
        "Vi föreslår:\n"
        "– att kommunfullmäktige inrättar ett trygghetsråd i Mora.\n\n"
        "Anna Ek, Socialdemokraterna\n\n"
        "Per Ek, Moraborgarna"
    )
    found = read(
        text,
        [
            ("Anna Ek", E.PERSON, None),
            ("Socialdemokraterna", E.POLITICAL_PARTY, None),
            ("Per Ek", E.PERSON, None),
            ("Mora", E.PLACE, None),
        ],
    )
    for proposer in ("Anna Ek", "Socialdemokraterna", "Per Ek", "Moraborgarna"):
        edge(found, R.PROPOSES, proposer, "trygghetsråd i Mora")


def test_what_the_police_want_is_no_proposal() -> None:
    text = "Polisen vill ha fler tips från allmänheten om narkotikahandeln."
    found = read(text, [("Polisen", E.POLICE_UNIT, None)])
    assert not edges(found, R.PROPOSES)
    no_edge(found, R.PROPOSES, source="Polisen")


def test_an_aim_is_no_measure() -> None:
    text = "Eva Ek (L) vill göra Mora tryggare och vill bli bättre på att lyssna."
    found = read(
        text, [("Eva Ek", E.PERSON, None), ("(L)", E.POLITICAL_PARTY, "Liberalerna"), ("Mora", E.PLACE, None)]
    )
    assert not edges(found, R.PROPOSES)


def test_a_quote_closed_by_a_pronoun_is_the_politician_named_before() -> None:
    text = (
        "Skjutningen utreds av polisen, säger Per Lind, polis.\n\n"
        "Det är ett långsiktigt arbete, enligt Eva Ek (L), kommunalråd.\n\n"
        "– Det tar tid. Vi ser resultat först om några år, säger hon.\n\n"
        "Kommunen har också ett uppdrag att se över fritidsgårdarna. Det gäller alla stadsdelar.\n\n"
        "– Vi behöver ett samlat grepp kring fritidsgårdarna."
    )
    found = read(
        text,
        [("Per Lind", E.PERSON, None), ("Eva Ek", E.PERSON, None), ("(L)", E.POLITICAL_PARTY, "Liberalerna")],
    )
    edge(found, R.PROPOSES, "Eva Ek", "samlat grepp kring fritidsgårdarna")
