# and / or / not return one of their operands and short-circuit
print(0 or 'x', [] and 1)
print(1 and 2, 1 or 2)
print(None or 0 or "" or "last")
print("first" or unknown_name)     # never evaluated
print(0 and unknown_name)
print(not 0, not "text", not None, not [1])

def loud(value):
    print("  evaluating", repr(value))
    return value

print("and:", loud(1) and loud(0) and loud(2))
print("or:", loud(0) or loud("") or loud("found") or loud("skipped"))

name = ""
display = name or "anonymous"
print(display)

def safe_div(a, b):
    return b != 0 and a / b

print(safe_div(1, 4), safe_div(1, 0))
print(True and "yes" or "no", False and "yes" or "no")
print(not not 5)
