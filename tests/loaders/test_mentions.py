"""Mention rules, one test per rule, on Swedish sentences written for the tests."""

from __future__ import annotations

import dataclasses

import pytest

from graph.model import EntityType as E
from loaders.mentions.document import Mention, find_document_mentions, find_mentions


def found(text: str) -> set[tuple[E, str]]:
    return {(m.type, m.canonical) for m in find_document_mentions(text)}


def surfaces(text: str, type_: E) -> set[str]:
    return {m.text for m in find_document_mentions(text) if m.type == type_}


def names(text: str, type_: E) -> set[str]:
    return {m.canonical for m in find_document_mentions(text) if m.type == type_}


# --------------------------------------------------------------------------- the interface


def test_mention_is_a_frozen_dataclass_with_offsets_into_the_document() -> None:
    text = "Rubrik\n\nI dag besökte Kriminalvården skolan."
    (mention,) = [m for m in find_document_mentions(text) if m.type == E.AGENCY]
    assert text[mention.start : mention.end] == mention.text == "Kriminalvården"
    assert mention.canonical == "Kriminalvården"
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.text = "x"  # type: ignore[misc]
    assert {f.name for f in dataclasses.fields(Mention)} >= {"start", "end", "text", "type", "canonical"}


def test_find_mentions_reads_one_span_with_absolute_offsets() -> None:
    text = "Inledning. Skatteverket granskar deklarationerna."
    start = text.index("Skatteverket")
    mentions = find_mentions(text, start, len(text))
    assert [(m.start, m.canonical) for m in mentions] == [(start, "Skatteverket")]


# --------------------------------------------------------------------------- gazetteer names


def test_authorities_match_in_lower_case_and_in_the_genitive() -> None:
    text = "Ärendet har beretts av kriminalvården, polismyndigheten och Skatteverkets kontrollenhet."
    assert found(text) >= {
        (E.AGENCY, "Kriminalvården"),
        (E.POLICE_UNIT, "Polisen"),
        (E.AGENCY, "Skatteverket"),
    }


def test_short_abbreviations_match_only_with_their_case() -> None:
    assert (E.AGENCY, "Statens institutionsstyrelse") in found("Pojken placerades av SiS på ett hem.")
    assert not names("Det blev sis och så där med den saken.", E.AGENCY)


def test_place_names_that_are_common_words_need_a_place_preposition() -> None:
    assert not names("Mark i området ska säljas till en byggherre.", E.PLACE)
    assert "Mark" in names("Familjen flyttade sedan till Mark förra året.", E.PLACE)


def test_a_municipality_and_its_place_are_two_actors() -> None:
    text = "Västerås stad vill minska brotten i Västerås."
    assert found(text) >= {(E.MUNICIPALITY, "Västerås stad"), (E.PLACE, "Västerås")}


def test_countries_are_no_places() -> None:
    assert not names("Skjutningarna har ökat i Sverige men minskat i Norge.", E.PLACE)


def test_web_addresses_phone_numbers_and_email_are_never_read() -> None:
    text = "Kontakta Maria Ek på 070-123 45 67, maria.ek@goteborg.se eller se www.skatteverket.se."
    assert found(text) == {(E.PERSON, "Maria Ek")}


def test_the_longest_name_wins() -> None:
    text = "Polisregion Stockholm och Radio Stockholm rapporterade."
    assert names(text, E.PLACE) == set()
    assert found(text) >= {(E.POLICE_UNIT, "Polisregion Stockholm"), (E.ORGANISATION, "P4 Stockholm")}


# --------------------------------------------------------------------------- police


def test_the_local_police_is_the_police_area_of_the_documents_municipality() -> None:
    text = "Södertälje kommun har ett nära samarbete med lokalpolisen. Kommunen bidrar med fältassistenter."
    assert (E.POLICE_UNIT, "Lokalpolisområde Södertälje") in found(text)


def test_police_in_a_municipality_is_its_local_police_area() -> None:
    assert (E.POLICE_UNIT, "Lokalpolisområde Nacka") in found("Polisen i Nacka har gripit två män.")


def test_police_in_another_area_is_named_after_it_and_the_area_is_a_place() -> None:
    text = "Polisen i Norrort har förstärkt patrullerna."
    assert found(text) >= {(E.POLICE_UNIT, "Polisen i Norrort"), (E.PLACE, "Norrort")}


def test_police_named_by_a_place_compound() -> None:
    assert (E.POLICE_UNIT, "Falunpolisen") in found("Det bekräftar Falunpolisen under tisdagen.")


def test_a_police_team_needs_the_police_in_the_document() -> None:
    assert (E.POLICE_UNIT, "Narkotikagruppen") in found("Narkotikagruppen hos polisen har slagit till.")
    assert not names("Brottsgruppen i föreningen har möte i kväll.", E.POLICE_UNIT)


def test_police_level_names_beyond_the_gazetteer() -> None:
    assert (E.POLICE_UNIT, "Lokalpolisområde Ödeshög") in found("Det meddelar lokalpolisområde Ödeshög.")


# --------------------------------------------------------------------------- municipality and its bodies


def test_the_municipality_named_by_the_definite_form() -> None:
    text = "Järfälla kommun har antagit en ny plan. Kommunen samverkar med föreningarna."
    kommun = [m for m in find_document_mentions(text) if m.type == E.MUNICIPALITY]
    assert {m.canonical for m in kommun} == {"Järfälla kommun"}
    assert {m.text for m in kommun} == {"Järfälla kommun", "Kommunen"}


def test_kommunen_without_a_known_municipality_names_no_actor() -> None:
    assert not names("Kommunen har beslutat att stänga badet.", E.MUNICIPALITY)


def test_municipal_bodies_are_named_with_their_municipality() -> None:
    text = (
        "Tyresö kommun\n\nSocialnämnden och barn- och utbildningsnämnden har yttrat sig till kommunstyrelsen."
    )
    assert names(text, E.MUNICIPAL_BODY) == {
        "Socialnämnden i Tyresö",
        "Barn- och utbildningsnämnden i Tyresö",
        "Kommunstyrelsen i Tyresö",
    }


def test_a_municipal_body_without_a_municipality_keeps_its_own_name() -> None:
    assert names("Socialnämnden beslutade i går.", E.MUNICIPAL_BODY) == {"Socialnämnden"}


def test_a_district_body_carries_the_district_name() -> None:
    assert "Stadsdelsnämnden Skarpnäck" in names(
        "Det beslutade stadsdelsnämnden Skarpnäck i går.", E.MUNICIPAL_BODY
    )


def test_a_crime_prevention_council_and_its_abbreviation() -> None:
    text = "Eskilstunas brottsförebyggande råd (Ebrå) träffas i dag. Ebrå har bjudit in skolorna."
    council = [m for m in find_document_mentions(text) if m.type == E.MUNICIPAL_BODY]
    assert {m.canonical for m in council} == {"Eskilstunas brottsförebyggande råd"}
    assert {m.text for m in council} == {"Eskilstunas brottsförebyggande råd", "Ebrå"}


def test_municipalities_of_an_area_as_one_actor() -> None:
    assert (E.MUNICIPALITY, "Roslagskommunerna") in found("Samarbetet omfattar flera roslagskommuner.")


# --------------------------------------------------------------------------- authorities and parties


def test_authorities_by_suffix() -> None:
    assert (E.AGENCY, "Upphandlingsmyndigheten") in found("Det skriver Upphandlingsmyndigheten i en rapport.")
    assert not names("Nätverket träffas varje vecka.", E.AGENCY)


def test_fire_and_rescue_federations() -> None:
    text = "Avtalet tecknades med Gästriklands räddningstjänstförbund i fjol."
    assert (E.AGENCY, "Gästriklands räddningstjänstförbund") in found(text)


def test_party_letters_in_brackets() -> None:
    text = "Förslaget kom från Anna Berg (KD) och Omar Ali (MP)."
    assert found(text) >= {
        (E.POLITICAL_PARTY, "Kristdemokraterna"),
        (E.POLITICAL_PARTY, "Miljöpartiet de gröna"),
        (E.PERSON, "Anna Berg"),
        (E.PERSON, "Omar Ali"),
    }


def test_bare_capital_letters_are_no_parties() -> None:
    assert not names("Se bilaga C och punkt S i avtalet.", E.POLITICAL_PARTY)


# --------------------------------------------------------------------------- persons


def test_a_known_first_name_and_a_surname() -> None:
    assert names("Igår talade Lena Forsberg på mötet.", E.PERSON) == {"Lena Forsberg"}


def test_a_first_name_that_is_a_word_is_no_person_alone() -> None:
    assert not names("Hans bil brann i natt.", E.PERSON)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("– Det är ett steg framåt, säger Tiberius Ahlgren.", None),
        ("Det menar professor Tiberius Ahlgren vid universitetet.", "professor"),
        ("Tiberius Ahlgren (S), kommunalråd, är nöjd.", "kommunalråd"),
    ],
)
def test_an_unknown_first_name_with_a_cue(text: str, role: str | None) -> None:
    (person,) = [m for m in find_document_mentions(text) if m.type == E.PERSON]
    assert person.canonical == "Tiberius Ahlgren"
    assert person.role == role


def test_a_signature_line_under_a_party() -> None:
    text = "Vi yrkar bifall till motionen.\n\nFör Vänsterpartiet\n\nTiberius Ahlgren\n"
    assert (E.PERSON, "Tiberius Ahlgren") in found(text)


def test_a_person_named_once_in_full_then_by_first_name_or_surname() -> None:
    text = "Maria Ek leder arbetet. Ek säger att Marias team är nöjt."
    person = [m for m in find_document_mentions(text) if m.type == E.PERSON]
    assert {m.canonical for m in person} == {"Maria Ek"}
    assert {m.text for m in person} == {"Maria Ek", "Ek", "Marias"}


# --------------------------------------------------------------------------- initiatives


def test_initiatives_by_compound_head_nouns() -> None:
    text = "Kommunen inrättar en trygghetsfond och antar en handlingsplan. Fonden delar ut medel."
    assert names(text, E.INITIATIVE) == {"trygghetsfond", "handlingsplan"}


def test_an_initiative_takes_its_adjectives_and_its_mot_complement() -> None:
    text = "Polisen startar en riktad insats. Regionen antar en strategisk plan mot våld i nära relationer."
    assert names(text, E.INITIATIVE) == {"riktad insats", "strategisk plan mot våld i nära relationer"}


def test_plural_heads_are_activities_not_initiatives() -> None:
    assert not names("Vi behöver fler insatser och bättre planer för skolorna.", E.INITIATIVE)


def test_a_definite_head_alone_refers_back_or_is_dropped() -> None:
    assert not names("Planen presenteras i morgon.", E.INITIATIVE)
    text = "Nämnden antog en åtgärdsplan mot skadegörelse. Planen gäller i tre år."
    init = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    assert {m.canonical for m in init} == {"åtgärdsplan mot skadegörelse"}
    assert "Planen" in {m.text for m in init}


def test_compounds_that_are_things_are_no_initiatives() -> None:
    assert not names("Enligt detaljplanen ska en fotbollsplan byggas.", E.INITIATIVE)


def test_an_initiative_tied_to_a_place() -> None:
    assert names("Kommunen vill starta en avhopparverksamhet i Umeå.", E.INITIATIVE) == {
        "avhopparverksamhet i Umeå"
    }


def test_a_named_initiative_in_apposition_and_its_later_uses() -> None:
    text = "Kommunen driver sommarjobbssatsningen Ung Framtid. I år deltar 200 elever i Ung Framtid."
    init = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    assert {m.canonical for m in init} == {"Ung Framtid"}
    assert len(init) == 2


def test_a_capitalised_model_and_a_known_method() -> None:
    text = "Kommunen arbetar enligt Lindesbergsmodellen och har infört Sluta skjut."
    assert names(text, E.INITIATIVE) == {"Lindesbergsmodellen", "Sluta skjut"}


def test_citizen_promises_belong_to_the_municipality() -> None:
    text = "Kalmar kommun och polisen har tecknat nya medborgarlöften. Medborgarlöftena gäller 2024."
    assert names(text, E.INITIATIVE) == {"Kalmars medborgarlöften"}


# --------------------------------------------------------------------------- criminal groups


def test_an_mc_club_and_a_reference_back_to_it() -> None:
    text = "Gremium MC har köpt en fastighet. Kommunen vill få bort MC-klubben."
    crim = [m for m in find_document_mentions(text) if m.type == E.CRIMINAL_GROUP]
    assert {m.canonical for m in crim} == {"Gremium MC"}
    assert len(crim) == 2


def test_an_unnamed_network_tied_to_a_place() -> None:
    text = (
        "Två kriminella nätverk som är verksamma i Tensta bråkar. De kriminella nätverken säljer narkotika."
    )
    crim = [m for m in find_document_mentions(text) if m.type == E.CRIMINAL_GROUP]
    assert {m.canonical for m in crim} == {"kriminella nätverk i Tensta"}
    assert all(m.generic and m.head == "nätverk" for m in crim)
    assert len(crim) == 2


def test_an_unnamed_network_that_acts_in_a_place_is_named_by_it() -> None:
    text = "Kriminella nätverk rekryterar unga i Hageby. Kriminella gäng är ett problem i hela landet."
    assert names(text, E.CRIMINAL_GROUP) == {"kriminella nätverk i Hageby"}


def test_gangs_in_general_are_no_actor() -> None:
    assert not names("Skolan ska motverka rekryteringen till kriminella gäng.", E.CRIMINAL_GROUP)


def test_named_networks() -> None:
    assert (E.CRIMINAL_GROUP, "Alvikennätverket") in found("Polisen kopplar dådet till Alvikennätverket.")


# --------------------------------------------------------------------------- groups


def test_groups_in_a_collaboration_sentence_are_partners() -> None:
    text = "Polisen samverkar med fastighetsägare och fältsekreterare i området."
    assert names(text, E.GROUP) == {"fastighetsägare", "fältsekreterare"}


def test_a_group_mentioned_once_outside_collaboration_is_no_actor() -> None:
    assert not names("Många ungdomar var ute i helgen.", E.GROUP)


def test_a_group_the_text_keeps_speaking_of_is_an_actor() -> None:
    text = "Handlare i centrum är oroliga. Handlarna vill ha kameror. Flera handlare har fått hot."
    groups = [m for m in find_document_mentions(text) if m.type == E.GROUP]
    assert {m.canonical for m in groups} == {"handlare"}
    assert {m.text for m in groups} == {"Handlare", "Handlarna", "handlare"}


def test_a_list_that_continues_a_collaboration_sentence() -> None:
    text = "Vi måste samverka med fler. Det gäller inte minst med rektorer och trossamfund."
    assert names(text, E.GROUP) == {"rektorer", "trossamfund"}


# --------------------------------------------------------------------------- places


def test_a_town_centre_and_a_reference_back_to_it() -> None:
    text = "Polisen patrullerar i Tumba centrum. Butikerna i centrum stänger tidigt."
    places = [m for m in find_document_mentions(text) if m.type == E.PLACE]
    assert {m.canonical for m in places} == {"Tumba centrum"}
    assert {m.text for m in places} == {"Tumba centrum", "centrum"}


def test_a_centre_has_one_name_whether_written_in_the_genitive_or_not() -> None:
    assert names("Oroligheter i Jordbros centrum och Jordbro centrum.", E.PLACE) == {"Jordbro centrum"}
    assert names("Oroligheter i Flemingsbergs centrum och Flemingsberg centrum.", E.PLACE) == {
        "Flemingsbergs centrum"
    }


def test_bare_centrum_without_a_named_centre_is_no_place() -> None:
    assert not names("Vi ses i centrum i morgon.", E.PLACE)


def test_named_buildings_streets_and_squares() -> None:
    text = "Polisen grep honom vid Lyckovillan på Kvarnbacksvägen 4, nära Gullmarsplans torg."
    found = names(text, E.PLACE)
    assert {"Lyckovillan", "Kvarnbacksvägen"} <= found
    assert "Kvarnbacksvägen 4" not in found  # an address is no place: the street is


def test_an_unknown_capitalised_name_after_a_place_preposition() -> None:
    assert names("Bråket började i Vårbergsdalen sent i går.", E.PLACE) == {"Vårbergsdalen"}


def test_a_number_of_gangs_tied_to_a_place_without_the_adjective() -> None:
    text = "Konflikten mellan två gäng i Vivalla har trappats upp. Han tillhör ett gäng ungdomar i Tensta."
    assert names(text, E.CRIMINAL_GROUP) == {"kriminella gäng i Vivalla"}


def test_an_initiative_of_the_documents_municipality_carries_its_name() -> None:
    text = "Kiruna kommun inrättar en trygghetsfond. Fonden kan sökas av föreningar."
    fund = [m for m in find_document_mentions(text) if m.type == E.INITIATIVE]
    assert {m.canonical for m in fund} == {"Kirunas trygghetsfond"}
    assert {m.text for m in fund} == {"trygghetsfond", "Fonden"}


def test_an_initiative_named_with_its_owner() -> None:
    text = "Styrelsen har utvärderat Sundsvalls strategiska handlingsplan och kommunens trygghetsfond."
    assert names(text, E.INITIATIVE) == {"Sundsvalls strategiska handlingsplan", "Sundsvalls trygghetsfond"}


def test_a_national_initiative_is_not_the_municipalitys() -> None:
    text = "Mora kommun ansluter sig till ett nationellt avhopparprogram."
    assert names(text, E.INITIATIVE) == {"nationellt avhopparprogram"}


def test_named_operations_and_local_safety_campaigns() -> None:
    text = "Insats Gryning pågår i Ronna. Södertälje kommun driver Trygga Ronna tillsammans med Ronna IF."
    assert found(text) >= {
        (E.INITIATIVE, "Insats Gryning"),
        (E.INITIATIVE, "Trygga Ronna"),
        (E.ORGANISATION, "Ronna IF"),
    }


def test_a_foundation_is_no_campaign() -> None:
    assert names("Enligt Tryggare Sverige har oron ökat.", E.ORGANISATION) == {"Stiftelsen Tryggare Sverige"}


def test_local_newspapers_and_companies_beyond_the_gazetteer() -> None:
    text = "Enligt Lidingö Tidning har Lidingö Vatten och Avfall AB anlitat vakter."
    assert found(text) >= {
        (E.ORGANISATION, "Lidingö Tidning"),
        (E.ORGANISATION, "Lidingö Vatten och Avfall AB"),
    }
    assert not names("Posten delar ut brev på lördagar.", E.ORGANISATION)


def test_a_definite_network_tied_to_a_place_names_it_when_nothing_came_before() -> None:
    text = "Polisen menar att de kriminella nätverken i Hageby rekryterar barn."
    assert names(text, E.CRIMINAL_GROUP) == {"kriminella nätverk i Hageby"}


def test_associations_and_foundations() -> None:
    text = "Även Fittja Idrottsförening, Föreningen Fältarbetarna och Stiftelsen Fryshuset deltar."
    assert names(text, E.ORGANISATION) == {"Fittja Idrottsförening", "Föreningen Fältarbetarna", "Fryshuset"}


def test_a_network_tied_to_a_municipality_is_named_by_its_place() -> None:
    assert names("Det finns kriminella nätverk i Haninge kommun.", E.CRIMINAL_GROUP) == {
        "kriminella nätverk i Haninge"
    }
