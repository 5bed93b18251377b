namespace IbpPortal.Tests.Harness;

/// <summary>
/// A program from the operating system that some tests need and no package registry the build uses provides
/// (nginx, qpdf, poppler's pdffonts, Java). A test that needs one it cannot find is skipped, visibly, with the
/// tool's name and its install command; it never passes without having run.
/// </summary>
/// <param name="Name">What the tool is called, as a person would look for it.</param>
/// <param name="Candidates">Where the executable may be; the first that exists is used.</param>
/// <param name="Install">The command that installs it on Debian.</param>
internal sealed record SystemTool(string Name, IReadOnlyList<string> Candidates, string Install)
{
    /// <summary>nginx, for the publishing recipe's server block.</summary>
    public static SystemTool Nginx { get; } = new("nginx", ["/usr/sbin/nginx"], "apt-get install nginx-light");

    /// <summary>qpdf, an independent check of a PDF's structure.</summary>
    public static SystemTool Qpdf { get; } = new("qpdf", ["/usr/bin/qpdf", "/usr/local/bin/qpdf"], "apt-get install qpdf");

    /// <summary>poppler's pdffonts, an independent list of a PDF's fonts.</summary>
    public static SystemTool PdfFonts { get; } = new("pdffonts (poppler)", ["/usr/bin/pdffonts", "/usr/local/bin/pdffonts"], "apt-get install poppler-utils");

    /// <summary>Java, which runs the Nu HTML Checker.</summary>
    public static SystemTool Java { get; } = new("java", [.. JavaCandidates()], "apt-get install default-jre-headless");

    /// <summary>The executable, or null when the tool is not installed.</summary>
    public string? Path => Candidates.FirstOrDefault(File.Exists);

    /// <summary>Skips the calling <c>[SkippableFact]</c> with the tool's name and install command when it is missing; returns its path.</summary>
    public string Require(params string[] alsoNeeded)
    {
        var path = Path;
        Skip.If(path is null || alsoNeeded.Any(file => !File.Exists(file)),
            $"{Name} is not installed: run '{Install}' (.ci/run does) to run this test.");
        return path!;
    }

    private static IEnumerable<string> JavaCandidates()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrEmpty(home))
        {
            yield return System.IO.Path.Combine(home, "bin", "java");
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return System.IO.Path.Combine(folder, "java");
        }
    }
}
