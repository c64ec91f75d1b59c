"""Records CPython 3.12's view of the parser test corpus.

For tests/parser/corpus/NAME[.eval|.single].py writes NAME...ast with two
lines: ast.dump(tree) and ast.dump(tree, include_attributes=True).
For tests/parser/errors/NAME.py writes NAME.err with one line:
    ExcType: msg / lineno / offset / end_lineno / end_offset
(None printed as 0), from compile(open(f).read(), f, 'exec') run in the
errors directory, as CPython reports it for that file.

Run through gen_expected.sh, which selects CPython 3.12.
"""
import ast
import os
import sys
import warnings

if sys.version_info[:2] != (3, 12):
    sys.exit("gen_expected.py needs CPython 3.12, not %s" % sys.version.split()[0])
warnings.simplefilter("ignore")

here = os.path.dirname(os.path.abspath(__file__))


def mode_of(name):
    if name.endswith(".eval.py"):
        return "eval"
    if name.endswith(".single.py"):
        return "single"
    return "exec"


def corpus():
    d = os.path.join(here, "corpus")
    n = 0
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(d, name)
        with open(path, "rb") as f:
            src = f.read()
        tree = compile(src, name, mode_of(name), ast.PyCF_ONLY_AST)
        with open(path[:-3] + ".ast", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree) + "\n")
            f.write(ast.dump(tree, include_attributes=True) + "\n")
        n += 1
    return n


def errors():
    d = os.path.join(here, "errors")
    old = os.getcwd()
    os.chdir(d)
    n = 0
    try:
        for name in sorted(os.listdir(".")):
            if not name.endswith(".py"):
                continue
            with open(name, encoding="utf-8") as f:
                src = f.read()
            try:
                compile(src, name, "exec", ast.PyCF_ONLY_AST)
            except SyntaxError as e:
                fields = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
                line = "%s: %s" % (type(e).__name__, " / ".join(
                    "0" if v is None else str(v) for v in fields))
            except MemoryError as e:
                line = "MemoryError: %s / 0 / 0 / 0 / 0" % e
            else:
                sys.exit("errors/%s parses without error" % name)
            with open(name[:-3] + ".err", "w", encoding="utf-8") as f:
                f.write(line + "\n")
            n += 1
    finally:
        os.chdir(old)
    return n


if __name__ == "__main__":
    print("%d corpus files, %d error files" % (corpus(), errors()))
