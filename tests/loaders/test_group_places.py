"""An unnamed criminal group is active where the text places it (made-up sentences, mentions
found by the extractor itself)."""

from __future__ import annotations

from graph.model import Document, Relation
from loaders.extract import extract
from loaders.reading.read import LoadedDocument


def _active(text: str) -> dict[tuple[str, str], Relation]:
    """ACTIVE_IN of a made-up text by (source name, target name)."""
    graph = extract(LoadedDocument(document=Document(id="d", title="d"), text=text))
    names = {e.id: e.name for e in graph.entities}
    return {(names[r.source], names[r.target]): r for r in graph.relations if r.type.value == "ACTIVE_IN"}


def _to(found: dict[tuple[str, str], Relation], place: str) -> list[tuple[str, str]]:
    return [pair for pair in found if pair[1] == place]


def test_a_gang_named_by_its_places_is_active_in_each() -> None:
    text = (
        "Polisen i Åby har under våren slagit till mot kriminella gäng i Norrby och på Söderby. "
        "Gängen har sålt narkotika."
    )
    found = _active(text)
    assert _to(found, "Norrby") and _to(found, "Söderby")
    relation = found[_to(found, "Söderby")[0]]
    assert relation.evidence and text[relation.evidence[0].start : relation.evidence[0].end].startswith(
        "Polisen i Åby"
    )


def test_a_gang_only_wished_away_is_active_nowhere() -> None:
    found = _active("Kommunen vill inte att kriminella gäng i Norrby ska växa.")
    assert not _to(found, "Norrby")


def test_a_place_further_on_in_the_clause_is_not_the_gangs() -> None:
    found = _active("Kriminella gäng har begått brott och polisen patrullerar nu i Norrby.")
    assert not [pair for pair in _to(found, "Norrby") if "gäng" in pair[0]]
