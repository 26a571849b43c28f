"""Named API keys with roles: who may read, who may correct, who may upload and erase.

Keys come from `SAMVERKAN_API_KEYS` (a JSON list of `{name, key, role}`) and from the file
named by `SAMVERKAN_API_KEYS_FILE` (the same list); `SAMVERKAN_API_KEY` alone is one key
named `admin` with the admin role. Roles are ordered: a reader reads (where reading needs
a key at all), an editor also makes and withdraws judgements, an admin also uploads and
removes documents and erases persons. The name of a key is who a judgement or an erasure
is recorded as being made by.
"""

from __future__ import annotations

import json
import secrets
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from api.settings import Settings
from graph.errors import SamverkanError

SINGLE_KEY_NAME = "admin"


class Role(StrEnum):
    READER = "reader"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return {Role.READER: 1, Role.EDITOR: 2, Role.ADMIN: 3}[self]

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


ROLE_LABELS_SV: dict[Role, str] = {
    Role.READER: "läsare",
    Role.EDITOR: "redaktör",
    Role.ADMIN: "administratör",
}


class KeyConfigError(SamverkanError):
    """The configured keys cannot be used; the service does not start with them."""

    status = 500
    code = "key_config"


class ApiKey(BaseModel):
    """One named key and its role."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    key: SecretStr
    role: Role

    @field_validator("name")
    @classmethod
    def _clean_name(cls, value: str) -> str:
        value = value.strip()
        if not value or any(ord(c) < 32 for c in value):
            raise ValueError("namnet måste vara en rad text")
        return value

    @field_validator("key")
    @classmethod
    def _header_safe(cls, value: SecretStr) -> SecretStr:
        text = value.get_secret_value()
        if not text or not all(33 <= ord(c) <= 126 for c in text):
            raise ValueError("nyckeln måste vara synliga ASCII-tecken utan mellanslag")
        return value


class Caller(BaseModel):
    """Who made a request: the name and role of the key it carried."""

    name: str
    role: Role


def _parse(entries: object, where: str) -> list[ApiKey]:
    if not isinstance(entries, list):
        raise KeyConfigError(f"{where}: väntade en JSON-lista av {{name, key, role}}")
    keys = []
    for number, entry in enumerate(entries, 1):
        try:
            keys.append(ApiKey.model_validate(entry))
        except ValidationError as exc:
            fields = ", ".join(".".join(str(p) for p in e["loc"]) or "posten" for e in exc.errors())
            raise KeyConfigError(f"{where}: nyckel nummer {number} är ogiltig ({fields})") from None
    return keys


def load_keys(settings: Settings) -> list[ApiKey]:
    """Every configured key; KeyConfigError when they are malformed or ambiguous."""
    keys = _parse(settings.api_keys, "SAMVERKAN_API_KEYS")
    if settings.api_keys_file is not None:
        try:
            data = json.loads(settings.api_keys_file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise KeyConfigError(
                f"SAMVERKAN_API_KEYS_FILE: {settings.api_keys_file} går inte att läsa ({exc.strerror})"
            ) from None
        except ValueError:
            raise KeyConfigError(
                f"SAMVERKAN_API_KEYS_FILE: {settings.api_keys_file} är inte giltig JSON"
            ) from None
        keys += _parse(data, "SAMVERKAN_API_KEYS_FILE")
    if settings.api_key is not None and settings.api_key.get_secret_value():
        keys.append(ApiKey(name=SINGLE_KEY_NAME, key=settings.api_key, role=Role.ADMIN))
    names = [k.name for k in keys]
    if len(set(names)) != len(names):
        raise KeyConfigError("två nycklar har samma namn; varje nyckel behöver ett eget")
    secrets_ = [k.key.get_secret_value() for k in keys]
    if len(set(secrets_)) != len(secrets_):
        raise KeyConfigError("två nycklar är lika; varje nyckel behöver vara unik")
    return keys


def identify(keys: list[ApiKey], presented: str) -> Caller | None:
    """The key presented, compared in constant time against every key; None if unknown."""
    found: ApiKey | None = None
    given = presented.encode("utf-8", "replace")
    for key in keys:
        if secrets.compare_digest(given, key.key.get_secret_value().encode()):
            found = key
    return Caller(name=found.name, role=found.role) if found else None
