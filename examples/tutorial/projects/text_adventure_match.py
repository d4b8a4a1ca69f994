rooms = {
    "hall": {"north": "library", "east": "kitchen"},
    "library": {"south": "hall"},
    "kitchen": {"west": "hall"},
}
items = {"library": ["book"], "kitchen": ["knife", "apple"]}
commands = ["look", "go north", "take book", "go south", "go east", "take apple",
            "take sword", "inventory", "dance", "go up", "quit"]

room = "hall"
bag = []
for line in commands:
    print(f"> {line}")
    match line.split():
        case ["look"]:
            print(f"You are in the {room}. Exits: {', '.join(sorted(rooms[room]))}")
        case ["go", direction] if direction in rooms[room]:
            room = rooms[room][direction]
            print("You walk to the", room)
        case ["go", direction]:
            print(f"You can't go {direction}.")
        case ["take", thing] if thing in items.get(room, []):
            items[room].remove(thing)
            bag.append(thing)
            print("Taken:", thing)
        case ["take", thing]:
            print(f"There is no {thing} here.")
        case ["inventory" | "inv"]:
            print("You carry:", bag or "nothing")
        case ["quit"]:
            print("Bye!")
            break
        case _:
            print("I don't understand", repr(line))
