using System.Text.RegularExpressions;
using IbpPortal.Load;

namespace IbpPortal.PlanSite;

/// <summary>
/// Decides whether a file kept in <c>input/</c> (an image, a PDF, a text file) is published. A file beside a page that
/// this build leaves out (internal in a public build, or a draft) is left out with it, unless a page this build publishes links to it.
/// </summary>
/// <remarks>
/// "Beside" means in the same folder as the page, or anywhere under a folder whose <c>index.md</c> is left out.
/// Links are read from the published pages' markdown (inline, reference and HTML <c>src</c>/<c>href</c>), resolved like the link checker resolves them.
/// </remarks>
internal sealed partial class BesideFiles
{
    private readonly HashSet<string> _withheldFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withheldTrees = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> _linked;

    public BesideFiles(PortalInput input)
    {
        foreach (var source in input.WithheldSources)
        {
            var folder = FolderOf(source);
            _withheldFolders.Add(folder);
            if (Path.GetFileName(source) == "index.md" && folder != "input")
            {
                _withheldTrees.Add(folder + "/");
            }
        }

        _linked = new Lazy<HashSet<string>>(() => LinkedFiles(input));
    }

    /// <summary>True when the file at <paramref name="relative"/> (under <c>input/</c>) must not be published in this build.</summary>
    public bool Withheld(string relative)
    {
        var path = "input/" + relative;
        var folder = FolderOf(path);
        var beside = _withheldFolders.Contains(folder) || _withheldTrees.Any(t => path.StartsWith(t, StringComparison.Ordinal));
        return beside && !_linked.Value.Contains("/" + relative);
    }

    private static string FolderOf(string sourcePath)
    {
        var cut = sourcePath.LastIndexOf('/');
        return cut < 0 ? string.Empty : sourcePath[..cut];
    }

    private static HashSet<string> LinkedFiles(PortalInput input)
    {
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in input.Pages)
        {
            var folder = FolderOf(page.SourcePath)["input".Length..];
            foreach (Match match in LinkTarget().Matches(page.Body))
            {
                var target = match.Groups["url"].Value;
                var cut = target.IndexOfAny(['#', '?']);
                target = cut >= 0 ? target[..cut] : target;
                if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                linked.Add(Normalise(target.StartsWith('/') ? target : folder + "/" + target));
            }
        }

        return linked;
    }

    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                parts.Add(segment);
            }
        }

        return "/" + string.Join('/', parts);
    }

    [GeneratedRegex(@"\]\(\s*<?(?<url>[^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(?<url>[^\s>]+)|(?:src|href)\s*=\s*[""'](?<url>[^""']+)", RegexOptions.Multiline)]
    private static partial Regex LinkTarget();
}
