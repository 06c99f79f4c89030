"""Validates the reports `bulwark scan` writes: SARIF, OCSF and HTML, against the JSON report.

Usage: validate_reports.py DIR  (DIR holds scan.json, scan.sarif, scan.ocsf.json, scan.html;
a screenshot of the HTML page is written to DIR/scan.png).
"""

import base64
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

import jsonschema
import websocket
from py_ocsf_models.events.findings.detection_finding import DetectionFinding

HERE = pathlib.Path(__file__).resolve().parent


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_sarif(report, sarif):
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text())
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(sarif), key=lambda e: list(e.path))
    for error in errors[:10]:
        print(f"  SARIF {'/'.join(map(str, error.path))}: {error.message}", file=sys.stderr)
    if errors:
        fail(f"SARIF: {len(errors)} schema errors")
    run = sarif["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    if rule_ids != [control["id"] for control in report["controls"]]:
        fail("SARIF: rules are not one per control in order")
    expected = sum(1 for f in report["findings"] if f["status"] in ("fail", "unknown"))
    if len(run["results"]) != expected:
        fail(f"SARIF: {len(run['results'])} results, expected {expected} failing or unknown findings")
    print(f"SARIF: valid against the 2.1.0 schema; {len(rule_ids)} rules, {expected} results")


def check_ocsf(report, events):
    if len(events) != len(report["findings"]):
        fail(f"OCSF: {len(events)} events for {len(report['findings'])} findings")
    known = set(DetectionFinding.model_fields)
    for index, event in enumerate(events):
        try:
            DetectionFinding.model_validate(event)
        except Exception as error:  # pydantic.ValidationError, reported with the event's index
            fail(f"OCSF event {index}: {error}")
        unexpected = set(event) - known
        if unexpected:
            fail(f"OCSF event {index}: members the Detection Finding class does not define: {sorted(unexpected)}")
    print(f"OCSF: {len(events)} Detection Findings valid with py-ocsf-models")


class Page:
    """One headless Chromium page driven over the DevTools protocol."""

    def __init__(self, browser, profile):
        self.process = subprocess.Popen(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--remote-debugging-port=0", f"--user-data-dir={profile}", "--window-size=1280,1600", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = pathlib.Path(profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            time.sleep(0.1)
        else:
            fail("Chromium did not start")
        port = port_file.read_text().split()[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page = next(t for t in targets if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    fail(f"DevTools {method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            fail(f"HTML: evaluating {expression!r} threw {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        self.socket.close()
        self.process.terminate()
        self.process.wait(timeout=30)


def check_html(report, html_path, screenshot_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        fail("HTML: Chromium is not installed (Debian package chromium)")
    with tempfile.TemporaryDirectory() as profile:
        page = Page(browser, profile)
        try:
            page.call("Runtime.enable")
            page.call("Log.enable")
            page.call("Page.enable")
            page.call("Page.navigate", url=html_path.resolve().as_uri())
            for _ in range(300):
                if page.evaluate("document.readyState") == "complete":
                    break
                time.sleep(0.1)
            errors = [e for e in page.events if e.get("method") == "Runtime.exceptionThrown"
                      or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert"))
                      or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")]
            if errors:
                fail(f"HTML: console errors: {errors[:3]}")
            rows = page.evaluate("document.querySelectorAll('#findings tbody tr.finding').length")
            if rows != len(report["findings"]):
                fail(f"HTML: {rows} table rows for {len(report['findings'])} findings")
            chart = page.evaluate("(function(){var s=document.getElementById('chart');"
                                  "if(!s){return null;}var r=s.getBoundingClientRect();"
                                  "return {width:r.width,height:r.height,"
                                  "bars:Array.prototype.map.call(s.querySelectorAll('rect.bar'),"
                                  "function(b){return [b.getAttribute('data-domain'),b.getAttribute('data-severity'),"
                                  "Number(b.getAttribute('data-count')),b.getBBox().width];})};})()")
            if not chart or chart["width"] <= 0 or chart["height"] <= 0:
                fail("HTML: the chart is not drawn")
            severities = {c["id"]: (c["domain"], c["severity"]) for c in report["controls"]}
            expected = {}
            for finding in report["findings"]:
                if finding["status"] == "fail" and finding["suppressed"] is None:
                    key = severities[finding["control"]]
                    expected[key] = expected.get(key, 0) + 1
            drawn = {(d, s): n for d, s, n, width in chart["bars"] if width > 0}
            if drawn != expected:
                fail(f"HTML: chart bars {drawn} differ from failing findings by domain and severity {expected}")
            failing = sum(1 for f in report["findings"] if f["status"] == "fail")
            shown = page.evaluate("(function(){var s=document.getElementById('status');s.value='fail';"
                                  "s.dispatchEvent(new Event('change'));return Array.prototype.filter.call("
                                  "document.querySelectorAll('#findings tbody tr.finding'),"
                                  "function(r){return r.style.display!=='none';}).length;})()")
            if shown != failing:
                fail(f"HTML: the status filter shows {shown} rows, expected {failing} failing findings")
            page.evaluate("(function(){var s=document.getElementById('status');s.value='';"
                          "s.dispatchEvent(new Event('change'));})()")
            shot = page.call("Page.captureScreenshot", format="png")
            screenshot_path.write_bytes(base64.b64decode(shot["data"]))
        finally:
            page.close()
    print(f"HTML: no console errors; chart drawn with {len(chart['bars'])} bars; {rows} rows; filter works")


def main():
    directory = pathlib.Path(sys.argv[1])
    report = json.loads((directory / "scan.json").read_text())
    if report.get("formatVersion") != 1:
        fail("JSON: formatVersion is not 1")
    check_sarif(report, json.loads((directory / "scan.sarif").read_text()))
    check_ocsf(report, json.loads((directory / "scan.ocsf.json").read_text()))
    check_html(report, directory / "scan.html", directory / "scan.png")
    print(f"all reports valid ({len(report['findings'])} findings)")


if __name__ == "__main__":
    main()
