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
    r"проверить\s+(на|что|чем)|перевірити\s+(на|що|чим)|"
    r"reactiv\w*|que\s+color|se\s+puso\s+(morad|negr|azul|naranja|roj|verde|amarill)\w*|cortad[oa]s?|adulterad\w*"
    r")"
)
# a stimulant named: the overdose signs asked about are a stimulant's
_STIMULANT = re.compile(
    r"\b("
    r"stimulant\w*|coke|cocaine|crack|meth|speed|amphet\w*|adderall|mephedrone|"
    r"стимулятор\w*|кокс\w*|кокаин\w*|кокаїн\w*|фен|фена|амф\w*|мет|мета|винт\w*|меф\w*|соль|соли|сіль|солі|"
    r"estimulant\w*|coca|cocaina|perico|farlopa|tusi|cristal|tina|anfeta\w*|metanfeta\w*|piedra"
    r")\b"
)

# what to do when someone overdoses (the steps), not how to recognise it (the signs)
_RESPOND = re.compile(
    r"\b("
    r"what\s+(should|do|can|must)\s+(i|we|you)\s+do|what\s+to\s+do|steps|how\s+(do\s+i|to|can\s+i)\s+help|respond\w*|"
    r"что\s+делать|как\s+помочь|что\s+мне\s+делать|какие\s+действия|шаги|"
    r"що\s+робити|як\s+допомогти|що\s+мені\s+робити|які\s+дії|кроки|"
    r"que\s+hago|que\s+hacer|que\s+debo\s+hacer|pasos|como\s+(le\s+)?ayud\w*"
    r")"
)
_SIGNS_ASKED = re.compile(
    r"\b(sign|signs|symptom\w*|how\s+(can\s+you|do\s+you|to|do\s+i)\s+(tell|know)|recogni\w*|"
    r"признак\w*|симптом\w*|как\s+понять|как\s+узнать|как\s+распознать|"
    r"ознак\w*|як\s+зрозуміти|як\s+дізнатися|як\s+розпізнати|"
    r"senal\w*|sintoma\w*|como\s+saber|como\s+se\s+si|como\s+reconocer)"
)
OVERDOSE_RESPONSE = "overdose-response"
ALCOHOL_WITHDRAWAL = "alcohol-withdrawal"
# the topics of one stimulant: "overdid coke" is their overdose topic's question
STIMULANT_TOPICS = ("cocaine", "methamphetamine", "cathinones", "salts-alpha-pvp")
OPIOID_WITHDRAWAL = "opioid-withdrawal"
# opioid topics with no withdrawal of their own: stopping heroin, fentanyl or street methadone
# is opioid withdrawal ("me quiero salir de la chiva")
OPIOID_TOPICS = (
    "street-methadone-heroin",
    "fentanyl",
    "nitazenes",
    "overdose-signs-opioids",
    "desomorphine",
    "tramadol",
)

# drinking alcohol, in the words people use for it (never a bare "пить"/"take", which are pills
# too): with a stopping word, the question is alcohol's withdrawal
_ALCOHOL = re.compile(
    r"\b("
    r"alcohol\w*|drink(s|ing|er)?|drank|booze|boozing|drunk|liquor|vodka|whiske?y|beer\w*|wine|"
    r"rum|gin|tequila|a\s+fifth|fifths|hangover\w*|"
    r"алкогол\w*|водк\w*|водяр\w*|пив[оа]|пиво|вино|вина|бух(ать|аю|ал|ала|ло|ла|аешь)\w*|"
    r"запо[йяею]\w*|выпивк\w*|спиртн\w*|(брос\w*|завяз\w*|перестат\w*|перестал\w*)\s+пить|"
    r"пью\s+(каждый|кажд|много|давно|уже)\w*|"
    r"алкогол\w*|горілк\w*|горiлк\w*|запі[йю]\w*|бухати|бухаю|бухав\w*|"
    r"(кину\w*|кида\w*|перестав\w*|переста\w*)\s+пити|п'ю\s+(кожн|багато|давно|вже)\w*|"
    r"bebo|beber|bebiendo|bebida\w*|tomando|tomar|tomo|chupar|chupando|chupe|pisto|peda|"
    r"cerveza\w*|vino|vodka|tequila|mezcal|ron|cruda|borrach\w*|alcohol\w*"
    r")\b"
)
# someone took too much (not the overdose steps or signs words alone)
_OVERDOSE = re.compile(
    r"\b("
    r"overdos\w*|od|od'?d|o\.d\.?|too\s+much|overdid|overdone|"
    r"передоз\w*|передознул\w*|перебрал\w*|перебор\w*|"
    r"передозув\w*|передознув\w*|перебра\w*|"
    r"sobredosis|se\s+pas(o|a|aron|an)|pasad[oa]\s+de|se\s+(le|me)\s+paso\s+la\s+mano"
    r")\b"
)

TEST_TOPICS = ("reagent-tests", "drug-checking", "fentanyl-test-strips")
STIMULANT_OVERDOSE = "stimulant-overdose"
OPIOID_OVERDOSE_SIGNS = "overdose-signs-opioids"


TREATMENT = "opioid-agonist-therapy"
# getting on a treatment (methadone or buprenorphine programme, substitution therapy)
_TREATMENT = re.compile(
    r"\b("
    r"suboxone|subutex|buprenorph\w*|bupe|sublocade|buvidal|methadone\s+(program\w*|clinic)|"
    r"(oat|ost|mat)\s+(program\w*|clinic)|substitution\s+therap\w*|maintenance\s+treatment|"
    r"заместительн\w*|метадонов\w*\s+программ\w*|программ\w*\s+(озт|зпт)|бупренорф\w*|субоксон\w*|"
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


def asks_treatment(text: str) -> bool:
    """The message is about getting on methadone or buprenorphine treatment."""
    return _TREATMENT.search(fold(text)) is not None


STREET_METHADONE = "street-methadone-heroin"
# methadone got outside a programme: bought, off the street, from a friend
_STREET_SUPPLY = re.compile(
    r"\b(street|off\s+(the\s+street|a\s+guy|someone)|from\s+a\s+(friend|guy|mate|dealer)|bought|buy|buying|"
    r"уличн\w*|с\s+рук|купил\w*|купить|дали|у\s+барыг\w*|"
    r"вуличн\w*|з\s+рук|купив\w*|купити|у\s+барига\w*|"
    r"de\s+la\s+calle|callejer\w*|en\s+la\s+calle|compr\w*|me\s+pas(o|aron)|de\s+un\s+(cuate|amigo|tipo|compa))\b"
)


def asks_street_supply(text: str) -> bool:
    """The message is about a medicine got outside a programme (bought, from a friend)."""
    return _STREET_SUPPLY.search(fold(text)) is not None


POLICE = "police-and-rights"
# the police: with needles, a stash or a drug, the question is the person's rights ("can the
# police take my needles"); never "мусор" (the trash, where needles also go)
_POLICE = re.compile(
    r"\b(police|policeman|cops?|officers?|arrest\w*|search\s+me|stop\s+and\s+search|"
    r"полици\w*|полицейск\w*|мент|менты|ментов|ментам|мусора|мусоров|обыск\w*|задержа\w*|"
    r"поліці\w*|поліцейськ\w*|обшук\w*|затрима\w*|"
    r"policia\w*|poli|polis|tombos?|chota|guardia\s+civil|mossos|detenid\w*|detien\w*|cachea\w*)\b"
)


def asks_police(text: str) -> bool:
    """The message is about the police."""
    return _POLICE.search(fold(text)) is not None


PREGNANCY = "pregnancy"
_PREGNANT = re.compile(
    r"\b(pregnan\w*|pregnent|expecting\s+a\s+baby|беремен\w*|вагітн\w*|embaraz\w*|enbaraz\w*)\b"
)


def asks_pregnancy(text: str) -> bool:
    """The message is from or about a pregnant person: whatever substance it names, the
    pregnancy topic (which covers methadone, heroin, alcohol... in pregnancy) answers first."""
    return _PREGNANT.search(fold(text)) is not None


def names_alcohol(text: str) -> bool:
    """The message speaks of drinking alcohol."""
    return _ALCOHOL.search(fold(text)) is not None


def without_alcohol(text: str) -> str:
    """The message with its alcohol words taken out (folded): what else it names."""
    return _ALCOHOL.sub(" ", fold(text))


def asks_overdose(text: str) -> bool:
    """The message is about someone having taken too much."""
    return _OVERDOSE.search(fold(text)) is not None


def asks_testing(text: str) -> bool:
    """The question is about testing what a substance is (a reagent's colour, "is it cut")."""
    return _TESTING.search(fold(text)) is not None


def asks_what_to_do(text: str) -> bool:
    """The question asks for the steps when someone overdoses, not for the signs."""
    folded = fold(text)
    return _RESPOND.search(folded) is not None and _SIGNS_ASKED.search(folded) is None


def names_stimulant(text: str) -> bool:
    return _STIMULANT.search(fold(text)) is not None


def prefers_withdrawal(text: str) -> bool:
    """The question is about stopping or the withdrawal itself."""
    return _STOPPING.search(fold(text)) is not None


def asks_duration(text: str) -> bool:
    """The question is about how long a substance lasts or what it does (and not stopping it)."""
    folded = fold(text)
    return _DURATION.search(folded) is not None and _STOPPING.search(folded) is None


# Questions about an animal, or about a password or a login, are outside the library ("у кота
# понос", "mi perro comió chocolate", "как поменять пароль в телеграме"): search answers them
# only when the message also names a substance or a street word.
_ANIMAL = re.compile(
    r"\b(dog|dogs|puppy|kitten|kitty|pet|pets|hamster|rabbit|parrot|"
    r"кот|кота|коту|котом|кошка|кошки|кошку|котик|котика|котенок|котенка|собака|собаки|собаку|"
    r"пес|пса|псу|песик|щенок|щенка|хомяк|хомяка|попугай|попугая|питомец|питомца|"
    r"кіт|кота|кішка|кішки|кішку|котик|собачка|цуценя|пес|папуга|"
    r"perro|perra|perrito|perrita|perros|gato|gata|gatito|gatita|gatos|mascota|conejo|loro)\b"
)
_ACCOUNT = re.compile(
    r"\b(password|passwords|passcode|login|username|2fa|"
    r"пароль|пароля|паролем|паролі|логин|логина|логін|логіна|"
    r"contrasena|contrasenas)\b"
)


def off_topic_subject(text: str) -> bool:
    """The message is about an animal or a password (the caller checks for substance words)."""
    folded = fold(text)
    return _ANIMAL.search(folded) is not None or _ACCOUNT.search(folded) is not None


# An everyday frame: a street word that is also an everyday word ("фен для волос", "закладка для
# книги", "соль в тесто", "сіль для ванни з лавандою", "pipas de girasol", "speed test") is used
# innocently when the rest of the message is about the household, cooking, the garden, beauty,
# sewing, pets, a phone or the internet, or school, and nothing in it is about drugs, using,
# doses, highs or health after use ("можно ли фен с алкоголем", "где закладки безопаснее" stay
# drug questions).
_EVERYDAY = re.compile(
    r"\b("
    # en: cooking, household, beauty, crafts, garden, tech, school, sports, weather
    r"recipe\w*|bak(e|es|ed|ing)|dough|pizza\w*|bread|cake\w*|cookie\w*|soup|oven|flour|"
    r"hair\w*|hairdryer|blow\s*dry\w*|curl\w*|shampoo|nail\s+polish|makeup|lavender|essential\s+oil\w*|"
    r"soap|scrub|bookmark\w*|books|novel|sew\w*|knit\w*|crochet|thread|fabric|yarn|embroider\w*|"
    r"garden\w*|flower\w*|lawn\w*|mow\w*|seedling\w*|sunflower\w*|vegetable\w*|"
    r"internet|wi-?fi|router|broadband|speed\s*test|bandwidth|mbps|settings|notification\w*|"
    r"homework|school|teacher|essay|exam|football|soccer|weather|forecast|snowman|ice\s+cubes?|freezer|"
    r"risotto|pasta\s+sauce|omelet\w*|salad|curry|spice\s+rack|chocolate\s+bars?|guitar\w*|"
    r"phone\s+screen|screen\s+protector|laptop|browser|bike|bicycle|camping|tent|plant\s+pot\w*|"
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
    # uk
    r"тісто|тіста|тісті|піц\w*|хліб\w*|пиріг\w*|випічк\w*|духовк\w*|борошн\w*|"
    r"волосс\w*|зачіск\w*|манікюр\w*|шампун\w*|"
    r"книж\w*|своїми\s+руками|шитт\w*|шити|в'яза\w*|вишива\w*|нитк\w*|"
    r"садок|саду|квіт(и|ів|ка|ок|очк\w*)|газон\w*|косити|розсад\w*|соняшник\w*|насінн\w*|"
    r"сповіщен\w*|налаштуван\w*|роутер\w*|"
    r"домашн\w*\s+завданн\w*|домашк\w*|школ\w*|вчител\w*|погода|погоди|погоду|погоді|футбол\w*|"
    r"ремонт\w*|меблі\w*|вірш\w*|гітар\w*|пісн\w*|прибиран\w*|"
    # es
    r"cocinar|receta\s+de|masa\s+de|pizza\w*|pan|bizcocho\w*|pastel\w*|galleta\w*|horno|cocina\w*|harina|"
    r"cabello|pelo|secador\w*|plancha\s+de\s+pelo|champu|manicura|lavanda|jabon\w*|"
    r"libro\w*|marcapagina\w*|coser|costura|tejer|tejido|hilo|aguja\w*\s+de\s+(coser|tejer)|"
    r"jardin\w*|flores|cesped|maceta\w*|girasol\w*|semillas\s+de\s+girasol|"
    r"internet|wifi|router|megas|ajustes|configuracion|notificacion\w*|"
    r"tarea\w*|deberes|escuela|colegio|maestr[oa]|futbol|clima|lluvia|jaula|alpiste|plumas|"
    r"herradura|establo|veterinari\w*|hierbas\s+aromaticas|limpiar\s+(los\s+)?cristales|"
    r"guitarra\w*|cancion\w*|poema\w*|mueble\w*|"
    # coffee (never tea: poppy tea), presents and baby showers, plumbing ("stop drinking so much coffee",
    # "my sister is pregnant, what to buy for the baby", "the pipe under the sink cracked")
    r"coffee|espresso|latte|кофе|кава|каву|кави|cafe|"
    r"gift\w*|present\s+for|baby\s+shower|подар\w*|regal\w*|"
    r"plumb\w*|sink|faucet|раковин\w*|кран\w*|сантехник\w*|fregadero|lavabo|fontaner\w*|plomer\w*"
    r")\b"
)
# anything about drugs, using, doses, highs or health after use, and the plainly drug words
_DRUG_CONTEXT = re.compile(
    r"\b("
    r"drug\w*|dose\w*|dosage|overdos\w*|high(?!\s+school)|stoned|trip\w*|come\s*down|comedown|snort\w*|inject\w*|"
    r"alcohol|booze|drunk|withdraw\w*|addict\w*|safe|safer|safely|dangerous|dealer\w*|"
    r"нарк\w*|доз\w*|передоз\w*|кайф\w*|прет|преть|прух\w*|приход\w*|отходняк\w*|вмаз\w*|нюха\w*|"
    r"колоть|колюсь|колется|курить|покурить|употреб\w*|алкогол\w*|бухл\w*|ломк\w*|безопас\w*|опасн\w*|"
    r"закладчик\w*|барыг\w*|"
    r"нарк\w*|доз\w*|кайф\w*|пре|перло|вжива\w*|колоти|колюся|курити|покурити|алкогол\w*|ломк\w*|"
    r"безпеч\w*|небезпеч\w*|відходняк\w*|"
    r"droga\w*|dosis|sobredosis|colocon\w*|colocad\w*|pasad[oa]|subidon\w*|bajon\w*|consum\w*|"
    r"alcohol|esnif\w*|inyect\w*|fumar|(es|sera|seria)\s+segur[oa]|peligros\w*|dealer|camello|"
    # how long it stays or shows (a drug test), a test for drugs in hair, and the plain names of
    # the commonest substances
    r"держит\w*|держится|выводит\w*|виводит\w*|трима\w*|stay\w*\s+in|se\s+queda\w*|detect\w*|"
    r"hair\s+(follicle\s+)?test\w*|тест\w*\s+на\s+волос\w*|"
    r"cannabis|marijuana|weed|thc|cbd|heroin|cocaine|mdma|ketamine|meth|lsd|fentanyl|methadone|"
    r"naloxone|narcan|benzo\w*|xanax|syringe\w*|налоксон\w*|фентанил\w*|фентаніл\w*|метадон\w*|"
    r"бензо\w*|шприц\w*|naloxona|fentanilo|metadona|jeringa\w*|"
    r"героин\w*|кокаин\w*|мефедрон\w*|метадон\w*|амфетамин\w*|марихуан\w*|гашиш\w*|спайс\w*|"
    r"героїн\w*|кокаїн\w*|амфетамін\w*|"
    r"marihuana|mota|heroina|cocaina|"
    # medicines and health care
    r"pill\w*|prescri\w*|doctor\w*|hospital\w*|таблет\w*|рецепт\w*|врач\w*|больниц\w*|лікар\w*|"
    r"pastilla\w*|(sin|con)\s+receta|receta\s+medica|medic\w*"
    r")\b"
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
    r"фен|фена|фену|феном|соль|соли|солью|сіль|солі|сіллю|закладк\w*|мак|мака|маку|маком|"
    r"трав\w*|шишк\w*|бошк\w*|машинк\w*|кристалл\w*|кристал\w*|колес\w*|колеса|винт\w*|лед|льда|лёд|"
    r"снег\w*|сніг\w*|марк[аиу]|игл\w*|иголк\w*|голк\w*|"
    r"perico|pipa|pipas|speed|cristal\w*|crystal|aguja\w*|hielo|nieve|piedra\w*|chocolate|"
    # drinking is alcohol only without an everyday drink ("stop drinking so much coffee")
    r"drink|drinks|drinking|drank|пить|пью|пити|п'ю|beber|bebo|tomar|tomo|tomando|"
    r"needle\w*|ice|snow|grass|pot|tina|salt\w*|bath\s+salts?"
    r")\b"
)


# A lump on the body is not a cannabis bud: "вздулась шишка на месте укола", "ґуля/шишка на руці"
_BODY_LUMP = re.compile(r"\b(шишк\w*|шишечк\w*)\b", re.IGNORECASE)
_BODY_FRAME = re.compile(
    r"\b("
    r"укол\w*|уколу|ин[ъь]екц\w*|ін'?єкц\w*|вен[аеуы]|вені|рук[аеиу]|руці|ног[аеиу]|нозі|кож[аеиу]|шкір\w*|"
    r"гно\w*|гній|гнiй|опух\w*|набряк\w*|вздул\w*|здул\w*|покраснел\w*|почервонів\w*|почервоніл\w*|"
    r"болит|болить|горяч\w*|гаряч\w*|нарыв\w*|нарив\w*|сустав\w*|суглоб\w*|голов[аеуы]|лоб|лбу"
    r")\b"
)


def body_homonyms(text: str) -> tuple[str, list[str]]:
    """The text with lump words taken out when it is about the body ("шишка на месте укола"),
    and the words taken out; otherwise the text unchanged and no words."""
    if _BODY_LUMP.search(text) is None or _BODY_FRAME.search(fold(text)) is None:
        return text, []
    kept = [m.group(0) for m in _BODY_LUMP.finditer(text)]
    return _BODY_LUMP.sub(" ", text), kept


def is_homonym(word: str) -> bool:
    """The typed word is a street word that is also an everyday word ("фен", "pipas")."""
    return _HOMONYMS.fullmatch(fold(word).strip()) is not None


def without_homonyms(text: str) -> str:
    """The message with its everyday-homonym street words taken out (folded)."""
    return _HOMONYMS.sub(" ", fold(text))


def everyday_frame(text: str) -> bool:
    """The message is about an everyday matter and nothing in it is about drugs or using (the
    caller also checks that no substance is named but by an everyday homonym)."""
    folded = fold(text)
    if _DRUG_CONTEXT.search(folded) is not None:
        return False
    return _EVERYDAY.search(folded) is not None or (
        _TELEGRAM.search(folded) is not None and _PHONE_SETTING.search(folded) is not None
    )
