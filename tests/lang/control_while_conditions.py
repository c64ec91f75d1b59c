# while loops with compound conditions, sentinels and state updates.
data = [5, 3, 8, 0, 7, 2]
i = 0
total = 0
while i < len(data) and data[i] != 0:
    total += data[i]
    i += 1
print('stopped at', i, 'total', total)
lo, hi = 0, 100
target = 37
guesses = []
while lo <= hi:
    mid = (lo + hi) // 2
    guesses.append(mid)
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print(guesses)
stack = [1]
seen = []
while stack and len(seen) < 10:
    n = stack.pop()
    if n in seen:
        continue
    seen.append(n)
    if n * 2 <= 20:
        stack.append(n * 2)
    if n * 3 <= 20:
        stack.append(n * 3)
print(seen)
a, b = 1071, 462
while b:
    a, b = b, a % b
print('gcd', a)
n = 27
steps = 0
peak = n
while n != 1 and steps < 1000:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print('steps', steps, 'peak', peak)
text = 'aaabbbcccd'
pos = 0
runs = []
while pos < len(text):
    start = pos
    while pos < len(text) and text[pos] == text[start]:
        pos += 1
    runs.append(text[start] + str(pos - start))
print(''.join(runs))
