"""Whoever is commissioned to carry a measure out runs it.

'Socialnämnden fick i uppdrag att upphandla nattvandrare till torget', 'Vidare får
tekniska nämnden uppdraget att sätta upp belysning i parken', 'Kriminalvården har fått i uppdrag
av regeringen att förstärka det återfallsförebyggande arbetet': a decision hands an organisation a
task; the organisation RUNS each initiative the task names (the initiatives after 'att' in the same
clause). The one who commissions ('av regeringen') is no runner, and a task only asked for ('vill att
nämnden får i uppdrag att', a motion's 'att nämnden får i uppdrag att') is run by nobody yet.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["commissioned_runs", "without_commissioners"]

_GIVEN = r"(?:får|fick|fått|har|hade|ges|gavs|getts|gets|tilldelas|tilldelades|ger|gav|gett|gett)"
_TASK = r"(?:(?:i|till)\s+)?(?:uppdrag(?:et)?|uppgift(?:en)?)"
# 'fick i uppdrag (av regeringen) att', with the organisation before the verb or right after it.
_CUE = re.compile(
    rf"\b(?P<given>{_GIVEN})\s+(?:(?:också|även|nu|därför|dessutom|samtidigt)\s+)?"
    rf"(?P<inverted>(?:[\wåäöÅÄÖ-]+\s+){{0,5}}?)?{_TASK}\s+(?:av\s+(?P<by>[^,;]{{1,60}}?)\s+)?att\b",
    re.IGNORECASE,
)
# Before the verb: the subject, then at most auxiliaries and adverbs.
_BEFORE = re.compile(
    r"\s+(?:(?:har|hade|ska|skall|kommer\s+att|kan|även|också|nu|därför|dessutom|redan|tidigare)\s+){0,3}\Z",
    re.IGNORECASE,
)
# Where the task's clause ends: a new clause of its own.
_CLAUSE_END = re.compile(r";|\s(?:men|medan|eftersom|medan|och\s+(?:det|de|han|hon|vi|man))\s", re.IGNORECASE)
# Tasks of looking at an effort rather than carrying it out.
_REVIEW = re.compile(
    r"\s+(?:\w+\s+)?(?:utvärdera|granska|följa\s+upp|analysera|undersöka|redovisa|beskriva|studera)\b",
    re.IGNORECASE,
)
_ATT_ITEM = re.compile(r"\s*[–•-]?\s*att\s", re.IGNORECASE)
_PROPOSAL = re.compile(r"\b(?:föreslår|föreslås|yrkar|yrkande|motion|vill)\b", re.IGNORECASE)
_ITEMS_BACK = 6  # sentences: a list of demands and its header
_NO_TASK = re.compile(r"\b(?:inte|ej|aldrig|vill|föreslår|föreslog|yrkar|kräver|bör|borde)\b", re.IGNORECASE)


def commissioned_runs(
    context: RelationContext, demands: Collection[int] = ()
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from a commissioned organisation to each initiative of its task.
    ``demands`` are the sentences that are items of a list of demands (a motion's 'att'-clauses):
    a task only asked for is handed to nobody yet."""
    for i, sentence in enumerate(context.sentences):
        if i in demands or _demanded(context, i):
            continue
        text = sentence.text
        if "uppdrag" not in text.lower() and "uppgift" not in text.lower():
            continue
        mentions = context.mentions[i]
        for cue in _CUE.finditer(text):
            if _NO_TASK.search(text, 0, cue.start()):
                continue
            runner = _commissioned(text, sentence.start, mentions, cue)
            if runner is None:
                continue
            end = _CLAUSE_END.search(text, cue.end())
            stop = sentence.start + (end.start() if end else len(text))
            if _REVIEW.match(text, cue.end()):
                continue  # 'i uppdrag att utvärdera X': X is looked at, not run
            for m in mentions:
                if m.type == E.INITIATIVE and sentence.start + cue.end() <= m.start and m.end <= stop:
                    yield i, FoundRelation(runner, m, R.RUNS, 0.6)


def _demanded(context: RelationContext, i: int) -> bool:
    """Whether sentence ``i`` is an 'att'-clause under a proposal ('Vi föreslår ... besluta / att ...')."""
    if not _ATT_ITEM.match(context.sentences[i].text):
        return False
    return any(_PROPOSAL.search(context.sentences[k].text) for k in range(max(0, i - _ITEMS_BACK), i))


def _commissioned(text: str, offset: int, mentions: list[Mention], cue: re.Match[str]) -> Mention | None:
    """The organisation handed the task: the subject before the verb, or the one right after it."""
    inverted = cue.group("inverted") or ""
    if inverted.strip():
        start, end = offset + cue.start("inverted"), offset + cue.end("inverted")
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        return inside[0] if len(inside) == 1 and inside[0].type in ORGANISATIONS else None
    before = [m for m in mentions if m.end - offset <= cue.start()]
    if not before or before[-1].type not in ORGANISATIONS:
        return None
    if _BEFORE.fullmatch(text, before[-1].end - offset, cue.start()) is None:
        return None
    return before[-1]


def without_commissioners(by_sentence: dict[int, list[FoundRelation]], context: RelationContext) -> None:
    """'Regeringen gav Länsstyrelsen i uppdrag att samordna X': the one who hands the task out
    (the subject before 'gav') does not run X; drop, in place, its RUNS of the task's initiatives."""
    for i, found in by_sentence.items():
        sentence = context.sentences[i]
        if not any(f.type is R.RUNS for f in found) or "uppdrag" not in sentence.text:
            continue
        givers: set[str] = set()
        for cue in _CUE.finditer(sentence.text):
            if (
                cue.group("given").lower() not in ("ger", "gav", "gett", "har", "hade")
                or not (cue.group("inverted") or "").strip()
            ):
                continue
            start, end = sentence.start + cue.start("inverted"), sentence.start + cue.end("inverted")
            recipients = [
                m
                for m in context.mentions[i]
                if start <= m.start and m.end <= end and m.type in ORGANISATIONS
            ]
            before = [m for m in context.mentions[i] if m.end - sentence.start <= cue.start()]
            if recipients and before and before[-1].type in ORGANISATIONS:
                givers.add(before[-1].canonical)
        if givers:
            by_sentence[i] = [f for f in found if not (f.type is R.RUNS and f.source.canonical in givers)]
