"""Proposing initiatives: lists of demands under a proposing line, 'yrkar bifall till',
'lägger fram förslag om'; no proposal in 'yrkar avslag' or 'yrkar återremiss'."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_bulleted_demands_of_a_named_party() -> None:
    text = (
        "Trygghet i Eskilstuna\n\n"
        "Moderaterna i Eskilstuna kräver:\n"
        "- En kommunal trygghetsfond.\n"
        "- Att Fältgruppen City förstärks.\n"
        "- Fler ordningsvakter i centrum.\n\n"
        "Vi hoppas på brett stöd."
    )
    found = read(
        text,
        [
            ("Moderaterna i Eskilstuna", E.POLITICAL_PARTY, "Moderaterna"),
            ("kommunal trygghetsfond", E.INITIATIVE, "trygghetsfond"),
            ("Fältgruppen City", E.INITIATIVE, None),
            ("ordningsvakter", E.GROUP, None),
        ],
    )
    edge(found, R.PROPOSES, "Moderaterna", "trygghetsfond")
    edge(found, R.PROPOSES, "Moderaterna", "Fältgruppen City")
    no_edge(found, R.PROPOSES, target="ordningsvakter")


def test_numbered_demands_of_we_are_the_signing_party() -> None:
    text = (
        "Motion om ett tryggare Borås\n\n"
        "Vi vill:\n"
        "1) inrätta ett lokalt brottsförebyggande råd,\n"
        "2) starta Nattvandrarna Norrby,\n"
        "3) ge Fritidsbanken Borås 400 000 kronor per år.\n\n"
        "För Vänsterpartiet\n\nLisa Ek"
    )
    found = read(
        text,
        [
            ("lokalt brottsförebyggande råd", E.INITIATIVE, "brottsförebyggande råd"),
            ("Nattvandrarna Norrby", E.INITIATIVE, None),
            ("Fritidsbanken Borås", E.INITIATIVE, None),
            ("Vänsterpartiet", E.POLITICAL_PARTY, None),
            ("Lisa Ek", E.PERSON, None),
        ],
    )
    for initiative in ("brottsförebyggande råd", "Nattvandrarna Norrby", "Fritidsbanken Borås"):
        edge(found, R.PROPOSES, "Vänsterpartiet", initiative)
    funds = edge(found, R.FUNDS, "Vänsterpartiet", "Fritidsbanken Borås")
    assert funds.properties == {"status": "proposed", "amount_sek": 400_000}


def test_att_clauses_after_yrkar_vi() -> None:
    text = (
        "Med anledning av ovanstående yrkar vi\n\n"
        "att kommunen inrättar en avhopparverksamhet\n\n"
        "att kommunstyrelsen får i uppdrag att ta fram en trygghetsplan\n\n"
        "Kristdemokraterna i Kungsbacka"
    )
    found = read(
        text,
        [
            ("avhopparverksamhet", E.INITIATIVE, None),
            ("trygghetsplan", E.INITIATIVE, None),
            ("Kristdemokraterna i Kungsbacka", E.POLITICAL_PARTY, "Kristdemokraterna"),
        ],
    )
    edge(found, R.PROPOSES, "Kristdemokraterna", "avhopparverksamhet")
    edge(found, R.PROPOSES, "Kristdemokraterna", "trygghetsplan")


def test_yrkar_bifall_is_a_proposal_by_the_speaker_and_the_party() -> None:
    found = read(
        "Anna Ek (C) yrkar bifall till motionen om en nattvandrarfond.",
        [("Anna Ek", E.PERSON, None), ("nattvandrarfond", E.INITIATIVE, None)],
    )
    edge(found, R.PROPOSES, "Anna Ek", "nattvandrarfond")
    edge(found, R.PROPOSES, "Centerpartiet", "nattvandrarfond")


def test_lagger_fram_forslag_om() -> None:
    found = read(
        "Socialdemokraterna i Sollentuna lägger fram ett förslag om en fältgrupp för unga.",
        [
            ("Socialdemokraterna i Sollentuna", E.POLITICAL_PARTY, "Socialdemokraterna"),
            ("fältgrupp för unga", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PROPOSES, "Socialdemokraterna", "fältgrupp för unga")


def test_no_proposal_in_a_motion_to_reject_or_to_refer_back() -> None:
    found = read(
        "Lars Ek (M) yrkar avslag på motionen om en trygghetsfond. "
        "Sverigedemokraterna yrkar återremiss av ärendet om Medborgarlöfte Tyresö.",
        [
            ("Lars Ek", E.PERSON, None),
            ("trygghetsfond", E.INITIATIVE, None),
            ("Sverigedemokraterna", E.POLITICAL_PARTY, None),
            ("Medborgarlöfte Tyresö", E.INITIATIVE, None),
        ],
    )
    no_edge(found, R.PROPOSES)


def test_a_demand_to_start_something_somewhere_is_not_activity_there() -> None:
    found = read(
        "Liberalerna vill införa en fältgrupp i Tensta.",
        [
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("fältgrupp", E.INITIATIVE, None),
            ("Tensta", E.PLACE, None),
        ],
    )
    edge(found, R.PROPOSES, "Liberalerna", "fältgrupp")
    no_edge(found, R.ACTIVE_IN)


def test_yrkar_bifall_till_forslaget_is_about_the_matter_named_before() -> None:
    text = (
        "§ 14 Trygghetsplan för Alingsås 2024\n\n"
        "Förvaltningen har tagit fram Trygghetsplan för Alingsås 2024.\n\n"
        "Yrkanden\n\n"
        "Karl Lund (C) yrkar bifall till förvaltningens förslag. Eva Öst (SD) yrkar avslag på förslaget."
    )
    found = read(
        text,
        [
            ("Trygghetsplan för Alingsås 2024", E.INITIATIVE, None),
            ("Karl Lund", E.PERSON, None),
            ("Eva Öst", E.PERSON, None),
        ],
    )
    edge(found, R.PROPOSES, "Centerpartiet", "Trygghetsplan för Alingsås 2024")
    no_edge(found, R.PROPOSES, "Eva Öst")
    no_edge(found, R.PROPOSES, "Sverigedemokraterna")


def test_a_list_of_what_was_done_is_no_list_of_demands() -> None:
    text = (
        "Kommunens satsningar under 2023:\n"
        "- Fältgruppen Norr har utökats.\n"
        "- Trygghetsvandringar i Gränby.\n\n"
        "Uppsala kommun"
    )
    found = read(
        text,
        [
            ("Fältgruppen Norr", E.INITIATIVE, None),
            ("Trygghetsvandringar", E.INITIATIVE, "trygghetsvandringar"),
            ("Gränby", E.PLACE, None),
            ("Uppsala kommun", E.MUNICIPALITY, None),
        ],
    )
    no_edge(found, R.PROPOSES)


def test_a_party_promise_is_its_proposal_and_an_authority_promise_is_not() -> None:
    found = read(
        "Liberalerna lovar fler fältassistenter i Ekby. Polisen lovar att genomföra trygghetsvandringar.",
        [
            ("Liberalerna", E.POLITICAL_PARTY, None),
            ("fler fältassistenter i Ekby", E.INITIATIVE, None),
            ("Polisen", E.POLICE_UNIT, None),
            ("trygghetsvandringar", E.INITIATIVE, None),
        ],
    )
    edge(found, R.PROPOSES, "Liberalerna", "fler fältassistenter i Ekby")
    no_edge(found, R.PROPOSES, source="Polisen")
