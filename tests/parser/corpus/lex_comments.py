# leading comment
x = 1  # trailing
# between


y = 2
    # indented comment
if x:
    # comment in block
    z = 3
        # over-indented comment
    w = 4
# final
