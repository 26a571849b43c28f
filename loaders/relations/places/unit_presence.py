"""A local police area is at work where the operations it runs take place.

'Lokalpolisområde Åby genomförde en insats i Åby. Insatsen skedde i Norrby och på Söderby.':
the insats is ACTIVE_IN Norrby and Söderby (``loaders.relations.places.presence``), and the local
police area that runs it is ACTIVE_IN them too. Only a local unit ('lokalpolisområde X',
'polisen i X', 'Åbypolisen') and only operational work (an insats, patrols, checks, presence,
a satsning) carry the place over: a police region that decides on an operation directs it
from elsewhere, and a pact or a method says nothing of where its signers work. 'Polisen' in a
text that names exactly one local police area is that area ('polisens insats' in a press
release of lokalpolisområde Åby).
The evidence is the sentence that places the operation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["unit_presence_relations"]

_OPERATIONS = (
    "insats", "närvaro", "patrull", "kontroll", "tillslag", "satsning", "operation", "övervakning",
    "bevakning", "razzia",
)  # fmt: skip
# 'Åbypolisen', 'närpolisen': a compound of a place and 'polisen' is the local police.
_PLACE_POLICE = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]+|när)polisen$")
_LOCAL_NAME = re.compile(r"^(?:lokalpolis|polisen\s+i\s)", re.IGNORECASE)


def unit_presence_relations(
    context: RelationContext, found: Mapping[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, ACTIVE_IN) of the local police areas that run an operation placed somewhere."""
    runners: dict[str, list[FoundRelation]] = {}
    for relations in found.values():
        for rel in relations:
            if rel.type is not R.RUNS or rel.source.type is not E.POLICE_UNIT:
                continue
            if _local(context, rel.source):
                runners.setdefault(rel.target.canonical, []).append(rel)
            elif rel.source.canonical == POLICE_ROOT and context.local_police is not None:
                # 'polisens insats' in a text about one local police area: that area's work
                local = FoundRelation(context.local_police, rel.target, R.RUNS, rel.confidence)
                runners.setdefault(rel.target.canonical, []).append(local)
    if not runners:
        return
    for i, relations in sorted(found.items()):
        for rel in relations:
            if rel.type is not R.ACTIVE_IN or rel.source.type is not E.INITIATIVE:
                continue
            if not any(stem in rel.source.canonical.lower() for stem in _OPERATIONS):
                continue
            for run in runners.get(rel.source.canonical, ()):
                yield i, FoundRelation(run.source, rel.target, R.ACTIVE_IN, 0.5)


def _local(context: RelationContext, unit: Mention) -> bool:
    """A local police area, by the gazetteer's level or by its name."""
    if any(
        entry.attribute("level") == "lokalpolisomrade" for entry in context.gazetteer.by_name(unit.canonical)
    ):
        return True
    return any(_LOCAL_NAME.match(name) or _PLACE_POLICE.match(name) for name in (unit.canonical, unit.text))
