"""The members one list names for a council, network or joint work collaborate (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, partners, read

_PARTIES = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Ås kommun", E.MUNICIPALITY, None),
    ("fastighetsägare", E.GROUP, None),
    ("Polisen", E.POLICE_UNIT, None),
]


def _pairs(*names: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for a in names for b in names if a < b}


def test_a_fronted_council_and_its_members() -> None:
    found = read("I rådet ingår även Tullverket, Kustbevakningen, fritidsgården och Skatteverket.", _PARTIES)
    assert _pairs("Tullverket", "Kustbevakningen", "Skatteverket") <= partners(found)


def test_a_network_that_consists_of_its_members() -> None:
    found = read("Nätverket består av Ås kommun, Skatteverket och Tullverket.", _PARTIES)
    assert _pairs("Ås kommun", "Skatteverket", "Tullverket") <= partners(found)


def test_groups_named_among_the_parties_of_joint_work() -> None:
    found = read(
        "Arbetet ska ske i en bred samverkan, mellan kommunens ledning, Polisen, fastighetsägare och Tullverket.",
        _PARTIES,
    )
    assert _pairs("Polisen", "fastighetsägare", "Tullverket") <= partners(found)
    assert not any("Ås kommun" in pair for pair in partners(found))  # 'kommunens ledning' is no party named


def test_a_list_of_subjects_taking_part() -> None:
    found = read("Skatteverket, Kustbevakningen och Ås kommun deltar i arbetet.", _PARTIES)
    assert _pairs("Skatteverket", "Kustbevakningen", "Ås kommun") <= partners(found)


def test_a_denied_membership_gives_no_collaboration() -> None:
    found = read("I rådet ingår inte Tullverket och Skatteverket.", _PARTIES)
    assert frozenset(("Tullverket", "Skatteverket")) not in partners(found)
