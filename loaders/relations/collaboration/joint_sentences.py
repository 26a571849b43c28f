"""Collaboration stated by a sentence as a whole: organisations named together where it speaks of
working together.

'Polisen, kommunen och Kronofogden har under året gjort gemensamma kontroller',
'Samarbetet mellan Region Gotland, Länsstyrelsen och polisen fortsätter': whatever the verb
or the word order, the organisations a sentence names beside a word of joint work work with
each other (ONTOLOGY.md: those who together do something each collaborate with every other).
The trigger rules read who works with whom where the syntax says it; this reads the sentences
they leave, where the cue is plain but the structure is not. Unnamed groups that do the work
('fastighetsägarna', 'idrottsföreningarna') are parties too, except where a list after 'samverkan
med' names them: those are the subject's partners, not each other's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.partner_groups import is_partner_group
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

JOINT = re.compile(
    r"\b(?:samverka\w*|samarbet\w*|tillsammans|gemensam\w*|i\s+samråd\s+med|överenskommelse\w*"
    r"|samverkansöverenskommelse\w*|samverkansavtal\w*|partner\w*|parterna)\b",
    re.IGNORECASE,
)
# The cue after which a list names the partners of the subject: 'i samverkan med A, B och C'.
_PARTNERS_AFTER = re.compile(r"\b(?:samverka\w*|samarbet\w*|tillsammans|i\s+samråd)\s+med\s", re.IGNORECASE)
_NOT_JOINT = re.compile(r"\b(?:inte|ej|aldrig|saknas|utan)\b", re.IGNORECASE)
_ACTORS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION})
_MOST = 6  # a longer list is an enumeration of a field, not a party of joint work
# The councils that decide on the municipality's joint work are no partners in it: the
# municipality is ('ärendet togs upp i kommunstyrelsens utskott', 'fullmäktige antog avtalet').
_DECIDES = re.compile(r"kommunstyrelse|fullmäktige|utskott", re.IGNORECASE)


_LINK = re.compile(r"\s*(?:,|och|samt|,\s*och)\s*\Z")


def coordinated(text: str, offset: int, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of organisations joined only by commas and 'och': 'Polisen, kommunen och Tullverket'."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.type not in _ACTORS or mention.generic:
            continue
        if run and _LINK.match(text[run[-1].end - offset : mention.start - offset]):
            run.append(mention)
        else:
            if len(run) >= 2:
                runs.append(run)
            run = [mention]
    if len(run) >= 2:
        runs.append(run)
    return runs


_MOST_PERSONS = 4  # more named people in one sentence are a list of speakers, not a team


def _joint_persons(i: int, mentions: list[Mention]) -> Iterator[tuple[int, FoundRelation]]:
    """The people a sentence of joint work names ('Anna Ek och Per Lind leder arbetet tillsammans')."""
    persons = {m.canonical: m for m in mentions if m.type == E.PERSON}
    if 2 <= len(persons) <= _MOST_PERSONS:
        for a, b in itertools.combinations(persons.values(), 2):
            yield i, FoundRelation(a, b, R.COLLABORATES_WITH, 0.45)


# Families of organisations that are one party among themselves.
_FAMILY = {E.POLICE_UNIT: "police", E.MUNICIPALITY: "municipal", E.MUNICIPAL_BODY: "municipal"}


def _with_the_author(
    i: int, partner: Mention, context: RelationContext
) -> Iterator[tuple[int, FoundRelation]]:
    """'Samarbetet med Kriminalvården har gett resultat': a sentence of joint work that names one
    organisation names the partner of the one that speaks (a quote's speaker's employer), else of
    the one whose document it is."""
    own = context.we(i)
    if own is None or own.canonical == partner.canonical or own.type not in _ACTORS:
        return
    family = _FAMILY.get(own.type)
    if family is not None and family == _FAMILY.get(partner.type):
        return
    yield i, FoundRelation(own, partner, R.COLLABORATES_WITH, 0.4)


def joint_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """COLLABORATES_WITH among the organisations of each sentence that speaks of joint work."""
    for i, sentence in enumerate(context.sentences):
        if _NOT_JOINT.search(sentence.text):
            continue
        if not JOINT.search(sentence.text):
            for run in coordinated(sentence.text, sentence.start, context.mentions[i]):
                for a, b in itertools.combinations(run, 2):
                    if a.canonical != b.canonical and not a.type == b.type == E.POLICE_UNIT:
                        yield i, FoundRelation(a, b, R.COLLABORATES_WITH, 0.4)
            continue
        actors: dict[tuple[E, str], Mention] = {}
        groups: dict[str, Mention] = {}
        for mention in context.mentions[i]:
            if _DECIDES.search(mention.canonical) and mention.type == E.MUNICIPAL_BODY:
                continue
            if mention.type in _ACTORS and not mention.generic:
                actors.setdefault((mention.type, mention.canonical), mention)
            elif is_partner_group(mention):
                groups.setdefault(mention.canonical, mention)
        yield from _joint_persons(i, context.mentions[i])
        if len(actors) == 1:
            yield from _with_the_author(i, next(iter(actors.values())), context)
        if 2 <= len(actors) <= _MOST:
            for a, b in itertools.combinations(actors.values(), 2):
                if a.type == b.type == E.POLICE_UNIT:
                    continue  # a police unit and the authority it belongs to are one party
                yield i, FoundRelation(a, b, R.COLLABORATES_WITH, 0.5)
        yield from _with_groups(
            i, sentence.start, sentence.text, list(actors.values()), list(groups.values())
        )


def _with_groups(
    i: int, offset: int, text: str, actors: list[Mention], groups: list[Mention]
) -> Iterator[tuple[int, FoundRelation]]:
    """The unnamed groups a sentence of joint work names, with the others it names ('Polisen,
    kommunen och fastighetsägarna har tillsammans ...'). Partners listed after 'samverkan med'
    are partners of the subject, not of each other: a group among them is left out of their pairs."""
    members = actors + groups
    if not groups or not 2 <= len(members) <= _MOST:
        return
    cue = _PARTNERS_AFTER.search(text)
    after = cue.end() + offset if cue is not None else None
    for a, b in itertools.combinations(members, 2):
        if a.type != E.GROUP and b.type != E.GROUP:
            continue
        if after is not None and a.start >= after and b.start >= after:
            continue
        yield i, FoundRelation(a, b, R.COLLABORATES_WITH, 0.45)
