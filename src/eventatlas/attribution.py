"""Who said it, how sure, and whether the outlet could check it.

- ``source_chain``: the sources an event's sentence attributes it to, from
  the originator to the teller ("Ukrainian intelligence sources" → "Suspilne"),
  read from reporting verbs governing the trigger ("X said", "X told Y that",
  "X reported"), "according to X" and "citing X".
- ``modality``: asserted, hedged (may, could, reportedly, expected to),
  planned (plans to, will), denied (negated, or under "deny").
- ``disclaims_verification``: a sentence in which the outlet says it could
  not verify what it reports.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .lexicon import (
    DENIAL_VERBS, HEDGE_AUX, HEDGE_GOVERNORS, HEDGE_WORDS, KIND_NOUNS, KNOWN_OUTLETS, MEDIA_HEADS,
    ATTRIBUTION_VERBS, OFFICIAL_NOUNS, PLAN_GOVERNORS, REPORTING_VERBS, SOURCE_NOUNS,
)
from .records import Source

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "one", "two", "several", "some", "its", "their",
                "his", "her", "our", "same", "other", "another", "unnamed", "anonymous", "multiple"}
_VERIFY_RE = re.compile(
    r"\b(cannot|can ?not|could not|couldn't|can't|did not|didn't|has not|hasn't|have not|haven't|was unable to|"
    r"were unable to|is unable to|are unable to|unable to|not (?:been )?(?:able|immediately able) to)\s+"
    r"(?:be\s+)?(?:independently\s+|immediately\s+)?(?:verify|verified|confirm|confirmed|corroborate|corroborated)\b"
    r"|\b(?:could|can|has|have|was|were)\s+not\s+(?:be\s+|been\s+)?(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b"
    # "None of the reports could be independently verified", "Neither claim can be confirmed"
    r"|\b(?:none\s+of\s+(?:the|these|those|its|their)\s+(?:\w+\s+){0,2}?|neither\s+(?:\w+\s+){0,2}?)"
    r"(?:could|can|has|have|was|were)\s+(?:be\s+|been\s+)(?:independently\s+|immediately\s+)?(?:verified|confirmed)\b",
    re.I,
)


def _edit_distance_le1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = diffs = 0
    while i < len(a) and j < len(b):
        if a[i] != b[j]:
            diffs += 1
            if diffs > 1:
                return False
            if len(a) == len(b):
                i += 1
            j += 1
        else:
            i += 1
            j += 1
    return diffs + (len(b) - j) <= 1


def known_outlet(name: str) -> str | None:
    """The usual spelling of a well-known outlet ("Suspiline" -> "Suspilne"), or None."""
    low = name.lower().strip()
    for outlet in KNOWN_OUTLETS:
        if low == outlet.lower() or (len(outlet) >= 6 and _edit_distance_le1(low, outlet.lower())):
            return outlet
    return None


# groups that watch a war rather than fight it: "a monitoring group", "a rights group", "a watchdog"
WATCHERS = {"monitoring", "monitor", "monitors", "rights", "watchdog", "observatory", "humanitarian", "aid", "relief",
            "advocacy", "civil", "doctors", "doctors'", "medical", "lawyers", "journalists"}


def kind_of_words(words: list[str]) -> str:
    low = [w.lower() for w in words]
    joined = f" {' '.join(low)} "
    if set(low) & WATCHERS and ("group" in low or "groups" in low or low[-1] in WATCHERS):
        return "other"
    for owner, mark in zip(low, low[1:]):  # "the military's media wing", "the army's press service": the owner's
        if mark in ("'s", "’s") and owner != low[-1]:
            for kind in ("intelligence", "military", "government", "armed_group"):
                if owner in KIND_NOUNS[kind]:
                    return kind
    if "police" in low or "policeman" in low or "policemen" in low:
        return "government"  # "a police officer" is no soldier (police are not a kind of their own)
    order = ("intelligence", "media", "military", "government", "armed_group", "civilians")
    for kind in order:  # a phrase ("military administration") outranks its words
        if any(" " in noun and f" {noun} " in joined for noun in KIND_NOUNS[kind]):
            return kind
    for kind in order:
        if any(noun in low or (noun + "s") in low for noun in KIND_NOUNS[kind]):
            return kind
    return "other"


def _np_tokens(head: Token) -> list[Token]:
    """A noun phrase without its relative clauses and trailing punctuation."""
    skip = {"relcl", "acl", "punct", "advcl", "ccomp"}
    out = [head]
    for child in head.children:
        if child.dep_ in skip:
            continue
        out.extend(child.subtree)
    return sorted(set(out), key=lambda t: t.i)


def _org_name(token: Token) -> str:
    """An organisation's short name: its acronym in brackets when it has one."""
    for child in token.children:
        if child.dep_ == "appos" and child.text.isupper() and len(child.text) <= 6:
            return child.text
    tokens = [t for t in token.subtree if t.dep_ not in ("det", "punct", "case", "appos") and t.pos_ != "DET"]
    tokens = [t for t in tokens if t.i <= token.i]
    names = [t.text for t in tokens if not (t.dep_ == "poss")]
    return " ".join(names) if names else token.text


_TITLES = {"head", "chief", "commander", "spokesperson", "spokesman", "spokeswoman", "governor", "mayor", "director",
           "minister", "secretary", "representative", "deputy"}


_ANONYMITY = re.compile(
    r"\b(?:not to be (?:named|identified)|condition of anonymity|anonymity|spoke anonymously|"
    r"(?:was|were|is|are) not (?:authori[sz]ed|allowed|permitted) to (?:speak|talk|comment))\b", re.I)


def source_from_np(head: Token) -> Source:
    """A Source from the noun phrase that says something; anonymous when the phrase or its verb says
    the teller asked not to be named ("a teacher who asked not to be named", "speaking on condition of
    anonymity")."""
    source = _source_from_np(head)
    if not source.anonymous:
        verb = head.head
        said = [t for t in verb.children if t.dep_ in ("advcl", "xcomp", "prep") and t.i > head.i]
        texts = [head.doc[head.left_edge.i: head.right_edge.i + 1].text] + [
            head.doc[t.left_edge.i: t.right_edge.i + 1].text for t in said]
        if any(_ANONYMITY.search(text) for text in texts):
            source.anonymous = True
    return source


def _source_from_np(head: Token) -> Source:
    part_of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if head.lower_ in ("one", "two", "three", "four", "another", "both", "some", "several", "many", "most") and part_of \
            and (part_of[0].lemma_.lower() in SOURCE_NOUNS | OFFICIAL_NOUNS or part_of[0].pos_ in ("NOUN", "PROPN")):
        head = part_of[0]  # "one of the sources said", "two of the witnesses said": not someone called "one"
    tokens = _np_tokens(head)
    text = head.doc[tokens[0].i: tokens[-1].i + 1].text
    lemma = head.lemma_.lower()
    words = [t.text for t in tokens]
    if lemma in SOURCE_NOUNS and head.pos_ == "NOUN":
        org = None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "in", "at", "within", "inside", "close", "with"):
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    org = _org_name(objs[0])
        modifiers = [t.text for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in _DETERMINERS]
        parts = ([org] if org else []) + ([] if org else modifiers)
        name = " ".join(parts + ["source"]) if parts else "source"
        return Source(name=name, kind=kind_of_words(words + ([org] if org else [])) if parts else "other",
                      anonymous=True, text=text)
    if head.pos_ == "PRON":
        return Source(name=head.lower_, kind="other", anonymous=True, text=text)
    if lemma in OFFICIAL_NOUNS and head.pos_ == "NOUN":
        # unnamed officials: "city officials", "a senior US official"
        modifiers = [t.text for t in head.lefts if t.dep_ in ("compound", "amod", "nmod") and t.lower_ not in _DETERMINERS]
        name = " ".join(modifiers + [head.text])
        kind = kind_of_words(words)
        return Source(name=name, kind="government" if kind == "other" else kind, anonymous=True, text=text)
    # a named person: the name, with the title before it giving the kind
    people = [e for e in head.doc.ents if e.label_ == "PERSON" and e.start <= head.i < e.end]
    if people:
        person = people[0]
        title_words = [t.text for t in tokens if t.i < person.start or t.i >= person.end]
        return Source(name=person.text, kind=kind_of_words(title_words), text=text)
    # a person the NER missed: proper nouns after a lower-case title ("commander-in-chief Oleksandr Syrskyi")
    if head.pos_ == "PROPN":
        run = [head]
        for t in reversed([t for t in tokens if t.i < head.i]):
            if t.pos_ == "PROPN" and t.i == run[0].i - 1 and t.dep_ in ("compound", "flat"):
                run.insert(0, t)
            else:
                break
        title = [t for t in tokens if t.i < run[0].i and t.dep_ != "det"]
        title_kind = kind_of_words([t.text for t in title])
        if title and all(t.is_lower or t.is_punct for t in title) and len(run) >= 2 and title_kind != "other":
            return Source(name=head.doc[run[0].i: head.i + 1].text, kind=title_kind, text=text)
    # a named organisation or outlet
    start = min(t.i for t in tokens if t.dep_ != "det" or t.i > head.i) if tokens else head.i
    end = head.i + 1
    titled = head.lemma_.lower() in _TITLES  # "the head of the Sumy regional military administration"
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        objs = [c for c in prep.children if c.dep_ == "pobj" and (c.pos_ == "PROPN" or titled)]
        if objs:  # "the Ministry of Defence", "the Institute for the Study of War" (without "(ISW)")
            inner = [t for t in objs[0].subtree if t.dep_ not in ("appos", "punct")
                     and not any(a.dep_ == "appos" for a in t.ancestors if a.i > objs[0].i)]
            end = max(t.i for t in inner) + 1
    name = head.doc[start:end].text
    name = name.split(" ", 1)[1] if name.split(" ", 1)[0].lower() in _DETERMINERS and " " in name else name
    outlet = known_outlet(name)
    descriptive = [t for t in head.lefts if t.dep_ in ("compound", "amod") and t.pos_ != "PROPN"
                   and t.lower_ not in ("news", "press", "media", "wire", "state", "information", "national")]
    if head.lemma_.lower() in MEDIA_HEADS and not descriptive:
        # "the Suspilne news outlet": the name is the proper noun in front (but "Gaza's civil defence
        # agency" is no news agency)
        propn = [t.text for t in head.lefts if t.pos_ == "PROPN" and t.dep_ != "poss"]  # not "Lebanon's ... agency"
        if propn:
            name = " ".join(propn)
            outlet = known_outlet(name) or name
    if outlet:
        return Source(name=outlet, kind="media", text=text)
    kind = kind_of_words(words)
    if kind == "other" and head.ent_type_ == "GPE" and len(tokens) == 1:
        kind = "government"  # "Rwanda denied ...": a state speaking
    return Source(name=name, kind=kind, text=text)


def _cited(verb: Token) -> list[Source]:
    """Sources a teller cites: "citing X", "quoting X", "referring to X"."""
    out = []
    for child in verb.children:
        if child.lemma_.lower() in ("cite", "quote") and child.dep_ in ("advcl", "xcomp", "prep", "acl", "conj", "dep"):
            for obj in child.children:
                if obj.dep_ in ("dobj", "pobj"):
                    out.append(source_from_np(obj))
    return out


def _told_outlet(verb: Token) -> list[Source]:
    """The outlet a teller spoke to, which passed the account on: "local sources told AFP",
    "a commander said to Reuters" (not "told reporters", "told the court")."""
    if verb.lemma_.lower() not in ("tell", "say", "speak"):
        return []
    heard = [c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell"]
    heard += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    out = []
    for obj in heard:
        source = source_from_np(obj)
        if source.kind == "media" and known_outlet(source.name):
            out.append(source)
    return out


def _according_to(sent: Span) -> list[Source]:
    for token in sent:
        if token.lower_ == "according":
            for prep in token.children:
                if prep.lower_ == "to":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return [source_from_np(obj)]
    return []


_STATEMENTS = {"statement", "communique", "communiqué", "post", "message", "briefing", "bulletin", "release", "update"}


_CIRCUMSTANCE_MARKS = {"after", "before", "when", "while", "since", "until", "because", "as", "once"}


def source_chain(trigger: Token, sent: Span) -> list[Source]:
    """Sources from the originator to the teller, without the article's outlet; [] if none named."""
    token = trigger
    chain: list[Source] = []
    for _ in range(20):
        head = token.head
        if head == token:
            break
        if token.dep_ == "acl" and head.lemma_.lower() in _STATEMENTS and head.dep_ == "pobj" \
                and head.head.head.lemma_.lower() in REPORTING_VERBS:
            # "said in a statement that forces had repelled ...": the one who said it
            speaker = _speaker(head.head.head)
            if speaker is not None:
                return [*_cited(head.head.head), source_from_np(speaker), *_told_outlet(head.head.head)]
        told = token.dep_ in ("ccomp", "parataxis", "conj", "xcomp", "advcl", "dep", "dobj") and not (
            token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in token.children))
        # "declared a truce, a day after warplanes carried out raids": when, not what, was declared
        if head.lemma_.lower() in REPORTING_VERBS and (told or token.dep_ == "prep" and token.lower_ == "of"):  # "accused X of sending"
            speaker = _speaker(head)
            if speaker is not None:
                chain = [*_cited(head), source_from_np(speaker), *_told_outlet(head)]
                # an outer teller: "X said that Y told them ..." keeps climbing
                outer = source_chain(head, sent) if head.dep_ in ("ccomp", "parataxis") else []
                return chain + outer
        token = head
    return _according_to(sent) or _trailing_teller(trigger, sent)


def _speaker(verb: Token) -> Token | None:
    # a passive's subject is what was told ("no casualties were reported"), or the accused ("soldiers were
    # accused of ..."), not the teller, but for a quoted teller ("he was quoted as saying")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and verb.lemma_.lower() in (
        "quote", "cite")]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    quoted = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb.head
    if not subjects and not agents and quoted.lemma_.lower() in ("quote", "cite") and quoted != verb:
        # "the commander was quoted as saying": the one quoted says it
        subjects = [c for c in quoted.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and not agents and verb.dep_ == "conj":
        # "the General Staff did not comment on the claim but said fighting continued": the first verb's subject
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    speaker = (agents or subjects or [None])[0]
    if speaker is not None and nobody(speaker):
        return None  # "No group has claimed responsibility": no one told anything
    if speaker is None and verb.i > 0:
        # "..., including a child, regional governor Oleh Kiper said": the name before the verb,
        # misparsed into the clause before it, is still the speaker
        before = verb.doc[verb.i - 1]
        if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            speaker = before
        else:
            # "..., killing three civilians, the head of the regional administration said": the
            # phrase before the verb, misparsed as an apposition, is the speaker
            for token in reversed(verb.doc[verb.sent.start: verb.i]):
                if token.dep_ == "appos" and token.right_edge.i == verb.i - 1 and token.i > 0 and (
                        verb.doc[token.left_edge.i - 1].text == ","):
                    speaker = token
                    break
    trailing = trailing_phrase(verb)
    if trailing is not None and (speaker is None or speaker.i < trailing[0].i or speaker.i > trailing[-1].i):
        # "..., killing at least 12 people, a local resistance group and residents said": the words between
        # the last comma and the verb are the teller, whatever the parse made the subject
        # (its first noun may be parsed as one more item of a list before the comma: "including seven
        # children, residents and a local resistance group said")
        heads = [t for t in trailing if t.pos_ in ("NOUN", "PROPN")
                 and not (trailing[0].i <= t.head.i <= trailing[-1].i and t.head.pos_ in ("NOUN", "PROPN"))]
        if heads:
            speaker = heads[0]
    if speaker is None or (speaker.pos_ == "PRON" and speaker.lower_ in ("it", "who", "which", "that")):
        return None
    return speaker


def trailing_phrase(verb: Token) -> list[Token] | None:
    """The noun phrase of a closing ", X said." (or "said on Monday."): between the sentence's last comma and
    the verb, with no verb in it; None when the verb does not close its sentence so."""
    sent = verb.sent
    after = [t for t in sent if t.i > verb.i and not t.is_punct]
    if len(after) > 6 or any(t.pos_ in ("VERB", "AUX") for t in after):  # "said on Telegram on Sunday."
        return None
    commas = [t.i for t in sent if t.text == "," and t.i < verb.i]
    if not commas:
        return None
    words = list(verb.doc[commas[-1] + 1: verb.i])
    if not 1 <= len(words) <= 8 or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return None
    return words


def _inherited_speaker(verb: Token) -> Token | None:
    """The subject a verb shares with the clause it hangs from: "X took to Twitter to accuse",
    "X is defending ..., saying", "X met them and warned"."""
    node = verb
    for _ in range(3):
        if node.dep_ == "xcomp" or node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG"):
            node = node.head
            speaker = _speaker(node)
            if speaker is not None:
                return speaker
        else:
            return None
    return None


def _trailing_teller(trigger: Token, sent: Span) -> list[Source]:
    """"X happened, Y told reporters" parsed as two conjoined clauses: Y is still the teller."""
    ancestors = set(trigger.ancestors)
    for verb in sent:
        if verb.lemma_.lower() not in REPORTING_VERBS or verb in ancestors or verb == trigger:
            continue
        closing = verb.dep_ in ("relcl", "acl", "advcl", "ccomp") and trailing_phrase(verb) is not None
        if verb.dep_ not in ("conj", "parataxis", "ROOT") and not closing or verb.i < trigger.i:
            continue  # (a closing ", Y said on Telegram." the parser hung on a noun before it still tells)
        if trigger in verb.subtree and verb.dep_ != "ROOT":
            continue
        speaker = _speaker(verb)
        if speaker is not None:
            return [*_cited(verb), source_from_np(speaker)]
    return []


def sentence_sources(sent: Span) -> list[Source]:
    """The teller of a whole sentence ("X said that ...", "according to X"), event or not."""
    root = sent.root
    if root.lemma_.lower() in REPORTING_VERBS:
        speaker = _speaker(root)
        if speaker is not None:
            return [*_cited(root), source_from_np(speaker)]
    return _according_to(sent)


def _governors(trigger: Token) -> list[Token]:
    out, token = [], trigger
    while token.head != token and token.dep_ in ("xcomp", "ccomp", "conj", "advcl", "acomp", "pcomp", "prep", "pobj"):
        token = token.head
        out.append(token)
    return out


def nobody(token: Token) -> bool:
    """"No group", "nobody", "none": a phrase that names no one."""
    return token.lower_ in ("nobody", "none", "noone") or any(c.lower_ in ("no", "none") for c in token.children)


def _future_in_the_past(verb: Token) -> bool:
    """A clause reported with "would" after a past reporting verb, with no condition: "said it would
    deploy", not "said it would strike if attacked" nor "it would be a disaster"."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS and verb.head.tag_ == "VBD" and not any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children) for c in verb.children)


def modality(trigger: Token) -> str:
    """asserted | hedged | planned | denied for one trigger."""
    chain = [trigger, *_governors(trigger)]
    for token in chain:
        for child in token.children:
            if child.dep_ == "neg" and token in (trigger, *[t for t in chain if t.lemma_ in ("be", "have")]):
                return "denied"
        if token.lemma_.lower() in DENIAL_VERBS and token != trigger:
            return "denied"
    for token in chain:
        lemma = token.lemma_.lower()
        if token != trigger and lemma in PLAN_GOVERNORS:
            return "planned"
        if token != trigger and lemma in HEDGE_GOVERNORS:
            return "hedged"
        for child in token.children:
            low = child.lower_
            if child.dep_ == "aux" and low == "would" and _future_in_the_past(token) \
                    and not any(c.lower_ in HEDGE_WORDS for c in token.children):
                return "planned"  # "the army said it would deploy two battalions": "will deploy", reported
            if child.dep_ == "aux" and low in HEDGE_AUX:
                return "hedged"
            if low in HEDGE_WORDS:
                return "hedged"
            if child.dep_ == "aux" and low in ("will", "shall", "'ll"):
                return "planned"
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("go",) and any(c.lower_ in ("is", "are", "am") for c in token.head.children):
            return "planned"
    return "asserted"


_OUTLET_SELF = re.compile(r"\b(we|it|the (?:newspaper|paper|agency|channel|outlet|broadcaster|station|network|"
                          r"website|site|magazine))\s*$", re.I)


def disclaims_verification(sentence: str, outlet: str | None = None) -> bool:
    """The outlet says it could not verify what it reports: "could not be independently verified",
    "Reuters was unable to confirm", "we have not verified" — not a party that "did not confirm the claim"."""
    for match in _VERIFY_RE.finditer(sentence):
        said = match.group(0).lower()
        if "independently" in said or re.search(r"\b(be|been)\s", said) or said.split()[0] in ("was", "were", "is", "are"):
            return True  # "could not be verified", "was not confirmed": no one else could have been meant
        before = sentence[:match.start()].rstrip()
        words = before.split()
        teller = " ".join(words[-4:])
        if _OUTLET_SELF.search(before) or outlet and teller.lower().endswith(outlet.lower()) or any(
                known_outlet(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n):
            return True
    return False


_QUOTE = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def _quoted_offsets(text: str) -> set[int]:
    """Character offsets inside double quotation marks."""
    inside: set[int] = set()
    for match in _QUOTE.finditer(text):
        inside.update(range(match.start() + 1, match.end() - 1))
    return inside


def source_spans(doc) -> list[tuple[int, int]]:
    """Character spans of every source a text attributes something to.

    A source is the subject (or passive agent) of an attribution verb that
    governs a clause, a quotation or an object ("X said", "the poll shows",
    "X called for"), or the object of "according to".
    """
    spans: set[tuple[int, int]] = set()
    quoted = _quoted_offsets(doc.text)
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in ATTRIBUTION_VERBS:
            if token.idx in quoted:
                continue  # "I think ..." inside a quotation is the quoted speaker's own wording
            passive = any(c.dep_ == "auxpass" for c in token.children)
            if passive and not any(c.dep_ == "agent" for c in token.children):
                continue  # "voters are expected to": no one is said to say it
            speaker = _speaker(token) or _inherited_speaker(token)
            if speaker is None:
                continue
            tokens = _np_tokens(speaker)
            spans.add((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
        elif token.lower_ == "according":
            for prep in (c for c in token.children if c.lower_ == "to"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    tokens = _np_tokens(obj)
                    spans.add((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    return sorted(spans)
