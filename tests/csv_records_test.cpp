#include <cstdio>
#include <string>
#include <vector>

#include <daye/csv_records.hpp>

#include "catch.hpp"

using namespace daye;

namespace {
/// Records as "line:column=text" fields joined by '|', then the errors, one a line.
struct parsed {
    std::vector<std::string> records;
    std::vector<std::string> errors;
};

std::string dump(const csv_record& r) {
    std::string s;
    for (const csv_field& f : r)
        s += (s.empty() ? "" : "|") + std::to_string(f.line()) + ":" + std::to_string(f.column()) + "=" +
             std::string(f.text());
    return s;
}

std::vector<std::string> texts(const csv_errors& errors) {
    std::vector<std::string> out;
    for (const csv_error& e : errors.listed()) out.push_back(to_string(e));
    return out;
}

parsed parse(std::string_view content, const csv_limits& limits = {}) {
    parsed out;
    csv_errors errors("t.csv", 100);
    for_each_csv_record(
        content, errors, [&](const csv_record& r) { out.records.push_back(dump(r)); }, limits);
    out.errors = texts(errors);
    return out;
}

/// The same content fed in chunks of `size` bytes, as a file is read.
parsed parse_in_chunks(std::string_view content, std::size_t size) {
    parsed out;
    csv_errors errors("t.csv", 100);
    csv_parser parser(errors);
    std::string held;
    std::size_t at = 0;
    const auto take = [&](const csv_record& r) { out.records.push_back(dump(r)); };
    while (at < content.size()) {
        held += content.substr(at, size);
        at += size;
        const bool last = at >= content.size();
        held.erase(0, parser.feed(held, last, take));
    }
    if (content.empty()) parser.feed(held, true, take);
    out.errors = texts(errors);
    return out;
}

std::string only_error(std::string_view content) {
    const parsed p = parse(content);
    REQUIRE(p.errors.size() == 1);
    return p.errors[0];
}

std::string temporary_file(const std::string& content) {
    const std::string path = "csv_records_test_" + std::to_string(content.size()) + ".csv";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f != nullptr);
    REQUIRE(std::fwrite(content.data(), 1, content.size(), f) == content.size());
    REQUIRE(std::fclose(f) == 0);
    return path;
}
}  // namespace

TEST_CASE("records split into fields, each with its line and column") {
    const parsed p = parse("a,bc,\n\"x,\"\"y\"\"\",z\n");
    CHECK(p.errors.empty());
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0] == "1:1=a|1:3=bc|1:6=");
    CHECK(p.records[1] == "2:1=x,\"y\"|2:11=z");
}

TEST_CASE("a byte-order mark, CRLF and CR line ends, a last line without end") {
    const parsed p = parse("\xEF\xBB\xBFh1,h2\r\na,b\rc,d\r\ne,f");
    CHECK(p.errors.empty());
    CHECK(p.records == std::vector<std::string>{"1:1=h1|1:4=h2", "2:1=a|2:3=b", "3:1=c|3:3=d", "4:1=e|4:3=f"});
}

TEST_CASE("a quoted field may span lines; later fields are on its last line") {
    const parsed p = parse("a,\"one\ntwo\",b\nc\n");
    CHECK(p.errors.empty());
    CHECK(p.records == std::vector<std::string>{"1:1=a|1:3=one\ntwo|2:6=b", "3:1=c"});
}

TEST_CASE("columns count characters, not bytes") {
    const parsed p = parse("大冶市,预计,x\n");
    CHECK(p.records == std::vector<std::string>{"1:1=大冶市|1:5=预计|1:8=x"});
}

TEST_CASE("each error names its line, column and text") {
    CHECK(only_error("a,b\"c\n") == "t.csv:1:4: quote inside an unquoted field (quote the whole field): '\"'");
    CHECK(only_error("a,\"b\"c,d\n") ==
          "t.csv:1:6: text after a closing quote (write \"\" for a quote inside a quoted field): 'c'");
    CHECK(only_error("a,\"b\"预计\n") ==
          "t.csv:1:6: text after a closing quote (write \"\" for a quote inside a quoted field): '预'");
    CHECK(only_error("a\n\"b,c\nd\n") == "t.csv:2:1: quoted field not closed at the end of the file: 'b,c\nd\n'");
    CHECK(only_error("a\n\"b\"\"c") == "t.csv:2:1: quoted field not closed at the end of the file: 'b\"c'");
    CHECK(only_error("a\n\nb\n") == "t.csv:2:1: empty line");
    CHECK(only_error("a\n\r\nb\n") == "t.csv:2:1: empty line");
    CHECK(only_error("a,\xff\n") == "t.csv:1:3: not valid UTF-8: '\xff'");
}

TEST_CASE("text is UTF-8 without overlong forms, surrogates, code points beyond U+10FFFF or control bytes") {
    const std::string nul("a,x\0y\n", 6);
    CHECK(only_error(nul) ==
          "t.csv:1:3: a NUL byte (is the file binary, or UTF-16?): '" + std::string("x\0y", 3) + "'");
    CHECK(only_error("a,\x1b[31m\n") == "t.csv:1:3: a control character: '\x1b[31m'");
    CHECK(only_error("a,\x7f\n") == "t.csv:1:3: a control character: '\x7f'");
    CHECK(only_error("a,x\xC2\x85y\n") == "t.csv:1:3: a control character: 'x\xC2\x85y'");          // C1: NEL
    CHECK(only_error("a,\xC0\x80\n") == "t.csv:1:3: not valid UTF-8: '\xC0\x80'");                  // overlong NUL
    CHECK(only_error("a,\xE0\x80\xAF\n") == "t.csv:1:3: not valid UTF-8: '\xE0\x80\xAF'");          // overlong '/'
    CHECK(only_error("a,\xED\xA0\x80\n") == "t.csv:1:3: not valid UTF-8: '\xED\xA0\x80'");          // a surrogate
    CHECK(only_error("a,\xF4\x90\x80\x80\n") == "t.csv:1:3: not valid UTF-8: '\xF4\x90\x80\x80'");  // > U+10FFFF
    CHECK(only_error("a,\xE5\xA4\n") == "t.csv:1:3: not valid UTF-8: '\xE5\xA4'");                  // cut short
    CHECK(only_error("a,\x80\n") == "t.csv:1:3: not valid UTF-8: '\x80'");
    CHECK(only_error("a,\xC1\xBF\n") == "t.csv:1:3: not valid UTF-8: '\xC1\xBF'");  // overlong 2 bytes
    CHECK(only_error("a,\xC2\x41\n") == "t.csv:1:3: not valid UTF-8: '\xC2\x41'");  // no continuation
    CHECK(only_error("a,\xE1\x80\x41\n") == "t.csv:1:3: not valid UTF-8: '\xE1\x80\x41'");
    CHECK(only_error("a,\xF0\x8F\xBF\xBF\n") == "t.csv:1:3: not valid UTF-8: '\xF0\x8F\xBF\xBF'");  // overlong 4
    CHECK(only_error("a,\xF1\x80\x80\n") == "t.csv:1:3: not valid UTF-8: '\xF1\x80\x80'");          // cut short
    CHECK(only_error("a,\xF1\x80\x41\x80\n") == "t.csv:1:3: not valid UTF-8: '\xF1\x80\x41\x80'");
    CHECK(only_error("a,\xF5\x80\x80\x80\n") == "t.csv:1:3: not valid UTF-8: '\xF5\x80\x80\x80'");
    CHECK(parse("\xF0\x90\x80\x80,\xF3\xBF\xBF\xBF,\xC2\xA0,\xE0\xA0\x80,\xEE\x80\x80\n").errors.empty());
    // The largest code point, the last before the surrogates, tab and line breaks in quotes.
    CHECK(parse("\xF4\x8F\xBF\xBF,\xED\x9F\xBF,\"a\tb\r\nc\"\n").errors.empty());
}

TEST_CASE("a blank line is an error, except at the very end") {
    CHECK(parse("a\n\n").errors.empty());
    CHECK(parse("a\r\n\r\n").errors.empty());
    CHECK(parse("a\n\n").records.size() == 1);
    CHECK(parse("a\n\n\n").errors == std::vector<std::string>{"t.csv:2:1: empty line"});
    CHECK(parse("").records.empty());
    CHECK(parse("\xEF\xBB\xBF").records.empty());
    CHECK(parse("\"\"\n").records == std::vector<std::string>{"1:1="});  // one empty field, quoted
}

TEST_CASE("every error of a record is found, and reading goes on") {
    const parsed p = parse("a\"b,\"c\"d,\xff\nok\n");
    CHECK(p.errors == std::vector<std::string>{
                          "t.csv:1:2: quote inside an unquoted field (quote the whole field): '\"'",
                          "t.csv:1:8: text after a closing quote (write \"\" for a quote inside a quoted field): 'd'",
                          "t.csv:1:10: not valid UTF-8: '\xff'"});
    CHECK(p.records.size() == 2);
}

TEST_CASE("text read in chunks of any size gives the same records and errors") {
    const std::string content =
        "\xEF\xBB\xBFregion,value,source\r\n"
        "大冶市,8.0,\"work report, \"\"2025\"\"\nsecond line\"\r\n"
        "huangshi,\"6.8\",\r"
        "hubei,6,x\"y\n"
        "\n"
        "china,5,\"a\"b\n"
        "\xED\xA0\x80,1,\"\"\"\"\n"
        "last,1,\"never closed\n";
    const parsed whole = parse(content);
    CHECK(whole.records.size() == 6);
    CHECK(whole.errors.size() == 5);
    for (std::size_t size = 1; size <= content.size(); ++size) {
        const parsed chunks = parse_in_chunks(content, size);
        CHECK(chunks.records == whole.records);
        CHECK(chunks.errors == whole.errors);
    }
}

TEST_CASE("a record beyond the limit stops the reading; so does an input beyond the size limit") {
    csv_limits limits;
    limits.max_record_bytes = 16;
    const parsed p = parse("a,b\n0123456789,0123456789\nc\n", limits);
    CHECK(p.records.size() == 1);
    CHECK(p.errors == std::vector<std::string>{"t.csv:2:1: a record longer than 16 bytes (is this a CSV file?)"});
    limits.max_bytes = 4;
    CHECK(parse("a,b\nc\n", limits).errors == std::vector<std::string>{"t.csv: larger than the limit of 4 bytes"});
}

TEST_CASE("files are read in chunks; a file that cannot be read says why") {
    std::string content = "id,text\n";
    for (int i = 0; i < 60000; ++i) content += std::to_string(i) + ",\"预计 " + std::to_string(i) + "\"\"\n\"\n";
    const std::string path = temporary_file(content);
    csv_errors errors(path);
    std::size_t count = 0;
    std::string last;
    for_each_csv_record_in_file(path, errors, [&](const csv_record& r) {
        ++count;
        last = std::to_string(r.line()) + " " + std::string(r[1].text());
    });
    std::remove(path.c_str());
    CHECK_FALSE(errors.any());
    CHECK(count == 60001);
    CHECK(last == "120000 预计 59999\"\n");
    CHECK(content.size() > (std::size_t{1} << 20));  // more than one chunk

    csv_errors missing("/nonexistent/x.csv");
    for_each_csv_record_in_file("/nonexistent/x.csv", missing, [](const csv_record&) {});
    CHECK(texts(missing) ==
          std::vector<std::string>{"/nonexistent/x.csv: cannot open the file: No such file or directory"});
    csv_errors directory(".");
    for_each_csv_record_in_file(".", directory, [](const csv_record&) {});
    CHECK(texts(directory) == std::vector<std::string>{".: cannot read the file: Is a directory"});
    csv_limits limits;
    limits.max_bytes = 1000;
    const std::string big = temporary_file(std::string(5000, 'x'));
    csv_errors too_big(big);
    std::size_t records = 0;
    for_each_csv_record_in_file(
        big, too_big, [&](const csv_record&) { ++records; }, limits);
    std::remove(big.c_str());
    CHECK(texts(too_big) == std::vector<std::string>{big + ": larger than the limit of 1000 bytes"});
    CHECK(records == 0);
}

TEST_CASE("errors beyond the limit are counted, and can be put in the order of the file") {
    csv_errors errors("t.csv", 2);
    errors.add(5, 1, "late");
    errors.add(2, 7, "early");
    errors.add(9, 1, "unlisted");
    CHECK(errors.count() == 3);
    CHECK(errors.unlisted() == 1);
    errors.sort_by_place();
    CHECK(texts(errors) == std::vector<std::string>{"t.csv:2:7: early", "t.csv:5:1: late"});
}

namespace {
constexpr csv_column columns[] = {{"region", false}, {"indicator", true}, {"year", true}, {"source", false}};

/// The header bound from the first record, then what fits() says of each other one.
std::vector<std::string> bind(std::string_view content, csv_header& header) {
    csv_errors errors("h.csv");
    bool first = true;
    for_each_csv_record(content, errors, [&](const csv_record& r) {
        if (first)
            header.bind(r, errors);
        else
            header.fits(r, errors);
        first = false;
    });
    return texts(errors);
}
}  // namespace

TEST_CASE("a header names its columns in any order; optional ones may be left out") {
    csv_header header(columns);
    CHECK(bind("year,indicator,region\n2024,gdp_growth,daye\n", header).empty());
    csv_errors errors("h.csv");
    for_each_csv_record("2024,gdp_growth,daye\n", errors, [&](const csv_record& r) {
        CHECK(header.text(r, 0) == "daye");
        CHECK(header.text(r, 1) == "gdp_growth");
        CHECK(header.field(r, 2)->column() == 1);
        CHECK(header.field(r, 3) == nullptr);
        CHECK(header.text(r, 3).empty());
    });
}

TEST_CASE("a header with an unknown, repeated or missing column is an error") {
    csv_header header(columns);
    const std::string names = "(a header names indicator and year, and may name region and source)";
    CHECK(bind("indicator,year,yaer\n", header) ==
          std::vector<std::string>{"h.csv:1:16: unknown column " + names + ": 'yaer'"});
    csv_header twice(columns);
    CHECK(bind("indicator,year,indicator\n", twice) ==
          std::vector<std::string>{"h.csv:1:16: column named twice (first as column 1): 'indicator'"});
    csv_header missing(columns);
    CHECK(bind("region,indicator\n", missing) ==
          std::vector<std::string>{"h.csv:1:1: missing column year " + names + ": 'region,indicator'"});
}

TEST_CASE("a row has one field for each column of the header") {
    csv_header header(columns);
    CHECK(bind("indicator,year\ngdp_growth\ngdp_growth,2024,x\n", header) ==
          std::vector<std::string>{"h.csv:2:1: short row: 1 fields, expected 2 (indicator,year)",
                                   "h.csv:3:17: extra column: 3 fields, expected 2 (indicator,year): 'x'"});
}
