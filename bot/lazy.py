"""A module imported on first use, for the heavy libraries that the bot's start does not need.

``np = lazy_module("numpy", globals(), "np")`` (with ``import numpy as np`` under
``TYPE_CHECKING`` for the type checker): the first attribute read imports numpy and puts the
real module in the caller's namespace in place of the stand-in, so later reads cost nothing.
numpy alone is about 0.1 s of the start (issue 14, a light start), and neither the
emergency rules nor /start, /help or /overdose use it.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for a module until its first attribute is read."""

    def __init__(self, name: str, namespace: dict[str, Any], alias: str) -> None:
        self._name = name
        self._namespace = namespace
        self._alias = alias

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name)
        self._namespace[self._alias] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str, namespace: dict[str, Any], alias: str) -> Any:
    return LazyModule(name, namespace, alias)
