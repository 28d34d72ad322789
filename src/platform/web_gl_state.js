// web_gl_state.js: an emscripten JS library (linked with --js-library in the web build)
// that answers the few glGetIntegerv queries WebGL cannot answer without a round trip to
// the GPU process, from the values the game itself last set.
//
// Why: ImGui's OpenGL3 backend saves the GL state before drawing and restores it after,
// which takes ~20 glGet calls a frame. Chromium answers most of them from its own copy of
// the state, but not the scissor box nor the blend functions and equations: the first of
// those waits until the GPU process has finished every command sent before (the whole
// previous frame). Traced in Chromium, a card flip spent ~60 ms per frame in that one
// glGetIntegerv(GL_SCISSOR_BOX), 97 % of the frame's script time.
//
// The game is the only user of its WebGL context and every change of these values goes
// through the functions below, so the values kept here are the context's. A value never
// set yet is asked of WebGL once (the defaults of a new context).
mergeInto(LibraryManager.library, {
  $studyGlState: {
    // The values kept, and how many integers each is: GL_SCISSOR_BOX, GL_BLEND_DST_RGB,
    // GL_BLEND_SRC_RGB, GL_BLEND_DST_ALPHA, GL_BLEND_SRC_ALPHA, GL_BLEND_EQUATION_RGB and
    // GL_BLEND_EQUATION_ALPHA.
    counts: { 0x0C10: 4, 0x80C8: 1, 0x80C9: 1, 0x80CA: 1, 0x80CB: 1, 0x8009: 1, 0x883D: 1 },
    values: {},  // GL enum -> [integers]
  },

  glScissor__deps: ['$studyGlState'],
  glScissor: function(x, y, width, height) {
    studyGlState.values[0x0C10] = [x, y, width, height];  // GL_SCISSOR_BOX
    GLctx.scissor(x, y, width, height);
  },

  glBlendFunc__deps: ['$studyGlState'],
  glBlendFunc: function(src, dst) {
    var v = studyGlState.values;
    v[0x80C9] = v[0x80CB] = [src];  // GL_BLEND_SRC_RGB, GL_BLEND_SRC_ALPHA
    v[0x80C8] = v[0x80CA] = [dst];  // GL_BLEND_DST_RGB, GL_BLEND_DST_ALPHA
    GLctx.blendFunc(src, dst);
  },

  glBlendFuncSeparate__deps: ['$studyGlState'],
  glBlendFuncSeparate: function(srcRgb, dstRgb, srcAlpha, dstAlpha) {
    var v = studyGlState.values;
    v[0x80C9] = [srcRgb];
    v[0x80C8] = [dstRgb];
    v[0x80CB] = [srcAlpha];
    v[0x80CA] = [dstAlpha];
    GLctx.blendFuncSeparate(srcRgb, dstRgb, srcAlpha, dstAlpha);
  },

  glBlendEquation__deps: ['$studyGlState'],
  glBlendEquation: function(mode) {
    studyGlState.values[0x8009] = studyGlState.values[0x883D] = [mode];  // GL_BLEND_EQUATION_RGB, _ALPHA
    GLctx.blendEquation(mode);
  },

  glBlendEquationSeparate__deps: ['$studyGlState'],
  glBlendEquationSeparate: function(modeRgb, modeAlpha) {
    studyGlState.values[0x8009] = [modeRgb];
    studyGlState.values[0x883D] = [modeAlpha];
    GLctx.blendEquationSeparate(modeRgb, modeAlpha);
  },

  glGetIntegerv__deps: ['$emscriptenWebGLGet', '$studyGlState'],
  glGetIntegerv: function(name, p) {
    var kept = studyGlState.values[name];
    if (kept && p) {
      for (var i = 0; i < kept.length; i++) HEAP32[(p >> 2) + i] = kept[i];
      return;
    }
    emscriptenWebGLGet(name, p, {{{ cDefine('EM_FUNC_SIG_PARAM_I') }}});
    // Asked once: from now on kept here (these never change behind the game's back).
    var count = studyGlState.counts[name];
    if (p && count) studyGlState.values[name] = Array.prototype.slice.call(HEAP32.subarray(p >> 2, (p >> 2) + count));
  },
});
