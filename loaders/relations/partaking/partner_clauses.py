"""Those a clause names as an initiative's partners or members take part in it.

Real writers name an initiative's parties in many shapes; these readings follow the clause, not
one phrasing:

- joint work: 'X sker i samverkan med A och B', 'X är ett samarbete mellan A, B och C',
  'tillsammans med A och B genomför polisen X': the partners named after the cue take part in the
  initiative of the sentence (a clause in a sentence of its own, 'Polisen startar X. Samverkan
  sker med A och B.', names whom the runner works with: COLLABORATES_WITH, read elsewhere);
- membership: 'I X ingår A, B och C', 'X består av A och B', 'X omfattar A och B',
  'Samarbetet inkluderar även A', and 'A, B och C deltar i X';
- 'X är en konstellation där A, B och C ...': the actors the 'där' clause opens with.

Lists distribute over their members (commas, 'och', 'samt'); an actor that runs the initiative
is no participant in it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation, related_pairs
from loaders.relations.partaking.member_roles import with_member_roles
from loaders.relations.triggers import allowed

__all__ = ["partner_clauses"]

_PARTNERS = frozenset(
    {E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.GROUP, E.PERSON}
)
_LEAD = 2  # sentences of a document's heading and lead

# The cue after which the partners of joint work are listed; up to three words of manner between
# the noun and its preposition ('i en nära och långsiktig samverkan, mellan A och B').
_JOINT_CUE = re.compile(
    r"\b(?:(?:samverkan|samarbete|samarbetet|samverkar|samarbetar|samverkade|samarbetade"
    r"|samverkans(?:form|formen|projekt|projektet|modell|modellen)|samarbets(?:form|formen|projekt|projektet))"
    r"(?:[\s,]+(?:[\wåäö]+[\s,]+){0,3}?)?\s*(?:med|mellan)"
    r"|tillsammans\s+med)\s+",
    re.IGNORECASE,
)
# What a clause that names the whole of an initiative's members says after it.
_MEMBERS_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:som\s+)?(?:har\s+|hade\s+)?(?:består\s+av|bestod\s+av|utgörs\s+av|omfattar|omfattade|inkluderar"
    r"|inkluderade|samlar|samlade)\s+(?:(?:även|också|dessutom|bland\s+(?:annat|andra))\s+)?",
    re.IGNORECASE,
)
# 'I X ingår (även) A, B och C'.
_PARTAKE = (
    r"(?:ingår|ingick|deltar|deltog|medverkar|medverkade|sitter|satt|finns\s+med|samarbetar|samverkar"
    r"|samarbetade|samverkade)"
)
# A descriptor may stand before the name ('I projektet Trygg by ingår ...').
_DESCRIPTOR = r"(?:[a-zåäö-]+(?:et|en|na)\s+)?"
_FRONTED_BEFORE = re.compile(rf"(?:^|[:;]\s*)\s*[–•-]?\s*i\s+{_DESCRIPTOR}$", re.IGNORECASE)
_FRONTED_AFTER = re.compile(
    rf"\s*(?:,\s*)?{_PARTAKE}\s+(?:(?:även|också|dessutom|bland\s+(?:annat|andra)|numera|i\s+dag)\s+)*",
    re.IGNORECASE,
)
# 'Deltagare i X är A och B', 'Parter i X är A och B': those the initiative's participants are.
_PARTICIPANTS_BEFORE = re.compile(
    r"(?:^|[:;]\s*)\s*[–•-]?\s*(?:(?:och|samt)\s+)?(?:deltagare|deltagarna|medverkande|parter|parterna|aktörer"
    r"|samarbetspartner|samarbetspartners|samarbetsparter|samverkansparter|samverkanspartner|med)\s+(?:i|på|vid)\s+"
    + _DESCRIPTOR
    + r"$",
    re.IGNORECASE,
)
_PARTICIPANTS_AFTER = re.compile(
    r"\s+(?:är|var|blir|blev|har\s+varit)\s+(?:(?:även|också|dessutom|bland\s+(?:annat|andra))\s+)*",
    re.IGNORECASE,
)
# 'med A och B som partner': the partners a clause names by their part.
_AS_PARTNERS = re.compile(
    r"\s+som\s+(?:\w+\s+)?(?:partner|partners|parter|samarbetspartner|samarbetspartners|samarbetsparter"
    r"|samverkansparter|samverkanspartner|deltagare|medaktörer)\b",
    re.IGNORECASE,
)
_WITH = re.compile(r"\bmed\s+", re.IGNORECASE)
# 'A, B och C (har) (också) deltar i X'.
_SUBJECT_VERB = re.compile(
    rf"\s+(?:har\s+|hade\s+)?(?:(?:också|även)\s+)?(?:{_PARTAKE}|deltagit|medverkat|ingått|är\s+med|var\s+med)"
    rf"\s+(?:(?:också|även)\s+)?i\s+{_DESCRIPTOR}$",
    re.IGNORECASE,
)
# 'samverkansavtal med A och B': the partners right after the initiative's name.
_SUBJECT_JOINT = re.compile(
    r"\s+(?:tillsammans\s+)?med\s+(?=[A-ZÅÄÖ]|(?:[a-zåäö]+\s+){0,2}[a-zåäö]+(?:,|\s+och))"
)
# '... X, där A och B samarbetar': a list of subjects of working together after the initiative.
_JOINT_VERB = re.compile(
    r"\s+(?:(?:har|hade|ska|kommer\s+att)\s+)?(?:(?:också|även)\s+)?(?:samarbetar|samverkar|samarbetat|samverkat"
    r"|samarbeta|samverka)\b(?!\s+(?:med|mellan)\b)",
    re.IGNORECASE,
)
# A verb of taking part with its subjects before it ('där A och B ingår', 'A deltog även') or,
# in a main clause opened by something else, after it ('Inom X samarbetar A och B').
_PARTAKE_VERB = re.compile(
    r"(?:\s+|^)(?:(?:har|hade|ska|skall|kommer\s+att|vill|kan|bör|brukar)\s+)?(?:(?:också|även)\s+)?"
    r"(?:ingår|ingick|ingått|ingå|deltar|deltog|deltagit|delta|medverkar|medverkade|medverkat|medverka"
    r"|samarbetar|samverkar|samarbetade|samverkade|samarbeta|samverka|är\s+med|var\s+med|vara\s+med|finns\s+med)\b"
    r"(?!\s+(?:med|mellan)\b)(?:\s+(?:(?:också|även|dessutom|bland\s+(?:annat|andra)|numera)\s+)*)?",
    re.IGNORECASE,
)
# 'ingå' with an object is to enter into an agreement ('har ingått en överenskommelse').
_INGA = re.compile(r"\bing(?:år|ick|ått|å)\b", re.IGNORECASE)
_ENTERED = re.compile(
    r"(?:en|ett|det|den|nya?|[\wåäö-]*(?:avtal|avtalet|överenskommelse|överenskommelsen|förklaring|förklaringen))\b",
    re.IGNORECASE,
)
# Those who take part through their people: 'deltar tjänstepersoner från A och B'.
_THROUGH_PEOPLE = re.compile(
    r"(?:[a-zåäö-]+\s+(?:och\s+)?){1,3}?(?:från|för|ur|vid|inom|hos)\s+(?:(?:bland\s+(?:annat|andra)|både)\s+)?",
    re.IGNORECASE,
)
_IN_WHAT = re.compile(r"\s*i\s+", re.IGNORECASE)
# 'X är en konstellation där A, B och C ...'.
_WHERE = re.compile(
    r"\s+är\s+(?:en|ett)\s+(?:[\wåäö-]+\s+){0,2}?(?:konstellation|samarbete|samverkan|nätverk|forum|grupp"
    r"|samarbetsform|satsning|projekt|organisation)\s*,?\s*där\s+(?:(?:bland\s+(?:annat|andra)|både)\s+)?",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"\s*(?:(?:både|bland\s+(?:annat|andra)|bl\.\s?a\.|även|också|representanter\s+(?:för|från))\s+)*",
    re.IGNORECASE,
)
# Between two members of a list; an abbreviation in brackets may follow a name ('Örebrobostäder (ÖBO)').
_LINK = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s*,\s*(?:(?:och|samt)\s+)?|\s+(?:och|samt)\s+)(?:(?:även|också)\s+)?",
    re.IGNORECASE,
)
# A list member that is no known actor: a few lower-case words before the next link.
_UNKNOWN_ITEM = re.compile(
    r"[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,3}?(?=(?:\s*\([^()]{1,20}\))?(?:\s*,|\s+(?:och|samt)\s))"
)
# The noun a possessor stands before, up to the next link: 'kommunens| politiska ledning,'.
_POSSESSED = re.compile(
    r"\s+[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,2}?(?=\s*,|\s+(?:och|samt)\s|\s*[.;:]|\s*$)"
)
_PLACE_NAMED = frozenset({E.MUNICIPALITY, E.MUNICIPAL_BODY, E.POLICE_UNIT})
# What a town and its police always hold together: its citizens' pact and dialogues.
_TOWNS_OWN = re.compile(r"medborgar", re.IGNORECASE)
_UNIT_WORDS = frozenset({"lokalpolisområde", "polisområde", "polisregion", "region", "kommun", "stad"})
_PLACE_PREFIX = 4
# The word before a town that makes it a place: 'i Åby', 'från Öby', 'utanför Norrtuna'.
_PLACE_PREPOSITION = re.compile(
    r"\b(?:i|på|från|till|inom|utanför|vid|mot|kring|runt|över|genom|av|för|om|ur|norr|söder|öster|väster)\s+$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig|utan)\b", re.IGNORECASE)


def listed_from(text: str, offset: int, position: int, mentions: list[Mention]) -> list[Mention]:
    """The actors of the list that opens ``text`` (which starts at ``offset`` in its document) at the
    document position ``position``. A member that is no known actor ('mellan kommunen, fritidsgården
    och polisen') is passed over when the list goes on after it."""
    opener = _OPENER.match(text, position - offset)
    pos = opener.end() if opener else position - offset
    starts = {m.start - offset: m for m in mentions if m.type in _PARTNERS}
    out: list[Mention] = []
    while pos < len(text):
        mention = starts.get(pos)
        if mention is not None:
            pos = mention.end - offset
            head = _POSSESSED.match(text, pos)
            if head is not None and mention.text.endswith("s"):
                pos = head.end()  # 'kommunens politiska ledning': the possessor is no member itself
            else:
                out.append(mention)
        else:
            item = _UNKNOWN_ITEM.match(text, pos)
            if item is None or any(pos < start < item.end() for start in starts):
                break
            pos = item.end()  # followed by a link: the list goes on
        link = _LINK.match(text, pos)
        if link is None:
            break
        pos = link.end()
    return out


def listed_before(text: str, offset: int, position: int, mentions: list[Mention]) -> list[Mention]:
    """The actors that end right before the document position ``position`` as a list, in text order."""
    out: list[Mention] = []
    pos = position
    for m in sorted(mentions, key=lambda m: -m.end):
        if m.end > pos or m.type not in _PARTNERS:
            continue
        gap = text[m.end - offset : pos - offset]
        if (out and not _LINK.fullmatch(gap)) or (not out and gap.strip()):
            break
        out.insert(0, m)
        pos = m.start
    return out


def partner_clauses(
    context: RelationContext, by_sentence: dict[int, list[FoundRelation]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN from the clauses of joint work and membership of every sentence."""
    running = related_pairs(by_sentence, R.RUNS)
    for i, sentence in enumerate(context.sentences):
        if _NEGATED.search(sentence.text):
            continue
        mentions = with_member_roles(context, i, _towns_as_municipalities(context, i))
        for partner, initiative, confidence in _readings(context, i, mentions):
            if (
                partner.canonical == initiative.canonical
                or (partner.canonical, initiative.canonical) in running
            ):
                continue
            if initiative.start <= partner.start and partner.end <= initiative.end:
                continue  # a partner inside the initiative's own name is read with the name
            if owns(partner, initiative):
                continue
            if allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
                yield i, FoundRelation(partner, initiative, R.PARTICIPATES_IN, confidence)


def _towns_as_municipalities(context: RelationContext, i: int) -> list[Mention]:
    """The sentence's mentions, with a town that stands as an actor read as its municipality:
    'en konstellation där Åby, Öby och Norrtuna enats', 'samarbete mellan Åby och Öby'. A town
    after a preposition ('i Åby', 'från Öby') is a place, not a party, and stays one."""
    sentence = context.sentences[i]
    out: list[Mention] = []
    for mention in context.mentions[i]:
        municipality = None
        if mention.type is E.PLACE and not _PLACE_PREPOSITION.search(
            sentence.text, 0, mention.start - sentence.start
        ):
            municipality = next(
                iter(context.gazetteer.children(E.MUNICIPALITY.value, mention.canonical)), None
            )
        if municipality is None:
            out.append(mention)
        else:
            out.append(dataclasses.replace(mention, type=E.MUNICIPALITY, canonical=municipality.name))
    return out


def owns(actor: Mention, initiative: Mention) -> bool:
    """Whether the initiative is named after the actor's place, so is the actor's own: 'Gävles
    medborgarlöften' and 'Karlskronamodellen' are Gävle's and Karlskrona's, not things they join.
    The text must name it so: a survey the document's town only gave its name to ('en
    trygghetsundersökning', read as 'Karlstads trygghetsundersökning') may be joined by the town.
    A town's medborgarlöften and medborgardialoger are its own however they are worded."""
    if actor.type not in _PLACE_NAMED:
        return False
    words = [w for w in actor.canonical.split() if w[:1].isupper() and w.lower() not in _UNIT_WORDS]
    names = [initiative.text.lower()]
    if _TOWNS_OWN.search(initiative.canonical):
        names.append(initiative.canonical.lower())
    return any(
        len(w) >= _PLACE_PREFIX and name.startswith(w.lower().rstrip("s")) for w in words for name in names
    )


def _readings(
    context: RelationContext, i: int, mentions: list[Mention]
) -> Iterator[tuple[Mention, Mention, float]]:
    sentence = context.sentences[i]
    text, base, end = sentence.text, sentence.start, len(sentence.text)
    for initiative in (m for m in mentions if m.type is E.INITIATIVE):
        after = initiative.end - base
        members = _MEMBERS_AFTER.match(text, after, end)
        if members is not None:
            for partner in listed_from(text, base, base + members.end(), mentions):
                yield partner, initiative, 0.55
        fronted = _FRONTED_AFTER.match(text, after, end)
        if fronted is not None and _FRONTED_BEFORE.search(text, 0, initiative.start - base):
            for partner in listed_from(text, base, base + fronted.end(), mentions):
                yield partner, initiative, 0.55
        listing = _PARTICIPANTS_AFTER.match(text, after, end)
        if listing is not None and _PARTICIPANTS_BEFORE.search(text, 0, initiative.start - base):
            for partner in listed_from(text, base, base + listing.end(), mentions):
                yield partner, initiative, 0.55
        subject = _SUBJECT_VERB.search(text, 0, initiative.start - base)
        if subject is not None:
            for partner in listed_before(text, base, base + subject.start(), mentions):
                yield partner, initiative, 0.55
        joint = _SUBJECT_JOINT.match(text, after, end)
        if joint is not None:
            for partner in listed_from(text, base, base + joint.end(), mentions):
                yield partner, initiative, 0.5
        for verb in _JOINT_VERB.finditer(text, after):
            for partner in listed_before(text, base, base + verb.start(), mentions):
                yield partner, initiative, 0.5
        where = _WHERE.match(text, after, end)
        if where is not None:
            for partner in listed_from(text, base, base + where.end(), mentions):
                yield partner, initiative, 0.5
    initiatives = [m for m in mentions if m.type is E.INITIATIVE]
    for verb in _PARTAKE_VERB.finditer(text) if initiatives else ():
        if _INGA.search(verb.group(0)) and _ENTERED.match(text, verb.end()):
            continue  # 'A har ingått en överenskommelse med B': A is a party to it, not a member
        where = _IN_WHAT.match(text, verb.end())
        if where is not None and any(
            m.start - base == where.end() and m.type is not E.INITIATIVE for m in mentions
        ):
            continue  # 'kommunen ingår i Polisregion Mitt': a membership of an organisation
        partners = listed_before(text, base, base + verb.start(), mentions) or listed_from(
            text, base, base + verb.end(), mentions
        )
        through = _THROUGH_PEOPLE.match(text, verb.end())
        if not partners and through is not None:
            partners = listed_from(text, base, base + through.end(), mentions)
        if not partners:
            continue
        target = _clause_initiative(initiatives, partners[0].start, partners[-1].end)
        if target is not None:
            for partner in partners:
                yield partner, target, 0.5
    for cue in _WITH.finditer(text) if initiatives else ():
        partners = listed_from(text, base, base + cue.end(), mentions)
        if partners and _AS_PARTNERS.match(text, partners[-1].end - base):
            target = _joint_target(context, i, base + cue.start(), partners[-1].end)
            if target is not None:
                for partner in partners:
                    yield partner, target, 0.5
    for cue in _JOINT_CUE.finditer(text):
        partners = listed_from(text, base, base + cue.end(), mentions)
        if not partners:
            continue
        # Only an initiative of the clause's own sentence: 'Samverkan sker med A' after a sentence
        # naming one says whom the runner works with, and annotators keep no participation for it.
        target = _joint_target(context, i, base + cue.start(), partners[-1].end)
        if target is not None:
            for partner in partners:
                yield partner, target, 0.5


def _clause_initiative(initiatives: list[Mention], start: int, end: int) -> Mention | None:
    """The initiative a clause of taking part is about: the nearest one named before its subjects,
    else the first after them."""
    before = [m for m in initiatives if m.end <= start]
    if before:
        return before[-1]
    return next((m for m in initiatives if m.start >= end), None)


def _joint_target(context: RelationContext, i: int, cue: int, end: int) -> Mention | None:
    """The initiative of a clause of joint work in its own sentence: the last one named before the
    cue, else the first after its partners."""
    initiatives = [m for m in context.mentions[i] if m.type is E.INITIATIVE]
    before = [m for m in initiatives if m.end <= cue or (m.start <= cue < m.end)]
    if before:
        return before[-1]
    return next((m for m in initiatives if m.start >= end), None)


def taking_part(
    i: int, partners: list[Mention], target: Mention, running: set[tuple[str, str]]
) -> Iterator[tuple[int, FoundRelation]]:
    """PARTICIPATES_IN of each partner in the target, unless it runs it, is it or owns it."""
    for partner in partners:
        if (partner.canonical, target.canonical) in running or partner.canonical == target.canonical:
            continue
        if owns(partner, target) or not allowed(R.PARTICIPATES_IN, partner.type, E.INITIATIVE):
            continue
        yield i, FoundRelation(partner, target, R.PARTICIPATES_IN, 0.5)
