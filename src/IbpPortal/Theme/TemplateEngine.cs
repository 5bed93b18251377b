using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using IbpPortal.Diagnostics;
using IbpPortal.Render;
using Microsoft.Extensions.FileProviders;

namespace IbpPortal.Theme;

/// <summary>The theme's Liquid layouts and partials, parsed once and rendered with everything HTML-escaped by default.</summary>
public sealed partial class TemplateEngine
{
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    /// <summary>Escapes <c>&lt; &gt; &amp; " '</c> and leaves other characters as they are, so text stays readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _layoutFiles = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFluidTemplate> _partialCalls = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _undefined = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;
    private readonly string _portalRoot;

    private TemplateEngine(string portalRoot, TemplateOptions options)
    {
        _portalRoot = portalRoot;
        _options = options;
    }

    /// <summary>The layouts there are, by name (file name without <c>.liquid</c>).</summary>
    public IEnumerable<string> LayoutNames => _layouts.Keys.Where(k => k != "base").Order(StringComparer.Ordinal);

    /// <summary>Every name a layout or its partials used that was not there, over all renders so far, as
    /// <c>theme/layouts/x.liquid: name</c> (Fluid reports the last segment of <c>model.a.name</c>), sorted.</summary>
    /// <remarks>Such a name renders as nothing, so a layout that refers to a member its view model lacks shows up only here; the
    /// tests hold the built-in layouts to none beyond the optional partial parameters.</remarks>
    public IReadOnlyList<string> UndefinedNames => [.. _undefined.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when a layout of that name exists.</summary>
    public bool HasLayout(string name) => _layouts.ContainsKey(name);

    /// <summary>Parses every layout and partial of the theme, reporting each syntax error with file and line.</summary>
    public static TemplateEngine Load(string portalRoot, ThemeFiles theme, DiagnosticBag diagnostics)
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            FileProvider = new PartialFileProvider(theme),
            MaxRecursion = 20,
        };
        // Fluid has no DateOnly value: without this, front-matter dates print as the invariant short date (01/15/2025).
        options.ValueConverters.Add(value => value is DateOnly date ? new DateTimeValue(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : null);
        options.Filters.WithPortalFilters();
        var engine = new TemplateEngine(portalRoot, options);

        foreach (var (name, path) in theme.All("layouts").Where(f => f.Key.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            var template = engine.Parse(path, diagnostics);
            if (template is not null)
            {
                var layout = name[..^".liquid".Length];
                engine._layouts[layout] = template;
                engine._layoutFiles[layout] = path;
            }
        }

        foreach (var (_, path) in theme.All("partials").Where(f => f.Key.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            engine.Parse(path, diagnostics);
        }

        return engine;
    }

    private IFluidTemplate? Parse(string path, DiagnosticBag diagnostics)
    {
        var source = File.ReadAllText(path, TextDecoding.StrictUtf8);
        if (Parser.TryParse(source, out var template, out var error))
        {
            return template;
        }

        var match = ErrorPosition().Match(error ?? string.Empty);
        var line = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        var column = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : (int?)null;
        var message = ErrorPosition().Replace((error ?? "syntax error").Split('\n')[0], string.Empty).Trim().TrimEnd('.');
        diagnostics.Error(new SourceLocation(ThemeFiles.Display(_portalRoot, path), line, column), ThemeCodes.TemplateSyntax,
            $"the template is not valid Liquid ({message})", "check that every {% if %}, {% for %} and {% capture %} has its end tag and every {{ is closed by }}");
        return null;
    }

    /// <summary>Renders a layout with the given variables; problems are reported against the layout file and the page.</summary>
    /// <param name="charts">The page's chart collector: each chart the layout shows is added to it and written as a file of its own.</param>
    public string? Render(string layout, IReadOnlyDictionary<string, object?> variables, SourceLocation page, DiagnosticBag diagnostics, PageCharts? charts = null)
    {
        if (!_layouts.TryGetValue(layout, out var template))
        {
            diagnostics.Error(page, ThemeCodes.TemplateRender, $"the layout '{layout}' does not exist",
                $"use one of: {string.Join(", ", LayoutNames)}");
            return null;
        }

        return Render(template, _layoutFiles[layout], variables, page, diagnostics, charts);
    }

    /// <summary>Renders one partial with a single <c>model</c> variable, for shortcodes that share a partial with a layout.</summary>
    /// <param name="charts">The page's chart collector (see <see cref="Render(string, IReadOnlyDictionary{string, object?}, SourceLocation, DiagnosticBag, PageCharts?)"/>).</param>
    public string? RenderPartial(string partial, object model, SourceLocation page, DiagnosticBag diagnostics, PageCharts? charts = null)
    {
        var template = _partialCalls.GetOrAdd(partial, name => Parser.Parse("{% render '" + name + "', model: model %}"));
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal) { ["model"] = model };
        return Render(template, Path.Combine("theme", "partials", partial + ".liquid"), variables, page, diagnostics, charts);
    }

    private string? Render(IFluidTemplate template, string file, IReadOnlyDictionary<string, object?> variables, SourceLocation page, DiagnosticBag diagnostics, PageCharts? charts)
    {
        var context = new PageTemplateContext(_options, charts);
        context.Undefined = name =>
        {
            _undefined.TryAdd(ThemeFiles.Display(_portalRoot, file) + ": " + name, 0);
            return new ValueTask<FluidValue>(NilValue.Instance);
        };
        foreach (var (key, value) in variables)
        {
            context.SetValue(key, value);
        }

        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ParseException or FileNotFoundException or ArgumentException)
        {
            var recursion = ex.Message.Contains("recursion", StringComparison.OrdinalIgnoreCase);
            diagnostics.Error(new SourceLocation(ThemeFiles.Display(_portalRoot, file), 1),
                recursion ? ThemeCodes.CircularInclude : ThemeCodes.TemplateRender,
                $"the layout failed while rendering {page.Path} ({ex.Message.Split('\n')[0].Trim().TrimEnd('.')})",
                recursion ? "a partial includes itself, directly or through another partial: break the loop" : "check the partials it includes and the variables it uses");
            return null;
        }
    }

    [GeneratedRegex(@"at \(?(\d+):(\d+)\)?")]
    private static partial Regex ErrorPosition();

    /// <summary>Serves partials (<c>{% render 'name' %}</c>) from the theme's <c>partials</c> folders.</summary>
    private sealed class PartialFileProvider(ThemeFiles theme) : IFileProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IFileInfo> _files = new(StringComparer.Ordinal);

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IFileInfo GetFileInfo(string subpath) => _files.GetOrAdd(subpath, name =>
        {
            var path = theme.Find(Path.Combine("partials", name.TrimStart('/')));
            return path is null ? new NotFoundFileInfo(name) : new ThemeFileInfo(path);
        });

        public Microsoft.Extensions.Primitives.IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }
}
