namespace IbpPortal.Write;

/// <summary>Makes a staging folder the live output in one step, so a failed or interrupted build leaves the previous site untouched.</summary>
public static class OutputPublisher
{
    /// <summary>A fresh staging folder beside the output folder (same file system, so the swap is a rename).</summary>
    public static string CreateStaging(string output)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(output))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(output) + ".staging-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Swaps the staging folder into place: old output is renamed aside, staging renamed in, old removed.</summary>
    /// <remarks>Between the two renames the output path briefly does not exist; it never holds a mix of old and new files.</remarks>
    public static void Publish(string staging, string output)
    {
        output = Path.GetFullPath(output);
        var old = output + ".old-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Directory.Exists(output))
        {
            Directory.Move(output, old);
        }

        Directory.Move(staging, output);
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

    /// <summary>Removes folders left by builds that were killed half-way (staging and old copies beside the output).</summary>
    public static void CleanLeftovers(string output)
    {
        output = Path.GetFullPath(output);
        var parent = Path.GetDirectoryName(output)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        foreach (var dir in Directory.EnumerateDirectories(parent))
        {
            var dirName = Path.GetFileName(dir);
            if (dirName.StartsWith("." + name + ".staging-", StringComparison.Ordinal) ||
                dirName.StartsWith(name + ".old-", StringComparison.Ordinal))
            {
                try
                {
                    if (!Directory.Exists(output) && dirName.StartsWith(name + ".old-", StringComparison.Ordinal))
                    {
                        // Killed between the two renames: the old site is the last complete one; put it back.
                        Directory.Move(dir, output);
                        continue;
                    }

                    Directory.Delete(dir, recursive: true);
                }
                catch (IOException)
                {
                    // Another build may still be using it; leave it for the next run.
                }
            }
        }
    }
}
