"""What a sentence needs from the rest of its document to read its relations.

'vi' is the speaker's organisation in a quote, the signing party in a proposal, else the
organisation the document is about; 'Arbetet sker i samverkan med ...' continues the subject of
the sentences before; 'De är utformade av ...' points back to the initiative just named;
lower-case 'polisen' in a document about one local police area is that area. The document's
date anchors 'vid årsskiftet'.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import Any

from graph.model import EntityType as E
from loaders.language.cues import WordGate
from loaders.language.text import Sentence
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT, Gazetteer, load_gazetteer
from loaders.relations.arguments import SentenceView
from loaders.relations.collaboration.bare_actors import bare_actors, document_municipality
from loaders.relations.found_relation import FoundRelation
from loaders.relations.people.affiliations import PARTY_DEMONYMS, party_letters

_SPEECH = re.compile(
    r"\b(?:säger|sa|sade|menar|berättar|berättade|konstaterar|förklarar|betonar|understryker|uppger"
    r"|skriver|enligt|tycker|anser)\s+$",
    re.IGNORECASE,
)
_QUOTE_START = re.compile(r"^\s*[–—\-\"”»]")
_SIGNATURE = re.compile(
    r"^\s*(?:för|från|genom)\s+|^\s*(?:reservation|yrkande|protokollsanteckning|särskilt\s+yttrande|motion)\b",
    re.IGNORECASE,
)
_WE_PARTY = re.compile(
    r"\b[Vv]i\s+(?:(?P<demonym>(?i:" + "|".join(PARTY_DEMONYMS) + r"))(?:er|na)?\b|i\s+(?=[A-ZÅÄÖ]))"
)
_BYLINE = re.compile(
    r"(?:^|\b(?:inlägg|skriven|skrivet|text|krönika|debattartikel)\s+)av\s+$|^\s*(?:text|av)\s*:?\s*$",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"^\s*[–—\-\"”»]?\s*$")
_LOCAL_POLICE = re.compile(r"^(?:lokalpolis|polisen\s+i\s)", re.IGNORECASE)
_FAMILIES = {
    E.POLICE_UNIT: "police",
    E.MUNICIPALITY: "municipal",
    E.MUNICIPAL_BODY: "municipal",
    E.AGENCY: "agency",
    E.ORGANISATION: "organisation",
}
_PROTOCOL = re.compile(r"\b(?:\w*protokoll\w*|protokollsutdrag|sammanträde\w*|justerare)", re.IGNORECASE)
# Councils whose members speak for the municipality as a whole.
_COUNCIL = re.compile(r"kommunstyrelse|fullmäktige|utskott", re.IGNORECASE)
_PROTOCOL_HEAD = 4  # sentences at the head of a document that say it is a protocol
_SPEAKER_LOOKAHEAD = 4
# A quote closed by a pronoun ('..., säger hon.') is the person named last before it.
_SPEAKER_PRONOUN = re.compile(
    r"\b(?:säger|sa|sade|menar|berättar|berättade|konstaterar|förklarar|betonar|understryker|uppger)\s+(?:han|hon)\b",
    re.IGNORECASE,
)
_PRONOUN_LOOKBACK = 4
_SIGNATURE_SPAN = 8
# 'projektet', 'insatsen' ... standing for the initiative named just before. The first group
# points back to any initiative, the second only to one with the same head noun
# ('verksamheten' may be an organisation's work in general).
_INITIATIVE_ANAPHOR = re.compile(
    r"\b(?:(?P<any>projektet|satsningen|insatsen|insatserna|initiativet|programmet|operationen|kampanjen|kontrollen)"
    r"|(?P<same>verksamheten|planen|modellen|fonden|strategin|medborgarlöftena|löftena))(?![\w-])",
    re.IGNORECASE,
)
_ANAPHOR_GATE = WordGate(_INITIATIVE_ANAPHOR)  # most sentences hold none of its words
_ANAPHOR_HEADS = {
    "projektet": "projekt", "satsningen": "satsning", "insatsen": "insats", "insatserna": "insats", "programmet": "program",
    "kampanjen": "kampanj", "verksamheten": "verksamhet", "planen": "plan", "modellen": "modell",
    "fonden": "fond", "strategin": "strategi", "medborgarlöftena": "medborgarlöfte", "löftena": "medborgarlöfte",
}  # fmt: skip
_ANAPHOR_REACH = 5  # sentences back to look for the antecedent
# A descriptor before a name ('projektet Trygg Sundsvall') is no anaphor.
_NAME_AFTER = re.compile(r"\s*[\"”»']?\s*[A-ZÅÄÖ]")
_INTRODUCER = re.compile(r"([\wåäö]+)[ \t]+[\"”»']?\Z")


def _ends_with_head(mention: Mention, head: str) -> bool:
    """Whether the initiative's name has the head noun ('avhopparverksamhet', 'Projekt Ung Framtid')."""
    return any(w.startswith(head) or head in w[-len(head) - 3 :] for w in mention.canonical.lower().split())


class RelationContext:
    """A document's sentences and mentions, and the discourse facts read from them."""

    def __init__(
        self,
        sentences: Sequence[Sentence],
        mentions: Iterable[Mention],
        date: dt.date | None = None,
        gazetteer: Gazetteer | None = None,
        text: str = "",
    ) -> None:
        self.sentences = list(sentences)
        self.text = text  # the whole document, for its layout (list items, headings)
        self.date = date
        self.gazetteer = gazetteer or load_gazetteer()
        self._starts = [s.start for s in self.sentences]
        self.mentions: list[list[Mention]] = [[] for _ in self.sentences]
        for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
            i = self.index_at(mention.start)
            if i is not None and mention.end <= self.sentences[i].end:
                self.mentions[i].append(mention)
        # '(C)' after a name is a party even where no mention was made of it; 'polis och kommun'
        # are the Police Authority and the document's municipality.
        municipality = document_municipality([m for found in self.mentions for m in found])
        for i, sentence in enumerate(self.sentences):
            letters = party_letters(sentence.text, sentence.start, self.mentions[i], self.gazetteer)
            letters += bare_actors(sentence.text, sentence.start, self.mentions[i], municipality)
            if letters:
                self.mentions[i] = sorted([*self.mentions[i], *letters], key=lambda m: (m.start, -m.end))
        self._add_anaphors()
        self._views: dict[int, SentenceView] = {}
        # Person canonical -> the organisation the document says the person works for.
        self.employers: dict[str, Mention] = {}
        # Sentence index -> the organisation that acts in it; initiative -> who runs it.
        self.subjects: dict[int, Mention] = {}
        self.runners: dict[str, Mention] = {}
        # The document's relations by sentence index, once read (loaders.relations.reader).
        self.found: dict[int, list[FoundRelation]] | None = None
        # Sentence index -> its dependency tree (a spaCy Doc), once parsed (loaders.syntax).
        self.trees: dict[int, Any] = {}

    def _add_anaphors(self) -> None:
        """'projektet', 'insatsen' with an initiative named shortly before: a mention of it."""
        for i, sentence in enumerate(self.sentences):
            if not _ANAPHOR_GATE.may_match(sentence.text):
                continue
            for match in _INITIATIVE_ANAPHOR.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(m.start < end and start < m.end for m in self.mentions[i]):
                    continue
                following = [m for m in self.mentions[i] if m.start >= end]
                if following and _NAME_AFTER.fullmatch(
                    sentence.text, match.end(), following[0].start - sentence.start + 1
                ):
                    continue
                head = _ANAPHOR_HEADS.get(match.group(0).lower())
                antecedent = self._initiative_before(i, start, head, bool(match.group("same")))
                if antecedent is None:
                    continue
                # The antecedent's name as its text: the surface is no alias of the initiative.
                anaphor = Mention(
                    start,
                    end,
                    antecedent.text,
                    E.INITIATIVE,
                    antecedent.canonical,
                    head=antecedent.head,
                    rule="anaphor",
                )
                self.mentions[i] = sorted([*self.mentions[i], anaphor], key=lambda m: (m.start, -m.end))

    def _initiative_before(self, i: int, position: int, head: str | None, same_head: bool) -> Mention | None:
        """The initiative an anaphor at ``position`` in sentence ``i`` points back to."""
        nearest: Mention | None = None
        for j in range(i, max(-1, i - _ANAPHOR_REACH - 1), -1):
            for mention in reversed(self.mentions[j]):
                if mention.type != E.INITIATIVE or mention.start >= position:
                    continue
                if head is not None and (
                    mention.head == head
                    or _ends_with_head(mention, head)
                    or self._introduced_as(mention, head)
                ):
                    return mention if nearest is None or same_head else nearest
                # An initiative earlier in the anaphor's own clause is mostly what the sentence
                # relates to it ('Kameror är en del i satsningen'): only one with its head is it.
                if nearest is None and j < i:
                    nearest = mention
            if nearest is not None and not same_head and j < i:
                return nearest  # the initiative of the sentence before, whatever its head noun
        return None if same_head else nearest

    def _introduced_as(self, mention: Mention, head: str) -> bool:
        """Whether the word before the name is the head noun: 'satsningen Trygg Stad'."""
        before = _INTRODUCER.search(self.text, max(0, mention.start - 30), mention.start)
        return before is not None and before.group(1).lower().startswith(head)

    # ------------------------------------------------------------------ lookup

    def index_at(self, offset: int) -> int | None:
        """Index of the sentence that contains ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset > self.sentences[i].end:
            return None
        return i

    def view(self, i: int) -> SentenceView:
        if i not in self._views:
            sentence = self.sentences[i]
            self._views[i] = SentenceView(sentence.text, sentence.start, self.mentions[i])
        return self._views[i]

    def all_mentions(self) -> Iterable[tuple[int, Mention]]:
        for i, found in enumerate(self.mentions):
            for mention in found:
                yield i, mention

    def first(self, canonical: str, type_: E) -> Mention | None:
        """The first mention in the document of an actor."""
        return self._firsts.get((type_, canonical))

    @cached_property
    def _firsts(self) -> dict[tuple[E, str], Mention]:
        firsts: dict[tuple[E, str], Mention] = {}
        for _, mention in self.all_mentions():
            firsts.setdefault((mention.type, mention.canonical), mention)
        return firsts

    # ------------------------------------------------------------------ whose document

    @cached_property
    def owner(self) -> Mention | None:
        """The organisation the document is about: the family (police, municipal, ...) named most."""
        families: Counter[str] = Counter()
        for _, mention in self.all_mentions():
            family = _FAMILIES.get(mention.type)
            if family:
                # Media and other organisations report more often than they act: a last resort.
                families[family] += 1 if family != "organisation" else 0.01  # type: ignore[assignment]
        if not families:
            return None
        family = families.most_common(1)[0][0]
        if family == "police" and self.local_police:
            return self.local_police
        if family == "municipal":
            found = self.municipality
            if found:
                return found
        return self._most_named(lambda m: _FAMILIES.get(m.type) == family)

    @cached_property
    def municipality(self) -> Mention | None:
        """The municipality the document names most (its kommun)."""
        return self._most_named(lambda m: m.type == E.MUNICIPALITY)

    @cached_property
    def home_municipality(self) -> Mention | None:
        """The document's municipality, named or implied by its own place ('Kommunfullmäktige' in a
        text about Söderhamn is Söderhamns kommun's)."""
        if self.municipality is not None:
            return self.municipality
        place = self.home_place
        if place is None:
            return None
        for org in self.gazetteer.children(E.MUNICIPALITY.value, place.canonical):
            return Mention(place.start, place.start, org.name, E.MUNICIPALITY, org.name)
        return None

    @cached_property
    def home_place(self) -> Mention | None:
        """The document's own place: its municipality's place, else the municipality-level place named most."""
        if self.municipality is not None:
            found = self.place_of(self.municipality)
            if found is not None:
                return found
        return self._most_named(
            lambda m: (
                m.type == E.PLACE
                and any(
                    e.type == E.PLACE.value and e.attribute("code")
                    for e in self.gazetteer.by_name(m.canonical)
                )
            )
        )

    def place_of(self, municipality: Mention) -> Mention | None:
        """The place a municipality is named after, as the document names it ('Ystads kommun' -> Ystad)."""
        for entry in self.gazetteer.by_name(municipality.canonical):
            if entry.type == E.MUNICIPALITY.value and entry.parent:
                return self.first(entry.parent, E.PLACE)
        return None

    @cached_property
    def local_police(self) -> Mention | None:
        """The one local police area the document names, if exactly one."""
        units: dict[str, Mention] = {}
        for _, mention in self.all_mentions():
            if mention.type == E.POLICE_UNIT and mention.canonical != POLICE_ROOT and self._is_local(mention):
                units.setdefault(mention.canonical, mention)
        return next(iter(units.values())) if len(units) == 1 else None

    @cached_property
    def police(self) -> Mention | None:
        """The police unit the document is about: its local area, else the one unit below Polisen it names."""
        if self.local_police is not None:
            return self.local_police
        units = {
            m.canonical: m
            for _, m in self.all_mentions()
            if m.type == E.POLICE_UNIT and m.canonical != POLICE_ROOT
        }
        return next(iter(units.values())) if len(units) == 1 else None

    def _is_local(self, mention: Mention) -> bool:
        for entry in self.gazetteer.by_name(mention.canonical):
            if entry.attribute("level") == "lokalpolisomrade":
                return True
        return bool(_LOCAL_POLICE.match(mention.canonical) or _LOCAL_POLICE.match(mention.text))

    def _most_named(self, keep: object) -> Mention | None:
        counts: Counter[str] = Counter()
        firsts: dict[str, Mention] = {}
        for _, mention in self.all_mentions():
            if keep(mention):  # type: ignore[operator]
                counts[mention.canonical] += 1
                firsts.setdefault(mention.canonical, mention)
        if not counts:
            return None
        best = max(counts.items(), key=lambda kv: (kv[1], -firsts[kv[0]].start))[0]
        return firsts[best]

    @cached_property
    def protocol_body(self) -> Mention | None:
        """The nämnd or styrelse whose protocol the document is: named at its head, or named most."""
        head = range(min(len(self.sentences), _PROTOCOL_HEAD))
        if not any(_PROTOCOL.search(self.sentences[i].text) for i in head):
            return None
        for i in head:
            for mention in self.mentions[i]:
                if mention.type == E.MUNICIPAL_BODY:
                    return mention
        return self._most_named(lambda m: m.type == E.MUNICIPAL_BODY)

    @cached_property
    def author_party(self) -> Mention | None:
        """The party that signs the document: 'För Socialdemokraterna', 'Reservation (M)', 'Vi
        moderater ...', or signatures that all carry the same party letter ('Anna Ek (M)')."""
        n = len(self.sentences)
        edges = [*range(max(0, n - _SIGNATURE_SPAN), n), *range(min(n, _SIGNATURE_SPAN))]
        for i in edges:
            sentence = self.sentences[i]
            if len(sentence.text) > 80 or not _SIGNATURE.match(sentence.text):
                continue
            parties = {m.canonical: m for m in self.mentions[i] if m.type == E.POLITICAL_PARTY}
            if len(parties) == 1:
                return next(iter(parties.values()))
        for i, sentence in enumerate(self.sentences):
            we = _WE_PARTY.search(sentence.text)
            if we is None:
                continue
            if we.group("demonym"):
                party = self.gazetteer.party_by_letter(PARTY_DEMONYMS[we.group("demonym").lower()])
                if party is not None:
                    named = self.first(party.name, E.POLITICAL_PARTY)
                    if named is not None:
                        return named
                    start = sentence.start + we.start("demonym")
                    return Mention(
                        start,
                        start + len(we.group("demonym")),
                        we.group("demonym"),
                        E.POLITICAL_PARTY,
                        party.name,
                    )
            for mention in self.mentions[i]:
                if mention.type == E.POLITICAL_PARTY and mention.start - sentence.start == we.end():
                    return mention
        for i in range(n - 1, max(-1, n - 4), -1):
            # A closing line that is only a party's name ('Kristdemokraterna i Kungsbacka').
            found = self.mentions[i]
            rest = self.sentences[i].text
            if len(found) == 1 and found[0].type == E.POLITICAL_PARTY and len(rest) <= 60:
                start = found[0].start - self.sentences[i].start
                if not rest[:start].strip(" –-,") and not re.search(r"[.!?]\s*\S", rest[start:]):
                    return found[0]
        signed: dict[str, Mention] = {}
        for i in range(max(0, n - _SIGNATURE_SPAN), n):
            found = self.mentions[i]
            if len(self.sentences[i].text) <= 60 and [m.type for m in found] == [E.PERSON, E.POLITICAL_PARTY]:
                signed.setdefault(found[1].canonical, found[1])
        return next(iter(signed.values())) if len(signed) == 1 else None

    @cached_property
    def author(self) -> tuple[int, Mention] | None:
        """The person who wrote the document, and where: a byline ('Inlägg av X') or a signature line."""
        for i in range(min(len(self.sentences), _SIGNATURE_SPAN)):
            sentence = self.sentences[i]
            for mention in self.mentions[i]:
                if mention.type == E.PERSON and _BYLINE.search(
                    sentence.text, 0, mention.start - sentence.start
                ):
                    return i, mention
        for i in range(len(self.sentences) - 1, max(-1, len(self.sentences) - 5), -1):
            found = [m for m in self.mentions[i] if m.type != E.POLITICAL_PARTY]
            if len(found) == 1 and found[0].type == E.PERSON and len(self.sentences[i].text) <= 60:
                return i, found[0]
        return None

    # ------------------------------------------------------------------ who 'vi' is

    def speaker(self, i: int) -> Mention | None:
        """The person quoted in sentence ``i``: 'säger X' here or in the quote's next sentences."""
        for j in range(i, min(i + _SPEAKER_LOOKAHEAD, len(self.sentences))):
            if j > i and _QUOTE_START.match(self.sentences[j].text):
                return None
            text = self.sentences[j].text
            for mention in self.mentions[j]:
                if mention.type == E.PERSON and _SPEECH.search(
                    text, 0, mention.start - self.sentences[j].start
                ):
                    return mention
            if _SPEAKER_PRONOUN.search(text):
                return self._person_before(j)
        return None

    def _person_before(self, j: int) -> Mention | None:
        """'säger hon': the person named last in sentence ``j`` or the few before it."""
        for k in range(j, max(-1, j - _PRONOUN_LOOKBACK), -1):
            people = [m for m in self.mentions[k] if m.type == E.PERSON]
            if people:
                return people[-1]
        return None

    def we(self, i: int, proposal: bool = False) -> Mention | None:
        """Who 'vi' is in sentence ``i``; a proposal is the signing party's."""
        if proposal and self.author_party:
            return self.author_party
        speaker = self.speaker(i)
        if speaker is not None and speaker.canonical in self.employers:
            employer = self.employers[speaker.canonical]
            if employer.type == E.MUNICIPAL_BODY and _COUNCIL.search(employer.canonical):
                # the chair of kommunstyrelsen speaks for the municipality, not for the board
                return self.home_municipality or employer
            return employer
        return self.owner

    def topic(self, i: int) -> Mention | None:
        """The organisation that acts in, or opens, one of the two sentences before ``i``."""
        for j in (i - 1, i - 2):
            if j < 0:
                break
            if j in self.subjects:
                return self.subjects[j]
            sentence = self.sentences[j]
            for mention in self.mentions[j]:
                at_start = _SENTENCE_START.match(sentence.text, 0, mention.start - sentence.start)
                if at_start and (mention.type in _FAMILIES or mention.type == E.GROUP):
                    return self.specialise(mention, j)
                break
        return None

    def antecedent(self, i: int) -> Mention | None:
        """The initiative last named in the sentence before ``i`` ('De' in 'De är utformade av')."""
        for j in (i - 1, i - 2):
            if j < 0:
                break
            initiatives = [m for m in self.mentions[j] if m.type == E.INITIATIVE]
            if initiatives:
                return initiatives[-1]
        return None

    def specialise(self, mention: Mention, i: int) -> Mention:
        """Lower-case 'polisen' (or sentence-initial 'Polisen') in a local police document is that area."""
        if mention.type != E.POLICE_UNIT or mention.canonical != POLICE_ROOT or self.local_police is None:
            return mention
        if not mention.text.lower().startswith("polisen"):
            return mention  # 'Polismyndigheten' is the authority itself
        sentence = self.sentences[i]
        at_start = _SENTENCE_START.match(sentence.text, 0, mention.start - sentence.start)
        if mention.text[0].islower() or at_start:
            return self.local_police
        return mention
