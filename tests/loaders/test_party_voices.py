"""A politician's proposals are the party's; a coalition's proposals are each member party's."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read, read_page


def test_a_quoted_politician_proposes_for_the_party_named_earlier() -> None:
    text = (
        "Kommunalrådet Maja Lund (C) presenterade förslaget på tisdagen. "
        "– Vi vill också se fler nattvandrare i centrum, säger Maja Lund."
    )
    found = read(text, [("Maja Lund", E.PERSON, None), ("(C)", E.POLITICAL_PARTY, "Centerpartiet")])
    edge(found, R.PROPOSES, "Maja Lund", "fler nattvandrare")
    edge(found, R.PROPOSES, "Centerpartiet", "fler nattvandrare")


def test_a_coalition_whose_parties_are_named_proposes_through_each_of_them() -> None:
    text = (
        "De tre allianspartierna Liberalerna, Centerpartiet och Moderaterna presenterade sitt gemensamma budgetförslag. "
        "Alliansen vill fördubbla antalet fältassistenter. "
        "Ola Berg (L) är gruppledare. "
        "– Totalt vill vi ha 3 miljoner kronor mer för förebyggande åtgärder än i år, säger Ola Berg."
    )
    found = read(
        text,
        [
            ("allianspartierna", E.POLITICAL_PARTY, "Allianspartierna"),
            ("Alliansen", E.POLITICAL_PARTY, "Allianspartierna"),
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("Centerpartiet", E.POLITICAL_PARTY, None),
            ("Moderaterna", E.POLITICAL_PARTY, None),
            ("Ola Berg", E.PERSON, None),
            ("(L)", E.POLITICAL_PARTY, "Liberalerna"),
        ],
    )
    for party in ("Liberalerna", "Centerpartiet", "Moderaterna"):
        no_edge(found, R.PART_OF, party, "Allianspartierna")
        edge(found, R.PROPOSES, party, "förebyggande åtgärder")
        edge(found, R.PROPOSES, party, "antalet fältassistenter")
        funds = edge(found, R.FUNDS, party, "förebyggande åtgärder")
        assert funds.properties == {"amount_sek": 3_000_000, "status": "proposed"}
    assert not [f for f in found if "Allianspartierna" in (f.source.canonical, f.target.canonical)]


def test_a_politician_of_another_party_speaks_for_no_coalition() -> None:
    text = (
        "Liberalerna och Allianspartierna presenterade sitt gemensamma budgetförslag. "
        "Per Holm (V) är oppositionsråd. "
        "– Vi vill också se fler fältassistenter i centrum, säger Per Holm."
    )
    found = read(
        text,
        [
            ("Allianspartierna", E.POLITICAL_PARTY, None),
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("Per Holm", E.PERSON, None),
            ("(V)", E.POLITICAL_PARTY, "Vänsterpartiet"),
        ],
    )
    edge(found, R.PROPOSES, "Vänsterpartiet", "fler fältassistenter")
    no_edge(found, R.PROPOSES, "Allianspartierna", "fler fältassistenter")
    no_edge(found, R.PROPOSES, "Liberalerna", "fler fältassistenter")


def test_a_motion_two_parties_write_together_is_proposed_by_both() -> None:
    text = (
        "Vi i Vänsterpartiet och Miljöpartiet vill att kommunen prövar nya arbetssätt. "
        "Vi föreslår därför kommunfullmäktige besluta\n\n"
        "att kommunen inför en satsning på fler nattvandrare.\n\n"
        "Lisa Ek (V)\n\n"
        "Johan Berg (MP)"
    )
    found = read(
        text,
        [
            ("Vänsterpartiet", E.POLITICAL_PARTY, None),
            ("Miljöpartiet", E.POLITICAL_PARTY, "Miljöpartiet de gröna"),
            ("satsning på fler nattvandrare", E.INITIATIVE, None),
            ("Lisa Ek", E.PERSON, None),
            ("(V)", E.POLITICAL_PARTY, "Vänsterpartiet"),
            ("Johan Berg", E.PERSON, None),
            ("(MP)", E.POLITICAL_PARTY, "Miljöpartiet de gröna"),
        ],
    )
    edge(found, R.PROPOSES, "Vänsterpartiet", "satsning på fler nattvandrare")
    edge(found, R.PROPOSES, "Miljöpartiet de gröna", "satsning på fler nattvandrare")


def test_whoever_a_wish_would_have_carry_a_measure_out_does_not_run_it_yet() -> None:
    text = "– Vi vill att kommunen tar fram en handlingsplan mot skjutningar, säger Lisa Ek (V)."
    found = read(
        text,
        [
            ("kommunen", E.MUNICIPALITY, "Åre kommun"),
            ("handlingsplan mot skjutningar", E.INITIATIVE, None),
            ("Lisa Ek", E.PERSON, None),
            ("(V)", E.POLITICAL_PARTY, "Vänsterpartiet"),
        ],
    )
    edge(found, R.PROPOSES, "Lisa Ek", "handlingsplan mot skjutningar")
    no_edge(found, R.RUNS, "Åre kommun", "handlingsplan mot skjutningar")


def test_whoever_a_party_wants_to_act_runs_nothing_yet() -> None:
    text = "Moderaterna i Mora vill att kommunen inför visitationszoner och anställer fler ordningsvakter."
    found = read(
        text,
        [
            ("Moderaterna", E.POLITICAL_PARTY, None),
            ("Mora", E.PLACE, None),
            ("kommunen", E.MUNICIPALITY, "Mora kommun"),
            ("visitationszoner", E.INITIATIVE, None),
            ("fler ordningsvakter", E.INITIATIVE, None),
        ],
    )
    no_edge(found, R.RUNS, "Mora kommun", "visitationszoner")
    no_edge(found, R.RUNS, "Mora kommun", "fler ordningsvakter")


def test_a_quoted_opposition_politician_speaks_for_the_party_not_the_council() -> None:
    text = (
        "Eva Ek (M) är oppositionsråd i Mora kommun. "
        "– Vi kräver en handlingsplan mot skjutningarna, säger oppositionsrådet Eva Ek."
    )
    found = read(
        text,
        [
            ("Eva Ek", E.PERSON, None),
            ("(M)", E.POLITICAL_PARTY, "Moderaterna"),
            ("Mora kommun", E.MUNICIPALITY, None),
            ("handlingsplan mot skjutningarna", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PROPOSES, "Moderaterna", "handlingsplan mot skjutningarna")
    no_edge(found, R.PROPOSES, "Mora kommun", "handlingsplan mot skjutningarna")


def test_a_motion_signed_for_two_parties_is_proposed_by_both() -> None:
    text = (
        "Motion om nattvandring\n"
        "Vi föreslår att kommunen inför projektet Lugn natt i centrum.\n"
        "För Vänsterpartiet\n"
        "Eva Ek\n"
        "För Miljöpartiet\n"
        "Ola Berg\n"
    )
    found = read_page(
        text,
        [
            ("Vänsterpartiet", E.POLITICAL_PARTY, None),
            ("Miljöpartiet", E.POLITICAL_PARTY, None),
            ("Eva Ek", E.PERSON, None),
            ("Ola Berg", E.PERSON, None),
            ("projektet Lugn natt", E.INITIATIVE, "Lugn natt"),
        ],
    )
    edge(found, R.PROPOSES, "Vänsterpartiet", "Lugn natt")
    edge(found, R.PROPOSES, "Miljöpartiet", "Lugn natt")
