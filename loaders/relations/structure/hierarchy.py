"""Relations a document implies through public facts and names rather than a verb.

- PART_OF: a police unit inside the nearest larger unit the document names (gazetteer chain,
  up to Polisen); a municipal body inside its municipality (named in its genitive, else the
  document's municipality).
- LOCATED_IN: a district inside the municipality or county the gazetteer puts it in, when the
  document names that place; 'Flemingsbergs centrum' inside Flemingsberg; a building
  ('Bandidosvillan') inside the document's municipality.
- ESTABLISHED_IN: a place named after a criminal group ('Bandidosvillan') is where it is based.

Each relation is stated by the first sentence that names both ends, else the first that names
its source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT, GazetteerEntry
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.structure.police_areas import covering_areas

_POLICE_NAME = re.compile(
    r"\b(?:lokalpolisområde|polisområde|polisregion)\b|^polisen\s+(?:på|i)\s", re.IGNORECASE
)
# Teams and functions inside a local police area, as opposed to a place's police ('Luleåpolisen').
_POLICE_TEAM = re.compile(r"(?:grupp|sektion|rotel|enhet|tjänst|patrull)(?:en|erna)?$", re.IGNORECASE)
# Municipal housing companies named after their place: 'Kalmarhem', 'Mölndalsbostäder'.
_HOUSING = re.compile(r"^(?P<place>[A-ZÅÄÖ][a-zåäö]+?)\s?(?:hem|bostäder|Bostäder|Hem|byggen)$")
_CENTRE = re.compile(
    r"^(?P<place>[A-ZÅÄÖ][\wåäöé-]+?)(?P<genitive>:?s)?\s+(?:centrum|resecentrum|stadskärna|city|torg|station|C)$"
)
# A body named in the genitive of another ('kommunstyrelsens arbetsutskott', 'nämndens presidium').
_GENITIVE_BODY = re.compile(r"^(?P<owner>\w[\w-]*?)s\s+\w")
_BUILDING = re.compile(
    r"(?:villa|villan|huset|gården|skolan|hallen|torget|parken|kyrkan|badet|stationen|klubbstugan|lokalen)$"
)
_MIN_GROUP_PREFIX = 5
_GAZETTEER_PLACE = 0.9
_NAMED_OWNER = re.compile(r"^(?P<owner>(?:Polisregion|Polisområde|Lokalpolisområde) \S+?)s \S+$")
# 'Grova brott inom polisområde Örebro län', 'Ledningsgruppen i region Mitt': a function of the area named.
_AREA_FUNCTION = re.compile(
    r"^\S.*?\s(?:i|inom|vid|på)\s(?P<level>polisregion|polisområde|lokalpolisområde|region)\s(?P<place>\S.*)$"
)
_REGIONAL = re.compile(r"^[Rr]egional(?:a)?\s")
# (level, the level above) of the police's areas, as their names begin.
_POLICE_LEVELS = (("Lokalpolisområde ", "Polisområde "), ("Polisområde ", "Polisregion "))
# 'Socialtjänsten i Gävle', 'Kommunstyrelsen i Västerås kommun': the place a body's name ends in.
_IN_PLACE = re.compile(r"\si\s(?P<place>[A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)?)(?:\s(?:kommun|stad))?$")


def structural_relations(
    context: RelationContext, implied: Iterable[tuple[int, Mention]] = ()
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for every relation the document implies.

    ``implied`` are actors that other relations brought in without a mention of their own
    ('Namn, lokalpolisområdeschef i Rinkeby' implies Lokalpolisområde Rinkeby).
    """
    seen: set[tuple[str, str, R]] = set()
    names = [{m.canonical for m in mentions} for mentions in context.mentions]
    for i, found in _candidates(context, implied):
        key = (found.source.canonical, found.target.canonical, found.type)
        if key in seen or found.source.canonical == found.target.canonical:
            continue
        seen.add(key)
        if found.confidence == _GAZETTEER_PLACE and not (
            _together(names, found) or _home(context, found.target)
        ):
            continue  # a district and its town far apart: the text may place it otherwise
        yield _evidence(names, i, found), found


def _candidates(
    context: RelationContext, implied: Iterable[tuple[int, Mention]]
) -> Iterator[tuple[int, FoundRelation]]:
    """Relations implied by each actor, read once per actor at its first mention."""
    done: set[tuple[E, str]] = set()
    for i, mention in chain(context.all_mentions(), implied):
        if (mention.type, mention.canonical) in done and not _CENTRE.match(mention.text):
            continue
        done.add((mention.type, mention.canonical))
        if mention.type == E.POLICE_UNIT:
            for parent in _police_parents(context, mention):
                yield i, FoundRelation(mention, parent, R.PART_OF, 0.85)
        elif mention.type == E.AGENCY:
            agency = _agency_of_unit(context, mention)
            if agency is not None:
                yield i, FoundRelation(mention, agency, R.PART_OF, 0.8)
        elif mention.type == E.ORGANISATION:
            owner = _housing_owner(context, mention)
            if owner is not None:
                yield i, FoundRelation(mention, owner, R.PART_OF, 0.7)
        elif mention.type == E.MUNICIPAL_BODY:
            municipality = _municipality_of(context, mention)
            if municipality is not None:
                yield i, FoundRelation(mention, municipality, R.PART_OF, 0.75)
            owner = _owning_body(context, mention)
            if owner is not None:
                yield i, FoundRelation(mention, owner, R.PART_OF, 0.75)
        elif mention.type == E.PLACE:
            yield from ((i, f) for f in _place_relations(context, mention))


def _home(context: RelationContext, place: Mention) -> bool:
    home = context.home_place
    return home is not None and home.canonical == place.canonical


def _together(names: list[set[str]], found: FoundRelation) -> bool:
    return any(found.source.canonical in n and found.target.canonical in n for n in names)


def _evidence(names: list[set[str]], i: int, found: FoundRelation) -> int:
    """The first sentence that names both ends, else ``i``."""
    for j, named in enumerate(names):
        if found.source.canonical in named and found.target.canonical in named:
            return j
    return i


def _police_parents(context: RelationContext, unit: Mention) -> list[Mention]:
    """Every larger unit the document names above ``unit`` (gazetteer chain), and Polisen.

    Polisen is the parent of every unit whether or not the document names it: a police unit
    plainly implies the authority. A team or function of no level ('underrättelsetjänsten',
    'Vägbrottsgruppen') belongs to the document's one local police area as well.
    """
    if unit.canonical == POLICE_ROOT:
        return []
    entries = [e for e in context.gazetteer.by_name(unit.canonical) if e.type == E.POLICE_UNIT.value]
    entries += [e for e in context.gazetteer.lookup(unit.text) if e.type == E.POLICE_UNIT.value]
    parents: list[Mention] = []
    entry: GazetteerEntry | None = entries[0] if entries else None
    owner = _NAMED_OWNER.match(unit.canonical) if entry is None else None
    if owner is not None:
        # 'Polisregion Syds underrättelseenhet': part of the unit named in the genitive, and of Polisen
        name = owner.group("owner")
        named = context.first(name, E.POLICE_UNIT)
        return [
            named or Mention(unit.start, unit.start + len(name), name, E.POLICE_UNIT, name),
            context.first(POLICE_ROOT, E.POLICE_UNIT)
            or Mention(unit.start, unit.start, POLICE_ROOT, E.POLICE_UNIT, POLICE_ROOT),
        ]
    served = _AREA_FUNCTION.match(unit.canonical) if entry is None else None
    if served is not None:
        level = "Polisregion" if served.group("level") == "region" else served.group("level").capitalize()
        name = f"{level} {served.group('place')}"
        return [
            context.first(name, E.POLICE_UNIT) or Mention(unit.end, unit.end, name, E.POLICE_UNIT, name),
            context.first(POLICE_ROOT, E.POLICE_UNIT)
            or Mention(unit.start, unit.start, POLICE_ROOT, E.POLICE_UNIT, POLICE_ROOT),
        ]
    covering = covering_areas(context.gazetteer, unit.canonical) if entry is None else []
    if covering:
        # A local police area the gazetteer does not list lies in the police area and region of
        # its town's county.
        parents += [named for a in covering if (named := context.first(a.name, E.POLICE_UNIT)) is not None]
        if covering[0].attribute("level") == "region":
            # A county split between police areas: the one area of that region the text names.
            above = _only_named_level_above(context, unit)
            known = [e for e in context.gazetteer.by_name(above.canonical)] if above is not None else []
            if above is not None and any(e.parent == covering[0].name for e in known):
                parents.insert(0, above)
    elif entry is None:
        # A unit the gazetteer does not know sits in the one larger unit of the next level the
        # document names ('lokalpolisområde X' in the text's only 'polisområde Y'), and above it.
        above = _only_named_level_above(context, unit)
        if above is not None:
            parents.append(above)
            known = [e for e in context.gazetteer.by_name(above.canonical) if e.type == E.POLICE_UNIT.value]
            entry = known[0] if known else None
    while entry is not None and entry.parent and entry.parent != POLICE_ROOT:
        named = context.first(entry.parent, E.POLICE_UNIT)
        if named is not None:
            parents.append(named)
        entry = context.gazetteer.parent_of(entry)
    if not entries and not (_POLICE_NAME.search(unit.canonical) or _POLICE_NAME.search(unit.text)):
        # A regional function ('Regionala utredningsenheten') is the region's, not the local area's.
        local = _only_region(context) if _REGIONAL.match(unit.canonical) else context.local_police
        if _POLICE_TEAM.search(unit.canonical) and local is not None and local.canonical != unit.canonical:
            parents.append(local)
    root = context.first(POLICE_ROOT, E.POLICE_UNIT) or Mention(
        unit.start, unit.start, POLICE_ROOT, E.POLICE_UNIT, POLICE_ROOT
    )
    parents.append(root)
    return parents


def _only_region(context: RelationContext) -> Mention | None:
    """The one police region the document names."""
    named = {
        m.canonical: m
        for _, m in context.all_mentions()
        if m.type == E.POLICE_UNIT
        and m.canonical.startswith("Polisregion ")
        and not _NAMED_OWNER.match(m.canonical)
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _only_named_level_above(context: RelationContext, unit: Mention) -> Mention | None:
    """The one unit of the level above ``unit`` the document names, for a local or police area."""
    for level, above in _POLICE_LEVELS:
        if unit.canonical.startswith(level):
            named = {
                m.canonical: m
                for _, m in context.all_mentions()
                if m.type == E.POLICE_UNIT
                and m.canonical.startswith(above)
                and not _NAMED_OWNER.match(m.canonical)
            }
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def _agency_of_unit(context: RelationContext, unit: Mention) -> Mention | None:
    """The agency whose county or regional unit ``unit`` is ('Kriminalvården i Halland')."""
    name, sep, _ = unit.canonical.partition(" i ")
    if not sep or context.gazetteer.by_name(unit.canonical):
        return None
    if not any(e.type == E.AGENCY.value and not e.parent for e in context.gazetteer.by_name(name)):
        return None
    return context.first(name, E.AGENCY) or Mention(unit.start, unit.start + len(name), name, E.AGENCY, name)


def _housing_owner(context: RelationContext, company: Mention) -> Mention | None:
    """The municipality a housing company named after its place belongs to ('Kalmarhem')."""
    named = _HOUSING.match(company.canonical)
    if named is None:
        return None
    for place in (named.group("place"), named.group("place")[:-1]):
        for entry in context.gazetteer.lookup(place):
            if entry.type != E.PLACE.value:
                continue
            for org in context.gazetteer.children(E.MUNICIPALITY.value, entry.name):
                home = context.home_municipality
                if home is not None and home.canonical == org.name:
                    return home
                return context.first(org.name, E.MUNICIPALITY)
    return None


def _municipality_of(context: RelationContext, body: Mention) -> Mention | None:
    """The municipality a body's name points to ('Huddinges brottsförebyggande råd', 'socialtjänsten
    i Gävle'), else the document's."""
    words = body.text.split()
    first_word = words[0] if words else ""
    places = [first_word, first_word[:-1] if first_word.endswith("s") else ""]
    places += [m.group("place") for m in (_IN_PLACE.search(body.canonical), _IN_PLACE.search(body.text)) if m]
    for place in places:
        if not place:
            continue
        for entry in context.gazetteer.lookup(place):
            if entry.type != E.PLACE.value:
                continue
            for org in context.gazetteer.children(E.MUNICIPALITY.value, entry.name):
                named = context.first(org.name, E.MUNICIPALITY)
                if named is not None:
                    return named
                home = context.home_municipality
                if home is not None and home.canonical == org.name:
                    return home
                return None  # another municipality's body, which the document does not name
    return context.home_municipality or _centre_municipality(context)


def _owning_body(context: RelationContext, body: Mention) -> Mention | None:
    """The body whose genitive names ``body`` ('kommunstyrelsens arbetsutskott' -> Kommunstyrelsen),
    when the document names that body too."""
    named = _GENITIVE_BODY.match(body.text)
    if named is None:
        return None
    owner = named.group("owner").lower()
    for _, mention in context.all_mentions():
        if (
            mention.type == E.MUNICIPAL_BODY
            and mention.canonical != body.canonical
            and owner in (mention.canonical.lower(), mention.text.lower())
        ):
            return mention
    return None


def _centre_municipality(context: RelationContext) -> Mention | None:
    """The one municipality whose centre the document names ('Söderhamns centrum'), when it names
    no municipality nor its place otherwise: its committees and offices are that municipality's."""
    found: dict[str, Mention] = {}
    for _, mention in context.all_mentions():
        centre = _CENTRE.match(mention.text) if mention.type == E.PLACE else None
        if centre is None:
            continue
        _, place = _centre_place(context, centre)
        if place is None:
            continue
        for entry in context.gazetteer.by_name(place.canonical):
            if entry.type == E.PLACE.value and entry.attribute("code"):
                for org in context.gazetteer.children(E.MUNICIPALITY.value, entry.name):
                    found.setdefault(
                        org.name, Mention(mention.start, mention.start, org.name, E.MUNICIPALITY, org.name)
                    )
    return next(iter(found.values())) if len(found) == 1 else None


def _place_relations(context: RelationContext, place: Mention) -> Iterator[FoundRelation]:
    gazetteer = context.gazetteer
    entries = [e for e in gazetteer.by_name(place.canonical) if e.type == E.PLACE.value]
    for entry in entries:
        if entry.parent:
            parent = context.first(entry.parent, E.PLACE)
            if parent is not None:
                yield FoundRelation(place, parent, R.LOCATED_IN, _GAZETTEER_PLACE)
                break
    centre = _CENTRE.match(place.text) or _CENTRE.match(place.canonical)  # 'centrum' said of 'Xs centrum'
    if centre:
        name, known = _centre_place(context, centre)
        if known is not None:
            inner = Mention(place.start, place.start + len(name), name, E.PLACE, known.canonical)
            yield FoundRelation(place, inner, R.LOCATED_IN, 0.85)
    named_in = _IN_PLACE.search(place.canonical) if not entries else None
    if named_in is not None:
        # 'Hells Angels klubblokal i Ås': a place whose name says where it is
        whole = context.first(named_in.group("place"), E.PLACE)
        if whole is not None:
            yield FoundRelation(place, whole, R.LOCATED_IN, 0.7)
    if not entries and _BUILDING.search(place.canonical.lower()):
        group = _group_in_name(context, place)
        if group is not None:
            yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.6)
        home = _home_place(context)
        if home is not None:
            yield FoundRelation(place, home, R.LOCATED_IN, 0.55)


def _centre_place(context: RelationContext, centre: re.Match[str]) -> tuple[str, Mention | None]:
    """The place a centre is named after: 'Västerås city' is Västerås's, 'Hässleholms centrum' Hässleholm's."""
    name = centre.group("place")
    names = [name + "s", name] if centre.group("genitive") == "s" else [name]
    for candidate in names:
        known = context.first(candidate, E.PLACE) or _known_place(context, candidate)
        if known is not None:
            return candidate, known
    return name, None


def _known_place(context: RelationContext, name: str) -> Mention | None:
    for entry in context.gazetteer.lookup(name):
        if entry.type == E.PLACE.value:
            return Mention(0, 0, name, E.PLACE, entry.name)
    return None


def _home_place(context: RelationContext) -> Mention | None:
    """The document's own town, when the document names it as a place."""
    home = context.home_place
    return home if home is not None and home.end > home.start else None


def _group_in_name(context: RelationContext, place: Mention) -> Mention | None:
    """The criminal group whose name begins a place's name ('Bandidosvillan' -> Bandidos MC)."""
    lowered = place.text.lower()
    for entry in context.gazetteer.by_type(E.CRIMINAL_GROUP.value):
        for surface in entry.surfaces:
            if (
                len(surface) >= _MIN_GROUP_PREFIX
                and lowered.startswith(surface.lower())
                and len(lowered) > len(surface)
            ):
                named = context.first(entry.name, E.CRIMINAL_GROUP)
                if named is not None:
                    return named
                return Mention(
                    place.start,
                    place.start + len(surface),
                    place.text[: len(surface)],
                    E.CRIMINAL_GROUP,
                    entry.name,
                )
    return None
