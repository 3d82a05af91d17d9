"""Commands typed without the slash, in the four languages ("topics", "комбо", "поруч",
"alertas", or a menu button's label typed out): the command itself, never a library search.

A new person's pass found "topics" answered with "no good answer", "темы" with the signs of an
opioid overdose, "рядом" with using alone, "cerca" with safer injecting, "спросить" with
tramadol, "olvidar" with GHB and "стоп" with safer injecting. "start", "menu" and "help" are
read in ``bot.handlers.start``; "overdose" is the emergency card (``bot.handlers.urgent``).
"""

from __future__ import annotations

import re

_END = r"[\s!.,?)]*$"
# command name -> what a person types for it alone in a message (folded: lower case, no
# accents, ё as е)
_WORDS: dict[str, tuple[str, ...]] = {
    "topics": (
        "topics",
        "topic list",
        "browse topics",
        "all topics",
        "темы",
        "все темы",
        "смотреть темы",
        "список тем",
        "теми",
        "всі теми",
        "переглянути теми",
        "список тем",
        "temas",
        "ver temas",
        "todos los temas",
        "lista de temas",
    ),
    "combo": (
        "combo",
        "combos",
        "mixing drugs",
        "mixing",
        "комбо",
        "смешивание веществ",
        "смешивание",
        "змішування речовин",
        "змішування",
        "mezclar sustancias",
        "mezclas",
        "mezclar",
    ),
    "near": (
        "near",
        "find services",
        "services",
        "рядом",
        "найти службы",
        "службы",
        "поруч",
        "знайти служби",
        "служби",
        "cerca",
        "buscar servicios",
        "servicios",
    ),
    "alerts": (
        "alerts",
        "drug alerts",
        "оповещения",
        "предупреждения",
        "сповіщення",
        "попередження",
        "alertas",
    ),
    "ask": (
        "ask",
        "ask a peer",
        "спросить",
        "спросить консультанта",
        "запитати",
        "запитати консультанта",
        "preguntar",
        "preguntar a un par",
    ),
    "language": (
        "language",
        "change language",
        "язык",
        "сменить язык",
        "мова",
        "змінити мову",
        "idioma",
        "cambiar idioma",
        "cambiar de idioma",
    ),
    "privacy": (
        "privacy",
        "приватность",
        "конфиденциальность",
        "приватність",
        "конфіденційність",
        "privacidad",
    ),
    "forget": (
        "forget",
        "forget me",
        "забыть",
        "забудь меня",
        "забути",
        "забудь мене",
        "olvidar",
        "olvidame",
    ),
    # "stop" ends what waits, or says nothing waits, with the menu ("стоп" found safer injecting)
    "cancel": (
        "cancel",
        "stop",
        "отмена",
        "отменить",
        "стоп",
        "скасувати",
        "скасуй",
        "cancelar",
        "parar",
    ),
}
# a person asked for instead of the library: the question for a peer ("can i talk to a human"
# got the police topic)
_TALK = re.compile(
    r"^\s*[¿¡]?(?:(?:(?:can i|could i|i want to|i need to|i wanna|let me|may i) )?"
    r"(?:talk|speak|chat) (?:to|with) (?:a |an |some )?(?:real |actual |live )?"
    r"(?:human|person|someone|somebody|peer|volunteer|people)|"
    r"(?:(?:можно|хочу|мне нужно|дай) )?поговорить с (?:живым )?"
    r"(?:человеком|людьми|консультантом|кем-то|кем-нибудь)|"
    r"(?:(?:можна|хочу|мені треба) )?поговорити з (?:живою )?(?:людиною|людьми|консультантом|кимось)|"
    r"(?:(?:puedo|quiero|necesito) )?hablar con (?:una |un |alguien )?(?:persona(?: real)?|alguien|"
    r"par|humano|ser humano))(?: por favor| please| пожалуйста| будь ласка)?[\s!.,?)]*$"
)
_BY_WORDS = {words: name for name, all_words in _WORDS.items() for words in all_words}
_TYPED = re.compile(
    r"^\s*("
    + "|".join(re.escape(w) for w in sorted(_BY_WORDS, key=len, reverse=True))
    + r")"
    + _END
)
NAMES = frozenset(_WORDS)


def typed_command(text: str | None) -> str | None:
    """The command a message typed without the slash asks for ("temas" -> "topics"), or None."""
    if not text or len(text) > 40:
        return None
    from bot.library.cues import fold  # not at start: the phrase rules load once the bot polls

    folded = fold(text).lower()
    found = _TYPED.match(folded)
    if found:
        return _BY_WORDS[found.group(1)]
    return "ask" if _TALK.match(folded) else None
