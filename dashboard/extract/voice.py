"""Who asserts a statement: official, local or independent, with the attribution text.

Independent patterns are tried before official ones, so "South Korea's unification ministry"
or "WHO officials" are not taken for the state's own ministry or officials.
"""

from __future__ import annotations

import re

_PLACE = r"(?:\s+(?:in|from|inside)\s+(?:the\s+)?(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*))?"
VOICE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("independent", r"(?-i:\bWHO\b|\bUN\b|\bNGOs?\b|\bNIS\b|\bMSF\b)"
                    r"|World Health Organi[sz]ation|UNICEF|United Nations"
                    r"|Red Cross|M[ée]decins Sans Fronti[èe]res"
                    r"|(?-i:[A-Z][\w-]+ )?(?:[Rr]esearchers?|[Ee]pidemiologists?|[Ss]cientists?"
                    r"|[Aa]nalysts?|[Ee]xperts?)"
                    r"|aid (?:groups?|agencies|agency|workers?)|humanitarian (?:groups?|agencies)"
                    r"|(?:South Kor\w+|Seoul)(?:'s|’s)? (?:government|officials?"
                    r"|[Uu]nification [Mm]inistry"
                    r"|intelligence|spy agency|lawmakers?|military)"
                    r"|[Uu]nification [Mm]inistry|Ministry of Unification"
                    r"|National Intelligence Service"
                    r"|foreign (?:officials?|governments?|diplomats?|embassies|embassy)"
                    r"|diplomats?|(?:US|U\.S\.|American|Japanese|British) officials?"
                    r"|an? (?:new )?study|Johns Hopkins|38 North"
                    r"|Doctors Without Borders|Save the Children|Human Rights Watch|Amnesty"
                    r"|(?-i:\b(?:IFRC|OCHA|WFP|UNHCR|UNDP|FAO|ICRC|Gavi|Oxfam)\b)"
                    r"|World Food Programme|World Bank"
                    r"|(?:international|aid|relief|humanitarian) (?:organi[sz]ations?|charit\w+)"),
    ("local", rf"(?:an?|one|another|the|our|multiple|several|two|three|local)\s+"
              rf"(?:local\s+|inside\s+|internal\s+|daily nk\s+|trusted\s+)?"
              rf"(?:sources?|informants?){_PLACE}"
              r"|\bsources?\s+(?:said|say|says|told|report\w*)"
              r"|\b(?:local\s+)?residents?|\blocals\b"
              r"|\ba local\b(?!\s+(?:party|people|government|authorit|officials?|committee"
              r"|cadres?|police|security|hospital|health|court))"
              r"|villagers?|rumou?rs?|word (?:is|has it)"
              r"|defectors?|traders?|eyewitness\w*|relatives|family members|neighbou?rs"
              r"|people in the (?:area|city|region|town|village)"
              r"|\bpeople(?= (?:are |have been |were )?(?:saying|say|whispering|believe|suspect))"
              r"|an? (?:local )?(?:doctor|nurse|medical worker|teacher|farmer|merchant)"),
    ("official", r"state(?:-run)? (?:media|television|TV|news agency|newspaper)|\bKCNA\b"
                 r"|Korean Central News Agency|Rodong Sinmun|\bKCTV\b"
                 r"|(?:the\s+)?(?:[Hh]ealth\s+|[Pp]ublic [Hh]ealth\s+)?[Mm]inistry"
                 r"(?: of [A-Z][\w ]+?)?(?=\W)|\bauthorities\b|\bofficials?\b"
                 r"|the (?:central |provincial |local )?government"
                 r"|the regime"
                 r"|(?:the\s+)?(?:provincial\s+|city\s+|county\s+)?(?:[Pp]eople(?:'s|’s)\s+)?"
                 r"[Hh]ospital(?:\s+(?:in|of|at)\s+(?-i:[A-Z][\w’'-]+))?(?=\s+(?:claimed|said|says|stated|announced|reported|insisted|told"
                 r"|denied|maintained|explained))|hospital (?:officials|administration|director)"
                 r"|(?:[Ee]mergency )?[Ee]pidemic [Pp]revention (?:[Hh]eadquarters|[Cc]ommand)"
                 r"|(?:joint )?task force|Central Committee|the (?:Workers' )?Party\b"
                 r"|(?:provincial|city|county|local|district) (?:people's |party )?committee"
                 r"|(?:health )?commissioner|(?:health |prime )?minister|governor|mayor"
                 r"|(?:the )?(?-i:Department of [A-Z][\w ]+?)(?=\W)"
                 r"|health (?:department|services|authorities|bureau|officials)"
                 r"|spokes(?:person|man|woman)|officially|state(?:-run)? outlets?"
                 r"|(?:health )?secretar(?:y|iat)|(?-i:\b(?:[A-Z]{0,3}CDC|UKHSA|NCDC|CHP)\b)"
                 r"|Cent(?:er|re)s? for Disease Control(?: and Prevention)?"
                 r"|(?:[Pp]ublic )?[Hh]ealth (?:[Ss]ecurity )?[Aa]gency"
                 r"|National Health Commission|health (?:bureau|commission|directorate)"),
)  # fmt: skip
# The leading (?<!\w)(?=\w) lets the engine skip the middle and the ends of words before
# trying every alternative.
_VOICE_RE = re.compile(
    r"(?<!\w)(?=\w)(?:" + "|".join(f"(?P<{v}>{p})" for v, p in VOICE_PATTERNS) + ")", re.IGNORECASE
)
_SPEECH_AFTER = re.compile(
    r"\W{0,3}(?:\w+\s+){0,6}?(?:\w+ly\s+)?(?:said|says|say|told|claimed|claims|claim|reported"
    r"|reports|announced|stated|insisted|denied|denies|confirmed|admitted|explained|added"
    r"|are circulating|is circulating|have spread|has it|warned|noted|estimated|believe"
    r"|saying|insist|insists|blamed|blames|attributed|are spreading|is spreading)",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(r"(?:according to|citing|told by|reported by|said)\s+$", re.IGNORECASE)


def find_attributions(text: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Voice mentions in text[start:end]: {"voice", "text", "start", "end", "speaks"} where
    "speaks" says a speech verb goes with it ("the hospital claimed", "according to KCNA")."""
    end = len(text) if end is None else end
    out = []
    for m in _VOICE_RE.finditer(text, start, end):
        speaks = bool(_SPEECH_AFTER.match(text, m.end(), min(end, m.end() + 60))) or bool(
            _SPEECH_BEFORE.search(text, max(start, m.start() - 20), m.start())
        )
        out.append(
            {
                "voice": m.lastgroup,
                "text": m.group().strip(),
                "start": m.start(),
                "end": m.end(),
                "speaks": speaks,
            }  # fmt: skip
        )
    return out


def best_attribution(attributions: list[dict], position: int) -> dict | None:
    """The attribution that most likely owns the statement at ``position``: one with a
    speech verb before one without, then the nearest."""
    if not attributions:
        return None
    return min(attributions, key=lambda a: (not a["speaks"], abs(a["start"] - position)))
