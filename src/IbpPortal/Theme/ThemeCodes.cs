namespace IbpPortal.Theme;

/// <summary>Diagnostic codes for the theme: layouts, partials and assets.</summary>
public static class ThemeCodes
{
    /// <summary>A layout or partial is not valid Liquid.</summary>
    public const string TemplateSyntax = "IBP1301";

    /// <summary>A layout failed while rendering a page (for example an include that does not exist).</summary>
    public const string TemplateRender = "IBP1302";

    /// <summary>The theme's style sheet could not be compiled, or its npm packages are missing.</summary>
    public const string Assets = "IBP1303";

    /// <summary>A layout includes itself, directly or through other partials.</summary>
    public const string CircularInclude = "IBP1304";
}
