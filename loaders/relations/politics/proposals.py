"""Lists of demands under a proposing line: 'Vi i Centerpartiet föreslår:' followed by numbered,
bulleted or imperative items ('1. Avsätt 12 miljoner kronor till fältgruppen.', '- Inför en
trygghetsfond.', 'att kommunen inrättar en fältgrupp').

Each initiative an item names is proposed by whoever the header line names (its party, the
organisation behind 'vi', else the party that signs the document); an item that puts money into
something ('Avsätt', 'Satsa', 'Tillför' ...) is a proposed FUNDS with its sum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.politics.amounts import find_amounts
from loaders.relations.triggers import ORGANISATIONS, allowed

# A line that opens a list of demands: it proposes, wants or demands, and ends with a colon.
_HEADER = re.compile(
    r"\b(?:föreslår|föreslog|föreslås|vill|kräver|yrkar|yrkade|yrkande[nt]?|förslag(?:en)?|lägger\s+fram"
    r"|hemställer)\b[^.!?]{0,120}:\s*\Z",
    re.IGNORECASE,
)
# 'Med anledning av ovanstående yrkar vi' with 'att'-clauses after it, no colon.
_OPEN_HEADER = re.compile(
    r"\b(?:föreslår|yrkar|yrkande[nt]?|hemställer|kräver|vill)\s+(?:vi|jag|\w+(?:na|erna|partiet))?\s*\Z"
    # the motion's formula: 'föreslår vi därför kommunfullmäktige besluta', 'yrkar vi att fullmäktige beslutar'
    r"|\b(?:föreslår|yrkar|hemställer)\s+(?:(?:vi|jag|därför|härmed|också)\s+){0,3}(?:att\s+)?"
    r"(?:kommunfullmäktige|fullmäktige|regionfullmäktige|kommunstyrelsen|nämnden)\s+(?:ska\s+)?(?:besluta|beslutar)\s*:?\s*\Z",
    re.IGNORECASE,
)
_ATT = re.compile(r"\s*att\b")
_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[a-h]\)|[-–—•*▪·]|att\b)", re.IGNORECASE)
# Verbs in the imperative that open an item ('Avsätt', 'Inför', 'Starta', 'Ta fram').
_IMPERATIVE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.)]\s*|[-–—•*▪·]\s*)?(?:att\s+)?(?P<verb>avsätt|satsa|anslå|tillför|ge|öka|inför|inrätta|starta"
    r"|skapa|anställ|bygg|utred|ta\s+fram|förstärk|tillsätt|utöka|finansiera|bevilja|anordna|utveckla|genomför"
    r"|stärk|säkra|avsätta|satsa|tillföra|inrätta|införa|starta|skapa|anställa|utreda|förstärka|utöka|ge"
    r"|finansiera|införs|inrättas|startas|skapas|avsätts|tillförs)\b",
    re.IGNORECASE,
)
# Items that move money.
_MONEY_VERB = re.compile(
    r"\b(?:avsätt\w*|satsa\w*|anslå\w*|anslag|tillför\w*|finansier\w*|bevilja\w*|skjut\w*\s+till|ge|ges|öka\w*)\b",
    re.IGNORECASE,
)
_NOT_A_DEMAND = re.compile(r"\b(?:återremiss|avslag|avslå)\w*", re.IGNORECASE)
_MAX_ITEMS = 25
_MAX_ITEM = 400  # characters: longer sentences are running text again
_PROPOSAL_CONFIDENCE = 0.75
_FUNDS_TARGETS = ORGANISATIONS | {E.INITIATIVE, E.GROUP}


def proposal_items(context: RelationContext) -> dict[int, Mention | None]:
    """Sentence index of every item of a list of demands -> who proposes it (if known)."""
    items: dict[int, Mention | None] = {}
    sentences = context.sentences
    i = 0
    while i < len(sentences):
        header = sentences[i].text
        # The cheap tests first: a header ends with a colon, or 'att'-clauses follow it.
        listed = (header.rstrip().endswith(":") and _HEADER.search(header)) or (
            i + 1 < len(sentences) and _ATT.match(sentences[i + 1].text) and _OPEN_HEADER.search(header)
        )
        if len(header) > 240 or not listed or _NOT_A_DEMAND.search(header):
            i += 1
            continue
        proposer = _proposer(context, i)
        j = i + 1
        while j < len(sentences) and j - i <= _MAX_ITEMS and _item(sentences[j].text):
            items[j] = proposer
            j += 1
        i = j
    return items


def proposal_lists(
    context: RelationContext, items: dict[int, Mention | None]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the items of every list of demands in the document."""
    for j, proposer in items.items():
        if proposer is not None:
            yield from ((j, found) for found in _item_relations(context, j, proposer))


def _item(text: str) -> bool:
    return len(text) <= _MAX_ITEM and bool(_MARKER.match(text) or _IMPERATIVE.match(text))


def _proposer(context: RelationContext, i: int) -> Mention | None:
    """Who proposes the list: the party the header names, 'vi', an organisation as the subject."""
    mentions = context.mentions[i]
    parties = [m for m in mentions if m.type == E.POLITICAL_PARTY]
    if parties:
        return parties[0]
    if re.search(r"\b(?:vi|oss)\b", context.sentences[i].text, re.IGNORECASE):
        return context.we(i, proposal=True)
    actors = [m for m in mentions if m.type in ORGANISATIONS]
    if actors:
        return context.specialise(actors[0], i)
    return context.author_party


def _item_relations(context: RelationContext, j: int, proposer: Mention) -> list[FoundRelation]:
    text, start = context.sentences[j].text, context.sentences[j].start
    if _NOT_A_DEMAND.search(text):
        return []
    found = [
        FoundRelation(proposer, m, R.PROPOSES, _PROPOSAL_CONFIDENCE)
        for m in context.mentions[j]
        if m.type == E.INITIATIVE and m.canonical != proposer.canonical
    ]
    verb = _MONEY_VERB.search(text)
    if verb is None:
        return found
    amounts = find_amounts(text)
    properties: dict[str, object] = {"status": "proposed"}
    if amounts:
        properties["amount_sek"] = amounts[0].sek
    elif not re.search(
        r"\b(?:medel|pengar|resurser|bidrag|anslag\w*|kronor|miljoner)\b", text, re.IGNORECASE
    ):
        return found  # 'Öka närvaron' moves no money
    after = [
        m
        for m in context.mentions[j]
        if m.start - start >= verb.end()
        and m.canonical != proposer.canonical
        and m.type in _FUNDS_TARGETS
        and allowed(R.FUNDS, proposer.type, m.type)
    ]
    # What the money goes to: the initiatives named after the verb, else the first recipient.
    targets = [m for m in after if m.type == E.INITIATIVE] or after[:1]
    found += [FoundRelation(proposer, m, R.FUNDS, _PROPOSAL_CONFIDENCE, dict(properties)) for m in targets]
    return found
