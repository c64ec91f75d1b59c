# Errors involving closures and scopes.
def unbound_cell():
    def inner():
        return value
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__ + ':', e)
    value = 1
    return inner()
print(unbound_cell())
def local_before_assign():
    total = 0
    def add():
        try:
            total += 1
        except UnboundLocalError as e:
            print('UnboundLocalError:', e)
    add()
    return total
print(local_before_assign())
def deleted_cell():
    x = 5
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ':', e)
deleted_cell()
g = 'global'
def shadow_later():
    try:
        print(g)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    g = 'local'
    return g
print(shadow_later())
def undefined_global():
    try:
        return not_defined_anywhere_xyz
    except NameError as e:
        print('NameError:', e)
undefined_global()
def del_local():
    y = 1
    del y
    try:
        y
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
del_local()
