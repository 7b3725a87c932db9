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

include(${CMAKE_CURRENT_LIST_DIR}/BuildJq.cmake)

set(AD_WARNINGS -Wall -Wextra -Wno-unused-parameter)
