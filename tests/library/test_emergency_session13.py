"""Emergency recognition, session 13 (issue #9): the kinds of tune30's rule misses and false cards,
said again in other words (no labelled text), through the public ``is_emergency``. ``tune30``
(``bench/labelled/triage-tune30-*.yaml``, written before the fixes) is checked message by message in
``tests/library/test_triage.py``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import (
    asks_about_overdose,
    cyrillic_readings,
    fold,
    is_emergency,
    told_not_now,
)

THE_CARD = [
    # a pet that ate a drug, pills or edibles and shows it now
    "our puppy chewed up a bag of edibles, now she can't stand and keeps drooling",
    "the cat got into my xanax and is so wobbly and out of it",
    "пёс сожрал мои таблетки со стола, шатается и весь в слюнях",
    "кішка з'їла пігулки з тумбочки, тепер хитається і не встає",
    "mi perrita se comió unas gomitas de marihuana y ahora no se puede levantar y tiembla",
    # a small child that got into something and is drowsy or floppy
    "my 3 year old got hold of grandma's pills and is really sleepy and limp",
    "el chamaco se tomó unas pastillas de su abuela y está flojo y se duerme",
    "малеча проковтнула мої таблетки, млява і засинає",
    # a whole bottle of an over-the-counter drug, with shaking or twitching
    "выпила целый флакон сиропа от кашля, теперь трясёт всю",
    "випив пляшечку сиропу і тепер його трусить",
    "se bebió el frasco de jarabe entero y ahora tiembla sin parar",
    # Russian or Ukrainian in Latin letters
    "pomogite moy brat ne dyshit guby sinie",
    "podruga vypila mnogo tabletok i ne prosypaetsya shto delat",
    "dopomozhit vin lezhyt i ne dyhaye",
    "mne ochen ploho serdce vyprygivaet perebral s koksom",
]

NOT_THE_CARD = [
    # a pet that ate something harmless, or is fine
    "the dog ate a sock yesterday and threw up, he's fine now",
    "кот съел траву, его вырвало, сейчас бегает",
    "el gato se comió una planta y vomitó, ya está bien",
    # a child's habit, a baby who always sleeps long
    "my son won't wake up for school, he always does this on mondays",
    "дочка не просыпается к завтраку, она всегда так по выходным",
    "la nena no se despierta para la siesta de la tarde, siempre es igual",
    # almost fainted in a crowd, fine after some air
    "в метро было так душно что чуть не потеряла сознание, вышла и всё ок",
    "у маршрутці мало не знепритомніла від задухи, вийшла на повітря і все добре",
    # a past overdose, recovered now
    "много лет назад брат передознулся, откачали, теперь он в завязке и всё у него хорошо",
    # slept the whole day after a party
    "після дня народження цілий день проспав, вирубився одразу",
    "после днюхи весь день продрых, вырубился как только лёг",
    # laughing, a documentary
    "my aunt fell about laughing at the dog and nearly collapsed",
    "vimos un documental sobre la heroína y el tipo se ponía azul, qué fuerte",
    # Latin letters that are not Russian or Ukrainian, and Russian in Latin letters about nothing
    "ne plus ultra, this album",
    "mne tak skuchno segodnya, nichego ne hochu delat",
]


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_THE_CARD)
def test_not_the_card(text: str) -> None:
    assert not is_emergency(text)


def test_latin_russian_is_read_in_cyrillic_and_english_is_not() -> None:
    readings = cyrillic_readings(fold("mne ploho ne mogu dyshat"))
    assert " мне плохо не могу дышат " in readings
    assert any("не можу" in reading for reading in cyrillic_readings(fold("meni pogano ne mozhu")))
    assert cyrillic_readings(fold("he is not breathing help")) == ()
    assert cyrillic_readings(fold("мне плохо ne mogu")) == ()  # already Cyrillic


@pytest.mark.parametrize(
    "text",
    [
        "what should we do if a mate passes out at a party, asking for future",
        "just a general question: if someone blacks out on benzos what do you do",
    ],
)
def test_a_question_for_later_is_an_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


# Second round (session 13 probes written after tune30's fixes, before these): g dropped, a heart
# rate glued to "bpm", a cardiac arrest in Spanish, breathing counted very slow with no drug named,
# a blank stare beside a drug; guards for a heavy sleeper, asleep with nothing taken, a child's
# breath-holding fit.
THE_CARD_ROUND_2 = [
    "my m8 is havin a seizure after snortin some stuff",
    "bf is foamin at the mouth and shakin after takin pills",
    "heart going 190bpm after the coke and my left side is numb",
    "a mi hermano le está dando un paro después de la coca",
    "hes breathin like 2 times a min",
    "she only takes a breath every 20 seconds",
    "дышит раза два в минуту, что делать",
    "she's just staring and not blinking, took a load of K and pills",
    "после мефа смотрит в одну точку и не моргает",
    "hes a heavy sleeper but hes not breathing",
    "she is asleep and not breathing, didnt take anything",
]
NOT_THE_CARD_ROUND_2 = [
    "i can't wake my husband up in the mornings, he's a heavy sleeper",
    "сына по утрам не добудишься, спит до обеда",
    "he's breathing slowly in his sleep, normal sleep i think, didnt take anything",
    "the kid went blue in the face from holding his breath in a tantrum, now fine",
    "during meditation i breathe about 4 times a minute",
]


@pytest.mark.parametrize("text", THE_CARD_ROUND_2)
def test_the_card_round_2(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_THE_CARD_ROUND_2)
def test_not_the_card_round_2(text: str) -> None:
    assert not is_emergency(text)


# Third round (session 13 probes): Australian "chucking a fit" beside a drug, fainted and not coming
# back; Russian or Ukrainian in Latin letters read with that language's guards; sleeping in, apnoea
# named after the doctor, frost.
THE_CARD_ROUND_3 = [
    "my cousin is chucking a fit after a point of ice",
    "he wont come round after the bupe and the valium",
    "se desmayó y no vuelve en sí, se tomó unos rivotril",
    "vona ne dyhaye i posynila, shcho robyty",
    "on upal i ne dyshit, guby sinie, pomogite",
]
NOT_THE_CARD_ROUND_3 = [
    "my little sister is chucking a fit cos she lost at mario kart",
    "brat ne dyshit nosom, u nego nasmork",
    "vin ne vidpovidaye na moi povidomlennya vzhe dva dni",
    "on ne otvechaet na zvonki uzhe nedelyu",
    "сын по выходным спит до обеда, не добудишься",
    "my husband stops breathing for a few seconds at night, the doctor said sleep apnoea",
    "the windscreen went white with frost overnight",
]


@pytest.mark.parametrize("text", THE_CARD_ROUND_3)
def test_the_card_round_3(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_THE_CARD_ROUND_3)
def test_not_the_card_round_3(text: str) -> None:
    assert not is_emergency(text)


# Told as over, for the embedding stage (session 13, tune30's rules+emb false cards): a symptom that
# went away by itself with no drug named, a habit of the person told; not when a life sign is gone.
@pytest.mark.parametrize(
    "text",
    [
        "got a cramp and a tight chest on the bike, it went away after a rest",
        "на тренировке сдавило грудь, посидел и всё прошло",
        "me dolía el pecho subiendo la cuesta, se me quitó al parar",
        "our baby never wakes for the night feed, he always does this",
    ],
)
def test_told_not_now(text: str) -> None:
    assert told_not_now(text)
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text",
    [
        "the chest pain went away but now he isn't breathing",
        "the pain went away after the crack but my arm is numb and my face dropped",
    ],
)
def test_went_away_with_a_sign_or_a_drug_is_not_told_over(text: str) -> None:
    assert not told_not_now(text)


# Fourth round (session 13 probes): a normal breathing rate counted, a doctor's reassurance, into bed
# laughing, a lung disease with its oxygen; a count under 12 is still the sign.
@pytest.mark.parametrize(
    "text",
    [
        "she breathes 16 times a minute while asleep, is that ok",
        "my son is sleepy and floppy after his jabs, the nurse said it's normal",
        "ребенок вялый после прививки, педиатр сказал что это нормально",
        "we got home and collapsed into bed, totally wrecked",
        "nan has copd and is on oxygen, she breathes slowly at night",
    ],
)
def test_not_the_card_round_4(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize(
    "text", ["he breathes 6 times a minute and won't answer me", "она дышит 5 раз в минуту"]
)
def test_a_slow_count_is_the_card(text: str) -> None:
    assert is_emergency(text)


# Late round (blind10-tune's kinds, other words): "switched off" then a fit or no response, a breath
# counted once every so many seconds, a pulse barely felt with a cold body or pinpoint pupils, "creo q
# me muero" typed short beside a racing heart; guards for overdoing it at the gym and breath short
# from hay fever or a pollen allergy.
THE_CARD_BLIND10 = [
    "брат выключился и хрипит после бутика",
    "вона вимкнулась і не реагує після таблеток",
    "после героина дышит раз в 20 секунд",
    "він після метадону дихає раз на пів хвилини",
    "she's breathing once every 20 seconds after the fent",
    "respira una vez cada 30 segundos despues de la metadona",
    "пульс ледве відчувається, вся холодна",
    "his pulse is really weak and he's cold and clammy",
    "pulso muy débil y está fría",
    "el corazón a 200 con la coca, creo q me muero",
]
NOT_THE_CARD_BLIND10 = [
    "went too hard on leg day, my chest is sore now",
    "me pasé con las pesas y me duele el pecho",
    "перестарался в зале, теперь болит грудь",
    "can't breathe properly because of my hay fever",
    "тяжело дышать из-за аллергии на пыльцу",
    "me cuesta respirar por la alergia al polen",
    "пульс слабый после бега, руки холодные зимой",
    "телефон выключился и не включается",
]


def test_the_card_blind10_kinds() -> None:
    missed = [t for t in THE_CARD_BLIND10 if not is_emergency(t)]
    assert not missed, missed


def test_not_the_card_blind10_kinds() -> None:
    carded = [t for t in NOT_THE_CARD_BLIND10 if is_emergency(t)]
    assert not carded, carded
