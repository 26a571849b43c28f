"""Entity resolution across a document and across documents, on texts written for the tests."""

from __future__ import annotations

from graph.merge import combine
from graph.model import EntityType as E
from graph.model import Graph, entity_id
from loaders.extract import extract
from loaders.mentions.document import find_document_mentions
from loaders.reading.read import parse_document


def graph_of(*texts: str) -> Graph:
    return combine(extract(parse_document(t.encode(), f"doc{i}.txt")) for i, t in enumerate(texts))


def entity(graph: Graph, type_: E, name: str):
    index = graph.entity_index()
    return index.get(entity_id(type_, name))


def test_the_documents_municipality_is_the_one_spoken_of_most() -> None:
    text = (
        "Trygghetsarbete i Gottsunda\n\n"
        "Uppsala kommun och polisen har gått igenom läget i Gottsunda och Valsätra. "
        "Även Knivsta nämns i rapporten. Kommunen vill anställa fler fältassistenter."
    )
    kommun = [m for m in find_document_mentions(text) if m.type == E.MUNICIPALITY]
    assert {m.canonical for m in kommun} == {"Uppsala kommun"}


def test_a_district_votes_for_its_municipality() -> None:
    text = "Oron har ökat i Rinkeby och Tensta. Kommunen satsar nu på fler vuxna ute på kvällarna."
    assert {m.canonical for m in find_document_mentions(text) if m.type == E.MUNICIPALITY} == {
        "Stockholms stad"
    }


def test_one_actor_for_the_name_and_its_definite_form() -> None:
    graph = graph_of("Luleå kommun har beslutat om kameror. Kommunen ska utvärdera beslutet.")
    kommun = entity(graph, E.MUNICIPALITY, "Luleå kommun")
    assert kommun is not None
    assert "Kommunen" in kommun.aliases
    assert [e for e in graph.entities if e.type == E.MUNICIPALITY] == [kommun]


def test_names_are_stable_across_documents() -> None:
    graph = graph_of(
        "Kriminalvården och Polisen i Borås inleder ett samarbete.",
        "Lokalpolisområde Borås har tillsammans med kriminalvården startat projektet.",
    )
    lpo = entity(graph, E.POLICE_UNIT, "Lokalpolisområde Borås")
    assert lpo is not None and len(lpo.documents) == 2
    kvv = entity(graph, E.AGENCY, "Kriminalvården")
    assert kvv is not None and len(kvv.documents) == 2


def test_two_municipalities_bodies_stay_two_actors() -> None:
    graph = graph_of(
        "Kungsbacka kommun\n\nSocialnämnden har beslutat om en ny riktlinje.",
        "Varbergs kommun\n\nSocialnämnden har beslutat om en ny riktlinje.",
    )
    bodies = {e.name for e in graph.entities if e.type == E.MUNICIPAL_BODY}
    assert bodies == {"Socialnämnden i Kungsbacka", "Socialnämnden i Varberg"}


def test_a_place_and_its_municipality_are_two_actors_with_distinct_ids() -> None:
    graph = graph_of("Gävle kommun vill öka tryggheten i Gävle.")
    assert entity(graph, E.MUNICIPALITY, "Gävle kommun") is not None
    assert entity(graph, E.PLACE, "Gävle") is not None


def test_party_letters_and_party_names_are_one_actor() -> None:
    graph = graph_of("Moderaterna vill ha fler ordningsvakter, säger Erik Sjöberg (M).")
    party = entity(graph, E.POLITICAL_PARTY, "Moderaterna")
    assert party is not None
    assert "(M)" in party.aliases


def test_an_initiative_keeps_its_fullest_name_and_all_its_forms_as_aliases() -> None:
    graph = graph_of(
        "Regionen har tagit fram en ny regional handlingsplan mot våldsbejakande extremism. "
        "Handlingsplanen följs upp årligen. Enligt planen ska skolorna utbildas."
    )
    (plan,) = [e for e in graph.entities if e.type == E.INITIATIVE]
    assert plan.name == "regional handlingsplan mot våldsbejakande extremism"
    assert {"Handlingsplanen", "planen"} <= set(plan.aliases)


def test_two_different_plans_in_one_document_stay_two_initiatives() -> None:
    text = "Kommunen har en trygghetsplan och en klimatstrategi. Trygghetsplanen gäller till 2026."
    assert {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE} == {
        "trygghetsplan",
        "klimatstrategi",
    }


def test_personal_data_never_becomes_an_actor() -> None:
    graph = graph_of(
        "För mer information kontakta Sofia Lind, säkerhetschef.\n\n"
        "Telefon: 08-123 456 78\n\nE-post: sofia.lind@sundbyberg.se\n\nPersonnummer 19800101-1234 ska inte synas."
    )
    assert {(e.type, e.name) for e in graph.entities} == {(E.PERSON, "Sofia Lind")}
    for e in graph.entities:
        assert all("@" not in a and not any(ch.isdigit() for ch in a) for a in [e.name, *e.aliases])


def test_the_role_beside_a_person_is_kept_on_the_mention() -> None:
    text = "– Vi fortsätter, säger Jonas Öberg, förvaltningschef på socialförvaltningen."
    (person,) = [m for m in find_document_mentions(text) if m.type == E.PERSON]
    assert person.role == "förvaltningschef"


def test_an_mc_gang_referred_back_to_joins_the_named_club() -> None:
    text = "Outlaws MC har etablerat sig i Kumla. Polisen ska bekämpa det kriminella MC-gänget."
    crim = [m for m in find_document_mentions(text) if m.type == E.CRIMINAL_GROUP]
    assert {m.canonical for m in crim} == {"Outlaws MC"}
    assert "det kriminella MC-gänget" in {m.text for m in crim}


def test_mc_gang_without_a_named_club_is_dropped() -> None:
    assert not [m for m in find_document_mentions("MC-gänget har flyttat.") if m.type == E.CRIMINAL_GROUP]


def test_the_region_and_the_county_board_are_those_of_the_municipalitys_county() -> None:
    text = "Örebro kommun har fått stöd. Regionen och länsstyrelsen har granskat ansökan."
    found = {(m.type, m.canonical) for m in find_document_mentions(text)}
    assert found >= {(E.MUNICIPALITY, "Region Örebro län"), (E.AGENCY, "Länsstyrelsen i Örebro län")}


def test_staden_is_the_municipality_only_where_it_acts() -> None:
    text = "Malmö stad har beslutat om kameror. Staden ska utvärdera dem. Det är lugnt i staden."
    city = [m for m in find_document_mentions(text) if m.type == E.MUNICIPALITY]
    assert [m.text for m in city] == ["Malmö stad", "Staden"]


def test_the_executive_committee() -> None:
    text = (
        "Umeå kommun\n\nKommunstyrelsens arbetsutskott sammanträdde. Arbetsutskottet beslutade att remittera."
    )
    bodies = [m for m in find_document_mentions(text) if m.type == E.MUNICIPAL_BODY]
    assert {m.canonical for m in bodies} == {"Kommunstyrelsens arbetsutskott i Umeå"}
    assert len(bodies) == 2


def test_kommunen_is_the_municipality_named_last_in_its_paragraph() -> None:
    text = (
        "Sundsvalls kommun har antagit en trygghetsplan. Även Timrå kommun arbetar med frågan. "
        "Kommunen har anställt två fältassistenter.\n\n"
        "Sundsvalls kommun leder samverkan. Kommunen bjuder in föreningarna.\n\n"
        "Kommunen ska följa upp arbetet."
    )
    kommun = [m for m in find_document_mentions(text) if m.type == E.MUNICIPALITY and m.text == "Kommunen"]
    assert [m.canonical for m in kommun] == ["Timrå kommun", "Sundsvalls kommun", "Sundsvalls kommun"]


def test_staden_after_a_stad_name_of_a_kommun() -> None:
    text = "Sundsvalls stad har köpt nya kameror. Staden ska utvärdera dem."
    city = [m for m in find_document_mentions(text) if m.type == E.MUNICIPALITY]
    assert [(m.text, m.canonical) for m in city] == [
        ("Sundsvalls stad", "Sundsvalls kommun"),
        ("Staden", "Sundsvalls kommun"),
    ]


def test_the_local_police_area_is_the_one_the_text_names() -> None:
    text = (
        "Överenskommelsen gäller Mora kommun och Lokalpolisområde Övre Siljan. "
        "Lokalpolisområdet omfattar flera kommuner."
    )
    units = {m.canonical for m in find_document_mentions(text) if m.type == E.POLICE_UNIT}
    assert units == {"Lokalpolisområde Övre Siljan"}


def test_the_municipality_of_a_town_named_earlier_in_the_sentence() -> None:
    text = (
        "Mora kommun har antagit en plan. Vänsterpartiet i Orsa vill att kommunen anställer fler "
        "fältassistenter."
    )
    found = [(m.text, m.canonical) for m in find_document_mentions(text) if m.type == E.MUNICIPALITY]
    assert ("kommunen", "Orsa kommun") in found
