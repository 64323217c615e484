/* policyparse report: legend toggles, flash on navigation, and a self-check of the links. */
(function () {
  "use strict";
  var root = document.documentElement;

  function segmentsOf(id) {
    return document.querySelectorAll('[data-ids~="' + id.replace(/["\\]/g, "") + '"]');
  }

  function flash(id) {
    var found = segmentsOf(id);
    Array.prototype.forEach.call(found, function (el) {
      el.classList.add("flash");
      window.setTimeout(function () { el.classList.remove("flash"); }, 1600);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("input[data-toggle]"), function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });

  window.addEventListener("hashchange", function () {
    flash(decodeURIComponent(window.location.hash.slice(1)));
  });

  // Self-check: every in-page link has its anchor, every target is highlighted.
  var problems = [];
  Array.prototype.forEach.call(document.querySelectorAll('a[href^="#"]'), function (link) {
    var id = decodeURIComponent(link.getAttribute("href").slice(1));
    if (id && !document.getElementById(id)) { problems.push("missing anchor " + id); }
  });
  Array.prototype.forEach.call(document.querySelectorAll('li.o-target a'), function (link) {
    var id = link.getAttribute("href").slice(1);
    if (segmentsOf(id).length === 0) { problems.push("target not highlighted " + id); }
  });
  root.setAttribute("data-checked", problems.length ? problems.join(" | ") : "ok");
})();
