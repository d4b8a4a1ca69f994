# An error inside an except block chains implicitly:
# "During handling of the above exception, another exception occurred:"
def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print("division failed, logging", a, b)
        return log[a]        # bug: 'log' is not defined

print(safe_ratio(6, 3))
print(safe_ratio(1, 0))
