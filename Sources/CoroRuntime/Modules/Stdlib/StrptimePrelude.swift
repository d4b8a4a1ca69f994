// _strptime, which datetime.strptime imports: the C locale's directives matched by
// regular expressions, as CPython's Lib/_strptime.py does (without its locale machinery).

enum StrptimePrelude {
  static let source = ##"""
"""strptime for datetime: the C locale's directives, matched with regular
expressions as CPython's _strptime does."""

import re as _re
import time as _time
import datetime as _datetime_module

_MONTHS_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december']
_MONTHS_ABBR = [m[:3] for m in _MONTHS_FULL]
_DAYS_FULL = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday']
_DAYS_ABBR = [d[:3] for d in _DAYS_FULL]


def _alternatives(words):
    return '(?:' + '|'.join(sorted(words, key=len, reverse=True)) + ')'


_DIRECTIVES = {
    'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'A': '(?P<A>' + _alternatives(_DAYS_FULL) + ')',
    'a': '(?P<a>' + _alternatives(_DAYS_ABBR) + ')',
    'B': '(?P<B>' + _alternatives(_MONTHS_FULL) + ')',
    'b': '(?P<b>' + _alternatives(_MONTHS_ABBR) + ')',
    'p': '(?P<p>am|pm)',
    '%': '%',
}
_DIRECTIVES['e'] = _DIRECTIVES['d'].replace('<d>', '<e>')
_COMPOSITE = {'T': '%H:%M:%S', 'R': '%H:%M', 'D': '%m/%d/%y', 'F': '%Y-%m-%d',
              'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _pattern(format):
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch != '%':
            if ch.isspace():
                out.append(r'\s+')
            else:
                out.append(_re.escape(ch))
            i += 1
            continue
        if i + 1 >= len(format):
            raise ValueError("stray % in format '%s'" % format)
        d = format[i + 1]
        i += 2
        if d in _COMPOSITE:
            out.append(_pattern(_COMPOSITE[d]))
        elif d in _DIRECTIVES:
            out.append(_DIRECTIVES[d])
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    return ''.join(out)


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    regex = _re.compile(_pattern(format), _re.IGNORECASE)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" %
                         (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" %
                         data_string[found.end():])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    weekday = julian = None
    ampm = None
    found_dict = found.groupdict()
    for key, value in found_dict.items():
        if value is None:
            continue
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTHS_FULL.index(value.lower()) + 1
        elif key == 'b':
            month = _MONTHS_ABBR.index(value.lower()) + 1
        elif key in ('d', 'e'):
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
        elif key == 'p':
            ampm = value.lower()
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _DAYS_FULL.index(value.lower())
        elif key == 'a':
            weekday = _DAYS_ABBR.index(value.lower())
        elif key == 'w':
            weekday = (int(value) - 1) % 7
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
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
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                if z.startswith("-"):
                    gmtoff = -gmtoff
    if 'I' in found_dict and found_dict['I'] is not None:
        if ampm in (None, 'am'):
            if hour == 12:
                hour = 0
        elif hour != 12:
            hour += 12
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None:
        julian = (_datetime_module.date(year, month, day).toordinal() -
                  _datetime_module.date(year, 1, 1).toordinal() + 1)
    else:
        d = _datetime_module.date.fromordinal(
            (julian - 1) + _datetime_module.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _datetime_module.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             None, gmtoff), fraction, None)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    tt = _strptime(data_string, format)[0]
    return _time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = _datetime_module.timedelta(seconds=gmtoff)
        tz = _datetime_module.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
"""##
}
