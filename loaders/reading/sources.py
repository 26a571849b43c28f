"""Where a document comes from: its web address, and its title, date and publisher when told.

Two places tell it. A web page names its own address (`<link rel="canonical">`, `og:url`),
date (`article:published_time`, `<time datetime>`) and site (`og:site_name`). A file saved
from the web may have a sidecar beside it, written by whoever saved it:

- `NAME.url`: the address alone on a line, or a Windows shortcut (`[InternetShortcut]` /
  `URL=...`);
- `NAME.meta.json`: `{"url": ..., "title": ..., "date": "ÅÅÅÅ-MM-DD", "publisher": ...}`,
  every key optional.

NAME is the file's name with or without its suffix (`rapport.pdf.url` or `rapport.url`). What
a sidecar says wins over what the page says, and both over what is read from the text.
"""

from __future__ import annotations

import configparser
import datetime as dt
import json
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from loaders.errors import UnreadableDocument

MAX_SIDECAR_BYTES = 100_000
_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_DATE_META = ("article:published_time", "og:published_time", "date", "dcterms.date", "dc.date", "pubdate")


@dataclass(frozen=True)
class SourceHints:
    """What is known of a document apart from its text; None where nothing is."""

    source_url: str | None = None
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None

    def overridden_by(self, other: SourceHints) -> SourceHints:
        """These hints with every field `other` knows taken from `other`."""
        known = {f.name: getattr(other, f.name) for f in fields(other) if getattr(other, f.name)}
        return replace(self, **known)


def web_address(value: str | None) -> str | None:
    """`value` when it is an absolute http(s) address, else None."""
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc and not any(c.isspace() for c in value):
        return value
    return None


def html_hints(markup: str) -> SourceHints:
    """The address, date and site a web page gives of itself."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        content = tag.get("content")
        if key and isinstance(content, str) and key not in meta:
            meta[key] = content.strip()
    canonical = next(
        (
            str(link.get("href"))
            for link in soup.find_all("link", href=True)
            if "canonical" in [str(r).lower() for r in (link.get("rel") or [])]
        ),
        None,
    )
    published = [meta[key] for key in _DATE_META if key in meta]
    time_tag = soup.find("time", datetime=True)
    if time_tag is not None:
        published.append(str(time_tag.get("datetime")))
    day = next((d for d in map(_day, published) if d), None)
    return SourceHints(
        source_url=web_address(canonical) or web_address(meta.get("og:url")),
        date=day,
        publisher=meta.get("og:site_name") or None,
    )


def _day(value: str) -> dt.date | None:
    m = _DAY.match(value.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _Sidecar(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    source_url: str | None = Field(default=None, alias="url")
    title: str | None = None
    date: dt.date | None = None
    publisher: str | None = None


def sidecar_hints(path: Path) -> SourceHints:
    """What the sidecar files beside `path` say; UnreadableDocument when one is malformed."""
    hints = SourceHints()
    for candidate in _sidecars(path, ".url"):
        hints = hints.overridden_by(SourceHints(source_url=_url_file(candidate, str(path))))
    for candidate in _sidecars(path, ".meta.json"):
        hints = hints.overridden_by(_meta_file(candidate, str(path)))
    return hints


def _sidecars(path: Path, suffix: str) -> list[Path]:
    """`rapport.url` then `rapport.pdf.url`: the one naming the suffix, more precise, wins."""
    names = dict.fromkeys([path.stem + suffix, path.name + suffix])
    return [p for p in (path.with_name(n) for n in names) if p.is_file()]


def _read_sidecar(sidecar: Path, source: str) -> str:
    try:
        data = sidecar.read_bytes()[: MAX_SIDECAR_BYTES + 1]
    except OSError as exc:
        raise UnreadableDocument(source, f"{sidecar.name} går inte att läsa ({exc.strerror})") from exc
    if len(data) > MAX_SIDECAR_BYTES:
        raise UnreadableDocument(source, f"{sidecar.name} är större än {MAX_SIDECAR_BYTES // 1000} kB")
    return data.decode("utf-8-sig", errors="replace")


def _url_file(sidecar: Path, source: str) -> str:
    text = _read_sidecar(sidecar, source)
    if text.lstrip().startswith("["):  # a Windows Internet shortcut
        shortcut = configparser.ConfigParser(interpolation=None)
        try:
            shortcut.read_string(text)
        except configparser.Error as exc:
            raise UnreadableDocument(source, f"{sidecar.name} är ingen giltig genväg") from exc
        value = shortcut.get("InternetShortcut", "URL", fallback=None)
    else:
        value = next((line.strip() for line in text.splitlines() if line.strip()), None)
    address = web_address(value)
    if address is None:
        raise UnreadableDocument(
            source, f"{sidecar.name} innehåller ingen webbadress (http:// eller https://)"
        )
    return address


def _meta_file(sidecar: Path, source: str) -> SourceHints:
    try:
        found = _Sidecar.model_validate(json.loads(_read_sidecar(sidecar, source)))
    except json.JSONDecodeError as exc:
        raise UnreadableDocument(source, f"{sidecar.name} är inte giltig JSON (rad {exc.lineno})") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "filen"
        raise UnreadableDocument(source, f"{sidecar.name}: fältet '{where}' har fel form") from exc
    address = web_address(found.source_url)
    if found.source_url and address is None:
        raise UnreadableDocument(
            source, f"{sidecar.name}: 'url' är ingen webbadress (http:// eller https://)"
        )
    return SourceHints(
        source_url=address,
        title=(found.title or "").strip() or None,
        date=found.date,
        publisher=(found.publisher or "").strip() or None,
    )
