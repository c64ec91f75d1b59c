# Non-ASCII source text and string lengths.
s = 'héllo wörld'
print(s, len(s))
print('日本語', len('日本語'))
print('emoji: 😀', len('😀'))
print(repr('ß'), 'ß'.upper())
print(ord('é'), chr(233), ord('中'), chr(20013))
print(ord('😀'), hex(ord('😀')))
print('ünïcödé'.upper())
print('ÀÉÎ'.lower())
print('é'.encode('utf-8'))
print('中'.encode())
print(b'\xc3\xa9'.decode('utf-8'))
print(repr('\u200b'), repr('\u00a0'))
print('añb'[1], 'añb'[::-1])
print(sorted('cába'))
print('naïve' < 'nb', 'z' < 'é')
# comment with ünicode ✓
print('λ'.isalpha(), '٣'.isdigit(), '٣'.isdecimal())
