# Tic-tac-toe: winner detection and exhaustive minimax on a small board.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != ' ' and board[a] == board[b] == board[c]:
            return board[a]
    return None


def show(board):
    rows = []
    for r in range(3):
        rows.append(' ' + ' | '.join(board[r * 3:r * 3 + 3]))
    print('\n---+---+---\n'.join(rows))


memo = {}


def minimax(board, player):
    key = (''.join(board), player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w:
        result = (1 if w == 'X' else -1), None
    elif ' ' not in board:
        result = 0, None
    else:
        best = None
        for i in range(9):
            if board[i] == ' ':
                board[i] = player
                score, _ = minimax(board, 'O' if player == 'X' else 'X')
                board[i] = ' '
                if best is None or (player == 'X' and score > best[0]) or (player == 'O' and score < best[0]):
                    best = (score, i)
        result = best
    memo[key] = result
    return result


print(winner(list('XXXOO    ')), winner(list('XOXOXOOXO')), winner(list('O  O  O  ')))
board = list(' ' * 9)
player = 'X'
while winner(board) is None and ' ' in board:
    score, move = minimax(board, player)
    board[move] = player
    player = 'O' if player == 'X' else 'X'
show(board)
print('winner:', winner(board), '| positions evaluated:', len(memo))
print('value of empty board:', minimax(list(' ' * 9), 'X')[0])
print('X to move and win:', minimax(list('XX OO    '), 'X'))
