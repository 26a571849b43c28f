"""Those an initiative's own name says take part in it.

- Partners named after ``med``, ``mellan`` or ``tillsammans med`` in the initiative's phrase:
  ``dialog med fastighetsägare``, ``samverkansmöte mellan kommun, polis och utlämningsställen``,
  ``samtal med ungdomar i riskzon``.

Those a measure is *for* are its audience, not its partners: ``insats för unga``,
``kompetenslyft för kuratorer``, and a meeting named by those it meets (``medborgardialoger``,
``föräldramöten``) name no participants.

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
from loaders.relations.collaboration.member_lists import member_collaboration
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation, related_pairs
from loaders.relations.partaking.contributors import contributors
from loaders.relations.partaking.council_members import anaphoric_council_members, council_members
from loaders.relations.partaking.dialogue_parties import dialogue_parties
from loaders.relations.partaking.gathered_partners import gathered_partners
from loaders.relations.partaking.included_partners import included_partners, recent_initiative
from loaders.relations.partaking.invited_partners import invited_partners, present_partners
from loaders.relations.partaking.item_lists import item_list_members
from loaders.relations.partaking.member_roles import with_member_roles
from loaders.relations.partaking.own_initiatives import without_own_initiatives
from loaders.relations.partaking.partaking_subjects import partaking_subjects
from loaders.relations.partaking.partner_clauses import listed_from, partner_clauses
from loaders.relations.partaking.public_partners import public_partners
from loaders.relations.partaking.supporting_partners import supporting_partners
from loaders.relations.partaking.vague_partners import without_vague_participants
from loaders.relations.triggers import allowed

__all__ = ["add_participants"]

# Where the partners start inside an initiative's phrase.
_WITH = re.compile(r"\b(?:(?:tillsammans\s+)?med|mellan)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\wåäöÅÄÖ-]+")
# Between two partners of a list, with an optional determiner before the next.
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+")
_POLICE_WORDS = frozenset(["polis", "polisen"])


def named_participants(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the partners an initiative's phrase names, for the initiatives among
    the document's mentions and those the relations already read name (list items); whoever runs
    an initiative is no participant in it."""
    lexicon = load_lexicon()
    running = related_pairs(by_sentence, R.RUNS)
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
        for partner in _listed(context, lexicon, initiative):
            if (partner.canonical, initiative.canonical) in running:
                continue
            if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                yield i, FoundRelation(partner, initiative, R.PARTICIPATES_IN, 0.55)


def _listed(context: RelationContext, lexicon: Lexicon, initiative: Mention) -> list[Mention]:
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


# A sentence about the work itself: 'Arbetet sker i samverkan med ...', 'Projektet drivs tillsammans med ...'.
_WORK_OPENER = re.compile(
    r"\s*[–-]?\s*(?:(?:det|den|hela)\s+)?(?:[\wåäö-]+\s+)?(?:arbetet|insatsen|insatserna|satsningen|projektet"
    r"|verksamheten|samarbetet|initiativet|kontrollerna|kontrollen|operationen)\s",
    re.IGNORECASE,
)
_WORK_REACH = 3  # sentences back to the initiative the work is


def work_partners(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """'X driver projektet P. Arbetet sker i samverkan med Y': the runner's partners in a sentence
    about the work take part in what it runs."""
    runs: dict[str, list[tuple[int, Mention]]] = {}
    running: set[tuple[str, str]] = set()
    for i in sorted(by_sentence):
        for rel in by_sentence[i]:
            if rel.type is R.RUNS and rel.target.type is E.INITIATIVE:
                runs.setdefault(rel.source.canonical, []).append((i, rel.target))
                running.add((rel.source.canonical, rel.target.canonical))
    if not runs:
        return
    for i, found in list(by_sentence.items()):
        if not _WORK_OPENER.match(context.sentences[i].text):
            continue
        for rel in found:
            if rel.type is not R.COLLABORATES_WITH:
                continue
            for runner, partner in ((rel.source, rel.target), (rel.target, rel.source)):
                recent = [m for j, m in runs.get(runner.canonical, []) if i - _WORK_REACH <= j <= i]
                if not recent:
                    continue
                initiative = recent[-1]
                if (partner.canonical, initiative.canonical) in running:
                    continue
                if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                    yield i, FoundRelation(partner, initiative, R.PARTICIPATES_IN, 0.55)


_PARTAKE = r"(?:ingår|ingick|deltar|deltog|medverkar|medverkade|är\s+med|var\s+med|finns\s+med|sitter|satt)"
# Those who work in it: 'en verksamhet där tre socialsekreterare arbetar'.
_WORK_IN = r"(?:arbetar|jobbar|verkar|tjänstgör)"
_WORK_NOUN = (
    r"(?:arbetet|projektet|satsningen|insatsen|insatserna|samarbetet|initiativet|programmet|operationen"
    r"|kampanjen|verksamheten|nätverket|gruppen|arbetsgruppen|styrgruppen)"
)
# 'P, där bland annat A och B ingår': the list between 'där' and the verb.
_WHERE_PARTAKE = re.compile(
    rf",?\s*där\s+(?:(?:bland\s+(?:annat|andra)|också|även|dessutom)\s+)?(?P<list>[^.;:]{{2,160}}?)\s+"
    rf"(?:(?:också|även)\s+)?(?:{_PARTAKE}|{_WORK_IN})\b",
    re.IGNORECASE,
)
# What those taking part are called: 'Deltagande aktörer: A och B'.
_ACTOR_NOUN = r"(?:aktörer|parter|myndigheter|organisationer|verksamheter|förvaltningar|enheter)"
# Those a text calls the partners of the work (not 'parterna', who sign and so run it).
_PARTNER_NOUN = r"(?:samarbets|samverkans)(?:partner|partners|partnerna|parter|parterna)"
# 'Med i projektet är A, B och C', 'Samverkansparter: A och B', 'Deltagare (i arbetet) är A och B', 'Medverkande var A', 'Med på
# vandringen var A' (the initiative named in the sentences before).
_FRONTED = re.compile(
    rf"^\s*[–•-]?\s*(?:(?:med|deltagare|(?:deltagande|medverkande|närvarande)(?:\s+{_ACTOR_NOUN})?|{_PARTNER_NOUN})"
    rf"(?:\s+(?:i|från|på|vid|för)\s+(?:{_WORK_NOUN}|[a-zåäö-]{{4,}}(?:en|et|na)))?"
    rf"(?:\s+(?:är|var|blir|har\s+varit)|\s*:)"
    rf"|i\s+{_WORK_NOUN}\s+{_PARTAKE}(?:\s+(?:också|även|dessutom))?)\s+",
    re.IGNORECASE,
)
# 'A och B är med i arbetet', 'Även A deltar i projektet'.
_SUBJECT_PARTAKE = re.compile(
    rf"\s+(?:(?:också|även)\s+)?{_PARTAKE}\s+(?:(?:också|även)\s+)?i\s+{_WORK_NOUN}\b", re.IGNORECASE
)
_CHAIN_GAP = re.compile(r"\s*(?:,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+)(?:(?:även|också)\s+)?")
_SUBJECT_START = re.compile(r"^\s*[–•-]?\s*(?:(?:även|också|dessutom)\s+)?$", re.IGNORECASE)


def listed_participants(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """Participants a sentence lists around a verb of taking part whose initiative is named before
    it: a 'där' clause after the initiative, a fronted 'Med i projektet är', or a subject list before
    'är med i arbetet' that points back to the initiative named shortly before."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        low = text.lower()
        if not any(
            w in low
            for w in (
                "ingå",
                "delt",
                "medverk",
                "med",
                "sitter",
                "satt",
                "arbet",
                "jobb",
                "part",
                "verkar",
                "tjänstgör",
            )
        ):
            continue
        mentions = with_member_roles(context, i, context.mentions[i])
        actors = [m for m in mentions if m.type in _PARTICIPANTS]
        if not actors:
            continue
        base = sentence.start
        for m in _WHERE_PARTAKE.finditer(text):
            before = [x for x in mentions if x.type is E.INITIATIVE and x.end <= base + m.start()]
            if not before or base + m.start() - before[-1].end > 80:
                continue
            lo, hi = base + m.start("list"), base + m.end("list")
            for actor in _chain([a for a in actors if lo <= a.start and a.end <= hi], lo, hi, context.text):
                yield i, FoundRelation(actor, before[-1], R.PARTICIPATES_IN, 0.55)
        fronted = _FRONTED.match(text)
        if fronted is not None:
            target = recent_initiative(context, i, base + fronted.end())  # 'Med i projektet är'
            lo = base + fronted.end()
            if target is not None:
                for actor in listed_from(text, base, lo, mentions):
                    yield i, FoundRelation(actor, target, R.PARTICIPATES_IN, 0.55)
        subject = _SUBJECT_PARTAKE.search(text)
        if subject is not None:
            hi = base + subject.start()
            target = recent_initiative(context, i, base + subject.end(), after=hi)
            listed = _chain_back([a for a in actors if a.end <= hi], hi, context.text)
            if target is not None and listed and _SUBJECT_START.match(context.text[base : listed[0].start]):
                for actor in listed:
                    yield i, FoundRelation(actor, target, R.PARTICIPATES_IN, 0.55)


_PARTICIPANTS = frozenset(
    {E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP, E.PERSON}
)


# What may stand before the first member of a list: 'representanter för', 'tre', 'flera'.
_LIST_OPENER = re.compile(
    r"\s*(?:(?:representanter\s+(?:för|från)|två|tre|fyra|fem|sex|flera|några|olika|andra)\s+)*",
    re.IGNORECASE,
)


def _chain(actors: list[Mention], lo: int, hi: int, text: str) -> list[Mention]:
    """The actors that open the span ``lo:hi`` and follow each other as a list."""
    out: list[Mention] = []
    pos = lo
    for a in sorted(actors, key=lambda a: a.start):
        if a.start < pos:
            continue
        gap = text[pos : a.start]
        if out and not _CHAIN_GAP.fullmatch(gap):
            break
        if not out and len(gap.strip()) > 0 and not _LIST_OPENER.fullmatch(gap):
            break
        out.append(a)
        pos = a.end
    return out


def _chain_back(actors: list[Mention], hi: int, text: str) -> list[Mention]:
    """The actors that end right before ``hi`` as a list, in text order."""
    out: list[Mention] = []
    pos = hi
    for a in sorted(actors, key=lambda a: -a.end):
        if a.end > pos:
            continue
        gap = text[a.end : pos]
        if (out and not _CHAIN_GAP.fullmatch(gap)) or (not out and gap.strip()):
            break
        out.insert(0, a)
        pos = a.start
    return out


# 'andra aktörer behövs, t.ex. A, B och C', 'samlat alla aktörer som exempelvis A, B och C'.
_EXAMPLES = re.compile(
    r"\b(?:aktörer|aktörerna|parter|parterna|samverkansparter|samarbetspartner|samarbetsparter)\b[^.;:]{0,40}?"
    r"(?:t\.\s?ex\.?|till\s+exempel|exempelvis|såsom|bland\s+(?:annat|andra))\s+",
    re.IGNORECASE,
)


def example_partners(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """The actors given as examples of those the work needs take part in the initiative at hand."""
    for i, sentence in enumerate(context.sentences):
        m = _EXAMPLES.search(sentence.text)
        if m is None:
            continue
        lo = sentence.start + m.end()
        target = recent_initiative(context, i, sentence.start + m.start())
        if target is None:
            continue
        # a member that is no known actor ('kommunens olika enheter') is passed over
        for actor in listed_from(sentence.text, sentence.start, lo, context.mentions[i]):
            yield i, FoundRelation(actor, target, R.PARTICIPATES_IN, 0.5)


def add_participants(context: RelationContext, by_sentence: dict[int, list[FoundRelation]]) -> None:
    """All the participation readings of this module, added to ``by_sentence`` (in place)."""
    found = [
        *named_participants(context, by_sentence),
        *work_partners(context, by_sentence),
        *listed_participants(context),
        *example_partners(context),
        *partner_clauses(context, by_sentence),
        *member_collaboration(context),
        *partaking_subjects(context),
        *council_members(context),
        *anaphoric_council_members(context),
        *item_list_members(context),
        *included_partners(context),
        *dialogue_parties(context),
        *gathered_partners(context),
        *contributors(context),
        *supporting_partners(context, by_sentence),
        *invited_partners(context, by_sentence),
        *present_partners(context, by_sentence),
    ]
    for i, rel in found:
        by_sentence[i].append(rel)
    for i, rel in list(public_partners(context, by_sentence)):
        by_sentence[i].append(rel)
    without_own_initiatives(by_sentence)
    without_vague_participants(by_sentence)
