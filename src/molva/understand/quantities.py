"""Durations, queue lengths and counts in normalised text, with their distractors.

Each finder returns values in the contract's units (hours, km, integers) and skips what
is not a queue fact: clock times ("в 3 часа ночи"), rates ("2000 машин в сутки"), trips
("проехали 1500 км", "в 200 км от Москвы"), vague amounts ("несколько часов").
"""

from __future__ import annotations

import re

from molva.understand.numbers import NUMBER, NUMBER_DIGITS, VAGUE, parse_number
from molva.understand.prefilter import prefiltered

B = r"(?<![\w])"
HOURS = r"(?:ч|час|часа|часов|часах|часам|часик|часика|часиков|часу|h|hr|hrs|hours?|годин[иуа]?|годинах|годинк[иу]|год)"
MINUTES = r"(?:мин|минут[ыу]?|минутк[иу]|минуток|минуточ\w*|min|mins|minutes?|хв|хвилин[иу]?|хвилинок)"
DAYS = r"(?:сут|сутки|суток|суточки|суточек|дн|дня|дней|день|д|d|days?|доб[аиу]|діб|днів|дні)"
WEEKS = r"(?:недел[яиюь]|недель|тиждень|тижні|тижня|тижнів|тижню|weeks?)"
UNIT = rf"(?:{HOURS}|{MINUTES}|{DAYS}|{WEEKS})"
RANGE = r"\s*(?:-|до|to|or|или|або|/)\s*"
TOTAL_WORDS = r"(?:итого|всего|в\s+сумме|в\s+итоге|по\s+итогу|in\s+total|total|загалом|разом|в\s+підсумку)"
APPROX = (r"(?:(?:около|примерно|где-то|почти|больше|более|свыше|под|до|с|about|around|over|almost|nearly|близько|"
          r"майже|понад|ще|еще|ещё)\s+|(?:ок|прим|примерн|approx|ca)\.\s*|~\s*|≈\s*)?")

# Ordinal stems: "пятый час" (4 hours done), "двенадцатый час", "вторые сутки", "fifth hour".
# "первые сутки", "first hour" are 0 hours: a period, not a wait.
ORDINALS = {"перв": 1, "перш": 1, "first": 1, "втор": 2, "друг": 2, "second": 2, "трет": 3, "third": 3,
            "четверт": 4, "fourth": 4, "пят": 5, "п'ят": 5, "fifth": 5, "шест": 6, "шост": 6, "sixth": 6,
            "седьм": 7, "сьом": 7, "seventh": 7, "восьм": 8, "eighth": 8, "девят": 9, "дев'ят": 9,
            "ninth": 9, "десят": 10, "tenth": 10, "одиннадцат": 11, "одинадцят": 11, "eleventh": 11,
            "двенадцат": 12, "дванадцят": 12, "twelfth": 12, "тринадцат": 13, "тринадцят": 13,
            "четырнадцат": 14, "чотирнадцят": 14, "пятнадцат": 15, "п'ятнадцят": 15, "шестнадцат": 16,
            "шістнадцят": 16, "семнадцат": 17, "сімнадцят": 17, "восемнадцат": 18, "вісімнадцят": 18,
            "девятнадцат": 19, "дев'ятнадцят": 19, "двадцат": 20, "двадцят": 20, "тридцат": 30,
            "тридцят": 30}
_ORDINALS_LONGEST_FIRST = sorted(ORDINALS, key=len, reverse=True)
ORDINAL_STEMS = "|".join(sorted(ORDINALS, key=len, reverse=True))


def _duration_pattern(NUMBER: str) -> re.Pattern[str]:  # noqa: N803 - the piece it is built from
    return re.compile(
    rf"{B}(?:"  # one look-behind for all branches: 2x faster than one per branch
    # "12-14 часов", "от четырех до пяти суток", "19ч", "1,5 сут", "40+ hours", "1ч 20м"
    rf"(?P<hh>\d{{1,2}})\s*(?:ч|h|час|часа|часов|год)\.?\s*(?P<mm>[0-5]?\d)\s*(?:м|мин\w*|m|min|хв\w*)?(?![\w])"
    rf"|(?:(?:от|from|від)\s+)?(?P<a>{NUMBER})(?:{RANGE}(?P<b>{NUMBER}))?\s*-?\s*(?P<unit>{UNIT})\.?(?![\w])"
    # "час-полтора", "сутки-двое", "година-дві": a unit, then how many at most
    rf"|(?P<r1>час|сутки|годину|година|день|добу|доба)\s*-\s*(?P<r2>{NUMBER})(?![\w])"
    # "часа 4", "часов 8" — the unit first makes it approximate
    rf"|(?P<iunit>часа|часов|часиков|суток|годин|години|hours|минут|хвилин)\s+(?:за\s+|на\s+|по\s+)?{APPROX}"
    rf"(?P<ia>{NUMBER})(?:{RANGE}(?P<ib>{NUMBER}))?(?![\w:]|[.,]\d)"
    # "полчаса", "сутки", "an hour", "годину двадцять"
    rf"|(?P<bare>полчаса|пол\s+часа|полчасика|пол\s+часика|півгодини|пів\s+години|полсуток|пол\s+суток|півдоби"
    rf"|сутки|суток|суточки|часик|часок|годинку|четверть\s+часа|три\s+четверти\s+часа|чверть\s+години"
    rf"|три\s+чверті\s+години|(?:a\s+)?quarter\s+of\s+an\s+hour|three\s+quarters\s+of\s+an\s+hour"
    rf"|добу|доба|an?\s+hour|an?\s+day|a\s+week|half\s+an\s+hour|half\s+a\s+day|пол\s?дня|пів\s?дня|час|годину|годинку|неделю|тиждень"
    rf"|тижню)(?P<half>\s+(?:and\s+a\s+half|с\s+половиной|з\s+половиною))?(?:\s+(?P<bmin>\d{{1,2}}|двадцать|тридцать|сорок|двадцять|тридцять|сорок))?(?![\w])"
    # "2-е суток", "2-ое суток", "4-ро суток": "двое, четверо суток" said with a digit, not the
    # ordinal "2-е сутки"
    rf"|(?P<dn>[2-9])\s*-\s*(?:[еx]|ое|о|ро|еро)\s+суток(?![\w])"
    # "5-й час", "2-е сутки", "15th hour", "5-ту годину"
    rf"|(?P<ordn>\d{{1,2}})\s*-?\s*(?:й|ий|ой|е|и|ю|ту|th|st|nd|rd)\s+(?P<ounit2>час|сутки|день|годину|добу|hour|day)(?![\w])"
    # "итого 4:40", "in total 5:30": after a total, a clock-like time is a duration
    rf"|{TOTAL_WORDS}\W{{0,3}}(?P<th>\d{{1,2}}):(?P<tm>[0-5]\d)(?![\d:])"
    # "итого 14", "всего 5", "in total 14": a total without a unit, after waits that had one
    rf"|{TOTAL_WORDS}\W{{0,3}}(?P<tn>\d{{1,3}}(?:[.,]\d)?)"
    r"(?!\s*(?:[.,:]\d|\d|-|(?:ч|час|h\b|hour|год|мин|min|сут|д|day|машин|авто|фур|грузов|cars?\b|vehicles?|"
    r"trucks?|человек|людей|people|км|km|тыс|руб|р\b|₽|\$|%|раз|times|мест)))"
    # "day 3 in line": the completed days
    rf"|(?:day|день)\s+(?P<dayn>\d{{1,2}})(?=\s+(?:in|of|в|у)\s+(?:the\s+)?(?:line|queue|очеред|черз))"
    # "около часа", "близько доби": a bare unit made a quantity by "about"
    rf"|(?:около|примерно|почти|меньше|больше|более|близько|майже|понад|about|almost|nearly|over|превышает|превышал\w*|"
    rf"перевищує|less\s+than|under|up\s+to|не\s+более|не\s+больше|ок\.|прим\.)\s*(?P<abare>часа|суток|сутки|години|доби|an?\s+hour|a\s+day)(?![\w])"
    # "пятый час", "вторые сутки", "п'яту годину"
    rf"|(?P<ord>(?:{ORDINAL_STEMS})\w*)\s+(?P<ounit>час|сутки|день|годину|добу|день|hour|day)(?![\w])"
    r")"
)


DURATION = _duration_pattern(NUMBER)
DURATION_DIGITS = _duration_pattern(NUMBER_DIGITS)  # when the message has no number words
BARE_HOURS = {"полчаса": 0.5, "пол часа": 0.5, "півгодини": 0.5, "пів години": 0.5,
              "полсуток": 12, "пол суток": 12, "півдоби": 12, "сутки": 24, "суток": 24,
              "добу": 24, "доба": 24, "an hour": 1, "a hour": 1, "a day": 24, "an day": 24,
              "a week": 168, "half an hour": 0.5, "half a day": 12, "полдня": 12, "пол дня": 12,
              "півдня": 12, "пів дня": 12, "час": 1, "годину": 1, "годинку": 1,
              "неделю": 168, "тиждень": 168, "тижню": 168, "полчасика": 0.5, "пол часика": 0.5,
              "суточки": 24, "часик": 1, "часок": 1, "четверть часа": 0.25, "три четверти часа": 0.75,
              "чверть години": 0.25, "три чверті години": 0.75, "quarter of an hour": 0.25,
              "a quarter of an hour": 0.25, "three quarters of an hour": 0.75}
DAY_WORDS = frozenset({"сутки", "суток", "добу", "доба", "a day", "день", "неделю", "тиждень", "a week"})
MINUTE_WORDS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "двадцять": 20, "тридцять": 30}
# A clock time, not a duration: "в 3 часа ночи", "с 4 часов дня", "at 2am".
CLOCK_BEFORE = re.compile(r"(?:\bв|\bс|\bк|\bat|\bо|\bоб|\bпосле|\bsince|\buntil|\btill|\bвід|\bз|\bчерез)\s+$")
CLOCK_AFTER = re.compile(r"^\s*(?:ночи|утра|дня|вечера|am|pm|ранку|ночі|вечора|дня)\b")
TO_THE_BORDER = re.compile(
    r"(?:до|to)\s+(?:the\s+)?(?:\w+\s+)?(?:сторон\w*|бок\w*|штамп\w*|шлагбаум\w*|кпп|границ\w*|паспорт\w*|"
    r"пост\w*|кордон\w*|таможн\w*|митниц\w*|выезд\w*|въезд\w*|пункт\w*|stamp|border|side|checkpoint|post|customs|"
    r"грузин\w*|казах\w*|монгол\w*|финн\w*|фин\w*|georgian\w*|kazakh\w*|mongolian\w*|finnish)"
)
JOINED_AFTER = re.compile(r"^\s*(?:назад|тому|ago)\s+(?:мы\s+|we\s+)?(?:встали|заняли|стали|joined|got\s+in)")
MOVED_AFTER = re.compile(r"^\s*(?:продвинул\w*|проехали\s+\d|метр\w*|\d+\s*(?:м|км|km)\b|moved)")
AGO_AFTER = re.compile(
    r"^\s*(?:earlier|ago|назад|тому|вперед|вперёд|ahead|на\s+(?:человека|машину|каждого|людину|особу)|каждого|кожного|"
    r"each|per\s+(?:person|car)|после|після|after\s+the|since|с\s+момента|з\s+моменту|из\s+них|of\s+them|"
    r"з\s+них|of\s+it|проверял\w*|допрашивал\w*|беседовал\w*|расспрашивал\w*|перевіряли|допитували|поговорил\w*|говорил\w*|"
    r"talked|chatted|розмовля\w*|поспілкува\w*)\b"
)
# A trip, not a queue: "їхали 2 доби від Маріуполя", "taxi from X to Y, 3 hrs".
TRIP_AFTER = re.compile(
    r"^\s*(?:от|від|from)\s+(?!joining|the\s+tail|хвоста|очеред|конца|начала|черги|хвосту|въезд|выезд|пункт)\w+"
)
FROM_TO = r"\b(?:от|від|from)\s+\w+\s+(?:\w+\s+)?(?:до|to)\s+"  # "от Омска до …", "from X to …"
TRIP_BEFORE = re.compile(FROM_TO + r"\w+(?:\s+\w+)?")
# A rate, not a wait: "в сутки", "per day", "a day", "за добу пропустили".
RATE_BEFORE = re.compile(
    r"(?:\bв|\bper|\bчерез|\bкажд\w+|\bкожн\w+|\bevery|(?:\d|км|km|машин\w*|авто|cars|vehicles|людей|человек|people|осіб)\s+(?:в|на|per|an?|за))\s+$"
)
# "за час удаётся оформить не больше 40 автомобилей": a count per period, not a wait.
RATE_COUNT_AFTER = re.compile(
    r"\W*(?:\w+\W+){0,4}?(?:не\s+больше|не\s+более|до|около|более|up\s+to|about|близько|до)?\s*\d[\d\s]*"
    r"(?:машин|авто|автомобил|грузовик|фур|cars|vehicles|trucks|человек|людей|people|осіб|чоловік)"
)
# "за 3 часа до вылета": how long before something, not a wait.
LEAD_AFTER = re.compile(
    r"\s*до\s+(?:вылета|отправлени\w*|открыти\w*|закрыти\w*|начала|конца|рейса|поезда|автобуса|виїзду|"
    r"відправлення)"
)
# "каждые 15 минут", "every 10 minutes": a rhythm, not a wait.
EVERY_BEFORE = re.compile(r"\b(?:кажд\w+|кожн\w+|every)\s+$")
# "за последний час", "in the past hour", "в ближайшие сутки": a period, not a wait (one unit, no number).
PERIOD_BEFORE = re.compile(
    r"\b(?:последн\w*|прошедш\w*|минувш\w*|ближайш\w*|следующ\w*|останн\w*|найближч\w*|наступн\w*|"
    r"last|past|next|coming|this)\s+$"
)
# "итого 31 час от Владикавказа": a total is the wait even with the places it ran between.
TOTAL_BEFORE = re.compile(rf"{TOTAL_WORDS}\W{{0,3}}(?:\w+\W+)?$")
# "через 30 часов после того как встали": the time since joining the queue.
SINCE_JOINING_AFTER = re.compile(
    r"^\s*(?:после|після|after|с\s+момента|з\s+моменту|since),?\s+(?:того,?\s+)?(?:(?:как|як|коли|we|i)\s+)?(?:\w+\s+)?"
    r"(?:встал\w*|заня\w*|стал[аи]?|стали\s+в|joined|joining|got\s+in)\b"
)
# "за сутки пропустили 7 тысяч авто": the day is the period of a count, not a wait.
PASSED_COUNT = re.compile(
    r"(?:проехали|прошли|выехали|въехали|crossed|проїхали|проходят|проходит|pass|passes)\s+(?:\w+\s+)?\d|"
    r"въезжают|выезжают|в'їжджають|пропусти\w*|пропуска(?:ют|ли|ет|ло)\b|прошло|проехало|въехал\w*|пересекл\w*|crossed|entered|"
    r"в'їхал\w*|перетнул\w*|пропускн\w+\s+способн\w*|пропускна\s+спроможн\w*|capacity|throughput"
)
# Durations of something else: questioning, a flight delay, the drive there.
OTHER_DURATION = re.compile(
    r"\b(?:допрос\w*|допрашива\w*|беседова\w*|бесед[аеу]|questioned|aside|delayed|задержа\w*|"
    r"за\s+рул\w*|drove|ехать|їхати|едем|летит|допитують|на\s+машину|"
    r"собрала|объявили|войны|війни|маршрутк\w*|электричк\w*|"
    r"ride|раскупили|распродали|sold\s+out|автобус\w*\s+(?:из|от|до)\s+\w+|розмова|разговор|talk|листал\w*|смотрел\w*|"
    r"проверял\w*|досматривал\w*|searched|checked|в\s+течение|протягом|within|ближайшие|найближчі|"
    r"длил\w*|lasted|тривал\w*|interrogation|бесід\w*|беседу|беседа|"
    r"кажд\w+\s+(?:машин|авто|тачк|человек)\w*|кожн\w+\s+(?:машин|авто|люд)\w*|(?:each|every|per)\s+(?:car|vehicle)|"
    r"(?:бан|ban|мут|mute)\s+(?:на|for)|ответ\w*|answer\w*|repl(?:y|ies)|відповід\w*)"
    r"\W+(?:\w+\W+){0,4}$"
)
# Travel by other means, up to six words before: "такси от Владикавказа до хвоста 40 минут".
TRAVEL_BEFORE = re.compile(
    r"\b(?:такси|taxi|самол[её]т\w*|plane|flight|поезд\w*|train|маршрутк\w*|электричк\w*|"
    r"машиной|езды|їзди|в\s+пути|в\s+дорозі|по\s+расписанию|drive|driving)\W+(?:\w+\W+){0,6}$"
)
TRAVEL_AFTER = re.compile(
    r"^\s*(?:в\s+дорозі|в\s+дороге|on\s+the\s+road|на\s+машине|на\s+авто\b|езды|їзди|by\s+car|of\s+driving|drive|в\s+пути|на\s+поезде|by\s+train)"
)
MAX_WAIT_HOURS = 24 * 10

# Then and now: the newest figure is the wait ("выросла с 5 до 12 часов", "fell to 3 hours by morning").
GROWTH = re.compile(
    r"вырос\w*|увеличил\w*|risen|rose|increased|grew|зросл\w*|збільшил\w*|from\s+about|fell|dropped|"
    r"decreased|down\s+to|сократил\w*|уменьшил\w*|снизил\w*|упал\w*|скоротил\w*|зменшил\w*|впал\w*"
)
NOW_BARE = re.compile(
    r"\b(?:сегодня|сейчас|щас|today|now|сьогодні|зараз|утром|вранці|зранку|теперь|тепер|by\s+morning)\b"
    r"[^.\d!?]{0,30}?(?P<n>\d{1,3}(?:[.,]\d)?|полтора|полторы|півтори)(?=\s*(?:$|[.,!?;)—-]|\s+(?:и|and|і)\b))"
)
FROM_AFTER = re.compile(r"\s*(?:с|from|з|від)\b|\s+\w+\s+(?:с|from|з|від)\b")
NOW = re.compile(
    r"\b(?:сейчас|щас|сегодня|now|today|зараз|сьогодні|теперь|тепер|утром|к\s+утру|by\s+morning|вранці|зранку)\b"
)
TOTAL = re.compile(rf"=|{TOTAL_WORDS}|в\s+целом")

def _km_pattern(NUMBER: str) -> re.Pattern[str]:  # noqa: N803
    return re.compile(
    rf"{B}(?:(?P<n>{NUMBER})(?:\s*-?\s*(?:м|й|ом|ому|му|ий|ій|го|th|st|nd|rd))?\s*"
    r"(?P<unit>км|km|кілометр\w*|километр\w*|kilomet\w*|kms|метр\w*|m|metres|meters)"
    rf"|(?P<iunit>км|km|кілометрів|километров|километра|кілометри|метров|метрів|metres|meters)\s+(?:на\s+)?{APPROX}(?P<in>{NUMBER})"
    r"|(?P<one>(?:около|примерно|почти|с|близько|майже|about|around|almost|nearly|under)\s+(?:километра|кілометра|километр|кілометр|a\s+kilomet\w+|a\s+km)))(?![\w])"
    r"(?P<after>\s*(?:от|from|від|до|to|away)\b(?:\s+\w+){0,2})?"
)


KM = _km_pattern(NUMBER)
KM_DIGITS = _km_pattern(NUMBER_DIGITS)
KM_REJECT_BEFORE = re.compile(
    r"(?<!\w)(?:(?:до|to)\s+(?!около|about|примерно|близько|around|приблизно)\w+|проехали|проехать|ехать|ехали|drove|driving|drive|проїхали|"
    r"їхати|за|within|в|у|in|из|from|з|від)\s*$"
)
TO_BORDER = re.compile(r"кпп|границ|шлагбаум|border|кордон|пост|checkpoint|пропуск|го\b|to\s+go")
MAX_QUEUE_KM = 80
QUEUE_WORD = re.compile(r"очеред|черг|queue|line|хвост|пробк|tailback|jam|затор|traffic")
ROAD_AFTER = re.compile(r"\s*(?:трасс\w*|траси|трасі|шоссе|highway|of\s+the\s+(?:road|highway)|дороги)\b")
GEOGRAPHY_AFTER = re.compile(
    r"\s*(?:south|north|east|west|к\s+(?:югу|северу|востоку|западу)|южнее|севернее|"
    r"на\s+(?:юг|север)|південніше|північніше|на\s+південь|на\s+північ)\b"
)
LENGTH_BEFORE = re.compile(r"(?:длин\w*|long|завдовжки|протяж\w*)\s+$")
LENGTH_OF = re.compile(r"\s*(?:long|длин\w*|завдовжки|протяж\w*)\b")
SPEED_AFTER = re.compile(r"\s*(?:(?:в|на|per|an?)\s+(?:час|hour|годину)\b|/\s*(?:ч|h)\b)")
BETWEEN_PLACES = re.compile(FROM_TO)
QUEUE_BEFORE = re.compile(r"(?:очеред\w*|черг\w*|queue|пробк\w*|хвост\w*)\W+(?:\w+\W+){0,7}$")
QUEUE_AFTER = re.compile(r"\s*(?:пробк\w*|очеред\w*|хвост\w*|затор\w*|черг\w*|of\s+(?:queue|traffic|cars))")

VEHICLE = (r"(?:машин\w*|автобус\w*|buses|авто\b|автомобил\w*|автомобіл\w*|автівок|тачек|тачки|фур\w*|грузовик\w*|"
           r"легковуш\w*|легков\w*|cars?|vehicles?|trucks?|lorries|вантажів\w*|"
           r"транспортн\w+\s+(?:средств|засоб)\w*|тс\b|маш\.|(?:ед\.|единиц\w*)\s*(?:транспорта|техники|тс\b))")
PERSON = r"(?:человек\w*|чел\b|людей|people|persons|pedestrians|пешеход\w*|осіб|особ|чоловік|душ)"
# Who an incident affects: people, men, the detained, students, employees.
AFFECTED = (r"(?:человек\w*|чел\b|людей|людям|людьми|люди\b|людини|people|persons|мужчин\w*|\bmen\b|задержанн\w*|студент\w*|"
            r"сотрудник\w*|работник\w*|protesters|демонстрант\w*|участник\w*|участниц\w*|учасник\w*|учасниц\w*|пикетчик\w*|"
            r"осіб|чоловік\w*|затриман\w*|employees|students|workers|рабоч\w*|женщин\w*|жінок|жінки|women|"
            r"мужик\w*|парн(?:ей|ям|и)|ребят|хлопц\w*|хлопців|guys|повест(?:ок|ки|кам)|повіст(?:ок|ки)|notices|"
            r"summonses|протестувальник\w*|протестующ\w*|активист\w*|активіст\w*|працівник\w*|в\s+автозак\w*|"
            r"drivers|водител\w*|мигрант\w*|мігрант\w*|migrants|пассажир\w*|преподавател\w*|teachers|пикетчиц\w*|"
            r"detained|arrested|особи\b|особа\b|постоял\w*|робітник\w*|пікетувальник\w*|пикетчик\w*|мийник\w*|мойщик\w*|"
            r"жител\w*|residents|workers|picketers|colleagues|neighbours|neighbors|ppl|відвідувач\w*|посетител\w*|"
            r"visitors|customers|покупател\w*)")
# "несколько человек" (2-9), "несколько десятков", "десятки" (20-90), "сотни женщин" (200-900);
# not "около сотни" (about a hundred).
VAGUE_SCALES = (("десят", 10), ("dozen", 10), ("сот", 100), ("hundred", 100), ("тысяч", 1000), ("тисяч", 1000),
                ("thousand", 1000))
VAGUE_COUNT = re.compile(
    r"(?<!около\s)(?<!почти\s)(?<!близько\s)(?<!about\s)(?<!over\s)(?<!более\s)(?<!понад\s)"
    r"\b(?:(?:несколько|кілька|кільком|кількох|нескольким|нескольких|several|a\s+few)\s+(?:(?P<scale>десятк\w*|сот\w+|тысяч\w*|"
    r"тисяч\w*|dozens?|hundreds?|thousands?)\s+)?|(?P<bare>десятки|десятків|десяткам|сотни|сотні|сотен|сотень|dozens|"
    r"hundreds|thousands|тысячи|тисячі)\s+)"
    rf"(?:(?:of\s+)?(?:\w+\s+)?{AFFECTED}|(?:were|was|are|были|была|задержан\w*|затриман\w*|detained|arrested|"
    r"in\s+the\s+(?:buses|vans)|in\s+our|в\s+автобус\w*|в\s+автозак\w*|gathered|собрал\w*|got\s+notices|получил\w*|"
    r"received|got\s+them|now\b))"
    r"|\b(?:задержал\w*|затримал\w*|detained|arrested|вручили|вручал\w*|раздал\w*)\s+(?:\w+\s+)?"
    r"(?P<bare2>десятки|десятків|десяткам|сотни|сотні|сотен|сотень|dozens|hundreds|нескольким|кільком|нескольких|"
    r"несколько|кілька|several)\b(?:\s+(?P<scale2>десятк\w*|сот\w+|тысяч\w*|тисяч\w*))?"
    r"|\b(?P<few>a\s+handful|a\s+few|жменьк\w+|горстк\w+)\b"
)
# "вручили троим", "задержали пятерых": a collective numeral names how many people.
COLLECTIVE = {"двох": 2, "трьох": 3, "чотирьох": 4, "чотирьом": 4, "п'ятьох": 5, "шістьох": 6, "сімох": 7,
              "сімом": 7, "шістьом": 6, "дванадцятьох": 12, "десятьох": 10, "четырём": 4, "четырем": 4,
              "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7, "двоим": 2, "двоих": 2, "двоє": 2, "троим": 3, "троих": 3, "троє": 3, "четверым": 4, "четверых": 4,
              "пятерым": 5, "пятерых": 5, "шестерым": 6, "шестерых": 6, "семерым": 7, "семерых": 7,
              "восьмерым": 8, "восьмерых": 8, "десятерым": 10, "десятерых": 10, "двом": 2, "трьом": 3,
              "п'ятьом": 5}
_COLLECTIVE_WORDS = "|".join(sorted(COLLECTIVE, key=len, reverse=True))
COLLECTIVE_COUNT = re.compile(
    r"\b(?:вруч\w*|раздал\w*|разда\w*|задержал\w*|задержан\w*|затримал\w*|забрали|дали|выдали|увезл\w*|увез\w*|"
    r"посадил\w*|доставил\w*|отвезл\w*|забрал\w*|получил\w*|отримал\w*|вивезл\w*|повязал\w*|скрутил\w*|взяли|"
    r"затримали|затримано|задержали)\W+(?:\w+\W+){0,4}?"
    rf"(?P<c>{_COLLECTIVE_WORDS})\b"
    rf"|\b(?P<c2>{_COLLECTIVE_WORDS})\s+(?:\w+\s+){{0,2}}?(?:вруч|задерж|дали|забрали|увез|посад|достав|получ|отрим|скрут|взял|"
    r"с\s+плакат|з\s+плакат)"
)
ONE_PERSON = re.compile(
    r"\b(?:парн[яюе]|мужчин[уе]\b|муж[ау]|брат[ау]?|сын[уа]|друг[ау]|соседу|соседа|одиночн\w+|my\s+(?:colleague|husband|"
    r"brother|son|friend)|a\s+man\b|the\s+man\b|his\s+|мого\s+\w+|чоловіка|сина|брата|мені|меня|мне|i\s+was|"
    r"me\s+a|отцу|отца|батьку|чоловікові|a\s+guy|one\s+man|активистк\w+|активістк\w+|протестувальника|"
    r"мужика|студентку|журналистк\w+|one\s+(?:woman|man|person|protester)|пикетчиц\w+|приятел\w+|"
    r"один\s+(?:парень|мужчина|человек)|одна\s+(?:женщина|девушка)|преподавател[яю]|"
    r"задержан[аo]?\s+(?:\S+\s+){0,2}?(?:мужчина|женщина|студент|студентка|парень|девушка|активист|активистка|житель|"
    r"жительница|пенсионер|пенсионерка)|задержанн(?:ому|ого|ой|ую)\s+(?:\S+\s+){0,3}?(?:студент|активист|мужчин|женщин)\w*|"
    r"(?:активиста|студента|жительницу|подругу|пенсионерку|девушку),?\s+(?:\S+\s+){0,6}?(?:задерж|арестова|оштрафова|заарешту)\w*|"
    r"(?:подругу|друга|брата|мужа|сына)\s+(?:\S+\s+){0,4}?(?:арестовал|заарештувал|задержал|затримал|забрал)\w*|"
    r"(?:затримали|задержали|повязали|арестовал\w*|заарештувал\w*)\s+(?:\S+\s+){0,3}?(?:студента|активіста|активиста|"
    r"чоловіка|мужчину|женщину|жінку|парня|хлопця|пенсіонера|пенсионера|участника|учасника|участницу|учасницю)\b|"
    r"a\s+lone\s+picket\w*|picketed\s+alone|(?:detained|arrested|grabbed|seized)\s+a\s+(?:student|man|woman|guy|"
    r"protester|picketer|pensioner)|"
    r"(?:a|an|one)\s+(?:\d+-year-old\s+)?(?:man|woman|student|activist|protester|resident|pensioner)\s+(?:was\s+)?"
    r"(?:detained|arrested|served|held)|(?:detained|arrested)\s+my\s+\w+|my\s+(?:flatmate|roommate|neighbou?r|dad|father)|"
    # one summons, said in the singular: "вручили повестку", "left a summons"
    r"повестку|повістку|a\s+summons|the\s+summons|the\s+notice|(?:him|her|me)\s+(?:a|the)\s+(?:summons|notice))"
    r"(?![\w])(?!\s+(?:кажд|всем|усім|every|each))"
)
RATE_AFTER = re.compile(
    r"^\s*(?:(?:в|за|per|a|на|у)\s+(?:сутки|день|час|day|hour|добу|годину)\b|(?:каждые|every)\s+\d+)"
)


VEHICLE_HINT = re.compile(VEHICLE)
PERSON_HINT = re.compile(PERSON)
_ZA = re.compile(r"\bза\s+$")
_NA = re.compile(r"\bна\s*$")
_TO_POST = re.compile(r"до\s+(?:кпп|границ\w*|шлагбаум\w*|поста|кордону)\s*$")
_SPACES = re.compile(r"\s+")
_PO = re.compile(r"\bпо\s+$")
_OF_WAITING = re.compile(r"\s*(?:стояния|ожидания|в\s+очеред\w*|of\s+waiting|очікування|стояння)")
_TIME_OF = re.compile(r"\s*(?:очікуван|ожидани|проходжен|в\s+дорозі|прибуття)")
# "пропустили через 3 часа", "через 8 часов были на той стороне": after three hours, not in three.
_LET_THROUGH = re.compile(r"(?:пропустили|пустили|выпустили|прошли|passed|пройшли)\s+через\s+$")
_THROUGH_AFTER = re.compile(  # "…были на той стороне", "…оказались в Грузии", "…прошли" — not "были на КПП"
    r"^\s*(?:(?:и\s+|,\s*)?\d+\s*\w+\s+)?(?:мы\s+|я\s+)?(?:уже\s+)?(?:"
    r"(?:были|були|we\s+were|were)\s+(?:уже\s+)?(?:на\s+(?:той|другой|\w+ской)\s+стороне|"
    r"в\s+(?:грузии|казахстане|монголии|финляндии|армении)|за\s+(?:шлагбаумом|границей|кордоном)|through|across)|"
    r"(?:прошли|пересекли|вырвались|оказались|пройшли)(?!\s+(?:\d|в\s+(?:хвост|очеред|пробк)))\b)"
)
_COUNTED = re.compile(r"(?:\d|км|km|машин\w*|cars|vehicles|people|человек)\s+$")
_JOIN = re.compile(r"\s*(?:и|and|і|,|\+|плюс)?\s*(?:ещё|еще|ще|more)?\s*")
_MINUTES = re.compile(MINUTES)
_DAYS = re.compile(DAYS)
_WEEKS = re.compile(WEEKS)
_HOUR_UNIT = re.compile(r"час|годин|hour")


_SEP = r"(?:\s*[:—–]\s*|\s+-\s+|\s+)"  # "машин в очереди: 400", "кол-во ТС — 5900"


def count_pattern(noun: str, inverted: str | None = None, NUMBER: str = NUMBER) -> re.Pattern[str]:  # noqa: N803
    """ "300 машин", "от 30 до 50 человек", "машин 200" (approximate), "dozens of cars"."""
    return re.compile(
        rf"{B}(?:(?:(?:от|from|від)\s+)?(?P<n>{NUMBER})(?:{RANGE}(?P<b>{NUMBER}))?(?:-odd)?\s*(?:\w+\s+)?{noun}"
        rf"|(?:between|между|між)\s+(?P<n3>{NUMBER})\s+(?:and|и|і|та)\s+(?P<b3>{NUMBER})\s+(?:\w+\s+)?{noun}"
        rf"|{inverted or noun}{_SEP}(?:(?!нет\b|no\b)[^\W\d]+{_SEP}){{0,3}}?{APPROX}(?P<in>{NUMBER})"
        rf"(?:\s*-\s*(?P<ib>{NUMBER_DIGITS}))?(?![\w:]|[.,]\d)"
        r"(?!\s*(?:км|km|ч\b|h\b|час|год|мин|min|м\b|раз|times))"
        rf"|(?P<n2>{NUMBER})\s+(?:\w+\s+){{0,2}}(?:из|of|з)\s+(?:the\s+|their\s+|our\s+|its\s+|них\s+)?{noun})"
    )


VEHICLES_INVERTED = (r"(?:машин|авто|автомобилей|тачек|фур|грузовиков|cars|vehicles|trucks|"
                     r"автівок|автомобілів|вантажівок|кол-?во\s+тс)\b")
VEHICLES = count_pattern(VEHICLE, VEHICLES_INVERTED)
VEHICLES_DIGITS = count_pattern(VEHICLE, VEHICLES_INVERTED, NUMBER_DIGITS)
# "пропустили за сутки 7 тысяч авто", "по 5 машин": throughput, not the queue.
THROUGHPUT = re.compile(
    r"(?:за|в|per|a)\s+(?:сутки|день|добу|day|неделю|тиждень|week|час|hour|годину)\b|\bпо\s+\d|раз\s+в"
)
PEOPLE = count_pattern(PERSON)
PEOPLE_DIGITS = count_pattern(PERSON, None, NUMBER_DIGITS)
AFFECTED_COUNT = count_pattern(AFFECTED)
# Run only on texts that contain one of their literal words (prefilter.py); same results.
VEHICLES, VEHICLES_DIGITS, PEOPLE, PEOPLE_DIGITS, AFFECTED_COUNT, THROUGHPUT, PASSED_COUNT, OTHER_DURATION = (
    prefiltered(p) for p in (VEHICLES, VEHICLES_DIGITS, PEOPLE, PEOPLE_DIGITS, AFFECTED_COUNT, THROUGHPUT,
                             PASSED_COUNT, OTHER_DURATION))
AFFECTED_HINT = re.compile(AFFECTED)


# A number that is not how many people: a clock time, a date, a year, an age, an ordinal, an amount.
_NOT_PEOPLE_AFTER = re.compile(
    r"\s*(?:-?(?:й|го|е|я|м|ю|ї|th|st|nd|rd)\b|:\d|[.,]\d|(?:час\w*\s+|годин\w*\s+)?(?:ночи|утра|ранку|ночі|"
    r"вечера|вечора|am|pm|a\.m)\b|(?:сентябр|октябр|ноябр|вересн|жовтн|листопад|september|october|november)\w*|"
    r"года?\b|году\b|рок\w*|лет\b|years?\b|%|руб\w*|тыс\w*|тис\w*|₽|отдел\w*|отделени\w*|регион\w*|город\w*|"
    r"district\w*|region\w*|район\w*|округ\w*|област\w*|cities|countries|стран\w*|раз\b|times\b|points?\b|точк\w*|"
    r"-?летн\w*|-?річн\w*|-year-old|суток|сутки|діб|доби|days\b|\s*(?:до|-|to)\s*\d+\s*(?:час\w*|ч\b|ноч\w*|утра|am|pm|a\.m))"
)
_ADDRESS_BEFORE = re.compile(r"(?:(?:ул\.|улиц\w+|просп\w*|пр\.|пер\.|вул\.|вулиц\w+|street|st\.|ave\.?)\s+(?:\S+\s+){0,2}\S+,"
                            r"|(?:проспект\w*|улиц\w+|переулк\w*|шоссе|бульвар\w*|набережн\w*|вулиц\w+),)\s*$")
# "вручили 8 штук": a count of notices served
NOTICES_COUNT = re.compile(r"(?:вручил\w*|раздал\w*|выдал\w*|роздал\w*|вручено)\s+(?P<n>\d+)\s+(?:штук\w*|шт\b)")
_NOT_PEOPLE_BEFORE = re.compile(r"(?:\bдо|\bпосле|\bпісля|\bunder|№|ст\.|ул\.|д\.)\s*$")


def _people_number(norm: str, m: re.Match[str], group: str) -> bool:
    """Whether the number of `group` counts people, not a time, a date, an age or an amount."""
    start, end = m.span(group)
    return not (_NOT_PEOPLE_AFTER.match(norm, end) or _NOT_PEOPLE_BEFORE.search(norm, max(0, start - 8), start)
                or _ADDRESS_BEFORE.search(norm, max(0, start - 30), start))


# "больше тысячи", "более сотни жителей", "their hundreds": a bound said with a scale word
BOUND_COUNT = re.compile(
    r"\b(?:больше|более|свыше|понад|over|more\s+than|не\s+менее)\s+(?:чем\s+)?"
    r"(?P<scale>сотни|сотне|сотню|сотня|тысячи|тысяче|тысячу|сотні|сотню|тисячі|тисячу|a\s+hundred|a\s+thousand)\b"
    r"|\b(?:их|їх)\s+(?P<their>сотни|сотні|десятки|тысячи|тисячі)\b"
)


# "полтора десятка", "с десяток", "a dozen": a number said with "десяток"
DOZEN_WORDS = {"полтора десятка": 15, "полтора десятку": 15, "полутора десяткам": 15, "півтора десятка": 15,
               "півтора десятку": 15, "с десяток": 10, "около десятка": 10, "a dozen": 12, "десяток": 10,
               "десятку": 10, "два десятка": 20, "два десятки": 20, "три десятка": 30}
DOZENS = re.compile(r"\b(" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in DOZEN_WORDS),
                                            key=len, reverse=True)) + r")\b")
# "задержаны 23", "84 of them were detained", "задержали двадцать одного": the detained, said as such
VAGUE_WORDS = VAGUE | {"десятки", "десятків", "сотни", "сотні", "dozens", "hundreds", "тысячи", "тисячі"}
DETAINED_COUNT = re.compile(
    rf"{B}(?P<n>{NUMBER_DIGITS})\s+(?:(?:of\s+them|из\s+них|з\s+них)\s+)?(?:were\s+|was\s+|уже\s+)?"
    r"(?:detained|arrested|задержан\w*|затриман\w*|led\s+away|taken\s+away|driven\s+to|увели|увезли|відвезли|"
    r"вивезли|доставлен\w*)\b"
    r"|\b(?:задержан[оы]|задержали|затримали|затримано|detained|arrested|повязали|забрали)\s+"
    r"(?:(?:не\s+менее|не\s+меньше|щонайменше|at\s+least|около|about|ещё|уже|ще)\s+)?(?:чем\s+)?"
    rf"(?P<n2>{NUMBER})(?![\w:]|[.,]\d)(?!\s*(?:[-–]|до|to)\s*\d)(?!\s*(?:суток|діб|days|лет|років|years|%))"
)


def _scale(word: str | None) -> int:
    """10 for "десятки", 100 for "сотни", 1000 for "тысячи"; 1 for "несколько"."""
    return next((v for k, v in VAGUE_SCALES if word and word.startswith(k)), 1)


def _detained(norm: str) -> int | None:
    """The number said of the detained ("84 of them were detained", "задержано не менее 30")."""
    m = DETAINED_COUNT.search(norm)
    if m is None:
        return None
    group = "n" if m.group("n") else "n2"
    raw = m.group(group)
    value = parse_number(raw) if raw.split()[0] not in VAGUE_WORDS else None
    return int(value) if value and _people_number(norm, m, group) else None


def _affected_candidates(norm: str) -> list[tuple[int, int | tuple[int, int]]]:
    """(position, count) of every way the message says how many: the earliest is the count."""
    found: list[tuple[int, int | tuple[int, int]]] = []
    vague = VAGUE_COUNT.search(norm)
    if vague:
        scale = _scale(vague.group("scale2") or vague.group("bare") or vague.group("bare2") or vague.group("scale"))
        found.append((vague.start(), (2 * scale, 9 * scale)))
    dozen = DOZENS.search(norm)
    if dozen:
        found.append((dozen.start(), DOZEN_WORDS[_SPACES.sub(" ", dozen.group(1))]))
    bound = BOUND_COUNT.search(norm)
    if bound:
        if bound.group("their"):
            scale = _scale(bound.group("their"))
            found.append((bound.start(), (2 * scale, 9 * scale)))
        else:
            found.append((bound.start(), 100 if "сот" in bound.group("scale") or "hundred" in bound.group("scale")
                          else 1000))
    served = NOTICES_COUNT.search(norm)
    if served:
        found.append((served.start("n"), int(served.group("n"))))
    collective = COLLECTIVE_COUNT.search(norm)
    if collective:
        c = "c" if collective.group("c") else "c2"
        found.append((collective.start(c), COLLECTIVE[collective.group(c)]))
    if AFFECTED_HINT.search(norm):
        for m in AFFECTED_COUNT.finditer(norm):
            group = next((g for g in ("n", "in", "n2", "n3") if m.group(g)), None)
            raw = m.group(group) if group else None
            if group and not _people_number(norm, m, group):
                continue
            low = parse_number(raw) if raw else None
            if raw in ("сотни", "сотні", "тысячи", "тисячі"):
                low = 100 if raw.startswith("сот") else 1000  # "около сотни": about a hundred
            if low is None or low < 1:
                continue
            upper = m.group("b") or m.group("b3") or m.group("ib")
            high = parse_number(upper) if upper else None
            found.append((m.start(group), (int(low), int(high)) if high and high > low else int(low)))
            break
    return found


def find_affected(norm: str) -> int | tuple[int, int] | None:
    """How many people an incident affected: "30-50 задержанных" → (30, 50), "мужа" → 1,
    "несколько десятков человек" → (20, 90), "сотни женщин" → (200, 900); where a message says
    it several ways ("задержаны 23 человека, против троих из них…"), the first is the count,
    unless it says how many of them were detained (a crowd and its detained: the detained)."""
    detained = _detained(norm)
    if detained is not None:
        return detained
    found = _affected_candidates(norm)
    if found:
        return min(found, key=lambda f: f[0])[1]
    return 1 if ONE_PERSON.search(norm) else None


def _unit_hours(unit: str) -> float:
    if _MINUTES.fullmatch(unit):
        return 1 / 60
    if _DAYS.fullmatch(unit):
        return 24.0
    if _WEEKS.fullmatch(unit):
        return 168.0
    return 1.0


def _duration(m: re.Match[str]) -> tuple[float, float] | None:
    if m.group("bare"):
        key = _SPACES.sub(" ", m.group("bare"))
        value = float(BARE_HOURS.get(key, 0)) * (1.5 if m.group("half") else 1)
        extra = m.group("bmin")
        if extra and value == 1:
            value += (MINUTE_WORDS.get(extra) or float(extra)) / 60
        return value, value
    if m.group("dn"):
        hours = 24.0 * int(m.group("dn"))
        return hours, hours
    if m.group("ordn"):
        n = int(m.group("ordn"))
        hours = (n - 1) if _HOUR_UNIT.match(m.group("ounit2")) else (n - 1) * 24
        return float(hours), float(hours)
    if m.group("abare"):
        value = 24.0 if m.group("abare") in ("суток", "сутки", "доби", "a day") else 1.0
        return value, value
    if m.group("ord"):
        stem = next((k for k in _ORDINALS_LONGEST_FIRST if m.group("ord").startswith(k)), None)
        if stem is None:
            return None
        n = ORDINALS[stem]
        hours = (n - 1) if _HOUR_UNIT.match(m.group("ounit")) else (n - 1) * 24
        return float(hours), float(hours)
    if m.group("tn"):
        value = float(m.group("tn").replace(",", "."))
        return value, value
    if m.group("dayn"):
        days = int(m.group("dayn")) - 1
        return days * 24.0, days * 24.0
    if m.group("th"):
        value = int(m.group("th")) + int(m.group("tm")) / 60
        return value, value
    if m.group("hh"):
        value = int(m.group("hh")) + int(m.group("mm")) / 60
        return value, value
    if m.group("iunit"):
        a = parse_number(m.group("ia"))
        if a is None:
            return None
        unit = _unit_hours(m.group("iunit"))
        b = parse_number(m.group("ib")) if m.group("ib") else None
        return a * unit, (b if b is not None and b > a else a) * unit
    if m.group("r1"):
        unit = 24.0 if m.group("r1") in ("сутки", "день", "добу", "доба") else 1.0
        b = parse_number(m.group("r2"))
        return (unit, b * unit) if b and b > 1 else None
    if m.group("a").split()[0] in VAGUE:
        return None
    a = parse_number(m.group("a"))
    if a is None:
        return None
    unit = _unit_hours(m.group("unit"))
    b = parse_number(m.group("b")) if m.group("b") else None
    if b is not None and b < a:
        return None
    return a * unit, (b if b is not None else a) * unit


def find_waits(norm: str, words: bool = True) -> list[tuple[float, float, int]]:
    """(low, high, position) of each wait; adjacent parts ("1 день 5 часов") are summed.
    `words=False` says the message has no number words, so digits are enough to look for."""
    out: list[tuple[float, float, int]] = []
    unitless: set[int] = set()
    last_end = -10
    for m in (DURATION if words else DURATION_DIGITS).finditer(norm):
        before = norm[max(0, m.start() - 30) : m.start()]
        after = norm[m.end() : m.end() + 24]
        if (CLOCK_BEFORE.search(before) or CLOCK_AFTER.search(after)) and not (m.group("bare") or m.group("abare")):
            if not (_ZA.search(before) or _LET_THROUGH.search(before) or _OF_WAITING.match(after)
                    or SINCE_JOINING_AFTER.match(after) or _THROUGH_AFTER.match(after)):
                continue
        if EVERY_BEFORE.search(before) or (m.group("bare") and PERIOD_BEFORE.search(before)):
            continue
        if (m.group("bare") or m.group("abare")) and RATE_BEFORE.search(before):
            continue
        if m.group("bare") == "час" and CLOCK_AFTER.match(after):
            continue  # "сейчас час дня" is a clock time
        if _ZA.search(before) and LEAD_AFTER.match(after):
            continue  # "регистрация открывается за 3 часа до вылета" is a lead time
        if _ZA.search(before) and RATE_COUNT_AFTER.match(norm, m.end(), m.end() + 60):
            continue  # "за час оформляют не больше 40 автомобилей" is a rate
        if m.group("bare") and m.group("bare")[0] == "a" and _COUNTED.search(before):
            continue  # "1 km an hour"
        if AGO_AFTER.match(after) and not (JOINED_AFTER.match(after) or SINCE_JOINING_AFTER.match(after)):
            continue
        if m.group("bare") and MOVED_AFTER.match(after):
            continue  # "за час продвинулись метров на 200" is a speed
        total = TOTAL_BEFORE.search(before)
        if TRIP_AFTER.match(after) and not total and not TO_THE_BORDER.search(norm, m.end(), m.end() + 50):
            continue  # "ехали 2 суток от Москвы", but "19 часов от Чми до грузинской стороны"
        trip = TRIP_BEFORE.search(norm[max(0, m.start() - 80) : m.start()])
        if (trip and not total and not QUEUE_BEFORE.search(before) and not TO_THE_BORDER.search(trip.group(0))
                and not _HOUR_UNIT.search(trip.group(0))):  # "from one hour to 24 hours" is a change
            continue
        if m.group("bare") and m.group("bare") in DAY_WORDS and PASSED_COUNT.search(norm):
            continue
        if OTHER_DURATION.search(before):
            continue
        if TRAVEL_BEFORE.search(norm[max(0, m.start() - 60) : m.start()]) or TRAVEL_AFTER.match(after):
            continue
        if m.group("bare") == "час" and _TIME_OF.match(after):
            continue  # Ukrainian "час очікування" is "waiting time"
        value = _duration(m)
        if value is None or not value[1]:
            continue
        low, high = value
        between = norm[last_end : m.start()]
        if out and m.start() - last_end <= 9 and _JOIN.fullmatch(between) and _finer(out[-1][0], high):
            pl, ph, pos = out[-1]
            out[-1] = (pl + low, ph + high, pos)
        else:
            out.append((low, high, m.start()))
            if m.group("tn"):
                unitless.add(m.start())
        last_end = m.end()
    if out and all(w[2] in unitless for w in out):
        return []  # "всего 5" alone: five of what?
    if out:
        out += _now_without_unit(norm, out[-1], last_end)
    return [w for w in out if w[1] <= MAX_WAIT_HOURS]


def _finer(previous: float, part: float) -> bool:
    """Whether `part` continues `previous` in a smaller unit: "1 день 5 часов", "2 ч 30 мин"."""
    return (previous >= 24 and previous % 24 == 0 and part < 24) or (previous == int(previous) and part < 1)


def _now_without_unit(norm: str, last: tuple[float, float, int], after: int) -> list[tuple[float, float, int]]:
    """ "вчера было 20 часов, сегодня уже 8": the newer figure keeps the older one's unit."""
    m = NOW_BARE.search(norm, after)
    if m is None:
        return []
    value = parse_number(m.group("n"))
    if not value:
        return []
    unit = 24.0 if last[0] >= 24 and last[0] % 24 == 0 else 1.0
    return [(value * unit, value * unit, m.start("n"))]


def pick_wait(norm: str, waits: list[tuple[float, float, int]]) -> tuple[float, float] | None:
    """The message's wait: the one called the total, else the first."""
    if not waits:
        return None
    change = GROWTH.search(norm) if len(waits) > 1 else None
    if change:
        after = [w for w in waits if w[2] >= change.start()]
        # "выросла с 5 до 12 часов": the last; "сократилось до 4 часов, а вчера сутки": the first after
        w = waits[-1] if not after else after[-1] if FROM_AFTER.match(norm, change.end()) else after[0]
        return w[0], w[1]
    if len(waits) > 1:
        now = NOW.search(norm, waits[0][2])
        if now:
            later = [w for w in waits if w[2] > now.start()]
            if later:
                return later[0][0], later[0][1]
    totals = list(TOTAL.finditer(norm))
    if totals and len(waits) > 1:
        for total in reversed(totals):  # "итого: 19 часов в очереди … всего 23 ч": the last total
            after = [w for w in waits if w[2] >= total.start()]
            if after:
                return after[0][0], after[0][1]
    return waits[0][0], waits[0][1]


WAITING_HERE = re.compile(
    r"очеред|черг|стоим|стою|стоїмо|чекаємо|чекали|ждем|ждали|сидим|тут|здесь|в\s+очеред|в\s+хвост|у\s+черз|here|in\s+line|waited|"
    r"waiting|queue|sitting|stuck|in\s+the\s+car|в\s+машине"
)


def find_km(norm: str, words: bool = True) -> float | None:
    for m in (KM if words else KM_DIGITS).finditer(norm):
        if m.group("one"):
            return 1
        unit = m.group("unit") or m.group("iunit")
        raw = m.group("n") or m.group("in")
        if SPEED_AFTER.match(norm[m.end() : m.end() + 10]):
            continue  # "1 км в час" is a speed
        near_queue = (QUEUE_BEFORE.search(norm[max(0, m.start() - 60) : m.start()])
                      or QUEUE_AFTER.match(norm, m.end()))  # "до Маштаково 2 км пробка"
        metres = unit.startswith(("метр", "m")) and not unit.startswith("km")
        if metres and not raw[0].isdigit() and unit == "m":
            continue
        if metres and not QUEUE_WORD.search(norm):
            continue  # "снег выше 2 000 м": metres only for a queue
        if (LENGTH_OF.match(norm[m.end() : m.end() + 12]) or LENGTH_BEFORE.search(norm[: m.start()])) \
                and not QUEUE_WORD.search(norm) and not VEHICLE_HINT.search(norm):
            continue  # "the tunnel is 3.7 km long"
        if not near_queue and BETWEEN_PLACES.search(norm[: m.start()]):
            continue  # "от Владикавказа до границы 30 км"
        after = m.group("after") or ""
        if GEOGRAPHY_AFTER.match(norm[m.end() : m.end() + 20]):
            continue  # "27 km south of Vladikavkaz"
        if ROAD_AFTER.match(norm, m.end(), m.end() + 30):
            continue  # "на 12-м километре трассы есть кафе": a place on the road
        if after and not TO_BORDER.search(after):
            continue  # "в 200 км от Москвы", "30 км до Владикавказа"
        if after and not (QUEUE_WORD.search(norm) or WAITING_HERE.search(norm)):
            continue  # "Владикавказ в 40 км от границы": geography, not a queue
        before = norm[max(0, m.start() - 20) : m.start()]
        if not after and not near_queue and KM_REJECT_BEFORE.search(before) and not _NA.search(before):
            if not _TO_POST.search(before):
                continue  # "проехали 1500 км", "за 30 км"
        if raw.split()[0] in VAGUE:
            continue
        value = parse_number(raw)
        if value is None:
            continue
        if metres:
            value = value / 1000
        if 0 < value <= MAX_QUEUE_KM:
            r = round(value, 2)
            return int(r) if r == int(r) else r
    return None


def find_count(pattern: re.Pattern[str], norm: str, minimum: int = 2, words: bool = True) -> int | None:
    vehicles = pattern is VEHICLES
    hint = VEHICLE_HINT if vehicles else PERSON_HINT
    if not hint.search(norm):
        return None
    if not words:
        pattern = VEHICLES_DIGITS if vehicles else PEOPLE_DIGITS
    for m in pattern.finditer(norm):
        raw = m.group("n") or m.group("in") or m.group("n2") or m.group("n3")
        if raw is None or raw.split()[0] in ("одну", "один", "одна", "one"):
            continue
        if RATE_AFTER.match(norm[m.end() : m.end() + 25]):
            continue
        if vehicles and (_PO.search(norm[max(0, m.start() - 4) : m.start()])
                                    or (PASSED_COUNT.search(norm) and THROUGHPUT.search(norm))):
            continue
        value = parse_number(raw)
        if value is None or value < minimum:
            continue
        if (m.group("b") or m.group("b3") or m.group("ib")):
            high = parse_number(m.group("b") or m.group("b3") or m.group("ib"))
            if high and high > value:
                value = (value + high) / 2
        return int(round(value))
    return None
