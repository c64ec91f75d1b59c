# Character properties and case mappings sampled across all of Unicode.
names = ['alpha', 'digit', 'decimal', 'numeric', 'alnum', 'space', 'upper', 'lower', 'title', 'ident', 'printable']
counts = [0] * 11
lower_sum = 0
upper_sum = 0
fold_len = 0
cp = 0
while cp < 0x110000:
    if cp < 0xD800 or cp > 0xDFFF:
        c = chr(cp)
        flags = (c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isspace(),
                 c.isupper(), c.islower(), c.istitle(), c.isidentifier(), c.isprintable())
        i = 0
        for f in flags:
            if f:
                counts[i] += 1
            i += 1
        lower_sum += ord(c.lower()[0]) - cp
        upper_sum += ord(c.upper()[-1]) - cp
        fold_len += len(c.casefold())
    cp += 7
i = 0
for n in names:
    print(n, counts[i])
    i += 1
print(lower_sum, upper_sum, fold_len)
blocks = [(0x370, 0x3FF), (0x400, 0x4FF), (0x590, 0x5FF), (0x600, 0x6FF), (0x900, 0x97F), (0x3040, 0x30FF),
          (0x4E00, 0x4E3F), (0xAC00, 0xAC3F), (0xFF00, 0xFF5F), (0x1D400, 0x1D43F), (0x1F600, 0x1F64F)]
for lo, hi in blocks:
    a = u = l = d = 0
    for cp in range(lo, hi + 1):
        c = chr(cp)
        a += c.isalpha()
        u += c.isupper()
        l += c.islower()
        d += c.isdigit()
    print(hex(lo), a, u, l, d)
