# Tabs and spaces mixed within one block: TabError.
def g():
        a = 1
	b = 2
        return a + b
print(g())
