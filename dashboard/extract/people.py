"""People who speak: a person named as the subject of a verb of saying, and the same person
named again later by surname.

"Elena Popa said her son had been admitted", "pensioner Halyna Bondar said", "Maria Sina, who
heads the provincial health office, said", '"It is cholera," said Gul Ahmad, who returned from
Pakistan', "Choi said the response suggested", and a surname with an age ("Kang, 61, who asked
that only her surname be used, told RFA"). The voice patterns know roles and bodies, not
names, so without this a quotation closed by "she said" goes to whichever body was named last.

A person's voice comes from how the text describes them (the words before the name and the
apposition or relative clause after it): a body or role the voice patterns know ("a regional
health adviser for UNICEF" is independent), else a role word of this module, else `local`:
a person named without any office is a private person (a resident, a relative, a patient).
"""

from __future__ import annotations

import re

from dashboard.extract.voice import VOICE_MATCHER

# One word of a personal name: a capital, then letters ("Sebastião", "Nwosu", "Jin-ho")
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][^\W\d_A-Z]+(?:-[A-Za-z][^\W\d_A-Z]+)?)"
_NAME = (
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?{_WORD}"
    rf"(?:\s+(?:(?:al|el|bin|ibn|van|von|de|da|dos|du|del|le|la)[\s-])?{_WORD}){{1,3}}"
)
_VERB = (
    # ("Mensah also warned", "Kim later told", "Obi has said")
    r"(?:(?:also|later|then|again|earlier|\w+ly|has|had|have)\s+){0,2}"
    r"(?P<verb>said|says|told|added|explained|warned|noted|believes|thinks"
    r"|argued|wrote|insisted|estimated|estimates|argues|warns|notes|adds|recalled|described"
    r"|confirmed|acknowledged|admitted"
    r"|agreed|disagreed|cautioned|urged|complained|recounted|remembered|remembers|recalls"
    r"|recounts|describes)\b"
)
# Where a sentence may begin before its subject: "In Iasi, ", "Near Bahir Dar, "
_INTRO = (
    r"(?:(?:In|At|Near|Outside|Inside|Across|From|On|Back in|Meanwhile|Separately|Elsewhere"
    r"|However|Later|Speaking|Asked|Reached|Contacted|Interviewed|Nearby|There|Today|Now"
    r"|Yesterday|Last)\b[^,.;:!?\"“”]{0,90},\s+"
    # "In Lilongwe's Area 25 township, where many families draw water from wells, "
    r"(?:(?:where|when)\b[^,.;:!?\"“”]{0,90},\s+)?"
    # "In Kroo Bay, a crowded seafront community in Freetown, "
    r"(?:(?:a|an|the)\s+[^,.;:!?\"“”]{0,80},\s+)?)?"
)
# A description set off by commas, or a relative clause: ", a former teacher from Nampo who
# left in 2017," or " who heads the provincial health office"
_DESCRIPTION = (
    r"(?P<desc>,\s+[^;:!?\"“”]{2,170}?,|\s+(?:who|whose)\s+[^;:!?\"“”]{2,170}?"
    # "Headman Joseph Munsaka of Siameja village said"
    r"|\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:village|town|city|district|county"
    r"|province|region|camp|township|ward)"
    # "Toxicologist Natalya Orlova of the Pirogov Russian National Research Medical University
    # in Moscow said"
    r"|(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]+)+(?:\s+in\s+[A-Z][\w'’-]+)?)?)?"
)
# "Elena Popa said", "pensioner Halyna Bondar, 67, said" (lower-case role words before)
_SUBJECT = re.compile(
    # ("SEDES director Julio Aponte told": a body's initials before the role)
    rf"{_INTRO}(?P<role>(?:(?:[A-Za-z][a-z-]*|[A-Z]{{2,6}})\s+)?(?:[a-z][a-z-]*\s+){{0,2}}?)"
    rf"(?P<name>{_NAME})"
    rf"{_DESCRIPTION}\s+{_VERB}"
)
# a transcript's speaker label in capitals ("PRESENTER", "DR. KIM", "COMMISSIONER KIM
# HYE-JIN"; the claims module reads transcripts' turns by it too), and one opening a sentence
SPEAKER_LABEL = r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}"
_TURN_LABEL = re.compile(rf"{SPEAKER_LABEL}:[ \t]+")
# A person named by surname and age: "Kang, 61, who asked that only her surname be used, told
# RFA", "Ri, 54, a former market trader, left North Korea in 2023" (then "Ri said"), or in
# full ("Kang Mi-ok, 41, worked for nine years as a nurse", then "Kang believes")
_AGED_NAME = re.compile(
    rf"{_INTRO}(?P<name>{_NAME}|{_WORD}),\s+\d{{1,3}},"
    rf"(?P<desc>\s+(?:who|whose|an?|the)\s+[^;:!?\"“”]{{2,170}}?,)?\s+(?:{_VERB})?"
)
# "The network's director, Lee Su-jin, said": a role, then the name in apposition
_ROLE_THEN_NAME = re.compile(
    rf"{_INTRO}(?P<role>(?:The|the|A|a|An|an|Its|its|Their|their)\s+[^,.;:!?\"“”]{{2,60}}?),"
    rf"\s+(?P<name>{_NAME})(?P<desc>),\s+{_VERB}"
)
# A person introduced with what they are or were, not speaking yet: "Kang Ok-sun was a nurse",
# "When the borders closed, Kang Ok-sun was a nurse in Hamhung"
_INTRODUCED = re.compile(
    rf"(?P<name>{_NAME})\s+(?:was|is|has been|had been|worked|works"
    r"|spent|lived|lives|ran|runs|heads|headed)\b"
)


def _introductions(text: str, start: int, end: int) -> list[re.Match]:
    """The introductions ("Kang Ok-sun was a nurse") that open the sentence at [start, end)
    or a clause of it after ", " (tried only there: a name holds no comma, so no match found
    elsewhere could reach into one of these)."""
    found = []
    at = start
    while at < end:
        intro = _INTRODUCED.match(text, at, end)
        if intro is not None:
            found.append(intro)
        at = text.find(", ", at, end)
        if at < 0:
            break
        at += 2
    return found


# Capitalised titles before a name, which say what the person is
_TITLE = (
    r"(?:(?:Group|Village|Head|Chief|Headman|Deputy|Health|Minister|Director|Governor|Mayor"
    r"|Commissioner|Spokes(?:man|woman|person)|Professor|Senior|Traditional|Community"
    r"|Provincial|District|Regional)\s+)+"
)
# '"...," said Gul Ahmad, who returned from Pakistan in May.' and '"...," Grace Phiri said.'
_AFTER_QUOTE = re.compile(
    rf"[,”\"'’]\s*(?:(?:said|says|added)\s+(?:the\s+[a-z][a-z-]*,\s+|[a-z][a-z-]*\s+)?"
    # "said Group Village Head Mphatso Banda", "said Health Minister Chanda Mwale"
    rf"(?P<title>{_TITLE})?(?P<name>{_NAME})(?P<desc>,\s+[^.;:!?\"“”]{{2,170}})?"
    rf"|(?P<name2>{_NAME})\s+(?:said|says|added)\b)"
)
# "Choi said", '"...," Obi said', '"...," said Marinescu': a surname alone
_SURNAME_SUBJECT = re.compile(rf"{_INTRO}(?P<name>{_WORD})\s+{_VERB}")
_SURNAME_AFTER_QUOTE = re.compile(
    rf"[,”\"'’]\s*(?:(?:said|says|added)\s+(?P<name>{_WORD})\b(?!\s+{_WORD})"
    rf"|(?P<name2>{_WORD})\s+(?:said|says|added)\b)"
)

# Words that make a capitalised name a body, not a person ("Medecins Sans Frontieres")
BODY_WORDS = frozenset(
    """frontieres health organization organisation ministry centre center institute committee
    agency office department news media cross nations foundation society bank programme
    program fund watch international university hospital council service commission
    authority times post press network borders""".split()
)
# Words that make a capitalised name something other than a person
_NOT_A_PERSON = BODY_WORDS | frozenset(
    """frontières radio daily television tv republic kingdom
    states union province region district county city state government party army police
    court school college group church mosque market company corporation association alliance
    initiative coalition board monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    north south east west central people the a an this that these those it its their his her
    our we they he she i you there here according after before when while institut instituto
    hopital hôpital clinic laboratory unit""".split()
)
# Role words that give a person's voice when the voice patterns name no body or role
_INDEPENDENT_ROLE = re.compile(
    r"\b(?:(?-i:specialists?)|parasitologists?|universit(?:y|ies)|college|academy|charit(?:y|ies)"
    r"|foundation"
    r"|lecturers?|researchers?|fellow|consultants?|think tank|research director"
    # "Dr Arjen Veldhuis of the Mahidol Oxford Tropical Medicine Research Unit in Bangkok"
    r"|research (?:unit|institute|cent(?:re|er)|programme|program)|tropical medicine"
    r"|(?:the )?group(?:'s|’s)|(?:for|with) the group|NGO|non-governmental|abroad|foreign"
    r"|lawyers?|human rights"
    # "who heads a soldiers' mothers' committee", "a patients' rights association"
    r"|(?:mothers|rights|advocacy|campaign|civic|civil society)(?:'|’)?\s+(?:committee|group"
    r"|organi[sz]ation|association|network|union))\b",
    re.IGNORECASE,
)
_OFFICIAL_ROLE = re.compile(
    r"\b(?:director|head|heads|headed|chief|deputy|spokes\w+|commissioner|secretary|ministers?"
    r"|governor|mayor|officer|official|superintendent"
    # "County health executive Dr. Grace Wambui"
    r"|(?:health|county|district|provincial|regional|state|city)\s+executive"
    # "the state's public health veterinarian", "the county epidemiologist"
    r"|(?:state|county|city|provincial|district|regional|national|federal)(?:'s|’s)?\s+"
    r"(?:public health\s+|chief\s+|senior\s+)?(?:veterinarian|epidemiologist|physician)"
    r"|public health (?:veterinarian|physician|nurse))\b",
    re.IGNORECASE,
)
# Roles that speak for the people of a place, not for an office
_LOCAL_ROLE = re.compile(
    r"\b(?:community|village|villagers|residents|families|parents|relatives|patients"
    r"|neighbourhood|neighborhood|tenants)(?:'|’)?\s+(?:[\w-]+\s+)?(?:spokes\w+|leader|head"
    r"|representative|committee|association|group)\b",
    re.IGNORECASE,
)
# One who left the North speaks as a local voice, whatever they did there (also for the
# interviewee of claims.py)
DEFECTOR = re.compile(
    r"\b(?:left|fled|escaped)\s+(?:the North|North Korea)\b|\bdefect(?:ed|ors?)\b"
)
_VOICE_OF_GROUP = {"local_speaker": "local", "official_word": "official", "acronym": "independent"}


def voice_of_description(text: str, start: int, end: int) -> str:
    """The voice a description gives the person it describes (a private person's, local,
    when it names no body or role)."""
    return described_voice(text, start, end) or "local"


def described_voice(text: str, start: int, end: int) -> str | None:
    """The voice the words of a description name, or None when they name no body or role."""
    found = [
        _VOICE_OF_GROUP.get(m.lastgroup, m.lastgroup)
        for m in VOICE_MATCHER.finditer(text, start, end)
    ]
    words = text[start:end]
    if "independent" in found or _INDEPENDENT_ROLE.search(words):
        return "independent"
    if _LOCAL_ROLE.search(words) or DEFECTOR.search(words):
        # "a community spokeswoman", "the head of the parents' committee", "a former army
        # medic who left the North in 2019"
        return "local"
    if "official" in found:
        return "official"
    if found:
        return found[0]
    if _OFFICIAL_ROLE.search(words):
        return "official"
    return None


_THE_BODY_OF = re.compile(
    r"\bthe (agency|group|charity|organi[sz]ation|ministry|foundation|institute|department"
    r"|office|society|federation|association|council|programme|mission|network)(?:'s|’s)"
    # "a tuberculosis officer at the regional office"
    r"|\b(?:at|of|with|for) the (?:regional |country |local )?(agency|office|organi[sz]ation"
    r"|charity|foundation)\b(?!\s+(?:of|for|in)\b)",
    re.IGNORECASE,
)
# (an agency or an organisation may be named by its initials, "UNICEF"; the others are named
# so, "a Seoul-based human rights group")
_NAMED_HEADS = frozenset(
    {
        "group",
        "charity",
        "ministry",
        "foundation",
        "institute",
        "department",
        "office",
        "society",
        "federation",
        "association",
        "council",
        "programme",
        "mission",
        "network",
    }
)
# ("the network's director": of the "Seoul-based group" named before)
_HEAD_WORDS = {"network": ("network", "group"), "group": ("group", "network")}


def _is_name(name: str) -> bool:
    words = re.findall(r"[^\W\d_]+", name)
    return not any(w.lower() in _NOT_A_PERSON for w in words) and not any(
        len(w) > 1 and w.isupper() for w in words
    )


def _person(
    text: str, start: int, end: int, voice: str, verb_at: int | None, gender: str | None
) -> dict:
    return {
        "voice": voice,
        "text": text[start:end],
        "start": start,
        "end": end,
        "speaks": True,
        "agent": False,
        "verb_at": verb_at,
        "person": True,
        "gender": gender,
    }


# the word opening a relative clause in a person's description
_RELATIVE = re.compile(r"\b(?:who|whose|which|that)\b")
# "The Institut Pasteur de Madagascar said": an article before a name makes it a body
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_SHE = re.compile(r"\b(?:she|her|herself|Mrs|Ms)\b")
_HE = re.compile(r"\b(?:he|his|him|himself|Mr)\b")


# ("whose son was admitted with blisters on his hands": the pronouns after another person
# are that person's)
_ANOTHER_PERSON = re.compile(
    r"\b(?:sons?|daughters?|husband|wife|father|mother|brothers?|sisters?|grandsons?"
    r"|granddaughters?|grandfather|grandmother|nephews?|nieces?|uncle|aunt)\b"
)


def _gender(description: str) -> str | None:
    """ "she" or "he" when the words describing a person say so ("who lost her son")."""
    other = _ANOTHER_PERSON.search(description)
    if other is not None:
        description = description[: other.start()]
    she, he = bool(_SHE.search(description)), bool(_HE.search(description))
    return "she" if she and not he else "he" if he and not she else None


def find_people(
    text: str,
    spans: list[tuple[int, int]],
    attributions: list[dict],
    places: list[dict],
) -> list[dict]:
    """Speaking people the attributions do not already hold: named persons as the subject
    of a verb of saying, at the start of a sentence (``spans``) or after a quotation, and the
    same people named again by surname. Each is an attribution with "person": True."""
    taken = [(a["start"], a["end"]) for a in attributions] + [
        (p["start"], p["end"]) for p in places
    ]

    def overlaps(lo: int, hi: int) -> bool:
        return any(s < hi and lo < e for s, e in taken)

    out: list[dict] = []
    # (name, voice, gender) of the people named in full so far
    known: list[tuple[str, str, str | None]] = []

    def add_named(m: re.Match, group: str, role_start: int, voice_given: str | None = None) -> None:
        name_start, name_end = m.span(group)
        name = m.group(group)
        if not _is_name(name) or overlaps(name_start, name_end):
            return
        if _ARTICLE_BEFORE.search(text, max(0, name_start - 4), name_start):
            return  # "The Institut Pasteur de Madagascar said": a body
        desc_end = m.end("desc") if m.group("desc") else name_end
        verb_at = m.start("verb") if "verb" in m.re.groupindex else None
        inside = [
            a
            for a in attributions
            if a["speaks"] and role_start <= a["start"] < (verb_at or desc_end)
        ]
        voice = voice_given or voice_of_description(text, role_start, desc_end)
        body = _THE_BODY_OF.search(text, name_end, desc_end) or (
            # ("The network's director, Lee Su-jin, said": the role before the name)
            _THE_BODY_OF.search(text, role_start, name_start) if role_start < name_start else None
        )
        if body is not None:
            # "Anna Keller, the agency's representative in Lilongwe": the body named before
            head = (body.group(1) or body.group(2)).lower()
            named = [
                a
                for a in attributions
                if a["end"] <= role_start
                and role_start - a["end"] < 1500
                and not a.get("person")
                and not _ends_in_role(a)
                and a["voice"] != "local"
                and (
                    head not in _NAMED_HEADS
                    or any(w in a["text"].lower() for w in _HEAD_WORDS.get(head, (head,)))
                    or body.group(2) is not None  # ("the regional office": of the body before)
                )
            ]
            if named:
                voice = named[-1]["voice"]
        relative = _RELATIVE.search(text, name_end, desc_end)
        if relative is not None:
            # "Choi Eun-hee, a liver specialist who has treated North Korean defectors, said":
            # those her relative clause names do not say what she says
            described = [a for a in inside if a["start"] > relative.start()]
            for a in described:
                if verb_at is not None and a["verb_at"] == verb_at:
                    a["speaks"] = False
            inside = [a for a in inside if a not in described]
        gender = _gender(text[role_start:desc_end])
        known.append((name, inside[0]["voice"] if inside else voice, gender))
        if any(a.get("person") or _ends_in_role(a) for a in inside):
            return  # "Kim Jin-ho, a professor at ..., said": the professor speaks already
        out.append(_person(text, role_start, name_end, voice, verb_at, gender))
        taken.append((role_start, name_end))

    for s_start, s_end in spans:
        # (after a transcript's speaker label: "PRESENTER: SEDES director Julio Aponte told")
        if (label := _TURN_LABEL.match(text, s_start, s_end)) is not None:
            s_start = label.end()
        m = _SUBJECT.match(text, s_start, s_end) or _ROLE_THEN_NAME.match(text, s_start, s_end)
        if m is not None:
            add_named(m, "name", m.start("role") if m.group("role") else m.start("name"))
        elif (aged := _AGED_NAME.match(text, s_start, s_end)) is not None:
            if aged.group("verb"):
                # ("Mwila, 46, said": the Dr. Chanda Mwila described before, if she was)
                introduced = _introduced_before(text, aged.group("name"), aged.start("name"))
                add_named(aged, "name", aged.start("name"), introduced)
            elif _is_name(aged.group("name")):
                # named here, speaking later: the sentence says who the person is
                voice = voice_of_description(text, aged.start("name"), s_end)
                known.append((aged.group("name"), voice, _gender(text[aged.end("name") : s_end])))
        if m is None and aged is None:
            for intro in _introductions(text, s_start, s_end):
                # "..., Kang Ok-sun was a nurse at a district clinic": named here, speaking
                # later by surname ("Kang said")
                name = intro.group("name")
                if _is_name(name) and not overlaps(*intro.span("name")):
                    voice = voice_of_description(text, intro.end("name"), s_end)
                    known.append((name, voice, _gender(text[intro.end("name") : s_end])))
        for q in _AFTER_QUOTE.finditer(text, s_start, s_end):
            group = "name" if q.group("name") else "name2"
            add_named(q, group, q.start("title") if q.group("title") else q.start(group))
    if not known:
        return sorted(out, key=lambda a: a["start"])
    # the same person named again by surname (Korean names lead with it: "Yun Ok-hui" is
    # "Yun"; most others end with it: "Maria Sina" is "Sina")
    for s_start, s_end in spans:
        for m in (
            _SURNAME_SUBJECT.match(text, s_start, s_end),
            *_SURNAME_AFTER_QUOTE.finditer(text, s_start, s_end),
        ):
            if m is None:
                continue
            group = "name" if m.group("name") else "name2"
            word_start, word_end = m.span(group)
            if overlaps(word_start, word_end):
                continue
            word = m.group(group)
            before = [
                (voice, gender)
                for name, voice, gender in known
                if word in (_bare(name)[0], _bare(name)[-1])
            ]
            if before:
                verb_at = m.start("verb") if "verb" in m.re.groupindex else None
                voice, gender = before[-1]
                out.append(_person(text, word_start, word_end, voice, verb_at, gender))
                taken.append((word_start, word_end))
    return sorted(out, key=lambda a: a["start"])


def _introduced_before(text: str, surname: str, before: int) -> str | None:
    """The voice of the description given to a full name ending in ``surname`` before
    ``before`` ("Dr. Chanda Mwila, a veterinary epidemiologist at the University of Zambia,"),
    or None where the text gives none."""
    found = None
    for m in re.finditer(
        rf"{_WORD}(?:\s+{_WORD}){{0,2}}\s+{re.escape(surname)},(?P<desc>\s+[^;:!?\"“”]{{2,170}}?)"
        r"(?=[,.])",
        text[:before],
    ):
        found = m
    return (
        None
        if found is None
        else voice_of_description(text, found.start("desc"), found.end("desc"))
    )


_HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+")


def _bare(name: str) -> list[str]:
    """The words of a name without its title: "Dr. Pornthip Srisuk" is "Pornthip Srisuk"."""
    return _HONORIFIC.sub("", name, count=1).split()


# The last word of an attribution that names a person by role ("a WHO malaria adviser")
_ROLE_HEAD = re.compile(
    r"(?:source|resident|official|doctor|physician|nurse|spokes\w+|researcher|epidemiologist"
    r"|expert|professor|analyst|scientist|virologist|defector|trader|worker|specialist"
    r"|director|minister|officer|representative|adviser|advisor)s?$",
    re.IGNORECASE,
)


def _ends_in_role(attribution: dict) -> bool:
    return bool(_ROLE_HEAD.search(attribution["text"]))
