"""Relations of criminal groups read across a document: where a group has its premises, who acts
against it, and the group a counter-effort names even where a longer mention swallowed it.

- ESTABLISHED_IN: a group's premises in a place ('Bandidos klubblokal i Gammelstad'), a group that
  buys or rents premises ('mc-klubben har köpt en ny lokal ... i Gäddvik'), a building named after
  the group ('Bandidosfastigheten i Norra Åsum'); and the municipality a place of the group lies in.
- COUNTERS: whoever evicts, stops, fights or works against a group ('att vräka Bandidos MC',
  'satsning mot kriminella gäng', 'i arbetet mot gängen'); a partner named with the counterer in
  the same or the next sentence counters the group too.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import load_gazetteer
from loaders.mentions.groups import generic_name
from loaders.relations.criminal.counter_subjects import clause_subjects
from loaders.relations.criminal.group_bases import established_by_parse, municipality_place
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ACTORS, ORGANISATIONS, PREPOSITIONS

__all__ = ["criminal_group_relations"]

_PREMISES = (
    r"(?:klubblokal|klubbhus|klubbstuga|lokal|lokaler|lokalen|lokalerna|fastighet|fastigheten|gård|gården"
    r"|högkvarter|villa|villan|hus|huset|tillhåll)"
)
# After a group's name: 'Hells angels (nya) klubblokal i Gammelstad', 'Bandidos lokaler på Storgatan'.
_OWN_PREMISES = re.compile(
    r"s?\s+(?:[\wåäö-]+\s+){0,2}?(?:klubblokal|klubbhus|klubbstuga|lokal|lokaler|fastighet|gård|högkvarter)\w*"
    r"\s+(?:i|på|utanför|vid)\s+",
    re.IGNORECASE,
)
# A group acquiring or moving into premises: 'har köpt en ny lokal', 'hyr en gård', 'flyttat in i'.
_ACQUIRES = re.compile(
    r"\b(?:köpt|köper|köpte|förvärvat|förvärvade|hyr|hyrt|hyrde|skaffat|skaffade|byggt|byggde|flyttat|flyttade"
    r"|öppnat|öppnade|öppnar"
    r"|flyttar|tagit\s+\w+\s+i\s+besittning)\s+(?:in\s+)?(?:i\s+)?(?:en\s+|ett\s+|sin\s+|sitt\s+)?"
    r"(?:[\wåäö-]+\s+){0,2}?" + _PREMISES + r"\b",
    re.IGNORECASE,
)
# The group's own premises later in its clause: 'Hells Angels höll en fest i sin klubbstuga i Lövby'.
_ITS_PREMISES = re.compile(
    r"\b(?:sin|sitt|sina)\s+(?:(?:nya|gamla|egna|tidigare|förra)\s+)?"
    + _PREMISES
    + r"\s+(?:i|på|utanför|vid)\s+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;:]|,\s*(?:men|och\s+(?:det|den|de|han|hon))\b|\.\s", re.IGNORECASE)
# Acting against a group that follows.
_AGAINST = re.compile(
    r"\b(?:vräka|vräker|vräkte|vräkt|vräkning(?:en)?\s+av|säga\s+upp|sade\s+upp|sa\s+upp|sagt\s+upp"
    r"|bekämpa[rt]?|bekämpade|stoppa[rt]?|stoppade|motverka[rt]?|motverkade|störa|stör|förhindra[rt]?"
    r"|förhindrade|försvåra[rt]?|försvårade|parera[rt]?|pareade|parerade|driva\s+bort|få\s+bort|fått\s+bort"
    r"|fick\s+bort|köra\s+bort|slå\s+till\s+mot|slog\s+till\s+mot|slagit\s+till\s+mot"
    r"|bli\s+av\s+med|blir\s+av\s+med|bli\s+kvitt|förelägga|förelägger|förelade|förelagt"
    r"|trycka\s+tillbaka|trycker\s+tillbaka|tryckt\s+tillbaka|tryckte\s+tillbaka|knäcka|knäcker|knäckt|knäckte"
    r"|bekämpas|stoppas|motverkas|störs|förhindras|försvåras|pareras|bekämpades|stoppades|motverkades"
    r"|bryta|bryter|bröt|brutit|försvaga[rt]?|försvagade|krossa[rt]?|krossade|strypa|stryper|strypt|ströp"
    r"|(?:sätta|sätter|satte|satt)\s+(?:\w+\s+)?press\s+på|(?:ingripa|ingriper|ingrep|ingripit)\s+mot"
    r"|(?:vite|vitet|vitesföreläggande|vitesföreläggandet|föreläggande|föreläggandet|vräkning)\s+(?:mot|för)"
    # mapping and watching a group: 'har kartlagt nätverket', 'övervakar klubben'
    r"|kartlägga|kartlägger|kartlade|kartlagt|övervaka[rt]?|övervakade"
    # working so that the group cannot: 'arbetar för att gängen inte ska få fäste i kommunen'
    r"|(?:arbetar|arbetat|arbeta|jobbar|jobbat|jobba|verkar|verkat|gör\s+allt|gjort\s+allt)\s+(?:\w+\s+){0,3}?"
    r"för\s+att(?=\s+(?:[\wåäö:-]+\s+){1,5}?(?:inte|aldrig)\s+(?:ska|skall|kan|får)\b)"
    # a permit refused to the group: 'nekade Bandidos MC bygglov', 'har nekat klubben tillstånd'
    r"|(?:neka[rt]?|nekade)(?=\s+(?:[\wåäö:-]+\s+){1,4}(?:bygglov|tillstånd|serveringstillstånd|lov)\b)"
    r"|(?:satsning|satsningen|insats|insatsen|insatser|insatserna|arbete|arbetet|arbetat|arbetar|arbeta|kamp"
    r"|kampen|åtgärder|tillslag|offensiv|offensiven)\s+(?:[\wåäö-]+\s+){0,2}?mot"
    # police action on a group's members: 'har gripit tre medlemmar i X', 'kontrollerade personer ur X'
    r"|(?:gripit|grep|gripa|griper|häktat|häktade|anhållit|anhöll|kontrollerat|kontrollerade|kontrollera"
    r"|visiterat|visiterade|lagfört|lagförde)\s+(?:[\wåäö0-9-]+\s+){0,5}?(?:medlemmar|personer|företrädare"
    r"|ledare|individer|ledargestalter)\s+(?:i|från|ur|med\s+kopplingar?\s+till|knutna\s+till|kopplade\s+till))\b",
    re.IGNORECASE,
)
# A group right after a counter-verb, when no mention stands there: 'mot (de) kriminella gäng(en)', 'mot gängen'.
_GROUP_AHEAD = re.compile(
    r"\s+(?:(?:etableringen|närvaron|verksamheten)\s+(?:av|för)\s+)?(?:(?:de|dessa|de\s+här|den|det)\s+)?"
    r"(?:(?:kriminella|lokala|olika|två|tre|flera)\s+)?"
    r"(?P<noun>gäng(?:en|et)?|nätverk(?:en|et)?|grupperingar(?:na)?|mc-gäng(?:en|et)?|mc-klubb(?:en)?|klubben)s?\b",
    re.IGNORECASE,
)
# A group named in passing ('kriminella nätverk som påverkar gatubilden'): what 'gängen' later refers to.
_GENERIC_NAMED = re.compile(r"\bkriminella\s+(?P<noun>nätverk|gäng|grupper|grupperingar)\b", re.IGNORECASE)
_GROUP_GAP = 90  # characters from the counter-verb to the group it acts on
_WE = re.compile(r"\b(?:vi|vårt|vår|våra)\b", re.IGNORECASE)
# The parties of a joint work that acts: 'Samarbetet mellan polisen och kommunen ska försvåra för ...'.
_JOINT_WORK = re.compile(
    r"\A\s*[–-]?\s*(?:det\s+)?(?:\w+\s+)?(?:samarbetet|samverkan|arbetet|insatsen|satsningen|projektet)"
    r"\s+mellan\s+(?:[\wåäö-]+(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+))*\Z",
    re.IGNORECASE,
)
_FOR_ATT = re.compile(r"\s+att\b")


def criminal_group_relations(
    context: RelationContext, found: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the criminal-group relations of the whole document;
    ``found`` holds the document's relations read so far (LOCATED_IN, COLLABORATES_WITH)."""
    against = {i for i, s in enumerate(context.sentences) if _may_counter(s.text) and _AGAINST.search(s.text)}
    if not against and not any(
        m.type == E.CRIMINAL_GROUP or (m.type == E.PLACE and _group_named_in(m) is not None)
        for ms in context.mentions
        for m in ms
    ):
        return
    established: list[tuple[int, FoundRelation]] = []
    counters: list[tuple[int, FoundRelation]] = []
    last_group: Mention | None = None
    for i, sentence in enumerate(context.sentences):
        mentions = context.mentions[i]
        groups = [m for m in mentions if m.type == E.CRIMINAL_GROUP]
        established += [(i, f) for f in _premises(context, i, groups)]
        buildings = list(_named_buildings(context, i))
        established += [(i, f) for f in buildings]
        if buildings and not groups:
            last_group = buildings[0].source  # 'Bandidosvillan': the gang is spoken of
        established += [(i, f) for f in _chapters(context, i, groups)]
        established += [(i, f) for f in _present(context, i, groups)]
        established += [(i, f) for f in _settles(context, i, groups)]
        established += [(i, f) for f in established_by_parse(context, i, groups)]
        found_counters = list(_counters(context, i, groups, last_group)) if i in against else []
        counters += [(i, f) for f in found_counters]
        named = [g for g in groups if not g.generic] or groups
        passing = list(_GENERIC_NAMED.finditer(sentence.text))
        if named:
            last_group = named[-1]
        elif found_counters:
            last_group = found_counters[-1].target
        elif passing:
            noun = passing[-1].group("noun")
            phrase, head = generic_name(noun)
            start = sentence.start + passing[-1].start()
            last_group = Mention(
                start,
                start + len(passing[-1].group(0)),
                passing[-1].group(0),
                E.CRIMINAL_GROUP,
                phrase,
                generic=True,
                head=head,
                rule="criminal_passing",
            )
    yield from established
    yield from _in_municipality(established, found)
    yield from _in_home_place(context, established, found)
    yield from counters
    yield from _partners(counters, found)


# ---------------------------------------------------------------------- where a group is based


def _places_after(context: RelationContext, i: int, at: int) -> list[Mention]:
    """The places named after sentence offset ``at`` up to the end of its clause."""
    sentence = context.sentences[i]
    stop = _CLAUSE_END.search(sentence.text, at)
    end = sentence.start + (stop.start() if stop else len(sentence.text))
    places = []
    for m in context.mentions[i]:
        if not sentence.start + at <= m.start < end:
            continue
        place = (
            m if m.type == E.PLACE else municipality_place(context, m) if m.type == E.MUNICIPALITY else None
        )
        if place is not None:
            places.append(place)
    return places


def _premises(context: RelationContext, i: int, groups: list[Mention]) -> Iterator[FoundRelation]:
    sentence = context.sentences[i]
    text = sentence.text
    for group in groups:
        if group.generic:
            continue
        at = group.end - sentence.start
        own = _OWN_PREMISES.match(text, at)
        if own is not None:
            for place in _places_after(context, i, own.end()):
                yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.75)
            continue
        its = _ITS_PREMISES.search(text, at, min(len(text), at + 80))
        if its is not None and not _CLAUSE_END.search(text, at, its.start()):
            for place in _places_after(context, i, its.end()):
                yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.7)
            continue
        acquired = _ACQUIRES.search(text, at, min(len(text), at + 60))
        if acquired is not None and not _CLAUSE_END.search(text, at, acquired.start()):
            for place in _places_after(context, i, acquired.end()):
                yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.7)


def _named_buildings(context: RelationContext, i: int) -> Iterator[FoundRelation]:
    """'Bandidosfastigheten i Norra Åsum': the group a building is named after is based there."""
    sentence = context.sentences[i]
    places = [m for m in context.mentions[i] if m.type == E.PLACE]
    for k, place in enumerate(places):
        group = _group_named_in(place)
        if group is None:
            continue
        yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.7)
        inner = _inner_place(place)
        if inner is not None:
            yield FoundRelation(group, inner, R.ESTABLISHED_IN, 0.7)
        if k + 1 < len(places):
            nxt = places[k + 1]
            between = sentence.text[place.end - sentence.start : nxt.start - sentence.start]
            if re.fullmatch(r"[\"'”»]?\s*(?:i|på|utanför|vid)\s+", between):
                yield FoundRelation(group, nxt, R.ESTABLISHED_IN, 0.7)


_BUILDING_OF = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,}?)-?(?:villan|fastigheten|gården|huset|lokalen|lokalerna)$")
_CLUBHOUSE_OF = re.compile(
    r"(?P<owner>.+?)\s+(?:(?:nya|gamla|tidigare|förra)\s+)?klubb(?:lokal|hus|stuga)\b"
    r"(?:\s+(?:i|på)\s+(?P<place>\S+))?$"
)


def _group_named_in(place: Mention) -> Mention | None:
    """The gang a building is named after: 'Bandidosvillan', 'Hells Angels klubblokal'."""
    m = _BUILDING_OF.match(place.canonical) or _CLUBHOUSE_OF.match(place.canonical)
    if m is None:
        return None
    owner = m.group(1)
    forms = (owner, owner[:-1]) if owner.endswith("s") else (owner,)
    entries = [e for f in forms for e in load_gazetteer().lookup(f) if e.type == "CriminalGroup"]
    if not entries:
        return None
    return Mention(
        place.start, place.end, place.text, E.CRIMINAL_GROUP, entries[0].name, rule="named_building"
    )


def _inner_place(place: Mention) -> Mention | None:
    """'Hells Angels klubblokal i Gammelstad': the place the premises stand in."""
    m = _CLUBHOUSE_OF.match(place.canonical)
    if m is None or m.group("place") is None:
        return None
    name = m.group("place")
    start = place.start + m.start("place")
    return Mention(start, start + len(name), name, E.PLACE, name, rule="clubhouse_place")


def _in_municipality(
    established: list[tuple[int, FoundRelation]], found: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """A group based in a district is based in the municipality the document puts it in."""
    located: dict[str, list[Mention]] = defaultdict(list)
    for rels in found.values():
        for rel in rels:
            if rel.type is R.LOCATED_IN:
                located[rel.source.canonical].append(rel.target)
    for i, rel in established:
        if rel.type is not R.ESTABLISHED_IN:
            continue  # where a group is only active is not where it is based
        for whole in located.get(rel.target.canonical, []):
            yield i, FoundRelation(rel.source, whole, R.ESTABLISHED_IN, 0.65)


def _in_home_place(
    context: RelationContext,
    established: list[tuple[int, FoundRelation]],
    found: dict[int, list[FoundRelation]],
) -> Iterator[tuple[int, FoundRelation]]:
    """'Bandidos klubblokal i Norra Åsum' in a text about Kristianstad: a group based in a village or
    district is based in the municipality the document is about, when the text names that place
    and the gazetteer puts the district in no other municipality."""
    home = context.home_place
    if home is None:
        return
    placed = {(r.source.canonical, r.target.canonical) for rels in found.values() for r in rels}
    for i, rel in established:
        if rel.type is not R.ESTABLISHED_IN or rel.target.canonical == home.canonical:
            continue
        if (rel.source.canonical, home.canonical) in placed or not _within(context, rel.target, home):
            continue
        placed.add((rel.source.canonical, home.canonical))
        yield i, FoundRelation(rel.source, home, R.ESTABLISHED_IN, 0.55)


def _within(context: RelationContext, place: Mention, home: Mention) -> bool:
    """Whether the gazetteer puts ``place`` in ``home`` or does not know it (a village, a street);
    a municipality's own place is within no other."""
    entries = [e for e in context.gazetteer.by_name(place.canonical) if e.type == E.PLACE.value]
    if not entries:
        return True
    return any(e.parent == home.canonical and not e.attribute("code") for e in entries)


# A group that is there: 'nätverken som finns i Norrby', 'gänget växer i centrum', 'I Norrby verkar två gäng'.
_THERE = re.compile(
    r"\s+(?:som\s+)?(?:(?:har|hade)\s+(?:(?:länge|tidigare|också|även|nu)\s+)?)?"
    r"(?:finns|fanns|funnits|växer|växte|vuxit|verkar|verkade|verkat|härjar|härjade|härjat"
    r"|rör\s+sig|rörde\s+sig|rört\s+sig|håller\s+till|höll\s+till|hållit\s+till|opererar|opererade|opererat"
    r"|dominerar|dominerade|dominerat|är\s+aktiva?|var\s+aktiva?|varit\s+aktiva?"
    # a gang's trade where it is: 'har sålt narkotika i X', 'styr narkotikahandeln i X'
    r"|(?:säljer|sålde|sålt|langar|langade|langat|styr|styrde|styrt|kontrollerar|kontrollerade|kontrollerat)"
    r"\s+(?:[a-zåäö-]+\s+){1,2}?)"
    r"\s*(?:(?:nu|också|även|främst|bland\s+annat|kvar|länge|fortfarande)\s+)?"
    r"(?:i|på|inom|runt|kring)\s+",
    re.IGNORECASE,
)
_APPOSITION = re.compile(r",[^,.;:]{1,60},")
_THERE_FRONTED = re.compile(
    r"^\s*(?:I|På|Inom|Runt|Kring)\s+(?P<place>.+?)\s+(?:finns|fanns|verkar|verkade|växer|växte|härjar|härjade)"
    r"\s+(?:(?:nu|också|även|flera|det)\s+)*$"
)


def _present(context: RelationContext, i: int, groups: list[Mention]) -> Iterator[FoundRelation]:
    """A group that is, grows or is active in a place is ACTIVE_IN it."""
    sentence = context.sentences[i]
    text = sentence.text
    for group in groups:
        at = group.end - sentence.start
        apposition = _APPOSITION.match(text, at)  # 'Red Devils, en supportklubb till X, finns i Y'
        there = _THERE.match(text, apposition.end() if apposition else at)
        if there is not None:
            for place in _places_after(context, i, there.end())[:3]:
                yield FoundRelation(group, place, R.ACTIVE_IN, 0.7)
            continue
        fronted = _THERE_FRONTED.match(text, 0, group.start - sentence.start)
        if fronted is not None:
            for place in context.mentions[i]:
                if place.type == E.PLACE and place.end <= group.start:
                    yield FoundRelation(group, place, R.ACTIVE_IN, 0.7)


# A group settling in a place: 'har slagit sig ner i X', 'flyttade till X', 'har startat en avdelning i X'.
_SETTLES = re.compile(
    r"\s+(?:(?:har|hade|har\s+nu|som)\s+)?(?:(?:nu|också|även|redan|sedan\s+dess)\s+)?"
    r"(?:(?:slagit|slog|slår|slå)\s+sig\s+ne[dr]|(?:flyttat|flyttade|flyttar|flytta)\s+(?:in\s+)?till"
    r"|(?:tagit|tog|fått|fick|fick\s+ett)\s+fäste"
    r"|(?:startat|startade|startar|bildat|bildade|bildar|grundat|grundade|öppnat|öppnade|öppnar)\s+(?:en|ett|sin|sitt)\s+"
    r"(?:ny\s+|nytt\s+|egen\s+|eget\s+)?(?:avdelning|filial|chapter|charter|förgrening|klubb))\w*"
    r"\s+(?:\w+\s+){0,2}?(?:i|på|till)\s+",
    re.IGNORECASE,
)


def _settles(context: RelationContext, i: int, groups: list[Mention]) -> Iterator[FoundRelation]:
    """A group that settles, moves to or starts a chapter in a place is ESTABLISHED_IN it."""
    text = context.sentences[i].text
    for group in groups:
        settles = _SETTLES.match(text, group.end - context.sentences[i].start)
        if settles is not None:
            for place in _places_after(context, i, settles.end())[:3]:
                yield FoundRelation(group, place, R.ESTABLISHED_IN, 0.7)


_CHAPTER = r"(?:supportklubb|supporterklubb|stödklubb|hangaround|prospect|avdelning|charter|chapter|underavdelning)\w*"
# 'Red Devils, en supportklubb till Hells Angels', 'Red Devils är Hells Angels supportklubb',
# 'Hells Angels supportklubb Red Devils'.
_CHAPTER_OF = re.compile(
    rf"\s*(?:,|är|var|blev|som\s+är)\s+(?:en|ett)?\s*(?:[\wåäö-]+\s+)?{_CHAPTER}\s+(?:till|åt|under|inom|för|av)\s+$",
    re.IGNORECASE,
)
_CHAPTER_OWNER_BEFORE = re.compile(r"\s*(?:,|är|var|blev|som\s+är)\s+$", re.IGNORECASE)
_CHAPTER_AFTER = re.compile(rf"s?\s+(?:[\wåäö-]+\s+)?{_CHAPTER}\b(?P<named>\s+$)?", re.IGNORECASE)


def _chapters(context: RelationContext, i: int, groups: list[Mention]) -> Iterator[FoundRelation]:
    """A chapter, hangaround or support club of a gang is PART_OF it."""
    sentence = context.sentences[i]
    text = sentence.text
    for a, b in itertools.pairwise(groups):
        if a.canonical == b.canonical or a.generic or b.generic:
            continue
        between = text[a.end - sentence.start : b.start - sentence.start]
        if _CHAPTER_OF.match(between):
            yield FoundRelation(a, b, R.PART_OF, 0.75)  # 'A, en supportklubb till B'
            continue
        after_b = _CHAPTER_AFTER.match(text, b.end - sentence.start)
        if after_b is not None and _CHAPTER_OWNER_BEFORE.fullmatch(between):
            yield FoundRelation(a, b, R.PART_OF, 0.75)  # 'A är Bs supportklubb'
            continue
        own = _CHAPTER_AFTER.fullmatch(between)
        if own is not None and own.group("named") is not None:
            yield FoundRelation(b, a, R.PART_OF, 0.75)  # 'As supportklubb B'


# ---------------------------------------------------------------------- who acts against a group


def _counters(
    context: RelationContext, i: int, groups: list[Mention], last_group: Mention | None
) -> Iterator[FoundRelation]:
    sentence = context.sentences[i]
    text = sentence.text
    for verb in _AGAINST.finditer(text):
        target = _group_after(context, i, verb.end(), groups, last_group)
        since = 0
        if target is None and not verb.group(0).lower().endswith("mot"):
            # 'HA har sökt en lokal samtidigt som kommunen och polisen har parerat varje köp': the
            # group named before, those standing between it and the verb act against it.
            passive = verb.group(0).lower().endswith(("as", "es", "rs", "ades"))
            before = [
                g for g in groups if (passive or not g.generic) and g.end - sentence.start <= verb.start()
            ]
            if before:
                target, since = before[-1], before[-1].end - sentence.start
        if target is None:
            continue
        actors = (
            _actors_before(context, i, verb.start(), since)
            or _agents_after(context, i, target)
            or clause_subjects(context, i, target)
        )
        for actor in actors:
            if actor.canonical != target.canonical:
                yield FoundRelation(actor, target, R.COUNTERS, 0.7)


def _group_after(
    context: RelationContext, i: int, at: int, groups: list[Mention], last_group: Mention | None
) -> Mention | None:
    sentence = context.sentences[i]
    for group in groups:
        rel = group.start - sentence.start
        if at <= rel <= at + _GROUP_GAP:
            return group
    ahead = _GROUP_AHEAD.match(sentence.text, _after_inverted_subject(context, i, at))
    if ahead is None:
        return None
    noun = ahead.group("noun")
    definite = noun.lower().endswith(("en", "et", "na"))
    if noun.lower().startswith(("mc-", "klubb")):
        # 'klubben' is the club named before: a named MC club, not a loose network
        return last_group if last_group is not None and not last_group.generic else None
    if definite and last_group is not None:
        return last_group
    phrase, head = generic_name(noun)
    start = sentence.start + ahead.start("noun")
    return Mention(
        start,
        start + len(noun),
        noun,
        E.CRIMINAL_GROUP,
        phrase,
        generic=True,
        head=head,
        rule="counter_object",
    )


def _after_inverted_subject(context: RelationContext, i: int, at: int) -> int:
    """Where the object of a verb begins: after the actors that stand right after it as its subject
    in V2 order ('Nu förelägger Växjö kommun klubben ...'), else right after the verb."""
    sentence = context.sentences[i]
    for m in context.mentions[i]:
        rel = m.start - sentence.start
        if rel < at or m.type not in ORGANISATIONS:
            continue
        if sentence.text[at:rel].strip():
            break
        at = m.end - sentence.start
    return at


_COUNTER_STEMS = (
    "mot",
    "vräk",
    "upp",
    "bekämp",
    "stopp",
    "stör",
    "hindr",
    "försvår",
    "parer",
    "bort",
    " av med",
    "kvitt",
    "föreläg",
    "vite",
    "nek",
    "kartl",
    "övervak",
    "inte ska",
    "förelad",
    "förelag",
    "grip",
    "grep",
    "häkt",
    "anh",
    "kontroller",
    "visiter",
    "lagför",
    "tillbaka",
    "knäck",
    "bryt",
    "bröt",
    "brutit",
    "försvag",
    "kross",
    "stryp",
    "ströp",
    "press på",
)


def _may_counter(text: str) -> bool:
    """A cheap test before the pattern: most sentences hold none of its words."""
    low = text.lower()
    return any(stem in low for stem in _COUNTER_STEMS)


def _actors_before(context: RelationContext, i: int, at: int, since: int = 0) -> list[Mention]:
    """Who acts: the actors standing before the verb that no preposition governs (or 'för X att'),
    else 'vi' in the sentence, else the organisation the sentences before are about."""
    sentence = context.sentences[i]
    text = sentence.text
    actors = []
    for m in context.mentions[i]:
        rel = m.start - sentence.start
        if rel >= at or rel < since or m.type not in ACTORS:
            continue
        words = text[:rel].split()
        before = words[-1].lower() if words else ""
        if (
            before in PREPOSITIONS
            and not (before == "för" and _FOR_ATT.match(text, m.end - sentence.start))
            and not _JOINT_WORK.search(text, 0, rel)
        ):
            continue
        if m.type == E.GROUP:
            continue
        actors.append(m)
    if actors:
        return actors
    if _WE.search(text, since, at):
        we = context.we(i)
        return [we] if we is not None else []
    return []


# 'Satsningen mot gängen leds av polisen och kommunen': the agents of a passive after the group.
_BY_AGENTS = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:leds|leddes|drivs|drevs|genomförs|genomfördes|bedrivs|bedrevs|samordnas|samordnades"
    r"|görs|gjordes|utförs|utfördes)\s+(?:\w+\s+){0,2}?av\s+",
    re.IGNORECASE,
)


def _agents_after(context: RelationContext, i: int, target: Mention) -> list[Mention]:
    """The organisations after 'leds av' that follows the group acted against, up to the clause's end."""
    sentence = context.sentences[i]
    text = sentence.text
    by = _BY_AGENTS.match(text, target.end - sentence.start)
    if by is None:
        return []
    stop = _CLAUSE_END.search(text, by.end())
    end = stop.start() if stop else len(text)
    return [
        m
        for m in context.mentions[i]
        if m.type in ORGANISATIONS and by.end() <= m.start - sentence.start < end
    ]


def _partners(
    counters: list[tuple[int, FoundRelation]], found: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """'Polisen har arbetat mot gängen. Genom ett samarbete med A och B ...': A and B counter them too."""
    for i, rel in counters:
        for j in (i, i + 1):
            for other in found.get(j, []):
                if other.type is not R.COLLABORATES_WITH:
                    continue
                for a, b in ((other.source, other.target), (other.target, other.source)):
                    if a.canonical == rel.source.canonical and b.type in ORGANISATIONS:
                        yield j, FoundRelation(b, rel.target, R.COUNTERS, 0.6)
