// The total of the ticked payments, shown while choosing what goes in a batch.
// Progressive enhancement: without JavaScript the batch page shows the total before export.
(function () {
  "use strict";
  var output = document.querySelector("[data-chosen-total]");
  if (!output || !window.Intl) return;
  var boxes = document.querySelectorAll("input[name=items][data-amount]");
  var money = new Intl.NumberFormat(document.documentElement.lang, {
    style: "currency",
    currency: "EUR",
  });
  function update() {
    var cents = 0;
    var count = 0;
    boxes.forEach(function (box) {
      if (box.checked) {
        cents += Math.round(parseFloat(box.dataset.amount) * 100);
        count += 1;
      }
    });
    output.textContent = output.dataset.label + " " + count + " · " + money.format(cents / 100);
  }
  boxes.forEach(function (box) { box.addEventListener("change", update); });
  update();
  output.hidden = false;
})();
