// IBP Portal: progressive enhancement only. Every page works without this file.
(function () {
  'use strict';

  // Tag filters on listing pages: filter the cards in place instead of loading the tag page.
  function enhanceFilters() {
    var nav = document.querySelector('.ibp-filters');
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

  // Search page: load Pagefind's API only here, and show results as plain NHS.UK-styled links.
  function enhanceSearch() {
    var root = document.getElementById('ibp-search');
    if (!root) { return; }
    var input = document.getElementById('ibp-search-input');
    var results = document.getElementById('ibp-search-results');
    var bundle = root.getAttribute('data-bundle');
    var pagefind = null;
    function render(list, query) {
      results.textContent = '';
      var heading = document.createElement('h2');
      heading.className = 'nhsuk-heading-m';
      heading.textContent = list.length + (list.length === 1 ? ' result' : ' results') + ' for ‘' + query + '’';
      results.appendChild(heading);
      var ul = document.createElement('ul');
      ul.className = 'nhsuk-list';
      list.forEach(function (r) {
        var li = document.createElement('li');
        li.className = 'ibp-search__result';
        var a = document.createElement('a');
        a.href = r.url;
        a.textContent = (r.meta && r.meta.title) || r.url;
        var p = document.createElement('p');
        p.className = 'nhsuk-body-s';
        p.textContent = (r.excerpt || '').replace(/<[^>]*>/g, '');
        li.appendChild(a);
        li.appendChild(p);
        ul.appendChild(li);
      });
      results.appendChild(ul);
    }
    function run(query) {
      if (!query) { return; }
      var load = pagefind ? Promise.resolve(pagefind) : import(bundle + 'pagefind.js').then(function (m) { pagefind = m; return m; });
      load.then(function (pf) { return pf.search(query); })
        .then(function (search) { return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); })); })
        .then(function (list) { render(list, query); })
        .catch(function () { results.textContent = 'Search is not available at the moment.'; });
    }
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q');
    if (q) { input.value = q; run(q); }
    root.querySelector('form').addEventListener('submit', function (event) {
      event.preventDefault();
      var query = input.value.trim();
      history.replaceState(null, '', '?q=' + encodeURIComponent(query));
      run(query);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceFilters();
    enhancePeerSelect();
    enhanceSearch();
  });
})();
