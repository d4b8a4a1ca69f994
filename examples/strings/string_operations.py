# Concatenation, repetition, membership, comparison, iteration
a, b = "spam", "eggs"
print(a + " & " + b)
print(a * 3, "-" * 20, 0 * "x" == "", -2 * "ab" == "")
print("pa" in a, "z" in a, "" in a, "spam" not in b)
print(a == "spam", a < b, "Zebra" < "apple", "abc" < "abd", "ab" < "abc")
print(max("hello"), min("hello"), sorted("hello"))
print(str(42) + "!", "x" + str(3.5), str(None) + str(True))

vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print("vowels:", vowels)

reversed_word = ""
for ch in "stressed":
    reversed_word = ch + reversed_word
print(reversed_word)
print("banana".count("a"), list(enumerate("ab")))
line = "=" * 10
print(line, len(line))
s = "immutable"
t = s
s += "!"
print(s, t)
print("abc" * 2 + "d", ("ab" + "c") * 2)
