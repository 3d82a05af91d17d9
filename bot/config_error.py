"""The one exception every settings parser raises (a leaf module, so sections can import it)."""


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line an operator can act on."""
