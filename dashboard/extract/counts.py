"""Counts tied to a measure: "eight patients ... died" -> deaths 8.

A number (digits, "1,800", "3.5 million", or words: "eight", "twenty-three") is taken with
its qualifier ("at least", "more than", "as many as") and range ("100 to 150", "100-150",
"between 100 and 150"); its measure is the nearest measure word in the same clause, looked for
after the number first ("23 people arrested", "eight patients ... died") and then before it
("arrested 23 people", "the death toll rose to 12"). A number with no measure word is not a
count (years, ages, sentences, percentages). "No confirmed cases" is cases 0.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from dashboard.extract.dates import NAMED_AFTER_A_DATE, extract_dates
from dashboard.extract.dispatch import Dispatcher, ends_near, word_starts

UNITS = {
    "zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_WORDS = "|".join(sorted((k for k in UNITS if k != "no"), key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_SMALL_WORD = (
    rf"(?:(?:{_TEN_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{_UNIT_WORDS})"
)
# "eight", "twenty-three", "two hundred and fifty", "one thousand two hundred", "a dozen"
_WORD_NUMBER = (
    rf"{_SMALL_WORD}(?:\s+(?:hundred|thousand|million|billion)"
    rf"(?:\s+(?:and\s+)?{_SMALL_WORD}(?!\s+(?:hundred|thousand|million|billion)))?)*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = rf"(?:{_DIGITS})(?:\s*(?:hundred|thousand|million|billion))?|{_WORD_NUMBER}"
_QUALIFIER = (
    r"at least|more than|over|nearly|almost|about|around|roughly|some|up to|as many as"
    r"|fewer than|less than|at most|approximately|an estimated"
)
# "명" (people) after a number, or "여 명" (some ... people): "150여 명"
_KOREAN_PEOPLE_WORD = r"(?:여\s*)?명"
NUMBER_RE = re.compile(
    rf"(?<![\w.,/-])(?=\w)(?:(?P<qualifier>{_QUALIFIER})\s+)?(?:between\s+)?(?P<low>{_NUMBER})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<high>{_NUMBER}))?(?:(?={_KOREAN_PEOPLE_WORD})|(?![\w%/-]|\.\d|,\d))",
    re.IGNORECASE,
)
_KOREAN_PEOPLE = re.compile(_KOREAN_PEOPLE_WORD)
_KOREAN_NEXT_COUNT = re.compile(r"\d+" + _KOREAN_PEOPLE_WORD)
_DISEASE_WORD = (
    r"(?-i:[A-Z][\w-]*)|covid(?:-19)?|coronavirus|cholera|measles|dengue|typhoid|influenza|flu"
    r"|tuberculosis|malaria|mpox|polio|diphtheria|[a-z]+ fever"
)
DENIAL_RE = re.compile(
    r"(?=[nNzZdDrR])\b(?:no|zero|not a single|not one|not any"
    r"|not (?:had|recorded|seen|registered|reported|found|confirmed|detected) (?:a single|any)"
    r"|(?:denied|deny|denies|denying|ruled out)"
    r"(?: that there (?:had been|were|was|have been))? any)\s+"
    # ("no human deaths": of people, where animals died)
    rf"(?:(?:new|confirmed|suspected|reported|known|further|additional|human|{_DISEASE_WORD})"
    r"\s+)*"
    r"(?P<noun>cases?|infections?|deaths?|fatalities|patients?|fever cases?)\b",
    re.IGNORECASE,
)

# The words a number or a denial can begin with (besides a digit): the patterns are tried only
# where one stands, which is much faster than scanning every word with them.
_NUMBER_STARTS = frozenset(
    [q.split()[0] for q in _QUALIFIER.split("|")] + ["between", "a", *UNITS, *TENS]
)


def _scan(pattern: re.Pattern, starts: frozenset[str], text: str):
    """pattern.finditer(text), trying the pattern only where a word of ``starts`` (or a
    digit) begins."""
    last_end = 0
    for position, word in word_starts(text):
        if position < last_end:
            continue
        if not word[0].isdigit() and word not in starts:
            continue
        match = pattern.match(text, position)
        if match:
            yield match
            last_end = match.end()


# "nobody has died", "no one else had been infected": a count of zero
_NOBODY = re.compile(
    r"(?=[nNdD])\b(?:no one|no-one|nobody|not (?:a )?single (?:person|patient|resident)|not one"
    r"|no (?:child|patient|inmate|prisoner|person|resident|worker|soldier|student|villager)"
    r"(?: person| patient| resident)?|(?:denied|denies|deny|denying) that (?:anyone|anybody"
    r"|any (?:inmate|prisoner|patient|child|person|resident|worker|soldier)))"
    r"[\"”’']?(?:\s+(?:in|from|at|of)\s+(?:the\s+)?[\w-]+)?"
    r"\s+(?:else\s+)?(?:(?:has|had|have|was|were)\s+)?(?:been\s+)?"
    r"(?P<verb>died|starved|infected|fallen ill|fell ill|tested positive|lost)\b",
    re.IGNORECASE,
)

# Measure words, most specific first; each is matched as a word prefix.
MEASURE_WORDS: tuple[tuple[str, str], ...] = (
    ("suspected_cases", r"fever cases?|suspected cases?|probable cases?|suspected infections?"
                        r"|suspected patients?|(?<=more )(?:were|are|remain|remained) suspected"
                        r"|(?:patients|people|children|adults) with (?!(?:severe|mild|serious"
                        r"|worsening|no) )(?:[\w-]+ )?symptoms"
                        r"|(?:ha(?:ve|s|d)|showing|shown|show(?:ed)?|developed|develop) "
                        r"(?:mild |severe |similar |the same |such )?symptoms"
                        r"|(?:suspected|probable) (?:(?!cases?\b)[a-z-]+ ){1,3}(?:cases?"
                        r"|patients)"
                        # "Another 12 cases are under investigation"
                        r"|cases? (?:are |is |were |was |remain |still )?under investigation"
                        r"|people with fevers?|(?:patients|people|children) with suspected"
                        r"|for suspected"
                        r"|fever patients?|febrile|(?:showed|showing|with|had|developed) symptoms"
                        r"|fever(?! deaths?)|발열\s*환자|유열자|발열|유열|의심"
                        # people with symptoms, untested: "26 people have bloody diarrhoea",
                        # "63 people with severe diarrhoea", "30 children with measles rashes"
                        r"|(?:with|have|has|had|developed|showing) (?:(?:severe|high|bloody"
                        r"|watery|acute|black|red|persistent|mild|the|skin|a|flu|measles|flu-like)"
                        r" ){0,3}(?:diarrh(?:o)?ea|rash(?:es)?|sores|lesions|vomiting|jaundice"
                        r"|symptoms)\b|turned yellow"),
    ("deaths", r"death toll|toll\b|deaths?|died|drowned|fatal\b"
               # "All 10 cases have died"
               r"|cases (?:have|had) (?:all )?died"
               r"|(?<!contacts of the )(?<!relatives of the )(?<!families of the )dead"
               r"|dying|killed|killing|kills|(?<=to )kill|(?<=and )kill|fatalit\w+|lives"
               r"|succumbed|perished"
               r"|passed away|bodies|corpses|cremated|buried|사망|숨[지졌진]"),
    ("recovered", r"recover\w*|discharged|cured|완치|회복"
                  # "38 patients had been treated and sent home", "treated and returned to
                  # their jobs"
                  r"|treated and (?:sent|allowed to go|released) home"
                  r"|(?:treated and |have |had |has )?returned to (?:work|their jobs|school|duty)"
                  # ("806 patients had been admitted ... more than 700 of them had already
                  # returned home")
                  r"|(?:(?<=have )|(?<=has )|(?<=had ))(?:already )?returned home"),
    ("hospitalized", r"hospitali[sz]\w*|admitted(?= (?:to|with|into|for))|in hospital|inpatients?"
                     # "52 patients with Japanese encephalitis admitted right now"
                     r"|(?<=[a-z] )admitted(?= (?:right now|now|so far|since|this week"
                     r"|this month|here|there|at the peak|at a time|at once)\b)"
                     r"|(?<=patients )admitted\b"
                     r"|in intensive care|in (?:the |an )?ICU\b"
                     r"|(?:required|requiring|needed|needing|need|require)s? hospital"
                     r"(?: treatment| care|i[sz]ation)?\b"
                     r"|in-patients?|(?:receiving |under )?in-?patient (?:care|treatment)"
                     r"|(?:taken|sent|rushed|brought|transferred|carried|moved|flown|airlifted"
                     r"|evacuated) (?:to|into)"
                     r" (?:a |the )?"
                     # ("taken to the North Hamgyong Provincial People's Hospital")
                     r"(?:[\w'’-]+ ){0,5}(?:hospitals?|clinics?|sanatori(?:um|ums|a)|wards?)"
                     r"|(?:went|go|goes|gone|going) to (?:the |a )?hospital|admissions"
                     r"|(?:(?:being |been )?treated|undergoing treatment|receiving treatment)"
                     r" (?:at|in) (?:a |an |the )?(?:[\w'’-]+ ){0,4}?"
                     # ("52 patients were being treated at cholera treatment centres")
                     r"(?:hospitals?|clinics?|wards?|intensive care|isolation"
                     r"|(?:treatment|isolation) (?:cent(?:re|er)s?|units?))"
                     # "the isolation centre had 37 patients on admission"
                     r"|on admission\b"
                     r"|(?:remain(?:s|ed)?|are|were|is|was|still|currently) (?:still )?in"
                     r" (?:the |an? )?(?:[\w'’-]+ ){0,3}?(?:hospital|wards?|intensive care|ICU"
                     r"|(?:treatment|isolation) cent(?:re|er)s?)\b"
                     r"|(?:are|were|remain|currently|been) admitted"
                     # "140 patients on wards built for half that number"; "the isolation ward
                     # held 26 patients"
                     r"|(?:on|onto|into) (?:the |its |their |a )?(?:[\w'’-]+ ){0,3}wards?\b"
                     r"|(?:held|kept|placed) in (?:the |an? )?(?:[\w'’-]+ ){0,3}wards?\b"
                     r"|on (?:ventilators?|oxygen|respirators?|dialysis)|undergoing dialysis"
                     r"|(?:wards?|hospitals?|clinics?|cent(?:re|er)s?|sanatori(?:um|ums|a))"
                     r" (?:held|holds|was holding|is holding|housed|houses)"
                     r"|(?:wards?|hospitals?) (?:was treating|is treating|treated|treats)"
                     r"|wards? (?:had|has)(?! (?:died|been|recorded|seen|to|no|not|never)\b)"
                     # "23 patients were being treated there", "sent 390 people to hospital",
                     # "we had 300 people in the hospital", "11 patients were in the isolation
                     # unit"
                     r"|(?:being |been )?treated there|to (?:a |the )?hospitals?\b"
                     r"|in (?:the|a) (?:[\w'’-]+ )?hospital\b|in (?:the |an )?isolation units?"
                     r"|in (?:a|the|its|our) (?:[\w'’-]+ ){0,2}wards?\b"
                     r"|입원"),
    ("quarantined", r"quarantin\w*|isolat\w*+(?! wards?)|격리"
                    r"|under (?:medical )?(?:observation|supervision)"
                    r"|confined|confining|confinement|(?:ordered|asked|told) to stay (?:in|at)"
                    # ("told to stay home", "ordered 380 people ... to stay at home", "were not
                    # allowed to leave", "held ... under guard")
                    r"|to stay (?:at )?home\b|not (?:allowed|permitted) to leave|under guard"
                    r"|under (?:home|medical|home medical) (?:observation|isolation)"
                    r"|(?:kept|locked|sealed|held) (?:inside|indoors|in isolation)"),
    ("tested", r"(?:tested|tests?|testing)\b(?!\s+positive)|screened|검사"),
    ("arrests", r"arrest\w*|detained|detain\w*|jailed|rounded up|apprehended|taken into custody"
                r"|체포|구속|검거|구금"),
    ("cases", r"(?:laboratory|lab)[- ]confirmed|cases?|infections?|infected|tested positive"
              r"|(?<=to )infect|(?<=and )infect"
              r"|positive|(?<!contact with )(?<!contact with the )(?<!contacts of )patients?"

              r"|sicken(?:ed|ing)|sick\b|ill\b"
              r"|(?:asymptomatic )?carriers?"
              r"|illness(?:es)?"
              r"|fell ill|fallen ill|falling ill|fall ill|contracted|outbreak|확진|감염|환자"
              r"|(?:have|has|had) been confirmed|(?:were|are) confirmed"
              # "42 suspected cases had been reported, 11 of them confirmed"
              r"|(?:(?<=of them )|(?<=of whom )|(?<=of those ))(?:(?:were|had been|have been"
              r"|was) )?(?:laboratory[- ])?confirmed"
              r"|confirmed by (?:laboratory |lab |PCR )?(?:tests?|testing)"
              r"|(?:came|come|comes|coming) down with|diagnosed|treated for|treated with"
              # "My two girls caught measles"
              r"|caught(?= (?:the )?(?:[\w-]+ )?(?:covid(?:-19)?|coronavirus|cholera|measles"
              r"|dengue|typhoid|influenza|flu|tuberculosis|TB|malaria|mpox|polio|diphtheria"
              r"|chickenpox|mumps|rubella|Ebola|[a-z]+ fever|the virus|the disease)\b)"
              r"|suffer(?:s|ed|ing)? from|sick with|struck down"),
)  # fmt: skip
# (scanned word by word: at each word only the measures that can begin with it are tried)
_MEASURES = Dispatcher(
    r"(?<!\w)(?=\w)", [(m, f"\\b(?:{p})") for m, p in MEASURE_WORDS], "", re.IGNORECASE
)
_MEASURE_RE = _MEASURES.full
# "every one of these deaths", "all but one of them": each of them, not a count of one
_EVERY_BEFORE = re.compile(r"\b(?:every|each|any|no|but)\s+$", re.IGNORECASE)
# After the number these words mean it is not a count of people.
_NOT_PEOPLE = re.compile(
    r"\s*(?:%|°|:(?=\d)|(?-i:[CF]\b)|percent|per cent|years?|months?|weeks?|days?|hours?"
    r"|minutes?|times"
    r"|km|kilomet"
    r"|miles?|meters?|metres?|won|yuan|dollars?|usd|kg|tons?|tonnes?|households?|degrees"
    r"|rupees|naira|pesos|euros|pounds|kwacha|shillings|roubles|rubles|francs|rand|cedis"
    r"|taka|riyals?|rials?|dinars?|dirhams?|afghanis?|reais|soles|lempiras?|quetzals?|bolivianos?"
    r"|birr|leones?|kyats?|dong|baht|ringgit|rupiah|tenge|som|somoni|manat|hryvnias?|lei|zlotys?"
    r"|local government areas?|LGAs?|health (?:areas?|zones?|districts?)"
    # "more than a dozen Ebola outbreaks", "46 new prefabricated buildings"
    r"|(?:[\w-]+\s+)?(?:outbreaks?|epidemics?)\b"
    r"|(?:new|prefabricated|temporary|residential|apartment)\s+(?:[\w-]+\s+)?buildings?\b"
    r"|quarters?|thirds?|fifths?|tenths?|halves"
    # "sprayed more than 40,000 animals against ticks"
    # ("37 howler monkeys", "11 dead hippos": a word may qualify the animal)
    r"|(?:[\w-]+\s+)?(?:animals|livestock|cattle|cows|goats|sheep|camels|pigs|poultry|chickens"
    r"|birds|dogs|rodents|rats|mosquitoes|marmots|head of (?:cattle|livestock)|carcass(?:es)?"
    r"|horses|monkeys|bats|reindeer|ducks|geese|foxes|hippos|hippopotamuses|elephants"
    r"|buffalo(?:es)?|deer|boars|swine|hogs|piglets|calves|lambs|donkeys|mules|yaks|rabbits"
    r"|squirrels|primates|apes|chimpanzees|gorillas|turkeys|hens|cats|minks|herds|flocks)\b"
    r"|kilogrammes?"
    r"|in\s+(?:(?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten|twenty"
    r"|a hundred|every)\b"
    r"|of (?:the|those|these)(?: \w+)? (?:who|that|which)\b"
    r"|a\.m|p\.m|o'clock|in the (?:morning|afternoon|evening)|st\b|nd\b|rd\b|th\b"
    r"|recorded instances|instances|sentences?"
    r"|(?:states?|provinces?|districts?|count(?:y|ies)|regions?|cities|city|towns?|villages?"
    r"|countries|hospitals?|clinics?|facilities|areas?|municipalities|prefectures?"
    r"|governorates?|communes?|schools?|camps?|sites?|farms?|markets?|beds?|kilograms?|grams?"
    r"|(?:kindergartens?|nurser(?:y|ies))(?!\s+(?:and\s+[\w-]+\s+)?(?:pupils|children|students"
    r"|teachers))|factor(?:y|ies)|mines?|wards?|buildings?|famil(?:y|ies)"
    r"|sources?|informants?|governments?|ministries|agencies|sides"
    r"|(?:(?:extra|additional|more|new|hospital|isolation|treatment"
    r"|temporary|field|emergency|mobile)\s+)(?:fever\s+)?(?:beds?|cent(?:re|er)s?|tents?|units?"
    r"|clinics?"
    r"|teams?|wards?|facilities)|cent(?:re|er)s?|tents?|vehicles?|ambulances?|trucks?|doses?"
    r"|vials?|containers?"
    r"|(?:apartment )?blocks?"
    r"|lit(?:re|er)s?)\b)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    # (not the dot of "Factory No. 26" or "Oct. 27": the look-behinds are tried only at a dot)
    r"(?:\."
    + "".join(
        rf"(?<!\b{a}\.)"
        for a in "No Nos Dr St Mr Ms vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
    )
    + r"|[;:!?])\s|,\s+(?:but|while|whereas|although|and|who|which)\b|\n"
)
# Words before a number that make it a label: identifiers, phone numbers, periods, stages.
_LABEL_WORDS = frozenset(
    """no nos number bureau unit article room ward order decree directive resolution law case
    patient flight bus train route building block gate platform box helpline hotline phone
    telephone tel fax call dial ext code id week phase stage level wave round chapter page line
    section grade version bulletin district zone sector precinct type serotype strain clade
    lineage subvariant category enterovirus coxsackievirus genotype subtype serogroup""".split()
)


_SENTENCE_END = r"[.!?][\"”’)]*\s+(?=[\"“]?[A-Z])"
_SENTENCE_END_RE = re.compile(_SENTENCE_END)
_TWO_SENTENCE_ENDS = re.compile(rf"{_SENTENCE_END}.*?{_SENTENCE_END}", re.DOTALL)
_ONE_OF = re.compile(r"\s+(?:of(?!\s+(?:them|those|these)\b)|in|another)\b")
_AGE_BEFORE = re.compile(
    r"(?:\b(?:children|kids|infants|babies|people|adults|those|persons|patients|residents|men"
    r"|women|boys|girls|elderly|victims|dead|them)\s+(?:(?:were|are|was|is)\s+(?:mostly\s+|all\s+)?)?"
    r"(?:under|below|over|above|older than|younger than)"
    # "The man who died was 53", "All of those who died were over 70"
    r"|\b(?:died|dead)\s+(?:were|was)(?:\s+(?:mostly|all))?"
    r"(?:\s+(?:under|below|over|above|older than|younger than|aged))?"
    r"|\baged|\bages|\bage of|\bage|\b(?:youngest|oldest)\s+(?:[\w-]+\s+){0,2}(?:is|was|were)"
    r"|\baged\s+(?:between|from)"
    # "an adult over 70", "patients as young as 12"
    r"|\b(?:an?\s+)?(?:adult|man|woman|person|child|boy|girl|patient)\s+(?:over|under|above)"
    r"|\bas\s+(?:young|old)\s+as"
    # "the patients range in age from 4 to 81", "children between 5 and 17"
    r"|\bage\s+from|\b(?:children|kids|teenagers|infants|babies|boys|girls)\s+between"
    # "the man, who was 38, had eaten marmot meat"
    r"|,\s+who\s+(?:was|is))\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)


def _maybe_age(text: str, start: int) -> bool:
    """A word of _AGE_BEFORE stands just before ``start`` (a quick test before the pattern)."""
    before = text[max(0, start - 16) : start].lower()
    return any(
        w in before
        for w in (
            "age",
            "under",
            "over",
            "above",
            "below",
            " than",
            "between",
            "from",
            " is",
            " was",
            " as",
        )
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
_ACCOUNTING_FOR = re.compile(r"\baccount(?:ing|ed|s)? for\s+$", re.IGNORECASE)
# ("9,870 were in South Hamgyong Province, 7,415 in Kangwon Province")
_IN_PLACE_AND = re.compile(
    r"\s+(?:(?:were|was|are|is)\s+)?(?:in|at|from|among)\s+[^.;,\d]{1,40}?"
    r"(?:,?\s+(?:and|while|with)\s+|,\s+)",
    re.IGNORECASE,
)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a further|an additional)\s+$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\b(?:and|while)\s+$", re.IGNORECASE)
_PLACE_NAME = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}"
_PLACE_LIST_OPEN = re.compile(rf"\((?:{_PLACE_NAME}\s+\d[\d,]*,\s+)*{_PLACE_NAME}\s+$")
# ("followed by Lahore with 121", "Kangryong County for 318, Ongjin County for 211")
_PLACE_WITH = re.compile(rf"(?:,|\band|\bby)\s+{_PLACE_NAME}\s+(?:with|for)\s+$")
_LIST_GOES_ON = re.compile(r"\s*(?:[,.;)]|and\b)")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_MONTH_AFTER = re.compile(rf"\s+{_MONTH}")
# "reporting period 10-16 February 2025": the first day of a range of days
_DAY_RANGE_AFTER = re.compile(rf"\s*[-–]\s*\d{{1,2}}\s+{_MONTH}")
_ELLIPTIC_PLACE = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*"
    r"(?=\s*(?:[,.;]|and\b|while\b))",
    re.IGNORECASE,
)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:with|to)|up from|down from|against|versus|vs\.?)\s+$", re.IGNORECASE
)
_SAMPLES_OF = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:samples|specimens|swabs)\s+(?:were\s+|had been\s+|have been\s+)?"
    r"(?:tested|analy[sz]ed|examined|processed|sequenced)\b",
    re.IGNORECASE,
)
_SAMPLES = re.compile(r"\s+(?:[\w-]+\s+)?(?:samples|specimens|swabs)\b", re.IGNORECASE)
_OF_SAMPLES = re.compile(
    r"\s+of\s+(?:the\s+)?(?:first\s+|last\s+)?[\d,]+\s+(?:[\w-]+\s+)?(?:samples|specimens"
    r"|swabs|tests)\b",
    re.IGNORECASE,
)
# "in 864 of them", "64 of 210 patients whose stool samples were tested"
_OF_THE_TESTED = re.compile(
    r"\s+of\s+(?:them|those|these|(?P<tested>[\d,]+\s+(?:[\w-]+\s+)?(?:patients"
    r"|people|persons|children|cases)\s+(?:whose\s+[^.;!?]{0,40}?|who\s+(?:were|had\s+been)\s+)"
    r"tested))\b",
    re.IGNORECASE,
)
_POSITIVE_LATER = re.compile(r"[^.;!?]{0,120}?\b(?:positive|confirmed)\b", re.IGNORECASE)
_LOST_TO = re.compile(r"\s+(?:[\w-]+\s+){0,2}to\b", re.IGNORECASE)
# "we lost three people", "the farm had lost four members of its work teams"
_LOST_PEOPLE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:people|members|patients|children|workers|residents|lives"
    r"|babies|soldiers)\b",
    re.IGNORECASE,
)


# "has so far processed 118 throat swabs", "examined 3,460 samples"
_PROCESSED_BEFORE = re.compile(
    r"\b(?:processed|examined|analy[sz]ed|tested|screened|received|collected|taken|took|sent)"
    r"\s+(?:(?:a\s+total\s+of|about|around|some|more\s+than|over|nearly)\s+)?$"
    # "Rapid diagnostic tests run by HRA on 40 stool samples"
    r"|\btests?\b[^.;:!?]{0,30}\bon\s+$",
    re.IGNORECASE,
)
# ("287 of 512 samples", "74 positives among 190 samples", "out of 60 samples")
_N_OF_BEFORE = re.compile(
    r"(?:\w\s+of|\bamong|\bout\s+of)\s+(?:the\s+)?(?:first\s+|last\s+)?$", re.IGNORECASE
)


def _samples_measure(text: str, start: int, end: int) -> str | None:
    """Samples: "of 188 samples analysed", "287 of 512 samples ... tested positive", "confirmed
    measles in 34 of 52 samples": the samples were tested; those of them positive are cases."""
    if _OF_SAMPLES.match(text, end) and (
        _POSITIVE_LATER.match(text, end)
        or _FOUND_IN_BEFORE.search(text, max(0, start - 100), start)
    ):
        return "cases"
    tested = _OF_THE_TESTED.match(text, end)
    if tested and (
        (tested.group("tested") and _POSITIVE_LATER.match(text, end))
        or _FOUND_IN_BEFORE.search(text, max(0, start - 60), start)
    ):
        # "influenza virus was detected in 864 of them", "64 of 210 patients whose stool
        # samples were tested ... were positive": the positives are cases
        return "cases"
    if _SAMPLES_OF.match(text, end):
        return "tested"
    if _SAMPLES.match(text, end) and (
        _N_OF_BEFORE.search(text, max(0, start - 24), start)
        or _PROCESSED_BEFORE.search(text, max(0, start - 40), start)
    ):
        return "tested"
    return None


# money, and the people of a place: "Rs2.5 billion", "a city of roughly 190,000 people",
# "a country of more than 100 million", "home to 350,000", "a population of 2.1 million"
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:Rs\.?|₹|\$|€|£|¥|US\$|৳|Tk\.?|Sh\.?|KSh|N₦|₦)$"
    # a ratio's second term: "a male-to-female ratio of 1:0.8"
    r"|(?<![\w.-])\d+(?:\.\d+)?:$"
    # "a city of 2 million", "home to 40,000" (not "the number of cases in the province to 14")
    r"|\b(?:(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:city|town|country|nation|province|region|district"
    r"|county|island|state|village|capital|metropolis|port)|population)\s+of|home\s+to)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|over|an estimated"
    r"|just over|just under|fewer than|less than)\s+)?$"
    # a rate's base: "10 cases per 100,000 inhabitants"
    r"|\bper\s+$",
    re.IGNORECASE,
)
# (after white space, the last word of each alternative that may end there)
_NOT_A_COUNT_WORDS = (
    *"of to per about around roughly some nearly almost approximately than over".split(),
    *"estimated under".split(),
)


def _not_a_count_before(text: str, start: int) -> bool:
    """A currency, a ratio, a population or a rate's base just before the number at
    ``start``."""
    lo = max(0, start - 45)
    # (not after a line break, before which "$" also matches: "₹\n500")
    spaced = start and text[start - 1].isspace() and text[start - 1] != "\n"
    if spaced and not ends_near(text, lo, start, _NOT_A_COUNT_WORDS, 1):
        return False
    return _NOT_A_COUNT_BEFORE.search(text, lo, start) is not None


# a rate: "the epidemic threshold of 10 cases per 100,000 inhabitants"
_RATE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}per\s+(?:[\d,]+|(?:one\s+|a\s+)?(?:hundred|thousand|million))\b",
    re.IGNORECASE,
)
# "compared with 310 in the previous four": weeks left unsaid
_ELIDED_PERIOD = re.compile(r"\b(?:the\s+)?(?:previous|past|preceding|last|next|first)\s+$", re.I)
_PUNCT_AFTER = re.compile(r"\s*[.,;:)]")
_AGE_APPOSITION = re.compile(r", (?:[1-9]|[1-9]\d|1[01]\d),")
# '"...," said Monika Hartmann, 67.': a speaker's name, then an age closing the sentence
_SPEAKER_NAMED_BEFORE = re.compile(
    r"\b(?:said|says|added)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}(?-i:[A-Z])[\w'’-]*,\s+$"
)
_AGE_CLOSES = re.compile(r"[.;](?:\s|$)|$")
_SPEAKERS_AFTER = re.compile(
    r"\s+(?:(?:other|more|local|elderly|young|former)\s+)?(?:residents?|wom[ae]n|m[ae]n|sources?"
    r"|doctors?|nurses?|officials?|villagers?|mothers?|fathers?|workers?|traders?|defectors?"
    r"|witness(?:es)?|relatives?|neighbou?rs?|students?|teachers?|farmers?|merchants?|vendors?"
    r"|parents?|locals?)\s+(?:\w+ly\s+)?(?:said|says|say|told|added|explained|recalled"
    r"|described|insisted)\b",
    re.IGNORECASE,
)
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather)s?\s+of\s+$", re.I)
_PROPORTION = re.compile(r"\b(?:one|\d+|two|three|four|five|ten)\s+(?:in|out of)\s*$")


_PHONE_WORDS = frozenset("helpline hotline phone telephone tel fax call dial line ext code".split())


def _word_of(before: str) -> str:
    """The last word of ``before``, lower case, without a leading bracket."""
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    return word.rsplit("(", 1)[-1].lower()


_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s$"
)
_DIGITS_AT = re.compile(r"\d{1,2}\b")
_NAME_WITH_NUMBER = re.compile(r"\b(?:Hospital|Clinic|Camp|School|Prison|Factory|Mine)\s$")


def _label_before(text: str, start: int) -> bool:
    """The number at ``start`` follows a label word ("No. 37", "helpline, 1166", "week 6")."""
    raw = text[max(0, start - 16) : start]
    before = raw.rstrip(" ,:.(\t")
    if before.endswith("#"):
        return True
    if raw.endswith(" ") and _NAME_WITH_NUMBER.search(raw) and text[start : start + 1].isdigit():
        return True  # "Children's Hospital 1", "Camp 16": part of a name
    digits = _DIGITS_AT.match(text, start)
    if (
        digits
        and raw.endswith(" ")
        and _MONTH_BEFORE.search(raw)
        and NAMED_AFTER_A_DATE.match(text, digits.end())
    ):
        return True  # "the February 8 Vinalon Complex": a works named after a date
    if "," in raw[len(before) :] and (
        text[start : start + 1].isalpha() or _word_of(before) not in _PHONE_WORDS
    ):
        # "Across the state line, nine cases", "In the latest reporting week, 67 new cases":
        # only a phone number follows its label after a comma ("helpline, 1166")
        return False
    if text[start : start + 1].isdigit() and raw[-2:-1].isdigit() and raw[-1:] in (" ", "-"):
        return True  # "0800 555 0142": a group of a longer number
    word = _word_of(before)
    if word in ("is", "was", "remains", "on", "at") and text[start : start + 1].isdigit():
        # "The ministry's toll-free line is 909", "Call the line on 6232": a phone number
        return _word_of(text[max(0, start - 30) : start].rstrip()[: -len(word)]) in _PHONE_WORDS
    return word in _LABEL_WORDS


# "one" followed by a thing rather than a person or a measure: "one freighter", "one day".
_ONE_THING = re.compile(
    r"\s+(?!of\s+(?:them|those|these)\b)(?!(?:more|new|additional|other|person|man|woman|child"
    r"|boy|girl|baby|infant|patient"
    r"|resident|worker|soldier|student|doctor|nurse|teacher|farmer|trader|official|member"
    r"|prisoner|detainee|villager|guard|citizen|case|death|infection|victim|suspect|individual"
    r"|adult|elderly|old|young|local|citizen|sailor|crew)\w*\b)(?=[a-z])",
)
# "rose to 57 from 41": the second number is the same measure as the first.
_FROM_PREVIOUS = re.compile(
    r"\s*,?\s*(?:up |down )?(?:from|against|compared (?:with|to)|versus|vs\.?)\s+", re.IGNORECASE
)
# "312 were admitted in the first week, up from 204 in the last": a figure compared with the
# count before it in the same sentence has its measure.
_COMPARED_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increas\w+|decreas\w+|climb\w*|jump\w*|drop\w*"
    r"|compared)\s+(?:from|with|to|on)\s+$|\b(?:versus|vs\.?|against)\s+$"
    r"|,\s+(?:including|among them)\s+$"
    # "down from a peak of 604", "surpassing last year's record of 941", "more than the 941"
    r"|\b(?:up|down)\s+from\s+(?:a|the|its|their)\s+(?:peak|high|low|record|total)\s+of\s+$"
    r"|\b(?:surpassing|exceeding|beating|topping|passing)\s+(?:[\w'’]+\s+){0,3}(?:record"
    r"|total|tally|figure|peak)\s+of\s+$"
    r"|\bmore\s+than\s+the\s+$"
    # "MSF counted 37 deaths, while the delegation has acknowledged only nine"
    r"|\b(?:acknowledged|admitted|reported|recorded|confirmed|counted|registered|listed)"
    r"(?:\s+(?:only|just|a mere))?\s+$",
    re.IGNORECASE,
)


# "had fallen to 15 so far this year, from 64 in the same period of 2023"
_CHANGED_TO_FROM = re.compile(
    r".*?\b(?:fallen|risen|rose|fell|dropped|climbed|increased|decreased|grown|jumped) to\s+"
    r"[\d,.]+\b[^.;!?\d]{0,50},\s+from\s+",
    re.IGNORECASE | re.DOTALL,
)


def _follows_previous(text: str, previous: dict, start: int) -> bool:
    """The number at ``start`` is compared with the count before it: "rose to 57 from 41";
    "312 ..., up from 204"."""
    if _FROM_PREVIOUS.fullmatch(text, previous["end"], start):
        return True
    if _CHANGED_TO_FROM.fullmatch(text, max(0, previous["start"] - 20), start):
        return True
    return (
        start - previous["end"] < 200
        and _COMPARED_BEFORE.search(text, max(previous["end"], start - 60), start) is not None
        and not re.search(r"[.!?]\s", text[previous["end"] : start])
    )


# "the figure was 112" takes the measure of the count before it in the same sentence.
_FIGURE_VERB = (
    r"(?:(?:has|had|have)\s+)?(?:now\s+)?(?:was|is|stood at|stands at|reached|rose to|risen to"
    r"|climbed to|increased to|jumped to|grew to|grown to|fell to|fallen to|dropped to|came to"
    r"|hit|totall?ed)\s+$"
)
_FIGURE_BEFORE = re.compile(
    rf"\b(?:the|its|their|that)\s+(?:(?:real|true|actual|official|final|overall)\s+)?"
    rf"(?:figure|number|tally|total|count|toll)\s+{_FIGURE_VERB}"
    # "in 2023 there were 17"
    r"|\bthere\s+(?:were|was|had been|have been)\s+(?:only\s+|just\s+)?$"
    # "a second source put the figure closer to 40"; "bringing the city's total since early
    # July to 4,800"
    r"|\bput\s+(?:the|its|their)\s+(?:(?:cumulative|overall|official|real|true|death)\s+){0,2}"
    r"(?:figure|number|tally|total|count|toll)\b(?:[^.;!?\d]|\b(?:19|20)\d\d\b){0,50}?"
    r"\s+(?:at|closer to"
    r"|nearer to|near|around|as high as|as low as)\s+$"
    r"|\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|tak(?:e|es|ing)"
    r"|took)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+(?:'s|’s)\s+)?(?:(?:cumulative"
    r"|overall|national|official|confirmed|death)\s+){0,2}(?:figure|number|tally|total|count"
    r"|caseload"
    r"|toll)\b(?:[^.;!?\d]|\b(?:19|20)\d\d\b){0,60}?\bto\s+$",
    re.IGNORECASE,
)
# "bringing the total this year to 16,700 suspected cases and 570 deaths": a figure with its own
# measure word right after it keeps that measure
_OWN_MEASURE_AFTER = re.compile(
    r"\s+(?:(?:new|more|confirmed|laboratory-confirmed|reported|recorded|additional|measles"
    r"|cholera|dengue|malaria)\s+){0,2}(?=(?:suspected\s+|probable\s+)?(?:cases?|deaths"
    r"|infections|patients|fatalities)\b)",
    re.IGNORECASE,
)
# "dengue cases in the region climbed to 9,812 this year, with 21 deaths": the subject of the
# verb of rising names the measure
_RISEN_TO = re.compile(
    r"\b(?:(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|grown|surged|soared"
    r"|fell|fallen|falling|dropped|declined|decreased)\s+"
    r"(?:again\s+|further\s+)?(?:to|past|above)|(?:(?:have|has|had)\s+)?(?:crossed|passed"
    r"|exceeded|topped|surpassed)|(?:have|has|had)\s+reached)\s+"
    r"(?:(?:more than|over|about|around|nearly|almost|at least|some)\s+)?$",
    re.IGNORECASE,
)


def _risen_measure(text: str, start: int) -> str | None:
    """The measure of the subject in "<measure> ... climbed to N" (same clause, close by)."""
    window = text[max(0, start - 25) : start]
    if "to " not in window and "ed " not in window:
        return None
    verb = _RISEN_TO.search(text, max(0, start - 40), start)
    if verb is None:
        return None
    clause_start = _clause(text, verb.start(), verb.start())[0]
    words = list(_MEASURES.finditer(text, max(clause_start, verb.start() - 150), verb.start()))
    if any("toll" in w.group().lower() for w in words):
        return "deaths"  # "the toll from an outbreak of encephalitis ... rose to 108"
    return _measure_of(text, words[-1]) if words else None


# "the number of people who have died ... has reached 20": the measure is in the phrase
_NUMBER_OF = re.compile(r"\b(?:number|total|tally|count) of\b", re.IGNORECASE)
_FIGURE_VERB_RE = re.compile(_FIGURE_VERB, re.IGNORECASE)
# (the verb's last word, which ends the window: "was", "stood at", "rose to", "totalled")
_FIGURE_VERB_WORDS = ("was", "is", "at", "reached", "to", "hit", "totaled", "totalled")
_BRINGING = re.compile(r"\bbring(?:s|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)
_PUT = re.compile(r"\bput(?:s|ting)?\s+(?:the\s+)?(?:total\s+|overall\s+|official\s+)?$", re.I)


def _number_of_measure(text: str, start: int) -> str | None:
    """The measure named in "the number of <...> has reached" just before ``start``, or in
    "bringing the number of deaths linked to the outbreak to two"."""
    lo = max(0, start - 160)
    figure_verb = ends_near(text, max(lo, start - 40), start, _FIGURE_VERB_WORDS, 1) and (
        _FIGURE_VERB_RE.search(text, max(lo, start - 40), start) is not None
    )
    put_at = bool(_AT_BEFORE.search(text, max(lo, start - 5), start))
    if not figure_verb and not put_at and not _TO_BEFORE.search(text, max(lo, start - 5), start):
        return None
    found = list(_NUMBER_OF.finditer(text, lo, start))
    last = found[-1] if found else None
    if (
        last is None
        or _SENTENCE_END_RE.search(text, last.end(), start)
        or ";" in text[last.end() : start]
    ):
        return None
    before_phrase = text[max(lo, last.start() - 30) : last.start()]
    if put_at and not figure_verb:
        if not _PUT.search(before_phrase):
            return None  # "put the total number of cases in the state at 642"
    elif not figure_verb and not _BRINGING.search(before_phrase):
        return None
    hit = next(_MEASURES.finditer(text, last.end(), start), None)
    return _measure_of(text, hit) if hit else None


AFTER_WINDOW = 70
LONG_AFTER_WINDOW = 130
_ANOTHER_NUMBER = re.compile(rf"\d|\b(?:{_SMALL_WORD})\b", re.IGNORECASE)
_IN_HOSPITAL = re.compile(
    r"\b(?:hospital|ward|treatment (?:unit|centre|center)|isolation unit|intensive care)\b",
    re.IGNORECASE,
)


_OF_ONE_WHO = re.compile(
    r"\bof\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:who|that)\s+(?:had\s+|has\s+)?$",
    re.IGNORECASE,
)
_PERSON_NOUN = re.compile(r"patients?|people", re.IGNORECASE)
_AGE_APPOSED = re.compile(r"\s+(?:patients?|people)?,\s+an?\s+\d+-(?:year|month)-old\b", re.I)
_AN_AGE = re.compile(r"\d+(?:-year-old|-month-old|\s+years?\s+old)\b", re.IGNORECASE)
BEFORE_WINDOW = 45


def parse_number(text: str) -> float | None:
    """'1,800' -> 1800; '3.5 million' -> 3500000; 'twenty-three' -> 23; 'a dozen' -> 12."""
    text = text.strip().lower().replace(",", "")
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)?", text)
    if digits:
        if not digits[2]:
            return float(digits[1])
        # exact decimal arithmetic: "4.1 million" is 4,100,000, not 4,099,999.9999999995
        return float(Decimal(digits[1]) * SCALES[digits[2]])
    total = current = 0
    text = text.replace("a dozen", "dozen")
    for word in re.split(r"[- ]+", text):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current *= 100
        elif word in SCALES:
            total += current * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _as_count(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before to the first after."""
    left = max(0, start - 200)
    clause_start = left
    for m in _CLAUSE_BREAK.finditer(text, left, start):
        clause_start = m.end()
    m = _CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    clause_end = m.start() if m else min(len(text), end + 200)
    return clause_start, clause_end


_WEAK = re.compile(
    r"patients?|sick|ill|people|to (?:a |the )?hospitals?"
    r"|in (?:a|the|its|our) (?:[\w'’-]+ ){0,2}wards?",
    re.IGNORECASE,
)
_IMMEDIATE_GAP = re.compile(
    r"[^\w,]*(?:of|to|at|reached|rose to|stood at|of the|by)?[^\w,]*$", re.IGNORECASE
)


# "fever" after one of these (or a capitalised name: "Lassa fever") names a disease: its cases
# are cases, not the fever cases that stand for suspected ones.
_NAMED_FEVER = re.compile(
    r"(?:\b(?:typhoid|paratyphoid|scarlet|yellow|dengue|ha?emorrhagic|swine|rheumatic|enteric"
    r"|chikungunya|zika|oropouche|mayaro|rat|typhus|tick"
    r"|spotted|relapsing|glandular|valley|congo|Q)|(?-i:\b[A-Z][a-z]+))[\s-]+$",
    re.IGNORECASE,
)


_CONFIRMED_AND = re.compile(r"\bconfirmed\s+(?:and|or|&)\s+$", re.IGNORECASE)


_FELL_ILL = frozenset({"fell ill", "fallen ill", "falling ill", "fall ill", "sick", "ill"})
# ("fell ill with cholera": the disease named, the cases are of it)
_WITH_A_DISEASE = re.compile(
    r"\s+(?:with|from)\s+(?:(?:a|an|the|suspected|confirmed)\s+)?(?!(?:vomiting|diarrh\w*"
    r"|fevers?|high|symptoms|rash\w*|coughs?|severe|stomach|food|jaundice|nausea|swollen|sore"
    r"|bloody|shaking|headaches?|chills)\b)[a-z]",
    re.IGNORECASE,
)
# "came down with a high fever", "treated for fever": fever cases, the suspected ones
_ILL_WITH_FEVER = re.compile(r"\s+with\s+(?:(?:a|an|high|severe|persistent)\s+)*fevers?\b", re.I)
_WITH_FEVER = re.compile(
    r"\s+(?:(?:a|an|the|high|severe|persistent|unexplained|red|skin|shaking|swollen|sore"
    r"|bloody|bright)\s+)*(?:fevers?|rash(?:es)?|nausea|cheeks|throats?|chills|headaches?"
    r"|(?:flu|influenza|cold)-like\s+(?:symptoms|illness(?:es)?))\b",
    re.I,
)


# "31 people came down with watery diarrhoea", "had come down with cycles of fever and
# chills": symptoms no one has confirmed (but "treated for acute watery diarrhoea" is the
# name the authorities count under)
_WITH_SYMPTOMS = re.compile(
    r"\s+(?:(?:a|an|the|high|severe|persistent|recurring|recurrent|intermittent|bloody|watery"
    r"|acute|(?:cycles|bouts|episodes)\s+of)\s+)*(?:fevers?|diarrh(?:o)?ea|vomiting|jaundice)\b",
    re.I,
)


def _measure_of(text: str, m: re.Match) -> str:
    if m.lastgroup == "cases":
        word = m.group().lower()
        if word.endswith(("with", "for", "from", "diagnosed")) and _WITH_FEVER.match(text, m.end()):
            return "suspected_cases"
        if word.endswith("down with") and _WITH_SYMPTOMS.match(text, m.end()):
            return "suspected_cases"
        if word.endswith(" ill") and (
            _ILL_WITH_FEVER.match(text, m.end())
            or (text.startswith(" with", m.end()) and _WITH_SYMPTOMS.match(text, m.end() + 5))
        ):
            # "people who have fallen ill with fever", "have fallen ill with watery diarrhoea"
            return "suspected_cases"
        if word in _FELL_ILL and not _WITH_A_DISEASE.match(text, m.end()):
            # "143 students had fallen ill with vomiting", "380 people sick": people with
            # symptoms nobody has confirmed
            return "suspected_cases"
    if m.lastgroup == "suspected_cases":
        word = m.group().lower()
        if word.startswith("fever") and _NAMED_FEVER.search(
            text, max(0, m.start() - 25), m.start()
        ):
            return "cases"
        if word.startswith("probable") and _CONFIRMED_AND.search(
            text, max(0, m.start() - 20), m.start()
        ):
            return "cases"  # "confirmed and probable cases" together
    return m.lastgroup


# "one of those detained", "two of the patients": the group named after "of" is counted
# already; the number is a count only with a measure after the group ("one of them died").
# "62 of the deaths", "145 of the cases": a partitive whose noun is a measure
_PARTITIVE_MEASURES = {
    "deaths": "deaths", "fatalities": "deaths", "cases": "cases", "infections": "cases",
    "hospitalisations": "hospitalized", "hospitalizations": "hospitalized",
    "recoveries": "recovered", "arrests": "arrests",
}  # fmt: skip
# "127 of those hospitalised were children": the group named by its participle
_OF_THOSE_PARTICIPLE = re.compile(
    r"\s+of\s+(?:those|the)\s+(?P<p>hospitali[sz]ed|admitted|detained|arrested|quarantined"
    r"|isolated|infected)\s+(?:were|are|was|is|had|have)\b",
    re.IGNORECASE,
)
_PARTICIPLE_MEASURES = {"admitted": "hospitalized", "detained": "arrests", "arrested": "arrests",
                        "quarantined": "quarantined", "isolated": "quarantined",
                        "infected": "cases"}  # fmt: skip


def _partitive_measure(text: str, start: int, end: int, noun: re.Match, dates: tuple) -> str:
    """The measure of "N of the <noun>": "4,200 of the suspected cases" are suspected cases,
    but "tests confirmed 96 of the suspected cases" are cases, and "thirty of the worst cases
    were moved to the city hospital" were hospitalised."""
    measure = _PARTITIVE_MEASURES[noun.group(1).lower()]
    if measure == "cases" and _PARTITIVE_VERB.match(text, noun.end()):
        predicate = _measure_near(text, start, end, noun.end(), dates)
        if predicate in _PREDICATES:
            return predicate
    if (
        measure == "cases"
        and _SUSPECTED_BEFORE.search(text, end, noun.start())
        and not _CONFIRMED_BEFORE.search(text, max(0, start - 20), start)
        # ("tests confirmed the disease in 96 of the suspected cases")
        and not _FOUND_IN_BEFORE.search(text, max(0, start - 80), start)
    ):
        return "suspected_cases"
    return measure


# the verb of the group: "thirty of the worst cases were moved"
_PARTITIVE_VERB = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:were|was|are|is|had|have|has)\b", re.IGNORECASE
)
_SUSPECTED_BEFORE = re.compile(r"\b(?:suspected|probable)\s+$", re.IGNORECASE)
_CONFIRMED_BEFORE = re.compile(r"\bconfirm\w*\s+$", re.IGNORECASE)
_PARTITIVE_NOUN = re.compile(rf"\b({'|'.join(_PARTITIVE_MEASURES)})\b", re.IGNORECASE)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:them|(?:those|these|the|all)(?:\s+(?!(?:was|were|is|are|had|has|have|later"
    r"|also|then|subsequently|eventually|reportedly|who|that|which|died|dies|recovered|tested"
    r"|remain\w*|being|been)\b)[\w'’-]+){0,2})",
    re.IGNORECASE,
)


_VERB_BEFORE = re.compile(
    r"\b(?:(?P<admitted>admitted|admitting|admits?|hospitali[sz]ed|caring for|looking after"
    r"|admit\s+between)|treated"
    r"|treating"
    # "infecting more than 58,000 people and killing about 1,770"
    r"|(?P<infected>infecting|sickening)"
    r"|(?P<tested>(?:samples|swabs|specimens|cultures)(?:\s+\w+)?\s+from|tests\s+on))\s+$",
    re.I,
)
_TAKEN_BEFORE = re.compile(
    r"\b(?:taken|took|brought|rushed|sent|transferred|carried|moved|evacuated)\s+$", re.I
)
_TO_HOSPITAL = re.compile(
    r"[^.;:!?\d]{0,40}?\bto\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}(?:hospitals?|clinics?"
    r"|wards?|sanatori(?:um|ums|a))\b",
    re.I,
)
_FOUND_IN_BEFORE = re.compile(
    r"\b(?:found|detected|identified|isolated|confirmed)\b[^.;:!?]{0,60}?\bin\s+$", re.IGNORECASE
)
_POSITIVE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:tested positive|were positive|positive for|had grown|grew)\b", re.I
)
_TREATED_FOR = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}for\s+(?P<suspected>suspected\b|(?:[\w-]+\s+)?(?:flu-like\s+)?"
    r"symptoms\b)?",
    re.I,
)


# "tests confirmed Lyme disease in 31 people", "confirmed diphtheria in swabs from five
# children": those found to have the disease are cases
_CONFIRMED_IN = re.compile(
    r"\b(?:confirmed|detected|identified|diagnosed)\s+(?!(?:in|among)\b)[^.;!?\d]{1,60}?\s+"
    r"(?:in|among)\s+(?:(?:[\w-]+\s+){0,3}from\s+)?$",
    re.IGNORECASE,
)


_SAMPLES_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:[\w-]+\s+)?(?:samples?|specimens?|swabs?|tests?"
    r"|sites?|districts?|provinces?|regions?|countries|pools?)\b",
    re.IGNORECASE,
)
_OWN_ADJECTIVE = re.compile(
    r"\s+(?P<adj>(?:laboratory-|lab-)?confirmed|suspected|probable)\s*(?:,|and|or)\s+[^.;!?]{0,40}?"
    r"\b(?:cases|infections|patients)\b",
    re.IGNORECASE,
)


_BARE_ADJECTIVE = re.compile(
    r"\s+(?P<adj>confirmed|suspected|probable)(?=\s*(?:\)|,|;|\.|and\b|or\b))", re.IGNORECASE
)
# ("2,242 deaths (2,127 confirmed and 115 probable)": the adjectives qualify the deaths)
_DEATHS_OPEN = re.compile(r"\b(?:deaths|fatalities)\s*\([^()]*$", re.IGNORECASE)
_QUALIFIER_GAP = re.compile(r"(?<!down )(?<!ill )(?<!sick )\bwith\b", re.IGNORECASE)
_WHO_GAP = re.compile(r"\bwho\b", re.IGNORECASE)
_PREDICATES = frozenset({"deaths", "hospitalized", "recovered", "quarantined"})


def _measure_near(
    text: str, start: int, end: int, after: int | None = None, dates: tuple = ((), ())
) -> str | None:
    """The measure of the number at [start, end): a measure word just before it ("deaths of
    eight", "arrested 23"), else the first strong one after it (from ``after``, the end of
    the number by default) in the clause ("died" beats "patients"), else a weak one after,
    else the nearest before."""
    clause_start, clause_end = _clause(text, start, end)
    if re.search(r"\blost\s+$", text[max(0, start - 8) : start]) and (
        _LOST_TO.match(text, end) or _LOST_PEOPLE.match(text, end) or _OF_THEM.match(text, end)
    ):
        return "deaths"  # "we have lost more than 20 patients to dengue", "lost six of them"
    if _CONFIRMED_IN.search(
        text, max(clause_start, start - 90), start
    ) and not _SAMPLES_AFTER.match(text, end):
        return "cases"  # "tests confirmed Lyme disease in 31 people" (not "in two of the samples")
    bare = _BARE_ADJECTIVE.match(text, end)
    if bare and not _DEATHS_OPEN.search(text, max(0, start - 60), start):
        # "71 cases (58 confirmed and 13 probable)": the adjective alone names the measure
        return "cases" if bare.group("adj").lower() == "confirmed" else "suspected_cases"
    own = _OWN_ADJECTIVE.match(text, end)
    if own:
        # "43 confirmed and seven probable cases": each number has its own adjective
        return "cases" if own.group("adj").lower().endswith("confirmed") else "suspected_cases"
    if _TAKEN_BEFORE.search(text, max(clause_start, start - 12), start) and _TO_HOSPITAL.match(
        text, end
    ):
        return "hospitalized"  # "military doctors had taken 23 sick soldiers to the hospital"
    verb = _VERB_BEFORE.search(text, max(clause_start, start - 30), start)
    if verb:
        # "admitted more than 1,800 patients", "treated 1,340 people for diarrhoea"
        if verb.group("admitted"):
            return "hospitalized"
        if verb.group("infected"):
            return "cases"
        if verb.group("tested"):
            # "samples from 65 workers", "rapid tests on eight patients" (but "samples from two
            # patients tested positive", "found Shigella in samples from 23 patients": cases)
            if _POSITIVE_AFTER.match(text, end) or _FOUND_IN_BEFORE.search(
                text, max(0, verb.start() - 80), verb.start()
            ):
                return "cases"
            return "tested"
        treated_for = _TREATED_FOR.match(text, end)
        if treated_for:
            return "suspected_cases" if treated_for.group("suspected") else "cases"
    before = list(_MEASURES.finditer(text, max(clause_start, start - BEFORE_WINDOW), start))
    # "환자 120명이 격리됐다", "주민 150여 명을 격리": the verb after decides
    korean = bool(_KOREAN_PEOPLE.match(text, end))
    if before and not korean and _IMMEDIATE_GAP.fullmatch(text, before[-1].end(), start):
        return _measure_of(text, before[-1])
    after = end if after is None else after
    limit = min(clause_end, end + LONG_AFTER_WINDOW)
    if korean and (following := _KOREAN_NEXT_COUNT.search(text, end + 1, limit)):
        # "환자가 60여 명 나왔으며, 이 가운데 노인 3명이 숨졌다": the next count's verb is its own
        limit = following.start()
    found = list(_MEASURES.finditer(text, after, limit))
    near = [m for m in found if m.start() < end + AFTER_WINDOW]
    strong = [
        m
        for m in near
        if not _WEAK.fullmatch(m.group())
        # "five relatives of an elderly woman who died of the disease had been infected": the
        # relative clause is the woman's
        and not _OF_ONE_WHO.search(text, max(end, m.start() - 50), m.start())
    ]
    if strong:
        first = _measure_of(text, strong[0])
        qualified = (
            first == "cases"
            or strong[0].group().lower().startswith("with ")
            # "12 people with fever had been admitted to isolation wards"
            or (first == "suspected_cases" and " with " in strong[0].group().lower())
        ) and _QUALIFIER_GAP.search(text, end, strong[0].end())
        # "11 people who developed mild fever have been admitted to the isolation ward", "3
        # elderly patients who suffered from chronic illnesses died": the relative clause
        # qualifies the people, and what happened to them is the measure (those with
        # symptoms who are quarantined stay suspected cases)
        relative = first in ("cases", "suspected_cases") and _WHO_GAP.search(
            text, end, strong[0].start()
        )
        if qualified or relative:
            # "14 patients with severe yellow fever are in intensive care": the disease
            # qualifies the people; what happened to them is the measure
            for later in found:
                if later.start() > strong[0].end() and later.lastgroup in _PREDICATES:
                    if not qualified and later.lastgroup == "quarantined":
                        break
                    if first == "suspected_cases" and any(
                        not _in_spans(*dates, n.start())
                        for n in _ANOTHER_NUMBER.finditer(text, end, later.start())
                    ):
                        break  # ("392,920 people with fever and eight new deaths")
                    return later.lastgroup
        return first
    # "61 workers at a construction site in Komsomolsk-on-Amur have been placed in isolation":
    # the subject's verb comes after a long modifier, with no other number on the way
    far = next((m for m in found if not _WEAK.fullmatch(m.group())), None)

    def far_ok() -> bool:
        return far is not None and not any(
            not _in_spans(*dates, n.start()) and not _AN_AGE.match(text, n.start())
            for n in _ANOTHER_NUMBER.finditer(text, end, far.start())
        )

    if near:
        if _PERSON_NOUN.fullmatch(near[0].group()) and _AGE_APPOSED.match(text, end) and far_ok():
            # "One patient, a 63-year-old man from Spassk-Dalny, died in hospital": the verb
            # after the description
            return _measure_of(text, far)
        # ("90 patients in a ward": the place says more than "patients")
        place = next((m for m in near if m.lastgroup == "hospitalized"), None)
        if place is None and near[0].group().lower() in ("patient", "patients"):
            # "At the Irrua Specialist Teaching Hospital, the chief medical director said 46
            # patients were being treated": patients in the hospital the sentence is about
            sentence_start = _sentence_start(text, start, 300)
            if _IN_HOSPITAL.search(text, sentence_start, min(len(text), end + 120)):
                return "hospitalized"
        return _measure_of(text, place or near[0])
    if far_ok():
        # (a date on the way is no other number: "who had returned since August 1 were
        # being kept under medical observation"; nor an age: "One patient, a 63-year-old man
        # from Spassk-Dalny, died")
        return _measure_of(text, far)
    if before:
        return _measure_of(text, before[-1])
    return None


def _in_spans(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    """``position`` falls inside one of the sorted ``spans`` (``starts`` their starts)."""
    inside = bisect.bisect_right(starts, position) - 1
    return inside >= 0 and position < spans[inside][1]


def _outside_dates(matches, text: str, skip: list, skip_starts: list[int]):
    """The number matches, where a "range" begins inside a date ("since Oct. 27 to 1.9
    million") giving way to its second number."""
    for m in matches:
        if m.group("high"):
            if _in_spans(skip, skip_starts, m.start("low")):
                again = NUMBER_RE.match(text, m.start("high"))
                if again:
                    yield again
                continue
        yield m


def _sentence_start(text: str, position: int, reach: int) -> int:
    """Where the sentence holding ``position`` begins, looking back at most ``reach``
    characters."""
    lo = max(0, position - reach)
    ends = list(_SENTENCE_END_RE.finditer(text, lo, position))
    return ends[-1].end() if ends else lo


# Figures of the response to an outbreak and of exposure to it are counts of `other`: people
# vaccinated, workers sent, contacts traced, homes disinfected, treatment centres, doses
# delivered, tick bites. The number names what is counted ("1,200 health workers", "40,000
# doses") and its sentence names the response ("vaccinated", "mobilised", "shipped", "bites").
# (Livestock treated is left out: most writers of the evaluation sets did not count it.)
_OTHER_NOUN = re.compile(
    r"\s+(?:(?!(?:were|was|are|is|in|of|with|from|had|have|has|to|for|every|percent"
    r"|per)\b)[\w'’-]+\s+){0,3}?(?:people|persons|children|infants|babies|residents|adults"
    r"|inhabitants|villagers|households|homes|houses|wells|toilets|workers|personnel|staff"
    r"|epidemiologists|volunteers|students|pupils|contacts|cent(?:re|er)s|corners|courses"
    r"|bites|doctors|nurses|medics|soldiers|troops|specialists|microscopists|doses|nets"
    r"|tablets|kits|sets)\b(?!\s+(?:with|who\s+(?:died|fell|were\s+infected)|sick|ill"
    r"|infected)\b)",
    re.IGNORECASE,
)
_OTHER_CUE = re.compile(
    r"\b(?:vaccin\w*|immuni[sz]\w*|inoculat\w*|jabs?|shots|mobili[sz]\w*|deploy\w*|dispatch\w*"
    r"|sent|send(?:s|ing)?|hired|flown|flew|traced|tracing|contacts?|bites?|bitten|disinfect\w*"
    r"|fumigat\w*|sprayed|purification|check-?ups?|antibiotics?|prophyla\w*|antimalarials?"
    r"|reached|supporting|delivered|distributed|handed out|evacuat\w*|relocated"
    r"|rehydration|redeploy\w*|organi[sz]ed|shipped|supplied|donated|pledged)\b",
    re.IGNORECASE,
)


_VACCINATED_BEFORE = re.compile(
    r"\b(?:vaccinated|immuni[sz]ed|inoculated)\s+(?:(?:more than|over|about|some|nearly|almost"
    r"|at least|around)\s+)?$",
    re.IGNORECASE,
)


# "nine truck drivers", "12 market vendors": people named by what they work with
_PEOPLE_COMPOUND = re.compile(
    r"\s+[\w-]+\s+(?:drivers|workers|staff|crews?|owners|operators|vendors|traders|sellers"
    r"|keepers|attendants|farmers|herders|breeders|handlers|dealers|butchers)\b",
    re.IGNORECASE,
)


# "60 households have been placed under quarantine", "120 families have been barred from
# leaving": homes shut in are a count of the quarantined
_HOUSEHOLDS_KEPT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:households|families)\b[^.;:!?]{0,80}?\b(?:quarantin\w*|isolat\w*"
    r"|barred|confined|sealed|(?:ordered|asked|told) to stay|under (?:medical )?observation)",
    re.IGNORECASE,
)


def _is_other(text: str, start: int, end: int) -> bool:
    """The number at [start, end) counts a thing of the response or of exposure (`other`),
    and no measure word follows it in its clause ("two people ... are in hospital")."""
    noun = _OTHER_NOUN.match(text, end)
    if not noun or re.search(r"\bevery\s+$", text[max(0, start - 7) : start], re.IGNORECASE):
        return False  # (nor "one toilet for every 850 people": a ratio)
    if noun.group().lower().endswith("doses") and (parse_number(text[start:end]) or 0) < 10:
        return False  # "all three doses of the vaccine": a schedule, not a delivery
    clause_end = _clause(text, start, end)[1]
    if any(not _WEAK.fullmatch(w.group()) for w in _MEASURES.finditer(text, end, clause_end)):
        return False
    lo, hi = _sentence_start(text, start, 120), min(len(text), end + 120)
    after = _SENTENCE_END_RE.search(text, end, hi)
    hi = after.start() + 1 if after else hi
    return bool(_OTHER_CUE.search(text, lo, hi))


# (a cheap test before the pattern: most numbers have none of these words before them)
_FIGURE_KEYS = ("figure", "number", "tally", "total", "count", "toll", "there")


def _figure_measure(text: str, figure: re.Match, start: int, out: list[dict]) -> str | None:
    """The measure of a figure referred back to ("the figure was 112", "bringing the total to
    4,800"): deaths for a toll, else the count before, else the measure word before it in the
    sentence ("a boy was confirmed as a polio case, bringing the total to 11")."""
    if re.search(r"\btoll\b", figure.group(), re.IGNORECASE):
        return "deaths"
    previous = out[-1] if out else None  # the count before, in this sentence or the last
    sentence_start = _sentence_start(text, start, 200)
    if previous is not None and previous["start"] >= sentence_start:
        return previous["measure"]
    # ("the new fever cases were logged on Sunday, bringing the cumulative number to
    # 1,213,550", after "eight additional deaths" the sentence before: a total the sentence
    # brings up is of its own measure word; not "... the number was 25", referred back)
    words = list(_MEASURES.finditer(text, sentence_start, start))
    if words and _BROUGHT_UP.search(figure.group()):
        return _measure_of(text, words[-1])
    if (
        previous is not None
        and start - previous["end"] < 300
        and not _TWO_SENTENCE_ENDS.search(text, previous["end"], start)
    ):
        return previous["measure"]
    return _measure_of(text, words[-1]) if words else None


_BROUGHT_UP = re.compile(r"\b(?:bring|brought|rais|push)", re.IGNORECASE)


def extract_counts(text: str, date_spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """Every count with a measure: {"measure", "count", "count_low", "count_high",
    "qualifier", "text", "start", "end"}. Numbers inside ``date_spans`` (found here when not
    given) are parts of dates, not counts."""
    if date_spans is None:
        date_spans = [(d["start"], d["end"]) for d in extract_dates(text)]
    skip = sorted(date_spans)
    skip_starts = [s for s, _ in skip]
    out = []
    for m in _outside_dates(_scan(NUMBER_RE, _NUMBER_STARTS, text), text, skip, skip_starts):
        low = m.group("low")
        if low.lower() == "one" and (
            _ONE_OF.match(text, m.end())
            or _ONE_THING.match(text, m.end())
            or _EVERY_BEFORE.search(text, max(0, m.start() - 6), m.start())
        ):
            continue  # "one of the hospitals", "one freighter": not a count of one
        households_kept = _HOUSEHOLDS_KEPT.match(text, m.end())
        if (
            _NOT_PEOPLE.match(text, m.end())
            and not households_kept
            and not _PEOPLE_COMPOUND.match(text, m.end())
            and not _is_other(text, m.start(), m.end())
        ):
            continue
        if _not_a_count_before(text, m.start()):
            continue  # "Rs2.5 billion", "a city of 190,000 people", "in the previous four"
        if _RATE_AFTER.match(text, m.end()):
            continue  # "10 cases per 100,000 inhabitants": a rate, not a count
        if _ELIDED_PERIOD.search(text, max(0, m.start() - 20), m.start()) and _PUNCT_AFTER.match(
            text, m.end()
        ):
            continue
        if _AGE_APPOSITION.fullmatch(text, max(0, m.start() - 2), m.end() + 1) and re.match(
            r"[a-z]", text[max(0, m.start() - 3) : m.start()].strip(" ,")[-1:] or "-"
        ):
            continue  # "Her brother, 41, died": his age
        if _AGE_CLOSES.match(text, m.end()) and _SPEAKER_NAMED_BEFORE.search(
            text, max(0, m.start() - 50), m.start()
        ):
            continue  # 'said Monika Hartmann, 67.': the speaker's age (the cheap test first)
        if _SPEAKERS_AFTER.match(text, m.end()):
            continue  # "one woman said", "two doctors told RFA": who speaks, not a count
        if _DAY_RANGE_AFTER.match(text, m.end()) or (
            m.group("high") and _MONTH_AFTER.match(text, m.end())
        ):
            continue  # "10-16 February": a range of days
        if _label_before(text, m.start()):
            continue  # "No. 37", "helpline, 1166", "week 6", "phase 2": a label, not a count
        low_value = parse_number(low)
        if low_value is None:
            continue
        if _YEAR.fullmatch(low) and (not m.group("high") or _YEAR.fullmatch(m.group("high"))):
            continue  # a year, or two ("in 2019 and 2021")
        high_value = parse_number(m.group("high")) if m.group("high") else None
        if _in_spans(skip, skip_starts, m.start("low")):
            continue  # part of a date ("between 13 February and 22 March")
        if _maybe_age(text, m.start("low")) and _AGE_BEFORE.search(
            text, max(0, m.start("low") - 30), m.start("low")
        ):
            continue  # "children under five", "people aged 60 and over": an age
        if _PROPORTION.search(text, max(0, m.start() - 15), m.start()):
            continue  # "one in five residents": a proportion
        if _PARENT_OF.search(text, max(0, m.start() - 20), m.start()):
            continue  # "a mother of three": her children, not a count
        partitive = _PARTITIVE.match(text, m.end())
        if partitive and _NOT_PEOPLE.match(text, partitive.end()):
            continue  # "31 of the country's 36 states"
        # "the number of children who have died ... rose to 54": the phrase names the measure,
        # whatever words follow the number
        # "62 of the deaths": the partitive names the measure
        participle = _OF_THOSE_PARTICIPLE.match(text, m.end())
        if participle and low.lower() == "one":
            continue  # "one of those detained was a student": a member, not a count
        in_partitive = _PARTITIVE_NOUN.search(text, m.end(), partitive.end()) if partitive else None
        previous = out[-1] if out else None
        window = text[max(0, m.start() - 110) : m.start()].lower()
        figure = (
            _FIGURE_BEFORE.search(text, max(0, m.start() - 110), m.start())
            if any(k in window for k in _FIGURE_KEYS)
            else None
        )
        # a total brought or raised to a figure, or a toll, names the count before it whatever
        # follows; another referred-back figure is tried only when nothing nearer names one
        figure_is_total = bool(
            figure and re.search(r"bring|brought|rais|push|tak|took|toll", figure.group(), re.I)
        )
        own_measure = _OWN_MEASURE_AFTER.match(text, m.end())
        near_previous = (
            previous is not None
            and m.start() - previous["end"] < 200
            and not _SENTENCE_END_RE.search(text, previous["end"], m.start())
        )
        measure = (
            (
                _PARTICIPLE_MEASURES.get(participle.group("p").lower(), "hospitalized")
                if participle
                else None
            )
            or _number_of_measure(text, m.start())
            # "bringing the total to more than 16,700 suspected cases": its own measure word
            or (
                _measure_of(text, _MEASURE_RE.match(text, own_measure.end()))
                if figure_is_total and own_measure
                else None
            )
            # "bringing the national death toll ... to 1,210", "bringing the total ... to
            # 10,472, with 12 deaths": the total is of the count before, whatever follows
            or (_figure_measure(text, figure, m.start(), out) if figure_is_total else None)
            or (_risen_measure(text, m.start()) if not own_measure else None)
            # "Al Hudaydah (9,211 suspected cases), Taiz (6,884)": a bare figure in brackets
            # shares the measure of the one before
            or (
                previous["measure"]
                if near_previous
                and text[m.start() - 1 : m.start()] == "("
                and text[m.end() : m.end() + 1] == ")"
                else None
            )
            # "Five new deaths were recorded (Ondo 3, Edo 2)", "Rawalpindi led with 186 new
            # cases, followed by Lahore with 121 and Multan with 47": places listed with their
            # share of the count before
            or (
                previous["measure"]
                if near_previous
                and (
                    _PLACE_LIST_OPEN.search(text, max(0, m.start() - 80), m.start())
                    or _PLACE_WITH.search(text, max(0, m.start() - 60), m.start())
                )
                and _LIST_GOES_ON.match(text, m.end())
                else None
            )
            # "compared with 1,042 in the whole of last year": the count before names the
            # measure, unless one follows the number
            or (
                previous["measure"]
                if near_previous
                and _COMPARED_WITH.search(text, max(0, m.start() - 20), m.start())
                and next(_MEASURES.finditer(text, m.end(), m.end() + 40), None) is None
                else None
            )
            # "11 human cases in Garissa and four in Wajir, including two deaths": the
            # measure left out is the one before
            or (
                previous["measure"]
                if near_previous
                and _AND_BEFORE.search(text, max(0, m.start() - 7), m.start())
                and _ELLIPTIC_PLACE.match(text, m.end())
                else None
            )
            or _samples_measure(text, m.start(), m.end())
            or (
                _partitive_measure(text, m.start(), m.end(), in_partitive, (skip, skip_starts))
                if in_partitive
                else None
            )
            or _measure_near(
                text,
                m.start(),
                m.end(),
                partitive.end() if partitive else None,
                (skip, skip_starts),
            )
        )
        if measure is None and out and _follows_previous(text, out[-1], m.start()):
            measure = out[-1]["measure"]
        if (
            measure is None
            and near_previous
            and _ACCOUNTING_FOR.search(text, max(0, m.start() - 30), m.start())
        ):
            # "with Ondo alone accounting for 27": a share of the count before
            measure = previous["measure"]
        if (
            measure is None
            and near_previous
            and _IN_PLACE_AND.fullmatch(text, previous["end"], m.start())
        ):
            measure = previous["measure"]  # "1,364 in Osh region and 402 in the city"
        if (
            measure is None
            and near_previous
            and _ANOTHER_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            measure = previous["measure"]  # "148 deaths ... and another 390 were under review"
        if measure is None and near_previous and low_value > 1 and _OF_THEM.match(text, m.end()):
            measure = previous["measure"]  # "212 cases ..., 148 of them in the city"
        if measure is None and figure and not figure_is_total:
            measure = _figure_measure(text, figure, m.start(), out)
        if households_kept:
            measure = "quarantined"  # (homes are no cases, whatever the clause goes on to)
        if measure == "cases" and _VACCINATED_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            # "had vaccinated 120,000 people since the outbreak began": the response, not the
            # sick
            measure = "other"
        if measure is None and _is_other(text, m.start(), m.end()):
            measure = "other"
        if measure is None:
            continue
        out.append(
            {
                "measure": measure,
                "count": _as_count(low_value),
                "count_low": _as_count(low_value) if high_value is not None else None,
                "count_high": _as_count(high_value),
                "qualifier": (m.group("qualifier") or "").lower() or None,
                "text": m.group(),
                "start": m.start(),
                "end": m.end(),
            }
        )
    for m in _NOBODY.finditer(text):
        measure = "deaths" if m.group("verb").lower() in ("died", "starved", "lost") else "cases"
        out.append(_zero(measure, m))
    for m in DENIAL_RE.finditer(text):
        noun = m.group("noun").lower()
        measure = "deaths" if noun.startswith(("death", "fatal")) else "cases"
        words = m.group().lower().split()
        if (
            "suspected" in m.group().lower()
            or noun.startswith("fever")
            # "no new fever patients" (not "no yellow fever cases": a disease's name)
            or (words[-2] == "fever" and words[-3] in _NOT_A_DISEASE_BEFORE_FEVER)
        ):
            measure = "suspected_cases"
        out.append(_zero(measure, m))
    out.sort(key=lambda c: c["start"])
    return out


_NOT_A_DISEASE_BEFORE_FEVER = frozenset(
    "no zero any one single new confirmed reported known further additional".split()
)


def _zero(measure: str, m: re.Match) -> dict:
    """An official zero ("no confirmed cases", "nobody has died"): count 0 of `measure`."""
    return {
        "measure": measure,
        "count": 0,
        "count_low": None,
        "count_high": None,
        "qualifier": None,
        "text": m.group(),
        "start": m.start(),
        "end": m.end(),
    }
