"""Whether a stated wait is over ("прошли за 20 часов") or still going on ("уже 20 часов тут").

The two are different measurements of the queue (fuse/queue.py): a crossed-after wait says how
long the queue was when its author joined; a wait so far is only a lower bound. Reading a wait
so far as a crossed-after one makes the queue look shorter and faster than it is, so the cues of
being still in the queue are read as carefully as the verbs of crossing:

- a verb of having crossed ("прошли", "crossed", "мы на той стороне") says it is over, except
  when it only says time has passed ("прошло 18 часов, нам ещё 24 км"), is conditional ("прошли
  бы за 45 минут") or is progress along the queue ("проехали от силы км 2");
- otherwise a cue of being still there says it goes on: present-tense verbs of standing and
  crawling, "уже …", "and counting", an hour or day counted as an ordinal ("девятый час"), a
  time since joining ("как встали", "заняли очередь 4 часа назад"), kilometres still to go, or a
  duration spent "в пробке", "в хвосте", "тут";
- with neither, a wait is a report of how long it took (the usual "Ларс 12 часов").

Pure: normalized text in (understand/text.py), "done" or "ongoing" out.
"""

from __future__ import annotations

import re

from molva.understand import patterns as P
from molva.understand.prefilter import prefiltered

# Kilometres still to go: whoever says it has not crossed yet ("за 13 ч доползли, до границы 3 км").
TO_GO = re.compile(
    r"(?:до|to)\s+(?:the\s+)?(?:границ\w*|кпп|поста|шлагбаум\w*|кордону|пункт\w*|погранц\w*|border|checkpoint)"
    r"\W+(?:(?:ещ[её]|ще|осталось|лишилось|left)\s+)?(?:~\s*|около\s+|about\s+)?\d"
    r"|\d+(?:[.,]\d+)?\s*(?:км|km)\s+(?:to\s+go|left|осталось|to\s+(?:the\s+)?(?:border|checkpoint)|"
    r"до\s+(?:границ|кпп|поста|кордон|шлагбаум|погранц))"
    r"|(?:ещ[её]|ще|осталось|лишилось)\s+(?:~\s*)?(?:км\s+\d|\d+(?:[.,]\d+)?\s*(?:км|km)\b)"
    r"|(?:нам|мне)\s+ещ[её]\s+(?:~\s*)?\S+\s+(?:км|km)\b"
)
_DURATION = r"(?:час\w*|ч|h|hrs?|hours?|сут\w*|сутк\w*|дн\w*|дня|доб\w*|годин\w*|мин\w*|min)\.?"
_SOME = (r"(?:\d|час|сут|дво[еи]|тро[еи]|четвер|пол\s*(?:час|дня|сут)|одн[иау]|дн[яей]|доб|годин|"
         r"пар[ау]\s+час)")  # a time's start after "уже", "мы": "уже 5", "уже двое суток", "мы полдня"
STILL = prefiltered(re.compile(
    r"\b(?:кукуем|ползем|тащимся|тянемся|двигаемся|продвигаемся|загораем|простаиваем|стоїмо|"
    r"stuck|and\s+counting|still\s+in|still\s+at|продолжается|сч[её]т\s+ид[её]т|в\s+этой\s+очереди|"
    r"(?:уже|вже)\s+(?:[^\W\d]+\s+){1,3}(?:час|ч\b|мин|сут|дн|дня|доб|годин)|"
    r"(?:уже|вже)\s+(?:[~≈]\s*)?(?:(?:около|почти|больше|более|под|где-то|часов|часа|минут|годин)\s+)?"
    + _SOME + "|"
    r"(?:как|як)\s+(?:встали|заняли|стоим|стали|приехали)|назад\s+(?:встали|заняли|стали)|"
    r"(?:встали|заняли\s+очередь|стали\s+в\s+очередь)\s+(?:\S+\s+){1,3}назад|"
    r"ещ[её]\s+в\s+очереди|ще\s+в\s+черзі|"
    r"(?:\w+надцатый|двадцат\w+|первый|второй|третий|четвертый|пятый|шестой|седьмой|восьмой|девятый|"
    r"десятый)\s+час|"
    r"(?:day|hour)\s+\d+\s+(?:in|of)|\d+\s*(?:h|hrs?|hours?)\s+in\b|we\s*'?re\s+at\s+km|"
    r"без\s+движения|ни\s+туда\s+ни\s+сюда|конца\s+не\s+видно|на\s+одном\s+месте|по\s+метру|"
    r"сдвинулись|продвинулись|движения\s+нет|еле-еле|по\s+чуть-чуть|"
    r"(?:мы|я)\s+(?:уже\s+)?(?:тут|здесь|" + _SOME + ")|"
    + _DURATION + r"\s+(?:тут|здесь|в\s+(?:очереди|пробке|хвосте|черзі))"
    r")"
))
# "Прошло 18 часов" is time passing, "прошли бы" did not happen, "проехали км 2" is progress,
# "заняли очередь" is joining it, "ожидание продолжается" is the wait going on
NOT_CROSSED = re.compile(
    r"\bпрошло\b|\b(?:прошли|проехали|проскочили)\s+бы\b|\bзаняли\s+(?:\w+\s+)?(?:очередь|место)|"
    r"\bожидани\w*\s+продолжа\w*|"
    r"\bпроехали\s+(?:\w+\s+){0,2}(?:км|\d+(?:[.,]\d+)?\s*км|половин\w*|треть|четверть)"
)
# Crossed, whatever else the message says: "простояли", "мы на той стороне", "за шлагбаумом"
CROSSED = prefiltered(re.compile(
    r"\b(?:простоял\w*|отстоял\w*|отмучил\w*|got\s+(?:our\s+)?(?:exit\s+)?stamp\w*|"
    r"(?:мы|я)\s+(?:уже\s+)?на\s+(?:той|другой|\w+ской)\s+стороне|на\s+свободе|за\s+шлагбаумом|"
    r"отстрелялись)\b"
))
# "мы уже в Грузии", but not "вы уже в Грузии?" or "я бы уже в Грузии был" (see `crossed`)
IN_COUNTRY = re.compile(
    r"\b(?:мы|я|ми|уже|вже|сидим)\s+(?:\w+\s+)?в\s+(?:грузии|казахстане|монголии|финляндии|армении|грузії|"
    r"казахстані)\b(?![^.!]*\?)"
)
_WOULD = re.compile(r"\bбы\b")
# Crossed only when nothing says they are still standing: each has other senses ("позади нас ещё
# 5 км", "добрались до хвоста", "ничего не вышло", "в итоге стоим", "вы уже в Грузии?")
CROSSED_WEAK = prefiltered(re.compile(
    r"(?<!не\s)\b(?:оказались|добрались)\b(?!\s+(?:до|в|к)\s+(?:хвост|очеред|пробк|конц|границ|кпп))|"
    r"\b(?:ехали|done|вышло|в\s+итоге|в\s+сумме|пройден\w*)\b|"
    r"\bпозади\b(?!\s+(?:нас|меня|нами|мной))"
))
# "Росіяни стоять у черзі по 30 годин": how long it takes, said of everyone
EACH = re.compile(r"\bпо\s+(?:\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+)?|пол|дв[аео]\w*|тр[иое]\w*|четыр\w*|"
                  r"пят\w*|\w+)\s*" + _DURATION + r"(?!\w)")
# Said of oneself, now: "стоим", "ждём", "мы …", "уже …"
FIRST_PERSON = re.compile(r"\b(?:стоим|стою|ждем|жду|торчим|сидим|кукуем|мы|я|уже|вже|стоїмо)\b")


def crossed(norm: str) -> bool:
    """Whether the text says its author (or whoever it reports) got through."""
    if CROSSED.search(norm):
        return True
    if any(not _WOULD.search(norm, max(0, m.start() - 12), m.end()) for m in IN_COUNTRY.finditer(norm)):
        return True
    weak = [m.span() for m in NOT_CROSSED.finditer(norm)]
    return any(
        not any(a <= m.start() < b for a, b in weak) for m in P.DONE.finditer(norm)
    )


def wait_state(norm: str, since: bool = False, to_go: bool = False) -> str:
    """"done" or "ongoing" for the wait a message states. `since`: the wait runs from a clock time
    to now ("с 13:00 стоим"); `to_go`: the message gives kilometres still ahead as its length."""
    if crossed(norm):
        return "done"
    ongoing = P.ONGOING.search(norm)
    if not (since or to_go or ongoing or STILL.search(norm)):
        return "done"
    of_oneself = FIRST_PERSON.search(norm)
    if CROSSED_WEAK.search(norm) and not (ongoing or of_oneself):
        return "done"
    if EACH.search(norm) and not since and not of_oneself:
        return "done"
    return "ongoing"
