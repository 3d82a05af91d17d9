"""The Markdown subset topic bodies are written in, rendered to Telegram HTML.

Supported (documented for authors in content/README.md):

* paragraphs separated by a blank line (lines inside a paragraph are joined with a space);
* ``**bold**`` and ``*italic*``, opened and closed on the same line;
* ``[link text](https://example.org)`` (http and https only);
* bullet lists (lines starting with ``- ``) and numbered lists (``1. ``);
* ``\\*``, ``\\[`` ... for a literal character.

Everything else is escaped, never interpreted: a ``<`` is shown as ``<``. Headings, HTML, tables,
images, code blocks and quotes are reported as problems so authors know they will not work.

``render`` returns HTML blocks (one per paragraph or list) plus the problems found, each with
its line (0-based within the body) and column. ``fit`` joins blocks into one message that never
exceeds Telegram's 4,096-character limit, cutting cleanly (tags closed) when it must.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass

TELEGRAM_LIMIT = 4096
ESCAPABLE = set("\\*_[]()#-.!`>|+")

_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
_BROKEN_LINK = re.compile(r"\[[^\[\]\n]*\]\(")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")
_TABLE = re.compile(r"^\s*\|.*\|\s*$")
_BULLET = re.compile(r"^(\s*)[-*+•]\s+(.*)$")
_NUMBERED = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_QUOTE = re.compile(r"^\s*>")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")


@dataclass(frozen=True)
class MarkdownProblem:
    line: int  # 0-based line within the text
    column: int  # 1-based
    message: str


def esc(text: str) -> str:
    """Escape text for Telegram HTML (``<``, ``>``, ``&``; quotes too, harmlessly)."""
    return html.escape(text, quote=True)


_SPECIAL = re.compile(r"[\\!\[*]")


def _inline(text: str, line: int, col0: int, problems: list[MarkdownProblem]) -> str:
    """One line of inline Markdown to HTML; problems are recorded with their column."""
    out: list[str] = []
    stack: list[tuple[str, int, int]] = []  # (marker, index in out, column)
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c not in "\\![*":
            # A run of ordinary characters, escaped at once (not one character at a time).
            special = _SPECIAL.search(text, i)
            j = special.start() if special else n
            out.append(esc(text[i:j]))
            i = j
            continue
        if c == "\\" and i + 1 < n and text[i + 1] in ESCAPABLE:
            out.append(esc(text[i + 1]))
            i += 2
            continue
        if c == "!" and text.startswith("![", i):
            problems.append(
                MarkdownProblem(
                    line, col0 + i + 1, "images are not supported; use a link: [text](https://...)"
                )
            )
        if c == "[":
            match = _LINK.match(text, i)
            if match:
                label, url = match.group(1), match.group(2)
                if not re.match(r"^https?://[^\s/$.?#][^\s]*$", url):
                    problems.append(
                        MarkdownProblem(
                            line,
                            col0 + match.start(2) + 1,
                            f"a link must start with https:// or http:// (got `{url}`)",
                        )
                    )
                    out.append(esc(label))
                else:
                    out.append(f'<a href="{esc(url)}">{esc(_plain(label))}</a>')
                i = match.end()
                continue
            if _BROKEN_LINK.match(text, i):
                problems.append(
                    MarkdownProblem(
                        line,
                        col0 + i + 1,
                        "this link is not closed; write it as [text](https://...) on one line",
                    )
                )
            out.append(esc(c))
            i += 1
            continue
        if c == "*":
            marker = "**" if text.startswith("**", i) else "*"
            size = len(marker)
            before = text[i - 1] if i > 0 else " "
            after = text[i + size] if i + size < n else " "
            open_markers = [m for m, _, _ in stack]
            if stack and stack[-1][0] == marker and not before.isspace():
                _, start, _ = stack.pop()
                tag = "b" if marker == "**" else "i"
                inner = "".join(out[start:])
                del out[start:]
                out.append(f"<{tag}>{inner}</{tag}>" if inner else "")
            elif marker in open_markers and not before.isspace():
                problems.append(
                    MarkdownProblem(
                        line,
                        col0 + i + 1,
                        "bold and italic overlap here; close the inner one first, like **bold *and italic***",
                    )
                )
                out.append(esc(marker))
            elif not after.isspace():
                stack.append((marker, len(out), col0 + i + 1))
            else:
                out.append(esc(marker))
            i += size
            continue
        out.append(esc(c))
        i += 1
    for marker, start, column in reversed(stack):
        what = "bold (**)" if marker == "**" else "italic (*)"
        problems.append(
            MarkdownProblem(
                line,
                column,
                f"{what} is opened here but not closed on the same line; write \\* for a literal asterisk",
            )
        )
        out.insert(start, esc(marker))
    return "".join(out)


def _plain(label: str) -> str:
    return label.replace("**", "").replace("\\", "")


def render(text: str) -> tuple[list[str], list[MarkdownProblem]]:
    """Render a body: HTML blocks (paragraphs, lists) and the problems found.

    Results are remembered by text: the loader checks a body, the loader's length check and
    every reply show it again, and each would otherwise render it anew.
    """
    blocks, problems = _render_cached(text)
    return list(blocks), list(problems)


@functools.lru_cache(maxsize=4096)
def _render_cached(text: str) -> tuple[tuple[str, ...], tuple[MarkdownProblem, ...]]:
    blocks, problems = _render(text)
    return tuple(blocks), tuple(problems)


def _render(text: str) -> tuple[list[str], list[MarkdownProblem]]:
    problems: list[MarkdownProblem] = []
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()
        if items:
            blocks.append("\n".join(items))
            items.clear()

    for number, raw in enumerate(text.splitlines()):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if _FENCE.match(line):
            problems.append(MarkdownProblem(number, 1, "code blocks are not supported"))
            continue
        if _HEADING.match(line):
            problems.append(
                MarkdownProblem(
                    number,
                    line.index("#") + 1,
                    "headings (#) are not supported; use **bold** on its own line",
                )
            )
            line = line.lstrip().lstrip("#").strip()
            if not line:
                continue
        if _TABLE.match(line):
            problems.append(MarkdownProblem(number, 1, "tables are not supported; use a list"))
        if _RULE.match(line):
            problems.append(
                MarkdownProblem(number, 1, "horizontal rules are not supported; use a blank line")
            )
            continue
        if _QUOTE.match(line):
            problems.append(
                MarkdownProblem(number, line.index(">") + 1, "quotes (>) are not supported")
            )
        for tag in _HTML_TAG.finditer(line):
            problems.append(
                MarkdownProblem(
                    number,
                    tag.start() + 1,
                    f"HTML such as `{tag.group(0)[:30]}` is not allowed; it would be shown as typed",
                )
            )
        bullet = _BULLET.match(line)
        numbered = None if bullet else _NUMBERED.match(line)
        if bullet:
            if paragraph:
                blocks.append(" ".join(paragraph))
                paragraph.clear()
            indent = "  " if bullet.group(1) else ""
            col0 = len(line) - len(bullet.group(2))
            items.append(f"{indent}• {_inline(bullet.group(2), number, col0, problems)}")
            continue
        if numbered:
            if paragraph:
                blocks.append(" ".join(paragraph))
                paragraph.clear()
            indent = "  " if numbered.group(1) else ""
            col0 = len(line) - len(numbered.group(3))
            items.append(
                f"{indent}{numbered.group(2)}. {_inline(numbered.group(3), number, col0, problems)}"
            )
            continue
        stripped = line.lstrip()
        rendered = _inline(stripped, number, len(line) - len(stripped), problems)
        if items:  # a continuation line of the last list item
            items[-1] += " " + rendered
        else:
            paragraph.append(rendered)
    flush()
    return blocks, problems


def to_html(text: str) -> str:
    blocks, _ = render(text)
    return "\n\n".join(blocks)


# -- length ------------------------------------------------------------------------------------
_TAG = re.compile(r"<(/?)([a-z]+)(?:\s[^>]*)?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.IGNORECASE)


def visible_length(fragment: str) -> int:
    """The length Telegram counts: text without tags, an entity as one character (UTF-16)."""
    if "<" not in fragment and "&" not in fragment:
        return _utf16(fragment)
    # Tags count nothing and an entity counts one: drop both, then add one per entity (group 1
    # of a match is "&" for an entity, empty for a tag). No Python code runs per match (a
    # callback or a template with a group would, on every tag of every translation).
    matches = _VISIBLE.findall(fragment)
    if not matches:
        return _utf16(fragment)
    return _utf16(_VISIBLE.sub("", fragment)) + matches.count("&")


def visible_length_above(fragment: str, limit: int) -> int | None:
    """``visible_length(fragment)`` if it is above ``limit``, else None. Tags and entities only
    shorten a fragment, so its raw length decides most cases without reading its markup."""
    if _utf16(fragment) <= limit:
        return None
    size = visible_length(fragment)
    return size if size > limit else None


# _TAG with the entity's "&" as group 1 (same matches, in the same order).
_VISIBLE = re.compile(r"</?[a-z]+(?:\s[^>]*)?>|(&)(?:[a-z]+|#\d+|#x[0-9a-f]+);", re.IGNORECASE)


def _utf16(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def truncate(fragment: str, limit: int, ellipsis: str = "…") -> str:
    """Cut an HTML fragment to at most ``limit`` visible characters, closing open tags."""
    if visible_length(fragment) <= limit:
        return fragment
    budget = max(0, limit - len(ellipsis))
    out: list[str] = []
    open_tags: list[str] = []
    pos = 0
    for match in [*_TAG.finditer(fragment), None]:
        end = match.start() if match else len(fragment)
        chunk = fragment[pos:end]
        if chunk:
            size = _utf16(chunk)
            if size > budget:
                cut = chunk[:budget]
                while _utf16(cut) > budget:
                    cut = cut[:-1]
                cut = cut.rsplit(" ", 1)[0] if " " in cut[-20:] else cut
                out.append(cut)
                budget = 0
                break
            out.append(chunk)
            budget -= size
        if match is None:
            break
        token = match.group(0)
        if token.startswith("&"):
            if budget < 1:
                break
            out.append(token)
            budget -= 1
        elif match.group(1):
            if open_tags and open_tags[-1] == match.group(2).lower():
                open_tags.pop()
            out.append(token)
        else:
            open_tags.append(match.group(2).lower())
            out.append(token)
        pos = match.end()
    text = "".join(out).rstrip()
    # drop a tag opened at the very end with nothing inside
    for tag in reversed(open_tags):
        if text.endswith(f"<{tag}>") or re.search(rf"<{tag}(\s[^>]*)?>$", text):
            text = re.sub(rf"<{tag}(\s[^>]*)?>$", "", text)
        else:
            text += f"</{tag}>"
    return text + ellipsis


def fit(
    parts: list[str], limit: int = TELEGRAM_LIMIT, separator: str = "\n\n", keep_last: int = 0
) -> str:
    """Join HTML blocks into one message of at most ``limit`` visible characters.

    The last ``keep_last`` parts (for example the sources) are always kept; blocks in the
    middle are dropped or cut from the end, marked with an ellipsis.
    """
    text = separator.join(p for p in parts if p)
    if visible_length(text) <= limit:
        return text
    tail = [p for p in parts[len(parts) - keep_last :] if p] if keep_last else []
    head = [p for p in (parts[: len(parts) - keep_last] if keep_last else parts) if p]
    tail_text = separator.join(tail)
    reserve = visible_length(tail_text) + (_utf16(separator) if tail else 0)
    if reserve > limit // 2:  # the tail itself is too long: cut it too
        tail_text = truncate(tail_text, limit // 2)
        reserve = visible_length(tail_text) + _utf16(separator)
    budget = limit - reserve
    kept: list[str] = []
    used = 0
    for part in head:
        size = visible_length(part) + (_utf16(separator) if kept else 0)
        if used + size <= budget:
            kept.append(part)
            used += size
            continue
        room = budget - used - (_utf16(separator) if kept else 0)
        if room > 40:
            kept.append(truncate(part, room))
        elif kept:
            kept[-1] = truncate(kept[-1], visible_length(kept[-1]) - 1)
        break
    body = separator.join(kept)
    return body + (separator + tail_text if tail_text else "")
