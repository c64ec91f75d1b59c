# Merge sort, quicksort, insertion sort and binary search.
def merge_sort(a):
    if len(a) <= 1:
        return a[:]
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less, equal, greater = [], [], []
    for x in a:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            greater.append(x)
    return quicksort(less) + equal + quicksort(greater)


def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid, steps
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 1000)
print(data[:12])
s1, s2, s3 = merge_sort(data), quicksort(data), insertion_sort(data)
print(s1 == sorted(data), s2 == sorted(data), s3 == sorted(data))
print(s1[:10], s1[-5:])
for target in (s1[0], s1[100], s1[-1], -1, 1001):
    print(target, binary_search(s1, target)[1] <= 8, binary_search(s1, target)[0] >= 0)
words = 'delta alpha charlie bravo echo alpha'.split()
print(merge_sort(words), quicksort(words))
