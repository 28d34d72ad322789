// main.cpp: doctest's entry point for the ui tests (run by CTest as ui_tests): screens'
// widgets driven frame by frame through a headless ImGui context, no window or GPU.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
