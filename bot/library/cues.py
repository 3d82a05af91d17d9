"""What a question asks about a substance, told by a few words: stopping it or what it does.

Search often finds two topics equally sure for one substance: "benzodiazepines" and
"benzodiazepine withdrawal", "alcohol" questions and "alcohol withdrawal". The substance
decides nothing between them; the question's verb does. "how do I come off clonazepam",
"кинув бензи", "dejé el rivotril de golpe" ask about stopping; "how long do bars last",
"сколько действует феназепам", "cuánto duran los rivotriles" ask what the substance does.

``prefers_withdrawal`` and ``asks_duration`` only break ties between topics search already
found confident (``SearchIndex._fused``); they never add a topic nor make one confident.
The words are matched on folded text (lower case, ё -> е, Latin accents removed), at word starts.
"""

from __future__ import annotations

import re

from bot.library.combos import fold as _fold_name

WITHDRAWAL_SUFFIX = "-withdrawal"

# stopping, cutting down, coming off, and the withdrawal itself
_STOPPING = re.compile(
    r"\b("
    # en
    r"quit\w*|stop(s|ped|ping)?|taper\w*|wean\w*|come\s+off|coming\s+off|came\s+off|get(ting)?\s+off|"
    r"cold\s+turkey|withdraw\w*|detox\w*|cut(ting)?\s+down|kick(ing)?\s+(it|the)|dopesick|dope\s+sick|"
    # ru
    r"брос(ить|ил|ила|аю|ать|ишь|ит)\w*|слез(ть|ла|ать|аю|ал|у|ти)\w*|соскоч\w*|завяз(ать|ал|ала|ываю)\w*|"
    r"перестал\w*|перестать|отмен\w*|ломк\w*|ломает|ломало|кумар\w*|"
    # lowering the dose, never "снижение вреда" (harm reduction)
    r"(сниж|сниз|уменьш)\w*\s+(\w+\s+)?доз\w*|постепенно\s+(сниж|уменьш|слез)\w*|отказ(аться|ался|алась)\w*|"
    # uk
    r"кину(ти|в|ла|ли)|кида(ти|ю|є|в|ла)|злізти|злаз\w*|зліз\w*|зіскоч\w*|відмін\w*|ломк\w*|ламає|ламало|"
    r"(зниж|зниз|зменш)\w*\s+(\w+\s+)?доз\w*|поступово\s+(зниж|зменш|зліз|злаз)\w*|"
    r"перестав\w*|переста(ти|ла)|відмов(итися|ився|илася)|"
    # es
    # not "me deja", "quitar el bajón", "reducir riesgos" (harm reduction)
    r"dejar(lo|la|los|las)?|deje|dejo|dejarl\w*|(salir|salirme|salirse|zafarme)\s+de(l|\s+la|\s+el)?|"
    r"quitarme\s+de(l|\s+la|\s+el)?|"
    # days without it ("третий день без ксанакса", "3 días sin caballo", "day 4 without subs")
    r"(day|days|week|weeks)(\s+\w+)?\s+(without|off)\s+\w+|"
    r"(день|дня|дней|сутки|суток|неделю|недели|недель)\s+без\s+\w+|"
    r"(день|дні|днів|добу|доби|тиждень|тижні|тижнів)\s+без\s+\w+|"
    # the other order ("без феназепаму тиждень", "без ліріки вже третій день")
    r"без\s+\w+\s+(вже\s+)?(\w+\s+)?(день|дні|днів|добу|доби|тиждень|тижні|тижнів)\b|"
    r"(dia|dias|semana|semanas)\s+sin\s+\w+|"
    r"de\s+golpe|(bajar|reducir)(le)?\s+(la\s+)?dosis|bajar\s+poco|abstinencia|mono|malilla|desintox\w*"
    r")"
)

# how long it lasts or stays, what it does, how strong it is
_DURATION = re.compile(
    r"\b("
    r"how\s+long\s+(do|does|will|is|are|till|until|can)|last(s)?\s+how\s+long|stay\w*\s+in\s+(your|ur|my|the)\s+system|"
    r"kick\s+in|half[\s-]?life|"
    r"сколько\s+(по\s+времени\s+)?(действ|держ|длит|прет|выводит|вывод)\w*|как\s+долго|"
    r"скільки\s+(по\s+часу\s+)?(ді[єю]|трима|трива|пре|виводит)\w*|як\s+довго|"
    r"cuanto\s+(tiempo\s+)?(dura|duran|tarda|tardan|pega|pegan|queda|quedan)\w*|cuanto\s+tiempo"
    r")"
)


def fold(text: str) -> str:
    """The combination checker's folding (lower case, ё -> е, accents off Latin letters, й and ї
    kept, spaces collapsed), with typographic apostrophes made plain."""
    return _fold_name(text.replace("’", "'"))


# testing what a substance is: a reagent's colour, "is it cut", "what's in it"
_TESTING = re.compile(
    r"\b("
    r"reagent\w*|marquis|mecke|mandelin|simon'?s?|ehrlich|froehde|what\s+colou?r|turn(ed|s)?\s+(purple|black|blue|orange|red|green|yellow)|"
    r"laced|is\s+it\s+cut|cut\s+with|test(ed|ing)?\s+(it|my|the|them)|"
    r"реактив\w*|реагент\w*|маркиз\w*|какого\s+цвета|якого\s+кольору|бодяж\w*|разбавлен\w*|"
    # Ukrainian reagents and colours ("Марквіс став чорно-фіолетовим"), "бадяжений" (surzhyk)
    r"марквіс\w*|маркіз\w*|бадяж\w*|"
    r"став\s+(чорн|фіолет|син|помаранч|червон|зелен|жовт)\w*|стал\s+(черн|фиолет|син|оранж|красн|зелен|желт)\w*|"
    r"проверить\s+(на|что|чем)|перевірити\s+(на|що|чим)|"
    r"reactiv\w*|que\s+color|se\s+puso\s+(morad|negr|azul|naranja|roj|verde|amarill)\w*|cortad[oa]s?|adulterad\w*"
    r")"
)
# a stimulant named: the overdose signs asked about are a stimulant's
_STIMULANT = re.compile(
    r"\b("
    r"stimulant\w*|coke|cocaine|crack|meth|speed|amphet\w*|adderall|mephedrone|"
    # street names of the UK, Ireland and Australia ("too much ice", "on the shard", "charlie")
    r"ice(?!\s+(?:cubes?|packs?|cream|trays?|rink|bath))|shards?|charlie|bugle|"
    r"стимулятор\w*|стим|стимы|стимов|стимами|стимах|кокс\w*|кокаин\w*|кокаїн\w*|фен|фена|фену|феном|фене|амф\w*|"
    # instrumental and Ukrainian forms ("перебрал с фенами", "перебрав зі стімами")
    r"фенами|фені|стім|стіми|стімів|стімами|стімах|мет|мета|винт\w*|меф\w*|соль|соли|сіль|солі|"
    r"estimulant\w*|coca|cocaina|perico|farlopa|tusi|cristal|tina|anfeta\w*|metanfeta\w*|piedra"
    r")\b"
)

# what to do when someone overdoses (the steps), not how to recognise it (the signs)
_RESPOND = re.compile(
    r"\b("
    r"what\s+(should|do|can|must)\s+(i|we|you)\s+do|what\s+to\s+do|steps|how\s+(do\s+i|to|can\s+i)\s+help|respond\w*|"
    r"что\s+делать|как\s+помочь|что\s+мне\s+делать|какие\s+действия|шаги|"
    # spoken forms and surzhyk ("чо делать", "шо робити", "шо мені робити")
    r"(чо|чё|че|шо)\s+(мне\s+|мені\s+)?(делать|робити)|"
    r"що\s+робити|як\s+допомогти|що\s+мені\s+робити|які\s+дії|кроки|"
    r"que\s+hago|que\s+hacer|que\s+debo\s+hacer|pasos|como\s+(le\s+)?ayud\w*"
    r")"
)
# the steps asked for a case ("what do I do if someone...", "что делать если", "qué hago si")
_RESPOND_IF = re.compile(r"\b(if|when|если|когда|якщо|коли|шо|si|cuando)\b")
# preventing one, not responding to it ("what should I do to avoid an overdose")
_PREVENT = re.compile(
    r"\b(avoid\w*|prevent\w*|not\s+to|избеж\w*|избег\w*|предотвра\w*|не\s+допуст\w*|"
    r"уникн\w*|уника\w*|запобіг\w*|evitar|evito|prevenir|prevengo)\b"
)
MIXING_DEPRESSANTS = "mixing-depressants"
_WHY = re.compile(
    r"\b(why|how\s+come|what\s+makes|почему|отчего|в\s+ч[её]м\s+опасност\w*|чому|чим\s+небезпечн\w*|"
    r"por\s*que|que\s+tiene\s+de\s+peligroso)\b"
)
_MIX = re.compile(
    r"\b(mix\w*|together|combin\w*|with|смешива\w*|смешать|мешать|меша[ею]\w*|совмещ\w*|вместе|комбинац\w*|с|со|"
    r"мішати|змішува\w*|разом|з|із|mezcl\w*|junt\w*|con|y)\b"
)
# the depressants one by one (alcohol is ``_ALCOHOL``): two or more named make a mix of
# depressants
_DEPRESSANTS = (
    re.compile(
        r"\b(benzo\w*|xanax|valium|diazepam|clonazepam|alprazolam|rivotril|бенз\w*|"
        r"феназепам\w*|феназ\w*|феня|феню|фени|феней|ксанакс\w*|клоназепам\w*|диазепам\w*|реланиум\w*|"
        # any benzodiazepine by its family ending ("гідазепам", "лоразепам", "etizolam")
        r"\w+azepam\w*|\w+zolam\w*|\w+азепам\w*|\w+азолам\w*|\w+золам\w*|"
        r"pastillas\s+para\s+dormir|sleeping\s+pills|снотворн\w*|снодійн\w*)\b"
    ),
    re.compile(
        r"\b(lyrica|pregabalin\w*|лирик\w*|лірик\w*|прегабалин\w*|прегабалін\w*|"
        r"phenibut|фенибут\w*|фенібут\w*|gabapentin\w*|габапентин\w*)\b"
    ),
    re.compile(
        r"\b(methadone|heroin|opioid\w*|opiate\w*|fent\w*|метадон\w*|героин\w*|героїн\w*|"
        r"опиоид\w*|опіоїд\w*|metadona|heroina|opioide\w*|calmantes|painkillers?|"
        # tramadol, an opioid too ("трамадол з алкоголем" is a mix, "п'ю трамік від болю" is not)
        r"tramadol\w*|trammies|трамадол\w*|трамал\w*|трамик\w*|трамік\w*|"
        # Russian: opiates as a class, heroin and poppy extract in street words ("опиаты", "герыч", "ханка")
        r"опиат\w*|герыч\w*|ханк\w*)\b"
    ),
    re.compile(r"\b(ghb|gbl|гхб|гбл|джі|гэшк\w*)\b"),
    re.compile(
        r"\b(downers|успокаива\w*|заспокійлив\w*|te\s+bajan|depresor\w*|депрессант\w*|"
        # several "bajones" counted are downers ("mezclar dos bajones"); one "bajón" is a comedown
        r"(varios|varias|dos|tres|distint[oa]s|diferentes)\s+bajones|"
        r"успокоительн\w*|седативн\w*)\b"
    ),
)


def asks_overdose_steps(text: str) -> bool:
    """What to do if someone overdoses (on an opioid or a depressant): "what do I do if someone
    goes over and nobody has narcan", "що робити при передозі якщо налоксону немає"."""
    low = fold(text)
    return (
        (
            _OVERDOSE.search(low) is not None
            or _GOES_OVER.search(low) is not None
            # "que hago si alguien no respira despues de meterse"
            or _NOT_BREATHING.search(low) is not None
        )
        and _RESPOND.search(low) is not None
        and _RESPOND_IF.search(low) is not None
        and _PREVENT.search(low) is None
        and _STIMULANT.search(low) is None
        and _STIM_SIGNS.search(low) is None
    )


def asks_mixing_depressants(text: str) -> bool:
    """Why mixing two or more depressants is dangerous ("чому лірика з метадоном і бухлом така
    небезпечна комбінація"), or what three of them do to breathing."""
    folded = fold(text)
    return (
        _WHY.search(folded) is not None
        and _MIX.search(folded) is not None
        and depressants_named(folded) >= 2
    ) or (
        # three kinds named and breathing asked about ("лирика плюс метадон плюс пиво, может
        # остановить дыхание?")
        _BREATHING.search(folded) is not None and depressants_named(folded) >= 3
    )


_BREATHING = re.compile(r"\b(дыхан\w*|дихан\w*|breath\w*|respira\w*)")


def depressants_named(text: str) -> int:
    """How many kinds of depressant the message names (a generic "downers" counts as two)."""
    folded = fold(text)
    found = sum(1 for p in (_ALCOHOL, *_DEPRESSANTS[:-1]) if p.search(folded) is not None)
    return found + (2 if _DEPRESSANTS[-1].search(folded) is not None else 0)


# missing the vein, or where on the body to inject
_MISSED_VEIN = re.compile(
    r"\b(miss\w*\s+(the\s+|my\s+|a\s+)?vein|"
    # how to inject properly ("як правильно вмазуватися", "как правильно ставиться")
    r"(как|як)\s+правильно\s+(колоть|колоться|колоти|колотися|вмазыват\w*|вмазуват\w*|ставит\w*|"
    r"ширят\w*)|how\s+to\s+(inject|shoot\s+up)\s+(properly|safely|right)|"
    r"como\s+(inyectarme|pincharme|picarme)\s+(bien|seguro)|fall[oa]\w*\s+la\s+vena|no\s+atin\w*\s+(a\s+)?la\s+vena|"
    # looking after one's veins ("cuidar las venas", "беречь вены", "берегти вени", "save my veins")
    r"(cuid|proteg|salv)\w*\s+(las\s+|mis\s+)?venas|береч\w*\s+вен\w*|берегти\s+вен\w*|"
    r"(look\s+after|protect|save|take\s+care\s+of)\s+(my\s+|your\s+|the\s+)?veins|"
    # veins collapsing or not found ("my veins keep collapsing", "no encuentro vena")
    r"(veins?|venas?)\s+(\w+\s+){0,2}collaps\w*|collapsed\s+veins?|venas?\s+(\w+\s+){0,2}colaps\w*|"
    r"(se\s+me\s+)?colaps\w*\s+(las\s+|mis\s+)?venas|(find|finding|found)\s+(a\s+|any\s+)?(vein|veins)|"
    r"(encontrar|encuentro|encuentre|buscar|busco|hallar|hallo)\s+(una\s+|la\s+)?venas?|"
    r"не\s+попада\w*\s+(в|у)\s+вен\w*|мимо\s+вен\w*|промаз\w*|промах\w*\s+(мимо\s+)?вен\w*|"
    # veins ruined by injecting ("чтобы вены не убить", "убитые вены", "вбив вени", "wrecked my
    # veins", "me destrocé las venas")
    r"(убит\w*|убил\w*|угроб\w*|посади\w*|посаж\w*|испорт\w*|вбит\w*|вбив\w*|вбил\w*|"
    r"зіпсува\w*)\s+(все\s+|усі\s+|свои\s+|свої\s+|себе\s+)?вен\w*|"
    r"вен\w*\s+(не\s+)?(убит\w*|убил\w*|угроб\w*|посади\w*|испорт\w*|вбит\w*|вбил\w*|зіпсува\w*)|"
    r"(wreck\w*|ruin\w*|trash\w*|fuck\w*\s+up|destroy\w*|blown?)\s+(my\s+|your\s+|the\s+|all\s+)?veins|"
    r"(destro[zc]\w*|arruin\w*|revent\w*|jod\w*)\s+(las\s+|mis\s+)?venas)\b"
)
_WHERE_INJECT = re.compile(
    r"\b((where|which\s+part)\b.{0,30}\b(inject|shoot|go\s+in|hit)\w*|куда\b.{0,30}\b(колоть|колоться|"
    r"вмазыва\w*|ставит\w*|ставиться)|куди\b.{0,30}\b(колоти|колотися|ставитися)|donde\b.{0,30}\b(pinchar\w*|inyectar\w*)|"
    r"(go|going|shoot|shooting|inject\w*)\s+in(to)?\s+(your|my|the)\s+(neck|groin|legs?|feet|foot|hands?)|"
    r"(arm|brazo|руку?|ногу?)\s+(or|o|или|чи)\s+(the\s+|en\s+la\s+|в\s+)?(leg|pierna|neck|cuello|ногу?|шею|шию))\b"
)
# a piece of injecting kit used again ("ватку з фільтра ще раз юзати", "фильтр второй раз можно",
# "баян повторно"): the injecting topic (new kit each time), whatever drug is cooked in it
_KIT_AGAIN = re.compile(
    r"\b(?:ватк\w*|вата|вату|ваты|вати|ватой|ватою|фільтр\w*|фильтр\w*|шприц\w*|баян\w*|"
    r"голк\w*|игл\w*|иголк\w*)\b.{0,40}\b(?:ще\s+раз|щераз|ещ[её]\s+раз|повторно|вдруге|"
    r"(?:другий|второй|2|третий|третій|3|четвертый|четвертий|4|пятый|п'ятий|5)\s+раз|"
    r"кілька\s+раз\w*|несколько\s+раз|знову\s+юза\w*|снова\s+юза\w*)"
    # a needle gone blunt from use ("игла тупая, колю", "голка вже затупилась")
    r"|\b(?:игл\w*|иголк\w*|голк\w*|баян\w*)\s+(?:\w+\s+)?(?:туп(?:ая|ой|ые|а|і|ий)|затуп\w*)\b"
    r"|\b(?:туп(?:ая|ой|ые|ую|а|і|у|ий)|затуплен\w*)\s+(?:\w+\s+)?(?:игл\w*|иголк\w*|голк\w*)"
    r"|\b(?:ще\s+раз|ещ[её]\s+раз|повторно|вдруге|второй\s+раз|другий\s+раз)\s+(?:\w+\s+)?"
    r"(?:ватк\w*|вату|фільтр\w*|фильтр\w*)\b"
)
# ... said about injecting (cotton and filters clean make-up, water and vacuum cleaners too)
_KIT_FOR_INJECTING = re.compile(
    r"\b(?:шприц\w*|баян\w*|інсулінк\w*|инсулинк\w*|кол(?:оть|оться|ю|юсь|юся|оти|отися|отись|ешься|ешся)|"
    r"укол\w*|вмаз\w*|шир[яеи]\w*|ширк\w*|ширев\w*|вар(?:ю|им|ить|ити|ил|ив|ила|или|или|ять)|"
    r"раствор\w*|розчин\w*|кубик\w*|кубів|кубы|кубов|по\s+вен\w*|у\s+вену|в\s+вену)\b"
)
# ... but kit thrown away is the disposal topic's ("куди викинути шприци після другого разу")
_DISPOSE_KIT = re.compile(
    r"\b(?:куда|куди|где|де)\b.{0,30}\b(?:дева\w*|деть|выброс\w*|выкину\w*|выкид\w*|утилиз\w*|"
    r"діти|подіти|викину\w*|викида\w*|діва\w*|подіва\w*)\b|\b(?:смітни\w*|сміття|мусорк\w*|"
    r"помойк\w*|утилиз\w*|утиліз\w*)\b"
)


def asks_kit_again(text: str) -> bool:
    """A piece of injecting kit used again, said about injecting and not about throwing it away
    ("колюся, фільтр ще раз можна?"; never "фільтр для пилососа вдруге")."""
    low = fold(text)
    return (
        _KIT_AGAIN.search(low) is not None
        and _KIT_FOR_INJECTING.search(low) is not None
        and _DISPOSE_KIT.search(low) is None
    )


TOLERANCE_LOSS = "tolerance-loss"
# a break from using: prison, rehab, detox, a hospital stay, months clean
_BREAK = re.compile(
    r"\b(prison|jail|inside|rehab|detox|hospital|clean\s+for|after\s+a\s+break|"
    r"тюрьм\w*|тюрм\w*|зон[аыуеі]|сизо|сізо|реаб\w*|рехаб\w*|ребцентр\w*|детокс\w*|больниц\w*|больничк\w*|лікарн\w*|"
    r"после\s+перерыва|після\s+перерви|в\s+завязке|"
    r"(weeks?|months?)\s+(off|clean|without)|(llevo|lleve|estuve)\s+\w+\s+(semanas?|meses?|dias)\s+sin|"
    r"(недел\w*|месяц\w*|полгода)\s+(не\s+употребля\w*|не\s+колол\w*|без)|"
    r"(тижн\w*|тиждень|місяц\w*|пів\s+року)\s+(не\s+вжива\w*|не\s+колол\w*|не\s+колов\w*|без)|"
    r"carcel|cana|rehabilitacion|rehab|hospital|desintox\w*|internad[oa])\b"
)
# ... and how much to use now ("how much can I use", "скільки брати", "cuánto puedo consumir")
_HOW_MUCH_USE = re.compile(
    r"\b(how\s+much|сколько|скільки|cuant[oa]s?)\b.{0,40}\b(use|using|take|shoot|dose|hit|"
    r"вмаз\w*|колоть|уколоть\w*|употреб\w*|брать|взять|брати|взяти|вжива\w*|вжити|"
    r"доз\w*|consum\w*|meter\w*|inyect\w*|dosis|tomar|usar)\b|"
    r"\b(use|using|do|take|shoot|вмаз\w*|колоть|уколоть\w*|употреб\w*|брать|брати|вжива\w*|"
    r"вмазат\w*|consum\w*|meter\w*|inyect\w*)\b.{0,40}\b(how\s+much|сколько|скільки|cuant[oa]s?)\b|"
    # the same amount as before ("¿puedo meterme lo mismo que antes?", "столько же как раньше")
    r"\b(lo\s+mismo\s+(que|de)\s+antes|same\s+(amount|dose)|as\s+much\s+as\s+before|"
    r"столько\s+же|стільки\s+ж\w*|ту\s+же\s+дозу|ту\s+саму\s+дозу)\b|"
    # how much is safe to start again with ("сколько безопасно для начала", "скільки безпечно
    # на перший раз", "how much is safe to start with")
    r"\b(how\s+much|сколько|скільки|cuant[oa]s?)\s+(\w+\s+)?(безопасн\w*|безпечн\w*|safe|segur\w*)\b"
    r".{0,30}\b(для\s+начала|для\s+початку|на\s+первый\s+раз|на\s+перший\s+раз|to\s+start|"
    r"para\s+empezar|снова|знову|again|de\s+nuevo)\b|"
    # just once, to celebrate ("use once to celebrate", "quiero celebrar con una vez", "разок
    # отметить")
    r"\b(us(e|ing)\s+(just\s+)?once|one\s+last\s+time|celebrat\w*|celebrar\w*|"
    r"una\s+(sola\s+)?vez|разок|один\s+раз|отметить|отпраздновать|відсвяткувати|відзначити)\b"
)
CHEMSEX = "chemsex"
# sex, a hook-up, or a man inviting one to a session, with the drugs of chemsex named
# a chill evening, a chill vibe: relaxed, no party ("a chill night with weed and beer")
_CHILL_NOUN = (
    r"(?:night|nights|evening|day|days|weekend|vibes?|time|afternoon|morning|one|movie|film|"
    r"music|place|spot|bar|pub|walk|drive|sesh\s+at\s+home|with\s+(?:friends|mates|family))\b"
)
_SEX_INVITE = re.compile(
    r"\b(sex\w*|секс\w*|чемсекс\w*|химсекс\w*|hook\s*ups?|grindr|гриндр\w*|pnp|"
    r"condoms?|гумк\w*|гандон\w*|презерватив\w*|condon\w*|preservativ\w*|"
    r"хлопець\s+кличе|хлопець\s+запрошує|парень\s+зов[её]т|парень\s+приглашает|з\s+хлопцями|"
    # meeting people in a dating app ("знакомлюсь в приложении", "з додатку для знайомств",
    # "tinder"): a hook-up, read only beside a chem like every word here
    r"tinder|тиндер\w*|тіндер\w*|hornet|хорнет\w*|scruff|"
    r"(знакомл\w*|познаком\w*|знайомл\w*|познайом\w*)\s+(в|у|через|по|з|із)\s+"
    r"(приложени\w*|прилож\w*|прилу\w*|додат\w*|застосунк\w*|сайт\w*|апк\w*|аппк\w*)|"
    r"(приложени\w*|додат\w*|застосун\w*|сайт\w*)\s+(для\s+)?(знакомств\w*|знайомств\w*)|"
    r"с\s+парнями|(a|this)\s+guy\s+(invited|asked)|un\s+(chico|vato|pibe)\s+me\s+invit\w*|"
    # Spain's word for a chemsex party, only beside a chem ("una sesión con tina y g")
    r"sesion|sesiones|"
    # sex said as the street says it, in Ukrainian and Russian ("трахаємось по добі на мєфі",
    # "перепихон под тиной"); never the windpipe ("трахея", "трахеит")
    r"трахат\w*|трахаю\w*|трахає\w*|трахаем\w*|трахал\w*|трахну\w*|трахне\w*|трахнул\w*|"
    r"трахнув\w*|трахались|трахалися|перетрах\w*|потрахат\w*|потрахал\w*|перепихон\w*|"
    r"перепихнут\w*|перепихнуц\w*|ебемс\w*|ебутс\w*|ебалис\w*|єбемос\w*|єбемс\w*|єбалис\w*|"
    r"ебатьс\w*|єбатис\w*|єбатьс\w*|секас\w*|"
    # a chemsex party called a chill ("going to a chill with tina and g", "me invitan a un chill")
    rf"(?:a|the|at)\s+chill(?:\s?out)?(?!\s+{_CHILL_NOUN})|chill\s?(?:party|parties|sesh)|"
    r"(?:un|al)\s+chill)\b"
)
_CHEMS = re.compile(
    r"\b(ghb|gbl|g|gina|джі|гхб|гбл|гэшк\w*|гешк\w*|tina|тін[аоиу]\w*|тин[аоыу]\w*|меф\w*|мєф\w*|"
    r"мівк\w*|мефедрон\w*|meth|crystal|chems|mephedrone|meow|мет|мета|мету|cristal|"
    r"3-?mmc|4-?mmc|3-?ммс|4-?ммс|3-?ммц|4-?ммц|мяу|альфа\w*|соль|соли|солью|солі|сіль|сіллю)\b"
)


# using with the lads ("мет куримо з хлопцями", "нюхали с парнями"): friends using together,
# not a sex partner; read apart from the sex words
_USING_WITH_LADS = re.compile(
    r"\b(курим\w*|курил\w*|куря\w*|курю|курит\w*|нюха\w*|нюхн\w*|колем\w*|колол\w*|колют\w*|"
    r"колимо|бах\w*|юза\w*|вжива\w*|употребля\w*|пьем|пили|п'ємо|п'ю|жр\w*|закида\w*)\s+([^\W\d_]+\s+){0,2}?(з\s+хлопцями|с\s+парнями)\b"
)


def _sex_said(low: str) -> bool:
    """Sex, a hook-up or a session said (``_SEX_INVITE``), not the lads one uses with."""
    return _SEX_INVITE.search(_USING_WITH_LADS.sub(" ", low)) is not None


def asks_chemsex(text: str) -> bool:
    """Sex (a hook-up, condoms, a session) with a chemsex drug named ("секс на мефі з
    партнерами", "на тіні з хлопцями"): chemsex, not the drug's own topic."""
    low = fold(text)
    return _sex_said(low) and _CHEMS.search(low) is not None


# asking how to find out ("how do I know", "как узнать", "як взнати", "cómo sé")
_KNOW_HOW = re.compile(
    r"\b(how\s+(do|can|would)\s+(i|you|we)\s+(know|tell|find\s+out|check)|how\s+to\s+(know|tell|"
    r"find\s+out|check)|any\s+way\s+to\s+(know|tell|find\s+out|check)|"
    r"как\s+(узнать|понять|проверить|определить)|як\s+(взнати|узнати|дізнатися|дізнатись|"
    r"зрозуміти|перевірити|визначити|понять|узнать|проверить|провірить)|"
    r"como\s+(se|saber|puedo\s+saber|compruebo|comprobar|pruebo|"
    r"testeo|chequeo|reviso)|(testear|chequear)\s+(la|el|mi|las|los|mis)\s+\w+|"
    # the thing said as a pronoun ("como lo compruebo"), or a place that would check it ("hay
    # donde me las revisen", "algun sitio que las chequen")
    r"como\s+(lo|la|los|las)\s+(compruebo|comprobamos|chequeo|reviso|testeo|pruebo)|"
    r"(donde|sitio|lugar)\s+(que\s+|donde\s+)?(me\s+|te\s+|nos\s+)?(lo|la|los|las)\s+"
    r"(revis|chequ|cheque|analic|analiz|teste)\w*|"
    r"(any\s+)?way\s+to\s+see|"
    # a kit asked to tell ("qué reactivo uso para saber si", "which test tells me if")
    r"(para|pa)\s+saber\s+si|(me|te|nos)\s+dice\s+si|to\s+(see|tell|check|know)\s+if|tells?\s+(me\s+|you\s+)?if)\b"
)
# ... that it is really what it was sold as ("саме МДМА, а не якусь хімію", "реально меф")
_REALLY_IS = re.compile(
    r"\b(real\s+(molly|mdma|coke|cocaine|xanax|ket|ketamine|"
    r"speed|meth|pills?)|is\s+(real|legit|genuine)|what'?s\s+(really|actually)\s+in|"
    r"not\s+something\s+else|real\s+or\s+fake|fake\s+or\s+real|from\s+a\s+fake|"
    r"(продали|купил\w*|взял\w*|пакет\w*)\b.{0,30}\b(реально|действительно|точно)|"
    r"а\s+не\s+(какая|какую|какой|какое)[\s-]*то\s+(дрянь|хими\w*|бодяг\w*|подделк\w*|гадост\w*)|"
    r"а\s+не\s+что[\s-]*то\s+другое|"
    # or not a fake ("реально мдма а не левак", "а не лівак", "а не паль")
    r"а\s+не\s+(левак\w*|лівак\w*|левое|левую|ліве|паль|палью|фуфло|фуфл\w*|подделк\w*|підробк\w*)|"
    r"(продали|купив|купила|взяв|взяла|пакет\w*)\b.{0,30}\b(саме|справді|точно|дійсно)|"
    r"а\s+не\s+(якусь|якийсь|якась|якесь)\s+(хімі\w*|гидот\w*|бодяг\w*|підробк\w*|дрянь|бяк\w*|"
    r"лажа|лажу|фігн\w*|херн\w*)|"
    # "як перевірити шо це реально мдма"
    r"(що|шо)\s+(це|то)\s+(реально|справді|насправді|точно|дійсно)\s+\w+|"
    r"а\s+не\s+щось\s+інше|"
    # what is really in it ("шо реально в таблетці", "что на самом деле в порошке")
    r"(що|шо|што|что|чо)\s+(там\s+)?(реально|насправді|на\s+справді|справді|дійсно|"
    r"на\s+самом\s+деле|действительно)\s+(є\s+)?(в|у|всередині|внутри|намішано|намешано)\b|"
    r"(vendieron|compre|me\s+dieron)\b.{0,30}\b(de\s+verdad|realmente|original)|"
    # "si la tacha tiene mdma de verdad", "if my pills actually have mdma", "is really ket"
    r"(tiene|tienen|lleva|llevan)\s+(\w+\s+){0,2}de\s+verdad|"
    r"(is|are|has|have)\s+(really|actually)\s+(got\s+)?(mdma|molly|mandy|md|ket|ketamine|coke|cocaine|meth|"
    r"speed|xanax|oxy\w*|fent\w*|heroin|lsd|acid|pure)|(really|actually)\s+(contains?|has|have)|"
    r"es\s+\w+\s+de\s+verdad|y\s+no\s+otra\s+cosa|falsa?s?\s+o\s+(real|original)\w*|"
    # whether something else is in it ("para ver si tiene algo raro", "see if there's anything
    # in it", "чи нема там чогось", "нет ли там чего")
    r"si\s+(tiene|trae|lleva)\s+algo\s+(raro|mas|malo|cortado)|"
    r"que\s+(tiene|trae|lleva)\s+(adentro|dentro)|"
    r"see\s+if\s+(it'?s|there'?s|its|theres)\s+(anything|something|cut|laced)|"
    r"нет\s+ли\s+(там|в\s+нем|в\s+нём)\s+(чего|чего-то|чего-нибудь)|"
    r"чи\s+(нема|немає)\s+(там|в\s+ньому)\s+(чогось|якоїсь))\b"
)
_SIGNS_ASKED = re.compile(
    r"\b(sign|signs|symptom\w*|how\s+(can\s+you|do\s+you|to|do\s+i)\s+(tell|know)|recogni\w*|"
    r"признак\w*|симптом\w*|как\s+понять|как\s+узнать|как\s+распознать|"
    r"ознак\w*|як\s+зрозуміти|як\s+дізнатися|як\s+розпізнати|"
    r"senal\w*|sintoma\w*|como\s+saber|como\s+se\s+si|como\s+reconocer)"
)
# what an overdose looks like, told apart from being very high ("what does an od look like next
# to a heavy nod", "cómo se ve una sobredosis comparado con estar muy colocado", "cómo distingo")
_TELL_APART = re.compile(
    r"\b(look\w*\s+like|difference|tell\s+(it\s+)?apart|como\s+se\s+ve\w*|distingu\w*|distingo|"
    r"diferenci\w*|comparad[oa]\s+con)"
)
OVERDOSE_RESPONSE = "overdose-response"
ALCOHOL_WITHDRAWAL = "alcohol-withdrawal"
BENZO_WITHDRAWAL = "benzodiazepine-withdrawal"
# the depressants' own topics: with one depressant named and no mix, the substance's topic comes
# before the mix of depressants ("трамадол швидко підсаджує? п'ю від болю в спині")
DEPRESSANT_TOPICS = (
    "tramadol",
    "benzodiazepines",
    "benzodiazepine-withdrawal",
    "pregabalin",
    "ghb-gbl",
    "alcohol-withdrawal",
)


# mixing asked in a verb or an adverb (not a bare "with"): "смешивать", "together", "junto"
_MIX_VERB = re.compile(
    r"\b(mix\w*|together|combin\w*|смешива\w*|смешать|меша\w*|вместе|комбинац\w*|"
    r"мішати|міша\w*|змішува\w*|разом|mezcl\w*|junt\w*)\b"
)


def one_depressant_no_mix(text: str) -> bool:
    """Exactly one depressant is named and no mixing is asked ("п'ю трамік на роботі, це вже
    залежність?"): the substance's own topic, not the mix of depressants."""
    folded = fold(text)
    return depressants_named(folded) == 1 and _MIX_VERB.search(folded) is None


# methadone, heroin or another opioid named (the street-methadone topic is theirs)
def names_opioid(text: str) -> bool:
    """An opioid is named ("метадон", "heroin", "fent")."""
    return _DEPRESSANTS[2].search(fold(text)) is not None


KETAMINE = "ketamine"
SAFER_SNORTING = "safer-snorting"
# the bladder and passing water ("пече коли пісяю", "в туалет бегать с болью", "it hurts to pee")
_BLADDER = re.compile(
    r"\b(bladder|pee|peeing|piss\w*|urin\w*|cystitis|мочев\w*|моч[аиу]|писать|пісяю|пісяти|"
    r"писаю|сцат\w*|в\s+туалет|до\s+туалету|сечов\w*|сеч[аіу]|цистит\w*|vejiga|orin\w*|mear|meo)\b"
)


def asks_ketamine_bladder(text: str) -> bool:
    """Ketamine named beside the bladder or passing water: ketamine's own topic (its harm to
    the bladder), not safer snorting."""
    folded = fold(text)
    return (
        _BLADDER.search(folded) is not None
        and re.search(r"\b(ket\w*|кет\w*|keta\w*|special\s+k)\b", folded) is not None
    )


def names_benzodiazepine(text: str) -> bool:
    """A benzodiazepine is named ("кинув бензи", "quit clonazepam")."""
    return _DEPRESSANTS[0].search(fold(text)) is not None


# the topics of one stimulant: "overdid coke" is their overdose topic's question
COCAINE = "cocaine"
STIMULANT_TOPICS = (COCAINE, "methamphetamine", "cathinones", "salts-alpha-pvp")
OPIOID_WITHDRAWAL = "opioid-withdrawal"
# opioid topics with no withdrawal of their own: stopping heroin, fentanyl or street methadone
# is opioid withdrawal ("me quiero salir de la chiva")
OPIOID_TOPICS = (
    "street-methadone-heroin",
    "fentanyl",
    "nitazenes",
    "overdose-signs-opioids",
    "desomorphine",
)
# a substance whose own topic covers stopping it: "withdrawals off tramadol", "трамал бросаю,
# ломает" are the tramadol topic's (its taper, seizures), not opioid withdrawal in general
OWN_WITHDRAWAL = {
    "tramadol": re.compile(
        r"\b(tramadol\w*|tramal\w*|trammies|ultram|zydol|трамадол\w*|трамал\w*)\b"
    ),
    # Russian, the withdrawal of it: "ломка от лирики", "ломает без спайса", "лирику бросил"
    # (both topics say how stopping goes), never "кумар, лирику пить?" (taken for another's)
    "pregabalin": re.compile(
        r"\b(от|после|без|с)\s+(\w+\s+)?(лирик\w*|лирон\w*|прегабалин\w*)\b|"
        r"\b(лирик\w*|лирон\w*|прегабалин\w*)\s+(\w+\s+)?(бросил\w*|бросаю|бросать|слез\w*)"
    ),
    "synthetic-cannabinoids": re.compile(
        r"\b(от|после|без|с)\s+(\w+\s+)?(спайс\w*|мамб\w*)\b|"
        r"\b(спайс\w*|мамб\w*)\s+(\w+\s+)?(бросил\w*|бросаю|бросать|слез\w*)"
    ),
}
# these only when no opioid is named: "лирикой глушу ломку от геры" is opioid withdrawal
_OWN_WITHDRAWAL_ALONE = ("pregabalin", "synthetic-cannabinoids")
_STREET_OPIOID_RU = re.compile(r"\b(гер[аыуеой]\w*|герыч\w*|ханк\w*|ширк\w*|хмур\w*|опиат\w*)\b")


def own_withdrawal_topic(text: str) -> str | None:
    """The topic of a substance named in the message that covers stopping it, if any."""
    folded = fold(text)
    opioid = None
    for topic, pattern in OWN_WITHDRAWAL.items():
        if not pattern.search(folded):
            continue
        if topic in _OWN_WITHDRAWAL_ALONE:
            if opioid is None:
                opioid = names_opioid(folded) or _STREET_OPIOID_RU.search(folded) is not None
            if opioid:
                continue
        return topic
    return None


# drinking alcohol, in the words people use for it (never a bare "пить"/"take", which are pills
# too): with a stopping word, the question is alcohol's withdrawal
_ALCOHOL = re.compile(
    r"\b("
    r"alcohol\w*|drink(s|ing|er)?|drank|booze|boozing|drunk|liquor|vodka|whiske?y|beer\w*|wine|"
    r"rum|gin|tequila|a\s+fifth|fifths|hangover\w*|"
    r"алкогол\w*|водк\w*|водяр\w*|пив[оа]|пиво|вино|вина|бух(ать|аю|ал|ала|ло|ла|аешь)\w*|"
    r"запо[йяею]\w*|выпивк\w*|спиртн\w*|(брос\w*|завяз\w*|перестат\w*|перестал\w*)\s+пить|"
    r"пью\s+(каждый|кажд|много|давно|уже)\w*|алкаш\w*|бухл\w*|"
    r"алкогол\w*|горілк\w*|горiлк\w*|запі[йю]\w*|бухати|бухаю|бухав\w*|"
    r"(кину\w*|кида\w*|перестав\w*|переста\w*)\s+пити|п'ю\s+(кожн|багато|давно|вже)\w*|"
    r"bebo|beber|bebiendo|bebida\w*|tomando|tomar|tomo|chupar|chupando|chupe|pisto|peda|"
    r"cerveza\w*|vino|vodka|tequila|mezcal|ron|cruda(?!\s+de\s+(?:la\s+|el\s+)?(?:chiva|heroina|fenta\w*|goma|caballo|jaco|morfina|oxi\w*))|borrach\w*|alcohol\w*"
    r")\b"
)
# someone took too much (not the overdose steps or signs words alone)
_OVERDOSE = re.compile(
    r"\b("
    r"overdos\w*|od|ods|od'?d|o\.d\.?|too\s+much|overdid|overdone|"
    r"передоз\w*|передозн\w*|перебрал\w*|перебор\w*|"
    r"передозув\w*|передознув\w*|перебра\w*|пережр\w*|переборщ\w*|"
    r"sobredosis|se\s+pas(o|a|aron|an)|pasad[oa]\s+de|se\s+(le|me)\s+paso\s+la\s+mano|"
    # overdid it with something ("si me pasé con el perico", "si me he pasado con el speed")
    r"(me|te|nos)\s+pas(e|aste|amos)\s+con|(me|te|se|nos)\s+(he|has|ha|hemos|han)\s+pasado\s+con|"
    # ... and in the present or as a verb ("me paso con el speed", "me estoy pasando con la farlopa",
    # "señales de pasarse con")
    r"pasar(se|te|me)\s+con|(me|te)\s+pas(o|as)\s+con|(me|te|se|nos)\s+(estoy|estas|esta|estamos|estan)\s+pasando\s+con|"
    # ... "de" a stimulant named ("se está pasando de speed"; never "pasando de listo")
    r"(me|te|se|nos)\s+(estoy|estas|esta|estamos|estan|estaba)\s+pasando\s+de\s+(la\s+|el\s+)?"
    r"(coca|perico|farlopa|speed|cristal|tina|anfeta\w*|mefe|merca|piedra|crack|tusi)|"
    # overheating on a stimulant ("golpe de calor por coca")
    r"golpe\s+de\s+calor|heat\s*stroke|тепловой\s+удар|тепловий\s+удар"
    r")\b"
)

# a body overheating said in plain English words ("gets way too hot", "burning up", "temperature
# going through the roof"); never the weather nor a room ("too hot in the club" says nothing of a
# body: only with a person getting hot). The Spanish words ("golpe de calor", "se le sube la
# temperatura", "ardiendo") were tried and left out: with them one Spanish -aside message was lost
# (bench/search_asides.py, es 582 -> 581/634)
_BODY_OVERHEATING = re.compile(
    r"\b("
    r"overheat\w*|heat\s*stroke|burning\s+up|"
    r"(?:gets?|getting|got|gone|went|goes|is|was|feels?|felt|running|ran)\s+(?:\w+\s+)?(?:too|so|super|"
    r"really|very)\s+hot|"
    r"temperature\s+(?:\w+\s+){0,2}?(?:up|high|spik\w*|ris\w*|soar\w*|climb\w*|through\s+the\s+roof)|"
    r"(?:high|rising|soaring|spiking)\s+(?:body\s+)?temperature"
    r")\b"
)
# ecstasy by its street and plain names ("pingers", "pastis", "tachas"): a stimulant whose
# overheating is the stimulant overdose
_ECSTASY = re.compile(
    r"\b(mdma|molly|mandy|ecstasy|xtc|pills|pingers|beans|disco\s+biscuits|"
    r"pastis?|pastillas?|pastillitas?|tachas?|rulas?|extasis|eme|emes)\b"
)


def asks_overheating(text: str) -> bool:
    """A body overheating on a stimulant or ecstasy, said in plain words ("gets way too hot on
    speed", "burning up on pingers"): the stimulant overdose."""
    folded = fold(text)
    return _BODY_OVERHEATING.search(folded) is not None and (
        _STIMULANT.search(folded) is not None or _ECSTASY.search(folded) is not None
    )


# Overamping said by its signs in Russian or Ukrainian: a racing heart ("сердце колотится под
# 180", "серце вистрибує", "пульс 160") together with heat or shaking ("жарко", "весь горячий",
# "трясёт", "трусить"); one sign alone is not enough ("сердце колотится после мефа, это норм?")
_RACING_HEART = re.compile(
    r"\b((сердце|сердечко|серце|серденько)\s+(\w+\s+){0,2}?(колот\w*|калата\w*|выпрыгива\w*|"
    r"вистрибу\w*|выскакива\w*|вискаку\w*|скач\w*|шпар\w*|долбит|долбится|молот\w*|"
    r"тарахт\w*|хреначит|бахка\w*|гупа\w*)|пульс\s+(\w+\s+)?1[4-9]\d|пульс\s+под\s+1[4-9]\d)"
)
_HEAT_OR_SHAKING = re.compile(
    r"\b(жарко|жар|жарит|горячий|горячая|горячее|горю|горит|гаряч\w*|пашить|печет|пече|"
    r"трясет|трясти|трясучка|колотит|трусить|трусит|трусило|трясло|температур\w*|"
    r"судорог\w*|судом\w*)\b"
)


# the other signs of a body giving out on a stimulant, read only with heat: a splitting head, a
# twitching limb ("дуже гаряча, голова розколюється і рука сіпається", "горячий и дёргается")
_HEAD_OR_TWITCH = re.compile(
    r"\b(голова\s+(\w+\s+)?(розколю\w*|раскалыва\w*|разрыва\w*|розрива\w*)|"
    r"сіпа\w*|смика\w*|дергает\w*|дергаю\w*|дергае\w*|дергается)\b"
)
_HEAT = re.compile(
    r"\b(жарко|жар|жарит|горячий|горячая|горю|горит|гаряч\w*|пашить|температур\w*)\b"
)


def asks_overamping_signs(text: str) -> bool:
    """A racing heart with heat or shaking after a stimulant, in Russian or Ukrainian words
    ("після фену серце вистрибує і всього трусить"), or heat with a splitting head or a twitching
    limb ("після амфу дуже гаряча, голова розколюється"): the stimulant overdose."""
    folded = fold(text)
    if _STIMULANT.search(folded) is None:
        return False
    return (
        _RACING_HEART.search(folded) is not None and _HEAT_OR_SHAKING.search(folded) is not None
    ) or (_HEAD_OR_TWITCH.search(folded) is not None and _HEAT.search(folded) is not None)


# one drug taken to soften a stimulant comedown ("бензы чтобы отходняк сгладить", "феназепам на
# отходняк", "щоб відходняк зняти"): the comedown is no withdrawal of the drug taken for it
_COMEDOWN = r"(отходняк\w*|отходос\w*|відходняк\w*|comedowns?|come\s?downs?)"
_EASE = (
    r"(сгладит\w*|сглажива\w*|смягчит\w*|снять|снимать|сбить|перебит\w*|облегчит\w*|"
    r"згладит\w*|зняти|знімати|збити|пом'якшит\w*|полегшит\w*|ease|soften)"
)
_COMEDOWN_AID = re.compile(
    rf"\b((на|для|от|від|під)\s+{_COMEDOWN}|{_COMEDOWN}\s+([^\W\d_]+\s+)?{_EASE}|"
    rf"{_EASE}\s+([^\W\d_]+\s+)?{_COMEDOWN}|(for|to take the edge off)\s+(the\s+|my\s+|a\s+)?"
    rf"{_COMEDOWN})\b"
)


def asks_comedown_aid(text: str) -> bool:
    """A drug taken to soften a comedown ("бензы чтобы отходняк сгладить", "xanax for the
    comedown"): the drug's own topic, not its withdrawal."""
    return _COMEDOWN_AID.search(fold(text)) is not None


# One drug compared to another ("мяу ... кажуть як екстазі тільки дешевше", "it's like coke but
# cheaper", "es como el éxtasis pero"): the words after the comparison name the drug it is
# compared to, not the one asked about. An unambiguous marker ("similar to", "похоже на",
# "parecido a") is enough; a word that also means "how", "as" or is a filler ("как/як/como",
# "типа/типу/tipo", "вроде", "ніби") counts only after a word that says it is a likeness ("кажуть
# як", "it's like", "es como") or with a "but" after the drug ("як екстазі тільки дешевше").
_LIKENESS = (
    r"(similar\s+to|same\s+as|compared\s+(to|with)|alternative\s+to|похож\w*\s+на|"
    r"наподобие|аналог\w*|заменител\w*|схож\w*\s+на|подібн\w*\s+на|замінник\w*|"
    r"parecid\w*\s+a|similar\s+a|igual\s+que|"
    # the same thing as another ("спайс це та сама трава?", "соль это то же самое что меф?")
    r"то\s+же\s+самое(?:\s+что)?|тот\s+же\s+самый|та\s+же\s+самая|та\s+сама|той\s+самий|"
    r"те\s+саме(?:\s+що)?|the\s+same\s+thing\s+as|lo\s+mismo\s+que)"
)
_LIKE_AFTER = (
    r"(feels?|felt|it'?s|its|is|are|was|sounds?|looks?|acts?|works?|hits?|kinda|kind\s+of|"
    r"sort\s+of|just|basically|supposedly|something|говорят|кажется|это|прямо|почти|"
    r"действует|прет|штырит|кажуть|каже|це|діє|пре|такий|таке|такое|такой|es|"
    r"sería|seria|parece|pega|dicen|algo|casi|se\s+siente)"
)
# a vague product said to be like a drug ("мікс типу трави", "порошок вроде кокса", "хрень типа
# спайса"): the words compared to go, the product stays; never "how" ("порошок как растворить")
_PRODUCT = (
    r"(мікс\w*|микс\w*|порошок|порошк\w*|штук[аиу]|хрін\w*|хрен\w*|хрень|фігн\w*|херн\w*|дурь)"
)
_PRODUCT_LIKE = re.compile(
    rf"\b{_PRODUCT}\s+(типу|типа|по\s+типу|вроде|ніби|наче|неначе|будто)\s+[^\W\d_][\w'-]*"
)
_BARE_LIKE = r"(как|як|como|типа|типу|по\s+типу|вроде|будто|ніби|наче|неначе|tipo)"
_BUT = r"(but|only|тільки|лише|але|только|но|pero|solo|nomas|nada\s+mas)"
_ARTICLE = r"(the\s+|a\s+|el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?"
_COMPARED = re.compile(
    rf"\b({_LIKENESS}\s+{_ARTICLE}[^\W\d_][\w'-]*|"
    rf"{_LIKE_AFTER}\s+({_BARE_LIKE}|like)\s+{_ARTICLE}[^\W\d_][\w'-]*|"
    rf"{_BARE_LIKE}\s+{_ARTICLE}[^\W\d_][\w'-]*(?=,?\s+{_BUT}\b))"
)


# hooked on a drug as on another ("на трамадол можно подсесть как на герыч?", "залежність від
# лірики як від гери", "підсів на неї як на метадон"): a verb or noun of getting hooked, then "as
# on / as from" a drug; only the drug after "как на / як від" is compared
_HOOKED = (
    r"(подс[еяі]\w*|подсаж\w*|підс[іи]\w*|підсад\w*|зависим\w*|залежн\w*|привыка\w*|привык\w*|"
    r"звика\w*|звик\w*|зависа\w*|зависн\w*|зависну\w*|втяг\w*)"
)
_HOOKED_LIKE = re.compile(
    rf"\b{_HOOKED}\s+([^\W\d_][\w'-]*\s+){{0,3}}?"
    r"(?P<cmp>(как|як)\s+(на|от|від|с|з|со|зі)\s+[^\W\d_][\w'-]*)"
)


def _hooked_away(text: str) -> str:
    return _HOOKED_LIKE.sub(lambda m: m.group(0)[: m.start("cmp") - m.start()], text)


def compared_parts(text: str) -> tuple[str, str] | None:
    """(the message without its comparisons, the words compared to), folded; None when the
    message compares nothing or asks a mix ("меф как экстази, можно их вместе?")."""
    folded = fold(text)
    found = [m.group(0) for m in _COMPARED.finditer(folded)]
    for m in _PRODUCT_LIKE.finditer(folded):
        like = m.group(0)[len(m.group(1)) :].strip()
        if not any(like in f for f in found):
            found.append(like)
    for m in _HOOKED_LIKE.finditer(folded):
        if not any(m.group("cmp") in f for f in found):
            found.append(m.group("cmp"))
    if not found or _MIX_VERB.search(folded) is not None:
        return None
    kept = _PRODUCT_LIKE.sub(lambda m: m.group(1) + " ", _hooked_away(folded))
    return _COMPARED.sub(" ", kept), " ".join(found)


TEST_TOPICS = ("reagent-tests", "drug-checking", "fentanyl-test-strips")
# infections people get tested for
INFECTION_TOPICS = ("hepatitis-c", "hiv-prep-pep")
NALOXONE = "naloxone"
SAFER_INJECTING = "safer-injecting"
SYRINGE_DISPOSAL = "syringe-disposal"
SAFER_SMOKING = "safer-smoking"
FENTANYL_STRIPS = "fentanyl-test-strips"
FENTANYL = "fentanyl"
# someone "goes over" (en slang for an overdose), said with what to do
_GOES_OVER = re.compile(r"\b(go(es|ne)?|went|going)\s+over\b")

# using a needle or a syringe again ("use the same needle twice", "промыть шприц и уколоться
# ещё раз", "reutilizar la jeringa"): how to inject more safely, not where to throw it away
_REUSE = re.compile(
    r"\b(reus\w*|re-us\w*|same\s+(needle|syringe|rig|pin|works)|twice|more\s+than\s+once|"
    r"(ещ[её]|ще)\s+раз|повторно|дважды|двічі|несколько\s+раз|сколько\s+раз|кілька\s+разів|"
    r"скільки\s+разів|тем\s+же\s+(шприцом|шприцем)|тим\s+самим\s+(шприцом|шприцем)|"
    r"одн(ой|у|им|ою)\s+(игл\w*|шприц\w*|голк\w*)|"
    r"reutiliz\w*|dos\s+veces|otra\s+vez|misma\s+(jeringa|aguja)|varias\s+veces)\b"
)
# a pipe shared or one's own ("compartir la pipa", "свою трубку кожен раз"): safer smoking,
# not the drug smoked in it
_PIPE = re.compile(r"\b(pipes?|pipas?|трубк\w*|трубоч\w*|стекл(о|а|ом)|колб\w*)\b")
_SHARING = re.compile(
    r"\b(shar\w*|own|compart\w*|propia|делит\w*|по\s+кругу|сво(ю|я|ей)|одн(ой|у)\s+на|"
    r"ділит\w*|сво(ю|я|єю)|спільн\w*|общ(ую|ей|ая))\b"
)
# another adulterant named with the fentanyl strips ("does xylazine show up on fent strips"):
# that adulterant's topic tells whether the strips find it
_ADULTERANTS = (
    ("xylazine", re.compile(r"\b(xylaz\w*|xilac\w*|xilaz\w*|tranq|ксилаз\w*)")),
    (
        "nitazenes",
        # any nitazene by its compound name: iso-, proto-, meto-, etonitazene
        re.compile(r"\b\w*(nitaz\w*|nitac\w*|нитаз\w*|нітаз\w*)"),
    ),
    ("medetomidine", re.compile(r"\b(medetom\w*|медетом\w*)")),
)


def asks_reuse(text: str) -> bool:
    """The question is about using a needle or syringe again."""
    return _REUSE.search(fold(text)) is not None


# lips burnt, cracked or bleeding from a pipe or a bulb ("из лампочки курить, губы в ожогах",
# "se me queman los labios con la pipa", "lips cracking from a hot stem")
_LIPS = re.compile(r"\b(lips?|mouth|губ\w*|рот|рта|рту|ротом|labios?|boca)\b")
_LIP_HARM = re.compile(
    r"\b(burn\w*|blister\w*|crack\w*|bleed\w*|sore\w*|cut\w*|"
    r"ожог\w*|обжиг\w*|обожг\w*|трещ\w*|кровят|кровоточ\w*|волдыр\w*|"
    r"опік\w*|обпік\w*|опеч\w*|тріск\w*|кровл\w*|кровоточ\w*|пухир\w*|"
    # the verb of burning ("як не попекти губи", "губи печуть від скла", "обжечь губы")
    r"попек\w*|обпек\w*|попеч\w*|обпеч\w*|пече|печуть|печет|пекут|обжеч\w*|жжет|"
    r"quem\w*|ampoll\w*|agriet\w*|sangr\w*|lastim\w*)\b"
)
_SMOKED = re.compile(
    r"\b(smok\w*|pipes?|stems?|bulb|курит\w*|курю|курил\w*|трубк\w*|стекл\w*|лампочк\w*|"
    r"колб\w*|курит\w*|курю|куриш\w*|трубк\w*|скля\w*|лампочк\w*|"
    r"fum\w*|pipa\w*|bombill\w*|foco)\b"
)


def asks_pipe_injury(text: str) -> bool:
    """Lips hurt by smoking from a pipe: safer smoking."""
    folded = fold(text)
    return bool(_LIPS.search(folded) and _LIP_HARM.search(folded) and _SMOKED.search(folded))


# a pipe, a stem or foil named with a safer way to smoke asked ("safest way to smoke rock, my
# pipe keeps cracking", "el crack en pipa de vidrio como se fuma con menos daño"): safer smoking,
# not the drug smoked
_SMOKING_KIT = re.compile(
    r"\b(pipes?|stems?|foil|tinfoil|pipas?|pipita\w*|papel\s+(de\s+plata|aluminio)|en\s+plata|"
    r"трубк\w*|фольг\w*)\b"
)
_SAFER_SMOKE = re.compile(
    r"\b((safe|safer|safest|less\s+(risky|harm\w*|damag\w*|dangerous))\s+(\w+\s+){0,3}smok\w*|"
    r"smok\w*\s+(\w+\s+){0,4}(safe|safer|safest|less\s+(risky|harm\w*|damag\w*))|"
    r"(fum\w*)\s+(\w+\s+){0,4}(con\s+)?(menos\s+(da[nñ]o|riesgo|peligro)|mas\s+segur\w*|segur\w*)|"
    r"(menos\s+(da[nñ]o|riesgo|peligro)|mas\s+segur\w*)\s+(\w+\s+){0,3}fum\w*|"
    r"как\s+(безопасн\w+|менее\s+вредно)\s+кур\w*|як\s+безпечн\w+\s+кур\w*)\b"
)


# a smoking pipe that cracked, chipped or broke ("la pipa de cristal se me rajó, la sigo usando",
# "my glass pipe has a chip in it", "трубка треснула, можно дальше курить"): safer smoking (cracked
# glass cuts and burns the lips). The pipe is a smoking one: "pipa" in Spanish, a glass, crack,
# meth or bubble pipe or a stem in English (a bare "pipe" cracks under a sink), a smoking tube or
# flask in Russian and Ukrainian; a water pipe or truck ("la pipa de agua"), a tobacco pipe and
# sunflower seeds are none.
_SMOKING_PIPE = re.compile(
    r"\b(pipa|pipita|(?:glass|crack|meth|bubble|pyrex|smoking|oil)\s+pipes?|stems?|"
    r"трубк\w*|трубочк\w*|колб\w*|люльк\w*)\b"
)
_PIPE_DAMAGE = re.compile(
    r"\b(crack\w*|chip|chips|chipped|broke|broken|split|shatter\w*|"
    r"raj\w*|rot[ao]|romp\w*|quebr\w*|estrell\w*|astill\w*|partid[ao]|fisur\w*|desportill\w*|"
    r"трещ\w*|тресн\w*|треска\w*|разбил\w*|разбит\w*|скол\w*|откол\w*|лопн\w*|"
    r"тріс\w*|тріщ\w*|розбил\w*|розбит\w*|відкол\w*|лусн\w*)\b"
)
_NOT_SMOKING_PIPE = re.compile(
    r"\b(de\s+agua|del\s+agua|water|tabac\w*|tobacco|girasol|sunflower|sink|plumb\w*|"
    r"телефон\w*|лаборатор\w*|химич\w*|хімічн\w*|трубку\s+(?:не\s+)?(?:брал|бере|берет|взял|взяв)\w*|"
    r"stems?\s+(?:of|on)\s+(?:my|the)\s+(?:glasses|flower|plant|rose)\w*|glasses|flowers?|plants?)\b"
)


def asks_pipe_damage(text: str) -> bool:
    """A smoking pipe that cracked, chipped or broke: safer smoking (whether to keep using it)."""
    folded = fold(text)
    return bool(
        _SMOKING_PIPE.search(folded)
        and _PIPE_DAMAGE.search(folded)
        and not _NOT_SMOKING_PIPE.search(folded)
    )


def asks_safer_smoking(text: str) -> bool:
    """A pipe or foil named with a safer way of smoking asked: safer smoking."""
    folded = fold(text)
    return bool(_SMOKING_KIT.search(folded) and _SAFER_SMOKE.search(folded))


# smoked with a can, foil, a pipe, a bottle or a bulb ("fumar piedra con la lata", "smoking it off
# foil"): how it is smoked, the safer-smoking question, not the drug smoked; a room, a car or a
# place to smoke in names no kit. Spanish and English only for now: the same rule for "курить
# через/с/на ..." cost a Russian aside question (session 23), and so did a narrower one
# (the verb right before "с/из/через банки, бутылки", session 24)
_SMOKED_WITH_KIT = re.compile(
    r"\b(?:fum\w*\s+(?:\w+\s+){0,3}?(?:con|en|de|desde)\s+(?:(?:la|una|un|el|mi|su|unas|las)\s+)?"
    r"(?:latas?|latitas?|papel\s+(?:de\s+plata|aluminio)|aluminio|plata|pipas?|pipitas?|focos?|"
    r"botellas?)|"
    r"smok\w*\s+(?:\w+\s+){0,3}?(?:with|from|out\s+of|off|on|in|through)\s+(?:(?:a|an|the|my|some)\s+)?"
    r"(?:cans?|foil|tinfoil|pipes?|stems?|bottles?|light\s*bulbs?|bulbs?))\b"
)


# an effect asked about ("smoking crystal from a pipe makes me overheat, why"): the drug's question
_EFFECT_ASKED = re.compile(r"\b(why|makes?\s+me|por\s*que|me\s+(hace|pone|da))\b")


def asks_smoked_with_kit(text: str) -> bool:
    """Smoking with a can, foil, a pipe, a bottle or a bulb named, no effect asked: safer
    smoking."""
    folded = fold(text)
    return _SMOKED_WITH_KIT.search(folded) is not None and _EFFECT_ASKED.search(folded) is None


# A supply asked for with nothing named (session 24, misc: "де дістати щось нормальне", "where do
# i score", "dónde pillo algo", "у кого взять"): where to get or buy, and only filler words beside it
# ("something", "good", "here", a town comes after). No topic comes close to that: the no-answer
# buttons (the service finder, a peer) are the way on, not a drug topic offered as "near".
_SUPPLY_VERB = (
    r"(get|buy|score|cop|find|взять|достать|купить|найти|брать|дістати|взяти|купити|знайти|брати|"
    r"pillo|pillar|consigo|conseguir|compro|comprar|encuentro|encontrar|sells?|продает|продают|"
    r"продає|продають|vende|venden)"
)
_SUPPLY_BARE = re.compile(
    r"^\s*(?:(?:hey|hi|привет|привіт|hola|подскажите|підкажіть|скажите|скажіть|pls|please|plz|"
    r"пожалуйста|будь\s+ласка|porfa|por\s+favor)\s+)*"
    r"(?:where|who|где|у\s+кого|де|в\s+кого|donde|con\s+quien|quien)\s+"
    r"(?:(?:can|do|could|would|should|to|i|we|u|you|one|можно|можна|мне|мені|reckon|puedo|se\s+puede|"
    r"podemos|lo|la|los|las|me|le)\s+)*"
    + _SUPPLY_VERB
    + r"(?:\s+(?:some|something|any|stuff|good|decent|proper|normal\w*|here|around|around\s+here|"
    r"nearby|shit|gear|что-?нибудь|что-?то|щось|щось\s+нормальне|нормальн\w*|хорош\w*|тут|здесь|"
    r"тут|поблизу|рядом|algo|bueno|buena|aqui|aca|por\s+aqui|cerca|en\s+\w+|in\s+\w+|в\s+\w+|у\s+\w+))*"
    r"\s*[?!.]*\s*$"
)


def asks_supply_naming_nothing(text: str) -> bool:
    """Where to get or buy, with nothing named (the caller checks that no substance is)."""
    return _SUPPLY_BARE.search(fold(text)) is not None


def asks_pipe_sharing(text: str) -> bool:
    """The question is about sharing a pipe or having one's own."""
    folded = fold(text)
    return _PIPE.search(folded) is not None and _SHARING.search(folded) is not None


def adulterant_named(text: str) -> str | None:
    """The topic of an adulterant the message names (xylazine, nitazenes, medetomidine)."""
    folded = fold(text)
    return next((topic for topic, pattern in _ADULTERANTS if pattern.search(folded)), None)


STIMULANT_OVERDOSE = "stimulant-overdose"
OPIOID_OVERDOSE_SIGNS = "overdose-signs-opioids"


TREATMENT = "opioid-agonist-therapy"
# getting on a treatment (methadone or buprenorphine programme, substitution therapy)
_TREATMENT = re.compile(
    r"\b("
    r"suboxone|subutex|buprenorph\w*|bupe|sublocade|buvidal|methadone\s+(program\w*|clinic)|"
    # a prescription of methadone or buprenorphine (UK, Ireland, Australia: "get on a script")
    r"(get|getting|go|going|put|putting)\s+(\w+\s+)?(on|onto)\s+(a\s+)?(methadone\s+|bupe\s+|subs?\s+)?script|"
    r"(methadone|bupe|subs|suboxone)\s+script|"
    r"(oat|ost|mat)\s+(program\w*|clinic)|substitution\s+therap\w*|maintenance\s+treatment|"
    r"заместительн\w*|метадонов\w*\s+программ\w*|метадонк\w*|программ\w*\s+(озт|зпт)|бупренорф\w*|субоксон\w*|"
    r"замісн\w*|метадонов\w*\s+програм\w*|програм\w*\s+(озт|зпт)|бупренорфін\w*|"
    r"programa\s+de\s+(metadona|buprenorfina|mantenimiento)|buprenorfina|suboxona?|"
    r"tratamiento\s+(con|de)\s+(metadona|buprenorfina|sustitucion)|"
    # getting on it: "get on methadone", "сесть на метадон", "entrar a metadona"
    r"(get|go|start|getting|going|starting)\s+on\s+(methadone|bupe|buprenorph\w*)|"
    r"(сесть|попасть|встать|устроиться)\s+на\s+(метадон|программ)\w*|"
    r"(потрапити|стати|сісти)\s+на\s+(метадон|програм|зпт|озт)\w*|"
    r"(entrar|meterme|empezar|iniciar)\s+(a|en|con)\s+(la\s+|el\s+)?(metadona|buprenorfina|programa)"
    r")\b"
)


# coming down slowly: a taper is planned with the prescriber ("how do i come off methadone
# slowly", "как слезть с метадона потихоньку", "bajar de la metadona poco a poco")
_TAPER = re.compile(
    r"\b(slowly|gradually|bit\s+by\s+bit|taper\w*|step\s+by\s+step|"
    r"потихоньку|постепенно|понемногу|плавно|потихеньку|поступово|потроху|помалу|"
    r"poco\s+a\s+poco|gradualmente|de\s+a\s+poco|despacio)\b"
)


# coming off the treatment itself ("how do i come off methadone", "cómo dejar la metadona",
# "как слезть с метадона"): the treatment's topic (stopping with the prescriber, slowly, and the
# risk after), not withdrawal in general
_OFF_TREATMENT = re.compile(
    r"\b("
    r"(come|coming|came|get|getting|taper\w*|wean\w*|stop|stopping|quit\w*)\s+(off\s+)?"
    r"(of\s+)?(my\s+|the\s+)?(methadone|bupe|subs|suboxone|subutex|buprenorphine)|"
    r"(слезть|слезать|слезаю|соскочить|уйти|бросить|бросать|бросаю)\s+(с\s+)?"
    r"(метадон\w*|бупренорфин\w*|субутекс\w*|программ\w*)|"
    r"(злізти|злазити|злажу|зіскочити|піти|кинути|кидати|кидаю)\s+(з\s+)?"
    r"(метадон\w*|бупренорфін\w*|субутекс\w*|програм\w*)|"
    r"(dejar|dejo|deja|dejas|dejando|salir(me)?|bajar(me)?|reducir|quitarme)\s+(de\s+)?(la\s+)?"
    r"(metadona|buprenorfina|suboxone|subutex)"
    r")\b"
)


def asks_off_treatment(text: str) -> bool:
    """The message asks about coming off methadone or buprenorphine."""
    return _OFF_TREATMENT.search(fold(text)) is not None


def asks_taper(text: str) -> bool:
    """The message asks about coming off slowly."""
    return _TAPER.search(fold(text)) is not None


def asks_treatment(text: str) -> bool:
    """The message is about getting on methadone or buprenorphine treatment."""
    return _TREATMENT.search(fold(text)) is not None


STREET_METHADONE = "street-methadone-heroin"
# methadone got outside a programme: bought, off the street, from a friend
_STREET_SUPPLY = re.compile(
    r"\b(street|off\s+(the\s+street|a\s+guy|someone)|from\s+a\s+(friend|guy|mate|dealer)|bought|buy|buying|"
    r"уличн\w*|с\s+рук|купил\w*|купить|дали|у\s+барыг\w*|"
    # sold or handed over by someone ("знакомый продал метадон", "взял у знакомого")
    r"продал|продала|продали|(у|от)\s+знаком\w*|"
    r"вуличн\w*|з\s+рук|купив\w*|купити|у\s+барига\w*|с\s+улицы|з\s+вулиці|продают|продають|"
    r"de\s+la\s+calle|callejer\w*|en\s+la\s+calle|compr\w*|me\s+pas(o|aron)|de\s+un\s+(cuate|amigo|tipo|compa)|"
    # off a mate, with no prescription ("got some off a mate, never been on a script", "un compa
    # me vendió metadona sin receta")
    r"off\s+(a|my|some)\s+(mate|friend|bloke|fella|lad|guy|dealer)|(without|no|not\s+on|never\s+been\s+on)\s+a\s+"
    r"(script|prescription)|me\s+vendi\w*|sin\s+receta|"
    # someone else's take-home handed on ("un pana me pasa su metadona", "some of his methadone")
    r"me\s+(pasa|pasan|pasaba|da|dan|daba|regala|regalo|dio)\s+(\w+\s+)?(de\s+)?(su|sus)\s+(metadona|dosis)|"
    r"(some\s+of\s+)?(his|her|their)\s+(methadone|done|take[\s-]?homes?))\b"
)


# the dose of one's methadone or buprenorphine ("доза метадону мала, під вечір ламає", "my
# methadone dose doesn't hold till evening", "mi dosis de metadona se queda corta"): the dose is
# set with the programme, so the treatment's topic, not withdrawal in general
_TREATMENT_DOSE = re.compile(
    r"\b("
    r"(methadone|bupe|subs|suboxone|subutex|buprenorphine|метадон\w*|бупренорф\w*|субутекс\w*|"
    r"metadona|buprenorfina)\W+(\w+\W+){0,2}(dose|doses|dosage|доз\w*|dosis)|"
    r"(dose|doses|dosage|доз\w*|dosis)\W+(\w+\W+){0,2}(of\s+)?(de\s+(la\s+)?)?"
    r"(methadone|bupe|subs|suboxone|subutex|buprenorphine|метадон\w*|бупренорф\w*|субутекс\w*|"
    r"metadona|buprenorfina)"
    r")\b"
)


def asks_treatment_dose(text: str) -> bool:
    """The message is about the dose of one's methadone or buprenorphine (not bought outside)."""
    low = fold(text)
    return _TREATMENT_DOSE.search(low) is not None and _STREET_SUPPLY.search(low) is None


def asks_street_supply(text: str) -> bool:
    """The message is about a medicine got outside a programme (bought, from a friend)."""
    return _STREET_SUPPLY.search(fold(text)) is not None


ABOUT_BOT = "about-this-bot"
# the bot itself ("does this bot keep what I type", "бот хранит переписку"): what the bot keeps
# is its own topic even when the police are named too
_ABOUT_BOT = re.compile(
    r"\b(bot|this\s+chat|бот|бота|боту|ботом|боте|боті|этот\s+чат|этом\s+чате|цей\s+чат|цьому\s+чаті|"
    r"este\s+chat|"
    # the bot spoken to: "what i said in here", "вы мои переписки кому-нибудь передаёте",
    # "se borra también de vuestro lado"
    r"what\s+i\s+(said|say|type|typed|wrote|write)\s+(in\s+)?here|"
    r"вы\s+(мои\s+)?(переписк\w*|сообщени\w*)|ви\s+(мої\s+)?(переписк\w*|повідомлен\w*)|"
    r"(de|por)\s+vuestro\s+lado|(de|por)\s+su\s+lado|ustedes\s+(los\s+|las\s+)?(guardan|ven|leen)|"
    # what one writes here kept somewhere ("вы куда-то сохраняете что я пишу", "do you save what i
    # write", "guardan lo que escribo")
    r"(save|store|keep|log)\w*\s+what\s+i\s+(write|type|say)|"
    r"сохраня\w*\s+(то,?\s+)?что\s+я\s+пишу|зберіга\w*\s+(те,?\s+)?що\s+я\s+пишу|"
    r"передає\w*\s+мої\s+повідомлен\w*|передаете\s+мои\s+сообщени\w*|"
    r"guarda\w*\s+lo\s+que\s+escribo|"
    # who sees or reads what one writes here, where one's messages go, whether it is anonymous
    # ("хто бачить нашу переписку", "alguien lee lo que escribo acá", "is this anonymous")
    r"(sees?|reads?|видит|видят|читает|читают|бачить|бачать|чита[єю]|lee|leen|ve|ven)\s+"
    r"(\w+\s+){0,2}(что|що|what|lo\s+que)\s+(я\s+)?(тут\s+|here\s+)?"
    r"(пишу|write|type|ask|escribo|pregunto|pongo)|"
    r"(куда|куди)\s+(идут|йдуть|попадают|потрапляють)\s+(мои|мої)\s+(сообщени|повідомлен)\w*|"
    r"(передаете|передаєте)\s+(\w+\s+)?(данные|дані|переписк\w*)|"
    r"(is\s+this|this\s+is|esto\s+es|это|це)\s+(really\s+|de\s+verdad\s+|правда\s+)?"
    r"(anonymous|anonimo|анонимно|анонімно)|"
    r"(log|record|keep|save|store)\w*\s+(of\s+)?what\s+i\s+(ask|write|type|say)|"
    r"mis\s+mensajes\s+(aqui|aca)|"
    # who the bot is, who runs or pays for it ("а ви хто взагалі", "хто вас фінансує", "ви від
    # держави чи фонд?", "кто вы такие"), where what one writes goes ("куди йде те що я пишу")
    r"^(а\s+)?(хто|кто)\s+(ви|вы|ти|ты)\s+(такі|такие|такий|такой|взагалі|вообще)|"
    r"^(а\s+)?(ви|вы)\s+хто\b|"
    r"(хто|кто)\s+(вас|тебе)\s+(фінансу\w*|финансиру\w*|зробив|сделал|створив|создал|запустив|запустил|"
    r"утримує|содержит|спонсору\w*)|"
    r"(ви|вы)\s+(від|от)\s+(держав\w*|государств\w*|фонд\w*|мінздрав\w*|минздрав\w*|поліці\w*|полици\w*)|"
    r"(куди|куда)\s+(йде|иде|идет|идёт|потрапляє|попадает)\s+(те\s+|то\s+)?(шо|що|что)\s+я\s+пишу|"
    # who runs this ("is this run by the police or a charity", "who's behind this", "esto lo
    # lleva la policía o quién", "это ведёт полиция или кто")
    r"^(is\s+|are\s+)?(this|you)\s+(run|made|set\s+up|funded|paid\s+for)\s+by|"
    r"who\s*('?s|\s+is|\s+are)?\s+(runs?|running|behind|made|funds?|funding)\s+(this|it|you)\b|"
    r"^(is\s+this|are\s+you)\s+(from|with|part\s+of)\s+the\s+(police|cops|government|nhs|council)|"
    r"quien\s+(esta\s+detras\s+de|maneja|lleva|lleva\s+a\s+cabo|financia|hizo)\s+(esto|este\s+(bot|chat))|"
    r"^esto\s+lo\s+(lleva|maneja|hace)|"
    r"^(это|этот\s+чат)\s+(ведет|ведёт|делает|сделала?|финансирует)|"
    r"(кто|хто)\s+(за\s+этим|за\s+цим)\s+(стоит|стоїть)|"
    # Ukrainian: what the bot logs or sees of the person ("ви логуєте айпі?", "зберігаєте мій
    # номер телефону?", "бачите мою геолокацію"), the verb in the plural "you" said to the bot
    r"логуєте|логуєш|ведете\s+логи|логи\s+ведете|відстежуєте|"
    r"(бачите|зберігаєте|записуєте|передаєте|знаєте)\s+(\w+\s+)?(мій|мою|мої|моє)\s+"
    r"(айпі|ip|айпішник\w*|номер\w*|телефон\w*|геолокац\w*|локац\w*|нік\w*|акаунт\w*|дан\w*|ім'я)|"
    r"(бачите|зберігаєте|записуєте)\s+(айпі|ip|айпішник\w*|номер\w*\s+телефон\w*)|"
    # the same in Russian and English ("вы храните мой номер?", "сохраняете мою переписку", "do
    # you keep my number", "do you log my ip"), the bot spoken to in the plural "you"
    r"(видите|сохраняете|храните|записываете|передаете|знаете|сливаете)\s+(\w+\s+)?"
    r"(мой|мою|мои|мое)\s+(айпи|ip|номер\w*|телефон\w*|геолокац\w*|переписк\w*|сообщени\w*|"
    r"данн\w*|ник\w*|аккаунт\w*|имя)|"
    r"(do|will|would|can)\s+you\s+(guys\s+)?(keep|store|save|log|record|see|track)\s+(my|our)\s+"
    r"(number|phone|ip|messages|chats?|data|name|location|account|details|texts)|"
    # the bot asked whether it passes one's words to the police ("ментам не сольёте?", "полиции
    # передадите?", "would you give them to the cops"): said to "you", never the police's own doing
    r"(сольете|сливаете|передадите|передаете|сдадите|сдаете|настучите|стучите)\s+"
    r"(\w+\s+)?(ментам|полиции|мусорам|копам|легавым)|"
    r"(ментам|полиции|мусорам|копам|легавым)\s+(\w+\s+){0,3}"
    r"(сольете|сливаете|передадите|передаете|сдадите|сдаете|настучите|стучите)|"
    r"(will|would|do)\s+you\s+(guys\s+)?(give|pass|hand|send|share|leak|report)\s+(\w+\s+){0,3}"
    r"to\s+the\s+(cops|police|feds)|"
    # what one writes here, in Spanish ("se entera la policía de lo que escribo aquí")
    r"lo\s+que\s+(les\s+|te\s+)?(escribo|pongo|pregunto|mando|digo)\s+(aqui|aca|en\s+este\s+chat))\b"
)
# a drug-checking service asked about ("if i bring my pills to a testing service do the police
# find out", "если сдам таблетки на анализ"): the service's own topic, even with the police named
DRUG_CHECKING = "drug-checking"
_CHECKING_SERVICE = re.compile(
    r"\b(drug\s+check\w*|testing\s+service\w*|get\s+(it\s+|them\s+|my\s+\w+\s+)?tested|"
    r"драг\s*-?\s*чек\w*|на\s+анализ|на\s+(тестуванн\w*|перевірк\w*|аналіз)|"
    r"analisis\s+de\s+(sustancias|drogas)|a\s+analizar|servicio\s+de\s+analisis|"
    # a substance analysed, or a lab asked about ("аналіз речовин у лабораторії", "анализ
    # порошка", "send a sample off to a lab", "el laboratorio de energy control")
    r"(анализ|аналіз)\w*\s+(веществ\w*|речовин\w*|порошк\w*|таблет\w*|пігул\w*|образц\w*|зразк\w*)|"
    r"лаборатор\w*|lab|labs|laborator\w*|energy\s+control|"
    # a drug checked for what is in it ("проверить таблетки экстази на состав", "перевірити на
    # склад"): what checking is for, whoever does it
    r"(провер\w*|перевер\w*|перевір\w*|протест\w*|тестир\w*|тестува\w*)\s+(\w+\s+){0,3}?"
    r"на\s+(состав|склад|чистот\w*|примес\w*|домішк\w*)|"
    r"(analizar|analizan|analicen)\s+(la|las|el|los|mis|mi|una|un)\s+\w+|"
    # handed in or brought to be tested, the testers and their tent ("if i hand my pills in
    # for testing", "do the pill testing staff tell the cops", "the drug checking tent")
    r"in\s+for\s+(a\s+)?test\w*|(bring|take|hand|drop|send)\w*\s+(\w+\s+){0,3}(for|to\s+be)\s+test\w*|"
    r"(pill|drug|substance)\s+test\w*\s+(people|staff|workers|folks|guys|tent|stall|booth|site|service)|"
    r"(testing|checking)\s+(tent|stall|booth|site)|pill\s+testing|"
    r"(punto|carpa|stand|servicio)\s+de\s+(analisis|testeo)|testeo\s+de\s+(sustancias|pastillas|drogas))\b"
)


# a person's own drugs having been or being tested ("whats the point of getting my drugs tested",
# "had our pills tested at the festival"): drug checking, whoever tests; never blood or a body
# ("getting my bloods tested")
_OWN_DRUGS_TESTED = re.compile(
    r"\b(?:gett?ing|get|got|gets|had|having|have)\s+(?:my|our|the|your|their|these|those)\s+"
    r"(?:drugs|pills|gear|stuff|powder|baggie|bag|batch|sample|molly|mdma|coke|ket)\s+"
    r"(?:tested|checked|analy[sz]ed)\b"
)


def asks_own_drugs_tested(text: str) -> bool:
    """One's own drugs tested or to be tested, by whoever ("had our pills tested")."""
    return _OWN_DRUGS_TESTED.search(fold(text)) is not None


# a laboratory result for an infection ("la prueba de la hepatitis c salió reactiva", "me dio
# reactivo el vih"): a blood test, never a reagent kit's colour
_LAB_RESULT = re.compile(
    r"\b(?:(?:sali[oa]|sale|dio|da|resulto|ha\s+salido|me\s+salio)\s+(?:el\s+)?(?:reactiv[oa]|positiv[oa])|"
    r"(?:prueba|test|analisis)\s+(?:rapid[oa]\s+)?(?:de\s+)?(?:la\s+|el\s+)?(?:hepatitis|hepa|vih|hiv|sifilis)|"
    r"(?:hepatitis|hepa|vih|hiv)\s+(?:c\s+)?(?:me\s+)?(?:sali[oa]|dio|da)\s+(?:reactiv|positiv)\w*|"
    r"analisis\s+de\s+sangre|serologi\w*)"
)
_INFECTION = re.compile(r"\b(?:hepatitis|hepa|vhc|vih|hiv|sida|sifilis)\b")


# whether an infection passes through a shared thing ("гепатит передається через спільну
# трубочку?", "можно ли подхватить вич через общую трубку", "can you catch hep c from a shared
# straw"): the infection's question, not the kit's
_INFECTION_NAMED = re.compile(
    r"\b(?:гепатит\w*|вич|віл|спид\w*|сніду?|hepatitis|hep|hiv|vih|vhc|hcv|aids|sida)\b"
)
_PASSES_THROUGH = re.compile(
    r"\b(?:переда[её]т\w*|переда[её]тся|передаєт\w*|передається|передаються|передают\w*|"
    r"передача|заразит\w*|заразиться|заражени\w*|заразитися|зараж\w*|подхват\w*|підхоп\w*|"
    r"transmit\w*|transmission|spread\w*|catch|caught|contagi\w*|transmit\w*|"
    r"se\s+(?:pega|contagia|transmite))\b"
)


def asks_infection_passing(text: str) -> bool:
    """The message asks whether an infection named passes from one person to another (through a
    shared thing, or at all)."""
    folded = fold(text)
    return (
        _INFECTION_NAMED.search(folded) is not None
        and _PASSES_THROUGH.search(folded) is not None
        # how to use more safely so as not to catch it is the kit's ("як нюхати безпечніше, щоб
        # не підхопити гепатит")
        and _USE_SAFER.search(folded) is None
    )


_USE_SAFER = re.compile(r"\b(?:безпечн\w*|безопасн\w*|safer|safely|правильно|mas\s+segur\w*)\b")


def asks_lab_result(text: str) -> bool:
    """The message is about an infection's laboratory test or its result (Spanish: "reactivo" is
    a positive blood test there), never a reagent kit."""
    folded = fold(text)
    return _LAB_RESULT.search(folded) is not None and _INFECTION.search(folded) is not None


def asks_checking_service(text: str) -> bool:
    """The message asks about handing a drug in to be tested."""
    return _CHECKING_SERVICE.search(fold(text)) is not None


def asks_about_bot(text: str) -> bool:
    """The message is about the bot itself."""
    return _ABOUT_BOT.search(fold(text)) is not None


POLICE = "police-and-rights"
# "мусора" is the police in street words and the genitive of rubbish: rubbish taken out, sorted
# or piled up ("вывоз мусора", "мусора вывоз в снт", "пакеты для мусора"); never "мусора на
# улице", "от мусора", "мусора много" (the police met in the street, fled, around)
_RUBBISH = re.compile(
    r"\b(?:(?:вывоз\w*|вынос\w*|уборк\w*|сортировк\w*|переработк\w*|сжигани\w*|контейнер\w*|"
    r"бак\w*|пакет\w*|мешк\w*|мешок|куч[аиу]|гор[аыу]|свалк\w*|ведр[оа]|для|"
    r"строительного)\s+мусора|мусора\s+(?:вывоз\w*|вынос\w*))\b"
)
# the police: with needles, a stash or a drug, the question is the person's rights ("can the
# police take my needles"); never "мусор" (the trash, where needles also go)
_POLICE = re.compile(
    r"\b(police|policeman|cops?|officers?|arrest\w*|search\s+me|stop\s+and\s+search|"
    r"полици\w*|полицейск\w*|мент|менты|ментов|ментам|мусора|мусоров|обыск\w*|задержа\w*|"
    r"поліці\w*|поліцейськ\w*|обшук\w*|затрима\w*|менти|ментів|мєнт|мєнти|мєнтів|мєнтам|копи|копів|"
    r"policia\w*|poli|polis|tombos?|chota|la\s+cana|guardia\s+civil|mossos|detenid\w*|detien\w*|cachea\w*|"
    # being arrested, never "detener el sangrado" (stopping a bleed)
    r"deten(erme|erte|erlo|erla|ernos|cion)|(me|te|lo|la|nos|los|las)\s+(\w+\s+)?detener|"
    # an interrogation, and what one faces for it ("что говорить на допросе", "шо світить за гаш")
    r"допрос\w*|допит\w*|(что|шо|що)\s+(мне\s+|мені\s+)?(за\s+(это|це)\s+)?(светит|світить)|"
    # street names of the police: Spain ("los maderos", "la pasma", "los picoletos"), Mexico
    # ("la tira", never the strips), Argentina ("la yuta", "la gorra", "los ratis"); Russian and
    # Ukrainian ("легавые", "поліцаї", a search "шмон", the witnesses of one "понятые")
    r"maderos?|la\s+pasma|picoletos?|la\s+tira\s+(me|nos|te|le|lo|los|les)|los\s+de\s+la\s+tira|"
    r"yuta|ratis|"
    r"легав\w*|шмон\w*|понят(ых|ые|ими|их|і|ими)|поліца\w*|поліцай\w*|"
    # being caught with something: "what if I get caught with a gram", "если поймают с"
    r"(get|got|getting)\s+caught|caught\s+with|поймают|поймали\s+с|спіймають|спіймали\s+з|"
    r"впіймають|впіймали\s+з|me\s+pill(an|aron|a|en|e)|me\s+agarr(an|aron|a|en|e|o)|"
    r"me\s+cach(an|aron|a|en)|"
    # what the law gives for it ("що мені світить по закону", "что мне грозит")
    r"(що|что|чем)\s+(мені|мне)\s+(світить|светит|грозит|загрожує)|по\s+закону|за\s+законом|"
    # jail feared for it ("чи можуть посадити за", "меня посадят если", "посадять за пару грам");
    # never planting ("посадити розсаду", "когда посадят картошку") nor seating or a treatment
    # ("посадити за кермо", "могут посадить на метадон", "на літак")
    r"(можуть|могут|можут|мене|меня|тебе|тебя|його|его|нас|її|ее|их|їх)\s+(\w+\s+)?"
    r"(посадит\w*|посадять|посадят)\b(?!\s+(розсад\w*|рассад\w*|картошк\w*|картопл\w*|дерев\w*|квіт\w*|цвет\w*|на\b|"
    r"за\s+(кермо|руль|стол|стіл|парт\w*)|в\s+(машин\w*|такс\w*|автобус\w*|поїзд\w*|поезд\w*)))|"
    r"(посадять|посадят|посадить|посадити)\s+(якщо|если|за\s+(\w+\s+){0,2}(грам\w*|хранени\w*|зберігання|"
    r"наркот\w*|траву|траву|гаш\w*|меф\w*|закладк\w*|пакет\w*))|"
    # the penalty for possession, with no "мне" ("за хранение для себя что грозит, штраф или
    # срок"); never a storage fee ("за хранение вещей на складе сколько платить")
    r"за\s+хранени\w*\b.{0,40}\b(грозит|светит|штраф\w*|срок|сроки|сажают|посад\w*)|"
    r"(грозит|светит|штраф\w*|срок|сажают|посад\w*)\s+(\w+\s+){0,3}за\s+хранени\w*|"
    # the sentence for selling or possession ("за сбыт сколько дают", "сколько дают за хранение")
    r"(сколько|что)\s+(дают|светит|грозит)\s+за\s+(хранени|сбыт|распространени|закладк)\w*|"
    r"за\s+(хранени|сбыт|распространени|закладк)\w*\s+(\w+\s+){0,3}(сколько|что)\s+(дают|светит|грозит)|"
    r"what\s+(will|could|would)\s+i\s+get\s+for|que\s+me\s+(puede\s+)?pasa\w*\s+(legalmente|con\s+la\s+ley))\b"
)


# caught, stopped, searched or charged: what happens now is the person's rights ("got caught
# holding a gram at the gate", "приняли с граммом", "me pillaron con un gramo"); the police only
# named ("кажется что менты за дверью", paranoia) is not
_CAUGHT = re.compile(
    r"\b((get|got|getting|been|was|were)\s+(caught|busted|nicked|arrested|searched|stopped)|"
    r"caught\s+(with|holding|carrying)|pat\s+(me\s+)?down|stop\s+and\s+search|sniffer\s+dog\w*|"
    # stopped, searched or found on one ("cops stopped me", "guards found a bag of coke on me")
    r"(cops?|police|guards?|officers?|security)\s+(stopped|searched|found|caught|pulled)\s+(me|us)|"
    r"found\s+.{0,25}\bon\s+me|go\s+through\s+my\s+(bag|phone|car|pockets)|"
    r"нашли\s+у\s+(меня|нас)|знайшли\s+(в|у)\s+(мене|нас)|знайшли\s+в\s+кишен\w*|нашли\s+в\s+карман\w*|"
    r"(me|nos)\s+encontraron\s+.{0,25}\b(encima|en\s+el\s+bolsillo)|"
    r"поймали|поймают|приняли\s+(с|со|на)|задержал\w*|задержат|обыскал\w*|обыщут|досмотр\w*|"
    r"крупн\w*\s+размер\w*|по\s+(статье|ст\.?)\s*\d+|"
    r"спіймали|спіймають|впіймали|впіймають|прийняли\s+(з|із|на)|затримал\w*|затримають|"
    r"обшукал\w*|обшукають|"
    r"(me|te|nos|lo|la|les)\s+(pillaron|pillan|pillo|pille|detuvieron|detienen|cachearon|"
    r"registraron)|detenid[oa]s?|"
    # fined or given a record for it ("me multaron por llevar un porro", "me queda en
    # antecedentes?", "got fined for a joint", "will it go on my record")
    r"(multaron|multan|multo|multado|multar|multa)\s+por\s+(llevar|tener|fumar|consumir|portar|"
    r"posesion|tenencia|drogas?)|"
    r"antecedentes\s+penales|(poner|ponen|quedar|queda|quedan|tener|dejar|deja|dejan)\s+(me\s+|en\s+)?antecedentes|"
    r"(got|get|getting|been)\s+fined|fined\s+for|criminal\s+record|on\s+my\s+record|"
    r"possession\s+charge|charged\s+with\s+possession)\b"
)
# the police feared, not met: "кажется что менты за дверью", "paranoid the cops are watching"
# (a paranoia question, the drug's or the crisis topic)
_PARANOID = re.compile(
    r"\b(parano\w*|измен\w*|кажется|кажутся|кажеться|мерещ\w*|здається|здаються|чудят\w*|ввижа\w*|"
    r"параної\w*|"
    r"me\s+parece|persigu\w*|(following|watching|after)\s+me|hear\w*\s+(sirens|voices)|"
    r"think\w*\s+(the\s+)?(cops|police))\b"
)


# the police as a source of hearsay, not met ("my cousin is a cop and swears...", "cops on the
# news say"): the question is about what they said
_POLICE_SAY = re.compile(
    r"\b((is|was|are)\s+an?\s+(cop|police\s*(officer|man|woman))|"
    r"(cops?|police)\s+(on\s+(the\s+)?(news|tv)\s+)?(say|says|said|claim\w*|swear\w*)|"
    r"swears|on\s+the\s+news|по\s+телевизору|в\s+новостях|по\s+телевізору|в\s+новинах|"
    r"en\s+las\s+noticias|en\s+la\s+tele)\b"
)


def police_as_hearsay(text: str) -> bool:
    """The police are named only as a source of what was said ("like the cops say"), not met."""
    folded = fold(text)
    return _POLICE_SAY.search(folded) is not None and _CAUGHT.search(folded) is None


def asks_police(text: str) -> bool:
    """The message is about the police."""
    folded = _RUBBISH.sub(" ", fold(text))
    if _CAUGHT.search(folded) is not None:
        return _PARANOID.search(folded) is None
    return (
        _POLICE.search(folded) is not None
        and _PARANOID.search(folded) is None
        and _POLICE_SAY.search(folded) is None
    )


PREGNANCY = "pregnancy"
_PREGNANT = re.compile(
    r"\b(pregnan\w*|pregnent|expecting\s+a\s+baby|беремен\w*|вагітн\w*|embaraz\w*|enbaraz\w*|"
    # got pregnant ("забеременела", "завагітніла"), expecting a baby said plainly ("жду ребёнка",
    # "чекаю на дитину", "при надії", "espero un bebé", "i'm expecting", "knocked up")
    r"за(беремен|вагітн)\w*|pre(n|ñ)ad[ao]|preggo|preggers|knocked\s+up|"
    r"(i'?m|im|i\s+am|we'?re|we\s+are)\s+expecting(?=\s*($|[,.;!?]|(and|but|so|while|now|again)\b))|"
    r"baby\s+on\s+the\s+way|"
    r"(жду|ждем|ожидаю|ожидаем|чекаю|чекаємо)\s+(на\s+)?(ребенк\w*|малыш\w*|дитин\w*|дитя|малюк\w*|"
    r"дочк\w*|доньк\w*|сын\w*|син\w*)|(я|она|жена|девушка)\s+в\s+положении|при\s+надії|"
    r"(espero|esperando|esperamos)\s+(un|una|mi|a\s+mi)\s+(bebe|hij[oa]|nen[ea]|chamac[oa])|"
    r"(voy|vamos)\s+a\s+tener\s+un\s+bebe|"
    # "я на 5 місяці": the month of a pregnancy
    r"на\s+\d\s*(-?му\s+|-?ом\s+)?(месяце|місяці))\b"
)
# the month or week of a pregnancy said in Spanish with the baby named ("estoy de cuatro meses y
# fumo base, le hace daño al bebé", "va de 20 semanas"): never months clean ("estoy de tres meses
# sin consumir") nor a baby with no month
_PREGNANT_MONTH_ES = re.compile(
    r"\b(estoy|esta|estas|esta\s+ya|estoy\s+ya|va|voy|ando|anda)\s+de\s+"
    r"(\d{1,2}|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|pocas|unas)\s+(mes|meses|semanas)\b"
    r"(?!\s+(sin|limpi\w*|en|de|con|sobri\w*|fuera|dentro|tomando|metiendo))"
)
_BABY_ES = re.compile(
    r"\b((al|el|mi|del|su|para\s+el)\s+(bebe|bebito|feto)|feto|panza|barriga|embarazo)\b"
)


def asks_pregnancy(text: str) -> bool:
    """The message is from or about a pregnant person: whatever substance it names, the
    pregnancy topic (which covers methadone, heroin, alcohol... in pregnancy) answers first."""
    folded = fold(text)
    return _PREGNANT.search(folded) is not None or (
        _PREGNANT_MONTH_ES.search(folded) is not None and _BABY_ES.search(folded) is not None
    )


def names_alcohol(text: str) -> bool:
    """The message speaks of drinking alcohol."""
    return _ALCOHOL.search(fold(text)) is not None


# opioid withdrawal in street words ("кумарит", "ломает", "dope sick", "la malilla"): with no
# drink named, the opioid withdrawal topic, never alcohol's
_OPIOID_SICK = re.compile(
    r"\b(кумар\w*|ломк\w*|ломает|ломало|ламає|ламало|ломає|кости крутит|кістки крутить|"
    r"dope ?sick|clucking|rattling|malilla\w*|malias|"
    # the "hangover" of an opioid is its withdrawal in Mexico ("la cruda de la chiva")
    r"cruda\s+de\s+(?:la\s+|el\s+)?(?:chiva|heroina|fenta\w*|goma|caballo|jaco|morfina|oxi\w*)"
    r")\b"
)


# the same in English and Spanish street words only (the Russian and Ukrainian "ломка" is any
# withdrawal, benzodiazepines' too)
_OPIOID_SICK_ENES = re.compile(
    r"\b(dope ?sick|clucking|rattling|malilla\w*|malias|"
    r"cruda\s+de\s+(?:la\s+|el\s+)?(?:chiva|heroina|fenta\w*|goma|caballo|jaco|morfina|oxi\w*))\b"
)


def opioid_sick(text: str) -> bool:
    """The message speaks of opioid withdrawal in street words."""
    return _OPIOID_SICK.search(fold(text)) is not None


def without_alcohol(text: str) -> str:
    """The message with its alcohol words taken out (folded): what else it names."""
    return _ALCOHOL.sub(" ", fold(text))


def asks_overdose_signs(text: str) -> bool:
    """How to tell an overdose of a depressant ("как понять что передоз от метадона",
    "признаки передоза метадоном"): the signs, not the drug's own topic."""
    low = fold(text)
    return (
        asks_overdose(low)
        and (_SIGNS_ASKED.search(low) is not None or _TELL_APART.search(low) is not None)
        and _STIMULANT.search(low) is None
        and _RESPOND.search(low) is None
    )


def asks_overdose(text: str) -> bool:
    """The message is about someone having taken too much."""
    folded = fold(text)
    return _OVERDOSE.search(folded) is not None or _GOES_OVER.search(folded) is not None


# fentanyl named ("в геру почали мішать фентаніл", "all the dope has fent in it now")
# (and its short word's forms: "с фентом", "без фенту", "фентік")
_FENTANYL = re.compile(
    r"\b(fent|fentanyl\w*|фент|фента|фенту|фенте|фенті|фентом|фентик\w*|фентік\w*|"
    r"фентанил\w*|фентаніл\w*|fentanilo)\b"
)


def asks_about_fentanyl(text: str) -> bool:
    """Fentanyl is named, and neither an overdose, its signs nor a mix of depressants is asked
    about ("слышал в геру подмешивают фентанил, чем он опаснее"): fentanyl's own topic."""
    folded = fold(text)
    return (
        _FENTANYL.search(folded) is not None
        # "how to tell" whether fentanyl is in the heroin asks about fentanyl, not overdose signs
        and (_SIGNS_ASKED.search(folded) is None or _IN_SUPPLY.search(folded) is not None)
        and not asks_overdose(folded)
        and not asks_mixing_depressants(folded)
    )


# fentanyl said to be in the supply ("в гере сейчас фентанил", "у гєрі фентаніл", "fent in the
# dope", "fentanilo en la chiva")
_IN_SUPPLY = re.compile(
    r"\b(в|во|у|in|en)\s+(the\s+|la\s+|el\s+|all\s+the\s+)?(гер\w*|гєр\w*|героин\w*|героїн\w*|"
    r"dope|heroin|brown|gear|chiva|heroina|caballo)\b"
)


WOUND_CARE = "wound-care"
XYLAZINE = "xylazine"
# what a substance is, or what it does to the skin ("que es la xilacina y por que salen esas
# heridas", "what is tranq doing to people's skin", "що таке ксилазин")
_WHAT_IS = re.compile(
    r"\b(what\s+(is|are|'?s)|whats|what\s+does|doing\s+to|что\s+такое|що\s+таке|шо\s+таке|"
    r"что\s+это|що\s+це|шо\s+це|que\s+es|qu[e]\s+hace|por\s+que)\b"
)


NITAZENES = "nitazenes"
MEDETOMIDINE = "medetomidine"
# an opioid said to be stronger than fentanyl ("new opioids stronger than fent", "más fuertes que
# el fentanilo", "сильнее фентанила", "сильніший за фентаніл"): the nitazenes, unless a fentanyl
# analogue is named (carfentanil is fentanyl's own topic)
_STRONGER_THAN_FENTANYL = re.compile(
    r"\b(?:(?:stronger|more\s+potent|deadlier|worse|more\s+deadly|more\s+dangerous)\s+than\s+"
    r"(?:the\s+)?(?:fent|fentanyl)|"
    r"mas\s+(?:fuertes?|potentes?|letal\w*|peligros[oa]s?)\s+(?:que|q)\s+(?:el\s+)?(?:fenta|fentanilo)|"
    r"сильне\w*\s+(?:чем\s+)?фентанил\w*|сильніш\w*\s+(?:за|ніж)\s+фентаніл\w*)"
)
_FENTANYL_ANALOGUE = re.compile(r"\b(?:carfent\w*|карфент\w*|sufent\w*|суфент\w*|acetylfent\w*)")


def asks_stronger_than_fentanyl(text: str) -> bool:
    """An opioid said to be stronger than fentanyl, no fentanyl analogue named: the nitazenes."""
    folded = fold(text)
    return (
        _STRONGER_THAN_FENTANYL.search(folded) is not None
        and _FENTANYL_ANALOGUE.search(folded) is None
    )


# a new sedative or tranq that is not xylazine, or has taken its place ("un sedante nuevo de
# veterinario que no es la xilacina", "the newer tranq replacing xylazine", "новый транк вместо
# ксилазина"): medetomidine
_NEW_TRANQ = re.compile(
    r"\b(?:(?:new|newer|nuev[oa]|новый|новий|новая|нова)\s+(?:\w+\s+)?(?:tranq|trank|sedative\w*|"
    r"sedante\w*|tranquilizante\w*|транк\w*|седатив\w*)|"
    r"(?:tranq|sedative|sedante|tranquilizante|транк|седатив\w*)\s+(?:\w+\s+)?(?:nuev[oa]|new)|"
    r"(?:not|isn'?t|no\s+es|no\s+era|не|не\s+є)\s+(?:the\s+|la\s+|el\s+)?(?:xylaz\w*|xilac\w*|xilaz\w*|ксилаз\w*)|"
    r"(?:instead\s+of|replac\w*|en\s+vez\s+de|en\s+lugar\s+de|reemplaz\w*|вместо|замість|заменил\w*|замінил\w*)"
    r"\s+(?:the\s+|la\s+|a\s+la\s+)?(?:xylaz\w*|xilac\w*|xilaz\w*|ксилаз\w*))"
)


def asks_new_tranq(text: str) -> bool:
    """A newer sedative in the supply than xylazine, or one that is not xylazine: medetomidine."""
    return _NEW_TRANQ.search(fold(text)) is not None


def asks_what_xylazine_is(text: str) -> bool:
    """Xylazine (tranq) named, and what it is or does asked: its own topic, before wound care."""
    folded = fold(text)
    return adulterant_named(folded) == XYLAZINE and _WHAT_IS.search(folded) is not None


# a wound away from where one injects ("рана на нозі, хоча колола не туди", "язвы там где не
# колюсь", "sores where I never shot") or blamed on something added to the dope ("кажуть щось у
# героїн домішують", "в геру что-то подмешивают", "something cut in the dope"): xylazine's
# wounds, whose topic says so, not plain wound care; a wound where one injects stays wound care
_AWAY_FROM_SHOT = re.compile(
    r"\b(?:(?:колол\w*|колю\w*|кололи\w*|колов\w*|кололся|кололась|вмазувал\w*|ширял\w*|"
    r"inject\w*|shoot|shot|shooting)\s+(?:\w+\s+){0,2}?(?:не\s+туди|не\s+туда|не\s+там|не\s+сюди|не\s+сюда|"
    r"never\s+there|not\s+there|somewhere\s+else)|"
    r"(?:не\s+туди|не\s+туда|не\s+там|не\s+сюди|не\s+сюда)\s+(?:\w+\s+)?(?:колол\w*|колю\w*|кололи\w*|"
    r"колов\w*|кололся|кололась|вмазувал\w*|ширял\w*)|"
    r"where\s+(?:i|he|she|they|we)\s+(?:never|didn'?t|don'?t|did\s+not)\s+(?:inject|shoot|shot|use)|"
    r"(?:где|де|туди|туда|там|сюди|сюда)\s+(?:\w+\s+)?(?:не|ніколи\s+не|никогда\s+не)\s+(?:колол\w*|колю\w*|колов\w*|колет\w*|коле\b|"
    r"кололся|кололась|колеться|колется)|"
    r"(?:далеко\s+)?(?:від|от)\s+(?:місця|места)\s+(?:уколу|укола|ін'?єкці\w*|инъекци\w*))"
)
_CUT_IN_DOPE = re.compile(
    r"\b(?:домішу\w*|підмішу\w*|домішал\w*|підмішал\w*|подмешива\w*|подмешал\w*|примешива\w*|"
    r"добавляют|додають|something\s+(?:cut|mixed|added)\s+in|cut\s+with\s+something)"
)


_XYLAZINE_WOUND_WORD = re.compile(
    r"\b(?:ран[аиуы]?|ранк\w*|рани|ранами|язв\w*|виразк\w*|wounds?|sores?|ulcers?|гни[єеюл]\w*|"
    r"гниют|гнию\w*|гноят\w*|гноїт\w*|некроз\w*|rotting|rots?)\b"
)


def asks_xylazine_wound(text: str) -> bool:
    """A wound (one that rots or won't heal) away from the injection site, or blamed on
    something added to the dope: xylazine's wounds."""
    folded = fold(text)
    return _XYLAZINE_WOUND_WORD.search(folded) is not None and (
        _AWAY_FROM_SHOT.search(folded) is not None or _CUT_IN_DOPE.search(folded) is not None
    )


def asks_stimulant_signs(text: str) -> bool:
    """The signs asked about are a stimulant's overdose: the heart, overheating ("які перші
    ознаки що серце не витягує після фену")."""
    folded = fold(text)
    return _SIGNS_ASKED.search(folded) is not None and _HEART_HEAT.search(folded) is not None


_HEART_HEAT = re.compile(
    r"\b(heart|chest|overheat\w*|сердц\w*|сердце|серц\w*|груд\w*|перегр\w*|corazon|pecho|"
    r"sobrecalent\w*)\b"
)


REAGENTS = "reagent-tests"
CANNABIS = "cannabis"
_REAGENT = re.compile(
    r"\b(reagent\w*|marquis|mecke|mandelin|simon'?s?|ehrlich|froehde|реактив\w*|реагент\w*|"
    r"маркиз\w*|марквіс\w*|маркіз\w*|reactiv\w*)\b"
)
_CANNABIS = re.compile(
    r"\b(weed|cannabis|edibles?|gumm(y|ies)|thc|joint|spliff|blunt|carts?|план[аеу]?|трав\w*|шишк\w*|шишок|"
    r"бошк\w*|плюх\w*|съедобн\w*|гашиш\w*|ганж\w*|гандж\w*|їстівн\w*|канабіс\w*|каннабис\w*|"
    r"марихуан\w*|porro\w*|mota|maria|marihuana|hierba|comestible\w*|brownie\w*|gomita\w*)\b"
)


def names_reagent(text: str) -> bool:
    """The message names a reagent test (Marquis, "реактиви", "los reactivos")."""
    return _REAGENT.search(fold(text)) is not None


def names_cannabis(text: str) -> bool:
    """The message names cannabis in people's words (weed, an edible, "план", "шишки")."""
    return _CANNABIS.search(fold(text)) is not None


# a drug bought asked to be adulterated or cut with something ("si vienen adulteradas", "estara
# cortado con algo"), never a cut on the skin ("una cortada con un vidrio"); search counts it only
# with a substance named (honey and olive oil are adulterated too)
_ADULTERATED_ES = re.compile(
    r"\b(adulterad\w*|(viene|vienen|esta|estan|estara|estaran|vendra|vendran)\s+cortad[oa]s?|"
    r"cortad[oa]s?\s+con\s+(algo|que|otra\s+cosa))\b"
)


def asks_adulterated(text: str) -> bool:
    """How to tell whether a substance bought is adulterated ("el perico estara adulterado, como
    lo compruebo"): checking what is in it; the caller checks that a substance is named."""
    folded = fold(text)
    return _ADULTERATED_ES.search(folded) is not None and _KNOW_HOW.search(folded) is not None


def asks_testing(text: str) -> bool:
    """The question is about testing what a substance is (a reagent's colour, "is it cut", "how
    do I know it's really MDMA")."""
    folded = fold(text)
    return _TESTING.search(folded) is not None or (
        _KNOW_HOW.search(folded) is not None and _REALLY_IS.search(folded) is not None
    )


def asks_what_to_do(text: str) -> bool:
    """The question asks for the steps when someone overdoses, not for the signs."""
    folded = fold(text)
    return _RESPOND.search(folded) is not None and _SIGNS_ASKED.search(folded) is None


def names_stimulant(text: str) -> bool:
    return _STIMULANT.search(fold(text)) is not None


# breathing or the heart stopping ("can benzos make you stop breathing", "puede hacer que dejes de
# respirar", "может перестать дышать", "перестати дихати"): a sign of overdose, never quitting
_BODY_STOPS = re.compile(
    r"\b(?:stop(?:s|ped|ping)?\s+(?:your\s+|my\s+|his\s+|her\s+|their\s+)?(?:breathing|breath|heart)|"
    r"dej(?:ar|e|es|a|an|o|aras?|ando|ado|aste)\s+de\s+(?:respirar|latir)|"
    r"(?:переста\w*|прекрат\w*|припин\w*)\s+(?:дышать|дихати|биться|битися)|"
    r"останов\w*\s+(?:дыхани\w*|сердц\w*)|зупин\w*\s+(?:дихання|серц\w*))\b"
)


def _stopping_in(folded: str) -> bool:
    return _STOPPING.search(_BODY_STOPS.sub(" ", folded)) is not None


def prefers_withdrawal(text: str) -> bool:
    """The question is about stopping or the withdrawal itself (never breathing stopped)."""
    return _stopping_in(fold(text))


def asks_duration(text: str) -> bool:
    """The question is about how long a substance lasts or what it does (and not stopping it)."""
    folded = fold(text)
    return (
        _DURATION.search(folded) is not None or _EFFECTS.search(folded) is not None
    ) and not _stopping_in(folded)


# whether taking it harms or hooks ("феназепам иногда пью, это вредно?", "чи звикаєш до нього",
# "does valium get you hooked", "el diazepam engancha?"): the substance's own topic, when nothing
# says stopping
_EFFECTS = re.compile(
    r"\b("
    r"harmful|bad\s+for\s+(you|me|my)|addictive|habit[\s-]?forming|get\s+(you\s+)?hooked|hook\s+you|"
    r"вредн\w*|вредит|подсажива\w*|подсесть|подсяду|привыкани\w*|привыка\w*|зависимост\w*\s+от\s+(него|нее|них)|"
    r"шкідлив\w*|шкодить|підсаджу\w*|підсісти|звика\w*|звикан\w*|"
    r"engancha\w*|adictiv\w*|(es|son)\s+mal[oa]s?\s+para|dañin[oa]s?|hace\s+dano|"
    # how hard it hits, a first try ("сильно вырубает? хочу попробовать первый раз", "чи сильно
    # рубить, спробую вперше", "how strong is it, first time trying", "quiero probarlo por
    # primera vez")
    r"сильно\s+(вырубает|рубит|вставляет|накрывает|прет|вирубає|рубить|вставляє|накриває|пре)|"
    r"(попробовать|попробую|пробовать)\s+(\w+\s+)?(впервые|в\s+первый\s+раз|первый\s+раз)|"
    r"(спробувати|спробую|пробувати)\s+(\w+\s+)?(вперше|в\s+перший\s+раз|перший\s+раз)|"
    r"how\s+strong\s+is|first\s+time\s+(trying|taking)|"
    r"(probar\w*|probarl[oa]s?)\s+(\w+\s+)?por\s+primera\s+vez"
    r")"
)


# Questions about an animal, or about a password or a login, are outside the library ("у кота
# понос", "mi perro comió chocolate", "как поменять пароль в телеграме"): search answers them
# only when the message also names a substance or a street word.
_ANIMAL = re.compile(
    r"\b(dog|dogs|puppy|kitten|kitty|pet|pets|hamster|rabbit|parrot|"
    r"кот|кота|коту|котом|кошка|кошки|кошку|котик|котика|котенок|котенка|собака|собаки|собаку|"
    r"пес|пса|псу|песик|щенок|щенка|хомяк|хомяка|попугай|попугая|питомец|питомца|"
    r"кіт|кота|кішка|кішки|кішку|котик|собачка|цуценя|пес|папуга|"
    # the other cases ("собаці треба укол", "котові дали таблетку", "собаке сделать прививку")
    r"собаке|собакой|собаці|собакою|собачці|собачку|собачке|кошке|кошкой|кішці|кішкою|котові|"
    r"котикові|котику|кицька|кицьці|кицьку|кицю|цуценяті|цуценю|щенку|щенком|псові|песику|"
    r"песикові|"
    r"perro|perra|perrito|perrita|perros|gato|gata|gatito|gatita|gatos|mascota|conejo|loro)\b"
)
_ACCOUNT = re.compile(
    r"\b(password|passwords|passcode|login|username|2fa|"
    r"пароль|пароля|паролем|паролі|логин|логина|логін|логіна|"
    r"contrasena|contrasenas)\b"
)


# a pet called by a street name: the animal word, then a capitalised name ("у меня кот Гашиш",
# "our puppy Molly", "mi perro Coco")
_PET_NAME = re.compile(r"(?i:" + _ANIMAL.pattern + r")\s+[A-ZА-ЯЁІЇЄҐ][\w'-]*")


def without_pet_names(text: str) -> str:
    """The message with a pet's capitalised name taken out (the animal word stays), and the vet
    the pet is taken to ("до ветеринара одразу?", "к ветеринару"): the vet, never the
    veterinary sedatives in the street opioids."""
    return _VET_VISIT.sub(" ", _PET_NAME.sub(lambda m: m.group(1), text))


_VET_VISIT = re.compile(
    r"(?i)\b(?:(?:до|к|ко|у|в|від|от|із|из|з|с)\s+)?(?:ветеринар(?:а|у|ом|ам|ів|ов|ы|и)?|"
    r"ветклиник\w*|ветклінік\w*|ветлечебниц\w*|ветаптек\w*|vet|vets|veterinari[oa])\b"
)


# eye drops for an everyday eye trouble (Spanish: "qué colirio va bien para la alergia al
# polen", "gotas para los ojos secos con lentillas"): the pharmacy, not tropicamide; any word of
# use or of a high keeps it a drug question ("me pico el colirio", "el colirio que coloca")
_EYE_DROPS = re.compile(r"\b(?:colirio\w*|gotas\s+(?:para\s+)?(?:los\s+|el\s+)?ojos?)\b")
_EVERYDAY_EYES = re.compile(
    r"\b(?:alergi\w*|polen|conjuntivitis|lentillas|lentes\s+de\s+contacto|ojos?\s+sec[oa]s?|"
    r"orzuelo\w*|legaña\w*|lagana\w*|pestaña\w*|pestana\w*|picor\s+de\s+ojos|ordenador|pantalla)\b"
)
_EYE_DROPS_USED = re.compile(
    r"\b(?:pic\w*|inyect\w*|chut\w*|vena\w*|coloc\w*|subid\w*|viaje|droga\w*|mezcl\w*|"
    r"tropicamid\w*|ciclopentolat\w*)\b"
)


def everyday_eye_drops(text: str) -> bool:
    """The message asks about eye drops for an everyday eye trouble (allergy, dry eyes, contact
    lenses), with no word of injecting or of a high and no other substance's name (the caller
    checks that)."""
    folded = fold(text)
    return (
        _EYE_DROPS.search(folded) is not None
        and _EVERYDAY_EYES.search(folded) is not None
        and _EYE_DROPS_USED.search(folded) is None
    )


def without_eye_drops(text: str) -> str:
    """The (folded) message with the eye drops taken out ("colirio" is tropicamide's word)."""
    return _EYE_DROPS.sub(" ", fold(text))


# an animal that swallowed or ate something ("el perro se tragó una piedra", "my puppy ate a
# pebble", "кот съел таблетку"): the vet's matter, whatever the thing is called; the library is
# for the person who uses, never for an animal that got into something
_ANIMAL_ATE = re.compile(
    r"(?i:" + _ANIMAL.pattern + r")\s+(?:\w+\s+){0,3}?(?:"
    r"(?:se\s+)?(?:(?:lo|la|los|las)\s+)?(?:trago|tragaron|comio|comieron|mordio|mastico)|"
    r"swallow\w*|ate|eaten|chew\w*|licked|got\s+into|"
    r"съел\w*|съела|сожрал\w*|проглотил\w*|наелся|наелась|"
    r"з'?їв|з'?їла|зїв|зїла|проковтнув|проковтнула"
    r")\b"
)


def animal_ate(text: str) -> bool:
    """An animal swallowed, ate or chewed something: a question for the vet."""
    return _ANIMAL_ATE.search(fold(text)) is not None


def off_topic_subject(text: str) -> bool:
    """The message is about an animal or a password (the caller checks for substance words)."""
    folded = fold(text)
    if _ANIMAL.search(folded) is not None:
        return not asks_police(folded)  # a sniffer dog is the police's
    # a passcode the police ask for ("cops stopped me, do I have to tell them my passcode") is
    # the person's rights, not a login question
    return _ACCOUNT.search(folded) is not None and not asks_police(folded)


# "porros" in Mexico are also thugs paid to beat up or threaten students ("los porros del cch
# agreden a los alumnos", "grupos porriles"): people who hit, never a joint smoked. Everyday, and
# a fixed everyday phrase, so the word left in it names no substance
_THUGS = (
    r"porril\w*|"
    r"porros\s+(?:(?:de|del|de\s+la)\s+\w+\s+)?(?:(?:que|q)\s+)?(?:(?:le|les|me|nos|te|lo|la|los|las)\s+)?"
    r"(?:golpe\w*|agred\w*|amenaz\w*|asalt\w*|dieron\s+una\s+golpiza|pegaron\s+a)|"
    r"(?:golpead|agredid|amenazad|asaltad)[oa]s?\s+por\s+(?:los\s+|unos\s+)?porros|"
    r"(?:me|le|les|nos|te|lo|la|los|las)\s+(?:golpe|agred|amenaz|asalt)\w*\s+(?:los|unos)\s+porros"
)


# Spanish everyday phrases built on a word of drug talk, each a fixed phrase of its own (both an
# everyday word of the no-street-word list and a fixed phrase taken out before the drug context
# is read):
_ES_EVERYDAY_PHRASES = (
    # sweets and cakes with chocolate, chocolate truffles, truffles in a dish ("churros con
    # chocolate", "trufas de chocolate para regalar", "aceite de trufa")
    r"(?:churros?|porras|bizcochos?|pasteles?|tartas?|helados?|galletas?|magdalenas?|fuente|mousse|"
    r"bombon(?:es)?|crema|leche|chispas|trufas?|fresas?|donas?|conchas?)\s+(?:con|de)\s+chocolate|"
    r"chocolate\s+con\s+churros|trufas?\s+(?:de\s+(?:chocolate|cacao|ron|coco)|negras?|blancas?)|"
    r"(?:aceite|crema|salsa|risotto|pasta|huevos?)\s+(?:de|con)\s+trufa\w*|"
    # a chemical or a supplement by its name ("ácido fólico", "ácido hialurónico"), never LSD
    r"acido\s+(?:hialuronico|folico|citrico|ascorbico|salicilico|glicolico|urico|lactico|"
    r"acetilsalicilico|clorhidrico|sulfurico|muriatico|borico|retinoico|azelaico|grasos?|"
    r"nitrico|acetico|tranexamico|mandelico|kojico|ferulico)|"
    # a sharpening or a pumice stone, stone by its rock ("piedra de afilar", "piedra pómez")
    r"piedras?\s+(?:de|para)\s+(?:afilar|amolar|toque|granito|marmol|rio)|piedra\s+pomez|"
    # a Catalan and Valencian flat cake ("coca de Sant Joan", "coca de llardons")
    r"coca\s+de\s+(?:sant\s+joan|san\s+juan|llardons|recapte|forner|vidre|crema|pinones|"
    r"chicharrones|verduras|trempo|dacsa|cabello\s+de\s+angel)|"
    # a religious or mystic rapture ("el éxtasis de santa teresa")
    r"extasis\s+(?:religios\w*|mistic\w*|de\s+santa\s+teresa|de\s+san\w*)|"
    # a pill for an everyday ache ("una pastilla para el dolor de cabeza"); never one to sleep
    # or for the nerves (those are benzodiazepines often enough)
    # (a few words of asking at the pharmacy may stand between: "qué pastillas me pueden dar en
    # la farmacia para el dolor de cabeza")
    r"(?:pastillas?|tabletas?|capsulas?)\s+(?:(?:q|que|me|te|le|nos|les|pueden|puede|podrian|dan|"
    r"dar|den|venden|vende|recomiendas?|recomienda\w*|hay|en|la|el|farmacia|botica|buenas?|"
    r"mejor(?:es)?|sirven?|valen?)\s+){0,7}?(?:para|contra)\s+(?:el\s+|la\s+|los\s+|las\s+)?"
    r"(?:dolor\s+de\s+(?:cabeza|muelas|garganta|estomago|regla)|cabeza|jaqueca|migrana|muelas|"
    r"garganta|gripe|resfriado|catarro|tos|alergia|acidez|colesterol|tension|presion|regla|"
    r"colicos|mareo|diarrea|fiebre)|"
    # a slump after a meal, low sugar or low blood pressure ("me dio el bajón después de comer",
    # "un bajón de azúcar"): the body's, never a comedown
    r"bajon(?:cito)?\s+(?:\w+\s+)?(?:despues\s+de|tras)\s+(?:comer|la\s+comida|almorzar|cenar|"
    r"desayunar|entrenar|correr|el\s+gimnasio)|"
    r"bajon(?:cito)?\s+de\s+(?:azucar|glucosa|tension|presion|defensas|hierro|temperatura)|"
    # a traffic offence and its fine ("me multaron por exceso de velocidad", "una fotomulta")
    r"exceso\s+de\s+velocidad|fotomulta\w*|multas?\s+de\s+(?:aparcamiento|estacionamiento|"
    r"trafico|transito|la\s+ora|zona\s+azul)|saltar\w*\s+(?:un|el)\s+semaforo|"
    r"semaforo\s+en\s+rojo|sin\s+(?:el\s+)?cinturon(?:\s+de\s+seguridad)?|hablando\s+por\s+el\s+movil\s+"
    r"(?:al\s+volante|conduciendo|manejando)|"
    # the same in English ("got a speeding ticket", "parking fine")
    r"speeding\s+(?:ticket|fine)s?|parking\s+(?:ticket|fine)s?|speed\s+cameras?"
)


# Everyday medicines: painkillers and stomach tablets (never antibiotics: an abscess needs them) ("¿puedo mezclar ibuprofeno con
# paracetamol?", "tolerance to ibuprofen"): the pharmacy, not this library, when nothing else in
# the message is a drug, alcohol, an overdose or a high (the caller checks for any other
# substance's name)
_EVERYDAY_MEDICINE = re.compile(
    r"\b(?:paracetamol\w*|acetaminofen\w*|acetaminophen|tylenol|panadol|ibuprofen\w*|advil|"
    r"nurofen|motrin|aspirin\w*|naproxen\w*|aleve|metamizol|nolotil|dipirona|omeprazol\w*|"
    r"antiacid\w*|antacid\w*|almax|"
    # a sleep aid from the chemist's shelf, a hay-fever tablet, an antidepressant taken as
    # prescribed ("la melatonina crea dependencia?", "how long do antidepressants take to work"):
    # never the sleeping pills people use (benzodiazepines, z-drugs), nor an antihistamine
    # taken for a high (diphenhydramine, promethazine)
    r"melatonin\w*|valerian\w*|loratadin\w*|cetirizin\w*|ebastin\w*|fexofenadin\w*|"
    r"claritin\w*|zyrtec|allegra|antidepresiv\w*|antidepressant\w*|sertralin\w*|fluoxetin\w*|"
    r"escitalopram|citalopram|paroxetin\w*|prozac|zoloft|lexapro|"
    r"парацетамол\w*|ибупрофен\w*|ібупрофен\w*|нурофен\w*|аспирин\w*|аспірин\w*|омепразол\w*)\b"
)
_MEDICINE_MISUSED = re.compile(
    r"\b(?:drug\w*|droga\w*|high|stoned|colocon\w*|colocad\w*|subidon\w*|alcohol\w*|booze|drunk|"
    r"beer\w*|wine|vodka|beb\w*|bebid\w*|borrach\w*|cerveza\w*|chela\w*|vino|ron|tequila|"
    r"mezcal|whisk\w*|overdos\w*|sobredosis|od|oded|передоз\w*|нарк\w*|алкогол\w*|пив\w*|"
    r"toda\s+la\s+(?:caja|tira|botella|cajita|plancha)|(?:una|la)\s+caja\s+(?:entera|completa)|"
    r"водк\w*|inyect\w*|inject\w*|snort\w*|esnif\w*|smok\w*|fum\w*|suicid\w*|"
    r"morir\w*|muer\w*|die|kill\w*|todas|whole\s+(?:box|pack|bottle)|caja\s+entera|"
    r"пачк\w*|упаковк\w*|умер\w*|comedown|come\s+down|hangover|resaca|cruda|bajon\w*|withdraw\w*|"
    r"abstinencia|malilla|mono|ломк\w*|отходняк\w*|кумар\w*|похмел\w*|rave\w*|fiesta\w*|"
    r"part(?:y|ies)|festival\w*|shot|shoot\w*|pinch\w*|absces\w*|abscess\w*|llaga\w*|wound\w*|"
    r"абсцесс\w*|укол\w*)\b"
)


def everyday_medicine(text: str) -> bool:
    """The message is about everyday medicines only (painkillers, stomach tablets) with nothing of a
    drug, alcohol, an overdose or a high in it (the caller checks other substance names)."""
    folded = fold(text)
    return (
        _EVERYDAY_MEDICINE.search(folded) is not None and _MEDICINE_MISUSED.search(folded) is None
    )


def without_everyday_medicine(text: str) -> str:
    """The (folded) message with its everyday medicines taken out."""
    return _EVERYDAY_MEDICINE.sub(" ", fold(text))


# Everyday matters of a life, said without any street word: each kind is a question the search
# finds words for in some topic, though nothing in it is about drugs ("me salió positiva la
# prueba de embarazo" is not the pregnancy topic, "my new tattoo is red and swollen" not wound
# care, "cuánto me toca de finiquito después de 3 años" not tolerance loss, "cómo paso mis
# chats de whatsapp al celular nuevo" not this bot's privacy). The caller checks that no
# substance is named; any word of using, drinking, the police, a dealer, a stash job or this bot
# keeps it a question for the library (``_MATTER_IN_USE``).
_EVERYDAY_MATTER = re.compile(
    r"\b(?:"
    # pregnancy and a baby as life events: a test, the weeks, a late period, breastfeeding,
    # formula, after the birth, contraception
    r"(?:prueba|test|examen|pruebita)s?\s+de\s+embarazo|pregnancy\s+tests?|"
    r"semanas\s+de\s+embarazo|how\s+many\s+weeks\s+pregnant|"
    r"(?:ultima|last)\s+(?:regla|menstruacion|periodo|period)|"
    r"(?:retraso|atraso)\s+(?:de\s+(?:la\s+)?regla|menstrual|de\s+\d+\s+dias)|"
    r"missed\s+(?:my\s+|a\s+)?period|late\s+period|period\s+is\s+late|"
    r"lactancia|lactando|amamant\w*|dando\s+(?:el\s+)?(?:pecho|de\s+mamar|teta)|"
    r"dar\s+(?:el\s+)?(?:pecho|de\s+mamar)|breast\s*-?\s*feed\w*|"
    r"(?:leche|milk)\s+(?:de\s+)?formula|formula\s+milk|biberon\w*|baby\s+bottles?|"
    r"(?:take|takes|taking)\s+(?:the|a)\s+bottle|postparto|posparto|despues\s+del\s+parto|"
    r"after\s+(?:giving\s+)?birth|post\s*-?\s*partum|"
    r"pastilla\s+del\s+dia\s+despues|morning\s+after\s+pill|anticonceptiv\w*|"
    r"birth\s+control|contracepti\w*|"
    # body art and everyday wounds, each by its everyday cause: a tattoo, a piercing, an
    # insect's sting, a burn in the kitchen or from the sun, a cut while shaving or cooking,
    # a rusty nail (a wound of unknown cause stays the library's)
    r"tatua\w*|tattoo\w*|tatto\w*|piercing\w*|perforacion\w*\s+(?:de|en)\s+(?:la\s+|el\s+)?"
    r"(?:oreja|nariz|ombligo|lengua|ceja|labio)|picadura\w*|"
    r"(?:pic|mordi)\w*\s+(?:\w+\s+)?(?:una|un|la|el|unas|unos)\s+(?:avispa|abeja|mosquito|"
    r"arana|medusa|chinche|pulga|garrapata|hormiga|alacran|escorpion|zancudo|perro|gato)\w*|"
    r"(?:wasp|bee|mosquito|spider|jellyfish|tick|flea|insect|bug|dog|cat)\s+(?:stings?|bites?)|"
    r"(?:stung|bitten)\s+by|sunburn\w*|quemadura\s+solar|"
    r"quemadura\w*\s+(?:de|con|del)\s+(?:aceite|sol|horno|plancha|agua|sarten|vapor)|"
    r"queme\s+(?:\w+\s+){0,3}?(?:con|en)\s+(?:el|la)\s+(?:aceite|horno|plancha|sarten|olla|"
    r"estufa|vapor|agua)|burn\w*\s+(?:\w+\s+){0,2}?(?:on|from|with)\s+(?:the\s+|an?\s+)?(?:oven|stove|"
    r"iron|pan|kettle|boiling\s+water|steam|hob)|"
    r"(?:shaving|afeit\w*|picando|cortando|chopping|cooking|cocinando)\b.{0,40}?"
    r"\b(?:cut|cuts|corte|cort\w*|sangr\w*|bleed\w*)|"
    r"(?:cut|corte|cort\w*)\b.{0,30}?\b(?:shaving|afeit\w*|cebolla|onion|knife|cuchillo|"
    r"papel|paper)|clavo\s+oxidado|rusty\s+nail|"
    # the same in Russian and Ukrainian: an insect's or a dog's bite, a kitchen or a shaving cut,
    # a burn from an iron or a kettle, a rusty nail ("укусила оса", "порезал палец ножом",
    # "опік від праски", "наступил на ржавый гвоздь")
    r"(?:укусил\w*|укусив\w*|вкусил\w*|вкусив\w*|вжалил\w*|вжалив\w*|ужалил\w*|жалит\w*)\s+"
    r"(?:\w+\s+)?(?:оса|осы|пчела|бджола|комар\w*|клещ\w*|кліщ\w*|шершень|шершні|паук|павук|"
    r"собака|пес|кот|кошка|кіт|кішка|мурав\w*)|"
    r"(?:оса|пчела|бджола|комар|клещ|кліщ|шершень|паук|павук)\s+(?:\w+\s+)?(?:укусил\w*|укусив\w*|"
    r"вкусил\w*|вкусив\w*|вжалил\w*|вжалив\w*|ужалил\w*)|"
    r"укус\w*\s+(?:осы|пчелы|бджоли|оси|комар\w*|клеща|кліща|собаки|кошки|кішки|паука|павука)|"
    r"(?:порезал\w*|порезался|порізав\w*|порізався|порез|поріз)\s+(?:\w+\s+){0,2}?"
    r"(?:палец|пальц\w*|палець|пальця)|"
    r"(?:порезал\w*|порезался|порізав\w*|порізався)\s+(?:\w+\s+){0,3}?(?:при\s+брить\w*|"
    r"під\s+час\s+гоління|когда\s+(?:резал|чистил|готовил|брил)\w*|коли\s+(?:різав|чистив|готував|"
    r"голив)\w*|бумаг\w*|папер\w*|терк\w*|тертк\w*|консерв\w*)|"
    r"(?:ожог|опік|обжег\w*|обжёг\w*|обпік\w*|обпекл\w*)\s+(?:\w+\s+){0,3}?(?:утюг\w*|прас\w*|"
    r"чайник\w*|кипятк\w*|окроп\w*|масл\w*|духовк\w*|сковород\w*|плит\w*|солнц\w*|сонц\w*|пар[оа]м)|"
    r"(?:ржав\w*|іржав\w*)\s+(?:гвозд\w*|цвях\w*)|"
    # a splinter in a finger or a foot ("se me clavó una astilla", "заноза в пальце")
    r"splinter\w*|astilla\w*|заноз\w*|скалк\w*|"
    # a graze from a fall, in Russian and Ukrainian: a knee, an elbow or a palm hurt in a fall,
    # off a bike, on the stairs or the ice ("разбил колено", "рана на коліні після падіння з
    # велосипеда", "ссадина на локте")
    r"(?:упал\w*|упав|впав|впала|впали|падени\w*|падінн\w*|свалил\w*|навернул\w*|гепнул\w*|"
    r"гепнув\w*|грохнул\w*)\b.{0,40}?\b(?:колен\w*|колін\w*|локот\w*|локт\w*|лікот\w*|лікт\w*|"
    r"ладон\w*|долон\w*|велосипед\w*|велика|самокат\w*|ролик\w*|скейт\w*|лестниц\w*|сходах|"
    r"сходів|ступеньк\w*|льду|ожеледи\w*|гололед\w*)|"
    r"(?:колен\w*|колін\w*|локот\w*|локт\w*|лікот\w*|лікт\w*|ладон\w*|долон\w*)\b.{0,40}?\b"
    r"(?:упал\w*|упав|впав|впала|падени\w*|падінн\w*)|"
    r"(?:разбил\w*|розбив\w*|розбила|ободрал\w*|обдер\w*|содрал\w*|здер\w*|здерла)\s+(?:\w+\s+)?"
    r"(?:колен\w*|колін\w*|локот\w*|локт\w*|лікот\w*|лікт\w*|ладон\w*|долон\w*)|"
    r"ссадин\w*|подряпин\w*|царапин\w*|"
    # a home test of the body: a pregnancy, an ovulation or a covid test and its strips ("тест на
    # беременность слабая полоска", "ковідний тест", "covid test two lines")
    r"(?:тест\w*|полоск\w*|смужк\w*)\s+(?:\w+\s+){0,2}?на\s+(?:беременн\w*|вагітн\w*|"
    r"овуляц\w*|ковид\w*|ковід\w*|covid\w*|коронавирус\w*|коронавірус\w*|антиген\w*)|"
    r"(?:ковидн|ковідн|коронавирусн|коронавірусн|антигенн)\w*\s+(?:экспресс-?|експрес-?)?тест\w*|"
    r"(?:covid|ковид|ковід)\s*-?\s*(?:тест\w*|tests?)|lateral\s+flow|antigen\s+tests?|"
    r"ovulation\s+tests?|(?:prueba|test)\s+(?:de\s+)?(?:covid|antigenos?|ovulacion)|"
    # a hangnail or an ingrown nail ("se me infectó un padrastro", "ingrown toenail at home")
    r"hangnail\w*|ingrown\s+(?:toe\s*)?nails?|padrastro\w*|unero\w*|unas?\s+encarnad\w*|"
    r"заусениц\w*|задирк\w*|вросш\w*\s+ногот\w*|врісл\w*\s+ніг\w*|"
    # work, money and a family's law: pay, dismissal, leave, taxes, rent, custody
    r"finiquito|despid\w*|indemnizacion\w*|aguinaldo|nomina\w*|salario\w*|sueldo\w*|"
    r"horas\s+extras?|contrato\s+(?:de\s+trabajo|laboral|temporal|indefinido)|"
    r"baja\s+(?:medica|laboral|por\s+enfermedad|de\s+maternidad|de\s+paternidad)|"
    r"dias\s+de\s+baja|incapacidad\s+(?:del\s+imss|laboral|medica)|"
    r"(?:cobrar|cobro|cobra|pedir|solicitar)\s+(?:el\s+|del\s+)?paro|desempleo|hacienda|"
    r"declaracion\s+de\s+(?:la\s+)?renta|impuestos?|irpf|autonomos?|freelanc\w*|"
    r"taxes|tax\s+returns?|redundancy|severance|payslips?|paychecks?|wages?|salary|overtime|"
    r"sick\s+(?:days?|leave|pay|note)|maternity\s+leave|unfair\s+dismissal|laid\s+off|"
    r"(?:hasn'?t|has\s+not|didn'?t|did\s+not|won'?t)\s+paid?\s+me|"
    r"landlord|casero|arrendador|fianza|deposit\s+back|evict\w*|desahuci\w*|"
    r"custodia|custody|pension\s+(?:alimenticia|de\s+alimentos)|child\s+support|"
    r"regimen\s+de\s+visitas|visitation|divorci\w*|hipoteca\w*|mortgage|retirement|"
    r"jubilacion|(?:my|mi)\\s+ex\\b|"
    # a vehicle and its fines: towed away, a driving licence, the roadworthiness test, a
    # parking or a traffic ticket ("la grúa se llevó mi coche", "got a ticket for running a red")
    # a car's upkeep ("поменять масло в машине", "акумулятор сів", "стучит подвеска")
    r"(?:замен|помен|помін|залит|залив|моторн)\w*\s+(?:\w+\s+)?масл\w*|"
    r"масл\w*\s+(?:в|у)\s+(?:двигател|двигун|мотор|коробк)\w*|аккумулятор\w*|акумулятор\w*|"
    r"стартер\w*|подвеск\w*|підвіск\w*|техосмотр\w*|техогляд\w*|шиномонтаж\w*|"
    r"коробк\w*\s+передач|"
    r"grua|towed|tow\s+truck|corralon|itv|verificacion\s+vehicular|carnet\s+por\s+puntos|"
    r"puntos\s+del\s+carnet|licencia\s+de\s+(?:manejo|conducir)|driving\s+licen[cs]e|"
    r"(?:multa|infraccion|ticket)\w*\s+(?:\w+\s+){0,3}?(?:por|for)\s+(?:\w+\s+){0,2}?"
    r"(?:estacion\w*|aparc\w*|park\w*|hablar|hablando|texting|red\s+light|semaforo|alto|"
    r"exceso|speed\w*|velocidad|cinturon|seatbelt)|"
    r"(?:celular|movil|telefono|phone)\s+(?:\w+\s+)?(?:manejando|conduciendo|al\s+volante|"
    r"while\s+driving)|"
    # a phone, a computer and their apps: the technician's, never this bot's privacy
    r"whatsapp|instagram|tiktok|facebook|snapchat|youtube|iphone|android|icloud|gmail|"
    r"(?:celular|movil|telefono|phone|cel)\s+nuevo|new\s+phone|"
    r"(?:mojo|cayo|rompio|calienta)\s+(?:el|mi)\s+(?:celular|movil|telefono)|"
    r"(?:celular|movil|telefono|phone)\s+(?:ya\s+)?(?:no\s+(?:prende|enciende|carga)|"
    r"won'?t\s+(?:turn\s+on|charge))|"
    r"(?:fotos|photos|mensajes|messages|chats|archivos|files)\s+(?:\w+\s+)?(?:borrad\w*|deleted)|"
    r"deleted\s+(?:photos|messages|files|chats)|copia\s+de\s+seguridad|backup|"
    r"bateria|battery|cargador|charger|portatil|laptop|ordenador|computadora|impresora|printer|"
    r"bluetooth|pantalla\s+rota|cracked\s+screen|netflix|spotify|numero\s+desconocido|"
    r"unknown\s+number|hacke\w*|spam|"
    # one everyday symptom of the body, for days or at night, with no drug and no stopping
    # ("tengo diarrea desde hace 3 días, qué como", "vomité toda la noche"): the signs of
    # withdrawal or of a high together keep it the library's (``_MATTER_IN_USE``)
    r"diarrea|diarrh?o?ea|vomit\w*|vomite|nause\w*|mareo\w*|insomnio|insomnia|"
    r"no\s+(?:duermo|puedo\s+dormir|consigo\s+dormir|pego\s+ojo)\s+(?:bien|nada|por\s+las\s+noches|"
    r"desde)|can'?t\s+(?:get\s+to\s+)?sleep\s+(?:well|at\s+night|since|for)|"
    r"orina\s+(?:muy\s+)?(?:oscura|turbia|con\s+espuma)|dark\s+(?:urine|pee)|"
    r"(?:bulto|bolita|ganglio)\w*\s+en\s+(?:el|la)\s+(?:cuello|axila|pecho|ingle|seno)|"
    r"lump\s+(?:in|on)\s+my\s+(?:neck|armpit|breast|groin)|me\s+(?:late|tiembla|brinca)\s+el\s+ojo|"
    r"eye\s+(?:keeps\s+)?twitch\w*|hormigueo|tingling|calambre\w*|cramps?|"
    r"gases|(?:estomago|barriga|panza|tripa)\s+hinchad[oa]|bloat\w*|indigestion|acidez|"
    r"heartburn|reflujo|reflux|no\s+hace\s+caca|(?:sangr\w*\s+(?:por\s+)?la\s+nariz|"
    r"nose\s*bleeds?)\s+(?:\w+\s+){0,3}?(?:sin\s+(?:motivo|razon|causa)|for\s+no\s+reason)|"
    # one everyday ache or a cold said plainly ("my head is pounding", "me duele la espalda
    # baja", "traigo un dolor de muelas", "sore throat and a cough", "tengo calentura"): the
    # doctor's or the chemist's, never a drug topic while no drug, no using and no despair is
    # in the message (``_MATTER_IN_USE``; chest pain and a racing heart stay the library's)
    r"head\s*aches?|migraines?|jaquecas?|migranas?|"
    r"(?:stomach|tummy|belly|back|tooth|ear|neck)\s*-?\s*aches?|"
    r"(?:my|his|her|the)\s+(?:head|stomach|tummy|belly|back|lower\s+back|tooth|teeth|ears?|neck|"
    r"throat|knees?|shoulders?|hips?|legs|feet|calves|muscles|joints)\s+(?:\w+\s+)?(?:hurts?|hurting|aches?|aching|is\s+killing\s+me|"
    r"(?:is|are|keeps?)\s+(?:pounding|throbbing|splitting|sore))|"
    r"(?:back|neck|tooth|ear|knee|shoulder|period)\s+pain|sore\s+(?:throat|back|neck)|"
    r"upset\s+stomach|sick\s+to\s+my\s+stomach|"
    r"(?:me|le|te|nos)\s+(?:duele|duelen|dolia|dolio|esta\s+doliendo)\s+(?:\w+\s+){0,2}?"
    r"(?:la|el|las|los|una|mi|mis)\s+(?:cabeza|estomago|barriga|panza|tripa|espalda|muelas?|"
    r"dientes?|garganta|oidos?|cuello|rodillas?|hombros?|cadera|regla|lumbares|cervicales|piernas|"
    r"pies|gemelos|musculos|articulaciones)|"
    # a vaccine and its sore arm ("me vacunaron ayer y me duele el brazo", "arm hurts after
    # my flu jab")
    r"vacun\w*|vaccin\w*|flu\s+(?:shot|jab)|covid\s+(?:shot|jab)|booster|"
    r"dolor(?:es|cito)?\s+de\s+(?:cabeza|estomago|barriga|panza|tripa|espalda|muelas?|garganta|"
    r"oidos?|cuello|rodillas?|regla|ovarios)|"
    r"(?:tengo|tiene|traigo|trae|con)\s+(?:\w+\s+)?(?:fiebre|calentura|tos|gripe|gripa|"
    r"resfriado|catarro|anginas|otitis)|"
    r"(?:i|he|she|we)\s+(?:have|has|got|ha?ve\s+got|am\s+running|is\s+running)\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?(?:fever|temperature|cough|cold|flu|sore\s+throat|earache|headache)|"
    r"(?:stuffy|blocked|runny)\s+nose|nariz\s+(?:tapada|congestionada)|"
    r"(?:can'?t|cannot|cant)\s+(?:fall\s+asleep|(?:get\s+to\s+)?sleep)|trouble\s+sleeping|"
    r"no\s+(?:puedo|consigo|logro)\s+(?:dormir|conciliar\s+el\s+sueno)|"
    r"me\s+despierto\s+(?:a\s+las|de\s+madrugada|en\s+la\s+noche|por\s+la\s+noche|cada\s+noche)|"
    r"wake\s+up\s+(?:at\s+\d|every\s+night|in\s+the\s+middle\s+of\s+the\s+night)|"
    r"colicos|colic|agruras|dizzy\s+when\s+i\s+stand|mareo\s+al\s+levantarme|"
    # an itch, a red eye, an eyelid that twitches ("me pica el ojo", "me pica todo el cuerpo
    # por las noches"): "me pica" is an itch, never "me pico" (I inject); never a heat stroke
    # (overheating is a stimulant's danger too)
    r"me\s+pica(?:n)?\s+(?:mucho\s+|muchisimo\s+|un\s+chingo\s+)?(?:el|la|los|las|todo|toda|mi|mis)\s+"
    r"(?:\w+\s+)?(?:ojos?|piel|cabeza|cuero|garganta|nariz|cuerpo|espalda|pies|manos|piernas|"
    r"orejas?|oidos?|cara|cuello)|picor\w*|picazon|comezon|urticaria|sarpullido|ronchas|"
    r"itch(?:y|ing|es)?|rash|hives|ojos?\s+rojos?|red\s+eyes?|conjuntivitis|pink\s+eye|orzuelo|stye|"
    r"(?:me\s+)?(?:tiembla|tiemblan|brinca|brincan)\s+(?:el|los)\s+parpados?|eyelid\s+twitch\w*|"
    # a symptom with its everyday cause said (issue 9, late twenty-second session): nerves before
    # an exam, a talk or a job interview ("me tiemblan las manos en los exámenes", "stage fright
    # before my presentation"), the cold ("labios agrietados por el frío"), climbing stairs, an
    # eye doctor's drops ("pupilas dilatadas después del oculista"); a drug, using or drinking
    # beside it keeps it the library's (``_MATTER_IN_USE``)
    r"(?:antes\s+de(?:l|\s+(?:un|una|mi|los|las))?|en(?:\s+(?:el|los|las|un|mis))?|durante\s+(?:el|los|las))\s+"
    r"(?:examen\w*|examenes|parcial\w*|exposicion\w*|presentacion\w*|entrevista\w*)|"
    r"hablar\s+en\s+publico|miedo\s+escenico|nervios\s+de\s+(?:examen|exposicion)\w*|"
    r"(?:before|during)\s+(?:an?\s+|my\s+|the\s+)?(?:exams?|tests?|presentation|job\s+interview|"
    r"interview|speech)|public\s+speaking|stage\s+fright|"
    r"(?:por|con)\s+el\s+frio|cuando\s+hace\s+frio|(?:in|from)\s+the\s+cold\s+(?:weather|wind)|"
    r"(?:subo|subir|subiendo|sube)\s+(?:las\s+|unas\s+)?escaleras|climbing\s+(?:the\s+)?stairs|"
    r"oculista|oftalmolog\w*|optometrist\w*|optician|eye\s+(?:doctor|exam)|"
    # out of work ("me quedé sin trabajo", "lost my job")
    r"sin\s+(?:trabajo|empleo|chamba|curro)|lost\s+my\s+job|"
    # a spot on the face or inside the nose ("me salió un grano dentro de la nariz")
    r"(?:granos?|granitos?|espinillas?)\s+(?:\w+\s+){0,2}?(?:en|de)\s+(?:la|el|mi)\s+"
    r"(?:nariz|cara|frente|espalda|barbilla|menton|oreja|labio)|pimples?|zits?|"
    # the body's everyday measures and troubles
    r"(?:tension|presion)\s+(?:arterial|alta|baja|en\s+\d+)|blood\s+pressure|colesterol|"
    r"cholesterol|glucosa|azucar\s+en\s+(?:la\s+)?sangre|blood\s+sugar|tiroides|thyroid|"
    r"ronc\w*|snor\w*|hemorroid\w*|estrenimiento|estrenid[oa]|constipat\w*|acne|caspa|dandruff|"
    r"juanete\w*|lumbago|ciatica|sciatica|herpes\s+labial|cold\s+sores?|"
    r"piojos|liendres|head\s+lice|nits|"
    # the same in Russian and Ukrainian: one everyday symptom said plainly ("болит голова с
    # утра", "нудить вже тиждень", "не можу заснути", "зуб ноет", "температура 38,5", "давление
    # 150 на 90"); a drug named, using, drinking, a party, a comedown or the signs of withdrawal
    # beside it keep it the library's (``_MATTER_IN_USE``)
    r"(?:болит|болела|болело|разболелась|раскалывается|трещит|ноет|болить|боліла|розболілася|"
    r"розболілась|тріщить|розколюється|ниє)\s+(?:\w+\s+){0,2}?(?:голова|голову|башка)|"
    r"(?:голова|башка)\s+(?:\w+\s+){0,2}?(?:болит|болела|раскалывается|трещит|кружится|кружилась|"
    r"болить|боліла|тріщить|розколюється|паморочиться|крутиться|йде\s+обертом)|"
    r"(?:кружится|кружилась|паморочиться|крутиться)\s+(?:\w+\s+)?голова|головокружени\w*|"
    r"запаморочен\w*|головн\w*\s+(?:боль|боли|болью|біль|болі|болем)|мигрен\w*|мігрен\w*|"
    r"тошнит|тошнило|тошнота|тошноту|подташнива\w*|мутит|нудить|нудило|нудота|нудоту|"
    r"підташнову\w*|рвота|рвоту|рвет|вырвало|стошнило|блюю|блювот\w*|блював\w*|вирвало|"
    r"температур\w*\s+(?:\w+\s+){0,2}?(?:3[5-9]|4[01])(?:[.,]\d)?|"
    r"(?:3[5-9]|4[01])(?:[.,]\d)?\s+(?:градус\w*\s+)?температур\w*|температур(?:ю|ит|ить)|"
    r"(?:болит|болят|болел|режет|ноет|ноют|колет|тянет|болить|болять|болів|ріже|ниє|ниють|коле|"
    r"тягне)\s+(?:\w+\s+){0,2}?"
    r"(?:живот|желудок|живіт|шлунок|горло|спина|спину|поясниц\w*|поперек|шея|шию|ухо|вухо|зуб\w*|"
    r"колен[оиа]|колін[оа]|плечо|плечи|плечі|сустав\w*|суглоб\w*)|"
    r"(?:живот|желудок|живіт|шлунок|горло|спина|поясница|поперек|шея|ухо|вухо|зуб|зубы|зуби|колено|"
    r"коліно|плечо|суставы|суглоби|колени|коліна)\s+(?:\w+\s+){0,2}?(?:болит|болят|болел|ноет|ниє|"
    r"ноют|ниють|болить|болять|болів|дерет|"
    r"дере|першит|першить)|"
    r"изжог\w*|печі[яюї]|вздути\w*|здутт\w*|пучит|запор\w*|закреп\w*|понос\w*|диаре\w*|діаре\w*|"
    r"не\s+(?:могу|можу|получается|виходить)\s+(?:\w+\s+)?(?:уснуть|заснуть|уснути|заснути)|"
    r"бессонниц\w*|безсонн\w*|(?:плохо|погано)\s+сплю|"
    r"насморк\w*|нежить|нежиті|сопли|соплі|кашель|кашля\w*|кашлю|кашлян\w*|простуд\w*|"
    r"застуд\w*|ангин\w*|ангін\w*|"
    r"давлени\w*\s+(?:\w+\s+)?(?:1\d\d|[5-9]\d|высок\w*|низк\w*|повыш\w*|пониж\w*|скач\w*)|"
    r"тиск\w*\s+(?:\w+\s+)?(?:1\d\d|[5-9]\d|висок\w*|низьк\w*|підвищ\w*|знижен\w*|скаче)|"
    r"(?:артериальн|артеріальн)\w*\s+(?:давлен\w*|тиск\w*)|гипертони\w*|гіпертоні\w*|"
    r"гипотони\w*|гіпотоні\w*"
    r")\b"
)
# what keeps an everyday matter a question for the library: using, drinking, a high, craving or
# quitting, injecting, a dealer or a stash job, the police, this bot, a condom or an infection
_MATTER_IN_USE = re.compile(
    r"\b(?:"
    r"drug\w*|droga\w*|narco\w*|dos(?:e|es|is|age)|overdos\w*|sobredosis|od|"
    r"high(?!\s+(?:school|blood|cholesterol|fever|temperature|pressure|heels?))|"
    r"stoned|wasted|colocad\w*|colocon\w*|pasad[oa]s?|subidon\w*|bajon\w*|viaje|trip\w*|"
    r"consum\w*|using|(?:i|we|she|he|they|still|and|to)\s+use[sd]?|me\s+meto|se\s+mete|te\s+metes|"
    r"meter(?:me|se|te|nos)|meti|metio|metimos|fum\w*|smok\w*|vape\w*|vapea\w*|vaping|vapeo|esnif\w*|snort\w*|inhal\w*|"
    r"inyect\w*|inject\w*|pinch\w*|chut\w*|vena\w*|veins?|shoot\w*|shot\s+up|slam\w*|"
    r"missed\s+(?:a\s+|my\s+)?shot|jeringa\w*|syringe\w*|needles?|aguja\w*|"
    r"alcohol\w*|borrach\w*|drunk|booze|beer\w*|cerveza\w*|chela\w*|vino|wine|tequila|mezcal|"
    r"vodka|whisk\w*|cubata\w*|beb(?:o|er|iendo|i|io)|drinking(?!\s+water)|hangover|resaca|"
    r"cruda|fiesta\w*|part(?:y|ies)|rave\w*|festival\w*|antro\w*|chemsex|chems|sesion\w*\s+(?:de\s+)?(?:sexo|chemsex)|"
    r"withdraw\w*|abstinencia|mono|malilla|detox|desintox\w*|rehab\w*|adict\w*|addict\w*|"
    r"engancha\w*|hooked|craving\w*|antojo\w*|dejarl[oa]|quit\w*|reca[ei]\w*|relaps\w*|"
    r"(?:llevo|estoy|sigo)\s+(?:\w+\s+){0,3}?limpi[oa]|(?:been|stay\w*|staying)\s+clean|clean\s+(?:for|since)|"
    r"sin\s+dormir|sin\s+pegar\s+ojo|dej[eo]\s+(?:de|el|la|los|las)|stopp?ed|"
    # the signs of withdrawal, of a high or of an overdose beside the symptom
    r"bostez\w*|yawn\w*|escalofri\w*|chills|piel\s+de\s+gallina|goosebumps|huesos|bones|"
    r"sud(?:o|or|ores|ando)|sweat\w*|piernas\s+inquietas|restless|"
    # trembling, never an eyelid that twitches ("me tiemblan los párpados")
    r"tiembl\w*(?!\s+(?:el|los)\s+(?:parpados?|ojos?)\b)|temblor\w*|shak\w*|"
    r"alucin\w*|hallucin\w*|paranoi\w*|convuls\w*|seizure\w*|respir\w*|breath\w*|morad[oa]s?|"
    r"blue\s+lips|desmay\w*|faint(?:ed|ing)|passed\s+out|inconscien\w*|unconscious|"
    r"dealer\w*|camello\w*|vend\w*|sell\w*|compr\w*|buy\w*|pedido\w*|paquete\w*|"
    r"parcel\w*|packages?|stash\w*|escond\w*|alijo\w*|tirador\w*|courier\w*|"
    r"repart\w*|cripto\w*|crypto\w*|telegram\w*|"
    r"polic\w*|poli|polis|tombos?|cops?|pigs|arrest\w*|deten\w*|detuv\w*|calabozo|"
    r"pill(?:a|an|e|o|aron|ado)|caught|agarr\w*|antecedentes|criminal\s+record|"
    r"me\s+registr\w*|registrar(?:me|on)|registr\w*\s+(?:la|el|mi|mis)\s+(?:mochila|bolso|"
    r"coche|carro|auto|cartera|bolsillos?|ropa|casa|celular|movil)|cache\w*|searched|frisk\w*|posesion|tenencia|possession|"
    r"bot|chatbot|anonim\w*|anonym\w*|privacidad|privacy|mis\s+datos|my\s+data|"
    r"condon\w*|condom\w*|prep|pep|vih|hiv|sida|aids|hepatitis|hepa|ets|stis?|stds?|"
    r"infecci\w*\s+de\s+transmision\s+sexual|"
    r"suicid\w*|matarme|kill\s+myself|morir\w*|want\s+to\s+die|wanna\s+die|"
    # the same in Russian and Ukrainian: drugs, a dose, a high or a comedown ("на отходах",
    # "после вчерашнего"), withdrawal and its signs ("кумарит", "кости ломит", "трясёт"), using
    # ("вмазался", "нюхал", "курил"), drinking ("с бодуна", "после запоя"), a party, the
    # police or a dealer, this bot, an infection, wanting to die, rehab or a relapse
    r"нарк\w*|доз(?:а|ы|у|ой|е|и|ою|ировк\w*|уванн\w*)|передоз\w*|употреб\w*|вжива\w*|"
    r"вживан\w*|кайф\w*|отходняк\w*|отходос\w*|відходняк\w*|відходос\w*|отход\w*|відход\w*|"
    r"после\s+вчерашн\w*|після\s+вчорашн\w*|бодун\w*|сушняк\w*|похмел\w*|"
    r"кумар\w*|ломк\w*|ломает|ломит|ломало|ломить|ламає|ламало|крутит\s+(?:\w+\s+)?(?:кости|ноги|"
    r"руки|суставы)|крутить\s+(?:\w+\s+)?(?:кістки|ноги|руки|суглоби)|кости|кістки|"
    r"вмаз\w*|ширя\w*|ширн\w*|ширк\w*|укол\w*|колюсь|колюся|колоть|колоти|кололс\w*|колол[аи]?|"
    r"кольн\w*|вен[аыуе]|вени|шприц\w*|игл[аыу]|иглой|голк[аиу]|голкою|баян\w*|"
    r"нюха\w*|нюхн\w*|нанюх\w*|кур(?:ю|ил|ила|или|ить|им|ит|ят|ив|ила|ити|имо)|покур\w*|накур\w*|"
    # a line snorted ("после дорожки нос не дышит"), never a treadmill ("беговая дорожка")
    r"(?<!беговой\s)(?<!беговая\s)(?<!бігової\s)(?<!бігова\s)(?:дорожк\w*|доріжк\w*)|"
    r"вейп\w*|вэйп\w*|кальян\w*|затяж\w*|затяг\w*|тяг|поплыл\w*|поплыв\w*|пливл\w*|попливл\w*|"
    # a treatment or the street supply ("на бупрі замість вуличного погано сплю")
    r"бупр\w*|субутекс\w*|метадон\w*|замісн\w*|заместит\w*|зпт|озт|вуличн\w*|уличн\w*|"
    r"обкур\w*|дунул\w*|дунув\w*|закину\w*|закида\w*|бахну\w*|упорол\w*|прин(?:ял|яла|яли)|"
    r"прийня(?:в|ла|ли)|накры\w*|накри\w*|штыр\w*|штир\w*|торкн\w*|вставил\w*|перло|"
    r"бух\w*|запо[йяюе]\w*|перепил\w*|выпил\w*|выпива\w*|випив\w*|пил[аи]?|пью|п'ю|водк\w*|"
    r"пив[оау]|пивом|вин[оау]|алкогол\w*|спиртн\w*|"
    r"тус\w*|вечеринк\w*|вечірк\w*|пати|паті|клуб\w*|фестивал\w*|рейв\w*|"
    r"трип\w*|тріп\w*|бэд\w*|глюк\w*|галлюц\w*|галюц\w*|параной\w*|параноя\w*|"
    r"трясет|трясло|трясут|трусит\w*|трусить|трусило|тремор\w*|колотит|колотить|пот[ае]ю|"
    r"пітні\w*|пітлив\w*|потлив\w*|пропотел\w*|мурашк\w*|зева\w*|позіха\w*|судорог\w*|судом\w*|"
    r"припад\w*|не\s+дыш\w*|не\s+диха\w*|дыхани\w*|дихання|синие\s+губы|губы\s+синие|губи\s+сині|"
    r"сині\s+губи|посинел\w*|посинів\w*|отключил\w*|вырубил\w*|вирубив\w*|відключив\w*|"
    r"зрачк\w*|зіниц\w*|без\s+сна|без\s+сну|"
    r"барыг\w*|дилер\w*|клад|клада|кладом|закладк\w*|закладчик\w*|мент(?:ы|ов|ам|ами|а|у|ом)?|"
    r"ментовк\w*|полици\w*|полиц\w*|поліці\w*|поліцейськ\w*|мусор(?:а|ов|ам|ами)|копы|копов|"
    r"арест\w*|задерж\w*|затрима\w*|обыск\w*|обшук\w*|"
    r"бот|бота|боту|ботом|аноним\w*|анонім\w*|презерватив\w*|гандон\w*|вич|віл|спид|снід|"
    r"гепатит\w*|суицид\w*|суїцид\w*|покончить|убить\s+себя|вбити\s+себе|"
    r"(?:не\s+хочу|не\s+хочется|не\s+хочеться)\s+жит[ьи]|жит[ьи]\s+не\s+хоч\w*|умереть|померти|"
    r"реаб\w*|ребцентр\w*|нарколог\w*|детокс\w*|завяз\w*|зав'яз\w*|срыв\w*|сорвал\w*|зрив\w*|"
    r"зірвав\w*|тяга|тягу|тяги|бросил[аи]?|кинув|кинула|"
    # despair, a comedown or a night out, a wound, the heart, days awake or sleeping pills beside
    # an ache ("my head hurts and i want to hurt myself", "headache on the comedown", "no puedo
    # dormir sin pastillas", "dizzy and my heart is racing"): the library's
    r"hurt(?:ing)?\s+myself|self\s*-?\s*harm\w*|hopeless|can'?t\s+go\s+on|end\s+it\s+all|"
    r"no\s+quiero\s+(?:seguir|vivir)|ya\s+no\s+(?:aguanto|puedo\s+mas)|desesperad\w*|"
    r"comedown\w*|come\s+down|coming\s+down|crash\w*|night\s+out|partying|"
    r"wound\w*|herida\w*|llaga\w*|absces\w*|pus|"
    r"heart\w*|corazon|chest|palpitat\w*|taquicardia|racing|"
    # the chest, never the breast given to a baby ("dando (el) pecho")
    r"(?<!dando\s)(?<!dar\s)(?<!doy\s)(?<!dando\sel\s)(?<!dar\sel\s)(?<!doy\sel\s)pecho|"
    r"awake\s+for|up\s+for\s+\d+|haven'?t\s+slept\s+(?:in|for)|"
    r"sin\s+(?:\w+\s+)?pastillas|without\s+(?:\w+\s+)?pills|sleeping\s+pills?|"
    r"pastillas\s+para\s+dormir|"
    # anxiety or low mood, and the days off a drug with kicking legs ("my anxiety is through
    # the roof and i cant sleep", "day 2 off the gear, cant sleep"): the library's
    r"anxi\w*|panic\w*|depress\w*|ansiedad|ansios[oa]s?|panico|depresi\w*|deprimid[oa]s?|angustia\w*|"
    r"dope\w*|gear|kick\w*|day\s+(?:\d+|one|two|three|four|five)\s+(?:off|without|no|clean)|"
    r"dia\s+(?:\d+|uno|dos|tres|cuatro|cinco)\s+sin|"
    r"(?:primer|segundo|tercer|cuarto|quinto)\s+dia\s+sin|(?:first|second|third|fourth|fifth)\s+"
    r"day\s+(?:off|without|no|clean)|"
    # a class of drugs named ("itchy all over on opioids")
    r"opioid\w*|opiate\w*|opiace\w*|opioide\w*|stimulant\w*|estimulant\w*|benzo\w*|"
    r"psychedelic\w*|psicodelic\w*|downers?|uppers?"
    r")\b"
)


# a nose that does not breathe is a blocked nose ("нос вообще не дышит", "ніс не дихає"): a cold,
# not a breath stopped (the guard above)
_BLOCKED_NOSE = re.compile(
    r"\b(?:нос|ніс)\s+(?:\w+\s+)?не\s+(?:дыш\w*|диха\w*)|\bне\s+(?:дыш\w*|диха\w*)\s+носом\b"
)


# Trouble of the nose said with its everyday cause: the heating or dry air, a cold or hay fever,
# blowing it, a flight, the heat, one side always blocked ("my nose bleeds when the heating is
# on", "sangrado de nariz después de sonarme por el resfriado"): the chemist's or the doctor's,
# not snorting, when nothing names a drug (the caller checks; issue 9, twenty-third session)
_NOSE_TROUBLE = re.compile(
    r"\b(?:nose\s*bleed\w*|bloody\s+nose|nose\b.{0,50}?\bbleed\w*|nose\s+(?:\w+\s+){0,2}?(?:blocked|"
    r"stuffed|stuffy|runny|crusty|dry)|(?:blocked|stuffy|stuffed|runny|dry|crusty)\s+nose|"
    r"sangr\w*\s+(?:\w+\s+)?(?:de\s+|por\s+)?(?:la\s+)?nariz|sangrado\s+nasal|hemorragia\s+nasal|"
    r"epistaxis|nariz\s+(?:\w+\s+){0,2}?(?:tapada|congestionada|seca|reseca)|nariz\b.{0,50}?\bsangr\w*|"
    r"(?:tapada|congestionada|seca)\s+la\s+nariz|mocos?\s+con\s+sangre|costras?\s+(?:en|de)\s+la\s+nariz|"
    r"кров\w*\s+(?:\w+\s+)?(?:из|з)\s+носа|носов\w*\s+кровотеч\w*|заложен\w*\s+нос|"
    r"закладен\w*\s+ніс|нос\s+(?:\w+\s+)?заложен\w*|ніс\s+(?:\w+\s+)?закладен\w*)"
)
_NOSE_CAUSE = re.compile(
    r"\b(?:heating|heater\w*|radiator\w*|dry\s+air|air\s*con\w*|winter|cold\s+(?:weather|air)|"
    r"(?:a|the|my|this)\s+cold|flu|allerg\w*|hay\s*fever|pollen|(?:blow\w*|blew)\s+(?:\w+\s+)?"
    r"(?:nose|it)|picking|plane|flight|flying|altitude|heat\s*wave|hot\s+weather|the\s+heat|"
    r"humidifier|sinus\w*|(?:one|un)\s+(?:side|lado)|"
    r"calefacc\w*|radiador\w*|aire\s+(?:seco|acondicionado)|clima\s+seco|invierno|frio|resfri\w*|"
    r"catarro|constipad\w*|gripe|gripa|alergi\w*|polen|son(?:ar|arme|arse|andome|andose|e|o|aba)|"
    r"avion|vuelo|altura|calor|hurg\w*|humidificador|sinusitis|"
    r"отоплен\w*|батаре\w*|опален\w*|сух\w*\s+воздух|сух\w*\s+повітр\w*|зим\w*|простуд\w*|"
    r"застуд\w*|аллерги\w*|алергі\w*|насморк\w*|нежит\w*|жар[аиу]|спек\w*|самолет\w*|літак\w*)\b"
)
# blowing the nose names no powder ("after blowing it too hard", "blew my nose")
_BLOWN_NOSE = re.compile(r"\b(?:blow\w*|blew)\s+(?:(?:my|your|his|her|their|our|the)\s+nose|it)\b")


def everyday_nose(text: str) -> bool:
    """Nose trouble (a nosebleed, a blocked or dry nose) said with an everyday cause (the
    heating, a cold, blowing it, a flight, the heat) and nothing of using, drinking, a party or
    this bot in it (the caller checks that no substance is named: ``without_blown_nose``)."""
    folded = _BLOCKED_NOSE.sub(" насморк ", fold(text))
    return (
        _NOSE_TROUBLE.search(folded) is not None
        and _NOSE_CAUSE.search(folded) is not None
        and _MATTER_IN_USE.search(folded) is None
    )


def without_blown_nose(text: str) -> str:
    """The message (folded) without blowing the nose ("blowing it", "blew my nose")."""
    return _BLOWN_NOSE.sub(" ", fold(text))


def names_matter(text: str) -> bool:
    """Something in the message names a drug practice or a harm-reduction matter (using, a dose,
    a high, withdrawal, drinking, a party, injecting, the police, an infection, this bot)."""
    return _MATTER_IN_USE.search(_BLOCKED_NOSE.sub(" насморк ", fold(text))) is not None


# a theft suffered ("me robaron la bici", "nos asaltaron", "someone stole my phone"): the police
# asked about it are the victim's, not the police of drug talk (issue 9, late twenty-second session)
_THEFT_SUFFERED = re.compile(
    r"\b(?:(?:me|nos|le|les|te)\s+(?:robaron|robo|han\s+robado|asaltaron|asalto|bolsearon|"
    r"carterearon)|(?:(?:i|we|he|she)\s+)?(?:was|were|got)\s+(?:robbed|mugged|pickpocketed)|"
    r"(?:someone|somebody|they)\s+stole\s+(?:my|our)|"
    r"меня\s+обокрали|у\s+меня\s+украли|мене\s+обікрали|у\s+мене\s+вкрали)\b"
)
_VICTIMS_POLICE = re.compile(
    r"\b(?:polic\w*|poli|cops?|police|полиц\w*|поліц\w*|denunci\w*|report\w*|comisaria)\b"
)

# the police doing something to the person ("me encontró una bolsita", "me revisaron", "me
# pararon", "searched me", "found"): the police of drug talk, whatever was stolen
_POLICE_ON_PERSON = re.compile(
    r"\b(?:encontr\w*|hall\w*|revis\w*|registr\w*|cache\w*|catea\w*|pararon|paro|detuv\w*|"
    r"deten\w*|arrest\w*|multa\w*|agarr\w*|pill\w*|search\w*|found|stopped|caught|fined|"
    r"нашли|нашел|нашла|обыск\w*|знайшли|обшук\w*|затрим\w*|задерж\w*)\b"
)


# nerves before an exam, a talk or a job interview, and the body's own signs of them: shaking,
# sweating, a pounding heart ("me tiemblan las manos antes de una entrevista", "my hands shake
# and sweat before exams"): those signs are not withdrawal's nor a stimulant's when the nerves'
# cause is said and nothing else of using is (issue 9, twenty-third session)
_NERVES_CAUSE = re.compile(
    r"\b(?:(?:antes\s+de(?:l|\s+(?:un|una|mi|los|las))?|en(?:\s+(?:el|los|las|un|una|mis))?|"
    r"durante\s+(?:el|los|las))\s+(?:examen\w*|examenes|parcial\w*|exposicion\w*|presentacion\w*|"
    r"entrevista\w*)|hablar\s+en\s+publico|miedo\s+escenico|nervios\s+de\s+(?:examen|exposicion)\w*|"
    r"(?:before|during|in)\s+(?:an?\s+|my\s+|the\s+)?(?:exams?|tests?|presentations?|job\s+interviews?|"
    r"interviews?|speech(?:es)?)|public\s+speaking|stage\s+fright)\b"
)
_NERVES_SIGNS = re.compile(
    r"\b(?:tiembl\w*|temblor\w*|shak\w*|trembl\w*|sud(?:o|or|ores|ando)|sweat\w*|"
    r"heart\s+(?:\w+\s+)?(?:races|racing|pounds|pounding)|palpitat\w*|taquicardia|"
    r"corazon\s+(?:\w+\s+){0,2}?(?:a\s+mil|acelerad\w*|rapido|fuerte))\b"
)


# legs that will not keep still at night or in bed, said alone ("my legs twitch every night when i
# lie down", "se me mueven solas las piernas por las noches"): one everyday symptom (restless legs
# syndrome), the doctor's; a drug named, stopping or another sign of withdrawal beside it (yawning,
# sweats, goosebumps) keep it the library's
_RESTLESS_LEGS = re.compile(
    r"\b(?:restless\s+legs?(?:\s+syndrome)?|legs?\s+(?:\w+\s+){0,3}?(?:twitch\w*|restless|jump\w*|"
    r"jerk\w*|won'?t\s+(?:keep|stay)\s+still)|piernas\s+inquietas|"
    r"(?:se\s+me\s+)?mueven\s+solas\s+las\s+piernas|piernas\s+(?:\w+\s+){0,2}?(?:inquietas|"
    r"se\s+(?:me\s+)?mueven\s+solas|no\s+(?:se\s+)?(?:paran|estan\s+quietas)))\b"
)
_IN_BED = re.compile(
    r"\b(?:at\s+night|every\s+night|each\s+night|all\s+night|in\s+bed|lie\s+down|lying\s+down|"
    r"go\s+to\s+bed|syndrome|por\s+las?\s+noches?|en\s+la\s+cama|al\s+acostarme|cada\s+noche|"
    r"toda\s+la\s+noche|sindrome)\b"
)


def everyday_matter(text: str) -> bool:
    """The message is about an everyday matter of a life (a pregnancy test, a tattoo, a wasp's
    sting, pay or rent, a parking ticket, a phone's photos, blood pressure, a theft suffered) with
    nothing in it of using, drinking, the police (but a theft's victim's), a stash job or this bot
    (the caller checks substance names)."""
    folded = _BLOCKED_NOSE.sub(" насморк ", fold(text))
    if _THEFT_SUFFERED.search(folded) is not None and _POLICE_ON_PERSON.search(folded) is None:
        return _MATTER_IN_USE.search(_VICTIMS_POLICE.sub(" ", folded)) is None
    if _NERVES_CAUSE.search(folded) is not None:
        folded = _NERVES_SIGNS.sub(" ", folded)
    if _IN_BED.search(folded) is not None and _RESTLESS_LEGS.search(folded) is not None:
        # ("legs twitch and feel restless"): the legs' restlessness, said twice
        folded = re.sub(
            r"\b(?:restless|inquietas)\b", " ", _RESTLESS_LEGS.sub(" calambres ", folded)
        )
    return _EVERYDAY_MATTER.search(folded) is not None and _MATTER_IN_USE.search(folded) is None


# An everyday frame: a street word that is also an everyday word ("фен для волос", "закладка для
# книги", "соль в тесто", "сіль для ванни з лавандою", "pipas de girasol", "speed test") is used
# innocently when the rest of the message is about the household, cooking, the garden, beauty,
# sewing, pets, a phone or the internet, or school, and nothing in it is about drugs, using,
# doses, highs or health after use ("можно ли фен с алкоголем", "где закладки безопаснее" stay
# drug questions).
_EVERYDAY = re.compile(
    r"\b("
    # toothpaste and brushing ("que pasta de dientes es mejor para encias sensibles")
    r"pasta\s+de\s+dientes|pasta\s+dental|cepillo\s+de\s+dientes|hilo\s+dental|toothpaste|"
    # Spanish everyday phrases on a word of drug talk (above)
    + _ES_EVERYDAY_PHRASES
    + r"|"
    # "porros" who beat up students (above)
    r"toothbrush\w*|dental\s+floss|" + _THUGS + r"|"
    # en: cooking, household, beauty, crafts, garden, tech, school, sports, weather
    r"recipe\w*|bak(e|es|ed|ing)|dough|pizza\w*|bread|cake\w*|cookie\w*|oven|flour|"
    # soup, but a soup kitchen or a soup run is a food service, not cooking
    r"soup(?!\s+(kitchen|run|van|bus)s?\b)|"
    r"hair\w*|hairdryer|blow\s*dry\w*|curl\w*|shampoo|nail\s+polish|makeup|lavender|essential\s+oil\w*|"
    r"soap|scrub|bookmark\w*|books|novel|sew\w*|knit\w*|crochet|thread|fabric|yarn|embroider\w*|"
    r"garden\w*|flower\w*|lawn\w*|mow\w*|seedling\w*|sunflower\w*|vegetable\w*|"
    r"internet|wi-?fi|router|broadband|speed\s*test|bandwidth|mbps|settings|notification\w*|"
    r"homework|school|teacher|essay|exam|football|soccer|weather|forecast|snowman|ice\s+cubes?|freezer|"
    r"ankles?|sprain\w*|footy|hamstrings?|from\s+a\s+cold|common\s+cold|"
    r"risotto|pasta\s+sauce|omelet\w*|salad|curry|spice\s+rack|chocolate\s+bars?|guitar\w*|"
    # a CV or a cover letter ("допоможи написати резюме", "help me with my cover letter")
    r"resume|cv|cover\s+letter|резюме|сопроводительн\w*\s+письм\w*|супровідн\w*\s+лист\w*|"
    r"curriculum|carta\s+de\s+presentacion|"
    r"phone\s+screen|screen\s+protector|laptop|browser|bike|bicycle|camping|tent|plant\s+pot\w*|"
    # shoes and clothes checked for fakes ("як перевірити чи справжні кросівки")
    r"sneakers?|trainers|кроссовк\w*|кросівк\w*|zapatillas|tenis|"
    # a baby or a child who does not sleep or cries ("дитина не спить вночі", "mi bebé no duerme")
    r"(baby|toddler|kid|newborn|bebe|nen[ea]|nino|nina|hij[oa]|ребенок|ребенка|малыш\w*|дитина|дитину|"
    r"малюк\w*|немовл\w*)\s+(won'?t|doesn'?t|does\s+not|wont|no|не)\s+(sleep|duerme|спит|спить|засыпает|засинає)|"
    # a child with a fever ("my son has a fever of 39", "mi hija tiene 39 de fiebre", "у дитини
    # температура"): the doctor's matter, not this library (a drug named or taken keeps it here)
    r"(?:baby|babies|toddler|kids?|child|children|son|daughter|newborn|bebe|nen[ea]|nin[oa]s?|"
    r"hij[oa]s?|ребен\w*|ребён\w*|сын|сына|сыну|дочь|дочк\w*|дитин\w*|дитя|син|сина|сину|доньк\w*)"
    r"\s+(?:\w+\s+){0,4}?(?:fever\w*|temperature|temp|fiebre|calentura|temperatura|"
    r"температур\w*)|"
    # ru
    r"тесто|теста|тесте|пицц\w*|хлеб\w*|пирог\w*|выпечк\w*|духовк\w*|мука|муки|"
    r"засолк\w*|засол\w*|огурц\w*|борщ\w*|суп|супа|"
    r"волос\w*|прическ\w*|укладк\w*|маникюр\w*|шампун\w*|лаванд\w*|эфирн\w*|скраб\w*|"
    r"книг\w*|книжк\w*|своими\s+руками|шить\w*|шитья|вязан\w*|вышив\w*|нитк\w*|ткан\w*|"
    r"сад|саду|огород\w*|клумб\w*|цветы|цветов|цветок|цветочк\w*|газон\w*|косить|рассад\w*|семечк\w*|подсолнух\w*|"
    r"интернет\w*|вайфай|wifi|роутер\w*|скорост\w*\s+интернет\w*|уведомлени\w*|настройк\w*|"
    r"домашн\w*\s+задани\w*|домашк\w*|урок\w*|школ\w*|учител\w*|погода|погоды|погоду|погоде|футбол\w*|"
    r"музык\w*|музик\w*|стикер\w*|стікер\w*|аккаунт\w*|акаунт\w*|играть\s+на|грати\s+на|ноты|ноти|музыкальн\w*|музичн\w*|поделк\w*|ремонт\w*|мебел\w*|шкаф\w*|стих\w*|поэз\w*|гитар\w*|аккордеон\w*|песн\w*|"
    r"уборк\w*|зимн\w*\s+(резин|шин|колес)\w*|"
    r"швейн\w*|"
    # sweets and junk food given up ("сахар как бросить есть", "без сладкого неделю")
    r"сахар\w*|сладк\w*|сладост\w*|фастфуд\w*|газировк\w*|чипс\w*|"
    # uk
    r"тісто|тіста|тісті|піц\w*|хліб\w*|пиріг\w*|випічк\w*|духовк\w*|борошн\w*|"
    r"волосс\w*|зачіск\w*|манікюр\w*|шампун\w*|"
    r"книж\w*|своїми\s+руками|шитт\w*|шити|в'яза\w*|вишива\w*|нитк\w*|"
    r"садок|саду|квіт(и|ів|ка|ок|очк\w*)|газон\w*|косити|розсад\w*|соняшник\w*|насінн\w*|"
    r"сповіщен\w*|налаштуван\w*|роутер\w*|"
    r"домашн\w*\s+завданн\w*|домашк\w*|школ\w*|вчител\w*|погода|погоди|погоду|погоді|футбол\w*|"
    r"ремонт\w*|меблі\w*|вірш\w*|гітар\w*|пісн\w*|прибиран\w*|"
    r"швейн\w*|"
    # es
    r"cocinar|receta\s+de|masa\s+de|pizza\w*|pan|bizcocho\w*|pastel\w*|galleta\w*|horno|cocina\w*|harina|"
    r"sopa|caldo|consome|olla|guiso|"
    r"cabello|pelo|secador\w*|plancha\s+de\s+pelo|champu|manicura|lavanda|jabon\w*|"
    r"libro\w*|marcapagina\w*|coser|costura|tejer|tejido|hilo|aguja\w*\s+de\s+(coser|tejer)|"
    r"jardin\w*|flores|cesped|maceta\w*|girasol\w*|semillas\s+de\s+girasol|"
    # a vegetable garden ("las hojas de mis tomates", "tomato plants", "розсада помідорів")
    r"tomate\w*|tomater[ao]s?|huert[oa]s?|tomato\w*|помидор\w*|помідор\w*|томат\w*|"
    r"internet|wifi|router|megas|ajustes|configuracion|notificacion\w*|"
    r"tarea\w*|deberes|escuela|colegio|maestr[oa]|futbol|clima|lluvia|jaula|alpiste|plumas|"
    # the weather and the time of day ("qué tiempo hará mañana", "будет ли дождь", "котра година")
    # (never snow: "снег", "nieve", "snow" are cocaine)
    r"tiempo\s+(?:hara|hace|va\s+a\s+hacer)|llover\w*|llueve|lloviendo|pronostico|"
    r"дожд\w*|дощ\w*|rain(?:s|ing|y)?|"
    r"what\s+time\s+is\s+it|который\s+час|котра\s+година|"
    r"que\s+hora\s+es|"
    r"herradura|establo|veterinari\w*|hierbas\s+aromaticas|limpiar\s+(los\s+)?cristales|"
    r"guitarra\w*|cancion\w*|poema\w*|mueble\w*|"
    r"mancha\w*|grasa|baldosa\w*|"
    # coffee (never tea: poppy tea), presents and baby showers, plumbing ("stop drinking so much coffee",
    # "my sister is pregnant, what to buy for the baby", "the pipe under the sink cracked")
    r"coffee|espresso|latte|кофе|кава|каву|кави|cafe|"
    r"gift\w*|present\s+for|baby\s+shower|подар\w*|regal\w*|"
    r"plumb\w*|sink|faucet|раковин\w*|кран\w*|сантехник\w*|fregadero|lavabo|fontaner\w*|plomer\w*|"
    # a flu or covid jab ("just got my flu jab and my arm is so sore"), never a vaccine alone
    # (hepatitis B vaccines are harm reduction)
    r"(?:flu|covid)\s+(?:jab|shot|vaccine|booster)|прививк\w*\s+от\s+(?:гриппа|ковида)|"
    r"щеплен\w*\s+від\s+(?:грипу|ковіду)|vacuna\s+(?:de|contra)\s+la\s+(?:gripe|influenza|covid)"
    r")\b"
)
# anything about drugs, using, doses, highs or health after use, and the plainly drug words
_DRUG_CONTEXT = re.compile(
    r"\b("
    r"drug\w*|dose\w*|dosage|overdos\w*|high(?!\s+school)|stoned|"
    r"(?<!ski\s)(?<!school\s)(?<!field\s)(?<!business\s)(?<!camping\s)trip\w*|come\s*down|comedown|snort\w*|inject\w*|"
    r"alcohol|booze|drunk|withdraw\w*|addict\w*|safe|safer|safely|dangerous|dealer\w*|"
    # drinking stopped ("shaking before my exam since i stopped drinking", "desde que dejé de beber")
    r"(?:quit|stopped|stopping|stop|giving\s+up|gave\s+up|off\s+the)\s+(?:the\s+)?(?:drinking|drink|booze)"
    r"(?!\s+(?:so\s+much\s+|as\s+much\s+)?(?:coffee|tea|soda|pop|fizzy|energy|water|milk|juice|coke|cola))|"
    r"dej(?:e|o|ar|ando|aste)\s+de\s+(?:beber|chupar|pistear)"
    r"(?!\s+(?:tanto\s+)?(?:cafe|te|refresco|agua|leche|jugo|zumo|coca|bebidas\s+energeticas))|"
    # mushrooms eaten by the person, and what they see ("comí hongos en el bosque y veo colores")
    r"(?:me\s+)?com(?:i|imos|io|ieron|er|erme|iendo)\s+(?:unos?\s+|unas?\s+|los\s+|las\s+|\d+\s+)?"
    r"(?:hongos|setas)|(?:ate|took|eaten|taken|eating|taking)\s+(?:some\s+|the\s+|a\s+few\s+)?"
    r"(?:mushrooms|shrooms)|veo\s+colores|seeing\s+colou?rs|"
    r"нарк\w*|доз\w*|передоз\w*|кайф\w*|прет|преть|прух\w*|приход\w*|отходняк\w*|вмаз\w*|нюха\w*|"
    r"колоть|колюсь|колется|курить|покурить|употреб\w*|алкогол\w*|бухл\w*|ломк\w*|безопас\w*|опасн\w*|"
    r"закладчик\w*|барыг\w*|кумар\w*|відходос\w*|отходос\w*|"
    r"нарк\w*|доз\w*|кайф\w*|пре|перло|вжива\w*|колоти|колюся|курити|покурити|алкогол\w*|ломк\w*|"
    r"безпеч\w*|небезпеч\w*|відходняк\w*|"
    # cannabis concentrates and buds smoked ("does dabbing hit harder than smoking flower")
    r"dabs|dabbing|dab\s+(?:rig|pen)s?|shatter|smok\w*\s+(?:the\s+)?flower|"
    r"droga\w*|dosis|sobredosis|colocon\w*|colocad\w*|pasad[oa]|subidon\w*|bajon\w*|consum\w*|"
    # getting high ("las setas del jardín colocan?", "¿te colocan?")
    r"colocan|colocar(?:me|te|se|nos)|(?:me|te|nos|le|les)\s+coloca\w*|"
    r"alcohol|esnif\w*|inyect\w*|fumar|(es|sera|seria)\s+segur[oa]|peligros\w*|dealer|camello|"
    # what a drug does to a person, in Spanish ("las sales de baño esas que te ponen paranoico"):
    # bath salts bought for a bath never make anyone paranoid or a zombie
    r"paranoic[oa]s?|paranoia\s+(?:de|del|por|con)|(?:droga|drogas)\s+(?:zombi|canibal)\w*|"
    # how long it stays or shows (a drug test), a test for drugs in hair, and the plain names of
    # the commonest substances
    r"держит\w*|держится|выводит\w*|виводит\w*|трима\w*|stay\w*\s+in|se\s+queda\w*|detect\w*|"
    r"hair\s+(follicle\s+)?test\w*|тест\w*\s+на\s+волос\w*|"
    r"cannabis|marijuana|weed|thc|cbd|heroin|cocaine|mdma|ketamine|meth|lsd|fentanyl|methadone|"
    r"naloxone|narcan|benzo\w*|xanax|syringe\w*|налоксон\w*|фентанил\w*|фентаніл\w*|метадон\w*|"
    r"бензо\w*|шприц\w*|naloxona|fentanilo|metadona|jeringa\w*|"
    r"героин\w*|кокаин\w*|мефедрон\w*|метадон\w*|амфетамин\w*|марихуан\w*|гашиш\w*|спайс\w*|"
    r"героїн\w*|кокаїн\w*|амфетамін\w*|"
    r"marihuana|mota(?!s?\s+de\s+(?:polvo|algodon|pelusa))|heroina|cocaina|"
    # a mushroom taken for its effect ("los hongos alucinógenos son venenosos?", "magic ones")
    r"alucin\w*|hallucin\w*|psicodel\w*|psiquedel\w*|psychedel\w*|psiloc\w*|magic\w*|"
    r"magic[oa]s|shroom\w*|галлюцин\w*|галюцин\w*|псилоц\w*|психодел\w*|"
    # medicines and health care
    r"pill(?!ow)\w*|prescri\w*|doctor\w*|hospital\w*|таблет\w*|рецепт\w*|врач\w*|больниц\w*|лікар\w*|"
    r"pastilla\w*|(sin|con)\s+receta|receta\s+medica|medic\w*"
    r")\b"
)


# the bath salts of the news, the drug that turns people into zombies or mad ("las sales de baño de
# la tele que vuelven loca a la gente"): never said of salts for a bath. Read before the fixed
# everyday phrases are taken out ("sales de baño" is one of them)
_NEWS_BATH_SALTS = re.compile(
    r"\b(?:sales\s+de\s+bano\s+(?:\w+\s+){0,10}?(?:zombi\w*|canibal\w*|noticia\w*|"
    r"(?:vuelve|vuelven|pone|ponen)\s+(?:\w+\s+){0,3}?(?:loc[oa]s?|agresiv\w*|violent\w*))|"
    r"(?:zombi\w*|canibal\w*)\s+(?:\w+\s+){0,6}?sales\s+de\s+bano)\b"
)


# Telegram is a phone matter only with a settings word ("как отключить звук в телеграме"):
# drugs are sold in Telegram shops too ("замовив у телеграмі")
_TELEGRAM = re.compile(r"\b(?:telegram\w*|телеграм\w*|телеграмм\w*|тг)\b")
_PHONE_SETTING = re.compile(
    r"\b(?:отключ\w*|выключ\w*|вимкн\w*|удал\w*|видал\w*|смен\w*|змін\w*|поменя\w*|"
    r"обнов\w*|оновл\w*|установ\w*|встанов\w*|скача\w*|завантаж\w*|звук\w*|тем[ауиы]|шрифт\w*|"
    r"turn off|mute|delete|update|install|theme|font|silenciar|borrar|actualizar|instalar)\b"
)


# Street words that are everyday words too: in an everyday frame they mean the everyday thing.
# Any other substance name in the message keeps it a drug question ("how long does coke stay in
# your hair", "molly before school"): callers check what is left once these are taken out.
_HOMONYMS = re.compile(
    r"\b("
    r"(?:соль|соли|сіль|солі)\s+для\s+ванн\w*|sales\s+de\s+bano|"
    r"фен|фена|фену|феном|фенік|феніка|феніку|феніком|соль|соли|солью|сіль|солі|сіллю|закладк\w*|мак|мака|маку|маком|"
    # a clothes moth ("засіб від молі в шафі"), never the MDMA of "молі на техно"
    r"молі|моль|мольки|мольку|"
    r"трав\w*|шишк\w*|шишок|шишек|шишечок|шишечек|бошк\w*|бошок|бошек|машинк\w*|машинц\w*|кристалл\w*|кристал\w*|колес\w*|колеса|винт\w*|лед|льда|лёд|лєд|лєду|лєда|"
    r"снег\w*|сніг\w*|марк[аиу]|игл\w*|иголк\w*|голк\w*|"
    # a stud on a belt or a jacket ("tachas" in Mexico) and the verb "tachar" (to cross out);
    # a dodgy manoeuvre in Spain ("me hizo una pirula en la rotonda")
    r"tachas?|pirulas?|"
    # biscuits ("café con pastas") and pasta, never the pills of "perico con pastas"
    r"pastas|"
    # stealing, a theft ("me robó el móvil", "un robo en el metro"), never "robo", the English
    # street name of DXM cough syrup
    r"(?:me|te|le|nos|les|se)\s+robo|(?:un|el|del|al)\s+robo|robos|"
    r"pericos?|pericas?|motas?|pipa|pipas|speed|caballos?|cristal\w*|crystals?|aguja\w*|hielo|nieve|piedra\w*|piedrit\w*|chocolate|"
    # a crack in a screen or a wall; "crack" as praise in Spanish ("gracias crack")
    r"crack|cracks|cracked|cracking|"
    # a garden tool ("my weed whacker won't start"), never the plant smoked
    r"weed\s*(?:whacker|wacker|eater|killer|trimmer|puller|barrier|membrane|burner)s?|"
    r"needle\w*|ice|snow|grass|pot|tina|salt\w*|bath\s+salts?|"
    # gravel of a road, a path or a drive ("grazed my knee on the gravel"), never flakka
    r"gravel|"
    # street names that are people's names ("calling the puppy Molly", "mi abuela María")
    r"molly|charlie|maria|mary\s+jane|"
    # an accordion; a door frame
    r"баян\w*|косяк|косяка|косяку|косяком|косяки|"
    # a mix of a track ("вокал тонет в миксе", "звести мікс"), never the spice of "покурил микс"
    r"микс\w*|мікс\w*|"
    # overalls and a monkey ("mancha de grasa del mono de trabajo"), a garden path ("доріжка")
    r"mono|monos|доріжк\w*|доріжц\w*|"
    # a car's wheels ("ruedas" are ecstasy pills too), the Shard in London, a shard of glass
    r"ruedas?|shards?|"
    # a wine glass is glassware, not a drink ("crystal wine glasses")
    r"(?:wine|whisk(?:e?y)|champagne|beer|cocktail|shot)\s+glass\w*|(?<!unas\s)(?<!una\s)(?<!dos\s)(?<!tres\s)(?<!par de\s)(?<!mas\s)(?<!\d\s)copas?\s+de\s+vino|бокал\w*\s+для\s+вина|келих\w*\s+для\s+вина|"
    # more street words with an everyday sense: speed (of the internet), acid (citric), mushrooms
    # (for soup), spice (for cooking), Coca-Cola, tabs (of a browser), bars (of chocolate), a
    # mamba (the snake), a pipe (the flute), weeds (in a lawn), rocks, herbs, beans
    r"скорост\w*|кислот\w*|гриб\w*|дудк\w*|мамб\w*|"
    # lyric poetry ("лирика есенина"), a basketball nickname ("мамба", Kobe Bryant)
    r"лирик[аиу]|лирикой|"
    r"acid|mushrooms?|spices?|mamba|tabs|bars|weeds|rocks?|herbs?|beans|"
    r"setas?|hongos?|coca|coke|acido|speedtest|sal|"
    # a crocodile (a cartoon, a film, the animal), a breakfast cereal, grass in a lawn
    r"крокодил\w*|crocodiles?|cocodrilos?|special\s+k|спешл\s+кей|hierbas?|"
    # a coconut (a cake with coconut, coconut oil for hair), never "кокос нюхнул"
    r"кокос|кокоса|кокосу|кокосом|кокосе|кокосы|кокосов|кокосами|"
    # a treadmill, a carpet runner ("беговая дорожка", "ковровые дорожки"): fixed phrases only
    r"дорожк\w*|"
    # the breaking of a voice or of a house ("ломка голоса у подростка", "ломка старого дома"),
    # a plan for the week or a fire drill ("план на неделю", "план эвакуации"), a brand ("марка
    # шоколада"), acid-bright colours ("кислотные цвета"): fixed phrases only
    r"ломк\w*|план|плана|плану|планом|планы|"
    # drinking is alcohol only without an everyday drink ("stop drinking so much coffee")
    r"drink|drinks|drinking|drank|пить|пью|пити|п'ю|beber|bebo|tomar|tomo|tomando"
    r")\b"
)


# A lump on the body is not a cannabis bud: "вздулась шишка на месте укола", "ґуля/шишка на руці"
# (the genitive plural too: "мазь від шишок на нозі", "от шишек на ногах")
_BODY_LUMP = re.compile(r"\b(шишк\w*|шишечк\w*|шишок|шишек|шишечок|шишечек)\b", re.IGNORECASE)
_BODY_FRAME = re.compile(
    r"\b("
    r"укол\w*|уколу|ин[ъь]екц\w*|ін'?єкц\w*|вен[аеуы]|вені|рук[аеиу]|руці|ног[аеиу]|нозі|кож[аеиу]|шкір\w*|"
    r"гно\w*|гній|гнiй|опух\w*|набряк\w*|вздул\w*|здул\w*|покраснел\w*|почервонів\w*|почервоніл\w*|"
    r"болит|болить|горяч\w*|гаряч\w*|нарыв\w*|нарив\w*|сустав\w*|суглоб\w*|голов[аеуы]|лоб|лбу|"
    # arms, legs and the forehead in more cases; an ointment for them ("мазь от шишек на ногах")
    r"ногах|ногам|руках|рукам|лобі|лбі|лбу|мазь|мазі|мази|"
    # injecting said: lumps from a shot ("як вмазуватися шоб не було шишок")
    r"вмаз\w*|ширя\w*|шири\w*|колоть|колоться|колюсь|колюся|колоти|колотися|ставит\w*|ставлю\w*"
    r")\b"
)


# buds smoked are cannabis whatever body part the question names ("шишки курю каждый день, это
# вредно для головы?", "накурився шишок і болить голова")
_SMOKED_BUDS = re.compile(
    r"\b(кур(ю|ит|ишь|им|ят|ить|ил|ила|или|ив|ила|ити|имо|нул\w*|нув\w*)|покур\w*|накур\w*|"
    r"обкур\w*|перекур\w*|дую|дуть|дунул\w*|дунув\w*|палю|палим|спалил\w*|пыхал\w*|пихал\w*|"
    r"косяк\w*|бульбулятор\w*|водник\w*|"
    # buds that hit the head, a strain, the high ("шишки стали сильно бити по голові, це від
    # сорту?", "шишки накрывают сильнее"): the effect of cannabis, not a lump
    r"сорт\w*|накрыва\w*|накрыл\w*|накрива\w*|накрил\w*|накрило|вставля\w*|торка\w*|штыр\w*|"
    r"штир\w*|(?:бить|бьют|бьет|бьёт|бити|б'ють|б'є|бʼють)\s+по\s+(?:голове|голові|башке|башці))\b"
)


# "blunt" said of an edge is not the cigar of cannabis: "needles go blunt", "a blunt pin",
# "the tip gets blunt" (the adjective, beside a needle word or a verb of becoming)
_BLUNT_EDGE = re.compile(
    r"\b(?:(?:needles?|pins?|tips?|points?|rigs?|syringes?|spikes?|knife|knives|blades?|"
    r"it|they|mine|one|ones)\s+(?:\w+\s+)?(?:go|goes|went|gone|going|get|gets|got|getting|is|are|"
    r"was|were|become|becomes|turn|turns)\s+(?:really\s+|so\s+|too\s+|a\s+bit\s+)?blunt|"
    r"blunt\s+(?:needles?|pins?|tips?|points?|rigs?|syringes?|knife|knives|blades?|edges?))\b",
    re.IGNORECASE,
)


def blunt_edge(text: str) -> str:
    """The text with "blunt" said of an edge written "dull", so it names no cannabis."""
    if "blunt" not in text.lower():
        return text
    return _BLUNT_EDGE.sub(lambda m: re.sub("blunt", "dull", m.group(0), flags=re.IGNORECASE), text)


def body_homonyms(text: str) -> tuple[str, list[str]]:
    """The text with lump words taken out when it is about the body ("шишка на месте укола"),
    and the words taken out; otherwise the text unchanged and no words."""
    if _BODY_LUMP.search(text) is None or _BODY_FRAME.search(fold(text)) is None:
        return text, []
    if _SMOKED_BUDS.search(fold(text)) is not None:
        return text, []  # smoked: buds, not a lump
    kept = [m.group(0) for m in _BODY_LUMP.finditer(text)]
    return _BODY_LUMP.sub(" ", text), kept


# what a thing is for, right after it ("шишки для костра", "snow for the sledges", "hielo para
# la nevera"): the purpose names the everyday sense when it is a word of the street word's own
# everyday domains (``_HOMONYM_SENSES``); "для настроения", "for the weekend" name none
_PURPOSE = re.compile(r"\s+(?:для|for|para)\s+((?:[\w']+\s+){0,2}?[\w']+)")


def _purpose_spans(folded: str) -> list[tuple[int, int]]:
    """Spans of a street word with everyday senses followed by a purpose of its own domain."""
    spans = []
    for pattern, classes in _HOMONYM_SENSES:
        for m in pattern.finditer(folded):
            tail = _PURPOSE.match(folded, m.end())
            if tail is not None and any(
                _EVERYDAY_BY_CLASS[name].search(tail.group(1)) is not None
                for name in classes
                if name != "misc"
            ):
                spans.append((m.start(), tail.end()))
    return spans


def in_everyday_phrase(word: str, text: str) -> bool:
    """Every place the typed word stands in the text is inside a fixed everyday phrase ("wine"
    in "crystal wine glasses", "coke" in "diet coke") or said with an everyday purpose of its
    own domain ("шишки для костра")."""
    folded = fold(text)
    spans = [m.span() for m in _FIXED_EVERYDAY.finditer(folded)] + _purpose_spans(folded)
    found = [m.span() for m in re.finditer(r"\b" + re.escape(fold(word).strip()) + r"\b", folded)]
    return bool(found) and all(any(s <= a and b <= e for s, e in spans) for a, b in found)


def in_everyday_purpose(word: str, text: str) -> bool:
    """Every place the typed word stands in the text is said with an everyday purpose of its own
    domain ("шишки для костра", "шишок для багаття")."""
    folded = fold(text)
    spans = _purpose_spans(folded)
    found = [m.span() for m in re.finditer(r"\b" + re.escape(fold(word).strip()) + r"\b", folded)]
    return bool(found) and all(any(s <= a and b <= e for s, e in spans) for a, b in found)


def without_everyday_purpose(text: str) -> str | None:
    """When a street word stands with an everyday purpose of its own domain ("шишки для костра"),
    the message (folded) without those phrases and without its alcohol words: what else it names
    beside the drinks of a plan ("...і візьмемо пиво"). None when no such phrase is in it."""
    folded = fold(text)
    spans = _purpose_spans(folded)
    if not spans:
        return None
    for start, end in sorted(spans, reverse=True):
        folded = folded[:start] + " " + folded[end:]
    return _ALCOHOL.sub(" ", folded)


def is_homonym(word: str) -> bool:
    """The typed word is a street word that is also an everyday word ("фен", "pipas")."""
    return _HOMONYMS.fullmatch(fold(word).strip()) is not None


# drinking water is not drinking alcohol ("how much water should a person drink every day")
_WATER = re.compile(r"\b(?:water|воды|воду|вода|води|воду|agua)\b")
_DRINK_VERB = re.compile(r"\b(?:drink\w*|пить|выпить|пью|пити|випити|п'ю|tomar|beber|bebo|tomo)\b")


# a speck or a dot, never the weed: "una mota de polvo", a speck of mascara or sand in the eye
# ("se me metió una mota en el ojo"), spots seen in the eyes or left on clothes ("veo motas
# negras", "motas blancas en la camisa"), a polka-dot dress ("vestido de motas")
_SPECK_WORDS = (
    r"motas?\s+de\s+(?:polvo|algodon|pelusa|rimel|arena|tierra|suciedad|serrin|aserrin|ceniza|"
    r"pintura|tinta|harina|pestana|pelo|lana|grasa|moho|luz|color(?:es)?)|"
    r"motas?\s+(?:\w+\s+){0,3}?en\s+(?:el|mi|los|mis|un|tu|su|sus)\s+ojos?|"
    r"motas?\s+(?:\w+\s+){0,2}?en\s+la\s+vista|"
    r"(?:veo|ver|viendo|vi|veia)\s+(?:unas\s+|como\s+)?motas?|"
    r"motas?\s+(?:negras|blancas|brillantes|flotantes|de\s+luz|que\s+flotan)|"
    r"motas?\s+(?:\w+\s+){0,2}?(?:en|de)\s+(?:la|las|el|los|mi|mis)\s+(?:ropa|camisa\w*|playera\w*|"
    r"blusa\w*|pantalon\w*|tela|toalla\w*|sabana\w*|alfombra|pared|unas?|piel\s+del\s+perro)|"
    # fluff on a sofa, a jumper or a coat ("la mota del sillón no sale", "motas en el suéter")
    r"motas?\s+(?:\w+\s+){0,2}?(?:de|del|en)\s+(?:(?:la|las|el|los|mi|mis)\s+)?(?:sillon\w*|sofa\w*|"
    r"sueter\w*|jersey\w*|sudadera\w*|abrigo\w*|chamarra\w*|chaqueta\w*|cobija\w*|manta\w*|"
    r"cojin\w*|cojines|tapiz\w*|mueble\w*|alfombra\w*|lana|algodon)|"
    r"quitapelusa\w*|"
    r"(?:vestido|falda|camisa|blusa|tela|pañuelo|panuelo|corbata)s?\s+de\s+motas|motitas?"
)
_SPECK = re.compile(r"\b(?:" + _SPECK_WORDS + r")\b")
# Spanish "rayar" is to scratch ("copas que se rayen", "la pantalla rayada"): never "raya", the
# line of a powder, only the verb's forms and the scratch itself
_SCRATCH = re.compile(
    r"\b(?:rayen|raye|rayes|rayado|rayada|rayados|rayadas|rayar|rayarse|rayarlas?|rayarlos?|"
    r"rayon|rayones|rayadura\w*|"
    # scratched, said in the past ("el cristal de la mesa se rayó", "me rayaron el coche")
    r"se\s+(?:me\s+|te\s+|le\s+|nos\s+|les\s+)?rayo|rayaron)\b"
)


def without_homonyms(text: str) -> str:
    """The message with its everyday-homonym street words and household tablets taken out
    (folded), and the verb of drinking when water is what is drunk."""
    # a speck of dust names no powder ("una mota de polvo"), a scratch no line ("se rayen")
    out = _HOMONYMS.sub(
        " ", _HOUSEHOLD_TABLETS.sub(" ", _SCRATCH.sub(" ", _SPECK.sub(" ", fold(text))))
    )
    if _WATER.search(out) is not None:
        out = _DRINK_VERB.sub(" ", out)
    return out


# What surrounds a street word that is an everyday word too: the things of one everyday domain,
# by class, as word starts in en / ru / uk / es (folded: no accents, ё as е). "фен" beside hair or
# a nozzle is a hair dryer, "закладка" beside a browser or a page a bookmark, "соль" beside dough,
# a bath or an icy step is salt, "perico" beside a cage a parakeet, "speed" beside Mbps the
# internet, "иголки" beside thread sewing needles. A class word counts only when the message names
# something by a street word with an everyday sense (``_HOMONYMS``); messages without one keep
# the fixed ``_EVERYDAY`` list above, so ordinary harm-reduction questions ("рана после укола,
# можно ли мыть с мылом") are never silenced by a household word.
EVERYDAY_CLASSES: dict[str, str] = {
    # clothes moths in a wardrobe or in the groats ("засіб від молі в шафі", "молі в крупі")
    "moths": (
        r"шаф\w*|гардероб\w*|одяг\w*|одеж\w*|круп\w*|борошн\w*|шуб\w*|килим\w*|вовн\w*|"
        r"светр\w*|пастк\w*|засіб|засоб\w*|метелик\w*|лаванд\w*|шкаф\w*|одежд\w*|ковр\w*"
    ),
    "kitchen": (
        r"cook\w*|recipe\w*|bak(e|es|ed|ing|ery)|dough|oven|stove|frying|fry|boil\w*|soup|stew|sauce|"
        r"salad|noodle\w*|rice|potato\w*|tomato\w*|cucumber\w*|pickl\w*|marinad\w*|meat|chicken|"
        r"fish|eggs?|sugar|pepper|teaspoon\w*|tablespoon\w*|spoon\w*|kitchen\w*|flour|bread|cake\w*|"
        # cooking pasta ("cuánta sal le pongo al agua de la pasta")
        r"agua\s+de\s+(?:la\s+)?pasta|pasta\s+(?:italiana|seca|fresca)|espagueti\w*|macarron\w*|"
        r"cocer|cuece\w*|"
        r"cookie\w*|muffin\w*|buns?|pies?|dessert\w*|season(ing)?|popcorn|roast\w*|to\s+taste|"
        r"cocktail\w*|lemonade|ice\s+trays?|коктейл\w*|лимонад\w*|coctel\w*|limonada|"
        # salt with a shot of tequila and lime ("соль и текила, как правильно пить")
        r"текил\w*|текіл\w*|tequila|лайм\w*|lime|"
        r"тесто|дрожж\w*|замес\w*|суп|супа|супу|супом|супы|супе|борщ\w*|салат\w*|соус\w*|кастрюл\w*|сковород\w*|духовк\w*|рецепт\w*|"
        r"пирог\w*|пирож\w*|булоч\w*|булк\w*|выпечк\w*|печенье|печенья|торт|торта|торты|тортик\w*|блинчик\w*|макарон\w*|"
        # desserts, baking, milk and cream ("кекс с кокосом", "сырники", "выпекать сколько")
        r"кекс|кекса|кексы|кексик\w*|шоколад\w*|выпека\w*|испеч\w*|запека\w*|сливк\w*|молок\w*|"
        r"сырник\w*|десерт\w*|пирожн\w*|блин|блины|блинов|блинах|конфет\w*|стружк\w*|"
        r"картош\w*|картоф\w*|огурц\w*|огурец|помидор\w*|томат\w*|засол\w*|маринад\w*|мяс[оа]\w*|"
        # salting and pickling ("грибы солить холодным способом", "солёные огурцы")
        r"солить|посолить|засолить|подсолить|солят|солю|солен\w*|соленн\w*|маринов\w*|квасить|"
        r"рыб[аыуе]|рыбой|яйц\w*|яиц|сахар\w*|перец|перц\w*|специи|специй|специям\w*|приправ\w*|кухн\w*|мук[аиу]|"
        r"хлеб\w*|по\s+вкусу|"
        r"тісто|дріжд\w*|замісит\w*|борошн\w*|сковор\w*|каструл\w*|пиріг|пирог\w*|печиво|млинц\w*|картопл\w*|огірк\w*|"
        r"огірок|помідор\w*|м'яс\w*|риб[аиу]|рибою|цукр\w*|цукор|перець|перцю|спеції|спецій|кухн\w*|хліб\w*|"
        r"вареник\w*|за\s+смаком|"
        # dishes by name ("соли переборщил в плове", "скільки солі в фарш для котлет")
        r"плов\w*|рагу|котлет\w*|фарш\w*|гарнир\w*|гарнір\w*|пельмен\w*|шашлык\w*|шашлик\w*|"
        r"голубц\w*|голубц|окрошк\w*|холодец|холодц\w*|холодц\w*|солянк\w*|капуст\w*|квашен\w*|"
        r"квашен\w*|"
        # preserving, iodised salt ("сіль для консервації", "йодована сіль")
        r"консерв\w*|йодован\w*|"
        r"cocin\w*|recet\w*|masa|horno|sarten\w*|olla\w*|hervir|freir|sopa\w*|guiso\w*|salsa\w*|"
        r"ensalad\w*|arroz|papas\s+fritas|patata\w*|tomate\w*|pepino\w*|encurtid\w*|carne|pollo|"
        r"pescado|huevos?|azucar|pimienta|cuchar\w*|harina|pan|bizcocho\w*|pastel\w*|galleta\w*|"
        r"postre\w*|frijol\w*|condiment\w*|al\s+gusto|"
        # breakfast ("is special k cereal good for losing weight")
        r"cereal\w*|breakfast|granola|muesli|хлопь\w*|завтрак\w*|пластівц\w*|сніданок|сніданк\w*|"
        r"cereales|desayun\w*"
    ),
    "household": (
        r"bath|bathtub|tub|shower|bubble\s+bath|laundry|detergent|vinegar|baking\s+soda|stain\w*|"
        r"mou?ld|fridge|freezer|dishwasher|cleaning|mop|vacuum|soap\w*|candle\w*|lavender|spa|"
        r"foot\s+soak|epsom|sidewalk|driveway|doorstep|steps|de-?ic\w*|kettle\w*|limescale|descal\w*|"
        r"walls?|basement|ceiling|стен[аеуы]|стенах|подвал\w*|потол\w*|стін[аиі]|стінах|підвал\w*|"
        r"стел\w*|pared\w*|sotano|techo|купан\w*|купал\w*|купати|"
        r"vases?|chandelier\w*|glassware|wine\s+glass\w*|glasses|cool\s*box\w*|cooler\w*|"
        r"decanters?|tumblers?|figurines?|ornaments?|"
        # the glass of a table, a window, a mirror ("el cristal de la mesa se rayó")
        r"ventana\w*|ventanal\w*|espejo\w*|vitrina\w*|mirrors?|"
        r"mesita\w*|mesa\s+(?:de\s+|del\s+)?(?:cristal|vidrio|centro|comedor|noche)|de\s+la\s+mesa|"
        r"copas?|vasos?|cristaleria|ваз[аыуеі]|вазочк\w*|люстр\w*|бокал\w*|келих\w*|"
        r"florero\w*|jarron\w*|lampara\w*|candelabro\w*|"
        # a bathtub ("la tina" in Mexico) blocked, stained or plumbed ("como destapo la tina")
        r"plomer\w*|fontaner\w*|destap\w*|desatasc\w*|tapad[ao]|drenaje|desague\w*|coladera\w*|"
        r"caneria\w*|tuberia\w*|sarro|azulejo\w*|llave\s+del\s+agua|"
        # an appliance that broke, blows, heats or is under warranty
        r"broke|broken|warranty|plug|socket|overheat\w*|blows?\s+(cold|hot)|"
        r"сломал\w*|не\s+включа\w*|не\s+дует|дует\s+(холодн|горяч)\w*|греет|гаранти\w*|розетк\w*|шнур\w*|чайник\w*|накип\w*|"
        r"зламал\w*|зламав\w*|не\s+вмика\w*|не\s+дме|дме\s+(холодн|гаряч)\w*|гріє|гаранті\w*|"
        # it switches itself off, blows hot, sparks ("фен гарячий дме і вимикається сам")
        r"вимикаєт\w*|вимкнувся|вимкнулас\w*|(холодн|гаряч)\w*\s+дме|іскрит\w*|горілим|"
        r"не\s+(?:выключа|отключа)\w*|искрит\w*|коротит\w*|горел\w*|"
        # a car battery's acid ("кислота для акумулятора")
        r"акумулятор\w*|аккумулятор\w*|"
        # a bath house ("баня с солью и веником")
        r"бан[яиюе]|баньк\w*|парилк\w*|веник\w*|саун\w*|лазн\w*|"
        # small hardware: glasses, hinges, bolts ("винт на очках открутился")
        r"очк(?:и|ах|ов|ам)|оправ[аеуы]|шуруп\w*|гайк\w*|болт\w*|петл[яиюе]\w*|"
        # rusted or stripped ("винты заржавели", "зірвав різьбу"); never "открутить", which
        # is street talk too ("винт открутили за ночь")
        r"ржав\w*|заржав\w*|іржав\w*|заіржав\w*|резьб\w*|різьб\w*|"
        # kitchen appliances, tools, a heat gun for paint ("винт от мясорубки", "строительный
        # фен для краски", "кокос расколоть молотком")
        r"мясорубк\w*|блендер\w*|миксер\w*|м'ясорубк\w*|строительн\w*|будівельн\w*|краск\w*|"
        r"фарб\w*|молот\w*|молотк\w*|отвертк\w*|викрутк\w*|дрел\w*|расколо\w*|"
        r"se\s+(me\s+)?rompio|no\s+prende|no\s+enciende|garantia|enchufe|hervidor|sarro|"
        r"ванн\w*|душ|стирк\w*|стиральн\w*|уксус\w*|сод[аыуо]\w*|пятн\w*|плесен\w*|холодильник\w*|"
        r"морозилк\w*|посудомо\w*|уборк\w*|мыть|помыть|отмыть|отмыва\w*|пылесос\w*|мыл[оау]|мылом|"
        r"свеч\w*|лаванд\w*|гололед\w*|тротуар\w*|крыльц\w*|ступеньк\w*|посыпа\w*|"
        r"прання|пральн\w*|оцет|оцту|плям\w*|плісняв\w*|посудомий\w*|прибиран\w*|мити|помити|"
        r"пилосос\w*|свічк\w*|ожеледиц\w*|ганок|ганку|посипа\w*|"
        r"banera|tina\s+de(?:l)?\s+bano|del?\s+bano|ducha|lavadora|detergente|vinagre|bicarbonato|mancha\w*|moho|"
        r"nevera|refrigerador|congelador|lavavajillas|limpi(ar|eza)\w*|aspiradora|jabon\w*|vela\w*|"
        r"lavanda|aceites?\s+esencial\w*|acera|banqueta|escalones|bano\s+de\s+(burbujas|espuma|pies)"
    ),
    "beauty": (
        r"hair\w*|blow\s*dry\w*|curl\w*|straighten\w*|shampoo|conditioner|nails?|makeup|face\s+mask|"
        r"salon|barber\w*|diffuser|nozzle|watts?|dyson|philips|braun|remington|rowenta|babyliss|"
        r"волос\w*|прическ\w*|укладк\w*|кудр\w*|локон\w*|выпрям\w*|шампун\w*|маникюр\w*|ногт\w*|"
        # a hot brush, a curling iron ("фен-щетка какая лучше", "плойка или стайлер")
        r"щетк\w*|щітк\w*|расческ\w*|плойк\w*|стайлер\w*|утюжок\w*|насадк\w*|"
        r"макияж\w*|парикмахер\w*|насадк\w*|диффузор\w*|ватт\w*|дайсон\w*|филипс\w*|"
        r"волосс\w*|зачіск\w*|укладан\w*|кучер\w*|випрям\w*|манікюр\w*|нігт\w*|нігті|макіяж\w*|"
        r"перукар\w*|дифузор\w*|стрижк\w*|стричь|стригти|підстриг\w*|подстриг\w*|бород\w*|"
        r"бритв\w*|бритья|гоління|clipper\w*|trimmer\w*|beard\w*|shav\w*|barba|afeitar\w*|"
        r"corte\s+de\s+pelo|"
        r"cabello|pelo|secador\w*|rizo\w*|plancha\w*|champu|acondicionador|unas|manicura|"
        r"maquillaje|peluquer\w*|boquilla|difusor|limon\w*|citric\w*|лимонн\w*"
    ),
    "pets": (
        r"pets?|dogs?|puppy|puppies|cats?|kittens?|kitty|parrots?|budgie\w*|parakeet\w*|birds?|cage|"
        r"hamster\w*|rabbit\w*|fish\s+tank|aquarium|vets?|veterinar\w*|birdseed|litter\s+box|"
        r"попуга\w*|птиц\w*|птичк\w*|хомяк\w*|кролик\w*|аквариум\w*|ветеринар\w*|"
        r"кот|кота|коту|котом|кошк\w*|котенк\w*|котенок|котик\w*|собак\w*|щен\w*|пес|пса|псу|"
        r"корм|корма|кормом|корму|питом\w*|"
        r"папуг\w*|птах\w*|пташ\w*|клітк\w*|хом'як\w*|кріл\w*|акваріум\w*|кіт|кицьк\w*|кішк\w*|"
        r"кошен\w*|цуцен\w*|"
        r"perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascota\w*|loros?|periquit\w*|australiano|"
        r"plumas?|pico|feathers?|beak|перь[яе]\w*|перышк\w*|клюв\w*|пір'я|дзьоб\w*|"
        r"perico\s+australiano|pajar\w*|jaula\w*|alpiste|hamster|conej\w*|acuario|pecera|"
        r"cant(?:a|an|ar|aba)|silb\w*|guppy|guppies|fish|tanks?|"
        # a bird that screams or squawks ("el perico de mi abuela no para de gritar")
        r"grit(?:a|an|ar|aba|e|en|ando)|chill(?:a|an|ar|aba|ido\w*)|pajarit\w*|"
        # birds eating seeds or crumbs, nesting, flying ("los pericos se comen las semillas")
        r"semillas|migas|migajas|nidos?|anid\w*|vuel(?:a|an)|volando|palomas?|"
        r"veterinari\w*"
        # a bird taught to talk ("como le enseño palabras al perico", "ya repite mi nombre")
        r"|ensen\w*\s+(?:\w+\s+)?(?:a\s+hablar|palabras|a\s+decir|trucos)|"
        r"aprend\w*\s+(?:a\s+hablar|palabras|a\s+decir)|repit\w*\s+(?:\w+\s+)?(?:palabras|nombre|frases)"
        # a pet bird or dog that will not eat ("mi perico no quiere comer")
        r"|no\s+(?:quieren?\s+)?come\w*|dejo\s+de\s+comer|не\s+ест|не\s+їсть|won'?t\s+eat"
    ),
    "tech": (
        r"internet|wi-?fi|router|modem|broadband|speed\s*test|bandwidth|mbps|ping|download\w*|"
        r"upload\w*|phones?|iphone|android|app|apps|browser\w*|chrome|firefox|safari|laptop\w*|"
        r"computer\w*|pc|keyboard\w*|screen\w*|settings|notification\w*|passwords?|account\w*|"
        r"bookmark\w*|website\w*|"
        r"интернет\w*|вайфай|роутер\w*|модем\w*|телефон\w*|смартфон\w*|айфон\w*|андроид\w*|"
        r"приложени\w*|браузер\w*|хром|хроме|хрома|ноутбук\w*|компьютер\w*|клавиатур\w*|экран\w*|"
        # a laptop said short and its disks ("винт на ноуте трещит, менять на ssd")
        r"ноут|ноута|ноуте|ноуту|ноутом|ssd|hdd|жестк\w+\s+диск\w*|системник\w*|"
        r"настройк\w*|уведомлен\w*|обновлен\w*|парол\w*|аккаунт\w*|сайт\w*|вкладк\w*|скача\w*|"
        r"загрузк\w*|мбит\w*|пинг\w*|провайдер\w*|тариф\w*|скачив\w*|стим|стиме|steam|"
        r"смартфон\w*|застосун\w*|додат(ок|к\w*)|комп'ютер\w*|клавіатур\w*|екран\w*|"
        r"налаштуван\w*|сповіщен\w*|оновлен\w*|акаунт\w*|завантаж\w*|мбіт\w*|"
        r"wifi|megas|velocidad\s+de\s+(internet|descarga|la\s+red)|descarg\w*|celular\w*|movil\w*|"
        r"telefono\w*|aplicaci\w*|navegador\w*|portatil\w*|computador\w*|ordenador\w*|compu|"
        r"teclado\w*|pantalla\w*|ajustes|configuraci\w*|notificaci\w*|actualiz\w*|contrasena\w*|"
        r"pagina\s+web|sitio\s+web|pestana\w*|marcador\w*|marcapagina\w*"
    ),
    "sewing": (
        r"sew\w*|knit\w*|crochet\w*|embroider\w*|thread\w*|yarn|fabric\w*|stitch\w*|thimble|"
        r"buttons?|quilt\w*|crafts?|diy|glue|felt|"
        r"шить|шью|сшить|пришить|шитья|шитье|швейн\w*|вяза(ть|ни\w*|л|ла)|спиц\w*|крючк\w*|вышив\w*|"
        r"нитк\w*|нити|нитей|пряж\w*|ткань\s+для|стежк\w*|наперст\w*|пуговиц\w*|поделк\w*|"
        r"своими\s+руками|клей|клея|клеем|фетр\w*|"
        r"шити|шию|пришити|зшити|шиття|в'яза\w*|гачк\w*|вишива\w*|стібк\w*|ґудзик\w*|"
        r"гудзик\w*|поробк\w*|своїми\s+руками|"
        r"coser|cosiendo|costur\w*|tejer|tejiendo|tejido\w*|ganchillo|bordar|bordad\w*|hilos?|"
        r"estambre|lana|tela\w*|puntada\w*|dedal|boton|botones|manualidad\w*|pegamento|fieltro"
    ),
    "garden": (
        r"garden\w*|flowers?|bloom\w*|lawn\w*|mow\w*|soil|compost|fertili[sz]\w*|prun\w*|harvest\w*|"
        r"seedling\w*|vegetable\w*|greenhouse|potted|houseplant\w*|sunflower\w*|pumpkin\w*|"
        r"сад|саду|садов\w*|огород\w*|клумб\w*|цвет(ы|ов|ок|ет|ут|ени\w*)|цветочк\w*|"
        r"цвести|газон\w*|косить|скосить|покос\w*|почв\w*|грунт\w*|компост\w*|удобрен\w*|полив\w*|"
        r"рассад\w*|семен[аи]|семян|посадить|посадк\w*|сажать|горшк\w*|горшок|теплиц\w*|урожа\w*|"
        r"грядк\w*|сорняк\w*|подсолн\w*|семечк\w*|тыкв\w*|"
        r"садок|садиб\w*|квіт(и|ів|ка|ок|очк\w*|не|нуть)|цвіс\w*|косити|ґрунт\w*|добрив\w*|"
        r"розсад\w*|насінн\w*|посадити|садити|горщик\w*|вазон\w*|врожа\w*|бур'ян\w*|соняшник\w*|"
        r"гарбуз\w*|"
        r"jardin\w*|huert[oa]\w*|flor|flores|florec\w*|cesped|pasto|tierra\s+para|abono\w*|regar|"
        r"riego|semillas?|sembrar|siembra|plantar|maceta\w*|invernadero|cosecha\w*|maleza|girasol\w*|"
        r"calabaz\w*"
    ),
    "books": (
        r"books?|novel\w*|library|chapter\w*|pages?|reading|"
        r"книг\w*|книжк\w*|страниц\w*|библиотек\w*|роман\w*|читать|читаю|прочита\w*|"
        r"книж\w*|сторінк\w*|бібліотек\w*|читати|читаю|прочита\w*|"
        r"libros?|paginas?|biblioteca\w*|novela\w*|capitulo\w*|leer|leyendo"
    ),
    "reading_school": (
        r"books?|novel\w*|library|chapter\w*|textbook\w*|homework|school|teacher\w*|exam\w*|essay\w*|"
        r"книг\w*|книжк\w*|страниц\w*|библиотек\w*|учебник\w*|домашк\w*|урок\w*|школ\w*|учител\w*|"
        r"экзамен\w*|сочинени\w*|"
        r"книж\w*|сторінк\w*|бібліотек\w*|підручник\w*|вчител\w*|іспит\w*|"
        r"libros?|paginas?|biblioteca\w*|novela\w*|capitulo\w*|tarea\w*|deberes|escuela|colegio|"
        r"maestr[oa]s?|examen\w*|ensayo\w*"
    ),
    "weather_outdoors": (
        r"weather|forecast|snowman|snowball\w*|skat\w*|ski|skiing|sled\w*|winter|frost\w*|icicle\w*|"
        r"freezing|rink|rain\w*|storm\w*|cubes?|forest|pine\w*|squirrel\w*|"
        # ice on a road, a pavement or a car ("the ice on the road this morning was lethal")
        r"roads?|pavements?|windscreen\w*|windshield\w*|icy|black\s+ice|"
        # ice or frost on a car's or a house's windows ("ice forming inside my car windows")
        r"(?:car|house|bedroom|inside)\s+windows?|windows?\s+(?:inside|overnight)|defrost\w*|"
        r"de-?ic\w*|scraper\w*|condensation|"
        r"carretera\w*|parabrisas|"
        # salt from the roads and pavements ("соль с дорог ест обувь", "сіль з тротуару")
        r"(?:с|со|на|по|з|із|зі)\s+дорог(?:и|ах|ам|у|а)?|(?:с|со|на|по|з|із|зі)\s+доріг|дорогах|тротуар\w*|"
        # snow on a roof, shovelled, in drifts ("снег с крыши", "сугробы", "чистить лопатой")
        r"крыш\w*|лопат\w*|сугроб\w*|расчист\w*|"
        # snow that melts or thaws ("когда растает снег", "сніг тане")
        r"раста\w*|тает|таять|тане|танути|відлиг\w*|оттепел\w*|"
        # snow in the mountains or at a ski resort ("сніг у Карпатах є?", "снег в горах уже лег")
        r"горах|гори|горы|карпат\w*|альп\w*|буковел\w*|драгобрат\w*|ельбрус\w*|эльбрус\w*|"
        r"домбай\w*|шерегеш\w*|гірськ\w*|горнолыжн\w*|гірськолижн\w*|"
        r"погод\w*|прогноз\w*|снегов\w*|каток|катк\w*|коньк\w*|лыж\w*|санки|санках|санок|зим\w*|мороз\w*|"
        r"сосульк\w*|дожд\w*|гроз[аыу]|кубик\w*|лес|лесу|лесн\w*|сосн\w*|елк\w*|ель|ельник\w*|белочк\w*|"
        r"ковзан\w*|лиж\w*|санчат\w*|бурульк\w*|дощ|дощу|ліс|лісі|лісов\w*|ялинк\w*|"
        # ice on the steps by the entrance ("лєд на сходах біля під'їзду, чим розтопити")
        r"сходах|сходинк\w*|під'?їзд\w*|розтоп\w*|"
        r"білк\w*|"
        r"clima|pronostico|muneco\s+de\s+nieve|patin\w*|esqui\w*|invierno|helad[ao]s?|escarcha|"
        r"lluvi\w*|tormenta\w*|cubitos?|bosque\w*|pinos?|pinas?|ardilla\w*"
    ),
    "vehicles_collections": (
        r"cars?|tyres?|tires?|wheels?|bikes?|bicycle\w*|scooter\w*|motorbike\w*|engine\w*|brakes?|"
        # a car's windscreen ("a crack in my windshield")
        r"windshields?|windscreens?|parabrisas|"
        r"stamps?|postage|envelope\w*|collect\w*|letters?|post\s+office|postcard\w*|"
        r"письм\w*|почт\w*|открытк\w*|посылк\w*|бандерол\w*|листівк\w*|пошт\w*|"
        # stamps in an album, Soviet ones, the Ukrainian post's ("марки ссср у деда в альбоме")
        r"альбом\w*|ссср|срср|советск\w*|радянськ\w*|укрпошт\w*|"
        r"carta\w*|correo\w*|postal\w*|"
        r"машин[аыуе]?|машиной|автомобил\w*|авто|шин[аыуи]?|резин[аыуе]|диски|дисков|велосипед\w*|самокат\w*|мотоцикл\w*|"
        r"двигател\w*|тормоза|тормозов|тормозн\w*|запаск\w*|почтов\w*|конверт\w*|коллекц\w*|филател\w*|"
        r"двигун\w*|гальм\w*|поштов\w*|колекц\w*|філател\w*|"
        # a car's parts and upkeep ("поменять масло в машине", "акумулятор сів", "на СТО")
        r"(?:замен|помен|помін|залит|залив|лить|лити|моторн)\w*\s+(?:\w+\s+)?масл\w*|"
        r"масл\w*\s+(?:в|у)\s+(?:двигател|двигун|мотор|коробк)\w*|аккумулятор\w*|акумулятор\w*|"
        r"стартер\w*|подвеск\w*|підвіск\w*|бампер\w*|капот\w*|бензин\w*|дизел\w*|заправк\w*|"
        r"гараж\w*|техосмотр\w*|техогляд\w*|парков\w*|шиномонтаж\w*|коробк\w*\s+передач|"
        r"глохн\w*|глухн\w*|"
        # a bike in Russian slang, seasonal tyres ("колеса на велик", "колеса на зиму хранить")
        r"велик|великах|шиномонтаж\w*|балансировк\w*|на\s+зиму|на\s+лето|"
        # a car in slang ("колёса от тачки продаю")
        r"тачк[аиуеі]|тачкой|тачкою|тачек|"
        # wheel bolts and nuts, rusted ("винты на колесах заржавели")
        r"болт\w*|гайк\w*|ржав\w*|заржав\w*|іржав\w*|заіржав\w*|"
        # a letter in Ukrainian ("марки для листа за кордон")
        r"листа|листів|листом|"
        r"coches?|carros?|autos?|llanta\w*|neumatico\w*|ruedas?|bici\w*|motos?|motor\w*|frenos?|"
        r"sellos?|estampilla\w*|coleccion\w*|"
        # the year a stamp or a car was issued ("марки олимпиады 80 года", "колеса 2012 року")
        r"\d{2,4}[-\s]*(?:х\s+|ых\s+|их\s+)?(?:года|годов|годы|гг|року|років|роки)"
    ),
    # the words of the fixed everyday list above that say nothing about where drugs are bought,
    # grown or used (no school, no internet, no phone, no garden)
    "misc": (
        r"recipe\w*|dough|pizza\w*|bread|cake\w*|cookie\w*|soup|oven|flour|risotto|pasta\s+sauce|"
        r"omelet\w*|salad|curry|spice\s+rack|chocolate\s+bars?|ice\s+cubes?|freezer|snowman|weather|"
        r"forecast|football|soccer|guitar\w*|bike|bicycle|camping|tent|lavender|soap|scrub|"
        # ice on a sports injury ("twisted my ankle, ice or heat?")
        r"ankles?|sprain\w*|footy|hamstrings?|tobillo\w*|лодыжк\w*|щиколот\w*|"
        r"nail\s+polish|makeup|essential\s+oil\w*|bookmark\w*|books|novel|sew\w*|knit\w*|crochet|"
        r"thread|fabric|yarn|embroider\w*|"
        # (never flour alone: "там мука" is a cut in a dead drop)
        r"тесто|пицц\w*|хлеб\w*|пирог\w*|выпечк\w*|духовк\w*|засолк\w*|засол\w*|огурц\w*|"
        r"борщ\w*|суп|супа|прическ\w*|маникюр\w*|шампун\w*|лаванд\w*|эфирн\w*|скраб\w*|книг\w*|"
        r"книжк\w*|шить\w*|вязан\w*|вышив\w*|нитк\w*|погода|погоды|погоду|погоде|футбол\w*|"
        r"музык\w*|музик\w*|играть\s+на|грати\s+на|ноты|ноти|поделк\w*|ремонт\w*|мебел\w*|шкаф\w*|"
        r"стих\w*|поэз\w*|гитар\w*|аккордеон\w*|песн\w*|уборк\w*|зимн\w*\s+(?:резин|шин|колес)\w*|"
        r"тісто|тіста|піц\w*|хліб\w*|пиріг\w*|випічк\w*|борошн\w*|волосс\w*|зачіск\w*|манікюр\w*|"
        r"книж\w*|шитт\w*|вишива\w*|погода|погоди|футбол\w*|меблі\w*|вірш\w*|гітар\w*|пісн\w*|"
        r"прибиран\w*|"
        r"cocinar|receta\s+de|masa\s+de|pan|bizcocho\w*|pastel\w*|galleta\w*|horno|harina|cabello|"
        r"pelo|secador\w*|champu|manicura|lavanda|jabon\w*|libro\w*|marcapagina\w*|coser|costura|"
        r"tejer|hilo|clima|lluvia|jaula|alpiste|plumas|herradura|establo|veterinari\w*|"
        r"limpiar\s+(?:los\s+)?cristales|guitarra\w*|cancion\w*|poema\w*|mueble\w*"
    ),
    # a lawn (grass you mow, not grow to smoke)
    "lawn": (
        r"lawn\w*|mow\w*|газон\w*|косить|скосить|покос\w*|косити|cesped|cortar\s+el\s+pasto|"
        # weeds pulled or sprayed ("травку на огороде чем извести: сорняки", "прополка")
        r"сорняк\w*|бурьян\w*|прополк\w*|пропалыва\w*|выполо\w*|гербицид\w*|раундап\w*|"
        r"бур'?ян\w*|прополюва\w*|"
        # weeds between paving slabs ("трава між плиткою на доріжці", "entre las baldosas")
        # (never "плитка" alone: a bar of hash)
        r"paving|patio|(?:між|между)\s+плитк\w*|доріжц\w*|тротуарн\w*|adoquin\w*|baldosa\w*|"
        # weeds in the gaps of paving ("трава в щелях плитки", "трава у щілинах бруківки")
        r"(?:щел\w*|щіл\w*|швах|шви)\s+(?:\w+\s+)?(?:плитк\w*|брусчатк\w*|бруківк\w*|асфальт\w*)|"
        r"брусчатк\w*|бруківк\w*|"
        r"podadora|cortacesped|"
        # a trimmer, a mower, weeds in Ukrainian ("трава висока, який тример взяти")
        r"тример\w*|тріммер\w*|газонокосарк\w*|косарк\w*|скосит\w*|покосит\w*|бур'ян\w*|бурян\w*|"
        # grass in a park turning green ("травичка в парку вже зелена")
        r"парк(?:у|і|е|ом)?|park|parque|зелен\w*\s+(?:уже|вже)|(?:уже|вже)\s+зелен\w*"
    ),
    # a bump on the head ("набил шишку на лбу")
    "bruise": (
        r"forehead|bumped|ушиб\w*|удари\w*|синяк\w*|набил\w*|набила|лоб|лба|лбу|голов[аеуы]|"
        r"набив\w*|забив\w*|чол[оіа]|гул[яі]|голов[аіуи]|golpe\w*|frente|chichon\w*|"
        # bunions on the feet and an ointment for them ("мазь от шишек на ногах", "шишка на
        # великому пальці ноги")
        r"ног[аеиу]|ногах|нозі|стоп[аеуы]|стопі|пальц\w*|пальці|косточк\w*|кісточк\w*|"
        r"мазь|мази|мазі|ортопед\w*|вальгус\w*"
    ),
    "daily_health": (
        r"kidney\w*|gallbladder|back\s+pain|after\s+work|at\s+the\s+gym|workout\w*|calorie\w*|"
        r"vitamin\w*|(how\s+much|how\s+many\s+glasses\s+of)\s+water|"
        r"почк[аиеу]|почках|нирк\w*|спин[аеуы]|поясниц\w*|после\s+работы|після\s+роботи|спортзал\w*|"
        r"тренировк\w*|тренуван\w*|калори\w*|витамин\w*|вітамін\w*|(сколько|скільки)\s+(воды|води)|"
        r"rinon\w*|vesicula|dolor\s+de\s+espalda|(despues|tras)\s+del\s+trabajo|gimnasio|"
        r"calorias|vitamina\w*|cuanta\s+agua"
    ),
}
# a person called by a street name: naming someone, family, a birthday ("getting a puppy, cant
# decide between Molly or Charlie", "mi abuela María cumple 90")
EVERYDAY_CLASSES["person"] = (
    r"nam(e|es|ed|ing)|call(ing|ed)?\s+(her|him|it|them)|birthday\w*|grandm\w*|granny|"
    r"aunt\w*|auntie|wedding\w*|daughter\w*|sons?|baby|babies|toddler\w*|niece\w*|nephew\w*|"
    r"дочь|дочк\w*|дочер\w*|сын|сына|сыну|малыш\w*|племянни\w*|донька|доньк\w*|доньц\w*|"
    r"синок|синочк\w*|племінни\w*|hija|hijo|bebe|sobrin[ao]\w*|"
    r"имя|имени|назва\w*|назов\w*|бабушк\w*|бабул\w*|тет[яиеу]\w*|именин\w*|день\s+рожд\w*|"
    r"свадьб\w*|юбиле\w*|"
    r"ім'я|імені|назв[уа]ти|бабус\w*|тітк\w*|день\s+народж\w*|весілл\w*|ювіле\w*|"
    r"nombre\w*|llamar\w*|llamarl[ao]|cumple\w*|abuel[ao]\w*|tias?|boda\w*|regal\w*|"
    # a present or a friend moving house ("my mate charlie is moving house, what gift")
    r"gift\w*|present\s+for|housewarming|mov(?:es|ing|ed)\s+house|"
    # a guest coming over for a meal, a person's name said ("molly is coming over for dinner",
    # "mi amiga se llama molly")
    r"com(?:ing|es)\s+over|over\s+for\s+(?:dinner|lunch|tea|the\s+weekend)|"
    r"(?:se|me|te)\s+llama|(?:she|he)\s+is\s+called|"
    r"prim[ao]s?|herman[ao]s?|cunad[ao]s?|suegr[ao]s?|viene\s+a\s+(?:cenar|comer|casa|vernos)"
)
# a cartoon, a film or a series ("где смотреть мультик Крокодил Гена", "crocodile dundee, where
# can i stream it")
EVERYDAY_CLASSES["media"] = (
    r"cartoon\w*|movie\w*|film\w*|series|episode\w*|stream\w*|netflix|youtube|watch\s+online|"
    r"мульт\w*|фильм\w*|фільм\w*|кино|кіно|сериал\w*|серіал\w*|сери[яию]|онлайн|смотреть|"
    r"дивитис[ья]|подивитис[ья]|"
    r"pelicula\w*|caricatura\w*|dibujos\s+animados|serie|capitulo\w*|ver\s+en\s+linea"
)
# growing crystals or salt in an experiment ("кристаллы соли вырастить для школьного опыта")
EVERYDAY_CLASSES["science"] = (
    r"experiment\w*|science\s+(fair|project|class)|"
    # physics ("скорость для задачи по физике")
    r"физик\w*|фізик\w*|physics|fisica|"
    # chemistry at school ("контрольная по химии: кислоты и соли", "задача з хімії на масову
    # частку"); never "химия" alone (street chemicals: "подсунули какую-то химию")
    r"(?:по|з|із|урок\w*|контрольн\w*|учебник\w*|підручник\w*|задач\w*|олимпиад\w*|олімпіад\w*|"
    r"домашк\w*|экзамен\w*|іспит\w*|егэ|огэ|зно|нмт)\s+(?:\w+\s+)?(?:хими\w*|хімі\w*)|"
    r"массов\w*\s+дол\w*|масов\w*\s+частк\w*|таблиц\w*\s+менделеев\w*|менделеєв\w*|"
    r"молекул\w*|валентн\w*|"
    r"chemistry\s+(class|set)|grow(ing)?\s+(salt\s+)?crystals?|"
    r"опыт|опыта|опыту|опыты|эксперимент\w*|вырастить|выращива\w*|"
    r"дослід\w*|експеримент\w*|виростити|вирощува\w*|"
    r"experimento\w*|feria\s+de\s+ciencias|cultivar\s+cristal\w*"
)
# mushrooms picked for the pan, by their kitchen names ("гриби в лісі, за білими хочу")
EVERYDAY_CLASSES["foraging"] = (
    r"porcini|chanterelle\w*|boletus|button\s+mushroom\w*|champignon\w*|"
    r"белы[ех]|белым|боровик\w*|подберезовик\w*|подосиновик\w*|лисичк\w*|опят\w*|маслят\w*|"
    r"груздь|грузд\w*|шампиньон\w*|"
    r"білі|білих|білими|боровик\w*|підберезник\w*|підосичник\w*|лисичк\w*|опеньк\w*|маслюк\w*|"
    r"печериц\w*|"
    r"niscalo\w*|champinon\w*|rebozuelo\w*|"
    # the season and the woods near a city people go picking in ("где собирать грибы под
    # Москвой в сентябре", "які гриби зараз збирати в Карпатах", "setas en otoño")
    r"сентябр\w*|октябр\w*|осен\w*|вересн\w*|жовтн\w*|восен\w*|september|october|autumn|"
    r"septiembre|octubre|otono|"
    r"подмосков\w*|под\s+москвой|карпат\w*|грибн\w*\s+(сезон|мест\w*|місц\w*)|"
    r"маринов\w*|маринув\w*|засолк\w*|засолюв\w*|засолит\w*|на\s+зиму|"
    # wild ones in the woods or a yard, told apart from the poisonous ones ("wild mushrooms in
    # the woods, which are poisonous", "setas del monte venenosas", "mushrooms in my backyard")
    r"wild|woods?|forest\w*|backyard|yard|poison\w*|edible|bosque\w*|monte|venenos\w*|"
    r"comestibles?|silvestres?|portobello\w*|shiitake|ajillo"
)
# mushrooms bought for food and kept: fresh, in the fridge, at a shop or a restaurant ("how long do
# fresh mushrooms keep in the fridge", "setas frescas en la nevera", "qué setas pido en el
# restaurante"); a dried batch kept for its effect says so ("magic", "shrooms", a trip)
EVERYDAY_CLASSES["food_storage"] = (
    r"fridge|freezer|refrigerat\w*|fresh|supermarket\w*|grocer\w*|restaurant\w*|menu|"
    r"nevera|frigorifico|refri|refrigerador\w*|congelador\w*|frescos?|frescas?|supermercado\w*|"
    r"mercado\w*|fruteria\w*|restaurante\w*|menu|carta|tapas?|racion\w*"
)
# mould on a wall or a ceiling, damp in a bathroom ("hongos negros en la pared del baño")
EVERYDAY_CLASSES["mould"] = (
    r"mou?ld\w*|damp|walls?|ceiling\w*|shower|bathroom|moho\w*|humedad\w*|pared\w*|techo\w*|"
    r"azulejo\w*|(?:cuarto\s+de\s+)?bano|ducha\w*|плесен\w*|цвіль\w*|плісняв\w*|стен[аеуы]|стін[аиі]"
)
# a fungus of the skin, the feet or the nails ("tengo hongos en las uñas", "athlete's foot")
EVERYDAY_CLASSES["fungus"] = (
    r"(?:toe)?nails?|feet|foot|skin|groin|athlete'?s|antifung\w*|thrush|candida\w*|"
    # (the nails folded are "unas", also the article: only with "los pies" or a possessive)
    r"unas?\s+de\s+(?:los\s+|las\s+)?(?:pies|manos)|(?:las|mis|tus|sus)\s+unas|pies|piel|ingle|"
    r"entrepierna|axila\w*|antimicotic\w*|antifungic\w*|candidiasis|"
    r"pomada|crema\s+para"
)
# crafts and decorations ("crystals for a diamond mosaic", "pine cones for a Christmas wreath")
EVERYDAY_CLASSES["crafts"] = (
    r"crafts?|mosaic\w*|rhinestone\w*|beads?|beading|decor\w*|wreath\w*|ornament\w*|christmas|"
    r"мозаик\w*|мозаїк\w*|страз\w*|бисер\w*|бісер\w*|рукодел\w*|рукоділ\w*|декор\w*|"
    r"венок|венк\w*|вінок|вінк\w*|новогодн\w*|новорічн\w*|ялинк\w*|ялинов\w*|елочн\w*|еловы\w*|"
    r"соснов\w*|поделк\w*|поробк\w*|"
    r"manualidad\w*|mosaico\w*|abalorio\w*|adorno\w*|decoraci\w*|navide\w*|corona\s+de"
)
# crystals and stones as charms or jewellery: a crystal shop, healing stones, quartz, a
# Swarovski pendant ("where to buy amethyst crystals for my altar", "tienda de cristales y
# cuarzos", "кристаллы аметиста для медитации"); never "healing" alone (a body healing after a
# binge is a drug question) nor a bare "stone" (a rock of crack); never "pendiente" (also
# "keeping an eye on someone") nor "joya" ("great" in Argentina)
EVERYDAY_CLASSES["gemstones"] = (
    r"healing\s+(?:stones?|crystals?|gems?)|"
    r"gem\s*stones?|gems|semi[\s-]?precious|quartz|amethysts?|citrine|selenite|obsidian|"
    r"tourmaline|agate|chakras?|reiki|tarot|altar|spiritual\w*|jewell?er\w*|necklaces?|"
    r"pendants?|earrings?|bracelets?|swarovski|birthstones?|"
    r"кварц\w*|аметист\w*|самоцвет\w*|самоцвіт\w*|чакр\w*|эзотери\w*|езотери\w*|таро|"
    r"медитац\w*|ювелир\w*|ювелір\w*|украшени\w*|прикрас\w*|кулон\w*|сваровск\w*|"
    r"cuarzo\w*|amatista\w*|gemas?|piedras\s+(?:curativas|energeticas|naturales|preciosas|"
    r"semipreciosas)|semipreciosa\w*|chakras?|reiki|tarot|esoteric\w*|esoterism\w*|"
    r"meditacion|joyeria\w*|colgante\w*|aretes?|swarovski"
)
# a fire lit with pine cones ("шишки для самовара где набрать", "шишки на розпал для каміна")
EVERYDAY_CLASSES["fire"] = (
    r"fireplace\w*|kindling|firewood|bonfire\w*|barbecue\w*|bbq|stove\w*|"
    r"самовар\w*|камин\w*|печк\w*|печи|растопк\w*|розжиг\w*|мангал\w*|костер|костр\w*|дров\w*|"
    r"камін\w*|грубк\w*|розпал\w*|багатт\w*|"
    r"chimenea\w*|estufa\w*|lena|fogata\w*|parrilla\w*"
)
# wild animals: a mamba is a snake ("мамба в зоопарке самая ядовитая змея?")
EVERYDAY_CLASSES["wildlife"] = (
    r"snakes?|serpents?|zoo|zoos|venom\w*|venomous|wildlife|africa\w*|"
    r"змея|змеи|змей|змею|змія|змії|змій|змію|зоопарк\w*|ядовит\w*|отруйн\w*|африк\w*|"
    r"serpiente\w*|vibora\w*|venenos\w*|zoologico\w*"
)
# a sprain or a knock cooled with ice ("twisted my ankle, ice or heat?")
EVERYDAY_CLASSES["sprain"] = (
    r"ankles?|knees?|wrists?|sprain\w*|twisted|strain\w*|footy|football|"
    r"лодыжк\w*|колен\w*|растяжени\w*|растянул\w*|подвернул\w*|щиколотк\w*|розтягн\w*|підвернув\w*|"
    r"tobillo\w*|rodilla\w*|esguince\w*|torcedura\w*|torci\w*|"
    # a knock, a bruise or a pulled muscle cooled down ("hielo en un golpe", "ice on a bruise")
    r"golpe\w*|chichon\w*|moreton\w*|moraton\w*|contractura\w*|tiron\w*|bruise\w*|bump\w*|"
    r"pulled\s+(?:a\s+|my\s+)?muscle"
)
# a fall off a bike, a skateboard or a scooter and its graze ("came off my bike and grazed my
# knee", "me caí del patinete y me raspé el codo")
EVERYDAY_CLASSES["falls"] = (
    r"bikes?|bicycle\w*|cycl\w*|skateboard\w*|scooter\w*|rollerblad\w*|graz\w*|scrap(?:e|ed|es)|"
    r"road\s+rash|fell\s+off|came\s+off|tripped|driveway\w*|paths?|"
    r"bici\w*|bicicleta\w*|patinete\w*|monopatin\w*|raspad\w*|raspon\w*|rasp[eo]|caid[ao]|"
    r"me\s+cai|camino\w*|grava"
)
# a horse's day: what it eats, its stable ("cuanto come un caballo al dia")
EVERYDAY_CLASSES["horse"] = (
    r"come|comen|comer|pienso|heno|paja|establo\w*|cuadra\w*|montar|galop\w*|potro\w*|yegua\w*|"
    r"herradura\w*|veterinari\w*|raza\w*|granja\w*|rancho\w*|"
    # a horse that limps, its legs and hooves ("mi caballo cojea de una pata")
    r"cojea\w*|cojer\w*|cojo|coja|patas?|pezuna\w*|cascos?|casquillo\w*|trot\w*|crin\w*|"
    r"montura\w*|silla\s+de\s+montar|jinete\w*|equin\w*"
)
# a video game: crystals and herbs gathered in a game ("где найти кристаллы в майнкрафте")
EVERYDAY_CLASSES["games"] = (
    r"minecraft|майнкрафт\w*|roblox|роблокс\w*|terraria|террари\w*|skyrim|скайрим\w*|"
    r"genshin|геншин\w*|fortnite|фортнайт\w*|zelda|зельд\w*|pokemon\w*|покемон\w*|"
    r"video\s*games?|videojuegos?|in\s+(?:the\s+)?game|в\s+игр[еу]|в\s+грі|у\s+грі|"
    r"en\s+el\s+juego|игр[аеуы]|juego|game|геймер\w*|персонаж\w*|"
    r"крафт\w*|crafting|скрафт\w*|кирк[аиу]|pickaxe|"
    r"квест\w*|quest\w*|уров(?:ень|н\w*)|рів(?:ень|н\w*)|level\w*|nivel\w*|локаци\w*|локаці\w*|"
    # chess: the knight is "el caballo" ("cómo se mueve el caballo en el tablero")
    r"ajedrez|tablero\w*|alfil\w*|jaque\w*|chess|chessboard|шахмат\w*"
)
# shoes and socks: a stone in one's shoe ("una piedrita en el tenis", "a rock in my boot")
EVERYDAY_CLASSES["shoes"] = (
    r"zapat\w*|zapatilla\w*|tenis|botas?|botin\w*|sandalia\w*|chancla\w*|huarache\w*|"
    r"calcet\w*|suela\w*|shoes?|boots?|sneakers?|trainers|socks?|sandals?|"
    r"ботин\w*|кроссовк\w*|кросівк\w*|туфл\w*|черевик\w*|сапог\w*|чобіт\w*|чоботи"
)
# herbs for the kitchen garden, named ("какие травы посадить: укроп, петрушка", "dill and basil")
EVERYDAY_CLASSES["kitchen_herbs"] = (
    r"укроп\w*|петрушк\w*|базилик\w*|кинз\w*|мят[аыуе]|мятой|розмарин\w*|тимьян\w*|чабрец\w*|"
    r"щавел\w*|шпинат\w*|орегано|майоран\w*|лаврушк\w*|пряны\w*|пряност\w*|"
    r"кріп|кропу|кропом|петрушк\w*|базилік\w*|кінз\w*|м'ят[аиуі]|м'ятою|м.ят[аиуі]|чебрец\w*|"
    r"щавл\w*|шпинат\w*|пряні|пряних|прянощ\w*|"
    r"dill|parsley|basil|coriander|cilantro|mint|rosemary|thyme|oregano|sage|chives|"
    r"perejil|albahaca|eneldo|menta|hierbabuena|yerbabuena|romero|tomillo|"
    r"oregano|salvia|cilantro|culantro|laurel|manzanilla|hierba\s+luisa|"
    r"culinary|aromatic\w*|aromatic[ao]s?"
)
# the speed of a fan ("what speed should my ceiling fan be on")
EVERYDAY_CLASSES["fan"] = r"fans?|ventilador\w*|вентилятор\w*"
# the speed of a run or a ride ("what's a good speed to run a 5k at")
EVERYDAY_CLASSES["sport"] = (
    r"run|runs|running|runner\w*|5k|10k|marathon\w*|pace|treadmill\w*|jog\w*|cycling|km/h|mph|"
    r"бег|бегать|бегаю|пробежк\w*|марафон\w*|беговой|біг|бігати|бігаю|пробіжк\w*|"
    r"correr|corro|carrera\w*|maraton\w*|cinta\s+de\s+correr"
)
# lyric poetry ("лирика пушкина", "любовная лирика"), never pregabalin among poets (a lesson or
# a poem written "under it" may be pregabalin: those words are not here)
EVERYDAY_CLASSES["poetry"] = (
    r"пушкин\w*|есенин\w*|лермонтов\w*|ахматов\w*|цветаев\w*|шевченк\w*|поэт\w*|поэз\w*|"
    r"стихотворени\w*|литератур\w*|лирическ\w*|любовн\w*\s+лирик\w*|"
    # the lyrics of songs ("лирика в песнях", "лирика в рэпе")
    r"песн\w*|песен|пісн\w*|пісень|рэп\w*|реп\w*|рок\w*|альбом\w*|поэт\w*"
)
# a basketball player's nickname ("мамба в баскетболе это кто")
EVERYDAY_CLASSES["basketball"] = r"баскетбол\w*|nba|нба|коби|kobe|брайант\w*|bryant"
# a landmark visited ("the Shard lit up at night, best spot for photos")
EVERYDAY_CLASSES["sightseeing"] = (
    r"london|views?|viewing\s+\w+|tickets?|photos?|pictures?|buildings?|tallest|skyscraper\w*|"
    r"skyline|visit\w*|tourist\w*|tours?|restaurant\w*|lit\s+up|observatory|landmark\w*|"
    r"architect\w*|floors?|lift|elevator"
)
# the bars of a gym or a playground ("the bars on my squat rack are rusting")
EVERYDAY_CLASSES["gym"] = (
    r"gym\w*|squat\w*|racks?|barbell\w*|dumbbell\w*|weights|plates|pull[\s-]?ups?|chin[\s-]?ups?|"
    r"deadlift\w*|bench\s+press|rust\w*|monkey\s+bars|playground\w*|gimnasio|barras?\s+de\s+dominadas|"
    r"pesas|mancuerna\w*"
)
# an accordion ("купил сыну баян на день рождения"), never a syringe among music or presents
EVERYDAY_CLASSES["music"] = (
    r"музык\w*|музик\w*|играть|грати|ноты|ноти|аккордеон\w*|акордеон\w*|гармошк\w*|гармонь|"
    r"начинающ\w*|початківц\w*|день\s+рождени\w*|дн[её]м\s+рождени\w*|день\s+народженн\w*|"
    r"подар\w*|школ\w*\s+искусств|музшкол\w*|"
    # a music school or a wedding band ("в музичну школу", "на весілля", "на свадьбу")
    r"музичн\w*|музыкальн\w*|весілл\w*|весіль\w*|свадьб\w*|концерт\w*|"
    # mixing a track: the vocal, the bass, a beat, the mastering, a DJ ("свести вокал в миксе",
    # "звести трек", "біт і мастеринг")
    r"вокал\w*|трек\w*|сведени\w*|свести|свожу|сводить|зведенн\w*|звести|зводити|мастеринг\w*|"
    r"битов\w*|біт|бит|басы|бас|басу|басом|диджей\w*|діджей\w*|ди-джей\w*|плейлист\w*|"
    r"песн\w*|пісн\w*|саунд\w*|эквалайз\w*|еквалайз\w*|компресс\w*|компрес\w*|ableton|fl\s+studio"
)
# a door and its frame ("как подогнать дверной косяк", "косяк у дверях розсохся")
EVERYDAY_CLASSES["carpentry"] = (
    r"двер\w*|дверн\w*|скрип\w*|петл[иія]\w*|рубан\w*|плотник\w*|столяр\w*|окн[аоу]|вікн\w*|"
    r"door\w*|hinge\w*|squeak\w*|puerta\w*|bisagra\w*|marco\s+de\s+la\s+puerta"
)
# a can of Coke (never teeth, gums or the nose alone: cocaine harms those too)
EVERYDAY_CLASSES["soft_drink"] = (
    r"diet|zero|fizzy|soda|pepsi|sprite|fanta|mentos|cola|can\s+of|bottle\s+of|"
    # a mixer with a spirit, asked about its sugar ("rum and coke or jack and coke, less sugar?")
    r"less\s+sugar|sugar\s+in|calories|rum\s+and|jack\s+and|cuba\s+libre|"
    r"газировк\w*|кол[аыу]|refresco\w*"
)
# what is cracked open at the table or for fun: shells, nuts, eggs, a joke, a code, knuckles
# ("how do you crack crab claws without the tool", "cracking walnuts by hand")
EVERYDAY_CLASSES["shells"] = (
    r"crabs?|crab\s+(?:legs?|claws?)|claws?|lobsters?|shellfish|nuts?|walnuts?|pecans?|"
    r"pistachios?|almonds?|hazelnuts?|coconuts?|nutcracker\w*|shells?|eggs?|jokes?|knuckles?|"
    r"codes?|puzzles?|riddles?|safes?|whips?"
)
# clothes and leather goods with studs ("tachas" in Mexico: "chamarra de cuero con tachas", "se
# le cayeron las tachas al cinturón"); never the skin, nor a party outfit alone
EVERYDAY_CLASSES["clothes"] = (
    r"chamarra\w*|chaqueta\w*|cazadora\w*|campera\w*|chupa\s+de\s+cuero|cinturon\w*|cintos?|"
    r"botas|botines|jeans|vaqueros|pantalon\w*|gorras?|zapatos?|tenis|collar(?:es)?|pulsera\w*|cuero|piel\s+sintetica|tachuela\w*|remache\w*|"
    r"metalic[ao]s?|plateada?s?|doradas?|ropa|prenda\w*|sastre\w*|zapater\w*|talabarter\w*"
)
# a Colombian coffee and breakfast: "perico" is a small coffee with milk (or scrambled eggs with
# tomato and onion) beside a bakery word ("un perico con pandebono", "tinto o perico en la
# panadería"); never "leche" alone (milk powder is what some cut a powder with)
EVERYDAY_CLASSES["cafe_co"] = (
    r"pandebono\w*|pan\s+de\s+bono|arepa\w*|almojabana\w*|bunuelo\w*|empanada\w*|croissant\w*|"
    r"cafeteria\w*|panaderia\w*|tinto|tintico|desayun\w*|onces|media\s+manana|tazas?|pocillos?|"
    r"cafes?|cafecito|huevos?"
)
_EVERYDAY_BY_CLASS = {
    name: re.compile(r"\b(?:" + words + r")\b") for name, words in EVERYDAY_CLASSES.items()
}
_HOUSEHOLD_WORD = re.compile(r"(?:" + EVERYDAY_CLASSES["household"] + r")")


def household_word(word: str) -> bool:
    """The (typed) word is a household thing ("bath", "ванни", "baño"): a word of a many-word
    substance name ("соль для ванн", "bath salts") that names no substance alone."""
    return _HOUSEHOLD_WORD.fullmatch(fold(word).strip()) is not None


# everyday words inside a many-word name ("veneno de sapo", "óxido nitroso", "gas de la risa",
# "toad venom", "nitrous oxide"): alone they name no substance ("setas venenosas", "el óxido de
# las monedas"; issue 9, twenty-third session)
_NAME_PART_WORD = re.compile(
    r"(?:venen\w*|venom\w*|oxid\w*|oxide|risa|laughing|отрут\w*|яд|оксид\w*|закис\w*)"
)


def name_part_word(word: str) -> bool:
    """The (typed) word is an everyday word of a many-word substance name (a venom, an oxide,
    laughter) that names no substance alone."""
    return _NAME_PART_WORD.fullmatch(fold(word).strip()) is not None


# health and drinking said without a substance name: never an everyday frame
_USE_CONTEXT = re.compile(
    r"\b("
    r"party|parties|night\s+out|rave\w*|festival\w*|clubbing|club|rolling|sesh|bump\w*|lines?|hangover|beer\w*|"
    r"wine(?!\s+glass)|vodka|whisk\w*(?!\s+glass)|liquor|shots|drinking(?!\s+water)|quit(?:s|ting)?|cut\s+down|"
    r"вечеринк\w*|тусовк\w*|тус[еи]|фестивал\w*|"
    # a night club, never a hobby club ("клуб филателистов", "клуб любителей шахмат")
    r"клуб\w*\b(?!\s+(?:филател|нумизмат|книжн|шахмат|любител|по\s+интерес|выходного\s+дня|"
    r"юн\w*\s+|ветеран|пенсионер|туристическ))|дорожк\w*|похмел\w*|пив[оа]\w*|водк\w*|"
    r"вино|вина|вином|коньяк\w*|запо[йя]\w*|бух\w*|горілк\w*|вечірк\w*|брос\w*|кину\w*|"
    r"fiesta\w*|antro\w*|perreo|resaca|cruda|cerveza\w*|chela\w*|tequila|mezcal|borrach\w*|"
    r"dejar\s+de\s+(beber|tomar)|"
    # hiding it, cooking it ("как спрятать соль в шкафу", "мак на кухне варить")
    r"hid(e|ing)|stash\w*|спрят\w*|прят\w*|сховат\w*|ховат\w*|escond\w*|"
    # found it, tried it, took it, smoked it ("my aunt found my maria", "mi tía probó maría")
    r"found|tried|trying|took|smok\w*|encontr\w*|prob(o|ar|ando|ado|e)|fum\w*|нашл\w*|нашел|"
    r"нашёл|знайш\w*|пробовал\w*|попробова\w*|пробува\w*|спробува\w*|курил\w*|курив\w*|"
    r"кур(ю|ит|ишь|им|ят|имо|ите|нул\w*|нув\w*)|накур\w*|обкур\w*|покур\w*|дую|дунул\w*|дунув\w*|"
    r"варит\w*|варю|сварит\w*|сварил\w*|варк[аи]|зварит\w*|варити|"
    # edibles and poppy tea: the kitchen of drugs
    r"edibles?|brownies?|брауни|брауні|космокекс\w*|отвар\w*|відвар\w*|солом\w*|poppy\s+tea|"
    r"укол\w*|вен[аыуе]|ран[аыу]|абсцесс\w*|абсцес\w*|herida\w*|absceso\w*|wound\w*|abscess\w*|"
    # overheating, recovering after a night: the health of a person who used
    r"overheat\w*|перегр\w*|sobrecalent\w*|golpe\s+de\s+calor|recover\w*|восстанов\w*|"
    r"відновл\w*|recuper\w*|нарив\w*|гно\w*|гні\w*|infect\w*|инфекц\w*|інфекц\w*|infecci\w*"
    r")\b"
)


# Which everyday domains give each street word its everyday sense: "закладка" is a bookmark
# among books or in a browser, never because a phone or a site is named (dead drops are found
# with a phone); "фен" is a hair dryer beside hair or in the household; "грибы" are food only in
# the kitchen (mushrooms picked in a forest may be the other kind). A street word missing here
# is explained by no class.
_HOMONYM_SENSES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = tuple(
    (re.compile(r"\b(?:" + words + r")\b"), classes)
    for words, classes in (
        (
            r"фен|фена|фену|феном|фенік|феніка|феніку|феніком",
            ("beauty", "household", "pets", "misc"),
        ),
        (r"молі|моль|мольки|мольку", ("moths", "household", "sewing", "misc")),
        (
            r"соль|соли|солью|сіль|солі|сіллю|salt\w*|bath\s+salts?|sales\s+de\s+bano",
            ("kitchen", "household", "weather_outdoors", "beauty", "science", "games", "misc"),
        ),
        (r"закладк\w*", ("books", "browser", "misc")),
        (r"мак|мака|маку|маком", ("kitchen", "garden", "misc")),
        # never the garden nor the kitchen: growing cannabis and baking it are drug questions
        # ("как посадить траву на балконе", "скільки трави класти в печиво")
        (r"трав\w*|grass|weeds|herbs?", ("pets", "lawn", "kitchen_herbs")),
        # pine cones burn in a samovar or a fireplace; buds ("бошки") are never kindling
        (
            r"шишк\w*|шишок|шишек|шишечок|шишечек",
            ("weather_outdoors", "sewing", "crafts", "bruise", "fire", "misc"),
        ),
        (r"бошк\w*|бошок|бошек", ("weather_outdoors", "sewing", "crafts", "bruise", "misc")),
        (
            r"кристалл\w*|кристал\w*|cristal\w*|crystals?",
            ("household", "sewing", "crafts", "beauty", "science", "games", "gemstones", "misc"),
        ),
        # a person of that name in a film or a series ("molly ringwald films", "charlie chaplin movies")
        (r"molly|charlie|maria|mary\s+jane", ("person", "pets", "media")),
        (r"mono|monos", ("household", "wildlife", "misc")),
        (r"ruedas?", ("vehicles_collections", "misc")),
        # gravel of a path, a drive or a road, a fall on it ("came off my bike on the gravel")
        (r"gravel", ("falls", "garden", "weather_outdoors", "sprain", "misc")),
        (r"shards?", ("sightseeing", "household", "misc")),
        (r"доріжк\w*|доріжц\w*", ("lawn", "household", "misc")),
        (r"колес\w*|колеса", ("vehicles_collections", "misc")),
        (r"винт\w*", ("vehicles_collections", "household", "sewing", "tech", "misc")),
        (
            r"лед|льда|лёд|лєд|лєду|лєда|ice|hielo",
            ("weather_outdoors", "kitchen", "household", "sprain", "misc"),
        ),
        (
            r"снег\w*|сніг\w*|snow|nieve",
            ("weather_outdoors", "vehicles_collections", "household", "misc"),
        ),
        (r"марк[аиу]", ("vehicles_collections", "misc")),
        (
            r"игл\w*|иголк\w*|голк\w*|needle\w*|aguja\w*",
            ("sewing", "garden", "weather_outdoors", "misc"),
        ),
        (
            r"скорост\w*|speed|speedtest",
            ("tech", "vehicles_collections", "fan", "sport", "science", "misc"),
        ),
        # battery acid ("кислота в аккумуляторе машины")
        (
            r"кислот\w*|acid|acido",
            ("kitchen", "household", "beauty", "vehicles_collections", "science", "misc"),
        ),
        # mushrooms picked or cooked, growing in a lawn or a garden; a mould on a wall; a fungus
        # on the feet or the nails ("hongos en las uñas de los pies"); never beside a pet alone
        # (mushrooms eaten by the person with a pet about: "me comí unos hongos y mi perro...")
        (
            r"гриб\w*|mushrooms?|setas?|hongos?",
            ("kitchen", "foraging", "garden", "lawn", "mould", "fungus", "food_storage", "misc"),
        ),
        (r"pericos?|pericas?", ("pets", "kitchen", "cafe_co", "misc")),
        # a speck ("una mota de polvo"): only in that fixed phrase
        (r"motas?", ()),
        # studs on clothes ("una chamarra con tachas", "se le cayeron las tachas al cinturón")
        (r"tachas?", ("clothes", "sewing")),
        # a manoeuvre or a trick only in its fixed phrase ("hacer una pirula")
        (r"pirulas?", ()),
        # a horse eating, in a stable ("cuanto come un caballo al dia"): the animal, not heroin
        (r"caballos?", ("horse", "games", "misc")),
        (r"pipa|pipas", ("kitchen", "garden", "misc")),
        # a stone or a rock a pet swallowed or chews ("mi perro se tragó una piedra", "my dog
        # keeps eating rocks"): the vet's matter
        (
            r"piedra\w*|piedrit\w*|rocks?",
            ("daily_health", "garden", "weather_outdoors", "pets", "shoes", "misc"),
        ),
        (r"chocolate|beans|spices?|pot", ("kitchen", "garden", "misc")),
        # coca leaves in a tea, Coca-Cola in a recipe; the film's cocaine ("scarface")
        (r"coca", ("kitchen", "garden", "media", "misc")),
        (r"tina", ("household", "misc")),
        (r"tabs", ("browser", "misc")),
        (r"bars", ("kitchen", "tech", "gym", "misc")),
        (r"дудк\w*|мамб\w*|mamba", ("wildlife", "basketball", "misc")),
        (r"лирик[аиу]|лирикой", ("poetry",)),
        # Spanish "sal" is table salt ("sales" are the drug)
        (r"sal", ("kitchen", "household", "weather_outdoors", "misc")),
        (r"coke", ("soft_drink",)),
        (r"баян\w*", ("music",)),
        (r"микс\w*|мікс\w*", ("music",)),
        # a hair clipper, a sewing machine ("машинка для стрижки", "швейна машинка")
        (r"машинк\w*|машинц\w*", ("beauty", "sewing")),
        (r"косяк|косяка|косяку|косяком|косяки", ("carpentry",)),
        # a crack in a phone screen or a wall (praise in Spanish is a fixed phrase)
        (r"crack|cracks|cracked|cracking", ("tech", "household", "shells", "vehicles_collections")),
        (r"крокодил\w*|crocodiles?|cocodrilos?", ("media", "wildlife", "misc")),
        (r"special\s+k|спешл\s+кей", ("kitchen", "misc")),
        (r"hierbas?", ("pets", "lawn", "kitchen_herbs")),
        (
            r"кокос|кокоса|кокосу|кокосом|кокосе|кокосы|кокосов|кокосами",
            ("kitchen", "beauty", "household", "misc"),
        ),
    )
)
# a browser's bookmarks and tabs (not any phone or site: shops selling drugs have those)
_EVERYDAY_BY_CLASS["browser"] = re.compile(
    r"\b(?:browser\w*|chrome|firefox|safari|opera|edge|bookmark\w*|"
    r"браузер\w*|хром\w*|гугл\w*|google|вкладк\w*|в\s+закладки|у\s+закладки|до\s+закладок|"
    r"navegador\w*|pestana\w*|marcador\w*|marcapagina\w*)\b"
)


# everyday phrases built on a street word
_FIXED_EVERYDAY = re.compile(
    r"\b(?:speed\s*test\w*|sales\s+de\s+bano|" + _THUGS + r"|"
    # a cramp in the leg ("charlie horse in my calf"); rubbish, never the police ("вывоз мусора")
    r"charlie\s+horses?|" + _RUBBISH.pattern[2:-2] + r"|"
    # a book or a film by its title with a street name in it ("charlie and the chocolate factory",
    # "charlie y la fábrica de chocolate", "charlie brown"): the story, never the drug
    r"charlie\s+(?:and|y)\s+(?:the|la)\s+(?:chocolate\s+factory|great\s+glass\s+elevator|"
    r"fabrica\s+de\s+chocolate|gran\s+ascensor\s+de\s+cristal)|charlie\s+(?:brown|chaplin|sheen)|"
    r"(?:los\s+)?angeles\s+de\s+charlie|charlie'?s\s+angels|willy\s+wonka|"
    # the soft drink by its full name ("la coca cola quita el óxido?", "coca-cola zero")
    r"coca[\s-]*colas?|"
    # coconut as an adjective is never the street word ("кокосовое молоко", "кокосовую стружку")
    r"кокосов\w*|"
    # the speed of light or sound ("скорость света сколько км в секунду", "speed of sound")
    r"скорост\w*\s+(?:света|звука)|speed\s+of\s+(?:light|sound)|velocidad\s+de\s+la\s+luz|"
    r"velocidad\s+del\s+sonido|"
    r"ломк\w*\s+(?:\w+\s+)?(?:голос\w*|дом[аов]?|домов|здани\w*|стен\w*|забор\w*|мебел\w*|"
    r"сара[яею]|гараж\w*|асфальт\w*|льда|лед\w*|ногт\w*|волос\w*)|"
    r"план\w*\s+(?:на\s+(?:\w+\s+)?(?:недел\w*|день|месяц\w*|год|лето|зиму|выходн\w*|завтра|сегодня|отпуск\w*)|"
    r"эвакуац\w*|работ\w*|урок\w*|действий|питани\w*|тренировок|поездк\w*|квартир\w*|"
    r"этаж\w*|застройк\w*|продаж\w*|дипломн\w*|курсов\w*|реферат\w*|сочинени\w*)|"
    r"бизнес[\s-]*план\w*|"
    r"марк[аиу]\s+(?:\w+\s+)?(?:шоколад|телефон|смартфон|одежд|пива|вина|коф|ча[йяю]|обув|кроссов|"
    r"духов|косметик|стали|бетон|цемент|бензин|масл)\w*|"
    r"кислотн\w*\s+(?:\w+\s+)?(?:цвет\w*|оттен\w*|зелен\w*|розов\w*|желт\w*|ярк\w*)|"
    r"кислотного\s+цвета|"
    # a treadmill, a carpet or garden runner, a ski track, a bowling lane ("беговую дорожку
    # какую купить", "ковровые дорожки в коридор", "дорожку в саду плиткой")
    r"(?:бегов|ковров|садов|лыжн|велосипедн|тротуарн|пешеходн)\w*\s+дорожк\w*|"
    r"дорожк\w*\s+(?:бегов|ковров|садов|лыжн|из\s+плитк|плитк|в\s+саду|на\s+даче|в\s+коридор)\w*|"
    # herbs for tea ("травы для чая от простуды", "травяной сбор")
    r"трав\w*\s+(?:для|в)\s+ча[йяю]\w*|травян\w*\s+(?:ча[йяю]\w*|сбор\w*)|"
    r"(?:соль|соли|сіль|солі)\s+для\s+ванн\w*|"
    r"морская\s+соль|морська\s+сіль|sea\s+salt|rock\s+salt|table\s+salt|"
    r"фен\s+для\s+волос\w*|закладк\w*\s+для\s+книг\w*|pipas\s+de\s+girasol|"
    # biscuits with coffee or tea, or pasta as a dish ("un café con pastas", "pastas de
    # mantequilla", "pastas con tomate para la cena", "receta de pastas"): food, never pills
    r"(?:cafe\w*|te|tes|leche|chocolate|merienda|desayuno|galletas|receta|recetas|bandeja|caja)\s+"
    r"(?:con|y|de)\s+(?:unas\s+|las\s+)?pastas|"
    r"pastas(?:\s+[\w']+){0,4}?\s+(?:para|de|con|al|a\s+la)\s+(?:la\s+|el\s+|los\s+)?"
    r"(?:cena|comida|merienda|desayuno|visita|te|cafe|mantequilla|almendras?|nata|coco|chocolate|"
    r"salsa|tomate|queso|pesto|boloñesa|bolonesa|carbonara|carne|pollo|verduras|atun|horno)\b|"
    # cones named by their tree, pine nuts and hops ("шишки кедровые чистить", "соснові шишки")
    r"(?:кедров|соснов|ялинов|елов|ялицев|хмел|смерек|смереков)\w*\s+(?:\w+\s+)?(?:шишк\w*|шишок|шишек)|"
    r"(?:шишк\w*|шишок|шишек)\s+(?:\w+\s+)?(?:кедров|соснов|ялинов|елов|хмел|смереков)\w*|"
    # swallowed, the verb ("mi perro se tragó una piedra", "me tragué el chicle"): folded, "se
    # tragó" reads as "trago", a drink; after a pronoun it is always the verb
    r"(?:se|me|te|nos|le|les)\s+(?:trago|trague|tragaron|tragamos)|"
    # sunflower seeds, salted or not ("una bolsa de pipas con sal")
    r"pipas\s+(?:con|sin)\s+sal|pipas\s+saladas|"
    r"ice\s+(?:cream|cubes?|skating|rink)|snow\s+(?:tyres?|tires?|chains?|shovel)|"
    # snow in a forecast ("снег на выходных обещают", "обещали снег", "снег выпал", "сніг обіцяють")
    r"(?:снег|снега|сніг|снігу)\s+(?:\w+\s+){0,3}?(?:обещают|обещали|передают|передавали|выпал|выпадет|"
    r"пойдет|пойдёт|обіцяють|обіцяли|випав|випаде|піде|синоптик\w*)|"
    r"(?:обещают|обещали|передают|выпал|выпадет|обіцяють|обіцяли|випав|випаде)\s+(?:\w+\s+){0,2}?"
    r"(?:снег|снега|сніг|снігу)\b|"
    # snow falling, piling up or cleared, snow in a child's game ("снег идёт третий день", "снега
    # навалило", "сніг у дворі не прибирають", "ангел в снегу"): the weather, never the drug
    r"(?:снег|снега|снегу|сніг|снігу)\s+(?:(?:за\s+окном|за\s+вікном|на\s+улице|на\s+вулиці|"
    r"с\s+утра|з\s+ранку|с\s+ночи|з\s+ночі|весь\s+день|всю\s+ночь|опять|снова|знову|уже|вже|"
    r"ещё|еще|ще)\s+)?(?:не\s+)?(?:идет|идёт|шел|шёл|пошел|пошёл|падает|валит|"
    r"метет|метёт|тает|іде|йде|ішов|йшов|пішов|падає|валить|мете|тане|навалил\w*|намел\w*|"
    r"замел\w*)\b|"
    r"(?:снег|снега|снегу|сніг|снігу)\s+(?:\w+\s+){0,3}?(?:не\s+)?(?:убира\w*|убрал\w*|убрать|"
    r"уберут|почист\w*|расчища\w*|прибира\w*|прибра\w*|розчища\w*)\b|"
    r"(?:идет|идёт|пошел|пошёл|падает|валит|іде|йде|пішов|падає|валить|навалил\w*|намел\w*|"
    r"замел\w*|убира\w*|убрать|почистить|расчистить|прибира\w*|прибрати|почистити|"
    r"розчистити)\s+(?:\w+\s+){0,2}?(?:снег|снега|снегу|сніг|снігу)\b|"
    r"(?:ангел\w*|снежк\w*|сніжк\w*|снеговик\w*|сніговик\w*|крепост\w*|фортец\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:в|на|из|со|с|у|з|із)\s+(?:снег|снега|снегу|сніг|снігу)\b|"
    # ice put in a drink ("too much ice in my drink", "hielo en el vaso")
    r"ice\s+in\s+(?:my|the|your|a|his|her)\s+(?:drinks?|juice|soda|lemonade)|"
    # glassware, a speed boat, pins and needles (a limb gone numb), a fish, a speck of dust, a
    # horse breed, broken glass ("crystal decanters", "mota de polvo", "caballo de paso")
    r"crystal\s+(?:glass\w*|decanters?|tumblers?|vases?|chandeliers?|bowls?|flutes?|ware|clear|"
    # a shop for charms and stones, a seer's ball ("crystal shop", "crystal healing")
    r"shops?|stores?|healing|grids?|therapy|balls?)|"
    r"(?:copas?|vasos?|jarr[oa]s?|lampara)\s+de\s+cristal|cristal(?:es)?\s+rot[oa]s?|"
    r"speed\s*(?:boats?|bumps?|cameras?|limits?|dating|skating|cubes?|reading|runs?)|"
    r"pins\s+and\s+needles|molly\s+fish|mollies|"
    # Molly or Charlie, a person: a relative or a workmate of that name, someone who says or does
    # things, "Molly and I" falling out ("my colleague molly", "molly in my team keeps", "charlie
    # texted me", "molly and i keep arguing"): nobody says those of a drug
    r"(?:sister|cousin|colleague|coworker|co-worker|workmate|boss|manager|neighbou?r|daughter|"
    r"niece|aunt|auntie|flatmate|housemate|roommate|girlfriend|wife|teacher|classmate|teammate)s?"
    r"\s+(?:called\s+|named\s+)?(?:molly|charlie)|"
    r"(?:molly|charlie)\s+(?:from|in|at)\s+(?:my|our|the)\s+(?:team|class|office|department|"
    r"year|group|school|building|street)|"
    r"(?:molly|charlie)\s+(?:said|says|told|tells|texted|texts|messaged|emailed|rang|phoned|"
    r"called\s+me|asked\s+me|keeps\s+(?:taking\s+credit|talking\s+over|asking|texting|calling|"
    r"borrowing|stealing|leaving|interrupting|blaming))|"
    r"(?:molly|charlie)\s+and\s+(?:i|me)\s+(?:\w+\s+){0,2}?(?:argu\w*|fight\w*|fell\s+out|"
    r"married|work\w*|liv\w*|share|split\w*|broke\s+up)|"
    # a lighter's flint, a kidney stone, dark chocolate, toothpaste: never the drug of the same
    # street name ("la piedra del mechero", "chocolate negro", "pasta de dientes")
    r"piedras?\s+(?:del?|para\s+el)\s+(?:mechero|encendedor|zippo|rinon|vesicula)|"
    r"piedras?\s+en\s+(?:el|la|los)\s+(?:rinon|rinones|vesicula)|"
    r"chocolate\s+(?:negro|blanco|con\s+leche|caliente|amargo|puro\s+para\s+cocinar)|"
    r"(?:tableta|taza|barra|onza)s?\s+de\s+chocolate|" + _ES_EVERYDAY_PHRASES + r"|"
    r"pasta\s+(?:de\s+dientes|dental|de\s+tomate|de\s+hojaldre|brisa|quebrada)|"
    # herbs by their kitchen and garden names ("un manojo de hierba luisa"); never "hierba
    # buena", which is good weed as often as mint
    r"(?:hierba|yerba)\s+(?:luisa|mora|santa|del\s+gato)|"
    # a dodgy manoeuvre or a trick done to someone ("me hizo una pirula en la rotonda", "menuda
    # pirula me hizo el taxista"): made, never taken
    r"(?:hac\w*|hic\w*|hiz\w*|hech[oa]s?|hag[oa]s?|hagan)\s+(?:una|la|otra|esa|esta|alguna|cada)\s+"
    r"pirul\w*|pirul\w*\s+(?:que\s+)?(?:me|le|te|nos|les)\s+(?:hizo|hicieron|ha\s+hecho|han\s+hecho)\s+"
    r"(?:el|la|ese|esa|este|esta|un|una|mi|tu|su)\s+(?!efecto|subid\w*|bajon)\w+|"
    # crossing out an answer or a word ("tacha las respuestas incorrectas")
    r"tach(?:a|as|ar|e|es|o|ado|ada|amos|en)\s+(?:la|las|el|los|su|sus|tu|tus|mi|mis|esa|esas|"
    r"cada)\s+(?:\w+\s+)?(?:respuesta|palabra|nombre|opcion|opciones|renglon|linea|frase|"
    r"error|errores|falta|faltas|tarea|pregunta|casilla)\w*|"
    + _SPECK_WORDS
    + r"|caballos?\s+de\s+(?:paso|carreras?|tiro|silla|mar)|"
    r"hielo\s+(?:en|a|al)\s+(?:mi\s+|el\s+|la\s+|tu\s+|su\s+)?(?:vaso|bebida|refresco|jugo|zumo|trago)|"
    # a cola, never the leaf ("la coca light o la normal", "a can of coke zero")
    r"coca[\s-]*(?:cola|light|zero)|coke\s+(?:zero|light)|diet\s+coke|"
    r"(?:can|bottle|glass)\s+of\s+coke|(?:lata|botella|vaso)\s+de\s+coca|"
    # "crack" as praise in Spanish ("gracias crack", "sos un crack", "eres un crack")
    r"gracias,?\s+crack|(?:sos|eres|es|sois|son)\s+(?:un|una|unos)\s+crack(?:s|azo)?|que\s+crack|"
    # fungus on a wall, on clothes or on the body ("hongos en las uñas", "hongo negro de la pared")
    r"hongos?\s+(?:\w+\s+)?(?:en|de)\s+(?:la\s+|las\s+|los\s+|el\s+|mi\s+|mis\s+|los\s+)?"
    r"(?:pared\w*|techo|bano|ducha|azulejo\w*|madera|ropa|unas?|pies?|ingle|boca|lengua|"
    r"cuero\s+cabelludo|plantas?|cesped)|hongos?\s+(?:vaginal\w*|en\s+los\s+pies)|pie\s+de\s+atleta|"
    # overalls ("el mono de trabajo", "un mono azul de mecánico")
    # a wheelchair, a press conference, a spare wheel ("silla de ruedas", "rueda de prensa")
    r"sillas?\s+de\s+ruedas|ruedas?\s+de\s+(?:prensa|la\s+fortuna|repuesto|auxilio|molino|"
    r"reconocimiento|la\s+bici\w*)|ruedas?\s+pinchad[ao]s?|rueditas?|"
    r"shards?\s+of\s+(?:glass|pottery|metal|wood|mirror)|glass\s+shards?|"
    r"monos?\s+(?:de\s+(?:trabajo|mecanico|pintor|esqui|nieve|bebe|vestir)|azul(?:es)?)|"
    r"weed\s*(?:whacker|wacker|eater|killer|trimmer|puller|barrier|membrane|burner)s?|"
    r"(?:knitting|sewing)\s+needles?|pine\s+needles?|poppy\s+seeds?|"
    r"(?:wine|whisk(?:e?y)|champagne|beer|cocktail|shot)\s+glass\w*|(?<!unas\s)(?<!una\s)(?<!dos\s)(?<!tres\s)(?<!par de\s)(?<!mas\s)(?<!\d\s)copas?\s+de\s+vino|бокал\w*\s+для\s+вина|келих\w*\s+для\s+вина)\b"
)


def without_fixed_everyday(text: str) -> str:
    """The message (folded) with its fixed everyday phrases taken out ("pastillas para el dolor de
    cabeza"): what is left names a drug or not."""
    return _FIXED_EVERYDAY.sub(" ", fold(text))


def without_everyday(text: str) -> str:
    """The message (folded) with its fixed everyday phrases and everyday-homonym street words taken
    out: "copas de cristal" are glassware, never drinks ("copas") nor crystal meth."""
    return without_homonyms(_FIXED_EVERYDAY.sub(" ", fold(text)))


def everyday_class(text: str) -> str | None:
    """The everyday domain that explains every street word of the message ("kitchen",
    "pets"...), or None: each street word needs a word of one of its own everyday domains
    (``_HOMONYM_SENSES``) around it; the street word itself never counts."""
    folded = fold(text)
    rest = without_homonyms(folded)
    found: str | None = None
    for pattern, classes in _HOMONYM_SENSES:
        if pattern.search(folded) is None:
            continue
        hit = next(
            (name for name in classes if _EVERYDAY_BY_CLASS[name].search(rest) is not None), None
        )
        if hit is None:
            return None
        found = found or hit
    return found


# Everyday routine said without any street word: how much of something a day (water, sleep),
# or what hurts after work or the gym ("how much water should a person drink every day",
# "болит спина после работы что делать")
_DAILY_ROUTINE = re.compile(
    r"\b(?:"
    r"(?:water|воды|води|agua)\b.*\b(?:a|per|every|each)\s+day|"
    r"(?:water|воды|води|agua)\b.*(?:в|на)\s+(?:день|сутки|добу)|"
    r"(?:water|воды|води|agua)\b.*\b(?:al|por|cada)\s+dia|"
    r"(?:a|per|every|each)\s+day\b.*\b(?:water|sleep)|"
    r"after\s+(?:work|the\s+gym|a\s+workout)|после\s+(?:работы|тренировк\w*|спортзала)|"
    r"після\s+(?:роботи|тренуван\w*|спортзалу)|(?:despues|tras)\s+del?\s+(?:trabajo|gimnasio|gym)|"
    # hours of sleep, aches after the flu ("cuántas horas debe dormir un adolescente",
    # "ломота в тілі після грипу")
    r"(?:how\s+many\s+hours|cuantas\s+horas|сколько\s+часов|скільки\s+годин)\b.{0,25}"
    r"\b(?:sleep|dormir|спать|спати)|"
    r"after\s+(?:the\s+)?flu|после\s+гриппа|після\s+грипу|(?:despues\s+de|tras)\s+la\s+gripe"
    r")"
)


# A greeting or "how are you" and nothing else ("hey how are you doing today", "привет как
# дела", "привіт, як справи?", "hola que tal")
_SMALL_TALK = re.compile(
    r"(?:(?:hi|hey|hiya|hello|yo|sup|good\s+(?:morning|afternoon|evening|night)|what'?s\s+up|"
    r"how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+doing)?|how'?s\s+it\s+going|how\s+is\s+it\s+going|"
    r"today|there|mate|bro|"
    r"привет\w*|приветик|здравствуй\w*|здрасьте|добр\w+\s+(?:утро|день|вечер|ночи)|хай|"
    r"как\s+(?:(?:ваши\s+|твои\s+)?дела|ты|вы|поживаешь|поживаете|жизнь)|что\s+нового|"
    r"привіт\w*|вітаю|добр\w+\s+(?:ранку|день|вечір|вечора|ночі)|як\s+(?:(?:ваші\s+|твої\s+)?справи|ти|ви|життя)|"
    r"що\s+нового|"
    r"hola|holi|buenas(?:\s+(?:tardes|noches))?|buenos\s+dias|que\s+tal|como\s+(?:estas|esta|andas|te\s+va)|"
    r"que\s+onda|que\s+pedo|que\s+hay|"
    # who the bot is ("what's your name", "ты робот?", "cómo te llamas"): the welcome says it
    r"what'?s\s+your\s+name|who\s+are\s+you|are\s+you\s+(?:a\s+)?(?:robot|bot|human|real\s+person)|"
    r"как\s+тебя\s+зовут|кто\s+ты|ты\s+(?:робот|бот|человек)|"
    r"як\s+тебе\s+звати|хто\s+ти|ти\s+(?:робот|бот|людина)|"
    r"como\s+te\s+llamas|quien\s+eres|eres\s+(?:un\s+)?(?:robot|bot|humano|una\s+persona))\b|[\s,.!?)(:;-])+"
)


# thanks and "ok, got it" and nothing else ("дякую, ви дуже допомогли", "ну ок, зрозумів",
# "vale, gracias"): a reply to the bot, never a question for the library (the chat handlers
# answer these words typed alone before search: this keeps search from answering them)
_THANKS_OK = re.compile(
    r"(?:(?:thanks|thank\s+you|thx|cheers|ok|okay|okey|got\s+it|understood|cool|great|"
    r"(?:you\s+)?helped(?:\s+(?:a\s+lot|me))?|so\s+much|very\s+much|"
    r"спасибо|спасибочки|благодарю|понял|поняла|понятно|ясно|ладно|хорошо|"
    r"(?:вы\s+|ты\s+)?(?:очень\s+)?помогл[иа]|(?:вы\s+|ты\s+)?(?:очень\s+)?помог|"
    r"дякую|дяки|спасибі|зрозумів|зрозуміла|зрозуміло|добре|гаразд|"
    r"(?:ви\s+|ти\s+)?(?:дуже\s+)?допомогл[иа]|(?:ви\s+|ти\s+)?(?:дуже\s+)?допоміг|"
    r"ну|ок|окей|большое|огромное|велике|величезне|щиро|a\s+lot|"
    r"gracias|muchas\s+gracias|mil\s+gracias|vale|entendido|perfecto|genial|"
    r"me\s+(?:has\s+)?ayud(?:aste|o|ado)(?:\s+mucho)?)\b|[\s,.!?)(:;-])+"
)


def thanks_or_ok(text: str) -> bool:
    """The message is thanks or "ok, got it", and nothing else."""
    folded = fold(text).strip()
    return bool(folded) and _THANKS_OK.fullmatch(folded) is not None


def small_talk(text: str) -> bool:
    """The message is a greeting or asks how the bot is, and nothing else."""
    folded = fold(text).strip()
    return bool(folded) and _SMALL_TALK.fullmatch(folded) is not None


# tablets that are not medicine: stock cubes, dishwasher and toilet tablets, soap, brake pads
# ("cuántas pastillas de caldo en la sopa", "таблетки для посудомойки")
_HOUSEHOLD_TABLETS = re.compile(
    r"\b(pastillas?|tabletas?)\s+(de|para)\s+(el\s+|la\s+)?(caldo|consome|jabon|freno\w*|cloro|"
    r"lavavajillas|lavaplatos|inodoro|wc|piscina|alberca|menta|chocolate)\b|"
    r"\b(dishwasher|toilet|chlorine|pool|stock|bouillon)\s+(tablets?|tabs|pods|cubes?)\b|"
    r"\b(таблет\w*|пігул\w*)\s+для\s+(посудомо\w*|посудомий\w*|унитаз\w*|унітаз\w*|бассейн\w*|басейн\w*)|"
    r"\bбульонн\w*\s+кубик\w*|\bбульйонн\w*\s+кубик\w*|"
    # mushrooms for a soup or a sauce ("скільки варити гриби для супу", "sopa de hongos")
    r"\bгриб\w*\s+(для|в|у|до)\s+(суп\w*|борщ\w*|соус\w*|юшк\w*|пиц\w*|піц\w*)|"
    r"\b(суп\w*|борщ\w*|соус\w*|юшк\w*)\s+(з|с|із|зі)\s+гриб\w*|\bгрибн\w*\s+(суп\w*|соус\w*|юшк\w*)|"
    r"\bmushroom\s+(soup|sauce|risotto)|\b(sopa|crema|salsa)\s+de\s+(hongos|setas|champi\w*)"
)


# tobacco is outside the library ("как бросить курить сигареты", "como dejo de fumar cigarros")
_TOBACCO = re.compile(
    r"\b(сигарет\w*|сигаретк\w*|цигарк\w*|цигарок|цигарки|табак\w*|тютюн\w*|кальян\w*|никотин\w*|"
    r"нікотин\w*|cigarr\w*|cigarett\w*|cigs|ciggies|tobacco|tabaco|hookah|shisha|nicotin\w*)\b"
)
# a cigarette filter for preparing a shot is injecting ("фильтр от сигареты", "filtro del cigarro")
_TOBACCO_FOR_USE = re.compile(
    r"\b(filt\w*|фильтр\w*|фільтр\w*|ватк\w*|вата|cotton\w*|algodon\w*|укол\w*|кол(ю|оть|отися)\w*|"
    r"inyect\w*|inject\w*|шприц\w*|jeringa\w*|syringe\w*|prepar\w*|cook\w*|вари\w*)"
)
_SMOKING_VERB = re.compile(
    r"\b(курить|курю|курит|курити|палити|палю|покурить|покурити|fumar|fumo|fuma|smok\w*)\b"
)


# safe in an appliance is a label on a dish, not safety in use ("are they dishwasher safe")
_APPLIANCE_SAFE = re.compile(
    r"\b(?:dishwasher|microwave|oven|freezer|food|machine)[\s-]+safe\b|"
    r"\bsafe\s+(?:in|for)\s+(?:the\s+)?(?:dishwasher|microwave|oven|freezer)\b|"
    # a road or a walk in the weather ("ice on the roads, is it safe to drive")
    r"\bsafe\s+to\s+(?:drive|walk|cycle|ride|travel|go\s+out)\b|"
    # a garden product around pets ("weed killer that's safe around dogs")
    r"\bsafe\s+(?:around|for)\s+(?:my\s+|the\s+)?(?:dogs?|cats?|pets?|lawns?)\b|"
    r"\b(?:es|sera)\s+segur[oa]\s+(?:manejar|conducir|salir|caminar)\b"
)
# an appliance that will not switch off or sparks, then "is it dangerous" ("фен не выключается
# сам, опасно?", "зарядка іскрить, це небезпечно?"): the danger is the device's; the device's
# trouble stays for the household class, the danger word goes
_DEVICE_DANGER = re.compile(
    r"(\b(?:не\s+(?:выключа|отключа|вимика|відключа)\w*|искрит\w*|іскрит\w*|коротит\w*|"
    r"бьет\s+током|бьется\s+током|б'?є\s+струмом)\b[^.?!]{0,30}?)\b(?:это\s+|це\s+)?"
    r"(?:опасно|небезопасно|небезпечно)\b"
)


# a recipe for food is not a prescription ("торт с кокосом рецепт без духовки", "грибы солить,
# рецепт"): "рецепт" is the cook's only beside a kitchen word and never in a pharmacy phrase
# ("без рецепта", "по рецепту", "рецепт на лирику", "рецепт от врача")
_RECIPE = re.compile(r"\b(?:рецепт\w*|recipe\w*|receta\w*)")
_PRESCRIPTION = re.compile(
    r"\b(?:без|по|з|за|под|під|sin|con|no|without|on\s+a|a|by)\s+(?:\w+\s+)?(?:рецепт\w*|receta\w*|"
    r"prescription\w*)|\b(?:рецепт\w*|receta\w*)\s+(?:на|от|у|від|для\s+аптек\w*|medic\w*)\b|"
    r"\b(?:выпис\w*|випис\w*|дать|дают|дадут)\s+(?:\w+\s+)?рецепт\w*|рецептурн\w*"
)
_KITCHEN_NOT_RECIPE = re.compile(r"\b(?:" + EVERYDAY_CLASSES["kitchen"] + r")\b")


def _without_recipe(folded: str) -> str:
    """The folded message without the word "recipe" when it is the cook's (a kitchen word
    beside it, no pharmacy phrase): that word alone never makes it a question about drugs."""
    if _RECIPE.search(folded) is None or _PRESCRIPTION.search(folded) is not None:
        return folded
    rest = _RECIPE.sub(" ", folded)
    if _KITCHEN_NOT_RECIPE.search(rest) is None and everyday_class(rest) is None:
        return folded
    return rest


# ecstasy pills by their Mexican and Spanish names, taken ("me tomé dos tachas", "meterse una
# pirula"): never studs nor a manoeuvre
_PILLS_TAKEN = re.compile(
    r"\b(?:tom\w*|meti\w*|meto|mete|meter\w*|trag\w*|pas\w*|compr\w*|vend\w*|parti\w*|"
    r"media|medio|\d+)\s+(?:\w+\s+){0,2}?(?:tachas?|pirulas?)\b"
)


# a street name that is a person's name, taken ("on molly", "off the charlie"): never the person
_ON_NAME = re.compile(r"\b(?:on|off)\s+(?:the\s+)?(?:molly|charlie|maria|mary\s+jane)\b")


# asking who has some or who will sell or pass it, with no thing named after the ask ("snow's
# landed, who do i ask for some", "снег выпал, у кого можно взять", "сніг випав, в кого можна
# взяти", "quién me pasa un poco"): a supply request, so a street word in it is the drug, even
# in a phrase that is weather or a thing elsewhere. "у кого взять лопату", "who do i ask for the
# keys", "quién me pasa la sal" name the thing asked for: not this
_SUPPLY_ASK = re.compile(
    r"\b(?:"
    r"who\s+(?:do|can|should|could)\s+i\s+(?:ask|get|buy|score|hit\s+up)(?:\s+(?:it|some|any))?"
    r"(?:\s+(?:for|from|off))?(?:\s+(?:some|any|it))?|"
    r"who(?:'?s|\s+has|\s+have|\s+got|\s+is)\s+(?:got\s+)?(?:some|any)|"
    r"(?:anyone|anybody|someone)\s+(?:selling|holding|got\s+(?:some|any))|"
    r"у\s+кого\s+(?:можно\s+|бы\s+|тут\s+|щас\s+|сейчас\s+)?(?:взять|достать|купить|намутить|"
    r"замутить|найти|есть)|"
    r"кто\s+(?:может\s+)?(?:продаст|продает|подгонит|подгоняет|угостит|поделится)|"
    r"(?:в|у)\s+кого\s+(?:можна\s+|б\s+|тут\s+|зараз\s+)?(?:взяти|узяти|дістати|купити|намутити|знайти|є)|"
    r"хто\s+(?:може\s+)?(?:продасть|продає|підгоне|підкине|пригостить|поділиться)|"
    r"quien\s+(?:me\s+)?(?:pasa|pase|vende|venda|rola|consigue|tiene|trae)|"
    r"(?:alguien|alguno)\s+(?:que\s+)?(?:me\s+)?(?:venda|vende|tenga|tiene|pase|pasa)"
    r")(?:\s+(?:немного|немножко|чуть|чуток|трохи|трошки|a\s+bit|a\s+little|un\s+poco|"
    r"poquito|algo|tantito))?\s*(?:[,.!?]|$)"
)


def asks_for_supply(text: str) -> bool:
    """Someone asks who has some or who will pass or sell it, naming no thing after the ask."""
    return _SUPPLY_ASK.search(fold(text).strip()) is not None


def everyday_frame(text: str) -> bool:
    """The message is about an everyday matter and nothing in it is about drugs or using (the
    caller also checks that no substance is named but by an everyday homonym)."""
    folded = fold(text)
    household = _HOUSEHOLD_TABLETS.search(folded) is not None
    tobacco = (
        _TOBACCO.search(folded) is not None
        and _HOMONYMS.search(folded) is None
        and _TOBACCO_FOR_USE.search(folded) is None
    )
    folded = _HOUSEHOLD_TABLETS.sub(" ", _APPLIANCE_SAFE.sub(" ", folded))
    folded = _DEVICE_DANGER.sub(lambda m: m.group(1), folded)
    cook = _without_recipe(folded) != folded
    folded = _without_recipe(folded)
    if tobacco:
        folded = _SMOKING_VERB.sub(" ", _TOBACCO.sub(" ", folded))
    if _DRUG_CONTEXT.search(_FIXED_EVERYDAY.sub(" ", folded)) is not None:
        return False
    if _HOMONYMS.search(folded) is not None and _SUPPLY_ASK.search(folded.strip()) is not None:
        return False  # "снег выпал, у кого можно взять": the street word asked for
    if _NEWS_BATH_SALTS.search(folded) is not None:
        return False
    if household or tobacco:
        # stock cubes, dishwasher tablets, cigarettes, and nothing about drugs
        return True
    if small_talk(folded) or thanks_or_ok(folded):
        return True
    if _TELEGRAM.search(folded) is not None and _PHONE_SETTING.search(folded) is not None:
        return True
    street = [m.group(0) for m in _HOMONYMS.finditer(folded)]
    if any(_DRINK_VERB.fullmatch(word) is None for word in street):
        # a street word with an everyday sense (the verb of drinking alone is not one here): everyday only among words of its own everyday
        # domains (the fixed list above would silence "закладки біля школи", dead drops near a
        # school), or in a fixed everyday phrase ("speed test", "sales de baño")
        if all(
            in_everyday_phrase(word, folded)
            for word in street
            if _DRINK_VERB.fullmatch(word) is None
        ):
            return True  # every street word inside a fixed phrase ("my molly fish hides")
        if _USE_CONTEXT.search(folded) is not None:
            return False
        if _PILLS_TAKEN.search(folded) is not None:
            return False  # "me tomé unas tachas": pills taken, whatever clothes are named
        if _BODY_LUMP.search(folded) is not None and _SMOKED_BUDS.search(folded) is not None:
            return False  # buds smoked or hitting the head ("шишки б'ють по голові"): cannabis
        # "после фена болят почки", "after the ice my back hurts": taken, not an everyday thing
        after = re.search(
            r"\b(?:после|після|after|despues\s+de(?:\s+la|\s+el)?|tras)\s+" + _HOMONYMS.pattern,
            folded,
        )
        if after is not None:
            return False
        if _ON_NAME.search(folded) is not None:
            return False  # "watched a film on molly": under it, not a person in the film
        return _FIXED_EVERYDAY.search(folded) is not None or everyday_class(folded) is not None
    if _EVERYDAY.search(folded) is not None or cook or _RUBBISH.search(folded) is not None:
        # an everyday word, a recipe among kitchen words ("рецепт блинов"), rubbish ("вывоз мусора")
        return True
    if _USE_CONTEXT.search(folded) is not None:
        return False
    # daily routine (water a day, back pain after work) with no street word at all
    return _DAILY_ROUTINE.search(folded) is not None


# -- topics a question's words ask for, whatever substance it names ---------------------------
# "nearly overdosed last night, how do I lower the risk": a near miss asks how to stay safer
# (tolerance, the signs, not using alone), never the methadone or GHB topic a word matched
_NEAR_MISS = re.compile(
    r"\b("
    r"(nearly|almost|close\s+to)\s+(went\s+over|go(ne)?\s+over|overdos\w*|od|oded|od'?d)|"
    r"(чуть|едва|почти|ледь|ледве|мало|майже|трохи)\s+не\s+(передоз\w*|перебрал\w*|перебра\w*)|"
    r"casi\s+(me|se|te|nos)\s+((paso|pase)(?!\s+(algo|un|una|el|la|lo|por|de))|da\s+(una\s+)?sobredosis|dio\s+(una\s+)?sobredosis)|"
    r"casi\s+(tengo|tuve|tiene|tuvo|sufro|sufri)\s+(una\s+)?sobredosis|casi\s+sobredosis|"
    # nearly died of one ("чуть не умер от передоза", "casi me muero de una sobredosis")
    r"(nearly|almost)\s+(died|dying|die|passed)\b.{0,30}\b(od|od'?d|oded|overdos\w*)|"
    r"(чуть|едва|почти)\s+не\s+(умер|умерла|сдох|сдохла|откинул\w*)\b.{0,25}передоз\w*|"
    r"(ледь|ледве|мало|майже|трохи)\s+не\s+(помер|померла|вмер|вмерла|здох\w*)\b.{0,25}передоз\w*|"
    r"casi\s+(me|se|te)\s+(muero|muere|murio|mori)\b.{0,30}sobredosis|"
    # one before, and how not to have another
    r"(od|od'?d|oded|overdos\w*)\b.{0,50}\b(again|happen\w*\s+again)|"
    r"передоз\w*.{0,40}(не\s+повтор\w*|снова|опять|знову|ще\s+раз)|"
    r"sobredosis.{0,50}(no\s+se\s+repita|otra\s+vez|de\s+nuevo)"
    r")"
)
# a stimulant in short words or by its signs (a racing heart, overheating): not the opioid signs
_STIM_SIGNS = re.compile(
    r"\b(stims?|uppers?|стим\w*|estim\w*|heart|сердц\w*|сердце|серц\w*|corazon|жарит|overheat\w*)\b"
)
NEAR_MISS_TOPICS = ("tolerance-loss", "overdose-signs-opioids", "using-alone")
# using on one's own: "колешся сам", "always use on my own", "me inyecto solo"
_ALONE = re.compile(
    r"\b(alone|on\s+my\s+own|by\s+myself|on\s+your\s+own|by\s+yourself|в\s+одиночку|наодинці|"
    r"a\s+solas)\b"
)
# "один", "сам", "solo" are also "one", "myself", "only": only right beside the using verb
_ALONE_SHORT = r"(один|одна|сам|сама|solo|sola)"
_USING = re.compile(
    r"\b("
    r"us(e|ing)|inject\w*|shoot(ing)?|fix(ing)?|"
    r"употребл\w*|употреб\w*|кол(юсь|ешься|ется|оться|ол|олся|олась)\w*|торч\w*|ставл\w*|"
    r"вжива\w*|вжив\w*|кол(юся|ешся|еться|отися|овся|олась)\w*|"
    r"consum\w*|me\s+inyect\w*|inyect\w*|me\s+meto|meterme|me\s+pico|picarme"
    r")"
)
# "колюсь один", "me inyecto solo": the using verb, at most one word, then "alone" ("сам колюсь"
# is injecting oneself, not alone)
_USING_THEN_ALONE = re.compile(rf"(?:{_USING.pattern})\s+(?:\w+\s+)?{_ALONE_SHORT}\b")
USING_ALONE = "using-alone"
# someone on the phone or the line while one uses ("чтоб кто-то был на телефоне пока я вмазываюсь",
# "хтось на зв'язку поки я колюся"): a spotting line, the using-alone topic. Only with a using
# verb after "while" (on the phone while in the shower, on the road, is nobody's using)
_ON_LINE_WHILE_USING = re.compile(
    r"\b(на\s+(телефоне|телефони|телефоні|линии|лінії|связи|зв'?язку|трубке|трубці|проводе|дроті)|"
    r"по\s+телефону|в\s+трубке|у\s+трубці)\b.{0,40}?\b(пока|поки|когда|коли)\s+(?:\w+\s+){0,2}"
    r"(употребл\w*|употреб\w*|кол(юсь|ешься|ется|оться)\w*|кол(юся|ешся|еться|отися)\w*|вжива\w*|"
    r"вмаз\w*|шыря\w*|шир(яюсь|яюся|нусь|нуся)|ставлюсь|ставлюся|торч\w*|юза\w*|юзаю)"
)
# sleepy, nodding or drowsy on methadone: a treatment dose question
_SLEEPY = re.compile(
    r"\b("
    r"sleep\w*|drows\w*|tired|nodding|nod\w*\s+off|"
    r"сонлив\w*|спать|сон|сну|клонит|вырубает|рубит|засыпаю|"
    r"сонлив\w*|спати|сну|хилить|вирубає|засинаю|"
    r"sueno|somnolen\w*|dormido|dormida|me\s+duermo|cansad\w*"
    r")\b"
)
_METHADONE = re.compile(
    r"\b(methadone|метадон\w*|metadona|buprenorphine|бупренорфин\w*|бупренорфін\w*|buprenorfina)\b"
)


MENTAL_HEALTH = "mental-health-crisis"
# not wanting to live, said around it ("keeps saying everyone would be better off without him",
# "doesn't want to be here anymore", "пишет что всем будет лучше без него", "no quiere vivir"):
# the crisis topic (how to talk about it, where to call), whatever else the message names
_NOT_WANTING_LIFE = re.compile(
    r"\b("
    r"better\s+off\s+without\s+(me|him|her|them|us)|"
    r"(do(es)?n'?t|do\s+not|does\s+not|dont|doesnt|no\s+longer)\s+want\s+to\s+"
    r"(be\s+here|be\s+alive|live|wake\s+up|exist|go\s+on)|no\s+(reason|point)\s+(to|in)\s+liv\w*|"
    r"(лучше|легче)\s+(\w+\s+)?без\s+(меня|него|нее|неё)|"
    r"не\s+хоч(у|ет|ется)\s+(больше\s+)?(жить|просыпаться|существовать)|"
    r"(краще|легше)\s+(\w+\s+)?без\s+(мене|нього|неї)|"
    r"не\s+хоч(у|е|еться)\s+(більше\s+)?(жити|прокидатися|існувати)|"
    r"mejor\s+(\w+\s+)?sin\s+(mi|el|ella)|no\s+quier(e|o)\s+(seguir\s+)?(vivir|despertar|existir)|"
    r"ganas\s+de\s+vivir|"
    # wanting to disappear, not from a chat or a town ("no aguanto mas, quiero desaparecer")
    r"(quiero|quisiera)\s+(solo\s+)?desaparecer(?!\s+(de|del)\b)|"
    r"хочу\s+(просто\s+)?исчезнуть(?!\s+(из|с|со)\b)|"
    r"хочу\s+(просто\s+)?зникнути(?!\s+(з|із|зі)\b)|"
    # wanting to die, never of laughter ("хочу вмерти після відходняка", "quiero morirme")
    r"хочу\s+(просто\s+)?(умереть|помереть|сдохнуть|вмерти|померти|здохнути)(?!\s+(от|від|со|зі)\s+(смеха|сміху))|"
    r"quiero\s+(morirme|morir)\b(?!\s+de\s+(risa|hambre|sueno|ganas))|"
    r"(want|wanna)\s+(to\s+)?die(?!\s+(laughing|of\s+laughter))|"
    r"(want|wanna)\s+(to\s+)?(just\s+)?disappear(?!\s+(from|for)\b)"
    r")"
)
# someone to talk to, asked by a person who feels low ("feeling dark lately, who can i talk to",
# "мені важко, з ким поговорити", "estoy mal y no sé con quién hablar"): the crisis topic (who
# listens), even when "anonymous" also asks about the bot
_TALK_TO_SOMEONE = re.compile(
    r"\b((who|someone|anyone|somebody|anybody)\s+(i\s+can\s+|can\s+i\s+|to\s+)?talk\s+to|"
    r"talk\s+to\s+(someone|somebody|anyone|anybody)|"
    r"(с|з)\s+кем\s+(можно\s+|мне\s+)?поговорить|поговорить\s+с\s+кем\s*-?\s*(то|нибудь)|"
    r"з\s+ким\s+(можна\s+|мені\s+)?поговорити|поговорити\s+з\s+(кимось|кимсь|кимось\s+\w+)|"
    r"con\s+quien\s+hablar|hablar\s+con\s+alguien)\b"
)
_FEELING_LOW = re.compile(
    r"\b(dark|low|down|awful|terrible|struggling|hard\s+time|rough|depressed|sad|lonely|alone|"
    r"тяжело|плохо|хреново|паршиво|грустно|одиноко|депресс\w*|"
    r"важко|погано|хріново|сумно|самотньо|депрес\w*|"
    r"oscur\w*|mal|fatal|triste|sol[oa]|deprimid[oa]|bajon\w*)\b"
)


# anxiety, panic or low mood, and a psychiatrist, a psychologist or the register feared ("всё
# время тревога, к психиатру страшно, поставят на учёт", "панічні атаки, до психолога йти?",
# "anxiety through the roof, scared a psychiatrist puts it on my record"): the crisis topic says
# where to talk and what stays private; never an air-raid alert ("повітряна тривога")
_MIND_TROUBLE = re.compile(
    r"(?<!воздушная\s)(?<!воздушной\s)(?<!повітряна\s)(?<!повітряної\s)(?<!повітряну\s)"
    r"\b(тревог\w*|тревожн\w*|тривог\w*|тривожн\w*|паническ\w*|панічн\w*|паник\w*|панік\w*|"
    r"депрес\w*|апати\w*|anxiety|anxious|panic\s+attacks?|depress\w*|ansiedad|ansios[oa]|"
    r"ataques?\s+de\s+panico|depresi\w*)"
)
_MIND_HELP = re.compile(
    r"\b(психиатр\w*|психіатр\w*|психолог\w*|психотерапевт\w*|на\s+уч[её]т|на\s+облік|"
    r"psychiatr\w*|psycholog\w*|therapist\w*|psiquiatr\w*|psicolog\w*|terapeuta\w*)"
)


def asks_mind_help(text: str) -> bool:
    """Anxiety, panic or low mood said beside a psychiatrist, a psychologist or the register."""
    low = fold(text)
    return _MIND_TROUBLE.search(low) is not None and _MIND_HELP.search(low) is not None


def asks_someone_to_talk_to(text: str) -> bool:
    """A person who feels low asks for someone to talk to."""
    low = fold(text)
    return _TALK_TO_SOMEONE.search(low) is not None and _FEELING_LOW.search(low) is not None


# whether naloxone works on a substance ("will narcan still work if he took oxy", "налоксон
# действует на метадон?", "la naloxona funciona con la metadona?"): naloxone's topic, not the
# other substance's
_NALOXONE_WORDS = r"(naloxone|narcan|nyxoid|налоксон\w*|naloxona)"
_WORKS_WORDS = (
    r"(work\w*|act|acts|acting|help\w*|reverse\w*|effective|"
    r"действ\w*|подейств\w*|работа\w*|сработа\w*|помога\w*|поможет|спас\w*|"
    r"ді[єюя]\w*|подіє|працю\w*|спрацю\w*|допомага\w*|допоможе|"
    r"funcion\w*|sirve\w*|actua\w*|revierte|efect\w*|"
    # what it does to the person ("does narcan have side effects", "wake up sick")
    r"side[\s-]?effects?|wake\s+up\s+sick|precipitat\w*)"
)
# said before naloxone only as a question of whether it works ("чи допоможе налоксон", "¿sirve
# la naloxona?"), never "help" (helping someone overdosing is the steps)
_WORKS_BEFORE = (
    r"(does\s+\w+\s+work|will\s+\w+\s+work|подейству\w*|сработает|поможет\s+ли|"
    r"подіє|спрацює|чи\s+допоможе|funciona\w*|sirve|servira|revierte)"
)
_NALOXONE_WORKS = re.compile(
    rf"\b{_NALOXONE_WORDS}\b.*\b{_WORKS_WORDS}\b|\b{_WORKS_BEFORE}\b.*\b{_NALOXONE_WORDS}\b"
)


def asks_naloxone_works(text: str) -> bool:
    """The message asks whether naloxone works on a drug (not on an adulterant, whose own topic
    says: "does narcan even work on xylazine")."""
    return _NALOXONE_WORKS.search(fold(text)) is not None and adulterant_named(text) is None


# naloxone's injectable form, or its kit ("the injectable naloxone kit with the syringe", "la
# naloxona inyectable", "налоксон в ампулах шприцом"): naloxone's topic, not safer injecting
_NALOXONE_FORM = re.compile(
    _NALOXONE_WORDS + r"\W+(\w+\W+){0,6}?(inject\w*|syringe\w*|kit|inyecta\w*|jeringa\w*|"
    r"ампул\w*|шприц\w*|уколоть|вколоть|вколоти|набор\w*|набір\w*|"
    # given in Ukrainian words: into a muscle, a thigh, sprayed ("налоксон як ввести в мязи")
    r"колоти|колють|ввести|вводити|вводять|мяз\w*|м'яз\w*|мʼяз\w*|стегн\w*|бризка\w*|пшика\w*|"
    # kept: where, how long, out of date ("де тримати налоксон і скільки він зберігається")
    r"зберіга\w*|придатн\w*|прострочен\w*)\b|"
    r"\b(зберігати|тримати|прострочений|прострочена)\s+(\w+\s+){0,2}?" + _NALOXONE_WORDS + "|"
    r"\b(inject\w*|inyecta\w*|ампул\w*)\s+(\w+\s+){0,2}?" + _NALOXONE_WORDS + "|"
    r"\b(ввести|вводити|колоти|вколоти|пшикнути|бризнути)\s+(\w+\s+){0,2}?" + _NALOXONE_WORDS
)


# How long cannabis stays or shows in a drug test ("план сколько в крови держится, на медкомиссии
# проверяют", "how long does weed stay in your system for a work test", "cuánto dura la mota en
# la orina"): cannabis's own topic, whatever the test is called
_DETECTED = re.compile(
    r"\b(держит\w*|выводит\w*|виводит\w*|трима\w*|в\s+кров\w*|у\s+кров\w*|в\s+моч\w*|"
    r"в\s+сеч\w*|медкомисс\w*|медогляд\w*|тест\w*\s+на\s+наркот\w*|наркотест\w*|"
    r"stay\w*\s+in|drug\s+test\w*|piss\s+test\w*|urine|detect\w*|show\w*\s+up|"
    r"en\s+(la\s+)?(orina|sangre)|antidoping|prueba\w*\s+de\s+drogas?|examen\w*\s+toxicol\w*)"
)
_CANNABIS_DETECTED = re.compile(
    r"\b(weed|cannabis|thc|тгк|трав(а|ы|у|ка|ку|ки)|шишк\w*|шишок|гашиш\w*|"
    r"марихуан\w*|канабіс\w*|каннабис\w*|mota|marihuana|porros?|hach[ií]s)\b"
)


# "план" (hashish) is also a plan ("какой план на медкомиссии"): cannabis only when it stays in the
# blood or is smoked
_PLAN_DETECTED = re.compile(
    r"\bплан[аеу]?\b(?!\s+(лечени|терапи|действи|реабилит|работ|питани|на\s))"
    r"(.*\b(держит\w*|выводит\w*|в\s+кров\w*|в\s+моч\w*)|\s+(курил\w*|покур\w*|накур\w*))|"
    r"\b(держит\w*|выводит\w*|в\s+кров\w*|в\s+моч\w*|курил\w*|покур\w*|накур\w*)\b.*"
    r"\bплан[аеу]?\b(?!\s+(лечени|терапи|действи|реабилит|работ|питани))"
)


def asks_cannabis_detected(low: str) -> bool:
    """How long cannabis stays in the blood or shows in a drug test (folded text)."""
    return _DETECTED.search(low) is not None and (
        _CANNABIS_DETECTED.search(low) is not None or _PLAN_DETECTED.search(low) is not None
    )


# a "space" bake eaten and felt, or not felt yet ("зʼїв космічне печиво і не відчуваю, може ще
# доїсти", "от космического кекса накрыло"): a cannabis edible. Space cookies baked for a child's
# party, named with no effect, stay everyday
_SPACE_BAKE = re.compile(
    r"\b(космічн\w*|космическ\w*)\s+(печив\w*|печеньк\w*|печень\w*|кекс\w*|брауні|брауни|"
    r"тістечк\w*|пирожн\w*|торт\w*|шоколад\w*|цукерк\w*|конфет\w*|мармелад\w*)"
)
_FELT = re.compile(
    r"\b(накрил\w*|накрива\w*|накриє|накроет|вштир\w*|штырит|штирить|вставил\w*|"
    r"не\s+(відчува\w*|чувству\w*|бере|берет|діє|действует|подіяло|подействовало|вставля\w*)|"
    r"подіє|подействует|доїсти|доїм|доесть|доем|ще\s+(одне|одну|один|шматок|пів)|"
    r"еще\s+(одно|одну|один|кусок|половин\w*)|ещё\s+(одно|одну|один|кусок)|трип\w*|тріп\w*|"
    r"приход\w*|прихід|відпуст\w*|отпуст\w*|параной\w*|паранойя|высоко|передоз\w*)\b"
)


def asks_space_bake(low: str) -> bool:
    """A "space" cookie or cake eaten, with its effect (or its lack) said (folded text)."""
    return _SPACE_BAKE.search(low) is not None and _FELT.search(low) is not None


_K_HOLE = re.compile(r"\b(k[\s-]?hol(e|es|ed|ing)|agujero\s+k|к[\s-]?хол\w*|кейхол\w*)\b")


# the nasal spray for an overdose, naloxone not named ("спрей в ніс від передозу як називається",
# "спрей против передоза где взять"): naloxone. A nose spray overdone (a child's decongestant
# given too often) is not it
_OVERDOSE_SPRAY = re.compile(
    r"\b(спре[йяюєе]\w*|назальн\w*)\s+(\w+\s+){0,3}?(від|от|проти|против|при|на\s+випадок|"
    r"на\s+случай)\s+(\w+\s+)?(передоз\w*|овердоз\w*)\b"
)


def asks_naloxone_form(text: str) -> bool:
    """The message asks about naloxone's injectable form or kit, or the spray for an overdose."""
    low = fold(text)
    return _NALOXONE_FORM.search(low) is not None or _OVERDOSE_SPRAY.search(low) is not None


HIV_PEP = "hiv-prep-pep"
# HIV named beside a needle or syringe already shared ("кололся одним баяном с чуваком а у него
# вич", "used a mate's works and he might have hiv", "compartí jeringa con alguien con vih"): the
# exposure, so PEP, not safer injecting in general
_HIV = re.compile(r"\b(hiv|вич|віл|vih|спид|снід|sida)\b")
_SHARED_WORKS = re.compile(
    r"\b("
    r"shared\s+(a\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?(needle|syringe|works|rig|pin)s?|"
    r"used\s+(his|her|their|someone'?s|a\s+\w+'?s|my\s+\w+'?s)\s+(needle|syringe|works|rig|pin)s?|"
    r"needle\s*stick|"
    r"(одн(им|ой|ою|ою)|чуж(им|ой|ою|ий|ую)|общ(им|ей|ий)|спільн(им|ою|ий))\s+"
    r"(шприц|баян|машинк|игл|голк|голок)\w*|"
    # one syringe ("машина") when injecting is said: never a car ride
    r"(колол\w*|ширял\w*|вмазал\w*|вмазув\w*)\s+(\w+\s+){0,3}(одн(ой|ою|им)|чуж(ой|ою|им))\s+машин\w*|"
    r"compart(i|io|imos|ieron)\s+(la\s+|una\s+)?(jeringa|aguja|chuta)\w*|"
    r"me\s+pinche\s+con\s+(la\s+|una\s+)?(jeringa|aguja)\s+de|"
    # a used needle that pricked one, or injecting together ("un piquete con una aguja usada",
    # "кололися разом", "укололся чужим", "pricked by a used needle")
    r"(aguja|jeringa|jeringuilla)s?\s+(usad|ajen)[ao]s?|(piquete|pinchazo)\s+con|"
    r"(used|dirty|someone\s+else'?s)\s+(needle|syringe|pin)s?|prick\w*\s+(myself\s+)?(by|with|on)\s+a|"
    r"(кололи|кололис|кололися|кололись|ширялис|ширялися|вмазувалис)\w*\s+(разом|вместе|з\s+ним|с\s+ним|з\s+нею|с\s+ней)|"
    r"(разом|вместе)\s+(кололи|кололис|кололися|кололись)\w*|"
    r"(использованн|використан|старим|старым|чужим)\w*\s+(шприц|баян|машинк|игл|голк)\w*"
    r")"
)


# a syringe shared, the other word order ("баяном одним кололись", "шприцем общим")
_SHARED_WORKS_AFTER = re.compile(
    r"\b(шприц|баян|машинк|игл)\w*\s+(одн(им|ой)|чуж(им|ой)|общ(им|ей))\b"
)
# what one may have caught from it, no infection named ("что можем подхватить", "можно ли
# заразиться"): the exposure too, unless hepatitis is named (its own topic)
_CATCH_RU = re.compile(r"\b(подхват\w*|подцеп\w*|заразит\w*|заразимся|заразился|заразилась)\b")
_HEPATITIS_RU = re.compile(r"\b(гепатит\w*|гепатитом)\b")


# sex without a condom, said plainly ("были без защиты", "без резинки", "без гумки", "sin
# condón", "unprotected"): with HIV named, an exposure as a shared needle is
_UNPROTECTED = re.compile(
    r"\b(без\s+(защиты|захисту|презерватив\w*|резинк\w*|гондон\w*|гандон\w*|гумк\w*|кондом\w*)|"
    r"незащищ\w*|незахищ\w*|unprotected|condomless|without\s+(a\s+)?condom|bareback\w*|"
    r"sin\s+(condon|preservativo|proteccion|gorro))\b"
)


def asks_shared_exposure(text: str) -> bool:
    """HIV named beside a needle or syringe already shared, or beside sex without a condom, or
    what one may have caught from a shared needle ("одним баяном кололись, что можем
    подхватить"): the exposure (PEP)."""
    low = fold(text)
    if _UNPROTECTED.search(low) is not None and _HIV.search(low) is not None:
        return True
    shared = _SHARED_WORKS.search(low) is not None or _SHARED_WORKS_AFTER.search(low) is not None
    if not shared:
        return False
    return _HIV.search(low) is not None or (
        _CATCH_RU.search(low) is not None and _HEPATITIS_RU.search(low) is None
    )


HEPATITIS_C = INFECTION_TOPICS[0]
# the liver's signs said as people see them: yellow eyes or skin, jaundice ("очі пожовтіли",
# "белки желтые", "жовтуха"), beside injecting or shared kit: hepatitis C. Yellow eyes from
# nothing drug-related (a newborn's jaundice, a yellowed photo) stay out of it
_JAUNDICE = re.compile(
    r"\b(жовтух\w*|желтух\w*|пожовт\w*\s+(\w+\s+)?(оч\w*|білк\w*|шкір\w*)|"
    r"(оч\w*|білк\w*|шкір\w*)\s+(\w+\s+){0,2}(пожовт\w*|жовт\w*)|"
    r"пожелт\w*\s+(\w+\s+)?(глаз\w*|белк\w*|кож\w*)|"
    r"(глаз\w*|белк\w*|кож\w*)\s+(\w+\s+){0,2}(пожелт\w*|желт\w*)|"
    r"жовт\w*\s+(оч\w*|білк\w*|шкір\w*)|желт\w*\s+(глаз\w*|белк\w*|кож\w*))\b"
)
_INJECTED = re.compile(
    r"\b(колол\w*|колов\w*|колю\w*|колет\w*|колоть\w*|колот\w*|вмаз\w*|шприц\w*|голк\w*|"
    r"игл\w*|баян\w*|машинк\w*|ширял\w*|ширяв\w*|ширя\w*|по\s+вен\w*|в\s+вену)\b"
)


def asks_jaundice_after_injecting(low: str) -> bool:
    """Yellow eyes or skin beside injecting or a syringe (folded message): hepatitis C."""
    return _JAUNDICE.search(low) is not None and _INJECTED.search(low) is not None


# someone not breathing, or breathing too slowly to wake ("no respira", "не дышит", "не дихає")
_NOT_BREATHING = re.compile(
    r"\b(not\s+breathing|isn'?t\s+breathing|stopped\s+breathing|(stops|stop)\s+breathing|"
    r"не\s+дыш\w*|перестал\w*\s+дышать|не\s+диха\w*|перестав\w*\s+дихати|переста(ла|ли)\s+дихати|"
    r"no\s+respira\w*|dej[oó]\s+de\s+respirar|deja\s+de\s+respirar)\b"
)


# stopping drinking ("хочу кинути пити, трясе зранку", "quiero dejar de beber", "quit drinking"):
# alcohol's withdrawal, when no other drug is named beside it
_QUIT_DRINKING = re.compile(
    r"\b((quit|stop|stopping|quitting)\s+(the\s+)?(drinking|booze|alcohol)|"
    r"(брос\w*|завяз\w*|перестат\w*|перестал\w*)\s+(пить|бухать)|"
    r"(кину\w*|кида\w*|перестав\w*|переста\w*|зав'?яз\w*)\s+(пити|бухати)|"
    r"dej(ar|o|e|ando)\s+de\s+(beber|tomar|chupar)|dej(ar|o|e)\s+el\s+(alcohol|trago|chupe))\b"
    # never coffee, tea, soda or water ("stop drinking so much coffee", "бросить пить газировку")
    r"(?!\s+(so\s+much\s+|too\s+much\s+|mucho\s+|tanto\s+|много\s+|багато\s+|стільки\s+)?"
    r"(coffee|tea|soda|cola|coke|energy|water|кофе|кава|каву|кави|чай|чаю|газировк\w*|газован\w*|"
    r"энергетик\w*|енергетик\w*|вод[уыи]|cafe|refresco\w*|coca|agua))"
)


# a drink named, drunk every day, stopped at once ("bebe una botella de ron al día y quiere
# dejarlo de un día para otro", "chelas diario, si las corto de golpe qué pasa"): alcohol's
# withdrawal, in Spanish, where "dejar de beber" is not said
_DRINK_ES = re.compile(
    r"\b(alcohol|ron|vodka|whisky|whiskey|tequila|mezcal|aguardiente|guaro|pisco|vino|"
    r"cerveza\w*|chelas?|birras?|cubatas?|tragos?|copas|caguama\w*|litro\w*\s+de\s+\w+)\b"
)
_DAILY_ES = re.compile(
    r"\b(al\s+dia|diari\w*|a\s+diario|todos\s+los\s+dias|cada\s+dia|todo\s+el\s+dia|"
    r"desde\s+hace\s+(anos|meses|semanas))\b"
)
_STOP_AT_ONCE_ES = re.compile(
    r"\b(de\s+un\s+dia\s+para\s+otro|de\s+golpe|en\s+seco|de\s+una\s+vez|"
    r"(dej|cort|par)(ar|o|a|e)(lo|la|los|las)\b.{0,30}\b(golpe|seco|ya|hoy|mañana|manana))\b"
)


# someone turned blue or not breathing ("посинел", "лежит синяя", "lips went blue", "labios
# morados", "no respira"); never a reagent that turned purple ("se puso morado")
_TURNED_BLUE = re.compile(
    r"\b(посинел\w*|посинів|посиніл\w*|(лежит|лежить|лежал\w*|лежав)\s+(\w+\s+)?(син\w+)|"
    r"(синие|сині|синих)\s+губ\w*|губы\s+(синие|посинели)|губи\s+(сині|посиніли)|"
    r"(lips?|face)\s+(is\s+|are\s+|went\s+|turned\s+|turning\s+|going\s+)?(blue|grey|gray)|"
    r"turn(ed|ing)\s+blue|labios\s+(morados|azules)|"
    r"(pusieron|puso)\s+(los\s+)?labios\s+(morad|azul)\w*|"
    r"not\s+breathing|isn'?t\s+breathing|stopped\s+breathing|не\s+дыш\w*|не\s+диха\w*|"
    r"no\s+respira\w*)\b"
)


# the injection site turned black, red, hot or swollen ("місце уколу почорніло", "donde me
# pincho se puso negro", "injection site is hot and red"): the wound, never a reagent's colour
_SITE_HARM = re.compile(
    r"\b((место|месте|места)\s+(укола|уколов|инъекции)|(місце|місці|місця)\s+(уколу|уколів|ін'?єкції)|"
    r"injection\s+site|where\s+i\s+(inject|shoot|shot)|donde\s+me\s+(pincho|inyecto|pique|pinche|inyecte))\b"
    r".{0,40}\b(почерн\w*|почорн\w*|черн\w*|чорн\w*|black\w*|negr[oa]\w*|опух\w*|набряк\w*|"
    r"красн\w*|червон\w*|горяч\w*|гаряч\w*|гно\w*|гні\w*|swell\w*|swoll\w*|red|hot|pus|"
    r"hinchad[oa]|rojo|roja|calient\w*|pus)\b"
)


# a lump or an abscess where a shot went in or missed ("hard sore lump where i missed a shot",
# "me salió un bulto donde fallé la vena"): wound care, not how to inject
# ... and in Russian and Ukrainian, a lump after a shot ("в паху шишка після уколу", "гуля після
# ін'єкції", "нарыв после укола")
_LUMP = (
    r"(lumps?|abscess\w*|boils?|swelling|bultos?|absceso\w*|bolas?|hinchazon|шишк\w*|шишак\w*|"
    r"гул[яіиюе]|ґул[яіиюе]|нарыв\w*|нарив\w*|уплотнени\w*|ущільненн\w*|абсцесс?\w*)"
)
_WHERE_SHOT = (
    r"(where\s+(i|you|he|she|we)\s+(inject\w*|shot|hit|missed|went\s+in)|"
    r"(после|від|от|після)\s+(укола|уколу|уколов|уколів|инъекци\w*|ін'?єкці\w*)|"
    # Ukrainian: after the shot named by its street words ("шишка після ширки", "гуля після
    # баяна", "після мєфа по вені")
    r"після\s+(ширки|ширева|вмазки|вмазування|баяна|баяну|шприца|голки)|по\s+вені|у\s+вену|"
    r"donde\s+me\s+(pinche|inyecte|pique|falle)|donde\s+falle)"
)
_SITE_LUMP = re.compile(
    rf"\b{_LUMP}\b.{{0,40}}\b{_WHERE_SHOT}|\b{_WHERE_SHOT}\b.{{0,40}}\b{_LUMP}\b"
)


def asks_site_harm(text: str) -> bool:
    """The injection site turned black, red, hot or swollen: wound care."""
    folded = fold(text)
    return _SITE_HARM.search(folded) is not None or _SITE_LUMP.search(folded) is not None


DEAD_DROPS = "dead-drops"
# an opioid with no topic of its own, by name ("oxys", "percs", "codeine", "la oxicodona", "la
# morfina"): stopping it is opioid withdrawal, never alcohol's nor naloxone's
_OPIOID_NO_TOPIC = re.compile(
    r"\b(oxys?|oxies|oxycodone|oxycontin|oxycotton|percs|percocets?|roxys?|roxies|codeine|"
    r"morphine|hydrocodone|vicodin|hydromorphone|dilaudid|painkillers|pain\s+pills|"
    r"oxicodona\w*|oxis|morfina\w*|codeina\w*|hidrocodona\w*|opiaceos|calmantes)\b"
)
_OFF_OPIOID = re.compile(
    r"\b(quit\w*|come\s+off|coming\s+off|came\s+off|get(ting)?\s+off|cold\s+turkey|withdraw\w*|"
    r"detox\w*|clucking|rattl\w*|dope\s*sick|(day|days|week|weeks)(\s+\w+)?\s+(without|off)|"
    r"stopp(ed|ing)\s+(the\s+|my\s+)?\w+|"
    r"dejar(la|lo|las|los)?|deje|dejo|dejando|de\s+golpe|abstinencia|mono|malilla\w*|desintox\w*|"
    r"(dia|dias|semana|semanas)\s+sin)\b"
)
# using again after stopping ("if i go back on", "si vuelvo a tomar"): tolerance, not withdrawal
_BACK_ON = re.compile(
    r"\b(go(ing)?\s+back\s+on|back\s+on\s+(it|them)|use\s+again|relapse\w*|less\s+than\s+before|"
    r"vuelv\w*\s+a\s+(tomar|consumir|usar|meter\w*)|reca[ií]\w*|menos\s+que\s+antes)\b"
)
# a job that pays (often in crypto) to hide or leave stashes around town: the dead-drop courier
# work ("offered cash to hide little bags around the city", "me pagan en cripto por dejar
# paquetes escondidos"), never a parcel delivery job alone
_CRYPTO = r"crypto\w*|bitcoin\w*|btc|usdt|cripto\w*"
_HIDING = (
    r"hid(e|es|ing|den)|stash(es|ing)?|dead\s*drops?|bury\w*|escond\w*|alijos?|enterr\w*|"
    r"ocult\w*|tapad\w*"
)
_DROP_JOB = re.compile(
    rf"\b(?:job|gig|work|offer\w*|paid|pay\w*|cash|money|{_CRYPTO}|trabajo|curro|chamba\w*|"
    r"jale|pagan|pago|paga|pagando|dinero|plata|lana|ofrec\w*)\b"
)
_DROP_TASK = re.compile(
    rf"\b(?:{_HIDING}|drop(s|ping)?|parcels?|packages?|bags|baggies|paquet\w*|bolsit\w*|"
    r"dejar|dejando|ubicaci\w*|coordenadas)\b"
)


def asks_drop_job(low: str) -> bool:
    """A paid job of hiding or leaving stashes (the folded message)."""
    if _DROP_JOB.search(low) is None or _DROP_TASK.search(low) is None:
        return False
    return re.search(rf"\b(?:{_HIDING})\b", low) is not None or (
        re.search(rf"\b(?:{_CRYPTO})\b", low) is not None
    )


# a drop not there and the shop gone quiet ("скинули координати а там пусто, магаз заблокував",
# "по точке ничего, оператор не отвечает"): the dead-drops topic. The shop (or its operator)
# that blocked, ignores or does not answer, beside the coordinates or the empty place; a shop
# alone (an account blocked by a clothes shop) or coordinates alone (a meeting place) never are
_DROP_SPOT = re.compile(
    r"\b(координат\w*|коорды|коорди|по\s+точц[іи]|по\s+точке|на\s+точц[іи]|на\s+точке|"
    r"(а\s+)?там\s+(пусто|ничего|нічого|нема|немає|нет)|пусто\s+було|пусто\s+было)\b"
)
# (a shop "not answering" or "silent" only in the street words: a shop's phone may ring unanswered)
_SHOP_GONE = re.compile(
    r"\b(магаз\w*|шоп\w*|оператор\w*|селлер\w*|продаван\w*)\s+(\w+\s+){0,2}"
    r"(заблок\w*|забан\w*|кинул\w*|кинув\w*|ігнор\w*|игнор\w*|пропав|пропал|злився|слился)"
    r"|\b(магаз|магазу|магаза|шоп|шопа|оператор|оператора|селлер|продаван)\s+(\w+\s+){0,2}"
    r"(не\s+відповіда\w*|не\s+отвеча\w*|мовчить|молчит)(?!\s+на\s+(дзвінк|звонк))"
    r"|\b(заблок\w*|забан\w*)\s+(\w+\s+){0,1}(магаз\w*|шоп\w*|оператор\w*)"
)


def asks_drop_gone(low: str) -> bool:
    """A dead drop not found with the shop that blocked or stopped answering (folded message)."""
    return _SHOP_GONE.search(low) is not None and _DROP_SPOT.search(low) is not None


# a stash found by chance, as drops are packed: a small bundle wrapped in electrical tape, on a
# magnet or buried ("знайшов під деревом прикопаний згорток в ізоленті", "нашла сверток на
# магните у подъезда"): the dead-drops topic. The tape, a magnet or something buried alone
# (tape found in a garage, a fridge magnet, a dug-up bag of rubbish) never are
_FOUND = re.compile(
    r"\b(знайш\w*|найш\w*|нашел|нашёл|нашла|нашли|наткнул\w*|натрапи\w*|откопал\w*|"
    r"відкопа\w*|викопа\w*|выкопал\w*)\b"
)
_BUNDLE = re.compile(
    r"\b(згорт\w*|сверт\w*|сверток|пакетик\w*|кульоч\w*|кулечк\w*|зіп\w*|зип\w*|"
    r"зиплок\w*|зіплок\w*)\b"
)
_WRAPPED = re.compile(
    r"\b(ізолент\w*|изолент\w*|прикопан\w*|прикопа\w*|закопан\w*|на\s+магніт\w*|"
    r"на\s+магнит\w*|примагнічен\w*|примагничен\w*)\b"
)


# used needles or syringes found where people walk or children play ("знайшла голки на
# дитячому майданчику", "нашли шприцы в подъезде, как убрать"): getting rid of them safely. A
# sewing needle or a pine's needles found are not
_NEEDLES = re.compile(
    r"\b(голк[аиуоі]\w*|голок|шприц\w*|баян[аиуів]?|баянів|игл[аыуео]\w*|иголк\w*)\b"
)
_PUBLIC_PLACE = re.compile(
    r"\b(майданчик\w*|пісочниц\w*|песочниц\w*|площадк\w*|двор[еау]?|дворі|двір|подвір\w*|"
    r"підʼїзд\w*|під'їзд\w*|підїзд\w*|подъезд\w*|парк[уеі]?|пляж\w*|сквер\w*|школ\w*|"
    r"садочк\w*|садик\w*|клумб\w*|кущ\w*|кустах|сход[аи]\w*|лестниц\w*|тротуар\w*|"
    r"вулиц\w*|улиц\w*|зупинц\w*|остановк\w*|ліфт\w*|лифт\w*|смітник\w*|помойк\w*)\b"
)
_NOT_SYRINGE = re.compile(
    r"\b(вишив\w*|вышив\w*|швейн\w*|шитт\w*|шить\w*|ялин\w*|елк\w*|ёлк\w*|хвойн\w*|сосн\w*|"
    r"кактус\w*|їжак\w*|ежик\w*|ёжик\w*|кондитер\w*)\b"
)


def asks_found_needles(low: str) -> bool:
    """Needles or syringes found in a public place (folded text): disposal."""
    return (
        _FOUND.search(low) is not None
        and _NEEDLES.search(low) is not None
        and _PUBLIC_PLACE.search(low) is not None
        and _NOT_SYRINGE.search(low) is None
    )


# one's own used needles, or needles gathered in a bottle or a jar, and where to take them ("голки
# після себе складаю в пляшку, куди її віднести", "использованные шприцы куда сдать"): disposal
_OWN_USED = re.compile(
    r"\b((після|после)\s+себ[яе]|використан\w*|использованн\w*|юзан\w*|"
    r"(в|у)\s+(пляшк\w*|бутылк\w*|бутилк\w*|банк[уи]|баночк\w*|контейнер\w*))\b"
)
_TAKE_AWAY = re.compile(
    r"\b(куди|куда|где|де)\b.{0,30}?\b(віднест\w*|віднос\w*|отнест\w*|относ\w*|здат\w*|здава\w*|"
    r"сдат\w*|сдава\w*|віддат\w*|отдат\w*|нести|несли|понести)\b"
)


def asks_own_needles_away(low: str) -> bool:
    """One's own used needles, or a bottle of them, and where to take them (folded text)."""
    return (
        _NEEDLES.search(low) is not None
        and _OWN_USED.search(low) is not None
        and _TAKE_AWAY.search(low) is not None
        and _NOT_SYRINGE.search(low) is None
    )


def asks_found_stash(low: str) -> bool:
    """A bundle packed as a dead drop (in tape, on a magnet, buried) found by someone (folded)."""
    return all(p.search(low) is not None for p in (_FOUND, _BUNDLE, _WRAPPED))


# the strips for fentanyl, named in Spanish ("las tiras reactivas de fentanilo", "una tirita de
# fenta"): the strips' topic, not the reagents'
_FENT_STRIPS_ES = re.compile(
    r"\b(tiras?|tiritas?)\s+(reactivas?\s+)?(de|para|del|pa)\s+(detectar\s+)?(el\s+)?(fentanilo|fenta)\b"
)


# en / es: a reagent by name, fentanyl strips in English, chemsex by its name or as sex on drugs
_REAGENT_NAMED = re.compile(
    r"\b(marquis|mecke|mandelin|ehrlich|froehde|liebermann|reagents?|reagent\s+(kit|test)s?|"
    r"kit\s+de\s+reactivos|reactivos?\s+de\s+colores|test\s+de\s+(ehrlich|marquis|mecke|mandelin|simon))\b"
)
_FENT_STRIPS_EN = re.compile(r"\b(fent|fentanyl|fenty)\s+(test\s+)?strips?\b")
# Ukrainian: the strips beside fentanyl in either order ("фентанілові смужки наскільки точні",
# "смужка на фент показала дві риски"), or fentanyl's adjective before a test ("фентаніловий
# тест"); "смужка" is Ukrainian only, so Russian questions are read as before
_FENT_STRIPS_UK = re.compile(
    r"\b((фентаніл\w*|фент|фенту|фенті|фентом)\s+(\w+\s+){0,3}(тест[\s-]?)?смужк\w*|"
    r"(тест[\s-]?)?смужк\w*\s+(\w+\s+){0,3}(фентаніл\w*|фент|фенту|фенті|фентом)|"
    r"фентанілов\w*\s+(тест\w*|смужк\w*|полоск\w*))\b"
)
_CHEMSEX_NAMED = re.compile(
    r"\b(chem[\s-]?sex\w*|chemsesh|(sexo|sex)\s+(con|with|on)\s+(drogas|drugs|chems|sustancias)|"
    r"drogas\s+para\s+(el\s+)?sexo|drugs\s+(for|during)\s+sex)\b"
)


def _asked_by_names(low: str) -> list[str]:
    """Topics the (folded) question names in other words: a reagent ("con el test de ehrlich"),
    fentanyl strips ("fent strips on crystal"), chemsex ("chemsex sessions with tina and g")."""
    out = []
    if _REAGENT_NAMED.search(low):
        out.append("reagent-tests")
    if _FENT_STRIPS_EN.search(low) or _FENT_STRIPS_UK.search(low):
        out.append(FENTANYL_STRIPS)
    if _CHEMSEX_NAMED.search(low):
        out.append(CHEMSEX)
    return out


# withdrawal said "відміна" (the word the benzodiazepine withdrawal topic uses) with heroin or
# opioids named in Ukrainian words
_WITHDRAWAL_UK = re.compile(r"\b(відмін\w*|абстинен\w*)\b")
# getting through withdrawal, in surzhyk ("переламатись", "перекумарити")
_GET_THROUGH_UK = re.compile(r"\b(переламат\w*|переламув\w*|перекумар\w*)")
_HEROIN_UK = re.compile(
    r"\b(героїн\w*|гера|гери|геру|гері|герою|герич\w*|гєр\w*|опіоїд\w*|опіат\w*)\b"
)
# methadone in Ukrainian spellings, and what says it comes from the street or is cut ("на
# вулиці", "на районі", "бадяжать"): the street drugs' topic, not the programme's
_METHADONE_UK = re.compile(r"\b(метадон\w*|мєтадон\w*|метадосик\w*)\b")
_CUT_OR_STREET_UK = re.compile(
    r"\b(на\s+вулиці|з\s+вулиці|на\s+районі|бадяж\w*|бодяж\w*|розбавля\w*|розводят\w*\s+чим)\b"
)
_PROGRAMME_UK = re.compile(r"\b(програм\w*|сайт\w*|замісн\w*|терапі\w*|попасти|потрапити)\b")


# the street opioid suddenly stronger than before ("раньше чека хватало, теперь с половины
# рубит", "гера стала якась не така, з пів дози вирубає", "героин сильнее чем обычно"): a stronger
# batch, the fentanyl topic (it is found in heroin and spread unevenly). Needing more than before
# (tolerance) or half a dose that does nothing never is
_STREET_OPIOID = re.compile(
    r"\b(героїн\w*|гера|гери|геру|гері|герою|герич\w*|гєр\w*|героин\w*|геры|герыч\w*|"
    r"хмур\w*|опіоїд\w*|опіат\w*|опиоид\w*|опиат\w*)\b"
)
_KNOCKS_OUT = (
    r"(руб\w*|выруб\w*|вируб\w*|відруб\w*|накр\w*|вал\w*|клад\w*|унос\w*|отключ\w*|"
    r"відключ\w*|кроє|кроет|штор\w*)"
)
_STRONGER_BATCH = re.compile(
    r"\b(сильн\w*\s+(чем|ніж|за)\s+(раньше|обычно|всегда|раніше|зазвичай|завжди|минул\w*|"
    r"прошл\w*)|"
    r"(с|з|із|со)\s+(половин\w*|полчек\w*|пол\s*чек\w*|пол\s*дозы|полдозы|пів\s*дози|півдози|"
    r"пів\s*чека|півчека|пів\s*куба|полкуба|пол\s*куба)\s+(?:(?!не\b)\w+\s+)?"
    + _KNOCKS_OUT
    + r"|(стал|став|стала|стало|стали)\s+(?:(?!не\b)\w+\s+){0,2}не\s+(такой|такий|такая|така|"
    r"таким|такою|то|те))\b"
)


def asks_stronger_batch(low: str) -> bool:
    """A street opioid stronger than before, or changed (folded text): the fentanyl topic."""
    return _STREET_OPIOID.search(low) is not None and _STRONGER_BATCH.search(low) is not None


def asks_street_methadone_uk(text: str) -> bool:
    """Methadone from the street or cut, in Ukrainian words, with nothing about the programme."""
    low = fold(text)
    return (
        _METHADONE_UK.search(low) is not None
        and _CUT_OR_STREET_UK.search(low) is not None
        and _PROGRAMME_UK.search(low) is None
        and not asks_treatment(low)
        and not asks_treatment_dose(low)
    )


# the nose hurt or bleeding from snorting ("nose keeps bleeding from snorting speed", "me arde la
# nariz de esnifar keta"): looking after the nose, before the drug's own topic (issue 9,
# twenty-third session)
_NOSE_HURT = re.compile(
    r"\b(?:nose\s+(?:\w+\s+){0,2}?(?:hurts?|hurting|sore|raw|burn\w*|damag\w*|stings?)|nostril\w*|"
    r"septum|tabique|fosas?\s+nasales|nariz\s+(?:\w+\s+){0,2}?(?:duele|irritad\w*|quemad\w*|arde|"
    r"destrozad\w*|en\s+carne\s+viva)|(?:duele|arde|pica)\s+la\s+nariz|"
    r"(?:болит|болить|горит|горить|печет|пече)\s+(?:\w+\s+)?(?:нос|ніс)|перегородк\w*)\b"
)
_SNORTED = re.compile(
    r"\b(?:snort\w*|sniff\w*|railing|rails|bumps?|lines?\s+of|esnif\w*|rayas?|turulo\w*|"
    r"нюха\w*|нюхн\w*|занюх\w*|дорожк\w*|доріжк\w*)\b"
)


def asks_snorted_nose(text: str) -> bool:
    """The nose bleeds, is blocked or hurts from snorting ("nosebleeds from sniffing ket")."""
    low = fold(text)
    return (
        _NOSE_TROUBLE.search(low) is not None or _NOSE_HURT.search(low) is not None
    ) and _SNORTED.search(low) is not None


def _asked_by_frames(low: str) -> list[str]:
    """Topics a frame of the (folded) question asks for: chemsex invited, a drug checked for what
    it really is, drinking stopped."""
    out = []
    if asks_drop_job(low) or asks_drop_gone(low) or asks_found_stash(low):
        out.append(DEAD_DROPS)
    # needles found lying about; a wound away from the shot or blamed on something added to the
    # dope ("рана гниє, хоча колола не туди", "в геру что-то подмешивают, язвы"): xylazine's
    # a stronger batch going round: fentanyl
    for asks, topic in (
        (asks_stronger_batch, FENTANYL),
        (asks_found_needles, SYRINGE_DISPOSAL),
        (asks_own_needles_away, SYRINGE_DISPOSAL),
        (asks_xylazine_wound, XYLAZINE),
        # the nose hurt or bleeding from snorting: looking after it
        (asks_snorted_nose, SAFER_SNORTING),
        # one's own drugs tested ("whats the point of getting my drugs tested"): drug checking
        (asks_own_drugs_tested, DRUG_CHECKING),
    ):
        if asks(low):
            out.append(topic)
    if asks_jaundice_after_injecting(low):
        # "очі пожовтіли, ми кололись одним шприцом": the liver, hepatitis C
        out.append(HEPATITIS_C)
    if asks_cannabis_detected(low) or asks_space_bake(low):
        out.append(CANNABIS)
    if _K_HOLE.search(low):
        # the k-hole, however the ketamine is taken ("wait between lines so I don't k-hole"):
        # ketamine's own topic, not the route's
        out.append(KETAMINE)
    if (
        # Russian case forms too ("взял метадон у барыги"), never "метадонка" (the programme);
        # "street done", "bit of done" (English street words for it)
        re.search(
            r"\b(methadone|metadona|метадон|метадона|метадоном|метадоне|"
            r"(street|some|bit\s+of|ml\s+of)\s+done)\b",
            low,
        )
        and asks_street_supply(low)
        and not asks_treatment(low)
    ):
        # "got some methadone off a mate, never been on a script": methadone from the street
        out.append(STREET_METHADONE)
    if _WITHDRAWAL_UK.search(low) and _HEROIN_UK.search(low) and not names_benzodiazepine(low):
        # "відміна від героїну скільки триває": heroin's withdrawal, not the benzodiazepines'
        out.append(OPIOID_WITHDRAWAL)
    if (
        _GET_THROUGH_UK.search(low)
        and (_HEROIN_UK.search(low) or _METHADONE_UK.search(low))
        and not names_benzodiazepine(low)
    ):
        # "переламатись з метадону вдома", "перекумарити з гери": getting through the opioid
        # withdrawal, not the programme
        out.append(OPIOID_WITHDRAWAL)
    if asks_street_methadone_uk(low):
        # "чим бадяжать метадон на вулиці", "мєтадон на районі": methadone from the street
        out.append(STREET_METHADONE)
    if _FENT_STRIPS_ES.search(low):
        out.append(FENTANYL_STRIPS)
    if (
        _OPIOID_NO_TOPIC.search(low)
        and _OFF_OPIOID.search(low)
        and not asks_treatment(low)
        and "work" not in low
        and not (_BREAK.search(low) and _HOW_MUCH_USE.search(low))
        and _BACK_ON.search(low) is None
    ):
        # "coming off oxys", "dejé la oxicodona de golpe": opioid withdrawal
        out.append(OPIOID_WITHDRAWAL)
    if _sex_said(low) and _CHEMS.search(low):
        # "хлопець кличе на чемсекс з тіною і джі", "на тусах з хлопцями ... не забути про гумки"
        out.append(CHEMSEX)
    if _KNOW_HOW.search(low) and _REALLY_IS.search(low):
        # "how do I know it's really MDMA and not some chemical": checking what it is (with a
        # reagent named, "qué reactivo uso para saber si es md de verdad": the reagents)
        out.append(REAGENTS if _REAGENT.search(low) else DRUG_CHECKING)
    if (
        (
            _QUIT_DRINKING.search(low)
            or (_DRINK_ES.search(low) and _DAILY_ES.search(low) and _STOP_AT_ONCE_ES.search(low))
        )
        and not names_opioid(low)
        and not names_benzodiazepine(low)
    ):
        out.append(ALCOHOL_WITHDRAWAL)
    if _SITE_HARM.search(low) or _SITE_LUMP.search(low):
        out.append(WOUND_CARE)
    if _TURNED_BLUE.search(low) and _RESPOND.search(low) and not _STIMULANT.search(low):
        # "подруга лежит синяя, что делать", "his lips went blue, what do we do": the steps
        out.append(OVERDOSE_RESPONSE)
    if (
        _OPIOID_SICK_ENES.search(low)
        and not names_alcohol(low)
        and _METHADONE.search(low) is None
        and not asks_treatment(low)
    ):
        # "como aguanto la cruda de la chiva", "dope sick again": opioid withdrawal
        out.append(OPIOID_WITHDRAWAL)
    if asks_benzo_withdrawal(low):
        # "stopped my xanax last week, now shaky": the benzodiazepine's withdrawal
        out.append(BENZO_WITHDRAWAL)
    return out


# rescue breaths and chest compressions ("hago compresiones o solo respiraciones")
_CPR = re.compile(
    r"\b(cpr|rcp|compressions?|compresion\w*|rescue\s+breath\w*|breaths|respiraciones|"
    r"boca\s+a\s+boca|mouth\s+to\s+mouth)\b"
)


# a benzodiazepine by name or brand, en / es ("stopped my xans", "si dejo el lorazepam")
_BENZO_NAMED = re.compile(
    r"\b(benzo\w*|xanax|xans|xannies|zannies|valium|diazepam|clonazepam|klonopin|kpins|alprazolam|"
    r"lorazepam|ativan|rivotril|clona|trankimazin|tranquimazin|orfidal|lexatin|bromazepam|"
    r"etizolam|bromazolam|benzodiacepin\w*)\b"
)


# the same in Ukrainian: a benzodiazepine by name in any case form ("сиджу на клоназепамі", "п'ю
# лоразепам"), stopped with a Ukrainian verb ("різко кинути", "хочу злізти", "поступово
# зменшувати дозу"); Ukrainian verbs only, so Russian questions are read as before
_BENZO_NAMED_UK = re.compile(
    r"\b(бензи|бензів|бензами|бензодіазепін\w*|ксанакс\w*|алпразолам\w*|альпразолам\w*|"
    r"клоназепам\w*|діазепам\w*|лоразепам\w*|бромазепам\w*|гідазепам\w*|феназепам\w*|"
    r"реланіум\w*|нітразепам\w*|етизолам\w*)\b"
)
_STOPPING_UK = re.compile(
    r"\b(кину(ти|в|ла|ли)|кида(ти|ю|є|в|ла)|злізти|злаз\w*|зліз\w*|зіскоч\w*|відмін\w*|"
    r"(зниж|зниз|зменш)\w*\s+(\w+\s+)?доз\w*|поступово\s+(зниж|зменш|зліз|злаз)\w*|"
    r"переста(ти|ла|в\b)|відмов(итися|ився|илася))"
)


def asks_benzo_withdrawal(text: str) -> bool:
    """Stopping a benzodiazepine named ("stopped my xanax last week, now shaky", "si dejo el
    lorazepam me tiemblan las manos", "хочу кинути клоназепам"), with no drink, opioid or mix
    named: its withdrawal. A bare "stop" is not stopping ("does xanax stop panic attacks")."""
    low = fold(text)
    if _BENZO_NAMED.search(low) is None and not (
        _BENZO_NAMED_UK.search(low) and _STOPPING_UK.search(low)
    ):
        return False
    stopping = [
        m.group(0)
        for m in _STOPPING.finditer(_BODY_STOPS.sub(" ", low))
        if m.group(0) not in ("stop", "stops")
    ]
    return (
        bool(stopping)
        and not names_alcohol(low)
        and not names_opioid(low)
        and not asks_mixing_depressants(low)
    )


# signs of psychosis in someone else: hearing voices, thinking they are followed or watched
# ("чує голоси і думає шо за ним стежать", "слышит голоса, думает что его пасут", "hears voices",
# "oye voces"): the crisis topic, whatever drug is named; never voices of neighbours or children
_PSYCHOSIS_SIGNS = re.compile(
    r"\b("
    r"(чу[єею]\w*|почу\w*|слыш\w*|услыш\w*|hear\w*|oye\w*|escucha\w*)\s+(\w+\s+)?"
    r"(голос[аи]|голосів|голосов|voices|voces)\b(?!\s+(\w+\s+)?(сусід\w*|сосед\w*|дітей|детей|"
    r"за\s+стін\w*|за\s+стен\w*|з\s+вулиці|с\s+улицы|neighbou?r\w*|kids|children|vecin\w*|ni[nñ]os))"
    r")"
)
# thinking one is followed or watched (paranoia, common on stimulants): the crisis topic among the
# asked ones, but never put before the drug's own page ("від лєда всюди здається шо стежать")
_FOLLOWED = re.compile(
    r"\b("
    r"(думает|думає|думаю|кажется|здається|уверен\w*|впевнен\w*)\s+(\w+\s+){0,4}?"
    r"(пасут|пасуть|следят|стежать|слідкують|преследу\w*|переслід\w*)|"
    # someone who seems to be there, at the door, in the flat, under the window ("здається шо
    # хтось стоїть за дверима", "мерещится что кто-то ходит по квартире"): the same paranoia
    r"(кажется|здається|чудится|чудиться|мерещится|ввижается|ввижається|видится)\s+(\w+\s+){0,3}?"
    r"(кто-то|кто\s+то|хтось)\s+(\w+\s+)?(стоит|стоїть|ходит|ходить|стучит|стукає|шепчет|шепоче|"
    r"смотрит|дивиться|следит|стежить|лезет|лізе|прячется|ховається|сидит|сидить)\s+"
    r"(за|под|під|у|в|во|по|на)\s+(двер\w*|квартир\w*|хат\w*|окн\w*|окон|вікн\w*|вікон|шкаф\w*|"
    r"шаф\w*|балкон\w*|стен\w*|стін\w*|кухн\w*|коридор\w*|подъезд\w*|під'їзд\w*)|"
    r"(thinks|convinced|sure)\s+(he'?s|she'?s|they'?re|i'?m)\s+being\s+(followed|watched)"
    r")"
)
# a close person says it all feels pointless or they cannot cope, and the writer asks how to
# support them ("сестра говорит что всё бессмысленно, как её поддержать", "друг каже що не
# справляється, як підтримати"): the crisis topic (how to talk about it, where to call)
_CANNOT_COPE = re.compile(
    r"\b(вс[её]\s+(\w+\s+)?бессмысленн\w*|нет\s+смысла|не\s+вывоз\w*|"
    r"все\s+(\w+\s+)?безглузд\w*|немає\s+сенсу|нема\s+сенсу|не\s+витягу\w*|"
    # not coping, of a person (never "с жарой", "з навантаженням": a machine or a task)
    r"не\s+справля\w*(?!\s+(с|со|з|із|зі)\b)|"
    r"nothing\s+matters|(ca|is)n'?t\s+cop\w*|no\s+puede\s+m[aá]s|nada\s+tiene\s+sentido)\b"
)
_SUPPORT_THEM = re.compile(
    r"\b(поддерж\w*|підтрим\w*|support\w*|apoy\w*|помочь\s+(ей|ему|им)|допомогти\s+(їй|йому|їм)|"
    r"help\s+(her|him|them)|ayudar\w*)\b"
)


def psychosis_signs(text: str) -> bool:
    """Someone hears voices (after a drug or not)."""
    return _PSYCHOSIS_SIGNS.search(fold(text)) is not None


def asks_psychosis_or_despair(text: str) -> bool:
    """Someone hears voices or thinks they are followed, or says nothing makes sense any more
    and the writer asks how to support them: the crisis topic."""
    low = fold(text)
    if psychosis_signs(low) or _FOLLOWED.search(low) is not None:
        return True
    return _CANNOT_COPE.search(low) is not None and _SUPPORT_THEM.search(low) is not None


def asked_topics(text: str) -> tuple[str, ...]:
    """Topics the question's words ask for, best first (empty when none): a near overdose, using
    alone, sleepiness on methadone, the signs of an (opioid) overdose. Search gives them the
    lexicon's bonus; they still need the question's words to be confident."""
    low = fold(text)
    out: list[str] = []
    if (
        _NOT_WANTING_LIFE.search(low)
        or asks_someone_to_talk_to(low)
        or asks_psychosis_or_despair(low)
        or asks_mind_help(low)
    ):
        out.append(MENTAL_HEALTH)
    if asks_naloxone_works(low) or asks_naloxone_form(low):
        out.append(NALOXONE)
    if asks_shared_exposure(low):
        out.append(HIV_PEP)
    if asks_about_bot(low):
        # "хто бачить що я тут пишу", "esto es anónimo?": what the bot keeps
        out.append(ABOUT_BOT)
    named = adulterant_named(low)
    if named in ("nitazenes", "medetomidine"):
        # a nitazene by a compound name the topics may not spell; medetomidine, the newer sedative
        # cut into heroin ("говорят в геру стали мешать медетомидин"): its own topic
        out.append(named)
    if asks_mixing_depressants(low):
        # "why is lyrica with methadone and booze such a dangerous combination"
        out.append(MIXING_DEPRESSANTS)
    if NALOXONE not in out and (  # where to inject naloxone ("налоксон куди колоти"): naloxone's
        ((_MISSED_VEIN.search(low) or _WHERE_INJECT.search(low)) and not _SITE_LUMP.search(low))
        # "ватку з фільтра ще раз юзати" said by someone who cooks: new kit every time
        or asks_kit_again(low)
    ):
        # "keep missing the vein and it swells", "is it safer in the arm or the leg"
        out.append(SAFER_INJECTING)
    if _BREAK.search(low) and _HOW_MUCH_USE.search(low):
        # "місяць пролежав у лікарні, сьогодні хочу вмазатися, скільки брати": lost tolerance
        out.append(TOLERANCE_LOSS)
    out.extend(_asked_by_frames(low))
    out.extend(t for t in _asked_by_names(low) if t not in out)
    if asks_police(low):
        # "do the pill testing staff pass names to the cops": the service, asked about the police
        out.extend((DRUG_CHECKING, POLICE) if asks_checking_service(low) else (POLICE,))
    if asks_pregnancy(low):
        # "курила траву пока не знала что беременна": pregnancy, whatever else is named
        out.append(PREGNANCY)
    if asks_pipe_injury(low) or asks_safer_smoking(low) or asks_pipe_damage(low):
        out.append(SAFER_SMOKING)
    if _NEAR_MISS.search(low):
        out.extend(NEAR_MISS_TOPICS)
    using = _USING.search(low)
    beside = using is not None and _USING_THEN_ALONE.search(low)
    if (
        (using and (_ALONE.search(low) or beside)) or _ON_LINE_WHILE_USING.search(low)
    ) and USING_ALONE not in out:
        out.insert(0, USING_ALONE)
    if _METHADONE.search(low) and (
        _SLEEPY.search(low)
        or _OFF_TREATMENT.search(low)
        or (_TAPER.search(low) and _STOPPING.search(low))
    ):
        out.append(TREATMENT)
    if (
        not out
        and _OVERDOSE.search(low)
        and (_STIMULANT.search(low) or _STIM_SIGNS.search(low))
        # what to do asked: the stimulant's overdose only when a stimulant is named ("шо робити
        # якщо друг перебрав зі стімами"), not for the heart's signs alone
        and (not _RESPOND.search(low) or _STIMULANT.search(low))
    ) or (
        not out
        and (
            (_STIMULANT.search(low) and asks_stimulant_signs(low))
            # "someone gets way too hot on speed", "burning up on pingers": a body
            # overheating on a stimulant or ecstasy (cooling down, when to call)
            or asks_overheating(low)
            # "после мефа сердце колотится под 180, жарко и трясёт": a racing heart with heat
            # or shaking on a stimulant
            or asks_overamping_signs(low)
        )
    ):
        # "які перші ознаки що серце не витягує після фену": the heart's signs after a stimulant
        out.append(STIMULANT_OVERDOSE)
    if not out and _CPR.search(low) and (_OVERDOSE.search(low) or names_opioid(low)):
        # "someone went over on opiates, compressions or just breaths?": the steps
        out.append(OVERDOSE_RESPONSE)
    if not out and _TREATMENT.search(low):
        # "cómo entro a un tratamiento con metadona", "how long till buvidal settles": treatment
        out.append(TREATMENT)
    if not out and asks_overdose_steps(low):
        # "what do I do if someone goes over and nobody has narcan": the steps, whatever else
        # the question names (naloxone, being alone)
        out.append(OVERDOSE_RESPONSE)
    if (
        not out
        and (_SIGNS_ASKED.search(low) or _TELL_APART.search(low))
        and _OVERDOSE.search(low)
        and not _STIMULANT.search(low)
        and not _STIM_SIGNS.search(low)
        and not _RESPOND.search(low)
    ):
        out.append(OPIOID_OVERDOSE_SIGNS)
    return tuple(out)
