"""'De samverkande myndigheterna': the authorities named one by one before work together."""

from __future__ import annotations

from tests.loaders.relation_reading import E, partners, read

SPECS = [
    ("Tullverket", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Kronofogden", E.AGENCY, "Kronofogdemyndigheten"),
    ("Polisregion Nord", E.POLICE_UNIT, None),
    ("Ås kommun", E.MUNICIPALITY, None),
]


def test_authorities_named_apart_are_the_collective_of_a_later_joint_sentence() -> None:
    text = (
        "Polisregion Nord redovisade resultaten i går. "
        "Skatteverket höjde skatter för flera personer. "
        "Kronofogden utmätte två bilar och Tullverket tog beslag i hamnen. "
        "Tillsammans når de samverkande myndigheterna längre än var för sig."
    )
    pairs = partners(read(text, SPECS))
    for a, b in [
        ("Skatteverket", "Kronofogdemyndigheten"),
        ("Skatteverket", "Tullverket"),
        ("Polisregion Nord", "Kronofogdemyndigheten"),
    ]:
        assert frozenset((a, b)) in pairs


def test_no_collective_without_a_word_of_joint_work() -> None:
    text = (
        "Skatteverket höjde skatter för flera personer. "
        "Kronofogden utmätte två bilar och Tullverket tog beslag. "
        "Myndigheterna redovisar resultaten i mars."
    )
    assert frozenset(("Skatteverket", "Tullverket")) not in partners(read(text, SPECS))


def test_two_authorities_and_a_municipality_are_no_collective_of_authorities() -> None:
    text = (
        "Skatteverket höjde skatter för flera personer. "
        "Ås kommun stängde en lokal. "
        "Kronofogden utmätte två bilar. "
        "Tillsammans når de samverkande myndigheterna längre än var för sig."
    )
    pairs = partners(read(text, SPECS))
    assert frozenset(("Skatteverket", "Kronofogdemyndigheten")) not in pairs
    assert not any("Ås kommun" in pair for pair in pairs)
