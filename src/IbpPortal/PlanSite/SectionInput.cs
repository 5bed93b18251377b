namespace IbpPortal.PlanSite;

/// <summary>Checks a section's constructor inputs: a section planned without what it shows is a bug in the composition, reported at once.</summary>
public static class SectionInput
{
    /// <summary><paramref name="value"/>, or an <see cref="InvalidOperationException"/> naming the section and the missing input.</summary>
    public static T Required<T>(T? value, string section, string what)
        where T : class =>
        value ?? throw new InvalidOperationException(
            $"{section} needs {what}, and was made without it: SiteComposition.Sections makes it only from an analysis that has it");
}
