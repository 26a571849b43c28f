"""Places inside larger places, as one sentence puts them together.

- 'i Sydsverige har det skjutits i A, B och C': a region named with 'i' before places named with
  'i' later in the sentence contains each of them. A county or a landskap contains only the
  places the gazetteer puts in it; a landsdel or an informal region ('Mellansverige',
  'Göteborgsregionen') the text itself vouches for.
- 'Gränby, Uppsala': a place, a comma and a town (not a list of towns) is inside that town;
  'Mora, Dalarna' a town inside the county or landskap the gazetteer puts it in.
- 'Uppsalastadsdelen Gränby', 'Göteborgsförorten Angered': a town compounded with the kind of
  place names the town the place is in.
- 'Gränby, en stadsdel i Uppsala', 'Gränby ligger i norra Uppsala': a place described as lying in
  another.
- 'Region Mitt, som består av Uppsala, Gävleborg och Västmanland': a region made of places holds
  each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from loaders.relations.arguments import SentenceView
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

# Kinds of larger places in the gazetteer (loaders/data/areas.tsv, counties).
_AREA_KINDS = frozenset({"landsdel", "delregion", "landskap", "län"})
# Kinds that the gazetteer can check membership of; the others rest on the text.
_CHECKED_KINDS = frozenset({"landskap", "län"})
# Regions the gazetteer does not list: 'Sydsverige', 'Västsverige', 'Göteborgsregionen'.
_INFORMAL_REGION = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:sverige|regionen)$")
_IN_BEFORE = re.compile(r"(?:^|\s)(?:i|på)\s+$", re.IGNORECASE)
_LIST_BEFORE = re.compile(r"(?:,|\soch|\ssamt|\seller)\s+$")
_COMMA = re.compile(r"\s*,\s*")
_LIST_AFTER = re.compile(r"\s*(?:,|och|samt|eller)\s*")
_COMPOUND = re.compile(
    r"(?P<town>[A-ZÅÄÖ][a-zåäö]+?)(?:stadsdelen|förorten|kommundelen|bostadsområdet|tätorten|byn)\s+$"
)
_CONFIDENCE = 0.65
_DESCRIBED_IN = re.compile(
    r"\s*(?:(?:,\s*(?:som\s+är\s+)?|\s+(?:är|var)\s+)(?:en|ett)\s+(?:\w+\s+){0,2}?"
    r"(?:stadsdel|område|bostadsområde|förort|by|ort|tätort|kommundel|del|kvarter|centrum|kommun|stad)\s+(?:i|av)"
    r"|\s+(?:ligger|låg|är\s+belägen|är\s+beläget)\s+(?:\w+\s+){0,2}?i)"
    r"\s+(?:(?:centrala|norra|södra|östra|västra|nordöstra|nordvästra|sydöstra|sydvästra)\s+)?",
    re.IGNORECASE,
)
_MADE_OF = re.compile(
    r"\s*,?\s*(?:som\s+)?(?:består|bestod|utgörs|omfattar|omfattade|innefattar|innefattade)\s+(?:av\s+)?"
    r"(?:(?:kommunerna|länen|stadsdelarna|områdena|orterna)\s+)?",
    re.IGNORECASE,
)


def contained_places(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, LOCATED_IN) for the places each sentence puts inside larger ones."""
    for i, sentence in enumerate(context.sentences):
        places = [m for m in context.mentions[i] if m.type == E.PLACE]
        if not places:
            continue
        text, offset = sentence.text, sentence.start
        for found in (
            *_in_region(context.gazetteer, text, offset, places),
            *_comma_town(context.gazetteer, text, offset, places),
            *_compound_town(context.gazetteer, text, offset, places),
            *_described(text, offset, places),
            *_county_towns(context.gazetteer, places),
        ):
            if found.source.canonical != found.target.canonical:
                yield i, found


def _entries(gazetteer: Gazetteer, place: Mention) -> list[GazetteerEntry]:
    return [e for e in gazetteer.by_name(place.canonical) if e.type == E.PLACE.value]


def _area_kind(gazetteer: Gazetteer, place: Mention) -> str | None:
    """The kind of a region larger than a municipality, or None for a town, district or unknown place."""
    entries = _entries(gazetteer, place)
    for entry in entries:
        kind = entry.attribute("kind")
        if kind in _AREA_KINDS:
            return kind
    if not entries and _INFORMAL_REGION.match(place.canonical):
        return "informal"
    return None


def _county(gazetteer: Gazetteer, place: Mention) -> str | None:
    """The county a town or a district is in, as the gazetteer knows it."""
    for entry in _entries(gazetteer, place):
        if entry.attribute("county"):
            return entry.attribute("county")
        town = entry.attribute("municipality")
        if town:
            for parent in gazetteer.by_name(town):
                if parent.type == E.PLACE.value and parent.attribute("county"):
                    return parent.attribute("county")
    return None


def _is_town(gazetteer: Gazetteer, place: Mention) -> bool:
    return any(e.attribute("code") for e in _entries(gazetteer, place))


def _contains(gazetteer: Gazetteer, area: Mention, kind: str, place: Mention) -> bool:
    if kind not in _CHECKED_KINDS:
        return _is_town(gazetteer, place) or _county(gazetteer, place) is not None
    county = _county(gazetteer, place)
    if county is None:
        return False
    # 'Skåne' (landskap) holds the towns of Skåne län; a landskap of another shape checks nothing.
    return county == area.canonical or county.split()[0].rstrip("s") == area.canonical


def _in_region(
    gazetteer: Gazetteer, text: str, offset: int, places: list[Mention]
) -> Iterator[FoundRelation]:
    for k, area in enumerate(places):
        kind = _area_kind(gazetteer, area)
        if kind is None or not _IN_BEFORE.search(text[: area.start - offset]):
            continue
        in_seen = False
        for place in places[k + 1 :]:
            before = text[: place.start - offset]
            if _IN_BEFORE.search(before):
                in_seen = True
            elif not (in_seen and _LIST_BEFORE.search(before)):
                continue
            if _area_kind(gazetteer, place) is None and _contains(gazetteer, area, kind, place):
                yield FoundRelation(place, area, R.LOCATED_IN, _CONFIDENCE)


def _comma_town(
    gazetteer: Gazetteer, text: str, offset: int, places: list[Mention]
) -> Iterator[FoundRelation]:
    for k, (part, town) in enumerate(pairwise(places)):
        between = text[part.end - offset : town.start - offset]
        if not _COMMA.fullmatch(between):
            continue
        kind = _area_kind(gazetteer, town)
        if kind in _CHECKED_KINDS and _is_town(gazetteer, part) and _contains(gazetteer, town, kind, part):
            yield FoundRelation(part, town, R.LOCATED_IN, _CONFIDENCE)  # 'Ludvika, Dalarna'
            continue
        if not _is_town(gazetteer, town):
            continue
        if _is_town(gazetteer, part) or _area_kind(gazetteer, part) is not None:
            continue  # 'Kristianstad, Halmstad': a list of towns
        after = places[k + 2] if k + 2 < len(places) else None
        listed_after = after is not None and _LIST_AFTER.fullmatch(
            text[town.end - offset : after.start - offset]
        )
        if _LIST_BEFORE.search(text[: part.start - offset]) or listed_after:
            continue
        known_towns = {e.attribute("municipality") for e in _entries(gazetteer, part)} - {None}
        if known_towns and town.canonical not in known_towns:
            continue
        yield FoundRelation(part, town, R.LOCATED_IN, _CONFIDENCE)


def _compound_town(
    gazetteer: Gazetteer, text: str, offset: int, places: list[Mention]
) -> Iterator[FoundRelation]:
    for place in places:
        compound = _COMPOUND.search(text[: place.start - offset])
        if compound is None:
            continue
        name = compound.group("town")
        for candidate in (name, name[:-1] if name.endswith("s") else ""):
            towns = [
                e for e in gazetteer.lookup(candidate) if e.type == E.PLACE.value and e.attribute("code")
            ]
            if candidate and towns:
                start = offset + compound.start("town")
                town = Mention(start, start + len(name), name, E.PLACE, towns[0].name)
                yield FoundRelation(place, town, R.LOCATED_IN, _CONFIDENCE)
                break


def _county_towns(gazetteer: Gazetteer, places: list[Mention]) -> Iterator[FoundRelation]:
    """'Polisen i Mora och Länsstyrelsen i Dalarnas län': a town named in the same sentence as the
    county or landskap the gazetteer puts it in lies in it, wherever the sentence names them."""
    areas = [m for m in places if _area_kind(gazetteer, m) in _CHECKED_KINDS]
    for town in places:
        if not areas or not _is_town(gazetteer, town):
            continue
        for area in areas:
            if _contains(gazetteer, area, _area_kind(gazetteer, area) or "", town):
                yield FoundRelation(town, area, R.LOCATED_IN, _CONFIDENCE)


def _described(text: str, offset: int, places: list[Mention]) -> Iterator[FoundRelation]:
    for k, (part, whole) in enumerate(pairwise(places)):
        between = text[part.end - offset : whole.start - offset]
        if _DESCRIBED_IN.fullmatch(between):
            yield FoundRelation(part, whole, R.LOCATED_IN, _CONFIDENCE)
        elif _MADE_OF.fullmatch(between):
            members = [whole]
            for a, b in pairwise(places[k + 1 :]):
                if not _LIST_AFTER.fullmatch(text[a.end - offset : b.start - offset]):
                    break
                members.append(b)
            for member in members:
                yield FoundRelation(member, part, R.LOCATED_IN, _CONFIDENCE)


def listed_places_in(view: SentenceView, k: int, whole: Mention) -> list[FoundRelation]:
    """The places listed before slot ``k`` that 'i X' after ``k`` places too: 'i A, B och på C i X'.

    A list of towns before a town ('Mora och Orsa i Borlänge' is no containment) is left alone.
    """
    gazetteer = load_gazetteer()
    found: list[FoundRelation] = []
    for j in view.list_of(k):
        slot = view.slots[j]
        if j >= k or slot.type != E.PLACE or slot.mention is None:
            continue
        part = slot.mention
        if part.canonical == whole.canonical or (_is_town(gazetteer, part) and _is_town(gazetteer, whole)):
            continue
        if _area_kind(gazetteer, part) is not None:
            continue
        found.append(FoundRelation(part, whole, R.LOCATED_IN, _CONFIDENCE))
    return found
