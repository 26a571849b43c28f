"""Those an initiative says it includes take part in it (made-up sentences)."""

from __future__ import annotations

from loaders.language.text import split_sentences
from loaders.relations.discourse import RelationContext
from loaders.relations.partaking.included_partners import included_partners
from tests.loaders.relation_reading import E, R, edges, mentions_of, read

_ACTORS = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Skatteverket", E.AGENCY, None),
    ("Länsstyrelsen", E.AGENCY, None),
    ("socialtjänsten", E.MUNICIPAL_BODY, None),
    ("fritidsgårdarna", E.GROUP, None),
    ("Ås kommun", E.MUNICIPALITY, None),
    ("Norrby kommun", E.MUNICIPALITY, None),
]


def _participants(found: list, initiative: str) -> set[str]:
    return {s for _, s, o in edges(found, R.PARTICIPATES_IN) if o == initiative}


def test_the_objects_of_an_including_initiative_take_part() -> None:
    found = read(
        "Nätverket Lugn hamn omfattar Tullverket, Kustbevakningen och Skatteverket.",
        [("Nätverket Lugn hamn", E.INITIATIVE, "Lugn hamn"), *_ACTORS],
    )
    assert {"Tullverket", "Kustbevakningen", "Skatteverket"} <= _participants(found, "Lugn hamn")


def test_a_work_noun_points_back_to_the_initiative_just_named() -> None:
    found = read(
        "Ås kommun startade i våras projektet Trygga kvällar. Samarbetet inkluderar även socialtjänsten "
        "och fritidsgårdarna.",
        [("Trygga kvällar", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"socialtjänsten", "fritidsgårdarna"} <= _participants(found, "Trygga kvällar")


def test_the_passive_names_those_involved() -> None:
    found = read(
        "Ås kommun driver Trygga kvällar. I arbetet involveras även Skatteverket och Länsstyrelsen.",
        [("Trygga kvällar", E.INITIATIVE, None), *_ACTORS],
    )
    assert {"Skatteverket", "Länsstyrelsen"} <= _participants(found, "Trygga kvällar")


def _included(text: str, initiative: str) -> set[tuple[str, str]]:
    """This module's reading alone: (partner, initiative) pairs."""
    context = RelationContext(
        split_sentences(text), mentions_of(text, [(initiative, E.INITIATIVE, None), *_ACTORS])
    )
    return {(rel.source.canonical, rel.target.canonical) for _, rel in included_partners(context)}


def test_a_denied_inclusion_is_none() -> None:
    included = _included(
        "Ås kommun driver Trygga kvällar. Samarbetet omfattar inte Tullverket.", "Trygga kvällar"
    )
    assert ("Tullverket", "Trygga kvällar") not in included


def test_a_town_does_not_join_what_is_named_after_it() -> None:
    included = _included("Norrbymodellen omfattar Norrby kommun och Tullverket.", "Norrbymodellen")
    assert ("Norrby kommun", "Norrbymodellen") not in included
    assert ("Tullverket", "Norrbymodellen") in included


def test_a_preposition_object_is_no_member() -> None:
    included = _included("Trygga kvällar samlar Tullverket kring socialtjänsten.", "Trygga kvällar")
    assert ("Tullverket", "Trygga kvällar") in included
    assert ("socialtjänsten", "Trygga kvällar") not in included


def test_other_actors_take_part_in_nothing_named() -> None:
    found = read(
        "Ås kommun driver Trygga kvällar. I Trygga kvällar ingår Tullverket och andra aktörer.",
        [("Trygga kvällar", E.INITIATIVE, None), ("andra aktörer", E.GROUP, None), *_ACTORS],
    )
    assert "Tullverket" in _participants(found, "Trygga kvällar")
    assert "andra aktörer" not in _participants(found, "Trygga kvällar")


def test_a_work_noun_points_back_to_the_initiative_with_its_own_head() -> None:
    found = read(
        "Ås kommun och Tullverket inleder ett samarbete för tryggare hamnar. Det sker på uppdrag av "
        "Länsstyrelsen. Ås kommun har också startat projektet Trygga kvällar. Samarbetet inkluderar även "
        "socialtjänsten och fritidsgårdarna.",
        [
            ("samarbete för tryggare hamnar", E.INITIATIVE, None),
            ("Trygga kvällar", E.INITIATIVE, None),
            *_ACTORS,
        ],
    )
    assert {"socialtjänsten", "fritidsgårdarna"} <= _participants(found, "samarbete för tryggare hamnar")
