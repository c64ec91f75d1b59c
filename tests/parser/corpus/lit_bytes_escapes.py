a = b'\x00\xff\n\t\\'
b = b'\101\777\400'
c = b'\u1234\N{x}\q'
d = b'a' b'b' B'c'
e = b'''tri
ple'''
f = b'\''
g = b'"'
h = b'\'"'
