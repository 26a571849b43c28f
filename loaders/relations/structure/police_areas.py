"""The police area and region that cover a local police area the gazetteer does not list.

Police areas and regions follow county borders (``counties`` in ``loaders/data/police.tsv``), so
a local police area named after a municipality ('Lokalpolisområde Mora', 'Lokalpolisområde
Halmstad-Laholm') lies in the police area and region that cover that municipality's county.
Where a county is split between several police areas (Stockholm, Skåne, Västra Götaland), only
the region is known.
"""

from __future__ import annotations

import functools
import re

from graph.model import EntityType as E
from loaders.mentions.gazetteer import Gazetteer, GazetteerEntry

_LOCAL_AREA = "Lokalpolisområde "
# The towns a local police area is named after: 'Halmstad-Laholm', 'Uppsala/Knivsta', 'Piteå älvdal'.
_TOWN_SEPARATOR = re.compile(r"\s*[-/]\s*|\s+(?=[a-zåäö])")


def covering_areas(gazetteer: Gazetteer, unit: str) -> list[GazetteerEntry]:
    """The police area (when one covers the county whole) and the region of ``unit``'s town, the
    lower level first; empty when ``unit`` is no local police area named after a known town."""
    if not unit.startswith(_LOCAL_AREA):
        return []
    town = _TOWN_SEPARATOR.split(unit.removeprefix(_LOCAL_AREA))[0]
    county = _county_of(gazetteer, town)
    if county is None:
        return []
    return _areas_by_county(gazetteer).get(county, [])


def _county_of(gazetteer: Gazetteer, town: str) -> str | None:
    counties = {
        e.attribute("county")
        for e in gazetteer.lookup(town, case_sensitive=True)
        if e.type == E.PLACE.value and e.attribute("code") and e.attribute("county")
    }
    return counties.pop() if len(counties) == 1 else None


@functools.cache
def _areas_by_county(gazetteer: Gazetteer) -> dict[str, list[GazetteerEntry]]:
    """County -> [police area covering it whole, if any, then region]."""
    by_level: dict[str, dict[str, GazetteerEntry]] = {"polisomrade": {}, "region": {}}
    for entry in gazetteer.by_type(E.POLICE_UNIT.value):
        level = entry.attribute("level") or ""
        for county in (entry.attribute("counties") or "").split("|"):
            if county and level in by_level:
                by_level[level][county] = entry
    return {
        county: [a for a in (by_level["polisomrade"].get(county), region) if a is not None]
        for county, region in by_level["region"].items()
    }
