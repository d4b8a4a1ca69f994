match 1:
    case 1 | x:
        print(x)
    case 2:
        pass
