"""Organisations named together as the parties of joint work collaborate with each other."""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from tests.loaders.relation_reading import read


def _collaborations(text: str, specs: list) -> set[frozenset[str]]:
    return {
        frozenset((f.source.canonical, f.target.canonical))
        for f in read(text, specs)
        if f.type is R.COLLABORATES_WITH
    }


ORGS = [
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("Polisen", E.POLICE_UNIT, None),
    ("Mora kommun", E.MUNICIPALITY, None),
    ("Skatteverket", E.AGENCY, None),
]


def test_a_coordinated_list_of_organisations_acting_together_is_a_clique() -> None:
    text = "Tullverket, Kustbevakningen och Polisen kontrollerade i helgen fartyg i hamnen."
    found = _collaborations(text, ORGS)
    assert frozenset(("Tullverket", "Kustbevakningen")) in found
    assert frozenset(("Tullverket", "Polisen")) in found
    assert frozenset(("Kustbevakningen", "Polisen")) in found


def test_organisations_beside_a_word_of_joint_work_collaborate() -> None:
    text = "Under hösten har arbetet skett gemensamt, där Mora kommun bidragit med lokaler åt Skatteverket."
    assert frozenset(("Mora kommun", "Skatteverket")) in _collaborations(text, ORGS)


def test_organisations_merely_named_apart_do_not_collaborate() -> None:
    text = "Tullverket beslagtog varorna, medan Skatteverket granskade bolagets deklarationer i Mora kommun."
    assert not _collaborations(text, ORGS)


def test_a_negated_joint_sentence_says_nothing() -> None:
    text = "Tullverket och Skatteverket deltog inte i kontrollerna."
    assert frozenset(("Tullverket", "Skatteverket")) not in _collaborations(text, ORGS)


def test_one_partner_of_joint_work_works_with_the_documents_own_organisation() -> None:
    text = (
        "Polisen ökar sin närvaro i hamnen under sommaren. "
        "Polisen kommer att synas mer på kvällarna. "
        "Kustbevakningen är en viktig samverkanspart i det arbetet."
    )
    assert frozenset(("Polisen", "Kustbevakningen")) in _collaborations(text, ORGS)


def test_a_police_document_naming_only_police_joins_no_partners() -> None:
    specs = [*ORGS, ("Lokalpolisområde Mora", E.POLICE_UNIT, None)]
    text = (
        "Polisen ökar sin närvaro i hamnen under sommaren. "
        "Polisen kommer att synas mer på kvällarna. "
        "Lokalpolisområde Mora har en gemensam plan för sommaren."
    )
    assert not _collaborations(text, specs)


def test_the_council_that_decides_on_joint_work_is_no_partner_in_it() -> None:
    specs = [
        *ORGS,
        ("kommunstyrelsens arbetsutskott", E.MUNICIPAL_BODY, "Kommunstyrelsens arbetsutskott i Mora"),
    ]
    text = (
        "Ett samarbete mellan Mora kommun och Tullverket mot smuggling togs i dag upp i "
        "kommunstyrelsens arbetsutskott."
    )
    found = _collaborations(text, specs)
    assert frozenset(("Mora kommun", "Tullverket")) in found
    assert not [pair for pair in found if "Kommunstyrelsens arbetsutskott i Mora" in pair]
