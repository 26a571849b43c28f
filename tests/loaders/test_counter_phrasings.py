"""Acting against a criminal group in other words: fines, refused permits, 'klubben' referred back
to, the partners of a joint work, and an effort directed against the group by its verb."""

from __future__ import annotations

from tests.loaders.relation_reading import E, R, Spec, edge, no_edge, read

SPECS: list[Spec] = [
    ("Outlaws MC", E.CRIMINAL_GROUP, None),
    ("Ljusdals kommun", E.MUNICIPALITY, None),
    ("Länsstyrelsen", E.AGENCY, None),
    ("Polisen", E.POLICE_UNIT, None),
    ("polisen", E.POLICE_UNIT, "Polisen"),
    ("kriminella nätverken", E.CRIMINAL_GROUP, "kriminella nätverk"),
    ("insatsen Nattfrost", E.INITIATIVE, "Nattfrost"),
    ("Insatsen Nattfrost", E.INITIATIVE, "Nattfrost"),
]


def test_a_fine_for_a_group_counters_it() -> None:
    found = read("Länsstyrelsen har beslutat om ett vite för Outlaws MC.", SPECS)
    edge(found, R.COUNTERS, "Länsstyrelsen", "Outlaws MC")


def test_a_permit_refused_to_a_group_counters_it() -> None:
    found = read("Ljusdals kommun nekade Outlaws MC bygglov för en ny klubbstuga.", SPECS)
    edge(found, R.COUNTERS, "Ljusdals kommun", "Outlaws MC")


def test_refusing_to_comment_counters_nothing() -> None:
    no_edge(read("Polisen nekade att kommentera uppgifterna om Outlaws MC.", SPECS), R.COUNTERS)


def test_the_club_referred_back_to_behind_an_inverted_subject() -> None:
    found = read(
        "Outlaws MC har köpt en gård i byn. Nu förelägger Ljusdals kommun klubben att riva ladan vid vite.",
        SPECS,
    )
    edge(found, R.COUNTERS, "Ljusdals kommun", "Outlaws MC")


def test_the_parties_of_a_joint_work_against_a_group_counter_it() -> None:
    found = read(
        "Samarbetet mellan polisen och Ljusdals kommun ska försvåra för de kriminella nätverken.", SPECS
    )
    edge(found, R.COUNTERS, "Polisen", "kriminella nätverk")
    edge(found, R.COUNTERS, "Ljusdals kommun", "kriminella nätverk")


def test_the_runner_of_an_effort_directed_against_a_group_counters_it() -> None:
    found = read(
        "Polisen leder insatsen Nattfrost. Insatsen Nattfrost riktar sig mot Outlaws MC.",
        SPECS,
    )
    edge(found, R.COUNTERS, "Polisen", "Outlaws MC")


def test_mapping_a_group_counters_it() -> None:
    edge(read("Polisen har kartlagt Outlaws MC under flera år.", SPECS), R.COUNTERS, "Polisen", "Outlaws MC")


def test_working_so_that_a_group_gets_no_foothold_counters_it() -> None:
    found = read("Ljusdals kommun arbetar för att Outlaws MC inte ska få fäste i kommunen.", SPECS)
    edge(found, R.COUNTERS, "Ljusdals kommun", "Outlaws MC")
