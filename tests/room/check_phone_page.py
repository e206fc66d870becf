#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A real browser on the trainees' page: headless Chromium joins the room, waits, votes when the vote opens,
sees the reveal, sends a flip-chart suggestion, and is asked to scan the code again when the room is gone, all on
127.0.0.1, driven over the Chrome DevTools Protocol; a wrong room code is refused first. In every state axe-core
checks WCAG 2.1 A and AA (axe.py), and in four of them the page is seen at 320 CSS px with 200 % text, light
and dark. It writes screenshots at 390x844 (a phone) into OUT_DIR.

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
from axe import Audit, accessible_names, axe_source  # noqa: E402
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


async def check_accessibility_tree(b):
    """The revealed question as a screen reader gets it (Accessibility.getFullAXTree): the options are a group named
    by the question, each option a button named by its words and what happened to it, the result a live region."""
    named = await accessible_names(b)
    prompt = await b.evaluate("document.getElementById('prompt').textContent")
    assert ("group", prompt) in named, f"no group named {prompt!r} around the options: {named}"
    buttons = [name for role, name in named if role == "button"]
    assert len(buttons) == 4 and all(buttons), buttons
    assert all("Prøvet: ikke det rigtige svar" in name for name in buttons[:2]), buttons  # picks 1 and 2
    assert "Prøvet" not in buttons[2] and "Det rigtige svar" not in buttons[2], buttons
    assert "Det rigtige svar" in buttons[3], buttons
    document = await b.send("DOM.getDocument")
    result = await b.send("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#result")
    node = (await b.send("Accessibility.getPartialAXTree", nodeId=result["nodeId"], fetchRelatives=False))["nodes"][0]
    properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
    assert node["role"]["value"] == "status" and properties.get("live") == "polite", (node["role"], properties)


async def run(driver, devtools_port, out, axe):
    async with websockets.connect(page_address(devtools_port), max_size=None) as socket:
        b = Browser(socket)
        audit = Audit(b, axe)
        await b.send("Page.enable")
        await b.send("Runtime.enable")
        await b.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)
        # A wrong room code typed: the page says why it was refused.
        await b.send("Page.navigate", url=f"http://127.0.0.1:{driver.port}/")
        await b.wait_for("document.readyState === 'complete' && !document.getElementById('join').hidden", "the join form")
        await b.evaluate("document.getElementById('code').value = '0000'")
        await b.evaluate("document.getElementById('join').requestSubmit()")
        await b.wait_for("document.getElementById('status').textContent !== ''", "the refusal")
        await b.screenshot(out / "phone-refused.png")
        await audit.check("refused")
        await b.send("Page.navigate", url="about:blank")  # so that the address below loads the page anew
        await b.wait_for("location.href === 'about:blank'", "a blank page")
        # As the join card's QR code opens it: the secret in the fragment, no code to type.
        await b.send("Page.navigate", url=f"http://127.0.0.1:{driver.port}/#join={driver.secret}")
        await b.wait_for("document.readyState === 'complete' && !document.getElementById('join').hidden", "the join form")
        await b.wait_for("document.querySelector('button[data-word=Join]').textContent === 'Deltag'", "the Danish words")
        assert await b.evaluate("document.getElementById('codeRow').hidden"), "a scanning phone is asked to type the code"
        assert await b.evaluate("location.hash") == "", "the secret stays in the address bar"
        await b.evaluate("document.getElementById('nickname').value = 'Ann'")
        await b.screenshot(out / "phone-join.png")
        await audit.check("join")
        await audit.small_and_large(str(out / "phone-"), "join")
        await b.evaluate("document.getElementById('join').requestSubmit()")
        await b.wait_for("!document.getElementById('waiting').hidden", "the waiting card")
        await b.wait_for("document.activeElement.id === 'waitingText'", "the focus on the waiting card, once joined")
        await b.screenshot(out / "phone-waiting.png")
        await audit.check("waiting")

        driver.command("goto 10")   # Film #1
        driver.command("skipfilm")  # at the stop: the question, the vote still closed
        await b.wait_for("!document.getElementById('question').hidden", "the question")
        assert await b.evaluate("document.querySelectorAll('#options button').length") == 4
        assert await b.evaluate("[...document.querySelectorAll('#options button')].every(b => b.disabled)")
        await b.screenshot(out / "phone-question-discussing.png")
        await audit.check("question-discussing")

        driver.command("open")
        await b.wait_for("!document.querySelector('#options button').disabled", "the open vote")
        await b.evaluate("document.querySelectorAll('#options button')[1].click()")
        await b.wait_for("document.querySelectorAll('#options button')[1].getAttribute('aria-pressed') === 'true'", "the vote")
        await b.screenshot(out / "phone-question-voted.png")
        await audit.check("question-voted")
        await audit.small_and_large(str(out / "phone-"), "question-voted")
        driver.command("state")
        assert driver.state == "joined 1 voters 1", driver.state

        driver.command("pick 1")
        driver.command("pick 2")
        driver.command("reveal")
        await b.wait_for("document.getElementById('result').textContent.startsWith('Ikke denne gang')", "the reveal")
        assert await b.evaluate("document.querySelectorAll('#options button')[3].classList.contains('right')")
        await b.screenshot(out / "phone-question-revealed.png")
        await audit.check("question-revealed")
        await check_accessibility_tree(b)
        await audit.small_and_large(str(out / "phone-"), "question-revealed")

        driver.command("goto 1")  # a flip-chart slide
        await b.wait_for("!document.getElementById('suggest').hidden", "the suggestion box")
        topic = await b.evaluate("document.getElementById('topic').textContent")
        assert topic == "Hvad gør konflikter med kunder anderledes end konflikter med kolleger?", topic
        await b.evaluate("document.getElementById('suggestion').value = '<b>Kunden</b> føler sig overset'")
        await b.evaluate("document.getElementById('suggest').requestSubmit()")
        await b.wait_for("document.getElementById('status').textContent.startsWith('Sendt')", "the suggestion sent")
        await b.screenshot(out / "phone-flipchart.png")
        await audit.check("flipchart")
        await audit.small_and_large(str(out / "phone-"), "flipchart")
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
        await audit.check("reconnecting")
        await b.wait_for("document.getElementById('status').textContent.startsWith('Rummet kan ikke nås')",
                         "the request to scan again", timeout=60)
        await b.screenshot(out / "phone-room-lost.png")
        await audit.check("room-lost")
        assert not audit.found, "axe-core (WCAG 2.1 A and AA) finds on the trainees' page:\n" + audit.report()


def main():
    exe, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    axe = axe_source()
    driver = Driver(exe)
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        chromium, devtools_port = start_chromium(profile)
        try:
            asyncio.run(asyncio.wait_for(run(driver, devtools_port, out, axe), timeout=360))
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
