"""Who asserts a statement: official, local or independent, with the attribution text.

Independent patterns are tried before official ones, so "South Korea's unification ministry"
or "WHO officials" are not taken for the state's own ministry or officials.
"""

from __future__ import annotations

import re

from dashboard.extract.dispatch import Dispatcher, ends_near

_PLACE = (
    r"(?:\s+(?:in|from|inside)\s+(?:the\s+)?(?:(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
    r"|(?:province|city|area|region|county|town|village|country|capital|north|border area)\b))?"
)
_THE_BODY_SPEAKS = (
    r"(?=\s+(?:also\s+|has\s+|had\s+)?(?:said|says|told|reported|estimated|warned|added"
    r"|confirmed|recorded|registered|counted|believes|noted|quoted)\b)"
)
# a speaker's kin or neighbour ("his widow", "Gul Jan's neighbour")
_KIN = (
    r"daughter|son|brother|sister|wife|husband|mother|father|widow|cousin|uncle|aunt"
    r"|neighbou?r|grandmother|grandfather"
)
VOICE_PATTERNS: tuple[tuple[str, str], ...] = (
    # an agency with the role of its speaker is one attribution ("a WHO official")
    ("independent", r"Africa Cent(?:re|er)s? for Disease Control(?: and Prevention)?"
                    r"|European Cent(?:re|er) for Disease Prevention and Control|\bECDC\b"
                    r"|(?-i:(?:[A-Z][\w'’-]+ ){1,3}(?:Foundation|Trust|Society))"
                    # "a Seoul-based group that tracks health conditions in North Korea"
                    r"|[\w-]+-based (?:monitoring |rights |advocacy |research |aid )?(?:groups?"
                    r"|organi[sz]ations?|NGOs?|charit(?:y|ies)|monitors?|think tanks?|institutes?)"
                    r"|(?:groups?|organi[sz]ations?)(?= that (?:tracks|monitors|documents|studies"
                    r"|supports|researches)\b)"
                    # "The World Health Organization said ... its regional office in Cairo"
                    r"|(?<=its )(?:regional|country) office"
                    # "The World Health Organization's regional office in Copenhagen said"
                    r"|(?:World Health Organi[sz]ation|(?-i:WHO|UNICEF|UN))(?:'s|’s)\s+"
                    r"(?:(?:regional|country|European|Europe)\s+)?office"
                    # "a WHO Europe official", "a UNICEF Nigeria spokesperson"
                    r"|(?-i:WHO|UN|UNICEF|MSF|NGO)\s+(?:(?-i:[A-Z][a-z]+)\s+)?"
                    r"(?:officials?|spokes\w+|representatives?"
                    r"|experts?|doctors?|staff(?:ers)?|teams?|envoys?|chief|director"
                    r"|epidemiologists?|workers?|country (?:office|representative))"
                    r"|(?-i:\bWHO\b|\bUN\b|\bNGOs?\b|\bNIS\b|\bMSF\b)|Africa CDC"
                    r"|Pan American Health Organi[sz]ation"
                    r"|세계보건기구|국가정보원|국정원|통일부|유니세프|유엔|교수|전문가|연구원|연구진"
                    r"|World Health Organi[sz]ation|UNICEF|United Nations"
                    r"|Red Cross|Red Crescent|M[ée]decins Sans Fronti[èe]res|(?-i:Global Fund)"
                    # (not "the Ondo State epidemiologist": a public health officer's)
                    r"|(?-i:(?!(?:State|Provincial|District|County|Regional|Municipal|City"
                    r"|Government) )[A-Z][\w-]+ )?"
                    r"(?:[Rr]esearchers?|[Ee]pidemiologists?|[Ss]cientists?"
                    r"|[Aa]nalysts?|[Ee]xperts?|[Vv]irologists?|[Pp]rofessors?|[Aa]cademics?"
                    r"|[Ee]ntomologists?|[Mm]icrobiologists?|[Ii]mmunologists?|[Pp]arasitologists?"
                    r"|[Pp]athologists?|[Ee]pidemiology (?:professors?|lecturers?)"
                    r"|[Nn]eurologists?|[Pp]ulmonologists?|[Hh]epatologists?|[Tt]oxicologists?"
                    r"|[Vv]eterinary (?:scientists?|epidemiologists?)|[Mm]odell?ers?)"
                    r"|(?:infectious[- ]diseases? |public health |health |medical )"
                    r"(?:specialists?|experts?)"
                    r"|aid (?:groups?|agencies|agency|workers?)|humanitarian (?:groups?|agencies)"
                    r"|(?:human rights|rights|advocacy|monitoring|campaign) (?:groups?"
                    r"|organi[sz]ations?|foundations?)"
                    r"|(?:South Kor\w+|Seoul)(?:'s|’s)? (?:government|officials?"
                    r"|[Uu]nification [Mm]inistry"
                    r"|intelligence|spy agency|lawmakers?|military)|the (?:spy|intelligence) agency"
                    r"|(?:the\s+)?(?:[Uu]nification [Mm]inistry|Ministry of Unification)"
                    r"|National Intelligence Service"
                    r"|foreign (?:officials?|governments?|diplomats?|embassies|embassy)"
                    r"|diplomats?|(?:US|U\.S\.|American|Japanese|British) officials?"
                    r"|consulates?(?: general)?|embass(?:y|ies)"
                    r"|(?:humanitarian|health|aid|UN|implementing|cluster) partners"
                    # "Park Ji-won, who studies the North's detention system, said"
                    r"|(?-i:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
                    r"(?:\s[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})"
                    r"(?=,\s+who\s+(?:studies|researches"
                    r"|tracks|monitors|teaches|specialis|specializ|has (?:studied|researched"
                    r"|tracked|monitored|documented)))"
                    r"|medical charit(?:y|ies)"
                    r"|an? (?:new )?study|Johns Hopkins|38 North"
                    r"|Doctors Without Borders|Save the Children|Human Rights Watch|Amnesty"
                    r"|(?-i:\b(?:IFRC|OCHA|WFP|UNHCR|UNDP|FAO|ICRC|Gavi|Oxfam|UNFPA|IOM|UNAIDS"
                    r"|PAHO|UNRWA)\b)"
                    r"|World Food Programme|World Bank|Food and Agriculture Organi[sz]ation"
                    r"|World Organi[sz]ation for Animal Health|International Organi[sz]ation for"
                    r" Migration|UN (?:refugee|children's|children’s|migration) agency"
                    r"|(?:international|aid|relief|humanitarian) (?:organi[sz]ations?|charit\w+)"
                    # a body the text has named, referred back to ("the charity said"; its
                    # voice is that of the body named, where there is one)
                    rf"|(?-i:[Tt]he) (?:foundation|charity|organi[sz]ation|group)"
                    rf"{_THE_BODY_SPEAKS}"),
    ("local", rf"(?:an?|one|another|the|our|multiple|several|two|three|local)\s+"
              rf"(?:(?:local|inside|internal|daily nk|trusted|reliable|medical|well-placed"
              rf"|well-informed|knowledgeable|(?-i:North Korean)|(?-i:[A-Z][a-z]+))\s+)?"
              rf"(?:sources?|informants?){_PLACE}"
              # ("Sources quoted by Seoul-based outlets say")
              rf"|\bsources?{_PLACE}(?=\s+(?:(?:quoted|cited)\s+(?:by|in)\s+[^,.;:!?]{{1,40}}?\s+)?"
              r"(?:said|say|says|told|report\w*|claim\w*|added))"
              # "according to sources in the city"
              rf"|(?:(?<=according to )|(?<=citing ))sources?{_PLACE}"
              r"|\b(?:local\s+)?residents?|\blocals\b"
              r"|\ba local\b(?=\s*(?:,|said|says|told|who|in\b|from\b|living\b))"
              r"|villagers?|rumou?rs?|word (?:is|has it)|(?:everyone|everybody) (?:here|there)"
              # "Everybody in the workers' district knows it was TB"
              r"|(?:everyone|everybody)(?=(?:\s+[\w'’-]+){0,5}?\s+(?:knows?|says?|believes?"
              r"|thinks?|is saying|suspects?|is calling it|calls it)\b)"
              # (not "a notice read at parents' meetings")
              r"|defectors?|traders?|eyewitness\w*|relatives|family members|neighbou?rs"
              r"|parents(?!['’] meetings?)"
              # ("mourners said", not "mourners should not share food")
              r"|mourners(?=\s+(?:said|say|says|told|believed?|insist\w*|claimed))"
              r"|families|(?:local |neighbou?rhood |community )?volunteers"
              # "private clinics say typhoid", "several private practitioners said"
              r"|private (?:practitioners|clinics|doctors|physicians|pharmacists)"
              r"|(?:market |street )?(?:vendors|traders|merchants|stallholders)"
              r"|posts on (?:social media|[A-Z][\w]+)|social media (?:posts|users)|netizens"
              r"|bloggers|(?:emergency )?response rooms?|listeners|callers"
              # "Herders in Garissa say people are dying of Rift Valley fever"
              # ("co-workers say tuberculosis", "Herders in Garissa County's Ijara and Fafi
              # sub-counties say")
              r"|(?:herders|herdsmen|pastoralists|fishermen|farmers|miners|co-?workers"
              r"|workmates|fellow (?:workers|miners|soldiers|inmates|prisoners|students))"
              # ("Herders interviewed by regional television, however, said")
              r"(?=(?:\s+(?:in|of|from|near|around|at|(?:interviewed|quoted|cited|contacted"
              r"|reached) by)\s+[^,.;:!?]{1,60}?)?(?:,\s+(?:however|though|meanwhile),)?"
              r"\s+(?:say|said|told|believe|fear|suspect|are (?:saying|convinced))\b)"
              r"|(?:(?:volunteer|funeral|burial) )+(?:groups?|networks?|teams?)"
              r"|(?:community|village|tribal|traditional|religious|clan) (?:leaders?|elders?"
              r"|chiefs?|authorit(?:y|ies)|organi[sz]ations?)|community groups?"
              r"|people in the (?:area|city|region|town|village)"
              # "the family believes it was valley fever"
              r"|(?:the|his|her|their|the patient's|the patient’s) family(?=\s+(?:(?:still|also"
              r"|now|initially|first|at first)\s+)?(?:believes?|believed|says?|said|insists?"
              r"|insisted|thinks?|thought"
              r"|suspects?|suspected|is convinced|was convinced)\b)"
              # "died of what local people call epidemic haemorrhagic fever"
              r"|(?<=\bwhat )(?:local\s+)?(?:people|locals)(?=\s+(?:here\s+|there\s+)?call\b)"
              r"|\b(?:people|many|others|some(?: (?:online |internet )?users)?)"
              # ("people in Nampo believe they had COVID-19")
              r"(?:(?= )(?: here| there| in town| in (?-i:[A-Z][\w'’-]+)))?"
              r"(?= (?:are |have been |were |also )?(?:saying|say"
              r"|whispering|believe(?!d to\b)|suspect|fear|think|are convinced|accused"
              r"|speculated|speculate|claimed|claim"
              r"|call(?:ing)? (?:it|the) ))"
              # '"...," the doctor said': the one quoted, named again
              r"|(?-i:[Tt]he) (?:doctor|physician|nurse|medic|paramedic|p(?:a)?ediatrician)"
              r"(?=,?\s+(?:said|says|told|added|explained|recalled)\b)"
              r"|(?:an?|our|my|her|his|their) (?:local |family |private |village |rural |young "
              r"|neighbou?rhood |former |junior )?(?:doctor|physician|nurse|p(?:a)?ediatrician"
              r"|surgeon|paramedic|medical worker|teacher|farmer|merchant|veterinarian|vet)\b"
              r"|\b(?:doctors|physicians|nurses|medical (?:workers|staff))\b"
              r"|(?:대북\s*)?소식통|주민들?|탈북민|탈북자|현지인|의사들|한\s*의사|다들"
              # talk and rumours going round: "코로나19가 퍼졌다는 말이 돌고 있다"
              r"|소문|(?<=는 )말(?=이\s)"),
    # an unnamed person on the spot who speaks ("a mother in Chongjin told RFA", "a miner
    # said"); without a verb of saying, the same words are only the subject of the story
    ("local_speaker", r"(?:(?:eye)?witnesses|interviewees|respondents"
                      # ("according to two people in regular contact with residents")
                      r"|people in (?:regular |close |frequent |daily |constant )?(?:contact"
                      r"|touch) with"
                      r"|people familiar with the (?:matter|situation"
                      r"|case|outbreak))\b"
                      r"|(?:an?|one|another)\s+(?:(?:local|young|elderly|former|retired|second"
                      r"|third|fourth"
                      r"|\w+-year-old|(?!\w+-year-old)\w+-\w+"
                      # "a cattle herder", "a camp leader" (not a party's or an army's)
                      # (nor an aid agency's: "an aid worker" speaks for an outside body)
                      r"|(?!(?:party|army|military|government|state|ruling|senior|aid|relief"
                      r"|humanitarian)\b)[a-z]+)\s+)?"
                      # "A former North Korean soldier"
                      r"(?:(?-i:North |South )?(?-i:Korean|Chinese|Russian) )?"
                      r"(?:mother|father|woman|man|housewife|worker|miner|leader|elder|tenant"
                      r"|parent|seller|owner|promoter|businessman|businesswoman|merchant"
                      r"|soldier|student|(?:reporting )?partner|acquaintance|smuggler|vendor"
                      r"|driver|pharmacist|relative|witness|fisherman|labou?rer|citizen|employee"
                      r"|stevedore|docker|dockworker"
                      r"|volunteer|pensioner|shopkeeper|herder|herdsman"
                      r"|(?:community |village )?health (?:worker|volunteer)"
                      r"|caller|(?:former )?(?:prisoner|inmate|detainee)|survivor|interviewee"
                      r"|respondent)"
                      # "the man" is as often the subject of the story as a speaker
                      rf"|(?:his|her|their)\s+(?:{_KIN}"
                      r"|colleagues|co-workers|workmates|fellow workers)"
                      # "Gul Jan's neighbour in the next tent, a former taxi driver, said"
                      rf"|(?<=['’]s )(?:{_KIN})"
                      r"|the\s+(?:mother|father|housewife|miner|(?:reporting )?partner|worker"
                      r"|volunteer"
                      # ("The neighbourhood doctor told us it was the coronavirus")
                      r"|(?:(?:neighbou?rhood|local|family|village|ward|district)\s+)?"
                      r"(?:doctor|nurse|physician)(?=\s+(?:who\s[^.;:!?]{0,50}?"
                      r"|(?:at|in|from|of)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){1,4})?(?:had\s+)?"
                      r"(?:told|tells|telling)\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?"
                      r"(?:young\s+)?(?:family|families|relatives|mother|father|parents"
                      r"|neighbou?rs?|men|women|us|me|them|her|him)\b)"
                      r"|smuggler|vendor|relative|witness|fisherman|caller|merchant|trader|farmer"
                      r"|businessman|businesswoman"
                      # "said the doctor, who asked not to be named": one speaking privately
                      r"|(?:doctor|nurse|physician|midwife)(?=,\s+who\s+(?:asked|spoke|requested"
                      r"|declined|did not want|would not))"
                      r"|nurse|midwife"
                      r"|teacher|student|soldier|driver|porter|builder|herder|pensioner"
                      r"|stevedore|docker|dockworker)"
                      # "Asia Press's reporting partner said", "its contact in the city told"
                      r"|(?:its|our|(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:'s|’s))\s+"
                      r"(?:reporting\s+)?(?:partners?|contacts?|informants?)"
                      r"(?=\s*(?:,|said|says|told|in\b|from\b|who\b|reported|added))"),
    # "the official word is food poisoning": the official line, reported by someone else
    ("official_word", r"(?:the official|(?:the|its)\s+(?:clinic|hospital|ministry|authorities"
                      r"|officials|government|state|party|regime|committee)(?:'s|’s|')?)"
                      r" (?:word|line|explanation|version|story|diagnosis|verdict"
                      r"|account|position|cause)(?=\s+(?:is|was|remains|has been)\b)"
                      # "Their families were told the men had died of acute pneumonia": told
                      # by those in charge
                      r"|(?:(?:(?<=families )|(?<=relatives )|(?<=residents )|(?<=parents )"
                      r"|(?<=patients )|(?<=workers )|(?<=family )|(?<=guards )|(?<=\bwe )"
                      r"|(?<=\bthey ))(?:were|was|had been|have been|are being|were being)"
                      # ("they're being told it is ordinary flu")
                      r" told|(?<=['’]re )being told)"
                      # ("were told by the Ministry of State Security that the workers")
                      r"(?=\s+(?:by\s+(?:the\s+)?[^.;:!?,]{1,50}?\s+)?(?:that\s+)?"
                      r"(?:the|it|he|she|they|their|his|her)\b[^.;:!?]{0,40}?"
                      r"\b(?:died|die|had|has|have|was|were|is|are|suffered|caught)\b)"),
    ("official", r"state(?:-run)? (?:media|television|TV|news agency|newspaper)|\bKCNA\b"
                 # "The provincial newspaper Hamnam Ilbo reported"
                 r"|(?:the )?(?:provincial|party|government) newspaper"
                 # "the outbreak that the North acknowledged in 2022"
                 # (and "leader Kim Jong Un declared victory over COVID-19")
                 r"|(?-i:[Tt]he North|[Tt]he country|(?:[Ll]eader\s+)?Kim Jong[ -][Uu]n)"
                 r"(?=\s+(?:(?:has|had|have|was|is)\s+)?(?:\w+ly\s+)?(?:acknowledged"
                 r"|treated (?:it|them|the \w+) as"
                 r"|admitted|reported|declared|announced|confirmed|said|says|claimed|claims"
                 r"|insisted|insists|denied|denies|told|telling|maintained|maintains)\b)"
                 r"|(?:junta|military|state|government)-(?:run|controlled|owned|appointed)"
                 r"(?: [\w-]+){0,2}?(?= (?:said|says|reported|announced|claimed|stated|told))"
                 r"|(?:military|junta|ruling|interim|de facto) (?:government|authorities|council)"
                 r"|\bthe junta\b|(?:army|military|camp|prison) (?:doctors?|medics?|physicians?)"
                 # "the military said", "police said"
                 r"|(?:the )?(?:army|military|police)(?=\s+(?:said|says|told|reported|announced"
                 r"|claimed|denied|confirmed|stated)\b)"
                 r"|Korean Central News Agency|Rodong Sinmun|\bKCTV\b|Korean Central Television"
                 r"|Minju Jos[eo]n|Uriminzokkiri|Pyongyang Broadcasting Station"
                 r"|Korean Central Broadcasting(?: Station)?|Voice of Korea"
                 r"|조선중앙통신|중앙통신|[로노]동신문|조선중앙(?:TV|텔레비전|방송)|당국|보건성"
                 r"|(?:국가)?비상방역사령부|인민위원회|위생방역소|방역소|보건당국"
                 r"|(?:the\s+)?(?:[Hh]ealth\s+|[Pp]ublic [Hh]ealth\s+)?[Mm]inistry"
                 r"(?: of [A-Z][\w ]+?)?(?=\W)|\bauthorities\b|\bofficials\b"
                 # ('authority says "food poisoning", doctors whisper hepatitis')
                 r"|\bauthority(?=\s+(?:says|said|claims|claimed|insists|insisted)\b)"
                 # (not the adjective: "said the official figures lagged far behind")
                 r"|\bofficial\b(?!\s+(?:figures?|data|counts?|toll|tally|statistics|numbers?"
                 r"|totals?|estimates?)\b)"
                 # ("the Dandong city government")
                 r"|the (?:(?-i:[A-Z][a-z]+) (?=\w+ government))?(?:central |provincial |local "
                 r"|city |municipal |county |regional |state |federal |national )?government"
                 r"|the regime"
                 r"|(?:the\s+)?(?:provincial\s+|city\s+|county\s+)?(?:[Pp]eople(?:'s|’s)\s+)?"
                 r"(?:[Hh]ospital|[Cc]linic|medical (?:post|office)|infirmar(?:y|ie))s?"
                 r"(?:\s+(?:in|of|at)\s+(?:(?-i:[A-Z][\w’'-]+)"
                 r"|town|the (?:city|town|province|county|district|capital|village)))?"
                 # ("The hospital that treated the students who died told their families")
                 r"(?=(?:,\s+which\s+|,\s+however,\s+|\s+that\s+\w+ed\b[^,.;:!?\"“”]{0,50}?\s+|\s+)"
                 r"(?:(?:is|are|was|were|has|have|had)\s+)?"
                 r"(?:been\s+)?"
                 # "the provincial hospital tested them and confirmed hepatitis A"
                 r"(?:(?:tested|examined|admitted|treated|x-rayed)\s+(?:them|him|her|the\s+\w+)"
                 r"\s+and\s+)?"
                 r"(?:claim\w*|said|says|stated|tells|telling"
                 r"|announc\w*|report\w*|insist\w*|told|den(?:y|ies|ied)|maintain\w*|explain\w*"
                 r"|record\w*|registered|list\w*|attribut\w*|blam\w*|classif\w*|diagnos\w*"
                 r"|call\w*|describ\w*|confirm\w*|put|wr[io]te\w*|enter\w*|inform\w*"
                 r"|notif\w*))"
                 r"|hospital (?:officials|administration|director)"
                 # the agent of a passive ("families were told by the hospital that")
                 r"|(?<=\bby\s)(?:the\s+)?(?:provincial\s+|city\s+|county\s+)?"
                 r"(?:[Pp]eople(?:'s|’s)\s+)?"
                 r"(?:[Hh]ospital|[Cc]linic)"
                 # "The centre's doctor recorded the deaths as heart failure"
                 r"|(?:the )?(?:centre|center|camp|prison|mine|plant|factory|facility|unit"
                 r"|brigade)(?:'s|’s) (?:doctors?|medics?|physicians?|medical officers?)"
                 r"(?=(?:,[^,.]{1,30},)?\s+(?:had\s+|has\s+|have\s+)?(?:recorded|registered"
                 r"|listed|certified|wrote|entered|classified|attributed)\b)"
                 # "The clinic doctor listened to his chest and wrote 'pleurisy' in the register"
                 r"|(?-i:[Tt]he) (?:clinic|hospital|camp|prison|mine|factory) (?:doctor|medic"
                 r"|physician)(?=\s+(?:[\w'’-]+\s+){0,6}?(?:and\s+)?(?:recorded|registered|listed"
                 r"|certified|wrote|entered|classified)\b)"
                 r"|(?:the )?(?:hospital|clinic|sanatorium)(?:'s|’s) (?:chief (?:doctor|physician)"
                 r"|(?:medical )?director"
                 r"|head(?: doctor)?|administrat\w+|management|officials?|spokes\w+|principal"
                 r"|press (?:service|office)"
                 r"|(?:medical )?superintendent|dean)"
                 # "The hospital has admitted 140 children, its medical superintendent told
                 # reporters"
                 r"|its (?:medical (?:superintendent|director)|chief medical officer)"
                 r"|hospital (?:medical )?(?:superintendent|director)"
                 # "the mine management says it is pneumonia": those who run a workplace
                 r"|(?:the )?(?:mine|factory|plant|farm|enterprise|company|camp|prison|school"
                 r"|cooperative|co-operative)(?:'s|’s)? (?:management|managers|administration)"
                 # those told to word the illness a certain way speak the official line:
                 # "unit heads have been instructed to describe the illness as influenza"
                 r"|(?:instructed|ordered|directed|told|required) to(?=\s+(?:describe|call|label"
                 r"|record|register|list|report|refer to|attribute|blame|write|enter|put)\b)"
                 r"|(?:[Ee]mergency )?[Ee]pidemic [Pp]revention (?:[Hh]eadquarters|[Cc]ommand)"
                 r"|(?:joint )?task force|Central Committee|the (?:Workers' )?Party\b"
                 r"|(?:provincial|city|county|local|district) (?:people's |party )?committee"
                 r"|(?-i:[A-Z][\w-]+) (?:people's|party) committee"
                 r"|(?:[\w-]+(?:'s|’s) )?party committees?"
                 r"|(?:the|its|their) people(?:'s|’s) committees?"
                 r"|(?:(?:regional|provincial|district) )?health delegations?\b"
                 r"|(?:health )?commissioners?\b|(?:health |prime )?ministers?\b|governors?\b"
                 r"|mayors?\b|regents?\b|cadres?\b|(?:unit |military |army )?commanders?\b"
                 r"|(?:the|military|army|unit|battalion|regiment|division"
                 r"|(?-i:[a-z]+)(?:'s|’s)) command\b"
                 r"(?!\s+(?:centre|center|post|structure))"
                 r"|(?:local |district )?(?:ward|social security) office"
                 r"|(?:(?:military|medical|police|army|security|border|prison|camp|quarantine"
                 r"|customs|political|sanitary|health)\s+)+officers?\b"
                 r"|(?:their|the|its) (?:commanding )?officers\b"
                 # "a notice posted at the plant told employees"
                 # ("Notices pasted up at the market describe the illness as")
                 r"|(?:(?:an?|the) (?:official |internal |secret )?(?:notice|circular|directive"
                 r"|announcement|instruction|order|decree|lecture)s?|(?-i:N)otices)"
                 r"(?=\s+(?:posted|issued|pinned|pasted|read out|sent|from|put up|given|delivered"
                 r"|blaming|attributing|describing|calling|saying|stating|blames|blamed|says"
                 r"|said|states|stated|names|named|calls|called|attributes|attributed"
                 r"|describe|call|say|blame|name)\b)"
                 # "the security men said it was heart failure"
                 r"|(?:the )?security (?:men|agents)\b"
                 r"|(?:(?:city|provincial|county|state|border|district)\s+)?quarantine"
                 r" (?:office|station|post|officials|authorities|department|bureau|service)s?\b"
                 r"|the police(?=\s+(?:\w+\s+)?(?:record|recorded|said|told|say|says|claimed|blamed"
                 r"|attributed|registered|listed|wrote|announced|warned|declared|insisted))"
                 r"|(?:prison |camp )?(?:guards|wardens?)\b"
                 r"|(?:city|town|village|regional|district|municipal|provincial|county) council"
                 r"|(?:regional |city |district )?military administration"
                 r"|(?:civil|local|de facto|interim|regional|district|county|provincial|city"
                 r"|state) administration\b"
                 r"|(?:regional|provincial|city|district|state|national|municipal|county|oblast)"
                 r" (?:health )?(?:department|centre|center|service|directorate|office"
                 r"|division)s?\b"
                 # "The civic body recorded", "the Brihanmumbai Municipal Corporation (BMC)"
                 r"|civic (?:body|bodies|authorities|administration)\b"
                 r"|(?-i:(?:[A-Z][\w-]+ )?(?:Municipal|Metropolitan|City) Corporation)"
                 # "NSW Health said", "Public Health England said": state health services
                 r"|(?-i:(?:NSW|Queensland|Victoria|Alberta|Ontario) Health"
                 r"|Public Health (?:England|Scotland|Wales|Ontario))\b"
                 # a local health authority by its name: "the Yakima Health District", "the
                 # Southern Nevada Health District"
                 r"|(?-i:(?!The )(?:[A-Z][\w'’.-]+ ){1,3}Health (?:District|Districts|Authority"
                 r"|Board|Unit))\b"
                 # "the regional sanitary and epidemiological control department said"
                 r"|(?:regional|provincial|city|district|state|national|municipal|county|oblast)"
                 r" (?:(?:sanitary|sanitary-epidemiological|epidemiological|epidemiology|control"
                 r"|surveillance|public|health|hygiene|consumer|protection|disease|prevention"
                 r"|welfare|safety|and)\s+){2,5}(?:department|directorate|service|office"
                 r"|committee|centre|center)s?\b"
                 # "the state health surveillance foundation said"
                 r"|(?<=the )(?:regional|provincial|municipal|state) health(?: [a-z]+)?"
                 r" (?:foundation|secretariat|agency|institute|authority)\b"
                 r"|(?:the )?(?:hospital|clinic|ministry|state|official|police|camp|prison|morgue"
                 r"|mortuary|committee|council|county|city|provincial)(?:'s|’s)? "
                 r"(?:own |official )?(?:health |medical )?"
                 r"(?:registers?|records?|death certificates?|certificates?|notices?|files?)"
                 r"|death certificates?"
                 # "received certificates giving the cause as heart failure"
                 r"|certificates?(?=\s+(?:giving|listing|stating|citing|recording)\b)"
                 # "A: The certificate said tuberculosis": a certificate is the state's word
                 r"|(?-i:[Tt]he) certificates?(?=\s+(?:said|says|stated|states|read|reads)\b)"
                 # "the state epidemiologist said": a public health officer
                 r"|(?:state|provincial|district|county|regional|municipal|city|government)"
                 r" epidemiologists?\b"
                 # "said Nampula's provincial health director, Dr Celso Muianga"
                 r"|(?:state|provincial|district|county|regional|municipal|city|national)"
                 r" (?:public )?health (?:director|chief|officer|commissioner|secretary)s?\b"
                 # "The director called a meeting and said the deaths would be recorded as"
                 r"|(?-i:[Tt]he) (?:director|chief doctor|head doctor)(?=\s+(?:[\w'’-]+\s+){0,5}?"
                 r"(?:said|says|told|announced|ordered|insisted|declared)\b)"
                 # "the state is calling it flu"
                 r"|(?-i:[Tt]he) state(?=\s+(?:is\s+|was\s+|has\s+|keeps\s+)?(?:calling|calls"
                 r"|called|says|said|insists|insisted|claims|claimed|blames|blamed|denies|denied)\b)"
                 # "The county says they died of old age": the county's authorities
                 r"|(?-i:[Tt]he) (?:county|province|district|city)(?=\s+(?:(?:only\s+)?counts"
                 r"|reports|reported|records|recorded|says|said|insists"
                 r"|insisted|claims|claimed)\b)"
                 r"|(?:(?:state|county|provincial|city|district)\s+)?security (?:department"
                 r"|agency|service|bureau)s?\b|보위부|보안서"
                 # "At the hospital they say it is an ordinary intestinal infection"; and inside
                 # a quotation (the extractor drops the others), "They call it flu", "they keep
                 # telling us it is chickenpox": the authorities, as the speaker tells it ("they
                 # say" is as often the neighbours)
                 r"|(?:(?<=at the hospital )|(?<=at the clinic )|(?<=in the hospital )"
                 # "In public they say chickenpox", "On television they say flu"
                 r"|(?<=in public )|(?<=on television )|(?<=on the radio )|(?<=on tv )"
                 r"|(?<=officially )|(?<=now ))they"
                 r"(?=\s+(?:say|said|tell|told|call|called|claim|insist|write|wrote)\b)"
                 # "They wrote flu on the certificate": the record they keep
                 r"|(?-i:They|they)(?=\s+(?:just\s+|only\s+|still\s+)?(?:wrote|write|writes)\s+"
                 r"(?!(?:to|that|about|letters?|a\s+letter|us|me|him|her|them|down\s+that)\b))"
                 r"|(?-i:They|they)(?=\s+(?:keep\s+|still\s+|just\s+|now\s+|only\s+)?(?:call"
                 r"|calls|called|calling|tell|told|telling|write|wrote|writes|insist"
                 r"|insisted|admitted|announced|said|are saying|were saying)\s+(?:us\s+|people\s+"
                 r"|everyone\s+|the families\s+"
                 r"|families\s+)?"
                 r"(?:it|that|this|the illness|the disease)\b)"
                 # "a short notice from the camp that gave the cause of death as": the body
                 # that sent it
                 r"|(?:notices?|certificates?|letters?|notifications?)\s+from\s+the\s+(?:camp"
                 r"|prison|unit|mine|factory|hospital|clinic|authorities|army|military)\b"
                 # "The company recorded it as heart failure", "the mine told the families"
                 r"|(?:the\s+)?(?:company|factory|mine|enterprise|plant|clinic)(?=\s+(?:had\s+|has\s+)?"
                 r"(?:recorded|registered|listed|wrote|certified|told|informed)\b)"
                 r"|(?<!in the )(?<!of the )\bunit(?=\s+(?:had\s+|has\s+)?(?:reported|recorded"
                 r"|registered|listed|told"
                 r"|said|claimed|blamed|attributed))"
                 r"|party secretar(?:y|ies)\b"
                 # "The heads of the neighbourhood watch units told us it was acute pneumonia",
                 # "the Rason city tourism bureau told her": the state's local arms
                 r"|(?:heads?|leaders?|chiefs?) of (?:the )?(?:local )?(?:neighbou?rhood|people's)"
                 r" (?:watch )?units?\b|(?:neighbou?rhood|people's) (?:watch )?unit (?:heads?"
                 r"|leaders?|chiefs?)\b|inminban (?:heads?|leaders?|chiefs?)\b"
                 r"|(?:city|county|provincial|municipal) tourism (?:bureau|office|department)\b"
                 # "A notice read to students on Mar. 24 said they had suffered food poisoning",
                 # "a lecture read to neighbourhood watch units ... stated": the authorities'
                 r"|(?:an?|the)\s+(?:official\s+)?(?:notice|lecture|circular|directive)s?"
                 r"(?=(?:\s+(?:read|posted|issued|sent|circulated|put up|given|delivered)\b"
                 r"(?:[^.;:!?\"“”]|\.(?=\s+\d)){0,80}?)?\s+(?:said|says|stated|states|blamed"
                 r"|claimed|told|described|called|attributed)\b)"
                 # "the unit's political department told the families", "Nampo's education
                 # department has described the closures as"
                 r"|(?:education|political|propaganda|agriculture|labou?r) (?:department|bureau"
                 r"|section)s?\b"
                 r"|(?:the )?(?-i:Department of [A-Z][\w-]*"
                 r"(?:\s+(?:(?:and|of|for|the)\s+)?[A-Z][\w-]*)*)"
                 r"|(?:the )?(?:army|military|army's|military's|army’s|military’s) medical"
                 r" (?:department|service|corps|unit|command)"
                 # "the Committee for Sanitary-Epidemiological Welfare and Public Health"
                 r"|(?:the )?(?-i:(?:State |National |Federal )?(?:Committee|Agency|Service"
                 r"|Inspectorate|Directorate|Commission) (?:for|of|on) [A-Z][\w-]+"
                 r"(?:(?: and| of| for)? [A-Z][\w-]+)*)"
                 r"|health (?:department|services|authorities|bureau|officials)"
                 r"|spokes(?:person|man|woman)|officially|state(?:-run)? outlets?"
                 r"|(?:health )?secretar(?:y|iat)|(?-i:\b(?:[A-Z]{0,3}CDC|UKHSA|NCDC|CHP)\b)"
                 r"|Cent(?:er|re)s? for Disease Control(?: and Prevention)?"
                 r"|(?:[Pp]ublic )?[Hh]ealth (?:[Ss]ecurity )?[Aa]gency"
                 r"|National Health Commission|health (?:bureau|commission|directorate)"
                 r"|(?:(?:hygiene|sanitary|sanitation)(?: and)? )?anti-?epidemic (?:station|centre"
                 r"|center|post|office|command|headquarters)s?"
                 r"|(?:National )?Emergency Operations? Cent(?:re|er)"
                 r"|(?:epidemic|disease) (?:prevention|control) (?:station"
                 r"|centre|center|office)s?"
                 r"|health (?:office|offices|station|inspectorate|board|agency|service)\b"
                 r"|(?:construction |military |district |county |provincial |city |local "
                 r"|quarantine )?headquarters"
                 # "The city's quarantine command told residents"
                 r"|(?:quarantine|construction(?: site)?|emergency) command"
                 rf"|(?-i:[Tt]he) (?:agency|commission|bureau|watchdog|institute|paper|newspaper"
                 rf"|ministry|department|service|centre|center){_THE_BODY_SPEAKS}"
                 # "112,600 cases over the same period, according to the department"
                 r"|(?<=according to )the (?:agency|commission|bureau|watchdog|institute|ministry"
                 r"|department|service|directorate|secretariat)\b"
                 r"|(?:consumer |health |sanitary |food safety )?(?:watchdog|regulator"
                 r"|inspectorate)s?\b|Rospotrebnadzor"),
)  # fmt: skip
# An organisation named only by its acronym, with a verb of saying ("NKDB said"): not a state
# body the patterns above know, so an independent one. Tried after every known voice, so
# "KCNA said" stays official.
_ACRONYM_SPEAKER = (
    "acronym",
    # ("The MoPH reported", "were reported by the MoPH": a ministry's, of mixed case)
    r"(?-i:[A-Z]{3,6}|[A-Z][a-z][A-Z][A-Za-z]{0,3})"
    r"(?=\s+(?:said|says|reported|told|found|estimated|believes?))"
    r"|(?<=\bby the )(?-i:[A-Z][a-z][A-Z][A-Za-z]{0,3})(?=[\s.,;])",
)
# The leading (?<!\w)(?=\w) lets the engine skip the middle and the ends of words before
# trying every alternative; the trailing (?!\w) keeps whole words ("residential" is not
# "resident", "diplomatic" not "diplomat", "governorate" not "governor"), except after a
# Hangul word, which takes its particle ("소식통에").
_VOICE = Dispatcher(
    r"(?<!\w)(?=\w)",
    [*VOICE_PATTERNS, _ACRONYM_SPEAKER],
    r"(?:(?<=[\uac00-\ud7a3])|(?!\w))",
    re.IGNORECASE,
)
_VOICE_RE = _VOICE.full
# (for the people module: the voice a person's description gives them)
VOICE_MATCHER = _VOICE
_SPEECH_AFTER = re.compile(
    r"[^\w.!?;]{0,3}(?:(?:however|though|too|meanwhile|for (?:their|its|his|her) part"
    r"|in turn),\s+)?"
    # (an apposition counts as one word: "Doctors in Turkmenabat, the capital of Lebap, told")
    # (a place named in capitals counts as one word: "Officials in the Rason Special Economic
    # Zone are telling")
    r"(?:(?:(?:in|at|of|from)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,5})"
    r"|[\w'’]+(?:-[\w'’]+)*|(?-i:[A-Z]\.){1,3}[\w'’]*|\([^()]{1,20}\)"
    r"|(?-i:(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)),?\s+"
    r"|(?<=, )(?:the|a|an)\s+[^,.;:!?\"“”]{1,40},\s+"
    # "A relative of the dead man, reached through the same broker, said"
    r"|(?<=, )(?:reached|contacted|interviewed|speaking|quoted|cited|asked|based|living|working"
    r"|identified|named|known)"
    r"\s+[^,.;:!?\"“”]{1,50},\s+){0,7}?(?:\w+ly\s+)?"
    # (not "traders told to cover food": told what to do, no speaker)
    r"(?P<verb>said|says|say|told(?!\s+to\s+(?!(?:the|a|an|reporters|journalists|us|me|him|her"
    r"|them|local|state|foreign|news|media|this|our)\b)(?-i:[a-z]))|claimed|claims|claim"
    r"|reported|report"
    r"|urged|urges|urging|advised|cautioned|appealed|instructed|wrote|writes|write|lists|gives|gave"
    r"|(?<=certificates )(?:giving|listing|stating|citing)|(?<=certificate )(?:giving|listing"
    r"|stating|citing)"
    r"|telling|tell|tells|assess(?:es|ed)?|notif(?:y|ies|ied)|alerted"
    r"|states|shows|showed"
    r"|speaking (?:on (?:the )?condition|anonymously|privately|off the record)"
    r"|reports|announced|stated|insisted|denied|denies|confirmed|admitted|explained|added"
    # (a press release in the present: "The State Health Department confirms nine cases")
    r"|confirms|announces|admits|acknowledges|declares"
    r"|are circulating|is circulating|have spread|has it|warned|noted|estimated|believe"
    # "UNICEF is warning of a rapid rise in acute watery diarrhoea"
    r"|(?:is|are|was|were) warning|warns"
    r"|saying|insist|insists|blamed|blames|attributed|are spreading|is spreading"
    r"|(?:are|is|were|was|have been|has been) reporting"
    r"|reporting(?=\s+(?:\d|that\b|no\b|an?\b|more\b|at least\b|another\b))"
    r"|quot(?:ed|es|ing)(?=\s+(?:an?\s|the\s|its\s|(?-i:[A-Z])))"
    r"|call(?:s|ed|ing)? (?:it|this|that|the|them|a|an)|describ(?:e|es|ed|ing)"
    # (not a word qualifying a noun: "had sent 37 suspected tuberculosis patients")
    r"|(?<!\d )(?<!\ba )(?<!\ban )(?<!\bthe )suspect(?:s|ed)?"
    r"|fear(?:s|ed)? (?:that|it|the|a)|think|thinks|knows?"
    r"|thought|believes|believed|declared|declares|diagnosed|labell?ed|recorded|recording"
    r"|records?|entered|enters|entering|counted"
    r"|estimates|estimate|put the (?:toll|number|figure)|acknowledg(?:e|es|ed|ing)"
    r"|put(?:s|ting)?(?=\s+(?:[\w'’-]+\s+){0,5}down\s+to\b)"
    # "authorities are treating it as ordinary influenza"
    r"|treat(?:s|ed|ing)?(?=\s+(?:it|this|that|them|the\s+(?:deaths?|illness|disease|outbreak"
    r"|cases?))\s+as\b)"
    r"|issued (?:an? |its )?(?:[\w-]+ )?(?:alert|warning|statement|advisory|notice|bulletin)"
    r"|(?:are|is|were|was) (?:convinced|sure|certain|adamant)"
    r"|maintain(?:s|ed)?|rul(?:e|es|ed) out|registered|listed|list|listing|classified"
    r"|attribute[sd]?"
    # "has ordered hospitals to record the deaths as acute pneumonia"
    r"|(?:ordered|instructed|directed)(?=\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:record|register|list"
    r"|write|describe|report|call|label|attribute|classify|certify)\b)"
    r"|blame|blaming|whisper(?:s|ed|ing)?|alleg(?:e|es|ed)|speculat(?:e|es|ed)|conclud(?:e|es|ed)"
    # "local people accused the authorities of hiding COVID-19 deaths"
    r"|accused|accuse|accuses|accusing"
    # "a hospital official assured the families that there was nothing contagious"
    r"|(?:re)?assur(?:ed|es|ing)"
    r"|determined|identified|informed|informs|call(?:ed|ing)?(?!\s+(?:for|on|off|up|in|back)\b)"
    # "The Ministry of Public Health has put out word that this is seasonal influenza"
    r"|(?:put|puts|putting|sent|sends|sending|spread|spreads|spreading) (?:out )?word(?= that\b)"
    r"|따르면|전했다|밝혔다|말했다|주장했다|발표했다|보도했다|알렸다|전했습니다|밝혔습니다"
    r"|(?:설명|진단|주장|발표|해명|통보)했\w*)\b",
    re.IGNORECASE,
)
_SPEECH_BEFORE = re.compile(
    r"(?:(?:according to|citing|told by|reported by|(?:have|has|had|been) reported to"
    r"|(?:a |the )?(?:report|statement|data"
    r"|figures|estimates?|update|bulletin|survey|study)"
    # ("according to data released by the Brihanmumbai Municipal Corporation")
    r"(?: (?:released|published|issued|compiled|provided|shared))? (?:by|from|of))"
    r"\s+(?:[\w'’-]+\s+){0,3}"
    # (an inverted attribution, after a quotation or a comma: not "NSW Health said a man from
    # Griffith was confirmed to have", where the man is the subject of what was said)
    r"|(?:[,\"”'’]\s*|^)said\s+(?:the\s+|an?\s+|(?-i:[A-Z][\w-]*)(?:'s|’s)\s+)?"
    r"|said\s+(?:(?-i:[A-Z][\w'’.-]*)\s+){0,3}(?-i:[A-Z][\w'’.-]*),\s+)$",
    re.IGNORECASE,
)


_COORDINATED_SPEECH = re.compile(
    r"[^.;:!?\"“”]{0,70}?\b(?:and|but)\s+(?:later\s+|also\s+|then\s+)?(?P<verb>confirmed"
    r"|announced|declared|admitted|acknowledged|denied|insisted|blamed|attributed|said|told)\b",
    re.IGNORECASE,
)
# "the deaths were blamed on food poisoning by the unit commander": the agent of a verb of
# saying in the passive speaks
_PASSIVE_AGENT = re.compile(
    r"\b(?:blamed|attributed|diagnosed|classified|labell?ed|put down|told|informed|notified"
    r"|assured|reported|described|announced|claimed|recorded|registered|read out)\b"
    r"[^.;!?]{0,50}?\bby\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


_WHERE_THEY_WORK = re.compile(
    # (not "Families in Namyang were told by the Ministry of State Security": a verb between)
    r"\s+(?:at|in|of|from|with)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:and|were|was|are|is|been|told)\s)[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
# a relative "that" followed by its verb ("that treats", "that treated")
_VERB_AFTER_THAT = r"\s+\w+(?:s|ed)\b"
# "a researcher at a Seoul-based institute who has interviewed defectors said": the verb of
# a speaker described by a relative clause
_SPEECH_AFTER_CLAUSE = re.compile(
    r"(?:\s+(?:at|in|from|with|of)\s+[^.;:!?]{0,60}?)?,?\s+(?:who|whose|which"
    rf"|that(?={_VERB_AFTER_THAT}))\s+"
    # (a clause of its own, ", though officials have told", is no longer the description)
    r"(?:(?!,\s+(?:though|but|while|whereas|although|even as)\b)[^.;:!?\"“”]|\.(?=\s*\d))"
    r"{0,110}?,?\s+"
    r"(?:said|says|told|say|believes?|suspects?"
    # "Researchers at an American university who compared satellite images have estimated"
    r"|(?:have |has )?(?:estimated|found|concluded|warned|argued|described|recounted|testified"
    r"|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?:declared|announced|confirmed))"
    r"|estimate|warn|argue)\b",
    re.IGNORECASE,
)


# A clause that ends in another speaker's verb ("Families who received the bodies were given
# death certificates listing acute pneumonia as the cause, the source said")
_SPEAKER_CLOSES = re.compile(
    r",\s+(?:the|a|an|one|another)\s+(?:[\w'’-]+\s+){0,3}?(?:said|says|told|say)$", re.IGNORECASE
)


# "residents have been diagnosed", "were told": a verb of saying in the passive leaves its
# subject silent
_PASSIVE_AUX = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got)\s+(?:\w+ly\s+)?$", re.I)


# "urged parents to", "told residents that": those spoken to do not speak
_REPORTED_TO_PASSIVE = re.compile(r"\b(?:been|were|was|are|is) reported to\s+(?:the\s+)?$", re.I)
_DESCRIBED_TO = re.compile(
    r"\b(?:described|explained|presented|reported|reports?|reporting|said|announced|confirmed"
    r"|denied)\s+"
    # ("has not reported any human rabies cases to the World Health Organization")
    r"(?:[\w'’-]+\s+){0,5}?to\s+(?:the\s+|a\s+)?(?:(?:visiting|foreign|senior)\s+)?$",
    re.IGNORECASE,
)
# "Tests at the provincial anti-epidemic station showed it was hepatitis A, ... said the
# resident": where the tests were done, not who speaks
_TESTED_AT_BEFORE = re.compile(
    r"\b(?:tests?|testing|samples?|analys[ie]s)\s+(?:carried out\s+|done\s+|conducted\s+)?"
    r"(?:at|in|by)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:urged|urging|urges|told|telling|tells|warned|warning|warns|informed|asked|ordered"
    r"|accused|accuse|accuses|accusing"
    r"|advised|instructed|called on|appealed to|notified|alerted|briefed|sent to|written to"
    r"|addressed to|tested|screened|examined|vaccinated|evacuated"
    # "An official, reached by a relative of one of the children, insisted": the one who
    # reached the speaker
    r"|(?<=, )(?:reached|contacted|interviewed|visited|called|asked|questioned|pressed) by"
    # "the station called in the parents and told them"
    r"|called in|summoned|gathered"
    # "a notice from the people's committee, read out to residents, blamed food poisoning"
    r"|read(?: out| aloud)? to|announced to|explained to|distributed to|circulated (?:to|among)"
    r"|handed (?:out )?to|given to"
    # "If the province reports cholera, the party sends inspectors": no one has said it
    r"|\bif"
    # "described the illness in a notice to parents as"
    r"|(?:notice|letter|message|circular|lecture|speech|text)s?\s+to"
    # "A notice sent by the university to parents blamed food poisoning"
    r"|(?:sent|read out|handed|distributed|circulated|given)\s+by\s+(?:[\w'’-]+\s+){1,4}?to)"
    r"\s+(?:the\s+|its\s+"
    r"|all\s+|local\s+)?(?:(?:visiting|senior|several|some|other|two|three|a\s+group\s+of)\s+)?$",
    re.IGNORECASE,
)

# (the last word of each of its alternatives, one of the last five words before the voice)
_ADDRESSEE_WORDS = (
    *"urged urging urges told telling tells warned warning warns informed asked ordered".split(),
    *"accused accuse accuses accusing advised instructed notified alerted briefed".split(),
    *"tested screened examined vaccinated evacuated summoned gathered".split(),
    *"on to by in among if".split(),
)


def _addressed(text: str, start: int, end: int) -> re.Match | None:
    if not ends_near(text, start, end, _ADDRESSEE_WORDS, 5):
        return None
    return _ADDRESSEE_BEFORE.search(text, start, end)


def _described_to(text: str, start: int, end: int) -> bool:
    return ends_near(text, start, end, ("to",), 3) and bool(_DESCRIBED_TO.search(text, start, end))


# (a cheap test before the relative-clause pattern: "who", "which", or "that" and a verb)
# "The hospital that treats", "The hospital that treated the students ... told"
_THAT_VERB = re.compile(r"\bthat" + _VERB_AFTER_THAT)


_AT_A_UNIVERSITY = re.compile(
    r"\s+(?:at|of|from|with)\s+(?:the\s+|an?\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,5}"
    r"(?:University|Institute)\b(?!\s+(?:Hospital|Medical|Clinic|Teaching|Health))"
)


def _relative_follows(window: str) -> bool:
    return (
        "who" in window
        or "which" in window
        or ("that" in window and bool(_THAT_VERB.search(window)))
    )


# A personal name and the article of its apposition: "Kim Jin-ho, a ", "Dr. Amina Bello, the "
_NAMED_BEFORE = re.compile(
    r"(?-i:(?:Dr\.?\s+)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})"
    r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}$"
)
# "a doctor who left the public health service": a body one has left, no voice of one's own
_LEFT_BEFORE = re.compile(
    r"\b(?:left|quit|resigned from|was dismissed from|was fired from|deserted)\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_OFFICIALLY = re.compile(r"\bofficially\s+$", re.IGNORECASE)
# "A former North Korean army medical officer", "a medic who defected in 2019"
_FORMER_BEFORE = re.compile(
    r"\b(?:former|ex-)\s*(?:(?-i:[A-Z][\w-]*)\s+){0,3}(?:(?!said|says|told)[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DEFECTED_AFTER = re.compile(
    r",?\s+(?:who|that)\s+(?:later\s+|has\s+since\s+|had\s+|has\s+)?(?:defected|fled|escaped)\b",
    re.IGNORECASE,
)
# a sentence's opening subject, and its verb of saying after a long description with no verb
# of its own ("A former prisoner of a North Korean re-education camp near Hoeryong says")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?-i:[A-Z])")
_LONG_SUBJECT_SPEECH = re.compile(
    r"(?:(?!\b(?:is|are|was|were|has|have|had|and|who|which|that|died|killed)\b)"
    r"[^,.;:!?\"“”()\n]){1,120}?\s(?P<verb>says|said|told|recalls|recalled|recounts|recounted)\b",
    re.IGNORECASE,
)
_APPOSITION_SPEECH = re.compile(
    r"[^.;:!?\"“”()]{0,130}?,\s+(?:\w+ly\s+)?(?P<verb>said|says|told|added|warned|noted"
    r"|explained|argued|estimated|believes|thinks)\b",
    re.IGNORECASE,
)
_PRIVATELY = re.compile(
    r"[^.;!?\"“”]{0,50}?\b(?:privately|quietly|secretly|in private|off the record|unofficially"
    r"|on (?:the )?condition of anonymity|speaking anonymously)\b",
    re.IGNORECASE,
)
# those who take the voice of an independent body they work for ("an official with the WHO",
# "a doctor with an international aid organisation")
_GENERIC_OFFICIAL = re.compile(
    r"(?:an?\s+|the\s+|senior\s+|one\s+)?(?:officials?|spokes(?:person|man|woman)|representatives?"
    r"|doctors?|physicians?|nurses?|medical workers?|staff(?:ers)?|workers?|volunteers)",
    re.I,
)
# A Korean speaker marked as the topic or subject ("보건당국은", "주민들이"), and the verb
# that closes its clause: of saying ("설명했지만", "뿐이라며") or of believing ("믿고")
_HANGUL_NOUN_AFTER = re.compile(r" [\uac00-\ud7a3]")
_HANGUL_TOPIC = re.compile(r"(?:은|는|이|가|도)\s|(?<=다들)\s")
_KOREAN_SPEECH = re.compile(
    r"[^.!?\n]*?(?P<verb>(?:설명|진단|주장|발표|해명|통보|말)했\w*|밝혔\w*|전했\w*|말한다\w*"
    r"|말하고|[\uac00-\ud7a3]+(?:라며|다며|[라다]고만?)"
    r"|믿\w*|생각\w*|의심\w*|돌고|돈다|귀띔\w*|선전\w*"
    r"|퍼지고|퍼졌\w*)"
)
# "a notice ..., photographed by a Chinese trader working in the zone, says": the one who
# passed the document on does not speak it; nor do those one works with
_PASSED_ON_BY = re.compile(
    r"\b(?:(?:photographed|filmed|obtained|leaked|smuggled out|passed on|shared) by"
    # "said it was in contact with Indian authorities about the cases": the other party
    r"|(?:in (?:contact|touch|talks)|working|coordinating|cooperating|consulting) with)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PASSED_ON_HINT = re.compile(r" by | with ")
# A voice named in a role other than speaking: what a thing is called ('described the post
# as "a malicious rumour"'), those who doubt a claim ("a claim that foreign health experts
# have long questioned"), the one a report is sent to, a comparison's other side ("far higher
# than the state media acknowledged")
_NOT_SPEAKING_BEFORE = re.compile(
    r"\b(?:described|dismissed|denounced|branded|labell?ed|condemned)\s+(?:[\w'’-]+\s+){1,3}?as"
    r"\s+[\"“‘']?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}[\"“‘']?$"
    # ("a claim residents openly mock": those who doubt it)
    r"|\b(?:an?|the)\s+(?:claim|assertion|assurance)\s+(?:(?:that|which)\s+)?(?:[\w-]+\s+)?$"
    # "in its annual submission to the World Health Organization": the one written to
    r"|\b(?:submissions?|letters?|notifications?|reports?|returns?)\s+to\s+(?:the\s+)?$"
    r"|\b(?:higher|lower|more|fewer|greater|larger|worse|earlier|later)\s+than\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# (every match of it has one of these words among the last five before the voice)
_NOT_SPEAKING_WORDS = ("as", "that", "which", "to", "than", "claim", "assertion", "assurance")


def _not_speaking(text: str, start: int, end: int) -> bool:
    if not ends_near(text, start, end, _NOT_SPEAKING_WORDS, 5):
        return False
    return _NOT_SPEAKING_BEFORE.search(text, start, end) is not None


_FROM_WHAT = re.compile(
    r"\b(?:(?:from|by|on)\s+what|(?:symptoms|signs|details|accounts?|descriptions?|pattern"
    r"|fevers|deaths|illness|rashes)"
    r"\s+(?:that\s+)?(?:the)?)\s*$"
    # '"What these residents describe is almost certainly measles," said'
    r"|(?:^|[\"“‘'.!?]\s*)what(?:\s+(?:the|these|those))?\s*$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(
    r"(?:\s+(?:from|in|at)\s+[A-Z][\w-]*)?\s+(?:have\s+|had\s+)?\w+,"
    # "the symptoms the mother described were textbook scarlet fever"
    r"|\s+(?:described|describe|describes|reported|recounted)\s+(?:were|was|is|are|sounds?"
    r"|looks?|seems?|fitted|fit|matched|pointed)\b"
)
# a record is no workplace: "handed to relatives with death certificates giving the cause as"
_A_DOCUMENT = re.compile(r"(?:certificates?|records?|registers?|notices?|files?)$", re.I)
# the public health authorities whose staff speak for them (not hospitals: their doctors are
# as often heard privately)
_HEALTH_AUTHORITY = re.compile(
    r"anti-?epidemic|epidemic (?:prevention|control)|quarantine|sanitary|hygiene|ministry"
    r"|health (?:department|bureau|office|station|authorit|directorate|service)",
    re.IGNORECASE,
)
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,15}\)")


def _active(text: str, m: re.Match | None) -> bool:
    if m is None:
        return False
    verb = m.start("verb")
    if not m.group("verb").lower().endswith(("ed", "told")):
        return True  # "are saying", "is calling it": progressive, not passive
    return not _PASSIVE_AUX.search(text, max(0, verb - 20), verb)


def find_attributions(text: str, start: int = 0, end: int | None = None) -> list[dict]:
    """Voice mentions in text[start:end]: {"voice", "text", "start", "end", "speaks"} where
    "speaks" says a speech verb goes with it ("the hospital claimed", "according to KCNA")."""
    end = len(text) if end is None else end
    out: list[dict] = []
    described: list[tuple[int, int]] = []  # (the relative clauses describing a speaker)
    for m in _VOICE.finditer(text, start, end):
        if (
            out
            and _WHERE_THEY_WORK.fullmatch(text, out[-1]["end"], m.start())
            and not _A_DOCUMENT.search(m.group())
        ):
            # "doctors at the mine clinic call it": the clinic says where the doctors work;
            # the doctors speak
            out[-1]["workplace"] = m.group()
            if m.lastgroup in ("independent", "acronym") and _GENERIC_OFFICIAL.fullmatch(
                out[-1]["text"]
            ):
                out[-1]["voice"] = "independent"  # "an official at the Ministry of Unification"
            if out[-1]["verb_at"] is None and not out[-1]["agent"]:
                # "An epidemiologist at the European Centre for Disease Prevention and Control
                # in Stockholm said": the verb comes after the workplace
                later = _SPEECH_AFTER.match(text, m.end(), min(end, m.end() + 60))
                before = max(start, out[-1]["start"] - 30)
                if _active(text, later) and not _addressed(text, before, out[-1]["start"]):
                    out[-1].update(speaks=True, verb_at=later.start("verb"))
            if (
                out[-1]["voice"] == "local"
                and out[-1]["speaks"]
                and m.lastgroup == "official"
                and _HEALTH_AUTHORITY.search(m.group())
                and _GENERIC_OFFICIAL.fullmatch(out[-1]["text"])
                and not _PRIVATELY.match(text, m.end())
            ):
                # "doctors from the city's anti-epidemic station went door to door telling
                # residents": staff of a health authority, at its work, speak its line
                out[-1]["voice"] = "official"
            continue
        if described and m.start() < described[-1][1]:
            # inside the relative clause describing the speaker before ("who has
            # interviewed dozens of defectors"): spoken of, not speaking
            continue
        clause = (
            _SPEECH_AFTER_CLAUSE.match(text, m.end(), min(end, m.end() + 170))
            if _relative_follows(text[m.end() : m.end() + 60])
            else None
        )
        if clause is not None and _SPEAKER_CLOSES.search(text, clause.start(), clause.end()):
            # "Families who received the bodies were given death certificates listing acute
            # pneumonia as the cause, the source said": the verb is the closing speaker's
            clause = None
        if clause is not None:
            described.append((m.end(), clause.end()))
        if m.lastgroup == "official" and _LEFT_BEFORE.search(
            text, max(start, m.start() - 30), m.start()
        ):
            continue  # "a doctor who left the public health service": no longer its voice
        addressed = _addressed(text, max(start, m.start() - 30), m.start())
        if not addressed and _PASSED_ON_HINT.search(text, max(start, m.start() - 40), m.start()):
            addressed = _PASSED_ON_BY.search(text, max(start, m.start() - 40), m.start())
        if addressed and m.lastgroup in ("local", "local_speaker"):
            # "letters sent to parents", "tested 112 residents": those spoken to or acted on
            # are no voice in the sentence
            continue
        if _CLAUSE_ENDS.match(text, m.end()) and _FROM_WHAT.search(
            text, max(start, m.start() - 30), m.start()
        ):
            # "From what residents describe, this looks like cholera", "the symptoms the
            # residents described, ..., fitted hepatitis A": another speaks
            continue
        if _not_speaking(text, max(start, m.start() - 60), m.start()):
            continue  # 'described the post as "a malicious rumour"': named, not speaking
        if _described_to(text, max(start, m.start() - 60), m.start()) and not (
            _REPORTED_TO_PASSIVE.search(text, max(start, m.start() - 20), m.start())
        ):
            # "described the cases to foreign diplomats as": spoken to, not speaking (but
            # "24 more illnesses have been reported to CDC": the body that gathers them)
            continue
        paren = _PAREN_AFTER.match(text, m.end())  # "the Ministry of Health (Minsa) reported"
        after = paren.end() if paren else m.end()
        speech = _SPEECH_AFTER.match(text, after, min(end, after + 80))
        if speech is None and m.lastgroup in ("official", "independent"):
            # "County health officials quarantined the farm on 14 May and confirmed that"
            speech = _COORDINATED_SPEECH.match(text, after, min(end, after + 90))
        if (
            speech is None
            and clause is None
            and ", " in text[max(start, m.start() - 45) : m.start()]
            and _NAMED_BEFORE.search(text, max(start, m.start() - 45), m.start())
        ):
            # "Kim Jin-ho, a professor of preventive medicine at a university in Seoul,
            # said": the apposition closes with a comma before the verb
            speech = _APPOSITION_SPEECH.match(text, m.end(), min(end, m.end() + 140))
        if (
            speech is None
            and clause is None
            and m.lastgroup == "local_speaker"
            and _SENTENCE_OPENS.search(text, max(start, m.start() - 3), m.start() + 1)
        ):
            # "A former prisoner of a North Korean re-education camp near Hoeryong says": the
            # subject of the sentence, described at length before its verb
            speech = _LONG_SUBJECT_SPEECH.match(text, m.end(), min(end, m.end() + 130))
        if speech is None and _HANGUL_TOPIC.match(text, m.end()):
            # "위생방역소는 ... 식중독일 뿐이라며": a Korean clause ends with its verb
            speech = _KOREAN_SPEECH.match(text, m.end(), min(end, m.end() + 90))
        actively = not addressed and (
            _active(text, speech)
            or clause is not None
            or bool(_SPEECH_BEFORE.search(text, max(start, m.start() - 40), m.start()))
        )
        # "the deaths counted by MSF": the agent of a passive speaks, but only for its phrase
        agent = (
            not addressed
            and not actively
            and "by " in text[max(start, m.start() - 30) : m.start()]
            and bool(_PASSIVE_AGENT.search(text, max(start, m.start() - 90), m.start()))
        )
        speaks = (actively or agent) and not _TESTED_AT_BEFORE.search(
            text, max(start, m.start() - 60), m.start()
        )
        voice = m.lastgroup
        acronym_of = None
        if voice == "acronym":
            voice = "independent"
            acronym_of = m.group()
        if (
            voice in ("local_speaker", "local")
            and speech is not None
            and speech.group("verb").lower() == "saying"
            and "," in text[m.end() : speech.start("verb")]
        ):
            # "ruled out yellow fever in the death of a man ..., saying", "denied that the
            # people who died in a camp for displaced families had cholera, saying": the
            # participle belongs to the subject of the sentence
            if voice == "local_speaker":
                continue
            speaks = False
        if voice == "local_speaker":
            if not speaks:
                continue
            voice = "local"
        if voice == "official_word":
            # (the line speaks for itself: a verb further on is another speaker's)
            voice, speaks, speech = "official", True, None
        if voice == "official" and speaks and _PRIVATELY.match(text, m.end()):
            # "the medical officer told the men privately": a leak, not the official line
            voice = "local"
        if voice == "official" and (
            _FORMER_BEFORE.search(text, max(start, m.start() - 40), m.start())
            or _DEFECTED_AFTER.match(text, m.end())
        ):
            # "A former North Korean army medical officer who defected in 2019 told NK News":
            # no longer the state's voice
            voice = "local"
        if voice == "local" and _AT_A_UNIVERSITY.match(text, m.end()):
            # "Shin Hee-young, a paediatrician at Korea University who has interviewed
            # defector families": a doctor at a university speaks as a researcher
            voice = "independent"
        if voice == "local" and speaks and _RECORDS_AFTER.match(text, m.end()):
            voice = "official"  # "doctors recorded the deaths as": the hospital's record
        out.append(
            {
                "voice": voice,
                "text": m.group().strip(),
                "start": m.start(),
                "end": m.end(),
                "speaks": speaks,
                "agent": agent,
                "addressed": bool(addressed),
                "verb_at": speech.start("verb") if speech else None,
                "acronym": acronym_of,
            }  # fmt: skip
        )
    for a in out:
        verb = a["verb_at"]
        if a["voice"] == "local" and verb is not None and _OFFICIALLY.search(text, verb - 25, verb):
            a["voice"] = "official"  # "Doctors at the hospital have officially diagnosed"
    # "a South Korean government official said": one speaker, of the first one's voice
    merged: list[dict] = []
    for a in out:
        if (
            merged
            and not text[merged[-1]["end"] : a["start"]].strip()
            and not a["text"].endswith(" told")  # ("families were told": by others)
        ):
            first = merged[-1]
            first.update(
                text=text[first["start"] : a["end"]], end=a["end"], speaks=a["speaks"],
                verb_at=a["verb_at"],
            )  # fmt: skip
            continue
        merged.append(a)
    out = merged
    # "three residents have died, the source said": the verb belongs to the speaker named
    # between, not to the words before it
    for a, b in zip(out, out[1:], strict=False):
        if a["verb_at"] is not None and b["start"] < a["verb_at"] and b["speaks"]:
            if b["text"] != "다들" and _HANGUL_NOUN_AFTER.match(text, b["end"]):
                # "위생방역소는 주민 강연회에서 ... 발표했다": a Korean noun with no particle
                # qualifies the next one ("residents' lecture"); the topic speaks
                b["speaks"] = False
                continue
            a["speaks"] = False
    bodies = _named_bodies(text, start, end, out)
    # ("Médecins Sans Frontières, which supports the treatment centre at the Federal Medical
    # Centre in Owo, said": a body named in the clause describing a speaker is spoken of)
    bodies = [b for b in bodies if not any(lo <= b["start"] < hi for lo, hi in described)]
    if bodies:
        out = sorted(out + bodies, key=lambda a: a["start"])
    for a in out:
        if a.get("acronym"):
            _voice_of_definition(text, a, out)
    return out


def _voice_of_definition(text: str, a: dict, attributions: list[dict]) -> None:
    """An acronym the text defined ("The Department of Health (DOH) ... The DOH said") speaks
    with the voice of the name it stands for."""
    defined = text.find(f"({a['acronym']})", 0, a["start"])
    if defined < 0:
        return
    named = next(
        (
            b
            for b in attributions
            if not b.get("acronym") and _NAME_GOES_ON.fullmatch(text, b["end"], defined)
        ),
        None,
    )
    if named is not None:
        a["voice"] = named["voice"]


# ("the Ministry of Public Health (MoPH)": the rest of a name the patterns ended early)
_NAME_GOES_ON = re.compile(r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s*")


# Doctors who record, register or certify a death speak for the hospital's records
_RECORDS_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:recorded|registered|listed|certified|classified|logged|wrote"
    # "The mine doctors write acute pneumonia on the death papers"
    r"|(?:write|writes|put|puts)(?=\s+[^.;:!?]{1,40}?\s+(?:on|in)\s+(?:the\s+)?(?:death\s+)?"
    r"(?:papers|certificates?|records?|register|charts?|forms?)\b))\b",
    re.IGNORECASE,
)
# A public body named in full, known by its last word: "the Sarawak Disaster Management
# Committee said", "the Tokyo Medical Examiner's Office", "Korea Disease Control and Prevention
# Agency (KDCA)". Searched for by that last word, which is rare, then walked back.
_BODY_HEAD = re.compile(
    r"(?-i:\b(?:Committee|Office|Agency|Department|Bureau|Commission|Council|Authority"
    r"|Administration|Directorate|Inspectorate|Secretariat|(?P<public>Institute|Cent(?:re|er)"
    r"|Service|Laboratory|Control|Surveillance)(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)?)\b)"
    r"(?:\s+\([A-Z]{2,8}\))?"
)
# an institute, centre or service is the state's only when its name says so
_PUBLIC_NAME = re.compile(
    r"^(?:National|State|Federal|Central|Provincial|Regional|Municipal|City)\b|Public Health"
)
_CONNECTOR_BEFORE = re.compile(r"\b(?:of|and|for|on)\s+$")
_SMALL_WORD = re.compile(r"(?:of|and|for|on|the|de|du|The)\s+")
_BODY_WORD = re.compile(r"(?:[A-Z][\w'’.-]*,?|of|and|for|on|the|de|du)\s+$")


def _named_bodies(text: str, start: int, end: int, known: list[dict]) -> list[dict]:
    out = []
    for m in _BODY_HEAD.finditer(text, start, end):
        first = m.start()
        for _ in range(8):
            w = _BODY_WORD.search(text, max(start, first - 40), first)
            if w is None:
                break
            first = w.start()
            if w.group().startswith(("the ", "The ")) and not _CONNECTOR_BEFORE.search(
                text, max(start, first - 5), first
            ):
                break  # "since October, the National Institute of Health": its article
        while small := _SMALL_WORD.match(text, first, m.start()):
            first = small.end()  # "the Sarawak ...", "of Health ...": not the name's start
        if first == m.start() or any(a["start"] < m.end() and first < a["end"] for a in known):
            continue  # a bare "Office", or a body a pattern above already knows
        if (
            m.group("public")
            and not _PUBLIC_NAME.search(text[first : m.end()])
            and not _INTERNATIONAL_NAME.match(text[first : m.end()])
        ):
            continue  # "Cayetano Heredia University Institute": not the state's
        speaks = _active(text, _SPEECH_AFTER.match(text, m.end(), min(end, m.end() + 60))) or bool(
            _SPEECH_BEFORE.search(text, max(start, first - 40), first)
        )
        name = text[first : m.end()]
        out.append(
            {
                # "the International Rescue Committee": a body across borders, not a state's
                "voice": "independent" if _INTERNATIONAL_NAME.match(name) else "official",
                "text": name,
                "start": first,
                "end": m.end(),
                "speaks": speaks,
            }  # fmt: skip
        )
    return out


_INTERNATIONAL_NAME = re.compile(
    r"(?:International|World|Global|Norwegian Refugee|Danish Refugee)\b"
)


def best_attribution(attributions: list[dict], position: int) -> dict | None:
    """The attribution that most likely owns the statement at ``position``: one with a
    speech verb before one without, then the nearest."""
    if not attributions:
        return None
    return min(attributions, key=lambda a: (not a["speaks"], abs(a["start"] - position)))
