namespace IbpPortal.Sections.Planning;

/// <summary>A recovery promise from an exception narrative, as the planning and changes pages show it.</summary>
/// <param name="Measure">The measure's name.</param>
/// <param name="MadeIn">The edition whose narrative made the promise.</param>
/// <param name="Recovery">The month recovery was promised for.</param>
/// <param name="Owner">Who owns the recovery, as written; null when the narrative does not say.</param>
/// <param name="Status">Where the promise stands, in words.</param>
/// <param name="StatusKey">The status's name, for styling.</param>
public sealed record PromiseView(string Measure, string MadeIn, string Recovery, string? Owner, IReadOnlyList<string> Actions, string Status, string StatusKey);
