# Word wrapping, justification and text statistics.
TEXT = ('Python is an interpreted, high-level, general-purpose programming language. '
        'Its design philosophy emphasizes code readability with its notable use of '
        'significant indentation. Its language constructs as well as its object-oriented '
        'approach aim to help programmers write clear, logical code for small and '
        'large-scale projects.')


def wrap(text, width):
    lines, current = [], ''
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += ' ' + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ''
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + ' ' * n
    return out + words[-1]


for width in (30, 45):
    lines = wrap(TEXT, width)
    print('width', width, 'lines', len(lines))
    for ln in lines[:-1]:
        print('|' + justify(ln, width) + '|')
    print('|' + lines[-1].ljust(width) + '|')
words = TEXT.replace(',', '').replace('.', '').lower().split()
print(len(words), 'words,', len(set(words)), 'distinct')
longest = max(words, key=len)
print('longest:', longest, len(longest))
print('average length: %.3f' % (sum(map(len, words)) / len(words)))
sentences = TEXT.split('. ')
print(len(sentences), 'sentences')
print(TEXT.title()[:40], TEXT.swapcase()[:20], TEXT.center(320, '*')[:12])
