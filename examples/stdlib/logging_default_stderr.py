# golden: stderr
import logging

logging.debug("hidden by the default WARNING level")
logging.info("hidden too")
logging.warning("shown as %s", "WARNING:root:...")
logging.error("an error")
log = logging.getLogger("svc")
log.critical("critical from %s", log.name)
print("stdout is separate")
lonely = logging.getLogger("lonely")
lonely.propagate = False
lonely.warning("no handler of its own: the last-resort handler prints only the message")
lonely.info("below WARNING, dropped")
