"""Those a dialogue is named after take part in it.

'medborgardialoger', 'medarbetardialog', 'ungdomsdialogen': a dialogue named by the people it
is held with is joined by them. When the text speaks of those people in the sentence that names
the dialogue or the next one ('genom medborgardialoger får medborgarna säga sitt', 'Medborgarna
ska kunna påverka. 1. Medborgardialog'), the group PARTICIPATES_IN the dialogue. Who holds the
dialogue (the police, the municipality) runs it; only a group of people is read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["dialogue_parties"]

# 'medborgar|dialog', 'ungdoms|dialogen', 'föräldra|dialoger': the people before 'dialog'.
_DIALOGUE = re.compile(r"\b(?P<people>[a-zåäö]{4,}?)s?dialog(?:en|er|erna)?\b", re.IGNORECASE)
_REACH = 1  # the sentence that names the dialogue and the one after it


def dialogue_parties(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PARTICIPATES_IN) of the groups a dialogue is named after."""
    count = len(context.mentions)
    for i, mentions in enumerate(context.mentions):
        for dialogue in mentions:
            stem = _people(dialogue)
            if stem is None:
                continue
            for j in range(max(0, i - _REACH), min(count, i + _REACH + 1)):
                for group in context.mentions[j]:
                    if group.type is E.GROUP and group.canonical.lower().startswith(stem):
                        yield j, FoundRelation(group, dialogue, R.PARTICIPATES_IN, 0.5)


def _people(dialogue: Mention) -> str | None:
    """The stem of the people a dialogue is named after ('medborgar' for 'medborgardialoger')."""
    if dialogue.type is not E.INITIATIVE:
        return None
    match = _DIALOGUE.search(dialogue.canonical) or _DIALOGUE.search(dialogue.text)
    if match is None:
        return None
    stem = match.group("people").lower()
    # the linking vowel of a compound: 'föräldra-' for 'föräldrar', 'ungdoms-' for 'ungdomar'
    return stem[:-1] if stem.endswith("a") and len(stem) > 5 else stem
