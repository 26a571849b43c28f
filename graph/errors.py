"""The errors of the graph core. Each carries the HTTP status the API answers with.

SamverkanError
├── NotFound (404)
│   ├── EntityNotFound
│   ├── DocumentNotFound
│   └── RelationNotFound
├── InvalidQuery (422)
├── StoreUnavailable (503)   the store cannot be reached or refuses the credentials
└── StoreCorrupt (500)       the store's data cannot be read
"""

from __future__ import annotations


class SamverkanError(Exception):
    status: int = 500
    code: str = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(SamverkanError):
    status = 404
    code = "not_found"


class EntityNotFound(NotFound):
    def __init__(self, entity_id: str) -> None:
        super().__init__(f"Ingen aktör med id '{entity_id}'")


class DocumentNotFound(NotFound):
    def __init__(self, document_id: str) -> None:
        super().__init__(f"Inget dokument med id '{document_id}'")


class RelationNotFound(NotFound):
    pass


class InvalidQuery(SamverkanError):
    status = 422
    code = "invalid_query"


class StoreUnavailable(SamverkanError):
    status = 503
    code = "store_unavailable"


class StoreCorrupt(SamverkanError):
    status = 500
    code = "store_corrupt"
