// The library's version, as in CMake's project() and the package files.
#ifndef DAYE_VERSION_HPP
#define DAYE_VERSION_HPP

#define DAYE_VERSION_MAJOR 0
#define DAYE_VERSION_MINOR 1
#define DAYE_VERSION_PATCH 0

namespace daye {
inline constexpr int version_major = DAYE_VERSION_MAJOR;
inline constexpr int version_minor = DAYE_VERSION_MINOR;
inline constexpr int version_patch = DAYE_VERSION_PATCH;
}  // namespace daye

#endif
