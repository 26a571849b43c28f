"""'vi' in a quote closed by 'säger hon' is the organisation of the person named just before."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Eva Lund", E.PERSON, None),
    ("Tullverket", E.AGENCY, None),
    ("Kustbevakningen", E.AGENCY, None),
    ("projektet Säker kaj", E.INITIATIVE, "Säker kaj"),
]


def test_a_pronoun_speaker_is_the_person_named_before() -> None:
    found = read(
        "Kustbevakningen har i år fått nya båtar. Kustbevakningen övar i hamnen. "
        "Eva Lund arbetar på Tullverket. – Vi har startat projektet Säker kaj i år, säger hon.",
        SPECS,
    )
    edge(found, R.RUNS, "Tullverket", "Säker kaj")
    no_edge(found, R.RUNS, "Kustbevakningen", "Säker kaj")


def test_a_pronoun_speaker_without_a_person_before_says_nothing_of_an_organisation() -> None:
    found = read(
        "Kustbevakningen har mycket att göra. – Vi har startat projektet Säker kaj, säger hon.", SPECS
    )
    no_edge(found, R.RUNS, "Tullverket", "Säker kaj")
