"""The JSON value scanner: make_scanner(decoder) returns scan_once.

scan_once(s, idx) decodes the value starting at s[idx] and returns
(value, index after it); when no value starts there it raises
StopIteration(idx), which JSONDecoder.raw_decode reports as "Expecting
value". The rules are those of CPython's C scanner: whitespace is
" \\t\\n\\r", numbers are -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]+)?
with ASCII digits only, and an exponent without digits is left unread.
"""

__all__ = ['make_scanner']

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

def _digits_end(s, idx, n):
    while idx < n and '0' <= s[idx] <= '9':
        idx += 1
    return idx


def py_make_scanner(context):
    """Return scan_once for a JSONDecoder-like context (see module doc)."""
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    scanstring = context.parse_string
    from json.decoder import _parse_object as parse_object
    from json.decoder import _parse_array as parse_array

    def match_number(s, start, n):
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx = _digits_end(s, idx + 1, n)
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx = _digits_end(s, idx + 2, n)
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            idx = _digits_end(s, idx, n)
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        if is_float:
            return parse_float(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def scan_once(s, idx):
        n = len(s)
        if idx < 0:
            raise ValueError('idx cannot be negative')
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c == '{':
            return parse_object(s, idx + 1, strict, scan_once, object_hook,
                                object_pairs_hook, scanstring)
        if c == '[':
            return parse_array(s, idx + 1, scan_once)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        return match_number(s, idx, n)

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
