# An RPN calculator with error handling.
def rpn(expr):
    stack = []
    ops = {
        '+': lambda a, b: a + b,
        '-': lambda a, b: a - b,
        '*': lambda a, b: a * b,
        '/': lambda a, b: a / b,
        '//': lambda a, b: a // b,
        '%': lambda a, b: a % b,
        '^': lambda a, b: a ** b,
    }
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError('stack underflow at ' + repr(tok))
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif tok == 'neg':
            stack.append(-stack.pop())
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError('malformed expression, stack: ' + str(stack))
    return stack[0]


tests = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 ^', '2 0.5 ^', '7 2 /', '7 2 //', '-7 2 %',
         '3 dup *', '1 2 swap -', '4 neg 2 *', '2 100 ^ 3 //', '1 +', '1 2', '1 0 /',
         '2 x +', '', '1.5 2.25 +', '10 3 % 2 ^']
for t in tests:
    try:
        print('%-22s = %s' % (repr(t), rpn(t)))
    except ZeroDivisionError as e:
        print('%-22s ! ZeroDivisionError: %s' % (repr(t), e))
    except ValueError as e:
        print('%-22s ! ValueError: %s' % (repr(t), e))
    except IndexError as e:
        print('%-22s ! IndexError: %s' % (repr(t), e))
