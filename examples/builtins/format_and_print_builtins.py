# format() and print() working together
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Gizmo", 1, 100.0)]
header = ("Item", "Qty", "Price", "Total")
print(*header, sep="\t")
for name, qty, price in rows:
    print(format(name, "<8"), format(qty, ">3"), format(price, ">8.2f"),
          format(qty * price, ">9,.2f"), sep=" | ")
grand = sum(q * p for _, q, p in rows)
print("grand total:", format(grand, ",.2f"), end="\n\n")
print("percent:", format(0.4567, ".1%"), "hex:", format(48879, "#x"))
print(format("centered", "*^20"))
print(str(12).rjust(5, "."), format(12, ".>5"), "{:.>5}".format(12), f"{12:.>5}")
