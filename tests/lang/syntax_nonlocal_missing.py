# nonlocal naming a variable that no enclosing function binds.
def outer():
    def inner():
        nonlocal missing_var
        missing_var = 1
    inner()
outer()
