"""Shared fixtures and the rule for ../shared: required in CI, optional on a user's clone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def require_shared() -> Path:
    """The shared/ folder beside the project; a missing one fails in CI and skips elsewhere."""
    if (SHARED / "seed").is_dir():
        return SHARED
    message = f"{SHARED} is missing (it holds the seed article and its gold facts)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return require_shared()
