"""Deterministic synthetic Russian regional news: most articles carry no trade figure, some do.

Built from our own template sentences (no web text). `generate(n, seed)` yields
{"id", "published", "title", "text"} dicts of roughly 1,500–3,000 characters; `iter_feed(n, seed)`
yields the same articles one at a time, for corpora too large to hold.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

REGIONS = ("Брестская область", "Гомельская область", "Гродненская область", "Могилевская область",
           "Витебская область", "Нижегородская область", "Смоленская область", "Брянская область",
           "Татарстан", "Челябинская область", "Омская область", "Приморский край")
PARTNERS = ("Россией", "Беларусью", "Китаем", "Казахстаном", "Узбекистаном", "Москвой", "Минском")
PEOPLE = ("Иван Петров", "Анна Сидорова", "Олег Кузнецов", "Мария Волкова", "Сергей Морозов")
FILLER = (
    "В областном центре прошел фестиваль народного творчества, который собрал гостей из соседних районов.",
    "Синоптики обещают на выходных переменную облачность и небольшие дожди без резких перепадов давления.",
    "Губернатор {person} провел прием граждан и поручил ускорить ремонт дорог в сельской местности.",
    "В школах региона начался прием заявлений на участие в олимпиадах по математике и физике.",
    "Городские власти открыли новый сквер с детской площадкой и велосипедными дорожками.",
    "На местном предприятии запустили линию по выпуску упаковки, создано около сорока рабочих мест.",
    "Спортсмены области завоевали три медали на открытом первенстве по легкой атлетике.",
    "Библиотека подготовила выставку редких книг, посвященную истории края и его жителей.",
    "В районной больнице установили новое оборудование для диагностики, сообщили в управлении здравоохранения.",
    "Фермеры начали уборку зерновых, урожайность в среднем оказалась выше прошлогодней.",
    "Делегация {region} обсудила с коллегами программу культурного обмена и молодежные проекты.",
    "Организаторы форума рассчитывают, что в нем примут участие более 300 человек из 12 стран.",
    "Стоимость проезда в общественном транспорте с 1 марта вырастет на 5 рублей.",
)
TRADE = (
    "Товарооборот {region_gen} с {partner} в первом полугодии составил {v} млн долларов, увеличившись на {p} %.",
    "По итогам прошлого года объем торговли {region_gen} с {partner} превысил {v} млн долларов.",
    "Экспорт предприятий региона в январе–сентябре вырос на {p} % и достиг ${v} млн.",
    "Стороны планируют довести товарооборот до {v0} млрд долларов к {year} году.",
)
GENITIVE = {"Татарстан": "Татарстана", "Приморский край": "Приморского края"}


def _genitive(region: str) -> str:
    if region in GENITIVE:
        return GENITIVE[region]
    adj, noun = region.split()
    return adj[:-2] + "ой области"


def _article(rng: random.Random, k: int) -> dict:
    region = rng.choice(REGIONS)
    published = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(3000))
    sentences = []
    while sum(len(s) for s in sentences) < rng.randrange(1500, 2800):
        sentences.append(rng.choice(FILLER).format(person=rng.choice(PEOPLE), region=_genitive(region)))
    if rng.random() < 0.15:
        tpl = rng.choice(TRADE)
        sentences.insert(rng.randrange(len(sentences)), tpl.format(
            region_gen=_genitive(region), partner=rng.choice(PARTNERS), v=rng.randrange(20, 900),
            v0=rng.randrange(1, 5), p=f"{rng.randrange(1, 60)},{rng.randrange(10)}",
            year=published.year + rng.randrange(1, 4)))
    title = f"{region}: новости дня"
    return {"id": f"syn-{k:06d}", "published": published.isoformat(), "title": title,
            "text": " ".join(sentences)}


def iter_feed(n: int = 10_000, seed: int = 20250814) -> Iterator[dict]:
    """n synthetic articles one at a time, the same for the same seed."""
    rng = random.Random(seed)
    for k in range(n):
        yield _article(rng, k)


def generate(n: int = 10_000, seed: int = 20250814) -> list[dict]:
    """n synthetic articles, the same for the same seed."""
    return list(iter_feed(n, seed))
