"""What a quoted politician asks for: '– Vi föreslår fler ordningsvakter, säger Per Lind (KD).'

A politician (a party named beside the name, or a politician's role) who says what is needed or
what must be done ('– Det behövs fler ordningsvakter, säger ...', 'Enligt Per Lind (KD) borde
kommunen införa ...') proposes it as well; an official saying so does not.

In a quote, 'vi' and 'jag' are the speaker's side, and the speaker is named after 'säger' in the
same sentence. A measure the quote proposes, demands or wants ('vi föreslår', 'jag kräver', 'vi vill
ha', 'vi vill se') is then proposed by the speaker; the speaker's party proposes it too
(``loaders.relations.politics.party_voices`` reads the person's party). Only a person is a speaker here:
a quoted official of an agency or a police unit speaks for work that is done, which other readings
take. A negated wish ('vi vill inte ha') proposes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["quoted_proposals"]

# The verb of saying right before the speaker's name, a role or a title between them allowed.
_SAID_BY = re.compile(r"\b(?:säger|sa|sade|skriver|menar|anser|betonar)\s+(?:[\wåäö-]+\s+){0,3}\Z", re.I)
# 'vi/jag' and a verb of proposing, with 'också', 'därför', 'nu' between them.
_PROPOSING = re.compile(
    r"\b(?:vi|jag)\s+(?:(?:också|även|därför|nu|alltså|dessutom)\s+)?"
    r"(?:vill|föreslår|föreslog|kräver|krävde|yrkar|yrkade|lovar|motionerar|kan\s+tänka\s+oss)\b(?!\s+inte\b)",
    re.IGNORECASE,
)
# What a politician says must be done: 'det behövs X', 'kommunen måste/bör införa X'.
_DEMANDING = re.compile(
    r"\b(?:det\s+)?(?:behövs|krävs)\b(?!\s+inte\b)"
    r"|\b(?:måste|bör|borde|behöver)\s+(?:(?:kommunen|regionen|staten|regeringen|man|vi)\s+)?"
    r"(?:(?:också|även|därför|nu|snarast)\s+)?"
    r"(?:införa|inrätta|anställa|satsa\s+på|starta|skapa|ta\s+fram|få|ha|se)\b",
    re.IGNORECASE,
)
# 'Enligt Anna Berg (M) borde kommunen ...': the person the claim is attributed to.
_ACCORDING_TO = re.compile(r"\benligt\s+(?:[\wåäö-]+\s+){0,2}\Z", re.IGNORECASE)
# Roles of those who speak for a party or a council's majority.
_POLITICIAN = re.compile(
    r"\b(?:kommunalråd\w*|oppositionsråd\w*|gruppledare\w*|riksdagsledamot\w*|partiledare\w*"
    r"|regionråd\w*|ordförande\w*|språkrör\w*)",
    re.IGNORECASE,
)


def quoted_proposals(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PROPOSES) from the quoted speaker to each measure the quote asks for."""
    in_politics = any(m.type == E.POLITICAL_PARTY for _, m in context.all_mentions())
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
        if speakers:
            speaker = speakers[0]
            cue = _PROPOSING.search(text, 0, speaker.start - base)
            if cue is None and _politician(text, mentions):
                cue = _DEMANDING.search(text, 0, speaker.start - base)
            if cue is not None:
                for m in mentions:
                    if m.type == E.INITIATIVE and cue.end() <= m.start - base and m.end <= speaker.start:
                        yield i, FoundRelation(speaker, m, R.PROPOSES, 0.5)
            continue
        found = _attributed(text, base, mentions)
        yield from ((i, f) for f in (found or _quote_before_speaker(context, i, in_politics)))


def _quote_before_speaker(context: RelationContext, i: int, in_politics: bool) -> list[FoundRelation]:
    """'– Vi kan tänka oss X. Vi vill också ha Y, säger Per Lind.': a sentence of the quote before
    the one naming the speaker proposes what its 'vi' asks for, in a text about party politics
    (a quoted official's 'vi vill' is work the authority does, read elsewhere)."""
    if not in_politics:
        return []
    text, base = context.sentences[i].text, context.sentences[i].start
    cue = _PROPOSING.search(text)
    if cue is None:
        return []
    speaker = context.speaker(i)
    if speaker is None or speaker.start < base:
        return []
    return [
        FoundRelation(speaker, m, R.PROPOSES, 0.45)
        for m in context.mentions[i]
        if m.type == E.INITIATIVE and m.start - base >= cue.end()
    ]


def _politician(text: str, mentions: list[Mention]) -> bool:
    """Whether the sentence's speaker speaks as a politician: a party is named (its letter after the
    name, '(M)'), or a politician's role."""
    return any(m.type == E.POLITICAL_PARTY for m in mentions) or _POLITICIAN.search(text) is not None


def _attributed(text: str, base: int, mentions: list[Mention]) -> list[FoundRelation]:
    """'Enligt Anna Berg (M) borde kommunen införa X': the politician proposes X."""
    for m in mentions:
        if m.type != E.PERSON or not _ACCORDING_TO.search(text, max(0, m.start - base - 30), m.start - base):
            continue
        if not _politician(text, mentions):
            return []
        cue = _DEMANDING.search(text, m.end - base) or _PROPOSING.search(text, m.end - base)
        if cue is None:
            return []
        return [
            FoundRelation(m, x, R.PROPOSES, 0.5)
            for x in mentions
            if x.type == E.INITIATIVE and x.start - base >= cue.end()
        ]
    return []
