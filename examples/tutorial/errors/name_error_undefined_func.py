def main():
    data = [1, 2, 3]
    print(lenght(data))


main()
