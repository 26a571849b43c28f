"""The FastAPI application: `create_app(settings)` builds it; nothing connects at import."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.body_limit import ENVELOPE_BYTES, BodyLimit
from api.deps import ReadAccess
from api.errors import install_error_handlers
from api.ingest import use_settings
from api.jobs import JobRunner
from api.keys import load_keys
from api.openapi_errors import document_errors
from api.routes import (
    analytics,
    changes,
    docs,
    documents,
    entities,
    explorer,
    export,
    health,
    jobs,
    judgements,
    keys,
    maps,
    paths,
    persons,
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
        app.state.jobs = JobRunner(app.state.store)
        try:
            yield
        finally:
            app.state.jobs.close()  # uploads accepted are stored before the store closes
            if owned:
                app.state.store.close()

    app = FastAPI(
        title="Samverkan",
        description="Kunskapsgraf över brottsförebyggande samverkan: aktörer, relationer och deras källor.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    use_settings(settings)
    app.state.keys = load_keys(settings)
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
    # Everything that shows the graph needs a key where SAMVERKAN_READ_REQUIRES_KEY says so.
    for router in (
        entities.router,
        search.router,
        relations.router,
        paths.router,
        documents.router,
        jobs.router,
        analytics.router,
        export.router,
        judgements.router,
        changes.router,
        maps.router,
        persons.router,
        reports.router,  # lägesbilder
    ):
        app.include_router(router, dependencies=[ReadAccess])
    app.include_router(keys.router)
    app.include_router(explorer.router)
    app.include_router(docs.router)
    document_errors(app)
    return app
