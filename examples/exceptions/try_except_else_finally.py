# The four clauses of try, and the order in which they run
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  except: cannot divide by zero")
        return None
    else:
        print("  else: no exception")
        return result
    finally:
        print("  finally: always runs")

print("result:", divide(10, 4))
print("result:", divide(1, 0))

def parse_all(texts):
    numbers = []
    for t in texts:
        try:
            n = int(t)
        except ValueError:
            print(f"  skipping {t!r}")
            continue
        else:
            numbers.append(n)
        finally:
            print(f"  checked {t!r}")
    return numbers

print(parse_all(["1", "two", "3"]))
try:
    print("no error here")
except Exception:
    print("not printed")
else:
    print("else branch")
finally:
    print("finally branch")
try:
    try:
        [][0]
    finally:
        print("inner finally runs before the outer handler")
except IndexError as e:
    print("outer caught:", e)
