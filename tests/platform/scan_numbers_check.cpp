// scan_numbers_check.cpp: checks src/platform/scan_numbers_web.cpp (the web build's strtod
// and sscanf) against musl's own, which --wrap leaves reachable as __real_strtod and
// __real_sscanf: same values, same end, same counts on edge cases and on every format the
// game's code and ImGui use. Not part of CTest (it needs emscripten and node):
// tests/run_all.sh runs it after the web build; by hand:
//
//   NODE_PATH=/usr/share/nodejs em++ -O1 -std=c++17 tests/platform/scan_numbers_check.cpp \
//     src/platform/scan_numbers_web.cpp -Wl,--wrap=strtod -Wl,--wrap=sscanf \
//     -sENVIRONMENT=node -sWASM_ASYNC_COMPILATION=0 -o /tmp/scan_check.js && node /tmp/scan_check.js
//
// It prints each mismatch and "fails 0" when all agree. Hexadecimal floats ("0x1A") are
// the one known difference (the web build's strtod reads "0" of it: nothing there writes
// them), checked as such.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cmath>
extern "C" double __real_strtod(const char*, char**);
extern "C" int __real_sscanf(const char*, const char*, ...);
int fails = 0;
void check_strtod(const char* s) {
  char *e1, *e2; double a = strtod(s, &e1), b = __real_strtod(s, &e2);
  bool same = (a == b || (std::isnan(a) && std::isnan(b))) && e1 == e2 && std::signbit(a) == std::signbit(b);
  if (!same) { fails++; printf("strtod MISMATCH '%s': %.17g(+%d) vs %.17g(+%d)\n", s, a, (int)(e1-s), b, (int)(e2-s)); }
}
#define CHECK2(fmt, s, T1, T2) { T1 a1{}, b1{}; T2 a2{}, b2{}; int n1 = sscanf(s, fmt, &a1, &a2); int n2 = __real_sscanf(s, fmt, &b1, &b2); \
  if (n1 != n2 || (n1 >= 1 && a1 != b1) || (n1 >= 2 && a2 != b2)) { fails++; printf("sscanf MISMATCH '%s' '%s': %d vs %d\n", fmt, s, n1, n2); } }
#define CHECK1(fmt, s, T1) { T1 a1{}, b1{}; int n1 = sscanf(s, fmt, &a1); int n2 = __real_sscanf(s, fmt, &b1); \
  if (n1 != n2 || (n1 >= 1 && a1 != b1)) { fails++; printf("sscanf MISMATCH '%s' '%s': %d vs %d\n", fmt, s, n1, n2); } }
int main() {
  const char* nums[] = {"0", "-0", "1", "1.5", "  -2.25e3xyz", "+.5", "5.", ".", "-", "e5", "1e", "1e+", "1e+5", "1E-5", "0.1", "3.141592653589793238462643383279",
    "1e308", "1e309", "-1e400", "1e-320", "1e-400", "4.9406564584124654e-324", "2.2250738585072011e-308", "123456789012345678901234567890", "9007199254740993",
    "inf", "-Infinity", "INFx", "nan", "NaN(1)", "  \t\n12", "", "abc", "1,5", "17.0000000000000000000000001", "0.30000000000000004441"};
  for (auto s : nums) check_strtod(s);
  if (atof("2.5") != 2.5) { fails++; printf("atof MISMATCH\n"); }
  { const char* hex = "0x1A"; char* end; if (strtod(hex, &end) != 0 || end != hex + 1) { fails++; printf("hex: not as documented\n"); } }
  CHECK2("%dx%d", "1280x800", int, int); CHECK2("%dx%d", "1280x", int, int); CHECK2("%dx%d", "x800", int, int); CHECK2("%dx%d", "", int, int);
  CHECK2("%dx%d", " 12 x 5", int, int); CHECK2("%d x %d", " 12 x 5", int, int);
  CHECK1("#version %d", "#version 300 es", int); CHECK1("#version %d", "#version", int); CHECK1("#version %d", "#vers", int); CHECK1("#version %d", "", int);
  CHECK2("%d.%d", "3.0 OpenGL ES", int, int); CHECK2("%d.%d", "WebGL 2.0", int, int);
  CHECK2("Pos=%i,%i", "Pos=60,-60", int, int); CHECK2("Pos=%i,%i", "Pos=0x10,010", int, int); CHECK2("Size=%i,%i", "Pos=1,2", int, int);
  CHECK1("Collapsed=%d", "Collapsed=1", int);
  CHECK2("0x%08X,%d", "0x8F3A2B1C,4", unsigned, int); CHECK2("0x%08X,%d", "0x8F3A2B1C9,4", unsigned, int);
  CHECK1("RefScale=%f", "RefScale=13.5", float); CHECK1("%f", "-1e3", float); CHECK1("%lf", "0.1", double); CHECK1("%f", "0.1", float);
  CHECK2("Column %d%n", "Column 3 Width=5", int, int); CHECK2("Width=%d%n", "Width=50 Visible=1", int, int); CHECK2("Weight=%f%n", "Weight=0.5000 Sort=0v", float, int);
  { int n1=0,n2=0,r1=0,r2=0; char c1=0,c2=0; int k1 = sscanf("Sort=0v rest", "Sort=%d%c%n", &n1, &c1, &r1); int k2 = __real_sscanf("Sort=0v rest", "Sort=%d%c%n", &n2, &c2, &r2);
    if (k1!=k2||n1!=n2||c1!=c2||r1!=r2) { fails++; printf("Sort mismatch %d %d %c %d / %d %d %c %d\n", k1,n1,c1,r1,k2,n2,c2,r2);} }
  { unsigned n1=0,n2=0; int r1=0,r2=0; int k1 = sscanf("UserID=0x0000ABCD Width", "UserID=0x%08X%n", &n1, &r1); int k2 = __real_sscanf("UserID=0x0000ABCD Width", "UserID=0x%08X%n", &n2, &r2);
    if (k1!=k2||n1!=n2||r1!=r2) { fails++; printf("UserID mismatch\n");} }
  CHECK1("%u", "4000000000", unsigned); CHECK1("%lld", "-9000000000", long long); CHECK1("%hd", "70000", short); CHECK1("100%%%d", "100% 5", int);
  CHECK2("%d%d", "1", int, int); CHECK2("%d %d", "1 ", int, int); CHECK1("%3d", "12345", int);
  { char s1[16]={}, s2[16]={}; int k1 = sscanf("  hello world", "%s", s1), k2 = __real_sscanf("  hello world", "%s", s2); if (k1!=k2||strcmp(s1,s2)) { fails++; printf("s mismatch\n"); } }
  printf("fails %d\n", fails);
  return fails != 0;
}
