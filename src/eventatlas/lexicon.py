"""Word lists the extractor's rules are written over (data, no logic).

Kept in one place so that a reviewer can read the vocabulary the rules know,
and so that other languages or domains can swap it.
"""

from __future__ import annotations

# Verb lemmas that denote an event, by type.  A verb needs its listed
# conditions (see extract.py) to count: "capture" of a place is a territory
# change, of people a detention; "leave" needs positions as its object.
VERB_TRIGGERS: dict[str, str] = {
    # arrest_detention
    "detain": "arrest_detention", "arrest": "arrest_detention", "apprehend": "arrest_detention",
    "imprison": "arrest_detention", "jail": "arrest_detention",
    # abductions, hostage-taking and killings of people are violence against civilians
    "abduct": "attack_on_civilians", "kidnap": "attack_on_civilians", "hijack": "attack_on_civilians",
    "assassinate": "attack_on_civilians", "murder": "attack_on_civilians", "massacre": "attack_on_civilians",
    "behead": "attack_on_civilians", "rape": "attack_on_civilians", "beat": "attack_on_civilians",
    "gas": "attack_on_civilians",
    "slaughter": "attack_on_civilians", "exterminate": "attack_on_civilians", "decapitate": "attack_on_civilians",
    "stab": "attack_on_civilians", "lynch": "attack_on_civilians", "strangle": "attack_on_civilians",
    "bludgeon": "attack_on_civilians", "expel": "attack_on_civilians",
    "annihilate": "armed_clash", "battle": "armed_clash",
    # desertion
    "desert": "desertion", "flee": "desertion", "defect": "desertion", "surrender": "desertion",
    "escape": "desertion", "abandon": "desertion", "leave": "desertion",
    # deployment
    "deploy": "deployment", "redeploy": "deployment", "post": "deployment", "station": "deployment", "transfer": "deployment",
    "reinforce": "deployment", "mobilise": "deployment", "mobilize": "deployment", "relocate": "deployment",
    "dispatch": "deployment", "send": "deployment", "blockade": "armed_clash", "move": "deployment", "arrive": "deployment",
    "position": "deployment", "rotate": "deployment", "pour": "deployment", "roll": "deployment",
    # withdrawal
    "withdraw": "withdrawal", "retreat": "withdrawal", "pull": "withdrawal",
    # training_cooperation
    "train": "training_cooperation", "instruct": "training_cooperation", "teach": "training_cooperation",
    "drill": "training_cooperation", "cooperate": "training_cooperation", "co-operate": "training_cooperation",
    # armed_clash
    "fight": "armed_clash", "clash": "armed_clash", "assault": "armed_clash", "storm": "armed_clash",
    "repel": "armed_clash", "repulse": "armed_clash", "ambush": "armed_clash", "engage": "armed_clash",
    "attack": "armed_clash", "advance": "armed_clash", "raid": "armed_clash", "besiege": "armed_clash",
    "encircle": "armed_clash", "surround": "armed_clash",
    "encircle": "armed_clash", "invade": "armed_clash", "overrun": "territory_change", "fire": "armed_clash",
    "demobilise": "withdrawal", "demobilize": "withdrawal", "evacuate": "withdrawal", "disband": "withdrawal",
    "disarm": "withdrawal",
    "amass": "deployment", "mass": "deployment", "concentrate": "deployment", "muster": "deployment",
    "detonate": "remote_strike", "explode": "remote_strike", "shoot": "attack_on_civilians",
    "destroy": "remote_strike",
    # remote_strike
    "shell": "remote_strike", "bomb": "remote_strike", "strike": "remote_strike", "hit": "remote_strike",
    "target": "remote_strike", "pound": "remote_strike", "bombard": "remote_strike", "launch": "remote_strike",
    "drop": "remote_strike", "mortar": "remote_strike", "strafe": "remote_strike",
    # interception
    "intercept": "interception", "down": "interception",
    # territory_change
    "capture": "territory_change", "seize": "territory_change", "liberate": "territory_change",
    "retake": "territory_change", "recapture": "territory_change", "occupy": "territory_change",
    "reoccupy": "territory_change", "re-occupy": "territory_change",
    # prisoner_exchange
    "exchange": "prisoner_exchange", "swap": "prisoner_exchange", "repatriate": "prisoner_exchange",
    # attack_on_civilians / casualties
    "kill": "attack_on_civilians", "wound": "attack_on_civilians", "injure": "attack_on_civilians",
    "hurt": "attack_on_civilians",
    "execute": "attack_on_civilians", "torture": "attack_on_civilians", "mutilate": "attack_on_civilians",
    "neutralise": "attack_on_civilians", "neutralize": "attack_on_civilians",
    # looting and destruction of property by armed men (ACLED: Strategic developments)
    "loot": "other", "pillage": "other", "plunder": "other", "ransack": "other",
    "decommission": "withdrawal", "sink": "armed_clash",
}

# Nouns that denote an event when they are the subject or object of a
# light verb ("carried out strikes", "the attack killed", "there was a clash").
NOUN_TRIGGERS: dict[str, str] = {
    "attack": "armed_clash", "assault": "armed_clash", "clash": "armed_clash", "battle": "armed_clash",
    "fighting": "armed_clash", "offensive": "armed_clash", "firefight": "armed_clash", "gunfight": "armed_clash",
    "skirmish": "armed_clash", "operation": "armed_clash", "engagement": "armed_clash",
    "strike": "remote_strike", "airstrike": "remote_strike", "sortie": "remote_strike", "shelling": "remote_strike",
    "bombardment": "remote_strike", "bombing": "remote_strike", "barrage": "remote_strike",
    "arrest": "arrest_detention", "detention": "arrest_detention",
    "desertion": "desertion", "deployment": "deployment", "withdrawal": "withdrawal",
    "exchange": "prisoner_exchange", "swap": "prisoner_exchange",
    "raid": "armed_clash", "ambush": "armed_clash", "incursion": "armed_clash", "invasion": "armed_clash",
    "kidnapping": "attack_on_civilians", "abduction": "attack_on_civilians", "massacre": "attack_on_civilians",
    "assassination": "attack_on_civilians", "exercise": "training_cooperation", "drill": "training_cooperation",
    "manoeuvre": "training_cooperation", "maneuver": "training_cooperation",
    "slaughter": "attack_on_civilians", "blast": "remote_strike", "explosion": "remote_strike",
    "shooting": "attack_on_civilians", "gunfire": "armed_clash", "fire": "armed_clash", "shootout": "armed_clash", "cleansing": "attack_on_civilians", "patrol": "training_cooperation",
    "cooperation": "training_cooperation", "game": "training_cooperation", "killing": "attack_on_civilians",
    "buildup": "deployment", "callup": "deployment", "pullout": "withdrawal", "pullback": "withdrawal",
    "mobilization": "deployment", "mobilisation": "deployment", "training": "training_cooperation",
    "blockade": "armed_clash", "siege": "armed_clash", "atrocity": "attack_on_civilians", "pogrom": "attack_on_civilians",
}
# prepositions that put an event noun in an event's circumstances: "killed in clashes", "destroyed by airstrikes"
EVENT_NOUN_PREPS = {"in", "during", "by", "after", "amid", "following", "from"}
LIGHT_VERBS = {
    "carry", "launch", "conduct", "stage", "mount", "make", "be", "take", "occur", "happen", "repel", "report",
    "hold", "begin", "start", "continue", "resume", "intensify", "escalate", "break", "see", "witness", "erupt",
    "rage", "repulse", "thwart", "foil", "survive", "suffer", "endure", "step", "ramp", "increase",
    "commit", "perpetrate", "impose", "host", "complete", "expand", "strengthen", "deepen", "boost", "enhance", "bolster",
    "press", "wage", "pursue",
}
# event nouns that are not violence with these modifiers
NOT_VIOLENCE = {
    "attack": {"heart", "panic", "asthma", "anxiety", "cyber", "allergic", "verbal", "personal", "ransomware"},
    "strike": {"hunger", "general", "labour", "labor", "teachers", "workers", "lucky"},
    "offensive": {"charm", "diplomatic"},
    "explosion": {"controlled"},  # bomb disposal, not an attack
    "blast": {"controlled"},
}
# "by firing mortars", "after shelling the town": prepositions whose gerund shares its governor's subject
MANNER_PREPS = {"by", "after", "before", "while", "since", "upon", "on", "without", "in", "through", "when"}
# who arrives to attack: their arrival is the attack's approach, not a deployment
ATTACKERS = {"assailant", "attacker", "gunman", "gunmen", "raider", "bandit", "kidnapper", "bomber", "hijacker", "pirate"}
# "similar attacks", "such raids": event nouns that stand for a kind of event, not one that happened
GENERIC_MODIFIERS = {"similar", "such", "previous", "past", "earlier", "frequent", "repeated", "regular", "sporadic",
                     "occasional", "future", "further", "possible", "potential", "any"}
# "armed men", "masked gunmen": modifiers that make people an armed group
ARMED_MODIFIERS = {"armed", "masked", "hooded", "unidentified armed", "heavily-armed"}
# "drove villagers from their homes": verbs that displace people with a particle or "from"
DISPLACE_VERBS = {"drive", "force", "chase", "push", "expel", "hound"}
# "an assassination attempt": nouns that stand for the event their compound names
ATTEMPT_NOUNS = {"attempt", "bid"}
# light verbs whose subject is the victim: "the mayor survived an assassination attempt"
VICTIM_VERBS = {"survive", "suffer", "endure"}
# what "used ... against" makes an attack: weapons of war, and the means of repression
WMD_MODIFIERS = {"chemical", "biological", "nuclear", "radiological", "poison", "toxic", "nerve", "incendiary",
                 "cluster", "thermobaric"}
WEAPON_NOUNS = {"weapon", "agent", "gas", "munition", "arm", "sarin", "chlorine", "napalm", "phosphorus"}
REPRESSION_MEANS = {"gas", "cannon", "bullet", "ammunition", "force", "baton", "round", "truncheon", "grenade"}
# what a detainee suspected of it makes an arrest part of a conflict ("suspected of planning attacks")
SUSPICION_CUES = {"attack", "bomb", "bombing", "terrorism", "terror", "terrorist", "sabotage", "explosive", "espionage", "spying", "spy",
                  "insurgency", "rebellion", "collaboration", "collaborating", "militant", "rebel", "insurgent",
                  "jihadist", "extremist", "separatist", "guerrilla", "militia",
                  "intelligence", "coordinates"}  # "passing the locations of air defences to Russian intelligence"
# "The men are suspected of ...", "They were charged with ...": a later sentence tells why they were held
SUSPICION_VERBS = {"suspect", "accuse", "charge", "allege"}
# event nouns that need a modifier to be conflict events ("joint military exercises", not "a breathing exercise")
_FORCES_OF = {"troop", "military", "army", "force", "forces"}  # "a troop pull-out", "the military build-up"
NOUN_NEEDS_MODIFIER = {
    # "killed by Israeli fire", "sniper fire", "tank fire", not "a fire destroyed the warehouse"
    "fire": {"sniper", "tank", "army", "military", "artillery", "mortar", "machine-gun", "machinegun", "small-arms",
             "automatic", "enemy", "police", "troop", "soldier", "helicopter", "naval", "rocket"},
    "exercise": {"joint", "military", "naval", "war", "combined", "air", "army", "drill"},
    # "a military build-up", "the troop buildup", not "a build-up of pressure"
    "buildup": _FORCES_OF | {"naval", "arms"},
    "callup": {"reservist", "reserve", "military", "army"},  # "a call-up of reservists" (see the "of" check)
    "pullout": _FORCES_OF, "pullback": _FORCES_OF,
    # "mass killings", "extrajudicial killings", not "the killing of the bill"
    "killing": {"mass", "extrajudicial", "targeted", "sectarian", "revenge", "summary", "ethnic", "reprisal"},
    "drill": {"joint", "military", "naval", "combat", "war", "army", "live-fire"},
    # "150 combat engagements along the front", not "their engagement" or "public engagement"
    "engagement": {"combat", "military", "armed", "battlefield", "ground", "naval", "air"},
    "manoeuvre": {"joint", "military", "naval", "war", "combined", "army"},  # not "a political manoeuvre"
    "maneuver": {"joint", "military", "naval", "war", "combined", "army"},
    "cleansing": {"ethnic"},
    # "launched a ground operation", not "a rescue operation" or "the airline's operations"
    "operation": {"military", "ground", "counter-terrorism", "counterterrorism", "counter-insurgency", "counterinsurgency",
                  "anti-terror", "anti-terrorist", "combat", "clearance", "clearing", "mopping-up", "cross-border",
                  "punitive", "offensive", "army", "special", "terrorism", "terror", "insurgency"},  # "counter-terrorism" is three tokens
    "patrol": {"joint"},
    "cooperation": {"military", "defence", "defense", "army", "naval"},
    "game": {"war"},
    # "provided military training to Malian troops", not "a training course for nurses"
    "training": {"military", "combat", "joint", "army", "weapons", "tactical", "infantry", "drone", "sniper", "artillery",
                 "naval", "special-forces"},
    # "ordered a partial mobilization", "a general mobilisation of reservists", not "voter mobilization"
    **dict.fromkeys(("mobilization", "mobilisation"),
                    {"general", "partial", "full", "military", "troop", "nationwide", "army", "emergency"}),
    # not a labour or hunger strike
    "strike": {"air", "missile", "drone", "rocket", "artillery", "military", "retaliatory", "precision", "preemptive",
               "pre-emptive", "cruise", "ballistic", "aerial", "naval", "deadly", "massive", "combined", "overnight",
               "nighttime", "glide", "bomb"},
}

# a munition that "tore through" or "slammed into" something struck it
IMPACT_VERBS = {"tear": {"through", "into"}, "slam": {"into"}, "crash": {"into"}, "smash": {"into", "through"},
                "plough": {"into", "through"}, "plow": {"into", "through"}, "rip": {"through"}}
# what forces gather: "massed troops", "amassed fighters near the border"
_GATHERED = {"troop", "soldier", "force", "unit", "tank", "brigade", "battalion", "equipment", "reservist", "fighter",
             "militiaman", "warship", "artillery"}
# verbs that are events only with one of these objects
NEEDS_OBJECT = {
    "leave": {"position", "post", "unit", "trench", "base", "front", "line"},
    "abandon": {"position", "post", "unit", "trench", "base", "front", "line", "weapon", "equipment"},
    "move": {"troop", "soldier", "force", "unit", "brigade", "battalion", "division", "regiment", "squadron", "fleet", "equipment", "fighter", "instructor", "warship", "carrier",
             "tank", "artillery", "jet", "aircraft", "launcher", "howitzer", "armour", "armor", "police", "gendarme",
             "gendarmerie"},
    # police only in force count (see extract's movement check): "riot police were sent", not "police were sent to the scene"
    "send": {"troop", "soldier", "force", "unit", "brigade", "battalion", "division", "regiment", "squadron", "fleet", "fighter", "instructor", "reinforcement",
             "warship", "frigate", "destroyer", "carrier", "submarine", "gunboat", "jet", "bomber", "tank", "police",
             "gendarme", "gendarmerie"},
    "decommission": {"arm", "weapon", "arsenal"},  # "the IRA began decommissioning its weapons": a disarmament
    "sink": {"boat", "ship", "vessel", "warship", "frigate", "gunboat", "submarine", "tanker", "speedboat", "corvette",
             "destroyer", "cruiser", "trawler"},  # "the navy sank a rebel boat", by the doer's kind (not a storm)
    "position": {"troop", "soldier", "force", "unit", "brigade", "battalion", "division", "regiment", "warship", "destroyer",
                 "frigate", "ship", "carrier", "submarine", "tank", "artillery", "missile", "launcher", "battery", "jet"},
    "post": {"troop", "soldier", "force", "unit", "brigade", "battalion", "division", "regiment"},  # not "posted a video"
    # police as with "send": only in force ("thousands of police were mobilised")
    "mobilise": {"troop", "soldier", "force", "unit", "guard", "guards", "reservist", "conscript", "man", "army", "brigade", "battalion",
                 "warship", "ship", "tank", "navy", "fleet", "jet", "aircraft", "militia", "fighter", "volunteer", "police",
                 "policeman", "gendarme", "gendarmerie"},
    "mobilize": {"troop", "soldier", "force", "unit", "guard", "guards", "reservist", "conscript", "man", "army", "brigade", "battalion",
                 "warship", "ship", "tank", "navy", "fleet", "jet", "aircraft", "militia", "fighter", "volunteer", "police",
                 "policeman", "gendarme", "gendarmerie"},
    "launch": {"missile", "drone", "rocket", "strike", "airstrike", "shahed"},  # "launched an attack": the noun's event
    "drop": {"bomb", "munition", "explosive", "grenade", "shell", "payload", "barrel"},
    "amass": _GATHERED, "mass": _GATHERED,
    "concentrate": {"troop", "soldier", "force", "unit", "tank", "brigade", "battalion", "equipment"},
    "muster": {"troop", "soldier", "force", "unit", "fighter", "brigade", "battalion"},
    "evacuate": {"troop", "soldier", "force", "unit", "garrison", "brigade", "battalion", "base", "position"},
    "detonate": {"bomb", "device", "mine", "explosive", "ied", "car", "vest", "grenade", "charge", "landmine", "shell"},
    "hit": set(), "target": set(), "strike": set(), "engage": set(),
}
# forces that pour or roll into a place, or are poured or rolled into it, as those moved there
NEEDS_OBJECT["pour"] = NEEDS_OBJECT["roll"] = NEEDS_OBJECT["move"]
# verbs that are events only when done to people ("shot a teacher", not "shot a film")
NEEDS_PERSON_OBJECT = {"shoot", "beat", "stab", "lynch", "strangle", "bludgeon", "torture", "execute", "expel", "mutilate",
                       "gas"}
# "cooperate militarily": the manner that makes cooperation military
MILITARY_MANNER = {"militarily", "military"}

# armed groups known by name
ARMED_GROUP_NAMES = {
    "taliban", "hamas", "hezbollah", "hizbollah", "hizballah", "isis", "isil", "daesh", "islamic state", "al-qaeda",
    "al qaeda", "al-qaida", "al-shabaab", "al-shabab", "shabaab", "boko haram", "houthis", "houthi", "ansar allah", "farc",
    "eln", "pkk", "ypg", "hts", "hayat tahrir al-sham", "jnim", "iswap", "adf", "m23", "rsf", "rapid support forces",
    "janjaweed", "lra", "islamic jihad", "ltte", "tamil tigers", "tplf", "fano", "arakan army", "wagner group",
    "lashkar-e-taiba", "jaish-e-mohammed", "tehrik-i-taliban", "ttp", "al-nusra", "nusra front", "ira", "eta",
    "unita", "renamo", "kla", "interahamwe", "fdlr", "zapatista", "zapatistas", "ezln", "shining path",
    "sendero luminoso", "abu sayyaf", "milf", "new people's army", "npa", "polisario", "polisario front", "spla",
    "jem", "onlf", "aqim", "ansar dine", "mujao", "ansaru", "seleka", "anti-balaka", "mai-mai", "mai mai", "codeco",
    "iswap", "iskp", "al-aqsa martyrs brigades", "ulfa", "naxalite", "naxalites", "auc", "contras", "khmer rouge",
    "peshmerga", "mujahideen", "mujahedeen", "hizbul mujahideen",
}

# Person and group nouns, by actor kind.
KIND_NOUNS: dict[str, set[str]] = {
    "military": {
        "soldier", "troop", "force", "army", "serviceman", "servicemen", "instructor", "officer", "unit",
        "brigade", "battalion", "regiment", "division", "military", "marine", "paratrooper", "sailor",
        "pilot", "commander", "conscript", "recruit", "infantry", "artillery", "navy", "guard", "personnel",
        "defender", "contractor", "mercenary", "sniper", "crew", "garrison", "operator", "special forces",
        "invader", "occupier",
        "ministry of defence", "ministry of defense", "defence ministry", "defense ministry", "general staff",
        "prisoner", "pow", "saboteur", "missile", "drone", "rocket", "shell", "bomb", "aircraft", "jet", "helicopter",
        "warplane", "commander-in-chief", "chief of staff", "air force", "air defence", "air defense",
        "enemy", "occupier", "invader", "armed forces", "defence forces", "defense forces", "combatant",
        "reservist", "reserve", "reserves", "tank", "warship", "frigate", "submarine", "fleet", "gunboat", "battleship", "navy",
        "peacekeeper", "peacekeeping force", "blue helmet", "junta", "gunship", "central command", "high command",
        "armoured vehicle", "armored vehicle", "armoured car", "armored car", "armoured personnel carrier", "apc",
        "reinforcement", "armoured", "armored",
        # military alliances and the forces of missions, known by their names
        "nato", "otan", "isaf", "kfor", "amisom", "atmis", "minusma", "monusco", "unifil", "unmiss", "minusca", "ecomog",
        "csto",
    },
    "intelligence": {"intelligence", "hur", "gur", "sbu", "fsb", "gru", "cia", "mossad", "spy", "agent",
                     "security service", "intelligence directorate"},
    "government": {
        "government", "ministry", "minister", "president", "governor", "official", "administration", "regime",
        "authority", "authorities", "spokesperson", "spokesman", "spokeswoman", "kremlin", "parliament",
        "mayor", "head", "council", "police", "prosecutor", "office", "service", "military administration",
        "regional administration", "city administration", "border guard service", "emergency service",
    },
    "armed_group": {
        "militant", "rebel", "insurgent", "fighter", "militia", "separatist", "jihadist", "guerrilla",
        "group", "gunman", "gunmen", "partisan", "wagner", "terrorist", "bomber", "kidnapper", "hijacker", "pirate",
        "attacker", "assailant", "raider", "bandit", "mob", "militiaman", "militiamen", "faction", "vigilante",
        "gang", "gangster", "cartel", "extremist", "jihadi", "maoist", "naxal", "naxalite",
        "liberation front", "liberation army", "liberation movement",
        "settler",
    } | ARMED_GROUP_NAMES,
    "civilians": {
        "civilian", "resident", "people", "person", "child", "children", "woman", "women", "man", "men",
        "family", "villager", "student", "worker", "passenger", "boy", "girl", "teenager", "pensioner",
        "local", "inhabitant", "citizen", "volunteer", "journalist", "doctor", "medic", "adult", "patient",
        "elderly", "infant", "baby", "toddler", "pedestrian", "driver", "farmer", "refugee",
        "teacher", "shopkeeper", "trader", "merchant", "vendor", "nurse", "priest", "imam", "cleric", "pastor", "monk",
        "nun", "worshipper", "pilgrim", "tourist", "activist", "lawyer", "judge", "politician", "lawmaker", "voter",
        "elder", "headman", "chieftain", "village chief", "village head", "tribal chief", "tribal leader",
        "community leader", "traditional ruler", "herder", "shepherd", "fisherman", "fishermen", "miner", "engineer", "employee", "shopper",
        "commuter", "victim", "detainee", "inmate", "hostage", "captive", "protester", "demonstrator", "mourner", "crowd", "congregation",
        "guest", "businessman", "businessmen", "owner", "neighbour", "neighbor", "relative", "husband", "wife", "son",
        "daughter", "father", "mother", "brother", "sister", "youth", "teen", "minor", "schoolchild", "schoolchildren",
        "schoolboy", "schoolgirl", "pupil", "survivor", "witness", "dissident", "blogger", "humanitarian",
        "aid worker", "rescuer", "firefighter", "paramedic", "villagers", "family members", "worshiper",
        "minority", "population", "tribe", "tribesman", "tribesmen", "clan", "thief", "robber", "burglar", "criminal",
        "suspect", "immigrant", "migrant", "asylum seeker", "opposition leader", "opposition figure", "human rights defender",
    },
    "media": {"outlet", "newspaper", "agency", "channel", "broadcaster", "journalists", "media", "magazine", "tv", "television", "radio", "reporter", "reporters", "correspondent"},
}

# Demonyms and adjectives of countries -> ISO 3166-1 alpha-2.
DEMONYMS: dict[str, str] = {
    "russian": "RU", "russians": "RU", "ukrainian": "UA", "ukrainians": "UA", "north korean": "KP",
    "north koreans": "KP", "south korean": "KR", "south koreans": "KR", "belarusian": "BY",
    "belarusians": "BY", "chechen": "RU", "chechens": "RU", "iranian": "IR", "iranians": "IR",
    "israeli": "IL", "israelis": "IL", "palestinian": "PS", "palestinians": "PS", "syrian": "SY",
    "syrians": "SY", "iraqi": "IQ", "iraqis": "IQ", "turkish": "TR", "turks": "TR", "american": "US",
    "americans": "US", "us": "US", "u.s.": "US", "british": "GB", "french": "FR", "german": "DE",
    "germans": "DE", "polish": "PL", "poles": "PL", "chinese": "CN", "afghan": "AF", "afghans": "AF",
    "pakistani": "PK", "indian": "IN", "sudanese": "SD", "somali": "SO", "malian": "ML", "nigerian": "NG",
    "ethiopian": "ET", "eritrean": "ER", "yemeni": "YE", "lebanese": "LB", "libyan": "LY",
    "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "moldovan": "MD", "romanian": "RO",
    "congolese": "CD", "burkinabe": "BF", "nigerien": "NE", "colombian": "CO", "mexican": "MX",
    "myanmar": "MM", "burmese": "MM", "saudi": "SA", "emirati": "AE", "egyptian": "EG", "kenyan": "KE",
    "cameroonian": "CM", "chadian": "TD", "mozambican": "MZ", "houthi": "YE", "kurdish": "IQ",
    "finnish": "FI", "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "hungarian": "HU",
    "slovak": "SK", "czech": "CZ", "kazakh": "KZ", "serbian": "RS", "kosovar": "XK",
}

# Reporting verbs: their subject is a source of what their clause says.
REPORTING_VERBS = {
    "say", "tell", "report", "add", "state", "claim", "announce", "write", "confirm", "note", "explain",
    "post", "declare", "inform", "allege", "assert", "indicate", "reveal", "warn", "publish", "acknowledge",
    "establish", "learn", "disclose", "insist", "suggest", "believe", "estimate", "accuse", "deny",
}
# Verbs that attribute a statement, a finding or a stance to their subject: the
# reporting verbs and the wider set an attribution corpus annotates
# ("the poll shows", "critics argue", "she called for").
ATTRIBUTION_VERBS = REPORTING_VERBS | {
    "call", "find", "show", "argue", "cite", "agree", "echo", "ask", "want", "identify", "describe", "recall",
    "criticize", "criticise", "urge", "respond", "mention", "emphasize", "emphasise", "predict", "tweet", "testify",
    "concede", "contend", "complain", "admit", "stress", "observe", "conclude", "deny", "promise", "pledge", "vow",
    "think", "accuse", "blame", "praise", "question", "reply", "recount", "remark", "caution", "demand", "propose",
    "charge", "maintain", "point", "wonder", "hope", "fear", "doubt", "brief", "explain", "signal",
    "endorse", "compare", "advocate", "support", "oppose", "defend", "recommend", "encourage", "approve",
    "protest", "condemn", "welcome", "dismiss", "reject", "threaten", "attack", "slam", "blast", "chant", "tout",
    "boast", "lament", "acknowledge", "assure", "inform", "advise", "order", "plead", "appeal", "declare",
}

# Anonymous source heads: "a source in X" is named "X source"
SOURCE_NOUNS = {"source", "insider", "person", "people"}
# Unnamed officials: "city officials", "a senior US official"
OFFICIAL_NOUNS = {"official", "officer", "spokesperson", "representative", "diplomat", "authority", "authorities"}

# Other names of countries that the gazetteer's country table lacks
COUNTRY_ALIASES = {
    "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB", "the uk": "GB",
    "us": "US", "u.s.": "US", "usa": "US", "america": "US", "united states": "US", "the united states": "US",
    "north korea": "KP", "dprk": "KP", "south korea": "KR", "uae": "AE", "the netherlands": "NL", "holland": "NL",
    "czechia": "CZ", "czech republic": "CZ", "moldova": "MD", "syria": "SY", "iran": "IR", "russia": "RU",
    "ivory coast": "CI", "drc": "CD", "dr congo": "CD",
    "congo": "CD",  # also the Republic's short name
    "burma": "MM", "palestine": "PS", "gaza strip": "PS", "people's republic of china": "CN", "prc": "CN",
    # former names still written: "Zaire", "Ceylon"
    "zaire": "CD", "zaïre": "CD", "ceylon": "LK", "persia": "IR", "rhodesia": "ZW", "dahomey": "BJ", "upper volta": "BF",
    "kampuchea": "KH", "siam": "TH", "swaziland": "SZ", "east timor": "TL", "bechuanaland": "BW", "basutoland": "LS",
    "turkey": "TR", "turkiye": "TR", "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "kosovo": "XK", "taiwan": "TW", "macedonia": "MK", "fyrom": "MK",
}

HEDGE_AUX = {"may", "might", "could", "would"}
HEDGE_WORDS = {
    "reportedly", "allegedly", "possibly", "probably", "likely", "apparently", "purportedly",
    "supposedly", "presumably", "perhaps",
}
HEDGE_GOVERNORS = {"expect", "plan", "intend", "likely", "possible", "prepare", "threaten", "consider", "suspect"}
PLAN_GOVERNORS = {"plan", "intend", "prepare", "aim", "schedule", "vow", "pledge", "promise"}
DENIAL_VERBS = {"deny", "reject", "refute", "dismiss", "disprove"}
VERIFY_WORDS = {"verify", "confirm", "corroborate"}

# Media outlets often cited in conflict reporting, with their usual spellings:
# a name within one edit of one of these is taken to be that outlet.
KNOWN_OUTLETS = (
    "Suspilne", "Ukrainska Pravda", "Kyiv Independent", "Kyiv Post", "Ukrinform", "UNIAN", "Hromadske",
    "RBC-Ukraine", "Interfax-Ukraine", "TASS", "RIA Novosti", "Interfax", "Meduza", "Mediazona", "Kommersant",
    "Izvestia", "RT", "Reuters", "Associated Press", "AP", "AFP", "BBC", "CNN", "Al Jazeera", "The Guardian",
    "The New York Times", "The Washington Post", "The Wall Street Journal", "Financial Times", "Bloomberg",
    "Yonhap", "NK News", "Radio Free Europe", "Radio Liberty", "Deutsche Welle", "Politico", "Axios",
    "The Economist", "Der Spiegel", "Le Monde", "Haaretz", "Times of Israel", "Anadolu", "Xinhua",
    "Agence France-Presse", "Voice of America", "Jerusalem Post", "Times of India", "South China Morning Post",
    "Kenya Broadcasting Corporation", "Radio France Internationale", "France 24", "Sky News", "Al Arabiya",
)
MEDIA_HEADS = {"outlet", "newspaper", "agency", "channel", "broadcaster", "media", "magazine", "website", "portal", "daily", "tv", "radio"}

# Triggers that are conflict events by themselves; every other trigger needs a
# participant of a conflict kind (military, armed group, intelligence) to count,
# so that "the train arrived", "economists teach" or "he attacked the car" do not.
SELF_EVIDENT_TRIGGERS = {
    "shell", "bomb", "bombard", "intercept", "shoot_down", "desert", "redeploy", "airstrike", "shelling",
    "bombardment", "bombing", "barrage", "strike_noun", "declare_ceasefire", "firefight", "offensive", "take_control", "open_fire",
    "invade", "invasion", "incursion", "besiege", "massacre", "killing", "detonate", "blow_up", "hand_over", "assassinate", "assassination", "hijack", "behead",
    "fighting", "gunfight", "skirmish", "slaughter", "exterminate", "decapitate", "annihilate",
    "return_captive", "take_hostage", "human_shield", "alert", "military_presence", "lay_down_arms", "lift_blockade",
    "use_weapon", "exchange_fire", "patrol", "military_noun", "come_under", "to_death", "ramming",
    "show_of_force", "weapons_test", "clashes_erupted", "terror_attack", "ambush", "repression", "mutilation", "gas",
}
# "increased its military presence": verbs that raise a force's presence, and the words that make it military
PRESENCE_VERBS = {"increase", "boost", "bolster", "expand", "step", "strengthen", "reinforce", "build", "beef", "ramp",
                  "tighten"}
# "stepped up patrols", "built up forces": what a force builds up
FORCE_BUILDUP = {"patrol", "force", "troop", "deployment", "garrison", "contingent"}
BORDER_WORDS = {"border", "frontier", "front", "frontline", "boundary", "line"}
# "put on high alert", "combat readiness", "a war footing"
ALERT_WORDS = {"alert", "readiness", "footing", "standby"}
# modifiers that make an exercise, a drill or cooperation military
MILITARY_MODIFIERS = {"military", "naval", "army", "war", "combat", "live-fire", "defence", "defense", "air"}
PRESENCE_MODIFIERS = {"military", "troop", "naval", "army", "armed", "police", "security"}
# Verbs under which an event is not one that happened: a threat, a demand, a refusal
# ("threatened to shell", "demanded the release of", "refused to withdraw")
UNREALISED_GOVERNORS = {
    "threaten", "demand", "urge", "refuse", "reject", "decline", "request", "propose", "ask", "plead", "appeal",
    "call", "want", "wish", "seek", "oppose", "forbid", "ban", "prevent", "avoid", "deter", "offer",
    # commitments, not yet the act: "agreed to exchange prisoners", "promised to withdraw its troops"
    "agree", "promise", "pledge", "vow", "commit", "willing", "ready", "willingness", "readiness", "consent",
    "undertake",
    # a plan uncovered: "foiled a plot to bomb a church"
    "plot", "conspire",
}
# "losses reached 4,000": aggregate losses
LOSS_NOUNS = {"loss", "losses", "casualty", "casualties", "toll"}
LOSS_VERBS = {"reach", "total", "exceed", "amount", "stand", "rise", "climb", "surpass", "top", "pass", "near"}
# who tells a toll: "put the death toll at 28", "raised the toll to 40"
TOLL_SETTERS = {"put", "raise", "revise", "place", "estimate", "give", "set"}
# "took control of", "gained control over"
CONTROL_VERBS = {"take", "gain", "seize", "establish", "assume", "regain", "retake", "wrest"}
# "returned 95 servicemen from captivity", "released 20 prisoners"
RETURN_VERBS = {"return", "release", "free", "bring"}
# "received the bodies of 563 soldiers from Russia": by a party, or from one
RECEIVE_VERBS = {"receive", "repatriate"}
# "a missile launched from Yemen", "drones fired from Crimea": where a projectile set off, not where it struck
LAUNCH_VERBS = {"launch", "fire"}
# what makes a person a captive: "freed the kidnapped engineer"
CAPTURED = {"kidnap", "abduct", "capture", "detain", "hold", "seize", "imprison", "jail"}
# what is thrown at a target: "hurled a grenade at a police station"
THROWN = {"grenade", "bomb", "explosive", "petrol bomb", "molotov", "device", "firebomb"}
# who holds captives: "the kidnappers released the engineers"
CAPTORS = {"kidnapper", "abductor", "captor", "hostage-taker", "hijacker"}
CAPTIVES = {"prisoner", "pow", "captive", "hostage", "detainee", "body", "remains", "remain"}
# Whom security forces arrest in a political conflict (not "police arrested a burglar")
POLITICAL_TARGETS = {
    "protester", "demonstrator", "activist", "dissident", "opposition", "journalist", "blogger", "rioter", "editor",
    "aid", "humanitarian", "peacekeeper",  # "two aid workers were abducted": those who serve in a war
    "reporter", "correspondent",
    "separatist", "collaborator", "saboteur", "spy", "agent", "deserter", "draft", "dodger", "partisan", "insurgent",
    "militant", "rebel", "fighter", "leftist", "islamist", "communist", "nationalist", "anarchist", "royalist",
    "protest", "unionist", "campaigner", "critic",  # "the protest leaders", "trade unionists", "critics of the regime"
    "brotherhood", "union", "league", "bloc",  # "Muslim Brotherhood members", "members of the union"
}
# holders of high office, whose arrest is a political event whatever the charge (ACLED codes "arrests of
# high-ranking officials or political figures"): "the former minister was taken into custody"
HIGH_OFFICES = {"minister", "mayor", "governor", "general", "senator", "lawmaker", "legislator", "politician",
                "parliamentarian", "mp", "president", "premier", "vice-president", "commander", "warlord", "cleric",
                "opposition leader", "party leader", "chief of staff", "prosecutor", "judge"}
CAPTIVITY = {"captivity", "prison", "custody", "detention"}
CONFLICT_KINDS = {"military", "armed_group", "intelligence"}
# Words that make a casualty report a conflict report ("killed in a drone strike")
CONFLICT_CUES = {
    "shelling", "shell", "strike", "airstrike", "missile", "drone", "rocket", "artillery", "mortar", "bomb",
    "bombing", "blast", "explosion", "gunfire", "offensive", "clash", "fighting", "battle", "ambush", "militant",
    "rebel", "insurgent", "soldier", "troop", "army", "forces", "war", "frontline", "grenade", "sniper", "militia",
    "jihadist", "combat", "occupation", "invasion", "gunman", "gunmen", "fighter", "fighters", "terrorist", "bomber",
    "hostage", "kidnapper", "airstrikes", "landmine", "warplane", "shrapnel", "ceasefire", "militiaman", "militiamen",
    "guerrilla", "paramilitary", "insurgency", "massacre", "genocide", "pogrom", "cleansing",
}

# Adjectives of world regions -> the region's name in our areas table or GeoNames' continents
# ("European leaders", "a Central American migrant")
REGION_DEMONYMS: dict[str, str] = {
    "european": "Europe", "african": "Africa", "asian": "Asia", "north american": "North America",
    "south american": "South America", "latin american": "Latin America", "central american": "Central America",
    "middle eastern": "Middle East", "west african": "West Africa", "east african": "East Africa",
    "southeast asian": "Southeast Asia", "central asian": "Central Asia", "caribbean": "Caribbean Sea",
    "balkan": "Balkans", "scandinavian": "Scandinavia", "east asian": "East Asia", "south asian": "South Asia",
}

# what armed forces halt, suspend or end: a de-escalation, counted as a withdrawal ("halted its offensive")
OPERATIONS = {"offensive", "operation", "attack", "campaign", "hostility", "hostilities", "bombing", "airstrike",
              "strike", "shelling", "bombardment", "siege", "blockade", "advance", "assault", "incursion", "invasion",
              "occupation"}
# what armed forces cut or scale back: "cut its troop levels", "scaled back its operations"
PRESENCE = {"troop", "level", "presence", "operation", "force", "contingent", "deployment", "garrison"}
