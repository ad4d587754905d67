/* parley dashboard: draws the Vega-Lite charts whose specs the page carries.
 * Each chart container names the <script type="application/json"> holding its spec in
 * data-spec. Charts are drawn as SVG (readable by screen readers, sharp when zoomed) with the
 * export menu off, since it links to an online editor. Without JavaScript the tables under
 * each chart still give every number and link. */
(function () {
  "use strict";

  function draw(el) {
    var source = document.getElementById(el.getAttribute("data-spec"));
    if (!source || typeof vegaEmbed !== "function") {
      el.textContent = "The chart cannot be drawn here; the table below lists the same data.";
      el.setAttribute("data-rendered", "failed");
      return;
    }
    var spec = JSON.parse(source.textContent);
    vegaEmbed(el, spec, { renderer: "svg", actions: false, tooltip: { theme: "light" } })
      .then(function () { el.setAttribute("data-rendered", "true"); })
      .catch(function (err) {
        el.textContent = "The chart could not be drawn (" + err.message + "); the table below lists the same data.";
        el.setAttribute("data-rendered", "failed");
      });
  }

  function focusSentence() {
    var focus = document.getElementById("focus");
    if (focus && !window.location.hash) {
      focus.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".vega[data-spec]"), draw);
    focusSentence();
  });
})();
