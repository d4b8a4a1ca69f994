import sys

import _geometry
import _geometry as geo
from _geometry import circle_area, rect_area as rect

print(_geometry.circle_area(2), geo.PI, circle_area(1), rect(2, 3))
print(_geometry.__name__, _geometry.__doc__)
print(geo is _geometry, "_geometry" in sys.modules)
from _geometry import *
print(PI, "_hidden" in dir())
