"""The shipped Swedish syntax pipeline: it loads, parses sentences of our own sensibly, and keeps its scores."""

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from loaders.errors import LoaderError
from loaders.syntax import pipeline
from loaders.syntax.pipeline import SyntaxModelError, load_pipeline, parse

# Measured on the held-out documents (model/scores.json): LAS 0.729, UAS 0.793, UPOS 0.928, lemma 0.930.
# The floors sit a little under, so a retrained model that is clearly worse fails here.
LAS_FLOOR = 0.70
UAS_FLOOR = 0.77
POS_FLOOR = 0.91
LEMMA_FLOOR = 0.91


def word(doc: Doc, text: str) -> Token:
    return next(token for token in doc if token.text == text)


def test_pipeline_loads_with_every_component() -> None:
    nlp = load_pipeline()
    assert nlp.lang == "sv"
    assert {"tok2vec", "morphologizer", "trainable_lemmatizer", "parser"} <= set(nlp.pipe_names)
    assert load_pipeline() is nlp


def test_subject_and_object_of_a_simple_clause() -> None:
    (doc,) = parse(["Kommunen finansierar projektet."])
    verb = word(doc, "finansierar")
    assert verb.pos_ == "VERB"
    assert verb.dep_ == "ROOT"
    assert verb.lemma_ == "finansiera"
    assert (word(doc, "Kommunen").dep_, word(doc, "Kommunen").head) == ("nsubj", verb)
    assert (word(doc, "projektet").dep_, word(doc, "projektet").head) == ("obj", verb)


def test_coordination_of_three_subjects() -> None:
    (doc,) = parse(["Fritidsgården, biblioteket och skolan har öppet på kvällen."])
    first = word(doc, "Fritidsgården")
    assert (first.dep_, first.head) == ("nsubj", word(doc, "har"))
    for other in ("biblioteket", "skolan"):
        assert (word(doc, other).dep_, word(doc, other).head) == ("conj", first)
    assert (word(doc, "och").dep_, word(doc, "och").head) == ("cc", word(doc, "skolan"))


def test_coordination_of_three_objects() -> None:
    (doc,) = parse(["Kommunen samarbetar med polisen, skolan och räddningstjänsten."])
    first = word(doc, "polisen")
    assert (first.dep_, first.head) == ("obl", word(doc, "samarbetar"))
    assert word(doc, "skolan").dep_ == word(doc, "räddningstjänsten").dep_ == "conj"
    assert {t.text for t in first.conjuncts} == {"skolan", "räddningstjänsten"}


@pytest.mark.xfail(strict=True, reason="known error: the middle of a subject list is read as appos")
def test_coordination_of_three_actors_as_subject() -> None:
    (doc,) = parse(["Polisen, kommunen och skolan samarbetar mot brott i centrum."])
    first = word(doc, "Polisen")
    assert (first.dep_, first.head) == ("nsubj", word(doc, "samarbetar"))
    assert {t.text for t in first.conjuncts} == {"kommunen", "skolan"}
    assert word(doc, "kommunen").dep_ == "conj"


def test_lemmas_and_parts_of_speech() -> None:
    (doc,) = parse(["Socialtjänsten startade ett nytt projekt i Huddinge."])
    assert [(t.lemma_, t.pos_) for t in doc if t.text in {"startade", "nytt", "i", "Huddinge"}] == [
        ("starta", "VERB"),
        ("ny", "ADJ"),
        ("i", "ADP"),
        ("Huddinge", "PROPN"),
    ]
    assert word(doc, "projekt").dep_ == "obj"


def test_texts_keep_their_order_and_are_split_into_sentences() -> None:
    docs = parse(iter(["Polisen patrullerar i centrum. Kommunen betalar.", "Rådet träffas i morgon."]))
    assert [d.text for d in docs] == [
        "Polisen patrullerar i centrum. Kommunen betalar.",
        "Rådet träffas i morgon.",
    ]
    assert len(list(docs[0].sents)) == 2
    assert parse([]) == []


def test_a_missing_model_is_a_clear_loader_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pipeline, "MODEL_DIR", tmp_path / "model")
    load_pipeline.cache_clear()
    try:
        with pytest.raises(SyntaxModelError, match="model is missing") as caught:
            load_pipeline()
        assert isinstance(caught.value, LoaderError)
    finally:
        load_pipeline.cache_clear()


def test_held_out_scores_and_attribution_are_shipped() -> None:
    model = pipeline.MODEL_DIR
    scores = json.loads((model / "scores.json").read_text(encoding="utf-8"))
    test = scores["test"]
    assert test["las"] >= LAS_FLOOR
    assert test["uas"] >= UAS_FLOOR
    assert test["pos_acc"] >= POS_FLOOR
    assert test["lemma_acc"] >= LEMMA_FLOOR
    split = scores["split"]
    assert split["test"]["sentences"] > 300
    assert split["train"]["sentences"] > 1500
    attribution = (model / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for needed in ("UD_Swedish-Talbanken", "UD_Swedish-PUD", "CC BY-SA 4.0", "README"):
        assert needed in attribution
