"""'De samverkande myndigheterna': every authority the text has named for the joint work.

'Samarbetet mellan myndigheterna i regionen gav resultat. Skatteverket höjde skatter och
Kronofogden utmätte bilar. Tillsammans når de samverkande myndigheterna längre än var
för sig.': the authorities named one by one in the sentences before, each doing its share, are
the collective a later sentence of joint work speaks of, so each COLLABORATES_WITH every other
(ONTOLOGY.md: those who together do something each collaborate with every other one; a relation
may rest on two sentences). ``loaders.relations.collaboration.parties_anaphor`` reads 'parterna' and
'myndigheterna' as the organisations of one sentence just before; this reads the authorities
named apart across the paragraph before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.collaboration.joint_sentences import JOINT
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["authority_collective_relations"]

_COLLECTIVE = re.compile(
    r"\b(?:de\s+)?(?:samverkande|deltagande|medverkande|samarbetande|berörda|inblandade)?\s*myndigheterna\b",
    re.IGNORECASE,
)
_COLLECTIVE_GATE = WordGate(_COLLECTIVE)  # most sentences hold none of its words
_AUTHORITIES = frozenset({E.POLICE_UNIT, E.AGENCY})
_REACH = 6  # sentences back over which the authorities are gathered
_LEAST, _MOST = 3, 8


def _authorities(context: RelationContext, first: int, last: int) -> dict[str, Mention]:
    """The authorities named in sentences ``first`` to ``last``, in the order they are first named."""
    named: dict[str, Mention] = {}
    for j in range(first, last + 1):
        for mention in context.mentions[j]:
            if mention.type in _AUTHORITIES and not mention.generic:
                named.setdefault(mention.canonical, mention)
    return named


def authority_collective_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, COLLABORATES_WITH) among the authorities a sentence of joint work calls
    'myndigheterna', under that sentence."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if not (_COLLECTIVE_GATE.may_match(text) and _COLLECTIVE.search(text) and JOINT.search(text)):
            continue
        named = _authorities(context, max(0, i - _REACH), i)
        if not _LEAST <= len(named) <= _MOST:
            continue
        for a, b in itertools.combinations(named.values(), 2):
            if a.type == b.type == E.POLICE_UNIT:
                continue  # a police unit and the authority it belongs to are one party
            yield i, FoundRelation(a, b, R.COLLABORATES_WITH, 0.45)
