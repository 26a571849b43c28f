"""Those who run or take part in an effort against a criminal group counter the group.

'Polisen gör en satsning mot de kriminella gängen i centrum. I satsningen deltar även
Skatteverket och Kronofogden.': the police and both agencies work to stop the gangs, so each
COUNTERS them (ONTOLOGY.md, *Annotation conventions*: whoever works to stop, disrupt or drive out
a group counters it). The effort names its target in its own words ('insatsen mot gängen'), or
its name swallowed the group ('riktad satsning mot kriminella gäng i X'); the actors come from
the RUNS and PARTICIPATES_IN already read in the document, each with its own sentence as the
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.groups import generic_name
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["effort_counters"]

# 'mot (de) kriminella gäng(en)', 'mot nätverken', 'mot X MC' in or right after an effort's words.
_AGAINST_GROUP = re.compile(
    r"\bmot\s+(?:(?:de|dessa|den|det)\s+)?(?:(?:kriminella|lokala|olika|två|tre|flera)\s+)?"
    r"(?P<noun>gäng(?:en|et)?|nätverk(?:en|et)?|grupperingar(?:na)?|mc-gäng(?:en|et)?)\b",
    re.IGNORECASE,
)
# Between an effort and the group it is directed against: 'insatsen mot X', 'Operation Y riktar sig
# mot X', 'satsningen, som riktas mot X,', 'projektet ska försvåra för X'.
_DIRECTED = re.compile(
    r"\s*,?\s+(?:(?:som|och)\s+)?(?:(?:ska|skall|har|har\s+varit|är|var|främst|särskilt|framför\s+allt)\s+)*"
    r"(?:(?:riktar|riktade|riktat)\s+sig\s+|riktas\s+|riktades\s+|riktad\s+|riktade\s+|inriktad\s+|inriktas\s+"
    r"|(?:syftar|syftade)\s+till\s+att\s+(?:bekämpa|stoppa|motverka|störa|trycka\s+tillbaka)\s+"
    r"|(?:bekämpa|bekämpar|stoppa|stoppar|motverka|motverkar|störa|stör)\s+"
    r"|(?:försvåra|försvårar)\s+för\s+)(?:mot\s+)?"
    r"(?:(?:de|dessa|den|det)\s+)?"
    r"|\s+mot\s+(?:(?:de|dessa|den|det)\s+)?",
    re.IGNORECASE,
)
_AFTER_EFFORT = 40  # characters after an effort's mention in which 'mot X' still belongs to it
_PARTAKING = (R.RUNS, R.PARTICIPATES_IN)


def effort_counters(
    context: RelationContext, found: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, COUNTERS) of the runners and participants of each effort against a group."""
    targets = _efforts_against(context)
    if not targets:
        return
    for i, rels in sorted(found.items()):
        for rel in rels:
            if rel.type not in _PARTAKING or rel.source.type not in ORGANISATIONS:
                continue
            group = targets.get(rel.target.canonical)
            if group is not None:
                yield i, FoundRelation(rel.source, group, R.COUNTERS, 0.55)


def _efforts_against(context: RelationContext) -> dict[str, Mention]:
    """Initiative canonical name -> the criminal group it is directed against."""
    targets: dict[str, Mention] = {}
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        for k, mention in enumerate(mentions):
            if mention.type != E.INITIATIVE or mention.canonical in targets:
                continue
            start = mention.start - sentence.start
            following = mentions[k + 1] if k + 1 < len(mentions) else None
            end = min(
                len(sentence.text),
                mention.end - sentence.start + _AFTER_EFFORT,
                following.start - sentence.start if following is not None else len(sentence.text),
            )
            against = _AGAINST_GROUP.search(sentence.text, start, end)
            if following is not None and following.type == E.CRIMINAL_GROUP:
                between = sentence.text[mention.end - sentence.start : following.start - sentence.start]
                if _DIRECTED.fullmatch(between):
                    targets[mention.canonical] = following
                    continue
            if against is None:
                continue
            phrase, head = generic_name(against.group("noun"))
            at = sentence.start + against.start("noun")
            targets[mention.canonical] = Mention(
                at,
                at + len(against.group("noun")),
                against.group("noun"),
                E.CRIMINAL_GROUP,
                phrase,
                generic=True,
                head=head,
                rule="effort_target",
            )
    return targets
