d = {'a': 1, 'b': 2}
d |= {'c': 3}
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(f'{k:>3}: {v:03d}')
inv = {v: k for k, v in d.items()}
merged = {**d, **inv}
