"""Efforts an actor is said to carry out are initiatives: its subject runs them, its partners take part."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

_ACTORS: list[Spec] = [
    ("Polisen", E.POLICE_UNIT, None),
    ("Tranås kommun", E.MUNICIPALITY, None),
    ("Tranås", E.PLACE, None),
    ("Skatteverket", E.AGENCY, None),
    ("Länsstyrelsen i Jönköpings län", E.AGENCY, None),
    ("Ryd", E.PLACE, None),
]


def test_the_subject_runs_the_effort_and_partners_take_part() -> None:
    found = read(
        "Polisen har i samarbete med Skatteverket genomfört en trygghetsmätning under hösten 2025.",
        _ACTORS,
    )
    edge(found, R.RUNS, "Polisen", "trygghetsmätning under hösten 2025")
    edge(found, R.PARTICIPATES_IN, "Skatteverket", "trygghetsmätning under hösten 2025")


def test_an_effort_with_an_adjective_and_its_purpose() -> None:
    found = read(
        "Polisen driver nu ett långsiktigt arbete i samverkan med Tranås kommun för att minska "
        "narkotikahandeln.",
        _ACTORS,
    )
    effort = next(f.target for f in found if f.type is R.RUNS and f.source.canonical == "Polisen")
    assert effort.canonical == "långsiktigt arbete"
    edge(found, R.PARTICIPATES_IN, "Tranås kommun", "långsiktigt arbete")


def test_an_inverted_subject_after_a_fronted_time() -> None:
    found = read("I mars genomförde Tranås kommun en riktad kampanj mot bedrägerier i Ryd.", _ACTORS)
    edge(found, R.RUNS, "Tranås kommun", "riktad kampanj mot bedrägerier i Ryd")
    edge(found, R.ACTIVE_IN, "riktad kampanj mot bedrägerier i Ryd", "Ryd")


def test_a_place_as_subject_stands_for_its_municipality() -> None:
    found = read(
        "Tranås kommun satsar på trygghet. Förra året genomförde Tranås en upphandling för att ge stöd "
        "till brottsoffer.",
        _ACTORS,
    )
    edge(found, R.RUNS, "Tranås kommun", "upphandling för att ge stöd till brottsoffer")


def test_a_bare_or_criminal_object_is_no_initiative() -> None:
    found = read(
        "Polisen genomförde en insats. Gänget har förmåga att genomföra brottslig verksamhet i Ryd.",
        _ACTORS,
    )
    assert not [f for f in found if f.type is R.RUNS]


def test_a_wish_is_not_running() -> None:
    found = read("Tranås kommun vill genomföra en ny trygghetsvandring i Ryd.", _ACTORS)
    no_edge(found, R.RUNS, "Tranås kommun", "trygghetsvandring i Ryd")


def test_arranged_by_one_in_consultation_with_others() -> None:
    found = read(
        "Många deltog i konferensen som arrangerades av Länsstyrelsen i Jönköpings län i samråd med "
        "Tranås kommun och Polisen.",
        _ACTORS,
    )
    edge(found, R.RUNS, "Länsstyrelsen i Jönköpings län", "konferensen")
    edge(found, R.PARTICIPATES_IN, "Tranås kommun", "konferensen")
    edge(found, R.PARTICIPATES_IN, "Polisen", "konferensen")


def test_partners_acting_jointly_run_it_too() -> None:
    found = read(
        "Polisen gör detta tillsammans med Tranås kommun som gemensamt genomfört fysiska "
        "medborgardialoger i Ryd.",
        _ACTORS,
    )
    edge(found, R.RUNS, "Tranås kommun", "fysiska medborgardialoger i Ryd")
