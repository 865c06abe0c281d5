// CSV records: text split into records of fields, each field with its place in the file.
//
// The layer under daye's CSV readers. It follows RFC 4180 (fields separated by commas,
// quoted with '"' when they hold commas, quotes or line breaks, a quote inside written
// twice) and accepts LF, CRLF or CR line ends and a UTF-8 byte-order mark. Text must be
// UTF-8 (no overlong forms, surrogates or code points beyond U+10FFFF) without control
// characters other than tab and line breaks: a NUL byte is a binary or UTF-16 file.
//
// Every error names file:line:column, with columns counted in characters, not bytes, and
// the offending text. A file is read in chunks, so that memory grows with its longest
// record rather than with the file, and a size limit refuses an input before it is held.
// Off the constexpr core: it uses the heap and <cstdio>.
#ifndef DAYE_CSV_RECORDS_HPP
#define DAYE_CSV_RECORDS_HPP

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "daye/span.hpp"
#include "daye/utf8.hpp"

namespace daye {
inline namespace v0 {

/// One problem of an input file.
struct csv_error {
    std::string file;
    std::size_t line = 0;    ///< 1-based; 0 when the problem is the file as a whole
    std::size_t column = 0;  ///< 1-based, in characters
    std::string message;     ///< what is wrong
    std::string text;        ///< the offending text, as found
};

/// "file:line:column: message: 'text'"
inline std::string to_string(const csv_error& e) {
    std::string s = e.file;
    if (e.line != 0) s += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
    s += ": " + e.message;
    if (!e.text.empty()) s += ": '" + e.text + "'";
    return s;
}

/// The errors of one input: each listed, up to a limit, and beyond it only counted.
class csv_errors {
public:
    explicit csv_errors(std::string file, std::size_t max_listed = 20)
        : file_(std::move(file)), max_listed_(max_listed) {}

    void add(std::size_t line, std::size_t column, std::string message, std::string_view text = {}) {
        if (listed_.size() < max_listed_)
            listed_.push_back(csv_error{file_, line, column, std::move(message), std::string(text)});
        else
            ++unlisted_;
    }
    /// A problem of the file as a whole (it cannot be opened or read, it is too large).
    void add_for_file(std::string message) { add(0, 0, std::move(message)); }

    bool any() const noexcept { return count() != 0; }
    std::size_t count() const noexcept { return listed_.size() + unlisted_; }
    const std::vector<csv_error>& listed() const noexcept { return listed_; }
    std::size_t unlisted() const noexcept { return unlisted_; }
    const std::string& file() const noexcept { return file_; }

    /// In the order of the file (errors found after reading, such as duplicates, join
    /// the others at their lines).
    void sort_by_place() {
        std::vector<csv_error> sorted;
        sorted.reserve(listed_.size());
        // Insertion keeps equal places in the order they were found; the list is short.
        for (csv_error& e : listed_) {
            auto at = sorted.end();
            while (at != sorted.begin() && before(e, *(at - 1))) --at;
            sorted.insert(at, std::move(e));
        }
        listed_ = std::move(sorted);
    }

private:
    static bool before(const csv_error& a, const csv_error& b) noexcept {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    }

    std::string file_;
    std::size_t max_listed_;
    std::vector<csv_error> listed_;
    std::size_t unlisted_ = 0;
};

namespace detail {
/// The first problem of a field's text, or nullptr: ill-formed UTF-8, or a control
/// character (C0 but tab and line breaks, DEL, C1).
inline const char* text_problem(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        const utf8::step c = utf8::decode(s, i);
        if (!c.valid) return "not valid UTF-8";
        const char32_t cp = c.code_point;
        if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F))
            return cp == 0 ? "a NUL byte (is the file binary, or UTF-16?)" : "a control character";
        i += c.length;
    }
    return nullptr;
}

/// 0 for printable ASCII, 1 for the bytes CSV gives a meaning (, " CR LF), 2 for the
/// rest (controls and UTF-8 sequences), whose field text is checked.
inline constexpr auto csv_byte_class = [] {
    struct table {
        unsigned char kind[256]{};
        constexpr unsigned char operator[](unsigned char c) const noexcept { return kind[c]; }
    } t;
    for (int c = 0; c < 256; ++c) t.kind[c] = c < 0x20 || c >= 0x7F ? 2 : 0;
    t.kind[static_cast<unsigned char>(',')] = 1;
    t.kind[static_cast<unsigned char>('"')] = 1;
    t.kind[static_cast<unsigned char>('\n')] = 1;
    t.kind[static_cast<unsigned char>('\r')] = 1;
    return t;
}();

/// The column of `at` on the line that begins at `line_begin`, in characters.
inline std::size_t column_of(const char* line_begin, const char* at) noexcept {
    std::size_t column = 1;
    for (const char* p = line_begin; p < at; ++p) column += (static_cast<unsigned char>(*p) & 0xC0) != 0x80 ? 1 : 0;
    return column;
}
}  // namespace detail

/// One field of a record. Its text and place are views into the reader's buffer: valid
/// only while the record is being handled.
class csv_field {
public:
    /// The value: without its quotes, a doubled quote read as one.
    std::string_view text() const noexcept { return text_; }
    std::size_t line() const noexcept { return line_; }
    /// 1-based, in characters.
    std::size_t column() const noexcept { return detail::column_of(line_begin_, at_); }

private:
    friend class csv_parser;
    std::string_view text_;
    const char* line_begin_ = nullptr;  // the line the field begins on
    const char* at_ = nullptr;          // its first character (the opening quote, if quoted)
    std::size_t line_ = 0;
};

/// One record: its fields, in order. Valid only while it is being handled.
class csv_record {
public:
    std::size_t size() const noexcept { return fields_.size(); }
    const csv_field& operator[](std::size_t i) const noexcept { return fields_[i]; }
    const csv_field* begin() const noexcept { return fields_.data(); }
    const csv_field* end() const noexcept { return fields_.data() + fields_.size(); }
    /// The line the record begins on.
    std::size_t line() const noexcept { return fields_.empty() ? 0 : fields_.front().line(); }
    /// The last field (a record always has one).
    const csv_field& back() const noexcept { return fields_.back(); }

private:
    friend class csv_parser;
    std::vector<csv_field> fields_;
};

/// Limits that keep a hostile or mistaken input from taking the machine.
struct csv_limits {
    /// An input larger than this is refused, before more of it is read.
    std::size_t max_bytes = std::numeric_limits<std::size_t>::max();
    /// A record (a line, or several when a quoted field holds line breaks) longer than
    /// this stops the reading with an error.
    std::size_t max_record_bytes = std::size_t{1} << 20;
};

/// Splits text, given in chunks, into records. Each complete record goes to a callback;
/// errors go to a csv_errors. Most users call for_each_csv_record instead.
class csv_parser {
public:
    explicit csv_parser(csv_errors& errors, std::size_t max_record_bytes = csv_limits{}.max_record_bytes)
        : errors_(errors), max_record_(max_record_bytes) {}

    /// Splits the complete records at the start of `chunk` and calls on_record(const
    /// csv_record&) for each; returns how many bytes they took. The caller passes the rest
    /// again with more text after it, or with `last` true at the end of the input, when
    /// everything is taken.
    template <class OnRecord>
    std::size_t feed(std::string_view chunk, bool last, OnRecord&& on_record) {
        const char* const begin = chunk.data();
        const char* const end = begin + chunk.size();
        const char* p = begin;
        if (!started_) {
            constexpr std::string_view bom = "\xEF\xBB\xBF";
            if (!last && chunk.size() < bom.size() && bom.substr(0, chunk.size()) == chunk) return 0;
            if (chunk.substr(0, bom.size()) == bom) p += bom.size();
            started_ = true;
        }
        while (p < end && !stopped_) {
            const std::size_t line = line_;
            const char* next = split(p, end, last);
            if (next == nullptr) {  // the record goes on in the next chunk
                if (static_cast<std::size_t>(end - p) > max_record_) stop_long_record(line);
                break;
            }
            if (has_record_) {
                if (static_cast<std::size_t>(next - p) > max_record_) {
                    stop_long_record(line);
                    break;
                }
                on_record(static_cast<const csv_record&>(record_));
            }
            p = next;
        }
        return stopped_ ? chunk.size() : static_cast<std::size_t>(p - begin);
    }

    /// True after an error that ends the reading (a record beyond the limit).
    bool stopped() const noexcept { return stopped_; }

private:
    struct pending_error {
        const char* line_begin;
        const char* at;
        std::size_t line;
        const char* message;
        std::string_view text;
    };
    struct field_place {
        const char* line_begin;
        const char* at;
        std::size_t line;
        const char* value;   // the value's first character in the chunk, or nullptr when in scratch_
        std::size_t offset;  // in scratch_, when value is nullptr
        std::size_t size;
        bool plain;  // only printable ASCII: no text check needed
    };

    void stop_long_record(std::size_t line) {
        errors_.add(line, 1, "a record longer than " + std::to_string(max_record_) + " bytes (is this a CSV file?)");
        stopped_ = true;
    }

    /// Splits the record at p; returns where the next begins, or nullptr when the chunk
    /// ends first and more may follow. A blank line is no record (has_record_ false).
    const char* split(const char* p, const char* const end, bool last) {
        places_.clear();
        scratch_.clear();
        pending_.clear();
        has_record_ = false;
        std::size_t line = line_;
        const char* line_begin = p;
        const char* const start = p;
        for (;;) {
            field_place f{line_begin, p, line, p, 0, 0, true};
            if (p < end && *p == '"') {
                ++p;
                const char* run = p;  // the current stretch of quoted text
                bool escaped = false;
                for (;;) {
                    if (p == end) {
                        if (!last) return nullptr;
                        if (escaped) scratch_.append(run, p);
                        errors_.add(f.line, detail::column_of(f.line_begin, f.at),
                                    "quoted field not closed at the end of the file",
                                    escaped ? std::string_view(scratch_).substr(f.offset)
                                            : std::string_view(f.value + 1, static_cast<std::size_t>(p - f.value - 1)));
                        line_ = line;
                        return end;
                    }
                    const char c = *p;
                    if (c == '"') {
                        if (p + 1 == end && !last) return nullptr;
                        if (p + 1 < end && p[1] == '"') {
                            if (!escaped) f.offset = scratch_.size();
                            escaped = true;
                            scratch_.append(run, p + 1);
                            p += 2;
                            run = p;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') {
                        ++line;
                        line_begin = p + 1;
                    }
                    f.plain = f.plain && detail::csv_byte_class[static_cast<unsigned char>(c)] != 2;
                    ++p;
                }
                // p is at the closing quote.
                if (escaped) {
                    scratch_.append(run, p);
                    f.value = nullptr;
                    f.size = scratch_.size() - f.offset;
                } else {
                    f.value = f.at + 1;
                    f.size = static_cast<std::size_t>(p - f.value);
                }
                ++p;
                if (p < end && *p != ',' && *p != '\n' && *p != '\r') {
                    // Text after the closing quote is kept in the value, so that later checks
                    // see what was written; the file has an error anyway.
                    pending_.push_back(
                        {line_begin, p, line,
                         "text after a closing quote (write \"\" for a quote inside a quoted field)",
                         std::string_view(p, utf8::decode({p, static_cast<std::size_t>(end - p)}, 0).length)});
                    if (f.value != nullptr) {
                        f.offset = scratch_.size();
                        scratch_.append(f.value, f.size);
                        f.value = nullptr;
                    }
                    const char* junk = p;
                    p = unquoted_end(p, end, line_begin, line, f.plain);
                    scratch_.append(junk, p);
                    f.size = scratch_.size() - f.offset;
                }
            } else {
                p = unquoted_end(p, end, line_begin, line, f.plain);
                f.size = static_cast<std::size_t>(p - f.value);
            }
            places_.push_back(f);
            if (p == end) {
                if (!last) return nullptr;
                break;
            }
            if (*p == ',') {
                ++p;
                continue;
            }
            // A line end: LF, CRLF or CR.
            if (*p == '\r') {
                if (p + 1 == end && !last) return nullptr;
                if (p + 1 < end && p[1] == '\n') ++p;
            }
            ++p;
            break;
        }
        line_ = line + 1;
        if (places_.size() == 1 && places_[0].size == 0 && places_[0].value == start) {
            // A blank line: allowed only as the very end of the input.
            if (!(last && p == end)) errors_.add(line, 1, "empty line");
            return p;
        }
        for (const pending_error& e : pending_)
            errors_.add(e.line, detail::column_of(e.line_begin, e.at), e.message, e.text);
        record_.fields_.resize(places_.size());
        for (std::size_t i = 0; i < places_.size(); ++i) {
            const field_place& f = places_[i];
            csv_field& out = record_.fields_[i];
            out.text_ = f.value != nullptr ? std::string_view(f.value, f.size)
                                           : std::string_view(scratch_).substr(f.offset, f.size);
            out.line_begin_ = f.line_begin;
            out.at_ = f.at;
            out.line_ = f.line;
            if (!f.plain)
                if (const char* problem = detail::text_problem(out.text_))
                    errors_.add(out.line_, out.column(), problem, out.text_);
        }
        has_record_ = true;
        return p;
    }

    /// The end of an unquoted field's text: the next comma or line end, or `end`. A quote
    /// inside is an error.
    const char* unquoted_end(const char* p, const char* end, const char* line_begin, std::size_t line, bool& plain) {
        for (; p < end; ++p) {
            const unsigned char kind = detail::csv_byte_class[static_cast<unsigned char>(*p)];
            if (kind == 0) continue;
            if (kind == 2) {
                plain = false;
                continue;
            }
            if (*p != '"') break;
            pending_.push_back({line_begin, p, line, "quote inside an unquoted field (quote the whole field)", "\""});
        }
        return p;
    }

    csv_errors& errors_;
    std::size_t max_record_;
    std::size_t line_ = 1;  // where the next record begins
    bool started_ = false;  // the byte-order mark is behind
    bool stopped_ = false;
    bool has_record_ = false;
    csv_record record_;
    std::vector<field_place> places_;
    std::vector<pending_error> pending_;
    std::string scratch_;  // values that differ from the text (doubled quotes)
};

/// Calls on_record(const csv_record&) for each record of `content`; errors go to `errors`.
template <class OnRecord>
void for_each_csv_record(std::string_view content, csv_errors& errors, OnRecord&& on_record,
                         const csv_limits& limits = {}) {
    if (content.size() > limits.max_bytes) {
        errors.add_for_file("larger than the limit of " + std::to_string(limits.max_bytes) + " bytes");
        return;
    }
    csv_parser(errors, limits.max_record_bytes).feed(content, true, on_record);
}

/// The same for the file at `path`, read in chunks of 1 MiB (more for a longer record).
template <class OnRecord>
void for_each_csv_record_in_file(const std::string& path, csv_errors& errors, OnRecord&& on_record,
                                 const csv_limits& limits = {}) {
    struct closer {
        void operator()(std::FILE* f) const noexcept { std::fclose(f); }
    };
    errno = 0;
    const std::unique_ptr<std::FILE, closer> file(std::fopen(path.c_str(), "rb"));
    if (!file) {
        errors.add_for_file(std::string("cannot open the file: ") + std::strerror(errno));
        return;
    }
    csv_parser parser(errors, limits.max_record_bytes);
    std::vector<char> buffer(std::size_t{1} << 20);
    std::size_t held = 0;  // bytes of buffer not yet taken by the parser
    std::size_t total = 0;
    bool at_end = false;
    while (!at_end && !parser.stopped()) {
        if (held == buffer.size()) buffer.resize(2 * buffer.size());  // one record fills the buffer
        errno = 0;
        const std::size_t got = std::fread(buffer.data() + held, 1, buffer.size() - held, file.get());
        if (got < buffer.size() - held) {
            if (std::ferror(file.get()) != 0) {
                errors.add_for_file(std::string("cannot read the file: ") + std::strerror(errno));
                return;
            }
            at_end = true;
        }
        total += got;
        if (total > limits.max_bytes) {
            errors.add_for_file("larger than the limit of " + std::to_string(limits.max_bytes) + " bytes");
            return;
        }
        held += got;
        const std::size_t taken = parser.feed(std::string_view(buffer.data(), held), at_end, on_record);
        std::memmove(buffer.data(), buffer.data() + taken, held - taken);
        held -= taken;
    }
}

/// Where records come from: text in memory, or a file read in chunks.
class csv_input {
public:
    static csv_input text(std::string_view content) {
        csv_input in;
        in.content_ = content;
        return in;
    }
    static csv_input file(std::string path) {
        csv_input in;
        in.path_ = std::move(path);
        in.is_file_ = true;
        return in;
    }

    /// for_each_csv_record or for_each_csv_record_in_file, as the input is.
    template <class OnRecord>
    void for_each_record(csv_errors& errors, OnRecord&& on_record, const csv_limits& limits = {}) const {
        if (is_file_)
            for_each_csv_record_in_file(path_, errors, on_record, limits);
        else
            for_each_csv_record(content_, errors, on_record, limits);
    }

private:
    std::string_view content_;
    std::string path_;
    bool is_file_ = false;
};

/// A column a CSV file may have, named in its header.
struct csv_column {
    std::string_view name;
    bool required = false;
};

/// Where the columns of a file are, read from its header: columns may come in any
/// order, optional ones may be left out, and unknown or repeated names are errors.
class csv_header {
public:
    static constexpr std::size_t absent = std::numeric_limits<std::size_t>::max();

    /// `columns` must outlive the header.
    explicit csv_header(span<const csv_column> columns) : columns_(columns), positions_(columns.size(), absent) {}

    /// Reads the header record; false, with errors, if it names an unknown column, a
    /// column twice, or lacks a required one.
    bool bind(const csv_record& header, csv_errors& errors) {
        positions_.assign(columns_.size(), absent);
        written_.clear();
        width_ = header.size();
        bool ok = true;
        for (std::size_t i = 0; i < header.size(); ++i) {
            const csv_field& f = header[i];
            written_ += (i == 0 ? "" : ",") + std::string(f.text());
            const std::size_t k = index_of(f.text());
            if (k == absent) {
                errors.add(f.line(), f.column(), "unknown column (a header names " + expected() + ")", f.text());
                ok = false;
            } else if (positions_[k] != absent) {
                errors.add(f.line(), f.column(),
                           "column named twice (first as column " + std::to_string(positions_[k] + 1) + ")", f.text());
                ok = false;
            } else {
                positions_[k] = i;
            }
        }
        for (std::size_t k = 0; k < columns_.size(); ++k)
            if (columns_[k].required && positions_[k] == absent) {
                errors.add(header.line(), 1,
                           "missing column " + std::string(columns_[k].name) + " (a header names " + expected() + ")",
                           written_);
                ok = false;
            }
        return ok;
    }

    /// The field of column `k` (an index into the columns given) in `row`, or nullptr
    /// when the file has no such column.
    const csv_field* field(const csv_record& row, std::size_t k) const noexcept {
        return positions_[k] == absent ? nullptr : &row[positions_[k]];
    }
    /// Its text, or "" when the file has no such column.
    std::string_view text(const csv_record& row, std::size_t k) const noexcept {
        const csv_field* f = field(row, k);
        return f == nullptr ? std::string_view() : f->text();
    }

    /// True when `row` has a field for each column of the header; a short row or an extra
    /// field is an error.
    bool fits(const csv_record& row, csv_errors& errors) const {
        if (row.size() == width_) return true;
        const bool extra = row.size() > width_;
        const csv_field& at = extra ? row[width_] : row.back();
        errors.add(at.line(), at.column(),
                   std::string(extra ? "extra column: " : "short row: ") + std::to_string(row.size()) +
                       " fields, expected " + std::to_string(width_) + " (" + written_ + ")",
                   extra ? at.text() : std::string_view());
        return false;
    }

    /// What a header names: "indicator, year, value, unit and source, and may name
    /// region, period, status and bound".
    std::string expected() const {
        std::string out = list(true);
        const std::string optional = list(false);
        if (!optional.empty()) out += ", and may name " + optional;
        return out;
    }

private:
    std::size_t index_of(std::string_view name) const noexcept {
        for (std::size_t k = 0; k < columns_.size(); ++k)
            if (columns_[k].name == name) return k;
        return absent;
    }

    std::string list(bool required) const {
        std::vector<std::string_view> names;
        for (const csv_column& c : columns_)
            if (c.required == required) names.push_back(c.name);
        std::string out;
        for (std::size_t i = 0; i < names.size(); ++i)
            out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + std::string(names[i]);
        return out;
    }

    span<const csv_column> columns_;
    std::vector<std::size_t> positions_;
    std::size_t width_ = 0;
    std::string written_;
};

/// The rows of a table: binds `header` to the first record, then calls on_row(const
/// csv_record&) for each record that has a field for each of its columns. Errors of the
/// header, of rows that do not fit it, and of an input without a header go to `errors`.
template <class OnRow>
void for_each_csv_row(const csv_input& input, csv_header& header, csv_errors& errors, OnRow&& on_row,
                      const csv_limits& limits = {}) {
    bool header_seen = false;
    bool header_ok = false;
    input.for_each_record(
        errors,
        [&](const csv_record& row) {
            if (!header_seen) {
                header_seen = true;
                header_ok = header.bind(row, errors);
            } else if (header_ok && header.fits(row, errors)) {
                on_row(row);
            }
        },
        limits);
    if (!header_seen && !errors.any()) errors.add(1, 1, "empty file: expected a header naming " + header.expected());
}

}  // namespace v0
}  // namespace daye

#endif
