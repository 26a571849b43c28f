"""Where a criminal group establishes itself, read from the dependency parse.

'Kriminella nätverk har etablerat sig i flera bostadsområden i Mora, bland annat i Tensta och
Norrby': the group is the subject of 'etablera sig', and every place its clause names in 'i',
'på' or 'inom' is a place it is ESTABLISHED_IN, however deep the parse puts it (an area noun,
'bland annat', a list). A municipality named there ('i Västby i Mora kommun') stands for its
place, so the group is based in both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.trees import first_conjunct, span_head, tree

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["established_by_parse", "municipality_place"]

_SETTLES = ("etabler",)
# Having premises or a branch somewhere: 'har sedan 2015 en klubbstuga i Västby', 'äger en gård utanför Byn'.
_HAVING = frozenset({"har", "hade", "haft", "äger", "ägde", "ägt", "hyr", "hyrde", "hyrt"})
_PREMISES = (
    "klubbstug",
    "klubblokal",
    "klubbhus",
    "lokal",
    "fastighet",
    "gård",
    "tillhåll",
    "fäste",
    "högkvarter",
    "chapter",
    "avdelning",
    "filial",
    "bas",
)
_IN = frozenset({"i", "på", "inom", "kring", "runt", "utanför"})
_PATH = frozenset({"obl", "nmod", "conj", "appos"})
_STEPS = 5  # from a place up to the verb that settles the group


def established_by_parse(context: RelationContext, i: int, groups: list[Mention]) -> Iterator[FoundRelation]:
    """ESTABLISHED_IN of the groups of sentence ``i`` that are the subject of 'etablera sig'."""
    text = context.sentences[i].text.lower()
    if not groups or not any(stem in text for stem in (*_SETTLES, *_PREMISES)):
        return
    doc = tree(context, i)
    offset = context.sentences[i].start
    places = [m for m in context.mentions[i] if m.type in (E.PLACE, E.MUNICIPALITY)]
    for group in groups:
        token = span_head(doc, group.start - offset, group.end - offset)
        if token is None:
            continue
        subject = first_conjunct(token)
        verb = subject.head
        if not subject.dep_.startswith("nsubj"):
            continue
        owned = verb.lower_ in _HAVING and any(
            c.dep_ == "obj" and c.lower_.startswith(_PREMISES) for c in verb.children
        )
        if verb.lower_ in _HAVING and verb.dep_ == "aux" and verb.head.lower_.startswith(_PREMISES):
            verb, owned = verb.head, True  # the parse may hang 'har' on the premises it has
        if not owned and not verb.lower_.startswith(_SETTLES):
            continue
        for mention in places:
            ptok = span_head(doc, mention.start - offset, mention.end - offset)
            if ptok is None or not _under(ptok, verb, owned):
                continue
            place = (
                mention
                if mention.type == E.PLACE
                else context.place_of(mention) or municipality_place(context, mention)
            )
            if place is not None and place.canonical != group.canonical:
                yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.6)


def _under(place: Token, verb: Token, owned: bool = False) -> bool:
    """Whether the place hangs from the verb through obliques and modifiers in 'i'/'på' (and, for
    premises the group has, through the premises)."""
    token, placed = place, False
    for _ in range(_STEPS):
        if token.dep_ not in _PATH and not (owned and token.dep_ == "obj" and token.head.i == verb.i):
            return False
        placed = placed or any(c.dep_ == "case" and c.lower_ in _IN for c in token.children)
        token = token.head
        if token.i == verb.i:
            return placed
    return False


def municipality_place(context: RelationContext, municipality: Mention) -> Mention | None:
    """The place a municipality is named after, from the gazetteer ('en gård utanför Byn i Mora kommun': Mora)."""
    for entry in context.gazetteer.by_name(municipality.canonical):
        if entry.type == E.MUNICIPALITY.value and entry.parent:
            return Mention(
                municipality.start,
                municipality.end,
                municipality.text,
                E.PLACE,
                entry.parent,
                rule="municipality_place",
            )
    return None
