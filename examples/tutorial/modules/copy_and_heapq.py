import copy
import heapq

original = {"name": "cfg", "items": [1, 2, [3, 4]]}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["items"][2].append(5)
print(shallow["items"], deep["items"])

nums = [5, 1, 8, 3, 9, 2]
heapq.heapify(nums)
print(nums[0], [heapq.heappop(nums) for _ in range(3)], nums)
heapq.heappush(nums, 0)
print(nums[0], heapq.nlargest(2, [4, 7, 1, 9]), heapq.nsmallest(2, [4, 7, 1, 9]))
tasks = []
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
