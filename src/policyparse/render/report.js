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

  // Filters: free text, agency, year and kind over every element that carries data-kind.
  var controls = {
    text: document.getElementById("f-text"),
    agency: document.getElementById("f-agency"),
    year: document.getElementById("f-year"),
    kind: document.getElementById("f-kind")
  };

  // data-kind / data-year absent: any kind or year (the owners table); data-year="": no year.
  function matches(el, text, agency, year, kind) {
    var kinds = el.getAttribute("data-kind");
    var years = el.getAttribute("data-year");
    var agencies = (el.getAttribute("data-agencies") || "").split("|");
    if (kind && kinds !== null && kinds !== kind) { return false; }
    if (year && years !== null && years !== year) { return false; }
    if (agency && agencies.indexOf(agency) < 0) { return false; }
    if (text && (el.textContent || "").toLowerCase().indexOf(text) < 0) { return false; }
    return true;
  }

  function valueOf(el) { return el ? el.value : ""; }

  function applyFilters() {
    if (!controls.text) { return; }
    var text = controls.text.value.trim().toLowerCase();
    var agency = valueOf(controls.agency), year = valueOf(controls.year), kind = valueOf(controls.kind);
    var shown = 0, total = 0;
    Array.prototype.forEach.call(document.querySelectorAll("table.filterable tbody tr, li.t-item"), function (el) {
      var ok = matches(el, text, agency, year, kind);
      el.hidden = !ok;
      if (el.tagName === "TR" && (el.hasAttribute("data-kind") || el.closest("table.counted"))) {
        total += 1; shown += ok ? 1 : 0;
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll("li.t-year"), function (yearEl) {
      var items = yearEl.querySelectorAll("li.t-item");
      var visible = yearEl.querySelectorAll("li.t-item:not([hidden])");
      yearEl.hidden = items.length > 0 && visible.length === 0;
    });
    var active = text || agency || year || kind;
    var count = document.getElementById("f-count");
    var noun = count ? (count.getAttribute("data-noun") || "targets and tasks") : "";
    if (count) { count.textContent = active ? shown + " of " + total + " " + noun : ""; }
    root.setAttribute("data-filtered", active ? String(shown) : "");
  }

  // A filtered view can be linked to: report.html?agency=…&year=2025&kind=goal&text=…
  var params = new URLSearchParams(window.location.search);
  Object.keys(controls).forEach(function (name) {
    var el = controls[name];
    if (el && params.has(name)) { el.value = params.get(name); }
    if (el) { el.addEventListener(name === "text" ? "input" : "change", applyFilters); }
  });
  applyFilters();

  // Sortable tables (the corpus pages): a click on a header sorts by that column, again reverses.
  function cellValue(row, index) {
    var text = (row.cells[index] ? row.cells[index].textContent : "").trim();
    var whole = /^-?[0-9][0-9,]*(\.[0-9]+)?$/.test(text);  // a number, not a date or a range
    return { text: text, number: whole ? parseFloat(text.replace(/,/g, "")) : NaN };
  }

  function sortBy(table, index, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index), order;
      if (!isNaN(x.number) && !isNaN(y.number)) { order = x.number - y.number; }
      else if (!x.text || !y.text) { order = x.text ? -1 : (y.text ? 1 : 0); return order; }
      else { order = x.text.localeCompare(y.text, "zh"); }
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.classList.add("sort");
      th.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortBy(table, index, descending);
      });
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
