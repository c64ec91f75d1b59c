# An assignment expression cannot be used in a comprehension's iterable expression.
# The allowed forms below would work, but the whole file is rejected at compile time
# because of the last comprehension, so nothing is printed.
print('this file does not compile, so this line never runs')
data = [1, 2, 3, 4]
ok_in_condition = [x for x in data if (half := x / 2) > 1]
ok_in_value = [(double := x * 2) for x in data]
ok_outside = (values := [x for x in data])
ok_nested_value = [[(inner := y) for y in range(x)] for x in data]
print(ok_in_condition, ok_in_value, ok_outside, ok_nested_value, half, double, inner)


def helper(seq):
    return [item for item in seq if (last := item)]


print(helper(data))
total = 0
running = [total := total + x for x in data]
print(running)
values = [x for x in (y := [1, 2, 3])]
print(values)
