"""Is this unchanged? Every decision the build makes about work it can skip."""

from __future__ import annotations

import hashlib


def digest(*parts: object) -> str:
    """SHA-256 of the parts as text, each ended by a separator: the signature of what an output shows."""
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(str(part).encode("utf-8"))
        hasher.update(b"\x1e")
    return hasher.hexdigest()
