"""What to do in an overdose, right now: the steps, with the right emergency number.

The steps are rendered from the gettext catalogs (compiled in memory at start) and kept as
ready HTML per language and region, so sending them needs neither the database nor anything
but the reply itself. The emergency number comes from ``content/regions.yaml``; with no region
known, the text names the common numbers and says to call the local one.
"""

from __future__ import annotations

import html
from collections import OrderedDict

from bot.directory.regions import Region, Regions, fold
from bot.i18n import N_, I18n, Translator

# Countries to offer first, by the person's language, before the alphabetical list.
SUGGESTED_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("us", "gb", "ca", "au"),
    "ru": ("ru", "ua", "kz", "by"),
    "uk": ("ua", "pl", "de", "cz"),
    "es": ("es", "mx", "ar", "co"),
}
# Chosen regions are remembered at most at this level (a city is too close to a person).
STORED_LEVELS = ("country", "province")

TITLE = N_("<b>Overdose: what to do now</b>")
NUMBER_KNOWN = N_("📞 Emergency number ({place}): <b>{number}</b>")
NUMBER_UNKNOWN = N_(
    "📞 Call your local emergency number: 112 in the EU and many other countries, "
    "911 in the US, Canada and Mexico."
)
GENERIC_NUMBER = N_(
    "your local emergency number (112 in the EU and many other countries, 911 in the US, "
    "Canada and Mexico)"
)
STEP_CALL_LOCAL = N_(
    "<b>2. Call the local emergency number.</b> Say the address first, then what you see "
    "(below). Put the phone on speaker so your hands are free."
)
STEP_CHECK = N_(
    "<b>1. Check.</b> Shout their name and rub your knuckles hard on their breastbone. "
    "Look and listen for breathing for 10 seconds. Signs of an opioid overdose: no response, "
    "slow or no breathing, snoring or gurgling, blue or grey lips and fingertips, tiny pupils."
)
STEP_CALL = N_(
    "<b>2. Call {number}.</b> Say the address first, then what you see (below). "
    "Put the phone on speaker so your hands are free."
)
STEP_NALOXONE = N_(
    "<b>3. Naloxone, if you have it.</b> Nasal spray: tilt the head back, put the nozzle in one "
    "nostril and press the plunger. Injection: into the muscle of the outer thigh or upper arm, "
    "through clothes is fine. No response after 2-3 minutes: give another dose. Naloxone only "
    "reverses opioids, but it does no harm to someone who took none, so if in doubt, give it."
)
STEP_BREATHE = N_(
    "<b>4. Breathe for them.</b> If they are not breathing or only gasping: on their back, tilt "
    "the head back, lift the chin, pinch the nose and give 1 breath every 5 seconds, watching "
    "the chest rise. If you know CPR, or the dispatcher tells you to, do chest compressions."
)
STEP_RECOVERY = N_(
    "<b>5. Recovery position.</b> If they breathe but do not wake up: roll them onto their side, "
    "top hand under the cheek, top knee bent, head tilted back so they cannot choke on vomit."
)
STEP_STAY = N_(
    "<b>6. Stay with them.</b> Naloxone wears off after 30-90 minutes and the overdose can come "
    "back. Keep watching their breathing until help arrives. No cold baths, no salt or other "
    'injections, and don\'t let them "sleep it off" alone.'
)
SEDATIVES = N_(
    "If they breathe again but stay very drowsy, a sedative may be mixed in (xylazine, "
    "medetomidine, benzos). Naloxone does not reverse these: keep them breathing and on their side."
)
STIMULANTS = N_(
    "<b>Stimulants</b> (cocaine, amphetamines, MDMA, cathinones): call for chest pain, a seizure, "
    "overheating, confusion or extreme agitation. Move them somewhere cool and quiet, cool them "
    "with wet cloths and a fan, give sips of water if they are awake. Speak calmly and stay "
    "close. Never hold them down. In a seizure, move hard things away and protect the head; "
    "afterwards, recovery position."
)
WHEN_CALLING = N_(
    "<b>When you call:</b> give the address first (street, number, entrance, floor). Then what "
    'you see: "someone is unconscious and not breathing", "they are having a seizure", '
    '"they are very hot and confused". You don\'t have to start with drugs. If the paramedics '
    "ask what was taken, telling them helps them treat the person; say if you gave naloxone."
)
LAW_KNOWN = N_("<b>Your protection:</b> {text}")
LAW_UNKNOWN = N_(
    "<b>The law:</b> protections for people who call for help in an overdose differ from place "
    "to place, so check local law. A life comes first: if you are afraid of the police, call "
    "anyway, give the address and stay with the person if you can."
)

# The short card: the number first, six numbered steps, everything else behind "More".
# At most CARD_MAX_CHARS characters in every language, so it fits one phone screen.
CARD_MAX_CHARS = 1300
CARD_NUMBER_KNOWN = N_("📞 <b>Call {number} now</b> ({place})")
CARD_NUMBER_UNKNOWN = N_(
    "📞 <b>Call the emergency number now:</b> 112 in the EU and many other countries, 911 in "
    "the US, Canada and Mexico."
)
CARD_TITLE = N_("<b>Overdose: what to do</b>")
CARD_CHECK = N_(
    "<b>1. Check.</b> Shout their name, rub your knuckles hard on their breastbone. Look and "
    "listen for breathing for 10 seconds."
)
CARD_CALL_KNOWN = N_(
    "<b>2. Call {number}.</b> Give the address first, then say what you see. "
    "Put the phone on speaker."
)
CARD_CALL_UNKNOWN = N_(
    "<b>2. Call the emergency number.</b> Give the address first, then say "
    "what you see. Put the phone on speaker."
)
CARD_NALOXONE = N_(
    "<b>3. Naloxone, if you have it:</b> spray into one nostril, or inject into the thigh or "
    "upper arm muscle. No response after 2-3 minutes: give another dose."
)
CARD_BREATHE = N_(
    "<b>4. Not breathing, or only gasping?</b> Head back, chin up, pinch the nose: 1 breath "
    "every 5 seconds."
)
CARD_RECOVERY = N_(
    "<b>5. Breathing but not waking up?</b> Roll them onto their side, top knee bent, head "
    "tilted back."
)
CARD_STAY = N_(
    "<b>6. Stay with them</b> until help arrives: the overdose can come back when naloxone "
    "wears off."
)
CARD_MORE = N_("Stimulants, sedatives, what to say on the phone and the law: press More.")
CARD_COUNTRY = N_("Tap your country below for its number, or type its name.")

_CACHE_SIZE = 2048


def join_numbers(tr: Translator, numbers: tuple[str, ...]) -> str:
    """ "112 or 103": the first number to call, then others that also reach an ambulance."""
    if not numbers:
        return tr._(GENERIC_NUMBER)
    text = numbers[0]
    for number in numbers[1:]:
        text = tr._("{first} or {second}", first=text, second=number)
    return text


class OverdoseGuide:
    """Pre-rendered overdose steps per (language, region), and the emergency number lookup.

    Available at runtime as ``services.features.emergency``.
    """

    def __init__(self, regions: Regions | None, i18n: I18n) -> None:
        self.regions = regions
        self.i18n = i18n
        self._rendered: OrderedDict[tuple[str | None, ...], str] = OrderedDict()
        for lang in i18n.languages:  # the no-database path is ready before the first update
            self.steps(lang, None)

    # -- the emergency number ----------------------------------------------------------------
    def numbers(self, region_id: str | None) -> tuple[str, ...]:
        if not region_id or self.regions is None:
            return ()
        return self.regions.emergency_numbers(region_id)

    def emergency_number(self, region_id: str | None, lang: str | None) -> str:
        """The number(s) to call, as text to put after "call": "112 or 103", or, with no
        region known, "your local emergency number (112 in the EU ..., 911 in ...)"."""
        return join_numbers(self.i18n.translator(lang), self.numbers(region_id))

    def region(self, region_id: str | None) -> Region | None:
        if not region_id or self.regions is None:
            return None
        return self.regions.get(region_id)

    def storable(self, region_id: str) -> str | None:
        """The region to remember for a chosen one: itself up to province level, else the
        nearest province or country above it (a city is never stored)."""
        if self.regions is None:
            return None
        for region in self.regions.ancestors(region_id):
            if region.level in STORED_LEVELS:
                return region.id
        return None

    # -- the card ------------------------------------------------------------------------------
    def card(self, lang: str | None, region_id: str | None, ask_country: bool = False) -> str:
        """The short emergency card (Telegram HTML): the number first, then six steps.

        With ``ask_country`` it ends by asking for the country (the buttons come with it)."""
        tr = self.i18n.translator(lang)
        region = self.region(region_id)
        key = ("card" + ("?" if ask_country else ""), tr.lang, region.id if region else None)
        text = self._rendered.get(key)
        if text is None:
            text = self._render_card(tr, region, ask_country)
            self._rendered[key] = text
            while len(self._rendered) > _CACHE_SIZE:
                self._rendered.popitem(last=False)
        return text

    def _render_card(self, tr: Translator, region: Region | None, ask_country: bool) -> str:
        numbers = self.numbers(region.id) if region else ()
        if numbers and region is not None:
            number = html.escape(join_numbers(tr, numbers))
            first = tr._(CARD_NUMBER_KNOWN, number=number, place=html.escape(region.name(tr.lang)))
            call = tr._(CARD_CALL_KNOWN, number=number)
        else:
            first = tr._(CARD_NUMBER_UNKNOWN)
            call = tr._(CARD_CALL_UNKNOWN)
        steps = [
            tr._(CARD_CHECK),
            call,
            tr._(CARD_NALOXONE),
            tr._(CARD_BREATHE),
            tr._(CARD_RECOVERY),
            tr._(CARD_STAY),
        ]
        tail = tr._(CARD_COUNTRY) if ask_country and not numbers else tr._(CARD_MORE)
        return "\n\n".join([first, tr._(CARD_TITLE), "\n".join(steps), "<i>" + tail + "</i>"])

    def details(self, lang: str | None, region_id: str | None) -> str:
        """Everything behind "More": the steps in full, other drugs, the call, the law."""
        return self.steps(lang, region_id)

    # -- the steps ---------------------------------------------------------------------------
    def steps(self, lang: str | None, region_id: str | None) -> str:
        """The whole overdose message (Telegram HTML), from memory after the first render."""
        tr = self.i18n.translator(lang)
        region = self.region(region_id)
        key = (tr.lang, region.id if region else None)
        text = self._rendered.get(key)
        if text is None:
            text = self._render(tr, region)
            self._rendered[key] = text
            while len(self._rendered) > _CACHE_SIZE:
                self._rendered.popitem(last=False)
        return text

    def _render(self, tr: Translator, region: Region | None) -> str:
        numbers = self.numbers(region.id) if region else ()
        if numbers and region is not None:
            number_line = tr._(
                NUMBER_KNOWN,
                place=html.escape(region.name(tr.lang)),
                number=html.escape(join_numbers(tr, numbers)),
            )
            call_number = html.escape(join_numbers(tr, numbers))
        else:
            number_line = tr._(NUMBER_UNKNOWN)
            call_number = ""
        law = self.regions.good_samaritan(region.id, tr.lang) if region and self.regions else None
        law_line = tr._(LAW_KNOWN, text=html.escape(law)) if law else tr._(LAW_UNKNOWN)
        parts = [
            tr._(TITLE),
            number_line,
            tr._(STEP_CHECK),
            tr._(STEP_CALL, number=call_number) if call_number else tr._(STEP_CALL_LOCAL),
            tr._(STEP_NALOXONE),
            tr._(STEP_BREATHE),
            tr._(STEP_RECOVERY),
            tr._(STEP_STAY),
            tr._(SEDATIVES),
            tr._(STIMULANTS),
            tr._(WHEN_CALLING),
            law_line,
        ]
        return "\n\n".join(parts)

    # -- choosing a country ------------------------------------------------------------------
    def countries(self, lang: str | None) -> list[Region]:
        """Countries in the person's language's alphabetical order, suggested ones first."""
        if self.regions is None:
            return []
        tr = self.i18n.translator(lang)
        roots = self.regions.roots()
        ordered = sorted(roots, key=lambda r: _sort_key(r.name(tr.lang)))
        first = [self.regions.get(c) for c in SUGGESTED_COUNTRIES.get(tr.lang, ())]
        suggested = [r for r in first if r is not None]
        return suggested + [r for r in ordered if r not in suggested]

    def match(self, text: str, lang: str | None, limit: int = 5) -> list[tuple[Region, float]]:
        """Regions a typed name may mean (countries, provinces, cities), best first."""
        if self.regions is None:
            return []
        return self.regions.search(text, lang, limit=limit, min_score=75.0)

    def label(self, region: Region, lang: str | None) -> str:
        """A region's name for a button: "Vancouver (Canada)" below country level."""
        tr = self.i18n.translator(lang)
        name = region.name(tr.lang)
        if region.level != "country" and self.regions is not None:
            country = self.regions.country_of(region.id)
            if country is not None and country.id != region.id:
                name = f"{name} ({country.name(tr.lang)})"
        return name


def _sort_key(name: str) -> str:
    # Accents stripped (Émirats next to Egipto); Ukrainian є/і/ї next to their neighbours.
    return fold(name).replace("є", "е").replace("і", "и")
