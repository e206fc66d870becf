#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes the hostile PDF decks beside this script, which the page-*.json lessons name.

deck-corrupt.pdf: a PDF header, then bytes that are no PDF. deck-truncated.pdf: a sound one-page deck cut
off before its cross-reference table and trailer. deck-encrypted.pdf: a deck locked by the standard security
handler with a user password that is not empty. deck-one-page.pdf: the sound deck, for page-out-of-range.json.
Run it again after changing it; the files are committed, so tests need no PDF tools.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def pdf(trailer_extra=b"", extra_objects=()):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 720 405] /Contents 4 0 R >>",
        b"<< /Length 29 >>\nstream\n0 0 1 rg 100 100 200 100 re f\nendstream",
    ] + list(extra_objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


sound = pdf()
write("deck-one-page.pdf", sound)
write("deck-truncated.pdf", sound[: sound.index(b"3 0 obj") + 20])
write("deck-corrupt.pdf", b"%PDF-1.7\n" + bytes((i * 37 + 11) % 256 for i in range(4000)))
# /O and /U that no empty password matches: the reader must ask for a password it cannot have.
encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> /P -44 >>"
write("deck-encrypted.pdf", pdf(b"/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ",
                                [encrypt]))
