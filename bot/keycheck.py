"""Refuse secret keys an attacker could guess: public ones and ones with too little entropy.

Everything the bot stores is protected by ``HRBOT_SECRET_KEY``: ids are keyed hashes, chat ids
and texts are sealed, buttons and webhook requests are signed with keys derived from it. A key
that is public (the example file's placeholder, a test key) or guessable (one letter repeated)
gives all of that away. Two rules:

* **Public keys.** A key is public when it appears in this project's repository. An installed
  package does not carry the repository (tests, ``deploy/``, docs), so "appears in the
  repository" is checked two ways: ``PUBLIC_VALUES`` below lists every key-looking value of the
  repository's text files outside the ``bot`` package (a test, ``tests/foundation/test_keycheck.py``,
  scans the checkout and fails when a new one is missing), and at start the key is looked for in
  the text files of the ``bot`` package itself and, when the bot runs from a source checkout,
  in every text file of that checkout. A key that merely *contains* a public value is judged on
  what remains after removing it.
* **Entropy.** The key's strength is estimated like a password cracker would attack it: a
  character that repeats the previous one, continues a run (``abc``, ``321``) or starts a copy
  of an earlier stretch costs almost nothing; any other character costs ``log2`` of the
  alphabet its character classes span. At least ``MIN_BITS`` are needed. ``secrets.token_urlsafe(32)``
  scores far above it; 48 copies of one letter score a few bits.
"""

from __future__ import annotations

import math
import os
import string
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

MIN_LENGTH = 32
MIN_BITS = 96
GENERATE_HINT = "generate one with: python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"

# Key-looking values (32+ characters of letters, digits, '-' and '_') found in the repository's
# text files outside the package: placeholders, test and benchmark keys and tokens. Keep sorted.
PUBLIC_VALUES: frozenset[str] = frozenset(
    {
        "AAH-bench-token-0123456789abcdefghijklm",
        "AAH-image-check-0123456789abcdefghijk",
        "another-strong-secret-Qm3v9XkT2pLw8RzN5bYc7HdJ4fGs6Ae1",
        "bench-secret-Qm3v9XkT2pLw8RzN5bYc7HdJ4fGs6Ae1xU0",
        "AAH-some-other-token-abcdefghijklmno",
        "AAH-test-token-0123456789abcdefghijklm",
        "ZZZ-another-token-abcdefghijklmnopqrs",
        "a-secret-key-that-is-at-least-32-chars-long",
        "another-random-string-of-letters-digits-_-",
        "bench-secret-key-which-is-long-enough-0123456789",
        "replace-with-a-long-random-secret",
        "replace-with-the-token-from-BotFather",
        "test-secret-key-which-is-long-enough-0123456789",
    }
)

_TEXT_SUFFIXES = {
    ".py",
    ".md",
    ".txt",
    ".toml",
    ".yaml",
    ".yml",
    ".json",
    ".sql",
    ".po",
    ".pot",
    ".env",
    ".example",
    ".service",
    ".cfg",
    ".ini",
    ".html",
    ".js",
    ".css",
    ".sh",
    "",
}
_SKIP_DIRS = {
    ".git",
    "__pycache__",
    "node_modules",
    ".venv",
    "venv",
    "data",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "build",
    "dist",
}
_MAX_FILE_BYTES = 2_000_000


class WeakKeyError(ValueError):
    """The key is public or guessable; the message is one line saying why and what to do."""


def _class_alphabet(chars: Iterable[str]) -> int:
    size = 0
    seen = set(chars)
    if seen & set(string.ascii_lowercase):
        size += 26
    if seen & set(string.ascii_uppercase):
        size += 26
    if seen & set(string.digits):
        size += 10
    if seen & set(string.punctuation + " "):
        size += 33
    if any(not c.isascii() for c in seen):
        size += 100
    return max(size, 2)


def estimate_bits(key: str) -> float:
    """A conservative estimate of the key's entropy in bits (see the module docstring)."""
    if not key:
        return 0.0
    per_char = math.log2(_class_alphabet(key))
    # The key's own character distribution bounds the cost per character too: a key drawn from
    # three letters cannot hold more than log2(3) bits per character, whatever classes they span.
    counts: dict[str, int] = {}
    for c in key:
        counts[c] = counts.get(c, 0) + 1
    shannon = -sum(n / len(key) * math.log2(n / len(key)) for n in counts.values())
    per_char = min(per_char, max(shannon, 0.0) + 1.0)
    bits = 0.0
    i = 0
    while i < len(key):
        # A run that repeats one character or steps evenly through neighbours (aaaa, abcd,
        # 9876) costs only its length: a guesser tries those first.
        if i + 1 < len(key) and abs(ord(key[i + 1]) - ord(key[i])) <= 1:
            step = ord(key[i + 1]) - ord(key[i])
            j = i + 1
            while j + 1 < len(key) and ord(key[j + 1]) - ord(key[j]) == step:
                j += 1
            if j - i >= 2:
                bits += per_char + math.log2(j - i + 1)
                i = j + 1
                continue
        # The longest earlier stretch this position copies (at least 3 characters).
        longest = 0
        for length in range(3, len(key) - i + 1):
            if key[i : i + length] in key[:i]:
                longest = length
            else:
                break
        if longest:
            bits += math.log2(i + 1) + math.log2(longest + 1)
            i += longest
            continue
        bits += per_char
        i += 1
    return bits


@lru_cache(maxsize=1)
def _text_files() -> tuple[Path, ...]:
    """The package's text files, and a source checkout's when the package runs from one."""
    package = Path(__file__).resolve().parent
    roots = [package]
    checkout = package.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / ".git").exists():
        roots = [checkout]
    # os.scandir, not Path.iterdir: its entries know whether they are folders or links without
    # a stat each (every ``hrbot run`` walks a checkout's ~700 text files: issue 14).
    found: list[Path] = []
    for root in roots:
        stack = [str(root)]
        while stack:
            folder = stack.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = list(listing)
            except OSError:
                continue
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    if entry.name not in _SKIP_DIRS and not entry.is_symlink():
                        stack.append(entry.path)
                elif os.path.splitext(entry.name)[1] in _TEXT_SUFFIXES or entry.name.endswith(
                    ".example"
                ):
                    found.append(Path(entry.path))
    return tuple(found)


def appears_in_repository(key: str) -> Path | None:
    """The first shipped or checked-out text file that contains ``key``, if any."""
    needle = key.encode("utf-8")
    for path in _text_files():
        try:
            with open(path, "rb") as file:
                if os.fstat(file.fileno()).st_size > _MAX_FILE_BYTES:
                    continue
                if needle in file.read():
                    return path
        except OSError:
            continue
    return None


def check_entropy(key: str, name: str = "HRBOT_SECRET_KEY") -> None:
    """Raise WeakKeyError if the key is too short or guessable (no repository look-up)."""
    if len(key) < MIN_LENGTH:
        raise WeakKeyError(f"{name} must be at least {MIN_LENGTH} characters long; {GENERATE_HINT}")
    bits = estimate_bits(key)
    if bits < MIN_BITS:
        raise WeakKeyError(
            f"{name} is too easy to guess (about {bits:.0f} bits of entropy, {MIN_BITS} needed: "
            f"repeated or sequential characters count for little); {GENERATE_HINT}"
        )


def check_secret(key: str, name: str = "HRBOT_SECRET_KEY") -> None:
    """Raise WeakKeyError (one line) if ``key`` must not protect real people's data."""
    stripped = key.strip()
    if stripped in PUBLIC_VALUES:
        what = (
            "the example file's placeholder"
            if "replace-with" in stripped
            else "a value published in the project's repository"
        )
        raise WeakKeyError(
            f"{name} is {what}, so anyone can derive every key from it; {GENERATE_HINT}"
        )
    if len(stripped) < MIN_LENGTH:
        raise WeakKeyError(f"{name} must be at least {MIN_LENGTH} characters long; {GENERATE_HINT}")
    check_entropy(stripped, name)
    found = appears_in_repository(stripped)
    if found is not None:
        raise WeakKeyError(
            f"{name} appears in the project's files ({found.name}), so anyone can derive every key from it; {GENERATE_HINT}"
        )
    # A key built around a public value is judged on the rest.
    rest = stripped
    for value in sorted(PUBLIC_VALUES, key=len, reverse=True):
        rest = rest.replace(value, "")
    if rest != stripped and estimate_bits(rest) < MIN_BITS:
        raise WeakKeyError(
            f"{name} is too easy to guess (a published value plus little else); {GENERATE_HINT}"
        )
