using IbpPortal.PlanSite;

namespace IbpPortal.Write;

/// <summary>Planned files published as copies of a file on disk (images beside pages, earlier editions' records): read when written, not while planning.</summary>
public static class SourceCopy
{
    /// <summary>A file whose bytes are read from <paramref name="source"/> when it is rendered.</summary>
    public static PlannedFile Bytes(string outputPath, string source) => new(outputPath, _ => File.ReadAllBytes(source)) { FromSource = true };

    /// <summary>A file streamed from <paramref name="source"/> into the output (a large record is never held in memory).</summary>
    public static PlannedFile Streamed(string outputPath, string source) => new(outputPath, _ => File.ReadAllBytes(source))
    {
        FromSource = true,
        WriteTo = (_, stream) =>
        {
            using var copied = File.OpenRead(source);
            copied.CopyTo(stream);
        },
    };
}
