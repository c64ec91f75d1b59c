# Using lists as stacks and queues.
stack = []
for i in range(5):
    stack.append(i * i)
print(stack)
while stack:
    print('pop', stack.pop())
queue = ['a', 'b', 'c']
queue.append('d')
while queue:
    item = queue.pop(0)
    print('got', item, 'left', len(queue))
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ('()', '([]{})', '(]', '((', '', 'a(b)c[d]{e}', '}{'):
    print(repr(s), balanced(s))
