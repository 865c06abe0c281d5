// The SVG chart of daye_sprint: a line per scenario, the goal as a labelled line, axes
// with years and 亿元, and a legend. Plain text, no library.
#ifndef DAYE_EXAMPLES_SPRINT_CHART_HPP
#define DAYE_EXAMPLES_SPRINT_CHART_HPP

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>
#include <vector>

struct chart_line {
    std::string label;
    std::vector<double> levels;  // one per year from the first year
};

inline void write_svg(std::ostream& out, int first_year, const std::vector<chart_line>& lines, double goal,
                      const std::string& goal_label) {
    const double width = 800;
    const double height = 480;
    const double left = 80;  // margins, in pixels
    const double right = 170;
    const double top = 50;
    const double bottom = 60;
    std::size_t years = 0;
    double low = goal;
    double high = goal;
    for (const chart_line& l : lines) {
        years = std::max(years, l.levels.size());
        for (const double v : l.levels) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    // A round step (1, 2 or 5 × 10^k) giving at most about eight levels, and room around the data.
    const double raw = (high - low) / 6 + 1e-9;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = magnitude * (raw <= magnitude ? 1 : raw <= 2 * magnitude ? 2 : raw <= 5 * magnitude ? 5 : 10);
    low = std::floor(low * 0.98 / step) * step;
    high = std::ceil(high * 1.02 / step) * step;
    const auto last = static_cast<double>(years > 1 ? years - 1 : 1);
    const auto x = [&](double i) { return left + (width - left - right) * i / last; };
    const auto y = [&](double v) { return top + (height - top - bottom) * (high - v) / (high - low); };
    const char* colours[] = {"#c0392b", "#2471a3", "#229954", "#8e44ad", "#d68910", "#17a589"};

    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" font-family=\"sans-serif\" font-size=\"13\">\n";
    out << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out << "<text x=\"" << left << "\" y=\"28\" font-size=\"16\">GDP path to " << goal_label << "</text>\n";
    // Axes, with a tick and a grid line per year and per level step.
    out << "<g stroke=\"#444\"><line x1=\"" << left << "\" y1=\"" << y(low) << "\" x2=\"" << width - right << "\" y2=\""
        << y(low) << "\"/><line x1=\"" << left << "\" y1=\"" << top << "\" x2=\"" << left << "\" y2=\"" << y(low)
        << "\"/></g>\n";
    for (std::size_t i = 0; i < years; ++i)
        out << "<text x=\"" << x(static_cast<double>(i)) << "\" y=\"" << y(low) + 20 << "\" text-anchor=\"middle\">"
            << first_year + static_cast<int>(i) << "</text>\n";
    for (double v = low; v <= high + step / 2; v += step)
        out << "<line x1=\"" << left << "\" y1=\"" << y(v) << "\" x2=\"" << width - right << "\" y2=\"" << y(v)
            << "\" stroke=\"#ddd\"/><text x=\"" << left - 8 << "\" y=\"" << y(v) + 4 << "\" text-anchor=\"end\">" << v
            << "</text>\n";
    out << "<text x=\"" << (left + width - right) / 2 << "\" y=\"" << height - 15
        << "\" text-anchor=\"middle\">year</text>\n";
    out << "<text x=\"20\" y=\"" << (top + height - bottom) / 2 << "\" transform=\"rotate(-90 20 "
        << (top + height - bottom) / 2 << ")\" text-anchor=\"middle\">GDP, 亿元 (current prices)</text>\n";
    // The goal.
    out << "<line x1=\"" << left << "\" y1=\"" << y(goal) << "\" x2=\"" << width - right << "\" y2=\"" << y(goal)
        << "\" stroke=\"black\" stroke-dasharray=\"6 4\"/><text x=\"" << width - right + 6 << "\" y=\"" << y(goal) + 4
        << "\">" << goal_label << " goal</text>\n";
    // A line and a legend entry per scenario.
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const char* colour = colours[k % (sizeof colours / sizeof colours[0])];
        out << "<polyline fill=\"none\" stroke=\"" << colour << "\" stroke-width=\"2.5\" points=\"";
        for (std::size_t i = 0; i < lines[k].levels.size(); ++i)
            out << (i == 0 ? "" : " ") << x(static_cast<double>(i)) << ',' << y(lines[k].levels[i]);
        out << "\"/>\n";
        const double ly = top + 30 + 22 * static_cast<double>(k);
        out << "<line x1=\"" << width - right + 10 << "\" y1=\"" << ly << "\" x2=\"" << width - right + 34 << "\" y2=\""
            << ly << "\" stroke=\"" << colour << "\" stroke-width=\"2.5\"/><text x=\"" << width - right + 40
            << "\" y=\"" << ly + 4 << "\">" << lines[k].label << "</text>\n";
    }
    out << "</svg>\n";
}

#endif
