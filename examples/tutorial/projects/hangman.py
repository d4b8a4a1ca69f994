word = "python"
guesses = ["e", "o", "t", "a", "o", "p", "z", "y", "n", "h"]
max_misses = 5
found = set()
misses = []

for g in guesses:
    if g in found or g in misses:
        print(f"'{g}' already guessed")
        continue
    if g in word:
        found.add(g)
        print(f"'{g}' is in the word! ({word.count(g)}x)")
    else:
        misses.append(g)
        print(f"'{g}' is not in the word. Misses: {len(misses)}/{max_misses}")
    shown = " ".join(ch if ch in found else "_" for ch in word)
    print("   ", shown)
    if all(ch in found for ch in word):
        print("You win! Misses:", ", ".join(misses))
        break
    if len(misses) >= max_misses:
        print("You lose! The word was", word)
        break
else:
    print("Out of guesses")
