#!/usr/bin/env python3
"""Rewrites a handpose long-layout CSV (t_s,frame,hand,landmark,x,y,z) in the layout the Python
baseline (shared/baseline/baseline.py) reads: frame,timestamp,hand,landmark,x,y,z,confidence with
hands "Left"/"Right". handpose reads both layouts, so both programs analyse the same file.

    python3 Benchmarks/python/to_baseline_layout.py IN.csv OUT.csv
"""
import sys


def main(source, target):
    with open(source) as fin, open(target, "w") as fout:
        fout.write("frame,timestamp,hand,landmark,x,y,z,confidence\n")
        header = None
        for line in fin:
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split(",")
            if header is None:
                header = {name: i for i, name in enumerate(fields)}
                continue
            hand = fields[header["hand"]].capitalize()
            fout.write(",".join([fields[header["frame"]], fields[header["t_s"]], hand, fields[header["landmark"]],
                                 fields[header["x"]], fields[header["y"]], fields[header["z"]], "1.0"]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
