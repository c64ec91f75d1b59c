"""Text wrapping and filling: wrap, fill, shorten, dedent, indent.

CPython splits text into chunks with a regular expression; here the same
chunks come from a hand-written scanner (_split_hyphenated) that follows
that expression's alternatives in order:

  - a run of whitespace (only '\\t\\n\\v\\f\\r ' count);
  - an em-dash: two or more '-' after a word or punctuation character and
    before a word character;
  - a word: the shortest run of non-whitespace that ends
      * after a hyphen with two letters, or letter-hyphen-letter, before
        it and letter [hyphen] letter after it ("long-term" splits after
        "long-"), or
      * before whitespace or the end of the text, or
      * after a word or punctuation character, before an em-dash.

A "letter" is a word character that is not a decimal digit (so '_'
counts), as the expression's [^\\d\\W] says.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_punct = '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in _punct


def _emdash_end(text, j):
    """End of the '-' run at text[j] if it is an em-dash (two or more '-'
    followed by a word character), else -1."""
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    if k - j >= 2 and k < n and _is_word(text[k]):
        return k
    return -1


def _hyphen_break(text, j):
    """Whether a word may end with the hyphen at text[j]."""
    n = len(text)
    before = ((j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
              or (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                  and _is_letter(text[j - 1])))
    if not before or j + 1 >= n or not _is_letter(text[j + 1]):
        return False
    if j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3]):
        return True
    return j + 2 < n and _is_letter(text[j + 2])


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i + 1
            while j < n and text[j] in _whitespace:
                j += 1
        else:
            j = -1
            if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
                j = _emdash_end(text, i)
            if j < 0:
                j = i + 1
                while True:
                    if j < n and text[j] == '-' and _hyphen_break(text, j):
                        j += 1
                        break
                    if j == n or text[j] in _whitespace:
                        break
                    if (text[j] == '-' and _is_word_punct(text[j - 1])
                            and _emdash_end(text, j) >= 0):
                        break
                    j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    """Runs of whitespace and runs of anything else."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _whitespace
        j = i + 1
        while j < n and (text[j] in _whitespace) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """[a-z][.!?]["']? at the end of chunk."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text; see the module doc and CPython's
    documentation of the attributes, which all keep their meaning."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs, then turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks (see the module doc)."""
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Make the space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a chunk too long for any line on cur_line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that has a non-hyphen
                # before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines of at most self.width from chunks (greedily)."""
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()  # a stack: the next chunk is chunks[-1]
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if (self.drop_whitespace and cur_line
                    and cur_line[-1].strip() == ''):
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or (not chunks
                        or self.drop_whitespace and len(chunks) == 1
                        and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if (len(prev_line) + len(self.placeholder)
                            <= self.width):
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without newlines) of text wrapped to self.width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """text wrapped to self.width, as one str."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text into a list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text: the lines of wrap() joined."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to width, ending
    with the placeholder when words were dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return i


def dedent(text):
    """Remove the whitespace that all lines of text start with.

    Lines of only spaces and tabs become empty and do not count; tabs and
    spaces are different characters here.
    """
    if not isinstance(text, str):
        # What CPython's re says, which does this scan there.
        if isinstance(text, (bytes, bytearray)):
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        blank = _leading_blanks(line)
        if blank == len(line):
            lines[k] = ''
            continue
        indent = line[:blank]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (by default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
