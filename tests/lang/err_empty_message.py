# An uncaught exception whose message is empty prints only its type name.
print('about to fail')
raise KeyError()
