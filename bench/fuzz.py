"""Run the property tests of tests/test_properties.py with many random examples and print the crashes found.

    .venv/bin/python bench/fuzz.py                      # 2000 examples per renderer property, 200 through make
    .venv/bin/python bench/fuzz.py --examples 500 --make-examples 50

A crash is any exception other than BriefingError (one clean line) from make_briefing, a
renderer or the template sandbox. Exit status 1 when there is one.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per renderer and template property")
    parser.add_argument("--make-examples", type=int, default=200, help="examples of whole stories through make_briefing")
    args = parser.parse_args()
    os.environ.update(BRIEFING_FUZZ="1", BRIEFING_EXAMPLES=str(args.examples), BRIEFING_MAKE_EXAMPLES=str(args.make_examples))
    sys.path.insert(0, str(ROOT))
    from tests import test_properties

    properties = [name for name in dir(test_properties) if name.startswith("test_")]
    crashes = 0
    for name in properties:
        started = time.monotonic()
        try:
            getattr(test_properties, name)()
            outcome = "0 crashes"
        except BaseException as exc:  # noqa: BLE001 - every failure is what we are looking for
            found = list(exc.exceptions) if isinstance(exc, BaseExceptionGroup) else [exc]
            crashes += len(found)
            outcome = f"{len(found)} crash{'es' if len(found) != 1 else ''}"
            for error in found:
                print("".join(traceback.format_exception(error)[-6:]), file=sys.stderr)
        print(f"{name}: {outcome} ({time.monotonic() - started:.0f} s)")
    print(f"total: {crashes} crash{'es' if crashes != 1 else ''}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
