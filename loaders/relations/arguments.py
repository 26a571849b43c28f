"""The arguments of a trigger in one sentence: its subject, its object, the agent after 'av'.

Swedish word order does most of the work: the subject stands before the verb, or right after a
fronted finite verb ('I vårt budgetförslag avsatte vi ...', 'Utan samarbetet ... hade vi ...');
a mention right after a preposition ('på uppdrag av regeringen') is never a subject; a passive
participle takes its agent after 'av'; coordinated mentions ('A, B och C', 'i A: i B, C och D')
act together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from graph.model import EntityType
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.relations.triggers import PREPOSITIONS

# Cap on the mentions of one list and on the lists considered, against long enumerations.
MAX_LIST = 12
_DETERMINERS = frozenset(
    [
        "den",
        "det",
        "de",
        "en",
        "ett",
        "sin",
        "sitt",
        "sina",
        "hans",
        "hennes",
        "deras",
        "dess",
        "vår",
        "vårt",
        "våra",
        "min",
        "mitt",
        "mina",
        "denna",
        "detta",
        "dessa",
        "så",
        "kallade",
        "olika",
        "flera",
        "alla",
        "båda",
        "samtliga",
        "andra",
        "övriga",
    ]
)
# Verbs that end like adjectives but stand before a subject ('kunde polisen', 'hade vi').
_FINITE_VERBS = frozenset(
    [
        "kunde",
        "skulle",
        "hade",
        "måste",
        "borde",
        "ville",
        "kommit",
        "gjorde",
        "gjort",
        "fått",
        "blivit",
        "satte",
        "inte",
    ]
)
_WORD = re.compile(r"[\wåäöÅÄÖéü-]+")
_LIST_GAP = re.compile(
    # a closing bracket of the member before ('Mora bostäder (MB) och Mora kommun')
    r"\s*\)?\s*(?:,\s*(?:och|samt|eller)?|och|samt|eller|liksom|&|/|:)\s*"
    r"(?:(?:i|på|med|av|till\s+exempel|t\.\s?ex\.|bland\s+annat|bl\.\s?a\.|exempelvis|såsom|även|också)\s+)?"
    # adjectives ('och lokala föreningar') or a definite noun in apposition ('och väktarbolaget Securitas')
    r"(?:[a-zåäö]+[ae]\s+){0,2}(?:[a-zåäö]{4,}(?:et|en)\s+)?",
    re.IGNORECASE,
)
_STOP = re.compile(
    r"[;!?]|\.\s|,\s*som\b|\b(?:men|säger|sa|menar|eftersom|medan|vilket|därför\s+att)\b",
    re.IGNORECASE,
)
# A clause break a subject may be shared across: 'X har sin bas i A men är även aktivt i B'.
_SOFT_STOP = re.compile(r"\bmen\b", re.IGNORECASE)
_RELATIVE = re.compile(r",\s*som\b", re.IGNORECASE)
_FINITE_BEFORE = re.compile(
    r"\b(?:har|hade|kan|kunde|ska|skall|skulle|måste|bör|borde|vill|ville|får|fick|kommer|är|var|blir|blev"
    r"|avsatte|avsätter|driver|genomför|föreslår|yrkar)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ADVERBS_ONLY = re.compile(
    r"\s*(?:(?:därför|därmed|nu|också|även|idag|i\s+dag|redan|dessutom|alltså|då|nyligen|tidigare)\s+){0,2}$",
    re.IGNORECASE,
)
# A definite common noun that may stand before a name in apposition ('projektet', 'föreningen').
_DESCRIPTOR = re.compile(r"[a-zåäö]{3,}(?:en|et|na|n)")
_AND = re.compile(r"\b(?:och|samt)\b", re.IGNORECASE)
# Finite verbs that open a clause right after a name ('... och Region X medverkar i ...').
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:också|även|nu|då|dessutom|redan)\s+)?(?:deltar|deltog|medverkar|medverkade|ingår|ingick|står|stod"
    r"|bidrar|bidrog|finansierar|finansierade|driver|drev|leder|ledde|genomför|genomförde|samverkar|samarbetar"
    r"|arbetar|ansvarar|avsätter|avsatte|svarar|är|var|har|hade|ska|skall|kommer|kan|kunde|blir|blev)\b",
    re.IGNORECASE,
)
# A subject right after that verb makes it a fronted verb instead ('av A och B har kommunen ...').
_SUBJECT_NEXT = re.compile(
    r"\s+(?!(?:även|också|sedan|nu|redan|inte|dessutom)\b)(?:vi|de|han|hon|man|det|[A-ZÅÄÖ]|[a-zåäö]+(?:en|et|na)\b)"
)
_EXISTENTIAL = re.compile(r"\b(?:finns|återfinns|märks|ingår)\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:vi|vår|vårt|våra)\b", re.IGNORECASE)
# 'i staden', 'i kommunen': the document's own place, when no mention stands there.
_HOME = re.compile(r"(?<=\bi\s)(?:staden|stan|orten|kommunen)\b", re.IGNORECASE)
_HOME_GATE = WordGate(_HOME)  # a scan for the words is cheaper than the look-behind
_ANAPHOR = re.compile(
    r"^\s*[–-]?\s*(?:(?:de|dessa|denna|detta|den)\s+(?=(?:är|har|ska|skall|blir|var|kommer|kan)\b)"
    r"|(?:projektet|satsningen|insatsen|planen|programmet|modellen|initiativet|verksamheten|fonden|löftena)\b)",
    re.IGNORECASE,
)
# 'framtagen av X', 'utformade av X': X is the agent, and may be the subject of what follows.
_AGENT_AV = re.compile(
    r"\b\w+(?:ad|ade|at|ats|ades|en|et|na|ts|des|s)\s+(?:\w+\s+){0,2}?av\s+(?:\w+\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class Slot:
    """A place in the sentence that can fill an argument: a mention, 'vi', or 'De' (an anaphor).

    Offsets are relative to the sentence. ``mention`` is the resolved actor, if any.
    """

    start: int
    end: int
    mention: Mention | None
    pronoun: str | None = None  # "vi", "anaphor" ('De är ...') or "home" ('i staden')

    @property
    def type(self) -> EntityType | None:
        return self.mention.type if self.mention else None


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _bracketed_alias(text: str, before: Slot, slot: Slot) -> bool:
    """'Mora bostäder (MB)': the short form in brackets is the same actor, a member of its list."""
    return (
        before.mention is not None
        and slot.mention is not None
        and before.mention.canonical == slot.mention.canonical
        and _OPEN_BRACKET.fullmatch(text, before.end, slot.start) is not None
        and text.startswith(")", slot.end)
    )


class SentenceView:
    """One sentence with its slots and their coordination lists."""

    def __init__(self, text: str, offset: int, mentions: Sequence[Mention], pronouns: bool = True) -> None:
        self.text = text
        self.offset = offset
        slots: list[Slot] = []
        for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
            # A name inside a longer name ('Ystad' in 'Polisen i Ystad') is no argument of its own.
            if slots and m.end - offset <= slots[-1].end:
                continue
            slots.append(Slot(m.start - offset, m.end - offset, m))
        if pronouns:
            taken = [(s.start, s.end) for s in slots]
            for match in _PRONOUN.finditer(text):
                if not any(a < match.end() and match.start() < b for a, b in taken):
                    slots.append(Slot(match.start(), match.end(), None, "vi"))
            homes = _HOME.finditer(text) if _HOME_GATE.may_match(text) else ()
            for match in homes:
                if not any(a < match.end() and match.start() < b for a, b in taken):
                    slots.append(Slot(match.start(), match.end(), None, "home"))
            anaphor = _ANAPHOR.match(text)
            if anaphor and not any(a < anaphor.end() and anaphor.start() < b for a, b in taken):
                slots.append(Slot(anaphor.start(), anaphor.end(), None, "anaphor"))
        slots.sort(key=lambda s: (s.start, -s.end))
        self.slots: list[Slot] = slots
        # '(C)' after a name says something about the name; it is no argument of its own.
        self._attributes = {
            i for i, s in enumerate(slots) if s.mention is not None and s.mention.text.startswith("(")
        }
        # Read once per trigger span and slot, as several triggers and readings ask.
        self._subjects: dict[tuple[int, int, int], list[list[int]]] = {}
        self._governors: dict[int, int | None] = {}

    # The coordination lists and clause breaks are read only for sentences whose triggers ask.

    @cached_property
    def _group(self) -> list[int]:
        """The coordination list of each slot, as a number shared by its members."""
        text, slots = self.text, self.slots
        groups: list[int] = []
        group = 0
        for i, slot in enumerate(slots):
            if i and not (
                (_LIST_GAP.fullmatch(text, slots[i - 1].end, slot.start) and slot.start > slots[i - 1].end)
                or _genitive_staff(text, slots[i - 1], slot)
                or _bracketed_alias(text, slots[i - 1], slot)
            ):
                group += 1
            groups.append(group)
        self._split_clauses(groups)
        return groups

    @cached_property
    def _members(self) -> dict[int, list[int]]:
        members: dict[int, list[int]] = {}
        for i, g in enumerate(self._group):
            members.setdefault(g, []).append(i)
        return members

    @cached_property
    def _stops(self) -> list[int]:
        return [m.start() for m in _STOP.finditer(self.text)]

    @cached_property
    def _soft(self) -> set[int]:
        return {m.start() for m in _SOFT_STOP.finditer(self.text)}

    @cached_property
    def _relative(self) -> set[int]:
        return {m.start() for m in _RELATIVE.finditer(self.text)}

    def _split_clauses(self, group: list[int]) -> None:
        """'drivs av A och B medverkar i ...': B opens a clause of its own, it is no agent of 'drivs'.

        Only the agent list of a passive is split, at an 'och' whose member a finite verb follows
        that takes no subject after it (a fronted 'av A och B har kommunen ...' keeps B).
        """
        text, slots = self.text, self.slots
        head, shift, previous = 0, 0, group[0] if group else 0
        for i in range(1, len(slots)):
            joined = group[i] == previous
            previous = group[i]
            group[i] += shift
            if not joined:
                head = i
                continue
            if not _AND.search(text, slots[i - 1].end, slots[i].start):
                continue
            verb = _CLAUSE_VERB.match(text, slots[i].end)
            if verb is None or _SUBJECT_NEXT.match(text, verb.end()):
                continue
            if not _AGENT_AV.search(text, max(0, slots[head].start - 60), slots[head].start):
                continue  # only the agents of a passive ('nätverk i A och B har ...' is one subject)
            shift += 1
            group[i] += 1
            head = i

    # ------------------------------------------------------------------ helpers

    def list_of(self, index: int) -> list[int]:
        """Indexes of the slots coordinated with slot ``index`` (itself included), capped."""
        members = self._members[self._group[index]]
        if len(members) <= MAX_LIST or index in members[:MAX_LIST]:
            return members[:MAX_LIST]
        return [index]

    def governed(self, index: int) -> bool:
        """Whether a preposition governs the slot ('av regeringen', 'med den så kallade X')."""
        return self.governor(index) is not None

    def governor(self, index: int) -> int | None:
        """Where the preposition that governs the slot stands, if one does.

        The members of a list share the first member's preposition ('med A, B och C').
        """
        if index not in self._governors:
            head = self.list_of(index)[0]
            found = self._governor(head) if head != index else None
            self._governors[index] = found if found is not None else self._governor(index)
        return self._governors[index]

    def _governor(self, index: int) -> int | None:
        slot = self.slots[index]
        begin = max(0, slot.start - 40)
        words = list(_WORD.finditer(self.text, begin, slot.start))
        named = self.text[slot.start : slot.start + 1].isupper()
        for n, word in enumerate(reversed(words[-4:])):
            lowered = word.group(0).lower()
            if lowered in PREPOSITIONS:
                return word.start()
            # 'i satsningen Lugna gatan', 'med myndigheten Tullverket': a descriptor before a name
            descriptor = n == 0 and named and _DESCRIPTOR.fullmatch(word.group(0)) is not None
            if lowered not in _DETERMINERS and not _adjective(word.group(0)) and not descriptor:
                return None
        return None

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The span of the clause around [start, end): from the break before to the break after."""
        stops = self._stops  # in order
        before = bisect_left(stops, start)
        after = bisect_left(stops, end)
        return (stops[before - 1] if before else 0), (stops[after] if after < len(stops) else len(self.text))

    def _crosses_stop(self, a: int, b: int) -> bool:
        """Whether a clause break stands in [a, b)."""
        k = bisect_left(self._stops, a)
        return k < len(self._stops) and self._stops[k] < b

    def agent(self, index: int) -> bool:
        """Whether the slot is the agent of a passive ('framtagen av X', 'utformade av A, B och C')."""
        head = self.list_of(index)[0]
        return bool(_AGENT_AV.search(self.text, max(0, self.slots[head].start - 60), self.slots[head].start))

    def anaphor(self, before: int) -> bool:
        """Whether the sentence opens with 'De'/'Projektet' ... pointing back, before ``before``."""
        return any(s.pronoun == "anaphor" and s.end <= before for s in self.slots)

    def _antecedent(self, index: int, start: int) -> bool:
        """Whether slot ``index`` stands right before ', som' and only that break lies up to ``start``."""
        end = self.slots[index].end
        breaks = [s for s in self._stops if end <= s < start]
        return len(breaks) == 1 and breaks[0] in self._relative and not self.text[end : breaks[0]].strip()

    def _only_soft(self, a: int, b: int) -> bool:
        """Whether the breaks between a and b are all 'men'/'och' (a shared subject may cross them)."""
        return all(s in self._soft for s in self._stops if a <= s < b)

    # ------------------------------------------------------------------ argument search

    def subject(self, start: int, end: int, window: int = 130) -> list[list[int]]:
        """Candidate subject slots for a trigger at [start, end), in tiers to try in order.

        First the slots before the trigger, nearest first, that no preposition governs, within
        the clause; then a slot right after the trigger when the verb was fronted ('avsatte
        vi'); then slots after a finite verb later on ('... hade vi kanske inte fått bort').
        The tiers are read once per trigger and shared: callers do not change them.
        """
        key = (start, end, window)
        if key not in self._subjects:
            self._subjects[key] = self._read_subject(start, end, window)
        return self._subjects[key]

    def _read_subject(self, start: int, end: int, window: int) -> list[list[int]]:
        before: list[int] = []
        beyond: list[int] = []
        for i in range(len(self.slots) - 1, -1, -1):
            slot = self.slots[i]
            if slot.end > start or i in self._attributes or slot.pronoun == "home":
                continue
            if start - slot.end > window:
                break
            if self._crosses_stop(slot.end, start) and not before and self._antecedent(i, start):
                before.append(i)  # 'X, som drivs ...': the relative clause is about X
                break
            if self._crosses_stop(slot.end, start):
                # Past a 'men' only when the clause has no subject of its own.
                if before or not self._only_soft(slot.end, start):
                    break
                if slot.pronoun != "anaphor" and not self.governed(i):
                    beyond.append(i)
                continue
            if slot.pronoun == "anaphor" or (self.governed(i) and not self.agent(i)):
                continue
            before.append(i)
        inverted: list[int] = []
        later: list[int] = []
        for i, slot in enumerate(self.slots):
            if (
                slot.start < end
                or self.governed(i)
                or slot.pronoun in ("anaphor", "home")
                or i in self._attributes
            ):
                continue
            if self._crosses_stop(end, slot.start) or slot.start - end > window:
                break
            if not inverted and not later and _ADVERBS_ONLY.fullmatch(self.text, end, slot.start):
                inverted.append(i)
            elif _FINITE_BEFORE.search(self.text, max(0, slot.start - 40), slot.start):
                later.append(i)
        return [before, inverted, later, beyond]

    def after(self, end: int, window: int) -> list[int]:
        """Slots after a trigger, in order, up to the end of its clause and ``window`` characters."""
        found: list[int] = []
        for i, slot in enumerate(self.slots):
            if slot.start < end or slot.pronoun == "anaphor" or i in self._attributes:
                continue
            if slot.start - end > window or self._crosses_stop(end, slot.start):
                break
            found.append(i)
        return found

    def before(self, start: int, window: int = 130) -> list[int]:
        """Slots before a trigger, nearest first, within its clause (the target of a passive)."""
        found: list[int] = []
        for i in range(len(self.slots) - 1, -1, -1):
            slot = self.slots[i]
            if slot.end > start:
                continue
            if start - slot.end > window or self._crosses_stop(slot.end, start):
                break
            found.append(i)
        return found

    def existential(self, end: int) -> list[int]:
        """Slots after 'finns'/'återfinns' following ``end``: 'Bland de X som ingår i Y finns A, B och C'."""
        match = _EXISTENTIAL.search(self.text, end)
        if not match:
            return []
        return [i for i, slot in enumerate(self.slots) if slot.start >= match.end()][:1]


def _genitive_staff(text: str, owner: Slot, staff: Slot) -> bool:
    """'kommunens fältassistenter': the owner and its people act together."""
    return (
        owner.mention is not None
        and staff.type == EntityType.GROUP
        and owner.type != EntityType.GROUP
        and text[owner.start : owner.end].endswith("s")
        and text[owner.end : staff.start] == " "
    )


def _adjective(word: str) -> bool:
    """A lower-case word that reads as an adjective before a noun (lokala, kriminella, nya)."""
    return (
        word.islower()
        and len(word) > 3
        and word not in _FINITE_VERBS
        and word.endswith(("a", "e", "t", "ade", "iga", "liga", "ska"))
    )
