match 3:
    case _:
        print("any")
    case 3:
        print("three")
