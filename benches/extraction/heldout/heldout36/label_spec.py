#!/usr/bin/env python3
"""Write labels/<slug>.jsonl from per-seed line-number specs (the heldout30/heldout34 scheme).

heldout36 found no usable source, so SPEC is empty and only the (empty) labels/ folder is created.
Scheme for a later attempt: per seed, title = headline line (or (first, last) for a wrapped headline),
region = (first, last) line of the main content, picks = 4-6 article lines (>= 40 chars, unique),
neutral = lines labelled neither way, bp_in = furniture lines inside the region; boilerplate = every
other non-empty line outside the region (stripped, cut to 200 chars, deduplicated).  No page text here."""
import os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = {}


def run():
    os.makedirs(os.path.join(BASE, 'labels'), exist_ok=True)
    assert not SPEC, 'no seeds in heldout36'
    print('labels: 0 seeds')


if __name__ == '__main__':
    run()
