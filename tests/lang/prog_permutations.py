# Recursive permutations, combinations and subsets using lists.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    with_first = []
    for c in combinations(rest, k - 1):
        with_first.append([first] + c)
    return with_first + combinations(rest, k)


perms = permutations([1, 2, 3])
print(len(perms), perms)
words = permutations(list('abcd'))
strs = []
for p in words:
    strs.append(''.join(p))
print(len(strs), strs[:6], strs[-3:])
print(len(set(strs)) == len(strs))
print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 4)))
count = 0
for p in permutations(list(range(6))):
    ok = True
    for i, v in enumerate(p):
        if i == v:
            ok = False
            break
    if ok:
        count += 1
print('derangements of 6:', count)


def next_permutation(seq):
    i = len(seq) - 2
    while i >= 0 and seq[i] >= seq[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(seq) - 1
    while seq[j] <= seq[i]:
        j -= 1
    seq[i], seq[j] = seq[j], seq[i]
    seq[i + 1:] = reversed(seq[i + 1:])
    return True


s = list('aabc')
out = [''.join(s)]
while next_permutation(s):
    out.append(''.join(s))
print(len(out), out)
