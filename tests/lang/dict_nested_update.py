# Building nested dict structures: grouping, inverting, merging.
students = [('ann', 'math', 90), ('bob', 'math', 72), ('ann', 'art', 85),
            ('cy', 'math', 64), ('bob', 'art', 95), ('cy', 'bio', 88)]
by_student = {}
by_subject = {}
for name, subject, score in students:
    by_student.setdefault(name, {})[subject] = score
    by_subject.setdefault(subject, []).append((score, name))
print(by_student)
for subject in by_subject:
    ranked = sorted(by_subject[subject], reverse=True)
    print(subject, ranked, 'best:', ranked[0][1])
averages = {}
for name, grades in by_student.items():
    averages[name] = sum(grades.values()) / len(grades)
print(averages)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
defaults = {'db': {'host': 'localhost', 'port': 5432}, 'debug': False, 'tags': ['a']}
override = {'db': {'port': 6543, 'user': 'admin'}, 'debug': True}
print(deep_merge(defaults, override))
print(defaults)
inverted = {}
for k, v in {'a': 1, 'b': 2, 'c': 1, 'd': 3, 'e': 2}.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
def count_paths(tree):
    if not isinstance(tree, dict) or not tree:
        return 1
    total = 0
    for child in tree.values():
        total += count_paths(child)
    return total
print(count_paths({'a': {'b': {}, 'c': {'d': 1, 'e': 2}}, 'f': None}))
