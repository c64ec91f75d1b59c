# SystemExit can be caught and inspected.
import sys
for code in (0, 1, 42, None, 'message', -1):
    try:
        sys.exit(code)
    except SystemExit as e:
        print('caught SystemExit', repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print('raised directly', e.code)
try:
    sys.exit(1)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
try:
    exit_code = 0
    sys.exit(exit_code)
except SystemExit as e:
    print('zero code', e.code)
print('after all')
raise SystemExit(5)
