#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The lesson schema and the validator agree on what a lesson is.

Every shipped lesson must pass docs/lesson.schema.json (Debian's python3-jsonschema, draft 2020-12).
Every file in tests/data/bad/ must fail `stoppunkt --validate` with exit code 1, and must fail the schema
too, except the few rules a schema cannot express (listed below, with why).
Usage: check_corpus.py STOPPUNKT ROOT
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

import jsonschema

# Rules that need more than one value, the file system, or the raw text: only the validator sees them.
SCHEMA_CANNOT = {
    "answer-out-of-range.json": "the answer is compared with the number of options",
    "stops-out-of-order.json": "stop times are compared with each other",
    "stops-duplicate-id.json": "ids are compared with each other",
    "stops-same-time.json": "stop times are compared with each other",
    "stops-bad-time.json": "minutes and seconds below 60 need arithmetic",
    "question-missing-stop.json": "a reference to another part of the lesson",
    "question-missing-film.json": "a reference to another part of the lesson",
    "segment-ends-before-it-starts.json": "stop order across references",
    "media-missing.json": "whether a file exists",
    "media-escapes.json": "where a relative path leads",
    "media-folder.json": "whether a path is a regular file",
    "syntax-duplicate-key.json": "JSON readers keep the last of two equal keys; only the raw text shows both",
    "question-answer-out-of-range.json": "the answer is compared with the number of options",
    "table-row-too-short.json": "each row's length is compared with the number of columns",
    "matrix-quadrant-twice.json": "quadrants are compared with each other",
    "chart-value-above-max.json": "values are compared with \"max\"",
    "chart-values-count.json": "each category's values are compared with the number of series",
    "summary-lesson-missing.json": "whether a file exists",
    "stops-beyond-24-hours.json": "hours, minutes and seconds are added up before the 24-hour limit applies",
    "media-very-long-source.json": "whether a file exists",
    "text-stacked-marks.json": "combining marks are counted per letter, which no string rule of a schema can do",
    "slide-id-duplicate.json": "ids are compared with each other",
    "page-deck-corrupt.json": "whether a file opens as a PDF",
    "page-deck-truncated.json": "whether a file opens as a PDF",
    "page-deck-encrypted.json": "whether a PDF is locked",
    "page-deck-escapes.json": "where a relative path leads",
    "page-out-of-range.json": "how many pages a PDF has",
    "page-last-before-first.json": "\"lastPage\" is compared with \"page\"",
}


def main():
    stoppunkt, root = sys.argv[1], sys.argv[2]
    schema = json.load(open(os.path.join(root, "docs", "lesson.schema.json"), encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    passed, failed = 0, 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL:", what)

    for lesson in sorted(glob.glob(os.path.join(root, "lessons", "*", "lesson.json"))):
        errors = list(validator.iter_errors(json.load(open(lesson, encoding="utf-8"))))
        check(not errors, f"{lesson} does not pass the schema: {[e.message for e in errors[:3]]}")

    bad_dir = os.path.join(root, "tests", "data", "bad")
    files = sorted(glob.glob(os.path.join(bad_dir, "*.json")))
    with tempfile.TemporaryDirectory() as tmp:
        # A lesson over the 16 MB limit is made here: 20 MB does not belong in the repository.
        huge = os.path.join(tmp, "huge-title.json")
        with open(huge, "w") as f:
            f.write('{"format": 1, "id": "huge", "title": "' + "x" * 20_000_000 + '", "course": "T", "language": "en", "slides": []}')
        files.append(huge)
        check(len(files) >= 40, f"the corpus has {len(files)} files, fewer than 40")
        for path in files:
            name = os.path.basename(path)
            run = subprocess.run([stoppunkt, "--validate", path], capture_output=True, text=True)
            check(run.returncode == 1, f"{name}: --validate exited {run.returncode}, expected 1\n{run.stderr}")
            check(f"{name}:" in run.stderr and "error:" in run.stderr, f"{name}: no error naming the file:\n{run.stderr}")
            if name in SCHEMA_CANNOT:
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    document = json.load(f)
            except (ValueError, UnicodeDecodeError):
                check(True, name)  # not even JSON: no schema can accept it
                continue
            check(not validator.is_valid(document), f"{name}: the schema accepts it")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
