s1 = 'has \'single\' quotes'
s2 = "has 'single' and \"double\""
s3 = 'tab\tnewline\nbackslash\\'
s4 = '\x00\x7f\u200b\u2028\ufeff'
print(repr(s1), repr(s2), repr(s3), repr(s4))
