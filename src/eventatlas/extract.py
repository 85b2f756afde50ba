"""Stage 4 — extract: event mentions from one parsed sentence.

A mention starts at a trigger: a verb whose lemma is in the lexicon and
whose conditions hold (``leave`` needs positions as its object; ``capture``
of people is a detention, of a place a territory change), or an event noun
that is the subject or object of a light verb ("carried out strikes").
Triggers inside relative clauses and participle modifiers ("soldiers *who
attempted to flee*", "soldiers *stationed* in X") describe a participant,
not a new event, and are skipped.

From the trigger the parse gives the arguments: actors and targets (active
and passive voice, "along with", "against"), the count of the main
participant, the places it governs, the time expression it governs, the
sources of its sentence and its modality.  Article-level work (sources and
dates carried across sentences, merging two mentions of one event) is in
``narrative.py``.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from . import attribution, nlp, places, timex
from .gazetteer import Gazetteer
from .lexicon import (
    ALERT_WORDS, ARMED_GROUP_NAMES, ARMED_MODIFIERS, ATTACKERS, ATTEMPT_NOUNS, BORDER_WORDS, CAPTIVES, CAPTIVITY, CAPTORS, CAPTURED, CONFLICT_CUES,
    CONFLICT_KINDS, CONTROL_VERBS, DEMONYMS, DISPLACE_VERBS, EVENT_NOUN_PREPS, FORCE_BUILDUP, GENERIC_MODIFIERS,
    IMPACT_VERBS, KIND_NOUNS, LAUNCH_VERBS, LIGHT_VERBS, LOSS_NOUNS, LOSS_VERBS, TOLL_SETTERS, MANNER_PREPS, MILITARY_MANNER, MILITARY_MODIFIERS,
    HIGH_OFFICES, NEEDS_OBJECT, NEEDS_PERSON_OBJECT, NOT_VIOLENCE, NOUN_NEEDS_MODIFIER, NOUN_TRIGGERS, OPERATIONS, POLITICAL_TARGETS,
    PRESENCE, PRESENCE_MODIFIERS, PRESENCE_VERBS, RECEIVE_VERBS, REPRESSION_MEANS, RETURN_VERBS, SELF_EVIDENT_TRIGGERS,
    SUSPICION_CUES, SUSPICION_VERBS, THROWN, UNREALISED_GOVERNORS, VERB_TRIGGERS, VICTIM_VERBS, WEAPON_NOUNS, WMD_MODIFIERS,
)
from .division_points import demonyms
from .quantities import parse_quantity
from .records import Actor, Quantity, Source

_POLITICAL_WORDS = POLITICAL_TARGETS | {w + "s" for w in POLITICAL_TARGETS}
DESCRIPTIVE_DEPS = {"relcl", "acl", "amod"}
STATE_OFFICES = {"ministry", "department", "government", "office", "presidency", "kremlin", "pentagon", "cabinet"}
# a country's adjective: the first of its demonyms ("RU" -> "russian")
_ADJECTIVE_OF: dict[str, str] = {code: word for word, code in reversed(list(DEMONYMS.items()))}
FIGHTS = {"clash", "clashes", "fighting", "battle", "firefight", "gunfight", "skirmish", "combat", "fight"}
CARE_PLACES = {"hospital", "clinic", "morgue", "infirmary"}
OBSERVING_VERBS = {"report", "see", "witness", "record", "hear", "observe", "notice", "detect"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
QUANTIFIER_HEADS = {"some", "all", "many", "most", "several", "dozens", "hundreds", "thousands", "tens", "scores",
                    "none", "few", "part", "majority", "rest", "group", "number", "one", "two", "three", "each",
                    "member", "members"}  # "members of the minority": the minority
# what people own and live in: burned by armed men, an attack on civilians
# what is done to people's property that destroys it (CAMEO's "destroy property")
PROPERTY_DESTROYERS = {"torch", "burn", "demolish", "raze", "bulldoze", "destroy", "flatten", "vandalise", "vandalize",
                       "dynamite"}
CIVILIAN_PROPERTY = {"home", "house", "hut", "dwelling", "church", "mosque", "temple", "shrine", "school", "market",
                     "shop", "store", "village", "hamlet", "farm", "crop", "field", "granary", "clinic", "hospital",
                     "property", "car", "bus", "livestock", "bar", "restaurant", "cafe", "café", "nightclub", "hotel",
                     "monastery", "camp", "wedding", "funeral", "site", "shelter"}  # "a displacement site"
CASUALTY_HOSTS = {"armed_clash", "remote_strike", "attack_on_civilians", "territory_change", "interception"}
NEUTRALISE = {"neutralise", "neutralize"}  # said of enemy fighters: killed
COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                      "southeastern", "southwestern", "north", "south", "east", "west"}
# what is left of people: "the bodies of 563 soldiers" are the soldiers
REMAINS = {"body", "remains", "remain"}  # the parser's lemma of "remains" is "remain"
# what is dropped or fired, never a participant: "dropped a guided bomb on the town"
MUNITIONS = {"bomb", "munition", "grenade", "explosive", "payload", "shell", "mine", "mortar", "round", "bullet", "salvo"}
# weapons that make a strike-like verb ("hit", "struck") a strike wherever they stand in its sentence
STRIKE_WEAPONS = {"shelling", "missile", "drone", "rocket", "artillery", "mortar", "bomb", "airstrike", "shell", "grenade",
                  "munition", "shahed", "bombardment", "barrage", "warplane", "airstrikes"}
# what is fired from afar: "fired mortars at army posts" is a strike, "fired shots at a checkpoint" is not
FIRED_FROM_AFAR = {"shell", "round", "salvo", "artillery", "mortar", "grenade"}
STRIKE_OBJECTS = {
    "building", "infrastructure", "facility", "plant", "city", "village", "town", "position", "depot", "airfield",
    "base", "station", "school", "hospital", "house", "home", "vehicle", "bridge", "port", "refinery", "region",
    "district", "area", "settlement", "territory", "target", "warehouse", "tank", "convoy", "headquarters",
    "substation", "grid", "apartment", "block", "outskirts", "suburb", "community", "hromada", "oblast",
    "stronghold", "bastion", "outpost", "hideout", "enclave", "airport", "barracks", "post", "checkpoint",
}
AERIAL = {"drone", "missile", "rocket", "aircraft", "plane", "jet", "helicopter", "shahed", "uav", "projectile",
          "bomb", "balloon", "warplane", "fighter", "target", "gunship"}
WEAPONS = {"bomb", "bombing", "missile", "drone", "rocket", "artillery", "mortar", "air", "airstrike", "shahed", "glide", "cluster",
           "tank", "shell", "grenade", "ballistic", "cruise"}
CEASEFIRES = {"ceasefire", "cease-fire", "truce", "armistice"}
# what fighters give up in a disarmament: "handed in their weapons", "turned in their rifles"
SURRENDERED_ARMS = {"arm", "weapon", "rifle", "gun", "firearm", "ammunition", "munition", "explosive"}
# who declares a truce between them: "both sides announced a ceasefire", "the warring parties declared a truce"
WARRING_SIDES = {"side", "party", "faction", "belligerent", "combatant"}
# vehicles with people aboard, seized in a hijacking
HIJACKED = {"plane", "aircraft", "airliner", "jet", "flight", "bus", "coach", "ship", "vessel", "tanker", "boat", "ferry",
            "train", "freighter", "trawler", "yacht", "dhow", "helicopter", "liner"}
# what a party withdraws from that is no ground: "withdrew from the talks"
POLITICAL_FORA = {"talk", "talks", "negotiation", "deal", "treaty", "agreement", "accord", "pact", "election", "race", "vote",
                  "process", "coalition", "government", "alliance", "tournament", "competition", "contest", "league",
                  "dialogue", "conference", "summit", "committee", "council", "parliament", "bid", "convention",
                  "protocol", "organisation", "organization", "union", "federation", "commission"} | CEASEFIRES
EQUIPMENT = {"tank", "vehicle", "craft", "ship", "boat", "vessel", "aircraft", "helicopter", "jet", "depot", "launcher",
             "system", "radar", "position", "bridge", "warehouse", "convoy", "howitzer", "gun", "truck", "base", "command",
             "post", "headquarters", "ammunition", "fuel", "plane", "warship", "submarine", "frigate", "corvette"}
# what is seized without a change of territory: vehicles, vessels, weapons
SEIZED_GOODS = {"tank", "vehicle", "ship", "boat", "vessel", "aircraft", "helicopter", "jet", "truck", "plane", "warship",
                "tanker", "cargo", "shipment", "weapon", "ammunition", "fuel", "howitzer", "gun", "launcher", "drone",
                "submarine", "frigate", "freighter", "container", "consignment", "arsenal", "cache", "rifle", "stockpile"}
# what a state named as the actor does only with its armed forces
STATE_VIOLENCE = {"armed_clash", "remote_strike", "territory_change", "interception", "attack_on_civilians"}
SHOWN_ARMS = {"tank", "missile", "rocket", "troop", "soldier", "weapon", "launcher", "drone", "armour", "armor",
              "vehicle", "howitzer", "artillery", "warplane", "jet"}  # what an army parades
EXERCISES = {"exercise", "drill", "manoeuvre", "maneuver"}
REACTIONS = {"spark", "prompt", "trigger", "draw", "provoke", "cause", "shock", "anger", "outrage", "fuel", "stir"}
# what an act set off or came after, told as the verb's object: "prompting clashes", "followed clashes"
SET_OFF = REACTIONS - {"draw", "shock", "anger", "outrage"} | {"follow", "precede"}
DEFENCE_OFFICES = {"defence ministry", "defense ministry", "ministry of defence", "ministry of defense", "pentagon"}
DISPERSING = {"disperse", "scatter", "break"}  # "fired tear gas to disperse protesters"
VOLLEYS = {"barrage", "salvo", "volley", "hail", "wave", "round", "series"}
HALTS = {"halt", "suspend", "stop", "end", "pause", "cease"}
HALTED_ACTS = {"fight", "shoot", "fire", "shell", "bomb", "attack"}  # "ceased firing", "stopped shelling"
PACTS = {"agreement", "pact", "accord", "treaty", "deal", "memorandum"}
TESTED_ARMS = {"missile", "rocket", "nuclear", "weapon", "warhead", "drone", "torpedo", "bomb", "hypersonic", "ballistic"}
COLLECTIVE_FORCES = {"army", "militia", "group", "military", "navy", "force", "junta", "brigade", "battalion", "unit"}
REASON_HOLDERS = {"arrest", "detain", "charge", "convict", "sentence", "jail", "imprison", "question", "hold", "indict",
                  "prosecute", "try", "extradite", "seek", "want", "investigate", "probe"}  # "... in connection with the attack"
IRREGULAR_FORCES = {"resistance", "rebel", "insurgent", "militia", "guerrilla", "jihadist", "separatist", "paramilitary"}
TERROR_MODIFIERS = {"terror", "terrorist", "suicide", "militant", "rebel", "insurgent", "jihadist", "extremist"}
ERUPTING = {"erupt", "break", "rage", "continue", "resume", "intensify", "escalate", "flare"}  # clashes that go on
RAMMING_VERBS = {"ram", "drive", "plough", "plow"}
RAMMING_VEHICLES = {"car", "truck", "lorry", "van", "vehicle", "bus", "suv", "tractor", "bulldozer"}
# sites that stand for the forces holding them, in argument positions: "struck an army command post"
GARRISONED = {"tank", "convoy", "vehicle", "position", "post", "checkpoint", "outpost", "stronghold", "barracks"}
WEARABLE_BOMBS = {"vest", "belt", "jacket"}  # "detonated his (explosive) vest"
REFLEXIVES = {"himself", "herself", "themselves", "itself", "ourselves", "myself"}
PERSON_KINDS = ("military", "intelligence", "civilians", "armed_group", "government")
SITES = CIVILIAN_PROPERTY | STRIKE_OBJECTS  # places and things an act falls on
# sites named by what they hold or serve, which are no people: "a refugee camp", "a police station"
NOT_PEOPLE = SITES - KIND_NOUNS["civilians"] - KIND_NOUNS["military"]
AERIAL_DOERS = AERIAL - {"fighter"}  # what strikes from the air as a doer: not "RSF fighters"
# what hurts people in a war: "hurt in the blast", "hurt by shrapnel"
HARMS = set(NOUN_TRIGGERS) | STRIKE_WEAPONS | MUNITIONS | AERIAL | {"shrapnel", "debris", "gunfire", "fire", "crossfire"}
MOVEMENT_KIND = {"desertion", "deployment", "withdrawal"}


@dataclass
class Candidate:
    """An event mention in one sentence, before article-level resolution."""

    sent_index: int
    trigger: Token
    type: str
    actors: list[Actor] = field(default_factory=list)
    count: Quantity | None = None
    fatalities: Quantity | None = None
    injured: Quantity | None = None
    place_mentions: list[places.Mention] = field(default_factory=list)
    relation: str = "in"
    offset: tuple[float, float, "places.Mention"] | None = None  # "180 km east of El Fasher": km, bearing, reference
    displaced: bool = False  # the sentence moves the participants ("60 km from their location")
    times: list[timex.TimeMention] = field(default_factory=list)
    report_times: list[timex.TimeMention] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    modality: str = "asserted"
    tense: str = "past"  # past | perfect | progressive | present_perfect | future
    definite: bool = False  # the main participant is a definite or anaphoric phrase
    casualty_only: bool = False  # made from "N were killed" alone: it tells of the event before it
    self_evident: bool = False  # the trigger is a conflict event by itself ("shelled", "shot down")
    armed: bool = False  # a munition is an argument: "shells hit the market"
    conflict_cue: bool = False  # the sentence has a word of war (missile, troops, shelling, ...)
    suspected: bool = False  # those detained are suspected of acts of war ("of planning attacks")
    state_actor: bool = False  # a state named as the one acting ("Israel attacked ...", "Armenia and Azerbaijan clashed")

    def in_conflict(self) -> bool:
        """A conflict event: a self-evident trigger, or a party of a conflict kind among the participants,
        or security forces arresting people for political reasons ("police detained 40 protesters").

        Keeps "the train arrived", "economists teach" and "a man attacked the car" out."""
        if self.self_evident or self.casualty_only or self.armed or any(a.kind in CONFLICT_KINDS for a in self.actors):
            return True
        if (self.fatalities or self.injured) and self.conflict_cue:
            return True  # "were killed in an attack on the market"
        if self.state_actor and self.type in STATE_VIOLENCE:
            return True  # a state attacking, shelling, clashing: its armed forces did
        if self.type == "training_cooperation" and any(
                a.role == "target" and _police(a) and a.country for a in self.actors) and any(
                a.role == "actor" and a.kind in ("government", "other") and a.country for a in self.actors):
            return True  # "Britain is training Afghan police officers": one state training another's forces
        if self.type == "arrest_detention" and self.suspected:
            return True  # "police arrested six men suspected of planning attacks"
        if self.type == "arrest_detention" and any(a.role == "target" and (
                _high_office(a.text) or _names_a_group(a.text))
                for a in self.actors):
            return True  # "the former minister was taken into custody", "arrested two Hamas officials"
        lemma = self.trigger.lemma_.lower()
        # an act that harms whoever it is done to, or a killing or wounding with a doer named
        done_by_someone = any(a.role == "actor" for a in self.actors)
        if self.type == "attack_on_civilians" and any(a.role == "target" and _high_office(a.text) for a in self.actors) \
                and (lemma in ATTACKS_ON_A_LIFE or lemma == "kill" and done_by_someone):
            return True  # "unknown men shot a local politician": an attack on a public figure is political
        if self.type in ("attack_on_civilians", "armed_clash") and (
                lemma in COMMUNAL_VIOLENCE or lemma in ("kill", "wound", "injure", "attack") and done_by_someone
                or lemma in TO_DEATH_VERBS and _to_death(self.trigger)) \
                and _victims_of_a_people(self.trigger, plural=True):
            return True  # "Hindu mobs killed hundreds of Muslims", "a Palestinian stabbed two Israelis": people
            # attacked for the people they belong to
        if self.type == "attack_on_civilians" and lemma in MASS_SEIZURES | {"hijack", "take", "seize"} \
                and _victims_of_a_people(self.trigger, plural=False):
            return True  # "a Japanese tourist was kidnapped in Yemen": foreigners held are held for a cause
        if self.type == "attack_on_civilians" and lemma in MASS_SEIZURES and self.count is not None \
                and (self.count.value or 0) >= 10:
            return True  # "the abduction of 40 schoolgirls": a mass abduction is no ordinary crime
        if self.type == "attack_on_civilians" and self.trigger.lemma_.lower() in STATE_ABUSES:
            return True  # "police tortured detainees": an abuse by the state whoever its victims
        if self.type == "attack_on_civilians" and self.fatalities is not None and any(
                a.role == "actor" and _police(a) for a in self.actors):
            return True  # "police shot dead two men": a killing by the state's forces, whoever the dead
        if self.type == "arrest_detention" and _at_a_protest(self.trigger):
            return True  # "police detained dozens of students after the demonstration"
        if self.type in ("arrest_detention", "attack_on_civilians"):  # "police beat protesters"
            return any(a.role == "target" and set(a.name.lower().replace("-", " ").split()) & _POLITICAL_WORDS
                       for a in self.actors)
        return False


# verbs whose "with" tells the act that did it: "retaliated with air strikes", "broke the truce with a shelling"
RETALIATIONS = {"retaliate", "respond", "react", "reply", "answer", "break", "violate", "breach", "avenge", "counter"}
PROTESTS = {"protest", "demonstration", "rally", "march", "sit-in", "riot", "unrest", "uprising", "strike"}


def _at_a_protest(trigger: Token) -> bool:
    """The act is told of a protest: "detained 40 students after the demonstration", "during a rally"."""
    return any(c.dep_ == "prep" and c.lower_ in ("after", "during", "at", "following", "amid", "before", "ahead")
               and any(g.lemma_.lower() in PROTESTS for g in c.subtree if g.pos_ == "NOUN") for c in trigger.children)


CAMERA_PEOPLE = {"photographer", "cameraman", "camerawoman", "photojournalist", "filmmaker", "director", "crew"}
# what done to a holder of office is an attack on them, whoever did it (not "beat the mayor at the polls")
ATTACKS_ON_A_LIFE = {"shoot", "stab", "assassinate", "assassination", "attempt", "kidnap", "abduct", "behead", "decapitate", "murder",
                     "strangle", "lynch", "hack", "execute"}


def suspicion_told(sent: Span) -> bool:
    """The sentence tells that people named before are suspected of acts of war: "The men are
    suspected of providing shelter to militants", "They were charged with planning attacks"."""
    if not any(t.lemma_.lower() in SUSPICION_VERBS for t in sent):
        return False
    if not any(t.lemma_.lower() in SUSPICION_CUES for t in sent):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ == "PRON" or any(
        c.dep_ == "det" and c.lower_ in ("the", "those", "these", "all") for c in t.children)) for t in sent)


# ------------------------------------------------------------------- actors
POLICE_WORDS = ("police", "gendarm", "riot squad")
# police of these kinds are a security force ("riot police were deployed"), not officers sent to a scene
ARMED_POLICE = {"riot", "armed", "paramilitary", "anti-riot", "military", "border"}
REINFORCING = {"more", "extra", "additional", "thousands", "hundreds", "reinforcements"}
# what security forces do to people that is an abuse whoever the people are (not "police beat a burglar")
STATE_ABUSES = {"torture"}
# people of a group named before them who are the group's armed men ("FARC dissidents"; not "Hamas officials")
GROUP_MEMBERS = {"dissident", "member", "fighter", "militant", "gunman", "commander", "cell", "splinter", "guerrilla",
                 "rebel", "insurgent", "unit", "faction"}
MASS_SEIZURES = {"abduct", "kidnap", "abduction", "kidnapping"}


# faiths and the peoples news names victims by, where the parser tags them no nationality
FAITHS = {"muslim", "christian", "hindu", "jew", "sikh", "buddhist", "shiite", "shia", "sunni", "alawite", "yazidi",
          "copt", "catholic", "protestant", "ahmadi", "druze"}
# what is done to people that, done to a people, is political violence whoever did it
COMMUNAL_VIOLENCE = ATTACKS_ON_A_LIFE | {"beat", "massacre", "slaughter", "torture", "rape", "burn", "expel"}


def _of_a_people(head: Token) -> bool:
    """A person or persons named by nation, ethnicity or faith: "Israelis", "Muslims", "Tibetan monks",
    "a Japanese tourist"."""
    word = head.lemma_.lower()
    if head.lower_ in demonyms() or word in FAITHS or head.ent_type_ == "NORP":
        return True
    return any(m.dep_ in ("amod", "compound") and (m.lower_ in demonyms() or m.ent_type_ == "NORP"
                                                   or m.lemma_.lower() in FAITHS) for m in head.lefts)


def _victims_of_a_people(trigger: Token, plural: bool) -> bool:
    """The trigger's victims (object, passive subject, or the people "of" its count) are of a people;
    with ``plural``, several of them ("two Israelis", "hundreds of Muslims"), not one."""
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    victims += [g for v in victims if v.lower_ in QUANTIFIER_HEADS or v.like_num for g in _of_people(v) or [
        g for c in v.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]]
    return any(_of_a_people(v) and (not plural or v.tag_ in ("NNS", "NNPS") or v.ent_type_ == "NORP" and v.lower_.endswith("s"))
               and kind_of(_np_span(v), v) not in ("military", "armed_group", "intelligence")
               for v in victims)


def _a_people(token: Token) -> bool:
    """People named by their nation or ethnicity: "ethnic Albanians", "thousands of Armenians"."""
    head = _np_head(token)
    return head.tag_ in ("NNS", "NNPS") and (head.lower_ in demonyms() or any(m.lower_ == "ethnic" for m in head.lefts))


def _high_office(phrase: str) -> bool:
    """The phrase names a holder of high office: "the former defence minister", "the opposition leader"."""
    text = " " + re.sub(r"[^a-z-]+", " ", phrase.lower()) + " "
    return any(f" {office} " in text or f" {office}s " in text for office in HIGH_OFFICES)


def _police(actor: Actor) -> bool:
    return any(w in actor.name.lower() for w in POLICE_WORDS)


def _np_head(token: Token) -> Token:
    """'some of the North Koreans' -> 'North Koreans'; 'all 40 soldiers' stays."""
    if token.lower_ in QUANTIFIER_HEADS or token.pos_ in ("NUM", "PRON") and token.lower_ not in ("they", "them", "he", "she", "it"):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return obj
    return token


def _bare_quantifier(token: Token) -> bool:
    """"dozens", "hundreds" standing alone for people ("wounding dozens"), not "dozens of soldiers"."""
    # (not "three Hamas members": the members of a named group)
    return token.lower_ in QUANTIFIER_HEADS and token.tag_ == "NNS" and not any(c.dep_ in ("prep", "compound")
                                                                               for c in token.children)


def _remains_of(head: Token) -> Token | None:
    """"the bodies of 42 of its servicemen": the people ("42 of its servicemen"), not their remains."""
    if head.lemma_.lower() in REMAINS:
        for obj in (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
            if obj.dep_ == "pobj":
                return obj
    return None


def _np_span(head: Token, outer: Token | None = None) -> Span:
    tokens = [head]
    for child in head.children:
        of_name = child.dep_ == "prep" and child.lower_ == "of" and (
            head.lower_ in QUANTIFIER_HEADS or any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
        )  # "some of the soldiers", "the Armed Forces of Ukraine"
        if child.dep_ in ("relcl", "acl", "punct", "prep", "appos", "cc", "conj", "advcl") and not of_name:
            continue
        if _shot_dead(child):
            continue  # "shot dead two protesters": the protesters, not "dead protesters"
        tokens.extend(child.subtree)
    if outer is not None and outer != head:
        tokens.extend([outer, *[c for c in outer.lefts]])
    tokens = sorted(set(tokens), key=lambda t: t.i)
    return head.doc[tokens[0].i: tokens[-1].i + 1]


def country_of(span: Span, gaz: Gazetteer) -> str | None:
    text = span.text.lower()
    for demonym in sorted(DEMONYMS, key=len, reverse=True):
        if f" {demonym} " in f" {text} " or f" {demonym}'s " in f" {text} " or f" {demonym}’s " in f" {text} ":
            return DEMONYMS[demonym]
    for token in span:
        if token.pos_ == "PROPN":
            for entry in gaz.places(token.text):
                if entry.level == "country":
                    return entry.country_code
    return None


CIVIL_GUARDS = {"security", "private", "school", "night", "bank", "hotel", "mall", "museum", "prison", "shop", "store",
                "campus", "hospital", "site", "factory", "mine"}


def kind_of(span: Span, head: Token) -> str:
    if head.pos_ == "PROPN" and _GROUP_NAME.fullmatch(name := re.sub(r"^(?:the|The) ", "", span.text)) and _group_named(name):
        return "armed_group"  # "the Arakan Army", "Hayat Tahrir al-Sham": a group known by name, whatever its words
    if any(t.lower_ in ("police", "policemen", "policeman", "policewoman") for t in span) \
            and head.lemma_.lower() not in SITES | {"post", "checkpoint"}:
        return "government"  # the police, not "a police station", which is a place
    if head.lemma_.lower() in ("man", "men", "person", "people", "individual") and any(
            c.lower_ in ARMED_MODIFIERS for c in head.children if c.dep_ == "amod"):
        return "armed_group"  # "masked men", "armed men"
    lemma = head.lemma_.lower()
    if lemma == "guard" and any(c.lower_ in CIVIL_GUARDS for c in head.lefts):
        return "civilians"  # "a security guard", "a school guard": not border guards or the National Guard
    if lemma in NOT_PEOPLE:  # a place or a thing, not people (but "a rebel camp", "an army convoy")
        words = {t.lemma_.lower() for t in span if t.i < head.i}
        return next((kind for kind in ("military", "armed_group") if words & KIND_NOUNS[kind]), "other")
    if lemma in KIND_NOUNS["military"] and any(t.pos_ == "PROPN" and t.lower_ in KIND_NOUNS["armed_group"]
                                               for t in span if t.i < head.i):
        return "armed_group"  # "a Hezbollah commander", "Wagner fighters": the group's, not an army's
    if lemma in GROUP_MEMBERS and _names_a_group(span.doc[span.start: head.i].text):
        return "armed_group"  # "FARC dissidents", "Hamas militants": of a group known by name
    if lemma in GROUP_MEMBERS and any(kind_of(_np_span(g), g) == "armed_group" or _names_a_group(_np_span(g).text)
                                      for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                                      for g in c.children if g.dep_ == "pobj"):
        return "armed_group"  # "dissidents of the former FARC rebel group", "members of an armed gang"
    if lemma in ("force", "unit", "commander", "fighter") and any(
            t.dep_ in ("amod", "compound") and t.lemma_.lower() in IRREGULAR_FORCES for t in head.lefts):
        return "armed_group"  # "resistance forces", "rebel units", "militia commanders"
    if head.lower_ in ARMED_GROUP_NAMES and head.pos_ == "PROPN" and not _group_named(head.text):
        return "civilians" if head.ent_type_ == "PERSON" and head.dep_ in ("dobj", "nsubjpass") else "other"  # "Ira", not the IRA
    joined = " ".join(t.lower_ for t in span)
    if any(" " in noun and noun in joined for noun in KIND_NOUNS["intelligence"]) or any(
            t.lower_ in KIND_NOUNS["intelligence"] and t.pos_ == "PROPN" for t in span if t.i < head.i):
        return "intelligence"  # "Ukraine's SBU security service", not a service of government
    for kind in ("military", "intelligence", "civilians", "armed_group", "government", "media"):
        if lemma in KIND_NOUNS[kind] or head.lower_ in KIND_NOUNS[kind]:
            return kind
    words = [t.lower_ for t in span] + [t.lemma_.lower() for t in span] + [t.lower_.rstrip("s") for t in span]
    for kind in ("intelligence", "military", "armed_group", "government", "civilians"):  # "a village chief"
        if any(" " in noun and noun in joined for noun in KIND_NOUNS[kind]):
            return kind
    for kind in ("intelligence", "military", "armed_group", "government", "civilians", "media"):
        if any(w in KIND_NOUNS[kind] for w in words):
            return kind
    if head.ent_type_ == "PERSON":
        return "civilians" if head.dep_ in ("dobj", "nsubjpass") else "other"
    return "other"


def _actor_name(span: Span, head: Token) -> str:
    hyphens = {t.i for t in span if t.text in ("-", "‐", "–") and not t.whitespace_ and t.i > 0
               and not t.doc[t.i - 1].whitespace_}  # "al Qaeda-linked", not "al Qaedalinked"
    doc = span.doc
    # "a 62-year-old woman": a number joined by a hyphen is part of a word, not a count
    joined = {t.i for t in span if t.like_num and not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].i in hyphens}
    keep = [t for t in span if (t.pos_ not in ("DET", "NUM", "PUNCT") or t.i in hyphens or t.i in joined)
            and (t.dep_ not in ("quantmod", "nummod", "det", "predet") or t.i in joined)
            and t.lower_ not in QUANTIFIER_HEADS | {"of", "about", "around", "approximately", "nearly", "almost", "over", "least", "at", "more", "than", "up", "to", "some"}]
    kept = {t.i for t in keep}
    # a left-out word leaves its space: '"terrorists" of the PDF' -> 'terrorists of PDF', not 'terroristsof'
    text = "".join(t.text_with_ws if t.i in kept else t.whitespace_ for t in span)
    return " ".join(text.split()) or head.text


def _count_of(head: Token, outer: Token) -> Quantity | None:
    """The count a noun phrase gives its head: its number modifiers, a quantifier phrase
    ("dozens of", "some of"), or one for a singular person ("a 14-year-old boy")."""
    if head.like_num or head.pos_ == "NUM":  # "wounding five"
        return parse_quantity(head.doc[head.left_edge.i: head.i + 1].text)
    if _bare_quantifier(head):
        return parse_quantity(head.doc[head.left_edge.i: head.i + 1].text)  # "wounding dozens"
    if head.lemma_.lower() in ("family", "household") and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" and (g.like_num or g.pos_ == "NUM")]
        if members:  # "killing a family of seven": seven people
            return parse_quantity(members[0].text)
    numbers = [c for c in head.children if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.like_num)]
    if outer != head:  # "dozens of soldiers", "more than 20 of them"
        numbers.append(outer)
    if numbers:
        start = min(t.left_edge.i for t in numbers)
        if head.dep_ == "pobj" and head.head.lower_ in ("between", "over", "about") and head.head.i < start:
            start = head.head.i  # "detained between 10 and 15 saboteurs"
        quantity = parse_quantity(head.doc[start: head.i + 1].text)
        if quantity:
            return quantity
    lead = [c for c in head.lefts if c.dep_ in ("det", "quantmod", "advmod", "amod")]
    if lead:
        quantity = parse_quantity(head.doc[lead[0].i: head.i + 1].text)
        ages = [t for t in head.subtree if t.i < head.i and t.like_num and t.head.dep_ in ("npadvmod", "compound")]
        if quantity and not ages:
            return quantity
    if head.tag_ == "NN" and any(c.lower_ in ("a", "an", "one") for c in head.lefts) and head.lemma_.lower() in (
        KIND_NOUNS["civilians"] | KIND_NOUNS["military"]
    ):
        return Quantity(value=1, text=head.doc[head.left_edge.i: head.i + 1].text)
    return None


def _person_in(head: Token) -> Token:
    """A misparsed double object ("teaching [the North Koreans] tactics"): the people, not the skill."""
    if head.pos_ == "NOUN" and not any(head.lemma_.lower() in nouns for nouns in KIND_NOUNS.values()) \
            and head.lemma_.lower() not in SITES:  # not "the Abu Shouk camp"
        for child in head.children:
            if child.dep_ in ("nmod", "compound") and child.pos_ == "PROPN" and child.i < head.i:
                return child
    return head


def make_actor(token: Token, role: str, gaz: Gazetteer) -> tuple[Actor, Quantity | None, bool]:
    token = _remains_of(_np_head(token)) or token
    head = _person_in(_np_head(token))
    if head != _np_head(token):
        token = head
    span = _np_span(head, outer=token if head != token else None)
    quantity = _count_of(head, token)
    if token.lower_ == "all" or any(t.lower_ == "all" for t in span):
        if quantity:
            quantity.approx = False
    definite = any(t.lower_ in ("the", "these", "those", "this", "that") and t.i < head.i for t in span) or head.pos_ == "PRON"
    kind = kind_of(span, head)
    country = country_of(span, gaz)
    if kind == "other" and _a_state(span, head, gaz):
        kind = "government"  # a state acting: "Belarus has moved ...", "Ukraine and Russia exchanged ..."
    shared = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None) \
        if head.lower_ in demonyms() and head.pos_ in ("PROPN", "ADJ") else None
    if shared is not None:
        # "Rwandan and Mozambican troops" parsed as "Rwandan" and "Mozambican troops": Rwandan troops
        noun = _np_head(shared)
        return Actor(role=role, text=f"{head.text} {noun.text}", name=f"{head.text} {noun.text}",
                     kind=kind_of(_np_span(noun), noun), country=demonyms()[head.lower_]), quantity, definite
    actor = Actor(role=role, text=span.text, name=_actor_name(span, head), kind=kind, country=country)
    return actor, quantity, definite


def _country_word(token: Token, gaz: Gazetteer) -> str | None:
    """The country a word names or is the demonym of: "British", "US"."""
    if token.lower_ in DEMONYMS or token.lower_ in demonyms():
        return DEMONYMS.get(token.lower_) or demonyms()[token.lower_]
    if token.pos_ == "PROPN":
        return next((e.country_code for e in gaz.places(token.text) if e.level == "country"), None)
    return None


def _joint_forces(actor: Actor, node: Token, gaz: Gazetteer) -> list[Actor]:
    """"US and British warplanes": one actor for each country's part, with its country."""
    head = _np_head(node)
    modifiers = [c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.i < head.i]
    parts = sorted({t for m in modifiers for t in m.subtree if t.i < head.i and (t in modifiers or t.dep_ == "conj")},
                   key=lambda t: t.i)
    codes = [_country_word(p, gaz) for p in parts]
    coordinated = any(t.dep_ == "cc" for m in modifiers for t in m.subtree)
    if len(parts) < 2 or not coordinated or not all(codes) or len(set(codes)) != len(codes):
        return [actor]
    rest = head.doc[parts[-1].i + 1: head.i + 1].text  # "warplanes"
    return [replace(actor, text=f"{p.text} {rest}", name=f"{p.text} {rest}", country=code)
            for p, code in zip(parts, codes)]


LOCATIVE_PREPS = {"in", "into", "near", "along", "across", "on", "at", "inside", "outside", "around", "from", "of", "out",
                  "towards", "toward", "within", "through", "onto"}


def _scene(token: Token, mentions: list[places.Mention]) -> bool:
    """The trigger has a place in a locative phrase of its own ("attacked Gaza", "pulled out of the Gaza
    Strip", "clashed along their border"), not a place inside another noun ("the Paris agreement") or
    after "with"."""
    for mention in mentions:
        path = places.governed(token, mention)
        if path is None or mention.head.ent_type_ == "ORG":
            continue  # "withdrew from the European Union": a union of states, not a scene
        links = path[1:]
        if not links and mention.head.dep_ in ("nsubj", "nsubjpass", "conj"):
            continue  # the state itself
        if links and links[-1].dep_ == "dobj" and links[-1].lemma_.lower() in OPERATIONS | CEASEFIRES:
            links = links[:-1]  # "declared a ceasefire in Gaza", "halted its offensive in Gaza": the act's own place
        if all(t.pos_ == "ADP" for t in links) and (not links or links[0].lower_ in LOCATIVE_PREPS):
            return True
    return any(t.lemma_.lower() in SCENE_NOUNS and t.dep_ == "pobj"
               and t.head.lower_ in LOCATIVE_PREPS and t.head.head == token for t in token.subtree)


MOBILISATION = {"mobilization", "mobilisation"}
# a scene written as a common noun: "withdrew from the buffer zone", "clashed along the frontier"
SCENE_NOUNS = BORDER_WORDS | places.SETTLEMENT_WORDS | {
    "front", "frontline", "position", "base", "zone", "territory", "enclave", "corridor", "area", "region", "outpost"}


def _a_state(span: Span, head: Token, gaz: Gazetteer) -> bool:
    """A country's name standing for its state: "Belarus", "the United States"."""
    return head.pos_ == "PROPN" and any(e.level == "country" for e in gaz.places(span.text))


def _not_an_actor(token: Token) -> bool:
    """Places and bare numbers in argument positions are not participants."""
    lemma = token.lemma_.lower()
    if lemma in NOUN_TRIGGERS or lemma in ("control", "captivity", "fire", "gunfire") or lemma in MUNITIONS or lemma in places.SETTLEMENT_WORDS or lemma in STRIKE_OBJECTS - GARRISONED:
        return True
    if token.pos_ == "NUM" or (token.like_num and not list(token.children)):
        return True
    if token.pos_ in ("SCONJ", "CCONJ", "ADP") or token.pos_ == "PRON" and token.lower_ in RELATIVE_PRONOUNS:
        return True  # "told local radio that the gunmen arrived", with "that" parsed as an object; "some of which"
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in places.SETTLEMENT_WORDS for c in token.children):
        return True  # "struck Nanjua, a village south of Ancuabe": a place the gazetteer does not know
    if _bare_quantifier(token):
        return True  # "wounding dozens": a number of people, not a participant of its own
    if token.lower_ in ("others", "another", "centre", "center", "outskirts", "heart"):
        return True  # "killing nine people and wounding 21 others": the people already named
    if token.ent_type_ in ("GPE", "LOC") and any(c.dep_ == "amod" and c.lower_ in COMPASS_ADJECTIVES for c in token.children):
        return True  # "fired rockets at northern Israel": a region, not a participant
    if token.ent_type_ in ("DATE", "TIME") or token.lower_ in ("himself", "herself", "themselves", "itself"):
        return True  # "in the Red Sea on Monday" misparsed as an object; "blew himself up"
    return bool(places.DIVISION_WORDS.get(lemma))


# ----------------------------------------------------------------- triggers
def _descriptive(token: Token) -> bool:
    """Inside a relative clause or participle modifier of a noun phrase.

    A relative clause that dates its act tells an event ("a device that exploded on Friday")."""
    if token.dep_ == "relcl" and (_dated(token) or any(c.lower_ in ("where", "when") for c in token.children)):
        return False  # (nor "near Pokrovsk, where Russian forces attacked 45 times": what happened there)
    node = token
    while node.head != node:
        if node.dep_ in DESCRIPTIVE_DEPS:
            return True
        if node.dep_ in ("ccomp", "parataxis") or node.pos_ in ("NOUN", "PROPN") and node != token:
            return False
        node = node.head
    return False


def _claim_of(act: Token) -> Token | None:
    """The verb that claims an act: "claimed" of "claimed responsibility for the attack"."""
    if act.dep_ == "pobj" and act.head.lower_ == "for" and act.head.head.lemma_.lower() in ("responsibility", "credit"):
        return act.head.head.head
    if act.dep_ == "dobj" and act.head.lemma_.lower() == "claim":
        return act.head  # "Al-Shabab claimed an attack on government forces", "claims multiple attacks in Mali"
    return None


def _dated(verb: Token) -> bool:
    """The verb has a day or a time of its own: "exploded on Friday", "was shelled last night" (not
    "last year": a clause dated by no more than a year or a month describes)."""
    for child in verb.children:
        dates = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else \
            [child] if child.dep_ in ("npadvmod", "advmod", "tmod") else []
        for date in dates:
            written = " ".join(t.text for t in date.subtree if t.ent_type_ in ("DATE", "TIME"))
            if date.ent_type_ in ("DATE", "TIME") and any(m.kind in timex.DAY_PRECISE for m in timex.find_times(written)):
                return True
    return False


TO_DEATH_VERBS = {"shoot", "stab", "hack", "beat", "burn", "club", "bludgeon", "stone", "lynch", "crush", "trample"}


def _to_death(verb: Token) -> bool:
    """"shot dead", "stabbed to death", "beaten to death" ("to death" is often parsed on the object);
    "beheaded four villagers"."""
    if verb.lemma_.lower() in ("behead", "decapitate", "lynch"):
        return True
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
    return any(c.dep_ in ("oprd", "acomp", "advmod", "xcomp") and c.lower_ == "dead" and c.head == verb
               or _shot_dead(c)
               or c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in near)


TIME_NOUNS = {"day", "days", "weekend", "night", "morning", "evening", "afternoon", "occasion", "week", "basis"}


def _named_as(name: Token) -> Token:
    """The word a name stands in its clause by: "city" for "Hodeidah" in "in Sanaa and the port city of
    Hodeidah", else the name itself."""
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lemma_.lower() in places.OF_PLACE_WORDS:
        return name.head.head
    return name


KILLING_CLAUSES = {"kill", "wound", "injure", "hit", "damage", "destroy"}


def _struck_at(noun: Token) -> bool:
    """A strike on or against something: "strikes on Kharkiv", also "carried out 412 strikes on 13
    settlements" with "on" parsed on the light verb (not "went on strike")."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" and _light(noun.head) else [noun]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
        g.dep_ == "pobj" and not g.ent_type_ in ("DATE", "TIME") and g.lemma_.lower() not in TIME_NOUNS
        for g in c.children) for h in holders for c in h.children)


def _killed_by_means(noun: Token) -> bool:
    """The noun is the means of a killing: "neutralised dozens of terrorists in strikes", "were killed
    in strikes" (not "killed during strikes at the mine", which may be a walkout's)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("in", "by") and prep.head.pos_ == "VERB" and (
        prep.head.lemma_.lower() in NEUTRALISE | {"kill"})


def _shot_dead(word: Token) -> bool:
    """"dead" right after the verb, parsed as an adjective of its object: "shot dead two protesters"."""
    return word.dep_ == "amod" and word.lower_ == "dead" and word.head.dep_ == "dobj" and word.i == word.head.head.i + 1 \
        and word.head.head.lemma_.lower() in TO_DEATH_VERBS


def _shot_dead_headline(verb: Token) -> bool:
    """A headline's "Two militants shot dead in Poonch": the passive without its "were", tagged a past tense."""
    return verb.lemma_.lower() in TO_DEATH_VERBS and any(c.dep_ in ("oprd", "acomp", "advmod") and c.lower_ == "dead"
                                                         for c in verb.children) \
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "nsubj" and kind_of(_np_span(c), c) in PERSON_KINDS for c in verb.children)


def _objects(token: Token) -> list[Token]:
    out = [c for c in token.children if c.dep_ in ("nsubjpass", "attr") and c.tag_ not in ("JJ", "JJS", "JJR")] \
        + _direct_objects(token)
    if not out and token.dep_ == "conj":
        out = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return [_np_head(o) for o in out]


def _direct_objects(token: Token) -> list[Token]:
    # (not an adjective the parse hung there: "shot and wounded the mayor ..., the latest in a string of attacks")
    out = [c for c in token.children if c.dep_ == "dobj" and c.tag_ not in ("JJ", "JJS", "JJR")]
    if not out:
        # "intercepted and destroyed 116 drones": the object of the second verb is shared
        out = [g for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in c.children if g.dep_ == "dobj"]
    if not out:
        # "detained between 10 and 15 saboteurs", parsed as a prepositional phrase
        out = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("between", "over", "about")
               for g in c.children if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]
    return out


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _carrier(token: Token) -> Token:
    """The noun that stands in the sentence for an event noun: "an assassination attempt" for "assassination"."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in ATTEMPT_NOUNS:
        return token.head
    return token


TERRAIN = {"hill", "height", "heights", "airport", "airfield", "stronghold", "bridgehead", "checkpoint", "crossing", "island",
           "border", "line", "trench", "road", "highway", "mine", "port", "dam", "field", "capital", "province",
           "neighbourhood", "neighborhood", "quarter", "zone", "outpost", "post", "garrison", "camp", "compound", "control",
           "ground", "land", "part", "half", "rest", "most", "center", "centre", "outskirts", "east", "west", "north",
           "south"}


def _place_like(token: Token, mentions: list[places.Mention]) -> bool:
    """An object that is a place: a place name, a settlement, a position, ground."""
    head = _np_head(token)
    if any(m.head == head or head.i in range(m.head.left_edge.i, m.head.i + 1) for m in mentions):
        return True
    if head.pos_ == "PROPN" or head.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    # the head, or a noun of the phrase when the parse went wrong ("captured IS' last remaining territory")
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in STRIKE_OBJECTS | TERRAIN or t.lemma_.lower() in places.SETTLEMENT_WORDS
                                     or bool(places.DIVISION_WORDS.get(t.lemma_.lower())))
               for t in head.subtree if t == head or head.pos_ not in ("NOUN", "PROPN"))


def _a_test(verb: Token) -> bool:
    """"test-fired", "launched a missile in a test": a weapons test."""
    return any(c.lower_ == "test" and c.i < verb.i for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "test" for g in c.children)
        for c in verb.children)


def _solo(exercise: Token) -> bool:
    """Exercises one force holds alone: not "joint" or "combined", with no partner ("with China", "the
    two armies", "Russia and China")."""
    if any(c.lower_ in ("joint", "combined", "multinational", "bilateral", "trilateral") for c in exercise.lefts):
        return False
    holder = exercise.head if exercise.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else exercise
    holder = _exercise_holder(exercise) or holder
    for node in (exercise, holder):
        if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside", "between") for c in node.children):
            return False
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(s.tag_ in ("NNS", "NNPS") and any(n.dep_ == "nummod" for n in s.children)
                   or any(c.dep_ == "conj" for c in s.children)
                   or any(d.lower_ == "both" for d in s.subtree) for s in subjects)  # "troops from both countries"


def _reason_told_before(noun: Token) -> bool:
    """A definite event noun that is the reason of an arrest or a charge ("detained in connection with
    the attack", "charged over the bombing", "jailed for Saturday's attack"): a reference to an event, not
    a new one."""
    definite = any(c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss" for c in noun.lefts)
    prep = noun.head if noun.dep_ == "pobj" else None
    if not definite or prep is None or prep.lower_ not in ("with", "for", "over"):
        return False
    holder = prep.head
    if prep.lower_ == "with" and holder.lemma_.lower() == "connection":
        # the verb over "in connection with", wherever the parse hangs it ("arrested 12 men in connection with")
        holder = next((a for a in holder.ancestors if a.pos_ in ("VERB", "AUX")), holder)
    return holder.lemma_.lower() in REASON_HOLDERS


def _describes_a_participant(mention: places.Mention, trigger: Token) -> bool:
    """A place inside a relative clause that describes a participant, other than as where it is ("the
    ship, which it described as linked to Israel"): it says what the participant is, not where the act
    happened ("soldiers who fled their positions in the Kursk region" still says where they are)."""
    prep = mention.head.head
    if mention.head.dep_ == "pobj" and prep.lower_ in ("in", "near", "at", "outside", "around", "inside", "on", "across"):
        return False
    for node in mention.head.ancestors:
        if node == trigger or trigger in node.subtree and node.dep_ not in ("relcl", "acl"):
            return False
        if node.dep_ == "relcl" and trigger not in node.subtree:
            return True
    return False


def _exercise_holder(exercise: Token) -> Token | None:
    """The verb that holds an exercise: "the navy conducted exercises", "troops took part in drills"."""
    if exercise.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and _light(exercise.head):
        return exercise.head
    if exercise.dep_ != "pobj" or exercise.head.lower_ != "in":
        return None
    node = exercise.head.head  # "took part in": "in" on "part" or on "took"
    verb = node.head if node.lemma_.lower() == "part" else node
    if verb.lemma_.lower() in ("take", "join") and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children):
        return verb
    return None


def _forces_exercise(exercise: Token) -> bool:
    """Exercises that forces hold, with no word to say so ("the navy conducted exercises with the
    American fleet"): their holder or their partner is a force, not "students did breathing exercises"."""
    holder = _exercise_holder(exercise)
    if holder is None:
        return False
    parties = [*(c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")),
               *(g for node in (exercise, holder) for c in node.children
                 if c.dep_ == "prep" and c.lower_ in ("with", "alongside") for g in c.children if g.dep_ == "pobj")]
    return any(kind_of(_np_span(_np_head(p)), _np_head(p)) == "military" for p in parties)


def _warlike(token: Token) -> bool:
    """What it halts is fighting ("its offensive", "military operations"), not "its coal operations"."""
    objects = _objects(token)
    return bool({o.lemma_.lower() for o in objects} & (OPERATIONS - {"operation", "campaign", "attack", "strike", "advance"})) \
        or any(o.lemma_.lower() in OPERATIONS and any(m.lower_ in MILITARY_MODIFIERS | {"combat", "ground"} for m in o.lefts)
               for o in objects)


def _country_heads(mentions: list[places.Mention]) -> set[int]:
    """The tokens of the sentence that name a country."""
    return {m.head.i for m in mentions if m.candidates and m.candidates[0].level == "country"}


def _state_subject(token: Token, mentions: list[places.Mention]) -> bool:
    """Its doer is a state named by its country ("Britain brought home its troops")."""
    states = _country_heads(mentions)
    return any(s.i in states or s.ent_type_ == "GPE" for s in _subjects(token))


def _a_state_force_at_home(token: Token) -> bool:
    """Police or peacekeepers entering a place are no incursion."""
    return any(any(w in _np_span(_np_head(s)).text.lower() for w in POLICE_WORDS)
               or _np_head(s).lemma_.lower() in ("peacekeeper", "inspector", "observer") for s in _subjects(token))


def _warlike_object(token: Token, mentions: list[places.Mention]) -> bool:
    """What a state's forces act on: a place, people, forces, a position or a weapon ("attacked Hezbollah
    positions"), not a plan or a policy ("France attacked the plan in Paris")."""
    head = _np_head(token)
    return _place_like(head, mentions) or kind_of(_np_span(head), head) != "other" or head.lemma_.lower() in (
        STRIKE_OBJECTS | TERRAIN | EQUIPMENT | AERIAL | MUNITIONS | CEASEFIRES | OPERATIONS | PRESENCE)


# people named by what they serve in: "police officers", "security personnel", "military staff"
STAFF_NOUNS = {"officer", "personnel", "member", "agent", "staff", "reserve"}
FORCE_OF_STAFF = {"security": "force", "military": "force", "army": "army", "naval": "navy"}


def _to_a_place(verb: Token, preps: tuple[str, ...], mentions: list[places.Mention]) -> bool:
    """The verb moves its doer or object to a place: "crossed into Somalia", "ordered troops to the border"."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(_place_like(g, mentions) for g in c.children if g.dep_ == "pobj")
               for c in verb.children)


def _armed_subject(token: Token) -> bool:
    """Its doer is an armed force or group ("the army", "gunmen"), not a company or a council."""
    return any(kind_of(_np_span(_np_head(s)), _np_head(s)) in CONFLICT_KINDS for s in _subjects(token))


def _civilian_property(token: Token) -> bool:
    """What it burned is people's property: homes, a church, a market, a village."""
    things = [*_objects(token), *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                                  for g in c.children if g.dep_ == "pobj")]
    return any(_np_head(t).lemma_.lower() in CIVILIAN_PROPERTY and not any(  # not "the rebels' school"
        c.lemma_.lower() in KIND_NOUNS["military"] | KIND_NOUNS["armed_group"] for c in _np_head(t).lefts) for t in things)


def _pronoun_for(token: Token) -> Token | None:
    """The noun an object pronoun stands for: the nearest noun before it, in its sentence or the one
    before, of its number ("carried the bombs to the street before detonating them")."""
    plural = {"them": True, "it": False}.get(token.lower_)
    if plural is None:
        return None
    start = token.sent.start if token.sent.start == 0 else token.doc[token.sent.start - 1].sent.start
    nouns = [t for t in reversed(token.doc[max(start, token.i - 40): token.i])
             if t.pos_ == "NOUN" and (t.tag_ == "NNS") == plural]
    # an argument before a noun in a phrase: "planted a device under the bridge and detonated it"
    return next((t for t in nouns if t.dep_ in ("dobj", "nsubj", "nsubjpass")), nouns[0] if nouns else None)


def _captured(tokens: list[Token]) -> bool:
    """Someone held: "the kidnapped engineer", "the captured aid workers", "six soldiers held for three years"."""
    def held(word: Token) -> bool:  # a participle tagged an adjective keeps its form: "kidnapped"
        return word.lemma_.lower() in CAPTURED or bool(CAPTURED.intersection(nlp.base_forms(word.lower_)))
    return any(m.dep_ == "amod" and held(m) and m.i < t.i and (m.head == t or m.head.dep_ == "compound")
               or m.dep_ == "acl" and m.tag_ == "VBN" and m.head == t and held(m)
               for t in tokens for m in t.subtree)


def _people(tokens: list[Token]) -> bool:
    return any(kind_of(_np_span(t), t) in PERSON_KINDS for t in tokens)


def _of_people(noun: Token) -> list[Token]:
    """The people an event noun's "of" names: "the arrest of three journalists", "the detention of the
    opposition leader"."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and (_people([g]) or g.ent_type_ == "PERSON" or _high_office(_np_span(g).text))]


def _prep_object(verb: Token, prep: str, lemmas: set[str]) -> bool:
    """The verb has "<prep> <one of lemmas>": "to death", "to active duty"."""
    return any(c.dep_ == "prep" and c.lower_ == prep and any(g.lemma_.lower() in lemmas for g in c.children)
               for c in verb.children)


def _come_under(come: Token) -> str | None:
    """"Came under fire / rocket fire / attack / shelling", said literally (see ``_literal_fire``)."""
    under = [g for c in come.children if c.dep_ == "prep" and c.lower_ == "under" for g in c.children
             if g.dep_ == "pobj"]
    if not under or not _literal_fire(come, under[0]):
        return None
    what = under[0].lemma_.lower()
    heavy = any(m.lemma_.lower() in WEAPONS | FIRED_FROM_AFAR for m in under[0].lefts)
    if what in ("fire", "gunfire"):
        return "remote_strike" if heavy else "armed_clash"
    if what in ("attack", "assault") and heavy:
        return "remote_strike"
    return NOUN_TRIGGERS.get(what)


def _literal_fire(come: Token, under: Token) -> bool:
    """"A checkpoint came under rocket fire from militants", not "the minister came under fire from critics":
    heavy weapons named, fighters firing, or a place, a post or a vehicle fired at."""
    if any(m.lemma_.lower() in WEAPONS | FIRED_FROM_AFAR | {"heavy", "sniper", "machine"} for m in under.lefts):
        return True
    agents = [g for c in [*come.children, *under.children] if c.dep_ == "prep" and c.lower_ == "from"
              for g in c.children if g.dep_ == "pobj"]
    if any(kind_of(_np_span(a), a) in ("military", "armed_group") for a in agents):
        return True
    subjects = [c for c in come.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in STRIKE_OBJECTS | EQUIPMENT | SEIZED_GOODS | {"checkpoint", "patrol", "station", "outpost"}
               or s.ent_type_ in ("GPE", "LOC", "FAC") or kind_of(_np_span(s), s) in ("military", "armed_group")
               for s in subjects)


def _fire_targets(token: Token) -> list[Token]:
    """What was fired at: "fired at demonstrators", "opened fire on a convoy", "fired tear gas to disperse
    hundreds of protesters"."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into")
            for g in c.children if g.dep_ == "pobj"] + [
        o for c in token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DISPERSING
        for o in _direct_objects(c)]


CONTESTS = {"election", "vote", "poll", "race", "final", "semifinal", "match", "game", "tournament", "contest",
            "primary", "runoff", "ballot", "championship", "league", "cup", "round", "derby"}


def _a_contest(verb: Token) -> bool:
    """A win told as a beating: a contest it happened in, a score, a team as the winner."""
    return any(c.dep_ == "prep" and any(g.lemma_.lower() in CONTESTS for g in c.children if g.dep_ == "pobj")
               for c in verb.children) or any(
        re.fullmatch(r"\d+[-–]\d+", t.text) for t in verb.sent) or any(
        _np_head(s).lemma_.lower() in ("team", "side", "club", "squad") for s in _subjects(verb) if s.dep_ == "nsubj")


LIMBS = {"hand", "arm", "leg", "foot", "ear", "nose", "lip", "finger", "limb", "head", "tongue"}
CROWDS = {"crowd", "protester", "demonstrator", "protest", "demonstration", "rally", "march", "gathering", "mourner",
          "student", "worshipper", "sit-in", "marcher", "supporter", "striker", "activist", "opposition"}
FORCEFULLY = {"violently", "forcibly", "brutally", "forcefully"}
STRIKING_MEANS = {"baton", "truncheon", "club", "whip", "bullet", "round", "ammunition", "stick"}
FIRING_VERBS = {"use", "fire", "spray", "lob", "shoot"}
REPRESSING_VERBS = FIRING_VERBS | DISPERSING | {"crack"}


def _crowd(token: Token) -> bool:
    """People gathered or protesting: "the crowd outside parliament", "hundreds of protesters", "a rally"."""
    head = _np_head(token)
    return any(t.lemma_.lower() in CROWDS or t.lower_ in CROWDS for t in _np_span(head) if t.pos_ == "NOUN") \
        or kind_of(_np_span(head), head) == "civilians"  # (and "the crowd outside parliament", parsed on "parliament")


def _repression(verb: Token) -> bool:
    """The state's forces using force on a crowd or protest: tear gas, water cannon, rubber bullets or batons
    fired or used at or on people, a protest dispersed with them or violently, a crackdown on protesters
    (not "the army used tear gas in a training drill", nor "police dispersed the crowd" alone)."""
    lemma = verb.lemma_.lower()
    if lemma not in REPRESSING_VERBS:
        return False
    doers = [*_subjects(verb), *(g for c in verb.children if c.dep_ == "agent" for g in c.children)]
    by_forces = any(kind_of(_np_span(d), d) in CONFLICT_KINDS or _np_head(d).lemma_.lower() in ("police", "gendarmerie")
                    or "police" in d.lower_ for d in doers if d.dep_ != "nsubjpass")
    passive = not any(d.dep_ != "nsubjpass" for d in doers)
    if not (by_forces or passive and lemma != "crack"):
        return False
    objects = [o for o in _objects(verb) if o.dep_ != "nsubj"]
    means = {o.lemma_.lower() for o in objects}
    # "with batons", "using tear gas": on the verb, or as parsed on its object
    for node in (verb, *objects):
        means |= {g.lemma_.lower() for c in node.children if c.dep_ == "prep" and c.lower_ in ("with", "using")
                  for g in c.children if g.dep_ == "pobj"}
        means |= {g.lemma_.lower() for c in node.children if c.dep_ in ("advcl", "acl") and c.lemma_.lower() == "use"
                  for g in _objects(c)}
    # a dispersal is violence when told so or done with what strikes people; one with tear gas or water cannon
    # alone is what ACLED codes a protest with intervention
    forceful = bool(means & STRIKING_MEANS) or any(c.lower_ in FORCEFULLY for c in verb.children if c.dep_ == "advmod")
    if lemma in FIRING_VERBS and means & (REPRESSION_MEANS - {"force", "round", "bullet"}):
        against = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "into")
                   for g in c.children if g.dep_ == "pobj"]
        # (what is "fired to disperse" a crowd is fired at it; a means "used to disperse" one is left to the
        # dispersal: ACLED codes a protest dispersed with tear gas as a protest with intervention)
        return any(_crowd(t) for t in [*against, *(_fire_targets(verb) if lemma != "use" else [])])
    if lemma in DISPERSING and forceful:
        return any(_crowd(o) for o in _direct_objects(verb))
    if lemma == "crack" and any(c.lower_ == "down" for c in verb.children):
        return any(_crowd(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                   for g in c.children if g.dep_ == "pobj")
    return False


def _weapon_use(token: Token) -> str | None:
    """"used chemical weapons against the town" is a strike; "used tear gas against protesters" an attack
    on civilians; "used the money" nothing."""
    used = _objects(token)
    against = [g for c in [*token.children, *(c for o in used for c in o.children)]
               if c.dep_ == "prep" and c.lower_ in ("against", "on") for g in c.children if g.dep_ == "pobj"]
    lemmas = {o.lemma_.lower() for o in used}
    mass_destruction = any(m.lower_ in WMD_MODIFIERS for o in used for m in o.lefts) and lemmas & WEAPON_NOUNS
    if mass_destruction or against and lemmas & (MUNITIONS | AERIAL | WEAPON_NOUNS) - REPRESSION_MEANS:
        return "remote_strike"
    if against and lemmas & REPRESSION_MEANS and any(kind_of(_np_span(t), t) == "civilians" for t in against):
        return "attack_on_civilians"
    return None


def _in_strength(verb: Token) -> bool:
    """Forces moved in strength: "in large numbers", "in force", "en masse", "in a show of force"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ == "masse" or c.lower_ == "en" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "masse":
            return True
        if c.dep_ != "prep" or c.lower_ not in ("in", "as"):
            continue
        for g in c.children:
            lemma = g.lemma_.lower()
            if g.dep_ == "pobj" and (lemma in ("force", "strength") and c.lower_ == "in" or lemma == "number" and any(
                    m.lower_ in ("large", "great", "big", "huge", "record", "unprecedented") for m in g.lefts)):
                return True
    return _show_of_force(verb)


def _show_of_force(verb: Token) -> bool:
    """"sent warships to the strait in a show of force": a posture by its own account."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "as") and any(
        g.dep_ == "pobj" and g.lemma_.lower() == "show" and any(
            p.lower_ == "of" and any(f.lemma_.lower() in ("force", "strength") for f in p.children) for p in g.children)
        for g in c.children) for c in verb.children)


CIVIL_FORCES = {"sales", "work", "labour", "labor", "task", "volunteer", "marketing", "fishing", "taxi", "delivery"}


def _unit_of_others(noun: Token) -> bool:
    """"two divisions of staff", "its sales force": a unit word that is not of forces here."""
    if noun.lemma_.lower() not in ("division", "regiment", "squadron", "fleet", "unit", "force"):
        return False
    return any(c.lower_ in CIVIL_FORCES for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and kind_of(_np_span(g), g) not in CONFLICT_KINDS
                                                      for g in p.children) for p in noun.children)


def _controlled(verb: Token, objects: list[Token]) -> list[Token]:
    """What "took control of" takes: the object of its "of", on the noun or (as parsed) on the verb."""
    holders = [verb, *(o for o in objects if o.lemma_.lower() == "control")]
    return [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ == "pobj"]


HOMELANDS = {"home", "house", "village", "land", "town", "city", "area", "farm", "neighbourhood", "neighborhood",
             "settlement", "homeland"}


def _forces_subject(verb: Token, state: bool = False) -> bool:
    """The verb's doer is a force, or the police ("police increased security ahead of the holiday"), not
    "the airport increased security"; with ``state``, the state's authorities too ("authorities beefed up
    security around parliament": they command the police)."""
    doers = ("police", "gendarmerie", *(STATE_AUTHORITIES if state else ()))
    return any(kind_of(_np_span(s), s) in CONFLICT_KINDS or _np_head(s).lemma_.lower() in doers
               for s in _subjects(verb))


STATE_AUTHORITIES = {"authority", "government", "junta", "regime", "ministry"}


def _out_of_homes(verb: Token) -> bool:
    """"... from their homes", "... out of their villages": where people live is what they are driven from."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "out") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in HOMELANDS for g in c.subtree) for c in verb.children)


def _held_by_armed_group(verb: Token) -> bool:
    """The one who captures is an armed group, not a state's forces ("insurgents captured", "seized by gunmen")."""
    doers = [*_subjects(verb), *(g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj")]
    return bool(doers) and all(kind_of(_np_span(d), d) == "armed_group" for d in doers)


def _hijacking(verb: Token, objects: list[Token]) -> bool:
    """Attackers or an armed group seizing a vehicle with people aboard ("took control of a plane");
    a navy seizing a tanker is a seizure of goods (see trigger_type)."""
    lemma = verb.lemma_.lower()
    if lemma not in CONTROL_VERBS | {"commandeer"}:
        return False
    seized = [o for o in objects if o.lemma_.lower() in HIJACKED]
    if any(o.lemma_.lower() == "control" for o in objects):
        seized += [g for g in _controlled(verb, objects) if g.lemma_.lower() in HIJACKED]
    return bool(seized) and any(_np_head(s).lemma_.lower() in ATTACKERS or kind_of(_np_span(s), s) == "armed_group"
                                for s in _subjects(verb) if s.dep_ == "nsubj")


def _subjects(token: Token) -> list[Token]:
    token = _carrier(token)
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in VOLLEYS:
        token = token.head.head  # "launched a wave of drone attacks": who launched the wave
    node = token
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "attr"):
        node = token.head  # "the armies held joint exercises": the subject of the light verb
    elif token.pos_ == "NOUN" and token.lemma_.lower() in EXERCISES and (holder := _exercise_holder(token)):
        node = holder  # "troops took part in exercises"
    elif _claim_of(token) is not None:
        node = _claim_of(token)  # "the group claimed responsibility for the attack": the claimant
    for _ in range(6):
        subs = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node.dep_ == "relcl" and subs and all(c.lower_ in RELATIVE_PRONOUNS for c in subs):
            return [node.head]  # "a device that exploded", "the gunmen who attacked": what the clause is about
        if subs:
            return subs
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head != node:
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.lower_ in MANNER_PREPS:
            node = node.head.head  # "violated the ceasefire by firing mortars": the militia fired (not "accused X of")
            continue
        if node.dep_ == "pcomp" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in SUSPICION_VERBS:
            accused = node.head.head  # "soldiers were accused of raping women", "accused the police of torturing"
            return [c for c in accused.children if c.dep_ in ("nsubjpass", "dobj")]
        break
    return []


def _object_taken_by_teller(verb: Token) -> list[Token]:
    """"... and abducted at least 30 students, police and residents said", parsed with the students as the
    tellers' subject: the counted people right after a verb with no object of its own are its object."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return []
    for t in verb.doc[verb.i + 1: min(verb.i + 7, verb.sent.end)]:
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return []
        if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.lemma_.lower() in attribution.REPORTING_VERBS \
                and t.head.i > verb.i and _count_of(t, t) is not None and kind_of(_np_span(t), t) in PERSON_KINDS:
            return [t]
    return []


def _lives_attempted(token: Token) -> list[Token]:
    """"an attempt on the life of the president", also "an attempt was made on the life of ...": the
    "life" of an assassination attempt told without the word (none if the noun is no such attempt)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ATTEMPT_NOUNS:
        return []
    holders = [token] + ([token.head] if token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() == "make" else [])
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children if g.lemma_.lower() == "life"]


def _attempt_on_a_life(token: Token) -> bool:
    """"an attempt on the life of the president": an assassination attempt told without the word."""
    return bool(_lives_attempted(token))


def trigger_type(token: Token, sent_mentions: list[places.Mention]) -> str | None:
    lemma = token.lemma_.lower()
    if _attempt_on_a_life(token):
        return "attack_on_civilians"
    particles = {c.lower_ for c in token.children
                 if c.dep_ == "prt" or c.dep_ in ("prep", "advmod") and c.lower_ in ("out", "back", "down")}
    if token.pos_ == "VERB" and token.dep_ == "xcomp" and token.tag_ == "VBG" and lemma in HALTED_ACTS \
            and token.head.lemma_.lower() in HALTS:
        return None  # "the rebels stopped fighting": the halt is the event (a withdrawal), not the fighting
    if token.pos_ == "VERB" and _gerund_noun(token) and _light(token.head):
        return NOUN_TRIGGERS[token.lower_]  # "Fighting continued near Pokrovsk"
    if token.pos_ == "VERB" and lemma in IMPACT_VERBS and any(
            c.dep_ == "prep" and c.lower_ in IMPACT_VERBS[lemma] for c in token.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in MUNITIONS | AERIAL | {"blast", "explosion"} or (
                c.lemma_.lower() == "bomber" and any(m.lower_ == "suicide" for m in c.lefts)))
            for c in token.children):
        return "remote_strike"  # "a missile tore through an apartment block", "a drone slammed into a house"
    if token.pos_ == "VERB" and lemma in ("attack", "target", "hit", "strike") and any(
            _np_head(d).lemma_.lower() in AERIAL_DOERS | MUNITIONS | {"airstrike", "artillery", "shelling", "bombardment",
                                                                  "barrage", "bombing"}
            for d in [*_subjects(token), *(g for c in token.children if c.dep_ == "agent" for g in c.children)]
            if d.dep_ != "nsubjpass"):
        return "remote_strike"  # "drones attacked Sumy", "the city was hit by missiles"
    if token.pos_ == "VERB" and lemma in ("behead", "decapitate") and token.tag_ == "VBG" and token.dep_ == "advcl" \
            and token.head.pos_ == "VERB" and trigger_type(token.head, sent_mentions) not in (None, "casualties"):
        return "casualties"  # "raided three villages, beheading four civilians": the raid's dead
    if token.pos_ == "VERB" and lemma in ("hit", "strike") and any(
            _np_head(d).lemma_.lower() in ATTACKERS for d in _subjects(token) if d.dep_ != "nsubjpass") and not any(
            t.lemma_.lower() in STRIKE_WEAPONS | MUNITIONS | AERIAL for t in token.sent):
        return "armed_clash"  # "gunmen struck the village": an assault on the ground, not a strike from afar
    if _a_copula(token):  # "security forces were out in force"
        special = _posture_or_abuse(token)
        return special[0] if special is not None else None
    if token.pos_ == "VERB":
        special = _posture_or_abuse(token)
        if special is not None:
            return special[0]
        if lemma in ("detonate", "explode", "blow") and (_a_test(token) or any(
                t.lower_ in ("nuclear", "atomic", "thermonuclear", "hydrogen") for o in _objects(token) for t in o.subtree)):
            return "deployment"  # "exploded a nuclear device underground": a weapons test, not a strike
        if lemma in ("fire", "launch") and _a_test(token):
            tested = {o.lemma_.lower() for o in _objects(token)}
            # "test-fired two missiles": a show of weapons, not a strike on anyone; a tested engine is nothing
            return "deployment" if tested & (AERIAL | FIRED_FROM_AFAR | WEAPON_NOUNS) else None
        if lemma == "shoot" and "down" in particles:
            aerial = {o.lemma_.lower() for o in _objects(token)}
            return "interception" if aerial & AERIAL or any(o.like_num for o in _objects(token)) else None
        if lemma in ("detonate", "explode", "blow") and any(
                t.lower_ == "safely" and t.head == token or t.lower_ == "controlled" and t.head.lemma_.lower() in (
                    "explosion", "detonation", "blast") for t in token.subtree):
            return None  # "engineers detonated the shells in a controlled explosion": bomb disposal
        if lemma == "blow" and "up" in particles:
            return "remote_strike"  # "blew up a bridge", "blew himself up"
        handed = {o.lemma_.lower() for o in _objects(token)}
        if lemma == "hand" and particles & {"over", "back"} and (handed & CAPTIVES or _captured(_objects(token))):
            return "prisoner_exchange"  # "handed over 40 prisoners", "handed the captured soldiers back"
        if lemma in ("give", "turn") and particles & {"up", "in"} and any(
                o.lower_ in REFLEXIVES for o in _objects(token)) and _armed_subject(token):
            return "desertion"  # "200 fighters gave themselves up", "turned themselves in": a surrender (not a suspect's)
        if lemma in ("hand", "turn") and _prep_object(token, "in", SURRENDERED_ARMS):
            return "withdrawal"  # "began handing in weapons" (the particle parsed as a preposition)
        if lemma in ("hand", "lay", "give", "turn") and particles & {"over", "down", "up", "in"} and handed & SURRENDERED_ARMS:
            return "desertion" if "down" in particles else "withdrawal"  # "laid down their arms"; disarmament
        if lemma in ("lift", "ease", "end") and handed & {"blockade", "siege"}:
            return "withdrawal"  # "lifted the blockade of the port"
        if lemma in ("use", "employ"):
            return _weapon_use(token)
        if lemma in RAMMING_VERBS and handed & RAMMING_VEHICLES and any(
                c.dep_ == "prep" and c.lower_ in ("into", "through") and any(
                    g.lemma_.lower() == "crowd" or kind_of(_np_span(g), g) == "civilians" for g in c.children if g.dep_ == "pobj")
                for c in token.children):
            return "attack_on_civilians"  # "an attacker rammed a truck into a crowd", not "a truck rammed into a crowd"
        if lemma in ("cooperate", "co-operate") and not _armed_subject(token) and not any(
                c.lower_ in MILITARY_MANNER or c.dep_ == "prep" and any(
                    g.lemma_.lower() in ("defence", "defense", "military", "security") for g in c.subtree)
                for c in token.children):
            return None
        if lemma == "explode":  # "the bombs began to explode": the subject of the verb it completes
            subjects = {c.lemma_.lower() for c in _subjects(token) if c.dep_ != "nsubjpass"}
            return "remote_strike" if subjects & NEEDS_OBJECT["detonate"] else None
        if lemma == "take" and any(c.lower_ in ("prisoner", "captive", "prisoners") for c in token.subtree):
            return "arrest_detention"
        if lemma == "take" and not particles and _armed_subject(token) and any(
                _place_like(o, sent_mentions) and o.lemma_.lower() not in ("control", "part", "ground", "land", "road", "field")
                for o in _direct_objects(token)):
            return "territory_change"  # "its forces had taken the village of Novoselivka"
        if lemma in ("take", "hold") and (_prep_object(token, "into", {"custody"}) or lemma == "hold" and (
                _prep_object(token, "without", {"charge", "trial"}) or _prep_object(token, "in", {"custody", "detention"}))) \
                and _people(_objects(token)):
            return "arrest_detention"  # "took 15 protesters into custody", "held three activists without charge"
        acted_on = {o.lemma_.lower() for o in _objects(token)}
        if lemma in HALTS:  # "stopped fighting", "ceased firing": what is halted, as "halted its offensive"
            acted_on |= {c.lemma_.lower() for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"} & HALTED_ACTS
        if (lemma in HALTS | {"call"} and acted_on & (OPERATIONS | HALTED_ACTS)
                and (lemma != "call" or "off" in particles)) and (
                _armed_subject(token) or _warlike(token) and _state_subject(token, sent_mentions)):
            return "withdrawal"  # "the army halted its offensive", "called off the siege": a de-escalation
        if (lemma in ("cut", "reduce", "scale", "draw", "vacate", "remove") or lemma == "bring" and "home" in {
                c.lower_ for c in token.children}) and (_armed_subject(token) or _state_subject(token, sent_mentions) or any(
                    kind_of(_np_span(o), o) == "military" and any(m.dep_ == "poss" for m in o.lefts) for o in _objects(token))
                ) and (
                acted_on & PRESENCE or any(o.lemma_.lower() in ("level", "number", "strength") and (
                    any(m.lemma_.lower() == "troop" for m in o.lefts) or any(  # "its troop numbers", "the number of troops"
                        g.lemma_.lower() in ("troop", "soldier", "force") for c in o.children
                        if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)) for o in _objects(token))
                or lemma == "vacate" and any(_place_like(o, sent_mentions) for o in _objects(token))) and (
                lemma not in ("scale", "draw") or particles & {"back", "down"}):
            return "withdrawal"  # "cut its troop levels", "scaled back its operations", "vacated the town"
        crossed_into = lemma == "cross" and _to_a_place(token, ("into", "over"), sent_mentions)
        if (lemma == "enter" and any(_place_like(o, sent_mentions) for o in _objects(token)) or crossed_into) \
                and _armed_subject(token) and not _a_state_force_at_home(token):
            return "armed_clash"  # "M23 rebels entered the centre of Goma", "troops crossed into Somalia": an incursion
        if lemma in ("order", "rush", "draft") and any(
                kind_of(_np_span(o), o) == "military" or o.lemma_.lower() == "reinforcement" or "police" in o.lower_
                for o in _objects(token)) and (_to_a_place(token, ("to", "into", "toward", "towards", "onto"), sent_mentions)
                                               or _prep_object(token, "into", {"street"}) or _prep_object(token, "onto", {"street"})):
            return "deployment"  # "ordered 3,000 soldiers to the region", "rushed troops to the border", "ordered the
            # national guard into the streets", "riot police were drafted into the city" (police only in force: see
            # sentence_candidates)
        if lemma == "bring" and (particles & {"in"} or _to_a_place(token, ("into", "to"), sent_mentions)) and (
                acted_on & (NEEDS_OBJECT["move"] | {"reinforcement"}) or any(
                    kind_of(_np_span(o), o) == "military" or o.lemma_.lower() == "vehicle" and any(
                        m.lower_ in ("armoured", "armored", "military") for m in o.lefts) for o in _objects(token))) and (
                _armed_subject(token) or _state_subject(token, sent_mentions) or any(
                    kind_of(_np_span(s), s) == "government" for s in _subjects(token))):
            return "deployment"  # "the army brought in reinforcements", "brought armoured vehicles into the streets"
        if lemma == "join" and "force" in acted_on and _armed_subject(token):
            return "training_cooperation"  # "the rebel groups joined forces"
        if lemma == "lay" and "siege" in acted_on and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
            return "armed_clash"  # "laid siege to the city", as "besieged"
        if lemma == "take" and "over" in particles and _armed_subject(token) and any(
                _place_like(o, sent_mentions) for o in _objects(token)):
            return "territory_change"  # "the army took over the border crossing", not "took over the company"
        if (lemma == "set" and "fire" in {o.lemma_.lower() for o in _objects(token)} or lemma in PROPERTY_DESTROYERS) \
                and _armed_subject(token) and _civilian_property(token):
            return "attack_on_civilians"  # "gunmen set fire to a church", "militiamen torched homes", "soldiers
            # demolished the houses of suspected militants"
        if lemma in ("share", "exchange") and {o.lemma_.lower() for o in _objects(token)} & {"intelligence"} and any(
                kind_of(_np_span(s), s) in CONFLICT_KINDS | {"government"} or s.ent_type_ in ("GPE", "NORP")
                or s.i in {m.head.i for m in sent_mentions} for s in _subjects(token)):
            return "training_cooperation"  # "the two armies share intelligence", a military cooperation
        if lemma == "fall" and "back" in particles and _armed_subject(token):
            return "withdrawal"  # "government forces fell back to the river"
        if lemma == "pull" and not particles & {"back", "out"}:
            return None
        if lemma in ("withdraw", "pull", "retreat") and _prep_object(token, "from", POLITICAL_FORA) or lemma == "pull" and any(
                c.dep_ == "prep" and c.lower_ == "of" and c.head in (token, *(o for o in token.children if o.lower_ == "out"))
                and any(g.lemma_.lower() in POLITICAL_FORA for g in c.children) for c in token.subtree):
            return None  # "the rebels withdrew from the peace talks", "pulled out of the deal": politics, not forces
        if lemma == "leave" and _armed_subject(token) and not any(
                _np_head(s).lemma_.lower() in ATTACKERS for s in _subjects(token)) and not acted_on & NEEDS_OBJECT["leave"] \
                and any(_place_like(o, sent_mentions) or o.lemma_.lower() in ("area", "region") for o in _direct_objects(token)):
            return "withdrawal"  # "troops left the area after the ceasefire" (not "the gunmen left the scene")
        if lemma in ("return", "hand", "cede") and (_armed_subject(token) or _state_subject(token, sent_mentions)) and any(
                _place_like(o, sent_mentions) and o.lemma_.lower() not in ("land", "ground", "field")
                for o in _direct_objects(token)) and any(
                c.dep_ == "prep" and c.lower_ == "to" or c.dep_ == "prt" and c.lower_ in ("over", "back") for c in token.children):
            return "territory_change"  # "the rebels returned the town to government control", "handed over the airport"
        if lemma in ("violate", "breach", "break") and acted_on & CEASEFIRES and (
                _armed_subject(token) or _state_subject(token, sent_mentions)) and not _accused_of(token):
            return "armed_clash"  # "Indian troops violated the ceasefire along the Line of Control, wounding two"
        if lemma in ("declare", "announce", "proclaim", "observe", "call", "implement", "begin", "start") and \
                acted_on & CEASEFIRES and not particles & {"off"} and (
                _armed_subject(token) or _state_subject(token, sent_mentions) or any(
                    _np_head(s).lemma_.lower() in WARRING_SIDES for s in _subjects(token)) or any(
                    kind_of(_np_span(s), s) == "government" for s in _subjects(token)) and _conflict_sentence(token.sent)):
            return "withdrawal"  # "the rebels declared a unilateral ceasefire": a de-escalation, as "halted its offensive"
        if lemma in ("advise", "mentor") and any(kind_of(_np_span(o), o) == "military" for o in _direct_objects(token)) and not any(
                c.dep_ in ("xcomp", "ccomp") for c in token.children) and (
                _armed_subject(token) or _state_subject(token, sent_mentions)):
            return "training_cooperation"  # "American special forces are advising Iraqi troops", not "advised the army to wait"
        if lemma == "set" and "off" in particles and acted_on & NEEDS_OBJECT["detonate"]:
            return "remote_strike"  # "militants set off a bomb in a market"
        if lemma == "die" and any(c.dep_ == "prep" and c.lower_ in ("in", "during", "from", "after") for c in token.children):
            return "casualties"  # "died in an airstrike", "died from wounds"
        objects_ = _objects(token)
        if _hijacking(token, objects_):
            return "attack_on_civilians"  # "pirates seized a cargo ship", "hijackers took control of a plane"
        if lemma in CONTROL_VERBS and any(o.lemma_.lower() == "control" for o in objects_):
            held = _controlled(token, objects_)
            if held and not any(_place_like(h, sent_mentions) or kind_of(_np_span(h), h) in CONFLICT_KINDS for h in held):
                return None  # "the airline took control of the carrier's planes", not "of the town"
            return "territory_change"
        if lemma in RECEIVE_VERBS and any(o.lemma_.lower() in CAPTIVES for o in objects_):
            parties = [*_subjects(token), *(g for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                                            for g in c.children if g.dep_ == "pobj")]
            states = _country_heads(sent_mentions)
            if any(kind_of(_np_span(c), c) in CONFLICT_KINDS | {"government"} or c.ent_type_ in ("GPE", "NORP")
                   or c.i in states for c in parties):
                return "prisoner_exchange"  # "Ukraine received the bodies of 563 soldiers", not "the morgue received"
        set_free = lemma == "set" and any(  # "set free two aid workers", "set the hostages free"
            c.lower_ == "free" or c.dep_ == "dobj" and any(m.lower_ == "free" for m in c.lefts) for c in token.children)
        # who is let go: the object, or the subject of a small clause ("released the nurse unharmed")
        freed = objects_ + [g for c in token.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        if (lemma in RETURN_VERBS or set_free) and (
            any(o.lemma_.lower() in CAPTIVES for o in objects_)  # "released 20 hostages"
            or _armed_subject(token) and _captured(objects_)  # "the militia freed the kidnapped engineer"
            or any(kind_of(_np_span(_np_head(s)), _np_head(s)) == "armed_group" for s in _subjects(token))
            and (lemma in ("release", "free") or set_free) and _people(freed)  # "the PKK released two soldiers": its captives
            or any(s.lemma_.lower() in CAPTORS for s in _subjects(token)) and _people(freed)
            # "kidnappers freed the engineers", "... released the nurse unharmed"
            or any(c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in CAPTIVITY for g in c.children)
                   for c in token.children)
        ):
            return "prisoner_exchange"
        toll_of = _toll_event(token)
        if toll_of is not None:  # "the death toll from the strike rose to 12"
            if toll_of.lemma_.lower() in ("attack", "assault") and any(c.lemma_.lower() in WEAPONS for c in toll_of.lefts):
                return "remote_strike"  # "the missile attack"
            return NOUN_TRIGGERS[toll_of.lemma_.lower()]
        if lemma in LOSS_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in LOSS_NOUNS for c in token.children):
            return "loss_report"
        if lemma == "destroy":
            destroyed = {o.lemma_.lower() for o in objects_}
            struck = any(c.dep_ == "prep" and c.lower_ in ("in", "with", "during") and any(
                g.lemma_.lower() in ("strike", "airstrike", "raid", "attack", "bombardment") for g in c.children)
                for c in token.children)  # "destroyed a drone and a launcher in a strike": on the ground
            if struck:
                return "remote_strike"
            if destroyed & AERIAL and not destroyed & {"launcher", "depot", "warehouse", "factory", "site"}:
                return "interception"
            if any(m.lemma_.lower() in KIND_NOUNS["armed_group"] | KIND_NOUNS["military"] | {"enemy"}
                   for o in objects_ for m in o.lefts if m.dep_ in ("amod", "compound", "nmod")) and _armed_subject(token):
                return "remote_strike"  # "the army destroyed a rebel camp"
            return "remote_strike" if destroyed & EQUIPMENT else None
        if lemma in ("hurl", "throw", "lob", "toss") and {o.lemma_.lower() for o in objects_} & THROWN and any(
                c.dep_ == "prep" and c.lower_ in ("at", "into", "on") for c in token.children):
            return "remote_strike"  # "assailants hurled a grenade at a police station"
        if lemma == "open" and any(o.lemma_.lower() == "fire" for o in objects_):
            return "armed_clash"  # "opened fire on"
        if lemma in ("exchange", "trade") and {o.lemma_.lower() for o in objects_} & {"fire", "gunfire", "shot"}:
            return "armed_clash"  # "exchanged fire with troops", "traded fire overnight"
        if lemma == "go" and "off" in particles and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in NEEDS_OBJECT["detonate"] for c in token.children):
            return "remote_strike"  # "a device went off near a checkpoint"
        if lemma in ("gun", "mow", "cut") and "down" in particles and _people(objects_) and (lemma == "gun" or any(
                t.lemma_.lower() in ("gunfire", "gun", "bullet", "fire", "rifle") for t in token.subtree)):
            return "attack_on_civilians"  # "gunmen gunned down a lawyer", "mowed down protesters with gunfire"
        if lemma == "round" and "up" in particles and _people(objects_):
            return "arrest_detention"  # "rounded up dozens of suspected militants"
        if lemma == "come":
            return _come_under(token)  # "came under fire", "came under attack"
        if lemma not in VERB_TRIGGERS and _prep_object(token, "to", {"death"}) and _people(objects_):
            return "attack_on_civilians"  # "hacked three villagers to death"
        if lemma == "call" and ("up" in particles or _prep_object(token, "to", {"duty", "service", "arm", "colour", "color"})) \
                and {o.lemma_.lower() for o in objects_} & NEEDS_OBJECT["mobilize"]:
            return "deployment"  # "called up 10,000 reservists", "reservists were called to active duty"
        if lemma in DISPLACE_VERBS and (particles & {"out", "back", "away", "off"} or any(
                c.dep_ == "prep" and c.lower_ in ("from", "out") for c in token.children)) and any(
                kind_of(_np_span(c), c) in CONFLICT_KINDS for c in _subjects(token)):
            kind_of_object = {o.i: kind_of(_np_span(o), o) for o in objects_}
            kinds = set(kind_of_object.values())
            if "civilians" in kinds or any(_a_people(o) or o.tag_ in ("NNP", "NNPS") and _out_of_homes(token)
                                           for o in objects_ if kind_of_object[o.i] not in CONFLICT_KINDS):
                return "attack_on_civilians"  # "militias drove thousands of villagers from their homes", "drove
                # the Masalit out of their villages"
            if kinds & {"military", "armed_group"}:
                return "armed_clash"  # "troops drove the rebels out of the town", "pushed the militants back"
        if lemma == "fire":
            # "fired a barrage of rockets", "a salvo of missiles": what the barrage was of
            fired = {o.lemma_.lower() for o in objects_} | {
                g.lemma_.lower() for o in objects_ if o.lemma_.lower() in VOLLEYS for c in o.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"}
            if fired & (AERIAL | FIRED_FROM_AFAR) and not any(m.lower_ in ("live", "rubber", "plastic") for o in objects_
                                                               for m in o.lefts):
                return "remote_strike"  # "fired missiles at Kyiv", "firing mortars at army posts"
            if not _fire_targets(token):
                return None
        if lemma in TO_DEATH_VERBS and _to_death(token) and not any(c.dep_ == "agent" for c in token.children) and any(
                kind_of(_np_span(p), p) in PERSON_KINDS or p.like_num for p in token.children if p.dep_ == "nsubjpass"):
            return "casualties"  # "a teacher was shot dead during the raid": the raid's dead (a doer makes an event)
        if lemma not in VERB_TRIGGERS:
            return None
        event_type = VERB_TRIGGERS[lemma]
        objects = _objects(token)
        object_lemmas = {o.lemma_.lower() for o in objects}
        if lemma in NEEDS_OBJECT:
            needed = NEEDS_OBJECT[lemma]
            gathered = lemma in ("mass", "amass", "concentrate", "muster") and not objects and any(
                _np_head(c).lemma_.lower() in needed for c in _subjects(token) if c.dep_ == "nsubj")
            # "troops moved into the town", "tanks rolled into the camp", "troops poured into the city": forces
            # moving themselves to a place
            gathered = gathered or lemma in ("move", "pour", "roll") and not objects and any(
                _np_head(c).lemma_.lower() in needed for c in _subjects(token) if c.dep_ == "nsubj") and any(
                c.dep_ == "prep" and c.lower_ in ("into", "to", "toward", "towards") for c in token.children)
            object_lemmas = {o.lemma_.lower() for o in objects if not _unit_of_others(o)}
            # "mobilised 5,000 police officers", "security personnel": people named by the force they serve in
            # (only to mobilise: "sent police officers to the scene" is no deployment)
            object_lemmas |= {FORCE_OF_STAFF.get(m.lemma_.lower(), m.lemma_.lower()) for o in objects
                              if lemma in ("mobilise", "mobilize") and o.lemma_.lower() in STAFF_NOUNS
                              for m in o.lefts if m.dep_ in ("compound", "amod")}
            if needed and not object_lemmas & needed and not gathered and not (objects and _in_strength(token)) and not any(
                    (meant := _pronoun_for(o)) is not None and meant.lemma_.lower() in needed for o in objects):
                return None  # "troops massed near the border"; "carried the bombs ... before detonating them"
            if not needed:  # strike-like verbs need a place, a target object or fighters as their object
                governed = any(places.governed(token, m) is not None for m in sent_mentions)
                fighters = any(kind_of(_np_span(o), o) in ("military", "armed_group") for o in objects)
                if not governed and not object_lemmas & STRIKE_OBJECTS and not fighters:
                    return None
        if lemma in ("encircle", "surround") and not (_armed_subject(token) or any(
                kind_of(_np_span(g), g) in ("military", "armed_group") for c in token.children
                if c.dep_ == "agent" for g in c.children)):
            return None  # "troops encircled the rebels", not "hills surround the town"
        if lemma in ("capture", "seize"):
            # "captured the rebel stronghold" is a place the rebels held, not rebels held
            kinds = {kind_of(_np_span(o), o) for o in objects if o.lemma_.lower() not in NOT_PEOPLE}
            if kinds & set(PERSON_KINDS) or any(o.lemma_.lower() in ("soldier", "prisoner", "serviceman") for o in objects) \
                    or any(o.lower_ in ("him", "her") for o in objects) or any(  # "captured her", "she was captured"
                    c.dep_ == "nsubjpass" and c.lower_ in ("he", "she") for c in token.children):
                if "civilians" in kinds and not kinds & {"military", "armed_group", "intelligence"} \
                        and _held_by_armed_group(token):
                    return "attack_on_civilians"  # "insurgents captured three engineers": an abduction (not "the
                    # militia captured him", who may be a soldier)
                return "arrest_detention"
            if object_lemmas & SEIZED_GOODS:
                return "other"  # "the navy seized an oil tanker": a seizure, not a change of territory
        if event_type == "territory_change" and objects and not any(_place_like(o, sent_mentions) for o in objects):
            return None  # "captured the gold medal", "seized the initiative"
        if lemma in ("intercept",) and not ({o.lemma_.lower() for o in objects} & AERIAL or any(o.like_num for o in objects)):
            return None
        if lemma == "beat" and _a_contest(token):
            return None  # "the Somali team beat the Kenyans 2-0", "was beaten in the election"
        if lemma in TO_DEATH_VERBS and _shot_dead_headline(token):
            return "casualties"  # "Two militants shot dead in Poonch"
        if lemma in NEEDS_PERSON_OBJECT and not any(kind_of(_np_span(o), o) in PERSON_KINDS or _a_people(o) for o in objects):
            return None  # "shot a teacher", not "shot a film"
        if lemma == "shoot" and any(s.lemma_.lower() in CAMERA_PEOPLE for s in _subjects(token)):
            return None  # "a photographer shot the president": with a camera
        if lemma == "shoot" and objects and all(kind_of(_np_span(o), o) in ("military", "armed_group") for o in objects):
            return "armed_clash"  # "soldiers shot and killed a gunman": armed men on both sides
        if lemma == "expel" and not (any(kind_of(_np_span(o), o) == "civilians" or _a_people(o) for o in objects) and any(
                kind_of(_np_span(s), s) in CONFLICT_KINDS for s in _subjects(token))):
            return None  # "militias expelled the villagers", not "the ministry expelled two diplomats"
        if lemma == "exchange" and not object_lemmas & {"prisoner", "captive", "pow", "body", "serviceman", "soldier"}:
            return None
        if lemma in NEUTRALISE:
            # "the army said it had neutralised about 20 assailants": a communiqué's word for killing
            people = [o for o in objects if o.lemma_.lower() not in MUNITIONS | AERIAL | STRIKE_WEAPONS | NEEDS_OBJECT["detonate"]]
            return "casualties" if any(kind_of(_np_span(o), o) in CONFLICT_KINDS for o in people) else None
        if lemma == "hurt" and not any(kind_of(_np_span(p), p) in PERSON_KINDS or p.like_num
                                       for p in [*objects, *(c for c in token.children if c.dep_ == "nsubjpass")]):
            return None  # "twelve people were hurt", not "sanctions hurt the economy"
        if lemma == "hurt" and any(c.dep_ == "nsubjpass" for c in token.children) and not any(
                c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("in", "by") and any(
                    g.lemma_.lower() in HARMS for g in c.children if g.dep_ == "pobj") or c.dep_ == "advcl" and any(
                    m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as") for m in c.children)
                for c in token.children):
            return None  # hurt by what: "hurt in the blast", "hurt when a bomb exploded" (not "hurt while running")
        if lemma == "kill" or lemma in ("wound", "injure", "hurt"):
            if any(c.dep_ == "det" for c in token.children):
                return None  # "rushed to help the wounded": the people, tagged a verb; no one is hurt here
            if any(c.dep_ in ("nsubjpass", "nsubj", "dobj") and attribution.nobody(c) for c in token.children):
                return None  # "No one was injured", "killing no one": no casualties
            if token.dep_ == "acl" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of" \
                    and token.head.head.head.lemma_.lower() in CAPTIVES:
                return None  # "the bodies of 563 soldiers killed in the war": who is returned, not a new event
            return "casualties"
        return event_type
    if (token.pos_ == "NOUN" or token.pos_ == "PROPN" and token.is_sent_start and not token.ent_type_) \
            and lemma in NOUN_TRIGGERS:  # also a capitalised first word the tagger takes for a name ("Gunfire erupted")
        token = _carrier(token)
        head = token.head
        if any(c.lower_ in NOT_VIOLENCE.get(lemma, ()) for c in token.lefts):
            return None  # "a heart attack", "a hunger strike"
        if _reason_told_before(token):
            return None  # "arrested 12 people in connection with Saturday's attack": the attack is told elsewhere
        if any(c.lower_ in GENERIC_MODIFIERS for c in token.lefts):
            return None  # "has carried out similar attacks", "fears of further strikes": a kind, not one event
        if lemma in ("attack", "assault", "raid") and any(c.lemma_.lower() in WEAPONS for c in token.lefts):
            return "remote_strike"  # "a glide bomb attack", "a drone attack", "air raids"
        if lemma in ("attack", "assault") and any(c.lemma_.lower() in ("terror", "terrorist") for c in token.lefts) and not any(
                kind_of(_np_span(g), g) in CONFLICT_KINDS for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for g in c.children if g.dep_ == "pobj"):
            return "attack_on_civilians"  # "Saturday's terror attack in London" (not "a terrorist attack on an army post")
        forces_exercise = lemma in EXERCISES and _forces_exercise(token)
        if lemma in EXERCISES and NOUN_TRIGGERS[lemma] == "training_cooperation" and _solo(token):
            needed = NOUN_NEEDS_MODIFIER[lemma]
            if forces_exercise or any(c.lower_ in needed or c.lower_ in DEMONYMS for c in token.lefts):
                return "deployment"  # "the army staged military exercises near the border": a show of force
        mobilized = lemma in MOBILISATION and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(kind_of(_np_span(g), g) == "military" for g in c.children)
            for c in token.children)  # "the mobilization of its forces"
        ordered = token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in ("order", "announce", "declare", "decree")
        if lemma in MOBILISATION and (mobilized or any(c.lower_ in NOUN_NEEDS_MODIFIER[lemma] for c in token.lefts)) \
                and ordered:
            return "deployment"  # "Armenia ordered the partial mobilization of its forces"
        if NOUN_TRIGGERS[lemma] in ("withdrawal", "deployment") and ordered and any(
                kind_of(_np_span(g), g) == "military" for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children):
            return NOUN_TRIGGERS[lemma]  # "Moscow announced the withdrawal of its troops from Georgia"
        if lemma == "training" and token.dep_ == "dobj" and head.lemma_.lower() in ("provide", "give", "receive", "undergo", "complete") \
                and any(c.lower_ in NOUN_NEEDS_MODIFIER[lemma] for c in token.lefts):
            return "training_cooperation"  # "provided military training to Malian troops"
        needed = NOUN_NEEDS_MODIFIER.get(lemma)
        if lemma == "killing" and _of_people(token):
            needed = None  # "the killing of two activists" (not "the killing of the bill")
        # (a modifier may be the second of two: "air and ground operations")
        modifiers = [*token.lefts, *(g for c in token.lefts for g in c.children if g.dep_ == "conj")]
        if needed and not mobilized and not any(c.lower_ in needed or c.lower_ in DEMONYMS for c in modifiers) and not (
            lemma == "strike" and _struck_at(token)
        ) and not (lemma == "strike" and _killed_by_means(token)) and not forces_exercise:
            return None
        if forces_exercise and token.dep_ == "pobj":
            return NOUN_TRIGGERS[lemma]  # "took part in exercises"
        if token.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in RETALIATIONS:
            return NOUN_TRIGGERS[lemma]  # "Israel retaliated with air strikes on Gaza", "broke the truce with a strike"
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and (
            _light(head) or head.lemma_.lower() in ("kill", "wound", "injure", "hurt", "hit", "damage", "destroy")
            or token.dep_ == "nsubj" and head.lemma_.lower() in NEUTRALISE  # "air strikes neutralised 40 militants"
            or token.dep_ == "dobj" and head.lemma_.lower() in SET_OFF
            # "prompting clashes between his supporters and security forces": the clashes it set off
            or head.lemma_.lower() == "fail" and token.lemma_.lower() in ATTEMPT_NOUNS  # "an assassination attempt failed"
            or token.dep_ == "nsubj" and head.lemma_.lower() in REACTIONS and _of_people(token)
            # "the arrest of three journalists drew protests": an act on people, whose effect is told
            or head.lemma_.lower() == "leave" and token.dep_ == "nsubj" and any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") for c in head.children)  # "the clashes left five dead"
        ):
            return NOUN_TRIGGERS[lemma]
        claim = _claim_of(token)
        if claim is not None:
            # "claimed responsibility for a missile attack on a ship": the act claimed (not "no group has
            # claimed responsibility for the attack", which only retells it)
            if any(c.lower_ in ("the", "this", "that", "these", "those", "its", "their") for c in token.lefts):
                return None  # "claimed responsibility for the attack": an attack told already (see narrative)
            if any(c.dep_ == "neg" for c in claim.children) or any(
                    d.lower_ in ("no", "nobody", "none") for s in _subjects(token) for d in s.subtree):
                return None
            if lemma in ("attack", "assault") and any(c.lemma_.lower() in WEAPONS for c in token.lefts):
                return "remote_strike"
            return NOUN_TRIGGERS[lemma]
        if token.dep_ != "attr" and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in KILLING_CLAUSES
                                        for c in token.children):
            # a headline-like sentence: "Israeli airstrikes killed 22 people ..."; and "in response to an Israeli
            # strike that killed three of its fighters": what the act did tells it happened (not "the bombing was
            # an attack which killed ...", the same act named again)
            return NOUN_TRIGGERS[lemma]
        if lemma == "strike" and _killed_by_means(token):
            return NOUN_TRIGGERS[lemma]  # "neutralised dozens of terrorists in strikes near Djibo"
        # (and a headline's "Four dead in suicide bombing", "two soldiers wounded in NPA attack")
        harm = ("kill", "die", "wound", "injure", "destroy", "damage", "hit", "hurt", "dead", "injured", "wounded")
        # (or hung on the verb's object: "killed dozens of terrorists in air and ground operations")
        if (token.dep_ == "pobj" and head.lower_ in EVENT_NOUN_PREPS
                and (head.head.lemma_.lower() in harm or head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in harm)
                and lemma in SELF_EVIDENT_TRIGGERS | {"strike", "attack", "assault", "blast", "explosion", "clash", "operation", "fire",
                                                      "raid"}
                and (lemma not in NOUN_NEEDS_MODIFIER or any(c.lower_ in NOUN_NEEDS_MODIFIER[lemma] | set(DEMONYMS)
                                                            for c in modifiers)
                     or lemma == "strike" and _struck_at(token))):
            return NOUN_TRIGGERS[lemma]  # "were killed in clashes", "was destroyed by airstrikes"
    return None


def _tense(token: Token) -> str:
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.dep_ == "conj" and not auxes:
        auxes = [c for c in token.head.children if c.dep_ in ("aux", "auxpass")]
    if token.dep_ == "xcomp":
        auxes += [c for c in token.head.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    tags = {a.tag_ for a in auxes}
    if lowers & {"may", "might", "could", "must"} and "have" in lowers:
        return "past"  # "may have struck targets on Sunday": a guess about the past
    if lowers & {"will", "shall", "may", "might", "could", "would"}:
        return "future"
    if "had" in lowers:
        return "perfect"
    if lowers & {"have", "has"}:
        return "present_perfect"
    if token.tag_ == "VBG" and lowers & {"was", "were"}:
        return "progressive"
    if token.tag_ in ("VBP", "VBZ") or lowers & {"is", "are", "am"} or "VBP" in tags or "VBZ" in tags:
        return "present"
    return "past"


def _nested(a: "places.Mention", b: "places.Mention") -> bool:
    """One mention hangs from the other without another clause between them."""
    def chain(m):
        token, out = m.head, set()
        while token.dep_ in ("appos", "npadvmod", "compound", "pobj", "prep", "nmod", "amod") and token.head != token:
            token = token.head
            out.add(token.i)
            if token.dep_ == "pobj" and token.head.dep_ != "prep":
                break
        return out
    return b.head.i in chain(a) or a.head.i in chain(b)


def _time_governed(token: Token, trigger: Token, triggers: set[int]) -> bool:
    node = token
    for _ in range(30):
        if node == trigger:
            return True
        if node.head == node or (node.i in triggers and node != token):
            return False
        if node.dep_ in ("relcl", "acl") and node.head != trigger and not _launch_of_object(node, trigger):
            return False
        node = node.head
    return False


def _inside_relative_clause(trigger: Token, mentions: list, doc) -> list:
    """"..., a day after the army pulled back from the airport": the event inside the clause that "a day
    after" opens happened that long before the day the sentence gives (the direction turned round)."""
    out = []
    for m in mentions:
        if m.kind != "relative_n" or (m.groups.get("dir") or "").lower() not in ("after", "before"):
            continue
        word = doc.char_span(m.start, m.end, alignment_mode="expand")[-1]  # "after" / "before"
        verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger  # "carried out air raids"
        if (word.dep_ == "mark" and word.head == verb) or (trigger in word.subtree and trigger != word):
            flipped = "before" if m.groups["dir"].lower() == "after" else "after"
            out.append(timex.TimeMention(m.text, m.start, m.end, m.kind, {**m.groups, "dir": flipped}))
    return out


def _launch_of_object(verb: Token, trigger: Token) -> bool:
    """"intercepted a missile launched from Yemen early on Saturday": the launch of what the trigger
    acts on, dated by the same night (not "a bridge built in 1950")."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in LAUNCH_VERBS and verb.head.head == trigger \
        and verb.head.dep_ in ("dobj", "nsubjpass")


def _elsewhere(mention: places.Mention, event_type: str) -> bool:
    """A place that is not where the event happened: where a projectile was launched from ("a missile
    launched from Yemen"), or the country the other side of an exchange is ("received the bodies ...
    from Russia")."""
    head = mention.head
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    if event_type in ("remote_strike", "interception"):
        return head.head.head.lemma_.lower() in LAUNCH_VERBS
    return event_type == "prisoner_exchange" and any(e.level == "country" for e in mention.candidates[:1])


def _launched_from(mention: places.Mention, event_type: str) -> bool:
    """Where projectiles came from, not where they struck or were downed ("30 projectiles crossed from
    Lebanon, some of which were intercepted")."""
    prep = mention.head.head
    distance = any(t.lemma_.lower().rstrip("s") in places.UNITS or t.lower_ in ("km", "kms")
                   for t in [prep.head, *prep.children])  # "a village 10 km from Nikopol" is placed by it
    return event_type in ("remote_strike", "interception") and mention.head.dep_ == "pobj" and prep.lower_ == "from" \
        and not distance


def _host_verb(trigger: Token) -> Token | None:
    """The verb an event noun is the means, occasion or subject of: "killed by a strike", "died in the
    shelling", "a strike hit"."""
    prep = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and prep.lower_ in ("by", "in", "during") and (
            prep.head.pos_ == "VERB"):
        return prep.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ == "VERB":
        return trigger.head  # "an air strike hit a school ... on Tuesday": the strike's day
    return None


def _told_when(token: Token, trigger: Token) -> bool:
    """A time expression that dates a reporting verb, not the clause it reports: "In a statement on
    Monday, the army said its troops had neutralised ...", "..., X reported on Wednesday"."""
    node, came_from = token, token
    for _ in range(30):
        if node == trigger:
            return False
        if node.pos_ == "VERB" and node.lemma_.lower() in attribution.REPORTING_VERBS:
            return trigger not in came_from.subtree
        if node.head == node:
            return False
        came_from, node = node, node.head
    return False


def _dates_another_noun(token: Token, trigger: Token) -> bool:
    """"Sunday's vote": a day in the possessive dates its noun, which is not the event's trigger."""
    return token.dep_ == "poss" and token.head != trigger and token.head.lemma_.lower() not in NOUN_TRIGGERS


def _report_verb(trigger: Token) -> Token | None:
    node = trigger
    while node.head != node:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in attribution.REPORTING_VERBS:
            return node.head
        node = node.head
    return None


# ------------------------------------------------------------------ sentence
def sentence_candidates(sent: Span, sent_index: int, gaz: Gazetteer,
                        mentions: list[places.Mention] | None = None, skip_before: int = 0,
                        follows_event: bool = False) -> list[Candidate]:
    """Event mentions of one sentence; time expressions before ``skip_before`` (a dateline) are not theirs.
    ``follows_event``: the sentence before, in its paragraph, told an event, so that "Camp leaders said five
    people were killed" is that event's toll even with no word of war of its own."""
    doc = sent.doc
    mentions = places.find_mentions(sent, gaz) if mentions is None else mentions
    time_mentions = [
        timex.TimeMention(m.text, m.start + sent.start_char, m.end + sent.start_char, m.kind, m.groups)
        for m in timex.find_times(sent.text)
        if m.kind not in timex.NOT_EVENT_DATES and m.start + sent.start_char >= skip_before
    ]
    # each time expression's last word, which the clauses are read from
    time_word = {m.start: doc.char_span(m.start, m.end, alignment_mode="expand")[-1] for m in time_mentions}
    displaced = any(t.lemma_.lower() in ("kilometer", "kilometre", "km", "mile") and
                    any(c.dep_ == "prep" and c.lower_ == "from" for c in t.head.children) for t in sent)
    typed = []
    for token in sent:
        event_type = trigger_type(token, mentions)
        descriptive = token.pos_ == "VERB" and _descriptive(token) and event_type != "casualties"
        if event_type and not descriptive and not _unrealised(token):
            typed.append((token, event_type))
    # "sending 4,000 troops to fight alongside the rebels": what forces are sent to do is their purpose,
    # not an event of its own
    movers = {t.i for t, ty in typed if ty in MOVEMENT_KIND}
    typed = [(t, ty) for t, ty in typed if not (
        t.pos_ == "VERB" and t.head.i in movers and t.dep_ in ("advcl", "xcomp", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children))]
    # "launched 87 attacks ..., firing artillery, mortars and drones at 24 settlements": the participle tells
    # how the attacks were made; they are strikes, and one event
    manner = [t for t, ty in typed if ty == "remote_strike" and t.pos_ == "VERB" and t.tag_ == "VBG" and t.dep_ == "advcl"]
    folded: set[int] = set()  # the participles told as how an attack was made
    retyped = []
    for t, ty in typed:
        host = t if t.pos_ == "VERB" else t.head
        how = next((m for m in manner if m.head == host and m != t and m.i not in folded), None)
        if how is not None and ty in ("armed_clash", "attack_on_civilians") and t.lemma_.lower() in ("attack", "assault", "raid"):
            folded.add(how.i)
            ty = "remote_strike"
        retyped.append((t, ty))
    typed = [(t, ty) for t, ty in retyped if t.i not in folded]
    # "The Rolando bombing was an attack ... which killed 13 people": the act named again after "was"
    named = {t.i for t, _ in typed}
    typed = [(t, ty) for t, ty in typed if not (t.dep_ == "attr" and t.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.i in named for c in t.head.children))]
    trigger_ids = {t.i for t, _ in typed}

    cue = _conflict_sentence(sent)
    casualties = [(t, ty) for t, ty in typed if ty == "casualties"]
    events = [(t, ty) for t, ty in typed if ty != "casualties"]
    out: list[Candidate] = []
    towns = {m.text for m in mentions if m.candidates and m.candidates[0].level == "place" and not m.modifier}
    for token, event_type in events:
        if _habitual(token) or _trend(token):
            continue  # "the village is shelled almost every day": a state of affairs, not one event
        cand = Candidate(sent_index=sent_index, trigger=token, type=event_type, displaced=displaced,
                         conflict_cue=cue)
        _fill_arguments(cand, token, gaz)
        _headline_toll(cand, token, gaz)
        if token.pos_ == "VERB" and _to_death(token) and cand.fatalities is None and cand.count is not None:
            cand.fatalities, cand.count = cand.count, None  # "hacked 18 villagers to death": 18 dead
        # "drones attacked Sumy": a town is where the act fell, not a party to it (a state is: "attacked Ukraine")
        # and "ambushed between Djibo and Arbinda": towns between which it happened are no sides of it
        cand.actors = [a for a in cand.actors if not (a.role in ("target", "actor") and a.text in towns)]
        defence = any(a.role == "actor" and any(o in a.text.lower() for o in DEFENCE_OFFICES) for a in cand.actors)
        cand.state_actor = cand.state_actor and (_scene(token, mentions) or token.pos_ == "NOUN" and token.dep_ == "dobj"
                                                 and _light(token.head) and _scene(token.head, mentions)
                                                 or defence and bool(_direct_objects(token))) and not (
            token.pos_ == "VERB" and _direct_objects(token) and not any(_warlike_object(o, mentions) for o in _direct_objects(token)))
        # "Israel attacked Gaza", "carried out air raids on Gaza" (the place parsed on the verb), not "France attacked the plan"
        _civilian_targets(cand)
        cand.self_evident = _trigger_key(token, event_type) in SELF_EVIDENT_TRIGGERS or (
            event_type == "loss_report" and _conflict_sentence(sent)
        ) or (event_type == "deployment" and token.pos_ == "VERB" and (
            _a_test(token) or token.lemma_.lower() in ("detonate", "explode", "blow"))) or (  # a weapons test
            event_type == "deployment" and token.lemma_.lower() in MOBILISATION) or (  # of forces (see trigger_type)
            event_type == "deployment" and token.pos_ == "VERB" and _show_of_force(token))
        if event_type == "remote_strike" and token.pos_ == "VERB" and any(t.lemma_.lower() in STRIKE_WEAPONS for t in sent):
            cand.armed = True  # "Shelling hit a village" even when the parse loses the subject
        _tally(cand, token)
        toll_of = _toll_event(token)
        if toll_of is not None:
            cand.fatalities = _toll_value(token) or cand.fatalities
            if cand.count is not None and cand.fatalities is not None and cand.count.value == cand.fatalities.value:
                cand.count = None  # the number is the dead, not a number of attacks
            cand.self_evident = True
            # the toll and whoever puts it at a number are neither side of the strike
            cand.actors = [a for a in cand.actors if a.role not in ("actor", "target")]
        left_post = any(o.lemma_.lower() in NEEDS_OBJECT["leave"] for o in _objects(token))
        movers = [a for a in cand.actors if a.role == "actor"]
        surrender = event_type == "desertion" and token.lemma_.lower() in ("surrender", "give", "turn", "lay")
        if event_type in MOVEMENT_KIND and movers and not surrender and all(
                a.name.lower().split()[-1].rstrip("s") in CAPTIVES | ATTACKERS | {"settler"} for a in movers):
            # "upon arriving at the station, the prisoner ...": captives are moved, they do not deploy;
            # "the assailants arrived on motorbikes", "the attackers fled": the attack's approach and
            # escape, not a deployment or a desertion
            continue
        if event_type in MOVEMENT_KIND and not any(a.kind in ("military", "armed_group", "other") for a in cand.actors if a.role == "actor"):
            # "the government demobilized 5,000 fighters", "riot police were deployed": forces are moved
            police = [a for a in cand.actors if _police(a)]
            forces = bool(police) or any(a.kind in ("military", "armed_group") for a in cand.actors)
            if any(o.lemma_.lower() in PRESENCE and any(m.lemma_.lower() in PRESENCE_MODIFIERS for m in o.lefts)
                   for o in _objects(token)):
                forces = cand.self_evident = True  # "reduced its troop presence": what moves is a force
            if police and (any(set(a.text.lower().split()) & (ARMED_POLICE | REINFORCING) for a in police)
                           or cand.count is not None and (cand.count.value or 0) >= 100 or _in_strength(token)
                           or token.lemma_.lower() in ("mobilise", "mobilize")
                           or event_type == "deployment" and any(
                               a.role == "actor" and a.kind == "government" and not _police(a) for a in cand.actors)):
                # "riot police were deployed", "armed police were sent to the border", "deployed more police",
                # "5,000 police officers were deployed": a show of the state's force, not officers sent to a scene
                cand.self_evident = True
            if cand.state_actor:
                forces = cand.self_evident = True  # "Israel pulled out of Gaza": its forces did
            if cand.actors and not left_post and not forces and not cand.self_evident:
                continue  # civilians fleeing are not deserting
            truce = any(o.lemma_.lower() in CEASEFIRES for o in _objects(token))
            for actor in cand.actors:
                if actor.role == "actor" and not forces and not truce:
                    actor.kind = "military"  # whoever abandons a unit or position serves in it
        if event_type == "arrest_detention":
            subjects = {t.i for s in _subjects(token) for t in s.subtree}
            cand.suspected = any(t.lemma_.lower() in SUSPICION_CUES
                                 for t in token.subtree if t.i not in subjects and t.i != token.i)
        place_anchor = toll_of or token  # "the toll from the strike on Dnipro": the strike's place
        governed = [(m, places.governed(place_anchor, m)) for m in mentions]
        governed = [(m, path) for m, path in governed if path is not None]
        if not governed and event_type in STATE_VIOLENCE:
            # "Bakhmut was shelled", "the village of X came under fire": the place the act fell on
            governed = _patient_places(token, mentions)
        # "fired rockets at northern Israel ..., and Israeli artillery shelled villages in southern Lebanon":
        # a place another trigger holds is that event's
        governed = [(m, path) for m, path in governed if not any(t.i in trigger_ids and t.i != token.i for t in path)]
        away = {id(m) for m in mentions if _elsewhere(m, event_type)}
        if token.pos_ == "NOUN":  # "a US drone strike": the state that struck (see _fill_arguments), not where
            own = {c.i for c in token.lefts if c.dep_ == "compound"}
            own |= {g.i for c in token.lefts if c.dep_ == "compound" for g in c.lefts if g.dep_ == "compound"}
            away |= {id(m) for m in mentions if m.head.i in own and m.candidates and m.candidates[0].level == "country"}
        governed = [(m, path) for m, path in governed if id(m) not in away]
        if not governed and token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") \
                and _light(token.head):
            # "carried out an air strike on a village in Sagaing region": the light verb holds the places
            governed = [(m, path) for m, path in ((m, places.governed(token.head, m)) for m in mentions)
                        if path is not None and not any(t.i in trigger_ids and t.i != token.i for t in path)]
        if not governed and token.pos_ == "NOUN":
            # "an Israeli strike that killed three of its fighters in south Lebanon": where it killed
            governed = [(m, path) for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in KILLING_CLAUSES
                        for m in mentions if (path := places.governed(c, m)) is not None]
        if not governed and token.pos_ == "NOUN" and token.dep_ == "pobj" and _host_verb(token) is not None:
            # "were killed in two airstrikes on Gaza" parsed with "on Gaza" on the verb: the strikes' place
            host = _host_verb(token)
            governed = [(m, path) for m, path in ((m, places.governed(host, m)) for m in mentions)
                        if path is not None and token not in path
                        and not any(t.i in trigger_ids and t.i != token.i for t in path)]
        if not governed and token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
            # "near Pokrovsk, where Russian forces attacked 45 times": the place the clause tells of
            governed = [(m, [m.head, *list(m.head.ancestors)[:1]]) for m in mentions if m.head == token.head]
        if not governed and token.dep_ == "conj" and token.head.pos_ == "VERB" and not _own_subject(token):
            # "arrived in Tin-Akoff ... and opened fire on residents": the second verb happened there too
            governed = [(m, path) for m, path in ((m, places.governed(token.head, m)) for m in mentions)
                        if path is not None and token not in path]
        destinations = [(m, p) for m, p in governed if any(t.lower_ in ("to", "into", "towards", "toward") for t in p)]
        origins = [(m, p) for m, p in governed if any(t.lower_ == "from" for t in p)]
        if event_type == "desertion" and len(destinations) < len(governed):
            # "defected to Ukraine in the Zaporizhzhia region": the side they went over to, not the place
            governed = [g for g in governed if g not in destinations]
            destinations = []
        # (where projectiles came from is not where they struck or were downed: "30 projectiles crossed from
        # Lebanon, some of which were intercepted")
        chosen = destinations or [g for g in governed if g not in origins] or [
            g for g in origins if not _launched_from(g[0], event_type)]
        # "near Kupiansk and Lyman": coordinated places are two places, not one inside the other
        # (but "in Rubaya, Nord-Kivu, DR Congo", a town and its province with no "and", is one place in the other)
        heads = {m.head.i: m for m, _ in chosen}
        chosen = [(m, p) for m, p in chosen
                  if not ((a := _named_as(m.head)).dep_ == "conj" and a.head.i in heads and (
                      m.level in (None, "place") or m.level == heads[a.head.i].level)
                          and not _holds(m, heads[a.head.i]) and not any(t.lower_ == "between" for t in p))]
        cand.place_mentions = [m for m, _ in chosen]
        if chosen:
            # the relation of the most specific place ("near Kolyachek" in "... near Kolyachek in the X district")
            specific = min(chosen, key=lambda g: places.rank(g[0]))
            cand.relation = places.relation_of(specific[1])
            for mention, _ in chosen:
                found = places.offset_of(sent, mention)
                if found is not None:
                    cand.offset = (*found, mention)
        elif mentions:
            # places elsewhere in the sentence, outside the sources' phrases
            source_tokens = {t.i for s in _source_heads(token) for t in s.subtree}
            # (not a place another trigger of the sentence governs: "sent reinforcements to the area and
            # killed four attackers near Djenne" - the killing's)
            # nor where the teller spoke from: "..., a captain told reporters by phone from the town of X"
            teller = _report_verb(token)
            loose = [m for m in mentions if m.head.i not in source_tokens and _locative(m) and id(m) not in away
                     and not places.names_a_part(m) and not _launched_from(m, event_type)
                     and not _describes_a_participant(m, token)
                     and not (teller is not None and places.governed(teller, m) is not None
                              and places.governed(token, m) is None)
                     and not any(places.governed(t, m) is not None for t in _other_acts(token, typed))]
            if loose:
                # the nearest, with the places that name its surroundings ("in Izium, Kharkiv region");
                # two unrelated places are not one place inside the other
                clause = token
                while (clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")) \
                        and clause.head != clause:
                    clause = clause.head  # "shelling was reported in X": the verb the trigger belongs to
                in_clause = [m for m in loose if places.governed(clause, m) is not None]
                nearest = min(in_clause or loose, key=lambda m: abs(m.head.i - token.i))
                cand.place_mentions = _with_holders(nearest, mentions, away)
            cand.relation = places.relation_of(list(cand.place_mentions[0].head.ancestors)[:3]) if cand.place_mentions else "in"
        # (through the clause that tells what an act noun did: "a strike that killed three ... a day earlier")
        told_by = {c.i for c in token.children if c.dep_ in ("relcl", "acl") and token.pos_ == "NOUN"}
        cand.times = [m for m in time_mentions if _time_governed(time_word[m.start], token, trigger_ids - told_by)
                      and not _dates_another_noun(time_word[m.start], token)]
        inside = _inside_relative_clause(token, time_mentions, doc)
        # "declared a truce on Friday, a day after warplanes carried out air raids": the raids' day is counted
        # from Friday (the day the sentence gives dates the event before them, not the raids)
        cand.times = inside or cand.times
        if not cand.times and token.dep_ == "relcl" and any(c.lower_ == "when" for c in token.children):
            # "since 2014, when Boko Haram militants seized 276 schoolgirls": the time the clause is on
            cand.times = [m for m in time_mentions if time_word[m.start] == token.head]
        if not cand.times and token.dep_ == "conj" and token.head.pos_ == "VERB" and not _own_subject(token):
            # "arrived at Tawori late on Tuesday and opened fire on residents": the second verb's day too
            cand.times = [m for m in time_mentions if _time_governed(time_word[m.start], token.head, trigger_ids - {token.head.i})
                          and not _dates_another_noun(time_word[m.start], token.head)]
        host = _host_verb(token)
        if not cand.times and host is not None:
            # "people killed by a strike on Belopolye on March 11": the date of the killing is the strike's
            cand.times = [m for m in time_mentions if _time_governed(time_word[m.start], host, trigger_ids - {host.i})]
        report = _report_verb(token)
        if report is not None:
            cand.report_times = [m for m in time_mentions if _time_governed(time_word[m.start], report, trigger_ids)]
        if not cand.times and not cand.report_times and len(events) == 1:
            # the sentence's times, but not the day of a trailing "..., X reported on Wednesday", nor the
            # day of another thing ("deployed police ahead of Sunday's vote")
            cand.times = [m for m in time_mentions if not _told_when(time_word[m.start], token)
                          and not _dates_another_noun(time_word[m.start], token)]
        cand.sources = attribution.source_chain(token, sent)
        # a noun trigger takes the modality of its verb: "may be preparing an offensive"
        cand.modality = attribution.modality(token if token.pos_ == "VERB" else token.head)
        _possessive_country(cand, token, gaz)
        cand.tense = _tense(token)
        out.append(cand)

    for cand in out:
        _left_casualties(cand, gaz)
    if casualties and (out or cue or follows_event or any(_told_of_war(token) for token, _ in casualties)):
        for token, _ in casualties:
            _attach_casualties(token, out, sent_index, gaz, mentions, time_mentions)
    return out


def _told_of_war(killing: Token) -> bool:
    """A killing told with who did it or who died as war tells it: "they" for the fighters named just before,
    "bandits killed seven farmers", "mobs killed hundreds", "the military killed four extremists", "Russians
    killed nine civilians" (not "police killed two of the attackers", nor "officers", who may be the police's)."""
    subjects = [_np_head(s) for s in _subjects(killing) if s.dep_ == "nsubj"]
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "they") and _antecedent(c) is not None for c in killing.children) \
        or any(s.lemma_.lower() in ATTACKERS or kind_of(_np_span(s), s) in CONFLICT_KINDS
               and s.lemma_.lower() not in ("officer", "guard") for s in subjects) \
        or any(v.lemma_.lower() == "civilian" for v in killing.children if v.dep_ in ("dobj", "nsubjpass"))


def _headline_toll(cand: Candidate, token: Token, gaz: Gazetteer) -> None:
    """A headline's dead or wounded "in" the event: "Two soldiers dead in NPA attack", "Over 40 dead in two
    suicide attacks"."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in EVENT_NOUN_PREPS:
        return
    state = token.head.head
    if state.pos_ != "ADJ" or state.lower_ not in ("dead", "injured", "wounded", "hurt"):
        return
    quantity = None
    if state.dep_ == "amod" and state.head.pos_ in ("NOUN", "PROPN") and state.head.i < state.i:
        actor, quantity, _ = make_actor(state.head, "target", gaz)  # "Two soldiers dead"
        words = state.doc[state.head.left_edge.i: state.head.i + 1]
        actor.text, actor.name = words.text, _actor_name(words, state.head)  # the phrase ends at its noun
        if not any(a.name == actor.name for a in cand.actors):
            cand.actors.append(actor)
    else:
        first = state.i
        while first > state.sent.start and (state.doc[first - 1].like_num or state.doc[first - 1].dep_ == "quantmod"
                                            or state.doc[first - 1].lower_ in ("least", "at", "over", "nearly", "about")):
            first -= 1
        if first < state.i:
            quantity = parse_quantity(state.doc[first: state.i].text)  # "Over 40 dead"
    if quantity is None:
        return
    if state.lower_ == "dead":
        cand.fatalities = cand.fatalities or quantity
    else:
        cand.injured = cand.injured or quantity


def _left_casualties(cand: Candidate, gaz: Gazetteer) -> None:
    """"The clashes left 20 villagers injured and one man dead", "the attack left five people dead and
    12 wounded": the dead and the injured an event noun left; "clashed ..., leaving five gunmen and one
    soldier dead": those its verb left."""
    noun, verb = cand.trigger, cand.trigger.head
    if noun.pos_ == "VERB":
        verb = next((c for c in noun.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
                     and c.lemma_.lower() == "leave" and not any(g.dep_ == "nsubj" for g in c.children)), None)
        if verb is None:
            return
    elif noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj" or verb.lemma_.lower() != "leave":
        return
    # "left 12 dead" is parsed with "dead" as the object, counted by its number
    counted = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("dead", "injured", "wounded")
               and any(n.dep_ == "nummod" for n in c.children)]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c not in counted]
    for state in (c for c in verb.children if c.dep_ in ("oprd", "conj", "xcomp", "ccomp", "acomp") or c in counted):
        word = state.lemma_.lower()
        if word not in ("dead", "kill", "injure", "wound", "injured", "wounded"):
            continue
        who = next((c for c in state.children if c.dep_ == "nsubj"), None) or (objects[0] if objects else None)
        if who is None:
            numbers = [c for c in state.children if c.dep_ == "nummod"]  # "left five dead"
            quantity = parse_quantity(state.doc[numbers[0].left_edge.i: state.i].text) if numbers else None
        else:
            victim, quantity, _ = make_actor(who, "target", gaz)
            parts = [make_actor(o, "target", gaz)[1] for o in _conj_chain(who)]
            if quantity is not None and parts and all(q is not None for q in parts):
                quantity = _sum_quantities([quantity, *parts])  # "five gunmen and one soldier": six
            if any(c.dep_ == "amod" and c.lower_ == "dead" for c in who.children) and word not in ("dead", "kill"):
                # "left at least 32 people dead and 159 wounded" parsed as "[32 people dead and 159] wounded"
                cand.fatalities = cand.fatalities or quantity
                others = [c for c in who.children if c.dep_ == "conj" and c.like_num]
                quantity = parse_quantity(others[0].text) if others else None
                victim.name = victim.name.replace(" dead", "")
            # (not the other side named again: "clashed with cartel gunmen, leaving five gunmen ... dead")
            if not any(a.name == victim.name or a.name.split()[-1:] == victim.name.split()[-1:] for a in cand.actors) \
                    and not _not_an_actor(_np_head(who)):
                cand.actors.append(victim)
        if quantity is None:
            continue
        if word in ("dead", "kill"):
            cand.fatalities = cand.fatalities or quantity
        else:
            cand.injured = cand.injured or quantity
        if who in objects:
            objects.remove(who)
    for number in (c for c in verb.children if c.dep_ == "conj" and c.like_num):
        # "left five people dead and 12 wounded", parsed as "left ... and [12 [wounded]]"
        if cand.injured is None and any(g.lemma_.lower() in ("wound", "injure") and g.dep_ in ("acl", "amod")
                                        for g in number.children):
            cand.injured = parse_quantity(number.text)


def _possessive_country(cand: Candidate, token: Token, gaz: Gazetteer) -> None:
    """"Russia's ministry said its troops ...": "its" is the speaker's country, and "its troops" are
    named the speaker's ("The Sudanese army said its troops ..." -> "Sudanese army troops")."""
    if not cand.sources:
        return
    speaker = cand.sources[0]
    speaker_country = None
    for source in reversed(cand.sources):
        if source.text:
            speaker_country = country_of(_text_span(token, source.text), gaz)
            if speaker_country:
                break
    owner = re.match(r"(.+?)['’]s\s", speaker.name)  # "Ukraine's military": a state's own forces
    institution = speaker.kind == "government" or bool(set(speaker.name.lower().split()) & STATE_OFFICES) or bool(
        owner and any(e.level == "country" for e in gaz.lookup(owner.group(1))))
    for actor in cand.actors:
        words = actor.name.split(" ", 1)
        if len(words) == 2 and words[0].lower() in ("its", "their", "our") and actor.kind in CONFLICT_KINDS \
                and not speaker.anonymous and (speaker.kind in ("military", "government", "armed_group") or institution) \
                and not _owned_by_subject(_text_span(token, actor.text)):
            if institution and speaker_country in _ADJECTIVE_OF and actor.kind == "military":
                # "Russia's Defence Ministry said its forces ...": Russian forces, not the ministry's
                actor.name = f"{_ADJECTIVE_OF[speaker_country].title()} {words[1]}"
            else:
                actor.name = f"{speaker.name} {words[1]}"  # "the Sudanese army said its troops": its troops
    if not speaker_country:
        return
    # "two Russian soldiers defected with their tank": "their" is the doers' when they have a country
    doers = {a.country for a in cand.actors if a.role == "actor" and a.country}
    for actor in cand.actors:
        if {"its", "their", "our"} & set(actor.text.lower().split()[:-1]):  # "42 of its servicemen"
            if actor.role != "actor" and len(doers) == 1:
                actor.country = next(iter(doers))
            elif actor.country is None:
                actor.country = speaker_country


def _owned_by_subject(phrase: Span) -> bool:
    """"Israel has withdrawn its troops, the army said": "its" is the subject's, named in the clause."""
    if not len(phrase) or (phrase.start, phrase.end) == (phrase.sent.start, phrase.sent.end):
        return False  # the phrase was not found in the sentence
    verb = phrase.root.head
    return phrase.root.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children)


def _text_span(token: Token, text: str) -> Span:
    start = token.sent.text.find(text)
    if start < 0:
        return token.sent
    begin = token.sent.start_char + start
    return token.doc.char_span(begin, begin + len(text), alignment_mode="expand") or token.sent


def _conditional(token: Token) -> bool:
    """A condition or its consequence: "if attacked", "would use chemical weapons if ..."."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "will", "'ll", "shall", "could", "might")
               for c in verb.children) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children)


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose: "(in order) to target", "an offensive to retake", "using drones to strike"."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.dep_ in ("advcl", "acl") or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("use", "employ"))


def _only_kinds(objects: list[Token]) -> bool:
    """Objects that name kinds of things, not things: bare nouns with no article, number, owner or name."""
    return bool(objects) and all(o.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "nummod", "poss", "compound") and (c.dep_ != "compound" or c.pos_ == "PROPN")
        for c in o.children) for o in objects)


ALWAYS = {"previously", "repeatedly", "always", "consistently", "routinely", "long", "often", "frequently"}


def _unrealised(token: Token) -> bool:
    """Under a threat, a demand or a refusal: "threatened to shell", "demanded the release of"; or only
    a condition: "would use chemical weapons if attacked"."""
    if _conditional(token):
        return True
    if _purpose(token):
        return True  # "planted a bomb to target the convoy", "launched an offensive to retake X"
    if token.dep_ in ("csubj", "csubjpass") and token.tag_ == "VBG":
        return True  # an activity spoken of: "capturing drones with nets is one option"
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj", "ccomp") and token.head.lemma_.lower() in attribution.DENIAL_VERBS \
            and (any(c.lower_ in ALWAYS for c in token.head.children) or _only_kinds(_direct_objects(token))
                 and not any(c.dep_ in ("prep", "npadvmod") for c in token.children)):
        return True  # "the group has previously denied targeting civilians", "denied deliberately targeting civilian
        # infrastructure": a practice denied, not one act (not "denied striking the hospital")
    if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in ("foil", "thwart") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "foiled a plot to bomb a church" (the plot's infinitive is often parsed on the verb)
    node = token
    for _ in range(4):
        if node.head == node or node.dep_ not in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "nsubjpass", "advcl",
                                                  "acl"):
            return False
        child, node = node, node.head
        if _purpose(node):
            return True  # "troops were deployed to repel incursions": what they were sent against
        if node.lemma_.lower() in UNREALISED_GOVERNORS:
            # "committed mass killings" is done; "committed to withdraw" is promised
            return not (node.lemma_.lower() == "commit" and child.dep_ == "dobj")
    return False


def _tally(cand: Candidate, token: Token) -> None:
    """"shelled the region 21 times", "launched 63 attacks": the number of attacks is the event's count."""
    if token.pos_ == "NOUN" and cand.count is None and token.tag_ in ("NNS", "NNPS"):
        numbers = [n for n in token.children if n.dep_ == "nummod"]
        if numbers:
            written = token.doc[numbers[0].left_edge.i: numbers[0].i + 1].text
            quantity = parse_quantity(written)
            if quantity:
                quantity.text = written
                cand.count = quantity
                return
    for child in token.children:
        if child.lemma_.lower() == "time" and child.dep_ in ("npadvmod", "dobj", "advmod", "pobj"):
            numbers = [n for n in child.children if n.dep_ == "nummod"]
            if numbers:
                written = token.doc[numbers[0].left_edge.i: child.i + 1].text
                quantity = parse_quantity(written)
                if quantity:
                    quantity.text = written
                    cand.count = quantity
                    return


def _toll_event(verb: Token) -> Token | None:
    """The event noun of "the death toll from the strike on Dnipro has risen to 12": a toll of dead
    that rose or reached a number, told of one strike, attack or explosion."""
    lemma = verb.lemma_.lower()
    if lemma not in LOSS_VERBS | TOLL_SETTERS:
        return None
    # "the toll ... rose to 12"; "a monitoring group put the toll from the airstrike at 28"
    role = "dobj" if lemma in TOLL_SETTERS else "nsubj"
    for toll in (c for c in verb.children if c.dep_ == role and c.lemma_.lower() == "toll"):
        preps = [c for c in toll.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "of")]
        if role == "dobj":  # "put the toll from (in) the airstrike at 28" is often parsed with the prep on the verb
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "in")]
        for prep in preps:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in NOUN_TRIGGERS:
                    return noun
    return None


def _toll_value(verb: Token) -> Quantity | None:
    """The number a toll rose to ("to 12"), stood or was put at ("at 28") or reached ("reached 12")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at")]
    if verb.lemma_.lower() in TOLL_SETTERS:  # "put the toll from the strike on X at 31": "at" may hang lower
        preps += [t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "at" and t.head != verb]
    numbers = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    numbers += [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    for number in numbers:
        written = verb.doc[number.left_edge.i: number.i + 1].text
        quantity = parse_quantity(written)
        if quantity:
            quantity.text = written
            return quantity
    return None


HABITUAL_ADVERBS = {"daily", "nightly", "regularly", "constantly", "routinely", "often", "frequently", "usually",
                    "repeatedly", "habitually"}
TIME_UNITS = {"day", "night", "week", "morning", "evening", "hour", "month"}


def _habitual(token: Token) -> bool:
    """A present-tense trigger said to happen every day, regularly, often."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    present = verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    if not present or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod", "dobj") and child.lower_ in HABITUAL_ADVERBS | {"always", "never"}:
            return True  # also "shell Nikopol daily" misparsed as an object
        if child.dep_ == "dobj" and any(t.lower_ == "only" for t in child.subtree):
            return True  # "the military says it targets only terrorists": a policy, not one strike
        if child.dep_ in ("npadvmod", "advmod", "dobj") and child.lemma_.lower() in TIME_UNITS and any(
                d.lower_ in ("every", "each") for d in child.children):
            return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBP" and verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("as", "while", "because", "since", "where") for c in verb.children) \
            and subjects and all(s.tag_ == "NNS" and not any(
                c.dep_ in ("det", "poss", "nummod", "amod") for c in s.children) for s in subjects):
        return True  # "(the state with the most murders,) as cartels fight over drug routes": a background, not an event
    return False


TREND_VERBS = {"intensify", "escalate", "increase", "grow", "continue", "persist", "rage", "spread", "surge", "decline",
               "decrease", "subside"}
LONG_UNITS = {"month", "months", "year", "years", "weeks"}


def _trend(token: Token) -> bool:
    """"Fighting has intensified since October", "attacks have grown over the past months": how a
    conflict goes over a long stretch, not one event."""
    if not (token.pos_ in ("NOUN", "PROPN") or _gerund_noun(token)) or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    if verb.lemma_.lower() not in TREND_VERBS:
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "since":
            return True
        if prep.lower_ in ("over", "for", "throughout", "during") and any(t.lower_ in LONG_UNITS for t in prep.subtree):
            return True
    return False


def _gerund_noun(token: Token) -> bool:
    """"Fighting continued", "shelling was reported": a gerund the tagger calls a verb, used as a noun."""
    return token.lower_ in NOUN_TRIGGERS and token.lower_.endswith("ing") and token.dep_ in (
        "nsubj", "nsubjpass", "dobj", "pobj", "attr")


def _light(verb: Token) -> bool:
    """A light verb ("raged" is lemmatized "rage" by nlp's verb_lemmas component, not "rag")."""
    return verb.lemma_.lower() in LIGHT_VERBS


def _posture_or_abuse(verb: Token) -> tuple[str, str] | None:
    """(type, key) of force postures and abuses told with common verbs: "put its troops on high
    alert", "increased its military presence", "took 20 passengers hostage", "used villagers as
    human shields"."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    pobjs = [(c.lower_, g) for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # the forces a posture is about: its subject, its object, or "of its forces"
    parties = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    parties += [g for p in parties for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"]
    forces = any(kind_of(_np_span(p), p) in CONFLICT_KINDS or "police" in p.lower_ for p in parties)
    if lemma in ("put", "place", "keep", "bring", "go") and forces and (any(
            p == "on" and any(t.lemma_.lower() in ALERT_WORDS for t in g.subtree) for p, g in pobjs) or any(
            c.dep_ == "prt" and c.lower_ == "on" for c in children) and any(
            c.dep_ in ("advmod", "npadvmod", "dobj") and c.lemma_.lower() in ALERT_WORDS for c in children)):
        return "deployment", "alert"  # "put on high alert", "placed on a state of combat readiness"
    if lemma in ("raise", "increase", "heighten", "elevate", "boost") and any(
            c.dep_ == "dobj" and any(t.lemma_.lower() in ALERT_WORDS for t in c.subtree) and (forces or any(
                t.lemma_.lower() in ("security", "military", "combat", "terror") or t.pos_ == "NOUN" and t != c and kind_of(
                    _np_span(t), t) in CONFLICT_KINDS for t in c.subtree)) for c in children):
        return "deployment", "alert"  # "raised the alert level of its forces", "its security alert", not "its pandemic alert"
    if lemma in ("cut", "chop", "hack") and any(c.lower_ == "off" for c in children) and any(
            o.lemma_.lower() in LIMBS and any(p.lower_ == "of" and any(_people([g]) for g in p.children) for p in o.children)
            for o in _objects(verb)):
        return "attack_on_civilians", "mutilation"  # "rebels cut off the hands of villagers"
    if _repression(verb):
        return "attack_on_civilians", "repression"  # "police used tear gas to disperse the crowd", "cracked down on protesters"
    if lemma in ("force", "compel", "make") and any(
            t.lower_ == "as" and any(g.lemma_.lower() == "shield" and any(m.lower_ == "human" for m in g.lefts)
                                     for g in t.children) for c in children if c.dep_ in ("xcomp", "ccomp") for t in c.subtree):
        return "attack_on_civilians", "human_shield"  # "forced villagers to act as human shields"
    if lemma == "be" and any(c.lower_ == "out" and c.dep_ in ("advmod", "prt", "acomp") for c in children) \
            and _in_strength(verb) and (forces or _forces_subject(verb)):
        return "deployment", "in_force"  # "security forces were out in force in the city"
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma in ("stage", "hold", "make", "mount", "put", "conduct", "carry", "give") and any(
            o.lemma_.lower() == "show" and any(g.lemma_.lower() in ("force", "strength") for p in o.children
                                               if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)
            for o in objects):
        return "deployment", "show_of_force"  # "the army staged a show of force"
    if lemma in ("stage", "hold", "mount", "conduct", "organise", "organize") and any(
            o.lemma_.lower() == "parade" and any(m.lemma_.lower() in ("military", "army", "naval", "troop") for m in o.lefts)
            for o in objects):
        return "deployment", "show_of_force"  # "staged a military parade" (not "held a victory parade for the team")
    if lemma == "parade" and any(o.lemma_.lower() in SHOWN_ARMS for o in objects):
        return "deployment", "show_of_force"  # "paraded tanks and missiles through the capital"
    if lemma == "test" and any(o.lemma_.lower() in TESTED_ARMS - {"nuclear", "ballistic", "hypersonic"} or (
            any(m.lemma_.lower() in TESTED_ARMS for m in o.lefts) and o.lemma_.lower() in ("device", "weapon", "warhead", "system"))
            for o in objects):
        return "deployment", "weapons_test"  # "tested a ballistic missile", "tested a nuclear device"
    if lemma in ("sign", "conclude", "ink") and any(
            o.lemma_.lower() in PACTS and any(m.lemma_.lower() in ("military", "defence", "defense") for m in o.subtree if m.i < o.i)
            for o in objects):
        return "training_cooperation", "defence_pact"  # "signed a military cooperation agreement", "a defence pact"
    if lemma in ("conduct", "carry", "stage", "hold", "perform", "make") and any(
            o.lemma_.lower() == "test" and (any(m.lemma_.lower() in TESTED_ARMS for m in o.lefts) or any(
                g.lemma_.lower() in TESTED_ARMS for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.subtree))
            for o in objects):
        return "deployment", "weapons_test"  # "conducted a missile test", "a test of a new rocket"
    at_border = any(t.lemma_.lower() in BORDER_WORDS and t.head.lower_ in ("along", "on", "at", "near") for t in verb.subtree)
    counted = [g for c in children if c.dep_ == "dobj" and c.lemma_.lower() in ("number", "size", "level")
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if lemma in PRESENCE_VERBS | {"double", "triple"} and any(
            g.lemma_.lower() in FORCE_BUILDUP - {"patrol"} or "police" in _np_span(g).text.lower() for g in counted):
        return "deployment", "military_presence"  # "increased the number of troops in Kashmir"
    # "police increased patrols in Nairobi": forces patrolling a place (not "to stop illegal fishing")
    patrolled_place = any(t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "around", "along", "throughout", "near")
                          for t in verb.subtree)
    if lemma in PRESENCE_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in FORCE_BUILDUP - {"patrol"}
                                                 or c.lemma_.lower() in ("security", "patrol") and at_border
                                                 or c.lemma_.lower() == "security" and _forces_subject(verb, state=True)
                                                 or c.lemma_.lower() == "patrol" and (forces and patrolled_place or any(
                                                     m.lower_ in MILITARY_MODIFIERS or "police" in m.lower_ for m in c.lefts)))
            for c in children):
        return "deployment", "military_presence"  # "stepped up patrols", "built up forces near", "beefed up security along the border"
    if lemma in PRESENCE_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "presence" and any(
                m.lower_ in PRESENCE_MODIFIERS or m.dep_ == "poss" and forces for m in c.lefts)
            for c in children):
        return "deployment", "military_presence"  # also "police increased their presence"
    if lemma in ("take", "hold", "keep", "seize") and any(
            _np_head(c).lemma_.lower() in ("hostage", "captive")
            and c.dep_ in ("dobj", "oprd", "advmod", "npadvmod", "xcomp", "attr", "ccomp", "advcl")
            for c in children):  # "took 20 passengers hostage", "seized hundreds of hostages", "took
        # hundreds of people hostage" (parsed as a verb)
        return "attack_on_civilians", "take_hostage"
    if lemma in ("put", "place", "keep", "hold") and any(p == "under" and g.lemma_.lower() == "arrest" for p, g in pobjs):
        return "arrest_detention", "under_arrest"  # "placed the former president under house arrest"
    if lemma == "use" and any(p == "as" and g.lemma_.lower() == "shield" and any(m.lower_ == "human" for m in g.lefts)
                              for p, g in pobjs):
        return "attack_on_civilians", "human_shield"
    return None


def _a_copula(token: Token) -> bool:
    """"be" as a clause's own verb ("troops were out in force"), not an auxiliary."""
    return token.pos_ == "AUX" and token.lemma_.lower() == "be" and token.dep_ not in ("aux", "auxpass")


def _a_force_word(noun: Token) -> bool:
    """A noun naming armed forces as a modifier: "army", "troop", "air force", "armed forces"."""
    lemma = noun.lemma_.lower()
    return lemma in ("army", "navy", "troop", "marine") or lemma == "force" and any(
        m.lower_ in MILITARY_MODIFIERS | {"armed", "special"} for m in noun.lefts)


def _trigger_key(token: Token, event_type: str = "") -> str:
    special = _posture_or_abuse(token) if token.pos_ == "VERB" or _a_copula(token) else None
    if special is not None:
        return special[1]
    lemma = token.lower_ if _gerund_noun(token) else token.lemma_.lower()
    if event_type == "territory_change" and lemma in CONTROL_VERBS and any(
            o.lemma_.lower() == "control" for o in _objects(token)):
        return "take_control"
    if event_type == "loss_report":
        return "loss_report"
    if event_type == "prisoner_exchange" and lemma in RETURN_VERBS | RECEIVE_VERBS:
        return "return_captive"
    if token.pos_ == "NOUN" and lemma in NOUN_NEEDS_MODIFIER and any(
            c.lower_ in MILITARY_MODIFIERS or c.dep_ == "compound" and _a_force_word(c) for c in token.lefts):
        return "military_noun"  # "joint naval drills", "military cooperation", "joint air force exercises"
    if lemma == "come" and event_type:
        return "come_under"
    if lemma in ("hack", "burn", "club", "stone") and event_type == "attack_on_civilians":
        return "to_death"
    if lemma == "shoot":
        return "shoot_down" if any(c.lower_ == "down" for c in token.children) else "shoot"
    if lemma == "open":
        return "open_fire"
    if lemma == "blow":
        return "blow_up"
    if lemma in ("give", "turn") and event_type == "desertion" and any(o.lower_ in REFLEXIVES for o in _objects(token)):
        return "surrender"
    if lemma in ("hand", "lay", "give") and event_type in ("desertion", "withdrawal"):
        return "lay_down_arms"
    if lemma == "hand":
        return "hand_over"
    if _attempt_on_a_life(token):
        return "assassination"
    if event_type == "attack_on_civilians" and _hijacking(token, _objects(token)):
        return "hijack"
    if lemma in ("lift", "ease", "end") and event_type == "withdrawal":
        return "lift_blockade"
    if event_type == "withdrawal" and any(o.lemma_.lower() in CEASEFIRES for o in _objects(token)):
        return "declare_ceasefire"  # a truce is told of a war, whoever declares it
    if lemma in ("use", "employ") and event_type == "remote_strike":
        return "use_weapon"
    if lemma in RAMMING_VERBS and event_type == "attack_on_civilians":
        return "ramming"
    if lemma == "exchange" and event_type == "armed_clash":
        return "exchange_fire"
    if lemma == "explode" or lemma == "go" and event_type == "remote_strike":
        return "detonate"
    if lemma == "ambush" and any(t.dep_ == "pobj" and t.head.lower_ == "with" and t.lemma_.lower() not in
                                 MUNITIONS | AERIAL | STRIKE_WEAPONS for t in token.subtree):
        return "ambush_with"  # "ambushed the minister with questions", unlike "a patrol was ambushed near the border"
    if lemma == "round" and event_type == "arrest_detention":
        return "round_up"
    if token.pos_ == "NOUN" and lemma == "strike":
        return "strike_noun"
    if token.pos_ == "NOUN" and lemma in ("attack", "assault", "bombing", "blast", "explosion") and any(
            c.lemma_.lower() in TERROR_MODIFIERS for c in token.lefts):
        return "terror_attack"  # "a terror attack", "a suicide bombing", "a militant attack": violence by itself
    if token.pos_ == "NOUN" and lemma == "clash" and token.dep_ == "nsubj" and token.head.lemma_.lower() in ERUPTING \
            and not any(c.dep_ == "prep" and c.lower_ in ("over", "about", "with", "between")
                        for c in [*token.children, *token.head.children]):
        return "clashes_erupted"  # "clashes erupted in Nyala": fighting, as "fighting broke out" (not "clashes over the budget")
    return lemma


def _conflict_sentence(sent: Span) -> bool:
    """A word of war in the sentence; "attack", "raid" count as nouns only ("killed in an attack",
    not "a man attacked a car")."""
    return any(t.lemma_.lower() in CONFLICT_CUES or t.lower_ in CONFLICT_CUES
               or (t.pos_ == "NOUN" and t.lemma_.lower() in ("attack", "assault", "raid", "shooting")) for t in sent) \
        or _names_a_group(sent.text)  # "the Interahamwe killed hundreds"


def _names_a_group(text: str) -> bool:
    """The text names an armed group known by name, written as the group writes it."""
    return any(_group_named(m.group(0)) for m in _GROUP_NAME.finditer(text))


def _group_named(text: str) -> bool:
    """A name as an armed group writes it: capitalised, and an acronym in capitals ("ETA", not "Ira" or "eta")."""
    return text.isupper() if len(text) <= 4 else text != text.lower()


_GROUP_NAME = re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in ARMED_GROUP_NAMES), key=len, reverse=True))
                         + r")\b", re.IGNORECASE)


def _other_acts(token: Token, typed: list[tuple[Token, str]]) -> list[Token]:
    """The sentence's other triggers that tell acts of their own: not the trigger's own consequences
    ("shelled the town, killing two people in Kupiansk"), but a coordinated clause with its own subject
    ("sent reinforcements to the area and troops killed four attackers near Djenne")."""
    related = {t.i for t in token.subtree} | {t.i for t in token.ancestors}  # (and "a strike hit X": the strike's verb)
    return [t for t, kind in typed if t.i != token.i and (
        t.i not in related and kind != "casualties" or t.dep_ == "conj" and _own_subject(t))]


def _accused_of(verb: Token) -> bool:
    """The act is what someone is accused or blamed of: "accused the rebels of violating the truce"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for") and verb.head.head.lemma_.lower() in (
        "accuse", "blame", "charge", "condemn", "criticise", "criticize", "denounce", "fault")


def _holds(outer: places.Mention, inner: places.Mention) -> bool:
    """A name written after another with only a comma that can hold it: a region, a country ("Rubaya,
    Nord-Kivu"), not a second town of a list, nor one after "and"."""
    wide = outer.candidates and outer.candidates[0].level in ("adm1", "adm2", "country", "area")
    narrow = not inner.candidates or inner.candidates[0].level == "place"
    # a city holds its own districts: "Pacquibato District, Davao City"
    city = outer.candidates and outer.candidates[0].level == "place" and outer.candidates[0].population >= places.CITY_POPULATION \
        and inner.level == "adm2" and not inner.candidates
    return bool(wide and narrow or city) and not any(c.dep_ == "cc" for c in inner.head.children)


def _patient_places(trigger: Token, mentions: list[places.Mention]) -> list[tuple[places.Mention, list[Token]]]:
    """Places that are what a passive act fell on ("Bakhmut was shelled", "the town of X was captured")
    or what came under fire, with their paths up to the trigger."""
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    subject_dep = "nsubjpass" if passive else "nsubj" if trigger.lemma_.lower() == "come" else None
    if subject_dep is None:
        return []
    found = []
    for mention in mentions:
        path, node = [], mention.head
        for _ in range(12):
            path.append(node)
            if node.dep_ == subject_dep and node.head == trigger:
                found.append((mention, path))
                break
            if node.dep_ not in ("pobj", "prep", "compound", "appos", "conj", "cc") or node.head == node:
                break
            node = node.head
    return found


def _with_holders(nearest: places.Mention, mentions: list[places.Mention], away=frozenset()) -> list[places.Mention]:
    """A place with the names that hold it, which need no preposition of their own ("the X district of Kyiv")."""
    return [m for m in mentions if m is nearest or _nested(m, nearest) and id(m) not in away]


def _locative(mention: places.Mention) -> bool:
    """A mention standing in a locative phrase ("in the Kursk region"), not "mediated by X"."""
    node = mention.head
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and (
                node.head.head.lemma_.lower() in places.SETTLEMENT_WORDS and node.head.head.dep_ == "pobj"):
            node = node.head.head  # "near the town of Qusayr": the town's preposition
            continue
        if node.dep_ == "pobj":
            return node.head.lower_ in places.STRICT_LOCATIVE_PREPS
        if node.head == node:
            return False
        node = node.head
    return False


def _antecedent(pronoun: Token) -> Token | None:
    """The armed force or group a subject pronoun stands for: the subject of the main clause before it
    (in its own sentence, or the sentence before), when that subject agrees in number and is a force
    ("ADF rebels are active there. They attacked a village": the rebels; "Villagers said the gunmen came
    at dawn. They fled": the villagers, who are no force)."""
    sent = pronoun.sent
    earlier = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")]
    if pronoun.i > sent.start and pronoun.head.dep_ in ("conj", "advcl") and pronoun.head.head.i < pronoun.i:
        # "the army crossed the river and it shelled ...", "RSF fighters killed 12 people when they stormed
        # the village": the first clause's subject
        subjects = [c for c in pronoun.head.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
    elif earlier and pronoun.head.dep_ in ("relcl", "acl", "advcl", "conj"):
        subjects = earlier[-1:]  # the same, when the parse hangs the clause elsewhere ("..., among them three
        # women, when they stormed the village" read as a clause on "women")
    elif sent.start > 0:
        clause = pronoun.doc[sent.start - 1].sent.root
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
    else:
        return None
    for token in subjects[:1]:
        token = _np_head(token)
        plural = token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
        if pronoun.lower_ == "it" and plural:
            return None
        if pronoun.lower_ == "they" and not plural and token.lemma_.lower() not in COLLECTIVE_FORCES and token.pos_ != "PROPN":
            return None
        if kind_of(_np_span(token), token) in ("military", "armed_group"):
            return token
    return None


def _speaker_of(trigger: Token) -> Token | None:
    """The subject of the reporting verb over a trigger, when it is a group that can act."""
    heads = _source_heads(trigger)
    if heads and heads[0].pos_ != "PRON" and kind_of(_np_span(heads[0]), heads[0]) in ("military", "armed_group", "government",
                                                                                     "intelligence"):
        return heads[0]
    return None


def _source_heads(trigger: Token) -> list[Token]:
    report = _report_verb(trigger)
    if report is None:
        return []
    return [c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")]


def _fill_arguments(cand: Candidate, token: Token, gaz: Gazetteer) -> None:
    passive = any(c.dep_ == "auxpass" for c in token.children) or (
        token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.head.children)
    )
    subjects = _subjects(token)
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() in SET_OFF:
        subjects = []  # "the arrest, prompting clashes between X and Y": who arrested did not clash
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    objects = _direct_objects(token) or _object_taken_by_teller(token)
    moves = cand.type in MOVEMENT_KIND or cand.type == "training_cooperation"
    main_quantity: Quantity | None = None
    definite = False
    roles: list[tuple[Token, str, bool]] = []
    subjects = subjects + [c for s in subjects for c in s.children if c.dep_ == "conj"]
    deploys = cand.type == "deployment"
    ramming = _trigger_key(token, cand.type) == "ramming"  # "rammed a truck into a crowd"
    if passive:
        for s in subjects:
            roles.append((s, "actor" if cand.type in MOVEMENT_KIND else "target", True))
        for a in agents:
            roles.append((a, "actor", cand.type not in MOVEMENT_KIND and not subjects))
    elif token.lemma_.lower() == "come":  # "a checkpoint came under fire from militants"
        for s in subjects:
            roles.append((s, "target", True))
        for prep in (c for n in [token, *token.children] for c in n.children if c.dep_ == "prep" and c.lower_ == "from"):
            roles += [(g, "actor", False) for g in prep.children if g.dep_ == "pobj"]
    elif token.pos_ == "NOUN" and _carrier(token).head.lemma_.lower() in VICTIM_VERBS:
        for s in subjects:
            roles.append((s, "target", True))  # "the mayor survived an assassination attempt"
    elif token.pos_ == "NOUN" and _carrier(token).dep_ == "dobj" and _carrier(token).head.lemma_.lower() in OBSERVING_VERBS:
        pass  # "the crew reported an explosion", "residents heard gunfire": who saw it tells it, did not do it
    else:
        for s in subjects:
            roles.append((s, "actor", moves and not (deploys and objects)))
        for o in objects:
            if cand.type in ("desertion", "withdrawal") and o.lemma_.lower() in NEEDS_OBJECT["leave"]:
                continue
            if o.lemma_.lower() in {"show", "test"} | CEASEFIRES:
                continue  # "staged a show of force", "conducted a missile test", "declared a truce": what was done, not who
            while o is not None and o.lemma_.lower() in ALERT_WORDS | {"level", "presence", "state", "security", "patrol",
                                                                     "number", "size"}:
                # "raised the alert level of its forces", "the state of alert of its forces": the forces, not the level
                o = next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"), None)
            if o is None:
                continue
            held = next((c for c in o.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
            if o.lemma_.lower() in ("hostage", "captive") and held is not None:
                o = held  # "took the congregation hostage", parsed as one noun: the congregation
            elif o.lemma_.lower() in ("hostage", "captive") and len(objects) > 1:
                continue  # "took the passengers hostage": the passengers
            if token.lemma_.lower() in ("use", "employ") or token.lemma_.lower() in ("detonate", "explode", "trigger") \
                    and (o.lemma_.lower() in NEEDS_OBJECT["detonate"] | WEARABLE_BOMBS or o.lower_ in ("it", "them")) or ramming \
                    and o.lemma_.lower() in RAMMING_VEHICLES:
                continue  # what is used is a weapon, and so is what is set off ("detonated his vest") or driven
            if token.lemma_.lower() == "fire" or token.lemma_.lower() == "launch" and o.lemma_.lower() in MUNITIONS | AERIAL:
                cand.armed = cand.armed or o.lemma_.lower() in MUNITIONS | AERIAL
                if cand.count is None and o.lemma_.lower() in MUNITIONS | AERIAL:
                    cand.count = _count_of(o, o)  # "launched 48 drones", "fired two missiles": how many
                continue  # what is fired or launched is a weapon, not a target: "launched 48 drones at Ukraine"
            roles.append((o, "actor" if deploys else "target", not moves or deploys))
    if _attempt_on_a_life(token):  # "an attempt on the life of the president": the president
        roles += [(g, "target", True) for life in _lives_attempted(token)
                  for p in life.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    used = [o for o in objects if token.lemma_.lower() in ("use", "employ")]  # "used live ammunition against X"
    for prep in (c for n in [token, *used] for c in n.children if c.dep_ == "prep"):
        if prep.lower_ in ("with", "alongside") or prep.lower_ == "along":
            for obj in (g for g in prep.subtree if g.dep_ == "pobj" and g.head.lower_ in ("with", "alongside")):
                if obj.lemma_.lower() in ("help", "support", "backing", "assistance", "aid", "participation"):
                    # "with the help of local clan militias": the militias
                    helpers = [h for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                               for h in c.children if h.dep_ == "pobj"]
                    roles += [(h, "with", False) for h in helpers]
                    continue
                roles.append((obj, "with", False))
        for obj in (g for g in prep.subtree if g.dep_ == "pobj" and g.head.lower_ == "against"):
            roles.append((obj, "target", False))
    if token.lemma_.lower() in ("fire", "open"):
        roles += [(t, "target", False) for t in _fire_targets(token)]  # "opened fire on protesters"
    if ramming:  # "rammed a truck into a crowd": the crowd
        roles += [(g, "target", True) for c in token.children if c.dep_ == "prep" and c.lower_ in ("into", "through")
                  for g in c.children if g.dep_ == "pobj"]
    # "clashes between troops and rebels", "gunfire erupted between troops and rebels": both sides
    hosts = [token] + ([token.head] if token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj" and _light(token.head) else [])
    # (or hung on the place: "clashes in the area between the army and Fano militiamen")
    holders = hosts + [g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "around")
                       for g in c.children if g.dep_ == "pobj"]
    for side in (g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
                 for g in c.children if g.dep_ == "pobj"):
        roles.append((side, "actor", False))
        roles += [(c, "target", False) for c in side.children if c.dep_ == "conj"]
    if token.pos_ == "NOUN":
        # "a Russian drone strike": the attacker named by a demonym in front of the event noun;
        # "a US drone strike": by a country's name
        modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound")]
        modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.lefts if g.dep_ in ("amod", "compound")]
        for mod in sorted(modifiers, key=lambda t: t.i):
            if mod.lower_ in DEMONYMS:
                cand.actors.append(Actor(role="actor", text=mod.text, name=f"{mod.text} forces", kind="military",
                                         country=DEMONYMS[mod.lower_]))  # "Israeli" is an adjective, not a name
            elif mod.ent_type_ == "GPE" and mod.dep_ == "compound" and cand.type in STATE_VIOLENCE:
                state = next((e for e in gaz.lookup(mod.text) if e.level == "country"), None)
                if state is not None:
                    cand.actors.append(Actor(role="actor", text=mod.text, name=f"{mod.text} forces", kind="military",
                                             country=state.country_code))
            elif mod.pos_ in ("PROPN", "NOUN") and mod.text[:1].isupper() and mod.dep_ == "compound" \
                    and cand.type in STATE_VIOLENCE \
                    and _names_a_group(mod.text) and not any(a.role == "actor" for a in cand.actors):
                # "RSF drone strikes", "Houthi missile attacks": the group known by name that made them
                cand.actors.append(Actor(role="actor", text=mod.text, name=mod.text, kind="armed_group"))
    if token.pos_ == "NOUN" and cand.type in MOVEMENT_KIND:
        # "the withdrawal of 5,000 troops", "the deployment of riot police": who moves
        roles += [(g, "actor", True) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]
    elif token.pos_ == "NOUN" and cand.type in ("arrest_detention", "attack_on_civilians") and not passive:
        # "mass arrests of protesters", "the abduction of 40 schoolgirls": who was held or attacked
        roles += [(g, "target", True) for g in _of_people(token)]
    speaker = _speaker_of(token)
    seen: set[int] = set()
    agent_told_before = weapon_told_before = False
    for node, role, is_main in roles:
        if node.pos_ == "PRON" and node.lower_ in ("it", "they", "we") and role == "actor" and speaker is not None:
            node = speaker  # "the army said it had repelled the assault": the army did
        elif node.pos_ == "PRON" and node.lower_ in ("it", "they") and role == "actor":
            node = _antecedent(node) or node  # "ADF rebels are active there. They attacked a village": the rebels
        if node.i in seen or node.pos_ == "PRON" and node.lower_ in ("it", "who", "which", "that"):
            continue
        if _not_an_actor(_np_head(node)):
            head = _np_head(node)
            if head.lemma_.lower() in MUNITIONS | AERIAL:
                cand.armed = True  # a bomb or a shell is not a participant, but it is a weapon of war
                # "the bomb struck a street": the weapon of an event told before
                weapon_told_before = weapon_told_before or any(c.lower_ in ("the", "this", "that") for c in head.lefts)
            if is_main and main_quantity is None and (head.pos_ == "NUM" or head.lemma_.lower() in NOUN_TRIGGERS):
                main_quantity = _count_of(head, node)  # "wounding five", "repelled 27 attacks"
            continue
        seen.add(node.i)
        actor, quantity, is_definite = make_actor(node, role, gaz)
        cand.actors += _joint_forces(actor, node, gaz)
        if role == "actor" and actor.kind == "government" and (
                _a_state(_np_span(_np_head(node)), _np_head(node), gaz) or any(o in actor.text.lower() for o in DEFENCE_OFFICES)):
            # (and "Russia's defence ministry said it had hit a warehouse": its forces did)
            cand.state_actor = True  # kept only where the sentence gives the scene (see sentence_candidates)
        if is_main and main_quantity is None:
            main_quantity, definite = quantity, is_definite
        if role == "actor" and is_definite and _np_head(node).lemma_.lower() in ATTACKERS | {"perpetrator", "militant"}:
            agent_told_before = True  # "The assailants arrived ...": the attackers of an attack told before
    cand.count = main_quantity or cand.count  # (or what was launched)
    # "the fighting continued": a definite event noun refers back to an event told before
    cand.definite = definite or agent_told_before or weapon_told_before or (
        token.pos_ == "NOUN" and any(c.lower_ in ("the", "this", "that") for c in token.lefts))


def _civilian_targets(cand: Candidate) -> None:
    """Fighting whose only victims are civilians is violence against civilians, and so is an armed group
    seizing civilians: an abduction, not an arrest (ACLED's rules)."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in cand.trigger.children) or \
            cand.trigger.lemma_.lower() in FIGHTS or cand.trigger.lower_ in FIGHTS:
        return  # "clashes (between rival militias) left 32 people dead": the dead are not what one side attacked
    targets = [a for a in cand.actors if a.role == "target"]
    if not targets and cand.type == "armed_clash" and cand.trigger.lemma_.lower() in ("attack", "assault", "storm", "overrun") \
            and _civilian_property(cand.trigger) and any(a.role == "actor" and a.kind == "armed_group" for a in cand.actors):
        cand.type = "attack_on_civilians"  # "extremists attacked a Christian village", the village kept as its place
        return
    people = [a for a in targets if not (a.kind == "other" and a.name.lower().split()[-1] in CIVILIAN_PROPERTY)]
    # "opened fire on a bar, killing seven people": a bar, a home or a camp is civilian too, and so is
    # what fighters attack when it is all they attack ("attacked the Abu Shouk camp for displaced people")
    if not targets or not all(a.kind == "civilians" for a in people):
        return
    if not people and (cand.trigger.lemma_.lower() not in ("attack", "assault", "loot", "overrun") or not any(
            a.role == "actor" and a.kind in ("armed_group", "military") for a in cand.actors)):
        return  # a raid on a camp is a security operation, told as one (see r64), not an attack on it
    if cand.type == "armed_clash" or cand.type == "arrest_detention" and any(
            a.role == "actor" and a.kind == "armed_group" for a in cand.actors):
        cand.type = "attack_on_civilians"


def _teller_words(sent: Span) -> set[int]:
    """The words of a closing ", X said." (see ``attribution.trailing_phrase``)."""
    return {t.i for verb in sent if verb.lemma_.lower() in attribution.REPORTING_VERBS
            for t in attribution.trailing_phrase(verb) or ()}


def _conj_chain(token: Token) -> list[Token]:
    """The nouns coordinated with ``token``: "five guerrillas" of "two soldiers and five guerrillas"."""
    out = []
    for c in token.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            out += [c, *_conj_chain(c)]
    return out


def _sum_quantities(parts: list[Quantity]) -> Quantity:
    """Counts of the parts of one group added up: "at least two soldiers and five rebels" is at least 7."""
    value = sum(q.value for q in parts)
    low = value if any(q.low is not None for q in parts) else None
    high = sum(q.high for q in parts) if all(q.high is not None for q in parts) else None
    return Quantity(value=value, low=low, high=high, approx=any(q.approx for q in parts),
                    text=" and ".join(q.text for q in parts))


def _attach_casualties(token: Token, cands: list[Candidate], sent_index: int, gaz: Gazetteer,
                       mentions: list[places.Mention] = (), time_mentions: list[timex.TimeMention] = ()) -> None:
    """"killed three people and injured one": fatalities and injured of the sentence's event; without
    one, an event of their own, placed and dated by the sentence ("debris from a downed drone damaged
    a building in Kyiv, injuring three people")."""
    # "two soldiers were killed and four others wounded": a participle conjoined to a passive, its "were" left out
    elliptic = token.tag_ == "VBN" and token.dep_ == "conj" and not any(c.dep_ in ("aux", "dobj") for c in token.children) \
        and any(c.dep_ == "auxpass" for c in token.head.children)
    # a headline's passive without its "were": "Four killed in clash", "33 rebels, 4 police killed in clashes"
    headline = (token.tag_ == "VBN" or _shot_dead_headline(token)) and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)
    victims = ([c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] or _direct_objects(token)
               or [c for c in token.children if c.dep_ == "nsubj" and (token.lemma_.lower() == "die" or elliptic or headline)]
               or ([token.head] if headline and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "NUM")
                   and token.head.i < token.i else []))
    if victims and victims[0].dep_ == "appos" and victims[0].head.pos_ == "NOUN" and any(
            c.dep_ == "nummod" for c in victims[0].head.children):
        victims = [victims[0].head]  # "33 rebels, 4 police killed": a list the parse hangs on its first part
    if not victims and token.lemma_.lower() != "die":
        # "killing at least 12 people including ..." when the parse made the people another verb's subject
        for t in token.doc[token.i + 1: min(token.i + 7, token.sent.end)]:
            if t.pos_ in ("VERB", "AUX") or t.is_punct:
                break
            if t.pos_ == "NOUN" and kind_of(_np_span(t), t) in PERSON_KINDS and _count_of(t, t) is not None:
                victims = [t]
                break
    quantity = None
    victim_actor = None
    more_victims: list[Actor] = []
    for victim in victims:
        victim_actor, quantity, _ = make_actor(victim, "target", gaz)
        # "two soldiers and five guerrillas were killed": the dead of every counted part
        # (not the tellers a list runs into: "killing at least 30 people, three witnesses and a health worker said")
        tellers = _teller_words(token.sent)
        listed = [*_conj_chain(victim), *(c for c in victim.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                                           and any(n.dep_ == "nummod" for n in c.children))]
        parts = [make_actor(c, "target", gaz) for c in listed if c.i not in tellers]
        if quantity is not None and parts and all(q is not None and q.value is not None for _, q, _ in parts):
            quantity = _sum_quantities([quantity, *(q for _, q, _ in parts)])
            more_victims = [a for a, _, _ in parts]
        break
    lemma = token.lemma_.lower()
    # the dead and wounded of the sentence's act of violence, not of a seizure, an arrest or a move told
    # with it ("its fighters had seized weapons and vehicles and killed 30 soldiers")
    hosts = [c for c in cands if c.type in CASUALTY_HOSTS]
    # the act the casualty clause tells of: "an Israeli strike that killed three of its fighters" is the
    # strike's, not the rockets' fired in response
    target = next((c for a in token.ancestors for c in hosts if c.trigger == a), None) or next(iter(hosts), None)
    if target is not None and token not in target.trigger.subtree and target.trigger not in token.subtree:
        # "A man was killed in a drone attack on Huliaipole, and two women were injured in Stepnohirsk": a
        # clause with a place of its own, not the act's, tells casualties elsewhere
        own = [m for m in mentions if places.governed(token, m) is not None and _locative(m)]
        if own and target.place_mentions and not any(m in target.place_mentions or any(
                _holds(m, h) or _holds(h, m) for h in target.place_mentions) for m in own):
            target = None
    if target is None:
        # "a suicide bomber killed 15", "killed by an explosive device"
        weapons = any(t.lemma_.lower() in STRIKE_WEAPONS | {"bomber"} | NEEDS_OBJECT["detonate"] - {"car", "charge", "vest"}
                      for t in token.sent)
        target = Candidate(sent_index=sent_index, trigger=token, casualty_only=True,
                           type="remote_strike" if weapons else
                           "attack_on_civilians" if victim_actor and victim_actor.kind == "civilians"
                           or _victims_of_a_people(token, plural=True) else "armed_clash")  # "killed hundreds of Muslims"
        # where the wounded were taken is not where they were hurt: "taken to a hospital in Popayán"
        # (the places the verb governs first: "killed six dissidents in a raid in the department of Guaviare")
        loose = [m for m in mentions if (_locative(m) or places.governed(token, m) is not None) and not any(
            a.dep_ == "prep" and a.lower_ in ("to", "into", "towards", "toward") or a.lemma_.lower() in CARE_PLACES
            for a in m.head.ancestors)]
        if loose:
            nearest = min(loose, key=lambda m: abs(m.head.i - token.i))
            target.place_mentions = _with_holders(nearest, mentions)
            # "killed four of the attackers near the town of Djenne": near it, not in it
            path = places.governed(token, nearest)
            target.relation = places.relation_of(path) if path is not None else "in"

        doc = token.doc
        target.times = [m for m in time_mentions
                        if not _told_when(doc.char_span(m.start, m.end, alignment_mode="expand")[-1], token)]
        target.sources = attribution.source_chain(token, token.sent)
        target.modality = attribution.modality(token)
        target.tense = _tense(token)
        cands.append(target)
    if victim_actor and not _not_an_actor(_np_head(victims[0])) and not any(a.name == victim_actor.name for a in target.actors):
        target.actors.append(victim_actor)
    if not any(a.role == "actor" for a in target.actors):
        # "killed by government forces in a raid": the killers are the raid's doers
        for agent in (g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            if not _not_an_actor(_np_head(agent)) and _np_head(agent).lemma_.lower() not in NOUN_TRIGGERS:
                target.actors.insert(0, make_actor(agent, "actor", gaz)[0])
    for actor in more_victims:
        if not any(a.name == actor.name for a in target.actors):
            target.actors.append(actor)
    if lemma != "die" and not elliptic and not any(a.role == "actor" for a in target.actors):
        # "Gunmen killed 14 villagers", "the army said it had killed 45 jihadists": who killed them
        own = [c for c in token.children if c.dep_ == "nsubj"]
        if not own and token.dep_ == "conj":  # "its fighters had seized weapons and killed 30 soldiers"
            own = [c for c in token.head.children if c.dep_ == "nsubj"]
        for subject in (c for c in own if c.lemma_.lower() not in NOUN_TRIGGERS and not c.like_num):
            node = subject
            if subject.pos_ == "PRON" and subject.lower_ in ("it", "they", "we"):
                node = _speaker_of(token) or (_antecedent(subject) if subject.lower_ in ("it", "they") else None)
            if node is not None and node.pos_ != "PRON":
                target.actors.insert(0, make_actor(node, "actor", gaz)[0])
    _civilian_targets(target)
    if lemma in ("kill", "die") or lemma in NEUTRALISE or _to_death(token):
        target.fatalities = target.fatalities or quantity
    else:
        target.injured = target.injured or quantity
