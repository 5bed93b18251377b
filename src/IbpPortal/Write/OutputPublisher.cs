using System.Globalization;

namespace IbpPortal.Write;

/// <summary>Makes a staging folder the live output in one step, so a failed or interrupted build leaves the previous site untouched.</summary>
/// <remarks>
/// Callers hold the output folder's lock (<see cref="Safety.OutputLock"/>), so no other build is writing beside it.
/// Every folder this class leaves beside the output is marked (<see cref="LeftoverMarker"/>), and only marked folders
/// are ever restored or removed.
/// </remarks>
public static class OutputPublisher
{
    /// <summary>A fresh staging folder beside the output folder (same file system, so the swap is a rename).</summary>
    public static string CreateStaging(string output)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(output) + ".staging-" + Pid);
        if (Directory.Exists(staging) && LeftoverMarker.IsMarked(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        LeftoverMarker.Write(staging, output);
        return staging;
    }

    /// <summary>Swaps the staging folder into place: old output is renamed aside, staging renamed in, old removed.</summary>
    /// <remarks>Between the two renames the output path briefly does not exist; it never holds a mix of old and new files.</remarks>
    public static void Publish(string staging, string output)
    {
        output = Path.GetFullPath(output);
        var old = output + ".old-" + Pid;
        LeftoverMarker.Remove(staging);
        if (Directory.Exists(output))
        {
            // Marked before the rename, so that a kill just after it leaves a folder the next build recognises.
            LeftoverMarker.Write(output, output);
            try
            {
                Directory.Move(output, old);
            }
            catch (IOException)
            {
                LeftoverMarker.Remove(output);
                LeftoverMarker.Write(staging, output);
                throw;
            }
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch (IOException)
        {
            if (Directory.Exists(old) && !Directory.Exists(output))
            {
                Directory.Move(old, output);
                LeftoverMarker.Remove(output);
            }

            throw;
        }

        if (Directory.Exists(old))
        {
            TreeRemover.Delete(old);
        }
    }

    /// <summary>Removes a staging folder after a failed build; one whose in-place publish was decided (it holds a journal) is
    /// left for the next build to finish.</summary>
    public static void Discard(string? staging)
    {
        if (staging is not null && Directory.Exists(staging) && !File.Exists(Path.Combine(staging, PublishJournal.FileName)))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Removes folders left by builds that were killed half-way (staging and old copies beside the output), if marked
    /// as theirs; a staging folder holding a whole journal was being published in place, and its publish is finished first.</summary>
    public static void CleanLeftovers(string output)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        var leftovers = Directory.EnumerateDirectories(parent)
            .Select(dir => (Dir: dir, IsOld: Path.GetFileName(dir).StartsWith(name + ".old-", StringComparison.Ordinal)))
            .Where(l => (l.IsOld || Path.GetFileName(l.Dir).StartsWith("." + name + ".staging-", StringComparison.Ordinal)) && LeftoverMarker.IsMarked(l.Dir))
            .OrderBy(l => l.IsOld ? 0 : 1)
            .ThenBy(l => l.Dir, StringComparer.Ordinal)
            .ToList();

        // The old site is put back first, so that an in-place publish is only ever finished over a whole site.
        foreach (var (dir, isOld) in leftovers)
        {
            if (!isOld && Directory.Exists(output) && PublishJournal.Read(dir) is { } journal && journal.Output == output)
            {
                // Killed while publishing in place, after the publish was decided: finish it. A failure stops the build
                // (IBP5005), for a later build must not apply this journal over a newer site.
                InPlacePublisher.Finish(dir, journal);
                continue;
            }

            // A journal that is not finished now never is: removed before anything else, so that it cannot be applied later.
            File.Delete(Path.Combine(dir, PublishJournal.FileName));
            try
            {
                if (isOld && !Directory.Exists(output))
                {
                    // Killed between the two renames: the old site is the last complete one; put it back.
                    Directory.Move(dir, output);
                    LeftoverMarker.Remove(output);
                    continue;
                }

                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Held open by another program; leave it for the next run.
            }
        }
    }

    private static string Pid => Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
}
