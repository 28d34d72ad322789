// web_lean_runtime.js: an emscripten JS library (linked with --js-library in the web build,
// after emscripten's own libraries) that leaves out the parts of emscripten's runtime
// JavaScript the game never runs, to make game.js smaller. Apart from a few one-line
// stand-ins below, it writes no runtime code of its own: it takes emscripten's objects as
// they are and drops members, so every part kept is emscripten's.
//
// - Browser: emscripten's helpers for the old SDL1/GLUT/GLFW libraries (fullscreen and
//   pointer lock requests, mouse and touch bookkeeping, canvas resizing, image and audio
//   preload plugins, getUserMedia, a 2D or WebGL context maker) and the Module functions
//   that expose them (Module.requestFullscreen, .createContext...). The game uses SDL2 and
//   emscripten's html5 API, and of Browser only the main loop (emscripten_set_main_loop,
//   _pause_, _resume_) and emscripten_async_call; web/page.js calls none of them.
// - FS: the parts nothing in the game reaches: lazy and preloaded-with-plugins files
//   (the data file packager creates its files with FS.createDataFile), the old
//   FS.saveFilesToDB/loadFilesFromDB (storage is IDBFS), mmap, chown and the like, whose
//   system calls the game does not link; likewise SYSCALLS' helpers for msync, mknod, dup.
// - html5: fullscreen and pointer lock requests and change listeners, which SDL uses only
//   for a fullscreen or lock the app asks SDL for (never on the web: see below).
// - The made-up environment variables (getenv finds none; nothing on the web reads one).
//
// Which members are reached was found from game.js itself (every `FS.x`/`Browser.x` in the
// linked output, followed from the code outside these objects). A member dropped here that
// some new code calls fails loudly ("... is not a function"): keep it in leanBrowser or
// take it off fsDrop.
(function () {
  var library = LibraryManager.library;

  var browser = library.$Browser;
  var leanBrowser = {
    mainLoop: browser.mainLoop,
    // eglCreateContext runs these after making a context (none are registered).
    moduleContextCreatedCallbacks: [],
    // emscripten_set_main_loop with 0 fps and emscripten_async_call with a negative delay.
    requestAnimationFrame: browser.requestAnimationFrame,
    fakeRequestAnimationFrame: browser.fakeRequestAnimationFrame,
    nextRAF: 0,
    safeRequestAnimationFrame: browser.safeRequestAnimationFrame,
  };

  var fsDrop = [
    'createLazyFile', 'forceLoadFile', 'createPreloadedFile',
    'indexedDB', 'DB_NAME', 'DB_VERSION', 'DB_STORE_NAME', 'saveFilesToDB', 'loadFilesFromDB',
    'findObject', 'analyzePath', 'readFile', 'chdir', 'quit', 'unmount',
    'lchmod', 'fchmod', 'chown', 'lchown', 'fchown', 'ftruncate', 'allocate', 'mmap', 'msync', 'munmap',
  ];
  var leanFs = Object.assign({}, library.$FS);
  fsDrop.forEach(function (name) { delete leanFs[name]; });

  // System call helpers for calls the game does not link (msync, mknod, dup).
  var leanSyscalls = Object.assign({}, library.$SYSCALLS);
  ['DEFAULT_POLLMASK', 'doMsync', 'doMknod', 'doDup', 'get64'].forEach(function (name) { delete leanSyscalls[name]; });

  // SDL asks the browser for fullscreen or pointer lock only when the app asks SDL for
  // them (SDL_SetWindowFullscreen, SDL_SetRelativeMouseMode), which the web build never
  // does: web/page.js makes the page fullscreen itself (host_toggle_fullscreen), and SDL
  // still hears of it through its fullscreenchange callback, which stays. So these answer
  // "not supported" (EMSCRIPTEN_RESULT_NOT_SUPPORTED, as in a browser without the API),
  // and emscripten's fullscreen strategies (canvas resizing, letterboxing, restoring the
  // old style) stay out.
  var notSupported = function () { return -1; };

  mergeInto(library, {
    emscripten_request_fullscreen_strategy: notSupported,
    emscripten_request_fullscreen_strategy__deps: [],
    emscripten_exit_fullscreen: notSupported,
    emscripten_exit_fullscreen__deps: [],
    emscripten_request_pointerlock: notSupported,
    emscripten_request_pointerlock__deps: [],
    emscripten_exit_pointerlock: notSupported,
    emscripten_exit_pointerlock__deps: [],
    // SDL listens for fullscreen and pointer lock changes only to keep its own flags for a
    // fullscreen or a lock it asked for (never, above): a page going fullscreen by itself
    // leaves them as they are, so the listeners change nothing and are not registered.
    // (The resize that comes with fullscreen is SDL's resize listener's, which stays.)
    emscripten_set_fullscreenchange_callback_on_thread: notSupported,
    emscripten_set_fullscreenchange_callback_on_thread__deps: [],
    emscripten_set_pointerlockchange_callback_on_thread: notSupported,
    emscripten_set_pointerlockchange_callback_on_thread__deps: [],
    // An empty environment: emscripten's made-up one (USER=web_user, HOME=/home/web_user,
    // LANG from navigator.language...) is read by no code of the web build (SDL looks up its
    // own SDL_* variables in it, which it never has).
    environ_sizes_get: function (countPointer, sizePointer) {
      HEAP32[countPointer >> 2] = HEAP32[sizePointer >> 2] = 0;
      return 0;
    },
    environ_sizes_get__deps: [],
    environ_get: function () { return 0; },
    environ_get__deps: [],
    $SYSCALLS: leanSyscalls,
    $Browser: leanBrowser,
    // emscripten's postset puts Browser's helpers on Module; none are kept.
    $Browser__postset: '',
    $FS: leanFs,
  });
})();
