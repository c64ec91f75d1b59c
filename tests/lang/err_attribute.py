# Uncaught AttributeError on a builtin type (with a suggestion).
words = ['alpha', 'beta']
words.append('gamma')
print(words)
words.push('delta')
