"""Work of a kind that someone conducts is no initiative, on sentences written for the tests."""

from __future__ import annotations

from graph.model import EntityType
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == EntityType.INITIATIVE}


def test_work_of_a_kind_conducted_is_no_initiative() -> None:
    assert not initiatives("Föreningen vill bedriva brottsförebyggande arbete tillsammans med skolan.")
    found = initiatives("Föreningen bedriver brottsförebyggande arbete mot langning i Mora.")
    assert any(name.startswith("brottsförebyggande arbete mot langning") for name in found)
    assert initiatives("Kommunen bedriver det brottsförebyggande arbetet i Mora med polisen.")


def test_collaboration_valued_in_general_is_no_initiative() -> None:
    assert not initiatives("Rektorerna talade om vikten av samarbete kring tryggheten på skolgården.")
    assert not initiatives("Det finns ett stort behov av samverkan mot langning.")
    assert initiatives("Skolan och polisen inleder nu samverkan mot langning på skolgården.")


def test_effort_spoken_of_for_its_effect_is_no_initiative() -> None:
    assert not initiatives("Vi ser större effekt av gemensamma insatser, säger rektorn.")
    assert initiatives("Rektorn mätte effekten av den gemensamma insatsen mot langning i Mora.")


def test_effort_judged_as_a_kind_is_no_initiative() -> None:
    text = "Hon menar att samverkan kring åtgärder för trygghet är en grundförutsättning för trygga skolor."
    assert not initiatives(text)
    assert not initiatives("Förebyggande arbete mot langning är alltid avgörande.")
    assert initiatives("Den gemensamma satsningen mot langning i Mora är avgörande, säger hon.")
