namespace IbpPortal.Sections.Downloads;

/// <summary>One month of a projection; <c>actual</c> marks the latest actual month it starts from.</summary>
internal sealed record ProjectionPointJson(string Period, double Value, bool Actual);
