// main.cpp: doctest's entry point for the core tests (run by CTest as core_tests).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
