"""The vocabulary tables: NFC, no duplicates, allowed values only."""

import importlib
import pkgutil
import unicodedata

import pytest

import parsers.vocab
from parsers.vocab import qualifiers

MODULES = [importlib.import_module(f"parsers.vocab.{m.name}") for m in pkgutil.iter_modules(parsers.vocab.__path__)]


def _words(module):
    for name, value in vars(module).items():
        if name.isupper() and isinstance(value, (dict, tuple, list, frozenset, set)):
            for word in value:
                yield name, word
        elif name.isupper() and isinstance(value, str):
            yield name, value


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_vocab_module(module):
    assert module.__doc__ and len(module.__doc__) > 40, "each vocab module says its source and fields"
    for name, word in _words(module):
        if isinstance(word, str):
            assert unicodedata.is_normalized("NFC", word), (name, word)
            assert word == word.strip() and word, (name, word)
        if isinstance(getattr(module, name), (tuple, list)):
            values = getattr(module, name)
            assert len(values) == len(set(values)), f"duplicate in {name}"


def test_qualifier_values():
    assert set(qualifiers.QUALIFIERS.values()) <= {"exact", "over", "under", "about"}


def test_every_province_has_an_outlet():
    """Before and after July 2025, every province can be told from its newsroom."""
    from vietnamadminunits.database import get_data

    from parsers.vocab.outlets import OUTLETS

    legacy = {r["provinceShort"] for r in get_data(["provinceShort"], "admin_units_legacy")}
    current = {r["provinceShort"] for r in get_data(["provinceShort"], "admin_units")}
    assert len(legacy) == 63 and len(current) == 34
    missing = {p for p in legacy | current if not OUTLETS.get(p, ((), ()))[0]}
    assert not missing, missing


def test_outlet_fragments_name_one_province():
    from parsers.vocab.outlets import OUTLETS

    fragments = [f for hosts, _ in OUTLETS.values() for f in hosts]
    assert len(fragments) == len(set(fragments))
