using System.Text;

namespace IbpPortal.Write;

/// <summary>
/// The record of one in-place publish, kept in its staging folder: the staged files to rename over their output paths,
/// the output files to delete, and the output manifest to put in place. Once it is on disk the publish is decided, and
/// applying it again finishes it however far it got (every step can be repeated).
/// </summary>
/// <param name="Output">The full path of the output folder it publishes into.</param>
/// <param name="Renames">Output paths (relative, with <c>/</c>) of the staged files that replace or add a file.</param>
/// <param name="Deletions">Output paths of the files the new site no longer has.</param>
/// <param name="Manifest">The manifest written for the new site, and where it goes; null when none was written.</param>
internal sealed record PublishJournal(string Output, IReadOnlyList<string> Renames, IReadOnlyList<string> Deletions, (string Pending, string Target)? Manifest)
{
    /// <summary>The journal's file name in the staging folder.</summary>
    public const string FileName = ".ibp-publish-journal";

    private const string Header = "ibp publish journal 1";
    private const string End = "end";

    /// <summary>Writes the journal into <paramref name="staging"/> under a temporary name, flushes it to disk, then gives it
    /// its name: a journal is either absent or whole.</summary>
    public void Commit(string staging)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        text.Append("output\t").Append(Output).Append('\n');
        if (Manifest is { } manifest)
        {
            text.Append("manifest\t").Append(manifest.Pending).Append('\t').Append(manifest.Target).Append('\n');
        }

        foreach (var path in Renames)
        {
            text.Append("rename\t").Append(path).Append('\n');
        }

        foreach (var path in Deletions)
        {
            text.Append("delete\t").Append(path).Append('\n');
        }

        text.Append(End).Append('\n');
        var temp = Path.Combine(staging, FileName + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString()));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, Path.Combine(staging, FileName), overwrite: true);
    }

    /// <summary>The journal in <paramref name="staging"/>, or null when there is none or it is not whole (the publish was never decided).</summary>
    public static PublishJournal? Read(string staging)
    {
        var path = Path.Combine(staging, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines is not [Header, .., End] || !lines[1].StartsWith("output\t", StringComparison.Ordinal))
        {
            return null;
        }

        var (renames, deletions) = (new List<string>(), new List<string>());
        (string, string)? manifest = null;
        foreach (var line in lines[2..^1])
        {
            var cells = line.Split('\t');
            switch (cells)
            {
                case ["rename", var renamed]:
                    renames.Add(StagingSink.SafePath(renamed));
                    break;
                case ["delete", var deleted]:
                    deletions.Add(StagingSink.SafePath(deleted));
                    break;
                case ["manifest", var pending, var target]:
                    manifest = (pending, target);
                    break;
                default:
                    return null;
            }
        }

        return new PublishJournal(lines[1]["output\t".Length..], renames, deletions, manifest);
    }

    /// <summary>Applies the publish: each staged file renamed over its output path (one atomic step per file), removed
    /// files deleted with the folders they leave empty, then the manifest moved into place. Safe to repeat after a kill.</summary>
    public void Apply(string staging)
    {
        foreach (var path in Renames)
        {
            var source = Path.Combine(staging, path);
            if (!File.Exists(source))
            {
                // Renamed by an earlier, interrupted attempt: every staged file existed when the journal was written.
                continue;
            }

            var target = Path.Combine(Output, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(source, target, overwrite: true);
        }

        foreach (var path in Deletions)
        {
            var target = Path.Combine(Output, path);
            if (File.Exists(target))
            {
                File.Delete(target);
            }

            RemoveEmptyFolders(Path.GetDirectoryName(target)!);
        }

        if (Manifest is { } manifest && File.Exists(manifest.Pending))
        {
            File.Move(manifest.Pending, manifest.Target, overwrite: true);
        }
    }

    /// <summary>Removes <paramref name="folder"/> and the folders above it, up to the output folder, while they are empty (a clean build has no empty folder).</summary>
    private void RemoveEmptyFolders(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Output);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal) &&
               Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
