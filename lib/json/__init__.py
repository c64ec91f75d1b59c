"""JSON (RFC 7159) encoding and decoding: dumps/dump and loads/load.

The interface is CPython's json module; see json.encoder and json.decoder
for how the work is done (with the _json accelerator when it is there).
"""
__version__ = '2.0.9'

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                  indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the file-like object fp (its .write())."""
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                     indent, separators, default, sort_keys, kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        iterable = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                                 allow_nan, indent, separators, default,
                                 sort_keys, kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if _all_defaults(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                     indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                         allow_nan, indent, separators, default, sort_keys,
                         kw).encode(obj)


def detect_encoding(b):
    """The encoding of the JSON bytes b: UTF-8, -16 or -32 (RFC 4627)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # A JSON text starts with two ASCII characters; the zero bytes around
    # them tell the encoding.
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_utf(b, encoding):
    """Decode b with one of detect_encoding's results, lone surrogates
    passed through."""
    if encoding == 'utf-8':
        return b.decode('utf-8')
    if encoding == 'utf-8-sig':
        return b[3:].decode('utf-8')
    width = 4 if encoding.startswith('utf-32') else 2
    if encoding.endswith('be'):
        big = True
    elif encoding.endswith('le'):
        big = False
    else:
        big = b[:width] in (b'\xfe\xff', b'\x00\x00\xfe\xff')
        b = b[width:]
    order = 'big' if big else 'little'
    if len(b) % width:
        raise UnicodeDecodeError(encoding, b, len(b) - len(b) % width,
                                 len(b), 'truncated data')
    units = [int.from_bytes(b[i:i + width], order)
             for i in range(0, len(b), width)]
    chars = []
    i = 0
    while i < len(units):
        u = units[i]
        if (width == 2 and 0xd800 <= u <= 0xdbff and i + 1 < len(units)
                and 0xdc00 <= units[i + 1] <= 0xdfff):
            u = 0x10000 + ((u - 0xd800) << 10) + (units[i + 1] - 0xdc00)
            i += 1
        chars.append(chr(u))
        i += 1
    return ''.join(chars)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document read from fp (its .read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the JSON document s (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                                  'utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or '
                            f'bytearray, not {s.__class__.__name__}')
        s = _decode_utf(s, detect_encoding(s))
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
