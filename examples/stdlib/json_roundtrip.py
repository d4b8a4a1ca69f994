import json

config = {"debug": True, "ratio": 0.75, "servers": ["a", "b"], "limits": {"cpu": 2, "mem": None}}
text = json.dumps(config, indent=4)
print(text)
print(json.loads(text) == config)
print(json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, separators=(",", ":")))
print(json.dumps("naïve ☃"), json.dumps("naïve ☃", ensure_ascii=False))
print(json.dumps([1.0, 1e100, -0.5, 3, True, None, "tab\there"]))
print(json.loads('{"x": 1e3, "y": -2, "z": "\\u00e9"}'))
print(json.dumps({1: "int key", 2.5: "float key", None: "none key"}))
print(json.dumps((1, 2)), json.loads("[]"), json.loads(" 42 "), json.loads('"s"'))
