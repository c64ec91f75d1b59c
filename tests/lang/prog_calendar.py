# Calendar arithmetic: leap years, day of week (Zeller), month grids.
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
          'August', 'September', 'October', 'November', 'December']
DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_grid(y, m):
    lines = [('%s %d' % (MONTHS[m - 1], y)).center(20).rstrip(), ' '.join(DAYS)]
    cells = ['  '] * weekday(y, m, 1)
    for d in range(1, days_in_month(y, m) + 1):
        cells.append('%2d' % d)
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]))
    return '\n'.join(lines)


def day_of_year(y, m, d):
    total = d
    for mm in range(1, m):
        total += days_in_month(y, mm)
    return total


print(list(filter(is_leap, [1900, 1996, 2000, 2023, 2024, 2100, 2400])))
for date in ((2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31), (2038, 1, 19)):
    print(date, DAYS[weekday(*date)], day_of_year(*date))
print(month_grid(2024, 2))
print(month_grid(2023, 10))
count = 0
for year in range(1901, 2001):
    for month in range(1, 13):
        if weekday(year, month, 1) == 6:
            count += 1
print('Sundays on the first of the month in the 20th century:', count)
