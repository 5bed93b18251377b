namespace IbpPortal.Cli.Preview;

/// <summary>The script the preview server adds to every page: reloads on a rebuild, shows build errors over the page.</summary>
internal static class ReloadScript
{
    public const string Path = "/__ibp/reload.js";

    public const string EventsPath = "/__ibp/events";

    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    public const string Source = """
        (function () {
          'use strict';
          var overlay = null;
          function show(errors) {
            if (!overlay) {
              overlay = document.createElement('div');
              overlay.id = 'ibp-preview-errors';
              overlay.setAttribute('role', 'alert');
              overlay.style.cssText = 'position:fixed;inset:0 0 auto 0;max-height:60vh;overflow:auto;z-index:99999;' +
                'background:#fff;color:#212b32;border-bottom:8px solid #d5281b;padding:16px 24px;font:16px/1.5 Arial,sans-serif;' +
                'box-shadow:0 4px 12px rgba(0,0,0,.3)';
              document.body.appendChild(overlay);
            }
            overlay.textContent = '';
            var h = document.createElement('h2');
            h.textContent = 'The last change has errors. The page shows the last good build.';
            h.style.cssText = 'margin:0 0 8px;font-size:20px;color:#d5281b';
            overlay.appendChild(h);
            var ul = document.createElement('ul');
            errors.forEach(function (e) {
              var li = document.createElement('li');
              li.style.fontFamily = 'monospace';
              li.textContent = e;
              ul.appendChild(li);
            });
            overlay.appendChild(ul);
          }
          var source = new EventSource('/__ibp/events');
          source.addEventListener('reload', function () { window.location.reload(); });
          source.addEventListener('errors', function (event) { show(JSON.parse(event.data)); });
        })();
        """;
}
