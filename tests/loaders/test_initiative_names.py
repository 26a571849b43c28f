"""Initiatives introduced by name, operations run by actors and measures in running text, on
sentences written for the tests."""

from __future__ import annotations

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import find_document_mentions


def initiatives(text: str) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == E.INITIATIVE}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kommunen driver projektet Unga vuxna tillsammans med Arbetsförmedlingen.", "Unga vuxna"),
        ("Projektet Nästa steg Dalarna fortsätter under hösten.", "Nästa steg Dalarna"),
        ("Satsningen Lugna gatan har pågått i två år.", "Lugna gatan"),
        ("Falu kommun startar en insats med namnet Trygg sommar i centrum.", "Trygg sommar i centrum"),
        ("Arbetet bedrivs sedan i våras under namnet Framtid Väst.", "Framtid Väst"),
        ("Polisen inledde en insats kallad Vinterljus i november.", "Vinterljus"),
        ('Föreningen driver projektet "Trygg i Borlänge" med stöd av kommunen.', "Trygg i Borlänge"),
        ("I satsningen Fritid för alla deltar tre föreningar.", "Fritid för alla"),
        ("Fritid för alla är ett treårigt projekt i Luleå.", "Fritid för alla"),
        ("Projektet heter Unga ledare och startar i mars.", "Unga ledare"),
    ],
)
def test_a_name_introduced_by_a_descriptor_or_a_cue_is_kept_whole(text: str, name: str) -> None:
    assert name in initiatives(text)


def test_a_name_ends_where_the_clause_goes_on() -> None:
    text = "Projektet Unga vuxna drivs av Örebro kommun. Projektet Trygg och säker i år blev lyckat."
    assert initiatives(text) == {"Unga vuxna", "Trygg och säker"}


def test_a_list_after_a_name_is_no_part_of_it() -> None:
    assert "Unga vuxna" in initiatives("Satsningen Unga vuxna och Arbetsförmedlingen samverkar.")


def test_naming_cues_about_people_or_places_name_no_initiative() -> None:
    text = "En man som heter Tiberius Ahlgren kom. Området som kallas Lyckan är lugnt. Det är ett projekt."
    assert not initiatives(text)


def test_a_named_initiative_used_again_later() -> None:
    text = "Kommunen driver projektet Nästa steg Dalarna. I år deltar 40 unga i Nästa steg Dalarna."
    mentions = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    assert {m.canonical for m in mentions} == {"Nästa steg Dalarna"}
    assert len(mentions) == 2


# --------------------------------------------------------------------------- operations and measures


def test_joint_operations_run_by_actors() -> None:
    text = (
        "Polisen, Skatteverket och kommunen genomförde en gemensam kontroll av restauranger i Gävle. "
        "Vid en samordnad insats greps två personer."
    )
    assert {"gemensam kontroll", "samordnad insats"} <= initiatives(text)


def test_a_special_event_is_the_polices_operation() -> None:
    text = (
        "Polisen i Uppsala har inrättat en särskild händelse efter skjutningarna. Händelsen inträffade sent."
    )
    assert initiatives(text) == {"särskild händelse"}


def test_unqualified_controls_events_and_work_are_no_initiatives() -> None:
    text = "Kontrollen visade brister. En händelse inträffade i går. Arbetet fortsätter och ett förstärkt arbete behövs."
    assert not initiatives(text)


def test_measures_in_running_text_when_qualified() -> None:
    text = "Borås stad satsar på förstärkt fältarbete och trygghetsvandringar i Hässleholmen."
    assert initiatives(text) == {"Borås förstärkta fältarbete", "trygghetsvandringar"}


def test_a_measure_named_as_an_example_is_no_initiative() -> None:
    text = "Pengarna kan gå till exempelvis trygghetsvandringar eller läxhjälp."
    assert not initiatives(text)


def test_a_capitalised_plan_with_its_complement_and_years_is_a_title() -> None:
    text = (
        "Förvaltningen har tagit fram Trygghetsplan för Vänersborg 2025. "
        "Nämnden antog också Handlingsplan mot våldsbejakande extremism 2025–2027."
    )
    assert initiatives(text) == {
        "Trygghetsplan för Vänersborg 2025",
        "Handlingsplan mot våldsbejakande extremism 2025–2027",
    }


def test_a_complement_ends_before_the_verb() -> None:
    assert initiatives("Handlingsplan mot skadegörelse antogs i maj.") == {"handlingsplan mot skadegörelse"}


def test_a_capitalised_collaboration_with_a_place_is_a_name() -> None:
    text = "Sedan i höstas medverkar även Kronofogden i Samverkan Bergslagen."
    assert initiatives(text) == {"Samverkan Bergslagen"}
    assert not initiatives("Arbetet sker i samverkan Polisen och kommunen emellan.")


def test_a_quoted_name_after_a_verb_that_runs_or_joins_it() -> None:
    text = (
        'Kommunen driver "Unga i jobb" med Arbetsförmedlingen. Föreningen deltar i ”Trygg på stan”. '
        'Arbetet sker inom ramen för "Tryggare Kalmar".'
    )
    assert initiatives(text) == {"Unga i jobb", "Trygg på stan", "Tryggare Kalmar"}


def test_quoted_speech_is_no_initiative() -> None:
    assert not initiatives('Hon leder laget och sa "Vi ska vinna" efter matchen.')


def test_an_operation_is_later_called_by_its_short_name() -> None:
    text = (
        "Polisen inledde i går Operation Vinterljus i Sundsvall. "
        "Inom ramen för Vinterljus har polisen gjort fler kontroller vid stationen."
    )
    found = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    later = text.index("Vinterljus har")
    assert any(m.start == later and m.canonical.startswith("Operation Vinterljus") for m in found)


def test_a_short_name_that_is_a_place_is_not_read_as_the_operation() -> None:
    text = "Polisen inledde Operation Sundsvall i höstas. Sundsvall är en stad vid kusten."
    found = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    assert all(m.start < text.index("Sundsvall är") for m in found)


def test_a_supine_before_a_measure_is_no_part_of_its_name() -> None:
    text = (
        "Polisen i Umeå har under hösten arrangerat trygghetsvandringar i Ersboda. "
        "Kommunen har ett förstärkt fältarbete i Ersboda."
    )
    names = initiatives(text)
    assert not any("arrangerat" in name for name in names)
    assert any(name.startswith("förstärkt fältarbete") for name in names)
