// IBP Portal: progressive enhancement only. Every page works without this file.
(function () {
  'use strict';

  // Tag filters on listing pages: filter the cards in place instead of loading the tag page.
  function enhanceFilters() {
    var nav = document.querySelector('.ibp-filters:not(.ibp-filters--sector)');
    var items = document.querySelectorAll('.ibp-listing > li[data-tags]');
    if (!nav || items.length === 0) { return; }
    var status = document.createElement('p');
    status.className = 'nhsuk-body-s';
    status.setAttribute('role', 'status');
    nav.appendChild(status);
    var active = null;
    nav.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-filter]');
      if (!link) { return; }
      event.preventDefault();
      var slug = link.getAttribute('data-filter');
      active = active === slug ? null : slug;
      var shown = 0;
      items.forEach(function (item) {
        var tags = (item.getAttribute('data-tags') || '').split(' ');
        var visible = active === null || tags.indexOf(active) >= 0;
        item.hidden = !visible;
        if (visible) { shown++; }
      });
      nav.querySelectorAll('a[data-filter]').forEach(function (a) {
        a.setAttribute('aria-pressed', a.getAttribute('data-filter') === active ? 'true' : 'false');
      });
      status.textContent = active === null ? 'Showing all ' + shown + ' items.' : 'Showing ' + shown + ' items tagged ' + link.textContent.replace(/\s*\(?\d+.*$/, '') + '.';
    });
  }

  // Peer filters on benchmarking tables: show only rows of the chosen peer group.
  function enhancePeerSelect() {
    document.querySelectorAll('select[data-ibp-peer-filter]').forEach(function (select) {
      var table = document.getElementById(select.getAttribute('data-ibp-peer-filter'));
      if (!table) { return; }
      select.addEventListener('change', function () {
        table.querySelectorAll('tbody tr[data-peer]').forEach(function (row) {
          row.hidden = select.value !== '' && row.getAttribute('data-peer') !== select.value;
        });
      });
      select.closest('.ibp-peer-filter').hidden = false;
    });
  }

  // Wide tables and charts scroll inside their wrapper on small screens. A wrapper that scrolls becomes a named,
  // focusable region so keyboard users can scroll it too (WCAG 2.1.1); one that fits stays out of the tab order.
  function enhanceScrollRegions() {
    var wrappers = document.querySelectorAll('.ibp-table-scroll, .ibp-chart__image, main pre');
    if (wrappers.length === 0) { return; }
    function update() {
      wrappers.forEach(function (wrapper) {
        var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
        if (scrolls && !wrapper.hasAttribute('tabindex')) {
          var caption = wrapper.querySelector('caption') || wrapper.querySelector('svg > title');
          wrapper.setAttribute('tabindex', '0');
          wrapper.setAttribute('role', 'region');
          var fallback = wrapper.tagName === 'PRE' ? 'Code sample' : 'Table';
          wrapper.setAttribute('aria-label', (caption ? caption.textContent.trim() : fallback) + ' (scrolls sideways)');
        } else if (!scrolls && wrapper.hasAttribute('tabindex')) {
          wrapper.removeAttribute('tabindex');
          wrapper.removeAttribute('role');
          wrapper.removeAttribute('aria-label');
        }
      });
    }
    update();
    var pending = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(update, 100);
    });
    // Tables inside closed "Show the data" details have no width until opened.
    document.addEventListener('toggle', update, true);
  }

  // Search page: load Pagefind's API only here, offer its section filter as NHS.UK checkboxes,
  // and show results as plain NHS.UK-styled links. The query and sections live in the address, so results can be shared.
  function enhanceSearch() {
    var root = document.getElementById('ibp-search');
    if (!root) { return; }
    var form = root.querySelector('form');
    var input = document.getElementById('ibp-search-input');
    var filters = document.getElementById('ibp-search-filters');
    var status = document.getElementById('ibp-search-status');
    var results = document.getElementById('ibp-search-results');
    var bundle = root.getAttribute('data-bundle');
    var loading = null;
    function pagefind() {
      loading = loading || import(bundle + 'pagefind.js');
      return loading;
    }
    function checkedSections() {
      return Array.prototype.map.call(filters.querySelectorAll('input:checked'), function (box) { return box.value; });
    }
    function renderFilters(sections, chosen) {
      var names = Object.keys(sections || {}).sort();
      if (names.length < 2) { return; }
      var fieldset = document.createElement('fieldset');
      fieldset.className = 'nhsuk-fieldset';
      var legend = document.createElement('legend');
      legend.className = 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s';
      legend.textContent = 'Filter by section';
      var boxes = document.createElement('div');
      boxes.className = 'nhsuk-checkboxes ibp-search__filters';
      names.forEach(function (name, i) {
        var item = document.createElement('div');
        item.className = 'nhsuk-checkboxes__item';
        var box = document.createElement('input');
        box.className = 'nhsuk-checkboxes__input';
        box.type = 'checkbox';
        box.name = 'section';
        box.id = 'ibp-search-section-' + (i + 1);
        box.value = name;
        box.checked = chosen.indexOf(name) >= 0;
        var label = document.createElement('label');
        label.className = 'nhsuk-label nhsuk-checkboxes__label';
        label.htmlFor = box.id;
        label.textContent = name;
        item.appendChild(box);
        item.appendChild(label);
        boxes.appendChild(item);
      });
      fieldset.appendChild(legend);
      fieldset.appendChild(boxes);
      filters.appendChild(fieldset);
      filters.hidden = false;
    }
    function render(list, query, sections) {
      results.textContent = '';
      var summary = list.length + (list.length === 1 ? ' result' : ' results') + ' for ‘' + query + '’' +
        (sections.length ? ' in ' + sections.join(', ') : '');
      var heading = document.createElement('h2');
      heading.className = 'nhsuk-heading-m';
      heading.textContent = summary;
      results.appendChild(heading);
      status.textContent = summary;
      var ul = document.createElement('ul');
      ul.className = 'nhsuk-list';
      list.forEach(function (r) {
        var li = document.createElement('li');
        li.className = 'ibp-search__result';
        var a = document.createElement('a');
        a.href = r.url;
        a.textContent = (r.meta && r.meta.title) || r.url;
        li.appendChild(a);
        var section = r.filters && r.filters.section && r.filters.section[0];
        if (section) {
          var tag = document.createElement('span');
          tag.className = 'nhsuk-body-s ibp-search__section';
          tag.textContent = section;
          li.appendChild(tag);
        }
        var p = document.createElement('p');
        p.className = 'nhsuk-body-s';
        p.textContent = (r.excerpt || '').replace(/<[^>]*>/g, '');
        li.appendChild(p);
        ul.appendChild(li);
      });
      results.appendChild(ul);
    }
    function run(query) {
      if (!query) { return; }
      var sections = checkedSections();
      var options = sections.length ? { filters: { section: { any: sections } } } : {};
      pagefind()
        .then(function (pf) { return pf.search(query, options); })
        .then(function (search) { return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); })); })
        .then(function (list) { render(list, query, sections); })
        .catch(function () { results.textContent = 'Search is not available at the moment.'; });
    }
    function submit() {
      var query = input.value.trim();
      var address = new URLSearchParams();
      address.set('q', query);
      checkedSections().forEach(function (name) { address.append('section', name); });
      history.replaceState(null, '', '?' + address.toString());
      run(query);
    }
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q');
    if (q) { input.value = q; }
    pagefind()
      .then(function (pf) { return pf.filters(); })
      .then(function (all) { renderFilters(all.section, params.getAll('section')); })
      .catch(function () { /* Filters are an extra: search still works without them. */ })
      .then(function () { if (q) { run(q); } });
    filters.addEventListener('change', submit);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submit();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceFilters();
    enhancePeerSelect();
    enhanceScrollRegions();
    enhanceSearch();
  });
})();
