#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a translation file is behind the sources or incomplete.

Runs lupdate over the sources, with the options the build uses, into copies of the committed .ts files, and
fails when a copy differs from its original (a string is new, changed or gone: run
`cmake --build build --target update_translations` and translate). Then reads every committed file and
fails on any message that is unfinished, vanished or obsolete, has an empty translation, or does not keep
the source's placeholders (%1…%9, and %n in plural forms).

Usage: check_translations.py LUPDATE PROJECT_CMAKE GENERATE_SCRIPT CMAKE

PROJECT_CMAKE is the lupdate project that qt_add_translations writes when CMake configures
(.lupdate/<target>_project.cmake); GENERATE_SCRIPT is Qt's GenerateLUpdateProject.cmake, which turns it
into lupdate's JSON project, as the update_translations target does.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_file(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get("language")
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            where = f"{path.name}: [{name}] {source!r}"
            kind = translation.get("type")
            if kind:
                problems.append(f"{where} is {kind}")
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            if message.get("numerus") == "yes" and len(forms) < 2 and language != "ja":
                problems.append(f"{where} has {len(forms)} plural form(s)")
            for form in forms:
                if not form.strip():
                    problems.append(f"{where} has an empty translation")
                    continue
                wanted = [p for p in placeholders(source) if p != "%n"]
                got = [p for p in placeholders(form) if p != "%n"]
                if wanted != got:
                    problems.append(f"{where}: the translation {form!r} has {got}, the source {wanted}")
    return problems


def main():
    lupdate, project_cmake, generate_script, cmake = sys.argv[1:5]
    problems = []
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={work / 'generated.json'}", "-P", generate_script],
                       check=True, timeout=60)
        project = json.loads((work / "generated.json").read_text(encoding="utf-8"))
        committed = [pathlib.Path(p) for p in project["translations"]]
        copies = []
        for ts in committed:
            copy = work / ts.name
            shutil.copyfile(ts, copy)
            copies.append(copy)
        project["translations"] = [str(c) for c in copies]
        (work / "project.json").write_text(json.dumps(project), encoding="utf-8")
        # The same options as LUPDATE_OPTIONS in src/translations/CMakeLists.txt. A bounded run: lupdate 6.4
        # can hang on some expressions inside tr(), and a hung check must fail, not stall CI.
        run = subprocess.run([lupdate, "-project", str(work / "project.json"), "-no-obsolete", "-locations", "none"],
                             capture_output=True, text=True, timeout=300)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        for ts, copy in zip(committed, copies):
            if copy.read_bytes() != ts.read_bytes():
                before = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(ts).getroot().findall("context")
                          for m in c.findall("message")}
                after = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(copy).getroot().findall("context")
                         for m in c.findall("message")}
                for added in sorted(after - before):
                    problems.append(f"{ts.name}: new string [{added[0]}] {added[1]!r}: run "
                                    "`cmake --build build --target update_translations` and translate it")
                for gone in sorted(before - after):
                    problems.append(f"{ts.name}: [{gone[0]}] {gone[1]!r} is no longer in the sources: update the file")
                if after == before:
                    problems.append(f"{ts.name}: lupdate would rewrite it (plural forms or layout): update the file")
    for ts in committed:
        problems += check_file(ts)
    for problem in problems:
        print(problem)
    print(f"{len(committed)} translation files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
