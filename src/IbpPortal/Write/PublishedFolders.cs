namespace IbpPortal.Write;

/// <summary>The published paths grouped by the folder that holds them, with the folders sorted, so that the files in and
/// below a folder are found without sorting every path.</summary>
internal sealed class PublishedFolders
{
    private readonly string[] _folders;
    private readonly Dictionary<string, List<string>> _files;

    private PublishedFolders(string[] folders, Dictionary<string, List<string>> files) => (_folders, _files) = (folders, files);

    /// <summary>Groups <paramref name="paths"/> (relative, with <c>/</c> between names) by folder: the part up to and
    /// including the last <c>/</c>, or the empty string for a file at the top.</summary>
    public static PublishedFolders Of(IEnumerable<string> paths)
    {
        var files = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var folder = path[..(path.LastIndexOf('/') + 1)];
            if (!files.TryGetValue(folder, out var list))
            {
                files[folder] = list = [];
            }

            list.Add(path);
        }

        var folders = files.Keys.ToArray();
        Array.Sort(folders, StringComparer.Ordinal);
        return new PublishedFolders(folders, files);
    }

    /// <summary>The paths in <paramref name="folder"/> (which ends in <c>/</c>) and in every folder below it.</summary>
    public IReadOnlyList<string> Under(string folder)
    {
        if (!folder.EndsWith('/'))
        {
            throw new ArgumentException($"a folder ends in '/': '{folder}'", nameof(folder));
        }

        var start = Array.BinarySearch(_folders, folder, StringComparer.Ordinal);
        var found = new List<string>();
        for (var i = start < 0 ? ~start : start; i < _folders.Length && _folders[i].StartsWith(folder, StringComparison.Ordinal); i++)
        {
            found.AddRange(_files[_folders[i]]);
        }

        return found;
    }
}
