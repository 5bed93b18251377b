namespace IbpPortal.Write;

/// <summary>
/// Publishes a build that changed few files by applying them to the existing output, rather than swapping in a whole
/// new folder: the staging folder holds only the changed and new files, and every unchanged file stays where it is.
/// </summary>
/// <remarks>
/// At national scale a one-page edit changes a few files of 87,000; linking every unchanged one into a new folder and
/// deleting the old folder was most of the rebuild. Here the staged files are renamed over their output paths, each in
/// one atomic step, after a journal of every rename and deletion is on disk (<see cref="PublishJournal"/>), so that a
/// build killed half-way is finished by the next one (<see cref="OutputPublisher.CleanLeftovers"/>). A published file
/// is never opened for writing: a staged file is always a new file that takes the output path's name. While the renames
/// run (milliseconds for a few files) a reader may see some pages new and some old; the whole-folder swap remains for a
/// build where most files change.
/// </remarks>
internal static class InPlacePublisher
{
    /// <summary>Publishes the staged files in place and records the manifest; returns what it did, or null, with nothing
    /// touched, when the whole folder must be swapped instead (no output yet, most files changed, or a file where a folder goes).</summary>
    public static InPlacePublish? TryPublish(string staging, string output, StagingSink sink, PreviousOutput previous)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (!Directory.Exists(output) || sink.Kept.Count == 0)
        {
            return null;
        }

        var staged = sink.Staged.Order(StringComparer.Ordinal).ToList();
        if (staged.Count > sink.Kept.Count || !sink.Kept.All(k => IsIn(output, k.Key, k.Value)) || staged.Any(p => Conflicts(output, p)))
        {
            return null;
        }

        if (previous.Listing is not { } listing)
        {
            return null;
        }

        // The site's listing (for the next build's up-to-date check) and the manifest are each a pass over every path of the
        // site, and read the same unchanging tables: they are made side by side. The listing reads the staged files, so it
        // is finished before they are renamed away.
        var site = Task.Run(() => Site(staging, sink.Paths, sink, previous));
        var deletions = Deletions(listing, sink, staged);
        var journal = new PublishJournal(output, staged, deletions, previous.WritePending(staging, sink));
        journal.Commit(staging);
        var listed = site.GetAwaiter().GetResult();
        Finish(staging, journal);
        return new InPlacePublish(staged.Count, deletions.Count, listed);
    }

    /// <summary>The last output's files that this build does not make, in order. Every kept file is in the listing (it was
    /// kept because the listing has it unchanged), so when the listing holds no more files than the kept ones and the staged
    /// ones it already had, nothing is deleted, and the 88,000 paths of a national portal need not be looked up one by one.</summary>
    private static List<string> Deletions(OutputListing listing, StagingSink sink, IReadOnlyList<string> staged)
    {
        var replaced = staged.Count(p => listing.Of(p) is not null);
        if (listing.Count == sink.Kept.Count + replaced)
        {
            return [];
        }

        return [.. listing.Paths.Where(p => !sink.Has(p)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every file of the site this publish leaves, with its size and time: a kept file as the last build recorded it
    /// (it was found so when kept), a staged one as it is in staging (a rename keeps both).</summary>
    private static List<PublishedFile> Site(string staging, IReadOnlyCollection<string> paths, StagingSink sink, PreviousOutput previous)
    {
        var site = new List<PublishedFile>(paths.Count);
        foreach (var path in paths)
        {
            var native = path.Replace('/', Path.DirectorySeparatorChar);
            if (sink.Kept.ContainsKey(path) && previous.Recorded(path) is { } kept)
            {
                site.Add(new PublishedFile(native, kept.Length, kept.Modified));
            }
            else
            {
                var file = new FileInfo(Path.Combine(staging, path));
                site.Add(new PublishedFile(native, file.Length, file.LastWriteTimeUtc.Ticks));
            }
        }

        return site;
    }

    /// <summary>Applies a decided publish, then removes its journal and staging folder (the journal first, so that a kill
    /// while the folder is being removed leaves a plain leftover).</summary>
    public static void Finish(string staging, PublishJournal journal)
    {
        journal.Apply(staging);
        File.Delete(Path.Combine(staging, PublishJournal.FileName));
        Directory.Delete(staging, recursive: true);
    }

    /// <summary>True when <paramref name="file"/> is <paramref name="relativePath"/> in the folder <paramref name="output"/>
    /// (a kept file is the output's own, not one from elsewhere), compared without making the combined path.</summary>
    private static bool IsIn(string output, string relativePath, string file) =>
        file.Length == output.Length + 1 + relativePath.Length &&
        file.StartsWith(output, StringComparison.Ordinal) &&
        file[output.Length] == Path.DirectorySeparatorChar &&
        file.EndsWith(relativePath, StringComparison.Ordinal);

    /// <summary>True when a staged file cannot be renamed into place: its output path is a folder, or a folder above it is a file.</summary>
    private static bool Conflicts(string output, string relativePath)
    {
        if (Directory.Exists(Path.Combine(output, relativePath)))
        {
            return true;
        }

        for (var parent = Path.GetDirectoryName(relativePath); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(Path.Combine(output, parent)))
            {
                return true;
            }
        }

        return false;
    }
}
