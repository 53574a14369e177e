"""Place names to ISO 3166-2 codes.

The gazetteer knows every country and every ISO 3166-2 subdivision that pycountry lists, with
their names, and for North Korea every spelling people use for its provinces (the crosswalk in
``data/gazetteer/admin1_crosswalk.csv``) and its towns (GeoNames, Open Admin Data). A name is
resolved to a region or a place, or reported as ambiguous or unknown; it is never guessed.

Matching works on a normalised key (see :func:`normalise`): Unicode NFKC, case-folded, accents
dropped, apostrophes dropped, other punctuation and spaces ignored, and generic words such as
"Province", "-do", "-si", "City" dropped, so "Yanggang Province", "Ryanggang-do" and "량강도"
all meet KP-10. An exact key is a dict look-up; a misspelling is found by rapidfuzz.

No Streamlit here: the core and the command line use this module as it is.
"""

from __future__ import annotations

import csv
import functools
import gettext
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycountry
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, JaroWinkler

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
CROSSWALK_CSV = DATA_DIR / "admin1_crosswalk.csv"
GEONAMES_CSV = DATA_DIR / "places_geonames.csv"
OPEN_ADMIN_CSV = DATA_DIR / "admin_divisions_openadmindata.csv"

# Fuzzy score: the mean of rapidfuzz's InDel ratio (strict on short names) and Jaro-Winkler
# similarity (lenient with a swapped letter, "Hyesna"), both 0-100, on normalised keys.
FUZZY_CUTOFF = 88.0  # a fuzzy match below this is not taken
SUGGEST_CUTOFF = 70.0  # ... but above this it is offered as a suggestion
NEAR_TIE = 2.0  # two fuzzy matches this close are ambiguous
MAX_CANDIDATES = 8
MAX_SUGGESTIONS = 3

_CODE_RE = re.compile(r"[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?")

# The crosswalk columns that hold names ("|" and ";" separate several). Deliberately absent:
# iso_3166_2 (the key), gadm41_HASC_1 and geonames_admin1_code (other code systems) and
# open_admin_data_id_NOT_ISO (Open Admin Data's own ids: its KP01 is Ryanggang, not KP-01).
CROSSWALK_NAME_COLUMNS = (
    "name_en_common",
    "iso_3166_2_name_pycountry",
    "kctv_sheet_short_ko",
    "name_ko_dprk",
    "name_ko_rok",
    "geoboundaries_PRK_ADM1_shapeName",
    "gadm41_NAME_1",
    "gadm41_VARNAME_1",
    "stiles_divagis_NAME_1",
    "geonames_admin1_name_rg",
    "alt_spellings",
)

# English names for regions whose ISO name is in another language, where the English name is
# what users write (the Economist tracker, news reports). pycountry's own English catalogue
# (a few dozen names, e.g. Bayern -> Bavaria) is read as well.
ENGLISH_ALIASES: dict[str, tuple[str, ...]] = {
    # Italy
    "IT-21": ("Piedmont",),
    "IT-23": ("Aosta Valley", "Valle d'Aosta/Vallée d'Aoste"),
    "IT-25": ("Lombardy",),
    "IT-32": ("Trentino-South Tyrol",),
    "IT-52": ("Tuscany",),
    "IT-62": ("Latium",),
    "IT-75": ("Apulia",),
    "IT-82": ("Sicily",),
    "IT-88": ("Sardinia",),
    # Spain
    "ES-AN": ("Andalusia",),
    "ES-IB": ("Balearic Islands", "Balearics"),
    "ES-PV": ("Basque Country",),
    "ES-CN": ("Canary Islands",),
    "ES-CL": ("Castile and León", "Castile & León"),
    "ES-CM": ("Castile-La Mancha",),
    "ES-CT": ("Catalonia",),
    "ES-VC": ("Valencian Community",),
    "ES-NC": ("Navarre",),
    "ES-MD": ("Community of Madrid",),
    "ES-MC": ("Region of Murcia",),
    # France
    "FR-BRE": ("Brittany",),
    "FR-NOR": ("Normandy",),
    "FR-20R": ("Corsica",),
    "FR-BFC": ("Burgundy-Franche-Comté",),
    # Germany
    "DE-NW": ("North Rhine-Westphalia",),
    "DE-NI": ("Lower Saxony",),
    "DE-RP": ("Rhineland-Palatinate",),
    "DE-SN": ("Saxony",),
    "DE-ST": ("Saxony-Anhalt",),
    "DE-TH": ("Thuringia",),
    "DE-MV": ("Mecklenburg-Western Pomerania",),
    "DE-HE": ("Hesse",),
    # Chile
    "CL-MA": ("Magellan and Chilean Antarctica", "Magallanes y la Antártica Chilena"),
    "CL-RM": ("Santiago Metropolitan", "Santiago Metropolitan Region"),
    "CL-AI": ("Aysén", "General Carlos Ibáñez del Campo's Aysén"),
    "CL-LI": ("O'Higgins",),
    # others often written in English
    "RU-MOW": ("Moscow",),
    "RU-SPE": ("Saint Petersburg",),
    "CZ-10": ("Prague",),
    "AT-9": ("Vienna",),
    "KR-11": ("Seoul", "서울"),
    # South Korea's cities in Korean (the North's provinces come from the crosswalk)
    "KR-26": ("부산",),
    "KR-28": ("인천",),
    "KR-27": ("대구",),
    "KR-30": ("대전",),
    "KR-31": ("울산",),
    "KR-49": ("제주",),
    "SD-GZ": ("Al Jazirah", "Al-Jazirah", "Gezira"),
    # the North's neighbours in Korean
    "CN-JL": ("지린성", "길림성"),
    "CN-LN": ("랴오닝성", "료녕성"),
    "RU-PRI": ("연해주",),
}
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "KP": ("DPRK",),
    "GB": ("Great Britain", "Britain", "UK"),
    "US": ("USA", "United States of America"),
    "RU": ("Russia",),
    "TR": ("Turkey",),
    "MM": ("Burma",),
    "CI": ("Ivory Coast",),
    "CV": ("Cape Verde",),
    "SZ": ("Swaziland",),
    "VA": ("Vatican", "Vatican City"),
    "BN": ("Brunei",),
    "CD": ("DR Congo", "Democratic Republic of the Congo"),
    "MO": ("Macau",),
}


# ---- normalisation -------------------------------------------------------------------------

_APOSTROPHES = "'’‘`´ʼʻʹʽ′"
_LETTERS = str.maketrans(
    {
        **{c: "" for c in _APOSTROPHES},
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ŀ": "l",
    }
)
_SEPARATORS = re.compile(r"[\W_]+")

# Generic words dropped from the start or end of a name (as whole words, after the steps
# above; never when nothing would be left). The second item says whether the word names a
# province-like region: "Kogen-do" is the province, not the town Kōgen.
_SUFFIXES: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("special", "self", "governing", "province"), True),
    (("special", "self", "governing", "city"), False),
    (("special", "city"), False),
    (("metropolitan", "city"), False),
    (("city",), False),
    (("province",), True),
    (("prov",), True),
    (("region",), True),
    (("state",), True),
    (("county",), True),
    (("do",), True),  # Korean 도, province
    (("si",), False),  # Korean 시, city
    (("jikhalsi",), False),  # directly-governed city (DPRK)
    (("teukbyeolsi",), False),  # special city (ROK)
    (("gwangyeoksi",), False),  # metropolitan city (ROK)
    (("teukbyeoljachido",), True),  # special self-governing province (ROK)
    (("teukbyeoljachisi",), False),  # special self-governing city (ROK)
)
_PREFIXES: tuple[tuple[tuple[str, ...], bool], ...] = (
    (("the",), False),
    (("state", "of"), True),
    (("province", "of"), True),
    (("city", "of"), False),
    (("region", "of"), True),
    (("county",), True),
)
# Hangul endings: province, city and their longer forms (longest first).
_HANGUL_SUFFIXES = ("특별자치도", "특별자치시", "직할시", "특별시", "광역시", "도", "시")
_HANGUL_PROVINCE = ("특별자치도", "도")
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11  # initial consonants ㄹ ㄴ ㅇ
_IOTIZED = {2, 3, 6, 7, 12, 17, 20}  # vowels ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ


def _is_hangul(text: str) -> bool:
    return bool(text) and all(_HANGUL_FIRST <= ord(c) <= _HANGUL_LAST for c in text)


def _initial_sound(syllable: str) -> str:
    """The South Korean initial-sound rule (두음법칙), so 량강 and 양강, 라선 and 나선 meet."""
    index = ord(syllable) - _HANGUL_FIRST
    initial, rest = divmod(index, 21 * 28)
    vowel = rest // 28
    if initial == _RIEUL:
        initial = _IEUNG if vowel in _IOTIZED else _NIEUN
    elif initial == _NIEUN and vowel in _IOTIZED:
        initial = _IEUNG
    return chr(_HANGUL_FIRST + initial * 21 * 28 + rest)


def _hangul_word(word: str, last: bool) -> tuple[str, bool]:
    """The word with the initial-sound rule applied and, when ``last``, a 도/시 ending
    dropped; and whether the ending dropped was a province's."""
    province = False
    if last:
        for suffix in _HANGUL_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[: -len(suffix)]
                province = suffix in _HANGUL_PROVINCE
                break
    return _initial_sound(word[0]) + word[1:], province


def _drop_generic(tokens: list[str]) -> tuple[list[str], bool]:
    """The tokens without generic words at either end; and whether one was a province's."""
    province = False
    changed = True
    while changed:
        changed = False
        for affix, is_province in _SUFFIXES:
            n = len(affix)
            if len(tokens) > n and tuple(tokens[-n:]) == affix:
                tokens = tokens[:-n]
                province = province or is_province
                changed = True
        for affix, is_province in _PREFIXES:
            n = len(affix)
            if len(tokens) > n and tuple(tokens[:n]) == affix:
                tokens = tokens[n:]
                province = province or is_province
                changed = True
    return tokens, province


def _fold(text: str) -> str:
    """NFKC, case-folded, without accents or apostrophes (Hangul kept whole)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    return text


def normalise(name: str) -> str:
    """The matching key of a name: "Yanggang Province", "Yanggang-do" and "Yanggang" give
    "yanggang"; "량강도", "양강도" and "양강" give "양강"; "Hyesan City" gives "hyesan".

    Steps: NFKC; casefold; drop diacritics (ŏ -> o, é -> e) and apostrophes (’ ' `); split
    on spaces, hyphens and other punctuation; drop generic words at the end ("province",
    "prov.", "do", "si", "city", "special city", "region", "state", "county") or the start
    ("the", "state of", "province of", "city of", "county"); in Hangul drop 도/시 endings and
    apply the initial-sound rule (량 -> 양, 라 -> 나); join the words without spaces.
    """
    return _analyse(name)[0]


@functools.lru_cache(maxsize=65536)
def _analyse(name: str) -> tuple[str, bool]:
    """(key, whether a province word such as "Province" or "-do" was dropped)."""
    tokens = [t for t in _SEPARATORS.split(_fold(name)) if t]
    if not tokens:
        return "", False
    tokens, province = _drop_generic(tokens)
    if any(not t.isascii() for t in tokens):
        words = []
        for i, token in enumerate(tokens):
            if _is_hangul(token):
                token, dropped = _hangul_word(token, i == len(tokens) - 1)
                province = province or dropped
            words.append(token)
        tokens = words
    return "".join(tokens), province


_BRACKETS = re.compile(r"^(?P<base>.*?)\s*\[(?P<inner>[^\]]*)\]\s*$")
_PARENS = re.compile(r"^(?P<base>.*?)\s*\((?P<inner>[^)]*)\)\s*$")
_TRAILING_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}$")
_LIST_WORDS = re.compile(r"\b(?:and|y|et|und|e|&)\b")


def name_variants(name: str, additions: bool = False) -> list[str]:
    """The forms a written name stands for: itself; without a bracketed or parenthesised
    addition, and with ``additions`` (for ISO names) that addition too when it is a name
    ("Catalunya [Cataluña]" -> Catalunya, Cataluña; but "Gangwon (DPRK)" never gives
    "DPRK"); each side of " / "; an inverted name put right ("Madrid, Comunidad de" ->
    "Comunidad de Madrid", "Madrid")."""
    name = " ".join(name.split())
    if not name:
        return []
    out = [name]
    for pattern in (_BRACKETS, _PARENS):
        for text in list(out):
            m = pattern.match(text)
            if not m or not m["base"]:
                continue
            out.append(m["base"])
            inner = _TRAILING_CODE.sub("", m["inner"]).strip()
            if additions and inner and inner[0].isupper() and not re.search(r"\bEH\b", inner):
                out.append(inner)
    for text in list(out):
        if " / " in text:
            out.extend(part.strip() for part in text.split(" / ") if part.strip())
    for text in list(out):
        if text.count(", ") == 1:
            head, tail = text.split(", ")
            if len(tail.split()) <= 5 and not _LIST_WORDS.search(tail):
                out.append(f"{tail} {head}")
                if len(head) >= 3:
                    out.append(head)
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]


# ---- data classes --------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-2 ("KP-10") or, for a whole country, ISO 3166-1 alpha-2 ("KP")
    country: str  # ISO 3166-1 alpha-2
    name: str  # common English name ("Ryanggang"; elsewhere pycountry's name)
    level: str  # "country" or "subdivision"
    type: str  # pycountry subdivision type ("Province", ...), "Country" for countries
    parent: str | None  # parent subdivision code where pycountry has one

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class Place:
    name: str
    region_code: str
    country: str
    latitude: float | None
    longitude: float | None
    population: int | None
    geonameid: int | None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.region_code})"


@dataclass(frozen=True)
class Resolution:
    query: str
    status: str  # "region" | "place" | "ambiguous" | "unknown"
    region: Region | None  # for "place": the place's region
    place: Place | None
    candidates: tuple[str, ...]  # "Name (CODE)", best first, at most 8
    matched: str | None  # the gazetteer spelling that matched
    score: float  # 100 for exact/alias matches, the rapidfuzz score for fuzzy ones
    country: str | None = None  # the country the search was restricted to, if any

    @property
    def ok(self) -> bool:
        return self.status in ("region", "place")

    @property
    def fuzzy(self) -> bool:
        return self.score < 100

    def message(self) -> str:
        query = self.query.strip()
        where = f" in {self.country}" if self.country else ""
        if self.status == "unknown":
            if not query:
                return "empty place name"
            text = f'unknown place "{query}"{where}'
            if self.candidates:
                text += f"; did you mean {_or_list(self.candidates)}?"
            return text
        if self.status == "ambiguous":
            return f'"{query}" is ambiguous{where}: {", ".join(self.candidates)}; give the ISO code'
        assert self.region is not None
        if self.status == "place":
            assert self.place is not None
            target = f"{self.place.name}, a place in {self.region.label}"
        else:
            target = self.region.label
        if self.fuzzy:
            return (
                f'"{query}" is taken as {target}: the nearest known spelling is '
                f'"{self.matched}" (score {self.score:.0f})'
            )
        return f'"{query}" is {target}'


def _or_list(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} or {items[-1]}"


# ---- the gazetteer -------------------------------------------------------------------------

# An entity is a region (its code, a str) or a place (its index in Gazetteer._places, an int).
Entity = str | int


class Gazetteer:
    """Every country and ISO 3166-2 subdivision, the DPRK's towns, and their spellings."""

    def __init__(self, data_dir: Path = DATA_DIR):
        self._regions: dict[str, Region] = {}
        self._places: list[Place] = []
        self._names: dict[Entity, list[str]] = {}  # every spelling, first = primary
        self._primary: dict[Entity, str] = {}  # key of the primary name
        # key -> {entity: the spelling that gave the key}
        self._index: dict[str, dict[Entity, str]] = {}
        self._load_pycountry()
        self._load_crosswalk(data_dir / CROSSWALK_CSV.name)
        self._load_geonames(data_dir / GEONAMES_CSV.name)
        self._load_open_admin(data_dir / OPEN_ADMIN_CSV.name)
        self._build_choices()

    # -- building ---------------------------------------------------------------------------
    def _add_name(self, entity: Entity, name: str | None, iso: bool = False) -> None:
        """File a spelling (and its variants) under the entity; ``iso`` for pycountry's
        names, whose bracketed additions are names too."""
        if not name or not name.strip():
            return
        names = self._names.setdefault(entity, [])
        for variant in name_variants(name, additions=iso):
            if variant not in names:
                names.append(variant)
            key = normalise(variant)
            if key:
                self._index.setdefault(key, {}).setdefault(entity, variant)
                self._primary.setdefault(entity, key)

    def _load_pycountry(self) -> None:
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
            common = getattr(c, "common_name", None)
            self._regions[c.alpha_2] = Region(
                c.alpha_2, c.alpha_2, common or c.name, "country", "Country", None
            )
            for name in (common, c.name, getattr(c, "official_name", None)):
                self._add_name(c.alpha_2, name, iso=True)
            for name in COUNTRY_ALIASES.get(c.alpha_2, ()):
                self._add_name(c.alpha_2, name)
            self._add_name(c.alpha_2, c.alpha_3)
        english = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=["en"], fallback=True
        )
        for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
            self._regions[s.code] = Region(
                s.code, s.country_code, s.name, "subdivision", s.type, s.parent_code
            )
            self._add_name(s.code, s.name, iso=True)
            self._add_name(s.code, english.gettext(s.name), iso=True)
            for name in ENGLISH_ALIASES.get(s.code, ()):
                self._add_name(s.code, name)

    def _load_crosswalk(self, path: Path) -> None:
        """North Korea's provinces: common English name, and every spelling in the file."""
        for row in _read_csv(path):
            code = (row.get("iso_3166_2") or "").strip().upper()
            region = self._regions.get(code)
            if region is None:  # rows without an ISO code (Kumgangsan, Sinuiju SAR)
                continue
            common = (row.get("name_en_common") or "").strip()
            if common:
                self._regions[code] = Region(
                    region.code, region.country, common, region.level, region.type, region.parent
                )
                # the common English name becomes the primary spelling
                self._primary[code] = normalise(common)
                names = self._names.setdefault(code, [])
                if common in names:
                    names.remove(common)
                names.insert(0, common)
            for spelling in crosswalk_spellings(row):
                self._add_name(code, spelling)

    def _crosswalk_code(self, name: str) -> str | None:
        """The KP region a province name stands for, if exactly one."""
        hits = [e for e in self._index.get(normalise(name), {}) if isinstance(e, str)]
        hits = [e for e in hits if e.startswith("KP-")]
        return hits[0] if len(hits) == 1 else None

    def _new_place(self, place: Place, names: Iterable[str]) -> None:
        index = len(self._places)
        self._places.append(place)
        self._add_name(index, place.name)
        for name in names:
            self._add_name(index, name)

    def _load_geonames(self, path: Path) -> None:
        for row in _read_csv(path):
            code = row["iso_3166_2"].strip().upper()
            if code not in self._regions:
                continue
            population = _int(row.get("population"))
            place = Place(
                name=row["name"].strip(),
                region_code=code,
                country=self._regions[code].country,
                latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")),
                population=population or None,  # GeoNames writes 0 for "not known"
                geonameid=_int(row.get("geonameid")),
            )
            self._new_place(place, (row.get("alternatenames") or "").split("|"))

    def _load_open_admin(self, path: Path) -> None:
        """Open Admin Data: provinces (names only) and counties/cities (places).

        Its ids (KP01 ...) are its own, not ISO codes: rows are matched by English name."""
        for row in _read_csv(path, comment="#"):
            level = (row.get("level") or "").strip()
            names = [row.get("name.en") or "", row.get("name.local") or ""]
            if level == "1":
                code = self._crosswalk_code(names[0])
                if code:
                    for name in names:
                        self._add_name(code, name)
                continue
            if level != "2":
                continue
            code = self._crosswalk_code(row.get("parent.name.en") or "")
            if code is None:
                continue
            same = self._same_place(code, names)
            if same is not None:  # the town is in GeoNames already: keep that one
                for name in names:
                    self._add_name(same, name)
                continue
            place = Place(
                name=names[0].strip() or names[1].strip(),
                region_code=code,
                country="KP",
                latitude=_float(row.get("geo.lat")),
                longitude=_float(row.get("geo.lon")),
                population=None,
                geonameid=None,
            )
            self._new_place(place, names)

    def _same_place(self, code: str, names: list[str]) -> int | None:
        for name in names:
            for entity in self._index.get(normalise(name), {}):
                if isinstance(entity, int) and self._places[entity].region_code == code:
                    return entity
        return None

    def _build_choices(self) -> None:
        """The keys rapidfuzz searches: all of them, and those of each country."""
        self._choices: list[str] = list(self._index)
        by_country: dict[str, list[str]] = {}
        for key, entities in self._index.items():
            for country in {self._country(e) for e in entities}:
                by_country.setdefault(country, []).append(key)
        self._choices_by_country = by_country

    # -- look-ups ---------------------------------------------------------------------------
    def region(self, code: str) -> Region | None:
        """The region with this ISO 3166-2 (or 3166-1 alpha-2) code, any case."""
        return self._regions.get(code.strip().upper()) if code else None

    def regions(self, country: str | None = None) -> list[Region]:
        """Every country and every ISO 3166-2 subdivision; with ``country``, that country
        first and then its subdivisions."""
        if country is None:
            return list(self._regions.values())
        country = country.strip().upper()
        return [r for r in self._regions.values() if r.country == country]

    def places(self, country: str | None = None) -> list[Place]:
        if country is None:
            return list(self._places)
        country = country.strip().upper()
        return [p for p in self._places if p.country == country]

    def names(self, code: str) -> list[str]:
        """Every spelling known for a region (the label first); [] for an unknown code."""
        region = self.region(code)
        return list(self._names.get(region.code, [])) if region else []

    def label(self, code: str) -> str:
        """The region's name ("Ryanggang" for KP-10), or the code itself if unknown."""
        region = self.region(code)
        return region.name if region else code

    # -- resolving --------------------------------------------------------------------------
    def resolve(self, name: str, country: str | None = None, fuzzy: bool = True) -> Resolution:
        """A region or a place for a name or code; "ambiguous" or "unknown" otherwise.

        ``country`` (ISO 3166-1 alpha-2) restricts the search to that country; ``fuzzy``
        allows close misspellings (rapidfuzz) when no spelling matches exactly."""
        query = name if isinstance(name, str) else ""
        text = query.strip()
        country = country.strip().upper() if country else None
        if not text:
            return self._unknown(query, country)
        if _CODE_RE.fullmatch(text):
            region = self._regions.get(text.upper())
            if region is not None and (country is None or region.country == country):
                return self._found(query, country, region.code, region.code, 100.0)
        key, province = _analyse(text)
        matches = self._index.get(key, {})
        if country:
            matches = {e: s for e, s in matches.items() if self._country(e) == country}
        if province and any(isinstance(e, str) for e in matches):
            # "Kogen-do": the province (Kangwon), not the towns also called Kōgen
            matches = {e: s for e, s in matches.items() if isinstance(e, str)}
        if matches:
            entities = self._settle(list(matches), key)
            if len(entities) == 1:
                entity = entities[0]
                return self._found(query, country, entity, matches[entity], 100.0)
            return self._ambiguous(query, country, entities, matches[entities[0]], 100.0)
        if fuzzy and key:
            return self._fuzzy(query, key, country, province)
        return self._unknown(query, country)

    def _settle(self, entities: list[Entity], key: str | None = None) -> list[Entity]:
        """Collapse the entities one name matches, best first.

        One region and places inside it (a province and its capital of the same name):
        the region. Places all in one region, of which one bears the name as its own: that one.
        Otherwise all of them, which is an ambiguity for the caller."""
        entities = list(dict.fromkeys(entities))
        regions = [e for e in entities if isinstance(e, str)]
        places = [e for e in entities if isinstance(e, int)]
        if len(regions) == 1 and all(self._within(p, regions[0]) for p in places):
            return regions
        if not regions and places and key is not None:
            if len({self._places[p].region_code for p in places}) == 1:
                own = [p for p in places if self._primary.get(p) == key]
                if len(own) == 1:
                    return own
        return sorted(entities, key=self._rank)

    def _within(self, place: int, code: str) -> bool:
        p = self._places[place]
        if p.region_code == code or p.country == code:
            return True
        parent = self._regions[p.region_code].parent
        while parent:
            if parent == code:
                return True
            parent = self._regions[parent].parent if parent in self._regions else None
        return False

    def _rank(self, entity: Entity) -> tuple:
        if isinstance(entity, str):
            region = self._regions[entity]
            return (0 if region.level == "country" else 1, 0, region.code)
        place = self._places[entity]
        return (2, -(place.population or 0), place.region_code, place.name)

    def _country(self, entity: Entity) -> str:
        if isinstance(entity, str):
            return self._regions[entity].country
        return self._places[entity].country

    def _describe(self, entity: Entity) -> str:
        if isinstance(entity, str):
            return self._regions[entity].label
        return self._places[entity].label

    def _fuzzy(self, query: str, key: str, country: str | None, province: bool) -> Resolution:
        """Close spellings: taken when one entity clearly leads, else ambiguous or unknown."""
        choices = self._choices_by_country.get(country, []) if country else self._choices
        # InDel ratio first (fast, in C), as a floor for the mean with Jaro-Winkler
        floor = 2 * SUGGEST_CUTOFF - 100
        hits = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=floor, limit=None)
        edits = _allowed_edits(key)
        scored: dict[Entity, tuple[float, str]] = {}  # best score and spelling per entity
        close: set[Entity] = set()  # entities with a spelling a small misspelling away
        for choice, ratio, _ in hits:
            score = (ratio + 100 * JaroWinkler.normalized_similarity(key, choice)) / 2
            if score < SUGGEST_CUTOFF:
                continue
            is_close = score >= FUZZY_CUTOFF and OSA.distance(key, choice) <= edits
            for entity, spelling in self._index[choice].items():
                if country and self._country(entity) != country:
                    continue
                if entity not in scored or score > scored[entity][0]:
                    scored[entity] = (score, spelling)
                if is_close:
                    close.add(entity)
        if province and any(isinstance(e, str) for e in close):
            scored = {e: v for e, v in scored.items() if isinstance(e, str)}
        ranked = sorted(scored, key=lambda e: (-scored[e][0], self._rank(e)))
        taken = [e for e in ranked if e in close]
        if not taken:
            suggestions = _distinct([self._describe(e) for e in ranked])[:MAX_SUGGESTIONS]
            best = scored[ranked[0]][0] if ranked else 0.0
            return Resolution(query, "unknown", None, None, tuple(suggestions), None, best, country)
        top_score, top_spelling = scored[taken[0]]
        # anything as good (close or not) makes the choice ambiguous
        near = [e for e in ranked if scored[e][0] >= top_score - NEAR_TIE]
        settled = self._settle(near)
        if len(settled) == 1:
            entity = settled[0]
            return self._found(query, country, entity, scored[entity][1], scored[entity][0])
        rest = [e for e in taken if e not in settled]
        return self._ambiguous(query, country, settled + rest, top_spelling, top_score)

    def _found(
        self, query: str, country: str | None, entity: Entity, spelling: str, score: float
    ) -> Resolution:
        if isinstance(entity, str):
            region = self._regions[entity]
            return Resolution(query, "region", region, None, (), spelling, score, country)
        place = self._places[entity]
        region = self._regions[place.region_code]
        return Resolution(query, "place", region, place, (), spelling, score, country)

    def _ambiguous(
        self,
        query: str,
        country: str | None,
        entities: list[Entity],
        spelling: str,
        score: float,
    ) -> Resolution:
        candidates = _distinct([self._describe(e) for e in entities])[:MAX_CANDIDATES]
        return Resolution(
            query, "ambiguous", None, None, tuple(candidates), spelling, score, country
        )

    def _unknown(self, query: str, country: str | None) -> Resolution:
        return Resolution(query, "unknown", None, None, (), None, 0.0, country)


def _allowed_edits(key: str) -> int:
    """How many letters a misspelling may get wrong (OSA distance: a swap is one): none
    below 4 letters, one up to 7, then one more every 4 letters."""
    return 0 if len(key) < 4 else max(1, len(key) // 4)


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def crosswalk_spellings(row: dict[str, str]) -> list[str]:
    """Every spelling in one crosswalk row, from the name columns only.

    Several spellings in a cell are separated by "|" (GADM) or ";" (alternates). A cell in
    parentheses is a compiler's note whose first part is the name: "(Namp’o; rg_cities1000
    maps it to P'yongan-namdo)" gives Namp’o, and nothing else."""
    out: list[str] = []
    for column in CROSSWALK_NAME_COLUMNS:
        cell = (row.get(column) or "").strip()
        if not cell:
            continue
        if cell.startswith("(") and cell.endswith(")"):
            cell = re.split(r"[;,]", cell[1:-1], maxsplit=1)[0]
        for part in re.split(r"[|;]", cell):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _read_csv(path: Path, comment: str | None = None) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not (comment and line.startswith(comment)))
        return list(csv.DictReader(lines))


def _int(text: str | None) -> int | None:
    try:
        return int(float(text)) if text not in (None, "") else None
    except ValueError:
        return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer()


def resolve(name: str, country: str | None = None, fuzzy: bool = True) -> Resolution:
    """Resolve a place name or code with the shared gazetteer (see Gazetteer.resolve)."""
    return load_gazetteer().resolve(name, country=country, fuzzy=fuzzy)
