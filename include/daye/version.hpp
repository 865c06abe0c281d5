// The library's version, as in CMake's project() and the package files.
//
// Every declaration of daye lives in the inline namespace daye::v0: users write daye::plan,
// the linker sees daye::v0::plan. Two incompatible versions in one program then fail to
// link instead of mixing silently. While the major version is 0, each minor version may
// break the API (the CMake package says SameMinorVersion); the namespace changes with
// the first release that promises a stable ABI.
#ifndef DAYE_VERSION_HPP
#define DAYE_VERSION_HPP

#define DAYE_VERSION_MAJOR 0
#define DAYE_VERSION_MINOR 2
#define DAYE_VERSION_PATCH 0

namespace daye {
inline namespace v0 {
inline constexpr int version_major = DAYE_VERSION_MAJOR;
inline constexpr int version_minor = DAYE_VERSION_MINOR;
inline constexpr int version_patch = DAYE_VERSION_PATCH;
}  // namespace v0
}  // namespace daye

#endif
