#!/usr/bin/env python3
"""The layers run one way: every #include "folder/file.h" in src/ names its own folder or one below it, the lesson
layer stays free of Qt, only the record codec includes the record's keys, and no file is over 300 lines.

The graph below is the one in docs/architecture.md. The check fails on an include of a folder that is not
below (an arrow back up, or across), on an include that does not name its folder, and on a cycle in the graph.
Usage: check_layers.py SRC_DIR
"""
import pathlib
import re
import sys

# Each folder and the folders it uses directly.
USES = {
    "lesson": [],
    "session": ["lesson"],
    "input": ["session"],
    "media": [],
    "deck": ["lesson"],
    "translations": ["lesson"],
    "import": ["lesson", "deck", "translations"],
    "authoring": ["lesson"],
    "room/core": [],
    "room/phones": ["room/core", "session"],
    "room/remote": ["room/core", "input"],
    "room/file": ["room/phones", "room/remote"],
    "room/server": ["room/phones", "room/remote", "translations"],
    "ui": ["session", "input", "media", "deck", "authoring", "translations"],
    "app": ["ui", "import", "room/file", "room/server"],
}
# The session record's keys are the codec's alone: everything else reads and writes the typed document.
PROTOCOL_HEADER = "session/recordformat.h"
PROTOCOL_CODEC = ("recordcodec.cpp", "recordeventcodec.cpp")

# A file says one thing: past this many lines it is split.
MAX_LINES = 300

# Folders that build without Qt, so that the loader runs anywhere (the fuzzers, the schema tools).
QT_FREE = {"lesson"}


def below(folder, seen=()):
    """Every folder `folder` may use: its own uses and theirs. Raises on a cycle."""
    if folder in seen:
        raise ValueError("a cycle: " + " -> ".join(seen + (folder,)))
    out = set()
    for used in USES[folder]:
        out |= {used} | below(used, seen + (folder,))
    return out


def folder_of(path, src):
    rel = path.relative_to(src).parent.as_posix()
    return rel if rel in USES else None


def main():
    src = pathlib.Path(sys.argv[1])
    problems = []
    try:
        allowed = {f: below(f) | {f} for f in USES}
    except ValueError as e:
        print(e)
        return 1
    files = 0
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        folder = folder_of(path, src)
        if folder is None:
            if path.name != "CMakeLists.txt":
                problems.append(f"{path}: in no known layer; add its folder to check_layers.py and the architecture")
            continue
        files += 1
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > MAX_LINES:
            problems.append(f"{path}: {lines} lines; split it (at most {MAX_LINES})")
        for number, line in enumerate(text.splitlines(), 1):
            if folder in QT_FREE and re.match(r"#include <Q", line):
                problems.append(f"{path}:{number}: {folder} stays free of Qt: {line.strip()}")
            m = re.match(r'#include "([^"]+)"', line)
            if not m:
                continue
            name = m.group(1)
            target = name.rsplit("/", 1)[0] if "/" in name else None
            if target is None or target not in USES:
                problems.append(f"{path}:{number}: #include \"{name}\" does not name its folder (\"{folder}/…\")")
            elif name == PROTOCOL_HEADER and path.name not in PROTOCOL_CODEC:
                problems.append(f"{path}:{number}: only the record codec reads the record's keys; use RecordDocument")
            elif target not in allowed[folder]:
                problems.append(f"{path}:{number}: {folder} includes {name}, but {target} is not below {folder}")
    for problem in problems:
        print(problem)
    print(f"{files} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
