"""Known names found in running text: the gazetteer indexed by token n-grams.

Every name and alias in the gazetteer is cut into tokens the way the text is, and indexed by
its lower-cased token tuple, together with its genitive (``Skatteverkets``, ``SvD:s``). A scan
of a text tries only the tokens that can start a known name, longest n-gram first, so the cost
grows with the text and not with the size of the gazetteer.

Case rules: proper names of places, organisations, parties and criminal groups match only when
every capitalised word of the name is capitalised in the text too (``Mark`` the municipality,
not ``mark`` the ground); short forms (three characters or fewer) and all-capital abbreviations
match with exactly their case (``SiS``, ``UR``, never ``ur``). Authorities and police units also
match in lower case (``kriminalvården``, ``polismyndigheten``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from loaders.mentions.gazetteer import SHORT_SURFACE_MAX, Gazetteer, GazetteerEntry, load_gazetteer
from loaders.resident import keep_loaded

__all__ = ["WORD", "Lexicon", "LexiconMatch", "is_capitalised", "load_lexicon", "token_keys", "trie_pattern"]

#: A token as loaders.language.text.tokenize cuts it: words with inner hyphens/apostrophes/colons, or one mark.
WORD = re.compile(r"\d+(?:[.,:]\d+)+|\w+(?:[-'’:]\w+)*|[^\w\s]")

_NEXT_TOKEN = re.compile(rf"\s*({WORD.pattern})")
_FORMS = 0  # trie keys beside the tokens: the forms that end here, the group noun that ends here
_GROUP = 1

# Types whose names are proper nouns: capitalisation in the text is required.
_CASED_TYPES = frozenset({"Place", "Organisation", "CriminalGroup", "PoliticalParty", "Initiative"})
_MAX_NGRAM = 8


def is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def token_keys(surface: str) -> tuple[str, ...]:
    """The lower-case token tuple of a surface form: ``Haninge/Nynäshamn`` -> (haninge, /, nynäshamn)."""
    return tuple(m.group().casefold() for m in WORD.finditer(surface))


@dataclass(frozen=True)
class _Form:
    entry: GazetteerEntry
    surface: tuple[str, ...]  # the surface's tokens as written in the gazetteer
    exact: bool  # must match with exactly this case
    genitive: bool


@dataclass(frozen=True)
class LexiconMatch:
    start: int  # index of the first token
    end: int  # index after the last token
    entries: tuple[GazetteerEntry, ...]
    genitive: bool


def _genitive_token(token: str) -> list[str]:
    if token[-1:].isalpha() and token[-1:].lower() not in "sxz":
        forms = [token + "s"]
        if len(token) <= 4 or token.isupper() or not token[1:].islower():
            forms.append(token + ":s")  # SvD:s, TV4:s, SiS:s
        return forms
    if not token[-1:].isalpha():
        return [token + ":s"]  # TV4:s
    return []


class Lexicon:
    """Gazetteer surfaces by token n-gram, plus the group nouns in their inflected forms."""

    def __init__(self, gazetteer: Gazetteer, group_forms: dict[str, str]) -> None:
        self.gazetteer = gazetteer
        self._forms: dict[tuple[str, ...], list[_Form]] = {}
        self._longest: dict[str, int] = {}
        skip_letters = {e.attribute("letter") for e in gazetteer.by_type("PoliticalParty")}
        for entry in gazetteer.entries:
            for surface in entry.surfaces:
                # Bare party letters are read only in brackets, by the party rule.
                if entry.type == "PoliticalParty" and surface in skip_letters:
                    continue
                tokens = tuple(m.group() for m in WORD.finditer(surface))
                if not tokens:
                    continue
                exact = len(surface) <= SHORT_SURFACE_MAX or (surface.isupper() and len(surface) <= 6)
                self._add(tokens, _Form(entry, tokens, exact, False))
                for gen in _genitive_token(tokens[-1]):
                    gtokens = (*tokens[:-1], gen)
                    self._add(gtokens, _Form(entry, gtokens, exact, True))
        #: group noun form (lower case tuple) -> its list form ("näringsidkarna" -> "näringsidkare")
        self.group_forms: dict[tuple[str, ...], str] = {}
        for form, lemma in group_forms.items():
            key = token_keys(form)
            self.group_forms[key] = lemma
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

        # Words that can start a name or group noun written in lower case ("polisen",
        # "kriminalvården", "statens ...", "fältassistenter"), as one trie-shaped pattern.
        lower_starts = {key[0] for key, forms in self._forms.items() if any(_lower_ok(f) for f in forms)}
        lower_starts |= {key[0] for key in self.group_forms}
        lower_starts = {w for w in lower_starts if w[:1].isalpha() and w == w.lower()}
        self.lower_start = re.compile(rf"(?:{trie_pattern(lower_starts)})(?![\w])")
        self._build_trie()

    def _add(self, tokens: tuple[str, ...], form: _Form) -> None:
        key = tuple(t.casefold() for t in tokens)
        if len(key) > _MAX_NGRAM:
            return
        bucket = self._forms.setdefault(key, [])
        if all(f.entry is not form.entry or f.surface != form.surface for f in bucket):
            bucket.append(form)
        self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def _build_trie(self) -> None:
        """Every form and group noun by token path: root[token][token]...[_FORMS] -> forms."""
        root: dict = {}
        for key, forms in self._forms.items():
            node = root
            for token in key:
                node = node.setdefault(token, {})
            node[_FORMS] = tuple(forms)
        for key, lemma in self.group_forms.items():
            node = root
            for token in key:
                node = node.setdefault(token, {})
            node[_GROUP] = lemma
        self.trie = root

    def read_at(
        self, text: str, pos: int, limit: int
    ) -> tuple[tuple[GazetteerEntry, ...], int, str | None, int]:
        """The longest known name and the longest group noun starting at the word at ``pos``.

        Walks the token trie one token at a time, so a word that starts no name costs one dict
        look-up. Returns (entries of the name, its end offset, group lemma, its end offset); ends
        are -1 where nothing was found.
        """
        first = WORD.match(text, pos, limit)
        if first is None:
            return (), -1, None, -1
        node = self.trie.get(first.group().casefold())
        if node is None:
            return (), -1, None, -1
        tokens = [first.group()]
        end = first.end()
        entries: tuple[GazetteerEntry, ...] = ()
        name_end = group_end = -1
        lemma = None
        while True:
            forms = node.get(_FORMS)
            if forms is not None:
                ok = tuple(f.entry for f in forms if _case_ok(f, tokens))
                if ok:
                    entries, name_end = ok, end
            group = node.get(_GROUP)
            if group is not None:
                lemma, group_end = group, end
            nxt = _NEXT_TOKEN.match(text, end, limit)
            if nxt is None:
                break
            child = node.get(nxt.group(1).casefold())
            if child is None:
                break
            node = child
            tokens.append(nxt.group(1))
            end = nxt.end()
        return entries, name_end, lemma, group_end

    def starts(self, lowered: str) -> int:
        """How many tokens the longest known name starting with this token has (0: none)."""
        return self._longest.get(lowered, 0)

    def match_at(self, tokens: list[str], lowered: list[str], i: int, limit: int) -> LexiconMatch | None:
        """The longest gazetteer name starting at token ``i`` (tokens before ``limit``)."""
        longest = self._longest.get(lowered[i], 0)
        for n in range(min(longest, limit - i), 0, -1):
            forms = self._forms.get(tuple(lowered[i : i + n]))
            if not forms:
                continue
            text_tokens = tokens[i : i + n]
            ok = tuple(f for f in forms if _case_ok(f, text_tokens))
            if ok:
                return LexiconMatch(i, i + n, tuple(f.entry for f in ok), ok[0].genitive)
        return None

    def group_at(self, lowered: list[str], i: int, limit: int) -> tuple[int, str] | None:
        """The longest group noun form starting at token ``i``: (end token index, list form)."""
        longest = self._longest.get(lowered[i], 0)
        for n in range(min(longest, limit - i), 0, -1):
            lemma = self.group_forms.get(tuple(lowered[i : i + n]))
            if lemma is not None:
                return i + n, lemma
        return None


def _lower_ok(form: _Form) -> bool:
    """Whether the form can match with its first word in lower case."""
    if form.exact:
        return form.surface[0][:1].islower()
    return form.entry.type not in _CASED_TYPES or form.surface[0][:1].islower()


def trie_pattern(words: set[str]) -> str:
    """A regular expression alternation of ``words`` shaped as a trie (fast to match)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        optional = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = f"(?:{body})?"
        return body

    return build(trie) or "(?!)"


def _case_ok(form: _Form, text_tokens: list[str]) -> bool:
    if form.exact:
        return tuple(text_tokens) == form.surface
    if form.entry.type not in _CASED_TYPES:
        return True
    if form.entry.type == "CriminalGroup":
        # Gang names are often written with one capital only ("Hells angels", "Red and White crew").
        return text_tokens[0][:1].isupper()
    return all(not s[:1].isupper() or t[:1].isupper() for s, t in zip(form.surface, text_tokens, strict=True))


def group_noun_forms(nouns: list[str]) -> dict[str, str]:
    """Inflected forms of group nouns mapped to the list form (indefinite plural)."""
    out: dict[str, str] = {}
    for noun in nouns:
        words = noun.split()
        last = words[-1]
        forms = {last}
        if last.endswith(("are", "ande", "ende")):
            forms.add(last[:-1] + "na")  # näringsidkare -> näringsidkarna, boende -> boendena
            if last.endswith("are"):
                forms.add(last[:-3] + "arna")
        elif last.endswith(("er", "or", "ar")):
            forms.add(last + "na")  # föräldrar -> föräldrarna, skolor -> skolorna
        elif last.endswith("n"):
            forms.add(last + "en")  # barn -> barnen
        elif last.endswith(("ag", "et", "al", "nd")):
            forms.add(last + "en")  # bolag -> bolagen, företag -> företagen, trossamfund -> trossamfunden
        elif last.endswith("lle"):
            forms.add(last + "t")  # civilsamhälle -> civilsamhället
        elif last.endswith("liv"):
            forms.add(last + "et")  # näringsliv -> näringslivet
        for form in list(forms):
            forms.add(form + "s")
        for form in forms:
            out[" ".join([*words[:-1], form])] = noun
    return out


@functools.cache
def load_lexicon() -> Lexicon:
    """The lexicon over ``load_gazetteer()`` (built once per process)."""
    gazetteer = load_gazetteer()
    lexicon = Lexicon(gazetteer, group_noun_forms(sorted(gazetteer.group_nouns)))
    keep_loaded()
    return lexicon
