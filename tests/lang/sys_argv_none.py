# sys.argv without extra arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith('.py'))
if len(sys.argv) < 2:
    print('usage: sys_argv_none.py NAME')
