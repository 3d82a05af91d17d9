"""What a free-text message asks for, before any search: a command, a combination, a service, a topic.

No Telegram here. ``route(text, lang)`` decides, in this order:

* ``command``: the message starts with ``/`` (``/start`` typed as plain text is a command,
  never a search for "start");
* ``service``: a service word (needles, naloxone, testing, methadone... in en/ru/uk/es) with a
  "where / near / in <place>" cue, or a place said first ("Рівне потрібен адвокат", "Чернігів,
  хто видає налоксон"); never for what is in the street supply, mail-in testing, buying kits,
  eating out or sewing needles, nor (without a place) for what the thing is or looks like, whether
  it is free ("метадоновая программа бесплатная?") or whether it exists "here" or in a continent;
  ``service_type`` is a directory type
  (``bot.directory.services.TYPES``) and ``place`` the place text when one is given;
* ``combo``: the message names two different substances or classes (combos.yaml ids, resolved
  with ``ComboChecker`` plus the slang lexicon; a lexicon phrase with only ``expand``, such as
  "coca cola", names nothing); three or more asked "why" are the mixing topic's question; a
  second name set apart ("oxy and not heroin"), one in the supply ("has X now", "pressed with"),
  salt beside tequila and a sex-party invitation are no combination;
* ``topic``: everything else goes to topic search.

Russian or Ukrainian typed in Latin letters that routes to a topic is read again in Cyrillic
(``transliterate``), for a combination or a service only.

The router is built from the loaded library (``Router(checker, lexicon)``); the module-level
``route`` uses the router registered by the running library service, or one built from the
content folder the first time it is needed.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.library.combos import RISK_RANK, ComboChecker, Named, NameKind, ReadingKind, fold
from bot.library.cues import (
    body_homonyms,
    compared_parts,
    everyday_frame,
    in_everyday_phrase,
    in_everyday_purpose,
    is_homonym,
)

if TYPE_CHECKING:
    from bot.library.lexicon import Lexicon


class Route(StrEnum):
    """Where a message goes: a command, the combination card, the service finder, topic search."""

    COMMAND = "command"
    COMBO = "combo"
    SERVICE = "service"
    TOPIC = "topic"


KINDS = tuple(Route)


@dataclass(frozen=True)
class Intent:
    kind: Route
    substances: tuple[str, str] | None = None
    service_type: str | None = None
    place: str | None = None
    command: str | None = None  # the command word without "/", for kind == "command"
    typed: tuple[str, str] | None = None  # the words typed for the two substances (kind == "combo")
    guessed: bool = False  # a name was matched with a typo: the person must confirm it first


# -- service words ------------------------------------------------------------------------------
# Word stems (after folding) per service type. A word matches when it starts with one of them;
# the stems are long enough not to catch unrelated words.
SERVICE_STEMS: dict[str, tuple[str, ...]] = {
    "syringe-services": (
        "needle",
        "syringe",
        "nsp",
        "ssp",
        "needle exchange",
        "syringe exchange",
        "clean works",
        # "works" fresh, new or sterile: the kit, said as people who inject say it ("need fresh
        # works, im in hackney"); "works" alone is everyday English
        "fresh works",
        "new works",
        "sterile works",
        "rigs",
        # needles are "pins" in the UK and Ireland ("where can i get clean pins in glasgow")
        "clean pins",
        "new pins",
        "fresh pins",
        "sterile pins",
        "шприц",
        "иглы",
        "игла",
        "иголк",
        "баян",
        "баяны",
        # Ukrainian plural and genitive ("де взяти чисті баяни", "пачка баянів")
        "баяни",
        "баянів",
        "баянчик",
        "машинк",
        # syringes as "машины" (street Russian and Ukrainian) only when swapped: a car is no kit
        # ("машины поменять во Львове", "де поміняти машини"); an exchange said with them too
        "поменять машин",
        "обменять машин",
        "машины поменять",
        "машины обменять",
        "поміняти машин",
        "обміняти машин",
        "машини поміняти",
        "машини обміняти",
        "обмен шприц",
        "голки",
        "голка",
        "голок",
        "обмін шприц",
        "jeringa",
        "jeringuill",
        "aguja",
        "chuta",
        "chutas",
        "material de inyecc",
        "kit de inyecc",
        # the kits in the plural and in English ("kits de inyección en barna", "injecting kits
        # in leeds"): what the exchange hands out
        "kits de inyecc",
        "injecting kit",
        "injection kit",
        "injecting equipment",
        "material limpio",
        # the exchange named first, so a place typed before it is next to the service
        "intercambio de jeringa",
        "cambio de jeringa",
    ),
    "naloxone": ("naloxon", "narcan", "налоксон", "наркан", "naloxona"),
    "drug-checking": (
        "drug check",
        "drug test",
        "test my",
        "testing my",
        "pill test",
        "reagent",
        "test kit",
        "test strip",
        "check my pills",
        "check my drugs",
        "check my stuff",
        "pills tested",
        "drugs tested",
        "stuff tested",
        # one's drugs "checked" as "tested", and powder, gear, a baggie ("where can i get my
        # powder checked"): a service that tests them, never HIV testing
        "pills checked",
        "drugs checked",
        "stuff checked",
        "powder tested",
        "powder checked",
        "gear tested",
        "gear checked",
        "baggie tested",
        "baggie checked",
        "fentanyl strip",
        "fent strip",
        "проверить вещество",
        "проверить меф",
        "проверить таблетк",
        "проверить наркот",
        "перевірити таблетк",
        "analizar pastillas",
        "analizar mis",
        "tiras de fentanilo",
        # strips named for what they detect ("tiras para fentanilo", "strips for fent", "полоски
        # на фентанил", "смужки для фентанілу", "tiras para detectar")
        "tiras para fent",
        "tiras contra fent",
        "tiras anti fent",
        "tiras antifent",
        "tiras de fent",
        "tiras para detectar",
        "tiras detectoras",
        "strips for fent",
        "strips for nitaz",
        "полоски на фент",
        "полоски для фент",
        "полоски на нитаз",
        "смужки на фент",
        "смужки для фент",
        "смужки на нітаз",
        "тест-полоск",
        "тест полоск",
        "реагент",
        "проверк",
        "перевірити речовин",
        "перевірк",
        "тест-смужк",
        "тест смужк",
        "analiz",
        "análisis de sustancias",
        "analisis de sustancias",
        "reactivo",
        "tiras react",
        "tira react",
        "energy control",
    ),
    "opioid-agonist-therapy": (
        "methadone",
        "methadon",
        "bupe",
        "buprenorphine",
        "suboxone",
        "subutex",
        "oat",
        "ost",
        "mat clinic",
        "opioid substitution",
        "substitution",
        "метадон",
        "бупренорфин",
        "субутекс",
        # Ukrainian spelling and the combined tablet ("де отримати бупренорфін в одесі",
        # "субоксон у львові")
        "бупренорфін",
        "субоксон",
        "заместительн",
        "зпт",
        "опт",
        "замісн",
        "метадон",
        "metadona",
        "buprenorfina",
        "sustitución",
        "sustitucion",
        "tratamiento con metadona",
    ),
    "hiv-testing": (
        "hiv test",
        "hiv-test",
        "тест на вич",
        "тест на віл",
        "вич",
        "віл",
        "prueba de vih",
        "prueba del vih",
        "test de vih",
        "test del vih",
        "vih",
        "hiv",
    ),
    "hepatitis-testing-treatment": (
        "hepatitis",
        "hcv",
        "hep c",
        "гепатит",
        "hepatitis c",
        # Spanish short forms ("la prueba de la hepa c", "la hepa")
        "hepa c",
        "hepa b",
    ),
    "prep-pep": (
        "prep",
        "pep",
        "преп",
        "пеп",
        # "ПрЭП" typed with Э (folded "прэп"), and PEP typed the same way ("где взять пэп")
        "прэп",
        "прэпа",
        "пэп",
        "пэпа",
        "пэпу",
        "пкп",
        "доконтактн",
        "постконтактн",
        "profilaxis",
        "prep y pep",
    ),
    "wound-care": (
        "wound",
        "abscess",
        # ulcers ("ulcers on my legs", "язвы на ногах", "виразки", "úlceras")
        "ulcer",
        "язва",
        "язвы",
        "язву",
        "язвой",
        "язвами",
        "язвах",
        "виразк",
        "úlcera",
        "ulcera",
        "абсцесс",
        "рана",
        "рану",
        # the plural and other cases ("обробляють рани", "обрабатывают раны", "с ранами")
        "раны",
        "рани",
        "ранами",
        "ранах",
        "раной",
        "раною",
        "перевязк",
        "абсцес",
        "перев'язк",
        # dressing a wound: "перевязать ногу", "перев'язати рану", "де перев'яжуть"
        "перевяз",
        "перевяж",
        "перев'яз",
        "перев'яж",
        "herida",
        "absceso",
        # an abscess said as a boil or a pus swelling ("гнойник на ноге", "гнійник після уколу",
        # "фурункул"); "нарыв"/"нарив" only as whole words (_EXACT_ONLY_STEMS), since
        # "нарываться"/"наривається" is asking for trouble
        "гнойник",
        "гнійник",
        "фурункул",
        "нагноени",
        "нагноєнн",
        # an infected injection site or limb ("infected arm", "my injection site got infected")
        "infected arm",
        "infected leg",
        "infected hand",
        "infected foot",
        "infected injection",
        "infected site",
        # (the whole phrase, so it starts where "injection site", a consumption room, does)
        "injection site got infected",
        "injection site is infected",
        "injection site's infected",
        "injection site infected",
    ),
    "supervised-consumption": (
        "safe injection site",
        "consumption room",
        "overdose prevention site",
        "supervised consumption",
        "injection site",
        "injection room",
        "injecting room",
        "sala de consumo",
        "narcosala",
        "комната безопасного",
        "кімната безпечного",
        # the plural and other cases, and using "under supervision" ("є кімнати безпечного
        # вживання?", "где можно употребить под присмотром", "inject under supervision")
        "комнаты безопасного",
        "комнату безопасного",
        "кімнати безпечного",
        "кімнату безпечного",
        # said with "for" ("кімната для безпечного вживання", "комната для безопасного
        # употребления")
        "кімната для безпечного",
        "кімнати для безпечного",
        "кімнату для безпечного",
        "комната для безопасного",
        "комнаты для безопасного",
        "комнату для безопасного",
        "вжити під наглядом",
        "вживати під наглядом",
        "колотися під наглядом",
        "употребить под присмотром",
        "употреблять под присмотром",
        "употребить под наблюдением",
        "употреблять под наблюдением",
        "колоться под присмотром",
        "use under supervision",
        "inject under supervision",
        "consumir bajo supervision",
        "consumir bajo supervisión",
        "inyectarse bajo supervision",
        "inyectarse bajo supervisión",
    ),
    "shelter": (
        "shelter",
        "homeless",
        "sleep tonight",
        "somewhere to crash",
        "place to crash",
        # "anywhere to crash tonight", "a spot to crash": a bed for the night
        "anywhere to crash",
        "spot to crash",
        "crash tonight",
        "бездомн",
        "безхатьк",
        "переночувати",
        "dormir esta noche",
        "dormir hoy",
        "puedo dormir",
        "donde dormir",
        "dónde dormir",
        "situación de calle",
        "situacion de calle",
        "somewhere to sleep",
        "place to sleep",
        "place to stay",
        "ночлежк",
        "переночева",
        "ночлег",
        "переночува",
        "ночівл",
        "donde dormir",
        "dónde dormir",
        "lugar para dormir",
        "приют",
        "притулок",
        "нічліжк",
        # a bed for the night, said as such ("need a bed tonight in ...", "потрібен нічліг у ...")
        "a bed tonight",
        "a bed for the night",
        "a bed for tonight",
        "нічліг",
        # nowhere to sleep, said as such ("негде ночевать", "нема де ночувати", "ніде спати",
        # "nowhere to sleep", "sleeping rough", "any beds tonight")
        "негде ночева",
        "негде спать",
        "негде переночева",
        "нема де ночува",
        "нема де спати",
        "немає де ночува",
        "немає де спати",
        "ніде ночува",
        "ніде спати",
        "nowhere to sleep",
        "nowhere to stay",
        "sleeping rough",
        "sleep rough",
        "slept rough",
        "beds tonight",
        "bed tonight",
        # a bed or a cot for the night said in other words ("койка на ночь", "ліжко на ніч", "una cama
        # esta noche") (session 21)
        "койка на ночь",
        "койку на ночь",
        "ліжко на ніч",
        "ліжка на ніч",
        "cama esta noche",
        "cama para esta noche",
        "cama para la noche",
        "cama para hoy",
        "albergue",
        "refugio",
    ),
    "food": (
        "free food",
        "food bank",
        "free meal",
        "free meals",
        "hot meal",
        "hot meals",
        "hot dinner",
        "hot food",
        "free dinner",
        "free lunch",
        "free breakfast",
        "soup kitchen",
        "soup kitchens",
        "soup run",
        "soup runs",
        "soup van",
        "something to eat",
        "бесплатная еда",
        "бесплатно поесть",
        "поесть",
        "покушать",
        "безкоштовна їжа",
        "поїсти",
        "безкоштовно поїсти",
        "comedor",
        "comida gratis",
        "comer gratis",
        "donde comer",
        "dónde comer",
        # fed for free: "де годують безкоштовно", "где накормят", "comida caliente"
        "годують",
        "погодують",
        "нагодують",
        "кормят",
        "накормят",
        "покормят",
        "накормить",
        "покормить",
        "comida caliente",
    ),
    "legal-aid": (
        "lawyer",
        "solicitor",
        "legal aid",
        "legal help",
        "адвокат",
        "юрист",
        "юридическ",
        "юридичн",
        "abogado",
        "asesoría legal",
        "asesoria legal",
        # "правовая помощь", "правова допомога", "asesoría jurídica", "legal advice"
        "legal advice",
        # "free legal stuff", "legal support", "apoyo legal" (session 21)
        "legal stuff",
        "legal support",
        "legal assistance",
        "legal representation",
        "apoyo legal",
        "apoyo jurídico",
        "apoyo juridico",
        "правовая помощь",
        "правовую помощь",
        "правовой помощи",
        "правова допомога",
        "правову допомогу",
        "правової допомоги",
        "asesoría jurídica",
        "asesoria juridica",
        "ayuda legal",
        "ayuda jurídica",
        "ayuda juridica",
    ),
    "mental-health": (
        "therapist",
        "psychologist",
        "counsel",
        "mental health",
        "психолог",
        "психотерапевт",
        "психиатр",
        "психіатр",
        "psicólogo",
        "psicologo",
        "psicológic",
        "psicologic",
        "psiquiatra",
        "terapeuta",
        "salud mental",
    ),
    "peer-support": (
        "peer support",
        "support group",
        "группа поддержки",
        "группы поддержки",
        "групп поддержки",
        "группу поддержки",
        "група підтримки",
        "групи підтримки",
        "груп підтримки",
        "групу підтримки",
        "grupo de apoyo",
        "grupos de apoyo",
        "peer worker",
        "peer group",
        "взаимопомощ",
        "взаємодопомог",
        # self-help groups ("групи самодопомоги у черкасах", "группы самопомощи в омске")
        "самодопомог",
        "самопомощ",
        "self-help group",
        "self help group",
        "grupo de autoayuda",
        "grupos de autoayuda",
        "равный консультант",
        "равного консультанта",
        "рівний консультант",
        "рівного консультанта",
        "ayuda mutua",
        "consejero par",
        # a group of people like oneself: "группа где такие же как я", "grupo entre pares"
        "группа где",
        "группу где",
        "группа для",
        "група де",
        "групу де",
        "група для",
        "такие же как я",
        "такі ж як я",
        "такі як я",
        "people like me",
        "gente como yo",
        "entre pares",
        "narcotics anonymous",
        "анонимные наркоманы",
        "анонімні наркомани",
        # the other cases, and the groups by their letters ("группы АН", "NA meetings", "grupos de NA")
        "анонимных наркоман",
        "анонимным наркоман",
        "анонімних наркоман",
        "анонімним наркоман",
        "na meeting",
        "na group",
        "группы ан",
        "группа ан",
        "группу ан",
        "групп ан",
        "собрания ан",
        "групи ан",
        "група ан",
        "групу ан",
        "груп ан",
        "grupos de na",
        "grupo de na",
        "reuniones de na",
        "reunión de na",
        "reunion de na",
        "narcóticos anónimos",
        "narcoticos anonimos",
    ),
    "sexual-health": (
        "syphilis",
        "chlamydia",
        "gonorrh",
        "сифилис",
        "сифіліс",
        "хламиди",
        "хламіді",
        "гоноре",
        "sifilis",
        "sífilis",
        "clamidia",
        "gonorrea",
        "revisarme its",
        "revisar its",
        "checar its",
        "chequeo de its",
        "sti test",
        "std test",
        "sti clinic",
        "иппп",
        "венеролог",
        "ітс",
        "ets",
        "pruebas de its",
        "prueba de its",
        "pruebas de ets",
        "prueba de ets",
        "тест на иппп",
        "тест на ітс",
        # "std", "sti" and the Russian and Ukrainian abbreviations (ЗППП, ЗПСШ)
        "std",
        "sti",
        "зппп",
        "зпсш",
        "sexual health",
        "salud sexual",
        # an STI clinic in Spanish ("its" alone is English "its") and sexually transmitted
        # infections named in full in every language
        "clinica de its",
        "clínica de its",
        "clinica de ets",
        "clínica de ets",
        "centro de its",
        "transmision sexual",
        "transmisión sexual",
        "sexually transmitted",
        "половых инфекц",
        "статевих інфекц",
        "сексуального здоровья",
        "сексуального здоров'я",
    ),
}
# A generic "test" with a where cue: HIV testing is the commonest; drug checking when the
# message names drugs (handled in _service_type).
# SERVICE_STEMS prepared for Router._service_type: phrases (found in the text) and single
# words (matched as the word, its plural, or a prefix of at least 5 letters), in type order.
_TYPE_ORDER = {type_id: n for n, type_id in enumerate(SERVICE_STEMS)}
_PHRASE_STEMS = tuple(
    (stem, type_id)
    for type_id, stems in SERVICE_STEMS.items()
    for stem in stems
    if " " in stem or "-" in stem
)
_EXACT_STEMS: dict[str, set[str]] = {}
_PREFIX_STEMS: dict[str, set[str]] = {}
for _type_id, _stems in SERVICE_STEMS.items():
    for _stem in _stems:
        if " " in _stem or "-" in _stem:
            continue
        for _form in (_stem, _stem + "s"):
            _EXACT_STEMS.setdefault(_form, set()).add(_type_id)
        if len(_stem) >= 5:
            _PREFIX_STEMS.setdefault(_stem, set()).add(_type_id)
# single words matched only as typed (never as a prefix): "нарыв" is an abscess, "нарываться"
# is asking for trouble
_EXACT_ONLY_STEMS: dict[str, tuple[str, ...]] = {
    "wound-care": (
        "нарыв",
        "нарыва",
        "нарыву",
        "нарывом",
        "нарыве",
        "нарывы",
        "нарывов",
        "нарывами",
        "нарывах",
        "нарив",
        "нарива",
        "нариву",
        "наривом",
        "нариві",
        "нариви",
        "наривів",
        "наривами",
        "наривах",
    ),
}
for _type_id, _stems in _EXACT_ONLY_STEMS.items():
    for _stem in _stems:
        _EXACT_STEMS.setdefault(_stem, set()).add(_type_id)
_PREFIX_LENGTHS = sorted({len(s) for s in _PREFIX_STEMS})


def _word_types(word: str) -> list[str]:
    """The service types with a single-word stem matching ``word``, in SERVICE_STEMS order."""
    found = set(_EXACT_STEMS.get(word, ()))
    for size in _PREFIX_LENGTHS:
        if size > len(word):
            break
        found |= _PREFIX_STEMS.get(word[:size], set())
    return sorted(found, key=_TYPE_ORDER.__getitem__) if found else []


_GENERIC_TEST = (
    "test",
    "testing",
    "тест",
    "тестир",
    "тестуван",
    "тестуват",
    # the verb with a prefix ("протестировать таблетки", "протестувати речовину"); never "протест"
    "протестир",
    "протестув",
    "протестит",
    "testear",
    "testea",
    "prueba",
    "pruebas",
    "test de",
    # "отнести вещество на анализ", "здати аналізи"
    "анализ",
    "аналіз",
)

# a test named by its everyday object ("where can i do a covid test", "тест на беременность",
# "де здати тест на ковід", "prueba de embarazo"): no HIV test nor drug checking
_EVERYDAY_TEST = re.compile(
    r"\b(?:pregnan\w*|covid\w*|corona\w*|pcr|lateral\s+flow|driving|drivers?|theory|eye\s+(?:test|exam)|"
    r"sight\s+test|hearing|mot|dna|paternity|iq|english|ielts|toefl|citizenship|personality|ovulation|"
    r"allerg\w*|blood\s+sugar|glucose|"
    r"беременн\w*|вагітн\w*|ковид\w*|ковід\w*|коронавирус\w*|коронавірус\w*|пцр|зрени\w*|зор[уі]|"
    r"слух\w*|днк|отцовств\w*|батьківств\w*|вождени\w*|водінн\w*|на\s+права|сахар\w*|цукор|цукру|"
    r"аллерг\w*|алергі\w*|овуляц\w*|егэ|зно|нмт|"
    r"embarazo|antigeno|ant[ií]geno|de\s+la\s+vista|audici[oó]n|adn|paternidad|manejo|conducir|"
    r"glucosa|az[uú]car|alergia\w*|ovulaci[oó]n|ingl[eé]s)\b"
)

# what is in one's drugs checked ("проверить экстази на состав", "перевірити марки на склад",
# "check what's in my pills"): drug checking, whatever the drug is called
_CONTENTS_CHECK = re.compile(
    r"\b(?:провер(?:ить|ять|яют|ка|ки|ку|кой)|перевір(?:ити|яти|яють|ка|ки|ку|кою))\s+(?:[^\W\d_]+\s+){0,3}на\s+(?:состав|склад|примес\w*|домішк\w*|"
    r"чистот\w*|фентанил\w*|фентаніл\w*)\b|"
    r"\bcheck(?:ed|ing)? what(?:'s| is) in (?:my|the|these|this|our)\b"
)

# a group or meeting for people who use ("any groups in leeds for people who use", "meetings
# for drug users in cork", "grupos para gente que consume en sevilla"): peer support; a group
# for anyone else ("a hiking group for people who like walks") is none
_GROUP_OF_USERS = re.compile(
    r"\b(?:groups?|meetings?|meet-?ups?|circles?|grupos?|reuni(?:o|ó)n(?:es)?|c(?:i|í)rculos?)\b"
    r"(?:\s+[^\W\d_]+){0,6}?\s+(?:for|para)\s+(?:"
    r"(?:people|those|folks|guys|anyone|others)\s+(?:who|that)\s+(?:use|inject|are\s+using|"
    r"still\s+use|use\s+drugs)|(?:drug\s+)?users|people\s+on\s+(?:methadone|bupe|drugs)|"
    r"(?:gente|personas|quienes|los\s+que)\s+(?:que\s+)?(?:usa|usan|consume|consumen|se\s+inyecta\w*)|"
    r"usuari[oa]s(?:\s+de\s+drogas)?|consumidor(?:e|a)s)\b"
)

# Where / find cues.
WHERE = (
    "where",
    "wheres",
    "whereabouts",
    "near me",
    "nearby",
    "near",
    "closest",
    "nearest",
    "around here",
    "find",
    "get free",
    "pick up",
    "где",
    "куда",
    "гдe",
    "рядом",
    "поблизости",
    "ближайш",
    "найти",
    "достать",
    "взять",
    "поменять",
    "де ",
    "де?",
    "куди",
    "поруч",
    "поблизу",
    "найближч",
    "знайти",
    "дістати",
    "взяти",
    "поміняти",
    "dónde",
    "donde",
    "dnd",
    "onde",
    "cerca",
    "cercano",
    "cercana",
    "consigo",
    "conseguir",
    "encontrar",
    "hay en",
    "venden",
    # somewhere / who gives out / does anyone know one
    "somewhere",
    "anywhere",
    "any place",
    "close to me",
    "close by",
    "in my area",
    # one's own area in other words ("methadone clinic round here", "в моем районе есть ...",
    # "у моєму районі", "en mi barrio hay ...", "por mi zona")
    "round here",
    "near here",
    "in this area",
    "моем районе",
    "моём районе",
    "нашем районе",
    "моєму районі",
    "нашому районі",
    "недалеко",
    "неподалеку",
    "неподалік",
    "mi barrio",
    "mi zona",
    "mi colonia",
    "mi ciudad",
    "gives out",
    "give out",
    "hands out",
    "anyone know",
    "know any",
    "free ",
    "где-нибудь",
    "где нибудь",
    "подскажите",
    "подскажи",
    "посоветуйте",
    "знаете",
    "бесплатн",
    "десь",
    "підкажіть",
    "підкажи",
    "порадьте",
    "знаєте",
    "безкоштовн",
    "algún lugar",
    "algun lugar",
    "algún sitio",
    "algun sitio",
    "qué lugar",
    "que lugar",
    "sitio para",
    "lugar para",
    "regala",
    "reparten",
    "conocen",
    "conoces",
    "alguien conoce",
    "gratis",
    # nowhere to sleep or live ("негде ночевать в караганде", "nowhere to sleep tonight in
    # croydon", "no tengo donde dormir en valencia"): looking for a place
    "nowhere to",
    "негде",
    "нема де",
    "немає де",
    "ніде",
    "no tengo donde",
    "no tengo dónde",
    # who gives it out: "хто видає налоксон", "кто раздает", "quién reparte"
    "хто видає",
    "хто роздає",
    "кто выдает",
    "кто раздает",
    "who gives",
    "quien da",
    "quién da",
    "quien reparte",
    "quién reparte",
)
# Place prepositions, per language; the place is the text after them.
PLACE_PREPS = {
    # "round brixton", "round camden": around, said short
    "en": ("in", "near", "around", "round", "at"),
    "ru": ("в", "во", "на", "около", "возле", "рядом с"),
    "uk": ("в", "у", "на", "біля", "поруч з", "коло"),
    "es": ("en", "cerca de"),
}
_ALL_PREPS = tuple(sorted({p for ps in PLACE_PREPS.values() for p in ps}, key=len, reverse=True))
# Words after a preposition that are not places ("in an overdose", "на вену", "en la vena").
NOT_PLACE = {
    # "в чем разница", "у чому різниця", "в чём дело": a question word, never a place
    "чем",
    "чём",
    "чому",
    "чим",
    # a pronoun after "в" ("где в ней", "в ньому"): what was said before, never a place
    "ней",
    "нем",
    "нём",
    "них",
    "ній",
    "ньому",
    # one or both of a pair ("в одну ноздрю или в обе", "en una o en las dos", "in both"): no place
    "обе",
    "оба",
    "обидві",
    "обидва",
    "dos",
    "ambas",
    "ambos",
    "both",
    "either",
    # what drugs are checked for ("перевіряють таблетки на склад", "на домішки"): no place
    "состав",
    "склад",
    "домішки",
    "домішок",
    "примеси",
    "примесей",
    "чистоту",
    "a",
    "an",
    "the",
    "my",
    "your",
    "his",
    "her",
    "case",
    "me",
    "us",
    "them",
    "him",
    "here",
    "there",
    "it",
    "this",
    "that",
    "general",
    "person",
    "people",
    "overdose",
    "town",
    "city",
    "area",
    "vein",
    "veins",
    "arm",
    # a body part after "en el", "на", "in my" ("que me mire un absceso en el brazo", "шишка на
    # шее", "a sore on my neck"): where on the body, never a place to look in (session 21)
    "brazo",
    "brazos",
    "mano",
    "manos",
    "cuello",
    "muslos",
    "ingle",
    "hand",
    "hands",
    "neck",
    "groin",
    "foot",
    "feet",
    "thighs",
    "wrist",
    "шее",
    "шеи",
    "паху",
    "пальце",
    "пальцах",
    "бедре",
    "вене",
    "венах",
    "стопе",
    "шиї",
    "пахві",
    "пальці",
    "стегні",
    "вені",
    "стопі",
    "pharmacy",
    "pharmacies",
    "a pharmacy",
    "the pharmacy",
    "line",
    "order",
    "total",
    "меня",
    "мне",
    "нас",
    "тебя",
    "вену",
    "вены",
    "руку",
    "руке",
    "аптеке",
    "аптеку",
    "аптеках",
    # a first-aid kit is where something lies, not a place to look in ("знайшов старий в аптечці")
    "аптечке",
    "аптечку",
    "аптечка",
    "аптечці",
    "городе",
    "время",
    "случае",
    # "на всяк випадок", "на всякий пожарный": just in case, no place
    "всяк",
    "всякий",
    "випадок",
    "передоз",
    "передозе",
    "этом",
    "том",
    "одиночку",
    "одиночестве",
    "домашних",
    "дому",
    "ночь",
    "мене",
    "аптеці",
    "місті",
    "разі",
    "час",
    "самоті",
    "ніч",
    "mi",
    "mí",
    "tu",
    "su",
    # a programme got into ("попасть на программу"), no place
    "программу",
    "программе",
    "програму",
    "програмі",
    "терапию",
    "терапію",
    # "в моем районе", "у моєму районі", "в нашем городе": one's own area, no named place
    "моем",
    "моём",
    "моєму",
    "нашем",
    "нашому",
    "своем",
    "своём",
    "своєму",
    "la vena",
    "vena",
    "venas",
    "el brazo",
    "farmacia",
    "farmacias",
    "la farmacia",
    "caso",
    "casa",
    "mi casa",
    # prison is no place to look in ("hep c treatment in prison", "лечение в тюрьме")
    "prison",
    "jail",
    "тюрьме",
    "тюрмі",
    "сизо",
    "колонии",
    "в'язниці",
    "cárcel",
    "carcel",
    "la cárcel",
    "la carcel",
    "prisión",
    "prision",
    # the body: "в нос или укол", "в мышцу или в вену", "into the muscle", "en el músculo"
    "nose",
    "muscle",
    "thigh",
    "leg",
    "нос",
    "носу",
    "мышцу",
    "мышцы",
    "ногу",
    "ноги",
    "бедро",
    "плечо",
    "плече",
    "shoulder",
    "muslo",
    "hombro",
    "пах",
    "шею",
    "ногах",
    "нозі",
    "руках",
    "руці",
    "ноге",
    "м'яз",
    "м'язи",
    "стегно",
    "nariz",
    "músculo",
    "musculo",
    "el músculo",
    "el musculo",
    "pierna",
    "mi ciudad",
    "mi zona",
    "la calle",
    "serio",
    "línea",
    "linea",
    # "without getting in trouble", "sin meterme en líos": an idiom, not a place
    "trouble",
    "bother",
    "lios",
    "líos",
    "problemas",
    "un lio",
    "un lío",
    # "в какую клинику идти", "в яку клініку": the question goes on, no place
    "какую",
    "какой",
    "какое",
    "какие",
    "яку",
    "який",
    "яке",
    "які",
    # "в воде растворять", "на сайті де видають", "que trae en realidad": no places
    "воде",
    "воду",
    "водой",
    "воді",
    "водою",
    "сайте",
    "сайт",
    "сайті",
    "realidad",
}
# A place never starts with a conjunction ("в Казани, НА или подобное": "на" there is a name)
_CONJUNCTIONS = {"или", "либо", "и", "або", "чи", "і", "й", "та", "or", "and", "o", "y", "u", "e"}
# A place said first, set apart by a comma or a dash ("Запоріжжя, куди ...", "CDMX, dónde ...")
_PLACE_FIRST = re.compile(
    r"^([A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?)\s*(?:,|\s[-–—]\s)"
)
# A place said first without a comma, right before where / who / a need ("Біла Церква де
# годують", "Рівне потрібен адвокат", "Tomsk where can i"); the word itself is checked like a
# place set apart, and pronouns and adverbs that start such sentences are no place
_PLACE_FIRST_BARE = re.compile(
    r"^((?!(?:Мне|Мені|Нам|Меня|Мене|Нас|Очень|Дуже|Тоже|Теж|Ещё|Еще|Ще|Сейчас|Зараз|Тут|Там|"
    r"Срочно|Терміново|Кто|Хто|Кому|Где|Де|Куда|Куди|Кого|Кому|Что|Що|Как|Як|Вот|Ось)\b)"
    r"[A-ZА-ЯЁІЇЄҐ][\w'’-]{2,}(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?)\s+"
    r"(?=(?:где|куда|кто|де|куди|хто|нужен|нужна|нужны|нужно|потрібен|потрібна|потрібні|"
    r"потрібно|d[oó]nde|qui[eé]n|necesito|where|who)\b)"
)
# one or two words said first and set apart by a comma ("ontario, lawyer ...")
_SET_FIRST = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,")
# people who give a service, and needing one, after a place set apart first
_PROVIDERS = frozenset(
    {
        "lawyer",
        "lawyers",
        "solicitor",
        "attorney",
        "адвокат",
        "адвоката",
        "адвокаты",
        "адвокати",
        "юрист",
        "юриста",
        "abogado",
        "abogada",
        "abogados",
    }
)
_NEED_WORDS = frozenset(
    {
        "need",
        "нужен",
        "нужна",
        "нужно",
        "нужны",
        "потрібен",
        "потрібна",
        "потрібно",
        "треба",
        "necesito",
        "busco",
    }
)
# English contractions typed without the apostrophe ("isnt methadone just ...", "aint naloxone
# free", "wasnt it"): a verb said first, never a place's name before a service
_CONTRACTED = frozenset(
    {
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "couldnt",
        "wont",
        "wouldnt",
        "shouldnt",
        "aint",
        "havent",
        "hasnt",
        "hadnt",
        "mustnt",
        "neednt",
        "ive",
        "youre",
        "theyre",
        "thats",
        "whats",
        "hows",
        "wheres",
        "theres",
        "youve",
        "weve",
        "ill",
    }
)
_VERB_ENDINGS = ("те", "ть", "ться", "шь", "ly", "іть", "ите", "ете", "ать", "ять")
_BARE_NOT_PLACE = {
    "парни",
    "пацаны",
    "народ",
    "девочки",
    "девушки",
    "хлопці",
    "дівчата",
    "пацани",
    "everyone",
    "sabes",
    "saben",
    "sabe",
    "busco",
    "quiero",
    "alguno",
    "alguna",
    "tell",
    "know",
    "does",
    "do",
    "now",
    "just",
    "like",
    "then",
    "today",
    "tonight",
    "still",
    "again",
}
# First words set apart that are no place: greetings, people addressed, "please", "sorry"...
_NOT_PLACE_FIRST = {
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "urgent",
    "quick",
    "question",
    "кто-нибудь",
    "кто-то",
    "срочно",
    "вопрос",
    "хтось",
    "терміново",
    "питання",
    "alguien",
    "urgente",
    "pregunta",
    "hi",
    "hey",
    "hello",
    "hiya",
    "yo",
    "ok",
    "okay",
    "so",
    "guys",
    "folks",
    "people",
    "please",
    "sorry",
    "thanks",
    "help",
    "mate",
    "bro",
    "listen",
    "look",
    "well",
    "also",
    "and",
    "but",
    "привет",
    "здравствуйте",
    "добрый",
    "ребята",
    "люди",
    "пожалуйста",
    "извините",
    "спасибо",
    "помогите",
    "слушай",
    "слушайте",
    "короче",
    "так",
    "ну",
    "а",
    "и",
    "блин",
    "подскажите",
    "привіт",
    "вітаю",
    "добрий",
    "будь",
    "вибачте",
    "дякую",
    "допоможіть",
    "слухай",
    "коротше",
    "хлопці",
    "друзі",
    "підкажіть",
    "hola",
    "buenas",
    "buenos",
    "gente",
    "chicos",
    "chicas",
    "porfa",
    "perdon",
    "gracias",
    "ayuda",
    "oye",
    "mira",
    "bueno",
    "vale",
    "amigos",
    "che",
    "wey",
    "güey",
    "guey",
    "hermano",
    "i",
    "my",
    "we",
    "я",
    "мы",
    "ми",
    "mi",
    "el",
    "la",
}
# Determiners dropped at the start of a place ("la CDMX", "el centro").
PLACE_ARTICLES = (
    "la ",
    "el ",
    "los ",
    "las ",
    "the ",
    "city of ",
    "ciudad de ",
    "городе ",
    "місті ",
    "г. ",
    "м. ",
    # "en todo Chile", "all over Spain": the whole of it
    "todo ",
    "toda ",
    "all over ",
)
_CENTRE = re.compile(
    r"(?:(?:the )?cent(?:re|er) of (?:the )?|centro de (?:la |el )?|центре |центрі )"
)
_PLACE_TAIL = re.compile(
    r"\s+(?:who|which|how|no|without|that|thats|that's|taking|accepting|quien|quienes|como|sin|que|"
    # "clinic in vancouver that'll look at an abscess": who will help, after the place
    r"that['’](?:ll|d)|thatll|who['’](?:ll|d)|wholl|"
    r"кто|который|которая|как|без|хто|"
    # "Запорожье куда сходить", "Monterrey donde no te juzguen": the question after the place
    r"where|где|куда|де|куди|d[oó]nde|"
    # "в выхино где-нибудь ...", "на троєщині десь ...", "in hackney somewhere that ...": a
    # "somewhere" after the place
    r"где-нибудь|где-то|где нибудь|десь|де-небудь|somewhere|anywhere|"
    # someone giving it out after the place ("в харькове раздает", "в борисполі хтось видає")
    r"кто-то|кто-нибудь|хтось|хто-небудь|выда[её]т|выдают|разда[её]т|раздают|вида[єю]|видають|"
    r"розда[єю]|роздають|alguien|someone|anyone|"
    # someone testing after the place ("у києві тестує кет", "en barcelona analizando keta", "в
    # москве проверяет таблы", "in leeds testing pills") (session 21)
    r"тестиру\w+|тесту\w+|проверя\w+|перевіря\w+|analiz\w+|analic\w+|testing|checking|"
    r"який|яка|як|"
    # someone to talk to or who would see to it, after the place ("в мадриде с кем поговорить",
    # "у львові з ким поговорити", "en cdmx con quien hablar", "in madrid i can talk to", "в
    # лондоне посмотрит абсцесс", "в барселоне место чтобы проверить") (session 21)
    r"с кем|з ким|con qui[eé]n|i can|i could|чтобы|чтоб|щоб|щоби|"
    r"место|місце|sitio|lugar|"
    r"посмотрит|посмотрят|глянет|глянут|гляне|глянуть|подивиться|подивляться|огляне|"
    r"вскроет|обработает|перевяжет|перев'яже|выписыва\w+|випису\w+|выпишет|випише|лечит|лечат|"
    r"лікує|лікують|обрабатыва\w+|обробля\w+|осматрива\w+|оглядає|оглядають|"
    # "manchester for people who use", "для жінок", "melbourne or is it still just canberra"
    # a time after the place ("en barna antes del festi", "in leeds before the weekend", "в
    # одесі перед фестом"): when, not more of the place
    r"antes|durante|before|during|перед|під час|во время|"
    # who runs it, after the place ("groups in dublin run by people who use", "grupos en sevilla
    # llevados por gente que consume", "в одесі які ведуть самі споживачі"): who, not where
    r"(?:run|ran|led|organi[sz]ed|hosted|facilitated|started)\s+by|"
    r"(?:llevad|dirigid|organizad|coordinad|hech|montad)[oa]s?\s+por|"
    r"ведут|ведуть|веде|ведет|організову\w+|организу\w+|"
    r"for|для|para|or(?=\s+(?:is|are|just|only|do|does|should|what))|"
    r"или(?=\s+(?:там|только|есть|нет))|або(?=\s+(?:там|тільки|є|ні)))\s+",
    re.IGNORECASE,
)
# Where a message goes on to another clause (Router._without_other_places): a comma, a dash, or
# "but", "because" ("бо", "а", "pero", "porque")
_CLAUSE_BREAK = re.compile(
    r"\s*[,;!?]\s*|\s+[-–—]\s+|\s+(?=(?:but|though|because|cause|но|потому что|бо|але|а|"
    r"pero|porque)\s)",
    re.IGNORECASE,
)
# A clause about a place the person is not asking about: where they live, were, usually go, come
# from, or where it is no longer given ("i live in leeds", "я был в харькове", "зазвичай ходжу в
# ...", "en barcelona ya no me dan")
_OTHER_PLACE = re.compile(
    r"\b(?:i live|we live|i was|we were|was in|usually|normally|used to|visiting from|i'?m from|"
    r"last (?:night|week|time)|yesterday|no longer|"
    r"живу|живем|живём|жил|жила|был|была|были|обычно|раньше|вчера|уже нет|больше не|"
    r"мешкаю|живу|жив|жила|був|була|були|зазвичай|раніше|вчора|вже закінч\w*|вже не|більше не|"
    r"vivo|vivimos|viv[ií]a|estaba|estuve|normalmente|antes|ayer|ya no)\b"
)
# For someone who can see to it there, or somewhere in a city (Router._short_place): a modal
# verb or a Russian or Ukrainian infinitive after the place ends it ("кто в харькове может
# посмотреть", "десь у києві перевірити таблетки", "где-то в киеве проверить марки")
_VERB_TAIL = re.compile(
    r"\s+(?:может|могут|можно|може|можуть|можна|puede|pueden|podr[ií]a|can|could|"
    r"[а-яёіїєґ'’]{2,}(?:ть|ться|тись|тися|ти|чь))(?=\s|$)",
    re.IGNORECASE,
)
# "somewhere in" a place, in Russian and Ukrainian ("где-то в киеве", "десь у києві"; English
# and Spanish "somewhere in" are _ANYWHERE_IN's, a country included)
_SOMEWHERE_IN = re.compile(r"(?:^|\s)(?:где-то|где то|где-нибудь|десь|де-небудь)\s+(?:в|во|у)\s")
_LATIN_CAPITAL = re.compile(r"[A-ZÁÉÍÓÚÑÜ]")
_LATIN_NAME = re.compile(
    r"[^\s?!,;:]+(?:\s+(?:(?:de|del|de la|de las|de los|la|las|los|el|upon|on|on the|y)\s+)?"
    r"(?!I(?:['’](?:m|ve|d|ll))?(?:\s|$))[A-ZÁÉÍÓÚÑÜ][^\s?!,;:]*)*"
)
_PLACE_STOP = re.compile(
    # (with the "for" of a day: "в питере на сегодня", "in leeds for tonight", "para hoy")
    r"\s+(?:(?:на|for|para)\s+(?=(?:today|tonight|now|сегодня|сьогодні|hoy)\b))?(?:"
    r"(?:на|for|para)\s+(?:ночь|ніч|the\s+night|esta\s+noche)|please|pls|plz|asap|today|tonight|now|open|opened|24/7|"
    r"открыт\w*|работа\w*|відкрит\w*|працю\w*|abiert[oa]s?|"
    r"пожалуйста|плиз|сегодня|сейчас|щас|будь ласка|сьогодні|зараз|"
    r"por favor|porfa|hoy|ahorita|ya|"
    # "у Сумах анонімно", "en Sevilla gratis": how, said after the place
    r"анонимно|анонімно|anonymously|anonimamente|anónimamente|gratis|бесплатно|безкоштовно|"
    # "в перми нужна", "у вінниці потрібна": the need said after the place
    r"нужн\w*|потрібн\w*|needed|necesito|"
    # "в Мадриде есть?", "у Львові є?", "en Sevilla hay?": "is there" said after the place
    r"есть|є|hay)\b.*$",
    re.IGNORECASE,
)

# "the difference between heroin and fentanyl" compares two things; it is not a combination.
_COMPARE = re.compile(
    r"\b(?:difference|differ|vs|versus|compared?|better|stronger|weaker|разниц\w*|отлич\w*|сильнее|"
    r"лучше|хуже|різниц\w*|відрізн\w*|сильніш\w*|краще|гірше|diferencia\w*|mejor|peor(?:es)?|"
    r"m[aá]s fuertes?|en vez de|instead of|вместо|замість|"
    # "спайс опаснее чем шишки", "more dangerous than", "одне й те саме"
    r"than|\w+(?:ее|ше),? чем|\w+(?:іше|ше),? ніж|вреднее|слабее|слабш\w*|"
    # "небезпечніший за звичайну геру", "сильніший за фентаніл": a Ukrainian comparative with "за"
    r"\w+(?:іш|ш)(?:ий|а|е|і)\s+за|"
    # "опаснее героина", "сильнее морфина": a Russian comparative of danger or strength
    r"(?:опаснее|страшнее|смертельнее)\s+(?!чем\b|всего\b)[^\W\d_]+|"
    r"m[aá]s (?:d[eé]bil(?:es)?|fuerte|potente|flojo|floja|suave)|"
    # "que hace diferente de la xilacina", "distinta a", "different from": how one differs
    r"diferentes? (?:de|a)|distint[oa]s? (?:de|a)|different (?:from|to)|"
    r"m[aá]s (?:peligros[oa]s?|da[nñ]in[oa]s?|segur[oa]s?) que|menos peligros[oa]s?|"
    # "dura mucho más que la heroína", "pega menos que el speed": a Spanish comparative ("más
    # que nada", "more than anything", compares nothing)
    r"(?:m[aá]s|menos) que (?!nada\b|todo\b|nunca\b)(?:el|la|los|las|lo)\b|"
    # "dura mucho más que la heroína", "pega menos que": how long or how hard one works next to
    # another
    r"(?:dura|duran|pega|pegan|aguanta|aguantan) (?:mucho |bastante |un poco )?(?:m[aá]s|menos) que|"
    r"the same thing|same as|одно и (?:то же|тоже)|одне (?:й|і) те саме|lo mismo|"
    # "габапентин и прегабалин это одно?", "діють однаково", "pegan igual", "basically the same"
    r"это одно|це одне|одинаков\w*|однаков\w*|(?:son|es|pegan|funcionan|act[uú]an) igual\w*|"
    r"(?:basically|really|just|exactly|actually) the same|"
    # "as harsh on the heart as meph", "comparado con la heroina", "по сравнению с"
    r"as \w+(?: \w+){0,4} as(?! (?:people|ppl|they|you|u|i|everyone|everybody|it|he|she|we|folks|some)\b)|comparad[oa]s?|comparando|en comparaci[oó]n|"
    r"по сравнению|в сравнении|порівняно|[ву] порівнянні|"
    # what a drug really was, one name against another ("el cartón era 25i y no lsd", "the tab
    # was 25i and not acid", "is it nbome not real lsd", "en lugar de md"): what it is, not a mix
    r"(?:era|es|sea|fuera|fue|eran|son)\s+[^\W_][\w-]*\s+y\s+no|"
    r"(?:is|was|be|are|were)\s+[^\W_][\w-]*\s+(?:and\s+)?not\s+(?:real|actual|proper)?|"
    r"en\s+lugar\s+de|rather\s+than)\b"
)
# How two things differ, or what one is, with no place: a topic's question, not the finder
# ("diferencia entre la bupre y la metadona para dejar la heroína", "налоксон это что и как
# его достать", "що таке налоксон і як його дістати")
_DIFFERENCE = re.compile(
    r"\b(?:difference between|what(?:'s| is) the difference|diferencia (?:hay )?entre|"
    r"qu[eé] diferencia|en qu[eé] se diferencia|разниц\w* между|чем отлича\w*|"
    r"різниц\w* між|чим відрізня\w*)\b"
)
_WHAT_IS = re.compile(
    r"\b(?:(?:это|це) (?:что|шо|що)(?: такое| таке)?|что (?:это|такое)|(?:що|шо) (?:це|таке)|"
    r"what(?:'s| is) (?:it|that|this)|"
    r"^(?:y )?qu[eé] (?:es|son))\b"
)
# "more dangerous than each alone", "que por separado", "чем по отдельности": the mix against
# each drug taken apart, a combination question, not a comparison of the two
_APART = re.compile(
    r"\b(?:than (?:(?:taking|doing|using) )?(?:them |each |either )?(?:apart|separately|alone|on (?:its|their) own)|"
    r"(?:que|ке) (?:por separado|cada una? por separado|solos?|solas?)|"
    r"чем по отдельности|чем отдельно|ніж окремо|ніж поодинці)\b"
)
# "станет хуже", "буде гірше", "se pone peor": what the mix does, not a comparison
# sedatives or depressants as a group beside the named ones: the general mixing-depressants
# question ("почему опасно мешать снотворное с успокоительными и алкоголем")
_DEPRESSANTS_GROUP = re.compile(
    r"\b(?:sedatives?|depressants?|downers|tranquili[sz]ers?|успокоительн\w*|седативн\w*|"
    r"депрессант\w*|заспокійлив\w*|депресант\w*|calmantes?|sedantes?|depresores?)\b"
)
# "anestesia de caballos", "un caballo": the animal, not heroin
_HORSE = re.compile(r"\b(de|para|un|los|mi|al|del)\s+caballos?\b", re.IGNORECASE)
# "як краще поєднувати", "how best to mix": asking how, not comparing
_HOW_BEST = re.compile(
    r"\b(?:як краще|как лучше|how best|what'?s the best way|c[oó]mo es mejor|la mejor manera|"
    # "можно или лучше не", "можна чи краще не", "or better not", "o mejor no": whether to
    r"(?:или|либо|чи|або|or|o) (?:лучше|краще|better|mejor) (?:не|not|no)|"
    r"(?:или|чи|або|or|o) (?:же )?(?:не стоит|не варто|not worth it|no vale la pena))\b"
)
_GETS_WORSE = re.compile(
    r"\b(?:станет|будет|стало|становится|стане|буде|стає|se pone|se vuelve|ser[aá]|es|gets?|get)"
    r"(?: ли| чи)? (?:хуже|гірше|peor|worse)\b(?! (?:que|than|чем|ніж)\b)"
)
# Whether the pair hits harder than one alone ("пару бокалов после метадона, сильнее накроет?",
# "після дози метадону сильніше накриє?", "will it hit me harder", "me va a pegar más fuerte"): the
# effect of taking both, asked, not two things compared (a "than" keeps the comparison: "сильнее
# накроет чем от мефа"). Session 21 (route20).
_HITS_EFFECT_RU_UK = (
    r"накро\w*|накрыва\w*|накри\w*|накрива\w*|вставит|вставить|вставляет|штырит|штирить|торкнет|"
    r"торкне|развез[её]т|розвезе|вырубит|вирубить|ударит|вдарить|унес[её]т|понес[её]т|понесе"
)
_HITS_HARDER = re.compile(
    r"\b(?:"
    r"(?:сильнее|сильней|жестче|жёстче|мощнее|сильніше|жорсткіше|потужніше)(?: ли| чи)? (?:меня |мене )?"
    rf"(?:{_HITS_EFFECT_RU_UK})|"
    rf"(?:{_HITS_EFFECT_RU_UK}) (?:меня |мене |ещё |еще |ще )?"
    r"(?:сильнее|сильней|жестче|жёстче|мощнее|сильніше|жорсткіше|потужніше)|"
    r"(?:hit|hits|kick|kicks|knock|knocks)(?: me| you| u)?(?: in| out)? (?:even )?(?:harder|stronger|heavier)|"
    r"(?:pegar|pega|pegue|subir|sube|suba)(?:me|te)? (?:mucho |a[uú]n |todav[ií]a )?m[aá]s(?: fuerte| duro)?|"
    # a purpose, a better high wanted ("щоб краще торкнуло", "чтобы лучше пёрло", "para que
    # pegue mejor", "so it hits better"): why the pair is taken, not two things compared
    r"(?:щоб|шоб|чтобы|чтоб|штоб) (?:ще |ещё |еще )?(?:краще|лучше|сильніше|сильнее|сильней) \w+|"
    r"para que (?:me |te )?(?:pegue|suba|entre) (?:mejor|m[aá]s)|"
    r"so (?:it|that it) (?:hits|kicks|works) (?:better|harder)"
    r")\b(?! (?:than|чем|ніж|за|que|de lo que)\b)"
)
# Asking whether a second drug is all right, or taking it now ("had some coke, can i take a
# valium", "выпил пива, можно ли теперь фен", "estoy tomando sertralina, puedo tomar md")
_SAFE_NOW = re.compile(
    r"\b(?:can i|could i|is it (?:ok|okay|safe|bad|fine)|safe|now|then|coming down|alright|all right|(?:ok|okay|fine|safe) to|"
    r"можно|можна|норм\w*|опасно|небезпечно|безопасно|безпечно|теперь|тепер|потом|потім|"
    r"сижу на|сиджу на|принима\w*|приймаю|страшно|"
    # taking one "if" on the other ("если я на метадоне", "якщо п'ю літій", "si tomo litio")
    r"если (?:я )?(?:на|пью|принима\w*|сижу)|якщо (?:я )?(?:на|п'ю|приймаю|сиджу)|"
    r"if (?:i'?m|im|i am|i) (?:on|taking|take|drink\w*)|si (?:tomo|me tomo|estoy (?:en|con|tomando))|"
    r"puedo|se puede|es seguro|peligros\w*|pasa algo|ahora|luego|estoy tomando|tomo|"
    # "mota con alcohol, está bien o me va a dar el bajón": whether the pair is all right
    r"(?:esta|está|estara|estará|estaria|estaría) bien|es malo|hace (?:mal|da[nñ]o)|"
    # asking whether it is a good idea ("fancy a cheeky line, thoughts?", "bad shout?")
    r"thoughts|bad (?:idea|shout|call)|good idea|(?:gonna|going to) be (?:ok|okay|alright|fine)|"
    r"how (?:bad|risky|dangerous)|fancy (?:a|some)|"
    # whether it is foolish or going to go badly ("is it dumb to drink while coming down off
    # meth", "is a line tonight gonna be bad", "плохая идея?", "es mala idea")
    r"is it (?:dumb|stupid|daft|mad|silly|risky|dangerous|wise|smart|a good idea)|"
    r"(?:gonna|going to|will (?:it|that|this)|would (?:it|that)) be (?:bad|risky|dangerous|a problem|an issue)|"
    r"плох\w* иде\w*|тупо ли|погана ідея|mala idea|"
    # "did some gear earlier, is a xanax ok": the second one asked about
    r"(?:is|are) (?:a |an |some |my |the )?[^\W\d_]+ (?:ok|okay|alright|fine|safe))\b"
)
# Two substances in the name or the story of a song, a film or a series ("who sings that one
# about whisky and morphine", "the series where a teacher cooks meth", "пісня про траву і
# горілку", "la rola de la coca y el whisky"): asked about the work, not a mix taken. A safety
# question keeps the card ("that song about molly and ket, is that combo safe")
_MEDIA = re.compile(
    r"\b(?:song|songs|lyrics|tune called|album|movie|film|tv show|series|who (?:sings|sang)|"
    r"песн\w*|трек|треки|альбом\w*|фильм\w*|сериал\w*|кто (?:поет|поёт|пел|спел)|"
    r"пісн\w*|фільм\w*|серіал\w*|хто (?:співає|співав)|"
    r"cancion\w*|canción|rola|letra de|pelicula|película|serie|quien canta|quién canta)\b"
)
# "or" compares only between the two names ("heroin or fentanyl", not "X with Y, safe or nah")
_OR = {"or", "или", "або", "o", "u", "чи"}
# after "or": an amount ("a line or two", "пару или три"), no second thing to choose
_AMOUNT = {
    "two",
    "three",
    "so",
    "more",
    "less",
    "dos",
    "tres",
    "mas",
    "más",
    "menos",
    "две",
    "два",
    "три",
    "больше",
    "меньше",
    "дві",
    "більше",
    "менше",
}
# a preposition right before the second name puts it inside the first ("fent in the coke");
# not Spanish "en": "estando en metadona" is being on methadone
_INSIDE = {"in", "into", "в", "во", "у"}
# "a new tranq that's not xylazine, medetomidine": a drug named to set another apart from it
_NOT_NAME = re.compile(
    r"\b(?:that'?s|thats|it'?s|its|это|це|no es|no son) (?:not |не |ні )?([^\W\d_]+)"
)
_IS = {"is", "are", "es", "son", "это", "эта", "этот", "це", "є", "="}
# a question ending on whether it is all right ("..., is a glass of wine ok")
_OK_AT_END = re.compile(
    r"\b(?:is|are|would|will|es|son|esta|estan)\b(?:\s+[\w']+){1,6}?\s+"
    r"(?:ok|okay|fine|alright|all\s+right|safe|bien|seguro|segura)$|"
    # the one word set apart at the end ("tacha cuando bajan los hongos, seguro?", "..., ok?")
    r",\s*(?:ok|okay|fine|alright|safe|bien|seguro|segura|vale|sure)$"
)
# the second name asked as safe right after it ("... is wine ok", "... это пиво норм?", "... es
# seguro el alcohol"): a mix asked, never what one is
_SAFETY_AFTER = re.compile(
    r"(?:ok|okay|safe|fine|alright|bad|dangerous|risky|норм\w*|ок|безопасн\w*|опасн\w*|"
    r"безпечн\w*|небезпечн\w*|можно|можна|bien|seguro|segura|peligros[oa]|malo)\b"
)
_ARTICLES = {"the", "my", "your", "this", "that", "la", "el", "los", "las", "mi", "tu", "su"}
_ES_ARTICLES = {"la", "el", "los", "las", "mi", "tu", "su", "esta", "este", "esa", "ese"}
_ES_BEING = {"estoy", "estando", "esta", "estaba", "estas", "llevo", "sigo", "sigue", "ando", "voy"}
# Quitting one drug with another, switching, or pregnancy: a treatment topic, not a mix
# ("can i switch from heroin to bupe", "слезть с героина на метадоне", "dejar la heroína con
# metadona", "is methadone safe in pregnancy")
_TREATMENT = re.compile(
    r"\b(?:switch\w*|quit\w*|get off|getting off|come off|coming off|taper\w*|detox\w*|"
    r"street methadone|уличн\w* метадон\w*|вуличн\w* метадон\w*|metadona de la calle|"
    r"pregnan\w*|слез\w*|брос\w*|перейти|переход\w*|перевест\w*|перевод\w*|перехід|детокс\w*|беремен\w*|"
    r"злізт\w*|злаз\w*|кинут\w*|кида\w*|перейти|вагітн\w*|"
    r"dejar|dejo|dejarl[oa]|cambiar(?:me)? de|pasar(?:me)? de|desintox\w*|embaraz\w*|"
    # the switch told as done: "switched from X to Y", "stopped X and started Y", "перешёл с X на
    # Y", "кинув X, перейшов на Y", "dejé X y empecé con Y", "me pasé de X a Y"
    r"stopped \w+(?: \w+)? (?:and|&|,) (?:started|went on|moved to|got on)|"
    r"(?:started|on) \w+(?: \w+)? instead|"
    r"перешел|перешла|перешли|перешёл|перевели|перевел\w*|бросил\w*|"
    r"перейшов|перейшла|перейшли|перевели|перевів|перевела|кинув|кинула|кинули|"
    r"deje|dej[eé] (?:el|la|los|las)|me pase|(?<!un )(?<!otro )(?<!unos )pase de|me cambie|cambie de|me cambiaron)\b"
)
# Getting through the comedown after two drugs asks how to cope, not whether to mix ("comedown
# after coke and molly, how do i get through it", "отходняк после марок и экстази как пережить",
# "el bajón de la coca y el md"); asking whether a second drug is all right on it still is one
# ("на отходняке от мефа можно ли фенибут")
_AFTERMATH = re.compile(
    r"\b(?:come\s?downs?|coming\s+down|crash(?:ing)?|hangover|отходняк\w*|отходос\w*|отход\w*|"
    r"отпуска\w*|відходняк\w*|відход\w*|bajon\w*|bajada|resaca|cruda|malilla)\b"
)
# A wound or an abscess that will not heal after the drugs named is the wound-care topic's
# question, not a mix ("язва после ксилы с героином не затягивается", "my abscess from dope and
# xylazine won't heal"); asking outright whether two go together keeps the card (_MIX_ASKED)
_NOT_HEALING = re.compile(
    r"\b(?:не (?:заживает|заживают|заживет|заживёт|затягивается|затягиваются|проходит|проходят|"
    r"загоюється|загоюються|затягується|затягуються|заживає|заживають)|"
    r"(?:won'?t|will not|doesn'?t|does not|isn'?t|is not|not|never) (?:heal|healing|close|closing)|"
    r"no (?:se )?(?:cura|curan|cierra|cierran|sana|sanan|cicatriza|cicatrizan))\b"
)
_WOUND_WORDS = re.compile(
    r"\b(?:ран[аыуе]|ранк\w*|язв\w*|абсцесс\w*|абсцес\w*|нарыв\w*|виразк\w*|нарив\w*|гнойник\w*|"
    r"wounds?|abscess\w*|ulcers?|sores?|herida\w*|llaga\w*|absceso\w*|ulcera\w*|postilla\w*)\b"
)
# Taking one drug to come down off the other is a mix, not coping with the comedown ("ket and
# valium to come down", "xanax for the comedown off coke", "феназепам на отходняк от мефа")
_COMEDOWN_AID = re.compile(
    r"(?<!how )(?<!how do i )\bto (?:help (?:me |you )?)?come\s?down\b|"
    r"\b(?:for|to ease|to soften|to take the edge off) (?:the |my |a )?come\s?downs?\b|"
    r"\bна (?:отходняк|отходос|відходняк)\b|\bpara (?:el |la )?(?:baj[oó]n|bajada)\b|"
    # knocking the comedown down with the other drug ("феназепам чтобы снять отходос", "щоб
    # пом'якшити відходняк"): the verb that acts on it, never the comedown felt ("отходняк сбил с ног")
    r"\b(?:сбить|сбивать|сбиваю|снять|снимать|снимаю|смягчить|смягчать|облегчить|скинуть|"
    r"перебить|збити|збивати|збиваю|зняти|знімати|знімаю|пом'якшити|полегшити|перебити)"
    r"\s+(?:\w+\s+)?(?:отходняк|отходос|отходы|відходняк|відходос|відходи)\w*|"
    # "rivotril para bajar del cristal", "clona pa bajarme de la coca"
    r"\bpara? baj(?:ar|arme|arse|arte)\s+(?:del?|de la|el|la)\b"
)
# Pills after sex to not catch HIV are PEP, not an HIV test ("де взяти таблетки після ризикового
# сексу щоб не заразитися віл"); without a place the PEP topic answers (72 hours, go now)
_EXPOSURE = re.compile(
    r"\b(?:(?:after|post)\s+(?:unprotected|risky|condomless)\s+sex|condom\s+(?:broke|split)|"
    r"so\s+i\s+(?:don'?t|do\s+not)\s+(?:get|catch)|to\s+(?:not|avoid)\s+(?:get|catch)\w*|"
    r"после\s+(?:незащищ|риск|случайн)\w*\s+секс\w*|порвал\w*\s+презерватив\w*|"
    r"чтобы\s+не\s+зараз\w*|чтоб\s+не\s+зараз\w*|"
    r"після\s+(?:незахищ|ризик|випадков)\w*\s+секс\w*|порвав\w*\s+презерватив\w*|"
    r"щоб\s+не\s+зараз\w*|"
    r"(?:despues|tras)\s+de(?:l)?\s+(?:sexo|relaciones?)\s+sin\s+(?:condon|proteccion)|"
    r"se\s+(?:rompio|rompi[oó])\s+el\s+condon|para\s+no\s+(?:contagi|infect)\w*)"
)
# Words for the form a drug comes in, with several meanings (combos.yaml `ambiguous:`): beside a
# name they are that drug's form ("кристаллы мефа", "cristales de md", "таблетки трамадола")
_FORM_WORDS = {"cristal", "pills"}
# between a word with several meanings and the name it means ("a line or two of coke")
_OF_AMOUNT = {"of", "or", "two", "de", "o", "dos"}
# the words with several meanings that are a form of what follows them ("a line of coke")
_FORM_CHOICES = {"line"}
_OF = {"of", "de", "del", "из", "з", "із"}
# Sex parties with drugs name their drugs; the question is the chemsex topic
_CHEMSEX = re.compile(
    r"\b(?:chem ?sex|chemsex\w*|pnp|party (?:and|n) play|slam\w*|(?<!mism[oa] )sesion(?:es)?|химсекс\w*|"
    r"хемсекс\w*|хімсекс\w*|слэм\w*|слем\w*|секс-вечеринк\w*|"
    # "chill party" with the guys, "хим-пати": a chemsex party
    r"chill ?(?:party|parties|sesh)|хим[- ]?пати|хім[- ]?паті|chill[- ]?пати|"
    # "going to a chill", "at the chillout" (never "a chill night", "a chill vibe")
    r"(?:a|the|at) chill(?: ?out)?(?! (?:night|nights|evening|day|days|weekend|vibes?|time|afternoon|"
    r"morning|one|movie|film|music|place|spot|bar|pub|walk|drive|with (?:friends|mates|family))\b)|"
    # parties with the guys where condoms come up ("на тусах з хлопцями ... не забути про гумки")
    r"тус\w* з хлопц\w*|тус\w* с парн\w*|вечеринк\w* с парн\w*|вечірк\w* з хлопц\w*|"
    r"пат[іи] з хлопц\w*|пати с парн\w*|гумк\w*|презерватив\w*|гондон\w*|гандон\w*|про резинк\w*|condoms?|condon(?:es)?|cond[oó]n|"
    # a hook-up app's invitation, "un chill" (a chemsex session in Spanish), a guy who invites
    # to a party: "a guy on grindr invited me over for tina and g", "me invita a un chill con
    # tina y g", "хлопець кличе на паті з мівкою і гхб"
    r"grindr|scruff|(?:un|al) chill|(?:el|los|unos|mis|del|de los) chills?\b|"
    # a meet-up or a session "de chill" (Spain): "una quedada de chill con tina y g", "sesion de
    # chill el finde" (never "una tarde de chill", "musica de chill": no gathering named)
    r"(?:quedada|quedadas|fiesta|fiestas|sesion|sesiones|reunion|reuniones|juntada) de chill|"
    # "going to a chill this weekend with tina and g": a chemsex party in English
    r"(?:to|at|after|for) (?:a|the) chill(?!\s+(?:night|evening|day|vibe|out|weekend))|"
    # a chill weekend or night with (some) guys: the chill is the party ("off to a chill weekend
    # with a few guys, how to stay safe on tina and g"); a chill weekend with friends is not
    r"chill (?:weekend|night|evening|sesh|session)s? with (?:(?:some|a few|a couple of|two|three|"
    r"four|random|new) )?(?:guys|men|blokes)|"
    r"(?:хлопець|хлопц\w*|парень|парн\w*) (?:кличе|кличуть|клич\w*|зов\w*) на (?:паті|пати|тус\w*))\b"
)
# "чемсекс" (chemsex as it sounds in Latin letters) and a sex party named plainly: the chemsex
# topic when the question is how not to catch anything there ("на чемсекс паті з X і Y як нічим
# не заразитись"); said alone it may be a mix asked about, so the card stays
_CHEMSEX_LOOSE = re.compile(r"\b(?:чемсекс\w*|чем-секс\w*|секс[- ]?паті|секс[- ]?пати)")
_CATCH_SOMETHING = re.compile(
    r"\b(?:заразит\w*|заразиться|заразитись|заразишся|заражен\w*|подхватить|"
    r"підхопити|інфекці\w*|инфекци\w*|иппп|зппп|іпсш|вич|віл|гепатит\w*|"
    r"catch(?:ing)? (?:anything|something|an sti|hiv|hep)|stis?|stds?)\b"
)
# Drugs taken for sex, said outright ("юзаємо джі і меф для сексу", "тину с гэ во время секса",
# "g and tina for sex"): the chemsex topic, which covers timing G and doses over long sessions; a
# mix asked outright, and poppers or erection pills (their own card), keep the combination
_FOR_SEX = re.compile(
    r"\b(?:для|під час|пiд час|во время|за время|for|during|para(?: el)?|durante(?: el)?) "
    r"(?:сексу|секса|траху|перепихону|sex|sexo)\b"
)
_SEX_OWN_CARD = frozenset({"poppers", "erection-pills"})
# breathing asked about (what three depressants together do to it)
_BREATHING = re.compile(r"\b(?:дыхан\w*|дыша\w*|дышит|дихан\w*|дихає|дихати|breath\w*|respir\w*)")
# "X теперь с Y": what the first drug comes with these days (Router._together)
_NOW_SOLD = frozenset({"теперь", "тепер", "now", "ahora", "нынче", "нині"})
_NOW_FILLERS = frozenset(
    {"уже", "вже", "всё", "все", "весь", "вся", "увесь", "уся", "всюди", "везде", "часто", "always"}
)
_WITH_IN = frozenset({"с", "со", "з", "із", "зі", "with", "con"})
_HERE_WORDS = frozenset({"у", "в", "нас", "тут", "здесь", "here", "aqui", "aquí"})
_ON = frozenset({"на", "on", "en"})
_OWN_USE = re.compile(
    r"\b(?:пью|п'ю|пьем|пьём|п'ємо|юзаю|юзаем|юзаємо|употребляю|употребляем|вживаю|вживаємо|беру|"
    r"колю|колюсь|колемся|колемо|курю|курим|куримо|нюхаю|нюхаем|нюхаємо|жру|i take|i use|i drink|"
    r"i do|we take|we use|tomo|uso)\b"
)
# At a sex party, asking outright whether two drugs go together is still a combination ("popper
# con tina en la sesión, se puede?", "chill sesh, is it ok to take G if i've had xannies")
_MIX_ASKED = re.compile(
    r"\b(?:se puede(?:n)?(?: mezclar| juntar| combinar)?|puedo (?:mezclar|juntar|tomar|meterme)|"
    r"es (?:seguro|peligroso)|is it (?:ok|okay|safe|bad|fine) to|can i (?:take|do|mix|have)|"
    r"safe to (?:mix|take|combine)|можно ли|можно (?:мешать|смешивать|совмещать)|"
    r"чи можна|можна (?:змішувати|поєднувати)|"
    # "poppers con tina en una sesión, es mala idea?"
    r"(?:es|ser[aií]a|is it|is that|a) (?:mala|buena|bad|good) idea|плохая идея|погана ідея)\b"
)
# Choosing a name for a pet or a child: street words there are names ("Molly or Charlie")
_NAMING = re.compile(
    r"\b(?:names?|named|naming|call(?:ing)? (?:her|him|it|them)|кличк\w*|назвать|назову|назвали|"
    r"имя|имени|назвати|назву|назвали|ім'я|імені|nombres?|llamarl[aoe]s?|ponerle|le pondr\w*)\b"
)
_NAMED_ONE = re.compile(
    r"\b(?:pupp(?:y|ies)|dogs?|cats?|kittens?|kitty|baby|babies|daughter|son|pets?|hamster|horse|"
    r"parrot|budgie|щен\w*|собак\w*|пс[аы]|кот\w*|кошк\w*|реб[её]н\w*|малыш\w*|доч\w*|сын\w*|"
    r"цуцен\w*|кіт|кота|кошеня\w*|кішк\w*|дитин\w*|малюк\w*|донь\w*|син[аи]?|"
    r"perr[oa]\w*|cachorr\w*|gat[oa]\w*|bebe|beb[eé]s|hij[oa]s?|mascota\w*|caballo|perico|loro)\b"
)
# "why" ("почему нельзя мешать ...", "чому ... так небезпечні", "por qué es tan peligroso")
_WHY = re.compile(r"\b(?:why|почему|отчего|зачем|чому|навіщо|por ?que|porque)\b")
# Starting a treatment opioid after the last street opioid (when the first dose may be taken):
# the treatment topic's question, not a mix ("how long after dope before my first bupe",
# "через сколько после героина первая доза бупренорфина", "cuánto esperar para la primera dosis
# de buprenorfina"); only with a treatment drug and another opioid named
_INDUCTION = re.compile(
    r"\b(?:(?:first|very first|перв\w*|перш\w*|primera|primer) (?:\w+ )?(?:dose|dosing|доз\w*|dosis|toma|"
    r"прием\w*|приём\w*|прийом\w*)|induction|induct\w*|индукц\w*|індукц\w*|inducci[oó]n|"
    r"precipitated|осажд\w*|осаджуван\w*|precipitad\w*)\b"
)
_TREATMENT_DRUGS = frozenset({"buprenorphine", "methadone"})
# warned against: "нельзя", "не можна", "can't", "shouldn't", "no se puede"
_FORBIDDEN = re.compile(
    r"\b(?:нельзя|не можна|не можно|не стоит|не варто|can'?t|cannot|shouldn'?t|should not|"
    r"not supposed to|no se (?:puede|debe)|no hay que|no (?:debes|deber[ií]a))\b"
)
# which of several must not be mixed, asked in general ("what shouldn't be mixed: X, Y or Z",
# "что нельзя смешивать из ...", "чого не варто мішати: ...", "qué no se debe mezclar entre
# ..."): the question word right before the warning (one word between at most), then mixing
_WHICH_NOT_MIXED = re.compile(
    r"(?:^|[\s:,])(?:what|which|что|чего|що|чого|que|cual|cuales)\s+(?:\w+\s+)?"
    r"(?:нельзя|не можна|не можно|не стоит|не варто|не треба|не надо|shouldn'?t|should not|"
    r"can'?t|cannot|not to|never to|no se (?:puede|debe)|no hay que|no (?:debo|debes|deber[ií]a))\b"
    r"(?:\s+\w+){0,3}?\s+(?:mix\w*|combin\w*|меша\w*|смеш\w*|совмещ\w*|міша\w*|зміш\w*|"
    r"поєдн\w*|mezcl\w*|junt\w*|combin\w*)"
)
# what makes a mix dangerous ("why is it so risky", "почему так опасно", "por qué es peligroso")
_DANGER = re.compile(
    r"\b(?:dangerous|danger|risky|harmful|deadly|bad|опас\w*|вред\w*|смертельн\w*|"
    r"небезпеч\w*|шкідлив\w*|peligros\w*|riesgos\w*|dañin\w*|danin\w*|mortal\w*|mal[oa])\b"
)
# "never mix ...": a warning, as "нельзя"
_NEVER = re.compile(r"\b(?:never|никогда|ніколи|nunca|jam[aá]s)\b")
# what the mixing-depressants topic is about (combos.yaml ids and classes)
_DEPRESSANT_CLASSES = frozenset({"opioids", "benzodiazepines", "gabapentinoids", "barbiturates"})
_DEPRESSANT_IDS = frozenset({"alcohol", "ghb", "phenibut", "sleeping-pills", "z-drugs"})
# asked in general, not about one's own night ("вообще", "взагалі", "in general", "en general")
_IN_GENERAL = re.compile(
    r"\b(?:in general|generally|вообще|в целом|в принципе|взагалі|загалом|в принципі|"
    r"en general|por lo general)\b"
)
# "чого"/"чего" as a spoken "why", only beside a warning ("чого з X не можна")
_WHY_SPOKEN = re.compile(r"\b(?:чего|чого|how come)\b")
# "why so" said as "чого така небезпечна", "чего такое опасное", "how come": not "чего бояться"
# (what to fear, after taking both)
_WHY_SO = re.compile(
    r"\b(?:(?:чего|чого)(?:\s+[^\s,.?!]+){0,4}?\s+(?:так\w*|настолько|настільки)|how come)\b"
)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_CYRILLIC_ANY = re.compile(r"[\u0400-\u04ff]")
# Latin to Cyrillic, per language (longest letter groups first)
_TRANSLIT_GROUPS = {
    "ru": (
        ("shch", "щ"),
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("yu", "ю"),
        ("ju", "ю"),
        ("ya", "я"),
        ("ja", "я"),
        ("yo", "е"),
        ("jo", "е"),
        ("ye", "е"),
        ("je", "е"),
        ("a", "а"),
        ("b", "б"),
        ("v", "в"),
        ("g", "г"),
        ("d", "д"),
        ("e", "е"),
        ("z", "з"),
        ("i", "и"),
        ("y", "ы"),
        ("k", "к"),
        ("l", "л"),
        ("m", "м"),
        ("n", "н"),
        ("o", "о"),
        ("p", "п"),
        ("r", "р"),
        ("s", "с"),
        ("t", "т"),
        ("u", "у"),
        ("f", "ф"),
        ("h", "х"),
        ("c", "ц"),
        ("w", "в"),
        ("x", "кс"),
        ("j", "й"),
        ("'", "ь"),
    ),
    "uk": (
        ("shch", "щ"),
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("yu", "ю"),
        ("ju", "ю"),
        ("ya", "я"),
        ("ja", "я"),
        ("yi", "ї"),
        ("ji", "ї"),
        ("ye", "є"),
        ("je", "є"),
        ("yo", "йо"),
        ("a", "а"),
        ("b", "б"),
        ("v", "в"),
        ("g", "г"),
        ("d", "д"),
        ("e", "е"),
        ("z", "з"),
        ("i", "і"),
        ("y", "и"),
        ("k", "к"),
        ("l", "л"),
        ("m", "м"),
        ("n", "н"),
        ("o", "о"),
        ("p", "п"),
        ("r", "р"),
        ("s", "с"),
        ("t", "т"),
        ("u", "у"),
        ("f", "ф"),
        ("h", "г"),
        ("c", "ц"),
        ("w", "в"),
        ("x", "кс"),
        ("j", "й"),
        ("'", "ь"),
    ),
}
_TRANSLIT_RE = {
    lang: re.compile("|".join(re.escape(a) for a, _ in groups))
    for lang, groups in _TRANSLIT_GROUPS.items()
}


def transliterate(text: str, lang: str) -> str:
    """Russian or Ukrainian typed in Latin letters, in Cyrillic ("kodein z horilkoju" ->
    "кодеін з горілкою" in the Ukrainian scheme, "кодеин з хорилкою" in the Russian one)."""
    table = dict(_TRANSLIT_GROUPS[lang])
    return _TRANSLIT_RE[lang].sub(lambda m: table[m.group(0)], text.lower())


# Testing one substance with a reagent ("мдма с реактивом Марки", the Marquis reagent)
_REAGENT = re.compile(
    r"\b(?:reagents?|reactiv\w*|реактив\w*|реагент\w*|marquis|mecke|mandelin|simon|ehrlich|"
    r"маркиз\w*|test(?:ing)? kits?|тест[- ]?набор\w*|test(?:ing)? strips?|strips?|"
    r"тест[- ]?полоск\w*|тест[- ]?смужк\w*|полоск\w*|смужк\w*|tiras?|reactivos?|"
    # "тести на фентаніл їх показують": what a test finds, a testing topic
    r"тест\w* на|tests? for|pruebas? (?:de|para))\b"
)
# "fentanyl in the heroin", "viene con fentanilo": one drug inside another, a topic question.
# Said of what others do to the supply ("they mix it into fentanyl", "la mezclan con"):
# third-person plural mixing verbs.
_ADULTERANT = re.compile(
    # ("in my system", "in your blood": still in the body, the timing of a mix, not one drug
    # inside another)
    # (nor "later in the night", "in the morning", "in the club": a time or a place out, not
    # what a drug holds)
    r"\b(?:in (?:the|my|your|this)(?! same| system| body| blood| bloodstream| (?:night|evening|"
    r"morning|afternoon|day|week|weekend|club|rave|party|meantime|end)\b)|laced|cut with|contaminat\w*|they (?:mix|cut|add|put)|"
    r"might (?:be|have)|may contain|could (?:be|have)|if there(?:'s| is)|"
    # the supply being cut in the present ("are they cutting the gear with it now", "dealers
    # are lacing pills with it"): what others do to a drug, never a mix the person takes
    r"(?:are they|they(?:'re| are)|dealers?(?: are)?|people(?: are)?) (?:cutting|lacing|bulking)|"
    r"(?:cutting|lacing|bulking) (?:the|their|all the) \w+(?: \w+)? (?:with|out with)|"
    r"может (?:быть|содержать)|може (?:бути|містити)|puede (?:tener|traer|llevar)|"
    # whether something can be inside ("могут ли в таблетках X быть Y", "чи може у пігулках X
    # бути Y"); never "в один вечер" (the same evening) nor "могут ли быть проблемы"
    r"(?:может|могут|можуть|може) (?:ли |чи )?(?:в|во|у) (?!(?:один|одну|одном|одной|одному|"
    r"одній|этот|цей|той|тот)\b)[^\W\d_]+\w* (?:[^\W\d_]+ ){0,4}(?:быть|содержать|бути|містити)|"
    r"чи (?:можуть|може) (?:в|у) (?!(?:один|одну|одному|одній)\b)[^\W\d_]+ (?:[^\W\d_]+ ){0,4}"
    r"(?:бути|містити)|"
    # what testers keep finding in the supply ("la medetomidina que están encontrando mezclada con
    # el fentanilo", "what's this stuff they're finding in the dope", "находят в героине")
    r"(?:est[aá]n|han) (?:encontrando|encontrado|detectando|detectado)|encuentran|encontraron|"
    r"detectaron|they(?:'re| are| have|'ve) (?:finding|found|detecting)|"
    r"находят|знаходять|"
    r"в гер\w*|в героин\w*|у гер\w*|бодяж\w*|подмешива\w*|мешают|добавляют|"
    # found in the opioids on the street ("медетомідин у вуличних опіоїдах", "в опиатах")
    r"(?:в|у) (?:[^\W\d_]+ ){0,2}(?:опиоид|опиат|опіоїд|опіат)\w*|"
    r"підміш\w*|змішують|домішу\w*|додають|"
    r"viene con|vienen con|mezclad[oa]s? en|trae|(?:la|lo|las|los|le) (?:mezclan|cortan|ponen)|"
    # "mezclan la heroina con un sedante", "turning up in fake oxys", "que parecen xanax"
    r"mezclan|cortan|turning up in|showing up in|que parecen?|look(?:s)? like|"
    r"cortad[oa]s? con|"
    # pills said to contain another drug ("unas pastillas que dicen que tienen fentanilo", "las
    # pepas que traen cristal"), whether a drug really is what it is sold as ("el tusi es keta de
    # verdad o pura mezcla"): one drug inside another, never how bad a mix is ("que tienen de
    # malo", "es peligroso de verdad")
    r"que (?:tienen|traen|llevan|contienen)(?! de (?:malo|bueno|peligroso))|"
    r"(?:es|son) (?!(?:muy |tan |mas |más )?(?:peligros|mal|grave|segur|dañin|danin|buen))"
    r"[^\W\d_]+ de verdad|pura mezcla|"
    # "all the dope round here has fent in it now", "весь героин в Москве теперь с фентанилом"
    r"(?:has|have|got|with) (?:\w+ ){1,2}in (?:it|them)|"
    # fake pills pressed with another drug ("the fake oxys going round are pressed with fent")
    r"pressed (?:with|from|using)|"
    # "philly dope has medetomidine now": what the supply has in it these days ("can i have a
    # pint now" is one asking for a second drug)
    # (nor "safe to have a drink now", "can we have a beer now": the person's own next drug)
    r"(?<!\bi )(?<!\bto )(?<!\bwe )(?:has|have|got) (?:\w+ ){1,2}(?:now|these days|lately)|"
    r"(?:all the|весь|вся|увесь|уся|toda la|todo el) \w+(?: \w+){0,4} (?:теперь |тепер |now |ya )"
    r"(?:с|з|із|with|has|con)|"
    # sold as another drug ("продают под видом гери", "sold as heroin", "lo venden como")
    r"под видом|під виглядом|sold as|passed off as|vendid[oa]s? como|(?:la|lo|las|los) venden como|"
    r"продают как|продають як|"
    # pills or a fake made to pass as another drug ("нітазени в таблетках під оксикодон", "фейк
    # под ксанакс"); never a tablet under the tongue ("таблетки під язик")
    r"(?:таблетк|таблетц|таблет|пігулк|пігулц|табл|колес|колёс|фейк|підробк|подделк|паленк)\w* "
    r"(?:под|під) (?!(?:сам\w* )?(?:язык|язик|щек|щок|губ|кож|шкір|ноготь|ніготь))"
    r")\b"
)
# One drug made from another ("дезоморфін з кодеїну варять", "what is krokodil made from"), or
# what each of two drugs does on its own ("do lyrica and gabbies actually get you high"): topics
_MADE_FROM = re.compile(
    r"\b(?:made (?:from|of|out of|with)|cooked (?:from|out of)|cook(?:s|ing)? (?:it )?(?:from|out of)|"
    r"делают из|роблять з|"
    r"se hace|se hacen|hech[oa]s? (?:de|con)|hacen (?:de|con)|"
    r"get (?:you|u|ya|me|people) high|get high (?:on|off)|getting high (?:on|off))\b"
)
# Cooking one drug from another: the verb, with "из"/"з" before one of the names ("дезоморфін з
# кодеїну варять"); the verb alone is no sign ("варить винт и пить пиво")
_COOK = re.compile(
    r"\b(?:вар[яи]т\w*|варить|варил\w*|вари(?:ть|ли)|готов[яи]т|виготовля\w*|cook\w*|"
    # the reagents it is cooked with ("крокодил з кодеїнових таблеток, навіщо там йод і фосфор")
    r"йод\w*|фосфор\w*|iodine|phosphorus|yodo|f[oó]sforo)\b"
)
_FROM = {"из", "з", "із", "from"}
# "тропик с лирикой мешают": the two named with "с"/"з" and then mixed, taken together
_MIXED_PAIR = re.compile(r"\b(?:с|со|з|із|зі)\s+\w+,?\s+(?:мешают|змішують)\b")
# Rolled into a joint is smoked together, not found inside ("paco mezclado en el faso", "crack
# mixed into a joint")
_IN_JOINT = re.compile(
    r"\b(?:mezclad[oa]s? en (?:el |un |mi |los |unos )?(?:faso|porro|canuto|peta|churro|blunt)s?|"
    r"(?:mixed|rolled|put|crumbled) (?:in|into) (?:a |the |my )?(?:joint|spliff|blunt)s?)\b"
)
# a joint named as the form a drug is smoked in ("un porro de spice", "a joint of k2")
_JOINT_WORDS = frozenset(
    {
        "porro",
        "porros",
        "peta",
        "petas",
        "canuto",
        "canutos",
        "churro",
        "faso",
        "joint",
        "joints",
        "spliff",
        "spliffs",
    }
)
# Spanish "el finde", "los findes": the weekend, never the where-cue "find"
_FINDE = re.compile(r"\bfindes?\b")
# "gear" right after one of these was used (heroin): "used gear", "did some gear", "had a bit of"
_USED_GEAR = frozenset(
    {"used", "using", "did", "done", "doing", "had", "took", "taken", "smoked", "scored", "banged"}
)
# "used gear" is heroin after one who used it ("if i used gear"), not second-hand kit
_I_USED = frozenset(
    {"i", "you", "we", "he", "she", "they", "just", "also", "already", "ive", "had"}
)
# A story over the years: one drug long ago, the other now ("колись сидів на гері, тепер тільки
# трамадол", "в молодости торчал на винте, а сейчас гепатит", "used to be on dope, now on subs",
# "fumaba mota y ahora está en el cristal"): no mix asked, unless mixing is said outright
_LONG_AGO = re.compile(
    r"\b(?:used to|back in the day|years ago|in the past|when i was (?:young|younger|a teen\w*)|"
    r"когда-то|в молодости|в юности|много лет|несколько лет назад|годами|"
    r"колись|в молодості|замолоду|багато років|кілька років тому|роками|"
    r"de joven|hace (?:muchos )?a[nñ]os|sol[ií]a|en el pasado|"
    r"fumaba|tomaba|consum[ií]a|usaba|se met[ií]a|me met[ií]a)\b"
)
_NOW_THEN = re.compile(
    r"\b(?:now|nowadays|these days|теперь|сейчас|нынче|тепер|зараз|ahora|hoy en d[ií]a)\b"
)
# taking something is planned or asked about now ("..., а сейчас хочу повторить, можно?")
_WANTS_NOW = re.compile(
    r"\b(?:хочу|хочет|хотим|можно|можна|планую|планирую|собираюсь|збираюсь|want|wanna|gonna|"
    r"going to|can i|planning|quiero|puedo|voy a|se puede)\b"
)
_MIX_SAID = re.compile(
    r"\b(?:mix\w*|combin\w*|together|меша\w*|смеш\w*|совмещ\w*|вместе|зміш\w*|поєдн\w*|"
    r"разом|mezcl\w*|junt[oa]s)\b"
)
# Cues that two named things are taken together.
_MIX = re.compile(
    r"(?:\+|&|\b(?:mix\w*|combin\w*|together|with|and|after|before|then|on|while|plus|"
    r"same (?:night|day|time|session|sesh|evening|weekend|party|night out)|in one (?:night|session|go)|"
    r"в (?:один|одну|одном|одной) (?:день|вечер|ночь|раз|сесси\w*|тус\w*)|за (?:один|одну) (?:день|вечер|ночь|раз)|"
    r"в (?:один|одну|одному|одній) (?:день|вечір|ніч|раз|сесі\w*|тус\w*)|за (?:один|одну) (?:день|вечір|ніч)|"
    r"por separado|"
    r"меша\w*|смеш\w*|совмещ\w*|вместе|с|со|и|после|перед|потом|затем|на|под|плюс|"
    r"зміш\w*|поєдн\w*|разом|з|із|зі|і|й|та|після|перед|потім|під|"
    r"mezcl\w*|combin\w*|junt[oa]s?|con|y|e|despu[eé]s|antes|luego|estando|a la vez|"
    # one taken as the other wears off or comes up ("un canuto cuando se baja el cristal", "en
    # la bajada de la tacha", "when the pill wears off")
    r"cuando (?:ya )?(?:me |se |te )?(?:baja|bajan|sube|suben)|en la bajada|al bajar|"
    r"wears? off|wearing off|"
    # one on top of the other ("keta encima de unas pastis", "поверх алкоголя", "на тлі")
    r"encima|поверх|на фоне|на тлі|"
    # one taken while on the other ("грибы пока пью трамадол", "поки сиджу на метадоні",
    # "hongos mientras tomo tramadol"): "пока"/"поки" only before taking or being on it ("пока не
    # пробовал" is not yet)
    r"пока (?:я )?(?:пью|принимаю|сижу|на|под)|поки (?:я )?(?:п'ю|приймаю|сиджу|на|під)|mientras|"
    # the other one later ("half a pill now and some ket later on", "X, а вечером ещё Y", "X, а
    # ввечері ще Y", "X y más tarde Y")
    r"later|later on|afterwards|a bit after|"
    r"а (?:вечером|ночью|потом|затем|позже|утром|ввечері|вночі|потім|пізніше|вранці)|"
    r"(?:вечером|ночью|потом|позже|ввечері|вночі|потім|пізніше) (?:ещё|еще|ще)|"
    r"m[aá]s tarde|"
    # a wait between them ("a marka first, a couple of hours on some mushrooms", "спочатку марка,
    # а через пару годин ще гриби", "сначала X, через час Y", "X y al rato Y"), or one added on
    # top ("докинути", "догнаться")
    r"(?:an?|one|two|couple(?: of)?|few) hours? (?:later|after)|in (?:an?|a couple of|a few|\d+) hours?|"
    r"через (?:\w+ )?(?:годину|години|годин|час|часа|часов|хвилин\w*|минут\w*|півгодини|полчаса)|"
    r"сначала|спочатку|al rato|en (?:un|una|unas|unos|un par de) (?:rato|horas?)|"
    r"докин\w*|докину\w*|докинут\w*|догнат\w*|догна\w*|"
    # washed down with the other ("феназепам запить водкой", "запивал пивом", "запити горілкою")
    r"запи(?:ть|ти|л\w*|в\w*)|"
    r"mism[oa] (?:noche|d[ií]a|tiempo|rato|sesi[oó]n|fiesta|finde|fin de semana|peda)|"
    # "poppers if you've taken viagra", "un porro cuando voy de setas"
    r"if (?:you'?ve|you have|i'?ve|i have|you|i|you'?re|i'?m|im) (?:taken|had|done|used|took|on)|"
    r"cuando (?:voy|vas|va|estoy|estas|ando|andas|vaya|este) (?:de|en|con|puesto|puesta)|"
    # the other one already in the body, said with "if" ("un pase si ando bien pedo", "si ya
    # estoy borracho puedo fumar")
    r"si (?:ya )?(?:ando|andas|estoy|estas|est[aá]s|voy|vas|sigo)|"
    r"if (?:i'?m|im|you'?re) (?:already )?(?:drunk|high|pissed|wasted|stoned|buzzed))\b)"
)
# A medicine the message opens with as taken is one the person is on ("i take sertraline every
# morning, does molly still work", "i've been taking lithium, is a joint ok"): the other is
# taken on top of it
_ON_MEDICINE = re.compile(
    r"^(?:so |well |hi,? |hey,? )?(?:i take|i'?m taking|im taking|i'?ve been taking|ive been taking|been taking)\b"
)
# Words that never occur in a place name: the text after the preposition is a question.
_NOT_IN_PLACE = {
    # "проверить на примеси", "на состав": what is checked, not where
    "примеси",
    "примесь",
    "состав",
    # "сдать на анализ в лабораторию": a kind of place, not where one is
    "лабораторию",
    "лабораторію",
    "лаборатории",
    "лабораторії",
    "lab",
    "laboratorio",
    "is",
    "are",
    "how",
    "what",
    "work",
    "works",
    "does",
    "do",
    "can",
    "should",
    "it",
    "my",
    "your",
    "как",
    "что",
    "работает",
    "есть",
    "можно",
    "нужно",
    "надо",
    "ли",
    "это",
    "як",
    "що",
    "працює",
    "є",
    "можна",
    "треба",
    "чи",
    "це",
    "cómo",
    "como",
    "qué",
    "que",
    "funciona",
    "hay",
    "es",
    "puedo",
    "se",
}
# new needles or syringes asked for ("new pins", "clean needles", "чистые шприцы", "нові голки",
# "jeringas nuevas") (session 21, route20)
_NEW_KIT = re.compile(
    r"\b(?:(?:new|clean|fresh|sterile|нов\w*|чист\w*|стерильн\w*)\s+(?:\w+\s+)?"
    r"(?:needles?|pins|syringes?|works|fits|шприц\w*|игл\w*|иголк\w*|голк\w*|баян\w*)|"
    r"(?:jeringa\w*|aguja\w*)\s+(?:\w+\s+)?(?:nuev[ao]s|limpi[ao]s|esteril\w*)|"
    # used ones swapped for new, the exchange itself ("donde cambian jeringas usadas por nuevas",
    # "swap my used needles", "поменять использованные шприцы на новые")
    r"(?:cambi\w*|intercambi\w*|canje\w*)\s+(?:\w+\s+){0,2}?(?:jeringa\w*|jeringuill\w*|aguja\w*)|"
    r"(?:swap\w*|exchang\w*|trade\w*)\s+(?:\w+\s+){0,2}?(?:needles?|syringes?|pins|works|fits)|"
    r"(?:обмен\w*|обменя\w*|помен\w*|обмін\w*|обміня\w*|поміня\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:шприц\w*|игл\w*|иголк\w*|голк\w*|баян\w*))\b"
)
_DISPOSAL = re.compile(
    r"\b(?:dispos\w*|get rid|throw (?:away|out)|used needles|used syringes|sharps|"
    r"дева\w*|деть|выброс\w*|выкину\w*|утилиз\w*|использованн\w*|"
    r"діти|подіти|викину\w*|викида\w*|використан\w*|"
    # "куди дівати юзані баяни", "у смітник можна?"
    r"діва\w*|подіва\w*|смітни\w*|сміття|"
    # needles used by oneself or gathered in a bottle or a jar ("голки після себе складаю в
    # пляшку", "шприцы после себя собираю в банку")
    r"(?:шприц\w*|игл\w*|иголк\w*|голк\w*|баян\w*)\s+(?:\w+\s+)?(?:после|після)\s+себ[яе]|"
    r"(?:шприц\w*|игл\w*|иголк\w*|голк\w*|баян\w*)\b.{0,30}?\b(?:в|у)\s+(?:пляшк\w*|бутылк\w*|"
    r"бутилк\w*|банк[уи]|баночк\w*|контейнер\w*)|"
    r"tirar|tiro|desech\w*|usadas|usados|"
    # a needle found lying about, and how to pick it up ("found a syringe by the swings", "нашла
    # шприц во дворе", "знайшов голку в парку", "encontré una jeringa en la plaza")
    r"(?:found|find|finding)\s+(?:a|an|some|two|\d+)\s+(?:\w+\s+)?(?:needles?|syringes?|sharps?|fits?)|"
    r"pick(?:ing)?\s+(?:it|them|this|that)\s+up|"
    r"наш(?:ел|ёл|ла|ли|лись)\s+(?:\w+\s+)?(?:шприц\w*|игл\w*|иголк\w*|баян\w*)|"
    r"знайш\w*\s+(?:\w+\s+)?(?:шприц\w*|голк\w*|баян\w*)|"
    r"encontr\w*\s+(?:una?s?\s+)?(?:\w+\s+)?(?:jeringa\w*|aguja\w*))\b"
)
# one's own area named as such ("near me", "round here", "в моем районе", "por mi barrio")
_OWN_AREA = re.compile(
    r"\b(?:near me|round here|around here|near here|in my area|close to me|рядом со мной|"
    r"поблизости|недалеко|(?:в|у|на) (?:мо[её]м|нашем|моєму|нашому) район\w*|поруч зі мною|поблизу|"
    r"(?:en|por) mi (?:barrio|zona|colonia|ciudad)|cerca de m[ií])\b"
)
# the supervised consumption service by its name: no "inject" question in it
_CONSUMPTION_SITE = re.compile(
    r"\b(?:safe |supervised |safer )?(?:injection|injecting|consumption) (?:site|room|facilit\w*|"
    r"cent(?:re|er)|space)s?\b|\bsalas? de (?:consumo|inyecci[oó]n)\b"
)
# Without a place, "where" about keeping, using or doing something is a question for a topic
# ("where should I keep my naloxone", "где лучше колоть", "donde guardo la naloxona"), and
# "find out" is not finding a place ("how do I find out if I have hep C").
_NOT_SERVICE = re.compile(
    r"\b(?:keep|kept|store|stash|put|hide|carry|inject\w*|shoot|shot|dip|hit|best place|better|"
    r"find out|found out|take (?:it|them) (?:with|abroad)|"
    r"хран\w*|держ\w*|прят\w*|колоть|колоти|коли|ставить|ширя\w*|лучше|краще|лучш\w*|"
    r"узна\w*|дізна\w*|с собой|із собою|з собою|за границ\w*|за кордон\w*|"
    r"зберіга\w*|трима\w*|хова\w*|"
    r"guard\w*|llev\w*|inyect\w*|pincha\w*|mejor|pon\w*|escond\w*|"
    r"saber si|averigu\w*|strength|силы|сил|сили|fuerzas|"
    # how much time is left (after a broken condom), whether it is cured, how to ask for it:
    # a topic's answer, not a finder
    r"сколько (?:у меня )?времени|скільки (?:у мене )?часу|cu[aá]nto tiempo (?:tengo|hay|me queda)|"
    r"how (?:long|much time) do i have|это лечится|чи це лікується|(?:is it|is that) curable|"
    r"se cura|c[oó]mo (?:la|lo) pido|"
    # switching from one treatment to another, asked ("можна перевестись з метадону", "can i
    # switch from methadone to bupe", "me puedo pasar de metadona"): the treatment topic answers
    r"перевест\w*|перевод\w* (?:с|на)|перейти (?:с|з|на)|переход\w* (?:с|з|на)|перехід (?:з|на)|"
    r"switch\w* (?:from|over|to)|transfer\w* (?:from|to)|cambiar(?:me)? de|pasar(?:me)? de|"
    # a whole country is no place to look in
    r"в украине|в україні|в россии|в росії|в казахстане|в казахстані|in ukraine|in russia|"
    r"in spain|in mexico|in the uk|in the us|en espa[nñ]a|en m[eé]xico|en argentina|en colombia|"
    r"en chile|en ucrania|en rusia|в испании|в іспанії|в мексике|в мексиці|in canada|in australia|"
    r"в беларуси|в білорусі|у білорусі|в казахстане|у казахстані|en canad[aá]|en per[uú]|"
    # where it is got asked beside what it is or looks like ("где взять налоксон и как он вообще
    # выглядит", "where do people get naloxone and what does it look like"), and whether such a
    # thing exists here at all ("а у нас такое есть?", "¿aquí hay algo así?"): the topic answers
    r"look(?:s)? like|выгляд\w*|вигляда\w*|что это(?: такое| за)?|що це(?: таке| за)?|"
    r"what (?:is it|it is|is that)|qu[eé] es (?:eso|esto|exactamente)|"
    r"anything like (?:that|this|it)|something like (?:that|this)|algo as[ií]|"
    r"такое (?:есть|делают|бывает)|таке (?:є|роблять|буває)|"
    # how such a service works, with no place ("чула шо є сервіс де перевіряють, як воно
    # працює", "how does that even work"): the topic explains it
    r"як (?:воно |це |він |вона )?працю\w*|как (?:оно |это |он |она )?работа\w*|"
    r"how (?:does |do )?(?:it|that|this|they) (?:even )?work|c[oó]mo funciona\w*)\b"
)
# "el tusi que venden en ...": what is sold there, not where it is sold
_SOLD_WHAT = re.compile(r"\bque venden\b")
# The charge a lawyer is wanted for ("адвокат по статье за хранение", "адвокат за зберігання",
# "lawyer for a possession charge"): a charge, not where something is kept
_CHARGE = re.compile(r"\b(?:хранени\w*|зберіганн\w*)")
# "is it free?", "бесплатная?", "безкоштовне чи платне?", "¿es gratis?": what a treatment costs
# asked about, not a free one looked for; without a place the topic answers
_FREE_ASKED = re.compile(
    r"\b(?:free|бесплатн\w*|безкоштовн\w*|безплатн\w*|gratis|gratuit[oa]s?)"
    r"(?: ли)?(?: (?:now|сейчас|зараз|ahora|ya))?\s*(?:\?|$|,? (?:or|или|чи|або|o)\b)"
    # "бесплатно ли это", "чи безкоштовне лікування", "а лечение бесплатное?": asked whether
    r"|\b(?:бесплатн\w*|безплатн\w*) ли\b"
    r"|\bчи (?:(?:це|воно|він|вона|вони|таке) )?(?:безкоштовн\w*|безплатн\w*)"
    # whether a thing is free, said of it ("el tratamiento ... es gratis y funciona?", "is the
    # treatment free and does it work"): how it goes, not where to get it
    r"|\b(?:es|son|is|are|it'?s) (?:free|gratis|gratuit[oa]s?)\b"
    # free, or must it be bought or paid for ("бесплатно выдают или надо покупать", "безкоштовно
    # дають чи за гроші", "do they hand it out free or do you pay"): what it costs, asked
    r"|\b(?:free|бесплатн\w*|безкоштовн\w*|безплатн\w*|gratis|gratuit[oa]s?)\b[^?.!]{0,30}?"
    r"\b(?:or|или|чи|або|o)\s+(?:\w+\s+){0,3}?(?:купува\w*|покупа\w*|купить|купити|куплять|"
    r"плати\w*|платн\w*|оплач\w*|за\s+(?:деньги|гроші|свои|свої)|pay\w*|buy\w*|paid|"
    r"compr\w*|pag\w*)"
)
# a right asked about ("безкоштовний адвокат мені положений?", "я имею право на бесплатного
# адвоката", "am I entitled to a free lawyer"): what the law gives, not a free service looked for
_ENTITLED = re.compile(
    r"\b(?:положен\w*|полага\w*|належить|належ\w+ мені|(?:имею|имеем|имеет|имеют|маю|маємо|має|"
    r"мають)(?: \w+){0,2}? право|право на (?:бесплатн|безкоштовн|безплатн)\w*|entitled|"
    r"(?:tengo|tiene|tienen|tenemos) derecho)\b"
)
# What is in the street supply, or how a service works by mail, is a topic question even with a
# place ("вуличний метадон у Кривому Розі ... з чим його бодяжать", "cómo se manda la muestra por
# correo"); sewing and knitting needles are no syringes ("a needle thick enough to sew leather")
# getting off street methadone (a wish for treatment, not the street methadone topic): "хочу слезть с
# уличного метадона", "зіскочити з вуличного метадону", "get off street methadone", "dejar la
# metadona de la calle" (session 21)
_OFF_STREET = re.compile(
    r"\b(?:слезть|слезти|злезть|злізти|зіскочити|соскочить|соскочити|уйти|бросить|кинути|get off|"
    r"come off|quit|dejar|salir)\s+(?:(?:с|со|з|із|зі|from|of|off|de|del|la|el)\s+)?"
    r"(?:уличн\w* метадон\w*|вуличн\w* метадон\w*|street (?:methadone|bupe)|"
    r"(?:la )?metadona de (?:la )?calle)"
)
_NOT_A_FINDER = re.compile(
    r"\b(?:бодяж\w*|разбодяж\w*|разбав\w*|розбав\w*|cut with|cut it|rebajad\w*|cortad[oa]s? con|"
    r"уличн\w* метадон\w*|вуличн\w* метадон\w*|метадон\w* (?:с|з) рук|street (?:methadone|bupe)|"
    r"metadona de (?:la )?calle|"
    r"por correo|by (?:post|mail)|in the post|почтой|поштою|"
    r"sew\w*|stitch\w*|leather|knit\w*|embroider\w*|шить\w*|вышив\w*|нитк\w*|шиття|вишив\w*|"
    r"coser|costura|bordar|tejer|швейн\w*|máquina de coser|sewing)\b"
)
# Buying or ordering test kits without a place: where people order them is the reagent topic
# ("реагенты где купить и надёжно ли", "where do people order reagent kits")
_BUY_KIT = re.compile(
    r"\b(?:buy\w*|order\w*|purchase\w*|купить|купити|заказ\w*|замов\w*|покупа\w*|"
    r"compr\w*|pedir|piden|pide|suele pedir|берут|беруть|get them)\b"
)
# Reading a kit's colours or result ("реактивы где взять и как читать цвета", "how do i read the
# reagent colours"): the kit's topic, without a place ("where can i get test strips" alone stays
# the finder)
_READ_KIT = re.compile(
    r"\b(?:чита\w*|расшифр\w*|розшифр\w*|цвет\w*|кольор\w*|colou?rs?|colores|"
    r"read(?:ing)?|leer|leo|interpret\w*)\b"
)
# Eating out is no food service ("где вкусно поесть недорого", "dónde comer barato")
_EATING_OUT = re.compile(
    r"\b(?:вкусн\w*|смачн\w*|недорог\w*|дешев\w*|ресторан\w*|кафе|restaurant\w*|cafe|"
    r"barat[oa]s?|ric[oa]|sabros[oa]|cheap\w*|tasty|date|brunch|"
    # good food or a dish named ("dónde comer buenos tacos", "best pizza", "лучшие суши")
    r"buen[oa]s?(?!\s+aires)|mejor(?:es)?|best|лучш\w*|найкращ\w*|tacos?|pizz\w*|sushi|"
    r"суши|пицц\w*|піц\w*|бургер\w*|burgers?|hamburgues\w*)\b"
)
_ANALYSED = re.compile(r"\banali[cz]\w*")
# checking a drug itself, in Russian and Ukrainian ("проверить марки", "перевірити таблетки")
_CHECK_VERB = re.compile(
    # (and someone who does: "кто-то в самаре проверяет соль", "хтось тестує марки") (session 21)
    r"\b(?:провер(?:ить|ять|ят|яют|ю|яет)|протестир\w*|тестиру\w*|перевір(?:ити|яти|ять|яють|ю|яє)|"
    r"протесту\w*|тесту(?:є|ють))\b"
)
_FREE = re.compile(r"\b(?:free|бесплатн\w*|безкоштовн\w*|безплатн\w*|gratis|gratuit\w*)\b")
# the WHERE cues that are only "free" ("free ", "бесплатн", "безкоштовн", "gratis")
_FREE_STEMS = {"free", "бесплатн", "безкоштовн", "gratis", "get free"}
# "somewhere" inside a how-question ("як потрапити на замісну, треба десь ставати на облік?",
# "как попасть на программу, надо где-нибудь отмечаться?"): how it is done, no place asked (a
# how-question names no "anywhere in" either: ``_ANYWHERE_IN``)
_VAGUE_SOMEWHERE = {"десь", "где-нибудь", "где нибудь"}
_HOW_DONE = re.compile(r"^(?:how|как|як)\b")
# a sample sent "for analysis" without a place: how drug checking works, a topic question
_LAB_SAMPLE = re.compile(r"\b(?:на|в|у)\s+(?:анализ|аналіз)\w*")
# whether such labs exist at all, with no place ("где проверить вещество анонимно, есть такие
# лаборатории?", "чи є такі лабораторії", "do such labs even exist", "existen esos laboratorios"):
# the drug-checking topic explains them
_SUCH_EXIST = re.compile(
    r"\b(?:(?:есть|бывают|существуют) так(?:ие|ая|ой|ое)|так(?:ие|ая) (?:есть|бывают|существуют)|"
    r"(?:є|бувають|існують) так(?:і|а|ий|е)|так(?:і|а) (?:є|бувають|існують)|"
    r"such (?:\w+ )?(?:exist|exists)|(?:do|does) (?:such|those|these) (?:\w+ )?(?:even )?exist|"
    r"existen (?:esos|esas|tales|estos|estas))\b"
)
# whether a drug-checking service tells the police (below), or such labs exist (above) ("do they tell the cops", "avisan a la
# policía", "не сдадут ли в полицию"): the drug-checking topic answers it (free, anonymous, often
# with official permission); the finder only asks for a place
_TELLS_POLICE = re.compile(
    r"\b(?:(?:tell|inform|report\w*|grass\w*|call|contact)\s+(?:\w+\s+)?(?:to\s+)?(?:the\s+)?"
    r"(?:cops|police|feds|law)|"
    r"(?:avisa\w*|llama\w*|informa\w*|denuncia\w*|reporta\w*|pasa\w*)\s+(?:\w+\s+)?(?:a\s+)?"
    r"(?:la\s+)?(?:policia|poli|tombos|cana)|"
    r"(?:сообща\w*|сообщ\w*|сда(?:дут|ют|ст)|стуча\w*|переда\w*|звон\w*|повідом\w*|злива\w*)\s+"
    r"(?:\w+\s+)?(?:в|у|до)?\s*(?:полици\w*|поліці\w*|мент\w*|мусор\w*))"
)
# checked without anyone knowing or asking ("без палева", "щоб ніхто не питав", "no questions
# asked"): whether the checkers ask or keep names is the topic's to say
_UNNOTICED = re.compile(
    r"\b(?:без палев\w*|без палив\w*|не спалившись|не спалитись|анонимн\w*|анонімн\w*|"
    r"(?:чтобы|чтоб|щоб|щоби) (?:никто|ніхто) не (?:спрос\w*|спраш\w*|пит\w*|узна\w*|дізна\w*)|"
    r"no questions asked|without (?:anyone|them|people) (?:asking|knowing)|anonymous\w*|"
    r"sin que (?:me )?pregunten|sin que nadie (?:sepa|se entere)|an[oó]nim\w*)"
)
# either: the drug-checking topic's question, with no place
_CHECKING_TOPIC = re.compile(f"{_TELLS_POLICE.pattern}|{_SUCH_EXIST.pattern}")
# "есть в харькове обмен шприцов", "чи є в житомирі група підтримки": is there one in a place;
# the word after the preposition must be neither a substance nor a service ("есть ли в метадоне")
_IS_THERE_IN = re.compile(r"(?:^|\s)(?:есть(?: ли)?|є|чи є)\s+(?:в|во|у)\s+([^\W\d_]+)")
# case endings of a place named after "в"/"у" ("в москве", "у львові", "в бишкеке")
_PLACE_CASE_ENDINGS = frozenset({"е", "і", "у", "ові", "еві", "ах", "ях", "ой", "ии", "ії"})
# the place said before it ("в москве есть обмен шприцев?", "у львові є пункт обміну?"): is there
# one in a place, when that word is a place the bot knows
_IN_IS_THERE = re.compile(r"(?:^|\s)(?:в|во|у)\s+([^\W\d_]+)\s+(?:есть|є)\b")
# "donde me pincho", "where i inject", "где кололся": the spot on the body, not a where-question
_INJECTED_WHERE = re.compile(
    r"\b(?:donde me (?:pincho|pinche|pinché|pinche|inyecto|inyecte|inyecté|chuto|chute|chuté|pico|pique|piqué)|"
    # "where you didnt inject", "не там де кололи", "donde no te inyectas": the body, not a place
    r"(?:там )?(?:где|де) (?:(?:я|ты|вы|мы|они|ти|ви|ми|вони) )?(?:не )?(?:кол\w*|укол\w*|ширял\w*|вмаз\w*)|"
    r"donde (?:no )?(?:me |te |se )?(?:pinch|inyect|chut|pic)\w*|"
    r"where (?:i|u|you|he|she|we|they) (?:(?:didnt|didn't|did not|never|dont|don't|do not) )?"
    r"(?:(?:last|just|usually|always|first) )?"
    r"(?:inject|shoot|shot|jab|jabbed|hit|went in|go in|got in|poked|stuck|used|use|banged)\w*|"
    r"куда (?:я )?(?:в последний раз |последний раз )?(?:колол\w*|колюсь|ширял\w*)|"
    r"куди (?:я )?(?:востаннє |в останній раз )?(?:колов\w*|колюсь)|"
    r"где (?:я )?(?:колол\w*|укол\w*|ширял\w*)|куда (?:я )?(?:колол\w*|колюсь)|"
    r"де (?:я )?(?:колов\w*|укол\w*)|куди (?:я )?(?:колов\w*|колюсь))"
)
# A part of the body said with no place ("dónde se mete la jeringa, en la vena o en el músculo",
# "where does the needle go, vein or muscle", "куда колоть шприц, в вену или в мышцу"): where on
# the body, the injecting topic, not where to get syringes
_BODY_SITE = re.compile(
    r"\b(?:vena|venas|musculo|músculo|brazo|brazos|pierna|piernas|ingle|cuello|"
    r"vein|veins|muscle|groin|neck|"
    # where a shot of naloxone goes ("in the thigh or the arm?", "в бедро", "en el muslo")
    r"thighs?|shoulders?|buttocks?|bum cheek|muslos?|hombros?|nalgas?|gl[uú]teos?|"
    r"бедро|бедра|плечо|ягодиц\w*|стегно|стегна|сідниц\w*|"
    # where the nasal spray goes ("up one nostril or both?", "en una fosa nasal o en las dos",
    # "в одну ноздрю или в обе"): how to give it, never where to get it
    r"nostrils?|fosas?\s+nasal(?:es)?|narinas?|orificios?\s+nasal(?:es)?|"
    r"ноздр\w*|ніздр\w*|"
    r"вен[ауеы]?|мышц\w*|м'яз\w*|мяз\w*|пах|паху|шею|шия|шиї)\b"
)
_COUNTRIES = {
    "россии",
    "росії",
    "украине",
    "україні",
    "казахстане",
    "казахстані",
    "ukraine",
    "russia",
    "spain",
    "mexico",
    "méxico",
    "españa",
    "espana",
    "argentina",
    "colombia",
    "chile",
    "ucrania",
    "rusia",
    "испании",
    "іспанії",
    "мексике",
    "мексиці",
    "the uk",
    "the us",
    "uk",
    "usa",
    "canada",
    "australia",
    "belarus",
    "kazakhstan",
    "беларуси",
    "белоруссии",
    "білорусі",
    "грузии",
    "грузії",
    "молдове",
    "молдові",
    "польше",
    "польщі",
    "германии",
    "німеччині",
    "canadá",
    "perú",
    "peru",
    "bolivia",
    "ecuador",
    "uruguay",
    "venezuela",
    # more whole countries: a tail after the place ("in ireland i can get ...") leaves the country
    # alone (session 21)
    "ireland",
    "irlanda",
    "ирландии",
    "ірландії",
    "france",
    "francia",
    "франции",
    "франції",
    "germany",
    "alemania",
    "italy",
    "italia",
    "италии",
    "італії",
    "portugal",
    "португалии",
    "португалії",
    "poland",
    "polonia",
    "netherlands",
    "holland",
    "holanda",
    "нидерландах",
    "нідерландах",
    # a continent or "the States": where something exists, not a place to look in
    "europe",
    "europa",
    "европе",
    "европа",
    "європі",
    "європа",
    "штатах",
    "америке",
    "америці",
    "сша",
    "the states",
    "estados unidos",
    "eeuu",
}


# Whether something is legal is a question for a topic, with or without a place ("legal in
# Russia", "la metadona es legal en México", "где разрешена заместительная терапия").
_LEGALITY = re.compile(
    r"\b(?:legal|legally|illegal|law|laws|allowed|banned|"
    r"легал\w*|нелегал\w*|законн?\w*|незаконн?\w*|разреш\w*|запрещ\w*|"
    r"легальн\w*|нелегальн\w*|дозвол\w*|заборон\w*|"
    r"ilegal\w*|permitid\w*|prohibid\w*|ley|leyes)\b"
)
# A yes/no question without a place and without "where" asks about the thing, not for a place
# ("can I find narcan at a pharmacy without a prescription", "можно ли найти тест-полоски").
_YES_NO = re.compile(
    r"^(?:can|could|is|are|does|do|will|можно|можно ли|нужно ли|можна|чи|"
    r"se puede|puedo|es|hay|tienen|venden)\b"
)
_WHERE_WORD = re.compile(
    r"\b(?:where|wheres|near me|nearby|closest|nearest|around here|где|куда|рядом|поблизости|"
    r"ближайш\w*|де|куди|поруч|поблизу|найближч\w*|d[oó]nde|dnd|onde|cerca|cercan[oa]s?)\b"
)
# Words after "in" that are a form, a time or a condition, not a place ("методон в таблетках",
# "methadone in pregnancy", "naloxona en spray"): a place typed in lower case must not be one.
_NOT_PLACE_WORD = re.compile(
    r"(?:pills?|tablets?|liquid|spray|powder|pregnan\w*|prison|jail|rehab|hospital|the |a |"
    r"таблет\w*|ампул\w*|сироп\w*|порошк\w*|спре\w*|беремен\w*|вагітн\w*|тюрьм\w*|тюрм\w*|"
    r"больниц\w*|лікарн\w*|рецепт\w*|"
    # a part of the body a shot goes into ("налоксон колоти в мязи", "в стегно чи в плече")
    r"(?:мяз|м'яз|мʼяз|стегн|плеч|сідниц|дуп)\w*|(?:вену|вени|вені|пах|паху)\b|"
    r"pastill\w*|tabletas?|l[ií]quid\w*|polvo|embaraz\w*|c[aá]rcel|hospital|receta)"
)
# A time of day, a day of rest, an empty stomach or one's home after a preposition ("hiv test in
# the morning", "аналіз на гепатит натще", "prueba en ayunas", "тест на віл у домашніх умовах"):
# when or how a test is done, never a place the finder could look in.
_WHEN_OR_HOW = re.compile(
    r"^(?:the\s+|an?\s+|la\s+|el\s+|las\s+|los\s+|un\s+|una\s+)?(?:"
    r"mornings?|evenings?|afternoons?|night(?:time)?s?|daytime|weekends?|fasting|empty\s+stomach|"
    r"home|my\s+home|"
    r"утр\w*|вечер\w*|ночь\w*|ночью|ночн\w*|дн[её]м|выходн\w*|голодн\w*|натощак|домашн\w*|"
    r"ранк\w*|ранков\w*|вечор\w*|ніч|ночі|вночі|вдень|вихідн\w*|натще\w*|"
    # a stretch of time taken along or away ("дози з собою на тиждень", "дозы на неделю", "у
    # відпустку", "на праздники"): when, not where
    r"тиждень|тижні|тижнів|недел[юиь]|неделька|неділю|місяць|месяц|отпуск\w*|відпустк\w*|"
    r"праздник\w*|свята|канікул\w*|каникул\w*|"
    r"manana|tarde|noche|madrugada|fin\s+de\s+semana|ayun\w*|casa|domicilio|"
    # a day, never a place ("ночлежка в омске на сегодня", "a bed for today in leeds", "para
    # hoy en cádiz"): the place is the other one named
    r"today|tonight|tomorrow|сегодня|сегодняшн\w*|завтра|сьогодні|сьогоднішн\w*|hoy)\b"
)
# Asking for something: "need", "looking for", "is there", "any", "нужен", "есть ли", "hay"...
# "Mexico City", "Mexico DF": the last word of a city named after its country
_CITY_WORDS = {"city", "df", "d.f."}
# services of any type asked for in a place (folded text: no accents)
_ANY_SERVICE = re.compile(
    r"^[¿¡]?(?:(?:any|all|harm reduction|drug|снижени[ея] вреда|зменшення шкоди|"
    r"reduccion de danos)\s+)?"
    r"(?:services?|support services?|help services?|службы|служби|сервисы|сервіси|servicios|"
    r"harm reduction|снижение вреда|зменшення шкоди|reduccion de danos|centros? de ayuda|"
    r"help|помощь|допомога|ayuda)"
    r"\s+(?:in|near|around|в|во|у|в районе|en|cerca de|por)\s+"
)
# "services", "службы", "servicios" (the plural asks for a list of them, not for help)
_SERVICES_PLURAL = re.compile(
    r"^[¿¡]?(?:(?:any|all|harm reduction|drug|снижени[ея] вреда|зменшення шкоди|"
    r"reduccion de danos)\s+)?"
    r"(?:services|support services|help services|службы|служби|сервисы|сервіси|servicios|"
    r"centros de ayuda)\s"
)
# a language after "in" ("services in english", "службы на русском"): no place
_LANGUAGE_WORD = re.compile(
    r"(?:english|spanish|russian|ukrainian|русск\w*|украинск\w*|англ\w*|испанск\w*|"
    r"українськ\w*|російськ\w*|англійськ\w*|іспанськ\w*|espanol|ingles|ruso|ucraniano)\b"
)
# A detox bed or rehab asked for ("need a detox bed", "койка на детокс", "ліжко на детокс",
# "centro de rehabilitación", "cama de desintoxicación"): a place to stop, no type of its own
_DETOX = re.compile(
    r"\b(?:detox (?:bed|beds|unit|centre|center|clinic|ward|place|facility|program\w*)|rehab\w*|"
    r"inpatient detox|residential (?:treatment|rehab)|"
    r"(?:койк\w*|мест\w*|ліжк\w*|місц\w*) (?:на|для|в|у) детокс\w*|детокс[- ]?центр\w*|"
    r"реабилитаци\w*|реабілітаці\w*|ребцентр\w*|рехаб\w*|"
    r"(?:cama|plaza|lugar|centro|cl[ií]nica)s? (?:de|para) (?:desintoxicaci\w*|rehabilitaci\w*)|"
    r"rehabilitaci[oó]n)\b"
)
_SEEK = re.compile(
    r"^[¿¡]?(?:(?:i |we )?(?:really |urgently |desperately )?(?:need|needs|looking for|look for|"
    r"want)(?! to\b)|is there|are there|any|anywhere|"
    # an adverb of urgency between ("мне срочно нужен налоксон", "терміново потрібен")
    r"(?:мне |нам )?(?:срочно |очень |щас |сейчас )?(?:нужен|нужна|нужны|ищу|ищем)|есть ли|"
    r"есть где|(?:мені |нам )?(?:терміново |дуже |зараз )?(?:потрібен|потрібна|потрібні|шукаю|"
    r"шукаємо|треба(?! знати))|чи є|є десь|"
    r"(?:necesito|necesitamos)(?! saber)|busco|buscamos|hay|habr[aá]|existe|alguien sabe|"
    # "walk in hiv test in brixton", "¿algún albergue ... en el centro?"
    r"walk[- ]?in|drop[- ]?in|alg[uú]n[oa]?s?)\b"
)
# Already in treatment, or just moved onto it, and asking how it goes ("перешла на метадон по
# программе в Киеве, как долго привыкать", "вже рік на замісній у Полтаві, чи дають дози додому",
# "лежу на детоксе в Омске", "me pasé a la metadona en el CAD"): the treatment topic, not the
# finder, unless "where" or a request is said too
_ALREADY_IN = re.compile(
    r"\b(?:switched (?:from|over|onto|to)|moved (?:from|onto)|went (?:from|onto))\b|"
    r"\b(?:i'?m|i am|been) (?:already )?(?:on|in) (?:the |a |my )?"
    r"(?:methadone|bupe|subs?|suboxone|buprenorphine|programme|program|clinic|detox|oat|mat)\b|"
    r"\b(?:перешел|перешла|перешли|перевели|перевел\w*|перейшов|перейшла|перейшли|перевів|перевела)\b|"
    r"\b(?:уже|вже) (?:\w+ ){0,3}(?:на|в|у) (?:замест\w*|заміс\w*|метадон\w*|бупрен\w*|програм\w*|"
    r"терапи\w*|терапі\w*|детокс\w*|зпт|озт)|"
    r"\b(?:лежу|лежим|лежала|лежал|лежав) (?:на|в|у) (?:детокс\w*|нарколог\w*|стационар\w*|стаціонар\w*|"
    r"больниц\w*|лікарн\w*|реаб\w*)|"
    r"\b(?:me pase|me cambiaron|ya estoy en|ya llevo \w+(?: \w+)? en|estoy en (?:el|la) programa)\b"
)
# a request anywhere in the message ("уже год на заместительной в Киеве, нужен налоксон")
_REQUEST = re.compile(
    r"\b(?:need|needs|looking for|нужен|нужна|нужны|нужно|ищу|потрібен|потрібна|потрібні|"
    r"потрібно|шукаю|треба(?! знати| щось)|necesito|busco)\b"
)
# which clinic or whom to see is asking where ("how do i get on methadone in dublin, which
# clinic", "в какую клинику идти", "a que clinica voy", "who do i see"): a where cue
_WHICH_SERVICE = re.compile(
    r"\b(?:(?:which|what) (?:clinic|clinics|service|services|place|places|centre|center|"
    r"chemist|pharmacy)|who (?:do|should|can) (?:i|we|you) (?:see|go to|ask|call|contact)|"
    r"(?:в|во|до|у|к) (?:какую|какой|какому|яку|який|якої|якого|якій|которую|которой) "
    r"(?:клиник\w*|больниц\w*|центр\w*|"
    r"диспансер\w*|аптек\w*|организаци\w*|клінік\w*|лікарн\w*|організаці\w*)|"
    r"к (?:какому|кому) (?:врачу|врач\w*|обратиться|идти)|до якого (?:лікаря|центру)|"
    r"(?:a |en )?(?:que|cual|cuál) (?:clinica|clinicas|centro|centros|hospital|sitio|lugar|doctor|"
    r"medico|farmacia))\b"
)
# who gives it out, with words between ("кто в харькове раздает", "хтось видає")
_WHO_GIVES = re.compile(
    r"\b(?:кто|кто-то|кто-нибудь|хто|хтось|хто-небудь|alguien|someone|anyone|who)\b"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:(?:que|que me|que te)\s+)?"
    r"(?:выда[её]т|выдают|разда[её]т|раздают|вида[єю]|видають|розда[єю]|роздають|"
    r"d[eé]n?|da|repart[ae]n?|regal[ae]n?|gives? out|hands? out|"
    # someone who tests or checks (pills, gear) in a place ("anyone testing pills in leeds",
    # "хтось перевіряє таблетки в києві", "alguien que analice en valencia")
    r"test(?:s|ing)?|check(?:s|ing)?|тестиру\w+|проверя\w+|тесту\w+|перевіря\w+|analic\w+|analiz\w+)\b"
)
# someone who can see to a wound, a test or a prescription ("who can look at my abscess",
# "who lances abscesses", "кто может посмотреть", "хто може глянути", "quién me puede curar"):
# with a place, where to go
_WHO_CAN = re.compile(
    r"\b(?:who|кто|хто|qui[eé]n(?:es)?)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:look\w*|see|sees|check\w*|treat\w*|lance\w*|drain\w*|dress\w*|clean\w*|sort\w*|"
    r"prescrib\w*|посмотр\w*|осмотр\w*|вскр\w*|обработ\w*|полеч\w*|лечит|лечат|вылеч\w*|"
    r"выпиш\w*|выписыва\w*|перевяз\w*|глян\w*|подив\w*|огля\w*|розкр\w*|оброб\w*|поліку\w*|лікує|"
    r"лікують|вилік\w*|випиш\w*|випису\w*|перев'яж\w*|cur[ae]\w*|ve[ar]?|revis\w*|abr[ai]\w*|dren\w*|"
    r"trat[ae]\w*|atiend\w*|atender|recet\w*)\b"
)
# someone asked for without "who" ("alguien en barcelona que me mire un absceso", "anyone in leeds
# who can look at my arm", "есть кто в харькове, кто посмотрит", "є хтось у львові, хто гляне"):
# the same verbs, up to four words after, never told in the past ("someone looked at it in
# hospital"); with a place, where to go (session 21, route20)
_SOMEONE_CAN = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|alguien|alguno|кто-то|кто-нибудь|хтось|хто-небудь|"
    r"(?:есть|є|чи є|есть ли)\s+(?:кто|хто))(?:\s+[^\W\d_]+){0,4}?\s+"
    r"(?!\w+ed\b)(?:look|looks|see|sees|check|checks|treat|treats|lance|drain|dress|clean|sort|"
    r"prescribe|посмотр\w*|осмотр\w*|вскро\w*|обработа\w*|полеч\w*|лечит|лечат|"
    r"выпиш\w*|перевяж\w*|глян\w*|подив\w*|огляне\w*|розкри\w*|оброби\w*|поліку\w*|лікує|"
    r"лікують|випиш\w*|перев'яж\w*|mire|miren|cure|curen|vea|vean|revise|revisen|atienda|atiendan|"
    r"trate|traten|recete|receten)\b"
)
# someone to talk to about how one is doing, in a place, with no service named ("is there anyone in
# madrid i can talk to about my head", "есть кто в мадриде с кем поговорить, после того как бросил
# плохо", "є хтось у львові з ким поговорити про голову", "alguien en cdmx con quien hablar, desde
# que lo dejé estoy fatal"): a counsellor, the mental-health finder; only with a word of how one
# feels or of using or stopping ("someone in madrid to talk to about flats" is no service)
# (session 21, route20)
_TALK_TO = re.compile(
    r"\b(?:(?:talk|speak|chat)\s+to\s+(?:someone|somebody|anyone|anybody|a person)|"
    r"(?:someone|somebody|anyone|anybody)(?:\s+[^\W\d_]+){0,4}?\s+(?:i|we)\s+(?:can|could)\s+(?:talk|speak)\s+to|"
    r"(?:someone|somebody|anyone|anybody)\s+to\s+(?:talk|speak)\s+to|"
    r"(?:с кем|кому|з ким)\s+(?:можно\s+|можна\s+|бы\s+|б\s+)?(?:поговорить|выговориться|поговорити|виговоритися)|"
    r"(?:поговорить\s+с\s+кем-(?:то|нибудь)|поговорити\s+з\s+кимось)|"
    r"con\s+qui[eé]n\s+(?:poder\s+|pueda\s+|puedo\s+)?(?:hablar|platicar|desahogarme)|"
    r"(?:hablar|platicar)\s+con\s+alguien)\b"
)
# "someone in <place>" said first: a person sought there ("anyone in madrid", "есть кто в
# мадриде", "є хтось у львові", "alguien en cdmx"); "where can i talk to someone at night" and
# "con quién puedo hablar" name no one there (the crisis topic)
_SOMEONE_IN = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|alguien|кто-то|кто-нибудь|хтось|хто-небудь|"
    r"(?:есть|є)(?:\s+ли)?\s+(?:кто|хто))\s+(?:in|around|near|в|во|у|en)\s+[^\W\d_]"
)
_HOW_ONE_IS = re.compile(
    r"\b(?:head|mind|mental\w*|feel\w*|depress\w*|anxi\w*|struggl\w*|mess|low|quit|stopp?ed|clean|"
    r"sober|using|relaps\w*|голов\w*|депресс\w*|депрес\w*|тревог\w*|тривог\w*|плохо|погано|хреново|"
    r"херово|бросил\w*|кинув|кинула|завязал\w*|зав'язав\w*|сорвал\w*|зірвав\w*|употребля\w*|"
    r"вжива\w*|душ[еу]|cabeza|depre\w*|ansiedad|fatal|dej[eé]|consum\w*|reca[ií]\w*|"
    r"baj[oó]n|triste\w*|tristeza)\b"
)


def _talk_to_type(low: str) -> str | None:
    """Someone in a place to talk to about how one is doing: the mental-health finder."""
    if _SOMEONE_IN.search(low) and _TALK_TO.search(low) and _HOW_ONE_IS.search(low):
        return "mental-health"
    return None


# a wish to get it done ("quiero hacerme la prueba", "i want to get tested", "хочу сдать тест",
# "хочу здати тест", "can i get a hep c test"): with a place, where to go
_WANT_DONE = re.compile(
    r"\b(?:(?:quiero|quisiera|necesito)\s+(?:hacerme|que me (?:hagan|vean|den))|"
    r"(?:i want|i'?d like|i need)\s+to\s+get\s+(?:tested|checked|seen|a\s+\w+)|"
    r"can i get (?:a|an|some|my)\s|"
    r"(?:хочу|хотел\w* бы|хотіл\w* б|надо|нужно|треба|потрібно)\s+(?:сдать|здати|пройти|"
    r"провериться|перевіритися|сделать|зробити))"
)
# signing up for a service is a need for one ("зпт в києві як записатись")
_SIGN_UP = re.compile(
    r"\b(?:sign(?:ing)? up|enrol\w*|register|записат\w*|записаться|записатися|запис\w* на|"
    r"apuntarme|inscribirme|darme de alta)\b"
)
# a medicine taken as a drink, and how much of it is asked ("how much methadone to drink")
_LIQUID_DOSE = re.compile(r"\b(?:methadone|metadona|linctus|syrup|jarabe)\b")
_HOW_MUCH = re.compile(r"\b(?:how\s+much|how\s+many\s+ml|cu[aá]nt[oa]s?)\b")
# how many pills or how much a day, asked with "пити / пить" (taking pills, not drinking):
# "лірика по 600 на день, скільки можна пити", "прегабалін скільки можна пити на день"
_PILL_HOW_MUCH = re.compile(
    r"\b(?:скільки|сколько)\s+(?:\w+\s+)?(?:можна|можно|треба|нужно|мені|мне)\s+(?:\w+\s+)?"
    r"(?:пити|пить)(?:\s+(?:на|в)\s+(?:день|добу|сутки|ніч|ночь))?\s*[?.!]*\s*$"
)
# what to take ("шо пити", "что пить") for withdrawal named in the message: a medicine asked for
_WHAT_TO_TAKE_IN_WITHDRAWAL = re.compile(
    r"(?=.*\b(?:що|шо|што|что|чо|чого|чего)\s+(?:краще\s+|лучше\s+|можна\s+|можно\s+)?(?:пити|пить)\b)"
    r"(?=.*\b(?:ломк\w*|ломає|ломает|кумар\w*|переламат\w*|переломат\w*|перекумар\w*|"
    r"відмін\w*|абстинен\w*))"
)
# the hours since an exposure, said ("минуло 30 годин", "it's been 40 hours"): whether PEP is
# still in time is the topic's first answer, even with a place asked
_TIME_SINCE = re.compile(
    r"\b(?:\d+\s*(?:годин\w*|час\w*|hours?|hrs?|horas?|дн\w*|днів|days?|d[ií]as?)\s*(?:ago|тому|назад)?|"
    r"минуло|минуло вже|прошло|пройшло|it'?s been|hace \d+)"
)
# what to bring or show when going ("шо з собою брати", "что взять с собой", "what do i bring")
_WHAT_TO_BRING = re.compile(
    r"\b(?:(?:що|шо|что|чо|што)\s+(?:\w+\s+)?(?:з|с|із)\s+соб(?:ою|ой)|(?:з|с)\s+соб(?:ою|ой)\s+(?:брати|взяти|взять|брать)|"
    r"як[іи]\s+документ\w*|какие\s+документ\w*|what\s+(?:do\s+i|to|should\s+i)\s+(?:bring|take)|"
    r"qu[eé]\s+(?:tengo\s+que\s+)?llevo|qu[eé]\s+(?:hay\s+que|tengo\s+que)\s+llevar)"
)
_GET_ONTO = re.compile(
    r"\b(?:get(?:ting)?\s+(?:onto|on\s+to|into)|(?:entr(?:o|ar|e)|ingres(?:o|ar)|meterme|me\s+meto)\s+(?:a|en|al)|"
    # "как попасть на метадоновую программу в киеве", "як потрапити на програму зпт у львові"
    r"(?:попасть|попаду|попасти|потрапити|потрапляють|попадают|"
    # "как встать на метадоновую программу", "як стати на програму"
    r"встать|стать|встати|стати)\s+(?:на|в|у))\s+"
    r"(?:a\s+|an\s+|the\s+|un\s+|el\s+|una\s+)?(?:\w+\s+)?(?:program\w*|programa\w*|clinic\w*|clinica\w*|"
    r"программ\w*|програм\w*)\b"
)
# getting onto a substitution therapy said as such ("как попасть на заместительную терапию в
# киеве", "як стати на замісну терапію у львові"): where to go only when the person also says
# where they live ("живу на троещине", "i live in peckham"); without it ("як стати на замісну
# терапію в Одесі, що для цього треба") how it goes is the topic's
_GET_ONTO_THERAPY = re.compile(
    r"\b(?:попасть|попасти|потрапити|стати|встати|стать|встать)\s+на\s+(?:\w+\s+)?(?:терапи\w*|терапі\w*)|"
    r"\bget(?:ting)?\s+(?:onto|on\s+to|into)\s+(?:\w+\s+)?(?:therapy|treatment)\b|"
    r"\b(?:entr(?:o|ar|e)|ingres(?:o|ar))\s+(?:a|en|al)\s+(?:un\s+)?(?:tratamiento|terapia)\b"
)
_LIVE_IN = re.compile(
    r"\b(?:живу|проживаю|мешкаю)\s+(?:на|в|у|во)\s+\w|\bi\s+live\s+(?:in|on|near)\b|"
    r"\bviv(?:o|imos)\s+(?:en|por)\b"
)
# getting onto the treatment drug itself in a city the bot knows ("how do i get on methadone in
# dublin", "como entro a metadona en buenos aires", "getting on bupe in leeds"); in a country or
# with no known place ("get on bupe, do i have to be in withdrawal first") the topic answers
_GET_ON_DRUG = re.compile(
    r"\b(?:get(?:ting)?\s+(?:on|onto|on\s+to)|(?:entr(?:o|ar|e)|ingres(?:o|ar)|meterme|me\s+meto)\s+(?:a|en|al))\s+"
    r"(?:a\s+|the\s+|la\s+)?(?:methadone|metadona|bupe|buprenorphine|buprenorfina|suboxone|subutex|"
    r"script|opioid substitution|oat|ost)\b"
)
_HOW = re.compile(
    r"^(?:how|what|why|is|are|does|do|can|как|что|почему|зачем|можно|як|що|чому|навіщо|чи|"
    r"c[oó]mo|qu[eé]|por qu[eé]|se puede|es)\b"
)
# "anywhere in Ukraine", "будь-де в Україні", "хоть где-нибудь в Подмосковье", "en cualquier
# parte de Argentina": looking for one somewhere in a whole country or region, a finder question
# (the finder asks for the city), not a question about the country
_IS_THERE_Q = re.compile(r"^(?:is there|are there|есть ли|чи є|hay)\b")
_ANYWHERE_IN = re.compile(
    r"(?:^|\s)(?:anywhere|anyplace|any place|somewhere|будь[- ]де|де-небудь|де небудь|хоч де|"
    r"хоч десь|хоть где(?:-нибудь| нибудь| угодно)?|где-нибудь|где нибудь|где угодно|"
    # "где-то в киеве", "десь у києві": somewhere in a city
    r"где-то|где то|десь|"
    r"en cualquier (?:parte|lugar|sitio|lado)|en alg[uú]n (?:lugar|sitio|lado)|en todo)\s+"
    r"(?:(?:in|across|в|во|у|по|en|de|del)\s+)?(?:the\s+|el\s+|la\s+)?[^\W\d_]+"
)
# A place typed with no preposition, next to the service ("glasgow needle exchange", "омск обмен
# шприцев адрес", "naloxona sevilla quien la da"): a word that is no known word. The known words
# are every word of the topics (Router._known), these, and words with an ending no place name
# has (an adverb, a participle, an adjective's ending in Russian and Ukrainian).
_NOT_BARE_PLACE = {
    # a person said first ("мені де ...", "брат метадон ...", "my mate naloxone ..."): no place
    "мне",
    "мені",
    "нам",
    "меня",
    "мене",
    "нас",
    "он",
    "она",
    "они",
    "ему",
    "ей",
    "им",
    "его",
    "её",
    "ее",
    "він",
    "вона",
    "вони",
    "йому",
    "їй",
    "їм",
    "його",
    "її",
    "тут",
    "там",
    "ось",
    "вот",
    "тоже",
    "теж",
    "ещё",
    "еще",
    "ще",
    "him",
    "her",
    "they",
    "them",
    "she",
    "él",
    "ella",
    "ellos",
    "брат",
    "сестра",
    "мама",
    "мать",
    "мати",
    "тато",
    "папа",
    "батько",
    "отец",
    "друг",
    "подруга",
    "сусід",
    "сосед",
    "хлопець",
    "парень",
    "чоловік",
    "муж",
    "дружина",
    "жена",
    "син",
    "сын",
    "донька",
    "дочь",
    "дочка",
    "mate",
    "friend",
    "brother",
    "sister",
    "mum",
    "mom",
    "dad",
    "son",
    "daughter",
    "wife",
    "husband",
    "boyfriend",
    "girlfriend",
    "partner",
    "amigo",
    "amiga",
    "hermana",
    "mamá",
    "papá",
    "hijo",
    "hija",
    "novio",
    "novia",
    # a verb said first ("got naloxone at ...", "tomo metadona ..."): no place
    "get",
    "got",
    "need",
    "want",
    "take",
    "took",
    "use",
    "used",
    "try",
    "tried",
    "buy",
    "bought",
    "heard",
    "does",
    "did",
    "was",
    "tomo",
    "uso",
    "usé",
    "tengo",
    "quiero",
    "estoy",
    "ando",
    "puedo",
    "tomé",
    "tome",
    "lol",
    "hmm",
    "hmmm",
    "btw",
    "idk",
    "omg",
    "wtf",
    "ugh",
    "yeah",
    "yes",
    "nah",
    "okay",
    "бро",
    "чувак",
    "ахах",
    "jaja",
    "jajaja",
    "nhs",
    "mobile",
    "local",
    "cheap",
    "public",
    "private",
    "urgent",
    "emergency",
    "today",
    "tonight",
    "tomorrow",
    "now",
    "asap",
    "please",
    "pls",
    "plz",
    "help",
    "info",
    "hours",
    "address",
    "phone",
    "number",
    "open",
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "weekend",
    "срочно",
    "сегодня",
    "завтра",
    "сейчас",
    "щас",
    "адрес",
    "адреса",
    "телефон",
    "номер",
    "терміново",
    "сьогодні",
    "зараз",
    "hoy",
    "mañana",
    "manana",
    "ahora",
    "ya",
    "urgente",
    "direccion",
    "telefono",
    "horario",
}
_BARE_ENDINGS = (
    "ing",
    "ed",
    "ly",
    "tion",
    "tions",
    "ment",
    "ness",
    "mente",
    "ando",
    "iendo",
    "ый",
    "ий",
    "ая",
    "ое",
    "ые",
    "ой",
    "ого",
    "ому",
    "ую",
    "ться",
    "ть",
    "ти",
    # a verb in the first person or reflexive, an adverb ("колюсь", "приймаю", "анонімно")
    "ю",
    "юсь",
    "юся",
    "ся",
    "сь",
    "но",
)
# after a place typed after the service: the question goes on ("naloxona sevilla quien la da")
_AFTER_BARE = {
    "where",
    "who",
    "address",
    "где",
    "куда",
    "кто",
    "адрес",
    "де",
    "куди",
    "хто",
    "адреса",
    "donde",
    "quien",
    "quienes",
    "direccion",
}
# a question about the thing asked after a word said first and the service ("чоловік метадон
# п'є, чи можна ...", "nasal naloxone how long does it last"): that word is no place
_TOPIC_ASKED = re.compile(
    r"\b(?:how|what|why|when|can|could|should|is it|does|"
    r"как|что|сколько|можно|когда|почему|зачем|ли|"
    r"як|що|скільки|можна|коли|чому|навіщо|чи|"
    r"como|que|cuanto|cuanta|cuando|por que|puedo|se puede|es)\b"
)
# the place before the service: a metro or train station said first ("метро Арсенальна, де ...",
# "metro sol donde ...")
_STATION_WORDS = {"метро", "станция", "станція", "metro", "estacion", "station", "tube"}
# a whole country typed bare ("hep c clinic ireland", "метадон казахстан"): the finder, no place
_BARE_COUNTRIES = {
    "ireland",
    "scotland",
    "wales",
    "england",
    "britain",
    "germany",
    "france",
    "portugal",
    "poland",
    "italy",
    "georgia",
    "moldova",
    "kazakhstan",
    "canada",
    "australia",
    "казахстан",
    "украина",
    "україна",
    "россия",
    "росія",
    "беларусь",
    "білорусь",
    "грузия",
    "грузія",
    "молдова",
    "польша",
    "польща",
    "германия",
    "німеччина",
    "испания",
    "іспанія",
    "irlanda",
    "alemania",
    "francia",
    "polonia",
    "italia",
    "ucrania",
} | {c for c in _COUNTRIES if " " not in c}
# "where in <place> <the question>": the place is the word after the preposition
_WHERE_IN = re.compile(
    r"(?:^|\s)(?:где|де|куда|куди|d[oó]nde|where)\s+(?:в|во|у|in|en)\s+([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
# kinds of place, not a place's name ("где в интернете", "де в аптеці", "where in the city")
_WHERE_IN_NOT_PLACE = (
    "интернет",
    "інтернет",
    "internet",
    "online",
    "онлайн",
    "сети",
    "мережі",
    "аптек",
    "pharmac",
    "farmac",
    "клиник",
    "клінік",
    "clinic",
    "больниц",
    "лікарн",
    "hospital",
    "город",
    "міст",
    "city",
    "ciudad",
    "район",
    "area",
    "zona",
    "barrio",
    "body",
    "cuerpo",
    "организм",
    "організм",
    "тел",
)
# the first word of two-word place names that is also an everyday word ("new york", "buenos
# aires", "біла церква", "нижний новгород", "san diego")
_NAME_OPENERS = {
    "new",
    "north",
    "south",
    "east",
    "west",
    "port",
    "saint",
    "san",
    "santa",
    "santo",
    "nueva",
    "nuevo",
    "buenos",
    "puerto",
    "ciudad",
    "нижний",
    "великий",
    "велика",
    "новый",
    "нова",
    "новий",
    "старый",
    "стара",
    "старий",
    "біла",
    "белая",
    "кривий",
    "кривой",
}
# Spanish openers of a two-word place name, and the greetings that also start with one
_SPANISH_OPENERS = frozenset({"buenos", "puerto", "san", "santa", "santo", "nueva", "nuevo"})
_GREETING_TAILS = frozenset({"dias", "noches", "tardes", "dia", "noche", "tarde"})
# the kind of place a service is given in ("methadone clinics", "замісна терапія", "centro")
_SERVICE_NOUNS = {
    "clinic",
    "clinics",
    "centre",
    "centres",
    "center",
    "centers",
    "treatment",
    "programme",
    "programmes",
    "program",
    "programs",
    "service",
    "services",
    "exchange",
    "терапия",
    "терапія",
    "программа",
    "программы",
    "програма",
    "програми",
    "клиника",
    "клиники",
    "клініка",
    "клініки",
    "центр",
    "центры",
    "центри",
    "лечение",
    "лікування",
    "centro",
    "centros",
    "clinica",
    "clinicas",
    "programa",
    "programas",
    "tratamiento",
}
# Names of known places that are also everyday words, or a person's name, typed after a service
# ("hiv test oral", "naloxona once", "metadona centro", "needle exchange town"): no place
_EVERYDAY_PLACE_NAMES = frozenset(
    {
        "alex",
        "cbd",
        "central",
        "centro",
        "kits",
        "les",
        "obs",
        "once",
        "oral",
        "pasto",
        "salta",
        "sol",
        "tao",
        "town",
        "рынок",
        "ринок",
        "центр",
    }
)
CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"


def known_place_names(content: Path | None = None) -> frozenset[str]:
    """Every name of a place the bot knows below a country (``places.yaml``: cities,
    districts, stations...; ``regions.yaml``: provinces and cities, with their aliases), folded
    and in lower case, for a place typed in lower case with no preposition ("налоксон пермь").
    Read once per content folder and version of the two files (a reload that changed them reads
    them again); a file missing or unreadable gives no names from it, never an error
    (``content check`` reports it)."""
    folder = Path(content or CONTENT_DIR)
    stamps = []
    for name in ("places.yaml", "regions.yaml"):
        try:
            stamps.append((folder / name).stat().st_mtime_ns)
        except OSError:
            stamps.append(0)
    return _place_names(folder, tuple(stamps))


@lru_cache(maxsize=4)
def _place_names(folder: Path, _stamps: tuple[int, ...]) -> frozenset[str]:
    # the service finder's own parsers (they report problems instead of raising; a missing or
    # broken file gives no names, and ``content check`` reports it)
    from bot.directory.gazetteer import PLACES_FILE, parse_places
    from bot.directory.regions import REGIONS_FILE, parse_regions

    names: set[str] = set()

    def add(name: str) -> None:
        names.add(" ".join(_WORD.findall(fold(name).lower())))

    with contextlib.suppress(OSError):
        for place in parse_places(folder / PLACES_FILE, None)[0]:
            for typed in place.names.values():
                for name in typed:
                    add(name)
    with contextlib.suppress(OSError):
        for region in parse_regions(folder / REGIONS_FILE)[0]:
            if region.level == "country":
                continue  # a whole country typed bare is _BARE_COUNTRIES' case
            for name in (*region.names.values(), *region.aliases):
                add(name)
    names.discard("")
    return frozenset(names)


_PLAIN_WORD = re.compile(r"[a-z0-9а-яіїєґ'’ʼ-]+")
_COMMAND = re.compile(r"^\s*/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s|$)")
_WORD = re.compile(r"[^\W_]+(?:['’ʼ-][^\W_]+)*", re.UNICODE)

# words between "is" and a class that make it a mix, not membership ("is methadone ok with opioids")
_MEMBER_BREAK = {
    "with",
    "and",
    "on",
    "ok",
    "okay",
    "safe",
    "con",
    "y",
    "с",
    "и",
    "з",
    "і",
    "та",
    "на",
}
# "belongs to / counts as" a class: membership asked, a topic question
_MEMBER_OF = re.compile(
    r"\b(?:относит\w* к|относ\w* к|принадлежит к|считается|відносит\w* до|належ\w* до|"
    r"вважається|counts? as|(?:a )?(?:type|kind|sort|form) of|classed as|classified as|"
    r"pertenec\w* a(?: los| las)?|cuenta como|se considera|es (?:un|una) tipo de)"
)
# "and" joining two names
_AND = {"and", "y", "e", "и", "і", "й", "та", "&", "+"}
# Words never taken as a substance by typo tolerance (common words one letter away from a name).
_NO_FUZZY = {
    # a pill swallowed ("popped a xanax"), one letter from "popper": never poppers
    "popped",
    "mixing",
    "mixed",
    "mezclar",
    "mezcla",
    "мешать",
    "смешать",
    "змішати",
    "alcohol",
    "алкоголь",
}
# Words never matched to a substance by their stem: "bebe" is "drinks" but also "bebé" (baby)
# typed without its accent ("le hace daño al bebe").
_NO_STEM = {
    "bebe",
    "bebes",
    # a party ("на тусе", "на тусу", "туса"): the stem of "туси" (tusi), never that drug
    "туса",
    "тусе",
    "тусу",
    "тусы",
    "тусой",
    "тусі",
    "тусою",
    "тусах",
    "тусам",
    "тусами",
    # "на гидре" was a darknet market: the stem of "гидра" (hydroponics or GHB), never a drug
    "гидре",
    "гідрі",
    # summer in Ukrainian ("все літо", "влітку на кеті", "до літа"): the stem of "літій"
    # (lithium), never that medicine
    "літо",
    "літа",
    "літу",
    "літом",
    "літі",
    "літечко",
    "влітку",
}
# "тусі" is also a party's case ("на тусі", "після тусі"): after these words never the mix
# ("з тусі" stays the mix: "з" is "with" as often as "from")
_PARTY_FORMS = {"тусі", "туси", "тусе"}
_PARTY_BEFORE = {"на", "після", "после", "до", "від", "от", "у", "в"}


def _party_words(words: list[str]) -> list[bool]:
    """True for each word that is a party's case after a preposition ("на тусі")."""
    return [
        word in _PARTY_FORMS and n > 0 and words[n - 1] in _PARTY_BEFORE
        for n, word in enumerate(words)
    ]


# Substance names must be at least this long to be matched with a typo.
_FUZZY_MIN = 6
_FUZZY_CACHE = 20_000  # words remembered by Router._fuzzy (memory only), then started afresh


# Words before a lower-case "g" that make it GHB ("do g", "with g", "и g")
_BEFORE_G = {
    "do",
    "doing",
    "did",
    "take",
    "taking",
    "took",
    "with",
    "and",
    "plus",
    "some",
    "on",
    # "mixing g and booze", "mezclar g con alcohol"
    "mix",
    "mixing",
    "mixed",
    "mezclar",
    "с",
    "и",
    "под",
    "з",
    "і",
    "та",
    "під",
    "con",
    "y",
    "e",
    "de",
}
# small amounts said before "of g" that make it GHB ("a bit of g", "a few ml of g")
_AMOUNT_OF_G = frozenset(
    {"bit", "drop", "drops", "ml", "mls", "dose", "capful", "cap", "splash", "little", "shot"}
)
# words next to a lone "k" that make it ketamine
_BEFORE_K = _BEFORE_G | {"bump", "bumps", "line", "lines", "of", "mix", "mixing", "mezclar"}
_AFTER_K = {"and", "with", "plus", "n", "+", "&", "y", "con", "и", "с", "і", "з", "та"}
# balloons in Spanish, beside another drug: nitrous oxide
_GLOBOS = frozenset({"globo", "globos", "globito", "globitos"})
_GLOBOS_COUNT = frozenset({"unos", "dos", "tres", "varios", "par", "mas", "otro", "otros"})
_PARTY_BALLOONS = re.compile(
    r"\b(?:cumplea\w*|piñata\w*|pinata\w*|helio|decora\w*|inflar\w*|infla|inflo|payas\w*|"
    r"agua|de\s+colores|fiesta\s+infantil|niñ[oa]s?|nin[oa]s?)\b"
)
# a lone "k" before a word of order, with another drug named: ketamine ("k after a few lines")
_K_THEN = frozenset({"after", "before", "despues", "antes", "после", "перед", "після"})
# what an "ok" is said before ("k after work", "k before that", "k antes de eso")
_K_THEN_EVERYDAY = frozenset(
    {"that", "this", "it", "work", "school", "lunch", "dinner", "class", "eso", "esto", "того"}
    | {"этого", "цього", "того", "работы", "роботи", "обеда", "обіду", "comer", "trabajo"}
)
# "rolling" as being high on MDMA: after "while", "when" or a "be" said of oneself ("while
# rolling", "im rolling", "we were still rolling"), never with a thing rolled after it
_ROLLING_AFTER = frozenset(
    {
        "while",
        "whilst",
        "when",
        "im",
        "i'm",
        "i’m",
        "still",
        "was",
        "were",
        "we're",
        "are",
        "be",
        "been",
        "already",
        "currently",
        "start",
        "started",
        "starting",
    }
)
_ROLLING_OBJECT = frozenset(
    {
        "a",
        "an",
        "the",
        "one",
        "two",
        "up",
        "my",
        "your",
        "his",
        "her",
        "our",
        "their",
        "some",
        "it",
        "them",
        "this",
        "that",
        "joint",
        "joints",
        "spliff",
        "spliffs",
        "blunt",
        "blunts",
        "papers",
        "cigarettes",
        "cigs",
        "tobacco",
        "around",
        "over",
        "out",
        "down",
        "in",
        "into",
        "along",
        "on",
        "off",
        "back",
        "dice",
        "eyes",
        "stock",
        "credits",
        "credit",
        "with",
        "by",
        "through",
        "towards",
        "toward",
        "away",
        "downhill",
        "uphill",
        "dough",
        "pastry",
        "sushi",
    }
)
# Spanish smoking verbs before "base" (smoked cocaine base)
_SMOKE_ES = re.compile(r"^fum(?:ar|o|as|a|amos|an|ando|e|é|aste|aba|ado|ada|arse|arme|arte)$")
# Drinking with no drink named is alcohol
# the words that join two names side by side ("blues and beer", "percs w lean", "blues con chela")
_JOINED = frozenset(
    {"and", "with", "w", "plus", "n", "+", "&", "con", "y", "и", "с", "со", "і", "з", "та", "й"}
)
_PLAN = {"план", "плана", "плану", "планом"}
_BEFORE_BAR = {
    "with",
    "and",
    "plus",
    "take",
    "takes",
    "taking",
    "took",
    "pop",
    "pops",
    "popping",
    "popped",
    "after",
    "then",
    "half",
    "on",
    "do",
    "eat",
    "ate",
    "n",
    "+",
    "&",
}
# a pill swallowed ("popped a tram", "necked half a tram"), a dose in milligrams ("50mg", "100mg")
# and pains a painkiller is taken for: a lone "tram" read as tramadol beside them
_SWALLOW_VERBS = frozenset(
    {"popped", "pop", "pops", "popping", "swallowed", "swallow", "necked", "neck", "dropped"}
)
# counts said in words, and what follows a word in its everyday sense ("a few blues songs")
_COUNT_WORDS = frozenset(
    {"two", "three", "four", "five", "couple", "few", "several", "pair", "half", "dos", "tres"}
)
_LOOSE_NOUN_AFTER = frozenset(
    {"song", "songs", "record", "records", "album", "albums", "band", "bands", "music", "guitar"}
    | {"track", "tracks", "night", "bar", "club", "festival", "gig", "gigs", "legend", "players"}
    | {"brothers", "singer", "singers", "jam", "concert", "station", "radio", "skies", "eyes"}
)
_MG_DOSE = re.compile(r"\d+(?:\.\d+)?mg")
_PAIN_WORDS = frozenset(
    {"back", "pain", "pains", "tooth", "toothache", "teeth", "knee", "knees", "neck", "migraine"}
    | {"headache", "hip", "shoulder", "leg", "cramps", "period", "injury", "surgery", "arthritis"}
)
# "on a bar crawl", "after a bar shift": the place, not the pill
_BAR_PLACE = {"crawl", "stool", "stools", "shift", "job", "staff", "fight", "tab", "of", "chart"}
_SMOKE = {
    "курить",
    "курю",
    "курил",
    "покурить",
    "курити",
    "курив",
    "покурити",
    "дунуть",
    "дунути",
}
_DRINK = {
    "drink",
    "drank",
    "drinking",
    "пить",
    "выпить",
    "пью",
    "выпил",
    "выпила",
    "выпью",
    "попить",
    "пити",
    "випити",
    "п'ю",
    "випив",
    "випила",
    "beber",
    "bebo",
    "bebí",
    "bebi",
    "chupar",
    "pisteando",
    "pistear",
    # the past and the booze verb ("можно мефедрон, если вчера пил", "бухав, тепер меф")
    "пил",
    "пили",
    "бухал",
    "бухала",
    "бухали",
    "бухать",
    "бухнуть",
    "пив",
    "бухав",
    "бухати",
    "бухнути",
    "bebiendo",
    "bebido",
}
# Being drunk is alcohol taken ("is it ok to do coke when im drunk", "пьяный можно ли
# феназепам", "borracho puedo tomar tramadol")
_DRUNK = frozenset(
    {"drunk", "tipsy", "пьяный", "пьяная", "пьяным", "пьяной", "пьяные", "бухой", "бухая"}
    | {"поддатый", "поддатая", "п'яний", "п'яна", "п'яним", "п'яною", "п'яні", "напідпитку"}
    | {"borracho", "borracha", "borrachos", "borrachas", "ebrio", "ebria"}
)
# what says one is drunk oneself in English ("when im drunk", "while drunk", "i'm already drunk");
# "drunk" after anything else ("my friend got drunk and ...") is told of someone, a topic's story
_BE = frozenset(
    {"im", "i'm", "i’m", "am", "when", "while", "being", "already", "still", "if", "whilst"}
)
# Russian and Ukrainian "пить" is also taking pills ("пью его полгода"): it is drinking only
# before "на / под / после..." ("пить на метадоне") or at the end of the message
_DRINK_THEN = {
    "",
    "на",
    "под",
    "после",
    "перед",
    "с",
    "со",
    "при",
    "во",
    "з",
    "із",
    "зі",
    "під",
    "після",
}
_PRONOUNS = {"it", "them", "this", "that", "lo", "la", "los", "las", "esto", "eso"}
# "что выпить", "що можна випити", "шо б мені випити": what to take asked, before the drinking verb
_WHAT = frozenset({"что", "чего", "чем", "що", "шо", "чого", "чим"})
_WHAT_FILLER = frozenset(
    {
        "можно",
        "можна",
        "мне",
        "мені",
        "бы",
        "б",
        "еще",
        "ещё",
        "ще",
        "лучше",
        "краще",
        "нужно",
        "треба",
        "надо",
        "посоветуйте",
        "порадьте",
    }
)


def _asks_what_to_take(words: list[str], i: int) -> bool:
    """A "what" right before the drinking verb, at most two filler words between ("что можно
    выпить", "шо б мені випити"): a remedy asked for, not alcohol."""
    j = i - 1
    while j >= 0 and i - j <= 3 and words[j] in _WHAT_FILLER:
        j -= 1
    return j >= 0 and i - j <= 3 and words[j] in _WHAT


_CYRILLIC_WORD = re.compile(r"^[\u0400-\u04ff]")
_SOFT_DRINK = re.compile(
    r"\b(?:water|juice|tea|coffee|soda|milk|electrolyte\w*|вод[аыуеи]\w*|сок\w*|чай|ча[юя]|кофе|"
    r"молок\w*|сік|соку|кав[аиу]|agua|jugo|zumo|caf[eé]|leche|t[eé]|suero|isot[oó]nic\w*|"
    # soft drinks ("a diet coke on mdma", "una coca cola con md"): nothing alcoholic is drunk
    r"colas?|diet coke|coke zero|coca[- ]?cola|cocacola|pepsi|sprite|fanta|lemonade|soda|"
    r"refresco\w*|limonada|газировк\w*|лимонад\w*|кол[аыуе]|колой|колою)\b"
)
# what follows the question particle "чи" when it asks (not "or"): "чи можна", "чи безпечно"
_ASK_AFTER = {
    "можна",
    "можно",
    "нормально",
    "норм",
    "безпечно",
    "небезпечно",
    "варто",
    "треба",
    "буде",
    "погано",
    "є",
    "це",
}


def _after(words: list[str], i: int) -> str:
    return words[i + 1] if i + 1 < len(words) else ""


_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїє")


# Russian and Ukrainian case endings, longest first, and the endings a listed name may have
_CASE_ENDINGS = (
    "ами",
    "ями",
    "ою",
    "ею",
    "ом",
    "ем",
    "ой",
    "ей",
    "ах",
    "ях",
    "ів",
    "ов",
    "ам",
    "ям",
    "у",
    "ю",
    "а",
    "я",
    "і",
    "и",
    "ы",
    "е",
)
_NAME_ENDINGS = ("", "а", "я", "и", "і", "ы")
_UK_TO_RU = str.maketrans({"є": "е", "і": "и", "ї": "и", "ґ": "г"})


def _cyrillic_twin(word: str) -> str:
    """A Ukrainian spelling in Russian letters ("мєфом" -> "мефом"): street words are shared."""
    return word.translate(_UK_TO_RU)


# a place where a service is given, said first ("clinica para revisarme its en ...", "клиника
# где ..."): the service word may come later
_SERVICE_HEAD = {
    "clinic",
    "clinica",
    "clínica",
    "клиника",
    "клініка",
    "centro",
    "центр",
    "пункт",
    "кабинет",
}


# A shelter for animals ("animal shelter in toronto", "приют для собак", "притулок для котів",
# "refugio de animales", "albergue canino") or a pet to adopt: no bed for the person asking
_ANIMALS = (
    r"(?:animal|dog|cat|pet|pup|puppy|puppies|kitten|rescue)s?|"
    r"животн\w*|собак\w*|собачк\w*|пс[аоі]в|кош[ек]\w*|котов|кот[ауы]|котик\w*|щен\w*|котят\w*|"
    r"тварин\w*|котів|цуцен\w*|кошен\w*|"
    r"animales|perr[oa]s?|gat[oa]s?|mascotas?|caninos?|felinos?"
)
_ANIMAL_SHELTER = re.compile(
    r"\b(?:(?:" + _ANIMALS + r")\s+(?:shelters?|rescues?)|"
    r"(?:shelters?|приют\w*|притул\w*|refugios?|albergues?)\s+(?:for\s+|для\s+|de\s+|para\s+)?"
    r"(?:(?:the|los|las|бездомн\w*|безпритульн\w*)\s+)?(?:" + _ANIMALS + r")|"
    r"adopt\w*|adoptar\w*|adopto|adopcion\w*|"
    r"(?:взять|взяти|забрать|забрати)\s+(?:\w+\s+)?(?:щенка|котенка|кошку|собаку|цуценя|кошеня|кота|собачку)|"
    r"(?:perrera|protectora)\b)"
)
# the person's own bed ("a shelter that takes dogs, im homeless with my dog"): the finder's
_OWN_BED = re.compile(
    r"\b(?:homeless|sleep\w*|tonight|rough|i'?m\s+on\s+the\s+street\w*|бездомн(?:ый|ая|ий|а)\b|"
    r"ночев\w*|ночлег\w*|переноч\w*|ночува\w*|переночува\w*|нічліг\w*|спати|спать|"
    r"dormir|calle|esta\s+noche)"
)


def _everyday_need(type_id: str | None, low: str) -> bool:
    """A meal out (not free food), or a shelter for dogs or cats or a pet to adopt (no bed for the
    person): the service words in their everyday sense."""
    return (
        type_id == "food" and _EATING_OUT.search(low) is not None and not _FREE.search(low)
    ) or (
        type_id == "shelter"
        and _ANIMAL_SHELTER.search(low) is not None
        and _OWN_BED.search(low) is None
    )


# how a service is wanted, said between it and a bare place ("тест на вич анонимно самара")
_HOW_WANTED = frozenset(
    {"anonymously", "anonymous", "free", "today", "tonight", "asap", "urgently"}
    | {"анонимно", "бесплатно", "сегодня", "срочно", "анонімно", "безкоштовно", "сьогодні"}
    | {"терміново", "gratis", "anonimo", "anonima", "hoy", "urgente"}
)


# what kind of thing is asked for, said before it: clean, new, sterile, free, anonymous
_KIND_FIRST = frozenset(
    {"clean", "new", "fresh", "sterile", "free", "anonymous", "confidential"}
    | {"чистые", "чистых", "чистый", "чистая", "новые", "новых", "свежие"}
    | {"чисті", "чистих", "чистий", "чиста", "нові", "нових", "свіжі"}
    | {"nuevas", "nuevos", "limpias", "limpios", "esteriles"}
)
_KIND_FIRST_STEMS = ("стерильн", "бесплатн", "безкоштовн", "анонимн", "анонімн", "gratuit")


_GROUP_WORDS = frozenset(
    {"група", "групи", "груп", "групу", "группа", "группы", "групп", "группу", "grupo", "grupos"}
    | {"group", "groups"}
)


# a programme of a service ("programa de metadona en madrid", "un programa de metadona en
# sevilla"): the programme word, a connector, then the service word
_PROGRAMME_WORDS = frozenset(
    {"programa", "programas", "program", "programs", "programme", "programmes"}
    | {"программа", "программу", "програма", "програму"}
)
_PROGRAMME_SKIP = frozenset({"un", "una", "el", "la", "a", "the", "de", "del", "of", "на", "з"})

# a test or a check said before what it tests for ("prueba de hepatitis c en sevilla", "тест на
# гепатит в омске", "test for hep c in leeds", "análisis de vih en quito"): the service named first,
# as a programme word before it ("programa de metadona"); the test of a thing ("prueba de embarazo")
# names no service word and stays out
_TEST_HEAD_WORDS = frozenset(
    {"test", "tests", "testing", "check", "checkup", "screening", "screen"}
    | {"тест", "тесты", "тести", "анализ", "анализы", "аналіз", "аналізи", "обследование"}
    | {"обстеження", "проверка", "перевірка", "экспресс-тест", "експрес-тест"}
    | {"prueba", "pruebas", "prueba rápida", "análisis", "analisis", "examen", "examenes"}
    # treatment said before what it treats ("лечение гепатита с в киеве", "tratamiento de
    # hepatitis c en madrid", "treatment for hep c in leeds")
    | {"treatment", "лечение", "лечения", "лікування", "tratamiento", "tratamientos"}
    # care given to it ("curación de un absceso en valencia", "cura de heridas en sevilla")
    | {"curacion", "curación", "curaciones", "cura", "curas"}
)
# who it is for, ending a short request ("... в киеве для тех кто употребляет", "... en madrid
# para gente que consume", "... in leeds for people who use"): no clause of its own
_FOR_WHOM_TAIL = re.compile(
    r"\s(?:для|for|para)\s+(?:тех|тих|людей|people|those|folks|gente|personas|usuari\w*|users?|"
    r"споживач\w*|потребител\w*|нас|us)\b.*$"
)
_TEST_SKIP = _PROGRAMME_SKIP | {"for", "para", "por", "на", "on"}
_CLAUSE_MARK = re.compile(r"[,;:?!.]")


# a part of a city, then the city, at the end of the message ("downtown eastside vancouver")
_AREA_OF_CITY = re.compile(
    r"\b(?:downtown|uptown|midtown|eastside|westside|(?:east|west|north|south)[ -]?(?:side|end)|"
    r"city cent(?:re|er)|central)\s+(?:(?:east|west|north|south)(?:side)?\s+)?([a-z]+)$"
)


def _starts_with_service(low: str) -> bool:
    """The message names a service before anything else ("albergue para dormir en monterrey")."""
    first = _WORD.findall(low[:60])
    if not first:
        return False
    rest = [w for w in first[:4] if w not in _PROGRAMME_SKIP]
    if len(rest) > 1 and rest[0] in _PROGRAMME_WORDS and _word_types(rest[1]):
        return True
    tested = [w for w in first[:4] if w not in _TEST_SKIP]
    if (
        len(tested) > 1
        and tested[0] in _TEST_HEAD_WORDS
        # one short request, the place right after ("prueba de hepatitis c en bilbao"); a clause
        # after the test ("тест на гепатит у партнера положительный, что делать") is the topic
        and not _CLAUSE_MARK.search(low.rstrip(" ?!."))
        and len(_WORD.findall(_FOR_WHOM_TAIL.sub("", low))) <= 8
        and (
            bool(_word_types(tested[1]))
            or any(" ".join(tested[1:4]).startswith(stem) for stem, _ in _PHRASE_STEMS)
        )
    ):
        return True
    if _word_types(first[0]) or first[0] in _SERVICE_HEAD:
        return True
    # the thing asked for with the kind of it first, in one short request ("clean needles in
    # lviv", "чистые баяны во львове", "бесплатный налоксон в омске"); a clause after it ("new
    # needles in the bin, is that ok") is about the kit, not where to get it
    if (
        len(first) > 1
        and (first[0] in _KIND_FIRST or first[0].startswith(_KIND_FIRST_STEMS))
        and _word_types(first[1])
        and not _CLAUSE_MARK.search(low.rstrip(" ?!."))
        and len(_WORD.findall(low)) <= 7
    ):
        return True
    # a group of a service kind first ("групи взаємодопомоги в ужгороді", "группы
    # взаимопомощи в гомеле"): the group word, then the service word
    if first[0] in _GROUP_WORDS and len(first) > 1 and _word_types(first[1]):
        return True
    # a service phrase first, or after one word that says for whom or what kind ("womens
    # support groups in manchester", "free legal advice in leeds")
    for start in (0, 1):
        head = " ".join(first[start : start + 4])
        if any(head.startswith(stem) for stem, _ in _PHRASE_STEMS):
            return True
    return False


# a count before the pill word ("с одной таблы", "по две таблы", "пару колёс"): with a pill drug
# named in the message and nothing else, a dose of that drug, not a second substance
_PILL_COUNTS = {
    "одной",
    "одну",
    "одна",
    "одного",
    "две",
    "два",
    "двух",
    "три",
    "трех",
    "пару",
    "пары",
    "полторы",
    "пол",
    "половину",
    "несколько",
}


def _without_forms(
    hits: list[tuple[Named, int, str, bool]],
    text: str,
    pill_drug: Callable[[Named], bool] | None = None,
) -> list[tuple[Named, int, str, bool]]:
    """The names without a form word that stands beside another name: "кристаллы мефа",
    "cristales de md", "mdma crystals", "таблетки трамадола" name one drug in its form; and
    without pills counted ("с одной таблы") when every other name is a ``pill_drug``."""
    if len(hits) < 2 or not any(
        n.kind == NameKind.CHOICE and n.id in _FORM_WORDS for n, *_ in hits
    ):
        return hits
    words = [fold(w) for w in _WORD.findall(text)]
    starts = {at for n, at, _, _ in hits if not (n.kind == NameKind.CHOICE and n.id in _FORM_WORDS)}
    others = [n for n, *_ in hits if not (n.kind == NameKind.CHOICE and n.id in _FORM_WORDS)]
    one_pill_drug = pill_drug is not None and bool(others) and all(pill_drug(n) for n in others)
    kept = []
    for hit in hits:
        named, at, _, _ = hit
        if (
            named.kind == NameKind.CHOICE
            and named.id in _FORM_WORDS
            and (
                at + 1 in starts
                or at - 1 in starts
                or (at + 2 in starts and _after(words, at) in _OF)
                or (
                    named.id == "pills"
                    and one_pill_drug
                    and at > 0
                    and (words[at - 1] in _PILL_COUNTS or words[at - 1].isdigit())
                )
                # pills named by what they are for, then the pill drug they are ("колеса від
                # тривоги, альпразолам", "таблы от нервов феназепам и пиво"): the drug named is
                # those pills, no second drug beside it
                or (
                    named.id == "pills"
                    and pill_drug is not None
                    and _after(words, at) in _PILLS_FOR
                    and _named_pills(hits, words, at, pill_drug)
                )
            )
        ):
            continue
        kept.append(hit)
    return kept


# what pills are for, said right after the word ("колеса від тривоги", "таблы от нервов", "pills
# for anxiety"), and the words that join a second drug to them ("і ксанакс разом")
_PILLS_FOR = {"від", "от", "для", "против", "проти", "for", "para", "contra"}
_MIX_JOIN = frozenset(
    [
        "і",
        "и",
        "й",
        "та",
        "плюс",
        "разом",
        "вместе",
        "and",
        "with",
        "plus",
        "together",
        "y",
        "con",
        "після",
        "после",
        "after",
        "потом",
        "потім",
        "або",
        "или",
        "чи",
        "or",
        "o",
    ]
)


def _named_pills(
    hits: list[tuple[Named, int, str, bool]],
    words: list[str],
    at: int,
    pill_drug: Callable[[Named], bool],
) -> bool:
    """The next name after the pills at ``at`` is a pill drug, with no word joining a second
    drug between them (``_MIX_JOIN``)."""
    later = sorted(((start, n) for n, start, _, _ in hits if start > at), key=lambda x: x[0])
    if not later:
        return False
    start, named = later[0]
    return pill_drug(named) and not any(w in _MIX_JOIN for w in words[at + 1 : start])


# Salt beside tequila, lemon or pepper is salt, not "соль" (alpha-PVP): "соль и текила",
# "сіль і текіла", "sal y tequila", "salt and lime"
# a vehicle beside "колёса" (wheels, not pills): "колеса на машине", "колеса у велосипеда"
_VEHICLE = re.compile(
    r"\b(?:машин\w*|авто\w*|автомобил\w*|автомобіл\w*|велосипед\w*|велик(?:а|е|у|ом)?\b|мотоцикл\w*|байк\w*|"
    r"шин\w*|резин\w*|шиномонтаж\w*|самокат\w*|коляск\w*|візок|візка|прокол\w*|спущ\w*)"
)
# what a drink is poured in or measured by (lexicon.yaml: рюмка, чарка, келих, trago, copa)
_VESSEL_STEMS = ("рюм", "бокал", "чар", "келих", "стопар", "trag", "copa", "shots")
_SALT_WORDS = {
    "соль",
    "соли",
    "солью",
    "солей",
    "солях",
    "солями",
    "сіль",
    "солі",
    "сіллю",
    "sal",
    "sales",
    "salt",
}
_SALT_FOOD = re.compile(
    r"\b(?:текил\w*|текіл\w*|tequila\w*|лимон\w*|лайм\w*|перец|перц\w*|pepper|lim[oó]n\w*|"
    r"lime|limes|lemon\w*|сахар\w*|цукор|цукр\w*|sugar|az[uú]car|salad\w*|салат\w*|ensalad\w*|"
    r"суп\w*|soup|sopa|рецепт\w*|recipe\w*|receta\w*|готов(?:ить|лю)|варить|cocin\w*|cook\w*|"
    # sea salt, salt sprinkled on the paths in winter
    r"морск\w*|морськ\w*|sea|marin[ao]s?|посыпа\w*|посипа\w*)"
)
# "oxy and not heroin", "трамадол а не героїн", "tramadol y no heroína", "its nitazenes not heroin":
# the second name set apart from the first, never taken with it
_NEGATION = {"not", "не", "ні", "no"}
_BUT = {"and", "but", "or", "а", "но", "и", "але", "і", "й", "та", "y", "pero", "e", "o"}


def _without_salt(
    hits: list[tuple[Named, int, str, bool]], low: str
) -> list[tuple[Named, int, str, bool]]:
    """The names without "соль"/"sal" said beside food or a drink's salt ("соль и текила")."""
    if not any(typed in _SALT_WORDS for _, _, typed, _ in hits) or not _SALT_FOOD.search(low):
        return hits
    return [hit for hit in hits if hit[2] not in _SALT_WORDS]


# "на тусі", "після туси": a party ("туса") in Ukrainian and Russian case forms, not tusi the
# drug, when a preposition of place or time stands before it (the same forms as _PARTY_FORMS
# above; "з тусі" stays the mix there and here: "з" is "with" as often as "from")
_PARTY = re.compile(r"(?:^|\s)(?:на|в|у|після|после|до|від|от|перед)\s+(?:тусі|туси)(?=\s|$)")


def _without_party(
    hits: list[tuple[Named, int, str, bool]], low: str
) -> list[tuple[Named, int, str, bool]]:
    """The names without "тусі"/"туси" said as the party they were at ("екстазі на тусі")."""
    if not any(fold(typed) in _PARTY_FORMS for _, _, typed, _ in hits) or not _PARTY.search(low):
        return hits
    return [hit for hit in hits if fold(hit[2]) not in _PARTY_FORMS]


# "фен" as the hair dryer, a tool: in the instrumental ("феном") with a verb of drying or hair or a
# fringe dried ("сушу волосы феном", "феном посушила голову", "висушила волосся феном"), or "фен
# для волос(ся)". Whatever else is drunk or taken around it, the dryer is no amphetamine ("после
# фена голова болит", "закинулся феном и пивом" keep the drug: no drying, no hair).
_DRYER_WORDS = ("феном", "фен", "фена", "фену")
_DRYER_TOOL = re.compile(
    r"\b(?:(?:(?:по|вы|ви|про|под|під|за)?суш(?!н)\w*|волос\w*|челк\w*|чолк\w*|укладк\w*)"
    r"(?:\s+\S+){0,3}?\s+феном|феном(?:\s+\S+){0,3}?\s+(?:(?:по|вы|ви|про|под|під|за)?суш(?!н)\w*|"
    r"волос\w*|челк\w*|чолк\w*)|фен\w*\s+для\s+волос\w*)\b"
)


def _without_dryer(
    hits: list[tuple[Named, int, str, bool]], low: str
) -> list[tuple[Named, int, str, bool]]:
    """The names without "фен" used as a hair dryer ("сушу волосы феном после пива")."""
    if not _DRYER_TOOL.search(low):
        return hits
    return [hit for hit in hits if fold(hit[2]) not in _DRYER_WORDS]


def _without_wheels(
    hits: list[tuple[Named, int, str, bool]], low: str
) -> list[tuple[Named, int, str, bool]]:
    """The names without "колёса" said beside a vehicle ("поменял колеса на машине")."""
    if not _VEHICLE.search(low):
        return hits
    return [hit for hit in hits if not fold(hit[2]).startswith(("колес", "колёс"))]


def _without_body_lump(
    hits: list[tuple[Named, int, str, bool]], text: str
) -> list[tuple[Named, int, str, bool]]:
    """The names without a lump on the body ("червона шишка на руці після ширки"): a lump, not
    cannabis buds (``cues.body_homonyms``, as search reads it)."""
    kept = {fold(word) for word in body_homonyms(text)[1]}
    if not kept:
        return hits
    # a lexicon phrase ends in the lump word too ("от шишек на руке"): its last word decides
    return [hit for hit in hits if (fold(hit[2]).split() or [""])[-1] not in kept]


def _without_vessel(
    hits: list[tuple[Named, int, str, bool]], low: str
) -> list[tuple[Named, int, str, bool]]:
    """The names without a glass or a shot of something soft ("келих води", "un trago de agua"):
    a word for what a drink is poured in is alcohol only when no soft drink is named."""
    if not _SOFT_DRINK.search(low):
        return hits
    return [
        hit
        for hit in hits
        if not (hit[0].id == "alcohol" and hit[2].split()[-1].startswith(_VESSEL_STEMS))
    ]


def _without_soft_coke(
    hits: list[tuple[Named, int, str, bool]], text: str
) -> list[tuple[Named, int, str, bool]]:
    """Beside coffee or an energy drink, "a coke" is the soft drink ("had a coke and a coffee,
    why am i so jittery"), not cocaine ("a line of coke and a red bull" keeps it)."""
    if not any(hit[0].id == "caffeine" for hit in hits):
        return hits
    words = [fold(w) for w in _WORD.findall(text)]
    return [
        hit
        for hit in hits
        if not (
            hit[0].id == "cocaine"
            and fold(hit[2]) in ("coke", "cokes")
            and hit[1] > 0
            and words[hit[1] - 1] in ("a", "an", "another", "one", "two")
        )
    ]


def _second_set_apart(hits: list[tuple[Named, int, str, bool]], text: str) -> bool:
    """The second name comes after "not" ("and not heroin", "а не героин", "y no heroína")."""
    words = [fold(w) for w in _WORD.findall(text)]
    first, typed_first = hits[0][1], hits[0][2]
    at = hits[1][1]
    if at < 2 or words[at - 1] not in _NEGATION:
        return False
    before = words[at - 2]
    return before in _BUT or first <= at - 2 < first + len(typed_first.split())


def _one_compared(hits: list[tuple[Named, int, str, bool]], text: str) -> bool:
    """One of the two names is what the other is compared to ("мефедрон похож на кокаин",
    "is meow meow similar to mdma", "la ketamina es como el éxtasis pero"): a question about the
    first, no mix (a mix asked, "можно их вместе", keeps the card)."""
    parts = compared_parts(text)
    if parts is None:
        return False
    rest, compared = parts
    inside = [
        re.search(r"(?<!\w)" + re.escape(fold(typed)) + r"(?!\w)", compared) is not None
        for _, _, typed, _ in hits[:2]
    ]
    outside = [
        re.search(r"(?<!\w)" + re.escape(fold(typed)) + r"(?!\w)", rest) is not None
        for _, _, typed, _ in hits[:2]
    ]
    return any(inside[i] and not outside[i] and outside[1 - i] for i in (0, 1))


_OPENING_MARKS = re.compile(r"[¿¡]")
# Names from another language's list that are everyday words in this one: Spanish "nos" (us,
# "nos metimos", "ayer nos tomamos") is no nitrous oxide ("nos" in English)
_EVERYDAY_ELSEWHERE: dict[str, frozenset[str]] = {"es": frozenset({"nos"})}


# drinks of every day: beside a street word said in its everyday sense they make no mix
# ("шишек для костра и пиво возьмём": pine cones for the fire and beer on a camping trip)
_EVERYDAY_DRINKS = frozenset({"alcohol", "caffeine"})


# "after" before a drug named among drinks ("кофе с коньяком после мефа")
_AFTER_WORDS = frozenset({"после", "після", "after", "despues", "tras"})


# a place to go for a drink asked, or one recommended ("кофе с коньяком возле метро, куда
# сходить", "де випити каву з коньяком у центрі", "café con ron cerca de Sol, recomendaciones",
# "where to get an irish coffee near soho"): a night out, not a mix of two substances
_VENUE_ASKED = re.compile(
    r"\b(?:куда\s+(?:можно\s+)?(?:сходить|пойти|зайти|податься)|куди\s+(?:можна\s+)?(?:піти|сходити|зайти)|"
    r"где\s+(?:можно\s+)?(?:выпить|попить|посидеть)|де\s+(?:можна\s+)?(?:випити|попити|посидіти)|"
    r"where\s+(?:to|can\s+i|should\s+i|do\s+i)\s+(?:go|get|grab|have|find)\b(?!\s+(?:help|tested|clean))|"
    r"where'?s\s+good|where\s+is\s+good|"
    r"(?:donde|adonde|a\s+donde)\s+(?:puedo\s+|se\s+puede\s+)?(?:tomar|tomo|beber|ir)|"
    r"recommend\w*|рекоменд\w*|посовет\w*|порад\w*|recomienda\w*|recomendaci\w*|recomiendan|"
    r"(?:bar|pub|cafe|café|кафе|бар|кав'ярн\w*|кофейн\w*|cafeteria)s?\s+(?:near|nearby|рядом|поблизу|cerca))"
)


# a dose or how one feels on it, said before a place set apart ("methadone dose feels too low,
# toronto", "доза метадону замала, Київ"): one's own treatment talked about, not a request
_DOSE_OR_FEELING = re.compile(
    r"\b(?:doses?|dosage|dosing|feel|feels|felt|feeling|доз\w*|чувству\w*|почуваю\w*|"
    r"відчува\w*|dosis|siento|siente|sintiendo)\b"
)


def _drinks_out(named: list[Named], low: str) -> bool:
    """Only everyday drinks named (coffee, a spirit, beer) and a place to have them asked."""
    return (
        bool(named)
        and all(n.id in _EVERYDAY_DRINKS for n in named)
        and bool(_VENUE_ASKED.search(low))
    )


def _everyday_sense(hits: list[tuple[Named, int, str, bool]], text: str) -> bool:
    """An everyday message whose street words are all everyday homonyms or in everyday phrases,
    or whose only street words stand in an everyday phrase beside everyday drinks."""
    if not everyday_frame(text):
        return False
    if all(is_homonym(typed) or in_everyday_phrase(typed, text) for _, _, typed, _ in hits):
        return True
    street = [typed for named, _, typed, _ in hits if named.id not in _EVERYDAY_DRINKS]
    # (a street word that is an everyday homonym inside a fixed everyday phrase counts as a
    # purpose: "un café con pastas" is biscuits beside coffee)
    return 0 < len(street) < len(hits) and all(
        in_everyday_purpose(t, text) or (is_homonym(t) and in_everyday_phrase(t, text))
        for t in street
    )


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


class Router:
    """Routes messages with the loaded combination names and the slang lexicon."""

    def __init__(
        self,
        checker: ComboChecker,
        lexicon: Lexicon | None = None,
        places: frozenset[str] | None = None,
    ) -> None:
        """``places``: the folded, lower-case names of the places the bot knows, for a place
        typed in lower case after the service ("налоксон пермь"); None: those of the content
        folder beside the code (``known_place_names``), read when first needed."""
        self.checker = checker
        self.lexicon = lexicon
        self._places = places
        self._stemmed: dict[str, dict[str, Named | None]] = {}
        self._ambiguous_stemmed: dict[str, dict[str, str]] = {}
        self._choice_stems: dict[str, dict[str, str | None]] = {}
        # One-typo lookups by word (rapidfuzz over every name): words repeat across messages.
        self._fuzzy_seen: dict[str, Named | None] = {}
        # every word of the topics, as a set and sorted (Router._known)
        self._words: set[str] | None = None
        self._sorted_words: list[str] = []

    def prepare(self, langs: tuple[str, ...] | None = None) -> Router:
        """Build the per-language stem maps now (in a worker thread after a load), not on the
        first message of each language."""
        for lang in langs or ("en", "ru", "uk", "es"):
            self._stem_map(lang)
        self._known("")  # the topics' words, for a place typed with no preposition
        self._known_places()
        return self

    def _known_places(self) -> frozenset[str]:
        if self._places is None:
            self._places = known_place_names()
        return self._places

    def _known_place_form(self, word: str) -> bool:
        """Whether ``word`` is a one-word place the bot knows in a case form ("москве", "бишкеке",
        "львові", "харкові", "одессе"): the name with a case ending in place of its last vowel or
        added to it, the Ukrainian "і" of the name's last syllable back as "о"/"е"; never a
        thing said with "в" ("в кармане", "в крови")."""
        if self._known_place([word]):
            return True
        for size in (1, 2, 3):
            base = word[:-size]
            if len(base) < 3 or word[-size:] not in _PLACE_CASE_ENDINGS:
                continue
            forms = [base, *(base + v for v in ("а", "я", "о", "ь"))]
            # "львові" -> "львів", "харкові" -> "харків", "києві" -> "київ"
            for i in range(len(base) - 1, max(len(base) - 3, 0), -1):
                if base[i] in "оеє":
                    forms.append(base[:i] + ("ї" if base[i] == "є" else "і") + base[i + 1 :])
            if any(self._known_place([form]) for form in forms):
                return True
        return False

    def _known_place(self, words: list[str]) -> bool:
        """Whether ``words`` are the whole name of a place the bot knows, and no everyday word,
        substance or service ("пермь", "new york"; never "oral", "once", "centro")."""
        phrase = " ".join(words)
        return (
            len(phrase) >= 3
            and phrase in self._known_places()
            and phrase not in _EVERYDAY_PLACE_NAMES
            and phrase not in _BARE_COUNTRIES
            and not (len(words) == 1 and _word_types(phrase))
            and not self.substances(phrase, "en")
            and not (self.lexicon is not None and self.lexicon.find(phrase, ""))
        )

    # -- substances --------------------------------------------------------------------------
    def _stem_map(self, lang: str) -> dict[str, Named | None]:
        """Stemmed single-word names -> the one thing they name (None when two things share a stem)."""
        found = self._stemmed.get(lang)
        if found is not None:
            return found
        from bot.library.textproc import analyzer_for

        analyzer = analyzer_for(lang)
        out: dict[str, Named | None] = {}
        exact = self.checker._names
        for name, named in exact.items():
            if " " in name or len(name) < 4:
                continue
            stem = analyzer.stem(fold(name))
            if stem in exact and exact[stem] != named:
                out[stem] = None  # the stem is another thing's name ("феня" -> "фен"): never merge
                continue
            if stem in out and out[stem] != named:
                out[stem] = None
            else:
                out.setdefault(stem, named)
        self._stemmed[lang] = out
        return out

    def _by_stem_or_case(
        self,
        word: str,
        lang: str,
        country: str | None,
        names: dict[str, Named],
        stems: dict[str, Named | None],
        analyzer,
    ) -> tuple[Named | None, bool]:
        """``_by_stem``; else in Russian and Ukrainian a case form of a word with several meanings
        ("с антидепрессантами", "на антидепресантах"), then True: the checker asks which one,
        as for the word itself."""
        named = self._by_stem(word, lang, names, stems, analyzer)
        if named is not None or lang not in ("ru", "uk"):
            return named, False
        listed = self._ambiguous_stems(lang).get(analyzer.stem(word))
        if listed is None:
            return None, False
        return self._lookup(listed, lang, country)

    def _ambiguous_stems(self, lang: str) -> dict[str, str]:
        """Stems of the long Cyrillic words with several meanings -> the word as listed; a stem
        that is also a plain name's, or two words' stem, and the forms a drug comes in (pills,
        crystals, a line) are left out."""
        found = self._ambiguous_stemmed.get(lang)
        if found is not None:
            return found
        from bot.library.textproc import analyzer_for

        analyzer = analyzer_for(lang)
        out: dict[str, str] = {}
        shared: set[str] = set()
        plain = self._stem_map(lang)
        for key in self.checker._ambiguous:
            if len(key) < 8 or " " in key or not _CYRILLIC_ANY.search(key):
                continue
            if self.checker._ambiguous[key].id in _FORM_WORDS | _FORM_CHOICES:
                continue  # "таблетками", "кристаллами": a form, read only as listed
            stem = analyzer.stem(key)
            if len(stem) < 7 or stem in plain:
                continue
            if (
                stem in out
                and self.checker._ambiguous[out[stem]] is not self.checker._ambiguous[key]
            ):
                shared.add(stem)
            out.setdefault(stem, key)
        for stem in shared:
            del out[stem]
        self._ambiguous_stemmed[lang] = out
        return out

    def substances(self, text: str, lang: str, country: str | None = None) -> list[Named]:
        """Every substance or class the text names, in order, without repeats."""
        return [named for named, _typed, _guessed in self.substance_hits(text, lang, country)]

    def substance_hits(
        self, text: str, lang: str, country: str | None = None
    ) -> list[tuple[Named, str, bool]]:
        """Each substance or class named, with the words typed for it and whether it is a guess
        (a one-typo match): a guess must be confirmed by the person before any answer."""
        return [
            (named, typed, guessed) for named, _, typed, guessed in self._hits(text, lang, country)
        ]

    def _hits(
        self, text: str, lang: str, country: str | None = None
    ) -> list[tuple[Named, int, str, bool]]:
        """``substance_hits`` with the position (word number) of each name in the text."""
        raw_words = _WORD.findall(text)
        words = [fold(w) for w in raw_words]
        used = _party_words(words)  # "на тусі": a party, never tusi (the pink mix)
        names = self.checker._names
        stems = self._stem_map(lang if lang in ("en", "ru", "uk", "es") else "en")
        from bot.library.textproc import analyzer_for

        analyzer = analyzer_for(lang if lang in ("en", "ru", "uk", "es") else "en")

        def add(named: Named | None, start: int, end: int, guessed: bool = False) -> None:
            if named is None:
                return
            for i in range(start, end):
                used[i] = True
            if all(n.id != named.id for n, _, _, _ in hits):
                hits.append((named, start, " ".join(words[start:end]), guessed))

        hits: list[tuple[Named, int, str, bool]] = []
        # longest phrases first (three, two, one words), exact names and lexicon terms
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                if any(used[i : i + size]):
                    continue
                phrase = " ".join(words[i : i + size])
                named, several = self._lookup_as_typed(
                    phrase, " ".join(raw_words[i : i + size]), lang, country
                )
                if named is None and size > 1 and self._everyday_phrase(phrase, lang, country):
                    for j in range(i, i + size):
                        used[j] = True  # "coca cola", "diet coke": a drink, no substance in it
                    continue
                if several:
                    add(named, i, i + size, guessed=True)
                    continue
                if named is None and size == 1:
                    word = words[i]
                    if self.lexicon is not None and self.lexicon.is_term(word):
                        continue  # a lexicon word that is not a single substance is never guessed
                    by_context = self._by_context(text, raw_words, words, i, names, stems, lang)
                    if by_context is not None:
                        add(by_context, i, i + 1)
                        continue
                    if (
                        named is None
                        and self.lexicon is not None
                        and lang in ("ru", "uk")
                        and word not in _NO_STEM
                    ):
                        # Ukrainian and Russian spellings of the same slang ("мєф", "меф")
                        other = _cyrillic_twin(word)
                        if other != word:
                            named = names.get(other)
                            if named is None:
                                ids = self.lexicon.substances_for(other, lang, country)
                                named = self.checker.named(ids[0]) if len(ids) == 1 else None
                            if named is None and lang == "uk":
                                # Russian letters in Ukrainian words: "лірікою" is "лирикою"
                                named = self._by_stem(
                                    other, "ru", names, self._stem_map("ru"), analyzer_for("ru")
                                )
                    if named is None:
                        named, several = self._by_stem_or_case(
                            word, lang, country, names, stems, analyzer
                        )
                    named = named or self._mixed_drink(word, lang, country, names, stems, analyzer)
                    if named is None and len(word) >= _FUZZY_MIN and word not in _NO_FUZZY:
                        add(self._fuzzy(word), i, i + size, guessed=True)
                        continue
                add(named, i, i + size, guessed=several)
        hits.sort(key=lambda item: item[1])
        return self._without_named_choice(self._without_loose_senses(hits, words, lang), words)

    def _other_name(self, words: list[str], i: int, names: dict[str, Named], lang: str) -> bool:
        """Whether a word other than the ``i``-th names a substance outright (an exact name or a
        one-meaning lexicon word)."""
        return any(
            n != i
            and len(w) > 1
            and (
                names.get(w) is not None
                or (self.lexicon is not None and len(self.lexicon.substances_for(w, lang)) == 1)
            )
            for n, w in enumerate(words)
        )

    def _mixed_drink(
        self,
        word: str,
        lang: str,
        country: str | None,
        names: dict[str, Named],
        stems: dict[str, Named | None],
        analyzer,
    ) -> Named | None:
        """A mixed drink typed with a hyphen ("водка-энергетик", "vodka-redbull", "ron-cola",
        "горілка-тонік"): the spirit in it is alcohol. Only alcohol: "ice-cream" and "speed-dating"
        name nothing taken."""
        if "-" not in word:
            return None
        for part in word.split("-"):
            if len(part) < 3:
                continue
            named = self._lookup(part, lang, country)[0]
            if named is None:
                named = self._by_stem(part, lang, names, stems, analyzer)
            if named is not None and named.id == "alcohol":
                return named
        return None

    def _without_loose_senses(
        self, hits: list[tuple[Named, int, str, bool]], words: list[str], lang: str
    ) -> list[tuple[Named, int, str, bool]]:
        """A word of several lexicon meanings ("blues", "percs") counts only joined to another
        name or counted ("blues and beer", "2 percs with lean"); "the tuesday blues after molly"
        names one drug."""
        if self.lexicon is None:
            return hits
        out = []
        for hit in hits:
            _named, at, typed, guessed = hit
            if (
                guessed
                and " " not in typed
                and typed not in self.checker._ambiguous
                and len(self.lexicon.substances_for(typed, lang)) > 1
            ):
                before = words[at - 1] if at > 0 else ""
                after = words[at + 1] if at + 1 < len(words) else ""
                # joined within a few words ("lean plus a couple of percs")
                near = words[max(0, at - 4) : at]
                # or counted in words or swallowed ("a couple of blues", "necked two blues"),
                # unless a noun follows ("a few blues songs")
                counted = bool(set(near) & (_COUNT_WORDS | _SWALLOW_VERBS)) and (
                    after not in _LOOSE_NOUN_AFTER
                )
                if before in ("the", "el", "la", "los", "las") or not (
                    set(near) & _JOINED
                    or after in _JOINED
                    or before[-1:].isdigit()
                    or at == 0
                    or counted
                ):
                    continue  # "got the blues and drank": the everyday sense
            out.append(hit)
        return out

    def _without_named_choice(
        self, hits: list[tuple[Named, int, str, bool]], words: list[str]
    ) -> list[tuple[Named, int, str, bool]]:
        """A line followed by a name is that name said again ("a line or two of coke", "пару
        дорожек мефа", "unas rayas de coca"): the choice is dropped, the name stays. Only a
        line, a form of what follows it: "pills, ecstasy" side by side are two things."""
        if len(hits) < 2:
            return hits
        out = []
        for n, hit in enumerate(hits):
            named, at, typed, _ = hit
            if named.kind == NameKind.CHOICE and named.id in _FORM_CHOICES and n + 1 < len(hits):
                between = words[at + len(typed.split()) : hits[n + 1][1]]
                if len(between) <= 3 and set(between) <= _OF_AMOUNT:
                    continue
            out.append(hit)
        return out

    def _everyday_phrase(self, phrase: str, lang: str, country: str | None) -> bool:
        """A lexicon phrase that names nothing to take and points at no topic (only ``expand``):
        its words are not read one by one ("coca cola" is no "coca", "diet coke" no "coke")."""
        if self.lexicon is None or not self.lexicon.is_term(phrase):
            return False
        senses = self.lexicon.senses_for(phrase, lang, country)
        return bool(senses) and not any(s.substances or s.topics for s in senses)

    def _lookup_as_typed(
        self, phrase: str, typed: str, lang: str, country: str | None
    ) -> tuple[Named | None, bool]:
        """``_lookup`` of the folded phrase, then of the words as typed when they hold "ñ": the
        lexicon keeps it ("unas cañas", "fariña") where folding makes "n" ("canas" is grey
        hair)."""
        named, several = self._lookup(phrase, lang, country)
        typed = typed.lower()
        if named is None and "ñ" in typed:
            named, several = self._lookup(typed, lang, country)
        return named, several

    def _lookup(self, phrase: str, lang: str, country: str | None) -> tuple[Named | None, bool]:
        """An exact name or a one-meaning lexicon term; or a word with several meanings
        ("pastis", "колёса", "cristal"), then True: the combination checker asks which one.
        A country that settles the meaning makes it an exact name."""
        if phrase in _EVERYDAY_ELSEWHERE.get(lang, ()):
            return None, False  # another language's name, an everyday word here ("nos": us)
        named = self.checker._names.get(phrase)
        if named is None and phrase in self.checker._ambiguous:
            # a word combos.yaml lists with several meanings ("dope", "марка", "химка",
            # "crystal") asks which one, as the checker does, even when the lexicon's search
            # sense in this language is one drug: the card never answers for a reading the
            # person did not choose
            reading = self.checker.read(phrase, country)
            return reading.named, reading.kind != ReadingKind.EXACT and reading.named is not None
        if named is None and self.lexicon is not None:
            ids = self.lexicon.substances_for(phrase, lang, country)
            if len(ids) == 1:
                named = self.checker.named(ids[0])
                street = self.checker.read(phrase, country)
                if street.kind == ReadingKind.AMBIGUOUS and named in street.options:
                    # one meaning in this language's lexicon, several in the checker's ("blues":
                    # fentanyl pills or a benzo): the person confirms it first
                    return named, True
                choice = self._choice_form(phrase, lang, named)
                if choice is not None:
                    reading = self.checker.read(choice, country)
                    if reading.named is not None:
                        return reading.named, reading.kind != ReadingKind.EXACT
            elif len(ids) > 1 and phrase not in self.checker._ambiguous:
                # several meanings and no country to settle them ("blues": a benzo or fentanyl
                # pills, "percs": oxycodone or pressed fentanyl): named, and asked before any
                # answer, as the checker asks; never dropped, never one of them silently
                street = self.checker.read(phrase, country)
                if street.kind == ReadingKind.AMBIGUOUS and street.options:
                    meant = {o.id for o in street.options}
                    for amb in self.checker.library.ambiguous.values():
                        if meant <= set(amb.options):
                            # "табл" (ecstasy or a benzo) is one of what "таблы" may mean: that
                            # word, as combos.yaml lists it (a pill counted beside its drug is
                            # its dose there)
                            return Named(amb.id, NameKind.CHOICE), True
                    return street.options[0], True
        if named is None and phrase in self.checker._ambiguous:
            reading = self.checker.read(phrase, country)
            return reading.named, reading.kind != ReadingKind.EXACT and reading.named is not None
        return named, False

    def _choice_form(self, word: str, lang: str, named: Named | None) -> str | None:
        """The word with several meanings (combos.yaml ``ambiguous:``) that ``word`` is a case
        form of, when the lexicon read it as one of those meanings: "маркой", "марку" are
        "марка" (LSD, NBOMe or DOx), "транками" is "транки" (tranquillisers or xylazine),
        "химкой" is "химка". None for any other word."""
        if named is None or " " in word or len(word) < 4:
            return None
        stems = self._choice_stems.get(lang)
        if stems is None:
            from bot.library.textproc import analyzer_for

            analyzer = analyzer_for(lang if lang in ("en", "ru", "uk", "es") else "en")
            stems = {}
            for key, amb in self.checker._ambiguous.items():
                if " " in key or len(key) < 4:
                    continue
                stem = analyzer.stem(key)
                if len(stem) < 4:
                    continue
                seen = stems.get(stem, key)
                if seen is not None and self.checker._ambiguous[seen] is not amb:
                    stems[stem] = None  # two words with several meanings share it: never merged
                else:
                    stems[stem] = seen
            self._choice_stems[lang] = stems
        from bot.library.textproc import analyzer_for

        listed = stems.get(
            analyzer_for(lang if lang in ("en", "ru", "uk", "es") else "en").stem(word)
        )
        if listed is None:
            return None
        options = set(self.checker._ambiguous[listed].options)
        if named.id in options or options & set(self.checker.classes_of(named)):
            return listed
        return None

    @staticmethod
    def _by_stem(
        word: str, lang: str, names: dict[str, Named], stems: dict[str, Named | None], analyzer
    ) -> Named | None:
        """A name in another form: an English plural, or the same stem."""
        if lang == "en":
            # "beers", "bars" are listed as "beer", "bar"
            return names.get(word[:-1]) if len(word) >= 5 and word.endswith("s") else None
        if len(word) < 4 or word in _NO_STEM:
            return None
        stem = analyzer.stem(word)
        if lang in ("ru", "uk"):
            # a stem two things share is refused (None), never read by its ending
            if (len(stem) >= 4 or len(word) <= len(stem) + 2) and stem in stems:
                return stems[stem]
            return Router._by_ending(word, names) or Router._short_with(word, names)
        # a short stem names a substance only in a short word: "пивом" is beer, "meterme" (to
        # take) is not "met"(h). Spanish nouns change only in the plural, so there a short stem
        # is a verb ("salir" is not "sales", bath salts; "meto" is not "meta", meth) unless the
        # word is a name's plural
        if lang == "es" and len(stem) < 5:
            plural = word[:-1] if word.endswith("s") else ""
            return names.get(plural) or (names.get(word[:-2]) if word.endswith("es") else None)
        if len(stem) >= 4 or len(word) <= len(stem) + 2:
            return stems.get(stem)
        return None

    @staticmethod
    def _short_with(word: str, names: dict[str, Named]) -> Named | None:
        """The instrumental of a three-letter Cyrillic name ending in a consonant ("с лином", "з
        гашем", "с гером"): the case a second substance takes after "с"/"з", which the stemmer
        leaves alone in words this short. Never a name that is also an everyday word ("феном" is
        a hair dryer)."""
        base = word[:-2]
        if (
            len(word) == 5
            and word[-2:] in ("ом", "ем")
            and base[-1] not in _CYRILLIC_VOWELS
            and base in names
            and not is_homonym(base)
        ):
            return names[base]
        return None

    @staticmethod
    def _by_ending(word: str, names: dict[str, Named]) -> Named | None:
        """A Russian or Ukrainian case form of a listed name the stemmer missed ("попперсами" is
        "попперс", "ліркою" is "лірка"): the ending taken off, the name's own ending put back.
        Only names of five letters or more, so no short name swallows another word ("феней" never
        becomes "фен")."""
        for ending in _CASE_ENDINGS:
            if len(word) - len(ending) < 4 or not word.endswith(ending):
                continue
            base = word[: -len(ending)]
            for back in _NAME_ENDINGS:
                found = names.get(base + back)
                if found is not None and len(base + back) >= 5:
                    return found
        return None

    def _by_context(
        self,
        text: str,
        raw_words: list[str],
        words: list[str],
        i: int,
        names: dict[str, Named],
        stems: dict[str, Named | None],
        lang: str,
    ) -> Named | None:
        """A word that names a substance only by its neighbours: a lone "G" (GHB), or drinking."""
        word = words[i]
        if word == "g" and (
            raw_words[i] == "G"
            and (i == 0 or not raw_words[i - 1][-1:].isdigit())
            or (i > 0 and words[i - 1] in _BEFORE_G)
            # "a bit of g", "a drop of g", "2 ml of g" ("a couple of g" may be grams)
            or (i > 1 and words[i - 1] == "of" and words[i - 2] in _AMOUNT_OF_G)
            or (i == 0 and len(words) > 2 and words[1] in _AFTER_K - {"n"})
        ):
            # G on its own is GHB ("G with mephedrone", "can i do g on benzos"); "5 g" is grams
            return self.checker.named("ghb")
        if (
            word == "k"
            and (i == 0 or not raw_words[i - 1][-1:].isdigit())
            and (
                (i > 0 and words[i - 1] in _BEFORE_K)
                or (i + 1 < len(words) and words[i + 1] in _AFTER_K)
            )
        ):
            # a lone K next to a mixing word is ketamine ("k and coke", "bumps of k with molly",
            # "keta y k"); "5k", "k thanks" are not
            return self.checker.named("ketamine")
        if (
            word == "h"
            and (i == 0 or not raw_words[i - 1][-1:].isdigit())
            and (
                (i > 0 and words[i - 1] in _BEFORE_K)
                or (i + 1 < len(words) and words[i + 1] in _AFTER_K)
            )
        ):
            # a lone H beside a mixing word is heroin ("crack and h", "h with benzos"); "5 h" is hours
            return self.checker.named("heroin")
        if word == "base" and i > 0 and _SMOKE_ES.match(words[i - 1]):
            # "fumar base" is smoked cocaine base (crack, paco); "a base de", "la base" are not
            return self.checker.named("cocaine")
        if word == "gear" and i > 0 and words[i - 1] in {"and", "with", "plus", "n", "&", "+"}:
            # UK and Irish slang: "gear" beside another drug is heroin ("crack and gear", "benzos
            # with gear"); "on gear" (steroids), "injecting gear", "the gear" alone are not read
            return self.checker.named("heroin")
        if (
            word == "gear"
            and i > 0
            and (
                (
                    words[i - 1] in _USED_GEAR
                    and (words[i - 1] != "used" or i > 1 and words[i - 2] in _I_USED)
                )
                or (
                    words[i - 1] in {"some", "of", "more"}
                    and set(words[max(0, i - 4) : i - 1]) & _USED_GEAR
                )
            )
        ):
            # gear used or had ("if i used gear this morning", "did some gear earlier", "had a
            # bit of gear"): heroin; "my gear", "camping gear", "on gear" are not
            return self.checker.named("heroin")
        if (
            word == "rolling"
            and lang == "en"
            and i > 0
            and words[i - 1] in _ROLLING_AFTER
            and (i + 1 == len(words) or words[i + 1] not in _ROLLING_OBJECT)
        ):
            # "rolling" said of oneself is being high on MDMA ("a beer while rolling", "still
            # rolling, can i smoke"); rolling a joint, one's eyes, dough or dice is not
            return self.checker.named("mdma")
        if (
            word == "bar"
            and i >= 2
            and words[i - 1] in ("a", "half", "one")
            and words[i - 2] in _BEFORE_BAR
            and (i + 1 == len(words) or words[i + 1] not in _BAR_PLACE)
        ):
            # "is lean ok with a bar", "take a bar after pingers", "half a bar": Xanax ("at a
            # bar", "to the bar", "a chocolate bar" are not)
            return self.checker.named("benzodiazepines")
        if word == "tram" and lang == "en" and self._tram_as_pill(raw_words, words, i):
            # "popped a tram", "a 50mg tram", "took a tram for my back": tramadol ("took the tram
            # home", "tram times", "a tram for the city" are the ride)
            return self.checker.named("tramadol")
        if word in _PLAN and (
            (i > 0 and words[i - 1] in _AFTER_K | _SMOKE)
            or (i + 1 < len(words) and words[i + 1] in _AFTER_K)
        ):
            # "план" is hash only beside another drug or smoking ("гриби і план", "покурити план
            # з ..."); "план лікування" is a plan
            return self.checker.named("cannabis")
        if (
            word in _DRINK
            and (i + 1 == len(words) or words[i + 1] in ("if", "when", "without", "si", "sin"))
            and _LIQUID_DOSE.search(text.lower())
            and _HOW_MUCH.search(text.lower())
        ):
            # "got some methadone, how much is ok to drink": the medicine is what is drunk
            return None
        if word in ("пити", "пить") and _PILL_HOW_MUCH.search(text.lower()):
            # "лірика по 600 на день, скільки можна пити": the pills are what is taken
            return None
        if word in ("пити", "пить") and _WHAT_TO_TAKE_IN_WITHDRAWAL.search(text.lower()):
            # "ломка з метадону, шо пити", "переламатись вдома, що пить": a medicine to take
            return None
        if word in _DRINK and _CYRILLIC_WORD.match(word) and _asks_what_to_take(words, i):
            # "после мефа не могу уснуть, что можно выпить", "шо б випити щоб заснути": a
            # medicine or a remedy asked for, no drink ("можно выпить?" stays alcohol)
            return None
        if (
            word in _DRUNK
            and not _SOFT_DRINK.search(text.lower())
            and (_CYRILLIC_WORD.match(word) or word[-1] in "oa" or i > 0 and words[i - 1] in _BE)
        ):
            # "coke when im drunk", "під кайфом і п'яний", "borracho y con pastis": alcohol taken
            return self.checker.named("alcohol")
        if word in _DRINK and not _SOFT_DRINK.search(text.lower()):
            # "drink on methadone", "пить под метадоном": drinking is alcohol, unless something
            # is drunk ("пью метадон", "пью его", "water on mdma")
            from bot.library.textproc import analyzer_for

            following = words[i + 1] if i + 1 < len(words) else ""
            if following:
                stem = analyzer_for(lang if lang in ("en", "ru", "uk", "es") else "en").stem(
                    following
                )
                if names.get(following) or stems.get(stem):
                    return None
            cyrillic = _CYRILLIC_WORD.match(word) is not None
            if following in _DRINK_THEN if cyrillic else following not in _PRONOUNS:
                return self.checker.named("alcohol")
        return self._by_other_name(text, raw_words, words, i, names, lang)

    def _by_other_name(
        self,
        text: str,
        raw_words: list[str],
        words: list[str],
        i: int,
        names: dict[str, Named],
        lang: str,
    ) -> Named | None:
        """A word that names a substance only beside another drug named outright: a lone "k"
        before "after"/"before", Spanish "globos"."""
        word = words[i]
        if (
            word == "k"
            and (i == 0 or not raw_words[i - 1][-1:].isdigit())
            and i + 2 < len(words)
            and words[i + 1] in _K_THEN
            and words[i + 2] not in _K_THEN_EVERYDAY
            and self._other_name(words, i, names, lang)
        ):
            # K before or after another drug named ("k after a few lines of coke", "k antes de
            # las pastis"); "k after work", "k before that" are an "ok"
            return self.checker.named("ketamine")
        if (
            word in _GLOBOS
            and lang == "es"
            and (
                (i + 1 < len(words) and words[i + 1] in _AFTER_K | _K_THEN)
                or (i > 0 and words[i - 1] in _AFTER_K | _GLOBOS_COUNT)
            )
            and not _PARTY_BALLOONS.search(text.lower())
            and self._other_name(words, i, names, lang)
        ):
            # Spanish balloons beside another drug are nitrous ("globos con keta", "unos globos
            # después del md"), as "balloons" are in English; balloons for a birthday are not
            return self.checker.named("nitrous-oxide")
        return None

    @staticmethod
    def _tram_as_pill(raw_words: list[str], words: list[str], i: int) -> bool:
        """A lone "tram" said as a pill: after a swallowing verb, beside a dose in milligrams,
        or taken for a pain ("took a tram for my back")."""
        before = words[max(0, i - 3) : i]
        if set(before) & _SWALLOW_VERBS:
            return True
        near = raw_words[max(0, i - 2) : i + 3]
        if any(_MG_DOSE.fullmatch(w.lower()) for w in near) or "mg" in words[max(0, i - 1) : i + 3]:
            return True
        after = words[i + 1 : i + 5]
        return bool(after) and after[0] == "for" and bool(set(after[1:]) & _PAIN_WORDS)

    def _fuzzy(self, word: str) -> Named | None:
        """One typo in a long name ("mefedron", "ксанакс"), same first letter; never more."""
        if word in self._fuzzy_seen:
            return self._fuzzy_seen[word]
        found = self._fuzzy_lookup(word)
        if len(self._fuzzy_seen) >= _FUZZY_CACHE:
            self._fuzzy_seen.clear()
        self._fuzzy_seen[word] = found
        return found

    def _fuzzy_lookup(self, word: str) -> Named | None:
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        found = process.extractOne(
            word, self.checker._choices, scorer=Levenshtein.distance, score_cutoff=1
        )
        if found is None or found[0][:1] != word[:1] or len(found[0]) < _FUZZY_MIN:
            return None
        return self.checker._names[found[0]]

    # -- services ----------------------------------------------------------------------------
    @staticmethod
    def _service_type(low: str, named: list[Named]) -> str | None:
        """The service type the message asks for: the earliest service word wins."""
        words = _WORD.findall(low)
        starts: list[int] = []
        pos = 0
        for w in words:
            pos = low.find(w, pos)
            starts.append(pos)
            pos += len(w)
        best: tuple[int, str] | None = None
        padded = f" {low} "
        for stem, type_id in _PHRASE_STEMS:
            at = padded.find(" " + stem)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, type_id)
        phrase_at = best[0] if best is not None else -1
        # single-word stems: the first matching stem in SERVICE_STEMS order decides per type,
        # the earliest word over all types (as when each stem scanned the words)
        for i, w in enumerate(words):
            hit = starts[i]
            if best is not None and hit > best[0]:
                break
            for type_id in _word_types(w):
                if (
                    best is None
                    or hit < best[0]
                    or (
                        # a phrase starting at the same word is the more specific ("pruebas
                        # de ITS" is sexual health, not the HIV test of "pruebas")
                        hit == best[0]
                        and hit != phrase_at
                        and _TYPE_ORDER[type_id] < _TYPE_ORDER[best[1]]
                    )
                ):
                    best = (hit, type_id)
        if best is not None:
            return best[1]
        if _GROUP_OF_USERS.search(low):
            return "peer-support"
        if _CONTENTS_CHECK.search(low):
            return "drug-checking"
        if any(w.startswith(g) for w in words for g in _GENERIC_TEST):
            if _EVERYDAY_TEST.search(low):
                return None  # a pregnancy, covid, driving or eye test is no service of ours
            drugs = (
                "drug",
                "pill",
                "stash",
                "gear",
                "bag",
                "наркот",
                "вещест",
                "речовин",
                "таблет",
                "пігулк",
                "порош",
                "droga",
                "pastill",
                "pasti",
                "sustanc",
            )
            return (
                "drug-checking"
                if named or any(w.startswith(drugs) for w in words)
                else "hiv-testing"
            )
        return None

    def _place(self, text: str, named: Sequence[Named] = ()) -> str | None:
        text = self._without_other_places(text)
        found = self._place_text(text)
        if found is None:
            return None
        if self._no_place(found):
            # "у метро сокол где провериться на вич": the service after the last preposition, the
            # place after the one before it
            earlier = [p for p in self._place_texts(text) if p != found]
            if earlier and not self._no_place(earlier[0]):
                return earlier[0]
            return None
        return found

    @staticmethod
    def _without_other_places(text: str) -> str:
        """The message without the clauses that name a place the person is not asking about
        ("..., i usually go to the one in hackney", "а живу в харькове", "бо в києві вже
        закінчився", "en barcelona ya no me dan", "i was in brighton last night"), when another
        clause names one: the finder looks where the person is or asks, not in the last place
        named."""
        clauses = [c for c in _CLAUSE_BREAK.split(text) if c and c.strip()]
        if len(clauses) < 2:
            return text
        with_place = [c for c in clauses if Router._place_text(c) is not None]
        other = [c for c in with_place if _OTHER_PLACE.search(fold(c).lower())]
        if not other or len(other) == len(with_place):
            return text
        return ", ".join(c.strip() for c in clauses if c not in other)

    def _no_place(self, found: str) -> bool:
        """A substance or a service is not a place ("тест полоски на фентанил", "тест на вич"),
        nor a time of day, fasting or one's home ("test in the evening", "en ayunas")."""
        return (
            _WHEN_OR_HOW.match(fold(found).lower()) is not None
            or self._service_type(found.lower(), []) is not None
            or bool(self.substances(found, "en"))
            or bool(self.lexicon is not None and self.lexicon.find(found, ""))
        )

    @staticmethod
    def _after_preps(text: str) -> list[str | None]:
        """What follows each place preposition, the last first: the place it looks like, or None."""
        low = " " + _clean(text).rstrip("?!.¿¡ ").lower() + " "
        original = " " + _clean(text).rstrip("?!.¿¡ ") + " "
        found: dict[int, str] = {}
        for prep in _ALL_PREPS:
            for m in re.finditer(r"(?<=\s)" + re.escape(prep) + r"(?=\s)", low):
                if len(prep) > len(found.get(m.start(), "")):
                    found[m.start()] = prep
        return [
            Router._place_after(original[at + len(found[at]) :])
            for at in sorted(found, reverse=True)
        ]

    def _short_place(self, text: str) -> str | None:
        """The place after a preposition up to a modal verb or an infinitive ("кто в харькове
        может посмотреть абсцесс": "харькове"), the last first; only for someone who can see to
        it there or somewhere in a place, where the words after the place are what is done."""
        low = " " + _clean(text).rstrip("?!.¿¡ ").lower() + " "
        original = " " + _clean(text).rstrip("?!.¿¡ ") + " "
        found: dict[int, str] = {}
        for prep in _ALL_PREPS:
            for m in re.finditer(r"(?<=\s)" + re.escape(prep) + r"(?=\s)", low):
                if len(prep) > len(found.get(m.start(), "")):
                    found[m.start()] = prep
        for at in sorted(found, reverse=True):
            rest = _VERB_TAIL.split(original[at + len(found[at]) :], maxsplit=1)[0]
            place = Router._place_after(rest)
            if place is not None and not self._no_place(place):
                return place
        return None

    @staticmethod
    def _place_texts(text: str) -> list[str]:
        """Every text after a place preposition that looks like a place, the last first."""
        return [p for p in Router._after_preps(text) if p is not None]

    @staticmethod
    def _place_text(text: str) -> str | None:
        """The text after the last place preposition, when it looks like a place; else after the
        one before it ("a nurse near main and hastings who can look at an abscess")."""
        places = Router._after_preps(text)
        # a capitalised place before a lower-case phrase wins ("в Запорожье куда ..., в больницу
        # не хочу": the city, not the hospital the person avoids)
        first = next((p for p in places[:2] if p is not None), None)
        if first is not None and first[:1].isupper():
            return first
        return next((p for p in places if p is not None and p[:1].isupper()), first)

    @staticmethod
    def _place_after(rest: str) -> str | None:
        place = rest.strip(" ,.?!¿¡")
        place = re.split(r"\s*[,;:()]\s*|\s+[-–—]\s+", place, maxsplit=1)[0]
        # "main and hastings who can look at", "лукянівці як записатись", "brixton no appointment"
        place = _PLACE_TAIL.split(place, maxsplit=1)[0]
        place = _PLACE_STOP.sub("", place).strip(" ,.?!")
        lowered = place.lower()
        for article in PLACE_ARTICLES:
            if (
                article in ("city of ", "ciudad de ")
                and fold(lowered[len(article) :]) in _COUNTRIES
            ):
                continue  # "Ciudad de México": the city, not the country its name holds
            if lowered.startswith(article) and len(place) > len(article) + 1:
                place, lowered = place[len(article) :], lowered[len(article) :]
        # "el centro de la Ciudad de México", "the centre of Lisbon": the city
        centre = _CENTRE.match(lowered)
        if centre and len(place) > centre.end() + 1:
            place, lowered = place[centre.end() :], lowered[centre.end() :]
        if re.match(r"[А-ЯЁІЇЄҐ]", place):
            # Cyrillic place names capitalise every word ("Біла Церква", "Нижний Новгород"): a
            # lower-case word after the name is the question going on ("в Бресте группа где")
            kept = re.match(r"[^\s]+(?:\s+[А-ЯЁІЇЄҐ][^\s]*)*", place)
            if kept is not None:
                place, lowered = kept.group(0), kept.group(0).lower()
        elif _LATIN_CAPITAL.match(place):
            # the same for a capitalised Latin name: "en Guadalajara me dan PrEP", "in Reading can
            # I get", keeping "Ciudad de México", "Newcastle upon Tyne", "San Luis Potosí"
            kept = _LATIN_NAME.match(place)
            if kept is not None:
                place, lowered = kept.group(0), kept.group(0).lower()
        if not place or lowered in NOT_PLACE or lowered.split()[0] in NOT_PLACE:
            return None
        if lowered.split()[0] in _CONJUNCTIONS:
            return None  # "НА или подобное": what follows "or" is no place
        if (
            len(place.split()) > 3
            or len(place) > 60
            or any(w in _NOT_IN_PLACE for w in lowered.split())
        ):
            return None
        return place

    def _place_first(self, text: str) -> str | None:
        """A place named first and set apart ("Запоріжжя, куди піти з виразками", "Manchester -
        anywhere that gives out naloxone"): one or two capitalised words before a comma or a
        dash, or right before a where / who / need word ("Біла Церква де годують", "Рівне
        потрібен адвокат"), that are neither a greeting, a service, a substance nor a country."""
        found = _PLACE_FIRST.match(_clean(text))
        if found is None:
            found = _PLACE_FIRST_BARE.match(_clean(text))
            # without a comma, a verb or an adverb said first is no place ("Скажите где",
            # "Sabes dónde", "Seriously where"), nor people addressed ("Парни где")
            if found is not None and (
                fold(found.group(1)).lower().endswith(_VERB_ENDINGS)
                or fold(found.group(1)).lower() in _BARE_NOT_PLACE
            ):
                return None
        if found is None:
            return None
        place = found.group(1)
        lowered = fold(place).lower()
        if (
            lowered.split()[0] in _NOT_PLACE_FIRST
            or lowered in _COUNTRIES
            or _word_types(lowered.split()[0])
            or self._service_type(lowered, []) is not None
            or self.substances(place, "en")
            or (self.lexicon is not None and self.lexicon.find(place, ""))
        ):
            return None
        return place

    def _known(self, word: str) -> bool:
        """Whether ``word`` (folded, lower case) is a word of the topics, in its own or a close
        form ("бесплатный" for "бесплатно", "clinics"): then it is no place typed bare."""
        if self._words is None:
            typed: set[str] = set()
            library = getattr(self.checker, "library", None)
            topics = getattr(library, "topics", {}) or {}
            for topic in topics.values() if isinstance(topics, dict) else topics:
                for tr in topic.translations.values():
                    for part in (tr.title, tr.summary, tr.body, " ".join(tr.keywords)):
                        typed.update(_WORD.findall(part.lower()))
            # most words need no folding (no accent, no ё): fold only the others, for speed
            words = {w if _PLAIN_WORD.fullmatch(w) else fold(w) for w in typed}
            self._words, self._sorted_words = words, sorted(words)
        if word in self._words or word.rstrip("s") in self._words or word + "s" in self._words:
            return True
        if len(word) < 7:
            return False
        # one letter changed at the end, the other word at most three letters longer
        stem = word[:-1]
        at = bisect_left(self._sorted_words, stem)
        for other in self._sorted_words[at : at + 50]:
            if not other.startswith(stem):
                break
            if len(other) <= len(word) + 3:
                return True
        return False

    def _where_in(self, text: str) -> str | None:
        """The word right after "where in" ("де в луцьку замісна терапія", "where in leeds do
        they"), when the words after it are the question going on, not more of the place."""
        found = _WHERE_IN.search(_clean(text))
        if found is None:
            return None
        place = found.group(1)
        lowered = fold(place).lower()
        if (
            lowered in NOT_PLACE
            or lowered in _NOT_IN_PLACE
            or lowered in _COUNTRIES
            or _NOT_PLACE_WORD.match(lowered)
            or lowered.startswith(_WHERE_IN_NOT_PLACE)
            or _word_types(lowered)
            or self._no_place(place)
        ):
            return None
        return place

    def _bare_word(self, word: str) -> bool:
        """A word that may be a place typed with no preposition: none of the known words."""
        return (
            len(word) >= 3
            and word.replace("-", "").replace("'", "").isalpha()
            and word not in _NOT_BARE_PLACE
            and word not in _NOT_PLACE_FIRST
            and word not in _BARE_NOT_PLACE
            and word not in NOT_PLACE
            and word not in _NOT_IN_PLACE
            and word not in _CONJUNCTIONS
            and word not in _AFTER_BARE
            and word not in _CONTRACTED
            # "марьино", "выхино": a place's -ино is no adverb's -но
            and (not word.endswith(_BARE_ENDINGS) or word.endswith("ино"))
            and not _WHERE_WORD.fullmatch(word)
            and not any(word.startswith(w.strip()) for w in WHERE if len(w.strip()) >= 4)
            and not _word_types(word)
            and not any(word.startswith(g) for g in _GENERIC_TEST)
            and not self._known(word)
            and not self.substances(word, "en")
            and not (self.lexicon is not None and self.lexicon.find(word, ""))
        )

    def _service_word(self, words: list[str], i: int) -> bool:
        """Whether a service is named from word ``i`` on ("needle exchange", "naloxona")."""
        if i >= len(words):
            return False
        rest = " " + " ".join(words[i:])
        return bool(_word_types(words[i])) or any(
            rest.startswith(" " + stem) for stem, _ in _PHRASE_STEMS
        )

    def _service_ends(self, words: list[str], j: int) -> bool:
        """Whether a service is named right before word ``j`` ("needle exchange | leeds")."""
        if j < 1:
            return False
        if _word_types(words[j - 1]):
            return True
        before = " " + " ".join(words[:j])
        last = len(before) - len(words[j - 1])
        return any(
            at >= 0 and at + len(stem) + 1 > last
            for stem, _ in _PHRASE_STEMS
            for at in (before.rfind(" " + stem),)
        )

    @staticmethod
    def _service_covers(words: list[str], j: int) -> bool:
        """Whether word ``j`` is inside a service named in several words ("needle exchange")."""
        text = " " + " ".join(words)
        start = len(" " + " ".join(words[:j]))
        return any(
            at >= 0 and at < start < at + 1 + len(stem)
            for stem, _ in _PHRASE_STEMS
            for at in (text.find(" " + stem),)
        )

    def _bare_place(self, text: str, low: str) -> tuple[bool, str | None]:
        """A place typed with no preposition beside the service: said first ("glasgow needle
        exchange open on sunday", "омск обмен шприцев", "метро лукьяновская где ..."), or right
        after the service, before where / who ("naloxona sevilla quien la da"). (found, place):
        a whole country is found with no place; the place as typed."""
        trailing = (
            None if _TOPIC_ASKED.search(low) or _HOW.match(low) else self._trailing_place(text)
        )
        if trailing is not None:
            return True, trailing
        words = _WORD.findall(low)
        # a place set apart first by a comma may start a longer message ("ontario, lawyer for a
        # possession charge that won't cost much", "казахстан, адвокат по статье ... недорого")
        set_first = _SET_FIRST.match(low)
        set_size = len(_WORD.findall(set_first.group(0))) if set_first else 0
        if (len(words) > 9 and not set_first) or _HOW.match(low):
            return False, None
        typed = _WORD.findall(_clean(text))
        if len(typed) != len(words):
            typed = words
        if words and words[0] in _STATION_WORDS and len(words) > 2:
            # "метро площадь восстания где ...": the station's name up to the service or where
            end = 2
            while end < min(len(words), 4) and not (
                self._service_word(words, end) or words[end] in _AFTER_BARE
            ):
                end += 1
            if end < len(words) and (self._service_word(words, end) or words[end] in _AFTER_BARE):
                return True, " ".join(typed[:end])
        for size in (1, 2, 3):
            if size == 3 and (len(words) < 4 or words[2] not in _STATION_WORDS):
                break  # three words only for a station ("oxford circus tube needle exchange")
            # said first, then the service or where ("cdmx naloxona donde", "житомир де ...")
            # set apart by a comma, a person who gives the service, or a need for a service,
            # may be followed by any question ("ontario, lawyer who does ...", "беларусь, нужен
            # адвокат ..., что делать"): the place and the service are said
            set_apart = size == set_size and (
                words[size] in _PROVIDERS
                or (words[size] in _NEED_WORDS and self._service_word(words, size + 1))
            )
            if len(words) > size and (
                (self._service_word(words, size) and not _TOPIC_ASKED.search(low))
                or words[size] in _AFTER_BARE
                or set_apart
            ):
                place = words[:size]
                if " ".join(place) in _BARE_COUNTRIES:
                    return True, None
                if (
                    all(self._bare_word(w) for w in place)
                    or self._known_place(place)
                    or (place[-1] in _STATION_WORDS and size > 1)
                    or (size == 2 and place[0] in _NAME_OPENERS and self._bare_word(place[1]))
                    # after a Spanish opener the second word may be an everyday word too
                    # ("buenos aires", "puerto rico", "santa fe"), never a greeting
                    or (
                        size == 2
                        and place[0] in _SPANISH_OPENERS
                        and place[1].isalpha()
                        and len(place[1]) >= 2
                        and place[1] not in _GREETING_TAILS
                        and not _word_types(place[1])
                        and not self.substances(place[1], "es")
                    )
                ):
                    return True, " ".join(typed[:size])
        if (
            2 <= len(words) <= 5
            and words[-1] in _BARE_COUNTRIES
            and all(
                _word_types(w) or self._service_covers(words, i) or w in _SERVICE_NOUNS
                for i, w in enumerate(words[:-1])
            )
        ):
            # a whole country ending a short request ("hep c treatment canada", "метадон
            # казахстан", "замісна терапія польща"): the finder, which asks where in it
            return True, None
        for j in range(1, len(words)):
            # after the service (or the kind of place that gives it: "methadone clinic",
            # "замісна терапія"), then where / who or the end of a short message
            if not (
                self._service_ends(words, j)
                or (j > 1 and words[j - 1] in _SERVICE_NOUNS and self._service_ends(words, j - 1))
            ) or self._service_covers(words, j):
                continue
            after = j + 1 < len(words) and words[j + 1] in _AFTER_BARE
            # at the end only a capitalised name ("needle exchange Leeds"): a lower-case last
            # word is as often what is asked about ("naloxone instructions", "hiv test accuracy")
            last = j + 1 == len(words) and len(words) <= 5 and typed[j][:1].isupper()
            if words[j] in _BARE_COUNTRIES and (after or last):
                return True, None
            if (after or last) and self._bare_word(words[j]):
                return True, typed[j]
            # in lower case, only a place the bot knows, up to the end of a short request
            # ("налоксон пермь", "замісна терапія суми", "naloxone new york"); an everyday
            # word there ("цена", "precio", "accuracy") is what is asked about
            if len(words) <= 6 and len(words) - j <= 3 and self._known_place(words[j:]):
                return True, " ".join(typed[j:])
            # how it is wanted, between the service and the place ("тест на вич анонимно самара",
            # "naloxone free leeds", "prueba de vih gratis puebla")
            if (
                words[j] in _HOW_WANTED
                and len(words) <= 7
                and 1 <= len(words) - j - 1 <= 3
                and self._known_place(words[j + 1 :])
            ):
                return True, " ".join(typed[j + 1 :])
        return False, None

    def _trailing_place(self, text: str) -> str | None:
        """A place set apart by commas at the end of a service request, maybe with its district
        ("група підтримки для тих хто вживає, Київ, Поділ", "support group for people who use,
        london, hackney"): the first of the last one or two short parts that is a place the bot
        knows or a capitalised name. Never a part holding a service or a question word."""
        parts = [p.strip(" ?!.") for p in _clean(text).split(",")]
        if len(parts) < 2 or _DOSE_OR_FEELING.search(fold(parts[0])):
            return None  # "methadone dose feels too low, toronto": one's own dose, the topic
        for i in range(max(1, len(parts) - 2), len(parts)):
            rest = [_WORD.findall(fold(p)) for p in parts[i:]]
            if not all(0 < len(r) <= 3 for r in rest) or any(
                self._service_word(r, k) or any(w in _AFTER_BARE for w in r)
                for r in rest
                for k in range(len(r))
            ):
                continue
            words, typed = rest[0], parts[i]
            if self._known_place(words) or (
                typed[:1].isupper() and all(self._bare_word(w) for w in words)
            ):
                return typed
        return None

    def _what_or_difference(self, text: str, low: str, named: list[Named]) -> bool:
        """What one is, or how two differ, asked with how to get it and no place ("que
        diferencia hay entre la bupre y la metadona para dejar la heroína", "налоксон это что и
        как его достать"): the topic answers; with a where-word or a place, the finder."""
        return (
            (_DIFFERENCE.search(low) is not None or _WHAT_IS.search(low) is not None)
            and not _WHERE_WORD.search(low)
            and self._place(text, named) is None
        )

    def _detox_type(self, low: str, named: list[Named]) -> str | None:
        """A detox bed or rehab asked for: no directory type is detox; an opioid detox starts
        where methadone and buprenorphine are given, other rehab is asked about through peers."""
        if _DETOX.search(low) is None:
            return None
        if not named or any(
            "opioids" in self.checker.classes_of(n) or n.id == "opioids" for n in named
        ):
            return "opioid-agonist-therapy"
        return "peer-support"

    def _service(
        self, text: str, low: str, named: list[Named], typed: frozenset[str] = frozenset()
    ) -> Intent | None:
        if _DISPOSAL.search(low) and not _NEW_KIT.search(low):
            # "where do I put used needles": the disposal topic, not the finder; new needles asked
            # for as well ("a sharps bin and new pins somewhere in lviv") is the finder's
            return None
        if (
            _NOT_A_FINDER.search(_OFF_STREET.sub(" ", low))
            or self._what_or_difference(text, low, named)
            # what to bring or show there is how it goes: the topic
            or (_WHAT_TO_BRING.search(low) and not _WHERE_WORD.search(low))
        ):
            return None
        if everyday_frame(text) and all(is_homonym(word) for word in typed):
            return None  # a street word in its everyday sense: "баян на весілля", "фен для волосся"
        type_id = (
            self._service_type(low, named) or self._detox_type(low, named) or _talk_to_type(low)
        )
        if _everyday_need(type_id, low):
            return None
        if type_id in ("hiv-testing", "sexual-health") and _EXPOSURE.search(low):
            type_id = "prep-pep"
        if (
            type_id is None
            and _ANALYSED.search(low)
            and (self._place(text, named) is not None or _OWN_AREA.search(low))
        ):
            # "en madrid hay algun sitio donde analicen sustancias": drug checking in a place
            # (without one, "donde mandar una muestra para que la analicen" is the topic)
            type_id = "drug-checking"
        type_id = type_id or self._drug_checked_in_place(text, low, named, typed)
        if type_id is None:
            return self._any_service(text, low, named)
        padded = f" {_SOLD_WHAT.sub(' ', _INJECTED_WHERE.sub(' ', low))} "
        # Spanish "el finde" (the weekend) is no "find"
        padded = _FINDE.sub(" ", padded)
        free_asked = (
            _FREE_ASKED.search(fold(text or "").lower()) is not None
            or _ENTITLED.search(low) is not None
        )
        how_asked = _HOW_DONE.match(low) is not None
        cue = (
            any(
                (" " + w) in padded
                for w in WHERE
                if not (free_asked and w.strip() in _FREE_STEMS)
                and not (how_asked and w.strip() in _VAGUE_SOMEWHERE)
            )
            or _SIGN_UP.search(low) is not None
            or _WHICH_SERVICE.search(fold(low).lower()) is not None
        )
        there = _IS_THERE_IN.search(low)
        is_there = there is not None and (
            there.group(1) not in typed
            and not _word_types(there.group(1))
            and there.group(1) not in NOT_PLACE
        )
        cue = cue or is_there
        # a place said first ("Чернігів, хто видає налоксон") is a place with or without cue
        place = (
            self._place(text, named)
            or self._place_first(text)
            # "кто в харькове может посмотреть", "десь у києві перевірити": up to the verb
            or (
                self._short_place(text)
                if _WHO_CAN.search(low) or _SOMEWHERE_IN.search(low)
                else None
            )
        )
        # "в москве есть обмен шприцев?", "у львові є пункт обміну?": the place found is the word
        # before "есть"/"є"
        place_there = _IN_IS_THERE.search(low)
        cue = cue or (
            place is not None
            and place_there is not None
            and place_there.group(1) not in typed
            and not _word_types(place_there.group(1))
            and place_there.group(1) not in NOT_PLACE
            and fold(place).lower().split()[0] == fold(place_there.group(1)).lower()
            and self._known_place_form(fold(place_there.group(1)).lower())
        )
        # a part of a city the bot knows ending the message, with no preposition ("walk in hiv
        # test downtown vancouver", "needles east end london"): where to look
        area = None if place else self._area_of_city(low)
        place, cue = place or area, cue or area is not None
        # someone who gives it out, in a place ("кто в харькове раздает налоксон", "в борисполі
        # хтось видає шприци?", "alguien que dé jeringas en quito"): where to go
        cue = cue or (place is not None and _WHO_GIVES.search(low) is not None)
        # getting onto a programme in a place ("how do i get onto a methadone programme in
        # dublin", "cómo entro a un programa de metadona en rosario"): where to go
        cue = cue or self._gets_onto(low, place)
        # someone who can see to it, in a place ("who can look at an abscess in hackney", "кто в
        # харькове может посмотреть абсцесс", "quién me puede curar un absceso en el raval"), the
        # person saying where they are ("..., я на позняках", "i'm staying in soho"), a wish to
        # get it done there ("quiero hacerme la prueba en coyoacán") or a lawyer asked for free
        # ("abogado gratis", "free lawyer"; whether PrEP or treatment is free is the topic's):
        # where to go
        cue = cue or self._asked_there(low, place, named, type_id)
        if place is not None and (
            fold(place).lower() in _COUNTRIES
            or (
                # "є в Україні? Кажуть ...": a country that ends a question
                fold(place).lower().split()[0].rstrip("?!.") in _COUNTRIES
                # "Mexico City", "Mexico DF", "Panama City": a city named after its country
                and fold(place).lower().split()[-1] not in _CITY_WORDS
            )
        ):
            place = None  # "продают в россии?": a whole country is no place to look in
        if type_id != "legal-aid" and _LEGALITY.search(low):
            return None
        if (
            place is None
            and type_id == "drug-checking"
            and (
                _BUY_KIT.search(low)
                or (_REAGENT.search(low) is not None and _READ_KIT.search(low) is not None)
            )
        ):
            return None  # where to buy reagents or strips, and whether they work: a topic
        if place is None and (
            _LAB_SAMPLE.search(low)
            # whether the checkers tell the police: the topic says (the finder can't)
            or (type_id == "drug-checking" and self._checking_topic(text, low))
        ):
            return None  # "куда отправить порошок на анализ": the drug-checking topic, no place
        if place is None and type_id in ("syringe-services", "naloxone") and _BODY_SITE.search(low):
            return None  # where on the body the needle goes: the injecting topic
        if place is None and _EXPOSURE.search(low):
            return self._exposure_where(text, low, cue, type_id)
        anywhere = _ANYWHERE_IN.search(low) if not _HOW.match(low) else None
        # (or asked whether there is anywhere in a city the bot knows: the finder there)
        city = self._anywhere_in_city(low, place, anywhere)
        if place is None and (anywhere is not None or city):
            return Intent(Route.SERVICE, service_type=type_id, place=city)
        cue = cue or anywhere is not None
        if place is None and (
            _NOT_SERVICE.search(
                _CONSUMPTION_SITE.sub(" ", _CHARGE.sub(" ", low) if type_id == "legal-aid" else low)
            )
            or (_YES_NO.match(low) and not _WHERE_WORD.search(low) and not is_there)
        ):
            return None
        found, bare = self._bare_place(text, low) if place is None else (False, None)
        if found:
            return Intent(Route.SERVICE, service_type=type_id, place=bare)
        if not cue and place is None:
            # a short request for the thing itself ("i need naloxone", "нужны шприцы")
            if _SEEK.match(low) and len(_WORD.findall(low)) <= 4 and not _HOW.match(low):
                return Intent(Route.SERVICE, service_type=type_id, place=None)
            return None
        if not cue and (
            # already in treatment there, asking how it goes: the topic
            (_ALREADY_IN.search(low) is not None and not _REQUEST.search(low))
            or not (
                # without "where": a capitalised place name ("метадон в Киеве"), or any place after
                # a request ("need a shelter in manchester", "hay sala de consumo en bilbao",
                # "потрібен адвокат в одесі") or after the service named first ("albergue ... en
                # monterrey", "needle exchange in brooklyn open now")
                (place and place[:1].isupper() and not _HOW.match(low))
                or _SEEK.match(low)
                # rehab or a detox bed said first ("реабилитация ... в самаре")
                or (place is not None and _DETOX.match(low) is not None)
                or (
                    place is not None  # always here: no cue and no place returned above
                    and _starts_with_service(low)
                    and not _HOW.match(low)
                    and not _NOT_PLACE_WORD.match(place.lower())
                    # "на"/"at"/"on" make no place in lower case ("гепатит С на всю жизнь")
                    and not re.search(r"(?:^|\s)(?:на|at|on)\s+" + re.escape(fold(place)), low)
                )
            )
        ):
            return None
        # "де в одесі роблять тест", "где в омске сдать кровь": the one word after "where in"
        # (only to fill the place of a service asked; it decides nothing)
        return Intent(Route.SERVICE, service_type=type_id, place=place or self._where_in(text))

    def _drug_checked_in_place(
        self, text: str, low: str, named: list[Named], typed: frozenset[str]
    ) -> str | None:
        """ "где-то в киеве проверить марки", "у львові перевірити меф": the drug itself checked
        in a place is drug checking."""
        if (
            typed
            and self._checks_drug(low, typed)
            and (
                self._place(text, named) is not None
                or (_SOMEWHERE_IN.search(low) and self._short_place(text) is not None)
                or _OWN_AREA.search(low)
            )
        ):
            return "drug-checking"
        return None

    def _asked_there(
        self, low: str, place: str | None, named: list[Named], type_id: str | None
    ) -> bool:
        """With a place and no "where": someone who can see to it there, the person saying where
        they are, a wish to get it done, or a lawyer asked for free (see ``_service``)."""
        return place is not None and (
            _WHO_CAN.search(low) is not None
            or _SOMEONE_CAN.search(low) is not None
            or (type_id == "mental-health" and _TALK_TO.search(low) is not None)
            or (not named and self._said_where_i_am(low, place))
            or _WANT_DONE.search(low) is not None
            or (type_id == "legal-aid" and self._free_service(low) and not _YES_NO.match(low))
        )

    @staticmethod
    def _checks_drug(low: str, typed: frozenset[str]) -> bool:
        """A Russian or Ukrainian verb of checking right before a drug's name ("проверить марки",
        "перевірити свій меф"); a body checked after a drug ("проверить печень после мефа") is
        no drug checked."""
        for found in _CHECK_VERB.finditer(low):
            after = _WORD.findall(low[found.end() :])[:3]
            if any(" ".join(after[: n + 1]).endswith(t) for t in typed for n in range(len(after))):
                return True
        return False

    @staticmethod
    def _said_where_i_am(low: str, place: str) -> bool:
        """The person says they are at the place found ("я на позняках", "i'm in soho", "estoy en
        coyoacán"), not on a drug or in a state ("я на метадоне", "i'm in withdrawal")."""
        first = fold(place).lower().split()
        return bool(first) and (
            re.search(
                r"\b(?:я|мы|ми|i'?m|im|i am|we'?re|we are|estoy|ando|estamos|andamos)\s+"
                r"(?:(?:сейчас|щас|зараз|тут|now|currently|staying|ahora|aqu[ií])\s+)?"
                r"(?:в|во|на|у|in|at|near|round|en|por)\s+(?:the\s+|el\s+|la\s+)?"
                + re.escape(first[0])
                + r"\b",
                low,
            )
            is not None
        )

    @staticmethod
    def _free_service(low: str) -> bool:
        """A service named with "free" right beside it ("abogado gratis", "free legal advice",
        "бесплатный адвокат", "шприци безкоштовно")."""
        words = _WORD.findall(low)
        return any(
            _FREE.fullmatch(w) is not None
            and any(_word_types(v) for v in words[max(0, i - 2) : i] + words[i + 1 : i + 3])
            for i, w in enumerate(words)
        )

    def _checking_topic(self, text: str, low: str) -> bool:
        """The drug-checking topic's question with no place: whether the checkers tell the
        police, whether such a thing exists, or checking without anyone knowing or asking
        ("где проверить вещество без палева"; with "where in <city>" the finder there)."""
        return _CHECKING_TOPIC.search(low) is not None or (
            _UNNOTICED.search(low) is not None and self._where_in(text) is None
        )

    def _exposure_where(self, text: str, low: str, cue: bool, type_id: str) -> Intent | None:
        """Right after an exposure, the PEP topic first (the time left matters), unless the
        person asks where in a city to get it ("порвався презерватив, де в одесі взяти пеп
        терміново"): the finder there, the place being the word after "where in". With the
        hours since said ("минуло 30 годин"), whether it is still in time comes first."""
        where_in = self._where_in(text) if cue and not _TIME_SINCE.search(low) else None
        if where_in is None:
            return None
        return Intent(Route.SERVICE, service_type=type_id, place=where_in)

    def _area_of_city(self, low: str) -> str | None:
        """The city after a part of it at the end ("downtown eastside vancouver"), when the bot
        knows it; else None."""
        area = _AREA_OF_CITY.search(low)
        return area.group(1) if area is not None and self._known_place([area.group(1)]) else None

    def _gets_onto(self, low: str, place: str | None) -> bool:
        """Getting onto a programme in a place ("how do i get onto a methadone programme in
        dublin", "cómo entro a un programa de metadona en rosario"), or onto the drug itself in a
        city the bot knows ("how do i get on methadone in dublin"): where to go."""
        return place is not None and (
            _GET_ONTO.search(low) is not None
            or (_GET_ONTO_THERAPY.search(low) is not None and _LIVE_IN.search(low) is not None)
            or (
                _GET_ON_DRUG.search(low) is not None
                and (
                    self._known_place(fold(place).lower().split())
                    or self._typo_place(fold(place).lower().split())
                )
            )
        )

    def _typo_place(self, words: list[str]) -> bool:
        """One word one typo away from a one-word place the bot knows ("vancover", "barcleona"):
        six letters or more, the same first letter, and no substance, service or lexicon word."""
        if len(words) != 1 or len(words[0]) < 6 or not words[0].isalpha():
            return False
        word = words[0]
        if (
            _word_types(word)
            or self.substances(word, "en")
            or (self.lexicon is not None and self.lexicon.find(word, ""))
        ):
            return False
        from rapidfuzz.distance import OSA

        # (one letter wrong, missing, added, or two swapped: "barcleona")
        return any(
            len(name) >= 6
            and name[0] == word[0]
            and " " not in name
            and OSA.distance(word, name, score_cutoff=1) <= 1
            and self._known_place([name])
            for name in self._known_places()
        )

    def _anywhere_in_city(self, low: str, place: str | None, anywhere: object) -> str | None:
        """Asked "is there anywhere in melbourne i can get my pills tested": somewhere in a city the
        bot knows, asked whether there is one (the city, or None)."""
        if anywhere is not None or place is not None or not _IS_THERE_Q.match(low):
            return None
        near = _ANYWHERE_IN.search(low)
        word = near.group(0).split()[-1] if near is not None else ""
        return word if word and self._known_place([word]) else None

    def _any_service(self, text: str, low: str, named: list[Named]) -> Intent | None:
        """Services of any type in a place ("services in Monterrey", "службы в Мадриде",
        "centro de ayuda en Sevilla", "help near Moscow"): the finder there, all types. The place
        is a capitalised name ("помощь в передозировке", "services in english" name none)."""
        asked = _ANY_SERVICE.match(low)
        if asked is None:
            return None
        place = self._place(text, named)
        if place is None:
            return None
        lowered = fold(place).lower()
        plural = _SERVICES_PLURAL.match(low) is not None
        if lowered in _COUNTRIES or lowered.split()[0] in _COUNTRIES:
            # "servicios en México", "services in Ukraine": the finder asks where in the country
            # (a whole country is no place to search in); "help in Spain" stays a question
            if plural and not (lowered.split()[-1] in _CITY_WORDS and len(lowered.split()) > 1):
                return Intent(Route.SERVICE, service_type=None, place=None)
            if lowered in _COUNTRIES:
                return None
        if not place[:1].isupper() and not (
            # "службы в мадриде", "servicios en monterrey": services (plural) in a lower-case
            # place; "services in english", "помощь в передозировке" name none
            plural and not _LANGUAGE_WORD.match(lowered) and not _NOT_PLACE_WORD.match(lowered)
        ):
            return None
        return Intent(Route.SERVICE, service_type=None, place=place)

    # -- routing -----------------------------------------------------------------------------
    def route(self, text: str, lang: str, country: str | None = None) -> Intent:
        command = _COMMAND.match(text or "")
        if command or (text or "").lstrip().startswith("/"):
            return Intent(Route.COMMAND, command=command.group(1).lower() if command else None)
        intent = self._route(text, lang, country)
        if (
            intent.kind == Route.TOPIC
            and lang in ("ru", "uk")
            and _LATIN.search(text or "")
            and not _CYRILLIC_ANY.search(text or "")
        ):
            # Russian or Ukrainian typed in Latin letters ("metadon i pivo mozhno?", "kodein z
            # horilkoju"): read again in Cyrillic, for a combination or a service only
            for scheme in (lang, "uk" if lang == "ru" else "ru"):
                again = self._route(transliterate(text, scheme), lang, country)
                if again.kind in (Route.COMBO, Route.SERVICE):
                    return again
        return intent

    def _pill_drug(self, named: Named) -> bool:
        """A drug sold as pills, one of what "таблы" may mean (combos.yaml ``pills``)."""
        amb = self.checker.library.ambiguous.get("pills")
        options = set(amb.options) if amb else set()
        return named.id in options or bool(options & set(self.checker.classes_of(named)))

    def _route(self, text: str, lang: str, country: str | None = None) -> Intent:
        # Spanish opening marks are no part of a word: "¿dónde hay jeringas en madrid?" asks
        # "where" as much as "dónde hay jeringas en madrid?" does
        low = _clean(_OPENING_MARKS.sub(" ", fold(text or ""))).rstrip("?!. ")
        hits = _without_forms(
            self._hits(_HORSE.sub(r"\1 xx", text), lang, country), text, self._pill_drug
        )
        hits = _without_wheels(_without_vessel(_without_salt(hits, low), low), low)
        hits = _without_dryer(hits, low)
        hits = _without_body_lump(hits, text)
        hits = _without_soft_coke(_without_party(hits, low), text)
        named = [n for n, _, _, _ in hits]
        service = self._service(text, low, named, frozenset(fold(t) for _, _, t, _ in hits))
        if service is not None:
            return service
        if (
            len(named) >= 2
            and _INDUCTION.search(low)
            and any(n.id in _TREATMENT_DRUGS for n in named[:2])
            and all(
                n.id in _TREATMENT_DRUGS or "opioids" in self.checker.classes_of(n)
                for n in named[:2]
            )
        ):
            # when to take the first dose of a treatment after the last street opioid
            return Intent(Route.TOPIC)
        if len(named) >= 2 and _drinks_out(named, low):
            return Intent(Route.TOPIC)
        if len(named) >= 2 and _NAMING.search(low) and _NAMED_ONE.search(low):
            # "molly or charlie for a puppy", "назвать котёнка Мэри": names given, nothing taken
            return Intent(Route.TOPIC)
        if len(named) >= 3 and (_WHY.search(low) or _WHICH_NOT_MIXED.search(low)):
            # "почему нельзя мешать лирику, бенз и алкашку", "why is mixing lyrica, benzos and
            # booze so bad": why a group is dangerous together is the mixing topic's question;
            # so is which of them must not be mixed ("що не можна змішувати з X, Y і Z")
            return Intent(Route.TOPIC)
        if len(named) >= 3 and _BREATHING.search(low) and all(self._depressant(n) for n in named):
            # "лирика плюс метадон плюс пиво, это может остановить дыхание?": three depressants
            # and the breathing asked about is the mixing topic's question (a card holds two)
            return Intent(Route.TOPIC)
        if (
            len(named) == 2
            and (_WHY.search(low) or _WHY_SPOKEN.search(low))
            and _FORBIDDEN.search(low)
        ):
            # "почему с гбл нельзя бухать", "why can't you take lyrica with benzos": why a pair is
            # warned against is the topics' question (the danger is known, the reason asked)
            return Intent(Route.TOPIC)
        if (
            len(named) == 2
            and (_WHY.search(low) or _WHY_SO.search(low))
            and (_DANGER.search(low) or _FORBIDDEN.search(low) or _NEVER.search(low))
            and (_IN_GENERAL.search(low) or all(self._depressant(n) for n in named))
        ):
            # "почему вообще так опасно смешивать X с Y", "why is mixing benzos with booze so
            # risky", "why do people say never mix G with booze": why two depressants are
            # dangerous together (breathing), or why a pair is dangerous in general, is the
            # mixing topic's question; "why are speedballs so risky" keeps the card
            return Intent(Route.TOPIC)
        set_apart = _NOT_NAME.search(low)
        if set_apart is not None and not re.search(
            r"(?:not|не|ні|no es|no son) ", set_apart.group(0)
        ):
            set_apart = None
        if (
            len(named) >= 2
            and not (set_apart and self._lookup(set_apart.group(1), lang, country)[0] is not None)
            and not self._member_asked(hits, low)
            and not _second_set_apart(hits, text)
            and not _one_compared(hits, text)
            and self._together(text, low, hits)
            and not _everyday_sense(hits, text)
            and not self._same_thing(hits, lang, country, text)
        ):
            first, second = self._drug_after_drinks(hits, _HORSE.sub(r"\1 xx", text))
            return Intent(
                Route.COMBO,
                substances=(first[0].id, second[0].id),
                typed=(first[2], second[2]),
                guessed=first[3] or second[3],
            )
        return Intent(Route.TOPIC)

    def _drug_after_drinks(
        self, hits: list[tuple[Named, int, str, bool]], text: str
    ) -> tuple[tuple[Named, int, str, bool], tuple[Named, int, str, bool]]:
        """The pair a card is for. Everyday drinks had after a drug ("кофе с коньяком после
        мефа", "beer and a coffee after the speed"): the drug with the drink that is riskiest
        beside it, not the two drinks; otherwise the first two names."""
        if len(hits) < 3:
            return hits[0], hits[1]
        drinks = [h for h in hits if h[0].id in _EVERYDAY_DRINKS]
        drugs = [h for h in hits if h[0].id not in _EVERYDAY_DRINKS]
        words = [fold(w).lower() for w in _WORD.findall(text)]
        if len(drugs) != 1 or len(drinks) < 2:
            return hits[0], hits[1]
        drug = drugs[0]
        if not set(words[max(0, drug[1] - 3) : drug[1]]) & _AFTER_WORDS:
            return hits[0], hits[1]

        def risk(drink: tuple[Named, int, str, bool]) -> tuple[int, bool]:
            # on equal risk the alcohol: a stimulant hides how drunk one is, coffee adds less
            rank = RISK_RANK.get(self.checker.lookup(drug[0], drink[0]).risk, 0)
            return rank, drink[0].id == "alcohol"

        return drug, max(drinks, key=risk)

    def _depressant(self, named: Named) -> bool:
        """A depressant (what the mixing-depressants topic is about): alcohol, GHB, phenibut,
        sleeping pills, or an opioid, a benzodiazepine, a gabapentinoid, a barbiturate."""
        return named.id in _DEPRESSANT_IDS or bool(
            _DEPRESSANT_CLASSES & set(self.checker.classes_of(named))
        )

    def _same_thing(
        self,
        hits: list[tuple[Named, int, str, bool]],
        lang: str,
        country: str | None,
        text: str = "",
    ) -> bool:
        """The two names are one thing said twice: a street word whose meanings include the other
        name ("сіль альфа пвп": сіль is alpha-PVP or another cathinone)."""
        (a, at_a, typed_a, _), (b, at_b, typed_b, _) = hits[0], hits[1]
        if self.lexicon is None:
            return False
        if a.id != b.id and any(
            n.kind == NameKind.CHOICE and self._by_country(t, lang)
            for n, t in ((a, typed_a), (b, typed_b))
        ):
            # "tachas y cristal": a word whose meaning depends on the country (cristal: meth in
            # Mexico, MDMA crystals in Spain) joined by "and" to one of its meanings names a
            # second thing (the card asks which), not the first again
            words = [fold(w).lower() for w in _WORD.findall(text)]
            span = len(_WORD.findall(typed_a))
            if (
                words[at_a + span : at_b]
                and words[at_a + span : at_b][0] in _AND
                and (at_b - at_a - span == 1)
            ):
                return False
        for choice, other in ((a, b), (b, a)):
            # "molly ... the pills are strong now": the pills, said apart from the MDMA, are
            # the MDMA asked about ("tramadol y pastis" side by side are two things)
            amb = (
                self.checker._ambiguous_by_id(choice.id) if choice.kind == NameKind.CHOICE else None
            )
            if amb is not None and other.id in amb.options and at_b - at_a > 3:
                return True
        return b.id in self.lexicon.substances_for(
            typed_a, lang, country
        ) or a.id in self.lexicon.substances_for(typed_b, lang, country)

    def _by_country(self, typed: str, lang: str) -> bool:
        """Whether a word's meanings are told apart by country only (lexicon ``countries:``)."""
        if self.lexicon is None:
            return False
        senses = [s for s in self.lexicon.senses_for(typed, lang) if s.substances]
        return len({s.substances for s in senses}) > 1 and all(s.countries for s in senses)

    def _member_asked(self, hits: list[tuple[Named, int, str, bool]], low: str) -> bool:
        """One drug asked about as a member of the other's class: "is tramadol actually an
        opioid", "метадон это опиоид?", "la metadona es un opioide?" (a topic question)."""
        (a, _, typed_a, _), (b, _, typed_b, _) = hits[0], hits[1]
        for sub, cls, typed in ((a, b, typed_b), (b, a, typed_a)):
            if cls.kind != "class" or cls.id not in self.checker.classes_of(sub):
                continue
            found = re.search(
                r"\b(?:is|are|это|эта|этот|це|є|es|son)\s+((?:[^\W\d_]+\s+){0,3})"
                + re.escape(typed),
                low,
            )
            if found and not (set(found.group(1).split()) & _MEMBER_BREAK):
                return True
            # "трамадол относится к опиоидам?", "does tramadol count as an opiate"
            if re.search(
                _MEMBER_OF.pattern + r"\s+((?:[^\W\d_]+\s+){0,2})" + re.escape(typed), low
            ):
                return True
        return False

    @staticmethod
    def _past_then_now(low: str, hits: list[tuple[Named, int, str, bool]]) -> bool:
        """The first name said of long ago and the second of now ("колись сидів на гері, тепер
        тільки трамадол"): a story over the years, when mixing is not said outright."""
        ago = _LONG_AGO.search(low)
        if ago is None or _MIX_SAID.search(low):
            return False
        now = _NOW_THEN.search(low, ago.end())
        if now is None or _WANTS_NOW.search(low, now.start()):
            return False
        start, turn = len(_WORD.findall(low[: ago.start()])), len(_WORD.findall(low[: now.start()]))
        return start <= hits[0][1] < turn <= hits[1][1] or (
            # both named of long ago, and now something else ("в молодости торчал на винте и на
            # герыче, а сейчас у него гепатит")
            start <= hits[0][1] < hits[1][1] < turn
        )

    @staticmethod
    def _together(text: str, low: str, hits: list[tuple[Named, int, str, bool]]) -> bool:
        """Whether two named substances are asked about as taken together (not compared, not
        one inside the other, not one tested with a reagent)."""
        if (
            _COMPARE.search(
                _HITS_HARDER.sub(
                    " ", _GETS_WORSE.sub(" ", _APART.sub(" ", _HOW_BEST.sub(" ", low)))
                )
            )
            or _ADULTERANT.search(_IN_JOINT.sub(" ", _MIXED_PAIR.sub(" ", low)))
            or _REAGENT.search(low)
            or (_CHEMSEX.search(low) and not _MIX_ASKED.search(low))
            or (
                _FOR_SEX.search(low)
                and not _MIX_ASKED.search(low)
                and not any(n.id in _SEX_OWN_CARD for n, _, _, _ in hits[:2])
            )
            or (_CHEMSEX_LOOSE.search(low) and _CATCH_SOMETHING.search(low))
            or _TREATMENT.search(low)
            or _DEPRESSANTS_GROUP.search(low)
            or _MADE_FROM.search(low)
            or (
                _WOUND_WORDS.search(low) and _NOT_HEALING.search(low) and not _MIX_ASKED.search(low)
            )
        ):
            return False
        if Router._past_then_now(low, hits):
            return False
        if _MEDIA.search(low) and not _SAFE_NOW.search(low):
            return False  # a song, a film or a series naming two drugs: no mix asked
        if (
            _AFTERMATH.search(low)
            and not _SAFE_NOW.search(_AFTERMATH.sub(" ", low))
            and not _COMEDOWN_AID.search(low)
        ):
            return False
        words = [fold(w) for w in _WORD.findall(text)]
        first, second = hits[0][1], hits[1][1]
        between = words[first + 1 : second]
        # a joint of the other drug ("un porro de spice", "a joint of k2"): the joint is how it
        # is smoked, one drug, not cannabis with it
        if hits[0][2] in _JOINT_WORDS and between in (["de"], ["of"]):
            return False
        # "X or Y" compares; "X with Y, safe or nah" does not. Ukrainian "чи" also asks a
        # question ("п'ю флуоксетин, чи можна мдма"): "or" only when no question word follows
        if any(
            w in _OR
            and not (w == "чи" and _after(words, first + 1 + n) in _ASK_AFTER)
            # "a line or two of coke", "una o dos rayas": a number, not a choice
            and _after(words, first + 1 + n) not in _AMOUNT
            for n, w in enumerate(between)
        ):
            return False
        if _COOK.search(low) and any(at >= 1 and words[at - 1] in _FROM for at in (first, second)):
            return False
        # "tusi es 2cb?", "is molly mdma", "соль это альфа?": what one is, not a mix; a
        # question set apart after the first ("took an oxy, is wine ok") or the second asked as
        # safe ("had a xanax is beer ok") asks about taking both
        if (
            len(between) == 1
            and between[0] in _IS
            and not re.search(r"[,;.!?]\s*" + re.escape(between[0]) + r"\s", low)
            and not _SAFETY_AFTER.match(" ".join(words[second + len(hits[1][2].split()) :]))
        ):
            return False
        # "герыч теперь с фентом", "гера тепер вже з фентом", "the dope now with fent": the
        # first drug as it is sold now, with the second in it (what is in the supply, not a mix)
        # (where it is sold may come first: "гера у нас теперь с фентом")
        said = between
        while len(said) > 2 and said[0] in _HERE_WORDS:
            said = said[1:]
        if (
            len(said) >= 2
            and said[0] in _NOW_SOLD
            and said[-1] in _WITH_IN
            and all(w in _NOW_FILLERS for w in said[1:-1])
            # never the person's own next drug ("сижу на метадоне, теперь с пивом можно?",
            # "кокаин теперь с алкоголем пью")
            and (first == 0 or words[first - 1] not in _ON)
            and not _WANTS_NOW.search(low)
            and not _MIX_SAID.search(low)
            and not _OWN_USE.search(low)
        ):
            return False
        # "tramadol mas unas chelas", "xanax más un vino": the one added to the other
        if between and between[0] in ("mas", "más"):
            return True
        # "in (the) Y", "в Y", "en la Y" right before the second name: one inside the other
        before = [w for w in words[max(0, second - 2) : second] if w not in _ARTICLES]
        if before and before[-1] in _INSIDE:
            return False
        # Spanish "hay nitazenos en la heroína": "en" with an article before the second name is
        # one inside the other; "en" alone is being on it ("estando en metadona"), and so is
        # "en la" after being ("estoy en la metadona")
        if (
            second >= 2
            and words[second - 2] == "en"
            and words[second - 1] in _ES_ARTICLES
            and (second < 3 or words[second - 3] not in _ES_BEING)
            # rolled into a joint is smoked together ("paco mezclado en el faso")
            and not _IN_JOINT.search(low)
        ):
            return False
        return (
            bool(_MIX.search(low) or _SAFE_NOW.search(low) or _COMEDOWN_AID.search(low))
            or _ON_MEDICINE.search(low) is not None
            or len(words) <= 4
            # the second asked about as all right at the very end ("took an oxy, is a glass of
            # wine ok", "dos chelas despues del clonazepam, estan bien")
            or _OK_AT_END.search(low) is not None
        )


# -- the module-level entry point --------------------------------------------------------------
_DEFAULT: Router | None = None


def set_router(router: Router | None) -> None:
    """The running library registers its router here whenever content (re)loads."""
    global _DEFAULT
    _DEFAULT = router


def default_router() -> Router:
    global _DEFAULT
    if _DEFAULT is None:
        from bot.library.lexicon import load_lexicon
        from bot.library.loader import load_library

        content = Path(__file__).resolve().parents[2] / "content"
        library, _ = load_library(content)
        _DEFAULT = Router(ComboChecker(library), load_lexicon(content)[0])
    return _DEFAULT


def route(text: str, lang: str, country: str | None = None, router: Router | None = None) -> Intent:
    """Command, combo, service or topic for one message (see the module docstring)."""
    return (router or default_router()).route(text, lang, country)


def named_service_type(text: str) -> str | None:
    """The service type a short text asks for by name ("naloxone", "мне срочно нужен
    налоксон", "necesito naloxona ya"), or None, also for a question about the thing ("how do
    I use naloxone?") and for used needles to get rid of. For a prompt that already waits
    inside the service finder, where naming the thing is asking for it; free text is routed
    by ``route``, which this does not change."""
    low = _clean(fold(text or "")).rstrip("?!. ")
    if "?" in (text or "") or _HOW.match(low) or _DISPOSAL.search(low):
        return None
    return Router._service_type(low, [])
