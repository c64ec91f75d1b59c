"""JSON encoding: JSONEncoder and the string escapers.

Encoding appends pieces to one list instead of yielding them from nested
generators as CPython's pure-Python encoder does: one append per piece is
the cheapest thing this interpreter can do, and the output (including which
error is raised first) is the same. The rules are CPython's: bool before
int, int and float subclasses written with int.__repr__/float.__repr__,
lists and tuples as arrays, dict keys coerced from int, float, bool and
None, anything else handed to default().

dumps() without indent runs _json's C encoder instead (as CPython does);
the escapers are _json's when it is there.
"""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

INFINITY = float('inf')

# Characters escaped by both escapers; code points below U+0020 without a
# short form become \u00XX (lowercase hex, as CPython writes them).
_ESCAPE_TABLE = {i: '\\u%04x' % i for i in range(0x20)}
_ESCAPE_TABLE.update({
    ord('\\'): '\\\\', ord('"'): '\\"', ord('\b'): '\\b', ord('\f'): '\\f',
    ord('\n'): '\\n', ord('\r'): '\\r', ord('\t'): '\\t',
})


def py_encode_basestring(s):
    """Return a JSON representation of the str s."""
    return '"' + s.translate(_ESCAPE_TABLE) + '"'


def _ascii_escape(c):
    code = ord(c)
    if code < 0x7f:
        return c
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of the str s.

    Everything outside U+0020..U+007E is escaped; characters beyond the
    BMP become UTF-16 surrogate pairs.
    """
    s = s.translate(_ESCAPE_TABLE)
    if s.isascii() and '\x7f' not in s:
        return '"' + s + '"'
    return '"' + ''.join([_ascii_escape(c) for c in s]) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = (c_encode_basestring_ascii
                           or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder.

    Encodes dict, list, tuple, str, int, float, True, False and None; a
    subclass (or the default argument) handles other types by overriding
    default() to return something serializable or raise TypeError.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text of o as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, returning an iterable of str pieces of the text."""
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            encoder = encode_basestring_ascii
        else:
            encoder = encode_basestring
        if (_one_shot and c_make_encoder is not None
                and self.indent is None):
            # The C encoder writes the whole text at once: (text,).
            return c_make_encoder(markers, self.default, encoder, self.indent,
                                  self.key_separator, self.item_separator,
                                  self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        settings = (markers, self.default, encoder, indent,
                    self.key_separator, self.item_separator, self.sort_keys,
                    self.skipkeys, self.allow_nan)
        if _one_shot:
            out = []
            _encode(o, out, *settings)
            return out
        # A generator, as CPython's: errors surface when it is iterated.
        return _pieces(o, settings)


def _pieces(o, settings):
    out = []
    _encode(o, out, *settings)
    yield from out


def _floatstr(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: '
                         + repr(o))
    return text


def _encode(o, out, markers, default, encoder, indent, key_sep, item_sep,
            sort_keys, skipkeys, allow_nan):
    """Append the JSON pieces of o to out.

    The pieces are those CPython's pure-Python encoder yields (a scalar
    array item is one piece with the separator before it, a dict key, the
    key separator and a scalar value are three), so iterencode() and
    dump()'s writes are cut at the same places. The nested helpers share
    the settings through this closure; level is the indentation depth.
    """
    append = out.append
    int_repr = int.__repr__

    def scalar(o):
        """The text of a scalar o, or None for containers and others."""
        if isinstance(o, str):
            return encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int_repr(o)
        if isinstance(o, float):
            return _floatstr(o, allow_nan)
        return None

    def nested(o, level):
        if isinstance(o, (list, tuple)):
            array(o, level)
        elif isinstance(o, dict):
            obj(o, level)
        else:
            value(o, level)

    def value(o, level):
        text = scalar(o)
        if text is not None:
            append(text)
        elif isinstance(o, (list, tuple)):
            array(o, level)
        elif isinstance(o, dict):
            obj(o, level)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError('Circular reference detected')
                markers[marker] = o
            value(default(o), level)
            if markers is not None:
                del markers[marker]

    def array(lst, level):
        if not lst:
            append('[]')
            return
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = lst
        buf = '['
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = item_sep + newline
            buf += newline
        else:
            newline = None
            sep = item_sep
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = sep
            text = scalar(item)
            if text is not None:
                append(buf + text)
            else:
                append(buf)
                nested(item, level)
        if newline is not None:
            level -= 1
            append('\n' + indent * level)
        append(']')
        if markers is not None:
            del markers[marker]

    def obj(dct, level):
        if not dct:
            append('{}')
            return
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = dct
        append('{')
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = item_sep + newline
            append(newline)
        else:
            newline = None
            sep = item_sep
        items = sorted(dct.items()) if sort_keys else dct.items()
        first = True
        for key, val in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key, allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int_repr(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                append(sep)
            append(encoder(key))
            append(key_sep)
            text = scalar(val)
            if text is not None:
                append(text)
            else:
                nested(val, level)
        if newline is not None:
            level -= 1
            append('\n' + indent * level)
        append('}')
        if markers is not None:
            del markers[marker]

    value(o, 0)
