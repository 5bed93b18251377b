using System.Globalization;
using System.Text;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IbpPortal.Settings;

/// <summary>Reads <c>portal.yml</c>, reporting every unknown key and bad value with its line.</summary>
public static class SettingsLoader
{
    /// <summary>The settings file's name in the portal's root.</summary>
    public const string FileName = "portal.yml";

    private static readonly string[] KnownKeys =
    [
        "title", "description", "publisher", "base_url", "reporting_period", "packs", "allow_raw_html",
        "include_font_face", "spc_screen_moving_ranges", "search", "exclude_guide", "previous_edition", "contact_email",
    ];

    /// <summary>Loads the settings; a missing file gives the defaults.</summary>
    public static PortalSettings Load(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return new PortalSettings();
        }

        YamlMappingNode? mapping;
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path, TextDecoding.StrictUtf8);
            stream.Load(reader);
            if (stream.Documents.Count == 0)
            {
                return new PortalSettings();
            }

            mapping = stream.Documents[0].RootNode as YamlMappingNode;
            if (mapping is null)
            {
                diagnostics.Error(new SourceLocation(FileName, 1), SettingsCodes.NotAMapping,
                    "portal.yml must be a list of 'key: value' settings", "write one setting per line, such as 'title: My portal'");
                return new PortalSettings();
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Error(new SourceLocation(FileName, (int)ex.Start.Line, (int)ex.Start.Column), SettingsCodes.InvalidYaml,
                $"portal.yml is not valid YAML ({YamlMessages.Describe(ex)})", "check the indentation and quoting on that line");
            return new PortalSettings();
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(new SourceLocation(FileName, 1), SettingsCodes.InvalidYaml,
                "portal.yml is not UTF-8 text", "save the file as UTF-8");
            return new PortalSettings();
        }

        return Read(mapping, diagnostics);
    }

    private static PortalSettings Read(YamlMappingNode mapping, DiagnosticBag diagnostics)
    {
        var settings = new PortalSettings();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? string.Empty).Trim();
            var at = new SourceLocation(FileName, (int)keyNode.Start.Line);
            var scalar = (valueNode as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            switch (key)
            {
                case "title": settings = settings with { Title = scalar }; break;
                case "description": settings = settings with { Description = scalar }; break;
                case "publisher": settings = settings with { Publisher = scalar }; break;
                case "base_url":
                    if (Uri.TryCreate(scalar, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                    {
                        settings = settings with { BaseUrl = uri };
                    }
                    else
                    {
                        diagnostics.Error(at, SettingsCodes.BadValue, $"base_url '{scalar}' is not an absolute http(s) address",
                            "write the address the site is published at, such as https://example.nhs.uk/ibp/");
                    }

                    break;
                case "reporting_period":
                    if (scalar.Length == 0 || scalar == "latest")
                    {
                        break;
                    }

                    if (Period.TryParse(scalar, out var period))
                    {
                        settings = settings with { ReportingPeriod = period };
                    }
                    else
                    {
                        diagnostics.Error(at, SettingsCodes.BadValue, $"reporting_period '{scalar}' is {Period.WhyNot(scalar)}",
                            "write it as, for example, 2019-03, or 'latest'");
                    }

                    break;
                case "packs": settings = settings with { Packs = ReadList(valueNode) }; break;
                case "allow_raw_html": settings = settings with { AllowRawHtml = ReadBool(scalar, key, at, diagnostics, settings.AllowRawHtml) }; break;
                case "include_font_face": settings = settings with { IncludeFontFace = ReadBool(scalar, key, at, diagnostics, settings.IncludeFontFace) }; break;
                case "spc_screen_moving_ranges": settings = settings with { SpcScreenMovingRanges = ReadBool(scalar, key, at, diagnostics, settings.SpcScreenMovingRanges) }; break;
                case "search": settings = settings with { Search = ReadBool(scalar, key, at, diagnostics, settings.Search) }; break;
                case "exclude_guide": settings = settings with { ExcludeGuide = ReadBool(scalar, key, at, diagnostics, settings.ExcludeGuide) }; break;
                case "previous_edition": settings = settings with { PreviousEdition = scalar.Length == 0 ? null : scalar }; break;
                case "contact_email":
                    if (IsEmailAddress(scalar))
                    {
                        settings = settings with { ContactEmail = scalar };
                    }
                    else
                    {
                        diagnostics.Error(at, SettingsCodes.BadValue, $"contact_email '{scalar}' is not an e-mail address",
                            "write the address readers should write to, such as planning.team@nhs.net");
                    }

                    break;
                default:
                    var suggestion = Suggest.Nearest(key, KnownKeys);
                    diagnostics.Warning(at, SettingsCodes.UnknownKey, $"portal.yml has an unknown setting '{key}'",
                        suggestion is null ? $"remove it; known settings are {string.Join(", ", KnownKeys)}" : $"did you mean '{suggestion}'?");
                    break;
            }
        }

        return settings;
    }

    private static List<string> ReadList(YamlNode node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty).Trim()).Where(s => s.Length > 0)],
        YamlScalarNode scalar => [.. (scalar.Value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        _ => [],
    };

    private static bool ReadBool(string text, string key, SourceLocation at, DiagnosticBag diagnostics, bool fallback)
    {
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                diagnostics.Error(at, SettingsCodes.BadValue, string.Create(CultureInfo.InvariantCulture, $"{key} must be true or false, not '{text}'"),
                    "write true or false");
                return fallback;
        }
    }

    /// <summary>One <c>@</c> with text either side, no spaces, quotes or angle brackets (it is written into a mailto link).</summary>
    private static bool IsEmailAddress(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && at < text.Length - 1 && text.IndexOf('.', at) > at + 1 &&
            !text.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or ':' or '/' or '?' or '#' or '&');
    }
}
