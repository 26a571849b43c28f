"""'Parterna', 'myndigheterna': the parties named just before, acting together or with others.

'Mora kommun, Polisen och Region Dalarna har tecknat en överenskommelse. Parterna ska
samverka kring ...': the parties are the organisations the sentences before name together; a
sentence of joint work about them joins them (ONTOLOGY.md: a relation may rest on two sentences),
and a partner it names works with each of them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.partner_groups import is_partner_group
from loaders.relations.collaboration.joint_sentences import JOINT
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.structure.pacts import pacts_and_signatories

__all__ = ["party_anaphor_relations"]

# 'Parterna' are parties of something joint by the word itself; 'myndigheterna' only in a
# sentence of joint work ('Myndigheterna samverkar ...', not 'Myndigheterna beslagtog ...').
_PARTIES = re.compile(
    r"\b(?:parterna|båda\s+parter(?:na)?|bägge\s+parter(?:na)?|samtliga\s+parter)\b", re.IGNORECASE
)
_COLLECTIVES = re.compile(r"\b(?:myndigheterna|organisationerna|aktörerna)\b", re.IGNORECASE)
_ORGANISATIONS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION})
_REACH = 3  # sentences back to the parties
_MOST = 6


def _named(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.canonical: m for m in mentions if m.type in _ORGANISATIONS and not m.generic}


def _parties(context: RelationContext, i: int) -> tuple[int | None, list[Mention]]:
    """The parties 'parterna' in sentence ``i`` stands for, and the sentence that names them."""
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        named = _named(context.mentions[j])
        if 2 <= len(named) <= _MOST:
            return j, list(named.values())
    _, signatories = pacts_and_signatories(context)
    return None, signatories if len(signatories) >= 2 else []


def party_anaphor_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the parties a sentence refers back to."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if not (_PARTIES.search(text) or (_COLLECTIVES.search(text) and JOINT.search(text))):
            continue
        named_in, parties = _parties(context, i)
        if not parties:
            continue
        # The relation rests on both sentences: the one that names the parties is evidence too.
        where = [i] if named_in is None else [named_in, i]
        own = {p.canonical for p in parties}
        others = [
            m
            for m in context.mentions[i]
            if m.canonical not in own
            and ((m.type in _ORGANISATIONS and not m.generic) or is_partner_group(m))
        ]
        pairs = [(a, b) for a, b in itertools.combinations(parties, 2)]
        pairs += [(party, other) for party in parties for other in {m.canonical: m for m in others}.values()]
        for a, b in pairs:
            if not a.type == b.type == E.POLICE_UNIT:
                for at in where:
                    yield at, FoundRelation(a, b, R.COLLABORATES_WITH, 0.45)
