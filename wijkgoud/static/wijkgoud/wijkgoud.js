// Read aloud: the browser's own speech synthesis reads the main content.
// Progressive enhancement: the button stays hidden where speech is not supported.
(function () {
  "use strict";
  var button = document.querySelector("button.read-aloud");
  if (!button || !("speechSynthesis" in window)) return;
  var synth = window.speechSynthesis;
  button.hidden = false;
  function label(reading) {
    button.textContent = reading ? button.dataset.labelStop : button.dataset.labelStart;
    button.setAttribute("aria-pressed", reading ? "true" : "false");
  }
  button.addEventListener("click", function () {
    if (synth.speaking) { synth.cancel(); label(false); return; }
    var target = document.querySelector(button.dataset.read);
    var utterance = new SpeechSynthesisUtterance(target ? target.innerText : "");
    utterance.lang = document.documentElement.lang;
    utterance.onend = utterance.onerror = function () { label(false); };
    synth.speak(utterance);
    label(true);
  });
})();
