"""The kinds of political violence and force the CAMEO/PLOVER ontology lists (abduction, torture, bombings,
repression, expulsion, alerts, build-ups, surrender, disarmament, joint patrols...), told in our own words.

Every sentence is written for these tests; each expectation is read off the sentence.  The second half
holds the same verbs in news that is not about violence, which must give nothing.
"""

from __future__ import annotations

import pytest

from eventatlas import RawDocument, process_document
from eventatlas.records import event_to_dict


def events_of(text: str):
    _, events = process_document(RawDocument(input="t", text=text, published="2025-03-10", outlet="Desk"))
    return [event_to_dict(e) for e in events]


def kinds(event, role):
    return {a["kind"] for a in event["actors"] if a["role"] == role}


@pytest.mark.parametrize("text, event_type, actor_kind, target_kind", [
    # abuse of people: the verb's form misread by the lemmatizer ("raped" -> "rap") is read as the verb it is
    ("Soldiers raped at least ten women during a raid on the village.", "attack_on_civilians", "military", "civilians"),
    ("Security forces tortured detainees at a prison in the north.", "attack_on_civilians", "military", "civilians"),
    ("A mob stabbed a shopkeeper to death in the market.", "attack_on_civilians", "armed_group", "civilians"),
    ("Unidentified gunmen shot dead a school teacher in the town on Friday.", "attack_on_civilians", "armed_group",
     "civilians"),
    ("Assailants hacked three villagers to death with machetes.", "attack_on_civilians", "armed_group", "civilians"),
    ("Masked men kidnapped a priest from his church on Sunday.", "attack_on_civilians", "armed_group", "civilians"),
    # an armed group seizing civilians abducts them; it does not arrest them
    ("Kidnappers seized a local journalist from his home in the capital.", "attack_on_civilians", "armed_group",
     "civilians"),
    # repression: what is fired or used is a weapon, those it is aimed at are the targets
    ("Soldiers fired tear gas at protesters outside parliament.", "attack_on_civilians", "military", "civilians"),
    ("Security forces used live ammunition against demonstrators.", "attack_on_civilians", "military", "civilians"),
    ("Troops opened fire on protesters in the main square.", "attack_on_civilians", "military", "civilians"),
    ("Militiamen forced hundreds of families out of their villages.", "attack_on_civilians", "armed_group",
     "civilians"),
    # bombs and heavy weapons
    ("The militia violated the ceasefire by firing mortars at army posts.", "remote_strike", "armed_group", None),
    ("The army used chemical weapons against the rebel-held town.", "remote_strike", "military", None),
    # fighting
    ("Rebel fighters exchanged fire with troops at a checkpoint.", "armed_clash", "armed_group", None),
    ("Gunfire erupted between troops and rebels near the border crossing.", "armed_clash", "military", "armed_group"),
    ("Clashes between the army and militants left five dead.", "armed_clash", "military", "armed_group"),
    # postures and build-ups
    ("The army has been placed on a state of high alert along the border.", "deployment", "military", None),
    ("The defence ministry raised the alert level of its forces.", "deployment", "government", None),
    ("The military stepped up patrols along the frontier.", "deployment", "military", None),
    ("The navy moved two warships into the disputed waters.", "deployment", "military", None),
    ("Thousands of reservists have been called to active duty.", "deployment", "military", None),
    # retreat, surrender, disarmament
    ("The militia disbanded on Friday.", "withdrawal", "armed_group", None),
    ("The government demobilized 5,000 former fighters.", "withdrawal", "government", "armed_group"),
    ("The rebels laid down their arms on Friday.", "desertion", "armed_group", None),
    ("The army pulled its troops out of the border zone.", "withdrawal", "military", None),
    ("Police rounded up dozens of suspected militants in the capital.", "arrest_detention", "government",
     "armed_group"),
    # the only verb of the sentence parsed as an adjective of its object ("tortured villagers") is its verb
    ("Militiamen tortured farmers accused of hiding soldiers.", "attack_on_civilians", "armed_group", "civilians"),
    # a vehicle with people aboard seized by attackers is hijacked, not territory taken
    ("Pirates seized a fishing trawler off the coast on Tuesday.", "attack_on_civilians", "armed_group", None),
    ("Gunmen took control of a passenger bus on the highway.", "attack_on_civilians", "armed_group", None),
    # a ceasefire is a de-escalation whoever declares it; a government keeps its kind
    ("The government declared a three-day ceasefire in the east.", "withdrawal", "government", None),
    # forces moved or built up in strength
    ("Police were deployed in large numbers around the parliament.", "deployment", "government", None),
    ("The interior ministry deployed police across the northern province.", "deployment", "government", None),
    ("The army sent frigates and patrol boats to the gulf in a show of force.", "deployment", "military", None),
    ("The government doubled the number of police officers in the border towns.", "deployment", "government", None),
    ("The general moved three divisions to the frontier.", "deployment", None, None),
    ("The navy stepped up its naval patrols near the islands.", "deployment", "military", None),
    ("The regime mobilised its Republican Guard units after the raid.", "deployment", None, None),
    # one state training another's police is a security cooperation
    ("Italy is training Libyan police officers in Tripoli.", "training_cooperation", "government", "government"),
    # an assassination attempt told without the word
    ("Gunmen made an attempt on the life of the governor in Kano.", "attack_on_civilians", "armed_group", "government"),
    # an irregular form the lemmatizer's tables lack
    ("Government troops retook the town from the rebels on Sunday.", "territory_change", "military", None),
    # the members of a named group are that group's, not a bare count of people
    ("Police arrested three Hamas members in the city.", "arrest_detention", "government", "armed_group"),
])
def test_kinds_of_violence_and_force(text, event_type, actor_kind, target_kind):
    found = [e for e in events_of(text) if e["type"] == event_type]
    assert len(found) == 1, [(e["type"], e["trigger"]["text"]) for e in events_of(text)]
    if actor_kind:
        assert actor_kind in kinds(found[0], "actor"), found[0]["actors"]
    if target_kind:
        assert target_kind in kinds(found[0], "target"), found[0]["actors"]


@pytest.mark.parametrize("text, event_type", [
    ("A police station came under fire from militants on Saturday.", "armed_clash"),
    ("The convoy came under attack near the village.", "armed_clash"),
    ("An explosive device planted on a motorbike went off near a checkpoint.", "remote_strike"),
    ("A bomb blast ripped through a bus station, killing seven.", "remote_strike"),
    ("Government forces lifted the blockade of the port city.", "withdrawal"),
    ("The United States and its ally held a joint naval drill.", "training_cooperation"),
    ("The two countries began joint patrols along the river.", "training_cooperation"),
    ("The navy seized an oil tanker in the strait.", "other"),
    # a bombardment or a barrage that hits is a strike from afar, one event with its noun
    ("The bombardment hit a hospital in Kherson on Sunday.", "remote_strike"),
])
def test_events_told_without_a_violent_verb(text, event_type):
    assert [e["type"] for e in events_of(text)] == [event_type]


def test_the_dead_and_injured_an_attack_left():
    e = [e for e in events_of("The attack left five people dead and 12 wounded.")]
    assert len(e) == 1 and e[0]["fatalities"]["value"] == 5 and e[0]["injured"]["value"] == 12
    assert not [a for a in e[0]["actors"] if a["role"] == "actor"]  # "12" is not who attacked
    e = events_of("Clashes between the army and militants left five dead.")
    assert [x["type"] for x in e] == ["armed_clash"] and e[0]["fatalities"]["value"] == 5


def test_hostages_seized_in_hundreds():
    e = events_of("Rebels seized hundreds of hostages at a hospital.")
    assert [x["type"] for x in e] == ["attack_on_civilians"]
    assert e[0]["count"]["value"] == 100 and e[0]["count"]["approx"]


def test_the_victim_of_an_attempt_is_its_target():
    events = events_of("The mayor survived an assassination attempt on Monday.")
    assert [e["type"] for e in events] == ["attack_on_civilians"]
    assert [a["text"] for a in events[0]["actors"] if a["role"] == "target"] == ["The mayor"]
    assert not [a for a in events[0]["actors"] if a["role"] == "actor"]


def test_launching_an_attack_is_one_attack():
    events = events_of("Militants launched an attack on an army base, killing five soldiers.")
    assert [e["type"] for e in events] == ["armed_clash"]
    assert events[0]["fatalities"]["value"] == 5


def test_an_arrest_is_a_conflict_event_when_the_suspicion_is_of_violence():
    assert [e["type"] for e in events_of("Police arrested six men suspected of planning attacks.")] == [
        "arrest_detention"]
    assert events_of("Police arrested a man suspected of burglary.") == []
    # people held for their politics
    assert [e["type"] for e in events_of("Dozens of leftists were detained in raids across the city.")] == [
        "arrest_detention"]


@pytest.mark.parametrize("text", [
    "The general warned that his troops would use chemical weapons if attacked.",
    "Russia will strike the capital if the talks fail, the minister said.",
    "The rebels offered to release prisoners in exchange for a ceasefire.",
    "The president promised to withdraw the troops by the end of the year.",
    "The militia said it was ready to disarm.",
])
def test_conditions_offers_and_promises_are_not_events(text):
    assert events_of(text) == []


@pytest.mark.parametrize("text", [
    "The director shot a film in the old town.",
    "The company used the money to expand its factory.",
    "The minister expelled two diplomats from the embassy.",
    "He beat the record by two seconds.",
    "The club lifted the trophy after the final.",
    "The partners agreed to cooperate on trade.",
    "The firm increased its presence in Asia.",
    "The mayor survived a heart attack last year.",
    "Workers staged a general strike in the port.",
    "The farmer drove his cattle out of the flooded field.",
    "The author laid down his pen after forty years.",
    "The band traded songs with the audience.",
    "The chef used chemical cleaners on the kitchen floor.",
    "Fans fired questions at the coach.",
    "The council called up the reserve list of candidates.",
    "The government accused the rebels of attacking aid convoys.",
    "France attacked the plan in Paris.",  # a state attacking a plan, with a scene: no force used
    "Germany attacked the proposal at the summit in Brussels.",
    "The minister came under fire from opposition lawmakers over the budget.",
    "The health agency raised its pandemic alert level to five.",
    "The coast guard increased its patrols to stop illegal fishing.",
    "Upon arriving at the court, the prisoner asked to see his lawyer.",
    "The airline took control of the regional carrier's planes last year.",
    "Supporters arrived in large numbers at the stadium.",
    "Police were sent to the scene of the crash.",
    "The firm sent two divisions of staff to the new office.",
    "The company mobilised its sales force for the launch.",
    "The city council is training new police officers.",
    "The climber made an attempt on the summit.",
    "Residents rushed to the hospital after the fire.",
    "The coach ordered the players onto the pitch.",
    "Fans poured into the streets to celebrate the victory.",
    "The first cars rolled off the production line in May.",
    "The team fell back to third place after the defeat.",
    "Police arrested a man after the football match.",
    "The company increased security at its offices.",
    "Shoppers were out in force on the first day of the sales.",
    "He was drafted into the army in 1990.",
    "The airline rushed engineers to the airport.",
    "Volunteers turned in their forms to the council.",
    "Students held a joint exercise with the fire brigade.",
    "The army used tear gas in a training drill.",
    "Police dispersed the crowd after the concert.",
    "Police broke up the rally using tear gas.",  # a protest with intervention, as ACLED codes it
    "The fire brigade used water cannon on the burning warehouse.",
    "The teacher broke up the fight between two pupils.",
    "The government cracked down on tax evasion.",
    "Workers demolished the old stadium last year.",
    "The storm destroyed dozens of homes.",
    "The crowd scattered when the rain began.",
    "Fans sprayed champagne on the crowd.",
    "The minister responded with a statement on Monday.",
    "The company tightened security at its warehouses.",
    "Police arrested a party of poachers in the park.",
    "He gassed up the car before the trip.",
    "The chef cut off the ends of the beans.",
    "Protesters beat drums outside the embassy.",
    "The Somali team beat the Kenyans 2-0.",
    "The opposition leader was beaten in the election.",
    "The extremist views of the author drew criticism.",
    "The build-up of pressure caused the pipe to burst.",
    "Traders expect a build-up of stocks before the holiday.",
    "The stand-off between the union and the company continued.",
    "The union responded with a strike at the port.",
])
def test_the_same_words_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text, event_type", [
    # a state named as the one acting, with the scene given: its armed forces acted
    ("Israel attacked Hezbollah positions in southern Lebanon on Sunday.", "armed_clash"),
    ("Armenia and Azerbaijan clashed along their border.", "armed_clash"),
    ("Israel pulled out of the Gaza Strip last month.", "withdrawal"),
    ("China mobilized warships near the island.", "deployment"),
    # armed groups known by name
    ("The Taliban attacked a police checkpoint in Helmand province.", "armed_clash"),
    ("Boko Haram abducted dozens of schoolgirls in Borno state.", "attack_on_civilians"),
    ("Russia and Belarus held large-scale war games near the Polish border.", "training_cooperation"),
    ("After the battle the army seized a large arsenal of rifles and grenades.", "other"),
])
def test_states_and_named_groups_acting(text, event_type):
    assert [e["type"] for e in events_of(text)] == [event_type]


@pytest.mark.parametrize("text", [
    "Britain withdrew from the European Union in 2020.",
    "The United States pulled out of the Paris climate agreement.",
    "France attacked the plan as unworkable.",
    "Japan struck a deal with South Korea on trade.",
    "Mexico captured the gold medal in the relay.",
    "Italy seized the initiative in the talks.",
    "Australia and New Zealand clashed over the cricket rules.",
    "Officials seized the food supply at the restaurant.",
    "The Taliban spokesman said the group would attend the talks in Doha.",
])
def test_states_in_politics_sport_and_trade(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


def test_a_kind_of_attack_is_not_an_attack():
    assert events_of("The militia has carried out similar attacks in the region.") == []
    assert events_of("Residents fear further strikes on the town.") == []


def test_a_hyphenated_name_keeps_its_hyphen():
    [e] = events_of("Al Qaeda-linked fighters attacked an army post in the north.")
    assert [a["name"] for a in e["actors"] if a["role"] == "actor"] == ["Al Qaeda-linked fighters"]


@pytest.mark.parametrize("text", [
    "Police shot dead two men in Nairobi on Sunday.",
    "Police beat a man to death in Lagos.",
])
def test_a_killing_by_police_is_violence_against_civilians(text):
    assert [e["type"] for e in events_of(text)] == ["attack_on_civilians"]


def test_police_shooting_a_suspect_without_a_death_is_no_conflict_event():
    assert events_of("Police shot a suspected robber.") == []


@pytest.mark.parametrize("text, event_type", [
    # attackers by their deed, with no other word of war: their killing is an assault
    ("Bandits killed seven farmers near the river on Monday.", "attack_on_civilians"),
    ("Unknown assailants gunned down a human rights lawyer in the capital.", "attack_on_civilians"),
    # a political figure held is an arrest of note, whatever the charge
    ("The former defence minister was taken into custody on Tuesday.", "arrest_detention"),
    ("Police arrested the editor of a weekly newspaper.", "arrest_detention"),
    ("The general was put under house arrest after the vote.", "arrest_detention"),
    # a truce between sides, a halt to the fighting
    ("Both sides announced a ceasefire on Friday.", "withdrawal"),
    ("The rebels stopped fighting after the talks.", "withdrawal"),
    # police mobilised are the state showing its force
    ("Thousands of police were mobilised in the city before the vote.", "deployment"),
    ("The army staged a military parade along the main avenue.", "deployment"),
    ("The republic tested a ballistic missile on Sunday.", "deployment"),
    ("The army held military manoeuvres near the frontier.", "deployment"),
    ("The two navies held joint manoeuvres in the gulf.", "training_cooperation"),
    ("The two states signed a military cooperation agreement.", "training_cooperation"),
    # a stronghold is a place the rebels held, not rebels held
    ("Troops captured the rebel stronghold after a week of fighting.", "territory_change"),
    ("Soldiers reoccupied the hilltop village on Thursday.", "territory_change"),
    ("Militias expelled thousands of ethnic Uzbeks from the valley.", "attack_on_civilians"),
    ("Fighters pressed their assault on the port city.", "armed_clash"),
    # an ambush is violence whoever is ambushed; those who serve in a war, abducted
    ("An army patrol was ambushed near the border.", "armed_clash"),
    ("Two aid workers were abducted on the road north.", "attack_on_civilians"),
    # forces and their armour moved
    ("Armoured vehicles were deployed in the streets of the capital.", "deployment"),
    ("Soldiers were posted at every checkpoint in the district.", "deployment"),
    ("Police reinforcements arrived in the city overnight.", "deployment"),
    ("Tanks moved into the town on Monday.", "deployment"),
    # a nuclear device exploded by its own state is a test, not a strike
    ("The republic exploded a nuclear device underground.", "deployment"),
    # a past tense parsed as a clause of its subject is the sentence's verb
    ("The rebels handed over their weapons to the monitors.", "withdrawal"),
    # forces ordered, rushed or drafted somewhere; forces pouring or rolling in; out in force
    ("The president ordered the national guard into the streets of the port.", "deployment"),
    ("Police reinforcements were rushed to the town after the riot.", "deployment"),
    ("Thousands of riot police were drafted into the city centre before the march.", "deployment"),
    ("Troops poured into the rebel-held town.", "deployment"),
    ("Tanks rolled into the provincial capital at dawn.", "deployment"),
    ("Security forces were out in force in the city on Friday.", "deployment"),
    ("Authorities beefed up security around the parliament building.", "deployment"),
    # forces falling back; fighters turning in their guns
    ("Government forces fell back to the river after the attack.", "withdrawal"),
    ("About 300 militiamen turned in their rifles to the army.", "withdrawal"),
    # exercises of an air force need no other word of war
    ("Egypt and Saudi Arabia conducted joint air force exercises.", "training_cooperation"),
    # an arrest at a protest, of its leaders, of unionists
    ("Authorities detained dozens of students after the demonstration.", "arrest_detention"),
    ("Police detained the protest leaders for questioning.", "arrest_detention"),
    ("Security forces arrested two trade unionists in the capital.", "arrest_detention"),
    ("Egyptian authorities detain Muslim Brotherhood members.", "arrest_detention"),
    ("Police tighten security in the capital ahead of the elections.", "deployment"),
    # the state's force used on a crowd: tear gas, water cannon, batons, a crackdown
    ("Police fired tear gas at the crowd outside parliament.", "attack_on_civilians"),
    ("Riot police used water cannon and rubber bullets against demonstrators.", "attack_on_civilians"),
    ("Tear gas was fired at students outside the university.", "attack_on_civilians"),
    ("Security forces violently dispersed a rally in the capital.", "attack_on_civilians"),
    ("Police broke up the demonstration with batons.", "attack_on_civilians"),
    ("Troops cracked down on protesters in the city.", "attack_on_civilians"),
    # people's property destroyed by armed men; people forced to shield them
    ("Soldiers demolished the houses of suspected militants.", "attack_on_civilians"),
    ("Rebels forced villagers to act as human shields.", "attack_on_civilians"),
    # an act told as what a response or a breach was made with
    ("Israel broke the truce with an air strike on Gaza.", "remote_strike"),
    ("The army retaliated with artillery strikes on rebel positions.", "remote_strike"),
    # people gassed, maimed, beaten to death for their nation; extremists as an armed group
    ("The regime gassed Kurdish villagers last year.", "attack_on_civilians"),
    ("Rebels cut off the hands of villagers.", "attack_on_civilians"),
    ("A gang of youths beat two Somali immigrants to death.", "attack_on_civilians"),
    ("The opposition leader was beaten by unknown men.", "attack_on_civilians"),
    ("Extremists attacked a Christian village, killing 12.", "attack_on_civilians"),
    ("Gunmen attacked a village near the river on Sunday.", "attack_on_civilians"),
    ("Rebels attacked an army base near the river on Sunday.", "armed_clash"),
    # killers of a kind that is armed, their victims a people; nouns written with a hyphen
    ("Hindu mobs killed hundreds of Muslims in the riots.", "attack_on_civilians"),
    ("Russia continued its military build-up near the frontier.", "deployment"),
    ("The troop pull-out from the valley was completed on Friday.", "withdrawal"),
    ("The ministry announced the call-up of 10,000 reservists.", "deployment"),
])
def test_cameo_kinds_told_in_other_words(text, event_type):
    assert [e["type"] for e in events_of(text)] == [event_type], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text, event_type, target", [
    # an act on people told as a noun whose effect the sentence tells: the people are its targets
    ("The arrest of three journalists in the capital drew protests.", "arrest_detention", "three journalists"),
    ("The detention of the opposition leader sparked riots.", "arrest_detention", "the opposition leader"),
    ("Police carried out mass arrests of protesters in the capital.", "arrest_detention", "protesters"),
    ("The killing of two activists in the city sparked protests.", "attack_on_civilians", "two activists"),
    # a mass abduction is no ordinary crime, whoever did it
    ("The abduction of 40 schoolgirls shocked the country.", "attack_on_civilians", "40 schoolgirls"),
])
def test_acts_on_people_told_as_nouns(text, event_type, target):
    [e] = events_of(text)
    assert e["type"] == event_type
    assert [a["text"] for a in e["actors"] if a["role"] == "target"] == [target]


@pytest.mark.parametrize("text", [
    "The arrest of the burglar was filmed by a neighbour.",
    "The killing of the bill angered its sponsors.",
    "The kidnapping of a businessman shocked the town.",
])
def test_acts_told_as_nouns_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


def test_the_movers_of_a_withdrawal():
    [e] = events_of("The withdrawal of troops from the city began on Monday.")
    assert e["type"] == "withdrawal"
    assert [(a["text"], a["kind"]) for a in e["actors"] if a["role"] == "actor"] == [("troops", "military")]


def test_the_dead_a_communal_clash_left():
    [e] = events_of("Clashes between herders and farmers left 12 dead.")
    assert e["type"] == "armed_clash" and e["fatalities"]["value"] == 12


@pytest.mark.parametrize("text", [
    "Police took the shoplifter into custody.",
    "Officers returned fire and killed two of the attackers.",  # no attack told: the attackers are the dead
    "The couple stopped fighting after the counselling.",
    "The company signed a cooperation agreement with a software firm.",
    "The team held a victory parade through the city.",
    "The firm tested a new engine at the plant.",
    "The minister's rivals pressed their attack on the budget.",
    "The coach took the players through military-style drills.",
    "Reporters ambushed the minister with questions.",
    "The singer posted a video of the concert.",
    "The family moved into a new house in the town.",
    "Aid workers handed out food in the camp.",
])
def test_the_new_words_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text, event_type, place", [
    # where a teller spoke from is not the scene
    ("Rebels shelled the village on Monday, a commander told reporters by phone from the town of Gao.",
     "remote_strike", None),
    ("Troops shelled the outskirts of Kharkiv on Monday, the governor said in Kyiv.", "remote_strike", "Kharkiv"),
    # forces "taking" a place take it over
    ("Government troops took the town of Bakhmut after a week of fighting.", "territory_change", "Bakhmut"),
])
def test_the_scene_and_not_the_teller_s_place(text, event_type, place):
    [e] = [e for e in events_of(text) if e["type"] == event_type]
    assert (e["location"]["name"] if e["location"] else None) == place


def test_the_helpers_of_an_act_are_those_it_was_done_with():
    [e] = events_of("Government forces retook the base with the help of local clan militias.")
    assert [(a["text"], a["kind"]) for a in e["actors"] if a["role"] == "with"] == [("local clan militias", "armed_group")]


@pytest.mark.parametrize("text", [
    "The tourists took the road to the coast.",
    "The company took the town's contract after a long tender.",
])
def test_taking_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


def test_the_officials_of_a_named_group_held():
    [e] = events_of("Police arrested two Hamas officials in Hebron.")
    assert e["type"] == "arrest_detention"


def test_a_ceasefire_violated_and_one_a_side_is_accused_of_violating():
    [e] = events_of("Indian troops violated the ceasefire along the Line of Control, wounding two civilians.")
    assert e["injured"]["value"] == 2 and [a["text"] for a in e["actors"] if a["role"] == "actor"] == ["Indian troops"]
    assert events_of("Pakistan accused Indian troops of violating the ceasefire.") == []  # an accusation


@pytest.mark.parametrize("text, events", [
    ("Riot police fired tear gas to disperse hundreds of protesters in the capital.", ["attack_on_civilians"]),
    ("Workers used water to disperse the dust.", []),
    ("The farmer fired his gun to scare the birds.", []),
])
def test_force_used_to_disperse_protesters(text, events):
    assert [e["type"] for e in events_of(text)] == events


@pytest.mark.parametrize("text", [
    "Rebel commanders massed fighters on the outskirts of Goma.",
    "The navy positioned two destroyers off the coast of Yemen.",
    "Police increased patrols in Nairobi ahead of the vote.",
    "Soldiers stepped up patrols in the capital after the attack.",
    "The army brought in reinforcements from the south.",
    "The ministry mobilised 5,000 additional police officers for the election.",
    "The government mobilised thousands of security personnel across the country.",
])
def test_forces_gathered_placed_and_brought_in(text):
    assert [e["type"] for e in events_of(text)] == ["deployment"]


@pytest.mark.parametrize("text", [
    "Shoppers brought their children into the store.",
    "The manager ordered new computers to the office.",
    "The city increased bus services in the capital.",
    "The hospital mobilised extra nursing staff for the winter.",
    "Police sent two officers to the scene of the crash.",
])
def test_gathering_and_sending_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "The United States reduced its troop presence in the country.",
    "NATO reduced its troop presence in the country.",  # an alliance's forces, known by its name
])
def test_a_troop_presence_reduced_is_a_withdrawal(text):
    assert [e["type"] for e in events_of(text)] == ["withdrawal"]


@pytest.mark.parametrize("text", [
    "The company reduced its presence in the country.",
    "The bank reduced its staff presence in the city.",
    "NATO leaders met in Brussels to discuss the budget.",
])
def test_a_presence_reduced_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


def test_an_alliance_named_is_a_military_actor():
    [e] = events_of("MONUSCO peacekeepers exchanged fire with rebels near Beni.")
    assert e["type"] == "armed_clash"
    [e] = events_of("NATO warplanes bombed targets near Tripoli.")
    assert [(a["text"], a["kind"]) for a in e["actors"] if a["role"] == "actor"] == [("NATO warplanes", "military")]


def test_suspects_arrested_after_an_attack_and_after_a_fire():
    attack = events_of("Gunmen attacked a police post in Kidal on Monday, killing two officers. "
                       "Three suspects were arrested on Tuesday, the army said.")
    assert [e["type"] for e in attack] == ["armed_clash", "arrest_detention"]
    fire = events_of("A fire destroyed a warehouse in Cali on Sunday. Two suspects were arrested on Monday, police said.")
    assert fire == []  # suspects of a crime the report tells of no conflict


@pytest.mark.parametrize("text, events", [
    ("Two Palestinians were killed by Israeli fire near Rafah on Sunday, medics said.", 1),
    ("A soldier was wounded by sniper fire in Avdiivka on Monday.", 1),
    ("A fire destroyed a warehouse in Cali on Sunday.", 0),
    ("Three firefighters were injured by the fire in the factory.", 0),
    ("Two workers were killed in a fire at the plant on Monday.", 0),
    ("The new tax drew fire from the opposition.", 0),
])
def test_fire_that_kills_is_gunfire_only_when_the_text_says_whose_or_what(text, events):
    assert len(events_of(text)) == events


def test_attacks_made_with_artillery_are_strikes():
    [e] = events_of("Russian forces launched 40 attacks on the Sumy region on Monday, firing mortars and drones at 12 villages.")
    assert e["type"] == "remote_strike" and e["count"]["value"] == 40


@pytest.mark.parametrize("text, event_type", [
    ("Russian warplanes carried out sorties over Idlib.", "remote_strike"),
    ("Ethiopian troops crossed into Somalia on Monday.", "armed_clash"),  # an incursion, as "entered"
    ("Rebels mutilated villagers suspected of supporting the government.", "attack_on_civilians"),
])
def test_sorties_incursions_and_mutilation(text, event_type):
    assert [e["type"] for e in events_of(text)] == [event_type]


@pytest.mark.parametrize("text", [
    "The surgeon mutilated the report with edits.",
    "Tourists crossed into Canada on Monday.",
    "The pilot flew 30 sorties during his career.",
])
def test_sorties_crossings_and_mutilation_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text, event_type", [
    # an attack on a holder of office is political, whoever the attackers
    ("Unknown persons shot and wounded a local politician.", "attack_on_civilians"),
    ("Two men shot the deputy mayor outside his office.", "attack_on_civilians"),
    ("An attempt was made on the life of the provincial governor on Sunday.", "attack_on_civilians"),
    # people attacked or held for the people they belong to
    ("A Palestinian stabbed two Israelis at a bus stop.", "attack_on_civilians"),
    ("Chinese police beat Tibetan monks outside the temple.", "attack_on_civilians"),
    ("A Japanese tourist was kidnapped in the mountains.", "attack_on_civilians"),
    ("Separatists took hundreds of people hostage in a theatre.", "attack_on_civilians"),
    # an armed group capturing civilians abducts them
    ("Insurgents captured three foreign engineers near the pipeline.", "attack_on_civilians"),
    # driven out: people from their homes, fighters from their positions
    ("Militias have been driving the Masalit out of their villages.", "attack_on_civilians"),
    ("Militants drove out the villagers and burned their houses.", "attack_on_civilians"),
    ("Troops drove the rebels out of the town.", "armed_clash"),
    ("The army pushed the militants back towards the hills.", "armed_clash"),
    # security raised, reserves called, withdrawals announced, captives let go
    ("Police in the port city increased security ahead of the holiday.", "deployment"),
    ("Soldiers stepped up security around the parliament.", "deployment"),
    ("The republic mobilised its army reserves on Sunday.", "deployment"),
    ("The capital announced the withdrawal of its troops from the border zone.", "withdrawal"),
    ("The army reduced the number of troops in the province.", "withdrawal"),
    ("The kidnappers set free two aid workers.", "prisoner_exchange"),
    ("Rebels released the captured journalist unharmed.", "prisoner_exchange"),
])
def test_attacks_on_officials_peoples_the_driven_out_postures_and_releases(text, event_type):
    assert event_type in [e["type"] for e in events_of(text)], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text", [
    "A photographer shot the president during the summit.",
    "The challenger beat the mayor in the election.",
    "The senator was killed in a car crash on Monday.",
    "The flood forced thousands of residents from their homes.",
    "Rising rents are driving families out of the city.",
    "The coach pushed the players back into the locker room.",
    "The airport increased security after the threat.",
    "The central bank mobilised its foreign reserves.",
    "The minister announced the withdrawal of the bill.",
    "The school reduced the number of students in each class.",
    "The band set free its new album on Friday.",
])
def test_officials_displacement_postures_and_releases_in_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


def test_a_woman_held_by_rebels_stays_a_detention_and_engineers_held_are_abducted():
    held = events_of("Insurgents captured three foreign engineers near the pipeline.")
    assert [e["type"] for e in held] == ["attack_on_civilians"]
    assert kinds(held[0], "actor") == {"armed_group"} and kinds(held[0], "target") == {"civilians"}
    assert held[0]["count"]["value"] == 3
    # who "him" is the text does not say: a capture, not an abduction of a civilian
    assert [e["type"] for e in events_of("The militia captured him at a checkpoint.")] == ["arrest_detention"]


@pytest.mark.parametrize("text, event_type", [
    # headlines: a present-tense verb the tagger takes for a noun, a passive without its "were", a claim
    ("Militants attack court in the port city", "armed_clash"),
    ("Rebels storm army base near the border", "armed_clash"),
    ("Four killed in army-rebel clash", "armed_clash"),
    ("Al-Shabab claimed an attack on government forces in Somalia.", "armed_clash"),
    ("Somalia: Al-Shabaab ambush AU troops in central region", "armed_clash"),
    ("Two soldiers dead in NPA attack", "armed_clash"),
    ("Four dead in suicide bombing in the port city", "remote_strike"),
    ("Two militants shot dead in the district", "armed_clash"),
    ("The military kills four extremists after heavy losses", "armed_clash"),
    ("Invaders killed nine civilians in the region in a day", "attack_on_civilians"),
])
def test_headlines(text, event_type):
    assert [e["type"] for e in events_of(text)] == [event_type], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


@pytest.mark.parametrize("text, dead, target", [
    ("Two soldiers dead in NPA attack", 2, "Two soldiers"),
    ("Over 40 dead in two suicide attacks on mosques: officials", 41, None),  # "over 40": at least 41
])
def test_a_headlines_dead_in_an_attack(text, dead, target):
    event, = events_of(text)
    assert event["fatalities"]["value"] == dead
    assert [a["text"] for a in event["actors"] if a["role"] == "target"] == ([target] if target else [])


def test_a_headline_list_of_the_dead_is_summed():
    event, = events_of("33 rebels, 4 police killed in Kandahar clashes.")  # (without the stop the parse makes "clashes" a verb)
    assert event["type"] == "armed_clash" and event["fatalities"]["value"] == 37
    assert {a["text"] for a in event["actors"] if a["role"] == "target"} == {"33 rebels", "4 police"}


@pytest.mark.parametrize("text", [
    "Critics attack plan in parliament",
    "Fans claim victory after the final",
    "Prices hit record in the capital",
    "He claimed the attack was staged.",
    "Four killed in car crash on the highway",
    "Two dead in house fire in the suburbs",
    "Two climbers shot dead? No, a film about the mountain",
    "Critics attack plan, minister hits back",
])
def test_headlines_of_ordinary_news(text):
    assert events_of(text) == [], [(e["type"], e["trigger"]["text"]) for e in events_of(text)]


def test_a_lone_headline_is_the_report():
    # a feed item with only its title: the cleaner takes the line for a title, and it is the text too
    article, _ = process_document(RawDocument(input="t", text="Rebels Storm Army Base Near Border"))
    assert article.text == article.title == "Rebels Storm Army Base Near Border"
