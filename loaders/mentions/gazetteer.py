"""Gazetteers of public facts: municipalities, regions, police units, agencies, parties, places,
criminal groups, media, first names and group nouns.

The facts live as UTF-8 data files in ``loaders/data/`` (one ``# source:`` line, optionally one
``# note:`` line, a TSV header, then rows; the ``.txt`` lists have one item a line: first names,
group nouns, population nouns, and place names that are also common words). This module
parses them into frozen :class:`GazetteerEntry` records and offers one :class:`Gazetteer` that the
extraction code can query: exact look-up by name or alias, by type, party by letter, and every
surface form for building a fast matcher.

Standard library only.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "SHORT_SURFACE_MAX",
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerError",
    "load_gazetteer",
    "normalize_surface",
    "read_list",
    "read_table",
]

#: Surfaces of at most this many characters (party letters, "SiS", "Brå", "Ale") match case-sensitively.
SHORT_SURFACE_MAX = 3

_DATA_PACKAGE = "loaders"
_DATA_DIR = "data"

MUNICIPALITY = "Municipality"
PLACE = "Place"
POLICE_UNIT = "PoliceUnit"
AGENCY = "Agency"
POLITICAL_PARTY = "PoliticalParty"
CRIMINAL_GROUP = "CriminalGroup"
ORGANISATION = "Organisation"
INITIATIVE = "Initiative"

POLICE_ROOT = "Polisen"


class GazetteerError(ValueError):
    """A data file is malformed (missing source line, wrong column count, unknown reference)."""


@dataclass(frozen=True)
class GazetteerEntry:
    """One known actor or place."""

    name: str  # canonical Swedish name, most complete form
    type: str  # ONTOLOGY.md entity type
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # canonical name of the containing unit or place
    attributes: tuple[tuple[str, str], ...] = ()

    def attribute(self, key: str, default: str | None = None) -> str | None:
        """The value of attribute ``key``, or ``default``."""
        for k, v in self.attributes:
            if k == key:
                return v
        return default

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The name followed by the aliases."""
        return (self.name, *self.aliases)


# --------------------------------------------------------------------------- parsing


@functools.lru_cache(maxsize=65536)
def normalize_surface(text: str) -> str:
    """NFC, typographic dashes and apostrophes made plain, whitespace collapsed and trimmed."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-").replace("\u2019", "'")
    return " ".join(text.split())


def _read_text(filename: str) -> str:
    return (resources.files(_DATA_PACKAGE) / _DATA_DIR / filename).read_text(encoding="utf-8")


def _content_lines(filename: str, text: str) -> Iterator[tuple[int, str]]:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# source:"):
        raise GazetteerError(f"{filename}: the first line must be a '# source:' comment")
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, line


def read_table(filename: str) -> list[dict[str, str]]:
    """Rows of a TSV data file as dicts keyed by the header; missing trailing fields are ''."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for number, line in _content_lines(filename, _read_text(filename)):
        fields = [normalize_surface(f) for f in line.split("\t")]
        if header is None:
            header = fields
            continue
        if len(fields) > len(header):
            raise GazetteerError(f"{filename}:{number}: {len(fields)} fields, header has {len(header)}")
        fields += [""] * (len(header) - len(fields))
        rows.append(dict(zip(header, fields, strict=True)))
    if header is None:
        raise GazetteerError(f"{filename}: no header line")
    return rows


def read_list(filename: str) -> list[str]:
    """Items of a one-item-a-line data file (comment lines skipped)."""
    return [normalize_surface(line) for _, line in _content_lines(filename, _read_text(filename))]


def _note(filename: str) -> str:
    lines = _read_text(filename).splitlines()
    if len(lines) > 1 and lines[1].startswith("# note:"):
        return lines[1].removeprefix("# note:").strip()
    return ""


def _split_aliases(value: str) -> list[str]:
    return [a for a in (normalize_surface(p) for p in value.split("|")) if a]


def _dedupe_aliases(name: str, aliases: Iterable[str], *, keep_case: bool = False) -> tuple[str, ...]:
    """Aliases in order, without the name itself or repeats (case-insensitively for long forms).

    With ``keep_case`` a form that differs from another in case only stays: a data file lists
    "Röda korset" beside "Röda Korset" because the text may capitalise only the first word.
    """
    key_of = normalize_surface if keep_case else _index_key
    seen = {key_of(name)}
    out: list[str] = []
    for alias in aliases:
        key = key_of(alias)
        if key in seen:
            continue
        seen.add(key)
        out.append(alias)
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def _index_key(surface: str) -> str:
    surface = normalize_surface(surface)
    return surface if len(surface) <= SHORT_SURFACE_MAX else surface.casefold()


def _genitive(place: str) -> str:
    """Swedish genitive of a place name: Salem -> Salems, Huddinge -> Huddinge, Borås -> Borås."""
    last = place[-1].lower()
    return place if last in "aeiouyåäösxz" else place + "s"


# --------------------------------------------------------------------------- builders


def _municipality_entries() -> tuple[list[GazetteerEntry], dict[str, GazetteerEntry]]:
    """Counties (Place), municipalities as places (Place) and as organisations (Municipality)."""
    counties: dict[str, None] = {}
    entries: list[GazetteerEntry] = []
    orgs: dict[str, GazetteerEntry] = {}
    for row in read_table("municipalities.tsv"):
        code, place, org, county = row["code"], row["name"], row["org_name"], row["county"]
        counties.setdefault(county)
        attrs = (("code", code), ("county", county))
        place_aliases = []
        if "-" in place:
            place_aliases.append(place.replace("-", " "))
        if place == "Malung-Sälen":
            place_aliases.append("Malung")
        entries.append(GazetteerEntry(place, PLACE, _dedupe_aliases(place, place_aliases), county, attrs))
        gen = _genitive(place)
        # "Gävle stad" and "Gävles stad" name the municipality too, whatever it calls itself.
        org_aliases = [f"{gen} kommun", f"{place} kommun", f"{gen} stad", f"{place} stad"]
        if place[-1].lower() not in "sxz":  # 'Örebros kommun': an -s genitive writers use after a vowel too
            org_aliases += [f"{place}s kommun", f"{place}s stad"]
        if "-" in place:
            org_aliases += [a.replace("-", " ") for a in (org, *org_aliases)]
        entry = GazetteerEntry(org, MUNICIPALITY, _dedupe_aliases(org, org_aliases), place, attrs)
        orgs[org] = entry
    county_entries = [GazetteerEntry(c, PLACE, (), None, (("kind", "län"),)) for c in counties]
    return county_entries + entries + list(orgs.values()), orgs


def _region_entries(orgs: dict[str, GazetteerEntry]) -> list[GazetteerEntry]:
    """Regions as Municipality; Region Gotland merges into the municipality entry of the same name."""
    out: list[GazetteerEntry] = []
    for row in read_table("regions.tsv"):
        name, county = row["name"], row["county"]
        aliases = _split_aliases(row["aliases"])
        if name in orgs:
            old = orgs[name]
            merged = GazetteerEntry(
                old.name,
                old.type,
                _dedupe_aliases(old.name, [*old.aliases, *aliases]),
                old.parent,
                (*old.attributes, ("region", "yes")),
            )
            orgs[name] = merged
            continue
        attrs = (("county", county), ("region", "yes"))
        out.append(GazetteerEntry(name, MUNICIPALITY, _dedupe_aliases(name, aliases), county, attrs))
    return out


def _police_entries() -> list[GazetteerEntry]:
    out = []
    for row in read_table("police.tsv"):
        name = row["name"]
        out.append(
            GazetteerEntry(
                name,
                POLICE_UNIT,
                _dedupe_aliases(name, _split_aliases(row["aliases"])),
                row["parent"] or None,
                (("level", row["level"]), *((("counties", row["counties"]),) if row.get("counties") else ())),
            )
        )
    return out


def _simple_entries(
    filename: str, type_: str, attribute_columns: tuple[str, ...] = ()
) -> list[GazetteerEntry]:
    out = []
    for row in read_table(filename):
        name = row["name"]
        attrs = tuple((col, row[col]) for col in attribute_columns if row.get(col))
        out.append(
            GazetteerEntry(
                name,
                type_,
                _dedupe_aliases(name, _split_aliases(row.get("aliases", "")), keep_case=True),
                row.get("parent") or None,
                attrs,
            )
        )
    return out


def _county_board_aliases(entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """Every usual form of a county board's name: 'Länsstyrelsen i Dalarnas län' is also
    'Länsstyrelsen Dalarna', 'Länsstyrelsen i Dalarna', 'Länsstyrelsen Dalarnas län' and
    'Dalarnas länsstyrelse'."""
    out = []
    for entry in entries:
        county = entry.name.removeprefix("Länsstyrelsen i ")
        if county == entry.name or not county.endswith(" län"):
            out.append(entry)
            continue
        gen = county.removesuffix(" län")  # "Dalarnas", "Skåne", "Västra Götalands"
        base = gen[:-1] if gen.endswith("s") and gen not in ("Kalmar",) else gen
        forms = [f"Länsstyrelsen {base}", f"Länsstyrelsen i {base}", f"Länsstyrelsen {county}"]
        forms += [f"{gen} länsstyrelse", f"{county}s länsstyrelse"]
        aliases = _dedupe_aliases(entry.name, [*entry.aliases, *forms])
        out.append(GazetteerEntry(entry.name, entry.type, aliases, entry.parent, entry.attributes))
    return out


def _party_entries() -> list[GazetteerEntry]:
    out = []
    for row in read_table("parties.tsv"):
        name, letter = row["name"], row["letter"]
        aliases = [*([letter] if letter else []), *_split_aliases(row["aliases"])]
        out.append(
            GazetteerEntry(
                name,
                POLITICAL_PARTY,
                _dedupe_aliases(name, aliases, keep_case=True),
                None,
                (("letter", letter),),
            )
        )
    return out


def _district_entries() -> list[GazetteerEntry]:
    out = []
    for row in read_table("districts.tsv"):
        name, muni = row["name"], row["municipality"]
        attrs: list[tuple[str, str]] = [("municipality", muni)]
        if row["police_list"]:
            attrs.append(("police_list", row["police_list"]))
        aliases = _split_aliases(row.get("aliases", ""))
        out.append(GazetteerEntry(name, PLACE, _dedupe_aliases(name, aliases), muni, tuple(attrs)))
    return out


# --------------------------------------------------------------------------- the gazetteer


class Gazetteer:
    """Every known entry, indexed by surface form.

    ``lookup`` matches a whole surface exactly against names and aliases: case-insensitively for
    surfaces longer than :data:`SHORT_SURFACE_MAX` characters, case-sensitively for shorter ones
    (party letters ``S``, ``KD``; abbreviations ``SiS``, ``Brå``; short places ``Ale``, ``Åre``).
    """

    def __init__(
        self,
        entries: Iterable[GazetteerEntry],
        first_names: Iterable[str] = (),
        group_nouns: Iterable[str] = (),
        ambiguous_first_names: Iterable[str] = (),
        common_words: Iterable[str] = (),
        population_nouns: Iterable[str] = (),
    ) -> None:
        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self.first_names: frozenset[str] = frozenset(first_names)
        #: first names that are also common words ("Bo", "Per", "Hans", "Inga"): accept only before a surname
        self.ambiguous_first_names: frozenset[str] = frozenset(ambiguous_first_names)
        self.group_nouns: frozenset[str] = frozenset(g.casefold() for g in group_nouns)
        #: place names that are also common words ("Lund", "Mark", "Handen"): match only capitalised
        self.common_words: frozenset[str] = frozenset(common_words)
        #: group nouns for the people an initiative is for ("barn", "invånare"): partners only where the text says so
        self.population_nouns: frozenset[str] = frozenset(p.casefold() for p in population_nouns)
        self._surfaces: dict[str, list[GazetteerEntry]] = {}
        self._index: dict[str, list[GazetteerEntry]] = {}
        self._exact: dict[str, list[GazetteerEntry]] = {}
        self._by_type: dict[str, list[GazetteerEntry]] = {}
        self._by_name: dict[str, list[GazetteerEntry]] = {}
        self._letters: dict[str, GazetteerEntry] = {}
        self._children: dict[tuple[str, str], list[GazetteerEntry]] = {}
        for entry in self.entries:
            self._by_type.setdefault(entry.type, []).append(entry)
            self._by_name.setdefault(entry.name, []).append(entry)
            if entry.parent:
                self._children.setdefault((entry.type, entry.parent), []).append(entry)
            letter = entry.attribute("letter")
            if entry.type == POLITICAL_PARTY and letter:
                self._letters[letter] = entry
            for surface in entry.surfaces:
                _add(self._surfaces, surface, entry)
                _add(self._index, _index_key(surface), entry)
                _add(self._exact, surface, entry)

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, surface: str, *, case_sensitive: bool = False) -> list[GazetteerEntry]:
        """Entries whose name or an alias equals ``surface`` (see the class doc for case rules)."""
        surface = normalize_surface(surface)
        if not surface:
            return []
        if case_sensitive:
            return list(self._exact.get(surface, ()))
        return list(self._index.get(_index_key(surface), ()))

    def by_type(self, type: str) -> list[GazetteerEntry]:
        """All entries of one ONTOLOGY type, in file order."""
        return list(self._by_type.get(type, ()))

    def children(self, type: str, parent: str) -> list[GazetteerEntry]:
        """The entries of one type whose parent is named ``parent``, in file order."""
        return list(self._children.get((type, parent), ()))

    def by_name(self, name: str) -> list[GazetteerEntry]:
        """Entries whose canonical name is exactly ``name``."""
        return list(self._by_name.get(name, ()))

    def party_by_letter(self, letter: str) -> GazetteerEntry | None:
        """The Riksdag party with this letter (``S``, ``M``, ``SD``, ``C``, ``V``, ``KD``, ``L``, ``MP``)."""
        return self._letters.get(letter.strip().upper())

    def parent_of(self, entry: GazetteerEntry) -> GazetteerEntry | None:
        """The entry named by ``entry.parent``, preferring the same type (a district's municipality Place)."""
        if not entry.parent:
            return None
        candidates = self._by_name.get(entry.parent, [])
        for candidate in candidates:
            if candidate.type == entry.type:
                return candidate
        return candidates[0] if candidates else None

    def is_first_name(self, token: str) -> bool:
        return token in self.first_names

    def is_group_noun(self, word: str) -> bool:
        return word.casefold() in self.group_nouns

    def surfaces(self) -> dict[str, list[GazetteerEntry]]:
        """Every name and alias, as stored, mapped to its entries (for building a fast matcher)."""
        return {surface: list(entries) for surface, entries in self._surfaces.items()}


def _add(index: dict[str, list[GazetteerEntry]], key: str, entry: GazetteerEntry) -> None:
    bucket = index.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)


def _ambiguous_names(note: str) -> list[str]:
    if ":" not in note:
        return []
    return [n for n in (normalize_surface(p) for p in note.rsplit(":", 1)[1].split(",")) if n]


def _flag_common_words(entries: list[GazetteerEntry], common_words: frozenset[str]) -> list[GazetteerEntry]:
    """Places whose name is also a common word get the attribute ``("common_word", "yes")``."""
    out = []
    for entry in entries:
        if entry.type == PLACE and entry.name in common_words:
            entry = GazetteerEntry(
                entry.name,
                entry.type,
                entry.aliases,
                entry.parent,
                (*entry.attributes, ("common_word", "yes")),
            )
        out.append(entry)
    return out


def build_entries() -> list[GazetteerEntry]:
    """Every entry from the data files, in a stable order."""
    municipal, orgs = _municipality_entries()
    regions = _region_entries(orgs)
    # _region_entries may have replaced entries in ``orgs`` (Region Gotland): take the current ones
    municipal = [orgs.get(e.name, e) if e.type == MUNICIPALITY else e for e in municipal]
    entries = [
        *municipal,
        *regions,
        *_police_entries(),
        *_county_board_aliases(_simple_entries("agencies.tsv", AGENCY)),
        *_party_entries(),
        *_district_entries(),
        *_simple_entries("areas.tsv", PLACE, ("kind",)),
        *_simple_entries("criminal_groups.tsv", CRIMINAL_GROUP, ("kind",)),
        *_simple_entries("media.tsv", ORGANISATION, ("kind",)),
        *_simple_entries("organisations.tsv", ORGANISATION, ("kind",)),
        *_simple_entries("initiatives.tsv", INITIATIVE, ("kind",)),
    ]
    return _flag_common_words(entries, frozenset(read_list("common_words.txt")))


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer built from ``loaders/data`` (parsed once per process)."""
    first_names = read_list("first_names.txt")
    # Collectives of organisations are group nouns that, like the people an initiative is for,
    # are actors only as partners.
    partners = read_list("partner_nouns.txt")
    return Gazetteer(
        build_entries(),
        first_names=first_names,
        group_nouns=[*read_list("group_nouns.txt"), *partners],
        ambiguous_first_names=_ambiguous_names(_note("first_names.txt")),
        common_words=read_list("common_words.txt"),
        population_nouns=[*read_list("population_nouns.txt"), *partners],
    )
