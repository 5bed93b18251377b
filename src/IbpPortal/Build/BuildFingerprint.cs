using System.Security.Cryptography;
using System.Text;

namespace IbpPortal.Build;

/// <summary>
/// A hash of everything a build reads (the program itself, the options, and every source file) and of the output it
/// wrote. When both still match, a build has nothing to do: this is what makes a no-change build about as fast as hashing the inputs.
/// </summary>
public static class BuildFingerprint
{
    private static readonly string[] SourceFolders = ["input", "data", "theme"];

    /// <summary>The hash of the program, the options that change output, and every source file's path and bytes.</summary>
    public static string OfInputs(BuildOptions options, Load.SourceHashes hashes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add(typeof(BuildFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add($"internal={options.Internal};drafts={options.Drafts};search={options.Search};packs={(options.Packs is null ? "settings" : string.Join(',', options.Packs))};out={options.OutputPath}");
        AppendSources(hash, options.Root, hashes);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The hash of every source file's path and bytes alone, which the shards of one build and their merge must share.</summary>
    public static string OfSources(string root, Load.SourceHashes hashes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendSources(hash, root, hashes);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendSources(IncrementalHash hash, string root, Load.SourceHashes hashes)
    {
        foreach (var file in SourceFiles(root))
        {
            hashes.Append(hash, file, Path.GetRelativePath(root, file).Replace('\\', '/'));
        }
    }

    /// <summary>The hash of the output folder's listing: every file's path, size and last write time.</summary>
    public static string OfOutput(string output)
    {
        if (!Directory.Exists(output))
        {
            return "none";
        }

        return OfListing(Write.OutputListing.Read(output).Files);
    }

    /// <summary>The hash of an output folder's listing known without reading the folder (the site an in-place publish left);
    /// the same as <see cref="OfOutput"/> gives while the folder holds exactly those files.</summary>
    /// <remarks>Each file's line (<c>path|length|time</c>) is hashed on its own and the hashes are added up, lane by lane,
    /// so the listing needs no sorting (a national site lists 88,000 files); each line is formatted straight into UTF-8 on
    /// the stack.</remarks>
    public static string OfListing(IEnumerable<Write.PublishedFile> files)
    {
        Span<ulong> sum = stackalloc ulong[4];
        Span<byte> line = stackalloc byte[1024];
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        var count = 0L;
        foreach (var file in files)
        {
            var path = file.Path.Replace(Path.DirectorySeparatorChar, '/');
            if (System.Text.Unicode.Utf8.TryWrite(line, $"{path}|{file.Length}|{file.Modified}\n", out var written))
            {
                SHA256.HashData(line[..written], digest);
            }
            else
            {
                SHA256.HashData(Encoding.UTF8.GetBytes($"{path}|{file.Length}|{file.Modified}\n"), digest);
            }

            var lanes = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(digest);
            for (var i = 0; i < 4; i++)
            {
                sum[i] += lanes[i];
            }

            count++;
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count}|{sum[0]:x16}{sum[1]:x16}{sum[2]:x16}{sum[3]:x16}"))));
    }

    /// <summary>True when the last successful build had the same inputs and its output is still as it left it.</summary>
    public static bool UpToDate(BuildOptions options, string inputs)
    {
        var stamp = StampPath(options);
        if (options.Clean || !File.Exists(stamp))
        {
            return false;
        }

        var lines = File.ReadAllLines(stamp);
        return lines.Length == 2 && lines[0] == inputs && lines[1] == OfOutput(options.OutputPath);
    }

    /// <summary>Records a successful build's fingerprints.</summary>
    /// <param name="output">The output's listing hash when known (<see cref="OfListing"/>); otherwise the folder is listed.</param>
    public static void Record(BuildOptions options, string inputs, string? output = null)
    {
        Directory.CreateDirectory(options.CachePath);
        File.WriteAllLines(StampPath(options), [inputs, output ?? OfOutput(options.OutputPath)]);
    }

    private static string StampPath(BuildOptions options) =>
        Path.Combine(options.CachePath, "last-build-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(options.OutputPath)))[..12] + ".txt");

    private static IEnumerable<string> SourceFiles(string root)
    {
        var settings = Path.Combine(root, "portal.yml");
        if (File.Exists(settings))
        {
            yield return settings;
        }

        foreach (var folder in SourceFolders)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                            Path.GetFileName(f) != "node_modules")
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }
        }
    }
}
