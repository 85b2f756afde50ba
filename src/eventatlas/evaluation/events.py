"""``eval events``: conflict events found in real news text, against event-annotated corpora.

Data (``../shared/benchmarks``): ``--corpus wikievents`` (default) WikiEvents,
news pages cited by Wikipedia articles on attacks, every event mention
annotated in the KAIROS ontology (dev 20 documents, test 20); ``rams`` RAMS
1.0, five-sentence news windows with one annotated event each (dev 924, test
871).  Tune on dev, report on test.

A gold mention counts as *conflict* when its type is one of ours:
``Conflict.Attack.*`` (RAMS ``conflict.attack.*`` but robbery and hijacking)
maps to armed_clash, remote_strike, attack_on_civilians, territory_change and
interception; ``Justice.ArrestJailDetain`` to arrest_detention; RAMS
``conflict.yield.retreat`` to withdrawal, ``conflict.yield.surrender`` to
desertion, withdrawal or territory_change.  Deaths, injuries, damage and
violent crime are *related*: an event of ours in their sentence is not a
false one, but they are not scored for recall.

- ``recall``: the share of conflict mentions whose sentence holds an event of
  ours of a mapped type (the event's evidence sentence, or a retelling merged
  into it, contains the trigger);
- ``any_event_recall``: the same, with an event of any type;
- ``precision`` (WikiEvents only, where every mention is annotated): the share
  of our events whose sentence holds a conflict or related gold mention;
- ``f1``: of ``precision`` and ``recall``.

Sentences are given to the pipeline as written, one paragraph each (WikiEvents'
joined text runs sentences together; RAMS' is tokenised, rejoined with
spaces).  The annotation marks words, not reported events, so a hypothetical
or generic use ("opponents can be thrown in jail") is a gold mention: recall
cannot reach 1 for a system that codes only events that happened.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..pipeline import RawDocument, process_document
from .metrics import prf

NAME = "events"
DATA = "."
SPLITS = ("dev", "test")
CORPORA = {"wikievents": "wikievents", "rams": "rams"}
VIOLENCE = frozenset({"armed_clash", "remote_strike", "attack_on_civilians", "territory_change", "interception"})
RELATED = ("life.die", "life.injure", "artifactexistence.damagedestroy", "conflict.demonstrate.demonstratewithviolence",
           "genericcrime", "disaster.fireexplosion")


def ours_for(event_type: str) -> frozenset[str] | None:
    """Our event types a corpus type corresponds to, or None when it is outside them."""
    kind = event_type.lower()
    if kind.startswith("conflict.attack") and "stealrobhijack" not in kind:
        return VIOLENCE
    if kind.startswith("justice.arrestjaildetain"):
        return frozenset({"arrest_detention"})
    if kind.startswith("conflict.yield.retreat"):
        return frozenset({"withdrawal"})
    if kind.startswith("conflict.yield.surrender"):
        return frozenset({"desertion", "withdrawal", "territory_change"})
    return None


def related(event_type: str) -> bool:
    return ours_for(event_type) is not None or event_type.lower().startswith(RELATED)


def documents(data: Path, split: str, corpus: str) -> list[dict]:
    """Each document as its text, its sentences' character spans and its gold mentions
    (type, trigger start and end, sentence index), in that text's offsets."""
    docs = []
    if corpus == "wikievents":
        for line in (data / CORPORA[corpus] / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            parts, spans, token_at = [], [], {}
            index = 0
            offset = 0
            for number, (tokens, sentence) in enumerate(raw["sentences"]):
                base = tokens[0][1] if tokens else 0
                for _, start, end in tokens:
                    token_at[index] = (number, offset + start - base, offset + end - base)
                    index += 1
                parts.append(sentence)
                spans.append((offset, offset + len(sentence)))
                offset += len(sentence) + 2
            gold = []
            for mention in raw["event_mentions"]:
                first, last = token_at.get(mention["trigger"]["start"]), token_at.get(mention["trigger"]["end"] - 1)
                if first and last:
                    gold.append({"type": mention["event_type"], "start": first[1], "end": last[2], "sentence": first[0]})
            docs.append({"id": raw["doc_id"], "text": "\n\n".join(parts), "sentences": spans, "gold": gold})
    else:
        for line in (data / CORPORA[corpus] / f"{split}.jsonlines").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            raw = json.loads(line)
            parts, spans, token_at = [], [], {}
            index = offset = 0
            for number, tokens in enumerate(raw["sentences"]):
                position = offset
                for token in tokens:
                    token_at[index] = (number, position, position + len(token))
                    position += len(token) + 1
                    index += 1
                sentence = " ".join(tokens)
                parts.append(sentence)
                spans.append((offset, offset + len(sentence)))
                offset += len(sentence) + 2
            gold = []
            for first_token, last_token, labels in raw["evt_triggers"]:
                first, last = token_at.get(first_token), token_at.get(last_token)
                if first and last:
                    gold.append({"type": labels[0][0], "start": first[1], "end": last[2], "sentence": first[0]})
            if any(ours_for(g["type"]) for g in gold):  # one annotated event a window: only conflict ones score
                docs.append({"id": raw["doc_key"], "text": "\n\n".join(parts), "sentences": spans, "gold": gold})
    return docs


def _located(text: str, doc: dict) -> list[tuple[int, int] | None]:
    """Each corpus sentence's span in the cleaned article text (None where the cleaner left it out:
    a first line taken for the title, a line taken for boilerplate)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for start, end in doc["sentences"]:
        sentence = doc["text"][start:end].strip()  # a corpus sentence may end in a space the cleaner drops
        found = text.find(sentence, cursor) if sentence else -1
        spans.append((found, found + len(sentence)) if found >= 0 else None)
        cursor = found + len(sentence) if found >= 0 else cursor
    return spans


def _sentence_of(spans: list[tuple[int, int] | None], start: int) -> int | None:
    return next((number for number, span in enumerate(spans) if span and span[0] <= start < span[1] + 2), None)


def run(data: Path, split: str, limit: int | None = None, progress=None, corpus: str = "wikievents") -> dict:
    if corpus not in CORPORA:
        from ..errors import ValueProblem

        raise ValueProblem(f"unknown corpus '{corpus}' for events; choose one of: {', '.join(CORPORA)}")
    docs = documents(data, split, corpus)
    docs = docs[:limit] if limit else docs
    conflict = found = found_any = ours = ours_true = 0
    missed: Counter = Counter()
    for number, doc in enumerate(docs, start=1):
        article, events = process_document(RawDocument(input=doc["id"], text=doc["text"]))
        spans = _located(article.text, doc)
        by_sentence: dict[int, set[str]] = {}
        for event in events:
            anchor = event.evidence or event.trigger
            if anchor is None:
                continue
            sentence = _sentence_of(spans, anchor.start)
            for told in [anchor, *event.mentions]:  # a retelling merged into the event is the event's too
                where = _sentence_of(spans, told.start)
                if where is not None:
                    by_sentence.setdefault(where, set()).add(event.type)
            if corpus == "wikievents":
                ours += 1
                ours_true += any(g["sentence"] == sentence and related(g["type"]) for g in doc["gold"])
        for mention in doc["gold"]:
            wanted = ours_for(mention["type"])
            if not wanted:
                continue
            conflict += 1
            types = by_sentence.get(mention["sentence"], set())
            found += bool(types & wanted)
            found_any += bool(types)
            if not types & wanted:
                missed[mention["type"]] += 1
        if progress:
            progress(number, len(docs))
    result = {"benchmark": NAME, "corpus": corpus, "split": split, "documents": len(docs),
              "conflict_mentions": conflict,
              "recall": round(found / conflict, 4) if conflict else 0.0,
              "any_event_recall": round(found_any / conflict, 4) if conflict else 0.0,
              "missed_by_type": dict(missed.most_common())}
    if corpus == "wikievents":
        result.update({"events": ours, **{k: v for k, v in prf(ours_true, ours, found, conflict).items()}})
    return result
