"""A local news site for the fetch tests (pytest-httpserver on a free port): feeds, sitemaps, pages."""

from __future__ import annotations

from pathlib import Path

TRADE = ("Товарооборот между Минском и Москвой в 2023 году составил 5 млрд долларов, сообщили в "
         "Мингорисполкоме. Стороны договорились расширить поставки техники и продовольствия.")


def page(title: str, text: str = TRADE, date: str = "2024-02-10") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='article:published_time' content='{date}'></head><body><nav>Главная</nav>"
            f"<article><h1>{title}</h1><p>{text}</p><p>Это второй абзац новости о сотрудничестве регионов.</p>"
            "</article><footer>© Новости</footer></body></html>")


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """items: (path, title, RFC 822 date)."""
    body = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                   for p, t, d in items)
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Лента</title>"
            f"{body}</channel></rss>")


def sitemap(base: str, items: list[tuple[str, str]]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{d}</lastmod></url>" for p, d in items)
    return f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"


def write_config(path: Path, sites: str, **settings) -> Path:
    base = {"delay_seconds": 0, "timeout_seconds": 0.5, "retries": 2, "backoff_seconds": 0.01, "max_page_mb": 10,
            "user_agent": "TradeboardTest/1.0"}
    base.update(settings)
    head = "[settings]\n" + "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in base.items())
    path.write_text(head + sites, encoding="utf-8")
    return path
