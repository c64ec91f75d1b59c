# Uncaught ValueError from int().
def parse_all(tokens):
    numbers = []
    for t in tokens:
        numbers.append(int(t))
    return numbers


print(parse_all(['1', '2', '3']))
print(parse_all(['4', 'five', '6']))
