"""The dictionary opened from its trie gives every word the lemma simplemma's own stream gives."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import simplemma

from benchmarks.corpus import build
from loaders.language import lemmas

DATA = Path(__file__).resolve().parents[2] / "loaders" / "data"


def _words() -> set[str]:
    documents, _ = build(200, seed=3)
    text = " ".join(d.text for d in documents)
    text += " ".join(path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.t*")))
    words = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text))
    words |= {w.lower() for w in words}
    # Inflections the rules look up (stems of -et/-en forms, finite verbs) and unknown words.
    words |= {w[:-2] for w in words if w.endswith(("et", "en")) and len(w) > 4} | {
        "xqzvörtig",
        "gängets",
        "samverkade",
    }
    return words


def test_every_word_has_the_lemma_of_simplemmas_own_dictionary() -> None:
    words = sorted(_words())
    assert len(words) > 5_000
    known = [w for w in words if simplemma.is_known(w, lang="sv")]
    assert 0 < len(known) < len(words)  # known and unknown words alike
    assert [lemmas.is_known(w) for w in words] == [simplemma.is_known(w, lang="sv") for w in words]
    assert [lemmas.lemmatize(w) for w in words] == [simplemma.lemmatize(w, lang="sv") for w in words]
    with pytest.raises(ValueError):
        lemmas.is_known("")


def test_a_new_cache_directory_gets_the_trie_written_whole(tmp_path: Path) -> None:
    # In a fresh process: the trie is built from the stream, written, then opened by the next one.
    script = (
        "import sys; from loaders.language.lemmas import _AtomicTrieFactory as F; "
        "d = F(disk_cache_dir=sys.argv[1]).get_dictionary('sv'); print(d.get('gänget'), len(d))"
    )
    first = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["sv.dic"]  # no half-written file left beside it
    again = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True)
    assert again.stdout == first.stdout
    assert int(first.stdout.split()[-1]) > 100_000
