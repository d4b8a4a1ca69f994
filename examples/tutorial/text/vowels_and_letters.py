sentence = "Programming in Python is fun and educational"

vowels = "aeiou"
count = 0
for ch in sentence.lower():
    if ch in vowels:
        count += 1
print("Vowels:", count)

per_vowel = {v: sentence.lower().count(v) for v in vowels}
print(per_vowel)

consonants = [c for c in sentence.lower() if c.isalpha() and c not in vowels]
print("Consonants:", len(consonants))

no_vowels = "".join(c for c in sentence if c.lower() not in vowels)
print(no_vowels)

letters = {}
for ch in sentence.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda p: p[1], reverse=True)[:3]
print("Most common:", common)

print("Reversed words:", " ".join(w[::-1] for w in sentence.split()))
print("Word lengths:", [len(w) for w in sentence.split()])
print("Acronym:", "".join(w[0].upper() for w in sentence.split()))
print("Title:", sentence.title())
print("Every other char:", sentence[::2])

def is_anagram(a, b):
    return sorted(a.replace(" ", "").lower()) == sorted(b.replace(" ", "").lower())

pairs = [("listen", "silent"), ("Dormitory", "dirty room"), ("hello", "world"), ("evil", "vile")]
for a, b in pairs:
    print(f"{a!r} and {b!r}: {'anagrams' if is_anagram(a, b) else 'not anagrams'}")

groups = {}
for w in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(list(groups.values()))
