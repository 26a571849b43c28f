"""The audit log over HTTP and on the command line: withdrawals kept, exported, marked."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from api.ingest import import_graph
from graph.embedded_store import EmbeddedStore
from graph.store import GraphStore
from tests.api.served import API_KEY, sample_graph, served
from tests.api.test_cli import run

KEY = {"X-API-Key": API_KEY}


def test_withdrawn_judgements_stay_in_the_log(store: GraphStore, tmp_path: Path) -> None:
    import_graph(store, sample_graph())
    with served(store, data_dir=tmp_path / "api") as client:
        made = client.post(
            "/judgements",
            json={"kind": "rename", "entity": "town", "name": "=Exempelby kommun (KS)"},
            headers=KEY,
        ).json()
        assert client.get("/entities/town").json()["name"] == "=Exempelby kommun (KS)"
        assert client.delete(f"/judgements/{made['id']}", params={"reason": "fel"}).status_code == 401
        res = client.delete(f"/judgements/{made['id']}", params={"reason": "fel namn"}, headers=KEY)
        assert res.status_code == 200, res.text
        assert client.get("/entities/town").json()["name"] == "Exempelby kommun"
        (logged,) = client.get("/judgements").json()
        assert logged["id"] == made["id"] and logged["author"] == "admin"
        assert logged["withdrawn"]["by"] == "admin" and logged["withdrawn"]["reason"] == "fel namn"
        assert client.get("/judgements", params={"withdrawn": "false"}).json() == []
        again = client.delete(f"/judgements/{made['id']}", headers=KEY)
        assert again.status_code == 409 and again.json()["error"]["message"]

        exported = client.get("/judgements/export", params={"format": "json"})
        assert exported.headers["content-type"].startswith("application/json")
        assert json.loads(exported.content)[0]["withdrawn"]["reason"] == "fel namn"
        table = client.get("/judgements/export", params={"format": "csv"})
        assert table.headers["content-type"].startswith("text/csv")
        (row,) = csv.DictReader(io.StringIO(table.content.decode("utf-8-sig")))
        assert (row["kind"], row["withdrawn_by"], row["withdrawn_reason"]) == ("rename", "admin", "fel namn")
        assert row["name"] == "'=Exempelby kommun (KS)"  # never a formula in a spreadsheet


def test_the_command_line_marks_withdrawn_ones_and_exports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    import_graph(EmbeddedStore(data), sample_graph())
    made = run("judge", "merge", "townplace", "district", "--by", "Ana", "--data-dir", data, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    judgement_id = made.stdout.split()[1].rstrip(":")
    undone = run(
        "judge",
        "undo",
        judgement_id,
        "--by",
        "Bo",
        "--why",
        "olika platser",
        "--data-dir",
        data,
        cwd=tmp_path,
    )
    assert undone.returncode == 0, undone.stderr
    listed = run("judge", "list", "--data-dir", data, cwd=tmp_path).stdout
    assert "[ÅTERKALLAD]" in listed and "återkallad av Bo" in listed and "olika platser" in listed
    out = tmp_path / "logg.csv"
    assert run("judge", "export", "-o", out, "--data-dir", data, cwd=tmp_path).returncode == 0
    assert "olika platser" in out.read_text(encoding="utf-8-sig")
    as_json = run("judge", "export", "-f", "json", "--data-dir", data, cwd=tmp_path).stdout
    assert json.loads(as_json)[0]["withdrawn"]["by"] == "Bo"


def test_forget_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    import_graph(EmbeddedStore(data), sample_graph())
    assert run("forget", "--person", "Ingen Alls", "--yes", "--data-dir", data, cwd=tmp_path).returncode == 1
    result = run(
        "forget", "--person", "jonas östlund", "--yes", "--by", "DSO", "--data-dir", data, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Östlund" not in result.stdout
    stored = "".join(p.read_text(encoding="utf-8") for p in data.rglob("*.json"))
    assert "Östlund" not in stored and "Jonas" not in stored
    assert '"by":"DSO"' in stored.replace(" ", "")
