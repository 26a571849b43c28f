"""simplemma's Swedish dictionary, opened from a trie kept on disk rather than decoded anew.

simplemma ships its dictionary as a compressed stream that takes about 0.7 s of CPU to decode,
in every process that looks a word up. Its ``TrieDictionaryFactory`` keeps the same entries as a
MARISA trie in the user's cache directory (built once, on the first look-up on a machine), which
a process opens in milliseconds. The entries are the same, so every lemma is the same.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy
from simplemma.strategies.dictionaries import TrieDictionaryFactory
from simplemma.utils import normalize_token

__all__ = ["is_known", "lemmatize"]

_LANGUAGE = "sv"


class _AtomicTrieFactory(TrieDictionaryFactory):
    """The trie written whole or not at all: processes that start together (a build's pool, a
    server's workers) never open a trie another is still writing."""

    def _write_trie_to_disk(self, lang: str, trie: object) -> None:
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self._cache_dir, suffix=".part")
        os.close(handle)
        try:
            trie.save(temporary)  # type: ignore[attr-defined]
            os.chmod(temporary, 0o644)  # readable as the cache simplemma writes itself
            os.replace(temporary, self._cache_dir / f"{lang}.dic")
        finally:
            Path(temporary).unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _lookups() -> tuple[Lemmatizer, DictionaryLookupStrategy]:
    factory = _AtomicTrieFactory(cache_max_size=1)
    return Lemmatizer(
        lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)
    ), DictionaryLookupStrategy(factory)


def is_known(word: str) -> bool:
    """``simplemma.is_known(word, lang="sv")``."""
    if not word:
        raise ValueError("ett tomt ord har inget lemma")  # as simplemma refuses it
    return _lookups()[1].get_lemma(normalize_token(word), _LANGUAGE) is not None


def lemmatize(word: str) -> str:
    """``simplemma.lemmatize(word, lang="sv")``."""
    return _lookups()[0].lemmatize(word, _LANGUAGE)
