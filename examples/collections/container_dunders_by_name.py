# Calling container special methods by name, as some tutorials do; they
# behave like the operators and builtins they stand for.
nums = [4, 2, 7]
print(nums.__len__(), len(nums), nums.__getitem__(0), nums.__getitem__(slice(1, None)))
nums.__setitem__(0, 40)
nums.__delitem__(1)
print(nums, nums.__contains__(7), 7 in nums)
nums.__iadd__([8, 9])
print(nums, nums.__add__([1]), nums.__mul__(2), nums.__rmul__(0))
print(list(nums.__iter__()), list(nums.__reversed__()))
print(nums.__eq__([40, 7, 8, 9]), nums.__ne__([]), nums.__gt__([40]), nums.__eq__("x"))
nums.__imul__(2)
print(nums)

ages = {"ann": 31, "bob": 27}
print(ages.__getitem__("ann"), ages.__contains__("cy"), ages.__len__())
ages.__setitem__("cy", 45)
ages.__delitem__("bob")
print(ages, list(ages.__iter__()), list(ages.__reversed__()))
print(ages.__or__({"dee": 50}), ages.__eq__({"cy": 45, "ann": 31}), ages.__or__([1]))
ages.__ior__([("eve", 22)])
print(ages)

seen = set([3, 1])
print(seen.__len__(), seen.__contains__(3), sorted(seen.__iter__()))
print(seen.__and__(set([1, 5])), seen.__xor__(set([1, 5])), seen.__le__(set([1, 3, 5])))
seen.__ior__(set([9]))
seen.__isub__(set([1]))
print(seen, seen.__ge__(set([3])), seen.__lt__(5))
print(list.__len__([1, 2]), dict.get({"k": 1}, "k"), set.union(set([1]), [2]))
print(hasattr([], "__hash__"), [].__hash__ is None, {}.__hash__, set().__hash__)
try:
    list.append((), 1)
except TypeError as e:
    print("TypeError:", e)
