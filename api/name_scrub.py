"""A person's name replaced in one document's graph: its actor and relations gone, its name in text replaced."""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.model import Entity, Evidence, Graph

NAME_PLACEHOLDER = "[namn]"
_MIN_SURNAME = 3


def forms_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    """Every form given (and its surname alone), with a genitive s, as whole words, any case."""
    found = {f.strip() for f in forms if f.strip()}
    for form in list(found):
        words = form.split()
        if len(words) >= 2 and len(words[-1]) >= _MIN_SURNAME:
            found.add(words[-1])
    alternatives = "|".join(re.escape(f) for f in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?::?s)?(?!\w)", re.IGNORECASE)


def name_pattern(person: Entity) -> re.Pattern[str]:
    """Every form of the person's name (and the surname alone), with a genitive s, as whole words."""
    return forms_pattern([person.name, *person.aliases])


def scrub(text: str | None, pattern: re.Pattern[str]) -> str | None:
    return pattern.sub(NAME_PLACEHOLDER, text) if text else text


def scrub_part(part: Graph, ids: set[str], pattern: re.Pattern[str]) -> Graph:
    """One document's graph without the person: its actor and relations gone, its name replaced."""
    entities = []
    for entity in part.entities:
        if entity.id in ids:
            continue
        name = scrub(entity.name, pattern) or entity.name
        aliases = sorted({scrub(a, pattern) or a for a in entity.aliases} - {name})
        entities.append(entity.model_copy(update={"name": name, "aliases": aliases}))
    relations = [
        rel.model_copy(update={"evidence": [_scrub_evidence(e, pattern) for e in rel.evidence]})
        for rel in part.relations
        if rel.source not in ids and rel.target not in ids
    ]
    documents = [
        d.model_copy(update={"title": scrub(d.title, pattern), "publisher": scrub(d.publisher, pattern)})
        for d in part.documents
    ]
    return Graph(documents=documents, entities=entities, relations=relations)


def _scrub_evidence(evidence: Evidence, pattern: re.Pattern[str]) -> Evidence:
    return evidence.model_copy(update={"text": scrub(evidence.text, pattern)})
