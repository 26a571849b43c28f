"""Who takes part in an initiative, and who does not: made-up sentences read with their context."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read, read_page


def test_a_town_does_not_take_part_in_the_initiative_named_after_it() -> None:
    found = read(
        "Polisen har tecknat Norrviks medborgarlöften tillsammans med Norrviks kommun.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Norrviks medborgarlöften", E.INITIATIVE, None),
            ("Norrviks kommun", E.MUNICIPALITY, None),
        ],
    )
    no_edge(found, R.PARTICIPATES_IN, "Norrviks kommun", "Norrviks medborgarlöften")


def test_a_partner_of_the_runner_still_takes_part_in_a_named_operation() -> None:
    found = read(
        "Polisen genomförde Operation Lugn tillsammans med Ås kommun.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Operation Lugn", E.INITIATIVE, None),
            ("Ås kommun", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Ås kommun", "Operation Lugn")


def test_those_who_work_in_an_initiative_take_part_in_it() -> None:
    found = read(
        "Kommunen har en stödverksamhet för avhoppare, där tre socialsekreterare arbetar.",
        [("stödverksamhet för avhoppare", E.INITIATIVE, None), ("socialsekreterare", E.GROUP, None)],
    )
    edge(found, R.PARTICIPATES_IN, "socialsekreterare", "stödverksamhet för avhoppare")


def test_an_example_list_passes_over_a_member_that_is_no_known_actor() -> None:
    found = read(
        "Projektet Nya vägar startade i våras. Till mötet kom alla aktörer som exempelvis "
        "fritidsgårdarna, Tullverket och Polisen.",
        [
            ("Nya vägar", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Polisen", E.POLICE_UNIT, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Nya vägar")
    edge(found, R.PARTICIPATES_IN, "Polisen", "Nya vägar")


def test_those_fronted_as_being_with_on_an_event_take_part_in_it() -> None:
    found = read(
        "Trygghetsvandringen i Norrvik hölls i går. Med på vandringen var hyresgäster, Tullverket och Polisen.",
        [
            ("Trygghetsvandringen i Norrvik", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Polisen", E.POLICE_UNIT, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Trygghetsvandringen i Norrvik")
    edge(found, R.PARTICIPATES_IN, "Polisen", "Trygghetsvandringen i Norrvik")


def test_those_who_contribute_to_an_initiative_take_part_in_it() -> None:
    found = read(
        "Tullverket och Kustbevakningen bidrar till Projekt Ljus.",
        [
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
            ("Projekt Ljus", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Projekt Ljus")
    edge(found, R.PARTICIPATES_IN, "Kustbevakningen", "Projekt Ljus")


def test_money_contributed_is_no_taking_part() -> None:
    found = read(
        "Tullverket bidrar med två miljoner kronor till Projekt Ljus.",
        [("Tullverket", E.AGENCY, None), ("Projekt Ljus", E.INITIATIVE, None)],
    )
    no_edge(found, R.PARTICIPATES_IN, "Tullverket", "Projekt Ljus")


def test_the_members_of_a_council_take_part_in_it() -> None:
    found = read(
        "I Norrviks brottsförebyggande råd ingår Bostadsbolaget Hem, Polisen och Tullverket.",
        [
            ("Norrviks brottsförebyggande råd", E.MUNICIPAL_BODY, None),
            ("Bostadsbolaget Hem", E.ORGANISATION, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Tullverket", E.AGENCY, None),
        ],
    )
    for member in ("Bostadsbolaget Hem", "Polisen", "Tullverket"):
        edge(found, R.PARTICIPATES_IN, member, "Norrviks brottsförebyggande råd")


def test_a_council_named_before_by_its_head_noun() -> None:
    found = read(
        "Kommunen har inrättat Trygghetsrådet i Norrvik. Rådet består av representanter för "
        "socialtjänsten, Polisen och Tullverket.",
        [
            ("Trygghetsrådet i Norrvik", E.MUNICIPAL_BODY, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Tullverket", E.AGENCY, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Polisen", "Trygghetsrådet i Norrvik")
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Trygghetsrådet i Norrvik")


def test_a_compound_group_names_a_body_of_its_own() -> None:
    found = read(
        "I styrgruppen ingår Polisen och Tullverket.",
        [("Polisen", E.POLICE_UNIT, None), ("Tullverket", E.AGENCY, None)],
    )
    edge(found, R.PARTICIPATES_IN, "Polisen", "styrgruppen")


def test_the_partners_a_text_names_for_the_work_take_part_in_it() -> None:
    found = read(
        "Polisen startade i våras Operation Kust. Samverkanspartner är Tullverket och Kustbevakningen.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Operation Kust", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Operation Kust")
    edge(found, R.PARTICIPATES_IN, "Kustbevakningen", "Operation Kust")


def test_members_listed_as_items_under_an_announcing_line_take_part() -> None:
    found = read_page(
        "Norrviks trygghetsråd\n\nRådet består av följande ledamöter:\n• Tullverket\n"
        "• en representant för Polisen\n\nRådet träffas varje månad.",
        [
            ("Norrviks trygghetsråd", E.MUNICIPAL_BODY, None),
            ("Tullverket", E.AGENCY, None),
            ("Polisen", E.POLICE_UNIT, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Norrviks trygghetsråd")
    edge(found, R.PARTICIPATES_IN, "Polisen", "Norrviks trygghetsråd")


def test_item_lines_end_at_the_first_line_that_is_no_item() -> None:
    found = read_page(
        "Polisen driver Operation Kust.\n\nI arbetet deltar:\n– Tullverket\n\n"
        "Kustbevakningen har inte svarat på frågor om arbetet.",
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Operation Kust", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Operation Kust")
    no_edge(found, R.PARTICIPATES_IN, "Kustbevakningen", "Operation Kust")
