# SPDX-License-Identifier: MIT
"""axe-core in the page under test: WCAG 2.1 A and AA rules, run on the page as it stands in each state.
axe-core is a test tool only, pinned in tests/accessibility/package-lock.json and installed by
scripts/install-deps (npm ci). Without it the browser tests cannot check the pages, and say so."""
import json
import pathlib

from chromium import skip

AXE = pathlib.Path(__file__).resolve().parent.parent / "accessibility" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source():
    """axe-core's script, or a skip (a failure under CI=true) naming how to install it."""
    if not AXE.exists():
        skip(f"axe-core is not installed at {AXE} (scripts/install-deps runs npm ci in tests/accessibility)")
    return AXE.read_text(encoding="utf-8")


async def accessible_names(browser):
    """What a screen reader gets of the page (Accessibility.getFullAXTree): each node's role and name."""
    await browser.send("Accessibility.enable")
    nodes = (await browser.send("Accessibility.getFullAXTree"))["nodes"]
    return [(n.get("role", {}).get("value"), n.get("name", {}).get("value", "")) for n in nodes if not n.get("ignored")]


class Audit:
    """Runs axe in one page at each state, and keeps what it finds, by state."""

    def __init__(self, browser, source):
        self.browser = browser
        self.source = source
        self.found = []

    async def check(self, state):
        if not await self.browser.evaluate("typeof window.axe === 'object'"):
            await self.browser.evaluate(self.source + "\n;true")
        options = json.dumps({"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]})
        violations = await self.browser.evaluate(
            f"axe.run(document, {options}).then(r => r.violations.map(v => ({{id: v.id, impact: v.impact, "
            f"help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}})))")
        for v in violations:
            self.found.append(f"{state}: {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["nodes"]))
        # WCAG 2.5.5's 44x44 CSS px for what a thumb taps (axe-core leaves that rule to AAA).
        small = await self.browser.evaluate(
            "[...document.querySelectorAll('button, input, textarea, select, a[href]')].filter(e => e.getClientRects().length)"
            ".map(e => [e.id || e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])"
            ".filter(([, r]) => r.width < 44 || r.height < 44).map(([name, r]) => `${name} ${r.width}x${r.height}`)")
        if small:
            self.found.append(f"{state}: touch targets under 44x44 CSS px: {small}")
        return len(violations) + len(small)

    async def small_and_large(self, prefix, state):
        """The page as it stands, at 320 CSS px with its text at 200 %, light and dark, less motion asked for: no
        sideways scrolling, nothing that moves, and nothing axe-core finds (its contrast rules see the dark colours). Screenshots go to PREFIX + state + ….png.
        Back to a phone's size (390x844) afterwards."""
        b = self.browser
        await b.send("Emulation.setDeviceMetricsOverride", width=320, height=640, deviceScaleFactor=2, mobile=True)
        await b.evaluate("document.documentElement.style.fontSize = '200%'")
        for scheme in ("light", "dark"):
            await b.send("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": scheme},
                                                                 {"name": "prefers-reduced-motion", "value": "reduce"}])
            await b.wait_for(f"matchMedia('(prefers-color-scheme: {scheme})').matches", f"the {scheme} scheme")
            await b.screenshot(pathlib.Path(f"{prefix}{state}-320px-200pc-{scheme}.png"))
            wide = await b.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert wide <= 0, f"{state}, {scheme}, 320 px at 200 % text: the page scrolls sideways by {wide} px"
            moving = await b.evaluate(
                "[...document.querySelectorAll('*')].map(e => [e, getComputedStyle(e)])"
                ".filter(([, s]) => (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0.001)"
                " || s.transitionDuration.split(',').some(d => parseFloat(d) > 0.001))"
                ".map(([e]) => e.id || e.tagName)")
            assert not moving, f"{state}, {scheme}, less motion asked for: these still move: {moving}"
            cut = await b.evaluate(
                "[...document.querySelectorAll('button, input, textarea, a')].filter(e => e.getClientRects().length)"
                ".filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > innerWidth + 1; })"
                ".map(e => e.id || e.textContent.trim())")
            assert not cut, f"{state}, {scheme}, 320 px at 200 % text: controls reach past the screen's edge: {cut}"
            await self.check(f"{state} (320 px, 200 % text, {scheme})")
        await b.send("Emulation.setEmulatedMedia", features=[])
        await b.evaluate("document.documentElement.style.fontSize = ''")
        await b.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=2, mobile=True)

    def report(self):
        """The violations found, one paragraph each; empty when none."""
        return "\n".join(self.found)
