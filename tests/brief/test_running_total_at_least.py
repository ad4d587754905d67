"""The brief's running-total guard: "at least" is a count's qualifier, not a superlative."""

from __future__ import annotations

import subprocess
import sys

from parley.brief._guards import is_running_total


def test_at_least_before_since_is_still_a_running_total() -> None:
    sentence = "The death toll has risen to at least 9,000 since the fighting began, the ministry said."
    assert is_running_total(sentence, "9,000")


def test_a_superlative_before_since_is_still_a_comparison() -> None:
    assert not is_running_total("It was the deadliest raid since 2019, with at least 40 dead.", "40")


def test_the_brief_package_imports_on_its_own() -> None:
    """``parley brief`` imports parley.brief first; a cycle through parley.check once broke that."""
    done = subprocess.run([sys.executable, "-c", "import parley.brief"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
