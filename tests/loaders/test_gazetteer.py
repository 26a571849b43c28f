"""The gazetteer data files and their loader."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from loaders.mentions.gazetteer import (
    GazetteerEntry,
    GazetteerError,
    load_gazetteer,
    read_list,
    read_table,
)

TSV_FILES = [
    "municipalities.tsv",
    "regions.tsv",
    "police.tsv",
    "agencies.tsv",
    "parties.tsv",
    "districts.tsv",
    "criminal_groups.tsv",
    "media.tsv",
]
LIST_FILES = [
    "first_names.txt",
    "group_nouns.txt",
    "common_words.txt",
    "population_nouns.txt",
    "audience_nouns.txt",
]
ONTOLOGY_TYPES = {
    "PoliceUnit",
    "Municipality",
    "MunicipalBody",
    "Agency",
    "PoliticalParty",
    "CriminalGroup",
    "Person",
    "Organisation",
    "Group",
    "Place",
    "Initiative",
}


def _text(filename: str) -> str:
    return (resources.files("loaders") / "data" / filename).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


# --------------------------------------------------------------------------- the files


@pytest.mark.parametrize("filename", TSV_FILES + LIST_FILES)
def test_every_file_starts_with_a_source_line(filename: str) -> None:
    lines = _text(filename).splitlines()
    assert lines[0].startswith("# source: ")
    assert len(lines[0]) > len("# source: ") + 10
    # at most one further comment line (the note), then data only
    assert not any(line.startswith("#") for line in lines[2:])


@pytest.mark.parametrize("filename", TSV_FILES)
def test_tsv_rows_have_no_more_fields_than_the_header(filename: str) -> None:
    lines = [line for line in _text(filename).splitlines() if not line.startswith("#")]
    width = len(lines[0].split("\t"))
    for line in lines[1:]:
        assert len(line.split("\t")) <= width, line
        for field in line.split("\t"):
            assert field == field.strip(), f"stray whitespace in {line!r}"
            assert "  " not in field, f"double space in {line!r}"


@pytest.mark.parametrize("filename", [f for f in TSV_FILES if f != "districts.tsv"])
def test_no_duplicate_names_within_a_file(filename: str) -> None:
    names = Counter(row["name"] for row in read_table(filename))
    assert [n for n, c in names.items() if c > 1] == []


def test_no_duplicate_districts_within_a_municipality() -> None:
    # the same district name may exist in two municipalities (Eriksberg, Haga, Sätra ...)
    keys = Counter((row["name"], row["municipality"]) for row in read_table("districts.tsv"))
    assert [k for k, c in keys.items() if c > 1] == []


@pytest.mark.parametrize("filename", LIST_FILES)
def test_no_duplicates_in_the_lists(filename: str) -> None:
    items = Counter(read_list(filename))
    assert [n for n, c in items.items() if c > 1] == []


def test_exactly_290_municipalities_with_unique_codes() -> None:
    rows = read_table("municipalities.tsv")
    assert len(rows) == 290
    codes = [r["code"] for r in rows]
    assert len(set(codes)) == 290
    assert all(len(c) == 4 and c.isdigit() for c in codes)
    assert len({r["county"] for r in rows}) == 21
    by_name = {r["name"]: r for r in rows}
    assert by_name["Huddinge"]["org_name"] == "Huddinge kommun"
    assert by_name["Stockholm"]["org_name"] == "Stockholms stad"
    assert by_name["Göteborg"]["org_name"] == "Göteborgs stad"
    assert by_name["Malmö"]["org_name"] == "Malmö stad"
    assert by_name["Gotland"]["org_name"] == "Region Gotland"
    assert by_name["Upplands Väsby"]["code"] == "0114"
    assert by_name["Kiruna"]["county"] == "Norrbottens län"


def test_exactly_21_regions_one_per_county() -> None:
    rows = read_table("regions.tsv")
    assert len(rows) == 21
    counties = {r["county"] for r in read_table("municipalities.tsv")}
    assert {r["county"] for r in rows} == counties


def test_every_district_municipality_exists() -> None:
    municipalities = {r["name"] for r in read_table("municipalities.tsv")}
    rows = read_table("districts.tsv")
    assert len(rows) >= 400
    assert sorted({r["municipality"] for r in rows} - municipalities) == []
    # a district is never named exactly like a municipality (that would be two Places of one name)
    assert sorted({r["name"] for r in rows} & municipalities) == []


def test_district_police_statuses() -> None:
    rows = read_table("districts.tsv")
    assert {r["police_list"] for r in rows} <= {"", "utsatt", "riskområde", "särskilt utsatt"}
    status = {(r["name"], r["municipality"]): r["police_list"] for r in rows}
    assert status[("Rinkeby", "Stockholm")] == "särskilt utsatt"
    assert status[("Rosengård", "Malmö")] == "särskilt utsatt"
    assert status[("Hjällbo", "Göteborg")] == "särskilt utsatt"
    assert status[("Biskopsgården", "Göteborg")] in {"utsatt", "riskområde", "särskilt utsatt"}
    assert status[("Östberga", "Stockholm")] == ""  # removed from the list in 2023


def test_every_police_parent_exists() -> None:
    rows = read_table("police.tsv")
    names = {r["name"] for r in rows}
    assert {r["level"] for r in rows} <= {
        "myndighet",
        "nationell",
        "region",
        "polisomrade",
        "lokalpolisomrade",
    }
    roots = [r for r in rows if not r["parent"]]
    assert [r["name"] for r in roots] == ["Polisen"]
    for row in rows:
        if row["parent"]:
            assert row["parent"] in names, row
    assert len([r for r in rows if r["level"] == "region"]) == 7
    parent_level = {r["name"]: r["level"] for r in rows}
    for row in rows:
        if row["level"] == "lokalpolisomrade":
            assert parent_level[row["parent"]] == "polisomrade", row
        if row["level"] == "polisomrade":
            assert parent_level[row["parent"]] == "region", row


def test_every_agency_parent_exists() -> None:
    rows = read_table("agencies.tsv")
    assert len(rows) >= 100
    names = {r["name"] for r in rows}
    assert sorted({r["parent"] for r in rows if r["parent"]} - names) == []
    assert sum(r["name"].startswith("Länsstyrelsen i ") for r in rows) == 21


def test_parties_and_other_sizes() -> None:
    parties = read_table("parties.tsv")
    # Riksdag parties by their letter; alliances of parties ('Allianspartierna') have none.
    assert sorted(r["letter"] for r in parties if r["letter"]) == sorted(
        ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
    )
    assert len(read_table("media.tsv")) >= 80
    assert {r["kind"] for r in read_table("criminal_groups.tsv")} <= {"mc", "network", "gang"}
    assert len(read_list("group_nouns.txt")) >= 80
    assert all(n == n.lower() for n in read_list("group_nouns.txt"))
    assert len(read_list("first_names.txt")) >= 1000


# --------------------------------------------------------------------------- the gazetteer


def test_types_are_ontology_types(gaz) -> None:
    assert {e.type for e in gaz.entries} <= ONTOLOGY_TYPES
    assert all(isinstance(e, GazetteerEntry) for e in gaz.entries)


def test_municipality_and_place_are_two_entries(gaz) -> None:
    place = gaz.lookup("Huddinge")
    org = gaz.lookup("Huddinge kommun")
    assert [e.type for e in place] == ["Place"]
    assert [e.type for e in org] == ["Municipality"]
    assert place[0] != org[0]
    assert org[0].parent == "Huddinge"
    assert gaz.parent_of(org[0]) == place[0]
    assert org[0].attribute("code") == "0126"
    assert len(gaz.by_type("Municipality")) == 290 + 20  # Region Gotland is both


def test_stad_municipalities_take_kommun_aliases(gaz) -> None:
    (malmo,) = gaz.lookup("Malmö stad")
    assert malmo.type == "Municipality"
    assert gaz.lookup("Malmö kommun") == [malmo]
    assert gaz.lookup("stockholms kommun")[0].name == "Stockholms stad"
    assert gaz.lookup("Salem kommun")[0].name == "Salems kommun"


def test_municipalities_take_an_s_genitive_after_a_vowel_too(gaz) -> None:
    assert [e.name for e in gaz.lookup("Umeås kommun")] == ["Umeå kommun"]
    assert [e.name for e in gaz.lookup("Gävles kommun")] == ["Gävle kommun"]
    assert [e.name for e in gaz.lookup("Umeå kommun")] == ["Umeå kommun"]


def test_regions_are_municipality_type(gaz) -> None:
    (vgr,) = gaz.lookup("Region Västra Götaland")
    assert vgr.name == "Västra Götalandsregionen"
    assert vgr.type == "Municipality"
    (gotland,) = gaz.lookup("Gotlands kommun")
    assert gotland.name == "Region Gotland"
    assert gaz.lookup("Region Gotland") == [gotland]


def test_short_abbreviations_match_case_sensitively(gaz) -> None:
    (sis,) = gaz.lookup("SiS")
    assert sis.type == "Agency"
    assert sis.name == "Statens institutionsstyrelse"
    assert gaz.lookup("sis") == []
    assert gaz.lookup("Brå")[0].name == "Brottsförebyggande rådet"
    assert gaz.lookup("s") == []
    assert gaz.lookup("S")[0].name == "Socialdemokraterna"


def test_long_surfaces_match_case_insensitively(gaz) -> None:
    assert gaz.lookup("kriminalvården")[0].name == "Kriminalvården"
    assert gaz.lookup("  Statens   institutionsstyrelse ")[0].type == "Agency"
    assert gaz.lookup("kriminalvården", case_sensitive=True) == []


def test_party_by_letter(gaz) -> None:
    kd = gaz.party_by_letter("KD")
    assert kd is not None
    assert kd.name == "Kristdemokraterna"
    assert kd.type == "PoliticalParty"
    assert kd.attribute("letter") == "KD"
    assert gaz.lookup("KD") == [kd]
    assert gaz.party_by_letter("L").name == "Liberalerna"
    assert gaz.lookup("Folkpartiet")[0].name == "Liberalerna"
    assert gaz.party_by_letter("X") is None


def test_police_units(gaz) -> None:
    (root,) = gaz.lookup("Polismyndigheten")
    assert root.name == "Polisen"
    assert root.type == "PoliceUnit"
    assert root.parent is None
    (noa,) = gaz.lookup("Noa")
    assert noa.parent == "Polisen"
    (lpo,) = gaz.lookup("Lokalpolisområde Södertälje")
    assert lpo.parent == "Polisområde Stockholm syd"
    assert gaz.lookup("Södertäljepolisen") == [lpo]
    # every unit climbs to the root
    for unit in gaz.by_type("PoliceUnit"):
        seen = 0
        while unit.parent:
            unit = gaz.parent_of(unit)
            seen += 1
            assert unit is not None and seen < 5
        assert unit.name == "Polisen"


def test_districts_are_places_under_their_municipality(gaz) -> None:
    (rinkeby,) = gaz.lookup("Rinkeby")
    assert rinkeby.type == "Place"
    assert rinkeby.parent == "Stockholm"
    assert rinkeby.attribute("police_list") == "särskilt utsatt"
    assert gaz.parent_of(rinkeby).name == "Stockholm"
    assert gaz.lookup("Seved")[0].name == "Södra Sofielund"
    assert {e.parent for e in gaz.lookup("Eriksberg")} >= {"Göteborg", "Uppsala"}


def test_other_types(gaz) -> None:
    assert gaz.lookup("Hells Angels")[0].type == "CriminalGroup"
    assert gaz.lookup("Bandidos MC")[0].attribute("kind") == "mc"
    assert gaz.lookup("Foxtrotnätverket")[0].name == "Foxtrot"
    assert gaz.lookup("SvD")[0].name == "Svenska Dagbladet"
    assert gaz.lookup("Radio Stockholm")[0].type == "Organisation"
    assert gaz.lookup("Säpo")[0].name == "Säkerhetspolisen"
    assert gaz.lookup("Länsstyrelsen Skåne")[0].name == "Länsstyrelsen i Skåne län"
    assert gaz.lookup("Stockholms län")[0].type == "Place"


def test_names_and_nouns(gaz) -> None:
    assert {"Anna", "Lars", "Mohammed", "Fatima", "Reza", "Jukka", "Zeynep"} <= gaz.first_names
    assert {"Bo", "Per", "Hans", "Inga"} <= gaz.ambiguous_first_names <= gaz.first_names
    assert {"näringsidkare", "fastighetsägare", "fältassistenter", "föräldrar"} <= gaz.group_nouns
    assert gaz.is_group_noun("Nattvandrare")
    assert {"barn", "unga", "invånare", "boende"} <= gaz.population_nouns <= gaz.group_nouns
    assert not {"fältassistenter", "trygghetsvärdar", "nattvandrare"} & gaz.population_nouns


def test_county_boards_in_every_usual_form(gaz) -> None:
    for surface in ("Länsstyrelsen Dalarna", "Länsstyrelsen i Dalarna", "Dalarnas länsstyrelse"):
        assert [e.name for e in gaz.lookup(surface)] == ["Länsstyrelsen i Dalarnas län"]


def test_every_municipality_takes_its_stad_name(gaz) -> None:
    assert [e.name for e in gaz.lookup("Sundsvalls stad") if e.type == "Municipality"] == [
        "Sundsvalls kommun"
    ]


def test_forms_differing_in_case_only_stay_when_the_data_lists_them(gaz) -> None:
    (red_cross,) = gaz.lookup("Röda korset")
    assert {"Röda korset", "Svenska röda korset"} <= set(red_cross.aliases)


def test_common_word_places_are_flagged(gaz) -> None:
    places = {e.name for e in gaz.by_type("Place")}
    assert sorted(gaz.common_words - places) == []
    (lund,) = gaz.lookup("Lund")
    assert lund.attribute("common_word") == "yes"
    assert gaz.lookup("Huddinge")[0].attribute("common_word") is None


def test_surfaces_cover_names_and_aliases(gaz) -> None:
    surfaces = gaz.surfaces()
    for entry in gaz.entries:
        for surface in entry.surfaces:
            assert entry in surfaces[surface]
    assert surfaces["SiS"][0].name == "Statens institutionsstyrelse"
    # a copy: changing it leaves the gazetteer alone
    surfaces["SiS"].clear()
    assert gaz.surfaces()["SiS"]


def test_loaded_once(gaz) -> None:
    assert load_gazetteer() is gaz


def test_a_file_without_source_line_is_rejected(monkeypatch) -> None:
    import loaders.mentions.gazetteer as module

    monkeypatch.setattr(module, "_read_text", lambda filename: "name\taliases\nX\t\n")
    with pytest.raises(GazetteerError):
        module.read_table("agencies.tsv")
