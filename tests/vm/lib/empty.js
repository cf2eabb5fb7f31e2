'use strict';
// An empty project (a stage with a white backdrop) for loading a .sprite3 into: the runner
// loads this, then adds the sprite, as a person would upload a sprite into a new project.

const crypto = require('crypto');
const JSZip = require('jszip');

const BACKDROP = '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360">' +
    '<rect width="480" height="360" fill="#ffffff"/></svg>';

let cached = null;

async function emptyProjectZip() {
    if (cached) return cached;
    const md5 = crypto.createHash('md5').update(BACKDROP).digest('hex');
    const project = {
        targets: [{
            isStage: true, name: 'Stage', variables: {}, lists: {}, broadcasts: {}, blocks: {}, comments: {},
            currentCostume: 0, sounds: [], volume: 100, layerOrder: 0,
            costumes: [{name: 'backdrop1', dataFormat: 'svg', assetId: md5, md5ext: `${md5}.svg`,
                rotationCenterX: 240, rotationCenterY: 180, bitmapResolution: 1}]
        }],
        monitors: [], extensions: [], meta: {semver: '3.0.0', vm: '0.2.0', agent: 'llm2sb3 runner'}
    };
    const zip = new JSZip();
    zip.file('project.json', JSON.stringify(project));
    zip.file(`${md5}.svg`, BACKDROP);
    cached = await zip.generateAsync({type: 'nodebuffer'});
    return cached;
}

module.exports = {emptyProjectZip};
