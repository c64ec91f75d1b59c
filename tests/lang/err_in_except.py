# Error in an except block (context chain) and a finally that runs first.
def risky():
    try:
        return [1, 2, 3][10]
    except IndexError:
        print('handling IndexError')
        return {}['fallback']
    finally:
        print('finally runs before the traceback')


print('begin')
risky()
