a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = ''
f = ""
g = 'it\'s'
h = "say \"hi\""
i = "it's"
j = 'say "hi"'
k = '\'"'
