#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a Catch2 test name holds a semicolon: catch_discover_tests would split it into two CTest
tests that each match nothing, so the test would pass without running. Usage: check_test_names.py TESTS_DIR"""
import pathlib
import re
import sys

bad = [f"{path}:{text.count(chr(10), 0, m.start()) + 1}: {m.group(1)}"
       for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.cpp"))
       for text in [path.read_text(encoding="utf-8")]
       for m in re.finditer(r'TEST_CASE\("([^"]*;[^"]*)"', text)]
for line in bad:
    print(line)
print(f"{len(bad)} test names with a semicolon")
sys.exit(1 if bad else 0)
