// The SVG chart of daye_sprint and daye_record: GDP year by year as points, one colour per
// series, the goal as a dashed line, axes with years and 亿元, and a legend. Points, not a
// line through them: a year's GDP is a total over the year, not a value that passes
// through the goal at some moment between two years. A year without a level (NaN) has no
// point. Plain text, no library.
#ifndef DAYE_EXAMPLES_SPRINT_CHART_HPP
#define DAYE_EXAMPLES_SPRINT_CHART_HPP

#include <algorithm>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

struct chart_series {
    std::string label;
    std::vector<double> levels;  // one per year from the first year
};

inline std::string svg_chart(int first_year, const std::vector<chart_series>& series, double goal,
                             const std::string& goal_label) {
    const double width = 800;
    const double height = 480;
    const double left = 80;  // margins, in pixels
    const double right = 230;
    const double top = 50;
    const double bottom = 60;
    std::size_t years = 1;
    double low = goal;
    double high = goal;
    for (const chart_series& s : series) {
        years = std::max(years, s.levels.size());
        for (const double v : s.levels) {
            if (std::isnan(v)) continue;
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    // Room around the data, then a round step (1, 2 or 5 × 10^k) giving about six levels.
    // The room is never zero (all levels equal the goal), so neither is the step.
    const double room = std::max(high - low, high * 0.02) * 0.05;
    const double raw = (high - low + 2 * room) / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = magnitude * (raw <= magnitude ? 1 : raw <= 2 * magnitude ? 2 : raw <= 5 * magnitude ? 5 : 10);
    const double first_level = std::floor((low - room) / step);  // in steps
    const double last_level = std::ceil((high + room) / step);
    low = first_level * step;
    high = last_level * step;
    const double plot = width - left - right;
    const double slot = plot / static_cast<double>(years);  // a year's width; its points sit in the middle
    const auto count = static_cast<double>(series.size());
    const double spread = std::min(8.0, slot * 0.6 / std::max(count, 1.0));  // between a year's points
    const auto centre = [&](std::size_t year) { return left + slot * (static_cast<double>(year) + 0.5); };
    const auto x = [&](std::size_t year, std::size_t k) {
        return centre(year) + spread * (static_cast<double>(k) - (count - 1) / 2);
    };
    const auto y = [&](double v) { return top + (height - top - bottom) * (high - v) / (high - low); };
    const char* colours[] = {"#c0392b", "#2471a3", "#229954", "#8e44ad", "#d68910", "#17a589",
                             "#7b241c", "#1b4f72", "#145a32", "#4a235a", "#7e5109", "#0e6251"};

    std::ostringstream out;
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" font-family=\"sans-serif\" font-size=\"13\">\n";
    out << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out << "<text x=\"" << left << "\" y=\"28\" font-size=\"16\">GDP year by year, towards " << goal_label
        << "</text>\n";
    out << "<g stroke=\"#444\"><line x1=\"" << left << "\" y1=\"" << y(low) << "\" x2=\"" << width - right << "\" y2=\""
        << y(low) << "\"/><line x1=\"" << left << "\" y1=\"" << top << "\" x2=\"" << left << "\" y2=\"" << y(low)
        << "\"/></g>\n";
    // A label every year, or every few years when they would crowd.
    const std::size_t every = (years + 11) / 12;
    for (std::size_t i = 0; i < years; i += every)
        out << "<text x=\"" << centre(i) << "\" y=\"" << y(low) + 20 << "\" text-anchor=\"middle\">"
            << first_year + static_cast<int>(i) << "</text>\n";
    for (double level = first_level; level <= last_level; ++level)
        out << "<line x1=\"" << left << "\" y1=\"" << y(level * step) << "\" x2=\"" << width - right << "\" y2=\""
            << y(level * step) << "\" stroke=\"#ddd\"/><text x=\"" << left - 8 << "\" y=\"" << y(level * step) + 4
            << "\" text-anchor=\"end\">" << level * step << "</text>\n";
    out << "<text x=\"" << (left + width - right) / 2 << "\" y=\"" << height - 15
        << "\" text-anchor=\"middle\">year</text>\n";
    out << "<text x=\"20\" y=\"" << (top + height - bottom) / 2 << "\" transform=\"rotate(-90 20 "
        << (top + height - bottom) / 2 << ")\" text-anchor=\"middle\">GDP, 亿元 (current prices)</text>\n";
    out << "<line x1=\"" << left << "\" y1=\"" << y(goal) << "\" x2=\"" << width - right << "\" y2=\"" << y(goal)
        << "\" stroke=\"black\" stroke-dasharray=\"6 4\"/><text x=\"" << left + 6 << "\" y=\"" << y(goal) - 6
        << "\">goal " << goal_label << "</text>\n";  // inside the plot: the legend is beside it
    for (std::size_t k = 0; k < series.size(); ++k) {
        const char* colour = colours[k % (sizeof colours / sizeof colours[0])];
        out << "<g fill=\"" << colour << "\">";
        for (std::size_t i = 0; i < series[k].levels.size(); ++i)
            if (!std::isnan(series[k].levels[i]))
                out << "<circle cx=\"" << x(i, k) << "\" cy=\"" << y(series[k].levels[i]) << "\" r=\"3.5\"/>";
        const double ly = top + 30 + 22 * static_cast<double>(k);
        out << "<circle cx=\"" << width - right + 22 << "\" cy=\"" << ly << "\" r=\"3.5\"/></g><text x=\""
            << width - right + 34 << "\" y=\"" << ly + 4 << "\">" << series[k].label << "</text>\n";
    }
    out << "</svg>\n";
    return out.str();
}

#endif
