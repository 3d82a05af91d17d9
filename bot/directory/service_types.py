"""The service types, apart from the directory's loader (``bot.directory.services`` re-exports
them): the bot's handlers and the finder need the vocabulary at start, the loader (and its YAML
reader) only once the directory loads, after the first poll (issue 14, a light start)."""

from __future__ import annotations

from bot.i18n import N_

# The fixed vocabulary of service types (documented in content/README.md). Order = display order.
TYPES: dict[str, str] = {
    "syringe-services": N_("Syringe services"),
    "naloxone": N_("Naloxone"),
    "drug-checking": N_("Drug checking"),
    "supervised-consumption": N_("Supervised consumption"),
    "opioid-agonist-therapy": N_("Opioid agonist therapy"),
    "hiv-testing": N_("HIV testing"),
    "hepatitis-testing-treatment": N_("Hepatitis testing and treatment"),
    "prep-pep": N_("PrEP and PEP"),
    "wound-care": N_("Wound care"),
    "sexual-health": N_("Sexual health"),
    "peer-support": N_("Peer support"),
    "mental-health": N_("Mental health"),
    "shelter": N_("Shelter"),
    "food": N_("Food"),
    "legal-aid": N_("Legal aid"),
}
