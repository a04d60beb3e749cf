"""The bundle's entry point (PyInstaller needs a script): starts ImpactApp's GUI.

``impactapp --icu-probe`` instead prints what Qt's collation, case mapping, time zone names and
codecs give in the program's languages (``icu_probe.py``), to check the bundle's trimmed ICU
data against a source run.
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--icu-probe"]:
        from icu_probe import main as icu_probe

        sys.exit(icu_probe())
    from impactapp.app import main

    sys.exit(main())
