'use strict';
// Command-line options shared by run.js and the benchmarks.

const USAGE = `usage: node run.js FILE.sb3|FILE.sprite3 [FILE2 ...] [options]
  (a .sprite3 is added to an empty project first, as if uploaded into a new project)
  --vm scratch|turbowarp   which VM runs the files (default scratch: npm scratch-vm in Node)
  --timeout S              seconds per file before giving up (default 600)
  --list NAME              also print the list NAME under "lists" (repeatable)
  --var NAME               also print the variable NAME under "vars" (repeatable)
  --set NAME=VALUE         set variable NAME before the green flag (repeatable; numbers stay numbers)
  --answer TEXT            answer every "ask and wait" with TEXT (default: empty answer);
                           --prompt TEXT is the same (the model project asks for its prompt)
  --steps N                the model project's steps slider (same as --set steps=N)
Prints one JSON line per file: {"file","vm","out","seconds",...}; for the model project also
"text" (the story), "tokens" (the token ids), "tokens_per_second" (tokens / seconds, green
flag to done) and "project_tokens_per_second" (the project's own readout). Exits 1 if any
file failed.`;

function parseArgs(argv) {
    const opts = {files: [], vm: 'scratch', timeout: 600, lists: [], vars: [], set: [], answer: null};
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = () => {
            if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
            return argv[++i];
        };
        switch (a) {
        case '--vm': opts.vm = value(); break;
        case '--timeout': opts.timeout = Number(value()); break;
        case '--list': opts.lists.push(value()); break;
        case '--var': opts.vars.push(value()); break;
        case '--answer': case '--prompt': opts.answer = value(); break;
        case '--steps': {
            const n = Number(value());
            if (!Number.isInteger(n) || n < 0) throw new Error('--steps wants a non-negative integer');
            opts.set.push(['steps', n]);
            break;
        }
        case '--set': {
            const s = value();
            const eq = s.indexOf('=');
            if (eq <= 0) throw new Error(`--set wants NAME=VALUE, got ${JSON.stringify(s)}`);
            const raw = s.slice(eq + 1);
            const asNumber = Number(raw);
            opts.set.push([s.slice(0, eq), raw.trim() !== '' && !Number.isNaN(asNumber) ? asNumber : raw]);
            break;
        }
        case '-h': case '--help': console.log(USAGE); process.exit(0); break;
        default:
            if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
            opts.files.push(a);
        }
    }
    if (!['scratch', 'turbowarp'].includes(opts.vm)) throw new Error(`--vm must be scratch or turbowarp, got ${opts.vm}`);
    if (!(opts.timeout > 0)) throw new Error('--timeout must be a positive number of seconds');
    if (opts.files.length === 0) throw new Error(`no files given\n${USAGE}`);
    return opts;
}

module.exports = {parseArgs, USAGE};
