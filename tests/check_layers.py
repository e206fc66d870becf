#!/usr/bin/env python3
"""The layers run one way: every #include "folder/file.h" in src/ names its own folder or one below it, the lesson
layer stays free of Qt, only the record codec includes the record's keys (in tests/ too), only the session, the
dispatcher and the app include the mutable session (the rest read its view), the session's parts include none
of one another, the slide painters hold no geometry literal but 0, 1 and 2 (but those listed as still moving),
no file is over 300 lines and no function in a .cpp over 60, but the two flat tables.

The graph below is the one in docs/architecture.md. The check fails on an include of a folder that is not
below (an arrow back up, or across), on an include that does not name its folder, on a cycle in the graph or
in the folders' includes as the code has them, and on a layer with no file.
Usage: check_layers.py SRC_DIR [TESTS_DIR]
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
    "audit": ["ui"],
    "app": ["ui", "audit", "import", "room/file", "room/server"],
}
# The session record's keys are the codec's alone: everything else reads and writes the typed document.
PROTOCOL_HEADER = "session/recordformat.h"
PROTOCOL_CODEC = ("recordcodec.cpp", "recordeventcodec.cpp")

# Readers (the room, the windows, the report) take the session's view; only the session itself and the
# dispatcher (input) change it. In the app, only the files that own it, resume it or make one of their own
# hold it; the film's and the room's reporters, the author's edits and the watcher go through the dispatcher.
MUTABLE_SESSION = "session/session.h"
SESSION_WRITERS = {"session", "input"}
# The accessibility check runs a session of its own, with no windows, to see every picture the room would.
SESSION_HOLDERS = {"app": {"presenter.cpp", "recordkeeper.cpp", "lessonswitcher.cpp", "reportcommand.cpp"},
                   "audit": {"roomstates.cpp"}}

# The session's parts each own their state and rules and know nothing of one another: only the coordinator
# (session.h, sessionview.h and their .cpp files) includes them.
SESSION_PARTS = {"pen", "questionbook", "flipcharts", "filmstate", "roompresence", "pointer", "zoom"}

# The slide painters place their parts by named geometry (ui/slidegeometry.h, ui/datageometry.h, theme.h),
# never by a number of their own beyond 0, 1 and 2.
PAINTER = re.compile(r"(painter|painters|slides)\.cpp$")
NUMBER = re.compile(r"(?<![A-Za-z_0-9.])(\d+(?:\.\d+)?)(?![A-Za-z_0-9])")
STRING_OR_COMMENT = re.compile(r'"(?:\\.|[^"\\])*"|//.*$')

# A file says one thing: past this many lines it is split.
MAX_LINES = 300

# A function says one thing too: past this many lines of body it is split. The two flat tables stay whole.
MAX_FUNCTION_LINES = 60
FLAT_TABLES = {("input/action.cpp", "buildTable"), ("input/commanddispatcher.cpp", "CommandDispatcher::trigger")}

# Folders that build without Qt, so that the loader runs anywhere (the fuzzers, the schema tools).
QT_FREE = {"lesson"}

# Any #include, however indented or spaced, and Qt's headers by any of their names: <QString>, <QtCore/…>,
# and the lower-case ones (<qglobal.h>).
INCLUDE = re.compile(r'\s*#\s*include\s*([<"])([^>"]+)[>"]')
QT_HEADER = re.compile(r"(Q[A-Za-z]|Qt/|q[a-z0-9_]+\.h$)")
# A function's body in clang-format's layout: its "{" and "}" alone on a line at the first column.
FUNCTION_NAME = re.compile(r"([A-Za-z_][A-Za-z0-9_:~]*)\s*\(")


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


def long_functions(path, rel, text):
    """The functions of a .cpp whose bodies are over MAX_FUNCTION_LINES lines."""
    lines = text.splitlines()
    start = None
    for number, line in enumerate(lines):
        if line == "{":
            start = number
        elif line == "}" and start is not None:
            body = number - start - 1
            signature = " ".join(lines[max(0, start - 3):start])
            names = FUNCTION_NAME.findall(signature)
            name = names[-1] if names else "?"
            if body > MAX_FUNCTION_LINES and (rel, name) not in FLAT_TABLES:
                yield f"{path}:{start}: {name} has {body} lines; split it (at most {MAX_FUNCTION_LINES})"
            start = None


def painter_literals(path, text):
    """The numbers a slide painter holds other than 0, 1 and 2 (in code, not in strings or comments)."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        code = STRING_OR_COMMENT.sub("", line)
        found += [(number, n) for n in NUMBER.findall(code) if float(n) not in (0.0, 1.0, 2.0)]
    for number, n in found:
        yield f"{path}:{number}: the painter holds the number {n}; name it in ui/slidegeometry.h, ui/datageometry.h or theme.h"


def cycle_in(graph):
    """A cycle in `graph` (folder -> folders it includes), as a list, or None."""
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return trail + [node, nxt]
            if nxt not in state:
                found = visit(nxt, trail + [node])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def check_tests(tests):
    """tests/ reads the record through the codec and the typed document too."""
    for path in sorted(tests.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if m and m.group(2) == PROTOCOL_HEADER:
                yield f"{path}:{number}: only the record codec reads the record's keys; a test spells the record's words"


def main():
    src = pathlib.Path(sys.argv[1])
    problems = []
    if len(sys.argv) > 2:
        problems += check_tests(pathlib.Path(sys.argv[2]))
    try:
        allowed = {f: below(f) | {f} for f in USES}
    except ValueError as e:
        print(e)
        return 1
    files = 0
    per_folder = {f: 0 for f in USES}
    included = {f: set() for f in USES}
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        folder = folder_of(path, src)
        if folder is None:
            if path.name != "CMakeLists.txt":
                problems.append(f"{path}: in no known layer; add its folder to check_layers.py and the architecture")
            continue
        files += 1
        per_folder[folder] += 1
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > MAX_LINES:
            problems.append(f"{path}: {lines} lines; split it (at most {MAX_LINES})")
        if path.suffix == ".cpp":
            problems += long_functions(path, path.relative_to(src).as_posix(), text)
        if folder == "ui" and PAINTER.search(path.name):
            problems += painter_literals(path, text)
        for number, line in enumerate(text.splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            if m.group(1) == "<":
                if folder in QT_FREE and QT_HEADER.match(m.group(2)):
                    problems.append(f"{path}:{number}: {folder} stays free of Qt: {line.strip()}")
                continue
            name = m.group(2)
            target = name.rsplit("/", 1)[0] if "/" in name else None
            if target is None or target not in USES:
                problems.append(f"{path}:{number}: #include \"{name}\" does not name its folder (\"{folder}/…\")")
            elif name == PROTOCOL_HEADER and path.name not in PROTOCOL_CODEC:
                problems.append(f"{path}:{number}: only the record codec reads the record's keys; use RecordDocument")
            elif folder == "session" and path.stem in SESSION_PARTS and name.startswith("session/") \
                    and name[len("session/"):-2] in SESSION_PARTS - {path.stem}:
                problems.append(f"{path}:{number}: the part {path.stem} includes the part {name}; only the coordinator knows its parts")
            elif name == MUTABLE_SESSION and folder not in SESSION_WRITERS \
                    and path.name not in SESSION_HOLDERS.get(folder, set()):
                problems.append(f"{path}:{number}: {folder} reads the session: include session/sessionview.h, not {name}")
            elif target not in allowed[folder]:
                problems.append(f"{path}:{number}: {folder} includes {name}, but {target} is not below {folder}")
            if target in USES and target != folder:
                included[folder].add(target)
    for folder, count in per_folder.items():
        if count == 0:
            problems.append(f"{src / folder}: the layer {folder} has no file (a moved folder, or the wrong SRC_DIR)")
    if cycle := cycle_in(included):
        problems.append("the folders' includes run in a cycle: " + " -> ".join(cycle))
    for problem in problems:
        print(problem)
    print(f"{files} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
