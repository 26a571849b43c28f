"""Search for actors by name, forgiving of Swedish forms, accents and small typos.

A name and a query are compared by their keys: `loaders.language.text.normalize` (lower case,
punctuation as spaces, Swedish definite and genitive endings stripped) and then
`fold_accents`. So 'polisen' finds Polisen, 'ostlund' finds Östlund and 'goteborgs'
finds Göteborg. Matches are ranked:

| score | the query's key ...                                          |
|-------|--------------------------------------------------------------|
| 1.0   | equals the key of the name                                   |
| 0.95  | equals the key of an alias                                   |
| 0.9   | equals whole words of it ('ostlund' in 'Karin Östlund')      |
| 0.8   | begins words of it ('gote' in 'Göteborgs stad')              |
| 0.7   | is part of it ('polis' in 'Lokalpolisområde')                |
| <0.6  | is close to words of it (a typo: 'gotebrg'), by similarity   |

On the embedded store the index of keys is built from every actor and kept per store
version. On Neo4j the store's full-text index (Swedish analyzer; `Neo4jStore.name_candidates`)
finds the candidates, at most CANDIDATES of them, each query word matched as a term or a
prefix, then, if those do not fill the page, as a part, and, if nothing matches, within two
edits, with their number of relations; they are ranked here by the same scores, and only
the page shown is read with its documents: no actor list leaves the database. A question of
the index's stop words only ('mot', 'i'), which it holds no term for, is matched against
every name instead (read once per graph version), so that both stores answer alike.
Equal scores are ranked by the number of relations, most first ('polisen' puts Polisen,
the hub, before Polisen i Huddinge), then by name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel
from rapidfuzz import fuzz, process

from api.cache import VersionCache
from graph.model import Entity, EntityType
from graph.store import GraphStore
from loaders.language.text import fold_accents, normalize

PAGE = 5000
CANDIDATES = 500
FUZZY_CUTOFF = 75.0  # rapidfuzz's ratio, 0-100
FUZZY_CANDIDATES = 5
# The score of a query whose words begin words of a name: the lowest the first, narrow
# search for candidates on Neo4j is sure to find (see `search`).
WORD_BEGINNING = 0.8

_indexes: VersionCache[SearchIndex] = VersionCache(size=1)


class SearchHit(BaseModel):
    """An actor found, how well it matches and by which of its names."""

    entity: Entity
    score: float
    matched: str


def search_key(text: str) -> str:
    return fold_accents(normalize(text))


@dataclass
class _Entry:
    entity: Entity
    forms: list[tuple[str, str]]  # (key, surface form)


@dataclass
class SearchIndex:
    entries: list[_Entry] = field(default_factory=list)
    degree: dict[str, int] = field(default_factory=dict)
    by_token: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    vocabulary: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, entities: list[Entity], degree: dict[str, int] | None = None) -> SearchIndex:
        index = cls(degree=dict(degree or {}))
        for entity in entities:
            forms = [(search_key(s), s) for s in dict.fromkeys((entity.name, *entity.aliases))]
            forms = [(k, s) for k, s in forms if k]
            index.entries.append(_Entry(entity, forms))
            for key, _ in forms:
                for token in key.split():
                    index.by_token[token].add(len(index.entries) - 1)
        index.vocabulary = sorted(index.by_token)
        return index

    def search(
        self, query: str, type_: EntityType | None = None, limit: int = 20, offset: int = 0
    ) -> list[SearchHit]:
        """The page of best matches, best first."""
        key = search_key(query)
        if not key:
            return []
        tokens = key.split()
        best: dict[int, tuple[float, str]] = {}

        def offer(i: int, score: float, surface: str) -> None:
            if score > best.get(i, (0.0, ""))[0]:
                best[i] = (score, surface)

        for i in self._candidates(tokens):
            entry = self.entries[i]
            if type_ is not None and entry.entity.type != type_:
                continue
            for n, (form_key, surface) in enumerate(entry.forms):
                score = _score(key, tokens, form_key)
                if score == 1.0 and n > 0 and surface != entry.entity.name:
                    score = 0.95  # an alias: after the actor that bears the name itself
                if score:
                    offer(i, score, surface)
        if not best:
            self._fuzzy(tokens, type_, offer)
        ranked = sorted(
            best,
            key=lambda i: (
                -round(best[i][0], 3),
                -self.degree.get(self.entries[i].entity.id, 0),
                self.entries[i].entity.name,
                self.entries[i].entity.id,
            ),
        )
        return [
            SearchHit(entity=self.entries[i].entity, score=round(best[i][0], 3), matched=best[i][1])
            for i in ranked[offset : offset + limit]
        ]

    def _candidates(self, tokens: list[str]) -> set[int]:
        """The entries that can match but for a typo: each query word lies within a word of theirs.

        (Whole words, word beginnings and a part of a name all hold every query word inside
        some word of the name.) The rarest query word is looked up first, the rest checked.
        """
        words = {t: [w for w in self.vocabulary if t in w] for t in dict.fromkeys(tokens)}
        order = sorted(words, key=lambda t: sum(len(self.by_token[w]) for w in words[t]))
        found: set[int] = set().union(*(self.by_token[w] for w in words[order[0]]))
        for token in order[1:]:
            inside = set(words[token])
            found = {
                i for i in found if any(w in inside for f, _ in self.entries[i].forms for w in f.split())
            }
        return found

    def _fuzzy(
        self, tokens: list[str], type_: EntityType | None, offer: Callable[[int, float, str], None]
    ) -> None:
        """Entities with a word close to each word of the query (small typos)."""
        per_token: list[dict[int, float]] = []
        for token in tokens:
            scores: dict[int, float] = {}
            for close, similarity, _ in process.extract(
                token, self.vocabulary, scorer=fuzz.ratio, limit=FUZZY_CANDIDATES, score_cutoff=FUZZY_CUTOFF
            ):
                for i in self.by_token[close]:
                    scores[i] = max(scores.get(i, 0.0), similarity / 100)
            per_token.append(scores)
        common = set.intersection(*(set(s) for s in per_token)) if per_token else set()
        for i in common:
            entry = self.entries[i]
            if type_ is not None and entry.entity.type != type_:
                continue
            ratio = sum(s[i] for s in per_token) / len(per_token)
            offer(i, 0.6 * ratio, _closest_form(entry, tokens))


def _closest_form(entry: _Entry, tokens: list[str]) -> str:
    """The name or alias most like the query, to show which one matched."""
    query = " ".join(tokens)
    return max(entry.forms, key=lambda form: fuzz.partial_ratio(query, form[0]))[1]


def _score(key: str, tokens: list[str], form_key: str) -> float:
    if key == form_key:
        return 1.0
    words = form_key.split()
    if _is_run(tokens, words, lambda q, w: q == w):
        return 0.9
    if _is_run(tokens, words, lambda q, w: w.startswith(q)):
        return 0.8
    if key in form_key:
        return 0.7
    return 0.0


def _is_run(tokens: list[str], words: list[str], match: Callable[[str, str], bool]) -> bool:
    """Whether the query's words match consecutive words of the form."""
    n = len(tokens)
    return any(
        all(match(q, w) for q, w in zip(tokens, words[i : i + n], strict=True))
        for i in range(len(words) - n + 1)
    )


def _all_entities(store: GraphStore) -> list[Entity]:
    found: list[Entity] = []
    while True:
        page = store.entities(limit=PAGE, offset=len(found))
        found.extend(page)
        if len(page) < PAGE:
            return found


# The longest word asked of the full-text index: no name has longer ones, and Lucene refuses
# to build the automaton of a wildcard around a word of some hundred letters.
MAX_INDEX_WORD = 40


def search(
    store: GraphStore, q: str, type_: EntityType | None = None, limit: int = 20, offset: int = 0
) -> list[SearchHit]:
    """Actors whose name or alias matches the query, best first."""
    find = getattr(store, "name_candidates", None)
    if find is not None:
        # Each question to the index and the page's actors: one read transaction for them all.
        return store.read_as_one(lambda: _search_names(store, find, q, type_, limit, offset))  # type: ignore[attr-defined]
    return _index(store).search(q, type_, limit=limit, offset=offset)


def _search_names(
    store: GraphStore,
    find: Callable[..., tuple[list[Entity], dict[str, int]]],
    q: str,
    type_: EntityType | None,
    limit: int,
    offset: int,
) -> list[SearchHit]:
    """The search of a store with a full-text index of names (Neo4jStore.name_candidates)."""
    words = list(dict.fromkeys(w[:MAX_INDEX_WORD] for w in search_key(q).split()))
    if words and set(words) <= _folded(store.index_stop_words()):  # type: ignore[attr-defined]
        # Words the index leaves out ('mot', 'i') only: no term to ask it for. Every name is
        # matched here instead, as on the embedded store (read once per graph version).
        every, degree = store.every_name(type_)  # type: ignore[attr-defined]
        hits = SearchIndex.build(every, degree).search(q, type_, limit=limit, offset=offset)
        whole = store.entities_by_id([hit.entity.id for hit in hits])  # type: ignore[attr-defined]
        return [
            hit.model_copy(update={"entity": whole[hit.entity.id]}) for hit in hits if hit.entity.id in whole
        ]
    # The names with the words as words or word beginnings, which the index finds at once;
    # then those that hold them, and the typos (each takes it through all its terms) only
    # when needed: parts of words when the page is not full of better matches, which they
    # would rank below; typos when nothing else matches, as SearchIndex.search does.
    want = max(CANDIDATES, offset + limit)
    hits: list[SearchHit] = []
    for reach in ("words", "parts", "typos"):
        candidates, degree = find(words, type_, limit=want, reach=reach)
        hits = SearchIndex.build(candidates, degree).search(q, type_, limit=limit, offset=offset)
        if reach == "words" and len(hits) == limit and hits[-1].score >= WORD_BEGINNING:
            break
        if reach == "parts" and hits:
            break
    # Candidates come without their documents: only the page shown is read whole.
    whole = store.entities_by_id([hit.entity.id for hit in hits])  # type: ignore[attr-defined]
    return [hit.model_copy(update={"entity": whole[hit.entity.id]}) for hit in hits if hit.entity.id in whole]


def _folded(words: frozenset[str]) -> frozenset[str]:
    """Stop words as the search compares words: 'på' is asked as 'pa'."""
    return frozenset(search_key(w) for w in words) | words


def degrees(store: GraphStore) -> dict[str, int]:
    """Relations per actor (of the store's current version)."""
    return _index(store).degree


def _index(store: GraphStore) -> SearchIndex:
    return _indexes.get(store, "index", lambda: SearchIndex.build(_all_entities(store), _degrees(store)))


def _degrees(store: GraphStore) -> dict[str, int]:
    """Relations per actor, to rank equal matches: the hub before the crowd."""
    found: dict[str, int] = defaultdict(int)
    for rel in store.export().relations:
        found[rel.source] += 1
        if rel.target != rel.source:
            found[rel.target] += 1
    return found


def closest_names(store: GraphStore, q: str, limit: int = 3) -> list[str]:
    """The names most like `q`, however far: suggestions when nothing matches."""
    entries = _index(store).entries
    keys = [form[0][0] if form else "" for form in (e.forms for e in entries)]
    found = process.extract(search_key(q), keys, scorer=fuzz.WRatio, limit=limit, score_cutoff=40)
    return [entries[i].entity.name for _, _, i in found]
