"""Writing one synthetic document: templates rendered into text, with the actors each names and
the relations each states, at the offsets where the text says them."""

from __future__ import annotations

import functools
import random
import string
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from benchmarks import corpus_templates as tpl
from graph.model import Document, EntityType, RelationType


@dataclass(frozen=True)
class Actor:
    id: str
    type: EntityType
    name: str
    surfaces: tuple[str, ...]  # how the text names it mid-sentence, the usual form first
    letter: str | None = None  # a party's letter


@dataclass(frozen=True)
class GoldRelation:
    source: str
    type: RelationType
    target: str
    properties: dict[str, Any]
    start: int
    end: int


@dataclass
class SyntheticDocument:
    index: int
    genre: str
    text: str
    document: Document
    actors: dict[str, Actor] = field(default_factory=dict)
    surfaces: dict[str, set[str]] = field(default_factory=dict)
    mentions: Counter[str] = field(default_factory=Counter)
    relations: list[GoldRelation] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.document.path or f"{self.index:06d}_{self.document.id}.txt"


def genitive(name: str) -> str:
    """Swedish genitive: Huddinge -> Huddinges, polisen -> polisens, Borås -> Borås."""
    return name if name[-1].lower() in "sxz" else name + "s"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


_FORMATTER = string.Formatter()


@functools.cache
def _parse(template: str) -> list[tuple[str, str | None, str]]:
    return [(literal, name, spec or "") for literal, name, spec, _ in _FORMATTER.parse(template)]


class Writer:
    """Renders templates into one document's text, keeping offsets, mentions and relations."""

    def __init__(self, ctx: dict[str, Any], rng: random.Random) -> None:
        self.ctx = ctx
        self.rng = rng
        self.parts: list[str] = []
        self.pos = 0
        self.mentions: Counter[str] = Counter()
        self.surfaces: dict[str, set[str]] = {}
        self.relations: list[GoldRelation] = []
        self._pending: list[tuple[str, RelationType, str, dict[str, Any]]] = []

    def _mention(self, actor: Actor, surface: str) -> str:
        self.mentions[actor.id] += 1
        self.surfaces.setdefault(actor.id, set()).add(surface)
        return surface

    def _slot(self, name: str, spec: str) -> str:
        actors, values = self.ctx["actors"], self.ctx["values"]
        if name in values:
            return str(values[name])
        actor: Actor = actors[name]
        if spec == "party":
            party: Actor = actors[self.ctx["roles"][name][3]]
            self._pending.append((actor.id, RelationType.MEMBER_OF, party.id, {}))
            self._mention(party, party.letter or party.name)
            return f"{self._mention(actor, actor.name)} ({party.letter})"
        if spec == "role":
            role, prep, employer_slot, _ = self.ctx["roles"][name]
            employer: Actor = actors[employer_slot]
            self._pending.append((actor.id, RelationType.WORKS_FOR, employer.id, {"role": role}))
            return f"{role} {prep} {self._slot(employer_slot, '')}"
        surfaces = actor.surfaces
        surface = (
            surfaces[0] if len(surfaces) == 1 or self.rng.random() < 0.7 else self.rng.choice(surfaces[1:])
        )
        if "gen" in spec:
            surface = genitive(surface)
        if spec.startswith("C"):
            surface = _cap(surface)
        return self._mention(actor, surface)

    def render(self, template: str) -> str:
        out = []
        for literal, name, spec in _parse(template):
            out.append(literal)
            if name is not None:
                out.append(self._slot(name, spec))
        return "".join(out)

    def _emit(self, text: str, relations: tuple[tpl.R, ...] = ()) -> None:
        start, end = self.pos, self.pos + len(text)
        actors, values = self.ctx["actors"], self.ctx["values"]
        stated = [
            (
                actors[r.source].id,
                r.type,
                actors[r.target].id,
                {k: values[v[1:]] if v.startswith("$") else v for k, v in r.properties},
            )
            for r in relations
        ]
        for source, type_, target, props in [*self._pending, *stated]:
            self.relations.append(GoldRelation(source, type_, target, props, start, end))
        self._pending.clear()
        self.parts.append(text)
        self.pos = end

    def line(self, template: str) -> None:
        self._emit(self.render(template))
        self._raw("\n")

    def literal(self, text: str) -> None:
        self._emit(text)
        self._raw("\n")

    def blank(self) -> None:
        self._raw("\n")

    def _raw(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def body(self, genre: str) -> None:
        """Paragraphs of relation sentences and fillers; a quote stands alone."""
        rng = self.rng
        pool = tpl.SENTENCES[genre]
        chosen: list[tpl.Template] = rng.sample(pool, min(len(pool), rng.randint(5, 9)))
        fillers = tpl.FILLERS[genre]
        chosen += [(f, ()) for f in rng.sample(fillers, min(len(fillers), rng.randint(4, 7)))]
        rng.shuffle(chosen)
        paragraph: list[tpl.Template] = []
        paragraphs: list[list[tpl.Template]] = []
        for item in chosen:
            if item[0].startswith("–"):
                if paragraph:
                    paragraphs.append(paragraph)
                paragraphs.append([item])
                paragraph = []
                continue
            paragraph.append(item)
            if len(paragraph) >= rng.randint(1, 4):
                paragraphs.append(paragraph)
                paragraph = []
        if paragraph:
            paragraphs.append(paragraph)
        for paragraph in paragraphs:
            for i, (template, relations) in enumerate(paragraph):
                if i:
                    self._raw(" ")
                self._emit(self.render(template), relations)
            self._raw("\n\n")

    def text(self) -> str:
        return "".join(self.parts)
