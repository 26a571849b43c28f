"""'Det föreslår A': the proposal of the sentence before; 'Förslaget från A är att X': A proposes X."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Vänsterpartiet", E.POLITICAL_PARTY, None),
    ("Vänsterpartiets", E.POLITICAL_PARTY, "Vänsterpartiet"),
    ("Miljöpartiet", E.POLITICAL_PARTY, None),
    ("modellen Lugn kväll", E.INITIATIVE, "Lugn kväll"),
]


def test_a_fronted_det_stands_for_the_proposal_before() -> None:
    found = read(
        "Kommunen bör pröva modellen Lugn kväll i höst. Det föreslår Vänsterpartiet och Miljöpartiet i en motion.",
        SPECS,
    )
    edge(found, R.PROPOSES, "Vänsterpartiet", "Lugn kväll")
    edge(found, R.PROPOSES, "Miljöpartiet", "Lugn kväll")


def test_a_negated_fronted_det_proposes_nothing() -> None:
    found = read("Kommunen bör pröva modellen Lugn kväll. Det föreslår inte Vänsterpartiet.", SPECS)
    no_edge(found, R.PROPOSES, "Vänsterpartiet")


def test_the_author_of_a_proposal_proposes_its_content() -> None:
    found = read("Förslaget från Miljöpartiet är att kommunen prövar modellen Lugn kväll.", SPECS)
    edge(found, R.PROPOSES, "Miljöpartiet", "Lugn kväll")


def test_a_party_genitive_before_its_proposal() -> None:
    found = read("Vänsterpartiets förslag går ut på att pröva modellen Lugn kväll.", SPECS)
    edge(found, R.PROPOSES, "Vänsterpartiet", "Lugn kväll")
