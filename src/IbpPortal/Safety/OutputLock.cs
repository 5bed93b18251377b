using System.Diagnostics;

namespace IbpPortal.Safety;

/// <summary>
/// An operating-system lock on an output folder, held by the one build or preview that may write it. The lock is a
/// file beside the folder (<c>.output.lock</c>) opened for exclusive use; the operating system releases it when the
/// process ends, however it ends, so a killed build never leaves a stale lock.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _stream;

    private OutputLock(string output, FileStream stream)
    {
        Output = output;
        _stream = stream;
    }

    /// <summary>The output folder (full path) this lock guards.</summary>
    public string Output { get; }

    /// <summary>The lock file guarding <paramref name="output"/>: <c>.NAME.lock</c> beside it.</summary>
    public static string FileFor(string output)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".lock");
    }

    /// <summary>Takes the lock, waiting up to <paramref name="timeout"/> for another holder; null when it is still held then.</summary>
    /// <param name="waiting">Told once, when the lock is held by another process and this one starts to wait.</param>
    public static OutputLock? Acquire(string output, TimeSpan timeout, Action<string>? waiting = null)
    {
        var full = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var path = FileFor(full);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } stream)
            {
                return new OutputLock(full, stream);
            }

            if (clock.Elapsed >= timeout)
            {
                return null;
            }

            if (!told)
            {
                waiting?.Invoke($"another ibp build or preview is writing {full}; waiting up to {timeout.TotalSeconds:0} s for it to finish");
                told = true;
            }

            Thread.Sleep(Retry);
        }
    }

    /// <summary>True when the lock on <paramref name="output"/> is free at this moment (for tests and diagnostics).</summary>
    public static bool IsFree(string output)
    {
        using var held = Acquire(output, TimeSpan.Zero);
        return held is not null;
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            // FileShare.None is an advisory flock(LOCK_EX) on Unix and a sharing lock on Windows: both end with the process.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }
}
