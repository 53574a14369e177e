"""Place mentions: capitalised word runs (and Hangul words) looked up in the gazetteer.

Candidates are runs of capitalised words, tried longest first, so "South Hamgyong Province"
wins over "South"; the look-up is exact (no fuzzy matching: a misspelt word in running text is
more often not a place at all) and cached per spelling. A name that fits several regions is
settled by the country the rest of the text is about; if it stays ambiguous it is left out.
"""

from __future__ import annotations

import functools
import re

from dashboard.gazetteer import load_gazetteer

# A capitalised word (Latin script, with internal apostrophes, hyphens and accents), or a
# Hangul word. "Ryanggang-do", "P'yŏngyang", "Sinŭiju", "량강도".
_WORD = r"(?:[A-Z][\w’'ŏŭ]*(?:-[A-Za-z][\w’'ŏŭ]*)*|[\uac00-\ud7a3]+)"
_RUN = re.compile(rf"{_WORD}(?:[ ]+(?:of[ ]+|and[ ]+)?{_WORD})*")
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
    who un is are was were image read day sun party people state ministry""".split()
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
        compass = _COMPASS_RE.match(name)
        if compass:
            add(f"{_COMPASS[compass[1]]} {compass[2]}", region)
    return forms


@functools.lru_cache(maxsize=65536)
def _lookup(name: str, country: str | None) -> tuple[str, str | None, str | None, str] | None:
    """(status, region code, country, gazetteer name) for an exact spelling, or None."""
    folded = name.casefold()
    if folded in _NOT_PLACES:
        return None
    if len(name) <= 3 and name.isascii() and name not in ("US", "UK", "USA", "ROK"):
        return None  # ISO codes ("IT", "No", "Mar") and acronyms are words, not places, in prose
    if name == "ROK":
        name = "South Korea"
    resolution = load_gazetteer().resolve(name, country=country, fuzzy=False)
    if resolution.status == "unknown":
        english = _english_forms().get(name.replace("'", "").casefold())
        if english and (country is None or english[1] == country):
            return ("region", *english)
    if resolution.status == "ambiguous":
        return ("ambiguous", None, None, name)
    if not resolution.ok:
        return None
    region = resolution.region
    assert region is not None
    matched = resolution.matched or name
    if region.country != "KP" and len(matched.split()) > len(name.split()):
        # "Free" is Free State only after dropping "State": in prose it is the word "free".
        # North Korea's spellings are curated, so "Yanggang" for Yanggang Province stands.
        return None
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


def _words(run: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(), offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+", run)]


def _candidates(text: str):
    """(start, end, spelling, look-up) of the longest gazetteer hit in each capitalised run."""
    for run in _RUN.finditer(text):
        words = _words(run.group(), run.start())
        i = 0
        while i < len(words):
            found = None
            for j in range(min(len(words), i + MAX_WORDS), i, -1):
                if words[j - 1][0] in ("of", "and"):
                    continue
                start, end = words[i][1], words[j - 1][2]
                spelling = text[start:end]
                for form in _forms(spelling):
                    hit = _lookup(form, None)
                    if hit is None and len(form) <= 3 and form.istitle():
                        if _ADMIN_AFTER.match(text, end):
                            hit = _lookup_short(form)
                    if hit is not None:
                        found = (start, start + len(form), form, hit, j)
                        break
                if found:
                    break
            if found:
                yield found[:4]
                i = found[4]
            else:
                i += 1


def _forms(spelling: str) -> list[str]:
    """The spelling, and for a Hangul word the word without a trailing particle."""
    spelling = spelling.rstrip("’'")
    if spelling.endswith(("’s", "'s")):
        return [spelling[:-2]]
    if _HANGUL.match(spelling):
        forms = [spelling]
        forms += [spelling[: -len(p)] for p in _HANGUL_PARTICLES if spelling.endswith(p)]
        return [f for f in forms if len(f) >= 2]
    return [spelling]


def extract_places(text: str) -> list[dict]:
    """Every place mention: {"text", "name", "region", "country", "start", "end"}."""
    hits = list(_candidates(text))
    countries: dict[str, int] = {}
    for _, _, _, found in hits:
        if found and found[0] != "ambiguous" and found[2]:
            countries[found[2]] = countries.get(found[2], 0) + 1
    main_country = max(countries, key=countries.get) if countries else None
    places = []
    for start, end, spelling, found in hits:
        if found and found[0] == "ambiguous" and main_country:
            found = _lookup(spelling, main_country)
        if not found or found[0] == "ambiguous":
            continue
        _, region, country, name = found
        places.append(
            {
                "text": text[start:end],
                "name": name,
                "region": region,
                "country": country,
                "start": start,
                "end": end,
            }
        )
    return places
