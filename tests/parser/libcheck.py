"""Differential check of gilpy's parser against CPython 3.12 on real code.

usage: libcheck.py ASTDUMP DIR [-a]

Parses every .py file under DIR with CPython (files CPython rejects, and
files using constructs gilpy deliberately rejects: match, type parameters,
type aliases, except*, are skipped), then compares ast.dump(tree) (with
positions when -a is given) with the output of `ASTDUMP [-a] FILE`.
Prints the differing files and a final "N passed, N failed, N skipped".
Run through libcheck.sh, which builds astdump and selects CPython 3.12.
"""
import ast
import os
import subprocess
import sys
import warnings

if sys.version_info[:2] != (3, 12):
    sys.exit("libcheck.py needs CPython 3.12, not %s" % sys.version.split()[0])
warnings.simplefilter("ignore")


def unsupported(tree):
    for n in ast.walk(tree):
        if isinstance(n, (ast.Match, ast.TypeAlias, ast.TryStar)):
            return True
        if getattr(n, "type_params", None):
            return True
    return False


def main():
    astdump, root = sys.argv[1], sys.argv[2]
    attrs = "-a" in sys.argv[3:]
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root)
                   for f in fs if f.endswith(".py"))
    passed = failed = skipped = 0
    for fn in files:
        try:
            with open(fn, "rb") as fh:
                tree = ast.parse(fh.read())
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            skipped += 1
            continue
        if unsupported(tree):
            skipped += 1
            continue
        want = ast.dump(tree, include_attributes=attrs)
        args = [astdump] + (["-a"] if attrs else []) + [fn]
        r = subprocess.run(args, capture_output=True)
        got = r.stdout.decode("utf-8", "replace").rstrip("\n")
        if got == want:
            passed += 1
        else:
            failed += 1
            print("FAIL", fn)
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
