"""Crisis kinds found on blind20-tune in the late round (session 23), in other words than the
labelled messages: a plan and then never waking up, a goodbye and never seeing each other again, a
goodbye to all with sorry for everything, nobody worse off if I vanish, wishing one had not been
revived, thinking how to go so the family does not find one, an overdose welcomed, letters written
and the day chosen. Each kind with messages the rules alone must catch and everyday look-alikes
they must leave alone (a lie-in, a trip away, a "see you tomorrow", naloxone's withdrawal, a stash
hidden, dying of hunger or laughter, a wedding's day)."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis

CRISIS = [
    "gonna neck all the pills in the drawer tonight and just never wake up",
    "decided to shoot the whole bag and not wake up",
    "voy a tomarme todas las pastillas para que ya no me despierte nunca",
    "дякую вам за все, прощавайте, більше не побачимося",
    "thanks for everything guys, goodbye, we won't see each other again",
    "прощайте все, простите за всё",
    "bye everyone, sorry for everything i've done",
    "perdonadme por todo, adios a todos",
    "если я исчезну, никому хуже не станет",
    "if i just disappeared nobody would be worse off",
    "si desaparezco nadie estaria peor",
    "лучше бы меня тогда не откачали",
    "wish they hadn't revived me last time",
    "ojala no me hubieran salvado",
    "уже неделю думаю как уйти так, чтобы родные не нашли",
    "figuring out how to do it so my kids aren't the ones who find me",
    "если сдохну от передоза, ну и тем лучше",
    "if i die from this batch so be it",
    "si la palmo, pues mejor asi",
    "si me da una sobredosis pues mejor asi ya no sufro mas",
    "wrote letters for my mum and my son, i've picked the day",
    "написала письма маме и сестре, день уже выбрала",
]

EVERYDAY = [
    # leaving a group chat with a goodbye and an apology
    "adios a todos, perdon por todo, me salgo del grupo",
    "прощайте, простите за всё, выхожу из чата",
    "going to bed early and not wake up till noon tomorrow",
    "planning to take a melatonin and hopefully not wake up at 4am again",
    "quiero un despertador que no me despierte tan de golpe",
    "бувайте, більше не побачимось до осені, їду на заробітки",
    "adios a todos, perdon por todo el spam, nos vemos manana",
    "bye everyone sorry for everything, see you tomorrow at work",
    "если я исчезну на неделю, никому хуже не станет, отпуск заслужил",
    "лучше бы меня не откачали налоксоном, такие отходосы потом",
    "wish they hadn't brought me round with narcan, the withdrawal was hell",
    "думаю як піти з дому так щоб батьки не знайшли, набридло",
    "thinking how to hide my stash so my mom doesn't find it",
    "si me muero de hambre mejor pido una pizza",
    "если я умру от смеха, тем лучше для тебя ахаха",
    "if i die of embarrassment so be it lol",
    "wrote letters to the guests, picked the day for the wedding",
    "escribí cartas a mis abuelos, ya tengo decidido el dia de la boda",
]


@pytest.mark.parametrize("text", CRISIS)
def test_blind20_late_kinds_are_a_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", EVERYDAY)
def test_blind20_late_look_alikes_are_no_crisis(text: str) -> None:
    assert not is_crisis(text)
