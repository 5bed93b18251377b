namespace IbpPortal.Render;

/// <summary>One chart drawing written as a file of its own beside its page.</summary>
/// <param name="OutputPath">Path relative to the output folder, such as <c>organisations/RR8/charts/spc-ae_4hr-RR8.svg</c>.</param>
/// <param name="Svg">The self-contained SVG document.</param>
public sealed record ChartFile(string OutputPath, string Svg);
