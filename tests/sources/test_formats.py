"""Readers of every format and encoding, on files written here (no shared fixtures)."""

import datetime as dt
import json

import pytest

from etl.sources import LineError, SourceError, iter_articles, read_path
from etl.sources.jsonl import MAX_LINE_BYTES

TEXT = ("Товарооборот между Минском и Москвой в 2023 году составил 5,1 млрд долларов, сообщили в "
        "Мингорисполкоме. Стороны договорились расширить поставки.")
HTML = f"""<html><head><meta charset="utf-8"><title>Минск и Москва</title>
<meta property="article:published_time" content="2024-03-05T10:00:00+03:00">
<link rel="canonical" href="https://belta.by/news/1">
<script>var secret = "Товарооборот составил 999 млрд долларов";</script></head>
<body><nav>Главная Новости</nav><article><h1>Минск и Москва</h1><p>{TEXT}</p>
<p>Делегации обсудили сотрудничество в промышленности и логистике на следующий год.</p></article>
<footer>© БелТА</footer></body></html>"""


def _write(path, text, encoding="utf-8", sidecar=None):
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    if sidecar is not None:
        path.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    return path


def test_html_main_text_title_date_url_without_script(tmp_path):
    [art] = read_path(_write(tmp_path / "a.html", HTML))
    assert TEXT in art.body
    assert "999" not in art.body and "Главная" not in art.body and "БелТА" not in art.body
    assert (art.title, art.published, art.url) == ("Минск и Москва", dt.date(2024, 3, 5), "https://belta.by/news/1")


def test_html_sidecar_wins(tmp_path):
    side = {"published": "2024-03-07", "url": "https://x.by/1", "title": "Своё", "source": "БелТА"}
    [art] = read_path(_write(tmp_path / "a.html", HTML, sidecar=side))
    assert (art.published, art.url, art.title, art.source) == (dt.date(2024, 3, 7), "https://x.by/1", "Своё", "БелТА")


def test_html_in_cp1251(tmp_path):
    [art] = read_path(_write(tmp_path / "a.htm", HTML.replace("utf-8", "windows-1251"), "cp1251"))
    assert art.encoding == "cp1251" and TEXT in art.body


def test_html_without_a_date_is_null_not_guessed_from_the_text(tmp_path):
    page = f"<html><body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    [art] = read_path(_write(tmp_path / "a.html", page))
    assert art.published is None
    assert "date unresolved" in art.notes


def test_truncated_html_without_text_is_rejected_by_name(tmp_path):
    path = _write(tmp_path / "cut.html", HTML[:300])
    with pytest.raises(SourceError, match="cut.html: no article text"):
        read_path(path)


@pytest.mark.parametrize(("raw", "encoding"), [
    (TEXT.encode("utf-8"), "utf-8"), (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("cp1251"), "cp1251"),
], ids=["utf8", "bom", "cp1251"])
def test_plain_text_with_sidecar_in_every_encoding(tmp_path, raw, encoding):
    side = {"published": "2024-01-15", "url": "https://x.by/2", "title": "Заголовок", "source": "СБ"}
    [art] = read_path(_write(tmp_path / "a.txt", raw, sidecar=side))
    assert art.body == TEXT
    assert (art.encoding, art.published, art.title, art.url) == (encoding, dt.date(2024, 1, 15), "Заголовок",
                                                                 "https://x.by/2")


def test_plain_text_without_sidecar_has_no_date(tmp_path):
    [art] = read_path(_write(tmp_path / "a.txt", TEXT))
    assert art.published is None and "date unresolved" in art.notes


@pytest.mark.parametrize(("raw", "reason"), [
    (b"", "file is empty"), (b"  \n\n ", "file is empty"),
    (bytes(range(256)) * 10, "binary file"),
    (TEXT.encode("utf-8")[:50] + b"\xff\xfe" + TEXT.encode("utf-8"), "invalid UTF-8 at byte 50"),
], ids=["empty", "blank", "binary", "invalid-utf8"])
def test_unreadable_text_is_rejected_with_path_and_reason(tmp_path, raw, reason):
    path = _write(tmp_path / "bad.txt", raw)
    with pytest.raises(SourceError, match=f"bad.txt: {reason}"):
        read_path(path)


def test_whole_file_size_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("TRADEBOARD_MAX_FILE_MB", "0.001")
    with pytest.raises(SourceError, match="over the 0 MB limit"):
        read_path(_write(tmp_path / "big.txt", TEXT * 20))


def test_jsonl_bad_lines_are_reported_and_the_rest_loads(tmp_path):
    good = json.dumps({"id": "1", "published": "2024-01-01", "text": TEXT}, ensure_ascii=False)
    lines = [good.encode(), b"{not json", b'{"id": "3"}', b'{"id": "4", "text": "\xff\xfe"}',
             json.dumps({"id": "5", "published": "14 марта", "text": "x"}).encode(),
             json.dumps({"id": "6", "text": TEXT + " Ещё."}, ensure_ascii=False).encode()]
    items = list(iter_articles(_write(tmp_path / "f.jsonl", b"\n".join(lines))))
    errors = [str(i) for i in items if isinstance(i, LineError)]
    arts = [i for i in items if not isinstance(i, LineError)]
    assert [a.external_id for a in arts] == ["1", "6"]
    assert arts[1].published is None and "date unresolved" in arts[1].notes
    assert [e.split(": ", 1)[0].rsplit(":", 1)[1] for e in errors] == ["2", "3", "4", "5"]
    assert "not JSON" in errors[0] and "'text'" in errors[1] and "not UTF-8" in errors[2] and "ISO date" in errors[3]


def test_jsonl_overlong_line_is_skipped_without_reading_it_whole(tmp_path):
    path = tmp_path / "long.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"id": "1", "text": "' + b"a" * (MAX_LINE_BYTES + 10) + b'"}\n')
        fh.write(json.dumps({"id": "2", "text": TEXT}, ensure_ascii=False).encode() + b"\n")
    items = list(iter_articles(path))
    assert isinstance(items[0], LineError) and "long.jsonl:1" in str(items[0])
    assert items[1].external_id == "2"


def test_jsonl_passages_behind_one_url_stay_apart(tmp_path):
    rows = [{"id": f"p{i}", "url": "https://x.by/1", "published": "2024-01-01", "text": f"{TEXT} {i}"}
            for i in range(2)]
    path = _write(tmp_path / "f.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    assert len({a.article_id for a in read_path(path)}) == 2
