(function () {
  'use strict';
  // Findings: filter rows by severity, category and text. Rows carry their values as data attributes.
  var severity = document.getElementById('f-severity');
  var category = document.getElementById('f-category');
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');
  var table = document.getElementById('findings-table');
  function filter() {
    var s = severity.value, c = category.value, t = text.value.trim().toLowerCase(), shown = 0;
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (!s || r.getAttribute('data-severity') === s) && (!c || r.getAttribute('data-category') === c)
          && (!t || r.textContent.toLowerCase().indexOf(t) >= 0);
      r.hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = String(shown);
  }
  if (table && severity && category && text) {
    severity.addEventListener('change', filter);
    category.addEventListener('change', filter);
    text.addEventListener('input', filter);
  }
  // Diagram: draw the selected attack path by highlighting the zones and conduits it passes.
  var select = document.getElementById('path-select');
  var svg = document.getElementById('zone-diagram');
  function draw() {
    var lit = svg.querySelectorAll('.hl');
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove('hl'); }
    var option = select.options[select.selectedIndex];
    if (!option || !option.value) { svg.classList.remove('tracing'); return; }
    svg.classList.add('tracing');
    var ids = ((option.getAttribute('data-nodes') || '') + ' ' + (option.getAttribute('data-edges') || '')).split(' ');
    for (var j = 0; j < ids.length; j++) {
      if (ids[j]) {
        var element = document.getElementById('dg-' + ids[j]);
        if (element) { element.classList.add('hl'); }
      }
    }
  }
  if (select && svg) {
    select.addEventListener('change', draw);
    var buttons = document.querySelectorAll('button.show-path');
    for (var k = 0; k < buttons.length; k++) {
      buttons[k].addEventListener('click', function (event) {
        select.value = event.currentTarget.getAttribute('data-path');
        draw();
        document.getElementById('diagram').scrollIntoView();
      });
    }
  }
}());
