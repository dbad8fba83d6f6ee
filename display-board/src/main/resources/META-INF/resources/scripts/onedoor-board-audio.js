/*
 * The wall board's one sound queue: for each call a chime, then the spoken announcement, one call
 * after the other and never two sounds at once. Muting speech never mutes the chime.
 *
 *   window.onedoorBoard.enqueue('/api/v1/board/chime.wav', '/api/v1/board/calls/123.wav');
 *   window.onedoorBoard.setSpeechMuted(true);
 *   window.onedoorBoard.setVoice(false, 0.8, 2);   // speaks, at 80 % volume, each call twice
 *
 * Browsers refuse to play sound before someone touches the page. A board is not touched, so it runs
 * Chromium with --autoplay-policy=no-user-gesture-required (with --kiosk). Where play() is refused
 * anyway, that sound is skipped so the queue never stalls; so is one that fails to load or hangs.
 */
(function (global) {
  'use strict';
  var LONGEST_SOUND_MS = 30000;
  var queue = [];
  var playing = false;
  var speechMuted = false;
  var speechVolume = 1;
  var speechRepeats = 1;
  var currentSpeech = null;
  /** The last sounds and how each ended, for the board's health check and the tests. */
  var history = [];

  function play(url, isSpeech) {
    return new Promise(function (resolve) {
      var audio = new global.Audio(url);
      var timer = global.setTimeout(function () { finish({ type: 'timeout' }); }, LONGEST_SOUND_MS);
      function finish(how) {
        history.push({ url: url, end: (how && how.type) || 'refused' });
        if (history.length > 50) history.shift();
        global.clearTimeout(timer);
        audio.onended = audio.onerror = null;
        if (isSpeech) currentSpeech = null;
        audio.pause();
        resolve();
      }
      audio.onended = finish;
      audio.onerror = finish;
      if (isSpeech) {
        currentSpeech = audio;
        audio.volume = speechVolume;
      }
      var started = audio.play();
      if (started && typeof started.catch === 'function') started.catch(finish);
    });
  }

  async function drain() {
    if (playing) return;
    playing = true;
    try {
      while (queue.length > 0) {
        var call = queue.shift();
        if (call.chimeUrl) await play(call.chimeUrl, false);
        for (var i = 0; call.speechUrl && !speechMuted && i < speechRepeats; i++) await play(call.speechUrl, true);
      }
    } finally {
      playing = false;
    }
  }

  global.onedoorBoard = {
    enqueue: function (chimeUrl, speechUrl) {
      queue.push({ chimeUrl: chimeUrl, speechUrl: speechUrl });
      drain();
    },
    setSpeechMuted: function (muted) {
      speechMuted = !!muted;
      if (currentSpeech) currentSpeech.muted = speechMuted;
    },
    setVoice: function (muted, volume, repeats) {
      this.setSpeechMuted(muted);
      speechVolume = Math.max(0, Math.min(1, Number(volume)));
      speechRepeats = Math.max(1, Math.min(3, Math.floor(Number(repeats)) || 1));
      if (currentSpeech) currentSpeech.volume = speechVolume;
    },
    voice: function () { return { muted: speechMuted, volume: speechVolume, repeats: speechRepeats }; },
    isSpeechMuted: function () { return speechMuted; },
    history: function () { return history.slice(); },
    /** Calls waiting or sounding now. */
    pending: function () { return queue.length + (playing ? 1 : 0); }
  };
})(window);
