"""What only the embedded store does: persisting to its data directory and reading it back."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.embedded_store import EmbeddedStore, write_atomic
from graph.errors import StoreCorrupt
from tests.graph.sample import doc_a, doc_b


def test_graph_survives_a_restart(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path)
    first.upsert(doc_a())
    first.upsert(doc_b())
    again = EmbeddedStore(tmp_path)
    assert again.export() == first.export()
    assert sorted(p.name for p in (tmp_path / "documents").iterdir()) == ["doc-a.json", "doc-b.json"]


def test_removed_document_stays_removed_after_restart(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.upsert(doc_a())
    store.upsert(doc_b())
    store.remove_document("doc-a")
    assert [d.id for d in EmbeddedStore(tmp_path).documents()] == ["doc-b"]


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    EmbeddedStore(tmp_path).upsert(doc_a())
    (tmp_path / "documents" / "doc-a.json").write_text('{"documents": [', encoding="utf-8")
    with pytest.raises(StoreCorrupt) as info:
        EmbeddedStore(tmp_path)
    assert "doc-a.json" in info.value.message


def test_leftover_temporary_files_are_ignored(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    store.upsert(doc_a())
    # What a write killed half-way leaves behind: a temporary file beside the real one.
    (tmp_path / "documents" / ".doc-b.json.x1.tmp").write_text("{half", encoding="utf-8")
    assert EmbeddedStore(tmp_path).export() == store.export()


def test_atomic_write_replaces_whole_content(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    write_atomic(target, b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_adding_a_document_to_an_actor_equals_merging_all_its_parts() -> None:
    """The incremental merge for a new document gives what merging every part again gives."""
    from graph.merge import add_entity_part, merge_entity
    from graph.model import Entity, EntityType

    parts = {
        doc: Entity(
            id="municipalitybody-x",
            type=type_,
            name=name,
            aliases=aliases,
            documents=[doc],
            mentions={doc: count},
        )
        for doc, type_, name, aliases, count in [
            ("d3", EntityType.MUNICIPAL_BODY, "Socialnämnden", ["nämnden"], 2),
            ("d1", EntityType.AGENCY, "Socialnämnden i Exempelby", [], 1),  # documents may disagree
            ("d2", EntityType.MUNICIPAL_BODY, "socialnämnden", ["Socialnämnden"], 4),
        ]
    }
    merged = merge_entity({"d3": parts["d3"]})
    for doc in ("d1", "d2"):
        merged = add_entity_part(merged, doc, parts[doc])
    assert merged == merge_entity(parts)
    assert merged.model_dump_json() == merge_entity(parts).model_dump_json()
