"""Table-driven tests of the parts, on invented sentences."""

import datetime as dt

import pymorphy3
import pytest

from etl.extract import extract
from etl.extract.amount import find_money
from etl.extract.bound import bound_before
from etl.extract.change import find_changes
from etl.extract.period import find_periods, resolve_period
from etl.extract.places import find_places
from etl.reference import load_regions

MORPH = pymorphy3.MorphAnalyzer()


@pytest.mark.parametrize("text, value, currency", [
    pytest.param("превысил 1,6 млрд долларов", 1.6e9, "USD", id="mlrd-usd"),
    pytest.param("составил $1,6 млрд", 1.6e9, "USD", id="dollar-sign-before"),
    pytest.param("достиг 1\u00a0234,5 млн рублей", 1234.5e6, "RUB?", id="nbsp-bare-rub"),
    pytest.param("около 12\u202f500 тыс. евро", 12.5e6, "EUR", id="narrow-nbsp-eur"),
    pytest.param("230 млрд российских рублей", 230e9, "RUB", id="rub-qualified"),
    pytest.param("12,5 млн белорусских рублей", 12.5e6, "BYN", id="byn-qualified"),
    pytest.param("почти 3 миллиарда юаней", 3e9, "CNY", id="cny-words"),
    pytest.param("полтора миллиарда долларов", 1.5e9, "USD", id="words-poltora"),
    pytest.param("около миллиарда долларов", 1e9, "USD", id="bare-milliard"),
    pytest.param("полмиллиарда долларов", 0.5e9, "USD", id="polmilliarda"),
    pytest.param("триста миллионов долларов", 3e8, "USD", id="hundreds-in-words"),
    pytest.param("около двухсот миллионов долларов", 2e8, "USD", id="hundreds-genitive"),
    pytest.param("4.01 млн долл. США", 4.01e6, "USD", id="decimal-point"),
    pytest.param("2 млрд 148,1 млн долларов", 2148.1e6, "USD", id="compound"),
])
def test_money(text, value, currency):
    (m,) = find_money(text)
    assert m.value == pytest.approx(value) and m.currency == currency


@pytest.mark.parametrize("text", [
    pytest.param("работают 600 нижегородских компаний", id="count"),
    pytest.param("вывезли 1,2 млн тонн зерна", id="tonnes"),
    pytest.param("в 2024 году", id="year"),
])
def test_not_money(text):
    assert find_money(text) == []


def test_money_shared_multiplier():
    assert [(m.value, m.currency) for m in find_money("составили 102, 87 и 95 млн долларов")] == [
        (102e6, "USD"), (87e6, "USD"), (95e6, "USD")]
    assert [m.value for m in find_money("в 2023 и 187 млн долларов")] == [187e6]


@pytest.mark.parametrize("dash", ["-", "–", "—", "‒", "−"])
def test_money_range_any_dash(dash):
    (m,) = find_money(f"до 1,5{dash}1,7 млрд долларов")
    assert (m.value, m.value_hi) == (1.5e9, pytest.approx(1.7e9))


@pytest.mark.parametrize("text, pct, bound", [
    pytest.param("вырос на 43,3 %", 43.3, "eq", id="na-pct"),
    pytest.param("превысил 21 млн долларов, рост составил 44 %", 44.0, "eq", id="rost-sostavil"),
    pytest.param("снизился на 12 %", -12.0, "eq", id="down"),
    pytest.param("сократился на 5 процентов", -5.0, "eq", id="down-word"),
    pytest.param("увеличился в 1,8 раза", 80.0, "eq", id="times"),
    pytest.param("вырос почти в четыре раза", 300.0, "approx", id="times-words-approx"),
    pytest.param("вырос вдвое", 100.0, "eq", id="vdvoe"),
    pytest.param("увеличился втрое", 200.0, "eq", id="vtroe"),
    pytest.param("вырос на треть", 33.3, "eq", id="third"),
    pytest.param("прибавил более чем на 20 %", 20.0, "gt", id="more-than"),
    pytest.param("экспорт (+9%)", 9.0, "eq", id="plus"),
    pytest.param("темп роста 127 %", 27.0, "eq", id="growth-index"),
    pytest.param("(132,8 % к соответствующему периоду)", 32.8, "eq", id="index-paren"),
])
def test_change(text, pct, bound):
    (c,) = find_changes(text)
    assert c.pct == pytest.approx(pct, abs=0.05) and c.bound == bound


@pytest.mark.parametrize("text", [
    pytest.param("доля региона — 8 %", id="share"),
    pytest.param("на республику приходится 60 % оборота", id="share-2"),
])
def test_not_change(text):
    assert find_changes(text) == []


@pytest.mark.parametrize("text, bound", [
    pytest.param("превысил 5 млн", "gt", id="prevysil"),
    pytest.param("составил более 5 млн", "gt", id="bolee"),
    pytest.param("свыше 5 млн", "gt", id="svyshe"),
    pytest.param("не более 5 млн", "lt", id="ne-bolee"),
    pytest.param("менее 5 млн", "lt", id="menee"),
    pytest.param("около 5 млн", "approx", id="okolo"),
    pytest.param("порядка 5 млн", "approx", id="poryadka"),
    pytest.param("без малого 5 млн", "approx", id="bez-malogo"),
    pytest.param("приблизился к 5 млн", "approx", id="priblizilsya"),
    pytest.param("составил 5 млн", "eq", id="eq"),
])
def test_bound(text, bound):
    assert bound_before(text, text.index("5 млн")) == bound


PUB = dt.date(2025, 8, 14)


@pytest.mark.parametrize("text, published, start, end", [
    pytest.param("в первом полугодии", PUB, "2025-01-01", "2025-06-30", id="half"),
    pytest.param("в первом полугодии", dt.date(2025, 2, 10), "2024-01-01", "2024-06-30", id="half-not-over"),
    pytest.param("в 2024 году", PUB, "2024-01-01", "2024-12-31", id="year"),
    pytest.param("по итогам прошлого года", PUB, "2024-01-01", "2024-12-31", id="last-year"),
    pytest.param("в минувшем году", PUB, "2024-01-01", "2024-12-31", id="minuvshem"),
    pytest.param("во втором квартале", PUB, "2025-04-01", "2025-06-30", id="q2"),
    pytest.param("в I квартале 2023 года", PUB, "2023-01-01", "2023-03-31", id="q1-roman"),
    pytest.param("за три квартала", dt.date(2025, 11, 1), "2025-01-01", "2025-09-30", id="three-quarters"),
    pytest.param("в январе–мае", PUB, "2025-01-01", "2025-05-31", id="jan-may"),
    pytest.param("за январь-сентябрь 2024 года", PUB, "2024-01-01", "2024-09-30", id="jan-sep"),
    pytest.param("за 9 месяцев", dt.date(2025, 11, 1), "2025-01-01", "2025-09-30", id="nine-months"),
    pytest.param("за шесть месяцев", PUB, "2025-01-01", "2025-06-30", id="six-months-words"),
    pytest.param("с начала года", PUB, "2025-01-01", "2025-07-31", id="ytd"),
])
def test_period(text, published, start, end):
    (p,) = [p for p in find_periods(text) if p.role == "own"]
    got = resolve_period(p, published, True)[:2]
    assert got == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def _inflect(name: str, case: str) -> str:
    words = []
    for w in name.split():
        p = MORPH.parse(w)[0]
        f = p.inflect({case})
        word = f.word if f and p.tag.POS in ("NOUN", "ADJF") and not w.isupper() else w
        words.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
    return " ".join(words)


def _region_rows():
    for r in load_regions():
        name = r.name_ru.split(" — ")[0].split(" (")[0]
        yield pytest.param(r.code, name, id=r.code)


@pytest.mark.parametrize("code, name", list(_region_rows()))
def test_every_region_in_two_cases(code, name):
    for phrase in (f"товарооборот с {_inflect(name, 'ablt')}", f"{name} наращивает поставки"):
        codes = [m.code for m in find_places(phrase)]
        assert code in codes, (phrase, codes)


@pytest.mark.parametrize("phrase, code", [
    pytest.param("с Подмосковьем", "RU-MOS", id="podmoskovye"),
    pytest.param("Могилевщины", "BY-MA", id="mogilevshchina"),
    pytest.param("на Гомельщине", "BY-HO", id="gomelshchina"),
    pytest.param("Брянщина", "RU-BRY", id="bryanshchina"),
    pytest.param("в Приморье", "RU-PRI", id="primorye"),
    pytest.param("Кузбасса", "RU-KEM", id="kuzbass"),
    pytest.param("Югры", "RU-KHM", id="yugra"),
    pytest.param("с Белоруссией", "BY", id="belorussiya"),
    pytest.param("с Кыргызстаном", "KG", id="kyrgyzstan"),
    pytest.param("Северной столицы", "RU-SPE", id="north-capital"),
    pytest.param("с российской столицей", "RU-MOW", id="russian-capital"),
    pytest.param("белорусской столицы", "BY-HM", id="belarus-capital"),
    pytest.param("Петербургом", "RU-SPE", id="peterburg"),
    pytest.param("импорт из РФ", "RU", id="rf"),
    pytest.param("импорт в РТ", "RU-TA", id="rt"),
    pytest.param("нижегородских компаний", "RU-NIZ", id="adjective"),
    pytest.param("Орёл и Брест", "RU-ORL", id="yo"),
])
def test_alias(phrase, code):
    assert code in [m.code for m in find_places(phrase)]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Переговоры Минска и Пекина продолжились. Товарооборот между Минском и Пекином "
                 "в 2024 году составил 3 млрд долларов.", ("BY", "CN"), id="capital-as-state"),
    pytest.param("Товарооборот между «Гродненской областью» и Китаем в 2024 году вырос на 12 %.",
                 ("BY-HR", "CN"), id="quotes"),
])
def test_pair(text, expected):
    (f,) = extract(text, PUB)
    assert (f.a, f.b) == expected


@pytest.mark.parametrize("text, status, year", [
    pytest.param("Брестская область и Китай планируют довести товарооборот до 1 млрд долларов к 2027 году.",
                 "target", 2027, id="plan"),
    pytest.param("Товарооборот Брестской области с Китаем в 2026 году составит 1 млрд долларов.",
                 "target", 2026, id="future-verb"),
    pytest.param("Товарооборот Брестской области с Китаем в 2024 году составил 1 млрд долларов.",
                 "reported", 2024, id="reported"),
])
def test_status(text, status, year):
    (f,) = extract(text, PUB)
    assert f.status == status and f.period_start.year == year


@pytest.mark.parametrize("text", [
    pytest.param("Доля Китая во внешней торговле Брестской области — 8 %.", id="share"),
    pytest.param("Китайские инвесторы вложили в Гродненскую область 50 млн долларов.", id="investment"),
    pytest.param("На форуме Брестской области и Китая подписаны контракты на 100 млн долларов.", id="contracts"),
    pytest.param("Более 120 участников из Нижегородской области приедут в Гродно.", id="participants"),
    pytest.param("Цена газа для Белоруссии составит 128 долларов за тысячу кубометров.", id="price"),
    pytest.param("Растут объемы торговли между российской столицей и Беларусью.", id="no-number"),
])
def test_not_a_fact(text):
    assert extract(text, PUB) == []


def test_bare_rubles_note():
    (f,) = extract("Товарооборот Псковской области с Беларусью в 2024 году составил 10 млрд рублей.", PUB)
    assert f.currency == "RUB" and "currency inferred" in f.notes
