# Triple-quoted and multi-line f-strings, quotes and escaped braces
user = {"name": "Lin", "langs": ["Python", "Swift"]}
report = f"""User report
  name : {user['name']}
  langs: {', '.join(user['langs'])}
  count: {len(user['langs'])}"""
print(report)
msg = (
    f"Hello {user['name']}, "
    f"you know {len(user['langs'])} languages "
    "(plain string part) "
    f"{{and braces}}"
)
print(msg)
print(f'single-quoted f-string with "double" quotes: {user["name"]}')
rows = [("a", 1), ("bb", 22)]
table = "\n".join(f"{k:<3}|{v:>4}" for k, v in rows)
print(table)
print(f"{'{'}{1 + 1}{'}'}", f"{{{1 + 1}}}")
print(rf"raw f-string \n keeps backslash: {user['name']}")
