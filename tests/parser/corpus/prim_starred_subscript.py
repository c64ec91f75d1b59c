a[*b]
a[*b, c]
a[c, *b]
a[*b, *c]
