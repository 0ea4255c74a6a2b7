"""Run one command and print, as JSON, its wall and CPU seconds and the peak memory of
its largest process: run in a process of its own, so that the peak is this command's.

    python bench/measure.py FOLDER COMMAND...
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main() -> None:
    folder, command = sys.argv[1], sys.argv[2:]
    start = time.perf_counter()
    subprocess.run(command, cwd=folder, check=True)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "wall_s": round(wall, 2),
                "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
                "peak_mib": round(usage.ru_maxrss / 1024),
            }
        )
    )


if __name__ == "__main__":
    main()
