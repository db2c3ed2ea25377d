"""Faster `__init__` for the frozen dataclasses the extractor makes by the hundred per article (speed
only: the same objects).

A frozen dataclass's generated `__init__` stores each field with
`__dataclass_builtins_object__.__setattr__(self, name, value)` (its own `__setattr__` refuses): a
global lookup, an attribute lookup and a call per field. On the hard corpus the extractor builds
~190 places, sides, sentences, keywords, amounts and facts per article, and `dataclasses.replace`
goes through `__init__` too. The `__init__` written here makes the same calls of the same
`object.__setattr__`, bound once, in field order, with the same parameters and defaults: the object
is the same (fields, equality, hash, repr), only made faster (1.5 % fewer instructions per hard
article; storing into `self.__dict__` instead was slower: it makes Python 3.11 give up the
instance's inline attribute values). Installed once at import (`install`); a class with anything
the plain form does not cover (a default factory, `__post_init__`, init-only or keyword-only fields,
slots) keeps its own. tests/extract/test_fast_init.py compares both.
"""

from __future__ import annotations

import dataclasses
import importlib

# The classes built most often on the hard corpus (counted: sides and places ~45 per article each,
# facts, sentences, keywords, segments, amounts, periods, changes, the confidence model's quotes).
HOT = {
    "etl.model": ("Fact", "Event"),
    "etl.extract.resolve": ("Side",),
    "etl.extract.places": ("PlaceMention",),
    "etl.extract.sentence_parts": ("Sentence", "Segment"),
    "etl.extract.metric": ("MetricMention",),
    "etl.extract.amount": ("Money",),
    "etl.extract.period": ("PeriodMention",),
    "etl.extract.change": ("Change",),
    "etl.extract.confidence": ("_Quote",),
    "etl.extract.confidence_cues": ("Sentence",),
}


def plain_frozen_init(cls: type):
    """An `__init__` for the frozen dataclass `cls` that sets its fields as the generated one does,
    with object.__setattr__ bound once; None when the class has anything the generated one handles
    and this does not."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__"):
        return None
    every = cls.__dataclass_fields__.values()
    fields = dataclasses.fields(cls)
    if len(fields) != len(every) or any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
                                        for f in fields):
        return None   # init-only pseudo-fields, init=False, keyword-only fields or default factories
    defaults = {f"_default_{k}": f.default for k, f in enumerate(fields) if f.default is not dataclasses.MISSING}
    args = [f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{k}" for k, f in enumerate(fields)]
    if any(f.name in ("self", "_store_", "_set_") or f.name.startswith("_default_") for f in fields):
        return None   # a field name the source below uses for itself
    body = "".join(f"    _store_(self, {f.name!r}, {f.name})\n" for f in fields)
    source = f"def __init__(self, {', '.join(args)}):\n    _store_ = _set_\n{body}"
    namespace = {**defaults, "_set_": object.__setattr__}
    exec(source, namespace)   # noqa: S102 - the source is made of the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    return init


def install() -> list[type]:
    """Give each class of HOT its plain `__init__`; returns the classes that took it."""
    done = []
    for module, names in HOT.items():
        mod = importlib.import_module(module)
        for name in names:
            cls = getattr(mod, name)
            if "__dataclass_init__" in cls.__dict__:
                continue   # installed before
            init = plain_frozen_init(cls)
            if init is not None:
                cls.__dataclass_init__ = cls.__init__   # the generated one, kept for the tests
                cls.__init__ = init
                done.append(cls)
    return done
