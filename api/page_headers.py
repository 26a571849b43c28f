"""Security headers of the pages the API serves: maps, the explorer, map error pages.

Maps may be embedded in an iframe by the API's own pages and by the origins in
`settings.frame_ancestors` (CSP frame-ancestors); nothing else may frame them. A map page
may run only its own inline scripts (pinned by their SHA-256) and load nothing at all, so
even a name that slipped through escaping could neither run nor call out.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re

from api.settings import Settings

log = logging.getLogger("samverkan.api")

# An origin (scheme://host[:port], host may start with '*.'), or a CSP keyword.
_SOURCE = re.compile(r"^(?:https?://(?:\*\.)?[A-Za-z0-9.-]+(?::[0-9]{1,5})?|'self'|'none')$")
_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.DOTALL)


def frame_ancestors(settings: Settings) -> list[str]:
    """'self' plus the configured origins; a malformed entry is logged and left out."""
    sources = ["'self'"]
    for origin in settings.frame_ancestors:
        origin = origin.strip().rstrip("/")
        if _SOURCE.match(origin):
            if origin not in sources:
                sources.append(origin)
        else:
            log.warning("ignoring malformed SAMVERKAN_FRAME_ANCESTORS entry %r", origin)
    return sources


def _common(settings: Settings) -> dict[str, str]:
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
    if frame_ancestors(settings) == ["'self'"]:
        headers["X-Frame-Options"] = "SAMEORIGIN"  # for browsers that predate frame-ancestors
    return headers


def _hashes(page: str, tag: str) -> str:
    digests = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for kind, body in _INLINE.findall(page)
        if kind == tag
    ]
    return " ".join(sorted(set(digests))) or "'none'"


def map_headers(settings: Settings, page: str) -> dict[str, str]:
    """Headers of a map page: its own inline scripts and styles only, no requests, framing as configured."""
    policy = (
        "default-src 'none'; "
        f"script-src {_hashes(page, 'script')}; "
        f"style-src {_hashes(page, 'style')}; "
        "img-src data:; base-uri 'none'; form-action 'none'; "
        f"frame-ancestors {' '.join(frame_ancestors(settings))}"
    )
    return {"Content-Security-Policy": policy, **_common(settings)}


def static_page_headers(settings: Settings) -> dict[str, str]:
    """Headers of the explorer and of map error pages: everything from this origin only."""
    policy = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        f"frame-ancestors {' '.join(frame_ancestors(settings))}"
    )
    return {"Content-Security-Policy": policy, **_common(settings)}
