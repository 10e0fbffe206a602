"""Uploaded images: stored under their original name."""

from pathlib import Path

UPLOADS = Path("/var/lib/gallery/uploads")


def store(name: str, data: bytes) -> Path:
    target = UPLOADS / Path(name).name
    target.write_bytes(data)
    return target
