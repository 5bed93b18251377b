namespace IbpPortal.Write;

/// <summary>Where rendered files go: a staging folder for a build, or nowhere for a check.</summary>
public interface IOutputSink
{
    /// <summary>Stores a file at a path relative to the output folder; safe to call from many threads.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> content);

    /// <summary>Every path written so far.</summary>
    IReadOnlyCollection<string> Paths { get; }
}
