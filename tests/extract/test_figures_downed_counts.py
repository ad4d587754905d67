"""A number after "downed" counts what was brought down, it is no decrease; "down" as written still is.

Sentences written for these tests in wire style (Ukraine 2024, Red Sea 2024, Sudan 2025, Kashmir 2025).
"""

from __future__ import annotations

import pytest

from figure_support import figure_in


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        # Fail on the original code: "downed" was read as a verb of decrease.
        ("Ukraine's air force said it downed 46 of the 61 drones Russia launched overnight.", "46", "exact"),
        ("The Sudanese army said it downed 11 of the 14 drones fired at Port Sudan.", "11", "exact"),
        ("The Indian army downs 19 of the 25 drones that crossed the line of control, officials say.", "19", "exact"),
        ("The US Navy said it was downing 7 of every 10 Houthi drones before they reached the ships.", "7", "exact"),
        ("Jordan said its jets downed 12 drones over the northern desert.", "12", "exact"),
        # Guards: "down" as written, and the other verbs of decrease, still mark a change.
        ("Shares in the arms maker were down 6% on Tuesday.", "6", "down"),
        ("Attacks on aid convoys were down 30 percent in March, the monitor said.", "30", "down"),
        ("Drone strikes dropped 25 percent after the truce.", "25", "down"),
        ("Russia cut gas deliveries by 20 percent.", "20", "down"),
    ],
)
def test_downed_counts_what_fell(text: str, span: str, qualifier: str) -> None:
    assert figure_in(text, span).qualifier == qualifier
