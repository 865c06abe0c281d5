// examples/cli.hpp: options, safe messages, files written whole, input read within a limit.
// Standard output itself is tested through the programs (tests/check_cli.py).
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "cli.hpp"

using std::string_view_literals::operator""sv;

namespace {
const cli::program tool{
    "tool",
    "Does things.",
    {{"--base", "LEVEL", "the base"}, {"--rate", "R", "a rate\nsecond line"}, {"--nominal", "", "a flag"}}};

cli::arguments parse(std::vector<const char*> args) {
    args.insert(args.begin(), "tool");
    return cli::parse(tool, static_cast<int>(args.size()), args.data());
}

std::string parse_error(std::vector<const char*> args) {
    try {
        parse(std::move(args));
    } catch (const cli::bad_input& e) {
        return e.message;
    }
    return "(no error)";
}

/// A fresh directory under /tmp, removed with what is in it at the end of the test.
class scratch {
public:
    scratch() {
        char name[] = "/tmp/daye_cli_test.XXXXXX";
        if (::mkdtemp(name) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = name;
    }
    scratch(const scratch&) = delete;
    scratch& operator=(const scratch&) = delete;
    ~scratch() { (void)std::system(("rm -rf '" + path_ + "'").c_str()); }
    std::string operator/(const std::string& name) const { return path_ + "/" + name; }
    std::vector<std::string> entries() const {
        std::vector<std::string> names;
        const std::string list = path_ + "/.list";
        (void)std::system(("ls -A '" + path_ + "' > '" + list + "'").c_str());
        std::ifstream in(list);
        for (std::string name; std::getline(in, name);)
            if (name != ".list") names.push_back(name);
        return names;
    }

private:
    std::string path_;
};

std::string content_of(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

template <class F>
std::string failure_of(F&& f) {
    try {
        f();
    } catch (const cli::output_failure& e) {
        return e.message;
    } catch (const cli::bad_input& e) {
        return e.message;
    }
    return "(no error)";
}
}  // namespace

TEST_CASE("printable: control bytes escaped, ill-formed UTF-8 shown byte by byte, long text cut") {
    CHECK(cli::printable("7.5") == "7.5");
    CHECK(cli::printable("大冶 63.85万亩") == "大冶 63.85万亩");
    CHECK(cli::printable("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(cli::printable("a\0b"sv) == "a\\x00b");
    CHECK(cli::printable("line\nnext\ttab\r") == "line\\nnext\\ttab\\r");
    CHECK(cli::printable("C:\\dir") == "C:\\\\dir");
    CHECK(cli::printable("\x7f") == "\\x7f");
    CHECK(cli::printable("\xC2\x85") == "\\u0085");  // NEL, a C1 control
    CHECK(cli::printable("abc\xE2\x80\xAE"
                         "def") == "abc\\u202edef");  // RIGHT-TO-LEFT OVERRIDE
    CHECK(cli::printable("\xff\xfe") == "\\xff\\xfe");
    CHECK(cli::printable("\xC0\xAF") == "\\xc0\\xaf");           // an overlong '/'
    CHECK(cli::printable("\xED\xA0\x80") == "\\xed\\xa0\\x80");  // a surrogate
    const std::string long_line(std::size_t{10} << 20, '7');
    CHECK(cli::printable(long_line) == std::string(200, '7') + "…(10485760 bytes)");
    std::string chinese;
    for (int i = 0; i < 100; ++i) chinese += "冶";
    const std::string cut = cli::printable(chinese);
    CHECK(cut.substr(0, 198) == chinese.substr(0, 198));  // 66 whole characters, none split
    CHECK(cut.substr(198) == "…(300 bytes)");
    CHECK(cli::quote("x\x1b") == "'x\\x1b'");
}

TEST_CASE("CSV written: a field with a comma, a quote or a line break quoted, quotes doubled") {
    CHECK(cli::csv_field("daye") == "daye");
    CHECK(cli::csv_field("") == "");
    CHECK(cli::csv_field("a, b") == "\"a, b\"");
    CHECK(cli::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(cli::csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(cli::csv_field("cr\r") == "\"cr\r\"");
    CHECK(cli::csv_table({{"region", "met"}, {"a,b", "1"}}) == "region,met\n\"a,b\",1\n");
    CHECK(cli::csv_table({}).empty());
}

TEST_CASE("one option syntax: --x v and --x=v, flags, --help anywhere") {
    const cli::arguments a = parse({"--base", "900", "--rate=-3.5", "--nominal"});
    CHECK(a.value("--base") == "900");
    CHECK(a.value("--rate") == "-3.5");
    CHECK(a.has("--nominal"));
    CHECK(a.value("--nominal") == "");
    CHECK_FALSE(a.has("--help"));
    CHECK_FALSE(a.help());
    CHECK(parse({"--rate", "-3.5"}).value("--rate") == "-3.5");  // a negative value is a value
    CHECK(parse({"--rate=--odd"}).value("--rate") == "--odd");   // with '=' anything is
    CHECK(parse({"--rate="}).value("--rate") == "");             // given, empty: the option says so
    CHECK(parse({"--help"}).help());
    CHECK(parse({"-h"}).help());
    CHECK(parse({"--base", "900", "--help", "--bogus"}).help());  // the rest is not read
    CHECK_FALSE(parse({}).has("--base"));
}

TEST_CASE("every mistake on the command line says what it is") {
    CHECK(parse_error({"--base"}) == "option --base needs a value (LEVEL)");
    CHECK(parse_error({"--base", "--rate", "1"}) == "option --base needs a value (LEVEL)");
    CHECK(parse_error({"--colour"}) == "unknown option '--colour'");
    CHECK(parse_error({"--colour=red"}) == "unknown option '--colour'");
    CHECK(parse_error({"-x"}) == "unknown option '-x'");
    CHECK(parse_error({"900"}) == "unexpected argument '900'");
    CHECK(parse_error({"--\x1b[2J"}) == "unknown option '--\\x1b[2J'");
    CHECK(parse_error({"--base", "1", "--base=2"}) == "option --base is given twice");
    CHECK(parse_error({"--nominal=yes"}) == "option --nominal takes no value");
    CHECK(parse_error({"--help=yes"}) == "option --help takes no value");
}

TEST_CASE("--help lists every option, and the usage line every option in brief") {
    CHECK(cli::usage_line(tool) == "usage: tool [--base LEVEL] [--rate R] [--nominal] [-h|--help]");
    const std::string help = cli::help_text(tool);
    CHECK(help.rfind(cli::usage_line(tool) + "\n\nDoes things.\n", 0) == 0);
    CHECK(help.find("  --base LEVEL  the base\n") != std::string::npos);
    CHECK(help.find("  --rate R      a rate\n                second line\n") != std::string::npos);
    CHECK(help.find("  -h, --help    this help, on standard output\n") != std::string::npos);
    CHECK(help.find("exit status: 0 answered; 2 bad input") != std::string::npos);
}

TEST_CASE("a file is written whole, under the umask's mode, replacing what was there") {
    const scratch dir;
    const std::string path = dir / "chart.svg";
    cli::write_file(path, "<svg/>\n");
    CHECK(content_of(path) == "<svg/>\n");
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    CHECK((st.st_mode & 0777) == (0666 & ~mask));
    cli::write_file(path, "second");
    CHECK(content_of(path) == "second");
    // Through a symbolic link: the file it points to is replaced, the link stays.
    REQUIRE(::symlink(path.c_str(), (dir / "link.svg").c_str()) == 0);
    cli::write_file(dir / "link.svg", "third");
    CHECK(content_of(path) == "third");
    REQUIRE(::lstat((dir / "link.svg").c_str(), &st) == 0);
    CHECK(S_ISLNK(st.st_mode));
    CHECK(dir.entries() == std::vector<std::string>{"chart.svg", "link.svg"});  // no temporary left
}

TEST_CASE("a file that cannot be written leaves nothing behind and says why") {
    const scratch dir;
    CHECK(failure_of([&] { cli::write_file(dir / "missing/chart.svg", "x"); }) ==
          "cannot write '" + (dir / "missing/chart.svg") + "': No such file or directory");
    REQUIRE(::mkdir((dir / "sub").c_str(), 0755) == 0);
    CHECK(failure_of([&] { cli::write_file(dir / "sub", "x"); }) ==
          "cannot write '" + (dir / "sub") + "': Is a directory");
    CHECK(failure_of([] { cli::write_file("/dev/full", "x"); }) == "cannot write '/dev/full': No space left on device");
    CHECK(dir.entries() == std::vector<std::string>{"sub"});
    CHECK(failure_of([&] { cli::write_file(dir / "no\x1b/chart.svg", "x"); }) ==
          "cannot write '" + (dir / "no\\x1b/chart.svg") + "': No such file or directory");  // the name made safe
}

TEST_CASE("an input file is read whole, or refused with the system's reason") {
    const scratch dir;
    const std::string path = dir / "data.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "0123456789";
    }
    CHECK(cli::read_file(path) == "0123456789");
    CHECK(cli::read_file(path, 10) == "0123456789");  // the limit itself is allowed
    CHECK(failure_of([&] { cli::read_file(path, 9); }) == path + ": larger than the input limit of 9 bytes");
    CHECK(failure_of([&] { cli::read_file(dir / "none.csv"); }) ==
          (dir / "none.csv") + ": cannot open: No such file or directory");
    CHECK(failure_of([&] { cli::read_file(dir / ""); }) == (dir / "") + ": cannot read: Is a directory");
    // A device with no end is refused once past the limit, not held until memory runs out.
    CHECK(failure_of([] { cli::read_file("/dev/zero", std::size_t{1} << 20); }) ==
          "/dev/zero: larger than the input limit of 1048576 bytes (1 MiB)");
    CHECK(cli::input_limit == std::size_t{256} << 20);
}
