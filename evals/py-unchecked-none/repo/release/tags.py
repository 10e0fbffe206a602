"""Git tags of the releases."""

import subprocess


def list_tags(repo: str) -> list[str]:
    out = subprocess.run(["git", "-C", repo, "tag", "--list"], check=True, capture_output=True, text=True)
    return out.stdout.split()
