using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using IbpPortal.Diagnostics;

namespace IbpPortal.Theme;

/// <summary>The theme's compiled, fingerprinted assets: NHS.UK frontend's CSS built with our settings, its script, icons, and our own script.</summary>
/// <param name="Files">Output path (under <c>assets/</c>) to bytes.</param>
/// <param name="ModulePaths">Scripts loaded as ES modules.</param>
public sealed partial record ThemeAssets(IReadOnlyDictionary<string, byte[]> Files, string CssPath, IReadOnlyList<string> ScriptPaths, IReadOnlyList<string> ModulePaths)
{
    private const string Frontend = "node_modules/nhsuk-frontend/dist/nhsuk";

    /// <summary>Compiles or reuses the style sheet and collects the assets; installs the theme's npm packages first when they are missing.</summary>
    public static ThemeAssets? Prepare(string portalRoot, ThemeFiles theme, bool includeFontFace, string cacheDir, DiagnosticBag diagnostics)
    {
        var themeDir = ThemeNpm.Folder(theme, portalRoot, cacheDir);
        var prebuilt = theme.Find("build/portal.css");
        if (themeDir is not null && !Directory.Exists(Path.Combine(themeDir, Frontend)) && !NpmInstall(themeDir, diagnostics))
        {
            return null;
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? css;
        if (themeDir is not null && Directory.Exists(Path.Combine(themeDir, Frontend)))
        {
            css = CompileCss(themeDir, theme, includeFontFace, cacheDir, diagnostics);
            if (css is null)
            {
                return null;
            }

            AddFrontendFiles(Path.Combine(themeDir, Frontend), files);
        }
        else if (prebuilt is not null)
        {
            // The theme shipped with the packed tool: compiled when the tool was packed.
            css = File.ReadAllBytes(prebuilt);
            var frontend = theme.Find("build/nhsuk-frontend.min.js");
            if (frontend is not null)
            {
                files["assets/nhsuk-frontend.min.js"] = File.ReadAllBytes(frontend);
            }

            foreach (var (name, path) in theme.All("build/images"))
            {
                files["assets/images/" + name] = File.ReadAllBytes(path);
            }
        }
        else
        {
            diagnostics.Error(new SourceLocation("theme/package.json", 0), ThemeCodes.Assets,
                "the theme has no package.json and no compiled style sheet",
                "restore theme/package.json from the IBP Portal repository, or run 'ibp init' to create a portal with the built-in theme");
            return null;
        }

        var cssPath = Fingerprint("assets/portal.css", css);
        files[cssPath] = css;
        var scripts = new List<string>();
        var modules = new List<string>();
        if (files.Remove("assets/nhsuk-frontend.min.js", out var nhsJs))
        {
            // NHS.UK frontend is an ES module: a small module of ours imports it, marks the page as supported and starts its components.
            var path = Fingerprint("assets/nhsuk-frontend.min.js", nhsJs);
            files[path] = nhsJs;
            var init = Encoding.UTF8.GetBytes(
                $"import {{ initAll }} from './{Path.GetFileName(path)}';\n" +
                "document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');\n" +
                "initAll();\n");
            var initPath = Fingerprint("assets/init.js", init);
            files[initPath] = init;
            modules.Add(initPath);
        }

        foreach (var (name, path) in theme.All("assets/js").Where(f => f.Key.EndsWith(".js", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(path);
            var fingerprinted = Fingerprint("assets/" + name, bytes);
            files[fingerprinted] = bytes;
            scripts.Add(fingerprinted);
        }

        foreach (var (name, path) in theme.All("assets/images"))
        {
            files["assets/images/" + name] = File.ReadAllBytes(path);
        }

        return new ThemeAssets(files, cssPath, scripts, modules);
    }

    /// <summary>The files whose names carry a content hash (see <see cref="Fingerprint"/>), which hosts may cache for a year.</summary>
    public IEnumerable<string> FingerprintedPaths => Files.Keys.Where(IsFingerprinted);

    /// <summary>True for a path made by <see cref="Fingerprint"/>: <c>portal.3f2a9c1b0d.css</c>, <c>nhsuk-frontend.6becb5e390.min.js</c>.</summary>
    public static bool IsFingerprinted(string path) => FingerprintedName().IsMatch(Path.GetFileName(path));

    /// <summary>Inserts the first 10 hex digits of the content's SHA-256 before the extension: <c>portal.3f2a9c1b0d.css</c>.</summary>
    public static string Fingerprint(string path, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = path.EndsWith(".min.js", StringComparison.Ordinal) ? ".min.js" : Path.GetExtension(path);
        return path[..^extension.Length] + "." + hash + extension;
    }

    private static void AddFrontendFiles(string frontend, SortedDictionary<string, byte[]> files)
    {
        var js = Path.Combine(frontend, "nhsuk-frontend.min.js");
        if (File.Exists(js))
        {
            files["assets/nhsuk-frontend.min.js"] = File.ReadAllBytes(js);
        }

        var images = Path.Combine(frontend, "assets", "images");
        if (Directory.Exists(images))
        {
            foreach (var file in Directory.EnumerateFiles(images).Order(StringComparer.Ordinal))
            {
                files["assets/images/" + Path.GetFileName(file)] = File.ReadAllBytes(file);
            }
        }
    }

    private static byte[]? CompileCss(string themeDir, ThemeFiles theme, bool includeFontFace, string cacheDir, DiagnosticBag diagnostics)
    {
        // The cache key covers every Sass source of ours, the frontend's version and the font setting.
        var key = new StringBuilder();
        key.Append(includeFontFace).Append('|');
        var frontendPackage = Path.Combine(themeDir, "node_modules/nhsuk-frontend/package.json");
        key.Append(File.Exists(frontendPackage) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(frontendPackage))) : "-");
        foreach (var (name, path) in theme.All("assets/scss"))
        {
            key.Append('|').Append(name).Append(':').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())))[..16];
        var cached = Path.Combine(cacheDir, $"portal-{hash}.css");
        if (File.Exists(cached))
        {
            return File.ReadAllBytes(cached);
        }

        // Compiling Sass takes seconds; the same theme compiled for another portal on this machine is reused.
        var shared = SharedCssCache(hash);
        if (shared is not null && File.Exists(shared))
        {
            var bytes = File.ReadAllBytes(shared);
            Directory.CreateDirectory(cacheDir);
            File.WriteAllBytes(cached, bytes);
            return bytes;
        }

        var entryDir = Path.Combine(cacheDir, "scss");
        Directory.CreateDirectory(entryDir);
        var entry = Path.Combine(entryDir, "entry.scss");
        File.WriteAllText(entry, $"@use \"portal\" with ($ibp-include-font-face: {(includeFontFace ? "true" : "false")});\n");
        var output = Path.Combine(entryDir, "portal.css");
        // Sass resolves `@use "portal"` beside the entry first, so a previous output there would be loaded as the theme.
        File.Delete(output);
        var loadPaths = theme.Roots.Select(r => Path.Combine(r, "assets", "scss")).Where(Directory.Exists).ToList();
        var arguments = new List<string> { Path.Combine(themeDir, "node_modules", "sass", "sass.js"), "--no-source-map", "--style=compressed", "--quiet-deps", $"--load-path={Path.Combine(themeDir, "node_modules")}" };
        arguments.AddRange(loadPaths.Select(p => $"--load-path={p}"));
        arguments.Add(entry);
        arguments.Add(output);
        var (ok, error) = Run("node", arguments, themeDir);
        if (!ok || !File.Exists(output))
        {
            diagnostics.Error(new SourceLocation("theme/assets/scss/portal.scss", 0), ThemeCodes.Assets,
                $"the theme's style sheet did not compile ({FirstLine(error)})",
                "check the Sass file named in the message; the build needs Node.js and the theme's npm packages (cd theme && npm ci)");
            return null;
        }

        var css = File.ReadAllBytes(output);
        File.WriteAllBytes(cached, css);
        if (shared is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
                File.WriteAllBytes(shared, css);
            }
            catch (IOException)
            {
                // The shared cache is an optimisation only.
            }
            catch (UnauthorizedAccessException)
            {
                // Likewise.
            }
        }

        return css;
    }

    /// <summary>The per-user cache of compiled style sheets, or null when the machine has no such folder.</summary>
    private static string? SharedCssCache(string hash)
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "ibp-portal", "css", $"portal-{hash}.css");
    }

    private static bool NpmInstall(string themeDir, DiagnosticBag diagnostics)
    {
        var hasLock = File.Exists(Path.Combine(themeDir, "package-lock.json"));
        var (ok, error) = Run("npm", hasLock ? ["ci", "--no-audit", "--no-fund"] : ["install", "--no-audit", "--no-fund"], themeDir);
        if (!ok)
        {
            diagnostics.Error(new SourceLocation("theme/package.json", 0), ThemeCodes.Assets,
                $"could not install the theme's npm packages ({FirstLine(error)})",
                "install Node.js 20 or later, then run 'npm ci' in the theme folder");
        }

        return ok;
    }

    private static (bool Ok, string Error) Run(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (false, $"{program} was not found: {ex.Message}");
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "no message";
        return line.Length > 200 ? line[..200] : line;
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.(?:min\.js|[a-z0-9]+)$")]
    private static partial Regex FingerprintedName();
}
