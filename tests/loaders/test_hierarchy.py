"""Units inside their parents and places inside larger places: centres named after their town,
bodies named in the genitive of another body, committees of the municipality whose centre the
text names."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, edge, no_edge, read


def test_a_city_centre_named_after_a_town_ending_in_s() -> None:
    found = read(
        "Nattvandrarna syns ofta i Borås city på fredagarna.",
        [("Borås city", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Borås city", "Borås")


def test_a_centre_in_the_genitive() -> None:
    found = read(
        "Fler lampor sätts upp i Ludvikas centrum under hösten.",
        [("Ludvikas centrum", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Ludvikas centrum", "Ludvika")


def test_a_body_named_in_the_genitive_of_another() -> None:
    found = read(
        "Ärendet togs upp i socialnämndens arbetsutskott i förra veckan. Socialnämnden fattar beslut i maj.",
        [
            ("socialnämndens arbetsutskott", E.MUNICIPAL_BODY, "Socialnämndens arbetsutskott"),
            ("Socialnämnden", E.MUNICIPAL_BODY, None),
        ],
    )
    edge(found, R.PART_OF, "Socialnämndens arbetsutskott", "Socialnämnden")
    no_edge(found, R.PART_OF, "Socialnämnden", "Socialnämndens arbetsutskott")


def test_a_genitive_body_needs_its_owner_named() -> None:
    found = read(
        "Ärendet togs upp i socialnämndens arbetsutskott i förra veckan.",
        [("socialnämndens arbetsutskott", E.MUNICIPAL_BODY, "Socialnämndens arbetsutskott")],
    )
    no_edge(found, R.PART_OF, "Socialnämndens arbetsutskott", "Socialnämnden")


def test_committees_belong_to_the_municipality_whose_centre_is_named() -> None:
    found = read(
        "Fullmäktige vill se fler kameror i Ludvikas centrum. Tekniska nämnden får i uppdrag att ta fram en plan.",
        [
            ("Ludvikas centrum", E.PLACE, None),
            ("Tekniska nämnden", E.MUNICIPAL_BODY, None),
        ],
    )
    edge(found, R.PART_OF, "Tekniska nämnden", "Ludvika kommun")


def test_centres_of_two_towns_imply_no_municipality() -> None:
    found = read(
        "Kamerorna i Ludvikas centrum och Borås city har tagits ned. Tekniska nämnden ska utreda saken.",
        [
            ("Ludvikas centrum", E.PLACE, None),
            ("Borås city", E.PLACE, None),
            ("Tekniska nämnden", E.MUNICIPAL_BODY, None),
        ],
    )
    no_edge(found, R.PART_OF, "Tekniska nämnden")


def test_a_region_holds_the_towns_named_after_it() -> None:
    found = read(
        "I Västsverige har det under våren brunnit bilar i Borås, Alingsås och Trollhättan.",
        [
            ("Västsverige", E.PLACE, None),
            ("Borås", E.PLACE, None),
            ("Alingsås", E.PLACE, None),
            ("Trollhättan", E.PLACE, None),
        ],
    )
    for town in ("Borås", "Alingsås", "Trollhättan"):
        edge(found, R.LOCATED_IN, town, "Västsverige")


def test_a_county_holds_only_its_own_towns() -> None:
    found = read(
        "I Dalarnas län har polisen gjort tillslag i Ludvika och Borås.",
        [("Dalarnas län", E.PLACE, None), ("Ludvika", E.PLACE, None), ("Borås", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Ludvika", "Dalarnas län")
    no_edge(found, R.LOCATED_IN, "Borås", "Dalarnas län")


def test_a_district_comma_town() -> None:
    found = read(
        "Mötet hölls i Lingonbacken, Ludvika, förra tisdagen.",
        [("Lingonbacken", E.PLACE, None), ("Ludvika", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Lingonbacken", "Ludvika")


def test_a_list_of_towns_is_no_containment() -> None:
    found = read(
        "Polisen har förstärkt i Ludvika, Borås och Alingsås.",
        [("Ludvika", E.PLACE, None), ("Borås", E.PLACE, None), ("Alingsås", E.PLACE, None)],
    )
    no_edge(found, R.LOCATED_IN)


def test_a_town_compounded_with_district() -> None:
    found = read(
        "Boende i Ludvikastadsdelen Lingonbacken vill ha fler lampor.",
        [("Lingonbacken", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Lingonbacken", "Ludvika")


def test_a_place_before_a_list_of_towns_is_not_inside_the_first() -> None:
    found = read(
        "Kamerorna sitter i Lingonbacken, Ludvika och Borås.",
        [("Lingonbacken", E.PLACE, None), ("Ludvika", E.PLACE, None), ("Borås", E.PLACE, None)],
    )
    no_edge(found, R.LOCATED_IN)


def test_a_body_in_a_named_municipality() -> None:
    found = read(
        "Ludvika kommun och Borås stad delar erfarenheter. Socialtjänsten i Borås har anställt fler fältassistenter.",
        [
            ("Ludvika kommun", E.MUNICIPALITY, None),
            ("Borås stad", E.MUNICIPALITY, None),
            ("Socialtjänsten i Borås", E.MUNICIPAL_BODY, None),
        ],
    )
    edge(found, R.PART_OF, "Socialtjänsten i Borås", "Borås stad")
    no_edge(found, R.PART_OF, "Socialtjänsten i Borås", "Ludvika kommun")


def test_a_park_in_the_town_the_text_is_about() -> None:
    found = read(
        "Polisen i Ludvika har ökat närvaron i Ludvika. Bråket började i Folketsparken.",
        [
            ("Polisen i Ludvika", E.POLICE_UNIT, None),
            ("Ludvika", E.PLACE, None),
            ("Folketsparken", E.PLACE, None),
        ],
    )
    edge(found, R.LOCATED_IN, "Folketsparken", "Ludvika")


def test_a_place_described_as_a_district_of_a_town() -> None:
    found = read(
        "Insatsen gäller Lingonbacken, en stadsdel i norra Ludvika, och pågår hela sommaren.",
        [("Lingonbacken", E.PLACE, None), ("Ludvika", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Lingonbacken", "Ludvika")


def test_a_place_that_lies_in_another() -> None:
    found = read(
        "Lingonbacken ligger i västra Ludvika.",
        [("Lingonbacken", E.PLACE, None), ("Ludvika", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Lingonbacken", "Ludvika")


def test_a_region_made_of_counties() -> None:
    found = read(
        "Mellanregionen, som består av Dalarnas län, Gävleborgs län och Uppsala län, får ny chef.",
        [
            ("Mellanregionen", E.PLACE, None),
            ("Dalarnas län", E.PLACE, None),
            ("Gävleborgs län", E.PLACE, None),
            ("Uppsala län", E.PLACE, None),
        ],
    )
    for county in ("Dalarnas län", "Gävleborgs län", "Uppsala län"):
        edge(found, R.LOCATED_IN, county, "Mellanregionen")


def test_an_unknown_local_area_in_the_only_police_area_named() -> None:
    found = read(
        "Polisområde Dalarna har presenterat sina löften. Lokalpolisområde Västerdalarna-Nord ansvarar för arbetet.",
        [
            ("Polisområde Dalarna", E.POLICE_UNIT, None),
            ("Lokalpolisområde Västerdalarna-Nord", E.POLICE_UNIT, None),
        ],
    )
    edge(found, R.PART_OF, "Lokalpolisområde Västerdalarna-Nord", "Polisområde Dalarna")


def test_an_unknown_local_area_with_two_police_areas_named() -> None:
    found = read(
        "Polisområde Dalarna och Polisområde Gävleborg samarbetar. Lokalpolisområde Västerdalarna-Nord deltar.",
        [
            ("Polisområde Dalarna", E.POLICE_UNIT, None),
            ("Polisområde Gävleborg", E.POLICE_UNIT, None),
            ("Lokalpolisområde Västerdalarna-Nord", E.POLICE_UNIT, None),
        ],
    )
    no_edge(found, R.PART_OF, "Lokalpolisområde Västerdalarna-Nord", "Polisområde Dalarna")
    no_edge(found, R.PART_OF, "Lokalpolisområde Västerdalarna-Nord", "Polisområde Gävleborg")


def test_a_town_comma_its_landskap() -> None:
    found = read(
        "Konferensen hölls i Ludvika, Dalarna, och i Borås, Dalarna.",
        [("Ludvika", E.PLACE, None), ("Dalarna", E.PLACE, None), ("Borås", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Ludvika", "Dalarna")
    no_edge(found, R.LOCATED_IN, "Borås", "Dalarna")


def test_a_place_whose_name_says_where_it_is() -> None:
    found = read(
        "Gängets klubblokal i Gammelby brann ned i natt. Grannarna i Gammelby vaknade av larmet.",
        [
            ("Gängets klubblokal i Gammelby", E.PLACE, None),
            ("Gammelby", E.PLACE, None),
        ],
    )
    edge(found, R.LOCATED_IN, "Gängets klubblokal i Gammelby", "Gammelby")


def test_a_quoted_building_in_a_village() -> None:
    found = read(
        'Kommunen köpte "Ekvillan" i Norrås förra året.',
        [("Ekvillan", E.PLACE, None), ("Norrås", E.PLACE, None)],
    )
    edge(found, R.LOCATED_IN, "Ekvillan", "Norrås")


def test_the_centre_referred_back_to() -> None:
    found = read(
        "Polisen ökar närvaron i centrum.",
        [("centrum", E.PLACE, "Ludvikas centrum")],
    )
    edge(found, R.LOCATED_IN, "Ludvikas centrum", "Ludvika")


def test_places_listed_before_the_town_they_are_in() -> None:
    found = read(
        "Insatsen skedde i Västerås, i Norrbacka och på Söderäng i Hedemora.",
        [
            ("Norrbacka", E.PLACE, None),
            ("Söderäng", E.PLACE, None),
            ("Västerås", E.PLACE, None),
            ("Hedemora", E.PLACE, None),
        ],
    )
    edge(found, R.LOCATED_IN, "Norrbacka", "Hedemora")
    edge(found, R.LOCATED_IN, "Söderäng", "Hedemora")
    no_edge(found, R.LOCATED_IN, "Västerås", "Hedemora")  # a town is in no other town
