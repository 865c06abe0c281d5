"""daye's programs on the command line, as a careless or hostile user meets them
(issue 14): every failed write is exit 1 with the reason on stderr and nothing half-written;
--help everywhere; one option syntax; messages safe to print; exact decisions; bad input
exit 2 with nothing on stdout. One CTest per case.

usage: check_cli.py --list                     the names of the cases
       check_cli.py BIN_DIR WORK_DIR CASE      runs one case

A full disk is a 64 KiB tmpfs with one 4 KiB page left when this may mount one (root,
mounts allowed); otherwise the file-size limit RLIMIT_FSIZE stands in for it: a write past
4 KiB fails then with EFBIG ("File too large") instead of ENOSPC, after the same partial
write.
"""
import errno
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree

CASES = {}
BIN = WORK = None
FREE = 4096  # bytes left on the full disk: less than every output written to it here


def case(name):
    def register(f):
        CASES[name] = f
        return f
    return register


class Ran:
    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err

    def expect(self, code, stderr=None, stdout_empty=None):
        """The exit code, a text stderr must contain, and whether stdout must be empty."""
        said = f"exit {self.code}\nstdout: {self.out[:300]!r}\nstderr: {self.err[:600]!r}"
        assert self.code == code, f"expected exit {code}; " + said
        if stderr is not None:
            assert stderr.encode() in self.err, f"expected {stderr!r} on stderr; " + said
        if stdout_empty is not None:
            assert (self.out == b"") == stdout_empty, said
        return self


def run(program, *args, stdout=subprocess.PIPE, preexec=None, close_stdout=False):
    command = [os.path.join(BIN, program), *args]
    if close_stdout:  # exactly the shell's >&-
        command = ["sh", "-c", 'exec "$0" "$@" >&-', *command]
    p = subprocess.run(command, stdout=stdout, stderr=subprocess.PIPE, preexec_fn=preexec)
    return Ran(p.returncode, p.stdout if p.stdout is not None else b"", p.stderr)


class FullDisk:
    """A directory on a file system with FREE bytes left."""

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="daye-full-")
        self.mounted = os.geteuid() == 0 and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "daye-full", self.dir], capture_output=True).returncode == 0
        if self.mounted:
            self.reason, self.preexec = "No space left on device", None
            fd = os.open(os.path.join(self.dir, "filler"), os.O_WRONLY | os.O_CREAT, 0o644)
            try:
                while True:
                    os.write(fd, b"\0" * 4096)
            except OSError as e:
                assert e.errno == errno.ENOSPC, e
            os.close(fd)
            self.make_room()
        else:
            self.reason = "File too large"

            def preexec():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (FREE, FREE))
            self.preexec = preexec
        return self

    def make_room(self):
        """Frees FREE more bytes on the tmpfs (the file-size limit needs nothing)."""
        if self.mounted:
            filler = os.path.join(self.dir, "filler")
            os.truncate(filler, os.path.getsize(filler) - FREE)

    def entries(self):
        return sorted(e for e in os.listdir(self.dir) if e != "filler")

    def __exit__(self, *exc):
        if self.mounted:
            subprocess.run(["umount", self.dir], check=True)
        shutil.rmtree(self.dir)


# What each program writes at length, so that a partial write can happen, and an option
# that takes "json" (None for a program without options).
PROGRAMS = {
    "sprint": ("daye_sprint", ["--rate", "1,2,3,4,5,6,7,8,9,10,11,12", "--format", "json"], "--format"),
    "model": ("daye_model", [], "--format"),
    "report": ("daye_report", [], "--format"),
    "custom_plan": ("daye_custom_plan", [], None),
}
# Programs whose whole output fits in FREE bytes: a full disk takes it all, so only
# /dev/full, a closed stdout and a broken pipe make their writes fail.
WRITES_LESS_THAN_FREE = {"custom_plan"}


def program_cases(short, program, args, option):
    @case(f"{short}_closed_stdout")
    def closed_stdout():
        run(program, *args, close_stdout=True).expect(1, "cannot write to standard output: Bad file descriptor")

    @case(f"{short}_dev_full")
    def dev_full():
        with open("/dev/full", "wb") as full:
            run(program, *args, stdout=full).expect(1, "cannot write to standard output: No space left on device")

    def full_disk():
        with FullDisk() as disk:
            path = os.path.join(disk.dir, "out")
            with open(path, "wb") as out:
                run(program, *args, stdout=out, preexec=disk.preexec).expect(
                    1, "cannot write to standard output: " + disk.reason)
            assert os.path.getsize(path) == 0, f"{os.path.getsize(path)} bytes of a partial output remain"
            # Appended to (>>): what was there stays, what was added goes.
            with open(path, "wb") as out:
                out.write(b"earlier lines\n")
            disk.make_room()
            appending = os.open(path, os.O_WRONLY | os.O_APPEND)  # as the shell opens it: offset 0, not the end
            try:
                run(program, *args, stdout=appending, preexec=disk.preexec).expect(1, disk.reason)
            finally:
                os.close(appending)
            with open(path, "rb") as out:
                assert out.read() == b"earlier lines\n", f"{os.path.getsize(path)} bytes after appending"

    if short not in WRITES_LESS_THAN_FREE:
        case(f"{short}_full_disk")(full_disk)

    @case(f"{short}_broken_pipe")
    def broken_pipe():
        read_end, write_end = os.pipe()
        os.close(read_end)
        try:
            run(program, *args, stdout=write_end).expect(1, "cannot write to standard output: Broken pipe")
        finally:
            os.close(write_end)

    @case(f"{short}_help")
    def help_():
        for flag in ("--help", "-h"):
            ran = run(program, flag).expect(0, stdout_empty=False)
            assert ran.out.startswith(f"usage: {program} ".encode()) and ran.err == b"", ran.out[:200]
            assert b"exit status: 0 answered; 2 bad input" in ran.out and b"-h, --help" in ran.out
        # --help wins over what follows it, and takes no value.
        run(program, "--help", "--no-such-option").expect(0, stdout_empty=False)
        run(program, "--help=yes").expect(2, "option --help takes no value", stdout_empty=True)

    @case(f"{short}_help_dev_full")
    def help_dev_full():
        with open("/dev/full", "wb") as full:
            run(program, "--help", stdout=full).expect(1, "cannot write to standard output: No space left on device")

    @case(f"{short}_help_closed_stdout")
    def help_closed_stdout():
        run(program, "--help", close_stdout=True).expect(1, "cannot write to standard output: Bad file descriptor")

    if option is None:
        @case(f"{short}_arguments")
        def arguments():
            run(program, "--colour").expect(2, f"unknown option '--colour'\nusage: {program}", stdout_empty=True)
            run(program, "stray").expect(2, "unexpected argument 'stray'", stdout_empty=True)
            run(program, "--\x1b]0;title\x07").expect(2, "unknown option '--\\x1b]0;title\\x07'")
        return

    @case(f"{short}_option_syntax")
    def option_syntax():
        spaced = run(program, option, "json").expect(0).out
        assert spaced == run(program, f"{option}=json").expect(0).out
        json.loads(spaced)
        run(program, option).expect(2, f"option {option} needs a value", stdout_empty=True)
        run(program, option, "--help").expect(2, f"option {option} needs a value", stdout_empty=True)
        run(program, option, "json", f"{option}=json").expect(2, f"option {option} is given twice", stdout_empty=True)
        run(program, "--colour").expect(2, f"unknown option '--colour'\nusage: {program}", stdout_empty=True)
        run(program, "stray").expect(2, "unexpected argument 'stray'", stdout_empty=True)

    @case(f"{short}_control_bytes")
    def control_bytes():
        ran = run(program, option, "\x1b[2J\x07\x7f\u202e").expect(2, stdout_empty=True)
        assert b"'\\x1b[2J\\x07\\x7f\\u202e'" in ran.err, ran.err
        assert not any(b < 0x20 and b != 0x0A for b in ran.err), ran.err
        ran = run(program, "--\x1b]0;title\x07").expect(2, "unknown option '--\\x1b]0;title\\x07'")

    @case(f"{short}_long_value")
    def long_value():
        ran = run(program, option, "x" * 100000).expect(2, "…(100000 bytes)", stdout_empty=True)
        assert len(ran.err) < 1000, f"{len(ran.err)} bytes on stderr"

    @case(f"{short}_invalid_utf8")
    def invalid_utf8():
        ran = subprocess.run([os.path.join(BIN, program), option.encode(), b"\xff\xc0\xaf\xed\xa0\x80"],
                             capture_output=True)
        Ran(ran.returncode, ran.stdout, ran.stderr).expect(2, "'\\xff\\xc0\\xaf\\xed\\xa0\\x80'", stdout_empty=True)


for short, (program, args, option) in PROGRAMS.items():
    program_cases(short, program, args, option)


def sprint(*args, **kw):
    return run("daye_sprint", *args, **kw)


def sprint_json(*args):
    return json.loads(sprint(*args, "--format", "json").expect(0).out)


@case("sprint_svg_full_disk")
def sprint_svg_full_disk():
    with FullDisk() as disk:
        path = os.path.join(disk.dir, "sprint.svg")
        sprint("--rate", "1,2,3,4,5,6,7,8,9,10,11,12", "--svg", path, preexec=disk.preexec).expect(
            1, f"cannot write '{path}': {disk.reason}", stdout_empty=True)
        assert disk.entries() == [], f"left behind: {disk.entries()}"


@case("sprint_svg_dev_full")
def sprint_svg_dev_full():
    sprint("--svg", "/dev/full").expect(1, "cannot write '/dev/full': No space left on device", stdout_empty=True)


@case("sprint_svg_errno")
def sprint_svg_errno():
    missing = os.path.join(WORK, "missing", "sprint.svg")
    sprint("--svg", missing).expect(1, f"cannot write '{missing}': No such file or directory", stdout_empty=True)
    sprint("--svg", WORK).expect(1, f"cannot write '{WORK}': Is a directory", stdout_empty=True)
    sprint("--svg=").expect(2, "--svg needs a file name", stdout_empty=True)
    assert os.listdir(WORK) == [], os.listdir(WORK)


@case("sprint_svg_whole")
def sprint_svg_whole():
    path = os.path.join(WORK, "sprint.svg")
    with open(path, "w") as old:
        old.write("an older chart")
    sprint("--rate", "7.5,6", "--svg", path).expect(0)
    root = xml.etree.ElementTree.parse(path).getroot()  # the whole document, or this fails
    assert root.tag.endswith("svg"), root.tag
    assert os.listdir(WORK) == ["sprint.svg"], os.listdir(WORK)


@case("sprint_exact_goal_above_base")
def sprint_exact_goal_above_base():
    # In doubles 900.000000000000001 is 900: the old program said "already at or above the goal".
    doc = sprint_json("--base", "900", "--goal", "900.000000000000001", "--rate", "7.5,0", "--nominal")
    assert [(s["outcome"], s["crossing_year"]) for s in doc["scenarios"]] == [("reached", 2025), ("never", None)], doc
    text = sprint("--base", "900", "--goal", "900.000000000000001", "--rate", "0", "--nominal").expect(0).out.decode()
    assert "already" not in text and "never reaches 900.000000000000001" in text, text


@case("sprint_exact_18_digits")
def sprint_exact_18_digits():
    doc = sprint_json("--base", "999999999999999998", "--goal", "999999999999999999", "--rate", "0,7.5", "--nominal")
    assert [(s["outcome"], s["crossing_year"]) for s in doc["scenarios"]] == [("never", None), ("reached", 2025)], doc
    # Equal is at the goal.
    doc = sprint_json("--base", "999999999999999999", "--goal", "999999999999999999", "--rate", "0", "--nominal")
    assert doc["scenarios"][0]["outcome"] == "already", doc


@case("sprint_exact_first_year")
def sprint_exact_first_year():
    # 900 at 5.832 % is 952.488 in 2025 exactly; through doubles it was 952.4879999999999 and the
    # old program said 2026. Likewise 900 at 5.447 % for two years is 1000.71628281.
    doc = sprint_json("--base", "900", "--goal", "952.488", "--rate", "5.832", "--nominal")
    assert doc["scenarios"][0]["crossing_year"] == 2025, doc["scenarios"][0]
    doc = sprint_json("--base", "900", "--goal", "1000.71628281", "--rate", "5.447", "--nominal")
    assert doc["scenarios"][0]["crossing_year"] == 2026, doc["scenarios"][0]
    # And a real rate with a deflator, exactly: 1000 at 10 % real and 0 % prices is 1210 in 2026.
    doc = sprint_json("--base", "1000", "--goal", "1210", "--rate", "10", "--deflator", "0")
    assert doc["scenarios"][0]["crossing_year"] == 2026, doc["scenarios"][0]


@case("sprint_overflow")
def sprint_overflow():
    # Used to end in "internal error", exit 1.
    sprint("--rate", "0.01,999999999999999999").expect(
        2, "--rate '999999999999999999': a growth rate must be below 1000000 %", stdout_empty=True)
    sprint("--deflator", "1000000").expect(2, "must be below 1000000 %", stdout_empty=True)
    sprint("--base", "1000000000000000000").expect(2, "--base '1000000000000000000': overflow", stdout_empty=True)
    sprint("--goal", "0.0000000000000000001").expect(2, "too many decimal places", stdout_empty=True)
    # The largest inputs are answered, not refused: levels and rates at the edge of the domain.
    doc = sprint_json("--base", "0.000000000000000001", "--goal", "999999999999999999",
                      "--rate", "999999.999999999999", "--deflator", "999999.999999999999")
    assert doc["scenarios"][0]["crossing_year"] == 2029, doc["scenarios"][0]
    doc = sprint_json("--base", "1", "--goal", "999999999999999999", "--rate", "-99.999999999999999",
                      "--deflator", "-99.999999999999999")
    assert doc["scenarios"][0]["outcome"] == "never", doc["scenarios"][0]


@case("sprint_domain")
def sprint_domain():
    # Beside the examples/sprint_bad_* tests of tests/CMakeLists.txt.
    for args, message in [
        (["--rate", "7.5,-150"], "--rate '-150': a growth rate must be above -100 %"),
        (["--deflator", "-100"], "--deflator '-100': a growth rate must be above -100 %"),
        (["--base-year", "0"], "--base-year '0': expected a year from 1 to 9999"),
        (["--base-year", "10000"], "expected a year from 1 to 9999"),
        (["--base-year", "2024.5"], "expected a year from 1 to 9999"),
        (["--rate", "1,2,3,4,5,6,7,8,9,10,11,12,13"], "--rate: at most 12 rates"),
        (["--nominal", "--deflator", "2"], "--nominal and --deflator exclude each other"),
        (["--rate", "1e3"], "--rate '1e3': not a decimal number"),
        (["--format", "yaml"], "unknown format 'yaml' (text or json)"),
    ]:
        sprint(*args).expect(2, message, stdout_empty=True)


def report(*args, **kw):
    return run("daye_report", *args, **kw)


@case("report_actuals_errno")
def report_actuals_errno():
    missing = os.path.join(WORK, "missing.csv")
    report("--actuals", missing).expect(2, f"{missing}: cannot open: No such file or directory", stdout_empty=True)
    report("--actuals", WORK).expect(2, f"{WORK}: cannot read: Is a directory", stdout_empty=True)
    # Refused after 256 MiB read, not held whole: /dev/zero never ends.
    report("--actuals", "/dev/zero").expect(2, "/dev/zero: larger than the input limit of 268435456 bytes (256 MiB)",
                                            stdout_empty=True)


@case("report_data_in_messages")
def report_data_in_messages():
    # Ids and fields from the file reach stderr escaped. A control character is an error
    # wherever it is (csv_records.hpp), an id nobody declared too.
    path = os.path.join(WORK, "hostile.csv")
    with open(path, "wb") as f:
        f.write(b"indicator,year,value,unit,status,source\n"
                b"gdp_growth\x1b[2J,2024,8.0,percent,reported,\n")
    ran = report("--actuals", path).expect(2, "2:1: a control character: 'gdp_growth\\x1b[2J'", stdout_empty=True)
    assert not any(b < 0x20 and b != 0x0A for b in ran.err), ran.err
    with open(path, "wb") as f:
        f.write(b"indicator,year,value,unit,status,source\ngdp_growth,2024,8\x07,percent,reported,\n")
    ran = report("--actuals", path).expect(2, "nothing evaluated", stdout_empty=True)
    assert b"8\\x07" in ran.err and not any(b < 0x20 and b != 0x0A for b in ran.err), ran.err


# Impossible values in the shared 2024 file (issue 14 item 1): each is refused, exit 2, with
# the indicator, file:line:column and the rule; never judged. (indicator, value, unit, rule)
IMPOSSIBLE = [
    ("county_rank", "0", "rank", "a place on a top-100 list is 1 to 100"),
    ("county_rank", "-3", "rank", "a place on a top-100 list is 1 to 100"),
    ("cultivated_land", "-1", "mu", "is 0 or more"),
    ("signed_projects", "-2", "projects", "is 0 or more"),
    ("gdp_growth", "-100", "percent", "a growth rate is above -100 %"),
    ("gdp_growth", "-150", "percent", "a growth rate is above -100 %"),
    ("gdp_growth", "100000000000000000", "percent", "beyond the sane magnitude of the unit"),
    ("gdp_growth", "-100000000000000000", "percent", "a growth rate is above -100 %"),
]


@case("report_impossible_values")
def report_impossible_values():
    shared = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data",
                          "daye-2024-reported.csv")
    with open(shared, encoding="utf-8") as f:
        rows = f.read().splitlines()
    for indicator, value, unit, rule in IMPOSSIBLE:
        kept = [r for r in rows if not r.startswith(f"{indicator},2024,")]
        line = len(kept) + 1  # the edited row goes last
        column = len(f"{indicator},2024,") + 1
        path = os.path.join(WORK, f"{indicator}{value}.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(kept + [f"{indicator},2024,{value},{unit},reported,edited"]) + "\n")
        ran = report("--actuals", path).expect(2, f"{path}:{line}:{column}: outside the domain of {indicator}",
                                               stdout_empty=True)
        assert rule.encode() in ran.err, f"{indicator}={value}: expected {rule!r}; stderr: {ran.err[:600]!r}"
        assert b"nothing evaluated" in ran.err, ran.err[:600]


def main():
    global BIN, WORK
    if sys.argv[1:] == ["--list"]:
        print("\n".join(CASES))
        return
    BIN, WORK, name = sys.argv[1:4]
    WORK = os.path.join(WORK, name)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    CASES[name]()
    print(f"{name}: as expected")


if __name__ == "__main__":
    main()
