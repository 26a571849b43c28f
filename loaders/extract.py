"""From a document's text to its graph: sentences, mentions, actors, relations with evidence."""

from __future__ import annotations

import bisect
import contextlib
import functools
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar, cast

from graph.model import (
    Document,
    Entity,
    EntityType,
    Evidence,
    Graph,
    Relation,
    better_name,
    entity_id,
    relation_key,
)
from loaders.errors import ExtractionBudgetExceeded
from loaders.language.sections import split_sections
from loaders.language.text import Sentence, split_sentences
from loaders.mentions.document import Mention, find_document_mentions
from loaders.mentions.initiative_variants import (
    described_forms,
    earlier_forms,
    initiative_variants,
    longer_forms,
    years_after,
)
from loaders.reading.privacy import PLACEHOLDERS, find_personal_data
from loaders.reading.read import LoadedDocument
from loaders.relations.politics.coalitions import named_coalitions
from loaders.relations.reader import RelationContext, find_relations, sentences_to_parse
from loaders.relations.structure.basis_items import basis_items
from loaders.relations.trees import parse_together

# A relation stated again and again in one document (a long protocol's recurring parties)
# keeps its first sentences as evidence; more would add nothing a reader can check.
MAX_EVIDENCE_PER_DOCUMENT = 20


@dataclass(frozen=True)
class Budget:
    """The most one document may cost; a document over it is skipped whole and reported."""

    max_sentences: int = 200_000  # about 20 MB of running text
    max_seconds: float = 600.0


DEFAULT_BUDGET = Budget()
_CLOCK_EVERY = 256  # sentences between two looks at the clock

# Documents read ahead of their relations, so that the parser gets their sentences in one call:
# until this many sentences wait for a parse, or this much text waits in memory.
BATCH_SENTENCES = 256
BATCH_CHARACTERS = 2_000_000

T = TypeVar("T")


def extract(
    loaded: LoadedDocument, *, redact_personal_data: bool = True, budget: Budget = DEFAULT_BUDGET
) -> Graph:
    """The actors and relations one document states, each relation with its sentence.

    A long document is read a section at a time (``loaders.language.sections``), so that what
    its anaphors stand for is settled near them and no step compares a mention with every
    other in the document. Raises ``ExtractionBudgetExceeded`` when the document has more
    sentences than the budget allows, or when reading it takes longer.
    """
    sections = split_sections(loaded.text)
    if len(sections) == 1:
        return _extract_text(loaded, redact_personal_data=redact_personal_data, budget=budget)
    started = time.monotonic()
    parts: list[Graph] = []
    for offset, piece in sections:
        remaining = Budget(
            max_sentences=budget.max_sentences,
            max_seconds=budget.max_seconds - (time.monotonic() - started),
        )
        section = LoadedDocument(document=loaded.document, text=piece)
        part = _extract_text(section, redact_personal_data=redact_personal_data, budget=remaining)
        parts.append(_shifted(part, offset))
    return _joined(loaded.document, parts)


@dataclass
class _Read:
    """A text read up to its relations: its sentences, personal data, mentions and context."""

    loaded: LoadedDocument
    sentences: list[Sentence]
    personal: list[tuple[int, int, str]]
    mentions: list[Mention]
    context: RelationContext
    spent: float  # seconds this text's own reading has taken so far (the budget's clock)
    to_parse: list[int] = field(default_factory=list)  # sentences to parse ahead (extract_many)


def extract_many(
    sources: Iterable[T],
    read: Callable[[T], LoadedDocument] | None = None,
    *,
    redact_personal_data: bool = True,
    budget: Budget = DEFAULT_BUDGET,
) -> Iterator[Graph | Exception]:
    """``extract`` of many documents: each one's graph, in order, or the exception that stopped it.

    ``read`` turns each source into its document (by default the sources are documents); an
    error reading or extracting one document is yielded in its place and the rest go on. The
    sentences that several documents need parsed go to the parser together, which spares its
    fixed cost per call; every graph is the one ``extract`` gives for that document alone.
    """
    waiting: list[_Read | Graph | Exception] = []
    to_parse = characters = 0
    for source in sources:
        ahead = _read_ahead(source, read, redact_personal_data=redact_personal_data, budget=budget)
        waiting.append(ahead)
        if isinstance(ahead, _Read):
            to_parse += len(ahead.to_parse)
            characters += len(ahead.loaded.text)
        if to_parse >= BATCH_SENTENCES or characters >= BATCH_CHARACTERS:
            yield from _finished(waiting, redact_personal_data=redact_personal_data, budget=budget)
            waiting, to_parse, characters = [], 0, 0
    yield from _finished(waiting, redact_personal_data=redact_personal_data, budget=budget)


def _read_ahead(
    source: T, read: Callable[[T], LoadedDocument] | None, *, redact_personal_data: bool, budget: Budget
) -> _Read | Graph | Exception:
    """A document read up to its parse; a long one (several sections) is extracted whole here."""
    try:
        loaded = read(source) if read is not None else cast(LoadedDocument, source)
        if len(split_sections(loaded.text)) > 1:
            return extract(loaded, redact_personal_data=redact_personal_data, budget=budget)
        ahead = _read_text(loaded, budget)
        ahead.to_parse = sentences_to_parse(ahead.context)
        return ahead
    except Exception as exc:  # one document's error is its own result, never the batch's
        return exc


def _finished(
    waiting: list[_Read | Graph | Exception], *, redact_personal_data: bool, budget: Budget
) -> Iterator[Graph | Exception]:
    """The graphs of documents read ahead, their sentences parsed in one call first."""
    read = [r for r in waiting if isinstance(r, _Read)]
    with contextlib.suppress(Exception):  # each document then parses alone and meets its own error
        parse_together([(r.context, r.to_parse) for r in read])
    for ahead in waiting:
        if not isinstance(ahead, _Read):
            yield ahead
            continue
        try:
            yield _relations_read(ahead, redact_personal_data=redact_personal_data, budget=budget)
        except Exception as exc:
            yield exc


def _extract_text(loaded: LoadedDocument, *, redact_personal_data: bool, budget: Budget) -> Graph:
    """``extract`` of one text read whole."""
    return _relations_read(
        _read_text(loaded, budget), redact_personal_data=redact_personal_data, budget=budget
    )


def _read_text(loaded: LoadedDocument, budget: Budget) -> _Read:
    """A text's sentences, personal data, mentions and discourse context."""
    started = time.monotonic()
    doc = loaded.document
    text = loaded.text
    sentences = split_sentences(text)
    if len(sentences) > budget.max_sentences:
        raise ExtractionBudgetExceeded(
            doc.path or doc.id,
            f"{len(sentences)} meningar, mer än de {budget.max_sentences} ett dokument får ha; hoppades över",
        )
    personal = find_personal_data(text)  # never names, whether or not the evidence is redacted
    document_mentions = find_document_mentions(text, sentences, personal_data=personal)
    context = RelationContext(sentences, document_mentions, date=doc.date, text=text)
    return _Read(loaded, sentences, personal, document_mentions, context, time.monotonic() - started)


def _relations_read(read: _Read, *, redact_personal_data: bool, budget: Budget) -> Graph:
    """The graph of a text read by ``_read_text``: its actors, and its relations sentence by sentence."""
    started = time.monotonic() - read.spent
    doc = read.loaded.document
    text = read.loaded.text
    sentences, personal, document_mentions, context = (
        read.sentences,
        read.personal,
        read.mentions,
        read.context,
    )
    surfaces: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], Relation] = {}
    # Sentences already kept as a relation's evidence: a set, so that a relation stated in
    # every paragraph of a long protocol is not compared with all its earlier sentences.
    stated_in: dict[tuple[str, str, str], set[int]] = defaultdict(set)

    phrases_read: set[tuple[str, int, int]] = set()

    def actor(m: Mention) -> str:
        key = _entity_key(m.type, m.canonical)
        if key not in entities:
            entities[key] = Entity(id=key, type=m.type, name=m.canonical, documents=[doc.id])
        surfaces[key].add(m.text)
        surfaces[key].update(m.aliases)
        if m.type == EntityType.INITIATIVE and m.end > m.start and (key, m.start, m.end) not in phrases_read:
            phrases_read.add((key, m.start, m.end))  # a mention is an end of many relations: read it once
            surfaces[key].update(longer_forms(text, m.start, m.end))
            for earlier in earlier_forms(text, m.start, m.end):
                surfaces[key].add(earlier)
                if text[m.end - len(earlier) : m.end] == earlier:  # the phrase on one line
                    surfaces[key].update(longer_forms(text, m.end - len(earlier), m.end))
        counts[key] += 1
        return key

    redacted: dict[int, str] = {}

    def evidence_text(sentence: Sentence) -> str:
        """The sentence with its personal data replaced, cut once from the document's spans."""
        if not redact_personal_data:
            return sentence.text
        if sentence.start not in redacted:
            redacted[sentence.start] = _redacted(sentence, personal)
        return redacted[sentence.start]

    starts = [m.start for m in document_mentions]
    for number, sentence in enumerate(sentences):
        if number % _CLOCK_EVERY == 0 and time.monotonic() - started > budget.max_seconds:
            raise ExtractionBudgetExceeded(
                doc.path or doc.id,
                f"tog mer än {budget.max_seconds:g} s att läsa (vid mening {number} av "
                f"{len(sentences)}); hoppades över",
            )
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        mentions = [m for m in document_mentions[lo:hi] if m.end <= sentence.end]
        for mention in mentions:
            actor(mention)
        for found in find_relations(sentence.text, sentence.start, mentions, context=context):
            source, target = actor(found.source), actor(found.target)
            key = relation_key(source, found.type, target)
            existing = relations.get(key)
            seen = stated_in[key]
            # A relation stated again is only a sentence more: no model is built for it.
            if existing is None:
                relations[key] = Relation(
                    source=source,
                    target=target,
                    type=found.type,
                    properties=dict(found.properties),
                    confidence=found.confidence,
                    evidence=[_evidence(doc.id, sentence, evidence_text(sentence))],
                )
                seen.add(sentence.start)
            elif sentence.start not in seen:
                seen.add(sentence.start)
                existing.confidence = max(existing.confidence, float(found.confidence))
                if len(existing.evidence) < MAX_EVIDENCE_PER_DOCUMENT:
                    existing.evidence.append(_evidence(doc.id, sentence, evidence_text(sentence)))

    # A coalition whose member parties the text names is no actor: its relations are its members';
    # nor is the groundwork a plan is drawn up from (loaders.relations.structure.basis_items).
    related = {k for r in relations.values() for k in (r.source, r.target)}
    for name in named_coalitions(context):
        key = _entity_key(EntityType.POLITICAL_PARTY, name)
        if key not in related:
            entities.pop(key, None)
    for name in basis_items(context):
        key = _entity_key(EntityType.INITIATIVE, name)
        if key not in related:
            entities.pop(key, None)
    for key, ent in entities.items():
        if ent.type == EntityType.INITIATIVE:
            surfaces[key] |= _initiative_aliases(ent.name, surfaces[key], text)
        ent.aliases = sorted(surfaces[key] - {ent.name})
        ent.mentions = {doc.id: counts[key]}
    return Graph(
        documents=[doc],
        entities=sorted(entities.values(), key=lambda e: e.id),
        relations=sorted(relations.values(), key=lambda r: r.key),
    )


def _evidence(document: str, sentence: Sentence, text: str) -> Evidence:
    return Evidence(document=document, start=sentence.start, end=sentence.end, text=text)


def _shifted(part: Graph, offset: int) -> Graph:
    """A section's graph with its evidence offsets counted from the start of the document."""
    for rel in part.relations:
        rel.evidence = [
            ev.model_copy(update={"start": ev.start + offset, "end": ev.end + offset}) for ev in rel.evidence
        ]
    return part


def _joined(doc: Document, parts: list[Graph]) -> Graph:
    """The sections' graphs as one document's: actors and relations united, evidence in order."""
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], Relation] = {}
    for part in parts:
        for ent in part.entities:
            known = entities.get(ent.id)
            if known is None:
                entities[ent.id] = ent
                continue
            name = better_name(known.name, ent.name)
            surfaces = {known.name, *known.aliases, ent.name, *ent.aliases} - {name}
            count = known.mentions.get(doc.id, 0) + ent.mentions.get(doc.id, 0)
            entities[ent.id] = known.model_copy(
                update={"name": name, "aliases": sorted(surfaces), "mentions": {doc.id: count}}
            )
        for rel in part.relations:
            known_rel = relations.get(rel.key)
            if known_rel is None:
                relations[rel.key] = rel
                continue
            room = MAX_EVIDENCE_PER_DOCUMENT - len(known_rel.evidence)
            known_rel.evidence.extend(rel.evidence[: max(room, 0)])
            known_rel.confidence = max(known_rel.confidence, rel.confidence)
            known_rel.properties = {**rel.properties, **known_rel.properties}
    return Graph(
        documents=[doc],
        entities=sorted(entities.values(), key=lambda e: e.id),
        relations=sorted(relations.values(), key=lambda r: r.key),
    )


def _initiative_aliases(name: str, forms: set[str], text: str) -> set[str]:
    """The other surface forms of an initiative (loaders.mentions.initiative_variants), with the
    years the text writes after its names."""
    names = [name, *sorted(forms)]
    years = set().union(*(years_after(text, n) for n in names if len(n) > 3))
    variants = initiative_variants(names, sorted(years))
    proper = {n for n in (*names, *variants) if n[:1].isupper() and " " not in n}
    return variants | set().union(*(described_forms(text, n) for n in sorted(proper))) - {name}


@functools.lru_cache(maxsize=65536)
def _entity_key(type_: EntityType, canonical: str) -> str:
    return entity_id(type_, canonical)


def _redacted(sentence: Sentence, personal: list[tuple[int, int, str]]) -> str:
    """``loaders.reading.privacy.redact`` of the sentence, from spans found once in the whole document."""
    parts: list[str] = []
    pos = sentence.start
    i = bisect.bisect_left(personal, (sentence.start, -1, ""))
    while i < len(personal) and personal[i][0] < sentence.end:
        start, end, kind = personal[i]
        if end > sentence.end:
            break
        parts.append(sentence.text[pos - sentence.start : start - sentence.start])
        parts.append(PLACEHOLDERS[kind])
        pos = end
        i += 1
    parts.append(sentence.text[pos - sentence.start :])
    return "".join(parts)
