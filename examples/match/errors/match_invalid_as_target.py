point = (1, 2)
match point:
    case (x, y) as 3:
        print(x, y)
