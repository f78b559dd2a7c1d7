"""Shared fixtures, and the rule for ../shared and Chromium: required in CI, optional on a user's clone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headless import CHROMIUM, launch

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def missing(message: str) -> None:
    """Fail in CI, where everything must be there; skip on a user's clone."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def require_shared() -> Path:
    """The shared/ folder beside the project; a missing one fails in CI and skips elsewhere."""
    if not (SHARED / "seed").is_dir():
        missing(f"{SHARED} is missing (it holds the seed article and its gold facts)")
    return SHARED


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's headless Chromium driven by playwright; `make test` installs both, CI fails without them."""
    if not CHROMIUM.exists():
        missing(f"{CHROMIUM} is missing: make test installs Debian's chromium package")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("playwright is missing: make test installs it")
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
