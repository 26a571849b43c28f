"""Districts, streets and centres inside the town a local document is about.

A local text names its own town once ('Polisen i Mora genomförde en insats') and its districts
afterwards without repeating it ('Insatsen skedde i Norrby och på Öster'): for a reader of the
text the districts are plainly the town's. A place the gazetteer does not know as a town, county,
landskap or country, in a document whose one own town is named in that sentence or the one before, is LOCATED_IN
that town.

The rule stays out of documents that name several towns of their own rank (a county's page, a
national report): there the text does not say which town a district is in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

_CONFIDENCE = 0.55
# Regions of their own ('Sydsverige', 'Stockholmsregionen', 'Norrlands inland'): larger than a town.
_REGION_WORD = re.compile(
    r"(?:sverige|regionen|region|länet|län|landet|norrland|inlandet|kusten|dalen|älvdal)$", re.IGNORECASE
)


def home_districts(
    context: RelationContext, located: Iterable[str] = ()
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, LOCATED_IN) of each unknown place of a one-town document in that town.

    ``located`` are places the text already puts somewhere: they are left where it put them.
    """
    home = _only_town(context)
    if home is None:
        return
    placed = set(located)
    seen: set[str] = set()
    for i, mention in context.all_mentions():
        if mention.type != E.PLACE or mention.canonical in seen or mention.canonical in placed:
            continue
        seen.add(mention.canonical)
        if mention.canonical == home.canonical or not _district_like(context, mention):
            continue
        if not any(m.canonical == home.canonical for j in (i - 1, i) if j >= 0 for m in context.mentions[j]):
            continue  # the town named in this sentence or the one before: the text keeps to it
        yield i, FoundRelation(mention, home, R.LOCATED_IN, _CONFIDENCE)


def _only_town(context: RelationContext) -> Mention | None:
    """The document's town, when it is the only town the document names."""
    home = context.home_place
    if home is None or home.end <= home.start:
        return None
    towns = {m.canonical for _, m in context.all_mentions() if m.type == E.PLACE and _is_town(context, m)}
    return home if towns <= {home.canonical} else None


def _is_town(context: RelationContext, place: Mention) -> bool:
    return any(
        e.type == E.PLACE.value and e.attribute("code") for e in context.gazetteer.by_name(place.canonical)
    )


def _district_like(context: RelationContext, place: Mention) -> bool:
    """A place no gazetteer knows (nor as a larger area) and whose name is no region's."""
    if any(e.type == E.PLACE.value for e in context.gazetteer.by_name(place.canonical)):
        return False
    return not _REGION_WORD.search(place.canonical)
