"""The cause vocabulary: names, aliases, the normaliser and the terms the extractor matches."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from dashboard import causes
from dashboard.causes import AMBIGUOUS_ALIASES, CAUSE_ALIASES, cause_terms, normalise_cause

SOURCE = Path(causes.__file__)

# The vocabulary as it was before it was broadened: every one of these must still hold.
EARLIER: dict[str, tuple[str, ...]] = {
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


def _all_aliases() -> list[tuple[str, str]]:
    return [(alias, name) for name, aliases in CAUSE_ALIASES.items() for alias in aliases]


# ---- structure -------------------------------------------------------------------------------


def test_every_alias_normalises_to_its_name():
    wrong = [(a, n, normalise_cause(a)) for a, n in _all_aliases() if normalise_cause(a) != n]
    assert wrong == []


def test_aliases_normalise_whatever_their_case_and_spacing():
    wrong = [
        (a, n)
        for a, n in _all_aliases()
        if normalise_cause(f"  {a.upper()}. ") != n or normalise_cause(a.title()) != n
    ]
    assert wrong == []


def test_names_normalise_to_themselves():
    wrong = [name for name in CAUSE_ALIASES if normalise_cause(name) != name]
    assert wrong == []


def test_no_alias_belongs_to_two_names_or_repeats():
    counts = Counter(alias for aliases in CAUSE_ALIASES.values() for alias in aliases)
    assert [alias for alias, n in counts.items() if n > 1] == []


def test_no_name_is_an_alias_of_another_name():
    names = {name.casefold(): name for name in CAUSE_ALIASES}
    clashes = [(a, n) for a, n in _all_aliases() if a in names and names[a] != n]
    assert clashes == []
    assert len(names) == len(CAUSE_ALIASES)  # no two names differ only in case


def test_names_are_not_repeated_in_the_source():
    """A repeated key in the dict literal would silently drop the first entry's aliases."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    (literal,) = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.target.id == "CAUSE_ALIASES"
    ]
    keys = [key.value for key in literal.keys]
    assert [k for k, n in Counter(keys).items() if n > 1] == []
    assert len(keys) == len(CAUSE_ALIASES)


def test_aliases_are_lower_case_and_trimmed():
    bad = [
        a
        for a, _ in _all_aliases()
        if not a or a != a.lower() or a != a.casefold() or a != " ".join(a.split())
    ]
    assert bad == []
    assert [a for a, _ in _all_aliases() if a.strip(" .") != a] == []


def test_names_follow_the_naming_rule():
    assert all(name == name.strip() and name for name in CAUSE_ALIASES)
    # lower case except proper names and acronyms: a name starts lower case unless it begins
    # with an acronym or a proper name
    allowed_capitals = {
        "COVID-19",
        "HIV/AIDS",
        "Ebola",
        "Lassa fever",
        "Nipah virus",
        "Hendra virus",
        "Marburg virus disease",
        "Sudan virus disease",
        "Bundibugyo virus disease",
        "Crimean-Congo haemorrhagic fever",
        "Rift Valley fever",
        "Pontiac fever",
        "Middle East respiratory syndrome",
        "Zika virus disease",
        "Oropouche fever",
        "West Nile fever",
        "Japanese encephalitis",
        "Kyasanur Forest disease",
        "Chagas disease",
        "Rocky Mountain spotted fever",
        "Lyme disease",
        "Q fever",
        "Legionnaires' disease",
        "Buruli ulcer",
        "Creutzfeldt-Jakob disease",
        "Guillain-Barré syndrome",
        "African swine fever",
        "Newcastle disease",
        "E. coli infection",
        "Streptococcus suis infection",
        "Venezuelan equine encephalitis",
        "Murray Valley encephalitis",
        "St. Louis encephalitis",
        "La Crosse encephalitis",
        "Powassan virus disease",
        "Omsk haemorrhagic fever",
        "Alkhurma haemorrhagic fever",
        "Mayaro fever",
        "Candida auris infection",
    }
    capitalised = {name for name in CAUSE_ALIASES if name[0].isupper()}
    assert capitalised <= allowed_capitals


def test_the_vocabulary_is_broad():
    assert 150 <= len(CAUSE_ALIASES) <= 250


def test_the_module_imports_nothing_but_re():
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module)
    assert imported <= {"re", "__future__"}


# ---- what was there before -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EARLIER))
def test_earlier_names_and_aliases_still_hold(name):
    assert name in CAUSE_ALIASES
    assert set(EARLIER[name]) <= set(CAUSE_ALIASES[name])
    assert [a for a in EARLIER[name] if normalise_cause(a) != name] == []


def test_earlier_spellings_as_written_in_text():
    assert normalise_cause("TB") == "tuberculosis"
    assert normalise_cause("Covid") == "COVID-19"
    assert normalise_cause("Omicron") == "COVID-19"
    assert normalise_cause("bird flu") == "avian influenza"
    assert normalise_cause("H5N1") == "avian influenza"
    assert normalise_cause("HIV/AIDS") == "HIV/AIDS"
    assert normalise_cause("starved to death") == "malnutrition"
    assert normalise_cause("Fever") == "fever (unspecified)"


# ---- spellings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("british", "american", "name"),
    [
        ("acute watery diarrhoea", "acute watery diarrhea", "acute watery diarrhoea"),
        ("diarrhoea", "diarrhea", "diarrhoea"),
        (
            "Crimean-Congo haemorrhagic fever",
            "Crimean-Congo hemorrhagic fever",
            "Crimean-Congo haemorrhagic fever",
        ),
        ("haemorrhagic fever", "hemorrhagic fever", "haemorrhagic fever"),
        ("anaemia", "anemia", "anaemia"),
        ("septicaemic plague", "septicemic plague", "septicaemic plague"),
        ("famine oedema", "famine edema", "malnutrition"),
        ("tularaemia", "tularemia", "tularaemia"),
        ("hypoglycaemia", "hypoglycemia", "hypoglycaemia"),
        ("gonorrhoea", "gonorrhea", "gonorrhoea"),
        ("haemolytic uraemic syndrome", "hemolytic uremic syndrome", "haemolytic uraemic syndrome"),
        ("amoebic dysentery", "amebic dysentery", "amoebic dysentery"),
    ],
)
def test_british_and_american_spellings_are_one_cause(british, american, name):
    assert normalise_cause(british) == normalise_cause(american) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Marburg", "Marburg virus disease"),
        ("Marburg virus", "Marburg virus disease"),
        ("Marburg virus disease", "Marburg virus disease"),
        ("Zika", "Zika virus disease"),
        ("Zika virus", "Zika virus disease"),
        ("dengue fever", "dengue"),
        ("Lassa", "Lassa fever"),
        ("Oropouche", "Oropouche fever"),
        ("West Nile virus", "West Nile fever"),
        ("Ebola virus disease", "Ebola"),
        ("EVD", "Ebola"),
        ("CCHF", "Crimean-Congo haemorrhagic fever"),
        ("Congo fever", "Crimean-Congo haemorrhagic fever"),
        ("MERS-CoV", "Middle East respiratory syndrome"),
        ("HFMD", "hand, foot and mouth disease"),
        ("AES", "acute encephalitis syndrome"),
        ("heat stroke", "heatstroke"),
        ("sunstroke", "heatstroke"),
        ("whooping cough", "pertussis"),
        ("varicella", "chickenpox"),
        ("bacillary dysentery", "shigellosis"),
        ("kala-azar", "visceral leishmaniasis"),
        ("swine flu", "influenza A(H1N1)"),
        ("H7N9", "avian influenza"),
        ("black lung", "pneumoconiosis"),
        ("briquette gas poisoning", "carbon monoxide poisoning"),
        ("famine", "malnutrition"),
        ("Legionnaires’ disease", "Legionnaires' disease"),
        ("polio", "poliomyelitis"),
        ("Hepatitis A", "hepatitis A"),
        ("hepatitis E", "hepatitis E"),
        ("hepatitis B", "hepatitis B"),
    ],
)
def test_spellings_with_and_without_fever_virus_or_disease(written, name):
    assert normalise_cause(written) == name


@pytest.mark.parametrize(
    ("pathogen", "disease"),
    [
        ("Vibrio cholerae", "cholera"),
        ("Yersinia pestis", "plague"),
        ("Salmonella", "salmonellosis"),
        ("E. coli", "E. coli infection"),
        ("Escherichia coli", "E. coli infection"),
        ("Mycoplasma pneumoniae", "mycoplasma pneumonia"),
        ("Bacillus anthracis", "anthrax"),
        ("Neisseria meningitidis", "meningococcal meningitis"),
        ("Francisella tularensis", "tularaemia"),
    ],
)
def test_pathogens_stand_for_their_disease(pathogen, disease):
    assert normalise_cause(pathogen) == disease


def test_specific_diseases_keep_their_own_names():
    assert normalise_cause("bubonic plague") == "bubonic plague"
    assert normalise_cause("pneumonic plague") == "pneumonic plague"
    assert normalise_cause("plague") == "plague"
    assert normalise_cause("tick-borne encephalitis") == "tick-borne encephalitis"
    assert normalise_cause("encephalitis") == "encephalitis"
    assert normalise_cause("scrub typhus") == "scrub typhus"
    assert normalise_cause("hepatitis A") != normalise_cause("hepatitis B")
    assert normalise_cause("hepatitis") == "hepatitis"


@pytest.mark.parametrize(
    ("korean", "name"),
    [
        ("결핵", "tuberculosis"),
        ("장티푸스", "typhoid fever"),
        ("파라티푸스", "paratyphoid fever"),
        ("콜레라", "cholera"),
        ("홍역", "measles"),
        ("성홍열", "scarlet fever"),
        ("수두", "chickenpox"),
        ("이질", "dysentery"),
        ("세균성이질", "shigellosis"),
        ("유행성출혈열", "haemorrhagic fever with renal syndrome"),
        ("말라리아", "malaria"),
        ("폐흡충증", "paragonimiasis"),
        ("폐디스토마", "paragonimiasis"),
        ("간염", "hepatitis"),
        ("뇌염", "encephalitis"),
        ("일본뇌염", "Japanese encephalitis"),
        ("수족구병", "hand, foot and mouth disease"),
        ("백일해", "pertussis"),
        ("디프테리아", "diphtheria"),
        ("볼거리", "mumps"),
        ("유행성이하선염", "mumps"),
        ("풍진", "rubella"),
        ("페스트", "plague"),
        ("장염", "intestinal infection"),
        ("식중독", "food poisoning"),
        ("영양실조", "malnutrition"),
        ("일사병", "heatstroke"),
        ("열사병", "heatstroke"),
        ("동상", "frostbite"),
        ("저체온증", "hypothermia"),
        ("연탄가스 중독", "carbon monoxide poisoning"),
        ("신형코로나비루스", "COVID-19"),
        ("A형간염", "hepatitis A"),
    ],
)
def test_korean_names(korean, name):
    assert normalise_cause(korean) == name


# ---- unknown text ----------------------------------------------------------------------------


def test_unknown_text_comes_back_trimmed():
    assert normalise_cause("  a mystery   illness ") == "a mystery illness"
    assert normalise_cause("Mystery Illness") == "Mystery Illness"
    assert normalise_cause("   ") is None
    assert normalise_cause("") is None


# ---- terms for the matcher -------------------------------------------------------------------


def test_cause_terms_are_sorted_longest_first():
    terms = cause_terms()
    lengths = [len(t) for t in terms]
    assert lengths == sorted(lengths, reverse=True)
    assert len(terms) == len(set(terms))


def test_cause_terms_hold_every_alias_and_name():
    terms = set(cause_terms())
    assert {a for a, _ in _all_aliases()} <= terms
    assert {name.lower() for name in CAUSE_ALIASES} <= terms
    assert {a for aliases in EARLIER.values() for a in aliases} <= terms
    assert all(t == t.lower() for t in terms)


def test_cause_terms_prefer_the_longer_spelling():
    terms = cause_terms()
    assert terms.index("bubonic plague") < terms.index("plague")
    assert terms.index("acute pneumonia") < terms.index("pneumonia")


def test_cause_terms_are_a_fresh_list():
    terms = cause_terms()
    terms.clear()
    assert cause_terms()


# ---- ambiguous aliases -----------------------------------------------------------------------


def test_ambiguous_aliases_are_aliases():
    assert isinstance(AMBIGUOUS_ALIASES, frozenset)
    aliases = {a for a, _ in _all_aliases()}
    assert AMBIGUOUS_ALIASES <= aliases


def test_ordinary_words_are_marked_ambiguous():
    for word in ("cold", "colds", "flu", "tb", "aids", "hunger", "sars", "mers", "corona"):
        assert word in AMBIGUOUS_ALIASES
    assert "cholera" not in AMBIGUOUS_ALIASES
    assert "tuberculosis" not in AMBIGUOUS_ALIASES
