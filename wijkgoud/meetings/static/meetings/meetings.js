// Shared meeting notes: save by themselves a few seconds after typing stops. Without this
// script the "Save the notes" button does the same. When someone else saved in between,
// the server keeps both texts and we show theirs next to yours: nothing is lost.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch) return;
  var notes = form.querySelector("textarea[name=notes]");
  var version = form.querySelector("input[name=version]");
  var status = form.querySelector("[data-autosave-status]");
  var conflict = document.querySelector("[data-notes-conflict]");
  var theirs = document.querySelector("[data-notes-theirs]");
  var timer = null;
  var busy = false;
  var again = false;

  function save() {
    if (busy) { again = true; return; }
    busy = true;
    var sent = notes.value;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        var data = result.data;
        if (data.status === "saved") {
          version.value = data.version;
          status.textContent = form.dataset.savedLabel + " " + data.at;
        } else if (data.status === "conflict") {
          version.value = data.version;
          theirs.textContent = data.theirs;
          conflict.hidden = false;
          status.textContent = "";
        } else {
          throw new Error("unexpected answer");
        }
        if (notes.value !== sent) again = true;
      })
      .catch(function () {
        status.textContent = form.dataset.failedLabel;
      })
      .finally(function () {
        busy = false;
        if (again) { again = false; schedule(); }
      });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 2500);
  }

  notes.addEventListener("input", schedule);
})();
