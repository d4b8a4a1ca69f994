match (1, 2):
    case (x, 1) | (y, 2):
        print("bound")
