# Graph algorithms on dicts of lists: BFS, DFS, topological sort, Dijkstra.
edges = [('a', 'b', 4), ('a', 'c', 2), ('b', 'c', 5), ('b', 'd', 10), ('c', 'e', 3),
         ('e', 'd', 4), ('d', 'f', 11), ('e', 'f', 20), ('g', 'f', 1)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, [])


def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs(node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt, _ in graph[node]:
        if nxt not in seen:
            dfs(nxt, seen)
    return seen


def topo_sort():
    indeg = {}
    for n in graph:
        indeg.setdefault(n, 0)
        for m, _ in graph[n]:
            indeg[m] = indeg.get(m, 0) + 1
    ready = sorted(filter(lambda n: indeg[n] == 0, indeg))
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m, _ in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out


def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = set(graph)
    while todo:
        best = None
        for n in sorted(todo):
            if n in dist and (best is None or dist[n] < dist[best]):
                best = n
        if best is None:
            break
        todo.discard(best)
        for nxt, w in graph[best]:
            nd = dist[best] + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = best
    return dist, prev


print('bfs', bfs('a'))
print('dfs', dfs('a'))
print('topo', topo_sort())
dist, prev = dijkstra('a')
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], '->'.join(reversed(path)))
print('unreachable from a:', sorted(set(graph) - set(dist)))
