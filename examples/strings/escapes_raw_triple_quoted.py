# Escape sequences, raw strings and triple-quoted strings
print("tab:\t|", "newline:\\n", "quote:\"", 'apostrophe:\'')
print("back\\slash", len("\\"), len("\n"), len("\t\t"))
print("unicode: \u00e9 \u03c0 \N{BULLET} \x41\x42")
print(repr("line1\nline2"), repr("tab\there"))
print(r"raw: C:\new\table", len(r"\n"))
print(r"\d+\.\d+", repr(r"\d"))
print("a" "b" "c", "concatenated" " " "literals")
poem = """Roses are red,
  violets are blue,
"triple" quotes keep 'everything'."""
print(poem)
print(len(poem.splitlines()))
block = '''\
no leading newline here
and a backslash-newline \
joins lines'''
print(block)
print("\101\102\103", "\0" == "\x00", ord("\0"))
print('mixed "double" inside single', "and 'single' inside double")
empty = """"""
print(repr(empty), repr(''), repr(""))
