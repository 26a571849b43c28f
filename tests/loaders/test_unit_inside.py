"""A unit placed inside a named body is PART_OF it (made-up sentences)."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_a_unit_inside_an_office_is_part_of_it() -> None:
    found = read(
        "Fältgruppen inom socialförvaltningen möter unga i Åsby på fredagskvällar.",
        [
            ("Fältgruppen", E.MUNICIPAL_BODY, None),
            ("socialförvaltningen", E.MUNICIPAL_BODY, "Socialförvaltningen"),
        ],
    )
    edge(found, R.PART_OF, "Fältgruppen", "Socialförvaltningen")


def test_a_relative_clause_names_the_office_a_unit_belongs_to() -> None:
    found = read(
        "Trygghetsenheten, som tillhör kommunledningsförvaltningen, samordnar nattvandringen i Åsby.",
        [
            ("Trygghetsenheten", E.MUNICIPAL_BODY, None),
            ("kommunledningsförvaltningen", E.MUNICIPAL_BODY, "Kommunledningsförvaltningen"),
        ],
    )
    edge(found, R.PART_OF, "Trygghetsenheten", "Kommunledningsförvaltningen")


def test_bodies_side_by_side_are_no_parts_of_each_other() -> None:
    found = read(
        "Socialförvaltningen och fritidsförvaltningen ordnar sommarjobb för unga.",
        [
            ("Socialförvaltningen", E.MUNICIPAL_BODY, None),
            ("fritidsförvaltningen", E.MUNICIPAL_BODY, "Fritidsförvaltningen"),
        ],
    )
    no_edge(found, R.PART_OF, "Socialförvaltningen", "Fritidsförvaltningen")
    no_edge(found, R.PART_OF, "Fritidsförvaltningen", "Socialförvaltningen")


def test_a_body_meeting_at_another_is_no_part_of_it() -> None:
    found = read(
        "Socialförvaltningen presenterade lägesbilden för kommunstyrelsen.",
        [
            ("Socialförvaltningen", E.MUNICIPAL_BODY, None),
            ("kommunstyrelsen", E.MUNICIPAL_BODY, "Kommunstyrelsen"),
        ],
    )
    no_edge(found, R.PART_OF, "Socialförvaltningen", "Kommunstyrelsen")


def test_the_units_a_fronted_office_holds_are_part_of_it() -> None:
    found = read(
        "Inom fritidsförvaltningen finns fältgruppen och ungdomsmottagningen.",
        [
            ("fritidsförvaltningen", E.MUNICIPAL_BODY, "Fritidsförvaltningen"),
            ("fältgruppen", E.MUNICIPAL_BODY, "Fältgruppen"),
            ("ungdomsmottagningen", E.MUNICIPAL_BODY, "Ungdomsmottagningen"),
        ],
    )
    edge(found, R.PART_OF, "Fältgruppen", "Fritidsförvaltningen")
    edge(found, R.PART_OF, "Ungdomsmottagningen", "Fritidsförvaltningen")


def test_a_fronted_office_followed_by_another_verb_holds_nothing() -> None:
    found = read(
        "Inom fritidsförvaltningen diskuterar man fältgruppen varje vecka.",
        [
            ("fritidsförvaltningen", E.MUNICIPAL_BODY, "Fritidsförvaltningen"),
            ("fältgruppen", E.MUNICIPAL_BODY, "Fältgruppen"),
        ],
    )
    no_edge(found, R.PART_OF, "Fältgruppen", "Fritidsförvaltningen")


def test_an_apposition_names_the_office_a_unit_is_part_of() -> None:
    found = read(
        "Trygghetsenheten, en enhet inom kommunledningsförvaltningen, samordnar nattvandringen.",
        [
            ("Trygghetsenheten", E.MUNICIPAL_BODY, None),
            ("kommunledningsförvaltningen", E.MUNICIPAL_BODY, "Kommunledningsförvaltningen"),
        ],
    )
    edge(found, R.PART_OF, "Trygghetsenheten", "Kommunledningsförvaltningen")
