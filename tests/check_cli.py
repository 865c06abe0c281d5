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
# The shared outcomes of Daye, Huangshi, Hubei and China, 2021-2025: a panel of regions.
OUTCOMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "data",
                        "daye-outcomes-2021-2025.csv")


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
    "record": ("daye_record", [], "--format"),
    "escalation": ("daye_escalation", [], "--format"),
}
# Programs whose whole output fits in FREE bytes: a full disk takes it all, so only
# /dev/full, a closed stdout and a broken pipe make their writes fail.
WRITES_LESS_THAN_FREE = {"custom_plan", "record", "escalation"}


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


@case("sprint_from_data")
def sprint_from_data():
    # The base is the latest exact GDP level of the panel; a later bound says what it implies.
    out = sprint("--from-data", OUTCOMES).expect(0).out.decode()
    assert out.startswith("GDP 930.71 亿元 in 2024 at current prices; goal 1000 亿元\n"), out
    assert ("2025: GDP above 1000 亿元 (a lower bound, preliminary) is nominal growth of more than 7.44 % in 2025; "
            "beside real growth of 7.7 % (1-6月), prices changed by more than -0.24 %\n") in out, out
    doc = json.loads(sprint("--from-data", OUTCOMES, "--format", "json").expect(0).out)
    assert doc["base"] == 930.71 and doc["base_year"] == 2024, doc
    assert doc["from_data"]["later"] == [
        {"year": 2025, "level": "1000", "bound": "above", "status": "preliminary", "nominal_growth": "7.44",
         "real_growth": "7.7", "real_growth_period": "jan-jun", "price_change": "-0.24"}], doc["from_data"]
    # Rounding never crosses a bound: above 107.446 is growth above 7.446 %, shown as more
    # than 7.44 (not 7.45); below it, less than 7.45. Prices: 1.07446 / 1.05 is +2.3295 %.
    path = os.path.join(WORK, "levels.csv")
    for bound, growth, prices in [("above", "more than 7.44", "more than 2.32"),
                                  ("below", "less than 7.45", "less than 2.33")]:
        with open(path, "w", encoding="utf-8") as f:
            f.write("region,indicator,year,value,unit,status,bound,source\n"
                    "x,gdp_level,2020,100,yi_yuan,reported,,\n"
                    f"x,gdp_level,2021,107.446,yi_yuan,preliminary,{bound},\n"
                    "x,gdp_growth,2021,5,percent,reported,,\n")
        out = sprint("--from-data", path, "--region", "x").expect(0).out.decode()
        assert f"is nominal growth of {growth} % in 2021; beside real growth of 5 %, prices changed by {prices} %" \
            in out, out
    # An exact later level is the base itself: the latest exact level.
    with open(path, "a", encoding="utf-8") as f:
        f.write("x,gdp_level,2022,110,yi_yuan,reported,,\n")
    assert "GDP 110 亿元 in 2022" in sprint("--from-data", path, "--region", "x").expect(0).out.decode()
    for args, message in [
        (["--from-data", OUTCOMES, "--base", "900"], "--base and --base-year exclude it"),
        (["--from-data", OUTCOMES, "--base-year", "2023"], "--base and --base-year exclude it"),
        (["--region", "daye"], "--region needs --from-data"),
        (["--from-data", OUTCOMES, "--region", "hubei"], "has no GDP level (gdp_level, a whole year, exact) of region "
                                                          "'hubei'"),
        (["--from-data", os.path.join(WORK, "missing.csv")], "missing.csv: cannot open: No such file or directory"),
    ]:
        sprint(*args).expect(2, message, stdout_empty=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("indicator,year,value,unit,source\ngdp_level,2024,-930.71,yi_yuan,\n")
    sprint("--from-data", path).expect(2, "levels.csv:2:16: outside the domain of gdp_level", stdout_empty=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("indicator,year,value,unit,source\ngdp_level,2024,0,yi_yuan,\n")
    sprint("--from-data", path).expect(2, "GDP level of 2024 in the data is 0: a base must be above 0",
                                       stdout_empty=True)


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


@case("report_all_regions")
def report_all_regions():
    # Daye's 2024 plan as a template for every region of the shared outcomes: the nation's
    # 5 % and Hubei's 6 % (preliminary) miss Daye's 7.5 %; Huangshi reported nothing of 2024.
    ran = report("--actuals", OUTCOMES, "--all-regions", "--format", "csv").expect(0)
    assert ran.out.decode() == (
        "region,verdict,met,missed,unknown,not_applicable,vetoed,preliminary,revised\n"
        "china,missed,0,1,68,0,no,0,0\n"
        "daye,missed,4,4,61,0,no,1,0\n"
        "huangshi,incomplete,0,0,69,0,no,0,0\n"
        "hubei,missed,0,1,68,0,no,1,0\n"), ran.out
    assert b"32 figures are not read by plan daye_2024" in ran.err, ran.err
    text = report("--actuals", OUTCOMES, "--all-regions").expect(0).out.decode().splitlines()
    assert text[3].split() == ["region", "verdict", "met", "missed", "unknown", "n/a", "vetoed", "preliminary",
                               "revised"], text
    assert text[5].split() == ["daye", "missed", "4", "4", "61", "0", "no", "1", "0"], text
    doc = json.loads(report("--actuals", OUTCOMES, "--all-regions", "--format", "json").expect(0).out)
    assert [(r["region"], r["met"], r["missed"]) for r in doc["regions"]] == [
        ("china", 0, 1), ("daye", 4, 4), ("huangshi", 0, 0), ("hubei", 0, 1)], doc
    markdown = report("--actuals", OUTCOMES, "--all-regions", "--format", "markdown").expect(0).out.decode()
    assert "| hubei | missed | 0 | 1 | 68 | 0 | no | 1 | 0 |" in markdown, markdown
    report("--actuals", OUTCOMES, "--all-regions", "--strict").expect(
        2, "holds data of region 'daye' that plan daye_2024 does not read", stdout_empty=True)
    # The 2024 file has no region column: its figures are the plan's region's.
    ran = report("--all-regions", "--format", "csv").expect(0)
    assert ran.out.decode().splitlines()[1:] == ["daye,missed,4,3,62,0,no,1,0"], ran.out


@case("report_region")
def report_region():
    ran = report("--actuals", OUTCOMES, "--region", "hubei").expect(0)
    out = ran.out.decode()
    assert out.startswith("region hubei: plan daye_2024 of daye scored as a template"), out
    assert "verdict: missed (met 0, missed 1, unknown 68, not applicable 0)" in out, out
    assert "6% (preliminary)" in out, out
    # The county's own figures, read from the panel: 930.71 亿元 misses the 1000 亿 level.
    out = report("--actuals", OUTCOMES, "--region", "daye").expect(0).out.decode()
    assert "930.71 亿元" in out and "gap -69.29" in out, out
    assert not out.startswith("region"), out
    for args, message in [
        (["--region", "hubeii"], "no figures of region 'hubeii' in " + OUTCOMES +
         " (did you mean hubei?); its regions: china daye huangshi hubei"),
        (["--region", "\x1b[2J"], "no figures of region '\\x1b[2J'"),
        (["--region", "hubei", "--all-regions"], "--region and --all-regions exclude each other"),
        (["--region", "hubei", "--format", "csv"], "--format csv is the table of --all-regions"),
        (["--format", "yaml", "--all-regions"], "unknown format 'yaml' (text, markdown, json or csv)"),
        # JSON refuses the same regions as text, before writing anything.
        (["--region", "hubeii", "--format", "json"], "no figures of region 'hubeii' in " + OUTCOMES +
         " (did you mean hubei?); its regions: china daye huangshi hubei"),
        (["--region", "", "--format", "json"], "no figures of region '' in "),
        (["--region", "\x1b[2J", "--format", "json"], "no figures of region '\\x1b[2J'"),
    ]:
        report("--actuals", OUTCOMES, *args).expect(2, message, stdout_empty=True)


def panel_file(name, *rows):
    """A results file in WORK with the panel's header and these rows; its path."""
    path = os.path.join(WORK, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("region,indicator,year,period,value,unit,status,bound,source\n" + "".join(row + "\n" for row in rows))
    return path


@case("report_vintages")
def report_vintages():
    # Several vintages of one key: the firmest decides, whatever the order of the rows, and
    # the scorecard says what changed. A region id that needs quoting stays one CSV field.
    path = panel_file("vintages.csv",
                      "daye,gdp_growth,2024,,7.4,percent,revised,,yearbook",
                      "daye,gdp_growth,2024,,8,percent,preliminary,,work report",
                      "daye,gdp_growth,2024,,7.6,percent,reported,,bulletin",
                      "daye,gdp_level,2024,,900,yi_yuan,preliminary,above,work report",
                      "daye,gdp_level,2024,,930.71,yi_yuan,reported,,bulletin",
                      "\"a, b\",gdp_growth,2024,,8,percent,preliminary,,x")
    out = report("--actuals", path).expect(0).out.decode()
    assert "MISSED  gdp_growth" in out and "7.4% (revised)" in out, out
    assert "gdp_growth 2024: preliminary 8 percent, reported 7.6 percent, revised 7.4 percent (-0.2)" in out, out
    assert "gdp_level 2024: preliminary > 900 yi_yuan, reported 930.71 yi_yuan" in out, out
    markdown = report("--actuals", path, "--format", "markdown").expect(0).out.decode()
    assert "### Vintages" in markdown and "- gdp_level 2024: preliminary > 900 yi_yuan" in markdown, markdown
    ran = report("--actuals", path, "--all-regions", "--format", "csv").expect(0)
    assert ran.out.decode().splitlines()[1:] == ["\"a, b\",incomplete,1,0,68,0,no,1,0", "daye,missed,0,2,67,0,no,0,1"], \
        ran.out
    # The JSON names the region and gives the same vintages, each value exact, the change
    # where both figures are exact in one unit.
    doc = json.loads(report("--actuals", path, "--format", "json").expect(0).out)
    assert doc["region"] == "daye", doc["region"]
    assert [(r["indicator"], r["year"], r["period"], [(v["status"], v["value"], v["bound"]) for v in r["vintages"]],
             r["change"]) for r in doc["vintages"]] == [
        ("gdp_growth", 2024, "", [("preliminary", "8", "exact"), ("reported", "7.6", "exact"),
                                  ("revised", "7.4", "exact")], "-0.2"),
        ("gdp_level", 2024, "", [("preliminary", "900", "above"), ("reported", "930.71", "exact")], None)], doc
    every = json.loads(report("--actuals", path, "--all-regions", "--format", "json").expect(0).out)
    assert [(r["region"], len(r["vintages"])) for r in every["regions"]] == [("a, b", 0), ("daye", 2)], every
    assert every["regions"][1]["vintages"] == doc["vintages"], every
    # A part of the year is the CSV's period id (the text names it 1-9月); the year before the
    # plan's is listed, earlier years are not; a figure that did not change changes by 0.
    part = panel_file("part.csv",
                      "daye,gdp_growth,2023,jan-sep,7.50,percent,preliminary,,a",
                      "daye,gdp_growth,2023,jan-sep,7.5,percent,reported,,b",
                      "daye,gdp_growth,2022,,6.4,percent,preliminary,,c",
                      "daye,gdp_growth,2022,,6.5,percent,reported,,d")
    assert "gdp_growth 2023 1-9月: preliminary 7.50 percent, reported 7.5 percent (unchanged)" in \
        report("--actuals", part).expect(0).out.decode()
    doc = json.loads(report("--actuals", part, "--format", "json").expect(0).out)
    assert [(r["year"], r["period"], [v["value"] for v in r["vintages"]], r["change"]) for r in doc["vintages"]] == [
        (2023, "jan-sep", ["7.50", "7.5"], "0.00")], doc["vintages"]
    # A region id with a quote and a backslash comes back from the JSON as the CSV gave it.
    odd = panel_file("odd.csv",
                     "\"a\"\"b\\\",gdp_growth,2024,,8,percent,preliminary,,a",
                     "\"a\"\"b\\\",gdp_growth,2024,,7.9,percent,reported,,b")
    doc = json.loads(report("--actuals", odd, "--region", "a\"b\\", "--format", "json").expect(0).out)
    assert (doc["region"], doc["vintages"][0]["change"]) == ("a\"b\\", "-0.1"), doc
    # The same key and status twice is a duplicate: nothing is evaluated.
    with open(path, "a", encoding="utf-8") as f:
        f.write("daye,gdp_growth,2024,,7.5,percent,reported,,again\n")
    report("--actuals", path).expect(2, "vintages.csv:8:1: duplicate: daye gdp_growth 2024 is already on line 4",
                                     stdout_empty=True)


def record(*args, **kw):
    return run("daye_record", *args, **kw)


@case("record_daye")
def record_daye():
    # Each year's fullest figure: the whole year, else the longest part of it; the firmest
    # vintage; a bound kept as a bound.
    doc = json.loads(record("--format", "json").expect(0).out)
    gdp = {i["id"]: i for i in doc["indicators"]}["gdp_growth"]["years"]
    assert [(y["year"], y["value"], y["period"], y["status"]) for y in gdp] == [
        (2021, "14.4", "", "reported"), (2022, "6.5", "", "reported"), (2023, "7.5", "jan-sep", "reported"),
        (2024, "8", "", "preliminary"), (2025, "7.7", "jan-jun", "reported")], gdp
    level = {i["id"]: i for i in doc["indicators"]}["gdp_level"]["years"]
    assert [(y["year"], y["value"], y["bound"]) for y in level] == [
        (2021, "751.1", "exact"), (2022, "860.79", "exact"), (2024, "930.71", "exact"), (2025, "1000", "above")], level
    # One figure is no record: projects counted in 2023 only are left out.
    assert "signed_projects_100m_plus" not in {i["id"] for i in doc["indicators"]}, doc
    lines = record("--format", "csv").expect(0).out.decode().splitlines()
    assert lines[0] == "indicator,unit,2021,2022,2023,2024,2025", lines
    assert "地区生产总值增长 gdp_growth,%,14.4,6.5,7.5 (1-9月),8 (预计),7.7 (1-6月)" in lines, lines
    assert "地区生产总值 gdp_level,亿元,751.1,860.79,,930.71,> 1000 (预计)" in lines, lines
    assert record("--from", "2022", "--to", "2023", "--format", "csv").expect(0).out.decode().splitlines()[0] == \
        "indicator,unit,2022,2023"
    for args, message in [
        (["--region", "hubeii"], "no figures of region 'hubeii' from 2021 to 2025"),
        (["--region", "china", "--from", "2023", "--to", "2023"], "no indicator of region 'china' has figures in two"),
        (["--from", "2025", "--to", "2021"], "--to 2021 is before --from 2025"),
        (["--from", "0"], "--from '0': expected a year from 1 to 9999"),
        (["--to", "20245"], "--to '20245': expected a year from 1 to 9999"),
        (["--from", "1", "--to", "9999"], "at most 31 years in one table"),
        (["--format", "yaml"], "unknown format 'yaml' (text, markdown, csv or json)"),
        (["--actuals", os.path.join(WORK, "missing.csv")], "missing.csv: cannot open: No such file or directory"),
    ]:
        record(*args).expect(2, message, stdout_empty=True)
    # The chart: three published levels and one bound, each series with its legend point.
    chart = os.path.join(WORK, "gdp.svg")
    record("--svg", chart).expect(0, stdout_empty=False)
    svg = open(chart, encoding="utf-8").read()
    assert svg.startswith("<svg") and svg.count("<circle") == 6 and "GDP above (突破), 预计" in svg, svg
    record("--svg", "").expect(2, "--svg needs a file name", stdout_empty=True)
    bad = os.path.join(WORK, "bad.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("region,indicator,year,value,unit,source\ndaye,gdp_growth,2024,8,percent,\n"
                "daye,gdp_growth,2O24,8,percent,\n")
    record("--actuals", bad).expect(2, "bad.csv:3:17: not a year (expected four digits): '2O24'", stdout_empty=True)


@case("record_check")
def record_check():
    out = record("--check").expect(0).out.decode()
    assert ("gdp_growth 2022: 6.5 % printed, levels 751.1 → 860.79 亿元: a real rate against current-price levels: "
            "prices changed by 7.6 %\n") in out, out
    assert "industrial_output_above_scale_growth 2022: 13.3 % printed, levels 1130.8 → 1273.38 亿元: not checked" in out
    assert "local_budget_revenue_growth 2022: 1.1 % printed, levels 50.4 → 50.95 亿元: consistent" in out, out
    path = os.path.join(WORK, "levels.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("region,indicator,year,value,unit,source\n"
                "x,retail_sales,2023,100,yi_yuan,\nx,retail_sales,2024,110,yi_yuan,\n"
                "x,retail_sales_growth,2024,11.2,percent,\n")
    out = record("--actuals", path, "--region", "x", "--check").expect(0).out.decode()
    assert out == ("retail_sales_growth 2024: 11.2 % printed, levels 100 → 110 亿元: INCONSISTENT (the levels within "
                   "their rounding give 8.955 to 11.055 %)\n"), out
    record("--check", "--format", "csv").expect(2, "--check writes text or markdown, not 'csv'", stdout_empty=True)
    record("--check", "--region", "hubeii").expect(2, "no figures of region 'hubeii'", stdout_empty=True)


@case("escalation_2024")
def escalation_2024():
    doc = json.loads(run("daye_escalation", "--format", "json").expect(0).out)
    assert [(e["indicator"], e["parent_plan"], e["plan"], e["ratio"], e["difference"], e["stricter"])
            for e in doc["escalations"]] == [
        ("gdp_growth", "china_2024", "hubei_2024", "1.20", "1", True),
        ("gdp_growth", "hubei_2024", "daye_2024", "1.25", "1.5", True),
        ("new_high_tech_enterprises", "daye_2024", "daye_science_2024", "1.34", "17", True),
        ("tech_smes_registered", "daye_2024", "daye_science_2024", "1.09", "68", True)], doc
    text = run("daye_escalation").expect(0).out.decode()
    assert "gdp_growth (%): china_2024 5 左右 → hubei_2024 ≥ 6: 1.20×, +1\n" in text, text
    table = os.path.join(WORK, "targets.csv")
    with open(table, "w", encoding="utf-8") as f:
        f.write("plan,parent,indicator,condition,value,unit\n"
                "province,,energy_intensity_change,at_most,-3,percent\n"
                "county,province,energy_intensity_change,at_most,-2.5,percent\n"
                "county,province,gdp_growth,at_least,6,percent\n")
    csv_out = run("daye_escalation", "--targets", table, "--format", "csv").expect(0).out.decode()
    assert csv_out.splitlines()[1] == "energy_intensity_change,%,province,≤ -3,county,≤ -2.5,0.83,+0.5,no", csv_out
    with open(table, "a", encoding="utf-8") as f:
        f.write("town,county,gdp_growth,at_least,6,yi_yuan\n")
    run("daye_escalation", "--targets", table).expect(2, "targets.csv:5:", stdout_empty=True)


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
