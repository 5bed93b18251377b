using IbpPortal.Content;

namespace IbpPortal.Render.Views;

/// <summary>A bibliography entry as layouts show it.</summary>
public sealed record ReferenceView(string Id, string AuthorList, string Year, string Title, string Source)
{
    /// <summary>Makes the view of a reference.</summary>
    public static ReferenceView From(Reference reference) => new(
        reference.Id,
        reference.AuthorList,
        reference.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d.",
        reference.Title,
        reference.Source);
}
