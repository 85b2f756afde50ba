"""Stage 4b — narrative: an article's event mentions to its events.

What one sentence cannot tell, the article can:
- **sources** carry over: a sentence without attribution inside a passage
  relayed from a source keeps that source ("The source said ... On Oct. 14,
  some ... left"); "the source" is the last source named;
- **places** carry over within a paragraph when the sentence names none and
  does not move its participants elsewhere;
- **dates**: each explicit date becomes the narrative anchor that "two days
  later" counts from; an undated past-perfect or progressive event happened
  before the next dated one; an undated present-perfect one on or before
  publication; a hedged or planned one after it;
- **one event, two mentions**: a later mention of the same type from the same
  source chain whose fields do not conflict, and which refers back (a
  definite phrase, the same count) or sits in the same sentence, is merged
  into the first; its sentence is kept in ``mentions``;
- **retellings**: a later sentence that gives no event but speaks of one with a
  definite noun ("a man wanted in connection with the explosion", "after
  Saturday's attack") is one more mention of the last compatible event told in
  the previous dozen sentences; it changes none of its fields.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc

from . import attribution, extract, nlp, places, timex
from .extract import Candidate, sentence_candidates
from .gazetteer import Gazetteer
from .lexicon import GENERIC_MODIFIERS, NOUN_TRIGGERS, REPORTING_VERBS
from .records import Article, Event, Place, Source, Span, TimeSpan, event_id

EXTRACTOR = "eventatlas.rules.v1"
_DAY_KINDS = {"iso", "dmy_num", "mdy", "dmy", "range_md", "range_dm"}


def _paragraph_of(doc: Doc, sent_start: int) -> int:
    """The paragraph a sentence starts in (paragraph breaks found once per document)."""
    breaks = doc.user_data.get("eventatlas_breaks")
    if breaks is None:
        breaks = doc.user_data["eventatlas_breaks"] = [m.start() for m in re.finditer("\n\n", doc.text)]
    return bisect.bisect_left(breaks, sent_start)


_ONE_CLAIM = re.compile(r"\s*(?:the|this|that)\s+(?:claims?|reports?|account|toll|figures?|death toll|video|footage)\b",
                        re.IGNORECASE)


_OWNED_CLAIM = re.compile(r"\b((?:[A-Za-z-]+ ){0,2}[A-Za-z-]+)(?:'s|’s|'|’) (?:own )?(?:claims?|account|statements?|figures?|"
                          r"reports?|version|assertions?|allegations?|tolls?)\b")


def _told_by(owner: str, chain: list[Source]) -> bool:
    """A source of the chain is the one a disclaimer names: "the army's account" and the army, "Russia's
    claims" and the Russian Defence Ministry."""
    words = [w for w in owner.lower().split() if w not in ("the", "a", "an")]
    if not words:
        return False
    last = words[-1]
    return any(w == last or w.startswith(last) and len(last) >= 4 for source in chain for w in source.name.lower().split())


def _in_scope(disclaimer: int, sentences: set[int], paragraphs: list[int]) -> bool:
    """"The claims could not be verified": the sentence itself, the one before it, and the earlier
    sentences of its paragraph (a claim, then its denial, then the disclaimer)."""
    return bool({disclaimer - 1, disclaimer} & sentences) or any(
        i < disclaimer and paragraphs[i] == paragraphs[disclaimer] for i in sentences)


def _chain_key(sources: list[Source]) -> tuple[str, ...]:
    """The chain's tellers, "local officials" and "a local official" alike; an outlet that relayed the
    last of them ("a source told Kyiv Post") does not make another chain."""
    if len(sources) > 1 and sources[-1].kind == "media" and attribution.known_outlet(sources[-1].name):
        sources = sources[:-1]
    return tuple(re.sub(r"s$", "", s.name.lower()) for s in sources)


def _place_key(place: Place | None) -> str | None:
    if place is None:
        return None
    return str(place.geonameid) if place.geonameid else places.norm(place.name)


def _depth(place: Place | None) -> float:
    """How wide a place is: its precision, a little less for a place kept as written inside its parent."""
    if place is None:
        return 5.0
    return (place.precision or 5) - (0.5 if place.resolution == "parent" else 0.0)


def _nested_places(a: Place, b: Place) -> bool:
    """One place inside the other: "a village in northern Burkina Faso" and "Tin-Akoff, in Oudalan province";
    a village kept as written inside its region ("Let Yet Kone village", precision 3) and the region."""
    wide, narrow = (a, b) if _depth(a) >= _depth(b) else (b, a)
    if _depth(wide) == _depth(narrow) or not wide.country_code or wide.country_code != narrow.country_code:
        return False
    if wide.precision == 4:
        return True
    if wide.precision != 3 or not wide.admin1 or wide.admin1 != narrow.admin1:
        return False
    return not wide.admin2 or wide.admin2 == narrow.admin2  # a district holds only its own places


def _compatible(a: "_Working", b: "_Working") -> bool:
    if a.cand.type != b.cand.type or a.cand.modality != b.cand.modality:
        return False
    if _chain_key(a.cand.sources) != _chain_key(b.cand.sources) and not _told_on_by_another(a, b):
        return False
    if a.cand.count and b.cand.count and a.cand.count.value != b.cand.count.value:
        return False
    if a.place and b.place and _place_key(a.place) != _place_key(b.place) and not _nested_places(a.place, b.place):
        return False
    if _days_clash(a, b):
        return False
    same_sentence = b.cand.sent_index in a.sentences  # or a sentence that retold a ("The fighting broke out when ...")
    if same_sentence and (_told_as_before(a.cand.trigger, b.cand.trigger) or _told_as_before(b.cand.trigger, a.cand.trigger)):
        return False  # "killed dozens in operations after militants ambushed a convoy": the ambush came first
    for role in ("actor", "target"):
        if same_sentence:
            break  # "X trained Y, while Y taught X": one exchange
        ca = {x.country for x in a.cand.actors if x.role == role and x.country}
        cb = {x.country for x in b.cand.actors if x.role == role and x.country}
        if ca and cb and not ca & cb:
            return False
    same_count = bool(a.cand.count and b.cand.count and a.cand.count.value == b.cand.count.value)
    return same_sentence or b.cand.definite or same_count


class _Working:
    def __init__(self, cand: Candidate, sent):
        self.cand = cand
        self.sent = sent
        self.place: Place | None = None
        self.time: TimeSpan | None = None
        self.mentions: list[Span] = []
        self.sentences = {cand.sent_index}  # the sentences that tell this event
        self.time_told = False  # ``time`` is the day it was told ("killed 17, the group said on Friday")


def assemble(article: Article, doc: Doc, gaz: Gazetteer) -> list[Event]:
    published = dt.date.fromisoformat(article.published) if article.published else None
    sents = list(doc.sents)
    paragraphs = [_paragraph_of(doc, sent.start_char) for sent in sents]
    # "The claim could not be independently verified." covers the claim told just before it;
    # "Kyiv Post cannot independently verify this information." the whole report
    disclaimers = [i for i, s in enumerate(sents) if attribution.disclaims_verification(s.text, article.outlet)]
    # "could not independently verify the army's account": the claims of that source, wherever told
    owned = {i: m.group(1) for i in disclaimers if (m := _OWNED_CLAIM.search(sents[i].text))}
    scoped = [i for i in disclaimers if _ONE_CLAIM.match(sents[i].text) and i not in owned]
    disclaimed = len(scoped) + len(owned) < len(disclaimers)

    dateline = timex.dateline_end(doc.text)
    work: list[_Working] = []
    sentence_mentions: list[list[places.Mention]] = []
    tellers: list[list[Source]] = []
    modifiers: list[places.Mention] = []  # "U.S. officials": which part of the world, for context only
    for index, sent in enumerate(sents):
        found = places.find_mentions(sent, gaz, modifiers=True)
        mentions = [m for m in found if not m.modifier and not _teller_place(m)]
        modifiers += [m for m in found if m.modifier]
        sentence_mentions.append(mentions)
        tellers.append(attribution.sentence_sources(sent))
        # (or in the next paragraph, told by the same teller referred back to: "Sixteen others were
        # injured ..., it said.")
        # (or after a sentence that retells it: "The strike hit the monastery on Thursday. At least 30 others
        # were wounded.")
        last = next((w for w in reversed(work) if w.cand.in_conflict()), None)
        last_told = last.cand.sent_index if last is not None else -1
        follows = last is not None and (
            last_told == index - 1 or 0 < index - 1 - last_told <= 2 and paragraphs[index - 1] == paragraphs[index]
            and bool(_retold_nouns(sents[index - 1]))) \
            and (paragraphs[index - 1] == paragraphs[index] or _told_by_the_last(sent))
        for cand in sentence_candidates(sent, index, gaz, mentions, skip_before=dateline, follows_event=follows):
            if article.outlet and cand.sources and cand.sources[-1].name.lower() == article.outlet.lower():
                cand.sources = cand.sources[:-1]  # "told Kyiv Post" in Kyiv Post: the outlet ends every chain
            work.append(_Working(cand, sent))

    _carry_sources(work, tellers, paragraphs)
    _carry_actors(work)
    for w in work:  # "Police detained 12 people. The men are suspected of sheltering militants."
        if w.cand.type == "arrest_detention" and w.cand.sent_index + 1 < len(sents):
            w.cand.suspected = w.cand.suspected or extract.suspicion_told(sents[w.cand.sent_index + 1])
    for w in work:  # "... attacked a military base. Two suspects were arrested later": suspects of that attack
        if w.cand.type == "arrest_detention" and any(
                a.role == "target" and a.name.lower().split()[-1].rstrip("s") in _SUSPECTS for a in w.cand.actors) and any(
                o.cand.sent_index < w.cand.sent_index and o.cand.type in extract.CASUALTY_HOSTS and o.cand.in_conflict()
                for o in work):
            w.cand.suspected = True
    work = [w for w in work if w.cand.in_conflict()]
    _denials(work, sents)
    context = places.context_of([m for ms in sentence_mentions for m in ms] + modifiers)
    memory: dict[str, Place] = {}
    for w in work:
        region = places.sentence_region(sentence_mentions[w.cand.sent_index])
        w.place = _resolve_place(w.cand, gaz, context, memory, region)
    _explicit_times(work, published)
    # "Russia annexed Crimea in 2014", "in 2014, when Boko Haram seized 276 schoolgirls": history told as
    # background, not news of the report
    work = [w for w in work if not _background(w, published)]
    # the headline restates the report's events: its mentions join the body's events
    # (the body's sentence stays the evidence), and it adds none of its own
    title_end = len(article.title) if article.title and doc.text.startswith(article.title) else 0
    body = [w for w in work if w.sent.start_char >= title_end]
    headline = [w for w in work if w.sent.start_char < title_end]
    work = _merge(body + headline)
    work = [w for w in work if w.sent.start_char >= title_end]
    work.sort(key=lambda w: (w.sent.start_char, w.cand.trigger.i))
    _claims_of_responsibility(work, sents, gaz)
    _carry_places(work, doc, sentence_mentions, gaz, context)
    _unknown_in_the_report(work, gaz, sentence_mentions, context)
    _narrative_times(work, doc, published)
    _retellings(work, sents, title_end, published)

    events: list[Event] = []
    for w in work:
        chain = list(w.cand.sources)
        if article.outlet and (not chain or chain[-1].name.lower() != article.outlet.lower()):
            chain.append(Source(name=article.outlet, kind="media"))
        trigger = w.cand.trigger
        events.append(Event(
            id=event_id(article.id, w.cand.type, trigger.idx, EXTRACTOR),
            article=article.ref(),
            type=w.cand.type,
            modality=w.cand.modality,
            verification="unverified" if disclaimed or any(_in_scope(i, w.sentences, paragraphs) for i in scoped)
            or any(_told_by(owner, chain) for owner in owned.values()) else None,
            actors=w.cand.actors,
            count=w.cand.count,
            fatalities=w.cand.fatalities,
            injured=w.cand.injured,
            location=w.place,
            time=w.time,
            sources=chain,
            evidence=Span(w.sent.text.strip(), w.sent.start_char, w.sent.start_char + len(w.sent.text.strip())),
            trigger=Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
            mentions=w.mentions,
            extractor=EXTRACTOR,
        ))
    return events


# those arrested after an attack the report told, as its suspects
_SUSPECTS = {"suspect", "attacker", "assailant", "perpetrator", "gunman", "gunmen", "bomber", "culprit"}


def _told_by_the_last(sent) -> bool:
    """The sentence's teller is a pronoun for the last one: "..., it said.", "he added"."""
    return any(t.lemma_.lower() in REPORTING_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "he", "she", "they") for c in t.children) for t in sent)


_SPEAKING = {"say", "tell", "speak", "add", "announce", "declare", "comment", "write", "state"}


def _teller_place(mention: places.Mention) -> bool:
    """Where a teller spoke from, not where anything happened: "told reporters by phone from the nearby
    town of Dhusamareb", "said in Geneva"."""
    node = mention.head
    for _ in range(6):
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            verb = prep.head
            if verb.pos_ == "VERB":
                # (not "shelling was reported in Kherson", which is where it happened)
                spoken = verb.lemma_.lower() in _SPEAKING and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                return prep.lower_ == "from" and verb.lemma_.lower() in REPORTING_VERBS or prep.lower_ in ("in", "at") and spoken
            if prep.lower_ == "of" and prep.head.lemma_.lower() in places.SETTLEMENT_WORDS | {"area", "capital"}:
                node = prep.head  # "the nearby town of X": the town's preposition
                continue
        return False
    return False


def _carry_actors(work: list[_Working]) -> None:
    """What an earlier mention of a group says of a later one.

    "the North Koreans" after "North Korean soldiers" takes that group's kind;
    "the marines" after "300 Ukrainian marines" takes their country.
    """
    kinds: dict[str, str] = {}
    by_head: dict[str, str] = {}
    for w in work:
        for actor in w.cand.actors:
            if actor.country and actor.kind != "other":
                kinds.setdefault(actor.country, actor.kind)
            if actor.country:
                by_head.setdefault(actor.name.lower().split()[-1], actor.country)
    for w in work:
        for actor in w.cand.actors:
            if actor.kind == "other" and actor.country in kinds and actor.name[:1].isupper():
                actor.kind = kinds[actor.country]
            if actor.country is None and actor.text.lower().startswith(("the ", "these ", "those ")):
                actor.country = by_head.get(actor.name.lower().split()[-1])


_CLAIMABLE = {"remote_strike", "attack_on_civilians", "armed_clash", "territory_change"}
CLAIM_WITHIN = 3  # sentences: how far back a claim of responsibility may point


def _claims_of_responsibility(work: list[_Working], sents, gaz: Gazetteer) -> None:
    """"Al Shabaab claimed responsibility for the attack.": the group that claims an attack told in this
    sentence or up to ``CLAIM_WITHIN`` before (the last so told) is its actor, by its own claim."""
    for index, sent in enumerate(sents):
        for verb in sent:
            if verb.lemma_.lower() not in ("claim", "accept", "take", "admit", "acknowledge", "bear") or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit") for c in verb.children) or any(
                    c.dep_ == "neg" for c in verb.children):  # "the IRA accepted responsibility", not "did not claim"
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")
                            and not attribution.nobody(c)):  # "No group has claimed"
                claimant = extract.make_actor(subject, "actor", gaz)[0]
                if claimant.kind == "other" and subject.pos_ == "PROPN":
                    claimant.kind = "armed_group"  # a named claimant of an attack is the group behind it
                told = [(max(i for i in w.sentences if i <= index), n) for n, w in enumerate(work)
                        if w.cand.type in _CLAIMABLE and any(0 <= index - i <= CLAIM_WITHIN for i in w.sentences)]
                claimed = work[max(told)[1]] if told else None
                if claimed is not None and not any(a.name.lower() == claimant.name.lower() for a in claimed.cand.actors):
                    claimed.cand.actors.insert(0, claimant)


def _denials(work: list[_Working], sents) -> None:
    """"Kyiv denied the claim.": the events of the sentence before are denied by a party."""
    for index, sent in enumerate(sents):
        root = sent.root
        if root.lemma_.lower() not in attribution.DENIAL_VERBS:
            continue
        objects = [c for c in root.children if c.dep_ in ("dobj", "ccomp")]
        anaphoric = any(o.lemma_.lower() in ("claim", "report", "allegation", "this", "it", "statement", "accusation",
                                             "account", "version", "figure", "report")
                        or any(c.lower_ in ("this", "that", "the", "these", "such") for c in o.children) for o in objects)
        if not anaphoric or any(w.cand.sent_index == index for w in work):
            continue
        for w in work:
            if w.cand.sent_index == index - 1:
                w.cand.modality = "denied"


def _carry_sources(work: list[_Working], tellers: list[list[Source]], paragraphs: list[int]) -> None:
    """Fill unattributed mentions and resolve "the source", "he", "she" to the last named teller.

    The teller of a sentence without events counts too: "X announced on Monday that ...
    Its instructors trained ..." keeps X as the source of the second sentence.  An unattributed
    mention that opens a paragraph takes the teller of the next sentence of its paragraph, when that
    sentence has one ("Fighters reportedly attacked the camp. Camp leaders said five people were
    killed."), rather than the last teller of the paragraph before.
    """
    last: list[Source] = []
    last_at = -1  # the sentence ``last`` was told in
    last_anonymous: Source | None = None
    last_any: Source | None = None
    seen: list[Source] = []
    by_sentence: dict[int, list[_Working]] = {}
    for w in work:
        by_sentence.setdefault(w.cand.sent_index, []).append(w)
    for index, teller in enumerate(tellers):
        group = by_sentence.get(index, [])
        chains = [w.cand.sources for w in group] if group else [teller]
        for chain_index, chain in enumerate(chains):
            resolved = []
            for source in chain:
                named_before = _named_before(source, seen)
                if named_before is not None:
                    resolved.append(named_before)
                elif source.anonymous and source.name == "source" and last_anonymous:
                    resolved.append(last_anonymous)
                elif source.anonymous and source.name in ("he", "she", "they", "we") and last_any:
                    resolved.append(last_any)
                else:
                    resolved.append(source)
                    if source.anonymous and source.name not in ("source", "he", "she", "they", "we"):
                        last_anonymous = source
                    if source.name not in ("source", "he", "she", "they", "we"):
                        last_any = source
                        seen.append(source)
            if group:
                group[chain_index].cand.sources = resolved
            if resolved:
                last, last_at = resolved, index
            elif group and (last or index + 1 < len(tellers)):
                following = index + 1 < len(tellers) and paragraphs[index + 1] == paragraphs[index] \
                    and tellers[index + 1] and all(w.cand.casualty_only for w in by_sentence.get(index + 1, []))
                if following and (last_at < 0 or paragraphs[last_at] != paragraphs[index]):
                    group[chain_index].cand.sources = [_named_before(t, seen) or t for t in tellers[index + 1]]
                elif last and (paragraphs[last_at] == paragraphs[index] or not _office_acting(group[chain_index])):
                    # (a new paragraph in which a ministry or a government acts is its own account, not the
                    # story the last source told: "The interior ministry deployed police ...")
                    group[chain_index].cand.sources = list(last)
    first = next((w.cand.sources for w in work if w.cand.sources), [])
    for w in work:
        if not w.cand.sources:
            w.cand.sources = list(first)
        else:
            break


STATEMENT_NOUNS = {"statement", "report", "update", "bulletin", "release", "communique", "briefing", "post", "message"}


def _named_before(source: Source, seen: list[Source]) -> Source | None:
    """"The service said" after "the State Border Guard Service reported": the same teller;
    "according to the statement" after "the General Staff said": the statement's author."""
    text = (source.text or "").lower().split()
    if len(text) != 2 or text[0] not in ("the", "this", "its", "their") or source.name.lower() != text[1]:
        return None
    if text[1].rstrip("s") in STATEMENT_NOUNS:
        return seen[-1] if seen else None
    return next((s for s in reversed(seen) if s.name.lower().split()[-1] == text[1]), None)


def _resolve_place(cand: Candidate, gaz: Gazetteer, context, memory: dict[str, Place],
                   region=None) -> Place | None:
    mentions = cand.place_mentions
    if not mentions:
        return None
    if cand.relation == "border" and sum(1 for m in mentions if m.level in ("adm1", "adm2", "country")) >= 2:
        parts = [places.resolve([m], "border", gaz, context) for m in mentions if m.level in ("adm1", "adm2")]
        parts = [p for p in parts if p is not None]
        text = " ".join(m.text for m in mentions)
        return places.border_place(parts, text) if len(parts) >= 2 else (parts[0] if parts else None)
    place = places.resolve(mentions, cand.relation, gaz, context, region)
    if place is None:
        return None
    if cand.offset is not None and place.lat is not None and (place.relation == "km_from" or place.resolution == "parent"):
        # "in Um Kadada, about 180 km east of El Fasher", "30 km north of Kharkiv": moved from the reference
        km, bearing, reference = cand.offset
        ref = places.resolve([reference], "in", gaz, context)
        if ref is not None and ref.lat is not None and ref.precision == 1:
            place.lat, place.lon = places.shift(ref.lat, ref.lon, km, bearing)
            place.relation, place.precision = "km_from", 2
    key = places.norm(place.name)
    if place.resolution == "unresolved" and key in memory:
        known = memory[key]
        place = Place(**{**known.__dict__, "text": place.text, "relation": cand.relation})
        if place.resolution == "resolved" and cand.relation == "near" and place.precision == 1:
            place.precision = 2
    elif place.resolution in ("resolved", "parent"):
        memory.setdefault(key, place)
    return place


BACKGROUND_DAYS = 365  # an act the text dates to a time that ended this long before publication is history


def _background(w: _Working, published: dt.date | None) -> bool:
    """The text dates the act to a time that ended more than a year before the report was published."""
    end = w.time.end if w.time is not None and w.cand.times else None
    return bool(published and end) and (published - dt.date.fromisoformat(end)).days > BACKGROUND_DAYS


def _explicit_times(work: list[_Working], published: dt.date | None) -> None:
    """Dates the sentence gives, read in text order so that 'later' counts from the last one."""
    anchor: dt.date | None = None
    for w in work:
        cand = w.cand
        mentions = sorted(cand.times, key=lambda m: (m.kind not in _DAY_KINDS, m.start))
        span = None
        ahead = cand.tense == "future" or cand.modality == "planned"
        for mention in mentions:
            span = timex.normalise(mention, published, anchor, ahead=ahead)
            if span.resolution != "unresolved":
                break
        if span is None and cand.report_times and not ahead and not _during_told(cand.trigger):
            # the day a plan is told is not its day; an act "during the counter-attack" has that attack's
            span = timex.normalise(cand.report_times[0], published, anchor)
            w.time_told = True
        if span is not None:
            w.time = span
            if span.precision == "day" and span.start:
                anchor = dt.date.fromisoformat(span.start)


_REFERRED = {
    "remote_strike": {"remote_strike", "attack_on_civilians", "armed_clash"},
    "armed_clash": {"armed_clash", "attack_on_civilians", "territory_change"},
    "attack_on_civilians": {"attack_on_civilians", "remote_strike", "armed_clash"},
}


def _refers_back(w: "_Working") -> str | None:
    """The type of an event a casualty sentence refers back to with a definite noun:
    "wounded in the strike", "died after the attack"."""
    for token in w.sent:
        event_type = NOUN_TRIGGERS.get(token.lemma_.lower())
        if (event_type in _REFERRED and token.dep_ == "pobj"
                and any(c.lower_ in ("the", "this", "that") for c in token.lefts)):
            return event_type
    return None


RETOLD_WITHIN = 12  # sentences: how far back "the explosion" may point


def _retellings(work: list[_Working], sents, title_end: int, published: dt.date | None) -> None:
    """A later sentence that only speaks of an event told before ("police are hunting a man wanted in
    connection with the explosion", "after Saturday's attack") is one more mention of it: its sentence is
    kept in the event's ``mentions`` (so that a toll told next is the event's too), and no field changes,
    but for an event dated only by the day it was told: "killed 17 people, the group said on Friday.
    The strike hit the monastery ... on Thursday" happened on Thursday."""
    told = {i for w in work for i in w.sentences}
    for index, sent in enumerate(sents):
        if index in told or sent.start_char < title_end:
            continue
        for token in _retold_nouns(sent):
            event_type = NOUN_TRIGGERS.get(token.lemma_.lower())
            earlier = [(max(i for i in w.sentences if i < index), n) for n, w in enumerate(work)
                       if w.cand.type in _REFERRED[event_type] and any(0 < index - i <= RETOLD_WITHIN for i in w.sentences)]
            if earlier:
                host = work[max(earlier)[1]]  # the one told last before
                host.mentions.append(Span(sent.text.strip(), sent.start_char, sent.start_char + len(sent.text.strip())))
                host.sentences.add(index)
                days = [m for m in timex.find_times(sent.text) if m.kind in timex.DAY_PRECISE - {"clock", "next_day", "same_day"}]
                if host.time_told and len(days) == 1:
                    _day_it_happened(host, timex.normalise(days[0], published))
                break


def _day_it_happened(w: "_Working", span: TimeSpan | None) -> None:
    """An event dated only by the day it was told takes the day another mention gives, if no later:
    "killed 17 people, the group said on Friday. The strike hit ... on Thursday" happened on Thursday."""
    if w.time_told and span is not None and span.precision == "day" and span.start and (
            not w.time.start or span.start <= w.time.start):
        w.time, w.time_told = span, False


def _retold_nouns(sent) -> list:
    """The definite event nouns of a sentence, which may speak of an event told before: "the strike",
    "Saturday's attack" (not "the previous attacks")."""
    return [token for token in sent if token.pos_ == "NOUN" and NOUN_TRIGGERS.get(token.lemma_.lower()) in _REFERRED
            and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                    for c in token.lefts)
            and not any(c.lower_ in GENERIC_MODIFIERS for c in token.lefts)]


def _office_acting(w: "_Working") -> bool:
    """The event's doer is a state office: a ministry, a government, a presidency."""
    return any(a.role == "actor" and a.kind == "government" and a.name.lower().split()[-1] in extract.STATE_OFFICES
               for a in w.cand.actors)


def _told_as_before(trigger, other) -> bool:
    """The trigger's clause tells what came before or after the other's ("after militants ambushed a
    convoy"), and so another event."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if clause.dep_ == "advcl" and (clause.head == other or clause.head in other.ancestors) and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "following", "since", "until") for c in clause.children):
        return True
    # "fired rockets ... in response to an Israeli strike", "in retaliation for the killing of ...": what it answered
    answer = next((a for a in trigger.ancestors if a.lemma_.lower() in _ANSWERS), None) if trigger.pos_ == "NOUN" else None
    return answer is not None and other in answer.head.subtree


_ANSWERS = {"response", "retaliation", "revenge", "reprisal"}


def _another(trigger) -> bool:
    """The subject of a casualty verb is one more of what was told: "Another killed three people"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("another", "second", "third") or any(
        d.dep_ in ("det", "amod") and d.lower_ in ("another", "second", "third") for d in c.children))
        for c in trigger.children)


def _same_scene(a: "_Working", b: "_Working") -> bool:
    """Neither a place nor a day of their own tells two mentions apart."""
    if a.place and b.place and _place_key(a.place) != _place_key(b.place) and not _nested_places(a.place, b.place):
        return False
    return not _days_clash(a, b)


def _told_on_by_another(a: "_Working", b: "_Working") -> bool:
    """The next sentence tells more of the same act, from another teller, naming its participant as one
    known: "Gang members killed 20 people in Pont-Sonde, the UN said. || Witnesses said the gunmen arrived
    before dawn on Thursday and shot residents in their homes." One act, first told by the UN."""
    if not b.cand.definite or b.cand.sent_index - max(a.sentences) != 1 or b.cand.casualty_only or b.cand.count:
        return False
    verb = b.cand.trigger if b.cand.trigger.pos_ == "VERB" else b.cand.trigger.head
    if any(c.lower_ in _ANOTHER_ACT for c in verb.children):
        return False  # "The attackers also abducted 30 women": one more act
    mine, theirs = a.cand.fatalities, b.cand.fatalities
    return theirs is None or mine is None or mine.value == theirs.value  # (the dead it adds, or the same)


_ANOTHER_ACT = {"also", "too", "again", "further", "additionally", "later", "separately", "meanwhile"}


def _days_clash(a: "_Working", b: "_Working") -> bool:
    """Two mentions on different days; a day an event was only told on ("killed 22, sources said on
    Thursday") is the last day it can have happened, so an earlier day does not clash with it."""
    if not (a.time and b.time and a.time.precision == "day" and b.time.precision == "day") or a.time.start == b.time.start:
        return False
    if not (a.time.start and b.time.start):
        return True
    if a.time_told and b.time.start < a.time.start or b.time_told and a.time.start < b.time.start:
        return False
    return True


def _merge(work: list[_Working]) -> list[_Working]:
    kept: list[_Working] = []
    for w in work:
        matching = [k for k in kept if _compatible(k, w)]
        # "... after militants ambushed a convoy. Seventeen soldiers were killed in the ambush": the one it names
        target = next((k for k in matching if k.cand.trigger.lemma_.lower() == w.cand.trigger.lemma_.lower()),
                      matching[0] if matching else None)
        if target is None and w.cand.casualty_only and _another(w.cand.trigger):
            # "One strike hit a house ... Another killed three people in a tent": one more of the same
            previous = next((k for k in reversed(kept) if w.cand.sent_index - 1 in k.sentences
                             and k.cand.type in extract.CASUALTY_HOSTS), None)
            if previous is not None:
                w.cand.type = previous.cand.type
            kept.append(w)
            continue
        if target is None and w.cand.casualty_only:
            # "At least 15 soldiers were killed, it added.": the toll of the event told just before, or retold
            # just before ("The strike hit the monastery on Thursday. At least 30 others were wounded.")
            # (not "the soldiers fled", nor "A day earlier, two soldiers were killed ... in Rafah"; and a toll at
            # a town of its own after a tally across its region, "carried out 412 strikes on the region ... Two
            # women were injured in Stepnohirsk", is one of those strikes, told apart)
            before = w.sent.doc[w.sent.start - 1].sent if w.sent.start > 0 else None
            retold = before is not None and bool(_retold_nouns(before))
            target = next((k for k in reversed(kept) if (w.cand.sent_index - 1 in k.sentences
                                                           or retold and w.cand.sent_index - 2 in k.sentences)
                           and _chain_key(k.cand.sources) == _chain_key(w.cand.sources)
                           and k.cand.type in extract.CASUALTY_HOSTS and _same_scene(k, w)), None)
            if target is not None and _tally_of_many(target) and w.place is not None and _depth(w.place) < _depth(target.place):
                # one of the tally's acts, at a town of its own: its kind and its doers, told apart
                w.cand.type = target.cand.type
                if not any(a.role == "actor" for a in w.cand.actors):
                    w.cand.actors[:0] = [a for a in target.cand.actors if a.role == "actor"]
                w.time = w.time or target.time
                kept.append(w)
                continue
        if target is None and w.cand.casualty_only and _refers_back(w):
            # "Seven people were wounded in the strike.": the strike told a few sentences before
            target = next((k for k in reversed(kept) if 0 < w.cand.sent_index - k.cand.sent_index <= 3
                           and k.cand.type in _REFERRED[_refers_back(w)]), None)
        if target is None:
            kept.append(w)
            continue
        if w.cand.sent_index not in target.sentences:
            target.mentions.append(Span(w.sent.text.strip(), w.sent.start_char, w.sent.start_char + len(w.sent.text.strip())))
        target.sentences.add(w.cand.sent_index)
        if target.place is None or w.place is not None and _depth(w.place) < _depth(target.place):
            target.place = w.place  # the more specific of the two
        if not w.time_told:
            _day_it_happened(target, w.time)
        target.time = target.time or w.time
        if w.time and w.time.precision == "day" and w.time.start and target.time.precision in ("week", "month") \
                and target.time.start and target.time.end and target.time.start <= w.time.start <= target.time.end:
            target.time = w.time  # "last week" and "on Thursday": the Thursday of that week
        target.cand.count = target.cand.count or w.cand.count
        victims = {a.name.lower() for a in target.cand.actors if a.role == "target"}
        others = {a.name.lower() for a in w.cand.actors if a.role == "target"}
        if w.cand.casualty_only and others and not others & victims:
            # "killed eight militants ... Two soldiers were also killed": the event's dead are all of them
            for field in ("fatalities", "injured"):
                mine, theirs = getattr(target.cand, field), getattr(w.cand, field)
                if mine is not None and theirs is not None and mine.value is not None and theirs.value is not None:
                    setattr(target.cand, field, extract._sum_quantities([mine, theirs]))
        target.cand.fatalities = target.cand.fatalities or w.cand.fatalities
        target.cand.injured = target.cand.injured or w.cand.injured
        names = {a.name.lower() for a in target.cand.actors}
        roles = {a.role for a in target.cand.actors}
        for actor in w.cand.actors:
            # a role the first mention left open; a filled role is the same participant referred back to
            if actor.name.lower() not in names and actor.role not in roles:
                target.cand.actors.append(actor)
    return kept


def _carry_places(work: list[_Working], doc: Doc, sentence_mentions, gaz: Gazetteer, context=None) -> None:
    """An event with no place of its own takes the last place named earlier in its paragraph; one told
    "in the region" takes that place's region ("shelled 14 settlements in the region")."""
    for w in work:
        if w.place is not None or w.cand.displaced:
            continue
        _carry_place(w, work, doc, sentence_mentions, gaz, context)
        if w.place is not None and (w.place.precision or 4) < 3 and (
                _bare_region(w.cand.trigger) or _tally_of_many(w) and not _anaphoric_place(w.cand.trigger)):
            w.place = _region_place(w.place, gaz) or w.place


def _unknown_in_the_report(work: list[_Working], gaz: Gazetteer, sentence_mentions, context) -> None:
    """A place the gazetteer does not know, in a report whose events all lie in one country, is kept as
    written inside the region of the events told before it, when they lie in one ("bombed the school in
    Let Yet Kone village" after a strike in Sagaing region), else inside the region the text names before
    it, else inside the country.  Its point is the region's, its precision the region's (3; the country's,
    4); with events in two countries it stays unresolved."""
    located = [w for w in work if w.place is not None and w.place.lat is not None and w.place.country_code]
    countries = {w.place.country_code for w in located}
    if len(countries) != 1:
        return
    country = next(iter(countries))
    for w in work:
        place = w.place
        if place is None or place.resolution != "unresolved" or place.lat is not None:
            continue
        before = [o.place for o in located if o.sent.start_char <= w.sent.start_char]
        if not before:  # "Bandits abducted 40 students in Kaduna state ... the village of Kuriga": the text's region
            named = (places.resolve([m], "in", gaz, context) for ms in sentence_mentions[:w.cand.sent_index + 1]
                     for m in ms if m.candidates and m.level != "country")
            before = [p for p in named if p is not None and p.lat is not None and p.country_code == country]
        regions = {p.admin1 for p in before}
        parent = None
        if len(regions) == 1 and None not in regions:
            name = next(iter(regions))
            parent = next((e for e in gaz.divisions(name, level=1, country=country)
                           if places.norm(e.name) == places.norm(name)), None)
        parent = parent or gaz.country(country)
        if parent is None:
            return
        w.place = Place(text=place.text, name=place.name, geonameid=None, lat=parent.lat, lon=parent.lon,
                        admin1=parent.name if parent.level == "adm1" else None, admin2=None, country_code=country,
                        precision=3 if parent.level == "adm1" else 4, relation=place.relation, resolution="parent")


_REGION_WORDS = {word for word, level in places.DIVISION_WORDS.items() if level == 1}


TALLY = 10  # acts: a count this large is a tally across a region, not one act at one town


def _tally_of_many(w: "_Working") -> bool:
    """"Russian troops also launched 280 drones and shelled front-line areas 110 times": many acts, told
    with no place of their own after a town's event, happened across its region (but "repelled 11
    assaults in the area" were where the story is)."""
    return w.cand.count is not None and (w.cand.count.value or 0) >= TALLY


def _bare_region(trigger) -> bool:
    """The trigger's clause says "in the region" (a division word with no name of its own)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for token in verb.subtree:
        if token.lemma_.lower() in _REGION_WORDS and token.dep_ == "pobj" and token.head.lower_ in ("in", "across", "throughout") \
                and any(c.lower_ in ("the", "this", "that") for c in token.children) \
                and not any(c.text[:1].isupper() and c.dep_ in ("compound", "amod", "nmod") for c in token.children):
            return True
    return False


def _region_place(place: Place, gaz: Gazetteer) -> Place | None:
    """The region (ADM1) a carried place lies in, as the event's place."""
    if not place.admin1 or not place.country_code:
        return None
    regions = gaz.divisions(place.admin1, 1, country=place.country_code)
    if not regions:
        return None
    region = regions[0]
    return Place(text=place.text, name=region.name, geonameid=region.geonameid, lat=region.lat, lon=region.lon,
                 admin1=region.name, admin2=None, country_code=region.country_code, precision=3, relation="in",
                 resolution="resolved")


def _carry_place(w: "_Working", work: list["_Working"], doc: Doc, sentence_mentions, gaz: Gazetteer,
                 context=None) -> None:
    """Where an event with no place of its own happened, from what its paragraph told before."""
    if _anaphoric_place(w.cand.trigger) or _during_told(w.cand.trigger):
        # "... in the area", "arrested two suspects during the operation": where the story was last placed
        told = [o for o in work if o.place is not None and o.sent.start_char < w.sent.start_char]
        if told:
            w.place = told[-1].place
            return
    if w.cand.tense == "perfect":
        return  # a flashback ("had abandoned their unit") did not happen where the story is now
    paragraph = _paragraph_of(doc, w.sent.start_char)
    earlier = [o for o in work if o.place is not None and o.sent.start_char < w.sent.start_char
               and _paragraph_of(doc, o.sent.start_char) == paragraph]
    if earlier:
        w.place = earlier[-1].place
        return
    # the event told just before, by the same source, across a paragraph break
    before = [o for o in work if o.place is not None and o.cand.sent_index == w.cand.sent_index - 1
              and _chain_key(o.cand.sources) == _chain_key(w.cand.sources)]
    if before:
        w.place = before[-1].place
        return
    # a place the previous sentence of the paragraph names outside any event
    sents = list(doc.sents)
    index = w.cand.sent_index
    if index > 0 and _paragraph_of(doc, sents[index - 1].start_char) == paragraph \
            and not nlp.DATELINE.fullmatch(sents[index - 1].text.strip() + " "):  # where the reporter filed from
        previous = _sentence_places(sentence_mentions[index - 1], work, gaz, context)
        if previous:
            w.place = previous[-1]


_TAKING = {"retake", "recapture", "capture", "seize", "take", "overrun", "storm", "regain", "liberate"}
_PLACE_ANAPHORS = {"area", "village", "town", "city", "settlement", "locality", "place", "township", "district",
                   "neighbourhood", "neighborhood", "county", "municipality", "commune"}


def _anaphoric_place(trigger) -> bool:
    """The trigger's clause places it "in the area", "in the village": a place named before."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if verb.lemma_.lower() in _TAKING and any(o.dep_ == "dobj" and o.lemma_.lower() in _PLACE_ANAPHORS | {"base", "camp"}
                                             and any(c.lower_ in ("the", "this", "that") for c in o.children)
                                             for o in verb.children):
        return True  # "Government forces later retook the base": the base told before
    return any(token.lemma_.lower() in _PLACE_ANAPHORS and token.dep_ == "pobj"
               and token.head.lower_ in ("in", "near", "around", "at", "over", "outside", "inside", "across")
               and any(c.lower_ in ("the", "this", "that") for c in token.children)
               and not any(c.dep_ in ("compound", "prep", "amod", "relcl", "acl") for c in token.children)
               for token in verb.subtree)


def _during_told(trigger) -> bool:
    """The act happened during one told before: "during the operation", "in the raid"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("during", "in", "amid"):
            continue
        objects = [g for g in child.children if g.dep_ == "pobj"]  # "the counter - attack": three objects
        if any(g.lemma_.lower() in NOUN_TRIGGERS for g in objects) and any(  # "operation", "raid" among them
                c.lower_ in ("the", "this", "that") for g in objects for c in g.children):
            return True
    return False


def _sentence_places(mentions: list[places.Mention], work: list[_Working], gaz: Gazetteer, context=None) -> list[Place]:
    if not mentions:
        return []
    known = {places.norm(w.place.name): w.place for w in work if w.place is not None}
    out = []
    for mention in mentions:
        path = list(mention.head.ancestors)[:3]
        relation = places.relation_of(path)
        key = places.norm(mention.text)
        if key in known:
            out.append(Place(**{**known[key].__dict__, "text": mention.text, "relation": relation}))
            continue
        place = places.resolve([mention], relation, gaz, context or {})  # as the text's other names place it
        if place is not None and place.resolution != "unresolved":
            out.append(place)
    return out


def _next_dated(work: list[_Working], w: _Working) -> str | None:
    for other in work:
        if other.sent.start_char > w.sent.start_char and other.time and other.time.start and other.cand.times:
            return other.time.start
    return None


def _told_just_before(work: list[_Working], w: _Working) -> _Working | None:
    """An event of the same kind, dated to a day, told in the sentence before (across a paragraph break) at
    a place that holds this one's: "Jets bombed a village in Sagaing region on Tuesday. || Two jets dropped
    bombs on Let Yet Kone village ...": the detail of that day's act, told on."""
    before = [o for o in work if o is not w and w.cand.sent_index - 1 in o.sentences]
    return next((o for o in before if o.cand.type == w.cand.type and o.time is not None and o.time.precision == "day"
                 and o.time.start and not o.time_told and o.place is not None and w.place is not None
                 and (_place_key(o.place) == _place_key(w.place) or _nested_places(o.place, w.place))), None)


def _narrative_times(work: list[_Working], doc: Doc, published: dt.date | None) -> None:
    pub = published.isoformat() if published else None
    anchors: list[tuple[int, TimeSpan]] = []
    for w in work:
        if w.time is not None:
            anchors.append((w.sent.start_char, w.time))
            continue
        if _during_told(w.cand.trigger) and anchors:  # "arrested two suspects during the operation": its day
            w.time = anchors[-1][1]
            continue
        tense = w.cand.tense
        if w.cand.modality == "planned" or tense == "future":  # ("may have struck" is hedged, and past)
            w.time = TimeSpan(None, pub, None, "unknown", "relative" if pub else "unresolved")
        elif tense in ("perfect", "progressive"):
            end = _next_dated(work, w) or pub
            w.time = TimeSpan(None, None, end, "unknown", "relative" if end else "unresolved")
        elif tense in ("present_perfect", "present"):
            w.time = TimeSpan(None, None, pub, "unknown", "relative" if pub else "unresolved")
        else:
            paragraph = _paragraph_of(doc, w.sent.start_char)
            same = [t for start, t in anchors if _paragraph_of(doc, start) == paragraph and t.precision == "day"]
            told = _told_just_before(work, w)
            if same:
                w.time = TimeSpan(None, same[-1].start, same[-1].end, "day", "relative")
            elif told is not None:
                w.time = TimeSpan(None, told.time.start, told.time.end, "day", "relative")
            else:
                w.time = TimeSpan(None, None, pub, "unknown", "relative" if pub else "unresolved")
