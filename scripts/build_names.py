"""Build src/molva/data/names_latin.txt: first names in Latin letters, for the scrubber.

Cyrillic names are found by pymorphy3's dictionary at run time (Name/Surn/Patr tags); in
Latin script ("Alexei Smirnov") there is no such dictionary, so this script writes the
common Russian, Ukrainian and neighbouring first names in the usual transliterations
(BGN/PCGN, passport and informal spellings), plus common English first names.
Run: python scripts/build_names.py
"""

from __future__ import annotations

from itertools import product
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "molva" / "data"
OUT = DATA / "names_latin.txt"
FORMS = DATA / "names_forms.txt"

CYRILLIC = """
александр алексей анатолий андрей антон аркадий арсений артём артем артур богдан борис вадим
валентин валерий василий виктор виталий владимир владислав всеволод вячеслав геннадий георгий
герман глеб григорий давид даниил данила денис дмитрий евгений егор иван игорь илья иосиф кирилл
константин лев леонид максим марк матвей михаил никита николай олег павел пётр петр платон роман
ростислав руслан святослав семён семен сергей станислав степан тимофей тимур фёдор федор филипп
эдуард юрий яков ярослав азамат айдар алан алик амир арсен аслан ахмед багаутдин батраз вахтанг
георгий гиви давид заур зураб ибрагим ильдар ильяс камиль мурат нодар рамзан ринат рустам сослан
тамерлан хасан шамиль эльдар
александра алина алиса алла анастасия ангелина анна антонина валентина валерия вера вероника
виктория галина дарья диана ева евгения екатерина елена елизавета жанна зинаида зоя инна ирина
камила карина кира клавдия кристина ксения лариса лидия любовь людмила маргарита марина мария
милана надежда наталья наталия нина оксана олеся ольга полина раиса светлана софия софья таисия
тамара татьяна ульяна эвелина элина юлия яна
саша шура лёша леша алёша дима митя женя ваня вова володя коля миша паша петя серёжа сережа
слава стас тёма тема толя федя юра костя гоша гена витя вадик макс никитос андрюха серёга
маша даша катя лена оля таня наташа настя света ира юля аня галя надя люда лиза соня вика
олександр олексій андрій богдан василь віктор володимир дмитро євген іван ігор микола михайло
олег павло петро сергій тарас юрій ярослав оксана олена ірина наталія тетяна юлія катерина
"""

ENGLISH = """
john james robert michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
peter zachary douglas harold kyle noah carl arthur gerald roger keith jeremy terry lawrence sean
christian albert joe ethan austin jesse willie billy bryan bruce jordan ralph roy alan wayne eugene
juan gabriel louis russell randy vincent philip logan bobby harry johnny tom tim mike dave chris
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha
katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia
joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline
martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace
denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
kayla alexis lori kate jane lucy julia natalia sofia eva nina vera
"""

# Cyrillic → Latin, with the spellings people use: "й" as y or i, "х" as kh or h, and so on.
TABLE: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ё": ("yo", "e"),
    "ж": ("zh",), "з": ("z",), "и": ("i",), "й": ("y", "i"), "к": ("k",), "л": ("l",), "м": ("m",),
    "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",), "у": ("u",),
    "ф": ("f",), "х": ("kh", "h"), "ц": ("ts",), "ч": ("ch",), "ш": ("sh",), "щ": ("shch", "sch"),
    "ъ": ("",), "ы": ("y",), "ь": ("",), "э": ("e",), "ю": ("yu", "iu"), "я": ("ya", "ia"),
    "і": ("i",), "ї": ("yi", "i"), "є": ("ye", "ie"), "ґ": ("g",),
}
MAX_VARIANTS = 8


def latin(name: str) -> set[str]:
    options = [TABLE.get(ch, (ch,)) for ch in name]
    out = set()
    for parts in product(*options):
        out.add("".join(parts))
        if len(out) >= MAX_VARIANTS:
            break
    # Common spellings a letter-by-letter table misses: Aleksey/Alexei, Dmitriy/Dmitry.
    for word in list(out):
        out.add(word.replace("ks", "x"))
        if word.endswith("iy"):
            out.add(word[:-2] + "y")
            out.add(word[:-2] + "i")
        if word.endswith("ey"):
            out.add(word[:-2] + "ei")
        if word.endswith("iya"):
            out.add(word[:-3] + "ia")
    if name[0] in "её":  # "Yelena", "Yevgeny", "Yegor"
        out |= {"y" + w for w in out if w.startswith("e")}
    return {w for w in out if len(w) >= 3}


def build() -> list[str]:
    names: set[str] = set(ENGLISH.split())
    for name in CYRILLIC.split():
        names |= latin(name)
    return sorted(names)


def case_forms() -> list[str]:
    """Every case form of the common Cyrillic first names that is not also an ordinary word
    ("сергея", "наташей"; not "вера", "лев"): how a name written in lower case is found."""
    import pymorphy3

    analyzers = {"ru": pymorphy3.MorphAnalyzer(lang="ru"), "uk": pymorphy3.MorphAnalyzer(lang="uk")}
    forms: set[str] = set()
    for name in CYRILLIC.split():
        morph = analyzers["uk" if any(c in "іїєґ" for c in name) else "ru"]
        for parse in morph.parse(name):
            if "Name" in parse.tag:
                forms |= {f.word for f in parse.lexeme}
                break
    out = []
    for form in sorted(forms):
        morph = analyzers["uk" if any(c in "іїєґ" for c in form) else "ru"]
        other = sum(p.score for p in morph.parse(form) if not {"Name", "Surn", "Patr"} & set(p.tag.grammemes))
        if other < 0.2:
            out.append(form)
    return out


def write(path: Path, what: str, lines: list[str]) -> None:
    path.write_text(f"# {what} for the scrubber; built by scripts/build_names.py\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    print(f"{path}: {len(lines)} lines")


def main() -> None:
    write(FORMS, "Case forms of common first names (lower case)", case_forms())
    write(OUT, "First names in Latin letters", build())


if __name__ == "__main__":
    main()
