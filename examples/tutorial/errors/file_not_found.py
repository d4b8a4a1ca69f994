print("reading config")
with open("missing_config.ini") as f:
    print(f.read())
