"""Rules are data: the vocabulary of news prose that every stage reads, as small documented functions."""

import functools
import re


def hedge_words() -> dict[str, str]:
    """Words just before a figure that qualify it: 'approximately 70 percent' -> approximately,
    'almost two-thirds' -> nearly, 'more than $2bn' -> more than, 'as much as 5%' and 'within 4% of' -> up to."""
    groups = {
        "approximately": ["approximately", "about", "around", "roughly", "some", "an estimated", "circa", "approx.", "near",
                          "in the vicinity of", "in the region of", "on the order of"],
        "nearly": ["nearly", "almost", "virtually", "just under", "just below", "close to", "not quite", "just shy of"],
        "more than": ["more than", "over", "above", "topped", "topping", "exceeding", "exceed", "exceeds", "exceeded",
                      "surpass", "surpasses", "surpassed", "surpassing", "in excess of", "upwards of",
                      "just over", "just above", "well over", "greater than"],
        "less than": ["less than", "fewer than", "under", "below", "well under", "well below"],
        "at least": ["at least", "no less than", "no fewer than", "a minimum of"],
        "up to": ["up to", "as much as", "as many as", "as high as", "at most", "no more than", "a maximum of", "within"],
    }
    return {phrase: qualifier for qualifier, phrases in groups.items() for phrase in phrases}


def number_words() -> dict[str, float]:
    """Spelled-out numbers: 'two' -> 2, 'twenty' -> 20, 'thirty-one' -> 31, 'dozen' -> 12."""
    units = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    words = {w: float(i) for i, w in enumerate(units)}
    words.update({w: float(10 * (i + 2)) for i, w in enumerate(tens)})
    words.update({f"{ten}-{unit}": float(10 * (i + 2) + k) for i, ten in enumerate(tens) for k, unit in enumerate(units[1:10], 1)})
    words.update({"dozen": 12.0, "a": 1.0, "an": 1.0})  # 'thirty-one' is 31 (one word to the tokenizer), never 30 to 1
    return words


def scale_words() -> dict[str, float]:
    """Multipliers written after a number: '1.1 mln' -> 1.1e6, '$1.2bn' -> 1.2e9, '500 thousand' -> 5e5, and the
    Indian lakh and crore: '₹16,000 crore' -> 1.6e11. The one-letter forms ('5m', '2b', '3k') count only when glued
    to the number or after a currency."""
    return {"thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
            "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "quadrillion": 1e15,
            "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}


def fraction_words() -> dict[str, float]:
    """Fractions of a whole, used as 'X of Y': 'half of' -> 0.5, 'a third of' -> 1/3, 'two-thirds of' -> 2/3,
    'one-seventh of' -> 1/7 (see ordinal_fractions)."""
    words = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1}
    for n, word in ((6, "sixth"), (7, "seventh"), (8, "eighth"), (9, "ninth")):
        words[word] = words[word + "s"] = 1 / n
    return words


def ordinal_fractions() -> set[str]:
    """Fraction words that are ordinals too, read as fractions only after a number: 'nearly one-seventh of the
    economy' is 1/7, 'the seventh of ten auctions' and 'its eighth straight month' are no fraction."""
    return {"sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths"}


def percent_words() -> list[str]:
    """Unit words of a percentage: '26%', '70 percent', '5 per cent', '12 pct'."""
    return ["%", "percent", "pct", "per cent", "percentage points", "percentage point"]


def currency_symbols() -> dict[str, str]:
    """Currency signs before an amount and their ISO 4217 codes: '$5' -> USD, '£3bn' -> GBP, 'A$2m' -> AUD."""
    return {"$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "a$": "AUD", "c$": "CAD", "hk$": "HKD",
            "s$": "SGD", "nz$": "NZD", "r$": "BRL", "₹": "INR", "rs": "INR", "rs.": "INR", "chf": "CHF",
            "usd": "USD", "gbp": "GBP", "eur": "EUR", "jpy": "JPY", "cny": "CNY", "aud": "AUD", "cad": "CAD",
            "rmb": "CNY", "zar": "ZAR", "inr": "INR"}


def currency_words() -> dict[str, tuple[str, float]]:
    """Currency nouns after an amount, with the code and the factor to the main unit:
    '55 pence' -> (GBP, 0.01), '5 mln dlrs' -> (USD, 1), '300 yuan' -> (CNY, 1), '2 trillion won' -> (KRW, 1).
    Names several countries share have a placeholder code that currency_countries() resolves: 'dollars' are USD
    unless an adjective names another dollar; 'crowns', 'pesos' and 'shillings' take the country the article names."""
    return {"dollar": ("USD", 1), "dollars": ("USD", 1), "dlrs": ("USD", 1), "dlr": ("USD", 1),
            "cent": ("USD", 0.01), "cents": ("USD", 0.01), "pound": ("GBP", 1), "pounds": ("GBP", 1),
            "sterling": ("GBP", 1), "stg": ("GBP", 1), "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "p": ("GBP", 0.01),
            "mark": ("DEM", 1), "marks": ("DEM", 1), "deutschemarks": ("DEM", 1),
            "euro": ("EUR", 1), "euros": ("EUR", 1), "yen": ("JPY", 1), "yuan": ("CNY", 1), "renminbi": ("CNY", 1),
            "rupee": ("INR", 1), "rupees": ("INR", 1), "francs": ("CHF", 1), "rand": ("ZAR", 1),
            "won": ("KRW", 1), "reais": ("BRL", 1), "rouble": ("RUB", 1), "roubles": ("RUB", 1), "ruble": ("RUB", 1),
            "rubles": ("RUB", 1), "lira": ("TRY", 1), "liras": ("TRY", 1), "lire": ("ITL", 1), "zloty": ("PLN", 1), "zlotys": ("PLN", 1),
            "forint": ("HUF", 1), "forints": ("HUF", 1), "baht": ("THB", 1), "ringgit": ("MYR", 1), "rupiah": ("IDR", 1),
            "naira": ("NGN", 1), "shekel": ("ILS", 1), "shekels": ("ILS", 1), "riyal": ("SAR", 1), "riyals": ("SAR", 1),
            "dirham": ("AED", 1), "dirhams": ("AED", 1), "kronor": ("SEK", 1), "krona": ("SEK", 1),
            "cedi": ("GHS", 1), "cedis": ("GHS", 1), "kwacha": ("kwacha", 1), "dong": ("VND", 1), "hryvnia": ("UAH", 1),
            "hryvnias": ("UAH", 1), "taka": ("BDT", 1), "soles": ("PEN", 1), "australes": ("ARA", 1), "birr": ("ETB", 1),
            "cruzado": ("BRC", 1), "cruzados": ("BRC", 1),  # Brazil's currency of 1986-89, which CLDR names with its years
            "crown": ("crown", 1), "crowns": ("crown", 1), "krone": ("crown", 1), "kroner": ("crown", 1),
            "peso": ("peso", 1), "pesos": ("peso", 1), "shilling": ("shilling", 1), "shillings": ("shilling", 1),
            "usd": ("USD", 1), "gbp": ("GBP", 1), "eur": ("EUR", 1), "jpy": ("JPY", 1), "cny": ("CNY", 1),
            "aud": ("AUD", 1), "cad": ("CAD", 1), "chf": ("CHF", 1), "sek": ("SEK", 1), "nok": ("NOK", 1),
            "dkk": ("DKK", 1), "krw": ("KRW", 1), "brl": ("BRL", 1), "mxn": ("MXN", 1)}


COUNTY_WORDS = {"county", "parish", "borough"}  # last words of the names of a state's parts: 'Orleans County', whose
# first word alone names it again ('Orleans and Harrison counties')
# Coins a sum of U.S. money may be written as ('prices were a nickel lower'), with their value in dollars; only after
# 'a', and only when no noun follows ('a nickel mine' is a mine). A penny is a cent in a story told in dollars.
COIN_WORDS = {"nickel": 0.05, "dime": 0.10}
ONE_CENT_WORDS = {"cent", "penny"}


@functools.cache
def cldr_dollars() -> dict[str, str]:
    """The dollars of the CLDR's English currency names (through babel), by the adjective of each name and its
    country's name (pycountry): 'jamaican' and 'jamaica' -> JMD, 'zimbabwean' and 'zimbabwe' -> ZWD. Where a country
    had several, the one in use now wins, else the one used longest ('Zimbabwean Dollar (1980–2008)' over '(2008)'
    and '(2009–2024)'); U.S. dollars for the next or the same day are left out."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_currency_name

    best: dict[str, tuple[int, str]] = {}
    for code in Locale("en").currencies:
        name = re.fullmatch(r"(.+) Dollar(?: \((\d{4})(?:–(\d{4}))?\))?", get_currency_name(code, locale="en"))
        if name is None or code in ("USN", "USS"):
            continue
        years = 10_000 if name.group(2) is None else int(name.group(3) or name.group(2)) - int(name.group(2))
        country = pycountry.countries.get(alpha_2=code[:2])
        for key in (name.group(1).lower(), getattr(country, "common_name", country.name).lower() if country else None):
            if key and (key not in best or years > best[key][0]):
                best[key] = (years, code)
    return {key: code for key, (years, code) in best.items()}


def currency_countries() -> dict[str, dict[str, str]]:
    """Currency names several countries share, by placeholder code, with the adjective or country that settles
    each: 'Canadian dollars' -> CAD, 'Swedish crowns' -> SEK, 'Mexican pesos' -> MXN, 'Egyptian pounds' -> EGP.
    Dollars with no adjective are U.S. dollars and pounds sterling; crowns, pesos, shillings and kwacha with none take the one such country the article names ('a Swedish
    chipmaker ... 4.2 billion crowns' -> SEK), and stay unresolved when it names none or several."""
    return {
        "USD": {**cldr_dollars(), "u.s.": "USD", "canadian": "CAD", "australian": "AUD", "hong kong": "HKD",
                "singapore": "SGD", "new zealand": "NZD", "taiwan": "TWD", "taiwanese": "TWD"},
        "crown": {"swedish": "SEK", "sweden": "SEK", "norwegian": "NOK", "norway": "NOK", "danish": "DKK",
                  "denmark": "DKK", "czech": "CZK", "icelandic": "ISK", "iceland": "ISK"},
        "CHF": {"swiss": "CHF", "switzerland": "CHF", "congolese": "CDF", "cfa": "XOF", "rwandan": "RWF", "belgian": "BEF",
                "belgium": "BEF", "french": "FRF", "france": "FRF", "luxembourg": "LUF"},  # (francs before the euro)
        "shilling": {"kenyan": "KES", "kenya": "KES", "ugandan": "UGX", "uganda": "UGX", "tanzanian": "TZS",
                     "tanzania": "TZS", "somali": "SOS", "somalia": "SOS"},
        "peso": {"mexican": "MXN", "mexico": "MXN", "argentine": "ARS", "argentina": "ARS", "chilean": "CLP",
                 "chile": "CLP", "colombian": "COP", "colombia": "COP", "philippine": "PHP", "philippines": "PHP"},
        "kwacha": {"zambian": "ZMW", "zambia": "ZMW", "malawian": "MWK", "malawi": "MWK"},
        "GBP": {"egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "cypriot": "CYP",
                "maltese": "MTL", "irish": "IEP"},  # pounds are sterling unless an adjective names another pound
    }


# Currencies whose hundredth English copy calls a cent: '145 cents a share' in a story about rand is South African
# cents, '221.5 cents a kilo' in a Malaysian story Malaysian (the sen); pence, kopecks and the like are not cents.
CENT_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "EUR", "ZAR", "MYR", "KES", "UGX", "TZS",
                             "NAD", "JMD", "TTD", "BBD", "BSD", "BZD", "FJD", "LRD", "XCD", "BND", "GYD", "LKR", "MUR"})

# Currency nouns of the CLDR that are also ordinary English words or units, and so no currency after a number
# ('2 real estate deals', '5 drams of whisky').
NOT_CURRENCY_WORDS = {"real", "reals", "gold", "dram", "drams", "sol", "value", "convertible", "offshore", "cupon"}


@functools.cache
def cldr_currencies() -> tuple[dict[str, tuple[str, float]], dict[str, dict[str, str]]]:
    """The currency nouns of the Unicode CLDR's English names (through babel), current and former: a noun one
    currency has -> (its ISO 4217 code, 1) ('pesetas' is shared, 'drachmas' -> GRD, 'schillings' -> ATS); a noun
    several share -> a placeholder (the noun), with the adjective of each name and its country's name (pycountry) that
    settle it, as currency_countries() settles 'crowns' ('Spanish pesetas' -> ESP, 'Andorran pesetas' -> ADP). Names
    of more than two words, with years or brackets, and precious metals and funds (codes in X) are left out."""
    import pycountry
    from babel import Locale
    from babel.numbers import get_currency_name

    owners: dict[str, dict[str, str]] = {}  # noun -> {adjective or country: code}
    for code in Locale("en").currencies:
        single = get_currency_name(code, locale="en")
        if code.startswith("X") or len(single.split()) > 2 or re.search(r"[\d(]", single):
            continue
        country = pycountry.countries.get(alpha_2=code[:2])
        for name in (single, get_currency_name(code, count=2, locale="en")):
            noun = name.split()[-1].lower()
            if len(noun) < 4 or noun in NOT_CURRENCY_WORDS:
                continue
            settles = owners.setdefault(noun, {})
            if len(name.split()) == 2:
                settles[name.split()[0].lower()] = code
            if country is not None:
                settles[getattr(country, "common_name", country.name).lower()] = code
            settles.setdefault("", code)
    words, shared = {}, {}
    for noun, settles in owners.items():
        codes = set(settles.values())
        placeholder = next(iter(codes)) if len(codes) == 1 else noun.rstrip("s")
        words[noun] = (placeholder, 1.0)
        if len(codes) > 1:
            shared.setdefault(placeholder, {}).update({k: v for k, v in settles.items() if k})
    return words, shared


def measure_units() -> dict[str, str]:
    """Units of measure after a number, mapped to their lemma: '1.1 mln tonnes' -> tonne, '500 bpd' -> barrel per day."""
    words = ["tonne", "ton", "barrel", "ounce", "kilogram", "gram", "pound", "litre", "liter", "gallon", "metre",
             "meter", "kilometre", "kilometer", "mile", "hectare", "acre", "megawatt", "gigawatt", "kilowatt",
             "terawatt", "watt", "bushel", "carat", "degree", "foot", "kantar", "hectolitre", "hectoliter"]
    units = {w: w for w in words} | {w + "s": w for w in words} | {"tons": "ton", "tonnes": "tonne", "feet": "foot",
                                                                  "kilo": "kilogram", "kilos": "kilogram"}
    units |= {"t": "tonne", "kg": "kilogram", "gal": "gallon", "lb": "pound", "lbs": "pound", "oz": "ounce", "km": "kilometre",
              "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt", "mwh": "megawatt hour", "gwh": "gigawatt hour",
              "twh": "terawatt hour", "kwh": "kilowatt hour", "bpd": "barrel per day", "boe": "barrel of oil equivalent",
              "mph": "mile per hour", "kph": "kilometre per hour", "b/d": "barrel per day", "bbl/d": "barrel per day",
              "btu": "British thermal unit", "btus": "British thermal unit", "cwt": "hundredweight",
             "hundredweight": "hundredweight"}  # ('54.5 million cwt' of potatoes, as NASS writes it)
    units |= {f"{size}watthour{plural}": f"{size}watt hour" for size in ("kilo", "mega", "giga", "tera")
              for plural in ("", "s")}  # '265,000 megawatthours per day', as EIA writes them, and 'MWh/d'
    units |= {f"{short}wh/d": f"{size}watt hour per day" for short, size in (("k", "kilo"), ("m", "mega"), ("g", "giga"))}
    return units


def hyphened_units() -> set[str]:
    """Units of capacity written into an adjective before a plant: 'its 145,000-b/d refinery', 'a 50-megawatt
    plant', 'a 300,000-tonne-a-year smelter' (not sizes that name a kind of thing: 'a 40-foot container')."""
    return {"barrel", "barrels", "tonne", "tonnes", "ton", "tons", "megawatt", "gigawatt", "kilowatt", "terawatt", "b/d",
            "bpd", "mw", "gw", "kw"}


def unit_dimensions() -> dict[str, str]:
    """Words before a unit of length that make it one of volume or area, or of travel: '83.8 billion cubic feet per day'
    -> cubic foot per day, '2,000 square metres' -> square metre, '243.4 billion vehicle miles' -> vehicle mile."""
    return {"cubic": "cubic", "square": "square", "vehicle": "vehicle", "passenger": "passenger", "ton": "ton"}


def ton_kinds() -> dict[str, str]:
    """Words that say which ton a 'ton' is: '60.3 million short tons' -> short ton, '10,000 metric tons' -> tonne."""
    return {"short": "short ton", "metric": "tonne"}


def scaled_units() -> dict[str, tuple[str, float]]:
    """Abbreviated units with their scale in them, as energy and trade statistics write them: '22.5 MMst' (million
    short tons) -> (short ton, 1e6), '150 kt' -> (tonne, 1e3), '3 MMbbl' -> (barrel, 1e6), '10.0 Bcf/d' (billion
    cubic feet per day) -> (cubic foot per day, 1e9)."""
    return {"mmst": ("short ton", 1e6), "mst": ("short ton", 1e3), "mmt": ("tonne", 1e6), "kt": ("tonne", 1e3),
            "mmbbl": ("barrel", 1e6), "mbbl": ("barrel", 1e3), "mmb/d": ("barrel per day", 1e6),
            "mcf": ("cubic foot", 1e3), "mmcf": ("cubic foot", 1e6), "bcf": ("cubic foot", 1e9), "tcf": ("cubic foot", 1e12),
            "mmcf/d": ("cubic foot per day", 1e6), "bcf/d": ("cubic foot per day", 1e9), "bcfd": ("cubic foot per day", 1e9),
            "mmcfd": ("cubic foot per day", 1e6), "mmbtu": ("British thermal unit", 1e6),
            "quad": ("British thermal unit", 1e15), "quads": ("British thermal unit", 1e15)}  # a quadrillion Btu


def slashed_units() -> list[str]:
    """Units written with a slash, as energy statistics write them ('4.1 million b/d', '2.1 MMb/d'), which the
    tokenizer keeps whole (it would split 'b', '/', 'd')."""
    return ["b/d", "bbl/d", "MMb/d", "Bcf/d", "MMcf/d", "MWh/d", "GWh/d", "kWh/d"]


def change_words() -> set[str]:
    """Lemmas that make a percentage the size of a change or a gap rather than a share of a whole: 'sales rose 5%',
    'up 31%', 'a rise of 8%', 'closed 1.8% lower', 'about 10% below their 2019 level', 'the currency firmed 0.3%'."""
    return {"rise", "fall", "increase", "decrease", "grow", "growth", "decline", "drop", "gain", "climb", "jump",
            "slip", "slide", "surge", "plunge", "tumble", "soar", "cut", "raise", "lift", "lower", "shrink", "expand",
            "up", "down", "lose", "loss", "ease", "dip", "rebound", "recover", "boost", "reduce", "reduction", "trim",
            "slump", "sink", "advance", "retreat", "contract", "widen", "narrow", "change", "low", "high", "below",
            "above", "more", "less", "hike", "discount", "premium", "markup", "add", "firm", "strengthen", "weaken",
            "appreciate", "depreciate", "rally", "shed", "spike", "swell", "dive", "improve", "worsen", "deteriorate",
            "improvement", "deterioration", "adjustment", "raise"}  # ("the 8.7% cost-of-living adjustment": a rise)


def invariant_plurals() -> set[str]:
    """Nouns whose plural is written like the singular, which a count may end in: '20 aircraft', '300 staff'."""
    return {"aircraft", "staff", "personnel", "crew", "cattle", "livestock", "sheep", "fish", "deer", "species",
            "series", "offspring", "police", "head"}  # ('10.8 million head' of cattle)


def time_units() -> set[str]:
    """Nouns that make a number a duration or an age, not a figure: '50 years', 'the next two months'."""
    return {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter", "time", "am", "pm"}


def reporting_verbs() -> set[str]:
    """Lemmas of verbs that attribute a statement or a figure to their subject: 'X said', 'figures from X show'."""
    return {"say", "tell", "state", "report", "reveal", "show", "estimate", "forecast", "predict", "project",
            "calculate", "find", "note", "add", "announce", "claim", "argue", "warn", "indicate", "suggest",
            "write", "publish", "disclose", "confirm", "explain", "stress", "emphasize", "emphasise", "insist",
            "put", "reckon", "tweet", "declare", "assert", "remark", "comment", "conclude"}


def expectation_verbs() -> set[str]:
    """Verbs of expecting: 'The EIA expects prices to average $3.10' is the EIA's forecast. They attribute only in a
    sentence with no other attribution, and only to a name ('analysts at Kessler expect' -> Kessler; 'it expects' and
    'Germany's car industry expects ..., the VDA said' are left to the rules above)."""
    return {"expect", "anticipate", "forecast", "predict"}


def forecast_nouns() -> set[str]:
    """Nouns for a figure an organisation states as its own: 'the board lowered its forecast to 46 million tonnes' is
    the board's. Like verbs of expecting, they attribute only in a sentence with no other attribution, and to a name."""
    return {"forecast", "estimate", "outlook", "guidance", "projection", "target"}


def ambiguous_reporting_verbs() -> set[str]:
    """Reporting verbs with other common senses ('the smelter could add 5 per cent', 'prices show strength'): they
    attribute only when they govern a clause ('he added that ...', 'figures show that ...')."""
    return {"add", "show", "find", "put", "note", "project", "indicate", "suggest", "explain", "stress", "declare"}


def evidence_nouns() -> set[str]:
    """Nouns for a body of evidence whose origin is the real source: 'Statistics from X', 'data from X', 'the report said'."""
    return {"statistic", "statistics", "figure", "data", "estimate", "number", "research", "report", "survey",
            "study", "analysis", "calculation", "forecast", "projection", "poll", "census", "review", "index", "filing",
            "revision", "result", "results", "finding", "findings", "note"}


def vague_time_words() -> list[str]:
    """Time references with no calendar value: 'recently', 'currently', 'in recent years'."""
    return ["recently", "currently", "previously", "presently", "lately", "nowadays", "soon", "shortly",
            "in recent years", "in recent months", "in recent weeks", "at present", "these days", "for now",
            "in the past", "in the coming months", "in the coming years", "in the near future"]


def period_words() -> set[str]:
    """Head nouns that make a named event an era with a start and an end: 'the Gulf War', 'the Great Depression'."""
    return {"war", "crisis", "depression", "recession", "era", "revolution", "pandemic", "boom", "age", "dynasty",
            "occupation", "embargo", "lockdown", "presidency", "administration"}


def fixed_holidays() -> dict[str, str]:
    """Holidays that fall on the same day every year, as month-day: 'Christmas of 2004' is 2004-12-25. Holidays that
    move (Easter, Thanksgiving, Diwali) are left to the model's reading."""
    return {"christmas eve": "12-24", "christmas day": "12-25", "christmas": "12-25", "boxing day": "12-26",
            "new year's eve": "12-31", "new year's day": "01-01", "valentine's day": "02-14", "halloween": "10-31",
            "independence day": "07-04", "bastille day": "07-14"}


def relative_time_words() -> set[str]:
    """Words that tie a date phrase to the time of writing: 'last year', 'next month', 'two years ago', 'Thursday'."""
    days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    return days | {"last", "next", "this", "ago", "yesterday", "today", "tomorrow", "earlier", "later", "past",
                   "coming", "previous", "current", "recent", "tonight", "weekend"}


def organisation_nouns() -> set[str]:
    """Common nouns by which news copy refers back to an organisation it has named: 'the miner said',
    'the company said', 'the industry group said' -> the organisation named last before."""
    return {"company", "firm", "group", "miner", "producer", "bank", "lender", "agency",
            "retailer", "carmaker", "insurer", "airline", "department", "regulator", "operator", "utility", "ministry",
            "organisation", "organization", "association", "council", "union", "fund", "chamber", "board",
            "institute", "office", "exchange", "commission", "authority", "body", "consultancy", "broker", "steelmaker",
            "charity", "foundation", "nonprofit", "customs", "league", "federation", "bureau"}


def company_descriptors() -> set[str]:
    """Nouns that, set just before a name, say it is a company: 'State miner Codelco', 'operator BHP', 'carmaker
    Volkswagen'. Nouns that also describe countries ('top producer Peru', 'exporter') are left out."""
    return {"miner", "carmaker", "automaker", "retailer", "lender", "insurer", "airline", "steelmaker", "operator",
            "broker", "company", "firm", "bank", "conglomerate", "supermarket", "chipmaker", "drugmaker",
            "brewer", "shipper", "utility", "developer", "manufacturer", "refiner", "trader", "smelter", "biotech",
            "startup", "grocer", "watchmaker", "toymaker", "planemaker", "shipbuilder", "jeweller", "jeweler", "broadcaster",
            "publisher", "maker", "carrier", "housebuilder", "homebuilder", "club", "chain", "bookseller", "distiller",
            "confectioner", "recruiter", "provider", "consultancy", "builder", "glassmaker", "distributor", "wholesaler"}


def trade_nouns() -> set[str]:
    """Company descriptors that never begin a company's own name, so one at the start of a tagged name is a
    descriptor written with a capital (a headline, a sentence start): 'Chipmaker Nordvik' -> 'Nordvik'."""
    return {"miner", "carmaker", "automaker", "retailer", "lender", "insurer", "steelmaker", "chipmaker", "drugmaker",
            "shipper", "refiner", "conglomerate", "watchmaker", "toymaker", "planemaker", "shipbuilder", "maker",
            "regulator", "watchdog", "grocer", "supermarket", "brewer", "broadcaster", "publisher", "startup", "housebuilder",
            "homebuilder", "bookseller", "distiller", "confectioner", "recruiter"}


def legal_form_prefixes() -> set[str]:
    """Legal forms written before a company's name: 'PT Halmera Nickel Industri' (Indonesia), 'PJSC Gazneft', 'JSC
    Volga Steel' (Russia and its neighbours), kept with the name as a suffix is ('Norvald Pharma A/S')."""
    return {"PT", "PJSC", "JSC", "OAO", "PAO", "ZAO", "OOO"}


def organisation_possessions() -> set[str]:
    """What an organisation has and a person does not, so that a one-word 'person' with it is an organisation:
    "Kestrel's chairman", "Kestrel's shares" (a person may well have a spokesman, so that is not listed)."""
    return {"chairman", "chairwoman", "chair", "president", "chief", "ceo", "cfo", "board", "shareholders", "shares",
            "stock", "employees", "staff", "founder", "subsidiary", "headquarters", "revenue", "profit", "sales"}


def own_results() -> set[str]:
    """What a company reports of its own besides what `organisation_possessions` lists, so that 'X said its <one> ...',
    with no organisation named before X, makes X the company: 'its earnings', 'its orders', 'its output'."""
    return {"earnings", "earning", "output", "order", "orders", "turnover", "loss", "income", "dividend", "margin",
            "production", "exports", "export", "profits", "revenues", "workforce", "plant", "plants", "stores", "store"}


def country_or_company_descriptors() -> set[str]:
    """Trade nouns that describe countries as well as companies ('top exporter Brazil'), so that before a name they
    make an organisation only of a one-word 'person' ('dairy exporter Kowhai')."""
    return {"exporter", "importer", "producer", "buyer", "supplier", "seller", "consumer"}


def person_titles() -> set[str]:
    """Titles written with a capital before a person's name: 'Competition Commissioner Ilse Brandt', 'Governor X'."""
    return {"commissioner", "minister", "secretary", "governor", "president", "chairman", "chairwoman", "executive",
            "director", "officer", "senator", "mayor", "chancellor", "premier", "ambassador", "judge", "spokesman",
            "spokeswoman", "spokesperson"}


def compass_words() -> set[str]:
    """Words that name a region by the compass, alone or together: 'the South', 'the North-East', 'the Midwest'."""
    return {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest", "-"}


def surname_prefixes() -> set[str]:
    """Beginnings of surnames written with a capital inside ('McCarthy', 'DeSantis'), which company names also have."""
    return {"Mc", "Mac", "De", "Di", "Da", "Du", "Del", "La", "Le", "Van", "Von", "Fitz"}


def place_words() -> set[str]:
    """Words for kinds of place that news copy writes after a place's name, in lower case: 'Kericho county',
    'Hebei province'. They are not part of the name."""
    return {"county", "province", "district", "region", "prefecture", "state", "municipality", "governorate"}


def place_parts() -> set[str]:
    """Nouns whose 'of' phrase names a place: 'the provinces of Leyte and Samar', 'parts of Punjab', 'the governor
    of Leyte' (lemmas)."""
    return place_words() | {"part", "governor", "mayor", "capital", "outskirts"}


def employee_nouns() -> set[str]:
    """People who work for an organisation, so that '<noun> at X' makes X one: 'analysts at Harlow',
    'economists at ING' (the small model often takes a one-word firm for a person)."""
    return {"analyst", "economist", "strategist", "researcher", "trader", "banker", "executive", "engineer",
            "worker", "employee", "official", "spokesman", "spokeswoman", "spokesperson"}


def facility_nouns() -> set[str]:
    """Nouns for built things, which make a name set beside them a facility (FAC): 'Escondida, the world's biggest
    copper mine'. A name that only modifies one ('its Kalinganagar plant') is often a place, so that is not enough."""
    return {"mine", "plant", "refinery", "smelter", "port", "terminal", "airport", "factory", "mill", "pipeline",
            "dam", "bridge", "station", "stadium", "complex", "works", "shipyard", "warehouse", "yard"}


def product_nouns() -> set[str]:
    """Kinds of thing a company makes and names, so that a name between 'its' and one is the product's: 'its Velvet
    Crisp bar', 'its Lumen phone', 'their Koru drink'."""
    return {"bar", "biscuit", "cereal", "drink", "beer", "lager", "whisky", "phone", "smartphone", "handset", "console",
            "tablet", "laptop", "drug", "vaccine", "pill", "car", "hatchback", "saloon", "sedan", "suv", "game", "app",
            "chip", "processor", "brand", "range", "toy", "drone", "tractor", "scooter", "printer", "camera", "robot"}


def named_facility_nouns() -> set[str]:
    """Built things that are named for themselves more often than for the town they stand in, so that a name
    modifying one is the facility's: 'the Redstone mine', 'the Keystone pipeline' (but 'its Kalinganagar plant')."""
    return {"mine", "pipeline", "oilfield", "field", "dam", "deposit"}


@functools.cache
def subdivision_names() -> frozenset[str]:
    """The names of countries' subdivisions (states, provinces, regions) in ISO 3166-2, from pycountry:
    'Western Australia', 'Ontario', 'Bayern' ('Jaén' also as 'Jaen'). Read on first use (it takes pycountry a twentieth
    of a second)."""
    import unicodedata
    import pycountry
    names = {s.name for s in pycountry.subdivisions}
    plain = {"".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in names}
    return frozenset(names | plain)  # and as news copy often writes them, without accents: 'Jaen', 'Parana'


# English names of countries, now or once, that ISO 3166 does not give (it has 'Côte d'Ivoire', 'Eswatini', 'Cabo
# Verde', 'North Macedonia'): a news story's name for the same place.
ENGLISH_COUNTRY_NAMES = frozenset({"Ivory Coast", "Swaziland", "Cape Verde", "Macedonia", "Soviet Union", "West Germany",
                                   "East Germany"})


def country_names() -> frozenset[str]:
    """Countries' English names in ISO 3166-1, and those of former countries in ISO 3166-3 (and the nations of the
    United Kingdom in ISO 3166-2), from pycountry, with the English names ISO does not give: 'Japan', 'Bolivia',
    'Zaire', 'Ivory Coast', 'England'. A country's name is a place whatever the story does with it ('Japan beat
    Syria')."""
    import pycountry
    names = {c.name for c in pycountry.countries} | {getattr(c, "common_name", c.name) for c in pycountry.countries}
    former = {c.name.split(",")[0] for c in pycountry.historic_countries}  # 'Zaire', 'Burma', 'Czechoslovakia', 'USSR'
    return frozenset(n for n in names | former if "," not in n and "(" not in n) | ENGLISH_COUNTRY_NAMES | {
        s.name.split(" [")[0] for s in pycountry.subdivisions.get(country_code="GB") if s.type in ("Country", "Province")}


@functools.cache
def country_currency(name: str) -> str | None:
    """The currency a country uses now, by its English name (pycountry's code for it, then the Unicode CLDR's
    currencies of that territory, through babel): 'South Africa' -> 'ZAR', 'Malaysia' -> 'MYR'; None for a name
    neither knows ('Soviet Union')."""
    import pycountry
    from babel.numbers import get_territory_currencies
    try:
        code = pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None
    found = get_territory_currencies(code)
    return found[0] if found else None


def legal_forms() -> set[str]:
    """Legal forms of companies in many countries, from cleanco's term list, as one-word suffixes of three letters or
    more, with and without their dots: 'gmbh', 'asa', 'oyj', 'ltda', 's.a.r.l.' and 'sarl'. Two-letter forms are too
    often other words (an 'AB', a 'KG'); those English copy uses are listed in corporate_suffixes. Left out: words
    that are also common English words, names or acronyms ('private', 'vat', 'sal', 'cpt', 'ans', 'dat')."""
    from cleanco.termdata import terms_by_type
    forms = set()
    for term in (t.strip().lower() for terms in terms_by_type.values() for t in terms):
        letters = term.replace(".", "")
        if " " not in term and "&" not in term and letters.isalpha() and len(letters) >= 3:
            forms |= {term, letters}
    return forms - {"private", "vat", "sal", "cpt", "ans", "dat", "teo", "company", "unlimited"}


def corporate_suffixes() -> set[str]:
    """Words that may follow a company's short name: 'Suncor Inc' is 'Suncor', 'Syncrude Alberta Ltd' is 'Syncrude',
    'Equinor ASA' is 'Equinor', 'Valmet Oy' is 'Valmet', 'Volvo AB' is 'Volvo' (and every legal form in legal_forms)."""
    return {"inc", "inc.", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "co", "co.", "plc", "llc", "ag", "sa",
            "nv", "se", "oy", "ab", "bv", "a/s", "group", "holdings", "&"} | legal_forms()


def company_words() -> set[str]:
    """Last words of company names: a run of capitalised words ending in one ('Ridgeway Steel', 'Northbridge Metals',
    'Hale & Partners', 'Fjordkraft ASA') is an organisation even where the model misses it."""
    return {"metals", "minerals", "mining", "mines", "resources", "steel", "energy", "oil", "petroleum", "gas",
            "holdings", "group", "bank", "capital", "partners", "motors", "airlines", "industries", "technologies",
            "systems", "foods", "chemicals", "pharmaceuticals", "insurance", "investments", "securities", "logistics",
            "shipping", "power", "utilities", "telecom", "communications", "therapeutics", "biosciences", "biotech",
            "pharma", "labs", "electronics", "semiconductor", "semiconductors", "aerospace", "automotive",
            "engineering", "materials", "software", "networks", "airways", "line", "lines", "healthcare", "inc", "ltd", "plc", "corp",
            "llc", "co", "air", "works", "solutions", "analytics", "research", "ventures", "enterprises", "brands",
            "trading", "batteries", "water", "homes", "abrasives", "coatings", "plastics", "ceramics", "textiles", "robotics", "aviation", "automation", "dynamics",
            "devices", "instruments", "seafoods", "meats", "dairies", "breweries", "bakeries", "distillers", "electric"} | (
        legal_forms() | PLAIN_COMPANY_WORDS)


# Last words of company names that are as often plain nouns of a headline in title case ('New Insights on Retail
# E-Commerce'): they make a name of a run of capitalised words only outside such a headline ('S&P Global Commodity Insights').
PLAIN_COMPANY_WORDS = {"insights"}


def state_abbreviations() -> dict[str, str]:
    """U.S. states as news copy abbreviates them after a town, in the Associated Press's style, with their full stops
    ('RESTON, Va.', 'Tulsa, Okla.'): the abbreviation -> the state's name. States of five letters or fewer and Alaska
    and Hawaii are written out, so they need no entry."""
    return {"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
            "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois",
            "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
            "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi",
            "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
            "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
            "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
            "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee",
            "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
            "Wis.": "Wisconsin", "Wyo.": "Wyoming"}


def relation_nouns() -> set[str]:
    """Nouns that say what a company is to another, written before its name and capitalised at a sentence start:
    'Rival Pelham Mines Ltd fell 2%', 'Parent Harbor Group said'. They are not part of the name."""
    return {"rival", "rivals", "parent", "partner", "unit", "subsidiary", "peer", "competitor", "owner", "buyer",
            "seller", "bidder", "suitor", "target", "client", "customer", "supplier", "lender", "insurer"}


def abbreviations() -> set[str]:
    """Words written with a full stop that does not end a sentence: 'Mr.', 'Corp.', 'Sept.' (and any run of single
    capitals with full stops, 'U.S.', which is not listed): a long article is never cut after one."""
    return {"mr", "mrs", "ms", "dr", "prof", "st", "inc", "corp", "co", "ltd", "jr", "sr", "no", "gov", "sen", "rep",
            "gen", "col", "lt", "sgt", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "vs", "etc", "approx", "est", "dept", "univ", "ave", "mt", "ft"}


def mineral_words() -> set[str]:
    """Words (singular, as newsfacts.context.name_words gives them) for minerals in general, not one commodity: a
    share of 'the critical minerals the U.S. imports' is a share of all of them."""
    return {"mineral", "commodity", "commoditie", "metal", "raw", "material"}


def spelling_variants() -> dict[str, str]:
    """British spellings of commodity names and their American forms, which the USGS tables use:
    'aluminium' -> 'aluminum', 'sulphur' -> 'sulfur', 'caesium' -> 'cesium'."""
    return {"aluminium": "aluminum", "sulphur": "sulfur", "caesium": "cesium", "sulphate": "sulfate"}


def entity_labels() -> set[str]:
    """spaCy labels that name a who or a what (dates, money and numbers are handled apart)."""
    return {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}


def name_function_words() -> set[str]:
    """Words skipped when an acronym is matched to the initials of a name: 'Organization of the
    Petroleum Exporting Countries' -> OPEC, 'Bank for International Settlements' -> BIS, and the small words of
    French, Spanish, Portuguese and Dutch names: 'Companhia Vale do Rio Doce' -> CVRD."""
    return {"of", "the", "and", "for", "on", "in", "&", "de", "du", "la", "do", "da", "dos", "das", "del", "des", "y", "e",
            "van", "der"}


def frames() -> dict[str, set[str]]:
    """A transparent framing lexicon on lemmas: a sentence belongs to a frame when one of its lemmas is listed.
    'national security concerns' -> security and defence; 'environmental sustainability' -> environment."""
    return {
        "security and defence": {"security", "defense", "defence", "military", "war", "wartime", "army", "weapon",
                                 "threat", "conflict", "intelligence", "national", "strategic", "vulnerability"},
        "economy and industry": {"economy", "economic", "industry", "industrial", "production", "mining", "mine",
                                 "market", "price", "growth", "investment", "financing", "capacity", "manufacturing",
                                 "output", "demand", "job", "company", "profit", "revenue", "operation", "stakeholder"},
        "geopolitics and trade": {"import", "export", "tariff", "trade", "dependence", "dependency", "reliance",
                                  "diplomatic", "agreement", "relation", "sanction", "foreign", "global",
                                  "geopolitic", "geopolitics", "supplier", "sourcing", "international", "nation", "country"},
        "environment and communities": {"environmental", "environment", "ecological", "ecosystem", "community",
                                        "climate", "sustainability", "sustainable", "pollution", "water",
                                        "indigenous", "health", "stewardship", "land", "emission"},
        "regulation and law": {"regulation", "regulatory", "permit", "permitting", "law", "legislative", "act",
                               "order", "approval", "policy", "policymaker", "rule", "court", "legal", "directive",
                               "framework", "legislation", "executive"},
        "criticism and risk": {"critic", "criticism", "concern", "critique", "oppose", "opposition", "risk",
                               "challenge", "alarm", "detrimental", "scrutinize", "scrutinise", "question", "warn"},
    }


HEDGES, NUMBER_WORDS, SCALES = hedge_words(), number_words(), scale_words()
FRACTIONS, ORDINAL_FRACTIONS, CURRENCY_SYMBOLS = fraction_words(), ordinal_fractions(), currency_symbols()
CURRENCY_WORDS = cldr_currencies()[0] | currency_words()  # the hand table's reading wins ('dollars' are U.S. dollars)
CURRENCY_COUNTRIES = cldr_currencies()[1] | currency_countries()
UNITS, TIME_UNITS, REPORTING_VERBS, EVIDENCE_NOUNS = measure_units(), time_units(), reporting_verbs(), evidence_nouns()
TON_KINDS, SCALED_UNITS, SLASHED_UNITS, UNIT_DIMENSIONS = ton_kinds(), scaled_units(), slashed_units(), unit_dimensions()
HYPHENED_UNITS = hyphened_units()
LEGAL_FORM_PREFIXES = legal_form_prefixes()


def legal_form_pieces() -> frozenset[str]:
    """The words, without their dots, that legal forms of several words are made of, from cleanco's term list: 'sa',
    'de', 'cv', 'rl', 'sdn', 'bhd' ('S.A. de C.V.' is three of them)."""
    from cleanco.termdata import terms_by_type
    return frozenset(piece.replace(".", "") for terms in terms_by_type.values() for term in terms
                     for piece in term.strip().lower().split() if piece.replace(".", "").isalpha())


LEGAL_FORM_PIECES = legal_form_pieces()
SLASHED_LEGAL_FORMS = {"A/S", "I/S", "K/S"}  # Danish and Norwegian company forms, one word: 'Norvald Pharma A/S said'
CITED_OTHERS = {("and", "others"), ("et", "al."), ("et", "al"), ("and", "colleagues")}  # '(Smith and others, 2012)'
TEAM_WORDS = {"club", "team", "side"}  # before a name that looks like a person's, a sports club: 'club Harbury United'
TITLED_WORKS = {"paper", "report", "study", "book", "article", "survey", "publication", "analysis", "review", "brief",
                "film", "album", "song", "series", "play", "novel", "memoir", "documentary"}  # 'the paper, "Title ..."'
RELEASE_STATUS_WORDS = {"preliminary", "revised", "final", "advance", "provisional", "flash", "estimate", "second",
                        "third"}  # how far a statistical release is: 'Second Quarter 2016, Preliminary', 'Advance Estimate'
INDEX_WORDS = {"index", "indexes", "indices"}  # a statistic, not an organisation: 'the Retail Prices Index (RPI)'
MEMBER_BODY_WORDS = {"association", "federation", "confederation", "council", "institute", "society", "union", "chamber",
                     "academy", "foundation", "league", "alliance", "consortium", "guild", "organisation", "organization"}  # bodies a nationality names:
# 'British Beer and Pub Association', 'American Petroleum Institute', 'German Chemical Industry Association'
BULLETS = {"•", "·", "*", "▪", "‣"}  # marks that open a listed line; never part of a name
AMBIGUOUS_REPORTING, CHANGE_WORDS, EXPECTATION_VERBS = ambiguous_reporting_verbs(), change_words(), expectation_verbs()
FORECAST_NOUNS = forecast_nouns()
ENTITY_LABELS, ORGANISATION_NOUNS, CORPORATE_SUFFIXES = entity_labels(), organisation_nouns(), corporate_suffixes()
COMPANY_WORDS, COMPANY_DESCRIPTORS, FACILITY_NOUNS = company_words(), company_descriptors(), facility_nouns()
PRODUCT_NOUNS = product_nouns()
RELATION_NOUNS, STATE_ABBREVIATIONS = relation_nouns(), state_abbreviations()
# Last words of the titles of reports and periodicals: a name of capitalised words ending in one is a publication
# (WORK_OF_ART), 'Mineral Commodity Summaries', 'Short-Term Energy Outlook', 'Natural Gas Annual', 'Minerals Yearbook'.
PUBLICATION_WORDS = {"summaries", "yearbook", "outlook", "annual", "monthly", "quarterly", "almanac", "handbook", "digest",
                     "report", "bulletin", "book", "spotlight", "summary"}  # ("Sentinel Data Book", "Consumer Sentinel Data Spotlight")
# More last words of a title, where a release names its own publication with 'our' ('according to our Monthly Energy
# Review', 'our Hourly Electric Grid Monitor'); elsewhere a 'Review' or a 'Monitor' is as often a magazine or a paper.
OWN_PUBLICATION_WORDS = PUBLICATION_WORDS | {"review", "monitor", "tracker", "database"}
# Adjectives of dependence: a percentage before one is the share of a thing's supply that comes from elsewhere ('100
# percent net import reliant for 18 of those', '100 percent dependent on foreign sources for 20 mineral commodities').
RELIANCE_WORDS = {"reliant", "dependent", "dependant", "import-reliant", "import-dependent"}
# Verbs whose 'up' is a particle of direction, so 'up to' after them is no hedge: 'edged up to 1.6 percent' is a
# level reached ('could cut up to 1,000 jobs' and 'as much as' stay hedges).
UP_PARTICLE_VERBS = {"edge", "tick", "inch", "creep", "move", "go", "revise", "mark", "round", "step", "nudge", "drift",
                     "trend", "head", "float", "shoot"}
RATE_WORDS = {"annualised", "annualized", "annual", "rate", "pace"}  # 'grew at an annualised 7.5 pct' is a change
FORMER_COUNTRIES = {"West Germany", "East Germany", "North Vietnam", "South Vietnam", "North Yemen", "South Yemen"}  # with a
# point of the compass, which otherwise marks a region of the country after it ('Northwest U.S.')
# Verbs by which a subject changes something else by a figure: 'cut prices 10 percent', 'would reduce emissions 34 percent'.
CUT_VERBS = {"cut", "raise", "lower", "boost", "reduce", "trim", "lift"}
# Words for a document a body publishes, any of which a later 'the report' may point back to: 'has released the
# national greenhouse gas inventory, ... The report indicates that ...'.
DOCUMENT_NOUNS = {"report", "inventory", "study", "survey", "review", "assessment", "analysis", "outlook", "bulletin",
                  "yearbook", "summary"}
# Small words inside a name in capitals: 'Consumer Price Index for Urban Wage Earners and Clerical Workers'.
NAME_JOINERS = {"for", "of", "and", "on", "&"}
# Words that place a story in Britain, where 'pounds' after a number are sterling ('NHS England', 'LONDON -').
BRITISH_WORDS = {"britain", "british", "uk", "u.k.", "england", "english", "scotland", "scottish", "wales", "welsh", "london",
                 "ulster"}
# Subjects that say how much of a thing was made, gathered or shipped, whose 'pounds' weigh: 'Milk production totaled ...'.
PRODUCE_NOUNS = {"production", "output", "yield", "harvest", "crop", "catch", "landing", "consumption", "stock", "inventory",
                 "shipment", "export", "import", "supply", "delivery", "use"}
# Common nouns that name a stretch of time once 'the' points at one: 'total exports in the period', '... in the quarter'.
PERIOD_NOUNS = {"period", "quarter", "month", "week", "year", "season", "half"}
TIME_NOUNS = {"spring", "summer", "autumn", "fall", "winter", "holiday", "weekend", "today", "tomorrow", "yesterday", "night",
              "morning", "evening", "afternoon", "era", "term", "past", "future", "time", "date", "moment", "day"}  # times with no number
# Verbs by which a buyer or a part takes a share of a whole: 'with the United States taking about 38 pct'.
TAKING_VERBS = {"take", "buy", "purchase", "import", "receive", "get", "absorb", "account", "supply", "represent"}
LAW_NOUNS = {"agreement", "treaty", "accord", "pact", "act", "protocol", "rule", "directive"}  # 'Norway-Iceland Fisheries Agreement': a law (LAW)
GOVERNMENT_NOUNS = {"administration", "government"}  # 'the Biden-Harris Administration': a body (ORG), no place or building
LEVY_NOUNS = {"tariff", "duty", "tax", "levy", "surcharge", "fee", "charge", "toll"}  # 'tariffs of 50% on the metal': on what
NAMED_FACILITY_NOUNS, COUNTRY_NAMES = named_facility_nouns(), country_names()
OFFICE_TITLES = {"secretary", "minister", "representative", "commissioner"}  # 'Trade Secretary Dana Holt', 'United States
# Trade Representative Katherine Tai': the portfolio before them is no organisation (unless it names a kind of one)
PERSON_ROLES = {"striker", "forward", "midfielder", "goalkeeper", "defender", "winger", "coach", "captain", "player",
                "batsman", "bowler", "jockey", "singer", "actor", "actress", "lawyer", "economist", "spokesman", "spokeswoman",
                "novelist", "poet"}  # 'Danish striker Lars Vestergaard': only a person is one ('fund manager X' may be a firm)
PLACE_NAME_STARTS = {"St", "Saint", "Ste", "Fort", "Port", "Mount", "Lake", "Glen"}  # first words of towns' names that
# look like a person's ('St Albans', 'Fort Worth', 'Port Talbot'): with a place's preposition before them, a place
HEADLINE_VERBS = {"wins", "warns", "cuts", "buys", "sells", "plans", "sees", "sets", "opens", "closes", "shuts", "hits",
                  "posts", "raises", "lifts", "slashes", "seeks", "eyes", "faces", "takes", "adds", "drops", "jumps",
                  "rises", "falls", "climbs", "slips", "bets", "backs", "signs", "agrees", "expands", "restarts", "lands",
                  "loses", "gains", "doubles", "halves", "triples", "scraps", "axes", "hires", "fires", "sues", "urges",
                  "targets", "tightens", "eases", "boosts", "trims", "unveils", "launches", "secures", "clinches", "picks",
                  "chooses", "names", "taps"}  # verbs
# a title-case headline puts after its subject, where the model often reads on as one name: 'Chipmaker Wins Federal
# Grant' -> the name, if any, ends before 'Wins'
RESULT_VERBS = {"beat", "defeat", "draw", "hold", "lose", "thrash", "edge", "down", "trail", "overcome", "rout", "crush"}  # 'PSV beat Roda 3-0'
TRADE_NOUNS, NAME_FUNCTION_WORDS, EMPLOYEE_NOUNS = trade_nouns(), name_function_words(), employee_nouns()
PLACE_WORDS, PLACE_PARTS, ORGANISATION_POSSESSIONS = place_words(), place_parts(), organisation_possessions()
CAPITALISED_COMMON_NOUNS = {"nation", "state"}  # written with a capital in U.S. government prose ('the Nation', 'State and
# local government', 'the 19 State weekly program'), never a name alone
OWN_RESULTS = own_results()
COMPASS_WORDS, SURNAME_PREFIXES, PERSON_TITLES = compass_words(), surname_prefixes(), person_titles()
COUNTRY_OR_COMPANY_DESCRIPTORS = country_or_company_descriptors()
COMPANY_REFERENCES = COMPANY_DESCRIPTORS | {"group", "producer", "consultancy"}  # 'the company said' -> the last company that spoke
ORGANISATION_WORDS = ORGANISATION_NOUNS | COMPANY_DESCRIPTORS  # every noun that names a kind of organisation
CITABLE = EVIDENCE_NOUNS | EMPLOYEE_NOUNS | ORGANISATION_WORDS | {"source", "people", "person", "datum"}  # what 'citing X' can name
# Nouns that, just before a name, say it is an organisation: company descriptors, and the kinds of organisation
# ('the energy regulator CNMC') except those that also describe countries or groups of people.
REGION_WORDS = {"belt", "basin"}  # last words of a region's name: 'Corn Belt', 'Powder River Basin' (LOC)
PLACE_KIND_NOUNS = {"region", "state", "country", "province", "county", "district", "area", "city", "market", "economy"}  # a
# list of places closed by one in the plural: 'the Great Lakes, Mideast, Plains, and New England regions'
PRICE_BASES = {"fob", "cif", "c&f", "cfr", "f.o.b.", "c.i.f."}  # terms of delivery before a port: '245 marks a tonne fob Rotterdam'
HOUSE_KINDS = {"trading", "brokerage", "auction", "publishing", "fashion", "investment", "design"}  # 'trading house X': a company
NAME_DESCRIPTORS = COMPANY_DESCRIPTORS | (ORGANISATION_NOUNS - {"producer", "body", "board", "office", "fund"})
SHARE_NOUNS = {"share", "proportion", "portion", "percentage", "fraction"}  # 'a bigger share of imports, nearly 69%'
SHARE_VERBS = {"account", "make", "have", "hold", "take", "represent"}  # 'housing accounted for the largest share (33.3
# percent)': the share its subject holds
LIST_OPENERS = {"with", "while", "whereas", ":", ";"}  # what opens a list of things each moved by a figure ('with
# decorative paints up 9 percent and industrial coatings up 3 percent')
AMOUNT_NOUNS = {"cost", "wage", "salary", "benefit", "compensation", "price", "earning", "earnings", "pay", "sale", "sales",
                "spending", "output", "income", "revenue", "export", "import"}  # sums and prices: a percentage of them moves them
LEVEL_NOUNS = {"high", "low", "record", "peak", "price", "average", "level", "value", "total"}  # 'hit an all-time high
# of $90bn', 'rose from an average price of $43.64': a level the subject reached, not a thing of its own
PEAK_NOUNS = {"high", "low", "record", "peak", "average"}  # levels a subject itself stood at: 'down from its peak of ...'
ESTIMATE_VERBS = {"estimate", "put", "value", "peg", "calculate", "assess", "place"}  # passive, with 'at', they set a level
REACH_VERBS = {"hit", "reach", "touch", "stand", "average", "set", "be"}  # verbs that bring a subject to a level
# Adverbs of the verb that a parse may hang on the end of its object, and no part of it: 'has sold about 70 pct of the
# main crop forward' (not 'worldwide' or 'abroad', which say where the thing is).
LOOSE_ADVERBS = {"forward", "ahead", "back", "already", "again", "now", "also", "too", "still", "instead", "then"}
STARTUP_WORDS = {"start-up", "startup", "spin-off", "spinoff", "subsidiary", "unit", "venture"}  # kinds of company
SIGN_OFF_WORDS = {"end", "ends", "more", "ends.", "note", "correction"}  # a last line of copy that names no agency
BLAME_VERBS = {"blame", "attribute"}  # 'The regulator blamed a 30% jump in gas prices': the cause and its size are its
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"}  # only people have them
GAP_NOUNS = {"premium", "discount", "markup", "high", "low"}  # changes that are things of their own ('a premium of 47%')
PARTITIVE_PRONOUNS = {"those", "these", "them"}  # '17 of those': a count of what was counted before
PARTITIVE_DETERMINERS = {"its", "their", "our", "his", "her", "the"}  # '350 of its 4,800 jobs': a part and its whole
# Verbs by which a subject has a change or a value that a noun names: 'Metallurgical coal had a more moderate decline
# of 10%', 'Copper posted a gain of 4%', 'production - having an estimated value of more than $86 billion'.
HAVE_VERBS = {"have", "see", "post", "record", "suffer", "show", "register", "experience", "log"}
NATIONALITY_NOUNS = {  # nouns for a people that differ from their adjective; before a name they say who the person is
    "spaniard", "swede", "briton", "dane", "finn", "pole", "scot", "turk", "icelander", "luxembourger", "kiwi",
    "frenchman", "frenchwoman", "dutchman", "dutchwoman", "englishman", "englishwoman", "irishman", "irishwoman",
    "welshman", "welshwoman", "scotsman", "scotswoman", "filipino", "filipina"}
# Diseases, which the model tags as people or organisations ('COVID-19 restrictions were eased'): no named entity.
DISEASE_NAMES = {"covid-19", "covid", "coronavirus", "sars", "sars-cov-2", "mers", "ebola", "h1n1", "h5n1", "zika", "mpox"}
GAP_WORDS = {"more", "less", "higher", "lower", "above", "below", "greater", "fewer"}  # '$7.9 billion (4.9 percent) more than ...': a gap
CONTINENTS = {"Africa", "Asia", "Europe", "America", "Antarctica", "Oceania"}  # 'West Africa': a region (LOC)
SETTLEMENT_NOUNS = {"port", "town", "city", "village", "municipality"}  # 'the Alaska port of Dutch Harbor': a place
PUBLICATION_NOUNS = {"report", "study", "survey", "review", "yearbook", "publication", "bulletin", "outlook"}  # 'its annual
# report, Fisheries of the United States 2013, ...': a title set beside one of these
TIME_ZONE_WORDS = {"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "GMT", "UTC", "ET", "EST", "EDT"}  # '(Eastern)' after a time
RELEASE_VERBS = {"release", "publish", "issue", "compile", "produce"}  # '..., released Wednesday by the USGS': its author
# Nationality adjectives that no regular ending makes of the country's name (the regular ones are built from the
# ISO 3166 names: see newsfacts.entities.resolver.demonyms).
DEMONYM_PEOPLE = {"Briton": "United Kingdom", "Britons": "United Kingdom", "Brits": "United Kingdom", "Swede": "Sweden",
                  "Swedes": "Sweden", "Dane": "Denmark", "Danes": "Denmark", "Finn": "Finland", "Finns": "Finland",
                  "Scot": "Scotland", "Scots": "Scotland", "Spaniard": "Spain", "Spaniards": "Spain", "Filipinos": "Philippines",
                  "Germans": "Germany", "Dutchmen": "Netherlands"}  # the people of a country, where the word is no adjective
IRREGULAR_DEMONYMS = {
    "German": "Germany", "French": "France", "Dutch": "Netherlands", "British": "United Kingdom", "Spanish": "Spain",
    "Danish": "Denmark", "Polish": "Poland", "Turkish": "Turkey", "Russian": "Russia", "Swiss": "Switzerland",
    "Greek": "Greece", "Thai": "Thailand", "Swedish": "Sweden", "Finnish": "Finland", "Norwegian": "Norway",
    "Irish": "Ireland", "Welsh": "Wales", "Scottish": "Scotland", "English": "England",
    "Filipino": "Philippines", "Peruvian": "Peru", "Argentine": "Argentina", "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates", "Belgian": "Belgium", "Portuguese": "Portugal",
    "Vietnamese": "Vietnam", "Czech": "Czechia", "Icelandic": "Iceland", "Malaysian": "Malaysia", "Lebanese": "Lebanon",
    "Venezuelan": "Venezuela", "Colombian": "Colombia", "Ecuadorian": "Ecuador", "Bolivian": "Bolivia",
    "Nigerian": "Nigeria", "Ghanaian": "Ghana", "Ethiopian": "Ethiopia", "Moroccan": "Morocco", "Algerian": "Algeria",
}
# The symbols of the chemical elements (IUPAC): a word made of two or more of them with a count ('CO2', 'CH4', 'N2O')
# is a formula, no name.
CHEMICAL_ELEMENTS = set("""H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re
Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc
Lv Ts Og""".split())
# Words that refer to a part of a document, which a number follows ('Table 1', 'Figure 2A'): no names.
DOCUMENT_PART_WORDS = {"table", "figure", "chart", "exhibit", "appendix", "annex", "box"}
CALENDAR_WORDS = {"fiscal", "financial", "calendar", "year", "quarter", "half", "season", "month", "week"}  # 'Fiscal Year'
PLACE_PREPOSITIONS = {"in", "at", "from", "to", "near", "across", "outside", "inside", "around", "throughout", "into"}  # where things are
MONEY_NOUNS = {  # what 'N pounds of X' spends when X is money and not a thing that weighs: '40 million pounds of funding'
    "money", "cash", "funding", "fund", "investment", "spending", "expenditure", "debt", "saving", "revenue", "sale", "profit",
    "loss", "turnover", "income", "aid", "support", "subsidy", "grant", "contract", "order", "business", "asset", "damage",
    "cut", "tax", "taxpayer", "fine", "bonus", "capital", "credit", "loan", "value", "share", "stock", "property",
    "deal", "bet", "compensation", "donation", "pay", "wage", "benefit", "bill", "cost", "fee", "borrowing", "budget",
    "export", "import", "goods", "trade", "work", "savings", "earnings", "proceeds", "reserve", "bond", "equity"}
PROVISION_WORDS = {"Section", "Article", "Title", "Chapter", "Part", "Clause", "Rule"}  # 'Section 232 of the ... Act'
OWNED_WORDS = {"owned", "held", "controlled"}  # 'Abitibi, 64 pct owned by X', 'which is 38% owned by the state': a stake
OFFICERS = {"chief", "chairman", "chairwoman", "ceo", "cfo", "board", "headquarters", "subsidiary"}  # only organisations have them
TRADED = {"share", "stock", "bond", "shares"}  # what a market moves after news: 'X said, sending its shares up 31%'
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "official", "executive"}  # who speak for an organisation
# Words of an organisation's name that make it no company that 'the company' could point back to: public bodies, and
# the news agencies that datelines and 'told X' name.
PUBLIC_BODIES = (ORGANISATION_NOUNS - COMPANY_REFERENCES - {"bank", "lender", "insurer", "airline", "retailer", "carmaker"}) | {
    "bureau", "administration", "survey", "service", "government", "parliament", "court", "reuters", "bloomberg"}
# Words the figure readers look for (figures/finder.py, figures/objects.py): changes sized in their 'of' phrase,
# nouns for a part of a whole, hedges a negation turns round, what a sum's 'in' may say of it, and verbs of spending.
CHANGE_NOUN_FORMS = {"increase", "increases", "decrease", "decreases", "rise", "rises", "fall", "falls", "decline", "declines",
                     "gain", "gains", "drop", "drops", "advance", "advances"}  # 'increases of 3.7 percent in output'
GROWTH_NOUNS = {"growth", "change"} | {w for w in CHANGE_NOUN_FORMS if not w.endswith("s")}  # lemmas of nouns a sentence
# about a move speaks with, which make a percentage in brackets after an item its move: 'slower growth than the Nation
# was Oklahoma (3.3 percent)'
PORTION_NOUNS = {"majority", "bulk", "most", "share", "proportion", "portion", "part", "fraction"}  # 'the majority of X—65%—'
NEGATED_HEDGES = {"more than": "up to", "less than": "at least"}  # 'not more than 0.1 percent' is at most 0.1 percent
SUM_DIMENSIONS = {"value", "worth", "terms", "size"}  # 'represented $4.08 trillion in value': what the sum says, not what
# it is made of
SPENDING_VERBS = {"spend", "invest", "earmark", "allocate", "commit", "borrow"}  # '... $45 million to restart a line'
