pass
for x in y:
    break
    continue
while 1:
    break
