"""Claims: a count or a cause of a measure, or a restriction, with its voice, place and date.

Text is cut into sentences and each sentence into segments at contrast words ("..., but
rumours are circulating that ..."), so one sentence can hold an official and a local claim.
A claim takes the voice of the attribution in its segment (then its sentence, then the last
one before it in the text: a report keeps quoting its source until it names another).
A cause stated without a count ("the patients died from tuberculosis") takes the count of the
same measure stated just before it ("deaths of eight patients").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from dashboard.causes import AMBIGUOUS_ALIASES, CAUSE_ALIASES, cause_terms, normalise_cause
from dashboard.extract.counts import _MEASURES, extract_counts
from dashboard.extract.dispatch import Dispatcher, ends_near
from dashboard.extract.people import (
    BODY_WORDS,
    DEFECTOR,
    SPEAKER_LABEL,
    described_voice,
    find_people,
)
from dashboard.extract.voice import best_attribution, find_attributions

_ABBREVIATIONS = "".join(
    rf"(?<!\b{a}\.)"
    for a in "Mr Ms Dr St No Mrs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Gen Col".split()
)
_SENTENCE_END = re.compile(
    rf"[.!?]{_ABBREVIATIONS}(?<!\b[A-Z]\.)[\"”’)\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9\uac00-\ud7a3])|\n\s*"
)
_HOWEVER = re.compile(r",\s+however,", re.IGNORECASE)
# (the look-ahead lets the scan pass over letters without trying each alternative)
# a clause that opens with the speaker's own knowledge or belief
# the words that set one clause against another ("..., but we know", "while residents say")
_CONTRAST_WORDS = r"(?:but|while|whereas|although|though|even (?:as|though))"
_WE_KNOW = re.compile(
    # ("but among ourselves we knew it was corona")
    rf"(?:,?\s*{_CONTRAST_WORDS}\s+|;\s+)(?:(?:among ourselves|privately|in private"
    r"|at home|in secret),?\s+)?(?:we|I)\s+"
    r"(?:all\s+|really\s+)?(?:know|knew|believe|think|suspect|are sure|are convinced)\b",
    re.IGNORECASE,
)
_SEGMENT_BREAK = re.compile(
    r"(?=[,;\s])(?:,?\s+(?:but|while|whereas|although|even (?:as|though))\s+|;\s+"
    r"|,\s+however,?\s+|\s+because\s+|,\s+though\s+"
    # Korean "but": "보건당국은 ... 설명했지만, 주민들 사이에서는"
    r"|(?<=지만|으나|는데),?\s+)",
    re.IGNORECASE,
)
# The spellings the cause vocabulary (dashboard/causes.py) does not match by itself: words
# that need context (marked ambiguous there: "TB" in capitals, "AIDS", "flu", "a cold",
# "plague", "SARS"), and forms with a letter or an ending the vocabulary does not list.
CAUSE_TERMS = (
    r"Omicron|Delta variant|\bTB\b|(?:seasonal |bird |avian )?flu\b|starvation"
    r"|hepatitis(?: [A-E]\b)?|intestinal (?:disease|infection|epidemic|illness|disorder)s?"
    r"|(?-i:AIDS)"
    r"|hunger"
    # "had died of diarrhoea": what killed them (elsewhere diarrhoea is a symptom)
    r"|(?:(?<=died of )|(?<=dying of )|(?<=died from )|(?<=deaths from )|(?<=killed by )"
    r"|(?<=die of )|(?<=die from ))diarrh(?:o)?ea\b"
    # "The county says they died of old age"
    # (and the record's "old age": "recording the deaths as old age", 'as "old age"')
    r"|(?:(?<=died of )|(?<=death from )|(?<=deaths from )|(?<=died from )|(?<=as )"
    r"|(?<=as \")|(?<=as “))old age\b"
    # an illness the authorities name in their own words, quoted: 'a "seasonal skin fever"',
    # 'described the illness as a "skin disease" caused by dirty water'
    # (not a deed: 'blamed them for "bringing the disease"'; not an illness left unnamed: 'an
    # "unidentified illness"')
    # (not a disease's other name: 'Brucellosis, known locally as "waiting fever"')
    r"|(?<=[\"“‘])(?<!known as .)(?<!known locally as .)(?<!nicknamed .)(?<!dubbed .)"
    r"(?!(?:the|a|an|this|that|his|her|their|our|my|is|are|was|were|it|it's|be|just|only"
    r"|not|unknown|unidentified|undiagnosed|unexplained|mystery|mysterious|strange) )"
    r"(?-i:[a-z-]+ ){1,3}(?<!the )(?<!this )(?<!that )(?<!their )(?<!its )"
    r"(?:fever|disease|illness|infection|sickness)(?=[.,]?[\"”’'])"
    # an infection named by where it is: kept in its own words ("a skin infection")
    r"|(?:skin|eye|ear|chest|throat|wound|urinary tract) infections?"
    # "gives the cause as a stroke", "died of a stroke" (not "a stroke of luck")
    r"|(?:(?<=as a )|(?<=of a )|(?<=from a )|(?<=said )|(?<=suffered a ))stroke\b(?!\s+of\b)"
    # "The hospital wrote heart attack on his death certificate", "died of exhaustion",
    # 'suffering from "exhaustion"' (not "gave me a heart attack", "mental exhaustion")
    r"|(?:(?<=died of )|(?<=died from )|(?<=of a )|(?<=from a )|(?<=wrote )|(?<=as a )"
    r"|(?<=recorded )|(?<=suffering from )|(?<=suffering from \")|(?<=suffering from “))"
    r"(?:heart attack|exhaustion)\b"
    # ("the shepherd had suffered a heart attack")
    r"|(?:(?<=suffered a )|(?<=had a ))heart attack\b"
    # "it is corona again" (not the beer, nor "the word corona")
    r"|(?:(?<=is )|(?<=it's )|(?<=was )|(?<=of )|(?<=with )|(?<=it )|(?<=the )|(?<=new )"
    r"|(?<=say )|(?<=says )|(?<=said )|(?<=saying ))corona\b(?![\s-]*(?:beer|virus))"
    # "People say corona is back"
    r"|corona(?= (?:is|was|has) (?:back|here|spreading|returned|come back)\b)"
    # "complications of diabetes", "died from diabetes"
    r"|(?:(?<=of )|(?<=from ))diabetes\b"
    # "litchi poisoning", "chlorine poisoning": a poisoning named by its substance, in its own
    # words (not "accused of poisoning the wells")
    r"|(?<![\w-])(?!(?:of|by|for|with|the|and|was|is|were|are|from|mass|deliberate|alleged"
    r"|suspected|possible|apparent|but|not|all|or|to|in|on|at|as|that|this|it|be|been|a|an"
    r"|than|blame|blamed|blames|blaming|suspect|suspects|fear|feared|fears|call|called|say|says"
    r"|said|cause|caused|causing)\b)(?-i:[a-z]+) poisoning\b(?!\s+(?:the|their|of|its|his|her)\b)"
    # "the sick were poisoned by a rival family"
    r"|(?:(?<=were )|(?<=was )|(?<=been ))poisoned\b"
    # "the illness was poisoning" (not "accused of poisoning the wells")
    r"|(?:(?<=was )|(?<=is )|(?<=were )|(?<=are )|(?<=all but )|(?<=blame )|(?<=blamed ))"
    r"poisoning(?=\s*[,.;:!?\"”)]"
    r"|\s+(?:from|by|after|caused|linked|and|or|rather|not)\b)"
    # "attributed the deaths to the poisoning of a water source", "gangs poisoned the wells",
    # "blaming the deaths on poisoned water" (not "accused of poisoning wells": the act)
    r"|(?:(?<=to the )|(?<=to )|(?<=by ))poisoning\b(?!\s+(?:the|their|its|his|her|a|an)\b)"
    r"|(?:(?<=to the )|(?<=to ))poisoning(?=\s+of\s+(?:the\s+|a\s+)?(?:water|wells?|river|lake"
    r"|food|source))"
    r"|poisoned(?=\s+(?:the\s+|their\s+|our\s+)?(?:water|wells?|river|lake|pond|springs?"
    r"|water sources?)\b)"
    r"|(?<=on )poisoned(?=\s+(?:water|wells?|food|meat)\b)"
    # a symptom given as what someone died of ("died of diarrhoea")
    r"|(?:(?<=died of )|(?<=died from )|(?<=deaths from )|(?<=death from )|(?<=killed by )"
    r"|(?<=succumbed to )|(?<=died due to ))(?:diarrh(?:o)?ea|dehydration|anaemia|anemia)"
    r"|acute respiratory (?:infection|illness|disease)s?|SARS|MERS|plague"
    r"|colds?(?!\s+(?:weather|winter|snap|spell|wave|chain|storage|war|front|night|day"
    r"|morning|wind|water|room|stores?|season|deepen\w*|bites?|sets? in|intensif\w*|temperatures?"
    r"|months?|weeks?|nights?|spring|summer|autumn|climate|conditions|came|comes|arrived"
    r"|arrives|hit|hits))"
    r"(?!\s*,?\s*(?:and\s+)?(?:wet|dry|damp|windy|snowy|rainy|dark|grey|gray)\b)"
)
# "cold" alone is a cause only as "a cold", "the cold", "just a cold"
_COLD_BEFORE = re.compile(
    r"(?<!against )(?<!in )(?<!from )(?<!into )(?<!of )(?<!by )(?<!despite )(?<!during )"
    r"(?<!through )\b(?:an?|the|common|just a)\s+"
    r"(?:(?:seasonal|bad|ordinary|simple|mild|common|heavy)\s+)?$",
    re.IGNORECASE,
)
# Korean spellings the vocabulary does not match by itself (two-syllable words, and words
# with other meanings); a Hangul word takes its particle ("결핵으로").
KOREAN_CAUSE_TERMS = (
    r"결핵|코로나(?:\s*19|바이러스)?|신종\s*코로나|홍역|독감|감기|폐렴|간염|장염|탄저병?"
)
# Symptoms are not causes: "fell ill with diarrhoea and fever" names no disease.
_SYMPTOMS = frozenset(
    {"dehydration", "anaemia", "anemia", "탈수증", "빈혈"}
    # ("a diarrhoeal illness swept the shelters" describes what the sick suffer, not a cause)
    | set(CAUSE_ALIASES["diarrhoea"])
    | set(CAUSE_ALIASES["fever (unspecified)"])
)


# "excess deaths" measure mortality; no one who writes of them names a cause (a reviewer may
# still enter "excess mortality" by hand)
_MEASURES_OF_MORTALITY = frozenset(CAUSE_ALIASES["excess mortality"])
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_ARTICLE_A_AFTER = re.compile(
    r"\s+(?:week|month|year|day|few|couple|number|lot|total|dozen|decade|fortnight)\b"
)


def _vocabulary_terms() -> str:
    """Every spelling of the cause vocabulary (dashboard/causes.py), longest first, except the
    ambiguous ones the hand-written patterns above take in context, and symptoms. A space or a
    hyphen in a spelling matches either ("tick borne", "tick-borne"). Two letters are too few
    for a name ("TB" and "flu" are taken in context), but two Hangul syllables are a word
    ("뇌염", encephalitis)."""
    terms = [
        t
        for t in cause_terms()
        if t not in AMBIGUOUS_ALIASES
        and t not in _SYMPTOMS
        and t not in _MEASURES_OF_MORTALITY
        and (len(t) > 2 or _HANGUL_WORD.fullmatch(t))
    ]
    return "|".join(re.sub(r"\\[ -]", r"[\\s-]+", re.escape(t)) for t in terms)


# The vocabulary comes first, longest spelling first, so that "bubonic plague" and "acute
# encephalitis syndrome" are not cut short; the hand-written patterns follow for the words that
# need context ("a cold", "TB" in capitals, "AIDS").
_CAUSES = Dispatcher(
    r"(?<![\w-])(?=\w)",
    [("cause", f"{_vocabulary_terms()}|{CAUSE_TERMS}|{KOREAN_CAUSE_TERMS}")],
    r"(?:(?<=[\uac00-\ud7a3])|(?![\w-]))",
    re.IGNORECASE,
)
_CAUSE_RE = _CAUSES.full
_CASE_SENSITIVE_TB = re.compile(r"\btb\b")
_RESTRICTIONS = Dispatcher(
    r"(?<!\w)(?=\w)",
    [
        (
            "restriction",
            r"lock(?:ed)?[- ]?downs?|curfews?|ban(?:s|ned|ning)?|closures?|closed"
            r"|shut(?:\s+down)?|sealed off|suspended|prohibit\w*|forbid\w*|barred"
            r"|(?:travel|movement) restrictions?"
            r"|restrict\w*|limit (?:funeral|gatherings|movement)\w*|not to hold",
        )
    ],
    r"\b",
    re.IGNORECASE,
)
_RESTRICTION_RE = _RESTRICTIONS.full
DEATH_WORDS = re.compile(r"\b(?:died|dying|die|dead|deaths?|killed|succumbed|perished)\b", re.I)
INHERIT_WINDOW = 1500  # characters back to look for the count a cause refers to


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding white space."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _one_infection(written: str) -> str:
    return written[:-1] if written.lower().endswith(" infections") else written


# "if it says cholera, people will ask why": what no one has said yet
_IF_SAID_BEFORE = re.compile(
    r"\bif\s+(?:[\w'’-]+\s+){1,3}(?:says?|said|admits?|admitted|calls?\s+it|reports?|reported"
    r"|declares?|declared|announces?|announced|writes?|wrote|records?|recorded|puts?\s+down"
    r"|lists?|listed)\s+(?:it\s+(?:is|was|as)\s+|as\s+)?$",
    re.IGNORECASE,
)

# '"Since when does flu kill healthy young men?"': a question asserts nothing
_ASKED_AFTER = re.compile(r"[^.!?\n\"“”,;]{0,150}\?")

# "could not confirm whether the lockdown was linked to COVID-19": left open
_UNCONFIRMED_BEFORE = re.compile(
    r"\b(?:could not|cannot|can't|can’t|couldn't|couldn’t|unable to|did not|would not|not)\s+"
    r"(?:yet\s+)?(?:confirm|say|verify|determine|tell|establish)\s+(?:whether|if)\b[^.;!?]{0,80}$",
    re.IGNORECASE,
)

# "Sudan virus disease, a rare form of Ebola": the wider kind the disease belongs to
_KIND_OF_BEFORE = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:form|type|strain|kind|variant|species|cousin"
    r"|relative)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _unsaid(text: str, start: int, end: int) -> bool:
    """The cause at ``start`` is asked about, left open, said only if, or the wider kind of
    another (each pattern is tried only where its words are near)."""
    before = text[max(0, start - 100) : start].lower()
    near = before[-40:]
    return bool(
        ("if" in near and _IF_SAID_BEFORE.search(text, max(0, start - 40), start))
        or ("?" in text[end : end + 151] and _ASKED_AFTER.match(text, end))
        or (
            ("whether" in before or "if" in before)
            and _UNCONFIRMED_BEFORE.search(text, max(0, start - 100), start)
        )
        or ("of" in near and _KIND_OF_BEFORE.search(text, max(0, start - 40), start))
    )


# a disease named after a place, written as one capitalised word ("Hendra", "Nipah"), and
# a capitalised word after it that is no disease word: a person's given name and surname
_ONE_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_SURNAME_AFTER = re.compile(
    r" (?!(?:Virus|Fever|Disease|Syndrome|Infection|Outbreak|Encephalitis|River|Valley|Zaire"
    r"|Sudan|Bundibugyo|Reston|Congo|Makona)\b)"
    r"[A-Z][a-z]{2,}\b"
)


def _causes(text: str, start: int, end: int) -> list[tuple[str, str, int]]:
    """(normalised, written, position) of cause mentions."""
    out = []
    tested_out: list[tuple[str, int]] = []  # causes tests ruled out, and where
    negated_end = 0  # where the last denied cause ends
    for m in _CAUSES.finditer(text, start, end):
        written = m.group()
        if written.endswith("hepatitis a") and _ARTICLE_A_AFTER.match(text, m.end()):
            written = written[:-2]  # "fell ill with hepatitis a week ago": the article "a"
        if _CASE_SENSITIVE_TB.fullmatch(written):
            continue
        if _ONE_NAME_WORD.fullmatch(written) and _SURNAME_AFTER.match(text, m.end()):
            continue  # "said Hendra Wijaya, an FAO animal health officer": a person's name
        if written.lower() == "cold" and not _COLD_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue
        if (
            (
                _negated(text, m.start())
                and not (
                    text.endswith("outbreak of ", 0, m.start())
                    and _SUBJECT_OF_DENIAL.match(text, m.end())
                )
            )
            or _RULED_OUT_AFTER.match(text, m.end())
            or _REJECTED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _TALKED_ABOUT.search(text, max(0, m.start() - 60), m.start())
            or (
                (
                    "than" in text[max(0, m.start() - 12) : m.start()]
                    or _AT_FIRST.search(text, max(0, m.start() - 50), m.start())
                )
                and _SET_ASIDE_BEFORE.search(text, max(0, m.start() - 70), m.start())
            )
            or (
                _TESTS_FOR_BEFORE.search(text, max(0, m.start() - 45), m.start())
                and _NEGATIVE_AFTER.match(text, m.end())
            )
            or _VACCINE_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _NOT_YET_AFTER.match(text, m.end())
            or _unsaid(text, m.start(), m.end())
            or (
                text[max(0, m.start() - 3) : m.start()].lower() == "no "
                and (
                    _FOUND_AFTER.match(text, m.end())
                    or _OUTBREAK_AFTER.match(text, m.end())
                    # 'There is no cholera in Yangon', '"no diphtheria in Hamhung"'
                    or (
                        _THERE_IS_NO.search(text, max(0, m.start() - 25), m.start())
                        and not _COUNT_NOUN_AFTER.match(text, m.end())
                    )
                )
            )
        ):
            negated_end = m.end()
            if _BY_TESTS.search(text, max(0, m.start() - 100), min(len(text), m.end() + 60)):
                tested_out.append((normalise_cause(written) or written, m.start()))
            continue  # "ruled out cholera", "not typhoid", "cholera was ruled out": not asserted
        if negated_end and _COORDINATED.fullmatch(text, negated_end, m.start()):
            negated_end = m.end()
            continue  # "negative for Ebola and Marburg": both denied
        if (
            _NOT_AN_ILLNESS_AFTER.match(text, m.end()) and not _ADMITS_PATIENTS.match(text, m.end())
        ) or _LISTED_VACCINE_AFTER.match(text, m.end()):
            continue  # "measles vaccine", "COVID-19 test kits": a product, not an illness
        if _INSTITUTE_AFTER.match(text, m.end()) and _NAME_WORD_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "the Evandro Chagas Institute": a word of a body's name
        if _ORGAN_FAILURE.fullmatch(written) and not _DIAGNOSIS_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue  # "high fevers and kidney failure": a sign of the disease, not the disease
        if m.group()[:1].isupper() and _FUND_TO_FIGHT.search(
            text, max(0, m.start() - 60), m.start()
        ):
            continue  # "the Global Fund to Fight AIDS, Tuberculosis and Malaria": a body's name
        if _BACKGROUND_HINT.search(text, max(0, m.start() - 60), m.start()) and (
            _BACKGROUND_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            continue  # "the Aedes mosquitoes that spread dengue", "often mistaken for dengue"
        if _LIKENESS_OR_RISK_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "joint pain similar to dengue", "measles can cause pneumonia": no case
        if normalise_cause(written) == "malnutrition" and (
            _WEAKENED_BY_BEFORE.search(text, max(0, m.start() - 40), m.start())
            or _A_RISK_AFTER.match(text, m.end())
        ):
            continue  # "children weakened by hunger", "starvation rations": what made them frail
        if out and _GLOSS.fullmatch(text, out[-1][2] + len(out[-1][1]), m.start()):
            continue  # "hepatitis A (간염)", "콜레라 (cholera)": one mention glossed
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if (
            qualifier
            and f"{qualifier.group(1)} {written}".lower() not in _KNOWN_TERMS
            and normalise_cause(written) != "malnutrition"  # "chronic malnutrition": a degree
        ):
            # "chronic bronchitis", "enteroviral meningitis": as specific as the text, in its
            # own words (the vocabulary has no such name)
            written = text[qualifier.start(1) : m.end()]
            out.append((written.lower(), written, qualifier.start(1)))
            continue
        # (a kind of infection named in its own words is one cause, "throat infections" or not)
        name = _one_infection(written)
        out.append((normalise_cause(name) or name, written, m.start()))
    if tested_out:
        out = [c for c in out if not _ruled_out_by_tests(text, c, tested_out)]
    return _with_acronyms(text, start, end, out)


# A negation that rests on tests: "samples tested negative for yellow fever", "laboratory tests
# ruled out cholera"
_BY_TESTS = re.compile(r"\brul\w* out\b|\bnegative\b|\bexclud\w+", re.IGNORECASE)
# A cause named only to describe a carrier or a confusion: "the Aedes mosquitoes that spread
# dengue", "symptoms often mistaken for dengue", "the main carriers of the plague bacteria"
_BACKGROUND_HINT = re.compile(
    r"\b(?:that|which|mistaken|confused|carriers?|hosts?|reservoirs?|vectors?)\b"
)
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:(?:mosquito(?:e?s)?|midges?|ticks?|fleas?|rats?|rodents?|bats?|flies|vectors?|lice"
    r"|snails?)\s+(?:that|which)\s+(?:also\s+|can\s+|may\s+)?(?:spread|spreads|carry|carries"
    r"|transmit|transmits|cause|causes)|(?:mistaken|confused)\s+(?:for|with)"
    # "marmots, the main carriers of the plague bacteria"
    r"|(?:carriers?|hosts?|reservoirs?|vectors?)\s+of\s+(?:the\s+)?)\s*$",
    re.IGNORECASE,
)


# What a disease looks like or may lead to: "joint pain similar to dengue", "measles can cause
# pneumonia"
_LIKENESS_OR_RISK_BEFORE = re.compile(
    r"\b(?:similar to|mimic\w*|indistinguishable from)\s+(?:th(?:ose|at) of\s+)?$"
    # "severe disease and complications such as pneumonia"
    r"|\bcomplications?\s+(?:such as|like|including)\s+$"
    r"|\b(?:can|may|could)\s+(?:also\s+|sometimes\s+|even\s+)?(?:cause|lead to|result in"
    r"|trigger|progress to)\s+$",
    re.IGNORECASE,
)


# Hunger as what weakens, not what kills: "children weakened by hunger", "already weak from
# hunger", "starvation rations", "malnutrition leaves children more vulnerable", "hunger drove
# people to eat carcasses"
_WEAKENED_BY_BEFORE = re.compile(
    r"\b(?:weakened|weak|frail|thin)\s+(?:\w+\s+)?(?:by|from|with)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_A_RISK_AFTER = re.compile(
    r"\s+(?:rations?|diets?|wages?)\b|\s+(?:(?:among\s+[\w\s]{1,30}?|also|only)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:leaves?"
    r"|left|makes?|made|weakens?|weakened|raises?|raising|is\s+raising|increases?|increasing"
    r"|drove|drives|had\s+driven|has\s+driven|is\s+stronger|was\s+stronger)\b",
    re.IGNORECASE,
)
_RUMOUR_BEFORE = re.compile(r"\b(?:rumou?rs?|speculation|talk)\b[^.;!?]*$", re.IGNORECASE)


def _ruled_out_by_tests(text: str, cause: tuple, tested_out: list[tuple[str, int]]) -> bool:
    """The cause is one that tests rule out later in the same sentence ("doctors had suspected
    yellow fever, but samples tested negative for yellow fever"), or a rumour of it after."""
    for name, at in tested_out:
        low, high = sorted((cause[2], at))
        if name != cause[0] or _SENTENCE_STOP.search(text, low, high):
            continue
        if cause[2] < at or _RUMOUR_BEFORE.search(text, max(0, cause[2] - 40), cause[2]):
            return True  # (or after: "tested negative for Ebola, after rumours of an Ebola case")
    return False


# "primary amoebic meningoencephalitis (PAM)": an acronym the text defines for a cause names
# that cause wherever it stands alone later on
_ACRONYM_CONTEXT = re.compile(
    r"\b(?:died|dying|die|dead|deaths?|killed|cases?|patients?|infections?|infected|outbreaks?"
    r"|epidemics?)\b",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s")
_ACRONYM_DEFINED = re.compile(r"\s*\((?P<acronym>(?-i:[A-Z][A-Z0-9-]{1,7}))\)")


def _with_acronyms(text: str, start: int, end: int, out: list) -> list:
    """The cause mentions ``out`` with those of the acronyms the text defines for them."""
    defined = {}
    for name, written, at in out:
        m = _ACRONYM_DEFINED.match(text, at + len(written))
        if m and m.group("acronym") not in defined:
            defined[m.group("acronym")] = (name, m.end())
    if not defined:
        return out
    known = {at for _, _, at in out}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, defined)) + r")(?![\w-])")
    for m in pattern.finditer(text, start, end):
        name, after = defined[m.group()]
        if m.start() < after or m.start() in known or _negated(text, m.start()):
            continue
        if _NOT_AN_ILLNESS_AFTER.match(text, m.end()):
            continue
        ends = [e.end() for e in _SENTENCE_STOP.finditer(text, max(0, m.start() - 300), m.start())]
        lo = ends[-1] if ends else max(0, m.start() - 300)
        after = _SENTENCE_STOP.search(text, m.end())
        hi = after.start() if after else len(text)
        if not _ACRONYM_CONTEXT.search(text, lo, hi):
            continue  # "AES is a description, not a diagnosis": a word discussed, no claim
        out.append((name, m.group(), m.start()))
    out.sort(key=lambda c: c[2])
    return out


_QUALIFIER_BEFORE = re.compile(
    r"\b(chronic|enteroviral|viral|bacterial|aseptic|fungal|tuberculous)\s+$", re.IGNORECASE
)
_KNOWN_TERMS = frozenset(cause_terms())


_GLOSS = re.compile(r"\s*[(\[]\s*(?:or\s+|i\.e\.,?\s+|known as\s+)?")


# A cause that is denied, ruled out or set against another is not asserted by anyone:
# "officials ruled out cholera", "denied any deaths from starvation", "caused by bad water,
# not by COVID-19", "tested negative for Ebola".
# (where a negation can begin: the full pattern is tried only there)
_NEGATION_WORDS = re.compile(
    r"\b(?:rul|deni|deny|dismiss|reject|disput|doubt|further|more|additional|pending|planned"
    r"|none|neither|cannot|can't|could"
    r"|awaiting|not\b|never\b|rather|instead|negative|free|no\b|nobody|nothing|invent|made up"
    r"|making up|fabricat|stopp"
    r"|(?:found|detected|showed|revealed|seen|saw) no\b"
    r"|no one)|n't",
    re.I,
)
_NEGATION_HINTS = (
    "rul",
    "deni",
    "deny",
    "dismiss",
    "reject",
    "no ",
    "not",
    "n't",
    "rather",
    "instead",
    "free",
    "nobody",
    "nothing",
    "invent",
    "made up",
    "making up",
    "fabricat",
    "stopp",
    "negative",
    "never",
    "none",
    "neither",
    "exclude",
    "disput",
    "doubt",
    "tests ",
    "test ",
    "results",
    " than ",
)


# A cause word naming a product or a programme rather than an illness someone has.
_NOT_AN_ILLNESS_AFTER = re.compile(
    r"[\s-]+(?:vaccin\w*|jabs?|shots?|immuni[sz]ation|inoculation|boosters?|test(?:ing)? kits?"
    r"|kits?|tests?|antivirals?|drugs?|medicines?|medication|pills|tablets|antibiotics"
    r"|treatments?|treatment centres?"
    r"|campaigns?|awareness|preparedness|prevention|control"
    r"|alerts?|warnings?|hotlines?|helplines?|(?:information|advice) (?:lines?|pages?"
    r"|centres?|centers?|sessions?)|eradication|elimination|rumou?rs?|response"
    r"|teams?|workers?|programmes?|programs?|experts?"
    # "the lifting of COVID-19 restrictions": rules, not cases
    r"|restrictions|curbs|rules|regulations|protocols)\b"
    # "간염 검사 시약", "콜레라 백신": a test or a vaccine, in Korean
    r"|\s*(?:검사|시약|백신|예방\s*접종|치료제)",
    re.IGNORECASE,
)


# "the measles, mumps and rubella vaccine": a vaccine named by a list of diseases
_LISTED_VACCINE_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)[A-Za-z-]+){1,3}\s+(?:vaccin\w*|jabs?|shots?"
    r"|immuni[sz]ations?|inoculations?|boosters?)\b",
    re.IGNORECASE,
)


# "high fevers and kidney failure": a sign, unless it is what people died of or live with
_ORGAN_FAILURE = re.compile(r"(?:acute\s+)?(?:kidney|renal)\s+failure", re.IGNORECASE)
_DIAGNOSIS_BEFORE = re.compile(
    r"\b(?:died|dying|dead|deaths?|cases?|diagnosed|suffering|treated)\s+(?:\w+\s+){0,2}"
    r"(?:of|from|with|for)\s+(?:\w+\s+)?$"
    # "elderly neighbours with kidney failure had died": their own condition
    r"|\b(?:patients?|people|neighbou?rs|residents|children|men|women|those)\s+with\s+$",
    re.IGNORECASE,
)
# "the Global Fund to Fight AIDS, Tuberculosis and Malaria": diseases in a body's name
_FUND_TO_FIGHT = re.compile(
    r"(?-i:Fund|Alliance|Partnership|Initiative|Coalition|Campaign|Programme|Program)\s+"
    r"(?-i:to\s+(?:Fight|End|Eradicate|Defeat|Beat|Stop)|for|against)\s+"
    r"(?:(?-i:[A-Z][\w/-]*)(?:,\s+|\s+and\s+|\s+))*$"
)
# "the Evandro Chagas Institute in Belem": a surname in the name of a body
_INSTITUTE_AFTER = re.compile(r"\s+(?:Institute|Foundation)\b")
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")


# "its cholera treatment centre had admitted 600 patients": the patients have the disease
_ADMITS_PATIENTS = re.compile(
    r"[\s-]+treatment (?:cent(?:re|er)|units?|wards?)s?\b[^.;!?]{0,80}?"
    r"\b(?:admitted|treated|received|took in)\b",
    re.IGNORECASE,
)


# "vaccines against polio, diphtheria and measles": the diseases a vaccine is for
_VACCINE_BEFORE = re.compile(
    r"\b(?:vaccin\w*|immuni[sz]\w*|jabs?|shots?|doses?|inoculat\w*)\s+(?:against|for)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# "hepatitis A and tetanus, neither of which has yet been detected, could follow": feared,
# not found
_NOT_YET_AFTER = re.compile(
    r"[^.;]{0,60}?,\s+(?:neither|none) of (?:which|them) (?:has|have|had|was|were)"
    r" (?:yet |so far )?(?:been )?(?:detected|found|confirmed|reported|seen)"
    r"|\s+(?:could|may|might) (?:follow|spread|break out|emerge|return)"
    # ("chikungunya could spread further": it is here already)
    r"(?!\s+(?:further|farther|more widely|beyond|to other|to neighbouring|to neighboring)\b)",
    re.IGNORECASE,
)
# "denied that an outbreak of acute watery diarrhoea in Mecúfi district is cholera": the
# subject of the denied sentence stands; what it is said to be is denied
_SUBJECT_OF_DENIAL = re.compile(
    r"(?:\s+(?:in|at|among)\s+[^.;:!?,]{1,40}?)?\s+(?:is|was|are|were)\s+(?!not\b|no\b)"
    r"(?:(?:an?|the)\s+)?(?:outbreak\s+of\s+)?[A-Za-z]",
    re.IGNORECASE,
)
# "there is no cholera in the township", '"no diphtheria in Hamhung"': the disease rejected
# (but "no tuberculosis deaths" is a zero of a count, and keeps it)
_COUNT_NOUN_AFTER = re.compile(
    r"\s+(?:deaths?|cases?|infections?|patients?|fatalities|victims)\b", re.IGNORECASE
)
_THERE_IS_NO = re.compile(
    r"(?:\bthere\s+(?:is|was|are|were|has\s+been|had\s+been)\s+|[\"“‘'])"
    # "there was 'absolutely no cholera'"
    r"(?:(?:absolutely|certainly|definitely|simply)\s+)?no\s+$",
    re.IGNORECASE,
)
# "no cholera had been detected": the disease ruled out (not a zero of a count: "no cases
# of cholera have been recorded" keeps it)
_OUTBREAK_AFTER = re.compile(r"\s+(?:epidemic|outbreak)s?\b", re.IGNORECASE)
_FOUND_AFTER = re.compile(
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:been\s+)?(?:detected|found|identified"
    r"|confirmed|reported|recorded)\b",
    re.IGNORECASE,
)
_RULED_OUT_AFTER = re.compile(
    # ("measles had also been considered and ruled out")
    r"\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:also\s+)?(?:been\s+)?"
    r"(?:(?:considered|investigated|suspected|tested)\s+and\s+)?(?:ruled out|excluded)\b"
    # 'children\'s "scarlet fever" is really measles', "the 'flu' wave is COVID", 'the "mpox"
    # label': a name in quotation marks, put forward to be set aside
    r"|[\"”’']\s+(?:(?:wave|outbreak|epidemic)\s+(?:is|was)|(?:is|was|are|were)\s+(?:really"
    r"|actually|in fact|truly)|label|tag)\b"
    # "plague and COVID-19 had been ruled out": both
    r"|,?\s+(?:and|or)\s+(?:(?!(?:that|which|what|it|tests?|said)\b)[\w-]+\s+){1,3}?"
    r"(?:(?:had|has|have)\s+been|were|was|are)\s+"
    r"(?:both\s+|all\s+|also\s+)?(?:ruled out|excluded)\b"
    r"|[^.;:!?]{0,30}?\b(?:and|but)\s+(?:[\w-]+\s+){0,2}?(?:had\s+|have\s+|has\s+)?(?:ruled|rules)"
    r" (?:it|them|this) out\b"
    r"|\s+(?:and|but)\s+(?:every|all|each|the)\s+(?:[\w-]+\s+){0,2}(?:was|were|came back|proved)"
    r"\s+negative\b"
    r"|[;,]?\s+(?:but\s+|and\s+)?(?:the\s+|all\s+)?(?:test\s+)?results?\s+(?:was|were|came back"
    r"|proved)\s+negative\b"
    # "they told us it was dengue, but the test was negative"
    r"|[;,]?\s+but\s+(?:the|his|her|their|all)\s+(?:[\w-]+\s+)?tests?\s+(?:was|were|came back"
    r"|proved)\s+negative\b"
    # "reports of an anthrax outbreak have not been confirmed"
    r"|[^.;:!?,]{0,60}?\b(?:have|has|had)\s+not\s+been\s+(?:confirmed|verified)\b"
    # "tested for Marburg virus, which was ruled out"
    r"|,?\s+which\s+(?:was|were|has been|had been|have been)\s+(?:later\s+)?"
    r"(?:ruled out|excluded)\b"
    # "residents say Ebola is a lie invented to bring money"
    r"|\s+(?:is|was|are|were)\s+(?:just\s+|only\s+|all\s+|simply\s+)?(?:an?\s+)?(?:lie|hoax|myth"
    r"|fabrication|invention|fake|fiction)\b|\s+(?:does|did)\s+not\s+exist\b"
    # "Food poisoning does not leave black scabs", "norovirus alone would not give you
    # children with blood in their stools": the disease rejected as the explanation
    # ("An influenza season does not produce", "Food poisoning from a batch of crabs does not
    # usually keep spreading")
    r"|(?:\s+alone|\s+(?:season|outbreak)s?|\s+from\s+[^.;:!?,\"“”]{1,30}?)?\s+(?:does not"
    r"|doesn't|did not|didn't|would not|wouldn't|could not|couldn't|cannot|can't)"
    r"\s+(?:usually\s+|normally\s+|simply\s+)?(?:\w+\s+)?(?:cause|leave|give|explain|account"
    r"|produce|kill|behave|look like|spread like|keep\s+spreading|turn|make|drag|come\s+back"
    # '"Food poisoning does not turn people yellow"', "Heatstroke doesn't come back"
    r"|return|spread\s+from\s+(?:house|household|home|family)|last\s+(?:for\s+)?(?:weeks|months))\b"
    r"|\s+is\s+(?:just\s+)?the\s+(?:label|word|name)\s+(?:used|they use|given)\b"
    # "위장염으로는 황달을 설명할 수 없다": gastroenteritis cannot explain the jaundice
    r"|(?:으로는|로는)\s*[^.!?\n]{0,20}?(?:설명할\s*수\s*없|설명이\s*안\s*된)",
    re.IGNORECASE,
)
# "warned against spreading baseless rumours about cholera", "anyone using the word cholera
# would be punished": the word is talked about, not said
_TALKED_ABOUT = re.compile(
    r"(?:\bagainst\s+(?:spreading\s+)?[\"“‘']?(?:(?:false|baseless|unfounded)\s+)?rumou?rs"
    r"[\"”’']?\s+(?:about|of)\s+(?:the\s+|an?\s+)?"
    r"|\banyone\s+(?:using|who\s+uses|saying|who\s+says)\s+the\s+(?:word|term)\s+[\"“‘']?)$",
    re.IGNORECASE,
)
# "If it was pneumonia, why did they burn him?", "Calling it influenza does not help": the
# disease put forward only to be rejected
_REJECTED_BEFORE = re.compile(
    r"(?:(?:^|[.!?\"“‘]\s*|\n)(?:[\"“‘']\s*)?(?:if (?:it|this|that) (?:was|were|is|had been)"
    r"|calling (?:it|this|them)|to call (?:it|this|them))"
    # ("she was asking why, if it is only food poisoning, they burned the girl")
    r"|,\s*if (?:it|this|that) (?:was|were|is|had been)"
    # "Unlike influenza, mycoplasma responds to antibiotics", "mentioned neither deaths nor
    # pneumonia": set beside, not asserted
    r"|\bunlike|\bneither\s+(?:[\w-]+\s+){0,4}?nor|\b(?:mention\w*|reported|confirmed|named)\s+neither"
    # "had first been misdiagnosed with malaria or typhoid", "what they assumed was malaria"
    r"|\b(?:misdiagnosed|wrongly diagnosed|wrongly treated)\s+(?:with|as|for)"
    r"|\bwhat (?:they|he|she|we|families|patients) (?:had )?assumed (?:was|to be)"
    # "makes no mention of typhoid"
    r"|\b(?:makes|made|make) no mention of|\b(?:did|does|do) not mention|\bwithout mentioning"
    # "The staff don't believe it is the flu"
    r"|\b(?:don't|don’t|do not|doesn't|doesn’t|does not|didn't|didn’t|did not|no one|nobody)"
    r"\s+(?:really\s+)?believes?\s+(?:it|this|that)\s+(?:is|was|'s|’s)(?:\s+the)?)"
    r"\s+(?:just\s+|only\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)


# "fitted measles far better than chickenpox", "the family had first believed the illness
# was typhoid": the one set aside
_SET_ASIDE_BEFORE = re.compile(
    r"\b(?:(?:fit(?:s|ted)?|match(?:es|ed)?)\s+[^.;:!?]{1,40}?\s+(?:far |much )?better than"
    # "his symptoms were at first attributed to malaria and typhoid"
    r"|\b(?:were|was)\s+(?:at first|initially|first)\s+(?:attributed to|put down to|blamed on"
    r"|treated as|diagnosed as|mistaken for)"
    r"|(?:first|initially|at first),?\s+(?:(?:people|we|they|he|she|everyone|families"
    r"|residents|villagers|parents)\s+)?(?:believed|thought|assumed|suspected)\s+(?:that\s+)?"
    r"(?:(?:it|the (?:illness|disease|boy|girl|child|man|woman|patient))\s+(?:was|had)"
    r"|(?:he|she|they|it) (?:had|was))(?:\s+(?:just|only|a|an))*)\s+$",
    re.IGNORECASE,
)
_AT_FIRST = re.compile(r"\b(?:first|initially)\b", re.IGNORECASE)
# "Tests for cholera were negative", "tests for Ebola came back negative"
# ("tested 23,121 people for COVID-19 ... and all of them were negative")
_TESTS_FOR_BEFORE = re.compile(
    r"\b(?:tests?|testing|samples?|tested\s+(?:[\w,-]+\s+){1,4}?)\s*for\s+(?:the\s+)?$", re.I
)
_NEGATIVE_AFTER = re.compile(
    r"[^.;:!?]{0,100}?\b(?:was|were|came back|proved|(?:have|has|had)(?:\s+all)?\s+been|all)"
    r"\s+negative\b",
    re.I,
)


def _negated(text: str, position: int) -> bool:
    """The cause at ``position`` is denied or ruled out (a cheap test of the words before it
    comes first: most causes have none of them)."""
    before = text[max(0, position - 100) : position]
    lowered = before.lower()
    if not any(hint in lowered for hint in _NEGATION_HINTS):
        return False
    if _ZERO_FIGURE_OF.search(before):
        return False  # "denied any deaths from cholera": a zero for cholera, not a denial of it
    if (
        " than " in lowered
        and _MORE_LIKE_THAN.search(before)
        and not _ASSERTED_BY_AFTER.match(text, position, position + 60)
    ):
        return True
    return any(_NEGATED.match(before, w.start()) for w in _NEGATION_WORDS.finditer(before))


# What a denied figure counts: "denied any deaths from", "no new cases of", "denied that anyone
# had died of". The disease stays the subject of the zero; it is not ruled out.
_ZERO_FIGURE_OF = re.compile(
    r"\b(?:(?:any|no|zero)\s+(?:(?:new|confirmed|suspected|reported|further|more|additional"
    r"|known)\s+){0,2}(?:deaths?|cases?|infections?|fatalities|patients|victims)"
    r"|(?:anyone|anybody|any\s+\w+)\s+(?:else\s+)?(?:(?:had|has|have)\s+)?(?:been\s+)?"
    r"(?:died|infected|fallen ill|fell ill|sickened))"
    r"\s+(?:(?:attributed\s+to|caused\s+by|linked\s+to|related\s+to|due\s+to|from|of|with)\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# "sounds far more like typhoid fever than tuberculosis": the one set aside (but not "than
# with the enterocolitis reported by Pyongyang", which another asserts)
_MORE_LIKE_THAN = re.compile(
    r"\b(?:more|rather|less)\s+(?:like|likely|consistent\s+with|in\s+keeping\s+with"
    r"|typical\s+of|suggestive\s+of)\b[^.;!?]{1,80}?\bthan(?:\s+with)?\s+"
    r"(?:(?:the|a|an|ordinary|normal|simple|common|seasonal|just|mere)\s+){0,3}$",
    re.IGNORECASE,
)
_ASSERTED_BY_AFTER = re.compile(
    r"[\w' -]{1,40}?\s+(?:reported|described|claimed|announced|diagnosed)\s+by\b", re.IGNORECASE
)
_NEGATED = re.compile(
    r"(?:(?:ruled?|rules|ruling) out|(?:denied|denies|deny|denying|dismissed|dismissing"
    r"|dismisses|disput(?:e|es|ed|ing) that"
    r"|(?<!no )(?<!without )(?<!little )doubt(?:s|ed)?(?: that)?"
    r"|rejected|rejecting|rejects)\b)(?:(?![.;:!?]|,\s*(?:and|but|saying)\b"
    # ("denied that typhoid was behind the illness, blamed food poisoning")
    r"|,\s*(?:blamed|attributed|said|insisted|claimed|called|put)\b"
    r"|\b(?:and|but)\s+(?:(?:have|has|had)"
    # ("ruled out anthrax and recorded the deaths as food poisoning")
    r"\s+)?(?:told|said|say|says|insist\w*|claim\w*|put|puts|blam\w*|attribut\w*|record\w*"
    r"|regist\w*|list(?:s|ed|ing)?|diagnos\w*|call(?:s|ed|ing)?)\b)[^\n])*$"
    r"|(?:nobody|no one|no-one)\s+(?:here\s+|there\s+|really\s+|(?:I|we)\s+know\s+)?"
    r"(?:(?:has|had|have)\s+)?"
    r"(?:(?:believes?|thinks?|buys?|accepts?)\s+(?:(?:that\s+)?(?:it|this|that)\s+(?:is|was"
    r"|'s)\s+|it's\s+)|(?:seen|heard of|had|thought of|suspected|considered|mentioned)\s+)"
    r"(?:(?:just|only|simply|really|the|a|an|any)"
    r"\s+){0,3}$"
    # "none was caused by malnutrition", "cannot exclude norovirus"
    r"|\b(?:none|neither)\s+(?:of\s+(?:them|the\s+(?:\w+\s+){0,2}\w+)\s+)?(?:was|were|had been"
    r"|has been)\s+"
    r"(?:caused by|due to|linked to|from)\s+$"
    r"|(?:cannot|can't|could not|couldn't)\s+(?:\w+\s+)?(?:exclude|rule out)\s+$"
    # "told never to write COVID"
    # (but "told not to say the word cholera, but we know what it is" implies it)
    r"|(?:never|not)\s+to\s+(?:write|record)\s+[\"“‘']?$"
    # "further tests for meningitis", "awaiting results for Ebola": a test yet to come is no
    # finding
    r"|(?:further|more|additional|pending|planned)\s+(?:[\w-]+\s+)?tests?\s+for\s+"
    r"(?:(?:the|a|an|possible)\s+)?$"
    r"|awaiting\s+(?:test\s+)?results?\s+(?:for|of)\s+(?:(?:the|a|an|possible)\s+)?$"
    # "did not mention paratyphoid", "has never publicly confirmed a cholera outbreak"
    r"|(?:not|n't|never)\s+(?:publicly\s+|yet\s+|officially\s+|once\s+)?(?:mention\w*|name[sd]?"
    r"|report(?:ed)?(?:\s+on)?"
    r"|confirm\w*|acknowledg\w*|us(?:e|ed) the (?:word|term)|refer(?:red)? to"
    # "staff had not suspected Nipah at first"
    r"|suspect(?:ed)?|consider(?:ed)?"
    # '"We did not think of bird flu"'
    r"|think\s+of|thought\s+of)\s+"
    r"(?:(?:the|a|an|any)\s+)?(?:word\s+|term\s+)?[\"“‘']?$"
    # '"You don't do that for food poisoning"', "You do not put a whole crew in a warehouse
    # for the flu": what one would not do for it
    r"|(?:(?<=do)n't|(?<=does)n't|(?<=would)n't|(?<=wo)n't|(?<=do )not|(?<=does )not"
    r"|(?<=would )not)\s+(?:do|put|lock|seal|quarantine|close|cremate|burn|bury|shut|isolate"
    r"|send)\b[^.;!?\"“”]{0,50}?\bfor\s+"
    r"(?:(?:a|an|the|just|mere|ordinary|simple|bad|seasonal|winter|common)\s+){0,3}$"
    # "They didn't die of flu"
    r"|(?:not|n't|never)\s+(?:die|died|dying)\s+(?:of|from)\s+(?:(?:the|a|an)\s+)?$"
    # "The ministry has not described the outbreak as cholera"
    r"|(?:not|n't|never)\s+(?:publicly\s+|yet\s+|officially\s+)?(?:describ\w+|call\w*|label\w*"
    r"|class\w+|identif\w+|declar\w+)\s+(?:(?:the|this|that|it|its|their)\s+)?(?:[\w-]+\s+){0,2}"
    r"as\s+(?:(?:the|a|an)\s+)?$"
    r"|(?:not|n't|never|rather than|instead of|negative for"
    # "say the illness has nothing to do with anthrax", "the authorities were 'inventing
    # Ebola'", "stopped short of calling it cholera"
    r"|nothing\s+to\s+do\s+with|invent(?:ing|ed|s)?|made\s+up|making\s+up|fabricat(?:ing|ed|es)"
    r"|stopp(?:ed|ing)\s+short\s+of\s+(?:calling|naming|declaring|labell?ing|describing)"
    r"(?:\s+(?:it|this|them|the\s+(?:outbreak|disease|illness)))?(?:\s+as)?"
    r"|(?:found|detected|showed|revealed|seen|saw) no"
    r"(?:\s+(?:sign|signs|evidence|trace|traces) of)?"
    r"|no (?:sign|signs|evidence|trace|traces) of)\s+(?:(?:by|from|of|due to|caused by|related to"
    r"|linked to|the|a|an|actually|really|simply|just|that|this|it|is|was|like"
    # "this is not ordinary food poisoning"
    r"|ordinary|normal|simple|common|usual|regular)\s+){0,3}$",
    re.IGNORECASE,
)


# A country (or a capital standing for its government) followed by a speech verb speaks:
# "North Korea said Friday", "Pyongyang told the WHO". It is official about its own country
# and independent about another.
_CAPITALS = {"Pyongyang": "KP", "Seoul": "KR", "Beijing": "CN", "Moscow": "RU", "Tokyo": "JP",
             "Washington": "US"}  # fmt: skip
_COUNTRY_SPEECH = re.compile(
    r"(?:(?:'s|’s)\s+(?:mission|embassy|delegation|envoy|ambassador|representative|permanent"
    r" mission)(?:\s+(?:in|to|at)\s+[A-Z][\w-]+)?)?"
    r"(?:'s|’s)?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    # "North Korea first admitted an outbreak", "has not confirmed any cases since"
    r"(?:(?:first|not|never)\s+)?"
    # "North Korea has continued to report zero cases", "continues to claim"
    r"(?:(?:continued|continues|continue)\s+to\s+(?:report|claim|insist|deny|say)\b|said|says"
    # "North Korea declared victory over COVID-19", "declared the end of its outbreak"
    r"|declared\s+(?:victory|the\s+end|an\s+end|its\s+first"
    # "When Sierra Leone declared a public-health emergency over mpox"
    r"|an?\s+(?:[\w-]+\s+){0,2}(?:emergency|outbreak|epidemic))"
    # "North Korea was telling the World Health Organization that"
    r"|(?:was|is|were|are|kept)\s+(?:still\s+)?(?:telling|insisting|claiming|reporting)"
    r"|told|reported|announced|notified"
    r"|stated|claimed|insisted|insists|maintains|maintained|denied|confirmed|admitted"
    r"|acknowledged|dismissed|rejected"
    r"|suspected|suspects|believes|believed|fears|feared)\b"
)


# "the enterocolitis reported by Pyongyang": the country speaks through a passive
_PASSIVE_SPEECH_BY = re.compile(
    r"\b(?:reported|described|announced|claimed|denied|confirmed|acknowledged)\s+by\s+$",
    re.IGNORECASE,
)
# "a source in Pyongyang told", "a defector living in Seoul said": the place is where the
# speaker is, not the speaker.
# ("WHO's representative for North Korea said": the country the speaker works on)
_PLACE_OF_SPEAKER = re.compile(r"\b(?:in|from|inside|near|at|to|for|on)\s+(?:the\s+)?$", re.I)


def _place_speakers(text: str, places: list[dict]) -> list[dict]:
    out = []
    for place in places:
        country = place["country"] if place["region"] is None else _CAPITALS.get(place["text"])
        if (
            country
            and (
                _COUNTRY_SPEECH.match(text, place["end"])
                or _PASSIVE_SPEECH_BY.search(text, max(0, place["start"] - 30), place["start"])
            )
            and not _PLACE_OF_SPEAKER.search(text, max(0, place["start"] - 12), place["start"])
        ):
            out.append(
                {
                    "voice": "official",
                    "text": place["text"],
                    "start": place["start"],
                    "end": place["end"],
                    "speaks": True,
                    "country": country,
                }  # fmt: skip
            )
    return out


_QUOTE_MARK = re.compile("[\"“‘']")


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of quoted passages in text[start:end]: “...”, "...", ‘...’ or '...'."""
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text, start, end)]


# (a quotation in single quotes opens before a capital and closes after punctuation, so an
# apostrophe inside it, "don't", or after a plural, "the nurses' ward", does not end it)
_QUOTE_RE = re.compile(
    r"“[^”]{10,}”|\"[^\"]{10,}\"|(?<!\w)'(?=[A-Z])[^\n]{10,}?[,.!?]'(?!\w)"
    r"|‘[^\n]{10,}?[,.!?]’(?!\w)"
)


_PRONOUN_SAID = re.compile(r"\W{0,3}\s*(he|she|they)\s+(?:said|says|added|told)\b", re.I)
# The last word of an attribution that names one person ("a WHO malaria adviser", "the
# source", "ministry official")
_PERSON_WORDS = frozenset(
    """source resident local official doctor physician nurse spokesperson spokesman spokeswoman
    researcher epidemiologist expert professor analyst scientist virologist defector trader
    worker man woman mother father partner farmer vendor teacher director head chief minister
    officer representative adviser advisor manager merchant smuggler driver pharmacist relative
    witness fisherman labourer laborer citizen caller prisoner inmate detainee survivor
    daughter son brother sister wife husband widow cousin uncle aunt neighbour neighbor
    grandmother grandfather villager miner soldier student acquaintance housewife specialist
    secretary governor mayor commissioner coordinator correspondent medic surgeon internist
    paediatrician pediatrician midwife elder leader engineer lawyer activist""".split()
)
_PERSONAL_NAME = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s){1,2}[A-Z][a-z]+(?:-[a-z]+)?")


_FEMALE = frozenset(
    "she her woman mother wife daughter sister widow aunt grandmother housewife niece".split()
)
_MALE = frozenset("he his man father husband son brother widower uncle grandfather nephew".split())


def _may_be(attribution: dict, pronoun: str) -> bool:
    """The attribution may be the person "he" or "she" stands for ("her sister" is no "he")."""
    if attribution.get("gender"):
        return attribution["gender"] == pronoun  # a named person described as "she" or "he"
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", attribution["text"])}
    return not (words & (_FEMALE if pronoun == "he" else _MALE))


def _is_person(attribution: dict) -> bool:
    """The attribution names one person (a role in the singular, or a personal name)."""
    if attribution.get("person"):
        return True
    words = re.findall(r"[A-Za-z]+", attribution["text"])
    if not words:
        return False
    if words[-1].lower() in _PERSON_WORDS:
        return True
    return bool(_PERSONAL_NAME.fullmatch(attribution["text"])) and not BODY_WORDS.intersection(
        w.lower() for w in words
    )


# "to stop the spread of cholera", "against measles": a measure taken against a disease does
# not say anyone has it
_PURPOSE_BEFORE = re.compile(
    r"\b(?:to|in order to|aimed at|meant to)\s+(?:stop|prevent|curb|contain|halt|fight|combat"
    r"|check|control|slow)\s+(?:the\s+)?(?:(?:spread|transmission|outbreak)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _quote_speaker(text: str, quotes: list[tuple[int, int]], position: int, speaking: list[dict]):
    """The speaker of the quotation around ``position`` when it runs over several sentences:
    '"... It's hepatitis. The pump is broken," the partner said.' (named just after the
    quotation, or else just before it, or else the speaker of the quotation it goes on from:
    '"...," said Ioana Pop, 71, whose husband is in intensive care. "He caught it there."')."""
    for i, (q_start, q_end) in enumerate(quotes):
        if q_start <= position < q_end:
            found = _quote_speaker_at(text, quotes, q_start, q_end, speaking)
            if found is None and i and _GOES_ON.fullmatch(text, quotes[i - 1][1], q_start):
                found = _quote_speaker_at(text, quotes, *quotes[i - 1], speaking)
            return found
    return None


# Between a quotation and the next one that goes on from it: its attribution, in one
# sentence of one paragraph ('," he said from a hospital bed. "')
_GOES_ON = re.compile(r"[^\n\"“”]{1,160}?[.,:]\s+")


def _quote_speaker_at(
    text: str, quotes: list[tuple[int, int]], q_start: int, q_end: int, speaking: list[dict]
):
    pronoun = _PRONOUN_SAID.match(text, q_end)
    if pronoun:
        # '"Everyone knows it is cholera," he said.': the speaker named before (not
        # someone quoted inside an earlier quotation: '"the guards knew it"'); "he" or
        # "she" is one person, not "residents" or "the ministry", when one was named
        outside = [a for a in speaking if not any(s <= a["start"] < e for s, e in quotes)]
        said_by = pronoun.group(1).lower()
        if said_by in ("he", "she"):
            fits = [a for a in outside if _may_be(a, said_by)]
            person = _last_before([a for a in fits if _is_person(a)], q_start)
            if person is not None:
                return person
            outside = fits or outside
        return _last_before(outside, q_start)
    after = _first_after(speaking, q_end)
    if (
        after is not None
        and after["start"] - q_end <= 40
        and "\n" not in text[q_end : after["start"]]
        # (not one named inside the next quotation: '"...," the doctor said. "We are told to
        # write it down as diarrhoea."')
        and not any(s <= after["start"] < e for s, e in quotes)
    ):
        return after
    before = _last_before(speaking, q_start)
    if before is not None and q_start - before["end"] <= 40:
        return before
    return None


def _in_same_quote(quotes: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a < e and s <= b < e for s, e in quotes)


def _voice_for(attribution: dict, place: dict | None) -> str:
    if "country" in attribution and place and place["country"]:
        return "official" if place["country"] == attribution["country"] else "independent"
    if attribution.get("abroad"):
        return "independent"  # a physician in Seoul on an outbreak in North Korea
    return attribution["voice"]


# A doctor or nurse speaking from another country is an outside expert, not a local voice
# ("a physician at a hospital in Seoul who treats defectors said"); a defector or a source
# living abroad stays local.
_PROFESSIONAL = re.compile(
    r"\b(?:doctors?|physicians?|nurses?|medical workers?|pharmacists?|p(?:a)?ediatricians?"
    r"|surgeons?|cardiologists?|pulmonologists?|general practitioners?|midwi(?:fe|ves))\b",
    re.I,
)
# ("told us it was the same coronavirus as in China": a clause of its own, not where one is)
_BASED_IN = re.compile(
    r"(?:(?!\b(?:told|tells|said|says|was|were|is|are|that)\b)[^.;!?]){0,40}\b(?:in|based in)\s+$",
    re.IGNORECASE,
)


# A doctor who speaks through the state ("State television quoted a doctor as saying", "a
# doctor told KCNA", "doctors said at a briefing") speaks for it; one who talks to an outside
# outlet or privately stays a local voice.
_QUOTED_BY = re.compile(
    r"\s+(?:(?:has|had|also|later)\s+)?(?:quot(?:ed|es|ing)|cit(?:ed|es|ing)|interview(?:ed|s|ing)"
    r"|carried (?:remarks|comments) (?:by|from))\s+$",
    re.IGNORECASE,
)
_THROUGH_THE_STATE = re.compile(
    r"[^.;!?]{0,80}?\b(?:(?:told|telling|speaking to|in an interview with)\s+(?:the\s+)?"
    r"(?:state(?:-run)? (?:media|television|TV|news agency|newspaper|radio)|KCNA|KCTV"
    r"|Korean Central (?:News Agency|Television)|Rodong Sinmun|Minju Joson|(?:a|the) (?:press "
    r"|news )?(?:briefing|conference))"
    r"|(?:said|stated|announced|explained|told reporters)\s+(?:at|during|in)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:briefing|press conference|news conference|statement))\b",
    re.IGNORECASE,
)


_THE_BODY = re.compile(
    r"the (ministry|agency|department|commission|bureau|office|institute|organi[sz]ation|charity"
    r"|group|watchdog|service|centre|center|committee|council|foundation|paper|newspaper)",
    re.IGNORECASE,
)


# "The official said": the one official the text has already introduced ("a WHO official
# working with the polio programme")
_THE_PERSON = re.compile(r"official|spokes(?:man|woman|person)|expert|epidemiologist", re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "a foundation spokesman", "the charity's director", "a ministry official": one who speaks
# for a body named before
_BODY_BEFORE = re.compile(
    r"\b(?:[Tt]he|an?|An?)\s+(foundation|charity|group|organi[sz]ation|agency|institute"
    r"|society)(?:'s|’s)?\s+$"
)
_BODY_ROLE = re.compile(
    r"(ministry|foundation|charity|agency)(?:'s|’s)?\s+(?:official|spokes(?:man|woman|person))",
    re.IGNORECASE,
)


def _resolve_the_body(text: str, attributions: list[dict]) -> None:
    """A bare "the ministry" speaks with the voice of the ministry the text last named ("an official
    at the Ministry of Unification told reporters that the ministry believed"); "a ministry
    official" or "a foundation spokesman" with the voice of the body of that kind it last
    named; and "the official" with the voice of the official it last named."""
    for i, a in enumerate(attributions):
        the_body = _THE_BODY.fullmatch(a["text"])
        if the_body is not None:
            head = the_body.group(1).lower()
            b = _named_before(attributions, i, _is_the_body_named, head) or _named_before(
                attributions, i, _is_a_named_body, head in _STATE_HEADS
            )
            if b is not None:
                # (one body: "the commission" is the health commission named before)
                a["voice"], a["text"] = b["voice"], b["text"]
            continue
        person = _THE_PERSON.fullmatch(a["text"])
        body = (
            person and _BODY_BEFORE.search(text, max(0, a["start"] - 30), a["start"])
        ) or _BODY_ROLE.fullmatch(a["text"])
        if body is not None:
            head = body.group(1).lower()[:8]  # ("organisa": either spelling of organisation)
            b = _named_before(attributions, i, _is_a_body_of_kind, head)
            if b is not None:
                a["voice"] = b["voice"]
        elif person is not None and _THE_BEFORE.search(text, max(0, a["start"] - 5), a["start"]):
            b = _named_before(attributions, i, _is_one_in_role, person.group().lower(), a["text"])
            if b is not None:
                a["voice"] = b["voice"]
                if b.get("abroad"):
                    a["abroad"] = True


NAMED_WITHIN = 1500  # characters back to look for the body or person a phrase refers to


def _named_before(attributions: list[dict], i: int, fits, *args) -> dict | None:
    """The nearest attribution before ``attributions[i]``, within NAMED_WITHIN characters,
    for which ``fits(attribution, *args)`` holds."""
    start = attributions[i]["start"]
    for b in reversed(attributions[:i]):
        if start - b["end"] > NAMED_WITHIN:
            return None
        if fits(b, *args):
            return b
    return None


def _is_the_body_named(b: dict, head: str) -> bool:
    """A body of the kind "the ministry" names, named in full (or where its speaker works)."""
    named = f"{b['text']} {b.get('workplace', '')}".lower()
    return head in named and _THE_BODY.fullmatch(b["text"]) is None


# bodies only a state has: "the ministry" is never the charity named before it
_STATE_HEADS = frozenset({"ministry", "department"})


def _is_a_named_body(b: dict, of_state: bool = False) -> bool:
    """Any body named before (UNICEF for "the agency"), not a person nor a local voice; an
    official one for a head only a state has ("the ministry")."""
    return (
        b["voice"] != "local"
        and (not of_state or b["voice"] == "official")
        and _THE_BODY.fullmatch(b["text"]) is None
        and not _is_person(b)
        and not _THE_PERSON.search(b["text"])
    )


def _is_a_body_of_kind(b: dict, head: str) -> bool:
    """A body of the kind "a foundation spokesman" speaks for (not another such speaker)."""
    return head in b["text"].lower() and not _BODY_ROLE.fullmatch(b["text"])


def _is_one_in_role(b: dict, head: str, bare: str) -> bool:
    """One introduced in the role "the official" refers back to ("a WHO official")."""
    return b["text"] != bare and b["text"].lower().split()[-1:] == [head]


# "The WHO's European office said on Monday that Romania had reported the highest measles
# incidence": a state's figures restated by an independent body are that body's claim
_NESTED_FRAME = re.compile(
    r"(?:said|says|noted|stated|wrote|added|warned|estimated"
    # "told reporters that the government believed"
    r"|told\s+(?:reporters|journalists|lawmakers|legislators|parliament))(?:\s+on\s+\w+|\s+\w+day)?"
    r"(?:\s+that)?\s+(?:the\s+)?",
    re.IGNORECASE,
)

# "A ministry official, speaking on condition of anonymity, said the government suspected":
# the verb comes after the aside
_SPEAKING_ASIDE = re.compile(r"speaking\s+[^,.;:!?\"“”]{1,60},\s+", re.IGNORECASE)


def _past_aside(text: str, verb_at: int) -> int:
    aside = _SPEAKING_ASIDE.match(text, verb_at)
    return aside.end() if aside else verb_at


_PRONOUN_SAID_THAT = re.compile(
    r"\s*(?:It|They|He|She)\s+(?:also\s+)?(?:said|says|noted|added|stated)(?:\s+that)?\s+",
)


def _restated_by(text: str, s_start: int, antecedent: dict, a: dict) -> dict:
    """'[WHO] ... It said Tajikistan had reported 41 cases': the state an independent
    speaker restates, as a pronoun opening the sentence, speaks in that speaker's voice."""
    if (
        antecedent["voice"] == "independent"
        and a["voice"] == "official"
        and a["speaks"]
        and _PRONOUN_SAID_THAT.fullmatch(text, s_start, a["start"])
    ):
        restated = {**a, "voice": "independent"}
        restated.pop("country", None)
        return restated
    return a


def _restated(text: str, attributions: list[dict]) -> None:
    """An official speaker reported inside an independent one's statement takes its voice."""
    last = None
    for a in attributions:
        if (
            a["speaks"]
            and a["voice"] == "official"
            and last is not None
            and last["voice"] == "independent"
            and last.get("verb_at") is not None
            and last["verb_at"] < a["start"]
            and _NESTED_FRAME.fullmatch(text, _past_aside(text, last["verb_at"]), a["start"])
        ):
            a["voice"] = "independent"
            a.pop("country", None)
        if a["speaks"]:
            last = a


# "Our mobile teams have diagnosed 1,312 cases of malaria", "We have no access to El Fasher":
# a statement or update in the first person plural speaks for the body that wrote it
_FIRST_PERSON = re.compile(
    r"(?:We|Our\s+(?:[\w-]+\s+){0,2}?(?:teams?|staff|clinics?|doctors|nurses|partners"
    r"|laboratory|laboratories|records|data|figures|surveillance|facilities|workers"
    r"|volunteers|colleagues))\s+(?!said\b|told\b)"
    # ("We spoke to her about tuberculosis": the interviewers, who assert nothing)
    r"(?!(?:(?:have|had|also|recently|last\s+week)\s+)*(?:spoke|talked|asked|interviewed"
    r"|met|reached)\b)\w+"
)


def _first_person(
    text: str, spans: list[tuple[int, int]], quotes: list[tuple[int, int]], author: dict | None
) -> list[dict]:
    """A speaker at each sentence opening in the first person plural outside ``quotes``, with
    the voice of the body heading the text (else independent: a relief group's statement)."""
    out = []
    for s_start, _ in spans:
        m = _FIRST_PERSON.match(text, s_start)
        if m is None or any(q0 <= s_start < q1 for q0, q1 in quotes):
            continue
        if text[max(0, s_start - 3) : s_start].strip(" \n") in ('"', "“", "'", "‘"):
            continue
        out.append(
            {
                "voice": author["voice"] if author else "independent",
                "text": author["text"] if author else "the authors (first person)",
                "start": s_start,
                "end": s_start + len(m.group().split()[0]),
                "speaks": True,
                "agent": False,
                "verb_at": None,
            }
        )
    return out


def _mark_on_the_record(text: str, attributions: list[dict], state_tells: bool) -> None:
    """Doctors who speak for the state are official: all of them when state media tells the
    story (``state_tells``), else those quoted by an official voice or speaking through it."""
    for i, a in enumerate(attributions):
        if a["voice"] != "local" or not _PROFESSIONAL.search(a["text"]):
            continue
        quoting = attributions[i - 1] if i else None
        if (
            state_tells
            or quoting is not None
            and quoting["voice"] == "official"
            and _QUOTED_BY.fullmatch(text, quoting["end"], a["start"])
        ) or _THROUGH_THE_STATE.match(text, a["end"]):
            a["voice"] = "official"


def _mark_based_abroad(text: str, attributions: list[dict], places: list[dict]) -> list[dict]:
    """Mark professionals who speak from outside the country the text is mostly about, and
    give officials named by nationality or placed in a town their country; return the places
    that only say where a professional speaks from (they are not where things happen)."""
    countries = Counter(p["country"] for p in places if p["country"])
    if not countries:
        return []
    main_country = countries.most_common(1)[0][0]
    starts = [p["start"] for p in places]
    where_speakers_are = []
    for a in attributions:
        official = a["voice"] == "official" and "country" not in a
        if a["voice"] == "local" and a.get("person"):
            # "Kang Min-jae, a South Korean physician who worked in the North, said"
            described = _NATIONAL_PROFESSIONAL.match(text, a["end"])
            if described and _NATIONALITIES[described.group(1).lower()] != main_country:
                a["abroad"] = True
                names = (a["text"].split()[0], a["text"].split()[-1])
                for b in attributions:  # ("Kang said": the same person, named again)
                    if b["start"] > a["end"] and b.get("person") and b["text"] in names:
                        b["abroad"] = True
                continue
        if not official and (a["voice"] != "local" or not _PROFESSIONAL.search(a["text"])):
            continue
        if official:
            # "Chinese health authorities said", "health authorities in Hunchun said": the
            # state of a country, official about what happens there and independent about
            # another country (as a country named as a speaker is)
            nation = _NATIONALITY_BEFORE.search(text, max(0, a["start"] - 25), a["end"])
            if nation:
                a["country"] = _NATIONALITIES[nation.group(1).lower()]
                continue
        for p in places[bisect.bisect_left(starts, a["end"]) :]:
            if p["start"] - a["end"] > (45 if official else 60):
                break
            if p["country"] and (_IN_ONLY if official else _BASED_IN).fullmatch(
                text, a["end"], p["start"]
            ):
                if official:
                    a["country"] = p["country"]
                    if "reporters" in text[a["end"] : p["start"]]:
                        where_speakers_are.append(p)  # (where the briefing was held)
                elif p["country"] != main_country:
                    a["abroad"] = True
                    where_speakers_are.append(p)
                break
    return where_speakers_are


# "health authorities in Hunchun", "a ministry official told reporters in Seoul": an official
# placed by a town just after it
_IN_ONLY = re.compile(
    r"(?:\s+(?:told|said\s+to|briefed)\s+(?:reporters|journalists|lawmakers))?\s+in\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_NATIONALITIES = {
    "chinese": "CN", "russian": "RU", "south korean": "KR", "japanese": "JP",
    "american": "US", "mongolian": "MN", "iraqi": "IQ", "iranian": "IR", "indian": "IN",
    "pakistani": "PK", "afghan": "AF", "thai": "TH", "vietnamese": "VN", "kenyan": "KE",
    "ugandan": "UG", "rwandan": "RW", "congolese": "CD", "nigerian": "NG", "brazilian": "BR",
    "peruvian": "PE", "colombian": "CO", "mexican": "MX", "german": "DE", "french": "FR",
    "british": "GB", "uzbek": "UZ", "kazakh": "KZ", "kyrgyz": "KG", "tajik": "TJ",
}  # fmt: skip
_NATIONALITY_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + r")\s+(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)


# a professional described by a nationality: ", a South Korean physician who worked in the
# North"
_NATIONAL_PROFESSIONAL = re.compile(
    r",\s+(?:an?|the)\s+(" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + r")\s+"
    r"(?:[\w-]+\s+){0,2}?(?:doctors?|physicians?|nurses?|p(?:a)?ediatricians?|surgeons?"
    r"|pulmonologists?|cardiologists?|pharmacists?)\b",
    re.IGNORECASE,
)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


def _their_own(text: str, attributions: list[dict]) -> None:
    """People a body calls its own speak in its voice: "MSF said its doctors in Halba had
    diagnosed 74 patients"."""
    for before, a in zip(attributions, attributions[1:], strict=False):
        if (
            a["start"] - before["end"] < 80
            and before["voice"] in ("official", "independent")
            and a["voice"] != before["voice"]
            and _ITS_BEFORE.search(text, max(0, a["start"] - 7), a["start"])
            and not _SENTENCE_STOP.search(text, before["end"], a["start"])
        ):
            a["voice"] = before["voice"]


def _nearest(items: list[dict], position: int, lo: int, hi: int) -> dict | None:
    inside = [i for i in items if lo <= i["start"] < hi]
    if not inside:
        return None
    return min(inside, key=lambda i: abs(i["start"] - position))


def _last_before(items: list[dict], position: int) -> dict | None:
    starts = [i["start"] for i in items]
    index = bisect.bisect_left(starts, position)
    return items[index - 1] if index else None


# "..., but their commanders report the deaths as heart failure, a military source told
# Daily NK": a speaker set off by a comma after everything else speaks the whole sentence
_TRAILING_LEAD = re.compile(r",[\"”’']?\s+(?:[\w'’-]+\s+){0,3}$")


def _trailing_speaker(text: str, sentence_attr: list[dict]) -> dict | None:
    """The speaker closing the sentence after a comma, if the sentence has one."""
    speakers = [a for a in sentence_attr if a["speaks"]]
    if not speakers:
        return None
    last = speakers[-1]
    if not _TRAILING_LEAD.search(text, max(0, last["start"] - 40), last["start"]):
        return None
    return last


_CONTRAST = re.compile(rf",?\s+{_CONTRAST_WORDS}\s+", re.IGNORECASE)


# "promises of repairs that residents say were never carried out": a speaker inside a relative
# clause speaks of the noun it qualifies, not of what came before
_RELATIVE_BEFORE = re.compile(
    r"\b(?!(?:said|says|say|told|believe|believes|believed|think|thinks|claim|claims|insist"
    r"|insists|insisted|warned|added|reported|suspect|suspects|fear|fears|and|but|so|now|such"
    # ("mpox, the disease that the WHO declared an emergency": of the disease itself)
    r"|disease|diseases|illness|illnesses|virus|viruses|outbreak|outbreaks|epidemic|epidemics"
    r"|infection|infections|cases|deaths)\b)"
    r"[a-z]+\s+(?:that|which)\s+(?:the\s+|some\s+|many\s+|local\s+)?$"
)


def _across_contrast(text: str, a: dict, position: int) -> bool:
    """Whether a contrast ("but", "while", "although") stands between the speaker and the
    statement ("The provincial committee, however, has told" is no contrast: a subject set off
    by commas)."""
    low, high = sorted((a["end"] if a["end"] <= position else a["start"], position))
    return _CONTRAST.search(text, low, high) is not None


# a segment opening with a verb of saying and no subject of its own ("..., but insisted")
_ELIDED_SPEAKER = re.compile(
    r"[,;]?\s*(?:(?:but|and|yet)\s+)?(?:(?:also|still|later|then)\s+)?(?:insisted|insists"
    r"|said|says|argued|argues|maintained|maintains|claimed|claims|believed|believes|blamed"
    r"|blames)\b",
    re.IGNORECASE,
)


# A speaker opening a clause of its own across a contrast, or after a bare comma with a verb
# of belief (with any verb of saying in a headline): "anthrax confirmed after cattle deaths, but
# villagers blame bad meat", "Measles in Gagauzia: confirmed cases grow, some parents insist it
# is rubella". What the verb goes on to say or blame is theirs, not what came before. (Not
# "..., residents said on Monday", which closes a sentence; nor "the hospital has been
# overwhelmed by dengue, and families say the worst may be yet to come", whose speakers the
# sets' writers give the whole sentence.)
_CONTRAST_LEAD = re.compile(rf",?\s+{_CONTRAST_WORDS}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)
_COMMA_LEAD = re.compile(r"[\w)][,:]\s+(?:[\w'’-]+\s+){0,3}$")
_GOES_ON_TO_SAY = re.compile(
    r"(?:(?P<belief>blame|blames|blamed|insist|insists|insisted|suspect|suspects|suspected|fear"
    r"|fears|feared|believe|believes|believed|argue|argues|argued)|say|says|said|claim|claims"
    r"|claimed)\s+(?:that\b|it\b|it's|it’s|they\b|there\b|(?!(?:on|in|at|to|by|via|during"
    r"|after|before|when|while|from|as|last|this|yesterday|today|earlier|recently|late|early"
    r"|so|too|also|again|privately|publicly|anonymously|reporters|journalists)\b)(?-i:[a-z]))",
    re.IGNORECASE,
)


def _opens_a_later_clause(text: str, a: dict) -> bool:
    """Whether the speaker opens a clause across a contrast, or after a bare comma with a verb
    of belief, and its verb goes on to say or blame something of its own."""
    verb_at = a.get("verb_at")
    if not a["speaks"] or verb_at is None:
        return False
    verb = _GOES_ON_TO_SAY.match(text, verb_at)
    if verb is None:
        return False
    before = max(0, a["start"] - 40)
    return _CONTRAST_LEAD.search(text, before, a["start"]) is not None or (
        (verb.group("belief") is not None or _in_headline(text, a["start"]))
        and _COMMA_LEAD.search(text, before, a["start"]) is not None
    )


def _in_headline(text: str, position: int) -> bool:
    """Whether the position is in a headline: a first line of its own that is no sentence
    ("Mhow: hepatitis A confirmed in contaminated water outbreak, private clinics say
    typhoid")."""
    line_end = text.find("\n", 0, 200)
    return 0 <= position < line_end and not text[:line_end].rstrip().endswith((".", '"', "”"))


def _owner(
    text: str, sentence_attr: list[dict], g_start: int, g_end: int, position: int, quotes: list
) -> dict | None:
    """The attribution in the sentence that owns the statement at ``position``: inside a
    quotation, a speaker quoted in it; then the segment's speakers; then the one closing the
    sentence after a comma; then the sentence's nearest."""
    # ("promises of repairs that residents say were never carried out": a speaker in a
    # relative clause after the statement speaks of the noun it qualifies)
    sentence_attr = [
        a
        for a in sentence_attr
        if not (
            position < a["start"]
            and (
                _RELATIVE_BEFORE.search(text, max(0, a["start"] - 30), a["start"])
                or _opens_a_later_clause(text, a)
            )
        )
    ]
    quoted = [a for a in sentence_attr if _in_same_quote(quotes, a["start"], position)]
    segment_attr = [a for a in sentence_attr if g_start <= a["start"] < g_end]
    if not segment_attr and _ELIDED_SPEAKER.match(text, g_start):
        # "Relatives said they had been told the women had Lassa fever, but insisted they had
        # died of malaria": a verb of saying with no subject of its own is the sentence's
        # subject's
        subject = next((a for a in sentence_attr if a["speaks"] and a["start"] < g_start), None)
        if subject is not None:
            return subject
    found = best_attribution(
        [a for a in quoted if a["speaks"] and g_start <= a["start"] < g_end], position
    ) or best_attribution([a for a in segment_attr if a["speaks"]], position)
    if found is not None:
        return found  # (most statements: the rest is looked at only when these fail)
    trailing = _trailing_speaker(text, sentence_attr)
    # ('"The clinics told them it was rubella, but my nephew had every sign of measles"': a
    # speaker across a "but" is the one contrasted, not the one who says it)
    near = [a for a in sentence_attr if a is trailing or not _across_contrast(text, a, position)]
    return (
        best_attribution([a for a in quoted if a["speaks"] and a in near], position)
        or trailing
        or best_attribution([a for a in near if a["speaks"]], position)
        or best_attribution(segment_attr, position)
        or best_attribution(sentence_attr, position)
    )


# A wire dateline ("SEOUL, May 13 (Yonhap) --", "GENEVA (Reuters) -", "NAIROBI, Kenya (AP) —")
# names where the report was filed, not where things happened.
_DATELINE = re.compile(
    r"\s*[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|,\s+\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})?"
    r"\s*(?:\([A-Za-z .]+\)\s*)?(?:--|—|–|-)\s"
)


def _dateline_end(text: str) -> int:
    """Where a wire dateline ends (0 if the text has none): the words before the dash must
    hold a date or an agency, or begin with a word in capitals."""
    m = _DATELINE.match(text)
    if m is None:
        return 0
    head = m.group()
    first = head.split(None, 1)[0].strip(",")
    if "(" in head or re.search(r"\d", head) or (first.isupper() and len(first) >= 3):
        return m.end()
    return 0


# "traders from Vladivostok", "North Korea's mission in Geneva": where people come from or
# sit, not where things happen
_ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?$|\b(?:mission|embassy|consulate|delegation|representation)\s+"
    r"(?:in|to|at)\s+$",
    re.IGNORECASE,
)


def _owns_a_speaker(text: str, place: dict, attribution_by_start: dict) -> bool:
    """The country is a speaker's ("South Korea's Ministry of Unification said"), not where
    things happen."""
    after = place["end"] + 3
    return text[place["end"] : after] in ("'s ", "’s ") and after in attribution_by_start


def _within(starts: list[int], lo: int, hi: int) -> slice:
    """The slice of a sorted list of positions that falls in [lo, hi)."""
    return slice(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))


def _first_after(items: list[dict], position: int) -> dict | None:
    starts = [i["start"] for i in items]
    index = bisect.bisect_left(starts, position)
    return items[index] if index < len(items) else None


# "cholera or typhoid", "measles, rubella and mumps": causes listed together are asserted
# together.
_COORDINATED = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|and/or\s+|/\s*)"
    r"(?:(?:possibly|perhaps|maybe|probably|likely|also|even)\s+)?(?:(?:the|a|an|for)\s+)?",
    re.IGNORECASE,
)


def _coordinated(text: str, seg_causes: list, cause: tuple | None) -> list:
    """The causes of the segment listed together with ``cause`` ("cholera or typhoid")."""
    if cause is None or len(seg_causes) < 2:
        return []
    index = seg_causes.index(cause)
    out = []
    for step in (1, -1):
        i = index
        while 0 <= i + step < len(seg_causes):
            a, b = sorted((seg_causes[i], seg_causes[i + step]), key=lambda c: c[2])
            if not _COORDINATED.fullmatch(text, a[2] + len(a[1]), b[2]):
                break
            i += step
            if seg_causes[i][0] != cause[0]:
                out.append(seg_causes[i])
    return out


_RECORDING_BEFORE = re.compile(
    r"\b(?:record(?:ed|ing|s)?|register(?:ed|ing|s)?|list(?:ed|ing|s)?|classif(?:ied|ying|ies)"
    r"|certif(?:ied|ying|ies)|label(?:l?ed|l?ing|s)?)\b[^.;!?,]{0,80}$",
    re.IGNORECASE,
)
_AS_AFTER = re.compile(
    r"[^.;!?,]{0,40}?\s+as\s+(?!(?:the\s+|a\s+)?(?:\w+\s+)?(?:cause|reason)\b)", re.IGNORECASE
)


# "most were written down as acute pneumonia", "deaths being recorded as pneumonia": a
# record with no one named keeping it is the authorities' (not "never registered as")
_RECORDED_AS_BEFORE = re.compile(
    r"(?:\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?(?:recorded|registered|listed"
    r"|written\s+(?:down|up)|certified|logged|entered|classified)"
    # (a headline: "Hyesan miners' deaths recorded as pneumonia")
    r"|\b(?:deaths|cases|fatalities)\s+(?:\w+ly\s+)?(?:recorded|registered|listed|certified"
    r"|logged)"
    # "Recording these deaths as heart failure is a familiar pattern"
    r"|(?:^|(?<=[\"“‘.]\s)|(?<=[\"“‘]))(?-i:R)ecording\s+(?:these|the|such|those)\s+(?:deaths|cases)"
    r")\s+as\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:or|and)\s+(?:as\s+)?(?:an?\s+)?)?$",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n't)\b[^.;!?,]{0,30}$", re.IGNORECASE)
# '"On paper they died of pneumonia," he said': what the papers say
_ON_PAPER = re.compile(
    r"\b(?:on paper|on the papers?|in the records?|on the records?|officially),?\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ON_PAPER_WORDS = tuple(
    f"{word}{comma}"
    for word in ("paper", "papers", "record", "records", "officially")
    for comma in ("", ",")
)
_THE_RECORD = {
    "voice": "official", "text": "the records", "speaks": True, "agent": False,
    "addressed": False, "acronym": None,
}  # fmt: skip


def _recorded_as(text: str, cause: tuple) -> dict | None:
    """The record's own claim, when the cause is what an unnamed record gives."""
    at = cause[2]
    m = None
    # (each pattern only where its word stands among the last words before the cause)
    if ends_near(text, max(0, at - 60), at, ("as",), 8):
        m = _RECORDED_AS_BEFORE.search(text, max(0, at - 60), at)
    if m is None and ends_near(text, max(0, at - 50), at, _ON_PAPER_WORDS, 5):
        m = _ON_PAPER.search(text, max(0, at - 50), at)
    if m is None or _NOT_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1):
        return None
    return {**_THE_RECORD, "start": m.start(), "end": m.start(), "verb_at": m.start()}


def _recorded_as_other(text: str, cause: tuple) -> bool:
    """The cause is what was recorded as something else: "recording patients who die with
    symptoms of COVID-19 as victims of pneumonia"."""
    at = cause[2]
    return bool(
        _AS_AFTER.match(text, at + len(cause[1]))
        and _RECORDING_BEFORE.search(text, max(0, at - 80), at)
    )


_PRONOUN_LEAD = re.compile(
    # ("In letters sent to parents, it said": after a phrase that sets the scene)
    r"\s*(?:(?:In|At|On|During|Through|Via)\s[^,.;:!?\"“”]{3,70},\s+(?P<after>(?-i:he|she|they|it))"
    r"|(?P<first>(?-i:He|She|They|It)))"
    r"\s+(?:also\s+|later\s+|then\s+)?(?:(?:has|have|had)\s+(?:only\s+)?)?"
    r"(?:said|says|blamed|blames"
    r"|attributed|attributes|claimed|claims|added|reported|told|insisted|called|calls|described"
    r"|believes?|suspects?|suspected|denied|dismissed|acknowledged|admitted|confirmed|warned"
    r"|noted|argued|cautioned|estimated|found|concluded|recorded|registered|listed|logged"
    r"|counted)\b"
)
# "the COVID-19 outbreak that the North acknowledged": the speaker of the relative clause
# owns the cause it qualifies
_THAT_SPEAKER = re.compile(
    r"\s+(?:(?:outbreaks?|epidemics?|cases?|deaths?|infections?)\s+)?(?:that|which)\s+",
    re.IGNORECASE,
)
_REPORTED_BY = re.compile(
    r"\s+(?:(?:deaths?|cases?|infections?|patients?)\s+)?(?:(?:first|officially|initially"
    r"|earlier)\s+)?(?:reported|described|announced|claimed"
    r"|given|cited|diagnosed|recorded|registered)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "It blamed the outbreak on smuggling", "They said it was cholera": a pronoun speaks for the
# last speaker named before.
_PRONOUN_SPEECH = re.compile(
    r"\b(?:it|they|he|she)\s+(?:also\s+|later\s+)?(?:said|says|blamed|blames|attributed"
    r"|did not mention|didn't mention|mentioned|referred to|refers to"
    r"|claimed|claims|added|reported|told|insisted|called|calls|described|believes?|suspects?"
    r"|suspected)\b",
    re.IGNORECASE,
)


# A speaker governs a cause that follows it in the same segment with a verb of saying and
# no other speaker between ("officials call it enteritis", "the hospital said eight died of
# tuberculosis", "which doctors believe is typhus"): the cause is that speaker's claim, even
# when another speaker owns the count ("..., has put 26 people in quarantine, the source
# said"). Beyond this many characters the link is too loose to trust.
GOVERNS_WITHIN = 160
# sentences a local speaker's account runs on for, counting its own: a sentence with no
# speaker of its own takes a resident's or a source's voice only from the sentence before
_LOCAL_CARRIES = 2
# (and the voice of any speaker three sentences back does not say a quotation)
_QUOTE_CARRIES = 3
_SCARE_QUOTE = 40  # characters: a quoted term, not a quoted statement
_OF_GAP = re.compile(r"\s+(?:of|about|that|as)\s+(?:the\s+|a\s+)?", re.IGNORECASE)


_INLINE_QUOTE_BEFORE = re.compile(r"\b(?:an?|the|of|as|that|was|is|called)\s+$", re.IGNORECASE)


def _governing_speaker(
    text: str, sentence_attr: list[dict], g_start: int, cause_at: int, quotes: list
) -> dict | None:
    # (those spoken to, "told the families that", do not speak)
    before = [
        a
        for a in sentence_attr
        if a["speaks"]
        and not a.get("agent")  # ("the pattern described by the sources fitted typhoid")
        and g_start <= a["start"]
        and a["end"] <= cause_at
        and cause_at - a["end"] <= GOVERNS_WITHIN
    ]
    if not before:
        return None
    last = before[-1]
    # "warned that anyone spreading rumours of starvation": the rumours assert it
    for a in sentence_attr:
        # ("in contact with Indian authorities about the cases": spoken to, not speaking)
        if (
            last["end"] <= a["start"]
            and not a.get("addressed")
            and _OF_GAP.fullmatch(text, a["end"], cause_at)
        ):
            return a
    # a speaker outside a quotation does not govern the words inside it
    # (a term in scare quotes, "community-acquired pneumonia", is no quotation)
    # (nor is a phrase quoted inside a clause: 'informed the university only that they have an
    # "intestinal infection caused by unsanitary food brought from home"')
    inside = [
        q
        for q in quotes
        if q[0] <= cause_at < q[1]
        and q[1] - q[0] > _SCARE_QUOTE
        and not _INLINE_QUOTE_BEFORE.search(text, max(0, q[0] - 12), q[0])
    ]
    if inside and not any(q[0] <= last["start"] < q[1] for q in inside):
        return None
    return last


# "The ministry and the WHO country office both said", "a doctor at the hospital and several
# market vendors told RFA": speakers joined by "and" share the cause they assert
_AND_GAP = re.compile(
    r"(?:\s+(?:at|in|of|from|with)\s+[^,.;:!?]{0,60}?)?\s*,?\s+(?:and|as well as)\s+"
    r"(?:(?:the|a|an|several|some|two|three|other|many|its|their)\s+)?",
    re.IGNORECASE,
)


def _coordinated_speakers(text: str, sentence_attr: list[dict], resolved: list) -> list:
    """The cause claims of one speaker again for a speaker of another voice joined to it by
    "and" (the counts stay with the first)."""
    out = []
    done = set()
    for measure, _, _, position, cause, attribution in resolved:
        if cause is None or attribution is None:
            continue
        for other in sentence_attr:
            if other["voice"] == attribution["voice"] or (cause[0], other["start"]) in done:
                continue
            a, b = sorted((attribution, other), key=lambda x: x["start"])
            # (where the first works may come between: "a doctor at the provincial hospital
            # and several vendors")
            if a["end"] <= b["start"] and _AND_GAP.fullmatch(text, a["end"], b["start"]):
                out.append((measure, None, None, position, cause, other))
                done.add((cause[0], other["start"]))
    return out


# An interview set out as questions and answers ("Q: ... A: ..."): each answer is the
# interviewee's, whose voice is that of the first speaker the introduction names (a defector
# introduced by name alone is a local voice)
# (also run on in one paragraph: "What happened there? A: I was in a construction brigade.")
# (the marks alone, found fast for their leading letter: most texts are no interview)
_A_MARK = re.compile(r"A[ \t]*[:.]")
_Q_MARK = re.compile(r"Q[ \t]*[:.]")
_ANSWER = re.compile(
    r"(?:^|\n|(?<=[.?!\"”])[ \t]+)[ \t]*A[ \t]*:[ \t]|(?:^|\n)[ \t]*A[ \t]*\.[ \t]"
)
_QUESTION = re.compile(
    r"(?:^|\n|(?<=[.?!\"”])[ \t]+)[ \t]*Q[ \t]*:[ \t]|(?:^|\n)[ \t]*Q[ \t]*\.[ \t]"
)


_SPOKE_TO = re.compile(
    # ("We spoke on Friday with Luciana Freitas, a virologist")
    r"\b(?:(?:spoke|talked)(?:\s+(?:on|last|this|by|over)\s+[\w-]+)?\s+(?:to|with)|interviewed"
    r"|asked)\s+"
    # ("We asked Dr. Chanda Mwila, a veterinary epidemiologist": a title's full stop)
    r"(?:[^.?!\n]|(?<=Dr)\.|(?<=Mr)\.|(?<=Mrs)\.|(?<=Ms)\.|(?<=Prof)\.){0,50}$",
    re.I,
)
# ... or set out as questions in paragraphs of their own, each answered by the next
_QUESTION_LINE = re.compile(r"(?:^|\n)[ \t]*(?!A[ \t]*[:.])[^\n]{5,200}\?[ \t]*\n+(?=[ \t]*[^\s?])")


def _interview_questions(text: str) -> list[tuple[int, int]]:
    """The questions of an interview set out as questions in paragraphs of their own and the
    answers after them (two questions at least): a question asserts nothing."""
    if "?" not in text:
        return []
    found = [(m.start(), m.end()) for m in _QUESTION_LINE.finditer(text)]
    return found if len(found) >= 2 else []


# ... or as a transcript, each turn under its speaker's label ("HOST: ...", "SPOKESPERSON:
# ...", "QUESTION (Yonhap): ...", "COMMISSIONER KIM HYE-JIN: ...")
# ("DR. DAVID ORTEGA, state epidemiologist, New Mexico Department of Health: ...", "DR.
# LOKANA (chief medical officer, Rethy health zone): ...": a label described; "Q: ... Choi:
# ...": a surname answering questions)
_TURN = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?P<label>Q|{SPEAKER_LABEL}"
    r"|[A-Z][a-z]+(?:-[a-z]+)?)"
    r"(?:,[ \t]+(?P<desc>[^:\n]{2,90}))?(?:[ \t]*\((?P<paren>[^()\n]{1,60})\))?[ \t]*:[ \t]+"
)
_ASKING_LABELS = frozenset(
    "HOST PRESENTER INTERVIEWER ANCHOR MODERATOR QUESTION Q REPORTER JOURNALIST".split()
)
_LOCAL_LABELS = frozenset("CALLER LISTENER RESIDENT VILLAGER".split())
_HEADING_LABELS = frozenset("TRANSCRIPT INTERVIEW NOTE UPDATE SUMMARY SOURCE SOURCES".split())
# the description after a name in an introduction, to the end of its clause ("Dr. Tesfaye
# Alemu of the Amhara Regional Health Bureau, and Dr. Hanna Girma, who ...")
_CLAUSE_AFTER_NAME = re.compile(r"[^.;:!?\n]{0,150}?(?=,?\s+and\s+|[.;:!?\n]|$)")
_TITLE_WORDS = frozenset("DR DR. MR MR. MRS MRS. MS MS. PROF PROF.".split())
# ("SPOKESPERSON", "COMMISSIONER": a role that speaks for an office)
_OFFICIAL_LABEL = re.compile(
    r"\b(?:SPOKES\w+|COMMISSIONER|MINISTER|DIRECTOR|GOVERNOR|MAYOR|SECRETARY|OFFICIAL)\b"
)


# (a transcript of a body's briefing: "... media briefing, March 15", "press conference")
_BRIEFING = re.compile(r"\b(?:briefing|(?:press|news) conference)\b", re.IGNORECASE)


def _labelled_turns(text: str, attributions: list[dict]) -> list[dict]:
    """The turns of a transcript with speakers' labels: an attribution at each turn of one who
    answers, in the voice the introduction (or the label) gives them, and one marked "host"
    at each turn of one who asks (whose own words are no one's unless a speaker is named)."""
    turns = list(_TURN.finditer(text)) if ":" in text else []
    # (a heading, "Transcript:" or "Interview:", is no speaker; nor is a word in capitals and
    # small letters that labels one paragraph only)
    labels = Counter(m.group("label") for m in turns)
    turns = [
        m
        for m in turns
        if m.group("label").upper() not in _HEADING_LABELS
        and (m.group("label").isupper() or labels[m.group("label")] > 1)
    ]
    answers = [m for m in turns if m.group("label") not in _ASKING_LABELS]
    if len(turns) < 3 or not answers or len(answers) == len(turns):
        return []
    first_answer = answers[0].start()
    voices: dict[str, str] = {}
    for m in answers:
        label = m.group("label")
        if label in voices:
            continue
        words = [w for w in label.split() if w not in _TITLE_WORDS]
        described = "desc" if m.group("desc") else "paren" if m.group("paren") else None
        voice = described_voice(text, *m.span(described)) if described else None
        if voice is None:
            # ("KIM:" after "COMMISSIONER KIM HYE-JIN:")
            voice = next(
                (voices[other] for other in voices if set(words) & set(other.split())), None
            )
        if voice is None and label in _LOCAL_LABELS:
            voice = "local"
        if voice is None:
            # "With me are Dr. Tesfaye Alemu of the Amhara Regional Health Bureau": the words
            # after the name in the introduction; "We have the Ministry of Health spokesperson
            # on the line": else the speaker the introduction names beside the label's word
            for word in words:
                said = re.search(rf"\b{re.escape(word)}\b", text[:first_answer], re.IGNORECASE)
                if said is None:
                    continue
                clause = _CLAUSE_AFTER_NAME.match(text, said.end(), first_answer)
                voice = described_voice(text, *clause.span()) if clause else None
                near = [
                    a
                    for a in attributions
                    if a["start"] - 40 <= said.start()
                    and said.end() <= a["end"] + 40
                    and a["end"] <= first_answer
                ]
                if voice is None and near:
                    voice = min(near, key=lambda a: abs(a["start"] - said.start()))["voice"]
                if voice is not None:
                    break
        if voice is None and _BRIEFING.search(text, 0, turns[0].start()):
            # "Texas Department of State Health Services media briefing": those who answer
            # at a body's briefing speak for it
            voice = described_voice(text, 0, turns[0].start())
        if voice is None:
            voice = "official" if _OFFICIAL_LABEL.search(label) else "local"
        voices[label] = voice
    return [
        {
            "voice": voices.get(m.group("label"), "local"),
            "text": "interviewee",
            "start": m.end() - 1,
            "end": m.end() - 1,
            "speaks": True,
            "agent": False,
            "verb_at": None,
            "host": m.group("label") in _ASKING_LABELS,
            "label_at": m.start("label"),
        }
        for m in turns
    ]


def _interview_answers(
    text: str, attributions: list[dict], questions: list[tuple[int, int]]
) -> list[dict]:
    """A speaking attribution at each answer of a question-and-answer interview (and, in a
    transcript with speakers' labels, one marked "host" at each question)."""
    labelled = _labelled_turns(text, attributions)
    if labelled:
        return labelled
    # (a cheap test first: most texts are no interview)
    answers = [m.end() - 1 for m in _ANSWER.finditer(text)] if _A_MARK.search(text) else []
    first_question = _QUESTION.search(text) if _Q_MARK.search(text) else None
    first = first_question.start() if first_question else None
    if len(answers) < 2 or first is None:
        answers = [end for _, end in questions]
        first = questions[0][0] if questions else None
    if len(answers) < 2 or first is None:
        return []
    # (the headline, a line of its own, quotes the interviewee: "Whole families arrive")
    headline = text.find("\n", 0, 100) + 1
    if text[:headline].rstrip().endswith("."):
        headline = 0  # (a first line that is a sentence introduces)
    introduced = [a for a in attributions if headline <= a["start"] and a["end"] <= first]
    # ("We spoke to Han So-yeon, an epidemiologist at Hallym University": the one spoken to)
    spoken_to = [
        a for a in introduced if _SPOKE_TO.search(text, max(0, a["start"] - 60), a["start"])
    ]
    introduced = spoken_to[:1] + introduced
    voice = introduced[0]["voice"] if introduced else "local"
    if DEFECTOR.search(text, headline, first):
        voice = "local"  # "a doctor in Pyongsong until he left North Korea in 2019"
    return [
        {
            "voice": voice,
            "text": "interviewee",
            "start": at,
            "end": at,
            "speaks": True,
            "agent": False,
            "verb_at": None,
        }
        for at in answers
    ]


def build_claims(text: str, places: list[dict], dates: list[dict]) -> list[dict]:
    date_spans = [(d["start"], d["end"]) for d in dates]
    counts = extract_counts(text, date_spans)
    text_quotes = _quote_spans(text, 0, len(text))
    attributions = [
        a
        for a in find_attributions(text)
        # ("they call it flu" names the authorities only inside a quotation)
        if a["text"].lower() != "they" or any(s <= a["start"] < e for s, e in text_quotes)
    ] + _place_speakers(text, places)
    spans = sentences(text)
    span_starts = [a for a, _ in spans]
    attributions = attributions + find_people(text, spans, attributions, places)
    questions = _interview_questions(text)
    turns = _interview_answers(text, attributions, questions)
    answering = [a for a in turns if not a.get("host")]
    turn_at = {a["label_at"]: a for a in turns if "label_at" in a}
    attributions = sorted(attributions + answering, key=lambda a: a["start"])
    speakers_places = _mark_based_abroad(text, attributions, places)
    _their_own(text, attributions)
    dateline_end = _dateline_end(text)
    # "Pyongyang, January 8 (KCNA) --": the agency of the dateline tells the whole story
    dateline_speaker = next((a for a in attributions if a["end"] <= dateline_end), None)
    title = _REPORT_TITLE.search(text, 0, 300) if dateline_speaker is None else None
    if title is not None and _TITLE_IN_PROSE.search(
        text, max(0, title.start() - 40), title.start()
    ):
        title = None  # "the agency said in its latest situation report": no heading
    if title is not None:
        # "Ministry of Health of the Kyrgyz Republic. Situation update on anthrax": the body
        # heading a situation report tells the whole of it
        dateline_speaker = next(
            (
                a
                for a in attributions
                if a["end"] <= title.start() and a["voice"] in ("official", "independent")
            ),
            None,
        ) or next(
            # "Mpox in the DRC: situation update for week 37. WHO Regional Office for Africa.":
            # the body signing the report in a line of its own
            (
                a
                for a in attributions
                if a["start"] < 400
                and a["voice"] in ("official", "independent")
                and any(s == a["start"] and e - s <= 60 and s >= title.end() for s, e in spans)
            ),
            None,
        )
    if dateline_speaker is None and (release := _RELEASE_HEADING.match(text)):
        # "PRESS RELEASE — Ministry of Health of the Republic of Kazakhstan": the body issuing
        # a press release tells the whole of it
        dateline_speaker = next(
            (
                a
                for a in attributions
                if release.end() <= a["start"] < release.end() + 40
                and a["voice"] in ("official", "independent")
            ),
            None,
        )
    heading_end = text.find("\n", 0, 250)
    if dateline_speaker is None and (bar := text.find("|", 0, max(0, heading_end))) >= 0:
        # "LASSA FEVER SITUATION REPORT | Nigeria Centre for Disease Control and Prevention",
        # "PRESS BRIEFING | Texas Department of State Health Services, Lubbock": the body named
        # in a field of the heading tells the whole of it
        dateline_speaker = next(
            (
                a
                for a in attributions
                if bar < a["start"]
                and a["end"] <= heading_end
                and a["voice"] in ("official", "independent")
            ),
            None,
        )
    if dateline_speaker is not None:
        dateline_speaker["speaks"] = True
    # state media quoting its own doctors: "Medical workers of the provincial People's Hospital
    # have admitted 37 farmers" in a KCNA report
    state_tells = dateline_speaker is not None and dateline_speaker["voice"] == "official"
    _mark_on_the_record(text, attributions, state_tells)
    _resolve_the_body(text, attributions)
    _restated(text, attributions)
    # the body a statement in the first person speaks for: the teller, else a body heading the
    # text ("Korea Disease Control and Prevention Agency (KDCA) regular briefing")
    author = dateline_speaker or next(
        (a for a in attributions if a["start"] < 120 and a["voice"] in ("official", "independent")),
        None,
    )
    # (in an interview's answers, "we" are the interviewee's people, not the authors)
    answers_from = answering[0]["start"] if answering else len(text)
    attributions = sorted(
        attributions
        + [a for a in _first_person(text, spans, text_quotes, author) if a["start"] < answers_from],
        key=lambda a: a["start"],
    )
    speaking = [a for a in attributions if a["speaks"]]
    # where things happen, before where people come from ("traders from Vladivostok")
    attribution_by_start = {a["start"]: a for a in attributions}
    settings = [
        p
        for p in places
        if p["start"] >= dateline_end
        and not _ORIGIN_BEFORE.search(text, max(0, p["start"] - 25), p["start"])
        and not any(p is q for q in speakers_places)
        and not (p["region"] is None and _owns_a_speaker(text, p, attribution_by_start))
    ]
    # Each pattern is run once over the text; sentences and segments take their share.
    count_starts = [c["start"] for c in counts]
    attribution_starts = [a["start"] for a in attributions]
    all_causes = _causes(text, 0, len(text))
    cause_starts = [c[2] for c in all_causes]
    restrictions = [m.start() for m in _RESTRICTIONS.finditer(text)]
    breaks = [m.start() for m in _SEGMENT_BREAK.finditer(text)]

    claims: list[dict] = []
    for s_start, s_end in spans:
        if (
            questions
            and text[s_start:s_end].rstrip().endswith("?")
            and any(q_start <= s_start < q_end for q_start, q_end in questions)
        ):
            continue
        # (in an interview, what no one else in the sentence says is the interviewee's)
        # (a sentence opening with a turn's label is that turn's: "PRESENTER: The director told
        # this programme ...", not the answer before it)
        interviewee = (turn_at.get(s_start) or _last_before(turns, s_start + 1)) if turns else None
        if interviewee is not None and interviewee.get("host"):
            interviewee = None  # (the host's turn: only those named in it speak)
        sentence_attr = attributions[_within(attribution_starts, s_start, s_end)]
        lead = _PRONOUN_LEAD.match(text, s_start)
        if lead is not None:
            # "He attributed the deaths counted by MSF to malnutrition": "he" is the last
            # speaker, and the agent inside the sentence only counted the deaths ("It" is
            # a body or a country, never a person)
            antecedent = _last_before(
                [a for a in speaking if not _is_person(a) and a["voice"] != "local"]
                if (lead.group("after") or lead.group("first")).lower() == "it"
                else speaking,
                s_start,
            )
            if antecedent is not None:
                sentence_attr = [
                    {**antecedent, "start": s_start, "end": s_start},
                    *(
                        _restated_by(text, s_start, antecedent, a)
                        for a in sentence_attr
                        if not a.get("agent")
                    ),
                ]
        # (a quotation inside the sentence: scanned again only where the sentence has a
        # quotation mark, and most have none)
        quotes = (
            _quote_spans(text, s_start, s_end)
            if sentence_attr and _QUOTE_MARK.search(text, s_start, s_end)
            else []
        )
        # ("The provincial health bureau, however, has ordered": a subject set off by
        # "however" is not a clause of its own)
        cuts = [
            s_start,
            *(
                b
                for b in breaks[_within(breaks, s_start + 1, s_end)]
                if not (_HOWEVER.match(text, b) and len(text[s_start:b].split()) <= 6)
            ),
            s_end,
        ]
        for g_start, g_end in zip(cuts, cuts[1:], strict=False):
            seg_counts = counts[_within(count_starts, g_start, g_end)]
            seg_causes = all_causes[_within(cause_starts, g_start, g_end)]
            if (
                seg_causes
                and not seg_counts
                and not sentence_attr
                and dateline_speaker is None  # (a body's own release says what it says)
                and _DEFINED.match(text, seg_causes[0][2] + len(seg_causes[0][1]))
                # ('"Measles is one of the most contagious diseases we know," she said': a
                # speaker quoted says it)
                and not any(q_lo <= seg_causes[0][2] < q_hi for q_lo, q_hi in text_quotes)
            ):
                # "Paratyphoid fever, a bacterial infection spread through food and water,
                # causes symptoms similar to typhoid": what the disease is, said by no one
                continue
            restriction_at = restrictions[_within(restrictions, g_start, g_end)]
            found: list[tuple[str, int | float | None, dict | None, int]] = []
            for c in seg_counts:
                found.append((c["measure"], c["count"], c, c["start"]))
            if seg_causes and not seg_counts:
                measure_hit = next(_MEASURES.finditer(text, g_start, g_end), None)
                death = DEATH_WORDS.search(text, g_start, g_end)
                if not death and not measure_hit and not restriction_at:
                    # "People are saying it is the coronavirus": a cause asserted by a speaker
                    speaker = next((a for a in sentence_attr if a["speaks"]), None)
                    if speaker is None and _PRONOUN_SPEECH.search(text, g_start, g_end):
                        speaker = _last_before(speaking, s_start)  # "It blamed ... on ..."
                    if speaker is None:
                        speaker = _quote_speaker(text, text_quotes, seg_causes[0][2], speaking)
                    if speaker is None:
                        speaker = dateline_speaker or interviewee
                    if speaker is not None:
                        found.append(("other", None, None, seg_causes[0][2]))
                if death or measure_hit:
                    measure = "deaths" if death else measure_hit.lastgroup
                    position = (death or measure_hit).start()
                    lowest = position - INHERIT_WINDOW
                    # (a zero is a denial, not a group a later sentence can refer back to:
                    # "no confirmed cases ... the patients had tuberculosis")
                    earlier = [
                        c
                        for c in counts
                        if c["measure"] == measure
                        and lowest < c["start"] < g_start
                        and c["count"] != 0
                    ]
                    source = earlier[-1] if earlier else None
                    found.append((measure, source["count"] if source else None, source, position))
            if not seg_causes and not seg_counts and not restriction_at:
                # "The World Health Organization says the disease is endemic in Pakistan": an
                # outside body speaking of the disease named before asserts it too (residents
                # and officials who say "the disease" are left out: the sets' writers seldom
                # count them)
                # (the speaker first: most segments have none, and the search is then skipped)
                if any(
                    a["speaks"] and a["voice"] == "independent" and g_start <= a["start"] < g_end
                    for a in sentence_attr
                ) and (anaphor := _THE_DISEASE.search(text, g_start, g_end)):
                    found.append(("other", None, None, anaphor.start()))
            if restriction_at:
                found.append(("restriction", None, None, restriction_at[0]))
            extra: list[tuple[str, int | float | None, dict | None, int, tuple | None, dict | None]]
            extra = []
            for measure, count, count_info, position in found:
                cause = None
                if measure != "restriction":
                    cause = min(seg_causes, key=lambda c: abs(c[2] - position), default=None)
                if cause is not None:
                    # "a source said 35 were quarantined, and that officials told them it
                    # was influenza": a speaker named between the count and its cause owns
                    # the cause, as a claim of its own.
                    low, high = sorted((position, cause[2]))
                    between = [a for a in sentence_attr if a["speaks"] and low < a["start"] < high]
                    if between and cause[2] > position:
                        owner = _owner(text, sentence_attr, g_start, g_end, position, quotes)
                        if not owner or any(a["voice"] != owner["voice"] for a in between):
                            # (not "30 died ... from what locals suspect was COVID-19")
                            extra.append((measure, None, None, cause[2], cause, None))
                            cause = None
                    elif between:
                        # "experts said it was cholera, after state media reported 800
                        # patients": the speaker after the cause owns the count; the cause
                        # is its own claim, owned by the speaker before it.
                        before = [
                            a
                            for a in sentence_attr
                            if a["speaks"] and g_start <= a["start"] < cause[2]
                        ]
                        cause_owner = best_attribution(before, cause[2])
                        if cause_owner and any(a["voice"] != cause_owner["voice"] for a in between):
                            extra.append((measure, None, None, cause[2], cause, cause_owner))
                            cause = None
                        elif cause_owner is None and count is None:
                            # "Malaria has spread among soldiers, the South's military
                            # intelligence has told lawmakers, as health authorities reported a
                            # rise in cases": with no speaker before it, the cause is the first
                            # speaker's after it
                            first = between[0]
                            owner = _owner(text, sentence_attr, g_start, g_end, position, quotes)
                            if owner is not None and owner["voice"] != first["voice"]:
                                extra.append((measure, None, None, cause[2], cause, first))
                                cause = None
                extra.append((measure, count, count_info, position, cause, None))
            for measure, count, count_info, position, cause, owner in list(extra):
                for other in _coordinated(text, seg_causes, cause):
                    extra.append((measure, count, count_info, position, other, owner))
            # A cause no claim took is still asserted when someone in the sentence speaks or
            # the segment already holds claims: "the authorities say it is just the flu, ...
            # most people believe it is COVID-19".
            used = {e[4][2] for e in extra if e[4] is not None}
            left = [c for c in seg_causes if c[2] not in used]
            claimed = [e for e in extra if e[0] != "restriction"]
            # (a ban "to stop the spread of the coronavirus" does not assert the disease)
            left = [c for c in left if not _PURPOSE_BEFORE.search(text, max(0, c[2] - 50), c[2])]
            if left and (
                claimed
                or interviewee
                or any(a["speaks"] for a in sentence_attr)
                or _quote_speaker(text, text_quotes, left[0][2], speaking)
            ):
                measure = (
                    min(claimed, key=lambda e: abs(e[3] - left[0][2]))[0] if claimed else "other"
                )
                for cause in left:
                    if cause[0] not in {e[4][0] for e in extra if e[4] is not None}:
                        extra.append((measure, None, None, cause[2], cause, None))
                        continue
                    # "..., the minister said, after the WHO declared mpox an emergency": a
                    # second mention governed by a speaker of its own is that speaker's claim
                    governing = _governing_speaker(text, sentence_attr, g_start, cause[2], quotes)
                    if governing is not None and governing["start"] > min(
                        e[3] for e in extra if e[4] is not None and e[4][0] == cause[0]
                    ):
                        extra.append((measure, None, None, cause[2], cause, governing))
            resolved = []
            for measure, count, count_info, position, cause, owner in extra:
                if owner is None and cause is not None and _recorded_as_other(text, cause):
                    # "hospitals have been recording patients with symptoms of COVID-19 as
                    # pneumonia, doctors told Meduza": the recorder asserts what comes after
                    # "as"; the illness recorded otherwise is the reporter's claim
                    owner = _first_after(
                        [a for a in sentence_attr if a["speaks"]], cause[2] + len(cause[1])
                    )
                if owner is None and cause is not None:
                    owner = _recorded_as(text, cause)
                if owner is None and cause is not None:
                    # "the enterocolitis reported by Pyongyang": the agent owns its cause
                    owner = next(
                        (
                            a
                            for a in sentence_attr
                            if _REPORTED_BY.fullmatch(text, cause[2] + len(cause[1]), a["start"])
                            or (
                                a["speaks"]
                                and _THAT_SPEAKER.fullmatch(
                                    text, cause[2] + len(cause[1]), a["start"]
                                )
                            )
                        ),
                        None,
                    )
                if owner is None and cause is not None:
                    if not any(a["speaks"] for a in sentence_attr) or (
                        g_start > s_start and _WE_KNOW.match(text, g_start)
                    ):
                        # ('"The officials call it pneumonia, but we know it was COVID."': the
                        # one quoted knows better than those named)
                        owner = _quote_speaker(text, text_quotes, cause[2], speaking)
                attribution = (
                    owner
                    or _owner(text, sentence_attr, g_start, g_end, position, quotes)
                    or interviewee
                )
                if attribution is None:
                    attribution = _last_before(speaking, g_start)
                    back = (
                        bisect.bisect_right(span_starts, s_start)
                        - bisect.bisect_right(span_starts, attribution["start"])
                        if attribution is not None
                        else 0
                    )
                    if cause is not None and (
                        (back >= _LOCAL_CARRIES and attribution["voice"] == "local")
                        or (back >= _QUOTE_CARRIES and _QUOTE_MARK.search(text, s_start, s_end))
                    ):
                        # "Angola's last large cholera epidemic, in 2006, killed more than
                        # 2,700 people", two sentences after a resident spoke: a local
                        # account runs on into the next sentence, not past it; what the
                        # narrator says later is no resident's claim (a figure stays). A
                        # quotation no one is found to say is not the words of a body that
                        # spoke three sentences before either.
                        if count is None:
                            continue
                        cause = None
                    # (not a speaker later in the sentence opening a clause of its own: "X
                    # confirmed, but villagers blame bad meat")
                    attribution = (
                        attribution
                        or _first_after(
                            [
                                a
                                for a in speaking
                                if a["start"] >= s_end or not _opens_a_later_clause(text, a)
                            ],
                            g_end,
                        )
                        or _first_after(attributions, g_end)
                    )
                governing = None
                if cause is not None and owner is None:
                    governing = _governing_speaker(text, sentence_attr, g_start, cause[2], quotes)
                if (
                    governing is not None
                    and attribution is not None
                    and governing["voice"] != attribution["voice"]
                ):
                    if count is not None:
                        # the count stays with its speaker; the cause is the governor's claim
                        resolved.append((measure, count, count_info, position, None, attribution))
                        resolved.append((measure, None, None, cause[2], cause, governing))
                        continue
                    attribution = governing
                resolved.append((measure, count, count_info, position, cause, attribution))
            resolved += _coordinated_speakers(text, sentence_attr, resolved)
            for measure, count, count_info, position, cause, attribution in resolved:
                place = (
                    _nearest(settings, position, s_start, s_end)
                    or _last_before(settings, s_start)
                    or _nearest(places, position, s_start, s_end)
                    or _last_before(places, s_start)
                )
                when = _nearest(dates, position, s_start, s_end)
                claims.append(
                    {
                        "voice": _voice_for(attribution, place) if attribution else None,
                        "attributed_to": attribution["text"] if attribution else None,
                        "measure": measure,
                        "count": count,
                        "count_low": count_info["count_low"] if count_info else None,
                        "count_high": count_info["count_high"] if count_info else None,
                        "cause": cause[0] if cause else None,
                        "cause_text": cause[1] if cause else None,
                        "region": place["region"] if place else None,
                        "country": place["country"] if place else None,
                        "place": place["name"] if place and place["name"] else None,
                        "date": when["date"] if when else None,
                        "quote": text[s_start:s_end],
                        "start": s_start,
                        "end": s_end,
                    }
                )
    _the_disease(text, all_causes, claims)
    _report_topic(text, spans, all_causes, claims, interview=bool(questions or answering))
    _outbreak_news(text, spans, all_causes, claims)
    _keep_the_specific_name(claims)
    _not_the_official_word(text, claims)
    _poisoning_told_by_locals(claims)
    return claims


def _drop_causes(claims: list[dict], drop) -> None:
    """Take the cause off every claim ``drop(claim)`` is true of: a claim with a count keeps
    the count, a claim left with neither goes."""
    kept = []
    for claim in claims:
        if drop(claim):
            if claim["count"] is None:
                continue
            claim["cause"] = claim["cause_text"] = None
        kept.append(claim)
    claims[:] = kept


def _poisoning_told_by_locals(claims: list[dict]) -> None:
    """A poisoning with no substance named ("the gangs poisoned the wells", "attributed the
    deaths to poisoning") is what residents tell; officials and outside bodies who speak of it
    report the accusation or deny it. Their claims keep any count and lose the cause."""
    _drop_causes(claims, lambda c: c["cause"] == "poisoning" and c["voice"] != "local")


# "The hospital won't even say the word typhoid", "officials have avoided using the word
# cholera", "told staff not to use the word cholera": the word the authorities keep from
# their own statements is no official claim (those who report the silence may assert it)
_WORD_WITHHELD = re.compile(
    r"(?:\bnot|n't|\bnever|\bavoid\w*|\brefus\w*|\bnobody|\bno one|\bbanned|\bforbid\w*)"
    r"\b[^.;!?]{0,40}?\b(?:word|term|name)s?\s+[\"“‘']?$"
    # "under pressure to avoid recording hunger as a cause", "without mentioning cholera"
    r"|\b(?:avoid|avoids|avoided|avoiding|refus\w*|not to|never|without)\s+(?:recording"
    r"|writing|using|mentioning|naming|listing|putting down)\s+$",
    re.IGNORECASE,
)


# "당국이 장티푸스라는 말을 쓰지 못하게 하는": the word "typhoid" that may not be used
_WORD_WITHHELD_KO = re.compile(
    r"(?:이)?라는\s*(?:말|단어|표현|병명)(?:을|를|은|는)?\s*(?:[가-힣]+적으로\s*)?"
    r"(?:쓰지|사용하지|입에|꺼내지|못\s*쓰|못\s*하)"
)


def _not_the_official_word(text: str, claims: list[dict]) -> None:
    """Drop the cause of an official claim wherever its sentence names it only as a word
    withheld (a claim left with a count keeps the count)."""
    lowered = text.lower()
    if not any(
        w in lowered
        for w in (" word", " term", " name", "라는", "avoid", "without", "refus", "never", "not to")
    ):
        return  # (a cheap test first: most texts withhold no word)

    def withheld(claim: dict) -> bool:
        written = claim["cause_text"]
        if claim["voice"] != "official" or not written:
            return False
        at = [
            m.start() for m in re.finditer(re.escape(written), text[claim["start"] : claim["end"]])
        ]
        return bool(at) and all(
            _WORD_WITHHELD.search(text, max(0, claim["start"] + i - 60), claim["start"] + i)
            or _WORD_WITHHELD_KO.match(text, claim["start"] + i + len(written))
            for i in at
        )

    _drop_causes(claims, withheld)


# General names whose specific forms do not share their words: the pathogen family of a named
# disease, the syndrome a named virus causes
_SPECIFIC_FORMS = {
    "enterovirus infection": ("hand, foot and mouth disease",),
    "haemorrhagic fever": (
        "Ebola",
        "Marburg virus disease",
        "Lassa fever",
        "Sudan virus disease",
        "Bundibugyo virus disease",
        "yellow fever",
        "severe dengue",
        "Crimean-Congo haemorrhagic fever",
    ),
    "acute jaundice syndrome": ("hepatitis E", "hepatitis A"),
    # "the encephalitis virus" in a report on tick-borne encephalitis
    "encephalitis": ("tick-borne encephalitis", "Japanese encephalitis"),
    "hantavirus infection": (
        "hantavirus pulmonary syndrome",
        "haemorrhagic fever with renal syndrome",
    ),
}


# a syndrome counted as such by its own case definition stays itself in another voice
_CASE_DEFINITIONS = frozenset({"acute jaundice syndrome"})


# General names a speaker gives beside a specific form as a claim of their own: the figures of
# "meningitis" and of "meningococcal meningitis" (confirmed in the laboratory) are two counts,
# and so are those of "anthrax" and "cutaneous anthrax"
_GENERAL_KEPT = frozenset({"meningitis", "anthrax"})


def _keep_the_specific_name(claims: list[dict]) -> None:
    """One speaker naming a disease twice, once generally and once specifically ("Yersinia
    pestis" and "bubonic plague", "hepatitis" and "hepatitis B"; but not a name of
    ``_GENERAL_KEPT``), names one disease: the general name gives way to the specific one (and
    a claim left with neither count nor cause is dropped). A pathogen family or a syndrome
    named beside the disease it stands for ("enterovirus" and "hand, foot and mouth disease")
    gives way to it whoever of one voice names it. (Two speakers of one voice, one saying
    "tuberculosis" and the other "multidrug-resistant tuberculosis", make two claims.)"""
    by_speaker: dict[tuple, set[str]] = {}
    by_voice: dict[str | None, set[str]] = {}
    for claim in claims:
        if claim["cause"]:
            by_speaker.setdefault(_speaker_key(claim), set()).add(claim["cause"])
            by_voice.setdefault(claim["voice"], set()).add(claim["cause"])
    general = {
        (key, name)
        for key, names in by_speaker.items()
        for name in names
        if name not in _GENERAL_KEPT
        and any(
            other != name and (other.endswith(" " + name) or other.startswith(name + " "))
            for other in names
        )
    }
    family = {
        (voice, name)
        for voice, names in by_voice.items()
        for name in names
        if any(other in _SPECIFIC_FORMS.get(name, ()) for other in names)
    }
    # a voice naming only the general name in a text that names one specific form of it
    # ("his family thinks he caught hantavirus" in a report on hantavirus pulmonary syndrome)
    named = set().union(*by_voice.values()) if by_voice else set()
    specific_of = {}
    for name in named:
        forms = [other for other in named if other in _SPECIFIC_FORMS.get(name, ())]
        if len(forms) == 1 and name not in _CASE_DEFINITIONS:
            specific_of[name] = forms[0]
    for claim in claims:
        specific = specific_of.get(claim["cause"])
        if specific and specific not in by_voice.get(claim["voice"], ()):
            claim["cause"] = specific
    if not general and not family:
        return
    _drop_causes(
        claims,
        lambda c: (_speaker_key(c), c["cause"]) in general or (c["voice"], c["cause"]) in family,
    )


def _speaker_key(claim: dict) -> tuple:
    """The voice and who speaks, "a source" and "the source" being one speaker."""
    return claim["voice"], _ARTICLE.sub("", (claim["attributed_to"] or "").lower())


_ARTICLE = re.compile(r"^(?:a|an|the)\s+")


# "PRESS RELEASE — Ministry of Health of ...": the heading of a release and its issuer
_RELEASE_HEADING = re.compile(
    r"\s*(?:(?:press|news|media) (?:release|statement)|statement)\b[^\n\w]{0,5}(?:(?:from|by)\s+)?",
    re.IGNORECASE,
)
# A situation report names its disease once, in its title: "WHO Regional Office for Africa,
# cholera situation update as of 14 January 2024. Zambia: 10,413 cases and 412 deaths".
_REPORT_TITLE = re.compile(
    r"\b(?:situation (?:update|report|overview|summary)|sitrep|(?:outbreak|epidemic|epidemiological"
    r"|surveillance) (?:update|report|bulletin|brief)|(?:weekly|daily) (?:bulletin|update))\b",
    re.IGNORECASE,
)

# a report named in a sentence, not heading the text ("said in its latest situation report",
# "The ministry's daily update")
_TITLE_IN_PROSE = re.compile(r"(?:\b(?:its|their|the|an?|in)|['’]s)\s+(?:[\w-]+\s+){0,3}$")


def _report_topic(
    text: str,
    spans: list[tuple[int, int]],
    all_causes: list,
    claims: list[dict],
    interview: bool = False,
) -> None:
    """Counts of a situation report, or of an interview, without a cause of their own take
    the one cause its title names (a title naming two causes gives none); ``spans`` are the
    text's sentences."""
    if not spans:
        return
    t_start, t_end = spans[0]
    newline = text.find("\n", t_start, t_end) if interview else -1
    if newline > t_start:
        t_end = newline  # (an interview's headline, a line of its own)
    title_causes = {c[0]: c for c in all_causes if t_start <= c[2] < t_end}
    if len(title_causes) != 1 or not (interview or _REPORT_TITLE.search(text, t_start, t_end)):
        return
    ((name, written, _),) = title_causes.values()
    for claim in claims:
        if claim["cause"] is None and claim["count"] is not None and claim["start"] >= t_end:
            claim["cause"], claim["cause_text"] = name, written


# A disease defined in apposition: "Paratyphoid fever, a bacterial infection spread through"
_DEFINED = re.compile(
    r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:infection|disease|illness|condition|virus"
    r"|bacterium|parasite)|(?:caused|spread|carried|transmitted) by)\b"
    # "Rift Valley fever is a viral disease spread mainly by mosquitoes", "Measles is among the
    # most contagious diseases known", "Plague is endemic among wild rodents"
    r"|\s+(?:is|are)\s+(?:(?:a|an|one of the|among the)\s+(?:[\w-]+\s+){0,4}?(?:infections?"
    r"|diseases?|illness(?:es)?|conditions?|virus(?:es)?|bacterium|parasites?)\b"
    r"|(?:\w+\s+)?(?:caused|spread|carried|transmitted)\s+(?:by|through|via|mainly|mostly"
    r"|primarily|to)\b|endemic\b)"
    r"|\s+spreads?\s+(?:to\s+(?:people|humans)\s+)?(?:mainly\s+|mostly\s+|primarily\s+)?"
    r"(?:through|via|by)\b",
    re.IGNORECASE,
)
# "the disease", "the virus": a cause named before, referred back to
_THE_DISEASE = re.compile(
    r"\b(?:the|this|that)\s+(?:same\s+)?(?:disease|virus|infection)\b",
    re.IGNORECASE,
)


def _the_disease(text: str, all_causes: list, claims: list[dict]) -> None:
    """A claim without a cause whose sentence speaks of "the disease" takes the cause named
    just before in its sentence, else the one its voice has named before, else the one the
    text has named most often before it (of two named as often, the later)."""
    for claim in claims:
        if claim["cause"] is not None or claim["voice"] is None:
            continue
        anaphor = _THE_DISEASE.search(text, claim["start"], claim["end"])
        if anaphor is None:
            continue
        in_sentence = [c for c in all_causes if claim["start"] <= c[2] < anaphor.start()]
        if in_sentence:
            claim["cause"], claim["cause_text"] = in_sentence[-1][0], anaphor.group()
            continue
        by_voice = [
            (c["cause"], c["start"])
            for c in claims
            if c["voice"] == claim["voice"] and c["cause"] and c["start"] < claim["start"]
        ]
        in_text = [(name, at) for name, _, at in all_causes if at < claim["start"]]
        cause = _most_named(by_voice) or _most_named(in_text)
        if cause is not None:
            claim["cause"], claim["cause_text"] = cause, anaphor.group()


def _most_named(mentions: list[tuple[str, int]]) -> str | None:
    """The name mentioned most often among (name, position) pairs; of two mentioned as often,
    the one mentioned later."""
    named: dict[str, tuple[int, int]] = {}
    for name, at in mentions:
        named[name] = (named.get(name, (0, 0))[0] + 1, at)
    return max(named, key=lambda n: named[n]) if named else None


# WHO's Disease Outbreak News ("Disease Outbreak News: Lassa fever, Nigeria", "Rift Valley
# fever – Senegal  Situation at a glance"): WHO, its publisher, asserts the disease it names
_OUTBREAK_NEWS = re.compile(r"\s*Disease Outbreak News\b")
_AT_A_GLANCE = re.compile(r"Situation at a glance\b", re.IGNORECASE)


def _outbreak_news(
    text: str, spans: list[tuple[int, int]], all_causes: list, claims: list[dict]
) -> None:
    """An independent claim for each disease the title of WHO's Disease Outbreak News names,
    unless an independent voice already asserts it."""
    glance = _AT_A_GLANCE.search(text, 0, 250)
    if glance is None and not _OUTBREAK_NEWS.match(text):
        return
    # the title, or for a bare "Disease Outbreak News." the sentence after it
    end = glance.start() if glance else spans[min(1, len(spans) - 1)][1]
    begin = spans[0][0]
    said = {c["cause"] for c in claims if c["voice"] == "independent"}
    for name, written, at in all_causes:
        if at >= end or name in said:
            continue
        said.add(name)
        claims.append(
            {
                "voice": "independent",
                "attributed_to": "World Health Organization (Disease Outbreak News)",
                "measure": "other",
                "count": None,
                "count_low": None,
                "count_high": None,
                "cause": name,
                "cause_text": written,
                "region": None,
                "country": None,
                "place": None,
                "date": None,
                "quote": text[begin:end].strip(),
                "start": begin,
                "end": end,
            }
        )
