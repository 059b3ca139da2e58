"""Patterns for border facts, composed from the pieces in `numbers.py`.

Text reaching these patterns is normalised (`text.normalize`): lower case, ё → е.
"""

from __future__ import annotations

import regex

from molva.understand.numbers import NUMBER

B = r"(?<![\w])"  # word start
E = r"(?![\w])"  # word end

HOURS = r"(?:ч|час|часа|часов|часик|часика|часиков|часу|h|hr|hrs|hour|hours|годин[иуа]?|годинк[иу]|год)"
MINUTES = r"(?:мин|минут[ыу]?|минутк[иу]|min|mins|minutes?|хв|хвилин[иу]?)"
DAYS = r"(?:сут|сутки|суток|суточки|суточек|дн|дня|дней|день|days?|доб[аиу]|діб|днів|дні)"
UNIT = rf"(?:{HOURS}|{MINUTES}|{DAYS})"
RANGE_SEP = r"\s*(?:-|до|to|or|или|або|/)\s*"

# "12-14 часов", "от четырех до пяти суток", "19ч", "1,5 сут", "полтора часа", "сутки".
DURATION = regex.compile(
    rf"{B}(?:(?:от|from|від)\s+)?(?P<a>{NUMBER})(?:{RANGE_SEP}(?P<b>{NUMBER}))?\s*(?P<unit>{UNIT})\.?{E}"
    rf"|{B}(?P<bare>полчаса|пол\s+часа|півгодини|пів\s+години|полсуток|пол\s+суток|півдоби|сутки|суток|добу|доба"
    rf"|an?\s+hour|an?\s+day|half\s+an\s+hour|час|годину|hour|day|день)\.?{E}",
    regex.IGNORECASE,
)
BARE_HOURS = {"полчаса": 0.5, "пол часа": 0.5, "півгодини": 0.5, "пів години": 0.5,
              "полсуток": 12, "пол суток": 12, "півдоби": 12, "сутки": 24, "суток": 24,
              "добу": 24, "доба": 24, "an hour": 1, "a hour": 1, "a day": 24, "an day": 24,
              "half an hour": 0.5, "час": 1, "годину": 1, "hour": 1, "day": 24, "день": 24}
CLOCK = regex.compile(r"(?<![\d:.,])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:]|[.,]\d)")

KM = regex.compile(
    rf"{B}(?:на\s+|at\s+|на\s+)?(?P<n>{NUMBER})(?:\s*-?\s*(?:м|й|ом|ому|th|st|nd|rd))?\s*"
    rf"(?P<unit>км|km|кілометр\w*|километр\w*|kilomet\w*|kms){E}"
    r"(?P<after>\s*(?:от|от\s+\w+|from|від|до|to)\b\s*\w*)?",
)
KM_REJECT_BEFORE = regex.compile(r"(?<!\w)(?:до\s+\w+|to\s+\w+|проехали|проехать|ехать|ехали|drove|driving|drive|проїхали|"
                                 r"їхати|за|within|в|у|in)\s*$")
QUEUE_CONTEXT = regex.compile(
    r"очеред|пробк|хвост|колонн|затор|queue|line|tailback|jam|черг|стоим|стоят|стоїмо|"
    r"границ|кпп|мапп|border|кордон|checkpoint"
)
BORDER_WORD = regex.compile(r"границ|кпп|мапп|border|пропуск|погран|кордон|checkpoint|пункт")

VEHICLES = regex.compile(
    rf"{B}(?:(?:от|from|від)\s+)?(?P<n>{NUMBER})(?:{RANGE_SEP}(?P<b>{NUMBER}))?\s*(?:\w+\s+)?"
    r"(?:машин\w*|авто\b|автомобил\w*|автомобіл\w*|автівок|тачек|тачки|фур\w*|грузовик\w*|"
    r"легковуш\w*|легков\w*|cars?|vehicles?|trucks?|lorries|автобус\w*)"
)
PEOPLE = regex.compile(
    rf"{B}(?P<n>{NUMBER})\s*(?:\w+\s+)?(?:человек\w*|чел\b|людей|people|persons|pedestrians|"
    r"пешеход\w*|осіб|особ|чоловік|душ)"
)

QUESTION_START = regex.compile(
    r"^\W*(?:а\s+)?(?:сколько|как|где|когда|кто|есть\s+ли|подскаж\w*|скажите|пускают\s+ли|"
    r"пропускают\s+ли|какая|какой|какие|какое|почему|можно\s+ли|реально\s+ли|стоит\s+ли|"
    r"what|how|when|where|who|is\s+there|are\s+there|does|do\s+they|anyone|any\s+news|"
    r"скільки|як|де|коли|чи|хто|підкаж\w*|яка|який)\b"
)

HEARSAY = regex.compile(
    r"\b(?:говорят|говорили|слышал\w*|якобы|будто|по\s+слухам|слухи|пишут|передают|"
    r"сообщают|сказали|rumou?rs?|reportedly|allegedly|people\s+say|they\s+say|i\s+heard|"
    r"кажуть|чув|чула|нібито|подейкують|пишуть)\b"
)
ONGOING = regex.compile(
    r"\b(?:стоим|стою|стоїмо|стоїм|стою|ждем|жду|чекаємо|чекаю|торчим|застряли|"
    r"уже|вже|already|still|so\s+far|been\s+(?:waiting|in\s+line|queuing|queueing|stuck|standing)|"
    r"(?:we\s*'?re|we\s+are|i\s*'?m|i\s+am)\s+(?:waiting|stuck|in\s+line|standing)|"
    r"мы\s+на|пока\s+стоим)\b"
)
DONE = regex.compile(
    r"\b(?:прошли|прошел|прошла|прошло|проехали|проехал|проехала|пересекли|пересек|пересекла|"
    r"перешли|перешел|перешла|выехали|выехал|выехала|вырвались|прорвались|стояли|стоял|стояла|"
    r"заняло|заняла|заняли|crossed|made\s+it|got\s+through|got\s+across|took|passed|"
    r"пройшли|пройшов|перетнули|перетнув|проїхали|проїхав|стояли|стояв|зайняло)\b"
)

INCIDENT = regex.compile(
    r"повестк\w*\s+(?:\w+\s+)?(?:вруч|разда|разнос|принес|принос|выда|занес|нос)\w*|"
    r"(?:вруч|разда|разнос|принес|принос|выда|занес)\w*\s+(?:\w+\s+){0,2}повестк\w*|"
    r"\b(?:задерж\w*|облав\w*|рейд\w*|протест\w*|митинг\w*|акци\w*\s+протеста|пикет\w*|"
    r"detain\w*|arrest\w*|raids?|protest\w*|rall(?:y|ies)|draft\s+notices?\s+(?:were|was|are|being|handed|served)|"
    r"(?:hand\w*|serv\w*|deliver\w*)\s+(?:out\s+)?(?:draft\s+notices|summons|call-up\s+papers)|"
    r"повістк\w*\s+(?:\w+\s+)?(?:вруч|розда|розно|принес|принос)\w*|"
    r"(?:вруч|розда|розно)\w*\s+(?:\w+\s+){0,2}повістк\w*|затрима\w*)"
)
INCIDENT_TYPES = (
    ("draft_notice", regex.compile(r"повестк|повістк|draft\s+notice|summons|call-up")),
    ("detention", regex.compile(r"задерж|detain|arrest|затрима")),
    ("raid", regex.compile(r"облав|рейд|raid")),
    ("protest", regex.compile(r"протест|митинг|пикет|protest|rall(?:y|ies)|акци")),
)
PLACE_TYPES = (
    ("police_station", regex.compile(r"отдел\w*\s+полиц|овд|отделени\w*|полици|участк|police\s+station|відділ\w*\s+поліц|поліц")),
    ("metro", regex.compile(r"метро|станци\w+\s+метро|metro|subway|underground")),
    ("dormitory", regex.compile(r"общежит|общаг|гуртож|dorm")),
    ("workplace", regex.compile(r"на\s+работ|на\s+завод|в\s+офис|предприят|на\s+стройк|workplace|at\s+work|factory|office|на\s+роботі|на\s+заводі")),
    ("enlistment_office", regex.compile(r"военкомат|військкомат|enlistment\s+office|recruitment\s+office")),
    ("home", regex.compile(r"домой|на\s+дом|по\s+квартир|в\s+квартир|в\s+подъезд|at\s+home|homes|додому|вдома|квартир")),
    ("street", regex.compile(r"на\s+улиц|street|на\s+вулиц|на\s+площад|square")),
    ("border", regex.compile(r"границ|кпп|border|кордон")),
)
RUMOUR = regex.compile(
    r"(?:закро\w*|закрыт\w*\s+границ|запрет\w*|не\s+будут\s+выпуск\w*|военн\w+\s+положени\w*|"
    r"close\w*\s+(?:the\s+)?border|border\s+will|exit\s+ban|ban\s+on|martial\s+law|"
    r"закри\w*|заборон\w*|воєнн\w+\s+стан\w*)"
)

CHECKS = (
    ("questioning", regex.compile(
        r"расспраш\w*|допрос\w*|опрашива\w*|бесед\w*|вопрос\w*\s+зада\w*|зада\w*\s+вопрос\w*|"
        r"анкет\w*|интервью|questioned|questioning|interrogat\w*|asked\s+(?:about|where|why|if)|"
        r"допит\w*|розпитув\w*|опитув\w*|співбесід\w*")),
    ("phone_check", regex.compile(
        r"(?:телефон\w*|смартфон\w*|мобил\w*|переписк\w*|телеграм\w*|галере\w*)\s+(?:\w+\s+){0,2}"
        r"(?:смотр|провер|досматр|листа|лазил|разблок|проверя|чекают|шмона)\w*|"
        r"(?:смотр|провер|досматр|листа|лазил|разблок|проверя|шмона)\w*\s+(?:\w+\s+){0,2}"
        r"(?:телефон\w*|смартфон\w*|переписк\w*|телеграм\w*|галере\w*)|"
        r"phones?\s+(?:\w+\s+){0,2}(?:check|search|inspect|look)\w*|(?:check|search|inspect)\w*\s+(?:\w+\s+){0,2}phones?|"
        r"телефон\w*\s+(?:\w+\s+){0,2}(?:перевір|дивил|дивля)\w*|(?:перевір|дивил|дивля)\w*\s+(?:\w+\s+){0,2}телефон\w*")),
    ("military_id", regex.compile(
        r"военник\w*|военн\w+\s+билет\w*|воен\w*\s+учет\w*|категори\w*\s+год|служил\w*|"
        r"military\s+id|military\s+(?:service|record|card)|served\s+in\s+the\s+army|"
        r"військов\w+\s+квиток\w*|військов\w+\s+облік\w*")),
    ("document_check", regex.compile(
        r"(?:провер|смотр)\w*\s+(?:\w+\s+)?(?:документ|паспорт)\w*|(?:документ|паспорт)\w*\s+(?:\w+\s+)?провер\w*|"
        r"по\s+базам|пробива\w*|documents?\s+(?:were\s+)?check\w*|check\w*\s+(?:\w+\s+)?(?:documents|passports)|"
        r"перевір\w*\s+документ\w*")),
    ("turned_back", regex.compile(
        r"разворач\w*|развернул\w*|разворот\w*|не\s+выпуст\w*|не\s+выпуска\w*|завернул\w*|"
        r"turned\s+(?:back|away)|denied\s+(?:exit|entry)|not\s+allowed\s+to\s+leave|"
        r"розверта\w*|розвернул\w*|не\s+випуст\w*|не\s+випуска\w*")),
    ("enlistment_office", regex.compile(
        r"военкомат\w*|мобилизационн\w+\s+пункт\w*|пункт\w*\s+мобилизац\w*|призывн\w+\s+пункт\w*|"
        r"enlistment\s+(?:office|point|station)|recruitment\s+(?:office|point)|"
        r"військкомат\w*|мобілізаційн\w+\s+пункт\w*")),
    ("draft_notice_served", regex.compile(r"повестк\w*|повістк\w*|draft\s+notices?|summons")),
)
NEGATED_INSIDE = regex.compile(r"\b(?:не|ни|no|not|ні)\b|n't")
NEGATION = regex.compile(r"(?:\bне|\bни|\bнет|\bбез|\bno|\bnot|n't|\bnever|\bні|\bнічого|\bникто)\W+(?:\w+\W+){0,2}$")

MODES = (
    ("foot", regex.compile(r"пешком|пешеход\w*|пешки|on\s+foot|walk\w*|pedestrian\w*|пішки|пішохід\w*|пішоход\w*")),
    ("bicycle", regex.compile(r"\b(?:велосипед\w*|велик|велика|велике|велики|великах|велах|bicycles?|bikes?|cycl\w*|ровер\w*)\b")),
    ("scooter", regex.compile(r"самокат\w*|scooters?")),
    ("motorcycle", regex.compile(r"мотоцикл\w*|байк\w*|мопед\w*|motorcycl\w*|motorbike\w*|мото\b")),
    ("bus", regex.compile(r"автобус\w*|\bbus\b|buses|маршрутк\w*")),
    ("truck", regex.compile(r"фур[аыуе]\w*|фур\b|грузовик\w*|дальнобо\w*|trucks?|lorr\w*|вантажівк\w*")),
    ("car", regex.compile(r"на\s+(?:машин|авто|тачк|легков)\w*|by\s+car|in\s+(?:a|our|my)\s+car|на\s+автівц\w*|на\s+автомобіл\w*|на\s+автомобил\w*")),
)

EXIT = regex.compile(
    r"выезд\w*|выезжа\w*|из\s+росси\w*|из\s+рф|с\s+росси\w*|"
    r"в\s+(?:грузи|казахстан|монгол|финлянди|эстони|латви|литв|польш|норвеги|кита|абхази|армени|азербайджан)\w*|"
    r"(?:leav\w*|out\s+of|fled|flee\w*)\s+russia|into\s+(?:georgia|kazakhstan|mongolia|finland|estonia|latvia|norway|china)|"
    r"виїзд\w*|виїжджа\w*|з\s+росі\w*|з\s+рф|до\s+(?:грузі|казахстан|монголі|фінлянді|естоні)\w*|\bexit\w*"
)
ENTRY = regex.compile(
    r"въезд\w*|въезжа\w*|(?:обратно|назад)\s+в\s+(?:росси\w*|рф)|в\s+сторону\s+(?:росси\w*|рф)|"
    r"из\s+(?:грузи|казахстан|монгол|финлянди|эстони)\w*\s+в\s+(?:росси|рф)|"
    r"into\s+russia|back\s+(?:to|into)\s+russia|entering\s+russia|в'їзд\w*|до\s+росі\w*|\bentry\b"
)

BORDER_CONTEXT = regex.compile(
    r"границ|кпп|мапп|очеред|пробк|погран|таможн|пропуск|пропуст|выезд|въезд|border|queue|"
    r"checkpoint|crossing|кордон|черг|пункт\s+пропуск|стоим|прошли|пересек|хвост|"
    r"пешком|\bкм\b|\bkm\b|на\s+выезд|line\b"
)
STATUS = regex.compile(
    r"пропуска\w*|пускают|пропустил\w*|не\s+пуска\w*|закрыл\w*|закрыт\w*|открыл\w*|пусто|"
    r"нет\s+очеред\w*|без\s+очеред\w*|очереди\s+нет|no\s+queue|no\s+line|let\s+through|letting|"
    r"пропуска\w*|пускають|немає\s+черги|без\s+черги|закрит\w*|відкрит\w*"
)
COUNTRY_CROSSING = (
    (regex.compile(r"грузи\w*|georgia\w*|грузі\w*|грузин\w*"), "verkhny-lars"),
    (regex.compile(r"норвеги\w*|norw\w*|норвегі\w*"), "borisoglebsky"),
)
