// no_gamepad_web.cpp: the web build has no gamepads (SDL2 is built without its joystick
// subsystem, see build_wasm.sh). ImGui's SDL2 backend still names three game controller
// functions (it asks for a gamepad only when ImGuiConfigFlags_NavEnableGamepad is set,
// which the app never sets); these stand-ins keep SDL2's game controller code and its
// controller database (about 30 KB) out of game.wasm. (Not with emsdk's SDL2 port, which
// has its joystick code.)
#if defined(__EMSCRIPTEN__) && !defined(STUDY_ARCADE_SDL_PORT)
#include <SDL.h>

extern "C" {
SDL_GameController* SDL_GameControllerOpen(int) { return nullptr; }
Uint8 SDL_GameControllerGetButton(SDL_GameController*, SDL_GameControllerButton) { return 0; }
Sint16 SDL_GameControllerGetAxis(SDL_GameController*, SDL_GameControllerAxis) { return 0; }
}
#endif
