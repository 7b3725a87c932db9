# jq, the engine templates render with: the jq 1.7.1 line that Port runs (PORT-SPEC §5.0a,
# docs/template-engine.md). Defines jq::jq and AD_JQ_VERSION.
#
# Debian 13 / Ubuntu 24.04+: the system's libjq-dev (>= 1.7.1, found through its libjq.pc).
# Debian 12: a static libjq built once from Debian's jq 1.7.1 source package, which scripts/deps
# (scripts/jq-source) fetched into the dependency cache; the build lands in the same cache, so every
# build directory (tests, sanitizers, fuzzing, packaging) reuses it.
set(AD_JQ_DEBIAN_VERSION "1.7.1-6+deb13u4")

pkg_check_modules(SYSTEM_JQ QUIET IMPORTED_TARGET libjq>=1.7.1)
if(SYSTEM_JQ_FOUND AND NOT AD_JQ_FROM_SOURCE)
  add_library(jq::jq ALIAS PkgConfig::SYSTEM_JQ)
  set(AD_JQ_VERSION "${SYSTEM_JQ_VERSION}")
  message(STATUS "jq: system libjq ${SYSTEM_JQ_VERSION}")
  return()
endif()

if(DEFINED ENV{AD_DEPS_CACHE})
  set(_cache "$ENV{AD_DEPS_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(_cache "$ENV{XDG_CACHE_HOME}/action-designer")
else()
  set(_cache "$ENV{HOME}/.cache/action-designer")
endif()
set(AD_DEPS_CACHE "${_cache}" CACHE PATH "Where scripts/jq-source put the jq source and the libjq build goes")
set(_jq_src "${AD_DEPS_CACHE}/src/jq-${AD_JQ_DEBIAN_VERSION}")
set(_jq_prefix "${AD_DEPS_CACHE}/jq-${AD_JQ_DEBIAN_VERSION}")

if(NOT EXISTS "${_jq_prefix}/lib/libjq.a")
  if(NOT EXISTS "${_jq_src}/jq_1.7.1.orig.tar.gz")
    message(FATAL_ERROR "jq 1.7.1 source not found in ${_jq_src}: run scripts/deps (it fetches it)")
  endif()
  # Two configures at once (tests and sanitizer builds) must not build into the same place.
  file(MAKE_DIRECTORY "${AD_DEPS_CACHE}")
  file(LOCK "${AD_DEPS_CACHE}/jq.lock" GUARD FILE TIMEOUT 1800)
  if(NOT EXISTS "${_jq_prefix}/lib/libjq.a")
    message(STATUS "jq: building libjq ${AD_JQ_DEBIAN_VERSION} from Debian's source (once, about a minute)")
    execute_process(COMMAND bash "${CMAKE_SOURCE_DIR}/cmake/build-jq.sh" "${_jq_src}" "${_jq_prefix}" "${AD_JQ_DEBIAN_VERSION}"
                    RESULT_VARIABLE _jq_result)
    if(NOT _jq_result EQUAL 0)
      message(FATAL_ERROR "jq: building libjq from ${_jq_src} failed (see above)")
    endif()
  endif()
  file(LOCK "${AD_DEPS_CACHE}/jq.lock" RELEASE)
endif()

find_library(ONIG_LIBRARY NAMES onig REQUIRED)
add_library(jq::jq STATIC IMPORTED)
set_target_properties(jq::jq PROPERTIES
  IMPORTED_LOCATION "${_jq_prefix}/lib/libjq.a"
  INTERFACE_INCLUDE_DIRECTORIES "${_jq_prefix}/include"
  INTERFACE_LINK_LIBRARIES "${ONIG_LIBRARY};m")
set(AD_JQ_VERSION "${AD_JQ_DEBIAN_VERSION}")
set(AD_JQ_BIN "${_jq_prefix}/bin/jq")
message(STATUS "jq: static libjq ${AD_JQ_DEBIAN_VERSION} from ${_jq_prefix}")
