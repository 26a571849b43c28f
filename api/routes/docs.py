"""The API's description for people at /docs: Swagger UI served by the app, nothing from elsewhere.

The assets come from the installed `swagger-ui-bundle` package; the page runs only scripts
from the app itself under a content policy as strict as the other pages' (styles may be
inline, as Swagger UI sets them). `SAMVERKAN_DOCS=false` turns the page off.
"""

from __future__ import annotations

from pathlib import Path

import swagger_ui_bundle
from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

from api.deps import SettingsDep
from graph.errors import NotFound

router = APIRouter(tags=["dokumentation"])

ASSETS_DIR = Path(swagger_ui_bundle.swagger_ui_path)
OWN_SCRIPT = Path(__file__).resolve().parent.parent / "static" / "docs.js"
_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "favicon-32x32.png": "image/png",
}
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

PAGE = """<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Samverkan – API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body data-openapi="/openapi.json">
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/docs.js"></script>
</body>
</html>
"""


def _enabled(settings: SettingsDep) -> None:
    if not settings.docs:
        raise NotFound("API-beskrivningen är avstängd (SAMVERKAN_DOCS=false)")


@router.get("/docs", include_in_schema=False)
def docs_page(settings: SettingsDep) -> HTMLResponse:
    """Swagger UI over /openapi.json."""
    _enabled(settings)
    return HTMLResponse(PAGE, headers=HEADERS)


@router.get("/docs/assets/{name}", include_in_schema=False)
def docs_asset(name: str, settings: SettingsDep) -> FileResponse:
    """Swagger UI's script, style sheet and icon, and the script that starts it."""
    _enabled(settings)
    if name == "docs.js":
        return FileResponse(OWN_SCRIPT, media_type=_ASSETS["swagger-ui-bundle.js"], headers=HEADERS)
    if name not in _ASSETS:
        raise NotFound(f"Ingen fil '{name}' i API-beskrivningen")
    return FileResponse(ASSETS_DIR / name, media_type=_ASSETS[name], headers=HEADERS)
