# SPDX-License-Identifier: MIT
"""Headless Chromium for the browser tests, driven over the Chrome DevTools Protocol: start it on
127.0.0.1 with an empty profile, and drive one page (evaluate, wait for, screenshot). A test that cannot
start it exits 77 (skipped) with a clear message; under CI=true, where make test has installed Chromium, a
skip is a failure (exit 1)."""
import asyncio
import base64
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time
import urllib.request


def skip(reason):
    """Exits 77 (CTest's skip) with the reason, or 1 under CI=true: there nothing may be skipped."""
    if os.environ.get("CI") == "true":
        print(f"FAILED: {reason} (under CI=true a skipped test is a failure)")
        sys.exit(1)
    print(f"SKIP: {reason}")
    sys.exit(77)


class Browser:
    """One Chromium page over the DevTools Protocol."""

    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0

    async def send(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        await self.socket.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            reply = json.loads(await self.socket.recv())
            if reply.get("id") == my_id:
                if "error" in reply:
                    raise AssertionError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    async def evaluate(self, expression):
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression, what, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if await self.evaluate(expression):
                return
            await asyncio.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}")

    async def screenshot(self, path):
        data = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(data["data"]))


def start_chromium(profile):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        skip("chromium is not installed")
    process = subprocess.Popen([exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                                "--disable-breakpad", "--disable-crash-reporter",
                                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                                f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    port_file = pathlib.Path(profile) / "DevToolsActivePort"
    # Generous: on a loaded 2-core machine Chromium has taken over 20 s to start.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not port_file.exists():
        if process.poll() is not None:
            skip("chromium exited at start (no headless Chromium here)")
        time.sleep(0.1)
    if not port_file.exists():
        os.killpg(process.pid, signal.SIGKILL)
        raise AssertionError("chromium runs but did not open its DevTools port within 120 s")
    time.sleep(0.2)
    return process, int(port_file.read_text().split()[0])


def page_address(devtools_port):
    """The first page target's DevTools WebSocket address."""
    with urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list") as reply:
        targets = json.load(reply)
    return next(t for t in targets if t["type"] == "page")["webSocketDebuggerUrl"]
