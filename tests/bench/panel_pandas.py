"""pandas.read_csv of one file, timed: the baseline of the panel benchmark.

usage: /usr/bin/python3 panel_pandas.py FILE.csv
Prints one JSON line: the seconds read_csv took and the rows it read. Run with Debian's
python3-pandas (apt-get install python3-pandas), which is for /usr/bin/python3.
"""
import json
import sys
import time

import pandas


def main():
    start = time.perf_counter()
    frame = pandas.read_csv(sys.argv[1])
    seconds = time.perf_counter() - start
    print(json.dumps({"read_csv_seconds": seconds, "rows": len(frame)}))


if __name__ == "__main__":
    main()
