using System.Globalization;

namespace IbpPortal.Cli;

/// <summary>
/// What the program does with a fault in itself: one line on the terminal and the details in a crash log,
/// so a comms editor never sees a stack trace and the maintainers still get one.
/// </summary>
internal static class InternalErrorReport
{
    /// <summary>The exit code of an internal error (EX_SOFTWARE).</summary>
    public const int ExitCode = 70;

    /// <summary>Writes the crash log into <paramref name="folder"/> and the one-line notice to <paramref name="error"/>.</summary>
    /// <returns>The crash log's path, or null when it could not be written.</returns>
    public static string? Report(Exception exception, IReadOnlyList<string> args, TextWriter error, string folder, DateTimeOffset now)
    {
        var log = TryWriteLog(exception, args, folder, now);
        var cause = exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : exception;
        var where = log is null ? "the crash log could not be written; set IBP_DEBUG=1 to print the details" : $"details are in {log}";
        error.WriteLine($"ibp: internal error ({cause.GetType().Name}); nothing was published and your content is unchanged. This is a fault in IBP Portal, not in your content: please report it with the command you ran ({where}).");
        return log;
    }

    private static string? TryWriteLog(Exception exception, IReadOnlyList<string> args, string folder, DateTimeOffset now)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var path = Path.Combine(folder, $"ibp-crash-{stamp}-{Environment.ProcessId}.log");
            File.WriteAllText(path, string.Create(
                CultureInfo.InvariantCulture,
                $"ibp {typeof(InternalErrorReport).Assembly.GetName().Version} on .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}\nat {now.UtcDateTime:O}\ncommand: ibp {string.Join(' ', args)}\n\n{exception}\n"));
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
