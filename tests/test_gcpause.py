"""The collector pause used by the indicator import never turns the collector on."""

import gc

import pytest

from impactapp.gcpause import collector_paused


@pytest.fixture
def restore_gc():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_off_in_the_block_and_on_again_after(restore_gc):
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off_even_after_an_error(restore_gc):
    gc.disable()  # as in the GUI, where only the UI thread collects (ui/gc_guard.py)
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("import failed")
    assert not gc.isenabled()
