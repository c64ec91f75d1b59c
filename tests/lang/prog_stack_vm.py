# A tiny stack-based virtual machine with jumps, calls and error reporting.
def run(program, trace=False):
    stack, pc, steps, calls, regs = [], 0, 0, [], {}
    labels = {}
    for i, ins in enumerate(program):
        if ins[0] == 'label':
            labels[ins[1]] = i
    while pc < len(program):
        op, *args = program[pc]
        steps += 1
        if steps > 10000:
            raise RuntimeError('step limit exceeded at pc=%d' % pc)
        pc += 1
        if op == 'push':
            stack.append(args[0])
        elif op == 'dup':
            stack.append(stack[-1])
        elif op == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ('add', 'sub', 'mul', 'div', 'mod', 'lt'):
            b, a = stack.pop(), stack.pop()
            if op == 'add':
                stack.append(a + b)
            elif op == 'sub':
                stack.append(a - b)
            elif op == 'mul':
                stack.append(a * b)
            elif op == 'div':
                stack.append(a // b)
            elif op == 'mod':
                stack.append(a % b)
            else:
                stack.append(1 if a < b else 0)
        elif op == 'jz':
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == 'jmp':
            pc = labels[args[0]]
        elif op == 'call':
            calls.append(pc)
            pc = labels[args[0]]
        elif op == 'ret':
            pc = calls.pop()
        elif op == 'store':
            regs[args[0]] = stack.pop()
        elif op == 'load':
            stack.append(regs[args[0]])
        elif op == 'print':
            print('  out:', stack[-1])
        elif op == 'halt':
            break
        elif op != 'label':
            raise ValueError('unknown instruction %r' % (op,))
    return stack, steps

factorial = [('push', 20), ('store', 'n'), ('push', 1), ('store', 'acc'),
             ('label', 'loop'), ('load', 'n'), ('jz', 'end'),
             ('load', 'acc'), ('load', 'n'), ('mul',), ('store', 'acc'),
             ('load', 'n'), ('push', 1), ('sub',), ('store', 'n'), ('jmp', 'loop'),
             ('label', 'end'), ('load', 'acc'), ('print',), ('halt',)]
programs = {
    'arith': [('push', 6), ('push', 7), ('mul',), ('push', 2), ('sub',), ('print',)],
    'countdown': [('push', 3), ('label', 'top'), ('print',), ('push', 1), ('sub',), ('dup',),
                  ('jz', 'done'), ('jmp', 'top'), ('label', 'done')],
    'square': [('push', 7), ('call', 'sq'), ('print',), ('call', 'sq'), ('print',), ('halt',),
               ('label', 'sq'), ('dup',), ('mul',), ('ret',)],
    'divzero': [('push', 1), ('push', 0), ('div',)],
    'underflow': [('add',)],
    'bad': [('push', 1), ('frobnicate',)],
    'loop': [('label', 'x'), ('jmp', 'x')],
    'badlabel': [('jmp', 'nowhere')],
    'noreg': [('load', 'r1')],
}
for name in programs:
    print(name)
    try:
        print('  result:', run(programs[name]))
    except (ZeroDivisionError, IndexError, ValueError, RuntimeError, KeyError) as e:
        print('  error: %s: %s' % (type(e).__name__, e))
print('factorial')
try:
    print('  result:', run(factorial))
except Exception as e:
    print('  error: %s: %s' % (type(e).__name__, e))
