"""Crisis recognition, session 16 late round (blind13-tune's kinds): Russian or Ukrainian typed in
Latin letters read in Cyrillic by the crisis rules too; pills gathered for a lethal dose; high up on
a windowsill with the legs over; "don't care if I wake up"; an ending "together with me"; revived
last time and this time so nobody is in time; a blade in hand and wanting it deeper; a hot shot for
oneself; "nobody will miss me" with a decision; all the pills with vodka once it's dark; the notes
written and the phone going off; and, from Ukrainian probes, a wish to die with "бы/б", a goodbye
from a bridge or a roof, a rope taken to the woods, an apology to everyone and "I can't any more",
"decided, tonight it all ends", pills gathered and all of them today, everything at once "and
whatever happens". And the everyday messages that must not get it: suicide thought of long ago with
therapy helping now, coursework about suicide prevention, a Monday's or an exam's "I want to die"
said laughing. Fresh wordings, never a labelled text. One test per list, so a failure names every
miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis
from bot.library.emergency_text import is_emergency

CRISIS = [
    # transliterated Ukrainian and Russian
    "nakopychyla pigulok na smertelnu dozu, zavtra vranci",
    "vse, ne khochu bilshe zhyty, syogodni vse zakinchu",
    "ya bolshe ne hochu zhit, segodnya vyp'yu vse tabletki",
    # pills gathered for a lethal dose
    "накопила снодійного на смертельну дозу",
    "собрал таблеток на смертельную дозу и жду ночи",
    "i've saved up enough of my meds for a lethal dose",
    "guardé pastillas para una dosis letal",
    # high up on a windowsill with the legs over
    "сижу на подоконнике на 14 этаже, ноги уже свесил наружу",
    "on the window ledge on the 11th floor with my legs hanging over",
    # don't care if I wake up
    "закинусь всім, що є, байдуже чи прокинусь",
    "i honestly don't care if i wake up after tonight's shot",
    "me da igual si no despierto mañana",
    # an ending together with me
    "хай ця ломка скінчиться, а разом зі мною",
    "want this whole mess to end along with me",
    # revived last time, this time nobody in time
    "в прошлый раз откачали, в этот раз сделаю чтобы не успели",
    "they narcanned me last month, this time nobody will get there in time",
    # a blade in hand, wanting it deeper
    "razor in my hand again and i need to cut deeper this time",
    "лезо в руці, хочу глибше ніж минулого разу",
    # a hot shot for oneself
    "gonna give myself a hot shot when the money lands",
    # nobody will miss me, decided
    "my mind's made up, nobody is gonna miss me",
    "ніхто за мною не сумуватиме, я вже вирішила",
    # all the pills with vodka once it's dark
    "мамині пігулки всі забрав, вип'ю з горілкою коли стемніє",
    # notes written, phone off
    "дописал письма, потом выключу телефон",
    # a wish to die with "бы / б"
    "скоріше б вже померти",
    "поскорее бы умереть уже",
    # goodbye from a bridge or a roof
    "стою на даху, прощавайте",
    "estoy parada en la azotea, adiós a todos",
    # a rope taken to the woods
    "взяв мотузку і йду до лісу",
    "grabbed a rope, walking into the forest now",
    # apology to everyone, can't any more
    "пробачте всі, не можу більше",
    "forgive me everyone, i can't go on anymore",
    # decided, tonight it all ends
    "я вирішив, цієї ночі все закінчиться",
    "i've decided, tonight it all ends",
    # pills gathered, all of them today
    "назбирала пігулок, сьогодні ковтну всі",
    # everything at once, whatever happens
    "бахну всю заначку разом, хай буде що буде",
    "gonna slam the whole bag, whatever happens happens",
]

NOT_CRISIS = [
    # suicide thought of long ago, therapy helping now
    "колись думав про самогубство, але це було давно, зараз терапія допомагає",
    "years back i thought about suicide, that was a long time ago and therapy is helping now",
    # coursework about suicide prevention
    "готую доповідь про профілактику самогубств, де взяти цифри?",
    "doing a school project on suicide prevention, any good sources?",
    "estoy haciendo un ensayo sobre la prevención del suicidio",
    # a Monday's or an exam's wish to die said laughing
    "los lunes me quiero morir jajaja",
    "exams tomorrow, i want to die lol",
    "завтра іспит, хочу померти хахаха",
    # near misses of the new kinds
    "скоріше б вихідні",
    "умереть бы со смеху с этого видео",
    "взяв мотузку, йду в ліс ставити намет",
    "я на мосту, фотографую захід, прощавай день",
    "i don't care if i wake up late tomorrow, it's saturday",
    "vse normalno, syogodni pidu na robotu",
    "gonna do a hot shot of tequila at the bar",
    "honestly don't care if i wake up with a headache, worth it",
    "байдуже чи прокинусь о сьомій, завтра вихідний",
    "бахну все разом і хай буде що буде, аби кумар відпустив",
    "nobody will miss me at the meeting tomorrow lol",
    "хоч би померти спокійно в старості, як дід",
]


def test_crisis_kinds_of_blind13_are_recognised() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert not missed, missed


def test_their_everyday_near_misses_are_not_crisis() -> None:
    wrong = [text for text in NOT_CRISIS if is_crisis(text)]
    assert not wrong, wrong


def test_fear_for_a_racing_heart_gets_the_card_not_the_crisis_reply() -> None:
    # "I'm going to die" after the heart or chest in trouble, where the rules give the card
    for text in (
        "el pecho me aprieta y el corazon a mil despues de las rayas, me voy a morir?",
        "my chest is so tight and my heart is racing after the coke, am i gonna die, im gonna die",
        "сердце выскакивает и грудь давит после фена, я умру?",
    ):
        assert is_emergency(text), text
        assert not is_crisis(text), text
    # a broken heart is no body in trouble; without a card the wish stays the crisis reply's
    assert is_crisis(
        "tengo el corazon roto, me voy a morir sola y no me importa, ya tengo todo listo"
    )
    assert is_crisis("ya no aguanto, me voy a morir y ya")
