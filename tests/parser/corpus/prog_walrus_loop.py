import re
lines = ['a=1', 'b', 'c=3']
for line in lines:
    if (m := re.match(r'(\w)=(\d)', line)) is not None:
        print(m.group(1), int(m.group(2)))
