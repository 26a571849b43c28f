"""Maps at scale: generating the HTML, and how long the browser takes until the map is still.

    python -m benchmarks.maps            100, 1,000, 2,000, 3,000 and 5,000 actors
    python -m benchmarks.maps --quick    100 and 1,000 actors
    python -m benchmarks.maps --groups   5,000 actors drawn whole and grouped, side by side

For each size and layout (physics in the browser, positions from the server) it prints the
time to generate the page, its size, the time until Debian's headless chromium has
stabilised it (vis-network's 'stabilizationIterationsDone', or the first drawing when the
positions are fixed) and the time one redraw takes, which is what panning, zooming and
hovering cost. A size is usable when the map is still within USABLE_STABLE_S and a redraw
takes at most USABLE_REDRAW_MS (about ten frames a second). The largest usable size is
what graph.maps.MAX_MAP_NODES refuses above. No figure is asserted anywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graph.maps import MAX_MAP_NODES, SERVER_LAYOUT_ABOVE, render_map
from graph.model import Document, Entity, EntityType, Evidence, Graph, Relation, RelationType

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SIZES = (100, 300, 1000, 2000, 3000, 4000, 5000)
QUICK_SIZES = (100, 1000)
PHYSICS_UP_TO = 1000  # browser physics is not even tried above this
USABLE_STABLE_S = 10.0
USABLE_REDRAW_MS = 100.0
BROWSER_TIMEOUT_S = 120.0


def synthetic_graph(actors: int, seed: int = 1) -> Graph:
    """About 1.5 relations per actor, a few hubs and many small actors, as in the documents."""
    rng = random.Random(seed)
    types = list(EntityType)
    rel_types = list(RelationType)
    documents = [
        Document(
            id=f"doc-{i:04d}", title=f"Syntetiskt dokument {i}", date=dt.date(2020, 1, 1) + dt.timedelta(i)
        )
        for i in range(max(1, actors // 20))
    ]
    entities = [
        Entity(
            id=f"a{i:05d}",
            type=types[i % len(types)],
            name=f"Aktör {i}",
            documents=[documents[i % len(documents)].id],
        )
        for i in range(actors)
    ]
    pool = [0]
    relations: dict[tuple[str, str, str], Relation] = {}
    for i in range(1, actors):
        for _ in range(1 if rng.random() < 0.5 else 2):
            j = rng.choice(pool)
            if j == i:
                continue
            type_ = rng.choice(rel_types)
            doc = documents[rng.randrange(len(documents))].id
            text = f"Aktör {j} och aktör {i} nämns i samma mening."
            rel = Relation(
                source=entities[j].id,
                target=entities[i].id,
                type=type_,
                confidence=0.9,
                evidence=[Evidence(document=doc, start=0, end=len(text), text=text)],
            )
            relations.setdefault(rel.key, rel)
            pool.append(j)
        pool.append(i)
    return Graph(documents=documents, entities=entities, relations=list(relations.values()))


@dataclass
class Result:
    actors: int
    relations: int
    layout: str
    generate_s: float
    megabytes: float
    stable_s: float | None = None
    redraw_ms: float | None = None

    @property
    def usable(self) -> bool:
        return (
            self.stable_s is not None
            and self.stable_s <= USABLE_STABLE_S
            and self.redraw_ms is not None
            and self.redraw_ms <= USABLE_REDRAW_MS
        )


_REDRAW = """() => {
    const times = [];
    for (let i = 0; i < 7; i++) {
        const t = performance.now();
        network.redraw();
        times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[3];
}"""


def measure_browser(browser, path: Path, actors: int) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector(
            "body[data-map-state=stable]", state="attached", timeout=BROWSER_TIMEOUT_S * 1000
        )
        stable = time.perf_counter() - start
        drawn = page.evaluate("network.body.data.nodes.length")
        if drawn != actors:
            raise RuntimeError(f"{drawn} actors drawn, {actors} in the graph")
        return stable, float(page.evaluate(_REDRAW))
    except Exception as exc:  # a timeout is a figure too: not usable
        if "Timeout" not in type(exc).__name__:
            raise
        return None, None
    finally:
        page.close()


def run(sizes: tuple[int, ...], browser_too: bool = True) -> list[Result]:
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="samverkan-maps-") as tmp:
        pages: list[tuple[Result, Path]] = []
        for actors in sizes:
            graph = synthetic_graph(actors)
            for physics in (True, False) if actors <= PHYSICS_UP_TO else (False,):
                start = time.perf_counter()
                page = render_map(graph, "Benchmark", physics=physics, max_nodes=actors)
                elapsed = time.perf_counter() - start
                path = Path(tmp) / f"map-{actors}-{'physics' if physics else 'fixed'}.html"
                path.write_text(page, encoding="utf-8")
                result = Result(
                    actors=actors,
                    relations=len(graph.relations),
                    layout="fysik i webbläsaren" if physics else "fast från servern",
                    generate_s=elapsed,
                    megabytes=len(page.encode()) / 1e6,
                )
                results.append(result)
                pages.append((result, path))
                print(f"  genererade {actors} aktörer ({result.layout}) på {elapsed:.2f} s", file=sys.stderr)
        if browser_too and CHROMIUM.exists():
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                try:
                    for result, path in pages:
                        result.stable_s, result.redraw_ms = measure_browser(browser, path, result.actors)
                        print(f"  ritade {result.actors} aktörer ({result.layout})", file=sys.stderr)
                finally:
                    browser.close()
        elif browser_too:
            print(f"  {CHROMIUM} saknas: webbläsartiderna mäts inte", file=sys.stderr)
    return results


@dataclass
class Drawing:
    """One map drawn in the browser: until still, one redraw, and what was on the screen."""

    stable_s: float
    redraw_ms: float
    shown: int
    in_page_ms: int
    cpu_s: float  # the browser's processor time until still: what a quiet machine would wait


def _browser_cpu() -> float:
    """Processor time (user + system) of every chromium process this one started."""
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
            total += times.user + times.system
        except psutil.Error:
            continue
    return total


def draw_once(browser, path: Path) -> Drawing:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto("about:blank")
        cpu = _browser_cpu()
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector(
            "body[data-map-state=stable]", state="attached", timeout=BROWSER_TIMEOUT_S * 1000
        )
        stable = time.perf_counter() - start
        cpu = _browser_cpu() - cpu
        return Drawing(
            stable_s=stable,
            redraw_ms=float(page.evaluate(_REDRAW)),
            shown=int(page.evaluate("network.body.nodeIndices.length")),
            in_page_ms=int(page.evaluate("samverkanMap.stableAfterMs")),
            cpu_s=cpu,
        )
    finally:
        page.close()


def compare_groups(actors: int = 5000, repeats: int = 3) -> str:
    """The same map drawn whole (before) and grouped (after), alternately in one browser."""
    import os
    import statistics

    from playwright.sync_api import sync_playwright

    graph = synthetic_graph(actors)
    runs: dict[bool, list[Drawing]] = {False: [], True: []}
    with tempfile.TemporaryDirectory(prefix="samverkan-groups-") as tmp:
        paths = {}
        for grouped in (False, True):
            paths[grouped] = Path(tmp) / f"map-{actors}-{'grouped' if grouped else 'whole'}.html"
            paths[grouped].write_text(
                render_map(graph, "Benchmark", max_nodes=actors, grouped=grouped), encoding="utf-8"
            )
        load_before = os.getloadavg()[0]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            try:
                for _ in range(repeats):
                    for grouped in (False, True):
                        runs[grouped].append(draw_once(browser, paths[grouped]))
            finally:
                browser.close()
        load_after = os.getloadavg()[0]

    def median(grouped: bool, key: str) -> float:
        return statistics.median(getattr(d, key) for d in runs[grouped])

    lines = [
        f"{actors:,} aktörer, {len(graph.relations):,} relationer, median av {repeats}, "
        f"belastning {load_before:.1f} -> {load_after:.1f}",
        "| ritning | stilla i webbläsaren | varav i sidan | webbläsarens CPU-tid | en omritning | på skärmen |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for grouped, name in ((False, "hel (före)"), (True, "grupperad (efter)")):
        lines.append(
            f"| {name} | {median(grouped, 'stable_s'):.2f} s | {median(grouped, 'in_page_ms') / 1000:.2f} s "
            f"| {median(grouped, 'cpu_s'):.2f} s | {median(grouped, 'redraw_ms'):.0f} ms "
            f"| {median(grouped, 'shown'):,.0f} |"
        )
    return "\n".join(lines)


def _fmt(value: float | None, digits: int, unit: str) -> str:
    return f"> {BROWSER_TIMEOUT_S:.0f} s" if value is None else f"{value:.{digits}f} {unit}"


def table(results: list[Result]) -> str:
    header = "| aktörer | relationer | placering | generera | HTML | stilla i webbläsaren | en omritning | användbar |"
    lines = [header, "|---:|---:|---|---:|---:|---:|---:|---|"]
    for r in results:
        lines.append(
            f"| {r.actors:,} | {r.relations:,} | {r.layout} | {r.generate_s:.2f} s | {r.megabytes:.1f} MB "
            f"| {_fmt(r.stable_s, 1, 's')} | {_fmt(r.redraw_ms, 0, 'ms')} | {'ja' if r.usable else 'nej'} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.maps", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 actors only")
    parser.add_argument("--no-browser", action="store_true", help="generation times only")
    parser.add_argument("--groups", action="store_true", help="5,000 actors whole and grouped, side by side")
    parser.add_argument("--actors", type=int, default=5000, help="actors for --groups")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each drawing for --groups")
    args = parser.parse_args(argv)
    if args.groups:
        print(compare_groups(args.actors, args.repeats))
        return
    results = run(QUICK_SIZES if args.quick else SIZES, browser_too=not args.no_browser)
    print(table(results))
    usable = [r.actors for r in results if r.usable]
    print()
    print(
        f"Användbar: en omritning högst {USABLE_REDRAW_MS:.0f} ms och stilla inom {USABLE_STABLE_S:.0f} s "
        f"(headless chromium utan GPU). Störst användbar av de storlekar som mättes: "
        f"{max(usable):,} aktörer."
        if usable
        else "Ingen av de storlekar som mättes var användbar."
    )
    print(
        f"Inställt: fysik i webbläsaren upp till {SERVER_LAYOUT_ABOVE} aktörer, "
        f"kartor över {MAX_MAP_NODES:,} aktörer nekas (graph.maps)."
    )


if __name__ == "__main__":
    main()
