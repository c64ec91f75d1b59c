# raise ... from None hides the context in the traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError('missing ' + repr(key)) from None


t = {'x': 1}
print(lookup(t, 'x'))
lookup(t, 'y')
