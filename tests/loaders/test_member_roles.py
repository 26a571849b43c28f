"""Offices in a list of members stand for their organisations (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edges, read, read_page


def _participants(found: list, initiative: str) -> set[str]:
    return {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_offices_in_a_where_clause_are_their_organisations() -> None:
    found = read(
        "Ås kommun har flera grupper. Det finns en grupp som kallas Lugna gatan, där bland annat säkerhetschefen "
        "och kommunpolisen ingår.",
        [("Lugna gatan", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None)],
    )
    assert {"Ås kommun", "Polisen"} <= _participants(found, "Lugna gatan")


def test_offices_a_council_consists_of() -> None:
    found = read(
        "Ås kommun har ett trygghetsråd. Trygghetsrådet består av kommundirektören, socialchefen och en kommunpolis.",
        [("Ås kommun", E.MUNICIPALITY, None), ("trygghetsråd", E.MUNICIPAL_BODY, "Trygghetsrådet")],
    )
    assert {"Ås kommun", "Polisen"} <= _participants(found, "Trygghetsrådet")


def test_an_office_outside_a_list_of_members_is_no_member() -> None:
    found = read(
        "Ås kommun driver Lugna gatan. Säkerhetschefen och kommunpolisen berättade om Lugna gatan i går.",
        [("Lugna gatan", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None)],
    )
    assert "Polisen" not in _participants(found, "Lugna gatan")


def test_offices_as_item_lines_under_a_council() -> None:
    found = read_page(
        "Ås kommun har ett trygghetsråd.\nTrygghetsrådet består av följande ledamöter:\n"
        "• kommundirektören\n• kommunpolisen\n",
        [("Ås kommun", E.MUNICIPALITY, None), ("trygghetsråd", E.MUNICIPAL_BODY, "Trygghetsrådet")],
    )
    assert {"Ås kommun", "Polisen"} <= _participants(found, "Trygghetsrådet")


def test_a_statutes_members_after_its_paragraph_number_and_modal() -> None:
    found = read(
        "Ås kommun har ett trygghetsråd.\n\n§ 2 Trygghetsrådet ska bestå av ledamöter från socialnämnden "
        "samt en representant för Polisen.\n\n§ 3 I rådet ska även ingå kommundirektören.\n",
        [
            ("Ås kommun", E.MUNICIPALITY, None),
            ("trygghetsråd", E.MUNICIPAL_BODY, "Trygghetsrådet"),
            ("socialnämnden", E.MUNICIPAL_BODY, "Socialnämnden"),
            ("Polisen", E.POLICE_UNIT, None),
        ],
    )
    assert {"Socialnämnden", "Polisen", "Ås kommun"} <= _participants(found, "Trygghetsrådet")


def test_those_found_in_a_group_are_its_members() -> None:
    found = read_page(
        "Ås kommun har startat en samverkansgrupp.\n\nI samverkansgruppen finns representanter från "
        "Tullverket och Polisen.\n",
        [
            ("Ås kommun", E.MUNICIPALITY, None),
            ("Tullverket", E.AGENCY, None),
            ("Polisen", E.POLICE_UNIT, None),
        ],
    )
    got = {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o.lower().startswith("samverkansgrupp")}
    assert {"Tullverket", "Polisen"} <= got
