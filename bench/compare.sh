#!/usr/bin/env bash
# Race Coro against CPython on the programs in bench/.
#
# Usage:
#   bench/compare.sh                 build Coro (release) and run every bench/*.py
#   bench/compare.sh fib.py loop.py  only these programs (names or paths)
#
# Environment:
#   CORO=/path/to/binary   use this instead of building Coro; no build is done.
#                          (CORO=python3 is a stand-in that tests this script.)
#   SCRATCH=.build-NAME    build with `swift build -c release --scratch-path
#                          SCRATCH` (relative to the repository root) instead of
#                          the default .build, so as not to share a build dir.
#   CPYTHON=/path/python   the CPython to race (default: Debian's
#                          /usr/bin/python3.11 when present, else python3)
#   RUNS=5                 timed runs per program and interpreter
#   BENCH_TIMEOUT=300      seconds before one run is killed
#
# For each program, Coro and CPython each run RUNS times (as `INTERP FILE.py`
# from inside bench/, stdin empty, PYTHONHASHSEED=0).  The table shows the
# median wall time of each, the ratio Coro/CPython (lower is better for
# Coro) and the peak RSS (largest over the runs) from `/usr/bin/time -f %M`;
# when `time` is missing it is installed with apt-get (as root), and failing
# that the RSS comes from os.wait4's rusage, which also counts the helper's
# own pages inherited across fork (so it over-reports by ~10 MiB).  The stdout of Coro's first
# run must equal CPython's; a difference, a non-zero exit status or a timeout
# is marked in the last column and makes the script exit with status 1.
#
# Coro runs on its real clock (CORO_VIRTUAL_TIME is removed from its
# environment): the benchmarks' sleeps are all 0, and wall time is the point.
#
# Every bench/*.py is picked up, so new programs (async ones too: they are
# plain programs that run asyncio on CPython) need no change here.  A program
# that prints timings must not be put in bench/: output is compared exactly.
#
# Memory programs (MEMORY_PROGRAMS below, e.g. pending_tasks.py: 100k tasks
# parked on one Future) are left out of the timing table and reported after
# it on a line of their own: Coro's and CPython's peak RSS and their ratio
# (their outputs are checked the same way).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"

if [[ -n "${CORO:-}" ]]; then
  coro_bin="$CORO"
  echo "compare: using CORO=$coro_bin (no build)" >&2
else
  build=(swift build -c release)
  if [[ -n "${SCRATCH:-}" ]]; then
    build+=(--scratch-path "$SCRATCH")
  fi
  echo "compare: ${build[*]}" >&2
  (cd "$ROOT" && "${build[@]}" >&2)
  coro_bin="$(cd "$ROOT" && "${build[@]}" --show-bin-path)/coro"
  if [[ ! -x "$coro_bin" ]]; then
    echo "compare: no coro binary at $coro_bin" >&2
    exit 2
  fi
fi

if [[ -n "${CPYTHON:-}" ]]; then
  cpython="$CPYTHON"
elif [[ -x /usr/bin/python3.11 ]]; then
  cpython=/usr/bin/python3.11
else
  cpython=python3
fi

if [[ ! -x /usr/bin/time ]] && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  echo "compare: installing GNU time for peak RSS" >&2
  (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
fi

# The measuring helper runs on whichever python3 is at hand; it only spawns
# the two interpreters and reads their rusage.
helper_python=python3
command -v "$helper_python" >/dev/null 2>&1 || helper_python="$cpython"

exec "$helper_python" - "$BENCH_DIR" "$coro_bin" "$cpython" "${RUNS:-5}" \
  "${BENCH_TIMEOUT:-300}" "$@" <<'PY'
import os, selectors, signal, statistics, subprocess, sys, tempfile, time

bench_dir, coro, cpython, runs, timeout = sys.argv[1:6]
runs, timeout = int(runs), float(timeout)
wanted = sys.argv[6:]

if wanted:
    programs = []
    for w in wanted:
        name = os.path.basename(w)
        if not name.endswith(".py"):
            name += ".py"
        if not os.path.isfile(os.path.join(bench_dir, name)):
            sys.exit("compare: no such program: bench/%s" % name)
        programs.append(name)
else:
    programs = sorted(f for f in os.listdir(bench_dir) if f.endswith(".py"))
if not programs:
    sys.exit("compare: no bench/*.py programs")

GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
rss_file = tempfile.NamedTemporaryFile(prefix="coro-bench-rss-", delete=False).name

env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
           PYTHONDONTWRITEBYTECODE="1")
env.pop("CORO_VIRTUAL_TIME", None)             # Coro's real clock

# Programs measured for memory only: reported on their own lines, after the
# timing table, with Coro's and CPython's peak RSS.
MEMORY_PROGRAMS = {"pending_tasks.py": "100k pending tasks"}


def measure(interp, program):
    walls, peaks, status, first_out = [], [], 0, None
    for _ in range(runs):
        start = time.perf_counter()
        argv = [interp, program]
        if GNU_TIME:
            argv = [GNU_TIME, "-q", "-f", "%M", "-o", rss_file] + argv
        try:
            proc = subprocess.Popen(argv, cwd=bench_dir, env=env,
                                    stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE,
                                    start_new_session=True)
        except OSError as e:
            return None, None, "cannot run: %s" % e, b""
        # Read output while waiting so a chatty program cannot block.
        chunks, err_chunks = [], []
        deadline = start + timeout
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ, "out")
        sel.register(proc.stderr, selectors.EVENT_READ, "err")
        open_streams = 2
        timed_out = False
        while open_streams:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                timed_out = True
                break
            for key, _ in sel.select(timeout=remaining):
                data = os.read(key.fileobj.fileno(), 65536)
                if not data:
                    sel.unregister(key.fileobj)
                    open_streams -= 1
                elif key.data == "out":
                    chunks.append(data)
                else:
                    err_chunks.append(data)
        if timed_out:                          # kill time(1) and the interpreter
            os.killpg(proc.pid, signal.SIGKILL)
        _, wstatus, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wstatus)
        proc.stdout.close()
        proc.stderr.close()
        if timed_out:
            return None, None, "timeout", b""
        walls.append(wall)
        peak = usage.ru_maxrss                 # KiB on Linux
        if GNU_TIME:
            with open(rss_file) as f:
                lines = f.read().split()
            peak = int(lines[-1]) if lines and lines[-1].isdigit() else None
        peaks.append(peak)
        if first_out is None:
            first_out = b"".join(chunks)
        if proc.returncode != 0:
            status = proc.returncode
            last = b"".join(err_chunks).decode("utf-8", "replace").strip().splitlines()
            print("%s: %s exited with %s: %s" % (program, interp, status,
                  last[-1] if last else "(no stderr)"), file=sys.stderr)
            break
    peaks = [p for p in peaks if p is not None]
    return statistics.median(walls), max(peaks, default=None), status, first_out


def fmt_time(t):
    return "-" if t is None else "%.3f s" % t


def fmt_rss(kib):
    return "-" if kib is None else "%.1f MiB" % (kib / 1024)


print("Coro: %s" % coro)
print("CPython: %s (%s)" % (cpython, subprocess.run(
    [cpython, "-c", "import sys; print(sys.version.split()[0])"],
    capture_output=True, text=True).stdout.strip() or "?"))
print("runs per program: %d, median wall time, peak RSS over the runs (%s)"
      % (runs, "GNU time" if GNU_TIME else "wait4 rusage"))
print()
header = ("program", "coro", "cpython", "ratio", "coro RSS", "cpython RSS", "output")
rows = []
memory_lines = []
failed = False


def verdict_for(program, c_status, c_out, p_status, p_out):
    if isinstance(c_status, str):              # "timeout" or "cannot run"
        verdict = "MISMATCH: coro %s" % c_status
    elif c_status != 0:
        verdict = "MISMATCH: coro exit %s" % c_status
    elif p_status != 0:
        verdict = "cpython failed (%s)" % p_status
    elif c_out != p_out:
        verdict = "MISMATCH: output differs"
    else:
        verdict = "ok"
    if verdict.startswith("MISMATCH: output"):
        print("%s: coro printed %r\n%s: cpython printed %r" % (
            program, c_out[:300], program, p_out[:300]), file=sys.stderr)
    return verdict


for program in programs:
    c_time, c_rss, c_status, c_out = measure(coro, program)
    p_time, p_rss, p_status, p_out = measure(cpython, program)
    verdict = verdict_for(program, c_status, c_out, p_status, p_out)
    if verdict != "ok":
        failed = True
    if program in MEMORY_PROGRAMS:
        ratio = "%.2fx" % (c_rss / p_rss) if c_rss and p_rss and verdict == "ok" else "-"
        memory_lines.append("peak memory, %s (%s): coro %s, cpython %s, ratio %s, output %s"
                            % (MEMORY_PROGRAMS[program], program, fmt_rss(c_rss),
                               fmt_rss(p_rss), ratio, verdict))
        continue
    ratio = "%.2fx" % (c_time / p_time) if c_time and p_time and verdict == "ok" else "-"
    rows.append((program, fmt_time(c_time), fmt_time(p_time), ratio,
                 fmt_rss(c_rss), fmt_rss(p_rss), verdict))

widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
align = ["<", ">", ">", ">", ">", ">", "<"]
def line(cells):
    return "  ".join(format(c, a + str(w)) for c, a, w in zip(cells, align, widths)).rstrip()
if rows:
    print(line(header))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))
if memory_lines:
    if rows:
        print()
    for m in memory_lines:
        print(m)
os.unlink(rss_file)
sys.exit(1 if failed else 0)
PY
