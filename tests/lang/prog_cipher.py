# Caesar and Vigenere ciphers, run-length encoding.
def caesar(text, shift):
    out = []
    for ch in text:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)


def vigenere(text, key, decrypt=False):
    out = ''
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out += caesar(ch, shift)
            k += 1
        else:
            out += ch
    return out


def rle_encode(s):
    if not s:
        return []
    runs = []
    cur, n = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            runs.append((cur, n))
            cur, n = ch, 1
    runs.append((cur, n))
    return runs


def rle_decode(runs):
    return ''.join(map(lambda r: r[0] * r[1], runs))


msg = 'The Quick Brown Fox Jumps Over The Lazy Dog!'
for s in (1, 3, 13, 25, -3, 52):
    enc = caesar(msg, s)
    print(s, enc, caesar(enc, -s) == msg)
v = vigenere('ATTACK AT DAWN', 'lemon')
print(v, vigenere(v, 'lemon', decrypt=True))
for s in ('aaabccddddde', 'abc', '', 'zzzzzzzzzzzz'):
    r = rle_encode(s)
    print(repr(s), r, rle_decode(r) == s)
compact = ''
for ch, n in rle_encode('WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW'):
    compact += str(n) + ch
print(compact)
