"""Partners and members of an initiative named in the clauses around it (made-up sentences)."""

from __future__ import annotations

from loaders.mentions.document import Mention
from loaders.relations.partaking.partner_clauses import owns
from tests.loaders.relation_reading import E, R, edge, edges, read

_AGENCIES = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Polisen", E.POLICE_UNIT, None),
]


def _participants(found: list, initiative: str) -> set[str]:
    return {s for t, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_a_joint_work_between_a_list_of_parties() -> None:
    found = read(
        "Trygg hamn är ett samarbete mellan Ås kommun, Polisen och Tullverket.",
        [("Trygg hamn", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert _participants(found, "Trygg hamn") == {"Ås kommun", "Polisen", "Tullverket"}


def test_a_member_of_the_list_that_is_no_known_actor_is_passed_over() -> None:
    found = read(
        "Nattkoll är ett samarbete mellan fritidsgården, Polisen och Ås kommun.",
        [("Nattkoll", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert _participants(found, "Nattkoll") == {"Polisen", "Ås kommun"}


def test_a_fronted_initiative_with_a_descriptor() -> None:
    found = read(
        "I projektet Lugn kust ingår även Tullverket, Kustbevakningen och Skatteverket.",
        [("Lugn kust", E.INITIATIVE, None), *_AGENCIES],
    )
    assert _participants(found, "Lugn kust") == {"Tullverket", "Kustbevakningen", "Skatteverket"}


def test_members_after_consists_of() -> None:
    found = read(
        "Nattvandring i Ås består av föräldrar, fältassistenter och Svenska kyrkan.",
        [
            ("Nattvandring i Ås", E.INITIATIVE, None),
            ("föräldrar", E.GROUP, None),
            ("fältassistenter", E.GROUP, None),
            ("Svenska kyrkan", E.ORGANISATION, None),
        ],
    )
    assert _participants(found, "Nattvandring i Ås") == {"föräldrar", "fältassistenter", "Svenska kyrkan"}


def test_partners_of_the_initiatives_sentence_with_a_bracketed_abbreviation() -> None:
    found = read(
        "Polisen driver Operation Sommar i samverkan med Ås kommun och Åshem (ÅH) samt Tullverket.",
        [
            ("Operation Sommar", E.INITIATIVE, None),
            ("Ås kommun", E.MUNICIPALITY, None),
            ("Åshem", E.ORGANISATION, None),
            *_AGENCIES,
        ],
    )
    assert {"Ås kommun", "Åshem", "Tullverket"} <= _participants(found, "Operation Sommar")
    edge(found, R.RUNS, "Polisen", "Operation Sommar")


def test_whom_the_runner_works_with_in_a_sentence_after_take_no_part() -> None:
    found = read(
        "Polisen driver Operation Sommar. Samverkan sker med Ås kommun och Åshem (ÅH) samt Tullverket.",
        [
            ("Operation Sommar", E.INITIATIVE, None),
            ("Ås kommun", E.MUNICIPALITY, None),
            ("Åshem", E.ORGANISATION, None),
            *_AGENCIES,
        ],
    )
    assert _participants(found, "Operation Sommar") == set()


def test_a_constellation_where_the_parties_work() -> None:
    found = read(
        "Kustlaget är en konstellation där Ås kommun, Tullverket och Byns kommun sedan i våras arbetar ihop.",
        [
            ("Kustlaget", E.INITIATIVE, None),
            ("Ås kommun", E.MUNICIPALITY, None),
            ("Byns kommun", E.MUNICIPALITY, None),
            *_AGENCIES,
        ],
    )
    assert _participants(found, "Kustlaget") == {"Ås kommun", "Tullverket", "Byns kommun"}


def test_subjects_of_working_together_after_the_initiative() -> None:
    found = read(
        "Inom Trygg kust samarbetar Tullverket och Kustbevakningen sedan i fjol.",
        [("Trygg kust", E.INITIATIVE, None), *_AGENCIES],
    )
    assert _participants(found, "Trygg kust") == {"Tullverket", "Kustbevakningen"}


def test_taking_part_through_their_people() -> None:
    found = read(
        "I Byrådet Ung deltar tjänstepersoner från Ås kommun och Skatteverket.",
        [("Byrådet Ung", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert _participants(found, "Byrådet Ung") == {"Ås kommun", "Skatteverket"}


def test_a_collective_with_its_examples() -> None:
    found = read(
        "I Kustlyftet deltar flera myndigheter, bland annat Tullverket och Skatteverket.",
        [("Kustlyftet", E.INITIATIVE, None), *_AGENCIES],
    )
    assert _participants(found, "Kustlyftet") == {"Tullverket", "Skatteverket"}


def test_membership_of_an_organisation_is_no_participation() -> None:
    found = read(
        "Inom Trygg kust är Ås kommun aktiv, och Tullverket ingår i Polisen.",
        [("Trygg kust", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert "Tullverket" not in _participants(found, "Trygg kust")


def test_no_partners_where_the_sentence_denies_them() -> None:
    found = read(
        "Trygg hamn är inte ett samarbete mellan Ås kommun och Tullverket.",
        [("Trygg hamn", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert _participants(found, "Trygg hamn") == set()


def test_the_public_near_a_programme_is_not_its_partner() -> None:
    found = read(
        "Polisen driver Trygg by. Samverkan sker med medborgare.",
        [("Trygg by", E.INITIATIVE, None), ("medborgare", E.GROUP, None), *_AGENCIES],
    )
    assert _participants(found, "Trygg by") == set()


def test_a_relative_clause_after_a_collective_gives_no_example() -> None:
    found = read(
        "I Kustlyftet finns myndigheter som Polisen samarbetar med.",
        [("Kustlyftet", E.INITIATIVE, None), *_AGENCIES],
    )
    assert "Polisen" not in _participants(found, "Kustlyftet")


def test_a_town_does_not_take_part_in_what_is_named_after_it() -> None:
    found = read(
        "Tullverket deltar i Norrviksmodellen tillsammans med Norrviks kommun.",
        [("Norrviksmodellen", E.INITIATIVE, None), ("Norrviks kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert _participants(found, "Norrviksmodellen") == {"Tullverket"}


def test_an_organisations_own_joint_work_is_not_the_documents_initiative() -> None:
    found = read(
        "Polisen startar Trygg by. Tullverket arbetar i samverkan med Ås kommun och Skatteverket.",
        [("Trygg by", E.INITIATIVE, None), ("Ås kommun", E.MUNICIPALITY, None), *_AGENCIES],
    )
    assert _participants(found, "Trygg by") == set()


def test_a_town_may_join_what_only_the_reading_named_after_it() -> None:
    town = Mention(0, 13, "Norrby kommun", E.MUNICIPALITY, "Norrby kommun")
    survey = Mention(40, 64, "en trygghetsundersökning", E.INITIATIVE, "Norrbys trygghetsundersökning")
    model = Mention(40, 54, "Norrbymodellen", E.INITIATIVE, "Norrbymodellen")
    pact = Mention(40, 56, "medborgarlöftena", E.INITIATIVE, "Norrbys medborgarlöften")
    assert not owns(town, survey)
    assert owns(town, model)
    assert owns(town, pact)


def test_partners_introduced_as_some_among_others() -> None:
    for among in ("bland andra", "bl.a."):
        found = read(
            f"Lugn kust startade i fjol. Arbetet sker i samverkan med {among} Tullverket och Skatteverket.",
            [("Lugn kust", E.INITIATIVE, None), ("Arbetet", E.INITIATIVE, "Lugn kust"), *_AGENCIES],
        )
        assert _participants(found, "Lugn kust") == {"Tullverket", "Skatteverket"}


def test_who_enters_into_an_agreement_is_a_party_not_a_member() -> None:
    found = read(
        "Ås kommun har ingått en överenskommelse med Polisen och Tullverket.",
        [
            ("en överenskommelse", E.INITIATIVE, "överenskommelse om trygghet"),
            ("Ås kommun", E.MUNICIPALITY, None),
            *_AGENCIES,
        ],
    )
    assert _participants(found, "överenskommelse om trygghet") == {"Polisen", "Tullverket"}
    assert edge(found, R.RUNS, "Ås kommun", "överenskommelse om trygghet")


def test_members_that_are_included_still_take_part() -> None:
    found = read(
        "Lugn kust startade i fjol. Tullverket och Skatteverket ingår också.",
        [("Lugn kust", E.INITIATIVE, None), *_AGENCIES],
    )
    assert _participants(found, "Lugn kust") == {"Tullverket", "Skatteverket"}


_TOWNS = [
    ("Dalaslingan", E.INITIATIVE, None),
    ("Mora", E.PLACE, None),
    ("Orsa", E.PLACE, None),
    ("Älvdalen", E.PLACE, None),
    *_AGENCIES,
]


def test_towns_listed_as_parties_are_their_municipalities() -> None:
    found = read(
        "Dalaslingan är en konstellation där Mora, Orsa och Älvdalen i höstas enats tillsammans med Polisen.",
        _TOWNS,
    )
    assert {"Mora kommun", "Orsa kommun", "Älvdalens kommun"} <= _participants(found, "Dalaslingan")


def test_a_town_after_a_preposition_stays_a_place() -> None:
    found = read("I Dalaslingan deltar Polisen i Mora och Tullverket.", _TOWNS)
    assert "Mora kommun" not in _participants(found, "Dalaslingan")


def test_members_in_a_relative_clause_after_the_initiative() -> None:
    found = read(
        "Projektet Lugn hamn, som består av Tullverket och Skatteverket, pågår i tre år.",
        [("Lugn hamn", E.INITIATIVE, None), ("Tullverket", E.AGENCY, None), ("Skatteverket", E.AGENCY, None)],
    )
    got = {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == "Lugn hamn"}
    assert {"Tullverket", "Skatteverket"} <= got


def test_participants_named_as_what_they_are() -> None:
    found = read(
        "Deltagare i Lugn hamn är Tullverket och Kriminalvården.",
        [
            ("Lugn hamn", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Kriminalvården", E.AGENCY, None),
        ],
    )
    got = {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == "Lugn hamn"}
    assert {"Tullverket", "Kriminalvården"} <= got


def test_partners_named_by_their_part() -> None:
    found = read(
        "Ås kommun driver Lugn hamn med Tullverket och Kriminalvården som samarbetspartner.",
        [
            ("Lugn hamn", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Kriminalvården", E.AGENCY, None),
            ("Ås kommun", E.MUNICIPALITY, None),
        ],
    )
    got = {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == "Lugn hamn"}
    assert {"Tullverket", "Kriminalvården"} <= got
    assert "Ås kommun" not in got


def test_a_named_form_of_joint_work_between_partners() -> None:
    found = read(
        "Lugn hamn är en samverkansform mellan Tullverket och Skatteverket.",
        [("Lugn hamn", E.INITIATIVE, None), ("Tullverket", E.AGENCY, None), ("Skatteverket", E.AGENCY, None)],
    )
    got = {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == "Lugn hamn"}
    assert {"Tullverket", "Skatteverket"} <= got
