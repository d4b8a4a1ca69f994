import statistics

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), round(statistics.stdev(data), 4), statistics.pvariance(data))
print(statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mean([1.5, 2.5, 3.5]), statistics.fmean([1, 2, 3, 4]), statistics.multimode("aabbc"))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
