// Glossary, as an enhancement (every page works without it):
// 1. A marked word: the first tap or click shows its meaning, the next one opens its page.
//    Escape hides the meaning (WCAG 1.4.13); a tap elsewhere closes it.
// 2. The jargon checker: while someone types in a textarea[data-jargon-check], the advice
//    under it is refreshed after a short pause.
(function () {
  "use strict";

  function closeAll(except) {
    document.querySelectorAll(".term.is-open").forEach(function (term) {
      if (term !== except) term.classList.remove("is-open");
    });
  }

  // Slide a shown meaning sideways so it stays on a narrow screen, in either direction.
  function keepOnScreen(term) {
    var tip = term.querySelector(".term__tip");
    if (!tip) return;
    tip.style.transform = "";
    var box = tip.getBoundingClientRect();
    if (!box.width) return;
    var margin = 8;
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (box.right > width - margin) shift = width - margin - box.right;
    if (box.left + shift < margin) shift = margin - box.left;
    if (shift) tip.style.transform = "translateX(" + Math.round(shift) + "px)";
  }

  document.addEventListener("click", function (event) {
    var word = event.target.closest && event.target.closest(".term__word");
    if (!word) { closeAll(null); return; }
    var term = word.parentElement;
    if (term.classList.contains("is-open")) return; // second tap: follow the link
    event.preventDefault();
    closeAll(term);
    term.classList.remove("is-dismissed");
    term.classList.add("is-open");
    keepOnScreen(term);
  });

  ["mouseover", "focusin"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var term = event.target.closest && event.target.closest(".term");
      if (term) keepOnScreen(term);
    });
  });
  ["mouseout", "focusout"].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var term = event.target.closest && event.target.closest(".term");
      if (term && !term.contains(event.relatedTarget)) term.classList.remove("is-dismissed");
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".term:hover, .term:focus-within, .term.is-open").forEach(
      function (term) {
        term.classList.remove("is-open");
        term.classList.add("is-dismissed");
      }
    );
  });

  document.querySelectorAll("textarea[data-jargon-check]").forEach(function (field) {
    var ids = (field.getAttribute("aria-describedby") || "").split(" ");
    var target = document.getElementById(ids[ids.length - 1]);
    var form = field.form;
    if (!target || !form || !window.fetch) return;
    var timer = null;
    var last = null;
    function check() {
      if (field.value === last) return;
      last = field.value;
      var data = new FormData();
      data.append("text", field.value);
      data.append("fragment", "1");
      var token = form.querySelector("input[name=csrfmiddlewaretoken]");
      if (token) data.append("csrfmiddlewaretoken", token.value);
      fetch(field.dataset.jargonCheck, { method: "POST", body: data, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null && field.value === last) target.innerHTML = html; })
        .catch(function () {});
    }
    field.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 700);
    });
    // The advice follows the typing, so the "Check my text" button is only needed without
    // the script; removed, it can no longer catch the Enter key meant to send the form.
    form.querySelectorAll("button[name=check_text]").forEach(function (button) {
      button.remove();
    });
    if (field.value && !target.textContent.trim()) check();
  });
})();
