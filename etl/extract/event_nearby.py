"""Sides and events told across a sentence's edge or its clauses: a forum's guests named in the next
sentence by a pronoun for it, a delegation's head named in the next sentence, a later clause of a
sentence telling a contact of another pair (docs/extraction.md, "Events: sides in less usual roles")."""

from __future__ import annotations

import re

from etl.extract.event_article import ArticlePlaces
from etl.extract.event_cues import JOINED
from etl.extract.event_sides import Participant, participants

# "Ее возглавил председатель Гомельского облисполкома", "В ее составе — …": who the delegation before is
_LED = re.compile(r"\W*(?:(?:ее|делегацию)\s+возглав\w+|возглав\w+\s+(?:ее|делегацию)|в\s+ее\s+состав\w*)")


def _next_sentence(article: ArticlePlaces, k: int) -> str | None:
    """The text of the sentence after sentence k, None after the last."""
    if k + 1 >= len(article.spans):
        return None
    s0, s1 = article.spans[k + 1]
    return article.text[s0:s1]


def _folded(s: str) -> str:
    """`s` lower-cased with ё as е, as the cue patterns here are written."""
    return s.lower().replace("ё", "е")


def joined_next(article: ArticlePlaces, k: int, found: list) -> list[Participant]:
    """A forum (or a joint body's session) whose own sentence names its host alone ("Сегодня в Могилеве
    начал работу форум") and whose guests the next sentence names by a pronoun for it ("Участие в нем
    принимает делегация Брянской области"): the guests, as sides from the sentences around (start -1)."""
    if not any(c.type in ("forum", "commission") for c in found) or (nxt := _next_sentence(article, k)) is None \
            or not JOINED.match(_folded(nxt)):
        return []
    return [Participant(p.code, -1, -1, "context", "context")
            for p in participants(nxt, article.context(k + 1), article.of(k + 1))
            if p.role not in ("venue", "posted", "goods")]


def led_next(article: ArticlePlaces, k: int) -> list[str]:
    """The places of the next sentence when it tells who led or made up the delegation before ("Белорусская
    делегация побывала в Курской области. Ее возглавил председатель Гомельского облисполкома")."""
    if (nxt := _next_sentence(article, k)) is None or not _LED.match(_folded(nxt)):
        return []
    return [m.code for m in article.of(k + 1) if m.code]


# "Его принял Премьер-министр Республики Беларусь", "Ее принял Президент Узбекистана": the visitor before, received
# by a state's leader
_LEADER_RECEIVED = re.compile(r"\W*(?:в\s+[^\s,.;:]+\s+)?(?:его|ее|их)\s+(?:принял|принимал|встретил)[аи]?\s+"
                              r"(?:президент|премьер-министр|председатель\s+правительства)\w*\s")


def leader_received_next(article: ArticlePlaces, k: int) -> set[str]:
    """The states whose leader the next sentence says received the visitor of this one by a pronoun ("… побывал в
    Минске. Его принял Премьер-министр Республики Беларусь"): a visit to that state's capital is the state's."""
    if (nxt := _next_sentence(article, k)) is None or not _LEADER_RECEIVED.match(_folded(nxt)):
        return set()
    return {m.code for m in article.of(k + 1) if m.code and "-" not in m.code}
