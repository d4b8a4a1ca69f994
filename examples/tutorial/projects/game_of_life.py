def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = sum(
                grid[(r + dr) % rows][(c + dc) % cols]
                for dr in (-1, 0, 1)
                for dc in (-1, 0, 1)
                if (dr, dc) != (0, 0)
            )
            if grid[r][c] and n in (2, 3):
                new[r][c] = 1
            elif not grid[r][c] and n == 3:
                new[r][c] = 1
    return new


def show(grid, gen):
    print(f"Generation {gen}:")
    for row in grid:
        print("".join("#" if cell else "." for cell in row))


grid = [[0] * 8 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for gen in range(5):
    show(grid, gen)
    grid = step(grid)
print("alive:", sum(map(sum, grid)))
