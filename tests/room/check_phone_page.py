#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A real browser on the trainees' page: headless Chromium joins the room, waits, votes when the vote opens,
sees the reveal, sends a flip-chart suggestion, and is asked to scan the code again when the room is gone, all on
127.0.0.1, driven over the Chrome DevTools
Protocol. It writes screenshots at 390x844 (a phone) into OUT_DIR.

Usage: check_phone_page.py ROOMDRIVER OUT_DIR
Exit 0 on success, 1 on a failed check, 77 (skipped) when Chromium is not installed or cannot
start, and 1 then under CI=true.
"""
import asyncio
import os
import signal
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from chromium import Browser, page_address, skip, start_chromium  # noqa: E402

try:
    import websockets
except ImportError:
    skip("python3-websockets is not installed")


class Driver:
    """The room server with the seed lesson, commanded line by line."""

    def __init__(self, exe):
        self.process = subprocess.Popen([exe], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        first = self.process.stdout.readline().split()
        self.port, self.code, self.secret = int(first[1]), first[3], first[5]
        self.suggestions = []

    def command(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        while True:
            answer = self.process.stdout.readline().strip()
            if answer.startswith("suggestion "):
                self.suggestions.append(answer[len("suggestion "):])
                continue
            if answer.startswith("joined "):
                self.state = answer
                continue
            if answer != "ok":
                raise AssertionError(f"driver: {line!r} gave {answer!r}")
            return

    def close(self):
        if self.process.poll() is not None:
            return
        try:
            self.command("quit")
        except Exception:
            pass
        self.process.wait(timeout=5)


async def run(driver, devtools_port, out):
    async with websockets.connect(page_address(devtools_port), max_size=None) as socket:
        b = Browser(socket)
        await b.send("Page.enable")
        await b.send("Runtime.enable")
        await b.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
        # As the join card's QR code opens it: the secret in the fragment, no code to type.
        await b.send("Page.navigate", url=f"http://127.0.0.1:{driver.port}/#join={driver.secret}")
        await b.wait_for("document.readyState === 'complete' && !document.getElementById('join').hidden", "the join form")
        await b.wait_for("document.querySelector('button[data-word=Join]').textContent === 'Deltag'", "the Danish words")
        assert await b.evaluate("document.getElementById('codeRow').hidden"), "a scanning phone is asked to type the code"
        assert await b.evaluate("location.hash") == "", "the secret stays in the address bar"
        await b.evaluate("document.getElementById('nickname').value = 'Ann'")
        await b.screenshot(out / "phone-join.png")
        await b.evaluate("document.getElementById('join').requestSubmit()")
        await b.wait_for("!document.getElementById('waiting').hidden", "the waiting card")
        await b.screenshot(out / "phone-waiting.png")

        driver.command("goto 10")   # Film #1
        driver.command("skipfilm")  # at the stop: the question, the vote still closed
        await b.wait_for("!document.getElementById('question').hidden", "the question")
        assert await b.evaluate("document.querySelectorAll('#options button').length") == 4
        assert await b.evaluate("[...document.querySelectorAll('#options button')].every(b => b.disabled)")
        await b.screenshot(out / "phone-question-discussing.png")

        driver.command("open")
        await b.wait_for("!document.querySelector('#options button').disabled", "the open vote")
        await b.evaluate("document.querySelectorAll('#options button')[1].click()")
        await b.wait_for("document.querySelectorAll('#options button')[1].getAttribute('aria-pressed') === 'true'", "the vote")
        await b.screenshot(out / "phone-question-voted.png")
        driver.command("state")
        assert driver.state == "joined 1 voters 1", driver.state

        driver.command("pick 1")
        driver.command("pick 2")
        driver.command("reveal")
        await b.wait_for("document.getElementById('result').textContent.startsWith('Ikke denne gang')", "the reveal")
        assert await b.evaluate("document.querySelectorAll('#options button')[3].classList.contains('right')")
        await b.screenshot(out / "phone-question-revealed.png")

        driver.command("goto 1")  # a flip-chart slide
        await b.wait_for("!document.getElementById('suggest').hidden", "the suggestion box")
        topic = await b.evaluate("document.getElementById('topic').textContent")
        assert topic == "Hvad gør konflikter med kunder anderledes end konflikter med kolleger?", topic
        await b.evaluate("document.getElementById('suggestion').value = '<b>Kunden</b> føler sig overset'")
        await b.evaluate("document.getElementById('suggest').requestSubmit()")
        await b.wait_for("document.getElementById('status').textContent.startsWith('Sendt')", "the suggestion sent")
        await b.screenshot(out / "phone-flipchart.png")
        driver.command("state")
        assert driver.suggestions == ["Ann|<b>Kunden</b> føler sig overset"], driver.suggestions
        # The projector moves on to a film question: "Sent" was about the flip chart, and goes with it.
        driver.command("goto 11")
        await b.wait_for("document.getElementById('suggest').hidden", "the suggestion box closed")
        status = await b.evaluate("document.getElementById('status').textContent")
        assert status == "", f"the phone still says {status!r} after the flip chart closed"

        # The room goes away (the program ended, or came back on another port): the page tries again, and
        # after a few tries it asks the trainee to scan the code again, in the lesson's language.
        driver.close()
        await b.wait_for("document.getElementById('status').textContent.startsWith('Forbinder igen')", "reconnecting")
        await b.wait_for("document.getElementById('status').textContent.startsWith('Rummet kan ikke nås')",
                         "the request to scan again", timeout=60)
        await b.screenshot(out / "phone-room-lost.png")


def main():
    exe, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    driver = Driver(exe)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        chromium, devtools_port = start_chromium(profile)
        try:
            asyncio.run(asyncio.wait_for(run(driver, devtools_port, out), timeout=180))
        except AssertionError as failure:
            print(f"FAIL: {failure}")
            return 1
        finally:
            os.killpg(chromium.pid, signal.SIGKILL)  # the browser and all its helper processes
            chromium.wait(timeout=10)
            driver.close()
    print(f"ok: joined, voted, saw the reveal, sent a suggestion, was asked to scan again; screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
