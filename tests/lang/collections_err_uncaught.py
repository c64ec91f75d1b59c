# An uncaught error from a namedtuple constructor after some deque work.
from collections import deque, namedtuple

Job = namedtuple('Job', 'name priority')
queue = deque([Job('build', 2), Job('test', 1)])
queue.rotate(1)
print(queue.popleft(), len(queue))
queue.append(Job('deploy'))
print('not reached')
