"""The collection's own identity (content/site.yaml): its title, a description, who
publishes it and under what rights, the name of its offline zip, its language and the
address it is published at. Read once, checked, then handed to every stage that names the
collection."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import Reporter
from ..pickling import pickled_by_fields
from . import yamlio
from .inputs import present, read_text

FILE = "site.yaml"  # in the content folder
DOWNLOADS = "downloads"  # the site's folder of the offline zip and the dataset
DATASET = f"{DOWNLOADS}/dataset.zip"  # every record, the curated data and the register


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Settings:
    title: str
    short_name: str
    language: str = "en"
    base_url: str | None = None  # without one, the site works from any folder
    description: str = ""  # one or two sentences: what search engines and link previews show
    publisher: str | None = None  # who publishes the edition; else its title stands for it
    rights: str | None = None  # the edition's own rights statement, in every page's footer
    base_url_line: int = 1  # where base_url is set (or would be) in the settings file

    @property
    def edition(self) -> str:
        """What citations and exports name as publisher of the edition."""
        return self.publisher or self.title

    @property
    def bundle(self) -> str:
        """The file name of the offline zip of the whole site."""
        return f"{self.short_name}.zip"

    @property
    def bundle_path(self) -> str:
        """Where the offline zip lies in the site."""
        return f"{DOWNLOADS}/{self.bundle}"

    def url(self, path: str) -> str | None:
        """A page's absolute address, where the site has a base address."""
        return f"{self.base_url.rstrip('/')}/{path}" if self.base_url else None


def read(folder: Path, report: Reporter) -> Settings | None:
    path = folder / FILE
    if not present(path):
        report.error(
            path,
            1,
            "the collection's settings are missing; expected this file, with its "
            "title, description, short_name and language",
        )
        return None
    text = read_text(path, "content", report)
    located = yamlio.load(path, text, report) if text is not None else None
    if located is None:
        return None
    if not isinstance(located.data, dict):
        expected = "expected title, description, short_name and language"
        report.error(path, 1, f"found no mapping; {expected}")
        return None
    if not yamlio.validate(path, located, "settings", report):
        return None
    data = located.data
    base_url = data.get("base_url")
    for problem in base_url_problems(base_url) if base_url else []:
        report.error(path, located.line(["base_url"]), f"base_url: {problem}")
    return Settings(
        " ".join(data["title"].split()),
        data["short_name"],
        data["language"],
        base_url,
        " ".join(data["description"].split()),
        " ".join(data["publisher"].split()) if data.get("publisher") else None,
        " ".join(data["rights"].split()) if data.get("rights") else None,
        located.line(["base_url"]) if "base_url" in data else 1,
    )


def no_address(settings: Settings, folder: Path, report: Reporter) -> None:
    """A warning, once a build, where the site has no public address: its citations and
    copied links then carry none (the pages say so)."""
    if not settings.base_url:
        report.warn(
            folder / FILE,
            settings.base_url_line,
            "base_url is not set, so citations and copied links will carry no address; "
            "expected the address the site is published at, e.g. base_url: "
            "https://example.org/archive/ (or build with --base-url)",
        )


def base_url_problems(base_url: str) -> list[str]:
    """What is wrong with a site's address: it must be an http(s) origin and a path."""
    expected = "expected an http(s) address with a path only, such as https://example.org/archive/"
    if not re.fullmatch(r"https?://[^\s\"'<>\\]+", base_url):
        return [f"{base_url!r} is not a web address; {expected}"]
    if "?" in base_url or "#" in base_url:
        what = "a query" if "?" in base_url else "a fragment"
        return [f"{base_url!r} has {what}; {expected}"]
    parts = urlsplit(base_url)
    if "@" in parts.netloc or not parts.hostname:
        return [f"{base_url!r} does not name a host plainly; {expected}"]
    if not public_host(parts.hostname):
        return [
            f"{base_url!r} names a loopback or private host, which readers elsewhere cannot "
            f"reach, and citations would carry it; {expected}"
        ]
    try:
        parts.port  # noqa: B018  (a port that is not a number raises)
    except ValueError:
        return [f"{base_url!r} has a port that is not a number; {expected}"]
    return []


def public_host(host: str) -> bool:
    """Whether a host can be reached from elsewhere: not this machine (localhost,
    127.0.0.0/8, ::1), nor a private, link-local or unspecified address."""
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith((".localhost", ".local", ".internal")):
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return True  # a name
    return address.is_global
