namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Diagnostic codes for shortcodes.</summary>
public static class ShortcodeCodes
{
    /// <summary>A shortcode name that does not exist.</summary>
    public const string Unknown = "IBP1201";

    /// <summary>A required argument is missing, or an argument is not known.</summary>
    public const string BadArguments = "IBP1202";

    /// <summary>The shortcode's syntax is broken (unclosed, unquoted).</summary>
    public const string BadSyntax = "IBP1203";

    /// <summary>A paired shortcode is not closed, or a closing one has no opening.</summary>
    public const string Unpaired = "IBP1204";

    /// <summary>An organisation code that the data does not have.</summary>
    public const string UnknownOrganisation = "IBP1205";

    /// <summary>A metric id that the data does not have.</summary>
    public const string UnknownMetric = "IBP1206";

    /// <summary>A block shortcode used inside a sentence, or an inline one where a block is needed.</summary>
    public const string WrongPlace = "IBP1207";

    /// <summary>No figure is available for the organisation, metric and period asked for.</summary>
    public const string NoFigure = "IBP1208";

    /// <summary>The <c>contact</c> shortcode is used but <c>portal.yml</c> sets no <c>contact_email</c>.</summary>
    public const string NoContact = "IBP1209";
}
