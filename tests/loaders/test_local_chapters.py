"""Local chapters of national associations named with their place. Sentences made up for the tests."""

from __future__ import annotations

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def _read(text: str) -> set[tuple[E, str]]:
    return {(m.type, m.canonical) for m in find_document_mentions(text)}


def test_a_chapter_keeps_its_place_in_the_name() -> None:
    found = _read("Polisen samverkar med Brottsofferjouren Dalarna och Fastighetsägarna Mitt i Mora.")
    assert {(E.ORGANISATION, "Brottsofferjouren Dalarna"), (E.ORGANISATION, "Fastighetsägarna Mitt")} <= found
    assert (E.PLACE, "Dalarna") not in found


def test_an_association_in_a_place_is_the_association_and_the_place() -> None:
    found = _read("Kvinnojouren i Mora har fått nya lokaler.")
    assert {(E.ORGANISATION, "Kvinnojouren"), (E.PLACE, "Mora")} <= found


def test_an_unknown_word_after_the_association_is_no_chapter() -> None:
    found = _read("Hyresgästföreningen Kvarteret Lärkan har bjudit in polisen.")
    assert not any(name.startswith("Hyresgästföreningen ") for _, name in found)
