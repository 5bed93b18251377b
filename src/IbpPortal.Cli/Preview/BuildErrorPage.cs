using System.Net;
using System.Text;
using IbpPortal.Build;
using IbpPortal.Diagnostics;

namespace IbpPortal.Cli.Preview;

/// <summary>The page the preview shows while there is no site to show because the build has errors.</summary>
internal static class BuildErrorPage
{
    /// <summary>An HTML page listing the build's errors (escaped), which reloads itself when a later build succeeds.</summary>
    public static byte[] Render(BuildResult result)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>The build has errors</title></head>\n<body>\n");
        html.Append("<h1>The site could not be built: the build has errors</h1>\n");
        html.Append("<p>Fix them and save; this page reloads when the build succeeds.</p>\n<ul>\n");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(200))
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append("</code></li>\n");
        }

        html.Append("</ul>\n").Append(ReloadScript.Tag).Append("\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
