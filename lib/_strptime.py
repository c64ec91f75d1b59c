"""Strptime-related classes and functions: time.strptime's parser.

CPython turns the format into a regular expression and matches it; gilpy
has no re module, so the format is compiled here into the same pattern
in a small form -- a list of literals, runs of whitespace and directive
groups, each group an ordered list of fixed-width alternatives -- and
matched by backtracking in the order a regular expression would try
them. The first complete match wins and may stop short of the end of the
data ("unconverted data remains"), exactly as re.match does. Names
(weekdays, months, AM/PM) are those of the C locale, the only one gilpy
has; time zone names come from time.tzname.
"""

import time

__all__ = []

_A_WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_F_WEEKDAY = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday']
_A_MONTH = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug',
            'sep', 'oct', 'nov', 'dec']
_F_MONTH = ['', 'january', 'february', 'march', 'april', 'may', 'june',
            'july', 'august', 'september', 'october', 'november', 'december']
_AM_PM = ['am', 'pm']

# The C locale's %c, %x and %X, as CPython's LocaleTime derives them.
_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y',
                   'X': '%H:%M:%S'}

# The fixed-width directives, as the regular expressions CPython uses.
_FIXED = {
    'd': r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",
    'H': r"2[0-3]|[0-1]\d|\d",
    'I': r"1[0-2]|0[1-9]|[1-9]",
    'G': r"\d\d\d\d",
    'j': r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    'm': r"1[0-2]|0[1-9]|[1-9]",
    'M': r"[0-5]\d|\d",
    'S': r"6[0-1]|[0-5]\d|\d",
    'U': r"5[0-3]|[0-4]\d|\d",
    'W': r"5[0-3]|[0-4]\d|\d",
    'w': r"[0-6]",
    'u': r"[1-7]",
    'V': r"5[0-3]|0[1-9]|[1-4]\d|\d",
    'y': r"\d\d",
    'Y': r"\d\d\d\d",
}

# Characters a regular expression would have to escape: after '%' they
# make the directive '\', reported as '%'.
_REGEX_CHARS = set('\\.^$*+?(){}[]|')

_DIGIT = object()   # \d: any Unicode decimal digit
_SPACE = object()   # \s+ (a whole run)


def _parse_alternatives(pattern):
    """'3[01]|[12]\\d' -> [[{'3'}, {'0','1'}], [{'1','2'}, _DIGIT]]."""
    alts = []
    for text in pattern.split('|'):
        atoms = []
        i = 0
        while i < len(text):
            c = text[i]
            if c == '\\':
                atoms.append(_DIGIT)
                i += 2
            elif c == '[':
                j = text.index(']', i)
                chars = set()
                body = text[i + 1:j]
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == '-':
                        chars.update(chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1))
                        k += 3
                    else:
                        chars.add(body[k])
                        k += 1
                atoms.append(frozenset(chars))
                i = j + 1
            else:
                atoms.append(frozenset(c))
                i += 1
        alts.append(atoms)
    return alts


def _fraction_alternatives():
    # [0-9]{1,6}, greedy: the longest first.
    digits = frozenset('0123456789')
    return [[digits] * n for n in range(6, 0, -1)]


def _zone_offset_alternatives():
    # [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z), in the order the
    # optional parts are tried (present before absent).
    sign, sixty = frozenset('+-'), frozenset('012345')
    alts = []
    for c1 in ([frozenset(':')], []):
        head = [sign, _DIGIT, _DIGIT] + c1 + [sixty, _DIGIT]
        for c2 in ([frozenset(':')], []):
            seconds = head + c2 + [sixty, _DIGIT]
            for n in range(6, 0, -1):
                alts.append(seconds + [frozenset('.')] + [_DIGIT] * n)
            alts.append(seconds)
        alts.append(head)
    alts.append(['Z'])   # a case-sensitive literal
    return alts


def _name_alternatives(names):
    # Longest first, as CPython's __seqToRE; an empty name ends the list.
    result = []
    for name in sorted(names, key=len, reverse=True):
        if name == '':
            break
        result.append(list(name))
    return result


def _timezones():
    no_saving = frozenset({"utc", "gmt", time.tzname[0].lower()})
    has_saving = frozenset({time.tzname[1].lower()}) if time.daylight else frozenset()
    return (no_saving, has_saving)


def _directive(letter, zones):
    if letter in _FIXED:
        return _parse_alternatives(_FIXED[letter])
    if letter == 'f':
        return _fraction_alternatives()
    if letter == 'z':
        return _zone_offset_alternatives()
    if letter == 'A':
        return _name_alternatives(_F_WEEKDAY)
    if letter == 'a':
        return _name_alternatives(_A_WEEKDAY)
    if letter == 'B':
        return _name_alternatives(_F_MONTH[1:])
    if letter == 'b':
        return _name_alternatives(_A_MONTH[1:])
    if letter == 'p':
        return _name_alternatives(_AM_PM)
    if letter == 'Z':
        return _name_alternatives([tz for names in zones for tz in names])
    raise KeyError(letter)


def _compile(format, zones):
    """The format as a list of tokens: ('lit', ch), ('space',) or
    ('group', letter, alternatives)."""
    tokens = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            tokens.append(('space',))
            continue
        if c != '%':
            tokens.append(('lit', c))
            i += 1
            continue
        if i + 1 >= n:
            raise IndexError(format)
        letter = format[i + 1]
        i += 2
        if letter in _REGEX_CHARS or letter.isspace():
            raise KeyError('\\')
        if letter == '%':
            tokens.append(('lit', '%'))
        elif letter in _LOCALE_FORMATS:
            tokens.extend(_compile(_LOCALE_FORMATS[letter], zones))
        else:
            tokens.append(('group', letter, _directive(letter, zones)))
    return tokens


def _atom_matches(atom, ch):
    if atom is _DIGIT:
        return ch.isdecimal()
    if isinstance(atom, str):           # case-sensitive literal
        return ch == atom
    return ch in atom or ch.lower() in atom


def _match(tokens, k, data, pos, groups):
    """Match tokens[k:] at data[pos:]; the end position, or -1."""
    if k == len(tokens):
        return pos
    tok = tokens[k]
    kind = tok[0]
    if kind == 'lit':
        if pos < len(data) and (data[pos] == tok[1] or data[pos].lower() == tok[1].lower()):
            return _match(tokens, k + 1, data, pos + 1, groups)
        return -1
    if kind == 'space':
        end = pos
        while end < len(data) and data[end].isspace():
            end += 1
        while end > pos:                # greedy, then backing off
            r = _match(tokens, k + 1, data, end, groups)
            if r >= 0:
                return r
            end -= 1
        return -1
    letter, alts = tok[1], tok[2]
    for alt in alts:
        width = len(alt)
        if pos + width > len(data):
            continue
        ok = True
        for i in range(width):
            atom = alt[i]
            if isinstance(atom, str) and len(atom) == 1 and atom != 'Z':
                ok = data[pos + i].lower() == atom
            else:
                ok = _atom_matches(atom, data[pos + i])
            if not ok:
                break
        if not ok:
            continue
        groups.append((letter, data[pos:pos + width]))
        r = _match(tokens, k + 1, data, pos + width, groups)
        if r >= 0:
            return r
        groups.pop()
    return -1


# ---- proleptic Gregorian dates, as datetime.date computes them

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return sum(_DAYS_IN_MONTH[1:month]) + (month > 2 and _is_leap(year))


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _toordinal(year, month, day):
    _check_date(year, month, day)
    return _days_before_year(year) + _days_before_month(year, month) + day


def _fromordinal(n):
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    year = (n - 1) // 366 + 1
    while _days_before_year(year + 1) < n:
        year += 1
    if year > 9999:
        raise ValueError('year %d is out of range' % year)
    rest = n - _days_before_year(year)
    month = 1
    while rest > _days_in_month(year, month):
        rest -= _days_in_month(year, month)
        month += 1
    return year, month, rest


def _weekday(year, month, day):
    return (_toordinal(year, month, day) + 6) % 7


def _fromisocalendar(year, week, day):
    if not 1 <= year <= 9999:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            # Only years starting on a Thursday, or leap years starting on
            # a Wednesday, have a week 53.
            first_weekday = _toordinal(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    first_day = _toordinal(year, 1, 1)
    week1_monday = first_day - (first_day + 6) % 7
    if (first_day + 6) % 7 > 3:
        week1_monday += 7
    return _fromordinal(week1_monday + (week - 1) * 7 + (day - 1))


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """The day of the year from a week number (%U or %W) and a weekday."""
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_Mon:
        # %U: count weeks from Sunday.
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    week_0_length = (7 - first_weekday) % 7
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a 2-tuple consisting of a time struct and an int containing
    the number of microseconds based on the input string and the
    format string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    zones = _timezones()
    try:
        tokens = _compile(format, zones)
    except KeyError as err:
        bad_directive = err.args[0]
        if bad_directive == "\\":
            bad_directive = "%"
        raise ValueError("'%s' is a bad directive in format '%s'" %
                         (bad_directive, format)) from None
    except IndexError:
        raise ValueError("stray %% in format '%s'" % format) from None
    groups = []
    end = _match(tokens, 0, data_string, 0, groups)
    if end < 0:
        raise ValueError("time data %r does not match format %r" %
                         (data_string, format))
    if len(data_string) != end:
        raise ValueError("unconverted data remains: %s" %
                         data_string[end:])
    found = dict(groups)

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key in found:
        value = found[key]
        if key == 'y':
            year = int(value)
            # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _F_MONTH.index(value.lower())
        elif key == 'b':
            month = _A_MONTH.index(value.lower())
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '').lower()
            if ampm in ('', _AM_PM[0]):
                if hour == 12:          # 12 AM is midnight
                    hour = 0
            elif ampm == _AM_PM[1]:
                if hour != 12:          # 12 PM is noon
                    hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + "0" * (6 - len(value)))
        elif key == 'A':
            weekday = _F_WEEKDAY.index(value.lower())
        elif key == 'a':
            weekday = _A_WEEKDAY.index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {value}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            found_zone = value.lower()
            for index, names in enumerate(zones):
                if found_zone in names:
                    # Both names equal with daylight saving: ambiguous.
                    if not (time.tzname[0] == time.tzname[1] and time.daylight
                            and found_zone not in ("utc", "gmt")):
                        tz = index
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904     # a leap year, so that Feb 29 is a valid date
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday,
                                              week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _fromisocalendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _toordinal(year, month, day) - _toordinal(year, 1, 1) + 1
    else:
        year, month, day = _fromordinal(julian - 1 + _toordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = found.get("Z")
    if leap_year_fix:
        # Back to the default year, now that Feb 29 was accepted.
        year = 1900

    return (year, month, day,
            hour, minute, second,
            weekday, julian, tz, tzname, gmtoff), fraction, gmtoff_fraction


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time struct based on the input string and the
    format string."""
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:11])
