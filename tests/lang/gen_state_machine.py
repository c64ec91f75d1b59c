# A generator implementing a state machine that consumes events with send().
def turnstile():
    state = 'locked'
    coins = 0
    while True:
        event = yield state
        if state == 'locked':
            if event == 'coin':
                coins += 1
                state = 'unlocked'
            elif event == 'push':
                pass
            elif event == 'break':
                state = 'broken'
            else:
                raise ValueError('unknown event %r in state %s' % (event, state))
        elif state == 'unlocked':
            if event == 'push':
                state = 'locked'
            elif event == 'coin':
                coins += 1
        elif state == 'broken':
            if event == 'repair':
                state = 'locked'
            elif event == 'report':
                return coins

t = turnstile()
print(next(t))
for ev in ['push', 'coin', 'coin', 'push', 'push', 'coin', 'push']:
    print(ev, '->', t.send(ev))
print('break ->', t.send('break'), '| coin ->', t.send('coin'), '| repair ->', t.send('repair'))
t.send('break')
try:
    t.send('report')
except StopIteration as e:
    print('report: coins collected =', e.value)
t2 = turnstile()
next(t2)
try:
    t2.send('kick')
except ValueError as e:
    print('ValueError:', e)
print(next(t2, 'machine stopped'))

def parse_csv_line(line):
    field, fields, state = [], [], 'start'
    for ch in line + '\n':
        if state == 'quoted':
            if ch == '"':
                state = 'after_quote'
            else:
                field.append(ch)
        elif ch == '"' and state == 'start':
            state = 'quoted'
        elif ch in ',\n':
            fields.append(''.join(field))
            field, state = [], 'start'
        elif state == 'after_quote':
            raise ValueError('garbage after closing quote: %r' % ch)
        else:
            field.append(ch)
            state = 'plain'
        yield state
    return fields

def run(line):
    g = parse_csv_line(line)
    states = []
    while True:
        try:
            states.append(next(g))
        except StopIteration as e:
            return e.value, ''.join(s[0] for s in states)

print(run('a,"b,c",d'))
try:
    run('"ab"c,d')
except ValueError as e:
    print('ValueError:', e)
