"""Normalised cause names, with the spellings people write for them.

The text as written is always kept beside the normalised name; an unknown cause keeps its
own words (trimmed) rather than being forced into a category.
"""

from __future__ import annotations

import re

CAUSE_ALIASES: dict[str, tuple[str, ...]] = {
    "COVID-19": (
        "covid",
        "covid-19",
        "covid19",
        "covid 19",
        "coronavirus",
        "corona",
        "sars-cov-2",
        "novel coronavirus",
        "omicron",
        "delta variant",
        "코로나",
        "코로나19",
        "코로나 19",
        "코로나바이러스",
        "신종 코로나",
        "신종코로나",
    ),
    "tuberculosis": ("tuberculosis", "tb", "pulmonary tuberculosis", "결핵"),
    "acute pneumonia": ("acute pneumonia",),
    "pneumonia": ("pneumonia", "폐렴"),
    "paratyphoid fever": ("paratyphoid", "paratyphoid fever", "파라티푸스"),
    "typhoid fever": ("typhoid", "typhoid fever", "장티푸스"),
    "typhus": ("typhus", "발진티푸스"),
    "influenza": ("influenza", "flu", "seasonal flu", "seasonal influenza", "독감", "인플루엔자"),
    "avian influenza": ("avian influenza", "bird flu", "avian flu", "h5n1"),
    "HIV/AIDS": ("hiv", "aids", "hiv/aids"),
    "common cold": ("cold", "common cold", "colds", "감기"),
    "fever (unspecified)": ("fever", "fevers", "fever cases", "febrile illness"),
    "measles": ("measles", "홍역"),
    "malaria": ("malaria", "말라리아"),
    "hepatitis": ("hepatitis", "간염"),
    "scarlet fever": ("scarlet fever", "성홍열"),
    "food poisoning": ("food poisoning", "식중독"),
    "anthrax": ("anthrax", "탄저", "탄저병"),
    "African swine fever": ("african swine fever", "아프리카돼지열병"),
    "foot-and-mouth disease": ("foot-and-mouth disease", "구제역"),
    "intestinal infection": ("intestinal infection", "장염"),
    "acute respiratory infection": ("acute respiratory infection", "acute respiratory infections"),
    "carbon monoxide poisoning": ("carbon monoxide poisoning", "coal gas poisoning"),
    "dengue": ("dengue", "dengue fever"),
    "Ebola": ("ebola", "ebola virus", "ebola virus disease", "evd"),
    "mpox": ("mpox", "monkeypox"),
    "Nipah virus": ("nipah", "nipah virus"),
    "Lassa fever": ("lassa", "lassa fever"),
    "cholera": ("cholera", "콜레라"),
    "malnutrition": (
        "malnutrition",
        "acute malnutrition",
        "severe acute malnutrition",
        "starvation",
        "hunger",
        "lack of food",
        "starved to death",
        "starving to death",
        "영양실조",
    ),
    "excess mortality": ("excess mortality", "excess deaths"),
}

_LOOKUP = {alias: name for name, aliases in CAUSE_ALIASES.items() for alias in aliases}
_SPACES = re.compile(r"\s+")


def normalise_cause(text: str) -> str | None:
    """'TB' -> 'tuberculosis'; 'Covid' -> 'COVID-19'; unknown text comes back trimmed."""
    cleaned = _SPACES.sub(" ", text.strip())
    if not cleaned:
        return None
    return _LOOKUP.get(cleaned.casefold().strip(" ."), cleaned)
