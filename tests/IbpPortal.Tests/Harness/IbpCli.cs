using System.Diagnostics;

namespace IbpPortal.Tests.Harness;

/// <summary>The built <c>ibp</c> program, run as a user runs it (a separate process), for process tests.</summary>
internal static class IbpCli
{
    /// <summary>Starts <c>ibp</c> with <paramref name="args"/>, its output and error streams redirected.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NO_COLOR"] = "1", ["LOCALAPPDATA"] = RepoPaths.SharedCache, ["XDG_DATA_HOME"] = RepoPaths.SharedCache },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ibp.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <c>ibp</c> to the end and returns its exit code and what it printed.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "ibp did not finish in time");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Sends a signal (such as TERM or INT) to a process, as a terminal or a service manager would.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } })!;
        kill.WaitForExit();
    }

    /// <summary>Every file under <paramref name="folder"/> with its SHA-256, relative paths sorted; links are listed, not followed.</summary>
    public static SortedDictionary<string, string> Tree(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName);
            if (relative.StartsWith("theme" + Path.DirectorySeparatorChar + "node_modules", StringComparison.Ordinal))
            {
                continue;
            }

            result[relative] = entry.LinkTarget is { } target ? "link:" + target
                : entry is FileInfo file ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file.FullName)))
                : "folder";
        }

        return result;
    }
}
