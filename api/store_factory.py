"""Opening the configured store."""

from __future__ import annotations

from api.settings import Settings, StoreKind
from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore


def open_store(settings: Settings) -> GraphStore:
    """The store the settings name; StoreUnavailable if it cannot be reached."""
    if settings.store == StoreKind.NEO4J:
        from graph.neo4j_store import Neo4jStore

        password = settings.neo4j_password.get_secret_value()
        return Neo4jStore.connect(
            settings.neo4j_uri,
            auth=(settings.neo4j_username, password) if password else None,
            database=settings.neo4j_database,
        )
    return EmbeddedStore(settings.data_dir)
