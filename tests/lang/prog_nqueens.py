# N-queens by backtracking, with closures and nonlocal counters.
def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []
    calls = 0

    def place(row):
        nonlocal calls
        calls += 1
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c)
            diag1.discard(row - c)
            diag2.discard(row + c)

    place(0)
    return solutions, calls


for n in range(1, 9):
    sols, calls = solve(n)
    print(n, len(sols), calls)
sols, _ = solve(6)
for s in sols:
    print(s)
first, _ = solve(8)
board = first[0]
for r in range(8):
    line = ''
    for c in range(8):
        line += 'Q ' if board[r] == c else '. '
    print(line.rstrip())
