using System.Globalization;

namespace IbpPortal.Write;

/// <summary>
/// The file that marks a folder as a build's own leftover (a staging folder, or the previous site renamed aside).
/// Only folders holding it are ever restored or deleted, so a user's <c>output.old-my-backup</c> is never touched.
/// </summary>
internal static class LeftoverMarker
{
    /// <summary>The marker's file name inside a leftover folder.</summary>
    public const string FileName = ".ibp-leftover";

    /// <summary>Marks <paramref name="folder"/> as this process's leftover of the output <paramref name="output"/>.</summary>
    public static void Write(string folder, string output) =>
        File.WriteAllText(Path.Combine(folder, FileName), string.Create(CultureInfo.InvariantCulture,
            $"Left by ibp (process {Environment.ProcessId}) while replacing {output}; the next build removes it.\n"));

    /// <summary>True when <paramref name="folder"/> holds the marker.</summary>
    public static bool IsMarked(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Removes the marker (before the folder becomes the live site).</summary>
    public static void Remove(string folder) => File.Delete(Path.Combine(folder, FileName));
}
