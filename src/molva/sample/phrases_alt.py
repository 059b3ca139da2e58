"""The other phrasing (`molva sample --style alt`): the same facts as `phrases`, said in other words.

Every table has the name, the meaning and the slots of its namesake in `phrases` (see its
docstring for what each slot holds), but no line of it: other verbs ("отстояли", "простояли",
"заняли очередь"), other word order, chat slang and abbreviations ("тачек", "фур", "на погранке",
"км 15 хвост", "щас"), and about one line in ten in Ukrainian or English. The number-saying
functions have wording of their own too ("почти сутки", "часов 12", "~10ч", "2 дня", "1.2к",
"по 5 тачек раз в 10 минут"), and always state the value they are given, so the generator's
labels stay true. A wait template is only ever a wait of its table's kind: DONE a wait that
ended at the crossing, ONGOING a wait so far, ENTRY a finished wait on the way into Russia.
Data that is not wording (authorities, crossings' names, cities, people, identifiers, links,
media, `roughen`, `with_entities`) is the default module's own.
All of it was written for this generator; no line is copied from a real chat.
"""

from __future__ import annotations

import random

from molva.sample.phrases import (  # noqa: F401  (data, not wording: shared with the default phrasing)
    AUTHORITIES,
    CITIES,
    CROSSING_WORDS,
    FILE_NOT_INCLUDED,
    FIRST_NAMES,
    FORWARDED_FROM,
    HOUR_UNITS,
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


def _lines(block: str) -> tuple[str, ...]:
    """One phrase a line, or several on a line separated by " | "."""
    return tuple(p.strip() for line in block.splitlines() for p in line.split(" | ") if p.strip())


# fmt: off
# ---- reports: each table is one kind of fact -------------------------------------------
# DONE: a crossing that is over, and how long it took from the end of the queue
DONE = _lines("""
отстояли{c} {w}, мы на той стороне | простояли {w}, всё, прошли{d} | мы уже {g}, на всё ушло {w}
выбрались наконец, {w} на погранке | прошли обе границы{c}, в сумме {w}
только что выехали с погранки, {w} от хвоста | {h}отстояли {w} и прошли, удачи тем кто стоит
наконец-то проехали{v}, простояли {w} | пересекли{c}. в очереди итого {w}
у нас ушло {w} на всё, уже {g} | прошли КПП{c} спустя {w} | {w} постояли и проскочили{d}
заняли очередь, через {w} были на той стороне | выехали{v}, на погранке проторчали {w}
мы всё, {g}. отстояли {w} | финиш! {w} от конца пробки до шлагбаума
отмучились: {w} в пробке плюс паспортный{c} | прошли{c}, ушло {w}, двигались по чуть-чуть
друзья отписались: прошли{c}, стояли {w} | муж написал, проехал{v}, отстоял {w}
таможню прошли, всё позади, {w} стояли | на той стороне! {w} в очереди тачек
кпп позади{c}, простояли {w} | {h}вырвались, {w} от хвоста до выезда
{h}finally crossed, took us {w} | we're through{d}, {w} in the line
пройшли кордон, стояли {w} | нарешті проїхали, {w} у черзі
""")
# RANGE: how long people take to cross these hours
RANGE = _lines("""
по ощущениям{c} выходит {r} | щас{c} стоят {r}, не быстрее | кто сегодня проходит, пишут про {r}
{h}в среднем уходит {r} от хвоста до шлагбаума | готовьтесь стоять{c} {r}
народ{c} проходит примерно за {r} | сейчас{c} на всё про всё {r}
{h}people are getting through in {r} | зараз проходять за {r}
""")
# CLOCK: joined the queue at one time, through at another
CLOCK = _lines("""
заняли очередь в {t1}, на той стороне были в {t2} | в хвост встали в {t1}, шлагбаум проехали в {t2}
{h}в {t1} подъехали к хвосту, в {t2} уже прошли | подъехали к концу очереди в {t1}, выехали с КПП в {t2}
стали в {t1}, к {t2} прошли всё | с {t1} до {t2} простояли и прошли
joined the queue at {t1}, crossed at {t2} | стали в чергу о {t1}, пройшли о {t2}
""")
# ONGOING: still in the queue, and how long so far
ONGOING = _lines("""
{e} уже тут торчим{c}, никак | стоим{c} {e} и ни с места | {e} как заняли очередь, двигаемся по чуть-чуть
{h}заняли очередь {e} назад, пока стоим | уже {e} в пробке{c}, еле-еле | вот уже {e} в хвосте
{e} стоим на погранке, ползём | кукуем{c} {e}, ни туда ни сюда | мы ещё в очереди, {e} прошло
сидим в машине {e}, ползём по метру | {h}стоим {e}, впереди одни фуры
{h}stuck here for {e} already | стоїмо вже {e}, рухаємось потроху
""")
# POSITION: still in the queue: how long so far, how far from the post
POSITION = _lines("""
{e} в очереди, до КПП ещё {p} км | стоим {e}, осталось {p} км до погранки
мы {e} в пробке, от нас до поста {p} км | за {e} доползли, до границы {p} км
уже {e} тут, до погранцов {p} км | {p} км до КПП, стоим уже {e}
{h}{e} стоим, впереди ещё {p} км | {e} in the queue, {p} km to go | стоїмо {e}, до кордону ще {p} км
""")
# QUEUE_KM: how long the queue is
QUEUE_KM = _lines("""
км {k} хвост{c} | хвост уже {k} км{c}{d} | {h}пробка тянется на {k} км | сейчас{c} километров {k} тачек
конец очереди{c} в {k} км от поста | очередь до поста {k} км{d} | стоит колонна{c} на {k} км
{h}по яндекс картам хвост {k} км | {k} км машин{c}, вообще не едет | проехали мимо хвоста, там {k} км
едете{v}? очередь {k} км, учитывайте | легковые и фуры вместе, хвост {k} км
{h}км {k}, дальше пробка не растёт | {h}queue is {k} km now | {h}черга зараз {k} км
""")
# VEHICLES: how many vehicles are in the queue
VEHICLES = _lines("""
перед нами ещё {n} тачек | {h}впереди {n} машин примерно | насчитали {n} машин до шлагбаума
в очереди{c} машин штук {n} | {n} авто в очереди{c}{d} | погранцы сказали, перед КПП {n} машин
пересчитали: {n} тачек до поста | {h}about {n} cars ahead | {h}попереду {n} машин
""")
# KM_VEHICLES: both at once
KM_VEHICLES = _lines("""
хвост км {k}, а это тачек {n} | {h}{k} км пробки, машин {n} где-то | очередь на {k} км, по подсчётам {n} авто
{k} км — примерно {n} машин | {k} km of queue, around {n} cars
""")
# THROUGHPUT: how many the post lets through
THROUGHPUT = _lines("""
пускают{c} {q} | погранка{c} оформляет {q} | {h}пропуск идёт {q}, медленно | запускают{d} {q}
на КПП{c} проходит {q}, не больше | засекли: {q} | {h}they let through {q} | пропускають {q}
""")
# OFFICIAL: a news channel's post of an authority's figures ({src} in the genitive)
OFFICIAL = _lines("""
Согласно данным {src}, у КПП{c} ожидают проезда {n} транспортных средств
Данные {src}: на подъезде к пункту пропуска{c} {n} машин
В пресс-службе {src} сообщили, что пункт пропуска{c} пропускает {q}
Со слов представителей {src}, ожидание{c} составляет {w}
По сведениям {src}, в районе КПП{c} скопилось {n} автомобилей
Из сообщения {src}: пропускная способность{c} — {q} | Оценка {src}: простой в очереди{c} около {w}
""")
EMPTY = _lines("""
{h}очереди ноль, заехали сразу | пусто{c}, подъехали и сразу на паспортный | машин{c} почти нет, свободно
сейчас{c} никого, проскочили без очереди | {h}no queue at all right now | {h}черги нема, порожньо
""")
CHECKS = _lines("""
{h}у нас было так: {x} | на погранке {x} | предупреждаю: {x} | {x}, остальное норм | сегодня {x}
FYI: {x} | на кордоні {x}
""")
DONE_CHECKS = _lines("""
отстояли {w}, на выходе {x} | прошли{c}, {w} в очереди; {x} | {w} от хвоста, {x} | простояли{c} {w}, {x}
""")
MODES = _lines("""инфа на сегодня: {m} | {h}по факту {m} | {m}, сам видел | щас{c} {m}""")
DONE_MODES = _lines("""
пешком{c} вышло {w} | на велосипеде{c} проскочили за {w} | мотоциклом {w}, мимо всей очереди
walked across in {w}
""")
# ENTRY: a finished wait on the way into Russia
ENTRY = _lines("""
въезжали в РФ{c}, {w} всего | на въезд в Россию{c} проскочили за {w} | домой в Россию{c} заехали за {w}, пусто
в обратку на въезд{c} прошли за {w} | entering Russia took {w}, no queue that way
""")
HEARSAY = ("в чате пишут, ", "знакомые говорят: ", "слышал, что ", "передают: ", "по слухам, ")

# {x} and {m} phrases, one for each of the default ones (the same facts, in the same shares)
CHECK_PHRASES = _lines("""
лазили в телефон | шарились в телефонах, читали чаты | интересовались военным билетом
спросили военник и какая категория годности | допытывались, зачем и куда выезжаем
отвели на разговор к фсбшникам | проверяли по базе паспорта | кого-то отправляют назад
перед нами парня не выпустили | пишут, что у погранки стоит военкомат | на КПП раздают повестки
вообще ничего не смотрели | в телефон не лезли | военный билет не просили | ни о чём не спрашивали
""")
MODE_PHRASES = _lines("""
пешеходов выпускают | пешком нельзя, только на транспорте | на велосипеде проехали | велики пускают
с самокатом пропускают | мотики едут мимо очереди | автобусом выходит быстрее
фуры в своей отдельной очереди
""")

# ---- chatter and questions: no facts, or facts of other kinds ---------------------------
QUESTIONS = _lines("""
скок{c} стоять щас? | какой сейчас хвост{c}? | что по очереди{c}, кто в курсе?
{h}кто стоит, отпишитесь, как движется? | пешеходов выпускают? | военный билет показывать надо?
в телефоны лезут? | на велосипеде реально пройти? | сколько тачек перед вами{c}?
а ночью двигается? | кто сегодня прошёл{c}, сколько простояли? | с повесткой на руках выпустят?
почём такси до погранки? | где заправиться по дороге? | туалеты в очереди есть?
связь у погранки ловит? | {v} или в объезд — что быстрее? | по внутреннему паспорту можно или нужен загран?
правда, что там военкомат поставили? | границу закрывают или это фейк? | с детьми пропускают вне очереди?
где поспать рядом с границей? | страховку на машину где купить?
машина на жену оформлена, нужна доверенность?
развернули — что дальше делать? | где поменять рубли на той стороне? | есть объезд пробки по грунтовке?
кто сейчас{c} стоит? | ребят, есть движение или глухо? | на автобусе пускают без очереди?
сим-карту на той стороне где купить? | карты Мир там работают? | таможня долго досматривает?
можно ли занять очередь за друга? | кто в хвосте сейчас, на каком вы км?
any updates on the queue? | is it possible to cross on foot? | how long is the wait now?
скільки зараз стояти? | пішки пропускають?
""")
CHATTER = _lines("""
всем сил, прорвёмся | берегите себя 🙏 | спасибо, очень помогли | едем до {town}, есть место для одного
бензин по дороге по 55, половина заправок пустые | билеты в Стамбул по 150к, это жесть
поезд до {town} забит, ни одного места | вода в очереди по 150 рублей, шкуродёры
таксисты просят 50 тыщ до погранки | ахах жиза | не нагнетайте, все пройдём
админы, закрепите правила | снова спам, удалите | кто не спит?
шутка: в этой очереди уже дети в школу пошли | в этой пробке можно дачу строить
где курс лучше, в {town}? | ночью тут светло от фар | без дела не пишите пожалуйста, читать невозможно
у кого есть зарядка на лайтнинг? | продам палатку, в очереди пригодится | есть лишние пледы, кому надо
всем привет | утро доброе, кто живой | молюсь за всех вас | читаю и в шоке | 22.09 новости видели?
отец уехал вчера, пока на связи нет | раньше такого никогда не было | слышал, что с 28-го закроют выезд
пишут, что всех военнообязанных не выпустят | говорили частичная, ага | жена звонит каждые полчаса
из Казани кто, поехали вместе колонной | пауэрбанк на 30000 взял, рекомендую
на трассе дпс останавливает каждого | проехали 1600 км от Москвы до {town}
в {town} все гостиницы заняты | кто-нибудь знает, где тут покушать?
stay safe everyone | thanks for the info guys | good luck all 🙏 | тримайтеся, друзі | дякую за інфо
""")
CONTACTS = _lines("""
еду из {city}, есть два места, тел {phone} | ищу попутку до границы, звоните {phone}
свободное место в машине, пишите в тг {user} | могу взять одного, лс {user}
кому нужен список документов — напишите на {mail} | потерялась подруга в очереди, кто видел — наберите {phone}
looking for a ride from {city}, text {user}
""")

# ---- how numbers are said -----------------------------------------------------------------
HOUR_WORDS = {2: "пару", 3: "три", 5: "пять", 6: "шесть", 8: "восемь", 10: "десять",
              12: "двенадцать", 20: "двадцать"}  # "пару часов", else after the unit: "часов двенадцать"
_MINUTE_WORDS = {15: ("четверть часа",), 20: ("минут двадцать",), 30: ("полчасика", "пол часа"),
                40: ("минут сорок",), 45: ("минут сорок пять", "три четверти часа")}
DAY_WORDS = {24: ("ровно сутки", "сутки", "24ч"), 36: ("полтора дня", "сутки с половиной", "36ч"),
             48: ("2 дня", "два дня", "2-е суток", "48ч"), 60: ("2.5 дня", "два с половиной дня"),
             72: ("3 дня", "три дня", "3-е суток", "72ч"), 84: ("3.5 дня",),
             96: ("4 дня", "четыре дня", "4-е суток"), 108: ("4.5 дня",), 120: ("5 дней", "пять дней")}
KM_WORDS = {10: "десять", 20: "двадцать", 25: "двадцать пять", 40: "сорок"}
COUNT_WORDS = {100: ("сотня",), 200: ("пару сотен",), 300: ("сотни три",), 500: ("пол тыщи",),
               1000: ("тыща",), 1500: ("полторы тыщи",), 2000: ("пару тыщ", "две тыщи"),
               3000: ("три тыщи",)}
# fmt: on


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def _days(d: int) -> str:
    return "сутки" if d == 1 else f"{d} {_plural(d, 'день', 'дня', 'дней')}"


def say_hours(x: float, rng: random.Random) -> str:
    """A duration in this phrasing's words: "минут сорок", "~10ч", "часов 12", "почти сутки",
    "сутки и 3 часа", "2 дня"."""
    if x < 0.9:
        m = max(5, int(round(x * 12)) * 5)
        forms: tuple[str, ...] = (f"минут {m}", f"{m}мин", f"~{m} мин", f"{m} минуток")
        return rng.choice(forms + _MINUTE_WORDS.get(m, ()) * 2)
    if x != int(x):
        s = f"{x:.1f}".rstrip("0").rstrip(".")
        forms = (f"{s}ч", f"{s} ч.", f"~{s} часа")
        if abs(x - 1.5) < 1e-9:
            forms += ("час с половиной",) * 2
        elif abs(x - int(x) - 0.5) < 1e-9 and int(x) in (2, 3):
            forms += (f"{('два', 'три')[int(x) - 2]} с половиной часа",)
        return rng.choice(forms)
    n = int(x)
    if n == 1:
        return rng.choice(("часик", "1 ч.", "ровно час", "1h"))
    if n == 23 and rng.random() < 0.6:
        return "почти сутки"
    if n in DAY_WORDS and rng.random() < 0.7:
        return rng.choice(DAY_WORDS[n])
    if n > 24 and 0 < n % 24 <= 12 and rng.random() < 0.4:
        d, rest = divmod(n, 24)
        return f"{_days(d)} и {rest} {_plural(rest, 'час', 'часа', 'часов')}"
    if n == 12 and rng.random() < 0.3:
        return "полсуток"
    unit = _plural(n, HOUR_UNITS[1], HOUR_UNITS[2], "часов")
    forms = (f"~{n}ч", f"{n} ч.", f"{n}h", f"{n} {unit}") + ((f"{unit} {n}",) * 2 if n % 10 != 1 else ())
    if n < 24:
        forms += (f"{n} {_plural(n, 'часик', 'часика', 'часиков')}",)
    if n in HOUR_WORDS:  # "пару часов", "часов двенадцать"
        forms += ((f"{HOUR_WORDS[n]} часов" if n == 2 else f"{unit} {HOUR_WORDS[n]}"),)
    return rng.choice(forms)


def round_hours(x: float, rng: random.Random) -> float:
    """How this phrasing rounds a duration before saying it: quarter hours under an hour, half
    hours under four, whole hours to a day, sometimes "почти сутки" or whole half-days after."""
    if x < 0.9:
        return max(0.25, round(x * 4) / 4)
    if x < 4:
        return max(1.0, round(x * 2) / 2)
    if x < 21.5:
        return float(round(x))
    if x < 23.5 and rng.random() < 0.4:
        return 23.0
    if x < 26 and rng.random() < 0.6:
        return 24.0
    if x >= 30 and rng.random() < 0.5:
        return float(round(x / 12) * 12)
    if x >= 26 and rng.random() < 0.25:
        return float(round(x / 2) * 2)
    return float(round(x))


def say_range(x: float, rng: random.Random) -> str:
    """A span around `x` hours: "минут 30-50", "час-полтора", "часов 10-14", "около суток",
    "2-3 дня"."""
    if x >= 44:
        d = x / 24
        if abs(d - round(d)) < 0.2:
            k = round(d)
            return rng.choice((f"около {k} суток", f"~{_days(k)}", f"{_days(k)} плюс-минус"))
        lo = int(d)
        return rng.choice((f"{lo}-{lo + 1} {_plural(lo + 1, 'день', 'дня', 'дней')}",
                           f"дня {lo}-{lo + 1}", f"от {lo} до {lo + 1} суток"))
    if x < 0.9:
        lo = max(10, int(round(x * 0.8 * 6)) * 10)
        return rng.choice((f"минут {lo}-{lo + 20}", f"{lo}-{lo + 20} мин"))
    if x < 1.6 and rng.random() < 0.5:
        return "час-полтора"
    if 21 <= x <= 27 and rng.random() < 0.3:
        return rng.choice(("около суток", "сутки плюс-минус"))
    lo, hi = max(1, round(x * 0.85)), max(2, round(x * 1.15))
    hi = hi if hi > lo else lo + 1
    return rng.choice((f"{lo}-{hi} ч", f"часов {lo}-{hi}", f"где-то {lo}–{hi}ч", f"от {lo}ч до {hi}ч"))


def say_count(n: float, rng: random.Random) -> str:
    """A number of vehicles: "~350", "под 1200", "1.2к", "1,5 тыс.", "пару тыщ"."""
    if n >= 1000:
        n = int(round(n / 100) * 100)
    elif n >= 200:
        n = int(round(n / 50) * 50)
    else:
        n = max(10, int(round(n / 10) * 10))
    r = rng.random()
    if n in COUNT_WORDS and r < 0.3:
        return rng.choice(COUNT_WORDS[n])
    if n >= 1000 and r < 0.55:
        s = f"{n / 1000:g}"
        return rng.choice((f"{s}к", f"{s.replace('.', ',')} тыс."))
    return rng.choice((f"~{n}", f"под {n}", str(n), str(n)))


def say_rate(per_hour: float, rng: random.Random) -> str:
    """A throughput: "машин 40 в час", "~40 тачек/час", "по 5 тачек раз в 10 минут",
    "по машине раз в 6 мин", "~900 машин за сутки"."""
    r = rng.random() if per_hour >= 1.5 else 1.0
    if r < 0.4 and per_hour >= 7.5:
        n = max(5, int(round(per_hour / 5) * 5))
        return rng.choice((f"машин {n} в час", f"~{n} тачек в час", f"{n} авто/час", f"{n} машин/ч",
                           f"по {n} в час"))
    if r < 0.65:
        if per_hour < 15:
            m = max(2, round(60 / per_hour))
            return rng.choice((f"по машине раз в {m} мин",
                               f"одну машину в {m} {_plural(m, 'минуту', 'минуты', 'минут')}"))
        every = rng.choice([e for e in (5, 10, 15, 30) if per_hour * e / 60 >= 3] or [30])
        k = round(per_hour * every / 60)
        return rng.choice((f"{k} {_plural(k, 'машину', 'машины', 'машин')} за {every} мин",
                           f"по {k} {_plural(k, 'тачке', 'тачки', 'тачек')} раз в {every} минут"))
    n = max(10, int(round(per_hour * 24 / 50) * 50))
    forms = (f"~{n} машин за сутки", f"за сутки штук {n}", f"{n} в сутки")
    if n >= 1000:
        forms += (f"{n / 1000:g}к машин в сутки",)
    return rng.choice(forms)


def say_km(k: float, rng: random.Random) -> str:
    """Kilometres: "0.5", "1.5", "7", "~15", "двадцать"."""
    if k < 2.75:
        return f"{max(0.5, round(k * 2) / 2):g}"
    n = round(k / 5) * 5 if k > 12 and rng.random() < 0.4 else round(k)
    r = rng.random()
    if n in KM_WORDS and r < 0.1:
        return KM_WORDS[n]
    return f"~{n}" if r < 0.25 else str(n)


def say_clock(h: float, offset: float) -> str:
    """A clock time, "09:40" or, for some minutes, "9.40"."""
    m = int(round((h + offset) * 6)) * 10 % (24 * 60)
    hh, mm = divmod(m, 60)
    return f"{hh}.{mm:02d}" if (m // 10) % 4 == 1 else f"{hh:02d}:{mm:02d}"
