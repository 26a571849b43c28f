"""Those an initiative's own name says take part in it.

- Partners named after ``med``, ``mellan`` or ``tillsammans med`` in the initiative's phrase:
  ``dialog med fastighetsägare``, ``samverkansmöte mellan kommun, polis och utlämningsställen``,
  ``samtal med ungdomar i riskzon``; professionals after ``för``: ``kompetenslyft för kuratorer
  och socionomer`` (the people a measure is *for*, ``insats för unga``, are its target, not
  its participants).
- A meeting named by its participants in a compound: ``medborgardialoger`` (medborgare),
  ``medarbetardialoger``, ``föräldramöten``.

Each partner is a mention of its own beside the initiative (the initiative's span holds it);
whoever runs the initiative is not also said to take part in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.lexicon import Lexicon, load_lexicon
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import allowed

__all__ = ["named_participants"]

# Where the partners start inside an initiative's phrase.
_WITH = re.compile(r"\b(?:(?:tillsammans\s+)?med|mellan|(?P<for>för))\s+", re.IGNORECASE)
_WORD = re.compile(r"[\wåäöÅÄÖ-]+")
# Between two partners of a list, with an optional determiner before the next.
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+")
_POLICE_WORDS = frozenset(["polis", "polisen"])
# A meeting named by those who meet: 'medborgardialoger', 'föräldramöten', 'företagarträffar'.
_MEETING = re.compile(
    r"\b(?P<pre>[a-zåäö]{4,}?)(?:dialog|möte|samtal|träff)(?:en|er|erna|ar|arna|na|et|n)?\b", re.IGNORECASE
)
_MEETING_FORMS = ("e", "r", "er", "", "are")


def named_participants(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the partners an initiative's phrase names, for the initiatives among
    the document's mentions and those the relations already read name (list items); whoever runs
    an initiative is no participant in it."""
    lexicon = load_lexicon()
    population = lexicon.gazetteer.population_nouns
    running = {
        (r.source.canonical, r.target.canonical) for f in by_sentence.values() for r in f if r.type is R.RUNS
    }
    initiatives: dict[tuple[int, int, str], int] = {}
    for i, mentions in enumerate(context.mentions):
        for m in mentions:
            if m.type is E.INITIATIVE:
                initiatives.setdefault((m.start, m.end, m.canonical), i)
    read: dict[tuple[int, int, str], Mention] = {}
    for i, found in by_sentence.items():
        for rel in found:
            for m in (rel.source, rel.target):
                if m.type is E.INITIATIVE:
                    initiatives.setdefault((m.start, m.end, m.canonical), i)
                    read[(m.start, m.end, m.canonical)] = m
    mentions_by_key = {(m.start, m.end, m.canonical): m for ms in context.mentions for m in ms}
    for key, i in initiatives.items():
        initiative = mentions_by_key.get(key) or read[key]
        if True:
            for partner in _partners(context, lexicon, initiative, population):
                if (partner.canonical, initiative.canonical) in running:
                    continue
                if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                    yield i, FoundRelation(partner, initiative, R.PARTICIPATES_IN, 0.55)


def _partners(
    context: RelationContext, lexicon: Lexicon, initiative: Mention, population: frozenset[str]
) -> list[Mention]:
    found = _listed(context, lexicon, initiative, population)
    if not found:
        found = _meeting(lexicon, initiative)
    return found


def _listed(
    context: RelationContext, lexicon: Lexicon, initiative: Mention, population: frozenset[str]
) -> list[Mention]:
    text = context.text
    if text is None:
        return []
    start = text.find(initiative.text, initiative.start, initiative.end)
    if start < 0:  # an item line's measure is read from within the line: its text, not its span
        return []
    end = start + len(initiative.text)
    cue = _WITH.search(text, start, end)
    if cue is None:
        return []
    out: list[Mention] = []
    pos = cue.end()
    while pos < end:
        word = _WORD.match(text, pos, end)
        if word is None:
            break
        entries, name_end, lemma, group_end = lexicon.read_at(text, pos, end)
        found: Mention | None = None
        if lemma is not None and group_end > pos:
            if cue.group("for") and lemma in population:
                return []  # the people a measure is for are its target
            found = Mention(pos, group_end, text[pos:group_end], E.GROUP, lemma, generic=True, head=lemma)
        elif entries and name_end > pos:
            type_ = E(entries[0].type)
            found = Mention(pos, name_end, text[pos:name_end], type_, entries[0].name)
        elif word.group().lower() in _POLICE_WORDS and context.police is not None:
            police = context.police
            found = Mention(pos, word.end(), word.group(), police.type, police.canonical)
        if found is None:
            # 'mellan kommun, polis och X': a member not named here is passed over, inside a list only
            gap = _LIST_GAP.match(text, word.end(), end)
            if gap is None or word.group()[:1].isupper():
                break
            pos = gap.end()
            continue
        out.append(found)
        pos = found.end
        gap = _LIST_GAP.match(text, pos, end)
        if gap is None:
            break  # 'ungdomar i riskzon': a modifier ends the list
        pos = gap.end()
    return out


def _meeting(lexicon: Lexicon, initiative: Mention) -> list[Mention]:
    m = _MEETING.search(initiative.text)
    if m is None:
        return []
    pre = m.group("pre").lower()
    for ending in _MEETING_FORMS:
        form = pre + ending
        _, _, lemma, group_end = lexicon.read_at(form, 0, len(form))
        if lemma is not None and group_end == len(form):
            start = initiative.start + m.start()
            return [
                Mention(
                    start, initiative.start + m.end(), m.group(), E.GROUP, lemma, generic=True, head=lemma
                )
            ]
    return []
