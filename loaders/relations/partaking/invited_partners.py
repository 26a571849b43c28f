"""Those brought into an effort take part in it.

- invited: 'Till X bjöd polisen in A och B', 'Kommunen bjuder in A och B till X', 'A och B var
  inbjudna till X';
- engaged: 'Kommunen engagerar A och B i X';
- given a part: 'A och B har en viktig roll i X', 'A är en viktig aktör i X';
- represented: 'A har en representant i X', 'X har representanter från A och B';
- present: 'På plats fanns även A och B', 'Representanter från A var på plats under X', 'A
  hjälpte till': those on site for the work of the sentence, or of the one just before.

The effort is an initiative the sentence names (the nearest one), else the work a noun such as
'mötet' or 'insatsen' points back to. Whoever runs it is no participant in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation, related_pairs
from loaders.relations.partaking.included_partners import recent_initiative
from loaders.relations.partaking.partner_clauses import listed_before, listed_from, taking_part

__all__ = ["invited_partners", "present_partners"]

# The guests after the verb: 'bjöd (polisen) in A och B', 'engagerar A'.
_BRINGS_IN = re.compile(
    r"\b(?:bjud(?:er|it|a|s|its)?|bjöd|bjöds)\s+(?:(?:\w+\s+){0,2}?)in\s+(?:(?:även|också)\s+)?"
    r"|\b(?:engagera(?:r|t|de|s|ts|des)?|involvera(?:r|t|de))\s+(?:(?:även|också)\s+)?"
    r"|\b(?:har|hade)\s+(?:(?:även|också)\s+)?(?:\w+\s+)?(?:representanter|företrädare|ledamöter|medlemmar)\s+(?:från|för)\s+",
    re.IGNORECASE,
)
# The guests before the verb: 'A och B var inbjudna', 'A och B har en viktig roll i'.
_BROUGHT_IN = re.compile(
    r"\s+(?:(?:är|var|blev|har\s+varit)\s+(?:(?:även|också)\s+)?(?:inbjudna|inbjuden|inbjudet|engagerade|engagerad)"
    r"|(?:har|hade|får|fick|spelar|spelade)\s+(?:(?:även|också)\s+)?en\s+(?:viktig|central|aktiv|stor|avgörande)\s+roll"
    r"|(?:har|hade)\s+(?:(?:även|också)\s+)?(?:en|två|tre|flera|egna?)\s+(?:representant|representanter|företrädare"
    r"|ledamot|ledamöter)(?=\s+i\s)"
    r"|(?:är|var)\s+(?:(?:även|också)\s+)?(?:en\s+)?(?:viktig|viktiga|central|centrala)\s+(?:aktör|aktörer|part|parter"
    r"|partner|samarbetspartner|samarbetspartners))\b",
    re.IGNORECASE,
)
_WORK = re.compile(
    r"\b(?:mötet|mötena|arbetet|insatsen|satsningen|projektet|operationen|samarbetet|verksamheten"
    r"|initiativet|programmet|kampanjen|dialogen|vandringen|trygghetsvandringen|konferensen|seminariet)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig|utan)\b", re.IGNORECASE)


def invited_partners(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from those each sentence says are brought into an effort."""
    running = related_pairs(by_sentence, R.RUNS)
    for i, sentence in enumerate(context.sentences):
        text, base = sentence.text, sentence.start
        if _NEGATED.search(text):
            continue
        mentions = context.mentions[i]
        lists = [listed_from(text, base, base + cue.end(), mentions) for cue in _BRINGS_IN.finditer(text)]
        lists += [
            listed_before(text, base, base + cue.start(), mentions) for cue in _BROUGHT_IN.finditer(text)
        ]
        for partners in lists:
            target = _target(context, i, partners)
            if target is None:
                continue
            yield from taking_part(i, partners, target, running)


def _target(context: RelationContext, i: int, partners: list[Mention]) -> Mention | None:
    """The initiative named nearest the partners in their sentence, else the work a noun for it
    points back to."""
    if not partners:
        return None
    initiatives = [m for m in context.mentions[i] if m.type is E.INITIATIVE]
    after = [m for m in initiatives if m.start >= partners[-1].end]
    before = [m for m in initiatives if m.end <= partners[0].start]
    if after or before:
        return after[0] if after else before[-1]
    sentence = context.sentences[i]
    work = _WORK.search(sentence.text)
    if work is None:
        return None
    return recent_initiative(context, i, sentence.start + work.start(), noun=work.group(0))


# Present where the work is done: 'På plats fanns (även) A', 'A och B var på plats', 'A närvarade',
# 'A hjälpte till'.
_ON_SITE_AFTER = re.compile(
    r"^\s*[–•-]?\s*(?:(?:på\s+plats|där|under\s+\w+)\s+)?(?:fanns|finns|var|är|närvarade|närvarar)\s+(?:det\s+)?"
    r"(?:(?:även|också|dessutom|bland\s+(?:annat|andra))\s+)*(?:(?:representanter|personal|företrädare"
    r"|medarbetare|tjänstepersoner)\s+(?:från|för|vid)\s+)?",
    re.IGNORECASE,
)
_ON_SITE_FRONT = re.compile(r"^\s*[–•-]?\s*på\s+plats\s", re.IGNORECASE)
_ON_SITE_BEFORE = re.compile(
    r"\s+(?:(?:fanns|var|är|finns)\s+(?:(?:även|också|dessutom)\s+)?(?:på\s+plats|närvarande|med\s+på\s+plats)"
    r"|(?:har\s+|hade\s+)?(?:(?:även|också)\s+)?(?:närvarade|närvarat|hjälpte\s+till|hjälper\s+till|hjälpt\s+till))\b",
    re.IGNORECASE,
)
_PEOPLE_FROM = re.compile(
    r"^\s*[–•-]?\s*(?:(?:även|också)\s+)?(?:representanter|personal|företrädare|medarbetare|tjänstepersoner)"
    r"\s+(?:från|för|vid)\s+",
    re.IGNORECASE,
)
_ON_SITE_REACH = 1  # sentences back to the work a sentence of presence continues


def present_partners(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from those a sentence says were on site for an effort: named in it, or in
    the sentence just before."""
    running = related_pairs(by_sentence, R.RUNS)
    for i, sentence in enumerate(context.sentences):
        text, base = sentence.text, sentence.start
        if _NEGATED.search(text):
            continue
        mentions = context.mentions[i]
        partners: list[Mention] = []
        cue = _ON_SITE_AFTER.match(text) if _ON_SITE_FRONT.match(text) else None
        if cue is not None:
            partners = listed_from(text, base, base + cue.end(), mentions)
        if not partners:
            verb = _ON_SITE_BEFORE.search(text)
            if verb is not None:
                people = _PEOPLE_FROM.match(text)
                start = base + people.end() if people else None
                partners = (
                    listed_from(text, base, start, mentions)
                    if start is not None
                    else listed_before(text, base, base + verb.start(), mentions)
                )
        if not partners:
            continue
        target = _on_site_target(context, i, partners)
        if target is None:
            continue
        yield from taking_part(i, partners, target, running)


def _on_site_target(context: RelationContext, i: int, partners: list[Mention]) -> Mention | None:
    initiatives = [m for m in context.mentions[i] if m.type is E.INITIATIVE]
    if initiatives:
        return _target(context, i, partners)
    for j in range(i - 1, max(-1, i - _ON_SITE_REACH - 1), -1):
        named = [m for m in context.mentions[j] if m.type is E.INITIATIVE]
        if named:
            return named[-1]
    return None
