"""The kinds of emergency blind4-tune's rule misses named (2026-12-06, session 5), said in other words
than blind4's and tune18's, in every language: recognised by the rules alone, through the public
functions; and everyday messages with the same alarming words, not emergencies."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

# found down beside a needle, pills or foam; overheating on stimulants; water by the litre on MDMA;
# face down in water; going under alone or after prison, rehab or months off; a heart attack or a
# stroke said of now on a stimulant; a child who swallowed methadone or pills; a railing or a
# window on a stimulant; a fit banging the head on the floor; breathing slowing while help is late;
# transliterated signs; a teenager sick and passing out
EMERGENCIES = [
    "found my brother slumped in the toilet cubicle with a needle still in his arm",
    "walked in and she was on the bedroom floor, empty blister packs all around her",
    "он лежит на полу в подъезде, рядом шприц, глаза закрыты",
    "знайшла сина на підлозі у ванній, поруч голка, не розплющує очі",
    "lo encontré tirado en el suelo del baño con la aguja todavía en el brazo",
    "he's frothing at the mouth after a shot",
    "у нее пена изо рта после фена",
    "у неї піна з рота після солі",
    "le sale espuma de la boca después de la tacha",
    "mate took two caps and now he's roasting, stopped sweating, babbling nonsense",
    "он весь горит после экстази и не понимает где находится",
    "вона горить після мд і вже не пітніє, плутає слова",
    "está hirviendo después del md y ya no suda, no sabe ni dónde está",
    "she's been drinking water nonstop on molly and now her head is splitting and she's puking",
    "выпил литры воды под мдма, голова трещит, тошнит и блюю",
    "випила літри води під мд, голова розколюється, блює",
    "mi amiga tomó litros de agua con md, le va a explotar la cabeza y vomita",
    "passed out on ketamine face down in the hot tub",
    "под гером уснул лицом в ванну с водой",
    "після ґери заснув обличчям у воду у ванні",
    "se quedó boca abajo en la tina después de la keta",
    "first time using since i got out of jail and i'm fading, eyes keep closing",
    "первый раз после реабилитации укололся, глаза закрываются, уплываю",
    "після реабілітації вперше вкололась, очі злипаються, відпливаю",
    "sali de la carcel y me meti, siento que me desmayo",
    "did a line of coke and think i'm having a heart attack, chest is so tight",
    "после мефа кажется инфаркт, сердце колотится",
    "після кокаїну здається інфаркт, серце калатає",
    "me meti perico y creo que me está dando un infarto, el pecho me aprieta",
    "after meth his face is drooping on one side and he's slurring",
    "после амфа у подруги перекосило рот и язык заплетается",
    "після фену в подруги перекосило рот і язик заплітається",
    "después del cristal se le torció la cara y arrastra las palabras",
    "my 4 year old swallowed one of my suboxone strips... ",
    "my toddler ate some of my methadone, she's drowsy",
    "малыш проглотил таблетку метадона, что делать",
    "малюк проковтнув пігулку метадону, що робити",
    "mi hija de 3 años se tragó mi metadona",
    "my son is on the windowsill of the 10th floor after smoking flakka, he says they're chasing him",
    "сосед под солями стоит на карнизе и кричит что за ним следят",
    "подруга на солях стоїть на підвіконні і кричить що за нею стежать",
    "mi primo con cristal está colgado de la ventana gritando que lo persiguen",
    "took tramadol, now he's having a fit and hitting his head on the floor",
    "после лирики бьется головой об пол в приступе",
    "її б'є судомами і вона б'ється головою об підлогу",
    "está convulsionando y se golpea la cabeza contra el piso",
    "we're waiting for paramedics and her breathing is getting slower",
    "ждём скорую а он дышит всё слабее",
    "чекаємо на швидку, а вона дихає все слабше",
    "esperamos la ambulancia y respira cada vez más lento",
    "ne mogu ego razbudit posle metadona",
    "dyhaye duzhe slabo pislya heroyinu",
    "bf took 3 pingers, he's scorching hot and not making sense",
    "she's been on the water all night with md, now she's confused and being sick",
    "my housemate is in the bath with his head under the water, he did G",
    "found him face down in the shower tray after a shot",
    "i've been clean a year, used tonight alone and i'm nodding hard, can't stay awake",
    "fresh out of jail, had a hit, everything's going dark",
    "think im having a stroke, did speed, my arm and face are numb",
    "my little boy chewed my bupe, he's really drowsy",
    "bro high on meth is standing on the ledge of the roof yelling that cops are after him",
    "she had a seizure after xanax and keeps hitting her head on the ground",
    "dude's breathing is getting weaker and ems still isn't here",
    "после спидов кажется инфаркт, давит в груди",
    "у мужа на фене лицо перекосило, и он не может говорить нормально",
    "сын проглотил таблетки бабушки, спит и не просыпается",
    "весь горячий как печка после мефа, несёт бред",
    "дочка выпила что-то на дне рождения, её рвёт и она теряет сознание",
    "після мефу здається інсульт, ліва рука німіє і язик заплітається",
    "подруга під солями залізла на перила і кричить що за нею прийшли",
    "знайшла його в туалеті, лежить на підлозі, поруч баян, не реагує",
    "хлопець після мд гарячий, не пітніє і марить",
    "me meti una raya y siento que me voy a morir, el corazón me late a mil y veo todo negro",
    "mi chava tomó muchas pastillas y está tirada en el piso con espuma en la boca",
    "después de salir del centro me inyecté y siento que me apago, estoy sola",
    "mi hermano de 14 tomó algo en la fiesta, vomita y se desmaya",
    "el chico con cristal se subió al pretil del puente, grita que lo persiguen",
]

EVERYDAY = [
    "після тюрми впала толерантність, з якої дози почати",
    "after rehab my tolerance dropped a lot, how much is safe",
    "después de la cárcel bajó mi tolerancia y me mareo fácil",
    "found an old needle on the floor of the park, how do i dispose of it",
    "my dog is frothing at the mouth after eating a toad",
    "foaming at the mouth with rage about politics lol",
    "the cappuccino foam was all over my mouth",
    "she's so hot, i think i'm in love",
    "it's so hot in here, can someone open a window",
    "я один дома, скучно, что посмотреть",
    "i'm alone tonight, any tips for a safe first time with mdma",
    "fell face first in the snow skiing, all fine now",
    "drank loads of water at the festival, good advice?",
    "my head is pounding after a night out, best hangover cure?",
    "how much water should i drink on mdma so i don't overdo it",
    "will my heart stop if i take coke after viagra?",
    "my grandma's face drooped after her stroke in 2019, she recovered",
    "i was slurring my words last night after too many beers",
    "my kid swallowed a coin, is that dangerous",
    "my toddler ate a crayon, poison control said fine",
    "he climbed out the window to smoke a joint on the roof",
    "we sat on the balcony railing drinking beer, nice view",
    "banging my head against the wall with this homework",
    "breathing slower when i meditate is normal right?",
    "после реабилитации я чист 6 месяцев, хочу стать равным консультантом",
    "після в'язниці 2 роки не вживаю",
    "salí de la cárcel hace un año y ya no consumo",
    "at 3am i think i had a heart attack of fear watching a horror movie lol",
    "у меня инсульт был 3 года назад, можно ли мне кофе",
    "кажется инфаркт хватит маму если узнает",
    "mi abuelo tuvo un derrame el año pasado",
    "my nephew had a fit at school, he's epileptic, what should teachers do",
    "he's had a few drinks and is slurring, just drunk lol",
    "i'm boiling hot in this heatwave, how do people cope",
    "my head is splitting after the festival, normal comedown?",
    "he's slurring because he's drunk, just put him to bed?",
    "how do you tell if a stroke is from meth? asking for a talk",
    "my kid swallowed gum lol",
    "nearly fell off the balcony railing laughing yesterday",
    "is it safe to use alone if i have narcan?",
    "after prison how much tolerance do you lose",
    "my grandad had a heart attack last month, he's home now",
    "what does face droop mean in the FAST test",
    "в бане очень жарко и кружится голова, норм?",
    "после тюрьмы как снизить дозу чтобы не передознуться",
    "у бабушки перекосило лицо после инсульта 5 лет назад",
    "я один дома с котом, скучаю",
    "ребёнок проглотил жвачку, страшно?",
    "розбив вікно м'ячем, батьки сваряться",
    "чи можна пити багато води під мд",
    "me duele la cabeza después del festival, es normal?",
    "mi abuelo tuvo un infarto hace dos años y ya está bien",
    "estoy sola en casa, qué película veo",
]


@pytest.mark.parametrize("text", EMERGENCIES, ids=lambda t: t[:40])
def test_emergency_kinds(text: str) -> None:
    assert is_emergency(text), text
    assert not asks_about_overdose(text), text


@pytest.mark.parametrize("text", EVERYDAY, ids=lambda t: t[:40])
def test_everyday_messages_with_the_same_words(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "breathing once every few seconds is normal when asleep?",
        "нормально ли дышать раз в несколько секунд во сне?",
        "чи нормально дихати раз на кілька секунд уві сні?",
        "es normal respirar cada pocos segundos al dormir?",
    ],
    ids=lambda t: t[:40],
)
def test_a_sign_asked_about_in_sleep_is_a_question(text: str) -> None:
    assert not is_emergency(text), text
    assert not is_crisis(text), text
