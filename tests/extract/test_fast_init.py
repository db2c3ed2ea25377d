"""The plain `__init__` of the hot frozen dataclasses (etl/extract/fast_init.py) makes the same
objects as the generated one: a speed shortcut must not change what is extracted."""

import dataclasses
import importlib
import inspect

import pytest


def _hot_classes():
    import etl.extract  # noqa: F401 - installs the plain __init__ (etl/extract/fast_init.py)
    from etl.extract.fast_init import HOT

    return [getattr(importlib.import_module(m), n) for m, names in HOT.items() for n in names]


def test_every_hot_dataclass_takes_the_plain_init_with_the_same_signature():
    for cls in _hot_classes():
        assert "__dataclass_init__" in cls.__dict__, cls
        assert inspect.signature(cls.__init__) == inspect.signature(cls.__dataclass_init__), cls


def test_the_plain_init_makes_the_same_object():
    """Built from the same arguments by both __init__s (defaults left out, then all given): equal,
    the same hash, repr and fields; still frozen."""
    for cls in _hot_classes():
        fields = dataclasses.fields(cls)
        required = [f"v{k}" for k, f in enumerate(fields) if f.default is dataclasses.MISSING]
        every = [f"v{k}" for k in range(len(fields))]
        for args in (required, every):
            fast = cls(*args)
            plain = cls.__new__(cls)
            cls.__dataclass_init__(plain, *args)
            assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain), cls
            assert vars(fast) == vars(plain) and list(vars(fast)) == list(vars(plain)), cls
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(fast, fields[0].name, "x")
        kw = {f.name: f"k{k}" for k, f in enumerate(fields)}
        assert dataclasses.replace(cls(**kw), **{fields[0].name: "y"}) == cls(**{**kw, fields[0].name: "y"})


def test_a_dataclass_the_plain_init_does_not_cover_keeps_its_own():
    from etl.extract.fast_init import plain_frozen_init

    @dataclasses.dataclass(frozen=True)
    class Factory:
        xs: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Post:
        x: int

        def __post_init__(self):
            pass

    @dataclasses.dataclass
    class Mutable:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Slotted:
        x: int

    assert all(plain_frozen_init(c) is None for c in (Factory, Post, Mutable, Slotted))
