"""The erasure register: an erased person stays erased when documents naming them are read again.

It holds no name. For every form of an erased person's name (the name and its aliases) it
keeps a keyed hash (HMAC-SHA256) of the form's matching key: lower case, accents folded,
genitive endings dropped (`loaders.language.text.normalize`), so 'Ebba Grönkvists' and
'ebba gronkvist' are the same form. Without the secret the hashes cannot be tried against a
list of names. The secret is SAMVERKAN_ERASURE_KEY or else the file `erasure.key` in the
data folder, made at the first erasure; a check value in the store tells when the register
was made with another secret, and documents are then refused rather than read unfiltered.

Before any document's extraction is stored, an actor whose name or alias is in the register
is left out, with its relations, and its name is replaced in the document's sentences,
title and other actors' names as the erasure did (`api.name_scrub`). Forms found in the
text without an actor (two to five words in a row) are replaced likewise.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from api.name_scrub import NAME_PLACEHOLDER, forms_pattern, scrub_part
from api.settings import Settings
from graph.errors import SamverkanError
from graph.merge import combine
from graph.model import EntityType, Graph
from graph.store import GraphStore
from loaders.language.text import fold_accents, normalize

REGISTER_RECORDS = "erased-name"
CHECK_RECORDS = "erased-name-check"
START_RECORDS = "erased-name-start"
_START = "\x00start "
KEY_FILE = "erasure.key"
_CHECK_TEXT = "samverkan erasure register"
_MAX_WORDS = 5
_WORD = re.compile(r"\w+(?:[:'’]s\b)?")
# What may stand between the words of one name: spaces and a hyphen ('Anna-Karin').
_NAME_GAP = re.compile(r"[\s\-‐]*")


class ErasureKeyError(SamverkanError):
    """The register's secret is missing or is not the one it was made with."""

    status = 503
    code = "erasure_key"


def form_key(form: str) -> str:
    """The matching key of one form of a name: 'Ebba Grönkvists' -> 'ebba gronkvist'."""
    return " ".join(fold_accents(normalize(form)).split())


def _key_path(settings: Settings) -> Path:
    return settings.data_dir / KEY_FILE


def _read_secret(settings: Settings) -> bytes | None:
    if settings.erasure_key is not None:
        return settings.erasure_key.get_secret_value().encode("utf-8")
    path = _key_path(settings)
    return path.read_text(encoding="utf-8").strip().encode("utf-8") if path.is_file() else None


def _new_secret(settings: Settings) -> bytes:
    path = _key_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return _read_secret(settings) or b""


def _digest(secret: bytes, text: str) -> str:
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


@functools.lru_cache(maxsize=8)
def _keyed(secret: bytes) -> hmac.HMAC:
    """An HMAC already keyed: each digest copies it instead of keying anew."""
    return hmac.new(secret, digestmod=hashlib.sha256)


# Words recur across sentences and documents: each is normalised once.
_word_key = functools.lru_cache(maxsize=100_000)(form_key)


@dataclass(frozen=True)
class ErasedNames:
    """The register read from a store, with the secret to test forms against it."""

    secret: bytes
    digests: frozenset[str]
    # Keyed hashes of the first word of every form: only a word among them can begin one.
    starts: frozenset[str] = frozenset()
    _starting: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def _begins_a_form(self, word_key: str) -> bool:
        known = self._starting.get(word_key)
        if known is None:
            known = self._starting[word_key] = self._mac(_START + word_key) in self.starts
        return known

    def _mac(self, key: str) -> str:
        mac = _keyed(self.secret).copy()
        mac.update(key.encode("utf-8"))
        return mac.hexdigest()

    def holds(self, form: str) -> bool:
        key = form_key(form)
        return bool(key) and self._mac(key) in self.digests

    def found_in(self, text: str) -> list[str]:
        """The spans of the text that are a registered form of two words or more, as written."""
        words = [(m.start(), m.end(), _word_key(m.group())) for m in _WORD.finditer(text)]
        found: list[str] = []
        for i in range(len(words)):
            if not self._begins_a_form(words[i][2]):
                continue
            keys = [words[i][2]]
            for j in range(i + 1, min(i + _MAX_WORDS, len(words))):
                if not _NAME_GAP.fullmatch(text[words[j - 1][1] : words[j][0]]):
                    break
                keys.append(words[j][2])
                if self._mac(" ".join(k for k in keys if k)) in self.digests:
                    found.append(_without_genitive(text[words[i][0] : words[j][1]]))
        return found

    def suppress(self, part: Graph) -> tuple[Graph, bool]:
        """One document's graph without the erased persons; whether it named any."""
        ids = {
            e.id
            for e in part.entities
            if (e.type is EntityType.PERSON and any(self.holds(f) for f in (e.name, *e.aliases)))
            or (len(e.name.split()) >= 2 and self.holds(e.name))
        }
        forms = [f for e in part.entities if e.id in ids for f in (e.name, *e.aliases)]
        for text in _texts(part, ids):
            forms += self.found_in(text)
        if not forms:
            return part, False
        return scrub_part(part, ids, forms_pattern(forms)), True


def _without_genitive(span: str) -> str:
    """'Ebba Grönkvists' -> 'Ebba Grönkvist', so that the surname alone is found as well."""
    for ending in (":s", "'s", "’s", "s"):
        if span.endswith(ending) and form_key(span[: -len(ending)]) == form_key(span):
            return span[: -len(ending)]
    return span


def _texts(part: Graph, left_out: set[str]) -> Iterable[str]:
    for document in part.documents:
        yield document.title
        if document.publisher:
            yield document.publisher
    for entity in part.entities:
        if entity.id not in left_out:
            yield entity.name
            yield from entity.aliases
    for relation in part.relations:
        for evidence in relation.evidence:
            yield evidence.text


def load(store: GraphStore, settings: Settings) -> ErasedNames | None:
    """The store's register, or None while no one has been erased."""
    digests = frozenset(store.get_records(REGISTER_RECORDS))
    if not digests:
        return None
    secret = _read_secret(settings)
    if secret is None:
        raise ErasureKeyError(
            f"Raderingsregistrets nyckel saknas (SAMVERKAN_ERASURE_KEY eller {_key_path(settings)}); "
            "inga dokument läses in utan den"
        )
    _check(store, secret)
    return ErasedNames(secret=secret, digests=digests, starts=frozenset(store.get_records(START_RECORDS)))


def _check(store: GraphStore, secret: bytes) -> None:
    expected = store.get_records(CHECK_RECORDS).get("check")
    if expected is not None and not hmac.compare_digest(expected, _digest(secret, _CHECK_TEXT)):
        raise ErasureKeyError(
            "Raderingsregistret gjordes med en annan nyckel än SAMVERKAN_ERASURE_KEY eller "
            "datamappens erasure.key; inga dokument läses in förrän rätt nyckel finns"
        )


def register(store: GraphStore, settings: Settings, forms: Iterable[str], erasure_id: str) -> None:
    """Add the forms of an erased person's name to the register (the value: which erasure)."""
    secret = _read_secret(settings)
    if secret is None:
        if store.get_records(CHECK_RECORDS):
            raise ErasureKeyError(
                f"Raderingsregistrets nyckel saknas (SAMVERKAN_ERASURE_KEY eller {_key_path(settings)})"
            )
        secret = _new_secret(settings)
    _check(store, secret)
    store.put_records(CHECK_RECORDS, {"check": _digest(secret, _CHECK_TEXT)})
    keys = {form_key(f) for f in forms} - {""}
    store.put_records(REGISTER_RECORDS, {_digest(secret, k): erasure_id for k in keys})
    starts = {k.split()[0] for k in keys if len(k.split()) >= 2}
    store.put_records(START_RECORDS, {_digest(secret, _START + k): erasure_id for k in starts})


# The settings the register's secret is read by; the front doors set them (`use_settings`).
_settings: Settings | None = None


def use_register_settings(settings: Settings) -> None:
    global _settings
    _settings = settings


def suppress_erased(store: GraphStore, parts: list[Graph]) -> tuple[list[Graph], set[str]]:
    """Each document's graph without erased persons, and the documents that named one."""
    names = load(store, _settings or Settings())  # type: ignore[call-arg]
    if names is None:
        return parts, set()
    kept: list[Graph] = []
    naming: set[str] = set()
    for part in parts:
        suppressed, named = names.suppress(part)
        kept.append(suppressed)
        if named:
            naming.update(d.id for d in part.documents)
    return kept, naming


def names_erased(store: GraphStore, settings: Settings, text: str) -> bool:
    """Whether a text names an erased person (a form of two words or more)."""
    names = load(store, settings)
    return names is not None and bool(names.found_in(text))


def is_erased_name(store: GraphStore, name: str) -> bool:
    """Whether a name (a new name given by hand, say) is a form of an erased person's name."""
    names = load(store, _settings or Settings())  # type: ignore[call-arg]
    return names is not None and (names.holds(name) or bool(names.found_in(name)))


def scrub_erased(store: GraphStore, text: str) -> str:
    """A text with the names of erased persons in it replaced (a document's text as shown)."""
    names = load(store, _settings or Settings())  # type: ignore[call-arg]
    found = names.found_in(text) if names is not None else []
    return forms_pattern(found).sub(NAME_PLACEHOLDER, text) if found else text


def without_erased(settings: Settings, graph: Graph) -> Graph:
    """A graph extracted without storing it, without the persons erased from the store the
    settings name. No secret means no erasure was ever made there, and nothing is opened."""
    if settings.erasure_key is None and not _key_path(settings).is_file():
        return graph
    from api.store_factory import open_store

    store = open_store(settings)
    try:
        names = load(store, settings)
    finally:
        store.close()
    if names is None:
        return graph
    return combine([names.suppress(graph.for_document(d.id))[0] for d in graph.documents])
