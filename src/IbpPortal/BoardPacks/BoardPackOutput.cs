namespace IbpPortal.BoardPacks;

/// <summary>A written pack: its bytes and how many pages it has (for the listing page).</summary>
public sealed record BoardPackOutput(byte[] Pdf, int Pages)
{
    /// <summary>The layout engine's measurements of the pack, for the layout rules' tests.</summary>
    internal Layout.ReportLayout? Layout { get; init; }
}
