from datetime import date, datetime, time, timedelta, timezone

start = datetime(2024, 3, 9, 22, 15, 30)
for delta in [timedelta(hours=3), timedelta(days=-1, minutes=5), timedelta(weeks=2, seconds=1.5)]:
    print(start + delta, "|", delta, "|", repr(delta))
print(start - datetime(2024, 1, 1), (start - datetime(2024, 1, 1)).total_seconds())
print(start.strftime("%Y-%m-%d %H:%M:%S %a %b %j %p %I"), start.isoformat(), start.isoformat(sep=" "))
print(start.date(), start.time(), start.replace(hour=0, minute=0), start.weekday(), start.isoweekday())
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 12, 31).isocalendar(), date.fromisoformat("2024-07-04"))
print(datetime.fromisoformat("2024-07-04T08:30:00"), datetime.strptime("31/12/1999 23:59", "%d/%m/%Y %H:%M"))
print(time(9, 5), time(14, 30, 15, 250000), repr(time(9, 5)), time(9, 5) < time(10))
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 1)]), date(2024, 1, 1) == date(2024, 1, 1))
print(timedelta(days=1) / timedelta(hours=1), timedelta(minutes=90) // timedelta(hours=1), abs(timedelta(days=-2)))
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(utc, utc.astimezone(timezone(timedelta(hours=2))), utc.tzname(), repr(timezone.utc))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024-99-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(date.today(), date))
