# partition and rpartition always return a 3-tuple
print("key=value".partition("="))
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("no separator".partition("="))
print("no separator".rpartition("="))
print("a.b.c".rpartition("."))

def split_ext(filename):
    base, dot, ext = filename.rpartition(".")
    if not dot:
        return filename, ""
    return base, ext

for name in ["archive.tar.gz", "README", "photo.jpeg", ".hidden"]:
    print(name, "->", split_ext(name))

url = "https://example.com/path/page"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
