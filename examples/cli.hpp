// What daye's programs share on the command line.
//
// - One option syntax: `--name value` or `--name=value`, flags without a value,
//   `-h`/`--help` everywhere (help on standard output).
// - Output written completely or not at all: a program builds its whole output in memory;
//   run() writes it with write(2), checks every byte, and closes standard output checking
//   that too. Files are written to a temporary name beside them and renamed when complete.
// - Messages safe to print: user text goes through printable() (control bytes and
//   ill-formed UTF-8 escaped, long text cut).
// - Input read within a limit, with the system's reason when it cannot be read.
// - Exit codes: 0 answered (whatever the answer); 2 bad input (a message on standard
//   error, nothing on standard output); 1 an output that could not be written, or an
//   internal error (a message on standard error).
//
// POSIX only: every failure is known by its errno, and named by it.
#ifndef DAYE_EXAMPLES_CLI_HPP
#define DAYE_EXAMPLES_CLI_HPP

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <daye/utf8.hpp>

namespace cli {

/// Input the program cannot answer: exit 2. The message says what and why; text that
/// came from the user goes through quote() or printable().
struct bad_input {
    std::string message;
};

/// An output that could not be written: exit 1.
struct output_failure {
    std::string message;
};

/// The largest input file read: 256 MiB, hundreds of times a county's yearly statistics
/// and a small part of a machine's memory.
inline constexpr std::size_t input_limit = std::size_t{256} << 20;

/// How many bytes of a user's text a message shows before it cuts the rest.
inline constexpr std::size_t shown_bytes = 200;

namespace detail {
/// Characters that move the cursor or reorder the text around them instead of showing:
/// C0 and C1 controls, DEL, line and paragraph separators, bidirectional formatting.
constexpr bool is_control(char32_t c) noexcept {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

inline void append_hex(std::string& out, const char* prefix, unsigned value, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    out += prefix;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += hex[(value >> shift) & 0xFu];
}

inline std::string reason(int error) { return std::strerror(error); }

/// Writes all of `data` to `fd`: 0, or the errno of the failure.
inline int write_all(int fd, std::string_view data) noexcept {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : EIO;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

/// Closes `fd` on every way out of a scope.
class descriptor {
public:
    explicit descriptor(int fd) noexcept : fd_(fd) {}
    descriptor(const descriptor&) = delete;
    descriptor& operator=(const descriptor&) = delete;
    ~descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const noexcept { return fd_; }
    /// Closes now: 0, or the errno (a write the system had delayed can fail here).
    int close() noexcept {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 || errno == EINTR ? 0 : errno;  // Linux closes even on EINTR
    }

private:
    int fd_;
};
}  // namespace detail

/// `text` as a message can show it: well-formed UTF-8 as it is; control characters
/// (NUL, ESC, DEL, C1, bidirectional overrides...) and the backslash escaped as in C
/// (\n, \x1b, \u202e, \\); each byte of ill-formed UTF-8 as \xNN; and beyond `limit` bytes
/// of `text`, the rest cut and its size said: "…(10485760 bytes)".
inline std::string printable(std::string_view text, std::size_t limit = shown_bytes) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const daye::utf8::step c = daye::utf8::decode(text, at);
        if (at + c.length > limit) break;
        const char32_t cp = c.code_point;
        if (!c.valid) {
            for (std::size_t k = 0; k < c.length; ++k)
                detail::append_hex(out, "\\x", static_cast<unsigned char>(text[at + k]), 2);
        } else if (cp == '\\') {
            out += "\\\\";
        } else if (cp == '\n' || cp == '\t' || cp == '\r') {
            out += cp == '\n' ? "\\n" : (cp == '\t' ? "\\t" : "\\r");
        } else if (detail::is_control(cp)) {
            detail::append_hex(out, cp < 0x80 ? "\\x" : "\\u", static_cast<unsigned>(cp), cp < 0x80 ? 2 : 4);
        } else {
            out.append(text.substr(at, c.length));
        }
        at += c.length;
    }
    if (at < text.size()) out += "…(" + std::to_string(text.size()) + " bytes)";
    return out;
}

/// printable(text) in single quotes: how a message shows a value the user gave.
inline std::string quote(std::string_view text) { return "'" + printable(text) + "'"; }

/// An option: `--name VALUE` (or `--name=VALUE`), or a flag when `value` is empty.
struct option {
    std::string_view name;   ///< "--base"
    std::string_view value;  ///< what the value is, for the usage line: "LEVEL"
    std::string_view help;   ///< what it does and its default; '\n' begins another line
};

/// A program: what --help and every message about its command line say.
struct program {
    std::string_view name;     ///< "daye_sprint"
    std::string_view purpose;  ///< the paragraph under the usage line
    std::vector<option> options;
};

/// The options given on a command line.
class arguments {
public:
    /// -h or --help was given: the rest of the line is not read.
    bool help() const noexcept { return help_; }
    bool has(std::string_view name) const noexcept { return find(name) != nullptr; }
    /// The value given to an option, if it was given.
    std::optional<std::string_view> value(std::string_view name) const noexcept {
        const auto* found = find(name);
        if (found == nullptr) return std::nullopt;
        return found->second;
    }

private:
    friend arguments parse(const program& p, int argc, const char* const* argv);
    using given = std::pair<std::string_view, std::string_view>;
    const given* find(std::string_view name) const noexcept {
        const auto g = std::find_if(given_.begin(), given_.end(), [&](const given& x) { return x.first == name; });
        return g == given_.end() ? nullptr : &*g;
    }
    std::vector<given> given_;  // views into the program's option names and into argv
    bool help_ = false;
};

/// Reads a command line by the options of `p`; bad_input when it is not one of them. A
/// value never starts with "--" when it is the next argument (`--svg --format` is an
/// option missing its value), but may with '=' (`--svg=--odd`); an option given twice
/// is an error, never a silent override.
inline arguments parse(const program& p, int argc, const char* const* argv) {
    arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const std::size_t equals = arg.substr(0, 2) == "--" ? arg.find('=') : std::string_view::npos;
        const std::string_view name = arg.substr(0, equals);
        if (name == "-h" || name == "--help") {
            if (equals != std::string_view::npos) throw bad_input{"option --help takes no value"};
            a.help_ = true;
            return a;
        }
        const auto o =
            std::find_if(p.options.begin(), p.options.end(), [&](const option& x) { return x.name == name; });
        if (o == p.options.end())
            throw bad_input{(name.substr(0, 1) == "-" ? "unknown option " : "unexpected argument ") + quote(name)};
        if (a.has(o->name)) throw bad_input{"option " + std::string(o->name) + " is given twice"};
        std::string_view value;
        if (o->value.empty()) {
            if (equals != std::string_view::npos) throw bad_input{"option " + std::string(o->name) + " takes no value"};
        } else if (equals != std::string_view::npos) {
            value = arg.substr(equals + 1);
        } else if (i + 1 == argc || std::string_view(argv[i + 1]).substr(0, 2) == "--") {
            throw bad_input{"option " + std::string(o->name) + " needs a value (" + std::string(o->value) + ")"};
        } else {
            value = argv[++i];
        }
        a.given_.emplace_back(o->name, value);
    }
    return a;
}

/// "usage: daye_sprint [--base LEVEL] ... [-h|--help]"
inline std::string usage_line(const program& p) {
    std::string s = "usage: " + std::string(p.name);
    for (const option& o : p.options)
        s += " [" + std::string(o.name) + (o.value.empty() ? "" : " " + std::string(o.value)) + "]";
    return s + " [-h|--help]";
}

/// What --help prints: the usage line, the purpose, every option and the exit codes.
inline std::string help_text(const program& p) {
    const auto left = [](const option& o) {
        return std::string(o.name) + (o.value.empty() ? "" : " " + std::string(o.value));
    };
    std::size_t width = std::string_view("-h, --help").size();
    for (const option& o : p.options) width = std::max(width, left(o).size());
    std::string s = usage_line(p) + "\n\n" + std::string(p.purpose) + "\n\noptions (also as --option=value):\n";
    const auto entry = [&](const std::string& head, std::string_view help) {
        s += "  " + head + std::string(width + 2 - head.size(), ' ');
        for (const char c : help) s += c == '\n' ? "\n" + std::string(width + 4, ' ') : std::string(1, c);
        s += '\n';
    };
    for (const option& o : p.options) entry(left(o), o.help);
    entry("-h, --help", "this help, on standard output");
    return s +
           "\nexit status: 0 answered; 2 bad input (a message on standard error, nothing on standard output);\n"
           "1 an output that could not be written, or an internal error (a message on standard error).\n";
}

/// Writes the whole of `data` to standard output and closes it, or throws
/// output_failure with the system's reason. When standard output is a regular file, a
/// failed write is undone: the file is cut back to its length before (with > that is
/// empty, with >> what was there), so that no partial output remains in it.
inline void write_stdout(std::string_view data) {
    struct stat st {};
    const bool file = ::fstat(STDOUT_FILENO, &st) == 0 && S_ISREG(st.st_mode);
    int error = detail::write_all(STDOUT_FILENO, data);
    if (error != 0 && file) (void)::ftruncate(STDOUT_FILENO, st.st_size);
    if (error == 0) error = detail::descriptor(STDOUT_FILENO).close();
    if (error != 0) throw output_failure{"cannot write to standard output: " + detail::reason(error)};
}

/// Writes `data` to the file `path` completely or not at all: to a temporary file in the
/// same directory, flushed to the disk, then renamed over `path` (over the file a
/// symbolic link points to, keeping the link). Anything else that exists at `path`,
/// such as /dev/stdout or a pipe, is written directly, every byte checked. On failure
/// the temporary file is removed and output_failure names the file and the reason.
inline void write_file(const std::string& path, std::string_view data) {
    const auto fail = [&](int error) {
        throw output_failure{"cannot write " + quote(path) + ": " + detail::reason(error)};
    };
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) fail(EISDIR);
        detail::descriptor out(::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
        if (out.get() < 0) fail(errno);
        int error = detail::write_all(out.get(), data);
        if (error == 0) error = out.close();
        if (error != 0) fail(error);
        return;
    }
    std::string target = path;
    if (char* resolved = ::realpath(path.c_str(), nullptr)) {  // only when it exists
        target = resolved;
        std::free(resolved);  // NOLINT(cppcoreguidelines-no-malloc): realpath's buffer is malloc's
    }
    const std::size_t slash = target.rfind('/');
    const std::size_t name_at = slash == std::string::npos ? 0 : slash + 1;
    std::string temporary = target.substr(0, name_at) + "." + target.substr(name_at) + ".XXXXXX";
    detail::descriptor out(::mkstemp(temporary.data()));
    if (out.get() < 0) fail(errno);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    int error = ::fchmod(out.get(), 0666 & ~mask) == 0 ? 0 : errno;  // as a new file would be, not 0600
    if (error == 0) error = detail::write_all(out.get(), data);
    if (error == 0 && ::fsync(out.get()) != 0) error = errno;
    const int closed = out.close();
    if (error == 0) error = closed;
    if (error == 0 && std::rename(temporary.c_str(), target.c_str()) != 0) error = errno;
    if (error != 0) {
        ::unlink(temporary.c_str());
        fail(error);
    }
}

/// The content of the file `path`, read in chunks so that an input above `limit` bytes
/// is refused as soon as it is seen to be (before reading a regular file, after `limit`
/// bytes of a pipe or a device such as /dev/zero). bad_input with the system's reason
/// when it cannot be read ("No such file or directory", "Is a directory").
inline std::string read_file(const std::string& path, std::size_t limit = input_limit) {
    const auto fail = [&](const std::string& why) { throw bad_input{printable(path) + ": " + why}; };
    const auto too_large = [&] {
        fail("larger than the input limit of " + std::to_string(limit) + " bytes" +
             (limit % (std::size_t{1} << 20) == 0 ? " (" + std::to_string(limit >> 20) + " MiB)" : ""));
    };
    detail::descriptor in(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (in.get() < 0) fail("cannot open: " + detail::reason(errno));
    struct stat st {};
    if (::fstat(in.get(), &st) != 0) fail("cannot read: " + detail::reason(errno));
    if (S_ISDIR(st.st_mode)) fail("cannot read: " + detail::reason(EISDIR));
    std::string content;
    if (S_ISREG(st.st_mode)) {
        if (static_cast<std::uintmax_t>(st.st_size) > limit) too_large();
        content.reserve(static_cast<std::size_t>(st.st_size));
    }
    constexpr std::size_t chunk = std::size_t{64} << 10;
    for (;;) {
        const std::size_t held = content.size();
        content.resize(held + chunk);
        const ssize_t n = ::read(in.get(), &content[held], chunk);
        const int error = errno;
        content.resize(held + static_cast<std::size_t>(n > 0 ? n : 0));
        if (n < 0 && error == EINTR) continue;
        if (n < 0) fail("cannot read: " + detail::reason(error));
        if (n == 0) return content;
        if (content.size() > limit) too_large();
    }
}

/// One field of a CSV line as written: quoted when it holds a comma, a quote or a line
/// break, quotes doubled (RFC 4180).
inline std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

/// A table as CSV, one line a row, every field through csv_field.
inline std::string csv_table(const std::vector<std::vector<std::string>>& rows) {
    std::string out;
    for (const std::vector<std::string>& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) out += (c == 0 ? "" : ",") + csv_field(row[c]);
        out += "\n";
    }
    return out;
}

/// "program: message" on standard error. If even that cannot be written, nothing can be.
inline void complain(std::string_view program_name, std::string_view message) {
    (void)detail::write_all(STDERR_FILENO, std::string(program_name) + ": " + std::string(message) + "\n");
}

/// Refuses an input file with errors: each listed error (a daye::csv_error, "file:line:
/// column: message: 'text'") on standard error, then how many more, then bad_input saying
/// that nothing was `done` ("evaluated", "read") from `path`.
template <class Errors>
[[noreturn]] void refuse_file(const program& p, const std::string& path, const Errors& errors, std::size_t not_listed,
                              std::string_view done) {
    for (const auto& e : errors) complain(p.name, printable(to_string(e), 1000));
    if (not_listed != 0) complain(p.name, "... and " + std::to_string(not_listed) + " more errors");
    throw bad_input{"nothing " + std::string(done) + ": " + printable(path) + " has errors"};
}

/// Keeps a closed standard stream closed to the program's writes: a descriptor 0, 1 or 2
/// that was closed is taken by /dev/null opened the wrong way round, so that no file the
/// program opens later gets it, and writing to it fails (EBADF) as writing to a closed
/// stdout must. A write to a pipe with no reader fails with EPIPE instead of killing the
/// program silently.
inline void guard_standard_streams() noexcept {
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd)
        if (::fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int reserved = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
            if (reserved > STDERR_FILENO) ::close(reserved);  // not the lowest free one: cannot happen
        }
    (void)std::signal(SIGPIPE, SIG_IGN);
}

/// Runs a program: reads its command line, prints --help or the whole output of
/// `answer(arguments)` (a std::string), and turns every failure into its exit code and
/// one message on standard error.
template <class Answer>
int run(const program& p, int argc, const char* const* argv, Answer&& answer) {
    guard_standard_streams();
    try {
        try {
            const arguments a = parse(p, argc, argv);
            write_stdout(a.help() ? help_text(p) : std::forward<Answer>(answer)(a));
            return 0;
        } catch (const bad_input& e) {
            complain(p.name, e.message + "\n" + usage_line(p) + "\n(" + std::string(p.name) + " --help says more)");
            return 2;
        } catch (const output_failure& e) {
            complain(p.name, e.message);
        } catch (const std::bad_alloc&) {
            complain(p.name, "out of memory");
        } catch (const std::exception& e) {
            complain(p.name, "internal error: " + printable(e.what()));
        }
    } catch (...) {  // a message that could not be built: the exit code still says it
    }
    return 1;
}

}  // namespace cli

#endif
