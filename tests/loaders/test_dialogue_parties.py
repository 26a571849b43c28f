"""Those a dialogue is named after take part in it (made-up sentences)."""

from __future__ import annotations

from graph.model import EntityType as E
from tests.loaders.relation_reading import R, edge, no_edge, read

SPECS = [
    ("medborgardialoger", E.INITIATIVE, "medborgardialoger"),
    ("Ungdomsdialogen", E.INITIATIVE, "ungdomsdialog"),
    ("trygghetsvandringar", E.INITIATIVE, "trygghetsvandringar"),
    ("medborgarna", E.GROUP, "medborgarna"),
    ("Medborgarna", E.GROUP, "medborgarna"),
    ("ungdomar", E.GROUP, "ungdomar"),
    ("fastighetsägare", E.GROUP, "fastighetsägare"),
    ("Polisen", E.POLICE_UNIT, "Polisen"),
]


def test_the_people_a_dialogue_is_named_after_take_part_in_it() -> None:
    found = read(
        "Polisen lyssnar på vad medborgarna oroar sig för genom så kallade medborgardialoger.", SPECS
    )
    assert edge(found, R.PARTICIPATES_IN, "medborgarna", "medborgardialoger")
    no_edge(found, R.PARTICIPATES_IN, "Polisen", "medborgardialoger")


def test_the_people_may_be_named_in_the_sentence_after_the_dialogue() -> None:
    found = read("Ungdomsdialogen hålls i maj. Där får ungdomar från hela Åby komma till tals.", SPECS)
    assert edge(found, R.PARTICIPATES_IN, "ungdomar", "ungdomsdialog")


def test_other_people_and_other_efforts_name_no_participants() -> None:
    found = read(
        "Fastighetsägare bjuds in till medborgardialoger. Medborgarna bjuds in till trygghetsvandringar.",
        SPECS,
    )
    no_edge(found, R.PARTICIPATES_IN, "fastighetsägare", "medborgardialoger")
    no_edge(found, R.PARTICIPATES_IN, "medborgarna", "trygghetsvandringar")


def test_people_named_far_from_the_dialogue_are_not_read_as_its_participants() -> None:
    found = read(
        "Polisen håller medborgardialoger. Polisen kommer till Åby. Polisen stannar en vecka. "
        "Medborgarna i Åby är oroliga.",
        SPECS,
    )
    no_edge(found, R.PARTICIPATES_IN, "medborgarna", "medborgardialoger")
