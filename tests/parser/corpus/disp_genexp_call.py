sum(x for x in y)
f((x for x in y), z)
any(x > 0 for x in y if x)
dict((k, v) for k, v in items)
