using System.Globalization;

namespace IbpPortal.Diagnostics;

/// <summary>One problem found in the portal's input, told the way a comms editor or analyst can act on.</summary>
/// <param name="Location">The file and line at fault.</param>
/// <param name="Severity">Error (stops the build) or warning.</param>
/// <param name="Code">A stable code such as <c>IBP1203</c>, listed in the authoring guide.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do about it.</param>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, string Hint)
{
    /// <summary>Formats as <c>path:line: error CODE: what is wrong; what to do</c>.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}; {Hint}");
}
