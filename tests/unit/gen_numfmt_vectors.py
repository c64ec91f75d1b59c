#!/usr/bin/env python3
"""Writes tests/unit/numfmt_vectors/*.txt: what CPython 3.12 prints for the
cases tests/unit/test_numfmt.c replays against src/obj/numfmt*.c.

Run with CPython 3.12 (the output is committed, so the C test needs no
Python):  PYENV_VERSION=3.12.1 python3 tests/unit/gen_numfmt_vectors.py

Every line is tab-separated fields.  A field escapes backslash, tab,
newline, carriage return and NUL as \\\\ \\t \\n \\r \\0; everything else
is raw UTF-8.  A result field is either "=" followed by the text Python
produced, or "!" + exception class initial (V ValueError, O OverflowError,
T TypeError, K KeyError) + " " + the message.  Doubles are 16 hex digits of
their IEEE-754 bit pattern.
"""

import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 12), "generate with CPython 3.12"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "numfmt_vectors")
rng = random.Random(20240601)


def esc(s):
    return (s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
             .replace("\r", "\\r").replace("\0", "\\0"))


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def outcome(fn):
    try:
        return "=" + fn()
    except ValueError as e:
        return "!V " + str(e)
    except OverflowError as e:
        return "!O " + str(e)
    except TypeError as e:
        return "!T " + str(e)
    except KeyError as e:
        return "!K " + str(e)


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write("\t".join(esc(str(x)) for x in row) + "\n")


# ---------------------------------------------------------------- doubles

def random_double():
    kind = rng.randrange(12)
    if kind == 0:
        return from_bits(rng.getrandbits(64))
    if kind == 1:  # short decimals
        return float("%d.%de%d" % (rng.randrange(1000), rng.randrange(1000),
                                   rng.randrange(-30, 30)))
    if kind == 2:  # powers of ten and neighbours
        x = float("1e%d" % rng.randrange(-325, 309))
        return rng.choice([x, math.nextafter(x, 0), math.nextafter(x, math.inf)])
    if kind == 3:  # subnormals
        return from_bits(rng.getrandbits(52)) * rng.choice([1, -1])
    if kind == 4:  # near the repr switch points 1e16 and 1e-4
        x = rng.choice([1e16, 1e-4, 1e-5, 1e15, 1e17, 9.999999999999999e15])
        for _ in range(rng.randrange(4)):
            x = math.nextafter(x, rng.choice([0, math.inf]))
        return x * rng.uniform(0.9, 1.1) if rng.random() < 0.3 else x
    if kind == 5:  # exact halves, quarters: rounding ties
        return rng.randrange(-100000, 100000) / rng.choice([2, 4, 8, 16, 1024])
    if kind == 6:  # integers, some near 2**53
        return float(rng.choice([rng.randrange(-10**6, 10**6),
                                 2**53 + rng.randrange(-5, 5),
                                 rng.getrandbits(rng.randrange(1, 80))]))
    if kind == 7:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan,
                           5e-324, -5e-324, 1.7976931348623157e308,
                           2.2250738585072014e-308, 0.1, 0.5, 1.5, 2.5, -0.5])
    if kind == 8:  # powers of two (asymmetric rounding intervals)
        return math.ldexp(1.0, rng.randrange(-1074, 1024)) * rng.choice([1, -1])
    if kind == 9:  # small negative values that round to -0
        return -rng.uniform(0, 1e-3)
    if kind == 10:
        return rng.uniform(-1e6, 1e6)
    return from_bits(rng.getrandbits(64)) if rng.random() < 0.5 else rng.gauss(0, 1e3)


def gen_repr():
    rows = []
    for _ in range(10000):
        x = random_double()
        rows.append((bits(x), repr(x)))
    for e in range(-325, 310):
        x = float("1e%d" % e)
        rows.append((bits(x), repr(x)))
        rows.append((bits(-x), repr(-x)))
    write("repr.txt", rows)


# ------------------------------------------------------- spec generation

FILLS = [" ", "*", "0", "x", "é", "\U0001F600", "=", "<", "{", "_", ",", "z",
         "#", "+", "\t", "1"]
WIDTH_DIGITS = ["", "1", "5", "8", "10", "12", "15", "20", "25", "0", "3",
                "\u0661\u0662"]


def rand_spec(types, p_sign=0.35, p_z=0.15, p_alt=0.25, p_group=0.3,
              p_prec=0.5):
    """A random spec; the probabilities keep most specs valid for the kind
    of value while still producing every error now and then."""
    parts = []
    r = rng.random
    if r() < 0.35:
        if r() < 0.6:
            parts.append(rng.choice(FILLS))
        parts.append(rng.choice("<>=^"))
    if r() < p_sign:
        parts.append(rng.choice("+- "))
    if r() < p_z:
        parts.append("z")
    if r() < p_alt:
        parts.append("#")
    if r() < 0.25:
        parts.append("0")
    if r() < 0.55:
        parts.append(rng.choice(WIDTH_DIGITS))
    if r() < p_group:
        parts.append(rng.choice([",", "_", ",", "_", ",", "_", ",_", "_,", ",,"]))
    if r() < p_prec:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12,
                                            15, 16, 17, 20, 25, 30, 40, 60])))
    elif r() < 0.02:
        parts.append(".")
    if r() < 0.85:
        parts.append(rng.choice(types))
    elif r() < 0.3:
        parts.append(rng.choice(["q", "é", "\x01", "ss", "dd", "s", "c", "z"]))
    return "".join(parts)


def gen_format_float():
    rows = []
    types = list("eEfFgGn%") + ["", "", ""]
    for _ in range(10000):
        x = random_double()
        if rng.random() < 0.3:
            x = rng.choice([0.0, -0.0, 1.0, 1234567.891, -0.0001, 1e16, 1e-5,
                            123.0, 1.5, 100.0, 2.675, 0.125, 1e22, 9.5, 99.95,
                            math.inf, -math.inf, math.nan, 12345.678, 0.5])
        spec = rand_spec(types)
        rows.append((bits(x), spec, outcome(lambda: format(x, spec))))
    for spec in ["", ".3", ".2", "#", "#.0", "z", "z.1f", ".0e", "#.0e", "#g",
                 ".0f", "#.0f", ".2147483647q", ".2147483648f", "010", "010,",
                 "=+10", "F", "E", "G", ".3%", "_.3f", ",.2f", "n", ".1n",
                 "012,.2f", "0=12,.2f", "^12,", "z.0f", "+z.1e", "#010.0f"]:
        for x in [1.0, 1e16, 1.5, 123.0, 100.0, -0.0, 0.0, 1234567.891,
                  math.inf, -math.inf, math.nan, -0.04, 1e-5, 12.5]:
            rows.append((bits(x), spec, outcome(lambda: format(x, spec))))
    write("format_float.txt", rows)


def code_point():
    """A random code point that UTF-8 can carry (no surrogates)."""
    c = rng.randrange(0, 0x110000 - 0x800)
    return c + 0x800 if c >= 0xD800 else c


def random_int():
    k = rng.randrange(6)
    if k == 0:
        return rng.randrange(-100, 100)
    if k == 1:
        return rng.randrange(-10**6, 10**6)
    if k == 2:
        return rng.getrandbits(rng.randrange(1, 64)) * rng.choice([1, -1])
    if k == 3:
        return rng.getrandbits(rng.randrange(64, 400)) * rng.choice([1, -1])
    if k == 4:
        return rng.choice([0, 1, -1, 1234, -1234, 0x10FFFF, 0x110000, 65,
                           0x1F600, 255, -255, 10**20, 2**63 - 1, -2**63])
    return code_point()


def gen_format_int():
    rows = []
    types = list("bcdoxXn") + ["", "", "d"] + list("eEfFgG%")
    for _ in range(8000):
        v = random_int()
        spec = rand_spec(types, p_z=0.03, p_prec=0.08)
        if spec and spec[-1] in "eEfFgG%" and rng.random() < 0.5:
            spec = rand_spec(types[-7:])
        if spec.endswith("c") and not -2**63 <= v < 2**63:
            continue  # PyLong_AsLong's overflow is the interpreter's error
        if spec.endswith("c") and 0xD800 <= v <= 0xDFFF:
            continue  # a lone surrogate has no UTF-8 form
        if spec and spec[-1] in "eEfFgG%" and abs(v) > 10**300:
            continue  # int-to-float overflow is the interpreter's error
        rows.append((v, spec, outcome(lambda: format(v, spec))))
    for spec in ["010,", "09,", "08,", "07,", "06,", "05,", "#010x",
                 "_x", "#012_x", "_b", "_o", "#_X", ",", "_", "=+10,", "c",
                 "05c", "=5c", "<05", "x<05", "^#10b", "z", "zx", ".2", "+c",
                 "#c", ",c", "_n", ",n", "q", "é", "__", ",,", "_,", ",_",
                 ".", "9999999999999999999999", ".99999999999999999999",
                 "\u0661\u0660", "\U0001F600=+#010_x", "é,", ",é", "_é",
                 ",\x01", "ab", "#+c", "z.2", "zq", "z,c", "n", "020n",
                 ".2147483648f", "0=+#20_b", " #o", "-x", ".3f", "%", "E"]:
        for v in [0, 1, -1, 1234, -1234, 65, 255, 0x110000, 10**25, -10**25]:
            if spec.endswith("c") and abs(v) > 2**62:
                continue  # PyLong_AsLong's overflow is the interpreter's error
            rows.append((v, spec, outcome(lambda: format(v, spec))))
    # Long type names are cut to 200 bytes like CPython's "%.200s"; the
    # optional fourth field names the type.
    for name in ["a" + "é" * 300, "é" * 300, "b" * 250, "a" + "日" * 300,
                 "aa" + "日" * 300, "bool"]:
        cls = type(name, (int,), {})
        for spec in ["q", "ab", "\x01", "d"]:
            rows.append((1, spec, outcome(lambda: format(cls(1), spec)), name))
    write("format_int.txt", rows)


TEXTS = ["", "a", "abc", "hello world", "é", "naïve", "日本語", "\U0001F600x",
         "tab\there", "x" * 30, "a\u0301", "0"]


def gen_format_str():
    rows = []
    types = ["s", "", ""]
    for _ in range(4000):
        t = rng.choice(TEXTS)
        spec = rand_spec(types, p_sign=0.04, p_z=0.02, p_alt=0.03,
                         p_group=0.03)
        rows.append((t, spec, outcome(lambda: format(t, spec))))
    for spec in ["+", " ", "z", "#", ",", "_s", ",_", "d", "ss", "=5", "05",
                 ".2", "0.0s", "z=", "+#", "#=", "\U0001F600^9", ".0", "^",
                 ".2147483648", "99999999999999999999999999", "1,_", "é<7"]:
        for t in ["s", "abc", "日本語x", ""]:
            rows.append((t, spec, outcome(lambda: format(t, spec))))
    write("format_str.txt", rows)


# ------------------------------------------------------ printf-style %

def rand_pct_conv():
    """One conversion and the arguments it consumes."""
    flags = "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
    args = []
    width = ""
    if rng.random() < 0.1:
        width = "*"
        args.append(rng.choice([-12, -5, 0, 3, 8, 12]))
    elif rng.random() < 0.45:
        width = str(rng.choice([1, 2, 5, 8, 10, 15, 20]))
    prec = ""
    if rng.random() < 0.1:
        prec = ".*"
        args.append(rng.choice([-3, 0, 1, 2, 5, 10]))
    elif rng.random() < 0.4:
        prec = "." + str(rng.choice([0, 1, 2, 3, 5, 8, 10, 17, 25]))
    elif rng.random() < 0.03:
        prec = "."
    length = rng.choice(["", "", "", "", "", "l", "h", "L"])
    conv = rng.choice("diuoxXeEfFgGsrac") if rng.random() < 0.97 else rng.choice("yzk%")
    if conv in "diuoxX":
        v = random_int()
    elif conv in "eEfFgG":
        v = random_double() if rng.random() < 0.9 else rng.randrange(-10**6, 10**6)
    elif conv == "c":
        v = rng.choice([code_point(), 65, 0x1F600, 0x110000, -1,
                        "x", "é", "\U0001F600"])
    elif conv in "ra":
        v = rng.choice([random_int(), random_double()])
    elif conv == "s":
        v = rng.choice([rng.choice(TEXTS), random_int(), random_double()])
    else:
        v = 1
    args.append(v)
    return "%" + flags + width + prec + length + conv, args


def encode_arg(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return "i" + str(v)
    if isinstance(v, float):
        return "f" + bits(v)
    return "s" + v


# The TypeErrors the C test's driver raises itself, as an interpreter
# would around the library; any other TypeError is about argument types.
DRIVER_ERRORS = ("!T not enough arguments", "!T not all arguments",
                 "!T format requires a mapping")

LITERALS = ["", "", "x", "abc ", " = ", "é", "%%", "日本"]


def gen_percent():
    rows = []
    for _ in range(8000):
        fmt = rng.choice(LITERALS)
        args = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            c, a = rand_pct_conv()
            fmt += c + rng.choice(LITERALS)
            args += a
        if rng.random() < 0.03:
            args = args[:-1]
        if rng.random() < 0.03:
            args.append(7)
        if rng.random() < 0.02:
            fmt += rng.choice(["%", "%-", "%5", "%.", "%*", "%(a", "%ll", "%l"])
        res = outcome(lambda: fmt % tuple(args))
        if res.startswith("!T") and not res.startswith(DRIVER_ERRORS):
            continue  # argument type checks are the interpreter's job
        rows.append((fmt, res, *[encode_arg(a) for a in args]))
    fixed = [
        ("%y", (1,)), ("abc%y", (1,)), ("%", ()), ("%5%", (1,)), ("%5%", ()),
        ("%.3%", (1,)), ("%#o", (8,)), ("%#x", (0,)), ("%#X", (255,)),
        ("%.5d", (42,)), ("%#.5x", (255,)), ("%+.5d", (-42,)),
        ("%08.3d", (5,)), ("%-08d", (5,)), ("% 05d", (5,)), ("%+ 5d", (5,)),
        ("%c", (0x110000,)), ("%c", (65,)), ("%5c", (65,)), ("%-5c|", (65,)),
        ("%05c", (65,)), ("%c", (-1,)), ("%10c", (0x1F600,)), ("%#.0e", (1.0,)),
        ("%#.0f", (1.0,)), ("%F", (math.inf,)), ("%010f", (math.inf,)),
        ("%010f", (math.nan,)), ("%+010f", (-math.inf,)), ("%.3s", ("abcdef",)),
        ("%05s", ("ab",)), ("%-5s|", ("ab",)), ("%5r", (1.5,)), ("%.1r", (12,)),
        ("%.0g", (123.0,)), ("%g", (1e16,)), ("%#g", (1e16,)), ("%g", (1e-5,)),
        ("%e", (0.0,)), ("%.2147483648f", (1.0,)), ("%.20d", (1,)),
        ("%ld", (5,)), ("%hd", (5,)), ("%Ld", (5,)), ("% d", (-5,)),
        ("%#5o", (8,)), ("%#05o", (8,)), ("%#-5x|", (255,)), ("%z", (1,)),
        ("%\xe9", (1,)), ("%\U0001F600", (1,)), ("%\x1f", (1,)), ("%\x7f", (1,)),
        ("%*d", (5, 1)), ("%-*d|", (-5, 1)), ("%*d", (-5, 1)),
        ("%.*f", (2, 1.0)), ("%.*f", (-2, 1.0)), ("%s %s", (1,)),
        ("%s", (1, 2)), ("%.f", (1.5,)), ("%.d", (5,)), ("%.s", ("ab",)),
        ("%#x", (-255,)), ("%#.3o", (8,)), ("%.0d", (0,)), ("%5.0x", (0,)),
        ("%*", (5,)), ("%*", ()), ("%.*", (5,)), ("%5.", (1,)), ("%.5", (1,)),
        ("%l", (1,)), ("%ll", (1,)), ("%lld", (1,)), ("%-", (1,)),
        ("%.3y", (1,)), ("%-*.*f|", (8, 2, 3.14159)), ("%.*d", (3, 5)),
        ("%*.*s", (6, 2, "abcdef")), ("é%yz", (1,)), ("日本%.*", ()),
        ("%99999999999999999999d", (1,)), ("%.99999999999999999999d", (1,)),
        ("%+#012.4X", (-48879,)), ("% #o", (0,)), ("%+e", (math.nan,)),
        ("%#.3G", (0.0001234,)), ("%-+08.2f|", (-0.0,)), ("%c", ("é",)),
        ("%-3c|", ("\U0001F600",)), ("%03s", ("é",)), ("%.2s", ("日本語",)),
    ]
    for fmt, args in fixed:
        rows.append((fmt, outcome(lambda: fmt % args),
                     *[encode_arg(a) for a in args]))
    dict_cases = [
        ("%(a)s", {"a": 1}), ("%(a)y", {"a": 1}), ("%(a)y", {}),
        ("%(a", {}), ("%(a)", {"a": 1}), ("%(a(b))s", {"a(b)": 1}),
        ("%(a)(b)s", {"a(b": 1}), ("%(a)*d", {"a": 1}), ("%(é)s|", {"é": 2.5}),
        ("%(a)s %(b)05.1f", {"a": "x", "b": -2.25}), ("%(a)s%y", {"a": 1}),
        ("%(a)#x", {"a": 255}), ("%()s", {"": 3}), ("%(x)-6d|", {"x": 42}),
        ("%(a)s %%", {"a": 1}), ("%(a)s %s", {"a": 1}),
    ]
    for fmt, d in dict_cases:
        enc = ["D"]
        for k, v in d.items():
            enc += ["k" + k, encode_arg(v)]
        rows.append((fmt, outcome(lambda: fmt % d), *enc))
    write("percent.txt", rows)


# ------------------------------------------------------------- parsing

def gen_parse_float():
    rows = []
    valid = ["1", "-1", "+1.5", ".5", "5.", "1e5", "1E-5", "1.e5", "-.5e+3",
             "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-NaN",
             "NAN", "1_000", "1_000.000_1", "1e1_0", "0_0", " 1 ", "\t\n1.5\r ",
             "\u20001", "1\u3000", "\u0661\u0662", "\u0661_\u0662", "\uff11.5",
             "0000000000000000000000000000001", "1" * 400,
             "0." + "0" * 400 + "1", "1e999999999999999999",
             "1e-99999999999999999", "2.2250738585072011e-308",
             "4.9406564584124654e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "1.7976931348623158e308",
             "1.7976931348623159e308", "9007199254740993", "0.1", "-0",
             "-0.0e5", "\x0b\x0c7\x0b", "\u00a01\u0085"]
    invalid = ["", " ", "   ", "\u3000", "\t\n", "_", " _ ", "\x1c1", "1\x00",
               "1\x7f", "ｉｎｆ", "1 _0", "0x10", "1e", "e5", ".e5", ".", "+",
               "-", "infinit", "infinityy", "nan(1)", "1__0", "_1", "1_",
               "1_.5", "1._5", "1e_5", "1e5_", "1_e5", "1.5.5", "1e5e5",
               "++1", "+-1", "1 1", "1,5", "\u0661\u0662x", "one", "i", "in",
               "na", "1e+", "1e-", "1.5f", "0b1", "1j", "--inf", "in f",
               "\U0001F600", "1\u200b"]
    for s in valid + invalid:
        rows.append((s, outcome(lambda: bits(float(s)))))
    chars = "0123456789" * 3 + "._eE+- \t" + "_" * 3 + "ixn\u0661\u3000"
    for _ in range(4000):
        k = rng.randrange(4)
        if k == 0:
            s = repr(random_double())
        elif k == 1:
            s = "".join(rng.choice(chars) for _ in range(rng.randrange(1, 12)))
        elif k == 2:
            s = "%s%d.%de%s%d" % (rng.choice(["", "-", "+"]), rng.randrange(10**rng.randrange(1, 25)),
                                  rng.randrange(10**rng.randrange(1, 25)),
                                  rng.choice(["", "-", "+"]), rng.randrange(400))
        else:
            s = "%.*e" % (rng.randrange(0, 30), random_double())
            if rng.random() < 0.3:
                s = s.replace("e", "_" if rng.random() < 0.1 else "e")
        rows.append((s, outcome(lambda: bits(float(s)))))
    write("parse_float.txt", rows)


def gen_round():
    rows = []
    fixed = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-0.4, 0),
             (25.0, -1), (35.0, -1), (15.000000000000002, -1), (149.5, -2),
             (1.7976931348623157e308, -308), (1.7976931348623157e308, -305),
             (1.7976931348623157e308, -300), (1e300, -301), (5e-324, 323),
             (5e-324, 324), (5e-324, 400), (123.456, -400), (-123.456, -400),
             (math.inf, 2), (-math.inf, -2), (math.nan, 1), (-0.0, 1),
             (-4.0, -1), (0.0, -5), (1234.5678, 2), (1e22, -21), (5e22, -23),
             (0.285, 2), (1.0000000000000002, 15), (1.0000000000000002, 16),
             (9.5, 0), (10.5, 0), (-10.5, 0), (99.95, 1), (0.045, 2),
             (123456789.0, -9), (523456789.0, -9), (500000000.0, -9),
             (1.5, 2**62), (1.5, -2**62), (1.5, 323), (1.5, 324), (1.5, -308),
             (1.5e308, -308), (9.9e307, -308)]
    for x, n in fixed:
        rows.append((bits(x), n, outcome(lambda: bits(round(x, n)))))
    for _ in range(5000):
        x = random_double()
        n = rng.choice([rng.randrange(-5, 12), rng.randrange(-320, 330)])
        rows.append((bits(x), n, outcome(lambda: bits(round(x, n)))))
    rows2 = []
    for _ in range(2000):
        x = random_double()
        if math.isfinite(x) and abs(x) < 2**60:
            x = rng.choice([x, math.floor(x) + 0.5, float(rng.randrange(-20, 20)) + 0.5])
            rows2.append((bits(x), bits(float(round(x)))))
    write("round.txt", rows)
    write("round_int.txt", rows2)


def gen_hex():
    rows = []
    for _ in range(3000):
        x = random_double()
        rows.append((bits(x), x.hex()))
    write("hex.txt", rows)
    rows = []
    cases = ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
             "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023",
             "0x1p1024", "0x.8p1025", "0X1P+3", "1", "  0x1p0  ", "inf", "-Infinity",
             "nan", "+nAn", "infinityx", "0x", "0x.", "0x.p1", "0x1p", "0x1p+",
             "x1", "0xg", "", " ", "-0x0p0", "0x0p999999999999999999999",
             "0x1p999999999999999999999", "0x1p-999999999999999999999",
             "0x1p99999 garbage", "0x1.p1", "0x.8", "1.5", "ffp-4", "0x1_0",
             "0x1p-1074", "0x1.8p-1074", "0x1.4p-1074", "0x1.cp-1074",
             "0x0.0000000000001p-1022", "0x1.fffffffffffffp-1023", "-0x1p-1076",
             "0x" + "0" * 300 + "1p0", "0x1" + "0" * 300 + "p-1200",
             "0x1.00000000000008p0", "0x1.00000000000018p0",
             "0x1.000000000000080000000001p0", "0x1.fffffffffffff8p-1023",
             "\t0x1p1\n", "0x1p1\x00", "0x1\u00a0", "0X1.ABCDEFP+3",
             "-0XFFP-4", "0xAbC.dEfp0"]
    for s in cases:
        rows.append((s, outcome(lambda: bits(float.fromhex(s)))))
    for _ in range(3000):
        x = random_double()
        h = x.hex()
        k = rng.randrange(4)
        if k == 1 and "p" in h:  # extra digits to force rounding
            m, e = h.split("p")
            h = m + "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(1, 6))) + "p" + e
        elif k == 2 and "p" in h:
            m, e = h.split("p")
            h = m + "p" + str(int(e) + rng.randrange(-60, 60))
        elif k == 3:
            h = "%s0x%x.%xp%d" % (rng.choice(["", "-", "+"]), rng.getrandbits(rng.randrange(1, 70)),
                                  rng.getrandbits(rng.randrange(1, 70)), rng.randrange(-1200, 1100))
        rows.append((h, outcome(lambda: bits(float.fromhex(h)))))
    write("fromhex.txt", rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    gen_repr()
    gen_format_float()
    gen_format_int()
    gen_format_str()
    gen_percent()
    gen_parse_float()
    gen_round()
    gen_hex()


if __name__ == "__main__":
    main()
