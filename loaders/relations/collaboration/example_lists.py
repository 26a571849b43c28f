"""Actors given as examples of a collective do not work together for being listed.

'Polisen har bjudit in flera aktörer, exempelvis A, B och C' and 'andra parter, t.ex. A och B'
name some members of a collective the sentence is about: each example works with whoever the
sentence says works with the collective, but the list says nothing of the examples working with
one another. A collaboration read between two examples of one such list, from that sentence
alone, is dropped.
"""

from __future__ import annotations

import re

from graph.model import RelationType as R
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["without_example_partners"]

# A collective ('aktörer', 'andra parter', 'myndigheter') then the cue of its examples.
_EXAMPLES = re.compile(
    r"\b[\wåäö-]*(?:aktör|part|myndighet|organisation|verksamhet|förvaltning|instans|samarbetspartner|partner)"
    r"(?:er|erna|na|s)?\s*,?\s*(?:som\s+)?"
    r"(?:t\.\s?ex\.?|till\s+exempel|exempelvis|såsom|bland\s+andra|bl\.\s?a\.?|däribland)\s*:?\s*",
    re.IGNORECASE,
)
# Where the list of examples ends: the end of the clause.
_CLAUSE_END = re.compile(r"[.;!?]|\s[–-]\s|\b(?:som|där|för\s+att|men|vilket)\b", re.IGNORECASE)


def _examples(context: RelationContext, i: int) -> set[str]:
    """The actors the sentence names as examples of a collective, and names nowhere else in it."""
    sentence = context.sentences[i]
    listed: set[str] = set()
    elsewhere: set[str] = set()
    spans: list[tuple[int, int]] = []
    for cue in _EXAMPLES.finditer(sentence.text):
        end = _CLAUSE_END.search(sentence.text, cue.end())
        stop = end.start() if end else len(sentence.text)
        spans.append((sentence.start + cue.end(), sentence.start + stop))
    if not spans:
        return listed
    for m in context.mentions[i]:
        if any(lo <= m.start and m.end <= hi for lo, hi in spans):
            listed.add(m.canonical)
        else:
            elsewhere.add(m.canonical)
    return listed - elsewhere


def _between(rel: FoundRelation, names: set[str]) -> bool:
    return rel.type is R.COLLABORATES_WITH and rel.source.canonical in names and rel.target.canonical in names


def without_example_partners(by_sentence: dict[int, list[FoundRelation]], context: RelationContext) -> None:
    """In place: no collaboration between two examples of one collective, read from their sentence."""
    for i, found in by_sentence.items():
        if not any(f.type is R.COLLABORATES_WITH for f in found):
            continue
        names = _examples(context, i)
        if len(names) >= 2:
            by_sentence[i] = [f for f in found if not _between(f, names)]
