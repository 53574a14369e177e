"""Place mentions: capitalised word runs (and Hangul words) looked up in the gazetteer.

Candidates are runs of capitalised words, tried longest first, so "South Hamgyong Province"
wins over "South"; the look-up is exact (no fuzzy matching: a misspelt word in running text is
more often not a place at all) and cached per spelling. A name that fits several regions is
settled by the country the rest of the text is about; if it stays ambiguous it is left out.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from dashboard.extract.towns import lookup_town, preferred_region
from dashboard.extract.world_towns import (
    dominant_country,
    has_world_town,
    lookup_world_city,
    lookup_world_town,
    may_begin_world_town,
)
from dashboard.gazetteer import load_gazetteer, normalise

# A capitalised word (Latin script, with internal apostrophes, hyphens and accents), or a
# Hangul word. "Ryanggang-do", "P'yŏngyang", "Sinŭiju", "Bayan-Ölgii", "Ürümqi", "량강도"; "St."
# and "Mt." keep their point ("St. Petersburg", "Mt. Paektu").
_WORD = (
    r"(?:(?:St|Mt|Ft)\.|[A-ZÀ-ÖØ-ÞŞŠŽČĆŁŚŻŹĐ][\w’'ŏŭ]*(?:-[A-Za-zÀ-ÖØ-öø-ÿŞŠŽČĆŁŚŻŹĐ][\w’'ŏŭ]*)*"
    r"|[\uac00-\ud7a3]+"
    r"|(?:al|el|ez|az|ad|as|ash|ar|an|at|ed|es|ul|ud)-[A-Z][\w’'ŏŭ]*)"
)
# Romance particles inside a name ("Poços de Caldas", "Mato Grosso do Sul"): the words after
# one are the tail of a longer name, not a place of their own.
_PARTICLES = frozenset("de do da dos das del della di du es el al".split())
_CONNECTORS = frozenset({"of", "and"}) | _PARTICLES
_RUN = re.compile(
    rf"{_WORD}(?:[ ]+(?:of[ ]+|and[ ]+|(?:{'|'.join(sorted(_PARTICLES))})[ ]+)?{_WORD})*"
)
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
_HANGUL_PARTICLES = (
    "에서는",
    "에서",
    "으로",
    "에는",
    "에",
    "의",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "로",
)
MAX_WORDS = 4
# A short name ("Edo", "Ica") is a place only when an administrative word follows it, alone or
# at the end of a list of names: "Ondo, Edo and Bauchi states".
_ADMIN_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w'-]+)*\s*,?(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?\s+(?:states?|provinces?"
    r"|regions?|districts?|count(?:y|ies)|prefectures?|departments?|governorates?|oblasts?)\b"
)

# Capitalised words that are names of something else far more often than of a place.
_NOT_PLACES = frozenset(
    """the a an this that these those in on at of for and but or as it its he she they we
    meanwhile additionally however according also after before since while when where
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today yesterday
    central north south east west northern southern eastern western upper lower new
    who un is are was were image read day sun party people state ministry
    most many some all none several more each every both few other such only even
    neighbouring neighboring nearby adjacent remote rural coastal
    near outside inside around across from amid despite during through
    store drug national zaire""".split()
)


_COMPASS_WORDS = frozenset(
    "central northern southern eastern western north south east west".split()
)


# English forms of subdivision names that the gazetteer holds only in their romanised local
# form: Chinese provinces without "Sheng"/"Shi"/"Zizhiqu" ("Jilin" for "Jilin Sheng"),
# Russian krais and oblasts in English ("Primorsky Krai" for "Primorskiy kray", "Amur Oblast"
# for "Amurskaya oblast'"), French compass words in English ("North Kivu" for "Nord-Kivu").
_CN_GENERIC = re.compile(r"\s+(?:(?:Zhuangzu|Huizu|Uygur)\s+)?(?:Sheng|Shi|Zizhiqu|SAR)$")
_RU_KRAY = re.compile(r"^(?P<stem>[\w']+?)(?:skiy|skoy|iy|yy) kray$")
_RU_OBLAST = re.compile(r"^(?P<stem>[\w']+?)(?:skaya|skaja|aya) oblast'?$")
_COMPASS = {"Nord": "North", "Sud": "South", "Est": "East", "Ouest": "West", "Haut": "Upper",
            "Bas": "Lower"}  # fmt: skip
_COMPASS_RE = re.compile(r"^(Nord|Sud|Est|Ouest|Haut|Bas)-(\w.*)$")


@functools.lru_cache(maxsize=1)
def _english_forms() -> dict[str, tuple[str, str, str]]:
    """casefolded English form -> (region code, country, gazetteer name)."""
    forms: dict[str, tuple[str, str, str]] = {}

    def add(form: str, region) -> None:
        forms.setdefault(
            form.replace("'", "").casefold(), (region.code, region.country, region.name)
        )

    for region in load_gazetteer().regions():
        if region.level == "country":
            continue
        name = region.name
        if region.country == "CN":
            short = _CN_GENERIC.sub("", name)
            if short != name:
                add(short, region)
                add(f"{short} Province", region)
        elif region.country == "RU":
            kray, oblast = _RU_KRAY.match(name), _RU_OBLAST.match(name)
            if kray:
                stem = kray["stem"].replace("'", "")
                for base in (stem, f"{stem}sk", f"{stem}sky", f"{stem}skiy", f"{stem}skii"):
                    for generic in ("Krai", "Kray", "Territory"):
                        add(f"{base} {generic}", region)
            if oblast:
                stem = oblast["stem"].replace("'", "")
                for base in (stem, f"{stem}sk"):
                    for generic in ("Oblast", "Region"):
                        add(f"{base} {generic}", region)
        if name.endswith(" oblysy"):
            # Kazakhstan's regions: "Türkistan oblysy" is Turkistan region
            stem = name[: -len(" oblysy")]
            folded = "".join(
                c for c in unicodedata.normalize("NFKD", stem) if not unicodedata.combining(c)
            )
            for base in {stem, folded}:
                add(base, region)
                for generic in ("Region", "Oblast"):
                    add(f"{base} {generic}", region)
        compass = _COMPASS_RE.match(name)
        if compass:
            add(f"{_COMPASS[compass[1]]} {compass[2]}", region)
        if region.country == "MN":
            for form in _mongolian_forms(name):
                add(form, region)
                add(f"{form} Province", region)
                add(f"{form} aimag", region)
    return forms


def _mongolian_forms(name: str) -> set[str]:
    """The English spellings of a Mongolian province from its ISO name: "Hovd" is Khovd,
    "Bayan-Ölgiy" is Bayan-Ölgii or Bayan-Ulgii, "Dzavhan" is Zavkhan, "Dundgovĭ" is Dundgovi."""
    base = name.replace("ĭ", "i").replace("h", "kh").replace("H", "Kh")
    base = re.sub(r"(?<=[ai])y\b", "i", base)  # "Arhangay" → "Arkhangai", "Hentiy" → "Khentii"
    base = re.sub(r"^Dz", "Z", base)
    plain = "".join(c for c in unicodedata.normalize("NFKD", base) if not unicodedata.combining(c))
    as_u = base.translate(str.maketrans("öüÖÜ", "uuUU"))
    return {base, plain, as_u, base.replace(" ", "-"), as_u.replace(" ", "-")} - {name}


@functools.lru_cache(maxsize=65536)
def _lookup(
    name: str, country: str | None, common_word: bool = False
) -> tuple[str, str | None, str | None, str] | None:
    """(status, region code, country, gazetteer name) for an exact spelling, or None.
    ``common_word`` lets through a word that is usually not a place ("Central" before
    "provinces")."""
    folded = name.casefold()
    if folded in _NOT_PLACES and not common_word:
        return None
    if not common_word and not _core(name):
        return None  # "The West", "North and South": common words only
    if len(name) <= 3 and name.isascii() and name not in ("US", "UK", "USA", "ROK"):
        return None  # ISO codes ("IT", "No", "Mar") and acronyms are words, not places, in prose
    if name == "ROK":
        name = "South Korea"
    preferred = preferred_region(name)
    if preferred and (country is None or preferred[1] == country):
        return ("place", *preferred)
    resolution = load_gazetteer().resolve(name, country=country, fuzzy=False)
    if resolution.status == "unknown":
        english = _english_forms().get(name.replace("'", "").casefold())
        if english and (country is None or english[1] == country):
            return ("region", *english)
    if resolution.status == "ambiguous":
        country_named = [c for c in resolution.candidates if _COUNTRY_CANDIDATE.fullmatch(c)]
        if len(country_named) == 1 and (
            name.casefold() == country_named[0].rsplit(" (", 1)[0].casefold()
        ):
            # "Mexico" is the country, not the State of México nor Mexico City: a country's
            # own name
            code = _COUNTRY_CANDIDATE.fullmatch(country_named[0]).group(1)
            return ("region", None, code, name)
    if resolution.status in ("unknown", "ambiguous"):
        town = lookup_town(name)  # towns the gazetteer lacks: Kimchaek, Dandong, Geneva
        if town and (country is None or town[1] == country):
            return ("place", *town)
    if resolution.status == "ambiguous":
        return ("ambiguous", None, None, name)
    if not resolution.ok:
        return None
    region = resolution.region
    assert region is not None
    matched = resolution.matched or name
    extra = matched.split()[len(name.split()) :]
    if (
        region.country != "KP"
        and extra
        and extra != ["City"]
        and _letters(matched) != _letters(name)
    ):
        # "Free" is Free State only after dropping "State": in prose it is the word "free".
        # A city stands without "City" ("Nairobi" for Nairobi City), and a name may be
        # written in one word ("Hanoi" for Hà Nội). North Korea's spellings are curated, so
        # "Yanggang" for Yanggang Province stands.
        town = lookup_town(name)
        return ("place", *town) if town and (country is None or town[1] == country) else None
    if resolution.place is not None:
        return ("place", region.code, region.country, resolution.place.name)
    if region.level == "country":
        return ("region", None, region.country, region.name)
    return ("region", region.code, region.country, region.name)


@functools.lru_cache(maxsize=4096)
def _lookup_short(name: str) -> tuple[str, str | None, str | None, str] | None:
    if name.casefold() in _NOT_PLACES:
        return None
    resolution = load_gazetteer().resolve(name, fuzzy=False)
    if resolution.status != "region" or resolution.region is None:
        return None
    region = resolution.region
    if region.level == "country":
        return None
    return ("region", region.code, region.country, region.name)


_COUNTRY_CANDIDATE = re.compile(r".+ \(([A-Z]{2})\)")
# A generic word after a name: "Sverdlovsk region", "Taiz Governorate", "Washington state".
_GENERIC_AFTER = re.compile(
    r"[ ]+((?i:regions?|provinces?|oblast|governorates?|count(?:y|ies)|prefectures?|states?"
    r"|districts?|kra[iy]|territory|departments?|municipality|divisions?|cantons?|emirates?))\b"
)
# A name listed before others that share a generic word: "Gambella, Amhara and Oromia
# regions", "Al-Qassim and Hail regions"
_LISTED_BEFORE_GENERIC = re.compile(
    r"(?:,\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)*,?\s+(?:and|or)\s+"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+(?:regions|provinces|states|governorates"
    r"|oblasts|districts|counties|prefectures|departments)\b"
)
# Words for units below a province: "Yonggwang county" is the county around the town, in the
# town's province, not a province of its own.
_BELOW_FIRST_LEVEL = frozenset("county counties district districts municipality".split())
# Arabic articles and generic words, left out of a name's sound.
_SOUND_DROP = frozenset(
    """al el ar as ash at ad an az ed es ez the of governorate province region oblast oblast
    kray krai state county district muhafazat respublika republic territory department""".split()
)
_ADJECTIVE_END = re.compile(r"(?:sk(?:aya|aja|iy|yy|oy|ij|ii|a|y)?|aya|iy|yy)$")
_SILENT = re.compile(r"[aeiouyhw]")
_DOUBLED = re.compile(r"(.)\1+")


def _sound(name: str) -> str:
    """A rough sound key for transliterated names: accents, apostrophes, Arabic articles and
    generic words dropped, Slavic adjective endings cut, then the first letter and the
    consonants after it, doubled ones once: "Hodeidah" and "Al Ḩudaydah" give "hd", "Taiz"
    and "Ta'izz" give "tz", "Kharkiv" and "Kharkivska oblast" give "krkv"."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if c.isascii() and (c.isalpha() or c in " -"))
    words = [w for w in re.split(r"[ -]+", folded) if w and w not in _SOUND_DROP]
    joined = _ADJECTIVE_END.sub("", "".join(words)) or "".join(words)
    if len(joined) < 3:
        return ""
    return _DOUBLED.sub(r"\1", joined[0] + _SILENT.sub("", joined[1:]))


@functools.lru_cache(maxsize=256)
def _sounds(country: str) -> dict[str, set[str]]:
    """sound key -> region codes, for the subdivisions of one country."""
    gazetteer = load_gazetteer()
    out: dict[str, set[str]] = {}
    for region in gazetteer.regions(country):
        if region.level == "country":
            continue
        for name in gazetteer.names(region.code):
            key = _sound(name)
            if len(key) >= 2:
                out.setdefault(key, set()).add(region.code)
    return out


def _settle_by_sound(name: str, countries: list[str]) -> tuple[str, str | None, str, str] | None:
    """The one subdivision of the text's countries that sounds like ``name``, if exactly one."""
    key = _sound(name)
    if len(key) < 2:
        return None
    codes = {(code, c) for c in countries for code in _sounds(c).get(key, ())}
    if len(codes) != 1:
        return None
    ((code, country),) = codes
    region = load_gazetteer().region(code)
    return ("region", code, country, region.name if region else name)


_NOT_SOUNDED = re.compile(r"\band\b|['’]s\b")


def _letters(name: str) -> str:
    """The name's letters, case-folded and without accents: "Hà Nội" gives "hanoi"."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in folded if c.isalnum())


def _core(form: str) -> str:
    """The name without common words ("The AND" gives "AND")."""
    return " ".join(w for w in form.split() if w.casefold() not in _NOT_PLACES)


def _is_town(hit: tuple, form: str) -> bool:
    """The look-up found a town of the towns table (not a gazetteer region or place)."""
    return hit[0] == "place" and lookup_town(form) is not None


_NON_SPACE = re.compile(r"\S+")


def _words(run: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _NON_SPACE.finditer(run)]


_POSSESSIVE = re.compile(r"['’]s?$")


def _name_word(word: str) -> bool:
    """A capitalised word that may be part of a longer proper name (not "of", "In", "The")."""
    bare = _POSSESSIVE.sub("", word.casefold())
    # ("Southern Plains", "North Kivu": a compass word begins a longer name)
    return word not in _CONNECTORS and (bare not in _NOT_PLACES or bare in _COMPASS_WORDS)


def _forms_found(word: str) -> bool:
    return any(_lookup(form, None) is not None for form in _forms(word))


def _runs(text: str) -> list[list[tuple[str, int, int]]]:
    """The words (word, start, end) of each capitalised run of the text."""
    return [_words(run.group(), run.start()) for run in _RUN.finditer(text)]


def _candidates(text: str, runs: list[list[tuple[str, int, int]]]):
    """(start, end, spelling, look-up) of the longest gazetteer hit in each capitalised run."""
    for words in runs:
        i = 0
        last_end = -1
        while i < len(words):
            if words[i][0] in _CONNECTORS or (i and words[i - 1][0] in _PARTICLES):
                i += 1
                continue
            found = unsettled = None
            for j in range(min(len(words), i + MAX_WORDS), i, -1):
                if words[j - 1][0] in _CONNECTORS:
                    continue
                start, end = words[i][1], words[j - 1][2]
                spelling = text[start:end]
                for form in _forms(spelling):
                    form_end = start + len(form)
                    generic = _GENERIC_AFTER.match(text, form_end)
                    if generic and generic[1].islower() and len(_core(form)) > 3:
                        # "the Sverdlovsk region", "Washington state": the name with its word
                        with_word = f"{form} {generic[1].title()}"
                        hit = _lookup(with_word, None)
                        if hit is not None:
                            found = (start, generic.end(), with_word, hit, j)
                            break
                    hit = _lookup(form, None)
                    if hit is None and len(form) <= 3 and form.istitle():
                        if _ADMIN_AFTER.match(text, end):
                            hit = _lookup_short(form)
                    if hit is None and form.casefold() in _COMPASS_WORDS and form == spelling:
                        # (not "the North's state media": North Korea's)
                        if _ADMIN_AFTER.match(text, end):
                            # "Central and Copperbelt provinces", "Northern region"
                            hit = _lookup(form, None, common_word=True)
                    if (
                        (generic or (hit is None and _LISTED_BEFORE_GENERIC.match(text, form_end)))
                        and len(form) > 3
                        and not _NOT_SOUNDED.search(form)
                        and not any(w.casefold() in _NOT_PLACES for w in form.split())
                    ):
                        # "Hodeidah governorate": a subdivision spelt otherwise than in the
                        # gazetteer, settled by sound once the text's countries are known
                        # (unless a shorter name is found); "Sanaa governorate" is the
                        # governorate, not the city Sanaa, when one sounds so.
                        if hit is None and unsettled is None:
                            unsettled = (start, form_end, form, ("unsettled", None, None, form), j)
                        elif (
                            hit is not None
                            and generic
                            and _is_town(hit, form)
                            and generic[1].lower() not in _BELOW_FIRST_LEVEL
                        ):
                            hit = ("unsettled", hit[1], hit[2], form)
                    if hit is not None:
                        found = (start, form_end, form, hit, j)
                        break
                if found:
                    break
            found = found or unsettled
            if found:
                # a name inside a longer name: "Cayetano Heredia University" (not "In
                # Pyongyang", "Mozambique's Nampula province")
                before = i > 0 and _name_word(words[i - 1][0]) and words[i - 1][2] != last_end
                after = found[4] < len(words) and _name_word(words[found[4]][0])
                after = after and not _GENERIC_AFTER.match(" " + words[found[4]][0])
                after = after and not _forms_found(words[found[4]][0])
                yield (*found[:4], before or after)
                last_end = found[1]
                i = found[4]
            else:
                i += 1


_BASED = ("-based", "-born", "-headquartered", "-registered")


def _forms(spelling: str) -> list[str]:
    """The spelling, and for a Hangul word the word without a trailing particle."""
    spelling = spelling.rstrip("’'")
    if spelling.endswith(("’s", "'s")):
        return [spelling[:-2]]
    if spelling.endswith(_BASED):
        return [spelling.rsplit("-", 1)[0]]  # "a Seoul-based researcher"
    if _HANGUL.match(spelling):
        forms = [spelling]
        forms += [spelling[: -len(p)] for p in _HANGUL_PARTICLES if spelling.endswith(p)]
        return [f for f in forms if len(f) >= 2]
    return [spelling]


# "central Washington", or "Washington" in a report on Yakima or Seattle: the state, not the
# capital (unless "D.C." follows; "Washington state" named before does not settle it)
_COMPASS_BEFORE = re.compile(r"\b(?:central|eastern|western|northern|southern)\s+$", re.I)
_DC_AFTER = re.compile(r",?\s+D\.?C\b")


def _washington_state(text: str, places: list[dict]) -> list[dict]:
    capital = [p for p in places if p["text"] == "Washington" and p["region"] == "US-DC"]
    if not capital:
        return places
    in_the_state = any(
        p["region"] == "US-WA" and not p["text"].startswith("Washington") for p in places
    )
    for p in capital:
        if not _DC_AFTER.match(text, p["end"]) and (
            in_the_state or _COMPASS_BEFORE.search(text, max(0, p["start"] - 10), p["start"])
        ):
            p["region"], p["name"] = "US-WA", "Washington"
    return places


# an initial before a capitalised word makes it a surname ("posted by J. Harrow"; not "U.S.")
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.\s+$")


# "Pohang district" in a report on Chongjin: the city's district, not South Korea's Pohang
_CHONGJIN_DISTRICT = re.compile(r"\s+(?:district|ward)\b|-guyok\b|\s*구역")


def _chongjin_pohang(text: str, places: list[dict]) -> list[dict]:
    """Pohang named in a report on North Korea, as a district or beside Chongjin, is the
    Chongjin district (North Hamgyong)."""
    for p in places:
        if (
            p["region"] == "KR-47"
            and p["text"].startswith("Pohang")
            and (_CHONGJIN_DISTRICT.match(text, p["end"]) or "Chongjin" in text)
            and any(q["country"] == "KP" for q in places)
        ):
            p.update(region="KP-09", country="KP", name="North Hamgyong")
    return places


def extract_places(text: str) -> list[dict]:
    """Every place mention: {"text", "name", "region", "country", "start", "end"}."""
    runs = _runs(text)
    hits = list(_candidates(text, runs))
    countries: dict[str, int] = {}
    seen: set[tuple[str, str]] = set()
    for _, _, spelling, found, _ in hits:
        if found and found[0] not in ("ambiguous", "unsettled") and found[2]:
            # (one name written twice, "BOA VISTA" and "Boa Vista", counts once)
            key = (found[2], spelling.casefold())
            if key not in seen:
                seen.add(key)
                countries[found[2]] = countries.get(found[2], 0) + 1
    main_country = max(countries, key=countries.get) if countries else None
    places = []
    for start, end, spelling, found, inside_name in hits:
        if found and found[0] == "ambiguous" and _SOUTH_SPELLING.match(spelling):
            # "Gangwon" is South Korea's spelling; the North's province is written "Kangwon"
            north = _NORTH_BEFORE.search(text, max(0, start - 30), start)
            found = _lookup(spelling, "KP" if north else "KR", common_word=True)
        elif found and found[0] == "ambiguous" and main_country:
            # (only a spelling let through as a candidate comes back ambiguous)
            found = _lookup(spelling, main_country, common_word=True)
        elif found and found[0] == "unsettled":
            town = ("place", found[1], found[2], spelling) if found[1] else None
            found = _settle_by_sound(spelling, sorted(countries)) or town
        if (
            found
            and found[1]
            and main_country
            and found[2] != main_country
            and countries.get(found[2], 0) <= 1
        ):
            # "JALALABAD" in a report on Afghanistan: the Afghan town, not Kyrgyzstan's
            # Jalal-Abad region (which nothing else in the text points to)
            town = lookup_world_town(spelling, {main_country})
            if town is not None and normalise(town[2]) == normalise(spelling):
                # (only a town that bears the name as its own: "Kaesong" in a report mostly
                # on South Korea is still Kaesong, not Koesan, which GeoNames also spells so)
                found = ("place", *town)
        if not found or found[0] == "ambiguous":
            continue
        _, region, country, name = found
        if (
            inside_name
            and country != main_country
            and countries.get(country, 0) <= 1
            and not _HANGUL.match(spelling)  # ("서울의": a Korean name takes its particle)
        ):
            continue  # part of a longer name, abroad, the only word of its country
        if _INITIAL_BEFORE.search(text, max(0, start - 4), start):
            continue  # "posted by J. Harrow": a surname after an initial
        if spelling.casefold() in _FEATURE_WORDS:
            continue  # "the Amnok (Yalu) River": a river, not the town named River
        places.append(_place(text, start, end, name, region, country))
    # the countries of the places kept, and of a dateline town ("BEKASI, West Java —")
    kept_countries = {p["country"] for p in places if p["country"]}
    kept_countries |= _dateline_country(text)
    taken = [(p["start"], p["end"]) for p in places]
    towns = list(_world_towns(text, taken, kept_countries, runs))
    if towns:
        spans = [(t["start"], t["end"]) for t in towns]
        places = [p for p in places if not any(s <= p["start"] and p["end"] <= e for s, e in spans)]
        places = sorted(places + towns, key=lambda p: p["start"])
    places = _drop_contradicted(text, places)
    places = sorted(places + _paired_and_listed(text, places), key=lambda p: p["start"])
    places = _chongjin_pohang(text, _washington_state(text, places))
    surnames = {m.group(1) for m in _KOREAN_FULL_NAME.finditer(text)}
    # "Pyongyang's Hwasong area": a part of the city before, not a town of the same name
    city_ends = {p["end"] for p in places if p["region"]}
    return [
        _first_level(p)
        for p in places
        if not _PATHOGEN_AFTER.match(text, p["end"])
        and not _surname_speaking(text, p)
        and not _FEATURE_AFTER.match(text, p["end"])
        and not _NOT_A_PLACE_AFTER.match(text, p["end"])
        and not (
            _PART_OF_CITY_AFTER.match(text, p["end"])
            and text.startswith(("'s ", "’s "), p["start"] - 3)
            and p["start"] - 3 in city_ends
        )
        and not (_OBJECT_AFTER.match(text, p["end"]) and _sentence_start(text, p["start"]))
        and not (p["text"] in _RIVERS and text.endswith("the ", 0, p["start"]))
        # ("the pro-Pyongyang newspaper": no place meant; writers do count the place of "the
        # University of Baghdad")
        and not _NAME_OF_BEFORE.search(text, max(0, p["start"] - 20), p["start"])
        # 'Kang, who now lives near Incheon' in a text that named "Kang Mi-ok": one word of a
        # place that begins a Korean-style full name in the text is her surname
        and not (p["text"] in surnames and p["text"] not in _SEATS_OF_GOVERNMENT)
        # "Dr Amara Sesay", "Mr. Bolivar Quispe": a person's name after an honorific
        and not (
            _HONORIFIC_BEFORE.search(text, max(0, p["start"] - 12), p["start"])
            and _NAME_WORD_AFTER.match(text, p["end"])
        )
        # "Dr. Rosa Elena Mendoza": the last of a person's names after an honorific
        and not _NAMED_AFTER_HONORIFIC.search(text, max(0, p["start"] - 40), p["start"])
    ]


# Countries whose ISO 3166-2 list holds a second level under the first, where the region of a
# district is its division: Bangladesh's districts are in divisions ("Cox's Bazar" is in
# Chattogram, BD-B), Spain's provinces in autonomous communities (Barcelona, ES-CT)
_SECOND_LEVEL = {"BD": "District", "ES": "Province"}
# a capital with a code of its own beside its region's: Lima the city (PE-LMA), not the Lima
# region around it (PE-LIM)
_CITY_CODE = {"PE-LIM": ("Lima", "PE-LMA")}


# Hong Kong and Macau, countries of their own in ISO 3166-1, are China's special regions in
# ISO 3166-2 (CN-HK, CN-MO), and written as such
_SPECIAL_REGIONS = {"HK": "CN-HK", "MO": "CN-MO"}


def _first_level(place: dict) -> dict:
    code = place["region"]
    if code is None:
        special = _SPECIAL_REGIONS.get(place["country"] or "")
        return {**place, "region": special, "country": "CN"} if special else place
    city = _CITY_CODE.get(code)
    if city is not None and place["text"] == city[0]:
        return {**place, "region": city[1]}
    kind = _SECOND_LEVEL.get(place["country"] or "")
    if kind is not None:
        region = load_gazetteer().region(code)
        if region is not None and region.type == kind and region.parent:
            parent = region.parent if "-" in region.parent else f"{region.country}-{region.parent}"
            return {**place, "region": parent}
    return place


_HONORIFIC = r"\b(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+"
_HONORIFIC_BEFORE = re.compile(_HONORIFIC + "$")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NAMED_AFTER_HONORIFIC = re.compile(_HONORIFIC + r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+){1,3}$")


# "Nanping in China's Jilin Province", "the Santa Rosa hospital in Piura": the place after "in"
# says where the one before it is
_IN_PLACE = re.compile(
    r",?\s+(?:(?:hospital|clinic)\s+)?in\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)(?:'s|’s)\s+)?"
)


def _drop_contradicted(text: str, places: list[dict]) -> list[dict]:
    """A town said to be in a place of another region is another town of its name (Nanping,
    Fujian, is not the Nanping of Jilin), and so is a region of another country (the Santa Rosa
    of Guatemala is not in Piura): it is dropped. A city that is a region of its own stays
    ("Nampo in South Pyongan Province": the province it was carved from)."""
    out = []
    for i, p in enumerate(places):
        # (the next place with a region: "in China's Jilin Province" passes over "China")
        q = next((n for n in places[i + 1 : i + 3] if n["region"]), None)
        if (
            q is not None
            and p["region"]
            and q["region"]
            and p["region"] != q["region"]
            and _IN_PLACE.fullmatch(text, p["end"], q["start"])
            and (p["country"] != q["country"] or not _is_region(p))
        ):
            continue
        out.append(p)
    return out


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \"“‘'")
    return start == 0 or before == "" or before[-1] in ".!?\n"


def _is_region(place: dict) -> bool:
    """The place is a first-level region by its own name ("Nampo", "Rason"), not a town."""
    found = _lookup(place["text"], place["country"], common_word=True)
    return found is not None and found[0] == "region"


_NAME_OF_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE)
# "North and South Hwanghae provinces", "South and North Kivu": the first shares the name
_PAIRED_BEFORE = re.compile(r"\b(?P<first>(?-i:North|South|East|West|Upper|Lower))\s+and\s+$")
# "Ondo, Edo, Bauchi and Benue States": a name of three letters, listed between places
_SHORT_LISTED = re.compile(r"(?<=, )(?-i:[A-Z][a-z]{2})(?=,\s| and\s)")


def _paired_and_listed(text: str, places: list[dict]) -> list[dict]:
    """The regions a list names without writing them out whole: "North" in "North and South
    Hwanghae", and names of three letters ("Edo") between places of the same country."""
    out = []
    for p in places:
        words = p["text"].split(None, 1)
        if p["region"] and len(words) == 2 and words[0] in _COMPASS_PAIRS:
            paired = _PAIRED_BEFORE.search(text, max(0, p["start"] - 20), p["start"])
            if paired and paired.group("first") == _COMPASS_PAIRS[words[0]]:
                found = _lookup(f"{paired.group('first')} {words[1]}", p["country"])
                if found and found[1] and found[1] != p["region"]:
                    _, region, country, name = found
                    out.append(_place(text, *paired.span("first"), name, region, country))
    ends = {p["end"]: p for p in places if p["region"]}
    starts = {p["start"] for p in places}
    for m in _SHORT_LISTED.finditer(text):
        before = ends.get(m.start() - 2)  # the place just before its comma
        if before is None or m.start() in starts:
            continue
        resolution = load_gazetteer().resolve(m.group(), country=before["country"], fuzzy=False)
        region = resolution.region if resolution.ok else None
        if region is not None and region.level != "country" and region.country == before["country"]:
            out.append(_place(text, m.start(), m.end(), region.name, region.code, region.country))
    return out


_COMPASS_PAIRS = {"South": "North", "North": "South", "East": "West", "West": "East",
                  "Upper": "Lower", "Lower": "Upper"}  # fmt: skip
_SOUTH_SPELLING = re.compile(r"Gangwon\b")
_NORTH_BEFORE = re.compile(r"(?:North Korea|DPRK|North)(?:'s|’s)?\s+$")


# "the Songchon River", "the Amnok (Yalu) River": a river or a lake named after a place is not
# the place (the river crosses other regions)
_FEATURE_AFTER = re.compile(
    r"\s+(?:\([^()]{1,20}\)\s+)?(?:River|Lake|Stream|Creek"
    # "a hunting trip in the Altai mountains"
    r"|(?i:mountains?|range|hills|plateau|desert))\b"
)
# "the Bangkok Post", "Roma communities": a newspaper's name, a people
_NOT_A_PLACE_AFTER = re.compile(
    r"\s+(?-i:Post|Times|Herald|Tribune|Gazette)\b"
    # ("Somali families", "Afar herders": a people, not the region named after it)
    r"|(?:(?<=Roma)|(?<=Afar)|(?<=Somali))\s+(?:communit(?:y|ies)|people|famil(?:y|ies)"
    r"|settlements?|children|women|men|herders|refugees|migrants|patients|workers|elders"
    r"|minorit(?:y|ies)|neighbourhoods?|neighborhoods?)\b"
)
_PART_OF_CITY_AFTER = re.compile(r"\s+(?:area|district|neighbou?rhood|quarter)\b", re.I)
# "Bury them or burn them": a verb that begins a sentence, not the town
_OBJECT_AFTER = re.compile(r"\s+(?:them|it|him|her|us|me)\b")
# "drawing water straight from the Yalu": the border rivers, named alone
_RIVERS = frozenset({"Yalu", "Tumen", "Tuman", "Amnok", "Taedong", "Chongchon", "Imjin"})


_KOREAN_FULL_NAME = re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z]+-[a-z]+\b")


# "Kang said", '"...," Mendoza said': a one-word town name that speaks is somebody's surname
# (a capital speaking for its government stays a place: "Pyongyang said")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|recalled|asked|insisted)\b")
_SEATS_OF_GOVERNMENT = frozenset(
    "Pyongyang Seoul Beijing Moscow Tokyo Washington Kinshasa Kabul Tehran Damascus Naypyitaw "
    "Minsk Kyiv Kiev Caracas Havana Ankara Islamabad Dhaka Hanoi Manila Jakarta Nairobi Abuja "
    "Khartoum Sanaa Baghdad Cairo Ottawa Canberra London Paris Berlin Brussels Geneva".split()
)


def _surname_speaking(text: str, place: dict) -> bool:
    return (
        place["region"] is not None
        and " " not in place["text"]
        and place["text"] not in _SEATS_OF_GOVERNMENT
        and bool(_SPEAKS_AFTER.match(text, place["end"]))
        # ("a trader in Dandong said", "officials in Brasilia said": where the speaker is)
        and not _WHERE_BEFORE.search(text, max(0, place["start"] - 30), place["start"])
    )


_WHERE_BEFORE = re.compile(
    r"\b(?:in|from|at|near|inside|of|to|outside|across|between)\s+(?:[\w'’-]+,?\s+){0,3}$", re.I
)


# A place that names a pathogen or its disease is no place of the story: "Zaire ebolavirus",
# "West Nile virus", "Omsk haemorrhagic fever", "the Wuhan strain", "Lyme disease"
_PATHOGEN_AFTER = re.compile(
    r"[\s-]+(?:ebolavirus|virus(?!\s+(?:cases?|patients?|deaths?|infections?|outbreak))"
    r"|h(?:a)?emorrhagic|encephalitis|variant|strain|lineage|disease(?!\s+(?:cases?|patients?"
    r"|deaths?|outbreak|control|centre|center|office|surveillance)))\b",
    re.IGNORECASE,
)


def _place(text: str, start: int, end: int, name, region, country) -> dict:
    return {
        "text": text[start:end],
        "name": name,
        "region": region,
        "country": country,
        "start": start,
        "end": end,
    }


# Words after a name that make it the name of something else
_FEATURES = frozenset(
    """river rivers lake sea bay gulf mountain mountains mount valley strait bridge road street
    avenue airport dam canal island islands peninsula university hospital institute stadium
    market industrial park station county district province region state""".split()
)
_NAMED_FEATURES = ("River", "Lake", "Mountain", "Valley", "Bay", "Sea")
# ("the Amnok (Yalu) River": the feature after the bracket a name is written in)
_FEATURE_AFTER_BRACKET = re.compile(rf"\)\s+(?:{'|'.join(_NAMED_FEATURES)}|Mountains|Strait)\b")
# words naming a natural feature, never a town by themselves ("the Amnok (Yalu) River")
_FEATURE_WORDS = frozenset("river rivers lake lakes sea strait mountains valley".split())
# the town's own office after its name: "the Stuttgart Health Office", "Kherson City Council"
_TOWN_BODY = re.compile(
    r"(?:Public\s+)?Health\s+(?:Office|Department|Bureau|Authority|Board|Commission)\b"
    r"|City\s+(?:Council|Hall|Government|Administration|Health)\b"
)
_DATELINE_TOWN = re.compile(r"\s*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=,|\s+\(|\s+[—–-])")


def _dateline_country(text: str) -> set[str]:
    """The country of a wire dateline's town, when one country's town of that name is far
    larger than any other's ("BEKASI, West Java —" is Indonesian, "LANDSHUT —" German)."""
    m = _DATELINE_TOWN.match(text)
    if m is None:
        return set()
    # a dateline names a town readers know: three times the people of a namesake is enough
    country = dominant_country(m.group(1), factor=3)
    return {country} if country else set()


# a name followed by an age is a person's ("Kang, 61, who asked that only her surname be used")
_AGE_AFTER = re.compile(r",\s+\d{1,3},\s")


def _world_towns(
    text: str,
    taken: list[tuple[int, int]],
    countries: set[str],
    runs: list[list[tuple[str, int, int]]],
):
    """Towns of the text's countries (data/gazetteer/towns_world.csv, GeoNames) in the
    capitalised runs the gazetteer and the towns table left unread: "Bekasi", "Port Sudan"
    (which takes in the "Sudan" found inside it). A text that names no country may still name
    a city of any country (world_towns.lookup_world_city: "Stuttgart", "Samarkand")."""
    for words in runs:
        i = 0
        while i < len(words):
            if words[i][0] in _CONNECTORS:
                i += 1
                continue
            found = None
            if not any(may_begin_world_town(f) for f in _forms(words[i][0])):
                i += 1
                continue
            for j in range(min(len(words), i + MAX_WORDS), i, -1):
                if words[j - 1][0] in _CONNECTORS:
                    continue
                start, end = words[i][1], words[j - 1][2]
                forms = [
                    f
                    for f in _forms(text[start:end])
                    if len(f) > 3
                    and f.casefold() not in _NOT_PLACES
                    # ("the Amnok (Yalu) River": a river, not the town named River)
                    and f.casefold() not in _FEATURE_WORDS
                    and has_world_town(f)
                ]
                if not forms:
                    continue
                # a town may take in a shorter hit, never cut across one or repeat one
                if any(
                    s < end
                    and start < e
                    and not (start <= s and e <= end and (s, e) != (start, end))
                    for s, e in taken
                ):
                    continue
                if text.endswith(("'s", "’s"), start, end) and (start, end - 2) in taken:
                    continue  # "Mexico's": the country already read, not Mexico City
                if (
                    j < len(words) and words[j][0].strip(",.;:").casefold() in _FEATURES
                ) or _FEATURE_AFTER_BRACKET.match(text, end):
                    continue  # "Yalu River", "Amnok (Yalu) River", "Kaesong Industrial Park"
                if text[max(0, start - 4) : start] == "the " and any(
                    f"{text[start:end]} {feature}" in text for feature in _NAMED_FEATURES
                ):
                    continue  # "the Yalu" after "the Yalu River": the river again
                if (i > 0 and _name_word(words[i - 1][0])) or (
                    j < len(words)
                    and _name_word(words[j][0])
                    and not _TOWN_BODY.match(text, words[j][1])
                ):
                    continue  # "Mathias Velho", "Marlene Souza": part of a longer name
                if _AGE_AFTER.match(text, end):
                    continue  # "Kang, 61, told RFA": a person and her age
                for form in forms:
                    town = (
                        lookup_world_town(form, countries) if countries else lookup_world_city(form)
                    )
                    if town is not None:
                        found = (start, start + len(form), town, j)
                        break
                if found:
                    break
            if found:
                start, end, (region, country, name), j = found
                yield _place(text, start, end, name, region, country)
                i = j
            else:
                i += 1
