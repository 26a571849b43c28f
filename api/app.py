"""The FastAPI application: `create_app(settings)` builds it; nothing connects at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.body_limit import ENVELOPE_BYTES, BodyLimit
from api.errors import install_error_handlers
from api.routes import (
    analytics,
    changes,
    documents,
    entities,
    explorer,
    export,
    health,
    judgements,
    maps,
    paths,
    relations,
    reports,
    search,
)
from api.settings import Settings
from api.store_factory import open_store
from graph.store import GraphStore


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    """The app over the configured store (or the one given), opened and closed with it."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = store is None
        app.state.store = store if store is not None else open_store(settings)
        try:
            yield
        finally:
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="Samverkan",
        description="Kunskapsgraf över brottsförebyggande samverkan: aktörer, relationer och deras källor.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["X-API-Key", "Content-Type"],
        )
    app.add_middleware(BodyLimit, max_bytes=settings.max_upload_bytes + ENVELOPE_BYTES)
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(entities.router)
    app.include_router(search.router)
    app.include_router(relations.router)
    app.include_router(paths.router)
    app.include_router(documents.router)
    app.include_router(analytics.router)
    app.include_router(export.router)
    app.include_router(judgements.router)
    app.include_router(changes.router)
    app.include_router(maps.router)
    app.include_router(reports.router)  # lägesbilder
    app.include_router(explorer.router)
    return app
