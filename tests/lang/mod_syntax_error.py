# Importing a module containing a syntax error raises SyntaxError in the importer.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'modlib'))
try:
    import ml_syntax_error
except SyntaxError as e:
    print('SyntaxError:', e.msg)
    print('line', e.lineno, '| file', os.path.basename(e.filename), '| text', repr(e.text.strip()))
print('ml_syntax_error' in sys.modules)
import ml_syntax_error
