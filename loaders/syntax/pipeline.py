"""The shipped Swedish syntax pipeline: tokens with UPOS and features, lemmas and dependency heads.

The model in `model/` is package data, trained by `python -m loaders.syntax.train` on the UD Swedish
treebanks (CC BY-SA 4.0, see `model/ATTRIBUTION.md`). Nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from loaders.errors import LoaderError
from loaders.resident import keep_loaded

MODEL_DIR = Path(__file__).resolve().with_name("model")
BATCH_SIZE = 256  # texts per nlp.pipe batch: long enough to amortise, short enough for memory


class SyntaxModelError(LoaderError):
    """The syntax model is missing or cannot be loaded."""

    status = 500
    code = "syntax_model_unavailable"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The Swedish pipeline (tok2vec, morphologizer, trainable_lemmatizer, parser), loaded once."""
    if not (MODEL_DIR / "meta.json").is_file():
        raise SyntaxModelError(
            str(MODEL_DIR), "the Swedish syntax model is missing; rebuild it with `make parser`"
        )
    try:
        nlp = spacy.load(MODEL_DIR)
    except (OSError, ValueError, KeyError) as exc:
        raise SyntaxModelError(str(MODEL_DIR), f"the Swedish syntax model cannot be loaded: {exc}") from exc
    keep_loaded()
    return nlp


# What a dependency tree alone needs: the shared encoder and the parser.
TAGGERS = ("morphologizer", "trainable_lemmatizer")


def parse(texts: Iterable[str], *, tags: bool = True) -> list[Doc]:
    """Tokenize, tag, lemmatize and parse each text, in order; sentences are split by the parser.

    With ``tags=False`` only the dependency tree is computed (no parts of speech, features or
    lemmas), at about two thirds of the cost.
    """
    nlp = load_pipeline()
    disable = () if tags else TAGGERS
    return list(nlp.pipe(texts, batch_size=BATCH_SIZE, disable=list(disable)))
