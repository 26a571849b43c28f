"""Retrain the Swedish syntax pipeline from the UD Swedish treebanks: `python -m loaders.syntax.train`.

One run, from scratch and deterministic in its split: read the CoNLL-U files of UD_Swedish-Talbanken
(dev and test parts) and UD_Swedish-PUD, split them by document (`# newdoc id`) into train, dev and
test, convert them to .spacy files under build/syntax/, train with config.cfg, evaluate on the
held-out test part and write the pipeline, scores.json and ATTRIBUTION.md to loaders/syntax/model/.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parents[1]
DEFAULT_UD_DIR = PROJECT_ROOT.parent / "shared" / "ud-swedish"
DEFAULT_BUILD_DIR = PROJECT_ROOT / "build" / "syntax"
CONFIG_PATH = PACKAGE_DIR / "config.cfg"
MODEL_DIR = PACKAGE_DIR / "model"

# Treebank folder -> (treebank name, CoNLL-U files). Talbanken's own training file is not used.
TREEBANKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Talbanken": ("UD_Swedish-Talbanken", ("sv_talbanken-ud-dev.conllu", "sv_talbanken-ud-test.conllu")),
    "PUD": ("UD_Swedish-PUD", ("sv_pud-ud-test.conllu",)),
}
# Share of each treebank's sentences held out, taken as whole documents in a fixed hashed order.
TEST_SHARE = 0.15
DEV_SHARE = 0.10
SENTS_PER_DOC = 10  # sentences per training Doc, within one source document


@dataclass
class SourceDocument:
    treebank: str
    doc_id: str
    sentences: list[str]  # CoNLL-U blocks, comments included

    @property
    def words(self) -> int:
        return sum(
            1
            for block in self.sentences
            for line in block.splitlines()
            if line and not line.startswith("#") and line.split("\t", 1)[0].isdigit()
        )


def read_documents(ud_dir: Path) -> list[SourceDocument]:
    """The treebanks' sentences grouped by their `# newdoc id`."""
    documents: list[SourceDocument] = []
    for folder, (_, files) in TREEBANKS.items():
        for name in files:
            path = ud_dir / folder / name
            if not path.is_file():
                raise SystemExit(f"{path}: not found (give the UD folder with --ud-dir)")
            current: SourceDocument | None = None
            for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
                if not block.strip():
                    continue
                match = re.search(r"^# newdoc id = (\S+)", block, flags=re.MULTILINE)
                if match or current is None:
                    doc_id = match.group(1) if match else f"{name}-start"
                    current = SourceDocument(folder, doc_id, [])
                    documents.append(current)
                current.sentences.append(block.strip() + "\n")
    return documents


def split_documents(documents: list[SourceDocument]) -> dict[str, list[SourceDocument]]:
    """Whole documents to test, dev and train, per treebank, in an order fixed by a hash of their id."""
    parts: dict[str, list[SourceDocument]] = {"train": [], "dev": [], "test": []}
    for folder in TREEBANKS:
        docs = [d for d in documents if d.treebank == folder]
        docs.sort(key=lambda d: hashlib.sha1(f"{d.treebank}/{d.doc_id}".encode()).hexdigest())
        total = sum(len(d.sentences) for d in docs)
        taken = 0
        for doc in docs:
            if taken < TEST_SHARE * total:
                parts["test"].append(doc)
            elif taken < (TEST_SHARE + DEV_SHARE) * total:
                parts["dev"].append(doc)
            else:
                parts["train"].append(doc)
            taken += len(doc.sentences)
    return parts


def write_spacy_files(parts: dict[str, list[SourceDocument]], build_dir: Path) -> dict[str, Path]:
    """Convert each part with spaCy's CoNLL-U converter and save it as a DocBin."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    build_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for part, docs in parts.items():
        doc_bin = DocBin(attrs=["ORTH", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START"])
        for source in docs:
            conllu = "\n".join(source.sentences)
            for doc in conllu_to_docs(conllu, n_sents=SENTS_PER_DOC, no_print=True):
                doc_bin.add(doc)
        paths[part] = build_dir / f"{part}.spacy"
        doc_bin.to_disk(paths[part])
    return paths


def split_sizes(parts: dict[str, list[SourceDocument]]) -> dict[str, dict[str, object]]:
    sizes: dict[str, dict[str, object]] = {}
    for part, docs in parts.items():
        sizes[part] = {
            "documents": len(docs),
            "sentences": sum(len(d.sentences) for d in docs),
            "words": sum(d.words for d in docs),
            "by_treebank": {
                TREEBANKS[folder][0]: sum(len(d.sentences) for d in docs if d.treebank == folder)
                for folder in TREEBANKS
            },
        }
    sizes["test"]["document_ids"] = [f"{TREEBANKS[d.treebank][0]}/{d.doc_id}" for d in parts["test"]]
    return sizes


def treebank_commits(ud_dir: Path) -> dict[str, str]:
    """The repository commit of each treebank, as the UD folder's README states it."""
    readme = (ud_dir / "README.md").read_text(encoding="utf-8")
    commits: dict[str, str] = {}
    for folder, (name, _) in TREEBANKS.items():
        match = re.search(rf"^\|\s*`{folder}/`.*?commit ([0-9a-f]{{40}})", readme, flags=re.MULTILINE)
        if not match:
            raise SystemExit(f"{ud_dir / 'README.md'}: no commit stated for {name}")
        commits[name] = match.group(1)
    return commits


def attribution(commits: dict[str, str]) -> str:
    rows = "\n".join(
        f"- **{name}**, https://github.com/UniversalDependencies/{name}, commit `{commit}`;"
        f" see its README.md and LICENSE.txt."
        for name, commit in commits.items()
    )
    return f"""# Attribution

This pipeline (tagger of parts of speech and morphological features, lemmatizer and dependency
parser for Swedish) was trained by `python -m loaders.syntax.train` on sentences of the
Universal Dependencies treebanks:

{rows}

Only the dev and test files of UD_Swedish-Talbanken and the test file of UD_Swedish-PUD were
used, split by document into train, dev and test parts (see `scores.json`). Both treebanks are
distributed under the Creative Commons Attribution-ShareAlike 4.0 International licence
(CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/). Their READMEs name the
authors and the sources of the texts: https://github.com/UniversalDependencies/UD_Swedish-Talbanken
and https://github.com/UniversalDependencies/UD_Swedish-PUD.

The model files in this folder are a derived work of these treebanks and are shipped under the
same licence, CC BY-SA 4.0. No treebank file is included.
"""


def train(paths: dict[str, Path], build_dir: Path) -> Path:
    from spacy.cli.train import train as spacy_train

    output = build_dir / "training"
    if output.exists():
        shutil.rmtree(output)
    spacy_train(
        CONFIG_PATH,
        output,
        overrides={"paths.train": str(paths["train"]), "paths.dev": str(paths["dev"])},
    )
    return output / "model-best"


def evaluate(model_dir: Path, test_path: Path) -> dict[str, float]:
    """Held-out scores, with spaCy's own tokenizer and sentence splitting (their errors count)."""
    import spacy
    from spacy.training import Corpus

    nlp = spacy.load(model_dir)
    scores = nlp.evaluate(list(Corpus(test_path)(nlp)))
    names = {
        "dep_uas": "uas",
        "dep_las": "las",
        "pos_acc": "pos_acc",
        "morph_acc": "morph_acc",
        "lemma_acc": "lemma_acc",
        "sents_f": "sents_f",
        "token_acc": "token_acc",
    }
    return {ours: round(float(scores[theirs]), 4) for theirs, ours in names.items()}


def ship(best: Path, commits: dict[str, str], sizes: dict, test_scores: dict[str, float]) -> None:
    """Write the pipeline, its scores and its attribution to loaders/syntax/model/."""
    import spacy

    nlp = spacy.load(best)
    nlp.meta.update(
        {
            "name": "samverkan_sv_syntax",
            "version": "1.0.0",
            "description": "Swedish UPOS and features, lemmas and dependencies for Samverkan",
            "license": "CC BY-SA 4.0",
            "sources": [
                {"name": name, "url": f"https://github.com/UniversalDependencies/{name}", "commit": commit}
                for name, commit in commits.items()
            ],
        }
    )
    if MODEL_DIR.exists():
        shutil.rmtree(MODEL_DIR)
    nlp.to_disk(MODEL_DIR)
    (MODEL_DIR / "ATTRIBUTION.md").write_text(attribution(commits), encoding="utf-8")
    report = {
        "test": test_scores,
        "notes": (
            "Held-out documents never seen in training. UAS and LAS exclude punctuation (spaCy's scorer);"
            " text is tokenized and split into sentences by the pipeline itself."
        ),
        "split": {
            "rule": (
                f"per treebank, documents ordered by sha1('<folder>/<newdoc id>'); the first"
                f" {TEST_SHARE:.0%} of sentences to test, the next {DEV_SHARE:.0%} to dev, the rest to train"
            ),
            **sizes,
        },
        "treebanks": commits,
    }
    (MODEL_DIR / "scores.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-dir", type=Path, default=DEFAULT_UD_DIR, help="folder of the UD treebanks")
    parser.add_argument("--build-dir", type=Path, default=DEFAULT_BUILD_DIR, help="work folder")
    args = parser.parse_args(argv)

    started = time.monotonic()
    commits = treebank_commits(args.ud_dir)
    documents = read_documents(args.ud_dir)
    parts = split_documents(documents)
    sizes = split_sizes(parts)
    for part in ("train", "dev", "test"):
        print(f"{part}: {sizes[part]['documents']} documents, {sizes[part]['sentences']} sentences")
    paths = write_spacy_files(parts, args.build_dir)
    best = train(paths, args.build_dir)
    test_scores = evaluate(best, paths["test"])
    ship(best, commits, sizes, test_scores)
    print(f"held-out test: {json.dumps(test_scores)}")
    print(f"wrote {MODEL_DIR} in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
