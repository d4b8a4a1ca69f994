import textwrap

lorem = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(lorem, width=32, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short", 20), textwrap.wrap("", 10), textwrap.wrap("a-very-long-hyphenated-word here", 10))
print(textwrap.shorten("Hello  world,   how are you today?", width=20))
print(textwrap.shorten("Tiny", width=10), textwrap.shorten("One two three four", 12, placeholder="..."))
print(textwrap.indent("line one\n\nline three\n", "    "), end="")
print(textwrap.indent("a\nb\n", "+ ", lambda line: True), end="")
code = """
    def greet():
        print("hi")
"""
print(textwrap.dedent(code))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder=" ~")
print(w.wrap("one two three four five six seven eight"))
print(textwrap.fill("tabs\tand\tspaces", width=30, expand_tabs=True, tabsize=4))
