using IbpPortal.Diagnostics;

namespace IbpPortal.Safety;

/// <summary>
/// Checks, before anything is read, that every source file really lives inside the portal's folder: a symbolic link
/// (to a file or a folder) in <c>input/</c>, <c>data/</c>, <c>theme/</c> or at <c>portal.yml</c> whose target lies outside
/// the portal is an error naming the link; so is a file with more than one name (a hard link), whose other names cannot be found.
/// </summary>
/// <remarks>
/// Links whose targets stay inside the portal are allowed and followed (each folder once). <c>theme/node_modules</c>
/// holds npm packages, not sources, and is not checked. Nothing of a refused file is read, so its content cannot reach a message.
/// </remarks>
public static class SourceLinks
{
    private const string NpmPackages = "theme/node_modules";
    private static readonly string[] Folders = ["input", "data", "theme"];

    /// <summary>Reports links that leave the portal's folder under <paramref name="root"/>.</summary>
    public static void Check(string root, DiagnosticBag diagnostics)
    {
        var realRoot = RealPath.Of(root);
        var walk = new Walk(root, realRoot, diagnostics);
        walk.Entry(new FileInfo(Path.Combine(root, "portal.yml")));
        foreach (var folder in Folders)
        {
            walk.Entry(new DirectoryInfo(Path.Combine(root, folder)));
        }
    }

    private sealed class Walk(string root, string realRoot, DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public void Entry(FileSystemInfo entry)
        {
            if (!entry.Exists && entry.LinkTarget is null)
            {
                return;
            }

            var shown = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (shown == NpmPackages)
            {
                return;
            }

            if (entry.LinkTarget is not null)
            {
                var target = RealPath.Of(entry.FullName);
                if (!RealPath.IsSameOrInside(target, realRoot))
                {
                    diagnostics.Error(SourceLocation.File(shown), SafetyCodes.LinkOutsideRoot,
                        $"'{shown}' is a symbolic link to '{entry.LinkTarget}', outside the portal's folder, and is not read",
                        "copy the file into the portal instead of linking to it, or remove the link");
                    return;
                }

                if (Directory.Exists(target))
                {
                    Folder(new DirectoryInfo(target), shown);
                }

                return;
            }

            if (entry is DirectoryInfo folder)
            {
                Folder(folder, shown);
            }
            else if (LinkCount.Of(entry.FullName) is > 1)
            {
                diagnostics.Error(SourceLocation.File(shown), SafetyCodes.HardLinkedSource,
                    $"'{shown}' is a hard link (the same file has another name, perhaps outside the portal), and is not read",
                    "replace it with a copy of its own (for example: cp --remove-destination), then build again");
            }
        }

        private void Folder(DirectoryInfo folder, string shown)
        {
            if (!_visited.Add(RealPath.Of(folder.FullName)))
            {
                return;
            }

            foreach (var child in folder.EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                Entry(child);
            }
        }
    }
}
