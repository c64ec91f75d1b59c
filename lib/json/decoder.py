"""JSON decoding: JSONDecoder, JSONDecodeError and scanstring.

The scanner follows the algorithm of CPython's C accelerator (which is what
CPython 3.12 runs), not its regular-expression fallback, so error messages
and positions agree with CPython: a missing value is signalled inside the
scanner by StopIteration(position) and turned into "Expecting value" by
raw_decode, every other error is raised where it is found.

scanstring and the scanner are the C versions of the _json accelerator
(src/mod/json*.c) when it is there; the Python ones here behave the same.
"""

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error.

    msg: the unformatted message, doc: the document being parsed,
    pos: the index in doc where parsing failed, lineno and colno: the line
    and column (both from 1) of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEXDIGITS = '0123456789abcdefABCDEF'


def _hex4(s, pos):
    """The value of the four hex digits at s[pos:pos+4], or -1."""
    digits = s[pos:pos + 4]
    if len(digits) != 4:
        return -1
    for c in digits:
        if c not in _HEXDIGITS:
            return -1
    return int(digits, 16)


def _first_control(s, start, stop):
    """Index of the first character below U+0020 in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def py_scanstring(s, end, strict=True):
    """Scan the JSON string whose opening quote is at s[end - 1].

    Returns (decoded string, index after the closing quote). With strict
    false, control characters may appear unescaped.
    """
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    begin = end - 1
    n = len(s)
    if end < 0 or n < end:
        raise ValueError('end is out of bounds')
    chunks = None
    quote = -1
    while True:
        # The first quote after `end` stays valid until an escape passes it.
        if quote < end:
            quote = s.find('"', end)
        back = s.find('\\', end, quote if quote >= 0 else n)
        stop = back if back >= 0 else quote
        if strict:
            bad = _first_control(s, end, stop if stop >= 0 else n)
            if bad >= 0:
                raise JSONDecodeError('Invalid control character at', s, bad)
        if stop < 0:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if back < 0:
            if chunks is None:
                return s[end:quote], quote + 1
            chunks.append(s[end:quote])
            return ''.join(chunks), quote + 1
        if chunks is None:
            chunks = []
        if back != end:
            chunks.append(s[end:back])
        pos = back + 1
        if pos == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[pos]
        if esc != 'u':
            char = _ESCAPES.get(esc)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, back)
            chunks.append(char)
            end = pos + 1
            continue
        pos += 1
        end = pos + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, back + 1)
        code = _hex4(s, pos)
        if code < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, back + 1)
        if (0xd800 <= code <= 0xdbff and end + 6 < n and s[end] == '\\'
                and s[end + 1] == 'u'):
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))


scanstring = c_scanstring or py_scanstring

_WS = ' \t\n\r'


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _parse_object(s, idx, strict, scan_once, object_hook, object_pairs_hook,
                  scanstring):
    """Parse an object whose '{' is at s[idx - 1]: (value, end)."""
    n = len(s)
    pairs = [] if object_pairs_hook is not None else None
    result = {}
    while idx < n and s[idx] in _WS:
        idx += 1
    if idx >= n or s[idx] != '}':
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes',
                    s, idx)
            key, idx = scanstring(s, idx + 1, strict)
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx >= n or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in _WS:
                idx += 1
            value, idx = scan_once(s, idx)
            if pairs is None:
                result[key] = value
            else:
                pairs.append((key, value))
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx < n and s[idx] == '}':
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in _WS:
                idx += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), idx + 1
    if object_hook is not None:
        result = object_hook(result)
    return result, idx + 1


def _parse_array(s, idx, scan_once):
    """Parse an array whose '[' is at s[idx - 1]: (list, end)."""
    n = len(s)
    values = []
    while idx < n and s[idx] in _WS:
        idx += 1
    if idx >= n or s[idx] != ']':
        while True:
            value, idx = scan_once(s, idx)
            values.append(value)
            while idx < n and s[idx] in _WS:
                idx += 1
            if idx < n and s[idx] == ']':
                break
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in _WS:
                idx += 1
    return values, idx + 1


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=None, _ws=None):
    """Parse the object whose '{' is at s[end - 1]: (value, end)."""
    s, end = s_and_end
    return _parse_object(s, end, strict, scan_once, object_hook,
                         object_pairs_hook, scanstring)


def JSONArray(s_and_end, scan_once, _w=None, _ws=None):
    """Parse the array whose '[' is at s[end - 1]: (value, end)."""
    s, end = s_and_end
    return _parse_array(s, end, scan_once)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts, arrays lists, strings str, numbers int or
    float, true/false True/False, null None; NaN, Infinity and -Infinity
    are accepted as their float values.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]: (value, end index).

        Text after the document is allowed and left alone.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
