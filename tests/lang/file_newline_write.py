# Newline translation on writing, read back in binary.
base = '/tmp/gilpy_test_file_newline_write'
text = 'one\ntwo\r\nthree\rfour\n'
for nl in [None, '', '\n', '\r', '\r\n']:
    f = open(base + '.txt', 'w', newline=nl)
    print(repr(nl), f.write(text))
    f.close()
    f = open(base + '.txt', 'rb')
    print(f.read())
    f.close()
f = open(base + '.txt', 'w', newline='\r\n')
f.writelines(['a\n', 'b\n', 'c'])
f.close()
f = open(base + '.txt', 'rb')
raw = f.read()
f.close()
print(raw, len(raw))
f = open(base + '.txt')
print(f.readlines(), f.newlines)
f.close()
f = open(base + '.txt', newline='\r\n')
print(f.readlines())
f.close()
try:
    open(base + '.txt', 'w', newline='\n\r')
except ValueError as e:
    print('ValueError:', e)
try:
    open(base + '.txt', newline='x')
except ValueError as e:
    print('ValueError:', e)
try:
    open(base + '.txt', newline=5)
except TypeError as e:
    print('TypeError:', e)
try:
    open(base + '.txt', 'rb', newline='')
except ValueError as e:
    print('ValueError:', e)
