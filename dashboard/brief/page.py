"""BriefContent → one self-contained HTML page, A4, for Chromium to print or screenshot.

Charts are the Pair page's own figures (dashboard/pair_summary.pair_figures) drawn as SVG by
plotly.js, inlined from the installed plotly package; a Content-Security-Policy forbids every
request, so nothing is fetched while printing. Every number carries the numbers of its sources.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from urllib.parse import urlsplit

import plotly.offline

from dashboard import pair_summary
from dashboard.brief.content import BriefContent, Event, Source, row_key
from dashboard.filters import caption
from dashboard.flows import flow_label, flow_with_metric
from dashboard.i18n import STRINGS, format_period, t
from dashboard.numbers import format_change, format_value

MAX_SOURCES = 40  # about a page of them: page one's remainder and page two
MAX_BACKS = 3  # figures named under one source
WIDTH_PX = 700  # A4 (210 mm) less 2 × 12 mm margins at 96 px per inch
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:"

STYLE = f"""
@page {{ size: A4; margin: 12mm; }}
* {{ box-sizing: border-box; }}
html, body {{ margin: 0; background: #fff; }}
body {{ font-family: {FONT}; font-size: 8.5pt; color: #1b1b1b; line-height: 1.3;
        font-variant-ligatures: none; }}  /* "fi" stays two letters when copied from the PDF */
.sheet {{ width: {WIDTH_PX}px; }}
@media screen {{ body {{ padding: 12mm; }} }}
header {{ border-bottom: 2px solid #1f5fa8; padding-bottom: 4px; margin-bottom: 6px; }}
.kicker {{ color: #1f5fa8; font-size: 8pt; text-transform: uppercase; letter-spacing: .04em; }}
h1 {{ font-size: 16pt; margin: 2px 0; }}
h2 {{ font-size: 10pt; margin: 8px 0 3px; color: #1f5fa8; }}
.meta {{ color: #555; font-size: 7.5pt; }}
.latest {{ display: flex; gap: 6px; }}
.fig {{ flex: 1; border: 1px solid #d5dbe3; border-radius: 4px; padding: 4px 6px; }}
.fig .label {{ color: #555; font-size: 7.5pt; }}
.fig .value {{ font-size: 14pt; font-weight: bold; }}
.fig .change {{ font-size: 9pt; color: #2e8b57; }}
.fig .change.neg {{ color: #b03a2e; }}
.ref {{ color: #1f5fa8; font-size: 7pt; vertical-align: super; }}
.chart {{ margin-top: 4px; }}
ul {{ margin: 0; padding-left: 14px; }}
li {{ margin: 1px 0; }}
.bar {{ display: inline-block; width: 80px; height: 7px; background: #e5e9ef; vertical-align: middle;
        margin-left: 4px; }}
.bar span {{ display: block; height: 7px; background: #1f5fa8; }}
.quote {{ color: #444; font-style: italic; }}
ol.sources {{ margin: 0; padding-left: 20px; font-size: 7pt; }}
ol.sources li {{ break-inside: avoid; }}
.backs {{ color: #666; }}
a {{ color: #1f5fa8; text-decoration: none; word-break: break-all; }}
footer {{ margin-top: 6px; border-top: 1px solid #d5dbe3; padding-top: 3px; color: #666; font-size: 7pt; }}
code {{ font-family: DejaVu Sans Mono, monospace; font-size: 7pt; }}
"""


def format_date(d: dt.date | None, lang: str) -> str:
    """14.08.2025 in Russian, 2025-08-14 in English; a dash when unknown."""
    if d is None:
        return "—"
    return d.strftime("%d.%m.%Y") if lang == "ru" else d.isoformat()


def render_html(content: BriefContent, lang: str, made: dt.date, command: str, max_sources: int = MAX_SOURCES) -> str:
    """The whole page. `made` is the date printed on it; `command` the CLI line that remakes it;
    at most `max_sources` sources are listed, the rest counted."""
    numbers = {aid: i + 1 for i, aid in enumerate(content.sources)}
    parts = [_header(content, lang, made), _latest(content, lang, numbers), _charts(content, lang),
             _targets(content, lang, numbers), _events(content, lang, numbers),
             _sources(content, lang, numbers, command, max_sources),
             f'<footer>{escape(t("brief_reproduce", lang, cmd=""))}<code>{escape(command)}</code></footer>']
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            f"<title>{escape(_name(content, lang))}</title><style>{STYLE}</style>"
            f"<script>{plotly.offline.get_plotlyjs()}</script></head>"
            f'<body><div class="sheet">{"".join(parts)}</div></body></html>')


def _name(content: BriefContent, lang: str) -> str:
    return pair_summary.focus_name(content.kind, content.code, lang, content.region_name)


def _header(content: BriefContent, lang: str, made: dt.date) -> str:
    def metric_name(m):
        return t(f"metric_{m}", lang)
    filters = caption(content.state, lang, content.region_name, metric_name)
    return (f'<header><div class="kicker">{escape(t("brief_kicker", lang))}</div>'
            f"<h1>{escape(_name(content, lang))}</h1>"
            f'<div class="meta">{escape(t("brief_made", lang, date=format_date(made, lang)))} · '
            f'{escape(t("brief_filters", lang, caption=filters))}</div></header>')


def _refs(content: BriefContent, key: tuple, numbers: dict[str, int]) -> str:
    ids = sorted(numbers[a] for a in content.backing.get(key, []) if a in numbers)
    return f'<span class="ref">[{", ".join(map(str, ids))}]</span>' if ids else ""


def _latest(content: BriefContent, lang: str, numbers: dict[str, int]) -> str:
    head = f'<h2>{escape(t("brief_latest", lang))}</h2>'
    # Flows the sources give only as changes show their latest change, as on the Pair page.
    changes = pair_summary.latest_changes(content.series, content.usd)
    if not content.latest and not changes:
        return head + f'<p>{escape(t("brief_no_latest", lang))}</p>'
    boxes = []
    for f in changes:
        label = (f"{flow_with_metric(f.metric, f.a, f.b, content.region_name, lang)} · "
                 f"{format_period(f.period_start, f.period_end, lang)}")
        value = format_change(f.change_pct, lang, f.bound, False)
        boxes.append(f'<div class="fig"><div class="label">{escape(label)}</div>'
                     f'<div class="value">{escape(value)}{_refs(content, row_key(f), numbers)}</div></div>')
    for f in content.latest:
        change = ""
        if f.change_pct is not None:
            sign = " neg" if f.change_pct < 0 else ""
            change = f'<div class="change{sign}">{escape(format_change(f.change_pct, lang))}</div>'
        label = (f"{flow_with_metric(f.metric, f.a, f.b, content.region_name, lang)} · "
                 f"{format_period(f.period_start, f.period_end, lang)}")
        value = format_value(f.value, f.currency, lang, f.bound)
        boxes.append(f'<div class="fig"><div class="label">{escape(label)}</div>'
                     f'<div class="value">{escape(value)}{_refs(content, row_key(f), numbers)}</div>'
                     f"{change}</div>")
    boxes = boxes[len(changes):] + boxes[:len(changes)]  # levels first
    return head + f'<div class="latest">{"".join(boxes)}</div>'


def _charts(content: BriefContent, lang: str) -> str:
    values, growth = pair_summary.pair_figures(content.series, content.kind, content.code, lang, content.usd,
                                               content.region_name)
    out = []
    for fig, height, missing in ((values, 300, "no_levels"), (growth, 240, "no_growth")):
        if fig is None:
            out.append(f'<p class="meta">{escape(t(missing, lang))}</p>')
            continue
        fig.update_layout(width=WIDTH_PX, height=height, font={"family": FONT, "size": 10},
                          title={"font": {"size": 12}}, margin={"l": 70, "r": 10, "t": 34, "b": 28},
                          legend={"font": {"size": 9}, "y": -0.1}, paper_bgcolor="white",
                          xaxis_title=None)  # the dates say it; the legend sits where the title was
        fig.update_yaxes(title_font_size=8)
        out.append('<div class="chart">' + fig.to_html(full_html=False, include_plotlyjs=False,
                                                       config={"staticPlot": True, "displayModeBar": False})
                   + "</div>")
    return "".join(out)


def _targets(content: BriefContent, lang: str, numbers: dict[str, int]) -> str:
    if not content.targets:
        return ""
    items = []
    for g in content.targets:
        flow = flow_label(g.target.metric, g.target.a, g.target.b, content.region_name)
        metric = f"{t('metric_' + g.target.metric, lang)} ({flow})"  # as the Pair page names it
        target = format_value(g.target.value, g.target.currency, lang, g.target.bound)
        refs = _refs(content, row_key(g.target), numbers)
        if g.actual is None:
            text = t("target_no_actual", lang, metric=metric, target=target, end=g.target.period_end.year)
            items.append(f"<li>{escape(text)}{refs}</li>")
            continue
        text = t("target_progress", lang, metric=metric, target=target, end=g.target.period_end.year,
                 actual=format_value(g.actual.value, g.actual.currency, lang, g.actual.bound),
                 period=format_period(g.actual.period_start, g.actual.period_end, lang),
                 pct=format_change(g.pct, lang).lstrip("+"))
        width = min(max(g.pct, 0.0), 100.0)
        items.append(f"<li>{escape(text)}{refs}{_refs(content, row_key(g.actual), numbers)}"
                     f'<span class="bar"><span style="width:{width:.0f}%"></span></span></li>')
    return f'<h2>{escape(t("targets", lang))}</h2><ul>{"".join(items)}</ul>'


def _events(content: BriefContent, lang: str, numbers: dict[str, int]) -> str:
    if content.events is None:
        return ""  # a warehouse built before events were extracted: no section at all
    head = f'<h2>{escape(t("brief_events", lang))}</h2>'
    if not content.events:
        return head + f'<p class="meta">{escape(t("brief_no_events", lang))}</p>'
    return head + "<ul>" + "".join(_event(e, content, lang, numbers) for e in content.events) + "</ul>"


def _event(e: Event, content: BriefContent, lang: str, numbers: dict[str, int]) -> str:
    when = format_date(e.date_start, lang)
    if e.date_end and e.date_end != e.date_start:
        when += f"–{format_date(e.date_end, lang)}"
    key = f"brief_event_{e.type}_{e.status}"
    kind = t(key, lang) if key in STRINGS else f"{e.type} ({e.status})"
    quote = e.quote if len(e.quote) <= 170 else e.quote[:167] + "…"
    ref = f'<span class="ref">[{numbers[e.article_id]}]</span>' if e.article_id in numbers else ""
    where = f"{content.region_name(e.a)} — {content.region_name(e.b)}"
    return (f"<li><b>{escape(when)}</b> · {escape(kind)} · {escape(where)}: "
            f'<span class="quote">{escape(quote)}</span>{ref}</li>')


def _sources(content: BriefContent, lang: str, numbers: dict[str, int], command: str, limit: int) -> str:
    backs = _backs(content, lang)
    items = [_source(s, backs.get(s.article_id, []), lang) for s in list(content.sources.values())[:limit]]
    more = len(content.sources) - limit
    tail = ""
    if more > 0:
        export = command.replace("tradeboard brief", "tradeboard export", 1).split(" --lang")[0] + " -o facts.csv"
        tail = f'<p class="meta">{escape(t("brief_more_sources", lang, n=more, cmd=export))}</p>'
    return f'<h2>{escape(t("brief_sources", lang))}</h2><ol class="sources">{"".join(items)}</ol>{tail}'


def _backs(content: BriefContent, lang: str) -> dict[str, list[str]]:
    """For each article, the figures it stands behind, as the brief writes them."""
    out: dict[str, list[str]] = {}
    for r in content.series.itertuples():
        f = pair_summary.figure(r, content.usd)
        flow = flow_with_metric(f.metric, f.a, f.b, content.region_name, lang)  # the direction, never "export"
        text = f"{flow} · {format_period(f.period_start, f.period_end, lang)}"
        if f.status == "target":
            text += f" · {t('status_target', lang)}"
        if f.value is not None:
            text += f": {format_value(f.value, f.currency, lang, f.bound, derived=bool(r.is_derived))}"
        if f.change_pct is not None:
            text += f" ({format_change(f.change_pct, lang, f.bound, f.value is not None)})"
        for aid in content.backing.get(row_key(f), []):
            out.setdefault(aid, []).append(text)
    return out


def _source(s: Source, backs: list[str], lang: str) -> str:
    name = s.title or (urlsplit(s.url).hostname if s.url else None) or s.article_id
    name = name if len(name) <= 140 else name[:137] + "…"
    name = f"«{name}»" if lang == "ru" else f"“{name}”"
    meta = " — ".join(x for x in (s.publisher, format_date(s.published, lang)) if x)
    link = (f'<a href="{escape(s.url, quote=True)}">{escape(s.url)}</a>' if s.url
            else escape(t("brief_no_link", lang)))
    shown = backs[:MAX_BACKS] + ([f"+{len(backs) - MAX_BACKS}"] if len(backs) > MAX_BACKS else [])
    backs_html = f'<div class="backs">{escape("; ".join(shown))}</div>' if shown else ""
    return f"<li>{escape(name)} — {escape(meta)} — {link}{backs_html}</li>"
