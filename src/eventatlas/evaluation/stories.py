"""``eval stories``: news documents about one real-world event grouped together, against ECB+.

Data: ECB+ (Cybulska & Vossen 2014), ``../shared/benchmarks/ecbplus``, in the
Cybulska–Vossen split as preprocessed by Barhom et al. (2019): test = topics
36–45 (206 documents), dev = topics 2, 5, 12, 18, 21, 23, 34, 35 (196
documents, for tuning). Each topic holds two sub-topics: two real-world
events of the same kind (two arrests of sect leaders, two earthquakes), each
reported by several documents. Only the sentences ECB+ validated are given.

Task: within each topic, group the documents into stories, and compare the
groups with the gold sub-topics. Each document becomes a profile of what
story linking compares — its content words and named participants weighted
by how rare they are in the topic (tf-idf), and the years it names (two
documents naming only different years are never one story) — and the
documents are grouped by ``stories.cluster``, the average-link grouping the
store uses for events, at a mean similarity of ``THRESHOLD`` (chosen on dev).

Metrics, over all documents of the split:
- ``b3``: B³ precision, recall and F1 of the document groups (Bagga & Baldwin 1998);
- ``muc``, ``ceafe``: MUC and CEAF-e precision, recall and F1;
- ``conll_f1``: the mean of the MUC, B³ and CEAF-e F1s (the CoNLL-2012 score);
- ``baseline_one_per_topic``: the same scores when each topic is one group,
  which is what a system that ignores time, place and participants gets.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from .. import nlp
from ..errors import ValueProblem
from ..stories import cluster
from .metrics import conll

NAME = "stories"
DATA = "ecbplus"
SPLITS = ("test", "dev")
THRESHOLD = 0.1  # mean cosine similarity that keeps a group of documents together (dev)
ENTITY_WEIGHT = 2  # a named participant counts as much as two content words
_ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY"}
_CONTENT = {"NOUN", "VERB", "PROPN", "ADJ", "NUM"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def load(folder: Path, split: str) -> dict[str, str]:
    """Document id → text, rebuilt from the one-token-per-line corpus file."""
    path = folder / "cybulska_setup" / f"ECB_{split.capitalize()}_corpus.txt"
    if not path.is_file():
        raise ValueProblem(f"{path}: ECB+ corpus file not found")
    sentences: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        try:
            sentences[parts[0]][int(parts[1])].append(parts[3])
        except ValueError:
            raise ValueProblem(f"{path}:{number}: expected doc<TAB>sentence number<TAB>token<TAB>token") from None
    docs = {}
    for doc_id, sents in sentences.items():
        text = "\n".join(" ".join(tokens) for _, tokens in sorted(sents.items()))
        text = re.sub(r" ([,.;:!?%)])", r"\1", text)
        text = re.sub(r"\( ", "(", text)
        docs[doc_id] = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return docs


def topic_of(doc_id: str) -> str:
    return doc_id.split("_", 1)[0]


def gold_subtopic(doc_id: str) -> str:
    """ECB+ names a document TOPIC_Necb or TOPIC_Necbplus: the suffix is its sub-topic."""
    return topic_of(doc_id) + ("+" if doc_id.endswith("ecbplus") else "")


def features(text: str) -> tuple[Counter, set[str]]:
    """Content lemmas and named participants (counted), and the years the text names."""
    doc = nlp.parse(text)
    bag: Counter = Counter(t.lemma_.lower() for t in doc
                           if t.is_alpha and not t.is_stop and t.pos_ in _CONTENT)
    for ent in doc.ents:
        if ent.label_ in _ENTITY_LABELS:
            bag["entity:" + ent.text.lower()] += ENTITY_WEIGHT
    years = {y for ent in doc.ents if ent.label_ == "DATE" for y in _YEAR.findall(ent.text)}
    return bag, years


def similarities(profiles: dict[str, tuple[Counter, set[str]]]) -> dict[tuple[str, str], float]:
    """Cosine similarity of tf-idf vectors within one topic; 0 for documents naming only different years."""
    ids = sorted(profiles)
    df = Counter(term for i in ids for term in profiles[i][0])
    idf = {term: math.log(len(ids) / n) + 1 for term, n in df.items()}
    vectors = {}
    for i in ids:
        v = {term: n * idf[term] for term, n in profiles[i][0].items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[i] = {term: x / norm for term, x in v.items()}
    out = {}
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            ya, yb = profiles[a][1], profiles[b][1]
            if ya and yb and not ya & yb:
                continue
            va, vb = vectors[a], vectors[b]
            out[(a, b)] = sum(x * vb.get(term, 0.0) for term, x in va.items())
    return out


def group_topic(texts: dict[str, str], threshold: float = THRESHOLD) -> list[list[str]]:
    profiles = {i: features(t) for i, t in texts.items()}
    return cluster(texts, similarities(profiles), threshold, cap=1.0)


def run(folder: Path, split: str, limit: int | None = None, progress=None, threshold: float = THRESHOLD) -> dict:
    docs = load(folder, split)
    topics: dict[str, dict[str, str]] = defaultdict(dict)
    for doc_id, text in sorted(docs.items()):
        topics[topic_of(doc_id)][doc_id] = text
    names = sorted(topics, key=int)[:limit] if limit else sorted(topics, key=int)
    predicted: dict[str, object] = {}
    gold: dict[str, object] = {}
    for done, topic in enumerate(names, 1):
        for number, group in enumerate(group_topic(topics[topic], threshold)):
            for doc_id in group:
                predicted[doc_id] = (topic, number)
        for doc_id in topics[topic]:
            gold[doc_id] = gold_subtopic(doc_id)
        if progress:
            progress(done, len(names))
    scores = conll(predicted, gold)
    baseline = conll({d: topic_of(d) for d in gold}, gold)
    return {
        "benchmark": NAME, "split": split, "topics": len(names), "documents": len(gold),
        "gold_stories": len(set(gold.values())), "predicted_stories": len(set(predicted.values())),
        **scores,
        "baseline_one_per_topic": {"b3_f1": baseline["b3"]["f1"], "conll_f1": baseline["conll_f1"]},
    }
