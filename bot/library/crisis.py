"""Does a message say the person wants to die or to hurt themselves? Checked before search.

``is_crisis(text)`` is true for suicidal thoughts, plans or self-harm, in English, Russian,
Ukrainian or Spanish with slang ("kms", "unalive", "выпилиться", "вскрыться", "me quiero
morir"), typos and transliteration, whatever the person's language setting. Drug talk that
borrows the words ("dying to try mdma", "убойный приход", "me muero de risa") is not a crisis.

How, over ``emergency.fold`` of the text: phrase patterns in the four languages (``_CRISIS``:
wanting to die, not wanting to live, killing or hurting oneself, a plan or a method, goodbye
letters, "better off without me", hoarding pills...); a self word beside a harming verb ("я себя
убью", "навредила себе"); a farewell with thanks; and a word about dying within a few words of the
person's own wanting or intending ("thinking of ending things"), unless it is a fear, a drug
question, about someone else, or said laughing. Harmless phrases are cut out first
(``_NOT_CRISIS``: "dying to", "me muero de risa", "suicide Tuesday", "200 kms", a haircut).

Indirect signs, by kind (``_indirect``: classes of words that must meet, found in one pass by
``KindPatterns``): a goodbye with "it's time", a secret last meeting, a last message with thanks
for everything, the means ready (a rope, a gun), the place chosen, pills counted, no future
("won't be here next week", unless a holiday, work or treatment explains it), tired of waking up
or of living (not of an early alarm), hoping the next shot is the last (not when quitting), an
overdose on purpose, despair with a plan or the means; since session 12 (tune29, blind8-tune) also
things handed over and "ready to go now", "forgive me everyone, I'm going", last words from a roof,
up high or on a bridge now, not planning to wake up, a painless end asked with the whole of a drug,
a note "and that's it", pills saved to sleep for good, self-harm now; since session 13 (tune31)
a wish not to wake up with words between, a lethal amount asked "to get it right", the other world
("на тот свет"), a step off a height, "лишний на этом свете", "хочу чтобы меня не стало", dropped
g's ("endin it all") and Spanish typos and slang ("acabar con mi bida", "me quito de en medio"),
"they'd be happier if I didn't exist", a burden who wants it over, a lethal dose "for myself", a
goodbye with an apology and nothing else, "gone by morning", "устал от жизни"; since session 14
(tune33) the height a fall needs to be fatal, affairs settled "before I go", thanks with "you were
the best part of my life" or "take care of each other for me", the rope and only the nerve missing,
a bridge's railing above calm water, "не вывожу ... прощайте", self-harm done and wanted again, a
goodbye with a love in the past tense, pills saved up for weeks, "зачем мне эта жизнь"; since
session 15 (tune35) a last message with an apology, a lethal amount "so they can't bring me back",
a blade named, "neck myself", a note and "tonight's the night", under a train, a gun in the lap,
the insurance better than me, a roof "no longer scary", "suicidal" misspelt with a plan, googling
how to die, cut veins, all the insulin, "я выпиливаюсь"; a hangover's "I want to die" said laughing,
a bungee jump, a bridge jumped off for a swim in the heat, "хоть убей", "dead" before bed, a song
asked by a line and a friend's words about suicide then how to talk to them are not; hair dye
spelt "die", more fun without me at a party, a crisis line looked up for a flyer, a stream left
with a goodbye and a goodbye post asked how to word are not a crisis, and a flight explains "not
here tomorrow". Since session 15's late round (blind12-tune) also a car in a closed garage with the
engine on in any order (not warming it up), "nobody will miss me" with the whole amount at once,
things given away with an apology or "easier for them", a cut made on purpose, "not here tomorrow,
thanks for everything", an overdose let happen, the last dose of one's life (not when quitting),
"піти під потяг", "hoy termino con todo" and letters left for the children; self-harm long ago
and well now and sleeping "like the dead" are not. Since session 16 (tune38) also one's own funeral, coffin or
grave chosen and hoped soon, no longer a burden or a problem to anyone soon, on a height now and not
coming down, how much stops one's heart asked for oneself, everything taken "so I never feel
anything again", shooting or hanging oneself as a verb ("застрелюсь", "me pego un tiro", "hoy me
ahorco"), "este finde me mato", a blade in hand and started on one's arm, a last message with "it's
not your fault", a farewell note written, a goodbye to the world; a car or a gun inside a named
game (``game_talk`` keeps the embedding stage to the note), a group's party plan "not waking up
till Monday", a job left, a Monday's "want to die" with a coffee, and a helper's question about a
friend's words or self-harm with words between are not. A helper's question
after a friend's words, a lie-in, a weekday's point and a comedown that should end are not a crisis;
a harmless phrase (``harmless_phrase``) keeps the embedding stage to the note at most. A pet's death and idioms
("умираю как хочу", "me muero si no") are not a crisis. A helper's question about a friend who
talks about it (``asks_how_to_help``) is no crisis either, but gets the short crisis note; an
ordinary leaving or an evening in (``ordinary_leaving``, ``evening_in``) keeps the embedding stage
to the note at most.

Since session 16's late round (blind13-tune) Russian and Ukrainian typed in Latin letters are read in
Cyrillic by these rules too (``_crisis_readings``), and also: pills gathered for a lethal dose, on a
high windowsill with the legs over, "don't care if I wake up", an ending "together with me", revived
last time and this time so nobody is in time, a blade in hand and wanting it deeper, a hot shot for
oneself, "nobody will miss me" with a decision, all the pills with vodka once it's dark, the notes
written and the phone going off, a photo of a rope with "sorry"; from Ukrainian probes a wish to die
with "бы/б", a goodbye from a bridge or a roof, a rope taken to the woods, an apology to everyone and
"I can't any more", "decided, tonight it all ends", pills gathered and all of them today, everything
at once "and whatever happens". Suicide thought of long ago with therapy helping now, coursework on
suicide prevention, and a Monday's or an exam's "I want to die" said laughing are not a crisis.

Since session 18 (tune42) also a date chosen after someone's celebration "so as not to spoil it",
not being here by a holiday and then "no, really", cutting again just now and wanting more, the most
one can take "to get it right this time", a lethal dose "I need it for sure", a burden and "soon it
will be over", the rails, no sense in waking up, pills gathered over weeks "should be enough", "harto
de vivir", a goodbye asking someone to look after one's pet, passwords handed over with one's affairs
closed (``_goodbye_in_order``; never beside a trip). A plain wish beside a hangover or a song asked
for, "better off without me" scoped to a chat left (not widened to life), "I'm dead" and things dead
or a death told, a last day at work with thanks, old scars asked about, a relative's words quoted with
"how do I talk to them", and a week that should end are not (``_context_said``); a rope for a tent, a
bridge shut, things the children outgrew (``everyday_means``), quitting from Monday and a chat left
keep the embedding stage to the note.

Since session 18's late round (blind15-tune) also a goodbye to a group with love, care or "it was
good with you" (not a trip, a move, the army or a chat left), a video or a letter made for one's
mother or children with "I can't bear it any more", the letter written and only the night to come
(not to the Magi or for a job), pills or a drug saved up with a plan or "I'll go quietly" (not for a
festival), the means at home and a plan there, how much of an opioid or insulin to fall asleep "and
that's all", cut again and unable to stop (not hair, not the kitchen); the heat or hunger with "me
muero", "está de muerte" said of food and a goodbye before a holiday are not a crisis.

Since session 19 (tune44) also a flame, a blade or something hot on one's skin "to feel something"
(not ice or a rubber band instead), a note left and a named day when it all ends, "if I vanished ...
so why stay", a date fixed with affairs left paid or in order, "жить не вижу смысла" and "жить не
хочу" in that order, a prayer to die in one's sleep, things or a pet given away "it's better this
way", others relieved once I am gone, better never born, "самоубиться", a blade in hand with cuts
made and more wanted, tired "of everything, of myself, of life", "irme de esta vida", a last weekend
and then not here, writing "so someone knows" and no more, pills hidden or saved "there's enough
now", "this is no joke" from a roof, a lethal amount asked "for me" (``emergency_text`` leaves it to
the crisis reply), an unnamed "it" timed after payday with the rent covered for the others, things
given away ending "yo ya no", gone "by morning" (kinds with a guard over the whole message:
``_GUARDED_KINDS``). Suicide statistics in the news, a friend's words then "what should I say to
her" (the short note), self-harm "clean for years" or "hoy estoy tranquila" are not a crisis;
self-harm long ago and over (``told_long_ago``) and weariness of a named chore (``chore_weariness``)
keep the embedding stage to the note.

Since session 19's late round (blind16-tune) also pills or a drug saved up "for the end", "for when I
can't any more" or with only the nerve missing (not for a trip or a festival), wanting to go to a
loved one who died (not to the grave), "if I disappeared everyone would be better off" with the
condition first (not out of a chat or for a week), the last message and "don't look for me" (never
beside a move, a trip, a new account or a chat: ``_GUARDED_KINDS``), self-harm for the relief it
brings (not the idiom of a head against a wall, an itch, a haircut), one last loaded shot and goodbye
or "nobody will care" (not a last line before bed), and "quitarme de en medio" after other thinking
verbs. Suicidal long ago and "in a good place now" is told, not felt; a worry about overdosing alone,
asked (``overdose_alone_fear``), keeps the embedding stage to the note.

Since session 20 (tune46) also a last message with thanks, care or an apology (not before a trip,
bed or a holiday, nor in a chat left), pills saved up "for the end" with more drug names (not the end
of a month), "нема сенсу ні в чому", never wanting to wake up again, the whole pack at once "is that
certain?" asked for oneself, disappearing for real (not from socials, not out of embarrassment),
things given away "I won't need them" (not a new one bought, outgrown or a move), how many floors are
enough and a roof's edge with the legs over and calm (not a view, friends, a sunset), "next time I
won't come down" after a height (not a bungee jump) and "ponerle fin a todo" (not a relationship or a
habit). A friend's words then "should I worry?" is the helpers' note (``asks_how_to_help``; "what do
I do?" stays the crisis reply), a self-harm long ago with a life or pride now is told, not felt; "done
for today" (``done_for_today``) and a burden over money asked (``money_burden``) keep the embedding
stage to the note.

Since session 21 (tune48, tune46's rows left to the embedding stage, blind17-tune) also a goodbye to
everyone then "never again" (not a chat, a trip or a day named), stepping out of a roof the Ukrainian
way ("вийти з даху", with a wish, a plan or a time; not by the stairs), under a train with the verb
left out or named by its time, a height now with only the step left, a drug on purpose (a double
dose, the whole lot tonight, "let my heart stop", "pa no despertar", "para ya no abrir los ojos"), a
drug "enough to go", the means and "better for everyone this way", the means got and "today is the
day", not here by morning with a farewell, a hose to a car's exhaust, a blade drawn across one's
wrists, letters left and "nothing will need explaining", a non-stopping train "that's the one", the
water "easier than facing all this", affairs settled "I can go now", a high window and the step
thought of, no point staying "everyone better off"; Ukrainian in Latin letters is read once more with
the short й and the reflexive -сь put back ("vyity", "proshchavaite", "prokynutys"). A film about a
suicide, "I'm dead" or "мне конец" over a slip or an exam, a plain wish or "kms" said laughing beside
an everyday cause (an essay, a bus, the heat), dying of the heat, "me muero del asco", a game's boss
"unalived" and "don't want to overdose" are not a crisis; a neighbour's, a classmate's or a
flatmate's words, then "is that serious?", are the helpers' note. The second batch (tune48): the
pills laid out and all of them tonight, "one less day I have to live", a message scheduled and "by
then it'll be over", a river or the rails "calling me", a belt or a cord already on a door handle
(not beside keys or a coat), burning one's arms with a lighter now, helium with a day or a bag (not
balloons), "a waste of space, soon nobody's problem", asleep "for good" with a drug; "I'm dead" after
the gym and a weekly pill box (``everyday_means``) are not.

Measured by ``bench/triage_bench.py`` on ``bench/labelled/triage-*.yaml``. Indirect warning signs
("I've been giving my things away", "I'm ready to go") are where phrase rules are weakest: see
``bench/results/`` for the first look at each held-out set, and ``bench/triage_embed_probe.py``
for what a sentence embedding adds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.library.emergency_text import (
    _CYRILLIC,
    _PET,
    _TRANSLIT_MARKERS,
    KindPatterns,
    WordStartPatterns,
    compile_any,
    fold,
    is_emergency,
    latin_readings,
)

# The library topic a crisis message is answered with (``hrbot search`` lists it first).
CRISIS_TOPIC = "mental-health-crisis"

_CRISIS = compile_any(
    [
        # -- blind20-tune's late round (session 23) --
        # a plan for tonight, then just not waking up ("gonna swallow every pill i have and just not
        # wake up", "voy a meterme todo lo que tengo y que no me despierte más"); not a lie-in
        r"\b(planning|plan|going|gonna|intend\w*|decided|about)\s+(to\s+)?((?!(he|she|they|him|her|them|it|you|u|the\s+kids?|my\s+(son|daughter|kid|baby))\s)\w+\s+){1,8}(and\s+)?(just\s+|simply\s+)?(never|not|don'?t|dont)\s+wake\s+up\b(?!\s+(until|till|til|before|early|late|at|in\s+time|for|on\s+time|when|if|unless|to|with|hungover|groggy)\b)",
        r"\b(quiero|voy\s+a|pienso|planeo|me\s+voy\s+a)\s+(\w+\s+){1,8}(que\s+)?(ya\s+)?no\s+(me\s+)?(despierte|despierto|vuelva\s+a\s+despertar)\s+(mas|nunca|jamas)\b",
        # a goodbye, then never seeing each other again, the goodbye anywhere before it ("thanks for
        # everything, bye, we won't see each other again", "дякую, прощавайте, більше не побачимось")
        r"\b(бувайте|прощайте|прощавайте|пока\s+всем|всем\s+пока|всім\s+па|бувай|прощай|goodbye|farewell|bye\s+(everyone|all|guys)|adios)\b.{0,40}\b((больше|більше)\s+не\s+(увидимся|побачимось|побачимося|встретимся|зустрінемось|зустрінемося)|(we\s+)?(won'?t|wont|will\s+never|'?ll\s+never)\s+see\s+(each\s+other|you)\s+again|no\s+nos\s+(volveremos|vamos\s+a\s+volver)\s+a\s+ver)\b(?!\s+(до|в|у|на|тут|здесь|тут|here|in|on|at|until|till|en|hasta|aqui)\b)",
        # a goodbye to all and sorry for everything, in either order ("adiós a todos, perdón por todo",
        # "прощайте, простите за всё", "bye everyone, sorry for everything"); not a "see you"
        r"(?!.*\b(see\s+you|see\s+ya|brb|tomorrow|nos\s+vemos|hasta\s+(manana|luego|pronto)|до\s+завтра|до\s+встречи|до\s+зустрічі|увидимся|group\w*|chat\w*|channel\w*|server|grupo|canal|чат\w*|групп\w*|груп\w*|канал\w*|побачимось\s+(завтра|ввечері)|ahorita\s+vuelvo)\b)\b((adios|goodbye|bye|farewell)\s+(a\s+todos|everyone|everybody|all|para\s+siempre|forever)|прощайте|прощавайте|бувайте)\b.{0,30}\b(perdon|perdonadme|perdonenme|disculpad(me)?|sorry|forgive\s+me|простите|пробачте|вибачте)\s+(me\s+)?(por|for|за)\s+(todo|everything|вс[её]|все|усе)\b(?!\s+(el|la|los|las|este|esta|the|this|these|этот|эти|ці|цей|spam|flood|флуд|спам|ruido|noise|mess))",
        r"(?!.*\b(see\s+you|see\s+ya|brb|tomorrow|nos\s+vemos|hasta\s+(manana|luego|pronto)|до\s+завтра|до\s+встречи|до\s+зустрічі|увидимся|group\w*|chat\w*|channel\w*|server|grupo|canal|чат\w*|групп\w*|груп\w*|канал\w*|ahorita\s+vuelvo)\b)\b(perdon|perdonadme|perdonenme|sorry|forgive\s+me|простите|пробачте|вибачте)\s+(me\s+)?(por|for|за)\s+(todo|everything|вс[её]|все|усе)(\s+lo\s+que\s+(hice|he\s+hecho)|\s+what\s+i\s+did|\s+i'?ve\s+done)?\s+((adios|goodbye|bye|farewell)\s+(a\s+todos|everyone|everybody|all|para\s+siempre|forever)|прощайте|прощавайте|бувайте)\b",
        # if I disappear or die, nobody is worse off ("якщо я зникну, нікому гірше не стане", "if i
        # died tomorrow no one would be worse off", "si desaparezco nadie estaría peor")
        r"\b(если|якщо|якби|коли)\s+(бы\s+|б\s+)?я\s+(просто\s+)?(исчезну|исчезла|исчез|пропаду|умру|помру|зникну|зникла|зник|не\s+стану|сдохну|здохну)\b(?!\s+(на|из|с|со|з|із|зі|до)\b).{0,30}\b(никому|нікому|ничего|нічого)\s+(не\s+)?(станет|будет|стане|буде|стало\s+б|було\s+б)?\s*(хуже|гірше)\b",
        r"\bif\s+i\s+(just\s+)?(disappeared|died|was\s+gone|were\s+gone|vanished|disappear|die)\b.{0,30}\b(nobody|no\s+one|noone|nobodys|no\s+one'?s)\s+(would|will|'?d)\s+(be\s+)?(any\s+)?worse\s+off\b|\bsi\s+(yo\s+)?(desaparezco|desapareciera|me\s+muero|me\s+muriera)\b.{0,30}\bnadie\s+(estaria|va\s+a\s+estar|estara)\s+peor\b",
        # wishing one had not been revived ("краще б мене тоді не відкачали", "лучше бы меня не
        # откачали", "wish they hadn't revived me", "ojalá no me hubieran salvado"); not a complaint
        # about naloxone's withdrawal
        r"\b(краще\s+б|лучше\s+бы|лучше\s+б|шкода\s+що|жаль\s+что|зря|дарма|даремно)\s+(\w+\s+){0,2}(мене|меня)\s+(\w+\s+)?не\s+(відкачали|откачали|врятували|спасли|реанімували|реанимировали|витягли|вытащили)\b(?!.{0,40}\b(налокс\w*|наркан\w*|кумар\w*|отход\w*|відход\w*|ломк\w*|а\s+просто|а\s+дали)\b)",
        r"\b(wish|should\s+have|shouldn'?t\s+have)\b.{0,20}\b(they|you|he|she|the\s+\w+)\s+(had(n'?t|\s+not)|never|had\s+never|just)\s+(let\s+me\s+(go|die)|revived\s+me|saved\s+me|brought\s+me\s+(back|round|around))\b(?!.{0,40}\b(narcan|naloxone|withdrawal|dopesick|sick)\b)|\bojala\s+no\s+me\s+hubieran\s+(salvado|revivido|reanimado|traido\s+de\s+vuelta)\b(?!.{0,40}\b(naloxona|narcan|mono|malillas)\b)",
        # thinking how to go so the family does not find one ("думаю як піти так, щоб рідні не
        # знайшли", "figuring out how to do it so my kids aren't the ones who find me"); not leaving
        # home, not hiding a stash
        r"\b(думаю|думаю\s+о\s+том|думаю\s+про\s+те|придумываю|придумую|планирую|планую|решаю|вирішую)\s+(как|як)\s+(уйти|піти|это\s+сделать|це\s+зробити|зробити\s+це|сделать\s+это)\s+(так\s+)?(чтобы|чтоб|щоб|шоб)\s+(\w+\s+)?(родные|рідні|мама|мати|діти|дети|семья|сім'?я|родина|близкие|близькі|жена|дружина|муж|чоловік)\s+(\w+\s+)?не\s+(нашли|знайшли|увидели|побачили|нашла|знайшла|нашел|знайшов)\b",
        r"\b(how|the\s+way)\s+to\s+(do\s+it|end\s+it|go\s+through\s+with\s+it)\s+(so|so\s+that)\s+(my\s+)?(family|kids|children|mum|mom|parents|wife|husband|partner)\s+(don'?t|doesn'?t|won'?t|aren'?t\s+the\s+ones?\s+(who|that))\s+(have\s+to\s+)?finds?\s+(me|my\s+body)\b|\bcomo\s+hacerlo\s+para\s+que\s+(mi\s+|mis\s+)?(familia|hijos|madre|mama|padres)\s+no\s+me\s+(encuentre|encuentren)\b",
        # if I die, so much the better, then the suffering stops ("si me muero de una sobredosis pues
        # mejor", "если сдохну от передоза, ну и тем лучше", "if i die from it so be it, at least it
        # stops hurting"); not dying of laughter or hunger
        r"\bsi\s+(me\s+muero|muero|me\s+mato|no\s+despierto|la\s+palmo|palmo)\b(?!\s+de\s+(risa|hambre|sueno|calor|frio|aburrimiento|verguenza|ganas|envidia|amor|nervios))(?!.{0,40}\b(jaja\w*|jeje\w*|xd)\b).{0,40}\b((pues\s+|pos\s+)?mejor\s*(asi\s+)?(dejo\s+de\s+sufrir|ya\s+no\s+sufro|para\s+todos)?\s*$|(pues\s+|pos\s+)?mejor\s+(asi|para\s+todos)\b|asi\s+dejo\s+de\s+sufrir|por\s+fin\s+dejo\s+de\s+sufrir)",
        r"\b(если|якщо)\s+(я\s+)?(сдохну|умру|помру|здохну|не\s+проснусь|не\s+прокинусь)\b(?!\s+(от|від)\s+(смеха|сміху|скуки|нудьги|голода|голоду|жары|спеки|стыда|сорому))(?!.{0,40}\b(ахах\w*|хаха\w*|лол)\b).{0,40}\b((ну\s+)?(и\s+|то\s+)?тем\s+лучше|(ну\s+)?(і\s+|то\s+)?тим\s+краще|ну\s+и\s+(пусть|хорошо|ладно)|ну\s+і\s+(хай|нехай|добре)|(хоть|хоча\s+б|хоч)\s+(мучиться|страдать|мучитися|страждати)\s+(перестану|не\s+буду|не\s+буду\s+больше))\b",
        r"\bif\s+i\s+(die|od|overdose|don'?t\s+wake\s+up|never\s+wake\s+up)\b(?!\s+(of|from)\s+(laughter|laughing|boredom|embarrassment|hunger|cringe))(?!.{0,40}\b(lol|lmao|haha\w*)\b).{0,40}\b(so\s+be\s+it|good\s+riddance|all\s+the\s+better|even\s+better|at\s+least\s+(i'?d|i\s+would|i'?ll|it'?d|it\s+would)\s+(stop\s+(hurting|suffering)|be\s+over|not\s+(hurt|suffer)))\b",
        r"\b(sobredosis|pasada|sobredosi|sobre)\s+(pues\s+|pos\s+|entonces\s+|y\s+)?(mejor|tanto\s+mejor|que\s+mejor)\s+(asi\s+)?(ya\s+)?(dejo\s+de\s+sufrir|no\s+sufro\s+mas|ya\s+no\s+sufro|se\s+acaba\s+todo|me\s+da\s+igual|descanso)\b",
        r"\b(передоз\w*|передозировк\w*|передозуванн\w*|overdos\w*|od)\s+(\w+\s+){0,2}(ну\s+)?(и\s+|і\s+|то\s+)?(тем\s+лучше|тим\s+краще|ну\s+и\s+пусть|ну\s+і\s+хай|so\s+be\s+it|good\s+riddance|all\s+the\s+better)\b",
        # letters to one's family written and the day chosen ("he escrito cartas para mi madre y mi
        # hija, ya tengo decidido el día", "wrote letters to my kids and picked the day"); not a wedding
        r"\b(cartas?|letters?|notes?|письма|письмо|записк\w*|листи|лист)\b.{0,60}\b(ya\s+(tengo\s+)?(decidido|elegido|escogido)\s+el\s+dia|ya\s+(decidi|elegi|escogi)\s+el\s+dia|(picked|chosen|chose|set|decided\s+on)\s+the\s+day|the\s+day\s+is\s+(set|decided|chosen)|(день|дату)\s+(уже\s+|вже\s+)?(выбрал\w*|решил\w*|вибрав|вибрала|обрав|обрала|вирішив|вирішила)|(уже\s+|вже\s+)?(выбрал\w*|вибрав|вибрала|обрав|обрала)\s+(день|дату))\s*($|(?!\s*(de|del|para|for|of|to|на|для|свадьб\w*|весілл\w*|переезд\w*|переїзд\w*|boda|mudanza|wedding|move|party|fiesta)\b))",
        # -- tune52's second batch (session 23) --
        # a problem or a burden to everyone, and it ends tonight or soon ("устал быть для всех
        # проблемой, этой ночью всё решится", "никому не нужна, скоро это перестанет быть проблемой",
        # "tired of being everyone's problem, after tonight i won't be", "después de esta noche ya no")
        r"\b(проблем\w*|обуз\w*|тягар\w*|нагрузк\w*|никому\s+не\s+нужн\w*|нікому\s+не\s+потрібн\w*|problem|burden|un\s+problema|una\s+carga|no\s+one\s+needs\s+me|nobody\s+needs\s+me|nadie\s+me\s+necesita)\b.{0,80}\b(этой\s+ночью\s+(вс[её]\s+)?(решится|закончится|кончится)|цієї\s+ночі\s+(все\s+)?(вирішиться|скінчиться|закінчиться)|скоро\s+(это|це|я)\s+(\w+\s+)?(перестанет|перестане|перестану)\s+(быть|бути)|after\s+tonight\s+i\s+(won'?t|wont|will\s+not)\s+be|(despues|después)\s+de\s+esta\s+noche\s+ya\s+no|pronto\s+ya\s+no\s+(lo\s+)?(sere|voy\s+a\s+ser))\b",
        # things handed over, and nothing left to sort ("переписал квартиру на сестру, кота отдал,
        # больше дел не осталось", "le dejé el perro a mi hermana, ya no me queda nada pendiente"); not
        # before a trip, a move or a stay away
        r"\b(отдал\w*|віддал\w*|віддав|переписал\w*|переписав|раздал\w*|роздал\w*|роздав|оставил\w*|залишил\w*|залишив|signed|left|gave|handed|deje|regale|le\s+deje|le\s+di)\b.{0,100}\b(больше\s+дел\s+не\s+осталось|дел\s+(больше\s+)?(не\s+осталось|нет)|(справ|нічого)\s+(більше\s+)?(не\s+залишилось|нема|немає)|більше\s+справ\s+(нема|немає|не\s+залишилось)|nothing\s+(left|else)\s+to\s+(sort|do|settle|take\s+care\s+of|fix)|ya\s+no\s+me\s+queda\s+nada\s+(pendiente|por\s+hacer|por\s+arreglar)|no\s+me\s+queda\s+nada\s+pendiente)\b(?!.{0,60}\b(trip|holiday|vacation|flight|move|moving|отпуск\w*|поездк\w*|переезд\w*|уезжа\w*|відпустк\w*|поїздк\w*|переїзд\w*|виїжджа\w*|viaje|vacaciones|mudanza|vuelo)\b)",
        # going quietly, nobody beside it ("хочу тихо уйти, чтобы никто не мешал", "хочу тихо піти і щоб
        # ніхто не шукав", "no one would miss me, i'm gonna go quietly", "nadie me va a extrañar, me voy
        # sin hacer ruido"); not leaving a party, home or to bed
        r"\b(никто|ніхто|no\s+one|nobody|nadie)\b.{0,60}\b(тихо|тихонько|тихенько|quietly|sin\s+hacer\s+ruido|en\s+silencio)\s+(уйти|уйду|піти|піду|go|leave|irme|me\s+voy)\b(?!\s+(с|з|із|из|from|de|del|домой|додому|home|спать|to\s+bed|a\s+dormir|a\s+casa)\b)",
        r"\b(тихо|тихонько|тихенько|quietly|sin\s+hacer\s+ruido|en\s+silencio)\s+(уйти|уйду|піти|піду|go|leave|irme|ir)\b(?!\s+(с|з|із|из|from|de|del|домой|додому|home|спать|to\s+bed|a\s+dormir|a\s+casa)\b).{0,60}\b(никто|ніхто|no\s+one|nobody|nadie)\b",
        r"\b(никто|ніхто|no\s+one|nobody|nadie)\b.{0,60}\b(уйти|уйду|піти|піду|go|leave|irme|ir)\s+(\w+\s+)?(тихо|тихонько|тихенько|quietly|sin\s+hacer\s+ruido|en\s+silencio)\b(?!\s+(с|з|із|из|from|de|del|домой|додому|home|спать|to\s+bed|a\s+dormir|a\s+casa)\b)",
        # my funeral's song chosen and my things willed ("скачала песню для похорон и написала кто что
        # получит", "picked a song for my funeral and wrote who gets what")
        r"(?!.*\b(бабушк\w*|дедушк\w*|бабус\w*|дідус\w*|grandma|grandpa|nan|abuel\w*)\b)\b(похорон\w*|поминк\w*|funeral|velorio|entierro)\b.{0,80}\b(кто\s+что\s+получит|кому\s+что\s+(достанется|оставить|отдать)|хто\s+що\s+отримає|кому\s+що\s+(дістанеться|залишити|віддати)|who\s+gets\s+what|quien\s+se\s+queda\s+con\s+(que|mis\s+cosas))\b|\b(кто\s+что\s+получит|кому\s+что\s+(достанется|оставить)|хто\s+що\s+отримає|кому\s+що\s+(дістанеться|залишити)|who\s+gets\s+what|quien\s+se\s+queda\s+con\s+(que|mis\s+cosas))\b.{0,80}\b(похорон\w*|funeral|velorio|entierro)\b(?!.{0,40}\b(бабушк\w*|дедушк\w*|бабус\w*|дідус\w*|grandma|grandpa|nan|abuel\w*)\b)",
        # wanting to fall asleep and have it all end by itself ("хочется уснуть и чтобы всё закончилось
        # само", "хочеться заснути і щоб все закінчилось", "quiero dormirme y que todo se acabe")
        r"\b(хочу|хочется|хочеться|хотелось\s+бы|хотілося\s+б)\s+(просто\s+)?(уснуть|заснуть|заснути|уснути)\s+(и|і|й)\s+(чтобы|чтоб|щоб|щоби)\s+(\w+\s+)?(вс[её]|усе)\s+(\w+\s+)?(закончилось|кончилось|прекратилось|закінчилось|скінчилось|припинилось)\b",
        r"\b(i\s+)?(want|wanna|wish\s+i\s+could)\s+(to\s+)?(just\s+)?(fall\s+asleep|go\s+to\s+sleep|sleep)\s+and\s+(have\s+)?(it\s+all|everything)\s+(to\s+)?(be\s+over|end|stop)\b|\bquiero\s+(dormirme|dormir)\s+y\s+que\s+todo\s+(se\s+)?(acabe|termine)\b",
        # a pack of pills in hand and counting whether it is enough ("держу пачку феназепама и думаю что
        # хватит", "тримаю блістер і рахую чи вистачить", "holding the blister pack wondering if it's
        # enough"); not "enough for a month"
        r"\b(пачк\w*|блистер\w*|блістер\w*|упаковк\w*|горст\w*|жмен\w*|pack|packet|blister|bottle|handful|caja|tira|punado)\b.{0,60}\b(думаю|считаю|рахую|прикидываю|прикидаю|думаю\s+чи|wondering|counting|thinking|cuento|pensando)\s+([\w']+\s+){0,2}(хватит|вистачить|достаточно|достатньо|enough|alcanza|alcanzan|suficiente|suficientes)\b(?!\s+(на|до|for|para|hasta)\b)",
        # no longer fighting with or for one's life ("сдаюсь, больше не буду бороться с этой жизнью",
        # "здаюся, більше не буду боротися за це життя", "i can't fight this life anymore", "me rindo,
        # ya no puedo seguir peleando con esta vida")
        r"\b(не\s+буду|не\s+могу|не\s+хочу|не\s+можу|нет\s+сил|нема\s+сил|немає\s+сил|can'?t|cant|won'?t|wont|not\s+going\s+to|no\s+puedo|no\s+quiero|ya\s+no\s+voy\s+a)\s+(\w+\s+){0,2}(бороться|боротися|боротись|fight|fighting|pelear|peleando|luchar|luchando)\s+((с|з|за|with|for|con|por|contra)\s+)?(эт\w+\s+|ц\w+\s+|this\s+|my\s+|esta\s+|la\s+|mi\s+|свою\s+|своє\s+|моє\s+|мою\s+)?(жизн\w*|житт\w*|life|vida)\b(?!\s+(of|de|за)\s)",
        # -- tune52 (2026-12-07, session 23) --
        # nobody would notice if I were gone ("ніхто не помітить якщо мене не буде", "никто не хватится,
        # если меня не станет"), either order; not an absence from a lesson, a shift or a chat
        r"\b(никто|ніхто|нихто)\s+(и\s+|й\s+|навіть\s+|даже\s+)?(не\s+)?(заметит|заметил\s+бы|хватится|вспомнит|заплачет|помітить|помітив\s+би|згадає|заплаче|схаменеться|побачить)\b.{0,30}\b(если|когда|якщо|коли|як)\s+(меня|мене)\s+(вдруг\s+|раптом\s+)?(не\s+станет|не\s+буде|не\s+будет|не\s+стане)\b(?!\s+(на|в|у|с|з|дома|вдома|завтра|в\s+чате|у\s+чаті)\b)",
        r"\b(если|когда|якщо|коли)\s+(меня|мене)\s+(вдруг\s+|раптом\s+)?(не\s+станет|не\s+стане|не\s+буде)\s+(то\s+|то\s+і\s+|то\s+и\s+)?(никто|ніхто)\s+(и\s+|й\s+|навіть\s+|даже\s+)?(не\s+)?(заметит|хватится|вспомнит|заплачет|помітить|згадає|заплаче|побачить)\b",
        # no strength left to live ("сил больше нет жить", "немає сил жити"); why am I still holding on,
        # said after it ("сил нет, не знаю зачем еще держусь", "навіщо я ще тримаюсь")
        r"\b(нет|немає|нема|не\s+осталось|не\s+залишилось|не\s+лишилось)\s+(больше\s+|більше\s+|уже\s+|вже\s+)?сил\w*\s+(больше\s+|більше\s+)?(жить|жити|существовать|існувати)\b|\bсил\w*\s+(больше\s+|більше\s+|уже\s+|вже\s+)?(нет|немає|нема|не\s+осталось|не\s+залишилось)\s+(\w+\s+)?(жить|жити|существовать|існувати)\b",
        r"\b(зачем|для\s+чего|навіщо|нащо|нафига|для\s+чого)\s+(я\s+)?(ещ[её]|до\s+сих\s+пор|ще|досі|вообще|взагалі)\s+(я\s+)?(держусь|держуся|тримаюсь|тримаюся|цепляюсь|чіпляюсь|барахтаюсь)\s*$",
        # pills gathered, then all of them taken at once ("набрал 60 таблеток, выпью все ночью",
        # "назбирав пігулок, вип'ю всі разом", "tengo guardadas pastillas, me las voy a tomar todas")
        r"\b(таблет\w*|пігул\w*|колес\w*|капсул\w*|pills|tablets|meds|capsules|pastillas|pastis|capsulas)\b.{0,60}\b(выпью|съем|проглочу|закину|заглочу|вип'?ю|з'?їм|ковтну|проковтну|закину)\s+(их\s+|їх\s+)?(все|всі|усі)(\s+(их|їх))?(\s+(разом|сразу|одразу|залпом|за\s+раз))?(?=\s*$|\s+(сегодня|сьогодні|ночью|вночі|завтра|после|після|когда|коли|как\s+только|як\s+тільки|пока|поки|и|і|й|а|чтобы|щоб|разом|сразу|одразу)\b)",
        r"\b(pills|tablets|meds|capsules|pastillas|pastis|capsulas)\b.{0,60}\b((i'?ll|ill|i\s+will|i'?m\s+gonna|im\s+gonna|i'?m\s+going\s+to|im\s+going\s+to)\s+(take|swallow|down)\s+(them\s+all|all\s+of\s+them|every\s+(last\s+)?one)|me\s+(las|los)\s+(voy\s+a\s+tomar|tomo|tomare|trago|voy\s+a\s+tragar|meto|voy\s+a\s+meter)\s+(todas|todos|de\s+una|juntas|juntos))\b(?!\s+(as\s+prescribed|como\s+(me\s+)?(dijo|receto)))",
        # I'll never wake up again and that's what I'll do ("вколю весь пакет, больше не проснусь, так и
        # сделаю", "більше не прокинусь і нехай", "ya no despertaré y eso quiero")
        r"\b(больше|уже|вже|більше|никогда|ніколи)\s+(уже\s+|вже\s+|никогда\s+|ніколи\s+)?не\s+(проснусь|прокинусь|проснуся|прокинуся)\b.{0,40}\b(так\s+и\s+сделаю|так\s+і\s+зроблю|так\s+и\s+будет|так\s+і\s+буде|и\s+пусть|ну\s+и\s+пусть|ну\s+и\s+хорошо|и\s+хорошо|і\s+нехай|ну\s+і\s+нехай|і\s+хай|і\s+добре|этого\s+и\s+хочу|цього\s+і\s+хочу)\b",
        r"\b(ya\s+no\s+(volvere\s+a\s+)?despertare|(i'?ll|ill|i\s+will|i\s+won'?t|i\s+wont)\s+(never\s+)?(wake\s+up|ever\s+wake\s+up)\s+again|won'?t\s+wake\s+up\s+again)\b.{0,40}\b(eso\s+(es\s+lo\s+que\s+)?quiero|que\s+asi\s+sea|mejor\s+asi|lo\s+voy\s+a\s+hacer|so\s+be\s+it|good|thats\s+what\s+i\s+want|that'?s\s+the\s+plan|i'?m\s+doing\s+it|im\s+doing\s+it)\b",
        # hitting one's head or fists against a wall until it bleeds or goes quiet ("бьюсь головой об
        # стену пока не станет тихо", "б'юся головою об стіну до крові", "punching walls till my
        # knuckles bleed", "me doy cabezazos contra la pared hasta sangrar")
        r"\b(бьюсь|бился|билась|бьюся|б'?юся|б'?юсь|бився|билася|бью|б'?ю|лупл\w*|гачу|луплю|бил|била|бив)\s+(\w+\s+)?(голов\w*|кулак\w*|рук\w*|лбом|лобом)\s+(об|о|в|у|по)\s+(\w+\s+)?(стен\w*|стін\w*|пол|підлог\w*|зеркал\w*|дзеркал\w*)\b.{0,40}\b(пока|поки|до\s+(кров\w*|синяк\w*|сбитых|збитих))\b",
        r"\b(punch\w*|hit\w*|bang\w*|smash\w*|slam\w*)\s+(my\s+(head|fists?)\s+(against|on|into)\s+)?(the\s+|a\s+)?walls?\s+(till|until|untill|til)\s+(my\s+)?(knuckles|hands?|fists?|head|forehead)\s+(bleed|bleeds|split|bruise|crack|are\s+bloody)\b",
        r"\b(me\s+)?(doy|daba|di)\s+(cabezazos|golpes|punetazos)\s+(contra\s+la\s+pared|en\s+la\s+pared|contra\s+el\s+muro)\s+hasta\s+(que\s+)?(sangrar|sangre|me\s+sangr\w*|se\s+me\s+abr\w*)\b",
        # it will all stop soon, I've decided, forgive me ("скоро все прекратится, я решила, простите
        # меня", "скоро все це скінчиться, я вирішив, пробачте мені")
        r"\b(скоро|сегодня|завтра|этой\s+ночью|сьогодні|цієї\s+ночі|вночі)\s+(\w+\s+)?(вс[её]|усе|все\s+это|все\s+це|это\s+вс[её]|це\s+все)\s+(\w+\s+)?(прекратится|закончится|кончится|припиниться|закінчиться|скінчиться)\b.{0,60}\b(я\s+(решил|решила|вирішив|вирішила|все\s+решил\w*|все\s+вирішил\w*)\s*$|я\s+(решил|решила|вирішив|вирішила)\s+(простите|прости|пробачте|вибачте|пробач|вибач)|(простите|прости|пробачте|пробач|вибачте|вибач)\s+(меня|мене|мені)\b)",
        r"\b(pronto|hoy|esta\s+noche)\s+(\w+\s+)?(todo|esto)\s+(se\s+)?(va\s+a\s+)?(acabar|acaba|terminar|termina|parar)\b.{0,60}\b(ya\s+lo\s+decidi|lo\s+decidi|perdon(en|adme|enme|ame)?)\b|\b(soon|tonight)\s+(it\s+)?(will\s+|'?ll\s+)?(all\s+)?(stop|end|be\s+over)\b.{0,60}\b(i'?ve\s+decided|ive\s+decided|i\s+decided|forgive\s+me)\b",
        # goodbyes, notes or pages wiped done, only the nerve left ("записки написал, телефон почистил,
        # осталось только решиться", "попрощалася з усіма, залишилось тільки наважитись")
        r"\b(записк\w*|письм\w*|лист\w*|попроща\w*|удалил\w*|видалил\w*|почистил\w*|раздал\w*|роздал\w*|notes?|letters?|goodbyes|deleted|gave\s+away|cartas?|me\s+despedi|borre|regale)\b.{0,100}\b(осталось|остается|лишилось|залишилось|залишається|лишається|(now\s+)?i\s+(just|only)\s+need\s+to|all\s+that'?s\s+left\s+is\s+to|solo\s+(me\s+)?falta|nomas\s+me\s+falta)\s+(только\s+|лишь\s+|тільки\s+|лише\s+)?(решиться|осмелиться|набраться\s+смелости|наважитися|наважитись|зважитися|зважитись|work\s+up\s+the\s+(nerve|courage)|find\s+the\s+(nerve|courage)|do\s+it|animarme|atreverme|hacerlo)\b(?!\s+(на|що|что|куда|какой|який|on|whether|to\s+(buy|ask|quit|move|go)|a\s+(comprar|ir|pedir|renunciar)))",
        # on the other side of a balcony's railing ("ноги уже по ту сторону перил", "стою за
        # огорожею мосту", "i'm on the other side of the railing", "del otro lado del barandal")
        # (standing or sitting there, or climbed over: "держусь за перила" is holding on)
        r"\b(стою|сижу|сиджу|стоя|ноги|я|перелез\w*|переліз\w*|вылез\w*|виліз\w*|опинил\w*|оказал\w*)\s+(\w+\s+){0,3}(по\s+ту\s+сторону\s+(перил|ограждения|парапета|поручней)|по\s+той\s+бік\s+(поруччя|перил|огорожі|парапету)|за\s+(перилами|ограждением|парапетом|поручнями|поруччям|огорожею|парапетом))\b",
        r"\b(перелез\w*|переліз\w*|перелізла)\s+(через\s+|за\s+)(перила|ограждение|парапет|поруччя|огорожу)\b",
        r"\b(on\s+the\s+(other|wrong)\s+side\s+of|climbed\s+over)\s+the\s+(railing|rail|railings|barrier|parapet|fence\s+on\s+the\s+bridge)\b|\b(del\s+otro\s+lado|al\s+otro\s+lado)\s+(de\s+la|del)\s+(barandal|barandilla|baranda|pretil)\b",
        # brought back yesterday and wanting to do it again ("вчера откачали, сегодня хочу повторить",
        # "відкачали, хочу знову", "they pumped my stomach, i want to try again")
        r"\b(откачали|откачал\w*|відкачали|відкачал\w*|промыли\s+желудок|промили\s+шлунок|pumped\s+my\s+stomach|brought\s+me\s+back|revived\s+me|me\s+(salvaron|revivieron|lavaron\s+el\s+estomago))\b(?!\s+(его|ее|её|їх|його|її|him|her|them))\b.{0,80}\b(хочу|хочется|хочеться|буду|попробую|спробую|want|wanna|gonna|going|quiero|voy\s+a)\s+(\w+\s+)?(повторить|повторити|снова|знову|еще\s+раз|ще\s+раз|доделать|довести\s+до\s+конца|again|finish\s+it|otra\s+vez|repetir|terminarlo)\b",
        # no sense going on, said last or before a dose ("нема сенсу далі, наберу дозу більшу ніж
        # завжди", "нет смысла дальше, возьму больше чем обычно")
        r"\b(нема|немає|нет|не\s+вижу|не\s+бачу|не\s+має)\s+(\w+\s+)?(сенсу|смысла)\s+(\w+\s+)?(далі|дальше)\s*(\W|$)(?!\s*(учит\w*|вчит\w*|работат\w*|працюват\w*|ждат\w*|чекат\w*|смотрет\w*|дивит\w*))",
        r"\b(доз\w*)\s+(\w+\s+)?(больше|більш\w*|сильнее|сильніш\w*)\s+(чем|ніж|за)\s+(обычно|завжди|зазвичай|всегда)\b.{0,30}\b(и\s+вс[её]|і\s+все|и\s+конец|і\s+кінець|и\s+точка|і\s+крапка)\s*$",
        # the world will be better without me ("світ без мене буде кращим", "мир без меня будет лучше")
        r"\b(світ|мир|всесвіт|the\s+world|el\s+mundo)\s+(\w+\s+)?(без\s+мене|без\s+меня|without\s+me|sin\s+mi)\s+(\w+\s+)?(буде|будет|станет|стане|would\s+be|will\s+be|is|estaria|estara|seria|sera)\s+(\w+\s+)?(кращ\w*|лучш\w*|легш\w*|легч\w*|better|mejor)\b",
        # -- tune50's second batch (session 22) --
        # only me and the pills (the rope) left ("вот и остались я да таблетки", "solo quedamos la cuerda
        # y yo", "it's just the pills and me now")
        r"\b(just|only)\s+(me\s+and\s+(the|my)\s+(pills|tablets|rope|blades?)|(the|my)\s+(pills|tablets|rope)\s+and\s+me)\b",
        r"\b(остал\w*|осталось)\s+(только\s+|лишь\s+)?(я\s+(и|да)\s+(таблетк\w*|веревк\w*|лезви\w*)|(таблетк\w*|веревк\w*)\s+(и|да)\s+я)\b",
        r"\b(лишил\w*|залишил\w*|лишилось|залишилось)\s+(тільки\s+|лише\s+)?(я\s+(і|й|та)\s+(таблетк\w*|пігулк\w*|мотузк\w*|лез\w*)|(таблетк\w*|пігулк\w*|мотузк\w*)\s+(і|й|та)\s+я)\b",
        r"\b(quedamos|quedan|queda)\s+(nomas\s+|solo\s+|ya\s+nomas\s+)?(las\s+pastillas\s+y\s+yo|yo\s+y\s+las\s+pastillas|la\s+cuerda\s+y\s+yo|yo\s+y\s+la\s+cuerda)\b",
        # something heated and pressed to one's own wrist or arm ("heated a coin with my lighter and held
        # it on my arm", "нагрела иголку и прижала к руке", "calenté la moneda y me la puse en el brazo")
        r"\b(heated|heat\w*|warmed|melted)\s+(\w+\s+){0,9}(and\s+)?(then\s+)?(pushed|pressed|held|put|stuck|jammed)\s+it\s+(in|into|on|onto|against|to)\s+my\s+(arms?|wrists?|thighs?|legs?|skin|stomach|hips?|forearms?)\b",
        r"\b(раскалил\w*|нагрел\w*|накалил\w*)\s+(\w+\s+){0,5}(и\s+)?(прижал\w*|приложил\w*|прислонил\w*|ткнул\w*)\s+(\w+\s+)?(к|в)\s+(запясть\w*|руке|рукам|руку|коже|бедру|ноге)\b",
        r"\b(розжарил\w*|розжарив|нагрів|нагріла|розпекл\w*|розпік)\s+(\w+\s+){0,5}(і\s+|й\s+|та\s+)?(притиснул\w*|притиснув|приклал\w*|приклав|ткнул\w*|ткнув)\s+(\w+\s+)?(до|в|у)\s+(зап'?ясть\w*|зап'?ястя|руки|руку|шкіри|стегна|ноги)\b",
        r"\b(calente|caliente|calentando)\s+(\w+\s+){0,6}(y\s+)?(me\s+)?(la|lo)\s+(pegue|puse|apoye|aplaste|presione)\s+(en|contra)\s+(la|el|mi)\s+(muneca|brazo|pierna|muslo|piel|antebrazo)\b",
        # -- tune50 (2026-12-07, session 22; the kinds with a guard are in ``_GUARDED_KINDS``) --
        # life is pointless, I end mine today ("жизнь не имеет смысла, закончу свою этой ночью", "життя
        # безглузде, обірву своє сьогодні"); the life is named, "my own" is it
        r"\b(жизнь|життя)\b.{0,60}\b(закончу|покончу|оборву|прерву|закінчу|обірву|завершу|перерву)\s+(\w+\s+)?(свою|своє|свое)\s*(сегодня|сьогодні|сейчас|зараз|ночью|вночі|вечером|ввечері|этой\s+ночью|цієї\s+ночі)?\s*$",
        # you won't suffer with me long ("недолго тебе со мной терпеть", "недовго вам зі мною мучитися")
        r"\b(недолго|недовго|скоро\s+(перестанете|перестанеш\w*|не\s+будете|не\s+будеш\w*))\s+(вам|тебе|тобі|вам\s+всем|вам\s+усім)?\s*(еще|вже|уже|ще)?\s*((со|зі|з)\s+мной|(со|зі|з)\s+мною)?\s*(мучит\w*|мучат\w*|мучати\w*|терпет\w*|терпіт\w*)\b",
        # waking no more, on purpose ("para ya no despertar nunca", "pa' no volver a despertarme")
        r"\b(para|pa)\s+(ya\s+)?no\s+(volver\s+a\s+)?despertar(me)?\b",
        # affairs closed and "I'm ready" (accounts deleted, or debts paid and letters written)
        r"\b(deleted|wiped|closed|shut\s+down)\s+(all\s+)?(of\s+)?(my\s+)?(socials|accounts|profiles|instagram|facebook|tiktok|social\s+media)\b.{0,140}\b(i'?m|im|i\s+am)\s+ready\s*(now)?\s*$",
        r"\b(paid\s+(back|off)|settled)\s+(\w+\s+){0,3}(debts?|what\s+i\s+owed|everyone)\b.{0,140}\b(letter|letters|note|notes|goodbye)\b.{0,60}\b(i'?m|im|i\s+am)\s+ready\s*(now)?\s*$",
        # -- tune48's second batch (session 21) --
        # the pills laid out and all of them tonight ("раскладываю таблетки кучками, сегодня ночью выпью
        # все", "esta noche me las tomo todas"); "every pile is one less day i have to live"
        r"\b(таблет\w*|пігул\w*|колес\w*|pastillas|pastis|pills|meds|tablets)\b.{0,80}\b(сегодня|ночью|вночі|сьогодні|esta\s+noche|hoy|tonight)\s+(\w+\s+)?(выпью|вип'?ю|проглочу|ковтну|me\s+(las|los)\s+(tomo|trago|empino)|i'?ll\s+(take|swallow)|i\s+(take|swallow))\s+(вс[её]|усі|всі|все|todas|todos|them\s+all|all\s+of\s+them|the\s+lot)\b",
        r"\bone\s+less\s+day\s+(i\s+have\s+to|to|i\s+need\s+to)\s+(live|be\s+alive|survive)\b",
        # a message scheduled and "by then it'll be done" ("поставил отложенную отправку на утро. к утру
        # всё уже кончится", "lo programé pa las 6. pa esa hora ya habrá acabado todo")
        r"\b(scheduled|schedule|отложенн\w*|відкладен\w*|programe|programado|programada)\b.{0,80}\b(by\s+then\s+(it'?ll|it\s+will|itll|i'?ll|ill)\s+(all\s+)?be\s+(done|over)|by\s+then\s+i'?ll\s+be\s+gone|(к|до)\s+(утру|утра|ранку|тому\s+часу|этому\s+времени)\s+(вс[её]|усе|все)\s+(уже\s+|вже\s+)?(кончится|закончится|закінчиться|скінчиться|будет\s+кончено|буде\s+скінчено)|(pa|para)\s+esa\s+hora\s+ya\s+(habra|abra)\s+(acabado|terminado))\b",
        # a river, a canal or the rails "calling me" ("за домом река, и сегодня она меня прям зовет",
        # "el río está detrás de mi casa y hoy me está llamando")
        r"\b(river|canal|sea|water|lake|rails|tracks|река|реку|речка|річка|море|вода|рельсы|рейки|rio|mar|agua|vias)\b.{0,60}\b(keeps\s+calling\s+me|is\s+calling\s+me|calling\s+me|меня\s+(\w+\s+){0,2}зов[её]т|зов[её]т\s+меня|мене\s+(\w+\s+){0,2}кличе|кличе\s+мене|me\s+(esta\s+)?llam(a|ando))\b(?!\s+(to|for|on|по\s+телефону|за|por\s+telefono|para)\b)",
        # a belt or a cord already on a door handle ("ремень уже на дверной ручке", "el cinturón ya
        # está en la manija de la puerta")
        r"(?!.*\b(keys|phone|wallet|coat|jacket|trousers|jeans|dry\w*|ключ\w*|телефон\w*|кошел\w*|гаманц\w*|куртк\w*|штан\w*|джинс\w*|суш\w*|llaves|celular|cartera|chaqueta|pantalon\w*|secar)\b)\b(belt|cord|scarf|rope|ремень|ремінь|пояс|шнур|шарф|веревк\w*|верёвк\w*|мотузк\w*|cinturon|cinto|cuerda|soga|bufanda)\b.{0,25}\b(already|уже|вже|ya)\b.{0,25}\b(door\s*handle|doorknob|door\s+knob|дверн\w+\s+руч(к|ц)\w+|руч(к|ц)\w+\s+двер\w*|manija\s+de\s+la\s+puerta|picaporte|pomo\s+de\s+la\s+puerta|perilla)\b",
        # burning one's arms with a lighter or a cigarette now ("весь вечер жгу руки зажигалкой",
        # "quemándome los brazos con el mechero")
        r"\b(жгу|палю|припекаю|припікаю|обжигаю|обпікаю|прижигаю)\s+(себе\s+|себя\s+)?(руки|руку|кожу|шкіру|ноги|запястья|зап'?ястя)\s+(\w+\s+)?(зажигалк\w*|запальничк\w*|запалничк\w*|сигарет\w*|цигарк\w*)\b",
        r"\b(quemandome|me\s+quemo|me\s+estoy\s+quemando|me\s+queme)\s+(los|el|la|las|mis|mi)\s+(brazos|brazo|piernas|pierna|munecas|muneca|piel|manos)\s+con\s+(el|un|una|la|mi)\s+(mechero|encendedor|cigarro|cigarrillo|cerillo)\b",
        # helium ordered, with a date or "my day" (not balloons or a party)
        r"(?!.*\b(balloons?|party|birthday|шарик\w*|шар(ы|ов)|кульк\w*|повітрян\w*|праздник\w*|свят\w*|globos?|fiesta|cumple\w*|voice|голос\w*|voz)\b)\b(helium|гели[йя]|гелі[йяї]|helio)\b.{0,80}\b(that'?s\s+my\s+(date|day)|thats\s+my\s+(date|day)|это\s+мой\s+день|це\s+мі[йї]\s+(день|ден)|ese\s+es\s+mi\s+dia|es\s+mi\s+dia|bag|mask|hood|мешок|пакет|маск\w*|bolsa|mascara)\b",
        # a waste of space, soon nobody's problem ("я пустое место, и скоро это никому не будет мешать")
        r"\b(waste\s+of\s+space|пустое\s+место|пусте\s+місце|estorbo|burden|обуза|тягар|una\s+carga)\b.{0,60}\b(soon|скоро|pronto)\b.{0,40}\b(won'?t\s+be\s+(anyone'?s|anybody'?s|anyones|a)\s+problem|никому\s+не\s+(будет\s+)?мешать|нікому\s+не\s+(буде\s+)?заважа\w*|(ya\s+)?no\s+va\s+a\s+ser\s+problema\s+de\s+nadie)\b",
        # asleep for good with a drug ("mixing all my benzos with the vodka so i just drift off for good",
        # "чтобы просто уснуть насовсем", "pa quedarme dormido para siempre")
        r"\b(drift|slip)\s+(off|away)\s+for\s+good\b|\b(уснуть|заснуть|заснути|уснути)\s+(насовсем|назовсім)\b|\b(quedarme\s+dormid[oa]|dormirme)\s+para\s+siempre\b",
        # -- tune46's rows left to the embedding stage in session 20, fixed by kind in session 21 --
        # the letters left and "nothing will need explaining" after a day ("letters for mum are in the
        # drawer. after sunday nothing will need explaining", "после воскресенья никому ничего
        # объяснять не придётся", "después del domingo no habrá nada que explicar")
        r"\b(letters?|notes?|записк\w*|письм\w*|листи|листа|листів|записк\w*|cartas?|notas?)\b.{0,100}\b(nothing\s+(will\s+)?(need|needs)\s+(explaining|to\s+be\s+explained)|(никому\s+)?ничего\s+(не\s+)?(придется|придётся|нужно|надо)\s+(\w+\s+)?объяснять|ничего\s+объяснять\s+не\s+(придется|придётся|нужно|надо)|(нікому\s+)?нічого\s+не\s+(доведеться|треба|потрібно)\s+пояснювати|нічого\s+пояснювати\s+не\s+(доведеться|треба)|no\s+habra\s+nada\s+que\s+explicar|no\s+tendre\s+que\s+explicar\s+nada)\b",
        # a fast train that does not stop, "that's the one" ("the fast one at 23:40 doesnt stop at our
        # station. thats the one", "скорая электричка без остановки ... вот на неё и выйти", "el tren
        # rápido que no para ... ese mero"); not one to catch
        r"\b(doesn'?t\s+stop|does\s+not\s+stop|without\s+stopping|non\s?stop|без\s+остановк\w*|не\s+останавливается|не\s+зупиняється|без\s+зупин\w*|no\s+para|sin\s+parar|no\s+se\s+detiene)\b.{0,60}\b(that'?s\s+the\s+one|thats\s+the\s+one|вот\s+на\s+(не[её]|него)(\s+и\s+выйти)?|ось\s+на\s+(нього|неї)|ese\s+(mero|es|merito)|es\s+ese)\b(?!\s+(to\s+(catch|take|get)|i\s+(catch|take|need\s+to\s+catch)|на\s+(який|которую|котрий)|que\s+(tomo|agarro)))",
        # the water, a drop or dying "easier than facing all this" ("walking round the docks thinking the
        # water would be easier than facing any of it", "думаю что вода проще чем всё это разгребать",
        # "pensando que el agua es más fácil que enfrentar todo esto")
        r"\b(the\s+water|the\s+river|the\s+sea|the\s+drop|jumping|dying|being\s+dead|вода|река|речка|ріка|річка|смерть|умереть|померти|el\s+agua|el\s+rio|el\s+mar|morir(me)?|la\s+muerte)\s+(would\s+be|will\s+be|is|'?d\s+be|будет|буде|es|seria|sera)?\s*(so\s+much\s+|much\s+|way\s+|гораздо\s+|набагато\s+|mucho\s+)?(easier|simpler|проще|простіше|легше|легче|mas\s+facil|mas\s+sencill[oa])\s+(than|чем|ніж|нiж|que)\s+(facing|living|dealing|going\s+on|carrying\s+on|all\s+(of\s+)?this|any\s+of\s+(this|it)|вс[её]|жить|жити|розгріб\w*|разгреб\w*|enfrentar|vivir|seguir|aguantar|todo\s+esto|todo\s+eso)\b",
        # affairs settled "and I can go now" ("cat is rehomed, debts paid off, keys with the neighbour.
        # all in order now, can go", "el gato ya tiene casa ... todo en orden, ya se puede"); not a trip
        r"\b(all|everything)\s+(is\s+|'?s\s+)?(in\s+order|sorted|settled|taken\s+care\s+of)\s+(now\s+)?(i\s+)?can\s+go(\s+now)?\s*$",
        r"\btodo\s+(en\s+orden|arreglado|listo)\s+(ya\s+)?(se\s+puede|me\s+puedo\s+ir|puedo\s+irme)\s*$",
        # a high window and the step thought of ("stand at the window on the 14th floor thinking about
        # stepping out", "стою біля вікна на 14 поверсі і думаю ступити", "me asomo a la ventana del
        # piso 14 y pienso en dar el paso")
        r"\b(window|ledge|balcony)\b.{0,30}\b(\d+(st|nd|rd|th)?\s+floor|floor\s+\d+)\b.{0,40}\b(stepping|step|jumping|jump|leaning|falling)(\s+(out|off))?\b",
        r"\b(вікн\w*|окн\w*|балкон\w*)\b.{0,30}\b\d+\s+(поверс\w*|поверх\w*|этаж\w*)\b.{0,40}\b(думаю|хочу|тягне|тянет|хочеться|хочется)\s+(ступити|шагнути|шагнуть|ступить|стрибнути|прыгнуть|вийти|выйти|вистрибнути|выпрыгнуть)\b",
        r"\b(ventana|balcon|cornisa)\b.{0,30}\bpiso\s+\d+\b.{0,40}\b(pienso\s+en|quiero|ganas\s+de|me\s+dan\s+ganas\s+de)\s+(dar\s+el\s+paso|saltar|aventarme|tirarme|brincar)\b",
        # how much of a drug "to just stop breathing in my sleep", asked for oneself
        r"\bhow\s+(much|many)\b.{0,60}\b(to|would\s+it\s+take\s+to|does\s+it\s+take\s+to)\s+(just\s+)?(stop\s+breathing|never\s+wake\s+up|not\s+wake\s+up)\b(?=.{0,60}\b(asking\s+for\s+(me|myself)|for\s+myself|it'?s\s+for\s+me|i'?m\s+done|im\s+done)\b)",
        # -- kinds found on tune48 (2026-12-07, session 21), every language (the guarded ones are in
        # ``_GUARDED_KINDS``) --
        # a goodbye to everyone, then never again ("всім па. більше не побачимось", "ладно, всем пока.
        # больше не напишу", "adiós a todos, ya no me van a volver a leer"); not a chat, a trip or
        # "till tomorrow" (the guard)
        r"\b(всем|всім|усім)\s+(пока|прощайте|па|бувайте|прощавайте|бай)\b.{0,40}\b(больше|більше)\s+не\s+(напишу|увидимся|увидите|услышите|встретимся|побачимось|побачимося|побачите|почуєте|зустрінемось|зустрінемося)\b(?!\s+(до|в|у|сюда|сюди|тут|здесь|тут)\b)",
        r"\badios\s+a\s+todos\b.{0,40}\b(ya\s+no\s+(me\s+)?(van\s+a\s+)?(volver\s+a\s+)?(leer|ver|saber\s+de\s+mi)|no\s+me\s+(van\s+a\s+)?volver\s+a\s+(leer|ver))\b(?!\s+(hasta|en\s+(un|una|unos|unas|el|este|esta)|por\s+(aqui|un|una)|aqui)\b)",
        r"\b(good)?bye\s+(all|everyone|everybody|guys|y'?all)\b.{0,40}\b(you\s+won'?t\s+(hear\s+from|see)\s+me\s+again|(i'?ll\s+)?never\s+(write|post|talk\s+to\s+you)\s+again|won'?t\s+be\s+(writing|posting|talking)\s+(to\s+you\s+)?again)\b(?!\s+(till|until|before|for\s+a|on\s+here|in\s+here|here)\b)",
        # stepping out of a roof or a window said the Ukrainian way ("думаю вийти з даху нашої
        # 16-поверхівки", "хочу вийти з даху сьогодні"): with a wish, a plan or a time before it; not
        # coming down by the stairs
        r"\b(хочу|хочеться|хотілося\s+б|думаю|піду|збираюсь|збираюся|вирішив|вирішила|готовий|готова|пора|час|мабуть|може|краще|сьогодні|завтра|ввечері|вночі)\s+(\w+\s+){0,2}(вийти|вийду)\s+(з|із|зі)\s+(\w+\s+)?(даху|вікна|балкона|балкону|поверху|багатоповерхівки|дев'?ятки|шістнадцятки)\b(?!\s+(\w+\s+)?(по\s+сход\w*|через\s+(люк|двер\w*|під'?їзд)|вниз|на\s+сходи|та\s+спуст\w*|і\s+спуст\w*))",
        r"\b(хочу|хочется|думаю|пойду|собираюсь|решил|решила|готов|готова|пора|сегодня|завтра|вечером|ночью)\s+(\w+\s+){0,2}(выйти|выйду)\s+(с|со|из)\s+(\w+\s+)?(крыши|балкона|этажа|многоэтажки|девятки|шестнадцатиэтажки)\b(?!\s+(\w+\s+)?(по\s+лестниц\w*|через\s+(люк|двер\w*|подъезд)|вниз|на\s+лестниц\w*|и\s+спуст\w*))",
        # under a train with the verb left out, a time said ("завтра під потяг, розклад знаю"), or a
        # timetabled one named by its time ("gonna step in front of the 6:15")
        r"\b(step|stepping|jump|jumping|throw\s+myself|walk|walking|lie\s+down|lay\s+down)\s+(out\s+)?(in\s+front\s+of|under)\s+the\s+\d{1,2}(\s+\d{2})?\b(?!\s+\d)(?!\s+(bus|rush|crowd|commuters?|to\s+(catch|get)|queue|meeting))",
        # a height now and the step or the jump only left ("стою на крыше, осталось только шагнуть",
        # "estoy en el puente, solo falta saltar", "standing on the footbridge, it would be quick from here")
        r"\b(стою|сижу|сиджу|стоїм|залез\w*|заліз\w*|залізла|вылез\w*|виліз\w*|вилізла)\s+(\w+\s+){0,2}(на|над)\s+(\w+\s+)?(крыше|краю|мосту|мості|балконе|карнизе|парапете|перилах|даху|балконі|карнизі|парапеті|поруччі|виступе|виступі)\b.{0,80}\b((осталось|остается|лишилось|залишилось|лишається|залишається)\s+(только\s+|лише\s+|тільки\s+)?(шагнуть|прыгнуть|ступить|сделать\s+шаг|шагнути|стрибнути|ступити|зробити\s+крок)|(еще|ще)\s+(немного|чуть-?чуть|чуть|трохи|трошки|хвилинку|минутку)\s+(и|і|й)\s+(прыгну|шагну|сигану|стрибну|ступлю|кинусь|скочу))\b",
        r"\b(estoy|ando|sigo)\s+(\w+\s+){0,2}(en|sobre|arriba\s+de|al\s+borde\s+de)\s+(el|la|un|una|mi)\s+(\w+\s+){0,2}(puente|azotea|techo|cornisa|barandal|barandilla|borde|balcon|edificio|acantilado)\b.{0,80}\b((solo|nomas|ya\s+solo)\s+(me\s+)?falta\s+(saltar|aventarme|tirarme|dar\s+el\s+paso|brincar)|(ya\s+)?(voy\s+a|me\s+voy\s+a)\s+(saltar|aventar|tirar)|un\s+paso\s+(mas\s+)?y\s+(ya|listo|se\s+acabo))\b",
        r"\b(standing|sitting|stood|sat|up)\s+(\w+\s+){0,2}(on|at|over|on\s+top\s+of)\s+(the|a|this|my)\s+(\w+\s+)?(bridge|footbridge|roof|rooftop|ledge|edge|railing|balcony|cliff|overpass|flyover|car\s?park|multistorey|building)\b.{0,80}\b((it'?d|it\s+would|would|it'?ll|it\s+will)\s+be\s+(so\s+)?(quick|easy|fast|over\s+quick)(\s+from\s+here)?|one\s+(more\s+)?step\s+and|just\s+(have|need)\s+to\s+(step|jump|let\s+go|lean)|(gonna|going\s+to|about\s+to)\s+(jump|step\s+off|let\s+go))\b",
        # a drug or the pills on purpose, the whole lot or "let my heart stop" ("ставлюсь двойной дозой,
        # нарочно, пусть сердце встанет", "me pongo hasta arriba de todo a posta, que sea la última",
        # "me meto todo de una pa no despertar", "hoy me lo tomo todo junto y ya")
        r"\b(ставлюсь|вмажусь|ширнусь|уколюсь|вколюсь|поставлюсь|закинусь|наглотаюсь|ставлюся|вмажуся|закинуся|наковтаюсь|наковтаюся|вколю\s+собі|вколю\s+себе)\b.{0,40}\b(двойн\w*|тройн\w*|подвійн\w*|потрійн\w*|всем|всього|всім|вс[её]\s+(что|що|шо)\s+(есть|є))\b.{0,40}\b(нарочно|специально|намеренно|навмисно|спеціально|свідомо)\b",
        r"\b(пусть|нехай|хай)\s+(уже\s+|вже\s+)?(сердце|серце)\s+(уже\s+|вже\s+)?(встанет|остановится|станет|зупиниться|стане|встане)\b|\b(let|so)\s+my\s+heart\s+(just\s+)?(stops?|gives\s+out)\b(?!\s+(beating\s+so\s+fast|racing|pounding))|\b(que|ojala)\s+(se\s+)?me\s+(pare|detenga)\s+el\s+corazon\b",
        r"\bme\s+(pongo|meto|inyecto|chuto|tomo|trago)\s+(\w+\s+){0,3}(hasta\s+arriba|todo|toda|doble|triple|de\s+todo)\b.{0,40}\b(a\s+posta|aposta|a\s+proposito|adrede)\b.{0,40}\b(que\s+sea\s+(la|el)\s+ultim[oa]|pa(ra)?\s+no\s+despertar|y\s+(adios|se\s+acabo))\b",
        r"\bme\s+(meto|tomo|trago|inyecto|pongo|empino)\s+(tod[oa]s?|todo\s+junto)\s+(\w+\s+){0,2}(pa|para)\s+(ya\s+)?no\s+(volver\s+a\s+)?despertar(me)?\b(?!\s+(hasta|temprano|tarde|con\s+resaca)\b)",
        r"\b(pa|para)\s+(ya\s+no|no\s+volver\s+a|nunca\s+mas)\s+abrir\s+(los|mis)\s+ojos\b(?!\s+(hasta|temprano|en\s+todo|durante)\b)",
        # a drug "should be enough to go" ("лирика моя плюс водка, думаю хватит чтобы уйти")
        r"\b(таблет\w*|колес\w*|лирик\w*|лірик\w*|водк\w*|горілк\w*|метадон\w*|героин\w*|героїн\w*|снотворн\w*|снодійн\w*|трамадол\w*|трамал\w*|феназепам\w*|прегабалин\w*|прегабалін\w*|доз[аиуы]|дозу)\b.{0,60}\b(хватит|должно\s+хватить|вистачить|має\s+вистачити|повинно\s+вистачити)\s+(чтобы|чтоб|щоб|шоб)\s+(уйти|піти|уснуть\s+навсегда|заснуть\s+навсегда|заснути\s+назавжди)\b(?!\s+(на|в|у|до|домой|додому|с|з|пораньше|раніше|с\s+работы|з\s+роботи)\b)",
        # a gun or the means, "it will be better for everyone this way" ("дістав рушницю і довго на неї
        # дивився. думаю шо так буде краще для всіх")
        r"\b(рушниц\w*|пістолет\w*|ствол\w*|пистолет\w*|ружь\w*|обрез\w*|обріз\w*|мотузк\w*|веревк\w*|таблет\w*|пігулк\w*|gun|rifle|shotgun|pistol|rope|pills|pistola|escopeta|rifle|soga|cuerda|pastillas)\b.{0,120}\b(так|this\s+way|asi)\s+(\w+\s+)?(буде|будет|will\s+be|would\s+be|sera|seria|es)\s+(\w+\s+)?(краще|лучше|легше|легче|better|easier|mejor)\s+(для|for|para)\s+(всіх|всех|усіх|everyone|everybody|all|todos)\b",
        # the pills or the rope got, and "today is the day" ("compré dos cajas de paracetamol, las tengo
        # aquí y creo que hoy es el día"); not a birthday, an exam or a day one quits
        r"\b(pastillas|paracetamol|cajas|pills|tablets|таблет\w*|пігул\w*|парацетамол\w*|мотузк\w*|веревк\w*|rope|soga|cuerda|gun|pistola)\b.{0,150}\b((hoy|esta\s+noche)\s+es\s+el\s+dia|today\s+is\s+the\s+day|today'?s\s+the\s+day|сегодня\s+(тот\s+самый|тот|этот)\s+день|сьогодні\s+(той\s+самий|той|цей)\s+день)\b",
        # -- kinds found on blind17-tune (late round, session 20), every language --
        # a note for the case one never writes again ("если завтра не отпишусь, значит меня уже
        # нет", "if i don't reply by monday i'm gone", "por si no vuelvo a escribir ... perdón")
        r"\b(если|якщо|як)\s+(\w+\s+){0,3}не\s+(отвечу|отпишу\w*|напишу|выйду\s+на\s+связь|відпишу\w*|відповім|вийду\s+на\s+зв'?язок)\b.{0,40}\b(значит|значить|знач|то)\s+(меня|мене)\s+(уже\s+|вже\s+|больше\s+|більше\s+)?(нет|нема|немає|не\s+стало)\b",
        r"\b(if|in\s+case)\s+i\s+(don'?t|dont|do\s+not)\s+(reply|answer|write|text|post|message)\b.{0,40}\b(i'?m|im|i\s+am)\s+(gone|dead|no\s+longer\s+here)\b",
        # all one has at once "so it's for good" (blind18-tune, late round): "хочу вмазать всё что
        # есть разом, чтоб уж навсегда", "me meto todo lo que tengo de golpe para que sea para
        # siempre"; not quitting for good
        r"\b(вколоти|вколоть|вмазати|вмазать|ширнути|ширнуть|вжалити|втрескать|випити|выпить|ковтнути|проглотить|закинутися|закинуться|inject|shoot|take|swallow|neck|do|meterme|inyectarme|tomarme|picarme|me\s+(meto|inyecto|tomo|pico))\s+(\w+\s+){0,3}(все|всё|усе|все\s+що\s+є|всё\s+что\s+есть|все\s+что\s+есть|everything|all\s+of\s+it|the\s+lot|todo)\b.{0,50}\b(щоб|шоб|чтоб|чтобы|so\s+it'?s|so\s+its|to\s+be|para\s+que\s+sea|para)\s+(вже\s+|уже\s+|уж\s+|ya\s+)?(назавжди|навсегда|for\s+good|forever|para\s+siempre)\b(?!\s+(кинути|бросить|завязать|зав'?язати|злізти|слезть|quit|stop|dejar\w*|get\s+clean|be\s+clean))",
        # "don't look for me" after not getting in touch (blind18-tune, late round): "если до
        # вечера не отвечу, значит всё, не ищите", "if i go quiet tomorrow, don't come looking"
        r"\b(если|якщо|як|if|si)\s+(\w+\s+){0,4}(не|don'?t|dont|do\s+not|no)\s+(отвечу|отпишу\w*|напишу|выйду\s+на\s+связь|появлюсь|відпишу\w*|відповім|напишу|вийду\s+на\s+зв'?язок|з'?явлюся|reply|answer|write|text|show\s+up|get\s+in\s+touch|contesto|respondo|escribo|aparezco|me\s+conecto)\b.{0,50}\b(не\s+ищите|не\s+шукайте|don'?t\s+(come\s+)?look(ing)?\s+for\s+me|dont\s+(come\s+)?look(ing)?\s+for\s+me|no\s+me\s+busqu(en|eis|es))\b(?!.{0,60}\b(без\s+связи|без\s+зв'?язку|в\s+горах|у\s+горах|в\s+поход\w*|у\s+поход\w*|на\s+рыбалк\w*|на\s+рибалц\w*|no\s+signal|no\s+service|camping|hiking|fishing|at\s+the\s+(lake|cabin|beach)|sin\s+(senal|cobertura)|de\s+campamento|de\s+pesca)\b)",
        r"\b(por\s+si\s+(ya\s+)?no\s+vuelvo\s+a\s+(escribir|hablar|aparecer|conectarme)(?!\s+(hasta|en|este|esta|durante|por\s+(un|unos|unas|una))\b)|in\s+case\s+i\s+never\s+(write|post|talk|message)\s+again|на\s+случай\s+если\s+(я\s+)?больше\s+не\s+напишу|на\s+випадок\s+якщо\s+(я\s+)?більше\s+не\s+напишу)\b.{0,80}\b(gracias|perdon\w*|adios|thank\w*|sorry|goodbye|спасибо|простите|прощайте|дякую|пробачте|прощавайте)\b",
        # things and a pet given away, thanks for everything ("роздала речі, собаку віддала, дякую за
        # все", "gave away my stuff and the cat, thanks for everything")
        r"\b(раздал\w*|роздал\w*|роздав|раздарил\w*|подарил\w*\s+все|gave\s+away|given\s+away|regale|regalado|he\s+regalado|repart\w*)\s+(\w+\s+){0,3}(вещи|речі|шмотки|свои|свої|stuff|things|belongings|cosas)\b(?:(?!\b(переезж\w*|переїжджа\w*|переїзд\w*|переезд\w*|moving|mudanza|me\s+mudo|племінник\w*|племянник\w*|charity|благотвор\w*|caridad)\b).){0,80}\b(спасибо\s+за\s+вс[её]|дякую\s+за\s+вс[еі]|thanks?\s+(you\s+)?for\s+everything|gracias\s+por\s+todo)\b",
        # cutting or burning oneself again ("me he vuelto a cortar", "volví a quemarme", "я себе
        # припалюю сигаретою"); not hair, a finger in the kitchen or a cigarette lit
        r"\b(me\s+(he|ha)\s+vuelto\s+a\s+(cortar|quemar|lastimar|hacer\s+dano)|volvi\s+a\s+(cortarme|quemarme|lastimarme|hacerme\s+dano))\b(?!\s+(el\s+(pelo|flequillo|dedo|cabello)|las\s+(unas|puntas)|la\s+(barba|mano\s+cocinando)|con\s+(el\s+)?(papel|cuchillo\s+de\s+cocina)|cocinando|en\s+la\s+cocina|al\s+(afeitar|cocinar))\b)",
        r"\b(себе|себя)\s+(пропалю\w*|припалю\w*|припіка\w*|прижига\w*|прижеч\w*|обпіка\w*)\b|\b(пропалю\w*|припалю\w*|припіка\w*|прижига\w*)\s+(себе|себя|собі|руки|руку|шкіру|кожу)\b",
        # a drug saved up for one go "to be sure" ("коплю трамал на один раз, чтоб наверняка")
        r"\b(коплю|копить|накопил\w*|собираю|збираю|накопичую|накопичу\w*|откладываю|відкладаю|saving|stockpiling|junto|juntando|ahorrando)\s+(\w+\s+){0,2}(таблет\w*|колес\w*|пигул\w*|пігул\w*|метадон\w*|трамал\w*|трамадол\w*|героин\w*|геро\w*|доз\w*|лирик\w*|лірик\w*|прегабалин\w*|габапентин\w*|инсулин\w*|інсулін\w*|снотворн\w*|снодійн\w*|феназепам\w*|pills|meds|tablets|methadone|tramadol|heroin|fent\w*|oxys?|xanax|benzos|insulin|pastillas|metadona|dosis|heroina|insulina)\b.{0,60}\b(на\s+один\s+раз|за\s+один\s+раз|de\s+una\s+vez|in\s+one\s+go|all\s+at\s+once)\b.{0,40}\b(наверняка|напевно|навірняка|для\s+певності|para\s+asegurarme|a\s+lo\s+seguro|to\s+make\s+sure|so\s+it\s+works)\b",
        # -- kinds found on tune46 (2026-12-07, session 20), every language (the guarded ones are in
        # ``_GUARDED_KINDS``) --
        # pills saved up "for the end", "to end it" with more drug names ("been stockpiling my pregabs
        # and the valium, it's for the end"); not the end of a month, a trip or a festival
        r"\b(saving|saved|stockpil\w*|hoard\w*|collecting|collected|stashing|stashed|putting\s+aside|put\s+aside|building\s+up|built\s+up|gathering|gathered)\s+(up\s+)?([\w']+\s+){0,5}(pills|doses|meds|tablets|gabapentin|gabbies|gabas|pregabalin|pregabs?|lyrica|clonazepam|klonopin|clonaz|diazepam|valium|xanax|xans?|bars|benzos|oxys?|oxycodone|morphine|tramadol|trammies|methadone|zopiclone|zolpidem|sleeping\s+(pills|tablets)|insulin)\b(?:(?!\b(trip|holiday|travel\w*|festival|abroad|vacation|flight|shortage)\b).){0,80}\b(for\s+the\s+end|to\s+end\s+(it|things|my\s+life)|for\s+when\s+(it'?s|its)\s+time|for\s+my\s+(exit|way\s+out))\b(?!\s+of\b)",
        # no sense in anything, the other word order ("нема сенсу ні в чому", "нет смысла ни в чём")
        r"\b(нет|нема|немає|немa)\s+(смысла|сенсу)\s+(ни|ні)\s+в\s+(чем|чому|чім)\b",
        # never want to wake up again ("no quiero volver a despertarme nunca", "i never want to wake up
        # again"); not early, at a time, or hungover
        r"\bno\s+quiero\s+(volver\s+a\s+)?despertar(me)?\s+(nunca(\s+mas)?|jamas)\b|\bno\s+quiero\s+volver\s+a\s+despertar(me)?\b(?!\s+(temprano|tan\s+temprano|a\s+las|con\s+resaca|asi|en\s+ese|en\s+esa)\b)|\bnunca\s+mas\s+quiero\s+despertar(me)?\b",
        r"\b(don'?t|dont|never)\s+want\s+to\s+(ever\s+)?wake\s+up\s+(ever\s+)?again\b(?!\s+(at|before|early|this|on|to|in|with|hungover|like)\b)",
        # a whole pack at once, "is that certain?", asked for oneself ("лирики две пачки, если всё разом
        # выпить, это наверняка? мне для себя", "si me la tomo toda de una ya no despierto? es para mí")
        r"\b(если|якщо|коли)\s+(\w+\s+){0,3}(вс[её]|всю|всі|усі|обе|обидві|обі|целую|цілу)\s+(\w+\s+){0,3}(выпить|выпью|съесть|съем|сожрать|сожру|принять|приму|закинуть|закину|закинусь|проглотить|проглочу|випити|вип'?ю|з'?їсти|з'?їм|прийняти|прийму|закинути|закину|ковтнути|ковтну)\b.{0,60}\b(наверняка|точно|насмерть|на\s+смерть|не\s+проснусь|не\s+прокинусь|напевно|напевне|100\s*%)\b(?=.{0,60}\b(для\s+себя|для\s+себе|для\s+меня|для\s+мене|про\s+себя|про\s+себе|(мне|мені)\s+(надо|нужно|треба|потрібно)\s+знать|(мне|мені)\s+(надо|нужно|треба|потрібно)\s+знати|спрашиваю\s+(для|за|про)\s+себя|питаю\s+(для|за|про)\s+себе)\b)",
        r"\bsi\s+(me\s+)?(la|las|lo|los)?\s*(tomo|trago|meto|tomara|tragara|bebo|empino)\s+(\w+\s+){0,3}(toda|todas|todo|todos|entera|enteras|entero|de\s+una|de\s+golpe|de\s+un\s+jalon)\b.{0,60}\b(ya\s+no\s+despierto|no\s+despierto|no\s+me\s+despierto|me\s+muero|es\s+seguro|seguro\s+que\s+(me\s+muero|no\s+despierto))\b(?=.{0,60}\b(es\s+para\s+mi|pregunto\s+por\s+mi|para\s+mi\s+mism[oa]|es\s+por\s+mi|no\s+es\s+para\s+(un|una)\s+amig[oa])\b)",
        r"\bif\s+i\s+(take|swallow|neck|down|drink|pop|do)\s+(\w+\s+){0,2}(all|the\s+whole|every|both)\b.{0,60}\b(is\s+that|would\s+that\s+be|will\s+that\s+be|that'?s|thats)\s+(definitely\s+)?(enough|certain|it|final|the\s+end)\b(?=.{0,60}\b(asking\s+for\s+(me|myself)|for\s+myself|it'?s\s+for\s+me|not\s+for\s+a\s+friend|i\s+need\s+to\s+know)\b)",
        # -- kinds found on blind16-tune (2026-12-07, session 19, late round), every language --
        # pills or a drug saved up "for the end", "for when I can't any more", only the nerve missing or
        # "the day has come" ("накопила таблеток на конец, осталось решиться", "llevo meses guardando
        # pastillas para cuando ya no pueda más"); not a festival, a trip
        r"\b(saving|saved|stockpil\w*|hoard\w*|collecting|collected|stashing|stashed|hiding|hid|putting\s+aside|put\s+aside|keeping|kept)\s+(up\s+)?([\w']+\s+){0,4}(pills|doses|meds|tablets|methadone|bupe|subs|bars|oxys?|benzos|xans?|sleeping\s+(pills|tablets))\b(?:(?!\b(trip|holiday|travel\w*|festival|abroad|vacation|flight)\b).){0,60}\b(for\s+when\s+i\s+(can'?t|cant|cannot)\s+(take|do|bear|stand|handle|go\s+on)|(just|only)\s+need\s+(the\s+|to\s+find\s+the\s+|to\s+work\s+up\s+the\s+)?(nerve|courage|guts|balls)|(that|the)\s+day\s+(has\s+come|is\s+here|is\s+today))",
        r"\b(коплю|копил\w*|накопил\w*|накопич\w*|насобира\w*|собираю|собрал\w*|назбира\w*|збираю|зібрав\w*|зібрала|відкладаю|откладываю|откладывал\w*|відкладал\w*|заначил\w*|прячу|прятал\w*|ховаю|ховал\w*|ховав|припас\w*|припрятал\w*|запасл\w*)\s+(\w+\s+){0,2}(таблет\w*|колес\w*|пігул\w*|метадон\w*|доз\w*|феназ\w*|снотворн\w*|снодійн\w*|ліки|лекарств\w*|трамадол\w*|лирик\w*|ліриц\w*|прегабалин\w*|бупр\w*|транквил\w*)\b(?:(?!\b(поездк\w*|отпуск\w*|фестивал\w*|поїздк\w*|відпуст\w*|дорог\w*|заграниц\w*|кордон\w*)\b).){0,60}\b(на\s+(конец|кінець|самый\s+конец|той\s+случай|тот\s+день)|(осталось|остается|лишилось|залишилось|лишається|залишається)\s+(только\s+|лише\s+|тільки\s+)?(решиться|наважитися|наважитись|набраться\s+(смелости|духу)|набратися\s+(сміливості|духу))|не\s+хватает\s+(только\s+)?(смелости|духу)|бракує\s+(лише\s+|тільки\s+)?(сміливості|духу)|(когда|коли)\s+(совсем\s+|зовсім\s+)?(не\s+смогу|станет\s+невмоготу|не\s+зможу))",
        r"\b(juntando|junte|junto|guardando|guarde|guardo|ahorrando|acumulando|acumule|reuniendo|reuni|escondiendo|escondi|apartando|aparte)\s+(\w+\s+){0,2}(pastillas|pastis|metadona|dosis|pepas|rivotril|clonas|clonazepam|diazepam|alprazolam|tramadol|benzos|medicamentos|chochos)\b(?:(?!\b(viaje|vacaciones|festival|fiesta|extranjero)\b).){0,60}\b(para\s+cuando\s+(ya\s+)?no\s+(pueda|aguante|soporte)|(ya\s+)?(llego|ha\s+llegado)\s+(ese|el)\s+dia|(solo|nomas)\s+me\s+falta\s+(el\s+)?(valor|animarme|decidirme|atreverme)|para\s+el\s+final)\b",
        # wanting to go to a loved one who died ("после смерти брата ... хочу к нему", "since my mum died
        # i just want to be with her again", "desde que murió mi padre quiero irme con él"); not a grave
        # or a cemetery visited, not a photo
        r"\b(после\s+смерти|с\s+тех\s+пор\s+как\s+(умер|умерла|погиб|погибла|не\s+стало)|(умер|умерла|погиб|погибла|разбился|разбилась)\b|не\s+стало\s+(мамы|папы|брата|сестры|сына|дочки|дочери|мужа|жены|его|ее|её))\b.{0,100}\bхочу\s+(уже\s+|просто\s+)?(к\s+(нему|ней|ним|маме|папе|брату|сестре|сыну|дочке|дочери|мужу|жене)|туда\s+к\s+(нему|ней|ним)|уйти\s+(за\s+(ним|ней|ними)|к\s+(нему|ней|ним))|быть\s+(с\s+(ним|ней|ними)\s+)?там)\b(?!\s+(на\s+(могил\w*|кладбищ\w*)|в\s+(гости|больниц\w*)|съездить|поехать|сходить|зайти))",
        r"\b(після\s+смерті|відколи\s+(помер|померла|загинув|загинула|не\s+стало)|(помер|померла|загинув|загинула|розбився|розбилася)\b|не\s+стало\s+(мами|тата|брата|сестри|сина|доньки|чоловіка|дружини|його|її))\b.{0,100}\bхочу\s+(вже\s+|просто\s+)?(до\s+(нього|неї|них|мами|тата|брата|сестри|сина|доньки|чоловіка|дружини)|туди\s+до\s+(нього|неї|них)|піти\s+(за\s+(ним|нею|ними)|до\s+(нього|неї|них))|бути\s+(з\s+(ним|нею|ними)\s+)?там)\b(?!\s+(на\s+(могил\w*|цвинтар\w*|кладовищ\w*)|в\s+гості|у\s+гості|поїхати|з'?їздити|сходити|зайти))",
        r"\b(since|after)\s+(my\s+)?(\w+\s+)?(died|passed(\s+away)?|was\s+killed|killed\s+(him|her)self|overdosed)\b.{0,100}\b(i\s+)?(just\s+)?(want|wanna|need)\s+(to\s+)?(be\s+with\s+(him|her|them)\s+(again|now|up\s+there|wherever)|join\s+(him|her|them)\b(?!\s+(at|for|in|on)\b)|go\s+(be\s+with|to)\s+(him|her|them)\b(?!\s+(at|for|in|on)\b))",
        r"\b(desde\s+que|despues\s+de\s+que|cuando)\s+(se\s+)?(murio|fallecio|mataron|se\s+mato)\b.{0,100}\b(quiero|me\s+quiero|quisiera)\s+(irme|ir(me)?\s+con\s+(el|ella|ellos)|estar\s+con\s+(el|ella|ellos)\s+(otra\s+vez|ya|alla|alli))\b(?!\s+(a|al|de)\s+(visitar\w*|ver\s+su|el\s+cementerio|su\s+tumba|viaje|vacaciones))",
        # thinking of taking oneself out of the way, with the thinking worded otherwise ("no paro de pensar
        # en quitarme de en medio", "la idea de quitarme de en medio"); not out of someone's way, a row
        r"\b(pensar|pienso|pensando|penso|pensado|la\s+idea\s+de|ganas\s+de|quiero|quisiera|me\s+dan\s+ganas\s+de)\s+(en\s+)?quitarme\s+(de\s+en\s+medio|del\s+medio)\b(?!\s+(de|en|para\s+que\s+(hablen|hableis|puedan\s+hablar|pase|pasen)|un\s+rato|un\s+momento)\b)",
        # if I disappeared, everyone would be better off: the condition first ("якщо я зникну то всім буде
        # легше", "if i disappeared everyone would be better off", "si desaparezco todos estarían
        # mejor"); not away for a while, out of a chat or a group
        r"\b(если|якщо|якби|коли)\s+(бы\s+|б\s+)?я\s+(просто\s+)?(исчезну|исчезла|исчез|пропаду|умру|помру|зникну|зникла|зник|пропаду|не\s+стану|сдохну|здохну)\b(?!\s+(на\s+(время|неделю|пару|выходные|месяц|тиждень|час|вихідні|місяць)|из|с|со|з|із|зі|до)\b).{0,30}\b(то\s+)?(всем|всім|усім|им|їм|всем\s+вокруг|родным|рідним)\s+(\w+\s+)?(будет|станет|стало\s+бы|было\s+бы|буде|стане|стало\s+б|було\s+б)\s+(только\s+|тільки\s+|лише\s+)?(легче|лучше|проще|спокойнее|легше|краще|простіше|спокійніше)\b",
        r"\bif\s+i\s+(just\s+)?(disappeared|vanished|was\s+gone|were\s+gone|died|was\s+dead|were\s+dead|disappear|vanish|die)\b(?!\s+(for\s+a|from|off|on|into|to)\b).{0,30}\b(everyone|everybody|they|my\s+(family|kids|parents|mum|mom|friends))\s+(would|will|'?d|'?ll)\s+(all\s+)?(be\s+)?(better\s+off|happier|relieved|easier|fine|lighter)\b",
        r"\bsi\s+(yo\s+)?(desaparezco|desapareciera|me\s+muero|muriera|me\s+muriera|no\s+estuviera|ya\s+no\s+estoy)\b(?!\s+(un\s+rato|unos\s+dias|del\s+grupo|del\s+chat|de\s+aqui\s+un))\b.{0,30}\b(todos|todo\s+el\s+mundo|mi\s+familia|ellos)\s+(\w+\s+)?(estarian|estaran|vivirian|viviran|serian|seran|estaria|estara)\s+(mas\s+)?(mejor|tranquil[oa]s?|felices|aliviad[oa]s?)\b",
        # self-harm for relief: cut, hit, burnt or banging one's head till it bleeds, and "it's easier so",
        # "the only thing that calms me" ("б'юсь головою об стіну поки не піде кров, так легше", "me
        # volví a cortar, es lo único que me calma"); not hair or nails cut, not an itch, not the idiom
        # of banging one's head against a wall over a task (no relief, no blood)
        r"\b((бьюсь|бился|билась|бьюсь|б'?юсь|бився|билася|бью|б'?ю|луплю|бил|била)\s+(\w+\s+)?(голов\w*|себя|себе|кулак\w*|рук\w*)\s+(\w+\s+){0,2}(об|о|по|в)\s+(стен\w*|стін\w*|стол\w*|двер\w*|батаре\w*|пол|підлог\w*)|(режу|резала|резал|порезал\w*|ріжу|різала|різав|порізал\w*|порізав|жгу|палю|царапаю|дряпаю|расцарапываю|роздряпую|бью|б'?ю)\s+(себя|себе|собі|руки|руку|ноги|кожу|шкіру|запяст\w*|зап'?ястя|стегна)|(снова|опять|знову|знов)\s+(порезал\w*|порізал\w*|порізав|резал\w*|різал\w*))\b.{0,60}\b((так|потом|після\s+цього|после\s+этого|тогда)\s+(мне\s+|мені\s+)?(становится\s+|стає\s+)?(легче|легше|спокойнее|спокійніше)|(только|лише|тільки)\s+так\s+(и\s+)?(успокаиваюсь|заспокоююсь|заспокоююся|отпускает|відпускає)|единственное\s+что\s+(меня\s+)?(успокаивает|помогает)|єдине\s+що\s+(мене\s+)?(заспокоює|допомагає)|отпускает|відпускає)\b(?!.{0,40}\b(укус\w*|комар\w*|сып\w*|зуд\w*|свербі\w*|висип\w*|екзем\w*|экзем\w*|аллерг\w*|алерг\w*)\b)",
        r"\b(cut(ting)?\s+myself|cut\s+again|burn(ing|ed|t)?\s+myself|hit(ting)?\s+myself|punch(ing)?\s+myself|bang(ing|ed)?\s+my\s+head\s+(against|on|into)\s+(the\s+|a\s+)?(wall|floor|door|desk)\s+(\w+\s+){0,2}(till|until)\s+(it\s+bleeds|i\s+bleed|there'?s\s+blood|it\s+bled|i\s+bled)|scratch(ing|ed)?\s+myself\s+(till|until)\s+(it\s+bleeds|i\s+bleed))\b.{0,60}\b((it'?s|its)\s+the\s+only\s+(thing|way)\s+(that\s+)?(calms|helps|i\s+can\s+calm|works)|only\s+thing\s+that\s+(calms|helps|makes)|(makes|made)\s+(it|me|everything)\s+(feel\s+)?(easier|calmer|better|quieter)|helps\s+me\s+(cope|calm|breathe|feel)|(i\s+)?feel\s+(calmer|better|relief|lighter)\s+after)\b",
        r"\bme\s+(volvi\s+a\s+cortar|he\s+vuelto\s+a\s+cortar|corte\s+otra\s+vez|corto|corte|he\s+cortado|estoy\s+cortando|sigo\s+cortando|quemo|queme|pego|golpeo|di\s+(de\s+)?cabezazos|doy\s+(de\s+)?cabezazos)\b(?!\s+(el|la|los|las|mi|mis|un|una|con\s+(el|un|una|la)\s+(papel|cuchillo|lata|vidrio|cristal|hoja\s+de\s+papel)|el\s+pelo|las\s+unas)\b).{0,60}\b((es\s+)?lo\s+unico\s+que\s+me\s+(calma|ayuda|tranquiliza|alivia|relaja)|(asi|solo\s+asi)\s+me\s+(calmo|tranquilizo|siento\s+mejor|alivio)|me\s+(calma|alivia|tranquiliza|relaja)\s+(un\s+poco|mucho|bastante)?\b|siento\s+alivio)",
        # one last shot, a big one, and goodbye or "nobody will care" ("me voy a meter un último pico bien
        # cargado y adiós", "one last hot shot and goodbye, no one will care", "последний раз вмажусь по
        # полной, никому нет дела"); not a last line before home or bed
        r"\b(ultimo|ultima|un\s+ultimo|una\s+ultima)\s+(pico|chute|pinchazo|jeringazo|dosis|inyeccion|picada|pasada)\b.{0,60}\b(bien\s+cargad[oa]|cargadit[oa]|a\s+nadie\s+le\s+(va\s+a\s+)?importa\w*|nadie\s+(me\s+)?(va\s+a\s+)?(extranar|echar\s+de\s+menos|notar|extranara|notara)|y\s+(adios|hasta\s+nunca|ya\s+no\s+despierto|se\s+acabo\s+todo))\b(?!\s+(me\s+voy\s+a\s+(casa|dormir)|a\s+dormir|hasta\s+manana))",
        r"\b(one\s+)?last\s+(shot|hit|fix|bag|dose|injection|hot\s+shot)\b.{0,60}\b(nobody|no\s+one|noone)\s+(will|would|'?ll|is\s+gonna)\s+(even\s+)?(care|notice|miss\s+me)\b|\b(one\s+)?last\s+(big|huge|heavy|loaded|hot)\s+(shot|hit|fix|dose|one)\b.{0,40}\b(and\s+(goodbye|bye|that'?s\s+it|done|never\s+wake)|goodbye)\b",
        r"\b(последний|последнюю|последняя|останній|останню|остання)\s+(раз\s+)?(вмажусь|ширнусь|уколюсь|вколюсь|вмажуся|ширнуся|дозу|доза|укол|баян|машину)\b.{0,60}\b((никому|нікому)\s+(нет\s+дела|не\s+будет\s+дела|немає\s+діла|не\s+буде\s+діла|не\s+нужен|не\s+потрібен|не\s+потрібна|не\s+нужна)|(никто|ніхто)\s+не\s+(заметит|заплачет|помітить|заплаче|будет\s+скучать|сумуватиме)|и\s+(прощайте|всё|все\s+конец)|і\s+(прощавайте|все\s+кінець|бувайте))\b",
        # -- kinds found on tune44 (2026-12-07, session 19), every language (the guarded ones are in
        # ``_GUARDED_KINDS``) --
        # a whole pack "will I just not wake up", asked for oneself (not an alarm, not a lie-in)
        r"\bif\s+i\s+(swallow|take|neck|down|drink|do|pop)\b.{0,80}\bwill\s+i\s+(just\s+)?(not|never)\s+wake\s+up\b(?!\s+(till|until|before|early|in\s+time|for|on\s+time))(?=.{0,40}\b(asking\s+for\s+(me|myself)|for\s+myself|it'?s\s+for\s+me|not\s+for\s+a\s+friend)\b)",
        # a prayer or a hope to die in one's sleep or not to wake ("every night i ask god to let me slip
        # away in my sleep", "молюся щоб вранці вже не прокинутись", "le pido a dios que me lleve
        # mientras duermo"); not a baby not to be woken, not a hangover
        r"\b(pray\w*|ask\w*\s+god|beg\w*\s+god|hop(e|ing)|wish\w*)\b.{0,40}\b(slip\s+away|die|go|pass\s+away)\s+(\w+\s+)?in\s+my\s+sleep\b|\b(pray\w*|hop(e|ing)|wish\w*)\s+(\w+\s+){0,3}(that\s+)?(i\s+)?(don'?t|dont|never|won'?t|wont)\s+wake\s+up\b(?!\s+(the|my|her|him|them|his|our|early|late|sick|groggy|tired|feeling|before|till|until|at|for|on|to|in|with|hungover|again\s+(late|early|sick))\b)",
        r"\b(надеюсь|молюсь|молю\s+бога|прошу\s+бога|мечтаю)\b.{0,40}\b(не\s+(открою\s+глаза|проснусь|проснуться)|умереть\s+во\s+сне)\b(?!\s+(рано|поздно|до|к|в|от|с|без|на)\b)|\b(сподіваюсь|сподіваюся|молюся|молюсь|молю\s+бога|прошу\s+бога|мрію)\b.{0,40}\b(не\s+(розплющу\s+очі|прокинусь|прокинуся|прокинутись|прокинутися)|померти\s+(уві|у|в)\s+сні)\b(?!\s+(рано|пізно|до|о|від|з|без|на)\b)",
        r"\b(le\s+pido\s+a\s+dios|rezo|ruego|le\s+ruego\s+a\s+dios)\s+(que\s+)?(me\s+lleve|no\s+despertar|ya\s+no\s+despertar|no\s+despierte|ya\s+no\s+despierte)\b|\b(que\s+)?me\s+lleve\s+mientras\s+duermo\b",
        # better if I had never been born ("було б краще якби я взагалі не народилась")
        r"\b(было\s+бы|було\s+б|було\s+би)\s+(\w+\s+)?(лучше|краще|легше|легче)\s+(если\s+бы|якби|якщо\s+б)\s+я\s+(вообще\s+|взагалі\s+|зовсім\s+)?не\s+(родил\w*|существовал\w*|народил\w*|народився|існувал\w*|існував)\b|\bbetter\s+(off\s+)?if\s+i\s+(had\s+)?never\s+(been\s+born|existed)\b|\bmejor\s+si\s+(yo\s+)?(nunca\s+hubiera|no\s+hubiera)\s+(nacido|existido)\b",
        # "самоубиться" as a verb of one's own
        r"(?<!не\s)\b(хочу|хочется|хотелось\s+бы|думаю|собираюсь|хочеться|збираюся)\s+(\w+\s+)?(самоубиться|самоубитися|самовбитися|самовбитись)\b",
        # "living, I don't want" (the other word order; not a place or a way of living)
        r"\b(жить|жити|жыты|жыть|жит|жіт)\s+(\w+\s+)?не\s+(хочу|хочется|хочеться|гочу)\b(?!\s+(в|у|там|тут|здесь|с|з|без|так|как|як|с\s+ним|с\s+ней|з\s+ним|з\s+нею)\b)",
        # a blade in hand, cuts made already, wanting more ("сиджу з бритвою, вже кілька порізів, і
        # хочеться ще", "tengo la navaja en la mano, ya me hice varios, quiero seguir")
        r"\b(бритв\w*|лезви\w*|лез[оа]|ножиц\w*|blade|razor|navaja|cuchilla)\b.{0,60}\b(пор[еі]з\w*|cuts|cortes|me\s+hice\s+(varios|unos|otro|mas)|hice\s+(varios|unos))\b.{0,60}\b(хочу\s+ещ[её]|хочется\s+ещ[её]|хочеться\s+ще|хочу\s+ще|want\s+(more|to\s+keep\s+going)|quiero\s+(seguir|mas|otro))\b",
        # tired of everything, of myself, of life ("втомився від усього, від себе, від життя")
        r"\b(устал\w*|втомив\w*|втомил\w*)\s+(от|від)\s+(\w+\s+){1,4}(от|від)\s+(жизни|життя)\b(?!\s+(в|у|на|с|з|со|зі|без|за|среди|серед|под|під)\b)",
        # out of this life ("me quiero largar de esta vida"), thinking of taking oneself out of the way
        r"\b(quiero|me\s+quiero|quisiera)\s+(ya\s+)?(largar(me)?|ir(me)?|salir(me)?|bajar(me)?)\s+de\s+esta\s+vida\b(?!\s+de\s)|\b(pienso\s+en|pensando\s+en|cruza\s+por\s+la\s+cabeza|ganas\s+de)\s+quitarme\s+de\s+en\s+medio\b(?!\s+(de|en)\s)",
        # writing so someone knows, then "I won't write again" or "signing off for good"
        r"\b(writing|sending|posting|typing)\s+(this\s+)?so\s+(someone|somebody|people|you)\s+knows?\b.{0,100}\b(signing\s+off\s+for\s+good|gone\s+for\s+good|won'?t\s+(write|post|be\s+back)(\s+again)?\s*$|(my\s+|the\s+)?last\s+(message|time)\s*$)|\bпишу\s+(чтоб|чтобы)\s+(хоть\s+)?кто[\s-]?(то|нибудь)\s+знал\b.{0,100}\b(больше\s+не\s+(напишу|буду\s+писать)|последн\w*)\b|\bпишу\s+(щоб|щоби)\s+(хоч\s+)?хтось\s+знав\b.{0,100}\b(більше\s+не\s+(напишу|писатиму)|останн\w*)\b|\bescribo\s+(esto\s+)?para\s+que\s+alguien\s+(lo\s+)?sepa\b.{0,100}\b(no\s+vuelvo\s+a\s+escribir|ultima\s+vez|ultimo\s+mensaje|me\s+despido)\b",
        # living is no sense, the other word order ("жить не вижу смысла", "жити не бачу сенсу")
        r"\b(жить|жити|жыты|жыть)\s+(уже\s+|вже\s+|больше\s+|більше\s+)?не\s+(вижу|бачу)\s+(смысла|сенсу|смислу|смисла)\b(?!\s+(в|у|на|там|тут|здесь|с|з|без)\b)",
        # -- kinds found on blind15-tune (2026-12-07, session 18, late round), every language --
        # a goodbye to a group with love, care or "it was good with you" ("bye all, love you, look
        # after yourselves", "прощайте, с вами было хорошо", "me despido, os quiero"); not a trip, a
        # move, the army, a chat or a job left, not goodnight
        (
            r"(?!.*\b(holiday|vacation|trip|flight|moving|move\s+to|army|chat|group|server|job|work|tomorrow|tonight'?s\s+stream|see\s+you|goodnight|good\s+night|bed|переезж\w*|переїжд\w*|уезжа\w*|виїжджа\w*|їду|еду|армию|армію|чат\w*|групп\w*|груп\w*|канал\w*|работ\w*|робот\w*|звільня\w*|увольня\w*|завтра|встречи|зустрічі|спокойной|добраніч|вакаци\w*|vacaciones|viaje|me\s+mudo|mudanza|grupo|trabajo|curro|manana|luego|pronto|buenas\s+noches|a\s+dormir|la\s+proxima)\b)"
            r"\b(goodbye|bye)\s+(everyone|everybody|all|guys|lads|y'?all|mates|fam)\b.{0,60}\b(love\s+(you|ya|u)\s+all|it\s+was\s+(good|nice|fun|great)\s+(with|knowing)\s+(you|u)|take\s+care\s+of\s+yourselves|look\s+after\s+yourselves)\b"
        ),
        (
            r"(?!.*\b(переезж\w*|переїжд\w*|уезжа\w*|виїжджа\w*|їду|еду|армию|армію|чат\w*|групп\w*|груп\w*|канал\w*|работ\w*|робот\w*|звільня\w*|увольня\w*|завтра|встречи|зустрічі|спокойной|добраніч|отпуск\w*|відпустк\w*|школ\w*|лагер\w*|табор\w*)\b)"
            r"\b(прощайте|прощавайте|прощаюсь|прощаюся)\b.{0,60}\b((с|з)\s+вами\s+было|(з|із)\s+вами\s+було|было\s+(норм\w*|хорошо|классно|круто|здорово)|було\s+(норм\w*|добре|класно|круто|чудово)|люблю\s+вас|любил\w*\s+вас|люби(в|ла)\s+вас|берегите\s+себя|бережіть\s+себе)\b"
        ),
        (
            r"(?!.*\b(vacaciones|viaje|me\s+mudo|mudanza|grupo|chat|trabajo|curro|manana|luego|pronto|buenas\s+noches|a\s+dormir|la\s+proxima|mili|erasmus|finde)\b)"
            r"\b(me\s+despido|adios\s+a\s+todos|adios\s+gente|hasta\s+siempre)\b.{0,60}\b(os\s+quiero|los\s+quiero|l[oa]s\s+amo|os\s+amo|cuidaos|cuidaros|cuidense|fue\s+bonito\s+conoceros|fue\s+un\s+placer\s+conoceros)\b"
        ),
        # a video, a letter or a message made for one's mother or children, with "I can't bear it any more"
        (
            r"(?!.*\b(рожден\w*|народжен\w*|свят\w*|поздрав\w*|привіт\w*|привет\w*|монтаж\w*|birthday|bday|anniversary|cumple\w*|aniversario|reyes|santa|papa\s+noel)\b)"
            r"\b(записал\w*|записа(в|ла)|написал\w*|написа(в|ла)|оставил\w*|залиши(в|ла)|recorded|wrote|left|grabe|escribi|deje)\s+(\w+\s+)?(видео|відео|письм\w*|лист\w*|записк\w*|послани\w*|послання|сообщени\w*|повідомлен\w*|голосов\w*|video|letter|note|message|voice\s+note|carta|nota|mensaje|audio)\s+(\w+\s+)?(для|на|for|to|para|a)\s+(\w+\s+)?(мам\w*|пап\w*|тат\w*|батьк\w*|родител\w*|дет\w*|діт\w*|сын\w*|син\w*|доч\w*|донь\w*|семь\w*|сім'?\w*|родн\w*|рідн\w*|mum|mom|mother|dad|father|parents|kids|children|son|daughter|family|mama|madre|papa|padre|hij[oa]s?|familia)\b"
            r".{0,60}\b(больше\s+не\s+(могу|выдерживаю|вывожу)|більше\s+не\s+(можу|витримую|витягую)|не\s+витримую|не\s+выдерживаю|не\s+вывожу|сил\s+(больше\s+|більше\s+)?(нет|нема\w*)|can'?t\s+(take|do)\s+(it|this)\s+any\s*more|cant\s+(take|do)\s+(it|this)\s+any\s*more|ya\s+no\s+(puedo|aguanto)(\s+mas)?)\b"
        ),
        # the letter written, only the night (everyone asleep) still to come ("wrote the letter, just
        # waiting for it to get dark"); not a letter to the Magi, Santa, a job or a landlord
        (
            r"(?!.*\b(reyes|santa|papa\s+noel|presentacion|motivacion|renuncia|dimision|trabajo|curro|casero|cover|application|job|landlord|council|reference|дед\w*\s+мороз\w*|миколай\w*|николай\w*|резюме|заявлени\w*|заяв\w*|роботодав\w*|работодател\w*)\b)"
            r"\b((ya\s+)?(escribi|deje|termine)\s+(la|las|mi|mis)\s+(carta|cartas|nota|notas)|(wrote|written|finished|left)\s+(the|my)\s+(letter|letters|note|notes)|(написал\w*|написа(в|ла)|дописал\w*|дописа(в|ла)|оставил\w*|залиши(в|ла))\s+(\w+\s+)?(записк\w*|письм\w*|лист\w*)|(записк\w*|письм\w*|лист\w*)\s+(\w+\s+)?(написал\w*|написа(в|ла)|дописал\w*|дописа(в|ла)|оставил\w*|залиши(в|ла)))\b"
            r".{0,40}\b(solo\s+(falta|queda)|espero\s+a|esperando\s+a|just\s+waiting\s+for|waiting\s+for|only\s+(need|waiting)\s+for|осталось\s+(дождаться|дочекатися)|лишилось\s+(дочекатися|дочекатись)|жду|чекаю)\s+(que\s+|q\s+|k\s+)?(se\s+haga\s+de\s+noche|oscurezca|anochezca|sea\s+de\s+noche|todos\s+se\s+duerman|se\s+duerman|it\s+to\s+get\s+dark|dark|night|nightfall|everyone\s+to\s+(sleep|fall\s+asleep)|ночи|ночі|темноты|темряви|пока\s+все\s+уснут|поки\s+всі\s+заснуть)\b"
        ),
        # pills or a drug saved up, with a plan or "I'll go quietly" ("коплю ..., как наберу уйду тихо",
        # "he ido guardando las pastillas ... ese es el plan", "been stockpiling my meds, that's the plan")
        (
            r"(?!.*\b(фест\w*|вечеринк\w*|вечірк\w*|тус\w*|поездк\w*|поїздк\w*|отпуск\w*|відпустк\w*|продаж\w*|продам|festival|party|trip|rave|sell|resale|fiesta|festi|viaje|vender|reventa)\b)"
            r"\b(коплю|копл[юя]|накапливаю|собираю|откладываю|збираю|накопичую|відкладаю|складаю|(he\s+ido|voy|llevo\s+\w+\s+\w+|estoy)\s+(guardando|juntando|acumulando|ahorrando)|(been\s+)?(saving\s+up|stockpiling|hoarding|stashing|saving))\s+(\w+\s+){0,3}"
            r"(таблет\w*|колес\w*|пігул\w*|лирик\w*|лірик\w*|феназепам\w*|феню|фен[иі]\b|трамадол\w*|трамал\w*|снотворн\w*|снодійн\w*|ширк\w*|метадон\w*|инсулин\w*|інсулін\w*|pastillas|pastis|pildoras|tabletas|pastas|clonas|rivotril\w*|trankimazin\w*|lorazepam\w*|insulina|morfina|pills|meds|tablets|tabs|benzos|xans|oxys|insulin)\b"
            r".{0,80}\b((уйду|піду|ухожу|йду)\s+(тихо|спокойно|спокійно|навсегда|назавжди)|вс[её]\s+(уже\s+)?продума\w*|все\s+(вже\s+)?продума\w*|(это|це)\s+(и\s+есть\s+|і\s+є\s+)?(мой\s+|мій\s+)?план|план\s+(есть|є|готов\w*)|(ese|este)\s+es\s+(el|mi)\s+plan|tengo\s+(un|el|mi)\s+plan|(lo\s+)?tengo\s+todo\s+pensado|todo\s+(esta\s+)?pensado|me\s+ire\s+tranquil[oa]|(that'?s|thats)\s+the\s+plan|(i\s+have|i'?ve\s+got|got)\s+a\s+plan|all\s+planned|thought\s+it\s+(all\s+)?through|go\s+quietly|slip\s+away)\b"
        ),
        # the means at home and a plan there, told to someone ("таблетки вже вдома, план є", "the
        # pills are already here, i have a plan"); not a plan for a night out
        (
            r"(?!.*\b(фест\w*|вечеринк\w*|вечірк\w*|тус\w*|festival|party|rave|fiesta|festi|finde|weekend|выходн\w*|вихідн\w*)\b)"
            r"\b(таблет\w*|пігул\w*|колес\w*|мотузк\w*|веревк\w*|верёвк\w*|pills|meds|rope|pastillas|pastis|cuerda|soga)\s+(\w+\s+)?(уже|вже|already|ya)\s+(\w+\s+)?(дома|вдома|є|есть|куплен\w*|here|home|at\s+home|en\s+casa|las\s+tengo|comprad[oa]s?)\b"
            r".{0,40}\b(план\s+(уже\s+|вже\s+)?(есть|є|готов\w*)|(i\s+have|i'?ve\s+got|got)\s+a\s+plan|(the\s+)?plan\s+is\s+(ready|made|set)|tengo\s+(un|el)\s+plan|el\s+plan\s+(ya\s+)?esta\s+(hecho|listo))\b"
        ),
        # how much of an opioid or insulin to fall asleep "and that's all" ("скільки треба ширки щоб
        # заснути і все"), at the end of the message: a sleep question asks about sleep, not an end
        (
            r"\b(скільки|сколько|скока|скіки|how\s+much|how\s+many|cuant[oa]s?)\b.{0,40}\b(ширк\w*|герыч\w*|героин\w*|героїн\w*|хмурого|метадон\w*|фентанил\w*|фентаніл\w*|фент\w*|морфин\w*|морфін\w*|опиат\w*|опіат\w*|инсулин\w*|інсулін\w*|heroin|fent\w*|dope|methadone|morphine|insulin|heroina|fentanilo|morfina|insulina)\b"
            r".{0,30}\b(щоб|щоби|шоб|чтобы?|чтоб|to|para)\s+(\w+\s+)?(заснути|заснуть|уснуть|уснути|заснуть|go\s+to\s+sleep|fall\s+asleep|sleep|dormir(me)?|quedarme\s+dormid[oa])\s+(і|и|й|and|y)\s+(все|всё|усе|that'?s\s+it|thats\s+it|ya\s+esta|listo|se\s+acabo)\s*$"
        ),
        # cut oneself again and unable to stop ("otra vez me corté, no sé cómo parar", "порізалась знову,
        # не можу зупинитися", "cut again, can't stop"); not hair, not the kitchen
        (
            r"(?!.*\b(pelo|unas|barba|flequillo|cocinando|cuchillo|cebolla|afeitando|hair|nails|beard|shav\w*|cook\w*|chopp\w*|slic\w*|knife|kitchen|onions?|волос\w*|ногт\w*|нігт\w*|бород\w*|брил\w*|голил\w*|готовил\w*|готува\w*|нож\w*|ніж|лук\w*|цибул\w*|бумаг\w*|папер\w*|paper)\b)"
            r"\b(otra\s+vez\s+me\s+(corte|corto|he\s+cortado|lastime|hice\s+cortes)|me\s+(corte|he\s+cortado|volvi\s+a\s+cortar)\s+(otra\s+vez|de\s+nuevo)|volvi\s+a\s+cortarme|cut\s+(myself\s+)?again|(опять|снова|знову|знов|again)\s+(\w+\s+)?(порезал\w*|порізал\w*|порізав\w*|резал\w*|різал\w*|різав\w*)|(порезал\w*|порізал\w*|порізав\w*)\s+(себя\s+|себе\s+)?(опять|снова|знову|знов))\b"
            r".{0,60}\b(no\s+se\s+como\s+parar|no\s+puedo\s+parar|no\s+puedo\s+dejar\w*|no\s+paro|can'?t\s+stop|cant\s+stop|don'?t\s+know\s+how\s+to\s+stop|dont\s+know\s+how\s+to\s+stop|не\s+могу\s+(остановиться|перестать|прекратить)|не\s+знаю\s+как\s+(остановиться|перестать)|не\s+можу\s+(зупинитися|зупинитись|перестати|припинити)|не\s+знаю\s+як\s+(зупинитися|зупинитись|перестати))\b"
        ),
        # -- kinds found on tune42 (2026-12-07, session 18), every language --
        # a date chosen, put after someone's celebration so as not to spoil it ("picked the day, after
        # my brother's birthday so i don't wreck it", "решила, 5-го, после свадьбы сестры, чтобы не
        # омрачать"); a date picked "for" an event is a plan for that event
        r"\b(picked|chose|chosen|set|decided\s+on|got)\s+(the|a|my)\s+(date|day)\b(?!\s+for\b).{0,80}\bafter\s+([\w']+\s+){0,3}(wedding|birthday|bday|exams?|christmas|xmas|holidays?|graduation|party)\s+so\s+(i|it|that\s+i)\s+(don'?t|dont|do\s+not|won'?t|wont|doesn'?t|doesnt)\s+(ruin|spoil|wreck|mess\s+up)\b",
        r"\b(решил|решила|выбрал|выбрала|назначил|назначила)\b.{0,40}\bпосле\s+(\w+\s+){0,3}(дня\s+рождения|днюхи|свадьбы|праздник\w*|нового\s+года|экзамен\w*|сессии|выпускного)\b.{0,40}\b(чтобы?|чтоб|шоб)\s+(\w+\s+){0,2}не\s+(портить|испортить|омрачать|омрачить)\b",
        r"\b(вирішив|вирішила|обрав|обрала|вибрав|вибрала|призначив|призначила)\b.{0,40}\bпісля\s+(\w+\s+){0,3}(дня\s+народження|днюхи|весілля|свят\w*|нового\s+року|іспит\w*|сесії|випускного)\b.{0,40}\b(щоб|щоби|шоб)\s+(\w+\s+){0,2}не\s+(псувати|зіпсувати|затьмарювати|затьмарити)\b",
        r"\b(elegi|escogi|decidi|puse|tengo)\s+(la\s+|el\s+)?(fecha|dia)\b(?!\s+(de|para)\b).{0,60}\bdespues\s+de\s+(\w+\s+){0,3}(boda|cumple\w*|navidad|examen\w*|fiesta|graduacion)\b.{0,40}\bpara\s+no\s+(arruinar\w*|estropear\w*|fastidiar\w*|amargar\w*)",
        # not being here by a holiday, then "no but really" or a plan: dark humour that is serious
        r"\b(me\s+)?not\s+(being|be)\s+(here|around|alive)\s+(by|at|for|come|next|after)\b.{0,60}\b(planned|all\s+figured\s+out|not\s+joking|no\s+but\s+(really|seriously|for\s+real)|i'?m\s+serious|for\s+real)\b",
        # cut again just now, wanting more (not a haircut, not a price)
        r"(?<!hair\s)(?<!price\s)(?<!prices\s)\bcut\s+(myself\s+|my\s+(arms?|wrists?|legs?|thighs?|skin)\s+)?again\b.{0,60}\b(\d+\s*(mins?|minutes?)\s+ago|just\s+now|(want|wanna|need)\s+(to\s+)?(do\s+|go\s+)?(more|deeper))\b",
        # the most one can take, asked "to get it right this time" (a failed attempt before)
        r"\b(what'?s|whats|what\s+is)\s+the\s+(most|max|maximum)\s+(\w+\s+){0,2}(someone|somebody|a\s+person|you|i|one|u)\s+can\s+(take|do|use|handle)\b.{0,60}\b(get|do)\s+it\s+right\s+this\s+time\b",
        # a lethal dose "I need it for sure" ("яка доза смертельна, мені треба напевно")
        r"\b(смертельн\w*|летальн\w*)\b.{0,60}\b(мне|мені|для\s+себя|для\s+себе)\s+(\w+\s+)?(надо|нужно|треба|потрібно)\s+(наверняка|напевно|напевне|точно|чтобы\s+наверняка|щоб\s+напевно)\b",
        r"\b(dosis\s+)?(letal|mortal)\b.{0,60}\b(la\s+)?(necesito|quiero)\s+(segura|a\s+la\s+primera|que\s+funcione)\b",
        # a burden, and "soon it will be over, don't worry" ("я всем только мешаю, скоро всё кончится")
        r"\b(мешаю|обуза|обузой|в\s+тягость|заважаю|тягар\w*|тягарем)\b.{0,60}\b(скоро|уже\s+скоро|вже\s+скоро|недолго|недовго)\s+(это\s+|це\s+|вс[её]\s+|усе\s+|все\s+)?(закончится|кончится|прекратится|закінчиться|скінчиться|припиниться)\b",
        # lying down on the rails, going to the railway at night "and that's it"
        r"\b(лягу|ляжу|лечь|лягти|лягла|ліг|лёг)\s+(\w+\s+)?(на|под|під)\s+(рельсы|рейки|пути|колію|колії|поезд|поїзд|потяг)\b(?!.{0,30}\b(фото\w*|сним\w*|знім\w*)\b)",
        r"\b(пойду|піду|иду|йду)\s+(\w+\s+)?на\s+(железку|железную\s+дорогу|рельсы|пути|залізницю|колію|рейки)\b.{0,30}\b(и\s+вс[её]|і\s+все|і\s+усе|хватит|досить|хорош)\b",
        # no sense in waking up (not early, not for a class)
        r"\b(нет\s+смысла|смысла\s+нет|нема\s+сенсу|немає\s+сенсу|сенсу\s+нема\w*)\s+(\w+\s+)?(просыпаться|проснуться|просыпатся|проснутся|прокидатися|прокидатись|прокинутися|прокинутись)\b(?!\s+(\w+\s+)?(рано|раньше|в\s+\d|к\s+\d|о\s+\d|до\s+\d|на\s+(пары|работу|роботу|пари)))",
        r"\bno\s+tiene\s+sentido\s+(despertar(me)?|volver\s+a\s+despertar)\b(?!\s+(\w+\s+)?(temprano|antes|a\s+las|para\s+(ir|el|la|clase)))|\bno\s+point\s+(in\s+)?waking\s+up\b(?!\s+(\w+\s+)?(early|before|at\s+\d|for\s+(work|school|class|uni)))",
        # pills gathered over weeks or months, "should be enough"
        r"\b(назбирала|назбирав|накопичила|накопичив|насобирала|насобирал|накопила|накопил|копила|копил|збирала|збирав|собирала|собирал)\s+(\w+\s+){0,2}(пігулок|таблеток|колес|пігулки|таблетки)\s+(вже\s+|уже\s+)?за\s+(\w+\s+)?(месяц\w*|місяц\w*|недел\w*|тижн\w*|тиждень|год\w*|рік|роки)\b.{0,40}\b(має\s+вистачити|вистачить|повинно\s+вистачити|должно\s+хватить|хватит|достаточно|досить)\b",
        # "fed up with living" (Spain, Mexico): "hasta los huevos de vivir", "harta de estar viva"
        r"\b(harto|harta|hartos|hartas|hasta\s+los\s+huevos|hasta\s+la\s+madre|hasta\s+el\s+culo|hasta\s+la\s+coronilla)\s+de\s+(vivir|estar\s+viv[oa])\b",
        # -- kinds found on blind14-tune (2026-12-07, session 17, late round), every language --
        # burning oneself with a lighter or cigarettes (not an accident while lighting a pipe)
        r"\b(burn|burns|burning|burned|burnt)\s+(myself|my\s+(arms?|wrists?|skin|legs?|thighs?|hands?|stomach))\s+(\w+\s+){0,2}with\s+(a\s+|my\s+)?(lighter|cigarettes?|cigs?|matches|lighters)\b(?!.{0,40}\b(by\s+accident|accidentally|lighting|lit\s+the)\b)|\b(burn|burning|burned)\s+myself\s+on\s+purpose\b",
        r"\b(прижига\w*|прижг\w*|жгу|жг(л|ла)|обжига\w*)\s+(себе\s+)?(руки|руку|кожу|ноги|запясть\w*|бедра)\s+(сигарет\w*|зажигалк\w*|спичк\w*|окурк\w*)\b|\b(припіка\w*|припік\w*|пропіка\w*|палю|обпіка\w*)\s+(собі\s+)?(руки|руку|шкіру|ноги|зап'?ястя|стегна)\s+(цигарк\w*|сигарет\w*|запальничк\w*|сірник\w*|недопалк\w*)\b",
        r"\bme\s+(quemo|quemaba|queme|he\s+quemado|estoy\s+quemando|sigo\s+quemando)\s+(los\s+|el\s+|la\s+|las\s+)?(brazos?|munecas?|piel|piernas?|manos?)\s+con\s+(el\s+|un\s+|una\s+|los\s+|mi\s+)?(encendedor|mechero|cigarr\w*|cerillos?|fosforos?)\b",
        # off a bridge or a roof, "not joking" (not a jump into the water, a photo)
        r"\b(off|from)\s+(the|a|that)\s+(\w+\s+){0,2}(bridge|roof|rooftop|balcony|cliff|overpass)\b.{0,60}\b(not\s+(joking|kidding)|no\s+joke|(it'?s|its|this\s+is|this'?s)\s+not\s+a\s+joke|i'?m\s+serious|im\s+serious)\b(?!.{0,60}\b(water|lake|river|sea|cold|lol|haha|video|photo\w*)\b)|\b(не\s+шучу|без\s+шуток)\b.{0,40}\b(с|со)\s+(моста|крыши|балкона|обрыва)\b|\b(с|со)\s+(моста|крыши|балкона|обрыва)\b.{0,60}\b((я\s+)?(не\s+шучу|без\s+шуток)|(и\s+)?это\s+не\s+шутка)\b(?!.{0,60}\b(вод\w*|речк\w*|озер\w*|море|лол|хаха\w*|видео|фото)\b)",
        r"\b(з|із|зі)\s+(мосту|даху|балкона|балкону|обриву)\b.{0,60}\b((я\s+)?(не\s+жартую|без\s+жартів)|(і\s+|й\s+)?це\s+не\s+жарт)\b(?!.{0,60}\b(вод\w*|річк\w*|озер\w*|море|лол|хаха\w*|відео|фото)\b)|\b(del|desde\s+el|desde\s+la)\s+(puente|azotea|balcon|techo|acantilado)\b.{0,60}\b(no\s+es\s+broma|no\s+bromeo|no\s+estoy\s+bromeando|lo\s+digo\s+en\s+serio)\b(?!.{0,60}\b(agua|rio|lago|mar|jaja\w*|video|foto\w*)\b)",
        # the whole stash at once, and nobody will notice or it is the last time (not quitting after)
        r"\b((my\s+)?(whole|entire)\s+(stash|bag|supply|lot)|everything\s+i('?ve)?\s+(have|got))\b.{0,60}\b(nobody|no\s+one|noone)\s+(will|would|'?ll|is\s+gonna)\s+(even\s+)?(notice|care|miss\s+me)\b",
        r"\b(вс[её]\s+что\s+(есть|осталось)|весь\s+запас|всю\s+заначку|вс[её]\s+разом|вс[её]\s+сразу)\b.{0,40}\b(пусть|пускай)\s+(это\s+)?будет\s+(мой\s+)?последний\s+раз\b(?!.{0,60}\b(брош\w*|завяз\w*|понедельник\w*|завтра|реаб\w*|лечени\w*)\b)|\b(все\s+що\s+(є|лишилось|залишилось)|весь\s+запас|всю\s+заначку|все\s+разом|все\s+одразу)\b.{0,40}\b(хай|нехай)\s+(це\s+)?буде\s+(мій\s+)?останній\s+раз\b(?!.{0,60}\b(кину\b|кидаю|зав'?яз\w*|понеділ\w*|завтра|реаб\w*|лікуван\w*)\b)",
        r"\b(todo\s+lo\s+que\s+(tengo|me\s+queda)|toda\s+la\s+bolsa|todo\s+de\s+una(\s+vez)?|todo\s+de\s+golpe)\b.{0,40}\by?\s*que\s+sea\s+la\s+ultima\s+vez\b(?!.{0,60}\b(dejo|dejarlo|lunes|manana|rehab\w*|tratamiento)\b)",
        # no sense in going on, wanting to end it all (soft signs lost when typed in Latin letters)
        r"\bне\s+вижу\s+(смысла|смисла)\b.{0,40}\b(хочу|хочется)\s+(вс[её]\s+|всйо\s+)?(законч\w*|поконч\w*)\b|\bне\s+бачу\s+сенсу\b.{0,40}\b(хочу|хочеться)\s+(все\s+|усе\s+)?(закінч\w*|покінч\w*)\b",
        # pills saved "for the exit" (a way out)
        r"\b(таблет\w*|колес\w*|пігул\w*)\s+(\w+\s+)?на\s+(выход|вихід)\b|\b(pills|tablets|meds)\s+(\w+\s+)?for\s+(my\s+|the\s+)?(exit|way\s+out)\b|\bpastillas\s+(\w+\s+)?para\s+(la\s+salida|irme)\b",
        # decided how to do it, and waiting for a day (the "it" unnamed)
        r"\b(вирішив|вирішила|решил|решила|i'?ve\s+decided|i\s+decided|figured\s+out|ya\s+decidi|lo\s+decidi)\s+(як|как|how|como)\s+(це|это|i'?ll|i\s+will|to|lo)\s+(зроблю|сделаю|do\s+it|voy\s+a\s+hacer|hare)\b.{0,40}\b(дочека\w*|дожд[её]?\w*|wait\w*|espero|esperar|вихідн\w*|выходн\w*|weekend|fin\s+de\s+semana|субот\w*|суббот\w*|saturday|sabado|пятниц\w*|п'?ятниц\w*|friday|viernes)\b",
        # everyone will be better off without me, the "without me" first
        r"\bбез\s+мене\s+(всім|усім|їм|вам)\s+(\w+\s+){0,2}(стане|буде|було\s+б)\s+(\w+\s+)?(легше|краще)\b(?!.{0,40}\b(на\s+роботі|в\s+команді|переїжд\w*|звільн\w*|відпустк\w*|чат\w*)\b)|\bбез\s+меня\s+(всем|им|вам)\s+(\w+\s+){0,2}(станет|будет|было\s+бы)\s+(\w+\s+)?(легче|лучше)\b(?!.{0,40}\b(на\s+работе|в\s+команде|переезж\w*|уволю\w*|отпуск\w*|чат\w*)\b)|\bsin\s+mi\s+(todos|todo\s+el\s+mundo|ustedes|ellos)\s+(\w+\s+)?(estarian|estaran|van\s+a\s+estar|viviran|vivirian)\s+(\w+\s+)?mejor\b(?!.{0,40}\b(trabajo|oficina|equipo|grupo|mudanza)\b)",
        # the last time writing here, "that's it" said last
        r"\b(останній|последний)\s+раз\s+(\w+\s+){0,2}(пишу|пишу)\b.{0,20}\b(все|всё|усе|всьо)\s$|\b(the\s+)?last\s+time\s+(i'?m\s+|i\s+am\s+|i'?ll\s+be\s+)?(writing|posting)\s+(here|to\s+anyone)\b.{0,20}\bthat'?s\s+it\s$|\bla\s+ultima\s+vez\s+que\s+(les\s+)?escribo\b.{0,20}\b(ya\s+estuvo|ya\s+esta|es\s+todo)\s$",
        # won't live to spring, and decided so oneself
        r"\bне\s+(доживу|дотягну|дотяну)\s+до\s+(\w+\s+)?(весни|літа|зими|осені|весны|лета|зимы|осени|нового\s+року|нового\s+года)\b.{0,60}\b(сам|сама)\s+(так\s+)?(вирішив|вирішила|решил|решила)\b|\b(won'?t|not\s+gonna|not\s+going\s+to)\s+(make\s+it|live)\s+(to|till|until|through)\s+(spring|summer|winter|christmas)\b.{0,60}\b(my\s+(own\s+)?(choice|decision)|i'?ve\s+decided|i\s+decided)\b|\bno\s+(llego|voy\s+a\s+llegar)\s+a\s+(la\s+)?(primavera|navidad|verano)\b.{0,60}\b(lo\s+decidi|yo\s+lo\s+decidi|es\s+mi\s+decision)\b",
        # a blade at hand, thinking about it all evening (not shaving)
        r"\b(є|есть|got|have|tengo)\s+(\w+\s+)?(лезо|лезвие|лезвия|бритв\w*|blade|razor|navaja|cuchilla)\b(?!\s+(для|for|para)\b).{0,40}\b(думаю\s+(про\s+це|об\s+этом|про\s+нього|о\s+н[её]м)|(про\s+це|об\s+этом|про\s+нього|о\s+н[её]м)\s+думаю|(keep\s+|been\s+)?thinking\s+about\s+it|pienso\s+en\s+(eso|ello)|no\s+dejo\s+de\s+pensar)\b",
        # letters written to the children, "that's it" said last
        r"\b(escribi|he\s+escrito|deje)\s+(\w+\s+){0,2}cartas?\s+a\s+(mis\s+)?(hijos|hijas|hij[oa]|mama|madre|familia|esposa|padres)\b.{0,40}\b(ya\s+estuvo|ya\s+esta|es\s+todo)\s$|\b(wrote|written|left)\s+(\w+\s+){0,2}(letters?|notes?)\s+(to|for)\s+(my\s+)?(kids|children|son|daughter|mum|mom|wife|husband|family|parents)\b.{0,40}\bthat'?s\s+it\s$|\b(написал\w*|оставил\w*)\s+(\w+\s+)?(письма|письмо|записк\w*)\s+(детям|сыну|дочке|дочери|маме|жене|мужу|родным|семье)\b.{0,40}\b(вс[её]|на\s+этом\s+вс[её])\s$|\b(написав|написала|залишив|залишила)\s+(\w+\s+)?(листи|лист|записк\w*)\s+(дітям|сину|доньці|мамі|дружині|чоловікові|рідним|родині)\b.{0,40}\b(все|усе|всьо|на\s+цьому\s+все)\s$",
        # -- Ukrainian probes after blind13-tune (session 16, late round), every language --
        # a wish to die with "бы" ("умереть бы уже", "скорей бы сдохнуть", "вмерти б вже", "скоріше б
        # здохнути"), not "умереть бы со смеху" or of boredom
        r"\b(умереть|сдохнуть|помереть|вмерти|померти|здохнути|сдохнуть)\s+(б|бы|би)\b(?!\s+(от|від|со|з|із)\s)(?!.{0,40}\b(лол|хаха\w*|ахах\w*|lol|старост\w*|старості|спокойно|спокійно)\b)|\b(скорей|скорее|поскорей|поскорее|скоріше|скоріш|швидше|хоч|хоть)\s+(б|бы|би)\s+(уже\s+|вже\s+)?(умереть|сдохнуть|помереть|вмерти|померти|здохнути)\b(?!\s+(от|від|со|з|із)\s)(?!.{0,40}\b(лол|хаха\w*|ахах\w*|lol|старост\w*|старості|спокойно|спокійно)\b)",
        # on a bridge or a roof with a goodbye ("я на мосту, прощайте", "стою на даху, прощавайте",
        # "i'm on the bridge, goodbye", "estoy en el puente, adiós")
        r"\b(я|стою|сижу|сиджу|уже|вже)\s+(\w+\s+)?на\s+(мосту|крыше|даху|краю|карнизе|карнизі|мості)\b(?!.{0,80}\b(фот\w*|захід\w*|закат\w*|вид\w*|день|вечір|вечер|лето|літо|салют\w*|лол|хаха\w*)\b).{0,40}\b(прощайте|прощай|прощавайте|прощавай|простите|вибачте|пробачте)\b|\b(прощайте|прощавайте)\b.{0,40}\b(я|стою|сижу|сиджу)\s+(\w+\s+)?на\s+(мосту|крыше|даху|краю|мості)\b",
        r"\b(i'?m|im|i\s+am|standing|sitting)\s+(\w+\s+)?(on|at)\s+(the|a)\s+(bridge|roof|rooftop|ledge|edge)\b.{0,40}\b(goodbye|bye\s+(everyone|all|forever)|farewell|forgive\s+me)\b(?!.{0,40}\b(photo\w*|view|party|lol|game)\b)",
        r"\b(estoy|toy|parad[oa]|sentad[oa])\s+(\w+\s+)?(en|sobre)\s+(el|la)\s+(puente|azotea|cornisa|borde|techo)\b.{0,40}\b(adios|me\s+despido|perdon\w*|perdonenme)\b(?!.{0,40}\b(foto\w*|vista|fiesta|jaja\w*)\b)",
        # a rope taken to the woods ("взяла верёвку, иду в лес", "взяв мотузку, йду в ліс", "took a rope,
        # heading to the woods"), not camping, a hammock or firewood
        r"\b(верёвк\w*|веревк\w*|мотузк\w*|шнур\w*|rope|cuerda|soga)\b.{0,40}\b(иду|пойду|ухожу|йду|піду|heading|going|off|walking|me\s+voy|voy|salgo)\s+(\w+\s+)?(в|у|до|to|into|in|al|a\s+la|hacia\s+el)\s+(the\s+)?(лес|ліс|лісу|лесу|woods|forest|bosque|monte)\b(?!.{0,80}\b(палатк\w*|намет\w*|гамак\w*|поход\w*|похід|кемп\w*|camp\w*|tent|hammock|hik\w*|дров\w*|firewood|качел\w*|гойдалк\w*|swing|tarp|тент\w*|casa\s+de\s+campana|acampar|hamaca|lena)\b)",
        # an apology to everyone and "I can't go on like this" ("простите меня все, я так больше не могу",
        # "вибачте мене всі, я так більше не можу", "forgive me everyone, i can't do this anymore")
        r"\b(простите|вибачте|пробачте)\s+(меня|мене)?\s*(все|всі|усі)\b.{0,40}\b(больше\s+не\s+могу|не\s+могу\s+больше|більше\s+не\s+можу|не\s+можу\s+більше|не\s+вывожу|не\s+витримую|сил\s+нет|сил\s+нема\w*)\b|\bforgive\s+me\s+(everyone|all|everybody|guys)\b.{0,40}\b(can'?t|cant|cannot)\s+(do\s+(this|it)|go\s+on|take\s+(it|this)|keep\s+going)\s+(any\s?more|no\s+more)\b|\b(perdon(en(me)?)?|perdonadme)\s+(a\s+)?todos\b.{0,40}\b(ya\s+no\s+puedo\s+mas|no\s+puedo\s+mas|no\s+aguanto\s+mas)\b",
        # decided: tonight it all ends ("я уже решила, сегодня вечером всё закончится", "я вже вирішила,
        # сьогодні ввечері все скінчиться", "i've decided, tonight it all ends", "ya lo decidí, esta
        # noche se acaba todo"), not a relationship, a renovation or a session ending
        r"\b(решил\w*|вирішил\w*|вирішив)\b.{0,40}\b(сегодня|сьогодні|этой\s+ночью|цієї\s+ночі|вночі|ночью)\s+(\w+\s+)?(вс[её]|усе)\s+(закончится|кончится|скінчиться|закінчиться|завершится|завершиться)\b(?!.{0,60}\b(с\s+ним|с\s+ней|з\s+ним|з\s+нею|отношени\w*|стосунк\w*|ремонт\w*|сесси\w*|сесі\w*|переезд\w*|переїзд\w*|работ\w*|робот\w*|дол\w*|іспит\w*|экзамен\w*|екзамен\w*|здаю|сдаю|проект\w*|проєкт\w*|дедлайн\w*|диплом\w*)\b)",
        r"\b(decided|made\s+up\s+my\s+mind|mind'?s\s+made\s+up)\b.{0,40}\b(tonight|today)\s+(it\s+)?(all\s+)?(ends|is\s+over|will\s+be\s+over|it'?ll\s+all\s+be\s+over)\b(?!.{0,60}\b(with\s+(him|her|them)|relationship|breakup|job|course|lease|debt)\b)|\b(lo\s+decidi|ya\s+decidi|lo\s+tengo\s+decidido)\b.{0,40}\b(esta\s+noche|hoy)\s+(se\s+acaba|termina|acaba)\s+todo\b(?!.{0,60}\b(con\s+(el|ella)|relacion|trabajo|deuda)\b)",
        # pills gathered and all of them today ("набрал таблеток, сегодня выпью все", "набрав таблеток,
        # сьогодні вип'ю всі", "junté pastillas, hoy me las tomo todas")
        r"\b(набрал\w*|набрав|накопил\w*|накопив\w*|собрал\w*|зібрал\w*|зібрав|насобирал\w*|назбирал\w*|назбирав)\s+(\w+\s+)?(таблет\w*|пігул\w*|колес\w*)\b.{0,40}\b(сегодня|сьогодні|ночью|вночі|вечером|ввечері|зараз|сейчас)\s+(\w+\s+)?(выпью|вип'?ю|випью|съем|з'?їм|ковтну|проглочу|закину|сожру)\s+(их\s+|їх\s+)?(все|всі|усі|всё|разом|разом|сразу|одразу)\b",
        r"\b(saved|collected|stockpiled|hoarded|gathered)\s+(up\s+)?(\w+\s+)?(pills|tablets|meds)\b.{0,40}\b(tonight|today)\s+(i'?m|im|i\s+am|i'?ll|ill|gonna)\s+(taking|take|swallowing|swallow|necking|neck)\s+(them\s+)?all\b|\b(junte|guarde|acumule)\s+(\w+\s+)?pastillas\b.{0,40}\b(hoy|esta\s+noche)\s+(me\s+las\s+tomo|me\s+las\s+trago|me\s+tomo)\s+todas\b",
        # everything at once and "whatever happens" ("вколю всё что есть и будь что будет", "бахну разом
        # і хай буде як буде", "gonna shoot everything i have and whatever happens happens")
        r"\b(вколю|вмажу|бахну|ширну|ширнусь|закину|выпью|вип'?ю|втрескаю|втрескаюсь|вдую|нюхну|снюхаю)\s+(\w+\s+){0,2}(вс[её]|усе|всю|весь|разом|сразу|одразу)\b.{0,40}\b(будь\s+что\s+будет|хай\s+буде\s+(що|шо|як)\s+буде|нехай\s+буде\s+(що|шо|як)\s+буде|будь\s+шо\s+буде)\b(?!.{0,40}\b(ломк\w*|кумар\w*|відпустил\w*|отпустил\w*|відпустит\w*|отпустит\w*|аби|лишь\s+бы)\b)",
        r"\b(shoot|take|do|snort|neck|bang|slam)\s+(up\s+)?(everything|all\s+of\s+it|the\s+whole\s+(lot|bag|stash|gram|thing)|all\s+i\s+(have|got))\b.{0,40}\b(whatever\s+happens(\s+happens)?|come\s+what\s+may|see\s+what\s+happens\s+(after|then))\b|\b(me\s+meto|me\s+inyecto|me\s+tomo|me\s+echo)\s+(\w+\s+)?(todo|toda)\b.{0,40}\b(sea\s+lo\s+que\s+sea|lo\s+que\s+pase\s+pase|pase\s+lo\s+que\s+pase)\b",
        # -- found on blind13-tune (2026-12-07, session 16, late round) --
        # a photo of a rope sent with an apology or a goodbye ("брат скинув фото мотузки і написав сорі",
        # "she sent me a pic of a noose and 'sorry'", "me mandó foto de una soga y 'perdón'")
        r"\b(фото|фотк\w*|фотограф\w*|снимок|знімок|photo|pic|picture|foto)\s+(\w+\s+){0,2}(мотузк\w*|веревк\w*|верёвк\w*|петл\w*|rope|noose|cuerda|soga)\b(?!.{0,60}\b(альпін\w*|альпин\w*|скел\w*|climb\w*|escalad\w*|кемп\w*|camp\w*|магазин\w*|shop|tienda|лодк\w*|човн\w*|boat)\b).{0,60}\b(сорі|сори|sorry|прости|простите|вибач\w*|пробач\w*|прощай\w*|прощавай\w*|goodbye|bye|perdon\w*|adios|lo\s+siento)\b",
        # pills gathered for a lethal dose ("набрала таблеток на смертельну дозу", "накопил на
        # смертельную дозу", "saved up enough for a lethal dose", "junté pastillas para una dosis letal")
        r"\b(набрал\w*|набрав|накопил\w*|накопичил\w*|накопичив|накопив\w*|собрал\w*|зібрал\w*|зібрав|назбирал\w*|назбирав|насобирал\w*)\s+(\w+\s+){0,3}(на|для)\s+(\w+\s+)?(смертел\w*|летальн\w*)\s+(доз\w*|кількіст\w*|количеств\w*)\b",
        r"\b(saved|collected|stockpiled|gathered|hoarded|got)\s+(up\s+)?(\w+\s+){0,4}(for|to\s+make)\s+(a|the)\s+(lethal|fatal|deadly)\s+(dose|amount)\b(?!.{0,40}\b(dog|cat|horse|rat|mice|pest)\w*\b)",
        r"\b(junte|juntado|guarde|guardado|acumule|acumulado|reuni|reunido)\s+(\w+\s+){0,3}para\s+(una|la)\s+(dosis|cantidad)\s+(letal|mortal)\b",
        # on a windowsill or a ledge high up with the legs already over ("сиджу на підвіконні на 9
        # поверсі, ноги вже звісив", "сижу на подоконнике на 12 этаже, ноги свесил", "sitting on the
        # window ledge on the 10th floor, legs over the edge"), not a photo or a view
        r"\b(підвікон\w*|подоконник\w*|карниз\w*|парапет\w*|краю\s+даху|краю\s+крыши)\b(?=.{0,60}\b(\d+|девят\w*|дев'?ят\w*|десят\w*|останн\w*|последн\w*|верхн\w*)\s+(поверс\w*|этаж\w*)\b)(?!.{0,100}\b(фот\w*|вид\w*|захід\w*|закат\w*|пив\w*|курю|кот\w*|кіт)\b).{0,100}\bног(и|ами)\s+(\w+\s+)?(звісив|звісила|звісил\w*|свесил\w*|спустил\w*|спустив|спустила|звис\w*|свис\w*|наружу|назовні)",
        r"\b(window\s?sill|window\s+ledge|ledge|parapet)\b(?=.{0,60}\b(\d+(st|nd|rd|th)?|top|tenth|ninth|twelfth|twentieth)\s+(floor|storey|story)\b)(?!.{0,100}\b(photo\w*|pic\w*|view|sunset|beer|smok\w*|cat)\b).{0,100}\b(legs|feet)\s+(\w+\s+)?(over|hanging|dangling|out)\b",
        # "don't care if I wake up" ("мені пофіг чи прокинусь", "мне пофиг проснусь ли", "me da igual
        # si despierto"), not on time or for work
        r"\b(пофіг|пофиг|байдуже|все\s+одно|всё\s+равно|все\s+равно|похер|похуй|пох)\s*,?\s*(чи|или)\s+(я\s+)?(прокинусь|прокинуся|проснусь)\b(?!\s+(вчасно|рано|на\s+роботу|на\s+работу|вовремя|завтра\s+на|о\s|в\s|у\s|до\s))(?!.{0,40}\b(вихідн\w*|выходн\w*|будильник\w*|похмел\w*|відпустк\w*|отпуск\w*)\b)|\b(пофиг|все\s+равно|всё\s+равно|похер|пох)\s*,?\s*(проснусь|очнусь)\s+(ли|или\s+нет)\b(?!\s+(вовремя|рано|на\s+работу))",
        r"\b(don'?t|dont|do\s+not|couldn'?t|could\s+not|not\s+sure\s+i)\s+(even\s+)?care\s+(if|whether)\s+i\s+(ever\s+)?wake\s+up\b(?!\s+(on\s+time|early|late|for|in\s+time|tomorrow\s+for|before|with|at|hungover|rough))(?!.{0,40}\b(hangover|hungover|alarm|day\s+off|weekend|saturday|sunday)\b)|\bme\s+(da|vale)\s+(igual|madre|verga)\s+si\s+(no\s+)?(despierto|me\s+despierto|vuelvo\s+a\s+despertar)\b(?!\s+(temprano|a\s+tiempo|para))",
        # an ending together with oneself ("хочу щоб цей кумар скінчився назавжди, разом зі мною",
        # "чтобы всё кончилось вместе со мной", "want it all to end along with me")
        r"\b(скінчи\w*|закінчи\w*|кінчи\w*|кончи\w*|законч\w*|прекрат\w*|припин\w*|зникл\w*|исчезл\w*)\b.{0,40}\b(разом\s+зі\s+мною|разом\s+із\s+мною|вместе\s+со\s+мной)\b|\b(end|ended|ends|stop|stopped|over|gone|finish\w*)\b.{0,40}\b(along\s+with\s+me|together\s+with\s+me|and\s+me\s+with\s+it)\b|\b(acab\w*|termin\w*)\b.{0,40}\b(junto\s+conmigo|y\s+yo\s+con\s+(el|ella|eso))\b",
        # revived last time, this time so nobody is in time ("минулого разу відкачали, цього разу
        # зроблю так шоб не встигли", "в прошлый раз откачали, в этот раз чтобы не успели")
        r"\b(відкачал\w*|откачал\w*|врятувал\w*|спасл\w*|реанімувал\w*|реанимировал\w*|вернули|повернули|витягли|вытащили)\b.{0,80}\b(цього\s+разу|цей\s+раз|этот\s+раз|этого\s+раза|на\s+этот\s+раз|тепер|теперь)\b.{0,60}\b(щоб|шоб|щоби|чтобы|чтоб|шоби)\s+(\w+\s+)?не\s+(встигли|успели|відкачали|откачали|врятували|спасли|змогли|смогли)\b",
        r"\b(revived|saved|brought\s+me\s+back|narcanned|resuscitated)\b.{0,80}\bthis\s+time\b.{0,60}\b(so\s+)?(they|nobody|no\s+one|noone)\s+(can'?t|cant|won'?t|wont|don'?t|dont|can|will|gets?)\s+(\w+\s+)?(make\s+it|in\s+time|bring\s+me\s+back|save\s+me|get\s+there)\b",
        r"\b(me\s+)?(salvaron|revivieron|reanimaron|rescataron|trajeron\s+de\s+vuelta)\b.{0,80}\besta\s+vez\b.{0,60}\bno\s+(lleguen|llegan|alcancen|puedan|van\s+a\s+poder|me\s+salven)\b",
        # a blade in hand and wanting it deeper ("got a blade in my hand and i want to go deeper",
        # "tengo la cuchilla en la mano y esta vez quiero hacerlo más profundo", "лезо в руці, хочу глибше")
        r"\b(blade|razor|knife|box\s?cutter|glass)\b.{0,40}\b(in|on)\s+my\s+hand\b.{0,60}\b(want|wanna|gonna|going|need|have)\s+(to\s+)?(go|cut|do\s+it|push\s+it|press)\s+(\w+\s+)?deeper\b(?!.{0,40}\b(roast|meat|joint|wood|bread|cake|chicken|steak|fish|pumpkin|clay)\b)",
        r"\b(cuchilla|navaja|cuchillo|cutter|cuter|vidrio|rastrillo)\b.{0,40}\ben\s+la\s+mano\b.{0,60}\b(quiero|voy\s+a|necesito)\s+(\w+\s+){0,2}(mas\s+profundo|mas\s+hondo)\b",
        r"\b(лезвие|лезо|бритв\w*|нож|ніж|скальпел\w*|стекло|скло)\b.{0,40}\b(в|у)\s+руц[еі]\b.{0,60}\b(хочу|буду|треба|надо)\s+(\w+\s+){0,2}(глубже|глибше)\b",
        # a hot shot given to oneself, planned ("planning to hot shot myself when my payment comes in")
        r"\bhot\s?shot\s+myself\b|\b(give|giving|gonna\s+give|going\s+to\s+give)\s+myself\s+a\s+hot\s?shot\b(?!\s+of\b)|\b(planning|plan|going|gonna|want|wanna)\s+(to\s+)?(do|take|shoot|fix)\s+(myself\s+)?(a|my)\s+hot\s?shot\b(?!\s+of\b)(?!.{0,40}\b(espresso|coffee|vodka|tequila|photo)\b)(?!.{0,40}\b(by\s+accident|accidentally|fent\s+strips?|test\w*)\b)",
        # "nobody will miss me" with a decision or a night named ("nobody will miss me, my mind's made up",
        # "nadie me va a extrañar, ya lo decidí", "ніхто не сумуватиме, я вирішив")
        r"\b(nobody|no\s+one|noone)\s+(will|would|is\s+gonna|is\s+going\s+to|gonna)\s+(even\s+)?(miss|notice)\s+me\b(?!\s+(at|in|on|from)\s+(the|this|that|a)\s+(party|meeting|class|lecture|event|gig|shift|match|game|wedding))(?!.{0,60}\b(party|lol|lmao|haha\w*|staying\s+(home|in))\b)(?=.{0,80}\b(decided|made\s+up\s+my\s+mind|mind'?s\s+made\s+up|tonight|whole\s+lot|all\s+of\s+it|it'?s\s+time|for\s+good)\b)|\b(decided|made\s+up\s+my\s+mind|mind'?s\s+made\s+up|tonight)\b.{0,60}\b(nobody|no\s+one|noone)\s+(will|would|is\s+gonna)\s+(even\s+)?(miss|notice)\s+me\b",
        r"\bnadie\s+(me\s+)?(va\s+a|iba\s+a|va)\s+(extranar|echar\s+de\s+menos|notar)(me)?\b(?!.{0,60}\b(fiesta|clase|reunion|boda|jaja\w*|jeje\w*|xd)\b)(?=.{0,80}\b(ya\s+lo\s+decidi|lo\s+decidi|lo\s+tengo\s+decidido|esta\s+noche|hoy|es\s+hora)\b)|\b(ya\s+lo\s+decidi|lo\s+tengo\s+decidido)\b.{0,60}\bnadie\s+(me\s+)?(va\s+a|va)\s+(extranar|echar\s+de\s+menos)",
        r"\b(ніхто|никто)\s+(\w+\s+){0,2}(не\s+)?(сумуватиме|не\s+сумуватиме|не\s+буде\s+сумувати|не\s+будет\s+скучать|не\s+заметит|не\s+помітить|скучать\s+не\s+будет|сумувати\s+не\s+буде)\b(?=.{0,80}\b(вирішив|вирішила|решил\w*|сьогодні|сегодня|пора|назавжди|навсегда)\b)",
        # all the pills with vodka as soon as it's dark ("бабусині таблетки всі в мене, вип'ю з горілкою
        # як тільки стемніє", "all her pills, with vodka once it's dark")
        r"\b(таблетк\w*|пігулк\w*|колес\w*)\b(?=.{0,80}\b(всі|усі|все|всю|весь)\b).{0,80}\b(вип'?ю|випью|выпью|ковтну|проковтну|сожру|зжеру|закину)\s+(\w+\s+)?(з|із|с|зі)\s+(горілк\w*|водк\w*|алкогол\w*|бухл\w*|вин\w*|коньяк\w*)\b.{0,40}\b(як\s+тільки|коли|как\s+только|когда)\s+(стемніє|стемнеет|всі\s+заснуть|все\s+уснут|всі\s+ляжуть)\b",
        r"\ball\s+(\w+\s+){0,2}(pills|tablets|meds)\b.{0,80}\b(with|and)\s+(the\s+|a\s+)?(vodka|booze|whisky|whiskey|alcohol|bottle)\b.{0,40}\b(once|when|as\s+soon\s+as)\s+(it'?s|its|it\s+gets)\s+dark\b",
        # the notes written and the phone going off ("записки написав, телефон після цього вимкну",
        # "wrote the notes, turning my phone off after")
        r"\b(записки|листи|письма)\s+(\w+\s+)?(написав|написала|написал\w*|дописав|дописала|дописал\w*|залишив|залишила|оставил\w*)\b.{0,60}\b((телефон|мобільн\w*|мобильн\w*)\s+(\w+\s+){0,2}(вимкну|вимикаю|відключу|выключу|выключаю|отключу)|(вимкну|вимикаю|відключу|выключу|выключаю|отключу)\s+(\w+\s+)?(телефон|мобільн\w*|мобильн\w*))\b|\b(написав|написала|написал\w*|дописав|дописал\w*)\s+(\w+\s+)?(записки|листи|письма)\b.{0,60}\b((телефон|мобільн\w*|мобильн\w*)\s+(\w+\s+){0,2}(вимкну|вимикаю|відключу|выключу|выключаю|отключу)|(вимкну|вимикаю|відключу|выключу|выключаю|отключу)\s+(\w+\s+)?(телефон|мобільн\w*|мобильн\w*))\b",
        r"\b(wrote|written|finished|left)\s+(the\s+|my\s+)?(notes|letters)\b.{0,60}\b(turning|switching|turn|switch)\s+(my\s+|the\s+)?phone\s+off\b",
        # -- found on tune38 (2026-12-07, session 16) --
        # one's own funeral, coffin or grave chosen and hoped for soon ("picked a coffin, hope they need
        # it soon", "выбрал гроб, надеюсь пригодится скоро", "planeando mi funeral y esperando que sea
        # pronto"), not someone else's funeral ("my nan's funeral", "похороны бабушки")
        r"(?<!'s\s)(?<!s'\s)\b(funeral|coffin|casket|burial\s+plot|grave\s+plot|headstone|cremation)\b(?!\s+(of|for)\s+(my|our|the)\s+\w+)(?!.{0,100}\b(nan|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mum|mom|dad|father|mother|uncle|aunt|auntie|brother|sister|friend|cousin|husband|wife|dog|cat)'?s?\b).{0,100}\b(hop(e|es|ed|ing)|wish\w*|pray\w*|fingers\s+crossed)\b.{0,60}\b(soon|sooner|before\s+long|quick(ly)?|need\s+it|use\s+it)\b(?!.{0,30}\b(over|done|finished|ends|goes\s+(well|ok|okay|fine))\b)",
        r"\b(гроб\w*|похорон\w*|мест[оа]\s+на\s+кладбище|могил\w*|памятник\w*|труну|трун[аи]|місце\s+на\s+цвинтарі|цвинтар\w*)\b(?!.{0,40}\b(бабушк\w*|дедушк\w*|дед[ауо]?|мам\w*|пап\w*|отца|матери|брата|сестры|друга|подруги|бабус\w*|дідус\w*|тата|батька|матері|брата|сестри|друга|подруги|кот\w*|собак\w*|пса)\b).{0,100}\b(надеюсь|надеялся|надеялась|хочется\s+чтобы|хотелось\s+бы|скорей\s+бы|поскорее\s+бы|сподіваюсь|сподіваюся|хотілося\s+б|швидше\s+б|скоріше\s+б)\b.{0,60}\b(скоро|скорее|поскорее|побыстрее|пригоди\w*|понадоби\w*|швидко|швидше|скоріше|знадоби\w*)(?!.{0,30}\b(закончи\w*|законч\w*|пройд\w*|пройдет|пройдёт|закінч\w*|мине|минуть|пройде)\b)",
        r"\b(funeral|ataud|entierro|lugar\s+en\s+el\s+cementerio|tumba|nicho|cremacion|lapida)\b(?!\s+(de|del|para)\s+(mi|mis|el|la|tu|su)\s+(abuel\w*|padre|madre|mama|papa|ti[oa]|herman\w*|amig\w*|perr\w*|gat\w*)\b).{0,100}\b(ojala|espero|esperando|deseando|con\s+suerte|que\s+sea)\b.{0,60}\b(pronto|antes|rapido|lo\s+usen|lo\s+necesiten|lo\s+ocupen)\b(?!.{0,30}\b(termine|acabe|pase|salga\s+bien)\b)",
        # no longer a problem or a burden to anyone soon ("won't be a problem for anyone much longer",
        # "скоро я никому не буду мешать", "недовго мене терпіти лишилось", "pronto ya no voy a ser un
        # problema para nadie"), not a move, a job or a flat left
        r"\b(won'?t|wont|will\s+not|not\s+gonna|not\s+going\s+to)\s+be\s+(a\s+)?(problem|burden|bother|nuisance|trouble|weight)\s+(to|for|on)\s+(anyone|anybody|any\s+of\s+you|you|nobody|everyone|you\s+all|u)\b\s*(\w+\s+)?(much\s+longer|for\s+(much\s+)?long|soon|any\s?more|after\s+(tonight|today|this\s+week(end)?|friday|saturday|sunday))\b(?!.{0,80}\b(mov\w*|flat|apartment|house|room|job|work|notice|abroad|leav\w*|flight|course|uni|out\s+of\s+your\s+hair)\b)",
        r"\b(скоро|недолго|уже\s+скоро|совсем\s+скоро|вже\s+скоро|недовго|зовсім\s+скоро)\s+(\w+\s+)?(никому|нікому|вам|тебе|тобі|всем|всім)\s+(\w+\s+)?не\s+(буду|стану)\s+(мешать|обузой|проблемой|надоедать|заважати|тягарем|проблемою|набридати)\b(?!.{0,80}\b(переезд\w*|переїзд\w*|съеду|з'?їду|съезжаю|з'?їжджаю|квартир\w*|работ\w*|робот\w*|уволь\w*|звіль\w*)\b)",
        r"\b(скоро|уже\s+скоро|вже\s+скоро)\s+(\w+\s+){0,2}(всем|вам|всім|усім)\s+(\w+\s+){0,2}(станет|будет|стане|буде)\s+(легче|проще|легше|простіше)\b|\b(скоро|уже\s+скоро|вже\s+скоро)\s+(\w+\s+){0,2}(вам|всім|усім)\s+(\w+\s+){0,2}полегшає\b|\bнедолго\s+(\w+\s+)?(осталось|вам\s+осталось)\s+(\w+\s+)?(терпеть|мучиться)\b|\bнедовго\s+(\w+\s+)?(терпіти|мучитись|мучитися)\s+(\w+\s+)?(лишилось|залишилось)\b|\bнедовго\s+(\w+\s+)?(лишилось|залишилось)\s+(\w+\s+)?(терпіти|мучитись|мучитися)\b",
        r"\b(pronto|dentro\s+de\s+poco|en\s+poco\s+tiempo|muy\s+pronto)\s+(\w+\s+){0,2}(ya\s+)?no\s+(voy\s+a\s+ser|sere|vas\s+a\s+tener|van\s+a\s+tener)\s+(un|una|que\s+aguantar\w*|que\s+cargar)\s*(problema|carga|molestia|estorbo|peso)?\s*(para|a)?\s*(nadie|ustedes|ti|todos|nadie\s+mas|mi|me)?\b(?!.{0,80}\b(mud\w*|piso|depa\w*|trabajo|curro|chamba|renuncia\w*|extranjero|viaje\w*|vuelo)\b)",
        # on a height now and not coming down ("on the overpass and not climbing back down this time",
        # "стою на мосту и в этот раз не слезу", "estoy en el puente y esta vez no me bajo")
        r"\b(i'?m|im|i\s+am|i'?ve\s+been|sitting|standing|stood|sat|perched|climbed|still)\s+(\w+\s+)?(on|at|up\s+on|on\s+top\s+of|onto|up)\s+(the|a|this|that)\s+(overpass|flyover|bridge|roof|rooftop|ledge|railing|edge|cliff|balcony|parapet|tower|crane|car\s+park\s+roof)\b(?!.{0,100}\b(game|minecraft|gta|cat|kitten|repair\w*|fix\w*|gutter\w*|photo\w*|pic\w*|view|sunset|fireworks)\b).{0,80}\b(not|never|won'?t|wont|ain'?t|aint|no)\s+(\w+\s+)?(climbing|coming|getting|going|stepping|walking|climb|come|get|go|step)\s+(back\s+)?(down|off|back)\b",
        r"\b(на|над)\s+(\w+\s+)?(мосту|крыше|краю|карнизе|балконе|перилах|эстакаде|мості|даху|карнизі|балконі|поруччі|естакаді)\b(?!.{0,100}\b(игр\w*|гр[іи]|кот\w*|кошк\w*|кіт|кота|ремонт\w*|фот\w*|вид\w*|закат\w*|салют\w*|захід\w*)\b).{0,80}\bне\s+(слезу|спущусь|уйду|вернусь|злізу|злажу|спущуся|зійду|повернусь|повернуся)\b",
        r"\b(en|sobre|arriba\s+del?)\s+(el\s+|la\s+)?(puente|azotea|tejado|cornisa|borde|barandal|baranda|balcon|techo)\b(?!.{0,100}\b(juego|gato|gatito|arregl\w*|foto\w*|vista|atardecer|fuegos)\b).{0,80}\bno\s+(me\s+)?(bajo|voy\s+a\s+bajar(me)?|pienso\s+bajar(me)?|vuelvo|regreso)\b",
        # how much it takes to stop one's heart, asked for oneself ("how many of my oxys to stop my
        # heart", "сколько трамадола чтобы сердце остановилось, вешу 55, спрашиваю для себя")
        r"\bhow\s+(many|much)\b.{0,60}\b(stop|to\s+stop)\s+my\s+heart\b|\bhow\s+(many|much)\b.{0,60}\bstop\s+(a|the|someone'?s)\s+heart\b(?=.{0,80}\b(for\s+me|for\s+myself|i\s+weigh|my\s+weight)\b)",
        r"\b(сколько|скока|скоко|сколко|какая\s+доза|какую\s+дозу)\b.{0,60}\b(чтобы|чтоб)\s+(\w+\s+)?сердце\s+(\w+\s+)?(остановил\w*|встал\w*|стало)\b(?=.{0,80}\b(для\s+себя|вешу|мой\s+вес|у\s+меня\s+вес|себе|про\s+себя|не\s+для\s+(друга|подруги))\b)|\b(скільки|скіки|скілько|яка\s+доза|яку\s+дозу)\b.{0,60}\b(щоб|щоби)\s+(\w+\s+)?серце\s+(\w+\s+)?(зупинил\w*|стало|стану\w*)\b(?=.{0,80}\b(для\s+себе|важу|моя\s+вага|у\s+мене\s+вага|собі|про\s+себе|не\s+для\s+(друга|подруги))\b)",
        r"\bcuant[oa]s?\b.{0,60}\bpara\s+que\s+(se\s+)?(me\s+)?(pare|detenga|pararse|detenerse)\s+(el\s+)?corazon\b(?=.{0,80}\b(por\s+mi|para\s+mi|peso|mi\s+peso|es\s+para\s+mi)\b)",
        # shooting or hanging oneself as a verb of one's own ("завтра застрелюсь", "хочу застрелитися",
        # "me voy a pegar un tiro", "hoy me ahorco"), not a foot shot at an interview, not someone else
        r"(?<!\bне\s)\bзастрел(юсь|юся)\b|\b(хочу|хотел\w*|хочется|собираюсь|решил\w*|думаю|пора|надо|треба|хочеться|збираюсь|збираюся|вирішив|вирішила|думаю|готов\w*)\s+(\w+\s+)?застрел(иться|итися|итись)\b|\b(пущу|пустить|пустити)\s+(себе\s+|собі\s+)?(пулю|кулю)\s+(в|у)\s+(лоб|голову|висок|рот)\b",
        r"\b(me\s+voy\s+a\s+pegar|voy\s+a\s+pegarme|quiero\s+pegarme|pienso\s+pegarme|me\s+pego|me\s+pegare|pegarme)\s+un\s+(tiro|balazo|plomazo)\b(?!\s+(en\s+el\s+pie|en\s+la\s+pata|de\s+risa))|\b(me\s+voy\s+a\s+volar|volarme|me\s+vuelo)\s+la\s+(cabeza|tapa\s+de\s+los\s+sesos)\b|\b(hoy|esta\s+noche|manana|ya|este\s+finde|creo\s+que)\s+me\s+(ahorco|cuelgo)\b(?!\s+(de\s+(la|una)\s+(barra|rama)|del\s+(columpio|trapecio)|el|la|los|las|un|una|mis)\b)",
        # a farewell note written ("написала предсмертную записку", "написав передсмертну записку"), a
        # goodbye to the world ("прощай мир", "прощавай світ", "hoy me despido de este mundo"); thinking
        # of driving off the road
        r"\b(написал\w*|пишу|дописал\w*|оставил\w*|написав|дописав|залишив|залишила|пишу)\s+(\w+\s+)?(предсмертн\w*|передсмертн\w*)\s+(записк\w*|письм\w*|лист\w*)\b",
        r"(?<!\bне\s)\b(прощай|прощайте|прощаюсь\s+с)\s+(этот\s+|этим\s+|жестокий\s+)?(мир|миром|жизнь|жизнью|белый\s+свет)\b(?!\s+(ремонт\w*|работ\w*|офис\w*|долг\w*|кредит\w*))|(?<!\bне\s)\b(прощавай|прощавайте|прощаюсь\s+з|прощаюся\s+з)\s+(цей\s+|цим\s+|жорстокий\s+)?(світ|світом|життя|життям|білий\s+світ)\b|\b(me\s+despido|despedirme|adios|hasta\s+nunca)\s+(de\s+)?(este|el|al)\s+(cruel\s+)?mundo\b(?!\s+(de\s+(la|las|los|el)|laboral|del\s+trabajo))",
        r"\b(think\w*|thought)\s+(about|of)\s+(just\s+)?(driving|swerving|steering|veering)\s+(off\s+(the|a)\s+(road|cliff|bridge|motorway|highway)|into\s+(a|the)\s+(tree|wall|river|oncoming\s+traffic|lorry|truck))\b(?!\s+(to|for|at|in|into|with|this|next|on|tomorrow|tonight|and\s+(camp|park|explore)\w*)\b)(?!.{0,40}\b(game|gta|forza|beamng|lol|lmao|off-?road\w*|4x4|jeep|camping)\b)",
        # drowning oneself as a verb ("пойду утоплюсь", "хочу втопитися", "me voy a ahogar en el mar"),
        # not in work or in a bath of foam; a jump from a balcony or a roof in Ukrainian ("стрибну з
        # балкону"); no way out but dying
        r"\b(утоплюсь|утоплюся|втоплюсь|втоплюся)\b(?!\s+(в|у)\s+(работе|работу|делах|роботі|справах|пене|піні))|\b(хочу|хотел\w*|пойду|піду|решил\w*|вирішив|вирішила|собираюсь|збираюсь)\s+(\w+\s+)?(утопиться|утопитися|втопитися|втопитись|утопитись)\b(?!\s+(в|у)\s+(работе|работу|делах|роботі|справах|пене|піні))",
        r"\b(me\s+voy\s+a\s+ahogar|voy\s+a\s+ahogarme|quiero\s+ahogarme|me\s+quiero\s+ahogar|ahogarme)\s+(en\s+(el|la)\s+(mar|rio|lago|presa|tina|banera|alberca|piscina))\b(?!.{0,40}\b(jaja\w*|calor|trabajo|tarea\w*)\b)",
        r"\b(стрибну|вистрибну|зістрибну|скочу|кинусь)\s+(з|із|зі)\s+(балкону|балкона|даху|мосту|вікна|(\w+\s+)?поверху)\b(?!.{0,40}\b(в|у)\s+(воду|річку|озеро|море|басейн)\b)(?!.{0,60}\b(купат\w*|скупат\w*|освіж\w*|парашут\w*|тарзанк\w*)\b)",
        r"\b(no|don'?t\s+see\s+(a|any)|there'?s\s+no|theres\s+no|can'?t\s+see\s+(a|any))\s+(other\s+)?way\s+out\s+(except|but|other\s+than|besides|apart\s+from)\s+(dying|death|killing\s+myself|ending\s+it|suicide|to\s+die)\b(?!.{0,40}\b(lol|lmao|level|game|boss|quest|map)\b)",
        # everything mixed or taken "so I never feel anything again" ("so i dont have to feel anything
        # ever again", "чтобы больше ничего не чувствовать никогда", "para no sentir nada nunca más")
        r"\b(so|to|and|so\s+that)\s+(i\s+)?(don'?t|dont|never|do\s+not|won'?t|wont)\s+(have\s+to\s+)?(feel|fee)\s+(anything|a\s+thing|nothing)\s+(ever\s+)?again\b(?!.{0,40}\b(lol|lmao|haha\w*|till|until|tomorrow)\b)",
        r"\b(чтобы|чтоб)\s+(больше\s+)?(ничего|нічого)\s+(больше\s+)?(никогда\s+)?не\s+(чувствовать|почувствовать)\b(?=.{0,30}\bникогда\b)|\b(чтобы|чтоб)\s+(больше\s+)?никогда\s+(ничего\s+)?не\s+(чувствовать|почувствовать)\b|\b(щоб|щоби)\s+(більше\s+)?нічого\s+(більше\s+)?не\s+(відчувати|відчути)\b(?=.{0,30}\bніколи\b)|\b(щоб|щоби)\s+(більше\s+)?(нічого\s+)?ніколи\s+(нічого\s+)?не\s+(відчувати|відчути)\b",
        r"\bpara\s+no\s+(volver\s+a\s+)?sentir\s+nada\s+(nunca\s+mas|nunca|jamas|mas\s+nunca)\b(?!.{0,40}\b(jaja\w*|hasta)\b)",
        # "this weekend I kill myself" ("creo que este finde me mato"), not "me mato a estudiar"
        r"\b(este\s+(finde|fin\s+de\s+semana|sabado|domingo|lunes|martes|miercoles|jueves|viernes)|esta\s+(noche|semana|tarde)|hoy|manana|creo\s+que)\s+(ya\s+)?me\s+mato\b(?!\s+(de|a|con|en|por|trabajando|estudiando|entrenando|haciendo|corriendo|bailando|comiendo|jaja\w*)\b)(?!.{0,40}\b(jaja\w*|xd|gym|examen\w*|risa)\b)",
        # take a big amount "and not wake up" in the subjunctive ("que me meta una buena cantidad y no
        # despierte")
        r"\b(me\s+)?(meta|tome|inyecte|trague|eche)\s+(\w+\s+){0,3}(cantidad|todo|toda|todas|todos|dosis|chingo|monton|pila)\b.{0,30}\by\s+(ya\s+)?no\s+(despierte|me\s+despierte|vuelva\s+a\s+despertar)\b",
        # a razor or a blade in hand and started on one's arm ("razor's in my hand and i've started on
        # my arm"); a burn or a cut going on now in Spanish ("me estoy quemando con el encendedor")
        r"\b(razor|blade|knife|box\s+cutter|boxcutter|stanley|scissors|lighter)\b.{0,60}\b(started|starting|begun|going)\s+(on|at)\s+(my\s+)?(arms?|wrists?|legs?|thighs?|skin|stomach)\b|\b(started|starting|begun)\s+(on|at)\s+my\s+(arms?|wrists?|legs?|thighs?)\b.{0,60}\b(razor|blade|knife|box\s+cutter|lighter)\b",
        r"\bme\s+(estoy|sigo|vuelvo\s+a\s+estar)\s+(\w+\s+)?(cortando|quemando|lastimando|rajando|haciendo\s+(dano|cortes))\b(?!\s+(el|las|los|la|mi|mis)\s+(pelo|cabello|flequillo|unas|barba|puntas|dedo|dedos|lengua|comida))(?!.{0,50}\b(sol|playa|cocin\w*|sarten|horno|plancha|fiebre|calor|olla|agua\s+caliente|cafe)\b)(?=.{0,60}\b(encendedor|mechero|cigarr\w*|navaja|cuchilla|cuter|cutter|cuchillo|tijeras|vidrio|a\s+proposito|brazos?|munecas?|piernas?|muslos?|no\s+puedo\s+parar|callar|otra\s+vez|de\s+nuevo)\b)",
        # -- found on blind12-tune (2026-12-07, session 15, late round) --
        # in the car in a closed garage with the engine running, in any order, not warming it up
        r"\b(i'?m|im|i\s+am|sitting|sat|sit|waiting|just)\s+in\s+(the|my)\s+(car|truck|van)\b(?=.{0,80}\bengine\s+(running|on|idling)\b)(?=.{0,80}\bgarage\b)(?!.{0,100}\b(warm\w*|heat\w*|defrost\w*|mechanic|fix\w*|repair\w*|battery|door\s+(is\s+)?open|doors\s+open|open\s+door)\b)",
        r"\b(estoy|toy|sigo|sentad[oa]|metid[oa])\s+(\w+\s+)?en\s+el\s+(coche|carro|auto)\b(?=.{0,80}\bmotor\s+(encendido|prendido|en\s+marcha|andando)\b)(?=.{0,80}\b(garaje|garage|cochera)\b)(?!.{0,100}\b(calent\w*|calient\w*|mecanico|arregl\w*|bateria|abiert[oa])\b)",
        r"\b(сижу|сиджу|я)\s+(\w+\s+)?(в|у)\s+(машине|машині|тачке|тачці|авто)\b(?=.{0,80}\b(мотор\w*|двигун\w*|двигател\w*)\b)(?=.{0,80}\b(гараж\w*)\b)(?!.{0,100}\b(прогре\w*|прогрі\w*|гре\w*|грі\w*|механик\w*|механік\w*|ремонт\w*|аккумулятор\w*|акумулятор\w*|открыт\w*|відчинен\w*|відкрит\w*)\b)",
        # nobody will miss me, with the whole amount taken at once ("the whole gram", "todo el gramo")
        r"\b(nobody|no\s+one|noone)\s+(will|would|is\s+going\s+to|gonna|'?d|'?ll)\s+(even\s+|really\s+)?miss\s+me\b(?=.{0,80}\b(whole|entire|all\s+of\s+(it|the)|all\s+the|all\s+at\s+once|in\s+one\s+go)\b)|\b(whole|entire)\s+(gram|g|bag|baggie|stash|bottle|pack|batch|eight\w*|ball)\b.{0,80}\b(nobody|no\s+one|noone)\s+(will|would|is\s+going\s+to|gonna)\s+(even\s+|really\s+)?miss\s+me\b",
        r"\bnadie\s+(me\s+)?(va\s+a\s+extranar|extranaria|extranara|me\s+va\s+a\s+echar\s+de\s+menos|me\s+echaria\s+de\s+menos|me\s+echara\s+de\s+menos|va\s+a\s+echarme\s+de\s+menos)\b(?=.{0,80}\b(todo\s+el|toda\s+la|todas\s+las|todos\s+los|de\s+una|de\s+golpe)\b)|\b(todo\s+el\s+(gramo|paquete|frasco|bote)|toda\s+la\s+(bolsa|caja|botella))\b.{0,80}\bnadie\s+(me\s+)?(va\s+a\s+extranar|extranaria|extranara|me\s+va\s+a\s+echar\s+de\s+menos|me\s+echaria\s+de\s+menos)\b",
        r"\b(никто|ніхто)\s+(даже\s+|навіть\s+)?не\s+(будет\s+скучать|заскучает|заметит|вспомнит|сумуватиме|буде\s+сумувати|помітить|згадає)\b(?=.{0,80}\b(весь|всю|вс[её]\s+сразу|за\s+раз|увесь|усю|все\s+одразу|усе\s+одразу|одним\s+разом)\b)|\b(весь\s+(грамм|грам|пакет|флакон)|всю\s+(пачку|упаковку|банку)|увесь\s+(грам|пакет)|усю\s+(пачку|упаковку))\b.{0,80}\b(никто|ніхто)\s+(даже\s+|навіть\s+)?не\s+(будет\s+скучать|заметит|вспомнит|сумуватиме|буде\s+сумувати|помітить|згадає)\b",
        # things given away with an apology to everyone or "easier for them" (not a move or a clear-out)
        r"\b(giving|gave|given|give|handed|handing)\s+(away\s+)?(all\s+)?(of\s+)?my\s+(stuff|things|belongings|possessions|clothes|records|books)\s*(away\s+)?\b.{0,80}\b(said\s+sorry|apologi[sz]ed|sorry\s+to\s+(everyone|everybody|all)|(easier|better)\s+for\s+(them|everyone|everybody|all|my\s+family)|said\s+(my\s+)?goodbyes?)\b(?!.{0,60}\b(mov\w*|flat|apartment|abroad|declutter\w*|minimalis\w*|charity|donat\w*|sale|sell\w*|kondo)\b)",
        r"\b(regale|regalo|regalando|he\s+regalado|estoy\s+regalando|reparti|repartiendo|di|doy)\s+(todas\s+)?mis\s+cosas\b.{0,80}\b(pedi\s+perdon|perdon\s+a\s+todos|disculpas\s+a\s+todos|(mas\s+facil|mejor)\s+para\s+(ellos|todos|mi\s+familia)|me\s+despedi)\b(?!.{0,60}\b(mud\w*|piso|depa\w*|extranjero|caridad|don\w*|vend\w*)\b)",
        r"\b(раздал\w*|раздаю|отдал\w*|отдаю|роздав|роздала|роздаю|віддав|віддала|віддаю)\s+(все\s+|всі\s+|усі\s+)?(свои\s+|свої\s+)?(вещи|речі)\b.{0,80}\b(прощени\w*|извинил\w*|пробачення|вибачил\w*|вибачив\w*|(проще|легче|лучше|простіше|легше|краще)\s+(для\s+)?(им|всем|них|всех|їм|всім|усім|них)|(им|всем|їм|всім|усім)\s+(будет|буде)\s+(проще|легче|лучше|простіше|легше|краще)|попрощал\w*|попрощав\w*)\b(?!.{0,60}\b(переезд\w*|переїзд\w*|переезжа\w*|переїжджа\w*|квартир\w*|продаж\w*|продаю|благотвор\w*)\b)",
        # cut oneself on purpose ("порезалась специально", "cut myself on purpose"), not "not on purpose"
        r"(?<!\bне\s)(?<!\bnot\s)\b(порезал(ась|ся)|порізал(ася|ась|ся)|порізався|резанул(ась|ся)|cut\s+myself|me\s+corte|me\s+raje)\b(?!\s+(el|las|los|la)\s+(pelo|cabello|flequillo|unas|barba|puntas))(?!.{0,30}\b(не|not|no|sin)\s+(специально|нарочно|намеренно|спеціально|навмисно|навмисне|on\s+purpose|a\s+proposito|adrede)\b)(\s+\w+){0,3}\s+(специально|нарочно|намеренно|спеціально|навмисно|навмисне|on\s+purpose|deliberately|a\s+proposito|adrede)\b|(?<!\bне\s)(?<!\bnot\s)\b(специально|нарочно|намеренно|спеціально|навмисно|навмисне)\s+(\w+\s+)?(порезал(ась|ся)|порізал(ася|ась|ся)|порізався)\b",
        # "I won't be here tomorrow. thanks for everything" (not a day off or a trip)
        r"\b((меня|мене)\s+(уже\s+|вже\s+)?завтра|завтра\s+(меня|мене))\s+(уже\s+|вже\s+)?не\s+(будет|буде)\b(?!\s+(в|у|на|дома|вдома)\b)(?!.{0,80}\b(уезжа\w*|уеду|поезд\w*|самол[её]т\w*|рейс\w*|отпуск\w*|командировк\w*|від'?їжджа\w*|від'?їду|потяг\w*|літак\w*|відпустк\w*|відрядженн\w*|работ\w*|робот\w*|смен\w*|змін\w*)\b).{0,40}\b(спасибо|благодарю|дякую|вдячн\w*)\s+(за\s+вс[её]|за\s+усе|вам)\b(?!.{0,80}\b(уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|отпуск\w*|командировк\w*|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|відпустк\w*|відрядженн\w*|работ\w*|робот\w*|смен\w*|змін\w*)\b)",
        r"\bi\s+(won'?t|will\s+not|wont)\s+be\s+(here|around|alive)\s+(by\s+)?tomorrow\b(?!\s+(at|in|for|because)\b)(?!.{0,80}\b(flight|trip|moving|holiday|vacation|work|shift|offline)\b).{0,40}\bthank(s|\s+you)\s+(for\s+everything|all)\b(?!.{0,80}\b(flight|trip|moving|holiday|vacation|work|shift|offline)\b)|\bmanana\s+ya\s+no\s+(voy\s+a\s+estar|estare)\b(?!\s+(en|por|con)\b)(?!.{0,80}\b(viaje\w*|viajo|vuelo|vacaciones|trabajo|turno|mudo|mudanza)\b).{0,40}\bgracias\s+por\s+todo\b(?!.{0,80}\b(viaje\w*|viajo|vuelo|vacaciones|trabajo|turno|mudo|mudanza)\b)",
        # an overdose let happen ("хай буде передоз", "пусть будет передоз", "que sea sobredosis")
        r"\b(хай|нехай|пусть|пускай)\s+(вже\s+|уже\s+)?(буде|будет|станеться|случится)\s+(\w+\s+)?(передоз\w*|передозуванн\w*|передозировк\w*)\b(?!\s*\?)|\b(let\s+it\s+be|so\s+be\s+it\s+if\s+it'?s)\s+an?\s+(od|overdose)\b|(?<!\bpara\s)(?<!\bpa\s)(?<!\bhasta\s)(?<!\bantes\sde\s)(?<!\bsin\s)\bque\s+(sea|venga|me\s+de)\s+(una\s+|la\s+)?sobredosis\b(?!.{0,40}\b(como|cuanto|cuando)\b)(?!\s*\?)",
        # the last dose of my life on purpose (not quitting for good)
        r"\b(остання|останню|последняя|последнюю|last|ultima)\s+(доза|дозу|вмазка|вмазку|ширка|shot|hit|dose|dosis|raya|linea)\s+(в|у|of|de)\s+(моей\s+|моему\s+|my\s+|mi\s+)?(житті|жизни|life|vida)\b(?!.{0,80}\b(кину|кидаю|бросаю|брошу|завязываю|зав'?язую|quit\w*|rehab|clean|sober|treatment|detox|реабилит\w*|реабіліт\w*|лечени\w*|лікуванн\w*|дет[оа]кс\w*|dejo|dejar|limpi[oa]|tratamiento)\b)",
        # "tell me why I shouldn't go under a train now" (піти / пойти під потяг)
        r"\b(піти|піду|пійти|йти|пойти|пойду|идти|уйти)\s+(під|под)\s+(потяг\w*|поїзд\w*|поезд\w*|електричк\w*|электричк\w*|трамва\w*|фур[уи]|колеса|метро)\b",
        r"\bwhy\s+(shouldn'?t|should\s+not|not)\s+(i\s+)?(just\s+)?(step|walk|jump|throw\s+myself|go|get)\s+(out\s+)?(in\s+front\s+of|under)\s+(a|the|an)\s+(train|tram|bus|lorry|truck|subway|metro)\b|\bpor\s*que\s+no\s+(me\s+)?(tiro|tirarme|aviento|echo|meto)\s+(abajo\s+del|bajo\s+el|debajo\s+del|al|delante\s+del|frente\s+al)\s+(tren|metro|subte|camion)\b",
        # the letters written for the kids, "today I end it all" ("hoy termino con todo")
        r"\b(hoy|ya|manana|ahora)\s+(me\s+)?(termino|acabo|lo\s+termino|lo\s+acabo|voy\s+a\s+terminar|voy\s+a\s+acabar)\s+con\s+todo\b(?!\s+(el|la|los|las|lo|lo\s+de|mi|mis|esto\s+de|eso\s+de)\b)(?!.{0,60}\b(trabajo|tarea\w*|pendiente\w*|examen\w*|proyecto|mudanza|limpieza|curro|chamba|deberes)\b)",
        r"\b(wrote|written|left|finished)\s+(the\s+|my\s+)?(letters|notes|letter|note)\s+(to|for)\s+(my\s+)?(kids|children|son|daughter|family|mum|mom|parents|wife|husband|partner)\b.{0,60}\b(today|tonight|now)\s+(i\s+)?(end|finish)\s+(it|it\s+all|everything)\b|\b(escribi|deje|termine)\s+(las|mis|una|la)\s+(cartas|carta|notas|nota)\s+(para|a)\s+(mis\s+|mi\s+)?(hijos|hijas|hijo|hija|familia|mama|madre|padres|esposa|esposo|pareja)\b.{0,60}\b(hoy|esta\s+noche|ya)\s+(termino|acabo|se\s+acaba|se\s+termina)\b",
        # -- found on tune35 (2026-12-07, session 15) --
        # nothing left to live for; peace made with dying; everyone relieved
        r"\b(nothing|no\s+one|nobody|no\s+reason)\s+(left\s+)?to\s+live\s+for\b|\bmade\s+(my\s+)?peace\s+with\s+(dying|death|my\s+death|ending\s+it|not\s+being\s+here)\b|\b(everyone|everybody|people|my\s+family|they)\s+(would|will|'d)\s+be\s+(so\s+)?relieved\b(?!\s+(if|when|that|to)\s+(i|we)\s+(left|moved|quit|came|got|finished|passed|won|stayed|cooked|called))",
        # not here much longer ("don't think I'll be here much longer", "меня скоро не будет", "мене тут
        # скоро не буде", "pronto ya no voy a estar"), not a trip, a move or a job
        r"\b(don'?t|dont|do\s+not)\s+think\s+(i'?ll|ill|i\s+will|i'?m\s+going\s+to)\s+be\s+(here|around|alive)\s+(much\s+)?(longer|for\s+long|much\s+more)\b(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)",
        r"\b((меня|мене)\s+(тут\s+|здесь\s+|уже\s+|вже\s+)?скоро|скоро\s+(меня|мене))\s+(тут\s+|здесь\s+|уже\s+|вже\s+)?не\s+(будет|буде)\b(?!\s+(в|у|на|дома|вдома)\b)(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)|\b(pronto|muy\s+pronto)\s+ya\s+no\s+(voy\s+a\s+estar|estare)\b(?!\s+(en|por|con)\b)(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)",
        # goodbyes said to everyone, nothing else ("i've said my goodbyes", "я со всеми попрощался", "ya
        # me despedí de todos"), not before a trip or a move
        r"\b(i'?ve|i\s+have|already)\s+said\s+(all\s+)?my\s+goodbyes\b(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)|\bя\s+(уже\s+|вже\s+)?(со\s+всеми|з\s+усіма|з\s+всіма)\s+(попрощал\w*|попрощав\w*)\b(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)|\bя\s+(уже\s+|вже\s+)?(попрощал\w*|попрощав\w*)\s+(со\s+всеми|з\s+усіма|з\s+всіма)\b(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)|\bya\s+me\s+despedi\s+de\s+todos\b(?!.{0,80}\b(away|leaving|leave|flight|fly\w*|trip|moving|move|holiday|vacation|abroad|job|company|school|town|city|country|offline|online|уезжа\w*|уеду|переезж\w*|перееду|поезд\w*|самол[её]т\w*|рейс\w*|лечу|отпуск\w*|командировк\w*|в\s+сети|онлайн|від'?їжджа\w*|від'?їду|переїжджа\w*|переїду|потяг\w*|літак\w*|лечу|відпустк\w*|відрядженн\w*|в\s+мережі|viaje\w*|viajo|me\s+mudo|mudanza|vuelo|vacaciones|trabajo|en\s+linea)\b)",
        # "не хочу так больше жить", "не хочу так більше жити" (not a change of job or place)
        r"\bне\s+хочу\s+(так\s+)?(больше|більше|дальше|далі)\s+(так\s+)?(жить|жити)\b(?!.{0,60}\b(мен\w*|поменя\w*|переехать|переїхати|работ\w*|робот\w*|измен\w*|змін\w*|развод\w*|розлуч\w*|съехать|з'?їхати)\b)",
        # a car crashed on purpose ("crash my car on purpose", "врезаться в столб специально",
        # "estrellar el carro a propósito"), not a game
        r"\b((crash\w*|wreck\w*|wrap\w*|driv\w*|steer\w*)\s+(my|the|our)\s+(car|truck|van|motorbike|bike)\s+(\w+\s+){0,3}(on\s+purpose|into\s+(a|the|some)\s+(wall|tree|pole|truck|lorry|bridge|river|oncoming))|drive\s+(straight\s+)?into\s+(a\s+|the\s+)?(wall|tree|pole|oncoming\s+traffic|a\s+truck|a\s+lorry)\s+on\s+purpose)\b(?!.{0,40}\b(game|gta|forza|mario\s+kart|lol|lmao)\b)",
        r"\b(разбиться|разобьюсь|врезаться|врежусь|въехать|въеду|розбитися|розіб'?юсь|врізатися|вріжусь|в'?їхати|в'?їду)\s+(\w+\s+){0,3}(специально|нарочно|спеціально|навмисно|в\s+столб|в\s+стовп|в\s+стену|в\s+стіну|в\s+дерево|под\s+фуру|під\s+фуру|в\s+отбойник|у\s+стовп|у\s+стіну|у\s+дерево)\b(?!.{0,40}\b(игр\w*|гр[іи]\b|гта|gta)\b)|\b(estrellar(me)?|chocar(me)?|estampar(me)?)\s+(\w+\s+){0,3}(a\s+proposito|adrede|contra\s+(un|una|el|la)\s+(pared|arbol|poste|muro|trailer|camion))\b(?!.{0,40}\b(juego|gta)\b)",
        # self-harm till it bleeds or one passes out ("scratching my arms until they bleed", "биться
        # головой об стену пока не потеряю сознание"), not an itch
        r"\b(scratch\w*|pick\w*|bit\w*|bang\w*|hit\w*|punch\w*|burn\w*)\s+(my\s+)?(arms?|legs?|skin|wrists?|head|myself)\s+(\w+\s+){0,3}(until|till|til)\s+(they|it|i)\s+(bleed|bleeds|bled|pass\s+out|black\s+out)\b(?!.{0,60}\b(eczema|itch\w*|bites?|mosquito\w*|rash|allerg\w*|psoriasis|hives)\b)",
        r"\b(бьюсь|биться|бился|билась|бью\s+себя|б'?юся|битися|бився|билася)\s+(головой|головою)\s+(об|о|в|у|до)\s+(стену|стіну|стенку|стінку)\b.{0,30}\b(пока|до|поки|доки)\s+(не\s+)?(потеря\w*|втрат\w*|кров\w*|отключ\w*|вирублюсь|вырублюсь)",
        # on purpose, to die ("голодаю специально чтобы умереть", "no como a propósito para morirme")
        r"\b(специально|нарочно|навмисно|спеціально|a\s+proposito|adrede|on\s+purpose)\b.{0,40}\b(чтобы|чтоб|щоб|шоб|para|to)\s+(умереть|сдохнуть|помереть|померти|вмерти|здохнути|morir(me)?|die)\b",
        # the noose made or hung ("tied the noose", "петлю вже зробив", "ya tengo la soga amarrada")
        r"\b(tied|made|hung|rigged|set\s+up|put\s+up)\s+(up\s+)?(the|a|my)\s+noose\b|\bnoose\s+(is\s+)?(up|ready|tied|done|hanging)\b",
        r"\b(петл[юяі]|удавк[аиу])\s+(уже\s+|вже\s+)?(сделал\w*|завязал\w*|готов\w*|зробив|зробила|зв'?язав\w*|зав'?язав\w*|висит|висить|приготовил\w*|приготував\w*|повесил\w*|повісив\w*|прив'?язав\w*|привязал\w*)\b|\b(сделал\w*|завязал\w*|зробив|зробила|зав'?язав\w*|зав'?язала|повесил\w*|повісив\w*|привязал\w*|прив'?язав\w*)\s+(уже\s+|вже\s+)?(петл[юі]|удавку)\b(?!\s+(на|для)\s+(шнурк\w*|лодк\w*|човн\w*|собак\w*|сумк\w*))",
        r"\b(la\s+)?soga\s+(ya\s+)?(amarrada|atada|colgada|lista|puesta)\b|\b(ya\s+)?(amarre|ate|colgue|puse)\s+la\s+soga\b|\b(el\s+)?nudo\s+(de\s+la\s+)?(horca|soga)\s+(ya\s+)?(esta\s+)?(hecho|listo)\b",
        # "I want out of this life", "I pray I don't wake up"
        r"\b(want|wanna|need)\s+out\s+of\s+(this\s+)?(life|world|existence)\b|\bpray(ing)?\s+(that\s+)?i\s+(don'?t|dont|won'?t|wont|never)\s+wake\s+up\b(?!\s+(late|early|in\s+time|on\s+time|at|before|until|till|with|hungover|sick|groggy|to\s+(a|the|my)))",
        # everything ends at a chosen time ("it all ends tonight", "сегодня ночью всё закончится",
        # "завтра все скінчиться", "esta noche se acaba todo"), not a sale, a series or a holiday
        r"\b((tonight|tomorrow|today|this\s+weekend|soon)\s+(it\s+all|everything)\s+ends|(it\s+all|everything)\s+ends\s+(tonight|tomorrow|today|this\s+weekend)|(tonight|tomorrow|today)\s+it\s+(all\s+)?ends\s+for\s+me|it\s+(all\s+)?ends\s+(tonight|tomorrow|today)\s+for\s+me)\b(?!\s+(at|with|in\s+the))(?!.{0,60}\b(sale|offer|deal|party|series|season|show|game|match|festival|holiday|term|semester|exam\w*|shift|contract|lease|stream|сериал\w*|сезон\w*|финал\w*|матч\w*|игр[аы]\w*|акци\w*|распродаж\w*|скидк\w*|отпуск\w*|каникул\w*|экзамен\w*|сесси\w*|ремонт\w*|смен[аыу]\w*|серіал\w*|фінал\w*|гр[аи]\b|знижк\w*|відпустк\w*|канікул\w*|іспит\w*|сесі\w*|змін[аи]\w*|oferta|descuento|temporada|serie|vacaciones|fiesta|rebajas|promo\w*|plazo|partido|examen\w*|turno|contrato|work|school|uni|college|работ\w*|учеб\w*|учёб\w*|школ\w*|универ\w*|робот\w*|навчан\w*|універ\w*|trabajo|curro|chamba|clases?|escuela|uni|cole)\b)",
        r"\b((сегодня|сегодня\s+ночью|этой\s+ночью|завтра|скоро|сьогодні|сьогодні\s+вночі|цієї\s+ночі|завтра|незабаром)\s+(для\s+меня\s+|для\s+мене\s+)?(вс[её]|усе|все)\s+(закончится|кончится|закінчиться|скінчиться)|(вс[её]|усе|все)\s+(закончится|кончится|закінчиться|скінчиться)\s+(сегодня|сегодня\s+ночью|этой\s+ночью|завтра|сьогодні|сьогодні\s+вночі|цієї\s+ночі))\b(?!.{0,60}\b(sale|offer|deal|party|series|season|show|game|match|festival|holiday|term|semester|exam\w*|shift|contract|lease|stream|сериал\w*|сезон\w*|финал\w*|матч\w*|игр[аы]\w*|акци\w*|распродаж\w*|скидк\w*|отпуск\w*|каникул\w*|экзамен\w*|сесси\w*|ремонт\w*|смен[аыу]\w*|серіал\w*|фінал\w*|гр[аи]\b|знижк\w*|відпустк\w*|канікул\w*|іспит\w*|сесі\w*|змін[аи]\w*|oferta|descuento|temporada|serie|vacaciones|fiesta|rebajas|promo\w*|plazo|partido|examen\w*|turno|contrato|work|school|uni|college|работ\w*|учеб\w*|учёб\w*|школ\w*|универ\w*|робот\w*|навчан\w*|універ\w*|trabajo|curro|chamba|clases?|escuela|uni|cole)\b)",
        r"\b((esta\s+noche|hoy|manana|este\s+finde|pronto)\s+(se\s+)?(acaba|termina|terminara|acabara)\s+todo|todo\s+(se\s+)?(acaba|termina|terminara|acabara)\s+(esta\s+noche|hoy|manana|este\s+finde))\b(?!\s+(el|la|los|las|lo\s+de|de)\b)(?!.{0,60}\b(sale|offer|deal|party|series|season|show|game|match|festival|holiday|term|semester|exam\w*|shift|contract|lease|stream|сериал\w*|сезон\w*|финал\w*|матч\w*|игр[аы]\w*|акци\w*|распродаж\w*|скидк\w*|отпуск\w*|каникул\w*|экзамен\w*|сесси\w*|ремонт\w*|смен[аыу]\w*|серіал\w*|фінал\w*|гр[аи]\b|знижк\w*|відпустк\w*|канікул\w*|іспит\w*|сесі\w*|змін[аи]\w*|oferta|descuento|temporada|serie|vacaciones|fiesta|rebajas|promo\w*|plazo|partido|examen\w*|turno|contrato|work|school|uni|college|работ\w*|учеб\w*|учёб\w*|школ\w*|универ\w*|робот\w*|навчан\w*|універ\w*|trabajo|curro|chamba|clases?|escuela|uni|cole)\b)",
        # "decided to end it" (not with someone), "decided to finish it all on saturday" ("решила закончить
        # всё в субботу", "вирішила все закінчити"), an exit planned from this world
        r"\b(i'?ve\s+|i\s+have\s+|i\s+)?decided\s+to\s+end\s+it\b(?!\s+(with|between|off|early|there|here|now\s+with))(?!.{0,40}\b(him|her|them|he|she|they|he'?s|she'?s|they'?re|relationship|boyfriend|girlfriend|bf|gf|husband|wife|partner|job|contract|lease|subscription|cheat\w*|dating|date)\b)",
        r"\b(решил\w*|решено|вирішил\w*|вирішив|вирішено)\s+(\w+\s+)?((закончить|покончить|закінчити|покінчити|скінчити|кончить)\s+(со\s+всем|з\s+усім|вс[её]|усе|все)|(вс[её]|усе|все)\s+(закончить|закінчити|скінчити|кончить))\b(?!\s+(с|со|з|із)\s+(?!собой|собою))(?!.{0,60}\b(sale|offer|deal|party|series|season|show|game|match|festival|holiday|term|semester|exam\w*|shift|contract|lease|stream|сериал\w*|сезон\w*|финал\w*|матч\w*|игр[аы]\w*|акци\w*|распродаж\w*|скидк\w*|отпуск\w*|каникул\w*|экзамен\w*|сесси\w*|ремонт\w*|смен[аыу]\w*|серіал\w*|фінал\w*|гр[аи]\b|знижк\w*|відпустк\w*|канікул\w*|іспит\w*|сесі\w*|змін[аи]\w*|oferta|descuento|temporada|serie|vacaciones|fiesta|rebajas|promo\w*|plazo|partido|examen\w*|turno|contrato|work|school|uni|college|работ\w*|учеб\w*|учёб\w*|школ\w*|универ\w*|робот\w*|навчан\w*|універ\w*|trabajo|curro|chamba|clases?|escuela|uni|cole)\b)",
        r"\b(my\s+)?exit\s+plan\s+(is\s+)?(ready|done|set|sorted)\b|\bplanning\s+my\s+(exit|way\s+out)\s+(from|of)\s+(this\s+world|life|this\s+life|it\s+all|everything)\b",
        # "this is my last message ... sorry / love you all" ("это моё последнее сообщение, простите",
        # "це моє останнє повідомлення, вибачте", "este es mi último mensaje, perdón"): not a last
        # message for today or in a chat
        r"\b(this\s+is\s+my|my)\s+(very\s+)?(last|final)\s+(message|text|post|words)\s+(to\s+(anyone|anybody|everyone|everybody|you\s+all|all\s+of\s+you|the\s+world)|ever|here\s+ever)\b|\bthis\s+is\s+my\s+(very\s+)?(last|final)\s+(message|text|post|words)\b(?!\s+(for\s+(today|tonight|now|the\s+(day|night|week))|today|tonight|in\s+(this|the)\s+(chat|group|thread)|before\s+(bed|i\s+(sleep|go\s+to\s+bed|log\s+off)|my\s+(flight|trip|exam)))).{0,80}\b(sorry|forgive\s+me|love\s+(you|u|ya)(\s+(all|guys|everyone))?|goodbye|farewell|bye\s+(all|everyone|forever))\b",
        r"\b(это\s+)?(мо[её]|моя)\s+последн\w*\s+(сообщени\w*|пост|слова|письмо)\b(?!\s+(на\s+сегодня|сегодня|в\s+(этом|этой|чате|группе)|здесь|тут|перед\s+(сном|отпуском|поездкой|экзаменом))).{0,80}\b(простите|прости|прощайте|извините|люблю\s+вас|любил\w*|любила)\b",
        r"\b(це\s+)?(моє|мій|мо[яї])\s+останн\w*\s+(повідомлен\w*|пост|слова|лист)\b(?!\s+(на\s+сьогодні|сьогодні|в\s+(цьому|цій|чаті|групі)|у\s+(чаті|групі)|тут|перед\s+(сном|відпусткою|поїздкою|іспитом))).{0,80}\b(вибачте|пробачте|пробач|вибач|прощавайте|прощайте|люблю\s+вас|любив|любила)\b",
        r"\b(este\s+es\s+)?mi\s+ultimo\s+(mensaje|post|texto)\b(?!\s+(por\s+hoy|de\s+hoy|del\s+dia|en\s+(este|el)\s+(grupo|chat)|aqui|antes\s+de\s+(dormir|irme\s+de\s+viaje|mi\s+viaje|el\s+examen))).{0,80}\b(perdon\w*|lo\s+siento|l[oa]s\s+quiero|l[oa]s\s+ame|adios)\b",
        # a lethal amount asked so no one can bring one back ("сколько надо, чтобы точно не откачали",
        # "скільки треба, щоб не відкачали", "para que no me puedan reanimar", "so they can't revive
        # me"), or "would finish someone off ... asking for me"
        r"\b(чтобы?|чтоб|шоб)\s+(меня\s+)?(точно\s+|наверняка\s+|уже\s+)?не\s+(откачали|откачают|спасли|спасут|реанимировали|вытащили)\b|\b(щоб|шоб)\s+(мене\s+)?(точно\s+|напевно\s+|вже\s+)?не\s+(відкачали|відкачають|врятували|врятують|реанімували|витягли)\b",
        r"\bpara\s+que\s+(ya\s+)?no\s+me\s+(puedan\s+)?(reanimar|revivir|salvar|rescatar)\b|\bso\s+(they|no\s+one|nobody|noone)\s+(can'?t|cant|can|could|couldn'?t)\s+((revive|resuscitate|save|bring\s+back)\s+me|bring\s+me\s+back)\b",
        r"\b(would|will|to|enough\s+to|that\s+(would|will))\s+(actually\s+|definitely\s+|really\s+)?(finish|take)\s+(someone|somebody|a\s+person|me|myself|you)\s+(off|out)\b.{0,60}\b(asking\s+for\s+(me|myself)|for\s+(me|myself)\b(?!\s+and\s+my\s+(mates|friends)))",
        # self-harm now in English with the blade or the body part ("just carved into my thigh", "cut
        # my wrists with a razor"), not a kitchen or an accident
        r"\b(carved|slashed|sliced|cut|cutting|carving|slicing)\s+(into\s+|up\s+)?my\s+(thigh|thighs|wrist|wrists|forearm|forearms|arm|arms|leg|legs|stomach|belly|hip|hips|skin)\b(?=.{0,60}\b(blade|razor\w*|scalpel|sharpener|box\s?cutter|bleed\w*|blood|deep|again|on\s+purpose|nobody|no\s+one|hide|hidden|hiding|only\s+thing|helps|numb\w*|every\s+(day|night)|when\s+it\s+gets|(won'?t|wont|can'?t|cant|doesn'?t|don'?t|dont)\s+(see|look|notice))\b)(?!.{0,60}\b(cook\w*|chopp\w*|kitchen|accident\w*|by\s+mistake|fence|glass\s+door|fell|shaving\s+(my\s+)?legs|shave\w*)\b)",
        r"\b(порезал\w*|порізал\w*|порізав|резанул\w*|полоснул\w*|різонул\w*|me\s+corte|me\s+raje|me\s+rebane)\s+(себе\s+|собі\s+)?(\w+\s+)?(стегн\w*|бедр\w*|руку|руки|запясть\w*|зап'?яст\w*|ногу|ноги|живот|вены|вени|el\s+muslo|los\s+muslos|el\s+brazo|los\s+brazos|la\s+muneca|las\s+munecas|la\s+pierna|las\s+piernas|la\s+panza|las\s+venas)\b(?=.{0,60}\b(лезв\w*|лезом|лезо|бритв\w*|кров\w*|глубоко|глибоко|снова|знову|опять|navaja|cuchilla|gillette|hoja|sangr\w*|hondo|profundo|otra\s+vez)\b)(?!.{0,60}\b(готов\w*|нареза\w*|нарізал\w*|кухн\w*|случайно|випадково|нечаянно|cocin\w*|por\s+accidente|sin\s+querer|стекл\w*|скл\w*|vidrio)\b)",
        # UK slang for hanging oneself, and "kys ... I'm about to"
        r"\b(neck|necking)\s+myself\b|\bkys\b.{0,60}\b(about\s+to|gonna|going\s+to|i'?ll|ill|might\s+(just|actually))\s+(just\s+|actually\s+|finally\s+)?(do\s+it|do\s+that|listen)\b",
        # the note written and left, "tonight's the night" ("dejé la carta ... hoy es la noche")
        r"\b(written|wrote|left|finished|signed)\s+(the|my|a|all\s+the|my\s+last)\s+(note|notes|letter|letters)\b.{0,80}\b(tonight'?s\s+the\s+night|tonight\s+is\s+the\s+night|it'?s\s+time\s+now|this\s+is\s+it)\b|\b(deje|escribi|termine|firme)\s+(la|mi|una|las)\s+(carta|nota|cartas|notas)\b.{0,80}\b(hoy\s+es\s+la\s+noche|esta\s+noche\s+es\s+la\s+noche|ya\s+es\s+hora|llego\s+la\s+hora)\b",
        # under a train, a bus, a lorry ("step in front of one", "кинутись під потяг", "броситься под
        # поезд"), thought about or nearly done
        r"\b(thinking|think|thought|wanting|want|wanna|tempted|easy|urge|gonna|going\s+to|nearly|almost|i'?ll|ill)\b.{0,50}\b(step|stepping|jump|jumping|walk|walking|throw\s+myself|throwing\s+myself|lie|lying|lay)\s+(out\s+)?(in\s+front\s+of|under)\s+((a|the|an|that)\s+(\w+\s+)?(train|trains|tram|bus|lorry|truck|tube|subway|metro)|one)\b(?!.{0,30}\b(to\s+(catch|get|take|grab)|by\s+(accident|mistake)|lol|haha)\b)",
        r"\b(кинутис[ья]|кинусь|кинувся|кинулась|кинулася|лягти|ляжу|стрибнути|шагнути|ступити|броситься|брошусь|бросился|бросилась|кинуться|кинулся|кинулась|лечь|лягу|шагнуть|шагнул\w*|прыгнуть|прыгну)\s+(під|под)\s+(потяг\w*|поїзд\w*|поезд\w*|електричк\w*|электричк\w*|трамва\w*|машин\w*|вантажівк\w*|грузовик\w*|фур[уи]|колеса|метро)\b",
        r"\b(tirarme|aventarme|echarme|lanzarme|arrojarme|botarme)\s+(abajo\s+del|bajo\s+el|debajo\s+del|al|frente\s+al|delante\s+del|enfrente\s+del)\s+(tren|metro|subte|camion|bus|colectivo|trailer)\b",
        # the means bought, and "doing it sunday" ("compré una soga, lo hago el domingo")
        r"\b(bought|got|picked\s+up|ordered)\s+(a|the|some|my)\s+(\w+\s+)?(rope|hose|hosepipe|charcoal|helium|nitrogen|razor\s?blades)\b(?!.{0,60}\b(garden|tent|camping|climb\w*|boat|washing|laundry|swing|hammock|dog|bbq|barbecue|grill|cookout)\b).{0,80}\b(doing|do)\s+it\s+(on\s+)?(tonight|tomorrow|this\s+(weekend|week)|on\s+the\s+\d+\w*|(mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(compre|consegui|pedi)\s+((una|la|el|un)\s+)?(soga|cuerda|manguera|carbon)\b(?!.{0,60}\b(jardin|carpa|tienda\s+de\s+campana|camping|asado|parrilla|ropa|tender|perro|columpio|hamaca|escalar)\b).{0,80}\blo\s+(hago|voy\s+a\s+hacer)\s+(el\s+)?(hoy|manana|esta\s+noche|este\s+finde|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b",
        r"\b(купил\w*|купив|достал\w*|дістав\w*|дістала|замовив|заказал\w*)\s+(\w+\s+)?(веревк\w*|верёвк\w*|мотузк\w*|шланг\w*|уголь|вугілля|гелий|гелій|лезви\w*|леза)\b(?!.{0,60}\b(палатк\w*|намет\w*|бель[её]|білизн\w*|дач\w*|сад\w*|огород\w*|город\w*|лодк\w*|човн\w*|качел\w*|гойдалк\w*|гамак\w*|шашлык\w*|шашлик\w*|мангал\w*|собак\w*|поход\w*|похід\w*|скалолаз\w*|альпін\w*|альпин\w*|шар\w*|кул\w*)\b).{0,80}\b(сделаю|зроблю|зробю)\s+(это\s+|це\s+|все\s+|всё\s+)?(сегодня|завтра|сьогодні|ночью|вночі|(в|у)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю|выходные|вихідні))\b",
        # the gun loaded and in the lap or the mouth
        r"\b(gun|pistol|revolver|shotgun|rifle|glock)\s+(\w+\s+){0,3}(in\s+my\s+mouth|to\s+my\s+head|against\s+my\s+(head|temple|chin)|under\s+my\s+chin)\b(?!.{0,60}\b(game|movie|film|show|series|photo|pic|video|фильм\w*|кино|игр[аеуы]\w*|сериал\w*|фото|видео|фільм\w*|серіал\w*|гр[іи]\b|грі|відео|peli\w*|pelicula|juego|serie|foto|video)\b)|\b(пистолет\w*|ствол|ружь[её]|пістолет\w*|рушниц\w*|pistola|revolver|escopeta|el\s+arma|la\s+escuadra)\b.{0,50}\b((у|к|біля|до)\s+(виска|виску|скроні)|(в|во|у)\s+(рот|рту|роті)|на\s+(коленях|колінах)|en\s+(la|mi)\s+(boca|cabeza|sien|regazo)|en\s+las\s+piernas)\b(?!.{0,60}\b(game|movie|film|show|series|photo|pic|video|фильм\w*|кино|игр[аеуы]\w*|сериал\w*|фото|видео|фільм\w*|серіал\w*|гр[іи]\b|грі|відео|peli\w*|pelicula|juego|serie|foto|video)\b)",
        r"\b(loaded|cocked|holding|got|have)\s+(the|my|a|dad'?s|my\s+dad'?s)\s+(gun|pistol|revolver|rifle|shotgun|glock)\b.{0,40}\b(on|in|to|against)\s+my\s+(lap|mouth|head|temple|chin)\b|\b(cant|can'?t|cannot)\s+(do\s+this|go\s+on|take\s+(it|this))\s+any\s?more\b.{0,40}\b(loaded|cocked)\s+(the|my|a)\s+(gun|pistol|revolver|rifle|shotgun)\b",
        # better off with the life insurance than with me
        r"\b(better\s+off|happier|be\s+better)\s+(with|having)\s+(the\s+|my\s+)?(life\s+)?insurance(\s+money|\s+payout)?\s+than\s+(with\s+)?me\b|\b(лучше|краще)\s+(будет|буде)?\s*(со|з|із|зі)\s+страховк\w*\s*,?\s+(чем|ніж)\s+(со\s+мной|з\s+мною|зі\s+мною)\b|\bmejor\s+con\s+(el\s+)?(dinero\s+del\s+)?seguro\s+(de\s+vida\s+)?que\s+conmigo\b",
        # on a roof or a ledge and no longer afraid ("стою на крыше, уже не страшно", "estoy en la azotea,
        # ya no tengo miedo")
        r"\b(стою|сижу|я|стоїмо|сиджу|стою\s+зараз)\s+на\s+(крыше|краю|мосту|даху|краю|мості|карнизе|карнизі|парапете|парапеті)\b.{0,60}\b((уже|вже)\s+не\s+страшно|не\s+страшно\s+(уже|вже)|(уже|вже)\s+не\s+боюс[ья]|(уже|вже)\s+не\s+боюся)\b|\b(estoy|toy|ando)\s+(parad[oa]\s+|sentad[oa]\s+|arriba\s+)?(en|sobre)\s+(la\s+|el\s+)?(azotea|techo|borde|cornisa|puente|barandal|baranda)\b.{0,60}\bya\s+no\s+(tengo|me\s+da)\s+miedo\b|\b(standing|sitting|i'?m|im)\s+(on|at)\s+(the\s+)?(edge\s+of\s+the\s+)?(roof|rooftop|ledge|bridge)\b.{0,60}\b(not|no\s+longer)\s+(scared|afraid)\s+any\s?more\b",
        r"\b(ya\s+no\s+tengo\s+miedo|ya\s+no\s+me\s+da\s+miedo|(уже|вже)\s+не\s+(страшно|боюс[ья]|боюся)|(not|no\s+longer)\s+(scared|afraid)(\s+any\s?more)?)\b.{0,40}\b(estoy|toy|стою|сижу|сиджу|я|i'?m|im|standing|sitting)\s+(parad[oa]\s+|sentad[oa]\s+)?(en|sobre|на|on|at)\s+(el\s+|la\s+|the\s+)?(edge\s+of\s+the\s+)?(puente|azotea|techo|cornisa|borde|крыше|краю|мосту|даху|мості|roof|rooftop|bridge|ledge)\b",
        # suicidal thoughts misspelt, with a plan ("суицыдальные мысли ... есть план", "pensamientos
        # sucidas ... tengo un plan")
        r"\b(су[иі][цс][иыіе]д\w*|суецид\w*|суiцид\w*|suicid\w*|sucid\w*|suisid\w*|suicd\w*|suecid\w*|sewercid\w*)\b.{0,80}\b((теперь|тепер|уже|вже)\s+(есть|є)\s+план|(ya|ahora)\s+(ya\s+)?tengo\s+(un\s+)?plan|(now|finally)\s+(i\s+)?(have|got)\s+a\s+plan)\b",
        # googling how to die ("гуглю как умереть без боли", "busco cómo morir sin dolor")
        r"\b(гуглю|загуглил\w*|ищу|искал\w*|погуглил\w*|шукаю|шукав|шукала|загуглив|загуглила|погуглив|busco|buscando|busque|googleo|googlee|googleando)\s+(в\s+(интернете|инете|гугле)\s+|в\s+(інтернеті|гуглі)\s+|en\s+(google|internet)\s+)?(как|як|como)\s+(умереть|помереть|померти|вмерти|morir|morirse|matarme|убить\s+себя|вбити\s+себе|покончить\s+с\s+собой|покінчити\s+з\s+собою|suicidarme)\b",
        # lying with cut veins ("лежу в ванной с порезанными венами", "con las venas cortadas")
        r"\b(лежу|сижу|я|лежу\s+зараз|сиджу)\b.{0,40}\b(с|з|із)\s+(порезанн\w*|вскрыт\w*|перерезанн\w*|порізан\w*|розрізан\w*|розкрит\w*|перерізан\w*)\s+(венами|веною|венам|запясть\w*|зап'?яст\w*)\b|\b(estoy|toy|sigo)\b.{0,40}\bcon\s+las\s+venas\s+(cortadas|abiertas)\b",
        # all the insulin injected on purpose ("вколю себе весь инсулин", "me voy a inyectar toda la insulina")
        r"\b(вколю|введу|уколю|вколоти|ввести|вколоть|вколю\s+собі|ввести\s+собі)\s+(себе\s+|собі\s+)?(вес[ьь]|всю|вс[её]|увесь|весь|усю|усе|все)\s+(свой\s+|свій\s+|мой\s+|мій\s+)?(инсулин\w*|інсулін\w*)\b(?!\s+(по\s+схеме|как\s+назначено|як\s+призначено|за\s+схемою))|\b(inyectar(me)?|me\s+inyecto|ponerme|meterme)\s+toda\s+(la|mi)\s+insulina\b(?!\s+(que\s+me\s+(toca|corresponde|recet\w*)|de\s+la\s+(manana|noche)))",
        r"\b(all|the\s+whole|every\s+(pen|vial)\s+of)\s+(of\s+)?(my|the)\s+insulin\b.{0,40}\b(at\s+once|in\s+one\s+go|on\s+purpose|i'?m\s+done|im\s+done|to\s+end\s+it|and\s+(be\s+done|never\s+wake|not\s+wake))\b(?!.{0,60}\b(by\s+(mistake|accident)|accidentally|instead\s+of|what\s+(do|should)\s+i\s+do)\b)|\b(inject|shoot|take|do)\s+(all|the\s+whole)\s+(of\s+)?(my|the)\s+insulin\s+(at\s+once|in\s+one\s+go|on\s+purpose)\b(?!.{0,60}\b(by\s+(mistake|accident)|accidentally|instead\s+of)\b)",
        # "я выпиливаюсь" (not out of a chat)
        r"\b(я\s+)?(выпиливаюсь|выпилюсь|самовыпиливаюсь)\b(?!\s+(из|с|со)\s)",
        # -- found on blind11-tune (2026-12-06, session 14's late round) --
        # the means saved up for a purpose ("been stockpiling my bars, it's enough now", "коплю
        # феназепам не просто так", "назбирав пігулок, вистачить", "guardando pastillas para irme")
        r"\b(saving|saved|stockpil\w*|hoard\w*|collecting|collected|stashing|stashed|building\s+up|hiding|hid)\s+(up\s+)?([\w']+\s+){0,2}(pills|doses|meds|tablets|methadone|bupe|subs|scripts?|bars|oxys?|benzos|xans?|sleeping\s+(pills|tablets))\b(?:(?!\b(trip|holiday|travel\w*|festival|abroad|vacation|flight)\b).){0,60}\b(for\s+a\s+reason|to\s+end\s+(it|this|things|everything)|enough\s+now|(it'?s|its|that'?s|thats|there'?s|theres)\s+enough(?!\s+(for|to\s+last))|to\s+be\s+done|for\s+good|for\s+the\s+end(?!\s+of\b)|for\s+one\s+night)\b",
        r"\b(коплю|копил\w*|накопил\w*|накопич\w*|насобира\w*|собираю|собрал\w*|назбира\w*|збираю|зібрав\w*|зібрала|відкладаю|откладываю|откладывал\w*|відкладал\w*|заначил\w*|прячу|прятал\w*|ховаю|ховал\w*|ховав)\s+(\w+\s+){0,2}(таблет\w*|колес\w*|пігул\w*|метадон\w*|доз\w*|феназ\w*|снотворн\w*|снодійн\w*|ліки|лекарств\w*)\b.{0,60}\b((хватит|вистачить|вистачит|достаточно|досить)(?!\s+на\b)|(целая\s+|ціла\s+)?(горсть|жменя|жменька)\s+(\w+\s+)?(набрал\w*|набралась|набралося)|чтобы\s+(закончить|покончить|уйти|не\s+проснуться)|щоб\s+(закінчити|покінчити|піти|не\s+прокинутися)|не\s+просто\s+так|неспроста)\b",
        r"\b(juntando|junte|junto|guardando|guarde|ahorrando|acumulando|acumule|reuniendo|reuni|escondiendo|escondi)\s+(\w+\s+){0,2}(pastillas|pastis|metadona|dosis|pepas|rivotril|clonas|clonazepam|diazepam|alprazolam|tramadol|benzos|medicamentos)\b.{0,60}\b(para\s+(terminar|acabar|irme|matarme|no\s+despertar)|por\s+algo|(suficientes?|alcanza\w*)(?!\s+para\s+(el|la|un|una|todo|todos|las|los))|ya\s+(tengo|hay|junte|llevo)\s+(suficientes|bastantes))\b",
        # everything left taken to be done ("gonna neck the lot and be done", "выпью всё что есть и
        # всё, конец", "me meto todo lo que me queda y se acabó")
        r"\b(take|swallow|do|shoot|use|neck|down)\s+(everything|all|the\s+lot|whatever)\s+(i'?ve\s+got|i\s+got|i\s+have|(that'?s|thats)\s+left|left|in\s+the\s+(cupboard|cabinet|drawer|house|box|bag)|at\s+once)\s+(\w+\s+){0,2}(and|then)\s+(be\s+done|end\s+it|be\s+gone|never\s+wake|not\s+wake\s+up|check\s+out|go\s+to\s+sleep\s+for\s+good|sleep\s+forever)\b(?!\s+with)",
        r"\b(выпью|съем|вколю|приму|випю|вип'?ю|з'?їм|вколю|прийму)\s+(вс[её]|усе|все)\s+(\w+\s+){0,4}(и|і|й)\s+(вс[её]|усе|конец|кінець|уйду|піду|не\s+проснусь|не\s+прокинусь)\b",
        r"\b(me\s+(meto|tomo|chuto|pico)|tomarme|meterme)\s+todo\s+(lo\s+que\s+(me\s+)?(queda|tengo|hay))\s+(\w+\s+){0,3}(y\s+)(se\s+acabo|listo|chau|adios|no\s+despertar|terminar)\b",
        # a "golden shot" (an overdose on purpose, said in slang)
        r"\b(поставить|сделать|вколоть|поставлю|сделаю|вколю|поставити|зробити|вколоти|зроблю|хочу)\s+(себе|собі)\s+золот\w*\b|\bзолот(ой|ую|ий|у)\s+(укол|дозу|дозняк|шприц|вмазк\w*)\b|\b(give\s+myself|do|take|have|shoot\s+up|shoot)\s+(a|the|my)\s+golden\s+shot\b|\b(dosis|pico|chute)\s+(de\s+oro|dorad[oa])\b",
        # "you're the last one I'm talking to" ("ти останній з ким я говорю", "eres la última persona
        # con la que hablo")
        r"\b(you'?re|youre|you\s+are)\s+the\s+last\s+(one|person)\s+(i'?m|im|i\s+am|i'?ll\s+be|i\s+will\s+be)?\s*(talk\w*|speak\w*)\b(?!\s+(to\s+)?(today|tonight|before|about|this|until|till|for))|\b(ты|ти|вы|ви)\s+(последн\w*|останн\w*)\s+(\w+\s+)?(с|з)\s+(кем|ким)\s+я\s+(говорю|разговариваю|розмовляю|поговорю)\b(?!\s+(сегодня|сьогодні|перед|до|про|об))|\b(eres|sos)\s+(el|la)\s+ultim[oa]\s+(persona\s+)?con\s+(quien|(el|la)\s+que)\s+hablo\b(?!\s+(hoy|antes|de|sobre|esta))",
        # no sense left, and how to do it quietly ("не вижу смысла ... думаю как это сделать тихо")
        r"\bне\s+(вижу|бачу)\s+(\w+\s+)?(смысла|сенсу)\b.{0,80}\b(как|як)\s+(\w+\s+)?(сделать|зробити|уйти|піти)\s+(\w+\s+)?(тихо|безболезненно|безболісно|наверняка|напевно)\b|\b(no\s+point|no\s+reason\s+to\s+go\s+on)\b.{0,80}\bhow\s+to\s+do\s+it\s+(quietly|painlessly|for\s+sure)\b|\bno\s+le\s+veo\s+sentido\b.{0,80}\bcomo\s+hacerlo\s+(sin\s+dolor|tranquil\w*|sin\s+que\s+nadie)\b",
        # "if I don't write tomorrow you know why"
        r"\bif\s+i\s+(don'?t|dont|do\s+not)\s+(write|answer|reply|text|message|post)\s+(\w+\s+){0,2}(tomorrow|again)\b.{0,30}\byou('?ll|\s+will)?\s+know\s+why\b|\bsi\s+(manana\s+)?no\s+(escribo|contesto|respondo)\s+(\w+\s+)?(manana\s+)?(ya\s+)?(sabeis|saben|sabes|sabran|sabreis)\s+(por\s+que|porque)\b|\bесли\s+(завтра\s+)?(я\s+)?не\s+(напишу|отвечу)\s+(\w+\s+)?(вы\s+|ты\s+)?(знаете|знаешь|поймете|поймёте|поймешь)\s+почему\b|\bякщо\s+(завтра\s+)?(я\s+)?не\s+(напишу|відповім)\s+(\w+\s+)?(ви\s+|ти\s+)?(знаєте|знаєш|зрозумієте|зрозумієш)\s+чому\b",
        # cut oneself again and bleeding, or not caring ("me acabo de cortar otra vez ... me da igual")
        r"\bme\s+(acabo\s+de\s+cortar|he\s+vuelto\s+a\s+cortar|volvi\s+a\s+cortar|he\s+cortado|corte)\s+(otra\s+vez|de\s+nuevo|otra\s+ves|los\s+brazos|las\s+munecas|el\s+brazo|la\s+muneca|las\s+piernas)\b(?!.{0,40}\b(cocin\w*|cuchillo|afeit\w*|vidrio|lata|papel|pelo|unas|flequillo)).{0,60}\b(sangr\w*|me\s+da\s+igual|no\s+me\s+importa)\b",
        # jumping off a height, said as a plan ("decided, jumping off the car park roof tonight")
        r"\b(i'?m|im|i\s+am|gonna|going\s+to|i'?ll|ill|plan\w*\s+(on|to)|decided|about\s+to)\s+(\w+\s+){0,2}(jump\w*|leap\w*|throw\s+myself)\s+off\s+(the\s+|a\s+|that\s+)?(\w+\s+)?(multi\s?stor[e]?y|multistorey|car\s?park|parking\s+(garage|structure)|bridge|roof|rooftop|building|tower|block|cliff|overpass|flyover)\b(?!\s+(into|in\s+to|in\s+the\s+(water|river|lake|sea|pool)|for\s+(a\s+)?(swim|dare|video|tiktok)))",
        # -- found on tune33 (2026-12-06, session 14) --
        # the height a fall needs to be fatal ("how high does a building need to be so you don't
        # survive", "с какого этажа прыгать наверняка", "з якого поверху щоб напевно", "desde qué piso
        # para no sobrevivir"), not a dive into water asked safely
        r"\bhow\s+(high|tall|many\s+(floors|stories|storeys|metres|meters|feet))\b.{0,60}\b((not|don'?t|dont|never|wouldn'?t|won'?t)\s+survive|to\s+die|be\s+fatal|to\s+be\s+sure|for\s+sure|guaranteed)\b|\b(what|which)\s+(floor|height)\b.{0,50}\b(to\s+die|not\s+survive|be\s+fatal|to\s+be\s+sure|for\s+sure|guaranteed)\b",
        r"\b(с|со)\s+(какого|скольки|скольких|какой)\s+(этажа|высоты)\b.{0,60}\b(наверняка|насмерть|не\s+выжить|умереть|разбиться)\b|\b(з|із|зі)\s+(якого|скількох|якої)\s+(поверху|висоти)\b.{0,60}\b(напевно|напевне|насмерть|не\s+вижити|померти|вмерти|розбитися)\b",
        r"\b(desde|de)\s+(que|cual|cuantos?)\s+(piso|pisos|altura|metros)\b.{0,60}\b(no\s+sobrevivir|no\s+sobrevives|para\s+morir|morirse|matarse|matarme|a\s+lo\s+seguro|segurito)\b",
        # "estoy planeando quitarme de en medio" (the wish said as a plan)
        r"\b(planeando|planeo|pienso|voy\s+a|quiero|decidi|tengo\s+ganas\s+de|es\s+hora\s+de)\s+quitarme\s+de\s+(en\s+)?(el\s+)?medio\b",
        # self-harm done and wanted again ("порезалась час назад и хочу ещё", "me corté y quiero más")
        r"\b(порезал\w*|порізал\w*|резала?\s+себя|різа(в|ла)\s+себе)\b.{0,60}\b(хочу|хочется|хочеться|тянет|тягне)\s+(ещ[её]|ще|снова|опять|знову|знов|повторить|повторити)\b",
        r"\b(cut|hurt|burned|burnt)\s+myself\b.{0,60}\b(want|wanna|need)\s+(to\s+)?(do\s+it\s+)?(again|more)\b|\bme\s+(corte|lastime|queme)\b.{0,60}\bquiero\s+(mas|otra\s+vez|hacerlo\s+(otra\s+vez|de\s+nuevo)|volver\s+a\s+hacerlo)\b",
        # a goodbye with thanks: "thanks for everything, you were the best part of my life", "take
        # care of each other for me", "cuídense entre ustedes por mí", "берегите друг друга за меня"
        r"\bthank(s|\s+you)\s+(\w+\s+){0,2}for\s+everything\b.{0,100}\byou\s+(guys\s+|all\s+)?were\s+the\s+best\s+(part|thing)\b|\bgracias\s+(\w+\s+){0,2}por\s+todo\b.{0,100}\b(fueron|eran)\s+lo\s+mejor\s+de\s+mi\s+vida\b",
        r"\b(take\s+care\s+of|look\s+after)\s+(each\s+other|one\s+another|yourselves)\s+(for\s+me|when\s+i'?m\s+gone|after\s+i'?m\s+gone)\b(?!.{0,40}\b(while|till|until|back|rehab|trip|holiday|away)\b)",
        r"\bcuid(en|ense|ad|aos)(se)?\s+((entre\s+)?(ustedes|vosotros)\s+|mucho\s+)?por\s+mi\b(?!.{0,40}\b(mientras|hasta\s+que|vuelva|regrese|viaje|vacaciones)\b)|\bберегите\s+(друг\s+друга|себя)\s+за\s+меня\b|\bбережіть\s+(одне\s+одного|один\s+одного|себе)\s+за\s+мене\b",
        # things given away, not needed after this weekend (the weekend is no trip here)
        r"\b(gave|given|giving|handed)\b.{0,80}\b(won'?t|wont|will\s+not)\s+(be\s+)?need(ing)?\s+(them|it|any\s+of\s+(it|this|them))\s+(after|past|beyond)\s+(this|the|next)\s+(weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\b",
        # a goodbye with a love in the past tense ("прощайте, я вас любила", "goodbye all, i loved you
        # all"), not a city or a summer left, not "see you next year"
        r"\b(прощайте|прощавайте|goodbye|farewell|adios)(\s+(all|everyone|guys|my\s+friends|a\s+todos|все|всі|усі|друзья|друзі))?\s+(я\s+вас\s+(так\s+|очень\s+|дуже\s+)?(любил|любила|любив)|i\s+(really\s+)?loved\s+you(\s+all|\s+guys)?|l[oa]s\s+(quise|ame)(\s+mucho)?)\b(?!.{0,40}\b(see\s+you|next\s+(year|time|week)|hasta\s+(pronto|la\s+proxima|luego)|до\s+встречи|до\s+зустрічі|увидимся|побачимось))",
        r"\b(я\s+вас\s+(так\s+|очень\s+|дуже\s+)?(любил|любила|любив)|i\s+(really\s+)?loved\s+you\s+(all|guys)|l[oa]s\s+(quise|ame)\s+(mucho|a\s+todos))\s+(\w+\s+){0,2}(прощайте|прощавайте|goodbye|farewell|adios)\b(?!.{0,40}\b(see\s+you|next\s+(year|time|week)|hasta\s+(pronto|la\s+proxima|luego)|до\s+встречи|до\s+зустрічі|увидимся|побачимось))",
        # on the way to a bridge or a roof to end it ("їду на міст, щоб все закінчити", "heading to
        # the bridge to end it", "voy al puente a acabar con todo")
        r"\b(їду|іду|йду|еду|иду|going|heading|driving|walking|voy|me\s+voy)\s+(\w+\s+)?(на|до|к|to|al|a\s+la|hacia)\s+(the\s+)?(міст|мосту|мост|дах|крышу|bridge|roof|rooftop|cliff|puente|azotea|acantilado|рейки|рельсы|tracks|vias)\b.{0,30}\b((щоб|чтобы|чтоб|шоб)\s+(все|всё|усе|со\s+всем)\s+(закінчити|закончить|скінчити|кончить|покінчити|покончить)|(щоб|чтобы|чтоб|шоб)\s+(покончить\s+с\s+(собой|жизнью|всем)|покінчити\s+(з\s+собою|з\s+життям|з\s+усім))|to\s+end\s+(it|it\s+all|everything|my\s+life)|(para|a)\s+(acabar|terminar)\s+con\s+(todo|mi\s+vida))\b",
        # the last note written ("остання записка написана", "last note is written")
        r"\b(suicide|goodbye)\s+(note|letter)\s+(is\s+)?(written|done|finished|ready)\b|\b(последн\w*|прощальн\w*|предсмертн\w*)\s+записк\w*\s+(уже\s+)?(написан\w*|готов\w*)\b|\b(останн\w*|прощальн\w*|передсмертн\w*)\s+записк\w*\s+(вже\s+)?(написан\w*|готов\w*)\b|\b(ultima\s+nota|nota\s+de\s+despedida|carta\s+de\s+despedida)\s+(ya\s+)?(esta\s+)?(escrita|lista)\b",
        # "не хочу ничего, даже жить", "не хочу нічого, навіть жити", "no quiero nada, ni siquiera vivir"
        r"\b(не\s+хочу|не\s+хочеться|не\s+хочется)\s+(\w+\s+){0,3}(даже|навіть|вже\s+й|уже\s+и)\s+(жить|жити)\b|\bno\s+quiero\s+(\w+\s+){0,3}ni\s+(siquiera\s+)?vivir\b|\b(don'?t|dont)\s+want\s+(\w+\s+){0,3}not\s+even\s+to\s+(live|be\s+alive)\b",
        # to lie down and never get up ("хочу лягти і не встати"), not a lie-in
        r"\b(хочу|хочется|хочеться)\s+(лечь|лягти|уснуть|заснути)\s+(и|і|й)\s+(больше\s+|більше\s+|никогда\s+|ніколи\s+)?не\s+(встать|встати|вставать|вставати)\b(?!\s+(до|раньше|рано|завтра|зранку|утром|на))|\b(want\s+to|wanna)\s+lie\s+down\s+and\s+never\s+get\s+up\b|\bquiero\s+acostarme\s+y\s+no\s+(volver\s+a\s+)?levantarme\s+(nunca|mas|jamas)\b",
        # swallowing all the medicine cabinet ("наковтатись всього що є в аптечці")
        r"\b(наковтатись|наковтатися|наглотаться|наглотатися|нажраться|нажертися)\s+(\w+\s+)?(всього|всего|усього|всех|всіх)\s+(що|что|шо)\s+(є|есть)\b|\b(swallow|take)\s+everything\s+in\s+the\s+(medicine\s+cabinet|first\s+aid\s+kit)\b|\btomarme\s+todo\s+lo\s+del\s+botiquin\b",
        # "вмру і всім стане легше", "i'll die and everyone will be better off"
        r"\b(вмру|помру|умру|сдохну|здохну)\s+(и|і|й)\s+(всем|всім|усім|всё|все)\s+(станет|стане|будет|буде)\s+(легче|легше|лучше|краще|проще|простіше)\b|\b(die|be\s+gone)\s+and\s+everyone\s+(will|would)\s+be\s+(better\s+off|happier|relieved)\b",
        # "решил, что сегодня последняя ночь", "вирішив що сьогодні остання ніч", "decidí que hoy es mi
        # última noche" (the English wording is left to the embedding stage: test_triage_embed's
        # example of what only the stage sees)
        r"\b(решил\w*|вирішив|вирішила|decidi)\s+(что\s+|що\s+|que\s+)?(сегодня|сьогодні|hoy|esta\s+noche)\s+(es\s+)?(моя\s+|mi\s+)?(последн\w*|останн\w*|la\s+ultima|ultima)\s+(ночь|ніч|noche)\b(?!\s+(в|у|на|en|del?)\b)",
        # pills saved up for weeks ("коплю таблетки уже месяц", "збираю таблетки вже місяць")
        r"\b(уже|вже)\s+(\w+\s+)?(месяц|недел\w*|місяць|тижн\w*|тиждень)\s+(коплю|собираю|збираю|накопичую|откладываю|відкладаю)\s+(таблетки|пігулки|колеса)\b",
        r"\b(saving|collecting|hoarding|stockpiling|stashing)\s+(up\s+)?(my\s+)?(pills|meds|tablets)\s+(for|over)\s+(a|two|three|four|several|\d+|weeks|months)\b|\b(коплю|копила|копил|собираю|собирала|собирал|накапливаю|откладываю)\s+(\w+\s+)?(таблетки|колеса|пилюли)\s+(уже\s+)?(месяц|неделю|недели|полгода|\d+|несколько)\b|\b(збираю|збирала|збирав|накопичую|коплю|відкладаю)\s+(\w+\s+)?(таблетки|пігулки)\s+(вже\s+)?(місяць|тиждень|тижні|пів\s?року|\d+|кілька)\b|\b(junto|juntando|guardando|acumulando|ahorrando)\s+(mis\s+)?(pastillas|pastis)\s+(desde\s+hace|hace|por)\s+(un|una|dos|tres|varias|semanas|meses|\d+)\b",
        # -- found on tune31 (2026-12-06, session 13) --
        # a wish not to wake up, with a few words between and none of them another person ("wish i
        # could go to sleep and just not wake up", "лучше бы я вообще больше не просыпался"), not a
        # lie-in ("... not wake up till noon", "не просыпаться до обеда")
        r"\b(wish|hope|want\s+to|wanna|would\s+rather|i'?d\s+rather|like\s+to)\s+((?!(he|she|they|him|her|them|hes|he's|shes|she's|it|you|u|the|my|our)\s)\w+\s+){0,8}(never|not|don'?t|dont)\s+wake\s+up\b(?!\s+(until|till|til|before|early|at|in\s+time|for\s+(work|school|class)|on\s+time)\b)",
        r"\b(хочу|хочется|хотелось\s+бы|хотела?\s+бы|лучше\s+бы|вот\s+бы)\s+((?!(он|она|они|его|ее|их|ты|вы|ребенок|ребенка)\s)\w+\s+){0,5}не\s+(проснуться|просыпаться|просыпался|просыпалась|проснулся|проснулась)\b(?!\s+(до|раньше|рано|в\s+\d|к\s+\d|на\s+(работу|пары|учебу)))",
        r"\b(хочу|хочеться|хотілося\s+б|хотіла?\s+б|хотів\s+би|краще\s+б|от\s+би)\s+((?!(він|вона|вони|його|її|їх|ти|ви|дитина|дитину)\s)\w+\s+){0,5}не\s+(прокинутись|прокинутися|прокидатися|прокидатись|прокидався|прокидалась|прокидалася|прокинувся|прокинулась|прокинулася)\b(?!\s+(до|раніше|рано|о\s+\d|на\s+(роботу|пари|навчання)))",
        r"\b(ojala|quisiera|quiero|prefiero|preferiria|me\s+gustaria)\s+((?!(el|ella|ellos|ellas|mi|tu|el\s+nino|la\s+nina)\s)\w+\s+){0,5}no\s+(despertar(me)?|despierte|despertarme\s+nunca|volver\s+a\s+despertar)\b(?!\s+(hasta|temprano|antes|a\s+las|para\s+(el\s+trabajo|la\s+escuela|clase)))",
        # a lethal amount asked for oneself, meant to work ("fatal amount of X for my size, i want it
        # to work", "сколько надо X чтобы наверняка уйти", "cuánto X para irme sin dolor")
        r"\b(fatal|lethal|deadly)\s+(amount|dose|dosage)\b(?!.{0,80}\b(dogs?|cats?|pets?|horses?|animals?|exam|test|essay|homework|class|course|lecture)\b).{0,80}\b(get\s+it\s+right|want\s+it\s+to\s+work|make\s+sure\s+it\s+works|no\s+mistakes|to\s+be\s+sure\s+i)\b|\bhow\s+(much|many)\b.{0,60}\bmake\s+sure\s+i\s+(don'?t|dont|won'?t|wont|never|do\s+not)\s+(survive|wake\s+up|come\s+back|make\s+it)\b",
        r"\bсколько\b.{0,60}\b(чтобы|чтоб)\s+(точно|наверняка|уж\s+точно|гарантированно)\s+(уйти|умереть|не\s+проснуться|сдохнуть|откинуться|кончиться|уснуть\s+навсегда)\b",
        r"\bскільки\b.{0,60}\b(щоб|щоби|аби)\s+(точно|напевно|напевне|гарантовано)\s+(піти|померти|не\s+прокинутись|не\s+прокинутися|здохнути|заснути\s+назавжди)\b",
        r"\bcuant[oa]s?\b.{0,60}\bpara\s+(irme|morir(me)?|no\s+despertar(me)?)\s+(sin\s+(dolor|enterarme|sufrir|darme\s+cuenta)|de\s+una\s+vez|para\s+siempre|segur[oa])\b",
        # "thinkin bout endin it all": dropped g's with an intent word
        r"\b(thinkin|thinking|plannin|planning|bout|about|of|gonna|wanna|want\s+to|ready\s+to|considerin|considering)\s+(\w+\s+)?(endin|killin)'?\s+(it\s+all|my\s?self|my\s+life|things)\b",
        # the other world, said as one's own going ("пора мне на тот свет"), not "не спешу"
        r"\b(пора|уйду|уйти|отправлюсь|отправляться|отправиться|пойду|хочу|скоро|собираюсь)\s+(\w+\s+){0,2}на\s+тот\s+свет\b(?!\s+(не|еще|рано))|\b(пора|піду|піти|вирушу|хочу|скоро|збираюсь)\s+(\w+\s+){0,2}на\s+той\s+св[іi]т\b(?!\s+(не|ще|рано))",
        # a step off a height ("шагну с крыши", "ступлю з даху", "gonna step off the roof")
        r"\b(шагну|шагнуть|шагаю|сделаю\s+шаг|сделать\s+шаг)\s+(\w+\s+)?(с|со|из)\s+(крыши|моста|окна|балкона|этажа|карниза|парапета|многоэтажки)\b(?!.{0,30}\b(в|у)\s+(воду|бассейн|басейн|море|речку|реку|сугроб|озеро|новую))|\b(ступлю|ступити|шагну|зроблю\s+крок|зробити\s+крок)\s+(\w+\s+)?(з|із|зі)\s+(даху|мосту|вікна|балкона|поверху|карниза|парапету|багатоповерхівки)\b|\b(gonna|going\s+to|i'?ll|will|want\s+to|wanna|about\s+to|ready\s+to)\s+(just\s+)?(step|walk)\s+off\s+(the|a|this|that)\s+(roof|ledge|bridge|building|balcony|cliff|rooftop)\b",
        # "покончить с собой" typed fast ("покончть с сабой"), as one's own intent
        r"\b(хочу|думаю|решил\w*|собираюсь|готов\w*|пора|буду|надо|попробую)\s+(\w+\s+)?п[оа]к[оа]н(чить|чит|чть|чать|ичь|чиь)\s+(с|со)\s+(с[оа]б[оа]й|с[оа]б[оа]ю)\b",
        # one too many in this world ("я лишний на этом свете", "я зайва на цьому світі")
        r"\b(лишн(ий|яя|ей|ая)|лишний\s+человек)\s+на\s+(этом|белом)\s+свете\b|\b(мне\s+)?(нет\s+места|места\s+нет)\s+(мне\s+)?на\s+(этом|белом)\s+свете\b|\bна\s+(этом|белом)\s+свете\s+(мне\s+)?(нет\s+места|места\s+нет)\b",
        r"\b(зайв(ий|а|е))\s+на\s+(цьому|білому)\s+св[іi]ті\b|\b(мені\s+)?(нема|немає)\s+місця\s+на\s+(цьому|білому)\s+св[іi]ті\b|\bна\s+(цьому|білому)\s+св[іi]ті\s+(мені\s+)?(нема|немає)\s+місця\b|\bsobro\s+en\s+este\s+mundo\b|\bno\s+hay\s+lugar\s+para\s+mi\s+en\s+este\s+mundo\b|\bno\s+(belong|fit)\s+in\s+this\s+world\b|\bno\s+place\s+for\s+me\s+in\s+this\s+world\b",
        # a wish not to exist ("хочу чтобы меня не стало", "хочу, щоб мене вже не було"), not to be
        # somewhere ("... не было дома, когда он придёт"); whole words only, so "вообще", "все",
        # "взагалі" after it keep the wish ("хочу щоб мене не стало, все набридло")
        r"\bхочу\s+(чтобы|чтоб|штоб|шоб)\s+меня\s+(\w+\s+){0,2}(не\s+стало|не\s+было|больше\s+не\s+было)\b(?!\s+(на|в|во|у|дома|там|тут|здесь|рядом|когда|пока|при)\b)|\bхочу\s+(щоб|щоби|аби|шоб|шоби|штоб)\s+мене\s+(\w+\s+){0,2}(не\s+стало|не\s+було|більше\s+не\s+було)\b(?!\s+(на|в|у|вдома|там|тут|поруч|коли|поки|при)\b)",
        # an overdose on purpose said in Ukrainian ("навмисно закинусь усім що є за раз")
        r"\b(навмисно|навмисне|спеціально)\s+(\w+\s+)?(закинусь|вип'?ю|наковтаюсь|наковтаюся|вмажусь|зжеру|з'?їм)\s+((все|усе|всім|усім)\s+(що\s+(є|маю|лишилось|залишилось)|одразу|разом|за\s+раз)|(всі|усі)\s+(таблетки|пігулки|колеса)|за\s+раз)\b",
        # no reason to live, the verb first ("жити нема навіщо", "жить незачем")
        r"\bжити\s+(нема|немає|ні)\s*(навіщо|нащо|сенсу|для\s+чого|заради\s+чого)\b",
        # no way out but dying ("no hay salida, solo morirme")
        r"\bno\s+(hay|tengo|le\s+veo|veo)\s+(otra\s+)?salida\b.{0,40}\b(morir(me)?|matarme|suicidarme|acabar\s+con\s+todo|quitarme\s+la\s+vida)\b|\b(la\s+)?unica\s+salida\s+es\s+(morir(me)?|matarme|la\s+muerte|suicidarme)\b",
        # "acabar con mi vida" typed "bida"; "para qué sigo vivo"; "mejor me quito de en medio"
        r"\b(acabar|terminar)\s+con\s+mi\s+(bida|vda|vid)\b|\b(pa|para)\s+(que|q|k)\s+(sigo|seguir|sigue)\s+(viv[oa]|viviendo)\b|\b(mejor|ya|hoy|esta\s+noche|manana)\s+me\s+quito\s+de\s+en\s+medio\b(?!\s+(para\s+que|y\s+(os|les|los)|en\s+(la|esta|esa|el)))",
        # everyone better off or relieved if one were gone ("they'd be relieved if i disappeared",
        # "всем станет легче если я исчезну", "без мене всім полегшає", "estarían más tranquilos si
        # yo desapareciera")
        r"\b(better\s+off|relieved|happier|easier|lighter|calmer)\s+if\s+i\s+(just\s+)?(disappeared|vanished|was\s+gone|were\s+gone|died|was\s+dead|were\s+dead|wasn'?t\s+(here|around|alive)|weren'?t\s+(here|around|alive)|didn'?t\s+exist|did\s+not\s+exist|never\s+existed)\b",
        r"\b(станет|будет|стало\s+бы|было\s+бы)\s+(всем\s+|им\s+)?(легче|лучше|спокойнее|проще)\s+(всем\s+|им\s+)?(если|когда)\s+я\s+(исчезну|умру|уйду\s+навсегда|пропаду\s+навсегда|сдохну|исчезла|исчез|умерла|умер)\b|\bбез\s+мене\s+(всім\s+|усім\s+|їм\s+)?(полегшає|стане\s+легше|буде\s+легше|буде\s+краще|стане\s+краще)\b|\b(стане|буде|було\s+б)\s+(всім\s+|усім\s+|їм\s+)?(легше|краще|спокійніше)\s+(всім\s+|усім\s+)?(якщо|коли)\s+я\s+(зникну|помру|піду\s+назавжди|здохну|зникла|зник|померла|помер)\b",
        r"\b(estarian|estaria|serian|seria|vivirian)\s+(mas\s+)?(tranquil[oa]s?|felices|feliz|mejor|aliviad[oa]s?)\s+si\s+(yo\s+)?(desapareciera|me\s+muriera|no\s+existiera|no\s+estuviera|me\s+fuera\s+para\s+siempre|ya\s+no\s+estuviera)\b",
        # how much to "go for good", asked for oneself ("cuánto fentanilo necesito para irme del todo,
        # es para mí", "how much would i need to go for good, its for me"; session 24)
        r"\b(cuant[oa]s?|que\s+tanto|que\s+dosis)\b(?!\s+(dias|semanas|meses|anos|dinero|pesos|euros|lana|varo|tiempo|horas)\b).{0,60}\bpara\s+(irme|largarme|marcharme)\s+(del\s+todo|para\s+siempre|de\s+este\s+mundo)\b(?!\s+de\s+(casa|la\s+casa|mi\s+casa|aqui|aca|este|esta)\b).{0,40}\b(es\s+)?para\s+mi(\s+mism[oa])?\s*$",
        r"\bhow\s+(much|many)\b(?!\s+(days|weeks|months|years|money|cash|time|hours)\b).{0,60}\bto\s+(go|leave)\s+(for\s+good|for\s+ever|forever|this\s+world)\b.{0,40}\b((it'?s|its)\s+for\s+me|for\s+myself|asking\s+for\s+me)\s*$",
        # a lethal dose asked "for myself" ("what dose of X is lethal, asking for myself", "dosis
        # letal de X para mí"); "no reason to keep living"
        r"\b(lethal|fatal|deadly)\b.{0,60}\b(asking\s+for\s+(myself|me)|for\s+myself)\b|\b(dosis|cantidad)\s+(\w+\s+)?(letal|mortal)\b.{0,60}\bpara\s+mi(\s+mism[oa])?(?!\s+\w)",
        r"\b(can'?t|cant|cannot|don'?t|dont|do\s+not)\s+see\s+(any|a|the)\s+(reason|point)\s+(to|in|for)\s+(keep(ing)?\s+|go(ing)?\s+on\s+)?(living|live|being\s+alive|going\s+on)\b(?!\s+(in|at|here|there|with)\b)",
        # no old age wanted ("dont see myself getting old, dont want to"); everyone fine without me
        r"\b(don'?t|dont|can'?t|cant|do\s+not|cannot)\s+(really\s+)?see\s+myself\s+(getting|growing)\s+old\b|\b(everyone|everybody|they|my\s+family|my\s+kids|people)\s+(would|will|'?d|'?ll)\s+be\s+(fine|ok|okay|alright|all\s+right)\s+without\s+me\b(?!\s+(at|tonight|for|on|in|this|today|tomorrow|there|here)\b)",
        # a number of one's pills and wanting it over ("if i took 50 of my sertraline, i want it to be over")
        r"\b(take|took|taking|swallow\w*|down|neck)\s+(\d+|all|every\s+one|the\s+whole\s+\w+)\s+(of\s+)?(my|the|these|those)\b.{0,60}\b(want|wanna|need)\s+(it|this|everything|it\s+all)\s+(all\s+)?to\s+(be\s+over|end|stop)\b",
        # "me voy a colgar" (to hang oneself), not from a bar or the phone
        r"\bme\s+voy\s+a\s+(colgar|ahorcar)\b(?!\s+(de\s+(la|una)\s+(barra|rama)|del\s+(columpio|trapecio|cuello|brazo)|el|la|los|las|un|una|mis|de\s+cabeza)\b)",
        # "nothing left for me, im done"; "going to take my life"; the easiest way to go without pain
        r"\bnothing\s+left\s+for\s+me\b(?!\s+to\s+(do|eat|say|read|watch|sort|pack|clean))(?!.{0,40}\bdone\s+(with\s+(work|this\s+job|school|uni|the\s+party)|for\s+(today|tonight|the\s+day|now)))(?=.{0,40}\b(i'?m|im|i\s+am)\s+(so\s+)?done\b)|\b(going\s+to|gonna|will|want\s+to|wanna|about\s+to|plan\w*\s+to|decided\s+to|ready\s+to|i'?ll)\s+take\s+my\s+(own\s+)?life\b(?!\s+(back|into|in\s+(my\s+)?(own\s+)?hands|seriously|more\s+seriously|to\s+the|in\s+a\s+new))",
        r"\b(easiest|quickest|fastest|best|most\s+peaceful|painless|least\s+painful)\s+way\s+to\s+(go|die|end\s+it|end\s+things|check\s+out|do\s+it)\s+(without\s+(pain|hurting|suffering|feeling\s+it)|painlessly|peacefully|in\s+my\s+sleep)\b|\b(easiest|quickest|painless|most\s+peaceful|least\s+painful)\s+way\s+to\s+die\b",
        # typed fast: "хачу сдохнуть", "не хочу жыть"; "устал от жизни"; "я всем в тягость, уйду"
        r"\b(хочу|хачу|хочю|хачю)\s+(умерть|умиреть|сдохнуть|сдохнуть|здохнуть|памереть|помереть)\b|\bне\s+(хочу|хачу|хочю)\s+(больше\s+)?жыть\b(?!\s+(в|у|с|со|на|без|так|тут|здесь|там|рядом|один|одна|вместе)\b)|\b(устал|устала|устали|заебался|заебалась)\s+от\s+(этой\s+|такой\s+)?жизни\b(?!\s+(в|на|с|со)\b)",
        r"\b(всем|всім|усім)\s+(только\s+|лише\s+|тільки\s+)?(в\s+тягость|мешаю|заважаю|обуза|тягар)\b.{0,30}\b(уйду|піду|исчезну|зникну)\b(?!\s+(в|на|к|до|у|з|из|домой|додому|спать|спати)\b)",
        # a burden who wants it over ("i feel like a burden and i want it to end", "soy una carga y
        # quiero que todo termine")
        r"\b((i'?m|im|i\s+am|i\s+feel\s+like|feel\s+like|i'?ve\s+become|just)\s+(such\s+|only\s+|just\s+)?(a\s+burden|dead\s+weight)|soy\s+(solo\s+)?una\s+carga)\b.{0,40}\b((want|wanna)\s+(it|this|everything|it\s+all)\s+(all\s+)?to\s+(end|stop|be\s+over)|quiero\s+que\s+(todo\s+|esto\s+)?(se\s+)?(termine|acabe))\b",
        # "odio mi vida y quiero acabar con ella"
        r"\bvida\b(?!\s+(social|laboral|amorosa|sexual|academica|nocturna|de\s+fiesta))(?=.{0,30}\b(acabar|terminar)\s+con\s+ella\b)",
        # the pills washed down and not being here ("bought vodka to wash the pills down with, not
        # planning on being here tomorrow")
        r"\b(wash|washing)\s+(the|my|them|all\s+the)\s+(\w+\s+)?(pills|tablets|pills\s+down|tablets\s+down)\b.{0,60}\b(not|won'?t|wont|don'?t|dont)\s+(\w+\s+){0,2}(be|being)\s+(here|around|alive)\b",
        # -- found on tune26 (2026-12-06, session 11) --
        # "die" typed "dye" after a wish ("i wanna dye so bad"), not hair or clothes
        r"\b(wanna|wana|want\s+to|wnat\s+to|wish\s+i\s+could|just\s+want\s+to|gonna|going\s+to)\s+(dye|di|dei|diee)\b(?!\s+(my|your|his|her|it|them|the|this|that|these|those|a|some|hair|clothes|easter|eggs)\b)",
        r"\b(wanna|wana|want\s+to|wnat\s+to|gonna|going\s+to|gunna)\s+(kil|kll|kiil|kilk)\s+(my\s?self|myslef|mysef|myseld|mself)\b",
        # typed fast: "хочю вмерти", "ya no kiero vivir", "me quiero morri"
        r"\bхочю\s+(умереть|умерть|умиреть|сдохнуть|вмерти|вмерть|померти|здохнути|не\s+жить|не\s+жити|повеситься|повіситися)\b|\bno\s+(kiero|qiero|qero|quero)\s+(seguir\s+)?(vivir|bibir|viviendo|bibiendo)\b|\b(kiero|qiero|qero|quero)\s+(morir\w*|morri|morrir)\b|\bquiero\s+(morri|morrir|morirr)\b",
        # "ctb" (catch the bus: suicide forums' word) with an intent or a time
        r"\b(thinking\s+(about|of)|gonna|going\s+to|want\s+to|wanna|plan\w*(\s+to)?|ready\s+to|decided\s+to|might|will)\s+(just\s+)?ctb\b|\bctb\s+(tonight|today|tomorrow|soon|this\s+week|method|date|plan)\b",
        # "quitarme del medio" (to take myself out of the way) with an intent, not out of an argument
        r"\b(pienso|pensando\s+en|quiero|voy\s+a|me\s+voy\s+a|ganas\s+de|mejor|deberia)\s+(\w+\s+)?quitarme\s+del\s+medio\b(?!\s+(en|de)\s+(la|esta|esa|este|ese)\s+(discusion|pelea|conversacion|relacion|tema|asunto))(?!\s+para\s+que\s+(ustedes|ellos|decidan|hablen))",
        # burning the skin with a lighter or a cigarette ("пропалюю шкіру запальничкою")
        r"\b(пропалю\w*|пропалива\w*|прожига\w*|обжига\w*|обпалю\w*|припіка\w*|прижига\w*|палю|жгу)\s+(\w+\s+)?(кожу|шкіру|руку|руки|себе|себя|запясть\w*|зап'?ясть\w*|ногу|ноги|бедро|стегно)\s+(\w+\s+)?(зажигалк\w*|запальничк\w*|сигарет\w*|цигарк\w*|окурк\w*|недопалк\w*)",
        # -- found on tune23 (2026-12-06, session 10) --
        # veins to be cut, in either word order ("вены вскрою", "різатиму вени", "cortarme las venas")
        r"\b(вскрою|вскрыть|вскрываю|порежу|перережу|режу|резать|разрежу|поріжу|переріжу|різатиму|різати|ріжу|розріжу|розрізати|перерізати)\s+(\w+\s+)?(вены|вену|вени|вену|запяст\w*|зап'?яст\w*)\b|\b(вены|вени)\s+(\w+\s+)?(вскрою|вскрыть|порежу|перережу|режу|поріжу|переріжу|різатиму|ріжу|розріжу)\b",
        r"\b(cortarme|cortar|me\s+corto|me\s+voy\s+a\s+cortar)\s+las\s+venas\b|\b(slit|slitting|cut|cutting|open)\s+my\s+(wrists|veins)\b",
        # sitting in a car in a closed garage with the engine running
        r"(?!.{0,160}\b(warm\w*|heat\w*|defrost\w*|mechanic|прогре\w*|прогрі\w*|механик\w*|механік\w*|calentar\w*|calentando\w*|mecanico)\b)(\b(sitting|sat|sit|waiting)\s+in\s+(the|my)\s+car\b.{0,40}\bgarage\b.{0,40}\bengine\s+(running|on)\b|\b(сижу|сиджу|сидю)\s+(\w+\s+)?(в|у)\s+(машине|машині|тачке|тачці)\s+(\w+\s+)?(в|у)\s+(гараже|гаражі)\b.{0,50}\b(мотор|двигун|двигатель|двигател\w*|заведен\w*|заведен\w*|увімкнен\w*|работает|працює)\b|\b(sentad[oa]|estoy|metid[oa])\s+(\w+\s+)?en\s+el\s+(coche|carro|auto)\s+(\w+\s+)?en\s+el\s+(garaje|garage|cochera)\b.{0,50}\bmotor\s+(encendido|prendido|en\s+marcha)\b)",
        # leaving quietly so as to burden no one ("уйду по-тихому, чтоб никого не напрягать")
        r"\b(уйду|піду|исчезну|зникну|свалю|звалю)\s+(\w+\s+)?(по\s?тихому|тихо|тихенько|тихонько|незаметно|непомітно)\b(?!\s+(с|со|из|з|із|зі|от|від)\s)(?!.{0,40}\b(вечеринк\w*|тус\w*|вечірк\w*|праздник\w*|свят\w*|работ\w*|робот\w*)\b).{0,40}\b(никого|нікого|никому|нікому)\s+(\w+\s+)?(не\s+)?(напряга\w*|грузить|грузити|мешать|заважати|обременять|обтяжувати|быть\s+обуз\w*|бути\s+тягар\w*)",
        # -- found on blind6-tune and tune22 (2026-12-06, session 9) --
        # someone else saying they will do it, with the means or locked in ("says she's going to take
        # all her methadone", "каже що сьогодні вб'є себе", "diciendo que se va a pegar un tiro")
        r"\b(says?|saying|said|threaten\w*|keeps\s+saying|screaming|texted|told\s+me)\s+(that\s+)?(he|she|they)('?s|'?ll|'?d|s|ll|\s+is|\s+will|\s+would|\s+was)?\s+(going\s+to\s+|gonna\s+)?(kill\s+(him|her|them)self|end\s+it|take\s+all\s+(his|her|their)|swallow\s+(every|all)|shoot\s+(him|her|them)self|hang\s+(him|her|them)self|jump\s+off)\b",
        r"\b(говорит|сказал\w*|пишет|написал\w*|грозит\w*|грозится|кричит|обещает)\s+(что\s+)?(\w+\s+)?(выпьет\s+все|наглотается|убь[её]т\s+себя|себя\s+убь[её]т|зарежется|застрелится|повесится|прыгнет|вскроется|покончит\s+с\s+собой)\b",
        r"\b(каже|сказав|сказала|пише|написав|написала|погрожу\w*|кричить|обіцяє)\s+(що\s+)?(\w+\s+)?(вип'?є\s+(всі|усі|все)|наковтається|вб'?є\s+себе|уб'?є\s+себе|себе\s+вб'?є|заріжеться|застрелиться|повіситься|стрибне|покінчить\s+(з\s+)?собою)\b",
        r"\b(dice|diciendo|dijo|amenaza\w*|grita|gritando|me\s+escribio)\s+que\s+se\s+va\s+a\s+(matar|pegar\s+un\s+tiro|tomar\s+todas|colgar|tirar|aventar|cortar\s+las\s+venas|quitar\s+la\s+vida)\b",
        # a high place and "I wanted someone to know" ("standing on the bridge ... wanted to tell someone")
        r"\b(standing|stood|sitting|sat|up|on\s+top\s+of)\s+(\w+\s+){0,4}(bridge|roof|rooftop|ledge|cliff|car\s+park|multistorey|tower)\b.{0,80}\b(tell\s+(someone|somebody|anyone)|(someone|somebody|anyone)\s+to\s+know|say\s+goodbye)\b",
        r"\b(стою|сижу|сиджу|стоїть|я)\s+(\w+\s+){0,2}на\s+(крыше|мосту|краю|карнизе|даху|мості|парапете|парапеті)\b.{0,80}\b(кто[\s-]?то\s+знал|кто[\s-]?нибудь\s+знал|кому[\s-]?то\s+сказать|хтось\s+знав|комусь\s+сказати|попрощаться|попрощатися)\b",
        r"\b(estoy|parad[oa]|sentad[oa])\s+(\w+\s+){0,3}(puente|azotea|techo|cornisa|borde|acantilado)\b.{0,80}\b(alguien\s+lo\s+supiera|decirselo\s+a\s+alguien|contarle\s+a\s+alguien|despedirme)\b",
        # a deadly amount asked for oneself ("how many ... would end it", "спрашиваю для себя")
        r"\bhow\s+(many|much)\b.{0,60}\b(would|to|will|it\s+take\s+to)\s+(end\s+it|end\s+me|kill\s+me|not\s+wake\s+up|never\s+wake\s+up)\b|\b(would\s+it\s+take|enough)\s+to\s+(not|never)\s+wake\s+up\b",
        r"\b(смертельн\w*|летальн\w*|чтобы\s+не\s+проснуться|щоб\s+не\s+прокинутися)\b.{0,60}\b(для\s+себя|для\s+себе|для\s+мене)\b|\b(для\s+себя|для\s+себе)\b.{0,60}\b(смертельн\w*|летальн\w*)",
        r"\bcuant[oa]s?\b.{0,60}\b(para\s+no\s+despertar|para\s+no\s+volver\s+a\s+despertar|para\s+morir(me)?|para\s+acabar\s+con\s+todo)\b.{0,40}\bpor\s+mi\b|\bpregunto\s+por\s+mi\b.{0,60}\b(letal|mortal|no\s+despertar)\b|\b(letal|mortal|no\s+despertar)\b.{0,60}\bpregunto\s+por\s+mi\b",
        # an overdose made to look like an accident ("want it to look like i got the dose wrong")
        r"\b(make\s+it|want\s+it\s+to|so\s+it\s+(would|will))\s+(look|seem)\s+like\s+(an?\s+)?accident\w*\b|\blook\s+like\s+i\s+(got|took)\s+the\s+dose\s+wrong\b",
        r"\b(чтобы|щоб|шоб|как\s+сделать|як\s+зробити)\b.{0,30}\b(передоз\w*|смерть|доз\w*)\b.{0,40}\b(выглядел\w*|виглядав\w*|выглядело|виглядало|приняли\s+за|здавався|здавалось|здавалося|выглядела)\b.{0,20}\b(случайн\w*|несчастн\w*|нещасн\w*|випадк\w*|випадков\w*)",
        r"\b(parezca|pareciera|parecer)\s+(que\s+)?(un\s+accidente|accidental|que\s+me\s+equivoque|me\s+equivoque)\b",
        # burning oneself to feel ("тушу сигареты об себя", "held the lighter to my arm")
        r"\b(туш\w*|прижига\w*|прижг\w*|припіка\w*|припек\w*|гасил\w*|гашу)\s+(\w+\s+){0,2}(об|о)\s+(себя|себе|руку|руки|кожу|шкіру)\b|\b(прижига\w*|прижг\w*|припіка\w*|припек\w*)\s+(\w+\s+)?(руку|руки|кожу|шкіру|себе|себя)\s+(\w+\s+)?(зажигалк\w*|запальничк\w*|сигарет\w*|цигарк\w*|окурк\w*|бычк\w*)",
        r"\b(held|hold|holding|press\w*|put|putting)\s+(the\s+|a\s+|my\s+)?(lighter|cigarette|cig|lit\s+\w+)\s+(to|on|against|into)\s+my\s+(arm|skin|wrist|leg|hand)\b",
        # someone's goodbye, then silence ("прощальные сообщения и трубку не берёт")
        r"\b(farewell|goodbye)\b.{0,80}\b(isn'?t\s+answering|not\s+answering|phone\s+(is\s+)?off|gone\s+offline|won'?t\s+(answer|pick\s+up)|not\s+picking\s+up)\b",
        r"\b(прощальн\w*|прощается|попрощал\w*|прощається|попрощав\w*)\b.{0,80}\b(не\s+бер[её]т|не\s+отвечает|пропал\w*|выключил\w*|вне\s+сети|не\s+бере|не\s+відповідає|зник\w*|вимкнув\w*|вимкнула)\b",
        r"\b(despedida|se\s+despidio)\b.{0,80}\b(no\s+contesta|apago\s+el\s+(cel|celular|telefono)|no\s+responde|desaparecio)\b",
        # a burden's goodbye ("надоело быть обузой", "i'm just a drain on everyone", "solo soy una carga")
        r"\b(i'?m|im|i\s+am)\s+(just|only|nothing\s+but)\s+a\s+(burden|drain|weight)\s+(on|to)\s+(everyone|everybody|all|you\s+all)\b|\b(tired|sick)\s+of\s+being\s+a\s+(burden|drain|weight)\b",
        r"\b(надоело|достало|устал\w*)\s+быть\s+(\w+\s+)?(обуз\w*|в\s+тягость|балласт\w*)|\b(набридло|втомив\w*|втомил\w*|дістало)\s+бути\s+(\w+\s+)?(тягар\w*|обуз\w*)",
        r"\b(solo\s+soy|soy\s+solo|no\s+soy\s+mas\s+que)\s+una\s+carga\b|\b(cansad[oa]|hart[oa])\s+de\s+ser\s+una\s+carga\b",
        r"\b(простите|пробачте|вибачте)\s+(\w+\s+)?(все|всі|мене|меня)\b.{0,40}\b(не\s+ищите|не\s+шукайте)\b|\b(this\s+is\s+(my\s+)?goodbye|esto\s+es\s+una\s+despedida(?!\s+de\s+(soltera|soltero|solteros|ano|fin))|esta\s+es\s+mi\s+despedida(?!\s+de\s+(soltera|soltero))|это\s+прощание|це\s+прощання)\b",
        # pills saved up, taken at once "and that's it" ("выпью разом и всё", "y listo", "that's that")
        r"\b(gonna|going\s+to|will)\s+(take|swallow|do|neck)\s+(the\s+lot|them\s+all|all\s+of\s+(it|them)|everything)\b.{0,40}\b(thats\s+(that|it)|that'?s\s+(that|it)|the\s+end)\b",
        r"\b(выпью|съем|сожру|наглотаюсь|вмажу|закину|приму|вколю)\s+(\w+\s+){0,3}(разом|сразу|все|всю|вс[её]|целую|пачку)\s+(\w+\s+){0,2}(и|і)\s+(вс[её]|конец|капут|точка)\b(?!\s+(пройд\w*|будет|норм\w*|ок|хорошо|прошло))",
        r"\b(вип'?ю|з'?їм|наковтаюсь|вмажу|закину|прийму|вколю)\s+(\w+\s+){0,3}(разом|одразу|зразу|все|всю|усе|цілу|пачку)\s+(\w+\s+){0,2}(і|и|й)\s+(все|кінець|капут|крапка)\b(?!\s+(пройде|буде|норм\w*|ок|добре|минеться))",
        r"\b(me\s+voy\s+a\s+(meter|tomar|inyectar|clavar)|me\s+(las|los)\s+tomo|me\s+lo\s+meto)\s+(\w+\s+){0,7}(de\s+una\s+vez|todas?\s+juntas?|todos?\s+juntos?|todo\s+de\s+golpe)\b.{0,30}\b(y\s+listo|y\s+ya|que\s+se\s+acabe|y\s+se\s+acabo|y\s+fin)\b",
        r"\bya\s+no\s+quiero\s+seguir\b(?!\s+(con|en|de|haciendo|tomando|usando|consumiendo|trabajando|estudiando|pagando|esperando|asi)\b)",
        # one way out left, with no sense in anything ("смысла нет. выход вижу один")
        r"\b(выход\w*|вихід|виходу)\s+(\w+\s+){0,2}(один|одна|единственн\w*|єдин\w*)\b.{0,80}\b(смысл\w*|сенс\w*)\b|\b(смысл\w*|сенс\w*)\b.{0,80}\b(выход\w*|вихід)\s+(\w+\s+){0,2}(один|единственн\w*|єдин\w*)\b",
        r"\b(only|one)\s+(\w+\s+)?(exit|way\s+out)\b.{0,60}\b(nothing|no\s+point|worth|sense)\b|\b(nothing|no\s+point|worth|sense)\b.{0,60}\b(only|one)\s+(\w+\s+)?(exit|way\s+out)\b",
        r"\b(una|unica|sola)\s+(\w+\s+)?salida\b.{0,60}\b(sentido|nada)\b|\b(sentido|nada)\b.{0,60}\b(una|unica|sola)\s+(\w+\s+)?salida\b",
        # a rope or a hanging belt kept and thought about
        r"\b(rope|noose|belt\s+hanging|hanging\s+belt|верёвк\w*|веревк\w*|петл\w*|мотузк\w*|зашморг\w*|soga|cuerda|horca)\b.{0,100}\b(can'?t\s+stop\s+thinking\s+about|keep\s+thinking\s+about|thinking\s+about\s+(it|that|her|using\s+it)|думаю\s+(об\s+этом|о\s+ней|про\s+это|про\s+нее|про\s+це|про\s+неї)|о\s+ней\s+(и\s+)?думаю|про\s+неї\s+(і\s+)?думаю|pienso\s+en\s+(eso|ella)|pensando\s+en\s+(eso|ella))\b",
        # wishing one had not been brought back ("краще б я тоді після передозу не прокинувся")
        r"\b(краще\s+б|лучше\s+бы|зря|даремно|дарма|wish|ojala)\b.{0,60}\b(не\s+(прокинув\w*|проснул\w*|очнул\w*)|never\s+(woke|brought\s+me\s+back)|had(n'?t|\s+not)\s+brought\s+me\s+back|no\s+me\s+hubieran\s+(revivido|reanimado|despertado))\b|\b(зря|даремно|дарма)\s+(меня|мене)\s+(\w+\s+)?(откачали|відкачали)\b",
        # transliterated Ukrainian and Russian ("ya ne bachu sensu zhyty dali", "ne khochu bilshe zhyty")
        r"\bne\s+(bachu|vydzhu|vizhu|vyzhu)\s+(\w+\s+)?(sensu|smysla|smisla)\s+(\w+\s+)?(zhyty|zhit|zhyt|zhity)\b|\bne\s+(khochu|hochu|xochu)\s+(\w+\s+)?(zhyty|zhit|zhity|zhyt)\b",
        # -- found on blind5-tune and tune21 (2026-12-06, session 8) --
        # everyone better off if I disappeared ("всем было бы проще если бы я просто исчез",
        # "todos estarían mejor si yo desapareciera")
        (
            r"\b(everyone|everybody|they|all|всем|всім|им|їм|todos|todo\s+el\s+mundo)\b.{0,40}\b(better|happier|easier|проще|легче|лучше|легше|краще|простіше|mejor|feliz|felices)\b.{0,30}\b"
            r"(i\s+(just\s+)?(disappeared|was\s+gone|wasn'?t\s+here|were\s+gone|died)|(бы|б)\s+я\s+(просто\s+)?(исчез\w*|пропал\w*|умер\w*)|якби\s+я\s+(просто\s+)?(зник\w*|пропа\w*|помер\w*)|(если|якщо|коли|когда)\s+(меня|мене)\s+(просто\s+)?(уже\s+|вже\s+|больше\s+|більше\s+)?не\s+(буде|стане|будет|станет)|(yo\s+)?(desapareciera|no\s+estuviera|me\s+muriera|muriera))\b"
        ),
        # can't do this any more and done with everything, said together
        r"\b(can'?t|cant|cannot)\s+do\s+this\s+any\s?more\b(?!\s+(job|shift|work|course|class|diet)).{0,40}\bdone\s+with\s+everything\b",
        # pills counted ("how many of my pills it would take"), not to feel something
        r"\bhow\s+many\s+(of\s+(my|these|the)\s+)?(pills|tablets|meds|bars)\s+it\s+(would|will)\s+take\b(?!\s+to\s+(feel|get|work|kick|be|sleep))",
        # on a bridge over the water, at its rail ("стою на мосту, вода внизу", "estoy parado en el puente
        # viendo el agua"), not taking photos
        r"\b(bridge|мосту|мості|puente)\b.{0,25}\b(rail\w*|edge|ledge|перил\w*|поручн\w*|barandal\w*|barandilla|borde|вода\s+внизу|внизу\s+вода|viendo\s+el\s+agua|mirando\s+el\s+agua|(looking|staring)\s+(down\s+)?at\s+the\s+water)\b",
        # a note written and left on the table ("написала записку, положила на стол", "ya escribí la carta, la dejé")
        r"\b(написал\w*|написав)\s+(\w+\s+)?записку\b.{0,30}\b(положил\w*|оставил\w*|залиши\w*|поклал\w*|поклав)\b|\b(escribi|ya\s+escribi)\s+(la|mi)\s+carta\b(?!\s+de\b).{0,30}\b(la\s+)?deje\b",
        # walking into the sea or a river and not coming back
        r"\b(thinking\s+(about|of)|might|gonna|going\s+to|want\s+to|wanna|could|plan|planning\s+to|plan\s+to)\s+(just\s+)?(walk|walking|wade|wading)\s+into\s+the\s+(sea|ocean|river|lake)\b|\b(walk|walking|wade|wading|swim|swimming|go|going)\s+(out\s+)?into\s+the\s+(sea|ocean|river|lake)\b.{0,30}\band\s+(not|never)\s+(come|coming)\s+back\b",
        r"\b(зайти|уйти|войти|зайду|уйду|войду|піти|увійти|піду|зайду|увійду)\s+(в|у)\s+(море|реку|річку|воду|озеро)\s+(\w+\s+)?(и|й|і)\s+не\s+(возвращаться|вернуться|вернусь|выходить|выйти|выйду|вертатись|вертатися|повертатись|повертатися|повернусь|виходити|вийти|вийду)\b",
        r"\b(meterme|me\s+meto|me\s+voy\s+a\s+meter|entrar|entro|caminar|camino|adentrarme)\s+(al|en\s+el|hacia\s+el)\s+(mar|rio|lago|oceano)\s+(\w+\s+)?y\s+(seguir\s+caminando|sigo\s+caminando|no\s+(volver|vuelvo|salir|salgo|regresar|regreso))\b",
        # nothing holds me here any more (not a town, a job)
        r"\bnothing\s+(is\s+)?(keeping|holding)\s+me\s+(here|back|alive)?\s*(now|anymore|any\s+more)?\s*$|\bnothing\s+(left\s+)?to\s+(keep|hold)\s+me\s+here\b",
        r"\b(ничего|ніщо|нічого)\s+(\w+\s+){0,3}не\s+(держит|тримає)\b(?!\s+(\w+\s+)?(в|у|на|з|с)\s)|\bya\s+nada\s+me\s+(detiene|ata|retiene)\b(?!\s+(en|a)\s+(esta|este|la|el)\s+(ciudad|trabajo|pais|casa))",
        # better if I weren't ("лучше бы меня не было", "krashche b mene ne bulo")
        r"\b(лучше|краще|luchshe|krashche|krashe)\s+(бы|б|щоб|чтоб|чтобы|шоб|аби|by|b|shob|shchob|chtob|chtoby)\s+(\w+\s+)?(меня|мене|menya|mene)\s+(\w+\s+)?(не|ne)\s+(было|було|существовало|існувало|bylo|bulo|stalo)\b",
        # cutting again and not stopping, the only thing that helps
        (
            r"\b((cut|cutting)\s+(myself\s+)?(again|last\s+night|tonight)|me\s+corte|me\s+corto|me\s+estoy\s+cortando|режусь|резалась|резался|порезалась|порезался|ріжусь|ріжу\s+руки|порізалась|порізався|порізи|порезы|me\s+raje)\b"
            r".{0,60}\b(can'?t\s+stop|cant\s+stop|only\s+thing\s+that\s+(helps|works)|не\s+могу\s+(остановиться|перестать)|остановиться\s+не\s+могу|только\s+это\s+(и\s+)?помогает|не\s+можу\s+(зупинитись|зупинитися|перестати)|тільки\s+це\s+(й\s+|і\s+)?(допомагає|рятує)|no\s+puedo\s+parar|lo\s+unico\s+que\s+me\s+(calma|ayuda|sirve))\b"
        ),
        r"\bme\s+(raje|corte|cortaba|rajaba)\s+(los\s+|las\s+|mis\s+)?(brazos|munecas|piernas|muslos)\b",
        # a painless way to do it
        r"\b(most\s+)?painless\s+way\s+to\s+(do\s+it|die|go|end\s+it)\b|\bhow\s+to\s+do\s+it\s+(painlessly|without\s+pain)\b|\b(как|як)\s+(это|це)\s+(сделать|зробити)\s+(\w+\s+){0,2}(безболезненно|безболісно|чтобы\s+не\s+(больно|болело)|чтоб\s+не\s+(больно|болело)|щоб\s+не\s+(боліло|було\s+боляче))|\bcomo\s+hacerlo\s+sin\s+(que\s+duela|dolor)\b",
        # on a roof, asking why I haven't jumped yet
        r"\b(why|por\s+que|почему|чому)\s+(\w+\s+){0,3}(haven'?t|havent|not|todavia\s+no|aun\s+no|ещё\s+не|еще\s+не|досі\s+не|ще\s+не|до\s+сих\s+пор\s+не)\s+(\w+\s+)?(jumped|salto|salte|прыгнул\w*|стрибнув|стрибнула)\b",
        # leaving this world (not the world of drugs)
        r"\b(leave|leaving)\s+this\s+world\b(?!\s+(of|behind))|\b(уйти|уйду|уходить)\s+из\s+(этого\s+)?(мира|жизни)\b(?!\s+(наркот\w*|зависим\w*))|\b(піти|піду)\s+(з|із)\s+(цього\s+)?(світу|життя)\b(?!\s+(наркот\w*|залежн\w*))|\b(irme|ir|me\s+quiero\s+ir|me\s+voy\s+a\s+ir)\s+de\s+este\s+mundo\b(?!\s+de\b)",
        # "when I'm gone" (not on a holiday, not out of the house)
        r"\b(when|once|after)\s+i'?m\s+gone\b(?!\s+(on|for|to|away|out)\b)|\bwhen\s+i\s+am\s+gone\b(?!\s+(on|for|to|away|out)\b)|\bcuando\s+(yo\s+)?(ya\s+)?no\s+este\b(?!\s+(en|de|aqui|con)\b)|\bкогда\s+меня\s+не\s+(станет|будет)\b(?!\s+(дома|в\s+городе|рядом|на\s+связи))|\bколи\s+мене\s+не\s+(стане|буде)\b(?!\s+(вдома|удома|в\s+місті|поруч|на\s+зв'?язку))",
        # no sense going on, said last ("no tiene sentido seguir")
        r"\bno\s+tiene\s+(ningun\s+)?sentido\s+(seguir|continuar)(\s+(viviendo|asi|adelante|luchando))?\s*$",
        # wishing a truck would hit me
        r"\b(quisiera|ojala)\s+(que\s+)?me\s+(atropell\w*|arroll\w*)\b|\b(wish|hope)\s+(a|some)\s+(\w+\s+)?(truck|bus|car|train)\s+(would\s+)?(hit|hits|run\s+me\s+over)\b|\b(хоть\s+бы|вот\s+бы|хочу\s+чтобы)\s+(меня\s+)?(\w+\s+)?(сбил\w*|переехал\w*)|\b(хоч\s+би|от\s+би|хочу\s+щоб)\s+(мене\s+)?(\w+\s+)?(збил\w*|збив|переїхал\w*|переїхав)",
        # someone else's goodbye with the means or all the pills ("брат написал что простите его и что у
        # него верёвка", "подруга пишет что прощается и выпила все свои антидепрессанты")
        (
            r"\b(sorry|goodbye|saying\s+bye|прощается|прощаєтьс\w*|простите|пробачте|прости\s+(его|ее|её)|lo\s+perdone|la\s+perdone|se\s+despid\w*|se\s+esta\s+despidiendo)\b.{0,80}\b"
            r"(rope|noose|gun|pills\s+saved|saved\s+(up\s+)?pills|took\s+all|верёвк\w*|веревк\w*|мотузк\w*|пистолет\w*|пістолет\w*|выпил\w*\s+все|випил\w*\s+(всі|усі)|soga|cuerda|pistola|se\s+tomo\s+todas)"
        ),
        r"\b(texted|messaged|wrote|sent\s+me)\b.{0,40}\b(got|has|had)\s+a\s+(rope|noose|gun)\b.{0,40}\b(sorry|goodbye|bye)\b",
        # English
        r"\b(want|wanna|going|gonna|plan|planning|thinking about|thinking of|think about|thought about|tempted|ready|about|decided|trying)\s+(to\s+)?(kill|end|off|hurt|harm|cut|hang|shoot|drown)\s+(myself|my\s*self|my life|it all|me)\b",
        r"\b(kill|killing|kills|end|ending|hurt|hurting|harm|harming|cut|cutting|cuts|hang|hanging|off|offing)\s+(myself|my\s*self|meself|himself|herself|themselves|themself)\b",
        r"\b(gonna|going to|want to|wanna|about to|ready to|will|i'?ll|im gonna|i'?m going to)\s+end\s+it\b(?!\s+(with|between|early|now\s+with))|\bending (it|my life)\b",
        r"\b(don'?t|dont|do not|no longer|dnt|dont really)\s+(want|wanna)\s+(to\s+)?(be\s+)?(alive|live|living|exist|wake up|be here|be around)\b",
        r"\b(want|wanna|wish i|wish i could|wish i was|wish i were|rather be|better off)\s+(to\s+)?(die|dead|be dead|not exist|not be here|disappear forever|not wake up|never wake up)\b",
        r"\bsuicid\w*|\bsucide\w*|\bsuicde\w*|\bsiucid\w*|\bsewer\s?slide\b|\bself[\s-]?harm\w*|\bselfharm\w*",
        r"\bkms\b|\bkys\b.{0,20}\bmyself\b|\bunaliv\w*|\bun alive\b",
        r"\bno (reason|point) (to|in) (keep |go on |going on )?(live|living|go on|going on|being alive|be alive)\b|\bcan'?t go on\b|\bcant go on\b|\bnot worth living\b",
        r"\b(tired|sick) of (living|being alive|life)\b|\bdone with (life|living)\b|\bi want out of life\b",
        r"\b(overdos\w*|od|od'?ing)\s+on\s+purpose\b|\bsobre\s?dosis\s+(a\s+proposito|adrede|intencional\w*)|\b(специально|нарочно|намеренно)\s+(\w+\s+)?передоз\w*|\bпередоз\w*\s+(специально|нарочно|намеренно)|\b(спеціально|навмисно)\s+(\w+\s+)?передоз\w*|\bпередоз\w*\s+(спеціально|навмисно)",
        r"\bbetter\s+(off\s+)?without\s+me\b|\b(миру|всем|им|семье|родным|всему\s+миру)\s+(\w+\s+)?(будет|было\s+бы|станет)\s+лучше\s+без\s+меня|\bлучше\s+без\s+меня\b|\bкраще\s+без\s+мене\b|\bmejor\s+sin\s+mi\b",
        r"\bпоконч\w*\s+(с|со)\s+(собой|жизнью|всем)\b|\bпокінч\w*\s+(з|із)\s+(собою|життям|усім|всім)\b|\b(me\s+quito|quitarme|me\s+voy\s+a\s+quitar|quitare)\s+la\s+vida\b|\bme\s+estoy\s+cortando\b|\bestoy\s+cortandome\b",
        r"\b(overdose|od)\s+on\s+purpose\b|\bintentionally\s+(overdose|od)\b|\b(take|taking|swallow|swallowing)\s+(all|the whole|every)\s+\w*\s*(pills|bottle)\s+(to|so)\s+(die|i die|not wake)",
        r"\b(and|to|so i|so that i)\s+(never|not|don'?t|dont)\s+wak(e|ing)\s+up\b|\b(и|чтобы|чтоб)\s+(больше\s+)?не\s+просну(ться|ть|сь)\b|\b(і|щоб)\s+(більше\s+)?не\s+прокину(тися|тись|ся|сь)\b|\b(para|y)\s+no\s+(volver\s+a\s+)?despertar(me)?\b",
        r"(?<!bungee\s)(?<!bungy\s)\b(jump|jumping|throw\s+myself|throwing\s+myself)\s+(off|from|in\s+front\s+of|under)\s+(a|the|this|that|my)\s+(\w+\s+)?(bridge|building|roof|train|balcony|window|cliff|car|bus|tower)\b(?!\s+(into|in\s+to|in)\s+(the\s+|a\s+)?(water|river|lake|sea|pool|canal|ocean|quarry|harbou?r|reservoir)\b)",
        r"\b(take|taking|swallow|swallowing|down|downing)\s+(all|every\s+one\s+of|the\s+whole\s+bottle\s+of)\s+(my|the|these|those)\s+(\w+\s+)?(pills|meds|tablets|medication|bars|benzos)\b(?!\s+(on\s+time|today|with\s+food))",
        r"\bwant\s+(it\s+all|everything|all\s+of\s+(it|this)|this\s+all|all\s+this)\s+to\s+(end|stop|be\s+over)\b(?!\s+(for\s+(a|one)\s+(minute|second|sec|moment|bit|while|night|day)|for\s+(now|tonight|today)))",
        # not an errand or a trip ("collecting my meds from the pharmacy", "saving up my pills for the
        # holiday")
        r"\b(stockpil\w*|hoard\w*|saving\s+up|collecting)\s+(my\s+|up\s+)?(pills|meds|tablets)\b(?!\s+(from|at)\s+(the\s+)?(pharmacy|chemist|chemists|drugstore|clinic|gp|doctor)|\s+for\s+(the|my|a|our)\s+(month|week|holiday|holidays|trip|journey|travels?|vacation|flight))",
        r"\b(nobody|no\s+one|noone)\s+(would|will|is\s+going\s+to|gonna)\s+(miss|notice|care)\b.{0,30}\b(die|died|dead|gone|kill\w*)\b",
        r"\bdisappear\w*\s+(for\s+good|forever|permanently)\b|\b(thinking\s+(of|about)|going\s+to|gonna|want\s+to|wanna)\s+jump(ing)?\b(?!\s+(into|in|on|over|rope|the\s+queue|ship|start|back)|\s+off\s+(the\s+|a\s+)?(\w+\s+)?\w+\s+(into|in\s+to|in)\s+(the\s+|a\s+)?(water|river|lake|sea|pool|canal|ocean|quarry|reservoir)\b)",
        r"\b(nobody|no\s+one|noone)\s+(would|will)\s+(care|notice|miss\s+me)\s+if\s+i\b",
        r"\b(what'?s|whats|what\s+is)\s+the\s+point\s+(of|in)\s+(living|going\s+on|life|being\s+alive)\b(?!(\s+living)?\s+(in|at|on|near|with|without\s+(a|the|my)\s+(car|job|phone|tv|wifi)|here\s+in)\s)",
        r"\bcut\s+(my|both)\s+(arms|wrists|legs|thighs|skin)\b",
        r"\b(hate|hating)\s+(being\s+alive|living|existing)\b|\bненавижу\s+(быть\s+живым|быть\s+живой|жить)\b|\bненавиджу\s+(бути\s+живим|бути\s+живою|жити)\b|\bodio\s+(estar\s+viv[oa]|vivir|existir)\b",
        r"\bque\s+me\s+(mate|suicide|ahorque|cuelgue|quite\s+la\s+vida)\b",
        r"\bgiving\s+away\s+(all\s+)?my\s+(stuff|things|belongings)\b.{0,40}\b(won'?t|not\s+going\s+to|don'?t)\s+need\b|\bраздаю\s+(все\s+)?свои\s+вещи\b|\bроздаю\s+(всі\s+)?свої\s+речі\b|\bregal(ando|o)\s+(todas\s+)?mis\s+cosas\b.{0,40}\bnecesit",
        r"\bif\s+i\s+(don'?t|dont|never)\s+wake\s+up\b|\bесли\s+я\s+(завтра\s+)?не\s+проснусь\b|\bякщо\s+я\s+(завтра\s+)?не\s+прокинус[яь]\b|\bsi\s+(manana\s+)?no\s+despierto\b",
        r"\b(ready\s+to\s+go|готов\w*\s+уйти|готов\w*\s+піти|list[oa]\s+para\s+irme)\b.{0,40}\b(peace|смирил\w*|змирил\w*|змирив\w*|paces)\b",
        r"\bmix\w*\s+everything\s+i\s+(have|got)\b|\bсмешать\s+вс[её]\s+что\s+есть\b|\bзмішати\s+все\s+що\s+є\b|\bmezclar\s+todo\s+lo\s+que\s+tengo\b",
        r"\bfavou?r\b.{0,30}\b(disappear\w*|gone|dead|die)\b|\bодолжение\b.{0,30}\b(исчезну|умру|не\s+станет)|\bпослугу\b.{0,30}\b(зникну|помру|не\s+стане)|\bfavor\b.{0,30}\b(desaparezco|desapareciera|muero|muriera)\b",
        r"\bwant\s+out\s+(for\s+good|forever|permanently)\b|\bуйти\s+(насовсем|навсегда)\b|\bпіти\s+(назовсім|назавжди)\b|\b(me\s+quiero\s+ir|irme)\s+para\s+siempre\b",
        r"\b(time|ready)\s+for\s+me\s+to\s+go\b|\b(tired\s+of|done)\s+fighting\b|\bустал[аи]?\s+бороться\b|\bвтоми(вся|лася|лась)\s+боротися\b|\bcansad[oa]\s+de\s+luchar\b",
        r"\b(imagin\w*|pictur\w*|think\w*\s+about|plan\w*)\s+(my\s+own\s+|my\s+)funeral\b|\b(представляю|думаю\s+о|планирую)\s+(свои|своих)\s+похорон\w*|\b(уявляю|думаю\s+про|планую)\s+(свій|своїх)\s+похорон\w*|\b(imagino|pienso\s+en|planeo)\s+mi\s+(funeral|entierro)\b",
        r"\bif\s+i\s+(just\s+)?(wasn'?t|weren'?t|was\s+not|were\s+not)\s+(here|around|alive)\b|\bменя\s+(просто\s+|больше\s+)?не\s+станет\b|\bмене\s+(просто\s+|більше\s+)?не\s+стане\b|(?<!como )\bsi\s+(yo\s+)?(ya\s+)?no\s+(estuviera|existiera)\b",  # not "como si no estuviera" (as if absent; session 24)
        (
            r"\b(overdose|od|передоз\w*|sobredosis)\b.{0,20}\b(not|never|не|no)\s+(come\s+back|wake\s+up|вернуться|проснуться|повернутися|прокинутися|regresar|volver|despertar)\b|"
            # not said as a fear ("dont want to overdose", "не хочу передознуться": tune46's xanax question)
            r"(?<!dont\s)(?<!don't\s)(?<!not\s)(?<!never\s)\b(want|wanna)\s+to\s+(overdose|od)\b|(?<!не\s)\bхочу\s+передозн\w*|(?<!no\s)\bquiero\s+(una\s+)?sobredosis\b"
        ),
        r"\bhow\s+to\s+(end\s+my\s+life|kill\s+myself)\b|\bкак\s+(покончить\s+с\s+собой|убить\s+себя)\b|\bяк\s+(покінчити\s+з\s+собою|вбити\s+себе)\b|\bcomo\s+(quitarme\s+la\s+vida|matarme|suicidarme)\b",
        r"\b(со\s+всем|с\s+этим\s+всем)\s+(закончу|покончу)\b|\b(закончу|покончу)\s+(со\s+всем|с\s+этим\s+всем)\b|\b(з\s+усім|з\s+цим\s+усім)\s+(закінчу|покінчу)\b|\b(закінчу|покінчу)\s+з\s+усім\b|\bacab\w*\s+con\s+(todo|mi\s+vida)\b(?!\s+(el|la|los|las|lo\s+de)\b)",
        r"\b(no\s+way\s+out|nothing\s+left)\b.{0,30}\b(death|dying|die)\b|\bвыход\w*\s+(\w+\s+)?нет\b.{0,20}\bсмерт\w*|\bкроме\s+смерти\b|\bвиход\w*\s+(\w+\s+)?(немає|нема)\b.{0,20}\bсмерт\w*|\b(окрім|крім)\s+смерті\b|\bno\s+hay\s+salida\b.{0,30}\bmuerte\b|\b(mas\s+que|excepto|salvo)\s+la\s+muerte\b",
        r"\bstop\s+(existing|living|being\s+alive)\b|\bперестать\s+(существовать|жить)\b|\bперестати\s+(існувати|жити)\b|\bdejar\s+de\s+(existir|vivir)\b",
        r"\bsee\s+myself\s+(being\s+)?alive\b|\bне\s+вижу\s+себя\s+живым\w*|\bне\s+бачу\s+себе\s+живим\w*|\bno\s+me\s+veo\s+viv[oa]\b",
        r"\b(i'?m|im|i\s+am)\s+(such\s+)?a\s+burden\b|\bя\s+(всем\s+|для\s+всех\s+)?(обуза|обузой)\b|\bя\s+(всім\s+)?(тягар|тягарем)\b|\bsoy\s+una\s+carga\b",
        r"\b(ending|end)\s+(things|it\s+all|everything)\b(?!\s+with)|\bterminar\s+con\s+todo\b|\b(думаю|хочу|хочется)\s+(\w+\s+)?(со\s+всем|с\s+этим)\s+покончить\b|\b(думаю|хочу|хочеться)\s+(\w+\s+)?(з\s+усім|з\s+цим)\s+покінчити\b",
        r"\b(take|taking|do|use|shoot|smoke)\s+(the\s+whole|all\s+(of\s+)?(my|the))\s+(\w+\s+)?(stash|bag|supply|batch)\b|\b(приму|вмажу|закину|сожру)\s+(весь|всё|все)\s+(\w+\s+)?(запас|что\s+есть)\b|\b(прийму|вмажу|закину|зжеру)\s+(весь|все|усе)\s+(\w+\s+)?(запас|що\s+є)\b|\b(meter|meterme|tomar|tomarme)\s+todo\s+lo\s+que\s+tengo\b",
        r"\b(sleep|asleep)\s+and\s+never\s+(have\s+to\s+)?wake\s+up\b|\b(уснуть|заснуть)\s+и\s+(больше\s+)?(никогда\s+)?не\s+просыпаться\b|\b(заснути|уснути)\s+і\s+(більше\s+)?(ніколи\s+)?не\s+прокидатися\b|\bdormirme\s+y\s+no\s+despertar\b",
        r"\b(don'?t|dont|do\s+not)\s+(think\s+i\s+|really\s+)?(want|wanna)\s+(to\s+)?(be\s+here|be\s+around|be\s+alive|live|exist)\b",
        r"\bне\s+хочу\s+(больше\s+)?(быть\s+здесь|быть\s+тут|быть\s+живым|быть\s+живой)\b|\bне\s+хочу\s+(більше\s+)?(бути\s+тут|бути\s+живим|бути\s+живою)\b",
        r"\b(painless|least\s+painful|easiest|quickest|best|fastest)\s+(way|method)\s+to\s+(die|kill\s+myself|end\s+it|end\s+my\s+life)\b|\bhow\s+to\s+kill\s+myself\b",
        r"\bспособ\w*\s+(умереть|покончить\s+с\s+собой|уйти\s+из\s+жизни|убить\s+себя)\b|\bспос(іб|об)\w*\s+(померти|покінчити\s+з\s+собою|піти\s+з\s+життя|вбити\s+себе)\b|\b(forma|manera|modo)\s+(\w+\s+){0,2}(de\s+)?(morir|matarme|suicidarme|quitarme\s+la\s+vida)\b",
        r"\bpills\s+(\w+\s+)?(lined\s+up|ready|counted\s+out|laid\s+out)\b|\b(разложил\w*|приготовил\w*)\s+(все\s+)?(свои\s+)?таблетки\b|\b(розклал\w*|розклав|приготувал\w*|приготував)\s+(всі\s+)?(свої\s+)?таблетки\b|\bpastillas\s+(listas|preparadas|contadas)\b",
        r"\b(nobody|no\s+one)\s+cares\b.{0,40}\bdo\s+it\b|\b(всем|никому)\s+(плевать|пофиг|все\s+равно|не\s+нужн\w*)\b.{0,40}\b(сделаю\s+это|это\s+сделаю)|\b(всім|нікому)\s+(байдуже|пофіг|не\s+потрібн\w*)\b.{0,40}\b(зроблю\s+це|це\s+зроблю)|\ba\s+nadie\s+le\s+importa\w*\b.{0,40}\b(lo\s+voy\s+a\s+hacer|voy\s+a\s+hacerlo|lo\s+hago)",
        r"\bрежу\s+(себе\s+)?(руки|ноги|бедра|запястья|живот)\b|\bріжу\s+(собі\s+)?(руки|ноги|стегна|зап'?ястя|живіт)\b|\bcutting\s+my\s+(arms|wrists|legs|thighs|skin)\b",
        r"\bwant\s+(it|this|everything|the\s+pain|it\s+all)\s+to\s+(stop|end)\s+(for\s+good|forever|permanently)\b|\b(прекратилось|закончилось|кончилось)\s+навсегда\b|\b(припинилося|припинилось|закінчилося|закінчилось|скінчилося)\s+назавжди\b|\b(pare|acabe|termine|se\s+acabe|se\s+termine)\s+para\s+siempre\b",
        r"\b(swallow|swallowing|take|taking|down|downing)\s+(every|all\s+the|all\s+my|all\s+of\s+the|all\s+of\s+my|the\s+whole)\s+(\w+\s+)?(pills|(?<!whole\s)pill|meds|tablets|bottle)\b",
        r"\b(проглочу|проглотить|выпью|сожру|закину)\s+(все|всю)\s+(свои\s+)?(таблетки|колеса|пачку)\b|\b(проковтну|проковтнути|вип'?ю|зжеру)\s+(всі|усі|всю)\s+(свої\s+)?(таблетки|пігулки|пачку)\b",
        r"\bwrote\s+(\w+\s+){0,2}(letters?|notes?)\s+(to|for)\s+(my\s+)?(family|kids|mom|mum|parents|everyone|friends)\b(?!\s+(from|in)\s+(rehab|prison|jail|detox|treatment|the\s+(clinic|hospital|unit|centre|center|ward)))(?!.{0,40}\b(birthday|christmas|xmas|anniversary|wedding|graduation)\b)|\b(goodbye|farewell|suicide)\s+(letter|note)s?\b",
        r"\bнаписал[аи]?\s+(\w+\s+)?(письма|письмо|записк\w*)\s+(родным|маме|семье|всем|детям)\b(?!\s+(из|с)\s+(реаб\w*|тюрьм\w*|колони\w*|больниц\w*|клиник\w*|стационар\w*|центр\w*|армии|лагер\w*))|\bпрощальн\w*\s+(письм\w*|записк\w*)|\bнаписа(в|ла)\s+(\w+\s+)?(листи|лист|записк\w*)\s+(рідним|мамі|родині|всім|дітям)\b(?!\s+(з|із)\s+(реаб\w*|в'?язниц\w*|колоні\w*|лікарн\w*|клінік\w*|стаціонар\w*|центр\w*|армії|табор\w*))|\bпрощальн\w*\s+(лист(?!івк)\w*|записк\w*)",
        r"\bescrib\w*\s+(\w+\s+)?(cartas?|notas?)\s+(a|para)\s+(mi\s+)?(familia|mama|hijos|todos|padres)\b|\bcartas?\s+de\s+despedida\b",
        r"\b(want|wanna|wish)\s+(to\s+)?(be|was|were)\s+dead\b|\bхочу\s+(быть|бути)\s+мертв\w*|\bquiero\s+estar\s+muert[oa]\b|\b(quiero|quisiera)\s+morirme\b",
        r"\b(thinking\s+(about|of)|want\s+to|wanna|going\s+to|gonna)\s+(drive|driving|crash|crashing)\s+(\w+\s+){0,2}(off|into)\s+(a|the)\s+(road|cliff|bridge|wall|tree|truck|river)\b(?!\s+(to|for|at|in|into|with|this|next|on|tomorrow|tonight)\b)(?!.{0,40}\b(game|gta|forza|beamng|lol|lmao|off-?road\w*|4x4|jeep|camping)\b)",
        r"\b(думаю|хочу|хочется)\s+(\w+\s+)?(съехать|слететь|разбиться|врезаться)\s+(\w+\s+){0,2}(с\s+обрыва|с\s+моста|в\s+стену|в\s+столб|в\s+дерево)|\b(думаю|хочу|хочеться)\s+(\w+\s+)?(з'?їхати|злетіти|розбитися|врізатися)\s+(\w+\s+){0,2}(з\s+обриву|з\s+мосту|в\s+стіну|у\s+стовп|в\s+дерево)",
        r"\b(pienso\s+en|quiero|voy\s+a)\s+(tirar|aventar|estrellar)\s+(el\s+|mi\s+)?(carro|coche|auto)\s+(por|contra|de|desde)\s+",
        r"\b(burn|burning|scratch|scratching|hit|hitting|punch|punching|starve|starving|bite|biting)\s+(\w+\s+)?myself\b|(?<!\bse\s)\bme\s+(rasguno|quemo|golpeo|lastimo|muerdo|arano)\b",
        r"\b(easier|better)\s+if\s+i\s+(wasn'?t|weren'?t|was\s+not|were\s+not)\s+(here|around|alive)\b|\bif\s+i\s+(wasn'?t|weren'?t)\s+(here|around|alive)\s+anymore\b",
        r"\b(если|чтобы|чтоб)\s+бы?\s*меня\s+(больше\s+|вообще\s+)?не\s+было\b|\b(якби|щоб)\s+мене\s+(більше\s+|взагалі\s+)?не\s+було\b|(?<!como )\bsi\s+(ya\s+|yo\s+)?no\s+(estuviera|existiera)\b",  # not "como si no estuviera" (session 24)
        r"\b(going\s+to|gonna|wants\s+to|will|might)\s+(end|take)\s+(her|his|their)\s+(own\s+)?life\b|\b(se\s+va\s+a|va\s+a)\s+(matar|quitar\s+la\s+vida|suicidar|colgar|ahorcar)\b",
        r"\b(slit|slitting|slash|slashing|cut|cutting|open|opening)\s+(my\s+)?(wrists?|veins?|throat)\b",
        r"\blife\s+(is\s+not|isn'?t|isnt|aint|ain'?t)\s+(\w+\s+)?worth\s+(living|it)\b|\bжизнь\s+(\w+\s+){0,2}не\s+стоит\b|\bжиття\s+(\w+\s+){0,2}не\s+варте\b|\bvida\s+(\w+\s+){0,2}no\s+vale\s+la\s+pena\b|\bno\s+vale\s+la\s+pena\s+vivir\b",
        r"\b(закончить|покончить|оборвать)\s+(свою\s+|с\s+)?жизн\w*|\b(закінчити|обірвати)\s+(своє\s+)?житт\w*",
        r"\bme\s+(\w+\s+){0,2}(hacer|hago|hice)\s+dano\b|\bme\s+(voy|vuelvo|quiero|pienso|tengo\s+ganas\s+de|dan\s+ganas\s+de)\s+(a\s+|de\s+)?matar\b(?!\s+(de|a)\s)",
        r"\b(a|my|the)\s+plan\s+to\s+(end|kill|die|do\s+it)\b|\bplan(ning)?\s+to\s+(end\s+it|kill\s+myself|die|end\s+my\s+life)\b",
        r"\bплан\w*\s+(\w+\s+){0,2}(закончить|покончить|уйти|умереть)\b|\bплан\w*\s+(\w+\s+){0,2}(закінчити|покінчити|піти|померти)\b|\bplan\s+para\s+(acabar|terminar|matarme|quitarme|irme)\b",
        r"\bcutting\s+again\b|\b(started|start|been|keep|keeps)\s+cutting\b(?!\s+(it|the|my\s+(coke|stuff|gear)|with))",
        r"\b(sleep|go\s+to\s+sleep|fall\s+asleep)\s+forever\b",
        r"\bwants?\s+to\s+(kill|end|hurt|harm|off)\s+(himself|herself|themselves|themself|his\s+life|her\s+life|their\s+life)\b|\b(he|she|they)\s+wants?\s+to\s+die\b",
        r"\bgoodbye (forever|everyone|world)\b|\bwrote (a|my) (suicide )?note\b",
        r"\b(world|everyone) (would be )?better (off )?without me\b",
        # Russian (Cyrillic)
        r"\bхочу\s+(умереть|сдохнуть|помереть|умирать|не\s+жить|исчезнуть\s+навсегда|повеситься|повесится|вскрыться|выпилиться|покончить|убить\s+себя|уйти\s+из\s+жизни|на\s+тот\s+свет|спрыгнуть|выпрыгнуть|прыгнуть\s+с)",
        r"\bне\s+хочу\s+(больше\s+)?(жить|просыпаться|существовать|быть\s+живым|быть\s+живой)\b",
        # going up a height tonight, and then it ends or nobody may talk them out of it ("esta noche
        # me subo al techo y ya", "сегодня ночью пойду на крышу, не отговаривайте", "tonight i'm going
        # up on the roof and that's it"), not a view, photos or a party up there
        r"\b(tonight|today|later|esta\s+noche|hoy|al\s+rato|сегодня|сьогодні|ночью|вночі|уночі|вечером|ввечері)\s+([\w']+\s+){0,3}(go(ing)?\s+up|climb(ing)?|head(ing)?\s+up|subo|me\s+subo|voy\s+a\s+subir(me)?|пойду|піду|піти|пойти|полезу|залезу|залізу|подниму?сь|піднімусь|піднятися|подняться|вылезу|вилізу)\s+(\w+\s+){0,2}(roof|rooftop|bridge|azotea|techo|puente|крыш\w*|мост\w*|дах\w*|міст|мосту)\b(?!.{0,80}\b(photo\w*|pics?|sunset|view|party|fireworks|stars|foto\w*|atardecer|vista|fiesta|fuegos|estrellas|фот\w*|закат\w*|захід\w*|вид\w*|салют\w*|звезд\w*|зір\w*|вечірк\w*|вечеринк\w*|шашлык\w*|шашлик\w*|tender|ropa|laundry|washing|watch\w*|meteor\w*|ver|mirar|смотр\w*|дивит\w*|fix\w*|repair\w*|antenna|dish|arreglar|antena|reparar|белье|бельё|білизн\w*|антен\w*|ремонт\w*|чинить|полагодит\w*|лагодит\w*)\b).{0,80}\b(y\s+se\s+acabo|y\s+ya\s*$|y\s+adios|y\s+listo|no\s+me\s+(detengan|detengas|convenzan|convenzas)|and\s+(that'?\s?s|thats)\s+it|and\s+it'?\s?s\s+over|and\s+its\s+over|don'?t\s+(try\s+to\s+)?(stop|talk)\s+me|dont\s+(try\s+to\s+)?(stop|talk)\s+me|не\s+отговаривай(те)?|не\s+відмовляй(те)?|не\s+відговорюй(те)?|и\s+вс[её]\s*$|і\s+все\s*$|и\s+конец|і\s+кінець)",
        # not waking tomorrow at all, no workday or alarm about ("не хочу завтра просыпаться. вообще",
        # "не хочу вже прокидатися"), not a Monday grumble ("не хочу завтра рано просыпаться на работу")
        r"\bне\s+хочу\s+(завтра|утром|вранці|вже|уже|вообще|взагалі)\s+(просыпаться|проснуться|прокидатися|прокидатись|прокинутися)\b(?!\s+(\w+\s+)?(рано|раньше|раніше|в\s+\d|о\s+\d|к\s+\d|до\s+\w+|на\s+\w+))(?!.{0,80}\b(понедельник\w*|понеділ\w*|работ\w*|робот\w*|пары|пари|школ\w*|смен\w*|змін\w*|будильник\w*|экзамен\w*|іспит\w*|выходн\w*|вихідн\w*|учеб\w*|навчан\w*|похмел\w*)\b)",
        r"\bпоконч\w*\s+(с\s+)?(этим\s+)?(всем|со\s+всем)\b|\bпоконч\w*\s+(с|з)\s+(этим\s+|цим\s+)?(всім|усім)\b|\bпоконч\w*\s+с\s+(этим\s+)?всем\b|\bпокончить\s+(с\s+собой|со\s+всем|с\s+жизнью)|\bпокончу\s+(с\s+собой|со\s+всем)",
        r"\bсуицид\w*|\bсуецид\w*|\bсуйцид\w*|\bсамоубий\w*|\bсамоповрежд\w*|\bселфхарм\w*",
        r"\bповес(ит|ил)ь?с[яь]\b|\bповешусь\b|\bповесился\b|\bвздернуться\b|\bвздёрнуться\b",
        r"\b(резать|порезать|вскрыть|перерезать)\s+(себе\s+)?вены\b|\bвскрыть(ся|\s+вены)|\bвскроюсь\b|\bвскрыться\b|\bвены\s+(резать|порезать|вскрыть)|\bрезать\s+вены",
        r"\bвыпил(ит|ю)[ьс]?с[яь]\b|\bвыпилюсь\b|\bвыпилиться\b|\bроскомнадзорн\w*|\bроскомнадзор\s+себ",
        r"\b(убить|убью)\s+себя\b|\bуйти\s+из\s+жизни\b|\bжить\s+не\s+хочу\b|\bнезачем\s+жить\b|\bнет\s+смысла\s+жить\b|\bсмысла\s+жить\s+нет\b",
        r"\bрежу\s+себя\b|\bрезать\s+себя\b|\bпорезать\s+себя\b|\bрежу\s+(руки|ноги)\b|\bнаношу\s+себе\b|\bсебя\s+(режу|порезать|резать)",
        r"\bне\s+вижу\s+смысла\s+жить|\bустал[аи]?\s+жить\b|\bлучше\s+(бы\s+)?(я\s+)?(умер|умерла|сдох|сдохла)\b|\bлучше\s+бы\s+меня\s+не\s+было",
        r"\bспрыгнуть\s+с\s+(крыши|моста|окна)|\bпрыгнуть\s+с\s+(крыши|моста|окна)|\bшагнуть\s+(с\s+крыши|из\s+окна)",
        r"\bнаглотаться\s+(таблеток|колес|колёс)\b.{0,30}\b(умереть|сдохнуть|чтобы)|\bзакинуться\s+всем\s+чтобы\s+не\s+проснуться|\bчтобы\s+не\s+проснуться\b",
        r"\b(прыгнуть|спрыгнуть|прыгну|спрыгну|броситься|брошусь|сброситься|сброшусь)\s+(с|со|из|под)\s+(\w+\s+)?(моста|крыши|окна|поезд|балкона|многоэтажки)",
        r"\b(выпью|выпить|сожру|сожрать|закину|закинуть)\s+(сразу\s+)?(все|всю)\s+(свои\s+)?(таблетки|колеса|пачку|упаковку)",
        r"\bхочу\s+(чтобы|чтоб)\s+(все|это|это\s+все|все\s+это)\s+(\w+\s+)?(закончилось|кончилось|прекратилось)",
        r"\b(копл\w*|накопл\w*|собира\w*)\s+(\w+\s+)?(таблетк\w*|таблеток|колес\w*)\b.{0,25}\b(уйти|умереть|сдохнуть|не\s+проснуться)",
        r"\bникто\s+не\s+(заметит|заплачет|вспомнит|будет\s+скучать)\b.{0,25}\b(умру|сдохну|не\s+станет|исчезну|умер|умерла)",
        r"\bрежусь\b|\b(уснуть|заснуть|усну|засну)\s+навсегда\b",
        r"\bхоч(ет|ут)\s+(умереть|покончить\s+с\s+собой|повеситься|убить\s+себя|выпилиться|вскрыться|сдохнуть|уйти\s+из\s+жизни)",
        r"\bсмысл\w*\s+(\w+\s+){0,2}жить\b(?!\s+(в|во|у|на|с|со|за|при)\s)|\bжить\s+(\w+\s+){0,2}(нет\s+смысла|смысла\s+нет|незачем)|\bнезачем\s+(\w+\s+){0,2}жить|\bне\s+для\s+чего\s+жить",
        r"\b(выйти|шагнуть|выпрыгнуть|прыгнуть|выброситься|выбросится)\s+(в|из)\s+окн\w*",
        r"\bнаглотаюсь\b|\bнажрусь\s+таблеток|\bнаемся\s+таблеток",
        r"\b(накоплю|коплю|накопила|накопил|собираю|соберу)\s+(\w+\s+)?(таблеток|таблетки|колес|колеса)\b.{0,25}\b(уйду|уйти|умру|сдохну|помру|умереть)",
        r"\bхочу\s+(все|это)\s+(закончить|прекратить|оборвать)\b(?!\s+(с|со)\s)",
        r"\bпорезал[аи]?\s+(себе\s+)?(руки|ноги|вены|запястья|себя)\b",
        r"\bприщучить\s+себя\b|\bуйти\s+навсегда\b|\bзаснуть\s+и\s+не\s+проснуться\b",
        # Ukrainian
        r"\bхочу\s+(померти|здохнути|вмерти|не\s+жити|повіситися|повіситись|вскритися|покінчити|вбити\s+себе|піти\s+з\s+життя|зникнути\s+назавжди|стрибнути)",
        r"\bне\s+хочу\s+(більше\s+)?(жити|прокидатися|прокидатись|існувати)\b",
        r"\bпокінч\w*\s+(з|із)\s+(цим\s+)?(усім|всім)\b|\bпокінчити\s+(з\s+собою|з\s+життям|із\s+собою)|\bпокінчу\s+з\s+собою",
        r"\bсуїцид\w*|\bсуіцид\w*|\bсамогубств\w*|\bсамоушкодж\w*",
        r"\bповіс(ит|ив)и?с[яь]\b|\bповішуся\b|\bповішусь\b|\bповіситися\b|\bповіситись\b",
        r"\b(різати|порізати|розрізати|вскрити|перерізати)\s+(собі\s+)?вени\b|\bвени\s+(різати|порізати|розрізати)|\bрізати\s+вени|\bрозрізати\s+вени|\bвскритися\b|\bвскрию\s+вени",
        r"\b(вбити|вбю|уб'ю|убити)\s+себе\b|\bпіти\s+з\s+життя\b|\bжити\s+не\s+хочу\b|\bнемає\s+сенсу\s+жити|\bнема\s+сенсу\s+жити|\bсенсу\s+жити\s+нема",
        r"\bріжу\s+себе\b|\bрізати\s+себе\b|\bпорізати\s+себе\b|\bріжу\s+(руки|ноги)\b|\bсебе\s+(ріжу|різати|порізати)",
        r"\bвтоми(вся|лася|лась|лися|лись)\s+(від\s+)?(жити|життя)\b|\bкраще\s+б\s+(я\s+)?(помер|померла|здох|здохла)\b|\bкраще\s+б\s+мене\s+не\s+було",
        r"\b(стрибнути|стрибну|зістрибнути|зістрибну|кинутися|кинусь|скинутися)\s+(з|із|зі|під)\s+(\w+\s+)?(мосту|даху|вікна|потяг|балкона|багатоповерхівки)",
        r"\b(вип'?ю|випити|зжеру|закину|закинути)\s+(одразу\s+|відразу\s+)?(всі|усі|всю|усю)\s+(свої\s+)?(таблетки|пігулки|пачку|упаковку)",
        r"\bхочу\s+(щоб|щоби)\s+(все|усе|це|це\s+все|все\s+це|усе\s+це)\s+(\w+\s+)?(закінчилось|скінчилось|скінчилося|закінчилося|припинилось)",
        r"\b(збира\w*|накопич\w*|коплю)\s+(\w+\s+)?(таблетк\w*|пігулк\w*)\b.{0,25}\b(піти|померти|здохнути|не\s+прокинутися)",
        r"\bніхто\s+не\s+(помітить|заплаче|згадає|сумуватиме|буде\s+сумувати)\b.{0,25}\b(помру|здохну|не\s+стане|зникну|помер|померла)",
        r"\bріжу(ся|сь)\b|\b(заснути|заснуть|засну|усну)\s+назавжди\b",
        r"\bхоч(е|уть)\s+(померти|покінчити\s+з\s+собою|повіситися|повіситись|вбити\s+себе|здохнути|піти\s+з\s+життя)",
        r"\bсенс\w*\s+(\w+\s+){0,2}жити\b(?!\s+(в|у|на|з|із|за|при)\s)|\bжити\s+(\w+\s+){0,2}(нема\s+сенсу|немає\s+сенсу|сенсу\s+нема)|\b(нема|немає)\s+(заради\s+чого|для\s+чого|навіщо)\s+жити",
        r"\b(вийти|вистрибнути|стрибнути|викинутися|викинутись|викинутис|вистрибнуть|викинуться)\s+(у|в|з|із)\s+вікн\w*",
        r"\bнаковтаюсь\b|\bнаковтатися\s+таблеток|\bнаїмся\s+таблеток",
        r"\b(накопичу|збираю|зберу|накопичила|накопичив)\s+(\w+\s+)?(таблеток|таблетки|пігулок)\b.{0,25}\b(піду|піти|помру|здохну|померти)",
        r"\bхочу\s+(все|усе|це)\s+(закінчити|скінчити|припинити|обірвати)\b(?!\s+(з|із|зі)\s)",
        r"\bпоріза(в|ла|ли)\s+(собі\s+)?(руки|ноги|вени|зап'?ястя|себе)\b",
        r"\bзаснути\s+і\s+не\s+прокинутися\b|\bщоб\s+не\s+прокинутися\b|\bщоб\s+не\s+прокинутись\b",
        # Spanish
        r"\b(me\s+)?quiero\s+(morir|matar|suicidar|ahorcar|colgar|cortar\s+las\s+venas|desaparecer\s+para\s+siempre|dejar\s+de\s+existir|quitar\s+la\s+vida|tirar|aventar)\b(?!\s+(a\s+la\s+(piscina|alberca|playa|pista)|al\s+(agua|mar|rio|lago|suelo)|en\s+paracaidas|la\s+casa|el\s+dinero|la\s+toalla|los\s+dados|la\s+basura|un\s+clavado|una\s+siesta))",
        r"\bme\s+quiero\s+(morir|matar)|\bquisiera\s+(morirme|morir|estar\s+muert[oa]|no\s+despertar)|\bojala\s+(me\s+muera|no\s+despierte|estuviera\s+muert[oa])",
        r"\bno\s+quiero\s+(seguir\s+)?(vivir|viviendo|existir|despertar|estar\s+viv[oa])\b|\bno\s+quiero\s+estar\s+aqui\b",
        r"\b(matarme|suicidarme|ahorcarme|colgarme|quitarme\s+la\s+vida|tirarme\s+(de|del|por|a)|aventarme\s+(de|del|al|a))\b",
        r"\bsuicid\w*|\bautolesi\w*|\bautoleci\w*|\bhacerme\s+dano\b|\bme\s+hago\s+dano\b|\blastimarme\b|\bme\s+lastimo\b|\bme\s+corto\b|\bcortarme\b|\bme\s+hago\s+cortes\b",
        r"\bno\s+(le\s+)?(veo|encuentro)\s+sentido\s+a\s+(la\s+)?vida|\bno\s+tiene\s+sentido\s+vivir|\bya\s+no\s+aguanto\s+(mas\s+)?(vivir|la\s+vida)",
        r"\bacabar\s+con\s+(todo|mi\s+vida|esto)\b|\bterminar\s+con\s+mi\s+vida\b|\bdormir\s+y\s+no\s+despertar\b|\bpara\s+no\s+despertar\b",
        r"\bsaltar\s+(de|del|desde)\s+(un|una|el|la|este|esta)?\s*(\w+\s+)?(puente|edificio|azotea|ventana|techo|balcon)",
        r"\b(me\s+tomo|me\s+tomare|me\s+voy\s+a\s+tomar|voy\s+a\s+tomar(me)?|tomarme|me\s+trago|tragarme|voy\s+a\s+tragar(me)?)\s+todas\s+(mis|las)\s+(\w+\s+)?(pastillas|pastis|pastas|chochos)",
        r"\bquiero\s+que\s+(todo\s+)?(esto\s+)?(se\s+)?(acabe|termine)\b(?!\s+(ya\s+)?(la|el|este|esta|mi)\s+(semana|dia|mes|ano|bajon|clase|turno|jornada|examen|examenes|curso|finde|fin\s+de\s+semana|lunes|invierno|verano|cruda|resaca|reunion|partido|semestre|cuatrimestre|trimestre|parciales|finales|temporada|proyecto|obra|mudanza)\b)|\birme\s+de\s+este\s+mundo\b|\bdejar\s+este\s+mundo\b",
        r"\b(juntando|acumulando|guardando|junto)\s+(\w+\s+)?(pastillas|pastis|chochos)\b.{0,25}\b(irme|morir|matarme|acabar|no\s+despertar)",
        r"\bnadie\s+me\s+(extranaria|extrana|va\s+a\s+extranar|echaria\s+de\s+menos|echara\s+de\s+menos)\b.{0,25}\b(muero|muriera|mato|matara|desaparezco|desapareciera)",
        r"\bme\s+sigo\s+cortando|\bsigo\s+cortandome|\bcortandome\b|\bdormir(me)?\s+para\s+siempre\b",
        r"\bse\s+quiere\s+(matar|morir|suicidar|ahorcar|colgar|quitar\s+la\s+vida)\b|\bquiere\s+(matarse|suicidarse|morirse|quitarse\s+la\s+vida|ahorcarse|colgarse)\b",
        r"\b(cansad[oa]|hart[oa])\s+de\s+(vivir|la\s+vida|estar\s+viv[oa])\b",
        r"\bsentido\s+(\w+\s+){0,3}(vivir|la\s+vida|seguir\s+vivo|seguir\s+viva)\b(?!\s+(en|aqui|alla|con|de)\b)|\bme\s+corte\s+(los|las|mis)\s+(brazos|venas|munecas|piernas)\b",
        r"\bestar\w*\s+mejor\s+sin\s+mi\b|\bmejor\s+muert[oa]\b",
        # found on the fresh tuning part (grouped by kind, written for every language)
        # a love message left for someone: "tell them I loved them", "передайте що я її любив"
        r"\b(tell|text|write\s+to|message)\s+(\w+\s+){1,3}(that\s+)?i\s+(always\s+|really\s+)?loved\b",
        r"\b(передайте|передай|скажите|скажи|скажіть|напишите|напиши|напишіть|напишить)\s+(\w+\s+){0,3}(что|шо|що)\s+(\w+\s+){0,3}(любил|любила|любив)\b",
        r"\b(diles|dile|diganle|digale|decirles|decile|escribanle|escribele|escribeles|mandenle)\s+(\w+\s+){0,3}que\s+(\w+\s+){0,2}(quise|queria|ame|adore)\b",
        # letters written "just in case"
        r"\b(letters?|notes?)\b.{0,40}\b(just\s+in\s+case|in\s+case\s+(something|anything)\s+happens)\b|\b(письм\w*|записк\w*)\b.{0,40}\bна\s+всякий\s+случай\b|\b(лист\w*|записк\w*)\b.{0,40}\bна\s+всяк\w*\s+випадок\b|\bcartas?\b.{0,40}\bpor\s+si\s+(acaso|algo\s+pasa)\b",
        # a goodbye that lets people off: "it's not your fault"
        r"\b(bye|goodbye|прощайте|прощавайте|бувайте|adios|chao)\b.{0,60}\b(not\s+your\s+fault|не\s+ваша\s+вина|не\s+твоя\s+вина|не\s+винуват\w*|no\s+es\s+(tu|su)\s+culpa|thanks\s+for\s+trying|спасибо\s+что\s+пытались|дякую\s+що\s+намагались|gracias\s+por\s+intentar\w*)\b",
        r"\b(done|finished)\s+trying\s+to\s+(live|stay\s+alive|survive|keep\s+going)\b",
        # how much it takes to not wake up
        r"\b(how\s+many|how\s+much|сколько|скільки|cuant[oa]s?)\b.{0,50}\b(чтобы|чтоб|щоб|шоб|to|para)\s+(точно\s+|surely\s+|definitely\s+|seguro\s+|уже\s+|вже\s+|больше\s+|більше\s+)?(не\s+(проснуться|прокинутися|прокинутись|очнуться)|not\s+wake\s+up|never\s+wake\s+up|no\s+despertar|die|умереть|помереть|померти|morir(me)?)\b",
        # better if I did not wake up tomorrow
        r"\b(лучше|краще)\s+(бы|б)\s+(я\s+)?(\w+\s+)?не\s+(проснул\w*|прокинув\w*|прокинул\w*)|\bojala\s+(ya\s+)?no\s+despierte\b|\bwish\s+i\s+(just\s+|simply\s+|really\s+)?(wouldn'?t|didn'?t|won'?t|would\s+not)\s+(just\s+|ever\s+)?wake\s+up\b(?!\s+(until|till|til|before|early|so\s+early|at|in\s+time|on\s+time|for|to|with|hungover|late)\b)|\bhope\s+i\s+(don'?t|dont|never)\s+wake\s+up\b",
        r"\b(исчезнуть|зникнути|desaparecer)\s+(навсегда|назавжди|para\s+siempre)\b",
        # not wanting to live, said the other way round
        r"\bжить\s+(\w+\s+)?не\s+хочется\b|\bне\s+хочется\s+(больше\s+|уже\s+)?жить\b|\bжити\s+(\w+\s+)?не\s+хочеться\b|\bне\s+хочеться\s+(більше\s+|вже\s+)?жити\b|\bya\s+no\s+(tengo|me\s+dan)\s+ganas\s+de\s+vivir\b",
        r"\bno\s+quiero\s+seguir\s+(aqui|aca|en\s+este\s+mundo|viv[oa])\b|\bне\s+хочу\s+(больше\s+)?(здесь|тут)\s+(быть|находиться|оставаться)\b|\bне\s+хочу\s+(більше\s+)?тут\s+(бути|залишатися)\b|\b(don'?t|dont)\s+want\s+to\s+(keep\s+going|go\s+on)\b",
        # "so that nobody revives me"
        r"\b(щоб|шоб|щоби|чтобы|чтоб|so\s+that|so|para\s+que)\s+(\w+\s+)?(ніхто|никто|nobody|no\s+one|noone|nadie)\s+(не\s+|can\s+|could\s+|me\s+)?(відкача\w*|откача\w*|reviv\w*|reviva|salve)",
        # nothing has any sense any more
        r"\b(смысла|сенсу)\s+(нет|нема|немає)\s+(ни|ні)\s+в\s+(чем|чому)\b|\b(ни|ні)\s+в\s+(чем|чому)\s+(нет\s+|нема\s+|немає\s+)?(смысла|сенсу)\b|\bне\s+(вижу|бачу)\s+(смысла|сенсу)\s+(ни|ні)\s+в\s+(чем|чому)\b|\bya\s+nada\s+tiene\s+sentido\b|\bnada\s+tiene\s+sentido\s+ya\b|\bno\s+le\s+veo\s+sentido\s+a\s+nada\b|\bno\s+point\s+(in|to)\s+anything\b|\bnothing\s+(has\s+any|makes\s+any)\s+(point|sense)\s+any\s?more\b",
        # "everyone is better off / it is easier without me"
        r"\bбез\s+меня\s+(\w+\s+){0,2}(легче|проще|лучше|спокойнее)\b(?!.{0,40}\b(на\s+работе|в\s+команде|в\s+чате|увольня\w*|уволю\w*|переезж\w*|отпуск\w*)\b)|\b(легче|проще|спокойнее)\s+(\w+\s+){0,2}без\s+меня\b|\bбез\s+мене\s+(\w+\s+){0,2}(легше|простіше|краще|спокійніше)\b(?!.{0,40}\b(на\s+роботі|в\s+команді|у\s+чаті|в\s+чаті|звільня\w*|звільнюсь|переїжд\w*|відпустк\w*)\b)|\b(легше|простіше|спокійніше)\s+(\w+\s+){0,2}без\s+мене\b|\b(easier|better)\s+(for\s+(\w+\s+){1,2})?without\s+me\b|\bsin\s+mi\s+(\w+\s+){0,2}(mejor|mas\s+facil|mas\s+tranquil\w*)\b|\b(mas\s+facil|mas\s+tranquil\w*)\s+(\w+\s+){0,2}sin\s+mi\b",
        # "let it all end" (not "end well")
        r"\b(пусть|хай|нехай)\s+(вс[её]|усе|все)\s+(\w+\s+)?(закончится|кончится|скінчиться|закінчиться|прекратится|припиниться)\b(?!\s+(хорошо|добре|нормально|скорее|быстрее|швидше))|\blet\s+it\s+all\s+(end|be\s+over)\b|\bque\s+(se\s+)?(acabe|termine)\s+todo\b(?!\s+bien)",
        # transliterated Russian / Ukrainian
        r"\b(hochu|khochu|xochu)\s+(umeret|sdoh|pomeret|povesi|vskryt|vypilit|ubit\s+sebya|pomerty|povisy)",
        r"\bne\s+(hochu|khochu|xochu)\s+(zhit|jit|zhyty|prosypat)\b|\bsuicid|\bsamoubi",
        # -- kinds found on blind3-tune (2026-12-06) --
        # transliterated: tired of living, not wanting to wake up any more ("ya ustal zhit",
        # "ne khochu bilshe prokydatysya")
        r"\bne\s+(hochu|khochu|xochu|hochy|khochy)\s+(bolshe\s+|bilshe\s+|uzhe\s+|vzhe\s+|voobshche\s+|vzahali\s+)*(zhit\w*|zhyt\w*|jit\w*|prosyp\w*|prosnut\w*|prokyd\w*|prokynut\w*|sushchestvov\w*|isnuvat\w*)",
        r"\b(ustal|ustala|ustali|vtomyvsya|vtomylasya|vtomylas|vtomyvs|zadolbalo|nadoelo|nabridlo)\s+(\w+\s+)?(zhit\w*|zhyt\w*|jit\w*|prosypat\w*|prokydat\w*|sushchestvovat\w*|isnuvat\w*)\b",
        # vanishing for good, not wanting to exist any more, life not worth going on with
        r"\b(vanish|disappear)\w*\s+(for\s+good|forever|permanently|for\s+ever)\b|\b(исчезнуть|пропасть)\s+(навсегда|насовсем)\b|\b(зникнути|щезнути|пропасти)\s+(назавжди|назовсім)\b|\b(desaparecer|esfumarme)\s+para\s+siempre\b",
        r"\b(ganas\s+de|quiero|quisiera|prefiero)\s+no\s+(existir|estar\s+viv[oa]|seguir\s+viv[oa])\b|\bno\s+vale\s+la\s+pena\s+(seguir\s+)?(vivir|viviendo|seguir\s+aqui)\b|\bne\s+stoit\s+zhit|\bне\s+стоит\s+(больше\s+|дальше\s+)?жить\b|\bне\s+варто\s+(більше\s+|далі\s+)?жити\b|\b(хочу|хочется|хочеться)\s+(\w+\s+)?не\s+(существовать|існувати)\b|\b(not|isn'?t|isnt)\s+worth\s+(going\s+on|carrying\s+on|staying\s+alive)\b",
        r"\b(what'?s|whats|what\s+is)\s+(even\s+)?the\s+point\b.{0,40}\b(i'?m|im|i\s+am)\s+(done|finished|out)\b(?!\s+(with\s+(work|school|uni|this\s+job)|for\s+(today|tonight)))|\b(какой|який)\s+(вообще\s+|взагалі\s+)?(смысл|сенс)\b.{0,40}\b(я\s+всё|я\s+все|с\s+меня\s+хватит|з\s+мене\s+досить|я\s+пас)\b|\b(que|cual\s+es\s+el)\s+(sentido|caso)\b.{0,40}\b(ya\s+no\s+puedo\s+mas|me\s+rindo|ya\s+estuvo)\b",
        # "top myself", "do myself in" (British slang)
        r"\b(top|topping|topped|do|doing)\s+(myself|meself|my\s*self)\s+in\b|\b(top|topping|topped)\s+(myself|meself|my\s*self)\b(?!\s+up)",
        # going to the roof or the bridge, with a goodbye ("сегодня пойду на крышу, прощайте все",
        # "піду на міст, прощавайте", "me voy al puente, adiós a todos", "heading to the bridge, bye all")
        (
            r"\b(пойду|иду|полезу|поднимусь|поеду|піду|йду|полізу|піднімусь|поїду|poydu|pojdu|idu|polezu|pidu|polizu|me\s+voy|voy|subo|going|heading|off|goin)\s+(\w+\s+)?(на|в|na|al|a\s+la|a\s+el|up\s+to|to)\s+(the\s+)?"
            r"(kryshu|most|dakh|mist|крышу|мост|дах|міст|балкон|высотку|висотку|обрыв|обрив|rel'?sy|рельсы|рейки|puente|azotea|techo|vias|roof|rooftop|bridge|tracks|cliff|ledge)\b(?!\s+(party|bar|terrace|pool|garden|club|cafe|fiesta|bar|вечеринк\w*|тусовк\w*|бар|кафе|вечірк\w*)).{0,60}\b(proshchayte|proshayte|proshchavayte|prostite|probachte|vsem\s+poka|прощайте|прощай|прощавайте|прощавай|бувайте|простите|пробачте|всем\s+пока|усім\s+бувайте|adios\s+a\s+todos|me\s+despido|perdon\w*|goodbye|bye\s+(everyone|all)|farewell|sorry\s+(everyone|all|mum|mom))\b"
        ),
        r"\b(прощайте|прощай|прощавайте|бувайте|простите|пробачте|adios\s+a\s+todos|me\s+despido|goodbye\s+(everyone|all)|bye\s+(everyone|all))\b.{0,60}\b(пойду|иду|полезу|піду|йду|полізу|me\s+voy|voy|going|heading)\s+(\w+\s+)?(на|в|al|a\s+la|to|up\s+to)\s+(the\s+)?(крышу|мост|дах|міст|puente|azotea|vias|roof|bridge|tracks)\b",
        r"\bpovesit?sya\b|\bvskrytsya\b|\bvypilitsya\b|\bvypilit'?sya\b",
        # -- kinds found on blind-tune and tune6 (2026-12-06) --
        # the idioms for suicide: "наложить на себя руки", "свести счёты с жизнью", "вкоротити собі
        # віку", "піти з життя", "quitarme de en medio"
        r"\b(налож\w*|наклад\w*|наклас\w*|наклав|наклала)\s+(\w+\s+)?на\s+(себя|себе)\s+руки\b|\bруки\s+на\s+(себя|себе)\s+(налож\w*|наклад\w*|наклас\w*)",
        r"\b(свести|сведу|свела|свел|свожу)\s+(\w+\s+)?сч[её]ты\s+с\s+жизнью\b|\b(звести|зведу|звела|звів)\s+(\w+\s+)?рахунки\s+(з|із)\s+життям\b|\b(лишить|лишу)\s+себя\s+жизни\b|\b(позбавити|позбавлю)\s+себе\s+життя\b",
        r"\b(вкоротити|вкорочу|вкоротила|вкоротив|укоротити|укорочу)\s+(\w+\s+)?(собі\s+|себе\s+)?(віку|вік|век)\b",
        r"\b(уйти|уйду|ушла|ушел|піти|піду|пішла|пішов)\s+(\w+\s+)?(из|з|із)\s+(жизни|життя)\b",
        r"\b(quiero|quisiera|voy\s+a|me\s+voy\s+a|pienso)\s+(\w+\s+)?quitar(me)?\s+de\s+en\s+medio\b|\bquitarme\s+de\s+en\s+medio\s+(para\s+siempre|de\s+una\s+vez)\b",
        # the veins or wrists cut, in any tense ("вскрою вены", "переріжу вени", "me corté las muñecas")
        r"\b(вскр\w*|перерез\w*|порез\w*|резать|режу|переріз\w*|переріж\w*|поріз\w*|поріж\w*|різати|ріжу|розріз\w*|cort\w*|slit\w*|slash\w*|cut\w*|abrir(me)?)\s+(\w+\s+){0,3}(вены|вен|вени|венах|venas|wrists?|munecas)\b",
        r"\bвскри(тись|тися|юсь|ю\s+вени|ла\s+вени|в\s+вени)\b|\bvskryt|\bсамовыпил\w*|\bсамовипил\w*",
        # no point any more ("what's even the point anymore", "ya no tiene caso seguir")
        r"\b(what'?s|whats|what\s+is)\s+(even\s+)?the\s+point\s+(anymore|any\s+more|of\s+anything|of\s+it\s+all|of\s+me)\b|\bno\s+point\s+(anymore|any\s+more|in\s+anything)\b",
        r"\bno\s+tiene\s+caso\s+(seguir|vivir|nada)\b|\bpara\s+que\s+seguir\s*$",
        # better off without me, said with "gone"
        r"\bbetter\s+off\s+(if|when)\s+i\s+(was|were|am|'?m|wasn'?t|weren'?t)\s+(\w+\s+)?(gone|dead|here|around|alive)\b|\b(everyone|everybody|they|world)\s+(would\s+be|will\s+be|is|'?d\s+be)\s+better\s+off\b",
        # easier to disappear, be gone (not for a week away)
        r"\b(easier|better|simpler|проще|легче|лучше|простіше|легше|краще|mas\s+facil|mejor)\s+(\w+\s+){0,2}(to\s+)?(just\s+)?(disappear|vanish|исчезнуть|пропасть|зникнути|пропасти|desaparecer)\b(?!\s+(for\s+a|на\s+(\w+\s+)?(недел|тиж|день|дн)|por\s+un))",
        r"\b(исчезнуть|зникнути)\s+(насовсем|назовсім)\b",
        # everything at once, as a plan ("thinking of taking everything at once tonight")
        r"\b(thinking\s+(of|about)|going\s+to|gonna|planning\s+(to|on)|plan\s+to|want\s+to|wanna|decided\s+to)\s+(just\s+)?(take|taking|do|doing|use|using|shoot|shooting|swallow\w*|snort\w*)\s+(everything|it\s+all|all\s+of\s+it|all\s+(my|the)\s+\w+)\s+(at\s+once|tonight|in\s+one\s+go)\b",
        r"\b(хочу|думаю|собираюсь|решил\w*|збираюсь|збираюся|вирішив\w*|вирішила)\s+(\w+\s+)?(принять|закинуть|вмазать|выпить|сожрать|проглотить|прийняти|закинути|вмазати|випити|ковтнути|зжерти)\s+(вс[её]|все|усе)\s+(сразу|разом|что\s+есть|одразу|відразу|що\s+є)\b",
        r"\b(pienso|voy\s+a|quiero|estoy\s+pensando\s+en|decidi)\s+(\w+\s+)?(tomarme|meterme|tragarme|inyectarme|picarme)\s+todo\s+(de\s+golpe|de\s+una|junto|lo\s+que\s+tengo)\b",
        # the note written
        r"\b(i'?ve|i\s+have|i)\s+(just\s+|already\s+)?(written|wrote|left|finished)\s+my\s+(suicide\s+|goodbye\s+|last\s+)?note\b(?!\s+(for|to|about|on|in)\b)|\b(escribi|deje|he\s+escrito|ya\s+escribi)\s+mi\s+(nota|carta)\b(?!\s+(para\s+el\s+(profe|jefe|trabajo)|de\s+(presentacion|motivacion|renuncia)))",
        # "why do I even live", "зачем я вообще живу", "para qué sigo viviendo"
        r"\bзачем\s+(я\s+)?(вообще\s+|еще\s+|ещ[её]\s+|до\s+сих\s+пор\s+)?(живу|существую|родил(ся|ась))\b|\bнавіщо\s+(я\s+)?(взагалі\s+|ще\s+|досі\s+)?(живу|існую|народи(вся|лась))\b",
        r"\bpara\s+que\s+(sigo|estoy|vivo|existo|naci)\b(\s+(viviendo|viv[oa]|aqui|en\s+este\s+mundo))?|\bwhy\s+(am\s+i\s+(even\s+|still\s+)?(alive|living)|do\s+i\s+(even\s+|still\s+)?(exist|bother\s+living))\b",
        r"\bme\s+(voy|ire|vaya)\s+de\s+este\s+mundo\b",
        r"\b(don'?t|dont|can'?t|cant|do\s+not)\s+see\s+(the|any)\s+point\s+(in|of|to)\s+(living|life|going\s+on|being\s+alive|anything|waking\s+up)\b",
        r"\b(disappear|vanish|исчезнуть|пропасть|зникнути|пропасти|desaparecer)\s+(and|и|і|y)\s+(never|not|никогда\s+не|не|ніколи\s+не|no|nunca)\s+(come\s+back|return|вернуться|возвращаться|повернутися|повертатися|volver|regresar)\b",
        r"\bхочу\s+(закончить|прекратить|оборвать)\s+(вс[её]\s+это|это\s+вс[её]|вс[её])\s*$|\bхочу\s+(закінчити|скінчити|припинити|обірвати)\s+(все\s+це|це\s+все|усе\s+це|все|усе)\s*$",
        r"\b(hoy\s+|ya\s+|manana\s+|esta\s+noche\s+)?me\s+(tiro|aviento|lanzo|voy\s+a\s+tirar|voy\s+a\s+aventar)\s+(de|del|desde|por|al|a\s+las|a\s+la)\s+(\w+\s+)?(puente|edificio|azotea|ventana|techo|balcon|vias|metro|tren|barranco|acantilado)\b",
        r"\b(сегодня|сьогодні|tonight|today|hoy|esta\s+noche)\s+(я\s+|i'?ll\s+|i\s+will\s+|i'?m\s+going\s+to\s+)?(вс[её]|усе|все|it\s+all|everything|todo|lo)\s+(закончу|закінчу|покончу|покінчу|end|termino|acabo|lo\s+termino|lo\s+acabo)(\s+todo)?\s*$|\b(hoy|esta\s+noche)\s+(lo\s+)?(termino|acabo)\s+todo\s*$",
        r"\b(had|have\s+had|i'?ve\s+had)\s+enough\s+of\s+(life|living|being\s+alive|everything|it\s+all)\b",
        # tune40 (session 17): a weekend or a weekday named, then "I'll end it all", nothing after but
        # being fed up ("пацани, мабуть цими вихідними закінчу це все, задовбало"), not a job finished
        r"\b(этими\s+выходными|на\s+(этих\s+)?выходных|(в|во)\s+(эту\s+|это\s+)?(субботу|воскресенье|пятницу)|цими\s+вихідними|на\s+(цих\s+)?вихідних|(в|у)\s+(цю\s+|цей\s+)?(суботу|неділю|п'?ятницю))\s+(\w+\s+){0,2}(закончу|покончу|закінчу|покінчу)\s+((с|з|із)\s+)?(этим\s+|это\s+|цим\s+|це\s+)?(вс[её]м?|усе|все|усім|всім)\b(?=\s*$|\s+(задолбал\w*|задовбал\w*|достало|дістало|набридло|надоело|нахрен|нахер|нафиг|к\s+черт\w*|до\s+біса|бо\s|потому\s+что|сил\s+нет|сил\s+нема))",
        r"\b(think\w*\s+(about|of)|want\s+to|wanna|gonna|going\s+to|tempted\s+to)\s+(driv\w*|crash\w*|steer\w*)\s+(my\s+car\s+|the\s+car\s+)?(into|off)\s+(a|the)\s+(wall|tree|truck|bridge|cliff|river|lake|oncoming\s+traffic)\b",
        r"\b(причинить|причиню|причинять|завдати|завдам|завдавати)\s+(себе|собі)\s+(боль|вред|болю|шкоди|шкоду)\b|\b(себе|собі)\s+(боль|болю)\s+(причинить|причиню|завдати|завдам)",
        r"\b(нет|не\s+осталось)\s+(больше\s+|уже\s+)?сил\s+(\w+\s+)?жить\b|\b(нема|немає|не\s+залишилось|не\s+лишилось)\s+(більше\s+|вже\s+)?сил\s+(\w+\s+)?жити\b|\bno\s+tengo\s+(mas\s+|ya\s+)?(fuerzas|ganas|razones|motivos|razon)\s+(para|de)\s+(vivir|seguir)|\b(no|have\s+no|don'?t\s+have\s+any)\s+(reason|reasons|strength)\s+(left\s+)?to\s+(live|go\s+on|keep\s+going|stay\s+alive)\b",
        r"\bя\s+(\w+\s+){0,2}тягар\b|\bтягар\s+для\s+(всіх|усіх|сім'?ї|родини)\b",
        r"\b(сброшусь|сброситься|скинуся|скинусь|скинутися|кинусь|кинуся|брошусь|выброшусь|викинусь|викинуся)\s+(с|з|із|под|під)\s+(\w+\s+)?(крыш\w*|даху|дах|мост\w*|мосту|балкон\w*|окна|вікна|поезд\w*|потяг\w*|поїзд\w*|электричк\w*|електричк\w*)",
        r"\bojala\s+(me\s+)?(muriera|muera\s+ya|no\s+despertara|no\s+existiera|no\s+hubiera\s+nacido)\b",
        # -- kinds found on blind2-tune (2026-12-06) --
        # would rather not wake up tomorrow, in the four languages
        r"\b(i'?d\s+rather|rather|wish\s+i\s+could|wish\s+i\s+would|want\s+to|wanna|hope\s+i)\s+(just\s+)?(not|never)\s+wake\s+up\b",
        r"\b(хочется|хочу|хотелось\s+бы|лучше\s+бы)\s+(\w+\s+){0,2}не\s+(проснуться|просыпаться)\b|\b(хочеться|хочу|хотілося\s+б|краще\s+б)\s+(\w+\s+){0,2}не\s+(прокинутись|прокинутися|прокидатися|прокидатись)\b",
        r"\b(prefiero|preferiria|quisiera|me\s+gustaria)\s+(\w+\s+){0,2}no\s+(despertar(me)?|volver\s+a\s+despertar)\b",
        # thinking how to end it all ("думаю как бы всё это закончить")
        r"\b(как\s+бы|как|як\s+би|як|how\s+to|como)\s+(\w+\s+)?(вс[её]\s+это|это\s+вс[её]|все\s+це|це\s+все|усе\s+це|it\s+all|todo\s+esto|con\s+todo)\s+(закончить|прекратить|оборвать|закінчити|скінчити|припинити|end|stop|terminar|acabar)\b",
        # no sense in going on doing anything
        r"\bне\s+(вижу|бачу)\s+(\w+\s+)?(смысла|сенсу)\s+(дальше|больше|далі|більше)\s+(\w+\s+){0,2}(жить|делать|жити|робити|вставать|вставати|продолжать|продовжувати|существовать|існувати)\b|\bno\s+(le\s+)?veo\s+(el\s+)?sentido\s+(a\s+|de\s+)?seguir\b|\b(don'?t|dont|can'?t|cant)\s+see\s+(the|any)\s+point\s+(in|of)\s+(doing\s+anything|carrying\s+on|going\s+on)\b",
        # why stay alive
        r"\bpara\s+que\s+seguir\s+(viv[oa]|aqui|existiendo|respirando)\b|\bwhy\s+(even\s+)?(stay|keep\s+on\s+being)\s+alive\b|\bзачем\s+(\w+\s+)?(оставаться|быть)\s+(в\s+живых|живым|живой)\b|\bнавіщо\s+(\w+\s+)?(залишатися|бути)\s+(живим|живою)\b",
        # not to be found in time ("dont want anyone to find me in time", "не хочу чтобы меня нашли вовремя")
        r"\b(don'?t|dont|do\s+not)\s+want\s+(anyone|anybody|them|people)\s+to\s+find\s+me\s+(in\s+time|before|until)\b|\bне\s+хочу\s+(чтобы|чтоб)\s+меня\s+нашли\s+(вовремя|раньше|до)\b|\bне\s+хочу\s+(щоб|щоби|аби)\s+мене\s+знайшли\s+(вчасно|раніше|до)\b|\bno\s+quiero\s+que\s+me\s+encuentren\s+(a\s+tiempo|antes)\b",
        # the Ukrainian forms of "выпилиться"
        r"\bвипил(итись|итися|юсь|ився|илась)\b",
        # everything ready, it only takes the nerve ("все приготував, лишилось тільки наважитись")
        r"\b(все|всё|усе|everything|todo)\s+(\w+\s+)?(приготов\w*|приготува\w*|підготува\w*|готово|ready|listo|preparado)\b.{0,40}\b(решиться|наважитися|наважитись|осмелиться|courage|nerve|atreverme|el\s+valor)\b",
        r"\b(everything|all)\s+(is\s+)?(ready|sorted|prepared)\b.{0,60}\bbefore\s+i\s+go\b|\b(tell|say\s+it\s+to)\s+(someone|somebody|anyone)\s+before\s+i\s+go\b",
        # never having to deal with anything again
        r"\b(sleep|asleep|disappear|vanish)\s+and\s+never\s+have\s+to\s+(deal\s+with|face|feel|wake)\b|\bnever\s+have\s+to\s+(deal\s+with|face|feel)\s+(anything|any\s+of\s+(it|this)|this)\s+(again|ever\s+again)\b",
        # everyone would be fine if I was gone
        r"\b(everyone|everybody|they|people|my\s+family|my\s+kids|the\s+world)\s+(would|will|'?d)\s+be\s+(fine|ok|okay|better|happier|good|relieved)\s+(if|when|once)\s+i\s+(was|were|am|'?m)\s+(gone|dead|not\s+here|not\s+around)\b",
        r"\bif\s+i\s+(was|were)\s+(just\s+)?gone\b(?!\s+(for|on|to|till|until|by|this|next|a\s+few)\b)",
        # letters to everyone I love
        r"\b(writing|wrote|written|write)\s+(\w+\s+){0,2}(letters?|notes?)\s+(to|for)\s+(everyone|everybody|all\s+the\s+people|the\s+people)\s+(i\s+love|i\s+care\s+about)\b|\b(пишу|написал\w*|написа(в|ла))\s+(\w+\s+)?(письма|листи|записки)\s+(всем|всім|усім)\s+(кого|кто|хто)\s+(люблю|дорог)|\bescrib\w*\s+(\w+\s+)?cartas\s+a\s+todos\s+los\s+que\s+(quiero|amo)\b",
        # decided, tonight (said last)
        r"\b(вс[её]|усе|все)\s+(решил\w*|вирішил\w*|вирішив)\b.{0,20}\b(сегодня\s+ночью|этой\s+ночью|сегодня|сьогодні\s+вночі|цієї\s+ночі|сьогодні)(\s+(ухожу|уйду|піду|йду))?\s*$|\b(ya\s+)?lo\s+decidi\b.{0,20}\b(esta\s+noche|hoy)(\s+me\s+voy)?\s*$|\b(i'?ve|i\s+have)\s+(decided|made\s+up\s+my\s+mind)\b.{0,20}\btonight(\s+i'?m\s+going)?\s*$",
        # why go on living
        r"\bзачем\s+(мне\s+|вообще\s+|дальше\s+|ещ[её]\s+){1,3}жить\b(?!\s+(в|у|с|на|без)\b)|\bнавіщо\s+(мені\s+|взагалі\s+|далі\s+|ще\s+){1,3}жити\b(?!\s+(в|у|з|на|без)\b)|\bwhy\s+should\s+i\s+(even\s+)?(keep\s+)?(living|go\s+on|stay\s+alive)\b|\bpara\s+que\s+(sigo|seguir)\s+viviendo\b(?!\s+(en|aqui|con)\b)",
        # worn out, wanting to disappear or for it all to end soon
        r"\b(сил\s+(больше\s+|уже\s+)?нет|нет\s+(больше\s+)?сил|не\s+могу\s+больше|больше\s+не\s+могу|устал\w*\s+от\s+всего|сил\s+(більше\s+|вже\s+)?(нема|немає)|не\s+можу\s+більше|більше\s+не\s+можу|втоми\w*\s+від\s+усього|me\s+canse\s+de\s+todo|cansad[oa]\s+de\s+todo|ya\s+no\s+puedo\s+mas|can'?t\s+(do\s+this|take\s+it|go\s+on)\s+any\s?more|tired\s+of\s+everything)\b.{0,40}\b((хочу|хочется|хочеться|quiero|want\s+to|wanna)\s+(просто\s+|just\s+|solo\s+)?(исчезнуть|пропасть|зникнути|desaparecer|disappear|vanish)\b(?!\s+(из|з|на|de|del|por|from|for|to)\b)|(скоро|soon|pronto)\s+(вс[её]|все|усе|it\s+all|todo)\s+(закончится|кончится|скінчиться|закінчиться|will\s+be\s+over|se\s+acaba\w*|se\s+termina\w*))",
        # better not to be ("sería mejor no estar", "лучше вообще не жить")
        r"\b(seria|es)\s+mejor\s+(ya\s+)?no\s+(estar|existir|vivir|despertar)\b(?!\s+(aqui|en|con|hasta|tan)\b)|\bbetter\s+(not\s+to|to\s+not)\s+(exist|be\s+here|be\s+alive|wake\s+up)\b(?!\s+(until|till|early|in|at)\b)|\bлучше\s+(бы\s+)?(вообще\s+)?не\s+(жить|существовать)\b|\bкраще\s+(б\s+)?(взагалі\s+)?не\s+(жити|існувати)\b",
        # not wanting this life any more, wishing not to wake
        r"\bno\s+quiero\s+seguir\s+(con\s+)?(esta|mi)\s+vida\b|\b(don'?t|dont|do\s+not)\s+want\s+to\s+go\s+on\s+with\s+(this|my)\s+life\b|\bojala\s+(ya\s+)?no\s+despertar\w*\b",
        r"\bme\s+quiero\s+ir\s+y\s+no\s+volver\s+(nunca|jamas)\b|\bquiero\s+irme\s+y\s+no\s+volver\s+(nunca|jamas)\b",
        # pills saved up, to be taken all at once today
        r"\b(назбира\w*|накопи\w*|насобира\w*|собрал\w*|зібра\w*|saved|stockpiled|collected|junte|juntado|guarde)\s+(\w+\s+)?(таблеток|таблетки|пігулок|пігулки|pills|tablets|pastillas)\b.{0,40}\b(вип'?ю|выпью|приму|прийму|проковтну|проглочу|take|swallow|tomo|tomare|me\s+tomo|me\s+las\s+tomo)\s+(\w+\s+)?(всі|все|усі|всё|их|їх|them|all|todas)\b",
        # -- kinds found on blind4-tune (2026-12-06, session 6; tune19 says them in other words) --
        # wanting to hurt oneself ("хочу сделать себе больно", "хочеться зробити собі боляче")
        r"(?<!не\s)\b(хочу|хочется|хотелось\s+бы|тянет|хочеться|хотілося\s+б|тягне)\s+(\w+\s+){0,2}(сделать|зробити)\s+(себе|собі)\s+(больно|боляче)\b",
        # why do I still live ("зачем я вообще живу", "why am i still alive", transliterated too)
        r"\bзачем\s+я\s+(\w+\s+)?живу\b(?!\s+(в|у|с|на|без|здесь|тут)\b)|\b(навіщо|нащо|нашо)\s+я\s+(\w+\s+)?живу\b(?!\s+(в|у|з|на|без|тут)\b)|\bwhy\s+am\s+i\s+(even\s+)?still\s+alive\b|\bpara\s+que\s+sigo\s+viv[oa]\b|\bzachem\s+(ya\s+)?(\w+\s+)?(zhivu|zhyvu)\b|\b(navishcho|navishho|nashcho)\s+(ya\s+)?(\w+\s+)?zhyvu\b",
        r"\bzachem\s+(mne\s+)?((voobshe|voobshche|vobshe|dalshe|eshe|eshche|voobsche)\s+)*zhit\b(?!\s+(v|s|na|bez)\b)|\b(navishcho|navishho|nashcho)\s+(meni\s+)?((vzahali|dali|shche)\s+)*zhyty\b",
        r"\b(luchshe|krashche)\s+(by|b)\s+(menya|mene)\s+(voobshe\s+|voobshche\s+|vzahali\s+)?ne\s+(bylo|bulo)\b",
        # tonight I finish it all ("сегодня ночью всё закончу", "цієї ночі все закінчу")
        r"\b(сегодня\s+ночью|этой\s+ночью|ночью|сьогодні\s+вночі|цієї\s+ночі|вночі|уночі)\s+(\w+\s+)?(вс[её]|усе|все)\s+(закончу|закінчу|покончу|покінчу|кончу|скінчу|оборву|обірву)\b(?!\s+(с|со|з|із|зі|по|для|и\s+лягу|і\s+ляжу)\b)|\b(вс[её]|усе|все)\s+(закончу|закінчу|покончу|покінчу)\s+(сегодня\s+ночью|этой\s+ночью|сьогодні\s+вночі|цієї\s+ночі)\b",
        r"\btonight\s+(i'?m\s+going\s+to\s+|i'?ll\s+|i\s+will\s+|i\s+)?(finish|end)\s+(it\s+all|everything|it)\b(?!\s+(with|off|early|at|by)\b)|\b(finish|end)\s+(it\s+all|everything)\s+tonight\b",
        r"\b(esta\s+noche|hoy\s+en\s+la\s+noche)\s+(me\s+)?(termino|acabo|lo\s+termino|lo\s+acabo|voy\s+a\s+terminar|voy\s+a\s+acabar)\s+con\s+todo\b(?!\s+(el|la|los|las|lo\s+de)\b)|\b(termino|acabo)\s+con\s+todo\s+esta\s+noche\b",
        # the blade or the knife turned on oneself ("pienso usarla contra mí", "using it on myself")
        r"\b(blade|razor|knife|лезви\w*|лезо|бритв\w*|нож\w*|ніж|ножа|navaja|cuchill[oa]|cutter)\b.{0,60}\b(us(e|ing)\s+it\s+on\s+(myself|me)|on\s+myself|против\s+себя|на\s+себе|проти\s+себе|на\s+собі|usarl[oa]\s+(conmigo|contra\s+mi|en\s+mi)|conmigo|contra\s+mi)\b",
        # cut thighs, belly ("знову порізала стегна", "порезала бедра")
        r"\b(порезал[аи]?|режу|поріза(в|ла|ли)|ріжу)\s+(себе\s+|собі\s+)?(бедра|живот|стегна|живіт|плечи|плечі)\b",
        # -- tune19's second block (everyday ways of saying it) --
        # wanting not to exist, or to disappear (not "from social media", "for the weekend")
        r"\b(want|wanna|wish\s+i\s+could|should\s+just|rather)\s+(to\s+)?(just\s+)?(not\s+exist|disappear|vanish|cease\s+to\s+exist)\b(?!\s+(from|for|to|on|off|into|in|a\s+while|for\s+a|with|and\s+come)\b)",
        r"(?<!не\s)\b(хочу|хочется|хотелось\s+бы|хочеться|хотілося\s+б)\s+(просто\s+|уже\s+|вже\s+)?(исчезнуть|пропасть|зникнути|щезнути|пропасти)\b(?!\s+(из|с|со|на|в|во|до|з|із|зі|від|у|для|хоть|хоча|ненадолго|ненадовго|куда|кудись)\b)",
        r"(?<!no\s)\b(quiero|quisiera|me\s+gustaria)\s+(solo\s+|nada\s+mas\s+|ya\s+)?desaparecer\b(?!\s+(de|del|un|una|por|unos|unas|a|al|en|con|para)\b)",
        r"\b(хочу|хочется|хотелось\s+бы)\s+(чтобы|чтоб)\s+меня\s+(просто\s+|больше\s+|вообще\s+)?не\s+было\b(?!\s+(на|в|во|у|дома|тут|там|здесь|рядом|завтра)\b)|\b(хочу|хочеться|хотілося\s+б)\s+(щоб|щоби|аби)\s+мене\s+(просто\s+|більше\s+|взагалі\s+)?не\s+було\b(?!\s+(на|в|у|вдома|тут|там|поруч|завтра)\b)",
        # tired of living, said the other way round ("жить надоело", "me harté de vivir")
        r"\bжить\s+(уже\s+|просто\s+)?(надоело|устал\w*|задолбало|достало|заебало)\b|\bжити\s+(вже\s+|просто\s+)?(набридло|втоми\w*|задовбало|дістало)\b|\b(me\s+)?harte\s+de\s+(vivir|la\s+vida|existir|estar\s+viv[oa])\b",
        # life has no sense ("жизнь не имеет смысла", not "without music")
        r"\b(жизнь|життя|vida|life)\s+(\w+\s+)?(не\s+имеет\s+(никакого\s+)?смысла|не\s+має\s+(жодного\s+|ніякого\s+)?сенсу|no\s+tiene\s+(ningun\s+)?sentido|(is|feels)\s+(so\s+)?(pointless|meaningless))\b(?!\s+(без|sin|without|if|если|якщо|si)\b)|\blife'?s\s+(so\s+)?(pointless|meaningless)\b(?!\s+(without|if)\b)",
        # leaving this world, ending this life ("уйти из этого мира", "пора заканчивать с этой жизнью")
        r"\b(уйти|уходить|уйду)\s+из\s+(этого\s+)?мира\b|\b(піти|піду|йти)\s+(з|із)\s+(цього\s+)?світу\b|\bleave\s+this\s+world\b",
        r"\b(заканчивать|кончать|закончить|кончить|покончить)\s+(с|со)\s+(этой\s+|моей\s+|своей\s+)?жизнью\b|\b(закінчувати|кінчати|закінчити|покінчити|скінчити)\s+(з|із)\s+(цим\s+|моїм\s+|своїм\s+)?життям\b",
        r"\bнезачем\s+(\w+\s+)?(просыпаться|вставать|жить)\b|\bvypil(yus|us|itsya|itsa|ius)\b",
        r"\b(hoy|ya|mejor|manana|esta\s+noche|neta)\s+me\s+mato\b(?!\s+(de|a|trabajando|estudiando|con|en|por)\b)",
        # a method thought of: under a car or a train, into oncoming traffic
        r"\b(driv\w*|crash\w*|swerv\w*|steer\w*)\s+(\w+\s+){0,2}into\s+(oncoming\s+traffic|a\s+(lorry|truck|wall|tree))\b|\b(step|stepping|walk|walking)\s+(out\s+)?in\s+front\s+of\s+a\s+(bus|train|car|lorry|truck)\b",
        r"\b(броситься|брошусь|кинуться|кинусь|шагнуть|шагну|лечь|лягу)\s+под\s+(машину|фуру|поезд|грузовик|электричку|колеса|колёса|трамвай)\b|\b(кинутися|кинусь|кинуся|стрибнути|стрибну|лягти|ляжу)\s+під\s+(машину|фуру|потяг|поїзд|вантажівку|електричку|колеса|трамвай)\b|\b(aventarme|tirarme|echarme)\s+(a|al|frente\s+a|enfrente\s+de)\s+(un\s+|el\s+)?(carro|coche|trailer|camion|tren|metro)\b",
        # burned or scratched myself (not cooking)
        r"\b(burned|burnt|scratched|cut|punched|bit)\s+myself\b(?!\s+(on|cooking|shaving|by\s+accident|accidentally|in\s+the\s+kitchen)\b)",
        # at least it would be over (with dying or an overdose)
        r"\b(od|overdose|die|dead|передоз\w*|умру|помру|сдохну|здохну|sobredosis|muero|me\s+muero)\b.{0,40}\b(at\s+least\s+(it'?ll|it\s+will|it\s+would|it'?d)\s+be\s+over|хотя\s+бы\s+(вс[её]\s+)?(закончится|кончится)|принаймні\s+(все\s+)?(закінчиться|скінчиться)|al\s+menos\s+(todo\s+)?(se\s+)?(acabaria|acabara|terminaria|terminara|se\s+acaba))\b",
        # going to sleep and not having to deal with anything again, everything quiet forever
        r"\b(sleep|asleep)\s+and\s+(not|never)\s+(have\s+to\s+)?(deal\s+with|face|feel|wake)\b|\b(want|wanna|wish)\s+(everything|it\s+all|it|the\s+world|my\s+head)\s+to\s+(go\s+quiet|go\s+dark|be\s+quiet|go\s+away|stop)\s+(forever|for\s+good|permanently)\b",
        r"\b(don'?t|dont|can'?t|cant)\s+see\s+myself\s+making\s+it\s+(to|through|past)\b",
        r"\b(i'?m|im|i\s+am)\s+done\b.{0,10}\b(good)?bye\b(?!\s+(for\s+(now|today|tonight)|till|until|see))",
        r"\benough\s+(of\s+)?(my\s+)?(pills|meds|tablets|oxys?|bars|xans|benzos|fent|gear|heroin|h)\s+(\w+\s+)?(saved\s+|stashed\s+|put\s+aside\s+)?to\s+(do\s+it|end\s+it|not\s+wake\s+up)\b|\b(no\s+way\s+out)\s+for\s+me\b",
        # -- a third round of everyday phrasings (probes written after the second block's fixes) --
        r"\bcba\s+(with\s+)?(life|living|existing|being\s+alive)\b|\bcan'?t\s+be\s+(arsed|bothered)\s+(with\s+)?(life|living|being\s+alive|existing)\b",
        r"\b(not\s+gonna|not\s+going\s+to|won'?t|wont)\s+be\s+(around|here|alive)\s+(much|for\s+much|a\s+lot)\s+longer\b(?!\s+(in|at|with|on)\s+(this|that|the|my)\s+(job|company|team|place|firm|office|shop|band|club|flat|house|city|town|country|course|school|uni)\b)(?!.{0,60}\b(notice|resign\w*|quit\w*|job|contract|lease|mov\w*|abroad)\b)",
        r"\b(easier|better)\s+to\s+(just\s+)?end\s+(it|it\s+all|everything)\b(?!\s+(with|between|now\s+with)\b)|\b(проще|легче|лучше)\s+(\w+\s+)?(вс[её]|это\s+вс[её])\s+(закончить|прекратить|оборвать)\b(?!\s+(с|со|сразу\s+с)\b)|\b(простіше|легше|краще)\s+(\w+\s+)?(все|усе)\s+(закінчити|припинити|обірвати)\b(?!\s+(з|із|зі)\b)|\b(mas\s+facil|mejor)\s+(\w+\s+)?(acabar|terminar)\s+con\s+todo\b(?!\s+(el|la|lo|los|las)\b)",
        r"\bwant\s+out\s$|\b(tired|sick)\s+of\s+pretending\s+(i'?m|im|to\s+be)\s+(ok|okay|fine|alive)\b.{0,30}\b(want\s+out|done|end\s+it)\b",
        r"\b(wrote|written|writing|write)\s+(my|a|the)\s+(goodbye|goodbyes|farewell)\b(?!\s+(card|speech|post|email|e-mail|party|to\s+(the|my)\s+(team|class|group|job|coworkers|colleagues)))|\bнаписал\w*\s+(сво[её]\s+)?прощани[ея]\b|\bнаписа(в|ла)\s+(сво[єї]\s+)?прощання\b|\bescrib\w*\s+mi\s+despedida\b",
        r"\b(take|taking|do|doing|use|using|shoot|smoke|swallow)\s+(everything|all(\s+of\s+it)?)\s+(i\s+have|i'?ve\s+got|i\s+got)\b.{0,40}\b(so\s+i\s+(don'?t|dont|never|can'?t|cant|won'?t)|tonight|and\s+that'?s\s+it|for\s+good)\b",
        r"\b(want|wanna|wish\s+i\s+could)\s+(to\s+)?(just\s+)?stop\s+breathing\b|\b(хочу|хочется)\s+(просто\s+)?перестать\s+дышать\b|\b(хочу|хочеться)\s+(просто\s+)?перестати\s+дихати\b|\bquiero\s+(solo\s+)?dejar\s+de\s+respirar\b",
        r"\bcheck(ing)?\s+out\s+(for\s+good|permanently|of\s+(life|this\s+life))\b",
        r"\bend\s+(this|the|my)\s+pain\s+(permanently|for\s+good|forever)\b|\b(закончить|прекратить)\s+(эту\s+)?боль\s+навсегда\b|\b(закінчити|припинити)\s+(цей\s+)?біль\s+назавжди\b|\b(acabar|terminar)\s+con\s+(este|el|mi)\s+dolor\s+para\s+siempre\b",
        r"\b(пойду|пора|щас|сейчас)\s+(и\s+)?(спрыгну|прыгну|сигану|сброшусь)\b(?!\s+(в|на|с\s+тарзанк\w*)\b)|\b(піду|пора|зараз)\s+(і\s+)?(стрибну|зістрибну|скинусь|скинуся)\b(?!\s+(в|у|на)\b)",
        # thoughts of death that will not leave (not grief for someone: "мысли о смерти отца")
        r"\bмысли\s+о\s+смерти\s+(не\s+отпускают|не\s+уходят|постоянно|каждый\s+день|вс[её]\s+время)\b|\b(только|постоянно|вс[её]\s+время)\s+(\w+\s+)?мысли\s+о\s+смерти\s$|\bв\s+голове\s+(одни|только)\s+(мысли\s+о\s+)?смерт\w*",
        r"\bдумки\s+про\s+смерть\s+(не\s+відпускають|не\s+йдуть|постійно|кожен\s+день|весь\s+час)\b|\b(тільки|постійно|весь\s+час)\s+(\w+\s+)?думки\s+про\s+смерть\s$|\bв\s+голові\s+(одні|тільки)\s+(думки\s+про\s+)?смерт\w*",
        r"\b(can'?t|cant)\s+stop\s+thinking\s+about\s+(death|dying)\s$|\bthoughts\s+(of|about)\s+(death|dying)\s+(won'?t|dont|don'?t)\s+(stop|go\s+away|leave)\b|\bsolo\s+pienso\s+en\s+(la\s+)?muerte\s$|\bpienso\s+en\s+la\s+muerte\s+(todo\s+el\s+tiempo|todos\s+los\s+dias|a\s+cada\s+rato)\b",
        r"\bganas\s+de\s+(morirme|matarme|no\s+existir|no\s+despertar)\b",
        r"\b(заснути|уснути|засну|усну)\s+і\s+(більше\s+)?(ніколи\s+)?не\s+(прокидатись|прокидатися|прокинутись|прокинутися)\b",
        r"\b(устал\w*|задолбал\w*|втоми\w*|tired\s+of|sick\s+of|cansad[oa]\s+de|hart[oa]\s+de)\s+(быть|бути|being|ser)\s+(обузой|обузою|тягарем|a\s+burden|una\s+carga)\b",
        r"\b(закрыть|закрою)\s+глаза\s+и\s+(больше\s+)?(никогда\s+)?не\s+(открывать|открыть|открою)\b|\b(закрити|заплющити|заплющу|закрию)\s+очі\s+і\s+(більше\s+)?(ніколи\s+)?не\s+(відкривати|відкрити|розплющувати|розплющити)\b|\bclose\s+my\s+eyes\s+and\s+(never|not)\s+open\s+them\b|\bcerrar\s+los\s+ojos\s+y\s+no\s+(volver\s+a\s+)?abrirlos\b",
        r"\b(вс[её]|все|усе)\s+(надоело|достало|задолбало|заебало|набридло|дістало|задовбало)\b.{0,20}\bпора\s+(заканчивать|кончать|закінчувати|кінчати)\s$",
        r"\bwish\s+i\s+(was|were|had)\s+(never|not)\s+(been\s+)?born\b|\bлучше\s+бы\s+я\s+(вообще\s+)?не\s+родил\w*|\bзачем\s+я\s+(вообще\s+)?родил\w*|\bкраще\s+б\s+я\s+(взагалі\s+)?не\s+народи\w*|\bнавіщо\s+я\s+(взагалі\s+)?народи\w*|\bojala\s+(nunca\s+|no\s+)?hubiera\s+nacido\b|\bquisiera\s+no\s+haber\s+nacido\b",
        # -- kinds an end-to-end check missed (tune20) --
        # can't live any more: "я больше не могу жить", "не могу больше жить так", "я більше не можу
        # жити", "i just cant keep living anymore" (never "can't live without coffee")
        r"\b(больше|уже|дальше)\s+не\s+могу\s+(так\s+)?жить\b(?!\s+(без|с|со|в|на|с\s+ним|с\s+ней|там|здесь|тут|рядом)\b)|\bне\s+могу\s+(так\s+)?(больше|уже|дальше)\s+(так\s+)?жить\b(?!\s+(без|с|со|в|на|там|здесь|тут|рядом)\b)",
        r"\b(більше|вже|далі)\s+не\s+можу\s+(так\s+)?жити\b(?!\s+(без|з|із|зі|в|у|на|там|тут|поруч)\b)|\bне\s+можу\s+(так\s+)?(більше|вже|далі)\s+(так\s+)?жити\b(?!\s+(без|з|із|зі|в|у|на|там|тут|поруч)\b)",
        r"\b(can'?t|cant|cannot)\s+(\w+\s+)?(keep|go\s+on|carry\s+on)\s+living\b(?!\s+(with|without|in|at|here|there|near|next)\b)|\b(can'?t|cant|cannot)\s+(\w+\s+)?live\s+(any\s?more|any\s+longer)\b(?!\s+(with|without|in|at|here|there|near|next)\b)",
        # said the other way round or with "я" inside: "жить больше не могу", "не можу я більше жити";
        # "ya no puedo vivir", "no puedo más con la vida"
        r"\bжить\s+(так\s+)?(больше|уже|дальше)\s+не\s+могу\b|\bне\s+могу\s+я\s+(так\s+)?(больше|уже|дальше)\s+жить\b(?!\s+(без|с|со|в|на|там|здесь|тут|рядом)\b)|\bжити\s+(так\s+)?(більше|вже|далі)\s+не\s+можу\b|\bне\s+можу\s+я\s+(так\s+)?(більше|вже|далі)\s+жити\b(?!\s+(без|з|із|зі|в|у|на|там|тут|поруч)\b)",
        r"\bya\s+no\s+puedo\s+(seguir\s+)?(vivir|viviendo)\b(?!\s+(sin|con|en|aqui|alli|ahi|de|del|cerca|junto|lejos)\b)|\bno\s+puedo\s+mas\s+con\s+(la\s+|mi\s+|esta\s+)?vida\b",
        # not wanting to live like this any more: "я уже не хочу так жить", "не хочу вже так жити"
        r"\b(уже|больше)\s+не\s+хочу\s+так\s+жить\b|\bне\s+хочу\s+(уже|больше)\s+так\s+жить\b|\b(вже|більше)\s+не\s+хочу\s+так\s+жити\b|\bне\s+хочу\s+(вже|більше)\s+так\s+жити\b",
        # why go on living: "нащо мені далі жити", "ради чего мне жить дальше", "what's even the point of
        # going on living", "don't see why I should carry on living"
        r"\b(нащо|нашо|на\s+що|для\s+чого|нафіга|нахіба|нахріна)\s+(мені\s+|взагалі\s+|далі\s+|ще\s+){1,3}жити\b(?!\s+(в|у|з|на|без)\b)|\b(нафига|нафиг|нахрена|нахера|нахуя|для\s+чего)\s+(мне\s+|вообще\s+|дальше\s+|ещ[её]\s+){1,3}жить\b(?!\s+(в|у|с|на|без)\b)|\bради\s+чего\s+(мне\s+)?(вообще\s+)?(жить\s+дальше|дальше\s+жить|мне\s+жить)\b(?!\s+(в|на|с|без|здесь|тут)\b)|\bзаради\s+чого\s+(мені\s+)?(взагалі\s+)?(жити\s+далі|далі\s+жити|мені\s+жити)\b(?!\s+(в|у|на|з|без|тут)\b)",
        r"\b(what'?s|whats|what\s+is)\s+(even\s+)?the\s+point\s+(of|in)\s+(going\s+on|carrying\s+on|keeping\s+on)\s+living\b(?!\s+(in|at|with|without|here|there)\b)|\bwhy\s+(i\s+)?(should|would)\s+(i\s+)?(even\s+)?(keep|carry\s+on|go\s+on)\s+living\b",
        # -- tune54 (2026-12-08, session 24): crisis as strangers say it, by kind --
        # the world (everyone) better without me, any adverb between ("the world would honestly be a
        # better place without me in it"); not a team, a band, a chat or a game
        r"\b(the\s+)?(world|everyone|everybody|my\s+family|people|they|things|life)\s+(would|will|'?d|'?ll|is\s+gonna|is\s+going\s+to)\s+(\w+\s+){0,2}be\s+(a\s+)?(better|happier|easier|lighter|nicer)\s+(place\s+|off\s+)?without\s+me\b(?!.{0,40}\b(at\s+work|on\s+the\s+(team|field|court)|in\s+the\s+(band|group|chat|team|game|match|class|squad|office))\b)",
        # slang for hanging oneself ("getting roped", "gonna rope", "rope myself"); not "roped into" a job
        r"\b(get|getting|got|gonna\s+get|go\s+get)\s+roped\b(?!\s+(in|into|on|onto|off|up)\b)|\brope\s+myself\b|\b(want\s+to|wanna|gonna|going\s+to|thinking\s+(about|of))\s+(rope|roping)\b(?!\s+(a|an|the|it|in|off|into|them|him|her|some|my)\b)",
        # "выпилиться" as a wish or a time come, any form ("пора выпиливаться", "хочу выпилиться",
        # "думаю самовыпилиться", "час випилитись"); not out of a chat or a group
        r"\b(пора|хочу|хочется|хочеться|думаю|надо|треба|решил\w*|вирішив\w*|час|скоро|пойду|піду)\s+(\w+\s+)?(само)?(выпил(иваться|иться|итсья)|випил(итися|итись|юватися|юватись))\b(?!\s+(из|с|со|з|із)\s)",
        # no strength left to live, the strength first ("сил жить больше нет", "сил жити вже нема")
        r"\bсил\s+(жить|жити|існувати|существовать)\s+(\w+\s+)?(нет|нема|немає|не\s+осталось|не\s+залишилось|не\s+лишилось)\b|\bno\s+(tengo\s+|me\s+quedan\s+)?fuerzas?\s+(para|de)\s+(vivir|seguir\s+viviendo)\b|\bno\s+strength\s+(left\s+)?to\s+(live|go\s+on\s+living)\b",
        # never waking up again, said as a wish ("и больше не просыпаться никогда", "ніколи не прокидатися")
        r"\b(не\s+просыпаться|не\s+проснуться|не\s+прокидатися|не\s+прокидатись|не\s+прокинутися|не\s+прокинутись)\s+(больше\s+|більше\s+)?(никогда|ніколи)\b(?!\s+(рано|раньше|раніше|в\s+\d|о\s+\d|по\s+будильник\w*|от\s+будильник\w*))|\b(никогда|ніколи)\s+(больше\s+|більше\s+)?не\s+(просыпаться|проснуться|прокидатися|прокидатись|прокинутися)\b(?!\s+(рано|раньше|раніше|в\s+\d|о\s+\d))",
        # hurting oneself over and over: the head against a wall, again or "when it gets bad"
        r"\b(keep|kept|been|always|start|started)\s+(\w+\s+)?(smash|smashing|bang|banging|slam|slamming|hit|hitting|punch|punching)\s+my\s+(head|face)\s+(against|into|on)\s+(the\s+)?(wall|walls|floor|door|mirror)\b|\b(smash|smashing|bang|banging|slam|slamming|hit|hitting)\s+my\s+(head|face)\s+(against|into|on)\s+(the\s+)?(wall|walls|floor)\s+(again|every\s+(time|night|day)|when(ever)?\s+(it|i|things)|until|till|on\s+purpose)\b",
    ]
)

# The words, but about drugs, laughter or wanting something: never a crisis on their own.
# -- kinds found on tune44 (2026-12-07, session 19), each with a guard read over the whole message
# (a leading lookahead in ``_CRISIS`` sees only what follows the match's start) -----------------
_GUARDED_KINDS: tuple[tuple[WordStartPatterns, WordStartPatterns], ...] = (
    # -- tune50's second batch (session 22) --
    # the world (everyone) will do without me, and after tonight it will have to ("все справятся без
    # меня, с завтрашнего дня придётся", "everyone manages fine without me, after today they'll have
    # to"); not a job, a team or a chat left
    (
        compile_any(
            [
                r"\b(without\s+me|без\s+меня|без\s+мене|sin\s+mi)\b.{0,60}\b(after|from|после|с|з|після|despues\s+de|a\s+partir\s+de)\s+(\w+\s+)?(tonight|today|tomorrow|сегодняшн\w*|сегодня|завтрашн\w*|завтра|цієї|сьогодні|сьогоднішн\w*|завтрашн\w*|esta\s+noche|hoy|manana)\b.{0,40}\b(have\s+to|придется|придеться|доведеться|(le|les)\s+va\s+a\s+tocar|tendra\w*\s+que)\b"
            ]
        ),
        compile_any(
            [
                r"\b(job|work|team|shift|office|chat|group|band|project|quit\w*|resign\w*|notice|работ\w*|робот\w*|команд\w*|смен\w*|змін\w*|чат\w*|груп\w*|увольня\w*|звільня\w*|trabajo|chamba|curro|equipo|turno|grupo|renuncio|renuncia)\b"
            ]
        ),
    ),
    # things given away "to remember me by" ("gave my sister my guitar so she'll remember me", "отдала
    # подруге кольцо, пусть помнит меня", "le regalé mi chamarra, para que se acuerde de mí"); not a move
    # abroad, the army or a long trip
    (
        compile_any(
            [
                r"\b(gave|given|giving|give|отдал\w*|отдаю|подарил\w*|раздал\w*|віддав|віддала|віддаю|подарува\w*|роздав|роздала|le\s+di|les\s+di|regale|le\s+regale|les\s+regale|di|regalo)\b.{0,80}\b(remember\s+me|помнит\s+меня|помнили\s+меня|помни\s+меня|вспомина\w*\s+меня|пам'?ята\w*\s+мене|згаду\w*\s+мене|se\s+acuerde\s+de\s+mi|se\s+acuerden\s+de\s+mi|me\s+recuerde\w*|acuerdate\s+de\s+mi)\b"
            ]
        ),
        compile_any(
            [
                r"\b(moving|move|abroad|army|emigrat\w*|overseas|deploy\w*|переезж\w*|переезд\w*|уезжа\w*|уеду|эмигр\w*|арми\w*|армі\w*|переїжд\w*|переїзд\w*|виїжджа\w*|поїду|мобіліз\w*|мобилиз\w*|me\s+mudo|mudanza|me\s+voy\s+a|extranjero|ejercito|emigr\w*|birthday|день\s+рожден\w*|день\s+народжен\w*|cumple\w*|wedding|свадьб\w*|весілл\w*|boda|christmas|рождеств\w*|різдв\w*|navidad)\b"
            ]
        ),
    ),
    # -- tune50 (2026-12-07, session 22) --
    # cutting, carving, scratching or burning one's own arm, wrist or thigh with a blade, glass, a
    # compass, a lighter or something hot ("dragging a pin along my forearm till it bleeds",
    # "ковыряю запястье иголкой", "me rayo el antebrazo con un clip"); not an accident ("cut my arm
    # on a fence"), a tattoo, a kitchen or an itch
    (
        compile_any(
            [
                r"\b(cut|cutting|carv\w*|scratch\w*|slic\w*|dragg\w*|press\w*|burn\w*|gouge\w*|dig\w*|held|holding)\s+(\w+\s+){0,4}(into|on|across|along|against)?\s*my\s+(arms?|wrists?|thighs?|legs?|skin|stomach|hips?|forearms?|ankles?)\b.{0,40}\b(with|using)\s+(\w+\s+){0,4}(blade|razor|knife|glass|bottle|compass|pin|needle|scissors|lighter|cigarette|sharpener|lid|clip)\b",
                r"\b(press\w*|held|holding|put\w*|stubb\w*|dragg\w*|runn\w*|ran|scrap\w*)\s+(a|an|the|my)\s+(\w+\s+){0,2}(knife|blade|razor|lighter|cigarette|spoon|iron|coin|pin|needle|glass|compass)\s+(on|into|against|to|along|across|over)\s+my\s+(arms?|wrists?|thighs?|legs?|skin|stomach|hips?|forearms?)\b",
                r"\b(выцарапываю|царапаю|ковыряю|режу|прижигаю|виколупую|видряпую|дряпаю|ріжу)\s+(\w+\s+){0,3}(на\s+)?(руки|руку|руке|запясть\w*|запястье|бедр\w*|ногу|ноги|ногах|руках|кожу|кожі|шкіру|зап'?яст\w*|стегн\w*)\b(?!\s+(о|об|на\s+работе|на\s+роботі)\b)",
                # told in the past, then again or deeper now ("опять резала руки, сегодня глубже")
                r"\b(опять|снова|знову|знов|сегодня|сьогодні|только\s+что|щойно)\s+(\w+\s+){0,2}(резала|резал|різала|різав|выцарапала|выцарапал|видряпала|видряпав)\s+(\w+\s+){0,2}(на\s+)?(руки|руку|руке|запясть\w*|запястье|бедр\w*|ноги|кожу|шкіру|зап'?яст\w*|стегн\w*)\b|\b(резала|резал|різала|різав)\s+(\w+\s+){0,2}(руки|запясть\w*|зап'?яст\w*|бедр\w*|стегн\w*)\b.{0,40}\b(глубже|глибше|сильнее|сильніше)\b",
                r"\b(me\s+)?(rayo|rayando(me)?|raspo|raspando(me)?|marco|marcando(me)?|me\s+estoy\s+rayando)\s+(el|los|la|las|mi|mis)\s+(brazos?|munecas?|muslos?|piernas?|piel|antebrazos?)\s+con\s+(\w+\s+){0,2}(compas|navaja|cuchilla|vidrio|cristal|aguja|clip|tijeras?|sacapuntas)\b",
            ]
        ),
        compile_any(
            [
                r"\b(accident\w*|by\s+mistake|tripped|slipped|fell|tattoo\w*|chopping|cooking|oven|shaving|mosquito\w*|bites?|itch\w*|eczema|rash|случайно|випадково|тату\w*|татуир\w*|комар\w*|чеш\w*|чух\w*|свербит\w*|лук|хлеб|цибул\w*|хліб\w*|sin\s+querer|tatuaje\w*|piquete\w*|comezon|roncha\w*)\b"
            ]
        ),
    ),
    # going to a bridge, a roof or the rails and not coming back ("heading out to the cliffs later, not
    # coming home after", "поеду к обрыву, назад не вернусь", "me voy a las vías y ya no vuelvo");
    # not till a date, not a trip
    (
        compile_any(
            [
                r"\b(going|goin|heading|head|off|gonna\s+go|walking|driving|пойду|поеду|иду|еду|схожу|піду|поїду|йду|їду|voy|me\s+voy|ire|vamos)\s+(\w+\s+){0,4}(to\s+the|to|на|к|до|al|a\s+la|a\s+las|a\s+los)\s+(\w+\s+){0,2}(bridge|roof|rooftop|cliffs?|tracks|rails|river|quarry|edge|мост\w*|крыш\w*|рельс\w*|обрыв\w*|реке|реку|карьер\w*|міст|мосту|дах\w*|колі\w*|урвищ\w*|річк\w*|puente|azotea|vias|rio|barranco|acantilado)\b.{0,60}\b((not|never|wont|won'?t)\s+(be\s+)?(coming|come|going\s+to\s+come)\s+(back|home)|(обратно|назад|домой|додому)\s+(\w+\s+)?(не\s+(собираюсь|вернусь|приду|планирую|збираюсь|повернусь|прийду|планую)|не\s+будет|не\s+буде)|(no\s+pienso|no\s+voy\s+a|ya\s+no|no)\s+(regresar|volver|vuelvo|regreso))\b"
            ]
        ),
        compile_any(
            [
                r"\b(till|until|holiday|trip|vacation|camping|hike|hiking|job|до\s+(понедельника|вечера|утра|осени|лета|весны|зимы|сентября|выходных|вихідних)|hasta\s+(el|la|que|septiembre|manana)|vacaciones|viaje|campamento|отпуск\w*|відпустк\w*|поход\w*|похід\w*|дач\w*)\b"
            ]
        ),
    ),
    # not a burden much longer ("скоро перестану быть вам обузой", "недовго буду тягарем", "pronto dejo
    # de ser una carga"); not a job, a move or money
    (
        compile_any(
            [
                r"\b(скоро|недолго|недовго|вскоре|незабаром|pronto|por\s+mucho\s+tiempo|mucho\s+mas|much\s+longer|for\s+long|soon)\b.{0,40}\b(обуз\w*|тягар\w*|carga|burden)\b|\b(обуз\w*|тягар\w*|carga|burden)\b.{0,40}\b(скоро|недолго|недовго|вскоре|незабаром|por\s+mucho\s+tiempo|mucho\s+mas|much\s+longer|for\s+long)\b"
            ]
        ),
        compile_any(
            [
                r"\b(работ\w*|робот\w*|квартир\w*|съед\w*|з'?їд\w*|переезд\w*|переїзд\w*|зарплат\w*|денег|грошей|деньг\w*|грош\w*|trabajo|chamba|curro|me\s+mudo|dinero|sueldo|job|rent|money|move\s+out|moving\s+out|cast|гипс\w*|гіпс\w*|yeso|crutches|костыл\w*|милиц\w*|muletas|recover\w*|выздор\w*|одужа\w*)\b"
            ]
        ),
    ),
    # sorry, and you'll never hear from me again ("простите всех, больше не услышите меня", "sorry for
    # everything, you won't hear from me again"); not leaving a chat, a group or a job
    (
        compile_any(
            [
                r"\b(простите|прости|извините|вибачте|пробачте|вибач|пробач|sorry|perdon\w*|perdoname|disculpen)\b.{0,60}\b(больше\s+(\w+\s+){0,2}не\s+(напишу|услышите|увидите)|більше\s+(\w+\s+){0,2}не\s+(напишу|почуєте|побачите)|(won'?t|wont|will\s+never|never)\s+hear\s+from\s+me\s+again|no\s+(vuelvo|volvere)\s+a\s+escribir|no\s+me\s+(volveran|van\s+a\s+volver)\s+a\s+(ver|oir|leer))\b"
            ]
        ),
        compile_any(
            [
                r"\b(чат\w*|групп\w*|груп[аиуі]\w*|канал\w*|бесед\w*|chat|group|server|channel|grupo|canal|работ\w*|робот\w*|job|trabajo|номер\w*|number|numero|ex|бывш\w*|колишн\w*)\b"
            ]
        ),
    ),
    # finishing with it today beside a life or a strength that has run out ("шо за жизнь, всё, кончаю
    # с этим сегодня", "сил нема, закінчую з цим зараз"); not a drug, a habit or a job named
    (
        compile_any(
            [
                r"\b(жизн\w*|житт\w*|жить|жити|сил\s+(нет|нема)|сенс\w*|смысл\w*)\b.{0,80}\b(кончаю|покончу|кінчаю|покінчу|заканчиваю|закінчую|закончу)\s+(с|з|із)\s+(этим|цим|всем|всім|усім)\s+(сегодня|сьогодні|сейчас|зараз|щас|вже|уже|ночью|вночі)\b",
                r"\b(кончаю|покончу|кінчаю|покінчу|заканчиваю|закінчую|закончу)\s+(с|з|із)\s+(этим|цим|всем|всім|усім)\s+(сегодня|сьогодні|сейчас|зараз|щас|вже|уже|ночью|вночі)\b.{0,80}\b(жизн\w*|житт\w*|жить|жити|сил\s+(нет|нема)|сенс\w*|смысл\w*)\b",
            ]
        ),
        compile_any(
            [
                r"\b(завязыва\w*|зав'?язу\w*|бросаю|кидаю|меф\w*|сол[ьи]|курит\w*|курю|палю|пью|п'?ю|бухат\w*|бух\w*|ставит\w*|колоть\w*|ремонт\w*|проект\w*|работ\w*|робот\w*|отношени\w*|стосунк\w*|сигарет\w*|алкогол\w*|наркот\w*|диет\w*|сессией|сесією)\b"
            ]
        ),
    ),
    # soon I won't be here, don't go looking for me ("dentro de poco ya no voy a estar, no me busquen",
    # "soon i won't be around, don't come looking"); not a trip or a stay away
    (
        compile_any(
            [
                r"\b(pronto|dentro\s+de\s+poco|en\s+poco|muy\s+pronto|soon|before\s+long)\s+(\w+\s+){0,2}(ya\s+no\s+(voy\s+a\s+estar|estare)|(won'?t|wont|will\s+not)\s+be\s+(here|around))\b.{0,60}\b(no\s+me\s+(anden|vayan\s+a|esten|busquen)(\s+(buscando|buscar))?|(don'?t|dont)\s+(come\s+)?(look|looking|search)\w*\s+for\s+me)"
            ]
        ),
        compile_any(
            [
                r"\b(vacaciones|viaje|vuelo|trabajo|turno|fin\s+de\s+semana|finde|semana|mes|hospital|rehab\w*|holiday|trip|flight|shift|weekend|week|month|signal|cobertura|senal|offline|desconectad\w*)\b"
            ]
        ),
    ),
    # pills stockpiled until there are "enough" ("been saving my sleeping pills for a month, i think
    # it's enough now"); not for a trip, a festival or a pharmacy shortage
    (
        compile_any(
            [
                r"\b(stockpil\w*|hoard\w*|saving\s+up|saved\s+up|been\s+saving|collecting|stash\w*)\s+(\w+\s+){0,3}(pills|tablets|meds|oxy\w*|sleeping\s+pills|painkillers|\w+pams?|benzos?|tramadol|codeine|insulin|opioids?)\b.{0,80}\b(enough|the\s+right\s+amount|plenty\s+now)\b"
            ]
        ),
        compile_any(
            [
                r"\b(festival|trip|holiday|weekend|party|rave|shortage|strike|abroad|travel\w*|last\s+me|to\s+last|prescription\s+runs|pharmacy|chemist)\b"
            ]
        ),
    ),
    # on a high ledge with the legs over ("sitting on the ledge of the tower block, feet dangling"); not
    # for a view, a sunset or a smoke
    (
        compile_any(
            [
                r"\b(edge|ledge|railing|parapet|rail)\s+of\s+(the\s+)?(\w+\s+){0,4}(car\s*park|roof|rooftop|bridge|building|block|tower|balcony|cliff|multi\w*|flats|overpass)\b.{0,60}\b(legs|feet)\s+(\w+\s+)?(over|dangling|hanging)\b"
            ]
        ),
        compile_any(
            [
                r"\b(sunset|sunrise|view|stars|fireworks|smok\w*|beer|drinks?|photo|pic|selfie|picnic|fishing|watching|lunch|sandwich)\b"
            ]
        ),
    ),
    # "won't be here when she gets back" with a sorry, a note or a goodbye left; not out at work or on a
    # trip
    (
        compile_any(
            [
                r"\b(sorry|note|letter|goodbye|forgive)\b.{0,100}\b(won'?t|wont|will\s+not|not\s+gonna|not\s+going\s+to)\s+be\s+(here|around|alive)\s+when\s+(\w+\s+){1,2}(gets?|comes?|come)\s+(back|home)\b",
                r"\b(won'?t|wont|will\s+not|not\s+gonna|not\s+going\s+to)\s+be\s+(here|around|alive)\s+when\s+(\w+\s+){1,2}(gets?|comes?|come)\s+(back|home)\b.{0,100}\b(sorry|note|letter|goodbye|forgive)\b",
            ]
        ),
        compile_any(
            [
                r"\b(work|shift|trip|holiday|gym|shop|till|until|back\s+(at|by|on|around)|call\s+me|text\s+me|dinner|mum'?s|mom'?s|flight|train|hospital|appointment|dentist)\b"
            ]
        ),
    ),
    # planning to "check out" beside a life hard to bear; not a hotel, a shop or a library
    (
        compile_any(
            [
                r"\b(pretend\w*|keep\s+going|can'?t\s+(do|take)|cant\s+(do|take)|tired\s+of|done\s+with|no\s+point|anymore|exhausted|worthless)\b.{0,80}\b(planning|plan|going|gonna|ready|decided|want|wanna)\s+(to\s+)?check\s+out\b(?!\s+(of|the|this|that|a|an|my|your|his|her|some|it|them|those|these|new|at|from|our)\b)",
                r"\b(planning|plan|going|gonna|ready|decided|want|wanna)\s+(to\s+)?check\s+out\b(?!\s+(of|the|this|that|a|an|my|your|his|her|some|it|them|those|these|new|at|from|our)\b).{0,80}\b(pretend\w*|keep\s+going|can'?t\s+(do|take)|cant\s+(do|take)|tired\s+of|done\s+with|no\s+point|anymore|exhausted|worthless)\b",
            ]
        ),
        compile_any(
            [
                r"\b(hotel|room|airbnb|hostel|library|cart|basket|shop|store|order|books?|motel|apartment|bnb|guests?|reception|checkout|band|album|show|movie|film|game|place|restaurant|bar|club|gallery|museum)\b"
            ]
        ),
    ),
    # no point staying, everyone better off ("смысла оставаться нет. всем будет легче без лишнего
    # рта", "no tiene sentido quedarse. a todos les irá mejor con una boca menos"); not a job, a
    # party, a chat or a city
    (
        compile_any(
            [
                r"\b(смысла\s+(мне\s+)?(оставаться|тут\s+оставаться|здесь\s+оставаться)\s+(нет|никакого)|нет\s+смысла\s+(мне\s+)?(тут\s+|здесь\s+)?оставаться|сенсу\s+(мені\s+)?лишатися\s+(нема|немає)|(нема|немає)\s+сенсу\s+(мені\s+)?(тут\s+)?лишатися|no\s+tiene\s+sentido\s+quedar(se|me)|no\s+hay\s+razon\s+para\s+quedar(se|me))\b.{0,60}\b(всем|всім|усім|a\s+todos|todos)\s+(\w+\s+)?(будет|буде|станет|стане|ira|iria|estaran|estarian|sera|seria)\s+(\w+\s+)?(легче|лучше|легше|краще|mejor)\b",
            ]
        ),
        compile_any(
            [
                r"\b(работ\w*|робот\w*|компани\w*|компані\w*|фирм\w*|фірм\w*|вечеринк\w*|вечірк\w*|тусовк\w*|чат\w*|групп\w*|груп\w*|город\w*|міст[оіа]|стран\w*|країн\w*|команд\w*|trabajo|curro|chamba|empresa|fiesta|grupo|chat|ciudad|pais|equipo|piso|casa|квартир\w*|общаг\w*|гуртож\w*)\b"
            ]
        ),
    ),
    # under a train with the verb left out, a time said ("завтра під потяг, розклад знаю", "сегодня
    # под электричку"); not a near miss, a pet or a train caught
    (
        compile_any(
            [
                r"\b(завтра|сегодня|сьогодні|вечером|ввечері|ночью|вночі|утром|зранку|тогда|тоді|потом|потім|и\s+все|і\s+все)\s+(под|під)\s+(поезд|потяг|поїзд|электричку|електричку|товарняк|товарняк|колеса)\b",
            ]
        ),
        compile_any(
            [
                r"\b(мало|чуть|ледь|ледве|едва|чудом|ледве)\s+не\b|\b(кот\w*|кошк\w*|кіт|кота|кішк\w*|собак\w*|пес\w*|пса)\b|\b(попал\w*|потрапи\w*|успе\w*|встиг\w*|опозда\w*|запізн\w*|билет\w*|квиток|квитки|фото\w*)\b"
            ]
        ),
    ),
    # -- kinds found on tune48 (2026-12-07, session 21), each with a guard over the whole message --
    # not here by morning with a farewell ("мене вже не буде до ранку, прощавайте"); not a night shift
    # or a trip
    (
        compile_any(
            [
                r"\b(меня|мене)\s+(уже\s+|вже\s+)?не\s+(будет|буде|станет|стане)\s+(до|к|під|под)\s+(утра|ранку|рассвета|світанку|утру)\b.{0,40}\b(прощайте|прощавайте|простите|пробачте|вибачте\s+за\s+вс[еі])\b",
                r"\b(прощайте|прощавайте)\b.{0,40}\b(меня|мене)\s+(уже\s+|вже\s+)?не\s+(будет|буде|станет|стане)\s+(до|к|під|под)\s+(утра|ранку|рассвета|світанку|утру)\b",
            ]
        ),
        compile_any(
            [
                r"\b(смен\w*|змін\w*|дежур\w*|черг\w*|работ\w*|робот\w*|поезд\w*|потяг\w*|рейс\w*|отпуск\w*|відпуст\w*|поездк\w*|поїздк\w*|командир\w*|відрядж\w*|вечеринк\w*|вечірк\w*|клуб\w*|тус\w*)\b"
            ]
        ),
    ),
    # the last step: a car and a hose in a garage ("got the car, got the hosepipe, just need the
    # garage to myself"); not washing, the garden or a repair
    (
        compile_any(
            [
                r"\b(hose|hosepipe|шланг\w*|manguera)\b.{0,60}\b(exhaust|garage|выхлоп\w*|вихлоп\w*|гараж\w*|escape|garaje|cochera)\b|\b(exhaust|garage|выхлоп\w*|вихлоп\w*|escape|garaje|cochera)\b.{0,60}\b(hose|hosepipe|шланг\w*|manguera)\b"
            ]
        ),
        compile_any(
            [
                r"\b(wash\w*|clean\w*|garden\w*|lawn|plants|leak\w*|fix\w*|repair\w*|mechanic|mot|plumb\w*|flood\w*|drain\w*|hoover|vacuum|мо(ю|ет|ть)|мыть|помыть|полив\w*|огород\w*|сад\w*|ремонт\w*|протека\w*|течет|тече|мити|помити|город\w*|lavar|lavo|lavando|regar|riego|jardin|fuga|arregl\w*|taller|mecanico)\b"
            ]
        ),
    ),
    # a blade drawn across one's wrists or arms ("dragging a razor across my wrists again", "провожу
    # лезвием по запястьям", "me paso la navaja por las muñecas"); not shaving, not cooking
    (
        compile_any(
            [
                r"\b(drag\w*|run\w*|slid\w*|pull\w*|press\w*|dig\w*|scrap\w*|draw\w*)\s+(a|the|my)\s+(razor|blade|knife|scalpel|box\s+cutter|stanley\s+knife|shard|piece\s+of\s+glass)\s+(across|over|along|down|into|on)\s+my\s+(wrists?|arms?|forearms?|thighs?|skin)\b",
                r"\b(провожу|провела|провел|проводжу|провів|провела)\s+(\w+\s+)?(лезвием|бритвой|ножом|лезом|бритвою|ножем|стеклом|склом)\s+(по|вдоль|уздовж)\s+(запяст\w*|зап'?яст\w*|руке|рукам|руці|руках|венам|венах|бедр\w*|стегн\w*)\b",
                r"\bme\s+(paso|pase|estoy\s+pasando)\s+(la|una|el|un)\s+(navaja|cuchilla|hoja|cuchillo|vidrio|cristal|cutter)\s+por\s+(las|la|los|mis)\s+(munecas|muneca|brazos|brazo|piernas|muslos|venas)\b",
            ]
        ),
        compile_any(
            [
                r"\b(shav\w*|hair\w*|beard|by\s+accident|accident\w*|cook\w*|kitchen|onion\w*|брил\w*|бри(ю|ю)\w*|голил\w*|голю|волос\w*|случайно|випадково|кухн\w*|готовил\w*|готувал\w*|afeit\w*|depil\w*|sin\s+querer|cocin\w*|pelo|vello)\b"
            ]
        ),
    ),
    # a drug or the pills: the lot, tonight, and that's it ("gonna swallow the lot", "kept all 40 oxys,
    # tonight i take the lot and thats it", "guardé todo mi clonazepam, hoy me lo tomo todo junto y
    # ya"); not antibiotics as prescribed, sweets or a night out
    (
        compile_any(
            [
                r"\b(gonna|going\s+to|about\s+to|i'?ll|ill|will)\s+(just\s+)?(swallow|take|neck|down|pop)\s+(the\s+lot|them\s+all|all\s+of\s+(them|it)|every\s+(single\s+)?(one|last\s+one|pill|tablet)|the\s+(whole|entire)\s+(strip|box|pack|packet|bottle|lot|stash))\b",
                r"\b(tonight|today|later|now)\s+i\s+(take|swallow|neck|down)\s+(the\s+lot|them\s+all|all\s+of\s+them|all\s+\d+|every\s+one)\b",
                r"\b(hoy|esta\s+noche|ahorita|manana)\s+me\s+(lo|la|los|las)\s+(tomo|trago|meto|empino)\s+(tod[oa]s?)\s+(junt[oa]s?|de\s+una|de\s+golpe)\b.{0,20}\b(y\s+ya|y\s+adios|y\s+se\s+acabo|y\s+listo)\b",
            ]
        ),
        compile_any(
            [
                r"\b(antibiotic\w*|vitamin\w*|course|prescribed|as\s+directed|doctor\s+said|sweets|candy|crisps|chips|popcorn|pizza|cake|biscuits|cookies|chocolate|gummies|shots|tequila|beers?|pints?|the\s+dog|recycling|tip|charity|antibiotic\w*|vitamin\w*|recet\w*|el\s+medico\s+(dijo|me\s+dijo)|dulces|gomitas|chuches|palomitas|pizza)\b"
            ]
        ),
    ),
    # -- kinds found on tune46 (2026-12-07, session 20), each with a guard over the whole message --
    # a last message with thanks, care or an apology ("this is my last message here, thanks for
    # everything x", "os escribo por última vez, gracias, cuidaos", "пишу у останній раз, дякую
    # вам"); not before losing signal, a trip, a move, bed, the end of a year, a chat or a group left
    (
        compile_any(
            [
                r"\b(this\s+is\s+)?(my\s+)?(last|final)\s+(message|msg|post|text)\b(?!\s+(before|of\s+the|for\s+(today|tonight|now|the|this))\b).{0,80}\b(thanks?|thank\s+you|thx|take\s+care\s+of\s+(yourselves|yourself|each\s+other)|look\s+after\s+(yourselves|yourself|each\s+other)|love\s+you\s+all|forgive\s+me|sorry\s+for\s+everything)\b",
                r"\b((os|les|te)\s+escribo\s+por\s+ultima\s+vez|es\s+la\s+ultima\s+vez\s+que\s+(os|les|te)\s+escribo|(este\s+es\s+)?(mi\s+)?ultimo\s+mensaje\b(?!\s+(antes|del|de\s+hoy|por\s+hoy|para\s+hoy|del\s+ano)\b))\b.{0,80}\b(gracias|cuidaos|cuidense|cuidate|perdon\w*|los\s+quiero|os\s+quiero|las\s+quiero)\b",
                r"\b(пишу\s+(сюда\s+|здесь\s+|тут\s+|вам\s+)?(в\s+)?последний\s+раз|последнее\s+(мое\s+|моё\s+)?сообщение|пишу\s+(сюди\s+|тут\s+|вам\s+)?(в\s+|у\s+)?останній\s+раз|останнє\s+(моє\s+)?повідомлення)\b(?!\s+(на\s+сегодня|на\s+сьогодні|за\s+сегодня|за\s+сьогодні|перед|до|в\s+этом|в\s+цьому|у\s+цьому)\b).{0,80}\b(спасибо|благодарю|простите|берегите\s+себя|дякую|пробачте|бережіть\s+себе|люблю\s+вас)\b",
            ]
        ),
        compile_any(
            [
                r"\b(good\s*night|goodnight|night\s+all|спокойной\s+ночи|доброй\s+ночи|на\s+добраніч|добраніч|на\s+сегодня|на\s+сьогодні|for\s+today|for\s+tonight|buenas\s+noches|por\s+hoy|signal|reception|coverage|wifi|wi-fi|battery|flight|plane|hike|hiking|camping|trip|holiday|vacation|move|moving|chat|group|channel|server|account|year|bed|sleep|exam|shift|stream|senal|cobertura|bateria|vuelo|viaje|vacaciones|mudanza|grupo|canal|cuenta|ano|examen|turno|связ\w*|батаре\w*|рейс\w*|поход\w*|отпуск\w*|переезд\w*|чат\w*|групп\w*|канал\w*|аккаунт\w*|год\w*|зв'?яз\w*|похід|відпуст\w*|переїзд\w*|груп\w*|акаунт\w*|рік|року|сесі\w*|сесси\w*|смен\w*|змін\w*|сп\w*ть)\b"
            ]
        ),
    ),
    # disappearing for real, not a move ("i keep thinking about disappearing, not moving away,
    # properly disappearing", "хочу исчезнуть насовсем", "quiero desaparecer de verdad"); not from a
    # chat or social media, not for a weekend or a while, not out of embarrassment
    (
        compile_any(
            [
                r"\b(thinking\s+(about|of)|think\s+about|want(ing)?\s+to|wanna|dream(ing)?\s+(of|about)|wish\s+i\s+could)\s+(just\s+)?(disappear(ing)?|vanish(ing)?)\b.{0,60}\b(not\s+(like\s+)?(moving|move|running|run|going|go)\s+(away|abroad|off)|properly|for\s+real|for\s+good|forever|permanently|completely|(disappearing|disappear|vanishing)\s+(disappearing|disappear|vanishing))\b",
                r"\b(хочу|хочется|мечтаю|думаю\s+(как|о\s+том\s+чтобы)|хочеться|мрію|думаю\s+(як|про\s+те\s+щоб))\s+(просто\s+)?(исчезнуть|пропасть|раствориться|зникнути|пропасти|розчинитися)\s+(\w+\s+)?(насовсем|навсегда|по-?настоящему|совсем|назовсім|назавжди|по-?справжньому|зовсім)\b",
                r"\b(quiero|quisiera|pienso\s+en|ganas\s+de|sueno\s+con)\s+(solo\s+|nomas\s+)?(desaparecer|esfumarme|desvanecerme)\b.{0,40}\b(de\s+verdad|para\s+siempre|por\s+completo|del\s+todo|de\s+a\s+de\s+veras)\b",
            ]
        ),
        compile_any(
            [
                r"\b(chat|group|social\s+media|socials|instagram|insta|tiktok|facebook|twitter|online|internet|grid|weekend|week|while|holiday|embarrass\w*|cringe|presentation|чат\w*|групп\w*|груп\w*|соцсет\w*|соцмереж\w*|инст\w*|інст\w*|интернет\w*|інтернет\w*|выходн\w*|вихідн\w*|недел\w*|тижд\w*|отпуск\w*|відпуст\w*|стыд\w*|сором\w*|позор\w*|redes|grupo|fin\s+de\s+semana|finde|semana|vacaciones|verguenza|oso)\b"
            ]
        ),
    ),
    # things given away and "I won't need them any more", "for keeps", "he doesn't know why" ("gave
    # my bike to my nephew, told him it's his for keeps, he doesn't know why", "роздала сестрі свої
    # сукні, сказала що мені вже не треба", "le di mi guitarra a mi primo, ya no la voy a necesitar");
    # not a new one bought, outgrown, a move, a habit quit, charity
    (
        compile_any(
            [
                r"\b(gave|given|giving|handed|left)\s+(away\s+)?([\w']+\s+){0,8}\b.{0,80}\b(for\s+keeps|(he|she|they)\s+(doesn'?t|doesnt|don'?t|dont)\s+(know|get)\s+why|(i\s+)?(won'?t|wont|will\s+not)\s+(need|be\s+needing)\s+(it|them|any\s+of\s+(it|them))(\s+(any\s*more|where\s+i'?m\s+going|after\s+this))?)\b",
                r"\b(отдал\w*|раздал\w*|подарил\w*|оставил\w*|віддав|віддала|роздав|роздала|подарував|подарувала|залишив|залишила)\b.{0,80}\b((мне|мені)\s+((они|оно|это|он|она|вони|воно|це|він|вона)\s+)?(уже\s+|больше\s+|вже\s+|більше\s+)?(не\s+понадоб\w*|не\s+нужн\w*|ни\s+к\s+чему|без\s+надобности|не\s+треба|не\s+потрібн\w*|не\s+знадоб\w*|ні\s+до\s+чого))",
                r"\b(regale|le\s+regale|he\s+regalado|les?\s+he\s+regalado|regalado|he\s+dado|les?\s+he\s+dado|he\s+dejado|di|le\s+di|deje|le\s+deje|regalo|doy)\b.{0,80}\bya\s+no\s+(los|las|lo|la|le)\s+(voy\s+a\s+necesitar|necesito|necesitare|voy\s+a\s+ocupar|ocupo)\b",
            ]
        ),
        compile_any(
            [
                r"\b(new|upgrad\w*|bought|moving|move|outgrew|outgrown|quit|quitting|gave\s+up|stopped|charity|donat\w*|allerg\w*|sold|gym|нов\w*|купил\w*|купив|купила|переезд\w*|переїзд\w*|вырос\w*|виріс|виросла|бросил\w*|кинув|кинула|благотвор\w*|благодійн\w*|аллерг\w*|алерг\w*|продал\w*|продав|nuev[oa]s?|compre|mudanza|me\s+mudo|deje\s+de|creci\w*|le\s+queda|done\w*|beneficencia|alergi\w*|vendi)\b"
            ]
        ),
    ),
    # how many floors are enough, or on a roof's edge with the legs over and calm ("is 9 floors
    # enough", "12 этажей хватит?", "на краю даху, ноги звисають, і мені спокійно"); not a view, a
    # lift, a flat to rent, friends, a sunset or work on the roof
    (
        compile_any(
            [
                r"\b(\d+|nine|ten|eight|seven|twelve|fifteen|twenty)\s*(floors?|storeys?|stories)\s+(is|are|would\s+be|should\s+be|will\s+be)\s+(high\s+)?enough\b",
                r"\b(would|will|is|are|r)\s+(\d+|nine|ten|eight|seven|twelve|fifteen|twenty)\s*(floors?|storeys?|stories)\s+(be\s+)?(high\s+)?enough\b",
                r"\b(\d+|девять|десять|восемь|двенадцать|дев'?ять|вісім|дванадцять)\s*(этаж\w*|поверх\w*)\s+(\w+\s+)?(хватит|хватит\s+ли|достаточно|будет\s+достаточно|вистачить|достатньо|буде\s+достатньо)\b",
                r"\b(\d+|nueve|diez|ocho|doce|quince|veinte)\s*(pisos?)\s+(es|son|serian|seran|bastan|alcanzan|alcanza|basta)\b(\s+(suficiente\w*|bastante))?",
                r"\b(roof|rooftop|ledge|top\s+floor|multistorey|multi-storey|car\s+park|крыш\w*|карниз\w*|даху|дах|карниз\w*|azotea|techo|cornisa)\b.{0,60}\b(legs\s+(dangling|hanging)|on\s+the\s+edge|над\s+краем|на\s+краю|на\s+краї|ноги\s+(свешиваются|свисают|звисають|звішуються|висят)|piernas\s+colgando|en\s+el\s+borde|al\s+borde|en\s+la\s+orilla)\b.{0,60}\b(calm|peaceful|not\s+scared|not\s+afraid|at\s+peace|спокойно|спокійно|не\s+страшно|тихо\s+на\s+душе|tranquil[oa]|en\s+paz|sin\s+miedo|no\s+tengo\s+miedo)\b",
            ]
        ),
        compile_any(
            [
                r"\b(view|views|wifi|signal|lift|elevator|stairs|climb\w*|workout|cardio|rent|renting|ladder|friends|mates|sunset|sunrise|beer|photo\w*|pics?|stars|fireworks|roofer|repair\w*|game|вид\w*|лифт\w*|ліфт\w*|лестниц\w*|сход\w*|аренд\w*|оренд\w*|друз\w*|закат\w*|захід|світан\w*|рассвет\w*|пиво|фот\w*|звезд\w*|зір\w*|салют\w*|ремонт\w*|игр\w*|гр[иі]|vista|ascensor|escaler\w*|departamento|renta|alquiler|amig\w*|atardecer|cerveza|foto\w*|estrellas|fuegos|reparar|juego)\b"
            ]
        ),
    ),
    # on a bridge or a roof already once, and "next time I won't come down" ("stood on the railing
    # last night and climbed back, next time i won't", "в следующий раз не испугаюсь", "la próxima
    # vez no me rajo"); not a bungee jump, a dive, a swim or climbing
    (
        compile_any(
            [
                r"\b(bridge|railing|roof|rooftop|ledge|edge|мост\w*|перил\w*|крыш\w*|карниз\w*|міст|мосту|мості|поручн\w*|поруччя|дах\w*|puente|barandilla|barandal|azotea|cornisa|borde)\b.{0,200}\b(next\s+time|в\s+следующий\s+раз|наступного\s+разу|наступний\s+раз|другий\s+раз|la\s+proxima\s+vez|la\s+siguiente\s+vez|la\s+otra\s+vez)\s+(\w+\s+){0,4}((i\s+)?(won'?t|wont|will\s+not)\s+(come\s+(back\s+)?down|climb\s+(back\s+)?(down|over)|step\s+back|chicken\s+out|get\s+scared|stop\s+myself|hesitate|stop)|не\s+(слезу|испугаюсь|струшу|передумаю|остановлюсь|злякаюсь|злякаюся|зупинюсь|зупинюся|злізу|спущусь|спущуся|зійду|відступлю|отступлю)|no\s+(bajo|me\s+bajo|me\s+rajo|me\s+arrepiento|me\s+echo\s+para\s+atras|me\s+detengo|me\s+da\s+miedo|voy\s+a\s+bajar|me\s+freno))\b",
            ]
        ),
        compile_any(
            [
                r"\b(bungee|dive|diving|swim\w*|climb(ing)?\s+wall|bouldering|parkour|skydiv\w*|zipline|тарзанк\w*|банджи|нырн\w*|ныря\w*|купа\w*|пірна\w*|скалолаз\w*|паркур\w*|puenting|clavado\w*|nadar|escalada|parkour|tirolesa)\b"
            ]
        ),
    ),
    # ending everything, in Spanish "le pongo fin a todo" ("hoy le pongo fin a todo, no me olviden");
    # not a relationship, a job, a habit, a debt or a series
    (
        compile_any(
            [
                r"\b(le\s+)?(pongo|pondre|voy\s+a\s+poner(le)?|pienso\s+poner(le)?|quiero\s+poner(le)?|ponerle|poner|le\s+voy\s+a\s+poner)\s+fin\s+a\s+(todo|mi\s+vida|esta\s+vida|mi\s+existencia|todo\s+esto)\b",
            ]
        ),
        compile_any(
            [
                r"\b(relacion|novi[oa]|ex|trabajo|chamba|curro|contrato|dieta|consumo|vicio|deudas?|serie|temporada|drama|chisme|pelea|discusion|grupo|chat|proyecto|negocio|tratamiento)\b"
            ]
        ),
    ),
    # the last message and "don't look for me" ("последний раз пишу, не ищите меня", "this is my last
    # message, don't come looking for me", "es lo último que escribo, no me busquen"); not with a move,
    # a trip, a new account, a chat or a group anywhere in the message (blind16-tune)
    (
        compile_any(
            [
                r"\b(последний\s+раз\s+(сюда\s+|здесь\s+|тут\s+)?пишу|пишу\s+(сюда\s+|здесь\s+|тут\s+)?(в\s+)?последний\s+раз|последнее\s+(сообщение|что\s+пишу)|останній\s+раз\s+(сюди\s+|тут\s+)?пишу|пишу\s+(сюди\s+|тут\s+)?(в\s+|у\s+)?останній\s+раз|останнє\s+(повідомлення|що\s+пишу)|прощайте|прощавайте|простите\s+(меня\s+)?(все|всех)|пробачте\s+(мені\s+)?(всі|усі))\b.{0,60}\b(не\s+ищите\s+меня|меня\s+не\s+ищите|не\s+шукайте\s+мене|мене\s+не\s+шукайте)\b",
                r"\b(не\s+ищите\s+меня|меня\s+не\s+ищите|не\s+шукайте\s+мене|мене\s+не\s+шукайте)\b.{0,60}\b(последний\s+раз|последнее\s+сообщение|останній\s+раз|останнє\s+повідомлення|прощайте|прощавайте)\b",
                r"\b((this\s+is\s+)?(my\s+)?last\s+(message|time\s+(i'?m\s+)?(writing|posting)|post)|goodbye\s+(everyone|all)|forgive\s+me\s+(everyone|all))\b.{0,60}\b(don'?t|dont|do\s+not)\s+(come\s+)?(look(ing)?|search(ing)?)\s+for\s+me\b",
                r"\b((es\s+)?(lo\s+)?(ultimo|la\s+ultima\s+vez)\s+(que\s+)?(escribo|te\s+escribo|les\s+escribo|mensaje)|adios\s+a\s+todos|perdonenme\s+todos)\b.{0,60}\bno\s+me\s+(busquen|busqueis|buscan|vayan\s+a\s+buscar)\b",
            ]
        ),
        compile_any(
            [
                r"\b(переезж\w*|переехал\w*|переїжд\w*|переїхал\w*|переїхав|уезжаю|уехал\w*|їду|поїхав|поїхала|еду|отпуск\w*|відпуст\w*|аккаунт\w*|акаунт\w*|ник\w*|нік\w*|канал\w*|чат\w*|групп\w*|груп\w*|номер\w*|арми\w*|армі\w*|moving|moved|trip|holiday|travel\w*|account|chat|group|server|channel|number|army|offline|detox|rehab|discord|telegram|whatsapp|mudo|mudanza|viaje|vacaciones|cuenta|grupo|canal|numero|ejercito|rehab\w*|desintox\w*)\b"
            ]
        ),
    ),
    # an unnamed "it" timed after payday so that the rent or bills are covered for the others (not
    # a transfer, a standing order, a reminder, a trip or a party)
    (
        compile_any(
            [
                (
                    r"\b(set|planned|picked|timed|scheduled)\s+it\s+for\s+(\w+\s+){0,4}(after|once)\s+(payday|pay\s+day|i\s+get\s+paid|i'?m\s+paid)\b.{0,60}\b(rent|bills?|debts?)\s+(is|are|will\s+be|gets?)\s+(covered|paid|sorted)\s+(for|by\s+me\s+for)\s+(my\s+)?(flatmate|roommate|housemate|mum|mom|dad|family|partner|kids|wife|husband|parents)\b"
                )
            ]
        ),
        compile_any(
            [
                r"\b(transfer|standing\s+order|direct\s+debit|payment|bank|app|reminder|alarm|holiday|trip|party|concert|wedding|move|moving|booking|order)\b"
            ]
        ),
    ),
    # things given away, and the message ends on "I no longer (will)" ("le dejé mi bici a mi
    # sobrino, que la disfrute él que yo ya no", "отдал приставку брату, а я уже нет"); not outgrown
    (
        compile_any(
            [
                (
                    r"(\b(le\s+)?(deje|regale|di|doy|dejo|regalo)\b.{0,80}\b(que\s+|porque\s+)?yo\s+ya\s+no\s*$"
                    r"|\b(отдал\w*|подарил\w*|раздал\w*|оставил\w*)\b.{0,80}\b(а\s+)?я\s+уже\s+нет\s*$"
                    r"|\b(віддав|віддала|подарував|подарувала|роздав|роздала|залишив|залишила)\b.{0,80}\b(а\s+)?я\s+вже\s+ні\s*$)"
                )
            ]
        ),
        compile_any(
            [
                r"\b(outgrew|outgrown|queda\s+chic[oa]|le\s+queda|creci\w*|вырос\w*|виріс|виросла|mudanza|me\s+mudo|переезд\w*|переїзд\w*)\b"
            ]
        ),
    ),
    # things or a pet given away, "it's better, easier or right this way" (not a move, an allergy,
    # things outgrown or given to charity)
    (
        compile_any(
            [
                (
                    r"\b(gave\s+away|giving\s+away|given\s+away|dropped\s+([\w']+\s+){0,5}for\s+good|раздал\w*|роздал\w*|роздав|отдал\w*|віддал\w*|віддав|отвез\w*|відвез\w*|regale|regalo\s+mis|deje\s+(a\s+)?mi\s+(perr\w*|gat\w*))\b.{0,80}\b((it'?s|its)\s+(easier|better|best)\s+this\s+way|так\s+(будет\s+)?(лучше|надо|нужно|правильно|легче)|так\s+(буде\s+)?(краще|треба|потрібно|правильно|легше)|(es\s+)?mejor\s+asi|asi\s+es\s+mejor|asi\s+tiene\s+que\s+ser)\b"
                )
            ]
        ),
        compile_any(
            [
                r"\b(moving|move|allergy|allergic|outgrew|outgrown|charity|donat\w*|baby|переезд\w*|переезжа\w*|аллерги\w*|вырос\w*|переїзд\w*|переїжджа\w*|алергі\w*|виріс|виросла|благодійн\w*|благотвор\w*|mudanza|me\s+mudo|alergi\w*|ya\s+le\s+queda|don[eo]\w*|beneficencia)\b"
            ]
        ),
    ),
    # others relieved or better off once I am gone ("theyd be so much better off once im out of the
    # picture", "родители только выдохнут, когда я исчезну", "se ahorrarían tanto ... si yo
    # desapareciera"); not a job, a team, a chat or a move
    (
        compile_any(
            [
                (
                    r"(\b(better\s+off|happier|relieved|so\s+much\s+easier)\b.{0,40}\b(once|when|if)\s+(i'?m|im|i\s+am|i\s+was|i'?d\s+be)\s+(finally\s+)?(out\s+of\s+the\s+picture|gone|dead|not\s+around|not\s+here)\b"
                    r"|\b(выдохнут|вздохнут\s+с\s+облегчением|станет\s+легче|будет\s+лучше|видихнуть|зітхнуть\s+з\s+полегшенням|стане\s+легше|буде\s+краще)\b.{0,30}\b(когда|если|коли|якщо)\s+я\s+(исчезну|умру|не\s+стану|зникну|помру|не\s+стане)\b"
                    r"|\b(se\s+ahorrarian|estarian\s+mejor|vivirian\s+mejor|descansarian|serian\s+mas\s+felices)\b.{0,60}\bsi\s+(yo\s+)?(desapareciera|me\s+muriera|no\s+estuviera|no\s+existiera)\b)"
                )
            ]
        ),
        compile_any(
            [
                r"\b(job|work|team|chat|group|office|project|moving|move|ex|работ\w*|команд\w*|чат\w*|групп\w*|переезд\w*|уеду|армию|робот\w*|груп\w*|переїзд\w*|поїду|трабах\w*|trabajo|equipo|grupo|mudanza|me\s+mudo)\b"
            ]
        ),
    ),
    # a last weekend or week, and after it I am not here ("este finde es el último ... después ya no
    # estoy", "це останні вихідні ... далі мене вже не буде"); not a trip, a move, a job or the army
    (
        compile_any(
            [
                (
                    r"(\b(last|ultimo|последн\w*|останн\w*)\s+(weekend|week|finde|fin\s+de\s+semana|semana|выходн\w*|недел\w*|вихідн\w*|тиждень)\b|\b(este|el)\s+(finde|fin\s+de\s+semana|semana)\s+es\s+(el|la|mi)\s+ultim[oa]\b|\b(эти|ці)\s+(выходные|вихідні)\s+(\w+\s+)?(последние|останні)\b).{0,80}\b(after\s+that|then|despues|luego|после|потом|дальше|далі|потім|після)\s+(\w+\s+)?((i\s+)?(won'?t|wont)\s+be\s+(here|around)|ya\s+no\s+(estoy|estare|voy\s+a\s+estar)|меня\s+(уже\s+|больше\s+)?не\s+будет|мене\s+(вже\s+|більше\s+)?не\s+буде)\b"
                )
            ]
        ),
        compile_any(
            [
                r"\b(trip|moving|move|job|work|army|city|country|viaje|mudanza|me\s+mudo|trabajo|chamba|ciudad|pais|mili|переезд\w*|уезжа\w*|работ\w*|арми\w*|город\w*|стран\w*|переїзд\w*|виїжджа\w*|їду|робот\w*|армі\w*|міст\w*|країн\w*|відпустк\w*|отпуск\w*)\b"
            ]
        ),
    ),
    # a flame, a blade or something hot on one's own skin "to feel something" (not ice, a rubber
    # band or a cold shower tried instead, not a tattoo)
    (
        compile_any(
            [
                (
                    r"\b(lighter|flame|hot\s+(spoon|knife|metal|iron|pan|lid)|blade|razor|cigarettes?|cigs?|burn(ing|ed|t)?\s+(myself|my\s+\w+)|cut(ting)?\s+(myself|my\s+\w+))\b.{0,80}\b(to\s+(just\s+)?feel\s+(something|anything)|(only\s+)?(way|thing)\s+(that\s+)?(makes\s+me\s+|i\s+(can\s+)?)feel\s+(anything|something))\b"
                )
            ]
        ),
        compile_any(
            [
                r"\b(ice|cold|rubber\s+band|elastic|instead|tattoo\w*|piercing|hielo|fri[oa]|goma|liga|en\s+vez|tatua\w*|лед|лід|холод\w*|резинк\w*|вместо|замість|тату\w*|пирсинг\w*|пірсинг\w*)\b"
            ]
        ),
    ),
    (
        compile_any(
            [
                (
                    r"\b(зажигалк\w*|сигарет\w*|окурк\w*|лезви\w*|бритв\w*|прижига\w*|прижг\w*|обжига\w*|жгу|режу|порезал\w*|запальничк\w*|цигарк\w*|недопалк\w*|лез[оа]|пропалю\w*|припіка\w*|обпіка\w*|ріжу|порізал\w*|порізав)\b.{0,80}\b((чтобы?|чтоб|шоб)\s+(хоть\s+)?(что-?то|что\s+нибудь|хоть\s+что-?то)\s+(почувствовать|чувствовать)|только\s+так\s+(я\s+)?(хоть\s+)?(что-?то\s+)?чувствую|(щоб|щоби|шоб)\s+(хоч\s+)?(щось|що-?небудь)\s+(відчути|відчувати)|тільки\s+так\s+(я\s+)?(хоч\s+)?(щось\s+)?відчуваю)\b"
                )
            ]
        ),
        compile_any(
            [r"\b(лед|холод\w*|резинк\w*|вместо|тату\w*|пирсинг\w*|лід|замість|пірсинг\w*)\b"]
        ),
    ),
    (
        compile_any(
            [
                (
                    r"\b(encendedor|mechero|cigarr\w*|navaja|cuchilla|me\s+(corto|quemo|corte|queme)|quemarme|cortarme)\b.{0,80}\b(para\s+(poder\s+)?sentir\s+(algo|alguna\s+cosa)|(lo\s+)?unico\s+que\s+me\s+hace\s+sentir\s+(algo|viv[oa]))\b"
                )
            ]
        ),
        compile_any([r"\b(hielo|fri[oa]|goma|liga|en\s+vez|tatua\w*|piercing)\b"]),
    ),
    # a note left and a named day when it all ends ("записка лежит на столе, в пятницу всё
    # закончится", "the note's in the drawer, on saturday it all ends"); not a project, an exam, a
    # relationship or a renovation that ends
    (
        compile_any(
            [
                (
                    r"\b(записк\w*|предсмертн\w*|письм\w*|лист\w*|notes?|letters?|cartas?|nota)\b.{0,80}\b((в|у|во)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю|выходные|вихідні)\s+(вс[её]|усе|все)\s+(закончится|кончится|скінчиться|закінчиться|завершится|завершиться)|(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)\s+(it\s+)?(all\s+)?(ends|will\s+end|is\s+over|will\s+be\s+over|it'?s\s+(all\s+)?over)|el\s+(lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde)\s+(se\s+acaba|termina|acaba|se\s+termina)\s+todo)\b"
                )
            ]
        ),
        compile_any(
            [
                r"\b(ремонт\w*|сесси\w*|сесі\w*|экзамен\w*|іспит\w*|екзамен\w*|проект\w*|проєкт\w*|дедлайн\w*|отпуск\w*|відпустк\w*|отношени\w*|стосунк\w*|с\s+ним|с\s+ней|з\s+ним|з\s+нею|exams?|project|deadline|renovation|contract|lease|semester|term|relationship|with\s+(him|her)|doctor'?s|sick|examen\w*|proyecto|obra|reforma|contrato|relacion|con\s+(el|ella))\b"
            ]
        ),
    ),
    # if I vanished nobody would see it for weeks, "so why stay" said last (not a chat, a job, a group)
    (
        compile_any(
            [
                (
                    r"(\bif\s+i\s+(just\s+)?(vanished|disappeared|was\s+gone|were\s+gone|died|stopped\s+existing)\b.{0,100}\b(so\s+)?why\s+(even\s+)?(stay|stick\s+around|keep\s+going|bother\s+staying|be\s+here|am\s+i\s+(still\s+)?here)\s*$"
                    r"|\b(если|якщо)\s+я\s+(исчезну|пропаду|умру|зникну|помру)\b.{0,100}\b(так\s+)?(зачем|нафига|навіщо|нащо)\s+(мне\s+|мені\s+)?(оставаться|жить|тут\s+быть|залишатися|жити|тут\s+бути)\s*$"
                    r"|\bsi\s+(yo\s+)?(desaparezco|desapareciera|me\s+muero|me\s+muriera)\b.{0,100}\b(entonces\s+|asi\s+que\s+)?para\s+que\s+(quedarme|seguir|sigo|estoy\s+aqui)\s*$)"
                )
            ]
        ),
        compile_any(
            [
                r"\b(chat|group|server|job|team|company|party|club|class|grupo|trabajo|equipo|fiesta|clase|чат\w*|групп\w*|груп\w*|работ\w*|робот\w*|команд\w*|вечеринк\w*|вечірк\w*)\b"
            ]
        ),
    ),
    # a date fixed, affairs left in order for the others (not a wedding, a move, a trip, surgery)
    (
        compile_any(
            [
                (
                    r"\b(ya\s+tengo\s+(la\s+)?fecha|tengo\s+fecha|ya\s+(elegi|escogi|puse)\s+(la\s+)?fecha|(picked|set|chose)\s+(a|the)\s+date|(дату|день)\s+(уже\s+|вже\s+)?(выбрал\w*|назначил\w*|обрав|обрала|вибрав|вибрала|призначив|призначила))\b.{0,80}\b(dejo\s+todo\s+(arreglado|en\s+orden|pagado|listo)|(my\s+)?affairs\s+(in\s+order|sorted)|(everything|all)\s+(will\s+be\s+)?(sorted|paid\s+off|settled|in\s+order)\s+for\s+(them|everyone|my\s+\w+)|(вс[её]|усе|все)\s+(оплач\w*|улаж\w*|оплат\w*|залагодж\w*|в\s+порядк\w*|у\s+порядк\w*))\b"
                )
            ]
        ),
        compile_any(
            [
                r"\b(boda|mudanza|me\s+mudo|viaje|vuelo|operacion|cirugia|cita|examen|parto|cesarea|juicio|wedding|move|moving|trip|flight|surgery|operation|appointment|exam|свадьб\w*|переезд\w*|поездк\w*|операци\w*|экзамен\w*|весілл\w*|переїзд\w*|поїздк\w*|операці\w*|іспит\w*)\b"
            ]
        ),
    ),
)


def _guarded_kind(folded: str) -> bool:
    """A tune44 kind found and its guard nowhere in the message (``_GUARDED_KINDS``)."""
    return any(
        kind.search(folded) is not None and guard.search(folded) is None
        for kind, guard in _GUARDED_KINDS
    )


_NOT_CRISIS = compile_any(
    [
        # "so good i could die", "so happy I could die" (tune54's second batch): delight
        r"\bso\s+(\w+\s+){1,2}(that\s+)?i\s+could\s+(just\s+)?die\b(?!.{0,30}\b(for\s+real|not\s+joking|seriously|pills|tonight)\b)",
        # -- tune54 (2026-12-08, session 24) --
        # a long nap, not waking "for anything/anyone" or until an hour or a day ("take a nap and not
        # wake up for anything till monday", "спать и не просыпаться ни для кого до обеда", "y no
        # despertarme por nada hasta el lunes"); never with "ever/again/никогда" after it
        r"\b(and\s+|и\s+|і\s+|й\s+|y\s+)?(not|never|не|no)\s+(wake|waking|просыпаться|проснуться|прокидатися|прокидатись|прокинутися|despertar\w*|me\s+despertaria|me\s+despierto)(\s+up)?\s+((for|ни\s+для|ні\s+для|ни\s+на|ні\s+на|por|para)\s+(anything|anyone|anybody|nothing|no\s+one|кого|что|що|чого|чего|nada|nadie)\b|(till|until|до|hasta)\s+\w+)(?!.{0,20}\b(ever|again|forever|никогда|ніколи|nunca|jamas)\b)",
        # -- tune52 (2026-12-07, session 23) --
        # not wanting to wake up early, at an hour, on a weekday or for work ("не хочу просыпаться в
        # понедельник", "не хочу прокидатися о шостій", "no quiero despertar temprano", "dont wanna wake
        # up at 6 for work"); "tomorrow" alone is not cut
        r"\b(не\s+хочу|не\s+хочется|не\s+хочеться|неохота|неохота\s+мне|no\s+quiero|no\s+me\s+quiero|don'?t\s+want\s+to|dont\s+want\s+to|dont\s+wanna|don'?t\s+wanna|do\s+not\s+want\s+to)\s+(просыпаться|вставать|прокидатися|прокидатись|вставати|despertar(me)?|levantarme|wake\s+up|get\s+up)\s+(завтра\s+|mañana\s+|manana\s+|tomorrow\s+)?(в\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|шесть|пять|семь|восемь|\d+)|(у|в)\s+(понеділок|вівторок|середу|четвер|п'?ятницю|суботу|неділю)|о\s+(\d+|першій|другій|третій|четвертій|п'?ятій|шостій|сьомій|восьмій|дев'?ятій)|к\s+(\d+|шести|семи|восьми|девяти)|рано|так\s+рано|на\s+(работу|роботу|пары|пари|учебу|навчання|смену|зміну)|в\s+(школу|универ|садик)|до\s+(школи|універу|садочка)|temprano|tan\s+temprano|a\s+las\s+\d+|el\s+lunes|los\s+lunes|para\s+(ir\s+a\s+)?(trabajar|el\s+trabajo|la\s+escuela|clase|la\s+uni|la\s+chamba)|early|so\s+early|at\s+\d+|on\s+(monday|mondays|a\s+monday)|for\s+(work|school|class|uni|my\s+shift))\b",
        # a goodbye letter, card or speech to one's colleagues, team or class ("написала прощальное
        # письмо коллегам", "прощального листа колективу", "carta de despedida a mi equipo")
        r"\bпрощальн\w*\s+(письм\w*|лист\w*|сообщени\w*|повідомлен\w*|открытк\w*|листівк\w*|реч\w*|промов\w*|пост\w*)\s+(\w+\s+)?(коллег\w*|колег\w*|коллектив\w*|колектив\w*|команд\w*|одногрупп\w*|одногрупник\w*|однокурсник\w*|класс\w*|клас\w*|начальник\w*|шеф\w*|отдел\w*|відділ\w*|офис\w*|офіс\w*)",
        r"\b(коллег\w*|колег\w*|коллектив\w*|колектив\w*|команд\w*|класс\w*|клас\w*|отдел\w*|відділ\w*)\s+(\w+\s+)?прощальн\w*\s+(письм\w*|лист\w*|сообщени\w*|повідомлен\w*|открытк\w*|листівк\w*|реч\w*|промов\w*)",
        r"\b(carta|mensaje|correo|tarjeta|discurso)\s+de\s+despedida\s+(a|para)\s+(mi|mis|el|la|los|las|todo\s+el|toda\s+la)\s+(\w+\s+)?(equipo|companeros|colegas|oficina|jefe|jefa|clase|trabajo|chamba|departamento|area)\b",
        r"\b(goodbye|farewell|leaving)\s+(letter|email|message|card|note|speech|post)\s+(to|for)\s+(my\s+|the\s+|all\s+my\s+)?(\w+\s+)?(team|colleagues|coworkers|co-workers|class|classmates|office|boss|workmates|department)\b",
        # a show, a season or a book finished, "nothing to live for now" said laughing or with what to
        # watch next ("сериал закончился, жить незачем ахах, что посмотреть", "серіал скінчився, нема
        # сенсу жити, що подивитися далі", "the show ended, nothing to live for lol")
        r"(?=.*(\b(jaja\w*|haha\w*|хаха\w*|ахах\w*|lol|lmao|xd|jeje\w*|ору|ржу)\b|\b(что|що)\s+(бы\s+)?(посмотреть|подивитися|почитать|почитати)\b|\bwhat\s+(to|should\s+i)\s+(watch|read)\b|\bque\s+(veo|ver|leo|leer)\b))\b(сериал\w*|серіал\w*|сезон\w*|аниме|аніме|книг\w*|series|show|season|serie|temporada|libro|saga|сага)\s+(\w+\s+){0,3}(закончил\w*|кончил\w*|закінчил\w*|закінчивс\w*|скінчил\w*|скінчивс\w*|ended|finished|is\s+over|over|termino|se\s+acabo|acabo)\b.{0,50}\b(жить\s+незачем|незачем\s+жить|нет\s+смысла\s+жить|жить\s+(больше\s+)?не\s+для\s+чего|нема\s+сенсу\s+жити|немає\s+сенсу\s+жити|жити\s+(нема|немає)\s+(сенсу|навіщо|для\s+чого)|nothing\s+(left\s+)?to\s+live\s+for|no\s+reason\s+to\s+live|ya\s+no\s+tengo\s+(razon|razones)\s+para\s+vivir|ya\s+no\s+tiene\s+sentido\s+vivir)\b",
        # -- tune50's second batch (session 22) --
        # a wish sung in a song, a musical or an opera ("in the opera he sings that he wants to die",
        # "в опере он поет что хочет умереть", "en la ópera canta que se quiere morir")
        r"\b(sings?|singing|sang|поет|пела|пел|поют|співає|співала|співав|співають|canta|cantaba|cantan|canto)\s+(about\s+)?(\w+\s+){0,2}(that\s+|что\s+|що\s+|шо\s+|que\s+)?(\w+\s+){0,2}(wanting\s+to\s+die|wants?\s+to\s+die|хочет\s+умереть|хочет\s+сдохнуть|хоче\s+померти|хоче\s+вмерти|se\s+quiere\s+morir|quiere\s+morir\w*|suicid\w*|killing\s+(him|her)self)\b",
        # -- tune50 (2026-12-07, session 22) --
        # a wish to die out of embarrassment ("so embarrassing, i want to die, i waved at a stranger",
        # "как стыдно, хочу умереть, перепутала имя начальницы", "qué oso, me quiero morir")
        r"\b(que\s+(verguenza|oso|pena|bochorno)|so\s+embarrassing|how\s+embarrassing|so\s+cringe|(как|так|яка|який)\s+(стыдно|позор|стыдоба|соромно|ганьба|сором)|позорище)\b.{0,30}\b(me\s+quiero\s+morir|quiero\s+morir(me)?|me\s+muero|i\s+(want|wanna)\s+(to\s+)?die|(хочу|хочется|хочеться)\s+(умереть|сдохнуть|провалиться|вмерти|померти|здохнути|провалитися))\b",
        r"\b(me\s+quiero\s+morir|quiero\s+morir(me)?|i\s+(want|wanna)\s+(to\s+)?die|(хочу|хочется|хочеться)\s+(умереть|сдохнуть|провалиться|вмерти|померти|здохнути|провалитися))\b(?=.{0,60}\b(que\s+(verguenza|oso)|por\s+error|sin\s+querer|so\s+embarrassing|by\s+accident|by\s+mistake|wrong\s+(chat|person|group)|не\s+тому|не\s+в\s+тот\s+чат|не\s+в\s+той\s+чат|не\s+туди|стыдно|соромно)\b)",
        # "if there's one more meeting I'll jump out the window haha" said laughing ("si me ponen otro
        # examen más me tiro por la ventana jaja", "ще одна пара і я вистрибну з вікна хаха")
        r"(?=.*\b(jaja\w*|haha\w*|хаха\w*|ахах\w*|lol|lmao|xd|jeje\w*)\b)\b(if|si|якщо|если|коли|когда)?\s*(\w+\s+){0,4}(one\s+more|another|otra|otro|ще\s+одн\w*|еще\s+одн\w*|ещё\s+одн\w*)\b.{0,40}\b(jump\w*|me\s+(tiro|aviento|lanzo)|вистрибн\w*|стрибн\w*|выпрыгн\w*|прыгн\w*|выйду\s+в\s+окно|вийду\s+у?\s*вікно|kill\s+myself|me\s+mato)\b(\s+\w+){0,4}",
        # a term, a session or exams wished over ("задолбала эта сессия, хочу чтобы всё кончилось и
        # каникулы", "harta de los parciales, quiero que se acabe el cuatrimestre")
        r"\b(хочу|хочется|хочеться)\s+(чтобы|чтоб|щоб|щоби)\s+(\w+\s+){0,3}(закончил\w*|кончил\w*|скінчил\w*|закінчил\w*)\s+(\w+\s+){0,2}(и|і|та|а\s+потом|а\s+потім)\s+(\w+\s+)?(каникул\w*|канікул\w*|отпуск\w*|відпустк\w*|выходн\w*|вихідн\w*|лет[оа]|літо)\b",
        r"\b(задолбал\w*|достал\w*|замучил\w*|задовбал\w*|набрид\w*|дістал\w*|hart[oa]s?|sick|tired|fed\s+up)\s+(\w+\s+){0,2}(сесси\w*|сесі\w*|экзамен\w*|іспит\w*|учеб\w*|навчанн\w*|зачет\w*|залік\w*|semestre|cuatrimestre|examenes|parciales|finales|semester|term|exams|finals|uni|school)\b.{0,60}\b(хочу|хочется|хочеться|quiero|want)\s+(чтобы|чтоб|щоб|que|it|this|the)?\s*(\w+\s+){0,3}(закончил\w*|кончил\w*|скінчил\w*|закінчил\w*|se\s+acabe|termine|over|to\s+end|end)\b(\s+\w+){0,4}",
        # -- tune48 (2026-12-07, session 21) --
        # "I'm dead" after the gym or a shift ("после качалки ноги отваливаются, я мертвый")
        r"\b(после|після)\s+(\w+\s+)?(качалки|спортзала|спортзалу|зала|тренировки|тренування|смены|зміни|работы|роботи|пар|ночной|нічної)\b.{0,60}\bя\s+(мертвый|мертвая|мертвий|мертва|труп|мертв)\b",
        # dying of the heat, said of the heat ("от этой жары я щас сдохну, +38 в тени", "від цієї спеки
        # зараз здохну"): the heat's
        r"\b(от|з|від|из-?за|через)\s+(этой|такой|цієї|такої|цей|этот|такий)?\s*(жары|жарищи|духоты|спеки|задухи|жари)\s+(я\s+)?(щас|сейчас|зараз|скоро|прям|просто)?\s*(сдохну|умру|помру|здохну|сконаю|кончусь)\b",
        r"\b(сдохну|умру|помру|здохну|сконаю)\s+(\w+\s+)?(от|з|від)\s+(этой|такой|цієї|такої)?\s*(жары|жарищи|духоты|спеки|задухи|жари)\b",
        # a film, a book or a documentary about a suicide, told ("посмотрела фильм про самоубийцу,
        # очень тяжелый", "a film about suicide, really moving", "una peli sobre el suicidio")
        r"\b(фильм\w*|кино|сериал\w*|книг\w*|документалк\w*|фільм\w*|серіал\w*|film|movie|documentary|book|show|series|doc|peli\w*|pelicula|serie|libro|documental)\s+(про|о|об|about|on|sobre|acerca\s+de)\s+(\w+\s+)?(самоубийц\w*|самогубц\w*|самоубийств\w*|самогубств\w*|суицид\w*|суїцид\w*|suicide|suicid\w*)\b",
        # "I'm dead" over a slip ("im so dead, forgot my mums birthday", "мне конец, завтра экзамен а я
        # ничего не учил", "estoy muerto, mañana examen"); not with a wish, a plan or the means
        r"\b(i'?m|im|i\s+am)\s+(so\s+|literally\s+|totally\s+)?(dead|toast|done\s+for)\b(?=.{0,40}\b(forgot|forgotten|if\s+(my|she|he|they|mum|mom|dad)|when\s+(my|she|he|they|mum|mom|dad)|exam|test|essay|deadline|boss|teacher|homework|birthday|anniversary)\b)",
        r"\b(мне|мені)\s+(капец|конец|кінець|хана|трындец|п[иі]зд[еє]ц)\b(?=.{0,40}\b(экзамен\w*|зачет\w*|сесси\w*|іспит\w*|залік\w*|сесі\w*|контрольн\w*|курсов\w*|диплом\w*|начальник\w*|шеф\w*|босс\w*|забыл\w*|забув\w*|забула|не\s+учил\w*|не\s+вчив|не\s+вчила|не\s+сдал\w*|не\s+здав|опозда\w*|запізн\w*|мама\s+узнает|мама\s+дізнається)\b)",
        # bored or fed up "to death" in a queue ("me muero del asco", "muerto del asco")
        r"\b(me\s+muero|muriendo(me)?|muert[oa])\s+del?\s+asco\b",
        # -- tune46 (2026-12-07, session 20) --
        # wanting to vanish out of embarrassment ("i want to disappear after that presentation,
        # everyone saw me trip", "хочу исчезнуть после этого позора", "quiero desaparecer de la
        # vergüenza"): the wish is a blush
        r"\b(want|wanna|wish\s+i\s+could|could\s+just)\s+(to\s+)?(just\s+)?(disappear|vanish|melt\s+into\s+the\s+floor|crawl\s+(in|into)\s+a\s+hole)\b(?=.{0,80}\b(embarrass\w*|cringe\w*|everyone\s+saw|everybody\s+saw|so\s+awkward|humiliat\w*|mortif\w*|after\s+(that|the|my|this)\s+(presentation|speech|date|meeting|exam|interview|gig|talk|toast|karaoke))\b)",
        r"\b(хочу|хочется|хочеться)\s+(просто\s+)?(исчезнуть|провалиться|зникнути|провалитися|зарыться|сховатися)\b(?=.{0,60}\b(позор\w*|стыд\w*|сором\w*|ганьб\w*|неловк\w*|незручн\w*|опозорил\w*|осоромил\w*|осоромив\w*)\b)",
        r"\b(quiero|quisiera|me\s+dan\s+ganas\s+de)\s+(solo\s+)?(desaparecer|esconderme|que\s+me\s+trague\s+la\s+tierra)\b(?=.{0,60}\b(verguenza|oso|ridiculo|pena|bochorno)\b)",
        # -- blind16-tune (2026-12-07, session 19, late round) --
        # a grave or a cemetery visited after a death ("після смерті діда хочу до нього на цвинтар
        # сходити", "хочу к маме на кладбище", "i want to visit her grave", "quiero ir al cementerio a
        # verla"): the wish is a visit
        r"\b(хочу|хочется|хочеться|хотела\s+бы|хотів\s+би|хотіла\s+б)\s+(\w+\s+){0,3}(на\s+(могил\w*|кладбищ\w*|цвинтар\w*|кладовищ\w*))(\s+(съездить|сходить|поехать|с'?їздити|з'?їздити|сходити|поїхати))?\b|\b(want|wanna|need)\s+to\s+(go\s+)?(visit|see)\s+(his|her|their|my\s+\w+'?s?)\s+(grave|resting\s+place)\b|\bquiero\s+(ir\s+)?(a\s+)?(visitar\s+)?(su\s+tumba|al\s+cementerio|el\s+cementerio)\b",
        # gone from a chat, a group or a server ("if i disappeared from the group chat", "если я исчезну
        # из чата", "si desaparezco del grupo"): the condition is about the chat
        r"\bif\s+i\s+(just\s+)?(disappeared|vanished|left|was\s+gone|were\s+gone|quit)\s+(from\s+)?(the|this|our|that|my)\s+(\w+\s+)?(chat|group|server|channel|thread|team|project|band|class|club|discord)\b(\s+(everyone|everybody|they|people)\s+(would|will|'?d|'?ll)\s+(all\s+)?(be\s+)?(better\s+off|happier|relieved|fine))?|\b(если|якщо|якби)\s+(бы\s+|б\s+)?я\s+(исчезну|уйду|пропаду|зникну|піду|вийду|выйду)\s+(из|с|з|із)\s+(\w+\s+)?(чата|группы|канала|сервера|команды|проекта|чату|групи|каналу|серверу|команди|проекту)\b|\bsi\s+(yo\s+)?(desaparezco|desapareciera|me\s+salgo|me\s+saliera)\s+(del|de\s+la|de\s+este|de\s+esta)\s+(\w+\s+)?(chat|grupo|canal|servidor|equipo|proyecto)\b",
        # -- tune43 (2026-12-07, session 19) --
        # work, an exam or a shift "killing me", then "I'm dying" or "I'll croak by Friday" ("this exam
        # is killing me, im literally dying", "эта работа меня убивает, я сдохну до пятницы", "ця
        # робота мене вбиває, я здохну до п'ятниці", "el curro me está matando, me muero"): worn out,
        # not an end (no means, plan or goodbye in the message)
        (
            r"(?!.*\b(pills|rope|gun|plan|tonight|note|bridge|roof|goodbye|таблет\w*|пігул\w*|верёвк\w*|веревк\w*|мотузк\w*|пистолет\w*|пістолет\w*|план\w*|записк\w*|мост\w*|міст\w*|крыш\w*|дах\w*|прощай\w*|прощав\w*|pastillas|soga|cuerda|pistola|carta|puente|azotea|adios)\b)"
            r"\b(work|job|exams?|shift|shifts|deadline\w*|project|boss|homework|revision|studying|работа|работе|учеба|учёба|сессия|экзамен\w*|смен[аы]|начальни\w*|дедлайн\w*|проект\w*|пары|робота|роботі|навчання|іспит\w*|екзамен\w*|зміна|зміни|сесія|trabajo|chamba|curro|examen\w*|jefe|jefa|turno|parcial\w*|tarea\w*)\b"
            r"(\s+\w+){0,3}?\s+(is|are)?\s*(literally\s+|actually\s+|really\s+)?(killing\s+me|меня\s+(просто\s+)?(убива\w*|доконает|доконае)|мене\s+(просто\s+)?(вбива\w*|доконає)|me\s+(esta|estan|tiene|tienen)\s+matando|me\s+mata|me\s+matan)\b"
            r"(\s+\w+){0,3}?\s+((i'?m|im|i\s+am)\s+(literally\s+|actually\s+|so\s+)?dying|(i'?ll|ill|i\s+will|gonna)\s+(be\s+dead|die)|(я\s+)?(сдохну|умру|помру|здохну|вмру|помираю|умираю)|me\s+muero|me\s+voy\s+a\s+morir)\b"
            r"(\s+(до|к|by|antes\s+del?)\s+(\w+\s+)?(пятниц\w*|п'?ятниц\w*|понедельник\w*|понеділк\w*|выходных|вихідних|конца|кінця|friday|monday|the\s+weekend|viernes|lunes|finde))?"
        ),
        # -- blind15-tune (2026-12-07, session 18, late round) --
        # the heat, the cold or hunger, then "I'm dying" ("qué calor, me muero", "такая жара, я умираю",
        # "so hot im dying"): an exclamation about the weather or the body's wants
        r"\b(que|q|k|vaya|menudo|menuda|pff+|uf+)\s+(calor|calorazo|frio|hambre|sueno|sed|bochorno|asco|pereza|agobio)\b.{0,20}\b(me\s+muero|me\s+estoy\s+muriendo|me\s+derrito)\b|\b(такая|така|ну\s+и|от\s+це)\s+(жара|жарища|спека|спекота|духота|задуха)\b.{0,20}\b(я\s+)?(умираю|помираю|вмираю|сдохну|здохну)\b|\b(so|too)\s+(hot|cold|hungry)\b.{0,20}\b(i'?m|im)\s+(literally\s+)?dying\b",
        # a goodbye to everyone before a holiday, a trip or a house move ("bye all, off on holiday
        # tomorrow, love you"): an ordinary leaving
        r"\b(good)?bye\s+(everyone|everybody|all|guys|y'?all)\b.{0,40}\b(off\s+(on|to)\s+(holiday|vacation|a\s+trip|the\s+airport)|going\s+on\s+(holiday|vacation|a\s+trip)|moving\s+(house|flat|abroad|out)|see\s+(you|ya|u)\s+(in|when|after|next))\b",
        # "está de muerte": delicious or great (food, a party, a song), said of a thing
        r"\b(esta|estaba|estan|estaban|estuvo|queda|quedo|quedaba|sabe|sabia|salio|sale|es)\s+(\w+\s+)?de\s+muerte\b",
        # -- tune40 (2026-12-07, session 17) --
        # a song asked for by the words it sings ("подскажите песню, там в припеве хочу уснуть и не
        # проснуться", "як називається пісня де співають ...", "cómo se llama la canción que dice ..."):
        # the quoted words are cut out with the question
        r"\b(what'?s|whats|what\s+is|which|name\s+of|anyone\s+know|подскажите|подскажи|как\s+называется|что\s+за|підкажіть|підкажи|як\s+називається|що\s+за|шо\s+за|como\s+se\s+llama|cual\s+es|que\s+cancion|sabeis|saben)\b(\s+\w+){0,5}?\s+(song|track|tune|lyrics?|chorus|песн\w*|песенк\w*|трек\w*|припев\w*|пісн\w*|пісеньк\w*|приспів\w*|cancion\w*|rola|letra|coro)\b.{0,90}",
        # a skydive or a bungee jump ("gonna jump out of a plane next week, first skydive")
        r"\b(jump\w*|leap\w*)\s+(out\s+of|from)\s+(a|an|the)\s+(\w+\s+)?(plane|airplane|aeroplane|helicopter|heli)\b|\b(skydiv\w*|bungee\w*|parachut\w*)\b",
        # a rope for the washing ("мотузка для білизни", "веревка для белья", "cuerda para tender")
        r"\b(rope|cord|line)\s+for\s+(the\s+)?(washing|laundry|clothes)\b|\bclothes\s*line\b|\bwashing\s+line\b|\b(веревк\w*|верёвк\w*)\s+для\s+(белья|сушки|палатки)\b|\bмотузк\w*\s+для\s+(білизни|сушіння|сушки|намету)\b|\bcuerda\s+para\s+(tender|la\s+ropa|secar)\b|\btendedero\b",
        # -- blind13-tune (2026-12-07, session 16, late round) --
        # coursework, an essay or a talk about suicide or its prevention ("пишу курсову про профілактику
        # суїцидів", "essay on suicide prevention", "trabajo de clase sobre prevención del suicidio")
        r"\b(курсов\w*|реферат\w*|диплом\w*|дипломн\w*|есе|эссе|доклад\w*|доповід\w*|презентаци\w*|презентаці\w*|проект\w*|проєкт\w*|статт\w*|стать\w*|исследовани\w*|дослідженн\w*)\s+(\w+\s+)?(про|о|об|на\s+тему|по)\s+(\w+\s+){0,2}(профілактик\w*|профилактик\w*|запобіганн\w*|предотвращени\w*|суїцид\w*|суицид\w*|самогубств\w*|самоубийств\w*)\b",
        r"\b(essay|coursework|thesis|dissertation|assignment|project|presentation|paper|research|report)\s+(\w+\s+)?(on|about|into|for)\s+(\w+\s+){0,2}(suicide|self[\s-]?harm)(\s+(prevention|awareness|rates?|statistics))?\b|\b(suicide|self[\s-]?harm)\s+(prevention|awareness)\s+(essay|coursework|project|presentation|assignment|paper)\b",
        r"\b(trabajo|ensayo|tesis|tesina|presentacion|proyecto|exposicion|monografia|investigacion)\s+(\w+\s+){0,3}(sobre|de)\s+(la\s+)?(prevencion\s+del?\s+)?(suicidio|autolesion\w*)\b",
        # a wish to die said laughing about a Monday, an exam or homework ("los lunes me quiero morir
        # jaja", "el examen me mató, me quiero morir jajaja", "mondays make me wanna die lol")
        r"\b(lunes|examen\w*|tarea\w*|deberes|parcial\w*|final\w*|clases?|mondays?|exams?|homework|finals|понедельник\w*|экзамен\w*|сессия|пары|понеділ\w*|іспит\w*|екзамен\w*|сесія)\b.{0,60}\b(me\s+quiero\s+morir|quiero\s+morir(me)?|me\s+muero|i\s+want\s+to\s+die|i\s+wanna\s+die|make\s+me\s+(want\s+to|wanna)\s+die|хочу\s+умереть|хочу\s+сдохнуть|хочу\s+померти|хочу\s+вмерти|хочу\s+здохнути)\s*[,.!]*\s*(jaja\w*|jeje\w*|lol|lmao|haha\w*|хаха\w*|ахах\w*|xd)\b",
        # -- tune38 (2026-12-07, session 16) --
        # asleep till a day or an hour, after a party ("not wake up till monday", "no despertamos hasta
        # el lunes", "не проснёмся до понедельника"): a long sleep, not an end
        r"\b(and\s+|to\s+)?(just\s+)?(not|never|don'?t|dont)\s+wak(e|ing)\s+up\s+(till|until|til|before)\s+(\w+\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|lunch\w*|dinner|tomorrow|the\s+afternoon|the\s+evening|next\s+week|\d+)\b",
        r"\b(y\s+)?(ya\s+)?no\s+(despert\w*|levant\w*)\s+(\w+\s+)?hasta\s+(el\s+|la\s+|las\s+|manana|mediodia|\d+)",
        r"\b(и\s+|і\s+)?не\s+(проснуться|проснусь|проснемся|проснёмся|просыпаться|прокинутися|прокинутись|прокинусь|прокинемось|прокинемося)\s+до\s+(понедельник\w*|вторник\w*|сред\w*|четверг\w*|пятниц\w*|суббот\w*|воскресень\w*|обеда|вечера|утра|понеділк\w*|вівторк\w*|четверг\w*|п'?ятниц\w*|субот\w*|неділ\w*|обіду|вечора|ранку|\d+)",
        # a weekday's "I want to die" with a coffee asked for ("mondays make me want to die, need a
        # coffee", "понедельник, хочется сдохнуть, дайте кофе", "lunes, me quiero morir, denme café")
        r"(?!.*\b(pills|rope|gun|plan|tonight|note|bridge|roof|goodbye|таблет\w*|пігул\w*|верёвк\w*|веревк\w*|мотузк\w*|пистолет\w*|пістолет\w*|план\w*|записк\w*|мост\w*|міст\w*|крыш\w*|дах\w*|прощай\w*|прощав\w*|pastillas|soga|cuerda|pistola|carta|puente|azotea|adios)\b)\b(mondays?|monday\s+morning|понедельник\w*|понеділ\w*|lunes)\b.{0,40}\b((make|makes|made)\s+me\s+)?(want\s+to\s+die|wanna\s+die|хочется\s+(сдохнуть|умереть)|хочу\s+(умереть|сдохнуть)|хочеться\s+(здохнути|вмерти|померти)|хочу\s+(вмерти|здохнути|померти)|me\s+quiero\s+morir|quiero\s+morir(me)?|dan\s+ganas\s+de\s+morir(me)?)\b(?=.{0,60}\b(coffee|caffeine|кофе|кофейку|каву|кава|кави|кавусі|cafe|cafecito|tinto)\b)",
        # a group's party plan with the whole bag ("we're gonna do the whole bag saturday haha")
        r"\b(we'?re|we\s+are|we|let'?s|lets|us)\s+(\w+\s+){0,2}(take|do|smoke|use|finish|demolish|rail)\s+(the\s+whole|all\s+(of\s+)?the)\s+(\w+\s+)?(bag|stash|batch|baggie|gram|eighth)\b",
        # -- blind12-tune (2026-12-07, session 15, late round) --
        # self-harm in the past and well now ("used to self harm as a teen but I'm good now")
        r"\b(i\s+)?used\s+to\s+(self[\s-]?harm\w*|cut(\s+myself)?|hurt\s+myself)\b(\s+\w+){0,6}?\s+but\s+(i'?m|im|i\s+am)\s+(good|fine|ok|okay|better|doing\s+(well|good|better|fine)|clean)\s+now\b",
        r"\b(раньше|когда-?то|в\s+юности|в\s+школе)\s+(я\s+)?(резал(ась|ся)|резала\s+себя|резал\s+себя|наносил\w*\s+себе\s+порезы)\b((\s+\w+){0,6}?\s+(но\s+)?(сейчас|теперь)\s+(вс[её]\s+|я\s+)?|(?!.*\b(опять|снова|сейчас\s+режу)\b)(\s+\w+){0,8}?\s+(вс[её]\s+))(хорошо|норм|нормально|в\s+порядке|ок)\b",
        r"\b(раніше|колись|в\s+юності|у\s+школі)\s+(я\s+)?(різал(ася|ась|ся)|різався|різала\s+себе|різав\s+себе)\b((\s+\w+){0,6}?\s+(але\s+)?(зараз|тепер)\s+(все\s+|усе\s+|я\s+)?|(?!.*\b(знову|знов|зараз\s+ріжу)\b)(\s+\w+){0,8}?\s+(все\s+|усе\s+))(добре|норм|нормально|в\s+порядку|ок)\b",
        r"\b(antes|de\s+adolescente|de\s+joven|hace\s+anos)\s+me\s+(cortaba|autolesionaba|hacia\s+dano)\b(\s+\w+){0,6}?\s+(pero\s+)?(ahora|ya)\s+(estoy\s+)?(bien|mejor|limpi[oa])\b",
        # lying or sleeping "like the dead" after a night out ("весь день лежал как мертвый")
        r"\b(лежал\w*|спал\w*|валял\w*|лежав|лежала|спав|валявся)\s+(\w+\s+){0,2}?(как|як|мов|ніби|наче|неначе)\s+(мертв\w*|убит\w*|вбит\w*|труп|покойник|мерц\w*)\b",
        r"\b(slept|sleeping|lay|lying|laid)\s+(\w+\s+){0,2}?like\s+(the\s+dead|a\s+dead\s+(man|woman|person)|a\s+corpse|a\s+log)\b",
        r"\b(dormi|dormido|tirad[oa]|acostad[oa])\s+(\w+\s+){0,2}?como\s+(un\s+)?(muert[oa]|cadaver|tronco)\b",
        # -- tune36 (2026-12-07, session 15, second round) --
        # a laugh that "had me dead" ("that comedian had me dying", "this set has me deceased"), and
        # "los exámenes me tienen muerta" (worn out, not dead inside)
        r"\b(had|has|have|got|left)\s+me\s+(literally\s+|actually\s+|lowkey\s+)?(dead|dying|deceased|crying)\b(?!\s+inside\b)",
        r"\bme\s+(tiene|tienen|dejo|dejaron|tuvo)\s+(bien\s+)?muert[oa]\b(?!\s+(por\s+)?dentro\b)",
        # -- tune35 (2026-12-07, session 15) --
        # a hangover's "I want to die", with a laugh or "never drinking again" ("похмелье убивает, хочу
        # умереть, больше не пью", "esta resaca me mata, me quiero morir jaja")
        r"(?!.*\b(pills|rope|gun|plan|tonight|note|bridge|roof|таблет\w*|пігул\w*|верёвк\w*|веревк\w*|мотузк\w*|пистолет\w*|пістолет\w*|план\w*|записк\w*|мост\w*|міст\w*|крыш\w*|дах\w*|pastillas|soga|cuerda|pistola|carta|puente|azotea)\b)\b(hangover|hungover|похмель\w*|похмiл\w*|похміл\w*|бодун\w*|сушняк\w*|resaca|cruda|guayabo|chuchaqui)\b.{0,60}\b(i\s+(just\s+)?(want|wanna)\s+(to\s+)?die|(я\s+)?(хочу|хочется)\s+(умереть|сдохнуть|помереть)|(я\s+)?(хочу|хочеться)\s+(вмерти|померти|здохнути)|me\s+quiero\s+morir|quiero\s+morir(me)?)\b(?=.*\b(lol|lmao|haha\w*|jaja\w*|ахах\w*|хаха\w*|never\s+(drinking|drink|touching)|no\s+more\s+(tequila|vodka|shots|drinking)|(больше\s+)?никогда(\s+не\s+(пью|буду\s+пить))?|больше\s+никогда|більше\s+ніколи|больше\s+не\s+пью|(більше\s+)?ніколи\s+не\s+(пʼю|п'ю|пю|буду\s+пити)|більше\s+не\s+(пʼю|п'ю|пю)|nunca\s+mas(\s+(tomo|bebo|chupo|vuelvo\s+a\s+tomar))?)\b)",
        r"(?!.*\b(pills|rope|gun|plan|tonight|note|bridge|roof|таблет\w*|пігул\w*|верёвк\w*|веревк\w*|мотузк\w*|пистолет\w*|пістолет\w*|план\w*|записк\w*|мост\w*|міст\w*|крыш\w*|дах\w*|pastillas|soga|cuerda|pistola|carta|puente|azotea)\b)\b(i\s+(just\s+)?(want|wanna)\s+(to\s+)?die|хочу\s+(умереть|сдохнуть|вмерти|померти|здохнути)|me\s+quiero\s+morir)\b.{0,40}\b(this\s+hangover|hangover|hungover|похмель\w*|похміл\w*|бодун\w*|resaca|cruda|guayabo)\b",
        # a jump off a bridge into water for the heat or a swim ("so hot, jumping off the bridge for a
        # swim", "жара, прыгнем с моста искупаться", "qué calor, a tirarnos del puente a nadar"): the jump
        # and its place cut out, up to the place's noun only
        r"(?!.*\b(die|dying|dead|death|kill\w*|end\s+it|never\s+come\s+(back|up)|goodbye|умереть|умру|умер\w*|сдохн\w*|смерт\w*|помер\w*|вмерти|здохн\w*|не\s+вернуться|не\s+вернусь|прощай\w*|прощав\w*|morir\w*|muer\w*|matar\w*|suicid\w*|adios)\b)\b(so\s+hot|boiling|scorching|heatwave|жар[аеуы]|жарко|жарища|спек[аиу]|спекотно|calor|calorazo)\b.{0,50}\b(jump\w*|leap\w*|прыг\w*|сиган\w*|стриб\w*|tirar(me|nos|se)|aventar(me|nos)|saltar|brincar)\s+(\w+\s+)?(off|from|с|со|з|із|зі|del|desde\s+el)\s+(the\s+|a\s+|that\s+)?(bridge|pier|cliff|rocks?|jetty|моста|мосту|пирса|скалы|обрыва|мосту|пірсу|скелі|кручі|puente|muelle|acantilado|roca|rocas)\b",
        r"(?!.*\b(die|dying|dead|death|kill\w*|end\s+it|never\s+come\s+(back|up)|goodbye|умереть|умру|умер\w*|сдохн\w*|смерт\w*|помер\w*|вмерти|здохн\w*|не\s+вернуться|не\s+вернусь|прощай\w*|прощав\w*|morir\w*|muer\w*|matar\w*|suicid\w*|adios)\b)\b(jump\w*|leap\w*|прыг\w*|сиган\w*|стриб\w*|tirar(me|nos|se)|aventar(me|nos)|saltar|brincar)\s+(\w+\s+)?(off|from|с|со|з|із|зі|del|desde\s+el)\s+(the\s+|a\s+|that\s+)?(bridge|pier|cliff|rocks?|jetty|моста|мосту|пирса|скалы|обрыва|пірсу|скелі|кручі|puente|muelle|acantilado|roca|rocas)\b(?=\s+(\w+\s+){0,3}(for\s+a\s+swim|to\s+swim|to\s+cool\s+off|swimming|искупат\w*|купат\w*|скупат\w*|покупат\w*|освежит\w*|освіжит\w*|a\s+nadar|para\s+nadar|a\s+refrescar\w*|a\s+banar\w*|para\s+refrescar\w*)\b)",
        # a bungee jump or a rope jump off a bridge ("bungee jumping off a bridge next week", "прыгнуть с
        # тарзанки с моста", "hacer puenting")
        r"\b(bungee|bungy)\s+(jump\w*)(\s+(off|from)\s+(a|the)\s+(\w+\s+)?(bridge|tower|crane|cliff|platform|dam))?\b|\b(тарзанк\w*|банджи|банджі|роупджамп\w*|роуп\s?джамп\w*|puenting|bungee)\b",
        # going to bed "dead tired" ("me voy a dormir, estoy muerto, buenas noches"), and "хоть убей не
        # помню", "for the life of me"
        r"\b(me\s+voy\s+a\s+dormir|a\s+dormir|off\s+to\s+bed|going\s+to\s+bed|heading\s+to\s+bed|я\s+спать|иду\s+спать|йду\s+спати|я\s+спати)\b.{0,40}\b(estoy\s+muert[oa]|ando\s+muert[oa]|(i'?m|im)\s+(dead|knackered|wrecked)|я\s+(мертв\w*|труп|вырубаюсь|вирубаюсь)|вырубаюсь|вирубаюсь)\b|\b(estoy\s+muert[oa]|(i'?m|im)\s+dead|вырубаюсь|вирубаюсь)\b.{0,40}\b(me\s+voy\s+a\s+dormir|a\s+dormir|off\s+to\s+bed|going\s+to\s+bed|я\s+спать|иду\s+спать|йду\s+спати|я\s+спати|buenas\s+noches|good\s?night|night\s+all|спокойной\s+ночи|добраніч)\b",
        r"\b(хоть|хоч|хоча)\s+(убей|убейте|вбий|вбийте|убий)\b|\bfor\s+the\s+life\s+of\s+me\b|\bni\s+aunque\s+me\s+maten\b",
        # a song asked about by a line of it ("quién canta esa rola que dice ...", "what's that song
        # that goes ...")
        r"\b(quien\s+canta|como\s+se\s+llama|cual\s+es)\s+(esa|esta|la|una)\s+(cancion|rola|tema|letra)\b.{0,80}|\b(esa|esta|una)\s+(cancion|rola|tema)\s+que\s+(dice|va|canta)\b.{0,60}",
        # -- tune33 (2026-12-06, session 14) --
        # hair dye spelt "die" ("best way to die your hair", "died my roots blue")
        r"\b(die|dies|died|dying)\s+(your|my|her|his|their|ur|the|our)\s+(\w+\s+)?(hair|beard|brows|eyebrows|roots|tips|ends|bangs|fringe)\b|\bhair\s+(die|dies|dying)\b|\b(die|dying)\s+it\s+(black|blue|pink|red|purple|green|blonde|white|silver)\b",
        # better or more fun without me at a party, a trip, a match ("без меня всем будет лучше на этой
        # вечеринке", "sin mí se divierten más en la fiesta")
        r"\b(at|on|in)\s+(this|the|our|tonight'?s|that)\s+(party|trip|night\s+out|gig|game|match|team|squad|club|group\s+chat|festival|rave|dinner|wedding|event|stream|concert|holiday|vacation|hike|date)\b.{0,40}\bwithout\s+me\b|\bwithout\s+me\b.{0,40}\b(at|on|in)\s+(this|the|our|tonight'?s|that)\s+(party|trip|night\s+out|gig|game|match|team|squad|club|festival|rave|dinner|wedding|event|stream|concert|holiday|vacation|hike|date)\b",
        r"\bбез\s+меня\b.{0,40}\b(на|в|во)\s+(этой\s+|этом\s+|той\s+|том\s+|нашей\s+|нашем\s+)?(вечеринк\w*|тусовк\w*|тусе|поездк\w*|матче|команде|клубе|фестивал\w*|рейве|ужине|свадьбе|концерте|стриме|игре|пати|днюхе|празднике|походе)\b|\b(на|в|во)\s+(этой\s+|этом\s+|той\s+|том\s+|нашей\s+|нашем\s+)?(вечеринк\w*|тусовк\w*|тусе|поездк\w*|матче|команде|клубе|фестивал\w*|рейве|ужине|свадьбе|концерте|стриме|игре|пати|днюхе|празднике|походе)\b.{0,40}\bбез\s+меня\b",
        r"\bбез\s+мене\b.{0,40}\b(на|в|у)\s+(цій\s+|цьому\s+|тій\s+|тому\s+|нашій\s+|нашому\s+)?(вечірц\w*|тусовц\w*|тусі|поїздц\w*|матчі|команді|клубі|фестивал\w*|рейві|вечері|весіллі|концерті|стрім\w*|стрим\w*|грі|паті|днюсі|святі|поході)\b|\b(на|в|у)\s+(цій\s+|цьому\s+|тій\s+|тому\s+|нашій\s+|нашому\s+)?(вечірц\w*|тусовц\w*|тусі|поїздц\w*|матчі|команді|клубі|фестивал\w*|рейві|вечері|весіллі|концерті|стрім\w*|стрим\w*|грі|паті|днюсі|святі|поході)\b.{0,40}\bбез\s+мене\b",
        r"\bsin\s+mi\b.{0,40}\b(en|de)\s+(esta|este|la|el|nuestra|nuestro)\s+(fiesta|peda|reunion|viaje|partido|equipo|club|festival|cena|boda|concierto|stream|juego|carrete|previa|antro|paseo)\b|\b(en|de)\s+(esta|este|la|el|nuestra|nuestro)\s+(fiesta|peda|reunion|viaje|partido|equipo|club|festival|cena|boda|concierto|stream|juego|carrete|previa|antro|paseo)\b.{0,40}\bsin\s+mi\b",
        # a crisis line looked up for a flyer, a poster, a bar or a club ("what's the suicide hotline
        # number, it's for our club's flyer"): the topic, for others
        r"\b(suicide|crisis)\s+(prevention\s+)?(hot\s?line|help\s?line|line|number)\b(?=.{0,80}\b(flyer|poster|leaflet|website|newsletter|noticeboard|put\s+(it|them)\s+(on|up)|our\s+(club|bar|venue|school|office|team|event|festival)|the\s+(bar|club|venue)'?s?)\b)",
        r"\b(linea|numero|telefono)\s+(\w+\s+){0,2}(de\s+)?(prevencion\s+del\s+)?suicidio\b(?=.{0,80}\b(volante|cartel|folleto|poner\w*\s+en\s+(el|la|nuestro|nuestra)|el\s+bar|el\s+club|nuestro\s+(bar|club|local))\b)",
        # leaving a stream with a goodbye ("time to leave the stream, goodbye everyone", "ухожу со
        # стрима, всем пока", "me voy del stream, adiós a todos")
        r"\b(leav\w*|left|end\w*|wrap\w*\s+up|clos\w*|stop\w*)\s+(the\s+|this\s+|my\s+)?(stream|live|broadcast|vc|voice\s+chat|call|lobby|server)\b.{0,40}\b(good)?bye\s+(everyone|all|chat|guys|y'?all)\b|\b(good)?bye\s+(everyone|all|chat|guys|y'?all)\b.{0,40}\b(leav\w*|end\w*|wrap\w*\s+up|clos\w*)\s+(the\s+|this\s+|my\s+)?(stream|live|broadcast|vc|call|lobby|server)\b",
        # a goodbye post on a network asked how to word ("what should i say in my goodbye on insta")
        r"\b(good)?bye\s+(post|message|caption|video|story)?\s*(on|to|for)\s+(insta|instagram|ig|facebook|fb|twitter|x|tiktok|linkedin|discord|my\s+story|the\s+group)\b(?=.{0,80}\bwhat\s+(should|do|can)\s+i\s+(say|write|post|put)\b)|\bwhat\s+(should|do|can)\s+i\s+(say|write|post|put)\b.{0,40}\b(good)?bye\s+(post|message|caption|video|story)?\s*(on|to|for)\s+(insta|instagram|ig|facebook|fb|twitter|tiktok|linkedin|discord)\b",
        r"\bпрощальн\w*\s+(пост|сообщени\w*|видео|сторис)\s+(в|на)\s+(инст\w*|фейсбук\w*|тикток\w*|телег\w*)\b|\bпрощальн\w*\s+(пост|повідомлен\w*|відео|сторіс)\s+(в|у|на)\s+(інст\w*|фейсбук\w*|тікток\w*|телег\w*)\b|\b(post|mensaje|video|historia)\s+de\s+despedida\s+(en|para)\s+(insta\w*|face\w*|tiktok|twitter)\b",
        # an exam or a failure said to be the death of one ("me muero si repruebo")
        r"\bme\s+muero\s+si\s+(repruebo|suspendo|pierdo|me\s+(cachan|pillan|ven|corren|deja)|se\s+entera\w*|no\s+paso)\b",
        # -- tune31 (2026-12-06, session 13) --
        # dying laughing, hiding under a blanket ("i wanna die laughing at this meme", "want to disappear
        # under my blanket all weekend")
        r"\b(wanna|want\s+to|gonna|going\s+to|could|might|about\s+to)\s+die\s+(laughing|of\s+(laughter|embarrassment|shame|boredom|cringe)|from\s+(laughing|embarrassment|cringe))\b|\bdisappear\s+(under|into|in)\s+(my|the|a)\s+(blanket|duvet|covers|bed|sofa|couch|hoodie|book|game|music|room)\b",
        # "my ex is dead to me", "done with this life of partying"
        r"\b(is|'?s|are|was|were)\s+(\w+\s+)?dead\s+to\s+me\b|\bмертв\w*\s+для\s+(меня|мене)\b|\bmuert[oa]s?\s+para\s+mi\b|\b(this|that|the|my)\s+life\s+of\s+(partying|parties|drugs|using|crime|clubbing|raving|drinking|chaos)\b|\b(party|club|rave|drug|junkie)\s+(life|lifestyle)\b",
        # a lie-in wished for ("not wake up until noon", "не просыпаться до обеда", "no despertar temprano")
        r"\b(not|never|don'?t|dont)\s+wake\s+up\s+(until|till|til|before)\s+(noon|midday|lunch|lunchtime|\d+|the\s+afternoon|late|dinner)\b|\bне\s+просыпаться\s+(до\s+(обеда|полудня|вечера|\d+)|в\s+\d+|рано|на\s+работу|на\s+пары)|\bне\s+прокидатися\s+(до\s+(обіду|обіда|полудня|вечора|\d+)|о\s+\d+|рано|на\s+роботу|на\s+пари)|\bno\s+(despertar(me)?|madrugar)\s+(temprano|hasta\s+(el\s+mediodia|tarde|la\s+tarde|las\s+\d+))\b",
        # the point of a weekday morning ("what's the point of anything on a monday morning lol")
        r"\b(what'?s|whats|what\s+is)\s+(even\s+)?the\s+point\s+(of\s+(anything|it\s+all|life|getting\s+up)\s+)?(on|of)\s+(a\s+)?(monday|mondays|tuesday|tuesdays|wednesday|thursday|friday|weekday|work\s+day|workday)s?(\s+morning)?\b",
        # a goodbye to the world on the way to bed till tomorrow ("off to bed, goodbye world, see you
        # all tomorrow"); a wish that a comedown or a hangover ended ("quiero que se acabe ya este bajón")
        r"\b(bed|sleep|night\s+all|good\s?night|nite)\b.{0,30}\b(goodbye|bye)\s+(cruel\s+)?world\b.{0,30}\b(see\s+(you|ya|u)|speak|talk)\s+(\w+\s+)?(tomorrow|tmrw|tmr|in\s+the\s+morning)\b",
        r"\b(que\s+)?(se\s+)?(acabe|termine|pase|vaya)\s+(ya\s+)?(este|esta|el|la|mi)\s+(bajon|resaca|cruda|malviaje|mal\s+viaje|comedown)\b|\bpodria\s+dormir\s+(para\s+siempre|una\s+semana|un\s+ano|dias)\b",
        # somewhere one does not want to be, or a party left early ("don't want to be here at this
        # party anymore", "nobody would notice if i left the party early")
        r"\b(don'?t|dont|do\s+not)\s+(really\s+)?(want|wanna)\s+(to\s+)?be\s+here\s+(at|in|with)\s+(this|the|these)\s+(party|club|rave|festival|meeting|class|lecture|office|job|bar|pub|wedding|gig|queue|line|flat|house|city|town|people)\b",
        r"\b(notice|care|miss\s+me)\s+if\s+i\s+(left|leave|went|go|skipped|skip|ducked\s+out|snuck\s+out)\s+(\w+\s+){0,2}(party|early|club|class|meeting|work|gig|dinner|wedding|event|group|chat)\b",
        # -- tune29 (2026-12-06, session 12) --
        # a phone or a battery about to die ("my phone is about to die", "se me va a morir el celular")
        r"\b(phone|battery|laptop|cell|mobile)\s+(is\s+|'?s\s+)?(about\s+to|going\s+to|gonna)\s+die\b|\b(se\s+me\s+)?(va\s+a\s+morir|muere|murio|ha\s+muerto|esta\s+muriendo)\s+(el|mi|la)\s+(celular|cel|telefono|movil|bateria|compu|laptop|portatil|ordenador)\b",
        # the other word order (session 18, tune41): "el móvil se me ha muerto, escribo desde el portátil"
        r"\b(el|mi|la)\s+(celular|cel|telefono|movil|bateria|compu|laptop|portatil|ordenador)\s+se\s+(me\s+)?(va\s+a\s+morir|muere|murio|ha\s+muerto|esta\s+muriendo)\b",
        # dying over a match or a game watched ("i literally died watching that", "умер от этого матча")
        r"\b(died|dead|dying)\s+(watching|over|at|during)\s+(that|the|this)\s+(\w+\s+)?(match|game|final|penalty|penalties)?\b(?=.{0,60}\b(team|match|game|score|goal|murdered|thrashed|lost|won)\b)|\b(team|match|game|score|goal|murdered|thrashed)\b.{0,60}\b(i\s+)?(literally\s+)?died\s+(watching|over|at)\b",
        r"\b(умер|умерла|помер|померла|вмер|вмерла|сдох|сдохла|здох|здохла)\s+(от|від|з|после|після|на)\s+(этого\s+|того\s+|цього\s+|такого\s+)?(матч\w*|игр\w*|гри|гол\w*|финал\w*|фінал\w*|пенальт\w*)\b|\bme\s+mori\s+(con|en|viendo)\s+(el|ese|este)\s+(partido|juego|final|gol)\b",
        # tiredness and a hangover said big ("so tired i could sleep forever", "quiero que esta resaca
        # se acabe para siempre")
        r"\b(could|would|gonna|i'?d)\s+sleep\s+(for\s+)?(forever|a\s+week|days|a\s+year)\b|\b(проспал\w*|проспав|спал\w*|спав)\s+(бы|би)\s+(вечность|вічність|неделю|тиждень|год|рік)\b|\bdormiria\s+(para\s+siempre|una\s+semana)\b",
        r"\b(resaca|cruda|hangover|comedown|bajon|похмель\w*|бодун\w*|отходняк\w*|відходняк\w*)\s+(\w+\s+){0,2}(se\s+acabe|se\s+termine|se\s+vaya|to\s+(end|stop|be\s+over)|закончил\w*|прошел|прошла|прошло|скінчил\w*|минув|минула)\s+(\w+\s+)?(para\s+siempre|forever|for\s+good|навсегда|назавжди)\b",
        # an everyday nuisance wished gone for good ("want it all to stop for good, the noise from the
        # neighbours", "хочу чтобы этот шум прекратился навсегда", "que el ruido de los vecinos pare
        # para siempre"): the nuisance named within a few words of the wish
        r"\b(noise|noisy|neighbou?rs?|drilling|construction|roadworks|barking|snoring|шум\w*|сосед\w*|сусід\w*|дрел\w*|стройк\w*|храп\w*|ruido\w*|vecin\w*|taladro|obras|ladridos|ronquidos)\b(\s+\w+){0,8}?\s+(to\s+)?(just\s+)?(stop|end|be\s+over|pare|acabe|termine|se\s+acabe|se\s+termine|прекратил\w*|закончил\w*|кончил\w*|припинил\w*|закінчил\w*|скінчил\w*)\s+(\w+\s+)?(for\s+good|forever|permanently|para\s+siempre|навсегда|насовсем|назавжди)\b",
        r"\b(want|wish|need|хочу|хочется|хочеться|quiero)\s+(\w+\s+){0,3}(stop|end|be\s+over|pare|acabe|termine|прекратил\w*|закончил\w*|кончил\w*|припинил\w*|закінчил\w*|скінчил\w*)\s+(\w+\s+)?(for\s+good|forever|permanently|para\s+siempre|навсегда|насовсем|назавжди)\b(?=(\s+\w+){0,4}?\s+(noise|neighbou?rs?|drilling|construction|roadworks|barking|snoring|шум\w*|сосед\w*|сусід\w*|дрел\w*|стройк\w*|храп\w*|ruido\w*|vecin\w*|taladro|obras|ladridos|ronquidos)\b)",
        # -- tune26's probe (session 11) --
        # dying of boredom, of heat, of laughter ("dying of boredom in this queue")
        r"\b(dying|dead|died|die)\s+(of|from)\s+(boredom|laughter|laughing|embarrassment|heat|cringe|shame|cuteness|hunger|thirst)\b",
        # a song quoted ("в песне 'я хочу умереть молодым' классный припев", "the song goes ...")
        r"\b((в|у)\s+(песне|пісні|треке|треку)|in\s+the\s+song|the\s+song\s+(goes|says|called)|en\s+la\s+cancion|la\s+cancion\s+(dice|se\s+llama)|поётся|поется|співається|песня\s+называется|пісня\s+називається)\b.{0,50}",
        # -- tune26 (2026-12-06, session 11) --
        # a goodbye when leaving a group or moving ("goodbye everyone, leaving this group, moved to a
        # new city", "всем пока, выхожу из чата")
        r"\b(goodbye|bye|прощайте|прощавайте|всем\s+пока|всім\s+па(па)?|всім\s+бувайте|бувайте|adios|chau|chao)\s+(\w+\s+)?(everyone|all|guys|a\s+todos)?\b.{0,20}\b(leaving|left|quitting)\s+(this|the)\s+(group|chat|channel|server)\b.{0,60}",
        r"\b(leaving|left|quitting)\s+(this|the)\s+(group|chat|channel|server)\b.{0,40}\b(goodbye|bye)\s+(everyone|all|guys)\b",
        r"\b(всем\s+пока|прощайте|всім\s+па(па)?|всім\s+бувайте|бувайте|прощавайте|adios|chau|chao)\b.{0,30}\b(выхожу|ухожу|ливаю|виходжу|йду|me\s+salgo|salgo|dejo)\s+(из|с|з|із|del?|el)\s+(чата|группы|канала|чату|групи|каналу|grupo|chat|canal)\b.{0,60}",
        r"\b(выхожу|ухожу|ливаю|виходжу|йду|me\s+salgo|salgo|dejo)\s+(из|с|з|із|del?|el)\s+(чата|группы|канала|чату|групи|каналу|grupo|chat|canal)\b.{0,60}",
        # a wish to die felt at a film's or a series' end ("от финала сериала хотелось сдохнуть", "the
        # last episode wrecked me, wanted to die"), in the past
        r"\b(от|после|від|після|after|from|con|despues\s+de)\s+(\w+\s+)?(финал\w*|концовк\w*|сери[ия]\w*|сериал\w*|фильм\w*|фінал\w*|кінцівк\w*|серіал\w*|фільм\w*|episode|finale|ending|show|movie|film|season|el\s+final|la\s+peli\w*|la\s+serie|el\s+capitulo|la\s+temporada)\b.{0,40}\b(хотелось|хотілося|хотілось|wanted\s+to|queria|me\s+dieron\s+ganas\s+de)\s+(\w+\s+)?(сдохнуть|умереть|здохнути|вмерти|померти|die|morir\w*)\b",
        r"\b(episode|finale|ending|movie|film|show)\b.{0,40}\b(wrecked|destroyed|broke)\s+me\b.{0,40}\bwanted\s+to\s+die\b",
        # a character's death in a film or a book ("the movie ended with him jumping off the bridge")
        (
            r"\b(movie|film|show|episode|series|book|novel|фильм\w*|кино|сериал\w*|книг\w*|фільм\w*|серіал\w*|peli\w*|pelicula|serie|libro|novela)\b.{0,50}\b(him|her|he|she|the\s+(hero|heroine|guy|girl|character|main\s+character)|герой\w*|героин\w*|героїн\w*|персонаж\w*|он|она|він|вона|el\s+protagonista|la\s+protagonista|el\s+personaje)\s+(\w+\s+)?(jump\w*|kill\w*|hang\w*|shoot\w*|прыга\w*|прыгн\w*|стриба\w*|стрибн\w*|убива\w*|вбива\w*|веша\w*|віша\w*|salta\w*|tirandose|se\s+tira|se\s+mata\w*|se\s+suicida\w*|"
            # ... or lays hands on himself, ends his life (tune50): "фільм де герой накладає на себе руки"
            r"наклада\w*\s+на\s+(себя|себе)\s+руки|накладыва\w*\s+на\s+себя\s+руки|наклав\w*\s+на\s+себе\s+руки|наложил\w*\s+на\s+себя\s+руки|поконча\w*\s+с\s+собой|покінчу\w*\s+з\s+собою|ends?\s+(his|her|their)\s+(own\s+)?life|se\s+quita\w*\s+la\s+vida)\b.{0,40}"
        ),
        # -- tune23 (2026-12-06, session 10) --
        # a song heard once more, work piling up: hyperbole ("if i hear that song once more im gonna
        # jump out the window", "на работе завал, я сдохну до пятницы", "si vuelvo a oír eso me tiro")
        r"\bif\s+i\s+(have\s+to\s+)?(hear|see|read|sit\s+through|listen\s+to)\b.{0,50}\b(once\s+more|one\s+more\s+time|again)\b.{0,30}\b(i'?m|im|i'?ll|ill|i\s+will)\s+(gonna\s+|going\s+to\s+)?(jump|kill\s+myself|die|end\s+it)\b",
        r"\b(если|якщо)\s+(\w+\s+)?(еще|ещё|ще)\s+(раз|разок)\s+(услышу|увижу|почую|побачу)\b.{0,50}\b(выпрыгну|убьюсь|повешусь|вистрибну|вб'?юся|повішусь|сдохну|здохну)\b|\bsi\s+(vuelvo\s+a\s+(oir|ver|escuchar)|oigo|escucho)\b.{0,50}\b(me\s+tiro|me\s+mato|me\s+muero)\b",
        r"\b(на\s+работе|на\s+роботі|завал\w*|дедлайн\w*|сесси\w*|сесі\w*|экзамен\w*|іспит\w*|отчет\w*|звіт\w*|at\s+work|deadlines?|exams?|finals|en\s+el\s+(trabajo|laburo|jale)|la\s+chamba)\b.{0,40}\b(я\s+)?(сдохну|здохну|умру|помру|вмру|i'?ll\s+die|im\s+gonna\s+die|me\s+muero|me\s+voy\s+a\s+morir)\b(?!\s+(от|від)\s+(передоз\w*|таблет\w*))",
        # -- blind7-tune (2026-12-06, session 10) --
        # "died and came back to life" waiting in a queue ("помер і воскрес двічі", "me morí y resucité")
        r"\b(помер|помирал\w*|помирав|умер|умирал\w*|died|me\s+mori)\s+(\w+\s+){0,2}(и|і|й|and|y)\s+(воскрес\w*|ожил\w*|ожив\w*|came\s+back\s+to\s+life|resucit\w*|revivi\w*)\b",
        # -- found on blind6-tune and tune22 (2026-12-06, session 9) --
        # "I'm dead" laughing, a show that "killed me", "dead inside in the best way"
        r"\b(ору|ржу|ахах\w*|хаха\w*|lol|lmao|lmfao|jaja\w*|jeje\w*|haha\w*)\b.{0,40}\b(i'?m\s+(literally\s+)?dead|im\s+(literally\s+)?dead|я\s+(мертв\w*|умер|помер|труп)|me\s+muero|estoy\s+muert[oa])\b|\b(i'?m\s+(literally\s+)?dead|im\s+(literally\s+)?dead|я\s+(мертв\w*|умер|помер|труп)|me\s+muero|estoy\s+muert[oa])\b.{0,40}\b(ору|ржу|ахах\w*|хаха\w*|lol|lmao|lmfao|jaja\w*|haha\w*)\b",
        r"\b(dead|died|dying|killed\s+me|destroyed\s+me)\b.{0,30}\bin\s+(the|a)\s+(best|good|nice)\s+way\b",
        r"\b(song|show|series|episode|finale|chapter|capitulo|episodio|serie|cancion|сериал\w*|серіал\w*|серия|серія|песня|пісня|фильм\w*|фільм\w*|movie|film)\b.{0,60}\b(killed\s+me|destroyed\s+me|me\s+mato|убил\w*|вбив\w*|добил\w*|добив\w*)\b(.{0,30}\b(i'?m\s+(literally\s+)?(dead|deceased)|im\s+(literally\s+)?(dead|deceased)|я\s+труп|estoy\s+muert[oa])\b)?",
        r"\b(мертво|мертвецки|смертельно)\s+(устал\w*|втомил\w*|втомлен\w*|уставш\w*|хочу\s+спать|хочеться\s+спати)\b",
        r"\baburrid\w*\b.{0,50}\bme\s+muero\b|\bme\s+muero\b.{0,30}\baburrid\w*",
        # dying if an exam or a job is lost
        r"\b(i'?ll|ill|i\s+will|i'?m\s+going\s+to|im\s+going\s+to|im\s+gonna|i'?m\s+gonna)\s+die\s+if\s+(i|we)\s+(lose|fail|miss|flunk|get\s+fired|don'?t\s+(pass|get|make))\b|\bif\s+i\s+(fail|lose|miss|flunk|don'?t\s+pass|dont\s+pass|get\s+fired)\b.{0,40}\b(i'?ll|ill|i\s+will|im\s+going\s+to|i'?m\s+going\s+to|im\s+gonna|i'?m\s+gonna)\s+(literally\s+)?die\b",
        r"\bsi\s+(repruebo|pierdo|no\s+paso|no\s+apruebo|me\s+corren)\b.{0,40}\bme\s+muero\b|\b(если|якщо)\s+(завалю|не\s+сдам|не\s+здам|потеряю|втрачу|вылечу|вилечу)\b.{0,40}\b(мне|мені)\s+(конец|кінець|хана|капец|крышка)\b",
        # a dream of dying, told
        r"\b(dreamt|dreamed|had\s+a\s+dream|nightmare|приснил\w*|снилось|снился|наснил\w*|снилося|sone|sonaba|tuve\s+un\s+sueno|pesadilla)\b.{0,60}",
        # someone's old prophecy ("dad said I'd die under a fence", now a year clean)
        r"\b(said|told\s+me|says|always\s+said|used\s+to\s+say|говорил\w*|казал\w*|сказал\w*|казав|казала|казали|говорила|decia|dijo|decian)\s+(that\s+)?(i'?d|id|i\s+would|i'?ll|ill|что\s+я|що\s+я|que\s+(iba\s+a|me\s+iba\s+a|voy\s+a|me\s+voy\s+a))\s+(\w+\s+)?(die|end\s+up\s+dead|сдохну|здохну|умру|помру|вмру|morir|acabar\s+muert[oa])\b",
        # "can you die from weed?": a question about a drug
        r"\b(можна|можно|можно\s+ли|чи\s+можна|can\s+you|can\s+u|could\s+you|can\s+one|se\s+puede)\s+(\w+\s+)?(померти|умереть|помереть|die|morir\w*)\s+(\w+\s+){0,2}(від|от|from|of|por|de|con)\b|\b(від|от)\s+(\w+\s+)?(можна|можно)\s+(\w+\s+)?(померти|умереть)\b",
        # feeling like dying with a racing heart or sweat: the body (emergency_text's), not a wish
        r"\b(corazon|heart|pulse|пульс\w*|сердце|серце|sweat\w*|sudor|пот\w*|мокр\w*)\b(?!\s+(roto|broken|разбит\w*|розбит\w*))(?!.{0,80}\bpor\s+dentro\b).{0,80}\b(siento\s+que\s+me\s+muero|feel\s+like\s+i'?m\s+(actually\s+|literally\s+|really\s+)?dying|think\s+i'?m\s+(gonna|going\s+to)\s+die|(сейчас|зараз)\s+(сдохну|здохну|умру|помру))\b",
        # -- found on blind5-tune and tune21 (2026-12-06, session 8) --
        # traffic or a meeting that makes one want to disappear ("от этих пробок хочется исчезнуть")
        r"\b(this|the|these|that)\s+(\w+\s+)?(traffic|weather|heat|meeting|queue|noise|commute|job|boss|exam|class|lecture|crowd|party|song|show)\s+(makes?|made)\s+me\s+(want\s+to|wanna)\s+(disappear|vanish)\b",
        r"\b(от|від)\s+(этих|этого|этой|цих|цього|цієї|такой|такої|такого|такой)\s+(\w+\s+)?(хочется|хочеться)\s+(просто\s+)?(исчезнуть|пропасть|зникнути|щезнути)\b",
        # a show or a song that "makes me want to die"
        r"\b(episode|season|finale|show|film|movie|song|book|ending|game|match|exam|lecture|hangover)\b.{0,40}\b(makes?|made)\s+me\s+(want\s+to|wanna)\s+die\b",
        # said to rule it out: "это не про суицид", "it's not about suicide"
        r"\b(это|це|this\s+is|it'?s|its|is|no\s+es)\s+(не|not|no)\s+(про|about|sobre|de)\s+(суицид\w*|суїцид\w*|suicide|suicidio)\b",
        # a piercing, a tattoo or a shot done painlessly
        r"\b(piercing|tattoo|tatuaje|тату\w*|пирсинг\w*|пірсинг\w*|укол\w*|inject\w*|inyec\w*|depil\w*|wax\w*|shot|vein|вен\w*|vena|tooth|зуб\w*|diente)\b.{0,60}\b(painless\w*|безболезненн\w*|безболісн\w*|не\s+(больно|болело|боліло)|sin\s+(que\s+)?(duela|dolor))",
        # "carry on without me, I'll catch up"
        r"\bwithout\s+me\b.{0,30}\b(catch\s+up|later|be\s+there)\b|\bбез\s+(меня|мене)\b.{0,30}\b(догоню|наздожену|приду|прийду|позже|пізніше)\b|\bsin\s+mi\b.{0,30}\b(alcanzo|llego|luego)\b",
        r"\bstop\s+existing\s+(in|on|at|for)\b",
        # said to rule it out: "not suicidal or anything", "не суицидник", "no soy suicida"
        r"\b(not|never\s+been)\s+suicidal\b|\bне\s+(суицидн\w*|суицидал\w*|суїцидн\w*|суїцидал\w*)|\bno\s+(soy|estoy)\s+suicida\b",
        # "i'd die for a ticket", "умру за билет", "moriría por"
        r"\b(i'?d|would|i\s+would)\s+(literally\s+)?die\s+for\b|\bmoriria\s+por\b|\b(умру|помру|вмру)\s+за\b",
        # dead from tiredness ("я мёртвый от усталости", "мертвий від втоми") and a weak drug
        # ("el perico estaba muerto": the coke was bad)
        r"\b(мертв\w*|труп|dead)\s+(от|від|with|from)\s+(\w+\s+)?(усталост\w*|втоми|недосып\w*|exhaustion|tiredness)|\b(perico|coca|mota|cristal|tacha|material|merca|polvo|producto|la\s+\w+)\s+(\w+\s+)?(estaba|esta|salio|era)\s+muert[oa]\b",
        # dead tired after a shift: "я мертвий після нічної зміни", "muerto después del turno"
        r"\b(мертв(ый|ая|ий|а)|труп|dead|muert[oa])\s+(после|після|after|despues\s+de(l)?)\b",
        # ... said after the shifts ("после трёх смен подряд я никакой, мертвый просто")
        (
            r"\b(после|після|after|tras|despues\s+de(l)?)\s+(\w+\s+){0,3}(смен\w*|змін\w*|shifts?|turnos?|работы|роботи|work|пар|тренировк\w*|тренуван\w*|workout|gym|chamba)\b"
            r"(\s+\w+){0,5}?\s+(мертв(ый|ая|ий|а)|труп|dead|muert[oa])\b"
        ),
        # "как не навредить себе на вечеринке": how to stay safe, not a wish to be hurt; so is
        # harming oneself less (late round, session 22: "як собі менше нашкодити на солі")
        r"\b(как|як|how|como)\s+(\w+\s+)?(not\s+to|не|no|меньше|поменьше|менше|поменше|less|менее|наименее)\s+(навредить|навредити|нашкодить|нашкодити|поранить|поранити|hurt|harm|lastimar\w*|hacer(me|te|se)\s+dano)\s+(себе|собі|myself|yourself|oneself)?",
        # "my boss is going to kill me", "this exam will be the death of me", "me va a matar"
        r"\b(is|are|'?s|gonna|going\s+to|will)\s+(be\s+the\s+death\s+of\s+me|kill\s+me)\b|\bme\s+va\s+a\s+matar\b|\bme\s+van\s+a\s+matar\b|\b(меня|мене)\s+(убьет|убьёт|вб'?є|уб'?є)\b|\b(убьет|убьёт|вб'?є)\s+(меня|мене)\b|\bв\s+(гроб|могилу|труну)\s+(\w+\s+)?(загонит|сведет|зажене|зведе)|\b(загонит|сведет|зажене|зведе)\s+(\w+\s+)?в\s+(гроб|могилу|труну)",
        r"\b(умираю|помираю|вмираю)\s+(как|як)\s+(хочу|хочется|хочеться)\b|\bme\s+muero\s+si\s+no\b|\bi'?ll\s+die\s+if\s+i\s+(don'?t|dont|can'?t|cant)\b",
        # burns from a pipe or a lighter: safer smoking ("me quemo los dedos y los labios con la
        # pipa", "keep burning my lips on the pipe")
        (
            r"\bme\s+(quemo|queme)\s+(los|las|la|el|mis)\s+(dedos|labios|boca|lengua|manos|yemas)\b.{0,40}\b(pipa|pipas|mechero|encendedor|lata|vidrio|chispa)\b|"
            r"\b(burn|burning|burnt|burned)\s+my\s+(lips|fingers|fingertips|mouth|thumb)\s+(on|with|from)\s+(the\s+|my\s+|a\s+)?(\w+\s+)?(pipe|lighter|torch|foil)\b"
        ),
        # an everyday thing that hurt ("se me metió una piedrita en la chancla y me lastimó", "me
        # pegué con la puerta y me hice daño", "el zapato nuevo me lastima"): "me lastimó" is it
        # hurt me (the accent is lost in folding), no self-harm; never with a blade, on purpose,
        # again or wanting to
        (
            r"\b(piedr\w*|zapat\w*|tenis|botas?|chancla\w*|sandalia\w*|calzado|puerta|mueble\w*|"
            r"escalon\w*|escalera\w*|tropec\w*|tropez\w*|me\s+cai|resbal\w*|pelota|balon|"
            r"perro|gato|abeja|avispa|espina\w*|astilla\w*|ampolla\w*)\b(?:\s+\S+){0,10}?\s+"
            r"(me\s+(lastimo|lastime|lastima|hice\s+dano|hizo\s+dano|hace\s+dano))\b"
            r"(?!.{0,60}\b(a\s+proposito|otra\s+vez|de\s+nuevo|quiero|queria|navaja|cuchilla|cortar\w*|"
            r"brazos?|munecas?|no\s+puedo\s+parar)\b)"
        ),
        r"\bme\s+(quemo|queme)\s+(con\s+el\s+sol|en\s+la\s+playa|la\s+mano|cocinando|por\s+dentro|de\s+calor)|\b(siento\s+que|como\s+si)\s+me\s+quemo\b|\bhit\s+myself\s+(on|against)\s+the\b",
        r"\b(me\s+corto|me\s+corte|cortarme|cortandome|me\s+voy\s+a\s+cortar|cutting|cut|cuts)\s+(my\s+|el\s+|las\s+|los\s+|la\s+)?(pelo|unas|barba|cabello|fleco|flequillo|hair|nails|beard|bangs|fringe)\b",
        r"\bsuicid\w*\s+(tuesday|tuesdays|squad|doors?|blonde|run|mission)\b|\bсуицидальн\w*\s+вторник\w*|\bсуїцидальн\w*\s+вівтор\w*|\bmartes\s+suicida",
        r"\d+\s+kms\b|\bkilling\s+myself\s+(laughing|with\s+laughter)|\bkill\s+myself\s+laughing",
        r"\bвыпил\w*\s+(из|с)\s+(этого\s+|этой\s+)?(чата|группы|канала|беседы|телеги|соцсетей|переписки)",
        r"\b(almost|nearly|practically)\s+(died|die|dead)\b|\bthought\s+i\s+was\s+(dying|going\s+to\s+die|gonna\s+die)\b|\bcould\s+(just\s+)?die\s+(for|of|from)\b|\b(bored|tired|hungry|hot|cold)\s+(that\s+)?i\s+could\s+die\b",
        r"\b(чуть|едва|чуть-чуть)\s+не\s+(умер|умерла|сдох|сдохла|помер|померла)\b|\b(мало|ледь|ледве)\s+не\s+(помер|померла|здох|здохла|вмер|вмерла)\b|\bcasi\s+me\s+muer[oe]\b|\bme\s+muero\s+(por|de)\b(?!\s+(una\s+|la\s+|un\s+)?(sobredosis|od|overdosis)\b(?!.{0,30}\b(risa|hambre|ganas|sueno|frio|calor|amor|verguenza)\b))|\btan\s+\w+\s+que\s+me\s+muero\b",
        r"\b(скучно|жарко|холодно|нудно|спекотно)\s+(\w+\s+)?(что|що)\s+(можно\s+|можна\s+)?(помереть|умереть|сдохнуть|померти|здохнути)|\b(помру|умру|сдохну|здохну)\s+(если|якщо)\s+не\b",
        r"\bpeso\s+muerto\b|\bdead\s*lifts?\b|\bмертв(ая|ой|ую)\s+тяг\w*|\bмертв(а|ої|у)\s+тяг\w*",
        r"\bdead\s+(tired|serious|sure|inside\s+lol|drunk|broke|wrong)\b|\b(ending|end)\s+(things|it)\s+with\b|\bgoodbye\s+to\s+(heroin|meth|drugs|coke|alcohol|fent\w*|using)\b|\b(over|end)\s+(the|this)\s+(weekend|party|festival|summer)\b",
        r"\bdying\s+(to|for)\b|\bdied\s+laughing\b|\bdying\s+laughing\b|\bkill(s|ing)?\s+(the|my)\s+(vibe|buzz|high|comedown|pain)\b",
        r"\bубойн\w*|\bумереть\s+со\s+смеху|\bубиться\s+(в\s+хлам|в\s+ноль)|\bубитый\b|\bубит[аы]?й?\b",
        r"\b(muero|morir|morirme)\s+de\s+(la\s+)?(risa|ganas|hambre|sueno|verguenza|pena|sed|calor|frio|aburrimiento|envidia)",
        r"\bdie\s+of\s+(embarrassment|boredom|laughter|shame|cringe)\b",
        # "i think im gonna die, my chest hurts from laughing", "me voy a morir, no paro de reir"
        r"\b(gonna|going\s+to|will|i'?ll)\s+die\b(?=.{0,50}\blaugh)|\bme\s+voy\s+a\s+morir\b(?=.{0,50}\b(risa|reir)\b)",
        r"\bумереть\s+не\s+встать\b|\bпомерти\s+не\s+встати\b|\bme\s+dej\w*\s+muert[oa]\b|\bquede\s+muert[oa]\b",
        r"\b(умру|умереть|сдохнуть|помереть|сдохну|помру)\s+(от|со)\s+(стыда|скуки|смеха|жары|голода|холода|усталости)",
        r"\b(помру|померти|здохну|здохнути|вмерти)\s+(від|з)\s+(сорому|нудьги|сміху|спеки|голоду|втоми)",
        # -- found on blind4-tune and tune19 (2026-12-06, session 6) --
        # cut myself shaving or cooking
        r"\b(shaving|shave|shaved|cooking|chopping|slicing|cutting\s+(veg\w*|onions?|bread|limes?))\b.{0,40}\bcut\s+myself\b|\bcut\s+myself\s+(again\s+)?(shaving|cooking|chopping|on\s+(a|the|some|my)|with\s+(a|the)\s+(kitchen|bread|tin|can))\b",
        # logging off for the night with a goodbye
        r"\b(logging|signing|heading|going)\s+off\s+(for\s+(the\s+night|today|tonight|now)|to\s+(bed|sleep))\b.{0,20}\b(good)?bye\s+(everyone|all)\b|\b(good)?bye\s+(everyone|all)\b.{0,20}\b(see\s+you|till\s+tomorrow|for\s+(the\s+night|today|now))\b",
        # a film, a book, the news about suicide: the topic, not the person's wish
        r"\b(documentary|doc|film|movie|show|series|episode|book|article|podcast|video|news|lecture|report|talk|play)\s+((piece|story|item|segment|clip)\s+)?(about|on)\s+(\w+\s+){0,2}(suicide|self[\s-]?harm)\b",
        # suicide statistics and rates in the news (tune44): the topic, not the person's wish ("suicide
        # rates among young men", "el número de suicidios subió", "статистика самоубийств")
        r"\bsuicide\s+(rates?|statistics|stats|figures|numbers|data|deaths)\b|\b(rates?|statistics|numbers?|number)\s+of\s+suicides\b|\bsuicides\s+(among|in|are\s+(up|down|rising|falling)|(have\s+)?(gone|went)\s+(up|down)|rose|fell|rise)\b",
        r"\b(tasas?|cifras?|estadisticas?|numero|aumento|subida)\s+de\s+(los\s+)?suicidios\b|\b(subieron|aumentaron|bajaron|crecieron|suben|aumentan|bajan|crecen|se\s+dispararon)\s+(\w+\s+)?(los\s+)?suicidios\b|\bsuicidios\s+(subieron|aumentaron|bajaron|crecieron|suben|aumentan|bajan|crecen|en\s+(jovenes|adolescentes|hombres|mujeres|mexico|espana))\b",
        r"\b(уровень|статистик\w*|числ[оа]|количеств\w*|рост\w*|рівень|кількість|кількості|зростання)\s+(\w+\s+)?(самоубийств|суицидов|самогубств|суїцидів)\b",
        r"\b(фильм\w*|кино|сериал\w*|книг\w*|стать\w*|передач\w*|видео|ролик\w*|новост\w*|подкаст\w*|лекци\w*|документалк\w*|спектакл\w*)\s+(про|о|об)\s+(\w+\s+){0,2}(самоубийств\w*|суицид\w*|самоповрежд\w*)",
        r"\b(фільм\w*|кіно|серіал\w*|книг\w*|статт\w*|передач\w*|відео|ролик\w*|новин\w*|подкаст\w*|лекці\w*|документалк\w*|виставу)\s+(про|о)\s+(\w+\s+){0,2}(самогубств\w*|суїцид\w*|самоушкодж\w*)",
        r"\b(peli\w*|documental|serie|libro|articulo|video|noticia\w*|podcast|platica|charla|obra)\s+(sobre|de|acerca\s+de)\s+(\w+\s+){0,2}(suicidio|autolesion\w*)\b",
        # a song quoted ("that song goes ...", "в песне поётся ...", "la canción dice ...")
        r"\b(song|lyrics?|chorus|track)\s+(that\s+)?(goes|says|where\s+(he|she|they)\s+(sings?|says))\b.{0,60}",
        r"\b(в\s+песне|песня|в\s+припеве|у\s+пісні|в\s+пісні|пісня|у\s+приспіві)\s+(\w+\s+)?(поется|поют|поет|говорится|співають|співає|співається|йдеться)\b.{0,60}",
        r"\b(la\s+cancion|la\s+rola|el\s+coro|la\s+letra)\s+(que\s+)?(dice|va|canta)\b.{0,60}",
        r"\b(don'?t|dont|do\s+not)\s+want\s+to\s+live\s+forever\b",
        # someone's worry about me, which I answer ("she reckons i'm killing myself. i'm not")
        r"\b(reckons|thinks|says|believes|worries|is\s+(worried|scared|afraid|convinced))\s+(that\s+)?((i'?m|im|i\s+am)\s+killing\s+myself|(i'?ll|ill|i\s+will|i'?m\s+going\s+to|im\s+gonna)\s+end\s+up\s+dead)\b",
        r"\b(думает|считает|говорит|боится|уверена|уверен)\s+(что\s+)?я\s+(себя\s+)?(гублю|убиваю|угроблю|загублю)(\s+себя)?\b|\b(думає|вважає|каже|боїться|впевнена|впевнений)\s+(що\s+)?я\s+(себе\s+)?(гублю|гроблю|вбиваю|загублю)(\s+себе)?\b|\b(cree|piensa|dice|teme)\s+que\s+me\s+(estoy\s+matando|voy\s+a\s+matar|voy\s+a\s+morir)\b",
    ]
)

# Harming oneself said in other words: a self word next to a harming verb ("я себя убью",
# "навредила себе", "себе вб'ю").
_SELF = frozenset({"себя", "себе", "собі"})
_HARM = re.compile(
    r"(убью|убить|убила|убил|убиваю|навредить|навредила|навредил|наврежу|поранить|пораню|искалечить|царапаю|"
    r"прижигаю|жгу|режу|порежу|бью|дряпаю|припікаю|палю|ріжу|поріжу|б'?ю|резал|резала|резать|порезала|порезал|"
    r"різала|різав|різати|порізала|порізав|изрезать|изрежу|исполосовать|исполосую|изуродовать|порізати|зранити|"
    r"вб'?ю|вбити|вбиваю|уб'?ю|нашкодити|нашкодила|нашкодив|нашкоджу|поранити|скалічити)"
)


@lru_cache(maxsize=65536)
def _is_harm(word: str) -> bool:
    return _HARM.fullmatch(word) is not None


@lru_cache(maxsize=65536)
def _is_end(word: str) -> bool:
    return _END_WORDS.fullmatch(word) is not None


def _self_harm_words(folded: str) -> bool:
    words = folded.split()
    return any(
        _is_harm(words[j])
        for i, word in enumerate(words)
        if word in _SELF
        for j in range(max(0, i - 2), min(len(words), i + 3))
        if j != i
    )


# Wanting not to be, said in words of one's own: a word about dying, ending or not existing a few
# words from a word of wanting or intending said by the person ("thinking of ending things",
# "хочу просто перестать существовать", "soy una carga ... si me muero"), unless it is a fear or a
# question about a drug ("can I die from ket?", "можно ли умереть от"), or about someone else
# ("I think he's dead" is an emergency).
_END_WORDS = re.compile(
    r"die|died|dead|death|dying|unalive|умереть|умер|умерла|умру|смерть|смерти|мертв\w*|покончить|сдохнуть|сдохну|"
    r"помереть|помру|померти|помер|померла|смерті|покінчити|здохнути|здохну|вмерти|"
    r"morir|morirme|muero|muera|muerto|muerta|muerte"
)
_INTENT_WORDS = frozenset(
    """
i i'm im i'd id i'll myself want wanna wish thinking think plan planning tonight going gonna decided ready
я мне меня себя хочу хочется хотел хотела хотелось думаю думала решил решила сегодня собираюсь лучше
мені мене себе хочу хочеться хотів хотіла думаю вирішив вирішила сьогодні збираюся краще
yo me quiero quisiera quisera pienso pensando ojala hoy decidi voy mejor
""".split()  # noqa: SIM905 - word lists read better as text
)
_OTHER_PERSON = frozenset(
    """
he's hes she's shes they're theyre he she they him her his friend friends bf gf boyfriend girlfriend roommate brother sister dad mom mum
он она они его ее её друг подруга парень девушка брат сестра сосед муж жена
він вона вони його її друг подруга хлопець дівчина брат сестра сусід чоловік дружина
someone somebody people guy girl man woman кто-то кто человек люди хтось людина alguien gente
el ella ellos amigo amiga novio novia hermano hermana vecino compa carnal compañero companero tipo
plant party battery phone game chat vibe телефон батарея вечеринка туса телефон вечірка fiesta celular bateria
""".split()  # noqa: SIM905 - word lists read better as text
)
_FEAR_OR_QUESTION = re.compile(
    r"\b(can|could|will|would|might|should)\s+(i|you|u|someone|a\s+person)\b|\b(scared|afraid|worried|fear)\b|"
    r"\bif\s+i\s+(take|mix|use|do|combine|drink|smoke)\b|\bможно\s+ли\b|\bмогу\s+ли\b|\bбоюсь\b|\bстрашно\b|"
    r"\bесли\s+(я\s+)?(приму|смешаю|приму|выпью|употреблю)\b|\bчи\s+можна\b|\bчи\s+можу\b|\bбоюся\b|"
    # "think i'm dying", "siento que me muero", "кажется, я умираю": fear of a body in trouble, not a wish
    r"\b(think|thought|feel\s+like|feels\s+like|like)\s+(i'?m|im|i\s+am)\s+(gonna\s+|going\s+to\s+|about\s+to\s+)?(dying|die)\b|"
    # "my chest hurts, am i dying" (tune40): asked of the body, not wished
    r"\bam\s+i\s+(dying|gonna\s+die|going\s+to\s+die|having\s+a\s+heart\s+attack)\b|"
    r"\b(siento|creo)\s+(que|q|k)\s+me\s+(muero|voy\s+a\s+morir)\b|\b(кажется|по\s+ходу|думаю)\s+(что\s+)?(я\s+)?(умираю|помираю)\b|"
    r"\b(здається|схоже|думаю)\s+(що\s+|шо\s+)?(я\s+)?(помираю|вмираю|умираю)\b|"
    r"\bякщо\s+(я\s+)?(прийму|змішаю|вип'?ю|вживу)\b|\bse\s+puede\b|\bpuedo\b|\bmiedo\b|\bsi\s+(tomo|mezclo|consumo|uso)\b"
)


# The heart or chest in trouble, then "I'm going to die" (blind13-tune: "el corazon desbocado y un
# dolor en el pecho despues del speed, me voy a morir??"): fear of the body, not a wish to die, when
# the emergency rules give the card for it (``_crisis_in``); a broken heart is no body in trouble.
_BODY_FEAR = re.compile(
    r"\b(heart|chest|corazon|pecho|сердце|серце|груд\w*)\b(?!\s+(roto|rota|partido|is\s+broken|разбито|розбите))"
    r".{0,80}\b((i'?m|im|i\s+am)\s+(gonna|going\s+to|about\s+to)\s+die|me\s+voy\s+a\s+morir|(я\s+)?(умру|помру|вмру|сдохну|здохну))\b"
)


_LAUGHING = frozenset("lol lmao haha hahaha jaja jajaja xd лол хаха ахах ахаха хахах".split())  # noqa: SIM905
_LIMITED = frozenset(
    [
        *"todo esto everything it all собой всем жизнью этим собою усім всім життям цим".split(),  # noqa: SIM905
        "mi vida",
    ]
)


# "dead" said of what is ("I'm dead" after an exam, "the plants are dead"), and a past death told
# (someone or something died), unless wished ("бы умер", "should have died") (tune42)
_IS_DEAD = frozenset("im i'm am are is it's its".split())  # noqa: SIM905
_DIED = frozenset(
    "died умер умерла умерли помер померла померли вмер вмерла вмерли murio murieron fallecio".split()  # noqa: SIM905
)
# "el madrid ha muerto hoy", "la batería ha muerto": something or someone else has died, told (the
# third person of "haber"; "me he muerto" is the writer's own figure) (blind19-tune)
_HAS_DIED = frozenset("ha han habia habian hubo".split())  # noqa: SIM905
_WOULD_HAVE = frozenset("бы б have had 've".split())  # noqa: SIM905


def _wish_near_end(folded: str) -> bool:
    words = folded.split()
    if _LAUGHING.intersection(words):
        return False  # "i almost died when he showed up lol"
    for n, word in enumerate(words):
        if not _is_end(word):
            continue
        if word in ("died", "умер", "умерла", "помер", "померла") and words[n - 1 : n] in (
            ["i"],
            ["я"],
        ):
            continue  # "I died when I saw that": said of oneself in the past, a figure of speech
        if _OTHER_PERSON.intersection(words[max(0, n - 2) : n]):
            continue  # "my phone died and I lost everything", "he's dying and I": not the person's wish
        if word == "dead" and words[n - 1 : n] and words[n - 1] in _IS_DEAD:
            continue  # "that exam destroyed me, I'm dead", "my plants are dead again" (tune42)
        if word in _DIED and not (words[n - 1 : n] and words[n - 1] in _WOULD_HAVE):
            continue  # "моя зарплата умерла раньше меня": something died, told; not a wish (tune42)
        if (
            word in ("muerto", "muerta", "muertos", "muertas")
            and words[n - 1 : n]
            and (words[n - 1] in _HAS_DIED)
        ):
            continue  # "el madrid ha muerto hoy": something died, told (blind19-tune)
        if (
            word in ("terminar", "acabar", "ending", "end", "покончить", "покінчити")
            and n + 2 < len(words)
            and words[n + 1] in ("con", "with", "с", "со", "з", "із")
        ):
            target = words[n + 2]
            if target == "mi":
                target = "mi vida" if words[n + 3 : n + 4] == ["vida"] else "mi"
            if target not in _LIMITED:
                continue  # "terminar con mi dealer", "ending things with"
        for m in range(max(0, n - 4), min(len(words), n + 3)):
            if m != n and words[m] in _INTENT_WORDS:
                if _OTHER_PERSON.intersection(words[max(0, m - 2) : m]):
                    continue  # "saying he's gonna die": someone else's words
                between = words[min(m, n) + 1 : max(m, n)]
                if not _OTHER_PERSON.intersection(between):
                    return True
    return False


_FAREWELL = compile_any(
    [
        # -- found on blind5-tune (2026-12-06, session 8) --
        # goodbye with "tell mum I'm sorry", "скажите маме что я её люблю", "díganle a mi mamá que lo siento"
        r"\btell\s+(my\s+)?(mum|mom|dad|mother|father|family|kids|wife|husband|sister|brother|everyone)\s+(that\s+)?(i'?m|im|i\s+am|i)\s+(so\s+)?(sorry|love)\b",
        r"\b(скажите|передайте|скажи|передай)\s+(маме|папе|родным|семье|детям|всем|сестре|брату|маме\s+и\s+папе)\s+(что\s+)?(\w+\s+){0,3}(прост\w*|люблю|жаль)\b",
        r"\b(скажіть|передайте|скажи|передай)\s+(мамі|татові|рідним|сім'?ї|дітям|всім|усім|сестрі|брату)\s+(що\s+)?(\w+\s+){0,3}(шкода|пробач\w*|прост\w*|люблю)\b",
        r"\b(diganle|dile|digale|decidle|diles)\s+a\s+(mi\s+)?(mama|papa|madre|padre|familia|hij[oa]s|herman[oa]|todos)\s+que\s+(lo\s+siento|l[oa]s?\s+quiero|me\s+perdone\w*)\b",
        # "thanks for everything, carry on without me", "спасибо, но дальше без меня", "gracias, sigan sin mí"
        r"\b(thank\w*|sorry|bye|спасибо|простите|прощайте|дякую|пробачте|бувайте|gracias|perdon\w*|adios)\b.{0,80}\b((carry|go)\s+on\s+without\s+me|дальше\s+(\w+\s+){0,2}без\s+меня|далі\s+(\w+\s+){0,2}без\s+мене|(sigan|seguid|continuen)\s+sin\s+mi)\b",
        r"\b(saying\s+(good)?bye|goodbye\s+everyone|goodbye\s+all|bye\s+(to\s+)?(everyone|whoever|all)|прощайте|прощавайте|me\s+despido|adios\s+a\s+todos)\b.{0,40}\b(thank\w*|thanks|спасибо|дякую|gracias)\b",
        # the other order (tune23): "дальше как-нибудь без меня, простите", "seguid sin mí, perdón"
        r"\b((carry|go)\s+on\s+without\s+me|дальше\s+(\w+\s+){0,2}без\s+меня|далі\s+(\w+\s+){0,2}без\s+мене|(sigan|seguid|continuen)\s+sin\s+mi)\b.{0,40}\b(sorry|forgive\s+me|простите|прости|пробачте|вибачте|пробач|вибач|perdon\w*|bye|прощайте|бувайте|adios)\b",
        # a goodbye to all and "no more suffering" (blind18-tune, late round): "прощаюсь со всеми,
        # больше не хочу мучиться", "goodbye everyone, i dont want to hurt anymore"; not a job left
        (
            r"\b(прощаюсь\s+со\s+всеми|прощаюся\s+з\s+(усіма|всіма)|всем\s+прощайте|всім\s+прощавайте|me\s+despido\s+de\s+todos|adios\s+a\s+todos|goodbye\s+(to\s+)?(everyone|all|you\s+all)|saying\s+goodbye\s+to\s+(everyone|you\s+all))\b"
            r"(?!.{0,80}\b(работ\w*|роботи|роботу|trabajo|empresa|curro|chamba|job|office|офис\w*|офіс\w*|school|escuela|школ\w*)\b)"
            r".{0,60}\b((ya\s+)?no\s+quiero\s+(sufrir|seguir\s+sufriendo)|больше\s+не\s+хочу\s+(мучиться|страдать)|не\s+хочу\s+больше\s+(мучиться|страдать)|більше\s+не\s+хочу\s+(мучитися|страждати)|не\s+хочу\s+більше\s+(мучитися|страждати)|(don'?t|dont|do\s+not)\s+want\s+to\s+(suffer|hurt)\s+(any\s*more|no\s+more))\b"
        ),
        # "я прощаюсь со всеми. спасибо что были", "всем пока. спасибо что терпели меня"
        r"\b(прощаюсь|прощаюся|попрощаться|попрощатися|всем\s+пока|всем\s+прощайте|всім\s+па(па)?|всім\s+бувайте|me\s+despido|bye\s+(to\s+)?(you\s+all|y'?all|everyone|everybody))\b.{0,40}\b(спасибо\s+(что|за\s+то)|дякую\s+(що|за\s+те)|gracias\s+por\s+(haber|estar|todo|aguantar\w*|soportar\w*)|thanks?\s+(you\s+)?for\s+(putting\s+up|being|everything|all))\b",
    ]
)


# -- indirect signs, by kind: words of two kinds together -------------------------------------------
#
# People close to suicide often say it without the words: a goodbye and "it's time", the means
# ready, no future, tired of waking up, hoping the next shot is the last, an overdose on purpose.
# Each kind below is one or two classes of words in the four languages; a kind counts when its
# classes meet (and its harmless readings, a holiday, a work alarm, quitting, are absent).
def _any(*patterns: str) -> WordStartPatterns:
    return compile_any(list(patterns))


_KIND = {
    # a goodbye: "said my goodbyes", "попрощался", "me despedí"
    "farewell": _any(
        r"\b(said|saying|say|to\s+say)\s+(my\s+)?(good)?byes?\b|\b(hugged|kissed|called)\s+(\w+\s+){0,3}(good)?bye\b",
        r"\bпопроща\w*|\bпрощани\w*|\bпрощаюсь\b|\bпрощан\w*|\bпрощаюся\b",
        r"\bme\s+despedi\b|\bdespedirme\b|\bme\s+despido\b|\bdecir\s+adios\b|\bdespedi\w*\s+de\s+todos\b",
    ),
    # "it's time", "пора", "ya es hora", "I'm ready", "tonight is the night": said last, about oneself
    "time": _any(
        r"\b(it'?s|its|it\s+is)\s+time(\s+now)?\s$|\b(i'?m|im|i\s+am)\s+ready(\s+now)?\s$|\btonight(\s+is|'?s)\s+the\s+night\b",
        r"\bпора(\s+уже|\s+мне)?\s$|\bпора\s+уходить\b|\bя\s+готов[аи]?\s$|\bсегодня\s+та\s+самая\s+ночь\b",
        r"\bпора(\s+вже|\s+мені)?\s$|\bчас\s+іти\b|\bя\s+готов(ий|а)\s$|\bсьогодні\s+та\s+сама\s+ніч\b",
        r"\b(ya\s+)?es\s+(la\s+)?hora\s$|\b(ya\s+)?estoy\s+list[oa]\s$|\bhoy\s+es\s+la\s+noche\b",
        r"\b(теперь|тепер)\s+(уже\s+|вже\s+)?(можно|можна)\s$|\bnow\s+i\s+can\s+go\s$|\bahora\s+si\s+(ya\s+)?(puedo\s+irme|me\s+puedo\s+ir)\b",
    ),
    # "she doesn't know it's the last time": a secret last meeting
    "secret_last": _any(
        r"\b(doesn'?t|doesnt|don'?t|dont|do\s+not|does\s+not)\s+know\s+(it'?s|its|that|it\s+is|this\s+is)\s+(\w+\s+)?(the\s+)?last\s+time\b",
        r"\bне\s+зна(ет|ют)\s+что\s+(это\s+)?(в\s+)?последн\w*\s+раз\b|\bне\s+зна(є|ють)\s+що\s+(це\s+)?(востаннє|(в\s+)?останн\w*\s+раз)\b",
        r"\bno\s+sabe\w*\s+que\s+es\s+la\s+ultima\s+vez\b",
    ),
    # "this is my last message" + "thank you for everything"
    "last_message": _any(
        r"\blast\s+message\b|\bпоследнее\s+(\w+\s+)?сообщение\b|\bостаннє\s+(\w+\s+)?повідомлення\b|\bultimo\s+mensaje\b"
    ),
    # "it wasn't your fault", "ты ни в чём не виновата", "no es tu culpa" (tune38): said with a last message
    "not_your_fault": _any(
        r"\b(it\s+)?(wasn'?t|wasnt|isn'?t|isnt|is\s+not|was\s+not|not)\s+(your|ur|anyone'?s|anybodys|anybody'?s)\s+fault\b|\bnone\s+of\s+(this|it)\s+(is|was)\s+(your|ur|anyone'?s)\s+fault\b|\bnobody'?s\s+fault\b|\bdon'?t\s+blame\s+yoursel(f|ves)\b",
        r"\bне\s+(твоя|ваша)\s+(вина|провина)\b|\b(ни|ні)\s+(в|у)\s+(ч[её]м|чому)\s+не\s+винн?\w*|\bникто\s+не\s+винов\w*|\bніхто\s+не\s+винн\w*|\bне\s+вини\w*\s+себя\b|\bне\s+вин(і|у)\w*\s+себе\b",
        r"\bno\s+(es|fue)\s+(tu|su|vuestra)\s+culpa\b|\bnadie\s+tiene\s+la\s+culpa\b|\bno\s+te\s+culpes\b",
    ),
    "thanks_all": _any(
        r"\bthank(s|\s+you)\s+(\w+\s+)?for\s+everything\b|\bспасибо\s+(\w+\s+)?за\s+вс[её]\b|\bдякую\s+(\w+\s+)?за\s+(все|усе)\b|\bgracias\s+(\w+\s+)?por\s+todo\b"
    ),
    # the means: a rope, a gun
    "means": _any(
        r"\b(rope|noose|gun|pistol|веревк\w*|верёвк\w*|петл[яюи]\w*|ствол|пистолет\w*|мотузк\w*|зашморг\w*|пістолет\w*|cuerda|soga|pistola)\b"
    ),
    # ... ready or checked, or the person knows what for
    "ready": _any(
        r"\bready\b|\bprepared\b|\bpreparad[oa]s?\b|\bприготов\w*|\bприготува\w*|\bпідготува\w*|\bпідготовл\w*|\bchecked\b|\bholds\b|\b(is|are)\s+(up|hung|hanging|tied)\b|\bcourage\b|\bknow\s+what\s+i'?m\s+doing\b|\bвисит\b|\bвисить\b|\bрешиться\b|\bнаважитися\b|\bcolgad[oa]\b|\bvalor\b|\bcolgue\b|\bhung\b|\bsorted\b|\bbought\b|\bgot\s+(it|one|the)\b|\bкупил\w*|\bкупив\b|\bкупила\b|\bcompre\b|\bconsegui\b|\b(в|у)\s+гараж\w*|\ben\s+el\s+garage\b|\bin\s+the\s+garage\b|\bповесил\w*|\bповісив\w*|\bповісила\b|\bпривязал\w*|\bприв'?язав\w*|\bзакрепил\w*|\bзакріпив\w*|\bготов\w*|\bпроверил\w*|\bвыдержит\b|\bзнаю\s+зачем\b|\bперевіри\w*|\bвитримає\b|\bзнаю\s+навіщо\b",
        r"\blist[oa]s?\b|\bcomprobe\b|\baguanta\b|\bse\s+para\s+que\b",
        # knows what the rope is for ("знаю що з нею зробити", "sé qué hacer con ella")
        r"\bзнаю\s+(что|що|шо)\s+(с|з)\s+(ней|ним|нею)\s+(сделать|делать|зробити|робити)\b|\bknow\s+what\s+to\s+do\s+with\s+it\b|\bse\s+que\s+hacer\s+con\s+ella\b",
        # only the nerve is missing ("solo me falta animarme", "осталось решиться", "лишилось наважитись")
        r"\banimarme\b|\batreverme\b|\bnerve\b|\bguts\b|\bнаважитись\b|\bнаважуся\b|\bнаважусь\b|\bрешусь\b|\bосмелиться\b",
        # at hand: "I have the rope in my car", "веревка у меня в машине", "tengo la cuerda en el coche"
        r"\bin\s+(my|the)\s+(car|trunk|bag|backpack|room|pocket)\b|\b(в|у)\s+(машине|машині|багажнике|багажнику|сумке|сумці|рюкзаке|рюкзаку|кармане|кишені|комнате|кімнаті)\b|\ben\s+(el|mi|la)\s+(coche|carro|auto|maletero|cajuela|mochila|bolsa|cuarto|habitacion|bolsillo)\b",
    ),
    # kept in an outbuilding or a store room ("in the shed", "в сарае", "en la cochera"): a rope
    # there is a crisis only with waiting, "already" or despair beside it (``_indirect``)
    "outbuilding": _any(
        r"\bin\s+(my|the)\s+(shed|basement|cellar|attic|loft|closet|wardrobe|lockup)\b|\b(в|у)\s+(сарае|сараї|подвале|підвалі|кладовке|коморі|комірчині|чердаке|горищі|шкафу|шафі)\b|\ben\s+(el|mi|la)\s+(cochera|cobertizo|sotano|trastero|bodega|armario|closet|garaje)\b"
    ),
    # the place chosen ("picked the bridge", "выбрал место"), not for an outing
    "place": _any(
        r"\b(picked|chose|chosen|found)\s+(the|a|my)\s+(spot|place|bridge|roof|building|tree|day|date)\b(?!\s+(for|to)\b)",
        r"\bвыбрал[аи]?\s+(\w+\s+)?(место|мост|крышу|день|дату)\b(?!\s+(для|на|под)\b)|\b(вибра|обра)(в|ла|ли)\s+(\w+\s+)?(місце|міст|дах|день|дату)\b(?!\s+(для|на|під)\b)",
        r"\b(место|мост|крышу)\s+(\w+\s+)?выбрал[аи]?\b|\b(місце|міст|дах)\s+(\w+\s+)?вибра(в|ла|ли)\b|\b(the\s+)?(spot|place|bridge)\s+(is\s+)?(picked|chosen)\b|\b(el\s+)?(sitio|lugar|puente)\s+(\w+\s+)?(elegido|escogido)\b",
        r"\b(elegi|escogi)\s+(\w+\s+)?(el\s+|la\s+)?(sitio|lugar|puente|techo|edificio|dia|fecha)\b(?!\s+(para|de)\b)",
    ),
    "final": _any(
        r"\bdone\b|\balready\b|\bwaiting\b|\bdark\b|\bвс[её]\s|\bуже\b|\bвже\b|\bжду\b|\bчекаю\b|\bстемне\w*|\bya\b|\bespero\b|\boscurezca\b"
    ),
    # enough pills, saved or counted
    "pills_enough": _any(
        r"\b(enough|достаточно|достатньо|suficientes|bastantes)\s+(\w+\s+)?(pills|meds|tablets|таблеток|пігулок|колес|pastillas|pastis)\b|\b(pills|meds|tablets|таблеток|пігулок|колес|pastillas|pastis)\s+(\w+\s+)?(enough|достаточно|достатньо|suficientes)\b"
    ),
    "hoarded": _any(
        r"\b(saved|stockpiled|collected|counted|накопил\w*|накопичи\w*|назбира\w*|насобира\w*|пересчита\w*|перерахува\w*|собрал\w*|зібра\w*|junte|juntado|guardado|acumul\w*|conte)\b"
    ),
    # no future: "won't be here next week", "не доживу до", "no me veo aquí"
    "not_be": _any(
        # "меня не будет дома / на связи", "мене не буде вдома": away for a while, not gone
        # "not planning on being here tomorrow", "don't intend to be alive by monday" (tune31)
        r"\b(not|don'?t|dont|do\s+not)\s+(planning|plan|intending|intend|expecting|expect)\s+(on|to)\s+(be|being)\s+(here|around|alive)\b",
        r"\b(won'?t|wont|will\s+not|not\s+going\s+to|not\s+gonna)\s+(be\s+(here|around|alive)|see|make\s+it\s+to|live\s+to)\b|\b(don'?t|dont|can'?t|cant)\s+see\s+myself\s+(being\s+)?(here|around|alive)\b|\b(i'?ll|ill)\s+be\s+gone\b",
        r"\bне\s+доживу\b|\bне\s+увижу\b|\bменя\s+(уже\s+|больше\s+|скоро\s+|совсем\s+скоро\s+)?((тут|здесь)\s+(уже\s+)?)?не\s+(будет|станет)\b(?!\s+(дома|вдома|на\s+связи|в\s+сети|онлайн|на\s+работе|в\s+городе)\b)|\bне\s+(будет|станет)\s+(уже\s+)?меня\b|\bне\s+вижу\s+себя\s+(здесь|тут|живым\w*)",
        r"\bне\s+побачу\b|\bмене\s+(вже\s+|більше\s+|скоро\s+|зовсім\s+скоро\s+)?((тут|тут\s+вже)\s+)?не\s+(буде|стане)\b(?!\s+(вдома|удома|дома|на\s+зв'?язку|в\s+мережі|онлайн|на\s+роботі|в\s+місті|у\s+місті)\b)|\bне\s+(буде|стане)\s+(вже\s+)?мене\b|\bне\s+бачу\s+себе\s+(тут|живим\w*)",
        r"\bno\s+(voy\s+a\s+)?(llegar|llego)\s+a\b|\bwon'?t\s+make\s+it\b|\bне\s+дотяну\b|\bне\s+дотягну\b|\bno\s+voy\s+a\s+(llegar\s+a|ver|estar)\b|\bya\s+no\s+(voy\s+a\s+estar|estare)\b|\bno\s+me\s+veo\s+(aqui|viv[oa]|aca)\b",
        r"\b(don'?t|dont)\s+(bother\s+)?(plann?ing|plan|make\s+plans)\s+(anything\s+)?with\s+me\b|\bне\s+планируйте\s+(ничего\s+)?(со\s+мной|на\s+меня)|\bне\s+плануйте\s+(нічого\s+)?(зі\s+мною|на\s+мене)|\bno\s+cuenten\s+conmigo\b",
    ),
    "future": _any(
        r"\bnext\s+(week|month|year|weekend)\b|\btomorrow\b|\bby\s+(the\s+)?morning\b|\bbirthday\b|\bnew\s+year\b|\bchristmas\b|\beaster\b|\bsummer\b|\bby\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday|the\s+weekend)\b",
        r"\bследующ\w*\s+(недел\w*|месяц\w*|год\w*)|\bчерез\s+(неделю|месяц|год)\b|\bзавтр\w*|\bрождеств\w*|\bпасх\w*|\bлет[ао]\b|\bдн[яе]\s+рождения|\bдень\s+рождения|\bнов\w*\s+год\w*|\b(к|до)\s+(воскресень\w*|понедельник\w*|пятниц\w*|выходн\w*)|\bк\s+(утру|рассвету)\b",
        r"\bріздв\w*|\bвеликодн\w*|\bлiт[ао]\b|\bнаступн\w*\s+(тижн\w*|тиждень|місяц\w*|рік|року)\b|\bчерез\s+(тиждень|місяць|рік)\b|\bдн[яі]\s+народження|\bдень\s+народження|\bнов\w*\s+р[іо]к\w*|\bдо\s+(неділі|понеділка|п'?ятниці|вихідних)\b|\bна\s+ранок\b|\bдо\s+світанку\b",
        r"\bsemana\s+que\s+(viene|entra)\b|\bproxim\w*\s+(semana|mes|ano)\b|\bmanana\b|\bcumpleanos\b|\bano\s+nuevo\b|\bnavidad\b|\bpara\s+el\s+(domingo|lunes|martes|miercoles|jueves|viernes|sabado|fin\s+de\s+semana)\b|\bmes\s+que\s+viene\b",
    ),
    # a holiday, work, a move or a stay in treatment explains "I won't be here"
    "away": _any(
        r"\b(holiday|vacation|trip|travel\w*|flying|flight|moving|work|working|shift|rehab|detox|clinic|hospital|jail|prison|camp|weekend|visit\w*)\b|\bgoing\s+to\s+(my|see|the)\b|\bstaying\s+(at|with)\b",
        r"\b(еду|едем|поеду|уезжаю)\s+(к|в|на)\b|\bна\s+выходн\w*|\b(їду|їдемо|поїду)\s+(до|в|у|на)\b|\bна\s+вихідн\w*|\bme\s+voy\s+(con|a|de)\b|\bfinde\b|\bfin\s+de\s+semana\b",
        r"\bотпуск\w*|\bуезжа\w*|\bуеду\b|\bкомандировк\w*|\bпереезжа\w*|\bработ\w*|\bсмен\w*|\bреаб\w*|\bклиник\w*|\bбольниц\w*|\bстационар\w*|\bлагер\w*",
        r"\bвідпуст\w*|\bїду\b|\bпоїду\b|\bвиїжджа\w*|\bвідрядженн\w*|\bпереїжджа\w*|\bробот\w*|\bзмін\w*|\bклінік\w*|\bлікарн\w*|\bстаціонар\w*|\bтабор\w*",
        r"\bvacaciones\b|\bviaje\b|\bviajo\b|\bme\s+mudo\b|\btrabajo\b|\bturno\b|\bclinica\b|\bhospital\b|\bcentro\b|\banexo\b",
        # a flight, off to a city (tune33): "off to paris", "улетаю в стамбул", "лечу у варшаву"
        r"\boff\s+to\s+(?!(a\s+better|heaven|the\s+other|a\s+place|sleep|die|end|the\s+bridge|the\s+roof)\b)\w+|\b(heading|headed|leaving|driving|flying)\s+(to|for|out\s+to)\b|\b(plane|airport|boarding)\b",
        r"\b(улетаю|улечу|вылетаю|лечу|летим|улетаем|відлітаю|вилітаю|летю|летимо|полечу)\s+(в|во|на|к|до|у)\s+(?!(тот|той|небо|небеса|рай)\b)\w+|\b(самол[её]т\w*|аэропорт\w*|рейс\w*|літак\w*|аеропорт\w*)",
        r"\b(vuelo|avion|aeropuerto)\b|\bme\s+voy\s+para\s+(?!(siempre|el\s+otro|otro|alla|el\s+cielo|no\s+volver)\b)\w+|\bsalgo\s+(para|rumbo\s+a)\b",
    ),
    # "tonight is my last night" (not "my last night in Berlin")
    "last_night": _any(
        r"\b(my|моя|mi)\s+(last\s+night|последняя\s+ночь|ultima\s+noche)\b(?!\s+(in|at|here|on|with|в|на|с|en|aqui|con|of\s+(?!(my\s+)?life\b)|de\s+(?!(mi\s+)?vida\b)))|\bмоя\s+остання\s+ніч\b(?!\s+(в|у|на|з|тут))"
    ),
    # tired of waking up, of living, of existing
    "tired_life": _any(
        r"\b(tired|sick|exhausted|done|fed\s+up|worn\s+out)\s+(of|from|with)\s+(\w+\s+)?(waking\s+up|being\s+alive|existing|living|life|being\s+here)\b",
        r"\b(устал\w*|задолбал\w*|задрало|надоело|вымотан\w*|заебал\w*|достало|измучил\w*)\s+(\w+\s+){0,2}(жить|существовать|просыпаться|живу|жизнью|быть\s+жив\w*)\b",
        r"\b(втоми\w*|задовба\w*|набридло|виснажен\w*|дістало|змучи\w*)\s+(\w+\s+){0,2}(жити|існувати|прокидатися|прокидатись|живу|життям|бути\s+жив\w*)\b",
        r"\b(cansad[oa]|hart[oa]|agotad[oa]|me\s+canse|hasta\s+la\s+madre)\s+(\w+\s+){0,2}de\s+(\w+\s+)?(vivir|existir|despertar\w*|estar\s+viv[oa]|la\s+vida)\b",
        r"\b(disappointed|sad|upset|angry|pissed|gutted)\s+(that\s+)?(i\s+)?(woke|wake|am\s+still\s+alive|still\s+alive)\b|\bwish\s+i\s+(hadn'?t|didn'?t|had\s+not)\s+wok",
        r"\b(расстраива\w*|жалею|злюсь|бешусь)\s+(\w+\s+)?что\s+(я\s+)?(проснул\w*|ещ[её]\s+жив\w*)|\b(засмуч\w*|шкодую|злюся)\s+(\w+\s+)?що\s+(я\s+)?(прокину\w*|ще\s+жив\w*)",
        r"\bme\s+(decepciona|entristece|duele)\s+(\w+\s+)?despertar|\bno\s+more\s+mornings\b|\bбольше\s+никаких\s+утр\w*|\bбільше\s+ніяких\s+ранків|\bno\s+mas\s+mananas\b",
    ),
    # ... but waking up early for work is just tiring
    "alarm": _any(
        r"\b(at|before)\s+\d|\bearly\b|\bfor\s+work\b|\balarm\w*|\bв\s+\d|\bрано\b|\bна\s+работу\b|\bна\s+роботу\b|\bо\s+\d|\bбудильник\w*|\ba\s+las\s+\d|\btemprano\b|\btrabajar\b|\bpara\s+el\s+trabajo\b"
    ),
    # hoping the next shot is the last one ("cuánto espero para la segunda dosis" waits, not hopes)
    "hope": _any(
        r"\b(hope|hoping|wish|want)\b|\bнадеюсь\b|\bнадеялся\b|\bмечтаю\b|\bхочу\b|\bсподіва\w*|(?<!\bcuanto\s)(?<!\bcuanto\stiempo\s)\bespero\b(?!\s+(para|a\s+que|antes|entre)\b)|\bojala\b|\bquiero\b|\besperando\b"
    ),
    "dose": _any(
        r"\b(next|this)\s+(hit|shot|dose|bag|batch|fix|time|one|gram|point)\b|\b(этот|эта|эту)\s+(пакет|грамм?|укол|доза|дозу|партия|партию)\b|\b(цей|ця|цю)\s+(пакет|грам|укол|доза|дозу|партія|партію)\b|\b(esta|este)\s+(bolsa|dosis|gramo|lote|pinchazo|chute)\b|\b(shoot|shooting)\s+up\b|\bbatch\b",
        r"\bследующ\w*\s+(доза|раз|укол|дорога|партия)|\bэта\s+партия\b|\bвмазыва\w*|\bдоза\b",
        r"\bнаступн\w*\s+(доза|раз|укол|партія)|\bця\s+партія\b|\bвмазу\w*|\bдоза\b",
        r"\bproxim[oa]\s+(dosis|vez|pinchazo|chute|lote)|\beste\s+lote\b|\bme\s+pico\b|\bdosis\b",
    ),
    "end_me": _any(
        r"\blast\b|\bfinal\b|\b(gets|get|finish\w*|kill\w*|takes|take)\s+me\b|\b(don'?t|dont|not|never)\s+(come\s+back|wake)\b",
        r"\bпоследн\w*|\bдобь[её]т\b|\bприкончит\w*|\bне\s+вернусь\b|\bне\s+проснусь\b|\bостанн\w*|\bдоб'?є\b|\bприкінчит\w*|\bне\s+повернусь\b|\bне\s+прокинусь\b",
        r"\bultim[oa]\b|\bacab\w*\s+conmigo\b|\bme\s+acabe\b|\bterminar\s+conmigo\b|\bno\s+volver\b|\bno\s+despiert\w*|\bno\s+despertar\b|\bme\s+mate\b",
    ),
    "quit": _any(
        r"\bquit\w*|\bstop\s+using\b|\bsober\b|\brehab\b|\bdetox\b|\brecovery\b|\bбросить\b|\bброшу\b|\bзавяз\w*|\bлечени\w*|\bреаб\w*|\bкинути\b|\bкину\b|\bзав'?яз\w*|\bлікуванн\w*|\bdejar(lo)?\b|\bdejo\b|\brehabilita\w*|\bdesintox\w*",
    ),
    # an overdose on purpose: a purpose word with a drug or a dose
    "purpose": _any(
        r"(?<!not\s)(?<!n't\s)\b(on\s+purpose|deliberately|intentionally)\b|(?<!не\s)\b(специально|нарочно|намеренно|спеціально|навмисно|навмисне)\b|(?<!fue\s)\b(a\s+proposito|adrede|intencionalmente)\b"
    ),
    "use": _any(
        r"\b(take|taking|do|doing|use|using|shoot|inject|smoke|od|overdose|bag|stash|all|everything|whole)\b|\bвмаз\w*|\bвкол\w*|\bприм\w*|\bвыпи\w*|\bпередоз\w*|\bвс[её]\b|\bвесь\b|\bсразу\b|\bприйм\w*|\bвипи\w*|\bвсе\b|\bусе\b|\bразом\b",
        r"\bpasar(me|te|se)?\b|\bвмаж\w*|\bпоставл\w*|\bmeter\w*|\bme\s+meto\b|\btomar\w*|\binyectar\w*|\btod[oa]\b|\bentero\b|\bsobredos\w*|\bgram\w*|\bграмм?\b|\bграм\b",
    ),
    # "use enough that it ends"
    "enough_end": _any(
        r"\b(enough|so\s+much)\s+(that|so|to\s+make)\s+(it|everything|all)\s+(ends|stops|is\s+over)\b|\bстолько\s+(чтобы|чтоб)\s+(вс[её]\s+)?(закончилось|кончилось|прекратилось)|\bстільки\s+(щоб|щоби)\s+(все\s+|усе\s+)?(скінчилося|закінчилося|припинилося)|\btanto\s+que\s+se\s+(acabe|termine)\b",
    ),
    # pills or a drug put aside for a chosen night ("for the night I decide", "на ту ночь когда решусь")
    "put_aside": _any(
        r"\b(keeping|kept|keep|put\s+aside|set\s+aside|saving|saved|stash\w*|hiding|hid)\b|\b(guardad[oa]s|apartad[oa]s|escondid[oa]s|отложен\w*|спрятан\w*|відкладен\w*|схован\w*)\b|\b(храню|хранил\w*|отложил\w*|приберег\w*|прячу|коплю|копил\w*|собираю)\b",
        r"\b(зберігаю|відклав|відклала|приховала|приховав|ховаю|коплю|збираю)\b|\b(guardo|guarde|guardando|aparte|aparto|escondo|junto|juntando|ahorrando)\b",
    ),
    "chosen_time": _any(
        r"\bpara\s+cuando\s+(me\s+)?(decida|anime|atreva|este\s+list[oa])\b|\b(на\s+(тот\s+)?случай\s+)?когда\s+решусь\b|\bколи\s+наважусь\b|\bfor\s+when\s+i\s+(decide|have\s+the\s+nerve|get\s+the\s+courage)\b|\bfor\s+(the|that)\s+(right\s+)?(night|day|moment|time)\s+(i|when)\b|\bfor\s+when\s+i'?m\s+ready\b|\bfor\s+the\s+right\s+(night|day|moment)\b",
        r"\bна\s+(ту|тот|той)\s+(самую\s+|самый\s+)?(ночь|день|момент|вечер)\b|\bна\s+(ту|той)\s+(саму\s+|самий\s+)?(ніч|день|момент|вечір)\b",
        r"\bpara\s+(la|el|esa|ese)\s+(noche|dia|momento)\b(\s+(que|en\s+que|cuando))?",
    ),
    "naloxone": _any(r"\b(naloxone|narcan|налоксон\w*|naloxona)\b"),
    # "nobody would notice / miss me" with being gone
    "nobody": _any(
        r"\b(nobody|no\s+one|noone)\s+(would|will|is\s+going\s+to|gonna)\s+(even\s+)?(care|notice|miss\s+me)\b",
        r"\bникто\s+(даже\s+|и\s+|вообще\s+)?не\s+(будет\s+искать|станет\s+искать|будет\s+плакать|заметит|будет\s+скучать|вспомнит|хватится|заплачет)\b|\bніхто\s+(навіть\s+|й\s+|і\s+|взагалі\s+)?не\s+(шукатиме|буде\s+шукати|помітить|сумуватиме|згадає|буде\s+сумувати|заплаче)\b",
        r"\bnadie\s+(se\s+)?(me\s+buscaria|me\s+buscara|me\s+va\s+a\s+buscar|me\s+echaria\s+de\s+menos|me\s+va\s+a\s+echar\s+de\s+menos|lo\s+notaria|daria|va\s+a\s+dar|notaria|me\s+va\s+a\s+extranar|me\s+extranaria|va\s+a\s+notar|se\s+va\s+a\s+dar)\b",
    ),
    "gone": _any(
        r"\b(vanish\w*|disappear\w*|gone|dead|died|die)\b|\b(исчезн\w*|пропаду|не\s+станет|умру|сдохну)\b|\b(зникн\w*|пропаду|не\s+стане|помру|здохну)\b",
        r"\b(desaparezco|desapareciera|ya\s+no\s+estoy|ya\s+no\s+estuviera|me\s+muero|me\s+muriera)\b",
        # "when I go" with nowhere named after it ("nadie me va a extrañar cuando me vaya"; not "cuando
        # me vaya de viaje / a madrid / al pueblo": lead, session 24)
        r"\bcuando\s+me\s+(vaya|marche|largue)\b(?!\s+(de|a|al|para|pa|en|con|del|hoy|manana|el|la|este|esta)\b)",
        r"\bwhen\s+i'?m\s+gone\b(?!\s+(for|on|to|from|at|this|next)\b)",
        # "я пішла. не шукайте", "я ушёл, не ищите меня", "me fui, no me busquen" (tune33's probe)
        r"\bя\s+(ушла|ушел|ушёл|пошла|пошел|пошёл|пішла|пішов|всьо)\b|\bme\s+fui\b",
    ),
    # self-harm getting deeper or out of control
    "self_harm": _any(
        r"\b(cut|cutting|cuts|burn|burns|burning|burned)\b|\b(порезал\w*|режу|режусь|ожог\w*|прижига\w*|порізал\w*|ріжу|ріжуся|опік\w*|припіка\w*)\b|\b(me\s+corte|cortarme|me\s+corto|vuelto\s+a\s+cortar|volvi\s+a\s+cortar\w*|quemadura\w*|me\s+quemo|hacermelas|hacermelos)\b"
    ),
    "worse": _any(
        r"\bmas\s+hondo\b|\bcada\s+vez\s+mas\b|\bвс[её]\s+глубже\b|\bвсе\s+глибше\b|\bdeeper\b|\bcan'?t\s+stop\s+(doing|cutting|burning)|\bглубже\b|\bне\s+могу\s+перестать\b|\bглибше\b|\bне\s+можу\s+перестати\b|\bmas\s+profundo\b|\bno\s+puedo\s+dejar\s+de\b"
    ),
    # "why live like this", "зачем так жить", "para qué despertar mañana"
    "why_live": _any(
        r"\bwhy\s+(even\s+|would\s+i\s+|should\s+i\s+)?(keep\s+)?(living|live|go\s+on|going\s+on)\b(?!\s+in\b)|\b(what'?s|whats)\s+the\s+point\s+(of|in)\s+(waking\s+up|getting\s+up|going\s+on)\b(?!(\s+living)?\s+(in|at|on|near|here\s+in)\s)",
        r"\b(зачем|нахрена|нафига|нахера|нахрен)\s+(вообще\s+|мне\s+)?(так\s+)?(жить|просыпаться)\b(?!\s+в\b)|\bкакой\s+смысл\s+(\w+\s+)?(жить|просыпаться)\b(?!\s+(в|во|у|на|с|со|за|при)\b)",
        r"\b(навіщо|нащо|нашо|нахрін|нафіга|нахіба)\s+(взагалі\s+|мені\s+)?(так\s+)?(жити|прокидатися)\b(?!\s+в\b)|\bякий\s+сенс\s+(\w+\s+)?(жити|прокидатися)\b(?!\s+(в|у|на|з|із|за|при)\b)",
        r"\bpara\s+que\s+(seguir\s+)?(vivir|viviendo|despertar|despertando)\b(?!\s+en\b)",
        # "зачем мне эта жизнь", "нащо мені це життя", "para qué quiero esta vida" (tune33's probe)
        r"\b(зачем|нафига|нахрена|нахера|на\s+кой|нахуя)\s+(мне\s+)?(вообще\s+)?(эта|такая)\s+жизнь\b(?!\s+(в|на)\b)|\b(нащо|навіщо|нафіга|нахіба|нашо)\s+(мені\s+)?(взагалі\s+)?(це|таке)\s+життя\b(?!\s+(в|у|на)\b)|\bpara\s+que\s+(quiero|me\s+sirve)\s+(esta|la)\s+vida\b|\bwhat\s+do\s+i\s+(even\s+)?need\s+this\s+life\s+for\b",
        # no sense in waking up tomorrow ("не вижу смысла просыпаться", "no le veo sentido a despertar")
        # (and "просыпатся", the -тся of a Latin reading: "ne vizhu smysla prosypatsya", tune52)
        r"\bне\s+(вижу|бачу)\s+(\w+\s+)?(смысла|сенсу)\s+(\w+\s+)?(просыпаться|проснуться|просыпатся|проснутся|вставать|прокидатися|прокидатись|прокинутися|вставати)\b(?!\s+(в|у|о|рано|так)\b)",
        r"\bno\s+(le\s+)?(veo|encuentro)\s+(el\s+|ningun\s+)?sentido\s+(a|de|en)\s+(despertar(me)?|levantarme|amanecer)\b(?!\s+(a\s+las|temprano|tan)\b)",
        r"\b(don'?t|dont|can'?t|cant|do\s+not)\s+see\s+(the|any)\s+point\s+(in|of)\s+(waking\s+up|getting\s+up)\b(?!\s+(at|early|so|for)\b)",
    ),
    # giving things away by name: "who gets my guitar", "кому достанется", "a quién le toca"
    "who_gets": _any(
        r"\bwho\s+gets\s+(what|my)\b|\bкому\s+(что|достанется|достанутся|отдать)\b|\bкому\s+(що|дістанеться|дістануться|віддати)\b|\ba\s+quien\s+le\s+(toca|queda|doy)\b"
    ),
    # at an edge, thinking how easy it would be
    "edge": _any(
        r"\b(tracks|rails|platform|edge|bridge|balcony|window|roof|ledge|cliff)\b|\b(рельс\w*|платформ\w*|кра[юй]|мост\w*|балкон\w*|окн\w*|крыш\w*|колі[їя]\w*|мост\w*|вікн\w*|дах\w*|обрыв\w*|обрив\w*)\b|\b(vias|anden|orilla|puente|balcon|ventana|azotea|techo|barranco)\b"
    ),
    "how_easy": _any(
        r"\bhow\s+easy\s+it\s+(would|could)\s+be\b|\bjust\s+one\s+step\b|\bкак\s+(это\s+)?(легко|просто)\b|\bодин\s+шаг\b|\bяк\s+(це\s+)?(легко|просто)\b|\bодин\s+крок\b|\blo\s+facil\s+que\s+seria\b|\bun\s+solo\s+paso\b"
    ),
    # "nobody will have to deal with / worry about me anymore"
    "no_burden": _any(
        r"\b(nobody|no\s+one|noone)\s+(will\s+|would\s+)?(has|have|need)\s+to\s+(deal\s+with|worry\s+about|put\s+up\s+with|take\s+care\s+of)\s+me\b",
        r"\bникому\s+(больше\s+)?не\s+(придется|надо|нужно|придётся)\s+(\w+\s+){0,2}(возиться|беспокоиться|волноваться|терпеть|заботиться|переживать)\b",
        r"\bнікому\s+(більше\s+)?не\s+(доведеться|треба|потрібно)\s+(\w+\s+){0,2}(морочит\w*|хвилюват\w*|турбуват\w*|перейматис\w*|терпіти|піклуват\w*|переживати)\b",
        r"\bnadie\s+(\w+\s+)?(va\s+a\s+tener|tendra)\s+que\s+(lidiar|preocuparse|aguantar\w*|cuidar\w*|soportar\w*)\b",
    ),
    # despair ("nothing matters", "бессмысленно", "no tiene caso") with a plan, the means or a wish to stop
    "despair": _any(
        r"\bno\s+point\b|\bpointless\b|\bmeaningless\b|\bnothing\s+matters\b|\bwhat'?s\s+the\s+point\b",
        r"\bбессмысленн\w*|\bсмысла\s+нет\b|\bнет\s+смысла\b|\bничего\s+(больше\s+)?не\s+важно\b|\bчего\s+тянуть\b",
        r"\bбезглузд\w*|\bсенсу\s+(нема|немає)\b|\b(нема|немає)\s+сенсу\b|\bніщо\s+(більше\s+)?не\s+важливо\b|\bчого\s+тягнути\b",
        r"\bno\s+tiene\s+(sentido|caso)\b|\bsin\s+sentido\b|\b(ya\s+)?nada\s+importa\b|\bpara\s+que\s+esperar\b",
    ),
    "plan_done": _any(
        r"\bknow\s+how\s+i'?m\s+(going\s+to|gonna)\s+do\s+it\b|\bзнаю\s+как\s+(это\s+)?сделаю\b|\bзнаю\s+як\s+(це\s+)?зроблю\b|\bse\s+como\s+lo\s+voy\s+a\s+hacer\b",
        r"\b(just\s+)?want\s+(it\s+)?to\s+stop\s$|\bхочу\s+просто\s+остановиться\b|\bхочу\s+просто\s+зупинитися\b|\bsolo\s+quiero\s+parar\s$",
        r"\b(fine|ok|okay|good|alright)\s+without\s+me\b|\bнормально\s+без\s+меня\b|\bнормально\s+без\s+мене\b|\bbien\s+sin\s+mi\b",
        r"\b(all|everything)\s+at\s+once\b|\bразом\b|\bразом\b|\bde\s+una\b|\bde\s+golpe\b|\bвтереть\s+разом\b",
    ),
}
# -- kinds found on the fresh tuning part ----------------------------------------------------------
_KIND.update(
    {
        # a jump from a height, thought about
        "jump": _any(
            r"\b(jump|jumping|step\s+off|leap|шагнуть|шагну|прыгнуть|прыгну|сигануть|сигану|спрыгнуть|спрыгну|кинуться|броситься|"
            r"стрибнути|стрибну|кинутися|кинусь|шагнути|ступити|saltar|tirarme|aventarme|brincar)\b"
        ),
        "height": _any(
            r"\b(\d+\s+(этаж\w*|поверх\w*|piso|floor)|roof|rooftop|bridge|ledge|крыш\w*|мост\w*|балкон\w*|дах\w*|міст\w*|мосту|"
            r"azotea|puente|techo|balcon|edificio)\b"
        ),
        "thinking": _any(
            r"\b(думаю|хочу|хочется|хочеться|thinking|think|want|wanna|gonna|tempted|pienso|pensando|quiero|ganas|"
            r"voy\s+a|збираюсь|збираюся|собираюсь|решил\w*|вирішив\w*)\b|\b(looking|staring|смотрю|дивлюсь|дивлюся|mirando|viendo)\s+(\w+\s+)?(down|вниз|донизу|униз|abajo|pa\s+bajo|para\s+abajo)\b"
        ),
        # a jump into water for the heat or fun (tune35): "so hot, gonna jump off the bridge into the
        # river", "жара, пойдём прыгать с моста в речку", "qué calor, vamos a tirarnos del puente al río"
        "cool_off": _any(
            r"\b(so\s+hot|boiling|scorching|roasting|heatwave|cool\s+(off|down)|swim\w*|the\s+lads|with\s+(my\s+)?(mates|friends|the\s+boys)|bungee|bungy)\b",
            r"\b(жар[аеуы]|жарко|жарища|спек[аиу]|спекотно|купат\w*|купа[ті]\w*|искупат\w*|скупат\w*|освежит\w*|освіжит\w*|с\s+пацанами|з\s+хлопцями|с\s+друзьями|з\s+друзями|тарзанк\w*|банджи|банджі)",
            r"\b(calor|calorazo|nadar|refrescar\w*|banar\w*|con\s+(los|las)\s+(chicos|chicas|pibes|pibas|cuates|amigos|amigas|panas|parceros))\b",
        ),
        "standing": _any(
            r"\b(стою|стоя|сижу|сиджу|standing|sitting|estoy\s+parad[oa]|parad[oa]|sentad[oa])\s+(\w+\s+)?(на|on|at|en)\s+(\w+\s+)?"
            r"(крыш\w*|мосту|краю|даху|мості|roof|bridge|ledge|edge|azotea|puente|orilla|borde)\b"
        ),
        # the means "for tonight": pills saved, "tonight is the night"
        "pills": _any(
            r"\b(pills|meds|tablets|таблет\w*|колес\w*|пігул\w*|pastillas|pastis|chochos)\b"
        ),
        "the_night": _any(
            r"\btonight(\s+is|'?s)\s+the\s+night\b|\bthis\s+is\s+the\s+night\b|\besta\s+noche\s+es\s+la\s+noche\b|\bes\s+esta\s+noche\b|"
            r"\bсегодня\s+(та\s+самая\s+|та\s+)?ночь\b|\bсьогодні\s+(та\s+сама\s+|та\s+)?ніч\b|\bэтой\s+ночью\s+(решусь|сделаю)\b|\bцієї\s+ночі\s+(наважусь|зроблю)\b"
        ),
        # no way back: "so I don't come back"
        "no_return": _any(
            r"\b(чтобы|чтоб|щоб|шоб|щоби)\s+(\w+\s+)?(уже\s+|вже\s+|больше\s+|більше\s+)?не\s+(вернуться|вернутись|вернуть|повернутися|повернутись|проснуться|прокинутися|прокинутись|очнуться|очнутися)\b",
            r"\b(so|so\s+that|and)\s+i\s+(never|don'?t|dont)\s+come\s+back\b|\bpara\s+(ya\s+)?no\s+(volver|regresar)\b|\band\s+(not|never)\s+(come\s+back|wake\s+up)\b|\by\s+no\s+(volver|regresar|despertar)\b|\b(і|и)\s+не\s+(повернутися|вернуться|прокинутися|проснуться)\b",
        ),
        # "if I don't wake up, fine": a passive wish
        "no_wake": _any(
            r"\b(если|якщо|if|si)\s+(я\s+|i\s+|yo\s+)?(завтра\s+|tomorrow\s+|manana\s+)?(не|don'?t|dont|no|never)\s+(me\s+)?(проснусь|прокинусь|прокинуся|проснуся|wake\s+up|despierto|despierte)\b",
            # the if-clause first, the not waking after "and" (blind14-tune): "якщо сьогодні вколюсь
            # сам і не прокинусь", "if i use alone tonight and don't wake up", "si ... y no me despierto"
            r"\b(если|якщо|if|si)\s+(\w+\s+){1,6}(и|і|й|and|y)\s+(я\s+|i\s+)?(не|don'?t|dont|no|never)\s+(me\s+)?(проснусь|прокинусь|прокинуся|проснуся|wake\s+up|despierto|despierte)\b(?!\s+(a\s+tiempo|temprano|on\s+time|in\s+time|вовремя|вчасно)\b)",
        ),
        "so_be_it": _any(
            r"\b(ладно|пофиг|пофіг|байдуже|fine|whatever|so\s+be\s+it|who\s+cares|ni\s+modo|da\s+igual|mejor|добре|нормально)\b|\bвс[её]\s+равно\b|"
            r"\b(никому|нікому)\s+не\s+(нужн\w*|треба|потрібн\w*)|\bnobody\s+(cares|needs\s+me)\b|\ba\s+nadie\s+le\s+importa\b"
        ),
        # no future, with despair or nothing left
        "no_future": _any(
            r"\bбудущего\s+(\w+\s+)?нет\b|\bнет\s+(\w+\s+)?будущего\b|\bмайбутнього\s+(нема|немає)\b|\b(нема|немає)\s+(\w+\s+)?майбутнього\b|"
            r"\bno\s+tengo\s+futuro\b|\bno\s+hay\s+futuro\b|\bsin\s+futuro\b|\bno\s+future\b|\bhave\s+no\s+future\b|\bnothing\s+to\s+look\s+forward\s+to\b"
        ),
        "nothing_left": _any(
            r"\bno\s+(me\s+)?queda\s+nada\b|\bnothing\s+left\b|\bничего\s+не\s+осталось\b|\bнічого\s+не\s+(лишилось|залишилось|лишилося|залишилося)\b|"
            r"\blost\s+(everything|my\s+kids|my\s+children)\b|\bperdi\s+(todo|a\s+mis\s+hijos)\b|\bпотерял\w*\s+(вс[её]|детей)\b|\bвтрати\w*\s+(все|усе|дітей)\b|\bзабрали\s+(детей|дітей)\b"
        ),
        # giving things or a pet away: "won't be needing it"
        "give_away": _any(
            r"\b(gave|given|giving|give)\s+(away\s+)?(my|all\s+my)\b|\bsorted\s+(out\s+)?my\s+(stuff|things)\b|\b(regale|regalando|le\s+deje|deje\s+a|di)\s+(mis|el|la|a\s+mi)\b|"
            r"\b(отдал\w*|раздал\w*|раздаю|віддав|віддала|роздав|роздала|роздаю)\b"
        ),
        "wont_need": _any(
            r"\b(won'?t|wont|will\s+not)\s+(be\s+)?need\w*\b|\b(ya\s+)?no\s+(las|los|lo|la|me)?\s*(voy\s+a\s+)?(necesitar|necesito|hacen\s+falta)\b|\b(ya\s+)?no\s+me\s+(van|va)\s+a\s+hacer\s+falta\b|"
            r"\b(мне|мені)\s+(\w+\s+)?(больше\s+|більше\s+)?не\s+(понадоб\w*|нужн\w*|знадоб\w*|потрібн\w*)|\bне\s+(понадоб\w*|знадоб\w*)\b"
        ),
        # tired, and "today I'll go" / "tonight I end it"
        "weary": _any(
            r"\b(устал\w*|заебал\w*|заїбав\w*|заїбал\w*|задолбал\w*|втомив\w*|втомил\w*|tired|exhausted|cansad[oa]|hart[oa])\b"
        ),
        "end_today": _any(
            r"\b(сегодня|сьогодні|tonight|today|hoy|esta\s+noche)\s+(\w+\s+)?(уйду|піду|закончу|закінчу|покончу|покінчу|i'?ll\s+go|i'?m\s+going|me\s+voy|lo\s+hago|end\s+it|do\s+it|lo\s+termino|acabo)\b"
            r"(?!\s+(с|со|из|в|на|к|домой|пораньше|раньше|рано|спать|з|із|до|додому|раніше|спати|home|from|to|early|earlier|sleep|de|a|al|temprano|con|dormir)\b)"
        ),
        # "don't look for me" with being gone
        "dont_look": _any(
            r"\bno\s+me\s+(busquen|busques)\b|\bне\s+ищите(\s+меня)?\b|\bне\s+шукайте(\s+мене)?\b|\b(don'?t|dont|do\s+not)\s+(come\s+)?look(ing)?(\s+for\s+me)?\s*$|\b(don'?t|dont|do\s+not)\s+(come\s+)?look(ing)?\s+for\s+me\b"
        ),
        # a note left for someone, with sorry
        "note_left": _any(
            r"\b(left|leaving|залиши\w*|лиши\w*|остави\w*|оставля\w*|deje|dejando)\s+(\w+\s+){0,2}(note|letter|записк\w*|лист\w*|письм\w*|carta|nota)\b"
        ),
        "sorry": _any(
            r"\b(sorry|forgive\s+me|прости(те)?(\s+меня)?|вибач(те)?(\s+мене)?|perdon\w*|perdoname|perdonenme)\b"
        ),
        "bye": _any(
            r"\b(bye|goodbye|farewell|прощайте|прощавайте|бувайте|adios|chao)\b|\bпока\s+всем\b|\bвсім\s+па\b"
        ),
        # a ladder or a stool with a cord: the means set up
        "rig": _any(
            r"\b(ladder|stool|chair|драбин\w*|стремянк\w*|табурет\w*|стул\w*|стілець|стільц\w*|escalera|banco|banquito|silla)\b"
        ),
        "cord": _any(
            r"\b(rope|cord|cable|belt|шнур\w*|веревк\w*|верёвк\w*|мотузк\w*|ремен\w*|ремін\w*|пояс\w*|кабел\w*|cuerda|soga|cable|cinturon|lazo|mecate)\b"
        ),
        # to sleep, wanting it forever
        "sleep": _any(
            r"\b(sleep|asleep|спать|сплю|усну|засну|спати|засинаю|лягаю|dormir|duermo|dormirme)\b"
        ),
        "forever": _any(r"\b(forever|for\s+good|навсегда|назавжди|para\s+siempre)\b"),
        # -- kinds found on blind-tune and tune6 (2026-12-06) --
        # waiting until everyone is asleep or gone (with the means or the pills)
        "when_alone": _any(
            r"\b(waiting\s+for|wait\s+for|until|till|once|when)\s+(everyone|everybody|they|my\s+\w+|the\s+house|the\s+kids|mom|mum|dad)\s+(\w+\s+)?(is\s+|are\s+|goes\s+|go\s+|falls?\s+|gets?\s+|to\s+)?(fall\s+)?(asleep|sleep|sleeping|leaves?|gone|out)\b",
            r"\b(пока|когда|как\s+только|поки|коли|як\s+тільки)\s+(все|всі|усі|родители|батьки|мама|жена|муж|дружина|чоловік)\s+(не\s+)?(уснут|заснут|поснут|уйдут|уедут|заснуть|поснуть|підуть|поїдуть|ляжуть|лягут|будут\s+спать|спатимуть)\b",
            r"\bcuando\s+(todos|mis\s+\w+|mi\s+\w+)\s+se\s+(duerman|vayan|duerma|vaya)\b|\ba\s+que\s+(todos|mis\s+\w+)\s+se\s+(duerman|vayan)\b",
        ),
        # "better for everyone" (with not being here)
        "better_all": _any(
            r"\b(better|easier)\s+for\s+(everyone|everybody|all\s+of\s+you|my\s+family)\b|\b(лучше|легче|проще)\s+(для\s+всех|всем)\b|\b(краще|легше|простіше)\s+(для\s+)?(всіх|усіх|всім|усім)\b|\b(mejor|mas\s+facil)\s+para\s+(todos|todo\s+el\s+mundo|mi\s+familia)\b"
        ),
        "nobody_needs": _any(
            r"\b(никому|нікому)\s+(я\s+)?не\s+(нужн\w*|потрібн\w*|треба)|\bnobody\s+needs\s+me\b|\bno\s+one\s+needs\s+me\b|\bnadie\s+me\s+necesita\b"
        ),
    }
)
# -- kinds found on blind4-tune (2026-12-06, session 6; tune19 says them in other words) --------
_KIND.update(
    {
        # "I can't live like this any more" (not when the person asks how to quit or for treatment)
        "cant_live": _any(
            r"\b(can'?t|cant|cannot|can\s+not)\s+(keep\s+|go\s+on\s+)?(living|live)\s+like\s+this\b(?!\s+(with|in|without|on|at)\b)|\b(can'?t|cant|cannot)\s+do\s+(this\s+)?life\s+any\s?more\b",
            r"\bне\s+могу\s+(\w+\s+){0,2}так\s+жить\b(?!\s+(с|со|в|во|без|на|у|рядом)\b)|\bтак\s+(\w+\s+)?жить\s+(\w+\s+)?не\s+могу\b(?!\s+(с|со|в|во|без|на|у|рядом)\b)|\bne\s+mogu\s+(\w+\s+){0,2}tak\s+zhit\b",
            r"\bне\s+можу\s+(\w+\s+){0,2}так\s+жити\b(?!\s+(з|із|зі|в|у|без|на|поруч)\b)|\bтак\s+(\w+\s+)?жити\s+(\w+\s+)?не\s+можу\b(?!\s+(з|із|зі|в|у|без|на|поруч)\b)|\bne\s+mozhu\s+(\w+\s+){0,2}tak\s+zhyty\b",
            r"\bno\s+puedo\s+(seguir\s+)?(viviendo|vivir)\s+(asi|de\s+esta\s+manera|de\s+este\s+modo)\b(?!\s+(con|en|sin)\b)|\bno\s+aguanto\s+(seguir\s+)?(viviendo|vivir)\s+asi\b",
        ),
        # a letter to family, to be read later, or with goodbyes and thanks
        "letter": _any(
            r"\b(wrote|written|writing|left|leaving)\s+(\w+\s+){0,3}(letters?|notes?)\b",
            r"\b(написал\w*|пишу|оставил\w*|написа(в|ла|ли)|залиши\w*|лишила|лишив)\s+(\w+\s+){0,2}(письм\w*|записк\w*|лист|листа|листи|листів)\b",
            r"\b(escribi|escrito|escribiendo|deje|dejando)\s+(\w+\s+){0,3}(cartas?|notas?)\b",
        ),
        "read_later": _any(
            r"\bready\s+to\s+go\b|\b(will|'?ll)\s+understand\b|\bread\s+(it|them)\s+(later|after|when)\b|\bwhen\s+i'?m\s+gone\b|\bafter\s+i'?m\s+gone\b",
            r"\b(прочита\w*|пойм\w*|поймут)\s+(\w+\s+)?(потом|после|позже)\b|\b(прочита\w*|зрозумі\w*)\s+(\w+\s+)?(потім|після|пізніше)\b|\bкогда\s+меня\s+не\s+будет\b|\bколи\s+мене\s+не\s+буде\b",
            r"\b(la|las|lo|los)\s+lea\w*\s+(despues|luego|cuando)\b|\bcuando\s+ya\s+no\s+este\b|\blo\s+entender\w*\b",
        ),
        # using more, hoping not to be brought back ("hoping I just don't come back", "надеюсь не откачают")
        "not_revived": _any(
            r"\bi\s+(just\s+)?(don'?t|dont|never|won'?t|wont|do\s+not|will\s+not)\s+come\s+back\b(?!\s+(to|from|home|here|there|later|for|with)\b)|\b(can'?t|cant|won'?t|wont|don'?t|dont|couldn'?t|not|never)\s+(\w+\s+)?(bring\s+me\s+back|revive\s+me|wake\s+me(\s+up)?)\b(?!\s+(at|for|early|before|when|in)\b)",
            r"\bне\s+(откача\w*|вернусь|очнусь|відкача\w*|повернусь|прокинусь)\b(?!\s+(в|во|на|к|до|у|домой|додому|туда|сюди|сюда|назад|раньше|раніше|рано|вовремя|вчасно)\b)",
            r"\bno\s+me\s+(puedan\s+|pueden\s+|logren\s+)?(regresar|revivir|traer\s+de\s+vuelta)\b(?!\s+(a|al|de|del|en|con)\b)",
        ),
        # all the pills at once, "and that's it" or decided ("ковтну всі пігулки і все")
        "pills_all": _any(
            r"\b(neck|necking|swallow|swallowing|take|taking|down|downing|eat|chug)\s+(the\s+whole|all\s+(the|my|of\s+(the|my))|every)\s+(\w+\s+){0,2}(packet|pack|box|bottle|strip|pills|tablets|meds)\b",
            r"\b(нажраться|нажрусь|наглотаться|наглотаюсь|наесться|наемся)\s+(\w+\s+)?(таблет\w*|колес\w*|снотворн\w*)|\b(сожру|сожрать|выпью|выпить|проглочу|проглотить|закину|закинуть|съем|съесть)\s+(сразу\s+)?(всю|все|вс[её]|целую)\s+(\w+\s+)?(пачк\w*|упаковк\w*|таблет\w*|колес\w*|банк\w*|блистер\w*)",
            r"\b(наковтатися|наковтаюсь|наїстися|наїмся)\s+(\w+\s+)?(таблет\w*|пігул\w*|снодійн\w*)|\b(ковтну|проковтну|проковтнути|ковтнути|зжеру|вип'?ю|випити|закину|з'?їм)\s+(одразу\s+|відразу\s+)?(всю|всі|усі|все|усе|цілу)\s+(\w+\s+)?(пачк\w*|упаковк\w*|таблет\w*|пігул\w*|банк\w*|блістер\w*)",
            r"\b(tragar(me)?|trago|tomar(me)?|tomo|meter(me)?|meto|echarme)\s+(\w+\s+){0,2}(toda\s+la\s+caja|todas\s+las\s+pastillas|todo\s+el\s+frasco|toda\s+la\s+tira|todo\s+el\s+blister)\b|\btodo\s+lo\s+que\s+tengo\b.{0,30}\bme\s+lo\s+(meto|tomo|pongo)\b|\bme\s+lo\s+(meto|tomo|pongo)\s+(todo\s+)?de\s+(una|golpe)\b",
        ),
        "and_thats_it": _any(
            r"\band\s+that'?s\s+it\b|\bthats\s+it\b|\band\s+be\s+done\b|\b(i'?ve\s+)?decided\b|\bmind\s+is\s+made\s+up\b",
            r"\bи\s+вс[её]\b|\bрешил[аи]?\b|\bрешено\b|\bі\s+(все|усе)\b|\bвирішил[аи]\b|\bвирішив\b|\bвирішено\b",
            r"\by\s+ya\b|\bque\s+se\s+acabe\b|\blo\s+decidi\b|\bya\s+lo\s+decidi\b|\by\s+listo\b",
        ),
        # cuts and scars again, not stopping, "not enough" (on the body, or with a blade)
        "wounds": _any(
            r"\b(cuts|cut\s+marks|scars|порез(ы|ов|ами|ах|ам)?|шрам(ы|ов|ами|ах|и|ів)?|поріз(и|ів|ами|ах|ам)?|cicatri\w*|cortes|cortadas|heridas)\b"
        ),
        "blade": _any(
            r"\b(blade|blades|razor|razors|лезви\w*|лезо|леза|бритв\w*|navaja|cuchilla|gillette)\b"
        ),
        "again_more": _any(
            r"\bagain\b|\bnot\s+enough\b|\b(aren'?t|arent|isn'?t|isnt)\s+enough\b|\b(can'?t|cant|cannot)\s+(make\s+myself\s+)?stop\b",
            r"\bопять\b|\bснова\b|\bуже\s+мало\b|\bмне\s+мало\b|\bмало\s*$|\bне\s+могу\s+(остановиться|перестать)\b|\b(остановиться|перестать)\s+не\s+могу\b",
            r"\bзнову\b|\bзнов\b|\bзамало\b|\bмені\s+мало\b|\bне\s+можу\s+(зупинит\w*|перестат\w*|спинит\w*)|\b(зупинит\w*|перестат\w*)\s+не\s+можу\b",
            r"\botra\s+vez\b|\bde\s+nuevo\b|\bno\s+me\s+bastan?\b|\bno\s+puedo\s+(parar|dejar\s+de)\b",
        ),
        "body": _any(
            r"\b(arms?|wrists?|thighs?|legs|skin|stomach)\b|\b(руки|рук|руках|запяст\w*|бедр\w*|ноги|ногах|живот\w*|стегна|стегн\w*|зап'?яст\w*|живіт|brazos?|munecas|piernas|muslos|panza|piel)\b"
        ),
        # "why am I still here" with nobody needing or missing me
        "still_here": _any(
            r"\bwhy\s+am\s+i\s+(even\s+)?(still\s+)?(here|around|alive)\b|\bзачем\s+я\s+(\w+\s+)?(тут|здесь|живу|существую)\b|\b(нащо|навіщо|нашо)\s+я\s+(\w+\s+)?(тут|живу|існую)\b|\bpara\s+que\s+(sigo|estoy)\s+(aqui|aca|viv[oa]|existiendo)\b"
        ),
        "unneeded": _any(
            r"\b(nobody|no\s+one|noone)\s+(would|will|'?d)\s+(even\s+)?(care|notice|miss\s+me)\b|\b(nobody|no\s+one)\s+(cares|needs\s+me)\b",
            r"\b(никому|нікому)\s+(я\s+)?(не\s+нужн\w*|не\s+треба|не\s+потрібн\w*|нет\s+дела|нема\s+діла)\b|\bникто\s+не\s+(заметит|заплачет)\b|\bніхто\s+не\s+(помітить|заплаче)\b",
            r"\ba\s+nadie\s+le\s+(hago\s+falta|importo|importa)\b|\bno\s+le\s+hago\s+falta\s+a\s+nadie\b|\bnadie\s+me\s+(necesita|extranaria)\b",
        ),
        # no way out, and wanting to leave ("не вижу выхода, хочу уйти", "no veo salida, me quiero ir")
        "no_exit": _any(
            r"\bне\s+вижу\s+(\w+\s+)?выхода\b(?!\s+(из|с|в)\b)|\bвыхода\s+(\w+\s+)?нет\b|\bне\s+бачу\s+(\w+\s+)?виходу\b(?!\s+(з|із|в|у)\b)|\bвиходу\s+(\w+\s+)?(нема|немає)\b",
            r"\bno\s+(veo|encuentro|hay)\s+(\w+\s+)?salida\b(?!\s+(a|de|con|en|para)\b)|\b(no|see\s+no)\s+way\s+out\b(?!\s+(of|from)\b)",
        ),
        "leave": _any(
            r"\b(хочу|хочется|пора)\s+(просто\s+)?уйти\b(?!\s+(с|со|из|в|во|на|к|от|домой|пораньше|раньше|спать)\b)|\b(хочу|хочеться|пора)\s+(просто\s+)?піти\b(?!\s+(з|із|зі|в|у|на|до|від|додому|раніше|спати)\b)",
            r"\b(me\s+quiero|quiero)\s+(ir|irme)\b(?!\s+(a|al|de|del|con|para|en|ya\s+de|temprano|a\s+casa)\b)|\b(want\s+to|wanna)\s+(go|leave)\s*$",
        ),
        # worn out, and "it's the end" ("сил больше нет, всё, конец", "ya no tengo fuerzas, ya fue")
        "worn_out": _any(
            r"\bне\s+(могу|можу)\s+(больше|більше)\b|\b(больше|більше)\s+не\s+(могу|можу)\b|\bсил\s+(больше\s+|уже\s+)?нет\b|\bнет\s+(больше\s+)?сил\b|\b(больше\s+)?не\s+выдержу\b|\bне\s+вынесу\b|\bсил\s+(більше\s+|вже\s+)?(нема|немає)\b|\b(більше\s+)?не\s+витримаю\b",
            r"\bне\s+вывожу\b|\bне\s+витягую\b|\bне\s+витягаю\b|\bне\s+тяну\s+больше\b|\bбільше\s+не\s+тягну\b|\bя\s+всьо\b",
            r"\bya\s+no\s+tengo\s+fuerzas\b|\bno\s+aguanto\s+mas\b|\bharta?o?\s+de\s+todo\b|\bhart[oa]\s+de\s+todo\b|\b(can'?t|cant)\s+(take|do)\s+(it|this)\s+any\s?more\b|\b(so\s+)?done\s+with\s+everything\b",
        ),
        "the_end": _any(
            r"\b(вс[её]|все|усе)\s+(конец|кінець)\s$|\bэто\s+конец\s$|\bце\s+кінець\s$|\bya\s+fue\s$|\bno\s+quiero\s+seguir\s$|\bya\s+no\s+quiero\s+seguir\b(?!\s+(con|en|aqui|trabajando|estudiando)\b)",
            r"\bдумаю\s+(об|о|про)\s+(этом|это|це|цьому)\s+(каждый|кожен|кожного|каждую)\s+(день|ночь|дня|ніч)\b|\bpienso\s+en\s+(eso|hacerlo)\s+(todos\s+los\s+dias|cada\s+noche|cada\s+dia)\b|\bthink\s+about\s+(it|doing\s+it)\s+every\s+(day|night)\b",
        ),
        # pills saved, waiting for a day ("накопила таблеток, жду выходных")
        "waiting": _any(
            r"\b(жду|дожидаюсь|чекаю|дочекаюсь|espero|esperando|waiting\s+for|wait\s+(for|till|until))\s+(\w+\s+)?(выходн\w*|ночи|вечера|пятниц\w*|вихідн\w*|вечора|п'?ятниц\w*|finde|fin\s+de\s+semana|noche|viernes|weekend|tonight|friday|night|everyone|all|когда|коли|que|the\s+right)\b"
        ),
        # a window sill or a ledge high up
        "sill": _any(
            r"\b(сижу|стою|sitting|standing|sat|stood|sentad[oa]|parad[oa]|сиджу|стою)\s+(\w+\s+){0,2}(на|on|en)\s+(\w+\s+)?(подоконник\w*|окн\w*|карниз\w*|перил\w*|підвікон\w*|вікн\w*|поручн\w*|window\w*|ledge|railing|ventana|cornisa|barandal)\b"
        ),
        "high_floor": _any(
            r"\b\d+\s*(-?\s*(го|ого|м|ому))?\s*(этаж\w*|поверх\w*|floor|piso)\b|\b(этаж\w*|поверх\w*|piso|floor)\s+\d+\b|\b\d+(st|nd|rd|th)\s+floor\b|\bпоследн\w*\s+этаж\w*|\bостанн\w*\s+поверх\w*|\bultimo\s+piso\b|\btop\s+floor\b"
        ),
        "shaving": _any(
            r"\b(shav\w*|бреюсь|брить\w*|побрить\w*|бритье|бриття|голю\w*|голитися|поголи\w*|afeit\w*|rasur\w*|depil\w*)\b"
        ),
        "party": _any(
            r"\b(festival|party|rave|gig|concert|club|фестивал\w*|вечеринк\w*|тус\w*|концерт\w*|клуб\w*|вечірк\w*|fiesta|festi|tocada|antro|concierto)\b"
        ),
        # in the bath with a blade
        "bath": _any(r"\b(bath|bathtub|tub|ванн\w*|ванн(а|і|у)|banera|tina)\b"),
        # smoking or drinking at the window, asking about it: a pastime, not a ledge
        "pastime": _any(
            r"\b(smok\w*|vap\w*|drink\w*|beer|joint|курю|курим|курить|покурить|пью|пиво|палю|п'?ю|fumo|fumando|fumar|bebo|bebiendo|cerveza|chela)\b|\b(is\s+it\s+ok|можно\s+ли|норм\s+ли|чи\s+можна|se\s+puede)\b"
        ),
        "decided": _any(
            r"\b(i'?ve\s+)?decided\b|\bmind\s+is\s+made\s+up\b|\b(вс[её]\s+)?решил[аи]?\b|\bрешено\b|\b(все\s+)?вирішил[аи]\b|\bвирішив\b|\bвирішено\b|\blo\s+decidi\b|\bya\s+(lo\s+)?decidi\b"
        ),
        "today_ends": _any(
            r"\b(сегодня|сьогодні|этой\s+ночью|цієї\s+ночі|tonight|today|hoy|esta\s+noche)\s+(вс[её]|все|усе|it\s+all|everything|todo)\s+(закончится|кончится|закінчиться|скінчиться|ends|will\s+end|is\s+over|will\s+be\s+over|se\s+acaba|termina|se\s+termina)\b(?!\s+(в|о|у|at|a\s+las|к|до|by)\b)"
        ),
        "bye_all": _any(
            r"\b(adios|прощайте|прощавайте|бувайте)\b|\b(good\s?bye|bye)\s+(everyone|everybody|all|world|forever)\b"
        ),
        "ready_go": _any(
            r"\bready\s+to\s+go\b(?!\s+(to|out|home|back|for|on)\b)|\bготов[аы]?\s+уйти\b(?!\s+(с|со)\s+(?!всеми\b)\w|\s+(из|в|на|к|домой)\b)|\bготов(ий|а)?\s+піти\b(?!\s+(з|із|зі)\s+(?!усіма\b|всіма\b)\w|\s+(в|у|на|до|додому)\b)|\blist[oa]\s+para\s+irme\b(?!\s+(a|al|de|con)\b)"
        ),
        # ... not a climbing or camping rope
        "outdoors": _any(
            r"\b(climb\w*|crag|boulder\w*|hike|hiking|camping|tent|sailing|boat)\b|\b(скалолаз\w*|альпин\w*|поход\w*|палатк\w*|лодк\w*|похід|намет\w*|човен\w*)\b|\b(escalar|escalada|campamento|casa\s+de\s+campana|lancha|barco|acampar)\b"
        ),
        # the means with a plan ("a rope and a plan", "верёвка есть и я знаю где")
        "plan": _any(
            r"\b(a|the|my)\s+plan\b|\bi\s+know\s+(where|when|how)\b|\bin\s+the\s+boot\b",
            r"\bплан\b|\bзнаю\s+(где|когда|как|де|коли|як)\b",
            r"\bun\s+plan\b|\bya\s+se\s+(donde|cuando|como)\b|\bse\s+(donde|cuando)\b",
        ),
    }
)
# -- blind7-tune's kinds (2026-12-06): new classes, each used only in the pairs in ``_indirect`` --
_KIND.update(
    {
        # pills or doses stockpiled ("saving up my doses", "накопил", "назбирала", "tengo juntadas")
        "stockpile": _any(
            r"\b(saving\s+up|saved\s+up|stockpil\w*|hoard\w*|накопил\w*|накопичи\w*|назбира\w*|насобира\w*|коплю|копил\w*|juntad[oa]s|junte|juntando|acumul\w*|ahorrando|ahorre)\b"
        ),
        # ... to take all at once ("take the lot", "me las tomo todas", "выпью все сразу")
        "take_lot": _any(
            r"\b(take|taking|do|doing|neck|swallow|down)\s+(the\s+lot|them\s+all|it\s+all|all\s+of\s+(them|it)|all\s+at\s+once)\b",
            r"\b(me\s+las|me\s+los|me\s+la|me\s+lo)\s+(tomo|trago|meto|tomare|voy\s+a\s+tomar)\s+(tod[oa]s?|de\s+golpe|de\s+una)\b",
            r"\b(выпью|сожру|проглочу|приму|закину|вип'?ю|ковтну|проковтну|прийму)\s+(их\s+|їх\s+)?(все|вс[её]|всі|усі|разом|сразу|одразу|відразу)\b",
        ),
        # the person decided ("ya está decidido", "вирішила", "mind's made up"), said alone
        "decided_now": _any(
            r"\b(i'?ve\s+)?decided\s*$|\bmind\s+is\s+made\s+up\b|\b(ya\s+)?esta\s+decidido\b|\bya\s+lo\s+decidi\b|\bвс[её]\s+решено\b|\bрешил[аи]?\b|\bрешено\b|\bвирішил[аи]\b|\bвирішив\b|\bвирішено\b"
        ),
        # going up to a roof or a bridge ("піду на дах", "пойду на крышу", "me subo al puente")
        "go_up": _any(
            r"\b(піду|пойду|йду|иду|полезу|залізу|вилізу|вылезу|поднимусь|піднімусь)\s+(\w+\s+)?(на)\s+(дах\w*|крыш\w*|мост\w*|міст)\b",
            r"\b(going|go|heading|climbing)\s+(up\s+)?(to|onto|on)\s+(the\s+)?(roof|rooftop|bridge)\b(?!\s+(for|with|to\s+(watch|see|smoke|drink)|party)\b)",
            r"\b(voy|subo|me\s+subo|me\s+voy)\s+(a\s+subir\s+)?(a\s+la|al|a\s+el)\s+(azotea|puente|techo)\b",
        ),
        # on top of a bridge or a roof and not sure whether to jump ("no sé si saltar")
        "unsure_jump": _any(
            r"\b(no\s+se\s+si|don'?t\s+know\s+(if|whether)\s+(to|i\s+should)|dunno\s+if\s+i\s+should|не\s+знаю\s+(ли|чи)|не\s+знаю\s+(прыгать|стрибати))\s+(\w+\s+)?(saltar|brincar|tirarme|aventarme|jump|прыгать|прыгнуть|стрибати|стрибнути|шагнуть|шагнути)\b"
        ),
        # a letter or a note written or left ("записку уже написал", "les dejé una carta")
        "note_done": _any(
            r"\b(записк\w*|лист|письм\w*|note|letter|carta|nota)\s+(\w+\s+)?(уже\s+|вже\s+|already\s+)?(написал\w*|написа(в|ла|ли)|оставил\w*|залиши\w*|written|wrote|left|escrita|dejada)\b",
            r"\b(left|wrote|written)\s+(\w+\s+){0,2}(a\s+)?(note|letter)\b|\b(deje|escribi)\s+(\w+\s+){0,2}(una\s+)?(carta|nota)\b|\b(написал\w*|оставил\w*|написа(в|ла|ли)|залиши(в|ла|ли))\s+(\w+\s+)?(записк\w*|письм\w*|лист)\b",
        ),
        # everything ends today, in the active ("сегодня точно всё закончит", "hoy acabo con todo")
        "today_end_act": _any(
            r"\b(сегодня|сьогодні|tonight|today|hoy|esta\s+noche)\s+(\w+\s+)?(вс[её]|все|усе|it\s+all|it|everything|con\s+todo)\s+(закончит|закончу|закінчить|закінчу|покончит|покончу|end|ending|acabo|acaba|termino|termina)\b(?!\s+(in|at|by|в|о|у|к|до|a\s+las|con\s+(el|la|mi|su))\b)"
        ),
        # "I don't see the point any more" (not of a thing: "не бачу сенсу в цій роботі")
        "no_point": _any(
            r"\bне\s+(вижу|бачу)\s+(больше\s+|більше\s+)?(смысла|сенсу)\s+(дальше|далі|жить|жити)\b|\bне\s+(вижу|бачу)\s+(больше\s+|більше\s+)?(смысла|сенсу)\s*$",
            r"\bno\s+le\s+veo\s+sentido\s+a\s+(nada|seguir|vivir)\b|\b(see|there'?s)\s+no\s+point\s+(going\s+on|anymore|any\s+more|in\s+living)\b",
        ),
        # ... thinking of ending it ("думаю закінчити це", "planning how to end it")
        "end_it": _any(
            r"\b(думаю|хочу|вирішив|вирішила|збираюсь|збираюся|планую)\s+(\w+\s+)?(закінчити|покінчити)\s+(це|все|усе|з\s+усім|з\s+усім\s+цим)\b",
            r"\b(думаю|хочу|решил|решила|собираюсь|планирую)\s+(\w+\s+)?(закончить|покончить)\s+(это|вс[её]|со\s+всем)\b",
            r"\b(plann?ing|plan|thinking\s+(of|about)|decided|going|gonna|want\w*)\s+(how\s+)?(to\s+)?end\s+it(\s+all)?\b(?!\s+(with|between|for|at)\b)",
            r"\b(pienso|quiero|decidi|voy\s+a|planeando|pensando\s+(en|como))\s+(\w+\s+)?(acabar|terminar)\s+con\s+(todo|esto)\b",
        ),
        # planning how to end it, alone a plan ("been planning how to end it", "планую як це закінчити")
        "plan_end": _any(
            r"\b(plann?ing|plotting)\s+(out\s+)?(how|when)\s+(to|i'?ll|i\s+will|i'?m\s+going\s+to|im\s+gonna)\s+end\s+(it|it\s+all|my\s+life)\b(?!\s+(with|between|for)\b)",
            r"\b(планую|планирую|продумую|продумываю|обдумываю)\s+(як|как|коли|когда)\s+(\w+\s+)?(закінчити|покінчити|закончить|покончить)\s+(це|все|усе|это|вс[её]|з\s+собою|с\s+собой)\b",
            r"\b(planeando|planeo|pensando)\s+(como|cuando)\s+(acabar|terminar)\s+con\s+(todo|esto|mi\s+vida)\b",
        ),
        # thinking about it all the time ("весь час про нього думаю", "can't stop thinking about it"):
        # beside the means
        "keep_thinking": _any(
            r"\b(весь\s+час|постійно|вс[её]\s+время|постоянно|all\s+the\s+time|constantly|todo\s+el\s+tiempo|siempre)\s+(\w+\s+){0,3}(думаю|думати|думать|thinking|think|pienso|pensando)\b",
            r"\b(думаю|думать|thinking|think|pienso|pensando)\s+(\w+\s+){0,3}(весь\s+час|постійно|вс[её]\s+время|постоянно|all\s+the\s+time|constantly|todo\s+el\s+tiempo)\b|\bcan'?t\s+stop\s+thinking\s+about\s+(it|the\s+gun|the\s+rope)\b",
        ),
        # a gun for hunting, sport or work
        "gun_use": _any(
            r"\b(hunt\w*|range|shooting\s+club|охот\w*|полюван\w*|тир\w*|стрільб\w*|стрельб\w*|caza|cazar|club\s+de\s+tiro|service|служб\w*)\b"
        ),
        # "why do I even wake up" ("навіщо я взагалі прокидаюсь", "para qué me despierto")
        "why_wake": _any(
            r"\b(навіщо|нащо|зачем|нафига|нахуя|para\s+que)\s+(я\s+|yo\s+)?(взагалі\s+|вообще\s+|ще\s+|еще\s+|ещё\s+)?(прокидаюсь|прокидаюся|просыпаюсь|me\s+despierto|me\s+levanto)\b(?!\s+(так\s+)?(рано|в|о|у|a\s+las|tan))",
            r"\bwhy\s+(do\s+i|should\s+i|even|would\s+i)\s+(even\s+)?(bother\s+)?(wake|waking|get\s+up)\b(?!\s+(up\s+)?(so\s+early|at|early)\b)",
        ),
        # self-harm as "the only thing that helps"
        "only_helps": _any(
            r"\b(only\s+thing\s+that\s+(helps|works)|единственное\s+что\s+(помогает|спасает)|єдине\s+що\s+(допомагає|рятує)|lo\s+unico\s+que\s+(me\s+)?(ayuda|sirve|calma))\b"
        ),
        # a goodbye passed on ("if someone passes this on", "díganle a mi mamá") with love and sorry
        "pass_on": _any(
            r"\b(передасть|передайте|передай|передадут|передасте|передасте|передаст|pass\s+(this|it)\s+on|diganle|dile\s+a|tell\s+my\s+(mum|mom|mother|kids|son|daughter|family))\b"
        ),
        "love_you": _any(
            r"\b(я\s+тебе\s+люблю|я\s+тебя\s+люблю|люблю\s+тебе|люблю\s+тебя|i\s+love\s+you|love\s+you|te\s+quiero|te\s+amo|los\s+quiero|las\s+quiero)\b"
        ),
    }
)
# -- tune23's kinds (2026-12-06, session 10) --
_KIND["wont_need"] = _any(
    *_KIND["wont_need"].patterns,
    # "мне они больше не пригодятся", "мені вони вже ні до чого", "ya no me sirven"
    # "мені нічого не треба" (tune35)
    r"\b(мені|мне)\s+(\w+\s+)?(нічого|ничего)\s+(не\s+)?(треба|потрібно|нужно)\b",
    # "мені це вже не треба буде", "мне это уже не нужно будет" (tune38)
    r"\b(мені|мне)\s+(\w+\s+){0,2}(вже|уже|більше|больше)\s+не\s+(треба|потрібно|потрібн\w*|нужно|нужн\w*|надо)\s+(буде|будуть|будет|будут)\b",
    r"\b(больше|уже|більше|вже)\s+не\s+(пригод\w*|знадоб\w*)\b|\b(уже|вже)\s+(ни|ні)\s+(к|до)\s+(чему|чого)\b|\bya\s+no\s+me\s+(sirven|sirve|van\s+a\s+servir)\b",
)
_KIND.update(
    {
        # "не поминайте лихом" / "не згадуйте лихом": a goodbye for good (not when moving or leaving a job)
        "no_ill": _any(
            r"\bне\s+(поминайте|поминай|згадуйте|згадуй|вспоминайте)\s+(меня\s+|мене\s+)?лихом\b"
        ),
        # "enough suffering" ("хватит мучиться", "досить мучитись", "dejar de sufrir", "to stop the pain")
        "end_suffering": _any(
            r"\b(хватит|довольно|досить|годі|чтобы\s+не|чтоб\s+не|щоб\s+не|щоби\s+не)\s+(\w+\s+)?(мучиться|мучаться|мучитися|мучитись|страдать|страждати)\b",
            r"\b(para\s+)?dejar\s+de\s+sufrir\b|\b(to\s+)?(make\s+the\s+pain\s+stop|stop\s+the\s+pain|stop\s+suffering|end\s+the\s+suffering)\b",
        ),
        # pills or a drug bought or got ("купил две пачки феназепама", "ya tengo las pastillas")
        "pills_got": _any(
            r"\b(купил\w*|купив|купила|достал\w*|дістав|дістала|взял\w*|взяв|взяла|bought|got|have|ya\s+tengo|compre|consegui|junte)\s+(\w+\s+){0,3}(таблет\w*|пігул\w*|колес\w*|феназепам\w*|фенібут\w*|пачк\w*|упаковк\w*|pills|meds|pastillas|pastas|clonazepam|rivotril)\b",
        ),
        # "writing here for the last time" ("пишу сюда последний раз", "востаннє пишу")
        "last_write": _any(
            r"\b(пишу|напишу)\s+(сюда|сюди|тут|здесь|вам)?\s*(в\s+|у\s+)?(последний|останній)\s+раз\b|\b(последний|останній)\s+раз\s+(пишу|сюда|сюди)\b|\bвостаннє\s+(пишу|сюди)\b|\b(writing|posting)\s+(here\s+)?for\s+the\s+last\s+time\b|\b(escribo|escribiendo)\s+(aqui\s+)?por\s+ultima\s+vez\b",
        ),
        # "thanks for being there" ("спасибо что были", "дякую всім", "gracias por todo")
        "thanks_were": _any(
            r"\b(спасибо|дякую|thank\s+you|thanks|gracias)\s+(\w+\s+)?(что\s+были|що\s+були|всем|всім|усім|for\s+being\s+(there|here)|a\s+todos|por\s+estar)\b",
        ),
        # a goodbye text ("texted love you all sorry"): love and sorry, with a bridge or a roof
        "goodbye_text": _any(
            r"\b(love\s+you\s+all|love\s+you\s+guys|люблю\s+вас|люблю\s+вас\s+всех|люблю\s+вас\s+усіх|los\s+quiero\s+a\s+todos|l[oa]s\s+amo)\b",
        ),
        "location": _any(
            r"\b(location|geo|геолокац\w*|геопозиц\w*|локаци\w*|локаці\w*|ubicacion)\b",
        ),
    }
)


# -- blind7-tune's last rule miss (2026-12-06, session 10): the means in hand and "today, that's it" --
_KIND.update(
    {
        # pills, a rope, a blade or a gun held in the hand ("тримає в руці таблетки", "holding the
        # pills in her hand", "tiene el cuchillo en la mano")
        "hold_means": _any(
            r"\b(тримає|тримаю|тримала|тримав|держит|держу|держала|держал|стискає|сжимает|зажал\w*|holding|holds|clutching|has|got|tiene|tengo|sostiene|agarra|trae)\s+(\w+\s+){0,3}(таблет\w*|пігул\w*|колес\w*|ніж|нож|лезо|лезвие|бритв\w*|пистолет\w*|пістолет\w*|мотузк\w*|веревк\w*|верёвк\w*|pills|knife|blade|razor|gun|pistol|rope|pastillas|cuchillo|navaja|pistola|cuerda|soga)\b",
            r"\b(в|у)\s+(руці|руке|руках|кулаці|кулаке)\s+(\w+\s+)?(таблет\w*|пігул\w*|колес\w*|ніж|нож|лезо|лезвие|бритв\w*|пистолет\w*|пістолет\w*)\b|\b(pills|knife|blade|razor|gun)\s+in\s+(his|her|my|their)\s+hand\b|\b(pastillas|cuchillo|navaja|pistola)\s+en\s+la\s+mano\b",
        ),
        # "today, that's it" said last ("каже що сьогодні все", "dice que hoy se acaba", "says tonight's
        # the end")
        "today_all": _any(
            r"\b(сьогодні|сегодня|этой\s+ночью|цієї\s+ночі|завтра)\s+(вже\s+|уже\s+)?(все|вс[её]|усе|кінець|конец)\s$",
            r"\b(esta\s+noche|hoy)\s+es\s$|\b(tonight|today)\s+(is|'?s)\s+the\s+(night|day)\s$",
            r"\b(today|tonight)\s+(is\s+|'?s\s+)?(it|the\s+end|the\s+last\s+day)\s$|\b(this\s+is\s+it|it\s+ends\s+(today|tonight))\s$",
            r"\b(hoy|esta\s+noche)\s+(se\s+acaba\s+(todo|esto)|es\s+el\s+(final|fin|ultimo\s+dia)|termina\s+todo)\s$",
        ),
    }
)


# -- tune26's kinds (2026-12-06, session 11) --------------------------------------------------------
_KIND.update(
    {
        # sorry for everything, said as a goodbye ("sorry for everything", "простите меня за всё",
        # "пробачте мені за все", "perdónenme por todo"), not for last night or what was said
        "sorry_all": _any(
            r"\b(sorry|apologi[sz]e)\s+(about|for)\s+(everything|it\s+all|all\s+of\s+it)\b(?!\s+(i|you|we|that|last(?!\s+(text|txt|msg|message)s?\b)|yesterday|earlier|today|at)\b)",
            r"\b(простите|прости|извините|пробачте|пробач|вибачте|вибач)\s+(\w+\s+)?за\s+(вс[её]|все|усе)\b(?!\s+(что|що|сказан\w*|вчера|вчора))",
            r"\b(perdon\w*|perdoname|perdonenme|disculp\w*)\s+(\w+\s+)?por\s+todo\b(?!\s+(lo\s+que|lo\s+de|el\s+|ayer|anoche))",
        ),
        # the parting words that go with it: take care of each other, don't look for me, I loved you
        "parting": _any(
            r"\b(take\s+care\s+of|look\s+after)\s+(each\s+other|one\s+another|(my\s+)?(mum|mom|mother|dad|kids|cat|dog|sister|brother)\s+for\s+me)\b|\byou\s+(all\s+|guys\s+)?were\s+the\s+best\s+(part|thing)\b|\bi\s+loved\s+you\s+(all|guys)\b|\b(don'?t|dont|do\s+not)\s+(come\s+)?look(ing)?\s+for\s+me\b|\bgoodbye\s+forever\b",
            r"\b(take\s+care\s+of|look\s+after)\s+(the|my)\s+\w+\s+for\s+me\b|\bбереги(те)?\s+(маму|папу|детей|дочку|сына|кота|кошку|собаку)\b|\bбережи(ть)?\s+(маму|тата|дітей|доньку|сина|кота|кішку|собаку)\b|\bcuid(a|en|ad)\s+a\s+mi\s+(mama|papa|vieja|viejo|hij[oa]s?|perr[oa]|gat[oa])\b",
            r"\bберегите\s+(друг\s+друга|маму|себя\s+и\s+маму)\b|\bне\s+ищите\b|\bпрощайте\b|\bвы\s+были\s+(самыми\s+)?лучш\w*|\bя\s+вас\s+(очень\s+)?любил\w*",
            r"\bбережіть\s+(одне\s+одного|один\s+одного|маму)\b|\bне\s+шукайте\b|\bпрощавайте\b|\bви\s+були\s+(найкращ\w*|найкращими)\b|\bя\s+вас\s+(дуже\s+)?люби(в|ла)\b",
            r"\bcuidense\s+(entre\s+ustedes|entre\s+todos|mucho)\b|\bcuiden\s+a\s+mi\s+\w+\b|\bno\s+me\s+busquen\b|\bl[oa]s\s+quise\s+(mucho|muchisimo)?\b|\badios\s+para\s+siempre\b|\bfueron\s+lo\s+mejor\b",
        ),
        # leaving so that no one finds me ("як би так піти, щоб ніхто не знайшов", "go where no one
        # will ever find me")
        "vanish_unfound": _any(
            r"\b(уйти|уйду|исчезнуть|исчезну|пропасть|піти|піду|зникнути|зникну|пропасти)\b.{0,30}\b(чтобы|чтоб|щоб|щоби|шоб)\s+(меня\s+|мене\s+)?(никто|ніхто)\s+(\w+\s+)?не\s+(нашел|нашёл|найдет|найдёт|нашли|знайшов|знайде|знайшли)\b",
            r"\b(go|disappear|vanish|walk\s+off)\b.{0,30}\b(where|so\s+(that\s+)?)\s*(no\s+one|nobody|noone)\s+(will\s+|would\s+|can\s+|could\s+|ever\s+)*find\s+(me|my\s+body)\b",
            r"\b(irme|desaparecer|perderme)\b.{0,30}\b(donde|para\s+que)\s+nadie\s+(me\s+)?(encuentre|encuentra|pueda\s+encontrar)\b",
        ),
        # affairs put in order: a will written, debts paid back ("написал завещание", "pagué a todos
        # lo que debía"); not at a notary's or a lawyer's
        "affairs": _any(
            r"\b(wrote|written|made|did|finished|sorted)\s+(out\s+)?(my|a)\s+will\b|\bpaid\s+(back\s+)?(everyone|everybody|all)\s+(back\s+)?(what\s+i\s+owe\w*|my\s+debts)\b|\bpaid\s+off\s+all\s+my\s+debts\b",
            r"\b(написал\w*|составил\w*|оформил\w*)\s+(\w+\s+)?завещани\w*|\b(раздал\w*|вернул\w*|отдал\w*)\s+(все\s+|всем\s+)?(\w+\s+)?долги\b",
            r"\b(написа(в|ла)|склала|склав|оформи(в|ла))\s+(\w+\s+)?заповіт\w*|\b(роздав|роздала|поверну(в|ла)|відда(в|ла))\s+(всі\s+|усі\s+|всім\s+|усім\s+)?(\w+\s+)?борги\b",
            r"\b(hice|escribi|deje\s+hecho)\s+(mi|el)\s+testamento\b|\b(le\s+)?pague\s+(a\s+todos\s+)?(todo\s+)?lo\s+que\s+(les\s+|le\s+)?debia\b|\bpague\s+(todas\s+)?mis\s+deudas\b",
        ),
        "legal": _any(
            r"\b(notary|lawyer|solicitor|нотариус\w*|нотаріус\w*|адвокат\w*|юрист\w*|notari[oa]|abogad[oa]|licenciad[oa])\b"
        ),
        # ... and now one can go in peace, it will be simpler ("ya me puedo ir tranquilo", "так проще будет")
        "go_calm": _any(
            r"\b(now|so)\s+i\s+can\s+go\s+(in\s+peace|now|calmly)\b|\bit'?ll\s+be\s+(easier|simpler)\s+(for\s+everyone|this\s+way)\b",
            r"\bтак\s+(проще|легче)\s+будет\b|\bбудет\s+(проще|легче)\s*$|\bтеперь\s+можно\s+(спокойно\s+)?уходить\b|\bтак\s+(простіше|легше)\s+буде\b|\bтепер\s+можна\s+(спокійно\s+)?(йти|іти|піти)\b",
            r"\bya\s+me\s+puedo\s+ir\s+tranquil[oa]\b|\bya\s+puedo\s+irme\s+tranquil[oa]\b|\basi\s+es\s+mas\s+facil\s+para\s+todos\b",
        ),
        # a last message today, for now: going to sleep ("last message tonight, going to bed")
        "for_now": _any(
            r"\b(for\s+today|for\s+tonight|for\s+now|of\s+the\s+day|till\s+tomorrow|going\s+to\s+(bed|sleep)|night\s+all)\b|\b(на\s+сегодня|на\s+сьогодні|до\s+завтра|иду\s+спать|йду\s+спати|спокойной\s+ночи|добраніч|на\s+ніч)\b|\b(por\s+hoy|de\s+hoy|hasta\s+manana|me\s+voy\s+a\s+dormir|buenas\s+noches)\b"
        ),
        # "i know which overpass", "знаю с какого моста", "ya sé de qué puente": the place known
        "place_known": _any(
            r"\bi\s+(already\s+)?know\s+(which|what|the)\s+(bridge|overpass|building|roof|rooftop|cliff|tree|spot)\b(?!\s+(to|you|we|they|is|has|for)\b)",
            r"\bзнаю\s+(с\s+)?(какого|какой|какую|який|якого|з\s+якого|з\s+якої)\s+(моста|мост|крыши|крышу|здания|мосту|даху|дах|будинку)\b",
            r"\bya\s+se\s+(de\s+)?(que|cual)\s+(puente|edificio|azotea|techo)\b",
        ),
        "soon_time": _any(
            r"\b(tonight|today|this\s+weekend|tomorrow|сегодня|сьогодні|завтра|ночью|вночі|на\s+выходных|на\s+вихідних|esta\s+noche|hoy|manana|este\s+finde)\b"
        ),
        # on a bridge, the water below described ("вода така темна", "the water looks so cold")
        "dark_water": _any(
            r"\b(water|river|вода|воду|река|річка|agua|rio)\s+(\w+\s+){0,2}(so\s+|such\s+|такая\s+|така\s+|очень\s+|дуже\s+|tan\s+|muy\s+)?(dark|cold|black|deep|темн\w*|холодн\w*|черн\w*|чорн\w*|глубок\w*|глибок\w*|oscur[oa]|fri[oa]|profund[oa]|negr[oa])\b"
        ),
        "on_bridge": _any(
            # tune33: on the bridge's railing ("en la baranda del puente", "на перилах моста")
            r"\b(on|at)\s+the\s+(bridge\s+(railing|rail|parapet)|(railing|rail|parapet)\s+of\s+the\s+bridge)\b|\bна\s+перилах\s+(моста|мосту)\b|\ben\s+la\s+(baranda|barandilla|barandal)\s+del\s+puente\b",
            r"\b(standing|sitting|i'?m|im|stood|sat)\s+(\w+\s+){0,2}on\s+(the|a)\s+(\w+\s+)?bridge\b|\b(стою|сижу|сиджу|я)\s+(\w+\s+)?на\s+(\w+\s+)?(мосту|мості)\b|\b(estoy|parad[oa]|sentad[oa])\s+(\w+\s+){0,2}en\s+(el|un)\s+puente\b",
        ),
        "sightseeing": _any(
            r"\b(photo\w*|pics?|sunset|view|fish\w*|walk\w*|фот\w*|закат\w*|захід\s+сонця|рыб\w*|риб\w*|гуля\w*|прогул\w*|foto\w*|atardecer|paseo|pescando)\b"
        ),
    }
)
_KIND["quit"] = _any(
    *_KIND["quit"].patterns,
    # withdrawal asked about: a last use before stopping ("cuándo empieza el mono si me pico la última
    # vez", "когда начнётся ломка", "how long does withdrawal last")
    r"\bwithdrawals?\b|\bdope\s*sick\b|\bломк\w*|\bкумар\w*|\bабстинен\w*|\bmono\b|\babstinencia\b|\btaper\w*",
)
_KIND["high_floor"] = _any(
    *_KIND["high_floor"].patterns,
    # ordinals in words ("девятого этажа", "на дев'ятому поверсі", "ninth floor", "noveno piso")
    r"\b(пят|шест|седьм|восьм|девят|десят|двенадцат|шестнадцат|п'?ят|шост|сьом|восьм|дев'?ят|десят|дванадцят)\w*\s+(этаж\w*|поверх\w*|поверс\w*)\b|\b(fifth|sixth|seventh|eighth|ninth|tenth|twelfth|\w+teenth)\s+floor\b|\b(quinto|sexto|septimo|octavo|noveno|decimo)\s+piso\b",
)
_KIND["only_helps"] = _any(
    *_KIND["only_helps"].patterns,
    # "otherwise it won't let go" ("інакше не відпускає", "иначе не отпускает", "only way it goes quiet")
    r"\b(иначе|по-?другому|інакше|по-?іншому)\s+(\w+\s+)?не\s+(отпускает|відпускає|проходит|минає)\b|\b(only|just)\s+(thing|way)\s+(that\s+)?makes\s+(it|the\s+noise|my\s+head)\s+(quiet|stop)\b",
)
_KIND["self_harm"] = _any(
    *_KIND["self_harm"].patterns,
    r"\b(пропалю\w*|пропалива\w*|прожига\w*|обжига\w*|обпалю\w*|палю\s+(себе|себя|руку|руки|шкіру|кожу)|жгу\s+(себе|себя|руку|руки|кожу))\b",
)
_KIND["when_alone"] = _any(
    *_KIND["when_alone"].patterns,
    # "waiting til my flatmate leaves", "жду пока сосед уйдёт", "espero a que se vaya mi compa"
    r"\b(wait\w*\s+)?(til|till|until|for)\s+(my|the)\s+(flatmate|roommate|housemate|partner|bf|gf|boyfriend|girlfriend|wife|husband|parents|mum|mom|dad|sister|brother)\s+(leaves|goes\s+out|is\s+out|is\s+gone|falls\s+asleep|goes\s+to\s+(bed|work|sleep))\b",
    r"\b(жду|чекаю)\s+(пока|поки|коли)\s+(\w+\s+)?(уйд[её]т|уедет|уснет|уснёт|заснет|заснёт|піде|поїде|засне|засне)\b|\bespero\s+a\s+que\s+(\w+\s+){0,2}se\s+(vaya|duerma|vayan|duerman)\b",
)


# -- tune29's and blind8-tune's kinds (2026-12-06, session 12) ---------------------------------------
# a thing given away because a new one was bought, it was outgrown or one is moving house ("gave
# my old phone to my brother, i won't need it, bought a new one", "ya no la voy a necesitar después
# de la mudanza"): the giving has its reason (tune46, session 20)
_KIND["replaced"] = _any(
    r"\b(bought|got|getting|ordered)\s+(myself\s+)?(a\s+)?(brand\s+)?new\b|\bnew\s+one\b|\bupgrad\w*|\boutgr[eo]w\w*",
    r"\b(купил\w*|купив|купила|взял\w*|взяв)\s+(себе\s+)?нов\w*|\bвырос\w*\s+из\b|\bвиріс\s+з\b|\bвиросла\s+з\b|\bпереезд\w*|\bпереїзд\w*",
    r"\b(compre|me\s+compre|pedi)\s+(un|una|otr[oa])\s+(\w+\s+)?nuev[oa]\b|\bmudanza\b|\bya\s+le\s+queda\s+chic[oa]\b",
)
_KIND["give_away"] = _any(
    *_KIND["give_away"].patterns,
    # "found my cat a new home", "boxed up my things for my brother", "regalé mi perro"
    r"\bhanded\s+(\w+\s+){0,3}over\b|\bfound\s+(my|the)\s+(cat|dog|pets?|kitten|puppy|rabbit|bird|fish)\s+a\s+(new\s+)?home\b|\brehomed\s+(my|the)\b|\bboxed\s+up\s+(\w+\s+){0,3}(my\s+)?(things|stuff)\b|\b(regale|le\s+deje|deje\s+a)\s+mi\b",
)
_KIND["affairs"] = _any(
    *_KIND["affairs"].patterns,
    # passwords and where things are left to someone ("sorted my passwords", "оставил маме пароли",
    # "le dejé las claves a mi mamá")
    r"\b(sorted|left|gave|wrote\s+down|wrote)\s+(out\s+)?(\w+\s+){0,2}(my\s+)?(passwords|pins|logins|bank\s+details)\b|\bwrote\s+(my\s+)?(mum|mom|sister|brother|partner)\s+where\s+everything\s+is\b",
    r"\b(оставил\w*|отдал\w*|записал\w*|лишив|лишила|залиши(в|ла)|відда(в|ла)|записа(в|ла))\s+(\w+\s+){0,2}(пароли|паролі|пин\w*|пін\w*)\b|\b(deje|di|anote)\s+(\w+\s+){0,3}(claves|contrasenas|pines)\b",
)
_KIND["affairs"] = _any(
    *_KIND["affairs"].patterns,
    # tune33: "tying up loose ends", "paid off my debts", "deleted all my socials", "cerrando
    # pendientes", "привожу дела в порядок", "довожу справи до ладу"
    r"\b(tying|tie|tied)\s+up\s+(all\s+)?(the\s+|my\s+)?loose\s+ends\b|\b(getting|putting|got|put|setting|set)\s+my\s+affairs\s+in\s+order\b|\bpaid\s+off\s+(all\s+)?(my\s+)?debts\b|\bdeleted\s+(all\s+)?(of\s+)?my\s+(socials|social\s+media|accounts)\b",
    r"\bcerrando\s+(todos\s+)?(mis\s+)?pendientes\b|\bcerrar\s+(todos\s+)?(mis\s+)?pendientes\b|\bdejando\s+todo\s+en\s+orden\b|\bborre\s+(todas\s+)?mis\s+redes\b",
    r"\b(привожу|привел\w*|привёл\w*)\s+(все\s+)?(свои\s+)?дела\s+в\s+порядок\b|\bудалил\w*\s+(все\s+)?(свои\s+)?(соцсети|аккаунты|страниц\w*)\b|\b(довожу|привожу|навів|навела)\s+(всі\s+)?(свої\s+)?справи\s+до\s+ладу\b|\bвидали(в|ла)\s+(всі\s+)?(свої\s+)?(соцмережі|акаунти|сторінк\w*)\b",
)
_KIND["before_go"] = _any(
    r"\bbefore\s+(i\s+go|i\s+leave|i'?m\s+gone|im\s+gone|i\s+die|the\s+end)\b(?!\s+(on|to|for|away|abroad|out|back|home|travel\w*|in)\b)",
    r"\bantes\s+de\s+(irme|partir|que\s+me\s+vaya|morir(me)?)\b(?!\s+(a|de|al|para|del|con|en)\b)",
    r"\bперед\s+(уходом|тем\s+как\s+уйти)\b(?!\s+(на|в|с|из|к)\b)|\bперед\s+(відходом|тим\s+як\s+піти)\b(?!\s+(на|в|у|з|до)\b)",
)
_KIND["dark_water"] = _any(
    *_KIND["dark_water"].patterns,
    # tune33: calm water below ("the water looks so calm", "el agua se ve tranquila")
    r"\b(water|вода|река|річка|agua|rio)\s+(\w+\s+){0,3}(calm|still|peaceful|tranquil[oa]|calmad[oa]|quiet[oa]|спокойн\w*|тих\w*|спокійн\w*)\b",
    # "вода внизу ледяная", "the water below looks icy", "el agua se ve muy fría"
    r"\b(water|вода|воду|река|річка|agua|rio)\s+(\w+\s+){0,3}(icy|freezing|ледян\w*|крижан\w*|helad[oa]|muy\s+fri[oa])\b",
)
_KIND["only_helps"] = _any(
    *_KIND["only_helps"].patterns,
    # "only way i can feel anything", "es lo único que me alivia", "тільки так відпускає"
    r"\bonly\s+(way|thing)\s+(that\s+)?(i\s+can|makes\s+me|lets\s+me)\s+feel\s+(anything|something)\b|\blo\s+unico\s+que\s+me\s+(alivia|tranquiliza|relaja)\b|\b(только|тільки)\s+так\s+(и\s+|і\s+)?(отпускает|відпускає|легче|легше)\b",
)
_KIND["self_harm"] = _any(
    *_KIND["self_harm"].patterns,
    # "me estoy quemando los brazos", "pressing a hot spoon on my thigh"
    r"\bme\s+estoy\s+(quemando|cortando|lastimando)\b|\bquemandome\b|\b(pressing|holding|putting)\s+(a\s+|the\s+)?(hot|lit|burning|heated)\s+\w+\s+(on|to|against|into)\s+my\b",
)
_KIND["use"] = _any(
    *_KIND["use"].patterns,
    # "si me paso a propósito" (not "me paso por tu casa")
    r"\bme\s+paso\b(?!\s+(por|a\s+ver|a\s+verte|a\s+tu|a\s+su|al|temprano|luego|mas\s+tarde))",
)
_KIND.update(
    {
        # leaving, ready now: "ready to go now", "теперь можно уходить", "ya me puedo ir" (with a pet
        # or things handed over)
        "ready_leave": _any(
            r"\bready\s+to\s+go(\s+now)?\s$|\bready\s+to\s+go\s+now\b(?!\s+(to|for|out|home|back|and|with)\b)|\b(i'?m|im|i\s+am)\s+ready\s+now\b|\bnow\s+i\s+can\s+go\b(?!\s+(home|to|out|back|and)\b)",
            r"\b(теперь|тепер)\s+(уже\s+|вже\s+)?(можно|можна)\s+(и\s+|і\s+)?(уходить|уйти|идти|йти|іти|піти)\b(?!\s+(домой|додому|на|в|у|к|до|гулять|гуляти|спать|спати)\b)",
            r"\b(ya\s+)?(me\s+puedo\s+ir|puedo\s+irme)\b(?!\s+(a|al|de|con|para|temprano|a\s+casa|tranquil\w*\s+a)\b)|\b(ya\s+)?estoy\s+list[oa]\s+para\s+irme\b(?!\s+(a|al|de|con)\b)",
        ),
        # "forgive me everyone", "простите меня все", "пробачте всі", "perdónenme todos"
        "forgive_all": _any(
            r"\bforgive\s+me\s+(everyone|everybody|all|guys)\b|\b(everyone|all\s+of\s+you)\s+forgive\s+me\b",
            r"\bпростите\s+(меня\s+)?(все|всех)\b|\b(пробачте|вибачте)\s+(мені\s+|мене\s+)?(всі|усі)\b",
            r"\b(perdonenme|perdoname|perdon)\s+(a\s+)?todos\b",
        ),
        # ... and going: "i'm going now", "ухожу", "я йду", "me voy"; "it's better this way"
        "going_now": _any(
            r"\b(i'?m|im|i\s+am)\s+(going|leaving|off)\s+now\b(?!\s+(to|home|out|back|for|and|with)\b)|\b(i'?m|im)\s+going\s$|\b(it'?s|its)\s+better\s+this\s+way\b",
            r"\bя\s+ухожу\b(?!\s+(пораньше|раньше|рано|домой|спать|гулять|с|со|из|в|на|к|от|до)\b)|\bухожу\s$|\bтак\s+будет\s+лучше\b|\bя\s+(йду|іду|піду)\s$|\bя\s+(йду|іду)\b(?!\s+(до|в|у|на|з|додому|спати|гуляти|по)\b)|\bтак\s+буде\s+краще\b",
            r"\bme\s+voy\b(?!\s+(a|al|de|con|para(?!\s+siempre)|temprano|ya\s+a|yendo)\b)|\bes\s+mejor\s+asi\b",
        ),
        # last words from a high place: "пишу последнее", "typing my last words", "mi último mensaje"
        "last_words": _any(
            r"\b(typing|writing|sending|my)\s+(my\s+)?last\s+(words|message)\b|\bпишу\s+(сво[её]\s+)?последнее\b|\bпишу\s+(сво[єе]\s+)?останнє\b|\bпоследние\s+слова\b|\bостанні\s+слова\b|\bultimas\s+palabras\b",
            r"\bпоследнее\s+(\w+\s+)?сообщение\b|\bостаннє\s+(\w+\s+)?повідомлення\b|\bultimo\s+mensaje\b",
        ),
        # up high: on a roof, a bridge, a ledge, its edge ("on the multistorey roof", "arriba del puente")
        "up_high": _any(
            r"\b(on|at)\s+(the|a|this)\s+(\w+\s+)?(roof|rooftop|ledge|bridge|parapet|overpass)\b|\b(on|at)\s+the\s+edge\s+of\s+(the|a)\s+(\w+\s+)?(roof|rooftop|bridge|building|cliff)\b",
            r"\bна\s+(краю\s+|краї\s+)?(крыши|крыше|даху|мосту|мості|карнизе|парапете|парапеті|эстакаде|естакаді)\b",
            r"\b(arriba|encima)\s+del\s+(puente|edificio|techo)\b|\ben\s+(el\s+)?borde\s+de\s+(la|el)\s+(azotea|puente|techo|edificio)\b|\ben\s+(la\s+)?azotea\b",
        ),
        # said to be there now: "now", "rn", "atm", "щас", "ahorita"
        "now_here": _any(
            r"\b(right\s+now|rn|atm|now)\b|\b(сейчас|щас|зараз|прямо\s+сейчас)\b|\b(ahora|ahorita)\b"
        ),
        # but there for an outing, traffic or a meeting
        "up_for": _any(
            r"\b(traffic|jam|bus|drive|driving|meet\w*|waiting\s+for\s+(you|u|them|him|her)|see\s+you|on\s+my\s+way|view|sunset|photo\w*|pics?|smok\w*|work\w*|fix\w*|repair\w*|roofer|selfie|stars)\b",
            r"\b(пробк\w*|затор\w*|автобус\w*|жду\s+тебя|чекаю\s+на\s+тебе|чекаю\s+тебе|еду|їду|иду\s+к|вид\b|краєвид\w*|закат\w*|захід|фот\w*|кур\w*|палимо|работа\w*|працю\w*|чиню|ремонт\w*|звезд\w*|зірк\w*)",
            r"\b(trafico|atasco|camion|te\s+espero|ya\s+llego|voy\s+para|vista|atardecer|foto\w*|fumando|trabajando|arreglando|estrellas)\b",
            r"\bwith\s+(my\s+|the\s+)?(friends|mates|boys|girls|crew|gang)\b|\b(с|з)\s+друзьями\b|\bз\s+друзями\b|\bcon\s+(mis\s+|unos\s+)?(amig\w*|compas|cuates|panas)\b|\btomando\s+algo\b|\bchill\w*\b",
        ),
        # not planning on waking up ("больше просыпаться не собираюсь", "no pienso despertar")
        "no_wake_plan": _any(
            r"\b(not|no|don'?t|dont|do\s+not)\s+(planning|plan|going|gonna|intending|intend)\s+(on|to)\s+(wak\w*|wake\s+up)\b(?!\s+(up\s+)?(before|till|until|early|at|for|the|him|her|them|my)\b)",
            r"\b(больше\s+)?просыпаться\s+(больше\s+)?не\s+(собираюсь|планирую|буду|хочу)\b|\bне\s+(собираюсь|планирую)\s+(больше\s+)?просыпаться\b(?!\s+(рано|в|до|раньше)\b)",
            r"\b(більше\s+)?прокидат(ись|ися)\s+(більше\s+)?не\s+(збираюсь|збираюся|планую|буду|хочу)\b|\bне\s+(збираюсь|збираюся|планую)\s+(більше\s+)?прокидат(ись|ися)\b(?!\s+(рано|о|до|раніше)\b)",
            r"\bno\s+(pienso|planeo|quiero|voy\s+a)\s+(volver\s+a\s+)?despertar(me)?\s*(nunca\s+mas\s*)?$|\bno\s+(pienso|planeo)\s+(volver\s+a\s+)?despertar(me)?\b(?!\s+(a|temprano|antes|hasta)\b)",
        ),
        # "the last night" (with no morning after: ``not_be``)
        "last_night_any": _any(
            r"\b(the|my|this\s+is\s+the)\s+last\s+night\b|\bпоследн\w*\s+ночь\b|\bостанн\w*\s+ніч\b|\bultima\s+noche\b"
        ),
        # leaving without pain: "go peacefully", "уйти без боли", "піти тихо", "irme sin dolor"
        "go_painless": _any(
            r"\b(go|die|leave|pass|end\s+it)\s+(peacefully|painlessly|without\s+(any\s+)?pain|quietly|in\s+my\s+sleep)\b",
            r"\b(уйти|уйду|умереть|умру)\s+(\w+\s+)?(без\s+боли|тихо|безболезненно|во\s+сне)\b|\b(піти|піду|йти|вмерти|померти|помру)\s+(\w+\s+)?(без\s+болю|тихо|безболісно|уві\s+сні)\b",
            r"\b(irme|morir(me)?|me\s+voy|me\s+muero)\s+(\w+\s+)?(sin\s+dolor|tranquil[oa]|en\s+paz|dormid[oa])\b",
        ),
        # the whole of a drug at once: "весь метадон разом", "the whole bottle", "de golpe", "de una"
        "whole_dose": _any(
            r"\b(whole|entire|all\s+the|all\s+my)\s+(\w+\s+)?(bottle|bag|gram|stash|methadone|supply|pack|box|strip)\b|\b(at\s+once|in\s+one\s+go)\b",
            r"\b(весь|всю|вс[её]|все|усе|увесь)\s+(\w+\s+)?(метадон\w*|бупр\w*|субутекс\w*|грам\w*|пакет\w*|запас\w*|таблет\w*|пігул\w*|баночк\w*|флакон\w*)|\b(за\s+раз|разом|сразу|зразу|одразу)\b",
            r"\b(tod[ao]s?\s+(la|el|los|las|mi|mis)\s+\w+|entero|entera|de\s+golpe|de\s+una)\b",
        ),
        # "хочу шоб все скінчилось назавжди", "i want it all to stop for good", "quiero que todo se
        # acabe para siempre"
        "end_forever": _any(
            r"\b(want|wish|need)\s+(it\s+all|everything)\s+(to\s+)?(just\s+)?(stop|end|be\s+over)\s+(for\s+good|forever|for\s+ever)\b",
            r"\b(хочу|хочется|хочеться|хотів\s+би|хотела\s+бы|хотел\s+бы)\s+(чтобы|чтоб|щоб|шоб|щоби)\s+(вс[её]|все|усе)\s+(\w+\s+)?(закончил\w*|кончил\w*|скінчил\w*|закінчил\w*|прекратил\w*|припинил\w*)\s+(\w+\s+)?(навсегда|назавжди|насовсем|назовсім)\b",
            r"\bquiero\s+que\s+(todo\s+)?se\s+(acabe|termine)\s+(todo\s+)?(\w+\s+)?para\s+siempre\b",
        ),
        # "it all ends" ("se acaba todo", "всё закончится") and "that's what I want"
        # "time to go" said last, after the person's things or pet were given away
        "time_to_go": _any(r"\btime\s+to\s+go\s$|\btime\s+for\s+me\s+to\s+go\b"),
        "belongings": _any(
            r"\b(stuff|things|belongings|clothes|dog|cat|pets?|guitar|вещи|речі|собак\w*|кота|кошку|кішку|кота|cosas|perr[oa]|gat[oa]|ropa)\b"
        ),
        # moving out or leaving a job ("handed the keys over to the landlord, time to go")
        "moving_out": _any(
            r"\b(keys|landlord|landlady|notice|lease|flat|apartment|job|boss|resignation|ключ\w*|хозя\w*|квартир\w*|увольн\w*|звільн\w*|хазя\w*|llaves|casero|casera|renuncia|depa|departamento)\b"
        ),
        # sleeping in: a day off, a lie-in ("don't plan to wake up tomorrow, I'm sleeping in")
        "sleep_in": _any(
            r"\b(sleep\w*\s+in|lie\s+in|lay\s+in|day\s+off|weekend|выходн\w*|отсыпа\w*|вихідн\w*|відсипа\w*|finde|fin\s+de\s+semana|dia\s+libre|dormir\s+hasta)\b"
        ),
        # "how much methadone to go peacefully", "скільки треба", "cuánta"
        "how_much": _any(r"\bhow\s+(much|many)\b|\bсколько\b|\bскільки\b|\bcuant[oa]s?\b"),
        "ends_all": _any(
            r"\b(it\s+)?all\s+ends\b|\beverything\s+ends\b|\bse\s+(acaba|termina)\s+todo\b|\btodo\s+se\s+(acaba|termina)\b|\bвс[её]\s+(закончится|кончится)\b|\b(все|усе)\s+(скінчиться|закінчиться)\b"
        ),
        "want_that": _any(
            r"\b(that'?s|thats|that\s+is)\s+what\s+i\s+want\b|\b(es|eso\s+es)\s+lo\s+que\s+quiero\b|\bя\s+(этого|цього)\s+(и\s+|і\s+)?хочу\b|\b(этого|цього)\s+(я\s+)?(и\s+|і\s+)?хочу\b"
        ),
        # "tomorrow I won't be anyone's problem", "ya no voy a molestar a nadie", "никому не буду мешать"
        "no_problem": _any(
            r"\b(won'?t|wont|will\s+not)\s+be\s+(anyone'?s|anyones|everyone'?s|a)\s+problem\b|\b(won'?t|wont)\s+(bother|trouble)\s+(anyone|anybody)\s+(anymore|again|any\s+more)\b",
            r"\bникому\s+(больше\s+)?не\s+буду\s+(мешать|проблемой|обузой)\b|\bнікому\s+(більше\s+)?не\s+(заважатиму|буду\s+заважати|буду\s+проблемою|буду\s+тягарем)\b",
            r"\b(ya\s+)?no\s+(voy\s+a\s+ser|sere)\s+(un\s+)?problema\s+para\s+nadie\b|\bya\s+no\s+voy\s+a\s+(molestar|ser\s+un\s+problema)\b",
        ),
        # a note, then nothing left: "напишу записку и всё", "nothing is keeping me here"
        "note_any": _any(
            r"\b(напишу|написал\w*|написа(в|ла)|оставил\w*|залиши(в|ла))\s+(\w+\s+)?записк\w*|\bзаписк\w*\s+(\w+\s+)?(написал\w*|написа(в|ла)|напишу|оставил\w*|залиши(в|ла)|лишила|лишив)\b",
            r"\b(wrote|written|left|finished)\s+the\s+(letter|note)\b|\b(ya\s+)?(escribi|deje)\s+la\s+(carta|nota)\b",
        ),
        # a note for the landlord, the neighbours or the teacher
        "note_for": _any(
            r"\b(for|to)\s+(the|my)\s+(landlord|landlady|teacher|school|boss|manager|neighbours?|neighbors?|office|council|bank|doctor|gp|court|flatmates?|roommates?)\b",
            r"\b(соседям|соседу|соседке|хозяйке|хозяину|учител\w*|начальник\w*|директор\w*|сусідам|сусіду|сусідці|хазяй\w*|вчител\w*|шеф\w*|врач\w*|лікар\w*)\b",
            r"\b(al\s+casero|a\s+la\s+casera|al\s+jefe|a\s+la\s+jefa|a\s+los\s+vecinos|al\s+vecino|a\s+la\s+vecina|a\s+la\s+maestra|al\s+maestro|al\s+doctor|a\s+la\s+escuela)\b",
        ),
        "all_done": _any(
            r"\b(и|і|й)\s+(вс[её]|все)\s$|\b(вс[её]|все|ya\s+esta|that'?s\s+it|thats\s+it)\s$|\b(that'?s|thats)\s+(everything|all)\s+(done|sorted)\b|\beverything'?s\s+(done|sorted)\s$|\bnothing\s+(is\s+)?(keeping|holding)\s+me\s+here\b",
            r"\b(больше\s+)?меня\s+(ничего|ничто)\s+(здесь\s+|тут\s+)?не\s+держит\b|\b(більше\s+)?мене\s+(нічого|ніщо)\s+(тут\s+)?не\s+тримає\b|\bya\s+no\s+me\s+queda\s+nada\s+pendiente\b|\bya\s+nada\s+me\s+(detiene|retiene|ata)\b",
        ),
        # sleep for good: "уснуть насовсем", "sleep and not come back", "dormir para siempre"
        "sleep_for_good": _any(
            r"\b(sleep|asleep)\s+(\w+\s+)?(forever|for\s+good|permanently)\b|\bpermanent\s+sleep\b|\bsleep\s+and\s+(not|never)\s+(come\s+back|wake\s+up|wake)\b",
            r"\b(уснуть|заснуть|усну|засну|спать)\s+(\w+\s+)?(насовсем|навсегда)\b|\b(уснуть|заснуть|усну|засну)\s+(и|і)\s+не\s+проснуться\b",
            r"\b(заснути|засну|спати)\s+(\w+\s+)?(назавжди|назовсім)\b|\b(заснути|засну)\s+(і|й|и)\s+не\s+прокину\w*",
            r"\bdormir(me)?\s+(\w+\s+)?para\s+siempre\b|\bdormir(me)?\s+y\s+no\s+(despertar(me)?|volver)\b",
        ),
        "enough_word": _any(
            r"\b(enough|хватит|хватить|вистачить|вистачит|достаточно|достатньо|suficientes?|alcanzan?|bastan?)\b"
        ),
        # "could sleep forever" after a shift: tiredness
        # hurt by accident: the oven, the iron, the sun
        "accident": _any(
            r"\b(oven|stove|hob|pan|iron|kettle|cooking|sunburn\w*|ouch|oops|accident\w*|плит\w*|духовк\w*|сковород\w*|утюг\w*|праск\w*|кухн\w*|случайно|випадково|horno|estufa|sarten|plancha|cocinando|sin\s+querer|accidente)\b"
        ),
        "fever": _any(
            r"\b(burning\s+up|fever\w*|overheat\w*|температур\w*|жар\w*|перегре\w*|fiebre|calentura|sobrecalent\w*)\b"
        ),
        "idle_sleep": _any(r"\bcould\s+sleep\b|\bспал\w*\s+бы\b|\bспав\s+би\b|\bdormiria\b"),
        # scratching till it bleeds and not able to stop (not an itch, a rash or "meth mites")
        "scratch": _any(
            r"\b(scratch\w*|tearing\s+at|picking\s+at|расцарапыва\w*|расцарапа\w*|раздира\w*|роздира\w*|роздер\w*|подряпа\w*|дряпа\w*|rascando|rascarme|me\s+rasco|aranando|aranarme|me\s+arano)\b"
        ),
        "to_blood": _any(
            r"\b(till|until|to)\s+(they\s+|it\s+|i\s+)?(bleed\w*|blood)\b|\bдо\s+крови\b|\bдо\s+крові\b|\bhasta\s+(sangrar|que\s+sangr\w*|la\s+sangre)\b"
        ),
        "skin_itch": _any(
            r"\b(itch\w*|eczema|rash|mosquito\w*|bites?|allerg\w*|mites|bugs|формикац\w*|чеш\w*|свербит\w*|свербі\w*|экзем\w*|екзем\w*|аллерг\w*|алерг\w*|комар\w*|сып\w*|висип\w*|клоп\w*|блох\w*|picazon|comezon|pica|eccema|alergia|ronchas|piquete\w*|chinches|pulgas)\b"
        ),
        # one last shot, then the end: "после последнего раза закончу с жизнью", "me despido de esta vida"
        "last_dose": _any(
            r"\b(one\s+(more|last)|the\s+last|my\s+last|after\s+(the|my|this)\s+last|last)\s+(shot|hit|bag|fix|line|dose)\b",
            r"\bпоследн\w*\s+(раз|доз\w*|укол\w*|дорог\w*|пакет\w*)\b|\bостанн\w*\s+(раз|доз\w*|укол\w*|пакет\w*)\b|\bвостаннє\b",
            r"\bultim[oa]\s+(pico|chute|jale|linea|dosis|vez|pase)\b",
        ),
        "end_self": _any(
            r"\b(checking|check)\s+out\s+(for\s+good|of\s+(this|life))\b|\bend\s+(my\s+life|myself)\b",
            r"\b(закончу|покончу|кончу)\s+(\w+\s+)?(с|со)\s+(жизнью|собой)\b|\b(покінчу|закінчу)\s+(\w+\s+)?(з|із|зі)\s+(життям|собою)\b",
            r"\bme\s+acabo\s$|\bme\s+acabo\b(?!\s+(la|el|los|las|un|una|todo|eso|esto|mi|mis|lo)\b)|\bme\s+despido\s+de\s+(esta\s+|la\s+)?vida\b|\bacabo\s+con\s+mi\s+vida\b",
        ),
    }
)

# -- a plan said with the night (tune27, session 12): "tonight", "after tonight", "my last evening" --
_KIND.update(
    {
        # the night named: "tonight", "сегодня ночью", "вночі", "esta noche", "hoy a la noche"
        "night_now": _any(
            r"\b(tonight|tonite|this\s+evening)\b",
            r"\b(сегодня\s+)?ночью\b|\bэтой\s+ночью\b|\bсегодня\s+вечером\b|\b(сьогодні\s+)?вночі\b|\bцієї\s+ночі\b|\bсьогодні\s+ввечері\b",
            r"\besta\s+noche\b|\bhoy\s+(a|en|por)\s+la\s+noche\b",
        ),
        # "doing it", said of nothing named: "i'm doing it", "я это сделаю", "це зроблю", "lo hago"
        "do_it": _any(
            r"\bdo(ing)?\s+it\s+(tonight|this\s+evening)\b",
            r"\b(i|i'?m|im|i\s+am|i'?ll|ill|i\s+will|gonna|going\s+to)\s+(finally\s+)?do(ing)?\s+it\b(?!\s+(with|for|at|in|on|again|right|properly|myself|the|my\s+way)\b)",
            r"\b(я\s+)?(это|це)\s+(сделаю|зроблю)\b|\b(сделаю|зроблю)\s+(это|це)\b|\b(ya\s+)?lo\s+hago\b|\blo\s+voy\s+a\s+hacer\b",
        ),
        # ... decided: "made up my mind", "я решил", "ya lo tengo decidido"
        "mind_made": _any(
            r"\b(made\s+up\s+my\s+mind|my\s+mind\s+is\s+made\s+up|mind'?s\s+made\s+up|i'?ve\s+decided|i\s+decided)\b",
            r"\b(я\s+)?(реш(ил|ила)|вирішив|вирішила)\b|\b(вс[её]\s+)?решено\b|\b(все\s+)?вирішено\b",
            r"\b(lo\s+)?tengo\s+decidido\b|\b(ya\s+)?(lo\s+)?decidi\b|\b(ya\s+)?esta\s+decidido\b",
        ),
        # an everyday deed named: homework, cleaning, a party, telling someone, quitting a job, a haircut
        "deed": _any(
            r"\b(ask\w*\s+(for|my|the)|taxes|report|homework|essay|assignment|revision|revise|study\w*|exam|test|clean\w*|tidy\w*|laundry|dishes|cook\w*|bak\w*|pack\w*|move|moving|propos\w*|ask\w*\s+(her|him|them)\s+out|tell\w*\s+(her|him|them|my|mum|mom|dad)|confess\w*|break\w*\s+up|dump\w*|quit\w*\s+(my|the)\s+(job|band|team|course)|resign\w*|haircut|hair|tattoo|pierc\w*|shav\w*|gym|workout|run|marathon|stream|video|presentation|talk\s+to|call\s+(her|him|them|my))\b",
            r"\b(отч[её]т\w*|звіт\w*|доклад\w*|проект\w*|проєкт\w*|домашк\w*|домашн\w*|уборк\w*|уберу|приберу|прибира\w*|стирк\w*|прання|посуд\w*|экзамен\w*|іспит\w*|зач[её]т\w*|залік\w*|курсов\w*|диплом\w*|признаюсь|признаться|зізнаюсь|зізнатися|предложени\w*|пропозиці\w*|освідч\w*|скажу\s+(ей|ему|им|їй|йому|їм)|позвоню|подзвоню|поговорю|уволюсь|звільнюсь|расстанусь|розійдусь|стрижк\w*|постригусь|підстрижусь|покраш\w*|пофарб\w*|тату\w*|переезд\w*|переїзд\w*|приготов\w*|спортзал\w*|тренировк\w*|тренуванн\w*)\b",
            r"\b(tarea\w*|deberes|examen|estudi\w*|limpi\w*|lavar|ropa|platos|cocin\w*|mudanza|me\s+mudo|me\s+declaro|declararme|le\s+digo|decirle|propuesta|pedirle|le\s+llamo|llamarle|hablo\s+con|hablar\s+con|renuncio|renunciar|termino\s+con\s+(el|ella|mi\s+novi[oa])|corto\s+el\s+pelo|pelo|tatuaje|gimnasio|gym|entreno)\b",
        ),
        # "after tonight", "после этой ночи", "після цієї ночі", "después de esta noche"
        "after_night": _any(
            r"\bafter\s+(tonight|this\s+night|today)\b",
            r"\bпосле\s+(этой|сегодняшней)\s+ночи\b|\bпісля\s+(цієї|сьогоднішньої)\s+ночі\b",
            r"\bdespues\s+de\s+(esta\s+noche|hoy)\b",
        ),
        # ... nobody hears from the person again: "you won't hear from me again", "не услышите"
        "never_heard": _any(
            r"\b(nobody|no\s+one|no-one)\s+(will\s+)?(ever\s+)?hear\w*\s+from\s+me\b|\bникто\s+(больше\s+)?(не\s+услышит|не\s+увидит)\b|\bніхто\s+(більше\s+)?(не\s+почує|не\s+побачить)\b|\bnadie\s+(va\s+a\s+saber|sabra)\s+(nada\s+)?(mas\s+)?de\s+mi\b",
            r"\b(won'?t|wont|will\s+not|never)\s+(ever\s+)?hear\s+from\s+me\b|\b(won'?t|wont|will\s+not|never)\s+see\s+me\s+again\b",
            r"\b(больше\s+)?(не\s+услышите|не\s+увидите)\b|\b(більше\s+)?(не\s+почуєте|не\s+побачите)\b",
            r"\bno\s+(van\s+a\s+saber|sabran|van\s+a\s+oir|oiran)\s+(nada\s+)?(mas\s+)?de\s+mi\b|\bno\s+me\s+(van\s+a\s+ver|veran)\s+(nunca\s+)?mas\b",
        ),
        # away for a while, or offline: "for a week", "no signal", "до понедельника", "sin señal"
        "offline": _any(
            r"\b(for\s+(a|the|two|three|\d+)\s+(few\s+)?(days?|weeks?|months?|while)|until|till|offline|off\s+the\s+grid|no\s+(signal|wifi|internet|phone)|phone|detox|retreat|deleting|delete|uninstall\w*|logging\s+off|this\s+app|the\s+group|this\s+chat|the\s+chat|going\s+to\s+bed|off\s+to\s+bed|bedtime)\b",
            r"\b(на\s+(неделю|месяц|пару|несколько|тиждень|місяць|кілька)|до\s+(понедельника|понеділка|выходных|вихідних|утра|ранку)|связ\w*|зв'?яз\w*|интернет\w*|інтернет\w*|телефон\w*|удаляю|удалю|видаляю|видалю|чат\w*|групп\w*|груп\w*|(лягу|ложусь|иду|пошел|пошла)\s+спать|(ляжу|лягаю|йду|піду|пішов|пішла)\s+спати)\b",
            r"\b(por\s+(una|un|unos|unas|dos|tres)\s+(semana|mes|dias|semanas|meses|tiempo)|hasta\s+el|senal|internet|telefono|celular|cel|borro|desinstalo|grupo|chat|me\s+voy\s+a\s+(dormir|la\s+cama)|a\s+dormir)\b",
        ),
        # "my last evening", "мой последний вечер", "мій останній вечір", "mi última tarde"
        "last_evening": _any(
            r"\b(my|the|this\s+is\s+my)\s+(last|final)\s+(evening|night)\b",
            r"\bпоследн\w*\s+(вечер|ночь)\b|\bостанн\w*\s+(вечір|ніч)\b",
            r"\bultim[oa]\s+(noche|tarde)\b",
        ),
        # ... in a place named, on a trip, at a job: "last evening in Paris", "последняя ночь в Берлине"
        "last_in_place": _any(
            r"\blast\s+(evening|night|day|week)\s+(here\s+)?(in|at|on|of|with|before|here)\b(?!\s+(earth|this\s+(earth|world|planet)|the\s+planet|my\s+life|life|everyone|everybody|you\s+all|all\s+of\s+you)\b)",
            r"\bпоследн\w*\s+(вечер|ночь|день)\s+(здесь\s+|тут\s+)?(в|во|на|у|с|со|перед|дома)\b(?!\s+(земле|этом\s+свете|свете|жизни|моей\s+жизни|всеми|вами)\b)|\bостанн\w*\s+(вечір|ніч|день)\s+(тут\s+)?(в|у|на|з|із|перед|вдома)\b(?!\s+(землі|цьому\s+світі|світі|житті|моєму\s+житті|всіма|усіма|вами)\b)",
            r"\bultim[oa]\s+(noche|tarde|dia)\s+(aqui\s+|aca\s+)?(en|de|con|antes|aqui|aca)\b(?!\s+(la\s+tierra|este\s+mundo|mi\s+vida|vida|todos|ustedes)\b)",
        ),
        # when everyone is asleep: "when everyone's asleep", "когда все уснут", "cuando todos duerman"
        "all_asleep": _any(
            r"\bwhen\s+(everyone|everybody|they|all)\s*('?s|is|are)?\s+(asleep|sleeping|gone\s+to\s+bed|in\s+bed)\b",
            r"\bкогда\s+(все|вс[её])\s+(уснут|заснут|лягут|спят)\b|\bколи\s+(всі|усі|все)\s+(заснуть|поснуть|ляжуть|сплять)\b",
            r"\bcuando\s+(todos|todo\s+el\s+mundo)\s+(se\s+)?(duerman|duermen|esten\s+dormidos)\b",
        ),
        # ... the person jumps: "i'll jump", "я прыгну", "стрибну", "me tiro" (said last, or off or from)
        "jump_self": _any(
            r"\b(i'?ll|ill|i\s+will|i'?m\s+going\s+to|im\s+going\s+to|gonna|going\s+to)\s+jump\b(?!\s+(in|into|on|onto|the|over|around|rope|start|ahead|at|for|to)\b)",
            r"\b(я\s+)?(прыгну|спрыгну|стрибну|зістрибну)\s$|\b(прыгну|спрыгну|стрибну|зістрибну)\s+(с|со|з|із|зі|вниз)\b",
            r"\bme\s+(tiro|aviento|lanzo)\s$|\bme\s+(tiro|aviento|lanzo)\s+(del|desde|de\s+la|por\s+la\s+ventana|al\s+vacio)\b",
        ),
        # a pool, a trampoline, a sofa, a fridge raid, a game: what one jumps into at night
        "night_fun": _any(
            r"\b(pool|trampoline|sofa|couch|bed|fridge|snack\w*|game\w*|party|lake|sea|swim\w*|бассейн\w*|басейн\w*|батут\w*|диван\w*|холодильник\w*|игр\w*|гр[уиа]\w*|озер\w*|мор[еяю]\b|плава\w*|pileta|piscina|alberca|cama|sofa|refri\w*|juego\w*|mar\b|lago|nadar)\b"
        ),
        # take all I have: "take everything i have", "me tomo todo lo que tengo", "выпью всё что есть"
        "take_all": _any(
            r"\b(take|taking|do|doing|swallow)\s+(everything|all)\s+(i\s+have|i'?ve\s+got|i\s+got)\b",
            r"\bme\s+(tomo|meto|trago)\s+todo\s+lo\s+que\s+(tengo|hay|me\s+queda)\b",
            r"\b(выпью|приму|сожру|закину)\s+вс[её]\s+(что\s+есть|что\s+осталось)\b|\b(вип'?ю|прийму|ковтну|закину)\s+(все|усе)\s+(що\s+є|що\s+лишилось|що\s+залишилось)\b",
        ),
        # ... and not wake: "and not wake up", "y no despierto más", "и не проснусь", "і не прокинусь"
        "not_wake_more": _any(
            r"\band\s+(not|never)\s+wake(\s+up)?\b(?!\s+(till|until|before|early)\b)",
            r"\by\s+(ya\s+)?no\s+(despierto|despertar\w*|me\s+despierto)\b(?!\s+(temprano|hasta|antes)\b)",
            r"\b(и|і|й)\s+(больше\s+|більше\s+)?не\s+(проснусь|прокинусь|прокинуся)\b(?!\s+(до|рано|раньше|раніше)\b)",
        ),
        # "end this pain for good", "закончу эту боль навсегда", "termino con este dolor para siempre"
        "end_pain_forever": _any(
            r"\b(end|stop|finish)\s+(the|this|my|all\s+the|all\s+this)\s+pain\s+(for\s+good|forever|for\s+ever|once\s+and\s+for\s+all)\b",
            r"\b(закончу|покончу|прекращу|остановлю)\s+(с\s+)?(эт[уо][йю]?\s+|мою\s+|всю\s+)?(боль|болью)\s+(навсегда|насовсем|раз\s+и\s+навсегда)\b",
            r"\b(закінчу|покінчу|припиню|зупиню)\s+(з\s+)?(цей\s+|цим\s+|мій\s+|весь\s+)?(біль|болем)\s+(назавжди|назовсім|раз\s+і\s+назавжди)\b",
            r"\b(termino|acabo|pongo\s+fin)\s+(con\s+|a\s+)?(este|mi|todo\s+este|el)\s+dolor\s+(para\s+siempre|de\s+una\s+vez)\b",
        ),
        # ... but a body part, a doctor or a cure named: a toothache ended by the dentist
        "pain_cure": _any(
            r"\b(tooth\w*|teeth|back|knee|head\w*|migraine|dentist|doctor|surgery|operation|physio|mattress|painkiller\w*|ibuprofen|paracetamol|зуб\w*|спин\w*|колен\w*|колін\w*|голов\w*|мигрен\w*|мігрен\w*|стоматолог\w*|врач\w*|лікар\w*|операци\w*|операці\w*|матрас\w*|матрац\w*|обезбол\w*|знеболю\w*|muela\w*|diente\w*|espalda|rodilla|cabeza|migrana|dentista|medico|doctor|cirugia|operacion|colchon|analgesic\w*)\b"
        ),
        # an everyday nuisance named: the noise, the neighbours, the drilling, the rain
        "nuisance": _any(
            r"\b(noise|noisy|neighbou?rs?|drilling|construction|roadworks|barking|traffic|rain|snoring|alarm|music|ads|spam|notifications|emails?|calls)\b",
            r"\b(шум\w*|сосед\w*|сусід\w*|дрел\w*|ремонт\w*|стройк\w*|будівництв\w*|лай\w*|дожд\w*|дощ\w*|храп\w*|музык\w*|музик\w*|реклам\w*|спам\w*|уведомлен\w*|сповіщен\w*|звонк\w*|дзвінк\w*)\b",
            r"\b(ruido\w*|vecin\w*|taladro|obras?|ladridos|lluvia|ronquidos|musica|anuncios|spam|notificaciones|llamadas)\b",
        ),
        # -- blind9-tune's kinds (session 12, late round) --
        # a plan with how and when: "i've worked out how and when" (said with no point, or worn out)
        "how_when": _any(
            r"\b(planned|worked\s+out|figured\s+out|thought\s+(through|out)|know)\s+(exactly\s+)?how\s+and\s+when\b(?!\s+(we|to|i|i'?ll|they|the|he|she|you|my|our|a|for|of)\b)",
            r"\b(спланировал\w*|продумал\w*|решил\w*|знаю|придумал\w*)\s+(уже\s+)?(и\s+)?как\s+(и|і)\s+когда\b(?!\s+(едем|поедем|поеду|еду|летим|полетим|в|на|мы|переезжаем|к)\b)",
            r"\b(спланува\w*|продума\w*|вирішил\w*|вирішив|знаю|придума\w*)\s+(вже\s+)?(і\s+)?як\s+(і|й)\s+коли\b(?!\s+(їдемо|поїдемо|їду|поїду|летимо|в|у|на|ми|переїжджаємо|до)\b)",
            r"\b(planeado|pensado|decidido|se)\s+(ya\s+)?(el\s+)?como\s+y\s+(el\s+)?cuando\b(?!\s+(vamos|viajamos|nos|a|al|de|del|en)\b)",
        ),
        # goodbye texts sent by someone ("keeps sending me goodbye texts", "прощальные сообщения")
        "goodbye_texts": _any(
            r"\b(goodbye|farewell)\s+(texts?|messages?|voice\s*notes?|letters?)\b",
            r"\bпрощальн\w*\s+(смс|сообщени\w*|письм\w*|голосов\w*|повідомленн\w*|лист\w*)\b",
            r"\bmensajes?\s+de\s+despedida\b|\bcartas?\s+de\s+despedida\b",
        ),
        # all one has, to be taken, said of oneself or of another person
        "all_one_has": _any(
            r"\b(everything|all|every\s+pill)\s+(he|she|they|i)\s*('?s|'?ve|\s+has|\s+have)?\s*(got|has|have|had|left)\b|\b(the\s+)?whole\s+lot\b",
            r"\bвс[её]\s*(м)?\s*(,\s*)?(что|шо|що)\s+(у\s+него\s+|у\s+неё\s+|у\s+нее\s+|в\s+нього\s+|в\s+неї\s+)?(есть|осталось|лишилось|залишилось|є)\b|\bвсім\s+(шо|що)\s+(лишилось|залишилось|є)\b",
            r"\btodo\s+lo\s+que\s+(tiene|tengo|le\s+queda|me\s+queda)\b",
        ),
        # "let it take me" (not "let it take me away", a trip on a dancefloor)
        "let_take": _any(
            r"\blet\s+it\s+(take|have|finish)\s+me\b(?!\s+(away|to|there|higher|somewhere|on|in|out|all|hours?|ages|a|an|the|some|long|two|three|\d+)\b)",
            r"\b(пусть|хай|нехай)\s+(меня\s+|мене\s+)?(заберет|забере|забирает|забирає)\b(?!\s+(в|на|у|до|к|домой|додому)\b)",
            r"\bque\s+me\s+lleve\b(?!\s+(a|al|de|en|con|lejos)\b)",
        ),
        # all ready: "всё готово", "everything's ready", "todo listo"
        "all_ready": _any(
            r"\b(everything|all)\s*('?s|\s+is)?\s+(ready|sorted|set)\s*$|\b(все|всё|усе)\s+(уже\s+|вже\s+)?(готово|готове)\b|\btodo\s+(esta\s+)?listo\b",
        ),
        # someone dead and the wish to be with them: "хочу к нему", "want to be with her again"
        "dead_one": _any(
            r"\b(death|died|passed|funeral|since\s+(he|she)\s+(died|went))\b|\bсмерт\w*|\bумер\w*|\bпохорон\w*|\bпомер\w*|\bmuerte\b|\bmurio\b|\bfallecio\b|\bfuneral\b",
        ),
        "join_dead": _any(
            r"\b(want|wanna|going)\s+(to\s+)?(be\s+with|join|see)\s+(him|her|them|my\s+\w+)\s*(again|now|soon|today|tonight)?\s*[,.]?\s*(again|now|soon|today|tonight)\b",
            r"\bхочу\s+(к\s+нему|к\s+ней|к\s+ним|до\s+нього|до\s+неї|до\s+них)\b(?!\s+(в|на|у|до|поехать|поїхати|съездить|з'?їздити|з\s+квітами|с\s+цветами))",
            r"\bquiero\s+(irme\s+con\s+el|irme\s+con\s+ella|estar\s+con\s+el|estar\s+con\s+ella|ir\s+con\s+el|ir\s+con\s+ella)\b(?!\s+(a|al|de|en)\b)",
        ),
        "grave": _any(
            r"\b(grave|cemetery|graveyard|кладбищ\w*|могил\w*|цвинтар\w*|кладовищ\w*|cementerio|tumba|panteon)\b"
        ),
        # a burden to all, decided to go: "я всем только мешаю", "i'm only in everyone's way"
        "burden_all": _any(
            r"\b(i'?m|im|i\s+am)\s+(just|only)\s+(a\s+burden|in\s+everyone'?s\s+way|a\s+problem\s+for\s+everyone)\b|\b(i|i'?m|im)\s+(only|just)\s+(get|getting)\s+in\s+everyone'?s\s+way\b",
            r"\b(всем|всім|усім)\s+(только|тільки|лише)\s+(мешаю|заважаю)\b|\b(всем|всім|усім)\s+(мешаю|заважаю)\b|\bя\s+(для\s+всех\s+|для\s+всіх\s+)?(только\s+|тільки\s+)?(обуза|тягар)\b",
            r"\b(solo|nomas)\s+(estorbo|molesto)\s+a\s+todos\b|\bsoy\s+(solo\s+)?una\s+carga\b",
        ),
        "decided_go": _any(
            r"\bdecided\s+(to\s+go|i'?ll\s+go|i'?m\s+going|to\s+leave\s+for\s+good)\b(?!\s+(to|home|out|back|for|with|on|and)\b)",
            r"\bреши(л|ла|ли)\s+(что\s+|шо\s+)?(я\s+)?(уйду|уйти)\b(?!\s+(из|с|со|в|во|на|к|от|домой|пораньше|раньше|спать|гулять|курить|отдыхать)\b)",
            r"\bвиріши(в|ла|ли)\s+(що\s+|шо\s+)?(я\s+)?(піду|піти)\b(?!\s+(з|із|зі|в|у|на|до|від|додому|раніше|спати|гуляти|курити|відпочивати)\b)",
            r"\b(decidi|he\s+decidido)\s+(irme|que\s+me\s+voy)\b(?!\s+(a|al|de|con|del|en|para)\b)",
        ),
        # the last thing written: "это последнее что я пишу", "the last thing i'll write"
        "last_thing_write": _any(
            r"\bthe\s+last\s+thing\s+i('?ll|\s+will)?\s+(write|type|say|send)\b",
            r"\bпоследнее\s+(что|шо)\s+(я\s+)?(пишу|напишу|скажу)\b|\bостаннє\s+(що|шо)\s+(я\s+)?(пишу|напишу|скажу)\b",
            r"\blo\s+ultimo\s+que\s+(escribo|voy\s+a\s+escribir|digo)\b",
        ),
        # thanks for trying: "gracias por intentarlo", "спасибо что пытались"
        "thanks_try": _any(
            r"\bthank(s|\s+you)\s+(\w+\s+)?for\s+trying\b|\bспасибо\s+(\w+\s+)?(что\s+пытал\w*|за\s+попытк\w*)|\bдякую\s+(\w+\s+)?(що|шо)\s+намагал\w*|\bgracias\s+(\w+\s+)?por\s+(intentarlo|tratar)\b",
        ),
        # a chat left, a phone or a number changed: the last message in a group, not in life
        "chat_change": _any(
            r"\b(chat|group|channel|thread|phone|number|account|app|sim|чат\w*|групп\w*|груп\w*|канал\w*|номер\w*|телефон\w*|аккаунт\w*|акаунт\w*|grupo|canal|numero|telefono|cuenta|celular|cel)\b"
        ),
        # soon no longer a problem: "pronto no voy a ser un problema", "скоро не буду обузой"
        "soon_no_problem": _any(
            r"\bsoon\s+i\s+(won'?t|wont|will\s+not)\s+be\s+(a|anyone'?s|your)\s+(problem|burden)\b",
            r"\bскоро\s+(я\s+)?(больше\s+)?не\s+буду\s+(никому\s+|вам\s+)?(проблемой|обузой|мешать)\b|\bскоро\s+(я\s+)?(більше\s+)?не\s+буду\s+(нікому\s+|вам\s+)?(проблемою|тягарем|заважати)\b",
            r"\bpronto\s+(ya\s+)?no\s+(voy\s+a\s+ser|sere)\s+(una?\s+)?(problema|carga|estorbo)\b",
        ),
        # cut deep and wanting more: "порізалась глибоко і хочеться ще"
        "deep": _any(r"\b(deep|deeply|глибоко|глубоко|hondo|profundo)\b"),
        # ... a cut at a chore: glass, bread, a finger, a knife in the kitchen
        "cut_chore": _any(
            r"\b(glass|bread|finger|thumb|chopping|shaving|paper|стекл\w*|скл[оа]\w*|хл[еі]б\w*|пал(ец|ьц)\w*|палець|vidrio|cristal|pan|dedo)\b"
        ),
        "want_more": _any(
            r"\b(want|wanna|need)\s+(to\s+do\s+it\s+)?(more|again)\b|\bхочется\s+(ещ[её]|снова|больше)\b|\bхочеться\s+(ще|знову|більше)\b|\bquiero\s+(mas|otra\s+vez)\b",
        ),
        # to disappear is the best one can do for one's family
        "best_gone": _any(
            r"\bthe\s+best\s+(thing\s+)?i\s+can\s+do\s+for\s+(\w+\s+){0,2}is\s+(to\s+)?(disappear|vanish|be\s+gone|go)\b(?!\s+(for|on|to|from|into|a|out)\b)",
            r"\bлучшее\s+(что|шо)\s+(я\s+)?могу\s+сделать\s+(\w+\s+){0,3}(это\s+)?(исчезнуть|уйти|умереть|пропасть)\b(?!\s+(на|в|из|с|к|от|по)\b)",
            r"\bнайкраще\s+(що|шо)\s+(я\s+)?можу\s+зробити\s+(\w+\s+){0,3}(це\s+)?(зникнути|піти|померти|пропасти)\b(?!\s+(на|в|у|з|із|до|від|по)\b)",
            r"\blo\s+mejor\s+que\s+puedo\s+hacer\s+(\w+\s+){0,3}es\s+(desaparecer|irme|morir\w*)\b(?!\s+(a|al|de|del|en|por|un|una|unos|unas)\b)",
        ),
    }
)


# -- blind10-tune's kinds (session 13, late round) --------------------------------------------------
_KIND["last_message"] = _any(
    *_KIND["last_message"].patterns,
    # "last msg i'll send", "the last text anyone gets from me", "последняя смс", "último msj"
    r"\blast\s+(msg|text|txt|message)s?\s+(i'?ll|ill|i\s+will|i'?m|im|i\s+am)\s+(ever\s+)?(gonna\s+|going\s+to\s+)?(ever\s+)?(send|write)\b|\blast\s+(msg|txt)\b",
    r"\bпоследн\w+\s+(смс|смску|эсэмэс\w*|сообщени\w*)\b|\bостанн\w+\s+(смс|смску|повідомлен\w*)\b|\bultimo\s+(msj|mensajito|whats)\b",
    # the last thing I write, with no day or topic closing it ("это последнее, что я вам напишу",
    # "lo último que les escribo"), not "last thing I'll write today" or "on this topic"
    r"\b(последнее|останнє)\s+(что|що|шо)\s+(я\s+)?(\w+\s+)?(пишу|напишу)\b(?!\s+(\w+\s+){0,2}(сегодня|сьогодні|на\s+сегодня|на\s+сьогодні|по\s+теме|на\s+тему|в\s+этом\s+чате|про\s+это|про\s+це|до\s+утра|до\s+ранку|до\s+понедельника|до\s+понеділка)\b)"
    r"|\blo\s+ultimo\s+que\s+(les\s+|te\s+|os\s+)?(escribo|voy\s+a\s+escribir)\b(?!\s+(\w+\s+){0,2}(hoy|esta\s+noche|sobre|del\s+tema|en\s+este\s+chat|hasta)\b)"
    r"|\b(the\s+)?last\s+thing\s+(i'?ll|ill|i\s+will)?\s*(ever\s+)?(write|type|post|send)\b(?!\s+(\w+\s+){0,2}(today|tonight|about|on\s+this|here\s+today|till|until)\b)",
)
_KIND["only_helps"] = _any(
    *_KIND["only_helps"].patterns,
    # "lo único q me calma", "the only thing that calms me", "единственное что успокаивает"
    r"\blo\s+unico\s+(q|k|que)\s+(me\s+)?(ayuda|sirve|calma|alivia|tranquiliza|relaja)\b|\bonly\s+thing\s+that\s+(calms|settles|soothes)\s+me\b",
    r"\b(единственное|єдине)\s+(что|шо|що)\s+(меня\s+|мене\s+)?(успокаивает|заспокоює)\b",
)
_KIND["self_harm"] = _any(
    *_KIND["self_harm"].patterns,
    # "me estuve quemando los brazos", "me he estado cortando", "estuve cortándome"
    r"\bme\s+(estuve|estaba|he\s+estado|sigo|vuelvo\s+a\s+estar)\s+(quemando|cortando|lastimando)\b|\b(estuve|estaba|he\s+estado|sigo)\s+(quemandome|cortandome|lastimandome)\b",
)
_KIND["end_forever"] = _any(
    *_KIND["end_forever"].patterns,
    # "хочу закрыть глаза навсегда", "want to close my eyes for good", "quiero cerrar los ojos para siempre"
    r"\b(хочу|хочется|хочеться|хотела?\s+бы|хотів\s+би|want\s+to|wanna|wish\s+i\s+could|quiero|quisiera)\s+(\w+\s+)?(закрыть|закрити|заплющити|close|cerrar)\s+(\w+\s+)?(глаза|очі|очи|eyes|ojos)\s+(\w+\s+)?(навсегда|назавжди|насовсем|назовсім|forever|for\s+good|para\s+siempre)\b",
)
_KIND.update(
    {
        # a drug or pills named (the whole of a pizza eaten "and let it be" is no overdose)
        "drug_word": _any(
            r"\b(methadone|meth|fent\w*|heroin|dope|oxy\w*|xanax|bars|benzos?|pills|meds|tablets|gram|bag|stash|supply|bupe|subutex|tramadol)\b",
            r"\b(метадон\w*|героин\w*|героїн\w*|меф\w*|таблет\w*|колес\w*|пігул\w*|грам\w*|бупр\w*|субутекс\w*|трамадол\w*|трамал\w*|феназепам\w*|лирик\w*|лірик\w*|запас\w*|ширк\w*|фен\b|фена\b|фену\b)",
            r"\b(metadona|heroina|fenta\w*|pastillas|pastis|chochos|gramo|perico|coca|cristal|clonazepam|rivotril|tramadol|dosis)\b",
        ),
        # "... and let it be": the whole dose taken and what happens is left to happen
        "let_happen": _any(
            r"\b(и|ну\s+и|а\s+там)\s+пусть\s*$|\b(і|ну\s+і|а\s+там)\s+хай\s*$|\b(и|а\s+там)\s+будь\s+что\s+будет\b|\b(і|а\s+там)\s+будь\s+(що|шо)\s+буде\b",
            r"\band\s+(so\s+be\s+it|whatever\s+happens(\s+happens)?|let\s+it\s+happen|let\s+it\s+be)\s*$|\by\s+(que\s+)?(pase|sea)\s+lo\s+que\s+(pase|sea)\b|\by\s+ya\s+que\s+se\s+acabe\b",
        ),
    }
)


# -- tune36's kinds (session 15, second round) ------------------------------------------------------
# crisis said through drugs: the whole dose, or all one has saved, taken so as not to wake up or come
# back, "and let my heart stop" ("gonna do all of it at once and never wake up", "вмажусь по полной
# и пусть сердце остановится", "me meto todo de una y ya no despertar")
_KIND["use"] = _any(
    *_KIND["use"].patterns,
    r"\bвсі\b|\bусі\b|\bзміша\w*|\bнамеша\w*|\bсмеша\w*|\bmix(ing|ed)?\b|\bmezcl\w*",
)
_KIND["whole_dose"] = _any(
    *_KIND["whole_dose"].patterns,
    r"\bпо\s+(полной|повній|полній)\b|\beverything\s+(i'?ve|ive|i\s+have)\s+(been\s+)?(saved|saving|stashed|stockpiled|collected|got|kept)\b|\ball\s+of\s+it\b|\btodo\s+(lo\s+que\s+(tengo|junte|guarde)|de\s+una)\b",
)
_KIND["all_one_has"] = _any(
    *_KIND["all_one_has"].patterns,
    r"\b(усім|всім|всем)\s+(что|шо|що)\s+(есть|є|лишилось|осталось|залишилось)\b",
)
_KIND["farewell"] = _any(
    *_KIND["farewell"].patterns,
    r"\b(despidiendo(me)?|despedido)\s+de\s+(la\s+gente|todos|mis|mi)\b",
)
_KIND["gone"] = _any(
    *_KIND["gone"].patterns,
    # "nobody would notice if i overdosed", "никто не заметит если я передознусь"
    r"\bif\s+i\s+(overdosed|od'?d|od|overdose)\b|\bпередознусь\b|\bпередознуся\b|\bme\s+pas(o|ara|e)\s+de\s+(la\s+)?dosis\b",
)
_KIND.update(
    {
        "end_after_use": _any(
            r"\b(and|to)\s+(just\s+)?(not|never)\s+(wake|come\s+back)(\s+up|\s+from\s+it)?\b(?!\s+(until|till|before|for|at|early|to|home|here|there|later|with|in)\b)",
            r"\bso\s+(that\s+)?i\s+(just\s+)?(don'?t|dont|won'?t|wont|never)\s+(have\s+to\s+)?(wake|come\s+back)(\s+up|\s+from\s+it)?\b(?!\s+(until|till|before|for|at|early|to|home|here|there|later|with|in)\b)",
            r"\b(let|and)\s+my\s+heart\s+stop\b",
            r"\b(больше|уже)\s+не\s+(просыпаться|проснуться)\b|\b(пусть|и\s+пусть|пускай|и\s+пускай)\s+(\w+\s+)?сердце\s+остановится\b",
            r"\b(більше|вже)\s+не\s+(прокидатися|прокидатись|прокинутися|прокинутись)\b|\b(хай|нехай)\s+(\w+\s+)?серце\s+зупиниться\b",
            r"\by\s+(ya\s+)?no\s+despertar(me)?\b|\bque\s+se\s+me\s+pare\s+el\s+corazon\b",
        ),
        # choosing which bridge or roof to jump from ("ranking which bridge to jump off, lol"), not a
        # swim or a bungee jump (``cool_off``)
        "which_height": _any(
            r"\b(which|what)\s+(bridge|roof|rooftop|building|cliff|tower|car\s+park|floor|balcony)\s+to\s+(jump|throw\s+myself|step|leap)\s+(off|from)\b",
            r"\bс\s+како(й|го)\s+(крыши|моста|этажа|здания|балкона|скалы|высотки)\s+(мне\s+)?(прыгать|прыгнуть|шагнуть|сигануть|броситься|кинуться)\b",
            r"\bз\s+яко(го|ї)\s+(даху|мосту|поверху|будинку|балкона|скелі|висотки)\s+(мені\s+)?(стрибати|стрибнути|кинутися|кинутись|ступити)\b",
            r"\bde\s+(que|cual)\s+(puente|edificio|azotea|techo|piso|balcon|acantilado)\s+(me\s+)?(tirarme|aventarme|lanzarme|arrojarme|tiro|aviento|lanzo)\b",
        ),
        # no rent or bills to pay next month, said beside goodbyes ("won't need to worry about rent")
        "no_bills": _any(
            r"\b(won'?t|wont|will\s+not|don'?t|dont|no)\s+(\w+\s+){0,2}(need|have)\s+to\s+(worry\s+about|pay)\s+(the\s+|my\s+|any\s+)?(rent|bills|mortgage)\b",
            r"\b(платить|оплачивать)\s+(\w+\s+){0,4}не\s+(придется|нужно|надо|буду)\b|\bне\s+(придется|нужно|надо)\s+(\w+\s+){0,2}платить\b",
            r"\b(платити|сплачувати)\s+(\w+\s+){0,4}не\s+(доведеться|треба|потрібно|буду)\b|\bне\s+(доведеться|треба|потрібно)\s+(\w+\s+){0,2}платити\b",
            r"\bya\s+no\s+(me\s+toca|tengo\s+que|voy\s+a\s+tener\s+que|voy\s+a)\s+pagar\b",
        ),
        # a home left, not a life: the keys, a landlord, moving ("moving_out" also holds "flat", which
        # "за квартиру платить не придётся" needs)
        "leaving_home": _any(
            r"\b(keys|landlord|landlady|lease|notice|move|moving|moved|mov\w+\s+out|ключ\w*|хозя\w*|хазя\w*|съезжа\w*|съеха\w*|з'?їжджа\w*|з'?їха\w*|переезд\w*|переїзд\w*|llaves|casero|casera|mudanza|mudo|mude|contrato)\b"
        ),
        # a rope put away "just in case", in the wardrobe
        "rope": _any(
            r"\b(rope|noose|веревк\w*|верёвк\w*|петл[яюи]\w*|мотузк\w*|зашморг\w*|cuerda|soga)\b"
        ),
        "stored": _any(
            r"\bin\s+(the|my)\s+(wardrobe|closet|cupboard|drawer)\b|\bjust\s+in\s+case\b|\b(в|у)\s+(шкафу|шафі|шафу|шкафчике|ящике|шухляді)\b",
            r"\bна\s+всякий\s+случай\b|\b(про|на)\s+всяк(ий)?\s+випадок\b|\ben\s+el\s+(armario|closet|ropero|cajon)\b|\bpor\s+si\s+acaso\b",
        ),
    }
)

# -- tune40's kinds (2026-12-07, session 17) ---------------------------------------------------------
# an injury by accident (a knife slipped while carving, "порезался случайно", "se me resbaló el
# cuchillo"): a cut "deeper than I thought" is first aid, not self-harm getting worse
_KIND["kitchen_slip"] = _any(
    r"\b(knife|blade|chisel|saw|tool|hand)\s+(\w+\s+)?slipped\b|\bslipped\s+(while|when|and)\b|\bwhile\s+(i\s+was\s+)?(cooking|carving|chopping|slicing|peeling|whittling|gardening|fixing)\b|\b(carving|chopping|slicing|peeling)\s+(the|some|a|an|my)\s+(\w+\s+)?(roast|meat|turkey|chicken|ham|bread|onions?|veg\w*|potato\w*|carrots?|pumpkin|wood|apple)\b",
    r"\b(нож|ножик|лезвие|стамеска|ніж|ножик|лезо)\s+(\w+\s+)?(соскользнул|соскочил|сорвался|зісковзнув|зіскочив|зірвався)\b|\b(когда|пока)\s+(\w+\s+)?(резал\w*|чистил\w*|нарезал\w*)\s+(мясо|хлеб|овощи|лук|колбасу|салат|картошку|картофель)\b|\b(коли|поки)\s+(\w+\s+)?(різав|різала|чистив|чистила|нарізав|нарізала)\s+(м'?ясо|хліб|овочі|цибулю|ковбасу|салат|картоплю)\b",
    r"\bse\s+me\s+(resbalo|fue|escapo)\s+(el\s+)?(cuchillo|cuter|navaja|serrucho)\b|\bcortando\s+(el|la|los|las|un|una|unas|unos)\s+(asado|carne|pan|cebolla\w*|jitomate\w*|tomate\w*|pollo|verdura\w*|fruta\w*|queso|jamon|pescado|papas?|patatas?|zanahoria\w*)\b",
)
# a pet given away for good ("gave my dog to the neighbour, told her it's for good", "віддав собаку
# сусідам назавжди", "dejé a mi perro con la vecina para siempre"): with ``give_away`` and ``forever``
_KIND["pet"] = _any(
    r"\b(dog|cat|pup|puppy|kitten|pet|rabbit|собак\w*|пса|пес|песик\w*|кот|кота|коте\w*|кошк\w*|кіт|кішк\w*|цуцик\w*|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|conejo)\b"
)
# the person's apology to all ("простите меня все", "вибачте мене всі", "perdón a todos", "sorry
# everyone"): with a last message
_KIND["apology_all"] = _any(
    r"\b(sorry|forgive\s+me)\s+(\w+\s+)?(everyone|everybody|all|guys|for\s+everything)\b|\b(простите|извините)\s+(меня\s+)?(все|всех|за\s+вс[её])\b|\b(вибачте|пробачте)\s+(мене\s+|мені\s+)?(всі|усі|за\s+все)\b|\b(perdon|perdonenme|perdoname|lo\s+siento)\s+(a\s+todos|por\s+todo)\b"
)
# a chat, a group or a number left ("last message in this group, new number"): not a last message of a life
_KIND["chat_left"] = _any(
    r"\b(in|on|from)\s+(this|the)\s+(chat|group|channel|server|account)\b|\b(в|на|из|с)\s+(этом|этой|этот|эту)\s+(чате|группе|канале|аккаунте|номере)\b|\b(в|у|на|з)\s+(цьому|цій|цей|цю)\s+(чаті|групі|каналі|акаунті|номері)\b|\ben\s+(este|esta|el|la)\s+(chat|grupo|canal|cuenta|numero)\b",
    r"\b(new|change|changing)\s+(my\s+)?(number|account)\b|\b(меняю|сменил\w*|новый)\s+номер\b|\b(міняю|змінив\w*|новий)\s+номер\b|\b(cambio|nuevo)\s+(de\s+)?numero\b",
)
# a letter to be found after ("найдут потом", "знайдуть потім", "ya la encontrarán")
_KIND["read_later"] = _any(
    *_KIND["read_later"].patterns,
    r"\b(найдут|знайдуть|найдуть)\s+(\w+\s+)?(потом|после|позже|потім|після|пізніше)\b|\b(ya\s+)?(la|las|lo|los)\s+encontrar(an|[aá]n)\b",
)
# an overdose on purpose "to be sure" ("вмажусь всем что есть, чтобы наверняка", "щоб напевно"),
# not a high that is sure to come ("чтобы наверняка накрыло")
_KIND["purpose"] = _any(
    *_KIND["purpose"].patterns,
    r"\b(чтобы|чтоб|щоб|щоби|шоб)\s+(уж\s+|вже\s+|уже\s+)?(наверняка|напевно|напевне)\b(?!\s+(\w+\s+)?(накрыл\w*|вставил\w*|торкнул\w*|пробил\w*|вштырил\w*|накрил\w*|зайшло|зашло|пройшло|прошло|сдал\w*|здав\w*|успел\w*|встиг\w*))",
)

# a date picked, then leaving on it ("picked the 3rd. my birthday. fitting to go out on it",
# "выбрала дату, уйду в свой день рождения", "ya escogí el día, me voy en mi cumpleaños")
_KIND["date_picked"] = _any(
    r"\b(picked|chose|chosen|set|decided\s+on|settled\s+on)\s+(a\s+|the\s+|my\s+)?(date|day|\d+(st|nd|rd|th)?)\b|\b(picked|chose|chosen|set)\s+the\s+\d+(st|nd|rd|th)?\b",
    r"\b(выбрал\w*|назначил\w*|решил\w*|вибрав|вибрала|призначив|призначила|вирішив|вирішила)\s+(\w+\s+)?(дату|день|число)\b|\b(elegi|escogi|decidi|puse)\s+(la\s+|el\s+)?(fecha|dia)\b",
)
_KIND["leave_on_it"] = _any(
    r"\b(go|going|gonna)\s+out\s+on\s+(it|that\s+day|the\s+day|my\s+birthday)\b|\b(check|bow|clock)\s+out\s+on\s+(it|that\s+day|my\s+birthday)\b",
    r"\b(уйду|уйти|піду|піти)\s+(в|у|на)\s+(него|этот\s+день|свой\s+день\s+рождения|день\s+рождения|нього|цей\s+день|свій\s+день\s+народження|день\s+народження)\b|\bme\s+(voy|ire)\s+(ese\s+dia|en\s+mi\s+cumple\w*|el\s+dia\s+de\s+mi\s+cumple\w*)\b",
)
# a pet left with someone ("left my cat with my sister", "залишила кота мамі"): with ``forever``
_KIND["pet_handed"] = _any(
    r"\b(left|gave|handed|rehomed)\s+(\w+\s+)?(my\s+)?(dog|cat|pup|puppy|kitten|pet|rabbit)\s+(with|to|over)\b",
    r"\b(залишил\w*|залишив|лишила|лишив|оставил\w*|віддав|віддала|отдал\w*|пристроил\w*|прилаштува\w*)\s+(\w+\s+)?(кота|собаку|пса|кішку|кошку|песика|цуцика|кролика)\b",
    r"\b(deje|di|regale|entregue)\s+(a\s+)?(mi\s+)?(perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota)\b",
)
# a letter put away to be found ("поклала листа під подушку", "спрятал письмо")
_KIND["letter"] = _any(
    *_KIND["letter"].patterns,
    r"\b(поклав|поклала|положил\w*|сховав|сховала|спрятал\w*|put|hid)\s+(\w+\s+){0,2}(лист|листа|листи|письм\w*|записк\w*|letters?|notes?)\b",
)
_KIND["note_done"] = _any(
    *_KIND["note_done"].patterns,
    r"\b(note|letter|letters)'?s?\s+(are\s+|is\s+)?(already\s+)?(written|done|ready|finished)\b",
)
_KIND["waiting"] = _any(
    *_KIND["waiting"].patterns,
    r"\bwaiting\s+(till|until|til|for)\s+(everyone|everybody|they|the\s+house|my\s+\w+)('?s|\s+is|\s+are|\s+to|\s+goes|\s+go|\s+gets?|\s+falls?)?\s+(\w+\s+)?(asleep|sleep|gone|out)\b",
)
# a shot of everything "to be sure": the injecting verbs ("ширнусь", "вколю собі")
_KIND["use"] = _any(
    *_KIND["use"].patterns,
    r"\bширн\w*|\bширя\w*|\bуколю\w*|\bвколю\w*|\bвтрескаю\w*|\bзакину\w*",
)
_KIND["not_for_outdoors"] = _any(
    r"\bnot\s+(for|to\s+go)\s+(camping|climbing|hiking|sailing|the\s+boat|a\s+swing|the\s+washing)\b|\bnot\s+for\s+(any\s+|some\s+)?(diy|home\s+improvements?|the\s+garden|gardening|moving\s+house)\b|\bне\s+для\s+(похода|туризма|палатки|альпинизма|скалолазания|походу|туризму|намету|белья|білизни)\b|\bno\s+(es\s+)?para\s+(acampar|escalar|el\s+camping|tender)\b",
)
# a plan made ("got it all planned", "lo tengo planeado", "всё спланировал"): with ``not_be``
_KIND["planned"] = _any(
    r"\b(got\s+it\s+(all\s+)?planned|(it'?s|its)\s+(all\s+)?planned|i'?ve\s+planned\s+it|planned\s+it\s+all|have\s+a\s+plan)\b|\b(lo\s+tengo\s+(todo\s+)?(planeado|planificado|decidido)|ya\s+lo\s+plane\w*|tengo\s+un\s+plan)\b",
    r"\b(вс[её]\s+)?(спланировал\w*|распланировал\w*|продумал\w*)\b|\b(все\s+|усе\s+)?(спланував|спланувала|продумав|продумала)\b|\b(есть|є)\s+план\b",
)

# -- lead, session 24 (tune54's held-back rows, after the merge) ------------------------------------
# the home empty on the planned day ("the flat will be empty", "хата будет пустая", "la casa va a estar
# sola"): with ``planned`` (not a party, a trip or a move: those say why the home is empty)
_KIND["empty_home"] = _any(
    r"\b(the\s+)?(flat|house|place|apartment|home)\s+(will\s+be|is\s+gonna\s+be|'?ll\s+be)\s+(empty|all\s+mine|to\s+myself)\b|\bnobody\s+(will\s+be|'?ll\s+be)\s+(home|around|in)\b",
    r"\b(квартира|хата|дом)\s+(будет|буде)\s+(пустая|пуста|пустой|пустий|свободн\w*|вільн\w*)\b|\bникого\s+не\s+будет\s+дома\b|\bнікого\s+не\s+буде\s+вдома\b",
    r"\b(la\s+)?(casa|depa|piso)\s+(va\s+a\s+estar|estara)\s+(sola|vacia|solo|vacio)\b|\bno\s+va\s+a\s+haber\s+nadie\s+en\s+casa\b",
)
_KIND["planned"] = _any(
    *_KIND["planned"].patterns,
    r"\b(lo\s+)?tengo\s+todo\s+(pensado|planeado|listo)\b|\bya\s+lo\s+tengo\s+(pensado|listo)\b",
)
# the line's end said of oneself ("tonight is the end of the line for me"; not at a job, a club or a
# station: "end of the line for me at this company", "...for me on this bus")
_KIND["line_end_me"] = _any(
    r"\b(tonight|today|this|it'?s|its)\s+(is\s+)?the\s+end\s+of\s+the\s+line\s+for\s+me\b(?!\s+(at|with|in|on|here|there|as)\b)",
)
# a day named and "I do it" with nothing named to do ("este finde lo hago", "el sábado lo hago")
_KIND["do_it_day"] = _any(
    r"\b(este|el)\s+(finde|fin\s+de\s+semana|sabado|domingo|viernes|lunes|martes|miercoles|jueves)\s+lo\s+hago\b(?=\s*(,|\.|!|$|(ya|y|que|neta|wey|guey|tio)\b))",
    r"\b(this|on)\s+(weekend|saturday|sunday|friday|monday)\s+i'?m\s+doing\s+it\b(?!\s+\w)",
)
_KIND["day_task"] = _any(
    r"\b(mudanza|me\s+mudo|viaje|vacaciones|examen|entrevista|pastel|tarea|limpieza|pintar|reforma|tatuaje|boda|mudarme|move|moving|exam|interview|trip|cake|tattoo|wedding)\b",
)

# -- blind19-tune's kinds (session 22, late round) --------------------------------------------------
# a letter to one's family ("написал письмо родителям", "лист рідним вже написав", "letters to my
# mum and my sister", "carta para mi madre"): with a worn-out line, a place of ending, thanks or a
# goodbye (not a trip or a move: ``away``)
_KIND["family_letter"] = _any(
    r"\b(letters?|notes?)\s+(to|for)\s+(my\s+)?(mum|mom|mother|dad|father|parents|family|kids|children|sister|brother|wife|husband|son|daughter)\b",
    r"\b(письм\w*|записк\w*)\s+(\w+\s+)?(родителям|маме|папе|родным|семье|детям|жене|мужу|сестре|брату|сыну|дочери|близким)\b|\b(родителям|маме|папе|родным|семье|детям|жене|мужу|сестре|брату|близким)\s+(\w+\s+){0,2}(письм\w*|записк\w*)\b",
    r"\b(лист\w*|записк\w*)\s+(\w+\s+)?(батькам|мамі|татові|рідним|сім'?ї|дітям|дружині|чоловікові|сестрі|братові|синові|доньці|близьким)\b|\b(батькам|мамі|татові|рідним|сім'?ї|дітям|дружині|чоловікові|сестрі|братові|близьким)\s+(\w+\s+){0,2}(лист\w*|записк\w*)\b",
    r"\b(cartas?|notas?)\s+(para|a)\s+(mi|mis)\s+(madre|mama|jefa|padre|papa|padres|familia|hij[oa]s|herman[oa]s?|espos[oa])\b",
)
# thanks to whoever reads it ("thanks to whoever reads this", "спасибо тому, кто это читает")
_KIND["thanks_all"] = _any(
    *_KIND["thanks_all"].patterns,
    r"\bthank(s|\s+you)\s+to\s+(whoever|anyone\s+who|everyone\s+who)\s+(reads|read|finds|sees)\b|\bспасибо\s+(тому|всем|тем)\s*,?\s+(кто|кто\s+это)\s+(\w+\s+)?(читает|прочитает|найдет|найдёт)\b|\bдякую\s+(тому|всім|тим)\s*,?\s+(хто|хто\s+це)\s+(\w+\s+)?(читає|прочитає|знайде)\b|\bgracias\s+a\s+(quien|quienes|todos\s+los\s+que)\s+(lea|lean|encuentre)\b",
)
# waiting for everyone to go away, the other verbs ("чекаю поки всі роз'їдуться", "жду пока все разъедутся")
_KIND["when_alone"] = _any(
    *_KIND["when_alone"].patterns,
    r"\b(пока|когда|поки|коли)\s+(все|всі|усі)\s+(не\s+)?(раз[ъь]?едутся|разойдутся|роз'?їдуться|розійдуться|поразъезжаются|повиходять|выйдут|вийдуть)\b",
)
# swallowing the lot, the infinitive and the adverb ("хочу випити всю разом", "meterme todo junto")
_KIND["take_lot"] = _any(
    *_KIND["take_lot"].patterns,
    r"\b(выпить|сожрать|проглотить|принять|закинуть|випити|ковтнути|проковтнути|прийняти|закинути)\s+(их\s+|їх\s+)?(все|всю|вс[её]|всі|усі|весь|увесь)?\s*(разом|сразу|одразу|відразу|за\s+раз)\b",
    r"\b(meterme|tomarme|tragarme|chutarme|picarme)\s+(tod[oa]s?\s+)?(junt[oa]s?|de\s+golpe|de\s+una(\s+vez)?)\b|\b(take|swallow|do|shoot)\s+(it|them)\s+all\s+together\b",
)
# the daily dose put aside ("guardando la metadona de cada día", "откладываю каждый день по таблетке")
_KIND["stockpile"] = _any(
    *_KIND["stockpile"].patterns,
    r"\b(guardando|guardo|apartando|aparto)\s+(\w+\s+){0,3}(de\s+cada\s+dia|diaria|de\s+cada\s+toma)\b|\b(откладываю|откладывала|откладывал|відкладаю|відкладала|відкладав)\s+(\w+\s+){0,2}(каждый\s+день|кожен\s+день|щодня|по\s+таблетке|по\s+пігулці)\b|\b(saving|putting\s+aside|setting\s+aside)\s+(\w+\s+){0,2}(daily\s+dose|every\s+day|each\s+day)\b",
)
# nothing matters any more ("мне уже без разницы", "мені вже байдуже", "ya me da igual"): with the
# whole supply used at once
_KIND["dont_care"] = _any(
    r"\b(мне|мені)\s+(уже|вже)\s+(без\s+разницы|вс[её]\s+равно|пофиг|плевать|байдуже|все\s+одно|пофіг)\s*$|\b(мне|мені)\s+(уже|вже)\s+(без\s+разницы|вс[её]\s+равно|пофиг|плевать|байдуже|все\s+одно|пофіг)\b(?!\s+(что|шо|що|какой|какая|какие|який|яка|які|где|де|куда|куди|кто|хто))",
    r"\bya\s+me\s+da\s+(igual|lo\s+mismo)\b(?!\s+(que|cual|donde|quien))|\bi\s+(don'?t|dont)\s+care\s+any\s?more\b(?!\s+(what|which|where|who|if))",
)
# a using verb or a drug named, for ``dont_care`` (not the whole fridge eaten at once)
_KIND["using_verb"] = _any(
    *_KIND["drug_word"].patterns,
    r"\b(вмаз\w*|вмаж\w*|вкол\w*|ширн\w*|ширя\w*|втреск\w*|нюхн\w*|shoot|shooting|inject\w*|snort\w*|meterme|picarme|chutarme|inyectarme|pincharme)\b",
)
# "at least she'll have a normal life" after things given away ("пусть хоть у неё будет нормальная жизнь")
_KIND["their_life"] = _any(
    r"\b(пусть|хай|нехай)\s+(хоть|хоча\s+б|хоч)\s+(у|в)\s+(нее|неё|него|них|неї|нього|них)\s+(будет|буде)\s+(\w+\s+)?(жизнь|життя)\b",
    r"\bat\s+least\s+(she|he|they|it)\s*('?ll|\s+will|\s+gets?\s+to)\s+(have\s+)?(a\s+)?(good|normal|better|proper|decent)\s+life\b|\b(que|para\s+que)\s+al\s+menos\s+(ella|el|ellos)\s+(tenga|tengan)\s+una\s+vida\b",
)
# an "if I don't write tomorrow" said with a parting ("якщо я завтра не напишу то знайте що я вас любив")
_KIND["if_silent"] = _any(
    r"\b(якщо|если|коли|когда)\s+(я\s+)?(завтра\s+|больше\s+|більше\s+)?(не\s+)(напишу|отвечу|відповім|выйду\s+на\s+связь|вийду\s+на\s+зв'?язок|объявлюсь|об'?явлюсь)\b",
    r"\bif\s+i\s+(don'?t|dont|do\s+not)\s+(write|text|answer|reply|message|post)\s+(tomorrow|again|by\s+tomorrow)\b|\bsi\s+(manana\s+)?no\s+(escribo|contesto|respondo|doy\s+senales)\b",
)
# going to join someone who died ("solo pienso en irme con ella", "хочу уйти к ней", "хочу до неї")
_KIND["join_dead"] = _any(
    r"\b(irme|ir\s+me|marcharme)\s+con\s+(ella|el)\b(?!\s+(a|al|de|por|en)\b)|\b(be|go)\s+with\s+(her|him)\s+again\b|\bjoin\s+(her|him|them)\b(?!\s+(at|for|in|on|to)\b)",
    r"\b(уйти|пойти|піти|уйду|піду)\s+(к|до)\s+(ней|нему|неї|нього|ним|них)\b(?!\s+(в|на|у|за|по|до)\b)|\b(быть|буть|бути)\s+(снова\s+|знову\s+)?(с|з)\s+(ней|ним|нею)\s+(там|снова|знову)\b",
)
# asking how to stop wanting to die ("как перестать хотеть умереть", "how do i stop wanting to die")
_KIND["stop_wanting"] = _any(
    r"\b(как|як|how\s+(do\s+i|to|can\s+i|do\s+you)|como)\s+(мне\s+|мені\s+)?(перестать|перестати|stop|dejar\s+de|quitarme\s+las\s+ganas\s+de)\s+(хотеть|хотіти|wanting\s+to|querer)?\s*(умереть|умирать|помереть|помирать|померти|вмерти|die|morir(me)?)\b",
)
# going in a way that spares one's mother ("как бы так уйти чтоб маме было не так больно")
_KIND["spare_them"] = _any(
    r"\b(уйти|уйду|піти|піду|go|irme|morir(me)?|умереть|померти|вмерти|die)\s+(так\s+|таким\s+образом\s+|so\s+|de\s+forma\s+|de\s+manera\s+)?(чтоб|чтобы|щоб|щоби|шоб|that|para\s+que|sin\s+que)\s+(\w+\s+){0,2}(маме|мамі|родным|рідним|близким|близьким|семье|сім'?ї|mum|mom|family|parents|mi\s+madre|mi\s+mama|mi\s+familia|mis\s+padres)\s+(\w+\s+){0,3}(больно|боляче|hurts?|duela|sufra|suffer)\b",
)
# a goodbye to all, the whole message ("прощайте всі", "goodbye everyone", "adiós a todos")
_FAREWELL_ALONE = re.compile(
    r"\s*(прощайте|прощавайте)(\s+(все|всем|всі|усі|навсегда|назавжди|все\s+навсегда|всі\s+назавжди))?\s*"
    r"|\s*(всем|всім|усім)\s+(прощайте|прощавайте)\s*"
    r"|\s*(good\s?bye|farewell)\s+(everyone|everybody|all|world|forever|cruel\s+world)\s*"
    r"|\s*adios\s+(a\s+todos|para\s+siempre|mundo)\s*"
)
# the dose that kills, wanted for oneself ("cuál es la dosis que te mata? la quiero para mí")
_KIND["lethal_dose"] = _any(
    r"\b(lethal|deadly|fatal)\s+(dose|amount)\b|\b(dose|amount)\s+(of\s+\w+\s+)?(that\s+)?(kills|would\s+kill|will\s+kill)\b|\bсмертельн\w*\s+(доз\w*|количеств\w*|кількіст\w*)\b|\bлетальн\w*\s+доз\w*\b|\b(dosis|cantidad)\s+(de\s+\w+\s+)?(letal|mortal|que\s+(te|me)\s+mata)\b",
)
_KIND["lethal_dose"] = _any(
    *_KIND["lethal_dose"].patterns,
    # enough to stop the heart (tune54): "скока надо мефа чтоб сердце встало", "how much to stop my heart"
    r"\b(чтоб|чтобы|щоб|шоб)\s+(\w+\s+)?сердце\s+(встало|остановилось|зупинилось|стало)\b|\bto\s+(stop|make)\s+my\s+heart(\s+stop)?\b|\bpara\s+que\s+se\s+me\s+pare\s+el\s+corazon\b|\bщоб\s+(\w+\s+)?серце\s+(зупинилось|стало|спинилось)\b",
)
_KIND["for_me"] = _any(
    # "для себя спрашиваю", "питаю для себе", "asking for myself", "pregunto por mí" (tune54)
    r"\b(для\s+себя|для\s+себе)\s+(спрашиваю|питаю|интересуюсь|цікавлюсь)\b|\b(спрашиваю|питаю)\s+(для\s+себя|для\s+себе)\b|\basking\s+for\s+(me|myself)\b|\bpregunto\s+(por|para)\s+mi\b",
    r"\bi\s+want\s+it\s+for\s+(me|myself)\b|\b(la|lo)\s+quiero\s+para\s+mi\b|\bхочу\s+(ее|её|его)\s+(для\s+себя|себе)\b|\bхочу\s+(її|його)\s+(для\s+себе|собі)\b|\b(это|це)\s+(для\s+меня|для\s+мене)\s*$|\bit'?s\s+for\s+me\s*$|\bes\s+para\s+mi\s*$",
)

# someone else's will: a grandparent, a parent or "she/he" who wrote or decided who gets what (tune52:
# "помогаю с похоронами бабушки, она заранее написала кому что оставить")
_OTHERS_WILL = compile_any(
    [
        r"\b(бабушк\w*|дедушк\w*|бабус\w*|бабц\w*|дідус\w*|дід|дед|grandma|grandpa|granny|nan|abuel\w*)\b",
        r"\b(она|он|они|вона|він|вони|she|he|they|ella|el)\s+(\w+\s+){0,2}(написал\w*|написав|расписал\w*|розписал\w*|розписав|решил\w*|вирішил\w*|вирішив|wrote|decided|listed|escribio|decidio|dejo\s+escrito)\b",
    ]
)
# -- tune54 (2026-12-08, session 24): crisis said indirectly, as strangers say it --
# the last use said as a goodbye ("this is the last time im using ... bye", "последний раз
# употребляю. прощайте", "la última vez que me meto algo, adiós a todos"): the last time, a drug
# use, and a goodbye or "not coming back", never with quitting, rehab or a trip
_KIND["last_use"] = _any(
    r"\b(the|my|this\s+is\s+the|it'?s\s+the)\s+last\s+time\s+(i'?m\s+|im\s+|i\s+am\s+|i'?ll\s+be\s+|i\s+)?(using|use|shooting|shoot|getting\s+high|get\s+high|doing\s+(dope|it|this)|smoking|snorting|fixing)\b",
    r"\bпоследн\w*\s+раз\b|\bостанн\w*\s+раз\b|\bвостаннє\b|\bultima\s+vez\b",
)
_KIND["taking_drugs"] = _any(
    r"\b(употребля\w*|употреблю|употребил\w*|торч\w*|вживаю|вживати|вжива\w*|вжию|колюсь|нюхаю|consumo|consumir|me\s+meto|me\s+drogo|drogarme|using|use|dope|high)\b",
)
_KIND["gone_goodbye"] = _any(
    r"\b(bye|goodbye|farewell|прощайте|прощавайте|бувайте|прощай|adios|chao)\b|\bпока\s+(всем|все)\b|\b(not|never)\s+coming\s+back\b|\bwon'?t\s+be\s+back\b",
    r"\b(больше|більше)\s+(меня|мене)\s+не\s+(будет|буде)\b|\b(меня|мене)\s+(больше|більше)\s+не\s+(будет|буде)\b|\bno\s+(voy\s+a\s+)?volver\b|\bno\s+vuelvo\b",
)
# an apology to everyone with "I tried", "I let you down" or "for everything" ("im sorry to everyone
# i let down", "простите меня все, я правда старался", "вибачте всі за все", "perdón a todos, de
# verdad lo intenté"); not sorry for being late, for spam or for a noise
_KIND["tried_failed"] = _any(
    r"\bi\s+(really\s+|honestly\s+|truly\s+|did\s+)?tried(\s+my\s+best|\s+so\s+hard|\s+everything|\s+really\s+hard)?\s$|\b(i\s+)?let\s+(you|you\s+all|everyone|everybody|y'?all|u|them|all\s+of\s+you)?\s*down\s*$|\b(everyone|everybody|people|all\s+of\s+you)\s+i\s+(let\s+down|failed|hurt|disappointed)\b",
    r"\b(я\s+)?(правда\s+|честно\s+|очень\s+|реально\s+)?(старал(ся|ась)|пытал(ся|ась))\s$|\bя\s+(вас\s+|всех\s+)?подв[её]л\w*\s$|\b(я\s+)?(правда\s+|чесно\s+|дуже\s+|реально\s+)?(старав(ся)?|старалась|намагав(ся)?|намагалась)\s$|\bя\s+(вас\s+|всіх\s+)?підв[іе]в\w*\s$",
    r"\b(de\s+verdad\s+|en\s+serio\s+|neta\s+)?lo\s+intente\s$|\b(de\s+verdad\s+|en\s+serio\s+)?(lo\s+)?trate\s$|\b(les|os)\s+(he\s+)?(falle|fallado|decepcione|decepcionado)\b",
)
_KIND["for_all_of_it"] = _any(
    r"\bfor\s+everything\b(?!\s+(i|that|you|he|she|we|they|yesterday|last|today|at|in|on|with|from)\b)|\bза\s+вс[её]\b(?!\s+(что|що|шо|это|це|то|вчера\w*|вчора\w*|сказан\w*|сегодня\w*|сьогодні\w*|в|на|с|з)\b)|\bза\s+(усе|всьо)\b(?!\s+(що|шо|це|вчора\w*|сьогодні\w*|в|на|з)\b)|\bpor\s+todo\b(?!\s+(lo|el|la|los|las|esto|eso|de|del|en|con)\b)",
)
_KIND["everyday_sorry"] = _any(
    r"\b(late|delay\w*|spam\w*|typo\w*|noise|mess|flood\w*|caps|english|my\s+english|the\s+wait|long\s+post|rant|off\s+topic)\b",
    r"\b(опозд\w*|задерж\w*|спам\w*|флуд\w*|шум\w*|ошибк\w*|опечатк\w*|офтоп\w*|запізн\w*|затримк\w*|помилк\w*|друкарськ\w*)\b",
    r"\b(retraso|tardanza|spam|ruido|faltas|errores|el\s+rollo|la\s+espera|ortografia)\b",
)
# a pet or things handed over with "I won't be around" ("can someone take my dog, i wont be around",
# "alguien se queda con mi gato? ya no voy a estar"), or "soon I won't be able to look after him"
# the burden said alone, the "only/just" form ("я всім тільки заважаю", "i'm just a burden to everyone");
# not with a cause or a place after it ("своїм хропінням", "в чаті"), not going to another room
_KIND["burden_only"] = _any(
    r"\b(всем|всім|усім)\s+(только|тільки|лише|лишь)\s+(мешаю|заважаю)\b(?!\s+(своим|своїм|своей|своєю|своими|своїми|в|у|на|тут|здесь|там)\b)|\bя\s+(только|тільки|лише)\s+(всем|всім|усім)\s+(мешаю|заважаю)\b(?!\s+(своим|своїм|своей|своєю|своими|своїми|в|у|на|тут|здесь|там)\b)",
    r"\b(i'?m|im|i\s+am)\s+(just|only)\s+a\s+burden\s+(to|for|on)\s+(everyone|everybody|my\s+family|all\s+of\s+you|people)\s*$",
    r"\b(solo|nomas|nada\s+mas)\s+(estorbo|molesto)\s+a\s+todos\s*$",
)
_KIND["leaving_room"] = _any(
    r"\b(chat|group|room|couch|sofa|чат\w*|групп\w*|груп\w*|комнат\w*|кімнат\w*|диван\w*|grupo|cuarto|sillon|sofa)\b",
)
_KIND["see_you"] = _any(
    r"\bsee\s+(you|ya|u|y'?all)\b|\bдо\s+(завтра|встречи|зустрічі|понеділка|понедельника|вечера|вечора)\b|\bувидимся\b|\bпобачимось\b|\bпобачимося\b|\bnos\s+vemos\b|\bhasta\s+(manana|luego|el\s+lunes|pronto)\b",
)
_KIND["cant_care"] = _any(
    r"\bне\s+(смогу|зможу)\s+(\w+\s+){0,3}(заботиться|ухаживать|дбати|доглядати|піклуватися|смотреть\s+за|глядіти)\b|\b(won'?t|will\s+not|wont)\s+be\s+(able\s+to|around\s+to)\s+(look\s+after|take\s+care\s+of|care\s+for|feed|walk)\b|\bno\s+(voy\s+a\s+poder|podre)\s+(cuidarl[oa]|cuidar(\s+de)?\s+(el|ella|mi))\b",
)
_KIND["soon_gone"] = _any(
    r"\b(скоро|вскоре|незабаром|soon|pronto|ya)\b",
)
_KIND["ordinary_rehome"] = _any(
    r"\b(allerg\w*|аллерг\w*|алерг\w*|alergi\w*|baby|newborn|ребен\w*|ребён\w*|дитин\w*|bebe|landlord|хозяин\w*|хозяйк\w*|хазя\w*|casero|arrendador|lease|оренд\w*|аренд\w*)\b",
)
# dying of an overdose welcomed ("якщо здохну від передозу то й добре", "if i die from an od so be
# it", "si me muero de una sobredosis pues mejor")
# affairs handed over for after ("wrote out my passwords for my sister, she'll need them soon")
_KIND["theyll_need"] = _any(
    r"\b(she|he|they|you)\s*('?ll|will)\s+need\s+(them|it|this|these|those)\s+(soon|after|when)\b|\b(ей|ему|им|вам|тебе|їй|йому|їм)\s+(скоро\s+|потом\s+|потім\s+)?(понадоб\w*|пригод\w*|знадоб\w*)|\b(los|las|lo|la)\s+(va|van)\s+a\s+necesitar\s+(pronto|despues)\b",
)
_KIND["codes"] = _any(
    r"\b(passwords?|pins?|pin\s+codes?|bank\s+(cards?|details|stuff|logins?)|паролями|паролі|пароли|пин-?коды?|пін-?коди?|contrasenas|claves|nip)\b",
)
_KIND["guest"] = _any(
    r"\b(wi-?fi|wireless|router|guests?|arrive|arrival|airbnb|вайфа\w*|вай-фа\w*|роутер\w*|гост\w*|гост\w*|приед\w*|приїд\w*|llegu\w*|invitad\w*)\b",
)
# pills put aside "for when I can't go on", and today is the day ("creo que es hoy")
_KIND["today_the_day"] = _any(
    r"\b(creo\s+que\s+)?(es|sera)\s+hoy\s*$|\btoday\s+is\s+the\s+day\b|\bi\s+think\s+(it'?s|its)\s+today\b|\b(кажется|похоже|думаю|походу)\s+(это\s+)?сегодня\s*$|\b(здається|схоже|думаю)\s+(це\s+)?сьогодні\s*$|\bсегодня\s+тот\s+самый\s+день\b|\bсьогодні\s+той\s+самий\s+день\b",
)
_KIND["od_death"] = _any(
    r"\b(die|died|dying)\s+(from|of)\s+(an?\s+)?(overdose|od)\b|\bif\s+i\s+(od|o\.d|overdose)\b",
    r"\b(сдохну|здохну|помру|умру|вмру|загнусь|откинусь|відкинусь)\s+(\w+\s+)?(от|від|з|с)\s+(передоз\w*)|\b(передоз\w*)\s+(\w+\s+)?(сдохну|здохну|помру|умру|вмру)\b",
    r"\b(me\s+muero|muero|me\s+muera|morirme|la\s+palmo|me\s+petateo)\s+(de|por)\s+(una\s+)?(sobredosis|sobredosi|od)\b|\bsobredosis\s+y\s+(me\s+muero|muero)\b",
)
_KIND["welcome"] = _any(
    r"\b(so\s+be\s+it|good|fine|whatever|who\s+cares|better|even\s+better|i\s+hope\s+i\s+do)\b|\b(то\s+и\s+|то\s+й\s+|то\s+і\s+)?(ладно|пофиг|пофіг|добре|хорошо|и\s+хорошо|нормально|байдуже|плевать|пусть|хай|нехай)\b|\b(pues\s+)?(mejor|da\s+igual|ni\s+modo|que\s+importa|ojala)\b",
)
# no point going on, said with a word of worthlessness ("нет смысла продолжать, я конченый человек",
# "no point carrying on, im worthless", "para qué seguir, no valgo nada")
_KIND["no_point_on"] = _any(
    r"\bno\s+point\s+(in\s+)?(going\s+on|carrying\s+on|continuing|trying\s+anymore|keeping\s+going)\b(?!\s+(with|watching|reading|playing|at|in|on|this|the|my)\b)",
    r"\b(нет|не\s+вижу)\s+смысла\s+(продолжать|дальше|стараться|бороться)\b(?!\s+(это\w*|этот|эту|эти|спор\w*|разговор\w*|дискусс\w*|работ\w*|учеб\w*|сериал\w*|игр\w*|смотреть|читать|играть|с|в|на|за)\b)",
    r"\b(нема|немає|не\s+бачу)\s+сенсу\s+(продовжувати|далі|старатися|боротися)\b(?!\s+(це\w*|цей|цю|ці|суперечк\w*|розмов\w*|роботу|навчання|серіал\w*|гру|дивитися|читати|грати|з|в|у|на|за)\b)",
    r"\b(no\s+tiene\s+sentido|para\s+que|pa\s+que)\s+seguir\b(?!\s+(\w+ndo|con|en|aqui|esto|este|esta|la|el)\b)",
)
_KIND["worthless"] = _any(
    r"\b(i'?m|im|i\s+am)\s+(just\s+)?(worthless|a\s+failure|useless|nothing|a\s+waste\s+of\s+space|a\s+waste|garbage|trash)\b",
    r"\bя\s+(просто\s+)?(конченн?ый|конченн?ая|конч\w+\s+человек|никчемн\w*|никчёмн\w*|ничтожеств\w*|пустое\s+место|неудачни\w*|ничто)\b|\bя\s+(просто\s+)?(нікчемн\w*|нікчема|пусте\s+місце|невдах\w*|ніщо|конченн?ий)\b",
    r"\b(no\s+valgo\s+nada|soy\s+un[ao]?\s+(fracasad[oa]|inutil|basura|estorbo))\b",
)
# leaving for ever with a sorry, a goodbye or thanks ("всем спасибо, простите, я ухожу навсегда")
_KIND["forever_going"] = _any(
    r"\b(я\s+)?ухожу\s+навсегда\b|\b(я\s+)?(йду|іду|піду)\s+назавжди\b|\bme\s+voy\s+para\s+siempre\b|\b(i'?m|im)\s+(leaving|going)\s+(for\s+good|forever)\b",
)
# the end named for a day, with a plan made ("в суботу все закінчу, план вже є", "on saturday i end
# it all, the plan is ready"); not finishing a job with something
_KIND["end_all_day"] = _any(
    r"\b(в|у|на|до)\s+(субботу|суботу|воскресенье|неділю|пятницу|п'?ятницю|выходных|вихідних)\s+(я\s+)?(вс[её]|усе)\s+(закончу|закінчу|покончу|покінчу|решу|вирішу)\b(?!\s+(с|со|з|із|зі)\b)",
    r"\b(on|this|by)\s+(saturday|sunday|friday|the\s+weekend|weekend)\s+(i'?ll\s+|i\s+will\s+|im\s+gonna\s+|i'?m\s+going\s+to\s+)?end\s+(it\s+all|everything|it)\b",
    r"\b(el|este)\s+(sabado|domingo|viernes|finde|fin\s+de\s+semana)\s+(me\s+)?(acabo|termino)\s+con\s+todo\b",
)
_KIND["plan_made"] = _any(
    r"\bплан\s+(уже\s+|вже\s+)?(есть|є|готов\w*)\b|\b(уже\s+|вже\s+)?вс[её]\s+(продумал\w*|продумав|решил\w*|вирішив|вирішила)\b|\b(the\s+)?plan\s+is\s+(ready|made|set)\b|\b(got|have)\s+(it\s+all|everything)\s+planned\b|\btengo\s+(todo\s+)?(el\s+plan|pensado|planeado)\b",
)
# -- tune54's second batch (session 24) --
# the means laid out and no fear left ("my meds are all lined up. im not scared anymore", "таблетки
# разложены, мне уже не страшно", "ya tengo las pastillas, ya no tengo miedo")
# "мені він уже не потрібен буде", "мне она уже не нужна будет": the short adjective, a word or two between
_KIND["wont_need"] = _any(
    *_KIND["wont_need"].patterns,
    r"\b(мені|мне)\s+(\w+\s+){0,2}не\s+(потрібен|потрібна|потрібне|нужен|нужна|нужно)\s+(буде|будет)\b",
)
# "сьогодні все" typed in Latin letters reads "согодні все" (tune54)
_KIND["today_all"] = _any(
    *_KIND["today_all"].patterns,
    r"\b(согодн[іи]|сегодни|сьогодн[и])\s+(вже\s+|уже\s+)?(все|вс[её]|усе)\s$",
)
# the same typed in Latin letters, the soft sign and "э" lost ("ya bolshe ne mogu", "s etim")
_KIND["worn_out"] = _any(
    *_KIND["worn_out"].patterns,
    r"\b(болше|білше)\s+не\s+(могу|можу)\b|\bне\s+(могу|можу)\s+(болше|білше)\b",
)
_KIND["no_fear"] = _any(
    r"\b(i'?m|im|i\s+am)\s+not\s+(scared|afraid)\s+(anymore|any\s+more|now)\b|\bno\s+longer\s+(scared|afraid)\b",
    r"\b(мне\s+|мені\s+)?(уже|больше|вже|більше)\s+не\s+(страшно|боюсь|боюся)\b|\bне\s+(страшно|боюсь|боюся)\s+(уже|больше|вже|більше)\b",
    r"\bya\s+no\s+(tengo\s+miedo|me\s+da\s+miedo)\b",
)
_KIND["laid_out"] = _any(
    r"\b(lined\s+up|laid\s+out|counted\s+out|ready\s+on)\b|\b(разложил\w*|разложен\w*|выложил\w*|розклал\w*|розклав|розкладен\w*|виклал\w*|виклав)\b|\b(alineadas|preparadas|contadas|puestas\s+en)\b",
)
# a sorry passed on, and "it wasn't his/your fault" said last ("tell my brother i said sorry and that it
# wasnt his fault", "perdóname mamá, no fue tu culpa", "прости, мам, ты не виновата")
_KIND["not_fault_end"] = _any(
    r"\b(wasn'?t|wasnt|isn'?t|isnt|not|was\s+not|is\s+not)\s+(your|ur|his|her|their|anyone'?s|anybody'?s)\s+fault\s*$",
    r"\b(ты|вы|он|она|вони|они|ти|ви|він|вона)\s+(ни\s+в\s+чем\s+|ни\s+в\s+чём\s+|ні\s+в\s+чому\s+)?не\s+(виноват\w*|винн?\w*)\s*$|\bне\s+(твоя|ваша|его|её|ее|його|її)\s+(вина|провина)\s*$",
    r"\bno\s+(fue|es)\s+(tu|su|vuestra)\s+culpa\s*$",
)
# a pet handed over and "not long left" ("заберите кошку, мне недолго осталось", "me queda poco")
# a thing's fault ("the broken vase wasn't your fault", "lo del coche no fue tu culpa"): an everyday sorry
_KIND["thing_fault"] = _any(
    r"\b(the|this|a|my|our)\s+(?!(it|this|that|all)\b)(\w+\s+){1,2}(wasn'?t|isn'?t|was\s+not|is\s+not|wasnt|isnt)\s+(your|ur|his|her|their)\s+fault\b",
    r"\b(el|la|lo\s+del?|lo\s+de\s+la)\s+(\w+\s+){1,2}no\s+(fue|es)\s+(tu|su)\s+culpa\b",
)
_KIND["not_long_left"] = _any(
    r"\b(мне|мені)\s+(уже\s+|вже\s+)?(недолго|недовго|немного|небагато|мало)\s+(осталось|лишилось|залишилось)\b(?!\s+(до|в|на|жить\s+в|тут|здесь)\b)|\b(i\s+)?(don'?t|dont)\s+have\s+(long|much\s+time)\s+left\b(?!\s+(in|at|here|before|until|till)\b)|\bme\s+queda\s+poco\b(?!\s+(en|aqui|para|de)\b)",
)
# "today I'll end this" said worn out ("всё, я больше не могу, сегодня покончу с этим")
_KIND["end_this_today"] = _any(
    r"\b(сегодня|сьогодні|tonight|today|hoy|esta\s+noche)\s+(\w+\s+)?(покончу|покінчу|end|acabo)\s+(с|з|with|con)\s+(этим|етим|етім|цим|this|it|esto)\b|\b(покончу|покінчу)\s+(с|з)\s+(этим|етим|етім|цим)\s+(сегодня|сьогодні)\b",
)
# "they'll find me tomorrow" ("завтра меня найдут, не хочу чтобы это была мама")
_KIND["found_me"] = _any(
    r"\b(меня|мене)\s+(уже\s+|вже\s+)?(найдут|знайдуть)\b(?!\s+(в|на|у|по|через)\b)|\b(they'?ll|someone\s+will|somebody\s+will|she'?ll|he'?ll)\s+find\s+me\b(?!\s+(at|online|there|here|on\s+(discord|insta\w*|facebook|the\s+app)|in\s+(the\s+)?(bar|club|game|office|chat|crowd|kitchen|lobby|library|park))\b)|\bme\s+(van\s+a\s+encontrar|encontraran|encontrara)\b(?!\s+(en|por)\b)",
)
_KIND["family_one"] = _any(
    r"\b(mum|mom|mother|dad|my\s+(sister|brother|kids|son|daughter|wife|husband)|мама|мам[аеуы]|маме|папа|сестр\w*|брат\w*|дет\w*|мамі|маму|тато|діт\w*|mama|mamá|papa|mi\s+(hermana|hermano|hija|hijo|esposa|esposo))\b",
)
_KIND["lost_game"] = _any(
    r"\b(hide\s+and\s+seek|lost|get\s+lost|прятк\w*|хованк\w*|заблуд\w*|потеря\w*|escondidas|me\s+pierdo|perdid[oa])\b",
)
# "I won't bother anyone any more", said with a sorry or a goodbye
_KIND["wont_bother"] = _any(
    r"\b(больше|більше)\s+не\s+(буду|стану)\s+(никому|нікому|вам|всем|всім|никого|нікого)\s+(мешать|заважати|надоедать|набридати|беспокоить|турбувати)\b|\b(won'?t|wont|will\s+not|never)\s+(bother|burden|trouble)\s+(anyone|anybody|you|you\s+all)\s+(anymore|again|any\s+more)\b|\bya\s+no\s+(voy\s+a\s+)?(molestar|estorbar)\s+(a\s+nadie|mas)\b",
)
# a rope kept for a chore or a toy ("para el columpio", "для белья", "for the boat", "from the move"):
# a rope in the shed beside it is the chore's
_ROPE_CHORE = re.compile(
    r"\b(swing|laundry|washing|boat|tent|tarp|move|moving|tow\w*|columpio|tender|ropa|lancha|barco|lona|mudanza|remolc\w*|"
    r"качел\w*|гойдалк\w*|бель[её]|білизн\w*|лодк\w*|човн\w*|палатк\w*|намет\w*|переезд\w*|переїзд\w*|буксир\w*)\b"
)
_KIND_WINDOW = 120  # characters between the two classes of a kind
_KINDS = KindPatterns({kind: patterns.patterns for kind, patterns in _KIND.items()})


@lru_cache(maxsize=8)
def _scan(folded: str) -> dict[str, list[int]]:
    return _KINDS.scan(folded)


def _indirect(folded: str) -> bool:
    """An indirect sign of suicide, by kind (see ``_KIND``): every class found in one pass."""
    found = _scan(folded)
    if not found:
        return False

    def _has(kind: str, _: str) -> bool:
        return kind in found

    def _meet(_: str, first: str, second: str) -> bool:
        return any(
            abs(i - j) <= _KIND_WINDOW for i in found.get(first, ()) for j in found.get(second, ())
        )

    return (
        _meet(folded, "farewell", "time")  # "said goodbye to my dog today, it's time"
        or _has("secret_last", folded)  # "she doesn't know it's the last time"
        or _meet(
            folded, "last_message", "thanks_all"
        )  # "my last message, thank you for everything"
        or _meet(folded, "last_message", "not_your_fault")  # "my last message. it's not your fault"
        or (  # "the rope is ready" (not for climbing, unless said so: "bought a rope. not for camping")
            _meet(folded, "means", "ready")
            and (not _has("outdoors", folded) or _has("not_for_outdoors", folded))
        )
        or _meet(folded, "rope", "not_for_outdoors")  # "got a rope, and it's not for camping"
        or (  # "got a rope in the shed, dunno why I'm typing", "ya tengo la soga en la cochera, nomás espero"
            _meet(folded, "means", "outbuilding")
            and (_meet(folded, "outbuilding", "final") or _meet(folded, "outbuilding", "despair"))
            and not _has("outdoors", folded)
            and _ROPE_CHORE.search(folded) is None
        )
        or _meet(folded, "place", "final")  # "I'm done, I've already picked the spot"
        or (_meet(folded, "pills_enough", "hoarded"))  # "enough pills saved, counted twice"
        or (  # no future (not the last night in a city named, a trip)
            _meet(folded, "not_be", "future")
            and not _has("away", folded)
            and not _has("last_in_place", folded)
        )
        or _has("last_night", folded)
        or (_has("tired_life", folded) and not _has("alarm", folded))  # tired of waking up
        or (  # hoping the next shot is the last one
            _has("hope", folded) and _meet(folded, "dose", "end_me") and not _has("quit", folded)
        )
        or _meet(folded, "purpose", "use")  # "do the whole bag on purpose"
        or _has("enough_end", folded)
        or (_meet(folded, "put_aside", "chosen_time") and not _has("naloxone", folded))
        or _meet(folded, "nobody", "gone")  # "nobody would notice if I was gone"
        or (  # "got it all planned for saturday, the flat will be empty" (lead, session 24)
            _meet(folded, "planned", "empty_home")
            and not _has("away", folded)
            and not _has("party", folded)
        )
        or (  # "can't do this anymore, tonight is the end of the line for me"
            _has("line_end_me", folded) and not _has("away", folded)
        )
        or (  # "este finde lo hago, ya lo tengo todo pensado" (not a move, a trip, a party or a task
            # named: "finde" alone is the day, so ``away`` is no guard here)
            _meet(folded, "do_it_day", "planned")
            and not _has("day_task", folded)
            and not _has("party", folded)
        )
        or (  # "cut again, deeper than before" (not a knife slipping while carving)
            _meet(folded, "self_harm", "worse") and not _has("kitchen_slip", folded)
        )
        or _has("why_live", folded)
        or (  # "made a list of who gets my guitar" (not a grandmother's own will: tune52)
            _has("who_gets", folded) and not _OTHERS_WILL.search(folded)
        )
        or _meet(folded, "edge", "how_easy")  # "at the platform edge thinking how easy it would be"
        or _has("no_burden", folded)  # "soon no one will have to worry about me"
        or _meet(folded, "despair", "plan_done")
        or _meet(folded, "despair", "means")
        or (
            _meet(folded, "jump", "height")
            and _has("thinking", folded)
            and not _has("cool_off", folded)
        )  # "думаю шагнуть с балкона" (not "so hot, gonna jump off the bridge into the river")
        or (_has("standing", folded) and _has("thinking", folded))  # "стою на даху і думаю"
        or (_meet(folded, "pills", "put_aside") and _has("the_night", folded))
        or (_meet(folded, "pills", "hoarded") and _has("the_night", folded))
        or _meet(folded, "no_return", "use")  # "вмажусь так шоб вже не вернутись"
        or _meet(folded, "no_wake", "so_be_it")  # "якщо не проснусь то і ладно"
        or _meet(folded, "no_future", "despair")
        or _meet(folded, "no_future", "nothing_left")
        or (
            _meet(folded, "give_away", "wont_need")
            and not _has("away", folded)
            and not _has("replaced", folded)
        )
        or (
            _meet(folded, "weary", "end_today") and not _has("away", folded)
        )  # "всё, я устал, сегодня уйду"
        or _meet(folded, "nobody_needs", "no_burden")
        or _meet(folded, "dont_look", "not_be")  # "pronto ya no voy a estar, no me busquen"
        or _meet(folded, "dont_look", "gone")
        or _meet(folded, "note_left", "sorry")
        or _meet(folded, "last_message", "bye")
        or _meet(
            folded, "last_message", "dont_look"
        )  # "último mensaje, no me busquen" (blind5-tune)  # "це моє останнє повідомлення, бувайте"
        or _meet(folded, "rig", "cord")  # "драбина і шнур вже в гаражі"
        or _meet(folded, "means", "when_alone")  # "the rope's here, waiting till they're asleep"
        or _meet(folded, "pills", "when_alone")
        or (_meet(folded, "not_be", "better_all") and not _has("away", folded))
        or (
            _meet(folded, "sleep", "forever") and _has("hope", folded)
        )  # "залишила записку мамі, вибач мене"
        # -- blind4-tune's kinds (2026-12-06, session 6) --
        or (_has("cant_live", folded) and not _has("quit", folded))  # "can't live like this"
        or (  # "written letters to my kids. i'm ready to go" (not a note about moving out)
            (_meet(folded, "letter", "read_later") or _meet(folded, "letter", "thanks_all"))
            and not _has("away", folded)
            and not _has("future", folded)  # a birthday card, a letter for next week
        )
        or (_meet(folded, "hope", "not_revived"))  # "shoot more hoping i just dont come back"
        or _meet(folded, "pills_all", "and_thats_it")  # "нажраться таблеток и всё"
        or (
            _meet(folded, "wounds", "again_more")
            and (_has("body", folded) or _has("blade", folded))
        )  # "руки опять в порезах, не могу остановиться"
        or _meet(folded, "still_here", "unneeded")  # "нащо я ще тут. нікому не треба"
        or (_meet(folded, "means", "plan") and not _has("outdoors", folded))  # "є мотузка і план"
        or _meet(folded, "no_exit", "leave")  # "не вижу выхода, хочу уйти"
        or (  # "все, не можу більше, сьогодні все закінчиться"
            (_meet(folded, "today_ends", "worn_out") or _meet(folded, "today_ends", "decided"))
            and not _has("party", folded)
        )
        or (  # "я уже всё решила, прощайте", "готов уйти, со всеми попрощался", "me despedí, adiós"
            (
                _meet(folded, "decided", "bye")
                or _meet(folded, "farewell", "ready_go")
                or _meet(folded, "farewell", "bye_all")
            )
            and not _has("party", folded)
            and not _has("away", folded)
        )
        or _meet(folded, "worn_out", "the_end")  # "сил больше нет, всё, конец"
        or (  # "накопила таблеток, жду выходных" (not pills saved for a festival)
            _meet(folded, "pills", "hoarded")
            and _has("waiting", folded)
            and not _has("party", folded)
        )
        or (  # "сижу на подоконнике 9 этажа" (not smoking at a window with friends)
            _meet(folded, "sill", "high_floor") and not _has("pastime", folded)
        )
        or (  # "sitting in the bath with a razor" (not shaving)
            _meet(folded, "bath", "blade") and not _has("shaving", folded)
        )
        # -- blind7-tune's kinds (2026-12-06) --
        or (  # pills stockpiled, to be taken all at once or with the mind made up
            (
                _meet(folded, "stockpile", "take_lot")
                or (_meet(folded, "stockpile", "pills") and _has("decided_now", folded))
            )
            and not _has("party", folded)
        )
        or (  # "сьогодні ввечері піду на дах. вирішила"; "arriba del puente, no sé si saltar"
            (_meet(folded, "go_up", "decided_now") or _meet(folded, "height", "unsure_jump"))
            and not _has("party", folded)
            and not _has("pastime", folded)
        )
        or (  # a note written, with the mind made up or everything ending today
            (
                _meet(folded, "note_done", "decided_now")
                or _meet(folded, "note_done", "today_end_act")
            )
            and not _has("away", folded)
            and not _has("future", folded)
        )
        or _meet(folded, "no_point", "end_it")  # "не бачу сенсу далі. думаю закінчити це"
        or _has("plan_end", folded)  # "planning how to end it", "planeando cómo acabar con todo"
        or _has("why_wake", folded)  # "навіщо я взагалі прокидаюсь"
        or (  # "burning my arms, it's the only thing that helps"
            _meet(folded, "self_harm", "only_helps")
            and (_has("body", folded) or _has("blade", folded))
        )
        or (_has("pass_on", folded) and _meet(folded, "love_you", "sorry"))  # a last goodbye
        or (  # "a gun at home from the war and I think about it all the time"
            _meet(folded, "means", "keep_thinking")
            and not _has("outdoors", folded)
            and not _has("gun_use", folded)
        )
        # -- tune23's kinds (session 10) --
        or (  # "не поминайте лихом, с вами было норм" (not when moving away or leaving a job)
            _has("no_ill", folded) and not _has("away", folded) and not _has("party", folded)
        )
        or (  # "купил две пачки феназепама, решил что хватит мучиться"
            (_meet(folded, "pills_got", "end_suffering") or _meet(folded, "pills", "end_suffering"))
            and (_has("decided_now", folded) or _has("decided", folded))
        )
        or (  # "назбирав пігулок на два тижні, завтра все"; "ya tengo las pastillas, esta noche es"
            (_meet(folded, "stockpile", "today_all") or _meet(folded, "pills_got", "today_all"))
            and not _has("party", folded)
            and not _has("away", folded)
        )
        or (  # "пишу сюда последний раз. спасибо что были"; not before a holiday (tune46)
            _meet(folded, "last_write", "thanks_were") and not _has("away", folded)
        )
        or (  # "gave my dog to my sister today. im ready"; "роздала речі, мені вони вже ні до чого"
            (_meet(folded, "give_away", "time") or _meet(folded, "give_away", "wont_need"))
            and not _has("away", folded)
            and not _has("replaced", folded)  # "i won't need it, bought a new one" (tune46)
        )
        or (  # "texted love you all sorry and his location is on the bridge"
            _meet(folded, "goodbye_text", "sorry")
            and (_has("height", folded) or _has("location", folded))
        )
        # -- tune26's kinds (session 11) --
        or (  # "sorry for everything. take care of each other", "perdónenme por todo. no me busquen"
            _meet(folded, "sorry_all", "parting") and not _has("away", folded)
        )
        or _meet(folded, "last_message", "thanks_were")
        and not _has("for_now", folded)
        and not _has("away", folded)  # "last message before my holiday, thanks all" (tune46)
        and not _has("chat_left", folded)  # "last message in this chat, thanks all" (tune46)
        or _has("vanish_unfound", folded)  # "як би так піти, щоб ніхто не знайшов"
        or (  # a will written or debts paid, things handed over or "now I can go in peace"
            (
                _meet(folded, "affairs", "give_away")
                or _meet(folded, "affairs", "go_calm")
                # "paid my debts, soon I won't need anything"
                or _meet(folded, "affairs", "wont_need")
            )
            and not _has("legal", folded)
            and not _has("away", folded)
        )
        or (  # "thinking about it tonight, i know which overpass"
            _has("place_known", folded)
            and (
                _has("thinking", folded)
                or _has("the_night", folded)
                or _has("final", folded)
                or _has("soon_time", folded)
            )
            and not _has("party", folded)
        )
        or (  # "стою на мосту, вода така темна" (not a photo of the sunset)
            _meet(folded, "on_bridge", "dark_water") and not _has("sightseeing", folded)
        )
        or (_meet(folded, "note_done", "when_alone") and not _has("future", folded))
        or (  # "can't do this anymore. goodbye", "сил больше нет. прощайте"
            _meet(folded, "worn_out", "bye")
            and not _has("party", folded)
            and not _has("away", folded)
        )
        or (  # "таблетки собрала, сегодня ночью" (not pills saved for a festival or a trip)
            _meet(folded, "pills", "hoarded")
            and _has("soon_time", folded)
            and not _has("party", folded)
            and not _has("away", folded)
        )
        # -- blind7-tune's last kind (session 10) --
        or (  # "holding the pills in his hand, says today that's it"
            _meet(folded, "hold_means", "today_all")
            and not _has("gun_use", folded)
            and not _has("outdoors", folded)
        )
        # -- tune29's and blind8-tune's kinds (session 12) --
        or (  # "gave my dog to my neighbour and my stuff away. ready to go now" (not moving house)
            (
                _meet(folded, "give_away", "ready_leave")
                or (_meet(folded, "give_away", "time_to_go") and _has("belongings", folded))
            )
            and not _has("away", folded)
            and not _has("moving_out", folded)
            and not _has("party", folded)
        )
        or (  # "простите меня все, ухожу", "forgive me everyone, it's better this way"
            _meet(folded, "forgive_all", "going_now")
            and not _has("away", folded)
            and not _has("party", folded)
            and not _has("for_now", folded)
        )
        or (  # "стою на крыше, пишу последнее", "on the roof atm, typing my last words"
            (_meet(folded, "up_high", "last_words") or _meet(folded, "standing", "last_words"))
            and not _has("party", folded)
            and not _has("for_now", folded)
        )
        or (  # "estoy arriba del puente ahora", "standing on the railway bridge rn" (not stuck in traffic)
            (_meet(folded, "up_high", "now_here") or _meet(folded, "standing", "now_here"))
            and not _has("up_for", folded)
            and not _has("party", folded)
            and not _has("pastime", folded)
            and not _has("sightseeing", folded)
            and not _has("away", folded)
        )
        # "больше просыпаться не собираюсь" (not a lie-in on a day off)
        or (_has("no_wake_plan", folded) and not _has("sleep_in", folded))
        or (  # "the last night, won't see tomorrow" (not "my last night in berlin, ... next week")
            _meet(folded, "last_night_any", "not_be")
            and not _has("away", folded)
            and not _has("last_in_place", folded)
        )
        or (  # "если выпить весь метадон разом, уйду без боли?"
            (_meet(folded, "go_painless", "whole_dose") or _meet(folded, "go_painless", "how_much"))
            and not _has("party", folded)
        )
        or (
            _has("end_forever", folded)
            and not _has("quit", folded)
            and not _has("nuisance", folded)  # "want it all to stop for good, the noise"
        )
        or (  # "si me meto el gramo entero se acaba todo, es lo que quiero"
            _meet(folded, "ends_all", "want_that")
            and (_has("whole_dose", folded) or _has("use", folded))
        )
        or (  # "tomorrow I won't be anyone's problem" (not when moving away)
            _has("no_problem", folded)
            and (_has("future", folded) or _has("soon_time", folded) or _has("letter", folded))
            and not _has("away", folded)
        )
        or (  # "напишу записку и всё", "left the note. nothing is keeping me here"
            (_meet(folded, "note_any", "all_done") or _meet(folded, "note_done", "all_done"))
            and not _has("note_for", folded)
            and not _has("away", folded)
            and not _has("legal", folded)
        )
        or (  # "скопила таблеток, хватит чтобы уснуть насовсем" (not "could sleep forever")
            _has("sleep_for_good", folded)
            and (
                _has("pills", folded)
                or _has("stockpile", folded)
                or _has("hoarded", folded)
                or _has("enough_word", folded)
            )
            and not _has("idle_sleep", folded)
        )
        or (  # "опять расцарапываю руки до крови и не могу остановиться" (not an itch or a rash)
            _meet(folded, "scratch", "to_blood")
            and _has("again_more", folded)
            and not _has("skin_itch", folded)
        )
        or (  # "burning my arms with a lighter right now" (not burning up with a fever at a rave)
            _meet(folded, "self_harm", "now_here")
            and _has("body", folded)
            and not _has("skin_itch", folded)
            and not _has("fever", folded)
            and not _has("party", folded)
            and not _has("accident", folded)
        )
        or (  # "después del último chute me acabo"
            _meet(folded, "last_dose", "end_self") and not _has("quit", folded)
        )
        # -- a plan said with the night (tune27, session 12) --
        or (  # "tonight's when i do it, mind's made up" (not homework, cleaning or a party)
            _meet(folded, "night_now", "do_it")
            and (_has("mind_made", folded) or _has("decided_now", folded))
            and not _has("deed", folded)
            and not _has("party", folded)
            and not _has("away", folded)
        )
        or (  # "after tonight nobody will hear from me" (not a week offline, not leaving a chat)
            (_meet(folded, "after_night", "never_heard") or _meet(folded, "after_night", "not_be"))
            and not _has("offline", folded)
            and not _has("away", folded)
            and not _has("party", folded)
        )
        or (  # "my last evening, said goodbye to everyone" (not the last evening in Paris)
            (_meet(folded, "last_evening", "farewell") or _meet(folded, "last_evening", "bye_all"))
            and not _has("last_in_place", folded)
            and not _has("away", folded)
            and not _has("party", folded)
        )
        or (  # "when everyone's asleep i'll jump" (not into the pool)
            _meet(folded, "all_asleep", "jump_self")
            and not _has("night_fun", folded)
            and not _has("party", folded)
        )
        or (  # "tonight i swallow all i've got and don't wake up"
            _meet(folded, "take_all", "not_wake_more") and not _has("sleep_in", folded)
        )
        or (  # "tonight i end this pain for good" (not a toothache and the dentist)
            _meet(folded, "night_now", "end_pain_forever")
            and not _has("pain_cure", folded)
            and not _has("party", folded)
        )
        # -- blind9-tune's kinds (session 12, late round) --
        or (  # "no point anymore, i've worked out how and when" (not a trip planned)
            (_meet(folded, "how_when", "despair") or _meet(folded, "how_when", "worn_out"))
            and not _has("away", folded)
            and not _has("party", folded)
        )
        or (  # "my friend keeps sending goodbye texts, says she'll take all she's got tonight"
            _meet(folded, "goodbye_texts", "all_one_has")
            and not _has("party", folded)
            and not _has("away", folded)
            and not _has("moving_out", folded)
        )
        or (  # "do the whole lot and let it take me", "вмажусь всім шо лишилось і не прокинусь"
            (
                _meet(folded, "all_one_has", "let_take")
                or (_meet(folded, "all_one_has", "not_revived") and _has("use", folded))
            )
            and not _has("party", folded)
            and not _has("sleep_in", folded)
        )
        or (  # "gave my things away, the cat to a neighbour. all ready" (not moving house)
            _meet(folded, "give_away", "all_ready")
            and _has("belongings", folded)
            and not _has("away", folded)
            and not _has("moving_out", folded)
            and not _has("party", folded)
        )
        or (  # "since my sister died there's no point, i want to be with her, tonight"
            _meet(folded, "dead_one", "join_dead")
            and (_has("despair", folded) or _has("soon_time", folded))
            and not _has("grave", folded)
            and not _has("away", folded)
        )
        or (  # "i'm only in everyone's way, decided i'll go" (not leaving a job or a group)
            _meet(folded, "burden_all", "decided_go")
            and not _has("away", folded)
            and not _has("moving_out", folded)
            and not _has("chat_change", folded)
            and not _has("party", folded)
        )
        or (  # "forgive me all. the last thing i write"; "último mensaje, gracias por intentarlo"
            (
                _meet(folded, "forgive_all", "last_thing_write")
                or _meet(folded, "sorry", "last_thing_write")
                or _meet(folded, "last_message", "thanks_try")
                or _meet(folded, "last_words", "thanks_try")
            )
            and not _has("chat_change", folded)
            and not _has("for_now", folded)
            and not _has("away", folded)
            and not _has("party", folded)
        )
        or (  # "sorry to all i let down. soon i won't be a problem" (not when moving away)
            (
                _meet(folded, "sorry", "soon_no_problem")
                or _meet(folded, "forgive_all", "soon_no_problem")
            )
            and not _has("away", folded)
            and not _has("moving_out", folded)
        )
        or (  # "cut again, deep, and want more" (not a cut while cooking)
            _meet(folded, "self_harm", "deep")
            and (_has("again_more", folded) or _has("want_more", folded))
            and not _has("accident", folded)
            and not _has("cut_chore", folded)
            and not _has("pain_cure", folded)
            and not _has("party", folded)
        )
        or (  # "the best i can do for my family is disappear. today" (not for a week)
            _has("best_gone", folded) and not _has("away", folded)
        )
        # -- blind10-tune's kinds (session 13, late round) --
        or (  # "sorry for everything. the last msg i'll send" (not the last message in a group chat)
            _meet(folded, "sorry_all", "last_message")
            and not _has("chat_change", folded)
            and not _has("for_now", folded)
            and not _has("away", folded)
            and not _has("party", folded)
        )
        # -- tune33's kind (session 14) --
        or (  # "paid off my debts, tying up loose ends before i go" (not before a trip)
            _meet(folded, "affairs", "before_go")
            and not _has("legal", folded)
            and not _has("away", folded)
        )
        or (  # "take all my methadone at once and let it be" (not a party's plan)
            _meet(folded, "whole_dose", "let_happen")
            and _has("drug_word", folded)
            and not _has("party", folded)
        )
        # -- tune36's kinds (session 15, second round) --
        or (  # "shoot up all of it and not wake up", "вмажусь по полной и пусть сердце остановится"
            (
                _meet(folded, "whole_dose", "end_after_use")
                or _meet(folded, "all_one_has", "end_after_use")
                or _meet(folded, "whole_dose", "let_take")
            )
            and _has("use", folded)
            and not _has("party", folded)
        )
        or (  # "ranking which bridge to jump off lol" (not a swim, not a bungee jump)
            _has("which_height", folded) and not _has("cool_off", folded)
        )
        or (  # "saying goodbye to people, won't need to worry about rent next month" (not moving)
            _meet(folded, "farewell", "no_bills")
            and not _has("away", folded)
            and not _has("leaving_home", folded)
        )
        or (  # "the rope is in the wardrobe, just in case" (not climbing or camping)
            _meet(folded, "rope", "stored") and not _has("outdoors", folded)
        )
        # -- tune40's kinds (2026-12-07, session 17) --
        or (  # "простите меня все. это моё последнее сообщение" (not a group left for a new number)
            _meet(folded, "last_message", "apology_all")
            and not _has("chat_left", folded)
            and not _has("chat_change", folded)
        )
        or (  # "wrote the note, now just waiting for everyone to go to sleep"
            (_meet(folded, "note_done", "waiting") or _meet(folded, "note_done", "when_alone"))
            and not _has("away", folded)
            and not _has("future", folded)
        )
        or (  # "i won't be around for the results anyway, got it all planned", "ya no voy a estar, lo
            # tengo planeado" (not a trip or a move planned)
            _meet(folded, "not_be", "planned")
            and not _has("away", folded)
            and not _has("leaving_home", folded)
            and not _has("last_in_place", folded)
        )
        or (  # a date picked and leaving on it (not a party or a trip)
            _meet(folded, "date_picked", "leave_on_it")
            and not _has("away", folded)
            and not _has("party", folded)
        )
        or (  # "scratching my arms with a blade again, the only thing that helps"
            _meet(folded, "scratch", "blade")
            and (_has("only_helps", folded) or _has("again_more", folded))
        )
        or (  # "gave my dog to the neighbour, told her it's for good" (not before a move or a trip)
            (_meet(folded, "give_away", "forever") or _meet(folded, "pet_handed", "forever"))
            and _has("pet", folded)
            and not _has("away", folded)
            and not _has("leaving_home", folded)
        )
        # -- blind19-tune's kinds (session 22, late round) --
        or (  # "wrote my parents a letter, put it under the pillow. can't go on", "лист рідним
            # написав, завтра піду на колії" (not a letter before a trip, a party or a pastime)
            (
                _meet(folded, "family_letter", "worn_out")
                or _meet(folded, "family_letter", "edge")
                or _meet(folded, "family_letter", "thanks_all")
                or _meet(folded, "family_letter", "bye")
            )
            and not _has("away", folded)
            and not _has("party", folded)
            and not _has("pastime", folded)
        )
        or (  # things or a pet given away, "at least she'll have a normal life"
            _meet(folded, "give_away", "their_life") and not _has("away", folded)
        )
        or (  # "if I don't write tomorrow, know I loved you" (not out of reach in the hills)
            (_meet(folded, "if_silent", "parting") or _meet(folded, "if_silent", "thanks_all"))
            and not _has("offline", folded)
            and not _has("away", folded)
        )
        or (  # "everything at once, will it be quick? I don't care anymore"
            (_meet(folded, "all_one_has", "dont_care") or _meet(folded, "whole_dose", "dont_care"))
            and _has("using_verb", folded)
            and not _has("party", folded)
        )
        or (_meet(folded, "dead_one", "join_dead") and _has("thinking", folded))
        or _has("stop_wanting", folded)  # "как перестать хотеть умереть?"
        or _has("spare_them", folded)  # "как уйти, чтоб маме было не так больно"
        or _meet(folded, "lethal_dose", "for_me")  # "the dose that kills? I want it for me"
        # -- tune54 (2026-12-08, session 24) --
        or (  # the last use said as a goodbye (not the last time before rehab, a quit or a trip)
            _meet(folded, "last_use", "gone_goodbye")
            and (_has("using_verb", folded) or _has("use", folded) or _has("taking_drugs", folded))
            and not _has("quit", folded)
            and not _has("away", folded)
            and not _has("see_you", folded)
        )
        or (  # sorry to everyone, "I tried" or "for everything" (not for being late or for spam)
            (
                _has("apology_all", folded)
                or _has("sorry_all", folded)
                or _has("forgive_all", folded)
            )
            and (_has("tried_failed", folded) or _has("for_all_of_it", folded))
            and not _has("everyday_sorry", folded)
            and not _has("chat_left", folded)
            and not _has("leaving_room", folded)
            and not _has("away", folded)
            and not _has("see_you", folded)
        )
        or (  # a pet handed over, "I won't be around" or soon unable to look after it
            _has("pet", folded)
            and (
                _has("not_be", folded) or (_has("cant_care", folded) and _has("soon_gone", folded))
            )
            and not _has("away", folded)
            and not _has("ordinary_rehome", folded)
        )
        or _meet(folded, "od_death", "welcome")  # "if I die of an overdose, so be it"
        or _meet(folded, "no_point_on", "worthless")  # "no point going on, I'm worthless"
        or (  # "всем спасибо, простите, я ухожу навсегда" (not from a chat, a job or a city)
            _has("forever_going", folded)
            and (_has("sorry", folded) or _has("bye", folded) or _has("thanks_all", folded))
            and not _has("away", folded)
            and not _has("chat_left", folded)
        )
        or _meet(folded, "end_all_day", "plan_made")  # "в субботу всё закончу, план уже есть"
        or (  # passwords and papers handed over "she'll need them soon" (not for a trip)
            (_meet(folded, "affairs", "theyll_need") or _meet(folded, "codes", "theyll_need"))
            and not _has("away", folded)
            and not _has("guest", folded)
        )
        or (  # pills put aside, and "today is the day"
            _meet(folded, "pills", "put_aside")
            and _has("today_the_day", folded)
            and not _has("away", folded)
        )
        # -- tune54's second batch (session 24) --
        or (
            _has("no_fear", folded)
            and (_meet(folded, "pills", "laid_out") or _meet(folded, "means", "laid_out"))
        )
        or (
            _has("sorry", folded)
            and _has("not_fault_end", folded)
            and not _has("thing_fault", folded)
        )  # "perdóname mamá, no fue tu culpa"
        or (  # "заберите кто-нибудь кошку, мне недолго осталось"
            _meet(folded, "pet", "not_long_left")
            and not _has("away", folded)
            and not _has("ordinary_rehome", folded)
        )
        or (
            _has("worn_out", folded)
            and (_has("today_all", folded) or _has("end_this_today", folded))
            and not _has("away", folded)
        )
        or (  # "завтра меня найдут, не хочу чтобы это была мама" (not a game of hide and seek)
            _meet(folded, "found_me", "family_one")
            and not _has("lost_game", folded)
            and not _has("away", folded)
        )
        or (  # "сегодня вмажусь всем что есть и будь что будет"
            _meet(folded, "all_one_has", "let_happen")
            and _has("using_verb", folded)
            and not _has("party", folded)
        )
        or (  # "простите, что я такой. больше не буду никому мешать"
            _has("wont_bother", folded)
            and (_has("sorry", folded) or _has("bye", folded) or _has("thanks_all", folded))
            and not _has("away", folded)
            and not _has("chat_left", folded)
        )
        or (  # "я всем только мешаю", "i'm just a burden": said alone (not at work, in a chat, for a noise)
            _has("burden_only", folded)
            and not _has("nuisance", folded)
            and not _has("leaving_room", folded)
            and not _has("away", folded)
            and not _has("chat_left", folded)
            and not _has("everyday_sorry", folded)
        )
    )


# -- told about, not felt now (blind4-tune, tune19; 2026-12-06, session 6) ---------------------------
# An attempt long ago that is over ("hace años intenté suicidarme y ahora trabajo de acompañante",
# "лет десять назад пыталась ..., сейчас всё хорошо"), or someone else's past told to ask how to
# support them, or a helper asking how to help a friend who talks about suicide: the mental-health
# topic answers these, not the crisis reply. Never when the person says it is back ("again",
# "опять") or names tonight, right now, a goodbye.
_LONG_AGO = compile_any(
    [
        # -- tune52 (2026-12-07, session 23) --
        # "I used to" said of the wish or the harm ("раньше хотела умереть", "раніше різала руки", "i used
        # to want to die", "antes me cortaba"), beside a life going on now (``_OVER_NOW``)
        r"\b(раньше|раніше|прежде)\s+(я\s+)?(\w+\s+)?(хотел\w*|хотів|думал\w*|думав|пытал\w*|намагал\w*|резал\w*|різав|різала|різалась|резалась|ранил\w*)\b|\bi\s+used\s+to\s+(want|think|cut|self[\s-]?harm|try|hurt|burn)\w*\b|\bantes\s+(me\s+)?(queria|pensaba|cortaba|intentaba|lastimaba|quemaba)\b",
        # -- tune50 (2026-12-07, session 22) --
        # a season or a year gone by ("last winter", "прошлой весной", "торік", "минулого літа",
        # "el verano pasado"), beside a life going on now (``_OVER_NOW``)
        r"\blast\s+(winter|summer|spring|autumn|fall|year)\b|\b(прошлой|прошлым)\s+(зимой|весной|осенью|летом)\b|\bв\s+прошлом\s+году\b|\bторік\b|\bминулого\s+(року|літа)\b|\bминулої\s+(зими|весни|осені)\b|\b(el|la)\s+(invierno|verano|primavera|otono|ano)\s+pasad[oa]\b",
        # "that was long ago" said of it (blind13-tune): "это было давно", "це було давно", "that was a
        # long time ago", "eso fue hace mucho"
        r"\b(это|то|це|то)\s+(было|було)\s+(\w+\s+)?(давно|давным-?давно|в\s+прошлом|в\s+минулому|колись)\b|\b(that|it)\s+(was|is)\s+(a\s+long\s+time|ages|years|long)\s+ago\b|\b(that|it)'?s\s+(all\s+)?in\s+the\s+past\b|\b(eso|fue)\s+(fue\s+)?hace\s+(mucho|anos|tiempo)\b",
        r"\b(\d+|a\s+few|a\s+couple\s+of|many|some|ten|two|three|four|five|six|seven|eight|nine|twenty|fifteen)\s+years\s+ago\b|\byears\s+ago\b|\bback\s+in\s+(\d{4}|the\s+day|the\s+\d0s|(high\s+)?school|my\s+teens)\b|\bin\s+(the\s+)?(\d0s|\d{4}|my\s+teens|high\s+school)\b|\bas\s+a\s+(teen|teenager|kid)\b|\bwhen\s+i\s+was\s+(\d+|young|a\s+teen\w*|a\s+kid|in\s+school)\b",
        # an age in the teens said plainly ("у 17", "at 17", "a los 17"), "once" ("колись", "когда-то")
        r"\b(в|у)\s+1\d\s+(лет|років|рок\w*)\b|\b(в|у)\s+1\d\b(?!\s*(:|час\w*|годин\w*|числ\w*|\.|утра|вечора|вечера|ранку))|\bколись\b|\bкогда\s+то\b|\bat\s+(1\d|sixteen|seventeen|eighteen|nineteen|fifteen)\b|\ba\s+los\s+1\d\b",
        r"\b(лет|год|года)\s+(\w+\s+)?назад\b|\bв\s+юности\b|\bв\s+молодости\b|\bв\s+детстве\b|\bв\s+школе\b|\bв\s+(\d+\s*-?\s*(е|х|ые|ых)|девяност\w*|нулев\w*)\b|\bдавным-?давно\b|\bкогда-то\s+давно\b",
        r"\b(років|роки|рік)\s+(\w+\s+)?тому\b|\bв\s+юності\b|\bу\s+юності\b|\bв\s+молодості\b|\bв\s+дитинстві\b|\bу\s+дитинстві\b|\bв\s+школі\b|\b(в|у)\s+(\d+\s*-?\s*(і|х|ті|тих)|дев'?яност\w*)\b|\bдавним-?давно\b",
        r"\bhace\s+(\w+\s+)?anos\b|\ben\s+los\s+\d+\b|\bde\s+(adolescente|joven|chic[oa]|nin[oa]|morr[oa])\b|\ben\s+la\s+(prepa|secundaria)\b|\bcuando\s+(era|tenia)\s+(\w+\s+)?(joven|chic[oa]|adolescente|\d+)\b",
    ]
)
_OVER_NOW = compile_any(
    [
        # -- tune52 (2026-12-07, session 23) --
        # now, after a few words, everything better ("зараз терапія, все краще", "сейчас работа, семья, всё
        # хорошо", "ahora voy a terapia y todo mejor")
        r"\b(зараз|тепер|сейчас|теперь)\b.{0,40}\b(вс[её]|усе|все)\s+(вже\s+|уже\s+|стало\s+|намного\s+|набагато\s+|гораздо\s+)?(краще|лучше|добре|хорошо|налагоджу\w*|налагодил\w*|наладил\w*|налажива\w*)\b|\b(ahora|hoy\s+en\s+dia)\b.{0,40}\btodo\s+(esta\s+)?(mucho\s+)?(mejor|bien)\b|\bnow\b.{0,40}\b(everything|things|life)\s+(is|are|'?s)\s+(so\s+much\s+|much\s+|way\s+|a\s+lot\s+)?(better|good|fine|okay|ok)\b",
        # -- tune50's second batch (session 22) --
        # better now, said of oneself or of another ("сейчас ему лучше", "зараз їй набагато краще",
        # "ahora está mucho mejor"), and how to keep supporting them ("как его дальше поддерживать")
        r"\b(сейчас|теперь)\s+(ему|ей|мне|им)\s+(уже\s+)?(намного\s+|гораздо\s+|значительно\s+)?лучше\b|\b(зараз|тепер)\s+(йому|їй|мені|їм)\s+(вже\s+)?(набагато\s+|значно\s+)?краще\b|\b(ahora|hoy)\s+(ya\s+)?(esta|estoy|estan)\s+(mucho\s+|muy\s+)?mejor\b",
        r"\bкак\s+(ее|её|его|их|ей|ему|им)\s+(\w+\s+)?(поддержать|поддерживать)\b|\bяк\s+(її|його|їх|їй|йому|їм)\s+(\w+\s+)?(підтримати|підтримувати)\b|\bcomo\s+(la|lo|los|las|le)\s+(sigo\s+)?(apoyo|ayudo|apoyando|ayudando)\b|\bhow\s+(do|can|should)\s+i\s+(keep\s+|still\s+)?(support\w*|help\w*)\s+(him|her|them)\b",
        # -- tune50 (2026-12-07, session 22) --
        # therapy or a counsellor helped, told in the past ("therapy helped", "психолог помог",
        # "терапія допомогла", "la terapia me ayudó"); a life going on now ("ahora tengo trabajo y pareja")
        r"\b(therapy|counselling|counseling|my\s+therapist|a\s+therapist|treatment|rehab)\s+(really\s+)?helped\b|\b(терапия|психотерапия|психолог|психотерапевт|лечение|антидепрессанты)\s+(мне\s+)?(очень\s+)?(помогл\w*|помог)\b|\b(терапія|психотерапія|психолог|психотерапевт|лікування|антидепресанти)\s+(мені\s+)?(дуже\s+)?(допомогл\w*|допоміг)\b|\b(la\s+)?(terapia|psicologa?|tratamiento)\s+me\s+(ayudo|salvo|sirvio)\b",
        r"\b(ahora|hoy)\s+(ya\s+)?tengo\s+(un\s+|una\s+)?(trabajo|chamba|curro|pareja|novi[oa]|familia|hij[oa]s?|casa|depa|piso|perro|gato)\b",
        # -- tune46 (2026-12-07, session 20) --
        # a life going on now, or pride in it ("now she's a nurse, so proud of her", "сейчас он врач,
        # горжусь им", "ahora es enfermera, qué orgullo")
        r"\bnow\s+(she'?s|shes|he'?s|hes|they'?re|theyre|she\s+is|he\s+is|they\s+are)\s+(a|an)\s+\w+|\b(so\s+)?proud\s+of\s+(him|her|them|myself)\b|\b(горжусь|гордимся|пишаюся|пишаюсь|пишаємося)\b|\b(que\s+orgullo|orgullos[oa]\s+de\s+(el|ella|mi))\b",
        # old scars asked about (tune42): covering, removing or explaining them ("can i get a tattoo over
        # the scars", "шрамы можно свести?", "¿se pueden quitar las cicatrices?")
        r"\b(scars?)\b.{0,40}\b(cover\w*|hide|hiding|tattoo\w*|remov\w*|fade|laser|get\s+rid)\b|\b(cover\w*|hide|tattoo\w*|remov\w*|fade|laser)\b.{0,30}\bscars?\b",
        r"\b(шрам\w*|рубц\w*)\b.{0,40}\b(свести|свест\w*|убрать|скрыть|закрыть|замаскировать|тату\w*|лазер\w*|прибрати|приховати|сховати|звести|зняти)\b|\b(свести|убрать|скрыть|закрыть|перебить|прибрати|приховати|перебити|звести)\b.{0,30}\b(шрам\w*|рубц\w*)\b",
        r"\bcicatri\w*\b.{0,40}\b(quitar|borrar|tapar|tatua\w*|disimular|laser|ocultar)\b|\b(quitar|borrar|tapar|tatuar\w*|disimular|ocultar)\w*\s+(\w+\s+){0,2}cicatri\w*",
        # therapy helping now (blind13-tune): "сейчас терапия помогает", "зараз терапія допомагає",
        # "therapy is helping now", "ahora la terapia me ayuda"
        r"\b(сейчас|теперь|зараз|тепер)\s+(\w+\s+)?(терапия|терапія|психотерапия|психотерапія|психолог|психотерапевт|лечение|лікування|таблетки|антидепрессанты|антидепресанти)\s+(\w+\s+)?(помога\w*|допомага\w*|работа\w*|працю\w*)\b|\b(терапия|терапія|психолог|психотерапевт)\s+(\w+\s+)?(сейчас|теперь|зараз|тепер)\s+(\w+\s+)?(помога\w*|допомага\w*)\b|\b(therapy|counselling|counseling|my\s+therapist|meds|treatment)\s+(is\s+|are\s+)?(really\s+)?(helping|helps|working)\s+now\b|\bnow\s+(\w+\s+)?(therapy|counselling|counseling|my\s+therapist|treatment)\s+(is\s+)?(really\s+)?(helping|helps|working)\b|\bahora\s+(\w+\s+)?(la\s+)?(terapia|psicologa?|tratamiento)\s+(me\s+)?(ayuda|esta\s+ayudando|funciona)\b",
        # "doing way better now", "in a better place", "сейчас всё наладилось", "зараз усе налагодилось"
        r"\bnow\s+i\s+(work|volunteer|study|have\s+a|run|help)\b|\bnow\s+(i'?m|im|i\s+am)\s+(\w+\s+){0,2}(and\s+)?(fine|ok|okay|good|well|happy)\b|\b(doing|feeling|much|way|a\s+lot|so\s+much)\s+better\s+now\b|\bin\s+a\s+(much\s+|way\s+)?better\s+place\s+now\b|\b(i'?m|im|i\s+am|been)\s+(in\s+)?a\s+(really\s+|much\s+|way\s+|pretty\s+|very\s+)?(good|great|healthy|happy|stable|better)\s+place\s+(now|these\s+days|today|nowadays)\b|\b(now|these\s+days|nowadays)\s+(i'?m|im|i\s+am)\s+in\s+a\s+(really\s+|much\s+|way\s+|pretty\s+|very\s+)?(good|great|healthy|happy|stable|better)\s+place\b|\b(сейчас|теперь)\s+(я\s+)?(в\s+)?(хорошем|нормальном|стабильном)\s+(состоянии|месте)\b|\b(зараз|тепер)\s+(я\s+)?(в|у)\s+(хорошому|нормальному|стабільному)\s+(стані|місці)\b|\b(hoy|ahora)\s+(ya\s+)?estoy\s+en\s+un\s+(buen|mejor)\s+(momento|lugar|sitio)\b|\b(сейчас|теперь)\s+(вс[её]\s+|уже\s+)?(наладил\w*|хорошо)\b|\b(зараз|тепер)\s+(все\s+|усе\s+|вже\s+)?(налагоди\w*|налаштува\w*|добре)\b|\b(hoy|ahora)\s+(ya\s+)?estoy\s+(muy\s+)?bien\b",
        r"\b(now|today|these\s+days)\s+(i'?m|im|i\s+am|he'?s|hes|she'?s|shes|they'?re)\s+(\w+\s+)?(fine|ok|okay|good|well|stable|happy|doing\s+(well|good|fine|ok))\b|\bstable\s+(for\s+years|now)\b|\b(been\s+)?(clean|free\s+of\s+it)\s+(for\s+)?(\d+|a\s+few|a\s+couple\s+of|two|three|four|five|six|seven|eight|nine|ten|many)\s+(years?|yrs)\b|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|yrs)\s+clean\b|\b(been|i'?m|im)\s+(fine|stable|ok|okay|well|good)\s+(for|since|ever\s+since)\b|\bhappily\s+married\b|\bhow\s+(do|can|should)\s+i\s+(support|help|talk\s+to)\s+(him|her|them)\b",
        r"\b(сейчас|теперь)\s+(вс[её]\s+|уже\s+)?(хорошо|нормально|в\s+порядке|отлично|работаю|живу|счастлив\w*|весел\w*)\b|\b(сейчас|теперь)\s+(\w+\s+)?(весел\w*|счастлив\w*)\b|\bкак\s+(ее|её|его|их|ей|ему|им)\s+(поддержать|поддерживать|понять)\b",
        r"\b(зараз|тепер)\s+(все\s+|усе\s+|вже\s+)?(добре|нормально|гаразд|чудово|працюю|живу|щаслив\w*|весел\w*)\b|\b(зараз|тепер)\s+(\w+\s+)?(весел\w*|щаслив\w*)\b|\bяк\s+(її|його|їх|їй|йому|їм)\s+(підтримати|підтримувати|зрозуміти)\b",
        r"\b(hoy|ahora)\s+(tengo\s+\d+(\s+anos)?\s+y\s+)?(ya\s+)?(estoy\s+bien|todo\s+(esta\s+)?bien|trabajo|estoy\s+estable|estoy\s+tranquil[oa]|estoy\s+en\s+paz|soy\s+feliz|es\s+(el|la)\s+mas)\b|\bcomo\s+(la|lo|los|las|le)\s+(apoyo|ayudo|apoyar|ayudar)\b",
    ]
)
_HELPER = compile_any(
    [
        # -- tune52's second batch (session 23) --
        # a friend who jokes or keeps saying she is fed up with living, then "is that normal?", "should I
        # worry?" ("подруга постоянно шутит что ей жить надоело, это нормально?", "брат каже що йому
        # набридло жити, це серйозно?", "my sister jokes she's tired of living, is that normal",
        # "mi prima bromea con que está harta de vivir, ¿es normal?")
        r"\b(друг|подруга|брат|сестра|парень|девушка|муж|жена|сын|дочь|дочка|сосед\w*|коллег\w*|однокласс\w*|одногрупп\w*|хлопець|дівчина|чоловік|дружина|син|донька|сусід\w*|колег\w*|однокласни\w*|одногрупни\w*)\s+(\w+\s+){0,2}(шутит|жартує|говорит|каже|пишет|пише|повторяет|повторює|твердит)\s+(\w+\s+){0,2}(что|що|шо)\s+(ей|ему|им|їй|йому|їм)\s+(\w+\s+)?(жить|жити)\s+(\w+\s+)?(надоело|набридло|надоїло|незачем|не\s+хочется|не\s+хочеться)\b.{0,60}\b((это|це)\s+(нормально|серь[её]зно|серйозно|опасно|небезпечно|тревожно|тривожно)|(мне\s+|мені\s+)?(волноваться|переживать|беспокоиться|хвилюватися|хвилюватись|турбуватися))\b",
        r"\b(friend|mate|bestie|partner|brother|sister|son|daughter|kid|cousin|roommate|flatmate|boyfriend|girlfriend|wife|husband|colleague|coworker)\s+(\w+\s+){0,3}(jokes|joked|keeps\s+joking|says|keeps\s+saying|said)\s+(that\s+)?(about\s+)?(she'?s|shes|he'?s|hes|they'?re|theyre|she\s+is|he\s+is|being)\s+(so\s+)?(tired|sick|done)\s+(of|with)\s+(living|life|being\s+alive)\b.{0,60}\b(is\s+(that|this|it)\s+(normal|serious|a\s+red\s+flag)|should\s+i\s+(be\s+)?(worr(y|ied)|concerned))\b",
        r"\b(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|prim[oa]|compa|companer[oa]|roomie|colega)\s+(\w+\s+){0,3}(bromea|dice|repite)\s+(con\s+)?que\s+(esta|anda)\s+(harta?|cansad[oa])\s+de\s+vivir\b.{0,60}\b(es\s+(normal|serio|grave)|me\s+(tengo\s+que\s+|debo\s+)?preocup\w*)\b",
        # -- tune52 (2026-12-07, session 23) --
        # a friend's words with "she'd"/"he'd" typed without the apostrophe, then how to help ("my friend
        # keeps saying hed be better off dead, how do i help him")
        r"\b(friend|mate|bestie|partner|brother|sister|son|daughter|kid|cousin|roommate|flatmate|boyfriend|girlfriend|bf|gf|wife|husband|mum|mom|dad|colleague|coworker)\s+(\w+\s+){0,3}(says|keeps\s+saying|said|keeps\s+telling\s+me|told\s+me|tells\s+me|texts|texted|writes|wrote)\s+(that\s+)?(she'?d|shed|he'?d|hed|they'?d|theyd)\s+(\w+\s+)?(be\s+better\s+off\s+dead|rather\s+be\s+dead|be\s+better\s+off\s+gone|like\s+to\s+die)\b.{0,80}\b(how\s+(do|can|should|could)\s+i\s+(help|support|talk\s+to|reach|approach)|what\s+(do|should|can|could)\s+i\s+(say|do|tell))\b",
        # how to tell whether a friend, a child or a teen has suicidal thoughts ("как понять, что у друга
        # суицидальные мысли", "як зрозуміти чи в сина суїцидальні думки", "how can i tell if my son is
        # suicidal", "cómo saber si mi hija tiene ideas suicidas")
        r"\b(как|як)\s+(понять|узнать|распознать|заметить|зрозуміти|дізнатися|дізнатись|розпізнати|помітити)\s+(что|що|чи|ли|если|якщо)?\s*(у|в)\s+(\w+\s+)?(друга|подруги|брата|сестры|сестри|сына|сина|дочери|дочки|доньки|ребенка|дитини|подростка|підлітка|человека|людини|парня|хлопця|девушки|дівчини|мужа|чоловіка|жены|дружини|партнера)\s+(\w+\s+){0,2}(суицидальн\w*|суїцидальн\w*)\b",
        r"\bhow\s+(do|can|could|would)\s+(i|you)\s+(tell|know|spot|recogni[sz]e)\s+(if|whether|that)\s+(my|a|your)\s+(\w+\s+)?(friend|son|daughter|kid|child|teen|partner|brother|sister|boyfriend|girlfriend|husband|wife)\s+(is|has|might\s+be)\s+(\w+\s+)?(suicidal|suicidal\s+thoughts)\b|\bcomo\s+(saber|se\s+si|darme\s+cuenta|reconocer)\s+(si|que)\s+(mi|un|una)\s+(\w+\s+)?(amig[oa]|hij[oa]|herman[oa]|pareja|novi[oa]|adolescente)\s+(tiene|es|esta)\s+(\w+\s+)?(ideas\s+suicidas|pensamientos\s+suicidas|suicida)\b",
        # -- tune50 (2026-12-07, session 22) --
        # the question first, then what they said ("how do i support my brother, he told me he keeps
        # thinking about suicide", "как поддержать брата, он признался что хочет покончить с собой",
        # "cómo apoyo a mi novio, me contó que piensa en matarse")
        r"\bhow\s+(do|can|should|could)\s+i\s+(help|support|talk\s+to|approach|reach)\s+(my\s+)?(\w+\s+)?(friend|mate|bestie|partner|brother|sister|son|daughter|kid|cousin|roommate|flatmate|boyfriend|girlfriend|bf|gf|wife|husband|mum|mom|dad|colleague|coworker|neighbou?r)\b.{0,40}\b(she|he|they)\s+(\w+\s+){0,3}(told|said|says|texted|admitted|mentioned|confessed|wrote)\b.{0,60}\b(suicid\w*|kill\w*\s+(him|her|them)sel\w*|end\w*\s+(it|(his|her|their)\s+life)|die|dying|not\s+(wanting|want)\s+to\s+live)",
        r"\bкак\s+(мне\s+)?(помочь|поддержать|поговорить\s+с|говорить\s+с)\s+(\w+\s+)?(друг\w*|подруг\w*|брат\w*|сестр\w*|парн\w*|девушк\w*|муж\w*|жен\w*|сын\w*|дочер\w*|дочк\w*|мам\w*|пап\w*|коллег\w*|сосед\w*)\b.{0,40}\b(она|он|они)\s+(\w+\s+){0,3}(сказал\w*|говорит|пишет|написал\w*|призна\w*|рассказал\w*)\s+(\w+\s+){0,2}(что\s+)?(\w+\s+){0,2}(думает|думал\w*|хочет|хотел\w*)\s+((о|об|про)\s+)?(суицид\w*|самоубийств\w*|смерт\w*|покончить|умереть|не\s+жить|уйти\s+из\s+жизни)",
        r"\bяк\s+(мені\s+)?(допомогти|підтримати|поговорити\s+з|говорити\s+з)\s+(\w+\s+)?(друг\w*|подруг\w*|брат\w*|сестр\w*|хлопц\w*|дівчин\w*|чолов\w*|дружин\w*|син\w*|доньк\w*|мам\w*|тат\w*|колег\w*|сусід\w*)\b.{0,40}\b(вона|він|вони)\s+(\w+\s+){0,3}(сказал\w*|сказав|каже|пише|написал\w*|написав|зізнал\w*|зізнав\w*|розповіл\w*|розповів)\s+(\w+\s+){0,2}(що\s+|шо\s+)?(\w+\s+){0,2}(думає|думал\w*|думав|хоче|хотів|хотіла)\s+((про|о)\s+)?(суїцид\w*|самогубств\w*|смерт\w*|покінчити|померти|вмерти|не\s+жити|піти\s+з\s+життя)",
        r"\bcomo\s+(le\s+|la\s+|lo\s+)?(ayudo|apoyo|ayudar|apoyar|hablo\s+con|puedo\s+ayudar|puedo\s+apoyar)\s+(a\s+)?(mi\s+)?(\w+\s+)?(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|mama|papa|compa|carnal|prim[oa]|vecin[oa]|companer[oa]|roomie|colega|espos[oa])\b.{0,40}\b(me\s+)?(dijo|conto|escribio|dice|confeso|cuenta)\s+(\w+\s+){0,2}(que\s+)?(\w+\s+){0,2}(piensa|pensando|penso|quiere|queria)\s+(en\s+)?(el\s+)?(suicid\w*|matarse|quitarse\s+la\s+vida|morir\w*)",
        # a friend's words, then "what do I (even) say to him" ("my cousin keeps telling me she wants to
        # end it when she's high, what do i say to her")
        r"\b(friend|mate|bestie|partner|brother|sister|son|daughter|kid|cousin|roommate|flatmate|boyfriend|girlfriend|bf|gf|wife|husband|mum|mom|dad|colleague|coworker|neighbou?r)\s+(\w+\s+){0,3}(says|keeps\s+saying|said|keeps\s+telling\s+me|told\s+me|tells\s+me|texts|texted|writes|wrote)\s+(that\s+)?(he|she|they)\s+(\w+\s+)?(wants?|wanna|wanted|is\s+going|was\s+going|gonna)\s+(to\s+)?(die|be\s+dead|kill\s+(him|her|them)sel(f|ves)|end\s+(it|it\s+all|(his|her|their)\s+life))\b.{0,80}\bwhat\s+(do|should|can|could)\s+i\s+(even\s+|actually\s+)?(say|tell|text|write)\b",
        # -- tune48 (2026-12-07, session 21) --
        # a neighbour's, a classmate's or a flatmate's words or post about not wanting to live or
        # jumping, then "is that serious?", "should I say something?", "how do I bring it up?"
        # ("сосед сказал что ему жить надоело, это серьезно или так?", "однокласниця виклала сторіз що
        # їй не хочеться жити, як з нею про це заговорити?", "my roommate keeps joking about jumping
        # off the balcony, should i say something")
        r"\b(he|she|they|roommate|flatmate|housemate|friend|mate|neighbou?r|classmate|coworker|colleague|cousin|brother|sister)\s+(\w+\s+){0,3}(joking|jokes|joked|talking|talks|talked|posting|posts|posted|saying|says|said)\s+(about\s+)?(\w+\s+){0,3}(jump\w*|kill\w*|dying|die|suicide|end\w*|not\s+(wanting|want)\s+to\s+live)\b.{0,80}\b(is\s+(that|this|it)\s+(normal|serious|a\s+joke)|should\s+i\s+(say|do|tell|ask|be\s+worried|worry)|do\s+i\s+(say|do)\s+(something|anything))\b",
        r"\b(сосед\w*|соседк\w*|однокласс\w*|одногрупп\w*|однокурс\w*|коллег\w*|друг|подруг\w*|брат|сестр\w*|сусід\w*|однокласни\w*|одногрупни\w*|колег\w*)\s+(\w+\s+){0,3}(сказал\w*|говорит|пишет|написал\w*|выложил\w*|запостил\w*|каже|сказав|пише|написав|виклав|виклала|запостив\w*)\s+(\w+\s+){0,2}(что|що|шо)\s+(\w+\s+){0,2}(жить\s+надоело|не\s+хочется\s+жить|жити\s+набридло|набридло\s+жити|не\s+хочеться\s+жити|надоело\s+жить)\b.{0,80}\b(это\s+серь[её]зно|це\s+серйозно|(как|як)\s+(мне\s+|мені\s+)?(с|з)\s+(ним|ней|нею)\s+(\w+\s+){0,2}(поговорить|заговорить|поговорити|заговорити)|что\s+(мне\s+)?делать|що\s+(мені\s+)?робити)\b",
        r"\b(mi\s+)?(roomie|companer[oa]|vecin[oa]|prim[oa]|amig[oa]|compa|colega)\s+(\w+\s+){0,3}(subio|puso|publico|dijo|dice|escribio)\s+(\w+\s+){0,3}(que\s+)?(ya\s+)?no\s+quiere\s+(estar\s+aqui|vivir|seguir)\b.{0,80}\b(como\s+(le|la|lo)\s+(pregunto|hablo|saco\s+el\s+tema)|es\s+(en\s+)?serio|que\s+hago)\b",
        # -- tune46 (2026-12-07, session 20) --
        # someone else's words about dying, then "should I be worried?", "what do I do?" ("my cousin
        # keeps saying she wants to die after a few drinks, should i worry", "брат говорит что хочет
        # умереть, мне переживать?", "mi primo dice que se quiere morir, ¿me preocupo?")
        r"\b(he|she|they)\s+(\w+\s+){0,2}(wants?|wanna|wanted|wishes|wished)\s+(to\s+)?(die|be\s+dead|kill\s+(him|her|them)sel(f|ves)|end\s+it)\b.{0,80}\b(should\s+i\s+(be\s+)?(worr(y|ied)|concerned|panic|take\s+it\s+seriously)|do\s+i\s+(need\s+to\s+)?(worry|panic)|is\s+(this|that|it)\s+serious)\b",
        r"\b(хочет|хотел\w*|хоче|хотів|хотіла)\s+(умереть|помереть|сдохнуть|покончить\s+с\s+собой|не\s+жить|померти|вмерти|здохнути|покінчити\s+з\s+собою|не\s+жити)\b.{0,80}\b((мне\s+)?(волноваться|беспокоиться|переживать|паниковать)|это\s+серь[её]зно|(мені\s+)?(хвилюватис[ья]|хвилюватися|турбуватис[ья]|переживати|панікувати)|це\s+серйозно)\b",
        r"\b(se\s+quiere\s+(morir|matar|suicidar)|quiere\s+(morir\w*|matarse|suicidarse)|no\s+quiere\s+vivir)\b.{0,80}\b((me\s+)?(tengo\s+que|debo|deberia)\s+preocupar(me)?|me\s+preocupo|es\s+(algo\s+)?serio)\b",
        # -- tune44 (2026-12-07, session 19) --
        # someone else's words about dying, then what to say, write or answer them ("однокурсник
        # выложил что не видит смысла жить, что мне ему написать", "she's been thinking of killing
        # herself, what should i say to her", "dice que se quiere matar, ¿qué le digo?")
        r"\b(he|she|they)('?s|\s+is|\s+has|\s+had|'?d)?\s+(been\s+)?(thinking|talking|posting|joking)\s+(about|of)\s+(killing\s+(him|her|them)sel(f|ves)|suicide|ending\s+(it|(his|her|their)\s+life)|dying)\b.{0,100}\bwhat\s+(should|do|can|could)\s+i\s+(say|text|write|tell|reply|answer|send)\b",
        r"\b(хочет|хотел\w*|думает|собирается)\s+(покончить\s+с\s+собой|умереть|убить\s+себя|себя\s+убить|выпилиться|уйти\s+из\s+жизни|не\s+жить)\b.{0,100}\bчто\s+(мне\s+)?(ему|ей|им)\s+(мне\s+)?(написать|сказать|ответить)\b|\bне\s+видит\s+смысла\s+(жить|в\s+жизни)\b.{0,100}\bчто\s+(мне\s+)?(ему|ей|им)\s+(мне\s+)?(написать|сказать|ответить)\b",
        r"\b(хоче|хотів|хотіла|думає|збирається)\s+(покінчити\s+з\s+собою|померти|вмерти|вбити\s+себе|себе\s+вбити|піти\s+з\s+життя|не\s+жити)\b.{0,100}\bщо\s+(мені\s+)?(йому|їй|їм)\s+(мені\s+)?(написати|сказати|відповісти)\b|\bне\s+бачить\s+сенсу\s+(жити|в\s+житті)\b.{0,100}\bщо\s+(мені\s+)?(йому|їй|їм)\s+(мені\s+)?(написати|сказати|відповісти)\b",
        r"\b(se\s+quiere\s+(matar|morir|suicidar)|quiere\s+(morir\w*|matarse|suicidarse)|no\s+le\s+ve\s+sentido\s+a\s+(la\s+)?vida)\b.{0,100}\bque\s+(le\s+)?(digo|escribo|contesto|respondo|puedo\s+decir|le\s+puedo\s+decir)\b",
        # -- tune42 (2026-12-07, session 18) --
        # a relative's or a friend's words quoted (in the first person), then how to talk with them
        # ("сестра каждый раз говорит 'зачем я вообще живу', как с ней поговорить", "mi hija dice
        # 'ojalá no existiera', cómo hablo con ella"); also a flatmate or a colleague, and how to bring
        # it up ("my housemate says nothing matters anymore, how can i raise it", "mi roomie dice que
        # nada vale la pena, cómo le saco el tema": tune46, second round)
        r"\b(брат|сестра|друг|подруга|сын|дочь|дочка|муж|жена|парень|девушка|мама|папа|отец|мать|сосед\w*|ребенок|ребёнок|подросток)\s+(\w+\s+){0,5}(говорит|пишет|повторяет|твердит|заявляет|сказал\w*|кричит)\b.{0,90}\bкак\s+(мне\s+)?(с\s+(ним|ней|нею)\s+(поговорить|говорить|разговаривать)|(его|ее|её)\s+(поддержать|успокоить))\b",
        r"\b(брат|сестра|друг|подруга|син|донька|дочка|чоловік|дружина|хлопець|дівчина|мама|тато|батько|мати|сусід\w*|дитина|підліток)\s+(\w+\s+){0,5}(каже|говорить|пише|повторює|заявляє|сказав|сказала|кричить)\b.{0,90}\bяк\s+(мені\s+)?(з\s+(ним|нею)\s+(поговорити|говорити|розмовляти)|(його|її)\s+(підтримати|заспокоїти))\b",
        r"\b(hermano|hermana|amigo|amiga|hijo|hija|esposo|esposa|marido|mujer|novio|novia|mama|papa|madre|padre|vecino|vecina|primo|prima|companer[oa]|roomie|colega|compa)\s+(\w+\s+){0,10}(dice|repite|escribe|grita|suelta|me\s+dijo|dijo)\b.{0,90}\bcomo\s+((le\s+)?(hablo|hablar|puedo\s+hablar|converso)\s+con\s+(el|ella)|(se\s+lo|le)\s+(saco|saco\s+el\s+tema|menciono|planteo|pregunto)|le\s+(saco|toco)\s+el\s+tema)\b",
        r"\b(brother|sister|friend|mate|son|daughter|husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|kid|teen|cousin|flatmate|roommate|housemate|colleague|coworker)\s+(\w+\s+){0,10}(says|keeps\s+saying|said|texts|writes|screams|yells)\b.{0,90}\bhow\s+(do|can|should)\s+i\s+((talk|speak)\s+(to|with)\s+(him|her|them)|bring\s+(it|this|that)\s+up|raise\s+(it|this|that)|approach\s+(him|her|them))\b",
        # -- tune40 (2026-12-07, session 17) --
        # the warning signs asked about someone else ("what are the warning signs that someone is
        # suicidal", "как понять что человек думает о суициде", "як зрозуміти що людина думає про
        # самогубство", "cuáles son las señales de que alguien piensa en suicidarse")
        r"\b((warning\s+)?signs?|how\s+(do|can|would)\s+(i|you|we)\s+(tell|know|spot|recogni[sz]e))\s+(that\s+|if\s+|whether\s+)?(someone|somebody|a\s+person|a\s+friend|my\s+\w+|your\s+\w+|a\s+loved\s+one|people)\s+(is|are|might\s+be|may\s+be)\s+(\w+\s+)?(suicidal|thinking\s+(about|of)\s+(suicide|killing|ending))\b",
        r"\b(как\s+(понять|узнать|распознать|заметить)|признаки|(по\s+каким\s+)?признакам)\s+(\w+\s+)?(что|если|ли|того\s+что)?\s*(человек|кто-?то|друг|подруга|близкий|ребенок|ребёнок|подросток)\s+(\w+\s+)?(думает\s+(о|об|про)\s+(суицид\w*|самоубийств\w*)|хочет\s+(покончить\s+с\s+собой|умереть)|склон\w*\s+к\s+(суицид\w*|самоубийств\w*)|суицидальн\w*)",
        r"\b(як\s+(зрозуміти|дізнатися|розпізнати|помітити)|ознаки|(за\s+якими\s+)?ознаками)\s+(\w+\s+)?(що|шо|якщо|чи|того\s+що)?\s*(людина|хтось|друг|подруга|близька\s+людина|дитина|підліток)\s+(\w+\s+)?(думає\s+(про|о)\s+(суїцид\w*|самогубств\w*)|хоче\s+(покінчити\s+з\s+собою|померти|вмерти)|схильн\w*\s+до\s+(суїцид\w*|самогубств\w*)|суїцидальн\w*)",
        r"\b(senales|sintomas|como\s+(saber|se\s+si|darme\s+cuenta|reconocer|notar))\s+(\w+\s+)?(de\s+)?(que|si)\s+(alguien|una\s+persona|un\s+amig[oa]|mi\s+\w+|un\s+ser\s+querido)\s+(\w+\s+)?(piensa|esta\s+pensando|quiere|tiene\s+ideas)\s+(en\s+)?(suicid\w*|matarse|quitarse\s+la\s+vida|de\s+suicidio)",
        # a friend's self-harm told with a few more words, then what to say ("my best friend told me
        # she's been cutting herself, what should i say to her")
        r"\b(friend|mate|bestie|partner|brother|sister|son|daughter|kid|roommate|flatmate|bf|gf|boyfriend|girlfriend|cousin)\s+([\w']+\s+){0,4}(cut|cuts|cutting|hurt|hurts|hurting|harms|harmed|burns|burned|burnt)\s+(him|her|them)sel(f|ves)\b.{0,60}\b(what\s+(should|do|can|could)\s+i\s+(say|do|tell)|how\s+(do|can|should|could)\s+i\s+(bring\s+it\s+up|talk\s+to|help|support|approach|ask|react|respond))\b",
        # -- tune38 (2026-12-07, session 16) --
        # a friend's or a relative's words or self-harm told with a few words between, then how to help
        # or start talking ("my mate texted me last night saying he wants to kill himself, how can i
        # support him", "брат порезал себе руки на прошлой неделе и молчит, как мне начать разговор",
        # "mi compa me escribió anoche que se quiere matar, cómo lo puedo apoyar")
        r"\b(friend|mate|bestie|partner|brother|sister|son|daughter|kid|roommate|flatmate|bf|gf|boyfriend|girlfriend|cousin|wife|husband|mum|mom|dad|colleague|coworker|client|neighbour|neighbor)\s+(\w+\s+){0,6}(he|she|they)\s+(\w+\s+){0,2}(wants?|wanted|wanna|is\s+going|was\s+going|gonna|plans?|planned|planning|means?|meant)\s+(to\s+)?(die|be\s+dead|kill\s+(him|her|them)sel(f|ves)|end\s+(it|it\s+all|(his|her|their)\s+life)|take\s+(his|her|their)\s+(own\s+)?life)\b.{0,80}\bhow\s+(do|can|should|could)\s+i\s+(help|support|talk\s+to|be\s+there|reach|start|approach|bring\s+it\s+up|raise\s+it|get\s+(him|her|them))\b",
        r"\b(friend|mate|bestie|partner|brother|sister|son|daughter|kid|roommate|flatmate|bf|gf|boyfriend|girlfriend|cousin|wife|husband|colleague|coworker|client)\s+(\w+\s+){0,2}(cut|cuts|cutting|hurt|hurts|hurting|harmed|harms|burned|burnt|burns)\s+(him|her|them)sel(f|ves)\b.{0,80}\bhow\s+(do|can|should|could)\s+i\s+(start|begin|open|bring\s+it\s+up|raise\s+it|talk\s+to|help|support|approach|ask|get\s+(him|her|them))\b",
        r"\b(друг|подруга|брат|сестра|парень|девушка|муж|жена|сын|дочь|дочка|мама|папа|сосед|соседка|коллега|клиент|клиентка)\s+(\w+\s+){0,3}(написал\w*|сказал\w*|пишет|говорит|твердит|признал\w*|проговорил\w*)\s+(\w+\s+){0,3}(что\s+)?(хочет|хотел\w*|собирается|думает)\s+(покончить\s+с\s+собой|умереть|убить\s+себя|выпилиться|повеситься|сдохнуть|уйти\s+из\s+жизни|не\s+жить|застрелиться|вскрыться)\b.{0,80}\bкак\s+(мне\s+)?(его|ее|её|ей|ему|им|их|с\s+(ним|ней|ними)\s+)?\s*(помочь|поддержать|поговорить|начать\s+разговор|заговорить|вести\s+себя|быть)\b",
        r"\b(друг|подруга|брат|сестра|парень|девушка|муж|жена|сын|дочь|дочка|сосед|соседка|коллега)\s+(\w+\s+){0,2}(порезал\w*|режет|резал\w*|ранит|наносит)\s+(себе|себя)\b.{0,80}\bкак\s+(мне\s+)?(с\s+(ним|ней)\s+)?(начать\s+разговор|поговорить|помочь|поддержать|заговорить|спросить|понять)\b",
        r"\b(друг|подруга|брат|сестра|хлопець|дівчина|чоловік|дружина|син|донька|мама|тато|сусід|сусідка|колега|клієнт|клієнтка)\s+(\w+\s+){0,3}(написав|написала|сказав|сказала|пише|каже|зізнав\w*|зізнала\w*)\s+(\w+\s+){0,3}(що\s+|шо\s+)?(хоче|хотів|хотіла|збирається|думає)\s+(покінчити\s+з\s+собою|вмерти|померти|вбити\s+себе|самовипилитись|повіситись|повіситися|здохнути|піти\s+з\s+життя|не\s+жити|застрелитися|застрелитись)\b.{0,80}\bяк\s+(мені\s+)?(його|її|їй|йому|їм|їх|з\s+(ним|нею|ними)\s+)?\s*(допомогти|підтримати|поговорити|почати\s+розмову|заговорити|поводитися|бути)\b",
        r"\b(друг|подруга|брат|сестра|хлопець|дівчина|чоловік|дружина|син|донька|сусід|сусідка|колега)\s+(\w+\s+){0,2}(порізав|порізала|ріже|різав|різала|ранить|завдає)\s+(собі|себе)\b.{0,80}\bяк\s+(мені\s+)?(з\s+(ним|нею)\s+)?(почати\s+розмову|поговорити|допомогти|підтримати|заговорити|спитати|зрозуміти)\b",
        r"\b(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|mama|papa|compa|carnal|prim[oa]|vecin[oa]|companer[oa]|colega|parcero|parce|cuate)\s+(\w+\s+){0,3}(me\s+)?(dijo|dice|escribio|escribe|conto|cuenta|repite|mando|manda|confeso)\s+(\w+\s+){0,4}que\s+(se\s+)?(quiere|queria|va\s+a|piensa)\s+(morir|matar|suicidar|quitar\s+la\s+vida|colgar|ahorcar|pegar\s+un\s+tiro)\w*\b.{0,80}\bcomo\s+(la\s+|lo\s+|le\s+)?(ayudo|apoyo|hablo|ayudar|apoyar|hablar|puedo\s+(ayudar\w*|apoyar\w*|hablar)|(la|lo|le)\s+puedo\s+(ayudar|apoyar|hablar))\b",
        r"\b(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|compa|prim[oa]|companer[oa])\s+(\w+\s+){0,2}se\s+(corto|corta|cortaba|lastimo|lastima|quemo|quema|hace\s+cortes|hizo\s+cortes)\b.{0,80}\bcomo\s+(le\s+|la\s+|lo\s+)?(empiezo|hablo|ayudo|apoyo|saco\s+el\s+tema|hablar|ayudar|apoyar|empezar)\b",
        # -- tune35 (2026-12-07, session 15) --
        # a friend said they think about suicide, then how do I talk to them ("подруга сказала, что
        # думает о самоубийстве, как мне с ней поговорить", "mi amiga me dijo que piensa en suicidarse,
        # ¿cómo hablo con ella?")
        r"\b(друг|подруга|брат|сестра|парень|девушка|муж|жена|сын|дочь|дочка|мама|папа|сосед|соседка|коллега|одноклассни\w*)\s+(\w+\s+){0,2}(сказал\w*|говорит|призна\w*|пишет|написал\w*|рассказал\w*)\s+(\w+\s+)?(что\s+)?(\w+\s+)?(думает|думал\w*|задумывается|мечтает)\s+(о|об|про)\s+(самоубийств\w*|суицид\w*|смерти)\b.{0,60}\bкак\s+(мне\s+)?(с\s+(ней|ним|ними)\s+)?(поговорить|говорить|помочь|поддержать|себя\s+вести|быть)\b",
        r"\b(друг|подруга|брат|сестра|хлопець|дівчина|чоловік|дружина|син|донька|мама|тато|сусід|сусідка|колега|однокласни\w*)\s+(\w+\s+){0,2}(сказал\w*|сказав|каже|зізна\w*|пише|написал\w*|написав|розповіл\w*|розповів)\s+(\w+\s+)?(що\s+|шо\s+)?(\w+\s+)?(думає|думал\w*|думав|замислюється|мріє)\s+(про|о)\s+(самогубств\w*|суїцид\w*|смерть)\b.{0,60}\bяк\s+(мені\s+)?(з\s+(нею|ним|ними)\s+)?(поговорити|говорити|допомогти|підтримати|поводитися|бути)\b",
        r"\b(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|mama|papa|compa|carnal|prim[oa]|vecin[oa]|companer[oa])\s+(\w+\s+){0,2}(me\s+)?(dijo|conto|confeso|escribio|dice|cuenta)\s+que\s+(\w+\s+)?(piensa|penso|ha\s+pensado|esta\s+pensando)\s+en\s+(suicidarse|matarse|quitarse\s+la\s+vida|el\s+suicidio|morirse)\b.{0,60}\bcomo\s+(le\s+|la\s+|lo\s+)?(hablo|hablar|ayudo|ayudar|apoyo|apoyar|puedo\s+(hablar|ayudar\w*|apoyar\w*))\b",
        r"\b(friend|mate|partner|brother|sister|son|daughter|kid|roommate|flatmate|bf|gf|boyfriend|girlfriend|cousin|wife|husband)\s+(\w+\s+){0,2}(told\s+me|said|admitted|confided|texted\s+me)\s+(that\s+)?(he|she|they)('?s|'?d|\s+has|\s+had|\s+is|\s+was|\s+have)?\s+(been\s+)?(thinking|thought)\s+(about|of)\s+(suicide|ending\s+(his|her|their)\s+life|killing\s+(him|her|them)sel(f|ves))\b.{0,60}\bhow\s+(do|can|should|could)\s+i\s+(help|support|talk\s+to|bring\s+it\s+up|approach)\b",
        r"\b(friend|mate|partner|brother|sister|son|daughter|kid|roommate|flatmate|cousin)\s+(\w+\s+){0,2}self[\s-]?harm(ed|s)?\s+(\w+\s+){0,3}(last\s+(year|month|summer|winter)|before|in\s+the\s+past)\b.{0,60}\b(signs\s+to\s+(look|watch)\s+(out\s+)?for|what\s+signs|warning\s+signs|how\s+(do|can|should|could)\s+i\s+(help|support|tell|know))\b",
        # a friend's self-harm told, then how to bring it up ("my friend cut herself last year, how do i
        # bring it up")
        r"\b(friend|mate|partner|brother|sister|son|daughter|kid|roommate|flatmate|bf|gf|boyfriend|girlfriend|cousin)\s+(\w+\s+){0,2}(cut|cuts|cutting|hurt|hurts|hurting|harms|harmed|burns|burned|burnt)\s+(him|her|them)sel(f|ves)\b.{0,60}\bhow\s+(do|can|should|could)\s+i\s+(bring\s+it\s+up|talk\s+to|help|support|approach|ask)\b",
        # the friend's words first, then the question (tune31): "my brother says he wants to die all
        # the time, how can i support him", "друг говорит что хочет умереть, как ему помочь"
        r"\b(friend|mate|partner|brother|sister|son|daughter|kid|client|roommate|flatmate|bf|gf|boyfriend|girlfriend|wife|husband|mum|mom|dad|cousin)\s+(\w+\s+){0,2}(says|said|keeps\s+saying|keeps\s+telling\s+me|tells\s+me|told\s+me|talks\s+about|texts|texted|mentions|jokes)\s+(that\s+)?((he|she|they)\s+)?(wants?|wanna|want|wanted|is\s+going|wishes|wished)\s+(to\s+)?(die|be\s+dead|kill\s+(him|her|them)self|end\s+it|not\s+(be\s+)?(alive|here))\b.{0,60}\bhow\s+(do|can|should|could)\s+i\s+(help|support|talk\s+to|be\s+there\s+for)\b",
        r"\b(друг|подруга|брат|сестра|парень|девушка|муж|жена|сын|дочь|дочка|мама|папа|клиент|клиентка|сосед|соседка)\s+(\w+\s+){0,2}(говорит|пишет|твердит|повторяет|шутит)\s+(\w+\s+)?(что\s+)?(\w+\s+)?(хочет|хотела?)\s+(умереть|покончить\s+с\s+собой|сдохнуть|не\s+жить|убить\s+себя|исчезнуть)\b.{0,60}\bкак\s+(мне\s+)?(ей|ему|им|его|ее|её|их)?\s*(помочь|поддержать)\b",
        r"\b(друг|подруга|брат|сестра|хлопець|дівчина|чоловік|дружина|син|донька|мама|тато|клієнт|клієнтка|сусід|сусідка)\s+(\w+\s+){0,2}(каже|пише|говорить|повторює|жартує)\s+(\w+\s+)?(що\s+)?(\w+\s+)?(хоче|хотів|хотіла)\s+(померти|вмерти|покінчити\s+з\s+собою|здохнути|не\s+жити|вбити\s+себе|зникнути)\b.{0,60}\bяк\s+(мені\s+)?(їй|йому|їм|його|її|їх)?\s*(допомогти|підтримати)\b",
        r"\b(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|mama|papa|compa|carnal|prim[oa]|vecin[oa]|cliente)\s+(\w+\s+){0,2}(dice|me\s+dice|repite|escribe|me\s+escribe|bromea\s+con)\s+que\s+(se\s+quiere\s+(morir|matar|suicidar)|quiere\s+morir(se)?|no\s+quiere\s+vivir|se\s+va\s+a\s+matar)\b.{0,60}\bcomo\s+(la|lo|le|los|las)\s+(ayudo|apoyo|puedo\s+ayudar|puedo\s+apoyar)\b",
        r"\bhow\s+(do|can|should|could)\s+i\s+(help|support|talk\s+to)\s+(a|my)\s+(\w+\s+)?(friend|mate|partner|brother|sister|son|daughter|kid|client|roommate|bf|gf|boyfriend|girlfriend|wife|husband)\s+(who|that)\s+(\w+\s+){0,2}(talks|talking|speaks|speaking|mentions|mentioning|thinks|thinking|says|saying|jokes|joking|tells|telling|told|texts|texting)\b",
        r"\bкак\s+(мне\s+)?(помочь|поддержать)\s+(\w+\s+)?(другу|подруге|друга|подругу|брату|брата|сестре|сестру|парню|парня|девушке|девушку|мужу|мужа|жене|жену|сыну|сына|дочери|дочь|клиенту|клиента|человеку|человека|партнера|партнершу)\s+(который|которая|которому|которой)\s+(\w+\s+){0,2}(говорит|говорят|пишет|думает|шутит|рассуждает)\b",
        r"\bяк\s+(мені\s+)?(допомогти|підтримати)\s+(\w+\s+)?(другу|подрузі|друга|подругу|брату|брата|сестрі|сестру|хлопцю|хлопця|дівчині|дівчину|чоловіку|чоловіка|дружині|дружину|сину|сина|доньці|доньку|клієнту|клієнта|людині|людину|партнера|партнерку)\s+(який|яка|якому|якій)\s+(\w+\s+){0,2}(говорить|каже|пише|думає|жартує|розмірковує)\b",
        r"\bcomo\s+(le\s+)?(ayudo|apoyo|ayudar|apoyar|puedo\s+ayudar|puedo\s+apoyar)\s+(a\s+)?(un|una|mi)\s+(\w+\s+)?(amig[oa]|herman[oa]|novi[oa]|pareja|hij[oa]|compa|carnal|cliente)\s+que\s+(\w+\s+){0,2}(habla|dice|piensa|bromea|menciona)\b",
    ]
)
_NOW_AGAIN = compile_any(
    [
        r"\bagain\b|\btonight\b|\bright\s+now\b|\bgoodbye\b|\b(it'?s|is|came|coming|come)\s+back\b|\brope\b|\bpills\s+(ready|saved)\b",
        r"\bопять\b|\bснова\b|\bсегодня\s+ночью\b|\bпрямо\s+сейчас\b|\bпрощал\w*|\bвернул\w*|\bзнову\b|\bзнов\b|\bсьогодні\s+вночі\b|\bпрямо\s+зараз\b|\bпрощав\w*|\bповернул\w*",
        r"\botra\s+vez\b|\bde\s+nuevo\b|\besta\s+noche\b|\bahorita\b|\bahora\s+mismo\b|\bse\s+despid\w*|\bvolvi\w*\s+a\b",
        # the means at hand (tune46, second round, as "rope" and "pills ready" above)
        r"\bcuerda\b|\btiene\s+(ya\s+)?las\s+pastillas\b|\bse\s+las\s+(toma|va\s+a\s+tomar)\b|\bверёвк\w*|\bверевк\w*|\bмотузк\w*",
        # the helper feels it too (tune35): "i feel the same", "я тоже хочу", "yo también"
        r"\b(i|me)\s+too\b|\bfeel\s+the\s+same\b|\b(я|мне)\s+тоже\b|\b(я|мені)\s+теж\b|\b(yo|a\s+mi)\s+tambien\b",
    ]
)


def _told_not_felt(folded: str) -> bool:
    """An attempt or self-harm long ago and over, or a helper's question about a friend who talks
    about it (see above); never with a word of now or again."""
    if _NOW_AGAIN.search(folded):
        return False
    if _HELPER.search(folded):
        return True
    return bool(_LONG_AGO.search(folded) and _OVER_NOW.search(folded))


def asks_how_to_help(text: str) -> bool:
    """A helper's question about a friend or a relative who talks about wanting to die, with no word
    of now, of again or of the means ("how do I help my friend who keeps telling me he wants to die",
    "как помочь другу, который говорит, что хочет умереть"): not a crisis (``_told_not_felt``), but
    worth the short crisis note before its answer (the lines help the helper too; the full crisis
    reply speaks to the person in crisis: "thank you for telling me ... if you might act on these
    thoughts"). A friend who says it now and "what do I do" is still the full crisis reply."""
    folded = fold(text)
    return _HELPER.search(folded) is not None and _NOW_AGAIN.search(folded) is None


# An ordinary leaving (tune29, session 12): out of a chat or a group, to bed till tomorrow, to a new
# city, a letter from rehab; or a drug given up for good ("done with ket for good", "с мефом завязал
# навсегда", "dejo el perico para siempre"). The embedding stage gave several such the full crisis
# reply ('goodbye', 'forever' and 'letter to my kids' sit in many crisis prototypes).
_ORDINARY_LEAVING = compile_any(
    [
        r"\b(leaving|left|quitting)\s+(this|the)\s+(group|chat|channel|server)\b|\b(выхожу|ухожу|ливаю|виходжу|йду|me\s+salgo|salgo|dejo)\s+(из|с|з|із|del?|el)\s+(этого\s+|этой\s+|нашего\s+|нашей\s+|цього\s+|цієї\s+|нашого\s+|нашої\s+|este\s+)?(чата|группы|канала|беседы|конфы|чату|групи|каналу|бесіди|grupo|chat|canal)\b",
        r"\b(off\s+to\s+bed|going\s+to\s+(bed|sleep)|night\s+all|good\s?night|спокойной\s+ночи|я\s+спать|иду\s+спать|добраніч|на\s+добраніч|я\s+спати|йду\s+спати|buenas\s+noches|me\s+voy\s+a\s+dormir)\b.{0,40}\b(tomorrow|speak\s+soon|see\s+(you|ya)|до\s+завтра|hasta\s+manana|nos\s+vemos|hablamos)\b",
        r"\b(moving\s+to|move\s+to|переезжаю\s+(в|на)|переїжджаю\s+(в|у|до|на)|me\s+mudo\s+(a|de))\b(?!\s+(a\s+better|the\s+other|another\s+world|heaven|лучш\w*|кращ\w*|иной|інший|тот\s+свет|той\s+світ|un\s+lugar\s+mejor|el\s+otro|otro\s+mundo|el\s+cielo))",
        # off to bed said with a plain bye (tune40: "ну все, я пішла спати, бувайте"), never with "for
        # good" or "and not wake up"
        r"\b(?!.{0,80}\b(forever|for\s+good|навсегда|назавжди|para\s+siempre)\b)(off\s+to\s+bed|going\s+to\s+(bed|sleep)|went\s+to\s+bed|(пошла|пошел|пошёл|иду|пойду|ушла|ушел|ушёл|я)\s+спать|(пішла|пішов|йду|піду|я)\s+спати|me\s+voy\s+a\s+(dormir|la\s+cama)|me\s+fui\s+a\s+dormir)\b.{0,30}\b(bye|night|nite|пока|всем\s+пока|бувайте|па|всім\s+па|бувай|adios|chao|chau|bss|besos)\b",
        # a stream, a call or a lobby left (tune33): "me voy del stream para siempre, adiós a todos"
        r"\b(leav\w*|left|end\w*|quit\w*)\s+(the|this|my)\s+(stream|live|broadcast|call|server|lobby)\b|\b(ухожу|выхожу|ливаю|заканчиваю|завершаю)\s+(со|с|из)\s+(стрима|эфира|лобби|созвона)\b|\b(йду|виходжу|закінчую|завершую)\s+(зі|з|із)\s+(стріму|стриму|ефіру|лобі)\b|\b(me\s+voy|salgo|me\s+salgo)\s+del\s+(stream|directo|live|server)\b|\b(termino|cierro)\s+el\s+(stream|directo|live)\b",
        # things cleared out before a move (tune38): "decluttering before the new flat", "раздаю мебель
        # перед переездом", "regalo todo antes de la mudanza"
        r"\b(declutter\w*|before\s+(the|my|our)\s+(move|new\s+(flat|place|apartment|house))|before\s+(i|we)\s+move|before\s+moving)\b|\bперед\s+(переездом|переїздом|новой\s+квартирой|новою\s+квартирою)\b|\bantes\s+de\s+(la\s+mudanza|mudarme|mudarnos|irme\s+(a|al)\s+(piso|depa\w*|casa)\s+nuev[oa])\b|\bantes\s+del\s+(piso|depa\w*)\s+nuevo\b",
        r"\b(from|in)\s+rehab\b|\b(из|с)\s+(реабилитацион\w*|реаб\w*)|\b(з|із)\s+(реабілітацій\w*|реаб\w*)|\b(desde|en)\s+(el\s+)?(centro\s+de\s+)?rehabilitacion\b",
    ]
)
_GIVING_UP_A_DRUG = compile_any(
    [
        # quitting from a day on (tune42): "с понедельника завязываю с мефом", "з понеділка кидаю",
        # "el lunes lo dejo", "quitting on monday"
        r"\b(с|со|з|із|от)\s+(понедельника|понеділка|завтра|нового\s+года|нового\s+року|следующей\s+недели|наступного\s+тижня)\s+(\w+\s+)?(завязываю|завяжу|бросаю|брошу|кидаю|кину|зав'?язую|зав'?яжу|слезаю|злізаю|злажу)\b|\b(el\s+lunes|desde\s+el\s+lunes|a\s+partir\s+del\s+lunes|manana)\s+(lo\s+)?(dejo|dejare|lo\s+dejo|paro|corto)\b|\b(quitting|stopping|giving\s+(it\s+)?up|done)\s+(\w+\s+)?(on|from|by|after)\s+(monday|tomorrow|next\s+week)\b|\b(from|on)\s+monday\s+(i'?m\s+)?(quitting|stopping|done)\b",
        r"\b(done\s+with|quit|quitting|giving\s+up|off\s+the)\s+(\w+\s+)?(for\s+good|forever)\b|\b(завязал\w*|завязываю|зав'?язав|зав'?язала|зав'?язую|бросил\w*\s+(\w+\s+)?навсегда|кинув\s+(\w+\s+)?назавжди)\b|\bdejo\s+(el|la|los|las)\s+\w+\s+para\s+siempre\b",
    ]
)
# ... unless it names dying, living, an ending or the means
_LIFE_OR_MEANS = compile_any(
    [
        r"\b(die|dying|dead|death|kill\w*|suicid\w*|end\s+(it|my\s+life|myself|things)|life|alive|wake\s+up|last|never|goodbye\s+forever|pills|rope|bridge|roof|sorry|forgive)\b",
        r"\b(better\s+place|other\s+side|miss\s+me|nobody|no\s+one|noone|won'?t\s+be|wont\s+be|burden|any\s?more|никто|никому|не\s+будет|больше\s+не|ніхто|нікому|не\s+буде|більше\s+не|nadie|ya\s+no|nunca|mejor\s+lugar)\b",
        r"\b(умер\w*|умир\w*|смерт\w*|сдох\w*|убь\w*|убить|суицид\w*|жить|жизн\w*|просн\w*|последн\w*|таблет\w*|веревк\w*|верёвк\w*|мост\w*|крыш\w*|прост\w*|прощай\w*)",
        r"\b(помер\w*|помир\w*|вмер\w*|здох\w*|вб'?\w*|суїцид\w*|жити|житт\w*|прокин\w*|останн\w*|пігул\w*|мотузк\w*|міст\w*|дах\w*|пробач\w*|прощав\w*)",
        r"\b(morir\w*|muer\w*|matar\w*|suicid\w*|vivir|vida|despertar\w*|ultim[oa]|pastillas|cuerda|puente|azotea|perdon\w*|adios\s+para\s+siempre)",
    ]
)


def _chat_scoped(folded: str) -> bool:
    """'Better off without me' scoped to a chat or a group named, not widened (``_context_said``)."""
    return bool(_CHAT.search(folded) and _WITHOUT_ME.search(folded) and not _WIDER.search(folded))


# Everyday uses of what is elsewhere a means (tune42): a rope for a tent, climbing or the washing, a
# bridge shut for works, baby clothes given away as the children grew. With no word of dying,
# living or an ending (``_ENDING_WORDS``), the embedding stage gives such a message the note at most.
_EVERYDAY_MEANS = compile_any(
    [
        # a weekly pill box filled (tune48's second batch): "sorting my meds into a weekly pill box"
        r"\b(pill\s*box|pill\s+organi[sz]er|dosette|таблетниц\w*|pastillero|organizador\s+de\s+pastillas)\b",
        r"\b(rope|ropes|cord|верёвк\w*|веревк\w*|мотузк\w*|cuerda\w*|soga\w*)\b.{0,50}\b(tent|camping|climb\w*|washing|laundry|clothesline|boat|swing|dog\s+lead|палатк\w*|кемпинг\w*|скалодром\w*|альпинизм\w*|бель[её]\w*|качел\w*|лодк\w*|намет\w*|скеледром\w*|білизн\w*|гойдалк\w*|човн\w*|tienda\s+de\s+campana|acampar|camping|escalar|escalada|ropa|tendedero|columpio|barco)\b",
        r"\b(tent|camping|climb\w*|washing|laundry|clothesline|палатк\w*|скалодром\w*|бель[её]\w*|намет\w*|білизн\w*|tienda\s+de\s+campana|acampar|escalar|escalada|tendedero)\b.{0,50}\b(rope|ropes|верёвк\w*|веревк\w*|мотузк\w*|cuerda\w*|soga\w*)\b",
        r"\b(bridge|мост\w*|міст|мосту|puente)\b.{0,40}\b(shut|closed|closure|roadworks|works|repairs?|traffic|detour|diversion|закры\w*|ремонт\w*|пробк\w*|объезд\w*|закри\w*|об'?їзд\w*|cerrad\w*|obras|trafico|desvio)\b|\b(shut|closed|закрыли|закрили|cerraron)\s+(the\s+|el\s+)?(bridge|мост|міст|puente)\b",
        r"\b(giv\w*\s+away|раздаю|раздам|роздаю|роздам|regalo|regalando)\b.{0,40}\b(baby|kids'?|children'?s|outgrown|детск\w*|дитяч\w*|de\s+bebe|de\s+nin[oa]s?)\b.{0,60}|\b(outgrew|outgrown|too\s+big|вырос\w*|виріс|виросл\w*|crecio|crecieron|ya\s+no\s+les\s+queda)\b",
    ]
)
_ENDING_WORDS = compile_any(
    [
        r"\b(die|dying|dead|death|kill\w*|suicid\w*|end\s+(it|my\s+life|myself|things)|alive|wake\s+up|goodbye|forever|never\s+again|no\s+point|myself)\b",
        r"\b(умер\w*|умир\w*|смерт\w*|сдох\w*|убь\w*|убить|суицид\w*|жить|жизн\w*|просн\w*|навсегда|прощай\w*|себя|собой|незачем|нет\s+смысла)",
        r"\b(помер\w*|помир\w*|вмер\w*|здох\w*|вб'?ю|вбити|суїцид\w*|жити|житт\w*|прокин\w*|назавжди|прощав\w*|себе|собою|нема\s+сенсу)",
        r"\b(morir\w*|muer\w*|matar\w*|suicid\w*|vivir|vida|despertar\w*|para\s+siempre|adios|no\s+tiene\s+sentido)",
    ]
)


def everyday_means(text: str) -> bool:
    """A rope, a bridge or things given away in an everyday use (``_EVERYDAY_MEANS``) with no word
    of dying, living or an ending: the embedding stage gives it the note at most."""
    folded = fold(text)
    return _EVERYDAY_MEANS.search(folded) is not None and _ENDING_WORDS.search(folded) is None


def ordinary_leaving(text: str) -> bool:
    """An ordinary leaving or a drug given up for good (``_ORDINARY_LEAVING``,
    ``_GIVING_UP_A_DRUG`` with a drug named), with no word of dying, living, an ending or the
    means: the embedding stage gives it at most the crisis note (``triage._decide``)."""
    folded = fold(text)
    if _LIFE_OR_MEANS.search(folded) is not None:
        return False
    if _ORDINARY_LEAVING.search(folded) is not None or _chat_scoped(folded):
        return True
    from bot.library.emergency_text import about_using

    return _GIVING_UP_A_DRUG.search(folded) is not None and about_using(text)


# Everyday words the rules read as harmless (tune31, session 13): ``_NOT_CRISIS``'s idioms ("quiero
# que se acabe ya este bajón", "me muero de risa") and a course, a job or a team one won't carry on
# with ("don't want to carry on with this course anymore", "не хочу продолжать эту учёбу"). The
# embedding stage gave such messages the full crisis reply; with no word of dying, living, an ending
# or the means left once the phrase is cut out, it gives them the note at most.
_QUIT_SOMETHING = compile_any(
    [
        r"\b(don'?t|dont|do\s+not)\s+(really\s+)?(want|wanna)\s+(to\s+)?(carry\s+on|continue|go\s+on|keep\s+going|stay)\s+(with|in|at|on)\s+(this|my|the|that)\s+(course|degree|job|class|classes|program|programme|uni|university|college|band|team|diet|internship|apprenticeship|project|club|gym)\b(\s+any\s?more)?",
        r"\bне\s+хочу\s+(больше\s+)?(продолжать|дальше)\s+(эту\s+|свою\s+)?(учебу|учёбу|работу|курс|курсы|универ|институт|диету|группу|команду|стажировку|проект)\b|\bне\s+хочу\s+(більше\s+)?(продовжувати|далі)\s+(це\s+|цю\s+|свою\s+)?(навчання|роботу|курс|курси|універ|інститут|дієту|групу|команду|стажування|проєкт|проект)\b",
        r"\bya\s+no\s+quiero\s+(seguir|continuar)\s+(en|con)\s+(este|esta|mi|el|la)\s+(trabajo|curro|curso|carrera|chamba|uni|universidad|equipo|grupo|dieta|proyecto|practicas)\b",
    ]
)


def harmless_phrase(text: str) -> bool:
    """A harmless phrase (``_NOT_CRISIS``) or a course or job left (``_QUIT_SOMETHING``) with no
    word of dying, living, an ending or the means once it is cut out: the embedding stage gives the
    message at most the crisis note (``triage._decide``); the rules still decide alone."""
    folded = fold(text)
    if _NOT_CRISIS.search(folded) is None and _QUIT_SOMETHING.search(folded) is None:
        return False
    cleaned = _QUIT_SOMETHING.sub(" ", _NOT_CRISIS.sub(" ", folded))
    return _LIFE_OR_MEANS.search(cleaned) is None


# An evening in, said as a plan (tune27's "gonna stay in tonight and order takeaway", which still got
# the full crisis reply from the embedding stage in session 12; not a request, so not
# ``triage.everyday_request``): staying home, food ordered, a film watched.
_EVENING_IN = compile_any(
    [
        r"\b(stay(ing)?\s+in|stay(ing)?\s+(at\s+)?home|a\s+night\s+in|order(ing)?\s+(a\s+|some\s+)?(takeaway|takeout|pizza|food|delivery|chinese|indian|sushi)|get(ting)?\s+a\s+takeaway|watch(ing)?\s+(a\s+film|a\s+movie|something|netflix|tv|telly|the\s+match|the\s+game))\b",
        r"\b(останусь|остаюсь|сижу|посижу)\s+дома\b|\bзакажу\s+(пицц\w*|суши|роллы|еду|доставк\w*)|\bпосмотр\w*\s+(фильм|сериал|кино|матч)",
        r"\b(лишусь|залишусь|лишаюсь|сиджу|посиджу)\s+вдома\b|\bзамовлю\s+(піц\w*|суші|роли|їжу|доставк\w*)|\bподивлю\w*\s+(фільм|серіал|кіно|матч)",
        r"\bme\s+quedo\s+en\s+casa\b|\b(pedir|pido|pedimos)\s+(comida|pizza|algo|sushi|tacos)\b|\bver\s+(una\s+peli\w*|una\s+serie|el\s+partido|netflix)\b",
    ]
)


def evening_in(text: str) -> bool:
    """An evening in said as a plan (``_EVENING_IN``) naming no drug and no word of dying, living,
    an ending or the means: the embedding stage gives it at most the crisis note."""
    folded = fold(text)
    if _EVENING_IN.search(folded) is None or _LIFE_OR_MEANS.search(folded) is not None:
        return False
    from bot.library.emergency_text import about_using

    return not about_using(text)


# -- told, not felt, for the embedding stage (tune44, 2026-12-07, session 19) ---------------------
# Self-harm or an attempt long ago and over now ("cuando tenía 14 me hacía cortes, hoy tengo 25 y
# estoy tranquila"): the rules already say no crisis (``_told_not_felt``); the embedding stage gave
# such the full crisis reply. Weariness of a named everyday chore ("устал от всего этого ремонта",
# "so tired of the paperwork"): the stage gave it the full reply, "tired of everything" sitting in
# crisis prototypes. Both keep the stage to the note at most; never with a word of now or again, or
# of dying, living or the means.
_CHORE_WEARY = compile_any(
    [
        r"\b(устал\w*|задолбал\w*|достал\w*|надоел\w*|втомив\w*|втомил\w*|набрид\w*|дістал\w*)\s+(от\s+|від\s+)?(всего\s+|всей\s+|всех\s+|усього\s+|усієї\s+|всієї\s+|усіх\s+)?(этого|этой|этих|цього|цієї|цих|наш\w*|мо\w+)\s+(ремонт\w*|бюрократ\w*|пробк\w*|бумаж\w*|документ\w*|сосед\w*|сусід\w*|шум\w*|паперов\w*|справ\w*|очеред\w*|черг\w*|дорог\w*|стройк\w*|будівництв\w*|начальни\w*|сесси\w*|сесі\w*)",
        r"\b(tired|sick|fed\s+up)\s+of\s+(all\s+)?(this|these|the|my|our)\s+(\w+\s+)?(renovation\w*|paperwork|bureaucracy|traffic|noise|neighbou?rs?|flatmates?|roommates?|meetings?|commute|building\s+work|admin|emails?|boss)\b",
        r"\b(harto|harta|hasta\s+la\s+madre|hasta\s+el\s+gorro|cansad[oa])\s+(de|del)\s+(todo\s+)?(este|esta|estos|estas|el|la|los|las|mi|mis)?\s*(obras?|reforma|tramites|papeleo|trafico|ruido|vecin\w*|jefe|reuniones|correos|burocracia)\b",
    ]
)


def told_long_ago(text: str) -> bool:
    """Self-harm or an attempt long ago and over now, with no word of now or again (``_LONG_AGO``,
    ``_OVER_NOW``, ``_NOW_AGAIN``): the embedding stage gives it at most the crisis note."""
    folded = fold(text)
    return (
        _NOW_AGAIN.search(folded) is None
        and _LONG_AGO.search(folded) is not None
        and _OVER_NOW.search(folded) is not None
    )


# Done for today ("im done with everything for today, going to bed early", "на сегодня я всё", "на
# сьогодні я все", "por hoy ya terminé con todo"): a day's work over, not a life; the embedding stage
# gave each the full crisis reply, "done with everything" and "я всё" sitting in crisis prototypes
# (tune46, session 20). It keeps the stage to the note at most; never with a word of dying, living or
# the means, nor of for good or forever.
_DONE_FOR_TODAY = compile_any(
    [
        r"\b(done|finished|over\s+it|out)\s+(with\s+)?(everything|it\s+all|all\s+of\s+it|everyone|people|this)?\s*(for\s+(today|tonight|the\s+day|the\s+night|now|this\s+week|the\s+week))\b|\b(that'?s|thats)\s+(it|me)\s+(done\s+)?for\s+(today|tonight|the\s+day)\b",
        r"\b(на\s+сегодня|на\s+сьогодні)\s+(я\s+)?(вс[её]|все|усе|всьо|закончил\w*|закінчив\w*|отстрелялся|отстрелялась|пас)\b|\b(я\s+)?(вс[её]|все|усе|всьо)\s+на\s+(сегодня|сьогодні)\b",
        r"\bpor\s+(hoy|el\s+dia\s+de\s+hoy|esta\s+noche)\s+(ya\s+)?(termine|acabe|estoy|me\s+rindo|cierro|listo)\b|\b(ya\s+)?(termine|acabe)\s+(con\s+todo\s+)?por\s+hoy\b",
    ]
)
_FOR_GOOD = compile_any(
    [
        r"\b(for\s+good|forever|for\s+ever|never|навсегда|назавжди|никогда|ніколи|para\s+siempre|nunca)\b"
    ]
)


def done_for_today(text: str) -> bool:
    """A day's work or a day over ("done with everything for today", "на сегодня я всё", "por hoy
    terminé") with no word of dying, living or the means, nor of for good: the embedding stage gives
    it at most the crisis note."""
    folded = fold(text)
    return (
        _DONE_FOR_TODAY.search(folded) is not None
        and _LIFE_OR_MEANS.search(folded) is None
        and _FOR_GOOD.search(folded) is None
    )


# A burden over money asked of someone, with a practical question ("feel like a burden asking my mum
# for money again, how do i budget", "me siento una carga pidiéndole dinero a mi madre, cómo ahorro"):
# the embedding stage gave it the full crisis reply, "a burden" sitting in crisis prototypes (tune46,
# session 20). It keeps the stage to the note at most; never with a word of dying, living, an ending
# or of others better off without me.
_MONEY_BURDEN = compile_any(
    [
        r"\b(burden|dead\s+weight|drain|leech|sponge)\b.{0,60}\b(asking|ask|borrow\w*|begging|scrounging)\s+(\w+\s+){0,3}(for\s+)?(money|cash|a\s+loan|rent|a\s+tenner|a\s+fiver)\b|\b(asking|borrow\w*|begging|scrounging)\s+(\w+\s+){0,3}(for\s+)?(money|cash|a\s+loan|rent)\b.{0,60}\b(burden|dead\s+weight|drain|leech|sponge)\b",
        r"\b(обуз\w*|в\s+тягость|нахлебник\w*|тягар\w*)\b.{0,60}\b(прошу|просить|занимаю|занять|беру|позичаю|позичити|просити)\s+(\w+\s+){0,3}(денег|деньги|в\s+долг|грош\w*|в\s+борг)\b|\b(прошу|просить|занимаю|занять|позичаю|позичити|просити)\s+(\w+\s+){0,3}(денег|деньги|в\s+долг|грош\w*|в\s+борг)\b.{0,60}\b(обуз\w*|в\s+тягость|нахлебник\w*|тягар\w*)\b",
        r"\b(una\s+carga|un\s+estorbo|una\s+molestia|un\s+mantenido|una\s+mantenida)\b.{0,60}\b(pidiendo\w*|pedirle|pedir|pido|le\s+pido)\s+(\w+\s+){0,3}(dinero|lana|varo|pasta|prestado|feria)\b|\b(pidiendo\w*|pedirle|pedir|pido|le\s+pido)\s+(\w+\s+){0,3}(dinero|lana|varo|pasta|prestado|feria)\b.{0,60}\b(una\s+carga|un\s+estorbo|una\s+molestia)\b",
    ]
)
_BETTER_WITHOUT = compile_any(
    [
        r"\b(better\s+off|without\s+me|gone|disappear\w*|без\s+меня|без\s+мене|исчезн\w*|зникн\w*|не\s+станет|не\s+стане|mejor\s+sin|sin\s+mi|desaparec\w*)\b"
    ]
)


def money_burden(text: str) -> bool:
    """A burden over money asked of someone (``_MONEY_BURDEN``), with no word of dying, living, an
    ending or of others better off without me: the embedding stage gives it at most the note."""
    folded = fold(text)
    return (
        _MONEY_BURDEN.search(folded) is not None
        and _ENDING_WORDS.search(folded) is None
        and _BETTER_WITHOUT.search(folded) is None
    )


def chore_weariness(text: str) -> bool:
    """Weariness of a named everyday chore (``_CHORE_WEARY``) with no word of dying, living or the
    means: the embedding stage gives it at most the crisis note."""
    folded = fold(text)
    return _CHORE_WEARY.search(folded) is not None and _LIFE_OR_MEANS.search(folded) is None


# "decided. tonight.": the whole message (blind5-tune), nothing else said

# -- a worry about overdosing alone, asked (blind16-tune, 2026-12-07, session 19 late round) -------
# "what if one day I overdo it and nobody finds me?" is a fear of using alone (the answer is about
# not using alone, a spotting line, naloxone nearby), not a wish to die; the embedding stage gave it
# the full crisis reply, "nobody finds me" sitting in crisis prototypes. It keeps the stage to the
# note at most; never with a word of wanting, of purpose, of the whole amount or of nobody caring.
_OD_ALONE_FEAR = compile_any(
    [
        r"\b(what\s+if|and\s+if|but\s+if|what\s+happens\s+if)\s+(\w+\s+){0,3}i\s+(accidentally\s+)?(overdo\s+it|overdose|od|o\.d|go\s+over|go\s+too\s+far|take\s+too\s+much|fall\s+out|go\s+under)\b.{0,60}\b(nobody|no\s+one|noone|there'?s\s+nobody|no\s+one'?s)\s+(\w+\s+)?(finds?|found|around|there|home|with\s+me|to\s+call)\b",
        r"\b(y\s+si|que\s+pasa\s+si|pero\s+si|y\s+que\s+tal\s+si)\s+(\w+\s+){0,3}(me\s+paso|me\s+pase|me\s+sobredosifico|me\s+da\s+una\s+sobredosis|tengo\s+una\s+sobredosis|me\s+quedo\s+tirad[oa]|me\s+desmayo)\b.{0,60}\bnadie\s+(me\s+)?(encuentra|encuentre|esta|hay|ve|vea|se\s+entera)\b",
        r"\b(а\s+если|а\s+вдруг|а\s+что\s+если|что\s+будет\s+если)\s+(\w+\s+){0,3}(я\s+)?(передознусь|передозанусь|переборщу|перебор\w*|словлю\s+передоз|отъеду|откинусь)\b.{0,60}\b(никто|никого)\s+(\w+\s+)?(не\s+)?(найдет|найдёт|нет|рядом|не\s+будет|заметит)\b",
        r"\b(а\s+якщо|а\s+раптом|а\s+що\s+як|що\s+буде\s+якщо)\s+(\w+\s+){0,3}(я\s+)?(передознуся|передознусь|перестараюсь|переберу|словлю\s+передоз|відʼ?їду)\b.{0,60}\b(ніхто|нікого)\s+(\w+\s+)?(не\s+)?(знайде|нема|немає|поруч|не\s+буде|помітить)\b",
    ]
)
_WISH_OR_WHOLE = compile_any(
    [
        r"\b(want|wanna|hope|hopefully|wish|on\s+purpose|all\s+of\s+it|the\s+whole|everything|care|miss\s+me|quiero|ojala|a\s+proposito|todo\s+lo|de\s+una\s+vez|importa\w*|extranar\w*|хочу|хочется|хочеться|надеюсь|сподіваюсь|специально|навмисно|навмисне|вс[её]\s+сразу|все\s+одразу|всю\s+заначку|скучать|сумувати|пусть|нехай)\b"
    ]
)


def overdose_alone_fear(text: str) -> bool:
    """A worry about overdosing alone, asked ("y si un día me paso y nadie me encuentra?") with no
    word of wanting, purpose, the whole amount or nobody caring (``_OD_ALONE_FEAR``,
    ``_WISH_OR_WHOLE``): the embedding stage gives it at most the crisis note."""
    folded = fold(text)
    return _OD_ALONE_FEAR.search(folded) is not None and _WISH_OR_WHOLE.search(folded) is None


_DECIDED_ALONE = re.compile(
    r"\s*((все|вс[её]|усе|ok|okay|ok\s+so|ок|окей|ладно|добре|гаразд)\s+)?(all\s+|я\s+|ya\s+)?(decided|i'?ve\s+decided|lo\s+decidi|esta\s+decidido|decidi|вс[её]\s+решил[аи]?|вс[её]\s+решено|решил[аи]?|решено|вирішив|вирішила|вирішено|все\s+вирішено)"
    r"\s+(tonight|today|сегодня(\s+ночью|\s+вечером)?|сьогодні(\s+вночі|\s+ввечері)?|esta\s+noche|hoy)\s*"
)
# Thinking about death said to be no wish: "в философском смысле", "это не про суицид" (blind5-tune)
_NO_WISH = compile_any(
    [
        r"\b(философск\w*|філософськ\w*|philosophical\w*|filosofic\w*)|\b(это|це|it'?s|its|is|no\s+es)\s+(не|not|no)\s+(про|about|sobre|de)\s+(суицид\w*|суїцид\w*|suicide|suicidio)\b"
    ]
)


# "can't do this anymore", "всё. я больше не могу. совсем.", "ya no puedo más": the whole message
# (blind6-tune), nothing else said
_CANT_ANYMORE_ALONE = re.compile(
    r"\s*((done|all|ok|okay|thats\s+it|i'?m\s+done|im\s+done)\s+)?(i\s+)?(really\s+|just\s+|truly\s+)?(cant|can'?t|cannot)\s+(do\s+(this|it)\s+|take\s+(it|this)\s+|go\s+on\s+)?any\s?more(\s+(really\s+|just\s+)?(cant|can'?t))?\s*"
    r"|\s*(вс[её]\s+)?(я\s+)?(больше|уже)\s+не\s+могу(\s+(совсем|вообще|больше|так))?\s*"
    r"|\s*(все\s+|усе\s+)?(я\s+)?(більше|вже)\s+не\s+можу(\s+(зовсім|взагалі|більше|так))?\s*"
    r"|\s*(ya\s+)?no\s+puedo\s+mas(\s+(en\s+serio|ya\s+no|de\s+verdad))*\s*"
)
# "sorry for everything. goodbye", "простите меня все. прощайте", "perdón por todo, adiós a todos":
# a goodbye with an apology and nothing else (tune31's kind, in the four languages)
_GOODBYE_SORRY_ALONE = re.compile(
    r"\s*((i'?m\s+)?(so\s+)?sorry(\s+(for\s+everything|everyone|all|guys))?|forgive\s+me(\s+(all|everyone|everybody))?)\s+(goodbye|farewell)(\s+(all|everyone|everybody|guys|forever))?\s*"
    r"|\s*(goodbye|farewell)(\s+(all|everyone|everybody|guys|forever))?\s+((i'?m\s+)?(so\s+)?sorry(\s+for\s+everything)?|forgive\s+me)\s*"
    r"|\s*(простите|извините)(\s+меня)?(\s+(все|за\s+все))?\s+(прощайте|прощай)(\s+(все|навсегда))?\s*"
    r"|\s*(прощайте|прощай)(\s+(все|навсегда))?\s+(простите|извините)(\s+меня)?(\s+(все|за\s+все))?\s*"
    r"|\s*(вибачте|пробачте)(\s+(мені|мене))?(\s+(всі|усі|за\s+все))?\s+(прощавайте|прощай|бувайте\s+назавжди)(\s+(всі|усі|назавжди))?\s*"
    r"|\s*(прощавайте|прощай)(\s+(всі|усі|назавжди))?\s+(вибачте|пробачте)(\s+(мені|мене))?(\s+(всі|усі|за\s+все))?\s*"
    r"|\s*(perdon|perdonenme|perdoname|lo\s+siento)(\s+(por\s+todo|a\s+todos))*\s+(adios|hasta\s+nunca|chau|chao)(\s+(a\s+todos|para\s+siempre))?\s*"
    r"|\s*(adios|hasta\s+nunca|chau|chao)(\s+(a\s+todos|para\s+siempre))?\s+(perdon|perdonenme|perdoname|lo\s+siento)(\s+(por\s+todo|a\s+todos))*\s*"
)
# "estoy en el puente ahora mismo", "я на мосту прямо сейчас", "i'm on the roof right now": the
# whole message (blind11-tune, late round), nothing else said
_ON_THE_EDGE_ALONE = re.compile(
    r"\s*((i'?m|im|i\s+am)\s+(standing\s+)?(on|at)\s+(the|a)\s+(bridge|ledge|roof|rooftop|edge)\s+(right\s+)?now)\s*"
    r"|\s*(ya\s+)?(estoy|toy)\s+(en|arriba\s+del|sobre)\s+(el\s+)?(puente|azotea|tejado|borde|cornisa)\s+(ahora(\s+mismo)?|ya)\s*"
    r"|\s*(я\s+)?(уже\s+|вже\s+)?(стою\s+)?(на\s+мосту|на\s+крыше|на\s+краю|на\s+даху|на\s+мості|на\s+краю)\s+(уже|сейчас|прямо\s+сейчас|зараз|прямо\s+зараз|вже)\s*"
)
# Laughing or crying-laughing faces and a skull: "I'm dead 💀", "я мёртв 😂" (fold drops emoji)
_LAUGH_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f480\u2620\U0001f62d\U0001f606\U0001f605]")
_FIGURATIVE_DEAD = compile_any(
    [
        r"\b(i'?m|im)\s+((literally|actually|so|lowkey|honestly|fully)\s+)?(dead|deceased)\b|\bя\s+(мертв\w*|умер\w*|помер\w*|труп)\b|\bestoy\s+muert[oa]\b|\bme\s+(muero|mato|mataste)\b|\b(убил\w*|добил\w*)\s+меня\b|\bменя\s+(убил\w*|добил\w*)|\bмене\s+(вбив\w*|добив\w*)|\b(вбив\w*|добив\w*)\s+мене\b",
    ]
)


# A video game named (blind7-tune): "в GTA перса переїхав танк, я мертвий", "en el Fortnite me
# mataron, me quiero morir jajaja": being killed in a game, and a wish to die said laughing beside
# one, are not a crisis (a plan, the means or a goodbye still are)
_GAME = compile_any(
    [
        r"\b(gta|гта|fortnite|фортнайт\w*|minecraft|майнкрафт\w*|dota|дот[аеуі]|counter\s*strike|cs\s*go|кс\s*го|call\s+of\s+duty|warzone|valorant|валорант\w*|pubg|пабг|apex|roblox|роблокс\w*|elden\s+ring|dark\s+souls|video\s*games?|videojuegos?|the\s+game|in\s+game|в\s+игре|в\s+грі|у\s+грі|en\s+el\s+juego|катк[аеиу]|каточк\w*|перса|персонаж\w*|respawn\w*|реснул\w*|game\s+over)\b",
        # racing games and shooters (tune38): "crashed my car into a wall on purpose in forza", "взял
        # ствол в новой стрелялке", "agarré una pistola en el nuevo shooter"; not a console by name
        # (a console given away is a warning sign) nor "doom" (a sense of doom)
        r"\b(forza|форз\w*|need\s+for\s+speed|nfs|gran\s+turismo|beamng\w*|mario\s*kart|burnout|crash\s+team\s+racing|racing\s+game|juego\s+de\s+carreras|гонк[аиуе]\s+на\s+(пк|компе|приставке|плойке)|shooters?|fps|шутер\w*|стрелялк\w*|стрілялк\w*|battlefield|overwatch|rainbow\s+six|escape\s+from\s+tarkov|tarkov|тарков\w*|cyberpunk|red\s+dead|the\s+sims)\b",
    ]
)
_LAUGH_WORD = compile_any(
    [
        r"\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jaja\w*|jeje\w*|xd|лол|хаха\w*|ахах\w*|хехе\w*|ржу|ору)\b"
    ]
)
_SAID_LAUGHING_WISH = compile_any(
    [
        r"\b(me\s+quiero\s+morir|quiero\s+morir(me)?|i\s+want\s+to\s+die|i\s+wanna\s+die|kms|хочу\s+(умереть|сдохнуть)|хочу\s+(вмерти|померти|здохнути))\b"
    ]
)


# What one does to a car or with a gun inside a game (tune38): "crashed my car into a wall on purpose
# in forza", "взял ствол в новой стрелялке", "estrellé el coche contra un muro a propósito en el
# forza": cut out when a game is named, so the car and the gun are the game's (a wish to die, a
# plan or a goodbye beside them still counts)
_GAME_METHOD = compile_any(
    [
        # a boss or a mob killed, "unalived" included (tune48): "just unalived the final boss in elden ring"
        r"\b(unaliv\w*|kill\w*|beat|murder\w*|destroy\w*|slain|slay\w*)\s+(the|a|that|this|every|all\s+the)\s+(\w+\s+)?(boss|bosses|npc|npcs|mob|mobs|enemy|enemies|dragon|raid)\b",
        r"\b(crash\w*|wreck\w*|drove|driv\w*|steer\w*|swerv\w*|smash\w*|flip\w*|wrap\w*)\s+(\w+\s+){0,3}(into|off|round)\s+(a|the|some|an)\s+(\w+\s+)?(wall|tree|pole|truck|lorry|bridge|cliff|river|oncoming\s+traffic|barrier|lamp\s?post)\b(\s+on\s+purpose)?|\b(crash\w*|wreck\w*)\s+(my|the|a)\s+(car|truck|van|bike|kart)\s+on\s+purpose\b",
        r"\b(got|grabbed|picked\s+up|bought|found|took|have|had)\s+(a|the|my|an)\s+(\w+\s+)?(gun|pistol|rifle|shotgun|sniper|smg|ak|glock)\b",
        r"\b(разбил\w*|розбив\w*|разбива\w*|розбива\w*|врезал\w*|врізав\w*|въехал\w*|в'?їхав\w*)\s+(\w+\s+){0,3}(об|в|у|о)\s+(стену|стіну|стенку|стінку|столб|стовп|дерево|отбойник|відбійник|фуру)\b|\b(взял|взяв|купил|купив|нашел|нашёл|знайшов|подобрал|підібрав)\s+(\w+\s+)?(ствол|пистолет|пістолет|дробовик|автомат|калаш\w*|снайперк\w*)\b",
        r"\b(estrell\w*|choq\w*|chocar\w*|estamp\w*)\s+(\w+\s+){0,3}(contra|en)\s+(un|una|el|la)\s+(muro|pared|arbol|poste|camion|trailer)\b(\s+a\s+proposito|\s+adrede)?|\b(agarre|compre|encontre|tome|cogi|pille)\s+(una|la|el|un)\s+(\w+\s+)?(pistola|escopeta|rifle|arma|francotirador)\b",
    ]
)


def game_talk(text: str) -> bool:
    """A game named (``_GAME``) with no word of dying, living, an ending or the means once its
    cars, guns and figurative deaths are cut out: the embedding stage gives the message at most
    the crisis note (``triage._decide``; tune38's "agarré una pistola en el nuevo shooter y me
    cargué a todo el mapa"); the rules still decide alone."""
    folded = fold(text)
    if not _GAME.search(folded):
        return False
    return _LIFE_OR_MEANS.search(_game_said(folded)) is None


def _game_said(folded: str) -> str:
    """The folded message with a game's figurative deaths, cars and guns cut out (``_GAME``)."""
    if not _GAME.search(folded):
        return folded
    folded = _GAME_METHOD.sub(" ", _FIGURATIVE_DEAD.sub(" ", folded))
    if _LAUGH_WORD.search(folded):
        folded = _SAID_LAUGHING_WISH.sub(" ", folded)
    return folded


# -- said in a context that explains it (tune42, 2026-12-07, session 18) ------------------------
# A hangover named ("с такого бодуна хочется сдохнуть, что выпить", "con esta cruda me quiero morir")
# or a song asked for by the words it sings ("... who sings it", "кто это поёт"): the plain wish
# ("хочу сдохнуть", "I want to die") is the hangover's or the song's; a plan, the means or a goodbye
# beside it still count. A chat or a group left with "everyone's better off without me (in here)":
# scoped to the chat, not the person's life, unless widened ("and everywhere", "y en la vida en
# general"); a careful peer would not answer that with the crisis reply, though the embedding stage's
# short note may still ask. A last day at a job, school or team with "goodbye everyone, thanks for
# everything" is a leaving do.
_HANGOVER = re.compile(
    r"\b(hangover|hung\s?over|похмел\w*|бодун\w*|бадун\w*|похміл\w*|resaca|cruda|crudo)\b"
)
_SONG_ASKED = re.compile(
    r"\b(who'?s\s+the\s+(artist|singer)|what'?s\s+the\s+song\s+called|кто\s+(исполнитель|исполняет)|хто\s+(виконавець|виконує)|название\s+песни|назва\s+пісні|como\s+se\s+llama\s+(la|esa|esta)\s+cancion|who\s+sings|who\s+sang|what\s+song\s+is|which\s+song\s+is|name\s+of\s+the\s+song|кто\s+(это\s+)?(поет|пел|исполняет)|чья\s+(это\s+)?песня|хто\s+(це\s+)?(співає|співав|виконує)|чия\s+(це\s+)?пісня|quien\s+(la\s+)?canta|quien\s+cantaba|de\s+quien\s+es\s+(esa|esta|la)\s+cancion)\b"
)
_PLAIN_WISH = re.compile(
    r"\b((i\s+)?(want|wanna|wish)\s+(to\s+)?die|(i\s+)?want\s+to\s+be\s+dead|kill\s+me|put\s+me\s+out\s+of\s+my\s+misery|"
    r"(так\s+|аж\s+)?(хочу|хочется|хотелось\s+бы)\s+(умереть|сдохнуть|помереть)|(так\s+|аж\s+)?(хочу|хочеться)\s+(вмерти|померти|здохнути)|"
    r"(me\s+)?quiero\s+morir(me)?|me\s+quiero\s+matar|quisiera\s+morir(me)?)\b"
)
# a song's or a trend's title asked about (tune52): "в тиктоке тренд 'хочу исчезнуть', кто исполнитель"
_TITLE_WISH = re.compile(
    r"\b(я\s+|i\s+)?(хочу|хочется|хочеться|want\s+to|wanna|quiero)\s+(исчезнуть|пропасть|зникнути|пропасти|disappear|vanish|desaparecer)\b"
)
# ... unless the means are at hand or it is every day ("бодун каждый день, хочу умереть, таблетки
# уже собрала"): then the wish is the person's
_MEANS_OR_ALWAYS = re.compile(
    r"\b(pills|tablets|rope|razor|blade|bridge|roof|every\s+day|every\s+morning|always|forever|"
    r"таблет\w*|колес\w*|верёвк\w*|веревк\w*|лезви\w*|бритв\w*|мост\w*|крыш\w*|каждый\s+день|каждое\s+утро|всегда|навсегда|"
    r"пігул\w*|мотузк\w*|лез\w*|міст\w*|дах\w*|кожен\s+день|кожного\s+дня|щодня|щоранку|завжди|назавжди|"
    r"pastillas|cuerda|navaja|cuchilla|puente|azotea|todos\s+los\s+dias|cada\s+dia|siempre|para\s+siempre)\b"
)
_CHAT = re.compile(
    r"\b(chat|chats|group\s?chat|group|server|channel|in\s+here|чат\w*|бесед\w*|групп\w*|канал\w*|груп[аиуі]|групою|grupo|grupos|canal|chat)\b"
)
_WIDER = re.compile(
    r"\b(everywhere|in\s+general|in\s+life|at\s+all|the\s+world|везде|вообще|в\s+жизни|на\s+свете|в\s+целом|всюди|скрізь|взагалі|в\s+житті|у\s+житті|на\s+світі|en\s+general|en\s+la\s+vida|en\s+todos\s+lados|en\s+todas\s+partes|en\s+el\s+mundo)\b"
)
_WITHOUT_ME = re.compile(
    r"(\b[\w']+\s+){0,4}\b(better|easier|calmer|happier|quieter)\s+(off\s+)?without\s+me\b(\s+in\s+(here|there))?"
    r"|(\b\w+\s+){0,4}\bбез\s+(меня|мене)\b(\s+\w+){0,4}"
    r"|(\b\w+\s+){0,4}\bsin\s+mi\b(\s+\w+){0,4}"
)
_LAST_DAY = re.compile(
    r"\blast\s+(day|shift|week)\s+(at|of|in|on)\s+(this\s+|the\s+|my\s+)?(job|work|office|school|uni|company|team|placement|internship)\b|\blast\s+day\s+at\s+work\b"
    r"|\bпоследн\w*\s+(рабоч\w*\s+день|смен\w*|день\s+(на|в)\s+(работе|школе|офисе|универе|компании))"
    r"|\bостанн\w*\s+(робоч\w*\s+день|змін\w*|день\s+(на|в|у)\s+(роботі|школі|офісі|універі|компанії))"
    r"|\bultimo\s+dia\s+(en|de)\s+(el\s+|la\s+|mi\s+)?(curro|trabajo|chamba|oficina|cole|escuela|uni|empresa)\b"
)
_LEAVING_DO = re.compile(
    r"\b(good)?bye\s+(everyone|all|everybody|guys|y'?all)|thanks?\s+(you\s+)?for\s+everything|прощайте|всем\s+спасибо|спасибо\s+за\s+вс[её]|всем\s+пока|всім\s+дякую|дякую\s+за\s+все|бувайте|прощавайте|gracias\s+por\s+todo|adios(\s+a\s+todos)?\b"
)


# A plain wish or "kms" said laughing beside an everyday cause (tune48, session 21): "this essay is due
# at 9am, i wanna die lol", "gonna kms if this bus is late again lmao", "este calor me está matando,
# ya me quiero morir jaja": the wish is the essay's, the bus's or the heat's; the means, every day or
# "not joking" beside it still count.
_EVERYDAY_CAUSE = re.compile(
    r"\b(essay|homework|assignment|exam|exams|test|deadline|due|monday|mondays|bus|train|traffic|queue|heat|hot|meeting|boss|shift|class|lecture|"
    r"tarea|deberes|examen|entrega|lunes|camion|autobus|bus|trafico|cola|calor|junta|reunion|jefe|clase|turno|"
    r"домашк\w*|экзамен\w*|зачет\w*|сесси\w*|дедлайн\w*|понедельник\w*|автобус\w*|пробк\w*|очеред\w*|жар[аеуы]|жарко|совещани\w*|начальник\w*|пар[аыу]|"
    r"іспит\w*|залік\w*|сесі\w*|понеділ\w*|черг[аиу]|спек[аиу]|нарад\w*|шеф\w*)\b"
)
_EVERYDAY_WISH = re.compile(
    r"\b(gonna\s+|going\s+to\s+|i'?ll\s+|ill\s+)?kms\b|\b(este|this|the)\s+(calor|heat)\s+(me\s+esta\s+matando|is\s+killing\s+me)\b"
)
_NOT_JOKING = re.compile(
    r"\b(not\s+joking|no\s+joke|for\s+real|fr\s+fr|seriously|no\s+es\s+broma|en\s+serio|neta\s+neta|не\s+шучу|серь[её]зно|не\s+жартую|серйозно)\b"
)


# A song stuck in one's head or played on repeat (tune50, session 22): "that theme song, suicide is
# painless, has been stuck in my head", "весь день крутится в голове песня 'хочу умереть'": the title's
# words are the song's, unless the means or every day are beside them.
_SONG_STUCK = re.compile(
    r"\b(song|tune|track|theme|jingle|песн\w*|пісн\w*|трек\w*|мелоди\w*|cancion\w*|rola|tema)\b.{0,80}\b(stuck\s+in\s+my\s+head|in\s+my\s+head\s+all\s+day|on\s+repeat|"
    r"(крутится|засела|застряла|играет)\s+в\s+голове|(крутиться|засіла|застрягла|грає)\s+(в|у)\s+голові|на\s+(репите|репіті|повторе|повторі)|"
    r"(pegada|metida)\s+en\s+la\s+cabeza|en\s+bucle|en\s+repeat)\b"
    r"|\b(stuck\s+in\s+my\s+head|on\s+repeat|(крутится|засела|застряла)\s+в\s+голове|(крутиться|засіла|застрягла)\s+(в|у)\s+голові|(pegada|metida)\s+en\s+la\s+cabeza)\b.{0,80}\b(song|tune|track|theme|песн\w*|пісн\w*|трек\w*|cancion\w*|rola)\b"
)
_TITLE_WORDS = re.compile(
    r"\bsuicid\w*|\bсуицид\w*|\bсуїцид\w*|\bсамоубийств\w*|\bсамогубств\w*|\bsuicidio\b"
)


# A death feared in the past and over now (blind19-tune): "вчора думав помру, але сьогодні вже ок",
# "anoche pensé que me moría, hoy ya estoy bien", "thought i was gonna die last night, fine now":
# the feared death is cut (the means, every day or "not joking" beside it keep it).
_FEARED_DEATH = re.compile(
    r"\b(думал\w*|думав|думала|думали|казалось|здавалося|thought|pense|crei|creia)\s+(что\s+|що\s+|шо\s+|que\s+)?"
    r"(я\s+|i\s+)?(('?d|would|was\s+(gonna|going\s+to))\s+)?(me\s+)?(умру|помру|сдохну|умираю|помираю|вмру|здохну|вмираю|помираю|die|dying|moria|moriria|iba\s+a\s+morir|palmaba|palmaria)\b"
)
_OK_NOW = re.compile(
    r"\b(сегодня|сейчас|теперь|сьогодні|зараз|тепер|today|now|hoy|ahora)\s+(\w+\s+)?(уже\s+|вже\s+|already\s+|ya\s+)?"
    r"(estoy\s+|i'?m\s+|im\s+)?(ок|окей|норм|нормально|живой|живий|жива|ok|okay|fine|alive|good|bien|vivo|viva|mejor|better|краще|лучше)\b"
)
# An appearance mishap (blind19-tune): "me he cortado el pelo fatal, me quiero morir", "постригли
# ужасно, хочу умереть", "bad haircut, i want to die": the plain wish is a figure (the means, every
# day or "not joking" beside it keep it).
_LOOKS_MISHAP = re.compile(
    r"\b(haircut|hair\s?cut|fringe|bangs|hair\s+dye|dyed\s+my\s+hair|cut\s+my\s+hair|"
    r"cortado\s+el\s+pelo|corte\s+de\s+pelo|flequillo|tinte|me\s+tin(eron|e)|peluquer\w*|"
    r"постриг\w*|подстриг\w*|стрижк\w*|ч[её]лк\w*|покрасил\w*\s+волос\w*|парикмахер\w*|"
    r"підстриг\w*|постригл\w*|чубчик\w*|гривк\w*|пофарбува\w*\s+волосс\w*|перукар\w*)\b"
)


def _context_said(folded: str) -> str:
    """The folded message with a wish cut out where its context explains it (see above)."""
    if not _MEANS_OR_ALWAYS.search(folded) and not _NOT_JOKING.search(folded):
        if _FEARED_DEATH.search(folded) and _OK_NOW.search(folded):
            folded = _FEARED_DEATH.sub(" ", folded)  # "думав помру, але сьогодні вже ок"
        if _LOOKS_MISHAP.search(folded):
            folded = _PLAIN_WISH.sub(" ", folded)  # "me he cortado el pelo fatal, me quiero morir"
    if _SONG_STUCK.search(folded) and not _MEANS_OR_ALWAYS.search(folded):
        folded = _TITLE_WORDS.sub(" ", _PLAIN_WISH.sub(" ", folded))
    if (_HANGOVER.search(folded) or _SONG_ASKED.search(folded)) and not _MEANS_OR_ALWAYS.search(
        folded
    ):
        folded = _PLAIN_WISH.sub(" ", folded)
    if _SONG_ASKED.search(folded) and not _MEANS_OR_ALWAYS.search(folded):
        folded = _TITLE_WISH.sub(" ", folded)  # "в тіктоці пісня 'я хочу зникнути', хто співає?"
    if (
        _LAUGH_WORD.search(folded)
        and _EVERYDAY_CAUSE.search(folded)
        and not _MEANS_OR_ALWAYS.search(folded)
        and not _NOT_JOKING.search(folded)
    ):
        folded = _EVERYDAY_WISH.sub(" ", _PLAIN_WISH.sub(" ", folded))
    if _CHAT.search(folded) and not _WIDER.search(folded):
        folded = _WITHOUT_ME.sub(" ", folded)
    if _LAST_DAY.search(folded):
        folded = _LEAVING_DO.sub(" ", folded)
    return folded


# A goodbye that asks someone to look after one's pet or children ("прощайте. присмотрите за моим
# псом", "adiós, cuiden a mis gatos"), and passwords handed over with one's affairs closed: a
# trip, a holiday or a hospital stay explains both.
_CARE_FOR_MINE = re.compile(
    r"\b(look\s+after|take\s+care\s+of|care\s+for|feed)\s+my\s+(\w+\s+)?(cat|cats|dog|dogs|kids|children|pets?|rabbit|hamster|fish|plants)\b"
    r"|\b(позаботьтесь|позаботься|присмотрите|присмотри|позаботьтесь)\s+(о|об|за)\s+(мо\w+)\s+(\w+\s+)?(кошк\w*|кот\w*|собак\w*|пс(а|у|ом|ами|ов)|пес\w*|п[её]сик\w*|детьми|детях|дочк\w*|сын\w*|рыбк\w*|хомяк\w*|попуга\w*|кроли\w*)"
    r"|\b(подбайте|подбай|догляньте|доглянь|потурбуйтеся|потурбуйся)(\s+(про|за|о))?\s+(мо\w+)\s+(\w+\s+)?(кіт\w*|кот\w*|кішк\w*|собак\w*|пс(а|у|ом|ами|ів)|пес\w*|песик\w*|дітей|дітьми|доньк\w*|сина|син\w*|рибк\w*|хом'?як\w*|папуг\w*|крол\w*)"
    r"|\b(cuiden|cuida|cuidad|cuide|cuidenme|alimenten)\s+(a|de)\s+(mi|mis)\s+(\w+\s+)?(perr\w*|gat\w*|hij\w*|mascota\w*|conej\w*|peces|pez|plantas)"
)
_FAREWELL_WORD = re.compile(
    r"\b(goodbye|farewell|прощайте|прощай|прощавай|прощавайте|прощаюсь|прощаюся|adios|hasta\s+nunca|me\s+despido)\b"
)
_AWAY = re.compile(
    r"\b(trip|holiday|holidays|vacation|travel\w*|away\s+for|flight|hospital|rehab|отпуск\w*|поездк\w*|командировк\w*|уезжа\w*|улета\w*|больниц\w*|відпустк\w*|поїздк\w*|відрядж\w*|їду|виїжджа\w*|лікарн\w*|viaje|vacaciones|me\s+voy\s+(de|a|al|para)|vuelo|hospital|rehab\w*|volver\w*|vuelvo|back\s+(on|in|next)|вернусь|повернусь|повернуся)\b"
)
_PASSWORDS = re.compile(r"\b(passwords?|паролі|пароли|паролями|contrasenas|claves)\b")
_AFFAIRS_DONE = re.compile(
    r"\b(affairs\s+(in\s+order|sorted)|(справи|дела)\s+(\w+\s+)?(закрила|закрив|закрыл|закрыла|завершила|завершив|завершил|завершила|поробив|поробила|уладил\w*|залагодил\w*|привела\s+в\s+порядок|привел\s+в\s+порядок)|(закрила|закрив|закрыл|закрыла|завершила|завершив|завершил|поробив|поробила|уладил\w*)\s+(\w+\s+)?(справи|дела)|todo\s+en\s+orden|deje\s+todo\s+arreglado)\b"
)


def _goodbye_in_order(folded: str) -> bool:
    """A goodbye with someone asked to look after one's own, or passwords handed over with one's
    affairs closed; never beside a trip, a holiday or a stay away (tune42)."""
    if _AWAY.search(folded):
        return False
    if _CARE_FOR_MINE.search(folded) and _FAREWELL_WORD.search(folded):
        return True
    return bool(_PASSWORDS.search(folded) and _AFFAIRS_DONE.search(folded))


# the triage and the search both ask about the same message, one after the other: a few recent
# texts are enough (held in memory only, never written anywhere)
@lru_cache(maxsize=64)
def is_crisis(text: str) -> bool:
    """True when the message says the person wants to die or to hurt themselves."""
    folded = fold(text)
    if _crisis_in(text, folded):
        return True
    # Russian or Ukrainian in Latin letters (blind13-tune): read in Cyrillic, where the rules are
    return any(_crisis_in(text, fold(reading)) for reading in _crisis_readings(folded))


# -- Russian or Ukrainian typed in Latin letters (blind13-tune, session 16 late round) -------------
# "nabrala tabletok na smertelnu dozu, dumayu shcho syogodni" never reached the Cyrillic rules: the
# emergency rules' readings (``cyrillic_readings``) need two of their markers, which are words of an
# emergency. A message with no Cyrillic letter and two words from those markers or from these (words
# of dying, living, pills, today, goodbyes) is read in Cyrillic the Russian way and the two Ukrainian
# ways, and the crisis rules, guards included, are tried on each reading too.
_CRISIS_TRANSLIT_WORDS = frozenset(
    """
    zhyty zhyt zhit zhiti zhizn zhizni zhyttya zhyttia umeret umeret' umru pomru pomerty vmerty
    pomeret sdohnut zdohnuty zdokhnuty smert smerti smertelnu smertelnuyu smertelna tabletok
    tabletki tabletky tabletku pigulok pigulky dozu dozy syogodni sogodni sohodni segodnya sevodnya
    dumayu dumaju khochu hochu hochetsya khochetsya hochet'sya khochet'sya ne khochu proshchayte
    proshchay proshchavayte proshchavay vsim vsem bilshe bolshe sebe sebya sobi ubit ubyu vbyty vbyu
    pokinchyty pokonchit pokonchu zakinchyty zakonchit nabrala nabral nabrav zibrav zibrala sobral
    sobrala nakopyv nakopil nakopila vse vsyo nikomu nikto nikhto nikhto nichogo nichego sylakh
    sil syl bol bil ustal vtomyvsya vtomylasya vtomilsya noch nich vnochi nochyu
    segodnja sjogodni sogodnja okno okna oknom vikno vikna viknom vyjti vyiti vyjdu vykynutys
    vykynutysya vykinutsya vybrositsya vybrosytysya
    dakhu dakh kryshi krysha vyity vyidu vyiti vyjti vyjdu poverkh poverkhu etazha mostu
    proshchavaite proshchaite prokynutys prokinutsya potyag poyizd elektrychku
    gelii geliy gelij palyu ruky zapalnychkoyu zapalnychkoiu
    smysla sensu prosypatsya prosypatsa prokydatysya prokydatysia prokidatisya zavtra ishchite shukayte
    navsegda nazavzhdy uhozhu ukhozhu prostite vybachte probachte spasibo dyakuyu
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _crisis_readings(folded: str) -> tuple[str, ...]:
    """A folded message in Latin letters that reads as Russian or Ukrainian, in Cyrillic (three
    readings, as ``cyrillic_readings``); () for any other message."""
    if _CYRILLIC.search(folded):
        return ()
    words = folded.split()
    if (
        len(_TRANSLIT_MARKERS.intersection(words)) + len(_CRISIS_TRANSLIT_WORDS.intersection(words))
        < 2
    ):
        return ()
    # without the soft signs put back: "khochet umeret" read "хочет умереть" lost the crisis rules'
    # guards on someone else's wish in the tuned messages retyped in Latin (session 17)
    # and each reading once more with the short й and the reflexive -сь put back where the letters
    # could not tell them (tune48, blind17-tune): "vyity z dakhu" was read "виїти з даху"
    return latin_readings(folded, soft_signs=False, repaired=True)


# Dying of the weather, a demonstrative or "such" between, in either order (tune47, session 21, emerg:
# "i'll die of this heat", "this heat is gonna kill me", "от этой жары я сдохну", "сдохну от такой
# духоты", "від цієї спеки я помру", "me voy a morir de este calor"): a complaint about the heat or
# the cold, cut before the crisis rules look, unless the message names a means, a plan or a goodbye
# anywhere ("сдохну от этой жары, таблетки уже собрала" keeps the rest read whole).
_WEATHER_DEATH = compile_any(
    [
        # "ya me mató el calor", "me mata este bochorno" (tune54): the heat did the killing
        r"\b(ya\s+)?(me|nos)\s+(mato|mata|esta\s+matando|va\s+a\s+matar)\s+(el|este|esta|tanto|la)\s+(\w+\s+)?(calor|calorazo|bochorno|frio|sol|humedad|sofoco|chicharra)\b",
        r"\b(die|dying|dead|died|perish)\s+(of|from|in)\s+(this|the|that|such)\s+(\w+\s+)?(heat|heatwave|humidity|weather|sun|cold|freeze)\b|\b(this|the|that)\s+(\w+\s+)?(heat|heatwave|humidity|weather|cold)\s+(is\s+|will\s+|is\s+gonna\s+|is\s+going\s+to\s+|gonna\s+)?(kill|killing|be\s+the\s+death\s+of)\s+(me|us)\b",
        r"\b(от|из-за|с)\s+(этой|этого|такой|такого|этих|таких)\s+(\w+\s+)?(жар[ыа]|жарищ[иа]|духот[ыа]|пекл[оа]|зно[яй]|холод[аов]*|мороз[аов]*|спек[иа])\b.{0,30}\b(я\s+)?(щас\s+|сейчас\s+|точно\s+|просто\s+)?(сдохну|умру|помру|подохну|сдыхаю|умираю|помираю|подыхаю|сдохнем|умр[её]м|помр[её]м)\b|\b(сдохну|умру|помру|подохну|сдыхаю|умираю|помираю|подыхаю|сдохнем|умр[её]м|помр[её]м)\s+(\w+\s+){0,2}(от|из-за)\s+(этой|этого|такой|такого|этих|таких)\s+(\w+\s+)?(жар[ыа]|жарищ[иа]|духот[ыа]|пекл[оа]|зно[яй]|холод[аов]*|мороз[аов]*)\b",
        r"\b(від|через|з)\s+(цієї|цього|такої|такого|тієї|цих|таких|таку|цю|цей|це|такий|таке|ці|такі)\s+(\w+\s+)?(спек[иау]|спекот[иау]|жар[иау]|задух[иау]|пекл[оа]|холод[уа]?|мороз[уа]?)\b.{0,30}\b(я\s+)?(зараз\s+|точно\s+|просто\s+)?(помру|здохну|вмру|помираю|вмираю|здихаю|помремо|здохнемо)\b|\b(помру|здохну|вмру|помираю|вмираю|здихаю|помремо|здохнемо)\s+(\w+\s+){0,2}(від|через)\s+(цієї|цього|такої|такого|тієї|цих|таких|таку|цю|цей|це|такий|таке|ці|такі)\s+(\w+\s+)?(спек[иау]|спекот[иау]|жар[иау]|задух[иау]|пекл[оа]|холод[уа]?|мороз[уа]?)\b",
        r"\b(morir|morirme|morirnos|muero|muriendo|morire|moriremos)\s+(\w+\s+)?(de|con)\s+(este|esta|tanto|tanta|semejante)\s+(\w+\s+)?(calor|calorazo|calor[oó]n|bochorno|frio|sol|humedad|sofoco|chicharra)\b|\b(este|esta|tanto|semejante)\s+(calor|calorazo|bochorno|frio|sol)\s+(me\s+(va\s+a\s+matar|mata|esta\s+matando)|nos\s+(va\s+a\s+matar|mata|esta\s+matando))\b",
    ]
)
_MEANS_OR_PLAN = compile_any(
    [
        r"\b(pills|tablets|rope|gun|plan|planned|note|notes|bridge|roof|goodbye|bye\s+all|want\s+to\s+die|wanna\s+die|kill\s+myself|end\s+it)\b",
        r"\b(таблет\w*|пігул\w*|колес\w*|вер[её]вк\w*|мотузк\w*|пистолет\w*|пістолет\w*|план\w*|записк\w*|мост\w*|міст\w*|крыш\w*|дах\w*|прощай\w*|прощав\w*|не\s+хочу\s+жить|не\s+хочу\s+жити|хочу\s+умереть|хочу\s+померти|хочу\s+вмерти|покончить|покінчити)\b",
        r"\b(pastillas|soga|cuerda|pistola|carta|nota|puente|azotea|adios|quiero\s+morir\w*|matarme|acabar\s+con\s+todo)\b",
    ]
)

# A match or a team watched (blind18-tune, late round): "динамо знову злило матч, я мертвий", "we lost
# the derby in the 90th, i'm dead", "perdimos el partido en penales, estoy muerto": the figurative
# "I'm dead" is a fan's (a plan, the means or a goodbye beside it still count)
_SPORT = compile_any(
    [
        r"\b(матч\w*|футбол\w*|хокке\w*|хокей\w*|пенальт\w*|дерби|дербі|серия\s+пенальти|football|soccer|derby|penalt(y|ies)|extra\s+time|stoppage\s+time|partido|futbol|penales|prorroga|liga|лига|лігу|ліга|champions)\b",
    ]
)

# A team's loss told (tune50, session 22): a score, a relegation, a final or a last-minute goal beside
# a verb of losing ("we got thrashed 5-1, i want to die", "вылетели из лиги, хочу сдохнуть",
# "perdimos el clásico, me quiero morir"): the plain wish is a fan's as "I'm dead" is; the means, a
# plan, every day or "not joking" beside it still count.
_SPORT_CONTEXT = (
    r"(\b\d+\s*[-:]\s*\d+\b|\b(relegat\w*|derby|league|cup|final|match|team|club|season|fans?|supporters?|"
    r"матч\w*|лиг\w*|ліг\w*|кубк\w*|кубок|финал\w*|фінал\w*|команд\w*|клуб\w*|сезон\w*|"
    r"liga|copa|final|clasico|equipo|partido|temporada|afici\w*|"
    r"(в|на)\s+(последн\w*|останн\w*)\s+(минут\w*|хвилин\w*)|en\s+el\s+ultimo\s+minuto|en\s+casa|at\s+home|away)\b)"
)
_SPORT_LOSS = re.compile(
    r"\b(lost|lose|losing|beaten|thrashed|hammered|relegated|knocked\s+out|"
    r"проиграл\w*|продул\w*|слил\w*|вылетел\w*|програл\w*|програли|злил\w*|вилетіл\w*|"
    r"perdio|perdimos|perdieron|palmo|palmamos|palmaron|descend\w*|eliminad\w*|nos\s+golearon|golead\w*)\b"
    r".{0,60}"
    + _SPORT_CONTEXT
    + r"|"
    + _SPORT_CONTEXT
    + r".{0,60}\b(lost|lose|losing|beaten|thrashed|relegated|"
    r"проиграл\w*|продул\w*|слил\w*|вылетел\w*|програл\w*|програли|злил\w*|вилетіл\w*|"
    r"perdio|perdimos|perdieron|palmo|palmamos|palmaron|descend\w*|eliminad\w*)\b|\b(got|were|was|get)\s+relegated\b"
)


def _crisis_in(text: str, folded: str) -> bool:
    """``is_crisis`` on one reading of the message (``folded``)."""
    if _LAUGH_EMOJI.search(text):
        folded = _FIGURATIVE_DEAD.sub(" ", folded)  # "ору с тебя бот, я мёртв 😂"
    folded = _context_said(_game_said(folded))
    if _SPORT.search(folded) is not None and _MEANS_OR_PLAN.search(folded) is None:
        folded = _FIGURATIVE_DEAD.sub(" ", folded)  # a team lost the match: "I'm dead" is a fan's
    if (
        _SPORT_LOSS.search(folded) is not None
        and _MEANS_OR_ALWAYS.search(folded) is None
        and _NOT_JOKING.search(folded) is None
    ):
        # "my team got relegated, i want to die": the plain wish and "I'm dead" are a fan's (tune50)
        folded = _FIGURATIVE_DEAD.sub(" ", _PLAIN_WISH.sub(" ", folded))
    if _WEATHER_DEATH.search(folded) is not None and _MEANS_OR_PLAN.search(folded) is None:
        folded = _WEATHER_DEATH.sub(" ", folded)  # "от этой жары я щас сдохну, +38 в тени"
    if _told_not_felt(folded):
        return False
    if _goodbye_in_order(folded):
        return True
    if (
        _DECIDED_ALONE.fullmatch(folded)
        or _CANT_ANYMORE_ALONE.fullmatch(folded)
        or _GOODBYE_SORRY_ALONE.fullmatch(folded)
        or _ON_THE_EDGE_ALONE.fullmatch(folded)
        or _FAREWELL_ALONE.fullmatch(folded)
    ):
        return True
    if not (
        _CRISIS.search(folded)
        or _guarded_kind(folded)
        or _self_harm_words(folded)
        or _FAREWELL.search(folded)
        or _wish_near_end(folded)
        or _indirect(folded)
    ):
        return False
    # "dying to try mdma", "me muero de risa": the harmless phrases cut out, is anything left?
    cleaned = _NOT_CRISIS.sub(" ", folded)
    if (
        _CRISIS.search(cleaned) is not None
        or _guarded_kind(cleaned)
        or _self_harm_words(cleaned)
        or _FAREWELL.search(cleaned)
        # a kind's guard may sit in the harmless phrase cut out ("lo hago, lo decidí: me corto el pelo")
        or (_indirect(cleaned) and _indirect(folded))
    ):
        return True
    if _PET.search(cleaned):
        return False  # "наш кот умер сегодня утром": grief for a pet, not a wish to die
    return (
        _wish_near_end(cleaned)
        and not _FEAR_OR_QUESTION.search(cleaned)
        and not _NO_WISH.search(cleaned)
        and not (_BODY_FEAR.search(cleaned) and is_emergency(text))
    )


# The everyday figures of tune50 (session 22), for the embedding stage (``triage._decide``): a team's
# loss, a song stuck in one's head, a blush, "one more meeting and I jump" said laughing, a term or a
# job wished over ("i want this semester to be over for good", "rabota ubivaet, hochu v otpusk"). The
# stage gives such a message at most the crisis note; the rules still decide alone, and the means,
# every day or "not joking" beside the figure keep the stage's full verdict.
_TERM_OVER = re.compile(
    r"\b(this|the)\s+(semester|term|week|shift|exam\s+season|school\s+year|month|year|project)\s+to\s+(be\s+over|end|finish)\b"
    r"|\b(чтобы|чтоб|щоб|щоби)\s+(\w+\s+){0,2}(сесси\w*|сесі\w*|семестр\w*|недел\w*|тижд\w*|смен\w*|змін\w*|учеб\w*|навчанн\w*)\s+(\w+\s+)?(закончил\w*|кончил\w*|скінчил\w*|закінчил\w*)"
    r"|\bque\s+se\s+(acabe|termine)\s+(ya\s+)?(el|la|este|esta)\s+(semestre|cuatrimestre|trimestre|semana|curso|turno|chamba|mes)\b"
    r"|\b(работа|робота|rabota|robota)\s+(меня\s+|мене\s+|menya\s+|mene\s+)?(убивает|вбиває|ubivaet|vbyvaye|vbivaye)\b"
)
_EMBARRASSED = re.compile(
    r"\b(que\s+(verguenza|oso)|so\s+embarrassing|how\s+embarrassing|стыдно|позорище|соромно|ганьба)\b"
)
# No point in a lesson, a subject or homework (tune52): "не вижу смысла идти на пары", "не бачу сенсу
# вчити цю історію", "no point studying for this exam", "no le veo sentido a ir a clase": the point
# is the lesson's; living is not among the verbs, and the means, every day or "not joking" beside it
# keep the full verdict.
_SCHOOL_POINTLESS = re.compile(
    r"\b(смысла|сенсу|point|sentido)\s+(\w+\s+){0,3}(идти|ходить|учить|учиться|делать|готовиться|сидеть|вчити|вчитися|ходити|йти|іти|робити|готуватися|сидіти|going|go|studying|study|doing|revising|ir|estudiar|hacer|entrar)\s+"
    r"(\w+\s+){0,3}(пар[аыу]?|пари|урок\w*|лекци\w*|лекці\w*|школ\w*|универ\w*|учеб\w*|истори\w*|історі\w*|математ\w*|матан\w*|физик\w*|фізик\w*|хими\w*|хімі\w*|предмет\w*|домашк\w*|экзамен\w*|іспит\w*|зач[её]т\w*|залік\w*|"
    r"class|classes|lectures?|school|homework|exams?|tests?|history|maths?|physics|chemistry|clases?|escuela|prepa|tarea|examen|historia|matematicas|fisica|quimica)\b"
)
_ONE_MORE = re.compile(r"\b(one\s+more|another|otra|otro|ще\s+одн\w*|еще\s+одн\w*)\b")


def everyday_figure(text: str) -> bool:
    """A team's loss, a song stuck in one's head, a blush, "one more X and I jump" said laughing, a
    term or a job wished over, no point in a lesson or a subject, with no means, no "every day" and no "not joking" (see above)."""
    folded = fold(text)
    if _MEANS_OR_ALWAYS.search(folded) or _NOT_JOKING.search(folded):
        return False
    return bool(
        _SPORT_LOSS.search(folded)
        or _SONG_STUCK.search(folded)
        or _EMBARRASSED.search(folded)
        or _TERM_OVER.search(folded)
        or _SCHOOL_POINTLESS.search(folded)
        or (_LAUGH_WORD.search(folded) and _ONE_MORE.search(folded))
    )
