"""Described efforts read as initiatives: an effort noun with an adjective of effort or a complement.

The sentences are made up for these tests.
"""

from __future__ import annotations

from graph.model import Document
from graph.model import EntityType as E
from loaders.extract import extract
from loaders.mentions.document import find_document_mentions
from loaders.mentions.effort_phrases import complement_after, is_effort_adjective
from loaders.reading.read import LoadedDocument


def initiatives(text: str) -> set[str]:
    return {m.text for m in find_document_mentions(text) if m.type == E.INITIATIVE}


def initiative_entities(text: str) -> dict[str, set[str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="t"), text=text))
    return {e.name: {e.name, *e.aliases} for e in graph.entities if e.type == E.INITIATIVE}


def test_a_complement_reads_a_coordinated_noun_phrase_up_to_the_clause() -> None:
    text = "ett arbete mot stöld och skadegörelse som pågår"
    assert complement_after(text, len("ett arbete"), len(text)) == "mot stöld och skadegörelse"
    text = "arbetet för ökad trygghet i den yttre miljön, sade hon"
    assert complement_after(text, len("arbetet"), len(text)) == "för ökad trygghet i den yttre miljön"
    text = "satsningen mot cykel- och mopedstölder fortsätter"
    assert complement_after(text, len("satsningen"), len(text)) == "mot cykel- och mopedstölder"


def test_a_complement_stops_before_a_name_and_is_dropped_when_cut_short() -> None:
    text = "arbetet mot snatteri i Norrby"
    assert complement_after(text, len("arbetet"), len(text)) == "mot snatteri"
    assert complement_after("en satsning för ett tryggare Norrby", len("en satsning"), 40) == ""
    assert complement_after("en plan för cirka fem år", len("en plan"), 30) == ""
    assert complement_after("arbetet med målgruppen", len("arbetet"), 30) == ""
    assert complement_after("insatsen för att minska brotten", len("insatsen"), 40) == ""


def test_the_years_after_a_complement_do_not_cut_it_short() -> None:
    text = "en handlingsplan för brottsförebyggande arbete 2025–2028"
    assert complement_after(text, len("en handlingsplan"), len(text)) == "för brottsförebyggande arbete"
    assert complement_after("en plan för cirka 2000 kronor", len("en plan"), 40) == ""


def test_adjectives_of_effort() -> None:
    assert all(map(is_effort_adjective, ["brottsförebyggande", "Trygghetsskapande", "myndighetsgemensamt"]))
    assert not any(map(is_effort_adjective, ["förstärkt", "stora", "bra"]))


def test_work_against_a_problem_is_an_initiative_and_work_alone_is_not() -> None:
    text = "Föreningen fortsätter sitt arbete mot nedskräpning och skadegörelse. Arbetet tar tid."
    assert initiatives(text) >= {"arbete mot nedskräpning och skadegörelse"}
    assert not initiatives("Arbetet tar tid och allt arbete kostar.")


def test_coordinated_adjectives_of_effort_make_an_initiative() -> None:
    text = "Nämnden ansvarar för det brottsförebyggande och trygghetsskapande arbetet i kommunen."
    assert "brottsförebyggande och trygghetsskapande arbetet" in initiatives(text)


def test_plural_measures_of_a_kind_are_initiatives() -> None:
    text = "Bolaget gör trygghetsskapande insatser. Vi behöver fler insatser och åtgärder."
    assert initiatives(text) == {"trygghetsskapande insatser"}


def test_collaboration_on_a_topic_is_an_initiative_and_between_partners_is_not() -> None:
    text = (
        "Skolan och fritidsgården inleder en samverkan mot mobbning. Samverkan mellan skola och hem är god."
    )
    assert initiatives(text) == {"samverkan mot mobbning"}
    assert not initiatives("Vi arbetar i samverkan med polisen och i samarbete med skolan.")


def test_an_infinitive_is_no_adjective_of_the_effort() -> None:
    text = "Kommunen ska bedriva brottsförebyggande arbete mot langning i skolorna."
    names = initiatives(text)
    assert names and not any("bedriva" in n for n in names)


def test_a_described_effort_in_a_place_carries_the_place_in_its_names() -> None:
    text = "Föreningen Gröna Gatan driver ett arbete mot nedskräpning i Norrby. Arbetet har gett resultat."
    found = initiative_entities(text)
    assert any("arbete mot nedskräpning i Norrby" in forms for forms in found.values()), found


def test_compound_effort_nouns_are_initiatives_in_the_plural_too() -> None:
    text = "Föreningen ordnar trygghetsvandringar och medborgardialoger. Pengarna kan gå till exempelvis nattvandringar."
    assert initiatives(text) == {"trygghetsvandringar", "medborgardialoger"}


def test_an_actor_inside_a_complement_stays_an_actor() -> None:
    text = "Polisen gjorde en riktad insats mot kriminella nätverk i Norrby."
    mentions = {m.text: m.type for m in find_document_mentions(text)}
    assert mentions.get("riktad insats") == E.INITIATIVE
    assert E.CRIMINAL_GROUP in mentions.values()


def runs(text: str) -> set[tuple[str, str]]:
    graph = extract(LoadedDocument(document=Document(id="d", title="t"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]) for r in graph.relations if r.type.value == "RUNS"}


def test_a_genitive_owner_runs_the_initiative() -> None:
    text = "Rapporten bygger på polisens trygghetsundersökning från i våras."
    assert ("Polisen", "trygghetsundersökning") in {(s, t.split()[-1]) for s, t in runs(text)}


def test_coordinated_genitive_owners_each_run_it() -> None:
    text = "Mora kommun och polisens gemensamma trygghetsvandringar fortsätter i höst."
    sources = {s for s, _ in runs(text)}
    assert {"Mora kommun", "Polisen"} <= sources


def test_the_municipality_a_genitive_names_runs_its_initiative() -> None:
    text = "Mora kommun har antagit en ny plan. Kommunens trygghetsundersökning visar att fler känner sig trygga."
    assert any(s == "Mora kommun" and "trygghetsundersökning" in t for s, t in runs(text))


def test_the_signatories_of_a_pact_run_the_initiatives_its_page_presents() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat nya medborgarlöften. "
        "Under året genomförs trygghetsvandringar i centrum. "
        "Rapporten bygger på Länsstyrelsens trygghetsundersökning."
    )
    found = runs(text)
    assert {("Mora kommun", "trygghetsvandringar"), ("Lokalpolisområde Mora", "trygghetsvandringar")} <= found
    assert not any("trygghetsundersökning" in t and s == "Mora kommun" for s, t in found)


def test_measures_named_by_their_noun_are_initiatives() -> None:
    text = "Nämnden vill ha fler ordningsvakter och kameraövervakning vid torget. En ordningsvakt skadades."
    assert initiatives(text) == {"fler ordningsvakter", "kameraövervakning"}


def test_a_measure_given_as_an_example_of_a_kind_is_none() -> None:
    text = "Situationell prevention som trygghetskameror och belysning hjälper, i form av exempelvis nattvandring."
    assert not initiatives(text)


def test_a_measure_that_an_effort_takes_the_form_of_is_one() -> None:
    text = "Polisens satsning i Noret omfattar ny teknik i form av kroppskameror."
    assert "kroppskameror" in initiatives(text)


def test_an_effort_for_a_group_keeps_the_group_and_its_full_name() -> None:
    text = "Mora kommun gör en satsning på fler fritidsledare för unga i riskzon."
    mentions = find_document_mentions(text)
    effort = [m for m in mentions if m.type == E.INITIATIVE]
    assert len(effort) == 1 and effort[0].canonical.endswith(
        "satsning på fler fritidsledare för unga i riskzon"
    )


def test_a_complement_may_be_directed_by_a_participle() -> None:
    text = "förebyggande åtgärder inriktade mot våld i skolan, sade hon"
    assert complement_after(text, len("förebyggande åtgärder"), len(text)) == "inriktade mot våld i skolan"


def test_a_described_effort_tied_to_a_place_is_named_with_it() -> None:
    text = "Arbetet mot narkotikahandeln i Gränby fortsätter."
    assert initiative_entities(text).keys() == {"arbetet mot narkotikahandeln i Gränby"}


def test_a_medborgarlöfte_in_the_singular_is_the_pact() -> None:
    text = "Mora kommun och lokalpolisområde Mora har tecknat ett nytt medborgarlöfte."
    assert {
        ("Mora kommun", "Moras medborgarlöften"),
        ("Lokalpolisområde Mora", "Moras medborgarlöften"),
    } <= runs(text)


def test_coordinated_runners_each_run_the_initiative() -> None:
    text = "Mora kommun och Polisen kommer under 2024 att fortsätta det brottsförebyggande arbetet i Norrby."
    sources = {s for s, t in runs(text) if "brottsförebyggande" in t}
    assert sources == {"Mora kommun", "Polisen"}


def test_the_actor_in_whose_regi_an_initiative_is_runs_it() -> None:
    text = "Trygghetsvandringarna i Norrby genomförs i Mora kommuns regi."
    assert any(s == "Mora kommun" and t.startswith("trygghetsvandringar") for s, t in runs(text))


def test_those_who_stand_behind_an_initiative_run_it_in_either_order() -> None:
    text = "Bakom den nya satsningen mot bostadsinbrott står Mora kommun och Polisen."
    assert {s for s, _ in runs(text)} == {"Mora kommun", "Polisen"}
    assert not runs("Polisen står utanför satsningen mot bostadsinbrott.")
