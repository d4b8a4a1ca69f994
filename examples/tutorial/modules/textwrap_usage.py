import textwrap

text = ("Python is an easy to learn, powerful programming language. It has efficient "
        "high-level data structures and a simple but effective approach to OOP.")
for line in textwrap.wrap(text, width=30):
    print(f"|{line:<30}|")
print(textwrap.fill(text, width=40))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n", "> "), end="")
print(textwrap.dedent("""\
    indented
      more
    back"""))
