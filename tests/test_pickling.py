"""The frozen dataclasses between the stages are pickled as their class and field values:
the build's keys digest them, its store keeps them, its processes hand them over."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil

import pytest

import archive_site
from archive_site.errors import Reporter
from archive_site.load.parse import parse_seed
from archive_site.model import Document
from archive_site.pickling import pickled_by_fields
from archive_site.runtime.store import digest_of
from conftest import SEEDS


def real_documents() -> list[Document]:
    docs = []
    for seed in sorted(SEEDS.glob("*.txt")):
        doc = parse_seed(seed, seed.read_bytes(), Reporter())
        assert doc is not None
        docs.append(doc)
    return docs


def test_a_document_comes_back_from_pickling_equal_and_digests_alike() -> None:
    for doc in real_documents():
        for protocol in (2, pickle.HIGHEST_PROTOCOL):
            again = pickle.loads(pickle.dumps(doc, protocol=protocol))
            assert again == doc
            assert digest_of(again) == digest_of(doc)
    first, second, *_ = real_documents()
    assert digest_of(first) != digest_of(second)


def frozen_slotted_dataclasses() -> list[type]:
    found = []
    for module in pkgutil.walk_packages(archive_site.__path__, "archive_site."):
        if module.name.endswith("__main__"):
            continue
        for _, cls in inspect.getmembers(importlib.import_module(module.name), inspect.isclass):
            if (
                cls.__module__ == module.name
                and dataclasses.is_dataclass(cls)
                and "__slots__" in cls.__dict__
                and cls.__dataclass_params__.frozen
            ):
                found.append(cls)
    return found


def test_every_frozen_slotted_dataclass_is_pickled_by_its_fields() -> None:
    classes = frozen_slotted_dataclasses()
    assert len(classes) > 50
    generic = [c.__qualname__ for c in classes if "__reduce__" not in c.__dict__]
    assert generic == []


def test_a_class_whose_init_does_not_take_every_field_in_order_is_refused() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Derived:
        a: int
        b: int = dataclasses.field(init=False, default=0)

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class Named:
        a: int

    for cls in (Derived, Named):
        with pytest.raises(TypeError, match="in order"):
            pickled_by_fields(cls)
