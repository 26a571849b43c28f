"""A synthetic Swedish corpus of any size, with the true graph of what it says.

    python -m benchmarks.corpus --docs 1000 --out /tmp/korpus [--seed 1]

writes ``/tmp/korpus/NNNNNN_<id>.txt`` (police press releases, municipal protocols, local
news and political posts) and ``/tmp/korpus/gold.json``: every actor named in the text and
every relation a sentence states, in the ONTOLOGY.md JSON, with the sentence's offsets as
evidence. ``loaders.evaluation.score`` compares an extraction with it.

The text comes from the sentence templates of ``benchmarks.corpus_templates`` filled with
facts from the gazetteers (municipalities, their districts and local police areas, agencies,
parties, criminal groups, media, first names): each document is set in one municipality,
which recurs with its police, bodies, persons and initiatives in other documents, the common
ones more often. Document ``i`` depends only on the seed and ``i``, so a larger corpus begins
with the smaller one, and the same seed gives the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import corpus_templates as tpl
from benchmarks.corpus_gold import GoldGraph
from benchmarks.corpus_writer import Actor, SyntheticDocument, Writer, genitive, lower_first
from graph.model import Document, DocumentKind, EntityType, slugify
from loaders.mentions.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

GOLD_FILE = "gold.json"
KINDS = {
    tpl.POLICE: DocumentKind.PRESS_RELEASE,
    tpl.PROTOCOL: DocumentKind.PROTOCOL,
    tpl.NEWS: DocumentKind.NEWS,
    tpl.POLITICAL: DocumentKind.POLITICAL,
}
GENRE_WEIGHTS = (3, 2, 3, 2)
AMOUNTS = [
    ("500 000 kronor", 500_000),
    ("750 000 kronor", 750_000),
    ("1,5 miljoner kronor", 1_500_000),
    ("2 miljoner kronor", 2_000_000),
    ("3 miljoner kronor", 3_000_000),
    ("10 miljoner kronor", 10_000_000),
]
_SHORT_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


@dataclass(frozen=True)
class Setting:
    """A municipality with its place, districts and local police area."""

    town: GazetteerEntry
    muni: GazetteerEntry
    lpo: GazetteerEntry
    po: GazetteerEntry
    districts: tuple[GazetteerEntry, ...]


def _actor(entry: GazetteerEntry, *surfaces: str) -> Actor:
    type_ = EntityType(entry.type)
    return Actor(
        id=f"{slugify(type_.value)}-{slugify(entry.name)}",
        type=type_,
        name=entry.name,
        surfaces=surfaces or (entry.name,),
        letter=entry.attribute("letter"),
    )


def _named(type_: EntityType, name: str, scope: str, *surfaces: str) -> Actor:
    """An actor whose name recurs in other municipalities (Socialnämnden): its id names the scope."""
    return Actor(f"{slugify(type_.value)}-{slugify(name)}-{slugify(scope)}", type_, name, surfaces or (name,))


class World:
    """The gazetteer facts the corpus draws on, in a fixed order."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.settings = self._settings()
        self.agencies = [_actor(gazetteer.lookup(n)[0]) for n in tpl.AGENCIES if gazetteer.lookup(n)]
        # Parties that stand in elections under a letter; an alliance of parties has none.
        self.parties = [_actor(e) for e in gazetteer.by_type("PoliticalParty") if e.attribute("letter")]
        self.gangs = [
            _actor(e, e.name, *[a for a in e.aliases if len(a) > 3 and "(" not in a][:1])
            for e in gazetteer.by_type("CriminalGroup")
            if not e.name.endswith("nätverket")
        ]
        self.media = [
            _actor(e)
            for e in gazetteer.by_type("Organisation")
            if e.attribute("kind") in {"newspaper", "tabloid", "broadcaster", "radio", "tv"}
        ]
        self.partners = [
            Actor(f"group-{slugify(g)}", EntityType.GROUP, g, (g,))
            for g in tpl.PARTNERS
            if gazetteer.is_group_noun(g)
        ]
        self.police = _actor(gazetteer.by_name("Polisen")[0], "polisen")
        ambiguous = gazetteer.ambiguous_first_names
        self.first_names = sorted(n for n in gazetteer.first_names if n not in ambiguous and len(n) > 2)

    def _settings(self) -> list[Setting]:
        gaz = self.gazetteer
        districts: dict[str, list[GazetteerEntry]] = {}
        for entry in gaz.by_type("Place"):
            muni = entry.attribute("municipality")
            if muni and "/" not in entry.name and entry.attribute("common_word") != "yes":
                districts.setdefault(muni, []).append(entry)
        out: dict[str, Setting] = {}
        for lpo in gaz.by_type("PoliceUnit"):
            if lpo.attribute("level") != "lokalpolisomrade":
                continue
            town_name = lpo.name.removeprefix("Lokalpolisområde ")
            towns = [e for e in gaz.by_name(town_name) if e.type == "Place" and e.attribute("code")]
            munis = [e for e in gaz.by_type("Municipality") if e.parent == town_name]
            po = gaz.parent_of(lpo)
            if towns and munis and po and len(districts.get(town_name, ())) >= 2 and town_name not in out:
                out[town_name] = Setting(towns[0], munis[0], lpo, po, tuple(districts[town_name]))
        return list(out.values())


@functools.cache
def world() -> World:
    return World(load_gazetteer())


class CorpusGenerator:
    """Document ``i`` of the corpus of a seed, with the part of the true graph it states."""

    def __init__(self, seed: int = 1) -> None:
        self.seed = seed
        self.world = world()
        order = list(self.world.settings)
        random.Random(f"{seed}:settings").shuffle(order)
        # A few municipalities write much, most a little (Zipf), as in a real collection.
        self.settings = order
        self.weights = [1 / (rank + 1) ** 0.7 for rank in range(len(order))]

    # -- actors of a municipality, the same in every document set there --------------

    def _person(self, rng: random.Random, scope: str) -> Actor:
        name = f"{rng.choice(self.world.first_names)} {rng.choice(tpl.SURNAMES)}"
        return _named(EntityType.PERSON, name, scope)

    @functools.cache  # noqa: B019
    def _municipal_person(self, town: str, key: str) -> Actor:
        return self._person(random.Random(f"{self.seed}:{town}:person:{key}"), f"{town} {key}")

    @functools.cache  # noqa: B019
    def _parties_of(self, town: str) -> tuple[Actor, Actor]:
        first, second = random.Random(f"{self.seed}:{town}:parties").sample(self.world.parties, 2)
        return first, second

    def _context(self, setting: Setting, rng: random.Random, index: int) -> dict[str, Any]:
        w = self.world
        town = setting.town.name
        gen = genitive(town)
        area, area2 = rng.sample(setting.districts, 2)
        lpo_surfaces = [lower_first(setting.lpo.name)] + [
            lower_first(a)
            for a in setting.lpo.aliases
            if a.lower().startswith(("lokalpolisen i ", "polisen i "))
        ]
        committee_name = rng.choice(tpl.COMMITTEES)
        party, party2 = self._parties_of(town)
        agency, agency2 = rng.sample(w.agencies, 2)
        partner, partner2 = rng.sample(w.partners, 2)
        club_area = rng.choice(setting.districts)
        model = (
            f"{town if town[-1] in 'aeiouyåäös' else town + 's'}modellen"
            if " " not in town
            else f"{gen} samverkansmodell"
        )
        actors: dict[str, Actor] = {
            "police": w.police,
            "lpo": _actor(setting.lpo, *lpo_surfaces),
            "po": _actor(setting.po),
            "muni": _actor(setting.muni),
            "town": _actor(setting.town),
            "area": _actor(area),
            "area2": _actor(area2),
            "board": _named(EntityType.MUNICIPAL_BODY, "Kommunstyrelsen", town, "kommunstyrelsen"),
            "committee": _named(EntityType.MUNICIPAL_BODY, committee_name, town, lower_first(committee_name)),
            "office": _named(EntityType.MUNICIPAL_BODY, rng.choice(tpl.OFFICES), town),
            "council": Actor(
                f"municipalbody-{slugify(gen)}-brottsforebyggande-rad",
                EntityType.MUNICIPAL_BODY,
                f"{gen} brottsförebyggande råd",
                (f"{gen} brottsförebyggande råd",),
            ),
            "agency": agency,
            "agency2": agency2,
            "party": party,
            "party2": party2,
            "gang": rng.choice(w.gangs),
            "media": rng.choice(w.media),
            "partner": partner,
            "partner2": partner2,
            "club": _named(EntityType.ORGANISATION, f"{genitive(club_area.name)} IF", town),
            "model": _named(EntityType.INITIATIVE, model, town),
            "pledges": _named(EntityType.INITIATIVE, f"{gen} medborgarlöften", town),
            "fund": _named(EntityType.INITIATIVE, f"{gen} trygghetsfond", town),
            "plan": _named(EntityType.INITIATIVE, f"{gen} trygghetsplan", town),
            "programme": _named(EntityType.INITIATIVE, f"{gen} avhopparprogram", town),
            "operation": _named(EntityType.INITIATIVE, f"Insats {rng.choice(tpl.OPERATION_WORDS)}", town),
            "local": _named(EntityType.INITIATIVE, f"Trygga {area.name}", town),
            "resident": self._person(rng, f"doc {index} resident"),
            "leader": self._person(rng, f"doc {index} leader"),
        }
        for key in ("chief", "commander", "officer", "mayor", "opposition", "coordinator"):
            actors[key] = self._municipal_person(town, key)
        actors["chair"] = self._municipal_person(town, f"chair {committee_name}")
        actors["author"] = actors[rng.choice(("mayor", "opposition"))]
        year = rng.randint(2012, 2023)
        amount, amount_sek = rng.choice(AMOUNTS)
        values = {
            "year": str(year),
            "year2": str(year + rng.randint(1, 3)),
            "amount": amount,
            "amount_sek": amount_sek,
            "month": rng.choice(tpl.MONTHS),
        }
        roles = {key: tpl.ROLES[key] for key in tpl.ROLES}
        roles["author"] = tpl.ROLES["mayor" if actors["author"] is actors["mayor"] else "opposition"]
        return {"actors": actors, "values": values, "roles": roles}

    # -- documents --------------------------------------------------------------------

    def document(self, index: int) -> SyntheticDocument:
        rng = random.Random(f"{self.seed}:doc:{index}")
        setting = rng.choices(self.settings, weights=self.weights)[0]
        genre = rng.choices(tpl.GENRES, weights=GENRE_WEIGHTS)[0]
        writer = Writer(self._context(setting, rng, index), rng)
        date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        title = writer.render(rng.choice(tpl.TITLES[genre]))
        ctx_actors = writer.ctx["actors"]

        if genre == tpl.PROTOCOL:
            writer.line("{muni}")
            writer.line("{committee:C}")
            writer.literal(date.isoformat())
            writer.blank()
            writer.literal("PROTOKOLL")
            writer.blank()
            writer.literal(f"§ {rng.randint(5, 120)} Ärende {rng.randint(1, 30)}: {title}")
        else:
            writer.literal(title)
            if genre == tpl.POLITICAL:
                writer.blank()
                weekday = tpl.WEEKDAYS[date.weekday()]
                writer.literal(f"{weekday} {date.day} {tpl.MONTHS[date.month - 1].upper()} {date.year}")
            else:
                writer.blank()
                stamp = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
                writer.literal(f"Publicerad {stamp}, {date.day} {_SHORT_MONTHS[date.month - 1]} {date.year}")
        writer.blank()
        writer.body(genre)
        if genre == tpl.POLICE:
            writer.line("Pressmeddelande från {lpo}")
        elif genre == tpl.PROTOCOL:
            writer.line("Justerare: {chair:party}")
        elif genre == tpl.POLITICAL:
            writer.line("{author:party}, {author:role}")
            writer.blank()
            writer.literal("Lämna ett svar")
        text = writer.text()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        doc = Document(
            id=digest[:16],
            title=title,
            date=date,
            path=f"{index:06d}_{digest[:16]}.txt",
            kind=KINDS[genre],
            content_hash=digest,
        )
        return SyntheticDocument(
            index=index,
            genre=genre,
            text=text,
            document=doc,
            actors={a.id: a for a in ctx_actors.values() if a.id in writer.mentions},
            surfaces=writer.surfaces,
            mentions=writer.mentions,
            relations=writer.relations,
        )

    def documents(self, count: int) -> Iterator[SyntheticDocument]:
        for index in range(count):
            yield self.document(index)


@dataclass
class CorpusSummary:
    documents: int
    bytes: int
    entities: int
    relations: int
    seconds: float
    paths: list[Path]
    gold: Path


def build(docs: int, *, seed: int = 1) -> tuple[list[SyntheticDocument], GoldGraph]:
    """The documents and their true graph, in memory."""
    generator = CorpusGenerator(seed)
    gold = GoldGraph()
    documents = []
    for doc in generator.documents(docs):
        gold.add(doc)
        documents.append(doc)
    return documents, gold


def write_corpus(out: Path, docs: int, *, seed: int = 1) -> CorpusSummary:
    """Write ``docs`` documents and gold.json into ``out`` (created if missing)."""
    start = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    generator = CorpusGenerator(seed)
    gold = GoldGraph()
    paths: list[Path] = []
    size = 0
    for doc in generator.documents(docs):
        data = doc.text.encode("utf-8")
        path = out / doc.name
        path.write_bytes(data)
        paths.append(path)
        size += len(data)
        gold.add(doc)
    gold_path = out / GOLD_FILE
    with gold_path.open("w", encoding="utf-8") as handle:
        json.dump(gold.to_json_dict(), handle, ensure_ascii=False, indent=1 if docs <= 1000 else None)
        handle.write("\n")
    return CorpusSummary(
        documents=docs,
        bytes=size,
        entities=len(gold.entities),
        relations=len(gold.relations),
        seconds=time.perf_counter() - start,
        paths=paths,
        gold=gold_path,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (100 to 100 000)")
    parser.add_argument(
        "--out", type=Path, required=True, help="folder to write the documents and gold.json into"
    )
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same corpus")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    summary = write_corpus(args.out, args.docs, seed=args.seed)
    print(
        f"{summary.documents:,} documents ({summary.bytes / 1e6:.1f} MB), {summary.entities:,} actors, "
        f"{summary.relations:,} relations in {summary.seconds:.1f} s -> {args.out}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
