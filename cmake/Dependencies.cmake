# All third-party dependencies come from Debian 12 packages (scripts/deps installs them).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Test HttpServer Sql LinguistTools Svg WebSockets)
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(RDKAFKA REQUIRED IMPORTED_TARGET rdkafka)

# QScintilla for Qt 6: Debian ships no CMake config or .pc file.
find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h PATH_SUFFIXES x86_64-linux-gnu/qt6 aarch64-linux-gnu/qt6 qt6 REQUIRED)
find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt6 REQUIRED)
add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
set_target_properties(QScintilla::QScintilla PROPERTIES
  IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES Qt6::Widgets)

# libjq 1.6: Debian ships no CMake config or .pc file. jq.h has no extern "C" guards.
find_path(JQ_INCLUDE_DIR jq.h REQUIRED)
find_library(JQ_LIBRARY NAMES jq REQUIRED)
add_library(jq::jq UNKNOWN IMPORTED)
set_target_properties(jq::jq PROPERTIES IMPORTED_LOCATION "${JQ_LIBRARY}"
                                        INTERFACE_INCLUDE_DIRECTORIES "${JQ_INCLUDE_DIR}")

set(AD_WARNINGS -Wall -Wextra -Wno-unused-parameter)
