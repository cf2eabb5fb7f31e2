'use strict';
// A tiny static file server for dist/ (node's http module), on 127.0.0.1 and a free port.
// `/__test__/scaffolding.js` serves TurboWarp's scaffolding for the full build test.

const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.json': 'application/json',
  '.bin': 'application/octet-stream', '.md': 'text/plain; charset=utf-8',
};
const SCAFFOLDING = path.join(__dirname, 'node_modules', '@turbowarp', 'packager', 'dist', 'scaffolding', 'scaffolding-min.js');

function serve(root) {
  const server = http.createServer((req, res) => {
    let file;
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/__test__/scaffolding.js') file = SCAFFOLDING;
    else if (url.pathname === '/__test__/blank.html') {
      res.writeHead(200, {'content-type': TYPES['.html']});
      return res.end('<!doctype html><meta charset="utf-8"><body></body>');
    } else {
      file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, {'content-type': 'text/plain'}); return res.end('not found'); }
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = {serve};

if (require.main === module) {
  const root = path.resolve(process.argv[2] || 'dist');
  serve(root).then((s) => console.log(`serving ${root} at http://127.0.0.1:${s.address().port}/`));
}
