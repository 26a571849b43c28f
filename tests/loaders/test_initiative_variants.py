"""Surface variants of initiative names, kept as aliases."""

from graph.model import EntityType
from loaders.mentions.document import find_document_mentions
from loaders.mentions.initiative_variants import initiative_variants, years_after


def test_genitive_owner_gives_place_forms() -> None:
    found = initiative_variants(["Moras medborgarlöften"])
    assert {
        "medborgarlöften i Mora",
        "medborgarlöften i Mora kommun",
        "Mora kommuns medborgarlöften",
    } <= found


def test_place_after_gives_genitive() -> None:
    found = initiative_variants(["medborgarlöften i Mora"])
    assert "Moras medborgarlöften" in found


def test_weak_adjective_after_owner_becomes_strong() -> None:
    found = initiative_variants(["Moras riktade satsning mot narkotika"])
    assert "riktad satsning mot narkotika" in found
    assert "riktad satsning mot narkotika i Mora" in found


def test_years_and_determiners() -> None:
    assert "Medborgarlöftet" in initiative_variants(["Medborgarlöftet för 2024 och 2025"])
    assert "medborgarlöften" in initiative_variants(["2019 års medborgarlöften"])
    assert "arbete mot bedrägerier" in initiative_variants(["vårt arbete mot bedrägerier"])
    assert "medborgarlöften 2024" in initiative_variants(["medborgarlöften"], ["2024"])
    assert years_after("Vi presenterar medborgarlöftet för 2024 i dag.", "medborgarlöftet") == {"2024"}


def test_proper_names_keep_their_place() -> None:
    assert "Trygg" not in initiative_variants(["Trygg i Mora"])
    assert "Vinterljus" in initiative_variants(["Operation Vinterljus"])


def test_compound_head_without_its_complement() -> None:
    found = initiative_variants(["samverkansöverenskommelse mellan polisen och Mora kommun"])
    assert "samverkansöverenskommelse" in found
    assert "satsning" not in initiative_variants(["satsning mot narkotika"])


def test_capitalised_qualifier_opens_the_name() -> None:
    from loaders.mentions.document import find_document_mentions

    text = "Det gick bra i våras. Särskilda gänginsatsen pågår i hela Mora under sommaren."
    found = [m.text for m in find_document_mentions(text) if m.type.value == "Initiative"]
    assert "Särskilda gänginsatsen" in found


def test_proper_name_without_its_complement() -> None:
    assert "Vinterljus" in initiative_variants(["Vinterljus mot langningen"])
    assert "Vinterljus" in initiative_variants(["Vinterljus i Gislaved"])
    assert "Trygg" not in initiative_variants(["Trygg i Gislaved"])
    assert "Moras" not in initiative_variants(["Moras satsning mot langning"])


def test_descriptor_the_text_writes_before_a_name() -> None:
    from loaders.mentions.initiative_variants import described_forms

    text = "I maj inledde polisen operationen Vinterljus i Gislaved. Vinterljus pågår i sex veckor."
    assert described_forms(text, "Vinterljus") == {"operationen Vinterljus"}
    assert described_forms(text, "polisen") == set()


def test_business_and_payment_plans_are_no_initiatives() -> None:
    from loaders.mentions.document import find_document_mentions

    text = "Lokalen får inte användas för näringsverksamhet. Gäldenären kan göra upp en avbetalningsplan."
    assert not [m for m in find_document_mentions(text) if m.type.value == "Initiative"]


def test_longer_forms_read_the_phrase_on() -> None:
    from loaders.mentions.initiative_variants import longer_forms

    text = "Polisen gör en riktad satsning mot gäng i centrum och på stationen, säger hon."
    start = text.index("riktad")
    end = text.index(" i centrum")
    assert longer_forms(text, start, end) == {"riktad satsning mot gäng i centrum och på stationen"}
    text = "Det sker genom åtgärder som minskar langningen. Åtgärderna följs upp."
    start = text.index("åtgärder")
    assert longer_forms(text, start, start + len("åtgärder")) == {"åtgärder som minskar langningen"}
    text = "Insatsen pågår. Den leds av polisen."
    assert longer_forms(text, 0, len("Insatsen")) == set()


def test_earlier_forms_take_owners_and_adjectives() -> None:
    from loaders.mentions.initiative_variants import earlier_forms

    text = "Här syns Mora kommun och polisens arbete mot klotter. Kommunen inför allmän kameraövervakning."
    start = text.index("arbete")
    found = earlier_forms(text, start, text.index(" mot klotter"))
    assert {"polisens arbete", "Mora kommun och polisens arbete"} <= found
    assert "syns Mora kommun och polisens arbete" not in found
    start = text.index("kameraövervakning")
    assert earlier_forms(text, start, start + len("kameraövervakning")) == {"allmän kameraövervakning"}


def test_an_ordinary_word_keeps_its_complement() -> None:
    assert "Tillsammans" not in initiative_variants(["Tillsammans mot klotter"])


def test_phrase_forms_stop_at_verbs() -> None:
    from loaders.mentions.initiative_variants import earlier_forms, longer_forms

    text = "Mora kommun bör införa Sluta skjut. Överenskommelsen mellan Mora kommun och polisen undertecknades i dag."
    start = text.index("Sluta")
    assert earlier_forms(text, start, start + len("Sluta skjut")) == set()
    start = text.index("Överenskommelsen")
    found = longer_forms(text, start, start + len("Överenskommelsen"))
    assert found == {"Överenskommelsen mellan Mora kommun och polisen"}


def test_an_acronyms_concept_is_named_by_the_acronym() -> None:
    assert "ABCD" in initiative_variants(["ABCD-konceptet"])
    assert "TUV" in initiative_variants(["TUV-metoden"])
    assert "Sk" not in initiative_variants(["Sk-metoden"])


def test_an_acronyms_concept_is_an_initiative() -> None:
    text = "Socialtjänsten och polisen arbetar enligt ABCD-konceptet med unga i Mora."
    found = {m.canonical for m in find_document_mentions(text) if m.type == EntityType.INITIATIVE}
    assert "ABCD-konceptet" in found


def test_a_participle_coordinated_with_an_effort_adjective_opens_the_phrase() -> None:
    text = "Kommunen lovar gränssättande och trygghetsskapande arbete i Norrby under året."
    found = {m.canonical for m in find_document_mentions(text) if m.type == EntityType.INITIATIVE}
    assert any(name.startswith("gränssättande och trygghetsskapande arbete") for name in found)
    text = "Kommunen lovar boende och trygghetsskapande arbete i Norrby under året."
    found = {m.canonical for m in find_document_mentions(text) if m.type == EntityType.INITIATIVE}
    assert not any(name.startswith("boende") for name in found)


def test_a_compound_head_without_the_field_it_works_in() -> None:
    assert "utvecklingsprojekt" in initiative_variants(["utvecklingsprojekt på området"])
    assert "satsning" not in initiative_variants(["satsning på fler fältassistenter"])
