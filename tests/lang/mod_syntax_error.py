# Importing a module containing a syntax error raises SyntaxError in the importer.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
try:
    import ml_syntax_error
except SyntaxError as e:
    print('SyntaxError:', e.msg)
    print('line', e.lineno, '| file', os.path.basename(e.filename), '| text', repr(e.text.strip()))
    print(isinstance(e, Exception), type(e).__name__)
print('ml_syntax_error' in sys.modules)
try:
    from ml_syntax_error import ok
except SyntaxError as e:
    print('from-import: SyntaxError again at line', e.lineno)


def try_import(name):
    try:
        __import__(name)
        return 'ok'
    except SyntaxError:
        return 'syntax error'


print(try_import('ml_shapes'), try_import('ml_syntax_error'))
import ml_syntax_error
