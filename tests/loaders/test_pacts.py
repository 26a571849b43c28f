"""Pacts between police and municipality: their signatories run them, their lists name measures,
and described efforts placed in a named place are active there."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, edges, no_edge, read_page

_SIGNATORIES: list[Spec] = [
    ("Mora kommun", E.MUNICIPALITY, None),
    ("kommunen", E.MUNICIPALITY, "Mora kommun"),
    ("Mora", E.PLACE, None),
    ("lokalpolisområde Mora", E.POLICE_UNIT, "Lokalpolisområde Mora"),
    ("Polisen", E.POLICE_UNIT, None),
    ("medborgarlöfte", E.INITIATIVE, "Moras medborgarlöfte"),
    ("Norrmo", E.PLACE, None),
]


def test_the_signatories_run_a_promise_active_in_their_place() -> None:
    found = read_page(
        "Mora kommun och lokalpolisområde Mora skrev i dag under ett nytt medborgarlöfte. "
        "Polisen och kommunen vill öka tryggheten i Mora.",
        _SIGNATORIES,
    )
    for runner in ("Mora kommun", "Lokalpolisområde Mora", "Polisen"):
        edge(found, R.RUNS, runner, "Moras medborgarlöfte")
    edge(found, R.ACTIVE_IN, "Moras medborgarlöfte", "Mora")


def test_list_items_are_measures_of_the_promise() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "Polisen och kommunen kommer tillsammans att:\n\n"
        " • Genomföra en trygghetsvandring i Norrmo i syfte att hitta otrygga platser.\n"
        " • Förbättra dialogen med föreningar och skolor.\n"
        " • Polis: Fler kontroller av mopeder två gånger per år.\n"
    )
    found = read_page(text, _SIGNATORIES)
    walk = "trygghetsvandring i Norrmo"
    edge(found, R.PART_OF, walk, "Moras medborgarlöfte")
    edge(found, R.RUNS, "Mora kommun", walk)
    edge(found, R.ACTIVE_IN, walk, "Norrmo")
    edge(found, R.PART_OF, "dialogen med föreningar och skolor", "Moras medborgarlöfte")
    checks = "Fler kontroller av mopeder"
    # The local area that signed runs the police's measures, not Polisen as a whole as well.
    edge(found, R.RUNS, "Lokalpolisområde Mora", checks)
    no_edge(found, R.RUNS, "Polisen", checks)
    no_edge(found, R.RUNS, "Mora kommun", checks)
    aliases = {a for f in found for a in f.source.aliases if f.source.canonical == walk}
    assert "Genomföra en trygghetsvandring i Norrmo" in aliases


def test_a_heading_over_a_list_is_an_effort_of_the_promise() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "Polis och kommun i samverkan mot klotter\n\n"
        " • Sanera klotter inom ett dygn.\n"
    )
    found = read_page(text, _SIGNATORIES)
    heading = "Polis och kommun i samverkan mot klotter"
    edge(found, R.PART_OF, heading, "Moras medborgarlöfte")
    edge(found, R.PART_OF, "Sanera klotter inom ett dygn", heading)


def test_problems_and_quotes_are_no_measures() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "De största problemen i kommunen är:\n\n"
        " 1. Våld i offentlig miljö.\n\n"
        "– Vi är glada att vi har kommit överens, säger kommunalrådet.\n"
    )
    found = read_page(text, _SIGNATORIES)
    assert not [e for e in edges(found, R.PART_OF) if e[2] == "Moras medborgarlöfte"]


def test_an_agreement_needs_both_signatories() -> None:
    found = read_page(
        "Kriminalvården har tecknat ett samverkansavtal med kommunerna i länet.",
        [("Kriminalvården", E.AGENCY, None), ("samverkansavtal", E.INITIATIVE, None)],
    )
    assert not edges(found, R.RUNS) - {("RUNS", "Kriminalvården", "samverkansavtal")}


def test_an_effort_in_a_named_place_is_active_there() -> None:
    found = read_page(
        "Polisens arbete mot narkotikahandeln i Norrmo har gett resultat.",
        [("Polisens", E.POLICE_UNIT, "Polisen"), ("Norrmo", E.PLACE, None)],
    )
    effort = "arbete mot narkotikahandeln i Norrmo"
    edge(found, R.ACTIVE_IN, effort, "Norrmo")
    edge(found, R.RUNS, "Polisen", effort)


def test_the_signatories_run_the_efforts_on_the_promise_page() -> None:
    specs: list[Spec] = [
        *_SIGNATORIES,
        ("nattvandringar i Norrmo", E.INITIATIVE, None),
        ("Norrmos trygghetsarbete", E.INITIATIVE, None),
        ("Norrmos medborgardialoger", E.INITIATIVE, None),
    ]
    found = read_page(
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte. "
        "Under våren ordnas nattvandringar i Norrmo. "
        "I Norrmo bor drygt 3 000 personer. "
        "Norrmos trygghetsarbete har pågått i många år. "
        "Norrmos medborgardialoger hålls två gånger per år.",
        specs,
    )
    for runner in ("Mora kommun", "Lokalpolisområde Mora"):
        edge(found, R.RUNS, runner, "nattvandringar i Norrmo")
    # named by the place's genitive: the place's work as a whole, not an item of the promise
    no_edge(found, R.RUNS, "Lokalpolisområde Mora", "Norrmos trygghetsarbete")
    # a measure so named is still one of the promise's
    edge(found, R.RUNS, "Lokalpolisområde Mora", "Norrmos medborgardialoger")


def test_the_parties_of_a_promise_work_together_wherever_they_are_named() -> None:
    found = read_page(
        "Nytt medborgarlöfte för Norrmo. "
        "Mora kommun vill att fler vuxna rör sig ute på kvällarna. "
        "I centrum ökar lokalpolisområde Mora sin närvaro.",
        _SIGNATORIES,
    )
    pair = {("Mora kommun", "Lokalpolisområde Mora"), ("Lokalpolisområde Mora", "Mora kommun")}
    assert pair & {(s, t) for _, s, t in edges(found, R.COLLABORATES_WITH)}
    # a police area and the authority it belongs to are one party, not partners
    assert not {e for e in edges(found, R.COLLABORATES_WITH) if "Mora kommun" not in e}


def test_an_agreement_without_a_police_party_joins_no_partners() -> None:
    found = read_page(
        "Kriminalvården har tecknat ett samverkansavtal med Mora kommun.",
        [
            ("Kriminalvården", E.AGENCY, None),
            ("Mora kommun", E.MUNICIPALITY, None),
            ("samverkansavtal", E.INITIATIVE, None),
        ],
    )
    assert not [e for e in edges(found, R.COLLABORATES_WITH) if "Polisen" in e]


def test_a_list_under_one_partners_promise_is_that_partners() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "Polisen lovar att:\n\n"
        " • Genomföra riktade kontroller mot langning i Norrmo.\n\n"
        "Kommunen lovar att:\n\n"
        " • Anordna föräldravandringar under helger.\n\n"
        "Gemensamt lovar vi att:\n\n"
        " • Genomföra en trygghetsmätning under hösten.\n"
    )
    found = read_page(text, _SIGNATORIES)
    checks = "riktade kontroller mot langning"
    assert any(f.type is R.RUNS and f.target.canonical.startswith(checks) for f in found)
    police_items = {
        f.target.canonical
        for f in found
        if f.type is R.RUNS and f.source.canonical == "Lokalpolisområde Mora"
    }
    root_items = {f.target.canonical for f in found if f.type is R.RUNS and f.source.canonical == "Polisen"}
    assert not any(name.startswith(("riktade", "trygghetsmätning")) for name in root_items)
    council_items = {
        f.target.canonical for f in found if f.type is R.RUNS and f.source.canonical == "Mora kommun"
    }
    assert any(name.startswith(checks) for name in police_items)
    assert not any(name.startswith(checks) for name in council_items)
    assert any(name.startswith("föräldravandringar") for name in council_items)
    assert not any(name.startswith("föräldravandringar") for name in police_items)
    assert any(name.startswith("trygghetsmätning") for name in police_items & council_items)


def test_who_is_responsible_written_after_an_item() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "Vi lovar att:\n\n"
        " • Genomföra riktade kontroller mot langning i Norrmo (polisen)\n"
        " • Anordna föräldravandringar under helger. Ansvarig: kommunen\n"
    )
    found = read_page(text, _SIGNATORIES)
    police_items = {f.target.canonical for f in found if f.type is R.RUNS and f.source.type is E.POLICE_UNIT}
    council_items = {
        f.target.canonical for f in found if f.type is R.RUNS and f.source.canonical == "Mora kommun"
    }
    assert any(name.startswith("riktade kontroller mot langning") for name in police_items)
    assert not any(name.startswith("riktade kontroller") for name in council_items)
    assert any(name.startswith("föräldravandringar") for name in council_items)
    assert not any(name.startswith("föräldravandringar") for name in police_items)


def test_a_party_labelled_as_taking_part_joins_the_measure_before() -> None:
    text = (
        "Mora kommun och lokalpolisområde Mora har tecknat ett medborgarlöfte.\n\n"
        "Polisen och kommunen kommer tillsammans att:\n\n"
        " • Polis: Fler kontroller av mopeder två gånger per år.\n"
        " • Kommun: Deltagande vid kontrollerna.\n"
    )
    found = read_page(text, _SIGNATORIES)
    checks = "Fler kontroller av mopeder"
    edge(found, R.PARTICIPATES_IN, "Mora kommun", checks)
    no_edge(found, R.RUNS, "Mora kommun", checks)
