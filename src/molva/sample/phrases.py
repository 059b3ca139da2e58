"""Phrase tables for the synthetic chats (slots in braces), and how people write numbers.

Slots: {c} where (" на Ларсе" or ""), {v} via (" через Ларс" or ""), {h} a heading
("Ларс: " or ""), {d} direction (" на выезд" or ""), {g} the country reached ("в Грузии"),
{w} a wait ("19 часов", "сутки"), {r} a range ("12–14 часов"), {e} time waited so far,
{p} our km from the post, {k} queue km, {n} vehicles, {t1}/{t2} clock times, {x} a check,
{q} a throughput ("40 машин в час", "около 1000 машин в сутки"), {src} an authority
("МВД Северной Осетии"),
{m} a travel mode, {phone}/{user}/{mail} invented identifiers, {city} a city of origin,
{town} the town before the border. Tables hold one phrase a line or several split by " | ".
All of it was written for this generator; no line is copied from a real chat.
"""

from __future__ import annotations

import random


def _lines(block: str) -> tuple[str, ...]:
    """One phrase a line, or several on a line separated by " | "."""
    return tuple(p.strip() for line in block.splitlines() for p in line.split(" | ") if p.strip())


# fmt: off
# ---- reports: each table is one kind of fact -------------------------------------------
DONE = _lines("""
прошли{c} за {w} | пересекли{c} за {w}{d} | мы прошли, {w} стояли | Прошли! {w} в очереди
всё, проехали{c}, ушло {w} | выехали{d}, стояли {w} | только что прошли{c}, всего {w}
{h}прошли за {w}, всем удачи | проехали за {w}, ночью двигалось быстрее
ура, мы {g}! {w} на границе | итого {w} от хвоста до шлагбаума | на всё про всё {w}{c}
{w} и мы на той стороне | пересекли границу{v}, ровно {w} | у нас вышло {w}{c}
от конца очереди до паспортного {w} | брат прошёл{c} за {w} | знакомые прошли за {w}{d}
наши прошли{c} за {w}, сейчас говорят дольше | мы {g}, {w} заняло всё | {h}{w} стояли, но прошли
проскочили за {w}, повезло | ехали{v}, {w} в очереди | прошли{v} за {w}
""")
RANGE = _lines("""
проходят{c} за {r} | сейчас{c} в среднем {r} | люди проходят за {r}, говорят
по отзывам{c} {r} стоять | ждать{c} {r}, не меньше | {h}закладывайте {r}
""")
CLOCK = _lines("""
встали в очередь в {t1}, прошли в {t2} | заехали в {t1}, выехали в {t2}
в {t1} встали в хвост, в {t2} уже на той стороне | встали в {t1}, в {t2} прошли паспортный контроль
{h}очередь заняли в {t1}, границу прошли в {t2}
""")
ONGOING = _lines("""
стоим{c} уже {e} | уже {e} стоим | {e} в очереди, движения нет | стоим {e}, еле ползём
{h}стоим {e}, конца не видно | {e} стоим, кто знает что там впереди? | торчим тут {e} 😩
в очереди {e}, пока без движения | мы{c} {e}, сдвинулись чуть-чуть
""")
POSITION = _lines("""
стоим {e}, мы на {p} км | уже {e} стоим, до границы {p} км | {e} в очереди, мы на {p}-м км
прошло {e}, мы на {p} км от КПП | мы на {p} км, стоим {e} | {h}{e} стоим, до поста осталось {p} км
""")
QUEUE_KM = _lines("""
очередь{c} км {k} | очередь{c} {k} км | хвост{c} {k} км | пробка{c} {k} км{d}
{h}очередь около {k} км, стоит намертво | сейчас хвост км {k}, двигается медленно
по навигатору пробка {k} км | очередь растянулась на {k} км | кто едет{v}: хвост {k} км
километров {k} очередь{c} | говорят, очередь{c} {k} км | мы на {k} км от границы
до погранперехода ещё {k} км
""")
VEHICLES = _lines("""
впереди около {n} машин | {h}в очереди {n} машин | очередь{c} — {n} машин
посчитали, примерно {n} машин до КПП | стоит {n} машин{d}
пограничники говорят, {n} машин в очереди
""")
KM_VEHICLES = _lines("""
очередь {k} км, это примерно {n} машин | хвост {k} км, машин {n}
{h}{k} км пробка, около {n} машин
""")
THROUGHPUT = _lines("""
пропускают{c} {q} | {h}пропускают примерно {q} | сейчас{c} пропускают {q}, очень медленно
на КПП оформляют {q} | погранцы пропускают {q}{d} | считали: проходит {q}
{h}двигается, пропускают {q}
""")
# A news channel's post of an authority's figures (forwarded into the chats): {n} vehicles,
# {q} a throughput, {w} a wait.
OFFICIAL = _lines("""
По данным {src}, в очереди{c} {n} машин | {src}: перед КПП{c} скопилось {n} автомобилей
{src} сообщает, что{c} пропускают {q} | Как сообщает {src}, в очереди{c} около {n} машин
По информации {src}, время ожидания{c} — {w}
""")
AUTHORITIES = {
    "verkhny-lars": ("МВД Северной Осетии", "погранслужбы ФСБ", "главы Северной Осетии"),
    "mashtakovo": ("погранслужбы ФСБ", "МВД Казахстана", "пограничного управления по Оренбургской области"),
    "bugristoye": ("погранслужбы ФСБ", "пограничного управления по Оренбургской области"),
    "kyakhta": ("погранслужбы ФСБ", "правительства Бурятии"),
    "torfyanovka": ("погранслужбы ФСБ", "таможни"),
}
EMPTY = _lines("""
очереди{c} нет, проехали сразу | {h}пусто, машин почти нет | сейчас{c} свободно, минут за 40 прошли
""")
CHECKS = _lines("""
{x} | на паспортном {x} | {h}{x}, прошли нормально | у нас {x} | на выезде {x} | {x}, больше ничего
""")
DONE_CHECKS = _lines("""прошли за {w}, {x} | пересекли{c} за {w}. {x} | {w} стояли, {x}""")
MODES = _lines("""{m} | {h}{m} | {m}, проверено сегодня | сейчас{c} {m}""")
DONE_MODES = _lines("""пешком прошли{c} за {w} | на велике прошли за {w} | на мотике {w} заняло""")
ENTRY = _lines("""
на въезд{c} пусто, прошли за {w} | обратно в Россию проехали за {w}
на въезд в РФ очереди нет, {w} | въезд{c} — {w}, машин мало | в сторону России свободно, {w}
""")
HEARSAY = ("говорят, ", "пишут, что ", "в соседнем чате пишут: ", "друг пишет: ")

# {x} phrases and {m} phrases: the facts they state are fixed by the text itself
CHECK_PHRASES = _lines("""
телефон смотрели | смотрели телефоны, листали переписку | спрашивали про военник
спросили про военный билет и категорию | расспрашивали куда и зачем едем | была беседа с ФСБ
пробивали по базам | некоторых разворачивают | одного парня развернули
говорят, у КПП поставили военкомат | у КПП вручают повестки | ничего не проверяли
телефон не смотрели | про военник не спрашивали | вопросов не задавали
""")
MODE_PHRASES = _lines("""
пешком пропускают | пешком не пускают | на велике прошли | велосипедистов пропускают
на самокате пускают | мотоциклы объезжают очередь | на автобусе быстрее | фуры стоят отдельно
""")

# ---- chatter and questions: no facts, or facts of other kinds ---------------------------
QUESTIONS = _lines("""
сколько сейчас стоять{c}? | какая сейчас очередь{c}? | кто сейчас{c}, как обстановка?
пешком пускают? | а военник спрашивают? | телефоны смотрят? | на велике можно пройти?
{h}есть кто в очереди? сколько стоите? | подскажите, сколько машин впереди сейчас{c}?
а с категорией годности выпускают? | ребят, движется вообще? | где сейчас хвост?
есть смысл ехать ночью? | кто прошёл сегодня, отпишитесь пожалуйста
а если есть повестка, выпустят? | таксисты до границы сколько берут? | заправки по дороге работают?
вода и еда в очереди есть? | {v} сейчас быстрее? | а на автобусе пускают?
что с интернетом у границы? | какие документы нужны?
загранник обязателен или по внутреннему можно? | кто знает, военкомат на границе правда поставили?
правда что закроют границу? | а с ребёнком пропускают без очереди? | где можно переночевать рядом?
сколько стоит страховка на машину? | нужна ли доверенность на машину? | что делать если развернули?
обменник на той стороне работает? | а по какой дороге лучше объезжать пробку? | кто сейчас едет{v}?
""")
CHATTER = _lines("""
всем удачи 🙏 | держитесь, ребята | спасибо за инфу! | кто на машине до {town}, возьмите попутчика
в 200 км от Москвы пробка, жесть | билеты в Ереван по 180 тысяч, с ума сошли
рейс SU 1234 задержали на 3 часа | бензин на трассе по 52 | местные продают воду по 100 рублей
таксисты просят 40 тысяч до границы | ахаха классика | не паникуйте, всё будет хорошо
админ, закрепите инструкцию | удалите рекламу пожалуйста | кто-нибудь спит вообще?
анекдот: на границе спрашивают цель поездки, а он отвечает — жить
шутка дня: эту очередь видно из космоса | мемы про очередь уже лучше новостей
сколько сейчас доллар в обменниках? | в 3 часа ночи тут как днём | главное не сдавайтесь
ребята, не пишите в чат без дела | у кого есть зарядка type-c? стоим возле кафе
продам самокат, на границе пригодится | вода нужна? у нас лишняя | добрый вечер всем
доброе утро, кто живой? | молимся за всех 🙏 | читаю чат и офигеваю | новости от 21.09 видели?
мой брат вчера уехал, пока молчит | в 2014 такого не было | говорят, с 1 октября закроют границу
слышал, что с понедельника выезд мужчинам запретят | пишут, что введут военное положение
обещали что 300 тысяч и всё, ага | мама звонит каждый час 😅 | кто из Самары едет, давайте колонной
купили пауэрбанк на 20000 мАч, советую | на трассе гаишники тормозят всех подряд
""")
CONTACTS = _lines("""
кто едет из {city} до границы, возьму попутчика, звоните {phone}
есть место в машине, пишите {user} | ищу водителя до границы, мой номер {phone}
возьму двоих попутчиков, {user} в лс | скину инструкцию, пишите на почту {mail}
потерял брата в очереди, если видели — {phone}
""")

# ---- slot values ------------------------------------------------------------------------
# crossing -> fields split by " // " or a new line: where, via, country reached, heading,
# exit words, entry words, hashtags, the town before the border; alternatives split by " | "
CROSSING_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {c: tuple(
    tuple(f.split(" | ")) for f in fields.strip().replace("\n", " // ").split(" // "))
    for c, fields in {
    "verkhny-lars": """на Ларсе | на Верхнем Ларсе | в Казбеги | на грузинской границе | на Kazbegi
через Ларс | через Верхний Ларс | через Казбеги | через Kazbegi // в Грузии
Ларс: | Верхний Ларс — | Kazbegi: | по Ларсу: | Upper Lars: // на выезд | в Грузию | из РФ
в РФ | обратно в Россию // #ларс | #верхнийларс | #грузия // Владикавказа""",
    "mashtakovo": """в Маштаково | на Маштаково | в Маштакове | на Сырыме | на КПП Маштаково
через Маштаково | через Сырым // в Казахстане
Маштаково: | Маштаково-Сырым — | Mashtakovo: // на выезд | в Казахстан | в РК
в РФ | обратно // #маштаково | #казахстан // Уральска""",
    "bugristoye": """на Бугристом | в Бугристом | под Троицком | на Кайраке
через Бугристое | через Троицк | через Кайрак // в Казахстане
Бугристое: | Троицк/Бугристое — | Bugristoye: // на выезд | в Казахстан
в РФ | обратно // #бугристое | #казахстан // Троицка""",
    "kyakhta": """в Кяхте | на Кяхте | в Алтанбулаге | на монгольской границе | на Kyakhta
через Кяхту | через Кяхту | через Алтанбулаг // в Монголии
Кяхта: | Кяхта — | Kyakhta: // на выезд | в Монголию
в РФ | обратно в Россию // #кяхта | #монголия // Кяхты""",
    "torfyanovka": """на Торфяновке | в Торфяновке | на Vaalimaa | на Ваалимаа | на финской границе
через Торфяновку | через Ваалимаа | через Vaalimaa // в Финляндии
Торфяновка: | Vaalimaa: | МАПП Торфяновка — // на выезд | в Финляндию | в Финку
в РФ | обратно // #торфяновка | #финляндия // Выборга""",
}.items()}
HOUR_UNITS = {1: "час", 2: "часа", 3: "часа", 4: "часа"}
HOUR_WORDS = {2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть", 7: "семь",
              8: "восемь", 9: "девять", 10: "десять", 12: "двенадцать", 15: "пятнадцать"}
DAY_WORDS = {24: ("сутки", "24 часа", "целые сутки"), 36: ("полтора суток", "1,5 сут", "1.5 суток"),
             48: ("двое суток", "2 суток", "2 сут", "48 часов"), 60: ("2,5 суток",),
             72: ("трое суток", "3 суток", "3 сут"), 84: ("3,5 суток",),
             96: ("четверо суток", "4 суток", "4 сут"), 120: ("пятеро суток", "5 суток")}
KM_WORDS = {5: "пять", 10: "десять", 15: "пятнадцать", 20: "двадцать", 30: "тридцать"}
COUNT_WORDS = {300: ("триста", "несколько сотен"), 500: ("пятьсот", "полтыщи"),
               1000: ("тысяча", "около тысячи", "тыща"), 1500: ("полторы тысячи",),
               2000: ("две тысячи", "пара тысяч"), 3000: ("три тысячи",)}
CITIES = ("Москвы", "Питера", "Самары", "Уфы", "Казани", "Новосибирска", "Екатеринбурга",
          "Иркутска", "Улан-Удэ", "Оренбурга", "Перми", "Краснодара")
FIRST_NAMES = tuple("""
Артём Дмитрий Максим Иван Алексей Сергей Никита Егор Андрей Михаил Кирилл Илья Роман
Павел Денис Антон Глеб Тимур Руслан Олег Вадим Виктор Григорий Лев Марк Фёдор Ярослав
Анна Мария Екатерина Ольга Наталья Юлия Дарья Алина Ксения Полина Вера Софья Елена
Kate Max Alex Dima Nick Sasha Tanya Misha Lena Vlad Artur Zhenya
""".split())
NAME_SUFFIXES = ("", "", "", "", " К.", " М.", " 🇬🇪", " С.", "_", " 🚗", " П.", " Z.")
USERNAMES = ("@artem_drive77", "@lars_poputchik", "@kate_travels_demo", "@dima_na_granice",
             "@max_kolonna", "@sasha_vyezd", "@misha_from_samara", "@nick_border_2022")
MAIL_USERS = ("poputchik", "lars.info", "vyezd2022", "kolonna.help", "granica.demo")
MAIL_DOMAINS = ("example.com", "example.org", "example.net")
TAILS = ("", "", "", "", "", "", " 🙏", " 😩", " 🚗", " 😅", " 👍", " 🤬", " 😢", "!!", "..",
         " ((", " )", "!")
LINKS = ("https://t.me/granitsa_demo_news/{n}", "https://t.me/molva_synthetic_map/{n}",
         "https://example.org/queue-map?id={n}")
FORWARDED_FROM = ("Граница онлайн (демо-канал)", "Новости выезда — синтетика",
                  "Очереди на границах [пример]")
FILE_NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"
VOICE = {"file": FILE_NOT_INCLUDED, "media_type": "voice_message", "mime_type": "audio/ogg"}
# fmt: on


# ---- saying numbers the way people write them -------------------------------------------
def say_hours(x: float, rng: random.Random) -> str:
    """A duration as people write it: "40 минут", "полтора часа", "19ч", "двое суток"."""
    if x < 0.9:
        m = max(10, round(x * 6) * 10)
        return rng.choice((f"{m} минут", f"минут {m}", f"{m} мин") + ("полчаса",) * (m == 30))
    if x == int(x) and int(x) in DAY_WORDS and rng.random() < 0.6:
        return rng.choice(DAY_WORDS[int(x)])
    if x != int(x):
        s = f"{x:g}".replace(".", ",")
        return rng.choice((f"{s} часа", f"{s}ч", f"{s} ч") + ("полтора часа",) * (x == 1.5))
    n = int(x)
    if n == 1:
        return rng.choice(("час", "1 час", "1ч"))
    if 24 < n < 40 and rng.random() < 0.1:
        return "больше суток"
    unit = "часов" if 11 <= n % 100 <= 14 else HOUR_UNITS.get(n % 10, "часов")
    forms: tuple[str, ...] = (f"{n} {unit}", f"{n} {unit}", f"{n}ч", f"{n} ч", f"{unit} {n}")
    if n in HOUR_WORDS:
        forms += (f"{HOUR_WORDS[n]} {unit}",) * 2
    return rng.choice(forms)


def round_hours(x: float, rng: random.Random) -> float:
    if x < 0.9:
        return max(1 / 6, round(x * 6) / 6)
    if x < 3:
        return max(1.0, round(x * 2) / 2)
    if x < 20:
        return float(round(x / 2) * 2 if rng.random() < 0.2 else round(x))
    if x < 30 and 21 <= x <= 27 and rng.random() < 0.6:
        return 24.0
    if x >= 30 and rng.random() < 0.5:
        return float(round(x / 12) * 12)
    return float(round(x / 5) * 5 if rng.random() < 0.3 else round(x))


def say_range(x: float, rng: random.Random) -> str:
    if x >= 48:
        lo = int(x // 24)
        return rng.choice((f"{lo}-{lo + 1} суток", f"от {lo * 24} до {lo * 24 + 24} часов"))
    lo, hi = max(1, round(x * 0.85)), max(2, round(x * 1.15))
    hi = hi if hi > lo else lo + 1
    return rng.choice((f"{lo}–{hi} часов", f"{lo}-{hi}ч", f"от {lo} до {hi} часов"))


def say_count(n: float, rng: random.Random) -> str:
    n = int(round(n / 100) * 100) if n >= 1000 else max(50, int(round(n / 50) * 50))
    if n in COUNT_WORDS and rng.random() < 0.4:
        return rng.choice(COUNT_WORDS[n])
    r = rng.random()
    if n >= 1000 and r < 0.15:
        return f"{n / 1000:g} тыс".replace(".", ",")
    return f"{n:,}".replace(",", " ") if r < 0.6 else str(n)


def say_rate(per_hour: float, rng: random.Random) -> str:
    """A throughput as people write it: "40 машин в час", "по 10 машин каждые 15 минут",
    "около 1500 машин в сутки"."""
    r = rng.random()
    if r < 0.45:
        n = max(5, int(round(per_hour / 5) * 5))
        return rng.choice((f"{n} машин в час", f"около {n} машин в час", f"{n} авто в час",
                           f"за час {n} машин"))
    if r < 0.7:
        every = rng.choice((10, 15, 20, 30))
        n = max(1, round(per_hour * every / 60))
        return rng.choice((f"по {n} машин каждые {every} минут", f"раз в {every} минут по {n} машин"))
    n = int(round(per_hour * 24 / 100) * 100)
    return rng.choice((f"около {n} машин в сутки", f"{n} машин в сутки", f"примерно {n} авто за сутки"))


def say_km(k: float, rng: random.Random) -> str:
    k = max(1, round(k / 5) * 5 if k > 12 and rng.random() < 0.5 else round(k))
    return KM_WORDS[k] if k in KM_WORDS and rng.random() < 0.2 else str(k)


def say_clock(h: float, offset: float) -> str:
    m = int(round((h + offset) * 6)) * 10 % (24 * 60)
    return f"{m // 60}:{m % 60:02d}"


def say_phone(rng: random.Random) -> str:
    a, b, c = rng.randrange(900, 999), rng.randrange(10, 99), rng.randrange(10, 99)
    forms = (f"+7 {a} 555-{b}-{c}", f"8{a}555{b}{c}", f"+7({a})555{b}{c}", f"+995 555 {b}{c} {a}")
    return rng.choice(forms)


def roughen(text: str, rng: random.Random) -> str:
    """Now and then a typo, a capital letter, an emoji."""
    if rng.random() < 0.12 and len(text) > 8:
        i = rng.randrange(len(text) - 1)
        a, b = text[i], text[i + 1]
        if a.isalpha() and b.isalpha():  # swap, drop or double a letter
            text = text[:i] + rng.choice((b + a, b, a + a + b)) + text[i + 2 :]
    if rng.random() < 0.35:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.05:
        text = text.replace("ё", "е")
    return text + rng.choice(TAILS)


def with_entities(text: str, crossing: str, rng: random.Random) -> list[object]:
    """The text as Telegram writes formatted text: strings mixed with entity objects."""
    r = rng.random()
    if r < 0.35:
        return [{"type": "hashtag", "text": rng.choice(CROSSING_WORDS[crossing][6])}, " " + text]
    if r < 0.6 and " " in text:
        first, rest = text.split(" ", 1)
        return [{"type": "bold", "text": first}, " " + rest]
    if r < 0.85:
        url = rng.choice(LINKS).format(n=rng.randrange(100, 9999))
        return [text + " ", {"type": "link", "text": url}]
    if r < 0.93:
        return [{"type": "mention", "text": rng.choice(USERNAMES)}, ", " + text]
    return [text + ", звоните ", {"type": "phone", "text": say_phone(rng)}]
