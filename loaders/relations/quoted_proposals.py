"""What a quoted politician asks for: '– Vi föreslår fler ordningsvakter, säger Per Lind (KD).'

In a quote, 'vi' and 'jag' are the speaker's side, and the speaker is named after 'säger' in the
same sentence. A measure the quote proposes, demands or wants ('vi föreslår', 'jag kräver', 'vi vill
ha', 'vi vill se') is then proposed by the speaker; the speaker's party proposes it too
(``loaders.relations.party_voices`` reads the person's party). Only a person is a speaker here:
a quoted official of an agency or a police unit speaks for work that is done, which other readings
take. A negated wish ('vi vill inte ha') proposes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["quoted_proposals"]

# The verb of saying right before the speaker's name, a role or a title between them allowed.
_SAID_BY = re.compile(r"\b(?:säger|sa|sade|skriver|menar|anser|betonar)\s+(?:[\wåäö-]+\s+){0,3}\Z", re.I)
# 'vi/jag' and a verb of proposing, with 'också', 'därför', 'nu' between them.
_PROPOSING = re.compile(
    r"\b(?:vi|jag)\s+(?:(?:också|även|därför|nu|alltså|dessutom)\s+)?"
    r"(?:vill|föreslår|föreslog|kräver|krävde|yrkar|yrkade|lovar|motionerar)\b(?!\s+inte\b)",
    re.IGNORECASE,
)


def quoted_proposals(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PROPOSES) from the quoted speaker to each measure the quote asks for."""
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        if not any(m.type == E.INITIATIVE for m in mentions):
            continue
        text, base = sentence.text, sentence.start
        speakers = [
            m
            for m in mentions
            if m.type == E.PERSON and _SAID_BY.search(text, max(0, m.start - base - 60), m.start - base)
        ]
        if not speakers:
            continue
        speaker = speakers[0]
        cue = _PROPOSING.search(text, 0, speaker.start - base)
        if cue is None:
            continue
        for m in mentions:
            if m.type == E.INITIATIVE and cue.end() <= m.start - base and m.end <= speaker.start:
                yield i, FoundRelation(speaker, m, R.PROPOSES, 0.5)
