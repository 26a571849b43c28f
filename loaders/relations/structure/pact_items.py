"""The measures a pact lists: each item of a bulleted or numbered list in a medborgarlöfte or a
samverkansöverenskommelse is an initiative of its own.

A list item ('• Genomföra trygghetsvandringar i stadsdelen i syfte att ...') names a measure
that the signatories promise: it is PART_OF the heading it stands under when that heading names
a joint effort ('Polis och kommun i samverkan mot bostadsinbrott'), else of the pact; a heading is
PART_OF the pact in turn. Both signatories RUN it, or only the one its label names ('Polis:',
'Kommun:', 'Polisen ska ...'). An item is ACTIVE_IN the places it names.

An item's name is its object noun phrase: the leading verbs of the promise are dropped
('Genomföra', 'Fortsätta utveckla', 'Förbättra'), and so is what follows the phrase (a purpose
'i syfte att', a manner 'bland annat genom', a relative clause 'som ...', a frequency 'två
gånger per år'). The full line, the line with its verb, and the phrase without a trailing
place are kept as aliases. Lists of problems ('Problemområden:') name no measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["item_relations"]

_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[•·▪◦*\-–]|\d{1,2}[.)])[ \t]+(?P<body>\S.*?)\s*$")
# A dash opens a quote as often as a list item: a dashed line that speaks is no item.
_SPOKEN = re.compile(
    r"^(?:Vi|Det|Jag|Du|Han|Hon|De|Man|Den|Här|Nu|Där|Men|Och|Så)\b|\bsäger\b|[.!?]\s+\S|[!?]$"
)
_MAX_DASH_WORDS = 12
# Taking part in a measure another item names ('Kommun: Deltagande vid kontroll') is no measure.
_TAKING_PART = re.compile(r"^(?:Deltagande|Delta|Deltar|Medverkan|Medverka|Medverkar)\b", re.IGNORECASE)
_SUB_ITEM = re.compile(r"^(?P<indent>[ \t]{2,})(?P<body>(?:Polis|Polisen|Kommun|Kommunen)[ \t]*:.*?)\s*$")
_LABEL = re.compile(
    r"^(?P<who>Polis|Polisen|Kommun|Kommunen)(?:[ \t]*:[ \t]*|[ \t]+(?:ska|skall|kommer[ \t]+att)[ \t]+)",
)
# Who is responsible, written after the item: '(kommunen)', '– Polisen', 'Ansvarig: polisen'.
_TRAIL_LABEL = re.compile(
    r"\s*(?:\((?P<who>[Pp]olisen|[Pp]olis|[Kk]ommunen|[Kk]ommun)\)|(?:[–-]|[Aa]nsvarig[a]?\s*:|[Aa]nsvar\s*:)\s*"
    r"(?P<who2>[Pp]olisen|[Pp]olis|[Kk]ommunen|[Kk]ommun))\s*\.?\s*$"
)
_ADVERBS = frozenset(
    ["återkommande", "aktivt", "kontinuerligt", "regelbundet", "löpande", "gemensamt", "även"]
)
# Verbs a promise opens with, in the infinitive (and the present tense after a label).
# fmt: off
_VERBS = frozenset(
    [
        "genomföra", "genomför", "fortsätta", "fortsätter", "förbättra", "förbättrar", "förstärka", "förstärker",
        "utveckla", "utvecklar", "utarbeta", "utarbetar", "anordna", "anordnar", "arrangera", "arrangerar",
        "öka", "ökar", "skapa", "skapar", "stärka", "stärker", "bedriva", "bedriver", "driva", "driver",
        "erbjuda", "erbjuder", "starta", "startar", "införa", "inför", "etablera", "etablerar", "verka",
        "verkar", "hålla", "håller", "delta", "deltar", "bjuda", "genomförs", "samverka", "samordna",
        "samordnar", "kommunicera", "kommunicerar", "prioritera", "prioriterar", "intensifiera", "utöka",
        "utökar", "medverka", "medverkar", "organisera", "organiserar", "bidra", "bidrar", "fortsatt",
    ]
)
# fmt: on
_PARTICLES = frozenset(["fram", "upp", "med", "i", "till"])
_DETERMINERS = re.compile(r"^(?:en|ett|den|det|de|fler|flera)[ \t]+", re.IGNORECASE)
# Where the noun phrase of an item ends.
_CUT = re.compile(
    r"\s+(?:bland[ \t]+annat|i[ \t]+syfte|med[ \t]+inriktning|med[ \t]+uppdatering|med[ \t]+fokus|som|genom|"
    r"för[ \t]+att|enligt|där|vilket|i[ \t]+samband|utifrån|minst|"
    r"(?:\d+|en|ett|två|tre|fyra|fem|sex)[ \t]+gång(?:er)?|ska|skall|kommer|genomförs|följs|sker|görs|är)\b"
    r"|\s*[;(]|\s+[–-]\s+|,(?![^,;(]*\b(?:och|samt)\b)"
)
_PLACE_TAIL = re.compile(r"\s+(?:i|på|inom)\s+(?:respektive|hela|samtliga|alla|varje|[A-ZÅÄÖ])[^,]*$")
_PROBLEMS = re.compile(r"problem|lägesbild|brottstyper|utmaningar|risk", re.IGNORECASE)
# A heading names a joint effort when it holds one of these words.
_EFFORT = re.compile(
    r"samverkan|samarbete|arbete|närvaro|insats|satsning|åtgärd|kontroll|dialog|förebygg|trygghetsskapande",
    re.IGNORECASE,
)
# A line that says whose promises the list after it holds.
_SECTION = re.compile(
    r"^\s*(?P<who>Polisen|Polis|Polisens|Lokalpolisområdet|Lokalpolisområdets|Lokalpolisen|Kommunen|Kommun|Kommunens"
    r"|[A-ZÅÄÖ][\wåäö-]+[ \t]+(?:kommuns?|stads?)|Gemensamt|Tillsammans|Vi)\b"
    r"(?:[^.:\n]{0,50}\b(?:lovar|ska|skall|åtar[ \t]+sig|kommer[ \t]+att|ansvarar|åtaganden|åtagande|löften|ansvar)\b"
    r"[^.:\n]{0,40})?[ \t]*:[ \t]*$"
)
_HEADING_VERB = re.compile(r"\b(?:ska|skall|kommer|är|har|kan|vill|finns|lovar)\b", re.IGNORECASE)
# A plural descriptor before two coordinated names: 'koncepten X och Y', 'metoderna X och Y'.
_CONJUNCT_NAMES = re.compile(
    r"^(?:koncepten|metoderna|projekten|modellerna|programmen|kampanjerna|satsningarna)[ \t]+"
    r"(?P<a>[\wåäöÅÄÖ-]+)[ \t]+(?:och|samt)[ \t]+(?P<b>[\wåäöÅÄÖ-]+)$"
)
_MAX_WORDS = 16
_MAX_HEADING_WORDS = 12


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append(_Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def _words(phrase: str) -> list[str]:
    return phrase.split()


def _strip_opening(phrase: str) -> tuple[str, str]:
    """(the phrase without leading adverbs, the phrase without leading adverbs and verbs)."""
    words = phrase.split()
    k = 0
    while k < len(words) and words[k].lower() in _ADVERBS:
        k += 1
    with_verb = " ".join(words[k:])
    v = k
    while v < len(words) and words[v].lower() in _VERBS:
        v += 1
        while v < len(words) and words[v].lower() in _ADVERBS:
            v += 1
    if v == k:
        return with_verb, with_verb
    while v < len(words) - 1 and words[v].lower() in _PARTICLES and words[v + 1].lower() not in _VERBS:
        if words[v].lower() != "med":
            break
        v += 1
    obj = _DETERMINERS.sub("", " ".join(words[v:]))
    return with_verb, obj


def _cut(phrase: str) -> str:
    m = _CUT.search(phrase)
    return phrase[: m.start()].strip() if m else phrase.strip()


def _names(body: str) -> tuple[str, tuple[str, ...]] | None:
    """The name of an item and its aliases, or None if it is no measure."""
    body = body.strip().rstrip(".:;").strip()
    first = re.split(r"(?<=[a-zåäö)])\.\s+", body)[0]
    with_verb, obj = _strip_opening(first)
    name = _cut(obj)
    if not name or not name[0].isalpha() or len(_words(name)) > _MAX_WORDS:
        return None
    forms = [first, with_verb, _cut(with_verb), obj, re.sub(r"\s*\([^)]*\)", "", first)]
    tail = _PLACE_TAIL.search(name)
    if tail:
        forms.append(name[: tail.start()])
    name = name[0].upper() + name[1:] if first[0].isupper() and name == first else name
    aliases = tuple(dict.fromkeys(f for f in forms if f and f != name and len(_words(f)) <= _MAX_WORDS + 8))
    return name, aliases


def _heading_name(line: str) -> str | None:
    """A heading line that names a joint effort ('Förstärkt arbete mot narkotika')."""
    text = line.strip().rstrip(".")
    if not text or text.endswith(":") or len(_words(text)) > _MAX_HEADING_WORDS:
        return None
    if not _EFFORT.search(text) or _HEADING_VERB.search(text) or _PROBLEMS.search(text):
        return None
    return text


def _section_runners(intro: str, municipality: Mention | None, police: list[Mention]) -> list[Mention] | None:
    """Who promises the items of a list, from the line that opens it ('Polisen lovar att:',
    'Kommunens åtaganden:', 'Gemensamt lovar vi att:'); None when the line names no one."""
    found = _SECTION.match(intro)
    if found is None:
        return None
    who = found.group("who").lower()
    if who.startswith(("polis", "lokalpolis")):
        return police or None
    if who.startswith("kommun") or who.endswith(("kommun", "kommuns", "stad", "stads")):
        return [municipality] if municipality is not None else None
    return None  # jointly: both


class _Reader:
    """Reads the lists of one document into initiatives and their relations."""

    def __init__(self, context: RelationContext, pacts: list[tuple[int, Mention]]) -> None:
        self.context = context
        self.pacts = pacts
        self.found: list[tuple[int, FoundRelation]] = []

    def mention(self, line: _Line, offset: int, name: str, aliases: tuple[str, ...]) -> Mention | None:
        i = self.context.index_at(line.start + offset)
        if i is None:
            return None
        start = line.start + offset
        for known in self.context.mentions[i]:
            # A name the mention readers found at the start of the item ('SSPF (samverkan ...)')
            if (
                known.type == E.INITIATIVE
                and start <= known.start < start + len(name)
                and known.end <= line.end
            ):
                return Mention(
                    known.start,
                    known.end,
                    known.text,
                    E.INITIATIVE,
                    known.canonical,
                    head=known.head,
                    rule="pact_item",
                    aliases=(name, *aliases),
                )
        return Mention(start, line.end, name, E.INITIATIVE, name, rule="pact_item", aliases=aliases)

    def pact_before(self, pos: int) -> tuple[int, Mention]:
        """The pact named last before ``pos`` (the first one if none is)."""
        best = self.pacts[0]
        for i, _ in enumerate(self.context.sentences):
            if self.context.sentences[i].start >= pos:
                break
            for m in self.context.mentions[i]:
                if m.type == E.INITIATIVE and any(m.canonical == p.canonical for _, p in self.pacts):
                    best = (i, next(p for _, p in self.pacts if p.canonical == m.canonical))
        return best

    def add(self, i: int, item: Mention, runners: list[Mention], parent: Mention, line: _Line) -> None:
        if item.canonical == parent.canonical:
            return  # a heading that names the pact itself
        self.found.append((i, FoundRelation(item, parent, R.PART_OF, 0.6)))
        for runner in runners:
            self.found.append((i, FoundRelation(runner, item, R.RUNS, 0.55)))
        for m in self.context.mentions[i]:
            if m.type == E.PLACE and line.start <= m.start and m.end <= line.end:
                self.found.append((i, FoundRelation(item, m, R.ACTIVE_IN, 0.55)))


def item_relations(
    context: RelationContext,
    pacts: list[tuple[int, Mention]],
    municipality: Mention | None,
    police: list[Mention],
) -> list[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the measures the lists of a pact document name."""
    if not context.text or not pacts:
        return []
    reader = _Reader(context, pacts)
    both = [m for m in (municipality, *police) if m is not None]
    lines = _lines(context.text)
    heading: Mention | None = None  # the effort the current list stands under
    intro = ""  # the last line of prose before the current list
    in_list = intro_problem = False
    section: list[Mention] | None = None  # who the list's promises are, from the line before it
    parent_item: Mention | None = None
    last_item: Mention | None = None  # the measure the list named last
    for n, line in enumerate(lines):
        item = _ITEM.match(line.text)
        sub = _SUB_ITEM.match(line.text) if item is None else None
        if item is None and sub is None:
            if not line.text.strip():
                continue
            in_list = False
            intro = line.text
            name = _heading_name(line.text)
            nxt = next((x for x in lines[n + 1 :] if x.text.strip()), None)
            heading = None
            if name is not None and nxt is not None and _ITEM.match(nxt.text):
                found = reader.mention(line, len(line.text) - len(line.text.lstrip()), name, ())
                if found is not None:
                    heading = found
                    i = context.index_at(found.start)
                    assert i is not None
                    _, pact = reader.pact_before(line.start)
                    reader.add(i, found, both, pact, line)
            continue
        if not in_list:
            last_item = None
            intro_problem = bool(_PROBLEMS.search(intro))
            section = _section_runners(intro, municipality, police)
        in_list = True
        if intro_problem:
            continue
        match = item or sub
        assert match is not None
        body = match.group("body")
        if _SPOKEN.match(body) or (
            item is not None
            and item.group("mark") in "-–"
            and (_SPOKEN.search(body) or len(_words(body)) > _MAX_DASH_WORDS)
        ):
            continue
        offset = match.start("body")
        runners = both if section is None else section
        label = _LABEL.match(body)
        if label is not None:
            who = label.group("who").lower()
            runners = police if who.startswith("polis") else [m for m in (municipality,) if m is not None]
            body = body[label.end() :]
            offset += label.end()
        elif (trail := _TRAIL_LABEL.search(body)) is not None:
            # 'Trygghetsvandringar i centrum (kommunen)', '... Ansvarig: polisen'
            who = (trail.group("who") or trail.group("who2")).lower()
            if who.startswith("polis"):
                runners = police or runners
            elif who.startswith("kommun") and municipality is not None:
                runners = [municipality]
            body = body[: trail.start()]
        if _TAKING_PART.match(body):
            # 'Polis: Kontroll ...' then 'Kommun: Deltagande vid kontroll': the labelled party takes part
            at = context.index_at(line.start + offset)
            if label is not None and last_item is not None and at is not None:
                reader.found += [(at, FoundRelation(r, last_item, R.PARTICIPATES_IN, 0.5)) for r in runners]
            continue
        names = _names(body)
        if names is None:
            continue
        parts = _CONJUNCT_NAMES.match(names[0])
        if parts is not None:  # 'koncepten hotellkurage och huskurage': two measures
            parent = heading if heading is not None else reader.pact_before(line.start)[1]
            for part in (parts.group("a"), parts.group("b")):
                at = line.text.find(part, offset)
                one = reader.mention(line, at if at >= 0 else offset, part, ())
                i = context.index_at(line.start + offset)
                if one is not None and i is not None:
                    reader.add(i, one, runners, parent, line)
            continue
        found = reader.mention(line, offset, *names)
        if found is None:
            continue
        last_item = found
        i = context.index_at(found.start)
        assert i is not None
        if sub is not None and parent_item is not None:
            # who does what is said item by item below it; the item above stays the partners' joint
            # measure, run by all of them ('• Förebyggande arbete i skolan' / '  Polis: ...')
            parent = parent_item
        else:
            parent = heading if heading is not None else reader.pact_before(line.start)[1]
            parent_item = found if label is None else None
        reader.add(i, found, runners, parent, line)
    return reader.found
