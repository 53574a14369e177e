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
    ),
    "tuberculosis": ("tuberculosis", "tb", "pulmonary tuberculosis"),
    "acute pneumonia": ("acute pneumonia",),
    "pneumonia": ("pneumonia",),
    "paratyphoid fever": ("paratyphoid", "paratyphoid fever"),
    "typhoid fever": ("typhoid", "typhoid fever"),
    "influenza": ("influenza", "flu", "seasonal flu"),
    "common cold": ("cold", "common cold", "colds"),
    "fever (unspecified)": ("fever", "fevers", "fever cases", "febrile illness"),
    "measles": ("measles",),
    "dengue": ("dengue", "dengue fever"),
    "Ebola": ("ebola", "ebola virus", "ebola virus disease", "evd"),
    "mpox": ("mpox", "monkeypox"),
    "Nipah virus": ("nipah", "nipah virus"),
    "Lassa fever": ("lassa", "lassa fever"),
    "cholera": ("cholera",),
    "malnutrition": ("malnutrition", "starvation", "hunger", "lack of food"),
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
