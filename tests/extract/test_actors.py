"""Actor normalisation: a noun phrase as written → ISO3 country and sector."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from parley.extract.actors import actor_for, is_lone_person_label, normalise_tokens
from parley.extract.data_files import read_data

from event_support import events_in

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("sentence", "head", "text", "country", "sector"),
    [
        ("Israeli hostages were freed.", "hostages", "Israeli hostages", "ISR", "CVL"),
        ("Palestinian prisoners were released.", "prisoners", "Palestinian prisoners", "PSE", "CVL"),
        ("Gaza's health ministry said so.", "ministry", "Gaza's health ministry", "PSE", "HLH"),
        ("Israel's army is investigating.", "army", "Israel's army", "ISR", "MIL"),
        ("Hamas freed 24 hostages.", "Hamas", "Hamas", "PSE", "REB"),
        ("Yemen's Houthi rebels seized a ship.", "rebels", "Yemen's Houthi rebels", "YEM", "REB"),
        ("The Red Cross collected them.", "Cross", "Red Cross", None, "NGO"),
        ("The United Nations condemned it.", "Nations", "United Nations", None, "IGO"),
        ("Washington demanded a halt.", "Washington", "Washington", "USA", None),
        ("The Kremlin denied it.", "Kremlin", "Kremlin", "RUS", "GOV"),
        ("Russian troops withdrew.", "troops", "Russian troops", "RUS", "MIL"),
        ("Gunmen abducted pupils.", "Gunmen", "Gunmen", None, "REB"),
        ("Ukraine's defence ministry said it.", "ministry", "Ukraine's defence ministry", "UKR", "MIL"),
        ("Twelve Thai workers were freed.", "workers", "Thai workers", "THA", "CVL"),
        ("Burkinabe soldiers were killed.", "soldiers", "Burkinabe soldiers", "BFA", "MIL"),
        ("Israel released them.", "Israel", "Israel", "ISR", "GOV"),
        ("Armed gangs attacked the palace.", "gangs", "Armed gangs", None, "REB"),
        ("Pirates seized the tanker.", "Pirates", "Pirates", None, "REB"),
        ("Security agents abducted them.", "agents", "Security agents", None, "GOV"),
        ("Crowds stormed the palace.", "Crowds", "Crowds", None, "CVL"),
        ("Members of the army kidnapped two men.", "Members", "Members", None, "MIL"),
        ("The minister met representatives of the ELN.", "representatives", "representatives", "COL", "REB"),
        # a post takes its body's sector; alone it keeps its own
        ("The rebel leader rejected the offer.", "leader", "rebel leader", None, "REB"),
        ("The union leader called a strike.", "leader", "union leader", None, "LAB"),
        ("An army spokesman denied it.", "spokesman", "army spokesman", None, "MIL"),
        ("A health ministry official said so.", "official", "health ministry official", None, "HLH"),
        ("Gang leader Jimmy Cherizier demanded it.", "Cherizier", "Gang leader Jimmy Cherizier", "HTI", "REB"),
        ("The spokesman denied it.", "spokesman", "spokesman", None, "GOV"),
        ("A senior official said so.", "official", "senior official", None, "GOV"),
        ("Soldiers detained the civilian leaders.", "leaders", "civilian leaders", None, "GOV"),
        ("An intelligence agency official said so.", "official", "intelligence agency official", None, "GOV"),
        ("One crew member was injured.", "member", "crew member", None, "CVL"),  # a member is of its body
        ("The leader of the opposition condemned it.", "leader", "leader", None, "POL"),
        ("A spokesman for the army denied it.", "spokesman", "spokesman", None, "MIL"),
        ("The military chief of Pakistan spoke.", "chief", "military chief", "PAK", "MIL"),
        ("A spokesman for Iran's foreign ministry denied it.", "spokesman", "spokesman", "IRN", "GOV"),
        # a post of an international body is where it is posted, not of that country
        ("The UN's representative for Syria met them.", "representative", "UN's representative", None, "IGO"),
        ("A senior UN official in Khartoum condemned it.", "official", "senior UN official", None, "IGO"),
        ("Student leaders called a strike.", "leaders", "Student leaders", None, "CVL"),
        # a group with no sector of its own, or a body's premises, are of the kind their modifier names
        ("A jihadist group blocked the convoy.", "group", "jihadist group", None, "REB"),
        ("An opposition coalition called for calm.", "coalition", "opposition coalition", None, "POL"),
        ("Mortars hit an army post.", "post", "army post", None, "MIL"),
        ("Guerrilla units ambushed the patrol.", "units", "Guerrilla units", None, "REB"),
        ("Two police officers were wounded.", "officers", "police officers", None, "GOV"),
        ("Two army officers were wounded.", "officers", "army officers", None, "MIL"),
        ("Mali's junta expelled the envoy.", "junta", "Mali's junta", "MLI", "GOV"),
        ("A civilian group was attacked.", "group", "civilian group", None, "CVL"),
        ("The rebel alliance said it had taken the town.", "alliance", "rebel alliance", None, "REB"),
        ("Colombian fighter planes bombed the camp.", "planes", "Colombian fighter planes", "COL", "MIL"),
        ("The attorney general opened an inquiry.", "general", "attorney general", None, "JUD"),
        ("Gunmen stormed the police station.", "station", "police station", None, "GOV"),
        # a capitalised plural opening a sentence, tagged as a name, still has its role
        ("Guerrillas blew up a bridge.", "Guerrillas", "Guerrillas", None, "REB"),
        # named armed groups, also written with the hyphens the tokenizer splits
        ("The FMLN attacked the garrison.", "FMLN", "FMLN", "SLV", "REB"),
        ("Al-Shabaab fighters attacked a base.", "fighters", "Al-Shabaab fighters", "SOM", "REB"),
        ("Hayat Tahrir al-Sham seized the city.", "Sham", "Hayat Tahrir al-Sham", "SYR", "REB"),
        ("The Arakan Army captured the town.", "Army", "Arakan Army", "MMR", "REB"),
        ("Rebels attacked the 3rd Infantry Brigade.", "Brigade", "Infantry Brigade", None, "MIL"),
        ("A rebel brigade attacked the troops.", "brigade", "rebel brigade", None, "REB"),
        ("Sudanese troops clashed with SPLM-N rebels.", "rebels", "SPLM-N rebels", "SDN", "REB"),
        # a body's own people, named with a possessive pronoun, belong to the clause's subject
        ("Israel withdrew its troops from Gaza.", "troops", "its troops", "ISR", "MIL"),
        ("Iran recalled its ambassador from Baku.", "ambassador", "its ambassador", "IRN", "GOV"),
        ("The Syrian rebels said their fighters had taken the town.", "fighters", "their fighters", "SYR", "REB"),
        # ... when the pronoun agrees with it in number
        ("Israel killed their leaders.", "leaders", "their leaders", None, "GOV"),
        ("The Houthi movement fired missiles.", "movement", "Houthi movement", "YEM", "REB"),
        ("Russian air defences shot down two drones.", "defences", "Russian air defences", "RUS", "MIL"),
        ("The Greek coast guard rescued 40 migrants.", "guard", "Greek coast guard", "GRC", "MIL"),
        # members and supporters are of the kind their modifier names
        ("Police detained 47 opposition supporters.", "supporters", "opposition supporters", None, "POL"),
        ("Union members marched in Paris.", "members", "Union members", None, "LAB"),
    ],
)
def test_phrase_normalises_to_country_and_sector(
    nlp: Language, sentence: str, head: str, text: str, country: str | None, sector: str | None
) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == head)
    actor = actor_for(token)
    assert (actor.text, actor.country) == (text, country)
    if sector is not None:
        assert actor.sector == sector
    assert actor.text == sentence[actor.start : actor.end]  # type: ignore[index]


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Soldiers clashed with an anti-government group.", "group"),
        ("A non-government group monitored the vote.", "group"),
        ("The national team lost.", "team"),
        ("Manila threatened to end its military alliance with Washington.", "alliance"),
        # backing a state body does not make one part of it
        ("Thousands of government supporters rallied.", "supporters"),
        ("Army loyalists stormed the palace.", "loyalists"),
        # troops moving are no political movement
        ("Poland shared intelligence on Russian troop movements.", "movements"),
    ],
)
def test_a_group_against_or_apart_from_a_kind_is_not_of_it(nlp: Language, sentence: str, head: str) -> None:
    assert actor_for(next(t for t in nlp(sentence) if t.text == head)).sector is None


def test_pronoun_takes_country_of_earlier_organisation(nlp: Language) -> None:
    doc = nlp("Hamas said it would talk. Later, in Cape Town, an official said they were ready.")
    they = next(t for t in doc if t.text == "they")
    assert actor_for(they).country == "PSE"


def test_lower_case_pronoun_is_not_the_united_states(nlp: Language) -> None:
    doc = nlp("They told us nothing.")
    assert actor_for(doc[2]).country is None


@pytest.mark.parametrize(
    ("sentence", "head", "country"),
    [
        ("The pro-Iranian Hezbollah group fired rockets.", "group", "LBN"),
        ("Iranian-backed Houthi rebels seized a ship.", "rebels", "YEM"),
        ("US-led forces struck the town.", "forces", "USA"),
        ("Opposition groups in Belarus called a strike.", "groups", "BLR"),
        ("Militants operating in Mali attacked a convoy.", "Militants", "MLI"),
        ("Thousands of students across Kenya staged protests.", "students", "KEN"),
        ("Doctors throughout Ghana went on strike.", "Doctors", "GHA"),
        ("Norway said it had expelled two diplomats.", "it", "NOR"),
        ("Iraqi officials said they would reopen the crossing.", "they", "IRQ"),
        ("Supporters of the Kenyan opposition blocked the roads.", "Supporters", "KEN"),
        ("The Kenyan interior minister announced that he would ban the rallies.", "he", "KEN"),
    ],
)
def test_country_from_context_of_the_phrase(nlp: Language, sentence: str, head: str, country: str) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == head)
    assert actor_for(token).country == country


def test_he_reported_by_a_body_is_not_the_body(nlp: Language) -> None:
    """'The Kenyan army said he was killed': he is someone the army speaks of, not the army."""
    doc = nlp("The Kenyan army said he was killed in a clash near the border.")
    token = next(t for t in doc if t.text == "he")
    assert actor_for(token).sector != "MIL"


def test_patron_country_is_not_the_actors_own_without_a_name(nlp: Language) -> None:
    doc = nlp("Syrian-backed militias shelled the camp.")
    token = next(t for t in doc if t.text == "militias")
    assert actor_for(token).country is None


def test_person_takes_country_of_titled_mention_elsewhere_in_article(nlp: Language) -> None:
    doc = nlp("Kenyan President William Ruto arrived in Addis Ababa on Monday. Ruto met the delegates.")
    later = [t for t in doc if t.text == "Ruto"][-1]
    assert actor_for(later).country == "KEN"


def test_he_in_a_reported_clause_is_the_named_speaker(nlp: Language) -> None:
    doc = nlp("Ghanaian President John Mahama arrived in Accra on Monday. Mahama announced that he will go.")
    assert actor_for(next(t for t in doc if t.text == "he")).country == "GHA"


def test_he_in_a_quote_put_first_is_not_the_speaker(nlp: Language) -> None:
    doc = nlp('"He must resign," the Kenyan minister said.')
    assert actor_for(next(t for t in doc if t.text == "He")).country is None


def test_ethnic_group_in_a_country_is_of_that_country(nlp: Language) -> None:
    doc = nlp("Ethnic Serbs in northern Kosovo blocked the roads.")
    head = next(t for t in doc if t.text == "Serbs")
    assert actor_for(head).country == "XKX"


def test_a_country_named_with_a_role_word_is_the_state(nlp: Language) -> None:
    doc = nlp("The Soviet Union sent troops.")
    assert normalise_tokens(list(doc[1:3])) == ("RUS", "GOV")


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Israel imposed restrictions on movement in the West Bank.", "movement"),  # motion, not a group
        ("The town was taken by force.", "force"),
        ("The government declared a state of emergency.", "state"),  # a condition, not the state
    ],
)
def test_role_noun_in_another_sense_is_no_party(nlp: Language, sentence: str, head: str) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == head)
    assert actor_for(token).sector is None


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        ("Tasnim Aslam, the foreign ministry spokeswoman, condemned the attack.", "Aslam"),
        ("Efe Obada condemned the attack.", "Obada"),
    ],
)
def test_a_news_agency_name_used_as_a_given_name_is_no_agency(nlp: Language, sentence: str, head: str) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == head)
    assert actor_for(token).sector != "MED"


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("Tigrayan forces", "ETH", "REB"),  # a people's forces are not the state's army
        ("Amhara militias", "ETH", "REB"),
        ("Ethiopian forces", "ETH", "MIL"),
        ("Darfuri refugees", "SDN", "CVL"),
    ],
)
def test_peoples_within_a_state_are_placed_in_it(nlp: Language, phrase: str, country: str, sector: str) -> None:
    doc = nlp(f"{phrase} were seen near the town on Monday.")
    actor = actor_for(doc[1], with_conjuncts=False)
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    ("sentence", "head", "text", "country", "sector"),
    [
        ("The International Committee of the Red Cross brokered the swap.", "Committee",
         "International Committee of the Red Cross", None, "NGO"),
        # the demonym inside an organisation's name places nothing
        ("The Organization of American States condemned the coup.", "Organization",
         "Organization of American States", None, "IGO"),
    ],
)
def test_an_organisation_is_its_whole_name(nlp: Language, sentence: str, head: str, text: str, country: str | None,
                                           sector: str) -> None:
    """"the International Committee of the Red Cross" was cut to "International Committee", which
    names no one the dictionary knows."""
    doc = nlp(sentence)
    actor = actor_for(next(t for t in doc if t.text == head))
    assert (actor.text, actor.country, actor.sector) == (text, country, sector)


def _actor(nlp: Language, sentence: str, head: str) -> tuple[str | None, str | None]:
    token = next(t for t in nlp(sentence) if t.text == head)
    actor = actor_for(token)
    return actor.country, actor.sector


def test_a_capitalised_title_before_a_name_gives_its_role(nlp: Language) -> None:
    """The tagger calls "President" a proper noun before a name; it is still the title."""
    assert _actor(nlp, "French President Jacques Chirac visited Algeria.", "Chirac") == ("FRA", "GOV")
    assert _actor(nlp, "Israeli Prime Minister Ehud Barak met Arafat.", "Barak") == ("ISR", "GOV")
    assert _actor(nlp, "General Motors cut jobs.", "Motors")[1] != "MIL"  # a name the word is part of
    assert _actor(nlp, "He consulted Attorney General Mark Herring.", "Herring")[1] != "MIL"
    convention = "The 1951 Refugee Convention obliges states to protect them."
    assert _actor(nlp, convention, "Convention")[1] is None  # no person's name follows the word


def test_historical_demonyms_name_their_successor_states(nlp: Language) -> None:
    assert _actor(nlp, "Yugoslav President Slobodan Milosevic rejected the plan.", "Milosevic")[0] == "SRB"
    assert _actor(nlp, "Soviet troops withdrew from the city.", "troops")[0] == "RUS"
    assert _actor(nlp, "Zairean soldiers looted the town.", "soldiers")[0] == "COD"


def test_a_person_label_stands_when_the_article_backs_it(nlp: Language) -> None:
    lone = nlp("A Russian missile hit a shopping centre in Kremenchuk.")
    assert [t.text for t in lone if is_lone_person_label(t)] == ["Kremenchuk"]
    named_twice = nlp("Erdogan met Putin in Sochi. Erdogan later flew home.")
    assert [t.text for t in named_twice if is_lone_person_label(t)] == ["Putin"]
    full_name = nlp("Senator Elizabeth Warren spoke on Monday.")
    assert not any(is_lone_person_label(t) for t in full_name)


@pytest.mark.parametrize(
    ("sentence", "head", "country", "sector"),
    [
        # leaders are known by name, with or without a title the tagger may not read as one
        ("Netanyahu rejected the proposal.", "Netanyahu", "ISR", "GOV"),
        ("Protesters called on President Ruto to resign.", "Ruto", "KEN", "GOV"),
        ("Vladimir Putin met the delegation.", "Putin", "RUS", "GOV"),
        ("Abdel Fattah al-Burhan flew to Cairo.", "Burhan", "SDN", "GOV"),
        ("Hemedti's fighters seized the town.", "fighters", "SDN", "REB"),
        ("Guterres called for a ceasefire.", "Guterres", None, "IGO"),
        # a name the dictionary leaves out as ambiguous stays unplaced
        ("Khan said the talks had failed.", "Khan", None, None),
    ],
)
def test_well_known_people_are_placed_by_name(nlp: Language, sentence: str, head: str, country: str | None,
                                               sector: str | None) -> None:
    assert _actor(nlp, sentence, head) == (country, sector)


def test_a_title_as_written_outranks_a_known_persons_later_office(nlp: Language) -> None:
    """The dictionary places the person; the title says what he was when the text was written."""
    assert _actor(nlp, "Police arrested opposition leader Ousmane Sonko in Dakar.", "Sonko") == ("SEN", "POL")


def test_a_known_persons_eyes_are_no_actor(nlp: Language) -> None:
    """Only a person's forces, aides, office or followers act for him, not his eyes or words."""
    assert _actor(nlp, "Obama's eyes welled with tears.", "eyes") == (None, None)
    assert _actor(nlp, "Hemedti's fighters seized the town.", "fighters")[0] == "SDN"


def test_the_one_urged_to_act_owns_its_forces(nlp: Language) -> None:
    from parley.extract.actors import owner_of
    doc = nlp("Egypt urged Israel to withdraw its forces from Rafah.")
    owner = owner_of(next(t for t in doc if t.text == "its"))
    assert owner is not None and owner.text == "Israel"


def test_an_of_phrase_names_a_country_only_as_a_whole(nlp: Language) -> None:
    """'of New Mexico' is a US state, not Mexico."""
    from parley.extract.actors import _named_country, load_actor_lexicon
    doc = nlp("Sen. Tom Udall of New Mexico supports the plan.")
    assert _named_country(next(t for t in doc if t.text == "Udall"), load_actor_lexicon()) is None


@pytest.mark.parametrize(
    ("sentence", "head", "country", "sector"),
    [
        # a person's name that holds a body's short name or a demonym is the person
        ("Kim Jong Un threatened Seoul.", "Un", "PRK", "GOV"),
        ("UN rights chief Volker Turk condemned the executions.", "Turk", None, "IGO"),
        # "military forces" are armed forces, not forces in a mass sense
        ("Russian military forces attacked the port.", "forces", "RUS", "MIL"),
        # a secretary-general holds no general's rank
        ("Secretary-General Antonio Guterres urged a ceasefire.", "Guterres", None, "IGO"),
        ("Lieutenant-General Ahmed Hassan led the assault.", "Hassan", None, "MIL"),
        # names written with or without their accents
        ("The Elysée condemned the strike.", "Elysée", "FRA", "GOV"),
        ("The Elysee condemned the strike.", "Elysee", "FRA", "GOV"),
    ],
)
def test_names_titles_and_accents(nlp: Language, sentence: str, head: str, country: str | None,
                                  sector: str | None) -> None:
    actor = actor_for(next(t for t in nlp(sentence) if t.text == head))
    assert (actor.country, actor.sector) == (country, sector)


def _target_country(nlp: Language, text: str, trigger: str) -> str | None:
    """The country of the target of the event ``trigger`` in ``text`` (a person or group hit at a place
    takes the place's country)."""
    events = [e for e in events_in(nlp, text) if e.text == trigger]
    assert events, f"no event {trigger!r} in {text!r}"
    return events[0].target.country if events[0].target is not None else None


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        # towns of 5,000 to 15,000 people, and news spellings GeoNames holds as alternate names
        ("Gunmen killed a teacher in Kupwara, police said.", "killed", "IND"),
        ("Suicide bombers killed 20 people in Konduga on Sunday.", "killed", "NGA"),
        ("Gunmen killed three villagers in Kalbajar.", "killed", "AZE"),
        ("Rebels killed 15 people near Bentiu.", "killed", "SSD"),
        ("Soldiers killed a man in Saada, a Houthi stronghold.", "killed", "YEM"),
        ("A drone strike killed people in Gondar, a city in Amhara.", "killed", "ETH"),
        ("Gunmen killed a priest near Axum, church officials said.", "killed", "ETH"),
        ("Turkish drones struck Qamishli, near the Iraqi border.", "struck", "SYR"),
        ("Russian troops shelled Orikhiv on Monday.", "shelled", "UKR"),
        # a province named after a river or sea: by its kind, or with a compass word
        ("Militiamen attacked cattle camps in Upper Nile, killing 30 people.", "killing", "SSD"),
        ("Gunmen killed 20 people in a village in White Nile state, activists said.", "killed", "SDN"),
        ("Gunmen kidnapped 12 people in Cross River state.", "kidnapped", "NGA"),
        # a province named with its kind is that country's, whatever the bare name is abroad
        ("Soldiers killed two rebels in Plateau state.", "killed", "NGA"),
        # the province or country the writer sets the town in
        ("Bandits killed 23 villagers in Maru, Zamfara state, police said.", "killed", "NGA"),
        ("Herders killed 40 people in Yelwata, Benue state, Amnesty said.", "killed", "NGA"),
        ("Insurgents killed 12 people in Muidumbe district, Cabo Delgado province.", "killed", "MOZ"),
        ("Gunmen killed three people in Tripoli, Lebanon, security sources said.", "killed", "LBN"),
        ("Police fired tear gas at protesters in Hyderabad, Sindh province.", "fired", "PAK"),
        ("Police shot a man in Salem, Oregon, on Friday.", "shot", "USA"),
        ("Fighting killed 10 civilians in Masisi, North Kivu province.", "killed", "COD"),
        # guards: a town alone keeps the gazetteer's reading; a person after the comma is no place
        ("Militias clashed in Tripoli, killing four fighters.", "killing", "LBY"),
        ("Police arrested 40 protesters in Hyderabad on Tuesday.", "arrested", "IND"),
        ("Gunmen killed seven people in Goma, Corneille Nangaa said.", "killed", "COD"),
        ("Gunmen killed two people in Tripoli, Hezbollah said.", "killed", "LBY"),
        ("Gunmen attacked a checkpoint in Musakhel, Balochistan.", "attacked", "PAK"),
        ("Police killed a suspect in Nyala, police spokesman Ali Mohamed said.", "killed", "SDN"),
        # a river, a sea or a compass-and-coast description names no country
        ("RSF fighters attacked villages in Blue Nile.", "attacked", None),
        ("Protesters clashed with police in the West Coast region.", "clashed", None),
    ],
)
def test_targets_take_the_country_of_small_towns_and_of_the_region_named_with_them(
        nlp: Language, sentence: str, trigger: str, country: str | None) -> None:
    assert _target_country(nlp, sentence, trigger) == country


@pytest.mark.parametrize("name", ["amal", "conley", "allard", "west coast region", "blue nile", "red sea"])
def test_place_gazetteer_leaves_out_parties_surnames_and_shared_features(name: str) -> None:
    assert name not in read_data("place_countries.json")["places"]
