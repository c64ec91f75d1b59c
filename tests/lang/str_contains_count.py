# `in`, count and find with overlapping and repeated patterns.
text = 'abababab'
for sub in ('a', 'ab', 'aba', 'abab', 'b', 'ba', 'bab', '', 'c', 'abababab', 'ababababa'):
    print(repr(sub), sub in text, text.count(sub), text.find(sub), text.rfind(sub), text.replace(sub, '.') if sub else '')
dna = 'ACGTTGCAACGTACGT' * 20
print(dna.count('ACGT'), dna.count('A'), dna.count('CG'), dna.find('TAC'), dna.rfind('GCA'), 'TTT' in dna)
long = 'x' * 1000 + 'y' + 'x' * 1000
print(long.count('x' * 10), long.find('xy'), long.rfind('yx'), long.count('y'), ('x' * 1001) in long, ('x' * 1000 + 'y') in long)
u = 'éé😀éé😀'
print('😀' in u, 'é😀' in u, u.count('éé'), u.count('😀é'), u.find('😀é'), u.rfind('é'))
print('' in '', 'a' in '', '' in 'a', 'abc'.__contains__('c'), 'Ab' in 'aB', 'b' not in 'abc')
