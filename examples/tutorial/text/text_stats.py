paragraph = (
    "Python is a high-level, general-purpose programming language. "
    "Its design philosophy emphasizes code readability. "
    "Python is dynamically typed and garbage-collected. "
    "It supports multiple programming paradigms!"
)

sentences = [s.strip() for s in paragraph.replace("!", ".").split(".") if s.strip()]
print("Sentences:", len(sentences))
for i, s in enumerate(sentences, start=1):
    words = s.split()
    avg = sum(len(w) for w in words) / len(words)
    print(f"{i}. {len(words):2d} words, avg length {avg:.2f}: {s[:30]}...")

words = paragraph.lower().replace(".", "").replace(",", "").replace("!", "").split()
print("Word count:", len(words))
print("Average word length:", round(sum(map(len, words)) / len(words), 3))
print("Longest:", max(words, key=len))
print("Shortest:", min(words, key=len))
print("Hyphenated:", [w for w in words if "-" in w])
print("Starts with p:", sorted({w for w in words if w.startswith("p")}))
chars = len(paragraph)
letters = sum(c.isalpha() for c in paragraph)
spaces = paragraph.count(" ")
print(f"chars={chars} letters={letters} spaces={spaces} ratio={letters / chars:.1%}")

def wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines

for line in wrap(paragraph, 40):
    print(f"|{line:<40}|")
