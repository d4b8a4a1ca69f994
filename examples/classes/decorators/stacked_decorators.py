# Stacked decorators apply bottom-up and run top-down.
def bold(func):
    print("decorating", func.__name__, "with bold")
    def wrapper():
        return "<b>" + func() + "</b>"
    wrapper.__name__ = "bold_" + func.__name__
    return wrapper


def italic(func):
    print("decorating", func.__name__, "with italic")
    def wrapper():
        return "<i>" + func() + "</i>"
    wrapper.__name__ = "italic_" + func.__name__
    return wrapper


@bold
@italic
def hello():
    return "hello"


@italic
@bold
def world():
    return "world"


print(hello(), hello.__name__)
print(world(), world.__name__)
