"""A document's web address and publisher are kept, and read back alike, by every store."""

from __future__ import annotations

from graph.model import Document
from tests.graph.sample import doc_a, doc_b


def test_a_documents_address_is_kept(store) -> None:  # type: ignore[no-untyped-def]
    part = doc_a()
    sourced = part.documents[0].model_copy(
        update={"source_url": "https://exempelby.example/nyheter/1", "publisher": "Exempelby kommun"}
    )
    store.upsert(part.model_copy(update={"documents": [sourced]}))
    store.upsert(doc_b())
    found: Document = store.document("doc-a")
    assert found.source_url == "https://exempelby.example/nyheter/1"
    assert found.publisher == "Exempelby kommun"
    assert store.document("doc-b").source_url is None
    listed = {d.id: d.source_url for d in store.documents()}
    assert listed == {"doc-a": "https://exempelby.example/nyheter/1", "doc-b": None}
    exported = {d.id: d.source_url for d in store.export().documents}
    assert exported == listed


def test_an_address_learnt_later_replaces_none(store) -> None:  # type: ignore[no-untyped-def]
    store.upsert(doc_a())
    part = doc_a()
    sourced = part.documents[0].model_copy(update={"source_url": "https://exempelby.example/ny"})
    result = store.upsert(part.model_copy(update={"documents": [sourced]}))
    assert result.documents_unchanged == 0
    assert store.document("doc-a").source_url == "https://exempelby.example/ny"
