"""A third phrasing of the synthetic chats: the same facts as `phrases`, said in other words.

It is held out: written apart from the default phrasing and from the extractor, to check that
reading the chats generalises. Every table states the fact its namesake in `phrases` states,
with the same slots (see the slot list there), so the labels `generate` writes stay true. The
voice is that of the autumn 2022 border chats as imagined here: terse monitor-style updates,
long worried posts, questions with the fact inside, Russian mixed with English, some Ukrainian
and Kazakh-Russian, Georgian place names in Latin script, slips of the keyboard. Numbers are
said in this module's own ways ("9 с половиной часов", "1 день 3 часа", "часов под двадцать",
"около 3 тыс.", "км двадцать"). Everything was written for this generator; nothing is copied
from a real chat. The shared, non-wording data (crossings' names, authorities, people,
identifiers, links, how a message is roughened) comes from `phrases`.
"""

from __future__ import annotations

import random

from molva.sample.phrases import (
    AUTHORITIES,
    CITIES,
    CROSSING_WORDS,
    FILE_NOT_INCLUDED,
    FIRST_NAMES,
    FORWARDED_FROM,
    LINKS,
    MAIL_DOMAINS,
    MAIL_USERS,
    NAME_SUFFIXES,
    TAILS,
    USERNAMES,
    VOICE,
    roughen,
    say_phone,
    with_entities,
)

__all__ = [
    "AUTHORITIES", "CHATTER", "CHECKS", "CHECK_PHRASES", "CITIES", "CLOCK", "CONTACTS",
    "COUNT_WORDS", "CROSSING_WORDS", "DAY_WORDS", "DONE", "DONE_CHECKS", "DONE_MODES", "EMPTY",
    "ENTRY", "FILE_NOT_INCLUDED", "FIRST_NAMES", "FORWARDED_FROM", "HEARSAY", "HOUR_UNITS",
    "HOUR_WORDS", "KM_VEHICLES", "KM_WORDS", "LINKS", "MAIL_DOMAINS", "MAIL_USERS", "MODES",
    "MODE_PHRASES", "NAME_SUFFIXES", "OFFICIAL", "ONGOING", "POSITION", "QUESTIONS", "QUEUE_KM",
    "RANGE", "TAILS", "THROUGHPUT", "USERNAMES", "VEHICLES", "VOICE", "roughen", "round_hours",
    "say_clock", "say_count", "say_hours", "say_km", "say_phone", "say_range", "say_rate",
    "with_entities",
]


def _table(block: str) -> tuple[str, ...]:
    """The phrases of a block: each line holds one, or several split by " | "."""
    out: list[str] = []
    for row in block.strip().splitlines():
        out += [piece.strip() for piece in row.split(" | ") if piece.strip()]
    return tuple(out)


# fmt: off
# ---- reports: one kind of fact a table ---------------------------------------------------
# DONE: a crossing completed, {w} how long it took from joining the queue
DONE = _table("""
{h}всё, мы прошли. {w} от хвоста до выезда | Прошли{c}!!! {w} в этой очереди, больше никогда
прошли{v}{d}. {w} в сумме | итог: {w}{c}, мы уже на той стороне | {w} и мы {g} 🙌
наконец-то выбрались{d}, {w} простояли | {h}done, {w} с момента как встали в хвост
ребят, отписываюсь как обещал: прошли{c}, заняло {w} | у нас ушло {w}, только что проехали шлагбаум
проехали{v} за {w}, на той стороне уже всё быстро | короче, {w} и мы {g}, всех обнимаю
сестра отписалась: прошла{c} за {w} | {h}отчёт: встали в хвост вчера, прошли сегодня, всего {w}
{w} — столько заняло у нас{c} | простояли {w}, обе стороны прошли | {w} от конца пробки до штампа в паспорте
выехали{d}! {w} ушло, но мы сделали это | {h}прошли. {w}. сил нет писать подробно
щас только прошли{c}, {w} стояли в общей сложности | муж с другом проехали{v} за {w}{d}
ой бай, {w} стояли, но прошли{c} | рахмет всем за инфу, мы прошли{c}, {w} вышло
Друзья, мы прошли. {w}. Дети спали в машине, вода кончилась ещё ночью, \
но люди вокруг делились всем. Спасибо этому чату ❤️
{h}мы на той стороне!! {w} в очереди, я думал будет хуже | пересекли{v}{d} — {w} ровно от хвоста
прошли{c} за {w}, очередь сзади нас стала ещё длиннее | пршли{c} за {w}, всем терпения
тільки що пройшли{c}, {w} стояли | пройшли кордон за {w}, всім удачі
passed{c} in {w}, finally | {h}crossed after {w}, good luck everyone
прошли{c}, total {w}. всем luck | кум проїхав{v} за {w}
Пишу уже {g}. Простояли {w}, ночью был дубак, гоняли мотор чтобы греться, \
утром наконец пошло. Держитесь все, это того стоит 🙏
""")
# RANGE: what people take now, {r} a range of hours
RANGE = _table("""
{h}сейчас проходят за {r} | по чату выходит{c} {r} | готовьтесь{c} к {r} ожидания
народ пишет, {r} от хвоста до КПП | {h}в среднем {r}, ночью чуть быстрее | знакомые говорят{c}, {r} стоят
проходять{c} за {r} | {h}currently {r} to get through
""")
# CLOCK: joined at {t1}, crossed at {t2}
CLOCK = _table("""
{h}в хвост встали в {t1}, шлагбаум прошли в {t2} | заняли очередь в {t1}, в {t2} уже выехали
{t1} встали — {t2} прошли | стали в {t1}, штамп в паспорте получили в {t2}
стали в хвіст о {t1}, пройшли о {t2} | {h}queued at {t1}, through at {t2}
""")
# ONGOING: still in the queue, {e} waited so far
ONGOING = _table("""
{h}мы тут {e}, ползём по метру | уже {e} на одном месте{c} 😤 | {e} стоим{c}, это нормально вообще?
кто впереди, что там? мы {e} без движения | UPD: стоим {e}, сдвинулись на пару корпусов
жесть, {e} в пробке{c}, дети уже не выдерживают | {e} в очереди и конца не видно
{h}{e} как встали, двигаемся рывками | сидим в машине {e}, вода на исходе
ой бай, уже {e} стоим{c}, когда это кончится | {e} в хвосте, пока даже КПП не видно
стоим уже {e}{c}, ниче не двигаеться | сколько ещё? мы {e} тут торчим
Ребята, это ад. Стоим {e}{c}, туалета нет, еды нет, люди спят прямо на асфальте. \
Кто-нибудь знает, сколько ещё?
стоїмо вже {e}{c}, руху майже нема | stuck here{c} for {e} already
guys, стоим {e}{c}, no movement at all, что делать??
""")
# POSITION: {e} waited so far, {p} km still to the post
POSITION = _table("""
{h}{e} в очереди, до КПП ещё {p} км | стоим {e}, по навигатору до поста {p} км
уже {e} тут, осталось км {p} | {p} км до границы, а стоим уже {e} | прошло {e}, нам ещё {p} км ползти
{e} стоим, до шлагбаума {p} км. есть смысл разворачиваться? | стоїмо {e}, до кордону ще {p} км
{h}stuck {e}, {p} km to the checkpoint
""")
# QUEUE_KM: the queue is {k} km long
QUEUE_KM = _table("""
{h}UPD: хвост {k} км, двигается | {h}на сейчас хвост{c} {k} км, ползёт | актуально: очередь{c} {k} км{d}
хвост{c} км {k}, стоит | по Яндекс картам пробка {k} км{d} | от хвоста до КПП {k} км, проверял сам
очередь{c} тянется на {k} км, кто едет — запасайтесь водой | {h}пробка {k} км, без изменений с утра
км {k} хвост{c}, двигается рывками | кто собирается{v}: очередь {k} км, лучше ехать ночью
только что проехали вдоль очереди, там {k} км машин | {h}{k} км очередь{d}, стоит мёртво
хвост уже за постом ДПС, км {k} | щас очередь{c} {k} км, вчера была меньше
очередь{c} {k} км, это вообще реально пройти за день? | очередб{c} около {k} км{d}
жаным, хвост{c} {k} км, аккуратно там | черга{c} {k} км | {h}update: хвост {k} км, moving slowly
queue{c} is about {k} km
{h}Обновление по очереди: хвост {k} км, движение есть, но медленное. Воду и еду берите с собой, \
заправок рядом мало. Не ведитесь на тех, кто продаёт места!
""")
# VEHICLES: {n} vehicles in the queue
VEHICLES = _table("""
впереди{c} {n} машин | {h}машин {n} стоит{d} | насчитали {n} авто до шлагбаума
перед КПП{c} {n} тачек | ДПСник говорит, впереди {n} машин | {n} машин в хвосте{d}, по словам погранца
в очереди{c} {n} машин, это сколько стоять?? | попереду{c} {n} машин | {h}{n} cars ahead of us
""")
# KM_VEHICLES: {k} km and {n} vehicles
KM_VEHICLES = _table("""
{h}{k} км хвост, по прикидкам {n} машин | очередь {k} км, это {n} машин | хвост км {k}, машин в нём {n}
""")
# THROUGHPUT: the post lets through {q}
THROUGHPUT = _table("""
{h}пропускают {q}, еле-еле | сейчас{c} выпускают {q}{d} | погранцы работают медленно, {q}
засекли: проходит{c} {q} | {h}скорость — {q} | оформляют{c} {q}, не больше
проходить стало быстрее, {q} | пропускають {q}
""")
# OFFICIAL: a news post of an authority's figure, one of {n}, {q}, {w}
OFFICIAL = _table("""
Пресс-служба {src}: в очереди{c} сейчас {n} автомобилей
Согласно данным {src}, перед пунктом пропуска{c} находятся {n} транспортных средств
В сообщении {src} говорится, что{c} оформляют {q}
По сведениям {src}, среднее время ожидания{c} составляет {w}
#срочно По оценке {src}, очередь{c} насчитывает {n} машин
""")
EMPTY = _table("""
{h}вообще пусто, проехали без очереди | пусто{c}, прошли почти сразу | очереди{c} нет совсем, чудо какое-то
{h}свободно, погранцы скучают | черги{c} немає, проїхали одразу | no queue{c} at all, went straight through
""")
CHECKS = _table("""
{h}по проверкам: {x} | на российской стороне {x} | из свежего: {x} | {h}инфа с КПП — {x}
на досмотре {x} | FYI: {x} | {x}, остальное быстро
""")
DONE_CHECKS = _table("""
{w} заняло всё{c}, {x} | {w} и свобода. {x} | пересекли за {w}; на паспортном контроле {x}
""")
MODES = _table("""
по пешим: {m} | {h}инфа по пешеходам — {m} | {m}, сегодня сам видел | на сегодня{c}: {m} | {m} (проверено)
""")
DONE_MODES = _table("""
перешли пешком{c} за {w} | на велосипеде{c} {w} от хвоста и до штампа | на мотоцикле проскочили за {w}
пешочком {w}, и мы на той стороне | на байке{c} заняло {w} | пройшли пішки за {w}
""")
# ENTRY: into Russia, {w} how long it took
ENTRY = _table("""
заезжали обратно в РФ{c}, {w} | на въезд в Россию{c} {w}, машин немного
домой въехали за {w}, на въезд очереди почти нет | в сторону РФ{c} быстро, {w}
на въезд{c} пусто, {w} на всё | возвращались в Россию, заняло {w} | entering Russia{c} took {w}
""")
HEARSAY = ("в чате пишут: ", "знакомый отписался: ", "передают с КПП: ", "кум пише: ",
           "инфа из соседнего чата: ", "со слов таксиста: ")

# {x} and {m}: the fact is in the words themselves
CHECK_PHRASES = _table("""
открывали телеграм и галерею | листали фотки в телефоне | спрашивали, служил ли
просили показать военный билет | спрашивали про ВУС и звание
завели в отдельную комнату на беседу с фсбшниками
проверяли паспорт по базе долго | некоторые машины завернули назад | развернули мужика с повесткой
у поста стоит палатка военкомата | на выезде раздают повестки | никого не досматривали
телефон даже не трогали | военник никто не спросил | просто штамп и всё
""")
MODE_PHRASES = _table("""
пешеходов пропускают | пеших не пускают, только на машине | на велосипеде прошли без очереди
велики пускают | на самокатах пропускают | мотоциклистов пускают вперёд | на автобусе получается быстрее
грузовики в отдельной очереди | пешком не выпускают, заворачивают | на байке проехали по обочине
""")

# ---- chatter and questions: no facts, or facts of other kinds -----------------------------
QUESTIONS = _table("""
{h}как сейчас{c}? кто стоит, отпишитесь | сколько стоите{c}? | есть кто{c} прямо сейчас?
шо там{c} по очереди? | пешеходов{c} пускают сегодня? | военный билет на выезде спрашивают?
в телефоны лезут? | ребят, на велосипеде{v} реально? | с категорией Б выпускают?
подскажите, хвост{c} где сейчас? | сколько машин{c} перед КПП, кто знает? | ехать{v} сегодня или подождать?
кто с детьми ехал{v}, как оно? | где заправиться перед границей? | how long is the wait{c} now?
по внутреннему паспорту{v} можно? | is it possible to cross on foot{c}? | де зараз хвіст?
жаным, кто знает, правда что закроют? | где в Stepantsminda можно переночевать?
кто знает обменник в Tbilisi, который ночью работает? | после Gudauri пробки есть?
маршрутки Kazbegi — Tbilisi ходят? | страховку на машину где купить на той стороне?
с повесткой выпустят? | нужна доверенность на авто, если машина на отца?
в очереди{c} туалеты есть хоть какие-то? | кого развернули, что дальше делали?
""")
CHATTER = _table("""
держимся 💪 | спасибо, очень помогли! | кто у {town} на заправке, есть бензин?
ребята, берегите себя | добрый вечер из очереди | кто спит, кто нет — всем сил
в Tbilisi снять квартиру сейчас нереально, цены космос | в Stepantsminda гестхаусы все заняты
после Dariali дорога нормальная | в Gudauri снег, будьте осторожны | Mtskheta проехали, красота
админы, уберите спам с обменом | хватит флудить, чат для инфы | пишите по делу пожалуйста
мем дня: очередь уже видно с МКС | ахах, классика жанра | рахмет всем, кто отвечает
ой бай, что творится | до Орала доехали нормально | кто-нибудь видел наших с Казани на синей ладе?
не ведитесь на тех, кто продаёт место в очереди | местные продают пирожки у дороги, вкусные
у кого есть зарядка для айфона? | нужна аптечка, у ребёнка температура, мы возле кафе
мамі не кажіть, що я тут 😅 | тримайтеся всі | sorry for English, any news? | stay safe guys
видели новости? опять какие-то указы | такси от {town} просят 30 тысяч, грабёж
вылет в Стамбул перенесли на 5 часов, сидим в аэропорту | бензин на трассе по 54, наличкой
Я не знаю, как это всё выдержать. Муж уехал неделю назад, я с детьми одна, \
вздрагиваю от каждого звонка. Спасибо всем, кто здесь помогает ❤️
""")
CONTACTS = _table("""
еду из {city} в сторону границы, есть места, {phone} | ищу попутку из {city}, пишите {user}
возьму пассажира, звонить {phone} | если кто видел серую камри из {city} — наберите {phone}
скину чек-лист документов, напишите на {mail} | водитель с минивэном из {city}, {user}
шукаю попутника, {phone}
""")

# ---- how numbers are said ------------------------------------------------------------------
HOUR_UNITS = {"one": "час", "few": "часа", "many": "часов"}
HOUR_WORDS = {1: "один", 2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь",
              8: "восемь", 9: "девять", 10: "десять", 11: "одиннадцать", 12: "двенадцать",
              14: "четырнадцать", 15: "пятнадцать", 16: "шестнадцать", 18: "восемнадцать",
              20: "двадцать"}
DAY_WORDS = {24: ("сутки", "одни сутки", "сутки ровно", "24 ч"),
             36: ("полторы суток", "1,5 дня", "1 день 12 часов", "36ч"),
             48: ("двое суток", "2-е суток", "2 дня", "48ч"),
             60: ("2 с половиной суток", "2,5 дня"),
             72: ("трое суток", "3-е суток", "3 дня", "72 ч"),
             84: ("3 с половиной суток",),
             96: ("четверо суток", "4-е суток", "4 дня"),
             120: ("5 дней", "пять суток"), 144: ("6 дней",)}
KM_WORDS = {2: "пара", 3: "три", 5: "пять", 10: "десять", 15: "пятнадцать", 20: "двадцать",
            25: "двадцать пять", 30: "тридцать", 40: "сорок", 50: "пятьдесят"}
COUNT_WORDS = {300: ("сотни три",), 400: ("сотни четыре", "четыреста"), 500: ("сотен пять",),
               1000: ("около тысячи", "тыща"), 1500: ("полторы тыщи",), 2000: ("тысячи две", "две тыщи"),
               3000: ("тысячи три", "три тыщи"), 5000: ("тысяч пять",)}
# fmt: on


def _hours_unit(n: int) -> str:
    """час / часа / часов after a whole number."""
    if 11 <= n % 100 <= 14:
        return HOUR_UNITS["many"]
    return {1: HOUR_UNITS["one"], 2: HOUR_UNITS["few"], 3: HOUR_UNITS["few"], 4: HOUR_UNITS["few"]}.get(
        n % 10, HOUR_UNITS["many"]
    )


def _days_unit(n: int) -> str:
    if 11 <= n % 100 <= 14:
        return "дней"
    return {1: "день", 2: "дня", 3: "дня", 4: "дня"}.get(n % 10, "дней")


def say_hours(x: float, rng: random.Random) -> str:
    """A duration, stated exactly: "40 мин", "9 с половиной часов", "1 день 3 часа", "трое суток",
    "часов под двадцать" (twenty), "без часа сутки" (23)."""
    if x < 1 - 1e-9 and round(x * 60) < 60:
        m = max(5, int(round(x * 60)))
        forms = [f"{m} мин", f"{m} минут", f"минут {m}", f"{m}мин", f"{m} min", f"где-то {m} минут"]
        return rng.choice(forms + ["пол-часа"] * (m == 30))
    total = int(round(x * 60))  # in minutes
    if total % 60:
        n, mm = divmod(total, 60)
        if n >= 24:
            return f"{x:g} ч".replace(".", ",")
        if mm == 30 and n >= 2:
            unit = "часа" if _hours_unit(n) != HOUR_UNITS["many"] else "часов"  # 21 с половиной часа
            forms = [f"{n} с половиной {unit}", f"{n},5 ч", f"{n}.5h", f"{n}ч30м"]
            if n in HOUR_WORDS:
                forms.append(f"{HOUR_WORDS[n]} с половиной {unit}")
            return rng.choice(forms)
        if mm == 30:
            return rng.choice(("1,5 ч", "1.5h", "1 ч 30 мин", "полтора часика"))
        return rng.choice((f"{n} ч {mm} мин", f"{n}ч{mm}м", f"{n} {_hours_unit(n)} {mm} минут"))
    n = total // 60
    if n == 1:
        return rng.choice(("час", "1 час", "1ч", "один час", "1 hour", "часок"))
    if n in DAY_WORDS and rng.random() < 0.7:
        return rng.choice(DAY_WORDS[n])
    unit = _hours_unit(n)
    if n < 24:
        about = "часа" if n % 10 == 1 and n != 11 else "часов"  # около 21 часа, около 5 часов
        forms = [f"{n} {unit}", f"{n} {unit}", f"{n}ч", f"{n} ч.", f"{n}h", f"около {n} {about}", f"~{n}ч",
                 f"где-то {n} {unit}"]
        if n in HOUR_WORDS:
            forms += [f"{HOUR_WORDS[n]} {unit}", f"часов {HOUR_WORDS[n]}"]
        if n >= 10 and n % 5 == 0:
            forms += [f"часов под {HOUR_WORDS.get(n, n)}", f"под {n} часов"]
        if n == 23:
            forms += ["без часа сутки"] * 3
        return rng.choice(forms)
    days, rest = divmod(n, 24)
    forms = [f"{n} {unit}", f"{n}ч"]
    if rest:
        forms += [f"{days} {_days_unit(days)} {rest} {_hours_unit(rest)}", f"{days}д {rest}ч"]
        if days == 1:
            forms.append(f"сутки + {rest} ч")
    else:
        forms.append(f"{days} {_days_unit(days)}")
    if n == 47:
        forms += ["почти двое суток"] * 2
    return rng.choice(forms)


def round_hours(x: float, rng: random.Random) -> float:
    """The figure someone would state for a wait of `x` hours."""
    if x < 0.9:
        step = 12 if rng.random() < 0.3 else 6  # five or ten minutes
        return max(1 / 12, round(x * step) / step)
    if x < 3:
        return max(1.0, round(x * 4) / 4)
    if x < 12:
        return round(x * 2) / 2 if rng.random() < 0.25 else float(round(x))
    if x < 24:
        return float(round(x / 5) * 5 if x >= 14 and rng.random() < 0.2 else round(x))
    if x < 48:
        if 22 <= x <= 26 and rng.random() < 0.4:
            return 24.0
        return float(round(x / 6) * 6 if rng.random() < 0.2 else round(x))
    return float(round(x / 12) * 12 if rng.random() < 0.5 else round(x))


_COLLECTIVE = {1: "сутки", 2: "двое", 3: "трое", 4: "четверо", 5: "пятеро"}


def say_range(x: float, rng: random.Random) -> str:
    """A range around `x` hours: "40-60 мин", "часов 10–12", "сутки-двое", "2-3 дня"."""
    if x < 1.5:
        lo = max(10, int(round(x * 60 * 0.8 / 10)) * 10)
        hi = max(lo + 10, int(round(x * 60 * 1.25 / 10)) * 10)
        return rng.choice((f"{lo}-{hi} мин", f"минут {lo}–{hi}", f"от {lo} до {hi} минут"))
    if x < 30:
        lo = max(1, int(x * 0.8))
        hi = max(lo + 1, round(x * 1.2))
        unit = _hours_unit(hi)
        return rng.choice((f"{lo}-{hi} ч", f"часов {lo}–{hi}", f"от {lo} до {hi} {unit}",
                           f"{lo}-{hi} hours"))
    d = int(x // 24)
    forms = [f"{d}-{d + 1} {_days_unit(d + 1)}"]
    if d + 1 in _COLLECTIVE:
        forms.append("сутки-двое" if d == 1 else f"{_COLLECTIVE[d]}-{_COLLECTIVE[d + 1]} суток")
    if x < 60:
        forms.append(f"{round(x * 0.85)}–{round(x * 1.15)} часов")
    return rng.choice(forms)


def say_count(n: float, rng: random.Random) -> str:
    """A number of vehicles: "350", "~400", "сотни четыре", "2 500", "2,5к", "около 3 тыс."."""
    if n >= 1000:
        v = int(round(n / 100) * 100)
    else:
        v = max(10, int(round(n / 10) * 10) if n < 200 else int(round(n / 50) * 50))
    if v in COUNT_WORDS and rng.random() < 0.35:
        return rng.choice(COUNT_WORDS[v])
    if v < 1000:
        return rng.choice((str(v), str(v), f"~{v}", f"около {v}"))
    k = f"{v / 1000:g}".replace(".", ",")
    forms = [str(v), f"{v // 1000} {v % 1000:03d}", f"{k}к", f"{k} тыс."]
    thousands = round(v / 1000)
    if abs(thousands * 1000 - v) <= 0.05 * v:
        forms += [f"около {thousands} тыс."] * 2
    return rng.choice(forms)


def say_rate(per_hour: float, rng: random.Random) -> str:
    """A throughput: "40 машин/час", "12 машин за 15 мин", "около 1,2 тыс. в сутки"."""
    r = rng.random()
    minutes = [m for m in (10, 15, 20, 30) if per_hour * m / 60 >= 3]
    if r < 0.45 or (r < 0.7 and not minutes):
        n = max(1, round(per_hour) if per_hour < 20 else int(round(per_hour / 5) * 5))
        return rng.choice((f"{n} машин/час", f"{n} авто в час", f"{n} тачек в час", f"{n} cars/h",
                           f"{n} машин за час", f"по {n} в час"))
    if r < 0.7:
        m = rng.choice(minutes)
        n = round(per_hour * m / 60)
        return rng.choice((f"{n} машин за {m} мин", f"за {m} минут {n} машин", f"{n} шт. за {m} мин",
                           f"по {n} каждые {m} мин"))
    day = per_hour * 24
    if day >= 1000:
        d = int(round(day / 100) * 100)
        k = f"{d / 1000:g}".replace(".", ",")
        return rng.choice((f"{d} машин в сутки", f"{d} авто/сутки", f"около {k} тыс. в сутки",
                           f"{k}к за сутки"))
    d = max(10, int(round(day / 10) * 10))
    return rng.choice((f"{d} машин за сутки", f"{d} в сутки"))


def say_km(k: float, rng: random.Random) -> str:
    """Kilometres without the unit (the line says "км" before or after): "9", "~9", "полтора",
    "двадцать" (so "км двадцать")."""
    if k < 4 and rng.random() < 0.3:
        half = max(1.0, round(k * 2) / 2)
        return "полтора" if half == 1.5 else f"{half:g}".replace(".", ",")
    v = max(1, int(round(k / 5) * 5) if k > 12 and rng.random() < 0.4 else round(k))
    if v in KM_WORDS and rng.random() < 0.25:
        return KM_WORDS[v]
    return f"~{v}" if rng.random() < 0.25 else str(v)


def say_clock(h: float, offset: float) -> str:
    """A clock time to ten minutes: "09:40", now and then "9.40"."""
    m = int(round((h + offset) * 6)) * 10 % (24 * 60)
    hh, mm = divmod(m, 60)
    return f"{hh:02d}:{mm:02d}" if (m // 10) % 5 else f"{hh}.{mm:02d}"
