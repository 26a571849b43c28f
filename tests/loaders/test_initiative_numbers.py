"""An initiative's name in the other number and without its adjectives, on names made up for the
tests."""

from __future__ import annotations

import pytest

from loaders.mentions.initiative_numbers import other_number, without_adjectives
from loaders.mentions.initiative_variants import initiative_variants


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("trygghetsvandringar", "trygghetsvandring"),
        ("föräldravandring i Noret", "föräldravandringar i Noret"),
        ("medborgardialoger med unga", "medborgardialog med unga"),
        ("trygghetsskapande åtgärder", "trygghetsskapande åtgärd"),
        ("kontroller mot fusk", "kontroll mot fusk"),
    ],
)
def test_a_name_in_the_other_number(name: str, other: str) -> None:
    assert other_number(name) == other


def test_a_one_word_name_has_its_other_number_and_proper_names_stay_as_written() -> None:
    assert other_number("Kontroll") == "Kontroller"
    assert other_number("Operation Vinterljus") is None
    assert other_number("Grannsamverkan") is None


@pytest.mark.parametrize(
    ("name", "plain"),
    [
        ("samordnade kontroller mot fusk", "kontroller mot fusk"),
        ("gemensam samverkansöverenskommelse", "samverkansöverenskommelse"),
        ("riktade och samordnade insatser mot langning", "insatser mot langning"),
    ],
)
def test_a_name_without_its_adjectives(name: str, plain: str) -> None:
    assert without_adjectives(name) == plain


def test_adjectives_stay_where_only_a_short_bare_head_would_remain() -> None:
    assert without_adjectives("riktad insats") is None
    assert without_adjectives("Trygga Noret") is None


def test_the_variants_hold_both_forms() -> None:
    variants = initiative_variants(["samordnade trygghetsvandringar i Noret"])
    assert {"trygghetsvandringar i Noret", "samordnade trygghetsvandring i Noret"} <= variants


def test_an_effort_in_a_place_is_also_named_without_its_topic() -> None:
    variants = initiative_variants(["riktad insats mot langning i Noret"])
    assert "riktad insats i Noret" in variants
    assert not any(v.endswith("i Noret") for v in initiative_variants(["satsning mot langning"]))


def test_an_acronym_in_brackets_after_an_initiative_is_one_of_its_names() -> None:
    from loaders.mentions.initiative_variants import longer_forms

    text = "Kommunen har startat lokal myndighetssamverkan (LOS) i Mora."
    start = text.index("lokal")
    end = start + len("lokal myndighetssamverkan")
    assert {"LOS", "lokal myndighetssamverkan (LOS)"} <= longer_forms(text, start, end)
