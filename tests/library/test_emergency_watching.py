"""A screen as the scene, not the story: someone real beside the writer in trouble while they
watched something gets the card; the same signs inside a film, a series or an episode do not.
(Late round of the seventeenth session: the film cut took the card from the first kind.)"""

import pytest

from bot.library.emergency_text import is_emergency

SCENE = [
    "we were watching telly and my partner has gone grey and isnt breathing properly",
    "i was watching a film and my brother took something, now hes not waking up and snoring weird",
    "смотрели кино с мужем, а он посинел и не дышит после дозы",
    "дивились фільм, а мій хлопець не дихає і не прокидається",
    "estaba viendo la tele y mi novio se puso morado y no respira",
]

STORY = [
    "watched a movie where the girl turns blue and stops breathing, brutal scene",
    "we were watching skins and she overdoses in the episode, so sad",
    "смотрели фильм, там герой посинел и перестал дышать",
    "дивилися серіал, у серії він передознувся і не дихає",
    "estabamos viendo una pelicula donde el protagonista se pone azul y no respira",
]


@pytest.mark.parametrize("text", SCENE)
def test_someone_real_in_trouble_while_watching_gets_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", STORY)
def test_the_signs_inside_the_story_get_no_card(text: str) -> None:
    assert not is_emergency(text)
