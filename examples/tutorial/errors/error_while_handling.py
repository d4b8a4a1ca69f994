def load(settings):
    try:
        return int(settings["timeout"])
    except KeyError:
        print("no timeout, using fallback")
        return int(settings["fallback"])


print(load({"timeout": "5"}))
print(load({"fallback": "ten"}))
