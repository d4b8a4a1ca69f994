# Format spec for ints: d x X o b c n and how they combine
n = 255
print("{:d} {:x} {:X} {:o} {:b}".format(n, n, n, n, n))
print("{:#x} {:#X} {:#o} {:#b}".format(n, n, n, n))
print("{:08b} {:04x} {:>6o}|".format(5, 255, 8))
print("{:x} {:b} {:#x}".format(-255, -5, -255))
print("{:c}{:c}{:c}".format(72, 105, 0x263A))
print("{:n} {:n}".format(1234567, -42))
print("{:d}".format(True), "{}".format(True), "{:5}|".format(True))
print("{:e} {:.2f} {:%}".format(12345, 7, 3))
print("{:s}".format("text"), "{:>6s}|".format("ab"), "{:.2s}".format("abcdef"))
print("{:10.3s}|".format("truncate me"))
for value in range(0, 17, 4):
    print("{0:3d} {0:#6x} {0:#8b} {0:#5o}".format(value))
try:
    "{:d}".format(2.5)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("7")
except ValueError as e:
    print("ValueError:", e)
