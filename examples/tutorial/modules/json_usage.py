import json

data = {"name": "Ann", "age": 30, "langs": ["python", "sql"], "admin": False, "manager": None}
text = json.dumps(data)
print(text)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(text)
print(back == data, back["langs"][0], type(back["age"]).__name__)
print(json.loads('[1, 2.5, "x", true, null, {"k": [ ]}]'))
print(json.dumps([1, (2, 3), "é"]), json.dumps("é", ensure_ascii=False))
print(json.dumps({"a": 1, "b": 2}, separators=(",", ":")))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
