"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k; heap[0] is the smallest item. Only `<` is used to compare
items, in the same order as CPython's _heapq (so a class that logs its
__lt__ calls sees the same log): sift-up picks the smaller child with
`right < left` deciding for the left one, then bubbles the item back
toward the root. The argument checks and messages are _heapq's too.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, fname, what):
    if not isinstance(heap, list):
        raise TypeError('%s() %s must be list, not %s'
                        % (fname, what, _type_name(heap)))


def _type_name(obj):
    return 'None' if obj is None else type(obj).__name__


def _two_args(name, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % name)
    if len(args) != 2:
        raise TypeError('%s expected 2 arguments, got %d' % (name, len(args)))
    _check_list(args[0], name, 'argument 1')
    return args


def _one_arg(name, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('_heapq.%s() takes exactly one argument (%d given)'
                        % (name, len(args)))
    _check_list(args[0], name, 'argument')
    return args[0]


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up toward startpos while it is smaller than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    """Move the smaller child up until a leaf is reached, then sift the
    item that was at pos back down into that hole (fewer comparisons than
    stopping early, as Knuth's exercise 5.2.3-18 shows)."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(*args, **kwargs):
    """heappush(heap, item): push item onto heap, keeping the invariant."""
    heap, item = _two_args('heappush', args, kwargs)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """Pop and return the smallest item of heap, keeping the invariant."""
    heap = _one_arg('heappop', args, kwargs)
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(*args, **kwargs):
    """heapreplace(heap, item): pop the smallest item, then push item.

    The heap size stays the same; the popped item may be larger than item.
    """
    heap, item = _two_args('heapreplace', args, kwargs)
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(*args, **kwargs):
    """heappushpop(heap, item): push item, then pop the smallest item
    (faster than heappush followed by heappop)."""
    heap, item = _two_args('heappushpop', args, kwargs)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(*args, **kwargs):
    """Transform a list into a heap, in place, in O(len(x)) time."""
    x = _one_arg('heapify', args, kwargs)
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def _heappop_max(heap):
    """Maxheap version of heappop."""
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    """Maxheap version of heapreplace."""
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(x):
    """Maxheap version of heapify."""
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily).

    Each heap entry is [key, order, value, next]: the order (the input's
    index, negated when reverse) breaks ties so that equal keys come out
    in input order and values themselves are never compared.
    """
    if reverse:
        _heapify, _heappop, _heapreplace = (_heapify_max, _heappop_max,
                                            _heapreplace_max)
        direction = -1
    else:
        _heapify, _heappop, _heapreplace = (heapify, heappop, heapreplace)
        direction = 1
    h = []
    order = 0
    for iterable in iterables:
        it = iter(iterable)
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            order += 1
            continue
        h.append([value if key is None else key(value), order * direction,
                  value, nxt, it])
        order += 1
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                _heapreplace(h, entry)
        except StopIteration:
            _heappop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[4]


def _sized(iterable):
    """len(iterable), or None for iterables without one."""
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    """The n smallest elements of iterable: sorted(iterable, key=key)[:n].

    Keeps a max-heap of the n best (key, order, elem) seen so far; order
    makes the result stable and keeps elements from being compared.
    """
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    size = _sized(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            if elem < top:
                _heapreplace_max(result, (elem, order))
                top = result[0][0]
                order += 1
        result.sort()
        return [entry[0] for entry in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
    if not result:
        return result
    _heapify_max(result)
    top = result[0][0]
    order = n
    for elem in it:
        k = key(elem)
        if k < top:
            _heapreplace_max(result, (k, order, elem))
            top = result[0][0]
            order += 1
    result.sort()
    return [entry[2] for entry in result]


def nlargest(n, iterable, key=None):
    """The n largest elements of iterable:
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    size = _sized(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    it = iter(iterable)
    if key is None:
        result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            if top < elem:
                heapreplace(result, (elem, order))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [entry[0] for entry in result]
    result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
    if not result:
        return result
    heapify(result)
    top = result[0][0]
    order = -n
    for elem in it:
        k = key(elem)
        if top < k:
            heapreplace(result, (k, order, elem))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [entry[2] for entry in result]
