# Word-frequency counter using dicts and sorting.
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

counts = {}
for raw in text.split():
    word = raw.strip('.,;:!?"\'').lower()
    if not word:
        continue
    counts[word] = counts.get(word, 0) + 1

print('distinct words:', len(counts))
print('total words:', sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print('%-12s %3d %s' % (word, n, '#' * n))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
singletons = []
for w, n in counts.items():
    if n == 1:
        singletons.append(w)
print('hapax legomena:', ', '.join(sorted(singletons)))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print('top letters:', top, list(map(lambda c: letters[c], top)))
