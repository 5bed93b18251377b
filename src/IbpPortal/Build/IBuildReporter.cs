namespace IbpPortal.Build;

/// <summary>Receives progress from a build, for the command line's progress display.</summary>
public interface IBuildReporter
{
    /// <summary>A stage finished, with what it produced (for example "212 pages, 1,040 files").</summary>
    void Stage(string name, TimeSpan elapsed, string summary);

    /// <summary>Something the user should know while the build waits (for example, for another build's lock).</summary>
    void Note(string message)
    {
    }
}
