using IbpPortal.Diagnostics;

namespace IbpPortal.Provenance;

/// <summary>What <c>data/sources.yml</c> says about one data file: where its figures come from and how current they are.</summary>
/// <param name="File">The data file, relative to the portal root, such as <c>data/actuals.csv</c>.</param>
/// <param name="AsAt">The date the extract was taken, when known.</param>
/// <param name="Source">Who published the figures, such as "NHS England A&amp;E attendances and emergency admissions".</param>
/// <param name="Url">Where the published figures can be found, when given.</param>
/// <param name="Declared">The line of <c>sources.yml</c> that says so.</param>
public sealed record DataSource(string File, DateOnly? AsAt, string? Source, Uri? Url, SourceLocation Declared);
