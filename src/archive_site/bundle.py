"""The offline bundle: the whole site as one zip, the same bytes for the same site."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

FOLDER = "downloads"
#: the zip's timestamps: SOURCE_DATE_EPOCH where set, else a fixed date (1980, zip's first)
DEFAULT_EPOCH = 315532800


def name(title: str = "soviet-human-rights-documents") -> str:
    return f"{title}.zip"


def write(site: Path, target: Path, top: str) -> int:
    """Zip every file of the site (but the bundle itself) under the folder `top`, in
    sorted order with fixed dates and modes; return its size in bytes."""
    files = sorted(p for p in site.rglob("*") if p.is_file() and p != target)  # dataset too
    target.parent.mkdir(parents=True, exist_ok=True)
    data = zip_bytes({f"{top}/{p.relative_to(site).as_posix()}": p.read_bytes() for p in files})
    target.write_bytes(data)
    return len(data)


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    """A zip of the entries, the same bytes for the same entries: sorted names, the dates
    of epoch(), one file mode."""
    stamp = zip_time(epoch())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, entries[name])
    return out.getvalue()


def epoch() -> int:
    """The time zips record: SOURCE_DATE_EPOCH where set (not before 1980), else fixed."""
    return max(int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)), DEFAULT_EPOCH)


def zip_time(epoch: int) -> tuple[int, int, int, int, int, int]:
    import time

    t = time.gmtime(epoch)
    return (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec - t.tm_sec % 2)


def human(size: int) -> str:
    """A size as people read it, rounded so that small changes keep the same words."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} KB"
