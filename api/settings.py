"""All settings in one place: environment variables SAMVERKAN_* and the standard NEO4J_*."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from api.choices import StoreKind as StoreKind


class Settings(BaseSettings):
    """Every setting, with the environment variable that sets it."""

    model_config = SettingsConfigDict(env_prefix="SAMVERKAN_", env_file=".env", extra="ignore")

    store: StoreKind = Field(
        StoreKind.EMBEDDED, description="Which store holds the graph: embedded or neo4j."
    )
    data_dir: Path = Field(Path("samverkan-data"), description="Folder of the embedded store.")
    neo4j_uri: str = Field(
        "bolt://localhost:7687",
        validation_alias=AliasChoices("NEO4J_URI", "SAMVERKAN_NEO4J_URI"),
        description="Neo4j address: bolt://, neo4j://, neo4j+s:// or bolt+s://.",
    )
    neo4j_username: str = Field(
        "neo4j",
        validation_alias=AliasChoices("NEO4J_USERNAME", "SAMVERKAN_NEO4J_USERNAME"),
        description="Neo4j user.",
    )
    neo4j_password: SecretStr = Field(
        SecretStr(""),
        validation_alias=AliasChoices("NEO4J_PASSWORD", "SAMVERKAN_NEO4J_PASSWORD"),
        description="Neo4j password (empty: no authentication).",
    )
    neo4j_database: str = Field(
        "neo4j",
        validation_alias=AliasChoices("NEO4J_DATABASE", "SAMVERKAN_NEO4J_DATABASE"),
        description="Neo4j database name.",
    )
    api_key: SecretStr | None = Field(
        None, description="One key with the admin role (header X-API-Key), when no named keys are set."
    )
    api_keys: list[dict[str, str]] = Field(
        default_factory=list,
        description="Named keys with roles: a JSON list of {name, key, role}, role reader, editor or admin.",
    )
    api_keys_file: Path | None = Field(
        None, description="A JSON file with the named keys, in the format of SAMVERKAN_API_KEYS."
    )
    read_requires_key: bool = Field(
        False, description="Reading needs a key too (any role); otherwise only writes do."
    )
    keep_originals: bool = Field(
        True, description="Keep uploaded files once read; when false, only what was read from them is kept."
    )
    erasure_key: SecretStr | None = Field(
        None,
        description="Secret of the erasure register's name hashes (default: the file erasure.key in DATA_DIR, "
        "made at the first erasure).",
    )
    docs: bool = Field(True, description="Serve the API description at /docs (assets served offline).")
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed to call the API from a browser; none by default."
    )
    frame_ancestors: list[str] = Field(
        default_factory=list,
        description="Origins allowed to embed maps in an iframe; none but the API itself by default.",
    )
    max_upload_bytes: int = Field(20_000_000, description="Largest upload accepted by POST /documents.")
    max_document_sentences: int = Field(
        200_000, gt=0, description="A document with more sentences is skipped and reported, not read."
    )
    max_document_seconds: float = Field(
        600.0, gt=0, description="A document whose extraction takes longer is skipped and reported."
    )
    redact_personal_data: bool = Field(
        True, description="Replace phone numbers, e-mail addresses and personnummer in stored evidence."
    )
    upload_dir: Path | None = Field(
        None, description="Where uploaded files are kept (default: DATA_DIR/uploads)."
    )
