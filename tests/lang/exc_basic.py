# try / except / else / finally flow.
def attempt(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('  except: division by zero')
        return 'error'
    else:
        print('  else: no exception, r =', r)
        return r
    finally:
        print('  finally for', x)
for v in (2, 0):
    print('result', attempt(v))
try:
    print('body')
except ValueError:
    print('not reached')
else:
    print('else runs')
finally:
    print('finally runs')
try:
    int('x')
except (TypeError, ValueError) as e:
    print('tuple of types caught', type(e).__name__)
try:
    [][0]
except KeyError:
    print('wrong handler')
except IndexError as e:
    print('IndexError handler:', e)
except Exception:
    print('too general')
try:
    {}['k']
except LookupError as e:
    print('LookupError base caught', type(e).__name__, e)
try:
    undefined_name_here
except:
    print('bare except caught something')
try:
    try:
        1 / 0
    finally:
        print('inner finally before propagation')
except ZeroDivisionError:
    print('outer caught')
e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    print('bound', e)
try:
    print(e)
except NameError as err:
    print('NameError:', err)
