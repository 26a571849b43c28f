"""/docs: Swagger UI served by the app itself, under a content policy, or off when so set."""

from __future__ import annotations

import re
from pathlib import Path

from graph.embedded_store import EmbeddedStore
from tests.api.served import served


def test_docs_load_nothing_from_elsewhere(tmp_path: Path) -> None:
    with served(EmbeddedStore(tmp_path / "data"), data_dir=tmp_path / "api") as client:
        page = client.get("/docs")
        assert page.status_code == 200
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
        assert sources and all(s.startswith("/") for s in sources)
        for source in sources:
            asset = client.get(source)
            assert asset.status_code == 200, source
            assert asset.headers["content-security-policy"] == policy
        assert client.get("/docs/assets/index.html").status_code == 404
        schema = client.get("/openapi.json").json()
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                answers = operation["responses"]
                assert {"401", "403", "422", "503"} <= set(answers), (method, path)
                assert answers["422"]["content"]["application/json"]["schema"]["$ref"].endswith("ErrorBody")
        assert "413" in schema["paths"]["/documents"]["post"]["responses"]
        assert "404" in schema["paths"]["/entities/{entity_id}"]["get"]["responses"]
    with served(EmbeddedStore(tmp_path / "data2"), data_dir=tmp_path / "api2", docs=False) as client:
        assert client.get("/docs").status_code == 404
