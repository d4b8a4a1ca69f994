def new_board():
    return [[" "] * 3 for _ in range(3)]


def show(board):
    print("  0   1   2")
    for i, row in enumerate(board):
        print(i, " | ".join(row))
        if i < 2:
            print("  " + "-" * 9)


def winner(board):
    lines = [row[:] for row in board]
    lines += [[board[r][c] for r in range(3)] for c in range(3)]
    lines.append([board[i][i] for i in range(3)])
    lines.append([board[i][2 - i] for i in range(3)])
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    if all(cell != " " for row in board for cell in row):
        return "draw"
    return None


def play(moves):
    board = new_board()
    player = "X"
    for r, c in moves:
        if board[r][c] != " ":
            print(f"cell ({r}, {c}) taken, {player} loses turn")
        else:
            board[r][c] = player
        result = winner(board)
        if result:
            show(board)
            print("Result:", "Draw!" if result == "draw" else f"{result} wins!")
            return result
        player = "O" if player == "X" else "X"
    show(board)
    print("Game unfinished")


play([(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)])
print()
play([(0, 0), (1, 1), (0, 1), (2, 2), (0, 2)])
print()
play([(0, 0), (0, 0), (1, 1)])
