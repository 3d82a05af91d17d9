"""Short labels for the codes of the alert model, for buttons and moderators' summaries.

The card subscribers receive has its own, longer wording (``bot.alerts.card``); these are
what fits on a button. All are ``N_`` msgids, translated with ``tr._()`` when shown.
"""

from __future__ import annotations

from bot.i18n import N_, Translator

SEVERITY_BUTTONS = {
    "information": N_("ℹ️ Information"),
    "caution": N_("⚠️ Caution"),
    "warning": N_("🚨 Warning (urgent)"),
}

SEVERITY_HELP = {
    "information": N_("Information: worth knowing, no sign of immediate danger."),
    "caution": N_("Caution: something unexpected or stronger than usual; people should take care."),
    "warning": N_(
        "Warning: people are overdosing or a very dangerous substance was found. Sent first."
    ),
}

SUBSTANCE_BUTTONS = {
    "fentanyl": N_("Fentanyl"),
    "fentanyl-analogues": N_("Fentanyl analogues"),
    "carfentanil": N_("Carfentanil"),
    "nitazenes": N_("Nitazenes"),
    "xylazine": N_("Xylazine"),
    "medetomidine": N_("Medetomidine"),
    "bromazolam": N_("Bromazolam"),
    "benzodiazepines": N_("Benzodiazepines"),
    "levamisole": N_("Levamisole"),
    "pmma": N_("PMMA"),
    "high-dose-mdma": N_("High-dose MDMA"),
    "cathinones": N_("Synthetic cathinones"),
    "synthetic-cannabinoids": N_("Synthetic cannabinoids"),
    "ketamine": N_("Ketamine"),
    "methamphetamine": N_("Methamphetamine"),
    "cocaine": N_("Cocaine"),
    "heroin": N_("Heroin"),
    "mdma": N_("MDMA"),
    "unknown": N_("Unknown"),
}

# What things are usually sold as: offered first when the reporter says what it was sold as.
SOLD_AS_CHOICES = (
    "heroin",
    "cocaine",
    "mdma",
    "ketamine",
    "methamphetamine",
    "cathinones",
    "benzodiazepines",
    "synthetic-cannabinoids",
    "fentanyl",
    "unknown",
)

EVIDENCE_BUTTONS = {
    "lab": N_("Lab analysis"),
    "ftir": N_("FTIR drug checking"),
    "test-strip": N_("Test strip"),
    "reagent": N_("Reagent test"),
    "overdose-cluster": N_("Several overdoses"),
    "peer-report": N_("A single peer report"),
}

ADVICE_BUTTONS = {
    "carry-naloxone": N_("Carry naloxone"),
    "more-naloxone": N_("More naloxone may be needed"),
    "dont-use-alone": N_("Don't use alone"),
    "start-low": N_("Start low, go slow"),
    "test-your-drugs": N_("Test your drugs"),
    "space-doses": N_("Space out doses"),
    "avoid-mixing": N_("Avoid mixing"),
    "wound-care": N_("Look after wounds"),
    "stay-cool-hydrated": N_("Stay cool, sip water"),
    "seek-help-early": N_("Call for help early"),
}

STATE_LABELS = {
    "draft": N_("draft"),
    "pending": N_("waiting for review"),
    "approved": N_("approved"),
    "rejected": N_("rejected"),
    "retracted": N_("withdrawn"),
    "expired": N_("expired"),
}

REJECT_REASONS = {
    "evidence": N_("Not enough evidence yet"),
    "duplicate": N_("Already covered by another alert"),
    "unclear": N_("Unclear or incomplete"),
    "identifying": N_("Contains something that could identify a person"),
    "other": N_("Another reason"),
}


def substance(tr: Translator, code: str) -> str:
    label = SUBSTANCE_BUTTONS.get(code)
    return tr._(label) if label else code


def label(tr: Translator, table: dict[str, str], code: str) -> str:
    value = table.get(code)
    return tr._(value) if value else code
