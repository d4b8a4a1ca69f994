# raise ... from ... prints both tracebacks, joined by
# "The above exception was the direct cause of the following exception:"
def load_port(config):
    try:
        return int(config["port"])
    except KeyError as e:
        raise RuntimeError("configuration is incomplete") from e

print(load_port({"port": "8080"}))
print(load_port({}))
