"""Entity resolution over one document: what each candidate names, in the document's context.

- The document's municipality is the one it speaks of most (its organisation counts more than
  its places; a district counts for its municipality). ``kommunen`` is the municipality named
  last before it in the same paragraph, else that one (``staden`` likewise);
  ``lokalpolisen`` its local police area, ``fullmäktige`` its council, and municipal bodies
  without a place (``socialnämnden``) are named ``Socialnämnden i X`` so that two
  municipalities' bodies stay two actors.
- ``polisen i X`` is the local police area when X is a municipality, else ``Polisen i X``.
- Referring expressions join what they refer to or are dropped: ``MC-gänget`` the MC club
  named in the document, ``de kriminella nätverken`` the unnamed group named before, ``centrum``
  the town centre named before, ``planen`` / ``insatsen`` the plan or measure of the document.
- Initiatives with the same head noun are one actor when they share their compound or their
  ``mot ...`` complement; its name is the fullest indefinite form (``strategisk handlingsplan mot
  organiserad brottslighet``), qualified by the place it is tied to (``avhopparverksamhet i X``).
- A person named in full may later be called by first name or surname alone.
- An abbreviation given in brackets or between commas after a name (``Xs brottsförebyggande råd
  (Xbrå)``) becomes an alias, and its later uses name the same actor.
- Unnamed groups (``fastighetsägare``) are actors where the text works with them (a
  collaboration sentence, a list beside a named actor) or keeps speaking of them (three
  mentions or more); those who do the work (``fältassistenter``) and collectives of partners
  (``myndigheter``, ``krogar``) also wherever a mention names them as a collective of their own
  (``loaders.mentions.unnamed_groups``). The people an initiative is for (``barn``,
  ``invånare``: ``loaders/data/population_nouns.txt``) are not actors by a single mention.
- A name a cue introduced once (``projektet Nästa steg Dalarna``) names the same initiative
  where it comes back.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict

from graph.model import EntityType
from loaders.language.words import is_finite_verb, is_lemma
from loaders.mentions.body_places import municipality_named_with
from loaders.mentions.candidates import Candidate, Scan
from loaders.mentions.gazetteer import GazetteerEntry, read_list
from loaders.mentions.initiative_cores import short_name
from loaders.mentions.initiative_places import placed_apart
from loaders.mentions.initiatives import HEADS
from loaders.mentions.lexicon import Lexicon
from loaders.mentions.places import genitive
from loaders.mentions.unnamed_clubs import unnamed_club
from loaders.mentions.unnamed_groups import stands_alone

__all__ = ["COLLABORATION", "resolve"]

#: Collaboration cues: a sentence with one makes its unnamed groups partners.
COLLABORATION = re.compile(
    r"\b(?:samverka[nrt]?|samverkans|samverkat|samarbet[ae]\w*|tillsammans\s+med|i\s+samråd\s+med|"
    r"partner\w*|samordna\w*\s+med)\b",
    re.IGNORECASE,
)
_CONTINUES_LIST = re.compile(
    r"^(?:–\s*|-\s*)?(?:Det\s+gäller|Det\s+handlar\s+om|Till\s+exempel|Bland\s+annat|Exempelvis|Framför\s+allt|"
    r"Inte\s+minst|Även|Dessutom)\b"
)
_GROUP_MIN_COUNT = 3
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_POLICE_IN_PLACE = re.compile(
    r"[Pp]olisen[ \t]+(?:i|på)[ \t]+(?P<place>[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*)?)\Z"
)
_WORDISH = re.compile(r"[\w-]")
_ABBREVIATION = re.compile(
    r"[ \t]*(?:\([ \t]*(?P<a>[A-ZÅÄÖ][\wåäö]{1,9})[ \t]*\)|,[ \t]*(?P<b>[A-ZÅÄÖ][\wåäö]{1,9})[ \t]*,)"
)
_ORG_TYPES = frozenset(
    [
        EntityType.AGENCY,
        EntityType.MUNICIPAL_BODY,
        EntityType.POLICE_UNIT,
        EntityType.ORGANISATION,
        EntityType.MUNICIPALITY,
        EntityType.INITIATIVE,
        EntityType.CRIMINAL_GROUP,
    ]
)


@functools.cache
def _municipality_by_place(lexicon: Lexicon) -> dict[str, GazetteerEntry]:
    """Place name -> its municipality (organisation entry)."""
    out: dict[str, GazetteerEntry] = {}
    for entry in lexicon.gazetteer.by_type("Municipality"):
        if entry.parent and entry.attribute("code"):
            out[entry.parent] = entry
    return out


@functools.cache
def _lpo_by_place(lexicon: Lexicon) -> dict[str, str]:
    """Municipality place name -> the local police area named after it."""
    out: dict[str, str] = {}
    for entry in lexicon.gazetteer.by_type("PoliceUnit"):
        if entry.attribute("level") != "lokalpolisomrade":
            continue
        for surface in entry.surfaces:
            for prefix in ("Lokalpolisen i ", "Polisen i ", "Lokalpolisområde "):
                if surface.startswith(prefix):
                    out.setdefault(surface.removeprefix(prefix), entry.name)
    return out


@functools.cache
def _region_by_county(lexicon: Lexicon) -> dict[str, str]:
    return {
        county: entry.name
        for entry in lexicon.gazetteer.by_type("Municipality")
        if entry.attribute("region") and (county := entry.attribute("county"))
    }


def _place_entry(lexicon: Lexicon, name: str) -> GazetteerEntry | None:
    for entry in lexicon.gazetteer.by_name(name):
        if entry.type == "Place":
            return entry
    return None


class _Document:
    def __init__(self, cands: list[Candidate], scan: Scan, lexicon: Lexicon) -> None:
        self.scan = scan
        self.lexicon = lexicon
        self.municipality, self.place = self._municipality(cands)
        # municipalities named in full ("Timrå kommun", "Trollhättans stad"), in text order
        self._named = sorted(
            (c.start, c.canonical, c.text)
            for c in cands
            if c.type == EntityType.MUNICIPALITY
            and c.canonical
            and not c.generic
            and any(e.attribute("code") for e in lexicon.gazetteer.by_name(c.canonical))
        )
        self._named_starts = [start for start, _, _ in self._named]
        # towns named as places, with their municipalities, in text order
        by_place = _municipality_by_place(lexicon)
        self._towns = sorted(
            (c.start, by_place[c.canonical].name)
            for c in cands
            if c.type == EntityType.PLACE and c.canonical in by_place
        )
        # local police areas the text names in full ("Lokalpolisområde Mellersta Skåne"), in text order
        self._named_lpos = sorted(
            (c.start, c.canonical)
            for c in cands
            if c.type == EntityType.POLICE_UNIT
            and c.canonical
            and c.canonical.startswith("Lokalpolisområde ")
        )

    def town_just_before(self, offset: int) -> str | None:
        """The municipality of a town named earlier in the sentence of ``offset``, after any municipality
        named in full: 'Partiet i Orsa vill att kommunen ...' speaks of Orsa kommun."""
        sentence = self.scan.sentence_of(offset)
        if sentence < 0:
            return None
        opening = self.scan.sentences[sentence].start
        towns = [(start, name) for start, name in self._towns if opening <= start < offset]
        if not towns:
            return None
        start, name = towns[-1]
        named = [s for s in self._named_starts if s < offset]
        return name if not named or named[-1] < start else None

    def named_lpo(self, offset: int) -> str | None:
        """The local police area named last before ``offset``, else the first named after it: what
        'lokalpolisområdet' refers to in a text that names its area."""
        before = [name for start, name in self._named_lpos if start < offset]
        if before:
            return before[-1]
        return self._named_lpos[0][1] if self._named_lpos else None

    def _municipality(self, cands: list[Candidate]) -> tuple[GazetteerEntry | None, str | None]:
        by_place = _municipality_by_place(self.lexicon)
        scores: Counter[str] = Counter()
        first: dict[str, int] = {}

        def vote(place: str | None, weight: int, pos: int) -> None:
            if place and place in by_place:
                scores[place] += weight
                first.setdefault(place, pos)

        for c in cands:
            if c.data.get("municipality_place"):
                vote(c.data["municipality_place"], 2, c.start)
                continue
            if c.canonical is None:
                continue
            if c.type == EntityType.MUNICIPALITY:
                for entry in self.lexicon.gazetteer.by_name(c.canonical):
                    if entry.type == "Municipality":
                        vote(entry.parent, 3, c.start)
            elif c.type == EntityType.PLACE:
                entry = _place_entry(self.lexicon, c.canonical)
                if entry is not None:
                    vote(
                        entry.name if entry.attribute("code") else entry.attribute("municipality"), 1, c.start
                    )
            elif c.type == EntityType.POLICE_UNIT and c.data.get("place"):
                vote(c.data["place"], 1, c.start)
        if not scores:
            return None, None
        place = max(scores, key=lambda p: (scores[p], -first[p]))
        return by_place[place], place

    def municipality_before(self, offset: int, *, city: bool = False) -> str | None:
        """The municipality named last before ``offset`` in the same paragraph: in a text about
        several, ``kommunen`` is the one just spoken of (``staden`` one named a ``stad``)."""
        i = bisect.bisect_left(self._named_starts, offset) - 1
        if i < 0:
            return None
        start, name, surface = self._named[i]
        if _PARAGRAPH_BREAK.search(self.scan.text, start, offset):
            return None
        if city and not (name.endswith(" stad") or surface.lower().endswith(" stad")):
            return None
        return name

    def region(self) -> str | None:
        """The region of the document's county (Region Gotland for Gotland)."""
        county = self.municipality.attribute("county") if self.municipality else None
        return _region_by_county(self.lexicon).get(county) if county else None

    def county_board(self) -> str | None:
        county = self.municipality.attribute("county") if self.municipality else None
        if not county:
            return None
        for entry in self.lexicon.gazetteer.lookup(f"Länsstyrelsen i {county}"):
            if entry.type == "Agency":
                return entry.name
        return None

    def lpo(self, place: str) -> str:
        return _lpo_by_place(self.lexicon).get(place, f"Lokalpolisområde {place}")

    def is_municipality_place(self, name: str) -> str | None:
        by_place = _municipality_by_place(self.lexicon)
        if name in by_place:
            return name
        if name.endswith("s") and name[:-1] in by_place:
            return name[:-1]
        return None


def resolve(cands: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """The candidates that name an actor, each with its canonical name, in text order."""
    doc = _Document(cands, scan, lexicon)
    cands = sorted(cands, key=lambda c: c.start)
    places_at: dict[int, Candidate] = {}
    kept: list[Candidate] = []

    # Places first: town centres referred back to, then the places others are tied to.
    last_centre: Candidate | None = None
    centres = [c for c in cands if c.data.get("centre")]
    for c in cands:
        if c.type != EntityType.PLACE:
            continue
        if c.data.get("centre"):
            last_centre = c
        if c.ref == "centre":
            target = last_centre or (centres[0] if centres else None)
            if target is None:
                c.canonical = None
                continue
            c.canonical = target.canonical
        places_at[c.start] = c

    municipalities_at = {
        c.start: entry.parent
        for c in cands
        if c.type == EntityType.MUNICIPALITY and c.canonical
        for entry in lexicon.gazetteer.by_name(c.canonical)[:1]
        if entry.parent
    }

    def place_at(offset: str | None) -> str | None:
        """The place named at ``offset``: a place, or the place of a municipality ("i X kommun")."""
        if offset is None:
            return None
        found = places_at.get(int(offset))
        return found.canonical if found else municipalities_at.get(int(offset))

    has_police = any(
        c.type == EntityType.POLICE_UNIT
        and c.rule not in ("police_team", "police_function_unit")
        and (c.canonical or c.ref)
        for c in cands
    )
    # Sentences where an organisation acts: an unplaced criminal group named there is one it faces.
    acting = {c.sentence for c in cands if c.type in _ORGANISATION_TYPES and (c.canonical or c.ref)}
    last_mc: Candidate | None = None
    mcs = [c for c in cands if c.type == EntityType.CRIMINAL_GROUP and c.canonical and _is_mc(c)]
    last_generic: Candidate | None = None
    for c in cands:
        if c.type == EntityType.PLACE:
            if c.canonical:
                kept.append(c)
            continue
        if c.ref == "initiative" or c.type == EntityType.INITIATIVE:
            kept.append(c)  # resolved below, by family
            continue
        ok = _resolve_one(c, doc, place_at, has_police)
        if ok and c.data.get("unplaced") and c.sentence not in acting:
            ok = False  # "kriminella gäng är ett problem i hela landet": gangs in general, no actor
        if c.type == EntityType.CRIMINAL_GROUP:
            if c.ref == "criminal_mc":
                target = last_mc or (mcs[0] if mcs else None)
                ok = target is not None
                if target is not None:
                    c.canonical = target.canonical
                elif c.data.get("phrase"):
                    ok = unnamed_club(c, place_at(c.data.get("place_at")), c.sentence in acting)
            elif c.ref == "criminal_back":
                anchored = place_at(c.data.get("place_at"))
                if last_generic is not None:
                    c.canonical = last_generic.canonical
                    c.head = last_generic.head
                elif anchored is not None:
                    # "de kriminella nätverken i X" with nothing before: named by its place
                    c.canonical = f"{c.data['phrase']} i {anchored}"
                    c.ref = "criminal_generic"
                elif c.sentence in acting:
                    c.canonical = c.data["phrase"]  # "polisen grep flera i gänget": the gang it faces
                    c.ref = "criminal_generic"
                ok = c.canonical is not None
            if ok and c.canonical and _is_mc(c):
                last_mc = c
            if ok and c.generic and c.ref == "criminal_generic":
                last_generic = c
        if ok and c.canonical:
            kept.append(c)

    kept.extend(_places_in_police_names(kept, scan, lexicon))
    kept = _resolve_initiatives(kept, doc, place_at)
    kept = _filter_groups(kept, scan, lexicon)
    kept.extend(_person_references(kept, scan))
    kept = _repeated_names(kept, scan, lexicon)
    kept.extend(_abbreviations(kept, scan, lexicon))
    kept.sort(key=lambda c: (c.start, -c.end))
    return kept


_ORGANISATION_TYPES = frozenset(
    {
        EntityType.POLICE_UNIT,
        EntityType.MUNICIPALITY,
        EntityType.MUNICIPAL_BODY,
        EntityType.AGENCY,
        EntityType.ORGANISATION,
        EntityType.POLITICAL_PARTY,
    }
)


def _is_mc(c: Candidate) -> bool:
    return c.data.get("kind") == "mc" or bool(c.canonical and c.canonical.endswith(" MC"))


def _resolve_one(c: Candidate, doc: _Document, place_at, has_police: bool) -> bool:
    """Fill in ``c.canonical`` from the document; False when the candidate names no actor."""
    muni, place = doc.municipality, doc.place
    if c.ref == "municipality":
        nearest = doc.town_just_before(c.start) or doc.municipality_before(c.start)
        if nearest is None and muni is None:
            return False
        c.canonical = nearest or muni.name
    elif c.ref == "region":
        region = doc.region()
        if region is None:
            return False
        c.canonical = region
    elif c.ref == "city":
        nearest = doc.municipality_before(c.start, city=True)
        if nearest is None and (muni is None or not muni.name.endswith(" stad")):
            return False
        c.canonical = nearest or muni.name
    elif c.ref == "county_board":
        # without a county the text places, the county board is named by its kind
        c.canonical = doc.county_board() or "Länsstyrelsen"
    elif c.ref == "lpo":
        named = doc.named_lpo(c.start)
        if named is not None:
            c.canonical = named  # 'lokalpolisområdet' after 'Lokalpolisområde Mellersta Skåne'
            return True
        if place is None:
            return False
        c.canonical = doc.lpo(place)
        c.data["place"] = place
    elif c.ref == "police_in":
        named = c.data["place"]
        prep = c.data["prep"]
        known = [
            e
            for form in (f"Polisen {prep} {named}", f"Lokalpolisområde {named}", f"Polisområde {named}")
            for e in doc.lexicon.gazetteer.lookup(form)
            if e.type == "PoliceUnit"
        ]
        muni_place = doc.is_municipality_place(named)
        if known:
            c.canonical = known[0].name
        elif muni_place is not None:
            c.canonical = doc.lpo(muni_place)
            c.data["place"] = muni_place
        elif c.data.get("local") and place is not None:
            c.canonical = doc.lpo(place)
        else:
            c.canonical = f"Polisen {prep} {named}"
    elif c.ref == "council":
        if muni is None:
            return False
        c.canonical = "Regionfullmäktige" if muni.attribute("region") else "Kommunfullmäktige"
    elif c.ref == "crime_council":
        if place is None:
            return False
        c.canonical = f"{genitive(place)} {c.data['kind']} råd"
        c.data["municipality_place"] = place
    elif c.ref == "criminal_generic":
        anchored = place_at(c.data.get("place_at"))
        if anchored is None:
            if c.data.get("general"):
                return False
            c.canonical = c.data["phrase"]  # "polisen arbetar mot kriminella nätverk": an actor, unplaced
            c.data["unplaced"] = "yes"
            return True
        c.canonical = f"{c.data['phrase']} i {anchored}"
    elif c.ref in ("criminal_mc", "criminal_back"):
        return True  # resolved in document order by the caller
    if c.data.get("needs_police") and not has_police:
        return False
    if c.data.get("qualify") and c.canonical:
        # the municipality named with the body ('Hofors kommuns socialtjänst'), else the document's
        where = municipality_named_with(doc.scan.text, c.start, c.end, doc.lexicon) or place
        if where is not None and where not in c.canonical:
            c.canonical = f"{c.canonical} i {where}"
    return c.canonical is not None


def _places_in_police_names(kept: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """'Polisen på Södertörn' names a police unit and, inside it, a place: both are read."""
    out: list[Candidate] = []
    for c in kept:
        m = _POLICE_IN_PLACE.search(c.text) if c.type == EntityType.POLICE_UNIT else None
        if m is None:
            continue
        named = m.group("place")
        start = c.start + m.start("place")
        entry = next((e for e in lexicon.gazetteer.lookup(named) if e.type == "Place"), None)
        if entry is None and lexicon.gazetteer.lookup(named):
            continue  # "polisen i region Syd": a unit, no place
        out.append(
            Candidate(
                start,
                start + len(named),
                named,
                EntityType.PLACE,
                entry.name if entry else named,
                "place_in_name",
                sentence=c.sentence,
            )
        )
    return out


# --------------------------------------------------------------------------- initiatives


def _resolve_initiatives(kept: list[Candidate], doc: _Document, place_at) -> list[Candidate]:
    others = [c for c in kept if not (c.ref == "initiative" or c.type == EntityType.INITIATIVE)]
    inits = [c for c in kept if c.ref == "initiative" or c.type == EntityType.INITIATIVE]
    named_free = [c for c in inits if c.canonical and not c.head]  # "Unga för orten", "Operation X"
    by_head: dict[str, list[Candidate]] = defaultdict(list)
    for c in inits:
        if c.head:
            by_head[c.head].append(c)
    out = others + named_free
    for head, members in by_head.items():
        for family in _families(members, lambda c: place_at(c.data.get("place_at"))):
            named = [c for c in family if c.canonical and c.rule != "initiative"]
            tied = any(place_at(c.data.get("place_at")) for c in family)  # "insatsen i Tensta"
            if not named and not tied and not any(c.data.get("qualified") for c in family):
                continue
            name = named[0].canonical if named else _family_name(head, family, doc, place_at)
            for c in family:
                c.canonical = name
                c.head = head
            out.extend(family)
    return out


def _families(members: list[Candidate], place_of=lambda c: None) -> list[list[Candidate]]:
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    by_key: dict[str, int] = {}
    by_complement: dict[str, int] = {}
    for i, c in enumerate(members):
        if c.key:
            if c.key in by_key:
                union(i, by_key[c.key])
            by_key.setdefault(c.key, i)
        complement = c.data.get("complement")
        if complement:
            if complement in by_complement:
                union(i, by_complement[complement])
            by_complement.setdefault(complement, i)
    # A phrase with a complement of its own ("arbetet mot X", "samarbete kring Y") is one initiative
    # however its head is compounded; a bare head ("arbetet") refers back to one of them.
    keyed = [i for i, c in enumerate(members) if c.key or c.data.get("complement")]
    bare = [i for i, c in enumerate(members) if not (c.key or c.data.get("complement"))]
    keyed, bare = placed_apart(members, keyed, bare, place_of, union)
    roots = {find(i) for i in keyed}
    for i in bare:
        if len(roots) == 1:
            union(i, next(iter(roots)))
        elif keyed:
            before = [k for k in keyed if members[k].start < members[i].start]
            union(i, before[-1] if before else keyed[0])
        elif bare:
            union(i, bare[0])
    groups: dict[int, list[Candidate]] = defaultdict(list)
    for i, c in enumerate(members):
        groups[find(i)].append(c)
    return list(groups.values())


def _family_name(head: str, family: list[Candidate], doc: _Document, place_at) -> str:
    """The name of an initiative: its fullest indefinite form, tied to its place or owner.

    An initiative of the document's municipality is named with the municipality in the genitive
    ("Botkyrkas trygghetsfond"), so that two municipalities' funds stay two actors; a national or
    regional one, or one tied to a place ("avhopparverksamhet i Umeå"), is not.
    """
    owner = next((c.data["owner"] for c in family if c.data.get("owner")), None)
    owned = any(c.data.get("owner_ref") for c in family) or head == "medborgarlöfte"
    if owner is None and doc.place is not None and owned:
        owner = genitive(doc.place)
    if head == "medborgarlöfte":
        return f"{owner} medborgarlöften" if owner else "medborgarlöften"

    def score(c: Candidate) -> tuple[int, int, int]:
        qualifiers = len(c.data.get("adjectives", "").split()) + bool(c.key) + bool(c.data.get("complement"))
        return (not c.data.get("definite"), qualifiers, -c.start)

    best = max(family, key=score)
    if best.data.get("definite") and best.data.get("phrase") and not best.data.get("owner"):
        # "det förebyggande arbetet" and no indefinite form: the phrase as written names it
        phrase = best.data["phrase"]
        phrase = phrase[0].lower() + phrase[1:] if phrase[1:2].islower() else phrase
        place = next((p for c in family if (p := place_at(c.data.get("place_at")))), None)
        return f"{phrase} i {place}" if place else phrase
    adjectives = best.data.get("adjectives", "").split() if not best.data.get("definite") else []
    complement = [best.data["complement"]] if best.data.get("complement") else []
    base = (best.key or HEADS[head]) + best.data.get("plural", "")
    place = next((p for c in family if (p := place_at(c.data.get("place_at")))), None)
    if (
        owner is None
        and place is None
        and doc.place is not None
        and not _NATIONAL & set(adjectives)
        and head not in _OPERATIONS
    ):
        owner = genitive(doc.place)
    if owner is not None:
        # after a genitive the adjective takes its definite form: "Botkyrkas strategiska plan"
        return " ".join([owner, *(_definite_adjective(a) for a in adjectives), base, *complement])
    name = " ".join([*adjectives, base, *complement])
    return f"{name} i {place}" if place else name


# Operations of the police and its partners: no municipality's own ("gemensam kontroll").
_OPERATIONS = frozenset(["kontroll", "händelse", "insats"])
_NATIONAL = frozenset(
    [
        "nationell",
        "nationellt",
        "nationella",
        "regional",
        "regionalt",
        "regionala",
        "statlig",
        "statligt",
        "statliga",
        "europeisk",
        "europeiskt",
        "europeiska",
    ]
)


def _definite_adjective(word: str) -> str:
    """The definite (weak) form of an adjective: strategisk -> strategiska, riktad -> riktade."""
    if word in ("och", "samt"):  # "brottsförebyggande och trygghetsskapande"
        return word
    if word.endswith(("a", "e")):
        return word
    if word.endswith("ad"):
        return word + "e"
    if word.endswith("samt"):
        return word[:-1] + "ma"
    if word.endswith("sam"):
        return word + "ma"
    if word.endswith("tt"):
        return word[:-2] + "a" if word.endswith("ellt") else word[:-1] + "a"
    if word.endswith("t") and not word.endswith(("st", "xt")):
        stem = word[:-1]
        if word.endswith("at") and not is_lemma(word):  # riktat -> riktade (but privat -> privata)
            return stem + "de"
        if is_lemma(stem + "d"):  # särskilt -> särskilda
            return stem + "da"
        if is_lemma(stem):  # strategiskt -> strategiska, lokalt -> lokala
            return stem + "a"
        return word + "a"  # förstärkt -> förstärkta
    return word + "a"


# --------------------------------------------------------------------------- groups, persons, abbreviations


def _filter_groups(kept: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """Unnamed groups that are actors: partners (a collaboration sentence, or listed beside a named
    actor), those the text keeps speaking of, and those who do the work (``fältassistenter``,
    ``trygghetsvärdar``) or are collectives of partners (``myndigheter``) where they act (the
    subject of a verb) or a mention names them as a collective of their own. The people an initiative is for (``barn``, ``invånare``) are not
    actors by a single mention outside a partnership."""
    kept = _without_titles(kept, scan.text)
    groups = [c for c in kept if c.type == EntityType.GROUP]
    if not groups:
        return kept
    counts = Counter(c.canonical for c in groups)
    collaborative: dict[int, bool] = {}

    def in_collaboration(sentence: int) -> bool:
        if sentence not in collaborative:
            text = scan.sentences[sentence].text if sentence >= 0 else ""
            ok = bool(COLLABORATION.search(text))
            if not ok and sentence > 0 and _CONTINUES_LIST.match(text):
                ok = bool(COLLABORATION.search(scan.sentences[sentence - 1].text))
            collaborative[sentence] = ok
        return collaborative[sentence]

    # Named organisations a group may be listed with; not persons: "X Y, forskare och polis" is a role.
    actors = sorted(
        (
            c
            for c in kept
            if c.type not in (EntityType.GROUP, EntityType.PLACE, EntityType.INITIATIVE, EntityType.PERSON)
        ),
        key=lambda c: c.start,
    )
    named = {k.start: k.end for k in kept}  # where each candidate starts: its end
    persons = [k for k in kept if k.type == EntityType.PERSON]
    by_sentence: dict[int, list[Candidate]] = defaultdict(list)
    for a in actors:
        by_sentence[a.sentence].append(a)
    accepted: set[str | None] = set()
    for c in groups:
        if c.canonical in accepted:
            continue
        partner = in_collaboration(c.sentence) or _listed_with_actor(c, by_sentence[c.sentence], scan.text)
        worker = c.canonical not in _people()  # collectives of partners ('myndigheter') work too
        if (
            partner
            or counts[c.canonical] >= _GROUP_MIN_COUNT
            or (worker and (_acts(c, scan, named) or stands_alone(c, scan.text, persons)))
        ):
            accepted.add(c.canonical)
    accepted |= _partner_lists(groups, _people(), scan.text)
    # A partner listed beside an accepted one is a partner too ("brottsofferjourer, kvinnojourer,
    # fastighetsägare och näringslivet"); not the people a measure is for.
    for _ in range(len(groups)):
        listed = [c for c in groups if c.canonical in accepted]
        grown = {
            c.canonical
            for c in groups
            if c.canonical not in accepted
            and c.canonical not in _people()
            and _listed_with_actor(c, [o for o in listed if o.sentence == c.sentence], scan.text)
        }
        if not grown:
            break
        accepted |= grown
    accepted -= _audience()
    return [c for c in kept if c.type != EntityType.GROUP or c.canonical in accepted]


def _without_titles(kept: list[Candidate], text: str) -> list[Candidate]:
    """Without the group nouns that are a person's title right before the name ('Skatteverkets
    utredare Eva Ek', 'socialsekreterare Anna Berg'): one person, no group."""
    persons = {c.start for c in kept if c.type == EntityType.PERSON}
    out = []
    for c in kept:
        if c.type == EntityType.GROUP and c.end < len(text) and text[c.end] == " " and c.end + 1 in persons:
            continue
        out.append(c)
    return out


# Between two members of a list: ", ", " och ", ", samt ".
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*|[ \t]+)(?:(?:och|samt|eller)[ \t]+)?\Z|[ \t]*,[ \t]*\Z")
# Determiners and numbers that may stand between a verb and its subject ("patrullerar flera väktare").
_DETERMINERS = frozenset(
    ["flera", "två", "tre", "fyra", "fem", "alla", "några", "många", "fler", "våra", "kommunens", "stadens", "de",
     "nya", "extra", "även", "också", "nu", "ofta"]
)  # fmt: skip
# Adverbs between a subject and its verb ("fältassistenterna har också träffat").
_ADVERBS = frozenset(
    ["också", "även", "nu", "redan", "ofta", "då", "sedan", "numera", "alltid", "fortfarande"]
)
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+\Z")
_ATTRIBUTE_PREPOSITIONS = frozenset(["från", "i", "på", "vid", "inom", "hos"])
_MODALS = frozenset(
    ["kan", "kunde", "skulle", "bör", "borde", "måste", "får", "fick", "vill", "ville", "behöver"]
)
_FIRST_WORD = re.compile(r"\W*(\w+)")
# Words that open a clause with an adverbial, so that the subject follows the verb.
_ADVERBIAL_OPENERS = frozenset(
    ["i", "under", "efter", "på", "vid", "sedan", "nu", "här", "där", "idag", "igår", "varje", "då", "ibland",
     "dessutom", "även", "också", "framför", "numera", "samtidigt", "tidigare", "senare",
     "inom", "runt", "kring", "utanför", "hittills", "snart", "ofta", "dagligen"]
)  # fmt: skip


@functools.cache
@functools.cache
def _audience() -> frozenset[str]:
    """Group nouns for the young people crime prevention is for: never actors (``unga``)."""
    return frozenset(w.casefold() for w in read_list("audience_nouns.txt"))


@functools.cache
def _people() -> frozenset[str]:
    """Group nouns for the people a measure is for (``barn``, ``invånare``), not partner collectives."""
    return frozenset(w.casefold() for w in read_list("population_nouns.txt"))


def _partner_lists(groups: list[Candidate], population: frozenset[str], text: str) -> set[str | None]:
    """Groups in a list of three or more partners ("brottsofferjourer, kvinnojourer, fastighetsägare
    och idrottsrörelsen"): such a list names those who take part; the people a measure is for
    (population nouns) are left to the other rules."""
    out: set[str | None] = set()
    chain: list[Candidate] = []
    for c in sorted(groups, key=lambda c: c.start):
        prev = chain[-1] if chain else None
        if (
            prev is not None
            and prev.sentence == c.sentence
            and c.start - prev.end <= 8
            and _LIST_GAP.fullmatch(text, prev.end, c.start)
        ):
            chain.append(c)
        else:
            chain = [c]
        partners = [m for m in chain if m.canonical not in population]
        if len(partners) >= 3:
            out.update(m.canonical for m in partners)
    return out


def _listed_with_actor(c: Candidate, actors: list[Candidate], text: str) -> bool:
    """Whether the group stands in a list beside a named actor of its sentence ("polisen,
    fältassistenter och X")."""
    for other in actors:
        if (
            other.end <= c.start
            and c.start - other.end <= 8
            and _LIST_GAP.fullmatch(text, other.end, c.start)
        ):
            return True
        if (
            c.end <= other.start
            and other.start - c.end <= 8
            and _LIST_GAP.fullmatch(text, c.end, other.start)
        ):
            return True
    return False


def _acts(c: Candidate, scan: Scan, named: dict[int, int]) -> bool:
    """Whether a group is the subject of a verb: before it ("Trygghetsvärdarna patrullerar",
    "fältassistenter har också träffat") or after it in an inverted clause ("I helgen patrullerade
    väktare"), or the agent of a passive ("drivs av fältassistenter")."""
    text = scan.text
    sentence = scan.sentences[c.sentence] if c.sentence >= 0 else None
    if sentence is None:
        return False
    # Forward to the verb over adverbs, a coordinated subject ("väktare och trygghetsvärdar") and
    # a short attribute ("trygghetsvärdar från Gavlegårdarna", "fältassistenter i Sätra").
    pos = c.end
    attribute = 0
    for _ in range(8):
        m = _NEXT_WORD.match(text, pos, sentence.end)
        if m is None:
            break
        word = m.group(1).lower()
        if word in _MODALS:
            return False  # "bolag kan ansöka": what they may do, not what they do
        if is_finite_verb(word):
            return True
        if m.start(1) in named:
            pos = named[m.start(1)]  # another group or a name
        elif word in _ADVERBS or word == "och":
            pos = m.end()
        elif word in _ATTRIBUTE_PREPOSITIONS and attribute == 0:
            attribute = 1
            pos = m.end()
        else:
            break
    before = _PREVIOUS_WORD.search(text, max(sentence.start, c.start - 30), c.start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in _DETERMINERS:
        before = _PREVIOUS_WORD.search(text, max(sentence.start, before.start() - 30), before.start())
        if before is None:
            return False
        word = before.group(1).lower()
    verb_start = before.start(1)
    if word == "av":  # the agent of a passive: "drivs av fritidsledare"
        prior = _PREVIOUS_WORD.search(text, max(sentence.start, verb_start - 30), verb_start)
        return prior is not None and prior.group(1).endswith("s") and is_finite_verb(prior.group(1).lower())
    if not is_finite_verb(word):
        return False
    # An inverted clause opens with an adverbial ("I helgen patrullerade väktare", "Nu finns
    # kuratorer"); after a subject the group is the object ("Skolan anställer kuratorer").
    opening = _FIRST_WORD.match(text, sentence.start, verb_start)
    return opening is not None and opening.group(1).lower() in _ADVERBIAL_OPENERS


def _person_references(kept: list[Candidate], scan: Scan) -> list[Candidate]:
    """First names and surnames alone that refer to a person named in full in the document."""
    persons = {c.canonical for c in kept if c.type == EntityType.PERSON and c.canonical}
    if not persons:
        return []
    # "Anna Bergs" and "Anna Berg" are one person.
    for c in kept:
        if (
            c.type == EntityType.PERSON
            and c.canonical
            and c.canonical.endswith("s")
            and c.canonical[:-1] in persons
        ):
            c.canonical = c.canonical[:-1]
    parts: dict[str, set[str]] = defaultdict(set)
    for name in persons:
        words = name.split()
        if len(words) >= 2:
            parts[words[0]].add(name)
            parts[words[-1]].add(name)
    refs = {part: next(iter(names)) for part, names in parts.items() if len(names) == 1 and len(part) >= 2}
    if not refs:
        return []
    taken = _occupied(kept, len(scan.text))
    out: list[Candidate] = []
    for start, word in scan.capital_words:
        base = word if word in refs else word[:-1] if word.endswith("s") and word[:-1] in refs else None
        end = start + len(word)
        if base is None or scan.is_masked(start, end) or any(taken[start:end]):
            continue
        out.append(
            Candidate(
                start,
                end,
                word,
                EntityType.PERSON,
                refs[base],
                "person_reference",
                sentence=scan.sentence_of(start),
            )
        )
    return out


def _repeated_names(kept: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """Later uses of a name that a cue introduced once ("projektet Nästa steg Dalarna" ... "Nästa
    steg Dalarna"), or of its short name ("Operation Vinterljus i Ås" ... "Vinterljus",
    ``loaders.mentions.initiative_cores``); the shorter names read inside a later use ("Dalarna")
    give way to it."""
    names = {c.canonical: c for c in kept if c.rule == "initiative_name" and c.canonical}
    for c in kept:
        if c.rule in ("initiative_name", "operation") and c.canonical:
            core = short_name(c.canonical, lexicon)
            if core is not None:
                names.setdefault(core, c)
    if not names:
        return kept
    starts = sorted((c.start, c.end) for c in kept)
    taken = _occupied(kept, len(scan.text))
    out: list[Candidate] = []
    inside: set[tuple[int, int]] = set()
    text = scan.text
    found: list[tuple[int, int, str]] = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if not (pos > 0 and _WORDISH.match(text, pos - 1)) and not _WORDISH.match(text, end):
                found.append((pos, -end, name))
            pos = text.find(name, pos + 1)
    found.sort()  # leftmost first, then longest
    last_end = -1
    for start, neg_end, name in found:
        end = -neg_end
        if start < last_end:
            continue
        last_end = end
        if any(taken[start:end]):
            overlapping = [(s, e) for s, e in starts if s < end and e > start]
            if any(s < start or e > end for s, e in overlapping):
                continue  # a longer name runs across it
            if any(s == start and e == end for s, e in overlapping):
                continue  # the name itself, or read as the same span already
            inside.update(overlapping)
        source = names[name]
        out.append(
            Candidate(
                start,
                end,
                name,
                source.type,
                source.canonical,
                "repeated_name",
                sentence=scan.sentence_of(start),
            )
        )
    return [c for c in kept if (c.start, c.end) not in inside] + out


def _occupied(kept: list[Candidate], length: int) -> bytearray:
    taken = bytearray(length + 1)
    for c in kept:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return taken


def _abbreviations(kept: list[Candidate], scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    text = scan.text
    found: dict[str, Candidate] = {}
    for c in kept:
        if c.type not in _ORG_TYPES or not c.canonical:
            continue
        m = _ABBREVIATION.match(text, c.end)
        if not m:
            continue
        abbr = m.group("a") or m.group("b")
        if (
            abbr[0].lower() != c.canonical[0].lower()
            or abbr.lower() in c.canonical.lower()
            or lexicon.gazetteer.lookup(abbr)
            or abbr in lexicon.gazetteer.first_names
        ):
            continue
        found.setdefault(abbr, c)
    if not found:
        return []
    taken = _occupied(kept, len(text))
    out: list[Candidate] = []
    for start, word in scan.capital_words:
        source = found.get(word) or (found.get(word[:-1]) if word.endswith("s") else None)
        end = start + len(word)
        if source is None or any(taken[start:end]):
            continue
        out.append(
            Candidate(
                start,
                end,
                word,
                source.type,
                source.canonical,
                "abbreviation",
                sentence=scan.sentence_of(start),
            )
        )
    return out
