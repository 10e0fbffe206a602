"""Durations in the job config: "500ms", "2m", "1h"."""

import re

_DURATION = re.compile(r"^(\d+)(ms|m|h)$")
_MS = {"ms": 1, "m": 60_000, "h": 3_600_000}


def parse_duration(text: str) -> int:
    """The duration in milliseconds; ValueError for anything else."""
    match = _DURATION.match(text.strip())
    if not match:
        raise ValueError(f"not a duration: {text!r} (expected a number and ms, m or h)")
    return int(match.group(1)) * _MS[match.group(2)]
