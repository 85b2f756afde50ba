"""Stage 5b — resolve place: toponyms in a sentence, and an event's location.

Recognition does not trust the NER labels alone (the small English model
tags "Kursk" as a product and "Komarichsky" as an organisation).  A place
mention is one of:
- a division phrase: a division word with a proper-noun modifier
  ("the Komarichsky district", "Kursk Oblast", "the Bryansk and Kursk regions");
- a settlement phrase: "the village of X", "the town of X";
- a proper name that the gazetteer knows, in a place-like position (object of
  a locative preposition, or tagged GPE/LOC/FAC by the NER).

An event's location is the most specific mention the parse attaches to its
trigger; the other mentions on the same path (and elsewhere in the sentence)
are its context for disambiguation.  Precision follows PRODUCT.md: 1 the
place itself, 2 near a place / a place the gazetteer lacks inside a known
district, 3 a district or region, 4 a country.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from . import nlp
from .gazetteer import (CAPITAL, DIVISION_WORDS, FUZZY_RATIO, QUALIFIERS, Entry, Gazetteer, bears_name, km, norm,
                        skeleton, without_article)
from .lexicon import DEMONYMS, KNOWN_OUTLETS, REGION_DEMONYMS, REPORTING_VERBS
from .division_points import neighbours
from .records import Place

SETTLEMENT_WORDS = {"village", "town", "city", "settlement", "hamlet", "township", "urban-type settlement", "suburb"}
SITE_WORDS = {"camp", "neighbourhood", "neighborhood", "quarter"}  # "the Nuseirat refugee camp"
OF_PLACE_WORDS = SETTLEMENT_WORDS | {"island", "isle"}  # "the town of Toretsk", "the Indonesian island of Java"
# parts of a land told with its name in the possessive: "Java's southern coast"
LAND_PARTS = {"coast", "coastline", "shore", "border", "north", "south", "east", "west", "northeast", "northwest",
              "southeast", "southwest", "interior", "outskirts", "outskirt", "countryside", "highlands", "lowlands", "capital",
              "hinterland", "heartland", "mainland", "frontier"}
# sites named after the place they are at: "the Bulacan farm", "Randwick racecourse", "the Pirbright laboratory"
# the parts of a place that its name owns: "Srinagar's old city", "the city's outskirts"
PLACE_PARTS = LAND_PARTS | {"city", "town", "village", "centre", "center", "suburb", "suburbs", "neighbourhood", "neighborhood",
                            "district", "quarter", "area", "region", "province", "state", "county", "downtown", "airport", "port"}
FACILITY_WORDS = {"farm", "racecourse", "laboratory", "lab", "airport", "airbase", "prison", "jail", "market", "mine",
                  "port", "harbour", "harbor", "stadium", "barracks", "garrison", "checkpoint", "crossing", "refinery",
                  "dam", "plant", "base"}
# the last word of a site's name, which may hold the name of the town it is in ("Kabul University")
INSTITUTION_WORDS = {"hospital", "university", "college", "school", "academy", "airport", "stadium", "prison", "market",
                     "mosque", "church", "cathedral", "temple", "station", "hotel", "camp", "barracks", "port", "square",
                     "park", "polytechnic", "clinic"}
NAMED_IN_FRONT = SETTLEMENT_WORDS | SITE_WORDS | FACILITY_WORDS  # "Let Yet Kone village", "the Nuseirat refugee camp"
LOCATIVE_PREPS = {"in", "near", "at", "to", "into", "from", "outside", "around", "toward", "towards", "across",
                  "on", "over", "inside", "within", "through", "by", "between", "of", "onto", "past", "along"}
STRICT_LOCATIVE_PREPS = {"in", "near", "at", "outside", "around", "to", "into", "from", "towards", "toward", "inside",
                         "across", "throughout"}
VILLAGE_ABROAD = 5000  # people: a village this small, outside every country a text names, is not the one meant
NEAR_PREPS = {"near", "outside", "around", "by", "close", "past", "towards", "toward",
              "outskirts", "vicinity", "environs", "edge", "off", "offshore"}  # "on the outskirts of El Fasher", "off the coast": near it
# verbs whose object is often a town ("shelled Kherson", "captured Avdiivka")
PLACE_OBJECT_VERBS = {"shell", "strike", "hit", "attack", "bomb", "bombard", "pound", "target", "storm", "besiege",
                      "encircle", "surround", "capture", "seize", "liberate", "retake", "recapture", "occupy", "reoccupy",
                      "enter", "raid", "invade", "overrun", "evacuate", "visit", "leave"}
CITY_POPULATION = 100000  # a city this large has districts of its own
SMALL_TOWN_POPULATION = 15000  # a town this large is a notable place to name alone
NEAR_TOWN_KM = 100.0  # a town named with another lies within this of it
PRIMARY_NAME_BONUS = 1.0  # a town's own name outweighs another's alternate name of up to ten times its size
CAPITAL_BONUS = 2.0  # a national capital: a bare name shared with villages means it
ADM1_BONUS = 1.0  # a region named bare competes with towns of its name at a tenth of its people, plus this
LEVEL_RANK = {"place": 1, "adm2": 2, "adm1": 3, "area": 4, "country": 4, "continent": 5}


def rank(mention: "Mention") -> int:
    """How wide a mention is: its written level, else the level all its candidates share ("Somalia" is a
    country, "Mogadishu" a town), else a place's."""
    level = mention.level
    if level is None and mention.candidates and len({c.level for c in mention.candidates}) == 1:
        level = mention.candidates[0].level
    elif level is None and mention.candidates and max(
            mention.candidates, key=lambda c: score(c, {}, mention.key)).level == "country":
        level = "country"  # "India", whatever towns list it as another name (Inđija, Serbia)
    if level == "area" and all(point_site(c) for c in mention.candidates if c.level == "area"):
        return 1  # "Fort Hood, Texas": a base lies inside the state
    return LEVEL_RANK.get(level or "place", 1)


SITE_NAME_WORDS = {"base", "airbase", "airfield", "fort", "camp", "harbor", "harbour"}


def point_site(entry: Entry) -> bool:
    """A named area that is a site, not a region: a military base, an airfield ("Fort Hood", "Bagram Airfield")."""
    return entry.level == "area" and bool(SITE_NAME_WORDS & set(norm(entry.name).split()))


@dataclass
class Mention:
    text: str
    start: int  # character offsets in the doc
    end: int
    head: Token
    key: str  # the name to look up
    level: str | None  # place | adm2 | adm1 | country | None (unknown)
    candidates: list[Entry] = field(default_factory=list)
    modifier: bool = False  # a name modifying another ("U.S. officials", "the Texas governor"): not where things happen
    variant: bool = False  # found through a variant ("North Dallas" -> Dallas): the place is near, not exactly it
    fuzzy: bool = False  # found only through a close spelling ("Komutovka" -> Khomutovka): a guess the text must back
    demonym: bool = False  # "the Syrian army": names a country, but says nothing of where the text's places lie


def _division_level(token: Token) -> int | None:
    return _division_word_level(token.lemma_, token.lower_)


@lru_cache(maxsize=65536)
def _division_word_level(lemma: str, lower: str) -> int | None:
    return DIVISION_WORDS.get(lemma.lower()) or DIVISION_WORDS.get(_singular(lower))


def _singular(word: str) -> str:
    """"counties" -> "county", "regions" -> "region": for a doc parsed without the lemmatizer."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _name_tokens(head: Token) -> list[Token]:
    """The capitalised modifiers that name a division or place ("Velyka Pysarivka"); when the parse
    attached none, the capitalised words just before it ("in Sagaing region", "Sagaing" read as a verb)."""
    found = [t for t in head.lefts if t.dep_ in ("compound", "nmod", "amod", "npadvmod") and t.text[:1].isupper()]
    if found and any(t.is_punct for t in head.doc[found[0].i: head.i]) and not any(
            c.dep_ == "conj" for t in found for c in t.children):  # (but "the Belgorod, Kursk and Voronezh regions")
        # "Kramatorsk, Donetsk region" misparsed as one phrase: the name is the words after the comma
        last = max(t.i for t in head.doc[found[0].i: head.i] if t.is_punct)
        found = [t for t in found if t.i > last]
    start = head.sent.start
    if found:
        # and the capitalised words that modify those: "North" of "North Darfur state"
        i = found[0].i - 1
        while i >= start:
            token = head.doc[i]
            before = head.doc[i - 1] if i - 1 >= start else None
            if token.text in HYPHENS and not token.whitespace_ and before is not None and not before.whitespace_ \
                    and before.is_alpha and (before.text[:1].isupper() or before.text in GLUE_PARTICLES):
                found[:0] = [before, token]  # "the Centre-Nord region", "Kuyavian-Pomeranian", "Qala-e-Zal district"
                i -= 2
            elif token.is_alpha and token.text[:1].isupper() and token.head in found \
                    and token.dep_ in ("compound", "amod", "nmod"):
                found.insert(0, token)
                i -= 1
            else:
                break
        return found
    before: list[Token] = []
    i = head.i - 1
    while i >= start and len(before) < 3:
        t = head.doc[i]
        if not (t.is_alpha and t.text[:1].isupper()) or t.is_sent_start and t.pos_ != "PROPN" \
                or t.ent_type_ in ("DATE", "TIME", "PERSON"):
            break  # a sentence's first word counts when it is a name ("New York state governor ...")
        before.insert(0, t)
        i -= 1
    return before


HYPHENS = ("-", "‐", "–")


def _settlements_only(mention: Mention, gaz: Gazetteer) -> None:
    """"Siberia village", "the town of Georgia", "al-Matar neighbourhood": written as a settlement or a
    part of one, a name means one (not the region or country of that name): a town so spelt, else one
    spelt closely ("Tarin Kot city" as Tarinkot), else the district named after it."""
    towns = [c for c in mention.candidates if c.level == "place"]
    if not towns:
        towns = [c for c in gaz.spellings(mention.key) if c.level == "place"]
        mention.variant = mention.fuzzy = bool(towns)
    if not towns:  # a district named after its town stands in for it, as a guess (see ``resolve``)
        towns = [c for c in mention.candidates if c.level == "adm2"]
        mention.variant = bool(towns)
    mention.candidates = towns


ARABIC_ARTICLES = {"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh"}
GLUE_PARTICLES = ARABIC_ARTICLES | {"i", "e", "ud", "ed", "es", "o"}  # "Pul-i-Kumri", "Sheikh-ul-Islam"


def _glued_to_a_particle(token: Token, sent: Span) -> bool:
    """A word joined by hyphens to an article or particle inside a longer name ("Ras al-A’in", "Pul-i-");
    an article that opens a name ("al-Malihah") is no more than that."""
    doc, i = token.doc, token.i
    left = i - 3 >= sent.start and doc[i - 1].text in HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].text in GLUE_PARTICLES \
        and (_capitalised(doc[i - 3]) or not doc[i - 3].whitespace_)
    right = i + 2 < sent.end and doc[i + 1].text in HYPHENS and not token.whitespace_ \
        and not doc[i + 1].whitespace_ and doc[i + 2].text in GLUE_PARTICLES
    return left or right


def _joins_a_name(doc, i: int, start: int) -> bool:
    """The word at ``i`` continues the name after it leftwards: a hyphen between two words ("Ras al-Ain"),
    or an article or particle inside it or opening it ("Ras al Ain", "al-Rami")."""
    token = doc[i]
    if token.text in HYPHENS:
        return i - 1 >= start and not token.whitespace_ and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha
    if token.lower_ not in NAME_PARTICLES or token.text[:1].isupper():
        return False
    after = doc[i + 1]
    return after.text in HYPHENS and not token.whitespace_ or i - 1 >= start and _capitalised(doc[i - 1])


def _joined(tokens: list[Token]) -> str:
    """The name the tokens write, hyphens left out ("Centre-Nord" is looked up as "Centre Nord")."""
    return " ".join(t.text for t in tokens if t.text not in HYPHENS)


def _capitalised(token: Token) -> bool:
    """A capitalised word, elided article included: "d'Ivoire" of "Côte d'Ivoire"."""
    return token.text[:1].isupper() or token.text[:2].lower() in ("d'", "l'", "d’", "l’") and token.text[2:3].isupper()


def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


def _text_of(doc) -> str:
    """The document's text, built once (spaCy joins every token's text each time ``doc.text`` is read)."""
    text = doc.user_data.get("eventatlas_text")
    if text is None:
        text = doc.user_data["eventatlas_text"] = doc.text
    return text


def _lowercase_words(doc) -> set[str]:
    """The words a document writes in lower case somewhere (cached on the doc)."""
    words = doc.user_data.get("eventatlas_lowercase")
    if words is None:
        # read off the text (cheaper than the tokens): a capitalised name's lower-case use is a word
        words = doc.user_data["eventatlas_lowercase"] = {w for w in re.findall(r"\w+", _text_of(doc)) if w.islower()}
    return words


def candidates_for(gaz: Gazetteer, name: str) -> list[Entry]:
    """The gazetteer entries a name known to be a place's may be (see ``_known``), close
    spellings included."""
    return _known(gaz, name, fuzzy=True)


def _known(gaz: Gazetteer, name: str, fuzzy: bool = False) -> list[Entry]:
    """Gazetteer entries a written name may be: an acronym ("UK", "NSW", "DRC") names a
    country or a region, never a town that happens to spell so (FDA, UN, EU).  With ``fuzzy``
    (the text itself makes the name a place's), a close spelling of a known name counts too."""
    found = [e for e in gaz.lookup(name) if e.level in LEVEL_RANK]
    if not found and fuzzy and not _acronym(name):
        found = [e for e in gaz.spellings(name) if e.level in LEVEL_RANK]
    if _acronym(name):
        found = [e for e in found if e.level in ("country", "adm1", "area", "continent")]
    return found


# words that open a name of their own in Arabic place names: "Abu Shouk", "Bab el-Oued", "Deir ez-Zor"
NAME_OPENERS = {"abu", "bab", "bir", "ain", "tel", "tell", "deir", "dayr", "kafr", "beit", "bayt", "umm", "wadi", "jebel",
                "jabal", "ras", "sidi", "khan", "qasr", "mina", "bani", "beni", "oued"}


def known_part(gaz: Gazetteer, name: str) -> tuple[str, list[Entry]]:
    """The longest run of a longer name's words that is itself the name of a place, and its
    entries: "Port Harcourt Teaching Hospital" lies in Port Harcourt, "the University of Nairobi"
    in Nairobi, "Los Angeles International Airport" by Los Angeles.  A run begins and ends with
    a capital and is more than qualifiers ("South West") or a word Arabic names are made of
    ("Abu" of "Abu Shouk", "Oued"); a run of one word must be a notable place's name (a country,
    a region, a town of 15,000; of 100,000 if it is an English word too), so "the University of
    Nairobi" is not in University, Florida.
    ("", []) when no part is known."""
    words = [w for w in re.split(r"[\s\-–]+", name) if w]
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            part = words[start:start + size]
            if not part[0][:1].isupper() or not part[-1][:1].isupper():
                continue
            keys = [norm(w) for w in part]
            if all(k in QUALIFIERS or k in NAME_OPENERS or k in ARABIC_ARTICLES or k in NAME_PARTICLES for k in keys):
                continue
            text = " ".join(part)
            found = [e for e in gaz.places(text) if e.level in LEVEL_RANK]
            if size == 1:  # an English word names only a large place ("Manchester", not "University", Florida)
                least = CITY_POPULATION if text.lower() in nlp.dictionary_words() else SMALL_TOWN_POPULATION
                found = [] if _acronym(text) else [e for e in found if e.level in ("country", "adm1", "area", "continent")
                                                   or e.population >= least]
            if found:
                return text, found
    return "", []


def find_mentions(sent: Span, gaz: Gazetteer, modifiers: bool = False) -> list[Mention]:
    """Every place mention in a sentence, with its gazetteer candidates.

    With ``modifiers``, also names that modify another name or noun ("U.S. officials",
    "the NSW government"), marked ``modifier``: they tell which part of the world a text
    is about, not where its events happen."""
    mentions: list[Mention] = []
    used: set[int] = set()
    doc = sent.doc
    tokens_of_sent = list(sent)  # made once: each pass over ``sent`` makes new Token objects
    sent_text = _text_of(doc)[sent.start_char:sent.end_char]  # ``sent.text`` joins its tokens each time

    def add(tokens: list[Token], head: Token, level: str | None, key: str | None = None,
            modifier: bool = False) -> Mention | None:
        tokens = sorted(tokens, key=lambda t: t.i)
        text = doc[tokens[0].i: tokens[-1].i + 1].text
        name = key or text
        after = tokens[-1].i + 1
        if len(tokens) == 1 and tokens[0].lower_ in ARABIC_ARTICLES and after < sent.end and doc[after].text in HYPHENS:
            return None  # "Al" of "Al-Khalediyah" parsed apart: an article, not Halle's other name
        if len(tokens) == 1 and tokens[0].lower_ in BEARINGS and after < sent.end and doc[after].lower_ == "of":
            return None  # "15km Northwest of Gwoza": a bearing, not Somaliland's region of that name
        mention = Mention(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), head, name, level,
                          modifier=modifier)
        if level in ("adm1", "adm2"):
            mention.candidates = gaz.divisions(name, 1 if level == "adm1" else 2)
            if not mention.candidates:
                mention.candidates = gaz.divisions(name)
            if not mention.candidates and level == "adm1":
                # "Galmudug state", "Puntland region": a region of our areas table (GeoNames lists none)
                mention.candidates = [e for e in gaz.places(name) if e.level == "area" and e.country_code]
        else:
            # a settlement phrase or a name the model calls a place may be a close spelling ("Komutovka")
            mention.candidates = _known(gaz, name, fuzzy=level == "place" or head.ent_type_ in ("GPE", "LOC"))
            mention.variant = bool(mention.candidates) and not gaz.places(name)
            mention.fuzzy = mention.variant and not gaz.lookup(name)
            if not mention.candidates and len(tokens) > 1:
                # "at Kabul University", "near Port Harcourt Teaching Hospital": by the place its name holds
                mention.candidates = known_part(gaz, name)[1]
                mention.variant = bool(mention.candidates)
        mentions.append(mention)
        used.update(t.i for t in tokens)
        return mention

    # a dateline ("KHARTOUM, June 9 -", "WASHINGTON (AP) —", "NEW YORK, Sudan"): its place names
    dateline = nlp.DATELINE.match(sent_text + " ")
    if dateline is not None and dateline.end() >= len(sent_text.rstrip()):
        group: list[Token] = []
        for token in [*tokens_of_sent, None]:
            if token is not None and token.is_alpha and token.text[:1].isupper() and token.ent_type_ not in ("DATE", "TIME"):
                group.append(token)
                continue
            if group and any(e.level in ("country", "adm1") or e.population >= 15000
                             for e in _known(gaz, " ".join(t.text for t in group))):
                add(group, group[-1], None)
            group = []
            if token is None or token.text in ("(", "-", "–", "—") or token.ent_type_ in ("DATE", "TIME"):
                break
        return sorted(mentions, key=lambda m: m.start)  # the rest of a dateline is its date and agency

    # names with "and": "Bosnia and Herzegovina", "Trinidad and Tobago", "Jammu and Kashmir"
    for token in tokens_of_sent:
        if token.lower_ != "and" or token.i == sent.start or token.i + 1 >= sent.end:
            continue
        for left in (1, 2):
            start, end = token.i - left, token.i + 1
            if start < sent.start or not all(t.text[:1].isupper() for t in doc[start:token.i]):
                continue
            for right in (1, 2):
                if end + right > sent.end or not all(t.text[:1].isupper() for t in doc[end:end + right]):
                    continue
                tokens = list(doc[start:end + right])
                whole = [] if used.intersection(t.i for t in tokens) else [
                    e for e in gaz.places(" ".join(t.text for t in tokens)) if e.level in ("country", "adm1")]
                if whole:
                    add(tokens, tokens[-1], whole[0].level if whole[0].level == "adm1" else None)

    # division phrases: "the Komarichsky district", "Kursk Oblast", "the Bryansk and Kursk regions"
    for token in tokens_of_sent:
        level = _division_level(token)
        if not level or token.i in used:
            continue
        names = _name_tokens(token)
        if used.intersection(t.i for t in names):
            continue  # "the United States Department": "United States" is placed already, by "States"
        if not names:
            # "the state of Washington", "the province of Nyanza": the division's name after "of"
            # (a common noun: not "the Republic of Korea", "the Department of Health")
            for obj in (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and token.text.islower()
                        and token.lower_ != "republic" for g in c.children
                        if g.dep_ == "pobj" and g.text[:1].isupper() and g.i not in used):
                tokens = [*_name_lefts(obj), obj]
                name = _joined(tokens)
                if gaz.divisions(name, level) and not any(e.level == "country" for e in _known(gaz, name)):
                    add(tokens, obj, "adm1" if level == 1 else "adm2", key=name)
            continue
        whole = [e for e in gaz.places(_joined([*names, token])) if e.level in ("country", "adm1")]
        if whole:  # "the United States", "Rivers State": the words name one place
            add([*names, token], token, whole[0].level if whole[0].level == "adm1" else None)
            continue
        of_names = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj" and g.text[:1].isupper()]
        if of_names:  # "the Democratic Republic of Congo", "the Republic of Korea": one name with "of"
            tokens = [*names, token, *[t for t in doc[token.i + 1: of_names[0].i + 1]]]
            full = doc[tokens[0].i: of_names[0].i + 1].text
            found = [e for e in gaz.places(full) if e.level in ("country", "adm1", "area")]
            if found:
                add(tokens, of_names[0], found[0].level if found[0].level == "adm1" else None, key=full)
                continue
        name = _joined(names)
        if any(e.level == "country" for e in _known(gaz, name)) and not gaz.divisions(name):
            # "a US state", "Russian regions": the country is named, no division of it
            add(names, names[-1], None, key=name)
            continue
        lvl = "adm1" if level == 1 else "adm2"
        conj_heads = [c for t in names for c in t.children if c.dep_ == "conj" and c.text[:1].isupper()]
        if conj_heads:
            # "the Bryansk and Kursk regions": one mention per coordinated name
            add([names[0], token], names[0], lvl, key=names[0].text)
            for part in conj_heads:
                add([part], part, lvl, key=part.text)
            used.add(token.i)
        else:
            # "the Komarichsky district", "Nizhny Novgorod Oblast"
            add([*names, token], token, lvl, key=_joined(names))

    # settlement phrases: "the village of Robotyne", "the town of Toretsk"
    for token in tokens_of_sent:
        if token.lemma_.lower() in OF_PLACE_WORDS or _singular(token.lower_) in OF_PLACE_WORDS:
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper() and c.i not in used):
                    tokens = _name_lefts(obj) + [obj]
                    added = add(tokens, obj, "place")
                    if added and token.lemma_.lower() in SETTLEMENT_WORDS and token.tag_ != "NNS":  # not "the villages of Zamfara"
                        _settlements_only(added, gaz)

    # a name in front of a settlement or a camp: "Let Yet Kone village", "the Nuseirat refugee camp"
    for token in tokens_of_sent:
        if token.lemma_.lower() not in NAMED_IN_FRONT and _singular(token.lower_) not in NAMED_IN_FRONT:
            continue
        if token.text[:1].isupper():
            continue  # part of a name: "New York City", "Gaza City"
        i = token.i - 1
        while i >= sent.start and doc[i].lower_ in ("refugee", "displacement", "displaced", "military", "army", "transit", "air",
                                                     "naval"):
            i -= 1
        names: list[Token] = []
        settlement = token.lemma_.lower() in SETTLEMENT_WORDS or _singular(token.lower_) in SETTLEMENT_WORDS
        facility = token.lemma_.lower() in FACILITY_WORDS or _singular(token.lower_) in FACILITY_WORDS
        # a name the model calls a person is a town's before a facility of a city ("the Zaporizhzhia plant"),
        # or before camps that are places ("the Dadaab camps", "Kakuma refugee camp"), not "the Clinton camp"
        camps = not settlement and not facility and (token.tag_ == "NNS" or i < token.i - 1)
        town_size = 15000 if facility else 5000 if camps else None
        while i >= sent.start and doc[i].i not in used:
            if names and _joins_a_name(doc, i, sent.start):
                names.insert(0, doc[i])  # "Ras al-Ain city", "the al-Rami village": a hyphen or an article of the name
                i -= 1
                continue
            if not (sum(t.is_alpha for t in names) < 4 and doc[i].text[:1].isupper() and doc[i].lower_ not in ("the", "a", "an")
                    and (doc[i].ent_type_ != "NORP" or _town_tagged_as_people(doc[i], gaz)
                         or not settlement and doc[i].lower_ not in DEMONYMS) and doc[i].ent_type_ != "DATE"
                    # "the southern Ukrainian city of Odesa": the country's adjective, not the city's name
                    and not (settlement and doc[i].lower_ in DEMONYMS and not _town_tagged_as_people(doc[i], gaz))
                    and not doc[i].is_punct
                    and (doc[i].ent_type_ != "PERSON" or settlement or town_size is not None and any(
                        e.level == "place" and e.population >= town_size for e in gaz.lookup(doc[i].text)))):
                break
            # "Kani township", the model's "person" Kani
            names.insert(0, doc[i])
            i -= 1
        while names and names[0].text in HYPHENS:
            names.pop(0)
        if names and not any(t.text[:1].isupper() for t in names):
            continue
        if facility and all(t.lower_ in nlp.dictionary_words() for t in names):
            continue  # "the Green market", "the Apple farm": words, not a town the site is named after
        if names and (names[0].pos_ == "PROPN" or not names[0].is_sent_start):
            name = _joined(names)
            if _known(gaz, name) or token.lemma_.lower() in SETTLEMENT_WORDS:
                added = add(names, names[-1], "place", key=name)
                if added and token.tag_ != "NNS" and (settlement or token.lemma_.lower() in ("neighbourhood", "neighborhood", "quarter")):
                    _settlements_only(added, gaz)

    # a named site after a locative preposition, whose name holds a town's or a land's: "near Port
    # Harcourt Teaching Hospital", "at Kabul University", "outside the University of Nairobi"
    for token in tokens_of_sent:
        if token.i in used or not token.text[:1].isupper() or token.lower_ not in INSTITUTION_WORDS \
                or not (token.dep_ == "pobj" and token.head.lower_ in STRICT_LOCATIVE_PREPS):
            continue
        tokens = [*_name_lefts(token), token]
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and len(tokens) == 1):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper()):
                tokens = [token, prep, *_name_lefts(obj), obj]
        name = _joined(tokens)
        if len(tokens) > 1 and not used.intersection(t.i for t in tokens) and not _known(gaz, name) \
                and known_part(gaz, name)[1]:
            add(tokens, token, None, key=name)

    # names built with "of": "the Sea of Azov", "the Gulf of Aden", "the Strait of Hormuz"
    for token in tokens_of_sent:
        if token.i in used or not token.text[:1].isupper() or token.ent_type_ in ("PERSON", "ORG", "NORP"):
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.text[:1].isupper() and c.i not in used):
                lefts = _name_lefts(token)
                owner = [t for c in token.lefts if c.dep_ == "poss" and c.text[:1].isupper() for t in c.subtree
                         if t.dep_ != "det"]
                tokens = [*lefts, token, prep, *[t for t in obj.lefts if t.dep_ == "compound"], obj]
                for words in ([*owner, *tokens], tokens) if owner else (tokens,):  # "the People's Republic of China"
                    name = doc[min(t.i for t in words): obj.i + 1].text
                    if any(e.level in ("area", "country", "adm1") for e in gaz.places(name)):
                        add(sorted(words, key=lambda t: t.i), token, None, key=name)
                        break

    # proper names the gazetteer knows, in a place-like position
    misread: list[Token] = []  # names after a locative preposition the model calls a person or a common noun
    for token in tokens_of_sent:
        if token.i in used or not _capitalised(token) or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        if _glued_to_a_particle(token, sent):
            continue  # "A’in" of "Ras al-A’in", "Kumri" of "Pul-i-Kumri": a part of a name, not Gyumri's other name
        if token.dep_ == "compound" and token.head.i not in used and (
            token.head.pos_ == "PROPN" or token.ent_type_ not in ("GPE", "LOC")
        ):
            top = token
            while top.dep_ == "compound" and top.head != top and top.head.text[:1].isupper():
                top = top.head  # "New" on "York" on "City"
            longer = _longer_known_name(token, [*_name_lefts(top), top], gaz) \
                if token.head.ent_type_ not in ("DATE", "TIME") else []
            if longer:
                # a word of a longer name the gazetteer knows ("York" in "New York City", "Mexico" in
                # "Mexico City Health Secretary ..."): the longer name, told by its last word
                if longer[-1] == token and modifiers and not used.intersection(t.i for t in longer):
                    add(longer, token, None, modifier=True)
                continue
            if token.head.ent_type_ not in ("DATE", "TIME"):  # not "the United Kingdom Sunday": a misread head
                # part of a longer name ("Kyiv Post", "Kharkiv Oblast Administration"), or a modifier
                # ("U.S. officials", "the NSW government", "DRC President Joseph Kabila")
                notable = [e for e in _known(gaz, token.text) if e.level in ("country", "adm1", "area")
                           or (e.population >= 100000 and token.ent_type_ != "ORG")]
                if modifiers and token.ent_type_ in ("GPE", "LOC", "", "ORG") \
                        and token.text.lower() not in _lowercase_words(doc) \
                        and notable \
                        and norm(token.text) not in QUALIFIERS \
                        and not _word_for_other_names(token, notable, MODIFIER_NAME_LEVELS):
                    add([token], token, None, modifier=True)  # not "West" (for Ouest) in "West Nile virus"
                continue
        # a town the model takes for a people ("near Kidal") is a town
        town_as_people = token.ent_type_ == "NORP" and token.lower_ not in DEMONYMS and token.dep_ == "pobj" \
            and _person_tag_on_a_town(token, gaz)
        if modifiers and token.ent_type_ == "NORP" and not town_as_people:
            if token.dep_ in ("amod", "compound", "nmod") and token.head.pos_ in ("NOUN", "PROPN") \
                    and token.head.ent_type_ != "NORP":  # not "African Americans"
                found = demonym_mention(token, gaz)  # "the Syrian army", "Central American migrants"
                if found is not None and not used.intersection(t.i for t in found[0]):
                    added = add(found[0], token, None, modifier=True)
                    if added:
                        added.candidates, added.demonym = found[1], True
            continue
        if token.ent_type_ in ("NORP", "DATE", "CARDINAL", "ORDINAL", "MONEY", "TIME") and not town_as_people:
            continue
        # "Java's southern coast", "Kenya's border": a name whose part of the land is told
        land_of = token.dep_ == "poss" and token.head.lemma_.lower() in LAND_PARTS
        if (token.tag_ not in ("NNP", "NNPS") and token.ent_type_ not in ("GPE", "LOC", "FAC")) or (
                token.ent_type_ == "PERSON" and not _person_tag_on_a_town(token, gaz) and not (land_of and any(
                    e.level in ("country", "adm1", "area") or e.population >= 15000 for e in gaz.lookup(token.text)))):
            # a capitalised common word ("Samples", "Most") or a person is not a name of a place,
            # unless the sentence names the country it lies in ("their base in Tessalit in northern Mali")
            if token.dep_ == "pobj" and token.head.lower_ in STRICT_LOCATIVE_PREPS and not token.is_sent_start \
                    and token.lower_ not in nlp.dictionary_words() and not list(token.children):
                misread.append(token)
            continue
        tokens = _name_lefts(token) + [token]
        placeish = token.ent_type_ in ("GPE", "LOC", "FAC") or land_of or (
            token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS
        ) or token.dep_ in ("dobj", "nsubj", "nsubjpass", "conj", "appos") or (
            token.dep_ == "nmod" and _division_level(token.head) and token.i + 1 < token.head.i
            and token.doc[token.i + 1].is_punct) or (  # "Kramatorsk, Donetsk region" parsed as one phrase
            token.dep_ == "npadvmod" and tokens[0].i > sent.start and doc[tokens[0].i - 1].text == ","
            and any(e.level in ("country", "adm1") for e in _known(gaz, " ".join(t.text for t in tokens))))
        # "in Beni territory, DR Congo": the country after a comma, parsed as an adverbial
        if not placeish:
            continue
        name = " ".join(t.text for t in tokens)
        # a name the model calls a place, after a locative preposition, may be a close spelling
        known = _known(gaz, name, fuzzy=token.ent_type_ in ("GPE", "LOC") and token.dep_ == "pobj"
                       and token.head.lower_ in STRICT_LOCATIVE_PREPS)
        if not known and len(tokens) > 1 and token.ent_type_ in ("GPE", "LOC") and all(
                t.ent_type_ in ("GPE", "LOC") for t in tokens) and any(
                e.level in ("country", "adm1") for e in _known(gaz, token.text)):
            tokens, name = [token], token.text  # "from Paris France": the country, the town written before it
            known = _known(gaz, name)
        if known and len(tokens) == 1 and _common_word_not_a_place(token, known, doc):
            continue
        if len(tokens) > 1 and all(t.lower_ in nlp.dictionary_words() for t in tokens):
            # English words that are another place's name only in translation: "the White House" is not
            # Casablanca; a building or a body the model tags so is a place only if it is a notable one
            words = set(norm(name).split())
            known = [e for e in known if e.level != "place" or words & set(norm(e.name).split())]
            if token.ent_type_ in ("ORG", "FAC") and not any(
                    e.level in ("country", "adm1", "area", "continent") or e.population >= 15000 for e in known):
                continue
        if known and token.ent_type_ not in ("GPE", "LOC") and not (
                token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS) and not any(
                e.level in ("country", "adm1", "area", "continent") or e.population >= 15000 for e in known):
            continue  # "the Secretary said": a name placed only by its role in the clause must be a notable place
        if not known and not _unknown_but_placed(token):
            continue
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS and not any(
                e.level in ("country", "adm1", "area") or e.population >= CITY_POPULATION for e in known):
            continue  # "said Lennox": a speaker; a state or a city may speak for its government ("Kyiv said")
        add(tokens, token, None)
    named = {e.country_code for m in mentions for e in m.candidates[:1] if e.level == "country"}
    for token in misread:
        inside = [e for e in _known(gaz, token.text) if e.level == "place" and e.country_code in named]
        if inside and token.i not in used:
            added = add([token], token, None)
            if added:
                added.candidates = inside
    # "central and West Africa": two names side by side that the gazetteer knows as one
    mentions.sort(key=lambda m: m.start)
    for first, second in list(zip(mentions, mentions[1:])):
        span = doc.char_span(first.start, second.end)
        if span is not None and _text_of(doc)[first.end:second.start] == " " and not first.modifier and not second.modifier \
                and first in mentions and second in mentions and any(
                    e.level in ("country", "adm1", "area", "continent") for e in gaz.places(span.text)):
            mentions.remove(first)
            mentions.remove(second)
            add(list(span), span[-1], None)
    outlets = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in _OUTLET_NAMES.finditer(sent_text)]
    mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in outlets)  # "Agence France-Presse"
                and not _names_a_disease(m)]
    mentions.sort(key=lambda m: m.start)
    _narrow_by_following_division(mentions, _text_of(doc), gaz)
    _regions_in_a_list(mentions, gaz)
    return mentions


# an outlet's name is no place: "Agence France-Presse", "Voice of America", "the Kyiv Independent"
_OUTLET_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(o) for o in sorted(KNOWN_OUTLETS, key=len, reverse=True)
                                              if " " in o or "-" in o) + r")\b")

DISEASE_WORDS = {"virus", "ebolavirus", "fever", "disease", "flu", "influenza", "strain", "variant"}


def _names_a_disease(mention: Mention) -> bool:
    """"the Marburg virus", "Lassa fever", "Marburg haemorrhagic fever": a disease named after a town or
    a land (not "a Texas flu outbreak", in a state)."""
    if any(c.level in ("country", "adm1") for c in mention.candidates[:1]):
        return False
    doc, i = mention.head.doc, mention.head.i + 1
    while i < len(doc) and doc[i].lower_ in ("hemorrhagic", "haemorrhagic", "-"):
        i += 1
    return i < len(doc) and doc[i].lower_ in DISEASE_WORDS


def repeated(doc, mentions: list[Mention]) -> list[Mention]:
    """Other uses in the document of a name it places ("Randwick has been locked down ... the Randwick
    racecourse", "Esperance recorded ... Esperance residents"): one name, one place, within one text.
    They come back as modifiers (they say which place the text is about, not where an event is);
    a use the model calls a person, or inside a longer capitalised name of its own, is left alone."""
    placed = {m.text: m for m in mentions if not m.modifier and not m.demonym and m.candidates
              and m.text[:1].isupper() and len(m.text) > 2
              and (" " in m.text or m.text.lower() not in nlp.dictionary_words()
                   or any(c.level in ("country", "adm1") for c in m.candidates))}  # not "Church", "Buffalo"
    if not placed:
        return []
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = _text_of(doc)
    covered.update(i for o in _OUTLET_NAMES.finditer(text) for i in range(o.start(), o.end()))  # "the Kyiv Independent"
    out = []
    for token in doc:
        if not token.text[:1].isupper() or token.idx in covered or token.ent_type_ == "PERSON":
            continue
        for name, mention in placed.items():
            end = token.idx + len(name)
            if not text.startswith(name, token.idx) or (end < len(text) and text[end].isalnum()):
                continue
            last = doc.char_span(token.idx, end, alignment_mode="contract")
            if last is None or any(i in covered for i in range(token.idx, end)):
                continue
            after = doc[last[-1].i + 1] if last[-1].i + 1 < len(doc) else None
            if after is not None and after.lower_ in DISEASE_WORDS:
                continue  # "the Marburg virus", "Reston ebolavirus": a disease named after a place
            before = doc[token.i - 1] if token.i > 0 else None
            if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start:
                continue  # "Port Sudan", "New Mexico": a longer name
            out.append(replace(mention, start=token.idx, end=end, head=last[-1], modifier=True))
            covered.update(range(token.idx, end))
            break
    return out


def _name_lefts(token: Token) -> list[Token]:
    """The capitalised words compounded before a name's last word, however the parse nests them:
    "New York City" is "New" on "York" on "City"."""
    found = []
    for left in token.lefts:
        if left.dep_ == "compound" and (left.text[:1].isupper() or left.lower_ in NAME_PARTICLES):
            found += [*_name_lefts(left), left]
    while found and not found[0].text[:1].isupper():
        found.pop(0)  # a name begins with a capital: "Mocímboa da Praia", "Rio de Janeiro"
    return found


def _longer_known_name(token: Token, chain: list[Token], gaz: Gazetteer) -> list[Token]:
    """The longest run of two or more words of a compound name (``chain``) that holds ``token`` and
    that the gazetteer knows: "Mexico City" of "Mexico City Health Secretary Armando Ahued"."""
    chain = sorted(set(chain) | {token}, key=lambda t: t.i)
    runs, run = [], []
    for word in chain:
        if run and word.i != run[-1].i + 1:
            runs.append(run)
            run = []
        run.append(word)
    runs.append(run)
    run = next(r for r in runs if token in r)
    at = run.index(token)
    for size in range(len(run), 1, -1):
        for start in range(max(0, at - size + 1), min(at, len(run) - size) + 1):
            words = run[start:start + size]
            if words[0].text[:1].isupper() and _known(gaz, " ".join(t.text for t in words)):
                return words
    return []


NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "al", "el", "ul", "van", "von",
                  "bin", "ibn", "y"}


def _regions_named(gaz: Gazetteer, name: str) -> list[Entry]:
    """The regions (ADM1) whose own name this is: the state of "New York", not New York City."""
    return [r for r in gaz.divisions(name, 1) if norm(r.name) == norm(name)]


def _regions_in_a_list(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A bare name a big town shares with a region means the town ("New York", "Washington"), but
    listed with that country's regions it is the region: "in Oregon, Ohio, New York and Utah"."""
    def first_of_list(token: Token) -> Token:
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        return token

    regions = [m for m in mentions if m.candidates and m.candidates[0].level == "adm1" and not m.modifier]
    for mention in mentions:
        if mention.level is not None or not mention.candidates or any(c.level == "adm1" for c in mention.candidates):
            continue
        first = first_of_list(mention.head)
        listed = {r.candidates[0].country_code for r in regions
                  if r is not mention and first_of_list(r.head) == first}
        if not listed:
            continue
        namesakes = [r for r in _regions_named(gaz, mention.key) if r.country_code in listed]
        if len(namesakes) == 1:
            mention.candidates, mention.level = namesakes, "adm1"


# "Kramatorsk, Donetsk region", "Mogila location, Kenya": a town, perhaps the word for what it is, a comma
_TOWN_THEN_PARENT = re.compile(r"(?: [a-z][a-z-]+)?, ")


def _narrow_by_following_division(mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
    """"Paris, Tenn.", "Dublin, Ga.", "Kramatorsk, Donetsk region": a town written with its region or
    country after a comma is one of that region's towns, when the gazetteer has one there.  A parent
    that names a big town and a region ("Buffalo, New York") is the region, when the town lies in it."""
    for number, (town, parent) in enumerate(zip(mentions, mentions[1:])):
        if not _TOWN_THEN_PARENT.fullmatch(text[town.end:parent.start]) or not parent.candidates \
                or town.level not in (None, "place"):
            continue
        if any(c.level == "country" for c in town.candidates):
            continue  # "Mexico, China, Japan": a country's name is no town of the next one
        after = mentions[number + 2] if number + 2 < len(mentions) else None
        before = mentions[number - 1] if number > 0 else None
        if after is not None and text[parent.end:after.start] in (", ", " and ", ", and ") and before is not None \
                and text[before.end:town.start] == ", ":
            continue  # "Kharkiv, Kyiv, Odesa and Lviv": a list, not a town and its region
        if parent.level is None and all(c.level == "place" for c in parent.candidates):
            holding = [r for r in _regions_named(gaz, parent.key) if any(
                (c.country_code, c.admin1) == (r.country_code, r.admin1) for c in town.candidates)]
            if len(holding) == 1:
                parent.candidates, parent.level = holding, "adm1"
        top = parent.candidates[0]
        if top.level == "adm1":
            inside = [c for c in town.candidates if c.country_code == top.country_code and c.admin1 == top.admin1]
        elif top.level == "country":
            inside = [c for c in town.candidates if c.country_code == top.country_code]
        elif top.level == "place" and top.population >= CITY_POPULATION and all(c.population < 15000 for c in town.candidates):
            # "Bohdanivka, Kyiv": of the villages of the name, the one by the city (not a list of cities)
            inside = [c for c in town.candidates if c.level == "place" and km(c.lat, c.lon, top.lat, top.lon) <= NEAR_TOWN_KM]
        else:
            continue
        if inside and len(inside) < len(town.candidates):
            town.candidates = inside
        elif not inside and top.level == "country" and all(
                c.level == "place" and c.population < CITY_POPULATION
                and c.country_code not in neighbours().get(top.country_code, ()) for c in town.candidates):
            # "Siberia village, Colombia", "Mogila location, Kenya": a place of that country the gazetteer does
            # not know, not its namesake abroad (but a town across a border that moved, "Maridi, Sudan", is
            # that town, and a city abroad is what a wrongly named country cannot undo)
            town.candidates = []


def world_region(gaz: Gazetteer, adjective: str) -> list[Entry]:
    """The world region an adjective of ``REGION_DEMONYMS`` names ("european" -> Europe)."""
    return [e for e in gaz.places(REGION_DEMONYMS[adjective]) if e.level in ("area", "continent")]


def demonym_mention(token: Token, gaz: Gazetteer) -> tuple[list[Token], list[Entry]] | None:
    """The country or world region an adjective names ("Syrian", "European", "Central American"),
    with the words that name it: a reference to that part of the world, never where an event is."""
    before = token.doc[token.i - 1] if token.i > token.sent.start else None
    if before is not None and before.text[:1].isupper() and f"{before.lower_} {token.lower_}" in REGION_DEMONYMS:
        areas = world_region(gaz, f"{before.lower_} {token.lower_}")
        return ([before, token], areas[:1]) if areas else None
    word = norm(token.text)
    if word in REGION_DEMONYMS:
        areas = world_region(gaz, word)
        return ([token], areas[:1]) if areas else None
    country = gaz.country(DEMONYMS[word]) if word in DEMONYMS else None
    return ([token], [country]) if country is not None else None


MODIFIER_NAME_LEVELS = {"place", "adm1", "adm2", "area", "continent"}  # all but a country's curated names


def _word_for_other_names(token: Token, known: list[Entry], levels: set[str]) -> bool:
    """An English word that matches these entries only through other names of theirs ("White" for Alba),
    not through a spelling of their own name ("Groznyy" for Grozny, a word the dictionary lists too)."""
    # an acronym is no English word, whatever the dictionary lists ("NSW")
    return token.text.lower() in nlp.dictionary_words() and not _acronym(token.text) and all(
        e.level in levels and norm(e.name) != norm(token.text) and not (e.level == "place" and bears_name(e, token.text))
        and not (_placed(token) and _respelt(token.text, e)) for e in known)  # "Acapulco" is Acapulco de Juárez


def _placed(token: Token) -> bool:
    """The model or the grammar makes the word a place's name: tagged a place, or after "in", "near"."""
    return token.ent_type_ in ("GPE", "LOC") or token.dep_ == "pobj" and token.head.lower_ in STRICT_LOCATIVE_PREPS


def _respelt(written: str, entry: Entry) -> bool:
    """A city's name transliterated another way, which the dictionary lists as that city ("Groznyy" for
    Grozny); not an English word that a town's other name spells ("Drug" for Durg, "Harden" for Hardin)."""
    return entry.population >= CITY_POPULATION and skeleton(written) == skeleton(entry.name) and SequenceMatcher(
        None, norm(written), norm(entry.name)).ratio() >= FUZZY_RATIO


def _common_word_not_a_place(token: Token, known: list[Entry], doc) -> bool:
    """A capitalised English word that is no place here: one the text also writes in lower case
    ("the Drug Administration ... a drug"), one that matches a place only through a foreign
    name of it ("White" for Alba, "West" for Ouest), or a word inside an organisation's name
    that only small towns share ("the University of Rouen", "the Church of Scientology")."""
    word = token.text.lower()
    if token.ent_type_ not in ("GPE", "LOC") and word in _lowercase_words(doc) and all(e.level == "place" for e in known):
        return True
    if _word_for_other_names(token, known, {"place"}):
        return True  # an English word matching a town only through another name of it
    if word not in nlp.dictionary_words() or _acronym(token.text):
        return False
    # in an organisation's name, only a place's own name counts: "the Center for Disease Control" is not
    # Haiti's Centre department, which "Center" names in translation
    own = [e for e in known if e.level in ("country", "area", "continent") or norm(e.name) == norm(token.text)]
    return token.ent_type_ == "ORG" and all(e.level in ("place", "adm2") and e.population < 100000 for e in own)


def _town_tagged_as_people(token: Token, gaz: Gazetteer) -> bool:
    """"Aleppo town", which the model tags as a people: a town of 15,000 or more by its own name, not a
    demonym nor a people's name that a village shares ("an Arab village", "a Christian village")."""
    return token.lower_ not in DEMONYMS and norm(token.text) not in REGION_DEMONYMS and any(
        norm(token.text) in (norm(e.name), without_article(norm(e.name))) and e.level == "place" and e.population >= 15000
        for e in gaz.lookup(token.text))


def _person_tag_on_a_town(token: Token, gaz: Gazetteer) -> bool:
    """The small NER model tags some towns as people ("a strike on Kherson"): a name after a
    locative preposition, the object of an attack or a capture ("shelled Kherson"), or listed
    with places, that names a town of 15,000 or more, or a region, is taken as a place."""
    anchor = token.head if token.dep_ == "conj" else token  # "near Kupiansk and Lyman"
    # "shelled Kherson", "Kherson was shelled", "Sumy came under fire"
    attacked = anchor.dep_ in ("dobj", "nsubjpass") and anchor.head.lemma_.lower() in PLACE_OBJECT_VERBS or (
        anchor.dep_ == "nsubj" and anchor.head.lemma_.lower() == "come"
        and any(c.dep_ == "prep" and c.lower_ == "under" for c in anchor.head.children))
    # "Mali, Niger and Senegal", "Cairo, Giza and Minya": listed with a name the model does call a place
    first = token
    while first.dep_ in ("conj", "appos") and first.head != first:
        first = first.head
    listed, todo = [], [first]
    while todo:
        member = todo.pop()
        listed.append(member)
        todo.extend(c for c in member.children if c.dep_ in ("conj", "appos"))
    with_places = len(listed) > 1 and any(t.ent_type_ in ("GPE", "LOC") for t in listed if t is not token)
    words = [*[c for c in token.lefts if c.dep_ == "compound"], token]
    name = " ".join(t.text for t in words)  # "Kryvyi Rih"
    after_comma = words[0].i > 0 and token.doc[words[0].i - 1].text == ","
    if (after_comma or len(words) > 1) and any(e.level == "country" and norm(e.name) == norm(name) for e in gaz.lookup(name)):
        return True  # "Lere town, Mali", "Dibilou, Burkina Faso": a country's own name after a place, or of two words
    if not (anchor.dep_ == "pobj" and anchor.head.lower_ in LOCATIVE_PREPS) and not attacked and not with_places:
        return False
    return any(e.population >= 15000 or e.level in ("adm1", "country") for e in gaz.lookup(name))


def _unknown_but_placed(token: Token) -> bool:
    """A name the gazetteer lacks, kept when the text itself makes it a place:
    NER calls it a place and it follows a locative preposition, or a division
    hangs from it ("Kolyachek in the Khomutovsky district"; "at Tawori, in the Est
    region" even when the model calls the unknown word an organisation's name)."""
    if token.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "") or token.lower_ in DEMONYMS or token.tag_ == "NNPS":
        return False
    if token.ent_type_ == "ORG" and (token.lower_ in nlp.dictionary_words() or list(token.lefts)):
        return False  # "at the Interior Ministry in the Kyiv region": a body, not a village
    after_prep = token.dep_ == "pobj" and token.head.lower_ in STRICT_LOCATIVE_PREPS
    has_division = any(
        c.dep_ == "prep" and c.lower_ in ("in", "of") and any(_division_level(g) for g in c.children if g.dep_ == "pobj")
        for c in list(token.children) + list(token.head.head.children if token.dep_ == "pobj" else [])
    )
    return after_prep and (token.ent_type_ in ("GPE", "LOC") or has_division)


# Dependencies a place may hang from on its way up to the event's trigger
_PATH_DEPS = {"pobj", "prep", "conj", "compound", "nmod", "appos", "dobj", "npadvmod", "advmod", "pcomp", "cc", "amod", "attr"}


def names_a_part(mention: Mention) -> bool:
    """"150 engagements along the front, the heaviest near Pokrovsk", "121 drones ..., including 37 over the
    Bryansk region": the place of the largest or a counted part, not of the whole."""
    token = mention.head
    for _ in range(3):
        if token.head == token or token.dep_ not in ("pobj", "prep"):
            break
        token = token.head
        if token.like_num and token.head.lower_ in ("including", "among"):
            return True  # "destroyed 121 drones over 13 regions, including 37 over the Bryansk region"
    return token.tag_ == "JJS" and token.dep_ in ("appos", "npadvmod", "conj")


def governed(trigger: Token, mention: Mention) -> list[Token] | None:
    """The path of tokens from a mention up to the trigger, or None when the trigger does not govern it."""
    if names_a_part(mention):
        return None
    path = []
    token = mention.head
    for _ in range(40):
        if token == trigger:
            return path
        if token.lower_ == "according":
            return None  # "according to the Institute for the Study of War": a source, not a place
        if (token.dep_ not in _PATH_DEPS and not (token.dep_ == "poss" and token.head.lemma_.lower() in PLACE_PARTS)) \
                or token.head == token:
            return None  # but "in Srinagar's old city", "Kharkiv's outskirts": the place is the owner's
        path.append(token)
        token = token.head
    return None


def relation_of(path: list[Token]) -> str:
    words = {t.lower_ for t in path} | {t.lemma_.lower() for t in path} | {_singular(t.lower_) for t in path}
    if "border" in words or "frontier" in words:
        return "border"
    if "between" in words:
        # "between the Bryansk and Kursk regions" runs along their border; "on the road between Djibo and
        # Arbinda" is by the towns
        between = next(i for i, t in enumerate(path) if "between" in (t.lower_, t.lemma_.lower()))
        sides = [path[between - 1]] if between else []
        sides += [c for t in sides for c in t.children if c.dep_ == "conj"]
        return "border" if any(_division_word_level(t.lemma_, t.lower_) for t in sides) else "near"
    # "a village 10 km from Nikopol", but not "Nikopol, 10 km from the plant": the named place's own apposition
    # tells where it lies, not that the event was away from it
    children = [t for i, tok in enumerate(path) for t in tok.children if not (i == 0 and t.dep_ in ("appos", "relcl", "acl"))]
    if any(t.lemma_.lower() in UNITS or _singular(t.lower_) in UNITS for t in children) or (
        words & set(UNITS)
    ):
        return "km_from"
    if words & NEAR_PREPS:
        return "near"
    if any(t.lower_ in BEARINGS and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in path):
        return "near"  # "villages west of Aleppo": by the town, not in it
    return "in"


UNITS = {"kilometer": 1.0, "kilometre": 1.0, "km": 1.0, "mile": 1.609}
BEARINGS = {"north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
            "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315}


def offset_of(sent: Span, reference: Mention) -> tuple[float, float] | None:
    """(kilometres, bearing) of "about 180 km east of El Fasher", "30 miles north-west of Y": a distance
    and a compass direction before the reference place, in the same sentence; None without both."""
    doc = sent.doc
    ref = reference.head
    left = ref.left_edge.i
    window = doc[max(sent.start, left - 8): left]
    for i, token in enumerate(window):
        unit = UNITS.get(token.lemma_.lower()) or UNITS.get(_singular(token.lower_))
        if unit is None:
            continue
        number = doc[token.i - 1] if token.i > sent.start else None
        if number is not None and number.lower_ == "nautical" and unit == UNITS["mile"]:
            unit, number = 1.852, (doc[token.i - 2] if token.i - 1 > sent.start else None)  # "70 nautical miles"
        if number is None or not number.like_num:
            continue
        try:
            km = float(number.text.replace(",", "")) * unit
        except ValueError:
            return None
        between = [t.lower_ for t in doc[token.i + 1: left]]
        joined = " ".join(between).replace("-", " ").split()  # "south-west", "south - west", "southwest"
        words = ["".join(joined[i:i + 2]) for i in range(len(joined))] + joined
        bearing = next((BEARINGS[w] for w in words if w in BEARINGS), None)
        if bearing is None or not set(between) & {"of", "from"}:
            return None
        return km, float(bearing)
    return None


def shift(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` kilometres from (lat, lon) on a compass ``bearing`` (great circle)."""
    d = km / 6371.0
    b, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def score(entry: Entry, context: dict[str, set], written: str | None = None) -> float:
    """How likely an entry is the place meant: its size, whether the text's countries and regions
    hold it, and whether the text writes its own name (Pokrovsk, Donetsk region, rather than the
    old name of Engels, Saratov region)."""
    # a region's people are counted at a tenth: a bare name shared with a town or a
    # country elsewhere more often means those ("Washington", "Georgia")
    people = entry.population / 10 if entry.level in ("adm1", "adm2") else entry.population
    score = math.log10(people + 10)
    if written is not None and (entry.level != "place" or bears_name(entry, written)):
        # divisions, countries and areas are looked up by curated English names; a town by its own name
        # or the short form of it ("Marburg" for Marburg an der Lahn, not Maribor's German name)
        score += PRIMARY_NAME_BONUS
    if entry.stand_in == CAPITAL and written is not None and norm(entry.name) == norm(written):
        score += CAPITAL_BONUS  # a bare "Athens" or "Rome" is the capital, not a village of the text's country
    # a town does not vouch for its own country ("Mizan" for Ethiopia); a country named does
    if entry.country_code in (_vouched(context, written) if entry.level == "place" else context.get("countries", set())):
        score += 3
    if (entry.country_code, entry.admin1) in context.get("regions", set()):
        score += 3
    if entry.level == "country":
        score += 2
    elif entry.level == "adm1":
        score += ADM1_BONUS
        if entry.country_code in context.get("region_lists", set()):
            score += 3
    elif entry.level == "continent":
        score += 4
    elif entry.level == "area":  # a sea or a named region ("the Black Sea", "Donbas"): no people counted
        score += 6
    elif entry.level == "adm2":  # its own name written out ("Fife", "Los Angeles County"); it counts no people
        score += 2
    return score


def resolve(mentions: list[Mention], relation: str, gaz: Gazetteer, context: dict[str, set],
            sentence_region: Entry | None = None) -> Place | None:
    """Resolve the most specific of a chain of mentions, the others constraining it.

    ``sentence_region`` is a region the same sentence names outside the chain
    ("Border guards in Belgorod Oblast detained ... near Zhuravlevka"): a place
    must lie in it, or it is kept as written inside that region.
    """
    if not mentions:
        return None
    # widest first; among places of one level the first named is the one meant
    order = sorted(mentions, key=lambda m: (-rank(m), -m.start))
    # "In Kharkiv, ... in the Kyivskyi district": a city's own district, not a division elsewhere
    cities = [c for m in mentions if m.level in (None, "place") for c in m.candidates
              if c.level == "place" and c.population >= CITY_POPULATION]  # not "India" after "Pulwama district"
    named = {m.candidates[0].country_code for m in mentions if m.candidates and m.candidates[0].level == "country"}
    if named:  # "Chasana in ... Udhampur district, India": not a Chinese city that spells like the village
        cities = [c for c in cities if c.country_code in named]
    if cities:
        order = [m for m in order if not (m.level == "adm2" and m.candidates and not any(
            (c.country_code, c.admin1) == (t.country_code, t.admin1) for c in m.candidates for t in cities))]
    country: str | None = None
    region: Entry | None = None
    if sentence_region is not None and all(m.level in (None, "place") for m in mentions):
        inside = [c for m in mentions for c in m.candidates
                  if c.country_code == sentence_region.country_code and c.admin1 == sentence_region.admin1]
        towns = [c for m in mentions for c in m.candidates if c.population >= 20000]
        if inside or not towns:  # a large town elsewhere is that town; a village is looked for in the region
            region, country = sentence_region, sentence_region.country_code
    district: Entry | None = None
    chosen: Entry | None = None
    unknown: Mention | None = None
    lost_district: Mention | None = None
    chosen_mention: Mention | None = None
    for mention in order:
        cands = mention.candidates
        if mention.fuzzy and not country:
            # a close spelling is a guess: only in a country the text names, or a city known the world over
            # ("Kisima village, DR Congo" is not Kissimmee, Florida)
            cands = [c for c in cands if c.country_code in context.get("countries", set())
                     or not context.get("countries") and c.population >= CITY_POPULATION and not _written_a_village(mention)]
        elif context.get("countries") and cands and all(
                c.level == "place" and c.population < VILLAGE_ABROAD and c.country_code not in context["countries"]
                for c in cands):
            # "Tawila" in a report on Sudan and Chad is not a hamlet of that spelling in Yemen: a village the
            # text places in none of the countries it names is left as written
            cands = []
        elif (near := _near_countries(context, mention.key)) and any(_far_abroad(c, near) for c in cands):
            # "Shiwan area" in a report on Afghanistan, "Mizan town" in one on Zabul: a town far from every
            # country the text's other names vouch for (and the countries beside them) is not the one meant
            cands = [c for c in cands if not _far_abroad(c, near)]
        elif mention.variant and context.get("countries"):
            # a name known only in another form ("West Midlands" as Zimbabwe's Midlands, "Islington Bay" as
            # Islington): in a country the text names, or a country or a wide area itself
            cands = [c for c in cands if c.country_code in context["countries"] or c.level in ("country", "continent", "area")]
        if country:
            beside = [c for c in cands if c.level == "place" and c.population >= VILLAGE_ABROAD
                      and c.country_code in neighbours().get(country, ())]
            cands = [c for c in cands if c.country_code == country] or []
            if not cands and region is None and mention.level in (None, "place"):
                # "Maridi town, Sudan", "Vukovar, Serbia": a town across a border that moved (not a hamlet)
                cands = beside
            if not cands and mention.level in ("adm1", "adm2"):
                cands = _seat_for(mention, country, gaz)  # "Beni territory, DR Congo": the district of Beni town
        elif not cands and (mention.level == "adm2" or mention.level == "adm1" and mention.text.split()[-1].islower()) \
                and context.get("countries"):  # "Beni territory" (not "the Justice Department")
            # "the Kabanjahe district of Sumatra in Indonesia": a town of that name in the one country
            # of the text's countries that has one
            seats = [found for c in sorted(context["countries"]) if (found := _seat_for(mention, c, gaz))]
            cands = seats[0] if len(seats) == 1 else []
        if region:
            # (a site we list knows its country, not its region: "Fort Hood, Texas")
            cands = [c for c in cands if (c.admin1 == region.admin1 or point_site(c) and not c.admin1)
                     and c.country_code == region.country_code] or []
        if district and mention.level in (None, "place"):
            # a loaded GeoNames dump knows each place's district: keep those in the named one
            cands = [c for c in cands if c.admin2 in (None, district.admin2)]
        if chosen is not None and chosen.level == "place" and mention.level in (None, "place"):
            # "the village of Pishchane near Kupiansk": a namesake 300 km away is not the one meant
            cands = [c for c in cands if c.level != "place" or km(c.lat, c.lon, chosen.lat, chosen.lon) <= NEAR_TOWN_KM]
        if not cands:
            if chosen is not None and chosen.level != "place" and any(
                    c.level in ("area", "country", "continent") for c in mention.candidates):
                continue  # "the Kulgam district of Indian-administered Kashmir": a wider region holding it
            if mention.level in (None, "place") or mention is order[-1]:
                unknown = mention
            elif mention.level == "adm2":
                lost_district = mention
            continue
        best = max(cands, key=lambda e: score(e, context, mention.key))
        if best.level == "country" or (best.level == "area" and best.country_code):
            country = best.country_code
        elif best.level == "adm1":
            region = best
            country = best.country_code
        elif best.level == "adm2":
            district = best
            region = gaz.region_of(best) or region
            country = best.country_code
        chosen, chosen_mention = best, mention
        unknown = None
    if chosen is not None and chosen.level == "place" and lost_district is not None and unknown is None \
            and lost_district.start < chosen_mention.start:
        # "Qala-e-Zal District, Kunduz": a district the gazetteer lacks, written before the town it is
        # placed by, is that town's district, not the town
        unknown = lost_district
        order = [*order, lost_district]
    # the words as written, once: "the Anantnag and Kulgam districts" already holds "Kulgam"
    spans = sorted(mentions, key=lambda m: (m.start, -m.end))
    texts = " ".join(m.text for i, m in enumerate(spans)
                     if not any(o.start <= m.start and m.end <= o.end for o in spans[:i]))
    if chosen is None and region is not None and unknown is not None:
        chosen = region
    if chosen is None:
        most = order[-1]
        return Place(text=most.text, name=most.text, precision=4, relation=relation, resolution="unresolved")
    region_entry = gaz.region_of(chosen) if chosen.level != "country" else None
    district_entry = district if chosen.level in ("adm2", "place") else None
    if chosen.level == "adm2":
        district_entry = chosen
    if unknown is not None and unknown is order[-1]:
        # a place the gazetteer does not know, inside a resolved parent: kept as written
        return Place(
            text=texts, name=unknown.text, geonameid=None, lat=chosen.lat, lon=chosen.lon,
            admin1=region_entry.name if region_entry else None,
            admin2=district_entry.name if district_entry else None,
            country_code=chosen.country_code or None, relation=relation, resolution="parent",
            # the parent's point stands in: near a town or in a district 2, a region 3, a country 4
            precision=2 if chosen.level in ("adm2", "place") else 4 if chosen.level in ("country", "continent") or (
                chosen.level == "area" and not chosen.country_code) else 3,
        )
    precision = {"place": 1, "adm2": 3, "adm1": 3, "country": 4, "continent": 4}.get(chosen.level)
    if chosen.level == "area":  # a region within one country, or a sea / a region across borders; a base is a site
        precision = 2 if point_site(chosen) else 3 if chosen.country_code else 4
    if chosen.level == "place" and (relation in ("near", "km_from") or any(
            m.variant and chosen in m.candidates for m in mentions)):
        precision = 2
    return Place(
        text=texts, name=chosen.name, geonameid=chosen.geonameid if chosen.geonameid > 0 else None,
        lat=chosen.lat, lon=chosen.lon,
        admin1=region_entry.name if region_entry else None,
        admin2=district_entry.name if district_entry else None,
        country_code=chosen.country_code or None, precision=precision, relation=relation, resolution="resolved",
    )


def _vouched(context: dict, key: str | None) -> set[str]:
    """The text's countries, but one that only the name being resolved vouches for ("Mizan" for
    Ethiopia, in a report on Afghanistan)."""
    vouchers = context.get("vouchers")
    if vouchers is None or key is None:
        return context.get("countries", set())
    return {cc for cc in context.get("countries", set()) if vouchers.get(cc, set()) - {key}}


def _near_countries(context: dict, key: str) -> set[str]:
    """The countries the text's other names vouch for and the countries bordering them (none if none)."""
    vouched = _vouched(context, key)
    return vouched | {n for cc in vouched for n in neighbours().get(cc, ())}


def _far_abroad(entry: Entry, near: set[str]) -> bool:
    """A town (not a city known the world over) or a division of under a million people (not "England")
    outside the ``near`` countries."""
    return (entry.level == "place" and entry.population < CITY_POPULATION or entry.level in ("adm1", "adm2")
            and entry.population < 10 * CITY_POPULATION) and entry.country_code not in near


VILLAGE_WORDS = {"village", "hamlet", "settlement"}


def _written_a_village(mention: Mention) -> bool:
    """"the village of Nanjua", "Nanjua village", "Nanjua, a village ...": no close spelling of a city."""
    head = mention.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in VILLAGE_WORDS:
        return True
    return head.dep_ == "compound" and head.head.lemma_.lower() in VILLAGE_WORDS or any(
        c.dep_ == "appos" and c.lemma_.lower() in VILLAGE_WORDS for c in head.children)


def _seat_for(division: Mention, country: str, gaz: Gazetteer) -> list[Entry]:
    """A district the gazetteer lacks in the text's country, named after a town of it that it has
    ("Beni territory, DR Congo", where GeoNames' only Beni division is Bolivia's): the town stands in
    for its district (no GeoNames id; district precision)."""
    towns = [e for e in gaz.lookup(division.key) if e.level == "place" and e.country_code == country]
    # the town of that very name, else one known by it ("Poonch district, India": Pūnch)
    seats = [e for e in towns if norm(e.name) == norm(division.key)] or towns
    if not seats:
        return []
    seat = max(seats, key=lambda e: e.population)
    written = division.text[4:] if division.text.lower().startswith("the ") else division.text
    return [replace(seat, geonameid=-seat.geonameid, name=" ".join(written.split()), level="adm2", stand_in=seat.name)]


def border_place(places: list[Place], text: str) -> Place:
    """The border between two or more resolved divisions: their mid-point, region precision."""
    located = [p for p in places if p.lat is not None]
    if not located:
        return Place(text=text, name=" / ".join(p.name for p in places), precision=3, relation="border",
                     resolution="unresolved")
    lat = sum(p.lat for p in located) / len(located)
    lon = sum(p.lon for p in located) / len(located)
    return Place(
        text=text, name=" – ".join(p.name for p in located) + " border", geonameid=None, lat=round(lat, 5),
        lon=round(lon, 5), admin1=located[0].admin1 or located[0].name, admin2=None,
        country_code=located[0].country_code, precision=3, relation="border", resolution="resolved",
    )


def sentence_region(mentions: list[Mention]) -> Entry | None:
    """The one region (ADM1) a sentence names unambiguously, if it names exactly one."""
    regions = {m.candidates[0].geonameid: m.candidates[0] for m in mentions
               if m.level == "adm1" and len(m.candidates) == 1}
    return next(iter(regions.values())) if len(regions) == 1 else None


def _weight(entry: Entry) -> float:
    """How much a candidate counts against its namesakes: its people (a region's at a tenth, as in
    ``score``); a country, continent or named area outweighs any town."""
    if entry.level in ("country", "continent"):
        return max(float(entry.population), 1e8)
    if entry.level == "area":
        return 1e8
    return entry.population / 10 if entry.level in ("adm1", "adm2") else float(entry.population)


def context_of(mentions: list[Mention]) -> dict[str, set]:
    """Countries and regions the text's unambiguous mentions point to.

    A mention counts when all its candidates share a country or region, or when its
    largest candidate outweighs the next by ten times ("Kyiv", "Texas", "Paris").
    """
    countries: set[str] = set()
    vouchers: dict[str, set[str]] = {}  # each country, the names that vouch for it
    regions: set[tuple[str, str | None]] = set()
    named_regions: set[tuple[str, str | None]] = set()
    for mention in mentions:
        cands = sorted(mention.candidates, key=_weight, reverse=True)
        if not cands or mention.demonym or mention.fuzzy or mention.variant:
            # "Russian forces shelled Pokrovsk": the attackers' country is not where Pokrovsk lies;
            # a close spelling or another form of a name ("West Midlands" as Midlands) is a guess,
            # which cannot vouch for itself
            continue
        codes = {c.country_code for c in cands}
        dominant = len(cands) == 1 or _weight(cands[0]) >= 10 * max(_weight(cands[1]), 1)
        if (len(codes) == 1 or dominant) and not (cands[0].level == "place" and cands[0].population < VILLAGE_ABROAD
                                                  and not bears_name(cands[0], mention.key)):
            countries.add(cands[0].country_code)  # a village known by another spelling does not vouch for its country
            vouchers.setdefault(cands[0].country_code, set()).add(mention.key)
        if (dominant or len({(c.country_code, c.admin1) for c in cands}) == 1) and cands[0].admin1:
            regions.add((cands[0].country_code, cands[0].admin1))
            if cands[0].level == "adm1":
                named_regions.add((cands[0].country_code, cands[0].admin1))
    # a country two of whose regions the text names by name: its other regions are what a bare name means
    # ("Ohio, Illinois and Vermont", not the village of Vermont, Illinois)
    by_country: dict[str, int] = {}
    for cc, _ in named_regions:
        by_country[cc] = by_country.get(cc, 0) + 1
    return {"countries": countries, "regions": regions, "vouchers": vouchers,
            "region_lists": {cc for cc, n in by_country.items() if n >= 2}}


__all__ = ["Mention", "find_mentions", "governed", "relation_of", "resolve", "border_place", "context_of", "norm"]
