"""Relation patterns on sentences written for the tests, with mentions built by hand.

The entity side is not under test here: each sentence comes with its mentions (surface, type,
canonical name), so a failure points at the relation patterns.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from graph.model import EntityType as E
from graph.model import RelationType as R
from graph.model import entity_id
from loaders.evaluation import score
from loaders.language.text import split_sentences
from loaders.mentions.document import Mention
from loaders.reading.read import read_document
from loaders.relations.reader import FoundRelation, RelationContext, find_relations
from tests.loaders.relation_reading import Spec, edge, edges, mentions_of, read


def sentence(text: str, specs: list[Spec]) -> list[FoundRelation]:
    """The relations of one sentence read on its own (no context)."""
    return find_relations(text, 0, mentions_of(text, specs))


# ---------------------------------------------------------------------- collaboration


def test_collaboration_list_gives_an_edge_to_each_partner() -> None:
    text = "Socialtjänsten arbetar i samverkan med Botkyrka kommun, fritidsgårdar och Kriminalvården."
    found = sentence(
        text,
        [
            ("Socialtjänsten", E.MUNICIPAL_BODY, None),
            ("Botkyrka kommun", E.MUNICIPALITY, None),
            ("fritidsgårdar", E.GROUP, None),
            ("Kriminalvården", E.AGENCY, None),
        ],
    )
    assert {
        ("COLLABORATES_WITH", "Socialtjänsten", t)
        for t in ("Botkyrka kommun", "fritidsgårdar", "Kriminalvården")
    } <= edges(found)


def test_collaboration_is_only_between_actors() -> None:
    text = "Polisen samverkar med Stockholm och Rinkeby."
    found = sentence(
        text, [("Polisen", E.POLICE_UNIT, None), ("Stockholm", E.PLACE, None), ("Rinkeby", E.PLACE, None)]
    )
    assert not [f for f in found if f.type is R.COLLABORATES_WITH]


def test_samverkan_mellan_pairs_everyone() -> None:
    text = "Avtalet gäller samverkan mellan Malmö stad, Polisen och Tullverket."
    found = sentence(
        text,
        [
            ("Malmö stad", E.MUNICIPALITY, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Tullverket", E.AGENCY, None),
        ],
    )
    pairs = {
        frozenset((f.source.canonical, f.target.canonical)) for f in found if f.type is R.COLLABORATES_WITH
    }
    assert pairs == {
        frozenset(("Malmö stad", "Polisen")),
        frozenset(("Malmö stad", "Tullverket")),
        frozenset(("Polisen", "Tullverket")),
    }


def test_tillsammans_med_and_a_list_continued_in_the_next_sentence() -> None:
    text = (
        "Fältgruppen i Järfälla behöver samarbeta med flera aktörer. "
        "Det gäller framför allt skolor, bostadsbolag och idrottsföreningar."
    )
    found = read(
        text,
        [
            ("Fältgruppen i Järfälla", E.MUNICIPAL_BODY, None),
            ("skolor", E.GROUP, None),
            ("bostadsbolag", E.GROUP, None),
            ("idrottsföreningar", E.GROUP, None),
        ],
    )
    for partner in ("skolor", "bostadsbolag", "idrottsföreningar"):
        edge(found, R.COLLABORATES_WITH, "Fältgruppen i Järfälla", partner)


def test_joint_authors_after_av_run_the_initiative_named_before_and_work_together() -> None:
    text = (
        "Polisen och kommunen presenterade i dag Trygg i Fittja. "
        "Den är utformad av Botkyrka kommun, lokalpolisområde Botkyrka och Botkyrkabyggen."
    )
    found = read(
        text,
        [
            ("Trygg i Fittja", E.INITIATIVE, None),
            ("Botkyrka kommun", E.MUNICIPALITY, None),
            ("lokalpolisområde Botkyrka", E.POLICE_UNIT, "Lokalpolisområde Botkyrka"),
            ("Botkyrkabyggen", E.ORGANISATION, None),
        ],
    )
    authors = ("Botkyrka kommun", "Lokalpolisområde Botkyrka", "Botkyrkabyggen")
    for author in authors:
        edge(found, R.RUNS, author, "Trygg i Fittja")
    pairs = {
        frozenset((f.source.canonical, f.target.canonical)) for f in found if f.type is R.COLLABORATES_WITH
    }
    assert frozenset(("Botkyrka kommun", "Botkyrkabyggen")) in pairs
    assert frozenset(("Lokalpolisområde Botkyrka", "Botkyrkabyggen")) in pairs


# ---------------------------------------------------------------------- word order


def test_a_mention_after_a_preposition_is_not_the_subject() -> None:
    text = "På uppdrag av regeringen har Tullverket och Kustbevakningen tagit fram Operation Kusten."
    found = sentence(
        text,
        [
            ("regeringen", E.AGENCY, "Regeringen"),
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
            ("Operation Kusten", E.INITIATIVE, None),
        ],
    )
    assert {f.source.canonical for f in found if f.type is R.RUNS} == {"Tullverket", "Kustbevakningen"}


def test_fronted_verb_takes_its_subject_after_it() -> None:
    text = "I årets budget avsätter Region Skåne 4 miljoner kronor till Unga in."
    found = sentence(text, [("Region Skåne", E.MUNICIPALITY, None), ("Unga in", E.INITIATIVE, None)])
    funds = edge(found, R.FUNDS, "Region Skåne", "Unga in")
    assert funds.properties["amount_sek"] == 4_000_000
    assert funds.properties["status"] == "decided"


def test_a_shared_subject_carries_over_men() -> None:
    text = "Nätverket Shottaz har sin bas i Tensta men är även aktivt i Husby."
    found = sentence(
        text,
        [
            ("Nätverket Shottaz", E.CRIMINAL_GROUP, "Shottaz"),
            ("Tensta", E.PLACE, None),
            ("Husby", E.PLACE, None),
        ],
    )
    edge(found, R.ESTABLISHED_IN, "Shottaz", "Tensta")
    edge(found, R.ACTIVE_IN, "Shottaz", "Husby")


# ---------------------------------------------------------------------- each relation type


def test_established_in_with_places_listed_after_a_colon() -> None:
    text = "Två gäng har etablerat sig i Göteborg: i Hjällbo och Hammarkullen."
    found = sentence(
        text,
        [
            ("Två gäng", E.CRIMINAL_GROUP, "gäng i Göteborg"),
            ("Göteborg", E.PLACE, None),
            ("Hjällbo", E.PLACE, None),
            ("Hammarkullen", E.PLACE, None),
        ],
    )
    assert {f.target.canonical for f in found if f.type is R.ESTABLISHED_IN} == {
        "Göteborg",
        "Hjällbo",
        "Hammarkullen",
    }


def test_active_in_from_presence() -> None:
    text = "Sedan i somras har Rosengårdspolisen ökat sin närvaro i Rosengård."
    found = sentence(text, [("Rosengårdspolisen", E.POLICE_UNIT, None), ("Rosengård", E.PLACE, None)])
    edge(found, R.ACTIVE_IN, "Rosengårdspolisen", "Rosengård")


def test_funds_proposed_in_a_budget_motion_by_the_signing_party() -> None:
    text = (
        "Motion om trygghet\n\n"
        "I vårt budgetalternativ lägger vi 3,5 mnkr på att inrätta en nattvandrarfond.\n\n"
        "För Moderaterna\n\nKarin Ek"
    )
    found = read(
        text,
        [
            ("nattvandrarfond", E.INITIATIVE, None),
            ("Moderaterna", E.POLITICAL_PARTY, None),
            ("Karin Ek", E.PERSON, None),
        ],
    )
    edge(found, R.PROPOSES, "Moderaterna", "nattvandrarfond")
    edge(found, R.MEMBER_OF, "Karin Ek", "Moderaterna")


def test_funds_by_a_decision_is_decided_and_a_proposal_is_proposed() -> None:
    decided = sentence(
        "Kommunstyrelsen beslutade att avsätta 500 000 kronor till Sommarlovsentreprenörer.",
        [("Kommunstyrelsen", E.MUNICIPAL_BODY, None), ("Sommarlovsentreprenörer", E.INITIATIVE, None)],
    )
    assert edge(decided, R.FUNDS, "Kommunstyrelsen", "Sommarlovsentreprenörer").properties == {
        "status": "decided",
        "amount_sek": 500_000,
    }
    proposed = sentence(
        "Liberalerna föreslår att kommunen avsätter 2 miljoner kronor till Fältgruppen.",
        [
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("kommunen", E.MUNICIPALITY, "Lunds kommun"),
            ("Fältgruppen", E.INITIATIVE, None),
        ],
    )
    assert edge(proposed, R.FUNDS, "Lunds kommun", "Fältgruppen").properties["status"] == "proposed"


def test_passive_funding_takes_the_agent_after_av() -> None:
    text = "Projektet Framtid Fittja finansieras av Allmänna arvsfonden och drivs av Röda Korset."
    found = sentence(
        text,
        [
            ("Projektet Framtid Fittja", E.INITIATIVE, None),
            ("Allmänna arvsfonden", E.AGENCY, None),
            ("Röda Korset", E.ORGANISATION, None),
        ],
    )
    edge(found, R.FUNDS, "Allmänna arvsfonden", "Projektet Framtid Fittja")
    edge(found, R.RUNS, "Röda Korset", "Projektet Framtid Fittja")
    assert not [f for f in found if f.type is R.FUNDS and f.source.canonical == "Röda Korset"]


def test_runs_from_a_decision_to_adopt() -> None:
    text = "Kommunfullmäktige i Eskilstuna har beslutat att anta ett nytt trygghetsprogram."
    found = sentence(
        text,
        [
            ("Kommunfullmäktige i Eskilstuna", E.MUNICIPAL_BODY, None),
            ("trygghetsprogram", E.INITIATIVE, None),
        ],
    )
    edge(found, R.RUNS, "Kommunfullmäktige i Eskilstuna", "trygghetsprogram")


def test_membership_cues_follow_the_types_of_the_ends() -> None:
    found = sentence(
        "Sommarpatrullen är en del av Trygg sommar.",
        [("Sommarpatrullen", E.INITIATIVE, None), ("Trygg sommar", E.INITIATIVE, None)],
    )
    edge(found, R.PART_OF, "Sommarpatrullen", "Trygg sommar")
    found = sentence(
        "Bland de myndigheter som ingår i Samverkan Syd finns Tullverket och Kronofogden.",
        [
            ("Samverkan Syd", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Kronofogden", E.AGENCY, None),
        ],
    )
    edge(found, R.PARTICIPATES_IN, "Tullverket", "Samverkan Syd")
    edge(found, R.PARTICIPATES_IN, "Kronofogden", "Samverkan Syd")


def test_counters_is_shared_with_the_partner_of_the_sentence() -> None:
    text = "Tack vare samarbetet med Tullverket kunde polisen slå ut Hells Angels i Ystad."
    found = sentence(
        text,
        [
            ("Tullverket", E.AGENCY, None),
            ("polisen", E.POLICE_UNIT, "Polisen"),
            ("Hells Angels", E.CRIMINAL_GROUP, "Hells Angels MC"),
            ("Ystad", E.PLACE, None),
        ],
    )
    edge(found, R.COUNTERS, "Polisen", "Hells Angels MC")


def test_member_of_from_a_party_letter_and_works_for_from_a_role() -> None:
    text = "– Vi ser resultat, säger Maria Lind (V), ordförande i socialnämnden."
    found = sentence(
        text, [("Maria Lind", E.PERSON, None), ("socialnämnden", E.MUNICIPAL_BODY, "Socialnämnden")]
    )
    edge(found, R.MEMBER_OF, "Maria Lind", "Vänsterpartiet")
    assert edge(found, R.WORKS_FOR, "Maria Lind", "Socialnämnden").properties == {"role": "ordförande"}


def test_municipal_office_means_the_documents_municipality() -> None:
    text = (
        "Uppsala kommun inför en ny trygghetsplan. "
        "– Planen behövs, säger Erik Holm (KD), kommunalråd med ansvar för trygghet.\n\n"
        "För mer information kontakta:\n\nSara Berg\n\npressekreterare på Uppsala kommun"
    )
    found = read(
        text,
        [
            ("Uppsala kommun", E.MUNICIPALITY, None),
            ("Erik Holm", E.PERSON, None),
            ("Sara Berg", E.PERSON, None),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Erik Holm", "Uppsala kommun").properties == {"role": "kommunalråd"}
    edge(found, R.MEMBER_OF, "Erik Holm", "Kristdemokraterna")
    assert edge(found, R.WORKS_FOR, "Sara Berg", "Uppsala kommun").properties == {"role": "pressekreterare"}


def test_hierarchy_from_public_facts() -> None:
    text = (
        "Polisen och Malmö stad samverkar i Rosengård. Lokalpolisområde Malmö Söder har en ny chef. "
        "Arbetet följs av socialnämnden. Ett nytt café har öppnat i Rosengårds centrum i Malmö."
    )
    found = read(
        text,
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Malmö stad", E.MUNICIPALITY, None),
            ("Rosengårds centrum", E.PLACE, None),
            ("Rosengård", E.PLACE, None),
            ("Lokalpolisområde Malmö Söder", E.POLICE_UNIT, None),
            ("socialnämnden", E.MUNICIPAL_BODY, "Socialnämnden"),
            ("Malmö", E.PLACE, None),
        ],
    )
    edge(found, R.PART_OF, "Lokalpolisområde Malmö Söder", "Polisen")
    edge(found, R.PART_OF, "Socialnämnden", "Malmö stad")
    edge(found, R.LOCATED_IN, "Rosengård", "Malmö")
    edge(found, R.LOCATED_IN, "Rosengårds centrum", "Rosengård")


# ---------------------------------------------------------------------- properties, limits


def test_a_dated_sentence_dates_its_relations() -> None:
    text = "Sedan 2018 samverkar Region Gävleborg med Polisen. Avtalet gäller för perioden 2022–2024."
    found = read(text, [("Region Gävleborg", E.MUNICIPALITY, None), ("Polisen", E.POLICE_UNIT, None)])
    collab = edge(found, R.COLLABORATES_WITH, "Region Gävleborg", "Polisen")
    assert collab.properties == {"valid_from": "2018-01-01"}


def test_new_year_is_read_against_the_document_date() -> None:
    text = "Black Cobra etablerade sig vid årsskiftet i Norrköping."
    found = read(
        text,
        [("Black Cobra", E.CRIMINAL_GROUP, None), ("Norrköping", E.PLACE, None)],
        date=dt.date(2023, 3, 2),
    )
    assert edge(found, R.ESTABLISHED_IN, "Black Cobra", "Norrköping").properties == {
        "valid_from": "2023-01-01"
    }


def test_confidences_are_probabilities() -> None:
    text = "Polisen driver Operation Rimfrost i samverkan med Tullverket och Kustbevakningen i Malmö."
    found = sentence(
        text,
        [
            ("Polisen", E.POLICE_UNIT, None),
            ("Operation Rimfrost", E.INITIATIVE, None),
            ("Tullverket", E.AGENCY, None),
            ("Kustbevakningen", E.AGENCY, None),
            ("Malmö", E.PLACE, None),
        ],
    )
    assert found
    assert all(0.0 <= f.confidence <= 1.0 for f in found)


def test_a_long_enumeration_is_capped() -> None:
    names = [f"Förening {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(200)]
    text = "Kommunen samverkar med " + ", ".join(names) + " och Polisen."
    specs: list[Spec] = [("Kommunen", E.MUNICIPALITY, "Täby kommun"), ("Polisen", E.POLICE_UNIT, None)]
    specs += [(n, E.ORGANISATION, None) for n in names]
    found = sentence(text, specs)
    assert 0 < len(found) <= 20


# ---------------------------------------------------------------------- the demo corpus


def test_relations_on_the_demo_corpus_with_its_annotated_actors(corpus_dir: Path, gold: dict) -> None:
    """Relation patterns alone: the gold actors found by name in the text, relations read from it."""
    surfaces = sorted(
        ((s, e) for e in gold["entities"] for s in {e["name"], *e.get("aliases", [])}),
        key=lambda x: -len(x[0]),
    )
    by_name = {e["name"]: e for e in gold["entities"]}
    relations = []
    for path in sorted(corpus_dir.glob("*.txt")):
        loaded = read_document(path)
        text = loaded.text
        found: list[Mention] = []
        for surface, e in surfaces:
            flags = 0 if len(surface) <= 3 else re.IGNORECASE
            pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?:s|:s)?(?!\w)", flags)
            found += [
                Mention(m.start(), m.end(), m.group(0), E(e["type"]), e["name"])
                for m in pattern.finditer(text)
            ]
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        mentions: list[Mention] = []
        for m in found:
            if not any(k.start < m.end and m.start < k.end for k in mentions):
                mentions.append(m)
        mentions.sort(key=lambda m: m.start)
        sentences = split_sentences(text)
        context = RelationContext(sentences, mentions, date=loaded.document.date)
        for s in sentences:
            for f in find_relations(
                s.text, s.start, [m for m in mentions if s.start <= m.start < s.end], context=context
            ):
                ends = [
                    by_name[m.canonical]["id"] if m.canonical in by_name else entity_id(m.type, m.canonical)
                    for m in (f.source, f.target)
                ]
                relations.append({"source": ends[0], "target": ends[1], "type": f.type.value})
    extracted = {"entities": gold["entities"], "relations": relations}
    report = score(json.loads(json.dumps(extracted)), gold)
    assert report.relations.overall.f1 >= 0.75, report.relations.missed


@pytest.mark.parametrize("type_", list(R))
def test_every_relation_type_has_a_reading(type_: R) -> None:
    """Each ontology type is produced by at least one of the sentences above (kept in sync here)."""
    samples = {
        R.COLLABORATES_WITH: (
            "Polisen samarbetar med Tullverket.",
            [("Polisen", E.POLICE_UNIT, None), ("Tullverket", E.AGENCY, None)],
        ),
        R.ESTABLISHED_IN: (
            "Bandidos har etablerat sig i Borås.",
            [("Bandidos", E.CRIMINAL_GROUP, None), ("Borås", E.PLACE, None)],
        ),
        R.ACTIVE_IN: (
            "Fryshuset arbetar i Husby.",
            [("Fryshuset", E.ORGANISATION, None), ("Husby", E.PLACE, None)],
        ),
        R.FUNDS: (
            "Brå finansierar Tryggare Gävle.",
            [("Brå", E.AGENCY, None), ("Tryggare Gävle", E.INITIATIVE, None)],
        ),
        R.PROPOSES: (
            "Vänsterpartiet föreslår Fritidsbanken.",
            [("Vänsterpartiet", E.POLITICAL_PARTY, None), ("Fritidsbanken", E.INITIATIVE, None)],
        ),
        R.RUNS: (
            "Polisen driver Operation Rimfrost.",
            [("Polisen", E.POLICE_UNIT, None), ("Operation Rimfrost", E.INITIATIVE, None)],
        ),
        R.PARTICIPATES_IN: (
            "Skatteverket deltar i Operation Rimfrost.",
            [("Skatteverket", E.AGENCY, None), ("Operation Rimfrost", E.INITIATIVE, None)],
        ),
        R.PART_OF: (
            "Nattvandringen är en del av Trygg sommar.",
            [("Nattvandringen", E.INITIATIVE, None), ("Trygg sommar", E.INITIATIVE, None)],
        ),
        R.LOCATED_IN: (
            "Vi bor i Hjällbo i Göteborg.",
            [("Hjällbo", E.PLACE, None), ("Göteborg", E.PLACE, None)],
        ),
        R.MEMBER_OF: ("Det säger Eva Ström (MP).", [("Eva Ström", E.PERSON, None)]),
        R.WORKS_FOR: (
            "Det säger Eva Ström, enhetschef på Kriminalvården.",
            [("Eva Ström", E.PERSON, None), ("Kriminalvården", E.AGENCY, None)],
        ),
        R.COUNTERS: (
            "Polisen bekämpar Hells Angels.",
            [("Polisen", E.POLICE_UNIT, None), ("Hells Angels", E.CRIMINAL_GROUP, None)],
        ),
    }
    text, specs = samples[type_]
    assert type_ in {f.type for f in sentence(text, specs)}


def test_negated_collaboration_is_no_relation() -> None:
    found = sentence(
        "Kommunen har inte samarbetat med Tullverket.",
        [("Kommunen", E.MUNICIPALITY, "Kalmar kommun"), ("Tullverket", E.AGENCY, None)],
    )
    assert not [f for f in found if f.type is R.COLLABORATES_WITH]


def test_a_relative_clause_is_about_its_antecedent_and_its_runner() -> None:
    text = (
        "Örebro kommun arbetar med Operation Trygg, som drivs tillsammans med Polisen och Region Örebro län."
    )
    found = read(
        text,
        [
            ("Örebro kommun", E.MUNICIPALITY, None),
            ("Operation Trygg", E.INITIATIVE, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("Region Örebro län", E.MUNICIPALITY, None),
        ],
    )
    edge(found, R.RUNS, "Örebro kommun", "Operation Trygg")
    edge(found, R.COLLABORATES_WITH, "Örebro kommun", "Polisen")
    edge(found, R.COLLABORATES_WITH, "Örebro kommun", "Region Örebro län")


def test_the_agent_of_a_passive_works_with_those_named_after_it() -> None:
    text = "Kartläggningen är framtagen av Norrköpings kommun i samarbete med Polisen."
    found = sentence(text, [("Norrköpings kommun", E.MUNICIPALITY, None), ("Polisen", E.POLICE_UNIT, None)])
    edge(found, R.COLLABORATES_WITH, "Norrköpings kommun", "Polisen")


def test_an_initiative_named_twice_and_then_referred_to() -> None:
    text = (
        "– Vi har inlett en särskild insats som vi kallar Operation Tranan, säger Olle Ek, kommunpolis i Kalmar. "
        "Projektet finansieras av Länsstyrelsen i Kalmar län."
    )
    text = "Lokalpolisområde Kalmar informerar.\n\n" + text
    found = read(
        text,
        [
            ("särskild insats", E.INITIATIVE, None),
            ("Operation Tranan", E.INITIATIVE, None),
            ("Olle Ek", E.PERSON, None),
            ("Länsstyrelsen i Kalmar län", E.AGENCY, None),
            ("Lokalpolisområde Kalmar", E.POLICE_UNIT, None),
        ],
    )
    assert edge(found, R.WORKS_FOR, "Olle Ek", "Lokalpolisområde Kalmar").properties == {
        "role": "kommunpolis"
    }
    edge(found, R.RUNS, "Lokalpolisområde Kalmar", "Operation Tranan")
    edge(found, R.FUNDS, "Länsstyrelsen i Kalmar län", "Operation Tranan")


def test_a_time_expression_dates_only_its_own_clause() -> None:
    text = "Insatsen pågår till och med december, säger Eva Lund, presstalesperson vid Polisregion Nord."
    found = read(
        text,
        [("Eva Lund", E.PERSON, None), ("Polisregion Nord", E.POLICE_UNIT, None)],
        date=dt.date(2023, 10, 3),
    )
    assert edge(found, R.WORKS_FOR, "Eva Lund", "Polisregion Nord").properties == {"role": "presstalesperson"}


def test_a_party_blog_post_makes_its_author_a_member() -> None:
    text = (
        "Tryggare Rinkeby nu\n\nInlägg av Sara Ek, 3 maj 2022\n\n"
        "Vi socialdemokrater vill inrätta en fältgrupp i Rinkeby. Det är dags att agera."
    )
    found = read(
        text,
        [("Sara Ek", E.PERSON, None), ("fältgrupp", E.INITIATIVE, None), ("Rinkeby", E.PLACE, None)],
    )
    edge(found, R.MEMBER_OF, "Sara Ek", "Socialdemokraterna")
    edge(found, R.PROPOSES, "Socialdemokraterna", "fältgrupp")
