#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compares two PNGs pixel by pixel (8-bit, no interlace, as Qt writes them): prints "identical", or the box
the differing pixels lie in. With a third argument, also how many channel values differ and by how much.
Usage: pngdiff.py A.png B.png [--values]"""
import struct, sys, zlib

def decode(path):
    data = open(path, 'rb').read()
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, t = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if t == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', chunk[:10])
        elif t == b'IDAT':
            idat += chunk
        pos += 12 + n
    bpp = {2: 3, 6: 4, 0: 1, 4: 2}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line)); prev = line
    return w, h, bpp, rows

wa, ha, ba, ra = decode(sys.argv[1]); wb, hb, bb, rb = decode(sys.argv[2])
if (wa, ha, ba) != (wb, hb, bb):
    print("size differs", (wa, ha, ba), (wb, hb, bb)); sys.exit(1)
box = None
for y in range(ha):
    if ra[y] != rb[y]:
        xs = [i // ba for i in range(len(ra[y])) if ra[y][i] != rb[y][i]]
        b = (min(xs), y, max(xs), y)
        box = b if box is None else (min(box[0], b[0]), min(box[1], y), max(box[2], b[2]), y)
print("identical" if box is None else f"differs in x {box[0]}..{box[2]}, y {box[1]}..{box[3]}")
if len(sys.argv) > 3:
    count = maxd = 0
    for y in range(ha):
        for i in range(len(ra[y])):
            d = abs(ra[y][i] - rb[y][i])
            if d: count += 1; maxd = max(maxd, d)
    print(f"{count} differing channel values, largest difference {maxd}")
