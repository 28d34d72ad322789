// web_renderer.js: an emscripten JS library (linked with --js-library in the web build):
// the shader program of the game's WebGL2 renderer (renderer_web.cpp).
//
// Why here and not in C++: compiling and linking a program is quick to ask for but slow
// to finish (the GPU process compiles; with a software GPU 100-200 ms), and every query
// of its result (compile or link status, a uniform's location) makes the page wait until
// it is done. So the program is started as early as possible and not asked about until
// the first frame draws with it: web/page.js calls Module.startShaderProgram right after
// it has made the WebGL2 context (while game.wasm still compiles), and the game takes
// that program (study_gl_take_program) instead of making one when its renderer starts.
mergeInto(LibraryManager.library, {
  $studyShaderProgram__postset: 'Module["startShaderProgram"] = studyShaderProgram.start;',
  $studyShaderProgram: {
    started: null,  // {gl, program, shaders}: the program started for context gl
    // ImGui's vertex data: position (location 0), texture coordinates (1), colour (2).
    // Transform maps ImGui's coordinates to clip space (scale xy, then offset zw). The
    // font texture has one channel, the glyphs' coverage (ImGui's atlas in Alpha8).
    vertex: '#version 300 es\n' +
      'precision highp float;\n' +
      'layout (location = 0) in vec2 Position;\n' +
      'layout (location = 1) in vec2 UV;\n' +
      'layout (location = 2) in vec4 Color;\n' +
      'uniform vec4 Transform;\n' +
      'out vec2 Frag_UV;\n' +
      'out vec4 Frag_Color;\n' +
      'void main() {\n' +
      '  Frag_UV = UV;\n' +
      '  Frag_Color = Color;\n' +
      '  gl_Position = vec4(Position * Transform.xy + Transform.zw, 0.0, 1.0);\n' +
      '}\n',
    fragment: '#version 300 es\n' +
      'precision mediump float;\n' +
      'uniform sampler2D Texture;\n' +
      'in vec2 Frag_UV;\n' +
      'in vec4 Frag_Color;\n' +
      'layout (location = 0) out vec4 Out_Color;\n' +
      'void main() {\n' +
      '  Out_Color = vec4(Frag_Color.rgb, Frag_Color.a * texture(Texture, Frag_UV).r);\n' +
      '}\n',
    // Asks the context gl to compile and link the program; asks nothing about it.
    start: function (gl) {
      var shaders = [[gl.VERTEX_SHADER, studyShaderProgram.vertex], [gl.FRAGMENT_SHADER, studyShaderProgram.fragment]];
      var program = gl.createProgram();
      shaders = shaders.map(function (kind) {
        var shader = gl.createShader(kind[0]);
        gl.shaderSource(shader, kind[1]);
        gl.compileShader(shader);
        gl.attachShader(program, shader);
        return shader;
      });
      gl.linkProgram(program);
      studyShaderProgram.started = { gl: gl, program: program, shaders: shaders };
    },
  },

  // The program for the game's context (GLctx), started earlier by the page or now, under
  // an id for glUseProgram.
  study_gl_take_program__deps: ['$studyShaderProgram', '$GL'],
  study_gl_take_program: function () {
    var started = studyShaderProgram.started;
    if (!started || started.gl !== GLctx) {
      studyShaderProgram.start(GLctx);
      started = studyShaderProgram.started;
    }
    var program = started.program, id = GL.getNewId(GL.programs);
    program.name = id;  // as glCreateProgram keeps it
    program.maxUniformLength = program.maxAttributeLength = program.maxUniformBlockNameLength = 0;
    program.uniformIdCounter = 1;
    GL.programs[id] = program;
    return id;
  },

  // Before the first draw with the program: the one wait for its result (by now long
  // done). 1 if it linked; else says why in the console and stops the game with a message.
  study_gl_check_program__deps: ['$studyShaderProgram', '$GL'],
  study_gl_check_program: function (id) {
    var started = studyShaderProgram.started, program = GL.programs[id];
    if (GLctx.getProgramParameter(program, GLctx.LINK_STATUS)) {
      started.shaders.forEach(function (shader) {
        GLctx.detachShader(program, shader);
        GLctx.deleteShader(shader);
      });
      started.shaders = [];
      return 1;
    }
    started.shaders.forEach(function (shader) {
      err('Study Arcade: shader: ' + GLctx.getShaderInfoLog(shader));
    });
    err('Study Arcade: shader program: ' + GLctx.getProgramInfoLog(program));
    // Nothing can be drawn: the page says so (its onAbort) instead of a blank canvas.
    abort('this browser\'s WebGL2 could not build the game\'s shaders');
    return 0;
  },

  // Sets the program's Transform (the program is in use).
  study_gl_set_transform__deps: ['$GL'],
  study_gl_set_transform: function (id, scaleX, scaleY, offsetX, offsetY) {
    var program = GL.programs[id];
    if (!program.studyTransform) program.studyTransform = GLctx.getUniformLocation(program, 'Transform');
    GLctx.uniform4f(program.studyTransform, scaleX, scaleY, offsetX, offsetY);
  },
});
