import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("shop")
log.debug("not shown")
log.info("store opened")
log.warning("low stock: %s", "apples")
try:
    1 / 0
except ZeroDivisionError:
    log.error("division failed")
logging.info("root logger message %d", 42)
