namespace IbpPortal.Editions;

/// <summary>How the two editions built from one source are named to readers.</summary>
public static class EditionNames
{
    /// <summary>"Part II (internal)" for the internal build, else "Part I (public)".</summary>
    public static string Of(bool internalEdition) => internalEdition ? "Part II (internal)" : "Part I (public)";
}
