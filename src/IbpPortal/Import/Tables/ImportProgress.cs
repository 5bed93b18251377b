namespace IbpPortal.Import.Tables;

/// <summary>Receives how far through a large file an import is: the file's display name and a fraction from 0 to 1.</summary>
/// <remarks>The CLI draws it on stderr when that is a terminal; tests and scripts pass <see cref="None"/>.</remarks>
public sealed class ImportProgress(Action<string, double> report)
{
    /// <summary>Reports nothing.</summary>
    public static ImportProgress None { get; } = new((_, _) => { });

    /// <summary>Reports a fraction read of a file.</summary>
    public void Report(string file, double fraction) => report(file, Math.Clamp(fraction, 0, 1));
}
