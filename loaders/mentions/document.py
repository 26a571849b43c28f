"""Mentions of actors in a document: where a name stands, what type it has, what it resolves to.

``find_document_mentions`` reads a whole document: the gazetteer (by token n-grams, see
loaders.mentions.lexicon), Swedish word-formation rules for organisations (loaders.mentions.organisations),
persons (loaders.mentions.persons), initiatives (loaders.mentions.initiatives, with the names texts give them
in loaders.mentions.initiative_names), criminal groups (loaders.mentions.groups) and places (loaders.mentions.places)
propose candidates (loaders.language.words tells ordinary words from names); overlaps go to the longest
candidate; loaders.mentions.resolution then names each one in the document's context (``kommunen`` ->
``Huddinge kommun``). Personal data (phone numbers, e-mail addresses, personnummer) and web
addresses are never read as names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import EntityType
from loaders.language.text import Sentence, split_sentences
from loaders.mentions.acting_towns import find_acting_towns
from loaders.mentions.agreements import find_agreements
from loaders.mentions.candidates import Candidate, Scan
from loaders.mentions.common_actors import find_common_actors
from loaders.mentions.council_bodies import find_council_bodies
from loaders.mentions.county_boards import find_county_board_lists
from loaders.mentions.credits import find_credits
from loaders.mentions.foreign_bodies import find_foreign_bodies
from loaders.mentions.groups import find_criminal_groups
from loaders.mentions.initiatives import find_initiatives, without_swallowed_actors
from loaders.mentions.investigations import find_investigations
from loaders.mentions.lexicon import Lexicon, load_lexicon
from loaders.mentions.local_chapters import find_local_chapters
from loaders.mentions.local_councils import local_council_references
from loaders.mentions.measures import find_measures
from loaders.mentions.municipal_units import find_municipal_units
from loaders.mentions.municipality_lists import find_municipality_lists
from loaders.mentions.named_appositions import find_named_appositions
from loaders.mentions.named_gangs import find_named_gangs
from loaders.mentions.office_places import municipalities_of_offices
from loaders.mentions.organisation_cues import find_cued_organisations, find_named_associations
from loaders.mentions.organisations import find_organisations
from loaders.mentions.party_lists import find_party_lists
from loaders.mentions.persons import find_first_names_alone, find_persons
from loaders.mentions.places import find_places
from loaders.mentions.police_regions import police_region_references
from loaders.mentions.police_unit_lists import find_police_unit_lists
from loaders.mentions.police_units import find_police_units
from loaders.mentions.resolution import resolve
from loaders.mentions.state_powers import find_state_powers
from loaders.mentions.town_centres import centres_of_the_town

__all__ = ["Mention", "find_document_mentions", "find_mentions"]


@dataclass(frozen=True)
class Mention:
    start: int  # absolute offsets into the document text
    end: int
    text: str
    type: EntityType
    canonical: str  # the name the mention resolves to; entity id = entity_id(type, canonical)
    generic: bool = False  # an unnamed group ("fastighetsägare", "kriminella nätverk i X")
    head: str | None = None  # head noun of a generic group or an initiative ("nätverk", "plan")
    role: str | None = None  # a person's role stated beside the name ("kommunalråd")
    rule: str = ""  # the rule that found it, for tracing
    aliases: tuple[str, ...] = ()  # other surface forms of the name (an item line with and without its verb)


# When several gazetteer entries share a surface, the more specific type is read.
_TYPE_ORDER = {
    "PoliceUnit": 0,
    "Agency": 1,
    "Municipality": 2,
    "MunicipalBody": 3,
    "PoliticalParty": 4,
    "CriminalGroup": 5,
    "Organisation": 6,
    "Initiative": 7,
    "Place": 8,
}
_WORDISH = re.compile(r"[\w-]")
_PREVIOUS_WORD = re.compile(r"(\w+)[ \t]+\Z")
_EXAMPLE_BEFORE = re.compile(
    r"(?:exempelvis|till[ \t]+exempel|t\.[ \t]?ex\.?|såsom|i[ \t]+form[ \t]+av)[^.;:!?\n]{0,60}\Z",
    re.IGNORECASE,
)
_PLACE_PREPOSITIONS = frozenset(["i", "på", "från", "till", "vid", "mot", "utanför", "kring", "runt", "nära"])


def _entity_type(name: str) -> EntityType:
    return _ENTITY_TYPES[name]


_ENTITY_TYPES = {t.value: t for t in EntityType}


def _gazetteer_candidates(scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """Known names (gazetteer) and group nouns, read at each word that may start one."""
    out: list[Candidate] = []
    text = scan.text
    hits = [(i, word) for i, word in scan.capital_words]
    for m in lexicon.lower_start.finditer(text):
        i = m.start()
        if i == 0 or not _WORDISH.match(text, i - 1):
            hits.append((i, m.group()))
    trie = lexicon.trie
    for pos, word in hits:
        if word.casefold() not in trie:
            continue
        entries, end, lemma, g_end = scan.known_at(lexicon, pos)
        start = pos
        if entries:
            entry = (
                entries[0] if len(entries) == 1 else min(entries, key=lambda e: _TYPE_ORDER.get(e.type, 9))
            )
            ok = not scan.is_masked(start, end)
            if ok and entry.type == "Initiative" and entry.name[:1].islower():
                # "till exempel trygghetsvandringar": a kind of measure named as an example, no actor's own
                ok = not _EXAMPLE_BEFORE.search(text, max(0, start - 80), start)
            if ok and entry.attribute("common_word"):
                # "Mark", "Handen", "Dalen": a place only after a place preposition.
                before = _PREVIOUS_WORD.search(text, max(0, start - 20), start)
                ok = before is not None and before.group(1).lower() in _PLACE_PREPOSITIONS
            if ok:
                out.append(
                    Candidate(
                        start,
                        end,
                        text[start:end],
                        _entity_type(entry.type),
                        entry.name,
                        "gazetteer",
                        priority=3,
                        data={"kind": entry.attribute("kind") or ""},
                    )
                )
        # A capitalised group noun in mid-sentence is part of a name ("Unga för orten").
        if lemma is not None and (not word[0].isupper() or scan.is_sentence_initial(start)):
            out.append(
                Candidate(
                    start,
                    g_end,
                    text[start:g_end],
                    EntityType.GROUP,
                    lemma,
                    "group_noun",
                    generic=True,
                    head=lemma,
                )
            )
    return out


def _select(cands: list[Candidate], length: int) -> list[Candidate]:
    """Non-overlapping candidates: the longest first, then the higher priority, then the earlier."""
    taken = bytearray(length + 1)
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.length, -c.priority, c.start)):
        if c.end <= c.start or any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return chosen


def find_candidates(scan: Scan, lexicon: Lexicon) -> list[Candidate]:
    """Every rule's candidates, overlaps settled, each tied to its sentence."""
    cands = _gazetteer_candidates(scan, lexicon)
    for finder in (
        find_organisations,
        find_party_lists,
        find_cued_organisations,
        find_named_associations,
        find_named_appositions,
        find_police_units,
        find_police_unit_lists,
        find_municipal_units,
        find_persons,
        find_first_names_alone,
        find_credits,
        find_initiatives,
        find_measures,
        find_investigations,
        find_agreements,
        find_criminal_groups,
        find_named_gangs,
        find_places,
        find_municipality_lists,
        find_acting_towns,
        find_county_board_lists,
        find_foreign_bodies,
        find_common_actors,
        find_council_bodies,
        find_local_chapters,
        find_state_powers,
    ):
        cands.extend(finder(scan, lexicon))
    cands = [c for c in cands if not scan.is_masked(c.start, c.end)]
    chosen = _select(without_swallowed_actors(cands), len(scan.text))
    for c in chosen:
        c.sentence = scan.sentence_of(c.start)
    # Candidates that run across a sentence boundary are no names.
    return [c for c in chosen if c.sentence >= 0 and c.end <= scan.sentences[c.sentence].end]


def find_document_mentions(
    text: str,
    sentences: list[Sentence] | None = None,
    *,
    personal_data: list[tuple[int, int, str]] | None = None,
) -> list[Mention]:
    """Every resolved mention in the document, in text order.

    ``personal_data`` are the spans ``loaders.reading.privacy.find_personal_data`` found in ``text``,
    when the caller has them already.
    """
    if sentences is None:
        sentences = split_sentences(text)
    lexicon = load_lexicon()
    scan = Scan(text, sentences, personal_data)
    resolved = resolve(police_region_references(find_candidates(scan, lexicon)), scan, lexicon)
    resolved = local_council_references(resolved, scan)
    resolved = centres_of_the_town(municipalities_of_offices(resolved, scan, lexicon), scan, lexicon)
    return [
        Mention(
            start=c.start,
            end=c.end,
            text=c.text,
            type=c.type,
            canonical=c.canonical,
            generic=c.generic,
            head=c.head,
            role=c.role,
            rule=c.rule,
        )
        for c in resolved
        if c.canonical
    ]


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Mentions within text[start:end], resolved in the context of that span alone.

    Extraction resolves whole documents (``find_document_mentions``); this reads one span, for
    a sentence on its own.
    """
    window = text[start:end]
    return [
        Mention(
            m.start + start, m.end + start, m.text, m.type, m.canonical, m.generic, m.head, m.role, m.rule
        )
        for m in find_document_mentions(window)
    ]
