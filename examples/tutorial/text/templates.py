from string import Template

letter = Template("Dear $name,\nYour order #$order of $$${total} ships on $day.\n")
orders = [
    {"name": "Ann", "order": 1001, "total": "19.99", "day": "Monday"},
    {"name": "Raj", "order": 1002, "total": "5.00", "day": "Friday"},
]
for o in orders:
    print(letter.substitute(o))
print(letter.safe_substitute(name="Zoe"))
try:
    letter.substitute(name="Max")
except KeyError as e:
    print("missing placeholder:", e)
greeting = Template("${word}s are ${adj}")
print(greeting.substitute(word="Cat", adj="cute"))
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
