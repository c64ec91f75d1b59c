# Attribute access, assignment and augmented assignment errors on builtins.
def show(label, f):
    try:
        f()
        print(label, 'ok')
    except AttributeError as e:
        print(label, 'AttributeError:', e)
    except TypeError as e:
        print(label, 'TypeError:', e)
n = 5
s = 'text'
lst = [1]
d = {}
def set_int():
    n.real = 3
def aug_int():
    n.real += 1
def set_str():
    s.custom = 1
def aug_list():
    lst.count += 1
def set_dict():
    d.keys = None
def del_list_attr():
    del lst.append
def aug_missing():
    s.missing += 'x'
show('set int.real', set_int)
show('aug int.real', aug_int)
show('set str attr', set_str)
show('aug list.count', aug_list)
show('set dict.keys', set_dict)
show('del list.append', del_list_attr)
show('aug missing attr', aug_missing)
show('get None attr', lambda: None.value)
show('get float attr', lambda: (1.5).digits)
show('get bool attr', lambda: True.flag)
show('get tuple attr', lambda: ().append)
show('get range attr', lambda: range(3).length)
show('get bytes attr', lambda: b''.encode)
show('get set attr', lambda: set().append)
show('get func attr', lambda: len.nothing)
def f():
    pass
f.counter = 0
f.counter += 5
print('function attribute augmented:', f.counter)
