"""Organisations named together as the parties of joint work collaborate with each other."""

from __future__ import annotations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.partner_groups import is_partner_group
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


GROUPS = [
    *ORGS,
    ("fastighetsägarna", E.GROUP, "fastighetsägare"),
    ("idrottsföreningarna", E.GROUP, "idrottsföreningar"),
    ("aktörer", E.GROUP, "aktörer"),
    ("ungdomar", E.GROUP, "ungdomar"),
]


def test_an_unnamed_group_doing_joint_work_collaborates_with_the_others_named() -> None:
    text = "Mora kommun, fastighetsägarna och idrottsföreningarna har gemensamt rustat upp spontanidrottsplatsen."
    found = _collaborations(text, GROUPS)
    assert frozenset(("Mora kommun", "fastighetsägare")) in found
    assert frozenset(("Mora kommun", "idrottsföreningar")) in found
    assert frozenset(("fastighetsägare", "idrottsföreningar")) in found


def test_groups_listed_as_partners_of_a_subject_are_no_partners_of_each_other() -> None:
    text = "Skatteverket arbetar i samverkan med Tullverket, fastighetsägarna och idrottsföreningarna."
    found = _collaborations(text, GROUPS)
    assert frozenset(("fastighetsägare", "idrottsföreningar")) not in found
    assert frozenset(("Tullverket", "fastighetsägare")) not in found


def test_those_the_work_is_for_are_no_partners_in_it() -> None:
    text = "Tullverket och Kustbevakningen har gemensamt ordnat aktiviteter för ungdomar."
    found = _collaborations(text, GROUPS)
    assert found == {frozenset(("Tullverket", "Kustbevakningen"))}


def test_an_umbrella_word_is_no_partner_group_of_its_own() -> None:
    umbrella = Mention(0, 7, "aktörer", E.GROUP, "aktörer", generic=True)
    workers = Mention(0, 16, "fastighetsägarna", E.GROUP, "fastighetsägare", generic=True)
    assert not is_partner_group(umbrella)
    assert is_partner_group(workers)
