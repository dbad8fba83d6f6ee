// Runs with `node --test display-board/src/test/js/` (BoardAudioScriptTest runs it from Maven).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const script = readFileSync(new URL('../../main/resources/META-INF/resources/scripts/onedoor-board-audio.js',
    import.meta.url), 'utf8');

/** A board page whose Audio elements only play when the test says they ended. */
function board({ refuse = [] } = {}) {
  const log = [];
  const sounding = new Set();
  let mostAtOnce = 0;
  class FakeAudio {
    constructor(url) { this.url = url; this.muted = false; }
    play() {
      log.push(this.url);
      if (refuse.includes(this.url)) return Promise.reject(new Error('NotAllowedError'));
      sounding.add(this); mostAtOnce = Math.max(mostAtOnce, sounding.size);
      return Promise.resolve();
    }
    pause() { sounding.delete(this); }
    end() { sounding.delete(this); this.onended && this.onended(); }
    fail() { sounding.delete(this); this.onerror && this.onerror(); }
  }
  const timers = new Map();
  let nextTimer = 1;
  const page = {
    Audio: FakeAudio,
    setTimeout: (fn, ms) => { timers.set(nextTimer, { fn, ms }); return nextTimer++; },
    clearTimeout: (id) => { timers.delete(id); },
  };
  page.window = page;
  vm.runInNewContext(script, page);
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  const now = () => [...sounding];
  const fireTimers = () => { const due = [...timers.values()]; timers.clear(); due.forEach((t) => t.fn()); };
  return { api: page.onedoorBoard, log, now, settle, mostAtOnce: () => mostAtOnce, timers, fireTimers };
}

async function endCurrent(b) {
  assert.equal(b.now().length, 1, 'exactly one sound plays');
  b.now()[0].end();
  await b.settle();
}

test('each call is its chime then its speech, one call after the other, never overlapping', async () => {
  const b = board();
  b.api.enqueue('chime.wav', 'a1.wav');
  b.api.enqueue('chime.wav', 'a2.wav');
  await b.settle();
  for (let i = 0; i < 4; i++) await endCurrent(b);

  assert.deepEqual(b.log, ['chime.wav', 'a1.wav', 'chime.wav', 'a2.wav']);
  assert.equal(b.mostAtOnce(), 1);
  assert.equal(b.api.pending(), 0);
});

test('muted speech is skipped but the chime still plays', async () => {
  const b = board();
  b.api.setSpeechMuted(true);
  b.api.enqueue('chime.wav', 'a1.wav');
  b.api.enqueue('chime.wav', 'a2.wav');
  await b.settle();
  assert.equal(b.now()[0].muted, false);
  await endCurrent(b);
  await endCurrent(b);

  assert.deepEqual(b.log, ['chime.wav', 'chime.wav']);
  assert.equal(b.api.isSpeechMuted(), true);
});

test('muting during speech silences that speech only, and the queue goes on', async () => {
  const b = board();
  b.api.enqueue('chime.wav', 'a1.wav');
  await b.settle();
  await endCurrent(b);
  const speech = b.now()[0];
  b.api.setSpeechMuted(true);
  b.api.enqueue('chime.wav', 'a2.wav');
  await b.settle();

  assert.equal(speech.url, 'a1.wav');
  assert.equal(speech.muted, true);
  await endCurrent(b);
  assert.equal(b.now()[0].url, 'chime.wav');
  assert.equal(b.now()[0].muted, false);
  await endCurrent(b);
  assert.equal(b.api.pending(), 0);
});

test('a sound the browser refuses or cannot load is skipped, not waited for', async () => {
  const b = board({ refuse: ['a1.wav'] });
  b.api.enqueue('chime.wav', 'a1.wav');
  b.api.enqueue('chime.wav', 'a2.wav');
  await b.settle();
  await endCurrent(b);
  await b.settle();
  await endCurrent(b);
  assert.equal(b.now()[0].url, 'a2.wav');
  b.now()[0].fail();
  await b.settle();

  assert.deepEqual(b.log, ['chime.wav', 'a1.wav', 'chime.wav', 'a2.wav']);
  assert.equal(b.api.pending(), 0);
  assert.equal(b.timers.size, 0, 'no timer left behind');
});

test('a sound that never ends is stopped after 30 s and the next call plays', async () => {
  const b = board();
  b.api.enqueue('chime.wav', 'stuck.wav');
  b.api.enqueue('chime.wav', 'a2.wav');
  await b.settle();
  await endCurrent(b);
  assert.equal(b.now()[0].url, 'stuck.wav');
  assert.deepEqual([...b.timers.values()].map((t) => t.ms), [30000]);
  b.fireTimers();
  await b.settle();

  assert.equal(b.now().length, 1);
  assert.equal(b.now()[0].url, 'chime.wav');
});
