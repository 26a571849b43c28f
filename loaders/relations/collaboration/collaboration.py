"""Who works with whom, beyond the pair a collaboration trigger names.

ONTOLOGY.md, "Annotation conventions": lists distribute and joint actors form cliques. So the
partners listed after one 'i samverkan med' work with each other too; those who sign, present
or agree on something together ('A och B undertecknade ett gemensamt medborgarlöfte', 'som A,
B och C signerat') each work with every other one; an umbrella word before its members ('flera
aktörer, A, B och C', 'andra aktörer som till exempel A och B') is no partner of its own; the
generic 'polisen' read as the local police area is also the Police Authority itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import combinations

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT
from loaders.mentions.partner_groups import UMBRELLAS
from loaders.relations.arguments import SentenceView
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ACTORS, ORGANISATIONS

__all__ = [
    "as_organisation",
    "joint_signers",
    "partner_clique",
    "police_parents",
    "signature_block",
    "without_umbrellas",
]

_MAX_CLIQUE = 8  # members of one list read as a clique
_CLIQUE_CONFIDENCE = 0.65

# Between an umbrella and its first member: ', ', ' som till exempel ', ': ', ' (bland andra '.
_EXAMPLES = re.compile(
    r"\s*[,:(]?\s*(?:som\s+)?(?:till\s+exempel|t\.\s?ex\.?|exempelvis|såsom|bland\s+andra|bland\s+annat"
    r"|bl\.\s?a\.?|främst|framför\s+allt|däribland|inklusive)?\s*[,:]?\s*"
    # a first member that is no name of its own ('som exempelvis kommunens enheter för boende, A, B')
    r"(?:(?<=\s)[^,.;:()]{3,60},\s*)?",
    re.IGNORECASE,
)


def partner_clique(
    partners: Sequence[Mention], confidence: float = _CLIQUE_CONFIDENCE, *, groups: bool = True
) -> list[FoundRelation]:
    """Every pair of the partners listed together ('i samverkan med A, B och C': A, B and C).

    An umbrella word among them ('kommuner och andra aktörer') is a partner of the subject only;
    without ``groups``, so is every unnamed group ('i samverkan med skolor och föreningar' says
    the schools work with the subject, not that they work with the associations).
    """
    distinct: dict[str, Mention] = {}
    for m in partners:
        if m.type == E.GROUP and (not groups or m.canonical in UMBRELLAS):
            continue
        if m.type in ACTORS:
            distinct.setdefault(m.canonical, m)
    members = list(distinct.values())
    if len(members) > _MAX_CLIQUE:
        return []  # a long enumeration names those reached, not one team
    return [FoundRelation(a, b, R.COLLABORATES_WITH, confidence) for a, b in combinations(members, 2)]


def without_umbrellas(view: SentenceView, slots: list[int]) -> list[int]:
    """A list's slots without an umbrella group that its named members specify.

    'flera aktörer, socialtjänsten och Kronofogden': the actors are the ones listed after;
    'andra aktörer som till exempel kommuner och myndigheter': the examples stand in for it.
    """
    if not slots:
        return slots
    first = view.slots[slots[0]]
    if first.mention is None or first.type != E.GROUP or first.mention.canonical not in UMBRELLAS:
        return slots
    if len(slots) >= 3:
        return slots[1:]
    following = slots[0] + 1
    if following < len(view.slots) and len(slots) == 1:
        # 'kommunerna Enköping och Eskilstuna': the names in apposition are the members
        gap = _EXAMPLES.fullmatch(view.text, first.end, view.slots[following].start)
        if gap is not None and view.slots[following].type in ACTORS:
            return [m for m in view.list_of(following) if m >= following]
    return slots


def as_organisation(mention: Mention, context: RelationContext | None) -> Mention | None:
    """The organisation a person acts for, where the document says it (for work done in its name)."""
    if mention.type != E.PERSON:
        return mention
    if context is None:
        return None
    return context.employers.get(mention.canonical)


_OPENS = re.compile(r"^\s*[–—\-\"”»]?\s*$")
_OPENERS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION})


def previous_opener(context: RelationContext | None, i: int | None) -> Mention | None:
    """The organisation that opens the sentence before ``i``, as the text names it: 'Polisen ökar
    närvaron i Vivalla. Samverkan sker med A och B.' is the police's joint work, said of the police
    themselves (not read as a local area, which a reader would not put in its place)."""
    if context is None or i is None or i == 0:
        return None
    sentence = context.sentences[i - 1]
    for mention in context.mentions[i - 1]:
        if mention.type in _OPENERS and _OPENS.match(sentence.text, 0, mention.start - sentence.start):
            return mention
        break
    return None


def police_parents(
    found: Iterable[FoundRelation], view: SentenceView, context: RelationContext | None
) -> list[FoundRelation]:
    """'Polisen och kommunen samverkar' in a local police area's document: the area works with the
    municipality, and so does the Police Authority the text names."""
    if context is None or context.local_police is None:
        return []
    local = context.local_police.canonical
    root = next(
        (
            s.mention
            for s in view.slots
            if s.mention is not None
            and s.mention.canonical == POLICE_ROOT
            and s.mention.type == E.POLICE_UNIT
            and s.mention.text.lower().startswith("polis")
        ),
        None,
    )
    if root is None:
        return []
    copies = []
    for rel in found:
        if rel.type is not R.COLLABORATES_WITH:
            continue
        for this, other in ((rel.source, rel.target), (rel.target, rel.source)):
            if this.canonical == local and this.type == E.POLICE_UNIT and other.canonical != POLICE_ROOT:
                copies.append(
                    FoundRelation(root, other, R.COLLABORATES_WITH, round(rel.confidence - 0.05, 2))
                )
    return copies


# ---------------------------------------------------------------------- signing together

# Signing, presenting or agreeing on something: with two or more subjects, a joint act.
_SIGNING = re.compile(
    r"\b(?:undertecknar|undertecknade|undertecknat|tecknar|tecknade|tecknat|signerar|signerade|signerat"
    r"|skriver\s+under|skrev\s+under|skrivit\s+under|har\s+enats|enades|enats|kommit\s+överens|kom\s+överens"
    r"|kommer\s+överens)\b",
    re.IGNORECASE,
)
_SIGNING_GATE = WordGate(_SIGNING)  # most sentences hold none of its words
# Presenting counts only with what is presented jointly.
_PRESENTING = re.compile(
    r"\b(?:presenterar|presenterade|presenterat|lanserar|lanserade|lanserat)\b(?=[^.;:!?]{0,60}?"
    r"\b(?:gemensamma?|medborgarlöfte\w*|överenskommelse\w*|samverkansavtal\w*|avsiktsförklaring\w*))",
    re.IGNORECASE,
)
_PRESENTING_GATE = WordGate(_PRESENTING)  # most sentences hold none of its words
# Between two subjects in a list: a comma or 'och', a party letter, a role before a name.
_SIGNER_GAP = re.compile(
    # a surname the name's mention left out ('Eva Lindqvist' read as 'Eva')
    r"(?:\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)?"
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)"
    r"(?:[a-zåäö][\wåäö-]*\s+){0,2}",
)
# Between the last subject and its verb: a party letter, an adverb, an auxiliary, a stray 'och'.
_SIGNER_TAIL = re.compile(
    r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*)?(?:(?:har|hade|och|nu|i\s+dag|idag|under\s+\w+|gemensamt|tillsammans"
    r"|också|även|ska|kommer\s+att|har\s+nu)\s+){0,3}",
    re.IGNORECASE,
)


def joint_signers(view: SentenceView) -> list[FoundRelation]:
    """'A och B undertecknade ett gemensamt medborgarlöfte', 'medborgarlöften som A, B och C
    signerat', 'A, B och C presenterar nu medborgarlöftet': the signers work together."""
    found: list[FoundRelation] = []
    for pattern, gate in ((_SIGNING, _SIGNING_GATE), (_PRESENTING, _PRESENTING_GATE)):
        if not gate.may_match(view.text):
            continue
        for match in pattern.finditer(view.text):
            signers = _subjects_before(view, match.start())
            if len(signers) >= 2:
                found += partner_clique(signers, 0.7)
    return found


def _subjects_before(view: SentenceView, at: int) -> list[Mention]:
    """The actors listed right before position ``at`` (persons with their roles, or organisations)."""
    last = None
    for k in range(len(view.slots) - 1, -1, -1):
        slot = view.slots[k]
        if slot.end <= at:
            last = k
            break
    if last is None:
        return []
    slot = view.slots[last]
    while slot.mention is not None and slot.type == E.POLITICAL_PARTY and slot.mention.text.startswith("("):
        last -= 1  # 'Eva Lind (S)': the party letter belongs to the name
        if last < 0:
            return []
        slot = view.slots[last]
    if slot.mention is None or not _SIGNER_TAIL.fullmatch(view.text, slot.end, at):
        return []
    kind = E.PERSON if slot.type == E.PERSON else None
    members = [slot.mention]
    k = last - 1
    while k >= 0:
        before = view.slots[k]
        if (
            before.mention is not None
            and before.type == E.POLITICAL_PARTY
            and before.mention.text.startswith("(")
        ):
            k -= 1
            continue
        if before.mention is None or not _SIGNER_GAP.fullmatch(view.text, before.end, slot.start):
            break
        if (before.type == E.PERSON) != (kind is E.PERSON) or before.type not in ACTORS:
            break
        if kind is None and before.type not in ORGANISATIONS:
            break
        members.append(before.mention)
        slot = before
        k -= 1
    return members[::-1]


# ---------------------------------------------------------------------- signature blocks

_SIGNATURE_LINE = 80  # characters of a line that is only a name and a party
_SIGNATURE_TAIL = 12  # closing sentences read for a signature block


def signature_block(context: RelationContext) -> list[tuple[int, FoundRelation]]:
    """A proposal closed by several signatures ('Anna Ek, Socialdemokraterna' / 'Per Berg (V)'):
    the signers put it forward together, and so do their parties."""
    n = len(context.sentences)
    signers: list[tuple[int, Mention, Mention]] = []
    for i in range(max(0, n - _SIGNATURE_TAIL), n):
        text = context.sentences[i].text
        mentions = context.mentions[i]
        persons = [m for m in mentions if m.type == E.PERSON]
        parties = [m for m in mentions if m.type == E.POLITICAL_PARTY]
        if len(text) > _SIGNATURE_LINE or len(persons) != 1 or text.rstrip().endswith((".", "?", "!")):
            if signers and len(text.strip()) > _SIGNATURE_LINE:
                signers = []  # a paragraph after the names: no signature block
            continue
        if len(parties) != 1 or not _only_names(text, mentions, context.sentences[i].start):
            continue  # a contact line ('Anna Ek, polisen') is no signature
        signers.append((i, persons[0], parties[0]))
    if len(signers) < 2:
        return []
    at = signers[-1][0]
    found = [(at, rel) for rel in partner_clique([p for _, p, _ in signers], 0.6)]
    found += [(at, rel) for rel in partner_clique([party for _, _, party in signers], 0.6)]
    return found


_NAME_LINE_REST = re.compile(r"[\s,()–-]*")


def _only_names(text: str, mentions: list[Mention], offset: int) -> bool:
    """Whether a line holds only its mentions, commas and brackets (a signature)."""
    pos = 0
    for m in sorted(mentions, key=lambda m: m.start):
        start = m.start - offset
        if start < pos:
            continue
        if not _NAME_LINE_REST.fullmatch(text, pos, start):
            return False
        pos = m.end - offset
    return bool(_NAME_LINE_REST.fullmatch(text, pos, len(text)))
