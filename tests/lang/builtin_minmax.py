# min and max with key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min('hello'), max('hello'))
print(min([], default='empty'), max([], default=None), min([7], default=0))
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words, key=len), max(words, key=len), max(words), min(words))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(max([1, 3, 3, 2], key=lambda x: x), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(min(-2, 1, key=abs), max(-3, 2, key=abs), max(1, 1.0), max(1.0, 1))
print(max({'a': 3, 'b': 1}), min({3: 'x', 1: 'y'}), max(range(10)))
print(max([[1, 2], [1, 3]]), min('b', 'a', 'c'))
print(max([0.5, float('inf'), 3]), min([0.5, float('-inf'), 3]))
for bad in (lambda: min([]), lambda: max(()), lambda: max(1), lambda: min(1, 'a'),
            lambda: max(1, 2, default=0), lambda: min(), lambda: max([1], foo=1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
