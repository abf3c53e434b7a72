"""Real browser: streamlit run app.py, every page in headless Chromium, screenshots."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
PAGES = ["", "theo_nam", "theo_dia_phuong", "chien_dich", "du_lieu", "nhap_du_lieu"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium chromium-driver; .ci/run does)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "MTTQ_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def test_every_page_in_chromium(server):
    from playwright.sync_api import sync_playwright

    shots = ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking"])  # fmt: skip
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        for name in PAGES:
            page.goto(f"{server}/{name}", wait_until="networkidle")
            page.wait_for_selector("h1", timeout=60_000)
            time.sleep(2)
            assert page.locator("[data-testid='stException']").count() == 0, name
            assert page.locator("[data-testid='stAlertContentError']").count() == 0, name
            if name in ("", "theo_nam", "theo_dia_phuong", "chien_dich"):
                page.wait_for_selector(".js-plotly-plot", timeout=30_000)
            page.screenshot(path=str(shots / f"{name or 'tong_quan'}.png"), full_page=True)
        _check_download(page, server)
        browser.close()


def _check_download(page, server):
    """A real click on "Tải CSV" with a province filter in the URL gives exactly those rows."""
    import csv
    import io

    page.goto(f"{server}/du_lieu?tinh=H%C3%A0+N%E1%BB%99i", wait_until="networkidle")
    page.wait_for_selector("text=Tải CSV", timeout=60_000)
    shown = int(page.locator("strong").first.inner_text().replace(".", ""))
    with page.expect_download(timeout=60_000) as download:
        page.get_by_text("Tải CSV").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == shown > 0 and {r["Tỉnh/thành (lúc đó)"] for r in rows} == {"Hà Nội"}
    assert all(r["Câu gốc"] for r in rows)
