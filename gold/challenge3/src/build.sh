#!/bin/sh
# Rebuild gold/challenge3/articles.jsonl from the batch files, then check it.
set -e
cd "$(dirname "$0")"
rm -f ../articles.jsonl
python3 b1.py
python3 b2.py
python3 b3.py
python3 check.py
