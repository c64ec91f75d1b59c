# Formatting big integers.
import sys
n = 3 ** 200
print(format(n, ',')[:30], format(n, '_x')[:30], format(-n, '#o')[:20], format(n, 'e'), format(n, '.3g'))
print('%d' % n == str(n), '%x' % n == format(n, 'x'), '%o' % -n == '-' + format(n, 'o'), len('%d' % n))
print('{:>100}'.format(n)[:10] == ' ' * 10, '{:,}'.format(10 ** 30), '{:_b}'.format(2 ** 20))
print(format(2 ** 63, 'd'), format(-(2 ** 63), 'x'), format(2 ** 64 - 1, '#X'))
big = 10 ** 5000
def show(f):
    try:
        r = f()
        print(len(r), r[:12])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: format(big, 'd'))
show(lambda: '%d' % big)
show(lambda: '{}'.format(big))
show(lambda: format(big, 'x'))
show(lambda: '%x' % big)
show(lambda: format(big, 'b'))
show(lambda: format(big, 'e'))
show(lambda: format(big, 'c'))
sys.set_int_max_str_digits(6000)
show(lambda: format(big, ','))
show(lambda: '%d' % big)
