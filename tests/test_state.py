"""Whether a stated wait is over or still going on (understand/state.py), and that the extractor
uses it: a wait so far read as a crossed-after one would make the queue look short and fast."""

import pytest

from molva.understand.extract import Extractor
from molva.understand.gazetteer import Gazetteer
from molva.understand.state import crossed, wait_state
from molva.understand.text import normalize

CASES = [
    # crossed: verbs of getting through, totals, the other side
    ("прошли за 14 часов", "done"),
    ("Простояли в очереди 12 часов, сейчас в Грузии", "done"),
    ("отстояли 9 часов в хвосте", "done"),
    ("ехали, сутки в очереди", "done"),
    ("done, 30 часов от хвоста до шлагбаума", "done"),
    ("мы уже на грузинской стороне, 20 часов", "done"),
    ("got our exit stamp after 11 hours", "done"),
    ("в итоге 17 часов", "done"),
    ("Ларс 12 часов", "done"),  # a bare figure reports how long it takes
    ("Росіяни стоять у черзі по 8–10 годин", "done"),  # said of everyone: how long it takes
    # still there
    ("стоим 7 часов", "ongoing"),
    ("уже 16ч тут, до КПП 2 км", "ongoing"),
    ("уже ~15 часов в пробке", "ongoing"),
    ("Вот уже часов десять в хвосте", "ongoing"),
    ("брат пишет, что стоит уже больше суток", "ongoing"),
    ("стоят уже двое суток", "ongoing"),
    ("мы тут 30 часов, ползём по метру", "ongoing"),
    ("кукуем 12 часов", "ongoing"),
    ("19 часов как заняли очередь", "ongoing"),
    ("заняли очередь 6 часов назад, пока ни с места", "ongoing"),
    ("девятый час на одном месте", "ongoing"),
    ("двенадцатый час в очереди, впереди ещё машин 100", "ongoing"),
    ("утром прошли бы минут за 45, сейчас уже 1 ч 20 мин стоим", "ongoing"),
    ("12 hours and counting", "ongoing"),
    ("we're at km 17 now, 22h in", "ongoing"),
    ("stuck 9 hours, 4 km to the checkpoint", "ongoing"),
    ("day 3 in line at Lars", "ongoing"),
    ("мы 20 часов, сдвинулись чуть-чуть", "ongoing"),
    ("сын пишет, что стоит уже сорок пять минут", "ongoing"),
    ("ожидание продолжается, второй час пошёл", "ongoing"),
    ("тянемся 14 часов, как улитки", "ongoing"),
    ("шлагбаум позади, 6 часов от хвоста", "done"),
    ("граница пройдена за 2 часа", "done"),
    ("сидим уже в Грузии в кафе, на границе было 5 часов", "done"),
    ("стоим в очереди в Грузию 12 часов", "ongoing"),  # into Georgia, not in it yet
    # words of crossing in other senses, beside someone saying they are still standing
    ("Стоим 10 часов, позади нас ещё километров 5", "ongoing"),
    ("Мы ехали 5 часов до границы, на КПП ещё стоим 3 часа", "ongoing"),
    ("Ничего не вышло, стоим 10 часов", "ongoing"),
    ("В итоге стоим уже 12 часов", "ongoing"),
    ("Добрались до хвоста, стоим 3 часа", "ongoing"),
    ("Ребята, вы уже в Грузии? Мы 8 часов стоим", "ongoing"),
    ("Я бы уже в Грузии был, но стоим 10 часов", "ongoing"),
    ("Стоим уже 10 часов, пропускают по 5 машин", "ongoing"),  # "по 5" is not "по 5 часов"
    ("Стоим 8 часов по трассе", "ongoing"),
    ("Мы уже получили штампы, 10 часов", "done"),  # "мы пол…" is not "мы полдня"
    ("ехали, 20 часов в очереди", "done"),
]


@pytest.mark.parametrize(("text", "state"), CASES)
def test_wait_state(text: str, state: str) -> None:
    assert wait_state(normalize(text)) == state


def test_since_a_clock_time_is_ongoing_unless_crossed() -> None:
    assert wait_state(normalize("с 13:00 тут"), since=True) == "ongoing"
    assert wait_state(normalize("с 13:00 до 2 ночи, прошли"), since=True) == "done"
    assert wait_state(normalize("встали в 22:00, проехали от силы км 2"), since=True) == "ongoing"


def test_kilometres_to_go_mean_still_in_the_queue() -> None:
    assert wait_state(normalize("10 часов, впереди 6 км"), to_go=True) == "ongoing"
    # time passing, not crossing (the extractor finds the 24 km and says they are still ahead)
    assert wait_state(normalize("Прошло 18 часов, нам ещё 24 км"), to_go=True) == "ongoing"


@pytest.mark.parametrize("text", ["прошло 5 часов", "прошли бы за час", "проехали км 3 за ночь"])
def test_not_crossed(text: str) -> None:
    assert not crossed(normalize(text))


@pytest.mark.parametrize(
    ("text", "state", "hours"),
    [
        ("Уже 20 часов в хвосте, еле ползём", "ongoing", 20),
        ("Прошли! 20 часов в хвосте", "done", 20),
        ("Прошло 11 часов, до поста ещё 5 км", "ongoing", 11),
    ],
)
def test_extractor_reads_the_state(text: str, state: str, hours: float) -> None:
    report = Extractor(Gazetteer())("1", text, "Верхний Ларс | выезд в Грузию", None)
    assert report.kind == "border"
    assert report.wait_hours == hours
    assert report.wait_state == state
