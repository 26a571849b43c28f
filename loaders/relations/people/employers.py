"""Offices stated of a person in the sentence after the one that names them.

News texts name a person once and go on with a pronoun: '– Vi ser en ökning, säger Anna Ek. Hon
är samordnare på Mora kommun.' The pronoun stands for the last person named in the sentence
before, and the office after it gives WORKS_FOR as it would after the name itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation
from loaders.relations.people.affiliations import _DUTY, _PREP, _ROLE, _ROLE_HEAD, _base_role
from loaders.relations.triggers import ORGANISATIONS

if TYPE_CHECKING:
    from loaders.relations.discourse import RelationContext

__all__ = ["fronted_employers", "pronoun_offices", "shared_offices", "with_municipality"]

# 'Hon är samordnare på ', 'Han arbetar som chef för enheten vid ', 'Hon har länge varit ordförande i '.
_PRONOUN_OFFICE = re.compile(
    r"^\s*(?:Hon|Han)\s+(?:(?:är|var|har\s+(?:\w+\s+)?varit|arbetar\s+som|jobbar\s+som|arbetade\s+som|jobbade\s+som)\s+)"
    rf"(?:(?:sedan\s+\w+\s+)?(?:en\s+av\s+)?)?(?P<role>{_ROLE})(?:{_DUTY})?\s+{_PREP}\s+(?:den\s+|det\s+)?$",
    re.IGNORECASE,
)
_EMPLOYERS = ORGANISATIONS - {E.POLITICAL_PARTY}
# The municipality's organs: its assemblies, boards, committees, offices and councils.
_ORGAN = re.compile(
    r"(?:nämnd|styrelse|fullmäktige|förvaltning|utskott|råd|kontor)(?:en|et|s)?\b", re.IGNORECASE
)


def pronoun_offices(context: RelationContext, index: int) -> list[FoundRelation]:
    """WORKS_FOR of the person a sentence opening with 'Hon'/'Han' and an office refers back to."""
    if index == 0:
        return []
    view = context.view(index)
    if any(s.type == E.PERSON for s in view.slots):
        return []
    employer = next((s for s in view.slots if s.mention is not None and s.type in _EMPLOYERS), None)
    if employer is None:
        return []
    office = _PRONOUN_OFFICE.match(view.text[: employer.start])
    if office is None:
        return []
    people = [
        s.mention for s in context.view(index - 1).slots if s.type == E.PERSON and s.mention is not None
    ]
    if not people:
        return []
    role = _base_role(office.group("role"))
    return [FoundRelation(people[-1], employer.mention, R.WORKS_FOR, 0.7, {"role": role})]  # type: ignore[arg-type]


def with_municipality(found: list[FoundRelation], context: RelationContext) -> list[FoundRelation]:
    """Who holds an office in a municipal body (a nämnd, styrelse, förvaltning, råd) holds it in its
    municipality too: 'ordförande i socialnämnden' works for the kommun as well (ONTOLOGY.md: when a
    unit and its parent are both named for a person, both count; a body's parent is plain)."""
    municipality = context.home_municipality
    if municipality is None:
        return found
    home = municipality.canonical.split()[0].removesuffix("s").lower()
    added = []
    for rel in found:
        if rel.type is not R.WORKS_FOR or rel.target.type != E.MUNICIPAL_BODY:
            continue
        if not _ORGAN.search(rel.target.canonical):
            continue  # 'enheten för X', 'kommunikationsavdelningen': a unit inside an office, left as named
        _, _, where = rel.target.canonical.partition(" i ")
        if where and not where.lower().startswith(home):
            continue  # 'Socialnämnden i Orsa' in a text about Mora: another municipality's body
        if not any(
            f.type is R.WORKS_FOR and f.source is rel.source and f.target.type == E.MUNICIPALITY
            for f in found
        ):
            added.append(FoundRelation(rel.source, municipality, R.WORKS_FOR, 0.6, dict(rel.properties)))
    return found + added


# Between names of a list: ', ' or ' och ', a party letter allowed ('Anna Ek (S) och Per Lind (M)').
_NAME_GAP = re.compile(r"\s*(?:\([^)]{1,4}\)\s*)?(?:,|och|samt)\s*")
# After the last name: ', båda utredare på ' | ', ledamöter i ' | ' från '.
_SHARED_OFFICE = re.compile(
    r"\s*(?:\([^)]{1,4}\)\s*)?(?:,\s*(?:(?:båda|bägge|alla|samtliga|de\s+båda)\s+)?(?P<role>(?:[a-zåäö-]+\s+){0,2}"
    r"[a-zåäö-]+)\s+(?:på|vid|i|hos|inom|för)\s+(?:den\s+|det\s+)?|\s+(?:från|vid|hos)\s+"
    # ', båda från ': the list's shared employer without a title
    r"|\s*,\s*(?:båda|bägge|alla|samtliga|de\s+båda)\s+(?:från|på|vid|hos)\s+)",
    re.IGNORECASE,
)
_PLURAL_ROLE = re.compile(
    rf"(?:{_ROLE_HEAD}|ledamöter|företrädare|representanter|anställda|tjänstemän|politiker|poliser)\w*$",
    re.IGNORECASE,
)


def shared_offices(context: RelationContext, index: int) -> list[FoundRelation]:
    """'Anna Ek och Per Lind, båda utredare på X', 'A (S) och B (M), ledamöter i X', 'A och B från X':
    an office said once after a list of names is each one's."""
    view = context.view(index)
    slots, text = view.slots, view.text
    found: list[FoundRelation] = []
    k = 0
    while k < len(slots):
        run = [k]
        while (
            run[-1] + 1 < len(slots)
            and slots[run[-1]].type == E.PERSON
            and slots[run[-1] + 1].type == E.PERSON
            and _NAME_GAP.fullmatch(text, slots[run[-1]].end, slots[run[-1] + 1].start)
        ):
            run.append(run[-1] + 1)
        last = run[-1]
        k = last + 1
        if len(run) < 2 or slots[run[0]].type != E.PERSON or last + 1 >= len(slots):
            continue
        employer = slots[last + 1]
        if employer.mention is None or employer.type not in _EMPLOYERS:
            continue
        office = _SHARED_OFFICE.fullmatch(text, slots[last].end, employer.start)
        if office is None or (office.group("role") and not _PLURAL_ROLE.search(office.group("role"))):
            continue
        properties = {"role": office.group("role").split()[-1].lower()} if office.group("role") else {}
        found += [
            FoundRelation(slots[j].mention, employer.mention, R.WORKS_FOR, 0.65, properties)  # type: ignore[arg-type]
            for j in run
            if slots[j].mention is not None
        ]
    return found


# 'Från Tullverket deltog ', 'För kommunens del medverkade ': the employer opens the clause, the
# people come after the verb (Swedish V2 order).
_FRONTED_FROM = re.compile(r"^\s*(?:[–-]\s*)?(?:Från|För)\s+(?:den\s+|det\s+)?$", re.IGNORECASE)
_FRONTED_VERB = re.compile(
    r"^(?:s\s+del)?\s+(?:deltog|deltar|medverkade|medverkar|närvarade|närvarar|var|kom|fanns|talade|talar"
    r"|berättade|berättar|presenterade|presenterar)\s+(?:(?:även|också|bland\s+andra|bland\s+annat)\s+)?$",
    re.IGNORECASE,
)


def fronted_employers(context: RelationContext, index: int) -> list[FoundRelation]:
    """'Från Tullverket deltog Anna Ek och Per Lind': the people after the verb work for the
    organisation that opens the sentence."""
    view = context.view(index)
    slots, text = view.slots, view.text
    if len(slots) < 2 or slots[0].mention is None or slots[0].type not in _EMPLOYERS:
        return []
    employer = slots[0]
    if not _FRONTED_FROM.match(text[: employer.start]) or not _FRONTED_VERB.match(
        text[employer.end : slots[1].start]
    ):
        return []
    found = []
    k = 1
    while k < len(slots) and slots[k].type == E.PERSON and slots[k].mention is not None:
        found.append(FoundRelation(slots[k].mention, employer.mention, R.WORKS_FOR, 0.65))  # type: ignore[arg-type]
        if k + 1 < len(slots) and not _NAME_GAP.fullmatch(text, slots[k].end, slots[k + 1].start):
            break
        k += 1
    return found
