#!/usr/bin/env node
'use strict';
// Validates .sb3 / .sprite3 files with npm scratch-parser, the way Scratch does on load.
// Prints "ok FILE" or "FAIL FILE: <parser message>" per file; exits 1 if any failed.

const fs = require('fs');
const parser = require('scratch-parser');

function validate(bytes, isSprite) {
    return new Promise(resolve => {
        parser(bytes, isSprite, (err, result) => resolve(err ? {err} : {result}));
    });
}

async function main() {
    const files = process.argv.slice(2);
    if (files.length === 0) {
        process.stderr.write('usage: node validate.js FILE.sb3|FILE.sprite3 ...\n');
        process.exit(2);
    }
    let failed = 0;
    for (const file of files) {
        const isSprite = file.endsWith('.sprite3');
        let message = null;
        try {
            const {err, result} = await validate(fs.readFileSync(file), isSprite);
            if (err) message = typeof err === 'string' ? err : JSON.stringify(err);
            else if (result[0].projectVersion !== 3) message = `parsed as Scratch ${result[0].projectVersion}, not 3`;
        } catch (e) {
            message = String(e);
        }
        if (message) {
            failed++;
            process.stdout.write(`FAIL ${file}: ${message}\n`);
        } else {
            process.stdout.write(`ok ${file}\n`);
        }
    }
    process.exit(failed ? 1 : 0);
}

main();
