command = "go"
match command:
    case direction:
        print(direction)
    case "stop":
        print("stop")
