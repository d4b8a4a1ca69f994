# A bare raise inside a handler re-raises the original exception
def parse(text):
    try:
        return float(text)
    except ValueError:
        print("could not parse", repr(text))
        raise

print(parse("1.5"))
parse("one")
