visited = {}
point = [1, 2]
visited[tuple(point)] = True
print(visited)
visited[point] = True
