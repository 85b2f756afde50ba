"""The English pipeline's own parts: the fast attribute ruler gives what the model's ruler gives."""

from __future__ import annotations

from spacy.tokens import Doc

import pytest

from eventatlas import nlp
from eventatlas.evaluation import geo

from .conftest import SHARED

# sentences of our own, written to reach the ruler's word-specific patterns: contractions,
# auxiliaries, "there is", object pronouns, "not", subordinators, a determiner used as a pronoun
OWN = [
    "The militia isn't in the town, and it ain't leaving; y'all know that.",
    "There are three checkpoints on the road, and there's a fourth that they haven't mentioned.",
    "I told you it was shelled, but they didn't believe me or it.",
    "Whether the bridge holds depends on what the engineers do, though nobody has said so.",
    "That was the last convoy; this one has not arrived, and those who waited have gone.",
    "We'd have left if the soldiers had let us, but they'd closed the gate.",
    "Residents said nothin' had changed since the ceasefire, which was signed in March.",
    "He does what he's told, and he did what he had to do when the shelling began.",
]


def _before_attributes(texts: list[str]) -> list[Doc]:
    pipeline = nlp.load()
    docs = [pipeline.make_doc(text) for text in texts]
    for name, component in pipeline.pipeline:
        if name == "eventatlas_attributes":
            return docs
        docs = [component(doc) for doc in docs]
    raise AssertionError("the pipeline has no eventatlas_attributes component")


def _attributes(doc: Doc) -> list[tuple]:
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def _compare(texts: list[str]) -> int:
    pipeline = nlp.load()
    model_ruler = nlp.model(exclude=["tok2vec", "tagger", "parser", "lemmatizer", "ner"],
                            vocab=pipeline.vocab).get_pipe("attribute_ruler")
    fast = pipeline.get_pipe("eventatlas_attributes")
    tokens = 0
    for doc in _before_attributes(texts):
        theirs = model_ruler(Doc(pipeline.vocab).from_bytes(doc.to_bytes()))
        ours = fast(Doc(pipeline.vocab).from_bytes(doc.to_bytes()))
        assert _attributes(ours) == _attributes(theirs), doc.text[:80]
        tokens += len(doc)
    return tokens


def test_the_pipeline_replaces_the_model_attribute_ruler():
    names = nlp.load().pipe_names
    assert "attribute_ruler" not in names
    assert names.index("eventatlas_attributes") < names.index("lemmatizer")  # the lemmatizer reads its parts of speech


def test_fast_attributes_equal_the_model_ruler_on_our_sentences():
    assert _compare(OWN) > 100
    doc = nlp.parse(OWN[0])
    assert [t.pos_ for t in doc if t.lower_ in ("is", "n't")] == ["AUX", "PART", "PART"]  # "isn't", "ain't": word patterns applied
    assert str(next(t for t in doc if t.lower_ == "the").morph) == "Definite=Def|PronType=Art"


@pytest.mark.shared
def test_fast_attributes_equal_the_model_ruler_on_news_text():
    texts = [text for text, _ in geo.documents(SHARED / "benchmarks" / geo.CORPORA["geovirus"])][:100]
    assert _compare(texts) > 15000


def test_a_hyphenated_noun_is_one_word():
    doc = nlp.parse("Russia continued its military build-up near the frontier.")
    word = next(t for t in doc if t.text == "build-up")
    assert word.lemma_ == "buildup" and word.pos_ == "NOUN" and word.idx == doc.text.index("build-up")
    assert [t.text for t in nlp.parse("They build up their forces.")][1:3] == ["build", "up"]  # a verb stays two words
