"""Small helper module used by local_import.py."""
PI = 3.14159
_hidden = "not exported by *"


def circle_area(r):
    return PI * r * r


def rect_area(w, h):
    return w * h


if __name__ == "__main__":
    print("running geometry directly")
else:
    print("geometry imported as", __name__)
