# Format spec: sign (+ - space), '#', '0' padding, ',' and '_' grouping
for n in [42, -42, 0]:
    print("[{:+}] [{:-}] [{: }] [{:+.1f}] [{: .2f}]".format(n, n, n, n, n))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:,}".format(-9876543210))
print("{:,.2f}".format(1234567.891), "{:_.3f}".format(1234.5))
print("{:,}".format(999), "{:,}".format(1000), "{:,}".format(10 ** 20))
print("{:_x}".format(0xDEADBEEF), "{:_b}".format(255), "{:_o}".format(4095))
print("{:08}".format(42), "{:08}".format(-42), "{:08.3f}".format(3.14159), "{:+08d}".format(7))
print("{:012,}".format(1234567), "{:012_.1f}".format(-1234.5))
print("{:#x}".format(255), "{:#X}".format(255), "{:#o}".format(8), "{:#b}".format(5))
print("{:#010x}".format(255), "{:#10b}".format(5), "{:+#x}".format(255))
print("{:#.0f}".format(3), "{:.0f}".format(3), "{:#g}".format(1.5))
print("{:>+10,}".format(1000000), "{:<+10,}".format(-1000000) + "|")
