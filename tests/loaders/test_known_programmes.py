"""Nationally known programmes and methods are read in their usual Swedish forms, on sentences
written for the tests."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Socialtjänsten i Mora har startat en social insatsgrupp för unga.", "Sociala insatsgrupper"),
        ("I den sociala insatsgruppen ingår skolan och polisen.", "Sociala insatsgrupper"),
        ("Skolorna i Noret arbetar med Mentorer i våldsprevention.", "Mentors in Violence Prevention"),
        ("Restaurangerna i Mora utbildas inom Krogar mot knark.", "Krogar mot knark"),
    ],
)
def test_a_known_programme_is_read_in_its_swedish_forms(text: str, name: str) -> None:
    assert name in initiatives(text)
