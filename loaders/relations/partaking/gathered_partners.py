"""Those an effort's runner gathers for it take part in it.

'Kommunen har samlat alla aktörer, exempelvis A, B och C', 'Vid två tillfällen samlade polisen
berörda parter som A och B': whoever runs an effort gathers its participants. The actors listed
after the gathered collective ('aktörer', 'parter', 'myndigheter', 'verksamheter' and their
examples) PARTICIPATE_IN the initiative of the sentence, else the one named last in the
sentences just before (the effort the text is about). The one who gathers is not among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.included_partners import recent_initiative
from loaders.relations.partaking.partner_clauses import owns
from loaders.relations.triggers import allowed

__all__ = ["gathered_partners"]

_GATHERED = re.compile(
    r"\b(?:samlar|samlade|samlat|samla|bjöd\s+in|bjuder\s+in|bjudit\s+in)\s+(?:(?:alla|samtliga|berörda|de|olika|flera)\s+)*"
    r"(?:[\wåäö-]*(?:aktör|part|myndighet|organisation|verksamhet|förvaltning|instans)(?:er|erna|na)?)"
    r"\s*,?\s*(?:som|såsom|t\.\s?ex\.?|till\s+exempel|exempelvis|bland\s+(?:annat|andra)|bl\.\s?a\.|däribland|:)\s*",
    re.IGNORECASE,
)
_GATHERED_GATE = WordGate(_GATHERED)  # most sentences hold none of its words
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig)\b", re.IGNORECASE)


_PARTNERS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP})
# Where the list of examples ends: the end of the clause.
_CLAUSE_END = re.compile(r"[.;:!?]|\s[–-]\s|\b(?:som|där|för\s+att|men|vilket)\b", re.IGNORECASE)


def _listed_after(context: RelationContext, i: int, position: int) -> list[Mention]:
    """The actors from ``position`` to the end of the clause: a list of examples may hold items
    that are no known actors ('kommunens enheter för boende och missbruk, A och B')."""
    sentence = context.sentences[i]
    end = _CLAUSE_END.search(sentence.text, position - sentence.start)
    stop = sentence.start + (end.start() if end else len(sentence.text))
    return [m for m in context.mentions[i] if m.type in _PARTNERS and position <= m.start and m.end <= stop]


def gathered_partners(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PARTICIPATES_IN) of the actors a runner gathers for an effort."""
    for i, sentence in enumerate(context.sentences):
        cue = _GATHERED.search(sentence.text) if _GATHERED_GATE.may_match(sentence.text) else None
        if cue is None or _NEGATED.search(sentence.text, 0, cue.start()):
            continue
        partners = _listed_after(context, i, sentence.start + cue.end())
        if not partners:
            continue
        target = recent_initiative(context, i, sentence.start + cue.start())
        if target is None:
            continue
        for partner in partners:
            if partner.type is E.INITIATIVE or owns(partner, target):
                continue
            if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                yield i, FoundRelation(partner, target, R.PARTICIPATES_IN, 0.5)
