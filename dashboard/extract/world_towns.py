"""Towns of the world and the ISO 3166-2 region each lies in, from a cited table.

``data/gazetteer/towns_world.csv`` lists GeoNames' towns of 15,000 people or more (Bekasi,
Port Sudan, Mykolaiv ...) with their first-level ISO 3166-2 region; it is made by
``scripts/build_world_towns.py`` and described, with its sources and licence (GeoNames, CC BY
4.0), in ``data/gazetteer/SOURCES.md``. A region is given only where the build found it
certain; towns it could not place are not in the table.

Many town names are also words or surnames ("Most", "Police", "Deal", "Bath", "Heredia"), so
a town is only ever looked for in the countries a text is about, which the caller says. A
spelling that fits towns in two regions of those countries gives the region of the most
populous when that town has at least ten times the people of the next, and nothing
otherwise. A text that names no country at all may still name a city: there a spelling is
looked for the world over, but only a city of CITY_SIZE people or more, and only with the same
tenfold lead. A town that bears a spelling as its own name outranks towns that only list it
among their other names ("Phoenix" is the Arizona city, though Warsaw is larger and GeoNames
lists "Phoenix City" among its names). Spellings meet on the gazetteer's normalised key
(``dashboard.gazetteer.normalise``), so "Port Sudan", "PORT SUDAN" and "Port-Sudan" are one;
a spelling in more words than the name it matches ("Kim Jong Suk" against "Kimjongsuk") is
not taken.

Pure: no Streamlit, no network. The table is read once per process.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from dashboard.gazetteer import DATA_DIR, normalise

WORLD_TOWNS_CSV = DATA_DIR / "towns_world.csv"
# the table's columns, as scripts/build_world_towns.py writes them
COLUMNS = (
    "name",
    "ascii_name",
    "alternate_names",
    "country",
    "iso_3166_2",
    "population",
    "geonameid",
)
CITY_SIZE = 200_000  # a city found in a text that names no country has this many people
DOMINANCE = 10  # the most populous region's town must have this many times the next one's

_WORD_SPLIT = re.compile(r"[\s\-‐‑–—]+")


@dataclass(frozen=True)
class WorldTown:
    name: str  # GeoNames' name
    ascii_name: str
    alternate_names: tuple[str, ...]
    country: str  # ISO 3166-1 alpha-2
    iso_3166_2: str
    population: int
    geonameid: int


def _word_count(spelling: str) -> int:
    return len([w for w in _WORD_SPLIT.split(spelling.strip()) if w])


@functools.lru_cache(maxsize=1)
def load_world_towns() -> tuple[WorldTown, ...]:
    """Every row of the table."""
    with WORLD_TOWNS_CSV.open(encoding="utf-8", newline="") as f:
        return tuple(
            WorldTown(
                name=row["name"],
                ascii_name=row["ascii_name"],
                alternate_names=tuple(a for a in row["alternate_names"].split("|") if a),
                country=row["country"],
                iso_3166_2=row["iso_3166_2"],
                population=int(row["population"]),
                geonameid=int(row["geonameid"]),
            )
            for row in csv.DictReader(f)
        )


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[tuple[WorldTown, int], ...]], frozenset[str]]:
    """One pass over every spelling: the index (normalised key -> (town, the most words of its
    spellings with that key), per town) and the keys of the spellings' first words ("port"
    for "Port Sudan")."""
    index: dict[str, dict[int, tuple[WorldTown, int]]] = {}
    first_words = set()
    for town in load_world_towns():
        for spelling in (town.name, town.ascii_name, *town.alternate_names):
            first = normalise(_WORD_SPLIT.split(spelling.strip(), maxsplit=1)[0])
            if first:
                first_words.add(first)
            key = normalise(spelling)
            if not key:
                continue
            words = _word_count(spelling)
            entries = index.setdefault(key, {})
            known = entries.get(town.geonameid)
            if known is None or words > known[1]:
                entries[town.geonameid] = (town, words)
    return (
        {key: tuple(entries.values()) for key, entries in index.items()},
        frozenset(first_words),
    )


def _index() -> dict[str, tuple[tuple[WorldTown, int], ...]]:
    return _tables()[0]


def _towns(spelling: str) -> list[WorldTown]:
    """The towns a spelling names, in any country."""
    if not isinstance(spelling, str) or not spelling.strip():
        return []
    words = _word_count(spelling)
    return [town for town, most in _index().get(normalise(spelling), ()) if words <= most]


def lookup_world_town(spelling: str, countries: set[str]) -> tuple[str, str, str] | None:
    """(ISO 3166-2 code, country, town name) for a town of one of ``countries`` (ISO 3166-1
    alpha-2 codes, the countries the text is about), or None.

    Towns of one region: that region. Towns of several: the most populous one's region when
    it has at least ten times the people of the most populous town of any other; else None."""
    wanted = {c.strip().upper() for c in countries if c}
    towns = [t for t in _towns(spelling) if t.country in wanted]
    return _settle(towns)


def lookup_world_city(spelling: str) -> tuple[str, str, str] | None:
    """(ISO 3166-2 code, country, town name) for a city of any country, for a text that names
    no country: only a city of CITY_SIZE people or more ("Stuttgart", "Samarkand"; a city that
    bears the spelling as its own name before one that only lists it among its other names,
    "Cologne" for Köln), and only when it has ten times the people of any other town so
    called."""
    towns = _by_own_name(spelling, _towns(spelling))
    if not towns or max(t.population for t in towns) < CITY_SIZE:
        return None
    return _settle(towns)


def _settle(towns: list[WorldTown]) -> tuple[str, str, str] | None:
    if not towns:
        return None
    best: dict[str, WorldTown] = {}  # region -> its most populous town of that spelling
    for town in towns:
        known = best.get(town.iso_3166_2)
        if known is None or (town.population, -town.geonameid) > (
            known.population,
            -known.geonameid,
        ):
            best[town.iso_3166_2] = town
    ranked = sorted(best.values(), key=lambda t: (-t.population, t.iso_3166_2))
    top = ranked[0]
    if len(ranked) > 1 and top.population < DOMINANCE * ranked[1].population:
        return None
    return top.iso_3166_2, top.country, top.name


@functools.lru_cache(maxsize=65536)
def may_begin_world_town(word: str) -> bool:
    """Some town's spelling begins with this word (a cheap test before trying the spans that
    begin with it)."""
    key = normalise(word)
    # ("Bayannur" is the whole of "Bayan Nur" in one word)
    return not key or key in _tables()[1] or key in _index()


@functools.lru_cache(maxsize=65536)
def has_world_town(spelling: str) -> bool:
    """Some town of the table has this spelling (a cheap test before the full look-up)."""
    return bool(spelling.strip()) and normalise(spelling) in _index()


def dominant_country(spelling: str, factor: float = DOMINANCE) -> str | None:
    """The country of the town of this spelling that has at least ``factor`` times the people
    of any other country's town so spelt ("LANDSHUT" is the Bavarian town, not Łańcut);
    None if none dominates."""
    towns = sorted(_by_own_name(spelling, _towns(spelling)), key=lambda t: -t.population)
    if not towns:
        return None
    if len(towns) > 1 and towns[0].country != towns[1].country:
        if towns[0].population < factor * towns[1].population:
            return None
    return towns[0].country


def _by_own_name(spelling: str, towns: list[WorldTown]) -> list[WorldTown]:
    """The towns that bear this spelling as their own name, when any does: "Phoenix" is the
    Arizona city, not Warsaw, which GeoNames also lists under that name among its others."""
    key = normalise(spelling)
    own = [t for t in towns if key in (normalise(t.name), normalise(t.ascii_name))]
    return own or towns


def world_town_countries(spelling: str) -> set[str]:
    """The countries that have a town of this spelling (empty if none)."""
    return {town.country for town in _towns(spelling)}
