from datetime import date, timedelta, datetime

d = date(2024, 2, 28)
print(d, d + timedelta(days=2), d.year, d.month, d.day, d.weekday(), d.isoformat())
print(d.strftime("%d/%m/%Y %A"), (date(2024, 12, 25) - d).days)
dt = datetime(2024, 1, 15, 9, 30)
print(dt, dt + timedelta(hours=20, minutes=45), dt.strftime("%H:%M on %b %d"))
print(datetime.strptime("2023-07-04 12:00", "%Y-%m-%d %H:%M"), timedelta(days=1, seconds=90))
