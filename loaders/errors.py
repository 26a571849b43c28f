"""Errors of reading documents. Each names the file and says why, in one line.

LoaderError (422)
├── UnsupportedFormat      not a format we read
├── UnreadableDocument     broken, encrypted, empty or undecodable
├── DocumentTooLarge (413) over the size limits (file, unpacked parts, text)
└── ExtractionBudgetExceeded (413) more sentences or time than one document may take
"""

from __future__ import annotations


class LoaderError(Exception):
    status: int = 422
    code: str = "unreadable_document"

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.message = f"{source}: {reason}"


class UnsupportedFormat(LoaderError):
    code = "unsupported_format"


class UnreadableDocument(LoaderError):
    pass


class DocumentTooLarge(LoaderError):
    status = 413
    code = "document_too_large"


class ExtractionBudgetExceeded(LoaderError):
    """The document was skipped whole: nothing of it is stored, the batch goes on."""

    status = 413
    code = "extraction_budget_exceeded"
