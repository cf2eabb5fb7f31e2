#!/usr/bin/env python3
# Usage: python3 scripts/fn_lengths.py 150 src/lower   (prints functions over 150 lines; exit 1 if any)
"""Lists Rust functions longer than a limit: fn header line to its closing brace."""
import re, sys, pathlib
limit = int(sys.argv[1]); paths = sys.argv[2:]
fn_re = re.compile(r'^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)')
out = []
for root in paths:
    for p in sorted(pathlib.Path(root).rglob('*.rs')) if pathlib.Path(root).is_dir() else [pathlib.Path(root)]:
        lines = p.read_text().split('\n')
        for i, l in enumerate(lines):
            m = fn_re.match(l)
            if not m: continue
            depth = 0; started = False
            for j in range(i, len(lines)):
                s = re.sub(r'"(\\.|[^"\\])*"', '""', lines[j]); s = re.sub(r"'(\\.|[^'\\])'", "''", s); s = s.split('//')[0]
                for ch in s:
                    if ch == '{': depth += 1; started = True
                    elif ch == '}': depth -= 1
                if started and depth == 0: break
                if not started and s.rstrip().endswith(';'): break
            n = j - i + 1
            if n > limit: out.append((n, f'{p}:{i+1} {m.group(6)}'))
for n, w in sorted(out, reverse=True): print(n, w)
sys.exit(1 if out else 0)
