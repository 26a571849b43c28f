"""Corrections in the explorer, in headless chromium over the real app: reject (with a reason),
confirm, merge, keep apart, a relation added by hand, the review list, readable errors, and the
network as of a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from api.app import create_app
from api.ingest import import_graph, ingest_paths
from api.maps import entity_view
from api.settings import Settings
from graph.embedded_store import EmbeddedStore
from graph.errors import EntityNotFound
from graph.judgements import JudgementKind
from graph.model import ENTITY_LABELS_SV, RELATION_LABELS_SV, EntityType, RelationType
from graph.subgraph import Period
from tests.browser.conftest import Watched
from tests.graph.sample import doc_a, doc_b
from tests.live_server import live_server

pytestmark = pytest.mark.browser

KEY = "nyckel-till-testet"
AUTHOR = "Samordnare Test"

# True once the explorer's map is drawn and still and shows exactly the actors expected.
MAP_SHOWS = """(expected) => {
  const w = document.getElementById('map').contentWindow;
  if (!w || !w.network || !w.document.body || w.document.body.dataset.mapState !== 'stable') return false;
  return JSON.stringify(w.network.body.data.nodes.getIds().sort()) === JSON.stringify(expected);
}"""


@dataclass
class Served:
    url: str
    store: EmbeddedStore


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """The sample graph, loaded as documents are (so judgements apply), behind a key."""
    store = EmbeddedStore(tmp_path / "data")
    import_graph(store, doc_a())
    import_graph(store, doc_b())
    app = create_app(
        Settings(_env_file=None, api_keys=[{"name": AUTHOR, "key": KEY, "role": "editor"}]), store
    )  # type: ignore[call-arg]
    with live_server(app) as url:
        yield Served(url, store)
    store.close()


def around(store: EmbeddedStore, entity_id: str, as_of: dt.date | None = None) -> list[str]:
    """The actors the map of `entity_id` should show, as the store has them now."""
    period = Period(as_of=as_of) if as_of else None
    view = entity_view(store, store.entity(entity_id), 1, period=period)
    return sorted(e.id for e in view.graph.entities)


def give_key(page, key: str = KEY) -> None:  # type: ignore[no-untyped-def]
    if page.locator("#key-form").is_hidden():
        page.click("#key-button")
    page.fill("#api-key", key)
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("#key-form", state="hidden")
    # The explorer shows whose key it is: the name judgements are recorded under.
    assert page.locator("#key-button").inner_text() == f"Nyckel: {AUTHOR}"


def open_actor(page, query: str, entity_id: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    page.fill("#q", query)
    page.click("#search-form button[type=submit]")
    page.locator(f'#results button[data-id="{entity_id}"]').click()
    page.wait_for_function(MAP_SHOWS, arg=expected, timeout=60_000)
    page.wait_for_selector("#evidence li")


def test_rejecting_an_edge_removes_it_from_the_list_and_the_map(
    watched: Watched, served: Served, artifacts: Path
) -> None:
    store = served.store
    page = watched.page
    page.goto(served.url + "/")
    give_key(page)
    assert KEY not in page.url
    assert page.evaluate("sessionStorage.getItem('samverkan.apiKey')") == KEY
    before = around(store, "effort")
    open_actor(page, "trygghetsinsats", "effort", before)
    relations = store.neighbors("effort", depth=1).relations
    assert page.locator("#evidence li.relation").count() == len(relations)
    # The relation to reject: the one to an actor that nothing else ties to the effort.
    doomed = next(r for r in relations if r.target == "district" or r.source == "district")
    item = page.locator(f'#evidence li.relation[data-type="{doomed.type.value}"]')
    assert item.count() == 1
    page.screenshot(path=str(artifacts / "explorer-judgements-before.png"))
    # "Avvisa" asks for a reason first, in a small form under the relation.
    item.locator("button.reject").click()
    reason = "Meningen handlar om en annan stadsdel än den här."
    item.locator("input.reject-reason").fill(reason)
    page.screenshot(path=str(artifacts / "explorer-reject-reason.png"))
    item.locator("button.reject-confirm").click()
    item.wait_for(state="detached")
    assert page.locator("#evidence li.relation").count() == len(relations) - 1
    log = httpx.get(served.url + "/judgements").json()
    assert [(j["kind"], j["source"], j["target"], j["reason"]) for j in log] == [
        (JudgementKind.REJECT.value, doomed.source, doomed.target, reason)
    ]
    assert not store.relations(type_=doomed.type, source=doomed.source, target=doomed.target)
    after = around(store, "effort")
    assert "district" in before and "district" not in after
    page.wait_for_function(MAP_SHOWS, arg=after, timeout=60_000)
    assert page.locator("#notice-text").inner_text().startswith("Avvisad:")
    # "Ångra" brings it back, in the list and in the map.
    page.click("#notice-undo")
    page.wait_for_function(MAP_SHOWS, arg=before, timeout=60_000)
    item.wait_for(state="attached")
    assert page.locator("#notice-text").inner_text() == "Ändringen är ångrad."
    # The log keeps the judgement, withdrawn by the key's holder.
    (withdrawn,) = httpx.get(served.url + "/judgements").json()
    assert withdrawn["withdrawn"]["by"] == AUTHOR
    assert httpx.get(served.url + "/judgements", params={"withdrawn": "false"}).json() == []
    page.screenshot(path=str(artifacts / "explorer-judgements-undo.png"))
    watched.assert_clean()


def test_merging_two_actors_leaves_one(watched: Watched, served: Served, artifacts: Path) -> None:
    store = served.store
    page = watched.page
    page.goto(served.url + "/")
    give_key(page)
    town, place = store.entity("town"), store.entity("townplace")
    open_actor(page, town.name.split()[0], "town", around(store, "town"))
    assert page.locator('#results button[data-id="townplace"]').count() == 1
    page.click("#merge-button")
    page.fill("#merge-q", place.name)
    page.click("#merge-form button[type=submit]")
    assert page.locator('#merge-results button[data-id="town"]').count() == 0
    page.locator('#merge-results button[data-id="townplace"]').click()
    keep = page.locator("#merge-keep-current")
    assert keep.inner_text() == f"Behåll ”{town.name}”"
    page.fill("#merge-reason", "Orten och kommunen är samma aktör här")
    page.screenshot(path=str(artifacts / "explorer-merge-choice.png"))
    keep.click()
    page.wait_for_selector("#merge-form", state="hidden")
    # One actor left: the search no longer finds the other, the map and the name list show one.
    page.wait_for_selector('#results button[data-id="townplace"]', state="detached")
    assert page.locator('#results button[data-id="town"]').count() == 1
    with pytest.raises(EntityNotFound):
        store.entity("townplace")
    merged = around(store, "town")
    assert "townplace" not in merged and "district" in merged
    page.wait_for_function(MAP_SHOWS, arg=merged, timeout=60_000)
    page.wait_for_function(
        """(alias) => document.getElementById('actor-meta').textContent.split(' · ')
             .some((part) => part.startsWith('även ') && part.slice(5).split(', ').includes(alias))""",
        arg=place.name,
    )
    assert page.locator("#actor-name").inner_text() == town.name
    log = httpx.get(served.url + "/judgements", params={"entity": "town"}).json()
    assert [(j["kind"], j["author"], j["entity"], j["other"]) for j in log] == [
        (JudgementKind.MERGE.value, AUTHOR, "townplace", "town")
    ]
    page.screenshot(path=str(artifacts / "explorer-merged.png"))
    watched.assert_clean()


def test_errors_from_the_api_are_read_as_swedish_sentences(
    watched: Watched, served: Served, artifacts: Path
) -> None:
    store = served.store
    page = watched.page
    page.goto(served.url + "/")
    open_actor(page, "trygghetsfond", "fund", around(store, "fund"))
    # Without a key the change waits for one, then goes through with it.
    page.click("#rename-button")
    page.fill("#rename-name", "Trygghetsfonden")
    page.click("#rename-form button[type=submit]")
    page.wait_for_selector("#key-form", state="visible")
    assert "API-nyckeln" in page.locator("#notice-text").inner_text()
    page.fill("#api-key", "nyckel med å")
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("#notice.error")
    assert "inga å, ä, ö eller mellanslag" in page.locator("#notice-text").inner_text()
    assert page.evaluate("() => sessionStorage.getItem('samverkan.apiKey')") is None
    page.fill("#api-key", "fel-nyckel")
    page.click("#key-form button[type=submit]")
    # The previous error is still shown: wait for the server's answer to replace it.
    page.wait_for_function(
        "() => document.getElementById('notice-text').textContent.startsWith('Nyckeln nekades')"
    )
    assert page.locator("#notice-text").inner_text() == "Nyckeln nekades: Fel API-nyckel."
    assert page.locator("#key-form").is_visible()
    assert store.entity("fund").name != "Trygghetsfonden"
    # The right key sends the change that waited for it.
    give_key(page)
    page.wait_for_function("() => document.getElementById('actor-name').textContent === 'Trygghetsfonden'")
    assert store.entity("fund").name == "Trygghetsfonden"
    page.click("#retype-button")
    page.select_option("#retype-type", EntityType.ORGANISATION.value)
    page.click("#retype-form button[type=submit]")
    page.wait_for_function(
        "(label) => document.getElementById('actor-meta').textContent.startsWith(label + ' · ')",
        arg=ENTITY_LABELS_SV[EntityType.ORGANISATION],
    )
    assert store.entity("fund").type == EntityType.ORGANISATION
    # A merge of actors marked as different is refused (409) and said so.
    res = httpx.post(
        served.url + "/judgements",
        headers={"X-API-Key": KEY},
        json={"kind": "distinct", "author": AUTHOR, "entity": "fund", "other": "effort"},
    )
    assert res.status_code == 201, res.text
    page.click("#merge-button")
    page.fill("#merge-q", "trygghetsinsats")
    page.click("#merge-form button[type=submit]")
    page.locator('#merge-results button[data-id="effort"]').click()
    page.click("#merge-keep-current")
    page.wait_for_selector("#notice.error")
    message = page.locator("#notice-text").inner_text()
    assert message.startswith("Ändringen går inte att göra: ") and "olika" in message
    assert store.entity("effort").id == "effort"
    page.screenshot(path=str(artifacts / "explorer-judgement-error.png"))
    watched.errors = [e for e in watched.errors if "403" not in e and "409" not in e]
    watched.assert_clean()


def test_review_list_confirms_and_rejects(watched: Watched, served: Served, artifacts: Path) -> None:
    store = served.store
    page = watched.page
    page.goto(served.url + "/")
    give_key(page)
    page.click("#review-button")
    unconfirmed = [r for r in store.export().relations if not r.properties.get("confirmed")]
    page.wait_for_function(
        "(n) => document.querySelectorAll('#review-list li.relation').length === n", arg=len(unconfirmed)
    )
    assert page.locator("#review-list .confidence").first.inner_text().startswith("säkerhet 0,8")
    first = page.locator("#review-list li.relation").first
    source, type_, target = (first.get_attribute(f"data-{k}") for k in ("source", "type", "target"))
    first.locator("button.confirm").click()
    page.wait_for_function(
        "(n) => document.querySelectorAll('#review-list li.relation').length === n", arg=len(unconfirmed) - 1
    )
    assert source and target and type_
    (confirmed,) = store.relations(source=source, target=target, type_=RelationType(type_))
    assert confirmed.properties.get("confirmed") is True and confirmed.confidence == 1.0
    second = page.locator("#review-list li.relation").first
    second.locator("button.reject").click()
    second.locator("button.reject-confirm").click()  # the reason may be left out
    page.wait_for_function(
        "(n) => document.querySelectorAll('#review-list li.relation').length === n", arg=len(unconfirmed) - 2
    )
    assert len(store.export().relations) == len(unconfirmed) - 1
    log = httpx.get(served.url + "/judgements").json()
    assert [(j["kind"], j["reason"]) for j in log] == [
        (JudgementKind.CONFIRM.value, ""),
        (JudgementKind.REJECT.value, ""),
    ]
    page.screenshot(path=str(artifacts / "explorer-review.png"))
    watched.assert_clean()


def test_the_network_as_of_a_date(watched: Watched, served: Served, artifacts: Path) -> None:
    store = served.store
    page = watched.page
    page.goto(served.url + "/")
    town = store.entity("town")
    open_actor(page, town.name.split()[0], "town", around(store, "town"))
    first_document = min(d.date for d in store.export().documents if d.date)
    day = first_document + dt.timedelta(days=30)
    then = around(store, "town", day)
    assert then != around(store, "town")
    with page.expect_event("framenavigated", predicate=lambda f: "as_of=" in f.url):
        page.fill("#as-of", day.isoformat())
    page.wait_for_function(MAP_SHOWS, arg=then, timeout=60_000)
    assert f"datum={day.isoformat()}" in page.url
    assert f"as_of={day.isoformat()}" in (page.get_attribute("#map-link", "href") or "")
    neighbours = store.neighbors("town", depth=1)
    kept = entity_view(store, town, 1, period=Period(as_of=day)).graph.relations
    assert len(kept) < len(neighbours.relations)
    page.wait_for_function(
        "(n) => document.querySelectorAll('#evidence li.relation').length === n", arg=len(kept)
    )
    assert f"nätverket per {day.isoformat()}" in page.locator("#actor-meta").inner_text()
    page.screenshot(path=str(artifacts / "explorer-as-of.png"))
    page.click("#as-of-clear")
    page.wait_for_function(MAP_SHOWS, arg=around(store, "town"), timeout=60_000)
    watched.assert_clean()


def test_keeping_two_actors_apart_refuses_their_merge(
    watched: Watched, served: Served, artifacts: Path
) -> None:
    store = served.store
    page = watched.page
    page.goto(served.url + "/")
    give_key(page)
    town, place = store.entity("town"), store.entity("townplace")
    open_actor(page, town.name.split()[0], "town", around(store, "town"))
    page.click("#distinct-button")
    page.fill("#distinct-q", place.name)
    page.click("#distinct-form button[type=submit]")
    assert page.locator('#distinct-results button[data-id="town"]').count() == 0
    page.locator('#distinct-results button[data-id="townplace"]').click()
    assert page.locator("#distinct-question").inner_text() == (
        f"”{town.name}” och ”{place.name}” är olika aktörer och slås aldrig ihop."
    )
    reason = "Orten är större än kommunens förvaltning och ska inte blandas ihop."
    page.fill("#distinct-reason", reason)
    page.screenshot(path=str(artifacts / "explorer-distinct-choice.png"))
    page.click("#distinct-save")
    page.wait_for_selector("#distinct-form", state="hidden")
    assert page.locator("#notice-text").inner_text() == f"”{town.name}” och ”{place.name}” hålls isär."
    assert page.locator("#notice-undo").is_visible()
    log = httpx.get(served.url + "/judgements", params={"entity": "town"}).json()
    assert [(j["kind"], j["entity"], j["other"], j["reason"]) for j in log] == [
        (JudgementKind.DISTINCT.value, "town", "townplace", reason)
    ]
    # Merging the pair is now refused by the API (409), and the page says why.
    page.click("#merge-button")
    page.fill("#merge-q", place.name)
    page.click("#merge-form button[type=submit]")
    page.locator('#merge-results button[data-id="townplace"]').click()
    page.click("#merge-keep-current")
    page.wait_for_selector("#notice.error")
    assert page.locator("#notice-text").inner_text() == (
        "Ändringen går inte att göra: aktörerna är markerade som olika och slås aldrig ihop."
    )
    assert page.locator("#notice-undo").is_hidden()
    assert store.entity("townplace").name == place.name
    assert page.locator("#merge-keep-current").is_enabled()
    page.screenshot(path=str(artifacts / "explorer-distinct-refused.png"))
    watched.errors = [e for e in watched.errors if "409" not in e]
    watched.assert_clean()


# Two short local notices, written for this test; the extractor reads them as any document.
NOTICES = {
    "trygghet.txt": (
        "Nattvandring i Ljusdal\n\nPublicerad 2024-02-12\n\n"
        "Polisen i Ljusdal och Ljusdals kommun samverkar kring en ny trygghetsinsats i centrum. "
        "Insatsen pågår i Ljusdal under våren.\n"
    ),
    "laxhjalp.txt": (
        "Fritidsgården får medel\n\nPublicerad 2024-03-05\n\n"
        "Ljusdals kommun finansierar fritidsgården Ungdomshuset. Röda Korset driver läxhjälp i Ljusdal.\n"
    ),
}


@dataclass
class Ingested(Served):
    files: list[Path]


@pytest.fixture
def ingested(tmp_path: Path) -> Iterator[Ingested]:
    """A store filled by reading text documents, as the ingest command does."""
    files = []
    for name, text in NOTICES.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        files.append(path)
    store = EmbeddedStore(tmp_path / "data")
    report = ingest_paths(store, files)
    assert report.ok and report.added == len(files)
    app = create_app(
        Settings(_env_file=None, api_keys=[{"name": AUTHOR, "key": KEY, "role": "editor"}]), store
    )  # type: ignore[call-arg]
    with live_server(app) as url:
        yield Ingested(url, store, files)
    store.close()


def named(store: EmbeddedStore, name: str, type_: EntityType) -> str:
    (found,) = [e.id for e in store.export().entities if e.name == name and e.type == type_]
    return found


ADDED_ITEM = '#evidence li.relation[data-source="{}"][data-target="{}"][data-type="{}"]'


def test_a_relation_added_by_hand_survives_a_reingest(
    watched: Watched, ingested: Ingested, artifacts: Path
) -> None:
    store = ingested.store
    page = watched.page
    red_cross = named(store, "Röda Korset", EntityType.ORGANISATION)
    effort = next(e for e in store.export().entities if e.type == EntityType.INITIATIVE)
    assert not store.relations(source=red_cross, target=effort.id)
    (source_doc,) = store.entity(red_cross).documents
    page.goto(ingested.url + "/")
    give_key(page)
    open_actor(page, "Röda Korset", red_cross, around(store, red_cross))
    page.click("#add-button")
    assert (
        page.locator("#add-intro").inner_text() == "Relationen går från ”Röda Korset” till aktören du väljer."
    )
    options = page.locator("#add-type option").all_inner_texts()
    assert options[1:] == [label[0].upper() + label[1:] for label in RELATION_LABELS_SV.values()]
    assert page.locator("#add-document option").evaluate_all("(os) => os.map((o) => o.value)") == [
        "",
        source_doc,
    ]
    # What is missing is said in Swedish, one thing at a time, and nothing is sent.
    page.click("#add-form button[type=submit]")
    assert page.locator("#add-error").inner_text() == "Välj vilken sorts relation det är."
    page.select_option("#add-type", RelationType.PARTICIPATES_IN.value)
    page.fill("#add-q", effort.name)
    page.press("#add-q", "Enter")
    assert page.locator(f'#add-results button[data-id="{red_cross}"]').count() == 0
    page.locator(f'#add-results button[data-id="{effort.id}"]').click()
    assert page.locator("#add-preview").inner_text() == (
        f"”Röda Korset” – {RELATION_LABELS_SV[RelationType.PARTICIPATES_IN]} – ”{effort.name}”"
    )
    page.click("#add-form button[type=submit]")
    assert page.locator("#add-error").inner_text() == "Skriv en anteckning om var uppgiften kommer ifrån."
    assert httpx.get(ingested.url + "/judgements").json() == []
    note = "Röda Korset bemannar insatsens kvällspass, enligt samordnarens möte i mars."
    page.fill("#add-note", note)
    assert page.locator("#add-error").is_hidden()
    page.select_option("#add-document", source_doc)
    page.screenshot(path=str(artifacts / "explorer-add-form.png"))
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#add-form", state="hidden")
    item = page.locator(ADDED_ITEM.format(red_cross, effort.id, RelationType.PARTICIPATES_IN.value))
    item.wait_for()
    assert note in item.locator(".quote").inner_text()
    assert item.locator(".badge").inner_text() == "Tillagd för hand"
    assert page.locator("#notice-text").inner_text().startswith("Tillagd: ”Röda Korset”")
    page.wait_for_function(MAP_SHOWS, arg=around(store, red_cross), timeout=60_000)
    assert effort.id in around(store, red_cross)
    log = httpx.get(ingested.url + "/judgements").json()
    assert [
        (j["kind"], j["source"], j["target"], j["relation_type"], j["reason"], j["document"]) for j in log
    ] == [
        (JudgementKind.ADD.value, red_cross, effort.id, RelationType.PARTICIPATES_IN.value, note, source_doc)
    ]
    page.screenshot(path=str(artifacts / "explorer-added.png"), full_page=True)
    # The same documents read again: the relation added by hand is still there after a reload.
    again = ingest_paths(store, ingested.files)
    assert again.ok and again.added + again.unchanged + again.replaced == len(ingested.files)
    page.reload()
    item.wait_for()
    assert note in item.locator(".quote").inner_text()
    (kept,) = store.relations(source=red_cross, target=effort.id, type_=RelationType.PARTICIPATES_IN)
    assert kept.properties.get("manual") is True
    watched.assert_clean()
