"""Common string constants, capwords(), Template and Formatter.

CPython builds Template on a regular expression and Formatter on the C
helpers of _string; here both are small hand-written scanners with the
same results: Template's placeholders are $$, $identifier and
${identifier} (ASCII identifiers; only the delimiter can be changed by a
subclass), and Formatter.parse splits a format string exactly as
str.format does.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


def _identifier_end(text, pos):
    """End of the identifier starting at text[pos], or pos if none does."""
    n = len(text)
    if pos >= n or text[pos] not in _ID_START:
        return pos
    pos += 1
    while pos < n and text[pos] in _ID_CHARS:
        pos += 1
    return pos


_NO_MAPPING = {}


class _Placeholder:
    """One match of the delimiter: kind is 'escaped', 'named', 'braced' or
    'invalid'; text is what the template holds; name the identifier; pos
    the index just after the delimiter."""

    __slots__ = ('kind', 'text', 'name', 'pos')

    def __init__(self, kind, text, name, pos):
        self.kind = kind
        self.text = text
        self.name = name
        self.pos = pos


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield the literal pieces (str) and placeholders of the template,
        left to right, in the order of CPython's pattern alternatives."""
        text = self.template
        if not isinstance(text, str):
            # The messages of CPython's re, which does this scan there.
            if isinstance(text, (bytes, bytearray)):
                raise TypeError('cannot use a string pattern on a bytes-like '
                                'object')
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(text).__name__)
        delim = self.delimiter
        dlen = len(delim)
        start = 0
        while True:
            i = text.find(delim, start)
            if i < 0 or not delim:
                break
            if i > start:
                yield text[start:i]
            after = i + dlen
            if text.startswith(delim, after):
                end = after + dlen
                yield _Placeholder('escaped', text[i:end], None, after)
            else:
                end = _identifier_end(text, after)
                if end > after:
                    yield _Placeholder('named', text[i:end], text[after:end],
                                       after)
                else:
                    close = _identifier_end(text, after + 1)
                    if (text.startswith('{', after) and close > after + 1
                            and text.startswith('}', close)):
                        end = close + 1
                        yield _Placeholder('braced', text[i:end],
                                           text[after + 1:close], after)
                    else:
                        end = after
                        yield _Placeholder('invalid', text[i:end], None, after)
            start = end
        if start < len(text):
            yield text[start:]

    def _invalid(self, placeholder):
        i = placeholder.pos
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _NO_MAPPING:
            mapping, kws = kws, None
        elif not kws:
            kws = None
        out = []
        for piece in self._scan():
            if isinstance(piece, str):
                out.append(piece)
            elif piece.name is not None:
                try:
                    if kws is not None and piece.name in kws:
                        value = kws[piece.name]
                    else:
                        value = mapping[piece.name]
                except KeyError:
                    if not safe:
                        raise
                    out.append(piece.text)
                    continue
                out.append(str(value))
            elif piece.kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                out.append(piece.text)
            else:
                self._invalid(piece)
        return ''.join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace the placeholders by mapping's values (keyword arguments
        take precedence); KeyError for a missing name, ValueError for a
        delimiter that starts no placeholder."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute, but leave missing and invalid placeholders as
        they are written."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """Whether every delimiter starts a valid placeholder."""
        for piece in self._scan():
            if not isinstance(piece, str) and piece.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, in order of appearance."""
        ids = []
        for piece in self._scan():
            if (not isinstance(piece, str) and piece.name is not None
                    and piece.name not in ids):
                ids.append(piece.name)
        return ids


def _formatter_parser(s):
    """Split the format string s as str.format does.

    Yields (literal_text, field_name, format_spec, conversion); the last
    three are None for a trailing literal without a field. An escaped
    brace ('{{' or '}}') ends its literal piece.
    """
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                break
        else:
            c = ''
        at_end = pos >= n
        literal_end = pos
        markup = c != ''
        if c == '}' and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                literal_end -= 1
        literal = s[start:literal_end]
        if not markup:
            yield (literal, None, None, None)
            continue
        name, spec, conversion, pos = _parse_field(s, pos)
        yield (literal, name, spec, conversion)


def _parse_field(s, pos):
    """Parse the replacement field after its '{' at s[pos - 1]:
    (field_name, format_spec, conversion, index after the '}')."""
    n = len(s)
    start = pos
    c = ''
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    else:
        c = ''
    name = s[start:pos - 1] if c else s[start:pos]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if pos >= n:
                raise ValueError('end of string while looking for conversion '
                                 'specifier')
            conversion = s[pos]
            pos += 1
            if pos < n:
                c = s[pos]
                pos += 1
                if c == '}':
                    return name, '', conversion, pos
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        depth = 1
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    return name, s[spec_start:pos - 1], conversion, pos
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return name, '', conversion, pos


def _field_index(text):
    """text as an int when it is all ASCII digits, else None."""
    if text and all('0' <= c <= '9' for c in text):
        return int(text)
    return None


def _formatter_field_name_split(name):
    """Split a field name into its first part (int when numeric) and an
    iterator over (is_attribute, key) for the '.attr' and '[key]' parts."""
    i = 0
    n = len(name)
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    first = name[:i]
    number = _field_index(first)
    if number is not None:
        first = number
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[start:i]))
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if key == '':
                raise ValueError('Empty attribute in format string')
            number = _field_index(key)
            rest.append((False, key if number is None else number))
            i += 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
    return first, iter(rest)


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        # auto_arg_index is False once a field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (sic: CPython's Formatter words both cases this way)
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(
            conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve a field name such as '0.attr[key]': (object, first)."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
