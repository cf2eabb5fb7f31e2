'use strict';
// Serves the official Scratch editor (scratch-gui-standalone's built dist/, fetched by
// scripts/setup-editor.sh into vendor/) on 127.0.0.1 and a free port, with our mount page
// (editor.html) at `/`. The bundle loads its chunks and assets from `/` (webpack publicPath).

const fs = require('fs');
const http = require('http');
const path = require('path');

const DIST = path.join(__dirname, 'vendor', 'scratch-gui-standalone', 'dist');
const PAGE = path.join(__dirname, 'editor.html');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.gif': 'image/gif', '.json': 'application/json', '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
  '.cur': 'image/x-icon', '.ico': 'image/x-icon', '.hex': 'application/octet-stream',
};

/** Starts the server; resolves to the listening http.Server. */
function serve() {
  if (!fs.existsSync(path.join(DIST, 'scratch-gui-standalone.js'))) {
    throw new Error(`the Scratch editor is not installed in ${DIST}: run bash scripts/setup-editor.sh`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = url.pathname === '/' ? PAGE : path.join(DIST, decodeURIComponent(url.pathname));
    if (file !== PAGE && !file.startsWith(DIST + path.sep)) { res.writeHead(403); return res.end(); }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404, {'content-type': 'text/plain'}); return res.end('not found'); }
      res.writeHead(200, {'content-type': TYPES[path.extname(file)] || 'application/octet-stream'});
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = {serve};

if (require.main === module) {
  serve().then((s) => console.log(`Scratch editor at http://127.0.0.1:${s.address().port}/`));
}
