# A bare raise re-raises the current exception with its original traceback.
def parse(s):
    return int(s)


def safe_parse(s):
    try:
        return parse(s)
    except ValueError:
        print('logging failure for', repr(s))
        raise


print(safe_parse('12'))
print(safe_parse('1 2'))
