"""An initiative no reading ties to anyone, in a clause whose subject runs other initiatives.

'Lokalpolisområde Ekby har under året haft fokus på Nattljus': no verb of carrying out says who
runs Nattljus, but its clause's subject is an organisation the document shows running its other
initiatives, and a writer names an organisation as the subject beside an effort of no one else's
because it is that organisation's work. So the subject (the parse's ``nsubj``, not a genitive or a
complement such as 'information om polisen') RUNS each initiative named after it in the clause
that nothing else in the document ties to an actor (run, funded, proposed or taken part in).
Negated, wished, planned or investigated efforts ('vill', 'bör', 'utreda om') are not yet run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.trees import first_conjunct, mention_head, parsed
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["untied_runner_relations"]

_TIED = frozenset([R.RUNS, R.FUNDS, R.PROPOSES, R.PARTICIPATES_IN])
_NOT_DONE = re.compile(
    r"\b(?:inte|ej|aldrig|vill|ville|önska\w*|kräv\w*|föreslå\w*|bör|borde|behöv\w*|planera\w*|skulle|vore"
    r"|utreda|utredning)\b",
    re.IGNORECASE,
)
_CONFIDENCE = 0.35


def untied_runner_relations(
    context: RelationContext, found: Mapping[int, Sequence[FoundRelation]]
) -> list[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from a clause's running subject to each untied initiative after it."""
    tied = {f.target.canonical for rels in found.values() for f in rels if f.type in _TIED}
    runners = {
        f.source.canonical
        for rels in found.values()
        for f in rels
        if f.type is R.RUNS and f.source.type in ORGANISATIONS
    }
    candidates = {
        i: subject
        for i, mentions in enumerate(context.mentions)
        if any(m.type == E.INITIATIVE and m.canonical not in tied for m in mentions)
        and (subject := _one_runner(mentions, runners)) is not None
        and not _NOT_DONE.search(context.sentences[i].text)
    }
    if not candidates:
        return []
    trees = parsed(context, sorted(candidates))
    result: list[tuple[int, FoundRelation]] = []
    for i, subject in candidates.items():
        token = mention_head(trees[i], context.sentences[i].start, subject)
        if token is None or first_conjunct(token).dep_ != "nsubj":
            continue
        for mention in context.mentions[i]:
            if mention.type != E.INITIATIVE or mention.canonical in tied or mention.start < subject.end:
                continue
            tied.add(mention.canonical)
            result.append((i, FoundRelation(subject, mention, R.RUNS, _CONFIDENCE)))
    return result


def _one_runner(mentions: Sequence[Mention], runners: set[str]) -> Mention | None:
    """The one organisation of the sentence that runs something in the document, named as itself
    (not in the genitive of something else: 'polisens statistik')."""
    named = {m.canonical: m for m in mentions if m.type in ORGANISATIONS and m.canonical in runners}
    if len(named) != 1:
        return None
    subject = next(iter(named.values()))
    if subject.text.endswith("s") and not subject.canonical.endswith("s"):
        return None
    return subject
