"""Towns the gazetteer does not list, with the ISO 3166-2 region each lies in.

The gazetteer (dashboard/gazetteer.py) knows every ISO 3166-2 subdivision (pycountry) and, for
North Korea, the 127 towns GeoNames lists above its population threshold. So a county seat
such as Kimchaek or Pochon, or a town abroad that a report names instead of its province
(Dandong, Hunchun, Vladivostok, Geneva, Mumbai), gives no region. This table fills that gap
for the places these reports name most: North Korea's cities and counties, the Chinese and
Russian border towns, South Korean cities, and the datelines and capitals of wire copy and
WHO reports. A name is left out when it is also a common word, a person's name or another
place's name ("Taedong" is a river, "Kangnam" reads as Seoul's Gangnam).

Provenance: unlike the gazetteer (GeoNames and pycountry, cited in data/gazetteer), this table
was compiled by hand from general geographic knowledge and is not taken from a cited data set.
It only ever gives a region where the gazetteer gives none (the gazetteer wins on a shared
name), and a reviewer confirms every proposed claim's region before it counts. Corrections
are welcome; a cited source for these towns would be better still.

Each entry is a spelling (several spellings of one town are separate entries) and its region.
The look-up key is the gazetteer's own normalised key, so "Kimchaek City", "Kimch'aek" and
"KIMCHAEK" meet; a spelling written in more words than the entry ("Kim Jong Suk", a person) is
not taken for a one-word name ("Kimjongsuk").
"""

from __future__ import annotations

import functools

from dashboard.gazetteer import load_gazetteer, normalise

# ISO 3166-2 code -> spellings of towns and counties in that region.
TOWNS: dict[str, tuple[str, ...]] = {
    # ---- North Korea: cities and counties missing from the GeoNames extract ----------------
    "KP-01": ("Ryongsong", "Hyongjesan", "Rangnang", "Sadong", "Samsok", "Sosong"),
    "KP-02": (
        "Tukjang", "Jungsan", "Chungsan", "Pyongwon", "Sukchon", "Mundok", "Sinyang",
        "Songchon", "Maengsan", "Nyongwon", "Taehung", "Hoechang", "Phyongsong",
    ),
    "KP-03": (
        "Jongju", "Sakju", "Pihyon", "Phihyon", "Ryongchon", "Cholsan", "Tongrim", "Sonchon",
        "Unjon", "Hyangsan", "Tongchang", "Tongchang-ri", "Sohae", "Taegwan", "Chonma",
        "Pyokdong", "Changsong",
    ),
    "KP-04": (
        "Huichon", "Hichon", "Janggang", "Changgang", "Wiwon", "Chosan", "Songgan", "Jonchon",
        "Chonchon", "Rangrim", "Ranglim", "Hwapyong", "Tongsin",
    ),
    "KP-05": ("Kangryong", "Ryongyon", "Unryul", "Jaeryong", "Jangyon"),
    "KP-06": (
        "Yonthan", "Yontan", "Pongsan", "Unpa", "Rinsan", "Linsan", "Sohung", "Suan", "Singye",
        "Pyongsan", "Sinpyong", "Yonsan",
    ),
    "KP-07": (
        "Munchon", "Kumgang", "Kimhwa", "Changdo", "Popdong", "Phangyo", "Sepo", "Pyonggang",
        "Chonnae", "Kalma",
    ),
    "KP-08": (
        "Tanchon", "Hamju", "Jongpyong", "Chongpyong", "Kumya", "Yonggwang", "Sudong", "Riwon",
        "Pukchong", "Toksong", "Hochon", "Sinhung", "Changjin", "Pujon",
    ),
    "KP-09": ("Kimchaek", "Saebyol", "Myonggan", "Punggye-ri", "Punggye"),
    "KP-10": (
        "Pochon", "Potchon", "Unhung", "Pungso", "Phungso", "Kimjongsuk", "Kimhyongjik",
        "Kimhyonggwon", "Samsu", "Paegam", "Paekam", "Taehongdan", "Paektusan",
        "Mount Paektu", "Mt Paektu", "Mt. Paektu",
    ),
    "KP-14": ("Onchon", "Kangso", "Waudo", "Ryonggang"),
    # ---- South Korea ------------------------------------------------------------------------
    "KR-28": ("Ganghwa", "Ganghwa Island", "Yeonpyeong", "Baengnyeong"),
    "KR-41": (
        "Paju", "Gimpo", "Goyang", "Suwon", "Seongnam", "Uijeongbu", "Pyeongtaek", "Anseong",
        "Yeoncheon", "Dongducheon", "Pocheon", "Yongin", "Bucheon", "Ansan",
    ),
    "KR-42": ("Cheorwon", "Chuncheon", "Gangneung", "Sokcho", "Wonju"),
    "KR-43": ("Cheongju",),
    "KR-44": ("Cheonan", "Gongju"),
    "KR-45": ("Jeonju", "Gunsan"),
    "KR-46": ("Yeosu", "Mokpo", "Suncheon"),
    "KR-47": ("Pohang", "Gyeongju", "Andong", "Gumi"),
    "KR-48": ("Changwon", "Geoje", "Jinju", "Tongyeong"),
    # ---- China: the border with North Korea, and large cities -------------------------------
    "CN-LN": ("Dandong", "Shenyang", "Dalian", "Kuandian", "Donggang", "Huanren"),
    "CN-JL": (
        "Hunchun", "Yanji", "Tumen", "Longjing", "Helong", "Changbai", "Ji'an",
        "Linjiang", "Baishan", "Tonghua", "Changchun", "Yanbian", "Antu", "Wangqing", "Dunhua",
    ),
    "CN-HL": ("Harbin", "Mudanjiang", "Suifenhe", "Heihe", "Jiamusi", "Qiqihar", "Daqing"),
    "CN-NM": ("Hohhot", "Baotou", "Erenhot", "Manzhouli"),
    "CN-HB": ("Wuhan",),
    "CN-GD": ("Guangzhou", "Shenzhen", "Dongguan", "Foshan", "Zhuhai"),
    "CN-SC": ("Chengdu",),
    "CN-SN": ("Xi'an", "Xian"),
    "CN-JS": ("Nanjing", "Wuxi"),
    "CN-ZJ": ("Hangzhou", "Ningbo", "Wenzhou", "Yiwu"),
    "CN-SD": ("Qingdao", "Jinan", "Yantai", "Weihai"),
    "CN-HA": ("Zhengzhou",),
    "CN-YN": ("Kunming", "Ruili"),
    "CN-XJ": ("Urumqi", "Kashgar"),
    "CN-XZ": ("Lhasa",),
    "CN-FJ": ("Xiamen",),
    "CN-GX": ("Nanning",),
    "CN-SX": ("Taiyuan",),
    "CN-HE": ("Shijiazhuang",),
    "CN-HN": ("Changsha",),
    "CN-JX": ("Nanchang",),
    "CN-AH": ("Hefei",),
    "CN-GZ": ("Guiyang",),
    "CN-GS": ("Lanzhou",),
    "CN-QH": ("Xining",),
    "CN-NX": ("Yinchuan",),
    "CN-HI": ("Haikou", "Sanya"),
    # ---- Russia: the Far East, and large cities ---------------------------------------------
    "RU-PRI": ("Vladivostok", "Nakhodka", "Ussuriysk", "Ussuriisk", "Khasan", "Artyom"),
    "RU-KHA": ("Khabarovsk", "Komsomolsk-on-Amur"),
    "RU-AMU": ("Blagoveshchensk",),
    "RU-SAK": ("Yuzhno-Sakhalinsk", "Sakhalin"),
    "RU-KAM": ("Petropavlovsk-Kamchatsky", "Kamchatka"),
    "RU-MAG": ("Magadan",),
    "RU-SA": ("Yakutsk", "Yakutia"),
    "RU-ZAB": ("Chita",),
    "RU-BU": ("Ulan-Ude",),
    "RU-IRK": ("Irkutsk",),
    "RU-KYA": ("Krasnoyarsk",),
    "RU-NVS": ("Novosibirsk",),
    "RU-OMS": ("Omsk",),
    "RU-TOM": ("Tomsk",),
    "RU-SVE": ("Yekaterinburg", "Ekaterinburg", "Sverdlovsk"),
    "RU-CHE": ("Chelyabinsk",),
    "RU-TA": ("Kazan",),
    "RU-NIZ": ("Nizhny Novgorod",),
    "RU-SAM": ("Samara",),
    "RU-PER": ("Perm",),
    "RU-VGG": ("Volgograd",),
    "RU-ROS": ("Rostov-on-Don", "Rostov"),
    "RU-KDA": ("Krasnodar", "Sochi"),
    "RU-KGD": ("Kaliningrad",),
    "RU-MUR": ("Murmansk",),
    "RU-ARK": ("Arkhangelsk",),
    "RU-VOR": ("Voronezh",),
    "RU-SPE": ("St Petersburg", "St. Petersburg"),
    # ---- Japan ------------------------------------------------------------------------------
    "JP-01": ("Sapporo",),
    "JP-04": ("Sendai",),
    "JP-14": ("Yokohama",),
    "JP-23": ("Nagoya",),
    "JP-28": ("Kobe",),
    "JP-47": ("Naha",),
    # ---- South and South-East Asia ----------------------------------------------------------
    "IN-MH": ("Mumbai", "Bombay", "Pune", "Nagpur"),
    "IN-WB": ("Kolkata", "Calcutta"),
    "IN-TN": ("Chennai", "Madras"),
    "IN-KA": ("Bengaluru", "Bangalore"),
    "IN-GJ": ("Ahmedabad",),
    "IN-UP": ("Lucknow",),
    "IN-BR": ("Patna",),
    "IN-RJ": ("Jaipur",),
    "IN-MP": ("Bhopal",),
    "IN-KL": ("Kozhikode", "Thiruvananthapuram"),
    "IN-PB": ("Ludhiana", "Amritsar"),
    "IN-AS": ("Guwahati",),
    "IN-DL": ("New Delhi",),
    "PK-SD": ("Karachi",),
    "PK-PB": ("Lahore", "Rawalpindi"),
    "PK-KP": ("Peshawar",),
    "PK-BA": ("Quetta",),
    "BD-C": ("Dhaka",),  # (the divisions: Bangladesh's first level)
    "BD-B": ("Chittagong", "Chattogram"),
    "TH-10": ("Bangkok",),
    "VN-HN": ("Hanoi",),
    "PH-00": ("Manila", "Metro Manila"),
    "ID-JK": ("Jakarta",),
    "MY-14": ("Kuala Lumpur",),
    "LA-VT": ("Vientiane",),
    "MM-18": ("Naypyidaw",),
    # ---- Middle East and Africa -------------------------------------------------------------
    "YE-SA": ("Sanaa", "Sana'a"),
    "YE-AD": ("Aden",),
    "YE-TA": ("Taiz",),
    "YE-HU": ("Hodeidah", "Hudaydah"),
    "EG-C": ("Cairo",),
    "SY-DI": ("Damascus",),
    "SY-HL": ("Aleppo",),
    "LB-BA": ("Beirut",),
    "JO-AM": ("Amman",),
    "SA-01": ("Riyadh",),
    "SA-02": ("Jeddah", "Mecca", "Makkah"),
    "QA-DA": ("Doha",),
    "AE-AZ": ("Abu Dhabi",),
    "OM-MA": ("Muscat",),
    "IQ-NI": ("Mosul",),
    "IQ-BA": ("Basra",),
    "CD-NK": ("Goma", "Butembo"),
    "CD-SK": ("Bukavu", "Uvira"),
    "CD-HK": ("Lubumbashi",),
    "CD-EQ": ("Mbandaka",),
    "CD-TO": ("Kisangani",),
    "SS-EC": ("Juba",),
    "NG-FC": ("Abuja",),
    "NG-RI": ("Port Harcourt",),
    "NG-OY": ("Ibadan",),
    "NG-BO": ("Maiduguri",),
    "GH-AA": ("Accra",),
    "GH-AH": ("Kumasi",),
    "LR-MO": ("Monrovia",),
    "TD-ND": ("N'Djamena", "Ndjamena"),
    "CM-LT": ("Douala",),
    "CM-CE": ("Yaounde", "Yaoundé"),
    "SO-BN": ("Mogadishu",),
    "RW-01": ("Kigali",),
    "ZA-GP": ("Johannesburg", "Pretoria"),
    "ZA-WC": ("Cape Town",),
    "ZA-KZN": ("Durban",),
    "HT-OU": ("Port-au-Prince",),
    # ---- Europe, the Americas, Oceania -----------------------------------------------------
    "CH-GE": ("Geneva",),
    "CH-BE": ("Bern",),
    "CH-BS": ("Basel",),
    "GB-LND": ("London",),
    "GB-EDH": ("Edinburgh",),
    "BE-BRU": ("Brussels",),
    "NL-NH": ("Amsterdam",),
    "NL-ZH": ("The Hague", "Rotterdam"),
    "SE-AB": ("Stockholm",),
    "DK-84": ("Copenhagen",),
    "FI-18": ("Helsinki",),
    "PL-14": ("Warsaw",),
    "PT-11": ("Lisbon",),
    "GR-I": ("Athens",),
    "UA-30": ("Kiev",),
    "RO-B": ("Bucharest",),
    "DE-BY": ("Munich",),
    "DE-HE": ("Frankfurt",),
    "DE-NW": ("Cologne", "Dusseldorf", "Düsseldorf"),
    "IT-MI": ("Milan",),
    "IT-NA": ("Naples",),
    "US-DC": ("Washington DC", "Washington D.C."),
    "US-GA": ("Atlanta",),
    "US-CA": ("Los Angeles", "San Francisco", "San Diego"),
    "US-IL": ("Chicago",),
    "US-TX": ("Houston", "Dallas", "San Antonio", "El Paso", "Lubbock"),
    "US-WA": ("Seattle",),
    "US-MA": ("Boston",),
    "US-FL": ("Miami",),
    "US-PA": ("Philadelphia", "Pittsburgh"),
    "US-HI": ("Honolulu",),
    "US-AK": ("Anchorage",),
    "US-NV": ("Las Vegas",),
    "US-MD": ("Baltimore",),
    "US-MN": ("Minneapolis",),
    "US-MI": ("Detroit",),
    "US-CO": ("Denver",),
    "CA-ON": ("Toronto", "Ottawa"),
    "CA-QC": ("Montreal",),
    "CA-BC": ("Vancouver",),
    "MX-CMX": ("Mexico City",),
    "BR-DF": ("Brasilia", "Brasília"),
    "BR-AM": ("Manaus",),
    "CO-DC": ("Bogota", "Bogotá"),
    "VE-A": ("Caracas",),
    "EC-P": ("Quito",),
    "EC-G": ("Guayaquil",),
    "CU-03": ("Havana",),
    "PE-LOR": ("Iquitos",),
    "AU-NSW": ("Sydney",),
    "AU-VIC": ("Melbourne",),
    "AU-ACT": ("Canberra",),
    "AU-QLD": ("Brisbane",),
}  # fmt: skip

# Names whose usual sense in news copy is another region than the gazetteer's: "Washington"
# alone is the capital ("Washington state" is the state); Quezon City is in Metro Manila, not
# in Quezon province; "the Moscow region" is the oblast around the city; Binh Tan is the Ho Chi
# Minh City district (otherwise read by its sound as Binh Thuan province).
PREFERRED: dict[str, str] = {
    "Washington": "US-DC",
    "Quezon City": "PH-00",
    "Binh Tan": "VN-SG",
    "Bình Tân": "VN-SG",
    "Moscow Region": "RU-MOS",
    "Moscow Oblast": "RU-MOS",
}


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, tuple[str, str, str, int]]:
    """normalised key -> (region code, country, spelling, words in the spelling)."""
    gazetteer = load_gazetteer()
    index: dict[str, tuple[str, str, str, int]] = {}
    for code, names in TOWNS.items():
        region = gazetteer.region(code)
        if region is None:  # a code pycountry no longer has: leave the town out
            continue
        for name in names:
            key = normalise(name)
            if key:
                index.setdefault(key, (code, region.country, name, len(_words(name))))
    return index


def _words(name: str) -> list[str]:
    words = name.replace("-", " ").split()
    generic = {"city", "county", "province", "district", "island", "gun", "si", "up"}
    return [w for w in words if w.casefold().strip(".") not in generic] or words


def lookup_town(name: str) -> tuple[str, str, str] | None:
    """(region code, country, spelling) of a town in the table, or None."""
    found = _index().get(normalise(name))
    if found is None:
        return None
    code, country, spelling, words = found
    if len(_words(name)) > words:
        return None  # "Kim Jong Suk" (a person) is not "Kimjongsuk" (a county)
    return code, country, spelling


def preferred_region(name: str) -> tuple[str, str, str] | None:
    """The region a name stands for in news copy when the gazetteer would give another."""
    code = PREFERRED.get(name) or PREFERRED.get(name.title())
    if code is None:
        return None
    region = load_gazetteer().region(code)
    return (code, region.country, name) if region else None
