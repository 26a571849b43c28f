"""Appointments: 'Polisregion Bergslagen har utsett Anna Ek till kommenderingschef', 'Kommunen
har anställt Per Lind som trygghetssamordnare'. The organisation that appoints or hires a person
is the one the person works for (ONTOLOGY.md: WORKS_FOR, with the role the text gives)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS

if TYPE_CHECKING:
    from loaders.relations.discourse import RelationContext

__all__ = ["appointments"]

# Between the organisation and the person: the verb of appointing and the title before the name.
_APPOINTS = re.compile(
    r"\s+(?:har\s+|hade\s+)?(?:\w+\s+){0,6}?(?:utsett|utsåg|utser|utse|anställt|anställde|anställer|rekryterat"
    r"|rekryterade|rekryterar|tillsatt|tillsatte|tillsätter)\s+(?:(?:en\s+ny\s+|ny\s+)?(?P<title>[a-zåäö-]+)\s+)?$",
    re.IGNORECASE,
)
# After the person: 'till kommenderingschef', 'som ny trygghetssamordnare'.
_AS = re.compile(r"\s+(?:till|som)\s+(?:ny\s+)?(?P<role>[a-zåäö-]{4,})", re.IGNORECASE)
_EMPLOYERS = ORGANISATIONS - {E.POLITICAL_PARTY}


def appointments(context: RelationContext, index: int) -> list[FoundRelation]:
    """WORKS_FOR of the persons an organisation of sentence ``index`` appoints or hires."""
    view = context.view(index)
    found: list[FoundRelation] = []
    for k, slot in enumerate(view.slots):
        if slot.mention is None or slot.type not in _EMPLOYERS:
            continue
        for person in view.slots[k + 1 : k + 3]:
            if person.type != E.PERSON or person.mention is None:
                continue
            appoints = _APPOINTS.search(view.text[slot.end : person.start])
            if appoints is None:
                continue
            role = _AS.match(view.text, person.end)
            properties = {"role": role.group("role").lower()} if role else {}
            found.append(FoundRelation(person.mention, slot.mention, R.WORKS_FOR, 0.6, properties))
            break
    return found
