"""Workers keep sharing the memory of the app the master loaded: gunicorn's
pre_fork hook freezes the master's objects, so a worker's garbage
collections never visit (and so never copy) them. The memory this saves is
measured by `make bench` (RSS, PSS and USS per worker), not asserted here."""

import gc
import runpy

from django.conf import settings


def test_the_master_freezes_what_it_loaded_before_each_fork():
    hooks = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
    gc.unfreeze()
    try:
        hooks["pre_fork"](server=None, worker=None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # the test process goes on collecting as before
