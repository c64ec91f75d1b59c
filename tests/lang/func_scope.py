# Local, global and builtin scopes.
x = 'global'
def read_global():
    return x
def shadow():
    x = 'local'
    return x
def set_global():
    global x
    x = 'changed'
print(read_global(), shadow(), x)
set_global()
print(x)
def new_global():
    global created_here
    created_here = 42
new_global()
print(created_here)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(bump(), counter)
def uses_len(s):
    return len(s)
len_saved = len
def len(s):
    return 'shadowed builtin'
print(uses_len('abc'))
del len
print(uses_len('abc'))
print(len_saved is len)
def params_are_local(x):
    x = x + 1
    return x
y = 5
print(params_are_local(y), y)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def cond_assign(flag):
    if flag:
        v = 'set'
    return v
print(cond_assign(True))
try:
    cond_assign(False)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
