"""The measures a party proposes in the text of its budget proposal are parts of that budget.

'Partierna presenterade sitt gemensamma budgetförslag ... Partierna vill ha fler nattvandrare och
fler trygghetskameror': a text where a party proposes a budget ('budgetförslag', 'förslag till
budget för 2025') presents the budget through its measures, so every other initiative the same
party proposes in it is PART_OF the budget proposal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.found_relation import FoundRelation

__all__ = ["budget_parts"]

_BUDGET = re.compile(r"budget", re.IGNORECASE)
_CONFIDENCE = 0.5


def _budgets(found: list[tuple[int, FoundRelation]]) -> dict[str, Mention]:
    """Proposer canonical name -> the first budget proposal it proposes."""
    budgets: dict[str, Mention] = {}
    for _, rel in found:
        if (
            rel.type is R.PROPOSES
            and rel.source.type == E.POLITICAL_PARTY
            and rel.target.type == E.INITIATIVE
            and _BUDGET.search(rel.target.canonical)
        ):
            budgets.setdefault(rel.source.canonical, rel.target)
    return budgets


def budget_parts(by_sentence: dict[int, list[FoundRelation]]) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, PART_OF) of each measure a party proposes beside its budget proposal."""
    found = [(i, rel) for i in sorted(by_sentence) for rel in by_sentence[i]]
    budgets = _budgets(found)
    if not budgets:
        return
    seen: set[tuple[str, str]] = set()
    for i, rel in found:
        budget = budgets.get(rel.source.canonical)
        if budget is None or rel.type is not R.PROPOSES or rel.target.type != E.INITIATIVE:
            continue
        if _BUDGET.search(rel.target.canonical) or (rel.target.canonical, budget.canonical) in seen:
            continue
        seen.add((rel.target.canonical, budget.canonical))
        yield i, FoundRelation(rel.target, budget, R.PART_OF, _CONFIDENCE)
