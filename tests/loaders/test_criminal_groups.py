"""Criminal groups across a document: premises and clubhouses (ESTABLISHED_IN), those who evict,
stop or work against a group (COUNTERS), a gang referred back to ('gängen')."""

from __future__ import annotations

from graph.model import Document
from loaders.extract import extract
from loaders.mentions.document import find_document_mentions
from loaders.reading.read import LoadedDocument
from tests.loaders.relation_reading import E, R, edge, edges, read


def read_text(text: str) -> set[tuple[str, str, str]]:
    """The relations extracted from a made-up text, mentions found by the extractor itself."""
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(r.type.value, names[r.source], names[r.target]) for r in graph.relations}


def test_premises_in_a_place_and_the_municipality_it_lies_in() -> None:
    text = (
        "Förra året brann Outlaws klubbstuga i Björkby ned. "
        "Nu har mc-klubben köpt en ny gård utanför Åby. "
        "Björkby ligger i Mora kommun."
    )
    found = read(
        text,
        [
            ("Outlaws", E.CRIMINAL_GROUP, "Outlaws MC"),
            ("mc-klubben", E.CRIMINAL_GROUP, "Outlaws MC"),
            ("Björkby", E.PLACE, None),
            ("Åby", E.PLACE, None),
            ("Mora kommun", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Björkby")
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Åby")


def test_building_named_after_a_gang() -> None:
    text = 'Kommunen köpte "Bandidosfastigheten" i Norra Byn förra året.'
    found = read(
        text,
        [
            ("Kommunen", E.MUNICIPALITY, "Mora kommun"),
            ("Bandidosfastigheten", E.PLACE, None),
            ("Norra Byn", E.PLACE, None),
        ],
    )
    edge(found, R.ESTABLISHED_IN, "Bandidos MC", "Bandidosfastigheten")
    edge(found, R.ESTABLISHED_IN, "Bandidos MC", "Norra Byn")


def test_a_clubhouse_named_by_its_owner_is_no_place_of_its_own() -> None:
    # the gang and the place the premises stand in are the actors; the premises are no node
    mentions = find_document_mentions("I natt brann Hells angels klubblokal i Sörby ned till grunden.")
    assert [(m.type, m.canonical) for m in mentions] == [
        (E.CRIMINAL_GROUP, "Hells Angels MC"),
        (E.PLACE, "Sörby"),
    ]


def test_evicting_a_gang_counters_it() -> None:
    text = "Kommunjuristen Eva Ek har utrett om det går för kommunen att vräka Bandidos MC härifrån."
    found = read(
        text,
        [
            ("Eva Ek", E.PERSON, None),
            ("kommunen", E.MUNICIPALITY, "Mora kommun"),
            ("Bandidos MC", E.CRIMINAL_GROUP, None),
        ],
    )
    edge(found, R.COUNTERS, "Eva Ek", "Bandidos MC")
    edge(found, R.COUNTERS, "Mora kommun", "Bandidos MC")


def test_parrying_a_gang_named_before_the_verb() -> None:
    text = "Outlaws har letat efter en lokal samtidigt som Mora kommun och polisen har parerat varje köp."
    found = read(
        text,
        [
            ("Outlaws", E.CRIMINAL_GROUP, "Outlaws MC"),
            ("Mora kommun", E.MUNICIPALITY, None),
            ("polisen", E.POLICE_UNIT, "Polisen"),
        ],
    )
    edge(found, R.COUNTERS, "Mora kommun", "Outlaws MC")
    edge(found, R.COUNTERS, "Polisen", "Outlaws MC")


def test_work_against_the_gangs_named_in_passing_before() -> None:
    text = (
        "I Norrby finns kriminella nätverk som säljer narkotika. "
        "Lokalpolisområde Mora har länge arbetat mot gängen. "
        "Genom ett samarbete med Skatteverket har flera av dem dömts."
    )
    found = read(
        text,
        [
            ("Norrby", E.PLACE, None),
            ("Lokalpolisområde Mora", E.POLICE_UNIT, None),
            ("Skatteverket", E.AGENCY, None),
        ],
    )
    edge(found, R.COUNTERS, "Lokalpolisområde Mora", "kriminella nätverk")


def test_no_counter_against_crime_in_general() -> None:
    text = "Kommunen arbetar mot organiserad brottslighet i hela länet."
    found = read(text, [("Kommunen", E.MUNICIPALITY, "Mora kommun")])
    assert not edges(found, R.COUNTERS)


def test_a_farm_outside_a_village_in_a_municipality() -> None:
    text = "Outlaws MC har köpt en gård utanför Tegby i Mora kommun."
    found = read(
        text,
        [
            ("Outlaws MC", E.CRIMINAL_GROUP, None),
            ("Tegby", E.PLACE, None),
            ("Mora kommun", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Tegby")
    edge(found, R.ESTABLISHED_IN, "Outlaws MC", "Mora")


def test_an_injunction_and_getting_rid_of_a_gang_counter_it() -> None:
    found = read(
        "Kommunen har förelagt Outlaws MC att ta ned skylten vid vite. Länsstyrelsen vill bli av med Outlaws MC.",
        [
            ("Kommunen", E.MUNICIPALITY, "Mora kommun"),
            ("Länsstyrelsen", E.AGENCY, "Länsstyrelsen i Dalarnas län"),
            ("Outlaws MC", E.CRIMINAL_GROUP, None),
        ],
    )
    edge(found, R.COUNTERS, "Mora kommun", "Outlaws MC")
    edge(found, R.COUNTERS, "Länsstyrelsen i Dalarnas län", "Outlaws MC")


def test_a_support_club_is_part_of_its_gang_and_active_where_it_is() -> None:
    found = read(
        "Red Devils, en supportklubb till Hells Angels, finns nu i Tegby.",
        [
            ("Red Devils", E.CRIMINAL_GROUP, "Red Devils MC"),
            ("Hells Angels", E.CRIMINAL_GROUP, "Hells Angels MC"),
            ("Tegby", E.PLACE, None),
        ],
    )
    edge(found, R.PART_OF, "Red Devils MC", "Hells Angels MC")
    edge(found, R.ACTIVE_IN, "Red Devils MC", "Tegby")


def test_a_gang_an_organisation_faces_is_an_actor_without_a_place() -> None:
    found = read_text("Polisen arbetar mot kriminella nätverk och deras ekonomi.")
    assert ("COUNTERS", "Polisen", "kriminella nätverk") in found


def test_the_gang_spoken_of_and_where_it_deals() -> None:
    found = read_text("Polisen har gripit tre personer i gänget. Gänget har sålt narkotika i Björkhagen.")
    assert ("COUNTERS", "Polisen", "kriminella gäng") in found
    assert ("ACTIVE_IN", "kriminella gäng", "Björkhagen") in found


def test_gangs_as_where_young_people_end_up_are_no_actor() -> None:
    assert not read_text("Polisen vill minska rekryteringen till kriminella gäng.")


def test_police_action_on_a_gangs_members_counters_the_gang() -> None:
    found = read_text("Polisen kontrollerade under helgen ett trettiotal medlemmar i Bandidos MC.")
    assert ("COUNTERS", "Polisen", "Bandidos MC") in found
    assert not any(r[0] == "COUNTERS" for r in read_text("Polisen grep en man i Kvarnbo i går."))


def test_recruiting_the_young_to_gangs_speaks_of_gangs_in_general() -> None:
    assert not read_text("Skolan vill försvåra rekryteringen av barn till kriminella nätverk.")


def test_where_a_gang_roams_is_no_base() -> None:
    found = read_text("Kriminella grupper som rör sig i Flemingsberg skrämmer näringsidkarna i Huddinge.")
    assert not any(r[0] == "ESTABLISHED_IN" for r in found)


def test_the_agents_of_an_effort_against_a_gang_counter_it() -> None:
    found = read_text("Satsningen mot de kriminella nätverken i Hageby leds av polisen och Tullverket.")
    assert ("COUNTERS", "Polisen", "kriminella nätverk i Hageby") in found
    assert ("COUNTERS", "Tullverket", "kriminella nätverk i Hageby") in found


def test_a_gang_based_in_a_village_is_based_in_the_municipality_the_text_is_about() -> None:
    found = read_text(
        "Mora\n\nTrots att det gått ett år finns Outlaws kvar i sin klubbstuga i Lillbyn. "
        "Polisen i Mora är orolig."
    )
    assert ("ESTABLISHED_IN", "Outlaws MC", "Lillbyn") in found
    assert ("ESTABLISHED_IN", "Outlaws MC", "Mora") in found


def test_a_gang_based_in_a_district_of_another_municipality_is_not_based_in_the_home_one() -> None:
    found = read_text("Invånarna i Mora är oroliga. Outlaws har köpt en gård i Tensta.")
    assert ("ESTABLISHED_IN", "Outlaws MC", "Mora") not in found


def test_compounds_headed_by_gang_or_network_are_criminal_groups() -> None:
    found = read_text("Polisen har gripit flera medlemmar i kriminella ungdomsgäng i Västby.")
    assert ("COUNTERS", "Polisen", "kriminella ungdomsgäng") in found
    text = "Tullverket har satt press på narkotikanätverket i hamnen."
    assert ("COUNTERS", "Tullverket", "kriminella narkotikanätverk") in read_text(text)


def test_a_network_of_colleagues_or_a_youth_gang_in_general_is_no_criminal_group() -> None:
    text = "Kommunen deltar i ett arbetsnätverk för skolor. Fritidsgården har ett ungdomsgäng som spelar fotboll."
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    assert not [e for e in graph.entities if e.type is E.CRIMINAL_GROUP]


def test_breaking_and_weakening_a_group_counter_it() -> None:
    found = read_text("Polisen ska bryta de kriminella nätverkens inflytande i Västby.")
    assert ("COUNTERS", "Polisen", "kriminella nätverk") in found


def test_gang_criminals_as_a_collective_are_a_group_acted_against() -> None:
    found = read_text("Polisen och Tullverket ska gemensamt bekämpa de gängkriminella i Västby.")
    assert ("COUNTERS", "Polisen", "gängkriminella") in found
    assert ("COUNTERS", "Tullverket", "gängkriminella") in found


def test_the_agents_of_a_passive_counter_the_group() -> None:
    found = read_text("De kriminella nätverken i Västby ska bekämpas av polisen och Tullverket.")
    assert ("COUNTERS", "Polisen", "kriminella nätverk i Västby") in found
    assert ("COUNTERS", "Tullverket", "kriminella nätverk i Västby") in found


def test_inverted_subjects_of_a_fronted_fight_counter_the_group() -> None:
    found = read_text("I kampen mot de kriminella nätverken deltar Tullverket och Skatteverket.")
    assert ("COUNTERS", "Tullverket", "kriminella nätverk") in found
    assert ("COUNTERS", "Skatteverket", "kriminella nätverk") in found


def test_networks_established_in_areas_of_a_town_are_based_in_each_place_named() -> None:
    found = read_text(
        "Kriminella nätverk har etablerat sig i flera bostadsområden i Mora, bland annat i Tensta och Norrby."
    )
    based = {target for type_, _, target in found if type_ == "ESTABLISHED_IN"}
    assert {"Mora", "Tensta", "Norrby"} <= based


def test_a_gang_established_in_a_village_of_a_named_municipality_is_based_in_both() -> None:
    found = read_text("Under våren etablerade sig Outlaws MC i Västby i Mora kommun.")
    assert ("ESTABLISHED_IN", "Outlaws MC", "Västby") in found
    assert ("ESTABLISHED_IN", "Outlaws MC", "Mora") in found


def test_a_network_said_to_be_in_a_fronted_place_is_active_there() -> None:
    found = read_text("I Åby finns ett kriminellt nätverk som säljer narkotika.")
    assert ("ACTIVE_IN", "kriminella nätverk i Åby", "Åby") in found


def test_people_threatened_by_a_group_do_not_counter_it() -> None:
    found = read(
        "En avhoppare har ofta en hotbild mot sig från kriminella grupperingar.",
        [("avhoppare", E.GROUP, None), ("kriminella grupperingar", E.CRIMINAL_GROUP, None)],
    )
    assert not edges(found, R.COUNTERS)


def _criminal_groups(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.CRIMINAL_GROUP}


def test_a_network_said_to_be_active_in_a_town_in_the_singular() -> None:
    text = "Det kriminella nätverket som är verksamt i Mora har växt under året."
    assert _criminal_groups(text) == {"kriminella nätverk i Mora"}


def test_the_gang_named_by_its_district() -> None:
    assert _criminal_groups("Gänget i Norrby har sålt narkotika i flera år.") == {"kriminella gäng i Norrby"}


def test_the_club_in_a_text_about_an_mc_gang_is_the_gang() -> None:
    text = "Bandidos MC har köpt en gård i Lövby. Klubben flyttade in i våras."
    found = [(m.text, m.canonical) for m in find_document_mentions(text) if m.type == E.CRIMINAL_GROUP]
    assert ("Klubben", "Bandidos MC") in found


def test_a_sports_club_is_no_gang() -> None:
    assert _criminal_groups("Fotbollsklubben IFK Mora växer och klubben har många medlemmar.") == set()
