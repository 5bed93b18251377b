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
            Directory.Delete(old, recursive: true);
        }
    }

    /// <summary>Removes a staging folder after a failed build.</summary>
    public static void Discard(string? staging)
    {
        if (staging is not null && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Removes folders left by builds that were killed half-way (staging and old copies beside the output), if marked as theirs.</summary>
    public static void CleanLeftovers(string output)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        foreach (var dir in Directory.EnumerateDirectories(parent).Order(StringComparer.Ordinal))
        {
            var dirName = Path.GetFileName(dir);
            var isOld = dirName.StartsWith(name + ".old-", StringComparison.Ordinal);
            if ((!isOld && !dirName.StartsWith("." + name + ".staging-", StringComparison.Ordinal)) || !LeftoverMarker.IsMarked(dir))
            {
                continue;
            }

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
