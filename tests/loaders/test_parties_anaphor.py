"""'Parterna' and 'myndigheterna' stand for the organisations named together just before."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.reading.read import LoadedDocument
from tests.loaders.relation_reading import E, R, read


def _pairs(text: str, specs: list) -> set[frozenset[str]]:
    return {
        frozenset((f.source.canonical, f.target.canonical))
        for f in read(text, specs)
        if f.type is R.COLLABORATES_WITH and f.source.canonical != f.target.canonical
    }


SPECS = [
    ("Ås kommun", E.MUNICIPALITY, None),
    ("Tullverket", E.AGENCY, None),
    ("Region Norrby", E.MUNICIPALITY, None),
    ("Skatteverket", E.AGENCY, None),
    ("bygdeföreningarna", E.GROUP, "bygdeföreningar"),
]


def test_the_parties_named_before_work_together_when_the_next_sentence_calls_them_parties() -> None:
    text = (
        "Avtalet omfattar Ås kommun, Tullverket och Region Norrby. "
        "Parterna följer upp arbetet två gånger om året."
    )
    pairs = _pairs(text, SPECS)
    assert frozenset(("Ås kommun", "Tullverket")) in pairs
    assert frozenset(("Tullverket", "Region Norrby")) in pairs
    assert frozenset(("Ås kommun", "Region Norrby")) in pairs


def test_a_partner_of_the_parties_works_with_each_of_them() -> None:
    text = (
        "Ås kommun och Tullverket har skrivit ett nytt avtal. "
        "Parterna ska också bjuda in Skatteverket och bygdeföreningarna till möten."
    )
    pairs = _pairs(text, SPECS)
    for party in ("Ås kommun", "Tullverket"):
        assert frozenset((party, "Skatteverket")) in pairs
        assert frozenset((party, "bygdeföreningar")) in pairs


def test_authorities_that_only_act_are_no_parties_of_joint_work() -> None:
    text = "Tullverket fick tips om bolaget, liksom Skatteverket. Myndigheterna beslagtog i går bokföringen."
    assert _pairs(text, SPECS) == set()


def test_authorities_said_to_work_together_are_partners() -> None:
    text = (
        "Tullverket fick tips om bolaget, liksom Skatteverket. Myndigheterna granskar nu bolaget gemensamt."
    )
    assert frozenset(("Tullverket", "Skatteverket")) in _pairs(text, SPECS)


def test_parties_without_organisations_before_them_are_no_one() -> None:
    text = "Mötet hölls i Ås. Parterna enades om att ses igen."
    assert _pairs(text, SPECS) == set()


def test_the_parties_of_a_medborgarlofte_named_long_before_are_its_signatories() -> None:
    text = (
        "Medborgarlöften för Mora. "
        "Mora kommun och Lokalpolisområde Mora har tagit fram löftena. "
        "Trygghetsvandringar hålls i Noret. "
        "Kameror sätts upp vid torget. "
        "Belysningen i parken ska förbättras. "
        "Parterna bjuder också in Skatteverket till ett möte."
    )
    specs = [
        ("Medborgarlöften för Mora", E.INITIATIVE, "Moras medborgarlöften"),
        ("Mora kommun", E.MUNICIPALITY, None),
        ("Lokalpolisområde Mora", E.POLICE_UNIT, None),
        ("Skatteverket", E.AGENCY, None),
    ]
    pairs = _pairs(text, specs)
    assert frozenset(("Mora kommun", "Skatteverket")) in pairs
    assert frozenset(("Lokalpolisområde Mora", "Skatteverket")) in pairs


def test_the_sentence_that_names_the_parties_is_evidence_too() -> None:
    text = (
        "Avtal om tullkontroller\n\n"
        "Mora kommun skickade i våras ett förslag till Tullverket. "
        "Parterna följer nu upp arbetet två gånger om året.\n"
    )
    graph = extract(LoadedDocument(document=Document(id="avtal", title="Avtal"), text=text))
    names = {e.id: e.name for e in graph.entities}
    (relation,) = [
        r
        for r in graph.relations
        if r.type is R.COLLABORATES_WITH
        and {names[r.source], names[r.target]} == {"Tullverket", "Mora kommun"}
    ]
    quoted = [e.text for e in relation.evidence]
    assert any(q.startswith("Mora kommun skickade") for q in quoted)
    assert any(q.startswith("Parterna följer nu upp") for q in quoted)
