"""How the pages say times and places: "обновлено 12 мин назад", neighbour countries' names."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache
from importlib import resources

STALE = timedelta(hours=6)  # an estimate whose newest report is older looks stale

COUNTRIES = {
    "ru": {"GE": "Грузия", "KZ": "Казахстан", "MN": "Монголия", "CN": "Китай", "FI": "Финляндия",
           "EE": "Эстония", "LV": "Латвия", "LT": "Литва", "PL": "Польша", "BY": "Беларусь",
           "UA": "Украина", "AZ": "Азербайджан", "NO": "Норвегия", "KP": "КНДР", "AB": "Абхазия",
           "OS": "Южная Осетия"},
    "en": {"GE": "Georgia", "KZ": "Kazakhstan", "MN": "Mongolia", "CN": "China", "FI": "Finland",
           "EE": "Estonia", "LV": "Latvia", "LT": "Lithuania", "PL": "Poland", "BY": "Belarus",
           "UA": "Ukraine", "AZ": "Azerbaijan", "NO": "Norway", "KP": "North Korea", "AB": "Abkhazia",
           "OS": "South Ossetia"},
}


@cache
def _cities_ru() -> dict[str, str]:
    text = (resources.files("molva") / "data" / "cities_ru.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


def city_name(city: str | None, lang: str) -> str | None:
    """A city's name as the page's reader writes it: "Москва" on the Russian pages (data/cities_ru.tsv,
    from GeoNames), the GeoNames English name otherwise or where no Russian one is known."""
    if city is None or lang != "ru":
        return city
    return _cities_ru().get(city, city)


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def ago(then: datetime | None, now: datetime, lang: str) -> str:
    """ "обновлено 12 мин назад" / "updated 12 min ago"; "нет данных" without a time."""
    if then is None:
        return "нет данных" if lang == "ru" else "no data"
    minutes = max(0, int((now - then).total_seconds() // 60))
    if lang == "ru":
        if minutes < 1:
            return "обновлено только что"
        if minutes < 60:
            return f"обновлено {minutes} мин назад"
        hours = minutes // 60
        if hours < 48:
            return f"обновлено {hours} {_ru_plural(hours, 'час', 'часа', 'часов')} назад"
        days = hours // 24
        return f"обновлено {days} {_ru_plural(days, 'день', 'дня', 'дней')} назад"
    if minutes < 1:
        return "updated just now"
    if minutes < 60:
        return f"updated {minutes} min ago"
    hours = minutes // 60
    if hours < 48:
        return f"updated {hours} h ago"
    return f"updated {hours // 24} days ago"


def is_stale(then: datetime | None, now: datetime) -> bool:
    return then is None or now - then > STALE


def hours(value: float | None, lang: str) -> str:
    """A wait as people read it: "45 мин", "7,5 ч", "3 сут 2 ч" / "45 min", "7.5 h", "3 d 2 h"."""
    if value is None:
        return "—"
    ru = lang == "ru"
    if value < 1:
        return f"{round(value * 60)} {'мин' if ru else 'min'}"
    if value < 48:
        text = f"{value:.1f}".rstrip("0").rstrip(".")
        return f"{text.replace('.', ',') if ru else text} {'ч' if ru else 'h'}"
    days, rest = divmod(round(value), 24)
    return f"{days} {'сут' if ru else 'd'} {rest} {'ч' if ru else 'h'}"
