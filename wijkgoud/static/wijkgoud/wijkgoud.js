// Read aloud: the browser's own speech synthesis reads the main content.
// Progressive enhancement: the button stays hidden where speech is not supported.
// The visible label says what a press will do ("Read aloud" / "Stop reading"), so screen
// readers hear the same words; no aria-pressed, which would contradict a changing label.
(function () {
  "use strict";
  var button = document.querySelector("button.read-aloud");
  if (!button || !("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) return;
  var synth = window.speechSynthesis;
  var text = button.querySelector(".read-aloud__label") || button;
  function label(reading) {
    text.textContent = reading ? button.dataset.labelStop : button.dataset.labelStart;
  }
  button.addEventListener("click", function () {
    if (synth.speaking || synth.pending) { synth.cancel(); label(false); return; }
    var target = document.querySelector(button.dataset.read);
    var utterance = new SpeechSynthesisUtterance(target ? target.innerText : "");
    utterance.lang = document.documentElement.lang;
    utterance.onend = utterance.onerror = function () { label(false); };
    synth.speak(utterance);
    label(true);
  });
  // Never keep talking about a page that is gone.
  window.addEventListener("pagehide", function () { synth.cancel(); });
  synth.cancel();
  button.hidden = false;
})();
