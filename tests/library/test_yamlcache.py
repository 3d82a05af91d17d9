"""The parsed-file cache gives exactly what a fresh parse gives, and re-parses what changed."""

from __future__ import annotations

import pickle
from pathlib import Path

from bot import yamlcache, yamlstrict


def _same(a: yamlstrict.Document, b: yamlstrict.Document) -> None:
    assert a.data == b.data
    assert a.marks == b.marks
    assert a.raw == b.raw
    assert [str(p) for p in a.problems] == [str(p) for p in b.problems]
    assert a.errors == b.errors


def test_cached_equals_fresh_and_follows_edits(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    path = tmp_path / "t.yaml"
    path.write_text("id: x\nanswer: no\nlist: [1, 2]\nid: y\n", encoding="utf-8")
    fresh = yamlstrict.load(path, "topics/t.yaml")
    assert fresh.problems  # the duplicate key is reported
    first = yamlcache.load(path, "topics/t.yaml", folder)
    second = yamlcache.load(path, "topics/t.yaml", folder)
    _same(fresh, first)
    _same(fresh, second)
    assert len(list(folder.rglob("*.pickle"))) == 1
    # the same text under another name is another entry (problems carry the name)
    other = yamlcache.load(path, "elsewhere.yaml", folder)
    assert all(p.file == "elsewhere.yaml" for p in other.problems)
    # an edit is parsed again
    path.write_text("id: z\n", encoding="utf-8")
    edited = yamlcache.load(path, "topics/t.yaml", folder)
    assert edited.data == {"id": "z"} and not edited.problems


def test_unreadable_files_report_as_without_cache(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"id: \xff\xfe\n")
    got = yamlcache.load(path, "bad.yaml", tmp_path / "cache")
    assert [str(p) for p in got.problems] == [
        str(p) for p in yamlstrict.load(path, "bad.yaml").problems
    ]


def test_foreign_entries_are_never_unpickled(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    path = tmp_path / "t.yaml"
    path.write_text("id: x\n", encoding="utf-8")
    yamlcache.load(path, "t.yaml", folder)
    (entry,) = folder.rglob("*.pickle")

    class Evil:
        def __reduce__(self):
            return (Path.touch, (tmp_path / "pwned",))

    entry.write_bytes(pickle.dumps(Evil()))
    got = yamlcache.load(path, "t.yaml", folder)
    assert got.data == {"id": "x"}
    assert not (tmp_path / "pwned").exists()
