using System.Diagnostics;

namespace IbpPortal.Index;

/// <summary>
/// Starts a helper program that cannot outlive this process. .NET cannot ask Linux to signal a child when its parent
/// dies (<c>PR_SET_PDEATHSIG</c>), so on Unix the program runs under a small <c>/bin/sh</c> watchdog that reads the pipe
/// on its standard input: the operating system closes that pipe when this process ends in any way, <c>kill -9</c>
/// included, and the watchdog then kills the program.
/// </summary>
internal static class ParentBoundProcess
{
    /// <summary>The watchdog: runs "$@" with no input, waits for it, and kills it when the parent's end of the pipe closes.</summary>
    internal const string Watchdog = """
        exec 3<&0
        "$@" </dev/null 3<&- & child=$!
        ( while read -r _; do :; done; kill -KILL "$child" 2>/dev/null ) <&3 >/dev/null 2>&1 &
        watch=$!
        exec 3<&-
        wait "$child"; status=$?
        kill "$watch" 2>/dev/null
        exit $status
        """;

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/>, its output redirected, bound to this process's life.</summary>
    public static Process Start(string program, IEnumerable<string> arguments)
    {
        var watched = !OperatingSystem.IsWindows() && File.Exists("/bin/sh");
        var start = new ProcessStartInfo(watched ? "/bin/sh" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = watched,
            UseShellExecute = false,
        };
        if (watched)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(Watchdog);
            start.ArgumentList.Add("ibp-watchdog");
            start.ArgumentList.Add(program);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The standard input pipe stays open, unwritten, until the Process is disposed or this process ends.
        return Process.Start(start)!;
    }
}
