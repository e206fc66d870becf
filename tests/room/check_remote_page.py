#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A real browser as the facilitator's remote: headless Chromium opens the pairing address from the
console's QR code, pairs, and drives a whole film question from the phone (the film plays, Next twice
skips to the stop, the group discusses, two wrong picks, the reveal, Next to the next slide). After each
step the program's state, the projector's painted words and screenshots of both windows confirm it, and
at the end the session record holds the same events in order. All on 127.0.0.1, over the Chrome DevTools
Protocol. Phone screenshots at 390x844 and the windows' screenshots go to OUT_DIR.

Usage: check_remote_page.py REMOTEDRIVER OUT_DIR
Exit 0 on success, 1 on a failed check, 77 (skipped) when Chromium is not installed or cannot
start, and 1 then under CI=true.
"""
import asyncio
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from axe import Audit, accessible_names, axe_source  # noqa: E402
from chromium import Browser, page_address, skip, start_chromium  # noqa: E402

try:
    import websockets
except ImportError:
    skip("python3-websockets is not installed")


class Driver:
    """The program's presenter on Film #1 with the pairing code shown, commanded line by line."""

    def __init__(self, exe, out, data_home):
        env = dict(os.environ, XDG_DATA_HOME=data_home, XDG_CONFIG_HOME=data_home, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen([exe, str(out)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        bufsize=1, env=env)
        first = self.process.stdout.readline().split()
        if len(first) != 4:
            raise AssertionError(f"remotedriver did not start: {first}")
        self.url, self.record = first[1], first[3]

    def ask(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        word, _, value = self.process.stdout.readline().strip().partition(" ")
        if word == "error":
            raise AssertionError(f"driver: {line!r} failed")
        return json.loads(value) if value and word != "ok" else None

    def state(self):
        return self.ask("state")

    def close(self):
        try:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()


async def wait_state(driver, check, what, timeout=10):
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        state = driver.state()
        if check(state):
            return state
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}: {state}")
        await asyncio.sleep(0.1)


async def run(driver, devtools_port, out, axe):
    async with websockets.connect(page_address(devtools_port), max_size=None) as socket:
        b = Browser(socket)
        audit = Audit(b, axe)
        await b.send("Page.enable")
        await b.send("Runtime.enable")
        await b.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
        await b.send("Page.navigate", url=driver.url)
        await b.wait_for("!document.getElementById('console').hidden", "the console's view on the phone")
        assert (await wait_state(driver, lambda s: s["remote"], "the pairing"))["remote"]
        # The secret left the address bar as soon as the page read it.
        assert await b.evaluate("location.hash") == "", "the pairing secret stayed in the address"
        assert await b.evaluate("document.getElementById('title').textContent") == "Film #1"
        assert await b.evaluate("document.querySelectorAll('#notes li').length") >= 1
        await b.screenshot(out / "remote-film-playing.png")
        await audit.check("film-playing")

        # A finger dragged on the slide's picture moves the pointer on the projector, where it is on the slide.
        await b.wait_for("document.getElementById('picture').naturalWidth === 640", "the slide's picture")
        box = await b.evaluate("(() => { const p = document.getElementById('picture'); p.scrollIntoView(); "
                               "const r = p.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()")
        left, top, width, height = box
        # Chromium's pointer events from a pressed mouse: the page handles a finger's the same way (pointer events).
        async def hand(kind, x, y, buttons):
            await b.send("Input.dispatchMouseEvent", type=kind, x=left + x * width, y=top + y * height, button="left",
                         buttons=buttons, clickCount=1)
        await hand("mousePressed", 0.2, 0.3, 1)
        for i in range(1, 21):
            await hand("mouseMoved", 0.2 + i * 0.025, 0.3 + i * 0.01, 1)
        await hand("mouseReleased", 0.7, 0.5, 0)
        state = await wait_state(driver, lambda s: s["pointer"][0] and abs(s["pointer"][1] - 0.7) < 0.02,
                                 "the pointer where the finger stopped")
        assert abs(state["pointer"][2] - 0.5) < 0.02, f"the pointer is not where the finger is: {state}"
        driver.ask("shot remote-pointer")
        await b.screenshot(out / "remote-pointer.png")
        await audit.check("pointer")

        # Next twice skips the film to its stop: the room discusses.
        await b.evaluate("document.getElementById('nextButton').click()")
        await b.wait_for("document.getElementById('hint').textContent.length > 0", "the 'tap again' hint")
        await b.evaluate("document.getElementById('nextButton').click()")
        await wait_state(driver, lambda s: s["phase"] == "discussing", "the question")
        await b.wait_for("!document.getElementById('question').hidden", "the question on the remote")
        assert await b.evaluate("document.querySelectorAll('#options button').length") == 4
        assert not await b.evaluate("document.getElementById('pickHint').hidden"), "no 'tap an option' while discussing"
        assert await b.evaluate("document.querySelectorAll('#options button')[3].classList.contains('answer')"), \
            "the remote does not mark the right answer"
        painted = driver.ask("shot remote-discussing")
        assert any("Morten" in t for t in painted), painted
        await b.screenshot(out / "remote-question-discussing.png")
        await audit.check("question-discussing")

        # Two wrong picks, as the group proposes them.
        for option in (1, 2):
            await b.evaluate(f"document.querySelectorAll('#options button')[{option - 1}].click()")
            await wait_state(driver, lambda s, n=option: len(s["picks"]) == n, f"pick {option}")
        assert driver.state()["picks"] == [1, 2]
        await b.wait_for("document.querySelectorAll('#options button.picked').length === 2", "the picks on the remote")
        driver.ask("shot remote-two-wrong")
        await b.screenshot(out / "remote-question-picked.png")
        await audit.check("question-picked")
        # A facilitator with a screen reader hears the keys, the notes and the answer.
        named = await accessible_names(b)
        buttons = [name for role, name in named if role == "button"]
        for key in ("Next", "Previous", "Reveal"):
            assert key in buttons, f"no button named {key!r}: {buttons}"
        assert any(name.startswith("4") and "right answer" in name.lower() for name in buttons), buttons
        assert any(name.startswith("1") and "picked: wrong" in name.lower() for name in buttons), buttons
        note = await b.evaluate("document.querySelector('#notes li').textContent")
        assert note and any(note in name for role, name in named if role == "StaticText"), f"the notes are not read: {note!r}"
        await audit.small_and_large(str(out / "remote-"), "question-picked")

        await b.evaluate("document.getElementById('reveal').click()")
        await wait_state(driver, lambda s: s["phase"] == "revealed", "the reveal")
        driver.ask("shot remote-revealed")
        await b.wait_for("document.getElementById('reveal').disabled", "the reveal on the remote")
        await b.wait_for("document.getElementById('pickHint').hidden", "no 'tap an option' once the answer is out")
        await b.screenshot(out / "remote-question-revealed.png")
        await audit.check("question-revealed")
        await audit.small_and_large(str(out / "remote-"), "question-revealed")

        await b.evaluate("document.getElementById('nextButton').click()")
        await wait_state(driver, lambda s: s["slide"] == 11, "the next slide")
        painted = driver.ask("shot remote-next-slide")
        await b.wait_for("document.getElementById('where').textContent.includes('12')", "slide 12 on the remote")
        await b.screenshot(out / "remote-next-slide.png")
        await audit.check("next-slide")

        # A flip-chart slide: the chart's entries and the phones' suggestions show, and no question.
        driver.ask("goto 1")
        await b.wait_for("!document.getElementById('flipchart').hidden", "the flip chart on the remote")
        assert await b.evaluate("document.getElementById('question').hidden")
        await b.screenshot(out / "remote-flipchart.png")
        await audit.check("flipchart")
        await audit.small_and_large(str(out / "remote-"), "flipchart")
        assert not audit.found, "axe-core (WCAG 2.1 A and AA) finds on the remote's page:\n" + audit.report()


def check_record(path):
    """The record holds the remote's commands as the keyboard's would be: the picks, the reveal, the slide."""
    with open(path, encoding="utf-8") as f:
        record = json.load(f)
    events = [(e.get("type"), e.get("option")) for e in record["events"]]
    types = [t for t, _ in events]
    picks = [o for t, o in events if t == "pick"]
    assert picks == [1, 2], events
    assert "reveal" in types and types.index("reveal") > max(i for i, t in enumerate(types) if t == "pick"), events
    after_reveal = record["events"][types.index("reveal") + 1:]
    assert any(e.get("type") == "slide" and e.get("slide") == 11 for e in after_reveal), after_reveal[:3]


def main():
    exe, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    axe = axe_source()
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as home, \
         tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        driver = Driver(exe, out, home)
        chromium, devtools_port = start_chromium(profile)
        try:
            asyncio.run(asyncio.wait_for(run(driver, devtools_port, out, axe), timeout=360))
            driver.close()
            check_record(driver.record)
        except AssertionError as failure:
            print(f"FAIL: {failure}")
            return 1
        finally:
            os.killpg(chromium.pid, signal.SIGKILL)  # the browser and all its helper processes
            chromium.wait(timeout=10)
            driver.close()
    print(f"ok: paired, drove Film #1 from the phone (skip, two wrong picks, reveal, Next); screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
