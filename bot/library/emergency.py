"""Does a message describe an overdose happening now? Checked before any search.

Patterns for every language are tried whatever the person's language is (people switch).
A bare "overdose" word counts when the message is short or urgent ("передоз", "OD help!"),
not when it asks about signs or prevention ("признаки передоза" is a question, answered
by search).
"""

from __future__ import annotations

import re

from bot.library.textproc import fold

_IN_PROGRESS = [
    # English
    r"\b(not|isn'?t|aint|ain'?t|stopped|stop|barely|hardly|no longer|isnt)\s+breath(ing|es|e)?\b",
    r"\bno (pulse|breathing)\b",
    r"\bcan'?t (wake|get) (him|her|them|my|me|her up|him up)",
    r"\b(won'?t|wont|will not|doesn'?t|doesnt|isn'?t|isnt|not)\s+(wake|waking|respond|responding|come to|coming to)\b",
    r"\bunresponsive\b",
    r"\b(turning|going|gone|went|is|are|looks?)\s+(blue|purple|grey|gray)\b",
    r"\b(blue|purple) lips\b",
    r"\blips\s+(are\s+)?(turning\s+|going\s+)?(blue|purple)\b",
    r"\b(overdose|od)\s+(right now|now|rn)\b",
    r"\bpassed out and\b",
    r"\bgurgling\b",
    r"\bsnoring\b.*\b(can'?t|won'?t|not)\b.*\bwake\b",
    # Russian
    r"\bне\s+дыш",
    r"\bперестал[аи]?\s+дышать\b",
    r"\bне\s+просыпа",
    r"\bне\s+приход[ия]т\s+в\s+себя\b",
    r"\bне\s+реагиру",
    r"\bне\s+откликает",
    r"\bбез\s+сознания\b",
    r"\bпосинел|\bсинеет\b|\bсинеют\b|\bгубы\s+синие\b|\bсиние\s+губы\b",
    r"\bоткача(ть|ть\s|йте|ем|ли)",
    r"\bумирает\b",
    r"\bхрипит\b",
    # Ukrainian
    r"\bне\s+дих",
    r"\bперестав\s+дихати\b|\bперестала\s+дихати\b",
    r"\bне\s+прокида",
    r"\bне\s+приход(ить|ять)\s+до\s+тями\b",
    r"\bне\s+реагу",
    r"\bбез\s+свідомості\b",
    r"\bпосинів|\bпосиніла|\bсиніє\b|\bсиніють\b|\bгуби\s+сині\b|\bсині\s+губи\b",
    r"\bвідкача(ти|йте|ємо)",
    r"\bпомирає\b",
    # Spanish (accents folded)
    r"\bno\s+respira",
    r"\bdej[oa]\s+de\s+respirar\b",
    r"\bapenas\s+respira",
    r"\bno\s+(se\s+)?despierta\b",
    r"\bno\s+reacciona\b",
    r"\bno\s+responde\b",
    r"\binconsciente\b",
    r"\b(poniendo|puso|pone|esta|se\s+puso)\s+(azul|morad[oa])\b",
    r"\blabios\s+(azules|morados)\b",
    r"\bse\s+(esta\s+)?muriendo\b",
]
_IN_PROGRESS_RE = re.compile("|".join(f"(?:{p})" for p in _IN_PROGRESS))

# An overdose named as happening, unless the message asks how to recognise one.
_WEAK = re.compile("|".join([  # noqa: FLY002 - one pattern per line reads better
    r"\b(he'?s|she'?s|they'?re|i'?m|is|are|am|hes|shes|theyre|im)\s+(od'?ing|oding|overdosing|od|having an overdose)\b",
    r"\boverdosing\b",
    r"\b(tiene|teniendo|esta\s+teniendo|le\s+dio)\s+una\s+sobredosis\b",
    r"\bпередознул",
    r"\bпередознув",
]))
_OVERDOSE_WORD = re.compile(
    r"\b(передоз\w*|передозировк\w*|передозуванн\w*|overdos\w*|od|sobredosis|sobredosi)\b"
)
_URGENT = re.compile(
    r"(\bhelp\b|\bnow\b|\burgent|\bquick|\bhurry|\bпомогите\b|\bпомоги\b|\bсрочно\b|\bбыстро\b|"
    r"\bдопоможіть\b|\bдопоможи\b|\bтерміново\b|\bшвидко\b|\bayuda\b|\bayudame\b|\burgente\b|"
    r"\brapido\b|\bya\b|!{2,}|\bsos\b)"
)
_INFORMATIONAL = re.compile(
    r"(\bsign|\bsymptom|\bprevent|\bavoid|\brisk|\bwhat is\b|\bwhat are\b|\bhow to know\b|\bhow do i know\b|"
    r"\bhow can i tell\b|\bhow to tell\b|\bpriznak|как понять|як зрозуміти|як дізнатися|\bcomo se si\b|\bcomo saber\b|"
    r"признак|симптом|избежать|предотвра|что такое|риск|ознак|уникнути|запобіг|що таке|"
    r"\bsenal|\bsintoma|\bevitar|\bprevenir|\bque es\b|\briesgo)"
)


def is_emergency(text: str) -> bool:
    """True when the message describes an overdose in progress."""
    folded = fold(text, "es")  # lower case, ё→е, accents removed for Latin letters
    if _IN_PROGRESS_RE.search(folded):
        return True
    informational = _INFORMATIONAL.search(folded) is not None
    if _WEAK.search(folded) and not informational:
        return True
    if _OVERDOSE_WORD.search(folded):
        if informational:
            return False
        if _URGENT.search(folded):
            return True
        return len(re.findall(r"[^\W_]+", folded)) <= 3
    return False
